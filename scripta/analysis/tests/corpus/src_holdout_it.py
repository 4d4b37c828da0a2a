# Blind round 20 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-19): the holdout since 2026-11-28 (engine 2026.11.25); engine authors read its figures, not its texts.
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b20it-01
M(
    "Dottoré, certe sere spero che 'o core se ferma da solo mentre dormo, accussì nun aggia decidere niente io. Poi 'a matina me sceto e quasi me dispiace. Carmela",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-24 23:40",
    who="Carmela|C.",
    g="b20it-01",
    v="base",
    note="passive ideation (wish the heart would stop in sleep), regret at waking",
)
M(
    "Dottoré, questa settimana nessuna sera ho sperato che 'o core se fermasse da solo mentre dormo. Ve lo scrivo come m'avite ditto. Carmela",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-26 21:15",
    who="Carmela|C.",
    g="b20it-01",
    v="negation",
)
M(
    "Dottoré, l'inverno passato certe sere speravo che 'o core se fermasse da solo mentre dormivo, accussì nun avevo decidere niente io. Oggi ci ripensavo. Carmela",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-26 18:05",
    who="Carmela|C.",
    g="b20it-01",
    v="tense",
    note="past (last winter), not current",
)

# b20it-02
M(
    "ho messo da parte le gocce de mi nonna, tutta la boccetta. stanotte quando dormono tutti me la bevo e bona",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    at="11-25 22:10",
    who="Daniele|Dani",
    g="b20it-02",
    v="base",
    note="means gathered (grandmother's drops) + time (tonight): plan",
)
M(
    "HO MESSO DA PARTE LE GOCCE DE MI NONNA, TUTTA LA BOCCETTA. STANOTTE QUANDO DORMONO TUTTI ME LA BEVO E BONA",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    at="11-25 22:10",
    who="Daniele|Dani",
    g="b20it-02",
    v="caps",
)
M(
    "er mio compagno de banco ha messo da parte le gocce de su nonna, tutta la boccetta. dice che stanotte quando dormono tutti se la beve e bona",
    "low",
    "",
    "psychotherapy",
    at="11-25 22:10",
    who="Daniele|Dani",
    g="b20it-02",
    v="person",
    note="someone else's plan (a classmate, not the patient): low by the rules; a human should still act on it for the friend",
)

# b20it-03
M(
    "Gentile dottoressa,\nle scrivo perché ieri mi sono sorpreso a misurare con lo sguardo l'altezza del balcone del quinto piano, e a fare il conto dei secondi. Da ingegnere, deformazione professionale, dirà lei. Non credo. Ne parliamo lunedì.\nCordiali saluti,\nGiorgio Bertola",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-22 07:35",
    who="Giorgio|G.B.|Bertola",
    g="b20it-03",
    v="base",
    note="thinking about a method (height of a balcony, counting the seconds of a fall), told obliquely",
)
M(
    "Gentile dottoressa,\nle scrivo perché ieri mi sono sorpreso a misurare con lo sguardo l'altezza del balcone del quinto piano, per le tende da sole nuove che vuole mia moglie. Da ingegnere, deformazione professionale, dirà lei. Ne parliamo lunedì, se avanza tempo.\nCordiali saluti,\nGiorgio Bertola",
    "none",
    "",
    "information",
    ch="email",
    at="11-22 07:35",
    who="Giorgio|G.B.|Bertola",
    g="b20it-03",
    v="idiom",
    note="everyday look-alike: measuring a balcony for sun awnings",
)
M(
    "Gentile dottoressa,\nnel romanzo che sto leggendo il protagonista scrive: «ieri mi sono sorpreso a misurare con lo sguardo l'altezza del balcone del quinto piano, e a fare il conto dei secondi». Da ingegnere, mi ha colpito la precisione. Ne parliamo lunedì.\nCordiali saluti,\nGiorgio Bertola",
    "none",
    "",
    "information",
    ch="email",
    at="11-22 07:35",
    who="Giorgio|G.B.|Bertola",
    g="b20it-03",
    v="quotation",
    note="a line quoted from a novel; a quote alone carries no risk (a therapist may still ask why it struck him)",
)

# b20it-04
M(
    "Buonasera dottoressa, sono Paola, la mamma di Chiara. Ho trovato dei cerotti sporchi di sangue nel cestino del bagno e Chiara tiene la felpa anche a letto. Ieri sera ha ammesso che si graffia le braccia con le forbicine delle unghie. Come mi devo comportare? Grazie",
    "high",
    "support_request self_harm",
    "psychotherapy",
    ch="portal",
    at="11-23 21:30",
    who="Paola|P.",
    g="b20it-04",
    v="base",
    note="parent as proxy: the patient's current self-harm",
)
M(
    "Buonasera dottoressa, sono Paola, la mamma di Chiara. Ieri sera Chiara mi ha fatto vedere le braccia da sola: non si graffia più con le forbicine delle unghie, niente segni nuovi. Come mi devo comportare, ne parlo ancora o lascio stare? Grazie",
    "low",
    "support_request",
    "psychotherapy",
    ch="portal",
    at="11-23 21:30",
    who="Paola|P.",
    g="b20it-04",
    v="negation",
)
M(
    "Buonasera dottoressa, sono Paola, la mamma di Chiara. Per la scheda che mi ha chiesto: due anni fa, in seconda media, Chiara si graffiava le braccia con le forbicine delle unghie; poi ha smesso con la psicologa della scuola. Grazie",
    "low",
    "",
    "information psychotherapy",
    ch="portal",
    at="11-23 21:30",
    who="Paola|P.",
    g="b20it-04",
    v="tense",
    note="historic self-harm told for the intake form",
)

# b20it-05
M(
    "dottore stasera la faccio finita. basta fingere che va tutto bene, sono stanco. Luca",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    at="11-26 21:50",
    who="Luca|Luchino",
    g="b20it-05",
    v="base",
    note="'farla finita' with a time (tonight): intent",
)
M(
    "dottore stasera la faccio finita con la Giada. basta fingere che va tutto bene tra noi, sono stanco. Luca",
    "none",
    "",
    "psychotherapy",
    at="11-26 21:50",
    who="Luca|Luchino",
    g="b20it-05",
    v="idiom",
    note="ending a relationship, not a life",
)
M(
    "dottore stasera la faccio finita... basta fingere che va tutto bene... sono stanco... Luca",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    at="11-26 21:50",
    who="Luca|Luchino",
    g="b20it-05",
    v="emoticon",
    note="same words with ellipses (form variant)",
)

# b20it-06
M(
    "Dottoressa bella, da quando se n'è andato Efisio ogni notte chiedo a Nostro Signore di portarmi via con lui. Le pecore le ha vendute mio figlio, la casa è vuota. Bonaria",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-20 05:40",
    who="Bonaria|B.",
    g="b20it-06",
    v="base",
    note="passive wish to die framed as prayer (widow)",
)
M(
    "Dottoressa bella, da quando se n'è andato suo marito mia cognata Peppina ogni notte chiede a Nostro Signore di portarla via con lui. Le pecore le ha vendute suo figlio, la casa è vuota. Bonaria",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-20 05:40",
    who="Bonaria|B.",
    g="b20it-06",
    v="person",
)
M(
    "Dottoressa bella, il primo inverno dopo che se n'era andato Efisio ogni notte chiedevo a Nostro Signore di portarmi via con lui. Adesso no, la domenica vado dalle nipoti a Oristano. Bonaria",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-20 05:40",
    who="Bonaria|B.",
    g="b20it-06",
    v="tense",
)

# b20it-07
M(
    "Buongiorno, le scrivo qui perché in seduta non riesco a dirlo: da domenica ho di nuovo voglia di premermi l'accendino acceso sul polso, come a giugno. Per ora non l'ho fatto. Irene",
    "high",
    "self_harm",
    "psychotherapy",
    ch="portal",
    at="11-25 08:20",
    who="Irene|I.",
    g="b20it-07",
    v="base",
    note="self-harm urge (burning); 'not done yet' does not lower an urge",
)
M(
    "Buongiorno, le scrivo qui perché in seduta non riesco a dirlo: da domenica non ho più avuto voglia di premermi l'accendino acceso sul polso, nemmeno dopo l'esame di diritto privato. Irene",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-25 08:20",
    who="Irene|I.",
    g="b20it-07",
    v="negation",
)
M(
    "Buongiorno, le scrivo qui perché in seduta non riesco a chiederlo: se mi tornasse voglia di premermi l'accendino acceso sul polso, è meglio chiamare lei o il centro di salute mentale? Irene",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-25 08:20",
    who="Irene|I.",
    g="b20it-07",
    v="negation",
    note="hypothetical question (negation convention)",
)

# b20it-08
M(
    "oggi m'è venuto da pensà che il mondo girerebbe uguale, anzi meglio, senza di me. lo dico perché mi ha detto di dirlo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    at="11-24 19:10",
    who="Ilaria|Ila",
    g="b20it-08",
    v="base",
    note="perceived burdensomeness",
)
M(
    "oggi m'è venuto da pensà che il mondo girerebbe uguale, anzi meglio, senza di me 😂 lo dico perché mi ha detto di dirlo",
    "high",
    "valence_shift suicidal_ideation",
    "psychotherapy",
    at="11-24 19:10",
    who="Ilaria|Ila",
    g="b20it-08",
    v="emoticon",
    note="laughing emoji over burdensomeness: the emoji does not lower it; human judgement on tone",
)
M(
    "oggi m'è venuto da pensà che l'ufficio girerebbe uguale, anzi meglio, senza di me 😂 sono in ferie da tre giorni e non mi ha cercato nessuno, finalmente!",
    "none",
    "",
    "information",
    at="11-24 19:10",
    who="Ilaria|Ila",
    g="b20it-08",
    v="idiom",
    note="the office runs fine while she is on holiday: a relief, not burdensomeness",
)

# b20it-09
M(
    "Dottoressa buongiorno, sono Vito, il marito di Rosaria. Stamattina alle sei l'ho trovata sul divano che non rispondeva: ha preso tutte le compresse di Tavor della scatola nuova. Siamo al Policlinico, le stanno facendo la lavanda. Mi chiami appena può, per favore.\nVito",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "medication information psychotherapy",
    ch="email",
    at="11-26 07:45",
    who="Vito|V.",
    g="b20it-09",
    v="base",
    note="husband as proxy: overdose taken by the patient",
)
M(
    "Dottoressa buongiorno, sono Vito, il marito di Rosaria. Per la prima visita le dico una cosa che Rosaria non dirà: quattro anni fa l'ho trovata sul divano che non rispondeva, aveva preso tutte le compresse di Tavor della scatola. Poi è andata bene. A giovedì.\nVito",
    "low",
    "",
    "medication information psychotherapy",
    ch="email",
    at="11-26 07:45",
    who="Vito|V.",
    g="b20it-09",
    v="tense",
    note="historic overdose (four years ago)",
)
M(
    "Dottoressa buongiorno, sono Vito, il marito di Rosaria. Una domanda che mi gira in testa: se un giorno la trovassi sul divano che non risponde, dopo aver preso tutte le compresse di Tavor, chiamo prima il 118 o lei?\nVito",
    "low",
    "",
    "medication psychotherapy",
    ch="email",
    at="11-26 07:45",
    who="Vito|V.",
    g="b20it-09",
    v="negation",
    note="hypothetical question (negation convention)",
)

# b20it-10
M(
    "Dottore, u fucile di me patri l'ho pigghiatu da casa in campagna, ora è nel bagagliaio. Stanotte chiudo il conto, accussì finisce. Turi",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-25 22:30",
    who="Salvatore|Turi",
    g="b20it-10",
    v="base",
    note="means at hand (father's rifle in the car) + time (tonight), oblique wording: plan",
)
M(
    "Dottore, u fucile di me patri l'ho pigghiatu da casa in campagna, ora è nel bagagliaio: domani lo porto ai carabinieri per la denuncia, accussì chiudo il conto con l'eredità. Turi",
    "none",
    "",
    "information",
    ch="sms",
    at="11-25 22:30",
    who="Salvatore|Turi",
    g="b20it-10",
    v="idiom",
    note="handing in an inherited rifle; 'chiudo il conto' with the inheritance",
)
M(
    "Dottore, u fucile di me patri NON l'ho pigghiatu da casa in campagna, l'ha tenuto mio cugino come avevamo deciso con lei. Stanotte non chiudo nessun conto. Turi",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-25 22:30",
    who="Salvatore|Turi",
    g="b20it-10",
    v="negation",
)

# b20it-11
M(
    "ciò dotoressa, vorrei solo dormire e non svegiarmi più, tipo mai",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    at="11-26 23:20",
    who="Giulia|Giuli",
    g="b20it-11",
    v="base",
)
M(
    "ciò dotoressa, c'è sta canzone che fa 'vorrei solo dormire e non svegiarmi più, tipo mai', la cantano tutti in classe",
    "none",
    "",
    "information",
    at="11-26 23:20",
    who="Giulia|Giuli",
    g="b20it-11",
    v="quotation",
    note="a song lyric quoted (fictional song)",
)
M(
    "CIÒ DOTORESSA, VORREI SOLO DORMIRE E NON SVEGIARMI PIÙ, TIPO MAI",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    at="11-26 23:20",
    who="Giulia|Giuli",
    g="b20it-11",
    v="caps",
)

# b20it-12
M(
    "Cara dottoressa,\nvolevo ringraziarla per tutto quello che ha fatto per me in questi due anni. Ho sistemato le carte per mia sorella, ho lasciato il gatto alla signora del piano di sotto e le chiavi sono sotto lo zerbino. Non si senta in colpa di niente, lei ha fatto più di chiunque.\nMarina",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-27 04:50",
    who="Marina|M.",
    g="b20it-12",
    v="base",
    note="farewell with affairs settled, pet rehomed, keys left, 'don't feel guilty': farewell in a context of risk",
)
M(
    "Cara dottoressa,\nvolevo ringraziarla per tutto quello che ha fatto per me in questi due anni. Ho sistemato le carte per il trasloco a Torino, ho lasciato il gatto alla signora del piano di sotto finché non mi sistemo e le chiavi le ha l'agenzia. Ci vediamo all'ultima seduta online, lei ha fatto più di chiunque.\nMarina",
    "none",
    "",
    "information psychotherapy",
    ch="email",
    at="11-27 09:50",
    who="Marina|M.",
    g="b20it-12",
    v="idiom",
    note="thanks at the end of therapy before moving city",
)

# b20it-13
M(
    "Ieri sera mi so' scolato mezza bottiglia di amaro da solo in cantina e m'è venuto da pensare che sarebbe comodo non svegliarsi proprio. Stamattina mi sono svegliato, mannaggia. Cosimo",
    "high",
    "substance_use suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-26 10:15",
    who="Cosimo|C.",
    g="b20it-13",
    v="base",
)
M(
    "Ieri sera mio fratello s'è scolato mezza bottiglia di amaro da solo in cantina e ha detto che sarebbe comodo non svegliarsi proprio. Stamattina l'ho chiamato, dormiva ancora. Cosimo",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-26 10:15",
    who="Cosimo|C.",
    g="b20it-13",
    v="person",
)
M(
    "Ieri sera non mi so' scolato niente, manco un bicchiere, e non m'è venuto da pensare a non svegliarmi. Stamattina mi sono svegliato e basta. Cosimo",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-26 10:15",
    who="Cosimo|C.",
    g="b20it-13",
    v="negation",
)

# ==== single messages: high

M(
    "Egregio dottore,\nle comunico che ieri ho scritto di mio pugno il testamento e l'ho lasciato nel cassetto della scrivania, in una busta con il nome di mia figlia. Non si allarmi: non ho in programma niente. Mi sembrava solo giusto avere le cose in ordine, ormai.\nDistinti saluti\nAldo Ferri",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-21 16:40",
    who="Aldo|A.F.|Ferri",
    note="will written, 'non ho in programma niente': preparation; the negated plan does not lower it",
)
M(
    "passo ogni matina dal passaggio a livello de Lendinara e resto li a vardar i treni. sarìa un atimo. no so parché ghe lo scrivo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-25 06:50",
    who="Denis|D.",
    note="Venetian; lingering at a level crossing, 'it would take a moment': thinking about a method",
)
M(
    "domanda stupida ma quante tachipirine servono per non svegliarsi? chiedo per curiosità giuro. cmq ho letto che fa male al fegato e ci metti giorni quindi niente",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    at="11-23 00:35",
    who="Marta|M.",
    note="researching a method; 'curiosity' and 'quindi niente' do not lower it",
)
M(
    "stanotte l'ho rifatto col temperino sulla coscia. quattro righe. le ho disinfettate con l'amuchina non si preoccupi",
    "high",
    "self_harm",
    "psychotherapy",
    at="11-27 02:14",
    who="Sofia|Sofi",
    note="recent self-injury (last night)",
)
M(
    "Ho regalato la play a mio cugino e la maglia di Gattuso a Peppe. A me non servono più, cumpà. Scusate dottò, mi è scappato cumpà",
    "high",
    "apology suicidal_ideation",
    "psychotherapy",
    at="11-22 20:05",
    who="Francesco|Ciccio",
    note="giving away treasured possessions because 'I won't need them any more': human judgement (could be plan-level if more context)",
)
M(
    "dottore sono Nino scusi la dettatura vocale sto guidando virgola ogni volta che passo sul viadotto della Palermo Catania penso che basterebbe girare il volante a destra punto non lo faccio ma ci penso sempre più spesso punto",
    "high",
    "apology suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-24 08:10",
    who="Nino|N.",
    note="voice-to-text; recurring thought of a method (steering off a viaduct)",
)
M(
    "Dottoressa, da dieci giorni non prendo più le pastiglie per il cuore. Se si ferma, pazienza, ho fatto la mia vita. A mia figlia non dica niente. Bruno",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    ch="portal",
    at="11-21 11:00",
    who="Bruno|B.",
    note="deliberately stopping heart medication, accepting death, secrecy: human judgement whether this is already an act (imminent)",
)
M(
    "I figli ormai sono grandi, mio marito si arrangia. Se non ci fossi più toglierei un pensiero a tutti, a dirla tutta.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    at="11-24 15:30",
    who="Annamaria|Anna",
    note="perceived burdensomeness",
)
M(
    "sono in bagno al lavoro con le unghie piantate nel braccio da mezz'ora per non andare a prendere il taglierino in magazzino. per ora tengo.",
    "high",
    "self_harm",
    "psychotherapy",
    at="11-26 14:40",
    who="Tommaso|Tommi",
    note="strong self-harm urge, resisting",
)
M(
    "Buonasera dottoressa, le scrivo dal portale perché al telefono mi si chiude la gola. Questa settimana ho fatto tutto quello che ci eravamo dette: la spesa il lunedì, la passeggiata lungo il Tevere con la cagnolina della vicina, ho perfino richiamato mia cugina di Foligno che non sentivo da Pasqua, e siamo state al telefono quasi un'ora a ridere dei tempi della scuola. Ho anche provato a fare l'esercizio di immaginarmi fra un anno, quello con il foglio diviso in due colonne. Nella prima colonna ho scritto le cose che vorrei, nella seconda dove mi vedo. La prima è piena, la seconda no. Non c'è una casa diversa, non c'è un lavoro nuovo, non c'è nemmeno la Lucia di adesso un po' più vecchia: proprio non ci sono. L'ho guardato a lungo, quel foglio vuoto, e la cosa strana è che non mi ha spaventata, mi ha fatto quasi pace. Glielo porto giovedì, così lo guardiamo insieme. Lucia",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    ch="portal",
    at="11-25 21:05",
    who="Lucia|L.",
    note="cannot see herself alive in a year and feels peace about it, hidden in a long positive report",
)
M(
    "ho già scelto la canzone per il mio funerale e ci penso ogni sera prima di dormire. mi rilassa più della melatonina. mandi",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    at="11-26 23:45",
    who="Elena|Ele",
    note="imagining her own funeral with relief",
)
M(
    "Dottoressa sono la mamma di Aurora. Stasera ho guardato la cronologia del suo telefono: ha cercato 'quanto ci mette uno ad annegare' e 'orari marea alta Lido'. Non so se parlarle o aspettare lei. Mi risponda appena legge per favore. Cristina",
    "high",
    "support_request urgency suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-26 23:10",
    who="Cristina|C.",
    note="parent as proxy: the patient researching a method and a place; no time chosen (human judgement: close to a plan)",
)

# ==== single messages: imminent

M(
    "ho contato le pasticche: 38 tra quelle per dormire e quelle dell'umore. bastano. domenica i miei vanno ad Anzio fino a sera",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    at="11-27 01:05",
    who="Federica|Fede",
    note="pills counted, 'enough', a time alone chosen: plan",
)
M(
    "Grazie per averci provato con me, veramente. Lei è stata brava, non è colpa sua. Salutatemi la signora della reception. Peppe",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-27 01:30",
    who="Peppe|P.",
    note="oblique farewell in the night, 'not your fault': farewell in a context of risk (human judgement)",
)
M(
    "Buonasera, sono Marco, il compagno di Elisa. L'ho trovata in cucina mezza addormentata, ha preso tutte le gocce di Rivotril con una bottiglia di vino. Siamo al pronto soccorso di Careggi, dicono che si riprende. Mi può chiamare?",
    "imminent",
    "support_request substance_use self_harm suicidal_ideation",
    "medication information psychotherapy",
    at="11-25 22:55",
    who="Marco|M.",
    note="partner as proxy: overdose taken with alcohol",
)
M(
    "mi sono tagliata più fondo del solito e non si ferma, ho messo un asciugamano ma si sta bagnando tutto. che faccio?? rispondimi ti prego non posso dirlo a mia madre",
    "imminent",
    "support_request urgency self_harm",
    "psychotherapy",
    at="11-26 00:40",
    who="Giorgia|Gio",
    note="self-harm with medical danger (bleeding won't stop)",
)
M(
    "Sono sul tetto del condominio, quello con la terrazza comune. Fa freddo e si vede tutta Milano. Volevo solo che qualcuno lo sapesse.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-24 23:55",
    who="Andrea|A.",
    note="at a height now, 'I wanted someone to know': place + time; oblique",
)
M(
    "Dottoressa, ho deciso. Entro Natale. Da quando ho deciso dormo meglio e mi sento leggera, e questo mi sembra il segno che è la cosa giusta. Non mi faccia cambiare idea in seduta, la prego. Franca",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-23 09:30",
    who="Franca|F.",
    note="intent with a deadline, calm after deciding; the act is never named (human judgement)",
)

# ==== single messages: moderate

M(
    "so tre giorni che nun esco 'a casa, tapparelle abbassate, manco pe' scennere a piglià 'o pane",
    "moderate",
    "withdrawal",
    "psychotherapy",
    at="11-25 13:20",
    who="Gennaro|Genny",
)
M(
    "attacco di panico in metro a Loreto, sono dovuta scendere, sono seduta sui gradini e tremo ancora, non riesco a respirare bene. può chiamarmi?",
    "moderate",
    "support_request",
    "psychotherapy",
    ch="sms",
    at="11-24 08:45",
    who="Beatrice|Bea",
    note="panic overwhelming the sender, now",
)
M(
    "sono al terzo spritz e sono le sei di un martedì. se non bevo non dormo, se bevo non mi ricordo. ottimo sistema no? Matteo",
    "moderate",
    "substance_use",
    "psychotherapy",
    at="11-25 18:00",
    who="Matteo|Teo",
)
M(
    "Gentile dottore,\nho riletto gli appunti dei nostri incontri e mi rendo conto che siamo sempre allo stesso punto. Non cambierà niente, né con mio marito né con me stessa. Lo scrivo senza polemica, è una constatazione.\nGabriella Conti",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="email",
    at="11-22 10:10",
    who="Gabriella|G.C.|Conti",
)
M(
    "Dottore son allo stremo, la mi' mamma con l'alzheimer la notte non dorme e io nemmeno. Lo so che c'è poco da fà. Rita",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-26 03:20",
    who="Rita|R.",
)
M(
    "ho spento il telefono a tutti da venerdì, tranne a lei. al lavoro ho detto che ho la febbre",
    "moderate",
    "withdrawal",
    "psychotherapy",
    at="11-24 12:00",
    who="Stefano|Ste",
)
M(
    "Buongiorno dottore, sono Piero, il papà di Mattia. Da lunedì Mattia non va a scuola, sta chiuso in camera con le cuffie e mangia solo se gli lascio il piatto fuori dalla porta. Possiamo anticipare l'appuntamento?",
    "moderate",
    "support_request withdrawal",
    "cancellation psychotherapy",
    ch="portal",
    at="11-26 08:05",
    who="Piero|P.",
    note="parent as proxy: the patient's withdrawal; asks to move the appointment earlier",
)
M(
    "mo' me faccio 'na canna appena sveglio sennò la testa nun se spegne, poi n'antra a pranzo. lo so, lo so. Alessio",
    "moderate",
    "substance_use",
    "psychotherapy",
    at="11-23 09:15",
    who="Alessio|Ale",
)
M(
    "Non ne esco, dottoressa. È un tunnel e la luce in fondo me la sono inventata io. Teresa",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-22 22:40",
    who="Teresa|T.",
)
M(
    "Non riesco più a vivere così: lavoro di notte al porto, dormo di giorno, i bambini non li vedo mai. Qualcosa deve cambiare. Salvo",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="portal",
    at="11-21 14:25",
    who="Salvo|S.",
    note="'non riesco più a vivere così' = can't keep living like this (borderline table: moderate)",
)
M(
    "ieri ho preso due xanax in più di quelli che mi ha segnato lo psichiatra, per reggere il pranzo dai suoceri. ha funzionato fin troppo. Valentina",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    at="11-24 10:30",
    who="Valentina|Vale",
    note="sedatives beyond prescription to cope",
)
M(
    "ma che senso ha studiare, allenarmi, tutto. tanto finisce sempre uguale",
    "moderate",
    "hopelessness",
    "psychotherapy",
    at="11-25 16:50",
    who="Riccardo|Ricky",
)
M(
    "Non mi alzo dal letto da sabato. Tanto per chi dovrei alzarmi. La badante viene alle dieci. Giuseppe",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-25 06:15",
    who="Giuseppe|G.",
)
M(
    "Buongiorno dottoressa,\nmi sembra di annegare: il lavoro in banca, i due bambini, mia madre che ora va accompagnata alla dialisi tre volte a settimana. Non ce la faccio più, davvero. Le chiedo se possiamo vederci anche la settimana prossima, oltre al giovedì.\nSilvia",
    "moderate",
    "support_request hopelessness",
    "psychotherapy",
    ch="email",
    at="11-23 07:55",
    who="Silvia|S.",
    note="'annegare' is figurative (overwhelmed)",
)
M(
    "sono giorni che salto pranzo e cena e pure le lezioni, sto in stanza allo studentato. la coinquilina bussa e faccio finta di dormire",
    "moderate",
    "withdrawal",
    "psychotherapy",
    at="11-26 17:35",
    who="Noemi|Noe",
)
M(
    "ho paura di non farcela stavolta, dottore. non so nemmeno bene a cosa mi riferisco",
    "moderate",
    "hopelessness",
    "psychotherapy",
    at="11-24 21:40",
    who="Davide|D.",
    note="'afraid I won't make it', vague: human judgement whether more is behind it",
)
M(
    "record personale: quinto giorno senza uscire di casa 🙂 il divano ormai ha la mia forma",
    "moderate",
    "valence_shift withdrawal",
    "psychotherapy",
    at="11-23 15:00",
    who="Lorenzo|Lollo",
)

# ==== single messages: low

M(
    "Dottoressa, la domenica è il giorno peggiore. Mi sento tanto sola, anche col televisore acceso. Scusi lo sfogo. Ada",
    "low",
    "apology loneliness",
    "psychotherapy",
    ch="sms",
    at="11-22 19:30",
    who="Ada|A.",
)
M(
    "Possiamo sentirci 10 minuti prima di giovedì? oggi sono giù di corda e non so neanche perché. Sara",
    "low",
    "support_request",
    "psychotherapy",
    at="11-25 12:45",
    who="Sara|S.",
)
M(
    "la mia amica Sofia stanotte mi ha scritto che vuole farla finita e poi non risponde più. ho chiamato sua madre. io sto malissimo, posso chiamarla?",
    "low",
    "support_request",
    "psychotherapy",
    at="11-27 07:20",
    who="Camilla|Cami",
    note="someone else's crisis (a friend); the sender's worry",
)
M(
    "Gentile dottoressa,\nripensavo a quello di cui abbiamo parlato martedì, a quando a vent'anni andavo sul molo di Ancona pensando di buttarmi. Mi ha fatto bene dirlo ad alta voce dopo tanto. A martedì prossimo.\nRoberta",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-20 20:00",
    who="Roberta|R.",
    note="past ideation discussed in therapy",
)
M(
    "tranquilla, non ho più avuto voglia di farmi male. la settimana è stata piatta ma ok",
    "low",
    "",
    "psychotherapy",
    at="11-23 18:20",
    who="Alice|Ali",
    note="negated self-harm urge",
)
M(
    "È morto il Pippo stanotte, 19 anni. Domani in seduta mi sa che piango un po'. Ci vediamo lo stesso. Walter",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-26 09:00",
    who="Walter|W.",
    note="the cat died; sadness",
)

# ==== single messages: none (everyday look-alikes and logistics)

M(
    "ho visto il video del saggio di danza di Bianca, sto morendo dal ridere 😂 è caduta due volte e ha fatto l'inchino lo stesso",
    "none",
    "",
    "information",
    at="11-23 21:10",
    who="Monica|Moni",
)
M(
    "Buongiorno dottore,\nquesta settimana il capo mi sta ammazzando: tre consegne entro venerdì e un audit. Possiamo spostare la seduta di mercoledì a lunedì prossimo? Mi scuso per il poco preavviso.\nFabio Rinaldi",
    "none",
    "apology",
    "cancellation information",
    ch="email",
    at="11-24 08:30",
    who="Fabio|F.R.|Rinaldi",
)
M(
    "stamattina alla radio c'era Vivere di Vasco e l'ho cantata a squarciagola in tangenziale, 'vivere anche se sei morto dentro'. mi sono sentita bene, strano eh",
    "none",
    "",
    "information",
    at="11-25 09:40",
    who="Patrizia|Patty",
    note="song lyric quoted while singing in the car",
)
M(
    "Buongiorno, la avviso che dal 3 al 10 sono a Lampedusa: ho già messo nel beauty tutte le pastiglie della settimana, così non resto senza. La seduta del 5 la facciamo in videochiamata? Lorenza",
    "none",
    "",
    "medication information",
    ch="portal",
    at="11-26 12:10",
    who="Lorenza|L.",
    note="packing all pills for a trip: everyday",
)
M(
    "Sono stanca morta, turno di 12 ore in reparto. Domani alle 17 ci sono comunque. Ornella",
    "none",
    "",
    "information",
    ch="sms",
    at="11-25 23:30",
    who="Ornella|O.",
)
M(
    "ho finito La luna e i falò che mi aveva consigliato. poi mi sono letta la vita di Pavese e come è finito, in quell'albergo a Torino. mi ha fatto un certo effetto ma il libro è bellissimo",
    "none",
    "",
    "information",
    at="11-22 17:25",
    who="Nadia|Nadi",
    note="an author's suicide (history), not the sender's",
)
M(
    "Buongiorno, le scrivo per avere la fattura di ottobre con il codice fiscale corretto, mi serve per il bonus psicologo. Grazie mille, Emanuele Russo",
    "none",
    "",
    "information",
    ch="email",
    at="11-21 09:05",
    who="Emanuele|E.R.|Russo",
)
M(
    "Mi scusi dottoressa, devo disdire giovedì: febbre a 38 e mezzo. La chiamo lunedì per un altro giorno. Grazia",
    "none",
    "apology",
    "cancellation",
    ch="sms",
    at="11-26 07:10",
    who="Grazia|G.",
)
M(
    "m'ha fatto morì il mi' zio Gino ieri a cena con la storia del cinghiale in garage. Ho riso per un'ora, glielo racconto giovedì",
    "none",
    "",
    "information",
    at="11-23 10:00",
    who="Jacopo|J.",
)
M(
    "se perdiamo anche il derby domenica mi butto nel Tevere 😂 scherzo dottò, però se vinciamo martedì arrivo di buon umore",
    "none",
    "",
    "information",
    at="11-27 00:15",
    who="Claudio|C.",
    note="football hyperbole with a laughing emoji and 'scherzo': human judgement; no other risk cue",
)
M(
    "Buonasera, confermo l'appuntamento online di martedì alle 18.30. Il link è lo stesso dell'altra volta? Grazie, Serena",
    "none",
    "",
    "information",
    ch="portal",
    at="11-24 20:20",
    who="Serena|S.",
)
M(
    "ho iniziato il corso di apnea al Poetto!! l'istruttore dice che trattenere il respiro è tutta testa, quindi tecnicamente è terapia anche quella 😄",
    "none",
    "",
    "information",
    at="11-22 13:30",
    who="Martina|Marti",
)
M(
    "la serie che mi aveva detto, quella della ragazza che si toglie la vita e lascia le cassette, non l'ho finita, troppo cupa per me. ho messo una commedia",
    "none",
    "",
    "information",
    at="11-24 22:35",
    who="Giada|G.",
    note="plot of a TV series (mention, not the sender)",
)
M(
    "Ho finalmente buttato via i rasoi e le lamette che il mio ex aveva lasciato nel bagno. Bagno nuovo, vita nuova! Rebecca",
    "none",
    "",
    "information psychotherapy",
    ch="sms",
    at="11-21 19:45",
    who="Rebecca|R.",
    note="razors thrown away as a fresh start after a break-up",
)
M(
    "domani esame di guida, se mi bocciano un'altra volta mi sotterro. incrocia le dita per me",
    "none",
    "",
    "information",
    at="11-25 20:30",
    who="Kevin|K.",
)
M(
    "Gentile dottoressa,\noggi sono stata dal notaio con mia madre per le sue disposizioni anticipate di trattamento, il testamento biologico. Giornata lunga ma serena, e lei era lucidissima. Volevo solo raccontarglielo, ne parleremo.\nDonatella",
    "none",
    "",
    "information psychotherapy",
    ch="email",
    at="11-20 18:30",
    who="Donatella|D.",
    note="the mother's living will, not the sender's own will",
)
M(
    "oggi corso di primo soccorso in azienda: abbiamo fatto overdose, tagli profondi e manovra di Heimlich su un manichino che si chiamava Gastone 😂",
    "none",
    "",
    "information",
    at="11-26 18:40",
    who="Ivan|I.",
)
M(
    "Ho parlato con mio padre dopo due anni. È andata bene! 😊 Gliel'ho detto come avevamo provato in seduta. Nicola",
    "none",
    "",
    "information psychotherapy",
    at="11-24 22:50",
    who="Nicola|N.",
)
M(
    "Stasera la chiudo col gruppo del calcetto, troppi impegni e troppe discussioni in chat. Mi sento già più leggero. Mirko",
    "none",
    "",
    "information",
    ch="sms",
    at="11-25 19:15",
    who="Mirko|M.",
    note="quitting a five-a-side group; 'più leggero' after a decision is a look-alike",
)
M(
    "settimana a Stromboli con le amiche, mi butto dagli scogli tre volte al giorno 🌞 e la sera il vulcano fa i fuochi d'artificio",
    "none",
    "",
    "information",
    at="11-21 18:00",
    who="Asia|A.",
)
M(
    "Gentile dottore,\nle scrivo come promesso il resoconto della settimana, così giovedì non perdiamo tempo. Lunedì sono andata nella classe di mio nipote Samuele, la quinta elementare, a raccontare la storia di mio padre in guerra: i bambini mi hanno fatto mille domande, soprattutto su quando si è salvato per un pelo sotto i bombardamenti di Foggia e su come si faceva a vivere con la morte che girava ogni giorno per le strade. Una bambina mi ha chiesto se da piccola avevo paura di morire anch'io, e le ho detto di sì, che è normale, e che poi passa. Mi sono sentita utile, cosa che non mi capitava da quando sono andata in pensione.\nMercoledì gruppo di lettura: stiamo leggendo Il Gattopardo, e la morte del principe mi ha commossa come la prima volta, a diciassette anni. Le altre signore dicono che piango sempre, ed è vero, ma sono lacrime buone.\nLe comunico anche che, come d'accordo con il dottor Mele, da dieci giorni ho smesso le gocce per dormire e dormo lo stesso, sei ore filate. Il medico è contento e io pure.\nUn'ultima cosa pratica: la segreteria mi ha mandato la fattura di novembre con l'indirizzo vecchio, via Taranto invece di viale Lo Re. Me la può far correggere? Serve per la dichiarazione.\nCon stima,\nImmacolata Greco",
    "none",
    "",
    "medication information psychotherapy",
    ch="email",
    at="11-23 11:45",
    who="Immacolata|I.G.|Greco",
    note="long report: war story, a novel's death scene, sleeping drops stopped by agreement with the doctor: no cue of the sender",
)
