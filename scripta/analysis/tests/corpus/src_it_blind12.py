# Blind round 12 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-11), measured once
# with engine 2026.11.17 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b12it-01: adolescente, impulso ad autoferirsi con la lametta del temperino
M(
    "ciao dott.ssa scusa l'ora. stasera mi è tornata forte la voglia di tagliarmi, ho tirato fuori la lametta del temperino dall'astuccio. non so che fare, mi scrivi? Sofi",
    "high",
    "self_harm apology support_request",
    "psychotherapy",
    "whatsapp",
    "11-24 23:40",
    who="Sofia|Sofi|S.",
    g="b12it-01",
    v="base",
)
M(
    "ciao dott.ssa scusa l'ora. stasera non mi è tornata la voglia di tagliarmi, non ho tirato fuori la lametta del temperino dall'astuccio. non so che fare, mi scrivi? Sofi",
    "low",
    "apology support_request",
    "psychotherapy",
    "whatsapp",
    "11-24 23:40",
    who="Sofia|Sofi|S.",
    g="b12it-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "ciao dott.ssa scusa l'ora. la canzone che ascolto a ripetizione fa: «stasera mi è tornata la voglia di tagliarmi, ho tirato fuori la lametta dall'astuccio». la devo analizzare per il tema di italiano, è strano? Sofi",
    "none",
    "apology",
    "information",
    "whatsapp",
    "11-24 23:40",
    who="Sofia|Sofi|S.",
    g="b12it-01",
    v="quotation",
    note="song lyric analysed for school -> none",
)
M(
    "ciao dott.ssa scusa l'ora. in terza media mi tornava spesso la voglia di tagliarmi, tiravo fuori la lametta del temperino dall'astuccio. ci ripensavo oggi, ne parliamo giovedì? Sofi",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "11-24 23:40",
    who="Sofia|Sofi|S.",
    g="b12it-01",
    v="tense",
    note="self-harm years ago, recalled -> low",
)

# b12it-02: compresse messe da parte e contate, giorno scelto
M(
    "Dottoressa, non riesco a dormire e le scrivo. Ho messo da parte le compresse di Tavor di tutto il mese, le ho contate stasera: sono 58, sono nella scatola delle scarpe sotto il letto. Domenica i miei sono via. Volevo che qualcuno lo sapesse. Marta",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-26 02:15",
    who="Marta|M.",
    g="b12it-02",
    v="base",
    note="pills gathered and counted, a day chosen -> imminent",
)
M(
    "Dottoressa, non riesco a dormire e le scrivo. Se un giorno mi mettessi a mettere da parte le compresse di Tavor e a contarle, cosa dovrei fare? A chi lo dico? Marta",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "11-26 02:15",
    who="Marta|M.",
    g="b12it-02",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "Dottoressa, non riesco a dormire e le scrivo. Ho messo in valigia le compresse di Tavor di tutto il mese, le ho contate stasera: sono 30, domenica parto per Lisbona con i miei. Volevo che lo sapesse, salto la seduta di lunedì. Marta",
    "none",
    "",
    "medication cancellation information",
    "portal",
    "11-26 02:15",
    who="Marta|M.",
    g="b12it-02",
    v="idiom",
    note="packing a month of pills for a trip -> none",
)
M(
    "Dottoressa, non riesco a dormire e le scrivo. La mia coinquilina ha messo da parte le sue compresse di Tavor di tutto il mese, le ho trovate contate nella scatola delle scarpe sotto il suo letto: sono 58. Non so cosa fare. Marta",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-26 02:15",
    who="Marta|M.",
    g="b12it-02",
    v="person",
    note="flatmate's pills, not the patient -> low",
)

# b12it-03: padre che riferisce della figlia quattordicenne (paziente)
M(
    "Gentile dottoressa Ferraris, le scrivo perché ieri la professoressa di lettere ci ha chiamati: Sara ha scritto sul diario di classe che vorrebbe sparire per sempre e non esserci più, e alla compagna di banco ha detto che ci pensa tutte le sere. Ne parliamo martedì all'incontro con i genitori. Cordiali saluti, Roberto Gallo (papà di Sara)",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-20 08:05",
    who="Roberto|Gallo|R.",
    g="b12it-03",
    v="base",
    note="parent reports the patient's wish not to exist -> high",
)
M(
    "Gentile dottoressa Ferraris, le scrivo perché ieri la professoressa di lettere ci ha chiamati: una compagna di classe di Sara ha scritto sul diario che vorrebbe sparire per sempre e non esserci più, e a Sara ha detto che ci pensa tutte le sere. Ne parliamo martedì all'incontro con i genitori. Cordiali saluti, Roberto Gallo (papà di Sara)",
    "low",
    "",
    "psychotherapy",
    "email",
    "11-20 08:05",
    who="Roberto|Gallo|R.",
    g="b12it-03",
    v="person",
    note="a classmate, not the patient -> low",
)
M(
    "Gentile dottoressa Ferraris, le scrivo perché ieri la professoressa di lettere ci ha chiamati: Sara ha scritto per il compito una poesia che comincia con «vorrei sparire per sempre e non esserci più», e la professoressa dice che è la più bella della classe. Ne parliamo martedì all'incontro con i genitori. Cordiali saluti, Roberto Gallo (papà di Sara)",
    "none",
    "",
    "information",
    "email",
    "11-20 08:05",
    who="Roberto|Gallo|R.",
    g="b12it-03",
    v="quotation",
    note="a poem written for class -> none",
)
M(
    "Gentile dottoressa Ferraris, le scrivo perché ieri la professoressa di lettere ci ha chiamati: Sara ha scritto sul diario di classe che non vorrebbe affatto sparire, e alla compagna di banco ha detto che a quelle cose non ci pensa più. Ne parliamo martedì all'incontro con i genitori. Cordiali saluti, Roberto Gallo (papà di Sara)",
    "low",
    "",
    "psychotherapy",
    "email",
    "11-20 08:05",
    who="Roberto|Gallo|R.",
    g="b12it-03",
    v="negation",
    note="negated wish to disappear -> low",
)

# b12it-04: napoletano, desiderio passivo di non svegliarsi
M(
    "Dottò, scusate l'ora. Stanotte vorrei addormentarmi e nun me scetà cchiù. Ve lo dico solo a voi. Gennaro",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "11-22 01:30",
    who="Gennaro|G.",
    g="b12it-04",
    v="base",
    note="passive wish not to wake up -> high",
)
M(
    "Dottò, scusate l'ora. STANOTTE VORREI ADDORMENTARMI E NUN ME SCETÀ CCHIÙ. Ve lo dico solo a voi. Gennaro",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "11-22 01:30",
    who="Gennaro|G.",
    g="b12it-04",
    v="caps",
)
M(
    "Dottò, scusate l'ora. Stanotte vorrei addormentarmi e nun me scetà cchiù. Ve lo dico solo a voi. Gennaro 😔",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "11-22 01:30",
    who="Gennaro|G.",
    g="b12it-04",
    v="emoticon",
)
M(
    "Dottò, scusate l'ora. Stanotte vorrei addormentarmi e nun me scetà cchiù fino a mezzogiorno, domani 'o negozio è chiuso. Ve lo dico solo a voi. Gennaro",
    "none",
    "apology",
    "information",
    "sms",
    "11-22 01:30",
    who="Gennaro|G.",
    g="b12it-04",
    v="idiom",
    note="sleeping in on a day off -> none",
)

# b12it-05: giorni chiusa in casa, a letto
M(
    "Ciao Giulia, giovedì non riesco a venire. Sono quattro giorni che non esco di casa e sto a letto con le tapparelle giù, in ufficio ho detto che ho la febbre. Ila",
    "moderate",
    "withdrawal",
    "cancellation psychotherapy",
    "whatsapp",
    "11-25 10:12",
    who="Ilaria|Ila|I.",
    g="b12it-05",
    v="base",
)
M(
    "Ciao Giulia, giovedì non riesco a venire. Non è che non esco di casa o che sto a letto con le tapparelle giù, in ufficio c'è la chiusura di bilancio. Ila",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "11-25 10:12",
    who="Ilaria|Ila|I.",
    g="b12it-05",
    v="negation",
    note="negated withdrawal -> none",
)
M(
    "Ciao Giulia, giovedì non riesco a venire. L'inverno scorso stavo giorni senza uscire di casa, a letto con le tapparelle giù; stavolta è solo la chiusura di bilancio. Ila",
    "low",
    "",
    "cancellation psychotherapy",
    "whatsapp",
    "11-25 10:12",
    who="Ilaria|Ila|I.",
    g="b12it-05",
    v="tense",
    note="past withdrawal -> low",
)
M(
    "Ciao Giulia, giovedì non riesco a venire. Sono quattro giorni che mia sorella non esce di casa e sta a letto con le tapparelle giù, resto con lei. Ila",
    "low",
    "",
    "cancellation psychotherapy",
    "whatsapp",
    "11-25 10:12",
    who="Ilaria|Ila|I.",
    g="b12it-05",
    v="person",
    note="sister's withdrawal -> low (worry)",
)

# b12it-06: bere da solo per spegnere la testa
M(
    "Buonasera dottore. Stasera sono alla seconda bottiglia di rosso, da solo in cucina, è l'unico modo che ho per spegnere la testa dopo la giornata. Davide",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-23 23:10",
    who="Davide|D.",
    g="b12it-06",
    v="base",
)
M(
    "Buonasera dottore. Stasera niente bottiglia di rosso, da solo in cucina mi sono fatto una camomilla: non mi serve più il vino per spegnere la testa dopo la giornata. Davide",
    "none",
    "",
    "information",
    "whatsapp",
    "11-23 23:10",
    who="Davide|D.",
    g="b12it-06",
    v="negation",
    note="negated drinking -> none",
)
M(
    "Buonasera dottore. Stasera sono alla seconda bottiglia di rosso, da solo in cucina, è l'unico modo che ho per spegnere la testa dopo la giornata 😂 Davide",
    "moderate",
    "substance_use valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-23 23:10",
    who="Davide|D.",
    g="b12it-06",
    v="emoticon",
)
M(
    "Buonasera dottore. Stasera sono alla seconda bottiglia di passata, da solo in cucina a fare il ragù per domenica, è l'unico modo che ho per spegnere la testa dopo la giornata. Davide",
    "none",
    "",
    "information",
    "whatsapp",
    "11-23 23:10",
    who="Davide|D.",
    g="b12it-06",
    v="idiom",
    note="bottles of tomato sauce, cooking -> none",
)

# b12it-07: congedo sardo, cane affidato, carte in banca
M(
    "Cara dottoressa Pinna, questa è l'ultima volta che le scrivo. Ho sistemato le carte in banca, il cane l'ho lasciato a mia cognata con le crocchette per un mese e la chiave è sotto il vaso del rosmarino. Grazie di tutto quello che ha fatto per me, non è colpa sua. Elena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-26 21:50",
    who="Elena|E.|Murgia",
    g="b12it-07",
    v="base",
    note="farewell with preparations -> imminent",
)
M(
    "Cara dottoressa Pinna... questa è l'ultima volta che le scrivo... Ho sistemato le carte in banca, il cane l'ho lasciato a mia cognata con le crocchette per un mese e la chiave è sotto il vaso del rosmarino... Grazie di tutto quello che ha fatto per me, non è colpa sua... Elena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-26 21:50",
    who="Elena|E.|Murgia",
    g="b12it-07",
    v="emoticon",
    note="ellipses instead of full stops",
)
M(
    "Cara dottoressa Pinna, ieri al cineforum di Nuoro il film finiva con la madre che scrive: «questa è l'ultima volta che ti scrivo, ho sistemato le carte in banca, il cane l'ho lasciato a mia cognata. Grazie di tutto». Ho pianto come una bambina, che bel film. Elena",
    "none",
    "",
    "information",
    "email",
    "11-26 21:50",
    who="Elena|E.|Murgia",
    g="b12it-07",
    v="quotation",
    note="a film's last lines -> none",
)

# b12it-08: sul ponte della ferrovia a notte fonda
M(
    "sono sul ponte della ferrovia dietro lo stadio, guardo giù da mezz'ora. non so perché ti scrivo. Luca",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-27 03:05",
    who="Luca|L.",
    g="b12it-08",
    v="base",
    note="at a high place at night -> imminent",
)
M(
    "sono sul ponte dell'Immacolata a Cortina, guardo giù le piste da mezz'ora. non so perché ti scrivo, buone feste. Luca",
    "none",
    "",
    "information",
    "sms",
    "11-27 03:05",
    who="Luca|L.",
    g="b12it-08",
    v="idiom",
    note="'ponte' = long holiday weekend -> none",
)
M(
    "se un giorno mi trovassi sul ponte della ferrovia dietro lo stadio a guardare giù, a chi scrivo? non so perché te lo chiedo. Luca",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-27 03:05",
    who="Luca|L.",
    g="b12it-08",
    v="negation",
    note="hypothetical -> low",
)

# b12it-09: italiano L2, senso di peso per la famiglia
M(
    "Buongiorno dottoressa, io penso sempre che mio marito e bambini stanno meglio senza di me, io sono solo peso per loro. Amina",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-21 09:40",
    who="Amina|A.",
    g="b12it-09",
    v="base",
    note="perceived burdensomeness -> high",
)
M(
    "Buongiorno dottoressa, mia cugina dice sempre che suo marito e bambini stanno meglio senza di lei, lei è solo peso per loro. Amina",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-21 09:40",
    who="Amina|A.",
    g="b12it-09",
    v="person",
    note="cousin's words -> low",
)
M(
    "Buongiorno dottoressa, nel libro per corso di italiano la donna dice «mio marito e bambini stanno meglio senza di me, io sono solo peso per loro». Amina",
    "none",
    "",
    "information",
    "whatsapp",
    "11-21 09:40",
    who="Amina|A.",
    g="b12it-09",
    v="quotation",
    note="a line from a book -> none",
)
M(
    "Buongiorno dottoressa, io non penso più che mio marito e bambini stanno meglio senza di me, io non sono peso per loro. Amina",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-21 09:40",
    who="Amina|A.",
    g="b12it-09",
    v="negation",
    note="negated burdensomeness -> low",
)

# b12it-10: "nn ce la faccio più", studentessa palermitana
M(
    "dottoressa nn ce la faccio più, mi viene da piangere per ogni cosa da quando sono tornata a Palermo. Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-19 18:20",
    who="Chiara|C.",
    g="b12it-10",
    v="base",
)
M(
    "dottoressa nn ce la faccio più dal ridere, mi viene da piangere per ogni battuta di mio zio da quando sono tornata a Palermo. Chiara",
    "none",
    "",
    "information",
    "whatsapp",
    "11-19 18:20",
    who="Chiara|C.",
    g="b12it-10",
    v="idiom",
    note="laughing to tears -> none",
)
M(
    "dottoressa NN CE LA FACCIO PIÙ, mi viene da piangere per ogni cosa da quando sono tornata a Palermo. Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-19 18:20",
    who="Chiara|C.",
    g="b12it-10",
    v="caps",
)
M(
    "dottoressa nn ce la faccio più, mi viene da piangere per ogni cosa da quando sono tornata a Palermo 😭 Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-19 18:20",
    who="Chiara|C.",
    g="b12it-10",
    v="emoticon",
)

# b12it-11: gocce prese tutte, mezz'ora fa
M(
    "Dottore ho preso tutte le gocce di Lexotan che avevo, la boccetta intera, mezz'ora fa. Ora ho paura. Federico",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "11-25 00:20",
    who="Federico|F.",
    g="b12it-11",
    v="base",
    note="overdose taken -> imminent",
)
M(
    "Dottore, due anni fa avevo preso tutte le gocce di Lexotan che avevo, la boccetta intera. Stasera ci ripensavo. Federico",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "11-25 00:20",
    who="Federico|F.",
    g="b12it-11",
    v="tense",
    note="past overdose recalled -> low",
)
M(
    "Dottore non ho preso tutte le gocce di Lexotan che avevo, solo le mie dieci come da ricetta, mezz'ora fa. Ora ho meno paura. Federico",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "11-25 00:20",
    who="Federico|F.",
    g="b12it-11",
    v="negation",
    note="negated overdose -> low",
)

# b12it-12: taglio che non smette di sanguinare
M(
    "mi sono tagliata più a fondo del solito sul polso, è passata un'ora e non smette di sanguinare, l'asciugamano è zuppo. Noemi",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-24 22:30",
    who="Noemi|N.",
    g="b12it-12",
    v="base",
    note="self-harm with medical danger -> imminent",
)
M(
    "mi sono tagliata col coltello del pesto sul pollice, è passata un'ora e non smette di sanguinare, l'asciugamano è zuppo. vado in pronto soccorso per i punti, domani salto la seduta. Noemi",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "11-24 22:30",
    who="Noemi|N.",
    g="b12it-12",
    v="idiom",
    note="kitchen accident -> none",
)
M(
    "la mia coinquilina si è tagliata più a fondo del solito sul polso, è passata un'ora e non smette di sanguinare, l'ho portata al pronto soccorso. Noemi",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-24 22:30",
    who="Noemi|N.",
    g="b12it-12",
    v="person",
    note="flatmate, not the patient -> low",
)

# b12it-13: binari, pensare al treno che non ferma
M(
    "Buongiorno. In stazione a Udine, aspettando il regionale, guardo i binari e calcolo quanto ci mette il Frecciarossa che non ferma ad arrivare. Ci penso ogni mattina. Piero Zanier",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-23 07:15",
    who="Piero|Zanier|P.",
    g="b12it-13",
    v="base",
    note="thinking about a method -> high",
)
M(
    "Buongiorno. In stazione a Udine, aspettando il regionale, guardo i binari e calcolo quanto ci mette il Frecciarossa che non ferma ad arrivare, per il mio plastico in scala H0. Ci penso ogni mattina. Piero Zanier",
    "none",
    "",
    "information",
    "portal",
    "11-23 07:15",
    who="Piero|Zanier|P.",
    g="b12it-13",
    v="idiom",
    note="model railway hobby -> none",
)
M(
    "Buongiorno. Quando stavo male, in stazione a Udine, aspettando il regionale, guardavo i binari e calcolavo quanto ci metteva il Frecciarossa che non ferma ad arrivare. Ci pensavo ogni mattina. Piero Zanier",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-23 07:15",
    who="Piero|Zanier|P.",
    g="b12it-13",
    v="tense",
    note="past method thoughts -> low",
)

# b12it-14: corda comprata, fienile, stanotte
M(
    "Ho comprato la corda stamattina al Brico. Stanotte, quando Anna dorme, vado nel fienile di mio padre. Ti scrivo solo perché tu non lo venga a sapere dai giornali. Tommaso",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-26 19:45",
    who="Tommaso|T.",
    g="b12it-14",
    v="base",
    note="means + time + place -> imminent",
)
M(
    "Ho comprato la corda stamattina al Brico. Stanotte, quando Anna dorme, vado nel fienile di mio padre a montare l'altalena per la bimba, è una sorpresa. Tommaso",
    "none",
    "",
    "information",
    "whatsapp",
    "11-26 19:45",
    who="Tommaso|T.",
    g="b12it-14",
    v="idiom",
    note="rope for a swing -> none",
)
M(
    "Nel podcast di cronaca nera che ascolto in macchina l'uomo diceva: «Ho comprato la corda stamattina al Brico. Stanotte vado nel fienile di mio padre». Mi ha colpito come lo raccontano. Tommaso",
    "none",
    "",
    "information",
    "whatsapp",
    "11-26 19:45",
    who="Tommaso|T.",
    g="b12it-14",
    v="quotation",
    note="a podcast quote -> none",
)

# ==== single messages: high

M(
    "Dottoressa, ieri sono andato dal notaio Bertelli e ho fatto testamento, a 39 anni. Non ho in mente niente di preciso, mi sembrava giusto lasciare le cose in ordine. Ne parliamo lunedì? Stefano",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-24 13:05",
    who="Stefano|S.",
    note="will written -> preparation, high",
)
M(
    "Gentile dottor Colombo,\n\nle scrivo per due questioni pratiche e mi scuso in anticipo per la lunghezza. La prima: l'azienda mi ha finalmente concesso il rimborso parziale delle sedute tramite il fondo sanitario integrativo, ma serve che le fatture da settembre in poi riportino la dicitura \"prestazione sanitaria di psicoterapia\" e il suo numero di iscrizione all'Albo. Potrebbe riemetterle? Mi basta anche in PDF, la segreteria del fondo accetta l'invio digitale entro il 15 dicembre.\n\nLa seconda: a gennaio cambio turno e non potrò più venire il mercoledì alle 18. Avrebbe disponibilità il lunedì sera o il sabato mattina? Capisco che il sabato sia difficile.\n\nColgo l'occasione per aggiornarla, visto che in seduta finisco sempre per parlare d'altro. Il lavoro va come sempre, il progetto di Brescia è partito e mia moglie è contenta perché almeno sono a casa per cena. Però c'è una cosa che non le ho mai detto: da qualche settimana, quando guido in tangenziale la mattina presto e c'è nebbia, penso che se il camion davanti inchiodasse e io non frenassi in tempo non mi dispiacerebbe per niente, anzi sarebbe un sollievo, e nessuno penserebbe che l'ho voluto io. Non lo dico per allarmarla, è un pensiero che va e viene, ma tornando a casa ieri ho realizzato che ormai è lì quasi ogni giorno.\n\nResto in attesa per le fatture. La ringrazio.\n\nCordiali saluti,\nAndrea Brambilla",
    "high",
    "suicidal_ideation apology",
    "information cancellation psychotherapy",
    "email",
    "11-26 07:55",
    who="Andrea|Brambilla|A.",
    note="passive ideation hidden in a practical e-mail -> high",
)
M(
    "ieri sera mi sono bruciata l'interno coscia con l'accendino, tre volte. ho messo il cerotto, non lo sa nessuno. giovedì ci sono",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-25 08:30",
    who="Beatrice|Bea|B.",
    note="recent NSSI, no medical danger -> high",
)
M(
    "doc cmq nn ha senso stare al mondo se sono così, nn mi sopporto neanche io. merc ci sono",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "11-23 16:40",
    who="Kevin|K.",
    note="questions being alive -> high",
)
M(
    "Dottoressa buongiorno, sono la mamma di Nicola, 16 anni. Stanotte mentre rifacevo il letto ho trovato sotto il cuscino un foglio scritto da lui: «mamma papà non è colpa vostra, Birba dategliela a zia». Gli ho chiesto e dice che l'ha scritto mesi fa e che era uno sfogo. Lui stamattina è andato a scuola normale. Può vederlo prima di venerdì? Grazie, Angela Loiacono",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "11-26 07:20",
    who="Angela|Loiacono|A.",
    note="parent reports a note left by the patient (teen) -> high",
)
M(
    "Buonasera dottore. Da quando è mancata Lucia la casa è vuota e non ho più nessuno con cui scambiare due parole. Ogni sera prego il Signore che mi prenda anche me, nel sonno, così la raggiungo. Le auguro buona serata. Vittorio Bartolini",
    "high",
    "suicidal_ideation loneliness",
    "psychotherapy",
    "email",
    "11-22 20:10",
    who="Vittorio|Bartolini|V.",
    note="elderly widower, passive wish to die -> high",
)
M(
    "Ho regalato la Fender e tutti i vinili a Matteo, l'armadio l'ho svuotato per la Caritas. Tanto a me non servono più. Non preoccuparti. Jacopo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-25 21:15",
    who="Jacopo|J.",
    note="giving away possessions -> preparation, high",
)
M(
    "Domattina volo a Bruxelles per la riunione e una parte di me spera che l'aereo non atterri mai. Lo scrivo qui perché a voce non ci riesco. Federica",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-24 22:40",
    who="Federica|F.",
    note="passive ideation -> high",
)
M(
    "Sono tornati i pensieri di farla finita, tutti i giorni, soprattutto la sera. Non farò niente, glielo prometto, ma volevo che lo sapesse prima di lunedì. Riccardo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-21 22:05",
    who="Riccardo|R.",
    note="present ideation, negated intent does not lower -> high",
)
M(
    "ho una voglia matta di graffiarmi le braccia fino a far uscire il sangue, mi sono messo i guanti da sci per non farlo. possiamo sentirci 5 min?",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "whatsapp",
    "11-26 20:35",
    who="Mattia|M.",
    note="current self-harm urge -> high",
)
M(
    "Buongiorno dottoressa, sono Giorgio, il compagno di Valeria. Stanotte l'ho trovata al computer che cercava quante compresse di paracetamolo servono per non svegliarsi. Dice che era curiosità. La prego di chiamarmi appena legge.",
    "high",
    "suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "11-27 07:10",
    who="Giorgio|G.",
    note="partner reports the patient researching a method -> high (patient's risk, as for a parent)",
)
M(
    "Dotoressa, xe giorni che penso che saria mejo no esserghe pì. No go voja de gnente, gnanca de vegnir in seduta. Bepi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-20 21:30",
    who="Bepi|Giuseppe|B.",
    note="Venetian dialect: 'better not to be here any more' -> high",
)
M(
    "ho scritto a tutti i miei amici un vocale lunghissimo per dirgli quanto gli voglio bene, tipo per sicurezza. non sto pianificando niente giuro. vi volevo solo avvisare",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-26 23:55",
    who="Gaia|G.",
    note="farewell-like message 'just in case', negated plan does not lower -> high",
)

# ==== single messages: imminent

M(
    "ho preso 20 pastiglie di efexor con la vodka alle 4 e mezza ora mi gira tutto. scusa",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "sms",
    "11-23 04:50",
    who="Debora|D.",
    note="overdose taken with alcohol -> imminent",
)
M(
    "Ho deciso: sabato, quando i ragazzi sono dal padre. Ho già tutto nel cassetto del comodino. Volevo salutarla e ringraziarla per la pazienza di questi due anni. Cinzia",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-25 22:20",
    who="Cinzia|C.",
    note="decision + time + means ready + farewell -> imminent",
)
M(
    "Dottore è urgente!!! Alessio si è chiuso in bagno con le lamette del rasoio di suo padre e non apre, urla che stavolta la fa finita. Ho chiamato il 112. Mi chiami per favore. Rosaria mamma di Alessio",
    "imminent",
    "suicidal_ideation urgency support_request",
    "psychotherapy",
    "sms",
    "11-24 19:30",
    who="Rosaria|R.",
    note="parent reports teen patient's intent with means at hand -> imminent",
)
M(
    "sono in garage con la macchina accesa e il tubo attaccato al finestrino. volevo solo dirti che non è colpa tua",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-27 01:45",
    who="Simone|S.",
    note="method in progress -> imminent",
)
M(
    "Dutturi, sugnu ê scogghi di Capu Zafferanu. Stanotti mi jettu a mari, accussì finisci tuttu. Grazii di tuttu. Totò",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-26 23:30",
    who="Totò|Salvatore|S.",
    note="Sicilian: at the cliffs, intent tonight, farewell -> imminent",
)
M(
    "Dottoressa, ho contato le pastiglie per il cuore e quelle per dormire: con la scatola nuova che mi ha dato il medico bastano e avanzano. Ai nipoti ho già scritto. Domenica mattina, quando Irina è a messa. Le voglio bene. Ada",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-27 05:40",
    who="Ada|A.",
    note="pills counted, time chosen, farewell letters -> imminent",
)
M(
    "Gentile dottoressa Lombardi,\n\nle scrivo per comunicarle che non potrò venire all'appuntamento del 3 dicembre, né a quelli successivi. Le chiedo scusa per il poco preavviso, so che la sua lista d'attesa è lunga e spero che il posto possa andare a qualcuno che ne ha più bisogno di me.\n\nHo già fatto il bonifico per le ultime due sedute di novembre (IBAN che termina in 4471, causale \"saldo novembre\"): se risultasse qualche differenza, mia sorella Paola ha la delega sul conto e potrà sistemare lei. Le lascio il suo numero qui sotto.\n\nVolevo anche ringraziarla, davvero. In questi otto mesi lei è stata l'unica persona con cui sono riuscita a parlare di mio padre e di quello che è successo in quella casa, e non lo dimentico. Non è stata lei a sbagliare qualcosa: semplicemente io sono stanca, e ho capito che non cambierà.\n\nHo lasciato una lettera per Paola sul tavolo della cucina, insieme alle chiavi e ai documenti della macchina; la troverà domani quando passa per il gatto. Le pastiglie che ho messo da parte da settembre sono nel cassetto, stasera dopo cena è la volta buona, con calma, senza disturbare nessuno.\n\nLa prego di non sentirsi in colpa.\n\nCon gratitudine,\nLaura Ferri\nPaola: 347 000 1122",
    "imminent",
    "suicidal_ideation hopelessness apology",
    "cancellation information medication psychotherapy",
    "email",
    "11-26 18:40",
    who="Laura|Ferri|L.",
    note="plan hidden in a cancellation e-mail -> imminent",
)
M(
    "ho preso tutta la scatola di tachipirina alle 6 stasera, nn sento niente ancora. nn dirlo a mamma ti prego",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "11-25 21:10",
    who="Asia|A.",
    note="teen overdose taken -> imminent",
)

# ==== single messages: idioms and everyday phrases (none)

M(
    "Turno di notte in pronto soccorso: tre codici rossi, un'overdose alle 2 e un signore che voleva firmare per andarsene. Sono stanca morta ma è il mio lavoro. Possiamo spostare la seduta di domattina al pomeriggio? Laura",
    "none",
    "",
    "cancellation information",
    "whatsapp",
    "11-22 07:40",
    who="Laura|L.",
    note="nurse's night shift; 'stanca morta' -> none",
)
M(
    "oggi in ambulatorio ho dovuto addormentare per sempre il pastore tedesco di un signore anziano, poi tre vaccini e un gatto con una lisca in gola. mestiere! a giovedì, Marco",
    "none",
    "",
    "information",
    "whatsapp",
    "11-20 19:15",
    who="Marco|M.",
    note="vet's work day -> none",
)
M(
    "Buongiorno dottore, in farmacia è un massacro: tutti vogliono il vaccino antinfluenzale e la collega è in malattia. Mi ammazzo di lavoro fino a venerdì, possiamo spostare a lunedì? Fabio",
    "none",
    "",
    "cancellation information",
    "sms",
    "11-24 08:10",
    who="Fabio|F.",
    note="pharmacist, idiom 'mi ammazzo di lavoro' -> none",
)
M(
    "Ieri al Colosseo c'era quel comico che fa il becchino che si lamenta dei morti maleducati, sono morta dal ridere per due ore 😂 glielo consiglio! Martina",
    "none",
    "",
    "information",
    "portal",
    "11-23 11:00",
    who="Martina|M.",
    note="comedy show -> none",
)
M(
    "ho ammazzato il boss finale dopo 40 tentativi, mi sono suicidato tipo 10 volte buttandomi nella lava per fare il respawn prima lol. cmq domani ci sono",
    "none",
    "",
    "information",
    "whatsapp",
    "11-21 17:25",
    who="Nico|N.",
    note="videogame mechanics -> none",
)
M(
    "Ho dovuto tagliare alla radice il limone in terrazzo, il gelo l'ha ucciso. Mi si è spezzato il cuore, ma in primavera ne pianto un altro. Buon fine settimana, Adele",
    "none",
    "",
    "information",
    "email",
    "11-21 10:30",
    who="Adele|A.",
    note="gardening -> none",
)
M(
    "sto montando la libreria dell'Ikea da tre ore, mi sta uccidendo, mancano sempre due viti e la brugola è sparita 🤣 a domani! Gabri",
    "none",
    "",
    "information",
    "whatsapp",
    "11-25 21:40",
    who="Gabriele|Gabri|G.",
    note="DIY -> none",
)
M(
    "l'esame di anatomia mi ha distrutta, ma l'ho passato con 27! muoio di sonno, ci vediamo martedì 😊 Ele",
    "none",
    "",
    "information",
    "whatsapp",
    "11-26 15:20",
    who="Eleonora|Ele|E.",
    note="exam; 'muoio di sonno' -> none",
)
M(
    "Il trasloco mi sta ammazzando: 42 scatoloni, il montacarichi rotto e il padrone di casa che vuole le chiavi entro venerdì. Posso venire alle 19 invece che alle 18? Roberta",
    "none",
    "",
    "cancellation information",
    "sms",
    "11-25 12:50",
    who="Roberta|R.",
    note="moving house -> none",
)
M(
    "ho bruciato il sugo, ho bruciato l'arrosto e ho quasi dato fuoco ai canovacci. prova generale del pranzo di Natale coi suoceri: un suicidio annunciato 😂 Vale",
    "none",
    "",
    "information",
    "whatsapp",
    "11-22 14:05",
    who="Valentina|Vale|V.",
    note="cooking disaster, 'suicidio' as a figure of speech -> none",
)

# ==== single messages: low

M(
    "Oggi mi sento giù, è tornata la nebbia e tutto mi pesa un po' di più. Possiamo fare due minuti al telefono? Silvia",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "11-24 17:30",
    who="Silvia|S.",
)
M(
    "Buonasera dottoressa, sono sola anche questo Natale, i figli sono a Londra e la vicina è dalla figlia a Pescara. Volevo solo sentire una voce, se ha un minuto mi telefoni. Maria Teresa",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "sms",
    "11-26 18:15",
    who="Maria Teresa|Teresa|M.",
    note="loneliness and a request for contact -> low",
)
M(
    "la mia migliore amica mi ha scritto che vuole farla finita, le ho detto di chiamare il 112 ma ora non risponde più. cosa devo fare?? aiutami",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "11-25 23:20",
    who="Giada|G.",
    note="someone else's crisis -> low",
)
M(
    "Ci ripensavo dopo martedì, a quello che le ho raccontato dei tagli alle superiori. Mi ha fatto bene dirlo ad alta voce dopo tanti anni. Giacomo",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-20 12:10",
    who="Giacomo|G.",
    note="past self-harm discussed in therapy -> low",
)
M(
    "Una domanda un po' strana: se mai mi venisse voglia di farmi del male mentre lei è in ferie a Natale, chi chiamo? Non è il caso adesso, voglio solo essere preparata. Elisa",
    "low",
    "",
    "psychotherapy information",
    "email",
    "11-23 09:45",
    who="Elisa|E.",
    note="hypothetical -> low",
)
M(
    "Mi manca Paolo. Stamattina ho pianto in macchina al semaforo di viale Marconi, poi sono andata al lavoro come se niente fosse. Che giornata grigia. Francesca",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-21 13:00",
    who="Francesca|F.",
    note="sadness -> low",
)
M(
    "Le scrivo solo per tranquillizzarla dopo la seduta di ieri: non ho più pensieri di morte, da due settimane ormai. Il nuovo dosaggio sembra funzionare. Carlo",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "11-24 10:00",
    who="Carlo|C.",
    note="negated ideation -> low",
)

# ==== single messages: moderate

M(
    "sono in metro a termini e mi sta venendo un attacco di panico fortissimo, non respiro, il cuore a mille, ho paura di svenire qui davanti a tutti. rispondimi subito ti prego",
    "moderate",
    "urgency support_request",
    "psychotherapy",
    "whatsapp",
    "11-25 08:25",
    who="Alessandro|Ale|A.",
    note="overwhelming panic -> moderate",
)
M(
    "Non vedo come possa cambiare qualcosa, con mio padre è la stessa storia da vent'anni e lo sarà finché uno dei due non se ne va di casa. Walter",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "11-22 21:00",
    who="Walter|W.",
    note="nothing will change -> moderate",
)
M(
    "Fumo canne dalla mattina per non pensare, ormai quattro o cinque al giorno, da quando mi hanno lasciato a casa dal cantiere. Non so se dirlo a mia moglie. Ciro",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-23 15:45",
    who="Ciro|C.",
    note="cannabis to cope -> moderate",
)
M(
    "ho spento il telefono a tutti da venerdì, oggi l'ho riacceso solo per scriverle. all'università non ci vado da una settimana. Lorenzo",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "11-24 16:00",
    who="Lorenzo|L.",
    note="cut off contact -> moderate",
)
M(
    "Sono allo stremo, tra mia madre con l'Alzheimer che si sveglia alle tre e il lavoro in banca non dormo più. Ho paura di non arrivare a Natale. Patrizia",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-26 06:30",
    who="Patrizia|P.",
    note="'allo stremo', afraid of not making it -> moderate",
)
M(
    "Buonasera dottora, io non mangio da due giorni, non esco da camera, solo lavoro dalla signora e poi letto. Sono stanca di tutto. Scusi per mio italiano. Ioana",
    "moderate",
    "withdrawal apology",
    "psychotherapy",
    "whatsapp",
    "11-25 21:50",
    who="Ioana|I.",
    note="Romanian caregiver, L2 Italian; skipping meals, staying in room -> moderate",
)
M(
    "Confesso che questa settimana ho preso il doppio dello Xanax che mi ha prescritto il dottor Neri, per reggere le riunioni. Glielo dico prima che lo scopra lui. Irene",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "portal",
    "11-27 09:15",
    who="Irene|I.",
    note="sedatives beyond prescription to cope -> moderate",
)

# ==== single messages: none (logistics, news)

M(
    "Buongiorno dott. Rizzo, potrebbe mandarmi la fattura di ottobre per la dichiarazione? Grazie, Carlo Esposito",
    "none",
    "",
    "information",
    "email",
    "11-20 09:00",
    who="Carlo|Esposito|C.",
)
M(
    "Salve, Matteo ha la febbre a 38 e mezzo, disdiciamo venerdì. Mi scuso per il poco preavviso. Patrizia (mamma di Matteo)",
    "none",
    "apology",
    "cancellation",
    "sms",
    "11-26 07:45",
    who="Patrizia|P.",
)
M(
    "Ho passato il colloquio!!! Mi prendono a gennaio in Ferrari 🎉",
    "none",
    "",
    "information",
    "whatsapp",
    "11-24 18:00",
    who="Denis|D.",
)
M(
    "Dottoressa, lo psichiatra mi ha aumentato la sertralina da 50 a 100, glielo segnalo per la prossima volta. Saluti, Bruno",
    "none",
    "",
    "medication",
    "portal",
    "11-21 11:30",
    who="Bruno|B.",
)
M(
    "il link di meet x domani è lo stesso di sett scorsa? grz",
    "none",
    "",
    "information",
    "whatsapp",
    "11-23 20:10",
    who="Omar|O.",
)
