# Blind round 15 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-14), measured once
# with engine 2026.11.20 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional Italian messages (patients, parents, partners, carers, adult children), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variant groups

M(
    "Da qualche giorno mi torna il pensiero di farla finita. Glielo scrivo perché l'altra volta mi aveva chiesto di dirglielo subito, senza aspettare la seduta. Renata",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-24 21:15",
    who="Renata|R.",
    g="b15it-neg-pensiero",
    v="base",
)
M(
    "Da qualche giorno non mi torna il pensiero di farla finita. Glielo scrivo perché l'altra volta mi aveva chiesto di dirglielo subito, senza aspettare la seduta. Renata",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-24 21:15",
    who="Renata|R.",
    g="b15it-neg-pensiero",
    v="negation",
    note="negated high cue: low",
)

M(
    "vorrei chiudere gli occhi stanotte e non riaprirli più",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 01:12",
    who="Nico|N.",
    g="b15it-quo-occhi",
    v="base",
)
M(
    "c'è una canzone che sto ascoltando in loop, fa «vorrei chiudere gli occhi stanotte e non riaprirli più», la conosce? la suonano giovedì al palazzetto",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-26 01:12",
    who="Nico|N.",
    g="b15it-quo-occhi",
    v="quotation",
    note="song lyric (invented) quoted; nothing of the sender",
)

M(
    "Ieri sera mi sono bruciata il polso con l'accendino, di nuovo. Giovedì glielo faccio vedere. I.",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-25 08:05",
    who="Irene|I.",
    g="b15it-tense-accendino",
    v="base",
)
M(
    "Da ragazzina mi bruciavo il polso con l'accendino, spesso. Giovedì glielo racconto. I.",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-25 08:05",
    who="Irene|I.",
    g="b15it-tense-accendino",
    v="tense",
    note="historic self-harm: low",
)

M(
    "Non esco di casa da sabato, la spesa me la faccio portare. Non ho voglia di vedere nessuno.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-26 17:40",
    who="Paolo|P.",
    g="b15it-pers-casa",
    v="base",
)
M(
    "La mia coinquilina non esce di casa da sabato, la spesa se la fa portare. Dice che non ha voglia di vedere nessuno.",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-26 17:40",
    who="Paolo|P.",
    g="b15it-pers-casa",
    v="person",
    note="someone else's withdrawal: low",
)

M(
    "Ho messo da parte tutte le pastiglie di questi mesi, adesso sono abbastanza.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-27 00:20",
    who="Teresa|T.",
    g="b15it-idi-pastiglie",
    v="base",
    note="means gathered",
)
M(
    "Ho messo in valigia tutte le pastiglie di questi mesi, per le tre settimane in Brasile sono abbastanza.",
    "none",
    sig="",
    top="medication information",
    ch="whatsapp",
    at="11-27 00:20",
    who="Teresa|T.",
    g="b15it-idi-pastiglie",
    v="idiom",
    note="everyday phrase sharing the risk words",
)

M(
    "Non voglio più stare al mondo. Scusi.",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-22 23:40",
    who="Carlo|C.",
    g="b15it-caps-mondo",
    v="base",
)
M(
    "NON VOGLIO PIÙ STARE AL MONDO. Scusi.",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-22 23:40",
    who="Carlo|C.",
    g="b15it-caps-mondo",
    v="caps",
)

M(
    "Sono allo stremo con il trasloco e mia madre, non reggo più.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 19:05",
    who="Monica|M.",
    g="b15it-emo-stremo",
    v="base",
)
M(
    "Sono allo stremo con il trasloco e mia madre, non reggo più 😂😂",
    "moderate",
    sig="hopelessness valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 19:05",
    who="Monica|M.",
    g="b15it-emo-stremo",
    v="emoticon",
    note="laughing emoji on words of exhaustion",
)
M(
    "Sono allo stremo... con il trasloco e mia madre... non reggo più...",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 19:05",
    who="Monica|M.",
    g="b15it-emo-stremo",
    v="emoticon",
    note="ellipses instead of full stops (form variant)",
)

M(
    "A volte penso che mi ammazzo e basta, così smetto di pensare.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-21 22:30",
    who="Gianluca|G.",
    g="b15it-idi-ammazzo",
    v="base",
)
M(
    "A volte penso che mi ammazzo di lavoro e basta, così smetto di pensare.",
    "none",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-21 22:30",
    who="Gianluca|G.",
    g="b15it-idi-ammazzo",
    v="idiom",
    note="'mi ammazzo di lavoro' is an idiom",
)

M(
    "Sto pensando di buttarmi dal ponte della ferrovia, quello vicino allo stadio.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-25 16:50",
    who="Stefano|S.",
    g="b15it-neg-ponte",
    v="base",
    note="method thought, no time",
)
M(
    "Se un giorno pensassi di buttarmi dal ponte della ferrovia, quello vicino allo stadio, chi dovrei chiamare?",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-25 16:50",
    who="Stefano|S.",
    g="b15it-neg-ponte",
    v="negation",
    note="hypothetical question: low",
)

M(
    "vorrei solo morire e non dover più pensare a niente",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 22:47",
    who="Aurora|A.",
    g="b15it-pers-morire",
    v="base",
)
M(
    "mio fratello dice che vorrebbe solo morire e non dover più pensare a niente",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 22:47",
    who="Aurora|A.",
    g="b15it-pers-morire",
    v="person",
    note="brother is not the patient: someone else's experience",
)

M(
    "sono un peso per chi mi vuole bene, senza di me respirerebbero meglio",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 15:20",
    who="Edo|E.",
    g="b15it-quo-peso",
    v="base",
    note="perceived burdensomeness",
)
M(
    "per il compito di italiano abbiamo analizzato una poesia che dice «sono un peso per chi mi vuole bene, senza di me respirerebbero meglio», la prof voleva sapere cosa ne pensavamo",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-24 15:20",
    who="Edo|E.",
    g="b15it-quo-peso",
    v="quotation",
    note="poem analysed at school, quoted",
)

M(
    "stasera mi sparerei, giuro",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-21 23:55",
    who="Dario|D.",
    g="b15it-idi-sparo",
    v="base",
)
M(
    "stasera mi sparerei una pizza e tre episodi di fila, giuro",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-21 23:55",
    who="Dario|D.",
    g="b15it-idi-sparo",
    v="idiom",
    note="'spararsi una pizza / una serie' is colloquial for bingeing",
)

M(
    "Stasera la chiudo, ho deciso. Grazie di tutto.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-28 22:10",
    who="Lucia|L.",
    g="b15it-idi-chiudo",
    v="base",
    note="intent with time plus farewell",
)
M(
    "Stasera la chiudo con Davide, ho deciso. Grazie di tutto.",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-28 22:10",
    who="Lucia|L.",
    g="b15it-idi-chiudo",
    v="idiom",
    note="ending a relationship",
)

M(
    "Al pranzo di Natale dell'anno scorso volevo morire, e quest'anno sarà uguale.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 13:10",
    who="Chiara|C.",
    g="b15it-idi-natale",
    v="base",
    note="wish to die, carried into the present",
)
M(
    "Al pranzo di Natale dell'anno scorso volevo morire dalla noia, e quest'anno sarà uguale.",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 13:10",
    who="Chiara|C.",
    g="b15it-idi-natale",
    v="idiom",
    note="'morire dalla noia' is an idiom",
)

M(
    "ieri sera mi sono tagliata da sola, di nuovo. nn so nemmeno xké l'ho fatto",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 22:45",
    who="Bianca|B.",
    g="b15it-idi-capelli",
    v="base",
)
M(
    "ieri sera mi sono tagliata i capelli da sola, di nuovo. nn so nemmeno xké l'ho fatto",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-24 22:45",
    who="Bianca|B.",
    g="b15it-idi-capelli",
    v="idiom",
    note="haircut: everyday phrase sharing the risk words",
)

M(
    "sono stanchissima ma la mezza maratona è andata alla grande, 1h52!! 💪",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-23 12:30",
    who="Simona|S.",
    g="b15it-idi-stanca",
    v="base",
)
M(
    "sono stanca morta ma la mezza maratona è andata alla grande, 1h52!! 💪",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-23 12:30",
    who="Simona|S.",
    g="b15it-idi-stanca",
    v="idiom",
    note="'stanca morta' is an idiom",
)

# ---------------------------------------------------------------- imminent

M(
    "Ho lasciato le chiavi alla signora del piano di sopra e il gatto da mia sorella. Le confezioni che mi ha dato la psichiatra le ho tutte qui sul tavolo, contate. Volevo solo dirle grazie per quest'anno, davvero.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-25 02:40",
    who="Franco|F.",
    note="pills counted and ready, affairs settled, farewell",
)

M(
    "dottoressa scusi l'ora. ho preso tutto il blister nuovo con un paio di bicchieri di vino, adesso mi gira tutto e sento le mani lontane. volevo che lo sapesse qualcuno",
    "imminent",
    sig="self_harm suicidal_ideation substance_use apology",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-26 00:55",
    who="Martina|M.",
    note="overdose taken, with alcohol",
)

M(
    "Gentile dottor Ferri,\nle scrivo dal pronto soccorso del Sant'Anselmo. Stanotte Matteo ha preso le pastiglie per la tiroide della nonna, tutte quelle che c'erano nella scatola. L'ha trovato mio marito alle 4 in bagno. Adesso è stabile, dicono che lo tengono in osservazione almeno fino a domani e poi vedranno se trasferirlo in neuropsichiatria.\nGiovedì ovviamente non verrà. La prego, mi chiami appena legge questo messaggio, non so cosa dirgli quando si sveglia.\nRoberta Sanna (mamma di Matteo)",
    "imminent",
    sig="self_harm suicidal_ideation urgency support_request",
    top="medication cancellation psychotherapy",
    ch="email",
    at="11-24 07:12",
    who="Roberta|Sanna",
    note="parent reports the patient's overdose",
)

M(
    "Domenica mattina presto salgo sul viadotto della provinciale, quello sopra il torrente. L'ho deciso con calma, non è un momento di rabbia. Non lo dica a mia madre, per favore.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-27 19:30",
    who="Alessio|A.",
    note="method, place and time",
)

M(
    "ho trovato il modo. stasera quando dormono tutti. nn scrivermi più pls, grazie x tutto davvero ❤️",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-28 23:18",
    who="Ginevra|G.",
    note="plan and farewell; the heart goes with the thanks (no valence shift)",
)

M(
    "Ho scritto le lettere per i ragazzi e ho messo in ordine le carte della banca. Domani non vengo alla seduta, e neanche dopo. È stato un piacere conoscerla. W.",
    "imminent",
    sig="suicidal_ideation",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-26 18:02",
    who="Walter|W.",
    note="farewell disguised as a cancellation",
)

M(
    "Dottoressa, sono Elena, la moglie di Fabrizio. Le scrivo perché stanotte lui mi ha mandato un messaggio che sembra un addio («vi chiedo scusa, è meglio così»), poi ha spento il telefono. La macchina non c'è e dal garage manca la corda da traino. Ho già chiamato il 112. Se lei sa qualcosa o ha un modo per raggiungerlo, mi chiami subito, la prego.\nElena",
    "imminent",
    sig="suicidal_ideation urgency support_request",
    top="psychotherapy",
    ch="email",
    at="11-27 06:48",
    who="Elena|E.",
    note="partner reports the patient (proxy); the apology quoted is the patient's, not the sender's",
)

M(
    "nn smette di sanguinare. ho messo 3 asciugamani ma passa. nn volevo andare così a fondo che faccio??",
    "imminent",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 01:47",
    who="Sofia|S.",
    note="self-harm with medical danger",
)

M(
    "Ho preso la carbonella e il nastro da pacchi. Sabato la casa al mare è vuota, i miei tornano il 10. Non chiamare mia sorella.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-23 21:05",
    who="Massimo|M.",
    note="means gathered, place and time",
)

M(
    "Stasera ho finito la boccetta intera delle gocce per dormire, l'ho buttata giù tutta insieme. Adesso sono sul divano e mi sento pesantissima. Non si preoccupi, volevo solo dormire tanto tanto. Loredana",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-24 23:50",
    who="Loredana|L.",
    note="whole bottle taken on purpose, minimised",
)

M(
    "ho deciso che il 3 dicembre è la data giusta. la chitarra l'ho già data a Tommi, lui ci tiene più di me. a lei lascio i quaderni dei sogni se li vuole",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 16:20",
    who="Pietro|P.",
    note="date chosen, possessions given away",
)

M(
    "Buongiorno dottore,\nsono Daniela, la figlia di Sergio Bellini, suo paziente. Stamattina papà mi ha chiamata per «salutarmi», con una voce calmissima, e mi ha detto dove tiene il testamento e le chiavi della cassetta. Poi ha aggiunto che il fucile da caccia l'ha già pulito e che non devo preoccuparmi di niente. Io sono a Torino, lui è da solo in campagna e non risponde più. Mi scusi se le scrivo così, ma è urgente: può chiamarlo lei o dirmi cosa fare?\nDaniela Bellini",
    "imminent",
    sig="suicidal_ideation urgency support_request apology",
    top="psychotherapy",
    ch="email",
    at="11-26 09:02",
    who="Daniela|Bellini",
    note="adult child reports the patient: farewell call, firearm ready",
)

M(
    "Buongiorno, sono Mirela, la badante della signora Rina Corsi. Oggi rifacendo il letto ho trovato sotto il materasso un sacchetto con tante pastiglie, sono quelle che lei dovrebbe prendere la sera. Quando le ho chiesto, la signora ha detto tranquilla che le tiene «per quando sarà il momento» e che ormai ne ha abbastanza. Non le ho tolte perché non so se posso. Cosa devo fare?",
    "imminent",
    sig="suicidal_ideation support_request",
    top="medication psychotherapy",
    ch="portal",
    at="11-25 14:30",
    who="Mirela|M.",
    note="carer reports the patient's stockpile ('enough now')",
)

# ---------------------------------------------------------------- high

M(
    "Buonasera dottoressa,\nmia moglie ed io le scriviamo perché ieri, mettendo a posto la camera, abbiamo visto per caso il diario di Giulia. In un paio di pagine scrive che vorrebbe addormentarsi e non svegliarsi più, e che nessuno se ne accorgerebbe. Non sappiamo se parlargliene o fare finta di niente. Possiamo sentirci prima della seduta di mercoledì?\nGrazie,\nFabio Rinaldi",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="email",
    at="11-23 20:10",
    who="Fabio|Rinaldi",
    note="parent reports the patient's passive ideation",
)

M(
    "Domanda un po' strana: mi sono informata su quante ne servirebbero, in teoria, delle pastiglie che prendo la sera. Solo curiosità, non si allarmi. Ne parliamo lunedì?",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-26 13:45",
    who="Silvia|S.",
    note="thinking about a method, minimised",
)

M(
    "Buongiorno dottoressa,\nvolevo aggiornarla su alcune cose pratiche, visto che mi aveva chiesto di tenerla informata. Questa settimana ho fatto l'assicurazione sulla vita, intestata ai ragazzi, e ho chiesto a mio cugino Enzo se, nel caso mi succedesse qualcosa, si occuperebbe lui di Briciola. Ha detto di sì, quindi sono più tranquillo. Ho anche riordinato lo studio e buttato un sacco di carte vecchie.\nNon sto progettando niente, eh, mi sembrava solo giusto sistemare.\nA martedì,\nGiorgio",
    "high",
    sig="suicidal_ideation",
    top="information psychotherapy",
    ch="email",
    at="11-22 11:30",
    who="Giorgio|G.",
    note="preparation; the negated plan does not lower it",
)

M(
    "stasera ho guardato giù dal balcone per un bel pezzo, pensavo a quanto sarebbe facile. poi sono rientrato. stanotte un po' più a lungo delle altre volte",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 01:30",
    who="Marco|M.",
)

M(
    "Gentile dottoressa Marchi,\nle scrivo per posta elettronica perché al telefono mi emoziono e non riesco a dire le cose come vorrei. Mio nipote Lorenzo mi ha insegnato a usare il computer, quindi perdoni gli errori.\nVolevo dirle che da quando è mancato Arturo, a marzo, le giornate sono diventate lunghissime. La mattina vado al mercato solo per sentire qualche voce, poi torno e la casa è come un museo. Le mie amiche del circolo sono quasi tutte andate via, chi dai figli e chi al cimitero. I figli chiamano la domenica, ma hanno le loro vite e io non voglio pesare.\nLa sera, prima di dormire, dico le mie preghiere e poi chiedo al Signore perché non si decide a venirmi a prendere. Glielo dico proprio così, come si parla a un vecchio amico: io sono pronta, ho fatto tutto quello che dovevo. Non lo dico per fare la drammatica, dottoressa, è una cosa tranquilla, come quando si aspetta il treno in stazione con la valigia già chiusa.\nGiovedì mi accompagna Lorenzo con la macchina, quindi arriverò forse dieci minuti prima. Porto anche le analisi che mi aveva chiesto il medico di famiglia, così le vede.\nCon tanto affetto,\nAda Ferraris",
    "high",
    sig="suicidal_ideation loneliness apology",
    top="information psychotherapy",
    ch="email",
    at="11-21 17:05",
    who="Ada|Ferraris",
    note="passive ideation told calmly; isolation after bereavement",
)

M(
    "Ho pensato che se smettessi di fare l'insulina la sera sarebbe un modo tranquillo, senza disturbare nessuno. Ci penso ogni volta che misuro la glicemia. Enrico",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-25 20:40",
    who="Enrico|E.",
    note="method thought via stopping medication",
)

M(
    "Mi consola sapere che, se proprio va male, una porta d'uscita ce l'ho sempre. Lei ha capito cosa intendo.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-28 21:35",
    who="Valeria|V.",
    note="suicide as an exit, euphemistic",
)

M(
    "dottò, in questi giorni quando mi sale l'ansia mi gratto fino a farmi sangue, sulle braccia. nun ci pozzu fari nenti, è più forte di me",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:30",
    who="Turi|T.",
    note="current self-injury; Sicilian phrase",
)

# ---------------------------------------------------------------- moderate

M(
    "Sono tre giorni che non mi alzo dal letto, in ufficio ho mandato il certificato. Giovedì non so se riesco a venire.",
    "moderate",
    sig="withdrawal",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-24 10:15",
    who="Luigi|L.",
)

M(
    "nun ce la faccio più... ogni giorno è la fotocopia de quello prima... boh...",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 22:05",
    who="Roberto|R.",
)

M(
    "cmq ormai mi faccio due canne tutte le sere sennò nn dormo, lo so lo so 🙃",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:58",
    who="Kevin|K.",
)

M(
    "Ci ho pensato tutta la settimana: non cambierà mai niente, né con lui né con me. Lo sappiamo tutti e due, anche lei. Nadia",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-22 09:40",
    who="Nadia|N.",
)

M(
    "ho spento il telefono a tutti da venerdì, lo riaccendo solo per leggere i suoi messaggi",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-24 18:25",
    who="Ivan|I.",
)

M(
    "sono in macchina nel parcheggio del supermercato, attacco di panico da mezz'ora, non riesco a ripartire e le mani non smettono. può chiamarmi subito per favore",
    "moderate",
    sig="support_request urgency",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 18:40",
    who="Federica|F.",
    note="overwhelming panic",
)

M(
    "Buonasera dottore, le scrivo per Sara. Da lunedì non va a scuola, sta chiusa in camera con la porta a chiave e viene a tavola solo se la chiamo dieci volte, poi mangia due cose e torna su. Dice che è solo stanca. Volevo che lo sapesse prima di sabato. Anna (mamma di Sara)",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="email",
    at="11-25 21:20",
    who="Anna|A.",
    note="parent reports the patient's withdrawal",
)

M(
    "ieri sera mezza bottiglia di grappa per spegnere la testa, stasera uguale. almeno dormo",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 00:40",
    tz="Europe/Lisbon",
    who="Bruno|B.",
    note="sender abroad (Erasmus)",
)

M(
    "Ho paura di non farcela stavolta, è come a febbraio ma peggio. E.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-27 07:55",
    who="Elisa|E.",
)

M(
    "Che senso ha tutto quanto, onestamente. Mi alzo, lavoro, torno, rifaccio. Jacopo",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-23 22:50",
    who="Jacopo|J.",
)

M(
    "Buonasera dottore,\nmi scusi se le scrivo a quest'ora e così lungo. Lunedì non riesco a venire: la signora che mi aiuta con la mamma è in ferie e non posso lasciarla sola neanche un'ora, l'altro giorno ha aperto il gas.\nSono due anni che la assisto da sola. Mio fratello si fa vivo a Natale e a Pasqua e mi dice che sono brava. Sono allo stremo, davvero, non dormo una notte intera da mesi e nessuno mi chiede mai come sto io. A volte mi chiudo in bagno cinque minuti solo per respirare.\nPossiamo fare la seduta al telefono, magari la sera quando lei dorme?\nPatrizia",
    "moderate",
    sig="hopelessness loneliness apology",
    top="cancellation psychotherapy",
    ch="email",
    at="11-25 23:20",
    who="Patrizia|P.",
    note="caregiver (the patient) exhausted; the phone session is a practical request",
)

M(
    "dottò nun ce la faccio cchiù, cu sta casa, cu mia moglie, cu tutto. scusate l'ora",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 23:10",
    who="Gennaro|G.",
    note="Neapolitan 'non ce la faccio più'",
)

M(
    "Oggi ho preso due Xanax in più del solito perché non reggevo la riunione, e poi un altro stasera. Lo so che non dovrei.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="portal",
    at="11-26 21:15",
    who="Carla|C.",
    note="sedatives beyond prescription to cope",
)

M(
    "Passo le giornate a letto con le tapparelle giù, mi alzo solo per il cane. Sorry se rispondo tardi ai messaggi.",
    "moderate",
    sig="withdrawal apology",
    top="psychotherapy",
    ch="sms",
    at="11-28 15:00",
    who="Lorenza|L.",
)

M(
    "nn vedo il senso di niente. scuola, calcetto, amici, tutto uguale. boh",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 20:30",
    who="Samu|S.",
)

M(
    "Sono sul divano da domenica. In ufficio ho detto che ho la febbre. Non ho la febbre :)",
    "moderate",
    sig="withdrawal valence_shift",
    top="psychotherapy",
    ch="portal",
    at="11-24 12:30",
    who="Simone|S.",
    note="smile on a flat report of withdrawal",
)

# ---------------------------------------------------------------- low

M(
    "Oggi giornata un po' grigia, niente di grave, volevo solo dirglielo. A martedì, Marta",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-25 19:10",
    who="Marta|M.",
)

M(
    "da quando Giacomo è partito per Berlino la sera la casa è troppo silenziosa. mi sento sola come un calzino spaiato 🙁",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 22:15",
    who="Ornella|O.",
)

M(
    "Buongiorno dottoressa,\nla settimana scorsa la mia migliore amica, Camilla, ha tentato il suicidio. Adesso è ricoverata e sta meglio, i genitori mi hanno lasciato andarla a trovare. Io però da allora non riesco a concentrarmi, continuo a rileggere i messaggi che mi mandava e che non ho capito. Non so come starle vicino senza dire cose sbagliate. Posso chiamarla domani cinque minuti?\nBeatrice",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-24 08:30",
    who="Beatrice|B.",
    note="someone else's attempt: low",
)

M(
    "Ripensavo a quello di cui abbiamo parlato martedì, i pensieri di morire che avevo all'università. Mi ha fatto bene dirlo ad alta voce, anche se dopo ero stanchissimo.",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-27 10:20",
    who="Davide|D.",
    note="historic ideation discussed in therapy: low",
)

M(
    "possiamo sentirci 5 minuti? oggi ho bisogno di una voce che non sia la mia",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-24 19:20",
    who="Noemi|N.",
)

M(
    "mio figlio (il grande, quello di 30 anni) ultimamente beve tanto, lo sento la sera al telefono che strascica le parole. Sono preoccupata, non so se dirglielo",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 10:05",
    who="Gabriella|G.",
    note="worry about an adult son who is not the patient",
)

M(
    "Volevo dirle una cosa bella: sono sei settimane che non ho pensieri di farmi del male. Le conto sul calendario 🙂 Cristina",
    "low",
    sig="",
    top="information psychotherapy",
    ch="portal",
    at="11-26 08:45",
    who="Cristina|C.",
    note="negated high cue: low",
)

M(
    "Oggi è un anno che è morta la nonna. Sono stata al cimitero, mi manca da matti.",
    "low",
    sig="",
    top="information psychotherapy",
    ch="sms",
    at="11-22 18:00",
    who="Tiziana|T.",
)

M(
    "sono un po' giù di corda sta settimana :/ forse è il buio alle cinque",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 17:35",
    who="Andrea|A.",
    note="'giù di corda' means low mood: low, not an idiom to discard",
)

M(
    "Buongiorno, Marco ieri sera era molto triste per la storia con la ragazza, niente di grave ma chiede se si può anticipare a domani la seduta. Cinzia (mamma di Marco)",
    "low",
    sig="support_request",
    top="cancellation psychotherapy",
    ch="whatsapp",
    at="11-25 08:10",
    who="Cinzia|C.",
    note="parent asks for an earlier session because of the child's sadness",
)

M(
    "Buongiorno, ieri sono andata al funerale di una collega dell'amministrazione che si è tolta la vita. Non eravamo amiche strette, ma ci sto male e continuo a chiedermi se avrei potuto accorgermi di qualcosa in mensa. Volevo parlarne giovedì. Fiorella",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="11-26 12:15",
    who="Fiorella|F.",
    note="someone else's suicide: low",
)

M(
    "Sono contento ma anche un po' malinconico, giovedì è l'ultima seduta prima della pausa di Natale :) Ugo",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-28 11:00",
    who="Ugo|U.",
)

M(
    "a volte in famiglia mi sento invisibile. tipo ieri a cena nessuno si è accorto che non ho detto una parola :(",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-26 23:20",
    who="Rebecca|R.",
)

M(
    "Oggi sono dieci anni da quando ho preso quella scatola di pastiglie, ne parlavamo la volta scorsa. Mi fa strano, mi sento un po' svuotata ma sto bene.\nLaura\n\nInviato da iPhone",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="email",
    at="11-27 20:05",
    who="Laura|L.",
    note="historic overdose: low",
)

M(
    "notte in rianimazione, abbiamo perso un ragazzo di vent'anni per overdose. sono provata ma ok. possiamo spostare a venerdì? oggi preferisco dormire",
    "low",
    sig="",
    top="cancellation psychotherapy",
    ch="whatsapp",
    at="11-27 07:40",
    who="Giada|G.",
    note="nurse; someone else's overdose; sender affected",
)

# ---------------------------------------------------------------- none

M(
    "Buongiorno dottoressa, giovedì ho una visita in ospedale che non posso spostare. Sarebbe possibile fare la seduta lunedì alla stessa ora? Grazie, Federico Conti",
    "none",
    sig="",
    top="cancellation",
    ch="email",
    at="11-24 09:10",
    who="Federico|Conti",
)

M(
    "Buonasera, mi potrebbe mandare le fatture di quest'anno per il 730? Il commercialista le vuole entro dicembre. Grazie mille, Luisa :)",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-25 18:30",
    who="Luisa|L.",
)

M(
    "Domani non ci sono, vado in falesia a provare la corda nuova con il gruppo di arrampicata. Ci sentiamo lunedì? Michele",
    "none",
    sig="",
    top="cancellation information",
    ch="sms",
    at="11-27 21:00",
    who="Michele|M.",
    note="climbing rope",
)

M(
    "Ho visto il film che mi aveva consigliato, quello con la scena sul ponte sotto la pioggia. Ho pianto come una fontana ma in senso buono 😊",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-23 23:15",
    who="Irma|I.",
)

M(
    "Buonasera, oggi in macelleria mi sono tagliato con il coltello da disosso, tre punti al pronto soccorso. Niente di che, ma giovedì arrivo con la mano fasciata e magari un po' in ritardo. Nicola",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-25 20:50",
    who="Nicola|N.",
    note="accidental injury at work",
)

M(
    "Giovedì 4 dicembre non riesco a venire: c'è la prova generale di Romeo e Giulietta con la compagnia, e io sono Giulietta, quella che si pugnala alla fine 🙃 Possiamo fare venerdì? Agnese",
    "none",
    sig="",
    top="cancellation",
    ch="portal",
    at="11-26 14:05",
    who="Agnese|A.",
    note="stage role",
)

M(
    "Buongiorno dottoressa, per il gruppo di lettura stiamo leggendo «L'inverno di Miriam», quello della ragazza che si toglie la vita. Lo trovo scritto benissimo. Volevo chiederle se conosce l'autrice, ne parlano tutti.\nRaffaele",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-22 15:45",
    who="Raffaele|R.",
    note="novel (invented) mentioned",
)

M(
    "settimana prossima lavoro sui ponteggi a 30 metri a Mestre e rientro tardi. possiamo fare stesso orario ma in videochiamata?",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-27 06:15",
    who="Cosimo|C.",
    note="scaffolding at height, work",
)

M(
    "Grazie per ieri, mi è servito tanto. Ci ho ripensato tutta la sera 🙂",
    "none",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-26 09:30",
    who="Rita|R.",
)

M(
    "Buongiorno, le segnalo che il neuropsichiatra ha portato la sertralina di Luca a 50 mg da lunedì. Per ora nessun effetto strano. Stefania (mamma di Luca)",
    "none",
    sig="",
    top="medication",
    ch="portal",
    at="11-24 13:20",
    who="Stefania|S.",
)

M(
    "al corso di vela oggi 12 nodi, compreso il nodo del boia 😅 l'istruttore è un tipo macabro. comunque sto bene, la barca mi rilassa",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-22 19:45",
    who="Aldo|A.",
    note="sailing knots",
)

M(
    "Stanotte ho sognato di cadere dal tetto della scuola elementare, ma mi sono svegliata tranquilla, quasi divertita. Lo porto giovedì, mi sembra interessante. Greta",
    "none",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-28 07:30",
    who="Greta|G.",
    note="dream material, no cue",
)

M(
    "Gentile dottoressa Pellegrini,\nle scrivo per alcune questioni pratiche, mi scuso in anticipo per la lunghezza.\n1) Il fondo sanitario della mia azienda rimborsa le sedute di psicoterapia solo se in fattura c'è scritto esattamente «prestazione sanitaria di psicoterapia» e il numero di iscrizione all'albo. Le fatture di settembre e ottobre riportano «colloquio psicologico» e me le hanno respinte. Sarebbe possibile riemetterle, oppure farmi una dichiarazione a parte con le date delle sedute?\n2) Il fondo chiede anche una prescrizione del medico di base che indichi la necessità del percorso. Ho già chiesto al dottor Villa, me la fa la settimana prossima; gliela inoltro appena ce l'ho, così la tiene anche lei in cartella.\n3) Da gennaio cambio indirizzo: via dei Tigli 14, interno 3, sempre qui in città. Le chiedo di aggiornarlo per le fatture del 2027.\n4) Infine, per il pagamento: da dicembre preferirei fare un bonifico mensile invece che a seduta, se per lei non è un problema. In caso mi indichi la causale da usare, perché la banca ultimamente fa storie con le causali generiche.\nGrazie mille per la pazienza, so che sono cose noiose.\nCordiali saluti,\nMarcello Guidi",
    "none",
    sig="apology",
    top="information",
    ch="email",
    at="11-23 16:00",
    who="Marcello|Guidi",
)

M(
    "HO PRESO LA PATENTE!!! al primo colpo 🥳🥳 grazie per gli esercizi di respirazione prima dell'esame",
    "none",
    sig="",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-28 12:40",
    who="Ludo|L.",
)

M(
    "Scusi il disturbo, ieri sera mi sono confusa e ho preso due volte la sertralina. Devo saltare quella di stasera o la prendo normale? Barbara",
    "none",
    sig="apology",
    top="medication",
    ch="sms",
    at="11-27 08:20",
    who="Barbara|B.",
    note="accidental double dose, practical question",
)
