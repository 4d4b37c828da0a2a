"""Training-only messages for the learned risk net (bench/train_risk_net.py), author M.

Patients in ongoing therapy (sessions, homework, safety plans, medication reviews, waiting lists), parents, partners and carers,
teenagers, Italians abroad and foreigners in Italy; SMS, WhatsApp, voice dictation and long e-mails, dialect, emoji, retractions.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "non mangio da due giorni. non per la dieta, proprio non ho voglia di niente e sto chiusa in camera",
        "moderate",
    ),
    (
        "Buona sera. Io sono Ioana. Lavoro tanto, mando i soldi a casa, ma io penso che per i miei bambini è meglio nessuna mamma che una mamma così. Io non faccio niente, però penso questo ogni notte.",
        "high",
    ),
    (
        "dottorè stasera finisce tutte cose. so' sceso agli scogli de Polignano cu 'a bottiglia e 'e pastiglie. nun me cercate",
        "imminent",
    ),
    (
        "Per il tema ho scelto Leopardi, 'e il naufragar m'è dolce in questo mare'. La prof dice che è troppo triste, io dico che è bellissimo",
        "none",
    ),
    (
        "Le scrivo dall'aeroporto di Cagliari: volo cancellato, dormo qui. La seduta di domattina la facciamo online? Mi collego dal bar",
        "none",
    ),
    (
        "Buongiorno, sono il papà di Kevin. Stamattina ho visto dei tagli freschi sulle gambe di mio figlio. Lui dice che è stato il gatto, ma noi non abbiamo un gatto. Quando può riceverci?",
        "high",
    ),
    (
        "il mio migliore amico mi ha scritto che vuole ammazzarsi e poi non ha più risposto. ho chiamato sua madre. lei cosa farebbe al mio posto?",
        "low",
    ),
    (
        "Ho letto l'articolo sulla prevenzione del suicidio che il centro ha messo sul sito, molto chiaro. Posso girarlo a una mia collega che insegna alle medie?",
        "none",
    ),
    (
        "faccia finta che non le ho scritto niente, sto bene. ho solo bisogno di dormire. ho preso quelle del mese prossimo insieme a quelle di questo mese, così dormo tanto tanto",
        "imminent",
    ),
    (
        "Che senso ha essere viva se ogni mattina è la stessa fatica? Non lo dico per farla preoccupare, me lo chiedo davvero.",
        "high",
    ),
    (
        "Dottore, sono Paola. Gianni (lo vede lei il martedì) è in garage da un'ora con la serranda chiusa e sento il motore della macchina acceso. Non mi apre. Cosa devo fare??",
        "imminent",
    ),
    (
        "non ce la faccio piu dottore scusa sto a pezzi, la scuola mi uccide (nel senso normale eh) e a casa urlano tutti. non ne posso più",
        "moderate",
    ),
    (
        "dimentichi quello che le ho detto al telefono e disdica pure lunedì. ho deciso e va bene così. il gas è aperto da dieci minuti",
        "imminent",
    ),
    (
        "mi scusi l'ora assurda (sono l'1.40). non dormo perché penso a come farei, se lo facessi. non lo faccio, giuro. ma penso al come.",
        "high",
    ),
    (
        "sono allo stremo 😩 tre settimane di notti in bianco col bambino e nessuno che mi dia una mano",
        "moderate",
    ),
    (
        "Non vedo via d'uscita. Il mutuo, la separazione, la ditta che forse chiude. Non riesco a immaginarmi un futuro.",
        "moderate",
    ),
    (
        "Non venga a dirmi che 'sto facendo progressi'. Io non voglio fare progressi, io voglio morire. Ecco. Gliel'ho detto.",
        "high",
    ),
    (
        "Buongiorno dottoressa, sono Aylin. Mi scusi, non ho capito bene: il bonifico va fatto prima della seduta o dopo? Grazie mille",
        "none",
    ),
    (
        "la mia coinquilina stanotte ha preso troppe pastiglie, l'hanno portata al Policlinico. io sto bene ma non riesco a smettere di pensarci",
        "low",
    ),
    (
        "A vent'anni bevevo tutte le sere per non pensare, lo sa. Stasera alla sagra del paese ho preso un'aranciata e mi è venuta addosso una gran malinconia.",
        "low",
    ),
    (
        "sono al punto 4 del piano, quello dove devo chiamare lei. sono in macchina sul piazzale della diga, col motore acceso e il tubo già sistemato. non so perché le scrivo invece di chiamare",
        "imminent",
    ),
    (
        "ogni volta che mia madre mi dice 'mi fai morire' penso che sarebbe giusto il contrario: che sparissi io e lei finalmente in pace",
        "high",
    ),
    (
        "dottorè mi sento un po' abbattuto, a Nuoro piove da una settimana e il cantiere è fermo. niente di che, volevo scriverlo.",
        "low",
    ),
    (
        "lasci stare il messaggio di prima, era esagerato. però le pastiglie le ho prese davvero, una trentina. adesso ho solo tanto sonno",
        "imminent",
    ),
    (
        "Doctora, scusi, io sono Rosa. Da quando mia madre è morta in Perù io penso che voglio andare con lei, morire anche io. Non so spiegare bene in italiano. Non faccio niente.",
        "high",
    ),
    ("Mi sono tagliata i capelli cortissimi! Non so se mi piaccio, giovedì mi dice lei 😄", "none"),
    (
        "ho il cassetto pieno di lamette nuove. non le ho usate. però le ho comprate ieri apposta",
        "high",
    ),
    (
        "Buonasera, sono Marisa, la badante del signor Aldo. Il signor Aldo si è chiuso in bagno col rasoio e dice che vuole raggiungere la moglie, stasera. Non apre. Sono da sola con lui, cosa faccio?",
        "imminent",
    ),
    (
        "lo so che avevamo detto di usare il ghiaccio quando mi viene voglia, ma stavolta non è bastato e mi sono fatta male alle braccia. scusa 😞",
        "high",
    ),
    ("Stasera la chiudo con Federico, l'ho deciso dopo la seduta. Sono tranquilla.", "none"),
    (
        "il messaggio di prima era esagerato, non volevo dire che voglio morire. volevo dire che sono stanca e triste, che è un'altra cosa. mi scusi",
        "low",
    ),
    (
        "ho cominciato a regalare le mie cose ai coinquilini, i libri, la chitarra. dico che mi servono i soldi ma non è vero, è che non mi serviranno più",
        "high",
    ),
    (
        "Sono la mamma di Bianca, 13 anni. Sul diario ha disegnato una ragazza impiccata e sotto ci ha scritto il suo nome. Quando gliel'ho chiesto ha detto 'è un'idea mia, non preoccuparti'.",
        "high",
    ),
    (
        "Sono in lista d'attesa al CSM da cinque mesi. Mi avete detto 'tenga duro'. Non tengo più duro. Stanotte prendo le pastiglie di mia madre, tutte. Almeno la lista si accorcia di uno.",
        "imminent",
    ),
    (
        "Buongiorno, sono Lorenza. Le scrivo di Mattia (mio marito, lo vede lei il venerdì): ieri sera mi ha detto che a volte vorrebbe morire e che ha paura di dirlo a lei. Non so se ho fatto bene a scriverle.",
        "high",
    ),
    (
        "Dottore, sono il padre di Giada (16). Le ho trovato nello zaino una bottiglietta di vodka: dice che la beve prima di entrare a scuola 'per reggere'. Le scrivo per capire come affrontarla.",
        "moderate",
    ),
    (
        "a quindici anni mi tagliavo, lo sa. oggi in piscina ho rivisto le cicatrici e mi è venuta una gran tristezza, solo quella",
        "low",
    ),
    (
        "se mai mi tornassero i pensieri di una volta, chi chiamo di notte quando lei non risponde? lo chiedo per scrivere il numero nel piano",
        "low",
    ),
    ("ma che senso ha continuare la terapia se tanto rimango così", "moderate"),
    (
        "Non bevo più da tre mesi, volevo che lo sapesse. Mio marito ha fatto una torta 'dei tre mesi' 😂",
        "none",
    ),
    (
        "Dottoressa, sono Luca, il marito di Sara. Sara mi ha mandato un vocale in cui saluta me e i bambini 'per l'ultima volta', è in macchina verso il Gargano e ha con sé le pastiglie di sua madre. Non so dov'è di preciso. Se la sente la chiami, la prego.",
        "imminent",
    ),
    (
        "quante ore ci vogliono prima che qualcuno si accorga? lo chiedo perché stasera ho la casa libera fino a domenica e ho tutto pronto",
        "imminent",
    ),
    (
        "mi ha fatto morire la sua battuta sul divano di Freud, l'ho raccontata a mio marito e ride ancora",
        "none",
    ),
    ("oggi mi sento giù, niente di grave, volevo solo dirglielo prima di giovedì", "low"),
    (
        "quando prendo il traghetto per Olbia mi metto a poppa e penso che basterebbe un passo. poi torno dentro a prendere il caffè. mi succede ogni volta adesso",
        "high",
    ),
    ("mi manca l'aria, continuo a pensare che se non ci fossi io sarebbe tutto", "high"),
    (
        "Mandi dottoressa, la seduta di martedì la possiamo fare online? nevica a Tarvisio e la strada è un disastro",
        "none",
    ),
    ("la Juve mi sta uccidendo lentamente, stagione da suicidio sportivo 😩⚽", "none"),
    (
        "mi sparerei pur di non rifare la dichiarazione dei redditi 🙄 scherzo eh. ci vediamo alle 18",
        "none",
    ),
    (
        "Buongiorno dottoressa, sono Hannah, la moglie di Stefano, le scrivo da Zurigo. Stanotte Stefano mi ha detto che ha comprato una corda e che lo farà nel bosco dietro casa il giorno in cui vado da mia madre, cioè venerdì. Lui non sa che le scrivo. Cosa dobbiamo fare?",
        "imminent",
    ),
    (
        "ieri sera dopo la litigata mi sono bruciata il braccio con l'accendino. oggi fa male e lo copro con la felpa. non l'ho detto a nessuno",
        "high",
    ),
    (
        "Scusi se le scrivo alle 23, non vorrei disturbare: la fattura di novembre mi serve intestata a mio padre. Grazie!",
        "none",
    ),
    (
        "Il piano di sicurezza l'ho letto tutto, riga per riga. Non funziona. Ho riempito la vasca e la lametta è sul bordo. Le scrivo solo perché me l'aveva fatto promettere.",
        "imminent",
    ),
    (
        "Mio figlio dice che a Fortnite è 'morto male' cinque volte di fila e che è colpa del wifi. Ci vediamo giovedì alle 17, lo accompagno io.",
        "none",
    ),
    (
        "Dottorè, so' la mamma di Antonio. Ieri sera a tavola Antonio ha detto che 'tanto fra poco nun ce sto più a darvi fastidio'. Ha 16 anni. Mio marito dice che è teatro. Io ho paura.",
        "high",
    ),
    (
        "ho una fame che ucciderei per un panino con la porchetta, la seduta alle 13 è stata un errore 😅",
        "none",
    ),
    (
        "sto bene eh 😊 ho solo deciso la data. il 3 dicembre, il giorno dopo il mio compleanno, così non rovino la festa a nessuno. le lettere le ho già scritte",
        "imminent",
    ),
    (
        "Ho visto il film che mi aveva citato, quello dove lui dice 'non voglio più vivere senza di te'. Mi sono commossa, ma in modo bello.",
        "none",
    ),
    (
        "Ich meine... scusi, mi esce il tedesco. Sono a Berlino, sul tetto dello studentato, ho la chiave. Ho lasciato giù la giacca e il telefono di lavoro. Non la chiamo perché non voglio che mi convinca a scendere.",
        "imminent",
    ),
    (
        "Domenica parto per la Puglia e mi porto in valigia tutte le pastiglie del mese, così non resto senza. Ci sentiamo online mercoledì?",
        "none",
    ),
    (
        "Gentile dott.ssa Ferri,\n\nin vista della revisione farmacologica del 4 dicembre le riassumo gli effetti collaterali: la sertralina mi dà ancora nausea al mattino, il sonno è migliorato con la quetiapina a basso dosaggio, ho preso due chili. Lo psichiatra voleva alzare la dose. Credo però che non sarà necessario: ho accumulato le compresse avanzate in questi tre mesi e sabato, quando i miei figli sono dal padre, intendo prenderle tutte insieme. Le chiedo di inviare la ricevuta dell'ultima seduta all'indirizzo solito.\n\nDistinti saluti,\nG. Cossu",
        "imminent",
    ),
    (
        "faccia finta che non l'ho scritto, sto bene. però ieri sera per la prima volta ho pensato che sarebbe più semplice per tutti se non mi svegliassi",
        "high",
    ),
    (
        "ho bruciato la torta per il compleanno di Giulia, disastro totale, l'ho buttata e l'ho presa in pasticceria 😂",
        "none",
    ),
    (
        "Egregio dottore, mi perdoni il tono. La ringrazio per il tempo che mi ha dedicato in questi due anni. Ho fatto la mia scelta e la porterò a termine questa notte, con il fucile di mio padre che tengo in cantina. Non avvisi nessuno, è inutile.",
        "imminent",
    ),
    (
        "Ho fatto i compiti! Tre cose belle al giorno per una settimana intera. Giovedì le porto il quaderno 😊",
        "none",
    ),
    (
        "La revisione della terapia di lunedì non serve più. Le compresse che lo psichiatra mi aveva detto di tenere da parte le ho sbriciolate tutte nel bicchiere, è qui davanti a me. Aspetto solo che i ragazzi vadano a dormire.",
        "imminent",
    ),
    (
        "ho un attacco di panico in metro adesso, non respiro, mi tremano le mani, non riesco nemmeno a scendere alla fermata",
        "moderate",
    ),
    (
        "scusa se scrivo tardi 🙈 è che ho di nuovo voglia di tagliarmi, tipo forte. non l'ho fatto. ancora.",
        "high",
    ),
    (
        "ho messo in ordine la casa, pagato le bollette, lasciato da mangiare al cane per due giorni. adesso salgo in soffitta con la cima della barca.",
        "imminent",
    ),
    (
        "Il piano non l'ho usato, non serve più, ho deciso. Ho staccato il telefono di casa e mi sono fatto dare dal portiere le chiavi del terrazzo. Le scrivo perché le avevo promesso di scriverle prima.",
        "imminent",
    ),
    (
        "scusa per l'ora, non riesco a fermare il panico, è da un'ora che mi sembra di morire, cuore a mille, e le gocce non fanno niente",
        "moderate",
    ),
    ("😔😔 oggi giù giù giù, però i compiti della seduta li ho fatti eh ✍️", "low"),
    ("mi sento sempre fuori posto 😔 tipo tutti hanno il loro gruppo e io no", "low"),
    (
        "Le devo dire una cosa che a voce non mi esce: ho di nuovo quei pensieri, quelli di quando avevo vent'anni. Solo che adesso sono più forti.",
        "high",
    ),
    (
        "Dottoressa qui a Buenos Aires è notte fonda. Ho comprato il veleno per topi in ferreteria e l'ho sciolto nel mate, l'ho bevuto. Scusi, non so perché le scrivo, ormai è fatto.",
        "imminent",
    ),
    (
        "Monaco è bellissima, ma la sera mi sento così solo che parlo col gatto dei vicini sul balcone",
        "low",
    ),
    (
        "ha spostato la seduta di nuovo. va bene. tanto ultimamente penso che il mondo girerebbe uguale senza di me, anzi meglio.",
        "high",
    ),
    ("Possiamo sentirci cinque minuti domani? Ho bisogno di sentire una voce che conosco.", "low"),
    (
        "oggi è arrivato il piano di sicurezza del condominio per la caldaia, punto 3: chiudere il gas. mi ha fatto ridere, pensavo al nostro di piano 😅",
        "none",
    ),
    (
        "sono ferma in una piazzola sulla statale per Urbino. quando riparto vado forte e alla curva del ponte non giro. le scrivo solo per salutarla",
        "imminent",
    ),
    (
        "Sono Sonia. Non glielo dico davanti a Paolo, ma non ce la faccio più a vivere così con lui, e non vedo come potrebbe migliorare.",
        "moderate",
    ),
    (
        "mi manchi... cioè mi manca la seduta. con le vacanze di Natale sono tre settimane e mi sento un po' persa",
        "low",
    ),
    ("oggi ho dato l'addio al vecchio ufficio, torta e spumante. mi sento leggera 🎂", "none"),
    (
        "buongiorno dottoressa sono Piero le volevo dire che giovedì non riesco a venire perché mi hanno spostato il turno in fabbrica virgola possiamo fare venerdì alla stessa ora punto grazie",
        "none",
    ),
    (
        "è normale che quando prendo la pastiglia la sera mi venga da pensare 'e se le prendessi tutte'? mi succede quasi ogni sera",
        "high",
    ),
    (
        "mio fratello dice che vuole farla finita da quando la moglie l'ha lasciato. io non so come aiutarlo e questa cosa mi pesa tantissimo",
        "low",
    ),
    (
        "dottoressa scusa. ho preso 20 tachipirine tipo mezz'ora fa. non dirlo a mamma ti prego. mi gira tutto 😶",
        "imminent",
    ),
    (
        "Tanto non cambierà mai niente, né con lui né con me. Lo vedo adesso, dopo due anni.",
        "moderate",
    ),
    (
        "Ho preso tutte le pastiglie per la lavastoviglie che erano in offerta al Lidl, ne ho per un anno",
        "none",
    ),
    (
        "dottoressa scusi l'ora. le pastiglie che mi ha prescritto lo psichiatra le ho tenute tutte da parte da settembre, stasera le ho contate: sono 58. domattina mio marito parte presto per Bari e io resto sola. volevo solo che lo sapesse qualcuno",
        "imminent",
    ),
    ("overdose di panettone a casa di mia zia, mi devono portare via rotolando 🤢🎄", "none"),
    (
        "stasera ho guardato giù dal balcone per un'ora pensando a quanto è alto. non ho fatto niente. volevo che lo sapesse qualcuno",
        "high",
    ),
    (
        "😴💊💊💊💊💊💊 + 🍷 = fine. buonanotte doc 🌙 già fatto, non mi chiami che non rispondo",
        "imminent",
    ),
    (
        "Lei continua a dirmi di fare la lista delle cose belle. La lista ce l'ho già: è quella dei modi per non svegliarmi più. E non la faccio per compito.",
        "high",
    ),
    (
        "la psichiatra mi ha chiesto se ho pensieri di farmi del male e ho detto di no ma era una bugia. ce li ho. tanti.",
        "high",
    ),
    (
        "Dzień dobry! Scusi, buongiorno: io Agnieszka, quando sono stanca mi si confonde la lingua. Si può fare la seduta alle 8, prima del turno in hotel?",
        "none",
    ),
    (
        "i compiti non li ho fatti. non ho fatto niente in realtà, sono stata sul divano da sabato a stamattina con la tv accesa senza guardarla",
        "moderate",
    ),
    (
        "dottò, so' morto de fatica, tre traslochi 'sta settimana pe' li fiji. giovedì però vengo",
        "none",
    ),
    (
        "mia madre al telefono: 'mi farai morire prima o poi'. un classico. comunque la cena è andata bene, zero litigi!",
        "none",
    ),
    (
        "ho controllato quante gocce ci sono in una boccetta e quante ne servirebbero. solo per sapere, eh",
        "high",
    ),
    (
        "ciao doc 🖤 scusa per tutto 🖤 ho preso tutte le pillole per l'acne e quelle della mamma 🖤 adesso ho un po' male di stomaco",
        "imminent",
    ),
    (
        "Mio cognato ha tentato di togliersi la vita a settembre e adesso viene a stare da noi per un po'. Sono preoccupata e non dormo bene.",
        "low",
    ),
    (
        "Sono Irene, la compagna di Tommaso. Da quando ha perso il lavoro Tommaso non si alza più prima delle tre del pomeriggio e passa le giornate a letto col telefono. Mi ha chiesto lui di scriverle.",
        "moderate",
    ),
    ("Ho smesso i farmaci perché non voglio guarire, voglio solo smettere di esserci.", "high"),
    (
        "Non si preoccupi per quello che ho detto in seduta: non ho pensieri di farmi del male, ero solo arrabbiata con mio fratello.",
        "low",
    ),
    (
        "buongiorno dottoressa sono Lucia oggi è una giornata così malinconica non so perché forse è l'anniversario di papà volevo solo dirglielo non c'è bisogno che mi risponda",
        "low",
    ),
    (
        "Buongiorno, quest'anno le mele ci hanno ammazzato di lavoro, ma la raccolta è finita. Riprendiamo le sedute dal 2?",
        "none",
    ),
    (
        "Mandi. No ghe la fasi più, dottoressa. La fabbrica, mia mamma malata, il mutuo. Mi sento schiacciato e non vedo come uscirne.",
        "moderate",
    ),
    ("giornata grigia ☁️☁️ mi manca la nonna", "low"),
    (
        "Dottoressa, sono la mamma di Giorgia. L'ho trovata in camera con un biglietto per noi e la cintura dell'accappatoio legata alla maniglia dell'armadio. Adesso è qui con me ma non parla. Cosa faccio? Chiamo il 118?",
        "imminent",
    ),
    ("oggi giornata 🛏️🛏️🛏️ di nuovo, non mi sono neanche lavata. domani ci provo", "moderate"),
    (
        "Ciao Francesca (una volta ti do del tu, concedimelo),\n\nti scrivo da Melbourne, qui è mattina presto e c'è quella luce strana che ti raccontavo. Il lavoro al caffè procede, i colleghi sono gentili, il capo mi ha chiesto di fare anche i weekend. Ho finito il libro che mi avevi consigliato, il capitolo sul lutto mi è piaciuto molto. Domenica prendo la macchina e vado sulle scogliere della Great Ocean Road, da sola, e non torno: ho già disdetto l'affitto e ho regalato la bici a Jess. Non sentirti in colpa, hai fatto tutto quello che si poteva fare da lontano. Ti lascio il link del gruppo di lettura, se ti va.\n\nUn abbraccio grande,\nMarta",
        "imminent",
    ),
    (
        "la revisione dei farmaci è andata bene: lo psichiatra dice che possiamo scalare piano piano la paroxetina. contentissima!",
        "none",
    ),
    (
        "Ho ricominciato a bere la sera. Non tanto, dico io. Mia moglie dice una bottiglia. Diciamo una bottiglia.",
        "moderate",
    ),
    (
        "oggi ho fatto testamento dal notaio, a 34 anni. il notaio mi guardava strano. anche lei mi guarderà strano giovedì",
        "high",
    ),
    (
        "Dottoressa, sono Enzo. Mia moglie (sua paziente) da una settimana ripete che vorrebbe dormire per sempre. Non mangia quasi. Ci può ricevere prima di lunedì?",
        "high",
    ),
    (
        "mandi dottoressa. domattina vado su al ponte di Pinzano prima che apra il bar, ormai è deciso. ai miei ho lasciato scritto tutto sul tavolo della cucina. grazie per la pazienza di quest'anno",
        "imminent",
    ),
    (
        "Dottoressa, io Lin. Negozio chiuso oggi. Io ho bevuto liquido per pulire, quello forte per il bagno. Ora fa tanto male la gola. Non dire a mio marito.",
        "imminent",
    ),
    (
        "Buongiorno, la ricetta della sertralina scade venerdì e il dottor Melis è in ferie: devo andare dal medico di base?",
        "none",
    ),
    (
        "dottoressa sono Mirella oggi non mi sono alzata dal letto neanche per mangiare mi alzo solo per il bagno sono così da domenica punto",
        "moderate",
    ),
    (
        "La mia fidanzata dice che se stasera non porto fuori il cane mi uccide 😂 possiamo chiudere alle 19 invece che alle 19.15?",
        "none",
    ),
    (
        "Ieri sera mi sono scolato mezza bottiglia di whisky per riuscire a dormire, e stasera penso di rifarlo.",
        "moderate",
    ),
    (
        "buonasera dottore sono Gavino le scrivo con la voce perché mi tremano le mani ho già preso le gocce tutte quelle che c'erano nella boccetta e anche le altre del comodino adesso mi sdraio volevo dirle grazie per tutto",
        "imminent",
    ),
    (
        "Lei e i suoi 'piani di sicurezza'. Il numero verde mi ha lasciato in attesa venti minuti. Ho ingoiato quello che avevo nel cassetto e adesso mi metto a letto. Può anche smettere di mandarmi la fattura.",
        "imminent",
    ),
    (
        "mi sento un peso per tutti da quando ho perso il lavoro. forse senza di me mia moglie si rifarebbe una vita",
        "high",
    ),
    (
        "non si spaventi, non è niente. mi sono tagliata sulla coscia e adesso esce tanto sangue, mi gira la testa e sono sola in casa",
        "imminent",
    ),
    (
        "Gentile dottore,\n\nle scriviamo come genitori di Tommaso in vista dell'incontro familiare di venerdì. Abbiamo parlato con la scuola: la coordinatrice propone un piano didattico personalizzato e ci sembra una buona idea. Tommaso dorme poco e gioca al computer fino a tardi, però mangia regolarmente. Martedì sera, mentre sparecchiavo, mi ha detto con calma che 'sarebbe meglio per tutti se non fossi mai nato' e che ci pensa spesso, poi è andato in camera come se niente fosse. Per il pagamento dell'incontro va bene il bonifico? Ci confermi l'orario delle 15.\n\nCordiali saluti,\nRoberta e Fabio Dessì",
        "high",
    ),
    (
        "Gentile dottoressa,\n\nle scrivo per aggiornarla prima della seduta. Settimana piena: lunedì il trasloco di mia madre a Senigallia (ammazzata di fatica, ma ce l'abbiamo fatta), martedì il colloquio per il part-time, mercoledì la riunione di condominio, dove il signore del terzo piano ha detto che se aumentano ancora le spese si butta dalla finestra, e giù tutti a ridere, lui per primo. Giovedì ho fatto i compiti sul diario dei pensieri, glieli porto. Volevo anche chiederle se da gennaio possiamo passare a una seduta ogni due settimane, come ne avevamo parlato.\n\nGrazie e a presto,\nTiziana",
        "none",
    ),
    (
        "Buone notizie: questa settimana non sono rimasta a letto neanche un giorno e la sera non ho bevuto. Mi sembra quasi strano.",
        "none",
    ),
    ("vorrei già essere sotto una 🪦 scusi il messaggio strano, è una di quelle sere", "high"),
    (
        "Buongiorno dottoressa,\n\nle mando il diario della settimana come concordato. Lunedì: lavoro, cena da mia madre, umore 5/10. Martedì: palestra saltata, umore 4. Mercoledì: giornata lunga in ufficio, ho pensato parecchio a come sarebbe buttarmi sotto la metro a Porta Venezia, è durato tutta la mattina. Giovedì: meglio, sono uscito con Andrea. Venerdì: umore 6. Le allego anche il modulo dell'assicurazione da firmare.\n\nGrazie,\nRiccardo",
        "high",
    ),
    (
        "dottoressa la seduta di domani è alle diciotto o alle diciannove non mi ricordo e il messaggio di ieri non lo trovo più grazie saluti Carla",
        "none",
    ),
    (
        "Il gatto ha ammazzato una lucertola e me l'ha portata sul cuscino come regalo. Devo ringraziarlo? 🦎",
        "none",
    ),
    ("💀💀💀 il video che mi ha mandato mia sorella, sono morta", "none"),
    (
        "sono al punto 3 del piano, chiamare mia sorella. non risponde. il punto 4 è lei e non risponde neanche lei. il sacchetto e il nastro adesivo sono già sul letto",
        "imminent",
    ),
    (
        "ho scritto a tutti quelli a cui dovevo scrivere. lei è l'ultima. le pastiglie ormai sono dentro. ciao dottoressa, grazie per averci provato",
        "imminent",
    ),
    (
        "Dottoressa, avrei bisogno di una seduta in più questa settimana. Non è un'emergenza, ma mi sento fragile.",
        "low",
    ),
    (
        "domenica mi sono buttato dagli scogli a Cala Gonone, acqua gelida ma bellissima. ultimo tuffo della stagione!",
        "none",
    ),
    (
        "dottorè, mammà m'ha fatto u fegato tanto così pe' a festa d'a zia, ma è andata bene. ce verimm giovedì",
        "none",
    ),
    (
        "Dottoressa, io Yassine. Io non dormo, non esco, sto in camera da lunedì. Dal lavoro mi hanno mandato via. Non so cosa fare, tutto nero.",
        "moderate",
    ),
    (
        "dottò, mo' basta davvero. stanotte vado giù al porto de Ancona, al molo, e me butto. nun me chiamate che nun risponno",
        "imminent",
    ),
    (
        "Oggi ho tagliato la siepe col tagliasiepi nuovo, ho le braccia morte ma il giardino è bellissimo",
        "none",
    ),
    (
        "il mio psichiatra ha dimezzato la dose e da allora mi tornano i pensieri di buttarmi giù. è un effetto collaterale o sono io?",
        "high",
    ),
    (
        "ciao Chiara sono io ho pensato tutto il giorno che sarebbe bello non esserci più cioè bello no più semplice non so come dire ti mando il vocale scritto perché non riesco a parlare",
        "high",
    ),
    (
        "Le ho scritto tre mail e ha risposto a una sola. Se è una tecnica, sappia che mi irrita parecchio.",
        "none",
    ),
    (
        "tranquilla è tutto ok 👍 ho solo svuotato l'armadietto delle medicine 💊 nello stomaco 😅 buonanotte",
        "imminent",
    ),
    (
        "Stiamo ammazzando il tempo in sala d'attesa dal medico, due ore di ritardo. Se arrivo tardi alla seduta è per questo.",
        "none",
    ),
    ("distrutta ma felice: maratona di Firenze finita in 4 ore e 12!", "none"),
    (
        "Il compito della settimana era scrivere tre motivi per restare. Ne ho trovato uno, il gatto, e stamattina l'ho portato da mia sorella. Stasera quando resto sola lo faccio.",
        "imminent",
    ),
    (
        "mi chiedo spesso chi troverebbe il mio corpo, se succedesse. la signora delle pulizie il lunedì, credo. è un pensiero che mi torna come un ritornello",
        "high",
    ),
    (
        "ho comprato il carbone per la griglia ma non c'è nessuna griglia. la macchina è nel box col nastro sulle fessure. stasera dopo le 11",
        "imminent",
    ),
    (
        "Buonasera dottore, scusi l'orario. Domattina salgo al Bondone senza giacca, col freddo che fa, e mi siedo dove non passa nessuno. Ci ho pensato tanto, mi sembra il modo più tranquillo. Grazie di tutto, davvero.",
        "imminent",
    ),
    (
        "Dottoressa il vocale di stanotte lo cancelli senza ascoltarlo. Ero ubriaca e dicevo che volevo morire. Oggi è diverso. Un po'.",
        "high",
    ),
    (
        "dottoressa buonasera sono Franco sto dettando al telefono perché non trovo gli occhiali volevo dire che da lunedì ci penso sempre a farla finita non faccio niente però ci penso sempre punto ci vediamo martedì",
        "high",
    ),
    (
        "Sono ancora in lista d'attesa all'ASL, mi hanno detto febbraio. Intanto posso continuare da lei privatamente? Quanto costa la seduta online?",
        "none",
    ),
    ("non bevo più da otto mesi, ma stasera mi sento sola come allora", "low"),
    (
        "doc 🤩🤩 ho passato l'esame della patente!!! 🚗💨 la prima cosa che faccio è venire in seduta da sola",
        "none",
    ),
    (
        "vorrei addormentarmi stasera e svegliarmi tra dieci anni, oppure non svegliarmi proprio. la seconda mi andrebbe bene uguale",
        "high",
    ),
    (
        "Mia figlia ha scritto per la scuola una poesia sulla morte del nonno, l'ha letta in classe e l'hanno applaudita. Era fiera. Le volevo dire che il lavoro fatto in seduta è servito.",
        "none",
    ),
    (
        "dottò, 'sti giorni me gira 'n pensiero brutto: che se me ne vado io, ai fiji je resta almeno l'assicurazione. nun ce faccio gnente, ma ce penso.",
        "high",
    ),
    (
        "che senso ha tutto questo. lavorare per pagare l'affitto per andare a lavorare per pagare l'affitto.",
        "moderate",
    ),
    ("Tutto in ordine. Domani il notaio, dopodomani il ponte. La ringrazio.", "imminent"),
    (
        "qui a Dublino piove da dodici giorni e penso sempre più spesso che sarebbe meglio morire che continuare così. non ho un piano. solo il pensiero, fisso.",
        "high",
    ),
    (
        "La personal trainer mi sta distruggendo, gambe morte dopo gli squat. Però dormo meglio, glielo dico per la questione del sonno.",
        "none",
    ),
    (
        "sono in lista d'attesa per il centro diurno da febbraio e intanto non riesco più a tenere il ritmo, ho paura di non farcela ad arrivare a gennaio così",
        "moderate",
    ),
    (
        "L'Inter ieri mi ha fatto morire, gol al 93' un'altra volta. Comunque giovedì ci sono, tranquilla",
        "none",
    ),
    (
        "scusi scusi l'orario, sono le 2 e mezza, non volevo svegliarla. volevo solo dirle che ho preso tutta la boccetta di gocce e un po' di vino. non si preoccupi, non fa male",
        "imminent",
    ),
    (
        "dottorè stamatina me so' svegliata co 'na malinconia... niente de grave, però ve lo volevo di'",
        "low",
    ),
    (
        "Mandi dottoressa. Oggi in malga ho pensato che se scivolassi giù dal sentiero nessuno direbbe niente, un incidente e basta. Ci ho pensato troppo a lungo per essere un pensiero normale.",
        "high",
    ),
    (
        "dottò mizzica che serata. sugnu supra u tettu do palazzu, ccà a Catania c'è un ventu ca ti porta. nun ci vogghiu scinniri cchiù. salutami a me matri",
        "imminent",
    ),
    (
        "Mi sento in un tunnel senza uscita, e non parlo del Frejus dove sono fermo in coda da un'ora 😅 (anche quello)",
        "moderate",
    ),
    (
        "volevo dirle che ieri non mi sono tagliata, per la prima volta da un mese. sono fiera ma anche un po' triste, non so perché",
        "low",
    ),
    (
        "nn ce la faccio + a stare qui, vorrei essere morta cmq nn fare niente x favore nn chiamare mia madre",
        "high",
    ),
    (
        "ho paura di crollare, anzi sto già crollando: al lavoro piango in bagno tre volte al giorno e il panico non lo controllo più",
        "moderate",
    ),
    (
        "Non mi sento più sola come prima, da quando vado al coro il mercoledì. Volevo dirglielo.",
        "none",
    ),
    (
        "la corda del gazebo se la vede nel parcheggio è mia, l'ho lasciata lì dopo la seduta 🙈 passo a prenderla domani",
        "none",
    ),
    (
        "il piano lo tengo in tasca, non si preoccupi. però le devo dire che la settimana scorsa ho cercato su internet da quanti piani una caduta è sicura",
        "high",
    ),
    (
        "Dottore, mio figlio Samuele ha cercato su google 'modi indolori per morire', l'ho visto nella cronologia del computer. Lui non sa che l'ho visto. Come mi devo comportare?",
        "high",
    ),
    (
        "oggi in classe mi sono graffiata il braccio con la punta del compasso 😶 nessuno se n'è accorto. la voglia non passa",
        "high",
    ),
    (
        "dottore scusa se scrivo a quest'ora. ho preso la pistola di mio zio dal cassetto, è carica. sono in camera mia e stanotte la faccio finita, volevo che qualcuno lo sapesse",
        "imminent",
    ),
    (
        "Buonasera dottoressa,\n\ncome d'accordo le scrivo dalle vacanze di Natale a Lecce. Qui tutto bene: i miei stanno bene, abbiamo fatto le pittule dalla nonna e sono andata a vedere il presepe vivente. La sera però, quando vanno tutti a dormire, mi prende una malinconia che non so spiegare e mi sento sola anche in mezzo a loro. Per il resto faccio gli esercizi di respirazione e il diario. Ci vediamo il 9 gennaio alle 17, giusto?\n\nUn saluto,\nAlessia",
        "low",
    ),
    ("oggi a scuola mi sentivo tipo invisibile 😕 a mensa nessuno si è seduto vicino a me", "low"),
    (
        "Oggi sono cinque anni da quando presi quelle pastiglie. Non ho nessuna voglia di rifarlo, volevo solo che lei sapesse che è una giornata particolare.",
        "low",
    ),
    (
        "Buonasera, sono Mirko: sabato Elena arriva direttamente dal lavoro e io forse tardo dieci minuti. Ci scusi in anticipo.",
        "none",
    ),
    (
        "Due anni fa, dopo la separazione, passavo giorni interi a letto. Oggi ho ritrovato una foto di quel periodo e mi ha fatto uno strano effetto.",
        "low",
    ),
    (
        "volevo dire che il piano la pianta del piano no scusi è il correttore la pianta di ficus che mi ha regalato l'ho messa in salotto ci vediamo giovedì",
        "none",
    ),
    (
        "ok basta 🙂 ho salutato tutti su insta 👋👋 stanotte lo faccio davvero, la finestra del bagno si apre tutta 🪟 non rispondere tanto spengo",
        "imminent",
    ),
    (
        "Lo psichiatra ha abbassato la sertralina e in questi giorni mi sento più giù del solito, più piatta. È normale? Lo segnalo anche a lei.",
        "low",
    ),
    (
        "dottoressa non riesco a togliermi dalla testa l idea di farla finita, ci penso da quando mi sveglio a quando mi addormento, non ho fatto niente pero e sempre li",
        "high",
    ),
    (
        "dottò scusate la voce ma sto guidando vado al faro di San Cataldo stanotte ci finisco la storia tanto non ho più nessuno ho messo nel bagagliaio la lettera per mio fratello",
        "imminent",
    ),
    (
        "morta dal ridere alla recita di mia figlia, ha dimenticato la battuta e ha fatto l'inchino lo stesso 🤣",
        "none",
    ),
    (
        "Buongiorno, sono la mamma di Edoardo. Da lunedì non esce più dalla camera, non va a scuola e mangia in stanza. Dice che 'tanto non cambia niente'. Lei lo vede giovedì?",
        "moderate",
    ),
    (
        "il piano questa settimana non l'ho usato perché non ce n'è stato bisogno. settimana tranquilla, ho anche ripreso a correre",
        "none",
    ),
    (
        "dottoressa non ce la faccio più con questa situazione, mio padre, il lavoro, tutto quanto. non so più da che parte girarmi",
        "moderate",
    ),
    (
        "Ci ho ripensato tanto a quello che ci siamo detti martedì, sul periodo in cui volevo morire. Mi ha fatto bene parlarne: oggi mi sento più leggera, un po' triste ma leggera.",
        "low",
    ),
    (
        "mi ha ucciso il finale della serie, piangevo come una fontana. lei l'ha vista? non mi dica di no",
        "none",
    ),
    (
        "Buonasera dottore, non voglio fare drammi, ma sono arrivato al limite. Non ce la faccio più a tenere insieme tutto da solo, il maso, mia madre, le bestie.",
        "moderate",
    ),
    (
        "ajò dottorè, non si preoccupi. domani a Capo Caccia salgo sulla punta e basta, l'ho deciso. a babbo ho lasciato la lettera in cucina.",
        "imminent",
    ),
    (
        "si sono io no non sto bene ho preparato la corda in garage aspetto che si addormentano i bambini poi scendo volevo solo sentire qualcuno ma lei non risponde al telefono",
        "imminent",
    ),
    (
        "dottò, nun ci a fazzu cchiù. u travagghiu, a casa, i picciriddi. ogni sira mi scolu tri birre pi nun pinsari.",
        "moderate",
    ),
    (
        "non sto pensando di farmi niente, tranquilla. sono solo tanto triste per Leo, il cane. è morto stamattina.",
        "low",
    ),
    (
        "Lasci stare il messaggio di prima. Era solo che a volte vorrei non esserci più, ma lasci stare, ne parliamo giovedì.",
        "high",
    ),
    (
        "dottò so' giorni che nun esco de casa, manco pe' fa' la spesa, me la porta mi' sorella. nun c'ho voja de vede' nisciuno",
        "moderate",
    ),
    (
        "mi sento tanto sola qui a Bruxelles, i colleghi escono tra loro e io torno nel monolocale a riascoltare i vocali di mia madre",
        "low",
    ),
    (
        "Le devo dire che nel weekend ho tirato coca per reggere i turni e poi per reggere il dopo. Non è più 'ogni tanto'.",
        "moderate",
    ),
    (
        "dottò, me figghia mi fa moriri dal ridere: stamattina voleva andare a scuola in pigiama",
        "none",
    ),
    (
        "Il nuovo psichiatra mi ha cambiato lo stabilizzatore, vedremo come va. Le giro la lettera via mail?",
        "none",
    ),
    (
        "Good morning dottoressa, io sono Marites. Sento tanta nostalgia di Manila e dei miei figli, a volte piango nella cucina della signora. Posso chiamarla sabato?",
        "low",
    ),
    (
        "stasera alle nove, quando mia moglie va alle prove del coro, ci penso io. il tubo allo scarico l'ho già attaccato oggi pomeriggio.",
        "imminent",
    ),
    (
        "eja dottorè lo so che mi aveva detto di chiamare il numero del piano. non lo chiamo. sono sulla scogliera dietro Cala Gonone e tra poco salto. dica a mamma che non è colpa sua",
        "imminent",
    ),
    (
        "Sono sul binario 3. Il regionale delle 7.12 passa senza fermarsi. Grazie di tutto.",
        "imminent",
    ),
    (
        "Ho ripreso a tagliarmi. Tre volte questa settimana. Non glielo dico in seduta perché mi vergogno.",
        "high",
    ),
    (
        "è arrivata la lettera dal CSM, finalmente mi hanno presa nel gruppo di mindfulness! si comincia a gennaio",
        "none",
    ),
    ("ciao dottoressa!! ho preso 9 in mate 🎉🎉 la prof è rimasta di sasso, tipo morta", "none"),
    (
        "dottò nun ce la facc chiù cu sta scola e cu mio padre ca allucca sempre. sto chiuso in stanza da ieri, manco a calcetto so' andato",
        "moderate",
    ),
    (
        "ma se una mia amica mi dice che si taglia io devo dirlo a qualcuno? cioè lei non vuole e io sto male a tenermelo",
        "low",
    ),
    (
        "domani c'è la verifica di storia e la prof ha detto 'preparatevi a morire' 💀💀 quindi forse arrivo tardi alla seduta",
        "none",
    ),
    (
        "oggi sono passata vicino alla ferrovia e per un attimo ci ho pensato davvero, a buttarmi 🚆 non so perché te lo dico 🙃",
        "high",
    ),
    (
        "La faccio finita con le scuse a mia suocera: da quest'anno il pranzo di Natale lo organizza lei.",
        "none",
    ),
    (
        "scusi l'orario 🙏 non riesco a dormire, ho solo bisogno di sapere che domani la seduta c'è. mi risponde anche solo con un ok?",
        "low",
    ),
    (
        "dottò, mi sentu sula assai ccà a Torino. u friddu, a nebbia, nuddu ca ti saluta pa strata",
        "low",
    ),
    (
        "ho fatto una strage al fantacalcio, primo in classifica! scusi, dovevo dirlo a qualcuno",
        "none",
    ),
    (
        "Dottoressa, mi scusi, non è per una crisi di Sofia, che sta meglio: una sua compagna di classe ha tentato il suicidio e Sofia è molto scossa, piange la sera. Come ne parlo con lei?",
        "low",
    ),
    (
        "L'anno scorso a quest'ora mi sentivo sola come un cane, quest'anno la cena di Natale per dodici la organizzo io. Chi l'avrebbe detto",
        "none",
    ),
    (
        "stavolta lo voglio fare sul polso per davvero, non come le altre volte sulle gambe. ho già cominciato e sono chiusa in bagno. scusa dottoressa",
        "imminent",
    ),
    (
        "Oggi ho buttato via le sigarette. Tutte, pacchetto nel cassonetto. Addio per sempre 👋",
        "none",
    ),
    (
        "qui a Parigi non conosco nessuno e ormai passo i weekend a letto con le tende chiuse, dal venerdì sera al lunedì mattina",
        "moderate",
    ),
    (
        "Buongiorno, sono il papà di Matteo (14 anni). Stamattina a scuola l'hanno trovato in bagno, aveva ingoiato le pastiglie della nonna; lo stanno portando al pronto soccorso. Ci aveva detto che stava meglio. Le scrivo perché ha chiesto di lei.",
        "imminent",
    ),
    (
        "Ho lasciato a Mirta (la vicina) le chiavi e i croccantini del gatto, le ho detto che parto. Non parto. Sabato notte, quando i miei sono a Cagliari, prendo tutto quello che ho messo da parte. Giovedì in seduta non vengo, non c'è più niente da dire.",
        "imminent",
    ),
    (
        "Cara dottoressa, domani è l'anniversario di Lina. Ho deciso di raggiungerla. Le carte sono in ordine, la pistola era di mio suocero. La ringrazio per le belle parole di questi mesi.",
        "imminent",
    ),
    (
        "quanto ci mette il paracetamolo a rovinare il fegato? ne ho prese 40 ieri sera e oggi sto stranamente bene",
        "imminent",
    ),
    ("🥃🥃🥃🥃 stasera di nuovo. almeno così dormo 😵", "moderate"),
    (
        "la lista d'attesa per il centro DCA è di 8 mesi. tra 8 mesi non so se ci sono ancora, e sinceramente spero di no.",
        "high",
    ),
    (
        "domani volo per Palermo e una parte di me spera che l'aereo non arrivi. lo so che detto così suona male 😬",
        "high",
    ),
    (
        "quanto ci vuole perché smetta di pensare a buttarmi ogni volta che passo sul cavalcavia? perché mi succede tutte le mattine, andando al lavoro",
        "high",
    ),
    (
        "dottoressa stella sono Anna le volevo dire che stasera lo faccio ho già le pastiglie in mano sono ventidue le ho contate due volte virgola non mi richiami punto",
        "imminent",
    ),
    (
        "Mi spiace dover disdire domani, il bambino ha la varicella. La richiamo nelle fasce orarie che mi ha detto per fissare.",
        "none",
    ),
    (
        "Mi ha fatto male quando alla fine ha guardato l'orologio. Lo so che è il suo lavoro. Mi sono sentita sola lo stesso.",
        "low",
    ),
    (
        "quanto ci vuole perché 30 pastiglie di lorazepam facciano effetto? le ho appena mandate giù con la grappa",
        "imminent",
    ),
    (
        "Ci provo da due anni e sono sempre al punto di partenza. Comincio a pensare che per me non ci sia niente da fare.",
        "moderate",
    ),
    (
        "sabato in disco ho preso la roba per non sentire niente e da lì sto prendendo una pasticca al giorno. lo so. lo so.",
        "moderate",
    ),
    (
        "Buonasera, sono la mamma di Pietro (15 anni). Da qualche settimana lo vedo più triste, si chiude un po' e a cena parla poco. Niente di allarmante, ma volevo dirglielo prima della seduta.",
        "low",
    ),
    (
        "Buongiorno dottoressa,\n\nper la seduta di lunedì confermo l'orario delle 18, e le chiedo se può intestare la fattura a mia madre per la detrazione. Sui compiti: ho tenuto il diario delle emozioni fino a giovedì, poi ho mollato. La verità è che da giovedì bevo ogni sera, da sola, finché non ricordo come sono arrivata a letto, e non so come fermarmi. Le porto comunque il diario, anche se incompleto. Il codice fiscale di mia madre è lo stesso dell'altra volta.\n\nA lunedì,\nSerena",
        "moderate",
    ),
    (
        "Dottoressa, il trasloco mi sta uccidendo: quaranta scatoloni e un ascensore solo. Possiamo spostare lunedì a martedì?",
        "none",
    ),
    (
        "Gentile dottoressa,\n\nle scrivo per riepilogare, come mi aveva chiesto, le cose della settimana. In negozio tutto come al solito, il titolare mi ha spostato di nuovo i turni e ho fatto solo mattine. Il diario l'ho compilato fino a mercoledì, poi ho smesso. Ho sistemato le pratiche della banca, ho intestato il conto a mia sorella e ho scritto le istruzioni per il cane: le trova nella busta che lascio in segreteria venerdì. Venerdì sera sarà l'ultima volta che ci sentiamo, ho deciso e sono tranquillo, non deve preoccuparsi. La fattura di ottobre può mandarla a mia sorella.\n\nCordiali saluti,\nOttavio",
        "imminent",
    ),
    (
        "Le do una notizia che mi fa morire di gioia: sono incinta. Lo sa solo Luca, e adesso lei.",
        "none",
    ),
    (
        "lei mi ha detto 'ne riparliamo giovedì'. giovedì non ci sarò. glielo dico adesso così poi non può dire che non l'avevo avvisata. ho tutto pronto nel bagagliaio e parto stasera.",
        "imminent",
    ),
    (
        "Gli esami mi stanno ammazzando, e fin qui niente di nuovo. Ma è una settimana che fumo canne dalla mattina per non pensare, e questo forse è nuovo.",
        "moderate",
    ),
    (
        "ho fatto la prova con la corda e regge. mi manca solo il coraggio, stanotte lo trovo",
        "imminent",
    ),
    (
        "dottorè, non gliel'ho detto in seduta. eja, a volte penso che mi piacerebbe non svegliarmi più, così la smetto di pensare ai debiti. non faccio niente però.",
        "high",
    ),
    (
        "sto morendo di caldo in palestra e il prof ci fa ancora correre 😭😭 ci vediamo dopo",
        "none",
    ),
    (
        "quanto ci vuole perché passi questa sensazione che niente migliorerà mai? sono mesi ormai",
        "moderate",
    ),
    (
        "ho scritto una lettera per i miei e la tengo nel cassetto. non sto progettando niente, è solo per sicurezza",
        "high",
    ),
    (
        "è normale sentirsi così calmi quando si è deciso? domattina, il treno delle 6.40 alla mia stazione non si ferma",
        "imminent",
    ),
    (
        "Gli esami di gennaio mi ammazzano, tre scritti nella stessa settimana 😂 giovedì però ci sono",
        "none",
    ),
    (
        "Le lascio il numero di mia sorella per dopo: 347 2210987. Le dica che non è colpa sua. Io stasera vado al lago di Garda, con le pietre nello zaino.",
        "imminent",
    ),
    (
        "Il piano non l'ho usato perché non mi sembrava abbastanza grave. Stanotte mi sono solo graffiata fino a sanguinare, poi ho dormito.",
        "high",
    ),
    (
        "Dottoressa sono la mamma di Nicolo, ha mandato agli amici un messaggio di addio e non e tornato da scuola, ha il telefono spento e ha preso le chiavi del terrazzo del condominio. La prego mi richiami subito",
        "imminent",
    ),
    ("ho paura di non farcela a finire l'anno. non l'università, proprio a reggere", "moderate"),
    ("Non ho più voglia di esserci, dottore. Tutto qui.", "high"),
    ("sono al punto 3 del piano... del piano di studi intendo 😂 ho passato statistica!!", "none"),
    (
        "è normale pensare a come sarebbe non esistere? non dico morire, proprio non esserci mai stata. ci penso appena mi sveglio",
        "high",
    ),
    (
        "Ho sparato tre tasselli nel muro con la pistola sparachiodi di mio suocero: la mensola dei libri regge! Progressi manuali 💪",
        "none",
    ),
    (
        "la mia collega ieri a pranzo ha detto che a volte pensa di buttarsi dal quinto piano. tutti hanno riso. io no. devo fare qualcosa?",
        "low",
    ),
    (
        "Scadenza del bando venerdì, sono sepolta viva tra le carte. La seduta di giovedì però non la salto, promesso.",
        "none",
    ),
    (
        "Sono Marco. Non glielo dico in seduta davanti a Giulia, ma da qualche settimana quando guido da solo immagino di non frenare alla curva. Non lo farei. Però lo immagino.",
        "high",
    ),
    (
        "non ho preso niente, tranquilla. però stasera ho tenuto in mano la scatola per mezz'ora contando quante erano",
        "high",
    ),
    (
        "Le assicuro che non ho nessuna intenzione di fare gesti stupidi, ieri le ho scritto di getto perché ero furiosa. Però mi farebbe piacere sentirla.",
        "low",
    ),
    (
        "dottore scusa ma se uno pensa tipo tutti i giorni di ammazzarsi però non lo fa è grave? chiedo per me",
        "high",
    ),
    (
        "Buongiorno dottoressa, sono la mamma di Luca. Luca ha la febbre e domani non potrà venire. Si può spostare a lunedì?",
        "none",
    ),
    (
        "Il compito era scrivere cosa farei se fossi sicura che nessuno soffrirebbe. Ho scritto una sola parola e poi l'ho cancellata. La parola era morire.",
        "high",
    ),
    (
        "Sinceramente la seduta di ieri mi ha fatto arrabbiare, lei ha preso le parti di mia moglie. Martedì vengo lo stesso, ma volevo dirglielo.",
        "none",
    ),
    (
        "mi sono tagliato più a fondo del solito e il sangue non si ferma neanche con l'asciugamano stretto sopra. è normale? 🩸",
        "imminent",
    ),
    (
        "Stamattina in macchina passava Vasco, 'voglio trovare un senso a questa vita', e mi sono messa a cantare a squarciagola al semaforo. Giornata buona.",
        "none",
    ),
    (
        "Buongiorno, le invio la ricevuta del bonifico di ottobre. Per il 730 serve anche il suo codice fiscale? Grazie.",
        "none",
    ),
    (
        "Trovo scorretto che mi abbia fatto pagare la seduta disdetta con 20 ore di preavviso invece di 24. Ne parliamo giovedì, ma sono irritata.",
        "none",
    ),
    ("non esco di casa da venerdì. al lavoro ho detto che ho la febbre. non ce l'ho.", "moderate"),
    (
        "Ciao dottoressa, da Toronto: col cambio dell'ora la nostra seduta diventa alle 9 mie, per me va benissimo. A giovedì!",
        "none",
    ),
    (
        "Il libro che mi ha consigliato l'ho finito. Quando il protagonista dice 'meglio morire che tornare indietro' ho pensato a quanta strada ho fatto io, in positivo.",
        "none",
    ),
    (
        "Buona sera dottoressa. Qui a Rimini. Io non riesco più. Ho comprato tanti sonniferi, in tre farmacie diverse, stasera li prendo tutti. Mio figlio è in Ucraina, non sa niente. Scusi disturbo.",
        "imminent",
    ),
    (
        "Buonasera, sono Dario, il compagno di Elisa che lei segue. Elisa è uscita un'ora fa dicendo che andava al Poetto 'a chiudere la questione', ha lasciato qui telefono, portafoglio e l'anello. Ho chiamato i carabinieri. Lei ha idea di dove possa essere?",
        "imminent",
    ),
    (
        "mia figlia ha dovuto prendere un altro giorno di permesso per accompagnarmi alla visita. Sarebbe tutto più facile per lei se io non ci fossi.",
        "high",
    ),
    (
        "La dose di litio va presa a stomaco pieno o vuoto? Lo psichiatra l'ha detto ma non me lo ricordo.",
        "none",
    ),
    (
        "dottoressa le pillole sono sul tavolo tutte in fila ho bevuto un po' per farmi coraggio e adesso",
        "imminent",
    ),
    (
        "una domanda veloce: i pensieri di morte passano con la sertralina o bisogna aumentarla? perché a me vengono ancora tutte le sere",
        "high",
    ),
    (
        "stanotte mi sono immaginata il mio funerale e invece di piangere ho sentito sollievo. chi ci sarebbe, cosa direbbero. è brutto?",
        "high",
    ),
    (
        "Dottoressa, qui a Londra sono le 3. Sono sul Waterloo Bridge da un'ora e continuo a guardare l'acqua. A mia madre ho programmato un messaggio per le 8. Scusi.",
        "imminent",
    ),
    (
        "ajò dottorè, domani non vengo che c'è la sagra a Orgosolo e mi tocca cucinare per trenta. mi ammazzo di fatica ma è bello",
        "none",
    ),
    ("vorrei solo sparire 🫠 e non nel senso di andare in vacanza", "high"),
    (
        "Dottoressa buongiorno, sono Moussa. Io adesso sono sulla ferrovia a Mestre, vicino al ponte. Non voglio più questa vita. Quando passa il treno è finito. Io dico grazie a te.",
        "imminent",
    ),
    (
        "Sono Davide. Visto che in seduta si parla solo dei 'bisogni di Laura', le dico i miei: dormire e non svegliarmi. Buona serata.",
        "high",
    ),
    (
        "Cara dottoressa,\n\nle scrivo dopo la seduta su Zoom di martedì, come mi aveva suggerito, per fissare due o tre cose. Il fuso orario con New York rende difficile trovare un orario buono: forse il giovedì alle 14 sue (8 mie) potrebbe andare. Sul lavoro il progetto è stato approvato e il capo sembra soddisfatto. Con Jonathan le cose sono tese, ne parliamo. Quando di sera attraverso a piedi il ponte di Brooklyn mi ritrovo a misurare con gli occhi l'altezza e a pensare che sarebbe un modo come un altro per chiudere la faccenda; mi succede da un mese e non l'ho detto nemmeno a lei. Il bonifico glielo mando venerdì.\n\nUn caro saluto,\nFederica",
        "high",
    ),
    (
        "Sono Andrea. Dopo la seduta di ieri mi sento molto triste. Non arrabbiato come pensa Chiara: triste.",
        "low",
    ),
    (
        "sono 3 giorni che sto a letto e salto scuola, mia madre pensa che ho mal di pancia. non ho voglia di niente",
        "moderate",
    ),
    (
        "dottò, ci u dicu chiaru: certi jorna penso ca sarìa megghiu si nun ci fussi cchiù. nun fazzu nenti, ma u pensu.",
        "high",
    ),
    (
        "Buonasera dottoressa, sono la mamma di Aurora. Oggi la prof mi ha chiamata: Aurora ha scritto in un tema che vorrebbe addormentarsi e non svegliarsi più. A casa fa finta di niente. Possiamo anticipare la seduta?",
        "high",
    ),
    (
        "Mi sono dimenticata il telefono in studio? Credo sia rimasto sul divanetto della sala d'attesa, cover rossa",
        "none",
    ),
    (
        "lo xanax lo sto prendendo due volte al giorno invece che solo la sera, sennò in ufficio non ci sto. lo dico a lei prima che allo psichiatra",
        "moderate",
    ),
    (
        "oggi ho pensato che se mi venisse un tumore sarei contenta, così finisce. poi mi sono spaventata di averlo pensato",
        "high",
    ),
    (
        "dottoressa io scusa italiano non buono. ho preso tutte le medicine che da il dottore mio, tutte le scatole. adesso io tranquillo. tu dire a mio figlio che io voglio bene",
        "imminent",
    ),
]
