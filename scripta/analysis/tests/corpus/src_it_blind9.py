# Blind round 9 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-8), measured once
# with engine 2026.11.13 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri ed età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Soprannome",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate
M(
    "Sono stanca di tutto. Stasera vorrei solo addormentarmi e non svegliarmi più, ecco l'ho scritto. Fede",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-03 01:12",
    who="Federica|Fede",
    g="b9it-01",
    v="base",
)
M(
    "Sono stanca di tutto. Non è che vorrei addormentarmi e non svegliarmi più, questo no, però sono stanca. Fede",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-03 01:12",
    who="Federica|Fede",
    g="b9it-01",
    v="negation",
    note="negated passive wish -> low (low mood remains)",
)
M(
    "Sono stanca morta. Stasera vorrei solo addormentarmi sul divano e non svegliarmi fino a mezzogiorno, doppio turno in reparto. Fede",
    "none",
    "",
    "information",
    "whatsapp",
    "11-03 01:12",
    who="Federica|Fede",
    g="b9it-01",
    v="idiom",
    note="tiredness after a double shift, everyday phrase",
)

M(
    "Dottore volevo dirle che ho messo da parte le pastiglie, quelle per dormire. Ormai ce ne sono abbastanza. Gianni",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "11-12 22:40",
    who="Gianni",
    g="b9it-02",
    v="base",
    note="means gathered",
)
M(
    "Dottore volevo dirle che ho messo da parte le pastiglie per dormire per il viaggio in Portogallo, ce ne sono abbastanza per tre settimane. Gianni",
    "none",
    "",
    "medication information",
    "sms",
    "11-12 22:40",
    who="Gianni",
    g="b9it-02",
    v="idiom",
    note="packing medication for a trip",
)
M(
    "Dottore volevo dirle che mio fratello ha messo da parte le pastiglie per dormire, dice che ormai ce ne sono abbastanza. Non so cosa fare. Gianni",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-12 22:40",
    who="Gianni",
    g="b9it-02",
    v="person",
    note="someone else's crisis (brother, not the patient) -> low",
)

M(
    "ieri sera mi sono bruciata il braccio con l'accendino, piano, finché non ho sentito qualcosa. adesso c'è la bolla",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-20 23:55",
    who="Noemi|Noe",
    g="b9it-03",
    v="base",
)
M(
    "ieri sera non mi sono bruciata il braccio con l'accendino, l'ho tenuto in mano un po' e poi l'ho ridato a Sara",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-20 23:55",
    who="Noemi|Noe",
    g="b9it-03",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "quando avevo sedici anni mi bruciavo il braccio con l'accendino, piano, finché non sentivo qualcosa. ci ho ripensato dopo la seduta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-20 23:55",
    who="Noemi|Noe",
    g="b9it-03",
    v="tense",
    note="historic, discussed in therapy -> low",
)
M(
    "nel romanzo che leggiamo in classe la protagonista si brucia il braccio con l'accendino finché non sente qualcosa. domani ho l'interrogazione su quel capitolo",
    "none",
    "",
    "information",
    "whatsapp",
    "11-20 23:55",
    who="Noemi|Noe",
    g="b9it-03",
    v="quotation",
    note="a book's plot",
)

M(
    "Credo davvero che per tutti sarebbe più semplice senza di me. Non è una frase fatta, lo penso da settimane. Marta",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-08 19:20",
    who="Marta",
    g="b9it-04",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Credo davvero che per la squadra di pallavolo sarebbe più semplice senza di me in battuta, la sbaglio sempre. Sabato però gioco lo stesso. Marta",
    "none",
    "",
    "information",
    "portal",
    "11-08 19:20",
    who="Marta",
    g="b9it-04",
    v="idiom",
    note="sport, not burdensomeness",
)
M(
    "Mia madre continua a dire che per tutti sarebbe più semplice senza di lei, lo pensa da settimane. Io non so come risponderle. Marta",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-08 19:20",
    who="Marta",
    g="b9it-04",
    v="person",
    note="mother is not the patient -> low",
)

M(
    "Gentile dottoressa,\nvolevo ringraziarla per tutto quello che ha fatto per me in questi due anni. Non deve più preoccuparsi, ho sistemato ogni cosa e la moto l'ho lasciata a mio nipote. Le auguro ogni bene.\nRocco",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-01 07:05",
    who="Rocco|R.",
    g="b9it-05",
    v="base",
    note="farewell that looks like thanks, possessions given away",
)
M(
    "Gentile dottoressa,\nvolevo ringraziarla per tutto quello che ha fatto per me in questi due anni. Come deciso giovedì chiudiamo qui e ci risentiamo a marzo per il controllo; la moto alla fine l'ho venduta a mio nipote. Le auguro ogni bene.\nRocco",
    "none",
    "",
    "information psychotherapy",
    "email",
    "12-01 07:05",
    who="Rocco|R.",
    g="b9it-05",
    v="idiom",
    note="agreed end of therapy, an ordinary thank-you",
)

M(
    "oggi tornando da scuola mi sono fermato sul ponte della ferrovia e ho guardato giù, pensavo a quanto ci vorrebbe. poi è passato il treno e sono andato a casa",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-16 18:30",
    who="Samuele|Sam",
    g="b9it-06",
    v="base",
    note="thinking about a method",
)
M(
    "ieri nel film il protagonista si ferma sul ponte della ferrovia e guarda giù, pensa a quanto ci vorrebbe. poi passa il treno e va a casa. il prof dice che è un capolavoro boh",
    "none",
    "",
    "information",
    "whatsapp",
    "11-16 18:30",
    who="Samuele|Sam",
    g="b9it-06",
    v="quotation",
    note="a film scene",
)
M(
    "se un giorno mi fermassi sul ponte della ferrovia a guardare giù pensando a quanto ci vorrebbe, cosa dovrei fare? chi chiamo?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-16 18:30",
    who="Samuele|Sam",
    g="b9it-06",
    v="negation",
    note="hypothetical question -> low",
)

M(
    "stanotte la faccio finita. ho già deciso, non provate a chiamarmi",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-22 00:41",
    who="Ilaria",
    g="b9it-07",
    v="base",
)
M(
    "stanotte la faccio finita con Matteo. ho già deciso, domani gli ridò le chiavi di casa",
    "none",
    "",
    "psychotherapy",
    "sms",
    "11-22 00:41",
    who="Ilaria",
    g="b9it-07",
    v="idiom",
    note="ending a relationship",
)
M(
    "STANOTTE LA FACCIO FINITA. HO GIÀ DECISO, NON PROVATE A CHIAMARMI",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-22 00:41",
    who="Ilaria",
    g="b9it-07",
    v="caps",
)

M(
    "Sinceramente mi ammazzerei. Non ne posso più di me stesso. Piero",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-10 21:10",
    who="Pietro|Piero",
    g="b9it-08",
    v="base",
)
M(
    "Sinceramente mi ammazzo di straordinari questo mese, tre inventari in due settimane. Ci vediamo lunedì. Piero",
    "none",
    "",
    "information",
    "whatsapp",
    "11-10 21:10",
    who="Pietro|Piero",
    g="b9it-08",
    v="idiom",
    note="'mi ammazzo di lavoro' idiom, busy month as a fact",
)
M(
    "Sinceramente ammazzo il tempo in sala d'attesa col cruciverba, sono arrivato con mezz'ora d'anticipo. Piero",
    "none",
    "",
    "information",
    "whatsapp",
    "11-10 21:10",
    who="Pietro|Piero",
    g="b9it-08",
    v="idiom",
    note="killing time",
)

M(
    "Buongiorno, le scrivo solo per dirle che ho scritto una lettera per i miei genitori e l'ho messa nel cassetto della scrivania, nel caso. Non ho in programma niente, giuro. Ci vediamo martedì. Beatrice",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-18 16:40",
    who="Beatrice|Bea",
    g="b9it-09",
    v="base",
    note="note written just in case; negated plan does not lower it",
)
M(
    "Buongiorno, le scrivo solo per dirle che per il laboratorio di scrittura ho scritto la lettera d'addio di un personaggio ai suoi genitori, e la prof l'ha letta in classe. Ci vediamo martedì. Beatrice",
    "none",
    "",
    "information",
    "email",
    "11-18 16:40",
    who="Beatrice|Bea",
    g="b9it-09",
    v="quotation",
    note="fiction written for class",
)

M(
    "ho preso il temperino e mi sono fatta dei segni sulla coscia. non volevo scriverle ma mi aveva detto di farlo. Asia",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-25 02:14",
    who="Asia",
    g="b9it-10",
    v="base",
)
M(
    "ho preso il temperino e mi sono fatta un taglietto sul dito preparando le etichette per il mercatino della scuola, che imbranata. Asia",
    "none",
    "",
    "information",
    "whatsapp",
    "11-25 02:14",
    who="Asia",
    g="b9it-10",
    v="idiom",
    note="accidental cut",
)
M(
    "ho preso il temperino... e mi sono fatta dei segni sulla coscia... non volevo scriverle... ma mi aveva detto di farlo... Asia",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-25 02:14",
    who="Asia",
    g="b9it-10",
    v="emoticon",
    note="ellipses form variant",
)

M(
    "giuro vorrei essere morta, stasera non reggo niente",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-14 20:05",
    who="Giorgia",
    g="b9it-11",
    v="base",
)
M(
    "giuro sono morta dal ridere, stasera al saggio di mio fratello è caduto il sipario in testa al maestro 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "11-14 20:05",
    who="Giorgia",
    g="b9it-11",
    v="idiom",
)
M(
    "giuro questa canzone dei Vetri Rotti mi perseguita, il ritornello fa 'vorrei essere morta stasera' e non riesco a togliermela dalla testa",
    "none",
    "",
    "information",
    "whatsapp",
    "11-14 20:05",
    who="Giorgia",
    g="b9it-11",
    v="quotation",
    note="song lyric (fictional band)",
)

M(
    "ho preso tutta la scatola di Xanax mezz'ora fa. mi gira tutto",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "11-29 23:20",
    who="Tommaso|Tommi",
    g="b9it-12",
    v="base",
    note="overdose taken",
)
M(
    "Sono la mamma di Tommaso, ha preso tutta la scatola di Xanax mezz'ora fa e gli gira tutto, sto chiamando il 118. Laura",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "11-29 23:20",
    who="Laura",
    g="b9it-12",
    v="person",
    note="parent reports the patient's overdose",
)
M(
    "non ho preso tutta la scatola di Xanax, solo la mia mezza compressa come da ricetta. lo dico perché giovedì me l'ha chiesto",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "11-29 23:20",
    who="Tommaso|Tommi",
    g="b9it-12",
    v="negation",
    note="negated overdose -> low",
)

M(
    "Non esco di casa da quattro giorni, ho tirato giù le tapparelle e rispondo solo a mia madre. Vale",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "11-09 15:30",
    who="Valentina|Vale",
    g="b9it-13",
    v="base",
)
M(
    "Non sto più chiusa in casa come la settimana scorsa, ho tirato su le tapparelle e rispondo a tutti. Vale",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "11-09 15:30",
    who="Valentina|Vale",
    g="b9it-13",
    v="negation",
    note="negated withdrawal -> none",
)
M(
    "Mio marito non esce di casa da quattro giorni, ha tirato giù le tapparelle e risponde solo a sua madre. Vale",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-09 15:30",
    who="Valentina|Vale",
    g="b9it-13",
    v="person",
    note="husband, not the patient -> low",
)

M(
    "il telefono è morto e mi sento morto anch'io, vorrei esserlo davvero. Ema",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-21 08:15",
    who="Emanuele|Ema",
    g="b9it-14",
    v="base",
)
M(
    "il telefono è morto, le scrivo da quello di mia zia: posso spostare giovedì alle 18? Ema",
    "none",
    "",
    "cancellation",
    "sms",
    "11-21 08:15",
    who="Emanuele|Ema",
    g="b9it-14",
    v="idiom",
    note="dead phone",
)

M(
    "ieri sera mi sono scolato mezza bottiglia di grappa per riuscire a dormire, come l'altra sera. Alessio",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-15 09:30",
    who="Alessio",
    g="b9it-15",
    v="base",
)
M(
    "ieri sera mio zio si è scolato mezza bottiglia di grappa per riuscire a dormire, come l'altra sera. Sono preoccupato. Alessio",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-15 09:30",
    who="Alessio",
    g="b9it-15",
    v="person",
)
M(
    "a vent'anni mi scolavo mezza bottiglia di grappa per riuscire a dormire, ieri ci ripensavo in macchina. Alessio",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-15 09:30",
    who="Alessio",
    g="b9it-15",
    v="tense",
    note="past moderate cue -> low",
)

M(
    "Penso spesso a come sarebbe non esserci più. Non so se è normale. Nico",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-19 22:50",
    who="Nicolò|Nico",
    g="b9it-16",
    v="base",
)
M(
    "In Lanterne di Cenere (il gioco che le dicevo) il cavaliere dice 'penso spesso a come sarebbe non esserci più' e poi scoppia a ridere. Mi ha colpito la scrittura. Nico",
    "none",
    "",
    "information",
    "portal",
    "11-19 22:50",
    who="Nicolò|Nico",
    g="b9it-16",
    v="quotation",
    note="video game line (fictional)",
)

M(
    "ho regalato la chitarra e tutti i fumetti a mio cugino, tanto a me non servono più",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-26 17:45",
    who="Lorenzo|Lollo",
    g="b9it-17",
    v="base",
    note="giving possessions away, 'won't need them'",
)
M(
    "ho regalato la chitarra a mio cugino, tanto a me non serve più da quando suono il basso nella band 🎸",
    "none",
    "",
    "information",
    "whatsapp",
    "11-26 17:45",
    who="Lorenzo|Lollo",
    g="b9it-17",
    v="idiom",
)

M(
    "sono in macchina al parcheggio del lago, il tubo è nel bagagliaio. volevo solo che qualcuno lo sapesse",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-23 04:10",
    who="Fabio",
    g="b9it-18",
    v="base",
    note="method and place",
)
M(
    "al bar tutti parlano dell'articolo sull'uomo trovato in macchina al parcheggio del lago col tubo nel bagagliaio. il paese è piccolo, lo sai com'è",
    "none",
    "",
    "information",
    "sms",
    "11-23 04:10",
    who="Fabio",
    g="b9it-18",
    v="quotation",
    note="local news",
)

M(
    "Buongiorno dottore, ho paura di non farcela. Ogni mattina è più pesante della precedente. Serena",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "11-11 13:00",
    who="Serena",
    g="b9it-19",
    v="base",
)
M(
    "Buongiorno dottore, ho paura di non farcela per la scadenza del bando venerdì, quindi le chiedo se possiamo spostare la seduta a lunedì. Serena",
    "none",
    "",
    "cancellation",
    "email",
    "11-11 13:00",
    who="Serena",
    g="b9it-19",
    v="idiom",
    note="work deadline",
)

# ---------------------------------------------------------------- messaggi singoli: high / imminent
M(
    "Cara dottoressa,\n"
    "eccomi dalla Calabria, come promesso le scrivo una lettera invece dei soliti messaggi. Qui dai nonni è tutto uguale a quando ero piccola: il fico davanti a casa, la nonna che cucina per dieci anche se siamo in quattro, mio zio che parla di politica a pranzo e si arrabbia da solo. Le giornate passano lente, vado al mare la mattina presto quando non c'è nessuno e poi leggo sotto il portico. Ho finito il libro che mi aveva consigliato, quello sulla famiglia di pescatori, e mi è piaciuto più di quanto pensassi. Il finale l'ho letto due volte, sulla spiaggia, con la radio dei vicini di ombrellone che passava sempre le stesse canzoni.\n"
    "Con mia madre va così così, litighiamo per cose piccole, il telefono a tavola, a che ora torno la sera. Ho provato a fare come abbiamo detto, a non rispondere subito, e qualche volta ha funzionato.\n"
    "Le dico una cosa che non so dove mettere: la notte, quando tutti dormono, penso che se una mattina non mi svegliassi sarebbe quasi un sollievo, per me e per loro. Non lo dico per spaventarla, è un pensiero che va e viene come il rumore delle onde.\n"
    "Per il resto sto abbastanza bene, ho preso un po' di colore e ho rivisto Giusy, la mia amica delle elementari, che adesso ha un bambino. Torno a Torino il 3 e ci vediamo il 5 come deciso.\n"
    "Un abbraccio,\nCaterina",
    "high",
    "suicidal_ideation",
    "psychotherapy information",
    "email",
    "08-19 01:30",
    who="Caterina",
    note="long holiday letter, passive wish hidden in the middle",
)
M(
    "nn ce la faccio piu stasera ho preso le forbici dell astuccio e mi sn fatta dei tagli sul polso nn tanti nn si preoccupi",
    "high",
    "self_harm hopelessness",
    "psychotherapy",
    "sms",
    "11-17 23:38",
    who="Rebecca",
)
M(
    "Buonasera dottoressa, sono il papà di Chiara. Oggi la professoressa di lettere mi ha chiamato: Chiara le ha detto che vorrebbe morire e che ci pensa da un po'. A casa non ci dice niente. Possiamo anticipare la seduta? Marco Ferri",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy cancellation",
    "email",
    "11-24 20:12",
    who="Marco|Ferri",
    note="parent reports the patient's wish to die; asks an earlier session",
)
M(
    "Dottoressa sono Davide il compagno di Elena, si è chiusa in bagno e dice che ha preso le pastiglie, ho chiamato il 112 la prego mi richiami",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "11-28 23:52",
    who="Davide",
    note="partner reports an overdose taken by the patient",
)
M(
    "grazie di tutto dottoressa, davvero. ha fatto più di quanto potesse. da domani non dovrà più preoccuparsi per me",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-27 03:02",
    who="Martina",
    note="farewell disguised as thanks, at night",
)
M(
    "Oggi in farmacia ho chiesto quante compresse di paracetamolo servono per rovinare il fegato. Ho detto che era per curiosità, per un quiz. Non è per un quiz. Simone",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-13 12:40",
    who="Simone",
    note="method-seeking in passing",
)
M(
    "Buongiorno! Giovedì posso venire alle 18 invece che alle 17? Esco più tardi dal lavoro. Ah, sono tornati quei pensieri, quelli di farla finita, ma tanto passano. Grazie, Paolo",
    "high",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "whatsapp",
    "11-16 08:05",
    who="Paolo",
    note="two topics: rescheduling and ideation tossed in",
)
M(
    "ieri sera mi sono graffiata le braccia con la chiave di casa finché non è uscito il sangue. adesso sto meglio, è questo che mi fa paura",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "11-12 10:20",
    who="Irene",
)
M(
    "sabato i miei vanno a Rimini dai parenti. le pastiglie le ho contate, bastano. non si preoccupi, ci ho pensato bene",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "11-26 22:15",
    who="Mattia",
    note="plan: time, means counted",
)
M(
    "magari domani non mi sveglio e va bene così",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-23 02:48",
    who="Ugo",
    note="passive wish, unsigned",
)
M(
    "Egregio dottore,\nho sistemato le carte in banca e il testamento è dal notaio Rinaldi. Il cane lo prende la signora del piano di sotto, che gli vuole bene. Mi sento in pace come non mi succedeva da anni. La ringrazio per la pazienza.\nCordiali saluti,\nArmando Zucchi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-20 06:10",
    who="Armando|Zucchi",
    note="will written, pet given away, calm",
)
M(
    "sono sul tetto del condominio, si vede tutta Napoli. volevo solo dirle che le voglio bene",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-28 23:05",
    who="Gennaro|Genny",
    note="farewell from a height",
)
M(
    "ho bevuto mezza bottiglia di vodka e poi ho preso le gocce di mia madre, non so quante. scusi",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "whatsapp",
    "11-30 01:44",
    who="Sofia",
    note="overdose taken with alcohol",
)
M(
    "va tutto benissimo 🙂 ho comprato una corda nuova e so già dove",
    "imminent",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-22 21:30",
    who="Cristian",
    note="plan with a positive emoji",
)
M(
    "Ieri tre spritz e due canne con quelli del paese, poi tornando a casa ho pensato che se la macchina andava dritta in curva non mi sarebbe dispiaciuto. Oggi ho il cerchio alla testa. Andrea",
    "high",
    "suicidal_ideation substance_use",
    "psychotherapy",
    "whatsapp",
    "11-15 11:25",
    who="Andrea",
    note="passive ideation and substances",
)

# ---------------------------------------------------------------- messaggi singoli: none / low / moderate
M(
    "Buongiorno dottoressa, mi dispiace ma domani non riesco a venire, ho la febbre a 38 e mezzo da ieri sera e non voglio attaccarle niente. La richiamo io lunedì in orario di segreteria per fissare. Luisa Ghedini",
    "none",
    "apology",
    "cancellation",
    "sms",
    "11-18 07:40",
    who="Luisa|Ghedini",
)
M(
    "Gentile dott. Sartori,\nle scrivo per chiederle se è possibile spostare l'appuntamento di mercoledì 3 dicembre a venerdì 5, stessa ora. Mio figlio ha la recita di Natale e ci tengo ad esserci.\nCordialmente,\nGiulio Benassi\n347 221 0983",
    "none",
    "",
    "cancellation",
    "email",
    "11-24 14:05",
    who="Giulio|Benassi",
)
M(
    "Salve, la sertralina mi dà un po' di nausea la mattina, posso prenderla dopo cena invece che a colazione o devo chiedere alla psichiatra? Grazie, Elisa",
    "none",
    "",
    "medication",
    "portal",
    "11-10 09:15",
    who="Elisa",
)
M(
    "PATENTE PRESA AL PRIMO COLPO 🎉🎉 l'istruttore ha detto che sono stata la più tranquilla della giornata, chi l'avrebbe detto eh. Gaia",
    "none",
    "",
    "information",
    "whatsapp",
    "11-13 13:30",
    who="Gaia",
)
M(
    "Mi hanno preso al laboratorio di restauro a Firenze! Contratto di un anno, inizio a gennaio. Volevo che lo sapesse prima dei miei, in fondo è anche merito di quello che abbiamo fatto insieme. Ludovica",
    "none",
    "",
    "information psychotherapy",
    "email",
    "11-21 18:45",
    who="Ludovica",
)
M(
    "Devo dirle che quello che ha detto martedì su mio padre mi ha dato parecchio fastidio. Non ho dormito per l'irritazione, ne parliamo la prossima volta. Walter",
    "none",
    "",
    "psychotherapy",
    "portal",
    "11-26 08:50",
    who="Walter",
    note="irritation at the therapist, material for the session",
)
M(
    "Non so come dirlo senza sembrare strana ma il martedì è diventato il giorno più bello della settimana. Grazie per come mi ascolta :) Nadia",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "11-11 20:10",
    who="Nadia",
)
M(
    "Buongiorno, sono Patrizia Loi, la mamma di Filippo (14 anni). Ci ha dato il suo numero il pediatra. Filippo non va a scuola da più di una settimana, sta chiuso in camera con le cuffie e mangia poco. Vorremmo un primo colloquio, anche solo noi genitori. Grazie, Patrizia Loi",
    "moderate",
    "withdrawal support_request",
    "psychotherapy",
    "sms",
    "11-09 12:30",
    who="Patrizia|Loi",
    note="first contact; parent reports the patient's withdrawal",
)
M(
    "Buongiorno, sono la moglie di Franco Deidda. Mi servirebbe la fattura delle sedute di ottobre intestata a lui, per la dichiarazione. Può mandarla a questo indirizzo? Grazie, Anna Deidda",
    "none",
    "",
    "information",
    "email",
    "11-06 10:00",
    who="Anna|Deidda",
)
M(
    "La domenica pomeriggio è la peggiore, i miei amici sono tutti in coppia e io giro per casa senza sapere che fare. Mi scriverebbe due righe quando può? Tina",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "11-22 16:40",
    who="Tina",
)
M(
    "alla fine ci siamo lasciati io e Ricky. piango da stamattina ma credo sia giusto cosi 😢 ne parliamo giovedi",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-14 19:55",
    who="Carlotta",
    note="sadness after a break-up",
)
M(
    "Sono tre giorni che non mi alzo dal letto, ho detto al lavoro che ho l'influenza ma non è vero. Mi alzo solo per il gatto. Ivan",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "11-20 15:10",
    who="Ivan",
)
M(
    "Dottò nun ce la faccio cchiù, cu mamma ca sta male e 'o lavoro ca nun ce sta. Scusate lo sfogo. Ciro",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "sms",
    "11-17 22:30",
    who="Ciro",
    note="'non ce la faccio più' in Neapolitan",
)
M(
    "ho avuto un attacco di panico in metro a Loreto, non respiravo, sono scesa e sono ancora seduta sulla panchina che tremo. mi può chiamare adesso per favore",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "11-25 08:20",
    who="Bianca",
    note="overwhelming panic now",
)
M(
    "Le confesso che ormai bevo tutte le sere, due o tre bicchieri di rosso e poi un amaro, altrimenti non chiudo occhio. Mia moglie non lo sa. Renato",
    "moderate",
    "substance_use",
    "psychotherapy",
    "email",
    "11-12 23:40",
    who="Renato",
)
M(
    "Una mia amica ha messo una storia su instagram con scritto addio a tutti e adesso non risponde. Ho chiamato sua sorella. Sono agitatissima, scusi se le scrivo a quest'ora. Greta",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "11-29 00:20",
    who="Greta",
    note="worry about someone else's crisis -> low",
)
M(
    "Il derby di ieri mi ha ucciso, tre gol presi nel recupero, roba da non crederci. Comunque confermo martedì alle 19, Gigi",
    "none",
    "",
    "information",
    "whatsapp",
    "11-24 09:10",
    who="Luigi|Gigi",
    note="sport idiom",
)
M(
    "stamattina prima del lavoro mi sono premuta la piastra per capelli sul polso, di nuovo. nessuno se n'è accorto, con il maglione lungo non si vede. Debora",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "11-18 07:58",
    who="Debora",
    note="self-harm with a hair straightener",
)
M(
    "Hola dottoressa! Da qui a Buenos Aires la seduta di giovedì sarebbe alle 11 di mattina per me, giusto? Con l'ora legale mi confondo sempre. Agnese",
    "none",
    "",
    "information",
    "email",
    "11-25 07:30",
    tz="America/Argentina/Buenos_Aires",
    who="Agnese",
    note="time zones for a long-distance video session",
)
M(
    "Una domanda che mi gira in testa da giorni: se un giorno mi venisse voglia di farmi del male, posso chiamarla anche di notte o c'è un altro numero? Non è il caso adesso. Viola",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-15 18:00",
    who="Viola",
    note="hypothetical -> low",
)
M(
    "ripensavo a quello che ci siamo detti martedì, ai tagli di quando avevo quindici anni. mi ha fatto bene nominarli ad alta voce",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-26 21:35",
    who="Elena",
    note="past, discussed in therapy -> low",
)
M(
    "Ma che senso ha. Mi impegno, faccio tutto quello che devo, e poi arriva sempre qualcosa che butta giù tutto. Raffaele",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "11-19 19:05",
    who="Raffaele",
)
M(
    "dottoressa scusi... volevo chiedere... per il bonifico di novembre... va bene anche se lo faccio il 10... perché lo stipendio arriva tardi... grazie... Loredana",
    "none",
    "apology",
    "information",
    "sms",
    "11-07 11:20",
    who="Loredana",
)
M(
    "Gentile dottore,\n"
    "come mi aveva chiesto le faccio il riassunto della settimana, anche se mi rendo conto che sta diventando un'abitudine scriverle così tanto. Lunedì riunione con il nuovo direttore: ha cambiato di nuovo i turni senza chiedere niente a nessuno, e io mi sono ritrovata con tre chiusure di fila. Martedì ho accompagnato mia madre alla visita cardiologica, tutto nella norma per fortuna, anche se lei è uscita convinta del contrario e me l'ha ripetuto per tutto il viaggio in macchina. Mercoledì ho provato a fare l'esercizio della lettera a mio padre ma mi sono fermata alla seconda riga.\n"
    "Giovedì sera mi sono accorta di una cosa: guardo il calendario e non vedo nessuna via d'uscita, né dal lavoro né da questa casa né da me stessa. Ogni settimana è la fotocopia della precedente e non credo che cambierà.\n"
    "Venerdì invece è andata meglio, sono stata a cena da Marisa e abbiamo riso tanto, e sabato ho sistemato finalmente l'armadio del cambio di stagione. Domenica niente, pioggia tutto il giorno, ho guardato due film in tv e ho stirato le camicie della settimana, e la sera ho chiamato mia sorella a Cagliari che mi ha raccontato per un'ora dei lavori in cucina.\n"
    "Ci vediamo martedì alle 18.\n"
    "Ornella",
    "moderate",
    "hopelessness",
    "psychotherapy information",
    "email",
    "11-23 22:10",
    who="Ornella",
    note="long weekly e-mail; hopelessness hidden in the middle",
)
M(
    "A scuola ci hanno fatto vedere un documentario sul suicidio tra gli adolescenti e poi c'è stato il dibattito. Secondo me era fatto bene, la prof di scienze ha pianto. Diego",
    "none",
    "",
    "information",
    "portal",
    "11-20 16:30",
    who="Diego",
    note="mention, not a cue of the sender",
)
M(
    "volevo dirle che da un mese non ho più pensieri di farmi del male 💪 non mi sembra vero. Jessica",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-27 10:05",
    who="Jessica",
    note="negated self-harm cue stays low (subject raised), positive progress",
)
M(
    "Il trasloco mi sta uccidendo, sessanta scatoloni e l'ascensore rotto, ma la casa nuova è bellissima e dal balcone si vede il Monviso! Gabriele",
    "none",
    "",
    "information",
    "whatsapp",
    "11-08 20:20",
    who="Gabriele",
    note="idiom, moving house",
)
M(
    "È morta Briciola stanotte, aveva diciassette anni. Lo sapevo che stava arrivando il momento ma la casa è vuotissima. Scusi se la disturbo per questo. Marisa",
    "low",
    "apology",
    "psychotherapy",
    "sms",
    "11-16 07:15",
    who="Marisa",
    note="grief for a pet: sadness",
)
M(
    "settimana da incubo in redazione, sto morendo di lavoro con la chiusura del numero di dicembre 😅 ci vediamo comunque venerdì, Tiziana",
    "none",
    "",
    "information",
    "whatsapp",
    "11-25 23:30",
    who="Tiziana",
    note="idiom; busy week as a fact",
)
M(
    "sn due notti che nn dormo e stasera mi sono fatto due canne x calmarmi, cmq domani vengo. Kevin",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-18 01:50",
    who="Kevin|Kev",
    note="drugs to cope",
)
M(
    "Ciao dottoressa, volevo solo dirle che mi sento un po' giù in questi giorni, niente di grave, forse è il buio che arriva alle cinque. Tvb (si può dire?) Sara",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-21 17:20",
    who="Sara",
)
M(
    "Buonasera, sono Stefano, il marito di Claudia. Volevo solo avvisarla che Claudia questa settimana sta molto meglio, ha ripreso a correre la mattina e ride di nuovo. Non le dica che le ho scritto, per favore. Stefano",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "11-19 21:00",
    who="Stefano",
    note="partner writes about the patient: good news",
)
M(
    "Mi sento sola anche quando sono in mezzo alla gente, alla festa di Marco stasera parlavano tutti e io ero come dietro a un vetro. Annalisa",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-29 23:58",
    tz="Europe/Berlin",
    who="Annalisa",
    note="loneliness, written from Berlin",
)
M(
    "Ho iniziato il nuovo stabilizzatore da cinque giorni, mi sento la bocca secca e un sonno tremendo il pomeriggio. Devo dirlo allo psichiatra subito o posso aspettare la visita del 12? Tobia",
    "none",
    "",
    "medication",
    "email",
    "12-02 08:30",
    tz="Europe/Zurich",
    who="Tobia",
)
