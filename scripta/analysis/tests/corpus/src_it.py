# Messaggi italiani di fantasia, scritti per questo corpus. Etichette secondo GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Iniziale",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate
M(
    "ho di nuovo voglia di tagliarmi, stasera è fortissima. Giulia",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-14 23:52",
    who="Giulia|G.",
    g="it-sh-01",
    v="base",
)
M(
    "nn ho più voglia di tagliarmi, stasera sto tranquilla. Giulia",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-14 23:52",
    who="Giulia|G.",
    g="it-sh-01",
    v="negation",
    note="autolesione negata -> low",
)
M(
    "come abbiamo detto martedì, alle medie mi tagliavo spesso. parlarne mi ha fatto bene. Giulia",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-14 23:52",
    who="Giulia|G.",
    g="it-sh-01",
    v="tense",
    note="passato, discusso in seduta -> low",
)
M(
    "la mia amica ha di nuovo voglia di tagliarsi, dice che stasera è fortissima. nn so come aiutarla. Giulia",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-14 23:52",
    who="Giulia|G.",
    g="it-sh-01",
    v="person",
    note="esperienza di un'altra persona -> low",
)

M(
    "vorrei morire, voglio solo che finisca sta settimana",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-03 21:40",
    who="Chiara",
    g="it-si-01",
    v="base",
)
M(
    "nn voglio morire, voglio solo che finisca sta settimana",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-03 21:40",
    who="Chiara",
    g="it-si-01",
    v="negation",
    note="desiderio di morte negato -> low",
)
M(
    "nn voglio più vivere, voglio solo che finisca sta settimana",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-03 21:40",
    who="Chiara",
    g="it-si-01",
    v="negation",
    note="negazione che porta il rischio",
)

M(
    "giuro che stasera mi ammazzo. Marco",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 22:30",
    who="Marco",
    g="it-idi-01",
    v="base",
    note="intento con un momento",
)
M(
    "mi ammazzo di lavoro sta settimana, tre consegne e la stampante rotta. ci vediamo giovedì. Marco",
    "none",
    "",
    "information",
    "sms",
    "04-02 22:30",
    who="Marco",
    g="it-idi-01",
    v="idiom",
)
M(
    "muoio dal ridere, mia sorella stasera a cena era imbattibile 😂 Marco",
    "none",
    "",
    "information",
    "sms",
    "04-02 22:30",
    who="Marco",
    g="it-idi-01",
    v="idiom",
)
M(
    "ho una fame che ucciderei per una pizza. cmq la seduta di oggi è andata benissimo, grazie! Marco",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "04-02 20:30",
    who="Marco",
    g="it-idi-01",
    v="idiom",
)

M(
    "stanotte la faccio finita. scusa per tutto.",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "01-19 00:35",
    who="Alessandro|Ale",
    g="it-quo-01",
    v="base",
)
M(
    'ieri sera ho visto un film e il protagonista dice "stanotte la faccio finita" prima del colpo di scena. bellissimo :) Ale',
    "none",
    "",
    "information",
    "whatsapp",
    "01-19 10:10",
    who="Alessandro|Ale",
    g="it-quo-01",
    v="quotation",
)
M(
    'ho in testa tutto il giorno quella canzone "stanotte la faccio finita e ballo fino all\'alba" ahah. Ale',
    "none",
    "",
    "information",
    "whatsapp",
    "01-19 16:10",
    who="Alessandro|Ale",
    g="it-quo-01",
    v="quotation",
)

M(
    "nn ce la faccio più. nn cambia niente. Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:20",
    who="Chiara",
    g="it-hop-01",
    v="base",
)
M(
    "NN CE LA FACCIO PIÙ. NN CAMBIA NIENTE. CHIARA",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:20",
    who="Chiara",
    g="it-hop-01",
    v="caps",
)
M(
    "nn ce la faccio più... nn cambia niente... mai... Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:20",
    who="Chiara",
    g="it-hop-01",
    v="emoticon",
    note="stesse parole con i puntini: 3 ellissi in poco testo",
)
M(
    "nn ce la faccio più :( nn cambia niente :( Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:20",
    who="Chiara",
    g="it-hop-01",
    v="emoticon",
)

M(
    "ti odio! :-)",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "06-08 19:10",
    who="Davide",
    g="it-emo-01",
    v="base",
)
M(
    "ti odio! :-(",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-08 19:10",
    who="Davide",
    g="it-emo-01",
    v="emoticon",
)
M(
    "l'esame è andato benissimo :( Davide",
    "low",
    "valence_shift",
    "information psychotherapy",
    "whatsapp",
    "06-10 13:20",
    who="Davide",
    g="it-emo-02",
    v="base",
)
M(
    "l'esame è andato benissimo :) Davide",
    "none",
    "",
    "information",
    "whatsapp",
    "06-10 13:20",
    who="Davide",
    g="it-emo-02",
    v="emoticon",
)
M(
    "sto da schifo 😂😂",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "06-11 22:10",
    who="Davide",
    g="it-emo-03",
    v="base",
    note="parole negative, faccina che ride",
)
M(
    "sto da schifo 😭",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-11 22:10",
    who="Davide",
    g="it-emo-03",
    v="emoticon",
)

M(
    "anche oggi sono rimasta a letto tutto il giorno. nn ho risposto a nessuno. Elena",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-20 20:05",
    who="Elena|E.",
    g="it-wd-01",
    v="base",
)
M(
    "la mia coinquilina anche oggi è rimasta a letto tutto il giorno, nn risponde a nessuno. sono un po preoccupata. Elena",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-20 20:05",
    who="Elena|E.",
    g="it-wd-01",
    v="person",
)
M(
    "oggi nn sono rimasta a letto! mi sono alzata, doccia e passeggiata. Elena",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "02-20 20:05",
    who="Elena|E.",
    g="it-wd-01",
    v="negation",
)

M(
    "bevo tutte le sere per riuscire a dormire. ieri mezza bottiglia di vodka. Matteo",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "03-01 01:25",
    who="Matteo|Teo",
    g="it-sub-01",
    v="base",
)
M(
    "nn bevo più la sera per dormire, sono tre settimane ormai. Matteo",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "03-01 21:25",
    who="Matteo|Teo",
    g="it-sub-01",
    v="negation",
)
M(
    "l'anno scorso bevevo tutte le sere per dormire, come le avevo detto al primo colloquio. Matteo",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-01 21:25",
    who="Matteo|Teo",
    g="it-sub-01",
    v="tense",
)

M(
    "mi sento così sola stasera. nessuno mi cerca mai. Sara",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-02 23:35",
    who="Sara|S.",
    g="it-lon-01",
    v="base",
)
M(
    "mi sento cosi sola stasera :( nessuno mi cerca mai",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-02 23:35",
    who="Sara|S.",
    g="it-lon-01",
    v="emoticon",
)
M(
    '"mi sento così sola stasera, nessuno mi cerca mai" è il primo verso della poesia che ho scritto x scuola, ho preso 9! Sara',
    "none",
    "",
    "information",
    "sms",
    "11-02 18:35",
    who="Sara|S.",
    g="it-lon-01",
    v="quotation",
)

M(
    "ho contato le pastiglie, sono 40. le prendo dopo mezzanotte. addio.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "12-21 23:10",
    who="Francesca|Fra",
    g="it-imm-01",
    v="base",
)
M(
    "nel libro che sto leggendo la protagonista conta le pastiglie, sono 40, e dice che le prenderà dopo mezzanotte. pesante. Fra",
    "none",
    "",
    "information",
    "sms",
    "12-21 21:10",
    who="Francesca|Fra",
    g="it-imm-01",
    v="quotation",
)
M(
    "due anni fa avevo contato le pastiglie, erano 40. sono contenta che adesso riesco a parlarne con lei. Fra",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "12-21 21:10",
    who="Francesca|Fra",
    g="it-imm-01",
    v="tense",
)

M(
    "ho preso tutte le gocce. scusami.",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "09-09 02:20",
    who="Francesca|Fra",
    g="it-od-01",
    v="base",
)
M(
    "ho preso tutte le gocce che mi servono x il viaggio, tranquilla. Fra",
    "none",
    "",
    "medication information",
    "sms",
    "09-09 14:20",
    who="Francesca|Fra",
    g="it-od-01",
    v="idiom",
    note="'preso' = portato con sé",
)

M(
    "sto pensando di buttarmi dal ponte vicino a casa.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-05 22:50",
    who="Davide",
    g="it-meth-01",
    v="base",
)
M(
    "nel film lui pensa di buttarsi dal ponte e poi lo trova il suo cane. ho pianto tantissimo 😭 Davide",
    "none",
    "",
    "information",
    "whatsapp",
    "10-05 22:50",
    who="Davide",
    g="it-meth-01",
    v="quotation",
)
M(
    "se mai pensassi di buttarmi da un ponte cosa dovrei fare? chiedo per il volantino che mi ha dato. Davide",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-05 17:50",
    who="Davide",
    g="it-meth-01",
    v="negation",
    note="ipotetico -> low",
)

# ---------------------------------------------------------------- none: logistica, notizie
M(
    "Buongiorno dottoressa, sono Elena. Possiamo spostare la seduta di giovedì alle 17? Grazie",
    "none",
    "",
    "cancellation",
    "sms",
    "01-08 09:15",
    who="Elena|E.",
)
M(
    "scusi devo disdire domani, mio figlio ha la febbre. chiamo io la segreteria x un altro giorno. Paola",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "01-12 07:50",
    who="Paola",
)
M(
    "ricevuta la fattura grazie, fatto il bonifico stamattina. Giorgio",
    "none",
    "",
    "information",
    "email",
    "01-15 11:25",
    who="Giorgio",
)
M(
    "il link x la videoseduta di lunedì è lo stesso dell'altra volta? Sara",
    "none",
    "",
    "information",
    "portal",
    "01-16 18:45",
    who="Sara|S.",
)
M("ok grazie a giovedi", "none", "", "", "sms", "01-17 12:05", who="Luca")
M(
    "il colloquio è andato benissimo!! mi richiamano la prossima settimana 🎉 Elena",
    "none",
    "",
    "information",
    "whatsapp",
    "01-20 16:35",
    who="Elena|E.",
)
M(
    "il nuovo dosaggio mi sembra ok, niente più mal di testa. lo devo prendere la sera o la mattina? Matteo",
    "none",
    "",
    "medication",
    "portal",
    "01-22 08:50",
    who="Matteo|Teo",
)
M(
    "arrivo 10 minuti in ritardo, bus bloccato. scusi! Sara",
    "none",
    "apology",
    "information",
    "sms",
    "01-23 16:55",
    who="Sara|S.",
)
M(
    "ho passato l'esame della patente 😊😊 pensavo le facesse piacere saperlo. Davide",
    "none",
    "",
    "information",
    "whatsapp",
    "01-24 14:05",
    who="Davide",
)
M(
    "Gentile dottoressa, le confermo la seduta di coppia di mercoledì alle 18, ci saremo entrambi. Cordiali saluti, Giorgio",
    "none",
    "",
    "information",
    "email",
    "01-26 10:15",
    who="Giorgio",
)
M(
    "mi può mandare la ricevuta di gennaio x il 730? grazie Chiara",
    "none",
    "",
    "information",
    "email",
    "01-27 09:05",
    who="Chiara",
)
M(
    "settimana bella davvero. ho parlato con mio padre come avevamo provato in seduta. mi ha ascoltato! Luca",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "01-28 19:25",
    who="Luca|L.",
)
M(
    "oggi nn riesco a venire, mi si è rotta la macchina 😩 possiamo fare venerdì?",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "02-02 08:20",
    who="Marco",
)
M(
    "URGENTE: devo spostare l'appuntamento di domani, mi hanno cambiato i turni. mi risponda oggi x favore. Giorgio",
    "none",
    "urgency",
    "cancellation",
    "sms",
    "02-04 17:35",
    who="Giorgio",
)
M(
    "grazie x ieri. ho pensato tutto il giorno a quello che mi ha detto su mia madre. Chiara",
    "none",
    "",
    "psychotherapy",
    "portal",
    "02-05 20:05",
    who="Chiara",
)
M(
    "salve sono Francesca, in farmacia dicono che la ricetta è scaduta, la psichiatra me la può rifare?",
    "none",
    "",
    "medication",
    "portal",
    "02-06 12:35",
    who="Francesca|Fra",
)
M(
    "avete posto il sabato? a marzo inizio il lavoro nuovo. Luca",
    "none",
    "",
    "information",
    "email",
    "02-07 15:20",
    who="Luca|L.",
)
M(
    "ABBIAMO PRESO LA CASA!!! trasloco a marzo 🥳 Sara",
    "none",
    "",
    "information",
    "whatsapp",
    "02-08 13:15",
    who="Sara|S.",
    note="solo 17 lettere maiuscole in 3 parole: all_caps per la regola della sequenza",
)
M(
    "è normale avere sonno con le compresse nuove? spero solo i primi giorni. Fra",
    "none",
    "",
    "medication",
    "sms",
    "02-09 10:45",
    who="Francesca|Fra",
)
M(
    "nn vedo l'ora di raccontarle cosa è successo sabato con Andrea 😄 è andata troppo bene. Elena",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "02-10 11:10",
    who="Elena|E.",
)
M(
    "il capo mi uccide, ho dimenticato di nuovo il report. cmq ci vediamo alle 4. Giorgio",
    "none",
    "",
    "information",
    "sms",
    "02-11 14:05",
    who="Giorgio",
    note="modo di dire",
)
M(
    "ahah quel meme che mi ha detto, sono morto 😂😂 Luca",
    "none",
    "",
    "",
    "whatsapp",
    "02-12 18:20",
    who="Luca|L.",
    note="modo di dire: 'sono morto' dal ridere",
)

# ---------------------------------------------------------------- low
M(
    "oggi un po giù, niente di preciso. volevo solo dirlo a qualcuno. Chiara",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-14 19:45",
    who="Chiara",
)
M(
    "possiamo sentirci 5 minuti stasera? sono troppo triste dopo la telefonata con mia madre. Elena",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "02-15 20:10",
    who="Elena|E.",
)
M(
    "sono usciti tutti di nuovo senza di me. resto sempre io quella esclusa. Sara",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "02-16 22:20",
    who="Sara|S.",
)
M(
    "scusa se ti scrivo a quest'ora... sto proprio giù... mi chiami domani?",
    "low",
    "apology support_request",
    "psychotherapy",
    "sms",
    "02-17 23:58",
    who="Giulia|G.",
)
M(
    "oggi mi manca tantissimo il nonno. era il suo compleanno. Luca",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-18 17:35",
    who="Luca|L.",
)
M(
    "Buonasera dottoressa, sono Paola la mamma di Giulia. È tornata da scuola muta e si è chiusa in camera. Devo preoccuparmi? Possiamo sentirci un attimo? Paola",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "02-19 18:15",
    who="Paola",
)
M(
    "all'università nn mi parla nessuno. pranzo da sola tutti i giorni. Francesca",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "02-20 13:45",
    who="Francesca|Fra",
)
M(
    "sono triste e nn so xke... piove... tutto grigio... Luca",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-21 16:25",
    who="Luca|L.",
)
M(
    "ho litigato con Andrea e nn riesco a smettere di piangere 😢 mi scrive qualcosa? Elena",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "02-22 21:35",
    who="Elena|E.",
)
M(
    "oggi è stata dura :( ma sto bene. Sara",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-23 19:05",
    who="Sara|S.",
)
M(
    "a parte lei nn ho nessuno con cui parlare. è strano? Matteo",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "02-24 22:55",
    who="Matteo|Teo",
)
M(
    "possiamo fare una seduta in più questa settimana? con la mia ragazza sta andando tutto a rotoli. Giorgio",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "02-25 08:35",
    who="Giorgio",
)
M(
    "da quando sto a Londra mi sento sola, qui corrono tutti. Fra",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "02-26 22:10",
    tz="Europe/London",
    who="Francesca|Fra",
    note="studentessa all'estero: ora locale di Londra",
)
M(
    "ho solo bisogno di sentirmi dire che andrà bene. scusa. Chiara",
    "low",
    "support_request apology",
    "psychotherapy",
    "sms",
    "02-27 23:25",
    who="Chiara",
)
M(
    "nn mi faccio del male, te lo prometto. volevo solo che sapessi che sta settimana è pesante. Giulia",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 22:45",
    who="Giulia|G.",
    note="autolesione negata -> low",
)

# ---------------------------------------------------------------- moderate
M(
    "ma che senso ha. x me nn cambia mai niente. Davide",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-03 00:35",
    who="Davide",
)
M(
    "nn esco di casa da quattro giorni. nn riesco a vedere nessuno. Chiara",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "03-04 15:05",
    who="Chiara",
)
M(
    "ho paura di nn farcela a arrivare a fine mese. Elena",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "03-05 07:15",
    who="Elena|E.",
)
M(
    "ieri sera ho fumato un sacco di canne solo x nn pensare. Luca",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "03-06 11:50",
    who="Luca|L.",
)
M(
    "oggi ho preso due xanax in più x calmarmi, è grave?? Sara",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "03-07 20:25",
    who="Sara|S.",
)
M(
    "ho spento il telefono tutto il weekend, nn volevo vedere nessuno. Giorgio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "03-09 09:05",
    who="Giorgio",
)
M(
    "NN NE POSSO PIÙ!!! CE L'HANNO TUTTI CON ME",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-10 23:20",
    who="Alessandro|Ale",
)
M(
    "sono ubriaco e odio tutto. scusa",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "whatsapp",
    "03-11 02:35",
    who="Matteo|Teo",
)
M(
    "nn vado al lavoro da una settimana. sto a letto a fissare il soffitto. finirà mai? Giorgio",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "email",
    "03-12 10:35",
    who="Giorgio",
)
M(
    "attacco di panico di nuovo in metro, sono dovuta scendere e stare sulla banchina un'ora. nn posso andare avanti così. Elena",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-13 08:45",
    who="Elena|E.",
    note="'nn posso andare avanti così' = non ce la faccio più, non desiderio di morte",
)
M(
    "da sti debiti nn esco, da sto matrimonio nn esco. sono in trappola. Giorgio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "03-14 21:05",
    who="Giorgio",
)
M(
    "oggi di nuovo niente scuola, sono rimasta sotto le coperte. nn lo dica a mia mamma x favore. Giulia",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "03-15 13:15",
    who="Giulia|G.",
)

# ---------------------------------------------------------------- high
M(
    "a volte vorrei addormentarmi e nn svegliarmi più. Chiara",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-16 23:50",
    who="Chiara",
)
M(
    "ho cercato su internet quante tachipirine ci vogliono. Sara",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "03-17 01:15",
    who="Sara|S.",
    note="pensare a un metodo",
)
M(
    "ieri sera mi sono graffiata le braccia fino a sanguinare. nn so xke l'ho fatto. Francesca",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "03-18 09:20",
    who="Francesca|Fra",
)
M(
    "starebbero tutti meglio senza di me.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-19 22:40",
    who="Davide",
)
M(
    "penso continuamente a morire. sempre. nn si ferma",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-20 03:25",
    who="Chiara",
)
M(
    "mi sono bruciato di nuovo con l'accendino. poco ma l'ho fatto. scusa. Ale",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "03-21 20:55",
    who="Alessandro|Ale",
)
M(
    "Gentile dottoressa, sono Roberto, il papà di Matteo. Ieri sera abbiamo trovato dei tagli sui polsi di Matteo. Lui dice che nn è niente ma siamo spaventati. Può vederlo prima della prossima settimana? Roberto",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "email",
    "03-22 07:35",
    who="Roberto",
)
M(
    "nn mi vedo vivo l'anno prossimo. Davide",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "03-23 18:05",
    who="Davide",
)
M(
    "ho una voglia di farmi male adesso. rispondimi ti prego.",
    "high",
    "self_harm urgency support_request",
    "psychotherapy",
    "sms",
    "03-24 00:25",
    who="Sara|S.",
)
M(
    "penso di nuovo ai binari. Luca",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-25 19:35",
    who="Luca|L.",
    note="metodo",
)

# ---------------------------------------------------------------- imminent
M(
    "questo è un addio. grazie x averci provato. dite a mia sorella che le volevo bene. Chiara",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-26 03:15",
    who="Chiara",
    note="commiato",
)
M(
    "ho preso 30 antidepressivi e mezza bottiglia di vino. mi dispiace.",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "sms",
    "03-27 01:45",
    who="Giorgio",
)
M(
    "ho scritto le lettere. stanotte lo faccio. nn provate a fermarmi.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-28 22:45",
    who="Elena|E.",
)
M(
    "sono sul tetto del palazzo. mi butto.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-29 23:58",
    who="Luca|L.",
)
M(
    "💊💊💊 tutte. buonanotte x sempre",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "03-30 02:10",
    who="Sara|S.",
)
M(
    "oggi ho comprato la corda. so dove e quando. nn chiami la polizia.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-31 21:20",
    who="Giorgio",
    note="piano",
)
M(
    "URGENTE sono Paola la mamma di Giulia. Giulia mi ha appena detto che ha preso una scatola intera delle mie pastiglie x dormire. andiamo al pronto soccorso. mi chiami",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "04-01 22:10",
    who="Paola",
)

# ---------------------------------------------------------------- altre varianti
M(
    "sono arrabbiatissimo con lei xke ha annullato la seduta. Davide",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-03 18:05",
    who="Davide",
    g="it-caps-01",
    v="base",
)
M(
    "SONO ARRABBIATISSIMO CON LEI XKE HA ANNULLATO LA SEDUTA. DAVIDE",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-03 18:05",
    who="Davide",
    g="it-caps-01",
    v="caps",
)
M(
    "sono arrabbiatissimo con lei xke ha annullato la seduta 😡 Davide",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-03 18:05",
    who="Davide",
    g="it-caps-01",
    v="emoticon",
)

M(
    "voglio ammazzarmi. nn so cosa fare, aiutami. Matteo",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "whatsapp",
    "04-04 21:35",
    who="Matteo|Teo",
    g="it-per-02",
    v="base",
)
M(
    "mio fratello dice che vuole ammazzarsi. nn so cosa fare, aiutami. Matteo",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "04-04 21:35",
    who="Matteo|Teo",
    g="it-per-02",
    v="person",
)

M(
    "mia madre mi ha cacciato di nuovo di casa 🙂",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-05 20:15",
    who="Alessandro|Ale",
    g="it-emo-04",
    v="base",
)
M(
    "mia madre mi ha cacciato di nuovo di casa 😢",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-05 20:15",
    who="Alessandro|Ale",
    g="it-emo-04",
    v="emoticon",
)

M(
    "sto bene, davvero. nn si preoccupi. ci vediamo martedì. Chiara",
    "none",
    "",
    "psychotherapy",
    "sms",
    "04-06 18:35",
    who="Chiara",
    g="it-ell-01",
    v="base",
)
M(
    "sto bene... davvero... nn si preoccupi... ci vediamo martedì... Chiara",
    "none",
    "",
    "psychotherapy",
    "sms",
    "04-06 18:35",
    who="Chiara",
    g="it-ell-01",
    v="emoticon",
)

M(
    "ieri sera mi sono tagliata di nuovo. Francesca",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "04-07 08:15",
    who="Francesca|Fra",
    g="it-sh-02",
    v="base",
)
M(
    "ieri sera nn mi sono tagliata, prima volta in un mese! Francesca",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "04-07 08:15",
    who="Francesca|Fra",
    g="it-sh-02",
    v="negation",
    note="autolesione negata -> low per regola, anche se è una buona notizia",
)
M(
    "IERI SERA MI SONO TAGLIATA DI NUOVO. FRANCESCA",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "04-07 08:15",
    who="Francesca|Fra",
    g="it-sh-02",
    v="caps",
)
M(
    '"ieri sera mi sono tagliata di nuovo" così inizia il diario della ragazza nella serie. mi ha fatto pensare alle nostre sedute. Francesca',
    "none",
    "",
    "information psychotherapy",
    "sms",
    "04-07 19:15",
    who="Francesca|Fra",
    g="it-sh-02",
    v="quotation",
)

# ---------------------------------------------------------------- email lunghe e chat lunghe
M(
    """Cara dottoressa,

come promesso le scrivo durante le vacanze. Sono seduta in un bar di Bolzano con un caffè troppo lungo e la neve che scende piano fuori dalla vetrina. Siamo arrivati sabato dopo sette ore di macchina: mio fratello ha dormito quasi sempre e io e mio padre abbiamo parlato davvero, per la prima volta da mesi. Mi ha chiesto dell'università e gli ho detto che sto pensando di cambiare facoltà. Mi aspettavo che si arrabbiasse come sempre, invece ha detto solo "fai quello che ti fa alzare la mattina". Ho quasi pianto. Mi è tornato in mente quello che mi aveva detto lei, di non decidere prima come reagiranno gli altri.

Lunedì siamo saliti a piedi fino a un rifugio sopra il paese, quattro ore, ho ancora le gambe a pezzi. La mamma è rimasta giù con un libro. La sera abbiamo cucinato insieme nella casetta, che ha una cucina grande come un armadio, e nessuno ha litigato, nemmeno per i piatti. Continuo a notare quanto mi sento diversa quando non sono a casa in mezzo a tutto.

Faccio l'esercizio del respiro prima di dormire e scrivo le tre cose belle della giornata. Certe sere sono solo due, ma le scrivo lo stesso. Ho anche notato che non guardo il telefono ogni cinque minuti per vedere se Andrea ha risposto, che lei sa quanto è importante per me.

Sono un po' agitata per il rientro e per gli esami di gennaio, ma è un'agitazione normale, non quella dell'anno scorso. Nella prossima seduta vorrei parlare della facoltà e di mio padre, se va bene.

Ci vediamo l'8. Grazie di tutto per quest'anno.

Un abbraccio,
Elena""",
    "none",
    "",
    "information psychotherapy",
    "email",
    "12-28 16:45",
    who="Elena|E.",
)

M(
    """Salve,

mi scusi, so che sarà una mail lunga e che avevamo detto di tenere queste cose per la seduta, ma nn credo di riuscire ad aspettare giovedì e nn sono sicuro che riuscirei a dirlo a voce.

Questa settimana è andata male. Peggio di quella prima di Natale. Lunedì e martedì sono andato in ufficio, mercoledì mi sono svegliato alle sei e nn riuscivo a muovermi. Ho chiamato dicendo che stavo male e sono rimasto a letto fino a sera. Giovedì e venerdì uguale. Al capo ho detto che ho l'influenza. Nn apro le tapparelle da martedì. Mangio cereali dalla scatola e poco altro. Mia sorella mi ha chiamato tre volte e ho lasciato squillare.

La cosa che mi spaventa è che nn mi sento nemmeno triste, mi sento vuoto, come se tutto fosse dietro un vetro. Continuo a pensare che sono fatto così e basta, e che la terapia, le medicine, tutto, sia solo un modo per far finta che qualcosa possa cambiare. Nn migliorerà niente. Guardo i miei colleghi e le loro vite e nn riesco a immaginare di averne una così.

So che me lo chiederà, quindi lo dico: nn sto pensando di farmi del male. È più che nn vedo un futuro, nn che voglio farla finita. Volevo solo che sapesse come stanno davvero le cose, perché in seduta finisco sempre per dire "va tutto bene" e poi torno a casa e nn va bene per niente.

Le pastiglie le ho prese tutti i giorni, almeno quello. Nn so se stanno facendo qualcosa.

Scusi ancora per la lunghezza. Nn serve che risponda, avevo solo bisogno di metterlo da qualche parte.

Giorgio""",
    "moderate",
    "withdrawal hopelessness apology",
    "medication psychotherapy",
    "email",
    "01-11 23:35",
    who="Giorgio",
    note="autolesione negata dentro una lettera moderate",
)

M(
    """Gentile dottoressa,

le scrivo per Matteo e mi scuso subito perché nn so dirlo in poche righe. Io e sua madre siamo molto preoccupati e nn sappiamo se stiamo esagerando.

Da dopo le vacanze di Carnevale Matteo nn esce quasi più dalla sua camera. Ha saltato otto giorni di scuola sugli ultimi dieci. Dice che ha mal di testa, ma il medico nn ha trovato niente. Ha smesso di andare a calcetto, che adorava, e nn risponde più agli amici; la mamma del suo migliore amico ci ha chiamato per chiedere se avevano litigato. Cena in camera, quando cena. Ha anche smesso di prendere la sertralina che gli ha dato la psichiatra a settembre: ho trovato le confezioni piene nel cassetto.

Ieri sera, ed è per questo che le scrivo, ho usato il suo portatile per stampare una cosa per sua sorella e il browser era ancora aperto. Aveva cercato "modi indolori per morire" e "quanto ci vuole per annegare". Ho chiuso tutto e nn gli ho ancora detto niente perché avevo paura di sbagliare. Nn ho dormito per niente.

Ci può dire cosa fare? Gli parliamo stasera o aspettiamo la seduta di martedì? Può vederlo prima? Possiamo portarlo ovunque a qualsiasi ora. Vorremmo anche sapere se dobbiamo portarlo al pronto soccorso.

Grazie per aver letto fin qui, e mi scusi per la lunghezza.

Roberto Ferri (papà di Matteo)
333 1234567""",
    "high",
    "withdrawal suicidal_ideation support_request apology",
    "medication psychotherapy",
    "email",
    "02-13 06:25",
    who="Roberto|Roberto Ferri",
    note="il genitore riporta le ricerche del figlio su metodi -> high",
)

M(
    """Buonasera,

sono state settimane strane e ho pensato di scriverle prima della seduta, perché quando sono lì con lei perdo il filo.

Il lavoro va bene. Ho finito il progetto per il comune e la mia responsabile ha detto che è la relazione migliore che ha letto quest'anno, e lo so che dovrei esserne contenta. Sono andata al matrimonio di mia cugina a Bari e ho ballato, ballato davvero, lei si ricorderà che avevo detto che nn l'avrei mai fatto. La casa è in ordine. Sulla carta va tutto bene.

Ma le sere sono difficili. Torno a casa, mangio davanti alla tv e poi ci siamo solo io e il silenzio finché nn mi addormento. Nessuno mi scrive se nn ha bisogno di qualcosa. Ho colleghi ma nn amici, nn davvero. A volte passo un weekend intero senza dire una parola a nessuno.

E devo dirle una cosa che in seduta nn ho detto. Certe sere penso a come lo farei, e le pastiglie nell'armadietto del bagno mi sembrano molto vicine. Nn ho una data né niente del genere, e nn credo che lo farei, ma il pensiero torna più spesso di prima, e mi spaventa che mi sembri quasi tranquillo.

Vorrei parlarne venerdì. Glielo dico adesso così nn posso far finta di essermene dimenticata.

Sara""",
    "high",
    "loneliness suicidal_ideation",
    "information psychotherapy",
    "email",
    "02-18 22:20",
    who="Sara|S.",
    note="pensiero del metodo dentro una lettera quasi calma",
)

M(
    "nn riesco a dormire... continuo a ripensare alla festa... tutti che ridevano e io nell'angolo a far finta di scrivere a qualcuno... poi il bus a casa da sola... continuo a pensare che forse nn sono fatta per la gente... forse dovrei smettere di provarci... so che dirà che è la stanchezza che parla... e magari è così... ma sono le 3 e mi sembra vero... cmq... nn sono in pericolo o cose simili, avevo solo bisogno di scriverlo da qualche parte che nn fosse la mia testa... scusa il poema... a lunedì... G.",
    "low",
    "loneliness apology",
    "psychotherapy",
    "whatsapp",
    "04-12 03:10",
    who="Giulia|G.",
)

# ---------------------------------------------------------------- batch 3: altre varianti
M(
    "voglio solo morire. Matteo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-13 21:15",
    who="Matteo|Teo",
    g="it-idi-02",
    v="base",
)
M(
    'sono morto di vergogna, ho chiamato la prof "mamma" davanti a tutta la classe 🙈 Matteo',
    "none",
    "",
    "information",
    "sms",
    "04-13 16:15",
    who="Matteo|Teo",
    g="it-idi-02",
    v="idiom",
)

M(
    "stasera la chiudo. ho deciso. Elena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-14 21:45",
    who="Elena|E.",
    g="it-idi-03",
    v="base",
    note="'la chiudo' senza oggetto, dopo settimane di crisi: intento",
)
M(
    "stasera la chiudo con Andrea, ho deciso. mi faccia in bocca al lupo! Elena",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-14 18:45",
    who="Elena|E.",
    g="it-idi-03",
    v="idiom",
    note="chiudere la relazione",
)

M(
    "sabato scorso ho preso troppe pastiglie apposta e nn l'ho detto a nessuno. tremo ancora. Luca",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "04-15 10:25",
    who="Luca|L.",
    g="it-per-03",
    v="base",
)
M(
    "sabato scorso mia cugina ha preso troppe pastiglie apposta, è in ospedale. tremo ancora. Luca",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "04-15 10:25",
    who="Luca|L.",
    g="it-per-03",
    v="person",
)

M(
    "ultimamente penso spesso al suicidio. Giorgio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "04-16 19:05",
    who="Giorgio",
    g="it-ten-03",
    v="base",
)
M(
    "da ragazzo pensavo spesso al suicidio. oggi in seduta ho capito quanta strada ho fatto. Giorgio",
    "low",
    "",
    "psychotherapy",
    "email",
    "04-16 19:05",
    who="Giorgio",
    g="it-ten-03",
    v="tense",
)
M(
    "questo mese nn ho mai pensato al suicidio. Giorgio",
    "low",
    "",
    "information psychotherapy",
    "email",
    "04-16 19:05",
    who="Giorgio",
    g="it-ten-03",
    v="negation",
)

M(
    "vorrei solo smettere di esistere. Luca",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-17 23:15",
    who="Luca|L.",
    g="it-quo-02",
    v="base",
)
M(
    'oggi la prof di italiano ci ha letto una poesia che finisce con "vorrei solo smettere di esistere" e la classe è rimasta zitta. Luca',
    "none",
    "",
    "information",
    "whatsapp",
    "04-17 17:15",
    who="Luca|L.",
    g="it-quo-02",
    v="quotation",
)
M(
    'mio nonno diceva sempre "a questo mondo si muore una volta sola, meglio ridere". oggi ci ho pensato tutto il giorno 🙂 Luca',
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "04-17 19:15",
    who="Luca|L.",
    g="it-quo-02",
    v="quotation",
    note="detto riportato, nessun rischio",
)

M(
    "rispondimi ti prego, devo parlarti adesso",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-18 22:35",
    who="Sara|S.",
    g="it-caps-02",
    v="base",
)
M(
    "RISPONDIMI TI PREGO, DEVO PARLARTI ADESSO",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-18 22:35",
    who="Sara|S.",
    g="it-caps-02",
    v="caps",
)
M(
    "rispondimi ti prego, devo parlarti adesso 😭😭",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-18 22:35",
    who="Sara|S.",
    g="it-caps-02",
    v="emoticon",
)

M(
    "evviva, altro attacco di panico al supermercato 🙂 Elena",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-19 12:35",
    who="Elena|E.",
    g="it-emo-05",
    v="base",
)
M(
    "evviva, altro attacco di panico al supermercato 😩 Elena",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-19 12:35",
    who="Elena|E.",
    g="it-emo-05",
    v="emoticon",
)

M(
    "grazie di niente :)",
    "none",
    "valence_shift",
    "psychotherapy",
    "portal",
    "04-20 18:50",
    who="Alessandro|Ale",
    g="it-emo-06",
    v="base",
)
M(
    "grazie di niente :(",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-20 18:50",
    who="Alessandro|Ale",
    g="it-emo-06",
    v="emoticon",
)

# ---------------------------------------------------------------- batch 3: none
M(
    "la psichiatra mi ha abbassato la quetiapina a 25 mg. devo dirle questi cambi o nn importa? Francesca",
    "none",
    "",
    "medication",
    "portal",
    "04-21 09:35",
    who="Francesca|Fra",
)
M(
    "stamattina ho dimenticato le pastiglie, stasera ne prendo due? Sara",
    "none",
    "",
    "medication",
    "sms",
    "04-21 19:15",
    who="Sara|S.",
)
M(
    "gli effetti collaterali vanno molto meglio, solo un po di nausea. Elena",
    "none",
    "",
    "medication information",
    "portal",
    "04-22 08:10",
    who="Elena|E.",
)
M(
    "posso bere un bicchiere di vino al matrimonio di mia sorella con la sertralina? Giorgio",
    "none",
    "",
    "medication",
    "email",
    "04-22 12:05",
    who="Giorgio",
    note="domanda sul bere sociale: non substance_use",
)
M(
    "salve sono Roberto il papà di Matteo, la ricetta di Matteo scade venerdì, a chi chiediamo il rinnovo? grazie",
    "none",
    "",
    "medication",
    "email",
    "04-23 08:45",
    who="Roberto",
)
M(
    "Buongiorno dottoressa, lunedì nn riesco a venire, sono in trasferta a Torino. Posso chiamare martedì per fissare un'altra data? Cordiali saluti, Luca",
    "none",
    "",
    "cancellation",
    "email",
    "04-23 14:05",
    who="Luca|L.",
)
M(
    "dobbiamo disdire la seduta di famiglia del 14, la mamma di mio marito è in ospedale. mi dispiace tanto. Paola",
    "none",
    "apology",
    "cancellation",
    "sms",
    "04-24 07:25",
    who="Paola",
)
M(
    "la prossima possiamo farla in video? ho il raffreddore e nn voglio attaccarglielo. Sara",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "04-24 09:05",
    who="Sara|S.",
)
M(
    "domani nn vengo. nn mi chieda xke.",
    "none",
    "",
    "cancellation psychotherapy",
    "sms",
    "04-25 21:05",
    who="Davide",
)
M(
    "scusi scusi scusi mi sono dimenticato completamente della seduta di oggi!!! la pago ovviamente. che figura. Ale",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "04-25 18:35",
    who="Alessandro|Ale",
)
M(
    "volevo dirle che mi hanno presa al master a Bologna!!! si parte a settembre 🎉🎉 Francesca",
    "none",
    "",
    "information",
    "email",
    "04-26 11:05",
    who="Francesca|Fra",
)
M(
    "qual è l'indirizzo del nuovo studio? c'è parcheggio? Matteo",
    "none",
    "",
    "information",
    "sms",
    "04-26 15:35",
    who="Matteo|Teo",
)
M(
    "prima settimana nella scuola nuova fatta. Giulia dice che i prof sono gentili. grazie del sostegno. Paola",
    "none",
    "",
    "information",
    "email",
    "04-27 19:05",
    who="Paola",
)
M(
    "oggi ho fatto l'esercizio in ascensore, due piani interi! Davide 💪",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-27 13:05",
    who="Davide",
)
M(
    "la seduta della prossima settimana è sempre alle 18 o avevamo detto 18.30? Chiara",
    "none",
    "",
    "information",
    "sms",
    "04-28 10:15",
    who="Chiara",
)
M(
    "ho pensato a quello che mi ha detto, che chiedo sempre scusa per prima. oggi l'ho fatto tre volte. interessante. Elena",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-28 20:25",
    who="Elena|E.",
    note="parla delle scuse, non si scusa",
)
M(
    "secondo lei dovrei portare il mio compagno a una seduta prima o poi? Sara",
    "none",
    "",
    "psychotherapy",
    "email",
    "04-29 12:05",
    who="Sara|S.",
)
M(
    "l'altra volta l'ho sentita distante. forse ero io. ne parliamo giovedì? Chiara",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-29 21:05",
    who="Chiara",
)
M(
    "mi scusi per come mi sono comportato in seduta. ce l'avevo con mio padre, nn con lei. Davide",
    "none",
    "apology",
    "psychotherapy",
    "whatsapp",
    "04-30 17:45",
    who="Davide",
)
M(
    "nn riesco a dormire, sono le 2 e penso all'offerta di lavoro. bello e spaventoso insieme! Giorgio",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-01 02:05",
    who="Giorgio",
)
M(
    "mi scusi l'orario, qui a New York è tardi, volevo solo confermare la videochiamata di lunedì. Francesca",
    "none",
    "apology",
    "information",
    "email",
    "05-02 23:35",
    tz="America/New_York",
    who="Francesca|Fra",
)
M(
    "buonasera da Boston! domanda veloce: venerdì possiamo fare la video alle 14 ora sua? Chiara",
    "none",
    "",
    "cancellation",
    "email",
    "05-02 17:05",
    tz="America/New_York",
    who="Chiara",
    note="17:05 a Boston (23:05 a Roma): non late_night nel fuso di chi scrive",
)
M(
    "mi chiami appena può x favore, è x la ricetta, in farmacia nn me la danno. Francesca",
    "none",
    "urgency",
    "medication",
    "sms",
    "05-03 11:25",
    who="Francesca|Fra",
)
M(
    "ci sei?? ci sei?? ti prego",
    "low",
    "support_request urgency",
    "psychotherapy",
    "whatsapp",
    "05-03 23:45",
    who="Chiara",
)
M(
    "XKE IERI NN MI HA RISPOSTO?!",
    "none",
    "",
    "psychotherapy",
    "sms",
    "05-04 08:05",
    who="Alessandro|Ale",
)
M(
    "Buongiorno, ho avuto il suo numero dal dott. Rossi. Mia figlia ha 15 anni e ultimamente è molto ansiosa, soprattutto prima delle verifiche. Avrebbe disponibilità per un primo colloquio? Cordiali saluti, Anna Bruno",
    "low",
    "",
    "information psychotherapy",
    "email",
    "05-04 09:15",
    who="Anna|Anna Bruno",
    note="primo contatto di un genitore",
)
M(
    "alla radio c'era la canzone di quando è morto papà. ho dovuto fermare la macchina e piangere. Francesca",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-05 18:05",
    who="Francesca|Fra",
)

# ---------------------------------------------------------------- batch 3: moderate, high, imminent
M(
    "due giorni a letto. nn ho mangiato. nn mi sono lavata. nn so xke glielo dico. S.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "05-06 16:05",
    who="Sara|S.",
)
M(
    "ho paura di impazzire del tutto. è tutto troppo. mi può chiamare? Chiara",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    "sms",
    "05-06 20:35",
    who="Chiara",
)
M(
    "mi sono fatto quattro birre prima della seduta di oggi, scusi, nn ce la facevo a venire lucido. Luca",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "whatsapp",
    "05-07 19:35",
    who="Luca|L.",
)
M(
    "Giulia nn esce dalla sua camera da tutto il weekend e nn ci parla. Paola",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "05-07 21:05",
    who="Paola",
)
M(
    "mi tornano i pensieri di togliermi la vita. nn li metterò in pratica ma sono forti. Elena",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-08 22:05",
    who="Elena|E.",
    note="l'intento negato non abbassa l'ideazione presente",
)
M(
    "ho appoggiato la lametta sul braccio ma mi sono fermata. ho paura di me. Giulia",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "05-09 00:55",
    who="Giulia|G.",
)
M(
    "a volte penso di schiantarmi con la macchina tornando dal lavoro. Giorgio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-09 19:05",
    who="Giorgio",
)
M(
    "grazie per tutto quello che ha fatto per me. l'appuntamento della prossima settimana nn mi servirà. addio.",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "email",
    "05-10 04:15",
    who="Chiara",
    note="commiato travestito da disdetta",
)
M(
    "ho la lametta pronta e stavolta lo faccio sul serio",
    "imminent",
    "self_harm suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-10 23:35",
    who="Francesca|Fra",
)

# ---------------------------------------------------------------- batch 4
M(
    "ho preso un paio di en di mia madre x arrivare alla fine della festa. Sara",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "05-11 01:35",
    who="Sara|S.",
    g="it-sub-02",
    v="base",
    note="'en' = gocce di benzodiazepina",
)
M(
    "all'università prendevo le gocce di mia madre x arrivare alla fine delle feste, come ne abbiamo parlato il mese scorso. Sara",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "05-11 11:35",
    who="Sara|S.",
    g="it-sub-02",
    v="tense",
)
M(
    "una mia amica prende le gocce di sua madre x arrivare alla fine delle feste. devo dirle qualcosa? Sara",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "05-11 11:35",
    who="Sara|S.",
    g="it-sub-02",
    v="person",
)

M(
    "nn guarirò mai. Giorgio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "05-12 22:05",
    who="Giorgio",
    g="it-hop-02",
    v="base",
)
M(
    '"nn guarirò mai" è la battuta del vecchio nello spettacolo che proviamo, la devo dire venti volte a sera 😂 Giorgio',
    "none",
    "",
    "information",
    "sms",
    "05-12 22:05",
    who="Giorgio",
    g="it-hop-02",
    v="quotation",
)
M(
    "x la prima volta da mesi nn ho la sensazione che nn guarirò mai. Giorgio",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "05-12 22:05",
    who="Giorgio",
    g="it-hop-02",
    v="negation",
)

M(
    "lasciatemi morire e basta. Elena",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-13 23:25",
    who="Elena|E.",
    g="it-idi-05",
    v="base",
)
M(
    "i suoceri stanno da noi due settimane. uccidetemi. Elena",
    "none",
    "",
    "information",
    "whatsapp",
    "05-13 19:25",
    who="Elena|E.",
    g="it-idi-05",
    v="idiom",
    note="lamentela iperbolica",
)
M(
    "sto morendo di caldo in questo treno, arrivo alle 5 e un quarto. Elena",
    "none",
    "",
    "information",
    "whatsapp",
    "05-13 16:25",
    who="Elena|E.",
    g="it-idi-05",
    v="idiom",
)

M(
    "oggi sono felicissima, la risonanza è pulita! Francesca",
    "none",
    "",
    "information",
    "sms",
    "05-14 12:05",
    who="Francesca|Fra",
    g="it-caps-03",
    v="base",
)
M(
    "OGGI SONO FELICISSIMA, LA RISONANZA È PULITA! FRANCESCA",
    "none",
    "",
    "information",
    "sms",
    "05-14 12:05",
    who="Francesca|Fra",
    g="it-caps-03",
    v="caps",
)
M(
    "oggi sono felicissima, la risonanza è pulita 😊 Francesca",
    "none",
    "",
    "information",
    "sms",
    "05-14 12:05",
    who="Francesca|Fra",
    g="it-caps-03",
    v="emoticon",
)

M(
    "ho smesso di nuovo di mangiare. nn faccio un pasto vero da tre giorni. Chiara",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "05-15 20:45",
    who="Chiara",
    g="it-per-04",
    v="base",
)
M(
    "la mia coinquilina ha smesso di nuovo di mangiare, niente di vero da tre giorni. Chiara",
    "low",
    "",
    "psychotherapy",
    "portal",
    "05-15 20:45",
    who="Chiara",
    g="it-per-04",
    v="person",
)

M(
    "stasera ho voglia di farmi male. Sara",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "05-16 23:15",
    who="Sara|S.",
    g="it-neg-05",
    v="base",
)
M(
    "stasera nn ho voglia di farmi male, ed è una novità. pensavo volesse saperlo. Sara",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "05-16 23:15",
    who="Sara|S.",
    g="it-neg-05",
    v="negation",
)

M(
    'è un\'ora che provo a scrivere questo messaggio quindi lo mando e basta. nn so bene cosa nn va. il lavoro va, con Andrea va, mangio e dormo più o meno. però ogni pomeriggio verso le quattro arriva questa pesantezza, come una nebbia, e passo il resto della sera sul divano a scorrere le vite degli altri. mi ero detta che sarei andata a correre e nn ci sono andata. continuo a pensare che sarà così da qui in avanti, e che con la terapia mi sto prendendo in giro. lo so che è il pensiero di cui abbiamo parlato, quello del "per sempre". lo vedo e ci credo lo stesso. vabbè. nn sono in pericolo, volevo solo che avesse il quadro completo prima di martedì. Elena',
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-17 21:20",
    who="Elena|E.",
)
M(
    "Buongiorno dottoressa sono di nuovo Paola. stamattina ha chiamato la scuola di Giulia, vogliono un incontro con noi e la coordinatrice per le assenze, giovedì alle 15 che è l'ora della seduta. ho detto che prima sentivo lei. possiamo spostare Giulia a venerdì o lunedì? poi il papà vorrebbe venire alla prossima seduta di famiglia, chiede sempre come può aiutare a casa. questa settimana Giulia mi sembra un po più serena, sabato è andata a pallavolo. grazie, Paola",
    "none",
    "",
    "cancellation information",
    "sms",
    "05-18 09:45",
    who="Paola",
)
M(
    "ha ricevuto la mia mail?? l'ho mandata domenica. Matteo",
    "none",
    "",
    "information",
    "sms",
    "05-18 15:05",
    who="Matteo|Teo",
)
M(
    "mamma mia la seduta di oggi!!! nn smetto di pensare a quello che ha detto su mia sorella",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "05-19 20:35",
    who="Sara|S.",
)
M(
    "perso il bus :( arrivo tra 20 min. Davide",
    "none",
    "",
    "information",
    "sms",
    "05-19 16:45",
    who="Davide",
)
M(
    "posso portare il cane in seduta? 🐶",
    "none",
    "",
    "information",
    "whatsapp",
    "05-20 10:05",
    who="Luca|L.",
)
M(
    "mi sono ricordato ora che nn ho pagato l'ultima seduta! faccio il bonifico domani, scusi. Luca",
    "none",
    "apology",
    "information",
    "whatsapp",
    "05-20 23:50",
    who="Luca|L.",
)
M(
    "mi serve la dichiarazione x il datore di lavoro entro domattina, me la può mandare oggi? è urgente. Chiara",
    "none",
    "urgency",
    "information",
    "email",
    "05-21 08:20",
    who="Chiara",
)
M(
    "ho paura dei risultati di domani. mi pensa un po'? Francesca",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "05-21 21:35",
    who="Francesca|Fra",
)
M(
    "nn vado a scuola da lunedì. nn ce la faccio a vederli. Ale",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "05-22 13:05",
    who="Alessandro|Ale",
)
M(
    "ieri sera mi sono bevuta di nuovo una bottiglia di vino da sola 🙂 vabbè. Francesca",
    "moderate",
    "substance_use valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-22 11:05",
    who="Francesca|Fra",
)
M(
    "continuo a guardare i coltelli e a pensare di tagliarmi più a fondo stavolta. Luca",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "05-23 00:45",
    who="Luca|L.",
)
M(
    "oggi ho scritto una lettera, nel caso. nn ho in programma niente. Giorgio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-23 19:15",
    who="Giorgio",
    note="preparazione con piano negato -> high",
)
M(
    "sono in stazione. il prossimo treno qui nn si ferma. scusa mamma.",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "05-24 06:15",
    who="Chiara",
)
M(
    "Giulia si è chiusa in bagno, dice che ha le lamette e che vuole morire. ho chiamato il 112. mi chiami. Paola",
    "imminent",
    "self_harm suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "05-24 21:55",
    who="Paola",
)
M(
    "nn riesco a smettere di piangere dal funerale. possiamo sentirci domani? Francesca",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "05-25 22:15",
    who="Francesca|Fra",
)
M(
    "grazie mille x il libro che mi ha consigliato, sono a metà 😊 Elena",
    "none",
    "",
    "information",
    "portal",
    "05-26 18:05",
    who="Elena|E.",
)
M(
    "scusi x il vocale lungo di prima, ignori l'ultima parte. Luca",
    "none",
    "apology",
    "",
    "whatsapp",
    "05-26 19:35",
    who="Luca|L.",
)
M(
    "confermo venerdì alle 10. Giulia viene con il papà. Paola",
    "none",
    "",
    "information",
    "sms",
    "05-27 08:35",
    who="Paola",
)
M(
    "scusa se ti ho urlato contro. lo so che mi vuoi aiutare. è che mi sento così solo con tutto questo. Ale",
    "low",
    "apology loneliness",
    "psychotherapy",
    "portal",
    "05-27 23:55",
    who="Alessandro|Ale",
)
M(
    "nessuno mi chiede mai come sto. nemmeno mia madre. vabbè... nn importa... lascia stare...",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "05-28 00:35",
    who="Sara|S.",
)
M(
    "tre settimane senza bere!!! 🎉 volevo che fosse lei la prima a saperlo. Matteo",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-28 19:05",
    who="Matteo|Teo",
)

# ---------------------------------------------------------------- batch 5: segnali più rari e forme
M(
    "qui è Luca. possiamo scambiare mercoledì con giovedì la settimana prossima? stessa ora se si può.",
    "none",
    "",
    "cancellation",
    "sms",
    "06-01 09:05",
    who="Luca|L.",
    note="firma all'inizio",
)
M(
    "sono Sara - devo disdire lunedì, hanno spostato la recita di mia figlia. scusi tanto!",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "06-01 10:35",
    who="Sara|S.",
)
M(
    "mi chiamo Anna Bruno, ci siamo sentite la settimana scorsa per mia figlia. lei preferirebbe il martedì se c'è posto.",
    "none",
    "",
    "information",
    "email",
    "06-02 11:05",
    who="Anna|Anna Bruno",
    note="scegliere il giorno del primo colloquio non è spostarlo: information",
)
M(
    "stanca di fingere... tutti pensano che sto bene... sorrido al lavoro... torno a casa... sto al buio... E.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-02 22:35",
    who="Elena|E.",
)
M(
    "mi hanno tolto di nuovo i turni 8-[ l'affitto scade venerdì. Davide",
    "none",
    "",
    "information",
    "sms",
    "06-03 18:25",
    who="Davide",
)
M(
    "ho preso 7 al tema :-/ pensavo meglio. Luca",
    "none",
    "",
    "information",
    "whatsapp",
    "06-03 16:05",
    who="Luca|L.",
)
M(
    "grazie x oggi <3 mi sono sentita davvero ascoltata. Sara",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-04 19:15",
    who="Sara|S.",
)
M(
    "indovini chi ha finalmente detto di no al capo ^_^ Chiara",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "06-04 18:05",
    who="Chiara",
)
M(
    "la mia terapeuta dice che sto andando alla grande xD scherzo, è lei. a venerdì. Ale",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-05 15:05",
    who="Alessandro|Ale",
)
M(
    "oggi mi hanno licenziato ;-) giornata top. Giorgio",
    "low",
    "valence_shift",
    "information psychotherapy",
    "sms",
    "06-05 20:20",
    who="Giorgio",
)
M(
    "il funerale è stato bellissimo e sono venuti tutti T_T Francesca",
    "low",
    "valence_shift",
    "information psychotherapy",
    "whatsapp",
    "06-06 17:35",
    who="Francesca|Fra",
)
M(
    "al mio compleanno nn è venuto nessuno :P va bene così. Chiara",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "sms",
    "06-06 22:45",
    who="Chiara",
)
M(
    "HO BISOGNO DI PARLARLE. MI CHIAMI APPENA LEGGE. Elena",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "06-07 07:10",
    who="Elena|E.",
)
M(
    "sto chiuso in camera da venerdì. mi alzo solo x andare in bagno. nn apro a nessuno. Matteo",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "06-07 14:05",
    who="Matteo|Teo",
)
M(
    "ieri sera di nuovo sonniferi con il whisky. volevo solo spegnermi. Luca",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "06-08 09:35",
    who="Luca|L.",
)
M(
    "ho paura di nn arrivare a fine anno così. Sara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "06-08 23:10",
    who="Sara|S.",
)
M(
    "sono le 4 e sono ancora sveglio, mi sento così solo che urlerei. Davide",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "06-09 04:05",
    who="Davide",
)
M(
    "a Toronto è mezzanotte e nn riesco a smettere di pensare a quello che è successo. ho bisogno di sentirla presto x favore. Chiara",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "06-09 00:15",
    tz="America/Toronto",
    who="Chiara",
)
M(
    "Gentile dottoressa,\n\nspero stia bene. Le scrivo per dirle che, dopo averci pensato a lungo, vorrei sospendere le sedute durante l'estate. Il lavoro mi porta a Singapore per dieci settimane e con il fuso orario le videosedute sarebbero molto difficili. Voglio essere chiara: non è perché la terapia non mi aiuti, è il contrario. Mi sento più stabile di quanto non mi sentissi da anni. Il panico non è più tornato da marzo, dormo tutta la notte e ho finalmente detto ai miei genitori della separazione, cosa che lei sa che temevo da ottobre.\n\nPrima di partire vorrei un'ultima seduta per parlare di cosa continuare a fare da sola e di quali segnali dovrebbero dirmi di contattarla prima. Potremmo farla il 25, in presenza? Vorrei anche sapere se è possibile prenotare una videoseduta ad agosto se ne avessi bisogno, anche a orari strani per me.\n\nSaldo le fatture in sospeso questa settimana. Grazie di tutto finora.\n\nCon gratitudine,\nFrancesca",
    "none",
    "",
    "cancellation information psychotherapy",
    "email",
    "06-10 08:05",
    who="Francesca|Fra",
)
M(
    "scusi... scusi... scusi... lo so che le ho scritto tre volte oggi... la smetto... scusi",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "06-10 21:35",
    who="Sara|S.",
)

# ---------------------------------------------------------------- batch 6: messaggi lunghi su canali brevi
M(
    'ok lo so che è tanto x un messaggio ma devo tirarlo fuori. io e mia madre stasera abbiamo litigato di brutto, di nuovo sull\'università, ha detto che le sto facendo buttare i soldi e che mia cugina nn ha mai avuto bisogno "di una psicologa x sapere come vivere". anche io ho detto delle cose, le ho detto che nn ascolta mai e ho sbattuto la porta così forte che è caduto lo specchio. adesso sono seduta per terra, nn smetto di tremare e mi sento la figlia peggiore del mondo. nn voglio farmi del male, nn è come prima, mi sento solo piccolissima. ne parliamo giovedì? Chiara',
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-11 22:25",
    who="Chiara",
    note="autolesione negata -> low; lungo per WhatsApp",
)
M(
    "Buonasera sono Paola. scusi il messaggio lungo. aggiornamento prima di martedì come mi aveva chiesto: questa settimana Giulia è andata a scuola quattro giorni su cinque, mercoledì è andata a pallavolo ed è tornata sorridente, e ha ricominciato a cenare con noi. prende ancora la sertralina tutte le mattine, controllo io. giovedì ha avuto una serata brutta dopo un messaggio di una compagna, ha pianto e ha detto che la odiano tutti, ma ne ha parlato con il papà ed è andata a letto più tranquilla. le serate così gliele dobbiamo dire subito o va bene aspettare la seduta? grazie, P.",
    "low",
    "apology",
    "medication information psychotherapy",
    "sms",
    "06-12 19:35",
    who="Paola|P.",
    note="una serata brutta questa settimana è umore basso recente -> low",
)
M(
    "ho iniziato a scriverle sul portale tre volte questa settimana e ogni volta ho cancellato, quindi stavolta premo invio qualunque cosa succeda. il lavoro nuovo sulla carta va bene. la responsabile è gentile, l'ufficio è vicino al fiume, ho la mia scrivania vicino alla finestra. però ogni mattina sull'autobus mi sembra di stare per vomitare, e a pranzo mi chiudo in bagno dieci minuti solo per respirare. aspetto sempre che qualcuno si accorga che nn so cosa sto facendo. quando torno a casa sono così stanca che vado a letto alle otto e ci resto fino alla sveglia, e questo weekend nn mi sono proprio alzata né sabato né domenica, nn ho nemmeno aperto le tapparelle. ho disdetto il pranzo con mia sorella xke nn reggevo la domanda su come va il lavoro. nn so bene cosa voglio da lei scrivendo questo, forse solo che qualcuno lo sappia. ne parliamo lunedì. Francesca",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "06-13 21:05",
    who="Francesca|Fra",
)
M(
    "tre notti di fila brutte e ho paura che stia tornando tutto. resto sveglio fino alle quattro, poi nn sento la sveglia, poi al lavoro dico che sto male. bevo vino tutte le sere x stordirmi, ieri più di una bottiglia. lo so che avevamo detto che peggiora le cose. lo so. è che nn sopporto di stare lì sdraiato con i miei pensieri. nn farò niente di stupido, ma davvero nn vedo come possa migliorare. mi può chiamare domani, anche solo dieci minuti? Luca",
    "moderate",
    "substance_use hopelessness support_request",
    "psychotherapy",
    "sms",
    "06-14 03:45",
    who="Luca|L.",
)

# ---------------------------------------------------------------- batch 7: scritto dopo aver congelato lo split
M(
    "stasera mi uccido. Ale",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-01 22:55",
    who="Alessandro|Ale",
    g="it-h-01",
    v="base",
)
M(
    "se mangio ancora una lasagna di mia nonna muoio 😂 cena pazzesca. Ale",
    "none",
    "",
    "information",
    "sms",
    "07-01 21:55",
    who="Alessandro|Ale",
    g="it-h-01",
    v="idiom",
)
M(
    "sti compiti di matematica mi stanno uccidendo. a martedì. Ale",
    "none",
    "",
    "information",
    "sms",
    "07-01 20:55",
    who="Alessandro|Ale",
    g="it-h-01",
    v="idiom",
)

M(
    "vorrei essere morta. Sara",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-02 23:20",
    who="Sara|S.",
    g="it-h-02",
    v="base",
)
M(
    'nel musical che facciamo c\'è una battuta, "vorrei essere morta e sepolta in fondo al mare", e la cantiamo tutti ridendo. Sara',
    "none",
    "",
    "information",
    "whatsapp",
    "07-02 18:20",
    who="Sara|S.",
    g="it-h-02",
    v="quotation",
)

M(
    "questa settimana mi sono fatta di nuovo del male. Chiara",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "07-03 20:05",
    who="Chiara",
    g="it-h-03",
    v="base",
)
M(
    "questa settimana nn mi sono fatta del male. Chiara",
    "low",
    "",
    "information psychotherapy",
    "portal",
    "07-03 20:05",
    who="Chiara",
    g="it-h-03",
    v="negation",
)
M(
    "quando andavo a scuola mi facevo del male spesso. gliel'ho detto solo il mese scorso. Chiara",
    "low",
    "",
    "psychotherapy",
    "portal",
    "07-03 20:05",
    who="Chiara",
    g="it-h-03",
    v="tense",
)
M(
    "la mia migliore amica si è fatta di nuovo del male questa settimana e lo so solo io. Chiara",
    "low",
    "",
    "psychotherapy",
    "portal",
    "07-03 20:05",
    who="Chiara",
    g="it-h-03",
    v="person",
)

M(
    "nn so quanto posso ancora andare avanti così. Giorgio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-04 22:35",
    who="Giorgio",
    g="it-h-04",
    v="base",
)
M(
    "NN SO QUANTO POSSO ANCORA ANDARE AVANTI COSÌ. GIORGIO",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-04 22:35",
    who="Giorgio",
    g="it-h-04",
    v="caps",
)
M(
    "nn so quanto posso ancora andare avanti così 😞 Giorgio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-04 22:35",
    who="Giorgio",
    g="it-h-04",
    v="emoticon",
)

M(
    "mio padre si è scordato di nuovo il mio compleanno :) Davide",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-05 19:05",
    who="Davide",
    g="it-h-05",
    v="base",
)
M(
    "mio padre si è scordato di nuovo il mio compleanno :( Davide",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-05 19:05",
    who="Davide",
    g="it-h-05",
    v="emoticon",
)

M(
    "Buongiorno, le scrivo solo per dirle che l'assicurazione ha approvato altre dodici sedute. Le inoltro la lettera. Saluti, Giorgio",
    "none",
    "",
    "information",
    "email",
    "07-06 10:05",
    who="Giorgio",
)
M(
    "devo disdire martedì prossimo, mi hanno chiamata come giudice popolare. posso prenotare il giovedì dopo? Elena",
    "none",
    "",
    "cancellation",
    "portal",
    "07-06 12:35",
    who="Elena|E.",
)
M(
    "la psichiatra vuole provare una dose più bassa di litio, ha detto di dirglielo. Luca",
    "none",
    "",
    "medication",
    "sms",
    "07-07 09:25",
    who="Luca|L.",
)
M(
    "scusi l'ora, mi sono appena accorta che ho lasciato l'ombrello nella sua sala d'attesa. Chiara",
    "none",
    "apology",
    "information",
    "sms",
    "07-07 23:55",
    who="Chiara",
)
M(
    "lo studio è aperto a pasquetta?? in segreteria nn risponde nessuno. Sara",
    "none",
    "",
    "information",
    "whatsapp",
    "07-08 09:15",
    who="Sara|S.",
)
M(
    "mi risponda subito x favore - posso venire alle 15 invece che alle 16 oggi? Francesca",
    "none",
    "urgency",
    "cancellation",
    "sms",
    "07-08 11:45",
    who="Francesca|Fra",
)
M(
    "MI HANNO PRESO!!! INIZIO LUNEDÌ",
    "none",
    "",
    "information",
    "whatsapp",
    "07-09 17:05",
    who="Luca|L.",
)
M(
    """Gentile dottoressa,

le scrivo dal tavolo della cucina perché mi sono promesso di smettere di fingere in seduta. Da quando a maggio mia madre è entrata in RSA vado a trovarla tutte le sere dopo il lavoro, e al ritorno mi fermo all'enoteca sotto casa. All'inizio erano un paio di birre. Adesso è quasi una bottiglia di vino tutte le sere, a volte di più, e sabato nn mi ricordavo come ero arrivato a letto. Mi dico che è l'unica cosa che mi fa dormire.

Ho anche smesso di andare al coro e nn richiamo mia sorella da due settimane. Lo scorso weekend nn mi sono nemmeno vestito. Lo so che sono proprio le cose a cui mi aveva detto di stare attento. Nn le scrivo perché sono in pericolo; le scrivo perché mi vergogno, ed è più facile scriverlo che dirglielo in faccia giovedì.

Vorrei parlare se è il caso di andare dal medico di base per il bere, e di mia madre, e di quanto mi sento in colpa ogni volta che esco dalla sua stanza. Le allego il diario del sonno che mi aveva chiesto, anche se l'ultima settimana è quasi vuota.

Grazie per aver letto.

Giorgio""",
    "moderate",
    "substance_use withdrawal",
    "information psychotherapy",
    "email",
    "07-09 22:45",
    who="Giorgio",
)
M(
    "boh... forse nn è niente... solo una giornata no... ne parliamo giovedì... Luca",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-10 18:05",
    who="Luca|L.",
)
M(
    "mi può chiamare stasera? è successa una cosa al lavoro e nn riesco a smettere di piangere. Elena",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "07-10 14:35",
    who="Elena|E.",
)
M(
    "ieri sera mi sono sbronzato di nuovo x nn pensare a lei. mi sono svegliato sul pavimento del bagno. Matteo",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "07-11 10:20",
    who="Matteo|Teo",
)
M(
    "nn rispondo al telefono da domenica. al lavoro ho detto che sto male. nn ce la faccio e basta. Giorgio",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "sms",
    "07-11 16:05",
    who="Giorgio",
    note="'nn ce la faccio' = non ce la faccio più",
)
M(
    "nn ha più senso provarci, ogni cosa che progetto va a rotoli. Francesca",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "07-12 21:05",
    who="Francesca|Fra",
)
M(
    "continuo a immaginare il mio funerale e mi sento sollevata. Elena",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-12 00:35",
    who="Elena|E.",
    note="ideazione passiva",
)
M(
    "ho una voglia di tagliarmi adesso. ho nascosto le lamette ma so dove sono. Giulia",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "07-13 01:50",
    who="Giulia|G.",
)
M(
    "oggi Matteo ha detto alla prof che vuole morire. ci ha chiamato la scuola. cosa dobbiamo fare? può vederlo questa settimana? Roberto",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "07-13 17:25",
    who="Roberto",
)
M(
    "ho preso tutta la confezione di tachipirina. nn voglio che mi trovino. Davide",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "07-14 02:35",
    who="Davide",
)
M(
    "questo è l'ultimo messaggio che riceve da me. grazie di tutto. addio. Sara",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "07-14 05:15",
    who="Sara|S.",
)
M(
    "il treno è soppresso :( arrivo con 15 minuti di ritardo. Giorgio",
    "none",
    "",
    "information",
    "sms",
    "07-15 15:45",
    who="Giorgio",
)
M(
    "ho caricato il questionario che mi aveva chiesto. mi dica se nn è arrivato. Luca",
    "none",
    "",
    "information",
    "portal",
    "07-15 20:15",
    who="Luca|L.",
)
M(
    "Gentile dottoressa, purtroppo devo disdire la seduta di venerdì per un'emergenza familiare. Mi scuso per il poco preavviso. Cordiali saluti, Chiara",
    "none",
    "apology",
    "cancellation",
    "email",
    "07-16 08:05",
    who="Chiara",
)
M(
    "oggi mi ha lasciata :D Francesca",
    "low",
    "valence_shift",
    "information psychotherapy",
    "whatsapp",
    "07-16 22:05",
    who="Francesca|Fra",
)
M(
    "sono Sara 🙂 confermo solo che il link della video di venerdì funziona.",
    "none",
    "",
    "information",
    "portal",
    "07-17 09:35",
    who="Sara|S.",
)
M(
    "nessuno mi risponde più... neanche una persona... forse sono troppo... forse si sono stancati tutti di me...",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "07-17 23:45",
    who="Davide",
)

# ---------------------------------------------------------------- batch 8: rischio parafrasato, negativi difficili
M(
    "ultimamente ho voglia di morire. Francesca",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-01 22:15",
    who="Francesca|Fra",
    g="it-h-06",
    v="base",
)
M(
    "ultimamente mia sorella dice che ha voglia di morire. sono terrorizzata. Francesca",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-01 22:15",
    who="Francesca|Fra",
    g="it-h-06",
    v="person",
)
M(
    "due inverni fa avevo voglia di morire tutti i giorni. quest'inverno è diverso. Francesca",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-01 22:15",
    who="Francesca|Fra",
    g="it-h-06",
    v="tense",
)

M(
    "sarebbe meglio se fossi morto. Davide",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-02 23:35",
    who="Davide",
    g="it-h-07",
    v="base",
)
M(
    'mio nonno diceva "meglio morto che in pensione" e poi è andato in pensione ed era felicissimo 😂 Davide',
    "none",
    "",
    "information",
    "sms",
    "08-02 18:35",
    who="Davide",
    g="it-h-07",
    v="quotation",
)
M(
    "sono stanco morto dopo il turno di notte, a giovedì. Davide",
    "none",
    "",
    "information",
    "sms",
    "08-02 08:35",
    who="Davide",
    g="it-h-07",
    v="idiom",
)

M(
    "ho bisogno di farmi male x sentire qualcosa. Giulia",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "08-03 21:05",
    who="Giulia|G.",
    g="it-h-08",
    v="base",
)
M(
    "HO BISOGNO DI FARMI MALE X SENTIRE QUALCOSA. GIULIA",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "08-03 21:05",
    who="Giulia|G.",
    g="it-h-08",
    v="caps",
)
M(
    "ho bisogno di farmi male x sentire qualcosa 😔 Giulia",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "08-03 21:05",
    who="Giulia|G.",
    g="it-h-08",
    v="emoticon",
)

M(
    "nn voglio svegliarmi domani. Luca",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-04 23:58",
    who="Luca|L.",
    g="it-h-09",
    v="base",
    note="negazione che porta il rischio",
)
M(
    "domani nn voglio svegliarmi presto, è il mio giorno libero! Luca",
    "none",
    "",
    "information",
    "sms",
    "08-04 22:58",
    who="Luca|L.",
    g="it-h-09",
    v="idiom",
)

M(
    "ieri sera ho passato ore a leggere qual è il ponte più alto della città. Giorgio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-05 09:05",
    who="Giorgio",
    note="ricerca di un metodo",
)
M(
    "da settimane metto da parte le pastiglie. adesso ne ho abbastanza. Matteo",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-05 23:25",
    who="Matteo|Teo",
)
M(
    "stanotte è la notte. grazie x averci provato. Teo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-06 00:20",
    who="Matteo|Teo",
)
M(
    "nn riesco a smettere di pensare di farla finita. mi sembra l'unica via d'uscita. Elena",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "08-06 21:50",
    who="Elena|E.",
)
M(
    "ho sbattuto la testa contro il muro finché nn ha sanguinato. Sara",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "08-07 01:10",
    who="Sara|S.",
)
M(
    "oggi ho scritto il testamento. ho 22 anni. Chiara",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-07 18:45",
    who="Chiara",
)
M(
    "a volte spero che l'aereo cada. Elena",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-08 06:15",
    who="Elena|E.",
)
M(
    "che senso ha essere vivo se sarà sempre così? Giorgio",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "08-08 23:15",
    who="Giorgio",
)
M(
    'sono Roberto. Matteo un\'ora fa ha scritto "addio a tutti" su instagram e nn risponde al telefono. mi chiami subito x favore.',
    "imminent",
    "suicidal_ideation support_request urgency",
    "psychotherapy",
    "sms",
    "08-09 22:45",
    who="Roberto",
)
M(
    "ho appena mandato giù tutto quello che c'era nell'armadietto dei medicinali.",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-10 02:55",
    who="Chiara",
)
M(
    "sono in piedi sulla ringhiera del balcone.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-10 03:35",
    who="Luca|L.",
)
M(
    "stavolta mi sono tagliata troppo a fondo e nn smette di sanguinare",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-11 00:10",
    who="Francesca|Fra",
)
M(
    "nn mi lavo e nn mangio come si deve da giorni. tutto mi sembra inutile. Elena",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "portal",
    "08-11 15:35",
    who="Elena|E.",
)
M(
    "ho fumato canne tutto il weekend così nn sentivo niente. Ale",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-12 11:05",
    who="Alessandro|Ale",
)
M(
    "sono allo stremo. Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-12 22:25",
    who="Chiara",
)
M(
    "mi do di nuovo malato. nn reggo l'ufficio. terza volta questa settimana. Giorgio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "08-13 07:50",
    who="Giorgio",
)
M(
    "mi sento sola sto weekend, sono tutti via. Fra",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "08-13 20:05",
    who="Francesca|Fra",
)
M(
    "giornata storta. ho pianto in macchina in pausa pranzo. nn so xke. Sara",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-14 18:20",
    who="Sara|S.",
)
M(
    "ieri ho visto Suicide Squad con mio fratello, così brutto che era bello 😂 Ale",
    "none",
    "",
    "information",
    "whatsapp",
    "08-14 12:05",
    who="Alessandro|Ale",
    note="titolo di un film",
)
M(
    "la nuova ricetta dello xanax è pronta in farmacia, grazie x aver chiamato la psichiatra. Sara",
    "none",
    "",
    "medication",
    "sms",
    "08-15 10:25",
    who="Sara|S.",
)
M(
    "l'articolo che mi ha segnalato sulla prevenzione delle overdose negli adolescenti è stato utilissimo x il gruppo genitori. Roberto",
    "none",
    "",
    "information",
    "email",
    "08-15 19:05",
    who="Roberto",
)
M(
    "ultimamente al lavoro spacco 💪 lunedì si parla di promozione! Chiara",
    "none",
    "",
    "information",
    "whatsapp",
    "08-16 17:35",
    who="Chiara",
)
M(
    "sto morendo di caldo, mi sto sciogliendo. arrivo 5 min in ritardo. Sara",
    "none",
    "",
    "information",
    "sms",
    "08-16 17:00",
    who="Sara|S.",
)
M(
    "da settembre possiamo passare a una volta ogni due settimane? in questo periodo i soldi sono pochi. Giorgio",
    "none",
    "",
    "cancellation",
    "email",
    "08-17 09:35",
    who="Giorgio",
)
M(
    "sono via dal 12 al 20 agosto, quindi niente sedute quelle due settimane. Elena",
    "none",
    "",
    "cancellation",
    "portal",
    "08-17 13:05",
    who="Elena|E.",
)
M(
    "mi può mandare la fattura alla mail del lavoro invece? grazie, Francesca",
    "none",
    "",
    "information",
    "email",
    "08-18 08:50",
    who="Francesca|Fra",
)
M(
    "la settimana prossima devo saltare, ho gli esami. scusi!! Sara",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "08-18 21:15",
    who="Sara|S.",
)
M(
    "gli attacchi di panico sono spariti da quando abbiamo cambiato approccio. volevo solo dirglielo. Luca",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "08-19 19:45",
    who="Luca|L.",
)
M(
    "Buongiorno dottoressa, la scuola di Giulia chiede una dichiarazione che è in terapia. Me la può fare? Paola",
    "none",
    "",
    "information",
    "email",
    "08-19 08:15",
    who="Paola",
)
M(
    "RISPONDIMI",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "08-20 23:40",
    who="Davide",
    note="10 lettere maiuscole: sotto il minimo di 12 per all_caps",
)
