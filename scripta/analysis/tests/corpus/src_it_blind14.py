# Blind round 14 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-13), measured once
# with engine 2026.11.19 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b14it-01: adolescente, voglia di tagliarsi con la lametta del temperino
M(
    "dott.ssa scusi l'ora, stasera ho di nuovo voglia di tagliarmi, la lametta del temperino è sul comodino e ci penso continuamente. domani ho pure la verifica di latino. Sofi",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "03-11 23:18",
    who="Sofi|Sofia|S.",
    g="b14it-01",
    v="base",
)
M(
    "dott.ssa scusi l'ora, stasera non ho voglia di tagliarmi, la lametta del temperino è sul comodino ma non ci penso. domani ho pure la verifica di latino. Sofi",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "03-11 23:18",
    who="Sofi|Sofia|S.",
    g="b14it-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "dott.ssa scusi l'ora, alle medie avevo spesso voglia di tagliarmi, la lametta del temperino era sul comodino e ci pensavo continuamente. domani ho pure la verifica di latino. Sofi",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "03-11 23:18",
    who="Sofi|Sofia|S.",
    g="b14it-01",
    v="tense",
    note="self-harm urges years ago (middle school) -> past -> low",
)
M(
    "dott.ssa scusi l'ora, stasera HO DI NUOVO VOGLIA DI TAGLIARMI, la lametta del temperino è sul comodino e ci penso continuamente. domani ho pure la verifica di latino. Sofi",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "03-11 23:18",
    who="Sofi|Sofia|S.",
    g="b14it-01",
    v="caps",
)

# b14it-02: compresse contate, moglie via domenica, ringraziamento finale
M(
    "Dottore le scrivo solo per dirle che le compresse di Tavor le ho messe da parte tutte, le ho contate, sono 60. Domenica mia moglie va dalla sorella a Lecce e io resto solo. Grazie di tutto quello che ha fatto. Rocco",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "05-08 19:40",
    who="Rocco|R.",
    g="b14it-02",
    v="base",
    note="pills counted + a time when alone + farewell",
)
M(
    "Dottore le scrivo solo per chiederle: se un giorno le compresse di Tavor le mettessi da parte tutte e le contassi, lei come se ne accorgerebbe? Domenica mia moglie va dalla sorella a Lecce e io resto solo. Grazie di tutto quello che ha fatto. Rocco",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "05-08 19:40",
    who="Rocco|R.",
    g="b14it-02",
    v="negation",
    note="hypothetical question about saving pills -> low",
)
M(
    "Dottore le scrivo solo per dirle che mio cognato le compresse di Tavor le ha messe da parte tutte, le ha contate, sono 60. Domenica sua moglie va dalla sorella a Lecce e lui resta solo. Cosa devo fare? Rocco",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-08 19:40",
    who="Rocco|R.",
    g="b14it-02",
    v="person",
    note="brother-in-law (not the patient) -> someone else's experience -> low",
)
M(
    "Dottore le scrivo solo per dirle che le compresse di Tavor le ho messe da parte tutte... le ho contate, sono 60... Domenica mia moglie va dalla sorella a Lecce e io resto solo... Grazie di tutto quello che ha fatto. Rocco",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "05-08 19:40",
    who="Rocco|R.",
    g="b14it-02",
    v="emoticon",
    note="ellipsis form variant",
)

# b14it-03: desiderio passivo di non svegliarsi (napoletano)
M(
    "Dotto' nun ce la faccio a spiegarlo bene ma ogni sera quando mi corico spero di non svegliarmi più la mattina. Nun è che voglio fa' niente, è che vorrei proprio non esserci. Ciro",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-14 22:05",
    who="Ciro|C.",
    g="b14it-03",
    v="base",
    note="passive ideation; 'non ce la faccio a spiegarlo' is not hopelessness",
)
M(
    "Dotto' sto sentendo na canzone di un gruppo di Scampia che fa «ogni sera quando mi corico spero di non svegliarmi più la mattina», mi ha fatto pensare a quello che diceva lei sui testi che scrivono i ragazzi. Ciro",
    "none",
    "",
    "information",
    "whatsapp",
    "09-14 22:05",
    who="Ciro|C.",
    g="b14it-03",
    v="quotation",
    note="song lyric quoted -> none",
)
M(
    "Dotto' nun ce la faccio a spiegarlo bene ma ogni sera quando mi corico spero di non svegliarmi più la mattina... Nun è che voglio fa' niente... è che vorrei proprio non esserci. Ciro",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-14 22:05",
    who="Ciro|C.",
    g="b14it-03",
    v="emoticon",
    note="ellipsis form variant",
)
M(
    "Dotto' nun ce la faccio a spiegarlo bene ma ogni sera quando mi corico SPERO DI NON SVEGLIARMI PIÙ la mattina. Nun è che voglio fa' niente, è che vorrei proprio non esserci. Ciro",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-14 22:05",
    who="Ciro|C.",
    g="b14it-03",
    v="caps",
)

# b14it-04: "non ce la faccio più" (caregiver milanese)
M(
    "Buongiorno dottoressa, con mia madre che non riconosce più nessuno e i turni in reparto non ce la faccio più, davvero. Ci vediamo giovedì. Marta",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-03 07:12",
    who="Marta|M.",
    g="b14it-04",
    v="base",
)
M(
    "Buongiorno dottoressa, con mia madre che non riconosce più nessuno e i turni in reparto per adesso ce la faccio, davvero. Ci vediamo giovedì. Marta",
    "none",
    "",
    "psychotherapy information",
    "whatsapp",
    "02-03 07:12",
    who="Marta|M.",
    g="b14it-04",
    v="negation",
    note="negated moderate cue -> none",
)
M(
    "Buongiorno dottoressa, con mia madre che mi riempie il piatto a ogni pranzo e i panettoni in reparto non ce la faccio più a mangiare, davvero. Ci vediamo giovedì. Marta",
    "none",
    "",
    "information",
    "whatsapp",
    "02-03 07:12",
    who="Marta|M.",
    g="b14it-04",
    v="idiom",
    note="'non ce la faccio più a mangiare' = too full -> none",
)
M(
    "Buongiorno dottoressa, con mia madre che non riconosce più nessuno e i turni in reparto non ce la faccio più, davvero 😩 Ci vediamo giovedì. Marta",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-03 07:12",
    who="Marta|M.",
    g="b14it-04",
    v="emoticon",
)

# b14it-05: padre sardo, figlio con tagli sulle braccia
M(
    "Gentile dottor Pinna, le scrivo perché ieri sera ho visto che Nicola ha le braccia piene di tagli freschi, fatti con il mio rasoio. Lui dice che non è niente. Potremmo anticipare la seduta di martedì? Cordiali saluti, Salvatore Mura",
    "high",
    "self_harm support_request",
    "cancellation psychotherapy",
    "email",
    "10-20 08:30",
    who="Salvatore|Mura|S. Mura",
    g="b14it-05",
    v="base",
    note="parent reports the teen patient's recent self-injury",
)
M(
    "Gentile dottor Pinna, le scrivo perché ieri sera ho visto che il cugino di Nicola, che sta da noi, ha le braccia piene di tagli freschi, fatti con il mio rasoio. Lui dice che non è niente. Potremmo anticipare la seduta di martedì? Cordiali saluti, Salvatore Mura",
    "low",
    "support_request",
    "cancellation psychotherapy",
    "email",
    "10-20 08:30",
    who="Salvatore|Mura|S. Mura",
    g="b14it-05",
    v="person",
    note="the cousin is not the patient -> someone else's experience -> low",
)
M(
    "Gentile dottor Pinna, le scrivo perché ieri sera ho controllato e Nicola non ha nessun taglio sulle braccia, il mio rasoio è al suo posto. Lui dice che non è niente. Potremmo anticipare la seduta di martedì? Cordiali saluti, Salvatore Mura",
    "low",
    "support_request",
    "cancellation psychotherapy",
    "email",
    "10-20 08:30",
    who="Salvatore|Mura|S. Mura",
    g="b14it-05",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "Gentile dottor Pinna, le scrivo perché in seconda media, due anni fa, Nicola aveva le braccia piene di tagli, fatti con il mio rasoio. Lui diceva che non era niente. Potremmo anticipare la seduta di martedì? Cordiali saluti, Salvatore Mura",
    "low",
    "support_request",
    "cancellation psychotherapy",
    "email",
    "10-20 08:30",
    who="Salvatore|Mura|S. Mura",
    g="b14it-05",
    v="tense",
    note="self-harm two years ago -> past -> low",
)

# b14it-06: overdose di sertralina con birra
M(
    "ho preso tutte le pastiglie di sertralina della scatola nuova con la birra, circa mezz'ora fa. non so perché le scrivo. mi gira tutto. Elisa",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "01-17 02:40",
    who="Elisa|E.",
    g="b14it-06",
    v="base",
    note="overdose taken with alcohol",
)
M(
    "non ho preso le pastiglie di sertralina della scatola nuova con la birra, tranquilla. non so perché le scrivo. mi gira tutto. Elisa",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "01-17 02:40",
    who="Elisa|E.",
    g="b14it-06",
    v="negation",
    note="negated overdose -> low",
)
M(
    "ho preso tutte le pastiglie di sertralina della scatola nuova e le ho messe in valigia, parto per Bari tra mezz'ora. non so se le serve saperlo. Elisa",
    "none",
    "",
    "medication information",
    "sms",
    "01-17 02:40",
    who="Elisa|E.",
    g="b14it-06",
    v="idiom",
    note="packed the pills for a trip -> everyday phrase -> none",
)
M(
    "l'anno scorso a marzo presi tutte le pastiglie di sertralina della scatola nuova con la birra. non so perché le scrivo stanotte. mi gira tutto a ripensarci. Elisa",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "01-17 02:40",
    who="Elisa|E.",
    g="b14it-06",
    v="tense",
    note="overdose a year ago -> past -> low",
)

# b14it-07: pensionato torinese a letto da tre giorni
M(
    "Buongiorno dottore, sono tre giorni che non mi alzo dal letto, non ho aperto le persiane né risposto al telefono a mia figlia. Le scrivo dal tablet. Giuseppe Ferrero",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "11-09 11:20",
    who="Giuseppe|Ferrero|G. Ferrero",
    g="b14it-07",
    v="base",
)
M(
    "Buongiorno dottore, in questi tre giorni non sono mai rimasto a letto, ho aperto le persiane e ho risposto al telefono a mia figlia. Le scrivo dal tablet. Giuseppe Ferrero",
    "none",
    "",
    "information",
    "portal",
    "11-09 11:20",
    who="Giuseppe|Ferrero|G. Ferrero",
    g="b14it-07",
    v="negation",
    note="negated withdrawal -> none",
)
M(
    "Buongiorno dottore, sono tre giorni che mia moglie non si alza dal letto, non ha aperto le persiane né risposto al telefono a nostra figlia. Le scrivo dal tablet. Giuseppe Ferrero",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-09 11:20",
    who="Giuseppe|Ferrero|G. Ferrero",
    g="b14it-07",
    v="person",
    note="wife's withdrawal -> someone else's -> low",
)
M(
    "Buongiorno dottore, sono tre giorni che non mi alzo dal letto, non ho aperto le persiane né risposto al telefono a mia figlia 😔 Le scrivo dal tablet. Giuseppe Ferrero",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "11-09 11:20",
    who="Giuseppe|Ferrero|G. Ferrero",
    g="b14it-07",
    v="emoticon",
)

# b14it-08: sotto il viadotto, lettera lasciata (calabrese)
M(
    "Dottò sono in macchina sotto al viadotto di Morano, ho lasciato la lettera per mamma sul tavolo. Grazie per tutto quello che avete fatto per me, davvero. Pasquale",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-22 23:50",
    who="Pasquale|P.",
    g="b14it-08",
    v="base",
    note="place + letter left + farewell",
)
M(
    "Dottò sto leggendo il romanzo che mi ha consigliato, il protagonista dice «sono in macchina sotto al viadotto, ho lasciato la lettera per mamma sul tavolo, grazie per tutto». Mi ha colpito come è scritto. Pasquale",
    "none",
    "",
    "information",
    "whatsapp",
    "06-22 23:50",
    who="Pasquale|P.",
    g="b14it-08",
    v="quotation",
    note="line from a novel -> none",
)
M(
    "Dottò ripensavo a quella notte di tre anni fa, ero in macchina sotto al viadotto di Morano e avevo lasciato la lettera per mamma sul tavolo. Grazie per tutto quello che avete fatto per me, davvero. Pasquale",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-22 23:50",
    who="Pasquale|P.",
    g="b14it-08",
    v="tense",
    note="attempt three years ago -> past -> low",
)
M(
    "Dottò SONO IN MACCHINA SOTTO AL VIADOTTO di Morano, ho lasciato la lettera per mamma sul tavolo. Grazie per tutto quello che avete fatto per me, davvero. Pasquale",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-22 23:50",
    who="Pasquale|P.",
    g="b14it-08",
    v="caps",
)

# b14it-09: anziana veneta, dettatura vocale, peso per i figli
M(
    "dottoressa buonasera sono la Bruna ci ho pensato tutta la notte i miei figli starebbero meglio senza di me virgola senza la vecchia da portare avanti e indietro dall ospedale punto",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 06:45",
    who="Bruna|B.",
    g="b14it-09",
    v="base",
    note="perceived burdensomeness; voice dictation",
)
M(
    "dottoressa buonasera sono la Bruna ci ho pensato tutta la notte i miei figli non starebbero meglio senza di me virgola anche con la vecchia da portare avanti e indietro dall ospedale punto",
    "low",
    "",
    "psychotherapy",
    "sms",
    "04-02 06:45",
    who="Bruna|B.",
    g="b14it-09",
    v="negation",
    note="negated burdensomeness -> low",
)
M(
    "dottoressa buonasera sono la Bruna ci ho pensato tutta la notte I MIEI FIGLI STAREBBERO MEGLIO SENZA DI ME virgola senza la vecchia da portare avanti e indietro dall ospedale punto",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 06:45",
    who="Bruna|B.",
    g="b14it-09",
    v="caps",
)
M(
    "dottoressa buonasera sono la Bruna ci ho pensato tutta la notte i miei figli starebbero meglio senza di me virgola senza la vecchia da portare avanti e indietro dall ospedale punto 😢",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 06:45",
    who="Bruna|B.",
    g="b14it-09",
    v="emoticon",
)

# b14it-10: romano, birre e amari per dormire
M(
    "Dottò stasera so' già alla terza birra e al secondo amaro, sennò nun dormo. Domani je lo dico pure al medico. Fabrizio",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "12-04 22:10",
    who="Fabrizio|F.",
    g="b14it-10",
    v="base",
    note="drinking to sleep/cope",
)
M(
    "Dottò stasera niente birra e niente amaro, e dormo lo stesso. Domani je lo dico pure al medico. Fabrizio",
    "none",
    "",
    "information",
    "whatsapp",
    "12-04 22:10",
    who="Fabrizio|F.",
    g="b14it-10",
    v="negation",
    note="negated drinking -> none",
)
M(
    "Dottò l'inverno scorso stavo sempre alla terza birra e al secondo amaro, sennò nun dormivo. Domani je lo dico pure al medico. Fabrizio",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-04 22:10",
    who="Fabrizio|F.",
    g="b14it-10",
    v="tense",
    note="past drinking -> low",
)
M(
    "Dottò mi' fratello stasera sta già alla terza birra e al secondo amaro, sennò nun dorme. Domani je lo dico pure al medico suo. Fabrizio",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-04 22:10",
    who="Fabrizio|F.",
    g="b14it-10",
    v="person",
    note="brother's drinking -> someone else's -> low",
)

# b14it-11: "farla finita" (palermitana)
M(
    "dotturi, stamatina mi è venuta una voglia di farla finita che non le so dire, ci ho pensato sull'autobus per tutto il tragitto. Rosalia",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-26 13:35",
    who="Rosalia|R.",
    g="b14it-11",
    v="base",
)
M(
    "dotturi, stamatina mi è venuta una voglia di farla finita con questo corso di inglese che non le so dire, ci ho pensato sull'autobus per tutto il tragitto. Rosalia",
    "none",
    "",
    "information",
    "whatsapp",
    "02-26 13:35",
    who="Rosalia|R.",
    g="b14it-11",
    v="idiom",
    note="'farla finita con il corso' = quit the course -> none",
)
M(
    "dotturi, stamatina mi è venuta una voglia di farla finita che non le so dire 😔 ci ho pensato sull'autobus per tutto il tragitto. Rosalia",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-26 13:35",
    who="Rosalia|R.",
    g="b14it-11",
    v="emoticon",
)

# b14it-12: badante rumena, solitudine
M(
    "Buonasera dottore, qui a Verona io mi sento molto sola, la signora che curo dorme alle otto e io non ho nessuno per parlare. Possiamo sentire domani? Ioana",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "10-03 21:15",
    who="Ioana|I.",
    g="b14it-12",
    v="base",
)
M(
    "Buonasera dottore, qui a Verona io non mi sento più sola, la signora che curo dorme alle otto ma io ho le amiche della chiesa per parlare. Possiamo sentire domani? Ioana",
    "none",
    "",
    "information",
    "whatsapp",
    "10-03 21:15",
    who="Ioana|I.",
    g="b14it-12",
    v="negation",
    note="negated loneliness -> none; the call request has no emotional reason",
)
M(
    "Buonasera dottore, qui a Verona io mi sento molto sola 😂 la signora che curo dorme alle otto e io non ho nessuno per parlare. Possiamo sentire domani? Ioana",
    "low",
    "loneliness support_request valence_shift",
    "psychotherapy",
    "whatsapp",
    "10-03 21:15",
    who="Ioana|I.",
    g="b14it-12",
    v="emoticon",
)
M(
    "Buonasera dottore, qui a Verona mia sorella si sente molto sola, la signora che cura dorme alle otto e lei non ha nessuno per parlare. Possiamo sentire domani? Ioana",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-03 21:15",
    who="Ioana|I.",
    g="b14it-12",
    v="person",
    note="sister's loneliness -> worry about someone else -> low",
)

# b14it-13: corda comprata, fienile (trentino)
M(
    "Dottor Weiss, ho comprato la corda al Brico stamattina. Il fienile è vuoto, venerdì mia moglie è a Bolzano tutto il giorno. Lei ha fatto il possibile. Anton Gruber",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "08-12 09:05",
    who="Anton|Gruber|A. Gruber",
    g="b14it-13",
    v="base",
    note="means bought + place + time alone + farewell",
)
M(
    "Dottor Weiss, ho comprato la corda al Brico stamattina per legare le balle nel fienile, venerdì mia moglie è a Bolzano tutto il giorno e io sistemo. Lei ha fatto il possibile con il certificato? Anton Gruber",
    "none",
    "",
    "information",
    "email",
    "08-12 09:05",
    who="Anton|Gruber|A. Gruber",
    g="b14it-13",
    v="idiom",
    note="rope for farm work -> everyday phrase -> none",
)
M(
    "Dottor Weiss, come le avevo promesso non ho comprato nessuna corda al Brico stamattina. Il fienile è vuoto, venerdì mia moglie è a Bolzano tutto il giorno e io vado da mio figlio. Anton Gruber",
    "low",
    "",
    "psychotherapy",
    "email",
    "08-12 09:05",
    who="Anton|Gruber|A. Gruber",
    g="b14it-13",
    v="negation",
    note="negated means -> low",
)

# ==== single messages: high

M(
    (
        "Gentile dott.ssa Ricciardi,\n\n"
        "le scrivo per una questione pratica: il CAF mi ha detto che per detrarre le sedute nel 730 servono le fatture intestate a me e non a mio marito, mentre quelle di gennaio, febbraio e marzo sono a nome suo. "
        "Sarebbe possibile riemetterle? Capisco che è una seccatura, nel caso le pago io la marca da bollo. Le allego il mio codice fiscale nella prossima mail, perché da questo computer non riesco a caricare il PDF.\n\n"
        "Già che ci sono le aggiorno: il trasloco a Pescara è quasi fatto, restano gli scatoloni della cantina e la lavatrice che non entra nel furgone. "
        "Mia suocera ha deciso di venire a stare da noi per l'inverno e mio marito dice che è temporaneo, ma lo diceva anche tre anni fa. "
        "Al lavoro mi hanno spostata allo sportello e almeno lì non devo pensare.\n\n"
        "Una cosa che non le ho detto giovedì, e che forse dovevo dirle: da un paio di settimane, quando guido sulla tangenziale la mattina, mi sorprendo a pensare che se uscissi di strada sarebbe tutto più semplice, che nessuno dovrebbe più occuparsi di me e io di nessuno. "
        "Non la faccio lunga, lo so che è una cosa grossa. Non ho fatto niente di strano, guido piano. Però ci penso quasi tutti i giorni.\n\n"
        "Per la seduta di giovedì va bene lo stesso orario, le 18:30. Se cambia qualcosa con le fatture mi faccia sapere.\n\n"
        "Cordiali saluti,\n"
        "Antonella Di Nardo"
    ),
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "01-29 21:40",
    who="Antonella|Di Nardo|A. Di Nardo",
    note="ideation (driving off the road) buried in a long practical email",
)
M(
    "raga no cioè dottoressa scusi ho sbagliato chat all'inizio 😅 cmq ieri sera mi sn graffiata la coscia cn il compasso, nn tanto, solo x sentire qualcosa. nn lo sa nessuno. Greta",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "05-19 16:50",
    who="Greta|G.",
    note="recent non-suicidal self-injury without medical danger",
)
M(
    "Buongiorno dottoressa, sono la mamma di Sara. Ieri rimettendo a posto la sua stanza ho trovato il diario aperto, c'era scritto più volte che vorrebbe essere morta e che nessuno se ne accorgerebbe. Non so se devo dirle che l'ho letto. Può chiamarmi quando riesce? Laura Bettini",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "portal",
    "03-30 08:10",
    who="Laura|Bettini|L. Bettini",
    note="parent reports the teen patient's wish to be dead",
)
M(
    "Dottore, da quando abitiamo al sesto piano mi ritrovo a misurare con gli occhi il balcone, l'altezza della ringhiera, il cortile di sotto. Lo faccio tutte le sere mentre fumo. Non so perché glielo scrivo adesso. Marco, Sampierdarena",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-07 22:30",
    who="Marco|M.",
    note="thinking about a method (height) without time or intent",
)
M(
    "Caro dottore, alla mia età non si fanno più progetti. Ogni sera dico le preghiere e chiedo al Signore di prendermi nel sonno, così senza disturbare nessuno. Non si preoccupi per me, volevo solo che lo sapesse. Suo Armando Lucchesi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-15 20:00",
    who="Armando|Lucchesi|A. Lucchesi",
    note="passive wish to die in an elderly sender",
)
M(
    "oggi sono andata dal notaio e ho fatto testamento, poi ho scritto due righe per i ragazzi e le ho messe nella busta col libretto. non sto organizzando niente, è solo per sicurezza. giovedì ci sono. Federica",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-30 18:25",
    who="Federica|F.",
    note="will + letters 'just in case': preparation, negated plan does not lower it",
)
M(
    "dottore buongiorno io sono Kelechi. io penso molte volte di buttarmi sotto il treno a stazione di Mestre quando passa quello veloce che non ferma. io guardo e penso questo. lavoro va bene, documenti ancora no. grazie",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-21 10:15",
    who="Kelechi|K.",
    note="method thought (train) without plan/time; non-native Italian",
)
M(
    "Ieri sera dopo la litigata con Davide mi sono spenta la sigaretta sul polso. Due volte. Adesso ho le bolle e porto la maglia lunga in ufficio. Volevo dirglielo prima di venerdì. Chiara",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-15 12:40",
    who="Chiara|C.",
)
M(
    "Dottoressa è strano da scrivere ma continuo a immaginarmi il mio funerale, la chiesa di San Domenico, chi c'è e chi no, e invece di stare male provo sollievo. Ci penso mentre stiro. Le volevo chiedere se è normale. Gabriella",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "06-03 15:05",
    who="Gabriella|G.",
    note="imagining own funeral with relief -> passive ideation",
)

# ==== single messages: imminent

M(
    "mi sono bevuta tutta la boccetta di xanax gocce. ho sonno. ciao dottoressa grazie lo stesso",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "02-14 03:15",
    who="Valentina|V.",
    note="overdose taken + farewell; unsigned",
)
M(
    "dottore sono sul terrazzo condominiale punto ho già scavalcato la ringhiera virgola ho freddo punto volevo sentire la sua voce un ultima volta punto interrogativo",
    "imminent",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "01-05 00:40",
    who="Stefano|S.",
    note="voice dictation; on the roof edge, farewell",
)
M(
    "Dottoressa la prego mi chiami SUBITO, Matteo si è chiuso in bagno con il coltello da cucina e dice che stavolta lo fa davvero. Ho chiamato il 112 ma non arrivano. Anna (mamma di Matteo)",
    "imminent",
    "suicidal_ideation urgency support_request",
    "psychotherapy",
    "sms",
    "10-10 20:55",
    who="Anna|A.",
    note="parent reports the teen patient's intent with a knife",
)
M(
    "mi sono tagliata più a fondo del solito e non smette di sanguinare, ho già cambiato tre asciugamani. non voglio andare al pronto soccorso da sola. cosa faccio",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "08-28 01:30",
    who="Noemi|N.",
    note="self-harm with medical danger; 'cosa faccio' asks for immediate help",
)
M(
    (
        "Cara dottoressa Ferri,\n\n"
        "le scrivo da casa mia per l'ultima volta: come sa l'appartamento di via Mazzini l'ho lasciato, il contratto scadeva a fine mese e il proprietario è stato gentile, mi ha restituito la caparra senza storie. "
        "Ho regalato le piante del balcone alla signora Tina del piano di sotto, che le ha sempre ammirate, e i libri di cucina a mia nipote Irene, che studia all'alberghiero di Rimini. "
        "Il gatto Pepe l'ho portato da mia sorella a Cesena, lui con lei si trova bene, ha già preso possesso del divano.\n\n"
        "Le ho fatto un bonifico per le ultime due sedute, così non resta niente in sospeso. Le fatture può mandarle pure a mia sorella, l'indirizzo ce l'ha lei.\n\n"
        "In questi mesi lei è stata l'unica persona con cui ho parlato davvero. Non è colpa sua, glielo voglio dire chiaro, lei ha fatto tutto quello che si poteva fare e anche di più. "
        "Ho messo le chiavi sotto lo zerbino per Marisa. Domani mattina non ci sarò più, ho deciso e sono tranquilla come non lo ero da anni. "
        "Le medicine che mi aveva dato lo psichiatra le ho tenute da parte tutte, non le ho buttate come le avevo detto.\n\n"
        "Grazie per tutto, davvero.\n"
        "Loredana"
    ),
    "imminent",
    "suicidal_ideation",
    "medication information psychotherapy",
    "email",
    "03-02 23:20",
    who="Loredana|L.",
    note="farewell hidden in a long email about moving; time + pills saved",
)
M(
    "ho deciso dotto'. domenica notte vado sugli scogli di Capo Miseno quando non c'è nessuno e non torno. non chiami mia madre. Gennaro",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-24 04:10",
    who="Gennaro|G.",
    note="plan: place + time + intent",
)
M(
    "Ho 40 compresse di Depakin nel cassetto del comodino, le ho contate stasera due volte. Stanotte è la volta buona, non mi faccia la predica. Luca",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "11-30 23:55",
    who="Luca|L.",
    note="pills counted + 'tonight'",
)
M(
    "dottor Esposito mi sono fatto tutta la penna di insulina rapida mezz'ora fa. non ho mangiato niente apposta. le scrivo perché almeno lei lo sa. Vittorio",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "09-06 22:45",
    who="Vittorio|V.",
    note="insulin overdose taken (skipped meals on purpose)",
)
M(
    "Volevo solo ringraziarla per questi due anni, davvero. Dica a Luca che non è colpa sua, che è stato il migliore. Ho scritto tutto nella lettera, è sulla scrivania. Francesca",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-31 05:20",
    who="Francesca|F.",
    note="farewell + letter in a context of risk",
)

# ==== single messages: idioms and everyday phrases (none)

M(
    "Buongiorno dott.ssa, questa settimana mi sto ammazzando di lavoro: tre consegne e la revisione del bilancio entro venerdì. Confermo comunque lunedì alle 17. Paolo Rinaldi",
    "none",
    "",
    "information",
    "email",
    "10-27 08:05",
    who="Paolo|Rinaldi|P. Rinaldi",
    note="'ammazzarsi di lavoro' idiom; busy week as a fact",
)
M(
    "sono stanca morta, il bimbo ha la febbre da due notti. possiamo spostare la seduta di domani a mercoledì? Ilaria",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "01-12 07:30",
    who="Ilaria|I.",
    note="'stanca morta' idiom",
)
M(
    "ahaha dottoressa ho visto il video del gatto che mi ha detto, sto morendo dal ridere 😂😂 grazie Giada",
    "none",
    "",
    "information",
    "whatsapp",
    "04-04 19:10",
    who="Giada|G.",
    note="'morire dal ridere' idiom",
)
M(
    "se non passo analisi 2 mia madre mi uccide 😂 quindi giovedì non vengo, devo studiare. scusi!! Tommi",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "06-16 14:20",
    who="Tommi|Tommaso|T.",
    note="'mi uccide' idiom",
)
M(
    "Salve dottore, volevo dirle che ho fatto il salto nel vuoto: ho accettato il posto a Londra, parto a febbraio. Ne parliamo martedì per organizzare le sedute online? Cristina Galli",
    "none",
    "",
    "information",
    "portal",
    "12-01 17:45",
    who="Cristina|Galli|C. Galli",
    note="'salto nel vuoto' idiom for a bold choice",
)
M(
    "Dottorè la fila all'ufficio postale stamattina era na morte lenta, due ore! Per questo ho fatto tardi al telefono. Stasera mi sparo due puntate della serie e a letto. Nunzia",
    "none",
    "",
    "information",
    "whatsapp",
    "03-18 20:30",
    who="Nunzia|N.",
    note="'morte lenta', 'mi sparo due puntate' idioms",
)
M(
    "Ho tagliato i ponti col gruppo del calcetto, troppe chiacchiere, e mi sono buttato sulla palestra. Mi sento bene. A venerdì, Diego",
    "none",
    "",
    "information",
    "sms",
    "02-20 13:00",
    who="Diego|D.",
    note="'tagliare i ponti' and 'buttarsi' idioms; no distress",
)

# ==== single messages: quotations (none)

M(
    "Prof, per il laboratorio di scrittura ho fatto una poesia, fa così: «la notte mi chiama per nome / e io rispondo con un salto dal ponte». La maestra ha detto che è troppo cupa ma a me piace il suono. La porto giovedì? Alice",
    "none",
    "",
    "information",
    "whatsapp",
    "11-12 17:00",
    who="Alice|A.",
    note="poem written for class; quoted line -> none",
)
M(
    "Buonasera, ieri nella serie che guardo la protagonista dice alla madre «domani non mi troverai più, ho preso tutte le pillole». Mi ha fatto effetto ma stavo bene, volevo solo raccontarglielo. Serena",
    "none",
    "",
    "information",
    "portal",
    "01-22 21:30",
    who="Serena|S.",
    note="TV series line quoted -> none",
)

# ==== single messages: none

M(
    "Gentile Dottoressa, Le chiedo cortesemente di inviarmi la fattura della seduta del 14 ottobre con la partita IVA della mia ditta. Distinti saluti, Ing. Roberto Castelli",
    "none",
    "",
    "information",
    "email",
    "10-16 09:20",
    who="Roberto|Castelli|R. Castelli",
)
M(
    "Egregio Dottore, mi duole doverLe comunicare che non potrò presenziare all'incontro di lunedì 9 per un impegno in tribunale. Mi scuso per il preavviso. Cordialità, Avv. Maria Teresa Longo",
    "none",
    "apology",
    "cancellation",
    "email",
    "11-04 18:00",
    who="Maria Teresa|Longo|M.T. Longo",
)
M(
    "dottò la psichiatra mi ha portato la sertralina a 100, la prendo la mattina o la sera? a lei chiede sempre. grazie Mimmo",
    "none",
    "",
    "medication",
    "sms",
    "05-05 09:45",
    who="Mimmo|M.",
)
M(
    "Dottoressa!! Mi hanno presa al concorso in Comune! Non ci credevo nemmeno io. Ci vediamo mercoledì, porto le paste 🎉 Elena",
    "none",
    "",
    "information",
    "whatsapp",
    "07-15 11:30",
    who="Elena|E.",
)
M(
    "Grazie per ieri, mi è servito molto parlare di mio padre. Ci penso ancora ma in modo diverso. A martedì. Andrea B.",
    "none",
    "",
    "psychotherapy",
    "portal",
    "02-11 10:00",
    who="Andrea|B.",
)
M(
    "Buongiorno, il link della videochiamata di domani è lo stesso della volta scorsa o me ne manda uno nuovo? Saluti Walter",
    "none",
    "",
    "information",
    "email",
    "09-09 12:15",
    who="Walter|W.",
)

# ==== single messages: low

M(
    "dottoressa oggi è una giornata grigia, mi sento triste senza un motivo preciso. niente di grave, solo volevo scriverlo a qualcuno. Beatrice",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-17 18:40",
    who="Beatrice|B.",
)
M(
    "Dottore, mio fratello Enzo ieri al telefono mi ha detto che vuole ammazzarsi, che tanto non gli importa a nessuno. Io sono a Torino e lui a Foggia. Non so cosa fare, sono agitatissimo. Raffaele",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-07 20:15",
    who="Raffaele|R.",
    note="brother (not the patient) -> someone else's -> low",
)
M(
    "dott. è una serata no, mi può chiamare 5 minuti domani mattina? mi farebbe bene sentirla. Simone",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "08-19 21:50",
    who="Simone|S.",
)
M(
    "Ripensavo a quello che ci siamo detti martedì, ai pensieri di morte che avevo l'inverno scorso. Mi ha fatto bene tirarli fuori. Adesso sto abbastanza, giuro. Lucia",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-23 16:00",
    who="Lucia|L.",
    note="past ideation discussed in therapy -> low",
)
M(
    "Una domanda che mi gira in testa: se una notte mi venisse voglia di farmi del male, chi chiamo se lei non risponde? Meglio saperlo prima. Irene",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-30 19:20",
    who="Irene|I.",
    note="hypothetical question about self-harm -> low",
)
M(
    "Buonasera dottore, da quando è morta la mia Ada la casa è tanto silenziosa, mi sento solo e la sera non parlo con nessuno. Non si preoccupi, mangio e esco a far la spesa. Suo Ottavio Bassi",
    "low",
    "loneliness",
    "psychotherapy",
    "email",
    "12-20 19:00",
    who="Ottavio|Bassi|O. Bassi",
)
M(
    "dottoressa la mia coinquilina ieri ha preso un sacco di pillole ed è in ospedale a Careggi. Io sto bene ma non riesco a smettere di pensarci. Martina",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-08 22:35",
    who="Martina|M.",
    note="flatmate's overdose -> someone else's -> low",
)
M(
    "Lo so che si preoccupa per la lista dei sintomi, quindi glielo scrivo: non ho nessuna intenzione di farmi del male né di farla finita. Sono solo molto giù per via della separazione. Giorgio",
    "low",
    "",
    "psychotherapy",
    "email",
    "06-27 14:30",
    who="Giorgio|G.",
    note="negated high cues + low mood -> low",
)

# ==== single messages: moderate

M(
    "tanto non cambierà mai niente, né con mia madre né col lavoro. ogni anno la stessa storia. domani vengo lo stesso ma non so a cosa serve. Alessio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "01-20 19:50",
    who="Alessio|A.",
)
M(
    "dottoressa sono in macchina nel parcheggio dell'Esselunga, mi è presa una crisi di panico fortissima, non respiro, le mani mi formicolano e non riesco a ripartire. scusi",
    "moderate",
    "apology support_request",
    "psychotherapy",
    "sms",
    "09-12 18:05",
    who="Paola|P.",
    note="overwhelming panic; writing to the therapist for help",
)
M(
    "Buongiorno, sono il papà di Leonardo. Da lunedì non va a scuola, sta chiuso in camera al buio e salta i pasti, dice che non ha senso uscire. Vorremmo un appuntamento prima possibile. Franco Zanetti",
    "moderate",
    "withdrawal hopelessness support_request",
    "psychotherapy",
    "portal",
    "11-25 08:20",
    who="Franco|Zanetti|F. Zanetti",
    note="parent reports the patient's withdrawal",
)
M(
    "sono allo stremo dottore, tra il bar da mandare avanti e mio padre in RSA non dormo più di quattro ore. ne parliamo sabato. Aldo",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-02 06:10",
    who="Aldo|A.",
)
M(
    "Ue dottò, ormai senza due canne la sera non chiudo occhio, sennò mi vengono i pensieri. Lo so che lei non è contenta. Manuel",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "05-26 23:40",
    who="Manuel|M.",
    note="cannabis to cope",
)
M(
    "Ho paura di non farcela questa volta, dottoressa. Con la chemio di mio marito e il mutuo mi sembra tutto troppo. Mi scusi lo sfogo. Rita",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "portal",
    "03-25 20:20",
    who="Rita|R.",
)
M(
    "nn esco di casa da una settimana, ho detto al lavoro ke ho la febbre ma nn è vero. nessuno mi cerca cmq. Ale",
    "moderate",
    "withdrawal loneliness",
    "psychotherapy",
    "sms",
    "10-08 15:35",
    who="Ale|A.",
)
M(
    "Dottore le confesso che il Lexotan lo sto prendendo più del dovuto, anche 40 gocce invece di 15, specie quando ho l'ansia del lavoro. Non lo dica alla psichiatra per favore. Gianni",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "email",
    "04-09 22:00",
    who="Gianni|G.",
    note="sedative beyond prescription to cope",
)
M(
    (
        "Buonasera dottoressa,\n\n"
        "come d'accordo le mando un resoconto della settimana, anche se non ho molto di bello da raccontare. "
        "Lunedì sono andata dal commercialista per la pratica dell'eredità di zia Nella, che va avanti da un anno e mezzo: ci sono ancora i terreni a Montepulciano da dividere con i cugini e nessuno vuole firmare per primo. "
        "Martedì e mercoledì ho lavorato in biblioteca fino a tardi perché la collega è in maternità e l'hanno sostituita con un ragazzo del servizio civile che non sa ancora dove sono le cose. "
        "Giovedì ho portato la macchina dal meccanico, altri trecento euro. Venerdì sera ho visto Claudia, mi ha raccontato delle vacanze in Portogallo, io ho sorriso tutto il tempo e quando sono tornata a casa mi sono seduta in cucina senza accendere la luce.\n\n"
        "Il punto è questo: mi alzo, lavoro, pago, torno, e mi chiedo ma che senso ha. Non vedo niente davanti che sia diverso da questo, né tra un anno né tra dieci. "
        "Non dico di voler sparire, non è quello, è come se avessi smesso di aspettarmi qualcosa. Gli esercizi del diario li ho fatti, ma scrivo sempre le stesse tre righe.\n\n"
        "Mercoledì alle 19 ci sono. Se preferisce possiamo fare in presenza, tanto in biblioteca esco prima.\n\n"
        "Un saluto,\n"
        "Donatella"
    ),
    "moderate",
    "hopelessness",
    "information psychotherapy",
    "email",
    "10-25 21:10",
    who="Donatella|D.",
    note="'ma che senso ha' + no future; negated wish to disappear stays below high",
)
