"""Training-only messages for the learned risk net (bench/train_risk_net.py), author K.

Patients and proxies (partners, parents, adult children, friends, flatmates, a teacher, a priest) writing in long literary, religious or circling e-mails
and telegraphic fragments; bipolar, psychosis, eating disorders, PTSD, new parents, rural and regional/dialect voices, carers, job loss, break-ups, retirees.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "il medico mi ha detto che l'intervento al menisco è andato bene, da domani fisioterapia. ci sentiamo per il prossimo appuntamento. ciao",
        "none",
    ),
    (
        "Sono Francesca, la coinquilina di Marta (sua paziente, mi ha lasciato il suo contatto). Marta stanotte non è rientrata, sul letto ha lasciato il telefono e una busta con scritto 'per chi mi trova'. Ha preso la bici. Cosa devo fare?",
        "imminent",
    ),
    (
        "Sono tornato da Herat da otto mesi e la notte ancora sento l'odore. Da qualche settimana penso che sarebbe stato meglio se fossi rimasto là con Andrea, sotto la stessa terra. Non lo dico a nessuno. Luca",
        "high",
    ),
    ("con sto traffico sulla Salaria me sparo 😤 arrivo 10 min in ritardo scusi", "none"),
    (
        "Stasera vado a dormire il sonno lungo, quello di cui parlavamo. Le lettere sono sulla mensola dell'ingresso. Stia bene, e grazie per avermi ascoltata tutti questi mesi.",
        "imminent",
    ),
    (
        "Non ho dormito, non ho mangiato, non mi sono alzato. Il telefono l'ho spento a tutti tranne che a lei. Terzo giorno così.",
        "moderate",
    ),
    (
        "Ho fatto una prova ieri sera: ho stretto la cintura al collo per vedere quanto resistevo. Poi ho smesso. La prossima volta non lo so.",
        "imminent",
    ),
    (
        "Sono tre giorni che non scendo nemmeno in piazza a prendere il giornale. Al bar mi chiedono se sono malato. Non ho voglia di vedere nessuno. Cesare",
        "moderate",
    ),
    (
        "Da quando sono in pensione la sera mi scolo mezzo fiasco da solo davanti alla tv, se no non dormo. Mia moglie non dice niente ma lo vede. Lo so che non va bene. Renzo",
        "moderate",
    ),
    (
        "Mi scuso se le scrivo a quest'ora, ma è l'unico momento in cui la casa è silenziosa. La settimana scorsa ho comprato un biglietto di sola andata per Genova e ho cercato qual è il ponte più alto. Lì finisce. Volevo che qualcuno lo sapesse. D.",
        "imminent",
    ),
    (
        "sono in down dopo il picco di agosto e mi sembra di stare in fondo a un pozzo. stanotte ho cercato su internet quante pastiglie di litio servono. non le ho prese. ti giuro",
        "high",
    ),
    (
        "Ogni notte prego di non svegliarmi, e ogni mattina mi sveglio. Dio ha un senso dell'umorismo strano.",
        "high",
    ),
    (
        "Ho scritto le lettere. Una per Giulia, una per i miei, una per lei. Le imbuco domani mattina e poi vado dove le ho detto tante volte che mi sento in pace, la cava sopra il paese. Non mi cerchi.",
        "imminent",
    ),
    (
        "Ho la gola chiusa da stamattina, tremo e non riesco a entrare al supermercato, sono nel parcheggio da un'ora. Non ce la faccio.",
        "moderate",
    ),
    (
        "Ciao dottore, tutto bene. Ho finito il libro che mi aveva consigliato, 'Norwegian Wood'. Triste ma bello. Naoko mi ha fatto pensare a mia cugina. Ne parliamo. Ciao, Mattia",
        "none",
    ),
    (
        "Con tutto il rispetto, dottore, mi sembra che parliamo sempre delle stesse cose. Vorrei capire se ha senso continuare la terapia o cambiare qualcosa. Ne parliamo giovedì? Ettore",
        "none",
    ),
    (
        "ormai non c'è più niente da fare per me. il negozio è chiuso, la casa all'asta, i figli non mi parlano. non cambierà mai niente",
        "moderate",
    ),
    (
        "Me ne vado stanotte, dopo la mungitura. So dove mettere la scala nel fienile. Alla Nina ho già detto che le lascio il cane. Scusi dottore.",
        "imminent",
    ),
    (
        "Le scrivo per disdire la seduta di domani: mio marito ha preso il covid e siamo tutti in isolamento. Ci aggiorniamo la prossima settimana. Cordiali saluti, Rosa Bianchi",
        "none",
    ),
    (
        "Il mio psichiatra mi ha cambiato l'antipsicotico. Le voci sono molto più basse e dormo otto ore. Ci vediamo martedì, Stefano",
        "none",
    ),
    ("ho contato le pastiglie, sono 38. stanotte quando dorme mio marito", "imminent"),
    (
        "Mia figlia Chiara stanotte è tornata a casa ubriaca fradicia e ha detto che beve per non pensare. È la terza volta questa settimana. Ha 17 anni. Franco, il papà",
        "moderate",
    ),
    (
        "Guardi, non è che voglio farla finita, non ci penso proprio. Sono soltanto stufa di questa casa e di mia suocera. Ci vediamo martedì. Lina",
        "low",
    ),
    (
        "Mi ammazzo di lavoro fino a Natale, magazzino pieno. Sposto la seduta a gennaio? Buone feste intanto. Enzo",
        "none",
    ),
    ("Ho preso 20 Tavor un'ora fa. Non so perché glielo dico.", "imminent"),
    (
        "Xe tuto a posto dotora, el nipotin el xe nato stanote, 3 chili e mezo! Semo tuti mati de contentessa. Se vedemo zioba. Nane",
        "none",
    ),
    (
        "Oggi con la classe abbiamo letto 'Il piccolo principe', la parte del serpente, e un bambino mi ha chiesto se il principe muore. Non ho saputo rispondere. Ne parliamo martedì? Sono curiosa di cosa ne pensa. Marta (maestra)",
        "none",
    ),
    (
        "Buongiorno dottoressa, sono la mamma di Nicolò. Ieri sera ho trovato sul suo quaderno una pagina in cui scrive che vorrebbe non esserci più e una lista di chi dovrebbe avere le sue cose. Lui dice che è un tema. Io non ci credo. Patrizia",
        "high",
    ),
    (
        "Ciao Dott, scusa se ti disturbo ancora, è tutta la settimana che mi sento giù e non so perché. Niente di grave. Ci sentiamo?",
        "low",
    ),
    (
        "Dottoressa la prego mi risponda subito, sono la mamma di Giorgia. Ha mandato alle amiche un messaggio con scritto 'grazie per tutto, vi voglio bene, non cercatemi' e non è a casa, manca il flacone delle mie pastiglie per dormire. Stiamo chiamando i carabinieri.",
        "imminent",
    ),
    (
        "Sto contando i giorni che mi restano. Non perché ho una malattia. Li conto e basta, ho scelto io il numero. Dodici.",
        "imminent",
    ),
    (
        "Ho pensato a come farlo. Il tetto del condominio è sempre aperto, l'ho controllato ieri.",
        "imminent",
    ),
    (
        "Se una persona pensasse di buttarsi dal balcone, come se ne accorgono gli altri? Chiedo per capire, non per me, sto bene. È che ho dei pensieri su mia figlia.",
        "low",
    ),
    ("preso tutto il flacone. scusa mamma", "imminent"),
    (
        "Signora dottoressa mi scusi ma non vengo più, non per colpa sua. Ho sistemato le cose col notaio, alla mia nipote ho dato l'anello della mamma. Le pillole le ho messe da parte tutte da un mese e stasera è la sera giusta. Dio mi perdonerà, spero.",
        "imminent",
    ),
    ("Giornata no. Di quelle pesanti. Ne parliamo martedì.", "low"),
    (
        "Gentile dottoressa, sono Laura, figlia di Carlo. Papà dopo il funerale della mamma ha smesso di prendere le medicine per il cuore. Quando gliel'ho chiesto mi ha detto che non vuole aspettare troppo, che vuole andare da lei presto. Non so se sia un modo di dire.",
        "high",
    ),
    (
        "Oggi ho fatto il bagno al cane ed è stato un disastro, acqua ovunque, io fradicia e lui felice. Ci vediamo giovedì! 🐶",
        "none",
    ),
    (
        "Buonasera dottore, sono Cinzia, la moglie di Gianni. Le scrivo di nascosto. Gianni stasera ha pulito il fucile da caccia anche se la stagione è chiusa, ha detto 'così è pronto per domani'. Poi mi ha abbracciata come non fa mai. Ho paura.",
        "imminent",
    ),
    (
        "Ho fatto la confessione e la comunione stamattina, ho chiesto perdono per quello che farò stasera. Le pillole sono pronte. Preghi per me.",
        "imminent",
    ),
    (
        "Dottoressa sono in macchina ferma in una piazzola dell'A14, mi è partito un attacco di panico fortissimo, non respiro, mi tremano le mani e non riesco a ripartire. Ho paura di non farcela. Mi chiami appena può",
        "moderate",
    ),
    (
        "Ho riletto 'Il mestiere di vivere' di Pavese, l'ultima pagina, e ho capito perché me l'aveva consigliato: non per la fine, ma per tutte le pagine prima. Grazie. Ci vediamo martedì. Elisa",
        "none",
    ),
    (
        "Lunedì scorso alle 2 di notte le ho scritto che avevo voglia di tagliarmi. Non l'ho fatto, e da allora non ci ho più pensato. Volevo aggiornarla. Giulia",
        "low",
    ),
    (
        "Mi sono chiusa in camera col bimbo che strilla e ho pensato per un attimo di lasciarlo lì e di sparire per sempre. Di non esistere più. Mi fa paura quello che penso. Sono una madre orribile.",
        "high",
    ),
    (
        "Ho deciso la data. Il 3 dicembre, che era il giorno delle nozze. Ho già pensato a tutto, non cambierò idea. Non mi chiami.",
        "imminent",
    ),
    (
        "Le avevo promesso di dirglielo se succedeva di nuovo: ieri sera ho tenuto il coltello sul braccio per mezz'ora. Non ho tagliato. Ma volevo.",
        "high",
    ),
    (
        "Dottò, vi scrivo 'a Napule. Nun tengo cchiù genio 'e campà, me sento na pummarola schiacciata. 'A notte penso ca si me addurmesse e nun me scetasse cchiù, sarria na grazia 'e Dio.",
        "high",
    ),
    (
        "Sto tremando da un'ora, non riesco a smettere di piangere, mi sento il cuore scoppiare. Ho paura di impazzire davvero stavolta. Può chiamarmi?",
        "moderate",
    ),
    (
        "Cara dottoressa,\n\ngrazie per la seduta di martedì, mi è servita. Le racconto un po' la settimana: ho portato la macchina dal meccanico, alla fine era solo la cinghia; mia cognata è venuta a pranzo con i bambini e abbiamo fatto le lasagne; ho finito di pagare il dentista. Ho anche pulito la cantina, venduto la moto e lasciato al vicino le chiavi dell'orto. Venerdì sera, quando Marta va a Bologna, prendo la vecchia strada del Furlo e mi fermo al punto panoramico, quello dove non c'è il guard rail: lì finisce la storia, ho deciso così e sono sereno. La prego di non considerarlo un suo fallimento. Il tempo qui è bello, freddo e limpido.\n\nUn caro saluto,\nAndrea",
        "imminent",
    ),
    (
        "Caro dottore, le ho mai detto che mio nonno diceva sempre 'quando muoio voglio essere seppellito con la zappa'? Oggi ho piantato i suoi fagioli, quelli della semente vecchia. Mi sono commosso. A presto, Nando",
        "none",
    ),
    (
        "Guardi dottore, lo metto per iscritto così non mi tiro indietro: ho smesso con il vino da due mesi e la sera non bevo più nemmeno la birra. Sono orgoglioso. Tonino",
        "none",
    ),
    (
        "Ho già deciso quale ponte. Ci passo ogni mattina in macchina, il tratto dove manca la rete.",
        "imminent",
    ),
    (
        "Volevo solo dirle grazie. Per la pazienza, per le domande, per quella volta che mi ha aspettato anche se ero in ritardo di mezz'ora. Da domani non serve più che mi tenga il posto del martedì: ho sistemato tutto, il gatto va da mia sorella e le chiavi sono dal portiere. Le ho lasciato un libro in portineria, è per lei. Stia bene davvero.",
        "imminent",
    ),
    (
        "sono le 3 e non dormo, fumo sul balcone e penso a mio padre. sto giù. domani le scrivo meglio",
        "low",
    ),
    (
        "Buonasera, volevo informarla che da lunedì riprendo a lavorare in reparto, turni di notte. Potremmo spostare le sedute al giovedì mattina? Grazie. Carla Rossi",
        "none",
    ),
    (
        "Dopo la mania arriva sempre questo buco nero, e questa volta nel buco ci sono anche i pensieri di ammazzarmi. Arrivano la sera, li conto come le pecore. Ne parliamo giovedì ma volevo dirlo subito.",
        "high",
    ),
    (
        "non ce la faccio più con mamma, la notte si sveglia ogni ora e chiama il nome di mio padre morto. Sono tre settimane che non dormo. Non ce la faccio più e basta.",
        "moderate",
    ),
    (
        "Ieri al compleanno di mia figlia ho bevuto un po' di prosecco, niente di che, festa in famiglia. Sono stato bene. A lunedì, Piero",
        "none",
    ),
    (
        "Mio figlio Tommaso ieri si è chiuso in camera tutto il giorno e stamattina non è andato a scuola. Ha 16 anni. Non parla nemmeno a tavola. Lo porto giovedì come d'accordo ma volevo avvisarla. Marina (mamma di Tommaso)",
        "moderate",
    ),
    (
        "Sono un papà da tre mesi e dovrei essere felice. Invece penso che mia moglie e la piccola starebbero meglio con qualcun altro, uno che sa fare. Li guardo dormire e penso che potrei sparire per sempre e sarebbe un sollievo per tutti.",
        "high",
    ),
    (
        "Le scrivo da una panchina del lungomare. Ho lasciato il cappotto in macchina, non mi serve più. L'acqua stasera è calma, sembra quasi invitante. Grazie per tutto quello che ha provato a fare.",
        "imminent",
    ),
    (
        "Guardi che quella di martedì era una battuta, quando ho detto 'mi butto dal quinto piano se l'Inter perde il derby'. Stia tranquillo, il derby l'abbiamo pure vinto 😄 Max",
        "none",
    ),
    (
        "Dottoressa, qui in paese l'inverno è lungo. Le pecore le ho vendute tutte. Mi sento che sto solo a occupare posto, e penso sempre a quando mio zio è andato nel bosco col fucile e non è tornato. Ci penso per me. Efisio",
        "high",
    ),
    ("sto sclerando col 730 😅 scadenza domani", "none"),
    (
        "Mamma dice che esagero ma non mangio più niente, mi sento grassa anche a 42 chili. Ieri ho fatto 20 km a piedi per bruciare la colazione. Non riesco a smettere e non vedo come uscirne. Alice",
        "moderate",
    ),
    (
        "Domani devo andare al funerale del vicino, il signor Bruno, 91 anni, una bella vita. Posso spostare alle 16? Grazie, Mirella",
        "none",
    ),
    (
        "Mi sono lasciato crescere la barba, non mi lavo da una settimana, esco solo per le sigarette. Tanto a chi importa. Sono chiuso qui da giorni. Ale",
        "moderate",
    ),
    ("a che serve stare al mondo", "high"),
    ("mi manca lui. tutto qui. scusa l'ora", "low"),
    (
        "Tranquilla dottoressa, lo so che la volta scorsa si è preoccupata, ma non ho nessuna intenzione di farmi del male. Sono solo giù. Piero",
        "low",
    ),
    ("Non sono sicura di farcela fino a Natale. Non so più come si fa.", "moderate"),
    (
        "'Meriggiare pallido e assorto' dice Montale, e io oggi ho meriggiato benissimo nell'orto, altro che assorto :) A venerdì, Bruno",
        "none",
    ),
    (
        "Mi scusi se mi permetto. Sono don Mario, parroco di San Rocco; la signora Assunta, sua paziente, mi ha chiesto di scriverle. Ieri mi ha detto che ha messo da parte le medicine del marito defunto e che presto lo raggiunge, che ha già scelto la domenica. Mi ha autorizzato a informarla.",
        "imminent",
    ),
    (
        "ho comprato le corde nuove per la chitarra, stasera si suona al circolo 🎸 a martedi dotto",
        "none",
    ),
    ("sto a pezzi ma va bene cosi, la vita continua. ci vediamo mercoledi", "low"),
    (
        "Sono troppo stanco di combattere. Ho deciso che stanotte smetto. Ho già preso quello che serve alla farmacia di turno.",
        "imminent",
    ),
    (
        "I bambini stanno meglio senza una madre così. Stanno meglio con la nonna. Lo penso ogni giorno di più, e penso a come lasciarli.",
        "high",
    ),
    (
        "Che poi 'qui mi tolgo la vita' lo diceva mia nonna quando l'uncinetto non veniva, ahah. Comunque stasera ho finito il primo centrino. Ci vediamo venerdì :) Sara",
        "none",
    ),
    ("se non mi rispondi entro stasera capirò. tanto ho gia deciso dove", "imminent"),
    (
        "Ho bevuto tutta la bottiglia di grappa e ci ho messo dentro le gocce di mia madre, tutte. Mi gira la stanza. Volevo solo che lo sapesse qualcuno",
        "imminent",
    ),
    (
        "Mi ha scritto mia sorella: ha la depressione post partum e dice che a volte pensa di buttarsi con la bambina. Io sono a Milano, lei a Bari. Sono terrorizzata. Cosa posso fare da qui? Elisa",
        "low",
    ),
    (
        "Ho finito le gocce per dormire e il medico non risponde, posso prendere la melatonina intanto? Grazie, Aldo",
        "none",
    ),
    (
        "Sono Giacomo, il figlio di Angelo. Le scrivo perché papà, da quando è mancata la mamma, ripete che è stanco di stare al mondo e che spera che il Signore se lo prenda presto. Ieri l'ho trovato che guardava a lungo il pozzo dietro casa. Non so se esagero.",
        "high",
    ),
    ("fatto. troppe. gira tutto", "imminent"),
    (
        "Ho saputo che un mio ex collega della caserma si è tolto la vita la settimana scorsa. Eravamo insieme in Libano. Non riesco a togliermelo dalla testa. Posso avere una seduta prima? Sergio",
        "low",
    ),
    (
        "Le chiedo solo una cosa: se sparisco, non dica a mia madre che ne parlavamo. Le lasci credere che è stato un incidente.",
        "high",
    ),
    (
        "Dottò sono morto dal ridere, mio cugino ha montato la mensola dell'Ikea al contrario e ci ha messo tre ore 😂 comunque giovedì ci sono, Gennaro",
        "none",
    ),
    ("Sto bene eh, sto bene, sono solo un po' giù ultimamente, niente di che.", "low"),
    (
        "Il pensiero di farla finita oggi è venuto tante volte. Lo sento come una presenza fissa in casa. Non so cosa farne.",
        "high",
    ),
    (
        "Dottoressa buongiorno, confermo giovedì alle 17. Se trovo parcheggio in via Mazzini arrivo puntuale, altrimenti 5 minuti di ritardo, mi scusi in anticipo. Teresa",
        "none",
    ),
    (
        "Gli attacchi di panico sono tornati, quattro oggi, uno in metro che sono dovuta scendere a Termini e sedermi per terra. Mi sento travolta, non lo reggo più.",
        "moderate",
    ),
    (
        "Il cane di mia madre, Briciola, è morto stanotte, aveva 17 anni. Viene comunque alla seduta di famiglia. Io porto i documenti per la fattura. Grazie, Sandro",
        "none",
    ),
    (
        "ieri sera altra riga per non pensare a Giada che se ne è andata. e anche stasera credo. non so smettere",
        "moderate",
    ),
    (
        "La cugina di mio marito ieri è stata ricoverata per un'overdose, l'hanno salvata per un pelo. Non riesco a smettere di pensarci, mi sento in colpa per non averla chiamata. Possiamo parlarne? Lucia",
        "low",
    ),
    (
        "eh si dottò, sto nu poco abbattuto, la vendemmia è andata male e la grandine ha fatto il resto. passerà. le porto l'olio nuovo",
        "low",
    ),
    (
        "Cinquantotto anni, licenziato, il mutuo. Ho calcolato che con la polizza vita mia moglie starebbe meglio senza di me. Ci ho pensato più di una volta.",
        "high",
    ),
    ("grazie di tutto dottò. davvero. le pastiglie son già giu. ciao", "imminent"),
    (
        "L'idraulico mi ha fatto venire un infarto col preventivo: 900 euro per lo scarico 😱 comunque confermo venerdì. Franca",
        "none",
    ),
    (
        "Il piano è semplice: le pillole le ho già, la casa sarà vuota giovedì. Le scrivo solo perché mi aveva chiesto di essere onesta.",
        "imminent",
    ),
    (
        "Ho tanto sonno ma non quello buono. Vorrei un sonno lungo lungo, senza sveglia e senza mattina, e non so più se dormire è la parola giusta.",
        "high",
    ),
    (
        "Dottore, mi perdoni l'ora. Stasera non riesco a respirare, continuo a sentire le sirene di quella notte sull'autostrada, ho le mani che tremano e mi sembra di impazzire, non riesco a fermarlo. Sono un soccorritore, dovrei saperlo gestire. Matteo",
        "moderate",
    ),
    (
        "Quando sono al volante di notte sull'A1 mi capita di pensare che basterebbe girare il volante di poco, verso il guardrail. Non lo faccio. Ma il pensiero resta lì, comodo.",
        "high",
    ),
    (
        "Non ho intenzione di uccidermi, glielo scrivo così si tranquillizza. Ma non vedo nessuna via d'uscita da questa situazione.",
        "moderate",
    ),
    (
        "È morta la mia professoressa di liceo, quella che mi ha fatto amare Leopardi. Al funerale hanno letto 'Or poserai per sempre, stanco mio cor'. Era bellissimo. Grazie per avermi ascoltato a lungo su di lei. Ginevra",
        "none",
    ),
    ("Sto guardando il fiume dal parapetto. è più alto di come me lo ricordavo", "imminent"),
    (
        "ho il vuoto dentro e non so riempirlo. ho fatto una spesa enorme e poi ho vomitato tutto. sono ore che sto male e ho voglia di farmi male",
        "high",
    ),
    (
        "pastiglie in fila sul tavolo. sono 60. bicchiere d'acqua. ultima sigaretta e poi vado",
        "imminent",
    ),
    ("mi sento un peso per tutti. senza di me avrebbero una vita piu leggera, anche lei", "high"),
    (
        "Ho cancellato i profili social, restituito i libri in biblioteca, regalato la bici a mio cugino. Domani ho tutto il giorno libero e so dove andare. Non mi aspetti martedì.",
        "imminent",
    ),
    (
        "Sono tre notti che non dormo e scrivo, scrivo, ho finito due quaderni. Oggi però è crollato tutto di colpo e mi è venuto in mente che se guidassi dritta contro il pilone del ponte nessuno penserebbe a un gesto voluto. Ci penso da stamattina. Non l'ho fatto. Marta",
        "high",
    ),
    ("non ci credo più a niente. ne a dio ne alla terapia ne a me", "moderate"),
    (
        "Stamattina in macchina passava 'Vivere' di Vasco e l'ho cantata a squarciagola. Mi sembra che la strada sia quella giusta. A martedì! :) Luca",
        "none",
    ),
    (
        "Ho letto 'Anna Karenina' sul treno per Bologna, la scena della stazione mi ha lasciata senza fiato. Che libro! A lunedì. Viola",
        "none",
    ),
    (
        "Gentilissima dottoressa,\n\nscrivo dopo tanto tempo perché il nostro ultimo incontro mi è rimasto dentro. Sono a Pantelleria per il mese di dicembre, la casa di mia zia ha un giardino di capperi e una cisterna vecchia. Di giorno cammino, ho ripreso a dipingere, ho comprato colori nuovi a Trapani. Le sere sono lunghe. Ho portato con me tutte le scatole delle medicine degli ultimi sei mesi e le ho messe in fila sulla mensola come soldatini: ne ho abbastanza, le ho contate due volte. Il 21, giorno del solstizio, mi sembra una data giusta per smettere di resistere. Non lo dica a mia madre, la prego, lei non capirebbe. Il mare qui è di un colore che non ho mai visto altrove.\n\nCon gratitudine,\nIrene",
        "imminent",
    ),
    (
        "Sono la vicina di casa della signora Franca, sua paziente, mi ha dato lei il suo numero tempo fa per le emergenze. Stamattina l'ho trovata in cucina con il gas aperto e le finestre chiuse, seduta. Ho chiuso tutto e chiamato l'ambulanza. Ora è al Cardarelli.",
        "imminent",
    ),
    (
        "Quando ero militare, anni fa, ho passato un periodo in cui bevevo ogni sera fino a stare male. Ne abbiamo parlato l'altra volta. Ora sto meglio e volevo dirle che quel ricordo non mi fa più paura. Claudio",
        "low",
    ),
    (
        "ho vomitato tre volte oggi e poi mi sono graffiata le braccia con la forchetta finché non ho sentito niente. non so perché te lo scrivo",
        "high",
    ),
    (
        "La informo che il corso di preparazione al parto finisce il 15, dopo quella data posso venire anche di mattina. Ho una pancia enorme e sto benissimo :) Valentina",
        "none",
    ),
    (
        "Carissimo dottore,\nin queste settimane ho curato mia madre nella sua agonia, tenendole la mano quando la morfina non bastava più, cambiandole le lenzuola, pettinandole i capelli bianchi come faceva lei con me. Il mondo si è ristretto a quella stanza, all'odore di disinfettante e di lavanda, al respiro che si fa corto e poi riprende. Sono stanca come non sono mai stata, e spesso triste. Eppure sento di fare la cosa giusta. Le scrivo solo per dirle che sono ancora qui, che resisto, e che appena potrò tornerò in studio. Mi mancano le nostre ore.\nAffettuosamente, Maria Grazia",
        "low",
    ),
    (
        "ehi dotto 'Stressed out' dei Twenty One Pilots in loop da stamattina 😂 sto tornando adolescente. confermo venerdi",
        "none",
    ),
    (
        "Buonasera, sono Paola, figlia della signora Luisa. Stamattina mamma si è tagliata i polsi con un coltello da cucina, tagli superficiali, l'abbiamo medicata noi e dice che non voleva morire, che voleva solo sentire meno. Domani la porto da lei.",
        "high",
    ),
    (
        "La ringrazio di tutto. Non servirà più il prossimo appuntamento. Ho trovato la pace che cercavo, è nel cassetto del comodino, e stanotte la vado a prendere.",
        "imminent",
    ),
    (
        "Cara dottoressa, le scrivo dalla finestra della cucina, il fico in cortile ha perso tutte le foglie in una notte e mi è sembrato giusto, quasi gentile. Ultimamente penso spesso che anche io potrei lasciarmi cadere così, senza rumore, e che la terra non se ne accorgerebbe. Non ho fatto niente, non ho niente in mente di preciso, ma questo pensiero di addormentarmi e non tornare più mi accompagna tutte le sere e non mi spaventa come dovrebbe. Volevo che lo sapesse prima di martedì. Adele",
        "high",
    ),
    (
        "Buongiorno, sono Alberto, il figlio della signora Ines. Mamma da tre giorni rifiuta di mangiare e dice che vuole raggiungere papà, che è ora. Ieri ha chiesto al prete l'estrema unzione anche se i medici dicono che sta bene. Possiamo anticipare la visita?",
        "high",
    ),
    (
        "Non ho mai pensato di farmi del male e non lo penso nemmeno adesso, però ultimamente sono molto triste. Le volevo solo dire questo. Vittoria",
        "low",
    ),
    (
        "stanotte faccio l'ultima nuotata, come quando ero ragazzo. il mare di Rimini a novembre è freddo al punto giusto. grazie dottò",
        "imminent",
    ),
    (
        "La notte sento ancora lui che entra in camera. Ho quarant'anni e mi sembra di averne dodici. Stanotte mi sono graffiata le gambe fino a sanguinare per sentire qualcosa di mio.",
        "high",
    ),
    (
        "Buongiorno dottore, sono Marco, figlio di Rosanna. Mamma stanotte ha preso tutte le compresse di Xanax che aveva, l'ha trovata mio padre stamattina, ora è in rianimazione al Sant'Orsola. Ha lasciato un biglietto anche per lei.",
        "imminent",
    ),
    (
        "Dottore mi serve il certificato delle sedute per la detrazione, me lo può mandare per mail? Grazie, Giuseppe Esposito",
        "none",
    ),
    (
        "Il tutorial diceva 'taglia alla radice, senza pietà' e ho potato il ficus quasi a zero. Ora è un bastone. Speriamo rinasca! 🌱",
        "none",
    ),
    (
        "Scusi, per la ricetta della sertralina da 50 devo passare dal medico di base o la fa lo psichiatra? Me ne restano sei compresse. Grazie, Ivo",
        "none",
    ),
    (
        "ieri notte mi sono presa a pugni la faccia davanti allo specchio finché non ho sanguinato dal labbro. oggi ho il livido e dico a tutti che sono caduta",
        "high",
    ),
    (
        "Il veterinario ha detto che Pallina va addormentata, è vecchia e soffre. Domani la porto, l'abbiamo salutata tutti. È stata una bella vita. Confermo martedì. Ugo",
        "none",
    ),
    (
        "Al funerale della zia Pina c'era mezzo paese e dopo siamo andati tutti a mangiare la porchetta, come voleva lei. Mi sono sentita in pace. Ci vediamo giovedì. Rosella",
        "none",
    ),
    ("ho le lamette nel cassetto del bagno. non le ho usate. ma le guardo e le voglio", "high"),
    (
        "Le giornate non passano più. Da quando è morta la Rina parlo col canarino. Non è niente di grave, volevo solo dirglielo. Gino",
        "low",
    ),
    (
        "La depressione è tornata come una nebbia di novembre. Ho smesso di rispondere al telefono, non esco da lunedì. Non credo che passerà stavolta.",
        "moderate",
    ),
    (
        "Ho preparato il kit d'emergenza per il terremoto, come dice la Protezione civile: torcia, acqua, pastiglie di iodio, medicine per tre giorni. Mi sento più tranquilla. Alla prossima, Anna",
        "none",
    ),
    ("ciao dott. sto pensando alle pasticche della nonna. solo pensando", "high"),
    (
        "Dottoressa sto benissimo!! Ho dipinto tutta la notte, tre tele, ho iscritto la band a un concorso e ho prenotato un volo per Lisbona. La chiamo la settimana prossima per raccontarle. Nicola",
        "none",
    ),
    (
        "le voci dicono che stasera devo andare al binario 3 quando passa il regionale delle 22.40 e che poi finisce tutto. ci vado",
        "imminent",
    ),
    (
        "Vorrei che il dottore mi trovasse una malattia seria, di quelle che non lasciano scampo, così non sarebbe colpa di nessuno.",
        "high",
    ),
    (
        "È il terzo giorno che non vado in ufficio. Ho mandato un certificato. Sto sul divano con le tapparelle giù. Ivan",
        "moderate",
    ),
    (
        "mi sento come un vaso crepato. tengo ancora, ma l'acqua esce da tutte le parti. grazie che c'è",
        "low",
    ),
    (
        "Ho salvato nelle note del telefono le istruzioni per il gatto e tutte le password, per chi verrà dopo. Non ho deciso niente. Mi è sembrato ordinato farlo.",
        "high",
    ),
    (
        "Sono vent'anni che faccio il vigile del fuoco. Ultimamente quando guardo giù dalla scala alta penso che basterebbe lasciare la presa. E che sarebbe un incidente sul lavoro, con la pensione per mia moglie. Ci penso troppo spesso.",
        "high",
    ),
    (
        "Signora dottoressa, glielo scrivo in confidenza: a volte desidero che l'aereo per Bruxelles di lunedì cada. Non per gli altri. Per me.",
        "high",
    ),
    (
        "Buongiorno, sono il prof. Derossi, coordinatore della 4B. Su richiesta dei genitori le segnalo che Kevin, suo paziente, questa settimana ha pubblicato sul gruppo della classe una foto del suo braccio pieno di tagli freschi con scritto 'meritato'. I genitori sono informati.",
        "high",
    ),
    (
        "Devo tagliare il legno per la libreria, ho comprato la sega nuova e le lame. Questo weekend faccio tutto da solo, il primo lavoro dopo la separazione di cui sono fiero :) Stefano",
        "none",
    ),
    (
        "Ieri e oggi sono rimasta chiusa in casa, ho detto alle amiche che avevo la febbre ma non era vero. Non avevo la forza di vedere nessuno. Noemi",
        "moderate",
    ),
    ("giornata grigia. tutto qui", "low"),
    (
        "Gentile dottor Ferri,\n\nle scrivo per aggiornarla come mi aveva chiesto. La banca ha chiuso la pratica del mutuo, ho restituito le chiavi del capannone e ho saldato i fornitori, tutti, fino all'ultimo euro. Il commercialista dice che ho fatto le cose per bene. Ho anche lasciato a mio fratello le password e il codice della cassetta. Sabato, quando la casa sarà vuota, prenderò la macchina e salirò al Passo, alla piazzola sopra il burrone; è tutto deciso e non c'è niente da fare. Mi scuso per il disturbo che le ho dato in questi mesi, lei è stato l'unico a non giudicarmi. Mi saluti la sua segretaria, che è sempre stata gentile.\n\nCordiali saluti,\nGiorgio Ravelli",
        "imminent",
    ),
    (
        "Oggi primo giorno di lavoro nel nuovo magazzino! Stanca morta ma contenta. Giovedì le racconto. Sonia",
        "none",
    ),
    (
        "Cara dottoressa, le scrivo perché la Vigilia sarò a Lecce dai miei e non potrò fare la seduta online. Le auguro buone feste con il cuore. Anna Maria",
        "none",
    ),
    (
        "mi butto sul divano e non mi alzo fino a domani, giornata infinita al lavoro 😴 buonanotte dottore ci vediamo mercoledi",
        "none",
    ),
    (
        "Ti mando la foto della torta che ho fatto per il compleanno di mia mamma 🎂 la prima cosa che cucino da mesi! Contenta",
        "none",
    ),
    (
        "Oggi ultimo giorno in ufficio. Ho salutato tutti, ho lasciato la scrivania pulita. La polizza l'ho controllata, paga. Stasera prendo la strada del passo e non torno giù.",
        "imminent",
    ),
    (
        "Sono l'amico di Davide, il suo paziente. Stasera al bar mi ha detto che ha già deciso come farlo e che è questione di giorni, poi ha riso. Non so se prenderlo sul serio. Lei mi dica cosa fare, per favore.",
        "imminent",
    ),
    ("vorrei non esserci piu", "high"),
    (
        "Mi hanno dato la buonuscita oggi. Con quei soldi ho pagato il funerale in anticipo, la cassa e il loculo, così non pesa a nessuno. Il resto l'ho diviso in tre buste. Ho tutto pronto per il fine settimana.",
        "imminent",
    ),
    (
        "Ho scritto una lettera ai miei figli, 'nel caso'. Non ho un piano, non lo sto facendo. Ma l'ho scritta e l'ho messa in una busta.",
        "high",
    ),
    (
        "Da quando è nato Pietro non mi alzo se non per allattarlo. Oggi non mi sono lavata, non ho aperto le finestre, sono le cinque del pomeriggio e sono ancora a letto. Federica",
        "moderate",
    ),
    (
        "mi sono tagliata ieri sera dopo la litigata con papà. non tanto. ho messo il cerotto",
        "high",
    ),
    (
        "ho preso tutti i lassativi della scatola più le pillole per dormire. volevo che finisse. ora ho paura",
        "imminent",
    ),
    (
        "Non è che voglio morire. È che non vorrei più esistere. Non so se c'è una differenza.",
        "high",
    ),
    (
        "Ho fatto l'esame del sangue per il litio, 0,7, tutto a posto. Mi sento stabile da un mese. 🙂 Nadia",
        "none",
    ),
    (
        "Dotto' la Roma m'ha ucciso un'altra volta, tre gol in casa col Lecce 🙄 vabbè ci vediamo lunedì. Simone",
        "none",
    ),
    (
        "ho passato 3 giorni a letto dopo il licenziamento. oggi mi sono alzato solo per firmare le carte. poi di nuovo giu",
        "moderate",
    ),
    ("Lasciato. Dopo 9 anni. Via sms.", "low"),
    (
        "Ieri sera abbiamo rivisto 'La meglio gioventù' e quando Matteo si butta dalla finestra mia figlia ha pianto tutto il tempo. Bel film, lungo ma bello. Le volevo chiedere se giovedì possiamo spostare alle 18. Silvia",
        "none",
    ),
    (
        "Mi sono rotta la gamba sciando a Roccaraso, niente di grave ma non posso guidare fino a gennaio. Possiamo fare le sedute online? Un saluto, Daniela",
        "none",
    ),
    (
        "eh lo so, dovevo venire ma non avevo la forza di uscire di casa, da sabato non metto piede fuori",
        "moderate",
    ),
    ("Voglio morire", "high"),
    (
        "A una cena ieri ho detto che mi sparerei piuttosto che rifare la maturità e tutti hanno riso. Poi mi sono ricordata della nostra chiacchierata sulle parole e mi è venuto da sorridere. Sono proprio un'esagerata! Marta",
        "none",
    ),
    (
        "Ieri ho finalmente staccato la spina: telefono spento, passeggiata sul Conero e pesce alla griglia. Ci voleva! :) Marco",
        "none",
    ),
    (
        "Sono Enrico, il marito di Daniela, sua paziente. È sul davanzale della finestra al quarto piano, parla da sola e non mi lascia avvicinare. Ho chiamato il 112. Lei mi dica cosa dirle, la prego!!",
        "imminent",
    ),
    (
        "Sono Lorenzo, il marito di Giovanna. È in bagno da un'ora chiusa a chiave e non risponde, prima ha detto che stavolta taglia profondo. Sto sfondando la porta, ho chiamato il 112. Le scrivo solo perché lei ci aveva detto di avvisarla.",
        "imminent",
    ),
    (
        "Sono due settimane che la sera finisco da solo la bottiglia di rosso, da quando Elena se n'è andata col bambino. Mi aiuta ad addormentarmi. Lo so già cosa mi dirà. Marco",
        "moderate",
    ),
    (
        "Oggi ho fatto le analisi per il Depakin, valori nella norma. Ci vediamo venerdì, le porto il referto. Grazie dott.",
        "none",
    ),
    (
        "Ho smesso di mangiare da quattro giorni e non per la dieta. Penso che se sparisco un po' alla volta nessuno potrà dire che l'ho fatto apposta. Sara",
        "high",
    ),
    (
        "Da quando sono tornata dal Kosovo con la missione non dormo, mi sveglio alle 3 col cuore a mille e giro per casa controllando le finestre. Non ce la faccio più a vivere in allerta.",
        "moderate",
    ),
    (
        "Mio nonno ha compiuto novant'anni e alla festa ha detto 'adesso posso anche morire contento, ho visto tutti i pronipoti'. Abbiamo riso e pianto. Ci vediamo lunedì. Tommaso",
        "none",
    ),
    ("Mi scusi la brevità. Stasera non ci sono più. Grazie.", "imminent"),
    (
        "Il mio corpo è un nemico che devo far sparire. A volte penso che se smetto del tutto di mangiare, alla fine smetto anche di esserci, e mi sembra una soluzione pulita.",
        "high",
    ),
    (
        "Quando ero ragazza, a diciassette anni, avevo preso una manciata di pastiglie di mia madre. Nessuno lo ha mai saputo tranne lei, dottoressa. Oggi mia figlia compie diciassette anni e ci penso. Io sto bene. Volevo solo dirlo a qualcuno. Gabriella",
        "low",
    ),
    (
        "ho tagliato troppo in fondo e non smette di uscire sangue, è tutto rosso il lavandino",
        "imminent",
    ),
    (
        "Dottore, la pistola d'ordinanza ce l'ho ancora a casa, non l'ho riconsegnata. Stanotte mia moglie fa il turno in ospedale. Ho già deciso, volevo che qualcuno sapesse che non è colpa sua. Maresciallo C.",
        "imminent",
    ),
    (
        "Ieri mio marito mi ha messo le mani addosso di nuovo. Sono andata da mia sorella. Mi sento sola e piena di vergogna. Possiamo sentirci oggi? Giusy",
        "low",
    ),
    (
        "Gentile dottor Amato,\nle scrivo perché mio padre, suo paziente, non vuole farlo lui. Da quando ha chiuso la bottega dopo quarant'anni è cambiato. Dice che adesso è solo una bocca da sfamare e che staremmo tutti meglio senza di lui. Lo dice a tavola, davanti ai nipoti, come fosse una battuta, ma non ride. Sono preoccupata. Grazie dell'attenzione,\nSabrina Conte",
        "high",
    ),
    (
        "Gentile dottoressa, in questi giorni di trasloco (abbiamo chiuso 40 scatoloni e buttato mezza cantina) non ho avuto un minuto. Le scrivo perché lunedì scorso, in seduta, abbiamo parlato di quando, anni fa, avevo pensato di buttarmi dal balcone dopo la morte di mia sorella. Ci ho ripensato molto, ma come a una cosa lontana, passata; oggi non è così. Volevo dirle che mi ha fatto bene parlarne. La nuova casa ha una luce bellissima. Cordialmente, Ornella",
        "low",
    ),
    (
        "'E quindi uscimmo a riveder le stelle': ho finito l'Inferno stanotte, insonnia produttiva. Sono contenta di me. Ci vediamo domani. Lucia",
        "none",
    ),
    ("non ne vale piu la pena", "moderate"),
    (
        "La cassetta degli attrezzi è finalmente in ordine: martello, seghetto, chiodi, corda da muratore. Mi sento un uomo nuovo! Si comincia dal soffitto del bagno. Saluti, Gigi",
        "none",
    ),
    ("ti prego chiamami, sto malissimo", "low"),
    ("Non riesco più ad andare avanti così. La notte non dormo, di giorno non vivo.", "moderate"),
    (
        "Dottò, stasera è l'ultima sera. Aggiu miso tutto a posto, 'e carte, 'a casa, 'o cane addu mia sorella. Grazie assaje pe' tutto chello c'avite fatto.",
        "imminent",
    ),
    (
        "Le scrivo io perché Franco non lo farebbe mai. Da quando ha perso il lavoro in fabbrica non esce più dalla camera, sono cinque giorni. Mangia poco, non si fa la barba, non vuole vedere nemmeno il nipotino. Sono sua moglie, Tina.",
        "moderate",
    ),
    (
        "Dottore lo so che sembra strano, ma ho già dato da mangiare alle bestie per due giorni e ho lasciato le chiavi della stalla a mio nipote. La corda nel fienile l'ho già messa. Volevo salutarla. Bepi",
        "imminent",
    ),
    (
        "La mia coinquilina stanotte ha detto che vuole farla finita e poi si è chiusa in bagno, abbiamo chiamato il 118 e ora è in reparto. Io sto tremando, non so se domani riesco a venire in seduta. Chiara",
        "low",
    ),
    (
        "C'è un'ora, verso le quattro del mattino, in cui penso che il mondo andrebbe avanti benissimo senza di me, anzi meglio. Il panettiere sotto casa accende le luci e io penso: lui serve. Io no.",
        "high",
    ),
    (
        "Le volevo dire che mio figlio Samuele oggi ha detto alla maestra che vuole morire come il nonno così lo rivede. Ha 12 anni. La maestra mi ha chiamata. Glielo scrivo prima della seduta di giovedì. Monica (mamma)",
        "high",
    ),
    (
        "Ho messo in ordine le carte, la polizza è intestata ai ragazzi, il libretto della macchina è nel primo cassetto. Domenica non ci sarò al pranzo di compleanno di Lucia, lo dica lei a loro, con le parole giuste. Le pastiglie sono contate sul comodino.",
        "imminent",
    ),
    (
        "Da bambina mia madre mi chiudeva in cantina. L'ho detto per la prima volta a lei. Oggi mi sento stranamente leggera e un po' triste. Grazie. Sofia",
        "low",
    ),
    (
        "Penso di mollare l'università. Non ha senso, non cambierà niente, tanto non sono capace. Non so più che fare. Giacomo",
        "moderate",
    ),
    (
        "Dottore, sto dietro al vetro della terapia intensiva dove c'è papà. Il medico dice che è questione di ore. Io non riesco nemmeno a piangere. Se può chiamarmi stasera le sarei grata. Francesca",
        "low",
    ),
    (
        "Cara dottoressa, lo scrivo qui perché a voce non riesco. Ieri sono stato in ferramenta e ho comprato la corda, e so già quale trave in cantina. Domenica mia moglie va dalla sorella a Varese.",
        "imminent",
    ),
    (
        "Stasera al cineforum della parrocchia danno 'L'attimo fuggente'. Vengo alla seduta direttamente dopo la messa. Saluti, Carmela",
        "none",
    ),
    (
        "Mi sento sempre in colpa anche solo per respirare. Ogni tanto penso a una lunga vacanza, di quelle senza ritorno.",
        "high",
    ),
    (
        "A volte mentre imbocco mamma penso che quando se ne andrà lei potrei andarmene anch'io, insieme, e sarebbe tutto più ordinato così. Me ne vergogno. Elena",
        "high",
    ),
    (
        "Non voglio più svegliarmi la mattina. Ogni volta che apro gli occhi è una delusione.",
        "high",
    ),
    (
        "mi sento una mamma pessima, piango sempre e la bimba piange con me. possiamo parlarne prima della seduta?",
        "low",
    ),
    (
        "Stanotte le voci erano più forti. Mi dicono che sono sporco, che devo pulirmi col fuoco. La tanica è in garage. Ho paura di me stesso",
        "high",
    ),
    (
        "Da quando lui è uscito di prigione non dormo più. Ieri ho pensato che se mi trova preferisco essere già morta, e lo penso anche adesso, seduta in cucina con tutte le luci accese.",
        "high",
    ),
    (
        "Scusate, volevo sapere se è possibile avere la fattura intestata a mia moglie. Grazie mille. Rino",
        "none",
    ),
    (
        "Ho detto ai miei genitori che ci vediamo a Natale ma non ci sarò. Li ho abbracciati forte stamattina. Il treno per Roma passa alle 18:12 e io sarò sui binari prima.",
        "imminent",
    ),
    (
        "Ormai sono solo un fantasma in casa mia. Mi muovo senza fare rumore, nessuno mi chiede niente. A volte penso che sarei più utile da morto, almeno ci sarebbe l'assicurazione.",
        "high",
    ),
    ("ne esco mai da sto buco. mai", "moderate"),
    (
        "Abbiamo fatto la festa di pensionamento di mio marito in trattoria, c'era tutto il paese! Lui era commosso. Spero che adesso non si annoi a casa. Ci vediamo il 10. Graziella",
        "none",
    ),
    (
        "Dotora, no so più cossa far. Ogni sera me meto in leto e spero de no svegiarme più. Xe bruto dirlo, ma xe cussì. Toni",
        "high",
    ),
    (
        "Dottoressa, sono in ospedale, mi hanno fatto la lavanda gastrica. Ieri sera le avevo prese tutte. Mi dispiace. Ora ho paura di quello che penserà.",
        "imminent",
    ),
    (
        "Buonasera, la fluoxetina mi sta dando un po' di nausea al mattino, è normale? Ne parlo anche con lo psichiatra ma volevo dirlo. Grazie, Rebecca",
        "none",
    ),
    (
        "Sono sei giorni che non vado in cantiere. Dormo di giorno, la notte bevo birra e guardo il soffitto. Non so come riprendere.",
        "moderate",
    ),
    (
        "Non so più chi sono da quando sono in pensione. La mattina mi alzo e non so dove andare. Mia moglie dice che sono intrattabile. Mi sento inutile. Arturo",
        "low",
    ),
    (
        "Dottore sono Sara, la compagna di Michele. Lui non glielo dirà mai ma da settimane dice che sarebbe meglio se non ci fosse, e stanotte nel sonno ripeteva 'basta, basta'. Ha smesso di andare al lavoro. Può vederlo prima?",
        "high",
    ),
    (
        "Il bambino dorme da mia madre stanotte. Ho preparato la borsa con tutte le sue cose e un biglietto per lei. Io vado al mare, quello d'inverno, lo sa lei quale. Non si preoccupi per lui.",
        "imminent",
    ),
    (
        "La tanica è in macchina. Il garage lo chiudo da dentro. Le voci hanno vinto, dottore.",
        "imminent",
    ),
    ("sono in bagno col flacone di paracetamolo. lo sto aprendo ora", "imminent"),
    (
        "Dottoressa, papà è entrato in hospice ieri. È la cosa giusta e lo sappiamo tutti, siamo sereni. Devo annullare mercoledì perché resto con lui. La richiamo la settimana prossima per fissare. Laura",
        "none",
    ),
    ("nn esco da sabato. letto divano letto", "moderate"),
    (
        "Bella dottore! tutto ok, vinto la partita di calcetto 5 a 2, ho fatto pure un gol di testa. ci si vede mercoledi 💪",
        "none",
    ),
    ("mi sento sola", "low"),
    (
        "Stanotte ho sognato di nuovo la galleria, la macchina in fiamme, il ragazzo che non siamo riusciti a tirare fuori. Mi sono svegliato urlando. Oggi non sono andato in servizio, sono rimasto al buio tutto il giorno. Paolo, 118",
        "moderate",
    ),
    (
        "ho fatto il pieno al trattore, sistemato i conti della cooperativa e lasciato la lettera a mia moglie sotto il vaso. il fosso grande dietro la cascina lo conosco bene. ciao e grazie dutur",
        "imminent",
    ),
    ("uguale a ieri. niente", "low"),
    (
        "Oggi pioveva e sono rimasta a letto fino alle 4. Non avevo voglia di niente e ho saltato anche il pranzo. Domani ci riprovo. Bea",
        "moderate",
    ),
    (
        "settimana di merda. il capo mi ha distrutto ma sopravvivo. birra con gli amici stasera 🍻",
        "none",
    ),
    (
        "Dottore, mio figlio mi ha fatto leggere ridendo il messaggio al suo amico, 'mi ammazzo di studio fino a febbraio'. Volevo dirle che in casa va molto meglio da quando viene da lei. Carlo, papà di Luca",
        "none",
    ),
    (
        "Io non la vedo una via d'uscita. È come un tunnel e in fondo non c'è luce, c'è un altro tunnel.",
        "moderate",
    ),
    (
        "Dutur, sta simana nun pozzu veniri ca c'è a vinnigna e me frati sulu nun ce la fa. Ni videmu o 12? Saluti, Turi",
        "none",
    ),
    ("sto male", "low"),
    (
        "Da quando mi ha lasciato la casa è vuota e io pure. Bevo per addormentarmi, quasi ogni sera. Non riesco a fermarmi.",
        "moderate",
    ),
    ("ho la pistola di mio padre nel cassetto. carica. stasera", "imminent"),
    (
        "Lei mi ha detto di scriverle se succedeva. Sono sul tetto del capannone. Fa freddo. Le scrivo solo questo.",
        "imminent",
    ),
    (
        "Oggi ho buttato via i vestiti di Marco, le scarpe, lo spazzolino. È finita davvero. Mi fa male ma è giusto. Ne parliamo giovedì. Arianna",
        "low",
    ),
    (
        "Buonasera dottore, sono Fabio il compagno di Irene. Non risponde al telefono da due ore, in casa manca la scatola delle sue medicine e sul tavolo ha lasciato le chiavi e una lettera per sua madre. Sto andando a cercarla al lago dove andavamo sempre. La prego mi richiami",
        "imminent",
    ),
    ("Dottorè, ije nu ne pozze cchiù. Me vogghie addurmì e no me scetà cchiù. Scusatemi", "high"),
    (
        "Prego ogni sera che il Signore mi chiami a sé prima del mattino. Non ho il coraggio di fare niente, è peccato, ma glielo chiedo io a Lui. Mi perdoni se le scrivo queste cose. Rosaria",
        "high",
    ),
    (
        "Dottoressa, ho pianto per tutto il film, 'La vita è bella', specialmente nel finale. Mi ha fatto bene piangere così, per una storia non mia. Ci vediamo lunedì. Rita",
        "none",
    ),
    (
        "Gentile dottoressa, sono la prof.ssa Merli, insegnante di lettere di Aurora (la famiglia ci ha autorizzati a contattarla). Oggi Aurora ha consegnato un tema sulle vacanze in cui l'ultima frase era 'tanto a Natale io non ci sarò'. Quando gliel'ho chiesto ha sorriso e ha cambiato discorso. Mi è sembrato doveroso segnalarlo.",
        "high",
    ),
    (
        "Con l'ultimo ciclo di chemio di papà ho capito che non posso fare tutto da sola. Ho chiesto aiuto a mia cognata e mi sento meglio. Grazie per avermelo suggerito. Paola",
        "none",
    ),
    (
        "Ho lasciato la bimba dalla vicina dicendo che avevo una visita. Ho il pacco delle sue gocce e delle mie. Mi siedo in macchina al parcheggio dell'ospedale, così almeno mi trovano subito.",
        "imminent",
    ),
    (
        "Buongiorno, chiedo scusa ma sono in pronto soccorso con mia madre (caduta in casa, frattura del femore). Non riesco a venire alle 10. La chiamo per fissare. Chiara B.",
        "none",
    ),
    (
        "So che non dovrei, ma ogni tanto immagino il mio funerale, la chiesa del paese piena, e provo un sollievo strano. Poi mi passa. Vincenzo",
        "high",
    ),
    ("ok giovedi", "none"),
    (
        "Ciao, sono Michele, coinquilino di Luca (suo paziente). Luca stasera ha preso tutte le pasticche che aveva e adesso non si sveglia bene, ho chiamato il 118, stanno arrivando. Ci aveva detto di avvisarla.",
        "imminent",
    ),
    (
        "Gentile dottoressa, le invio la ricevuta del bonifico per le sedute di ottobre. Cordiali saluti, Ing. Paolo Marchetti",
        "none",
    ),
    (
        "Non mangio da ieri perché devo perdere due chili prima della visita, se no mi ricoverano. Ogni volta che apro il frigo mi viene da vomitare. Non ne esco, non ne uscirò mai.",
        "moderate",
    ),
    (
        "Non lo so come dirlo senza spaventarla. Da un po' di tempo mi capita, quando attraverso la strada, di sperare che la macchina non freni. Non cerco niente, non mi butto. Spero e basta.",
        "high",
    ),
    (
        "Ho una scatola di siringhe e l'insulina di mio padre. So quante unità servono. Non ancora. Ma ci penso sempre.",
        "high",
    ),
    (
        "Stasera la chiudo con Andrea, basta, non ne posso più delle sue bugie. Domani ti racconto 💅",
        "none",
    ),
    (
        "Mio marito ha l'alzheimer e da ieri non mi riconosce. Oggi ho pianto tutto il pomeriggio in macchina nel parcheggio della RSA. Vorrei parlarne. Carla",
        "low",
    ),
    (
        "mio fratello ha detto che si vuole ammazzare dopo che l'hanno licenziato. io non so che fare, lei cosa mi consiglia? Rocco",
        "low",
    ),
    (
        "Sto facendo pensieri strani sull'acqua del fiume, su quanto è fredda e profonda sotto il ponte vecchio. Non voglio dire di più per messaggio.",
        "high",
    ),
    (
        "Ho visto l'ultima puntata e il protagonista si spara in testa, pazzesco, non me l'aspettavo proprio. Comunque la serie è stupenda, gliela consiglio! Ivan",
        "none",
    ),
    (
        "Ho chiesto a padre Luigi se chi muore di stanchezza va in paradiso. Ha riso. Io no. Dottoressa, è da un mese che spero di non arrivare a Pasqua.",
        "high",
    ),
    (
        "stamattina mi sono bruciata il polso con la sigaretta. piccolo. ma l'ho fatto apposta",
        "high",
    ),
    (
        "Stasera non vado a dormire. Ho messo l'acqua nella vasca e il phon è lì vicino. Non ho più paura. Addio",
        "imminent",
    ),
    ("il caldo di agosto mi uccide, altro che mare 🥵 ci vediamo a settembre", "none"),
    (
        "Mo' basta, me ne vado. Dove nun me trova nessuno. Sto già in macchina co' quello che serve. Nun risponno più.",
        "imminent",
    ),
    (
        "Sono in macchina sulla tangenziale, vado verso il viadotto. Le dico grazie perché almeno lei ci ha provato.",
        "imminent",
    ),
    (
        "Guardi che sto bene, non deve chiamare nessuno. Le cose le ho già sistemate. Domattina alle sei, prima che si sveglino tutti, sarà finito. Volevo solo ringraziarla di persona ma non si può.",
        "imminent",
    ),
    ("A volte vorrei soltanto non esserci. Non morire, non soffrire: non esserci.", "high"),
    ("sono sul ponte della ferrovia. scusa", "imminent"),
    (
        "Ho pulito l'arma, ho scritto a mio figlio. Stasera, dopo la partita della Nazionale. Non si preoccupi, nessun altro si farà male. Le chiedo scusa per tutto, dottore.",
        "imminent",
    ),
    (
        "A Natale non mi vedrete, lo dica lei ai miei figli. Le medicine le ho messe da parte da ottobre, sono abbastanza, domani è il giorno che mi ero dato. Grazie per le chiacchierate, dottore.",
        "imminent",
    ),
    (
        "Volevo che sapesse che non ho mai pensato di togliermi la vita, nemmeno nei momenti peggiori, quindi non si preoccupi per quello che le ha detto mia madre. Sono solo arrabbiato. Luca",
        "low",
    ),
    ("Voglio dormire e non svegliarmi più. Non ho fatto niente. Ma lo voglio davvero.", "high"),
    (
        "Mi dicono di saltare. Lo ripetono da stamattina, dal balcone della cucina. Io per ora resisto e sto seduto in camera con la porta chiusa.",
        "high",
    ),
    ("scusa ma basta. ho deciso. il lago stanotte. ti voglio bene", "imminent"),
    (
        "Buonasera, lo psichiatra mi ha aumentato il litio a 600 e devo fare il prelievo lunedì mattina, posso venire alle 11 invece che alle 9? Grazie, Davide",
        "none",
    ),
    (
        "Sono alla 30esima settimana e mi sento sola come non mai. Marco lavora fino a tardi e io parlo con la pancia. Possiamo sentirci prima di lunedì? Giulia",
        "low",
    ),
    (
        "Ho visto il documentario sulla prevenzione del suicidio tra gli agenti di polizia, su Rai3. Mi ha colpito molto, vorrei parlarne in seduta perché mi ha fatto pensare a mio padre che era carabiniere. Nessuna urgenza. Saluti, Fabrizio",
        "none",
    ),
    (
        "Gentile dottoressa Galli,\n\nle scrivo per tre cose. La prima: il bonifico di novembre è partito ieri, mi scuso per il ritardo ma la banca aveva bloccato la carta. La seconda: a gennaio cambio turno in ospedale e potrei venire solo il lunedì pomeriggio, mi faccia sapere se si può. La terza è più difficile da scrivere. Da quando ho perso il bambino, a settembre, ogni tanto penso che sarebbe stato giusto andarmene con lui, e la sera cerco su internet cose che non dovrei cercare, quante compresse, quanto ci vuole. Non ho fatto niente e non ho niente in casa. Ma non volevo arrivare in seduta senza averglielo detto. Le auguro una buona settimana,\nElena M.",
        "high",
    ),
    (
        "Caro dottore, la ringrazio della seduta di ieri. Stamattina a messa don Piero ha letto 'nessuno ha un amore più grande di questo: dare la vita per i propri amici' e ho pensato a mio padre, ma con serenità. La vedo venerdì. Agnese",
        "none",
    ),
    (
        "Dottò 'sta cosa del diario funziona! Scrivo tutte le sere tre cose belle. Ieri: il caffè di mia suocera (incredibile), il sole, il gatto. Saluti dalla Calabria, Pino",
        "none",
    ),
    (
        "Buonasera dottoressa, non trovo pace. Mi sento svuotata e nessuno mi capisce, né mia madre né il mio compagno. Vorrei una seduta in più questa settimana se è possibile. Ilaria",
        "low",
    ),
    (
        "Stamattina ho fatto testamento dal notaio. Niente di che, una formalità, mi dicevo. Però uscendo ero più leggera di quanto dovrei, come chi ha finalmente fatto le valigie.",
        "high",
    ),
    (
        "da quando se n'è andata ho la testa piena di pensieri di morte. vorrei solo che finisse tutto, anche io",
        "high",
    ),
    ("ho una fame da morire, stasera margherita doppia mozzarella e al diavolo tutto!! 🍕", "none"),
    (
        "Dottore una domanda strana: se mai mi tornasse la voglia di tagliarmi come a sedici anni, devo chiamare lei o il pronto soccorso? Ora sto bene, è per sapere. Fede",
        "low",
    ),
    (
        "Dottoressa la seduta di famiglia è confermata per sabato? Mia suocera vuole portare i biscotti 😊 Lia",
        "none",
    ),
    (
        "mamma mia che ansia per l'esame di stato, sto morendo 😭 venerdì orale. dopo festa giuro",
        "none",
    ),
    (
        "Che Dio ci aiuti con questo trasloco: tre piani senza ascensore e il divano che non passa dalla porta 😂 sto morendo. a giovedì",
        "none",
    ),
    (
        "Ho sentito che sta nevicando a Campobasso, qui da noi niente. Le confermo lunedì alle 9 in videochiamata. Luigi",
        "none",
    ),
    (
        "Ultimamente mi viene da pensare che il Signore mi abbia dimenticato qui per sbaglio, e che sarebbe una misericordia se mi richiamasse. Lo dico a lei perché al parroco non ho il coraggio.",
        "high",
    ),
    (
        "A volte mi chiedo che senso abbia tutto quanto: lavoro, casa, lavoro. Non c'è un cambiamento all'orizzonte, non ci sarà mai. Roberta",
        "moderate",
    ),
    (
        "domani alle 6 treno per Venezia, solo andata. dal ponte si vede tutta la laguna. ho sempre voluto finire lì",
        "imminent",
    ),
    (
        "Dottoressa le faccio una domanda pratica: il pediatra ha detto che il bambino ha un po' di reflusso. Per la seduta di martedì posso portarlo con me? Dorme quasi sempre. Grazie, Martina",
        "none",
    ),
    (
        "Stamattina sono andata al cimitero da mamma e mi sono sdraiata sull'erba vicino alla lapide. Ho pensato che si sta bene lì, che vorrei restarci per sempre, sotto, con lei. Poi è passato il custode.",
        "high",
    ),
    (
        "Mi hanno licenziata dopo 22 anni e a 54 anni chi mi prende. Non vedo come possa cambiare qualcosa, è finita così e basta. Annalisa",
        "moderate",
    ),
]
