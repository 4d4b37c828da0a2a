"""Training-only messages for the learned risk net (bench/train_risk_net.py), author L.

Italian health workers and people who know the means, intellectualisers, literal autistic/ADHD writers, intellectual disability, the very old, gamers,
probation/ex-prison, debt, night workers; regional Italian and dialect, formal Lei, no-accent SMS, slang, one-line texts to long e-mails with buried risk.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Dottore, prego ogni sera il Signore che mi prenda nel sonno. Ho 94 anni e ho visto tutto. Non è tristezza, è che basta così.",
        "high",
    ),
    (
        "Una cliente di sempre oggi voleva tutte insieme le scatole di sonnifero 'per farla finita con l'insonnia una volta per tutte'. Ho chiamato il suo medico di base. Mi è rimasta addosso un'angoscia che non so dove mettere.",
        "low",
    ),
    (
        "Dotor, go da portarle el certificato par l'INPS, el xe pronto o passo la setimana dopo? Grassie. Bepi",
        "none",
    ),
    (
        "Dutturi, staiu pigghiannu tutti i pinnuli. Vulia sulu diricci grazzi. Nun chiamati a nuddu.",
        "imminent",
    ),
    (
        "Ho trasferito gli ultimi soldi a mia figlia, ho disdetto gli abbonamenti, ho lasciato le istruzioni al notaio. Domenica mattina, al ponte sul Piave. Mi dispiace.",
        "imminent",
    ),
    (
        "Oggi sono triste. Motivo: il negozio di modellini ferroviari in via Nizza ha chiuso. Intensità: 6 su 10. Lo registro qui come avevamo concordato.",
        "low",
    ),
    (
        "Gentile dottoressa,\nle mando, come promesso, qualche riflessione sulla settimana, così giovedì non perdiamo tempo.\n\nHo finito il saggio di Han sulla società della stanchezza: interessante ma ripetitivo, la tesi si esaurisce in trenta pagine e il resto è variazione. Al lavoro la revisione contabile è andata bene, il revisore ha trovato solo due discrepanze formali. Ho ripreso a correre il martedì, con risultati modesti.\n\nHo anche ripreso a pensare al ponte della tangenziale: lo guardo ogni mattina dal treno in un modo diverso da prima, misuro l'altezza, immagino. Non credo sia il caso di drammatizzare, ma visto che lei insiste sulla completezza dei resoconti lo inserisco.\n\nPer il resto: mia madre sta meglio dopo l'operazione all'anca, e mio fratello ha finalmente trovato un appartamento. Le porto le ricevute per la detrazione.\n\nCordiali saluti,\nFilippo",
        "high",
    ),
    (
        "Sun chì sul tett del condominio in via Padova. Ho lasciato la lettera in portineria. Ciao dottore, grazie de tutt.",
        "imminent",
    ),
    (
        "Gentile dottore, sono la signora Ines, 91 anni compiuti domenica. I nipoti mi hanno insegnato a mandare i messaggini, ecco il primo! Giovedì mia figlia mi porta alle 15, arrivo un pochino dopo. Distinti saluti.",
        "none",
    ),
    (
        "fuori è più difficile che dentro, almeno là c'era gente con cui parlare. qui non conosco nessuno e la sera è lunga. mi sento solo dotto",
        "low",
    ),
    (
        "Dottore giovedi non ce la faccio perche mi si e rotta la macchina e il meccanico me la ridà lunedi. possiamo fare la settimana dopo? Pino",
        "none",
    ),
    (
        "Domanda da collega, per curiosità professionale: la dose letale di potassio in vena la sa lei? Me lo chiedo da giorni, e non per un paziente.",
        "high",
    ),
    (
        "Ho rinnovato il porto d'armi per la caccia, visita passata, la dottoressa dell'ASL ha detto che sono a posto con la testa 😂 e l'ho messo per iscritto. Giovedì ne ridiamo. Sergio",
        "none",
    ),
    (
        "Non ho preso niente più del solito stasera, la dose è quella che mi ha dato lo psichiatra, stia tranquilla. Sono solo triste e volevo dirlo a qualcuno.",
        "low",
    ),
    (
        "Con la fedina sporca nessuno mi assume. Quaranta colloqui. Non cambierà mai, sarò sempre quello uscito da Poggioreale.",
        "moderate",
    ),
    (
        "Lavoro da vent'anni dietro un bancone e mi accorgo che non spero più niente. Nessuna idea brutta, stia tranquilla, solo il vuoto e la certezza che non cambierà niente.",
        "moderate",
    ),
    (
        "Mi ha scritto l'assistente sociale che l'udienza slitta a febbraio. Mi sento giù e ho bisogno di sentirla, anche solo cinque minuti.",
        "low",
    ),
    (
        "Turno finito alle 6. Non torno a casa. Sono sul binario dietro l'area di servizio, il primo regionale passa alle 6:42.",
        "imminent",
    ),
    (
        "nn ce la faccio piu a vivere cosi vorrei solo sparire per sempre e non sentire piu niente",
        "high",
    ),
    (
        "Dotto', stanotte aggio penzato 'e me ne jì pe' sempe. Nun è 'na cosa ca faccio, è 'na cosa ca penzo, ma 'a penzo assaje.",
        "high",
    ),
    (
        "sono morto 40 volte contro il boss finale di elden ring ma alla fine l'ho buttato giu 😎 giovedi ci sono dotto",
        "none",
    ),
    (
        "Ho passato 36 ore a letto. Ho mangiato solo crackers. Il corpo non è malato. Penso sia quello che lei chiama depressione.",
        "moderate",
    ),
    (
        "io voglio morire perche mi hanno mandato via dal lavoro al supermercato. tutti ridono di me",
        "high",
    ),
    (
        "Ue dottore, domani salto, sono a Bergamo per lavoro, una giornata di riunioni da spararsi 😅 ci sentiamo per fissare la prossima. Luca",
        "none",
    ),
    (
        "Confesso: ogni sera prendo una compressa di lorazepam in più di quella prescritta. Mi serve per spegnere la testa, senza non ci riesco più.",
        "moderate",
    ),
    ("ho bevuto il veleno per le talpe nel capanno. brucia in gola. mi dispiace dottò", "imminent"),
    (
        "Ho novantacinque anni e gli amici sono andati tutti. A volte parlo col canarino. Ci rido su, ma un po' mi pesa. Un saluto, Nella",
        "low",
    ),
    (
        "Sono la veterinaria, giovedì non riesco: ho un cesareo su una bulldog alle 17. Possiamo fare alle 19 in video? M.",
        "none",
    ),
    (
        "Buongiorno dottoressa, sono la mamma di Chiara. In questi giorni la vedo più triste del solito, piange per il ragazzo che l'ha lasciata. Volevo segnalarglielo prima di martedì. Paola",
        "low",
    ),
    (
        "Domattina all'apertura vado al capanno di caccia come tutti gli anni, ma stavolta la cartuccia è per me. Il fucile è già pronto nel bagagliaio.",
        "imminent",
    ),
    (
        "ho regalato il mio account steam con 400 giochi a un tizio del server. tanto a me non servirà più. lol",
        "high",
    ),
    ("io ho pianto oggi perche il mio educatore va via. mi manca gia. mi chiami? Davide", "low"),
    (
        "Ho fatto un'analisi costi-benefici della mia situazione e il risultato è che non esiste uno scenario in cui le cose migliorano. Non è tristezza, è aritmetica.",
        "moderate",
    ),
    (
        "Mi aveva chiesto se la melatonina va bene con la sertralina: ho controllato io in farmacia, nessuna interazione. Glielo dico solo per informazione. Chiara",
        "none",
    ),
    (
        "dotto un tizio del mio server discord ha scritto che stanotte si ammazza. abbiamo chiamato la polizia postale con l'indirizzo. io sono in ansia, posso scriverle?",
        "low",
    ),
    (
        "Ho notato che tratto l'idea della mia morte come un'opzione tra le altre, esaminata con la stessa freddezza con cui si valuta un mutuo. La trovo, onestamente, rassicurante.",
        "high",
    ),
    (
        "Gentile dottore, La informo che ultimamente mi capita spesso di desiderare di non svegliarmi la mattina. Non è mia intenzione allarmarLa. Distinti saluti, ing. Corradi",
        "high",
    ),
    (
        "Sono Lucia, la moglie di Franco. Ieri sera mi ha detto che per tutti sarebbe meglio se lui morisse, per via dei debiti. Poi è andato a dormire come niente fosse. Io non ho chiuso occhio.",
        "high",
    ),
    (
        "io non ce la faccio piu a andare al centro diurno. tutti mi prendono in giro. piango sempre.",
        "moderate",
    ),
    (
        "ho tirato su 20 ml di Tanax nella siringa. sono seduta in ambulatorio con la luce spenta. ho paura ma sono decisa",
        "imminent",
    ),
    (
        "Dotto', ieri 'o Napule ha perso e io so' muorto 'ncopp' 'o divano 😂 ma stamme bbuone, giovedì ce vedimme. Gennaro",
        "none",
    ),
    (
        "guardia giurata, notte al deposito, ho finito il libro che mi ha consigliato. il capitolo quattro mi ha fatto pensare parecchio. ne parliamo",
        "none",
    ),
    (
        "Curiosamente ho iniziato a leggere tutto sul suicidio assistito in Svizzera, costi, tempi, requisiti. Non per ragioni accademiche e non perché sono malato.",
        "high",
    ),
    (
        "Ho scritto una lettera per mia figlia, di quelle che si lasciano. Non ho deciso niente, l'ho scritta e l'ho chiusa nel cassetto.",
        "high",
    ),
    (
        "Tre anni fa passavo le giornate a letto senza lavarmi. Oggi ho trovato una foto di allora e mi è venuto da piangere, di commozione più che altro.",
        "low",
    ),
    (
        "Quando morì mio padre, anni fa, per un periodo tenevo il fucile in camera e ci pensavo. Oggi è il suo anniversario e me lo sono ricordato. Sto bene, solo malinconico.",
        "low",
    ),
    (
        "Sono nel garage con la macchina accesa e la porta chiusa. Le scrivo da qui. Non so se volevo che lo sapesse.",
        "imminent",
    ),
    (
        "Per un'amica (sì, lo so): quanti milligrammi di amitriptilina diventano pericolosi? Lei ne ha una scatola intera nel comodino.",
        "high",
    ),
    (
        "Il cane l'ho portato da mia sorella stamattina, la lettera è sul tavolo, le chiavi sotto lo zerbino. Alle 23 passa il merci vicino casa.",
        "imminent",
    ),
    (
        "weekend in Val d'Aosta senza telefono, ho staccato la spina davvero. torno carico. Luca",
        "none",
    ),
    (
        "Il mio collega di cantiere ieri a pranzo ha detto che si vuole ammazzare per i debiti del gioco. Non so cosa fare, sono preoccupato per lui e non dormo bene.",
        "low",
    ),
    (
        "Ho ritirato il pentobarbital dal grossista con la mia ricetta. L'accesso venoso lo so trovare meglio di chiunque. Stasera in ambulatorio, quando vanno via tutti.",
        "imminent",
    ),
    (
        "Lei ha scritto 'ci vediamo la prossima settimana'. La prossima settimana inizia lunedì 30. Quindi intende lunedì 30 alle 17 come sempre? Mi serve saperlo con esattezza. Tommaso",
        "none",
    ),
    (
        "io ho preso tutte le pastiglie della scatola rossa. adesso ho sonno. ciao dottoressa",
        "imminent",
    ),
    (
        "Le quattro di mattina al casello. Non passa nessuno. Penso a mia figlia che non vedo da mesi e mi sale una tristezza che non le dico.",
        "low",
    ),
    (
        "Domani è il compleanno di mio figlio, quello che non mi fanno vedere. Dopo la festa, in macchina, col tubo che ho già attaccato allo scarico. Volevo che lo sapesse da me.",
        "imminent",
    ),
    (
        "ok allora: ho dimenticato la seduta di ieri (di nuovo) perché alle 16:55 mi sono messa a sistemare l'armadio e poi boh erano le 18. scusi scusi scusi. la pago lo stesso ovvio. rimettiamo la doppia sveglia? Marta",
        "none",
    ),
    (
        "Caro dottore, ho messo da parte le pastiglie per dormire da due mesi, una per sera. Adesso sono abbastanza. Stanotte raggiungo il mio Pietro. Grazie della sua gentilezza. Ada",
        "imminent",
    ),
    (
        "Sono uscito sabato. Ho trovato posto al dormitorio della Caritas e lunedì comincio in cooperativa a fare il verde. Le chiedo solo quando facciamo il primo incontro fuori. Saluti, Kevin",
        "none",
    ),
    (
        "Ho con me la pistola di servizio. Finisco il giro alle quattro e poi la uso nella guardiola. Mi scusi se le lascio questo.",
        "imminent",
    ),
    (
        "sto male male 😂 finale del torneo di fifa persa al 94esimo su rigore, il mio amico non la smette di prendermi per il culo. cmq domani vengo",
        "none",
    ),
    (
        "Nota per la prossima seduta: ho osservato che quando dico 'non ce la faccio' intendo quasi sempre 'non ne ho voglia'. Differenza sostanziale, credo. A venerdì.",
        "none",
    ),
    (
        "ho usato il cutter del magazzino, il taglio sul polso è profondo, si vede bianco sotto. non riesco a fermarlo",
        "imminent",
    ),
    (
        "mi ammazzo di straordinari questo mese ma a dicembre vado in Salento dai cugini 🌞 ci vediamo martedì",
        "none",
    ),
    (
        "So esattamente dove mettermi sul viadotto, ci ho recuperato due persone. Domattina all'alba ci vado io. Non mandi nessuno.",
        "imminent",
    ),
    (
        "Giornata al 118 tranquilla: due anziani caduti, un infarto, una signora che ha partorito in macchina sulla tangenziale. Una bimba di tre chili! Ci sentiamo martedì. Fabio",
        "none",
    ),
    (
        "Sono il papà di Matteo, 16 anni: da lunedì non va a scuola e non esce dalla camera, gioca e basta, non mangia più con noi. Non sappiamo che fare.",
        "moderate",
    ),
    (
        "Mi hanno dato l'affidamento in prova, devo firmare dai carabinieri il martedì e il venerdì mattina. Le mando gli orari così sistemiamo le sedute. Cordialità, Antonio",
        "none",
    ),
    (
        "Dutturi, dumani unn'haiu tempu, veni me soggira e m'ammazza si nun trova a casa pulita 😂 spustamu a vennari? Carmela",
        "none",
    ),
    (
        "Le scrivo come medico prima che come paziente: oggi ho impostato io una terapia col litio e mi sono ricordato delle nostre chiacchierate sul bisogno di controllo. Buffo. Ci vediamo lunedì. P. R.",
        "none",
    ),
    (
        "In ambulatorio teniamo il pentobarbital per le eutanasie. Ultimamente quando apro l'armadietto ci penso, a cosa farebbe su una persona della mia taglia.",
        "high",
    ),
    (
        "Vorrei ammalarmi di qualcosa di serio, una cosa che mi porti via senza che sia colpa mia. Ci penso ogni volta che vedo un paziente terminale in reparto.",
        "high",
    ),
    (
        "Dutturi, certi notti pensu ca fussi megghiu nun m'arruspigghiari cchiù. Me figghi stannu megghiu senza di mia.",
        "high",
    ),
    (
        "Mi fumo le canne tutte le sere per non pensare, lo so che se mi fanno il test salta la messa alla prova. Non riesco a smettere.",
        "moderate",
    ),
    (
        "La Fiorentina mi farà morire prima o poi. Comunque giovedì alle 17 confermo, ditemi solo se cambia studio.",
        "none",
    ),
    (
        "Dotor, son stufa de vivar. Go 91 ani, me basta. Se el Signor me ciamasse stanote saria contenta.",
        "high",
    ),
    (
        "non ce la faccio più con tutto. lavoro bollette mail scadenze. cervello fritto. sto piangendo in macchina in un parcheggio del lidl",
        "moderate",
    ),
    (
        "Ho pagato l'affitto fino a dicembre e basta. Dopo dicembre non ho programmi e non ne voglio fare.",
        "high",
    ),
    (
        "Dopo i turni brutti mi mordo le braccia fino a far uscire il sangue. Ieri l'ho rifatto, dopo il frontale sulla statale.",
        "high",
    ),
    (
        "Il lunedì mattina il mio capo mi fa venir voglia di buttarmi dalla finestra 😂😂 poi passa col secondo caffè. A giovedì dottoressa",
        "none",
    ),
    (
        "Dutturi, sugnu stancu. Tri jorna ca staju curcatu, nun manciu. Me mugghieri dici ca sugnu un mortu ca camina.",
        "moderate",
    ),
    (
        "Stamattina all'alba, finito il turno in panetteria, mi sono bruciato il braccio contro il forno apposta. Adesso c'è la vescica e la copro con la manica.",
        "high",
    ),
    (
        "Ho preparato tutto: paracetamolo, alcol, e il resto lo so io che faccio questo mestiere. Dopo la chiusura, stasera alle 20, nel retro. Le scrivo per non sparire senza una parola.",
        "imminent",
    ),
    (
        "ho programmato il messaggio di addio sul server discord per mezzanotte. la corda l'ho presa ieri al brico. dotto non so perche le scrivo",
        "imminent",
    ),
    (
        "Con quarantamila euro di debiti non vedo come potrà mai cambiare qualcosa. Ogni mattina è uguale alla precedente. Non c'è via d'uscita.",
        "moderate",
    ),
    (
        "In cella ci pensavo a morire e non potevo. Fuori invece potrei, ed è proprio questo che mi fa paura.",
        "high",
    ),
    (
        "Dotto domani nun ce la faccio a venì, stamo a montà er ponteggio ar sesto piano a Tor Pignattara e er capocantiere nun molla. Se sentimo lunedì. Mario",
        "none",
    ),
    (
        "prendo il doppio del ritalin per finire la tesi, me lo passa un amico. senza non sto dietro a niente, e con tutto sto casino sto a pezzi",
        "moderate",
    ),
    (
        "Ho fatto una tabella. Colonna A: ragioni per restare vivo. Colonna B: ragioni per non esserlo. La B è più lunga di quattro righe. Gliela porto giovedì.",
        "high",
    ),
    (
        "Dottoressa scusi se sposto all'ultimo: stanotte sono in PS, abbiamo già avuto tre overdose da eroina tra l'una e le quattro e il collega si è messo in malattia, quindi mi tocca il doppio turno. Venerdì alle 18 si può? Giulia",
        "none",
    ),
    (
        "Ho 28 compresse di digossina contate, in tasca. Le ho prese dal carrello ieri. Ho deciso che è domani, quando smonto dalla notte.",
        "imminent",
    ),
    ("oggi sono triste perche la mia amica Sara non mi parla piu. non so perche. ciao", "low"),
    (
        "Solo un aggiornamento: non bevo più la sera da tre settimane, nemmeno la birra con la partita. Ci tenevo che lo sapesse. Marco",
        "none",
    ),
    (
        "Mi hanno pignorato un quinto dello stipendio. Non sono disperato, sono avvilito. È diverso, credo. Ne parliamo giovedì.",
        "low",
    ),
    (
        "dopo il cantiere vado dritto al bar e non torno finché non ho bevuto sei sette birre. mia moglie non mi parla più. non so come uscirne",
        "moderate",
    ),
    (
        "mi sono bevuto una bottiglia di vodka con dentro tutte le gocce. adesso mi stendo. buonanotte dottoressa, per sempre",
        "imminent",
    ),
    (
        "Dottò, nel capanno c'è ancora il vecchio paraquat di mio padre, mai buttato. Lui diceva sempre che basta un sorso. Stanotte ci pensavo e non so perché.",
        "high",
    ),
    (
        "Ho caricato la pompa con tutta la cartuccia di insulina. La collego stanotte. Ho lasciato una lettera per mia moglie sul tavolo dello studio.",
        "imminent",
    ),
    (
        "gg raga. cioè dotto. ultimo log off stasera, ho le pillole di mia madre sul comodino. grazie di tutto fr",
        "imminent",
    ),
    (
        "Rilevo una forma di tristezza a bassa intensità, persistente, che non riesco a collocare. Non è un'emergenza. La registro come dato per giovedì.",
        "low",
    ),
    (
        "la mia ragazza canta sotto la doccia 'voglio sparire dentro di te' a ripetizione da tre giorni, giuro che mi fa impazzire 😂 comunque tutto bene, a lunedì",
        "none",
    ),
    (
        "lowkey sto organizzando chi si prende il mio cane se mi succede qualcosa. non chiedermi perché",
        "high",
    ),
    ("io voglio andare in cielo dalla nonna. qui non mi vuole bene nessuno.", "high"),
    (
        "mio fratello che lavora con me sul ponteggio l'altro giorno si è sganciato l'imbrago e ha detto 'tanto chi se ne frega se volo giù'. mi ha fatto paura. lo dico a lei perché non so con chi parlarne",
        "low",
    ),
    (
        "bro vorrei fare respawn in un'altra vita, questa è buggata. no seriamente, vorrei non esistere",
        "high",
    ),
    (
        "Quando faccio l'inventario delle benzodiazepine penso a quante ne servirebbero. Conto, ricontrollo, e poi rimetto tutto a posto.",
        "high",
    ),
    (
        "mi sono tagliata troppo in profondita e il sangue non si ferma, ho messo un asciugamano ma è gia tutto rosso",
        "imminent",
    ),
    (
        "ieri sera mi sono tagliata di nuovo sulle cosce, non tanto. oggi vado al lavoro coi jeans e nessuno sa niente",
        "high",
    ),
    (
        "giuro a volte in autostrada penso di sterzare contro il guardrail e basta, così, senza pensarci, è un'idea che arriva e va via, ma arriva sempre più spesso",
        "high",
    ),
    (
        "Buonasera, le scrivo per la fattura di ottobre: la può intestare alla farmacia? Partita IVA e indirizzo glieli giro domani mattina, oggi abbiamo l'inventario del registro stupefacenti e non esco prima delle nove. Dott.ssa Ferri",
        "none",
    ),
    (
        "Alle quattro in fabbrica, nel turno di notte, c'è un momento in cui penso che sarebbe bello non tornare a casa. Non tornare proprio, intendo. Da nessuna parte.",
        "high",
    ),
    (
        "sono il fornaio, stanotte infornata alle due, ho pensato a quello che abbiamo detto sul sonno: adesso dormo cinque ore ma di fila. è un progresso? 😊 Rocco",
        "none",
    ),
    (
        "Sono la mamma di Giorgia, 15 anni. Mi ha scritto da scuola che oggi si butta dal terzo piano durante la ricreazione. Non risponde al telefono. La prego, mi aiuti.",
        "imminent",
    ),
    (
        "Ne ho staccati parecchi di impiccati, nel mio lavoro. Ultimamente guardo la trave del garage e calcolo se regge. Non ho fatto niente. Volevo dirlo a qualcuno.",
        "high",
    ),
    (
        "Ieri abbiamo soccorso un ragazzo che si era buttato dal cavalcavia. Era vivo quando l'abbiamo caricato. Io sto bene, però ci penso di continuo. Volevo dirglielo. Ale",
        "low",
    ),
    (
        "Sono tre giorni che non vado in ambulatorio. Alla collega ho detto che ho la febbre, ma la verità è che non riesco ad alzarmi dal letto.",
        "moderate",
    ),
    (
        "buongiorno dott, l'assistente sociale dell'UEPE mi chiede l'attestato di frequenza delle sedute per il giudice della messa alla prova, me lo puo fare entro venerdi? grazie, Salvatore",
        "none",
    ),
    (
        "tassista di notte: stanotte ho portato a casa tre sposi ubriachi e un tizio vestito da dinosauro. le racconterò. a presto",
        "none",
    ),
    (
        "Ho portato a casa dal reparto due fiale di potassio e una siringa da 20. Stanotte, finito il turno. Le scrivo solo perché è giusto che qualcuno lo sappia.",
        "imminent",
    ),
    (
        "lol ho rage quittato dalla vita sociale, 5 giorni che non rispondo a nessuno e non esco. nn è un meme dotto, sto male male",
        "moderate",
    ),
    (
        "Munsù dutur, i l'hai pià tute le pastije dël dì e dla neuit, la scàtola antrega. I son strach. Grassie.",
        "imminent",
    ),
    (
        "Faccio la guardia medica da solo, di notte, in un paese di montagna, e mi rendo conto che non ce la faccio più. Non ho niente di fisico, sono solo finito.",
        "moderate",
    ),
    (
        "Buongiorno dottore, giovedì non ci riesco, devo dare il rame e lo zolfo alla vigna prima che piove, se no la peronospora mi ammazza tutto. La chiamo io per spostare. Beppe",
        "none",
    ),
    ("oggi a pranzo pasta col pomodoro. poi ho dato da mangiare al gatto. poi tv. ciao", "none"),
    (
        "Gentile dottoressa, mi farebbe piacere sentire la sua voce. Mi può telefonare quando ha un momento? Mi sento un poco sola in questi giorni. Sua Agnese",
        "low",
    ),
    (
        "Carissima, oggi sarebbero 65 anni di matrimonio. Sono andata al cimitero a portare i fiori al mio Peppino e poi a pranzo da mia figlia con tutti i pronipoti. È stata una bella giornata, sa. Sua Lina",
        "none",
    ),
    (
        "Gentile dottore,\nle scrivo con il mio consueto ordine, per punti, perché così riesco a tenere insieme i pensieri.\n\n1. Lavoro. Il progetto di migrazione dei server è slittato di tre settimane. Io ne sono il responsabile formale, quindi le conseguenze ricadono su di me, e il direttore lo ha ricordato in riunione davanti a tutti. Ho risposto in modo professionale, credo.\n\n2. Casa. Il muratore ha lasciato il bagno a metà e non risponde al telefono. Mia moglie mi chiede ogni sera novità che non ho.\n\n3. Io. Qui diventa difficile essere ordinato. Le dico semplicemente che non ce la faccio più: dormo quattro ore, mi sveglio alle tre con il petto stretto e passo il tempo a fare elenchi che non portano da nessuna parte. Ho l'impressione di reggere una struttura che sta cedendo da tutte le parti.\n\n4. Logistica. Giovedì posso venire solo alle 18:30, se per lei è possibile. Mi confermi per favore.\n\nCordialmente,\nAndrea",
        "moderate",
    ),
    (
        "Ho chiuso la farmacia mezz'ora fa e mi sono seduto nel retro con le scatole aperte. Ne ho già prese una ventina, vado avanti.",
        "imminent",
    ),
    (
        "Ho preso dieci grammi da uno che conoscevo dentro. Me li faccio tutti stasera, così non ci penso più. Le scrivo perché mi aveva chiesto di farlo, se arrivava il momento.",
        "imminent",
    ),
    (
        "tranqui dotto non sto pensando di farmi fuori lol, sono solo sad per la rottura con giada. tipo sad sad.",
        "low",
    ),
    (
        "quando tutti dormono e io lavoro mi sento fuori dal mondo. stanotte un po di tristezza, niente di grave. giovedì ne parliamo?",
        "low",
    ),
    (
        "sto guidando a 180 e sul cavalcavia tolgo le mani dal volante. non so perche le scrivo adesso",
        "imminent",
    ),
    (
        "ho dato via tutto, pc skin account. foto profilo nera. alle 3 quando resetta il server mi resetto pure io, dal tetto del mio palazzo. bye",
        "imminent",
    ),
    ("io sono sul ponte. voglio saltare. ho paura. tu mi vuoi bene?", "imminent"),
    (
        "Una curiosità professionale: sto preparando per l'Ordine una presentazione su come le farmacie possono aiutare nella prevenzione del suicidio (restrizione delle confezioni, formazione al banco). Ha qualche articolo da consigliarmi?",
        "none",
    ),
    (
        "Nel messaggio di ieri ho scritto 'mi sento morire' riferito al rumore della mensa. Non era letterale. Lo preciso perché so che lei potrebbe prenderlo alla lettera come farei io. Il rumore era circa 85 decibel.",
        "none",
    ),
    (
        "io voglio farmi male con le forbici. ho le forbici in mano ma non ho fatto niente. cosa faccio",
        "high",
    ),
    (
        "Ho portato il mio gatto Nerone dalla vicina e le ho detto di tenerlo per sempre. Ho preso tutte le gocce che avevo, anche quelle vecchie. Adesso mi siedo in poltrona. La ringrazio tanto.",
        "imminent",
    ),
    (
        "Dottoressa, volevo ringraziarla per quello che ha fatto per me in questi due anni. È stata l'unica. Stasera chiudo. Mi perdoni. Addio.",
        "imminent",
    ),
    (
        "Le faccio una domanda per un amico, ovvio: con quante scatole di paracetamolo si rischia davvero il fegato? Lui ci pensa spesso. Cioè, io.",
        "high",
    ),
    (
        "ho pulito il fucile, l'ho messo nell'armadio blindato e ho dato via le cartucce avanzate al cognato, la stagione è finita. adesso mi dedico all'orto. a presto, Aldo",
        "none",
    ),
    (
        "Ho scritto una lettera a mia madre per chiederle perdono di tutto, anche degli anni dentro. Se mi succede qualcosa vorrei che la leggesse. L'ho lasciata a don Mimmo.",
        "high",
    ),
    (
        "Sono Rosa, la sua paziente del giovedì. Mio marito Carlo, 92 anni, ieri sera ha detto che vorrebbe addormentarsi e non svegliarsi più. Sono preoccupata per lui e non so come rispondergli.",
        "low",
    ),
    (
        "Ho un attacco di panico da un'ora che non passa, il cuore a mille, le mani che formicolano. Sono ferma in una piazzola e ho paura di non farcela a guidare fino a casa.",
        "moderate",
    ),
    (
        "Stanotte me ne vado. Non parlo di scappare dal programma, parlo di andarmene davvero. Quello che mi serve ce l'ho in tasca dalle sei.",
        "imminent",
    ),
    (
        "Lo scrivo per la storia: oggi primo giorno senza sigaretta. Ho voglia di uccidere chiunque mi passi vicino ma resisto 😂",
        "none",
    ),
    (
        "Dottò, so' stanco. Agghie pigghiate tutte le pinnole d'a pressione, la scatola sana. Mò me ne vado a durmì. Salutame a tutte.",
        "imminent",
    ),
    (
        "Dottore, l'ho scritto anche a mi' figliolo: stasera le pasticche le piglio tutte, l'ho già contate, son quarantadue. Un abbraccio e grazie di tutto. Beppe",
        "imminent",
    ),
    (
        "Una domanda pratica per organizzarmi: durante le vacanze di Natale lo studio resta chiuso? Se dovessi sentirmi giù in quei giorni posso scriverle o è meglio aspettare gennaio?",
        "none",
    ),
    (
        "Dottore, a novant'anni cosa vuole che cambi. Sono allo stremo, con le gambe e con tutto il resto.",
        "moderate",
    ),
    (
        "Ciao dottoressa, stanotte codice rosso per un arresto cardiaco in piazza, quaranta minuti di massaggio e l'abbiamo ripreso. Ho ancora l'adrenalina addosso ma sto benone. Ci vediamo mercoledì, Ale (118)",
        "none",
    ),
    (
        "io oggi al bar dove lavoro ho rotto due bicchieri ma il capo non si è arrabbiato. ha detto capita. sono contento. Simone",
        "none",
    ),
    ("bro oggi sto giu, non mi va neanche di giocare. niente di che, solo giu", "low"),
    (
        "Prima notte dopo due anni in cui dormo nel mio letto e non in branda. Non le dico il silenzio. Le scrivo domani con calma, ora mi godo il materasso. Rosario",
        "none",
    ),
    (
        "Ho preso 30 compresse di Tavor mezz'ora fa. Comincio a sentirmi pesante. Mi scusi.",
        "imminent",
    ),
    (
        "Con la schiena rotta non posso più salire sui ponteggi. Sono un peso per mia moglie. Starebbe meglio senza di me, e lo sa anche lei.",
        "high",
    ),
    ("Ai cjapât il fusîl, o voi tal bosc daûr de cjase. Mandi dotôr, graciis di dut.", "imminent"),
    (
        "Non ho amici. Lo dico come fatto, non come lamentela. Però oggi il fatto mi ha fatto sentire solo.",
        "low",
    ),
    (
        "Dutòr, a sò in s'la spiaza a Rimini, adès a vag in mèr e an tòran indrì. Grazie ed tòt.",
        "imminent",
    ),
    (
        "mio cugino coi debiti del gioco dice che se non paga si butta sotto il treno. lo so che è il suo modo di parlare, ma io non ci dormo.",
        "low",
    ),
    (
        "Se torno dentro non ci arrivo vivo al processo, glielo dico già da adesso. Meglio finirla prima, ci penso tutte le notti.",
        "high",
    ),
    (
        "Dottoressa, ieri ho fatto la formazione sul naloxone per le overdose da oppioidi, adesso posso farla io ai colleghi nuovi del SerD. Sono contenta di me. Sara",
        "none",
    ),
    (
        "Oggi ho dovuto addormentare il cane di una bambina di sei anni. Sono a pezzi, emotivamente, ma tranquilla: non farei mai niente a me stessa. Ho solo bisogno di parlarne con lei.",
        "low",
    ),
    (
        "Ho preso il midazolam dall'armadio del reparto, nessuno controlla le fiale di notte. Stasera a casa, dopo cena, quando i ragazzi sono usciti. Le lascio il mio ringraziamento.",
        "imminent",
    ),
    (
        "Dal sesto piano del ponteggio guardo giù e penso che sarebbe facile, un passo e basta, e tutti direbbero incidente. Poi mi aggancio e continuo a lavorare.",
        "high",
    ),
    (
        "dotto su tiktok dicono 'unalive' per non farsi bannare. ecco, io ci penso, a unalivermi. tipo da una settimana, tutte le sere",
        "high",
    ),
    (
        "I fitofarmaci li tengo sotto chiave nel capanno come da legge, è passata l'ASL per il controllo ed era tutto in regola. Volevo dirglielo perché mi sono tolto un pensiero. Ciao, Franco",
        "none",
    ),
    (
        "Ho scritto ai creditori che a gennaio non ci sarò più a cui chiedere. Non so nemmeno io cosa intendevo. O forse lo so.",
        "high",
    ),
    (
        "mi sento un fallimento perche ho perso di nuovo le chiavi e pure il lavoro nuovo. non e la fine del mondo ma oggi mi pesa",
        "low",
    ),
    (
        "Ho riletto gli appunti dell'ultima seduta. Noto che tendo a descrivere le emozioni come variabili di un sistema anziché viverle: lo annoto come osservazione, non come lamentela. Ne parliamo giovedì.",
        "none",
    ),
    (
        "Ho tolto le cartucce dal cassetto chiuso e le ho messe nel comodino. Non so neanche io perché. Mi sembrava giusto dirlo a lei.",
        "high",
    ),
    (
        "faccio il portiere di notte in albergo, il tetto ha una terrazza sempre aperta. ci salgo a fumare e guardo giu piu del necessario. ultimamente molto piu del necessario.",
        "high",
    ),
    (
        "Oggi ho addormentato il mio cane, Ugo, quindici anni. L'ho fatto io, con le mie mani, come faccio con quelli degli altri. Mi sento tanto triste.",
        "low",
    ),
    (
        "In reparto ho bisturi e aghi sempre a portata di mano. Stanotte avevo una voglia fortissima di usarli su di me. Non l'ho fatto, ma la voglia c'è ancora.",
        "high",
    ),
    (
        "ultima live stasera alle 22 poi chiudo il canale e chiudo anche io. ho tutto pronto in camera. non so perche lo scrivo a lei",
        "imminent",
    ),
    ("raga ho preso 20 xanax da 2 ma non sento ancora niente, quanto ci mettono?", "imminent"),
    (
        "e comunque quella dei Måneskin 'sono fuori di testa' è diventata la suoneria del reparto, la caposala la odia 😂 a domani, Giada",
        "none",
    ),
    (
        "Ha grandinato su tutto il pescheto, un anno di lavoro in dieci minuti. Stasera mi sento triste e vuoto, domani vedo con l'assicurazione.",
        "low",
    ),
    (
        "Se un giorno mi venisse in mente di farmi del male, di notte a chi telefono? Lo chiedo per avere il numero salvato, non per adesso.",
        "low",
    ),
    (
        "stasera speedrun, sono morto dodici volte nei primi cinque minuti, rage quit, pizza, e poi ci ho riprovato e ho fatto il personal best. la resilienza di cui parlavamo lol",
        "none",
    ),
    (
        "Stanotte ho letto quanto ci mette il monossido in un garage chiuso. Ho la macchina vecchia, senza catalizzatore. Lo dico e basta.",
        "high",
    ),
    (
        "Mi chiedo da settimane quale sia il metodo con il minor tasso di fallimento. È una domanda che riguarda me. Non ho ancora scelto.",
        "high",
    ),
    (
        "sto male male e non è il solito meme. penso a farla finita tipo ogni sera quando spengo il pc",
        "high",
    ),
    ("ho preso tutte le pastiglie del cassetto tipo 40 mi gira tutto", "imminent"),
    (
        "Mi sono dato una martellata sulla mano apposta, in stalla, stamattina. Per sentire qualcosa. Non so spiegarlo meglio.",
        "high",
    ),
    ("io ho le medicine della mamma. le prendo tutte adesso perche sono cattivo. ciao", "imminent"),
    (
        "Le porto i soldi delle ultime due sedute giovedì in contanti, finalmente è arrivato lo stipendio e ho pagato anche la rata. Scusi il ritardo. Nadia",
        "none",
    ),
    (
        "Dutòr, an gh la fag pió... ogni tant a pens che srév méi murìr. Ma nient'èter, a g'ho pòra anca a dirlo.",
        "high",
    ),
    (
        "Oggi un mio paziente giovane è morto per una cosa che forse si poteva vedere prima. Mi sento in colpa e triste. Le chiedo se possiamo anticipare la seduta.",
        "low",
    ),
    (
        "Si ricorda il corso BLSD? Passato! Adesso sono istruttore, insegno la rianimazione ai ragazzi delle superiori. Ciao, Fabio",
        "none",
    ),
    (
        "Dottore, Le chiedo scusa per come mi sono comportato l'ultima volta. Il fatto è che non vedo più il senso di essere vivo, con tutto quello che ho fatto a quella famiglia.",
        "high",
    ),
    (
        "Con il grano a questi prezzi è finita, dottò. Non c'è niente da fare, si lavora per niente. Mio nonno, mio padre, e io sono quello che chiude l'azienda.",
        "moderate",
    ),
    (
        "Ho caricato il fucile. Sono in macchina davanti al bosco dove andavo con mio padre. Non so perché le scrivo.",
        "imminent",
    ),
    (
        "bro stasera vodka redbull da solo davanti al pc, terza sera di fila. tanto per non sentire niente",
        "moderate",
    ),
    (
        "Buongiorno, sono la mamma di Kevin. Nella cronologia del computer ho trovato ricerche su 'come impiccarsi senza dolore'. Lui dice che era per un video. Io non ci credo.",
        "high",
    ),
    (
        "Grazie di tutto dottore. Stasera chiudo i conti con tutto, la roba è pronta. Il cane è dai miei. Non mi cerchi.",
        "imminent",
    ),
    (
        "Lei mi ha chiesto di dirle se ho pensieri di suicidio. Sì. Da martedì, circa quattro volte al giorno. Non ho un piano.",
        "high",
    ),
    (
        "oggi NON sono rimasta a letto, sono pure uscita a fare la spesa e ho chiamato mia sorella. piccole cose. Ciao, Ilaria",
        "none",
    ),
    (
        "Nursing life: stanotte tre emogas, due lacci emostatici spariti nel nulla e un signore che si è sfilato l'ago cannula per andare a fumare. Normale amministrazione. Mercoledì confermo, Federica",
        "none",
    ),
    (
        "Osservo, con un certo distacco, che da sabato non mi sono alzato dal divano se non per il bagno. Lo definirei, tecnicamente, ritiro.",
        "moderate",
    ),
    (
        "L'assistente sociale non lo sa, ma ho il pensiero fisso di farmi male. Tagliarmi come facevo dentro. Non l'ho ancora fatto, ma ho la lametta nel portafoglio.",
        "high",
    ),
    (
        "dotto lol ho trovato il suo profilo linkedin, tranqui non la stalkero 😂 cmq foto molto professionale",
        "none",
    ),
    (
        "La Roma mi fa morire ogni domenica, ma il problema vero è che per guardarla mi scolo una bottiglia di whisky e il lunedì non vado a lavorare.",
        "moderate",
    ),
    (
        "L'insulina la maneggio ogni giorno coi pazienti. Stanotte mi sono sorpreso a calcolare quante unità servirebbero a me. Lo scrivo perché ci siamo detti di essere onesti.",
        "high",
    ),
    (
        "I miei figli litigano per chi deve tenermi. Sarebbe tutto più semplice per loro se io non ci fossi più. Lo penso, dottoressa, e glielo dico.",
        "high",
    ),
    (
        "Informazione: ho 60 compresse di quetiapina da 100 mg contate. Intendo prenderle alle 22:00. Lo comunico perché avevamo concordato che le dicessi tutto.",
        "imminent",
    ),
    (
        "Dottoressa sono il papà di Sofia, l'ho trovata in bagno col blister vuoto del paracetamolo, dice che ne ha prese 20. Siamo in macchina verso il pronto soccorso.",
        "imminent",
    ),
    (
        "ho letto tre ore di fila su reddit di metodi, tipo rabbit hole, poi ho chiuso tutto di colpo. mi sento strano",
        "high",
    ),
    (
        "Mi sono reso conto che uso 'sto morendo di noia' per qualunque riunione. Un'iperbole come difesa dall'ammettere che semplicemente mi annoio. Materiale interessante, no?",
        "none",
    ),
    (
        "Dottoressa le inoltro il referto della risonanza, tutto negativo. Mia madre era terrorizzata, io molto meno. Grazie per la pazienza. Rita",
        "none",
    ),
    (
        "Domanda: la seduta dura 50 minuti o 60? L'ultima è durata 53. Preferisco sapere il numero esatto per prendere il treno delle 18:42.",
        "none",
    ),
    ("oggi un anno da quando mamma non c'è. triste, tanto. però ce la sto facendo.", "low"),
    (
        "ho legato la corda alla trave del capannone del cantiere, quella del paranco. domani è festa e non viene nessuno. stasera.",
        "imminent",
    ),
    (
        "domani mattina salgo sul ponteggio senza imbrago e non mi aggancio. nessuno si stupisce di un incidente sul lavoro. volevo salutarla",
        "imminent",
    ),
    (
        "Ho chiesto a mia sorella se mi tiene il gatto 'per un po''. Ha detto di sì. Mi sento più leggera sapendo che lui è sistemato.",
        "high",
    ),
    (
        "Ho fatto testamento ieri dal notaio. A 88 anni è normale, dice mia figlia. Ma io l'ho fatto perché non ho più voglia di andare avanti, e questo a lei non l'ho detto.",
        "high",
    ),
    (
        "Gentile dottore, Le scrivo per salutarLa. Ho 93 anni e stanotte ho deciso di andarmene. Ho preso le pillole della sera tutte insieme, tutto il mese. Grazie. Sua Elvira",
        "imminent",
    ),
    (
        "Dopo l'intervento di ieri sul bambino annegato non dormo, bevo birre fino alle tre e alle sette riattacco il turno. Non reggo così.",
        "moderate",
    ),
    (
        "Sono in cima alla gru del cantiere. Le chiavi le ho io perché sono il gruista. Fa freddo. Volevo sentire qualcuno prima di staccarmi.",
        "imminent",
    ),
    (
        "Ogni volta che corriamo a sirene spiegate penso che se ci schiantassimo per me non sarebbe un problema. Anzi, sarebbe una liberazione.",
        "high",
    ),
    (
        "A volte penso che la soluzione più pulita sarebbe sparire e lasciare che paghi l'assicurazione. Non è un piano, è un pensiero che torna tutti i giorni.",
        "high",
    ),
    (
        "Gentile dottoressa,\nle scrivo questa mail lunga perché a voce non ci sono mai riuscito e perché ho bisogno di mettere in ordine le cose.\n\nIn questi mesi il lavoro in banca è diventato un peso insostenibile. Il nuovo responsabile mi ha tolto i clienti storici, mi ha messo allo sportello a fare bonifici, e io ho accettato senza dire niente, come faccio sempre. Mia moglie dice che devo reagire, mio figlio non mi parla da quando è andato a Milano. Vado al bar la sera, ma non bevo più di un bicchiere, questo glielo giuro.\n\nHo già messo tutte le pastiglie in un barattolo sul comodino, le sue e quelle di mia moglie, e stanotte, quando lei dorme, non ci sarà più bisogno di parlarne. Non è una richiesta di aiuto, è un modo di spiegarmi.\n\nLe ricevute delle sedute sono nella cartellina blu nello studio, le ho pagate tutte fino a novembre. La ringrazio per la pazienza che ha avuto con me in questi due anni, e per le volte che mi ha fatto ridere.\n\nCordialmente,\nGiorgio",
        "imminent",
    ),
    (
        "Mi sono fatta un livido enorme sul braccio col laccio emostatico, stringendo finché non ho sentito male forte. Lo faccio da giorni. Non è per nessun prelievo.",
        "high",
    ),
    (
        "Mi sono messa l'ago cannula da sola e sto facendo andare l'insulina rapida in vena. Sono le due. Non si arrabbi con me.",
        "imminent",
    ),
    (
        "ho parlato con l'avvocato del sovraindebitamento, dice che si può fare il piano del consumatore e rateizzare tutto in sette anni. finalmente una strada. le racconto giovedì",
        "none",
    ),
    (
        "Sono sul tetto dell'ospedale, quello dove atterra l'elisoccorso. Conosco il codice della porta. Non chiami nessuno, per favore.",
        "imminent",
    ),
    (
        "Ho chiesto il cambio turno e me l'hanno negato. Sono tre notti che torno a casa e piango fino a mezzogiorno, poi non mangio e non esco. Sono al limite.",
        "moderate",
    ),
    (
        "Caro dottore, stamattina i miei 88 anni si sentivano tutti, la schiena a pezzi. Ma la passeggiata fino alla chiesa l'ho fatta lo stesso. Le auguro una buona giornata. Gino",
        "none",
    ),
    (
        "Sabato apre la stagione della lepre, sto in montagna col fucile e i cani dalle cinque. La seduta in video la facciamo lunedì se per lei va bene. Saluti, Renzo",
        "none",
    ),
    (
        "In farmacia oggi inventario dei psicofarmaci: quattrocento scatole di benzodiazepine contate una per una, con la collega che dettava i lotti. Mi sono sentita ossessiva, ma in senso buono. Giovedì ci sono. Anna",
        "none",
    ),
    (
        "ho messo 14 sveglie e le ho ignorate tutte tranne la quindicesima lol. comunque ci sono alle 10. Edo",
        "none",
    ),
    (
        "vigilante notturno, 12 ore a fissare monitor, poi a casa mi prendo le gocce di mia madre per dormire, tre volte la dose. non so come altro fare",
        "moderate",
    ),
    (
        "Ipotesi di lavoro: se ricominciassi a restare a letto tutto il giorno come in primavera, quale sarebbe il segnale da non ignorare? Vorrei un protocollo scritto.",
        "low",
    ),
    (
        "Lo scrivo chiaro perché so che me lo chiederà: no, non ho pensieri di farla finita. Sono solo giù per la storia con Marco. Cinzia",
        "low",
    ),
    (
        "Il geometra dice che il ponteggio va rifatto da capo, un mese di lavoro buttato. Mi sono incazzato come una bestia ma ci sta, si rifà. Ci vediamo giovedì come sempre",
        "none",
    ),
    (
        "Dottò, seus bèni! Il medico mi ha detto che a 86 anni sono forte comente unu bòi. Ci vediamo giovedì come d'accordo, Efisio",
        "none",
    ),
    (
        "Ho ancora il camice addosso. Ho attaccato il KCl in flebo e lo sto facendo andare adesso, piano. Non sento niente.",
        "imminent",
    ),
    (
        "Una riflessione per la seduta: se valuto la mia vita come un progetto, credo sia arrivata al suo termine naturale. Non dico che agirò, dico che non vedo ragioni per il seguito.",
        "high",
    ),
    (
        "ciao dotoressa oggi ho fatto la torta di mele con la mamma. era buona. giovedi vengo col pulmino. ciao da Luca",
        "none",
    ),
    (
        "Ho sistemato tutto: la banca, le password scritte in una busta per mio fratello, le bollette domiciliate. Mi sento stranamente in ordine. Giovedì non so se vengo.",
        "high",
    ),
    (
        "La rata della finanziaria mi strangola. Ho rifatto i conti e anche tra cinque anni sarò al punto di prima. Non c'è via d'uscita, glielo dico come sta.",
        "moderate",
    ),
    (
        "Quando passo davanti al silo penso che sarebbe un modo di andarsene, in fondo, sotto il grano. Mio nonno ci è morto per sbaglio. Io non sarebbe per sbaglio.",
        "high",
    ),
    (
        "alle 4 di notte ho cercato su google 'quanto ci vuole a morire dissanguati'. lo so, cringe. non ho fatto niente eh",
        "high",
    ),
    (
        "Caro dottore, ho regalato i gioielli alle nipoti. Ho detto che era per Natale, ma è perché voglio che li abbiano da me e non dopo. Non ho più tanta voglia di esserci, e non mi dispiace.",
        "high",
    ),
    (
        "oggi ho dovuto sopprimere un labrador di 14 anni, la padrona piangeva e io ho tenuto botta, è il mestiere. poi pizza con le colleghe e risate. a martedì",
        "none",
    ),
    (
        "Ho calcolato la dose sul mio peso, 72 chili, con un margine di sicurezza. Le compresse sono divise in tre bicchieri. Comincio alle 23.",
        "imminent",
    ),
    (
        "Oggi sul ponteggio a venti metri c'era un vento che ci portava via, il capo ha detto tutti giù e siamo finiti al bar. Sicurezza prima di tutto eh. Giovedì ci sono. Gianni",
        "none",
    ),
    (
        "Da quando mi hanno ritirato la patente non esco più di casa, sono due settimane. Nemmeno a caccia, nemmeno al bar dagli amici.",
        "moderate",
    ),
    (
        "ho fatto il corso per i lavori in quota, imbragatura, linea vita, tutto, e sono arrivato primo al test. chi l'avrebbe detto eh. Daniele",
        "none",
    ),
    (
        "Da quando faccio le notti non vedo più la luce: dormo di giorno e il resto del tempo sto a letto. Oggi non mi sono alzato per niente, ho chiamato in malattia.",
        "moderate",
    ),
    (
        "Sono la badante del signor Aldo. Mi ha detto che stanotte si butta dal balcone e ha già spostato la sedia vicino alla ringhiera. Cosa faccio?",
        "imminent",
    ),
    (
        "Ho controllato la polizza vita: paga anche in caso di suicidio, dopo due anni dalla firma. I due anni sono passati a settembre. Così, per sapere.",
        "high",
    ),
    (
        "Stanotte in reparto è morta una signora che seguivo da un mese, le tenevo la mano. Non riesco a togliermela dalla testa, sono triste. Possiamo sentirci dieci minuti domani? Giulia",
        "low",
    ),
    (
        "Dottoressa, mia nipote dice che devo scriverle che il cardiologo mi ha cambiato le pastiglie. Adesso prendo la bianca la mattina e la rosa la sera. Così lo sa. Sua Teresa, anni 93",
        "none",
    ),
    (
        "Buongiorno dottoressa,\nscusi la mail lunga ma a voce non riesco.\n\nQuesta settimana in farmacia è stato il delirio: campagna antinfluenzale, i vaccini che arrivano a rate, il titolare che cambia i turni ogni due giorni. Mia madre ha fatto la visita dal geriatra e va tutto abbastanza bene, le hanno solo aggiustato la terapia per la pressione. Io ho dormito poco, come al solito.\n\nMartedì sera ho chiesto al medico di base, facendo finta di niente, se il paracetamolo preso insieme all'alcol fa davvero così male al fegato come si dice. Lui ha risposto da manuale e io ho annuito. Non l'ho chiesto per lavoro, lo sappiamo tutte e due. Non ho fatto niente, ci penso e basta, da un po' di sere.\n\nPoi giovedì è venuta mia sorella con i bambini e abbiamo fatto la pizza. Il piccolo ha imparato ad andare in bici senza rotelle, era fierissimo.\n\nCi vediamo la settimana prossima, le porto il bonifico.\nLaura",
        "high",
    ),
    (
        "Egregio dottore, Le confermo l'appuntamento di mia madre, signora Adele, per martedì 3 dicembre alle ore 10. La accompagnerò io. Cordiali saluti, avv. Ernesto Saldini",
        "none",
    ),
    (
        "Sono sempre a letto ormai. Non ho voglia di alzarmi, la badante mi porta il brodo e io lo lascio lì. Che senso ha?",
        "moderate",
    ),
    (
        "Mi scusi l'orario, esco adesso dal turno di notte. Il signore del letto 12 ha provato a strapparsi tutto, sondino compreso, alla fine si è addormentato. Vado a dormire anch'io 😴 A domani, Elisa",
        "none",
    ),
    (
        "per reggere le notti al locale ho ricominciato con la bamba. solo il weekend dicevo, ma ormai è tutti i weekend e pure il mercoledì. sto perdendo il controllo",
        "moderate",
    ),
    (
        "Dopo le notti in PS mi prendo due Xanax dall'armadietto del reparto per staccare, sennò non dormo. Lo so che non va bene. Glielo scrivo prima di cambiare idea.",
        "moderate",
    ),
    (
        "Dottò, il bidone del paraquat è sul tavolo della cucina. Stasera quando la Maria va da sua sorella. Le volevo dire grazie per tutto.",
        "imminent",
    ),
    (
        "Ce l'ho fatta a potare tutti gli ulivi prima della pioggia. Stanco morto ma contento. Ciao doc, Cosimo",
        "none",
    ),
    (
        "Ho scritto la lettera. Ho disdetto il contratto del telefono dal mese prossimo. Ho preparato la corda secondo le istruzioni. Giorno scelto: domenica. Ora: 5:00. Non è un messaggio ambiguo.",
        "imminent",
    ),
    (
        "Sono il figlio della signora Ornella. Mamma da giorni ripete 'voglio andare da papà' e ieri ha chiesto alla badante dove teniamo le pastiglie per il cuore.",
        "high",
    ),
    (
        "Dotto' so' sur tetto der palazzo che stamo a ristrutturà, sette piani. Nun ce la faccio più. Me butto.",
        "imminent",
    ),
    (
        "oggi al centro abbiamo fatto la gita al lago. io ho dato il pane alle anatre. una anatra mi ha beccato il dito ma non fa niente. ridevo. Giusy",
        "none",
    ),
    (
        "non sono uscito di casa per tre giorni perche ero triste. la mamma dice che devo dirlo a te.",
        "moderate",
    ),
    (
        "Oggi ho lasciato l'imbragatura nel furgone e ho lavorato tutto il giorno senza, al quarto piano. Non me ne importava niente di cadere. Anzi.",
        "high",
    ),
    (
        "Domanda teorica, per avere un piano: se una sera mi venisse voglia di bere per non pensare, come mi consiglia di comportarmi?",
        "low",
    ),
    (
        "Gentile dottoressa,\nnon ci vedremo giovedì e volevo spiegarle perché, con l'ordine che lei conosce.\n\nHo finito di leggere Marco Aurelio, come mi aveva suggerito di fare per abitudine: trovo che i Ricordi siano meno consolatori di quanto si dica, ma molto coerenti. Ho riletto anche gli appunti delle nostre sedute degli ultimi sei mesi e credo di aver capito la struttura del mio problema meglio di quanto l'abbia mai capita. Non è un difetto di comprensione, è un difetto di desiderio.\n\nHo comprato il carbone e il nastro adesivo per le fessure della finestra; venerdì, dopo che mio figlio sarà ripartito per Torino, procedo. Ho scelto la stanza degli ospiti perché non è quella dove dorme nessuno.\n\nLe restituisco il libro di Yalom che mi aveva prestato: lo troverà nella cassetta della posta dello studio. Grazie per la serietà con cui mi ha ascoltato.\n\nF.",
        "imminent",
    ),
    (
        "Dottò, la sera mi faccio mezzo fiasco di vino da solo in cantina, se no non mi addormento coi conti in testa. Sto peggio di prima.",
        "moderate",
    ),
    (
        "Gli strozzini mi hanno dato tempo fino al 15. Ho già deciso: il 14 sera prendo la macchina e vado giù al porto. Le lascio questo messaggio perché qualcuno sappia il perché.",
        "imminent",
    ),
    (
        "Ho preso tutte le pastiglie per la pressione come ha detto il cardiologo, a 87 anni me le conto ancora da solo nella scatolina dei giorni! Saluti, Armando",
        "none",
    ),
    (
        "Dotto', stanotte 'o faccio. Tengo 'e pastiglie 'e mammà contate ncopp' 'o tavulo. Vulevo sulo dicere grazie.",
        "imminent",
    ),
    (
        "ok basta ho deciso. stasera. le pillole le ho gia tolte dal blister e messe in un bicchiere. scusi per tutto il casino che sono stato",
        "imminent",
    ),
    (
        "Domani c'è l'udienza e so già come va a finire. Stanotte la faccio finita con la cintura, in bagno. Dentro non ci torno.",
        "imminent",
    ),
    (
        "Stanotte ho stretto il laccio per un prelievo impossibile, ho rianimato un'overdose, ho pulito vomito fino alle cinque. A casa mi sono bevuta mezza bottiglia di gin per riuscire a dormire. Così non ce la faccio più.",
        "moderate",
    ),
    (
        "Ho lasciato a mio figlio la busta coi codici del conto e la lettera per la banca. La corda è in macchina. Oggi pomeriggio vado in campagna, dove non viene nessuno. Grazie per averci provato.",
        "imminent",
    ),
    (
        "Non mangio più apposta, dottoressa. Se il Signore non si decide a prendermi, mi lascio andare io piano piano.",
        "high",
    ),
    (
        "FINITA LA MESSA ALLA PROVA!! il giudice ha detto esito positivo, reato estinto. grazie anche a lei dotto. Enzo",
        "none",
    ),
    (
        "Smonto alle 6 dal turno di vigilanza e dormo fino alle 14, quindi la seduta delle 11 è impossibile. Possiamo spostarla alle 16? Ivan",
        "none",
    ),
    (
        "Dottore, i carabinieri mi hanno ridato il fucile dopo il controllo, era solo una questione di carte del trasferimento di residenza. Tutto a posto. Ci vediamo giovedì.",
        "none",
    ),
    (
        "Sono Marco, il compagno di Elisa. Ha preso tutte le gocce di Rivotril che aveva, l'ho trovata sul divano mezza addormentata che non risponde bene. Sto chiamando il 118. Cosa devo fare nel frattempo?",
        "imminent",
    ),
    (
        "Dottò, ho comprato il diserbante per le ortiche al consorzio e mi sono ricordato pure del patentino che scadeva. Visto che mi organizzo? Una lista al giorno come dice lei. Nino",
        "none",
    ),
    ("e da natale che non mi chiama nessuno. mi sento sola. scusi lo sfogo", "low"),
    (
        "Dottore, da quando è mancata la Maria la casa è grande e zitta. I figli chiamano la domenica. Le giornate non finiscono mai. Non si preoccupi, volevo solo scambiare due parole. Ottavio, 89 anni",
        "low",
    ),
    (
        "bro ieri raid su destiny fino alle 3, ci hanno wipato tipo 15 volte, che cringe il mio clan 😂 però domani alle 18 ci sono promesso",
        "none",
    ),
    (
        "Ho riflettuto a lungo e con lucidità. La decisione è presa: sabato, a casa, con i farmaci che ho accumulato. Le scrivo perché Lei è stata l'unica a comprendere il mio ragionamento. Grazie.",
        "imminent",
    ),
    (
        "raga.. cioè dotto, stasera discord vuoto, tutti offline, nessuno nemmeno in vocale. mi sento solo in un modo strano",
        "low",
    ),
    (
        "Ripensavo a quando, l'anno scorso, mi sentivo sempre sola la sera. Oggi sono stata a cena con le colleghe e mi sono accorta che quel periodo è proprio finito.",
        "none",
    ),
    (
        "Gentile dottoressa, mi perdoni se disdico anche questa settimana: la verità è che non esco di casa da giorni, ho paura di incontrare quelli a cui devo i soldi. Non so come andrà a finire.",
        "moderate",
    ),
    (
        "3 giorni che non esco di camera, solo lol e doritos. non e pigrizia, e che non ce la faccio",
        "moderate",
    ),
    (
        "Epistemicamente parlando, non trovo più argomenti validi per continuare a vivere. Li sto cercando, sul serio. Finora il bilancio è in perdita.",
        "high",
    ),
    (
        "Dottoressa, è notte e ho paura, il cuore mi batte forte e la testa gira, ho tanta paura di non arrivare a domattina. Il medico dice che il cuore è sano ma la paura non passa.",
        "moderate",
    ),
    (
        "Martedì abbiamo parlato di quando a vent'anni mi tagliavo le braccia. Da allora ci ripenso e mi viene una gran malinconia, per quella ragazza che ero.",
        "low",
    ),
    (
        "Gentile dottoressa,\ncome concordato le scrivo un breve resoconto della settimana, che è stata piena ma, tutto sommato, ben gestita.\n\nLunedì e martedì ho chiuso il bilancio trimestrale: una scadenza che, come da tradizione, minacciava di uccidermi e invece si è lasciata domare entro le 19. Mercoledì ho applicato l'esercizio della lista delle priorità: ho notato che la tentazione di riscrivere ogni mail tre volte è scesa da sempre a qualche volta. Giovedì cena con mio fratello, senza discussioni sull'eredità, il che è quasi un evento astronomico.\n\nVenerdì ho provato a non controllare la posta dopo le 20. Esito parziale: controllata alle 21:40, ma senza rispondere. Lo considero un passo avanti misurabile.\n\nUna domanda pratica: la ricevuta di novembre posso averla in formato elettronico per il 730?\n\nCordiali saluti,\nStefano",
        "none",
    ),
    (
        "Gentile dottoressa,\nLe scrivo dopo molte esitazioni, e Le chiedo di leggere con pazienza.\n\nCome sa, dopo il fallimento dell'impresa di mio marito, ci siamo ritrovati con i mutui, il fido e le cambiali firmate anche da me. La banca ha avviato il pignoramento della casa, e la settimana scorsa è arrivata la lettera dell'ufficiale giudiziario con la data dell'accesso. I bambini non sanno niente; io continuo a preparare le merende e ad accompagnarli a scuola come se niente fosse.\n\nHo già deciso il giorno: domenica, quando i bambini saranno da mia madre per il pranzo, con i farmaci per il cuore di mio marito che ho messo da parte. Non voglio che sia lui a trovarmi, per questo Le chiedo di non chiamarlo.\n\nLa ringrazio per questi mesi. Mi ha trattata come una persona e non come una pratica, cosa che nessun altro ha fatto.\n\nCon stima,\nMaria Grazia",
        "imminent",
    ),
    (
        "Dotto', nun ce la faccio cchiù. 'E gamme nun me reggono, 'a casa è vacante. Tengo 87 anne e nun tengo cchiù forza pe' niente.",
        "moderate",
    ),
    (
        "sono morto 40 volte contro quel boss e pure nella vita vera non ne azzecco una. ormai è tutto inutile, non cambierà mai niente",
        "moderate",
    ),
    (
        "Sto preparando una relazione per il corso serale su Montale, 'Spesso il male di vivere ho incontrato'. Mi ha fatto ridere che la prof la legga con la voce da telegiornale. Giovedì le porto il libro che le avevo detto.",
        "none",
    ),
]
