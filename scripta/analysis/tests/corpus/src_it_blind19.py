# Blind round 19 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-18), measured once
# with engine 2026.11.24 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri, età e canali), scritti per questo corpus: all messages and
# senders are fictional (no real people). Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b19it-01: adolescente, voglia di tagliarsi col temperino (base, negazione, passato, emoticon)
T01 = "doc scusa l'orario ma stasera mi è tornata la voglia di rigarmi il braccio col temperino. l'ho già smontato, la lametta è nell'astuccio di scuola"
M(
    T01,
    "high",
    sig="apology self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="10-14 23:40",
    who="Giada",
    g="b19it-01",
    v="base",
)
M(
    "doc scusa l'orario ma stasera non mi è tornata la voglia di rigarmi il braccio col temperino. non l'ho smontato, la lametta è rimasta nel temperino",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="whatsapp",
    at="10-14 23:40",
    who="Giada",
    g="b19it-01",
    v="negation",
)
M(
    "doc scusa l'orario ma ripensavo a quando in terza media mi rigavo il braccio col temperino. lo smontavo e tenevo la lametta nell'astuccio di scuola",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="whatsapp",
    at="10-14 23:40",
    who="Giada",
    g="b19it-01",
    v="tense",
)
M(
    T01 + " 😔",
    "high",
    sig="apology self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="10-14 23:40",
    who="Giada",
    g="b19it-01",
    v="emoticon",
)

# b19it-02: anziano friulano, lettera formale con piano e congedo (base, persona, ipotesi, maiuscole)
T02 = (
    "Gentile dottoressa Zanin,\n"
    "le scrivo due righe perché a voce non ci riuscirei. Ho sistemato tutto: la lettera per mio figlio è nel cassetto "
    "della credenza, le pastiglie del cuore le ho messe da parte per un mese e adesso bastano. Sabato la badante è a casa "
    "sua in Moldavia, sarò tranquillo. La ringrazio per la pazienza che ha avuto con un vecchio testardo.\n"
    "Elio Bortolin"
)
M(
    T02,
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="email",
    at="11-06 09:12",
    who="Elio|Bortolin",
    g="b19it-02",
    v="base",
)
M(
    "Gentile dottoressa Zanin,\n"
    "le scrivo due righe perché a voce non ci riuscirei. Mio cognato Bruno ha sistemato tutto: la lettera per suo figlio è "
    "nel cassetto della credenza, le pastiglie del cuore le ha messe da parte per un mese e adesso bastano. Sabato la sua "
    "badante è a casa in Moldavia. Io non so cosa pensare.\n"
    "Elio Bortolin",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-06 09:12",
    who="Elio|Bortolin",
    g="b19it-02",
    v="person",
)
M(
    "Gentile dottoressa Zanin,\n"
    "le scrivo due righe perché a voce non ci riuscirei. Se un giorno mi venisse in mente di sistemare tutto, la lettera "
    "per mio figlio nel cassetto della credenza, le pastiglie del cuore messe da parte per un mese, lei cosa mi direbbe "
    "di fare? Glielo chiedo perché ho letto una storia così sul Gazzettino.\n"
    "Elio Bortolin",
    "low",
    top="medication psychotherapy",
    ch="email",
    at="11-06 09:12",
    who="Elio|Bortolin",
    g="b19it-02",
    v="negation",
)
M(
    T02.upper(),
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="email",
    at="11-06 09:12",
    who="Elio|Bortolin",
    g="b19it-02",
    v="caps",
)

# b19it-03: ragazzo napoletano in motorino, ideazione passiva (base, passato, emoticon)
T03 = "dottò stanotte tornando col motorino sulla tangenziale pensavo che se mi piglia un camion non sarebbe manco 'na tragedia. anzi, sarebbe un piacere per tutti quanti"
M(
    T03,
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-02 02:15",
    who="Ciro",
    g="b19it-03",
    v="base",
)
M(
    "dottò stanotte tornando col motorino sulla tangenziale ripensavo a quando l'anno scorso pensavo che se mi pigliava un camion non era manco 'na tragedia. mo' non è più così",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-02 02:15",
    who="Ciro",
    g="b19it-03",
    v="tense",
)
M(
    T03 + " 😂",
    "high",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-02 02:15",
    who="Ciro",
    g="b19it-03",
    v="emoticon",
)

# b19it-04: madre palermitana, il figlio ha bevuto le gocce (base, persona)
M(
    "Dottoressa sono Rosalia la mamma di Kevin. Kevin si è chiuso in bagno e si è bevuto le gocce della nonna, tutta la boccetta, dice che non ci vuole più stare in questo mondo. Il 118 sta arrivando, mi chiami subito la prego",
    "imminent",
    sig="self_harm suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="whatsapp",
    at="10-21 19:20",
    who="Rosalia",
    g="b19it-04",
    v="base",
)
M(
    "Dottoressa sono Rosalia la mamma di Kevin. Il compagno di banco di Kevin si è chiuso in bagno e si è bevuto le gocce della nonna, tutta la boccetta, dice che non ci vuole più stare in questo mondo. Kevin è sconvolto, mi chiami subito la prego",
    "low",
    sig="support_request urgency",
    top="psychotherapy",
    ch="whatsapp",
    at="10-21 19:20",
    who="Rosalia",
    g="b19it-04",
    v="person",
)

# b19it-05: bresciano, cerca l'altezza del ponte (base, ipotesi, citazione da un giallo)
M(
    "ho guardato su internet quanti metri servono dal ponte sull Oglio perche sia sicuro. non ho deciso niente. solo guardato. Angelo",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-09 21:50",
    who="Angelo",
    g="b19it-05",
    v="base",
)
M(
    "se mai mi venisse da guardare su internet quanti metri servono dal ponte sull Oglio, cosa devo fare? chi chiamo? Angelo",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-09 21:50",
    who="Angelo",
    g="b19it-05",
    v="negation",
)
M(
    "nel giallo che sto leggendo il commissario trova un biglietto: 'ho guardato quanti metri servono dal ponte perche sia sicuro'. bel libro, glielo presto. Angelo",
    "none",
    top="information",
    ch="sms",
    at="11-09 21:50",
    who="Angelo",
    g="b19it-05",
    v="quotation",
)

# b19it-06: torinese, le lamette comprate al supermercato (base, idioma/frase quotidiana, negazione)
M(
    "Stamattina alla Coop ho preso un pacchetto di lamette e non erano per le gambe. Lei ha capito. Da ieri sera non penso ad altro che a quel bruciore sul braccio. F.",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="portal",
    at="10-30 12:40",
    who="Federica|F.",
    g="b19it-06",
    v="base",
)
M(
    "Stamattina alla Coop ho preso un pacchetto di lamette e stavolta erano per le gambe, finalmente. Da ieri sera non penso ad altro che alla piscina di sabato. F.",
    "none",
    top="information",
    ch="portal",
    at="10-30 12:40",
    who="Federica|F.",
    g="b19it-06",
    v="idiom",
)
M(
    "Stamattina alla Coop ho visto le lamette e non le ho prese. Lei ha capito. Da ieri sera non ho più pensato a quel bruciore sul braccio. F.",
    "low",
    top="psychotherapy",
    ch="portal",
    at="10-30 12:40",
    who="Federica|F.",
    g="b19it-06",
    v="negation",
)

# b19it-07: ragazzo romano, il terrazzo condominiale (base, maiuscole, persona, citazione)
T07 = "nun ne posso più de sta casa. stanotte salgo sul terrazzo condominiale e la faccio finita, tanto a nessuno je frega niente de me"
M(
    T07,
    "imminent",
    sig="suicidal_ideation hopelessness loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 00:30",
    who="Tommaso|Tommy",
    g="b19it-07",
    v="base",
)
M(
    T07.upper(),
    "imminent",
    sig="suicidal_ideation hopelessness loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 00:30",
    who="Tommaso|Tommy",
    g="b19it-07",
    v="caps",
)
M(
    "Dario nun ne po' più de casa sua. m'ha scritto che stanotte sale sul terrazzo condominiale e la fa finita, dice che a nessuno je frega niente de lui",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 00:30",
    who="Tommaso|Tommy",
    g="b19it-07",
    v="person",
)
M(
    "sto in loop co' 'na canzone che fa 'stanotte salgo sul terrazzo e la faccio finita, tanto a nessuno je frega'. troppo forte er beat",
    "none",
    top="information",
    ch="whatsapp",
    at="11-15 00:30",
    who="Tommaso|Tommy",
    g="b19it-07",
    v="quotation",
)

# b19it-08: sassarese chiuso in casa (base, negazione, persona, emoticon/puntini)
M(
    "Dottoressa, è da lunedì che non esco di casa. Ho staccato il telefono a tutti, mi alzo solo per dare da mangiare al cane. Gavino",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 18:05",
    who="Gavino",
    g="b19it-08",
    v="base",
)
M(
    "Dottoressa, da lunedì non sono più rimasto chiuso in casa. Ho riacceso il telefono a tutti, e oggi ho portato il cane in spiaggia. Gavino",
    "none",
    top="information",
    ch="whatsapp",
    at="11-12 18:05",
    who="Gavino",
    g="b19it-08",
    v="negation",
)
M(
    "Dottoressa, mio fratello è da lunedì che non esce di casa. Ha staccato il telefono a tutti, si alza solo per dare da mangiare al cane. Gavino",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 18:05",
    who="Gavino",
    g="b19it-08",
    v="person",
)
M(
    "Dottoressa... è da lunedì che non esco di casa... ho staccato il telefono a tutti... mi alzo solo per dare da mangiare al cane... Gavino",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 18:05",
    who="Gavino",
    g="b19it-08",
    v="emoticon",
)

# b19it-09: signora che spera di non svegliarsi (base, citazione della nonna, passato)
M(
    "Buonasera dottore, certe sere quando spengo la luce spero che il cuore si fermi da solo nel sonno, così, senza disturbare nessuno. Non lo dico a mio marito. A giovedì, Lucia",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-04 22:10",
    who="Lucia",
    g="b19it-09",
    v="base",
)
M(
    "Buonasera dottore, mia nonna diceva sempre: 'spero che il cuore si fermi da solo nel sonno, senza disturbare nessuno'. E infatti è andata così, a novantasei anni. Oggi l'ho raccontato a mia nipote. A giovedì, Lucia",
    "none",
    top="information",
    ch="email",
    at="11-04 22:10",
    who="Lucia",
    g="b19it-09",
    v="quotation",
)
M(
    "Buonasera dottore, l'inverno scorso certe sere quando spegnevo la luce speravo che il cuore si fermasse da solo nel sonno. Quest'anno non mi succede più. A giovedì, Lucia",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-04 22:10",
    who="Lucia",
    g="b19it-09",
    v="tense",
)

# b19it-10: badante romena, pastiglie contate (base, negazione, emoticon)
T10 = "dottore io ho contato pastiglie della signora, sono 38, basta per dormire per sempre. stasera quando finisce mio turno. scusa mio italiano. Mihaela"
M(
    T10,
    "imminent",
    sig="suicidal_ideation apology",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-18 21:05",
    who="Mihaela",
    g="b19it-10",
    v="base",
)
M(
    "dottore tranquillo, io non ho contato pastiglie della signora, non voglio dormire per sempre. stasera quando finisce mio turno vado da mia cugina. scusa mio italiano. Mihaela",
    "low",
    sig="apology",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-18 21:05",
    who="Mihaela",
    g="b19it-10",
    v="negation",
)
M(
    T10 + " 😢",
    "imminent",
    sig="suicidal_ideation apology",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-18 21:05",
    who="Mihaela",
    g="b19it-10",
    v="emoticon",
)

# b19it-11: riminese, "stasera mi butto" (base, idioma)
M(
    "Ho deciso, stasera mi butto. Dal ponte di Tiberio, dopo che chiude il bar. Non mi chieda di aspettare.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-20 19:35",
    who="Nicola",
    g="b19it-11",
    v="base",
)
M(
    "Ho deciso, stasera mi butto. Al bar vicino al ponte di Tiberio, prima che chiuda, le chiedo di uscire. Non mi chieda di aspettare.",
    "none",
    top="psychotherapy",
    ch="sms",
    at="11-20 19:35",
    who="Nicola",
    g="b19it-11",
    v="idiom",
)

# b19it-12: agrigentino, "meglio morto" (base, idioma/battuta)
M(
    "I figghi sunnu 'n Germania, me mugghieri nun c'è chiù, a pensione nun basta. Dottoressa glielo dico in italiano: meglio morto che campare così.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="10-26 15:45",
    who="Salvatore",
    g="b19it-12",
    v="base",
)
M(
    "I figghi sunnu 'n Germania, u nipoteddu si fici juventino. Dottoressa glielo dico in italiano: meglio morto che juventino! 😂",
    "none",
    top="information",
    ch="whatsapp",
    at="10-26 15:45",
    who="Salvatore",
    g="b19it-12",
    v="idiom",
)

# b19it-13: trentino, la grappa in garage (base, passato, persona)
M(
    "Tre sere su tre mi sono finito la bottiglia di grappa da solo in garage, sennò non chiudo occhio. Gliel'ho detto, sono sincero. Renzo",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="portal",
    at="11-10 07:55",
    who="Renzo",
    g="b19it-13",
    v="base",
)
M(
    "Due anni fa, tre sere su tre, mi finivo la bottiglia di grappa da solo in garage, sennò non chiudevo occhio. Oggi ci ripensavo. Renzo",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-10 07:55",
    who="Renzo",
    g="b19it-13",
    v="tense",
)
M(
    "Tre sere su tre mio suocero si è finito la bottiglia di grappa da solo in garage, sennò non chiude occhio. Mia moglie non sa più cosa fare. Renzo",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-10 07:55",
    who="Renzo",
    g="b19it-13",
    v="person",
)

# ==== single messages

# --- high
M(
    "Gentile dottor Re,\n"
    "le scrivo anzitutto per una questione pratica: giovedì 3 ho un consiglio di amministrazione che si protrarrà fino a "
    "sera, quindi le chiederei di spostare la nostra seduta a venerdì, anche in tarda mattinata se per lei va bene. Mi "
    "scuso per il preavviso breve.\n"
    "Approfitto anche per chiederle la fattura di ottobre intestata alla società, come l'altra volta, con la partita IVA "
    "che le avevo girato; la mia commercialista me la sollecita da giorni.\n"
    "Poi, visto che mi aveva chiesto di scriverle quello che succede tra una seduta e l'altra, aggiungo una cosa che non "
    "le ho detto a voce. Ultimamente, quando aspetto il passante a Garibaldi, mi fermo sulla linea gialla un secondo di "
    "troppo e penso che sarebbe un attimo, e che almeno finirebbe questa fatica. Poi il treno arriva, salgo, apro il "
    "portatile e rispondo alle mail come se niente fosse. Non so bene cosa farne di questo pensiero, ma mi pareva giusto "
    "che lei lo sapesse.\n"
    "Per il resto la settimana è andata come al solito: riunioni, i ragazzi che chiedono soldi per la gita, mia moglie "
    "che mi chiede perché sono sempre stanco. Ho ripreso a correre la domenica mattina al parco Sempione, almeno quello.\n"
    "Mi faccia sapere per venerdì.\n"
    "Cordiali saluti,\n"
    "Massimo Colombo",
    "high",
    sig="suicidal_ideation apology",
    top="cancellation information psychotherapy",
    ch="email",
    at="11-24 08:10",
    who="Massimo|Colombo",
)
M(
    "Cara dottoressa, questo computer me l'ha sistemato mia nipote. Le amiche mie sono tutte al camposanto e io resto qui sola con la televisione. Tutte le sere dico al Signore di venirmi a prendere, che sono pronta, ma lui niente, si è scordato di me. Saluti, Ines",
    "high",
    sig="suicidal_ideation loneliness",
    top="psychotherapy",
    ch="portal",
    at="11-03 16:40",
    who="Ines",
)
M(
    "dottore io quando cammino di sera lungo il Po guardo acqua e penso che dentro è silenzio e finisce tutto. ci penso tutte le sere adesso. a mia madre non dico niente",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-11 22:40",
    who="Youssef",
)
M(
    "dottoressa scusi se le scrivo da scuola. oggi a ricreazione pensavo che se non ci sono più a nessuno cambia niente, anzi mia mamma finalmente respira. è da stamattina che ce l'ho in testa",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 11:05",
    who="Martina",
)
M(
    "ieri sera mi sono bruciata il polso con l accendino, tre volte. oggi sotto la felpa brucia ancora e un po mi piace. non so perche lo dico a lei. B.",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-05 10:20",
    who="Beatrice|B.",
)
M(
    "Buonasera dottoressa,\n"
    "volevo dirle che ho cominciato a scrivere le lettere. Una per mia sorella, una per Marco, una per la mamma. Non ho in mente niente, stia tranquilla, è che averle pronte nel cassetto mi fa stare in pace. Ne parliamo lunedì?\n"
    "Serena",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-13 21:15",
    who="Serena",
)
M(
    "Dottore, quando vado in campagna il fucile da caccia nello sgabuzzino lo guardo più del dovuto. Penso che sarebbe la soluzione più pulita, per tutti. Mia moglie se n'è accorta. Ottavio",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-08 06:30",
    who="Ottavio",
)
M(
    "dottoressa le scrivo perché a parlare non ci riesco io a volte spero che mi venga un male brutto così almeno finisce e nessuno può dire niente che l'ho fatto apposta",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="10-28 15:10",
    who="Concetta",
)
M(
    "È il terzo giorno che non vado in facoltà e che mi ripeto che il mondo non perderebbe niente. Stanotte ho cercato quanta tachipirina serve. Non ne ho comprata, volevo solo saperlo. Ale",
    "high",
    sig="suicidal_ideation withdrawal",
    top="medication psychotherapy",
    ch="portal",
    at="11-17 01:35",
    who="Alessandro|Ale",
)
M(
    "Buongiorno dottor Ferri,\n"
    "sono Walter, il papà di Nicolò. Ieri sera, mettendo a posto la sua camera, ho trovato il diario aperto. C'era scritto: 'sarebbe tutto più leggero se io non ci fossi', e sotto un disegno del ponte della ferrovia con una freccia. Non so se è una cosa da ragazzi o se devo preoccuparmi. Possiamo sentirci in settimana, anche solo per telefono?\n"
    "Walter Dallapiccola",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="email",
    at="11-21 07:05",
    who="Walter|Dallapiccola",
)
M(
    "Dotoressa go pensà tuta la note che se no me svejo più xe mejo par tuti. Adesso vado al mercato del pesce come sempre. Graziella",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-22 05:40",
    who="Graziella",
)

# --- imminent
M(
    "Egregio dottore,\n"
    "come d'accordo le mando il resoconto della settimana, anche se con la penna ero più bravo che con questa tastiera.\n"
    "Lunedì sono stato dal cardiologo, i valori sono buoni, dice che ho un cuore da ragazzo, pensi un po'. Martedì ho "
    "aiutato il figlio della vicina a sistemare la catena della bicicletta e ho finito di verniciare la ringhiera del "
    "terrazzo, che con la salsedine era tutta ruggine. Mercoledì sono sceso al porticciolo di Boccadasse a controllare il "
    "gozzo: il motore parte al primo colpo, il serbatoio è pieno.\n"
    "Domenica mattina presto, quando il mare è ancora liscio, esco con la barca oltre la diga e non torno indietro. Le "
    "chiavi di casa le ho già lasciate alla signora Franca, con una busta per mia figlia a Milano. Non si preoccupi di "
    "richiamarmi, ho deciso con calma e mi sento in pace.\n"
    "La ringrazio per questi due anni, per come mi ha ascoltato senza mai farmi sentire un vecchio rimbambito. Ho pagato "
    "anche le ultime sedute con il bonifico di ieri, così non resta niente in sospeso. Giovedì il gruppo della bocciofila "
    "mi aspetta per la gara, ma ho già avvisato che non ci sarò. Il gatto lo prende la nipote della signora Franca, "
    "che gli vuole bene e ha il giardino.\n"
    "Un caro saluto,\n"
    "Giobatta Canepa",
    "imminent",
    sig="suicidal_ideation",
    top="information psychotherapy",
    ch="email",
    at="11-25 10:30",
    who="Giobatta|Canepa",
)
M(
    "sono Elena, la compagna di Davide. mi ha appena mandato un vocale, dice che è fermo in macchina sul viadotto dell'A1 e che gli dispiace per tutto. non risponde più al telefono. cosa faccio?? mi chiami subito",
    "imminent",
    sig="suicidal_ideation support_request urgency",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 22:50",
    who="Elena",
)
M(
    "grazie di tutto dottore, davvero. lei è stato l'unico che mi ha presa sul serio. ai miei dica che non è colpa loro, che hanno fatto il possibile.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-23 02:10",
    who="Ilaria",
)
M(
    "dottoressa ho preso tutte pastiglie per dormire con vodka, adesso sono calma. non chiamo ambulanza. volevo dire grazie per tutto. Oksana",
    "imminent",
    sig="self_harm suicidal_ideation substance_use",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-07 23:55",
    who="Oksana",
)
M(
    "domani ho detto a mamma che vado da Sara a studiare. in realtà prendo il bus per la scogliera, il punto l'ho già scelto, quello alto dopo il lido. volevo che almeno qualcuno lo sapesse. non dica niente a mamma",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 20:30",
    who="Noemi",
)
M(
    "la corda l'ho presa al brico, a mia moglie ho detto che serve per il rimorchio. la trave in cantina tiene, ho provato. giovedì lei va da sua madre a Clusone con i bambini",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 17:45",
    who="Fabio",
)
M(
    "ho tagliato troppo stavolta e non si ferma, ho già cambiato tre asciugamani. non chiamo nessuno non voglio casini",
    "imminent",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-14 04:12",
    who="Greta",
)
M(
    "dottore sono sul tetto del palazzo dove lavoro, qui a Londra. non le scrivo per farmi convincere, solo per salutarla. è stato bello finché è durato. Matteo",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 23:50",
    tz="Europe/London",
    who="Matteo",
)

# --- moderate
M(
    "i gemelli hanno la febbre da cinque giorni, io non dormo, mio marito è imbarcato fino al 20. sono arrivata al limite, giuro che non reggo più. scusi l'ora",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 03:20",
    who="Valentina",
)
M(
    "oggi manco la doccia. letto-divano-letto tutto il giorno. in ufficio ho detto che ho la febbre ma non e vero",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-18 18:00",
    who="Daniele",
)
M(
    "Gentile dottoressa,\n"
    "le confesso una cosa che a voce non le ho detto: la sera il bicchiere di vino è diventato mezza bottiglia, spesso intera. Altrimenti non riesco a spegnere la testa. Mio marito fa finta di non vedere.\n"
    "Paola",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="email",
    at="11-12 21:40",
    who="Paola",
)
M(
    "a 62 anni chi mi piglia più, dottore. è finita, non cambia più niente, mi dica lei cosa devo sperare. Cosimo",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-05 11:15",
    who="Cosimo",
)
M(
    "sono in metro ferma a Loreto e mi sta venendo un attacco fortissimo, non respiro, le mani mi formicolano, ho paura di svenire qui davanti a tutti. mi scriva qualcosa adesso la prego",
    "moderate",
    sig="support_request urgency",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 07:48",
    who="Sofia",
)
M(
    "Mi mancano due esami alla laurea e ho paura di non farcela, e non parlo solo degli esami. Parlo in generale. Jacopo",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-13 15:30",
    who="Jacopo",
)
M(
    "dottò mo ve lo dico, tanto lo sapete già: mi faccio tre canne prima di entrare a scuola, sennò là dentro non ci entro proprio",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 08:05",
    who="Gennaro",
)
M(
    "Buongiorno dottoressa,\n"
    "sono allo stremo. Mio marito stanotte si è alzato quattro volte, una volta voleva uscire in pigiama per andare 'al lavoro'. Mio figlio dice di metterlo in struttura ma io non ci riesco. Ci vediamo mercoledì.\n"
    "Loredana",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="email",
    at="11-10 06:50",
    who="Loredana",
)
M(
    "ho il telefono spento da venerdì, l'ho riacceso solo per scriverle. non rispondo a nessuno, neanche a mia madre. Peppe",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-17 20:10",
    who="Giuseppe|Peppe",
)
M(
    "ho preso due Xanax invece di mezzo per reggere la riunione con il capo. anche ieri. non lo dica allo psichiatra per favore",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-06 12:30",
    who="Francesca",
)
M(
    "go pulì casa tuto el giorno, cucinà, lavà. po me sento e penso: ma che senso ga. doman istesso.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-11 22:30",
    who="Marina",
)
M(
    "Buonasera, sono Chiara, la sorella di Luca. Mamma e papà sono in Germania per lavoro e Luca sta da me. Non esce dalla camera da sabato, non va a scuola, mangia solo se gli lascio il piatto fuori dalla porta. Glielo scrivo perché lo sappia prima di giovedì.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-04 19:00",
    who="Chiara",
)
M(
    "niente, tanto resterò sempre la sfigata del gruppo, non cambierà mai niente 😂😂",
    "moderate",
    sig="hopelessness valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 16:20",
    who="Aurora",
)
M(
    "Dotto', est dae chenàbura chi no bessu dae domo. Mi scusi, le scrivo in sardo perché in italiano non mi viene. Da venerdì non esco, le tapparelle giù, non rispondo al citofono. Efisio",
    "moderate",
    sig="withdrawal apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 10:40",
    who="Efisio",
)
M(
    "sono a undici ombre al giorno, lo dico a lei perche a mia moglie no. senza non dormo e al lavoro mi tremano le mani",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-02 19:30",
    who="Gianni",
)
M(
    "Buongiorno dottoressa,\n"
    "le scrivo appena smontata dal turno di notte, quindi perdoni se sarò confusa. Volevo chiederle se possiamo spostare "
    "la seduta di martedì a mercoledì pomeriggio, perché mi hanno cambiato il turno all'ultimo: una collega è in malattia "
    "e siamo sotto di due persone da settimane.\n"
    "Stanotte in reparto abbiamo avuto tre ricoveri uno dietro l'altro, una signora anziana che chiamava la figlia ogni "
    "cinque minuti e il monitor del letto 12 che suonava a vuoto. Alle quattro mi sono chiusa nella stanza dei farmaci a "
    "piangere per due minuti, poi sono uscita e ho fatto finta di niente. Non ce la faccio più, e non parlo della "
    "stanchezza: è come se sotto non ci fosse più niente.\n"
    "Poi stamattina ho incrociato la caposala che mi ha detto 'brava, sei una roccia', e le ho sorriso. Mi faccia sapere "
    "per mercoledì, va bene anche tardi, dopo le 18.\n"
    "Erika",
    "moderate",
    sig="hopelessness apology",
    top="cancellation psychotherapy",
    ch="portal",
    at="11-27 08:20",
    who="Erika",
)
M(
    "Gentile dottoressa, da quando è mancata mia moglie non esco più di casa, nemmeno per il giornale. Passo le giornate in poltrona a guardare il mare dalla finestra. Mi sento solo come un cane. Con osservanza, Agostino Lanteri",
    "moderate",
    sig="withdrawal loneliness",
    top="psychotherapy",
    ch="portal",
    at="11-08 10:00",
    who="Agostino|Lanteri",
)

# --- low
M(
    "qui tutti escono e io la sera resto in camera a guardare serie. mi sento un po' sola, ecco. giovedì facciamo la seduta online come sempre? Giorgia",
    "low",
    sig="loneliness",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-10 22:15",
    tz="Europe/Madrid",
    who="Giorgia",
)
M(
    "stanotte la mia coinquilina ha detto che voleva farla finita, l'ho portata io al pronto soccorso e l'hanno tenuta. io sono sotto shock. possiamo sentirci prima di giovedì?",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 09:10",
    who="Ludovica",
)
M(
    "Ci ho ripensato dopo martedì, a quando a 17 anni avevo preso le pastiglie di mia madre. Mi fa strano parlarne adesso che sto bene, ma è stato utile. Irene",
    "low",
    top="medication psychotherapy",
    ch="portal",
    at="11-19 18:45",
    who="Irene",
)
M(
    "una domanda: se di notte mi tornassero quei pensieri di farla finita, il numero da chiamare è quello scritto sul foglio che mi ha dato?",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-03 23:20",
    who="Raffaele",
)
M(
    "Oggi sarebbe stato il compleanno di Piero. Sono un po' giù, ma ho fatto la torta di verdure lo stesso, come piaceva a lui. Vanda",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-14 17:00",
    who="Vanda",
)
M(
    "tranqui dottoressa, dopo la seduta di ieri non ho più pensato di farmi del male. volevo dirglielo prima che me ne dimenticassi 👍",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 13:30",
    who="Samuele",
)

# --- none
M(
    "dottò ieri sera col gol al 95esimo so' morto, mi so' buttato per terra in curva e m'hanno calpestato in tre 😂 giovedì confermo alle 18",
    "none",
    top="information",
    ch="whatsapp",
    at="11-23 23:10",
    who="Pasquale",
)
M(
    "Buonasera, ho passato la domenica a tagliare le piastrelle del bagno con la smerigliatrice e mi sono fatto un taglio sul pollice, niente di grave, due cerotti. Per la fattura di novembre le serve di nuovo il codice fiscale? Roberto Dal Maso",
    "none",
    top="information",
    ch="email",
    at="11-22 20:15",
    who="Roberto|Dal Maso",
)
M(
    "Buongiorno, lo psichiatra mi ha aumentato la sertralina a 100 mg, la prendo la mattina a colazione. Volevo solo aggiornarla. Alessia",
    "none",
    top="medication",
    ch="portal",
    at="11-12 09:00",
    who="Alessia",
)
M(
    "sto ascoltando a loop quella canzone che fa 'voglio sparire in fondo al mare, dove nessuno mi può trovare' ahah il ritornello è troppo bello, gliela faccio sentire mercoledì",
    "none",
    top="information",
    ch="whatsapp",
    at="11-15 21:30",
    who="Asia",
)
M(
    "Buongiorno dottoressa, devo disdire martedì: il lavoro mi sta ammazzando, chiusura di bilancio. Possiamo spostare a venerdì alla stessa ora? Grazie, Ivana Kofler",
    "none",
    top="cancellation",
    ch="email",
    at="11-09 07:30",
    who="Ivana|Kofler",
)
M(
    "stasera mi sparo pizza, birra e la partita, come da suo consiglio di 'fare cose che mi piacciono' 😄",
    "none",
    top="information",
    ch="whatsapp",
    at="11-07 20:40",
    who="Manuel",
)
M(
    "ho fatto il ragù come ha detto lei, 'prendersi del tempo per sé'. sei ore, ero morta di fatica ma ne è valsa la pena 😊",
    "none",
    top="information",
    ch="whatsapp",
    at="11-01 19:50",
    who="Antonella",
)
M(
    "questa settimana mi ammazzo di straordinari in magazzino, non riesco a venire giovedì. ci vediamo la prossima. Loris",
    "none",
    top="cancellation",
    ch="sms",
    at="11-16 07:15",
    who="Loris",
)
M(
    "Buongiorno, le ho fatto il bonifico per le sedute di novembre. Mi manda la ricevuta per la detrazione? Grazie, Giorgio",
    "none",
    top="information",
    ch="email",
    at="11-27 14:20",
    who="Giorgio",
)
M(
    "ho visto 'L'ultimo salto' al cinema, quel film sul ragazzo e il ponte. pesante ma bellissimo, lo consiglio",
    "none",
    top="information",
    ch="whatsapp",
    at="11-08 23:40",
    who="Elisa",
)
M(
    "Ho finito la sciarpa per mio nipote! Ci ho messo un'eternità, una fatica da morire. Giovedì la porto e gliela faccio vedere. Rita",
    "none",
    top="information",
    ch="portal",
    at="11-18 10:15",
    who="Rita",
)
M(
    "il personal trainer oggi mi ha distrutto, non sento più le gambe, sto morendo. però che soddisfazione",
    "none",
    top="information",
    ch="whatsapp",
    at="11-20 19:00",
    who="Nicolas",
)
M(
    "HO PASSATO ANALISI 2!!! 28!! grazie per avermi sopportata sotto esame 🎉",
    "none",
    top="information",
    ch="whatsapp",
    at="11-24 12:50",
    who="Camilla",
)
M(
    "Buonasera, mi sono dimenticata le gocce sul comodino a casa e sono in montagna fino a domenica. Le salto o è un problema? Devo chiamare il medico? Maria Grazia",
    "none",
    top="medication",
    ch="sms",
    at="11-13 18:20",
    who="Maria Grazia|Maria",
)
M(
    "l'ho fatta finita... con le sigarette! 20 giorni oggi 💪",
    "none",
    top="information",
    ch="whatsapp",
    at="11-11 09:30",
    who="Alberto",
)
M(
    "scusi l'orario, le scrivo ora sennò me lo scordo: giovedì arrivo dieci minuti in ritardo per il treno. Nadia",
    "none",
    sig="apology",
    top="information",
    ch="sms",
    at="11-25 23:30",
    who="Nadia",
)
M(
    "dottò, mammà ha fatto 'e zeppole, si more r'o sfizio! ve ne porto 'na guantiera giovedì",
    "none",
    top="information",
    ch="whatsapp",
    at="11-17 17:30",
    who="Carmela",
)
M(
    "Ho buttato via tutte le pastiglie scadute dall'armadietto del bagno, finalmente. Mio marito è contentissimo, c'è posto per i suoi rasoi. Piera",
    "none",
    top="medication information",
    ch="portal",
    at="11-05 11:00",
    who="Piera",
)
