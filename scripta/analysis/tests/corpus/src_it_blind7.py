# Blind round 7 (Italian; written 2026-11-26 by an author who never saw the engine nor rounds 2-6), measured once
# with engine 2026.11.11 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional Italian messages, written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants

# self-harm urge
M(
    "Stasera ho di nuovo una voglia fortissima di tagliarmi. Ho chiuso la porta del bagno e sto cercando di resistere, ma non riesco a pensare ad altro. Giada",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-12 23:40",
    who="Giada|G.",
    g="b7it-sh-01",
    v="base",
)
M(
    "Stasera non ho nessuna voglia di tagliarmi. Ho chiuso la porta del bagno solo per farmi un bagno caldo e riesco a pensare ad altro. Giada",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-12 23:40",
    who="Giada|G.",
    g="b7it-sh-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "Stasera ripensavo a quando, al liceo, avevo sempre una voglia fortissima di tagliarmi e mi chiudevo in bagno per resistere. Ne abbiamo parlato tanto, adesso riesco a pensare ad altro. Giada",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-12 23:40",
    who="Giada|G.",
    g="b7it-sh-01",
    v="tense",
    note="historic self-harm, discussed in therapy -> low",
)
M(
    "Stasera ho di nuovo una voglia fortissima di tagliarmi 😢 Ho chiuso la porta del bagno e sto cercando di resistere, ma non riesco a pensare ad altro 😢 Giada",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-12 23:40",
    who="Giada|G.",
    g="b7it-sh-01",
    v="emoticon",
)

# passive ideation, euphemistic
M(
    "Certe sere vorrei addormentarmi e basta, senza sveglia e senza domani. Non so nemmeno perché glielo scrivo qui, forse perché a voce non ci riesco. Ornella",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-29 22:10",
    who="Ornella|O.",
    g="b7it-si-01",
    v="base",
    note="passive wish not to wake up",
)
M(
    "Al laboratorio di scrittura abbiamo letto una poesia che finisce così: «certe sere vorrei addormentarmi e basta, senza sveglia e senza domani». Mi è piaciuta tanto, gliela porto giovedì. Ornella",
    "none",
    "",
    "information",
    "portal",
    "10-29 22:10",
    who="Ornella|O.",
    g="b7it-si-01",
    v="quotation",
    note="quoted poem -> none",
)
M(
    "Mia sorella ieri mi ha confessato che certe sere vorrebbe addormentarsi e basta, senza sveglia e senza domani. Non so come starle vicino e ci sto male. Ornella",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-29 22:10",
    who="Ornella|O.",
    g="b7it-si-01",
    v="person",
    note="sister's ideation: someone else's experience -> low",
)
M(
    "Una domanda: se certe sere mi venisse da pensare che vorrei addormentarmi e basta, senza sveglia e senza domani, a chi dovrei rivolgermi di notte? Per ora non mi capita, ma preferisco saperlo. Ornella",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-29 22:10",
    who="Ornella|O.",
    g="b7it-si-01",
    v="negation",
    note="hypothetical question -> low",
)

# overdose taken
M(
    "ho preso tutte le gocce che avevo, la boccetta intera. mi gira tutto. scusami",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "12-03 02:17",
    who="Paola|P.",
    g="b7it-od-01",
    v="base",
    note="overdose taken -> imminent",
)
M(
    "ho preso tutte le gocce che avevo, la boccetta intera me la porto in montagna così non resto senza. ci vediamo al rientro",
    "none",
    "",
    "medication information",
    "sms",
    "12-03 02:17",
    who="Paola|P.",
    g="b7it-od-01",
    v="idiom",
    note="packing the medicine for a trip",
)
M(
    "HO PRESO TUTTE LE GOCCE CHE AVEVO, LA BOCCETTA INTERA. MI GIRA TUTTO. SCUSAMI",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "12-03 02:17",
    who="Paola|P.",
    g="b7it-od-01",
    v="caps",
)

# plan with place and time
M(
    "Ho deciso. Domattina presto vado al ponte della ferrovia, quello dietro casa di mia madre. Volevo solo ringraziarla per tutto quello che ha fatto per me. Stefano",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-17 23:55",
    who="Stefano|S.",
    g="b7it-plan-01",
    v="base",
    note="decision + place + time + thanks: plan and farewell",
)
M(
    "Non ho deciso niente e domattina al ponte della ferrovia, quello dietro casa di mia madre, non ci vado. Volevo solo ringraziarla per tutto quello che ha fatto per me. Stefano",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-17 23:55",
    who="Stefano|S.",
    g="b7it-plan-01",
    v="negation",
    note="negated plan -> low",
)
M(
    "Ripensavo a quello che le ho raccontato martedì: tre anni fa avevo deciso, sarei andato al ponte della ferrovia dietro casa di mia madre. Volevo solo ringraziarla per tutto quello che ha fatto per me. Stefano",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-17 23:55",
    who="Stefano|S.",
    g="b7it-plan-01",
    v="tense",
    note="past plan, discussed in therapy -> low",
)
M(
    "Mio fratello stanotte mi ha scritto che ha deciso, che domattina presto va al ponte della ferrovia dietro casa di nostra madre. Ho chiamato il 112 e adesso siamo al pronto soccorso con lui. Stefano",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-17 23:55",
    who="Stefano|S.",
    g="b7it-plan-01",
    v="person",
    note="brother's plan (not the patient) -> low",
)

# can't take it any more
M(
    "Non ce la faccio più con questa situazione, tutti i giorni uguali e non vedo come possa cambiare qualcosa.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-09 19:20",
    who="Ilaria|Ila",
    g="b7it-hope-01",
    v="base",
)
M(
    "Non ce la faccio più dal ridere, il video del gatto che mi ha mandato mia cugina è fantastico 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "02-09 19:20",
    who="Ilaria|Ila",
    g="b7it-hope-01",
    v="idiom",
)
M(
    "Stavolta non le scrivo che non ce la faccio più: la situazione è pesante, ma vedo che qualcosa può cambiare.",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "02-09 19:20",
    who="Ilaria|Ila",
    g="b7it-hope-01",
    v="negation",
    note="negated moderate cue -> none",
)
M(
    "Non ce la faccio più con questa situazione, tutti i giorni uguali e non vedo come possa cambiare qualcosa 🙂",
    "moderate",
    "hopelessness valence_shift",
    "psychotherapy",
    "whatsapp",
    "02-09 19:20",
    who="Ilaria|Ila",
    g="b7it-hope-01",
    v="emoticon",
)

# not leaving home
M(
    "Sono tre giorni che non esco di casa e ho spento il telefono a tutti, l'ho riacceso solo per scriverle. Giovedì non vengo, non ci riesco. Marta",
    "moderate",
    "withdrawal",
    "cancellation psychotherapy",
    "portal",
    "03-04 10:05",
    who="Marta|M.",
    g="b7it-bed-01",
    v="base",
)
M(
    "Mio marito sono tre giorni che non esce di casa e ha spento il telefono a tutti, lo riaccende solo per il lavoro. Non so più come prenderlo. Marta",
    "low",
    "",
    "psychotherapy",
    "portal",
    "03-04 10:05",
    who="Marta|M.",
    g="b7it-bed-01",
    v="person",
    note="husband's withdrawal: someone else's -> low",
)
M(
    "L'inverno scorso passavo giorni senza uscire di casa e spegnevo il telefono a tutti. Oggi sono andata al mercato e ho chiamato mia madre: volevo che lo sapesse. Marta",
    "low",
    "",
    "information psychotherapy",
    "portal",
    "03-04 10:05",
    who="Marta|M.",
    g="b7it-bed-01",
    v="tense",
    note="past withdrawal -> low",
)

# burdensomeness
M(
    "Ogni tanto penso che starebbero tutti meglio senza di me. Non lo dico per farmi compatire, lo penso e basta. L.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-22 21:47",
    who="Luca|L.",
    g="b7it-burden-01",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Ieri sera ho visto un film dove il protagonista ripeteva «starebbero tutti meglio senza di me». Bellissimo, glielo consiglio. L.",
    "none",
    "",
    "information",
    "sms",
    "05-22 21:47",
    who="Luca|L.",
    g="b7it-burden-01",
    v="quotation",
)
M(
    "Non penso più che starebbero tutti meglio senza di me. Non lo dico per farle piacere, è così. L.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-22 21:47",
    who="Luca|L.",
    g="b7it-burden-01",
    v="negation",
    note="negated high cue -> low",
)

# stockpiling pills
M(
    "Gentile dottoressa,\nda un mese metto da parte le pastiglie che mi prescrive il dottor Neri invece di prenderle. Adesso ne ho abbastanza. Non si preoccupi di richiamarmi, ho deciso con calma.\nFederica",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "email",
    "06-10 16:30",
    who="Federica|Federica Costa|F.C.",
    g="b7it-pills-01",
    v="base",
    note="means gathered + decision",
)
M(
    "Gentile dottoressa,\nda un mese metto da parte le pastiglie che mi prescrive il dottor Neri per il viaggio in Giappone. Adesso ne ho abbastanza per tre settimane. Non si preoccupi, il dottore è d'accordo.\nFederica",
    "none",
    "",
    "medication information",
    "email",
    "06-10 16:30",
    who="Federica|Federica Costa|F.C.",
    g="b7it-pills-01",
    v="idiom",
    note="stocking medicine for a holiday",
)
M(
    "Gentile dottoressa,\nripensavo alla seduta di ieri, a quando anni fa mettevo da parte le pastiglie invece di prenderle. Adesso le prendo tutte le sere come mi ha detto il dottor Neri e basta.\nFederica",
    "low",
    "",
    "medication psychotherapy",
    "email",
    "06-10 16:30",
    who="Federica|Federica Costa|F.C.",
    g="b7it-pills-01",
    v="tense",
    note="past stockpiling, discussed in therapy -> low",
)

# drinking to cope
M(
    "Ieri sera mi sono finito una bottiglia di vino da solo per non pensare. Stasera pure, credo. Andrea",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "09-14 09:12",
    who="Andrea|A.",
    g="b7it-alcohol-01",
    v="base",
)
M(
    "Ieri sera non mi sono finito la bottiglia di vino per non pensare, sono uscito a correre. Prima volta da un mese. Andrea",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "09-14 09:12",
    who="Andrea|A.",
    g="b7it-alcohol-01",
    v="negation",
    note="negated moderate cue -> none",
)
M(
    "Mio padre ieri sera si è finito una bottiglia di vino da solo per non pensare. Stasera pure, credo. Mi fa paura quando fa così. Andrea",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-14 09:12",
    who="Andrea|A.",
    g="b7it-alcohol-01",
    v="person",
)
M(
    "IERI SERA MI SONO FINITO UNA BOTTIGLIA DI VINO DA SOLO PER NON PENSARE. STASERA PURE, CREDO. Andrea",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "09-14 09:12",
    who="Andrea|A.",
    g="b7it-alcohol-01",
    v="caps",
)

# parent reports the patient's self-harm
M(
    "Buongiorno dottoressa,\nsono la mamma di Chiara. Ieri sera ho visto dei tagli sulle cosce di Chiara e lei ha ammesso che se li fa da un paio di settimane, con il temperino. Sono sconvolta. Possiamo anticipare l'appuntamento? Anche una telefonata prima, se può.\nElena Rossi",
    "high",
    "self_harm support_request",
    "cancellation psychotherapy",
    "email",
    "04-08 07:45",
    who="Elena|Elena Rossi|Rossi",
    g="b7it-parent-01",
    v="base",
    note="parent reports the patient; asks to move the appointment earlier",
)
M(
    "Buongiorno dottoressa,\nsono la mamma di Chiara. Ieri sera Chiara mi ha raccontato che una sua compagna si fa dei tagli sulle cosce da un paio di settimane, con il temperino. È molto scossa. Ne parliamo martedì all'appuntamento?\nElena Rossi",
    "low",
    "",
    "psychotherapy",
    "email",
    "04-08 07:45",
    who="Elena|Elena Rossi|Rossi",
    g="b7it-parent-01",
    v="person",
    note="a classmate's self-harm -> low",
)

# farewell
M(
    "Dottore, grazie di tutto, davvero. Lei è l'unico che ci ha provato fino in fondo. Da domani non dovrà più preoccuparsi per me. Ciao. R.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-02 23:12",
    who="Riccardo|R.",
    g="b7it-farewell-01",
    v="base",
    note="farewell in a context of risk, late at night",
)
M(
    "Dottore, grazie di tutto, davvero. Lei è l'unico che ci ha provato fino in fondo. Da domani non dovrà più preoccuparsi per me: parto per Lisbona con l'Erasmus! Ciao. R.",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "07-02 23:12",
    who="Riccardo|R.",
    g="b7it-farewell-01",
    v="idiom",
    note="goodbye before leaving for a study year",
)

# Neapolitan: balcony
M(
    "Dotto' nun ce la faccio cchiù. Stanotte stevo 'ncopp' 'o balcone e penzavo 'e me jettà abbascio. Po' so' trasuto, ma nun aggio durmuto.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "08-19 03:30",
    who="Gennaro|Genny",
    g="b7it-napoli-01",
    v="base",
    note="Neapolitan: thinking of throwing himself off the balcony (method)",
)
M(
    "Dotto', nun ve preoccupate: stanotte 'ncopp' 'o balcone nun penzavo 'e me jettà abbascio, stevo sulo a fumà. Po' so' trasuto e aggio durmuto.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-19 03:30",
    who="Gennaro|Genny",
    g="b7it-napoli-01",
    v="negation",
    note="negated method thought -> low",
)

# imagining own funeral
M(
    "Mi capita sempre più spesso di immaginare il mio funerale: chi verrebbe, chi piangerebbe, cosa direbbero. E invece di stare male mi sento sollevata. Bea",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-05 18:40",
    who="Beatrice|Bea",
    g="b7it-funeral-01",
    v="base",
)
M(
    "Sto leggendo un romanzo in cui la protagonista immagina il suo funerale: chi verrebbe, chi piangerebbe, cosa direbbero. E invece di stare male si sente sollevata. Scritto benissimo, glielo presto. Bea",
    "none",
    "",
    "information",
    "portal",
    "10-05 18:40",
    who="Beatrice|Bea",
    g="b7it-funeral-01",
    v="quotation",
    note="a novel's character",
)

# SMS style
M(
    "nn ne posso + di sta vita... vorrei solo nn esserci + ...",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "11-30 00:48",
    who="Nicole|Nico",
    g="b7it-sms-01",
    v="base",
    note="'vorrei non esserci più' = wish to be dead",
)
M(
    "nn ne posso + di sta vita 😂😂 vorrei solo nn esserci + 😂",
    "high",
    "suicidal_ideation hopelessness valence_shift",
    "psychotherapy",
    "sms",
    "11-30 00:48",
    who="Nicole|Nico",
    g="b7it-sms-01",
    v="emoticon",
)
M(
    "nn ne posso + di sta pioggia... vorrei solo nn esserci + in ufficio e stare al caldo sul divano...",
    "none",
    "",
    "",
    "sms",
    "11-30 00:48",
    who="Nicole|Nico",
    g="b7it-sms-01",
    v="idiom",
    note="irritation at rain and work",
)

# method research
M(
    "Ieri notte ho cercato su internet quante compresse di paracetamolo servono. Non ho fatto niente, non so nemmeno perché glielo scrivo. Veronica",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "01-26 14:05",
    who="Veronica|V.",
    g="b7it-method-01",
    v="base",
    note="researching a method; nothing done",
)
M(
    "La mia coinquilina ieri notte ha cercato su internet quante compresse di paracetamolo servono, ho visto la cronologia sul portatile che usiamo insieme. Non so cosa fare. Veronica",
    "low",
    "",
    "psychotherapy",
    "portal",
    "01-26 14:05",
    who="Veronica|V.",
    g="b7it-method-01",
    v="person",
)

# scissors in hand
M(
    "dottoressa mi risponda subito, ho in mano le forbici e non riesco a smettere di pensare a tagliarmi",
    "high",
    "self_harm urgency support_request",
    "psychotherapy",
    "whatsapp",
    "02-14 22:37",
    who="Sara|S.",
    g="b7it-caps-01",
    v="base",
)
M(
    "DOTTORESSA MI RISPONDA SUBITO, HO IN MANO LE FORBICI E NON RIESCO A SMETTERE DI PENSARE A TAGLIARMI",
    "high",
    "self_harm urgency support_request",
    "psychotherapy",
    "whatsapp",
    "02-14 22:37",
    who="Sara|S.",
    g="b7it-caps-01",
    v="caps",
)

# sleep and not wake up
M(
    "Vorrei dormire e non svegliarmi più. Almeno smetterei di pensare a tutto. Tom",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-21 01:15",
    who="Tommaso|Tom",
    g="b7it-sleep-01",
    v="base",
)
M(
    "Vorrei dormire e non svegliarmi più fino a lunedì: tre consegne, il trasloco e la suocera in arrivo. Tom",
    "none",
    "",
    "information",
    "whatsapp",
    "03-21 01:15",
    who="Tommaso|Tom",
    g="b7it-sleep-01",
    v="idiom",
    note="busy week told as a fact",
)
M(
    "Stanotte ripensavo a quando, a vent'anni, volevo dormire e non svegliarmi più. Ne abbiamo parlato tanto in questi mesi, ora lo ricordo senza angoscia. Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-21 01:15",
    who="Tommaso|Tom",
    g="b7it-sleep-01",
    v="tense",
)

# "stasera la chiudo"
M(
    "Stasera la chiudo. Ho tutto pronto, le pillole sono sul comodino e la lettera per mia figlia è nella borsa. Perdonatemi.",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "06-27 22:50",
    who="Simona|Simo",
    g="b7it-chiudo-01",
    v="base",
    note="plan with means ready and a farewell letter",
)
M(
    "Stasera la chiudo con Davide. Ho tutto pronto, le sue cose sono negli scatoloni e la lettera per lui è nella borsa. Finalmente.",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-27 22:50",
    who="Simona|Simo",
    g="b7it-chiudo-01",
    v="idiom",
    note="ending a relationship",
)

# ---------------------------------------------------------------- imminent

M(
    "Cara dottoressa,\n\nle scrivo da casa, dopo una giornata lunghissima a scuola. Le verifiche della 3B sono ancora tutte sulla scrivania da correggere e la preside ci ha chiesto di preparare la recita di Natale entro venerdì, come se non avessimo abbastanza da fare. Le racconto queste cose perché in seduta dice sempre che parlo solo degli altri, e forse ha ragione.\n\nIn questi giorni sono stata molto ordinata. Ho scritto una lettera per ciascuno dei miei figli e le ho chiuse nel cassetto della scrivania, con le istruzioni per la banca e le password. Sabato Paolo porta i ragazzi dai suoi genitori a Parma e io resto sola a casa: ho già tutto quello che serve, l'ho preso un po' alla volta in farmacia. Non glielo scrivo per farmi fermare, glielo scrivo perché è giusto che lei lo sappia da me e non da altri.\n\nPer il resto, mia madre sta meglio dopo l'operazione all'anca, ha ricominciato a camminare con il deambulatore e mi chiama tre volte al giorno per lamentarsi dell'ospedale. Mi fa quasi ridere. Il cane invece ha di nuovo l'otite, il veterinario dice che è il clima. Ieri sono passata davanti al bar dove facevamo colazione prima delle sedute, quando venivo in centro con il treno delle sette: hanno cambiato le sedie, adesso sono di plastica arancione.\n\nLa ringrazio per questi due anni, davvero. Non è colpa sua.\n\nLaura",
    "imminent",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "12-12 21:05",
    who="Laura|L.M.",
    note="plan (Saturday, alone, means gathered, letters to children) in the middle of a news e-mail",
)
M(
    "Dottore sono il papà di Tommaso. Tommaso ci ha appena detto che ha preso apposta una scatola intera delle pillole per la pressione della nonna. Siamo in macchina verso il pronto soccorso. La prego mi chiami appena legge. Gianni Ferraro",
    "imminent",
    "self_harm suicidal_ideation support_request urgency",
    "medication psychotherapy",
    "sms",
    "09-27 22:48",
    who="Gianni|Gianni Ferraro|Ferraro",
    note="parent reports the patient's overdose",
)
M(
    "Ho sistemato un po' di cose oggi: bollette pagate fino a marzo, il gatto da domenica lo tiene mia sorella, le chiavi le ho lasciate alla signora del piano di sotto. Domenica sera non sarò più un peso per nessuno. Grazie per la pazienza, Cri",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-08 20:30",
    who="Cristina|Cri",
    note="preparations that look like errands + time + burdensomeness",
)
M(
    "ho la corda in macchina. stanotte vado al capannone di mio zio. nn chiamate nessuno",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-05 00:20",
    who="Kevin|K.",
)
M(
    "ho bevuto mezza bottiglia di grappa e mi sono preso tutte le benzodiazepine che avevo nel cassetto. volevo solo dirle grazie. è stata brava",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "whatsapp",
    "04-19 03:05",
    who="Davide|Dave",
    note="overdose taken with alcohol",
)
M(
    "Egregio dottore,\nle scrivo per comunicarle con serenità che ho preso la mia decisione. Il fucile da caccia di mio padre è ancora in cantina e sabato, dopo il compleanno di mia nipote, avrò finito tutto quello che dovevo fare. Non mi telefoni, la prego: ho 81 anni e ho il diritto di decidere. La ringrazio per la gentilezza di questi mesi.\nAldo Ferri",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "05-03 10:15",
    who="Aldo|Aldo Ferri|Ferri",
    note="decision + method + time, calm formal tone",
)
M(
    "mi sono tagliata troppo a fondo e non smette di sanguinare, ho già usato tre asciugamani… rispondimi subito ti prego che faccio",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "08-08 01:40",
    who="Martina|Marti",
    note="self-harm with medical danger",
)
M(
    "ciao dottoressa, volevo dirle che domani non vengo. né domani né mai. ho già deciso come, stanotte quando dormono tutti. grazie per averci provato ❤️ auri",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "whatsapp",
    "03-10 23:26",
    who="Aurora|Auri",
    note="the heart goes with the thanks: no valence shift",
)
M(
    "Ho deciso che la faccio finita. Non so ancora come, ma questa volta ho deciso davvero e mi sento stranamente tranquilla. Giorgia",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "07-21 17:55",
    who="Giorgia|G.",
    note="intent",
)
M(
    "Dotor, go deciso. Stanote vado in laguna co' la barca e no torno pì. Grassie de tuto, xe sta bravo. Bepi",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-18 23:58",
    who="Bepi|Giuseppe",
    note="Venetian: decision, tonight, not coming back, thanks",
)
M(
    "Volevo disdire tutti gli appuntamenti che abbiamo fissato. Non serviranno più: mezz'ora fa ho preso le pastiglie, tutte quelle della scatola nuova. Adesso sono tranquilla. Rita",
    "imminent",
    "self_harm suicidal_ideation",
    "cancellation medication psychotherapy",
    "portal",
    "02-22 15:30",
    who="Rita|R.M.",
    note="overdose taken, told as a cancellation",
)

# ---------------------------------------------------------------- high

M(
    "Ieri sera mi sono bruciata il polso con l'accendino. Non è niente di grave, l'ho medicato da sola. Per favore non lo dica a mia madre. Sofia",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "06-05 16:20",
    who="Sofia|Sofi",
)
M(
    "Buonasera dottore,\n\nle scrivo perché giovedì in seduta non sono riuscito a dirle tutto, il tempo è sempre troppo poco e io ci metto mezz'ora solo a sciogliermi. La settimana al lavoro è stata la solita: il nuovo responsabile mi fa rifare ogni report due volte e io annuisco, come sempre. Ho provato a fare gli esercizi di respirazione che mi aveva dato, ma dopo due minuti sto già ripassando la lista delle cose da fare per il giorno dopo, quindi li ho lasciati perdere. Con Giulia le cose sono calme, forse troppo, parliamo solo di chi porta a spasso il cane e di cosa si mangia la sera.\n\nLa cosa che non le ho detto è questa: sempre più spesso, la sera in macchina tornando a casa, penso che sarebbe tutto più semplice se non ci fossi più. Non è un piano, non ho fatto niente e non so se farei mai niente, ma il pensiero torna ogni sera, sullo stesso rettilineo della tangenziale, e ormai quasi lo aspetto. Mi sento solo anche quando sono in mezzo agli altri.\n\nPoi ci sono anche le cose belle, glielo dico perché lei me lo chiede sempre: domenica sono andato a vedere mio nipote giocare a basket e ha segnato due canestri, era felicissimo. Ho anche ricominciato a leggere, un libro di montagna che mi aveva consigliato mio fratello.\n\nNon so se è il caso di sentirci prima di giovedì. Decida lei.\n\nMichele",
    "high",
    "suicidal_ideation loneliness support_request",
    "information psychotherapy",
    "email",
    "11-16 22:40",
    who="Michele|M.B.",
    note="passive ideation in the middle of a long e-mail; tentative request for contact",
)
M(
    "Oggi sono andata dal notaio e ho fatto testamento. Ho 34 anni. Non sto progettando niente, stia tranquilla, ma da quando l'ho firmato mi sento più leggera e questa cosa mi spaventa un po'. Vale",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "09-03 12:10",
    who="Valentina|Vale",
    note="preparation (will); the negated plan does not lower it",
)
M(
    "Buonasera dottore, sono il papà di Nicolò. Stasera a cena Nicolò ha detto tranquillo che tanto tra poco non ci sarà più e che non dobbiamo preoccuparci. Poi si è chiuso in camera. Mia moglie e io non sappiamo cosa fare. Possiamo sentirci domani mattina presto? Massimo Greco",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "whatsapp",
    "01-29 22:05",
    who="Massimo|Massimo Greco|Greco",
    note="parent reports the patient",
)
M(
    "Che senso ha essere viva se ogni mattina è la stessa fatica per arrivare a sera? Non è una domanda retorica, me lo chiedo davvero. Noemi",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "04-27 07:10",
    who="Noemi|N.",
)

# ---------------------------------------------------------------- moderate

M(
    "Oggi non mi sono alzato dal letto, nemmeno per mangiare. Ho guardato il soffitto fino adesso. Domani ci riprovo. Fede",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "02-02 18:30",
    who="Federico|Fede",
)
M(
    "Gentile dottoressa,\nho paura di non farcela stavolta. L'esame di stato tra tre settimane, mio padre di nuovo in ospedale, la casa da lasciare entro fine mese: tutto insieme. Non riesco a vedere come ne esco.\nLorenzo P.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "06-14 23:20",
    who="Lorenzo|Lorenzo P.",
)
M(
    "sono chiusa nel bagno dell'ufficio, attacco di panico fortissimo, non respiro e il cuore va a mille, non riesco a uscire. mi scriva qualcosa subito la prego",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "10-09 11:42",
    who="Silvia|Silvi",
    note="overwhelming panic",
)
M(
    "Volevo essere onesto con lei: sto fumando canne tutte le sere per riuscire a dormire, e da una settimana anche la mattina prima di andare in cantiere. Ale",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-30 21:00",
    who="Alessio|Ale",
)
M(
    "Gentile dottoressa,\n\nmi scusi per la lunghezza, ma se non scrivo tutto adesso non lo scrivo più. Questa settimana è stata la peggiore da quando è iniziata la separazione. L'avvocato di Stefano ha mandato l'ennesima lettera, stavolta sulla casa al mare, e io ho passato due sere a cercare documenti che non trovo. Ho dovuto chiedere due giorni di permesso e la mia responsabile mi ha guardata come se le avessi chiesto un rene. Al lavoro mi hanno spostata al turno del pomeriggio, quindi i bambini li prende mia madre, che però ha settantacinque anni e la sera è distrutta anche lei.\n\nMartina ha ricominciato a bagnare il letto, il pediatra dice che è lo stress e che passerà. Edoardo invece non mi parla, risponde a monosillabi e sta sempre col telefono. Io faccio la spesa, le lavatrici, i compiti, le udienze, e la notte dormo quattro ore. Ieri sera ho bruciato la pasta e mi sono messa a piangere davanti ai fornelli, per una pentola di pasta.\n\nSono allo stremo, dottoressa. Non ce la faccio più a tenere insieme tutto e ogni volta che penso di aver finito arriva qualcos'altro. Non vedo una fine.\n\nGiovedì ci sono, ovviamente, anche se dovrò portarmi Martina perché mia madre ha la visita. Spero non sia un problema, starà buona in sala d'attesa con i colori.\n\nUn saluto,\nMonica",
    "moderate",
    "hopelessness apology",
    "information psychotherapy",
    "email",
    "03-29 22:30",
    who="Monica|M.R.",
)
M(
    "ma che senso ha. tanto nn cambia niente, mai",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "12-20 23:50",
    who="Jacopo|Jack",
)
M(
    "Mi scusi se disdico all'ultimo momento, ma da venerdì non esco di casa e oggi non riesco ad affrontare il tram e la gente. Giorgio",
    "moderate",
    "withdrawal apology",
    "cancellation psychotherapy",
    "portal",
    "11-23 08:15",
    who="Giorgio|G.B.",
)
M(
    "Ieri sera ho preso due Xanax in più di quelli che mi ha detto lo psichiatra. Non per farmi del male, solo per staccare la testa. Lo so che non dovevo. Fra",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "07-07 08:40",
    who="Francesca|Fra",
    note="sedatives beyond prescription to cope; the negated self-harm is only low",
)
M(
    "Gentile dottoressa,\nda quando è mancato Franco nessuno viene più a trovarmi, nemmeno i figli, che hanno i loro impegni. Le giornate non passano mai e ormai non c'è più niente che mi aspetti. Alla mia età non cambierà più niente.\nCordiali saluti,\nAdele Marchi",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "email",
    "01-11 17:20",
    who="Adele|Adele Marchi|Marchi",
)
M(
    "tutto benissimo eh, sono due giorni che non mi alzo dal letto e non rispondo a nessuno 🙂🙂",
    "moderate",
    "withdrawal valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-11 15:45",
    who="Camilla|Cami",
)
M(
    "Buonasera, sono Lucia, la mamma di Pietro. Pietro da lunedì non va a scuola, resta chiuso in camera tutto il giorno e non mangia più con noi. Dice che tanto non serve a niente. Possiamo sentirci?",
    "moderate",
    "withdrawal hopelessness support_request",
    "psychotherapy",
    "whatsapp",
    "10-22 20:10",
    who="Lucia|Lucia Mancini",
    note="parent reports the patient",
)
M(
    "Terzo spritz e sono solo le sei. Non reggo più la tensione in ufficio, bevo per non pensarci e lo so che non va bene. Robi",
    "moderate",
    "substance_use hopelessness",
    "psychotherapy",
    "whatsapp",
    "04-14 18:05",
    who="Roberta|Robi",
)
M(
    "non so... non ce la faccio più... davvero... è tutto troppo...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "09-09 23:35",
    who="Eleonora|Ele",
)
M(
    "Stamattina ho chiamato in ufficio dicendo che avevo la febbre, ma non è vero: non riesco proprio ad affrontare la giornata. Sono le quattro e sono ancora in pigiama, con le tapparelle giù. Enrico",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "12-15 16:05",
    who="Enrico|E.",
)

# ---------------------------------------------------------------- low

M(
    "Mi sento molto sola stasera. Non è successo niente di particolare, mi manca solo qualcuno con cui parlare. Buonanotte. Irene",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "11-02 23:30",
    who="Irene|Ire",
)
M(
    "Possiamo fare una chiamata breve prima di giovedì? Ho bisogno di parlare di quello che è successo con mio padre domenica. Niente di urgente. Matteo",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "03-17 13:00",
    who="Matteo|Teo",
)
M(
    "Giornata grigia, mi sento giù senza un motivo preciso. Volevo solo scriverglielo 😔",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-25 17:40",
    who="Pamela|Pam",
)
M(
    "Una mia amica stanotte ha scritto nel gruppo che vuole farla finita e poi è sparita. I suoi genitori sono con lei adesso, ma io non riesco a dormire. Samu",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-30 00:30",
    who="Samuele|Samu",
    note="a friend's crisis -> low",
)
M(
    "Gentile dottoressa,\noggi era l'anniversario della morte del nonno, che si è tolto la vita nel 1987, quando io non ero ancora nato. Siamo andati al cimitero tutti insieme e poi a pranzo dalla zia. È stato strano ma bello, per la prima volta mio padre ne ha parlato. Ne parleremo lunedì.\nClaudio V.",
    "low",
    "",
    "information psychotherapy",
    "email",
    "09-20 19:30",
    who="Claudio|Claudio V.",
    note="someone else's past suicide -> low",
)

# ---------------------------------------------------------------- none

M(
    "Buongiorno dottoressa,\npurtroppo devo disdire l'appuntamento di mercoledì per una visita di mia figlia. Mi scusi per il poco preavviso. Possiamo spostarlo alla settimana successiva?\nCarla Bianchi",
    "none",
    "apology",
    "cancellation",
    "email",
    "10-13 08:05",
    who="Carla|Carla Bianchi|Bianchi",
)
M(
    "Salve, mi potrebbe mandare la fattura di ottobre? Serve per il 730. Grazie, Roberto",
    "none",
    "",
    "information",
    "sms",
    "01-08 10:30",
    who="Roberto|Rob",
)
M(
    "Lo psichiatra mi ha portato la sertralina a 100 mg. È normale avere un po' di nausea la mattina? Ne parliamo anche giovedì. Anna",
    "none",
    "",
    "medication",
    "portal",
    "06-18 09:20",
    who="Anna|A.",
)
M(
    "Mi sto ammazzando di lavoro questa settimana, tre scadenze e la fiera a Bologna 😩 Martedì comunque ci sono. Fabio",
    "none",
    "",
    "information",
    "whatsapp",
    "11-19 13:15",
    who="Fabio|F.",
    note="idiom; busy week told as a fact",
)
M(
    "Sono stanca morta ma felicissima: ho finito la mezza maratona di Firenze!! 🎉 Elisa",
    "none",
    "",
    "information",
    "whatsapp",
    "04-12 14:00",
    who="Elisa|Eli",
)
M(
    "Sto morendo dal ridere: Leo ha imparato a dire «dottoressa» e adesso chiama così anche il cane 😂 Grazie ancora per l'altro giorno. Valeria",
    "none",
    "",
    "information",
    "whatsapp",
    "07-15 19:50",
    who="Valeria|V.",
)
M(
    "Buongiorno dottore,\n\nle scrivo come d'accordo per ricordarle le date di agosto. Ho preparato tutto con un mese di anticipo, cosa che per me è già un piccolo miracolo, come direbbe lei: biglietti del traghetto stampati, valigia quasi fatta, le chiavi di casa le ho lasciate alla vicina che bagnerà le piante e il gatto lo tiene mia sorella fino al ventisei. In ufficio ho salutato tutti venerdì, con tanto di torta, e ho impostato la risposta automatica: per tre settimane non sarò raggiungibile, e stavolta non controllerò la posta la sera.\n\nAndiamo prima in Sardegna, a Cala Gonone, poi qualche giorno da mio cugino a Cagliari, che non vedo da anni. Ho anche comprato una guida dei sentieri, vediamo se le mie ginocchia sono d'accordo.\n\nQuindi salto le due sedute del 5 e del 19 agosto. Ci vediamo il 2 settembre alla solita ora, se per lei va ancora bene. Se nel frattempo mi capita di pensare alle cose di cui abbiamo parlato, le scrivo su un quaderno e gliele porto.\n\nLe auguro buone vacanze anche a lei.\n\nDaniele",
    "none",
    "",
    "cancellation information",
    "email",
    "07-25 11:00",
    who="Daniele|D.S.",
    note="holiday preparations (keys, cat, goodbyes) that are not a farewell",
)
M(
    "Il link per la seduta online di domani è lo stesso della volta scorsa? Grazie. M.",
    "none",
    "",
    "information",
    "portal",
    "02-11 17:05",
    who="Michela|M.",
)
M(
    "È andato tutto bene al colloquio! Mi hanno presa 😊 Non vedevo l'ora di dirglielo. Giulia",
    "none",
    "",
    "information",
    "whatsapp",
    "05-06 12:30",
    who="Giulia|Giuli",
)
M(
    "la verifica di mate di oggi era una roba che ti uccide 💀 cmq giovedì ci sono. marco",
    "none",
    "",
    "information",
    "whatsapp",
    "03-03 16:20",
    who="Marco|Marchino",
    note="idiom",
)
M(
    "Buonasera dottoressa,\ncome mi aveva suggerito, ho guardato con mia figlia la serie sul ragazzo che si toglie la vita, quella di cui parlano tutti a scuola. Dopo ne abbiamo parlato a lungo in cucina, è stato un bel momento tra noi due. Glielo racconto meglio venerdì.\nLudovica T.",
    "none",
    "",
    "information psychotherapy",
    "email",
    "12-01 21:10",
    who="Ludovica|Ludovica T.",
    note="a TV series' plot: mention, not a cue",
)
M(
    "Ok perfetto, a giovedì alle 18.",
    "none",
    "",
    "",
    "sms",
    "10-01 18:02",
    who="Sergio|S.",
    note="bare acknowledgement",
)
M(
    "Se durante le vacanze mi sentissi giù, posso scriverle o è meglio aspettare gennaio? Chiedo solo per organizzarmi. Tiziana",
    "none",
    "",
    "information",
    "portal",
    "12-18 10:40",
    who="Tiziana|T.",
    note="hypothetical low cue -> none",
)
