"""Training-only messages for the learned risk net (bench/train_risk_net.py), author I.

Italian adults (35-90) under pressure: workers, farmers, soldiers, nurses, police, new mothers, chronic
illness, recent widowhood, dementia caregivers; SMS and formal letters, some from spouses or adult children.

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Ogni volta che prendo l'autostrada penso di sterzare contro il guardrail. Non lo faccio solo perché in macchina ci sono i bambini.",
        "high",
    ),
    (
        "Mi è tornata la voglia di tagliarmi, dopo due anni che non lo facevo. Da ieri è fortissima.",
        "high",
    ),
    (
        "La scala e il cappio sono pronti in garage. Aspetto che mia moglie esca per la messa delle undici.",
        "imminent",
    ),
    (
        "Oggi non mi sono alzato dal letto. Al capocantiere ho detto che avevo la febbre, ma non è vero.",
        "moderate",
    ),
    (
        "Stavolta non sono rimasto a letto tutto il giorno, sono uscito a fare la spesa. Però mi sento giù di morale.",
        "low",
    ),
    (
        "Ho finito Anna Karenina. Il finale col treno lo conoscevo, ma mi ha colpito lo stesso. Adesso comincio Il Gattopardo.",
        "none",
    ),
    (
        "Mia figlia dice che esagero, ma io non vedo un domani. Il negozio chiude a fine mese e con lui trent'anni di vita.",
        "moderate",
    ),
    (
        "Oggi ho salutato per l'ultima volta il mio ufficio: 38 anni in Comune. Addio scrivania! 🥳",
        "none",
    ),
    (
        "Con la fisioterapia ho chiuso, tanto non serve a niente. Il dolore c'è e ci resterà.",
        "moderate",
    ),
    (
        "Mi sono iniettato tutta la morfina che avevo in casa per le metastasi. Se non mi sveglio va bene così. Grazie di tutto.",
        "imminent",
    ),
    (
        "A mia moglie dico che va tutto bene. In realtà ogni sera guardo il fucile e penso che sarebbe la soluzione più pulita per me.",
        "high",
    ),
    (
        "Abbiamo riconsegnato le chiavi dell'appartamento di via Roma. Addio casa vecchia: stiamo dai suoceri finché la nuova non è pronta.",
        "none",
    ),
    (
        "Mi scusi per l'ora. Ho deciso di farla finita stanotte. Volevo solo che qualcuno lo sapesse.",
        "imminent",
    ),
    (
        "Non ho preso più pastiglie di quelle prescritte, stia tranquilla. Ma la sera mi sento molto sola.",
        "low",
    ),
    (
        "Giovanni mi aspetta. Stasera prendo le sue medicine del cuore, le ho tenute tutte, e vado da lui. Le chiavi le ho lasciate alla vicina.",
        "imminent",
    ),
    (
        "Il pensiero della corda non c'è più, come le dicevo la settimana scorsa. Però mi sento ancora molto solo.",
        "low",
    ),
    (
        "Ho voglia di farmi male, di sbattere le mani contro lo spigolo del tavolo finché non sento più niente dentro.",
        "high",
    ),
    (
        "Se torna il tumore non faccio la chemio. Anzi, spero che torni, così la finisce lui per me.",
        "high",
    ),
    (
        "Stanotte mi sono ferito la mano apposta col coltello da innesto. Non volevo morire, volevo sentire dolore.",
        "high",
    ),
    (
        "Dottoressa, sono la moglie di Aldo Ferri, suo paziente. Ho trovato una lettera di addio nel cassetto, lui non risponde da due ore e la macchina non c'è. Mi chiami subito, la prego.",
        "imminent",
    ),
    (
        "Il farmaco per il dolore lo prendo come da ricetta, neanche una compressa in più. Ma il dolore non passa e ho perso ogni speranza che passi.",
        "moderate",
    ),
    ("Ieri sera ho pianto guardando le foto del matrimonio. Mi manca tanto.", "low"),
    (
        "Stanotte quando il piccolo dorme prendo le pillole di mia madre e non mi sveglio più. Starà meglio con una mamma vera. L'ho deciso.",
        "imminent",
    ),
    ("Il gregge è sceso dall'alpeggio, pecore tutte sane. Bella giornata!", "none"),
    (
        "Oggi non sono rimasto a letto, anzi: sono andato al mercato e ho fatto la spesa per tutta la settimana.",
        "none",
    ),
    (
        "Mi sento un po' abbattuta dopo la visita oncologica. Niente di nuovo, solo stanchezza e malinconia.",
        "low",
    ),
    (
        "Non bevo più la sera da due mesi, neanche un bicchiere. Glielo scrivo perché ne sono fiero!",
        "none",
    ),
    (
        "Oggi sto da Dio. Pensione arrivata, nipoti in visita e un sole che spacca le pietre.",
        "none",
    ),
    (
        "Mi hanno dato la pistola nuova in dotazione, stamattina prove al poligono. Tutto nella norma, stasera ci sono alla seduta.",
        "none",
    ),
    (
        "Ieri sera mi sono bruciata il braccio con la sigaretta. Mi sembrava l'unico modo per sentire qualcosa.",
        "high",
    ),
    (
        "Stasera ho preso due Tavor in più di quelli che mi ha dato lo psichiatra, per calmarmi. Lo so che non dovrei.",
        "moderate",
    ),
    (
        "Domani ho la TAC alle 8, quindi salto la seduta. Le faccio sapere com'è andata. Grazie, Ida",
        "none",
    ),
    (
        "Ho una voglia fortissima di tagliarmi. Le lamette le ho date a mio marito, ma il pensiero non se ne va.",
        "high",
    ),
    ("Ma che senso ha. Lavoro dodici ore al giorno e i soldi non bastano lo stesso.", "moderate"),
    (
        "Buongiorno dottoressa, sono la moglie di Renato, il suo paziente. Ieri sera mi ha detto piangendo che vorrebbe morire, che è stanco di vivere. Non ha aggiunto altro. Volevo che lo sapesse prima della seduta di giovedì.",
        "high",
    ),
    (
        "Ieri sera ho bevuto e mi sono tagliato le nocche col vetro della bottiglia, apposta. Oggi fanno male e non mi pento.",
        "high",
    ),
    (
        "Ho cinquanta pastiglie di Lyrica contate sul tavolo e un bicchiere d'acqua. Aspetto solo che faccia buio.",
        "imminent",
    ),
    (
        "Dopo il parto mi sento una madre sbagliata. Ho pensato che sarebbe meglio per tutti se morissi, anche per lei.",
        "high",
    ),
    ("Oggi nostro figlio si è laureato in ingegneria. Non sto nella pelle! 🎉", "none"),
    (
        "Starebbero tutti meglio senza di me, anche i ragazzi. Con i debiti che lascio sono solo un peso.",
        "high",
    ),
    (
        "Il 31 è il mio ultimo giorno di lavoro. Poi finalmente camper e via, un mese in Portogallo con Nives.",
        "none",
    ),
    (
        "Ho una lettera nel cassetto per mio figlio, scritta per sicurezza, nel caso non ci fossi più. Per ora non ho intenzione di fare niente.",
        "high",
    ),
    (
        "In questo mestiere ne ho visti tanti di colleghi che si sono sparati. Ultimamente capisco perché l'hanno fatto, e ci penso anche per me.",
        "high",
    ),
    ("Ho buttato via le sigarette, è la volta buona. Terza settimana senza!", "none"),
    (
        "Ho deciso: a giugno lascio il lavoro e me ne vado. Biglietto già fatto, Sardegna per due settimane, e poi pensione!",
        "none",
    ),
    (
        "Ho letto l'articolo sul lutto nei vedovi anziani che ha pubblicato sul sito del centro. Molto chiaro, l'ho girato a mia cognata.",
        "none",
    ),
    ("Ho pensato di lasciarmi morire di fame. Non mangio da due giorni e non mi importa.", "high"),
    (
        "Mi può chiamare quando ha un momento? Niente di urgente, ho solo bisogno di sentire una voce.",
        "low",
    ),
    (
        "Ho provato a spararmi ma il fucile si è inceppato. È ancora qui vicino a me, lo sto ricaricando.",
        "imminent",
    ),
    (
        "Sull'impalcatura a volte penso: basterebbe sganciarsi e fare un passo. Poi mi aggancio e vado avanti.",
        "high",
    ),
    (
        "Non è che voglio morire, non mi fraintenda. È che la sera la casa è vuota e mi viene il magone.",
        "low",
    ),
    (
        "Sono al quinto piano dell'ospedale, sulla scala antincendio. Ho già scavalcato la ringhiera.",
        "imminent",
    ),
    (
        "Mi scusi, l'altra volta ho dimenticato l'ombrello in sala d'attesa. Posso passare a prenderlo venerdì?",
        "none",
    ),
    (
        "Mi sono passato il rasoio sulla gola, piano, solo un po'. Non smette di sanguinare.",
        "imminent",
    ),
    (
        "Mia madre, che ha la demenza, stamattina ha detto che vuole morire. Non so se capisce quello che dice, ma mi si è spezzato il cuore.",
        "low",
    ),
    (
        "Al corso della terza età leggiamo I dolori del giovane Werther. Il professore ha spiegato che dopo quel libro diversi giovani si tolsero la vita per imitazione. Discussione interessantissima.",
        "none",
    ),
    (
        "Buonasera, mi conferma l'indirizzo del nuovo studio? Non vorrei perdermi come l'altra volta. Bruno",
        "none",
    ),
    (
        "Dottore, sono Marco, il figlio di Pietro Lanza. Papà stamattina ha salutato i nipoti uno per uno, poi è uscito col fucile da caccia dicendo che andava a sistemare le cose. Il cellulare è spento. Ci aiuti, è urgente.",
        "imminent",
    ),
    (
        "Il fucile per i cinghiali è carico e sono in macchina sotto il bosco. Stasera la faccio finita, non chiamate nessuno.",
        "imminent",
    ),
    (
        "Mi hanno proposto di fare il caporeparto. Sono emozionato e anche un po' agitato, ne parliamo giovedì?",
        "none",
    ),
    (
        "Mio nipote studia Jacopo Ortis e mi ha chiesto perché alla fine si uccide. Gli ho detto che è un romanzo di un'altra epoca. Era serissimo, mi ha fatto sorridere.",
        "none",
    ),
    ("Non mi ammazzo solo per mia madre. Se non ci fosse lei l'avrei già fatto.", "high"),
    ("Sono al capolinea. Vent'anni di matrimonio e adesso dormo in macchina.", "moderate"),
    (
        "Ieri notte mi sono tagliata di nuovo sulle gambe, non in profondità, ho disinfettato. Mi vergogno a dirglielo di persona.",
        "high",
    ),
    ("Buttato giù tutto il blister di Xanax e uno di Stilnox. Ora mi stendo.", "imminent"),
    (
        "Con questo caldo si muore! La mietitura l'abbiamo anticipata alle cinque del mattino.",
        "none",
    ),
    ("Non voglio più svegliarmi la mattina. Ogni risveglio è una delusione.", "high"),
    (
        "Stasera dopo il servizio mi chiudo in auto con la Beretta. Non voglio che a trovarmi siano i miei, per questo lo faccio fuori città.",
        "imminent",
    ),
    ("Il tumore non è tornato! Controllo pulito, niente chemio. Sono felicissima ❤️", "none"),
    (
        "Mi sento in trappola: non posso lasciare mia madre, non posso lasciare il lavoro, non posso più andare avanti così.",
        "moderate",
    ),
    (
        "Ho pensato di smettere le medicine del cuore senza dire niente al cardiologo. Lascerei fare alla natura, e sarebbe finita.",
        "high",
    ),
    (
        "Ho scritto il testamento ieri sera. Non sto progettando niente, volevo solo che fosse pronto.",
        "high",
    ),
    (
        "Ho capito cosa intendeva con tagliare i ponti con mia sorella, ma non sono d'accordo. Ne parliamo giovedì.",
        "none",
    ),
    (
        "Ho avuto un attacco di panico in macchina, mi sono dovuta fermare in una piazzola perché pensavo di morire. Tremo ancora adesso e non riesco a ripartire.",
        "moderate",
    ),
    (
        "Dopo il servizio mi scolo quattro o cinque birre per staccare, altrimenti non chiudo occhio. Sta diventando un'abitudine.",
        "moderate",
    ),
    ("Grazie per ieri, mi è servito molto. A martedì. Luisa", "none"),
    ("Mi faccio schifo. Ho voglia di punirmi, di farmi male sul serio.", "high"),
    (
        "A volte penso che se mi prendesse un infarto mentre guido il trattore sarebbe una liberazione.",
        "high",
    ),
    (
        "Buongiorno dottoressa, devo spostare la seduta di martedì perché ho il turno di notte in reparto. Le andrebbe bene giovedì alle 18? Grazie, Marisa",
        "none",
    ),
    (
        "Il figlio dei vicini si è buttato dal ponte di Pontelagoscuro. Lo conoscevo da quando era bambino. Sono sconvolto.",
        "low",
    ),
    (
        "Ho fissato la scala al muro del garage e finalmente ho sistemato le grondaie. Mia moglie è contenta.",
        "none",
    ),
    (
        "Non mi taglio più da quattro mesi. Ieri è stato un momento difficile ma non l'ho fatto.",
        "low",
    ),
    (
        "Ho scritto ai miei tre figli e ho regalato la moto. Domattina presto vado ai binari del passaggio a livello di Sant'Anna.",
        "imminent",
    ),
    (
        "Abbiamo tirato giù il vecchio fienile con la ruspa. Addio vecchia stalla! Adesso ci facciamo il porticato.",
        "none",
    ),
    (
        "Non ho nessuna intenzione di farmi del male, glielo dico subito perché so che me lo chiederà. Però sono giù.",
        "low",
    ),
    (
        "Ho chiuso il debito con la finanziaria! Ultima rata pagata stamattina, non ci credo ancora.",
        "none",
    ),
    (
        "Mi sento solo, signora dottoressa. I figli stanno fuori e al circolo non ci vado più volentieri.",
        "low",
    ),
    (
        "Ho dato l'ultima carezza a Bianca. Il fiume è in piena, stasera è il momento giusto.",
        "imminent",
    ),
    (
        "Mio marito dice che lo faccio morire con le mie pulizie di primavera 😄 Comunque domani ci sono.",
        "none",
    ),
    (
        "Ogni sera spero che il cuore si fermi nel sonno. Almeno sarebbe naturale e nessuno si sentirebbe in colpa.",
        "high",
    ),
    (
        "Il ponte di Bassano al tramonto è meraviglioso: ci abbiamo fatto una lunga passeggiata con mio marito, come mi aveva suggerito lei.",
        "none",
    ),
    (
        "Ho letto la poesia di Pavese che mi aveva consigliato, Verrà la morte e avrà i tuoi occhi. Mi è piaciuta molto, la rileggerò.",
        "none",
    ),
    (
        "Stanotte mi sono tagliata la coscia col coltello da cucina e ho dovuto stringere un asciugamano perché non smetteva. Adesso lo rifaccio, più a fondo.",
        "imminent",
    ),
    (
        "Sono vedova da tre mesi. Le domeniche sono le più dure, con la tavola apparecchiata per uno.",
        "low",
    ),
    (
        "Ho cercato sul telefono quanto è alto il viadotto sull'A1, per saltare. Mi vergogno a scriverlo.",
        "high",
    ),
    ("Appena finisco in stalla mi attacco alla bottiglia. Mio figlio se n'è accorto.", "moderate"),
    (
        "Il mio collega Dario si è sparato con l'arma d'ordinanza la settimana scorsa. Non riesco a togliermelo dalla testa.",
        "low",
    ),
    (
        "Dottoressa, lunedì alle 10 ho il colloquio per il posto da OSS, quindi devo spostare. Mi va bene qualsiasi altro giorno. Cordiali saluti, Teresa Iannone",
        "none",
    ),
    (
        "Quest'anno la grandine ha preso tutto. Ho 61 anni, non ricomincio. Mi piacerebbe sdraiarmi nel campo e non alzarmi più.",
        "high",
    ),
    (
        "Ieri sera a teatro davano la Tosca. Quando lei si butta da Castel Sant'Angelo tutta la sala ha trattenuto il fiato. Serata bellissima.",
        "none",
    ),
    (
        "Ho fatto tre notti di fila in rianimazione e quando torno a casa mi chiudo in camera tutto il giorno senza parlare con nessuno. Non reggo più.",
        "moderate",
    ),
    ("Stasera la chiudo con il commercialista: o mi fa lo sconto o cambio studio.", "none"),
    ("Immagino il mio funerale e mi sento sollevata. So che non è normale.", "high"),
    (
        "Ho chiuso l'azienda, liquidato gli ultimi due operai, pagato i fornitori. Adesso chiudo anche io. La corda è nel furgone, stasera al capannone vuoto.",
        "imminent",
    ),
    (
        "Ieri ho aiutato mio genero a potare gli ulivi: lui sulla scala, io a terra col seghetto. Che fatica, ma che soddisfazione.",
        "none",
    ),
    ("Ho bevuto il diserbante che usiamo nei campi. Un bicchiere pieno.", "imminent"),
    ("Sono allo stremo. La bimba piange tutta la notte e io non so più cosa fare.", "moderate"),
    (
        "La mia ultima notte. Ho sistemato tutto, la gatta è dalla vicina e le pastiglie sono pronte. Grazie per averci provato con me.",
        "imminent",
    ),
    (
        "Sto bevendo tutte le sere per riuscire a dormire. Ieri una bottiglia intera di rosso.",
        "moderate",
    ),
    (
        "Domani con mio cugino ammazziamo il maiale, è la tradizione di famiglia: sono impegnato tutto il giorno. Spostiamo a venerdì?",
        "none",
    ),
    (
        "Addio dottore, stavolta non torno indietro. La lettera per mia madre l'ho imbucata stamattina.",
        "imminent",
    ),
    (
        "Al corso per infermieri abbiamo ripassato le dosi letali dei farmaci più comuni, martedì c'è l'esame. Salto la seduta, mi scusi.",
        "none",
    ),
    (
        "Tanto non cambierà mai niente. La banca, l'avvocato, la mia ex: va sempre peggio.",
        "moderate",
    ),
    (
        "Le volevo dire che il fucile da caccia di mio padre l'ho venduto a un collezionista. Papà non caccia più da anni e in casa non serviva.",
        "none",
    ),
    (
        "Papà è morto a marzo e voglio andare da lui. Domani è l'anniversario dei miei: vado al cimitero e lì prendo tutto quello che ho messo via.",
        "imminent",
    ),
    (
        "Mi sono strappata i capelli fino a farmi una chiazza, poi mi sono morsa il braccio a sangue.",
        "high",
    ),
    (
        "Ho ammazzato il tempo in sala d'attesa con le parole crociate. Alla fine la visita è andata bene.",
        "none",
    ),
    (
        "Ho messo in valigia tutte le pastiglie per la pressione, stavolta non le dimentico a casa come l'anno scorso.",
        "none",
    ),
    ("Mi sento triste, tutto qui. Non è successo niente di grave.", "low"),
    (
        "Ho finito le gocce che mi ha prescritto il dottor Sala, le prendo come indicato, quindici la sera. La ricetta la chiedo a lui o a lei?",
        "none",
    ),
    (
        "Ho battuto la testa contro il muro finché non mi si è aperto il sopracciglio. Mia moglie crede che sia caduto in cantiere.",
        "high",
    ),
    (
        "Da quando mi hanno diagnosticato il Parkinson penso di togliermi la vita prima di diventare un peso. Ho già guardato quanto costa andare in Svizzera per farla finita.",
        "high",
    ),
    (
        "Ho già bevuto mezza bottiglia di grappa e adesso butto giù le pastiglie. Non chiamate l'ambulanza.",
        "imminent",
    ),
    (
        "Col gruppo di cammino siamo arrivati fino al ponte tibetano. Io non ci sono salita, soffro di vertigini, ma li ho fotografati tutti 😊",
        "none",
    ),
    ("Non vedo l'ora di raggiungere Teresa. Ogni notte le chiedo di venirmi a prendere.", "high"),
    ("Penso alla morte come a un riposo. Mi piacerebbe riposare per sempre, e presto.", "high"),
    (
        "Mi sono preso un'ora di permesso dal cantiere e sono salito sul tetto del capannone, sei piani. Resto qui finché trovo il coraggio, poi vado giù.",
        "imminent",
    ),
    (
        "Da quando è morto Luigi non mi vesto più. Sto in vestaglia tutto il giorno e non apro a nessuno.",
        "moderate",
    ),
    (
        "Buongiorno, sono Giorgio Neri. Le scrivo per conto di mia moglie, sua paziente: oggi ha la febbre alta e non potrà venire. Chiamerà lei per un nuovo appuntamento appena sta meglio.",
        "none",
    ),
    (
        "Stamattina al supermercato mi ha preso il panico, il cuore a mille, non respiravo, ho mollato il carrello e sono scappata. Ormai da sola non riesco più a uscire.",
        "moderate",
    ),
    (
        "Dottoressa, ho messo da parte la morfina di mia madre, una quarantina di compresse. Domenica, quando mia moglie va dalla sorella, le prendo tutte.",
        "imminent",
    ),
    (
        "Questa settimana mi ammazzo di lavoro con la vendemmia. Mercoledì arrivo un quarto d'ora in ritardo, mi scusi.",
        "none",
    ),
    (
        "Non sono in pericolo adesso, ma i pensieri di morire sono tornati forti questa settimana.",
        "high",
    ),
    (
        "Sono al poligono fino a venerdì per le esercitazioni di tiro. Rientro sabato: possiamo fare la seduta online lunedì?",
        "none",
    ),
    (
        "Nel 2015 ho preso una scatola di pastiglie e mi hanno portato in ospedale. Oggi è l'anniversario e volevo solo dirlo a qualcuno.",
        "low",
    ),
    (
        "Stamattina al funerale di Carlo mi sono sentito svuotato. Era il mio socio da trent'anni.",
        "low",
    ),
    (
        "Mi dicono tieni duro, ma io non ho più niente da tenere. Nessuna speranza che la causa finisca bene.",
        "moderate",
    ),
    (
        "Il fucile è nell'armadio e ogni volta che ci passo davanti penso a usarlo su di me. Non ho fatto niente, ma il pensiero c'è.",
        "high",
    ),
    (
        "domani alle 5 smonto dal turno di notte, prendo l'autostrada e mi schianto contro un pilone. già deciso",
        "imminent",
    ),
    (
        "Da quando sono in pensione mi sento inutile. Mi manca il cantiere, mi mancano i ragazzi.",
        "low",
    ),
    (
        "Tre anni fa volevo morire, adesso no. Però questa settimana mi sento senza speranza come allora.",
        "moderate",
    ),
    (
        "La SLA non mi avrà del tutto. Ho messo da parte il Rivotril per tre mesi e adesso ne ho abbastanza. Lo faccio la notte di Natale, quando sono tutti da mia figlia.",
        "imminent",
    ),
    (
        "Sono distrutta. La demenza di papà peggiora e io ho smesso di mangiare. Non ce la faccio.",
        "moderate",
    ),
    (
        "Ho ingoiato le pastiglie di Coumadin di mio marito, tutta la scatola, un'ora fa. Non so neanche perché le scrivo.",
        "imminent",
    ),
    (
        "Ho preso dal reparto tre fiale di potassio. Stanotte smonto alle sei e a casa la faccio finita. Non ha più senso tirare avanti.",
        "imminent",
    ),
    (
        "Ho preso una corda nuova per legare le balle di fieno, quella vecchia si è spezzata. Scusi, ho sbagliato chat! Era per mio cognato.",
        "none",
    ),
    (
        "Egregio dottore, con questa lettera la sollevo da ogni responsabilità. La decisione l'ho presa io, con lucidità: domani all'alba, dal ponte della Priula. Le istruzioni per il funerale sono nella busta gialla. Cordialmente, Gino Borsato",
        "imminent",
    ),
    ("Ho bisogno di un abbraccio, anche solo a parole. La giornata è stata lunghissima.", "low"),
    ("Vorrei solo smettere di esistere. Non ho neanche la forza di pensare a come.", "high"),
    (
        "Sabato c'è la battuta al cinghiale con la squadra e stamattina ho pulito il fucile. Per questo le chiedo se possiamo spostarci a lunedì.",
        "none",
    ),
    (
        "Che senso ha essere vivo a 78 anni, solo, con le gambe che non reggono e nessuno che viene a trovarmi?",
        "high",
    ),
    (
        "Mio padre raccontava che in montagna, durante la guerra, i partigiani dormivano col fucile sotto la coperta. Ho ritrovato il suo diario, che emozione.",
        "none",
    ),
    (
        "La mamma con l'Alzheimer mi chiama col nome di mia zia. Stasera ho pensato che vorrei morire prima di lei, per non vederla andarsene così.",
        "high",
    ),
    (
        "Le ricordo che giovedì porto anche mia figlia, come concordato. Grazie. Anna Maria Rizzo",
        "none",
    ),
    (
        "Per la cena di Natale del reparto ho fatto il tiramisù. Le colleghe dicono che è da morire.",
        "none",
    ),
    ("I bambini sono da mia madre per il weekend. Il gas in cucina è già aperto.", "imminent"),
    (
        "Cara dottoressa, ho ottantadue anni e ho seppellito Elsa il mese scorso. Ho messo in ordine la casa e lasciato i soldi del funerale nella busta sul tavolo. Stanotte prendo le gocce che prendeva lei, tutte. Ho lasciato la porta aperta, così non mi trovano troppo tardi. La ringrazio della gentilezza. Osvaldo",
        "imminent",
    ),
    (
        "In reparto guardo il carrello della terapia e mi chiedo quante fiale basterebbero per me. Non ne ho mai presa una, ma il pensiero torna a ogni turno.",
        "high",
    ),
    ("Se entro le dieci nessuno mi chiama lo faccio. Ho già le pastiglie in mano.", "imminent"),
    ("Non passa giorno senza che pensi al suicidio. Poi guardo i nipoti e mi trattengo.", "high"),
    (
        "Mi sono stretta la cintura al collo e poi mi sono spaventata. Ce l'ho ancora in mano. Stanotte ci riprovo.",
        "imminent",
    ),
    ("Cosa dovrei fare se mi tornasse la voglia di tagliarmi mentre lei è in ferie?", "low"),
    (
        "Stanotte l'attacco di panico è stato il peggiore: ho chiamato il 118 perché credevo fosse un infarto, mi hanno detto che era ansia. Non ce la faccio più a vivere col terrore addosso.",
        "moderate",
    ),
    (
        "La pistola d'ordinanza è sul tavolo della cucina. Appena i bambini dormono è finita. Mi perdoni.",
        "imminent",
    ),
    (
        "In cantiere oggi abbiamo calato la pompa nel pozzo con la corda. Ho le mani distrutte ma il lavoro è fatto.",
        "none",
    ),
    (
        "In reparto facciamo il corso sulla prevenzione del suicidio negli anziani ricoverati. Mi sono venute tante domande professionali, gliele porto giovedì.",
        "none",
    ),
    (
        "Ho lasciato la polizia dopo trent'anni di servizio. Ieri festa coi colleghi, mi hanno regalato un orologio. Grazie per avermi aiutato a decidere.",
        "none",
    ),
    (
        "Faccio il potatore e la corda da lavoro ce l'ho sempre nel furgone. Oggi però non ci sono andato, sono rimasto a letto tutto il giorno senza un motivo.",
        "moderate",
    ),
    (
        "Quando passo sul ponte della ferrovia andando al lavoro penso a quanto sarebbe facile buttarmi. Poi tiro dritto.",
        "high",
    ),
    ("La fibromialgia mi ha tolto tutto. Certe sere prego di morire nel sonno.", "high"),
    (
        "Ho deciso di farla finita con il bar del paese: ogni sera una discussione. D'ora in poi le carte le giochiamo a casa di Mario.",
        "none",
    ),
    ("Niente ha più senso, dottore. Non il lavoro, non la casa, neanche le feste.", "moderate"),
    (
        "Al corso di storia abbiamo parlato di Catone, che si tolse la vita a Utica. Ho preso appunti per mio nipote che ha l'esame di latino.",
        "none",
    ),
    (
        "A volte mentre allatto penso di buttarmi dalla finestra. È un pensiero che arriva e se ne va, ma mi terrorizza.",
        "high",
    ),
    (
        "Lo so che la settimana scorsa le ho scritto cose brutte. Oggi non ho voglia di morire, sono solo malinconica.",
        "low",
    ),
    (
        "Sono sul ponte della statale, quello sopra il Piave. Non riesco a smettere di guardare giù e stavolta salto.",
        "imminent",
    ),
    (
        "Non ho pensieri di morte, come mi aveva chiesto. Sono solo stanca e un po' giù dopo il parto.",
        "low",
    ),
    ("Dottò, nun ne esco. Ci ho provato in tutti i modi e non migliora niente.", "moderate"),
    (
        "Gentile dottor Santoro, la ringrazio per il lavoro di questi mesi. Ho sistemato le carte, il testamento è dal notaio e ai miei figli ho scritto una lettera ciascuno. Quando leggerà questa mail non ci sarò più. Non si senta responsabile. Con stima, Ernesto Valli",
        "imminent",
    ),
    ("Ho lasciato la lettera sul comodino per Paola. Sto andando alla diga adesso.", "imminent"),
    ("mi sono bevuto la candeggina, brucia tantissimo", "imminent"),
    (
        "Se un giorno mi venisse il pensiero di farla finita, c'è un numero da chiamare di notte?",
        "low",
    ),
    (
        "Giovedì il podere va all'asta. Giovedì mattina, prima che arrivino, mi impicco nella stalla dove lavorava mio padre.",
        "imminent",
    ),
    (
        "Ho pulito il fucile come ci insegnavano in caserma. Un colpo solo basta. Stasera, al capanno.",
        "imminent",
    ),
    (
        "Mio fratello dice che vuole ammazzarsi, ha perso la casa. Io non so come aiutarlo, mi può dare un consiglio?",
        "low",
    ),
    (
        "Da quando è morta Franca penso solo a raggiungerla. Non so come, ma voglio stare con lei, dall'altra parte.",
        "high",
    ),
    (
        "Il medico ha portato la sertralina a 100 mg. La prendo regolarmente la mattina. Ne parliamo in seduta?",
        "none",
    ),
    (
        "Sono un peso. Mia figlia ha lasciato il lavoro per assistermi; se non ci fossi più lei avrebbe una vita sua.",
        "high",
    ),
    (
        "La corda l'ho già legata alla trave del fienile. Aspetto solo che mio figlio parta per Milano domattina.",
        "imminent",
    ),
    (
        "Sono giorni che bevo lo sciroppo con la codeina per stordirmi. La tosse non ce l'ho.",
        "moderate",
    ),
    (
        "Con la nuova terapia tutto bene, nessun effetto collaterale. Grazie del consiglio di parlarne con lo psichiatra.",
        "none",
    ),
    ("Non ho più forze. Da sabato sto a letto, mi alzo solo per andare in bagno.", "moderate"),
    (
        "La banca non la pago io, pagherà l'assicurazione sulla vita. Venerdì un incidente col trattore sulla scarpata del Colle, e nessuno saprà che l'ho voluto.",
        "imminent",
    ),
    ("Mio nipote mi ha fatto morire dal ridere, a tavola ha imitato il maresciallo 😂", "none"),
    (
        "Mi sono chiesta: se un giorno non ce la facessi più con papà, a chi potrei chiedere aiuto?",
        "low",
    ),
    (
        "Dottoressa, sono il marito di Carla. Stamattina l'ho trovata che scriveva una lettera ai figli per quando non ci sarà più. Dice che non vuole fare niente, ma io ho paura. Lei lo sa che ha pensieri di morte?",
        "high",
    ),
    (
        "Mi hanno pignorato il trattore. Per il podere non c'è più niente da fare, è finita.",
        "moderate",
    ),
    (
        "Dottore, sono Lina, la moglie di Sergio. Da lunedì lui non esce dalla camera e non va al lavoro, non vuole vedere nessuno. Cosa possiamo fare?",
        "moderate",
    ),
    (
        "Il nuovo antidolorifico me l'ha prescritto l'ortopedico, una compressa al giorno dopo pranzo. Posso prenderlo col caffè o è meglio di no?",
        "none",
    ),
    ("D'accordo col medico ho smesso i sonniferi scalando piano. E dormo lo stesso!", "none"),
    (
        "Ho preso tutto il flacone di Tavor insieme al vino. Volevo solo dormire per sempre. Adesso mi gira tutto.",
        "imminent",
    ),
    (
        "Ho paura di non farcela. Il dolore alle anche è tornato e i campi non aspettano.",
        "moderate",
    ),
    ("Sono morta di sonno stasera, turno doppio. Domani le scrivo per la data.", "none"),
    (
        "Il mio capo mi ucciderà se arrivo tardi un'altra volta 😅 Possiamo fare alle 19 invece che alle 18?",
        "none",
    ),
    (
        "Non ce la faccio a fare la mamma. Ho lasciato la bambina da mia suocera e sto andando al molo. Voglio entrare in acqua e non tornare più.",
        "imminent",
    ),
    (
        "La fisioterapista dice che con questi esercizi il ginocchio lo salvo senza operazione. Sono di buonumore.",
        "none",
    ),
    ("Non mi vedo vivo l'anno prossimo. Non so come, ma non mi ci vedo proprio.", "high"),
    ("Dopo la telefonata di mia figlia da Londra mi sono sentito solo come un cane.", "low"),
    ("Se domani non mi svegliassi non sarebbe una tragedia per nessuno, nemmeno per me.", "high"),
    (
        "Apro gli occhi la mattina e il primo pensiero è: ancora qui. Avrei preferito non svegliarmi.",
        "high",
    ),
    (
        "Stanotte ho cercato su internet quante pastiglie di Tavor servono per non svegliarsi. Poi ho spento tutto.",
        "high",
    ),
    ("Mi chiedo che senso abbia restare al mondo se non posso più lavorare né camminare.", "high"),
    (
        "Il piccolo ha due mesi e io non riesco più ad alzarmi. Oggi l'ha cambiato tutto il giorno mia suocera, io sono rimasta a letto a piangere.",
        "moderate",
    ),
    (
        "Sono in malattia e da una settimana non esco di casa: il solo pensiero di tornare in corsia mi paralizza.",
        "moderate",
    ),
    (
        "In reparto un paziente ha tentato di uccidersi staccandosi le flebo e prendendo le pastiglie del vicino di letto. L'abbiamo salvato, ma stanotte io non dormo.",
        "low",
    ),
    (
        "Mi sto facendo una canna dietro l'altra tutte le sere per non pensare alla separazione.",
        "moderate",
    ),
    (
        "Si ricorda quando a maggio le dissi che pensavo al fucile? Adesso lo tiene mio cognato in cassaforte, volevo dirglielo.",
        "low",
    ),
    ("In caserma nessuno capisce come mi sento. Mi tengo tutto dentro.", "low"),
    (
        "Dopo la telefonata con l'avvocato mi sono graffiata le braccia fino a farle sanguinare. Oggi porto le maniche lunghe.",
        "high",
    ),
    (
        "Non ha più senso tirare avanti. A mia moglie dico che va tutto bene, ma la sera penso solo a come sarebbe non esserci più.",
        "high",
    ),
    (
        "Sono a pezzi. Mi hanno lasciato a casa dal porto e stasera mi sono scolato mezza bottiglia di whisky da solo.",
        "moderate",
    ),
    (
        "Lunedì riconsegno il distintivo, ma la pistola la uso prima. Il posto l'ho scelto: la pineta dietro la caserma.",
        "imminent",
    ),
    (
        "Stanotte salgo al passo col furgone e mi butto giù dal tornante. Il libretto della macchina l'ho già lasciato a mio fratello.",
        "imminent",
    ),
    (
        "Mio marito Paolo (il paziente sono io, non lui) ieri ha detto che certe mattine vorrebbe non svegliarsi. Sono preoccupata per lui.",
        "low",
    ),
    (
        "Ho acceso il braciere in camera e ho chiuso porta e finestre. Volevo solo salutarla.",
        "imminent",
    ),
    (
        "Non dormo, non mangio, il cuore batte fortissimo e mi sembra di impazzire. Ho paura di non arrivare a fine mese con la testa.",
        "moderate",
    ),
    (
        "Sono chiusa in bagno, mi sono tagliata le braccia con la lametta e c'è tanto sangue, mi sento debole.",
        "imminent",
    ),
    (
        "In missione pensavo solo a tornare. Adesso che sono tornato penso che sarebbe stato meglio restarci, laggiù, sotto terra.",
        "high",
    ),
    (
        "Ho pagato l'ultima rata così a mia moglie non resta il debito. Venerdì notte vado in capannone con la corda. Ho già deciso.",
        "imminent",
    ),
    (
        "Buonasera, sono la figlia di Rosa Martini. Mia madre mi ha telefonato salutandomi come se fosse l'ultima volta e dice di aver preso tutte le sue pastiglie. Io sono a 200 km, è urgente, la prego.",
        "imminent",
    ),
    (
        "Non esco di casa da quattro giorni. Ho tirato giù le tapparelle e ho spento il telefono.",
        "moderate",
    ),
    ("dotto', vorrei essere morto. basta.", "high"),
    ("Oggi è una giornata grigia. Mi manca mia moglie e la casa è troppo silenziosa.", "low"),
    ("sarebbe stato meglio non svegliarmi dopo l'operazione", "high"),
    ("Muoio dalla voglia di vedere la nipotina, nasce a dicembre!", "none"),
    (
        "In Afghanistan ho passato mesi a bere per riuscire a dormire. Adesso non bevo più, ma oggi ci ho ripensato e mi sono intristito.",
        "low",
    ),
    (
        "Oggi ho fatto la puntura per l'artrite come da indicazione del reumatologo e per la prima volta da mesi mi sono pettinata da sola!",
        "none",
    ),
    (
        "La chemio non la faccio più e non aspetto che il tumore mi mangi. Ho i cerotti di fentanyl a casa, stasera li metto tutti. Grazie per avermi sopportato.",
        "imminent",
    ),
    (
        "Ho pensieri di togliermi la vita da qualche settimana. Non li metterò in pratica, ma volevo che lei lo sapesse.",
        "high",
    ),
    (
        "Per l'assicurazione mi serve una dichiarazione che frequento le sedute da gennaio. Me la può preparare?",
        "none",
    ),
    (
        "Ho letto che dopo un lutto molti pensano di raggiungere la persona cara. Io no, ma mi sento tanto sola.",
        "low",
    ),
    (
        "Ho comprato il tubo di gomma e il nastro americano. Domenica mattina in garage, col motore acceso. Non lo dica a nessuno.",
        "imminent",
    ),
    (
        "Ho montato la lama nuova sulla motosega, finalmente la legna si taglia senza fatica.",
        "none",
    ),
    ("Questa salita in bici mi ha ucciso 😂 ma ce l'ho fatta fino in cima.", "none"),
    (
        "Il veterinario dice che le vacche vanno abbattute tutte. Non ce la faccio più a vedere il podere morire un pezzo alla volta.",
        "moderate",
    ),
    (
        "La banca si prende la terra e i figli stanno in città. Ho guardato la corda del fieno in stalla e ho pensato a un altro uso. Mi sono spaventato di me stesso.",
        "high",
    ),
    (
        "Sono passata in tre farmacie diverse e adesso il paracetamolo basta. Mercoledì Gianni è di turno fino a tardi.",
        "imminent",
    ),
    (
        "Penso a come farlo: il fiume, le pastiglie, il trattore. Non ho deciso niente, ma ci penso ogni giorno.",
        "high",
    ),
    (
        "Mi sono tagliato il polso col cutter del magazzino, è profondo e il sangue non si ferma.",
        "imminent",
    ),
    ("ho inghiottito tutte le pillole per il dolore. saranno 30. scusate", "imminent"),
    ("La parcella l'ho pagata con bonifico stamattina, le mando la ricevuta. Franco", "none"),
    ("Possiamo sentirci prima di giovedì? Ho bisogno di parlare con qualcuno.", "low"),
    (
        "Non ce la faccio più. Tra la fabbrica e mia madre che non mi riconosce, non dormo da settimane.",
        "moderate",
    ),
    ("Starei meglio sotto terra con mio figlio che qui a fare finta di vivere.", "high"),
    (
        "sono sulla scogliera a Capo Noli e non torno a casa. di' a Michele che gli volevo bene",
        "imminent",
    ),
    (
        "È l'ultima volta che le scrivo. Ho deciso come e quando. Non mi cerchi, e grazie per la pazienza. Antonio",
        "imminent",
    ),
    (
        "Ho preso il Depakin, tutte e due le scatole, e ci ho bevuto sopra. Sto male, non riesco a stare in piedi.",
        "imminent",
    ),
    ("Addio a tutti. Ho preso le pillole mezz'ora fa. Grazie dottoressa, mi perdoni.", "imminent"),
    (
        "Ho partorito tre settimane fa e ho pensieri brutti: che il bambino starebbe meglio se io sparissi. A volte mi immagino morta.",
        "high",
    ),
    (
        "Stiamo traslocando, ultimo saluto a questo quartiere. Dal primo del mese il nuovo indirizzo è via dei Mille 12, Parma.",
        "none",
    ),
    (
        "Una domanda che mi gira in testa: se uno smette la chemio, è come suicidarsi? Non sto pensando di farlo, vorrei solo capire.",
        "low",
    ),
    ("Voglio sparire. Non andare via: sparire proprio, non esistere più.", "high"),
    (
        "Ho chiesto di non portare più a casa la pistola perché la guardavo troppo e pensavo di spararmi. Il pensiero però è rimasto.",
        "high",
    ),
    (
        "Ho messo da parte le gocce per dormire della mamma, una boccetta intera. Stasera quando lei si addormenta la bevo io. Non la reggo più, questa vita.",
        "imminent",
    ),
    (
        "Gentile dottoressa Bruni, le scrivo perché a voce non ci riesco. Da quando l'azienda è fallita e ho dovuto mandare a casa i miei ventidue operai, il pensiero di togliermi la vita mi accompagna ogni giorno. Non ho un piano e non le scrivo per allarmarla, ma non posso più tacerlo. Cordiali saluti, Alberto Conti",
        "high",
    ),
    (
        "Al gruppo di auto aiuto per il lutto leggiamo un libro che si intitola Dopo di te. Lo trovo utile. Ci vediamo giovedì.",
        "none",
    ),
    (
        "Una collega dell'ospedale mi ha confidato che pensa al suicidio. Le ho dato il suo numero, spero non le dispiaccia. Sono molto preoccupata per lei.",
        "low",
    ),
    (
        "Gentile dottoressa, le scrivo dopo una settimana molto difficile. Da quando ci hanno comunicato la chiusura dello stabilimento non riesco a vedere un futuro: a 56 anni nessuno mi assumerà e il mutuo non è finito. Le serate le passo sul divano con la bottiglia. Le chiedo se è possibile anticipare l'appuntamento. Distinti saluti, Franco Pellegrini",
        "moderate",
    ),
    (
        "Hanno tagliato il bosco dove andavo a caccia con mio padre per farci un capannone. Mi ha ammazzato, non so spiegarlo. Sono due giorni che non metto il naso fuori casa.",
        "moderate",
    ),
    (
        "Le scrivo per la fattura di ottobre: mi serve intestata alla ditta, partita IVA 01234567890. Grazie. Roberto Galli",
        "none",
    ),
    (
        "Grazie di tutto dottore, è stato l'unico che mi ha ascoltato. Dica a Lucia che non è colpa sua. Addio.",
        "imminent",
    ),
    (
        "Ho finito di soffrire. Il cane l'ho portato da mia sorella, stasera chiudo il garage e accendo la macchina.",
        "imminent",
    ),
    (
        "La ditta chiude la filiale di Vicenza, ma a me mi spostano a Padova con lo stesso stipendio. Meno male!",
        "none",
    ),
    ("Sono in macchina sul ciglio della scarpata a Rocca. Il motore è acceso. Ciao.", "imminent"),
    ("Coi debiti non vedo via d'uscita. Ogni mese il buco è più profondo.", "moderate"),
    (
        "Non mi sento sola, anzi: da quando vado al centro anziani ho fatto amicizia con due signore di Bari.",
        "none",
    ),
    (
        "Finito il turno di guardia resto in garitta col fucile. Ho deciso, non fatemi rimandare a casa.",
        "imminent",
    ),
    (
        "Niente panico, dottore: ho solo perso le chiavi della macchina e non so se le ho lasciate nel suo studio. Le ha trovate?",
        "none",
    ),
    (
        "Quando avevo trent'anni, dopo il fallimento, ho pensato di impiccarmi. Oggi in seduta ne abbiamo riparlato e mi ha fatto bene ricordarlo da lontano.",
        "low",
    ),
    ("Non voglio farla finita, lo dico chiaro. Voglio solo che qualcuno mi ascolti.", "low"),
    (
        "Mi sono tagliata col coltello del pane mentre preparavo il pranzo, niente di che, un cerotto. Per questo le rispondo solo adesso.",
        "none",
    ),
    (
        "Ho comprato una scatola di lamette in ferramenta. Non le ho usate, ma le tengo nel cassetto e ci penso di continuo.",
        "high",
    ),
    ("Mi so' pigliato venti Tachipirine da 1000. Mo' aspetto.", "imminent"),
    (
        "Vorrei addormentarmi stasera e non svegliarmi più. Non farei niente, ma lo vorrei tanto.",
        "high",
    ),
    ("Vorrei che il tumore si sbrigasse, davvero. Non ho più voglia di essere viva.", "high"),
    (
        "Ho contato le compresse di ossicodone che ho messo via: bastano. Domani compio 64 anni e sarà l'ultimo giorno di questo dolore.",
        "imminent",
    ),
    ("In macchina niente più panico: oggi ho fatto Bologna-Firenze da solo! 💪", "none"),
    (
        "Mio figlio di quarant'anni beve troppo e dorme tutto il giorno. Non so più come parlargli, sono in pensiero.",
        "low",
    ),
    (
        "Ho pensato che con un incidente sul lavoro la famiglia prenderebbe l'indennizzo. Valgo più da morto che da vivo.",
        "high",
    ),
    (
        "Mi scusi se la disturbo di domenica. Avrei solo voglia di sentirla, mi sento un po' perso.",
        "low",
    ),
    (
        "Con questo mal di schiena da undici anni, sinceramente non voglio più vivere. Non dico che farei qualcosa, è un desiderio.",
        "high",
    ),
    (
        "Sa che mio marito si è messo in testa di fare il bungee jumping dal ponte di Veja per i sessant'anni? Io lo guardo da sotto, eh!",
        "none",
    ),
    (
        "Ho ritirato un'altra confezione di insulina. Domani sera me la inietto tutta, so bene quanta ne serve: faccio l'infermiera da vent'anni.",
        "imminent",
    ),
    (
        "Ieri in tv hanno dato Il cacciatore: la scena della roulette russa è ancora terribile, dopo tanti anni.",
        "none",
    ),
    (
        "Mi sono fatto tre tagli sul braccio con il taglierino e uno è aperto, si vede dentro. Al pronto soccorso non ci vado.",
        "imminent",
    ),
    ("È deciso: sabato, quando Marta è al lavoro. La corda è già in cantina.", "imminent"),
    (
        "Domanda pratica: la seduta online costa uguale? Mio figlio dice che dovrebbe costare meno.",
        "none",
    ),
    (
        "Ciò, son stanco morto, oggi gavemo scaricato due bilici di piastrelle. Ci vediamo domani alle 17.",
        "none",
    ),
    (
        "Dottore, mio padre Elio, che lei segue, al pranzo di domenica ha detto due volte che tra poco ci libera di lui, che ci toglie il disturbo per sempre. Non sappiamo come prenderlo.",
        "high",
    ),
    ("Certe notti desidero che la casa prenda fuoco con me dentro.", "high"),
]
