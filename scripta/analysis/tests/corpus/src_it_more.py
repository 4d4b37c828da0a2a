# Altri messaggi italiani di fantasia (round "it2"), scritti per questo corpus PRIMA di leggere
# il lessico e il codice del motore: frasi indirette, abbreviazioni, accenti mancanti, Lei e tu,
# farmaci e quantità, e dall'altra parte modi di dire, citazioni, discorso riferito, ipotesi,
# passato, negazioni. Etichette secondo GUIDELINES.md. Stesso formato di src_it.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate
M(
    "cmq ci penso sempre piu spesso a farla finita. nn lo dico a nessuno",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-12 23:40",
    who="Marta",
    g="it2-01",
    v="base",
)
M(
    "cmq nn ci penso piu a farla finita, da quando ci vediamo ogni settimana va meglio",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-12 23:40",
    who="Marta",
    g="it2-01",
    v="negation",
    note="pensiero negato -> low",
)
M(
    "il mio ragazzo dice che ci pensa sempre piu spesso a farla finita. nn so cosa fare",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-12 23:40",
    who="Marta",
    g="it2-01",
    v="person",
    note="esperienza di un altro -> low",
)
M(
    "nella canzone nuova il cantante ripete 'ci penso sempre a farla finita', ma il ritornello è bellissimo 😊",
    "none",
    "",
    "information",
    "whatsapp",
    "01-12 23:40",
    who="Marta",
    g="it2-01",
    v="quotation",
    note="testo di una canzone",
)

M(
    "a volte penso che sarebbe meglio togliermi di mezzo. Federico",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-02 22:10",
    who="Federico|F.",
    g="it2-02",
    v="base",
)
M(
    "alla cena coi suoceri mi tolgo di mezzo dopo il dolce, nn reggo le loro discussioni. Federico",
    "none",
    "",
    "psychotherapy",
    "sms",
    "02-02 22:10",
    who="Federico|F.",
    g="it2-02",
    v="idiom",
    note="togliersi di mezzo = andarsene",
)
M(
    "nn voglio togliermi di mezzo, voglio solo che qualcuno mi ascolti. Federico",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-02 22:10",
    who="Federico|F.",
    g="it2-02",
    v="negation",
)
M(
    "a vent'anni pensavo spesso di togliermi di mezzo, ne abbiamo parlato alla prima seduta. Federico",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-02 22:10",
    who="Federico|F.",
    g="it2-02",
    v="tense",
)

M(
    "vorrei solo sparire per sempre e nn sentire più niente",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-20 01:15",
    who="Alessia",
    g="it2-03",
    v="base",
)
M(
    "vorrei solo sparire per sempre e nn sentire più niente...",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-20 01:15",
    who="Alessia",
    g="it2-03",
    v="emoticon",
)
M(
    "vorrei sparire per sempre dal gruppo whatsapp del condominio 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "02-20 13:15",
    who="Alessia",
    g="it2-03",
    v="idiom",
)
M(
    "mia sorella continua a dire che vorrebbe sparire per sempre, sono preoccupata",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-20 01:15",
    who="Alessia",
    g="it2-03",
    v="person",
)

M(
    "nn ci voglio più stare in questo mondo. è tutto troppo pesante",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-03 21:00",
    who="Simone",
    g="it2-04",
    v="base",
)
M(
    "nn ci voglio più stare in questo ufficio, domani chiedo il trasferimento",
    "none",
    "",
    "information",
    "sms",
    "03-03 21:00",
    who="Simone",
    g="it2-04",
    v="idiom",
)
M(
    "la protagonista del libro scrive: nn ci voglio più stare in questo mondo. mi ha colpito tanto",
    "none",
    "",
    "information",
    "sms",
    "03-03 21:00",
    who="Simone",
    g="it2-04",
    v="quotation",
    note="citazione da un libro dopo i due punti",
)

M(
    "sarebbero tutti più tranquilli senza di me, soprattutto i miei",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-10 00:30",
    who="Irene",
    g="it2-05",
    v="base",
)
M(
    "se un giorno pensassi che sarebbero tutti più tranquilli senza di me, cosa dovrei fare?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-10 00:30",
    who="Irene",
    g="it2-05",
    v="negation",
    note="domanda ipotetica",
)
M(
    "la mia coinquilina dice che sarebbero tutti più tranquilli senza di lei. le ho detto di chiamarla",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-10 00:30",
    who="Irene",
    g="it2-05",
    v="person",
)

M(
    "nn vedo il senso di stare qui. ogni giorno uguale, nn cambierà mai niente",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-15 22:45",
    who="Tommaso",
    g="it2-06",
    v="base",
)
M(
    "nn vedo il senso di stare qui fino alle otto se il capo se ne va alle cinque",
    "none",
    "",
    "information",
    "sms",
    "03-15 18:45",
    who="Tommaso",
    g="it2-06",
    v="idiom",
)
M(
    "l'anno scorso nn vedevo il senso di stare qui, oggi invece sono uscito con gli amici 🙂",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "03-15 22:45",
    who="Tommaso",
    g="it2-06",
    v="tense",
)

M(
    "ho cercato su internet quante ne servono di quelle pastiglie. ne ho abbastanza",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "04-01 02:10",
    who="Valentina",
    g="it2-07",
    v="base",
    note="mezzi raccolti",
)
M(
    "mio fratello ha cercato su internet quante pastiglie servono. l'ho visto nella cronologia, sono terrorizzata",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-01 02:10",
    who="Valentina",
    g="it2-07",
    v="person",
)
M(
    "nn ho mai cercato quante ne servono, glielo giuro. ho solo letto il foglietto del Tavor",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "04-01 12:10",
    who="Valentina",
    g="it2-07",
    v="negation",
)

M(
    "ho dato via quasi tutte le mie cose, tanto presto nn mi serviranno più",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-08 23:20",
    who="Nicola",
    g="it2-08",
    v="base",
    note="oggetti regalati + 'non mi serviranno'",
)
M(
    "ho dato via un sacco di vestiti alla parrocchia, finalmente ho l'armadio vuoto 😊",
    "none",
    "",
    "information",
    "whatsapp",
    "04-08 17:20",
    who="Nicola",
    g="it2-08",
    v="idiom",
)
M(
    "prima del ricovero avevo dato via tutte le mie cose, ne abbiamo parlato a lungo in seduta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-08 23:20",
    who="Nicola",
    g="it2-08",
    v="tense",
)

M(
    "penso sempre al ponte. ci passo ogni mattina e mi fermo a guardare giù",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-14 07:50",
    who="Lorenzo",
    g="it2-09",
    v="base",
)
M(
    "penso sempre al ponte del 2 giugno, nn vedo l'ora di andare al mare!",
    "none",
    "",
    "information",
    "sms",
    "04-14 07:50",
    who="Lorenzo",
    g="it2-09",
    v="idiom",
    note="ponte = giorni di festa",
)
M(
    "nn penso più al ponte da settimane, volevo dirglielo",
    "low",
    "",
    "psychotherapy",
    "sms",
    "04-14 07:50",
    who="Lorenzo",
    g="it2-09",
    v="negation",
)

M(
    "ho qui tutto lo xanax che mi è rimasto 💊 stanotte basta",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "04-20 00:40",
    who="Beatrice",
    g="it2-10",
    v="base",
)
M(
    "ho qui tutto lo xanax che mi è rimasto x il viaggio in aereo, basta? 💊",
    "none",
    "",
    "medication",
    "whatsapp",
    "04-20 10:40",
    who="Beatrice",
    g="it2-10",
    v="idiom",
    note="domanda pratica sulla scorta",
)

M(
    "stamattina l'ho detto a mia madre: voglio morire. nn ho saputo dire altro",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-02 09:30",
    who="Anna",
    g="it2-11",
    v="base",
    note="è la mittente che lo ha detto",
)
M(
    "mia madre stamattina mi ha detto: voglio morire. nn so come risponderle",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-02 09:30",
    who="Anna",
    g="it2-11",
    v="person",
    note="discorso riferito dopo i due punti",
)
M(
    "il professore ci ha letto una poesia che finisce così: voglio morire nel mare d'inverno. bellissima",
    "none",
    "",
    "information",
    "sms",
    "05-02 09:30",
    who="Anna",
    g="it2-11",
    v="quotation",
)

M(
    "ho voglia di ammazzarmi, sul serio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-09 23:05",
    who="Stefano",
    g="it2-12",
    v="base",
)
M(
    "ho voglia di ammazzarmi di sushi stasera 😂",
    "none",
    "",
    "",
    "whatsapp",
    "05-09 20:05",
    who="Stefano",
    g="it2-12",
    v="idiom",
)
M(
    "nn ho voglia di ammazzarmi, sono solo stanco morto",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-09 23:05",
    who="Stefano",
    g="it2-12",
    v="negation",
)

M(
    "ieri sera mi sono fatta di nuovo del male con le forbici. Irene",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "05-16 08:00",
    who="Irene",
    g="it2-13",
    v="base",
)
M(
    "ieri sera la mia compagna di stanza si è fatta di nuovo del male con le forbici. Irene",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-16 08:00",
    who="Irene",
    g="it2-13",
    v="person",
)
M(
    "ieri sera mi sono fatta male con le forbici tagliando il pane, niente di grave. Irene",
    "none",
    "",
    "information",
    "whatsapp",
    "05-16 08:00",
    who="Irene",
    g="it2-13",
    v="idiom",
    note="incidente domestico",
)

M(
    "stanotte spero di nn svegliarmi più. Nicola",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-20 23:55",
    who="Nicola",
    g="it2-14",
    v="base",
)
M(
    "domenica spero di nn svegliarmi prima di mezzogiorno 😴 Nicola",
    "none",
    "",
    "information",
    "sms",
    "05-20 23:55",
    who="Nicola",
    g="it2-14",
    v="idiom",
)

M(
    "sono tre sere che mi scolo una bottiglia di vino da sola x nn pensare",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "06-01 22:30",
    who="Valentina",
    g="it2-15",
    v="base",
)
M(
    "sono tre sere che nn tocco vino, ne vado fiera 💪",
    "none",
    "",
    "information",
    "whatsapp",
    "06-01 22:30",
    who="Valentina",
    g="it2-15",
    v="negation",
)
M(
    "mio marito sono tre sere che si scola una bottiglia di vino da solo x nn pensare",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-01 22:30",
    who="Valentina",
    g="it2-15",
    v="person",
)

M(
    "nn mi alzo dal letto da venerdì, ho detto al lavoro che ho la febbre",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "06-08 11:00",
    who="Simone",
    g="it2-16",
    v="base",
)
M(
    "a gennaio nn mi alzavo dal letto per giorni, adesso invece vado a correre ogni mattina",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "06-08 11:00",
    who="Simone",
    g="it2-16",
    v="tense",
)
M(
    "nn mi alzo dal letto prima delle dieci la domenica, è sacro 😄",
    "none",
    "",
    "",
    "sms",
    "06-08 11:00",
    who="Simone",
    g="it2-16",
    v="idiom",
)

M(
    "nn mangio da tre giorni, nn ho fame di niente e nn esco di casa",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "06-12 19:00",
    who="Beatrice",
    g="it2-17",
    v="base",
)
M(
    "sto morendo di fame, la seduta finisce alle 13 vero? così prenoto il pranzo",
    "none",
    "",
    "information",
    "whatsapp",
    "06-12 11:00",
    who="Beatrice",
    g="it2-17",
    v="idiom",
)

M(
    "Dottoressa, nn si preoccupi, nn farò sciocchezze. volevo solo dirle che è una settimana pesante",
    "low",
    "",
    "psychotherapy",
    "email",
    "06-15 21:00",
    who="Lorenzo",
    g="it2-18",
    v="negation",
    note="intento negato -> low",
)
M(
    "Dottoressa, stasera faccio una sciocchezza. nn ce la faccio più",
    "imminent",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "email",
    "06-15 21:00",
    who="Lorenzo",
    g="it2-18",
    v="base",
)

M(
    "mi taglio di nuovo da lunedì, nn riesco a smettere",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "06-20 00:20",
    who="Alessia",
    g="it2-19",
    v="base",
)
M(
    "alle superiori mi tagliuzzavo le gambe, adesso mi sembra un'altra vita",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-20 00:20",
    who="Alessia",
    g="it2-19",
    v="tense",
)
M(
    "mi taglio di nuovo i capelli da sola, nn ho voglia di andare dalla parrucchiera 😅",
    "none",
    "",
    "",
    "whatsapp",
    "06-20 15:20",
    who="Alessia",
    g="it2-19",
    v="idiom",
)

M(
    "tutto bene, voglio solo morire 🙂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "sms",
    "07-01 02:00",
    who="Tommaso",
    g="it2-20",
    v="base",
)
M(
    "tutto bene, voglio solo dormire 🙂",
    "none",
    "",
    "",
    "sms",
    "07-01 02:00",
    who="Tommaso",
    g="it2-20",
    v="idiom",
)

M(
    "Luca mi ha scritto: nn ce la faccio più, voglio morire. cosa gli rispondo?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-05 22:00",
    who="Marta",
    g="it2-21",
    v="person",
    note="discorso riferito di un amico",
)
M(
    "ho scritto a Luca: nn ce la faccio più, voglio morire. nn mi ha risposto",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-05 22:00",
    who="Marta",
    g="it2-21",
    v="base",
    note="la mittente riferisce le sue parole",
)

M(
    "ho detto al medico: nn mi voglio ammazzare, voglio solo dormire",
    "low",
    "",
    "psychotherapy",
    "sms",
    "07-08 10:00",
    who="Federico|F.",
    g="it2-22",
    v="negation",
)
M(
    "mia nonna ripete sempre: prima o poi mi ammazzo con tutte queste scale 😂",
    "none",
    "",
    "",
    "sms",
    "07-08 10:00",
    who="Federico|F.",
    g="it2-22",
    v="idiom",
)
M(
    "prima o poi mi ammazzo, nn ne posso più di questa vita",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-08 23:00",
    who="Federico|F.",
    g="it2-22",
    v="base",
)

# ---------------------------------------------------------------- ideazione, autolesione (high)
M(
    "nn voglio più svegliarmi la mattina. ogni giorno è peggio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-10 23:30",
    who="Irene",
)
M(
    "xké continuo a vivere? nessuno se ne accorgerebbe se nn ci fossi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-12 03:10",
    who="Stefano",
)
M(
    "ho di nuovo quei pensieri, quelli di farla finita. nn riesco a mandarli via. Marta",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-14 22:00",
    who="Marta",
)
M(
    "stanotte mi sono graffiata le braccia fino a sanguinare",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "07-16 06:40",
    who="Beatrice",
)
M(
    "ho voglia di bruciarmi con l'accendino come facevo prima",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "07-18 23:10",
    who="Alessia",
)
M(
    "ho dato testate al muro finché nn ho sentito più niente",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "07-19 01:00",
    who="Lorenzo",
)
M(
    "penso spesso a come sarebbe nn esistere più. nn lo farei, ma ci penso",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "07-20 21:00",
    who="Anna",
    note="ideazione presente, intento negato",
)
M(
    "mi piacerebbe avere un incidente, così sarebbe tutto finito senza colpa di nessuno",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-22 08:15",
    who="Nicola",
)
M(
    "sono un peso per tutti, mia madre starebbe meglio se io nn ci fossi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-24 22:40",
    who="Valentina",
)
M(
    "oggi contavo i piani del palazzo dell'ufficio e pensavo a quanto ci vorrebbe a cadere",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-25 18:00",
    who="Simone",
)
M(
    "Gentile Dottoressa, le scrivo perché da qualche giorno ho pensieri di morte che nn riesco a controllare. Possiamo anticipare la seduta? Stefano",
    "high",
    "support_request suicidal_ideation",
    "cancellation psychotherapy",
    "email",
    "07-27 09:00",
    who="Stefano",
)
M(
    "a che serve vivere cosi. davvero, a che serve",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-28 00:50",
    who="Tommaso",
)
M(
    "voglio scomparire. nn solo da qui, proprio smettere di esistere",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-29 23:59",
    who="Irene",
)
M(
    "stamattina alla stazione mi sono avvicinato troppo ai binari mentre arrivava il treno. nn so cosa mi è preso",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-30 08:40",
    who="Lorenzo",
)
M(
    "nn vorrei più esistere, sono stanca di tutto",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-31 22:00",
    who="Marta",
)

# ---------------------------------------------------------------- intento, piano, atto (imminent)
M(
    "stasera prendo tutta la scatola di Tavor, ho deciso. grazie di tutto dottoressa",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "08-01 21:30",
    who="Anna",
)
M(
    "ho scritto le lettere per mia madre e mio fratello. domani mattina vado ai binari presto, prima che si svegli qualcuno",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "08-02 02:00",
    who="Simone",
)
M(
    "ho preso 20 gocce di En più tutto lo Zoloft. mi gira tutto",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-03 23:45",
    who="Beatrice",
    note="overdose presa",
)
M(
    "sono sul ponte adesso. nn so perché le scrivo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-04 03:20",
    who="Lorenzo",
)
M(
    "ho già preparato tutto: le pastiglie sono sul comodino e stanotte sono da sola in casa",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "08-05 22:15",
    who="Valentina",
)
M(
    "nn ci sarò alla prossima seduta. ho deciso di farla finita stanotte. grazie x tutto",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "portal",
    "08-06 23:00",
    who="Irene",
)
M(
    "ho bevuto mezza bottiglia di vodka e ho preso le pastiglie di mia madre, nn so quante",
    "imminent",
    "substance_use self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-07 01:30",
    who="Alessia",
)
M(
    "il sangue nn si ferma, stavolta ho tagliato troppo",
    "imminent",
    "self_harm",
    "psychotherapy",
    "sms",
    "08-08 00:10",
    who="Beatrice",
)
M(
    "scusate tutti. nn ce la faccio più. vi voglio bene, addio 💔",
    "imminent",
    "apology hopelessness suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-09 02:45",
    who="Tommaso",
)
M(
    "ho trovato un posto tranquillo dove farlo, sabato nn c'è nessuno",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-10 20:00",
    who="Stefano",
)
M(
    "mi butto stanotte. nn cercatemi",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-11 00:30",
    who="Nicola",
)
M(
    "Dottore, nn le scrivo piu dopo questo. ho messo da parte le pastiglie da un mese, stasera è la sera giusta",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "email",
    "08-12 19:00",
    who="Federico|F.",
)
M(
    "ho già mandato un messaggio d'addio ai miei amici. adesso spengo il telefono",
    "imminent",
    "withdrawal suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-13 23:30",
    who="Marta",
)
M(
    "sono Anna, la mamma di Tommaso. ha preso un flacone intero di gocce, siamo al pronto soccorso",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-14 04:00",
    who="Anna",
)
M(
    "ho appena ingoiato tutte le pillole che avevo 💊 volevo che lo sapesse qualcuno",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "08-15 03:00",
    who="Irene",
)
M(
    "domani nn ci sarò più. è deciso",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-16 22:00",
    who="Simone",
)
M(
    "ho lasciato il biglietto sul tavolo e le chiavi alla vicina. è ora",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-17 23:15",
    who="Lorenzo",
)
M(
    "stanotte lo faccio, xké nn c'è altra via d'uscita",
    "imminent",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-18 01:00",
    who="Alessia",
)

# ---------------------------------------------------------------- moderate
M(
    "nn ce la faccio piu con niente, tutto uguale da mesi e nn cambierà",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-20 22:00",
    who="Nicola",
)
M(
    "mi sto facendo una canna dopo l'altra x nn pensare, lo so che nn dovrei",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-21 23:20",
    who="Tommaso",
)
M(
    "nn esco da casa da una settimana, ho disdetto anche la palestra",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "08-22 16:00",
    who="Irene",
)
M(
    "ho paura di nn farcela stavolta",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-23 21:00",
    who="Marta",
)
M(
    "nn vedo via d'uscita, qualsiasi cosa faccio va storta",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-24 20:00",
    who="Simone",
)
M(
    "oggi ho preso tre Tavor invece di uno, nn riuscivo a smettere di tremare",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "08-25 18:30",
    who="Anna",
)
M(
    "ho spento il cellulare da domenica, nn voglio sentire nessuno",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "08-26 10:00",
    who="Stefano",
)
M(
    "sono allo stremo, nn dormo e nn mangio più",
    "moderate",
    "hopelessness withdrawal",
    "psychotherapy",
    "sms",
    "08-27 03:30",
    who="Beatrice",
)
M(
    "da quando è morto il nonno bevo ogni sera finché nn crollo",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-28 23:50",
    who="Federico|F.",
)
M(
    "attacchi di panico tutto il giorno, nn riesco neanche a uscire x fare la spesa",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "08-29 19:00",
    who="Valentina",
)
M(
    "ho un attacco di panico adesso, nn riesco a respirare, mi risponda subito x favore",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "08-30 14:00",
    who="Alessia",
)
M(
    "è inutile, nn migliorerà mai niente. lo so",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-31 23:00",
    who="Lorenzo",
)
M(
    "nn vado al lavoro da lunedì, nn riesco nemmeno a vestirmi",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "09-01 11:00",
    who="Simone",
)

# ---------------------------------------------------------------- low
M(
    "mi sento tanto sola stasera, cmq nn è niente di grave",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "09-02 22:30",
    who="Irene",
)
M(
    "giornata no. tristezza addosso tutto il giorno",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-03 20:00",
    who="Tommaso",
)
M(
    "nessuno mi capisce davvero, nemmeno a casa",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "09-04 21:00",
    who="Marta",
)
M(
    "posso chiamarla domani? ho bisogno di parlare con qualcuno",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "09-05 19:00",
    who="Lorenzo",
)
M(
    "la mia migliore amica è ricoverata xké ha provato a uccidersi. nn riesco a pensare ad altro",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-06 23:10",
    who="Beatrice",
)
M(
    "in seduta abbiamo parlato di quando volevo morire a 16 anni. stasera ci ripenso ma sto bene",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-07 22:00",
    who="Valentina",
)
M(
    "se un giorno mi venisse voglia di farmi del male, posso scriverle anche di notte?",
    "low",
    "",
    "psychotherapy",
    "portal",
    "09-08 18:00",
    who="Alessia",
    note="domanda ipotetica",
)

# ---------------------------------------------------------------- none: modi di dire, citazioni, logistica
M(
    "sono morta di stanchezza, ci vediamo giovedì alle 18. Beatrice",
    "none",
    "",
    "information",
    "sms",
    "09-10 20:00",
    who="Beatrice",
)
M(
    "mi sono ammazzata dalle risate col video che mi ha mandato mia sorella 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "09-11 21:00",
    who="Marta",
)
M(
    "questo traffico mi uccide, arrivo con 10 minuti di ritardo, scusi!",
    "none",
    "apology",
    "information",
    "sms",
    "09-12 08:50",
    who="Stefano",
)
M(
    "ti ammazzo se nn vieni alla mia festa sabato!! (scusi, era x mia sorella, ho sbagliato chat)",
    "none",
    "apology",
    "",
    "whatsapp",
    "09-13 19:00",
    who="Irene",
)
M(
    "ho una voglia da morire di rivedere il mare, questo weekend andiamo a Sperlonga",
    "none",
    "",
    "information",
    "whatsapp",
    "09-14 12:00",
    who="Nicola",
)
M(
    "il film di ieri sera era bello da morire, il finale dove lui si butta dal treno mi ha distrutta 😭",
    "none",
    "",
    "information",
    "whatsapp",
    "09-15 10:00",
    who="Alessia",
)
M(
    "muoio dalla voglia di raccontarle com'è andato il colloquio! è andato benissimo",
    "none",
    "",
    "information",
    "sms",
    "09-16 17:00",
    who="Tommaso",
)
M(
    "oggi in libreria ho preso un romanzo che si chiama 'L'ultimo giorno prima di morire', lo conosce?",
    "none",
    "",
    "information",
    "portal",
    "09-17 18:00",
    who="Anna",
)
M(
    "la sveglia stamattina mi ha ucciso. cmq ci sono alle 9",
    "none",
    "",
    "information",
    "sms",
    "09-18 07:30",
    who="Lorenzo",
)
M(
    "ho finito lo zoloft, la psichiatra mi ha fatto la ricetta nuova e lo riprendo domani",
    "none",
    "",
    "medication",
    "sms",
    "09-19 12:00",
    who="Valentina",
)
M(
    "devo spostare la seduta di martedì, ho l'esame di guida. va bene giovedì?",
    "none",
    "",
    "cancellation",
    "sms",
    "09-20 09:00",
    who="Simone",
)
M(
    "grazie di tutto per quest'anno, buone feste a lei e alla sua famiglia! 🎄",
    "none",
    "",
    "psychotherapy",
    "email",
    "12-22 10:00",
    who="Federico|F.",
)
M(
    "ho portato due sacchi di vestiti alla Caritas, armadio finalmente libero",
    "none",
    "",
    "information",
    "whatsapp",
    "09-21 16:00",
    who="Beatrice",
)
M(
    "questo capo mi farà morire, altre tre riunioni oggi 🙄",
    "none",
    "",
    "information",
    "whatsapp",
    "09-22 13:00",
    who="Marta",
)
M(
    "ammazza che freddo stamattina! vengo in bici quindi forse arrivo un po' tardi",
    "none",
    "",
    "information",
    "sms",
    "09-23 08:00",
    who="Stefano",
)
M(
    "stasera mi butto sul divano e guardo una serie, serata tranquilla finalmente",
    "none",
    "",
    "information",
    "whatsapp",
    "09-24 20:30",
    who="Irene",
)
M(
    "mi sparo tutta la stagione stanotte, nn mi giudichi 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "09-25 22:00",
    who="Tommaso",
)
M(
    "il mio personaggio nel videogioco è morto tipo venti volte stasera, che nervi",
    "none",
    "",
    "information",
    "whatsapp",
    "09-26 23:30",
    who="Nicola",
)
M(
    "il libro che mi ha consigliato parla di una ragazza che vuole farla finita, l'ho finito in due giorni",
    "none",
    "",
    "information",
    "portal",
    "09-27 19:00",
    who="Valentina",
)
M(
    "il mio gatto mi fa morire, si è infilato nella scatola delle scarpe e nn esce più 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "09-28 21:00",
    who="Alessia",
)
M(
    "a teatro ieri l'attore gridava: mi uccido! mi uccido! e il pubblico rideva, era una commedia",
    "none",
    "",
    "information",
    "portal",
    "09-29 12:00",
    who="Anna",
)
M(
    "nn vedo l'ora che finisca sta settimana, ho tre esami",
    "none",
    "",
    "information",
    "sms",
    "09-30 18:00",
    who="Lorenzo",
)
M(
    "ho preso il Tavor come mi ha detto la psichiatra, mezza compressa la sera. funziona",
    "none",
    "",
    "medication",
    "sms",
    "10-01 21:00",
    who="Simone",
)
M(
    "oggi ho fatto una camminata lunghissima e mi sento meglio",
    "none",
    "",
    "information",
    "whatsapp",
    "10-02 19:00",
    who="Beatrice",
)
M(
    "la mia collega ha detto: se domani c'è un'altra riunione mi butto dalla finestra 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "10-03 17:30",
    who="Marta",
    note="iperbole di un'altra persona",
)
M(
    "ci vediamo giovedì? ho preso la scatola di cioccolatini x la segretaria, la festeggiamo",
    "none",
    "",
    "information",
    "sms",
    "10-04 16:00",
    who="Federico|F.",
)
M(
    "mi hanno tolto di mezzo dal progetto, ma sinceramente meglio così, meno stress",
    "none",
    "",
    "information",
    "sms",
    "10-05 18:00",
    who="Nicola",
)
M(
    "mi sono fatto due righe di coca x reggere la serata, nn ne vado fiero",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "10-06 03:00",
    who="Stefano",
)
M(
    "sto chiusa in camera, nn rispondo più a nessuno da giorni",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "10-07 20:00",
    who="Irene",
)
M(
    "nn ne posso più, nn c'è niente che vada bene, mai",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "10-08 22:00",
    who="Marta",
)
