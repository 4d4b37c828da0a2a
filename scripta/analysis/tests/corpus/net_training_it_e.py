"""Training-only messages for the learned risk net (bench/train_risk_net.py), author E.

Italian everyday messages (level none) that use the words and turns of phrase of crisis messages in
their everyday sense (a schedule, a trip, a move, a project ended, ordinary medication).
Written fresh on 2026-11-26 by an author who read only GUIDELINES.md (never the engine, its
lexicon, its tests or the corpus sources); fictional. Not part of the labelled corpus.
226 messages, all none.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Dottoressa, sarebbe più facile per tutti se venerdì non ci fossi: ho il trasloco dell'ufficio. Possiamo spostare a lunedì alle 18?",
        "none",
    ),
    (
        "Guardi, sarebbe tutto più semplice se giovedì io non ci fossi proprio, così mio fratello usa la stanza per il colloquio online. Ci vediamo martedì come sempre?",
        "none",
    ),
    (
        "Finalmente da lunedì non sono più reperibile! Basta telefono acceso di notte per i server 🎉",
        "none",
    ),
    (
        "Niente reperibilità questo weekend, il turno l'ha preso Marco. Sabato mattina sono libera per la seduta.",
        "none",
    ),
    (
        "Per allora sarò già partito: il volo per Lisbona è il 12 mattina. Mi manda la fattura via mail?",
        "none",
    ),
    (
        "Quando arriva il corriere io non ci sarò più, sarò già in Puglia dai nonni. Ho detto di lasciarlo alla vicina.",
        "none",
    ),
    (
        "Ultima volta che sento quella sveglia alle 5:40! Da domani orario nuovo, entro alle 9 😄",
        "none",
    ),
    (
        "Stamattina è suonata per l'ultima volta la campanella delle 7:50 per me: da settembre insegno nel liceo sotto casa.",
        "none",
    ),
    (
        "Ho cancellato l'account di Facebook, era solo una perdita di tempo. Leggo molto di più la sera.",
        "none",
    ),
    ("Disinstallata l'app delle consegne: spendevo troppo in sushi 😅", "none"),
    (
        "Eliminato il profilo dall'app di incontri perché... mi sono fidanzata! Glielo racconto meglio giovedì 😊",
        "none",
    ),
    (
        "Ho deciso come e quando dirglielo: domenica a pranzo, con la torta, che aspettiamo un bambino 🥰",
        "none",
    ),
    (
        "Deciso tutto: a Natale comunico ai miei che mi sposo. Il come lo sa solo mia sorella 😉",
        "none",
    ),
    (
        "Stasera la chiudo con Davide, è finita e va bene così. Era ora, onestamente. Ne parliamo in seduta ma sono serena.",
        "none",
    ),
    ("L'ho finita!! La tesi è consegnata, 214 pagine, non ci credo 🎓", "none"),
    (
        "Basta, ho chiuso con le serie coreane: tre in una settimana, è ora di uscire di casa ogni tanto 😂",
        "none",
    ),
    (
        "La faccio finita con questa dieta: da lunedì si torna alla pasta come una persona normale 🍝",
        "none",
    ),
    (
        "Mollato il corso di spagnolo, non faceva per me. Mi iscrivo a ceramica il martedì sera.",
        "none",
    ),
    ("Finita anche l'ultima stagione di The Crown. E adesso cosa guardo la sera?", "none"),
    (
        "Voglio farla finita con questa storia del condominio: domani scrivo all'amministratore e chiudo la questione una volta per tutte.",
        "none",
    ),
    (
        "Sto mettendo in ordine le mie cose per il trasloco, 23 scatoloni e la cucina è ancora tutta da fare.",
        "none",
    ),
    (
        "Sto regalando un sacco di roba prima di trasferirmi a Torino: libri, la cyclette, due lampade. Mia cugina si prende il divano.",
        "none",
    ),
    (
        "Ho scritto le lettere di saluto per i colleghi, venerdì è il mio ultimo giorno in banca dopo 35 anni. Pensione! 🎉",
        "none",
    ),
    (
        "Festa d'addio in ufficio oggi, mi hanno regalato una bici da corsa per la pensione. Commossa e felice.",
        "none",
    ),
    (
        "Preparo i bigliettini di saluto per i miei alunni di quinta, a giugno lascio la scuola perché ci trasferiamo a Bologna.",
        "none",
    ),
    (
        "Le pillole nuove vanno prese prima o dopo i pasti? Sul bugiardino non è chiaro e la farmacia era chiusa.",
        "none",
    ),
    (
        "Il dottor Ferri mi ha abbassato la dose a mezza compressa, glielo scrivo così lo sa anche lei.",
        "none",
    ),
    (
        "Mi sono dimenticata le compresse a casa di mia madre: salto quella di stasera e riprendo domattina, o è meglio chiedere al medico?",
        "none",
    ),
    (
        "Ho portato con me tutte le pastiglie per il viaggio, anche quelle per il mal d'auto, stavolta niente sorprese 🚗",
        "none",
    ),
    (
        "Comprato il portapillole coi giorni della settimana, finalmente non mi confondo più con le compresse della pressione.",
        "none",
    ),
    (
        "Il ponte di Ognissanti lo passiamo a Siena, quindi salto la seduta del 2. Va bene il 9 alla solita ora?",
        "none",
    ),
    (
        "Sul ponte di Rialto c'era una folla incredibile, ma la foto al tramonto è venuta benissimo!",
        "none",
    ),
    (
        "Treno fermo sui binari vicino a Orte per un guasto, arrivo con 40 minuti di ritardo. Possiamo iniziare più tardi?",
        "none",
    ),
    (
        "C'erano gli operai sul tetto a sistemare le tegole, per questo non ho risposto: un rumore infernale.",
        "none",
    ),
    ("Dal balcone nuovo si vede tutto il golfo, le mando una foto dopo ☀️", "none"),
    (
        "Sul terrazzino ho piantato basilico e pomodorini, vediamo se sopravvivono al mio pollice nero 🍅",
        "none",
    ),
    ("Presa la corda nuova per arrampicare, sabato si va in falesia con Luca 🧗", "none"),
    (
        "Il coltello da pane nuovo taglia benissimo, finalmente fette dritte e non a trapezio.",
        "none",
    ),
    (
        "Per il compleanno di papà ho preso un rasoio elettrico, quello vecchio ha vent'anni e tira la barba.",
        "none",
    ),
    (
        "Non vedo l'ora di sparire una settimana al mare: niente mail, niente riunioni, solo ombrellone e ghiaccioli 🏖️",
        "none",
    ),
    (
        "Dormirei per sempre, questa settimana di turni di notte mi ha distrutta 😴 Comunque domani alle 10 ci sono!",
        "none",
    ),
    (
        "Voglio solo che smetta questo rumore: i lavori al piano di sopra vanno avanti da tre settimane 🔨",
        "none",
    ),
    (
        "Che smetta di piovere, per favore, ho il bucato in lavatrice da ieri e nessun posto dove stenderlo.",
        "none",
    ),
    (
        "Vorrei che finisse tutto 'sto cantiere sotto casa, il martello pneumatico alle 7 di mattina no dai.",
        "none",
    ),
    (
        "Sto meglio senza smartphone: esperimento di un mese col telefono a tasti e dormo un'ora in più a notte.",
        "none",
    ),
    (
        "In città si vive meglio senza macchina, l'ho venduta a marzo e vado in bici ovunque 🚲",
        "none",
    ),
    ("Senza il mio ex sto decisamente meglio, e lo dico ridendo 😄", "none"),
    (
        "Non ha senso fare l'assemblea di condominio se mancano metà dei proprietari. Rimandata a gennaio.",
        "none",
    ),
    (
        "Inutile vederci su Zoom se lunedì sono già a Roma, no? Facciamo in presenza in studio.",
        "none",
    ),
    ("Sto morendo dal ridere, mio figlio ha chiamato il gatto «signor Avvocato» 😂", "none"),
    (
        "Morta. 😂😂 Lo zio Franco che balla la macarena al matrimonio di Chiara è il video dell'anno",
        "none",
    ),
    ("Mi hai ucciso con quel meme del capo 🤣🤣", "none"),
    ("Ho spaccato al colloquio, mi hanno presa!!! Inizio il 3 febbraio 🎉", "none"),
    (
        "Abbiamo fatto una strage alla gara di torte della parrocchia, primo e secondo posto 🏆",
        "none",
    ),
    (
        "Volevo sprofondare: ho chiamato la maestra «mamma» davanti a tutta la classe di mio figlio 🙈",
        "none",
    ),
    (
        "Avrei voluto sparire quando mi sono accorta di avere l'etichetta del vestito fuori per tutta la cena 😂",
        "none",
    ),
    ("Ultimo messaggio della giornata, giuro: ho trovato le chiavi, erano nel frigo.", "none"),
    (
        "L'ultima seduta prima dell'estate la facciamo il 17 luglio? Poi sono in Sardegna fino a fine agosto.",
        "none",
    ),
    ("Oggi ultimo giorno di lavoro prima delle ferie ✨ Si parte sabato!", "none"),
    (
        "È l'ultima volta che presto la macchina a mio cognato, me l'ha riportata senza benzina e con le briciole ovunque 😤",
        "none",
    ),
    (
        "Non voglio più stare con loro: ogni uscita finisce a parlare male di qualcuno. Sabato vado al cinema con Irene, molto meglio.",
        "none",
    ),
    (
        "Quel gruppo lì non lo frequento più, troppe battutine cattive. Ho deciso e sono contenta della scelta.",
        "none",
    ),
    (
        "nn voglio + uscire cn quelli del calcetto, fanno solo casino e poi nn pagano mai la loro parte 🙄",
        "none",
    ),
    ("Uscita da tre chat di gruppo in un colpo solo. Silenzio meraviglioso 😌", "none"),
    (
        "Ho bloccato il numero della mia ex coinquilina che mi chiedeva ancora soldi per la bolletta del 2022. Fine della storia.",
        "none",
    ),
    (
        "Ho smesso di rispondere alle catene di buongiorno della zia, e nessuno se n'è accorto 😂",
        "none",
    ),
    (
        "Con la squadra di pallavolo ho chiuso, troppi allenamenti per il mio lavoro. Passo al nuoto libero.",
        "none",
    ),
    (
        "Ho consegnato le dimissioni stamattina!! Dal primo del mese sono in un'agenzia di Verona, stipendio migliore 💪",
        "none",
    ),
    (
        "Ho svuotato la scrivania e restituito il badge. Otto anni in quell'azienda, ma il nuovo posto mi entusiasma.",
        "none",
    ),
    (
        "Papà chiude lo studio dentistico e va in pensione, sta dando via tutti i mobili. Vuole che mi prenda la poltrona di pelle.",
        "none",
    ),
    ("Sistemo le ultime cose in ufficio e poi sono ufficialmente in maternità 🤰", "none"),
    (
        "Lascio le chiavi al portiere, le piante a Giovanna e il gatto a mia madre: domani si parte per il Giappone!",
        "none",
    ),
    (
        "Altro che Marie Kondo: ho fatto l'inventario della cantina 😂 Trovati tre ferri da stiro.",
        "none",
    ),
    (
        "Saluti e baci da Parigi! Domani Louvre, dopodomani si torna e giovedì sono puntuale in seduta.",
        "none",
    ),
    (
        "Ciao dottoressa, le scrivo due righe per salutarla prima delle vacanze: grazie per quest'anno, ci rivediamo a settembre carica!",
        "none",
    ),
    (
        "Volevo ringraziarla per tutto: col nuovo lavoro a Milano devo chiudere il percorso, ma ci sentiamo per l'ultima seduta di chiusura come concordato.",
        "none",
    ),
    ("Addio vecchio Nokia, dopo 11 anni sei andato in pensione pure tu 📱", "none"),
    ("Capelli lunghi? Via! Taglio corto fatto, mi piaccio tantissimo 💇\u200d♀️", "none"),
    ("Oggi ho detto addio al mio divano sfondato, arriva quello nuovo alle 15.", "none"),
    (
        "Ci siamo salutati all'aeroporto con Sara, parte per l'Erasmus a Valencia. Sono fiera di lei ❤️",
        "none",
    ),
    (
        "Scusi la domanda pratica: con l'antibiotico posso continuare a prendere la solita pastiglia della sera?",
        "none",
    ),
    (
        "La farmacia ha finito il generico, mi hanno dato un'altra marca con lo stesso principio attivo. Stessa dose, vero?",
        "none",
    ),
    (
        "Domanda veloce: la ricetta per le compresse me la fa lei o il medico di base? Sono quasi finite.",
        "none",
    ),
    (
        "Per sbaglio stamattina ho preso la vitamina D due volte, la farmacista ha detto che non è un problema. Glielo dico solo per scrupolo.",
        "none",
    ),
    (
        "Dose dimezzata da oggi, come ha deciso la psichiatra. Per ora nessun effetto collaterale, dormo bene.",
        "none",
    ),
    ("Pastiglia per i vermi sputata tre volte dal gatto. Consigli da gattara esperta? 😂", "none"),
    (
        "Mi scade il piano terapeutico a fine mese, quando posso passare a ritirare il foglio?",
        "none",
    ),
    (
        "Dimenticavo: il flacone delle gocce si è rotto in valigia, ne compro un altro qui in Liguria senza problemi.",
        "none",
    ),
    (
        "Si butta giù dal trampolino da 3 metri, mia figlia ha 7 anni ed è più coraggiosa di me 😱💙",
        "none",
    ),
    ("Mi butto nel progetto nuovo anima e corpo: finalmente un cliente che paga in tempo!", "none"),
    ("Buttati! Il corso di salsa è bellissimo, vieni giovedì con me 💃", "none"),
    ("Ieri sera mi sono lanciata: ho cantato al karaoke davanti a tutti 🎤", "none"),
    (
        "Salto nel vuoto: ho firmato il contratto d'affitto per il negozio. Apriamo ad aprile!",
        "none",
    ),
    ("Gettare la spugna col cruciverba del sabato? Mai. Mi manca solo il 14 verticale.", "none"),
    ("Farmi fuori dal torneo di burraco proprio mia suocera, che smacco 😂", "none"),
    ("Dal tetto della Rinascente si vede il Duomo da vicinissimo, aperitivo top ieri!", "none"),
    (
        "Dobbiamo rifare il tetto entro l'inverno, il preventivo è altissimo. Per questo ho chiesto se potevamo fare sedute ogni due settimane fino a marzo.",
        "none",
    ),
    ("Abbiamo chiuso il balcone con la veranda, ora è la mia stanza per leggere ☕", "none"),
    (
        "Paura matta del ponte tibetano, ma domenica ci provo tenendomi stretta alla guida 😅",
        "none",
    ),
    ("Passeggiata sul ponte di Castelvecchio al tramonto, Verona è stupenda.", "none"),
    (
        "I binari della metro M2 sono allagati, quindi vengo a piedi e arrivo un po' sudata 😂",
        "none",
    ),
    ("C'è sciopero dei treni venerdì, meglio fare la seduta online? Io ho il PC pronto.", "none"),
    ("Nodo del marinaio imparato con la corda della barca, mio zio è fiero di me ⛵", "none"),
    (
        "Con quel coltellino svizzero papà risolve tutto, anche la bottiglia di vino senza cavatappi.",
        "none",
    ),
    ("Taglietto col foglio del quaderno, il dolore più stupido del mondo 😂", "none"),
    ("Cerotti finiti, mio figlio si sbuccia le ginocchia tre volte al giorno in bici.", "none"),
    ("Le lame del tagliaerba vanno affilate, chi me lo fa in zona?", "none"),
    (
        "Sparisco per tre giorni in un agriturismo senza wifi, se non rispondo è per quello. Ci vediamo mercoledì!",
        "none",
    ),
    (
        "Scompaio dai social fino a dopo l'esame di stato, ho bisogno di concentrarmi sui libri 📚",
        "none",
    ),
    (
        "Vorrei tanto volatilizzarmi una settimana alle Eolie, per ora mi accontento della piscina comunale.",
        "none",
    ),
    (
        "Dormirò dodici ore di fila stanotte, la maratona è finita e io sono stanca morta ma felicissima 🏅",
        "none",
    ),
    (
        "Stanco morto, sei ore di trasloco e il divano non passava dalla porta. Alla fine ce l'abbiamo fatta.",
        "none",
    ),
    ("Potrei dormire fino a Pasqua, i gemelli hanno messo i denti insieme 😴", "none"),
    (
        "Chiudere gli occhi venerdì sera e riaprirli lunedì mattina: il mio programma per il weekend dopo la fiera 😂",
        "none",
    ),
    ("Fate smettere il cane dei vicini, abbaia da quando sono tornata alle sette 🙉", "none"),
    ("Non ne posso più di questo caldo, 36 gradi a Bologna e il condizionatore rotto 🥵", "none"),
    (
        "Basta con la pioggia, sono tre giorni che porto l'ombrello e le scarpe sono fradice.",
        "none",
    ),
    (
        "Starei benissimo senza il gruppo WhatsApp dei genitori di classe, 200 messaggi per una festa 😅",
        "none",
    ),
    ("Molto meglio senza la tv in camera, ci leggiamo un libro prima di dormire.", "none"),
    (
        "Mi ammazzo di lavoro fino a venerdì, poi una settimana di ferie sacrosanta. Ci vediamo il 28.",
        "none",
    ),
    (
        "Questa settimana il lavoro mi sta uccidendo: tre consegne e un audit. Glielo dico solo per spiegare il ritardo nel pagamento, bonifico fatto oggi.",
        "none",
    ),
    ("Ammazza che coda alla posta stamattina, un'ora e mezza per una raccomandata!", "none"),
    ("Muoio dalla voglia di vedere il nuovo film di Sorrentino, ci andiamo sabato?", "none"),
    ("Crepi il lupo! Domani ho l'orale di diritto privato, incrociate le dita 🤞", "none"),
    (
        "Oddio sono morta dal ridere alla recita, Tommaso faceva l'albero e si è addormentato sul palco 🤣",
        "none",
    ),
    ("Overdose di cioccolato dopo Pasqua, da oggi solo frutta (forse) 🍫", "none"),
    ("Dose di caffè di oggi: quattro. Domani provo a fermarmi a due, promesso ☕", "none"),
    (
        "Ho fatto scorta di pillole per la gola prima di partire per la Norvegia, lì costano un occhio.",
        "none",
    ),
    (
        "Il pediatra ha detto di dare a Matilde 5 ml di sciroppo tre volte al giorno, quindi domani la porto all'asilo più tardi e salto la seduta delle 9. Possiamo fare alle 17?",
        "none",
    ),
    ("Passaporto, caricabatterie, medicine, costume: preso tutto. Si parte alle 6!", "none"),
    (
        "Tutta la scatola di antistaminici finita in due settimane di primavera, le graminacee non perdonano 🤧",
        "none",
    ),
    (
        "Ci sono le analisi del sangue domattina a digiuno, quindi la seduta la facciamo dalle 10:30 in poi se per lei va bene.",
        "none",
    ),
    ("Ho donato il sangue oggi per la decima volta, mi hanno dato la medaglietta 🩸💪", "none"),
    (
        "Pronto soccorso ieri sera per una storta giocando a padel, niente di rotto, solo una fasciatura. Giovedì vengo con la stampella 😅",
        "none",
    ),
    (
        "Tagliati i ponti con la vecchia compagnia di Rimini e non mi manca nulla. Adesso ho gli amici del coro.",
        "none",
    ),
    (
        "Mettere un punto alla storia con Fabio è stata la decisione migliore dell'anno. Lo dico col sorriso 🙂",
        "none",
    ),
    (
        "È finita! Ho restituito l'ultimo libro alla biblioteca e ho pagato la multa di 3 euro. Fedina pulita 😂",
        "none",
    ),
    ("Chiuso il mutuo: ultima rata pagata stamattina, la casa è tutta nostra 🏡🎉", "none"),
    (
        "Conto chiuso alla vecchia banca, troppe commissioni. Le mando il nuovo IBAN per eventuali rimborsi?",
        "none",
    ),
    ("Facciamola finita con questo cruciverba, mi arrendo e guardo le soluzioni 😂", "none"),
    (
        "Fine dei giochi per il mio vecchio portatile, schermo blu definitivo. Domani ne compro uno nuovo.",
        "none",
    ),
    ("Game over per la pianta di ficus, l'ho annaffiata troppo. Riprovo con un cactus 🌵", "none"),
    ("Stasera finalmente chiudo il puzzle da 2000 pezzi che è sul tavolo da Natale 🧩", "none"),
    ("Sono ufficialmente finito... il libro di Ferrante! Che finale.", "none"),
    ("Cmq domani nn ci sono, vado a Firenze x il concerto. Ci sentiamo lunedì 🎸", "none"),
    ("Sabato non mi trovate, sono a un matrimonio a Lecce dalle 11 a notte fonda 💃", "none"),
    (
        "Da domani per una settimana non mi vedete: convegno a Ginevra. Rispondo alle mail la sera.",
        "none",
    ),
    ("Lunedì non esisto, ho l'esame di guida alle 8 e poi festeggio o piango 😂 Vediamo!", "none"),
    (
        "Nessuno mi troverà per tutto agosto: casa in montagna, niente copertura, solo funghi e libri 🍄",
        "none",
    ),
    (
        "Mia madre dice che sarebbe più comodo se io non ci fossi al pranzo di domenica, così c'è posto per i parenti di Napoli. Affare fatto, vado al mare 😂",
        "none",
    ),
    (
        "Gentile dottoressa, le comunico che dal 1° giugno non sarò più raggiungibile al numero fisso, uso solo il cellulare. Cordiali saluti, Renato Colombo",
        "none",
    ),
    (
        "Buongiorno, scrivo per disdire la seduta di martedì: ho un'udienza in tribunale per lavoro (sono l'avvocata, non l'imputata 😄). Mercoledì alla stessa ora va bene? Elisa",
        "none",
    ),
    (
        "Salve, mi conferma l'indirizzo nuovo dello studio? Da venerdì non sarò più in via Garibaldi ma a due passi da lei, ho cambiato casa!",
        "none",
    ),
    (
        "Oggetto: fattura marzo. Buongiorno, la fattura di marzo mi serve intestata a mio marito per la detrazione. Grazie mille, Paola Greco",
        "none",
    ),
    (
        "Gentilissima, le invio in allegato il certificato per l'assicurazione come mi aveva chiesto. Resto a disposizione. Distinti saluti, Giorgio Mancini",
        "none",
    ),
    (
        "A 42 anni mi iscrivo all'università, l'ho deciso stanotte: Lettere antiche. Mia figlia dice che sono pazza, io dico che è ora 📖",
        "none",
    ),
    ("Decisione presa e niente ripensamenti: cane adottato, si chiama Brodo 🐶", "none"),
    (
        "Stanotte ho sognato di perdere tutti i denti, ma stamattina il dentista ha detto che sono perfetti 😂",
        "none",
    ),
    (
        "Mi seppellisco sotto le coperte col libro nuovo e una tisana, pioggia fuori e pace dentro ☔",
        "none",
    ),
    (
        "Sepolta dalle pratiche del 730, ma entro venerdì ne esco. Glielo dico solo per il ritardo nel mandarle le date.",
        "none",
    ),
    ("Annego nelle mail dopo le ferie: 640 non lette. Ci metterò una settimana 😅", "none"),
    ("Soffocata nel traffico della tangenziale, arrivo dieci minuti dopo. Mi scusi!", "none"),
    ("Mi ha fatto venire un infarto il gatto saltando sul letto alle 4 di notte 🐈", "none"),
    ("Rischiato la vita per un parcheggio in centro, ma ce l'ho fatta 😎", "none"),
    ("Telefono morto, le scrivo dal computer di mio marito: confermo domani alle 16.", "none"),
    (
        "Batteria morta, la macchina non parte. Chiamo il carro attrezzi e poi le dico se riesco ad arrivare.",
        "none",
    ),
    ("Computer defunto proprio durante la riunione, tempismo perfetto 🙃", "none"),
    (
        "Veleno per le formiche messo sul davanzale, ma solo dove il gatto non arriva. Invasione finita, spero!",
        "none",
    ),
    ("Gas chiuso, acqua chiusa, finestre chiuse: partiamo per due settimane in Grecia 🇬🇷", "none"),
    (
        "Lanciata col paracadute!!! 4000 metri, urlavo come una pazza ma lo rifarei domani 🪂",
        "none",
    ),
    (
        "Bungee jumping dal ponte in Val Verzasca fatto, regalo dei 40 anni di mio marito. Lui ha tremato, io no 😂",
        "none",
    ),
    (
        "Cado dalle nuvole: il mio capo mi ha appena proposto la promozione a responsabile. Festeggio stasera!",
        "none",
    ),
    ("Guarda che l'ultima fetta della torta l'hai mangiata tu, non io 😂", "none"),
    (
        "Domani ne compio 40: l'ultimo giorno da trentenne lo passo in spa e va benissimo così 🎂",
        "none",
    ),
    ("Ultimo esame della triennale fatto, 30! Ora solo la tesi e poi sono dottoressa 🎓", "none"),
    (
        "Ultima seduta prima delle vacanze di Natale: porto i biscotti che fa mia nonna, li assaggia?",
        "none",
    ),
    ("Dentista oggi per l'ultimo controllo dell'apparecchio, da lunedì sorriso libero 😁", "none"),
    ("Berlino mi mancherà: ultima notte in ostello, domani si torna a casa.", "none"),
    (
        "Questa è l'ultima volta che compro scarpe online senza provarle, due numeri in meno 🙄",
        "none",
    ),
    (
        "Ci ho messo una pietra sopra: il vaso rotto della nonna non lo ricompro, ne prendo uno diverso.",
        "none",
    ),
    (
        "Non mi vedrete più al karaoke del giovedì, promesso solenne dopo la figuraccia di ieri 🙈",
        "none",
    ),
    (
        "Vorrei scomparire sotto terra: ho mandato il vocale al capo invece che a mia sorella. Per fortuna parlavo bene di lui 😂",
        "none",
    ),
    (
        "Che figura, volevo che il pavimento mi inghiottisse! Ho salutato con la mano uno che salutava quello dietro di me 🙈",
        "none",
    ),
    (
        "Non sapevo dove nascondermi quando il bimbo ha detto alla cassiera che era «vecchia». Tragedia comica 😂",
        "none",
    ),
    (
        "Mi vergogno da morire: ho sbagliato il nome della sposa durante il brindisi. Lei ha riso, per fortuna.",
        "none",
    ),
    (
        "Sono cotta, davvero: la cena con Alessio è andata benissimo e domenica ci rivediamo 😍",
        "none",
    ),
    ("IKEA mi farà impazzire: la libreria ha 84 viti e ne avanzano tre. Normale? 😂", "none"),
    (
        "Tua madre ti ammazza se vede il voto di matematica 😂 scherzo, dille che è un 7 e mezzo e va benone",
        "none",
    ),
    ("Ti uccido se spoileri il finale di stagione, lo guardo stasera!!", "none"),
    (
        "Lo strozzerei, mio fratello mi ha finito il latte e ha rimesso il cartone vuoto in frigo 😤",
        "none",
    ),
    (
        "Preferisco morire di fame piuttosto che mangiare un'altra volta in quella trattoria, 3 ore per una carbonara 😂",
        "none",
    ),
    ("Divano, plaid e non mi muovo fino a cena: domenica perfetta 🛋️", "none"),
    ("Giù dal letto alle 5 per prendere l'alba sul Monte Baldo, ne valeva la pena 🌄", "none"),
    (
        "Salto la cena con i colleghi, preferisco la partita con mio figlio. Scelta facile ⚽",
        "none",
    ),
    (
        "Saltiamo la seduta di settimana prossima? Mia figlia si laurea proprio giovedì a Padova 🎓",
        "none",
    ),
    (
        "Spina staccata: telefono in modalità aereo tutto il weekend, lettura e passeggiate. Rigenerata!",
        "none",
    ),
    (
        "Spento il telefono alle 20 per la serata giochi in famiglia, ha vinto la nonna a Monopoli 😂",
        "none",
    ),
    ("Notifiche di Instagram disattivate e mi sembra di avere due ore in più al giorno.", "none"),
    ("Cancellato il gruppo del fantacalcio, la lega l'ho vinta io e chiudo in bellezza 🏆", "none"),
    (
        "Account Twitter chiuso per sempre, troppa polemica. Mi tengo solo la newsletter di cucina.",
        "none",
    ),
    (
        "Tolto l'app della banca dal vecchio telefono prima di darlo a mio nipote, così è pulito.",
        "none",
    ),
    (
        "Lettere di presentazione per le borse di studio: ne ho scritte quattro, me ne mancano due. Scadenza venerdì, ce la faccio 💪",
        "none",
    ),
    (
        "Scrivo i biglietti di ringraziamento per il matrimonio, 112 invitati... la mano mi fa male ma che bello rileggere i regali 💌",
        "none",
    ),
    (
        "Valigie quasi pronte e armadio svuotato: quello che non porto a Londra lo do alla Caritas, mamma è d'accordo.",
        "none",
    ),
    (
        "Mia nonna a 90 anni ha deciso di dividere i gioielli tra le nipoti ora, «così vi vedo mentre li mettete». Adorabile ❤️",
        "none",
    ),
    (
        "Vendo tutto su Vinted prima del trasferimento: 40 capi andati in una settimana, ho fatto 300 euro 😎",
        "none",
    ),
    (
        "I libri li ho regalati alla biblioteca del quartiere, in Olanda non ci stanno nel container.",
        "none",
    ),
    (
        "Passaggio di consegne fatto: la mia sostituta sa tutto, le ho lasciato un quaderno con le istruzioni. Da lunedì nuovo ufficio!",
        "none",
    ),
    (
        "Mio figlio di 15 anni vuole smettere con il calcio e passare al basket. Dice che l'ha deciso da tempo. Ne parliamo alla prossima seduta genitori, ma lui è sereno e convinto.",
        "none",
    ),
    (
        "Giulia ha detto che non vuole più stare in classe con le sue vecchie amiche delle medie, si è fatta un gruppo nuovo a teatro ed è felicissima. Glielo scrivo perché me lo aveva chiesto.",
        "none",
    ),
    (
        "Leonardo oggi ha detto addio al ciuccio! Lo ha messo lui nella scatola per la «fata dei ciucci» 🧚",
        "none",
    ),
    (
        "Matteo ha finito il ciclo di antibiotico, da domani torna all'asilo. Grazie per la pazienza con gli orari.",
        "none",
    ),
    (
        "La dottoressa del consultorio ha detto che a Sofia serve mezza compressa di antistaminico la sera in primavera. Va bene darla anche prima del viaggio in pullman?",
        "none",
    ),
    ("Dimmi quando arrivi così butto la pasta 🍝", "none"),
    ("Lancio la bomba: io e Chiara ci trasferiamo in Canada! 🇨🇦", "none"),
    ("Esplodo dalla felicità, il romanzo è stato accettato da un editore!!! 📚🎉", "none"),
    ("Che spettacolo il concerto, ho perso la voce e probabilmente anche l'udito 😂🎶", "none"),
    ("Sono distrutta ma contentissima, 21 km di mezza maratona sotto la pioggia 🏃\u200d♀️", "none"),
    (
        "Pronti, partenza, via! Primo giorno di cammino di Santiago, 24 km e vesciche ovunque 😅",
        "none",
    ),
    (
        "Uffa, il corso di yoga delle 7 mi ha fatto scoprire muscoli che non sapevo di avere 🧘",
        "none",
    ),
    ("Va be', la torta è crollata, ma la crema era buonissima. Si mangia a cucchiaiate 😂", "none"),
    ("Eccomi: confermo giovedì ore 18. Porto anche il modulo firmato per l'assicurazione.", "none"),
    (
        "Tutto bene con il nuovo orario? Io dal mese prossimo esco alle 17, quindi posso venire prima.",
        "none",
    ),
    ("Ok x le 19 👍", "none"),
    ("Arrivo tra 5 min, parcheggio impossibile!", "none"),
    ("Grazie ancora per il libro consigliato, l'ho divorato in due sere.", "none"),
]
