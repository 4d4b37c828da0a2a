# Blind round 16 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-15), measured once
# with engine 2026.11.21 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b16it-01: adolescente, voglia di tagliarsi (rasoio nascosto)
M(
    "oh dottoressa stasera c'ho di nuovo una voglia assurda di farmi i tagli sulle cosce, il rasoio di mio fratello l'ho già smontato e l'ho nascosto nella scatola delle converse",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 23:41",
    who="Giorgia|G.",
    g="b16it-01",
    v="base",
    note="current urge to self-harm with the blade already prepared: high, self_harm",
)
M(
    "oh dottoressa stasera ripensavo a quando in terza media mi facevo i tagli sulle cosce col rasoio di mio fratello smontato e nascosto nella scatola delle converse, come le ho raccontato la prima volta",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 23:41",
    who="Giorgia|G.",
    g="b16it-01",
    v="tense",
    note="past self-harm already told in therapy: lowered to low, no content signal",
)
M(
    "oh dottoressa stasera NON c'ho voglia di farmi i tagli sulle cosce, anzi il rasoio di mio fratello gliel'ho ridato e la scatola delle converse è vuota",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 23:41",
    who="Giorgia|G.",
    g="b16it-01",
    v="negation",
    note="negated self-harm urge: a negated high cue stays low",
)

# b16it-02: anziano napoletano, desiderio passivo di non svegliarsi
M(
    "Dotto', m'aggio stancato 'e campà. 'A notte penzo ca si 'a matina nun me scetasse cchiù sarria meglio pe tutte quante, pure pe mia figlia. Gennaro",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-25 06:50",
    who="Gennaro",
    g="b16it-02",
    v="base",
    note="tired of living, wish not to wake up, burden on family (dialect): high, suicidal_ideation",
)
M(
    "Dotto', ajere a 'o teatro Bellini 'o viecchio d' 'a commedia diceva: «m'aggio stancato 'e campà, 'a notte penzo ca si 'a matina nun me scetasse cchiù sarria meglio pe tutte quante». Tutta 'a sala zitta, che attore. Gennaro",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-25 06:50",
    who="Gennaro",
    g="b16it-02",
    v="quotation",
    note="quote of a line from a play the sender watched: none",
)

# b16it-03: "la faccio finita" (addio) vs chiudere con il fidanzato
M(
    "Stasera la faccio finita, ho deciso. Ho già scritto tutto. Grazie di tutto dottoressa, davvero, per averci provato. Ilaria",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 19:12",
    who="Ilaria",
    g="b16it-03",
    v="base",
    note="intent with a time and a farewell: imminent",
)
M(
    "Stasera la faccio finita con Marco, ho deciso. Ho già scritto tutto quello che gli voglio dire. Grazie di tutto dottoressa, davvero, per avermi aiutata a capirlo. Ilaria",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 19:12",
    who="Ilaria",
    g="b16it-03",
    v="idiom",
    note="idiom: ending a relationship, thanks for the therapy work; none",
)

# b16it-04: romano, "fàmme fòri" vs il raccordo che "me fa fòri"
M(
    "a dotto' io nun ce la faccio più a tirà avanti così, la notte sto lì a pensà solo a come fàmme fòri, tanto nun se ne accorgerebbe nessuno",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 08:20",
    who="Claudio",
    g="b16it-04",
    v="base",
    note="thinking about how to kill himself (Roman slang) plus hopelessness: high",
)
M(
    "a dotto' io nun ce la faccio più co 'sto raccordo, la mattina me fa fòri, du' ore pe fà venti chilometri, tanto nun se ne accorge nessuno se arrivo tardi",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-23 08:20",
    who="Claudio",
    g="b16it-04",
    v="idiom",
    note="idiom: the ring road 'kills' him, irritation at traffic; none",
)

# b16it-05: siciliana, pastiglie messe da parte (piano) vs domanda ipotetica
M(
    "Dutturi, i pinnuli ca mi desi u psichiatra nun i pigghiu cchiù: i staiu sarvannu, ci n'haiu quaranta nto cassetto ri l'armadiu. Sabbatu me figghiu parti pi Torino e restu sula. Nunzia",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-25 21:05",
    who="Nunzia",
    g="b16it-05",
    v="base",
    note="pills saved and counted, a date when she will be alone: means gathered, imminent",
)
M(
    "Dutturi, na dumanna: si mai mi vinissi a testa di sarvari i pinnuli ca mi desi u psichiatra nto cassetto, quannu me figghiu parti pi Torino, a cu avissi a chiamari? Nunzia",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="sms",
    at="11-25 21:05",
    who="Nunzia",
    g="b16it-05",
    v="negation",
    note="hypothetical question about saving pills: lowered to low",
)

# b16it-06: madre scrive della figlia (proxy) vs l'amica della figlia
M(
    "Buonasera dottoressa, sono Paola, la mamma di Chiara. Ieri sera Chiara ha detto alla nonna che vorrebbe non esserci più, poi si è chiusa in bagno per un'ora. Stamattina a colazione sembrava normale. Possiamo sentirci?",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 07:45",
    who="Paola",
    g="b16it-06",
    v="base",
    note="parent reports the patient's wish not to exist: labelled as the patient's risk, high",
)
M(
    "Buonasera dottoressa, sono Paola, la mamma di Chiara. Ieri sera Sofia, l'amica del cuore di Chiara, le ha scritto che vorrebbe non esserci più, e Chiara si è chiusa in bagno per un'ora. Stamattina a colazione sembrava normale. Possiamo sentirci?",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 07:45",
    who="Paola",
    g="b16it-06",
    v="person",
    note="the wish is a friend's (not the patient); patient upset: someone else's experience, low",
)

# b16it-07: lunga e-mail pratica con la lettera d'addio sepolta in mezzo (presente vs già discusso)
M(
    "Gentile dottor Ferraresi,\n\nle scrivo per un paio di cose pratiche, così martedì non perdiamo tempo. La prima: la fattura di novembre mi è arrivata intestata a mia madre invece che a me, e siccome la porto in detrazione le chiederei di rifarla con il mio codice fiscale (glielo rimetto sotto, non si sa mai). La seconda: da gennaio l'azienda mi sposta sul turno del pomeriggio, quindi il martedì alle 18 non riesco più; potremmo passare al giovedì mattina o al sabato? Mi adatto, basta saperlo per tempo.\n\nPoi una cosa che non so bene dove mettere. Domenica ho scritto una lettera per mia sorella, lunga, con le password del conto e le istruzioni per il cane, e l'ho infilata nella cartellina del testamento in fondo all'armadio. Non sto pianificando niente, eh, mi sembrava solo giusto che fosse tutto in ordine, non si sa mai. Mi ha dato una specie di pace che un po' mi ha spaventato.\n\nPer il resto la settimana è andata come le altre: lavoro, palestra due volte, la cena da mio cugino sabato che è stata anche carina. Ho finito il libro che mi aveva consigliato, quello sul lutto, e ci sono un paio di pagine che vorrei leggerle. Ah, il parcheggio sotto lo studio lo stanno rifacendo, io lascio la macchina in via Mazzini, glielo dico se serve anche a lei saperlo per gli altri pazienti.\n\nCodice fiscale: BRTLCU84C12F205X\n\nCordiali saluti,\nLuca Bertoni",
    "high",
    sig="suicidal_ideation",
    top="information cancellation psychotherapy",
    ch="email",
    at="11-23 22:10",
    who="Luca|Bertoni",
    g="b16it-07",
    v="base",
    note="farewell letter and will put in order 'just in case', plan denied: preparation, high (buried in a practical e-mail)",
)
M(
    "Gentile dottor Ferraresi,\n\nle scrivo per un paio di cose pratiche, così martedì non perdiamo tempo. La prima: la fattura di novembre mi è arrivata intestata a mia madre invece che a me, e siccome la porto in detrazione le chiederei di rifarla con il mio codice fiscale (glielo rimetto sotto, non si sa mai). La seconda: da gennaio l'azienda mi sposta sul turno del pomeriggio, quindi il martedì alle 18 non riesco più; potremmo passare al giovedì mattina o al sabato? Mi adatto, basta saperlo per tempo.\n\nPoi una cosa che mi è tornata in mente. Ne abbiamo parlato a marzo: allora avevo scritto una lettera per mia sorella, lunga, con le password del conto e le istruzioni per il cane, e l'avevo infilata nella cartellina del testamento in fondo all'armadio. Domenica, riordinando, ho ritrovato la cartellina vuota, perché quella lettera l'avevamo strappata insieme in seduta. Mi ha fatto effetto vedere quanta strada ho fatto.\n\nPer il resto la settimana è andata come le altre: lavoro, palestra due volte, la cena da mio cugino sabato che è stata anche carina. Ho finito il libro che mi aveva consigliato, quello sul lutto, e ci sono un paio di pagine che vorrei leggerle. Ah, il parcheggio sotto lo studio lo stanno rifacendo, io lascio la macchina in via Mazzini, glielo dico se serve anche a lei saperlo per gli altri pazienti.\n\nCodice fiscale: BRTLCU84C12F205X\n\nCordiali saluti,\nLuca Bertoni",
    "low",
    sig="",
    top="information cancellation psychotherapy",
    ch="email",
    at="11-23 22:10",
    who="Luca|Bertoni",
    g="b16it-07",
    v="tense",
    note="farewell letter is past and already worked through in therapy: lowered to low",
)

# b16it-08: desiderio di non svegliarsi, minuscolo vs maiuscolo
M(
    "non ne posso più di niente, vorrei solo addormentarmi stasera e non risvegliarmi mai più. mi risponda appena può per favore",
    "high",
    sig="suicidal_ideation hopelessness support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-26 23:58",
    who="Serena",
    g="b16it-08",
    v="base",
    note="passive wish not to wake up plus 'non ne posso più', asks for a fast answer: high",
)
M(
    "NON NE POSSO PIÙ DI NIENTE, VORREI SOLO ADDORMENTARMI STASERA E NON RISVEGLIARMI MAI PIÙ. MI RISPONDA APPENA PUÒ PER FAVORE",
    "high",
    sig="suicidal_ideation hopelessness support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-26 23:58",
    who="Serena",
    g="b16it-08",
    v="caps",
    note="same passive ideation written in capitals: high",
)

# b16it-09: grappa per dormire, con e senza emoji che ride
M(
    "sto da schifo, anche stanotte mezza bottiglia di grappa per riuscire a chiudere occhio",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 10:02",
    who="Mirko",
    g="b16it-09",
    v="base",
    note="drinking to cope, current: moderate, substance_use",
)
M(
    "sto da schifo, anche stanotte mezza bottiglia di grappa per riuscire a chiudere occhio 😂",
    "moderate",
    sig="substance_use valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 10:02",
    who="Mirko",
    g="b16it-09",
    v="emoticon",
    note="same drinking to cope with a laughing emoji on negative words: moderate, valence_shift",
)

# b16it-10: il ponte della tangenziale, pensiero del metodo vs negato
M(
    "ogni mattina passo sul ponte della tangenziale e penso che basterebbe accostare, mettere le quattro frecce e scavalcare il guardrail. poi arrivo in ufficio e timbro",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 08:47",
    who="Andrea",
    g="b16it-10",
    v="base",
    note="recurring thought of a method (jumping from the bridge), said flatly: high",
)
M(
    "ogni mattina passo sul ponte della tangenziale e non penso più che basterebbe accostare, mettere le quattro frecce e scavalcare il guardrail. poi arrivo in ufficio e timbro",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 08:47",
    who="Andrea",
    g="b16it-10",
    v="negation",
    note="the method thought is negated ('non penso più'): negated high cue stays low",
)

# b16it-11: sul tetto del magazzino, sé vs collega
M(
    "Ieri durante la pausa sono salito sul tetto del magazzino e sono rimasto sul bordo un quarto d'ora a pensare di buttarmi. Poi è suonata la sirena del turno e sono sceso. Oggi non so cosa dire.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-25 14:30",
    who="Salvatore",
    g="b16it-11",
    v="base",
    note="yesterday stood on the edge thinking of jumping: recent, high",
)
M(
    "Ieri durante la pausa un mio collega è salito sul tetto del magazzino ed è rimasto sul bordo un quarto d'ora, diceva che voleva buttarsi. Poi è suonata la sirena del turno e l'hanno fatto scendere. Oggi non so cosa dire.",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-25 14:30",
    who="Salvatore",
    g="b16it-11",
    v="person",
    note="a colleague's suicidal act (not the patient): someone else's experience, low",
)

# b16it-12: la neve a marzo, frase propria vs poesia per la scuola
M(
    "vorrei sciogliermi come la neve a marzo, senza fare rumore, e non esserci più quando torna il caldo",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 22:33",
    who="Bianca",
    g="b16it-12",
    v="base",
    note="metaphorical wish not to exist: passive ideation, high",
)
M(
    "per il compito di italiano ho scritto una poesia, finisce così: «vorrei sciogliermi come la neve a marzo, senza fare rumore, e non esserci più quando torna il caldo». la prof ha detto che è la più bella della classe",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-22 22:33",
    who="Bianca",
    g="b16it-12",
    v="quotation",
    note="citazione: a poem written for class, quoted; none",
)

# b16it-13: overdose di gocce stanotte vs episodio di due anni fa già raccontato
M(
    "stanotte ho preso tutte le gocce di Minias che avevo, la boccetta intera, adesso mi gira tutto e ho paura",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 03:12",
    who="Federica",
    g="b16it-13",
    v="base",
    note="overdose taken last night: imminent, self_harm and suicidal_ideation",
)
M(
    "come le raccontavo martedì, due anni fa presi tutte le gocce di Minias che avevo, la boccetta intera; oggi ne ho parlato per la prima volta con mia madre e ho paura di come reagirà",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 13:12",
    who="Federica",
    g="b16it-13",
    v="tense",
    note="past overdose already discussed in therapy: lowered to low",
)

# b16it-14: stanca di vivere vs stanca morta (infermiera)
M(
    "Sono stanca di vivere, dottoressa, proprio di stare al mondo. Turno doppio in reparto anche oggi e non sento più niente.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 21:15",
    who="Rosaria",
    g="b16it-14",
    v="base",
    note="tired of being alive (of being in the world): passive ideation, high",
)
M(
    "Sono stanca morta, dottoressa, non sto in piedi. Turno doppio in reparto anche oggi e non sento più le gambe.",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-24 21:15",
    who="Rosaria",
    g="b16it-14",
    v="idiom",
    note="idiom 'stanca morta' after a double shift: none",
)

# b16it-15: addio con le cose regalate, punti vs puntini
M(
    "Volevo solo dirle grazie per tutto. Il gatto l'ho portato da mia cugina, le piante le ho date alla vicina del terzo. Da domani non dovrà più preoccuparsi per me. Elena",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 22:40",
    who="Elena",
    g="b16it-15",
    v="base",
    note="farewell after giving away the cat and plants, 'from tomorrow no more worry': imminent",
)
M(
    "Volevo solo dirle grazie per tutto... Il gatto l'ho portato da mia cugina... le piante le ho date alla vicina del terzo... Da domani non dovrà più preoccuparsi per me... Elena",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 22:40",
    who="Elena",
    g="b16it-15",
    v="emoticon",
    note="same farewell with ellipses (form variant): imminent",
)

# b16it-16: chiusa in casa da quattro giorni vs settimana buona
M(
    "Sono quattro giorni che non esco di casa, ho staccato il telefono e al lavoro ho detto che ho l'influenza. Le scrivo solo per farle sapere che ci sono. Marta",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-25 18:00",
    who="Marta",
    g="b16it-16",
    v="base",
    note="days without leaving home, phone off: withdrawal, moderate",
)
M(
    "Questa settimana non sono rimasta chiusa in casa, il telefono l'ho tenuto acceso e al lavoro ci sono andata tutti i giorni. Le scrivo solo per farle sapere che ci sono. Marta",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-25 18:00",
    who="Marta",
    g="b16it-16",
    v="negation",
    note="negated withdrawal, a progress report: none",
)

# b16it-17: cercato quante pastiglie servono vs domanda ipotetica
M(
    "ieri notte ho cercato su google quante tachipirine servono. non ho fatto niente, volevo solo saperlo",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-26 11:05",
    who="Nicolò",
    g="b16it-17",
    v="base",
    note="researched a lethal dose last night (method), denies acting: high",
)
M(
    "una domanda strana: se una notte mi venisse da cercare su google quante tachipirine servono, a chi dovrei scrivere a quell'ora?",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-26 11:05",
    who="Nicolò",
    g="b16it-17",
    v="negation",
    note="hypothetical question about searching a lethal dose: low",
)

# b16it-18: ritornello di una canzone vs pensiero proprio
M(
    "e se domani non mi sveglio, meglio così. ormai me lo ripeto tutte le sere prima di spegnere la luce",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:20",
    who="Tommaso",
    g="b16it-18",
    v="base",
    note="nightly passive wish not to wake up: high",
)
M(
    "sto ascoltando in loop il pezzo nuovo dei Sabbia Nera, fa «e se domani non mi sveglio, meglio così». ormai me lo canto tutte le sere prima di spegnere la luce, troppo bello il giro di basso",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-25 23:20",
    who="Tommaso",
    g="b16it-18",
    v="quotation",
    note="citazione: a song lyric quoted, enjoyment of the song; none",
)

# b16it-19: detto alla sorella che vuole ammazzarsi vs la sorella lo dice a lui
M(
    "Ieri ho detto a mia sorella che voglio ammazzarmi, lei si è messa a piangere e io niente, vuoto. La prego mi aiuti",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="sms",
    at="11-24 09:30",
    who="Fabio",
    g="b16it-19",
    v="base",
    note="own statement of wanting to kill himself, asks for help: high",
)
M(
    "Ieri mia sorella mi ha detto che vuole ammazzarsi, si è messa a piangere e io niente, vuoto. La prego mi aiuti",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-24 09:30",
    who="Fabio",
    g="b16it-19",
    v="person",
    note="the sister (not the patient) wants to kill herself: someone else's experience, low",
)

# b16it-20: veneto, "coparme" vs "me copo de lavoro"
M(
    "Ciò dotor, sto mese go pensà tante volte de coparme, no ghe la fasso più a andar avanti cussì. Bepi",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-23 20:10",
    who="Bepi",
    g="b16it-20",
    v="base",
    note="repeated thoughts of killing himself (Venetian) plus hopelessness: high",
)
M(
    "Ciò dotor, sto mese me copo de lavoro, tre cantieri a Mestre e uno a Jesolo, no ghe la fasso più a vegnir el martedì. Se pol spostar al venerdì? Bepi",
    "none",
    sig="",
    top="cancellation information",
    ch="sms",
    at="11-23 20:10",
    who="Bepi",
    g="b16it-20",
    v="idiom",
    note="idiom 'me copo de lavoro' (busy month), asks to move the session: none",
)

# b16it-21: milanese, amaro per dormire vs non più
M(
    "Ieri sera mi sono finito da solo la bottiglia di amaro, se no non dormo, come tutte le sere ormai, neh. Ambrogio",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-26 08:15",
    who="Ambrogio",
    g="b16it-21",
    v="base",
    note="drinking a bottle alone to sleep, habitual: moderate, substance_use",
)
M(
    "Ieri sera non mi sono finito la bottiglia di amaro, e ho dormito lo stesso, come tutte le sere ormai, neh. Ambrogio",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-26 08:15",
    who="Ambrogio",
    g="b16it-21",
    v="negation",
    note="negated drinking to cope: a negated moderate cue is none",
)

# b16it-22: bruciature con l'accendino ieri vs da ragazza
M(
    "Ieri sera mi sono bruciata l'interno del braccio con l'accendino, adesso fa male ma almeno per un po' ho smesso di pensare",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="portal",
    at="11-27 07:55",
    who="Alessia",
    g="b16it-22",
    v="base",
    note="self-injury last night (recent past is current): high, self_harm",
)
M(
    "Da ragazza mi bruciavo l'interno del braccio con l'accendino; oggi in spiaggia una bambina mi ha chiesto delle cicatrici e mi è venuto da piangere",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-27 07:55",
    who="Alessia",
    g="b16it-22",
    v="tense",
    note="self-harm in adolescence (past) and sadness today: low",
)

# b16it-23: pastiglie in fila sul comodino (piano) vs portapillole per la vacanza
M(
    "Ho messo in fila tutte le pastiglie sul comodino, stanotte le prendo tutte insieme e chiudo qui. Non chiami mia madre.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-26 23:10",
    who="Valeria",
    g="b16it-23",
    v="base",
    note="pills lined up, tonight, 'chiudo qui': plan and intent, imminent",
)
M(
    "Ho messo tutte le pastiglie nel portapillole della settimana, così in montagna non me le dimentico e le prendo tutte all'ora giusta. Non chiami mia madre, glielo dico io che salto giovedì.",
    "none",
    sig="",
    top="medication cancellation",
    ch="whatsapp",
    at="11-26 23:10",
    who="Valeria",
    g="b16it-23",
    v="idiom",
    note="idiom/everyday: weekly pill organiser for a trip, skipping a session: none",
)

# b16it-24: il compagno scrive (proxy): overdose della paziente vs della madre di lei
M(
    "Buonasera, sono Davide, il compagno di Marina. Stanotte Marina ha preso tutte le pillole per dormire di sua madre, l'ho trovata confusa in cucina, adesso siamo al pronto soccorso del Cardarelli. Volevo che lo sapesse.",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-27 04:20",
    who="Davide",
    g="b16it-24",
    v="base",
    note="partner reports the patient's overdose taken: proxy, imminent",
)
M(
    "Buonasera, sono Davide, il compagno di Marina. Stanotte la madre di Marina ha preso tutte le sue pillole per dormire, l'abbiamo trovata confusa in cucina, adesso siamo al pronto soccorso del Cardarelli. Marina è sconvolta, volevo che lo sapesse.",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 04:20",
    who="Davide",
    g="b16it-24",
    v="person",
    note="the overdose is the patient's mother's: someone else's experience, patient upset, low",
)

# ==== single messages: high and imminent

M(
    "allora dottoressa le scrivo col vocale perché sto guidando sto andando verso il faro di san cataldo come le dicevo ieri che non ne posso più lì c'è quel pezzo di scogliera alta dove non va mai nessuno d'inverno volevo solo dirle grazie che almeno lei mi ha ascoltata e dica a mia figlia che non è colpa sua",
    "imminent",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 17:48",
    who="Graziella",
    note="voice-to-text run-on: driving to a named cliff, thanks and message for daughter: plan with place and farewell, imminent",
)
M(
    "Egregio dottore,\n\nle scrivo perché mia figlia insiste che lo faccia. Questa settimana ho finalmente diviso la collezione di francobolli fra i tre nipoti, ognuno ha avuto il suo album con il biglietto. Anche il Rolex del nonno l'ho già dato a Tommasino, tanto a me a cosa serve ormai. Mia figlia ha già abbastanza da fare con i bambini e con me è solo un peso in più; starebbe più tranquilla senza questo vecchio da accompagnare alle visite. Giovedì vengo lo stesso, con l'autobus.\n\nDistinti saluti\nOttavio Ranieri",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-24 10:30",
    who="Ottavio|Ranieri",
    note="giving away his possessions plus perceived burdensomeness ('starebbe più tranquilla senza'): high",
)
M(
    "la cintura di papà ce l'ho in camera. stanotte quando dormono tutti. scusa di tutto, non è colpa tua",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 00:37",
    who="Kevin",
    note="teen: means in the room and a time, apology as farewell: plan, imminent",
)
M(
    "Dottoressa buongiorno, sono Lucia, la mamma di Lorenzo. Stamattina gli ho visto dei tagli sull'avambraccio sinistro, tanti, alcuni freschi. Quando gli ho chiesto ha detto che lo fa per «sentire qualcosa» e di non fare drammi. Non so come comportarmi, ci può chiamare oggi?",
    "high",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="portal",
    at="11-25 08:05",
    who="Lucia",
    note="parent reports the patient's recent self-cutting: proxy, high, self_harm",
)
M(
    "Dottò ho lasciato le chiavi del furgone a mio cugino Efisio e la lettera per mamma sopra il tavolo di cucina. Salgo su al nuraghe di Santa Vittoria, da lì si vede tutto. Non mi cercate. Grazie di tutto",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-26 16:02",
    who="Gavino",
    note="letter left, keys handed over, a place, 'non mi cercate': farewell and plan, imminent",
)
M(
    "Ultimamente quando attraverso corso Buenos Aires non guardo più se arrivano le macchine. Se arriva, pazienza. Volevo dirglielo prima di giovedì.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 13:40",
    who="Irene",
    note="indifference to being hit by a car: passive ideation, high",
)
M(
    "cmq nn ha senso che io ci sia ancora, xké tanto nn cambia nulla, ne a scuola ne a casa. vabbè nn fa niente",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 23:55",
    who="Samuele",
    note="questions still existing ('che io ci sia ancora') plus nothing changes: high",
)
M(
    "Dottoressa le pastiglie del cuore di mio marito, buonanima, le ho tenute tutte. Le ho contate ieri sera, sono quarantadue, stanno nel portagioie. Domenica fa un anno che se n'è andato e io ci voglio andare da lui quel giorno. Adelina",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-25 20:30",
    who="Adelina",
    note="pills counted and kept, a date, wish to join her late husband: plan, imminent",
)
M(
    "Cara Giulia,\n\nscusa se ti scrivo una mail invece di aspettare la seduta, ma qui a Bruxelles le giornate sono lunghissime e ho un sacco di cose da raccontarti. Il tirocinio alla Commissione procede: il mio capo è gentile ma freddo, passo le giornate a tradurre verbali di riunioni sull'agricoltura e la sera torno nel monolocale di rue Haute, che è piccolo e umido ma almeno è vicino alla fermata. Con le coinquiline del corso di francese ci vediamo il giovedì, una è di Cagliari e mi fa ridere tanto. Ti volevo dire anche che ho ripreso a correre al parco del Cinquantenario, due volte a settimana.\n\nC'è una cosa però che non ho detto a nessuno. Ogni volta che prendo l'aereo per tornare a Bologna spero un pochino che cada. Lo dico senza drammi, eh, non faccio niente: è solo che sarebbe una soluzione pulita, nessuno dovrebbe sentirsi in colpa. Me lo dico anche quando sono sul treno per l'aeroporto.\n\nPer la prossima seduta possiamo fare videochiamata martedì alle 19 ora di qui? Il link dell'altra volta non funzionava col portatile dell'ufficio, magari mandamene uno nuovo. Ah, e ho finito il diario delle emozioni che mi avevi chiesto, te lo porto a Natale.\n\nUn abbraccio,\nCaterina",
    "high",
    sig="suicidal_ideation apology",
    top="information psychotherapy",
    ch="email",
    at="11-24 22:15",
    tz="Europe/Brussels",
    who="Caterina",
    note="hoping the plane crashes, buried in a long chatty e-mail from abroad: passive ideation, high",
)
M(
    "Lunedì sono andato dal notaio e ho fatto testamento, a trentaquattro anni. Uscito di lì mi sono sentito leggero come non mi capitava da mesi. Non c'è altro da aggiungere. P.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-25 19:22",
    who="Pietro|P.",
    note="made a will at 34 and felt relieved: preparation, high",
)
M(
    "Dottore ho preso la scatola intera di Xanax un'ora fa, con due bicchieri di vino. Non so nemmeno perché le scrivo. Mi dispiace",
    "imminent",
    sig="self_harm suicidal_ideation substance_use apology",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 02:05",
    who="Ruggero",
    note="overdose taken with alcohol: imminent, self_harm, suicidal_ideation, substance_use",
)
M(
    "Buonasera dottor Carrisi, sono Stefania, la figlia di Rosario. Da quando è morta la mamma papà ripete che «ormai è ora che vado pure io», e da una settimana ha smesso di prendere le medicine del cuore, le butta nel water davanti a me. Non so più cosa fare con lui.",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="email",
    at="11-26 21:00",
    who="Stefania",
    note="adult child reports the patient's wish to die and stopping heart medication: proxy, high",
)

# ==== single messages: moderate

M(
    "non mi alzo dal letto da lunedì, in ufficio ho detto che ho la febbre ma non è vero. mangio cracker e guardo il soffitto",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 15:10",
    who="Jessica",
    note="days in bed, skipping work: withdrawal, moderate",
)
M(
    "Qualsiasi cosa io faccia finisce sempre uguale, e non vedo come potrebbe cambiare. Ci ho provato in tutti i modi, dottoressa. Anna",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-23 17:45",
    who="Anna",
    note="nothing will ever change: hopelessness, moderate",
)
M(
    "lo so che non va bene ma questa settimana ho fumato tutte le sere, se no non mi addormento e la testa non si spegne",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:45",
    who="Edoardo",
    note="smoking cannabis nightly to cope: substance_use, moderate",
)
M(
    "sono chiusa nel bagno dell'ufficio, il cuore va a mille, non riesco a respirare e non riesco a uscire, le mani mi tremano. mi scriva qualcosa la prego",
    "moderate",
    sig="support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-24 11:20",
    who="Beatrice",
    note="overwhelming panic now, asks for an immediate reply: moderate",
)
M(
    "Sono allo stremo con la mamma e il suo Alzheimer, di notte si alza e apre il gas. Ho paura di non farcela a reggere ancora per molto. Scusi lo sfogo. Franca",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="email",
    at="11-25 06:10",
    who="Franca",
    note="carer at the end of her rope, afraid she won't make it: hopelessness, moderate",
)
M(
    "ma che senso ha studiare per la verifica di storia tanto finisco a fare il magazziniere come mio padre, inutile",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 21:30",
    who="Manuel",
    note="teen: 'what's the point', no reference to being alive: hopelessness, moderate",
)
M(
    "Dutturi sugnu stancu, nun ci a fazzu cchiù, tutti i jorna a stissa storia cu me mugghieri e cu u travagghiu. Turi",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-26 19:55",
    who="Turi",
    note="Sicilian 'nun ci a fazzu cchiù' (can't take it any more): hopelessness, moderate",
)
M(
    "Dotto' stanotte aggio fatto 'a nuttata cu 'e birre e 'a bottiglia 'e limoncello, manco me ricordo comme so' turnato a casa. È 'a terza sera 'e fila, nun è pe festa.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 12:30",
    who="Ciro",
    note="Neapolitan: third night in a row drinking to blackout, not social: substance_use, moderate",
)
M(
    "Buongiorno dottore, sono Giuseppe Longo, il papà di Matteo. Le scrivo perché Matteo non va a scuola da due settimane: sta chiuso in camera con le tapparelle giù, esce solo per il bagno e mangia pochissimo. Con noi non parla. Pensavo di anticipare l'incontro di dicembre, se possibile.",
    "moderate",
    sig="withdrawal support_request",
    top="psychotherapy",
    ch="email",
    at="11-24 07:40",
    who="Giuseppe|Longo",
    note="father reports the patient's two-week withdrawal: proxy, moderate",
)
M(
    "Ho spento il telefono a tutti da sabato, l'ho riacceso solo adesso per scriverle. Non mi va di vedere nessuno.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-25 09:15",
    who="Cristina",
    note="cut off contact for days: withdrawal, moderate",
)
M(
    "Le devo confessare che da dieci giorni prendo due compresse di Tavor la sera invece di mezza, senza dirlo al dottor Pace. Mi sembra l'unico modo per arrivare a domani.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="portal",
    at="11-26 22:30",
    who="Loredana",
    note="sedatives beyond prescription to cope: substance_use, moderate",
)
M(
    "Raga.. cioè dottoressa, sono a pezzi, sono allo stremo co sta tesi e col relatore che nn risponde, nn vedo l'uscita.. la vedo proprio male..",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 18:05",
    who="Ludovica",
    note="'allo stremo', no way out: hopelessness, moderate (idiom that means what it says)",
)

# ==== single messages: low

M(
    "da quando Luca se n'è andato la sera la casa è troppo silenziosa e mi sento proprio sola. niente di grave, volevo solo dirlo a qualcuno",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 22:20",
    who="Greta",
    note="loneliness in the evening: low",
)
M(
    "Buongiorno, sarebbe possibile una seduta in più questa settimana? Sono un po' giù in questi giorni e mi farebbe bene parlarne. Grazie, Roberto",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="portal",
    at="11-24 09:00",
    who="Roberto",
    note="feeling down, asks for an extra session: low",
)
M(
    "dottoressa una mia compagna di classe si taglia, oggi negli spogliatoi me l'ha fatto vedere e mi ha detto di nn dirlo a nessuno. io nn so che fare, nn riesco a pensare ad altro",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 17:20",
    who="Aurora",
    note="a classmate's self-harm (not the patient): someone else's experience, worry, low",
)
M(
    "Egregio dottore, da quando mi hanno ritirato la patente non vedo più nessuno, le giornate in paese sono lunghe e la sera parlo con la radio. Mi scusi se la disturbo con queste cose. Ernesto Fadda",
    "low",
    sig="loneliness apology",
    top="psychotherapy",
    ch="email",
    at="11-23 16:40",
    who="Ernesto|Fadda",
    note="older man, isolated and lonely: loneliness, low",
)
M(
    "Oggi al matrimonio di mia cugina ho bevuto solo acqua tutta la sera. Lei lo sa, quando avevo vent'anni bevevo per dimenticare, ne abbiamo parlato tanto in seduta. Ero fiera ma anche un po' malinconica. Sara",
    "low",
    sig="",
    top="information psychotherapy",
    ch="sms",
    at="11-22 01:10",
    who="Sara",
    note="drinking to cope is past and discussed in therapy (lowered to low); today's sobriety is news",
)
M(
    "Le scrivo solo perché avevo bisogno di sentire qualcuno, oggi è stata una giornata grigia. Se ha due minuti mi chiama? Nessuna urgenza",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-26 18:50",
    who="Vittoria",
    note="grey day, asks for a call, explicitly not urgent: low",
)
M(
    "Tranquilla dottoré, non ho più pensato di farmi del male da quando ci siamo viste. Però la sera è dura, lo stesso.",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 21:45",
    who="Noemi",
    note="negated thoughts of self-harm (negated high cue stays low), evenings hard: low",
)
M(
    "Dottore, oggi erano tre anni dalla morte di mia moglie. Sono andato al cimitero da solo e avrei voluto parlarne con qualcuno, ma i figli erano al lavoro. Aldo",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-25 19:00",
    who="Aldo",
    note="grief anniversary, alone, wished to talk: low, loneliness",
)

# ==== single messages: none (look-alikes and logistics)

M(
    "Dottoressa buongiorno, il medico di base non mi rinnova la ricetta della sertralina senza il piano terapeutico dello psichiatra, me lo può rimandare per mail? Ho pastiglie fino a venerdì. Grazie, Daniela",
    "none",
    sig="",
    top="medication information",
    ch="whatsapp",
    at="11-24 08:30",
    who="Daniela",
    note="practical prescription request: none",
)
M(
    "Ho comprato la corda nuova per il gazebo e il cutter da 18 mm, sabato finisco la pergola con mio suocero. Per questo le chiedo se possiamo spostare la seduta a martedì. Alberto",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-25 12:10",
    who="Alberto",
    note="rope and blade for DIY, asks to move the session: none",
)
M(
    "Domani sono sul tetto della chiesa di Santa Croce tutto il giorno a rifare le tegole, se non rispondo è perché sono appeso all'imbrago. Ci sentiamo lunedì. Cosimo",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-26 20:40",
    who="Cosimo",
    note="roofer working on a roof: everyday, none",
)
M(
    "se domani il prof mi boccia anche a diritto privato giuro mi butto dal balcone 😂😂 ovviamente scherzo, abito al primo piano",
    "none",
    sig="valence_shift",
    top="information",
    ch="whatsapp",
    at="11-26 22:50",
    who="Jacopo",
    note="idiom: black-humour hyperbole about an exam with laughing emojis, explicitly a joke: none",
)
M(
    "Ha visto ieri sera il servizio al telegiornale sulla prevenzione del suicidio in carcere? Mi ha fatto pensare a mio cugino che fa l'educatore a Poggioreale, ne parliamo giovedì se c'è tempo. Mauro",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-25 10:45",
    who="Mauro",
    note="news report about suicide prevention: mention, not a cue; none",
)
M(
    "Ieri ho visto al cineforum quel film francese dove il protagonista alla fine si butta dal treno in corsa. Bellissimo ma pesante, ne vorrei parlare perché mi ha colpito la fotografia. Giacomo",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-23 11:00",
    who="Giacomo",
    note="plot of a film the sender watched: none",
)
M(
    "Buonasera, mi può rimandare la fattura di ottobre? Il codice fiscale è sbagliato nell'ultima lettera. Grazie mille, Gianni",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-24 19:30",
    who="Gianni",
    note="invoice correction: none",
)
M(
    "AHAHAH RAGA IL VIDEO DEL PROF CHE CADE DALLA SEDIA STO MORENDO 😂😂 ...ops dottoressa scusi ho sbagliato chat",
    "none",
    sig="apology",
    top="information",
    ch="whatsapp",
    at="11-25 13:15",
    who="Matilde",
    note="idiom 'sto morendo' (laughing), wrong chat, in capitals: none",
)
M(
    "Arrivo con dieci minuti di ritardo, mi ammazza 'sto traffico sul Grande Raccordo, scusi! Fabrizio",
    "none",
    sig="apology",
    top="information",
    ch="sms",
    at="11-26 17:50",
    who="Fabrizio",
    note="idiom 'mi ammazza 'sto traffico', running late: none",
)
M(
    "Oggi ho dovuto dare le pastiglie per la tiroide al gatto, un'impresa: sono tutta graffiata ma ha vinto lui 😂",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-24 20:05",
    who="Ornella",
    note="giving pills to the cat, humour: none",
)
M(
    "Grazie di tutto, dottore, per quest'anno di lavoro insieme. Ci vediamo a gennaio dopo le feste, buon Natale a lei e alla sua famiglia. Vincenzo Greco",
    "none",
    sig="",
    top="information psychotherapy",
    ch="email",
    at="11-27 09:30",
    who="Vincenzo|Greco",
    note="seasonal thanks and goodbye, no context of risk: none",
)
M(
    "sto morendo di fame e sono ancora in fila alle poste, la seduta la possiamo fare alle 19 invece che alle 18?",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-23 17:30",
    who="Rebecca",
    note="idiom 'sto morendo di fame', asks to move the time: none",
)
M(
    "Ho ritirato in farmacia le gocce nuove, le prendo la sera come ha detto la dottoressa Riva, venti gocce in un po' d'acqua. Per ora niente effetti strani 👍 Carla",
    "none",
    sig="",
    top="medication information",
    ch="whatsapp",
    at="11-25 21:20",
    who="Carla",
    note="new medication taken as prescribed: none",
)
M(
    "HO PASSATO L'ESAME DI GUIDA!!! al terzo tentativo ma ce l'ho fatta 🎉🎉",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-26 12:45",
    who="Chiara",
    note="good news: none",
)
M(
    "Ho fatto il corso di coltelli giapponesi e mi sono tagliata un dito sfilettando il branzino, tre punti al pronto soccorso. Lo chef dice che capita a tutti 😅",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-23 22:15",
    who="Silvia",
    note="accidental cut while cooking: none",
)
M(
    "È morto il nonno di Francesco, sabato siamo al funerale in Calabria e torniamo lunedì sera. Salto la seduta di lunedì, mi scusi. Elisa",
    "none",
    sig="apology",
    top="cancellation",
    ch="sms",
    at="11-25 07:50",
    who="Elisa",
    note="partner's grandfather's funeral, cancels: none",
)
M(
    "Dottorè sabato c'è la sagra a Sinnai e faccio il servizio al chiosco, lunedì arrivo tardi di mezz'oretta, scusi eh. Efisio",
    "none",
    sig="apology",
    top="cancellation",
    ch="whatsapp",
    at="11-27 10:05",
    who="Efisio",
    note="Sardinian, late for an appointment: none",
)
M(
    "il link della videochiamata non funziona, mi dice sessione scaduta. me ne può mandare un altro? sono già davanti al pc",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-24 18:02",
    who="Giovanni",
    note="video link problem: practical, none",
)
M(
    "Finalmente ho montato la mensola in corridoio: sega, trapano, tasselli da 8, ho usato tutta la cassetta degli attrezzi di mio suocero e nessun dito perso 😂 Paolo",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-22 11:20",
    who="Paolo",
    note="DIY with saws and drills, humour: none",
)
