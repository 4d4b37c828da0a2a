# Blind round 5 (Italian; written 2026-11-26 by an author who never saw the engine nor rounds 2-4), measured once
# with engine 2026.11.8 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia, scritti per questo round senza vedere il motore. Etichette secondo GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Soprannome",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate
M(
    "stanotte ho pensato che se mi addormentassi e basta, senza svegliarmi più, nn sarebbe poi così male. Marco",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-20 02:14",
    who="Marco|M.",
    g="b5it-01",
    v="base",
    note="ideazione passiva (non svegliarsi)",
)
M(
    "stanotte nn ho più pensato che se mi addormentassi e basta, senza svegliarmi più, nn sarebbe poi così male. Marco",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-20 02:14",
    who="Marco|M.",
    g="b5it-01",
    v="negation",
    note="ideazione negata -> low",
)
M(
    "a settembre pensavo che se mi addormentassi e basta, senza svegliarmi più, nn sarebbe poi così male. oggi in seduta rileggerlo mi ha fatto effetto. Marco",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-20 02:14",
    who="Marco|M.",
    g="b5it-01",
    v="tense",
    note="passato, discusso in seduta -> low",
)

M(
    "ho rifatto quella cosa col temperino. stavolta sulle cosce così a scuola nn si vede. Sara",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "10-07 22:40",
    who="Sara|S.",
    g="b5it-02",
    v="base",
    note="autolesione recente detta in modo obliquo",
)
M(
    "la mia compagna di banco ha rifatto quella cosa col temperino. stavolta sulle cosce così a scuola nn si vede. Sara",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-07 22:40",
    who="Sara|S.",
    g="b5it-02",
    v="person",
    note="esperienza di un'altra persona -> low",
)
M(
    "ho rifatto quella cosa col temperino 🙂 stavolta sulle cosce così a scuola nn si vede 😉 Sara",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "sms",
    "10-07 22:40",
    who="Sara|S.",
    g="b5it-02",
    v="emoticon",
)

M(
    "stasera la faccio finita. ho deciso, basta. grazie di tutto",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-02 23:58",
    who="Ilaria|Ila",
    g="b5it-03",
    v="base",
    note="intento + congedo",
)
M(
    "stasera la faccio finita con Diego. ho deciso, basta. grazie di tutto",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "12-02 23:58",
    who="Ilaria|Ila",
    g="b5it-03",
    v="idiom",
    note="chiudere una relazione",
)
M(
    "nella serie di ieri lei gli scrive 'stasera la faccio finita. ho deciso, basta. grazie di tutto' e poi parte la pubblicità, ero incollata allo schermo",
    "none",
    "",
    "information",
    "whatsapp",
    "12-02 23:58",
    who="Ilaria|Ila",
    g="b5it-03",
    v="quotation",
)

M(
    "nn ce la faccio più, davvero, nessuno mi ascolta in questa casa",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "whatsapp",
    "09-15 21:30",
    who="Giada|G.",
    g="b5it-04",
    v="base",
)
M(
    "NN CE LA FACCIO PIÙ, davvero, nessuno mi ascolta in questa casa",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "whatsapp",
    "09-15 21:30",
    who="Giada|G.",
    g="b5it-04",
    v="caps",
)
M(
    "nn ce la faccio più... davvero... nessuno mi ascolta in questa casa...",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "whatsapp",
    "09-15 21:30",
    who="Giada|G.",
    g="b5it-04",
    v="emoticon",
    note="variante di forma: puntini",
)

M(
    "Buonasera dottoressa, le scrivo perché ieri Giorgia ha detto alla sua amica del cuore che vorrebbe sparire per sempre, così nessuno dovrebbe più preoccuparsi per lei. L'amica l'ha raccontato alla mamma, che mi ha chiamata. Sono molto in pensiero. Può chiamarmi domani mattina? Paola (mamma di Giorgia)",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "03-09 21:12",
    who="Paola",
    g="b5it-05",
    v="base",
    note="genitore riferisce lo stato della paziente; 'sparire per sempre' + peso per gli altri",
)
M(
    "Buonasera dottoressa, le scrivo perché ieri Giorgia mi ha detto che la sua amica del cuore vorrebbe sparire per sempre, così nessuno dovrebbe più preoccuparsi per lei. Giorgia è sconvolta e non sa come aiutarla. Sono molto in pensiero. Può chiamarmi domani mattina? Paola (mamma di Giorgia)",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "03-09 21:12",
    who="Paola",
    g="b5it-05",
    v="person",
    note="l'ideazione è dell'amica, non della paziente -> low",
)
M(
    "Buonasera dottoressa, le scrivo perché l'anno scorso Giorgia diceva alla sua amica del cuore che voleva sparire per sempre, così nessuno doveva più preoccuparsi per lei. Oggi sta meglio, ma ieri ne abbiamo riparlato e mi è tornata la paura. Può chiamarmi domani mattina? Paola (mamma di Giorgia)",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "03-09 21:12",
    who="Paola",
    g="b5it-05",
    v="tense",
    note="passato -> low",
)

M(
    "ho messo da parte le gocce di tutto il mese. adesso bastano. stasera quando gli altri dormono",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "01-18 22:05",
    who="Ivan|I.",
    g="b5it-06",
    v="base",
    note="mezzi raccolti + momento",
)
M(
    "se mai mettessi da parte le gocce di tutto il mese, a chi lo dovrei dire? chiedo e basta",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "01-18 22:05",
    who="Ivan|I.",
    g="b5it-06",
    v="negation",
    note="ipotetico -> low",
)
M(
    "ho messo da parte le gocce di tutto il mese, così in Portogallo nn resto senza. parto stasera col notturno",
    "none",
    "",
    "medication information",
    "whatsapp",
    "01-18 22:05",
    who="Ivan|I.",
    g="b5it-06",
    v="idiom",
    note="frase quotidiana: scorta per il viaggio",
)

M(
    "vorrei chiudere gli occhi e nn riaprirli più. stasera è tutto troppo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-22 00:20",
    who="Noemi|Noe",
    g="b5it-07",
    v="base",
)
M(
    "c'è quella canzone che fa 'vorrei chiudere gli occhi e nn riaprirli più', stasera l'ho cantata al karaoke e ho pure vinto 😂",
    "none",
    "",
    "information",
    "sms",
    "05-22 00:20",
    who="Noemi|Noe",
    g="b5it-07",
    v="quotation",
)

M(
    "anche ieri sera mezza bottiglia di grappa x riuscire a dormire. stamattina ho la testa che scoppia",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "02-11 08:10",
    who="Gianluca|Luca",
    g="b5it-08",
    v="base",
)
M(
    "come le dicevo, due anni fa mi facevo mezza bottiglia di grappa x riuscire a dormire. stamattina ci ripensavo",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-11 08:10",
    who="Gianluca|Luca",
    g="b5it-08",
    v="tense",
    note="passato -> low",
)
M(
    "ieri sera niente grappa x riuscire a dormire. stamattina ho la testa leggera",
    "none",
    "",
    "information",
    "whatsapp",
    "02-11 08:10",
    who="Gianluca|Luca",
    g="b5it-08",
    v="negation",
    note="cue moderate negato -> none",
)

M(
    "sono tre giorni che nn mi alzo dal letto. ho staccato il telefono a tutti tranne a lei",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "04-03 16:45",
    who="Rosa|R.",
    g="b5it-09",
    v="base",
)
M(
    "mia sorella sono tre giorni che nn si alza dal letto. ha staccato il telefono a tutti tranne a me",
    "low",
    "",
    "psychotherapy",
    "sms",
    "04-03 16:45",
    who="Rosa|R.",
    g="b5it-09",
    v="person",
    note="un'altra persona -> low",
)
M(
    "oggi nn sono rimasta a letto e nn ho staccato il telefono a nessuno",
    "none",
    "",
    "information",
    "sms",
    "04-03 16:45",
    who="Rosa|R.",
    g="b5it-09",
    v="negation",
)

M(
    "tanto a nessuno importerebbe se domani nn ci fossi più",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-14 23:40",
    who="Kevin|K.",
    g="b5it-10",
    v="base",
)
M(
    "tanto a nessuno importerebbe se domani nn ci fossi più 😂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "06-14 23:40",
    who="Kevin|K.",
    g="b5it-10",
    v="emoticon",
)

M(
    "oggi al binario sono rimasto a guardare il regionale che arrivava e ho pensato che basterebbe un passo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-29 19:05",
    who="Claudio|C.",
    g="b5it-11",
    v="base",
    note="pensare a un metodo, obliquo",
)
M(
    "oggi al binario sono rimasto a guardare il regionale che arrivava e nn ho pensato che basterebbe un passo. prima volta da mesi",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-29 19:05",
    who="Claudio|C.",
    g="b5it-11",
    v="negation",
    note="negato -> low",
)
M(
    "nel romanzo che sto leggendo c'è questa frase: 'al binario sono rimasto a guardare il regionale che arrivava e ho pensato che basterebbe un passo'. scritto benissimo, glielo presto se vuole",
    "none",
    "",
    "information",
    "whatsapp",
    "10-29 19:05",
    who="Claudio|C.",
    g="b5it-11",
    v="quotation",
)

M(
    "mi ammazzo. ho rovinato anche il colloquio di oggi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-08 17:30",
    who="Beatrice|Bea",
    g="b5it-12",
    v="base",
    note="'mi ammazzo' da solo non è idioma",
)
M(
    "mi ammazzo di lavoro x il colloquio di oggi",
    "none",
    "",
    "information",
    "whatsapp",
    "07-08 17:30",
    who="Beatrice|Bea",
    g="b5it-12",
    v="idiom",
)

# ---------------------------------------------------------------- alto
M(
    "nn riesco a dormire. continuo a pensare che sarebbe tutto + semplice se io nn ci fossi, x tutti. mia madre smetterebbe di preoccuparsi, Fede avrebbe la sua vita. nn è un dramma, è solo un conto che torna",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-03 01:47",
    who="Alessio|Ale",
    note="senso di essere un peso",
)
M(
    "Gentile dottoressa,\n\n"
    "le scrivo dopo qualche giorno di silenzio perché in seduta, martedì, non sono riuscita a dirle tutto. "
    "La settimana in apparenza è andata bene: sono andata in ufficio tutti i giorni, ho accompagnato mia madre alla visita, "
    "ho persino cucinato per la cena di compleanno di mio cognato. Credo che da fuori nessuno si accorga di niente, e forse è proprio questo il punto.\n\n"
    "Le confesso una cosa che mi vergogno a scrivere. Da un paio di settimane, quando attraverso la strada per andare alla fermata, non guardo più. "
    "Non è che lo faccia apposta, o almeno non credo. Però mi sono accorta che se arrivasse una macchina non mi dispiacerebbe. "
    "Anzi, ieri sera, tornando a casa, ho pensato che sarebbe un modo pulito di chiudere la faccenda senza che nessuno debba sentirsi in colpa. "
    "Poi sono salita, ho stirato le camicie di Paolo e sono andata a letto come sempre.\n\n"
    "Non le scrivo per allarmarla, ma mi sono resa conto che non posso aspettare fino al prossimo martedì facendo finta di niente. "
    "Avrei bisogno di sentirla prima, anche solo dieci minuti al telefono, se per lei è possibile. "
    "Mi dica lei quando, io mi organizzo con il lavoro.\n\n"
    "Mi scuso per la lunghezza e per il tono, so che avevamo detto di tenere le mail brevi.\n\n"
    "Con stima,\n"
    "Elena Ferri",
    "high",
    "suicidal_ideation support_request apology",
    "psychotherapy",
    "email",
    "02-19 22:35",
    who="Elena|Elena Ferri",
    note="ideazione passiva (non guarda attraversando) + 'chiudere la faccenda'",
)
M(
    "ho ricominciato a graffiarmi le braccia con le unghie finché nn sanguina. ieri e stamattina. nn dirlo a mamma",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "09-24 07:15",
    who="Martina|Marti",
)
M(
    "Buongiorno dott. Rinaldi, in questi giorni mi ritrovo a cercare su internet quante compresse di certe medicine ci vogliono. Non so nemmeno perché lo faccio, poi chiudo tutto e vado avanti. Volevo dirglielo prima di giovedì. Stefano",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "01-27 10:20",
    who="Stefano|S.",
    note="pensare a un metodo, senza dirlo",
)
M(
    "ho scritto delle lettere. una x mia sorella, una x i ragazzi del calcetto e una x te. nn sto programmando niente eh, è solo che volevo fossero pronte",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-30 20:50",
    who="Nicola|Nico",
    note="preparativi; il piano negato non abbassa",
)
M(
    "a volte spero che l'aereo di domani cada. nn lo dico x fare la tragica, lo penso davvero",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-16 23:30",
    who="Federica|Fede",
)
M(
    "Buonasera dottore, sono il papà di Luca. Stasera, mettendo a posto il suo zaino, ho trovato dei fazzoletti sporchi di sangue e una lametta tolta dal temperino. Lui dice che non è niente e si è chiuso in camera. Le chiedo di chiamarmi appena può, non so come comportarmi.\nMassimo Riva",
    "high",
    "self_harm support_request urgency",
    "psychotherapy",
    "email",
    "05-06 22:10",
    who="Massimo|Massimo Riva",
    note="genitore riferisce autolesione recente del figlio; 'appena può' = urgenza",
)
M(
    "mi sono rimessa a fare quella cosa con l'accendino. sul polso nn ancora, sul fianco. lo so già cosa mi dirà. Irene",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "12-12 21:05",
    who="Irene|I.",
    note="autolesione recente, obliqua",
)
M(
    "certe sere penso che se domani nn mi svegliassi sarebbe un sollievo. poi mi sveglio, faccio il caffè e vado al lavoro come niente fosse",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-22 06:40",
    who="Daniele|Dani",
)
M(
    "Mi capita spesso di immaginare il mio funerale, chi verrebbe e chi no. E mentre lo immagino sto bene, mi sento leggera. È questa la cosa che mi spaventa.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-11 15:30",
    who="Lucia|Lu",
)
M(
    "Che senso ha restare vivi se ogni giorno è la fotocopia di quello prima. Scusa l'ora. A.",
    "high",
    "suicidal_ideation hopelessness apology",
    "psychotherapy",
    "sms",
    "01-09 02:10",
    who="Anna|A.",
)
M(
    "ué scusa, stasera è brutta. continuo a pensà che se me ne vado io nessuno se ne accorge manco. e nn intendo partire",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "07-25 23:15",
    who="Gennaro|Genny",
    note="'andarsene' chiarito come morire",
)
M(
    "Dottoressa, le scrivo perché in seduta non ci riesco: da qualche settimana ho dei pensieri di farla finita. Non farei mai niente, ho i bambini, però i pensieri ci sono e mi fanno paura.\nMarta",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "06-02 13:50",
    who="Marta|M.",
    note="intento negato non abbassa l'ideazione presente",
)
M(
    "oggi nel bagno della scuola ho avuto una voglia assurda di tagliarmi. nn l'ho fatto ma è ancora qui, la sento. mi scrivi qualcosa?",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "whatsapp",
    "11-17 13:05",
    who="Chiara|Chia",
    note="impulso presente (non l'atto)",
)
M(
    "Stamattina ho guardato il fiume dietro casa in un modo diverso dal solito. Non so come spiegarlo meglio. Gianni",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "02-25 09:40",
    who="Gianni|G.",
    note="molto obliquo: metodo accennato",
)

# ---------------------------------------------------------------- imminente
M(
    "sono sul balcone. fa freddo. sesto piano. è un'ora che penso a quanto sarebbe facile",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-31 00:40",
    who="Tommaso|Tommy",
    note="metodo + luogo + adesso: imminente",
)
M(
    "ho preso tutte le pastiglie che avevo nel cassetto. nn so xké ti scrivo. mi gira tutto",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-14 03:12",
    who="Valentina|Vale",
    note="overdose presa",
)
M(
    "grazie x tutto quello che hai fatto x me, davvero. nn è colpa tua, ricordatelo. salutami la pianta della sala d'attesa",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-03 23:47",
    who="Simone|Simo",
    note="congedo in contesto di rischio ('nn è colpa tua')",
)
M(
    "Gentile dottore,\nquando leggerà questa mail sarà tutto sistemato. Ho lasciato le chiavi alla vicina e il gatto da mia sorella, le bollette sono pagate. La ringrazio per la pazienza di questi due anni, non poteva fare di più.\nRoberto",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-28 04:20",
    who="Roberto|R.",
    note="congedo + preparativi",
)
M(
    "ho preso tutto quello che serve. domenica i miei vanno al lago e io resto a casa da solo. stavolta ho deciso",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-19 18:25",
    who="Edoardo|Edo",
    note="mezzi + tempo + intento, senza nominare il metodo",
)
M(
    "Stasera lo faccio. Non chiamare nessuno.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-30 22:55",
    who="Francesca|Fra",
)
M(
    "Dottoressa è urgente!! Chiara si è chiusa in bagno e dice che ha preso le pastiglie della nonna, stiamo chiamando il 118. Mi richiami subito per favore. Anna",
    "imminent",
    "self_harm suicidal_ideation support_request urgency",
    "medication psychotherapy",
    "whatsapp",
    "10-19 20:30",
    who="Anna",
    note="genitore: overdose presa dalla figlia",
)
M(
    "mi sono tagliata più a fondo del solito e nn smette. ho messo un asciugamano ma è già tutto zuppo",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "12-20 01:25",
    who="Sofia|Sofi",
    note="autolesione con pericolo medico",
)
M(
    "Ho fissato la data. Il 12, il giorno del compleanno di papà, mi sembra giusto così. Non si preoccupi di rispondere. Davide",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-28 11:10",
    who="Davide|D.",
    note="data fissata: piano, detto in modo obliquo",
)

# ---------------------------------------------------------------- moderato
M(
    "nn ce la faccio più cn sta storia del lavoro. tanto nn cambierà mai niente, è inutile che ci giriamo intorno",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-04 19:40",
    who="Luigi|Gigi",
)
M(
    "oggi nn sono andata a scuola, sono rimasta a letto tutto il giorno col telefono spento. ora l'ho riacceso solo x scriverti",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "11-09 20:15",
    who="Aurora|Auri",
)
M(
    "Buonasera, ho paura di non farcela stavolta. Gli attacchi di panico arrivano anche di notte, mi sveglio col cuore in gola e non riesco più a calmarmi con gli esercizi. Giulio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "01-14 21:50",
    who="Giulio|G.",
)
M(
    "sono 2 sere che mi faccio una canna prima di dormire se no nn riesco a stare cn i pensieri",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "05-12 23:20",
    who="Mattia|Matti",
)
M(
    "Sono allo stremo. Tra mia madre in ospedale e il lavoro non vedo la fine. Mi scusi lo sfogo. Laura",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "portal",
    "03-03 18:05",
    who="Laura|L.",
)
M(
    "ma che senso ha. faccio tutto quello che mi dici, gli esercizi, il diario, e sto uguale",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-05 22:30",
    who="Riccardo|Ricky",
)
M(
    "stasera ho preso un lexotan in più, l'ansia nn passava. lo so che nn dovevo",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "08-22 23:50",
    who="Serena|Sere",
    note="sedativo oltre la prescrizione per gestire l'ansia",
)
M(
    "Buongiorno dottore, sono la mamma di Tommaso. Da lunedì non vuole più andare a scuola, sta chiuso in camera e mangia pochissimo. Dice che tanto non serve a niente. Non so più cosa fare. Possiamo sentirci?\nCristina Berti",
    "moderate",
    "withdrawal hopelessness support_request",
    "psychotherapy",
    "email",
    "02-16 08:30",
    who="Cristina|Cristina Berti",
    note="genitore riferisce lo stato del paziente",
)
M(
    "Nn esco di casa da venerdì. Nn è che sto male male, è che nn ce la faccio a vedere gente. Martedì provo a venire",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "06-08 12:30",
    who="Emma|E.",
)
M(
    "mi sembra di stare in un tunnel senza uscita, ogni mattina è uguale a quella prima",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "12-01 07:05",
    who="Pietro|Piero",
)
M(
    "BASTA nn ne posso più!!! mio padre urla da stamattina e io sto impazzendo chiusa in camera",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "04-12 15:20",
    who="Giulia|Giuly",
)
M(
    "Cara dottoressa,\n\n"
    "come d'accordo le scrivo durante la pausa di agosto per raccontarle come vanno le cose. Siamo al mare, nella solita casa dei genitori di Carla, "
    "e i bambini si divertono come matti: il piccolo ha imparato a nuotare senza braccioli e la grande passa le giornate a leggere sotto l'ombrellone. "
    "Da fuori sembra la vacanza perfetta.\n\n"
    "Da dentro un po' meno, e glielo devo dire perché me lo aveva chiesto. La sera, quando tutti vanno a letto, resto in veranda e bevo. "
    "All'inizio era un bicchiere di vino per rilassarmi, adesso è una bottiglia a sera, a volte di più, e la mattina mi sveglio con la nausea e la testa pesante. "
    "Carla se n'è accorta e mi guarda storto, ma non ne parliamo. È come se non ci fosse nessuno con cui parlare davvero, nemmeno lei, nemmeno mio fratello. "
    "Mi sento solo in mezzo a tutta questa gente, ed è una sensazione strana.\n\n"
    "So benissimo cosa mi direbbe: che il vino è un modo per non sentire. Ha ragione. "
    "Ho provato a saltare una sera e non ci sono riuscito, alle undici ero già in cucina a cercare il cavatappi.\n\n"
    "Non le chiedo di rispondermi subito, volevo solo che lo sapesse prima di settembre, così non arrivo in seduta a fare finta di niente. "
    "Ci vediamo il 4 come stabilito.\n\n"
    "Un caro saluto,\n"
    "Andrea",
    "moderate",
    "substance_use loneliness",
    "psychotherapy",
    "email",
    "08-12 23:40",
    who="Andrea|A.",
)
M(
    "Ho disdetto tutto per questa settimana, anche la palestra e la cena con gli amici. Resto a casa, non ho la forza di vedere nessuno. Volevo avvisarla che non verrò neanche giovedì. Paolo",
    "moderate",
    "withdrawal",
    "cancellation psychotherapy",
    "portal",
    "09-08 09:15",
    who="Paolo|P.",
)
M(
    "ho l'impressione che tanto nn ne uscirò mai 😂 è sempre la stessa storia da quando ho 16 anni",
    "moderate",
    "hopelessness valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-25 22:10",
    who="Camilla|Cami",
)
M(
    "attacco di panico fortissimo, nn respiro, ho le mani che tremano e nn riesco a fermarlo. scrivimi qualcosa ti prego",
    "moderate",
    "support_request",
    "psychotherapy",
    "sms",
    "07-02 02:30",
    who="Elisa|Eli",
    note="panico che travolge",
)

# ---------------------------------------------------------------- basso
M(
    "oggi giornata grigia, mi sento giù senza un motivo preciso. niente di grave, volevo solo dirlo a qualcuno",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-12 18:30",
    who="Giorgio|Gio",
)
M(
    "mi sento tanto sola da quando Sara si è trasferita a Torino. le serate nn passano mai",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "01-22 21:40",
    who="Veronica|Vero",
)
M(
    "Dottoressa, potremmo sentirci dieci minuti al telefono prima di venerdì? Ho bisogno di parlare di quello che è successo con mio marito domenica. Grazie, Valeria",
    "low",
    "support_request",
    "psychotherapy",
    "portal",
    "03-17 11:45",
    who="Valeria|V.",
)
M(
    "il mio migliore amico mi ha scritto che nn vuole più vivere. gli ho detto di chiamare qualcuno ma nn so se l'ha fatto. tu cosa faresti al posto mio?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-24 22:50",
    who="Lorenzo|Lollo",
    note="esperienza di un'altra persona -> low",
)
M(
    "Buonasera, volevo chiederle una cosa: se una sera mi tornasse quel pensiero di farla finita, come l'anno scorso, a che numero posso chiamare se lei non risponde? Lo chiedo per stare tranquilla.\nGiovanna",
    "low",
    "",
    "information psychotherapy",
    "email",
    "05-30 20:05",
    who="Giovanna|G.",
    note="ipotetico e passato -> low",
)
M(
    "nn ho pensieri brutti, tranquilla. sono solo stanca e triste x l'esame andato male 😔",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-26 19:10",
    who="Greta|G.",
    note="cue alto negato -> low; tristezza",
)
M(
    "ieri in seduta abbiamo parlato di quando a vent'anni ho preso quelle pastiglie. stanotte ci ho ripensato e ho pianto tanto",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "02-06 07:50",
    who="Monica|Moni",
    note="tentativo passato, discusso in seduta -> low",
)
M(
    "mi manchi un po' in queste settimane di pausa. lo so che è strano scriverlo alla propria terapeuta 🙂",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-18 16:20",
    who="Ludovica|Ludo",
    note="malinconia, richiesta implicita di vicinanza",
)
M(
    "Da quando è morta la nonna mi sento vuota. Non è disperazione, è più un silenzio. Mi farà bene parlarne giovedì. Alice",
    "low",
    "",
    "psychotherapy",
    "portal",
    "12-07 10:00",
    who="Alice|A.",
)
M(
    "Buongiorno dottoressa, Matteo in questi giorni è molto giù, la sera piange spesso e non vuole dire perché. Niente di allarmante credo, ma volevo che lo sapesse. Silvia (mamma di Matteo)",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-12 08:05",
    who="Silvia",
    note="genitore riferisce tristezza del figlio",
)
M(
    "stasera mi sento solo come un cane. manco uno che mi abbia fatto gli auguri. vabbè",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "09-19 22:40",
    who="Salvatore|Totò",
)

# ---------------------------------------------------------------- nessuno
M(
    "muoio dal ridere, mia figlia ha imitato il nostro gatto davanti a tutti i parenti 😂😂",
    "none",
    "",
    "information",
    "whatsapp",
    "12-25 15:40",
    who="Roberta|Robi",
)
M(
    "Dottore, devo spostare l'appuntamento di martedì per una visita medica di mia madre. Sarebbe possibile mercoledì pomeriggio? Grazie, Fabio Conti",
    "none",
    "",
    "cancellation",
    "portal",
    "05-04 12:10",
    who="Fabio|Fabio Conti",
)
M(
    "Buongiorno dottoressa,\nle scrivo per la fattura di ottobre: mi servirebbe intestata alla ditta per il rimborso. Ragione sociale e partita IVA sono quelle che le avevo mandato a marzo, è cambiato solo l'indirizzo (via Manzoni 14, Monza).\nCordiali saluti,\nAndrea Galli",
    "none",
    "",
    "information",
    "email",
    "11-04 10:30",
    who="Andrea|Andrea Galli",
)
M(
    "ho visto il film che mi aveva consigliato, quello del tizio che vuole buttarsi dal ponte la vigilia di Natale e poi arriva l'angelo. bello, un po' lento all'inizio",
    "none",
    "",
    "information",
    "whatsapp",
    "12-27 21:20",
    who="Federico|Fede",
    note="trama di un film",
)
M(
    "sono stanca morta, oggi tre riunioni e pure la spesa, però contenta. ci vediamo giovedì",
    "none",
    "",
    "information",
    "whatsapp",
    "02-12 20:45",
    who="Cinzia|Cin",
)
M(
    "il dott. Galli mi ha cambiato la terapia, adesso prendo mezza compressa in meno la sera. glielo dico x saperlo, tutto ok",
    "none",
    "",
    "medication",
    "sms",
    "04-20 18:00",
    who="Marisa|Mari",
)
M(
    "ho passato l'esame di guida!!! al terzo tentativo ma ce l'ho fatta 🎉",
    "none",
    "",
    "information",
    "whatsapp",
    "06-05 12:40",
    who="Nicolò|Nico",
)
M(
    "Gentile dottoressa,\nle mando il link all'articolo sulla prevenzione del suicidio negli adolescenti di cui parlavamo con mio marito l'altra volta, ci è sembrato scritto bene e utile anche per noi genitori.\nCordiali saluti,\nRenata",
    "none",
    "",
    "information",
    "email",
    "09-10 17:25",
    who="Renata|R.",
    note="menzione di un articolo, non un segnale",
)
M(
    "il mio capo mi uccide se arrivo tardi un'altra volta, si può spostare alle 19 giovedì?",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "10-21 13:15",
    who="Ettore|E.",
    note="idioma",
)
M(
    "mi sono tagliata i capelli cortissimi!! giovedì mi dici se ti piacciono 😁",
    "none",
    "",
    "information",
    "sms",
    "03-26 19:30",
    who="Asia|A.",
)
M(
    "stasera chiudo tutto con la palestra, mi sono rotta di pagare e nn andarci mai ahah",
    "none",
    "",
    "information",
    "whatsapp",
    "01-08 21:00",
    who="Debora|Debby",
)
M(
    "Buonasera, mi scusi se le scrivo a quest'ora, volevo solo avvisarla che domani arrivo dieci minuti in ritardo per lo sciopero dei treni. Sergio",
    "none",
    "apology",
    "information",
    "portal",
    "11-26 23:15",
    who="Sergio|S.",
)
M(
    "Mia nonna diceva sempre 'meglio morto che in ginocchio', oggi l'ho ripetuto a mio fratello ridendo e lui ha riso con me. Con lui le cose vanno meglio 🙂",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-17 19:55",
    who="Antonio|Toni",
    note="proverbio citato; progresso nella relazione",
)
M(
    "Cara dottoressa,\n\n"
    "le avevo promesso un resoconto delle vacanze ed eccolo qui, con qualche giorno di ritardo perché tra valigie e lavatrici non ho avuto un attimo. "
    "Siamo stati dieci giorni in Sardegna, vicino a Cala Gonone, io, Marco e i ragazzi. Il viaggio in nave è stato un delirio, con il piccolo che ha vomitato due volte, "
    "ma appena arrivati è cambiato tutto. La sera i ragazzi giocavano a carte con i vicini di ombrellone e io, per una volta, "
    "non ho aperto la posta del lavoro nemmeno di nascosto.\n\n"
    "La cosa di cui sono più orgogliosa: il terzo giorno mi sono buttata dallo scoglio più alto della caletta, quello da cui si tuffavano solo i ragazzini. "
    "Lei sa quanto ho sempre avuto paura dell'acqua alta, e invece ho contato fino a tre e via. Marco mi ha filmata e il video ormai l'ha visto mezzo condominio.\n\n"
    "Anche con mia suocera, che è venuta a trovarci per il weekend, è andata meglio del solito. Ho provato a fare quello che ci eravamo dette: "
    "non rispondere subito alle frecciatine, prendermi un momento. Non sempre ci sono riuscita, ma una sera l'ho persino fatta ridere.\n\n"
    "Adesso siamo tornati, la casa è un campo di battaglia e domani ricomincio in ufficio. Non vedo l'ora di raccontarle il resto a voce, "
    "confermo il 2 settembre alle 17.\n\n"
    "Un abbraccio,\n"
    "Daniela",
    "none",
    "",
    "information psychotherapy",
    "email",
    "08-28 16:40",
    who="Daniela|Dani",
    note="'mi sono buttata' = tuffo",
)
M(
    "ho finito le pastiglie per dormire, il medico di base me le rifà lunedì. intanto posso prenderne una delle vecchie che ho nel cassetto?",
    "none",
    "",
    "medication",
    "whatsapp",
    "07-17 21:35",
    who="Rita|R.",
)
M(
    "Scusi, devo disdire la seduta di domani, ho la febbre a 39. Mi dispiace. Lucia",
    "none",
    "apology",
    "cancellation",
    "sms",
    "01-20 07:30",
    who="Lucia|L.",
)
M(
    "Buongiorno dottore, qui sono le sei del mattino e le scrivo prima del turno: il collegamento video di sabato per me va bene alle 15 italiane, cioè le 9 qui. Mi manda lei il link? Grazie, Claudia",
    "none",
    "",
    "information",
    "email",
    "10-16 06:00",
    tz="America/New_York",
    who="Claudia|C.",
)
