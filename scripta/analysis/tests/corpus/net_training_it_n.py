"""Training-only messages for the learned risk net (bench/train_risk_net.py), author N.

Italians who emigrated abroad (London, Berlin, Dublin, Zurich, Toronto, Melbourne, New York), young people out of work,
precarious workers and freelancers on partita IVA, men who play things down with football, work-site and gym metaphors,
old people living alone in villages, and foreigners writing in imperfect Italian (Romanian, Albanian, Moroccan, Ukrainian,
Chinese, South American), plus parents, partners, carers and neighbours writing about the patient; voice-to-text
transcriptions, messages broken over many lines, dialect, and risk buried in logistics (rescheduling, invoices, forms).

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Dotore, io non voglio piu vivere. Non faccio cose, tranquilo, ma dentro è cosi. Posso venire prima di martedi? Fatjon",
        "high",
    ),
    (
        "Tranquilla dottoressa, il taglierino l'ho buttato come d'accordo e non mi sono fatta niente. Sono solo giù di corda.",
        "low",
    ),
    (
        "Il medico mi ha dato l'antibiotico per la bronchite, febbre a 38 e mutua fino a mercoledì. Facciamo in video o spostiamo? Franco",
        "none",
    ),
    (
        "scusa dottoressa\nio non voglio piu\nho preso tutte le medicine\nadesso\nnon chiamare nessuno\nFlorin",
        "imminent",
    ),
    (
        "Dottore, domattina quando la badante va a messa faccio quello che le ho detto tante volte. La finestra del granaio è alta abbastanza. Mi perdoni. Teresio",
        "imminent",
    ),
    (
        "Domanda teorica eh: se una sera mi tornasse quella voglia di non svegliarmi più, chi chiamo se lei non risponde? Solo per sapere, adesso sto bene. Walter",
        "low",
    ),
    (
        "Sto pensando di appendere i guantoni. Non alla boxe, alla vita proprio. Un piano non ce l'ho, ho solo il pensiero fisso. Igor",
        "high",
    ),
    (
        "Sono Claudio, il marito di Anna. Dice che stanotte si ammazza, si è chiusa in camera e non apre. Non so che fare, chiamo il 112?",
        "imminent",
    ),
    (
        "Ha visto il servizio al TG sui suicidi tra i giovani in Giappone? Mi è venuta curiosità su come lavorate voi psicologi in quei casi. Domanda da nerd, niente di personale. Daniele",
        "none",
    ),
    (
        "A Dublino ho colleghi ma non amici. La sera mangio davanti al portatile e mi sento proprio sola. Lo scrivo qui perché in seduta mi vergogno a dirlo. Camilla",
        "low",
    ),
    (
        "Nuovo record di panca, 100 kg! Il coach dice che se continuo così a marzo ammazzo la categoria 💪 ok basta, ci vediamo venerdì",
        "none",
    ),
    (
        "Buongiorno, le mando il modulo per il rimborso. Ultimamente la sera penso che sarebbe comodo non svegliarsi più, poi la mattina mi alzo e vado al lavoro lo stesso. Ne parliamo giovedì. Carlo",
        "high",
    ),
    (
        "Esame del sangue per il litio fatto, livelli nella norma, la dottoressa Ricci è contenta. Tutto regolare, continuo uguale. Emanuele",
        "none",
    ),
    (
        "Dotora, io estoy un poco triste, mi mamma in Perù è malata e io non posso andare, no tengo soldi per biglietto. Lei può chiamare me?",
        "low",
    ),
    (
        "Buonasera, sono la mamma di Tommaso. Da lunedì non va a scuola, sta chiuso in camera con le cuffie e non viene più a tavola con noi. Cosa dobbiamo fare? Paola",
        "moderate",
    ),
    (
        "Sono Giorgio, il marito di Lucia. Lucia non si alza dal letto da sabato, dice che non ha senso fare niente. Domani se c'è posto la porto da lei?",
        "moderate",
    ),
    (
        "Mi manca l'Italia da morire stasera. Ho rifatto la pasta al forno di mia nonna e mi sono messa a piangere sul piatto. Capita, immagino. Serena",
        "low",
    ),
    (
        "Il cantiere chiude stasera e chiudo anch'io. Ho la chiave del terrazzo al quinto piano. Ultimo turno, dottore. Grazie della pazienza. Pasquale",
        "imminent",
    ),
    (
        "Per martedì confermo alle 16 e porto il modulo del bonus. Poi le devo dire che ho ricominciato a graffiarmi le braccia di notte, me ne accorgo al mattino. Marika",
        "high",
    ),
    (
        "volevo solo dire che ho il pensiero fisso del gas della cucina ogni sera quando cucino penso se lo lasciassi aperto e mi addormentassi poi spengo e vado a letto",
        "high",
    ),
    (
        "Mi ammazzo di lavoro fino a venerdì, tre consegne e il commercialista che non risponde. Giovedì alle 18 resta confermato comunque. Luca",
        "none",
    ),
    (
        "Dottore, sono un motore imballato. Giro a vuoto da mesi con la spia rossa accesa e non c'è officina che tenga. Non credo che si riparta, stavolta. Gianfranco",
        "moderate",
    ),
    (
        "Qui in Canada un fucile lo compri quasi come il pane, lo sa? Ieri notte ho guardato i negozi online. Non ho comprato niente. Volevo solo che lei lo sapesse. Marcello",
        "high",
    ),
    (
        "dottoressa buongiorno sono Rita sto guidando quindi le detto il messaggio volevo dirle che il bonifico l'ho fatto ieri sera controlli lei se è arrivato perché la banca nuova è un casino grazie ciao",
        "none",
    ),
    (
        "Le giro la fattura elettronica, nel codice fiscale ci sono due errori, me la corregge? Sono tre notti che non chiudo occhio e ho la sensazione di essere sul punto di crollare. Mauro",
        "moderate",
    ),
    (
        "Sono Fabio, il compagno di Irene. Ha preso un flacone intero di gocce, l'ho trovata che dormiva e non si svegliava bene. Siamo al pronto soccorso di Careggi. La avviso.",
        "imminent",
    ),
    (
        "Ciao dottoressa\nnon è urgente\nstasera mi sento solo un po' sola\nmi basta un messaggio\nBuonanotte, Dalila",
        "low",
    ),
    (
        "Bonjour dottoressa, sono Karim, ho l'appuntamento in questura per il permesso di soggiorno il 4 alle 10, stesso orario nostro. Posso fare il 5? Merci",
        "none",
    ),
    (
        "Dottore, i figli stanno a Milano, scendono a Pasqua. Le giornate in collina sono lunghe. Non mi lamento, però un po' di compagnia mi farebbe bene. Aurelio",
        "low",
    ),
    (
        "Mio padre era cacciatore, il fucile è ancora in soffitta. Ieri sera l'ho pulito e ho ritrovato le cartucce. So cosa farne, e quando. Guglielmo",
        "imminent",
    ),
    (
        "Ho fatto due conti: con l'assicurazione sulla vita i miei figli chiuderebbero il mutuo. Ci penso più spesso di quanto dovrei. Il bonifico per la seduta lo faccio lunedì. Sandro",
        "high",
    ),
    (
        "Niente pensieri brutti tipo quelli di ottobre, non ho voglia di farmi fuori, glielo giuro. Solo una settimana storta, umore sotto i tacchi. Giacomo",
        "low",
    ),
    (
        "Dottore non mi alzo dal letto da due giorni, la badante dice che devo mangiare ma non ho voglia di niente. Mi scusi se la disturbo. Adelmo",
        "moderate",
    ),
    (
        "Questo esame di diritto tributario mi sta uccidendo, ma lo passo. Sessione il 15, poi sono libera. Mi sposta alle 18:30? Giada",
        "none",
    ),
    (
        "Dottoressa sono Hamid, questo periodo mi manca tanto la famiglia in Marocco. La notte penso a mio padre. Niente di strano ma volevo dire.",
        "low",
    ),
    (
        "Passo sul ponte della tangenziale ogni mattina e da qualche settimana guardo l'altezza. Faccio i conti. Non so perché lo faccio. Glielo scrivo perché mi ha detto di dirle tutto. Giuliano",
        "high",
    ),
    (
        "Se domattina non mi svegliassi, pazienza. Anzi, meglio. La casa è già intestata a mio figlio. Mi richiami quando può. Elvira",
        "high",
    ),
    (
        "Dottoressa io ogni notte penso a prendere tutte le pastiglie della signora che assisto. Non lo faccio, ma ci penso, e mi spavento. Aiutami. Lenuța",
        "high",
    ),
    (
        "Dottoressa, il modulo ISEE per lo sconto lo porto? Io sono a pezzi, non mangio da due giorni e non esco. Tetiana",
        "moderate",
    ),
    (
        "Buonasera, sono il padre di Lorenzo. Ha lasciato un biglietto d'addio e non è rientrato, il telefono è spento. Ha scritto che va al lago. Abbiamo chiamato i carabinieri. Lei sa qualcosa? Vincenzo",
        "imminent",
    ),
    (
        "Al corso di italiano per tedeschi ho portato Quasimodo, «ognuno sta solo sul cuor della terra», e la prof di Amburgo si è commossa. Volevo raccontarglielo. Giorgio",
        "none",
    ),
    (
        "Dottore ho il modulo del consenso informato per mia figlia, finalmente l'ha firmato anche il padre. Glielo porto giovedì. Loredana",
        "none",
    ),
    (
        "Sono un pezzo di ricambio fuori produzione. Nessuno mi cerca, nessuno mi monta più. Tanto vale rottamarmi e chiuderla lì, ogni tanto me lo dico sul serio. Nello",
        "high",
    ),
    (
        "Stanotte ho immaginato il mio funerale, chi veniva, chi piangeva. Mi sono sentita in pace come non mi capitava da mesi. E questa cosa mi fa paura. Denise",
        "high",
    ),
    (
        "Oggi notizie brutte da Zaporizhzhia, mio cugino ferito. Io tutto il giorno piango al lavoro. Non so, volevo solo scrivere a lei. Halyna",
        "low",
    ),
    (
        "Se mi ritrovassi di nuovo a non riuscire ad alzarmi dal letto come l'inverno scorso, posso scriverle anche nel weekend? Chiedo prima, per sicurezza. Ornella",
        "low",
    ),
    (
        "dottoré\nho le pastiglie in mano\ntutte\nstavolta sì\nnon rispondere",
        "imminent",
    ),
    (
        "dottoressa io non vorrei vivere piu cosi... cioè proprio non vorrei vivere. mamma lavora sempre e non sa niente. Denisa",
        "high",
    ),
    (
        "Disdico tutti gli appuntamenti, anche quelli di gennaio. Non serviranno, dopo stanotte. Grazie di esserci stata, è stata l'unica. Buona vita. Rebecca",
        "imminent",
    ),
    (
        "Cliente che non paga da 120 giorni, lo vado a prendere sotto casa 😤 no dai, mando il sollecito via PEC. Mi conferma lo spostamento a lunedì? Irene",
        "none",
    ),
    (
        "Dottoresa io sono un po trista, mio figlio in Romania non vuole parlare con me al telefono, dice che io sono sempre via. Posso chiamare lei domani? Florina",
        "low",
    ),
    (
        "Ultima partita stasera, dottò. Ho già deciso: dopo cena vado al fiume, sotto il ponte vecchio. Grazie per avermi allenato. Saluti alla squadra. Carmine",
        "imminent",
    ),
    (
        "Ciao a tutti e grazie di tutto!! Ah no, scusi, era per il gruppo dell'ufficio, è il mio ultimo giorno prima del trasferimento a Monaco 😅 La seduta di mercoledì la confermo. Anna",
        "none",
    ),
    (
        "Io ho preso tutte le pastiglie di dormire con la raki. Adesso sono in macchina, non guido. Voglio solo dire grazie dotore. Arjan",
        "imminent",
    ),
    (
        "Dottoressa mi sento un po' sola a scuola, le ragazze parlano veloce e io non capisco le battute. Mamma dice di dirlo a lei. Sofiia",
        "low",
    ),
    (
        "Io non posso più. Ho messo la corda al gancio in bagno. Bambini dalla nonna. Io ringrazio lei per tutto. Scuzați. Georgeta",
        "imminent",
    ),
    (
        "Dottore la busta coi soldi della seduta gliel'ha portata la mia vicina Pina. Per Natale il cappone lo ammazzo io e gliene mando un pezzo, non dica di no. Ermenegilda",
        "none",
    ),
    (
        "Ultima fattura saldata, e al commercialista ho mandato tutte le password, così la chiusura della partita IVA la fa lui. Domattina non ci sarò più. È stato un piacere conoscerla. Massimiliano",
        "imminent",
    ),
    (
        "Domani parto per il Marocco dalla famiglia, torno il 20. Ci vediamo a gennaio, grazie per quest'anno e buone feste! Samira",
        "none",
    ),
    (
        "Dottoressa, mia mamma Lyudmila, sua paziente, ha preso tutte le pillole per il cuore, l'ho trovata io. Ambulanza qui. Io sono Daryna, la figlia.",
        "imminent",
    ),
    (
        "Per il corso da OSS ho letto un articolo sulla prevenzione delle overdose da oppioidi nelle carceri. Interessante. Conosce qualche testo serio sull'argomento? Debora",
        "none",
    ),
    (
        "Con questa nebbia al paese non si vede a un palmo dal naso, mi sembra di stare già al camposanto ahah. Scherzi a parte sto bene, giovedì mi collego col tablet di mia nipote. Luigina",
        "none",
    ),
    (
        "ho scritto i messaggi per tutti e li ho programmati per le 7 di domattina. quando arrivano io non ci sono più. lei è la prima a saperlo. Ginevra",
        "imminent",
    ),
    (
        "Salam dottoressa, sono Youssef. Questa settimana facciamo la festa con tutta la famiglia per il matrimonio di mio cugino, ma l'appuntamento di lunedì lo confermo. Tutto bene grazie a Dio",
        "none",
    ),
    (
        "Sono sul tetto del palazzo dove lavoro, a Francoforte. Mi scusi per tutto. Volevo che qualcuno sapesse che ci ho provato. Pierpaolo",
        "imminent",
    ),
    (
        "Mia figlia ha fatto la tesina su Pavese, anche sulla sua morte all'hotel Roma, e ha preso 9! Siamo orgogliosissimi. Martedì veniamo tutte e due. Patrizia",
        "none",
    ),
    (
        "Io da una settimana non vado al lavoro, resto in casa, non rispondo a nessuno. Il capo mi licenzia sicuro. Non mi importa niente. Andrei",
        "moderate",
    ),
    (
        "Nella serie che guardo il protagonista si butta dal ponte nel finale di stagione, ero furiosa, hanno rovinato tutto! Comunque giovedì confermo. Noemi",
        "none",
    ),
    (
        "Il mio capo in riunione: «qui o si muore o si vince» prima della chiusura del trimestre. Ho riso per non piangere. Vabbè, ci vediamo lunedì. Cinzia",
        "none",
    ),
    (
        "Posso prendere mezza compressa di Tavor prima del volo per Sydney come mi ha detto il medico di base, o fa a pugni con l'antidepressivo? Chiedo anche a lui, intanto lo dico a lei. Valentina",
        "none",
    ),
    (
        "Dottò, io avrei voglia di chiedere il cambio definitivo. Non dalla partita, da tutto quanto. Ha capito. Non faccio niente, ma il pensiero c'è. Tonio",
        "high",
    ),
    (
        "Sono Mihai, badante del signor Guido. Il signore oggi ha detto che vuole morire, che ha vissuto troppo, e non ha mangiato niente. Io preoccupato. Potete chiamare lui?",
        "high",
    ),
    (
        "Mi ammazzo. Lo penso davvero, non come lo dice la gente. Non ora, non so quando, ma l'idea è lì, ferma. Katia",
        "high",
    ),
    (
        "Palestra saltata tutta la settimana, non sono uscito neanche per la spesa, tapparelle giù. La scheda la rifaccio quando risorgo. Manuel",
        "moderate",
    ),
    (
        "Mia nonna diceva «chi lavora muore, chi non lavora muore lo stesso». Al colloquio mi è scappata e mi hanno preso lo stesso, incredibile. Kevin",
        "none",
    ),
    (
        "Dopo la sconfitta ho tirato pugni al muro dello spogliatoio finché le nocche sanguinavano. Non era per la partita, lo faccio apposta, per sentire qualcosa. Denis",
        "high",
    ),
    (
        "Sono in metro, mi è partito un attacco di panico fortissimo, mi tremano le mani, sono scesa e sto seduta sulle scale, non riesco a respirare bene. Mi scrive qualcosa? Aurora",
        "moderate",
    ),
    (
        "Sono in fuorigioco da troppo tempo. Ogni tanto penso che il fischio finale lo potrei dare io, e basta. Non si preoccupi, è solo un pensiero che gira. Alfio",
        "high",
    ),
    (
        "Doctora, oggi mi sono fatta male con il coltello della cucina sulla gamba, piccolo. Io fatto perché troppa rabbia dentro. Adesso ho messo cerotto. Yamilé",
        "high",
    ),
    (
        "Ho finito il libro di Yalom che mi aveva consigliato. La parte sulla paura della morte mi ha fatto pensare, in senso buono. Ne parliamo in seduta. Corrado",
        "none",
    ),
    (
        "ho saltato tutte le lezioni della settimana e pure la cena con le coinquiline, resto in camera. non ho voglia di vedere nessuno. Anita",
        "moderate",
    ),
    (
        "Non è che voglio morire. È che non voglio vivere i prossimi quarant'anni così. Non so come altro dirlo. Giovedì ne parliamo, tanto. Roberto",
        "high",
    ),
    (
        "sono sul balcone. settimo piano. non è una minaccia, volevo solo che qualcuno sapesse dove sono. Nadia",
        "imminent",
    ),
    (
        "ciao sono io no non rispondere non serve ho già preso le pastiglie tutte quelle della psichiatra sono qui sul divano volevo dirle che le voglio bene ciao",
        "imminent",
    ),
    (
        "Siamo in zona retrocessione da mesi e non c'è mercato di gennaio che tenga. Stavolta la B è sicura. E non parlo del calcio, dottò, parlo di me. Tonino",
        "moderate",
    ),
    (
        "Dotore yo pienso que mejor morir... scusi, penso che sarebbe meglio morire. Ogni giorno. Però c'è mio figlio. Aiuto. Yesenia",
        "high",
    ),
    (
        "Ieri sera la Roma ci ha ammazzati, tre gol in dieci minuti, volevo sotterrarmi davanti ai colleghi laziali. Per il resto tutto bene, ci vediamo giovedì. Stefano",
        "none",
    ),
    (
        "Quindici anni da grafico freelance. Il mercato è morto, l'intelligenza artificiale fa gratis quello che faccio io. Per gente come me non c'è futuro, fine del discorso. Renato",
        "moderate",
    ),
    (
        "Io ogni notte sogno di finire tutto. Anche di giorno penso alla corda, ma non ho fatto niente. Non dire a mia moglie. Besnik",
        "high",
    ),
    (
        "Dottoressa buongiorno, la fattura di ottobre me la può intestare alla ditta? Sono passato a partita IVA, regime forfettario, il codice univoco glielo giro dopo. Marco Ferri",
        "none",
    ),
    (
        "Dottoressa io non ce la faccio piu. Ho le lamette qui e stanotte taglio forte, non come sempre, fino in fondo. Non dire a papà. Elona",
        "imminent",
    ),
    (
        "Ripensavo alla seduta di lunedì, ai mesi dopo il licenziamento quando bevevo tutte le sere. Adesso no, ma ricordarlo mi ha fatto effetto. Sergio",
        "low",
    ),
    (
        "Stasera ho messo su «Preghiera in gennaio» di De André, quella scritta per Tenco. Che bellezza. Sto scoprendo i cantautori a 50 anni. Gliene parlo giovedì. Ugo",
        "none",
    ),
    (
        "Dotore, mio fratello in Albania dice che vuole ammazzarsi per i debiti. Io sono qua e non posso fare niente, sono tanto preoccupato. Possiamo parlare? Ardit",
        "low",
    ),
    (
        "Da quando mi hanno dimessa non esco più di casa, neanche quando potrei, non ne ho voglia. Tre settimane così. Tanto qui non cambia niente. Assunta",
        "moderate",
    ),
    (
        "basta\nho deciso\ndopo la scuola\nil ponte della ferrovia\nnon dirlo a mamma\nperdonami",
        "imminent",
    ),
    (
        "ieri sera mi sono bruciata con l'accendino sul polso. tre volte. non è grave ma non volevo smettere. domani vengo con la maglia lunga. Asia",
        "high",
    ),
    (
        "Dottoressa io sono alla stazione, aspetto il treno che non ferma. Io non ce la faccio. Dite a mia mamma scusa. Anas",
        "imminent",
    ),
    (
        "Dottoressa, io ho deciso. Questa notte vado al mare e non torno. Lei buona persona, ringrazio. Per favore non chiamare polizia. Svitlana",
        "imminent",
    ),
    (
        "dottoressa le mando il vocale scritto perché oggi non ho voglia di parlare sono un po' giù di morale niente di che volevo solo sapere che c'è ciao",
        "low",
    ),
    (
        "Non mi sento più solo come a settembre, al circolo delle bocce mi hanno preso in squadra. Ci tenevo a dirglielo. Amedeo",
        "none",
    ),
    (
        "Le serie ormai le conto al contrario. Dieci, nove, otto... e mi piacerebbe arrivare a zero e spegnere l'interruttore. Non parlo di allenamento, dottore. Lei ha capito. Emiliano",
        "high",
    ),
    (
        "Dottore, io alla mia età ho già vissuto abbastanza. Ogni sera prego il Signore che mi prenda nel sonno, così non do più disturbo a nessuno. Armando",
        "high",
    ),
    (
        "Dieci anni fa oggi presi le pastiglie di mia madre per farla finita, lei lo sa. La data me la ricordo sempre. Sto bene, era per condividerlo. Elisa",
        "low",
    ),
    (
        "Dottorè, scusate il linguaggio, ma a me di campare non me ne frega proprio niente, se domani non mi sveglio meglio così. Mia madre dice che è pigrizia, non depressione. Gennaro",
        "high",
    ),
    (
        "Dottore, ho già scelto il vestito per la bara e pagato le onoranze funebri. Voglio essere pronto. Non ho paura, ho solo fretta di andarmene. Ottavio",
        "high",
    ),
    (
        "Ho svuotato l'armadietto in palestra, ridato la chiave, regalato le fasce a Ivan. Stasera la chiudo io, per davvero, non come quando scherzavo. Grazie coach, anzi, dottore. Dennis",
        "imminent",
    ),
    (
        "Io pensare spesso buttare giù da finestra. Non fare, solo pensare. Quarto piano. Io paura di me. Yun",
        "high",
    ),
    (
        "In cantiere si dice «se il ponteggio traballa, scendi». Io da un po' penso che sarebbe più facile salire in cima e lasciarsi andare. Non lo dico a nessuno, lo dico a lei. Salvo",
        "high",
    ),
    (
        "Buongiorno dottore sono la signora Nives da Castelnuovo, le scrivo che giovedì la corriera non passa per lo sciopero, se può facciamo al telefono. Saluti cordiali",
        "none",
    ),
    (
        "Dottoressa, quando arrivano notizie da casa penso che era meglio se restavo a Mariupol con mio padre, morta con lui. Qui non ha senso essere viva. Kateryna",
        "high",
    ),
    (
        "Mi sono sparato tre ore di call col cliente tedesco, ho la testa come un pallone. Domani riusciamo alle 19 invece che alle 18? Nicola",
        "none",
    ),
    (
        "Ho fatto la lista: chi chiamare, a chi va il motorino, le password del telefono. La lametta è pronta. Sabato, quando i miei vanno dalla nonna. Non è un grido d'aiuto, è una decisione. Cosimo",
        "imminent",
    ),
    (
        "Mia figlia spende 800 euro al mese per la badante. Senza di me per lei sarebbe tutto più semplice, ci penso ogni santo giorno. Teresa",
        "high",
    ),
    (
        "Dottoressa, sono un po' giù da quando mi hanno lasciata a casa dal call center. Possiamo sentirci dieci minuti prima di giovedì? Sofia",
        "low",
    ),
    (
        "Sabato e domenica sono andato avanti a canne dalla mattina alla sera per non pensare. Oggi uguale. Lo so. Lo porto giovedì. Ivan",
        "moderate",
    ),
    (
        "Oggi gambe in palestra, il personal trainer mi ha distrutto, domani non cammino 😂 Se arrivo zoppicando alla seduta sa perché. Fabio",
        "none",
    ),
    (
        "ehm sì dottoressa allora niente volevo solo dire che domani ehm alle cinque non riesco perché c'è il colloquio coi professori di mio figlio quindi se si può alle sei altrimenti ci sentiamo eh ciao grazie",
        "none",
    ),
    (
        "Le ho fatto il bonifico per tutte le sedute, così non resta niente in sospeso. Grazie per quello che ha provato a fare con me. Stasera finisce. Non mi cerchi. Rosalba",
        "imminent",
    ),
    (
        "Dotore, ogni sera raki, mezza bottiglia, se no non dormo. Da quando mia moglie è andata via. Sabato vengo. Gëzim",
        "moderate",
    ),
    (
        "Moglie morta da un anno, io solo. Io ho preparato vestiti e soldi per funerale, e la medicina tutta qui. Stasera io vado da lei. Grazie dottore. Zhou",
        "imminent",
    ),
    (
        "Ho 34 anni, contratto a chiamata, vivo dai miei. Tanto non cambierà niente, né adesso né tra dieci anni. Lo dico senza drammi, è un dato. Loris",
        "moderate",
    ),
    (
        "ciao dottò sto morendo dal ridere, mio nipote ha fatto l'imitazione di lei che dice «e questo come la fa sentire?» 😂 scherzo eh. a martedì",
        "none",
    ),
    (
        "Ola dotora, mi scusi, mio telefono rotto, questo è numero di mia sorella. Per favore scrive qui fino sabato. Vengo martedì normal. Besos, Valeria",
        "none",
    ),
    (
        "Oggi è l'anniversario di mio marito, sono salita al cimitero da sola. Mi è presa una malinconia. Volevo solo sentire una voce amica. Rosa",
        "low",
    ),
    (
        "Il gatto della vicina si è buttato dal terzo piano inseguendo un piccione ed è atterrato in piedi, sta benissimo. Sette vite davvero. Mi manda la ricevuta di novembre? Lia",
        "none",
    ),
    (
        "ok\nnon ce la faccio\ncon niente\nlavoro casa lui\nmi scoppia la testa\ngiovedì vengo lo stesso\nFra",
        "moderate",
    ),
    (
        "dottoressa le ho lasciato nella cassetta dello studio i soldi delle ultime sedute e una lettera la legga domani io stanotte vado al porto e non torno",
        "imminent",
    ),
    (
        "ho mandato giù tutte le pastiglie per dormire col vino. già da mezz'ora. mi sento pesante. volevo solo dire ciao",
        "imminent",
    ),
    (
        "Buongiorno dotore, sto sola con la signora tutto il giorno, lei dorme e io non parlo con nessuno. A volte piango un pochino. Va bene, passa. Sabato ci vediamo. Daniela",
        "low",
    ),
    (
        "Giornata grigia. Nessun cliente nuovo da due mesi e mi sento un fallito, però tiro avanti. Solo un po' abbacchiato. A venerdì, Umberto",
        "low",
    ),
    (
        "Io ho scritto lettere per i figli. Io ho la corda. Oggi io finisco. Grazie per l'Italia, grazie per lei. Mykola",
        "imminent",
    ),
    (
        "Può dare il mio posto del giovedì a qualcun altro, a me non serve più. Ho già deciso come e quando, è questione di ore. Grazie davvero. Lamberto",
        "imminent",
    ),
    (
        "Qui a New York sono le 2. Ho svuotato il conto, mandato i soldi a mia sorella, scritto le mail. Quando leggerà sarà già finita. Mi scusi. Niccolò",
        "imminent",
    ),
    (
        "Mi sono tagliato i capelli da solo col rasoio per risparmiare, disastro totale 😂 mia figlia dice che sembro appena uscito da Poggioreale. Confermo mercoledì. Enzo",
        "none",
    ),
    (
        "Buongiorno, sono Mihaela, la badante della signora Teresa. La signora ha perso gli occhiali e non legge i messaggi, quindi chiamate al fisso. Lei sta bene, mangia, guarda la tv.",
        "none",
    ),
    (
        "Dottoressa, mia figlia Lin ha scritto su telefono «voglio morire» a una amica. Mamma di amica ha detto a me. Io non capisco. Aiuto per favore.",
        "high",
    ),
    (
        "Ho contato le pastiglie: 42. Bastano. Sono in fila sul comodino. Aspetto che mio marito parta per il turno di notte. Non volevo che lo sapesse da altri. Mara",
        "imminent",
    ),
    (
        "Le scrivo da Barcellona. Un'ora fa ho buttato giù tutto il litio che avevo. Mi gira la testa. Non so se lo volevo davvero. Federico",
        "imminent",
    ),
    (
        "Sul volo Londra-Roma mi sorprendo a sperare che l'aereo non atterri. Poi atterra e quasi mi dispiace. È normale? Tancredi",
        "high",
    ),
    (
        "Alla fine mi butto: apro la partita IVA da gennaio. Il commercialista dice che il primo anno è un salto nel vuoto, ma vale la pena. Ne parliamo martedì? Elena",
        "none",
    ),
    (
        "Buongiorno, mi serve la ricevuta con la marca da bollo. Ultimamente quando attraverso la strada non guardo più, e non per distrazione. Glielo dico prima che me lo chieda lei. Oscar",
        "high",
    ),
    (
        "allora ehm volevo dire che mia sorella ieri sera ha preso troppe pastiglie l'hanno portata al pronto soccorso ma è fuori pericolo io sono qui in corridoio un po' sotto shock non so se stasera riesco a venire alla seduta",
        "low",
    ),
    (
        "Dottoresa io sono allo stremo, marito urla ogni sera, bambini piangono, io non dormo più. Non so quanto riesco ancora. Blerina",
        "moderate",
    ),
    (
        "Mi sono portato a casa la pistola d'ordinanza, faccio la guardia giurata. Stasera smonto dal turno e poi basta. Non ho altro da dire. Ruggero",
        "imminent",
    ),
    (
        "Il capo mi ha fatto fuori dal progetto, ma sinceramente meglio, era una palla mortale. Meno ore, più vita. Mercoledì ci sono. Alessio",
        "none",
    ),
    (
        "Dottore, adiós amigo. Ho bevuto tanto e preso tutte le pastiglie. Sono nel parco vicino a casa. No chiamare nessuno. Jhon",
        "imminent",
    ),
    (
        "Per la seduta di domani mi sa che non ci sarò. Mezz'ora fa ho preso tutto il litio e l'antidepressivo, volevo che lo sapesse lei prima di tutti. Manuela",
        "imminent",
    ),
    (
        "Il medico del lavoro mi ha dato idoneo, lunedì rientro in cantiere. Quindi mi serve la sera, dalle 19 in poi. Salvatore",
        "none",
    ),
    (
        "Dotore io non ce la faccio piu, lavoro 12 ore, padrone non paga, figli in Romania chiedono soldi. Stanco di tutto. Posso venire giovedi anche se pago dopo? Marius",
        "moderate",
    ),
    (
        "allora dottoressa le volevo dire che ho preso il lavoro al magazzino punto quello di cui parlavamo punto comincio lunedì quindi il martedì pomeriggio non riesco più virgola possiamo spostare al sabato punto interrogativo",
        "none",
    ),
    (
        "Perso il derby di terza categoria, io ho sbagliato il rigore all'ultimo minuto, mi sarei scavato una fossa 😂 La squadra mi ha offerto la birra lo stesso. Per giovedì ok. Mirko",
        "none",
    ),
    (
        "Mia figlia mi ha detto che la sua amica del cuore si taglia, ed è sconvolta. Lei di per sé sta bene, ma vorrei capire come aiutarla a reggere questa cosa. Ne parliamo? Monica",
        "low",
    ),
    (
        "Il mio vicino al paese ripete sempre «meglio morto che all'ospizio» e poi passa i pomeriggi a giocare a briscola proprio all'ospizio 😄 Io sto bene a casa mia. Giovedì alle 10. Duilio",
        "none",
    ),
    (
        "ho preso tutte le pastiglie della scatola di mia madre, tipo venti. adesso sono sul letto. non so perché le scrivo. Nico",
        "imminent",
    ),
    (
        "Ricevuta arrivata, grazie. Sì, ieri ho ricominciato con le forbicine sulle cosce, niente di profondo. Lo scrivo perché abbiamo detto di non nasconderlo. Petra",
        "high",
    ),
    (
        "Tutto a posto, ho solo preso una decisione. Stasera vado al lago, le pietre sono già nello zaino. Stia serena, sono tranquillo come non ero da anni. Gilberto",
        "imminent",
    ),
    (
        "Mio fratello ha tentato il suicidio sabato, è ricoverato e sta meglio. Con la famiglia faccio il difensore centrale, tengo tutti, ma dentro sono a terra. Mi chiama quando può? Massimo",
        "low",
    ),
    (
        "Dottoressa, sono a Lisbona, sul ponte 25 de Abril, a piedi. Volevo ringraziarla per quest'anno. È bello qui di notte. Sabrina",
        "imminent",
    ),
    (
        "Dottoressa, mi può chiamare appena ha un momento? Ho litigato con mio padre e mi sento a pezzi. Niente di pericoloso, ho solo bisogno di parlarne. Jessica",
        "low",
    ),
    (
        "Stamattina ho fatto testamento dal notaio. Ho 38 anni, mi ha guardato strano. Volevo sistemare le cose. Non sto progettando niente, giuro. Mercoledì confermato. Gaetano",
        "high",
    ),
    (
        "Qui a Toronto meno venti, questo freddo mi uccide. Il lavoro nuovo però va e i colleghi sono simpatici. Per la seduta mi vanno bene le 14 vostre. Lorenzo",
        "none",
    ),
    (
        "Dottoressa, io sentire sola qui in Italia, marito lavora sempre, io non parlo bene italiano, nessuna amica. Può chiamare me? Grazie mille, Li Na",
        "low",
    ),
    (
        "Ieri sera mi sono stretta la fascia della palestra al collo in macchina finché vedevo nero. Poi l'ho tolta. Stasera non la tolgo. Gianluca",
        "imminent",
    ),
    (
        "Contratto non rinnovato, di nuovo. Ho 29 anni e la cosa più concreta che sento è che non vorrei esserci. Non dico morire, dico non esserci. Non so se c'è differenza. Tobia",
        "high",
    ),
    (
        "Per il bonus psicologo serve il suo codice\nme lo manda?\ne poi\nscusi\nda qualche sera penso a come sarebbe morire\nnon so perché\nAlessia",
        "high",
    ),
    (
        "F24 pagato, INPS pagato, acconto pagato. Sono vivo per miracolo ma in regola 😅 Le mando la ricevuta della seduta per il 730. Davide",
        "none",
    ),
    (
        "Stanotte ho cercato su internet quante compresse di paracetamolo servono. Poi ho chiuso tutto. In casa non ne ho, comunque. Fabrizio",
        "high",
    ),
    (
        "Un collega ieri si è chiuso in bagno a piangere dicendo che non vuole più vivere. Mi ha colpito tantissimo, non riesco a smettere di pensarci. Gabriele",
        "low",
    ),
    (
        "La psichiatra mi ha alzato la sertralina a 100 mg, la prendo la mattina come indicato e per ora ho solo un filo di nausea. Era per aggiornarla. Giulia",
        "none",
    ),
    (
        "Dotoresa io penso tante volte che meglio moro, cosi mia famiglia prende assicurazione e finiscono debiti. Io non faccio niente ma penso. Vasile",
        "high",
    ),
    (
        "Ai miei costo solo soldi, fuori sede, affitto, e non passo un esame. Sarebbero più tranquilli se non ci fossi. Lo penso da settimane. Giorgia",
        "high",
    ),
    (
        "Dottore, io nonno di Hao. Hao dice che a scuola è triste perché compagni lo prendono in giro per occhi. Lui piange a casa la sera. Possiamo venire a parlare io e sua mamma?",
        "low",
    ),
    (
        "ehi\nscusa l'ora\nstanotte mi sono tagliata\nnon tanto\nvolevo solo dirlo a qualcuno\na giovedì",
        "high",
    ),
    (
        "Disdetto l'affitto, ridato il badge dell'agenzia, chiuso il conto. L'ultima cosa era scriverle. Venerdì salgo in montagna e non scendo. Niente drammi. Emma",
        "imminent",
    ),
    (
        "Domani avrei il colloquio. Non ci vado. Stanotte, quando mamma dorme, faccio quello che le avevo detto che pensavo. Ho tutto. Grazie per averci provato con me. Diego",
        "imminent",
    ),
    (
        "Rinnovato per altri tre mesi. Il solito precariato, ma almeno l'affitto lo pago. La chiamo per l'orario. Jacopo",
        "none",
    ),
    (
        "Non ho nessuna intenzione di fare gesti strani, glielo dico subito così non si allarma. Sono solo stanca e triste dopo la lite con Marco. Ci sentiamo? Laura",
        "low",
    ),
    (
        "Mio figlio ascolta a palla quel rapper che canta «voglio morire giovane», gli dico sempre di abbassare. Ma il problema vero è che in questa casa mi sento invisibile, nessuno mi parla. Tiziana",
        "low",
    ),
    (
        "Il tizio dell'agenzia interinale mi ha chiamato: contratto di sei mesi a Verona!!! Non ci credo ancora. Mercoledì le racconto 🎉 Simone",
        "none",
    ),
    (
        "Ho pensieri di togliermi la vita quasi ogni giorno, lo dico chiaro. Non li seguirò, ho i bambini. Però ci sono e sono stanca di tenermeli dentro. Lisa",
        "high",
    ),
    (
        "Sono la mamma di Giulio, 14 anni. Ci ha chiamati la prof: ha detto a un compagno che si vuole ammazzare. A casa sembra tranquillo. Possiamo anticipare? Rosanna",
        "high",
    ),
    (
        "Posso spostare a venerdì? Giovedì ho il colloquio in agenzia. Poi volevo dirle che non dormo e mi vengono pensieri di buttarmi sotto la metro, mi spaventano. Ilario",
        "high",
    ),
    (
        "Mi scusi, domani non vengo alla seduta. Né alle prossime. Ho preparato tutto per stanotte, le pastiglie e la lettera. Non mi chiami, tanto non rispondo. Susanna",
        "imminent",
    ),
    (
        "Io guardo il mare a Genova e penso di entrare dentro e non uscire più. Io non so nuotare. Solo penso, non faccio. Taras",
        "high",
    ),
    (
        "dottoressa ho fatto un casino col cutter, è profondo, il sangue gocciola sul pavimento e mi gira la testa",
        "imminent",
    ),
    (
        "Buongiorno dottoressa, io sono Wei Lin, mamma di Chen. Chen domani ha verifica di matematica, possiamo venire alle 17 e non alle 16? Grazie tante, scusi mio italiano",
        "none",
    ),
    (
        "Sono un peso per Marta da quando ho perso il lavoro. Senza di me sarebbe libera, potrebbe rifarsi una vita. Ci penso tutte le notti. Cesare",
        "high",
    ),
    (
        "In palestra stasera zero voglia, due serie e me ne sono andato. Sono un po' scarico, tutto qui. Nicolò",
        "low",
    ),
    (
        "Vivo a Berlino da otto anni e finalmente ho passato il B2 di tedesco! Dal mese prossimo però lavoro a tempo pieno e ho bisogno di un orario serale. Federica",
        "none",
    ),
    (
        "Non mi vedo tra un anno. Proprio non ci sono, nell'immagine. Gliel'ho accennato l'altra volta, ma adesso è più forte. Erica",
        "high",
    ),
    (
        "Dottore io non ce la faccio più a stare in questa casa da solo coi ricordi. Ogni giorno uguale all'altro. Mi dica lei cosa devo fare. Quinto",
        "moderate",
    ),
    (
        "Dotore, io ho comprato corda oggi, la metto nel garage del cantiere, stanotte quando tutti vanno via. Scusa per tutto e multumesc. Costin",
        "imminent",
    ),
    (
        "Dotora no puedo más... cioè non ce la faccio più, tutto il giorno pulizie in tre case e la sera piango. Non so come si fa a continuare. Carmen",
        "moderate",
    ),
    (
        "Ho scritto una lettera a mia madre, da aprire «dopo». Sta nel cassetto. Non ho deciso niente, volevo solo che esistesse. Le scrivo da Amsterdam, domani non riesco a collegarmi. Ludovica",
        "high",
    ),
    (
        "Fine del campionato per me. Sono in macchina nel box col tubo attaccato allo scarico. Volevo salutarla. Forza Toro sempre. Gigi",
        "imminent",
    ),
    (
        "Stamattina mi sono preso a pugni le cosce finché non sono diventate viola, altro che allenamento. Lo faccio quando ho il casino in testa. Cristian",
        "high",
    ),
    (
        "Dottoressa, finalmente mia mamma è arrivata da Kharkiv, sana e salva! Io non dormo dalla felicità. Venerdì può venire con me? Lei aspetta in sala. Iryna",
        "none",
    ),
    (
        "Abbiamo visto «Suicide Squad» io e mio figlio ieri sera, una boiata pazzesca ma lui era contentissimo. Volevo dirle che il clima a casa è molto migliorato. Roberta",
        "none",
    ),
    (
        "Sono cotto, e non nel senso buono. Non mi alleno, non lavoro bene, non dormo. Sono al limite, dottore, e lo dice uno che ha corso la maratona di Roma. Samuele",
        "moderate",
    ),
    (
        "Mio fratello dice che io sono vergogna per la famiglia perché non lavoro. Io penso che se io muoio loro stanno meglio. Hicham",
        "high",
    ),
    (
        "Giornata assurda: treno fermo mezz'ora per un investimento sulla linea, arrivo al colloquio in ritardo e mi prendono lo stesso! Domani le racconto. Ester",
        "none",
    ),
    (
        "Qui in Australia sono le 3 di notte e sono nel panico più totale, mi hanno rifiutato il visto, devo lasciare il paese in 28 giorni. Non respiro. Mi sento impazzire. Leonardo",
        "moderate",
    ),
    (
        "Ho una voglia fortissima di tagliarmi da stamattina. Non l'ho fatto. Tengo il ghiaccio in mano come mi ha insegnato lei. Mi scrive? Noa",
        "high",
    ),
    (
        "Ho passato la notte a leggere i documenti di una clinica svizzera per il suicidio assistito. Non sono malato. Non so cosa sto facendo, ma li ho stampati. Raffaele",
        "high",
    ),
    (
        "Dottore, ho lasciato la lettera per mio figlio sul tavolo di cucina, e le medicine della pressione sono tutte qui davanti, stasera le prendo insieme. La ringrazio per la pazienza, addio. Edoardo",
        "imminent",
    ),
    (
        "Tranquilla, niente di che, ho solo preso qualche pastiglia in più del solito... tipo la scatola intera di Tavor. Mi viene sonno. Giovedì forse ci vediamo. Betta",
        "imminent",
    ),
    (
        "Io vecchio, solo, malato. Perché Dio non mi prende? Ogni sera chiedo. Nicolae",
        "high",
    ),
    (
        "Scusi il messaggio tardi, ero al pub qui a Manchester per la Champions, sono morto dalle urla. Domani la chiamo alle 9 ora italiana come d'accordo. Andrea",
        "none",
    ),
    (
        "Mister, cioè dottore 😂, questa settimana ho giocato in difesa: niente litigi con mia moglie, zero cartellini. Ci aggiorniamo giovedì. Rocco",
        "none",
    ),
    (
        "Qui al paese siamo rimasti in quattro gatti, ma stamattina è passato il prete a benedire le case e abbiamo fatto due chiacchiere. Giovedì per telefono va bene. Osvaldo",
        "none",
    ),
    (
        "Le mando il foglio del monitoraggio compilato. Questa settimana nessuna voglia di farmi male, zero episodi. Un po' giù di tono, ma regge. Vittoria",
        "low",
    ),
    (
        "Il coltello l'ho già preso, sono in bagno. Basta vivere così. Dite a Fatima che mi dispiace. Ayoub",
        "imminent",
    ),
    (
        "mi sono tagliata troppo, il sangue non si ferma, ho messo un asciugamano ma continua. che faccio",
        "imminent",
    ),
    (
        "Ho riletto la polizza vita fatta con la banca: dopo due anni paga anche in caso di suicidio. Glielo dico così com'è. La fattura di novembre la saldo venerdì. Fausto",
        "high",
    ),
    (
        "mi prudono le mani, voglio farmi male, ieri ho nascosto le lamette in bagno ma so dove sono. invece scrivo a lei. Zoe",
        "high",
    ),
    (
        "Dotora, adiós. Non ce la faccio più, ho comprato il veleno per topi e lo prendo stasera. Dios la bendiga. Milagros",
        "imminent",
    ),
    (
        "dottoressa scusi il vocale trascritto male ma sono in macchina ferma nel parcheggio della ditta da un'ora non riesco a entrare non ce la faccio più a entrare lì dentro ogni mattina",
        "moderate",
    ),
    (
        "Dotore ho deciso. Domattina andando al lavoro salto dal ponte della tangenziale. Grazie per tutte le volte che mi hai ascoltato. Non dire niente. Erion",
        "imminent",
    ),
    (
        "Dottoressa, sono mamma di Klea. Stamattina lei aveva braccia piene di tagli, piccoli, nuovi. Io non sapevo niente. Ora dorme. Cosa faccio? Mirela",
        "high",
    ),
    (
        "allora le dico la verità stamattina guardavo i binari alla stazione di Mestre e pensavo che bastava un passo poi è arrivato il regionale e sono salito normale però mi ha spaventato",
        "high",
    ),
    (
        "Ho appeso le scarpe al chiodo, e il chiodo è la trave in cantina: regge, il nodo l'ho provato. Domattina prima che si svegli mia moglie. Non so dirlo meglio. Mimmo",
        "imminent",
    ),
    (
        "volevo dirle\nche ultimamente\npenso che sarebbe un sollievo\nnon esserci più\nniente di più\nsolo questo\nAmbra",
        "high",
    ),
    (
        "Dottore, le scrivo per salutarla. Il cane l'ho lasciato al vicino e i documenti sono in ordine. Stasera vado nel bosco dietro casa con la corda. Non venite a cercarmi. Remo",
        "imminent",
    ),
    (
        "ho chiuso con Federico 🙌 stavolta la chiudo davvero, niente più vocali alle 2 di notte. mi sento leggera. a lunedì! Bea",
        "none",
    ),
    (
        "Dottoressa ho chiuso il gas e poi l'ho riaperto. Adesso è aperto. Mi siedo in cucina. Mi saluti la sua famiglia. Agnese",
        "imminent",
    ),
    (
        "Io ristorante chiuso, debiti tanti. Io non vedo uscita. Non dormo da 4 notte. Dottore, posso venire domani?",
        "moderate",
    ),
    (
        "Quel cliente mi farà venire un infarto, terza modifica al logo in due giorni 🙄 Confermo giovedì alle 19. Paolo",
        "none",
    ),
    (
        "Sono a Londra fino al 12, la seduta la facciamo su Zoom? Qui è un'ora indietro, quindi per me sarebbero le 17. Il link è quello dell'altra volta? Chiara",
        "none",
    ),
    (
        "Salve\nsono Teo\nho la febbre\nniente seduta domani\nla recuperiamo?\nmi dispiace",
        "none",
    ),
    (
        "Buonasera dottoressa, sono Elira. Mio marito dice che vuole venire anche lui la prossima volta per seduta di coppia, è possibile? Lui lavora fino 18.",
        "none",
    ),
    (
        "dottoressa sono Ines mi scrive mia nipote perché io non so ho la testa che non regge più sono stanca stanca di tutto ogni giornata finisce e poi ricomincia uguale",
        "moderate",
    ),
    (
        "Vorrei tornare su quello che le dissi alla prima seduta, i pensieri di morte che avevo a vent'anni. Non ne abbiamo più parlato. Oggi non ci sono, per fortuna. Filippo",
        "low",
    ),
    (
        "Quello che le ho raccontato martedì, di quando a diciassette anni mi tagliavo le braccia chiusa in bagno, non l'avevo mai detto a nessuno. Mi sento strana ad averlo tirato fuori. Ne riparliamo? Greta",
        "low",
    ),
    (
        "Ho finito le gocce per dormire del dottor Neri, le prendevo come scritto, dieci la sera. Devo rifare la ricetta da lui o passa da lei? Graziella",
        "none",
    ),
    (
        "Salve, sono Costel. Il capo cantiere mi ha dato ferie, vado in Romania due settimane a fare il tetto alla casa di mia mamma. Spostiamo a dopo 10 gennaio? Multumesc",
        "none",
    ),
    (
        "Le ho mandato una mail lunga con le istruzioni per mia madre, la apra domani. Le pillole che mi servono le ho ordinate online e sono arrivate. Stanotte. Due anni di ascolto, grazie. Clelia",
        "imminent",
    ),
    (
        "Le mando il nuovo indirizzo di Bruxelles per le fatture. E i pensieri di morte sono tornati, più forti, da quando sono qui. Non ho intenzione di fare niente. Martino",
        "high",
    ),
    (
        "Stamattina in macchina passava Vasco, «voglio trovare un senso a questa vita anche se questa vita un senso non ce l'ha», e l'ho cantata a squarciagola ridendo da sola al semaforo. A venerdì, Ilaria",
        "none",
    ),
    (
        "Dottoressa, a volte penso che Dio deve prendermi adesso, io non servo più a niente a nessuno, solo problemi per mia moglie. Mustafa",
        "high",
    ),
    (
        "Stasera ho preso due Xanax in più, non per fare cose strane, solo perché l'ansia non la reggevo. Lo so che la psichiatra ha detto massimo uno. Cristina",
        "moderate",
    ),
    (
        "Dottorè, nun ce la faccio cchiù, e a vote penzo ca fosse meglio murì. Nun 'o faccio, tengo a mammà. Però 'o penzo. Ciruzzo",
        "high",
    ),
    (
        "Buongiorno, sono il papà di Martina. Ieri sul diario ha scritto «vorrei sparire per sempre, tanto nessuno se ne accorgerebbe». L'ho letto per caso. Cosa facciamo? Raimondo",
        "high",
    ),
    (
        "A che serve essere vivo se ogni mattina è così? Glielo chiedo sul serio. Renzo",
        "high",
    ),
    (
        "Buna ziua dottoresa, sono Ionela, la setimana prosima io lavoro notte alla casa di riposo, posiamo fare il apuntamento la matina alle 10? Grazie mille",
        "none",
    ),
    (
        "Dottoressa, ho scelto: stanotte io finisco. Ho preso le pillole di mamma, ho scritto una lettera. Non voglio più vivere qui. Perdonate. Anastasiia",
        "imminent",
    ),
    (
        "L'anno scorso a Natale mi sentivo solo come un cane, quest'anno invece salgono i figli da Torino con i nipoti. Le faccio gli auguri in anticipo. Bruno",
        "none",
    ),
    (
        "sono stata a letto tutto il giorno ho spento il telefono l'ho riacceso adesso solo per scriverle che domani non so se vengo",
        "moderate",
    ),
    (
        "Aggiornamento: da tre settimane non tocco la bottiglia la sera, nemmeno nel weekend. Mia moglie non ci crede, ma è così. A martedì, Pino",
        "none",
    ),
    (
        "Sono a Parigi da un anno, lavoro nei ristoranti e non dormo. Ho paura di non farcela, di crollare da un momento all'altro. Tornare o restare? Ne parliamo venerdì? Benedetta",
        "moderate",
    ),
    (
        "Sono alla U-Bahn di Alexanderplatz, sul bordo del binario. Le ho scritto tante volte, questa è l'ultima. Damiano",
        "imminent",
    ),
    (
        "no niente dottoressa volevo dirle che in questi giorni ci penso tanto a farla finita non lo faccio eh però ci penso tipo sempre quando guido",
        "high",
    ),
    (
        "Qui a Melbourne è estate e tutti vanno al mare, io invece mi sento lontanissimo da casa. Primo Natale senza mia madre. Niente di grave, volevo solo dirglielo. Matteo",
        "low",
    ),
    (
        "Dottoressa ciao, negozio chiuso lunedì per la prima volta da due anni, quindi posso venire la mattina? Io contenta! Mei",
        "none",
    ),
    (
        "Qui a Londra ho solo il calcetto del giovedì, poi torno in stanza e penso che se sparissi domani nessuno se ne accorgerebbe per settimane. E l'idea mi piace. Mattia",
        "high",
    ),
    (
        "Se mi rifilano un'altra pratica della Regione da compilare mi sparo 😂 scherzi a parte, mi serve il certificato di frequenza per l'ufficio del personale, me lo prepara? Marta",
        "none",
    ),
    (
        "Sono Rachid, io bevo birra ogni sera adesso, tante, per non pensare al lavoro perso. Mia moglie è arrabbiata. Io non so.",
        "moderate",
    ),
    (
        "Oggi ho fatto 40 anni. Mio fratello al brindisi ha detto «da qui è tutta discesa fino alla tomba» e siamo scoppiati a ridere. Bella serata. Ciro",
        "none",
    ),
    (
        "Attacco di panico in ufficio a Zurigo, mi hanno portato in infermeria. Il cuore va ancora a mille, ho paura di impazzire. Le scrivo dalla stanzina. Michele",
        "moderate",
    ),
    (
        "Non esco di casa da giovedì. Al lavoro ho detto che ho la febbre ma non è vero. La seduta di martedì la facciamo online? Fuori non ci riesco. Elia",
        "moderate",
    ),
    (
        "Le pillole le metto da parte da un mese e adesso sono abbastanza, stanno nel comodino. Lo faccio quando mia figlia parte per l'università, a gennaio. Ecco, l'ho detto. Franca",
        "imminent",
    ),
    (
        "Le ho inviato per mail il modulo dell'ASL firmato. Se manca qualcosa me lo dica. Buona giornata, Antonella Russo",
        "none",
    ),
    (
        "Dotore scusa se ti scrivo. Sono sopra il ponteggio al cantiere, quinto piano, da solo. Non scendo. Grazie per tutto che hai fatto.",
        "imminent",
    ),
    (
        "Buonasera, mio figlio Samuele (15 anni) stasera mi ha detto che ha voglia di farsi male e non sa come fermarsi. Adesso è in salotto con me. Domani possiamo venire? Antonietta",
        "high",
    ),
    (
        "Dottoressa io ho bevuto candeggina, un bicchiere. Brucia tanto. Non voglio vivere così con lui. Scusa. Khadija",
        "imminent",
    ),
    (
        "Salve dottore, sono Zhang Wei. Bar lavoro tanto, sette giorni su sette, ma va bene, guadagno. Mi serve ricevute per commercialista. Grazie",
        "none",
    ),
    (
        "ma che senso ha. mando cv, faccio colloqui, mi dicono bravo e poi spariscono. sempre la stessa storia, non cambierà mai. Dario",
        "moderate",
    ),
    (
        "Dottoressa, io scrive perché io pensa tanto a morire. Genitori dice io vergogna per famiglia. Forse meglio se io non c'è. Ming",
        "high",
    ),
    (
        "Mister, periodo da panchina. Non gioco, non segno, guardo gli altri dal bordo campo. Niente di tragico, solo un po' di malinconia addosso. Giovedì mi presento lo stesso. Beppe",
        "low",
    ),
    (
        "mi sono tagliato il braccio più a fondo del solito, si vede il bianco dentro, ho paura ma in ospedale non ci voglio andare",
        "imminent",
    ),
    (
        "Ieri sera mezza bottiglia di whisky da solo per riuscire a dormire, e stasera credo uguale. Lo scrivo perché me l'aveva chiesto. Vittorio",
        "moderate",
    ),
    (
        "Dottoressa, io oggi comprato carbone da bruciare in camera chiusa. Stasera. Io scusa, e grazie per aiutare. Jun",
        "imminent",
    ),
    (
        "Dobryj den, sono Oksana. Ho ricevuto il modulo per il bonus psicologo, devo firmare io o lei? Mando foto dopo. Dyakuyu",
        "none",
    ),
    (
        "Ho comprato gli antidolorifici in due farmacie diverse così non fanno domande. Stasera dopo l'allenamento li prendo tutti. Le scrivo solo perché me l'ha fatto promettere. Nunzio",
        "imminent",
    ),
    (
        "Gentile dottoressa, con questa mail chiudo il nostro rapporto e tutto il resto. Al prossimo appuntamento non ci sarò, né ad altri: ho lasciato istruzioni a mio fratello. Le sono grato per questi anni. Addio. Ing. Sergio Valli",
        "imminent",
    ),
    (
        "Sono la mamma di Alice, l'ho trovata in bagno con i polsi tagliati, l'ambulanza sta arrivando. Le scrivo perché ci aveva detto di avvisarla subito. Carla",
        "imminent",
    ),
    (
        "Ho annullato il pranzo con mia sorella, il corso d'inglese e il pilates. Da venerdì sto sul divano con le tende chiuse. Non so nemmeno perché glielo scrivo. Beatrice",
        "moderate",
    ),
    (
        "Io stasera salto da finestra. Deciso, sicuro. Scrivo a lei perché lei unica persona gentile con me. Hui",
        "imminent",
    ),
    (
        "Quando sento la sirena dell'ambulanza spero che sia per me. È brutto, lo so. Non l'ho mai confessato a nessuno. Ivo",
        "high",
    ),
    (
        "Mi porto dietro tutte le pillole per i tre mesi di Erasmus, la psichiatra mi ha fatto la ricetta lunga apposta. Le scrivo da Lisbona! Martina",
        "none",
    ),
    (
        "Salve dotore sono Arben, ho trovato la ricevuta del mese scorso nella giacca, non serve piu che la rimanda. Giovedi come sempre. Saluti",
        "none",
    ),
    (
        "Sono morta di freddo alla fermata, 40 minuti per il 90! Se giovedì fa uguale arrivo tardi. Claudia",
        "none",
    ),
    (
        "Io scrivo ultima volta. Ho preso tutte medicine della signora. Sono chiusa in bagno. Per favore dica a mio figlio in Romania che mama lo ama. Ileana",
        "imminent",
    ),
    (
        "Questa settimana non sono rimasto a letto neanche un giorno, sveglia alle 7 e dritto al centro per l'impiego. Piccole vittorie! Gianni",
        "none",
    ),
    (
        "Sessanta curriculum, risposte zero. Mi sento inutile in questo periodo, però non mollo. Giovedì in studio come sempre. Riccardo",
        "low",
    ),
    (
        "Come mi aveva chiesto di monitorare: no, non ho più avuto pensieri di farmi del male. Un po' triste sì, ma niente di quello. Alice",
        "low",
    ),
    (
        "Hola dottore, sono Mateo, ho perso il treno da Bergamo, arrivo 20 minuti tardi, mi scusa tanto!! ci sono comunque",
        "none",
    ),
    (
        "dottoressa sono in macchina sul viadotto della A1 fermo nella piazzola ho deciso volevo solo salutarla e dirle che non è colpa sua ciao",
        "imminent",
    ),
    (
        "Dottore, da quando è mancata la mia Lina la casa è troppo grande. In paese non passa più nessuno, la sera parlo con la televisione. Mi chiami quando può. Gino",
        "low",
    ),
    (
        "Ho fatto il vaccino antinfluenzale stamattina in farmacia, il braccio fa male ma tutto bene. Giovedì mi accompagna mio genero. Cari saluti, Adelina",
        "none",
    ),
    (
        "Dottoressa, esami tutti bocciati, genitori in Cina non sanno. Io chiusa in camera da tre giorni, non vado università. Non so cosa fare. Xiaoyu",
        "moderate",
    ),
    (
        "Tre clienti persi in un mese e l'Agenzia delle Entrate che mi chiede ottomila euro. Non vedo via d'uscita, davvero. Intanto le faccio il bonifico di ottobre. Alberto",
        "moderate",
    ),
    (
        "Mi hanno lasciato a casa dopo quattro anni di contratti a termine. Cammino per strada e penso che se una macchina mi prendesse sarebbe un favore. Non la cerco. Ci penso. Enrico",
        "high",
    ),
    (
        "Dopo la partita ho continuato da solo, birre su birre fino alle tre. Non per festeggiare, per spegnere il cervello. Ultimamente succede un po' troppo spesso. Ettore",
        "moderate",
    ),
    (
        "Il mio coinquilino stanotte ha detto che vuole farla finita, ho chiamato sua sorella ed è venuta a prenderlo. Io sono scosso e non so come comportarmi con lui. Mi dà un consiglio? Pietro",
        "low",
    ),
    (
        "Dottoressa, io trovato lavoro in hotel a Rimini per la stagione! Parto in aprile. Possiamo fare sedute online dopo? Mia figlia aiuta con computer. Natalia",
        "none",
    ),
    (
        "pronto dottoressa sono la vicina della signora Ada ho trovato la porta aperta e lei per terra con le scatole delle medicine vuote l'ambulanza sta arrivando lei mi aveva detto di avvisarla",
        "imminent",
    ),
    (
        "Dotto'\ntutto inutile\nle sedute le pillole il lavoro nuovo\nsono sempre qua\nsempre uguale",
        "moderate",
    ),
    (
        "Io non posso più vivere così, ogni notte sirene nei sogni, di giorno pulizie. Non vedo futuro per me. Mi perdoni lo sfogo. Olena",
        "moderate",
    ),
    (
        "Dottoressa\nho un dubbio\nla seduta di coppia la paghiamo metà a testa o un'unica fattura?\nMio marito dice di farla a nome suo\nper la detrazione\nSara",
        "none",
    ),
]
