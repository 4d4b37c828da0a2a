# Blind round 8 (Italian; written 2026-11-26 by an author who never saw the engine nor rounds 2-7), measured once
# with engine 2026.11.12 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Soprannome",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate

# b8it-01: pensiero di metodo di passaggio (semaforo)
M(
    "stamattina al semaforo di viale Marconi ho pensato che se nn frenavo finiva tutto. poi ho frenato. nn so xké glielo scrivo",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="10-07 08:12",
    who="Davide|D.",
    g="b8it-01",
    v="base",
    note="passing method thought (not braking at a red light)",
)
M(
    "se mai al semaforo di viale Marconi mi venisse da pensare di nn frenare, a chi devo scrivere? chiedo prima, adesso sto bene. nn so xké glielo scrivo",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="10-07 08:12",
    who="Davide|D.",
    g="b8it-01",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "stamattina al semaforo di viale Marconi ho pensato che se nn frenavo finiva tutto: il rosso l'ho visto all'ultimo e c'era la vigile, addio patente 😅 poi ho frenato. nn so xké glielo scrivo",
    "none",
    top="information",
    ch="whatsapp",
    at="10-07 08:12",
    who="Davide|D.",
    g="b8it-01",
    v="idiom",
    note="'finiva tutto' / 'addio patente' about a traffic fine",
)

# b8it-02: desiderio passivo di non svegliarsi
M(
    "sera dottoressa. io ogni sera spero di nn svegliarmi la mattina. nn faccio niente eh, però lo spero. Marta",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-03 23:41",
    who="Marta",
    g="b8it-02",
    v="base",
    note="passive wish not to wake up; negated action does not lower it",
)
M(
    "sera dottoressa... io ogni sera spero di nn svegliarmi la mattina... nn faccio niente eh... però lo spero... Marta",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-03 23:41",
    who="Marta",
    g="b8it-02",
    v="emoticon",
    note="same words with ellipses",
)
M(
    "sera dottoressa. l'inverno scorso ogni sera speravo di nn svegliarmi la mattina, ne abbiamo parlato tanto. stasera ci ripensavo e mi sono accorta che nn lo spero più. Marta",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-03 23:41",
    who="Marta",
    g="b8it-02",
    v="tense",
    note="past, discussed in therapy -> low",
)
M(
    "sera dottoressa. nel libro che mi ha prestato mia zia la protagonista scrive «ogni sera spero di non svegliarmi la mattina». l'ho sottolineato, è scritto benissimo. Marta",
    "none",
    top="information",
    ch="sms",
    at="11-03 23:41",
    who="Marta",
    g="b8it-02",
    v="quotation",
    note="line from a novel",
)

# b8it-03: sentirsi un peso
M(
    "Mi sa che starebbero tutti più tranquilli se io non ci fossi. Mia madre, Chiara, pure lei che mi deve sopportare ogni martedì. Scusi.",
    "high",
    sig="apology suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="09-22 19:05",
    who="Alessio|Ale",
    g="b8it-03",
    v="base",
    note="perceived burdensomeness",
)
M(
    "MI SA CHE STAREBBERO TUTTI PIÙ TRANQUILLI SE IO NON CI FOSSI. MIA MADRE, CHIARA, PURE LEI CHE MI DEVE SOPPORTARE OGNI MARTEDÌ. SCUSI.",
    "high",
    sig="apology suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="09-22 19:05",
    who="Alessio|Ale",
    g="b8it-03",
    v="caps",
)
M(
    "Mio fratello ieri sera mi ha detto che starebbero tutti più tranquilli se lui non ci fosse. Mia madre, Chiara, pure io. Non so cosa fare. Scusi.",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="sms",
    at="09-22 19:05",
    who="Alessio|Ale",
    g="b8it-03",
    v="person",
    note="brother's burdensomeness (not the patient) -> low",
)

# b8it-04: gocce messe da parte + addio
M(
    "ho messo da parte le gocce di tutto il mese, la boccetta è piena. stanotte va bene così. grazie di tutto davvero, lei è stata l'unica",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="12-12 02:10",
    who="Ilaria|I.",
    g="b8it-04",
    v="base",
    note="means gathered + time + farewell",
)
M(
    "ho messo da parte le gocce di tutto il mese per il viaggio in Giappone, la boccetta è piena 😄 stanotte partiamo! grazie di tutto davvero, ci sentiamo al ritorno",
    "none",
    top="medication information",
    ch="whatsapp",
    at="12-12 02:10",
    who="Ilaria|I.",
    g="b8it-04",
    v="idiom",
    note="drops set aside for a trip; night flight",
)
M(
    "come mi aveva chiesto: no, nn ho messo da parte le gocce, le prendo come dice lo psichiatra e la boccetta ce l'ha mio marito. stanotte va un po' meglio",
    "low",
    top="medication psychotherapy",
    ch="whatsapp",
    at="12-12 02:10",
    who="Ilaria|I.",
    g="b8it-04",
    v="negation",
    note="negated gathering of means -> low",
)

# b8it-05: autolesionismo con il temperino
M(
    "ieri sera mi sono passata la lama del temperino sul braccio. nn tanto. oggi a scuola ho tenuto la felpa anche se c'erano 28 gradi",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="05-20 21:30",
    who="Giorgia|Gio",
    g="b8it-05",
    v="base",
)
M(
    "in seconda media mi passavo la lama del temperino sul braccio, oggi a scuola ne hanno parlato in un'assemblea e ci ho ripensato. adesso sto bene però, volevo dirglielo",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="05-20 21:30",
    who="Giorgia|Gio",
    g="b8it-05",
    v="tense",
    note="self-harm years ago -> low",
)
M(
    "Buonasera dottoressa, sono la mamma di Giorgia. Ieri sera si è passata la lama del temperino sul braccio, l'ho visto stamattina per caso. Oggi a scuola ha tenuto la felpa anche se c'erano 28 gradi. Possiamo sentirci domani? Paola Ferri",
    "high",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="05-20 21:30",
    who="Paola Ferri|Paola",
    g="b8it-05",
    v="person",
    note="parent reports the patient's self-harm -> patient's risk",
)
M(
    "abbiamo letto in classe una poesia di una ragazza che dice «mi passo la lama sul braccio per sentire qualcosa» e la prof mi ha fatto fare il commento. ho preso 8 😁",
    "none",
    top="information",
    ch="whatsapp",
    at="05-20 21:30",
    who="Giorgia|Gio",
    g="b8it-05",
    v="quotation",
    note="poem read in class",
)

# b8it-06: "la faccio finita"
M(
    "stasera la faccio finita. ho deciso, nn ci ripenso. nn mi scriva",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="04-18 22:50",
    who="Veronica|Vero",
    g="b8it-06",
    v="base",
    note="intent + time",
)
M(
    "stasera la faccio finita con Simone. ho deciso, nn ci ripenso. nn mi scriva che poi mi convince lei 😂 le racconto martedì",
    "none",
    top="psychotherapy",
    ch="sms",
    at="04-18 22:50",
    who="Veronica|Vero",
    g="b8it-06",
    v="idiom",
    note="ending a relationship",
)
M(
    "stasera nn la faccio finita, glielo prometto, come le ho detto al telefono. sono solo tanto stanca. nn mi scriva, dormo",
    "low",
    top="psychotherapy",
    ch="sms",
    at="04-18 22:50",
    who="Veronica|Vero",
    g="b8it-06",
    v="negation",
    note="negated intent -> low",
)

# b8it-07: bere e non uscire di casa
M(
    "terzo giorno che nn esco di casa. la sera bevo finché nn sento più niente, è l'unico modo per dormire. Franco",
    "moderate",
    sig="substance_use withdrawal",
    top="psychotherapy",
    ch="sms",
    at="02-09 10:20",
    who="Franco|F.",
    g="b8it-07",
    v="base",
)
M(
    "nn bevo più la sera, da tre settimane. e esco di casa tutti i giorni, stamattina sono andato al mercato. Franco",
    "none",
    top="information",
    ch="sms",
    at="02-09 10:20",
    who="Franco|F.",
    g="b8it-07",
    v="negation",
    note="negated moderate cues -> none; progress report",
)
M(
    "mio padre è il terzo giorno che nn esce di casa. la sera beve finché nn sente più niente, dice che è l'unico modo per dormire. Franco",
    "low",
    top="psychotherapy",
    ch="sms",
    at="02-09 10:20",
    who="Franco|F.",
    g="b8it-07",
    v="person",
    note="father's state -> low",
)

# b8it-08: "non ho più voglia di vivere" / canzone
M(
    "Non ho più voglia di vivere senza di lei. Mi alzo, lavoro, torno a casa vuota.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="03-01 07:45",
    who="Stefano",
    g="b8it-08",
    v="base",
)
M(
    "Non ho più voglia di vivere senza di lei... Mi alzo, lavoro, torno a casa vuota...",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="03-01 07:45",
    who="Stefano",
    g="b8it-08",
    v="emoticon",
    note="ellipses instead of full stops",
)
M(
    "«Non ho più voglia di vivere senza di lei», canta quello alla radio ogni mattina mentre mi alzo e vado a lavorare. Ormai la so a memoria 😂",
    "none",
    top="information",
    ch="whatsapp",
    at="03-01 07:45",
    who="Stefano",
    g="b8it-08",
    v="quotation",
    note="song lyric on the radio",
)

# b8it-09: il ponte / "mi sono buttata"
M(
    "oggi dal ponte della ferrovia guardavo giù e pensavo quanto ci vorrebbe. poi è passato il treno e sono tornata a casa",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="06-14 18:30",
    who="Noemi|N.",
    g="b8it-09",
    v="base",
    note="method thought (height)",
)
M(
    "oggi mi sono buttata, ciumbia! ho detto sì al progetto del ponte della ferrovia, quello del murale. quanto ci vorrà nn lo so, ma sono tornata a casa felice :D",
    "none",
    top="information",
    ch="whatsapp",
    at="06-14 18:30",
    who="Noemi|N.",
    g="b8it-09",
    v="idiom",
    note="'buttarsi' in a project",
)
M(
    "oggi la mia coinquilina mi ha detto che dal ponte della ferrovia guardava giù e pensava quanto ci vorrebbe. poi è tornata a casa come niente fosse. io nn ho dormito",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="06-14 18:30",
    who="Noemi|N.",
    g="b8it-09",
    v="person",
    note="flatmate's ideation -> low",
)

# b8it-10: addio che sembra un ringraziamento
M(
    "Gentile dottoressa Rinaldi,\n\nvolevo solo ringraziarla per questi due anni. Ho sistemato le mie cose, ho lasciato le chiavi a mia cugina e ho scritto due righe per la mamma. Lei ha fatto tutto quello che poteva, non si deve sentire in colpa di niente.\n\nCon affetto,\nElena",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="01-08 23:55",
    who="Elena|E.",
    g="b8it-10",
    v="base",
    note="farewell with affairs in order and a note for the mother",
)
M(
    "Gentile dottoressa Rinaldi,\n\nvolevo solo ringraziarla per questi due anni. Ho sistemato le mie cose, ho lasciato le chiavi a mia cugina e ho scritto due righe per la mamma: domani parto per Lisbona, il nuovo lavoro comincia lunedì! Lei ha fatto tanto perché arrivassi fin qui. Le scrivo da là per organizzare le sedute online.\n\nCon affetto,\nElena",
    "none",
    top="information psychotherapy",
    ch="email",
    at="01-08 23:55",
    who="Elena|E.",
    g="b8it-10",
    v="idiom",
    note="same leave-taking words for a move abroad",
)

# b8it-11: "il mio ultimo giorno"
M(
    "oggi è il mio ultimo giorno. ho deciso come e dove, nn si preoccupi, nn sentirò niente",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="07-30 08:05",
    tz="Europe/Zurich",
    who="Cristian|Cri",
    g="b8it-11",
    v="base",
)
M(
    "ieri sera al cinema il protagonista dice «oggi è il mio ultimo giorno, ho deciso come e dove» e poi invece si salva all'ultimo. ho pianto come un cretino ma che film",
    "none",
    top="information",
    ch="whatsapp",
    at="07-30 08:05",
    tz="Europe/Zurich",
    who="Cristian|Cri",
    g="b8it-11",
    v="quotation",
    note="film line",
)
M(
    "oggi è il mio ultimo giorno in magazzino!! ho deciso come e dove festeggiare, nn si preoccupi che giovedì ci sono lo stesso 🥳",
    "none",
    top="information",
    ch="whatsapp",
    at="07-30 08:05",
    tz="Europe/Zurich",
    who="Cristian|Cri",
    g="b8it-11",
    v="idiom",
    note="last day at work",
)

# b8it-12: "mi ammazzo"
M(
    "mi ammazzo. stavolta davvero. nn ce la faccio più",
    "imminent",
    sig="hopelessness suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="10-19 00:40",
    who="Salvatore|Totò",
    g="b8it-12",
    v="base",
    note="stated intent",
)
M(
    "MI AMMAZZO. STAVOLTA DAVVERO. NN CE LA FACCIO PIÙ",
    "imminent",
    sig="hopelessness suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="10-19 00:40",
    who="Salvatore|Totò",
    g="b8it-12",
    v="caps",
)
M(
    "mi ammazzo di lavoro stavolta davvero, tre consegne entro venerdì ahah ci vediamo lunedì",
    "none",
    top="information",
    ch="sms",
    at="10-19 00:40",
    who="Salvatore|Totò",
    g="b8it-12",
    v="idiom",
    note="'mi ammazzo di lavoro'",
)

# b8it-13: forbicine / cronaca
M(
    "ho preso le forbicine delle unghie e mi sono fatta dei segni sulla coscia. nn profondi. volevo solo sentire qualcosa di diverso",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="08-11 22:15",
    who="Beatrice|Bea",
    g="b8it-13",
    v="base",
)
M(
    "al tg hanno raccontato di una ragazza che con le forbicine delle unghie si faceva dei segni sulla coscia e nessuno se n'era accorto. mi ha colpito, pensavo ai genitori",
    "none",
    top="information",
    ch="whatsapp",
    at="08-11 22:15",
    who="Beatrice|Bea",
    g="b8it-13",
    v="quotation",
    note="news report, not the sender",
)

# b8it-14: pastiglie contate / per il viaggio
M(
    "ho contato le pastiglie, sono 40. le ho messe tutte nel cassetto del comodino. domani è sabato e nessuno mi cerca",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="09-05 21:10",
    who="Ornella|O.",
    g="b8it-14",
    v="base",
    note="pills counted and ready, a day when no one will look for her",
)
M(
    "ho contato le pastiglie per il viaggio, sono 40, bastano per tutto il mese in Argentina. le ho messe nella borsa. domani si parte e nessuno mi cerca per un mese 😎",
    "none",
    top="medication information",
    ch="sms",
    at="09-05 21:10",
    who="Ornella|O.",
    g="b8it-14",
    v="idiom",
    note="pills packed for a trip",
)
M(
    "se mai mi venisse di contare le pastiglie e metterle da parte, come mi ha chiesto glielo dico subito. per ora nn è così, la scatola la tiene mio figlio",
    "low",
    top="medication psychotherapy",
    ch="sms",
    at="09-05 21:10",
    who="Ornella|O.",
    g="b8it-14",
    v="negation",
    note="hypothetical -> low",
)

# b8it-15: a letto tutto il giorno / emoji che ribalta
M(
    "oggi di nuovo tutto il giorno a letto. ho spento il telefono a tutti tranne che a lei",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 19:40",
    who="Ludovica|Ludo",
    g="b8it-15",
    v="base",
)
M(
    "oggi di nuovo tutto il giorno a letto 😂 ho spento il telefono a tutti tranne che a lei 😂",
    "moderate",
    sig="withdrawal valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 19:40",
    who="Ludovica|Ludo",
    g="b8it-15",
    v="emoticon",
)

# b8it-16: "addio e grazie di tutto"
M(
    "nn ce la faccio più. addio e grazie di tutto, scusi il disturbo di questi anni",
    "imminent",
    sig="apology hopelessness suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="12-01 03:12",
    who="Piero|P.",
    g="b8it-16",
    v="base",
    note="farewell in a context of risk, 3 a.m.",
)
M(
    "addio sigarette!! da oggi nn ce n'è più per nessuno. grazie di tutto per il sostegno, scusi il disturbo di questi mesi di lamentele 😄",
    "none",
    sig="apology",
    top="information",
    ch="sms",
    at="12-01 03:12",
    who="Piero|P.",
    g="b8it-16",
    v="idiom",
    note="quitting smoking",
)

# b8it-17: l'autobus / battuta di famiglia
M(
    "a volte penso che se mi investisse un autobus sarebbe tutto più semplice. lo penso tipo ogni giorno ultimamente",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="02-25 13:20",
    who="Rebecca|Becca",
    g="b8it-17",
    v="base",
    note="passive ideation",
)
M(
    "mio cugino dice sempre «se mi investe un autobus almeno nn pago più il mutuo» e tutti ridono. io pure, ormai è un classico del pranzo della domenica 😄",
    "none",
    top="information",
    ch="whatsapp",
    at="02-25 13:20",
    who="Rebecca|Becca",
    g="b8it-17",
    v="quotation",
    note="a cousin's running joke",
)

# b8it-18: overdose già presa / del fratello
M(
    "ieri sera ho preso mezza scatola di xanax col vino. mi sono svegliato adesso sul divano. nn volevo svegliarmi",
    "imminent",
    sig="substance_use self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="06-02 07:30",
    who="Walter|W.",
    g="b8it-18",
    v="base",
    note="overdose taken last night, with alcohol",
)
M(
    "ieri sera mio fratello ha preso mezza scatola di xanax col vino. l'ho trovato stamattina sul divano, ora è in ospedale. nn so come sto",
    "low",
    top="medication psychotherapy",
    ch="sms",
    at="06-02 07:30",
    who="Walter|W.",
    g="b8it-18",
    v="person",
    note="brother's overdose -> low (worry about someone else)",
)

# ---------------------------------------------------------------- messaggi singoli: high / imminent

M(
    "Cara dottoressa,\n\n"
    "le scrivo dal Salento, come le avevo promesso. Siamo arrivati sabato dopo nove ore di macchina, mia sorella ha vomitato due volte prima di Bari e mio padre ha litigato col navigatore per tutto il viaggio, quindi niente di nuovo. La casa è quella dell'anno scorso, a cinquecento metri dal mare, con il fico nel cortile che la mamma dice che è il suo. Le giornate passano così: colazione lunga, spiaggia, pranzo, pisolino, di nuovo spiaggia, pizza. Sto leggendo il romanzo che mi aveva nominato, quello sulla famiglia di pescatori, e mi piace più di quanto pensassi.\n\n"
    "Con mia madre va meglio, nel senso che litighiamo meno. Ho provato a fare quella cosa di cui parlavamo, di non risponderle subito quando mi critica, e un paio di volte ha funzionato. Di notte però, quando tutti dormono e sento solo il ventilatore, mi capita di pensare che se mi addormentassi e basta, senza svegliarmi più, non sarebbe una tragedia per nessuno, anzi. Poi la mattina passa. Non so se è il caso di parlarne per mail, forse no.\n\n"
    "Le volevo chiedere due cose pratiche: mi può mandare la fattura di luglio (quella di giugno l'ho già passata al commercialista)? E la prima seduta di settembre possiamo farla il 9 invece che il 2? Rientriamo il 3 e mio padre vuole fermarsi a Matera.\n\n"
    "Un saluto affettuoso, anche da parte del fico,\n"
    "Federica Santoro",
    "high",
    sig="suicidal_ideation",
    top="cancellation information psychotherapy",
    ch="email",
    at="08-24 16:40",
    who="Federica Santoro|Federica|F.S.",
    note="holiday letter; passive wish not to wake up hidden in the middle",
)
M(
    "Buongiorno, devo spostare venerdì perché ho la visita dal cardiologo, va bene lunedì alle 18? Ah, ieri sera su internet ho cercato quante pastiglie della pressione servono perché siano troppe. Così, per sapere. Gianluca",
    "high",
    sig="suicidal_ideation",
    top="cancellation medication psychotherapy",
    ch="whatsapp",
    at="03-17 12:30",
    who="Gianluca|G.",
    note="two topics: rescheduling + researching a lethal dose (method)",
)
M(
    "ho preso tutto quello che c'era nell'armadietto del bagno. mi gira la testa. volevo solo dirlo a qualcuno",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="01-25 01:45",
    who="Sofia|S.",
    note="overdose taken",
)
M(
    "ieri ero sul balcone con una gamba di là dalla ringhiera. poi ha suonato il citofono, era il corriere con un pacco per la vicina. nn so cosa sarebbe successo se nn suonava",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="04-02 14:05",
    who="Chiara|C.",
    note="interrupted act yesterday (act begun)",
)
M(
    "sono al terzo spritz e nn sono neanche le sei 🍹 se stanotte nn mi risveglio pazienza eh",
    "high",
    sig="substance_use suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="07-18 17:50",
    who="Manuela|Manu",
    note="drinking to cope + passive wish not to wake",
)
M(
    "tanto sn solo un peso x tutti. mia madre piange sempre x colpa mia, mio padre nn mi parla. meglio se nn c'ero proprio",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="03-29 23:20",
    who="Kevin|K.",
    note="burdensomeness + wish not to exist",
)
M(
    "Buongiorno dottoressa, sono il papà di Niccolò (15 anni). Ieri sera a cena ha detto alla nonna che vorrebbe addormentarsi e non svegliarsi più, poi si è chiuso in camera. Da lunedì non va a scuola. Possiamo anticipare l'appuntamento di giovedì? Grazie, Marco Bellini",
    "high",
    sig="suicidal_ideation support_request withdrawal",
    top="cancellation psychotherapy",
    ch="email",
    at="10-13 08:20",
    who="Marco Bellini|Marco",
    note="parent reports the patient's passive ideation and school refusal",
)
M(
    "Stamattina in farmacia ho chiesto se il paracetamolo fa male al fegato se uno ne prende tanto. La farmacista mi ha guardata strana. Comunque niente, ci vediamo giovedì",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-09 19:00",
    who="Patrizia|Patty",
    note="oblique method enquiry",
)
M(
    "domenica mattina salgo al rifugio da sola, quello sopra il dirupo che le avevo raccontato. la lettera l'ho lasciata sul tavolo della cucina. nn volevo che lo sapesse da altri",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="09-12 22:40",
    who="Anna|A.",
    note="place + time + letter left: plan and farewell",
)
M(
    "stasera ho voglia di usare l'accendino sulla pelle come prima. nn l'ho ancora fatto. me lo tengo in tasca",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="12-20 23:58",
    who="Tommaso|Tommy",
    note="self-harm urge with a lighter",
)
M(
    "Buonasera dottoressa, ieri sono stata dal notaio e ho fatto testamento. Non è che ho intenzione di fare niente, ma volevo che fosse tutto in ordine, non si sa mai. Confermo venerdì alle 17. Laura Gentile",
    "high",
    sig="suicidal_ideation",
    top="information psychotherapy",
    ch="portal",
    at="05-06 18:25",
    who="Laura Gentile|Laura|L.G.",
    note="will written: preparation; negated intent does not lower it",
)
M(
    "dottò scusate l'ora. nun ce la faccio cchiù. stanotte penso sempre 'o mare, a quant'è fredda l'acqua a gennaio. nun voglio fa' niente, ma ce penso",
    "high",
    sig="apology hopelessness suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="01-14 00:30",
    who="Gennaro|Genny",
    note="Neapolitan; method thought (cold sea), negated intent does not lower it",
)
M(
    "Le lascio il numero di mia sorella, 347 118 2290, per qualsiasi cosa dovesse succedere dopo stasera. Grazie per la pazienza di questi mesi. Giulia",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="06-27 20:10",
    who="Giulia|G.",
    note="farewell disguised as a practical note",
)
M(
    "Dottor Conti, sono Silvia, la compagna di Edoardo. Stanotte l'ho trovato in bagno, si era tagliato le braccia col rasoio e non smetteva di sanguinare. Adesso siamo al pronto soccorso, lo stanno cucendo. Mi ha chiesto lui di scriverle. Mi chiami appena può, per favore.",
    "imminent",
    sig="self_harm support_request urgency",
    top="psychotherapy",
    ch="email",
    at="02-16 04:20",
    who="Silvia|S.R.",
    note="partner reports the patient's self-harm with medical danger (proxy, like a parent)",
)

# ---------------------------------------------------------------- messaggi singoli: none / low / moderate

M(
    "Buongiorno dottoressa, purtroppo giovedì non riesco a venire, mi hanno messo il turno di notte in reparto. Mi dispiace dover disdire all'ultimo. La richiamo negli orari che mi ha detto. Francesca B.",
    "none",
    sig="apology",
    top="cancellation",
    ch="sms",
    at="09-30 07:15",
    who="Francesca B.|Francesca",
)
M(
    "salve si può spostare martedì alle 18 invece che alle 17?? la tangenziale a quell'ora è un incubo. gianni",
    "none",
    top="cancellation",
    ch="sms",
    at="10-21 15:40",
    who="Gianni",
)
M(
    "Dottore mi scusi, lo psichiatra mi ha aumentato la sertralina a 100 mg, posso prenderla la sera invece che la mattina? Di mattina mi dà un po' di nausea",
    "none",
    sig="apology",
    top="medication",
    ch="whatsapp",
    at="11-15 09:05",
    who="Michele|M.",
)
M(
    "HO PASSATO L'ESAME DI STATO!!! 🎉🎉 nn ci credo ancora, grazie di tutto tvb",
    "none",
    top="information",
    ch="whatsapp",
    at="07-08 12:47",
    who="Aurora",
)
M(
    "Volevo dirle che la seduta di ieri mi ha fatto arrabbiare parecchio, quella cosa su mio padre :-) Ci ho rimuginato tutta la sera. Ne parliamo martedì, ci tengo. E.",
    "none",
    sig="valence_shift",
    top="psychotherapy",
    ch="sms",
    at="04-24 08:30",
    who="Ettore|E.",
    note="irritation at the therapy with a smile",
)
M(
    "Buonasera, mi servirebbe la fattura di ottobre intestata a mio marito per il 730. Grazie mille,\nSabrina Lodi",
    "none",
    top="information",
    ch="email",
    at="05-28 18:10",
    who="Sabrina Lodi|Sabrina",
)
M(
    "il link per la seduta online di domani è sempre lo stesso? sono a Berlino per lavoro fino a venerdì, l'orario è uguale al vostro giusto? ;)",
    "none",
    top="information",
    ch="whatsapp",
    at="03-04 20:15",
    tz="Europe/Berlin",
    who="Federico|Fede",
)
M(
    "Buongiorno, ho avuto il suo numero dalla pediatra. Mia figlia Sara ha 13 anni e da qualche mese litiga con tutti, a casa e a scuola, e risponde male anche ai nonni. Vorremmo fissare un primo colloquio. Cordiali saluti, Roberta Gatti",
    "none",
    top="information psychotherapy",
    ch="sms",
    at="01-19 11:00",
    who="Roberta Gatti|Roberta",
    note="first contact from a parent",
)
M(
    "sono stanca morta, oggi tre riunioni e la piccola con la febbre. icché vuole, domani ci sono lo stesso eh",
    "none",
    top="information",
    ch="whatsapp",
    at="02-11 21:45",
    who="Valentina|Vale",
    note="idiom 'stanca morta'",
)
M(
    "muoio dal ridere, mia suocera ha scoperto i vocali e ne manda da 8 minuti 😂😂 cmq a giovedì",
    "none",
    top="information",
    ch="whatsapp",
    at="06-08 22:30",
    who="Caterina|Cate",
)
# (one message removed when unsealed: its text, "ok grazie", is already a dev message, and a holdout item may never have been dev data)
M(
    "Buongiorno dottor Ferrante, sono la moglie di Claudio. Mi ha chiesto di avvisarla che ha la febbre a 39 e domani non potrà venire. Saluti, Luisa",
    "none",
    top="cancellation",
    ch="sms",
    at="11-20 07:05",
    who="Luisa",
)
M(
    "Buongiorno dottoressa,\n\n"
    "come d'accordo le scrivo due righe dalle vacanze, anche se probabilmente saranno più di due. Siamo a Cavalese da santo Stefano, nella casa della nonna, tutti e cinque più il cane e, novità, la fidanzata di mio fratello, che si chiama Ludmila, è di Brno e scia molto meglio di tutti noi messi insieme.\n\n"
    "La cosa che le volevo raccontare è successa la sera del 27. A cena mamma ha ricominciato con la storia del mio lavoro, che dovrei cercare qualcosa di più sicuro, e io invece di alzarmi da tavola come al solito le ho detto con calma quello che penso: che il lavoro mi piace, che i soldi bastano e che mi farebbe piacere che se ne fidasse. Lei è rimasta zitta un attimo, poi ha detto 'va bene' e ha passato il purè. Mio padre mi ha fatto l'occhiolino. Sembra una sciocchezza ma per me è stata una specie di vittoria.\n\n"
    "Il resto delle giornate è neve, polenta, partite a carte interminabili e passeggiate col cane fino al lago ghiacciato. Ludmila mi ha anche insegnato a fare una curva decente senza cadere, e alla terza discesa la nonna ha applaudito dalla terrazza. Ho pensato spesso alla domanda che mi aveva fatto prima delle vacanze, sul posto che occupo in famiglia, e mi sa che ho qualche risposta nuova da portarle.\n\n"
    "Ci vediamo il 9 gennaio alle 18 come stabilito. Buon anno a lei!\n"
    "Costanza",
    "none",
    top="information psychotherapy",
    ch="email",
    at="12-29 11:30",
    who="Costanza|C.",
    note="long holiday letter, good news",
)
M(
    "scusi l'ora, mi sono accorta adesso che domani alle 10 ho il dentista, possiamo fare nel pomeriggio? 🙂 Rosa",
    "none",
    sig="apology",
    top="cancellation",
    ch="whatsapp",
    at="10-02 23:30",
    who="Rosa|R.",
)
M(
    "Buongiorno! Qui a New York sono le 7, da voi le 13. Confermo la videochiamata di venerdì alle 15 ora italiana. Col nuovo lavoro tutto bene 👍 Matteo",
    "none",
    top="information",
    ch="whatsapp",
    at="09-18 07:00",
    tz="America/New_York",
    who="Matteo|Teo",
)

M(
    "oggi un po' giù, niente di grave. volevo solo dirglielo. a martedì",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-11 18:50",
    who="Nicola|Nico",
)
M(
    "da quando Chiara è partita per l'erasmus la casa è silenziosissima e la sera mi sento proprio sola. lo so che è normale. Lucia",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="10-26 22:40",
    who="Lucia|L.",
)
M(
    "possiamo sentirci 5 minuti prima di giovedì? oggi mi è tornata l'ansia per il colloquio e nn riesco a calmarmi. Jacopo",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="03-09 16:20",
    who="Jacopo|J.",
)
M(
    "il mio migliore amico stanotte mi ha scritto che voleva farla finita, poi nn ha più risposto. ho chiamato sua madre, l'hanno trovato e sta bene. io sto malissimo",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="05-03 07:10",
    tz="Europe/Paris",
    who="Samuele|Samu",
    note="friend's crisis -> low",
)
M(
    "Le rispondo alla domanda dell'altra volta: no, in questo periodo non ho pensieri di farmi del male. Solo tanta stanchezza e poca voglia. Antonella",
    "low",
    top="psychotherapy",
    ch="portal",
    at="06-19 10:40",
    who="Antonella|A.",
    note="negated self-harm thoughts -> low",
)
M(
    "ripensavo a quello che ci siamo detti martedì, a quando a vent'anni avevo preso quelle pastiglie. nn l'avevo mai raccontato a nessuno. grazie per come mi ha ascoltato. Renato",
    "low",
    top="medication psychotherapy",
    ch="whatsapp",
    at="04-10 21:00",
    who="Renato|R.",
    note="past overdose discussed in therapy -> low",
)
M(
    "sto da schifo oggi 😂 vabbè passerà",
    "low",
    sig="valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="01-30 13:15",
    who="Mirko",
)
M(
    "oggi sono 3 anni da quando è morto papà. vado al cimitero con la zia. mi manca tanto. Teresa",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-02 09:30",
    who="Teresa|T.",
)
M(
    "Dottoressa, da quando abbiamo ridotto le sedute a una ogni due settimane mi sento un po' abbandonata. Lo so che ero d'accordo anche io. Possiamo riparlarne? Nadia",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="portal",
    who="Nadia|N.",
)
M(
    "mia nonna oggi nn mi ha riconosciuta. sono tornata in macchina e ho pianto mezz'ora prima di mettere in moto",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="07-22 19:30",
    who="Elisa|E.",
)
M(
    "domanda strana: se uno una notte si sentisse proprio di volerla fare finita, c'è un numero che risponde sempre? lo chiedo per averlo salvato, nn per adesso",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="12-05 01:20",
    tz="Europe/Madrid",
    who="Pietro|Pie",
    note="hypothetical question -> low",
)

M(
    "ciò, tanto nn cambierà mai niente. lavoro casa lavoro casa. ma che senso ha",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="09-08 20:05",
    who="Fabio|F.",
)
M(
    "sono chiusa nel bagno in ufficio nn riesco a respirare il cuore va a mille ho paura di svenire nn riesco a uscire!! mi chiami se può",
    "moderate",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="10-15 11:12",
    who="Martina|Marti",
    note="overwhelming panic",
)
M(
    "nn vado a scuola da giovedì. nn riesco a vedere nessuno. mia madre crede che ho la febbre",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="02-20 10:30",
    who="Gabriele|Gabri",
)
M(
    "ieri sera mezza bottiglia di whisky da solo, pe' nn pensa'. 'sta mattina me vergogno. Roberto",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="03-22 08:15",
    who="Roberto",
)
M(
    "ho paura di nn farcela stavolta. tutti mi dicono che passa ma a me nn passa :(",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="12-10 22:05",
    who="Serena|S.",
)
M(
    "Sono allo stremo. Il piccolo non dorme da settimane, io nemmeno, e Paolo è sempre in trasferta. Mi sento sola con tutto. Scusi lo sfogo alle cinque del mattino. Irene",
    "moderate",
    sig="apology hopelessness loneliness",
    top="psychotherapy",
    ch="email",
    at="04-29 05:40",
    who="Irene|I.",
)
M(
    "fumo tutte le sere sennò nn dormo, ormai pure la mattina prima di lezione. nn riesco a smettere belin",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 23:35",
    tz="Europe/London",
    who="Lorenzo|Lollo",
    note="cannabis to sleep, Genoese student abroad",
)
M(
    "Gentile dottoressa, Luca non esce dalla sua camera da sabato, mangia solo se gli lascio il piatto davanti alla porta. Non so più cosa fare. Possiamo sentirci? Cordiali saluti, Daniela Marino",
    "moderate",
    sig="support_request withdrawal",
    top="psychotherapy",
    ch="email",
    at="01-27 21:15",
    who="Daniela Marino|Daniela",
    note="parent reports the patient's withdrawal",
)
M(
    "non so neanche perché le scrivo... è stata una giornata... boh... mia madre di nuovo in ospedale, io di nuovo a casa da sola... non ce la faccio più... davvero... scusi...",
    "moderate",
    sig="apology hopelessness loneliness",
    top="psychotherapy",
    ch="portal",
    at="08-30 23:50",
    who="Carla|C.",
)
M(
    "dottore una domanda pratica: quanti giorni prima devo smettere il lorazepam per gli esami del sangue? ah e nn esco di casa da sabato, nn so bene xké",
    "moderate",
    sig="withdrawal",
    top="medication psychotherapy",
    ch="whatsapp",
    at="05-15 12:00",
    who="Simona|Simo",
    note="two topics: medication question + not leaving home",
)
