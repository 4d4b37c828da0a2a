# Blind round 11 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-10), measured once
# with engine 2026.11.16 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Soprannome",
#   g=gruppo, v=variante, note=...). I segnali meccanici sono calcolati da build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants
M(
    "da qualche sera mi addormento sperando di non svegliarmi più la mattina. Marta",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-12 23:48",
    who="Marta|M.",
    g="b11it-01",
    v="base",
)
M(
    "da qualche sera non mi addormento più sperando di non svegliarmi la mattina. Marta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-12 23:48",
    who="Marta|M.",
    g="b11it-01",
    v="negation",
    note="desiderio passivo negato -> low",
)
M(
    "due anni fa mi addormentavo sperando di non svegliarmi più la mattina. Marta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-12 23:48",
    who="Marta|M.",
    g="b11it-01",
    v="tense",
    note="passato -> low",
)

M(
    "ho contato le pastiglie di Tavor che ho messo da parte, sono quaranta. stanotte, quando mamma va a dormire. grazie di tutto. Ale",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "02-07 22:15",
    who="Ale|Alessio",
    g="b11it-02",
    v="base",
    note="mezzi raccolti + tempo + congedo",
)
M(
    "nel romanzo che leggiamo in classe la protagonista scrive: «ho contato le pastiglie di Tavor che ho messo da parte, sono quaranta. stanotte, quando mamma va a dormire.» domani c'è la verifica. Ale",
    "none",
    "",
    "information",
    "whatsapp",
    "02-07 22:15",
    who="Ale|Alessio",
    g="b11it-02",
    v="quotation",
    note="citazione da un libro di scuola -> none",
)

M(
    "stasera la faccio finita, ho deciso, non aspetto più. Serena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-03 20:30",
    who="Serena",
    g="b11it-03",
    v="base",
)
M(
    "stasera la faccio finita con Davide, ho deciso, non aspetto più. Serena",
    "none",
    "",
    "psychotherapy",
    "sms",
    "03-03 20:30",
    who="Serena",
    g="b11it-03",
    v="idiom",
    note="chiudere una relazione -> none",
)

M(
    "non ce la faccio più con questa casa, nessuno mi ascolta mai. Federica",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "whatsapp",
    "03-19 18:05",
    who="Federica|Fede",
    g="b11it-04",
    v="base",
)
M(
    "NON CE LA FACCIO PIÙ CON QUESTA CASA, NESSUNO MI ASCOLTA MAI. Federica",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "whatsapp",
    "03-19 18:05",
    who="Federica|Fede",
    g="b11it-04",
    v="caps",
)

M(
    "ieri sera mi sono bevuta da sola quasi una bottiglia di vino per non pensare :( Monica",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "04-02 09:10",
    who="Monica",
    g="b11it-05",
    v="base",
)
M(
    "ieri sera mi sono bevuta da sola quasi una bottiglia di vino per non pensare ;) Monica",
    "moderate",
    "substance_use valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-02 09:10",
    who="Monica",
    g="b11it-05",
    v="emoticon",
    note="parole negative, emoticon positivo",
)

M(
    "mi sono tagliata sulla coscia ieri sera con la lametta del temperino. Sara",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-15 07:20",
    who="Sara",
    g="b11it-06",
    v="base",
)
M(
    "la mia compagna di banco si è tagliata sulla coscia ieri sera con la lametta del temperino. Sara",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-15 07:20",
    who="Sara",
    g="b11it-06",
    v="person",
    note="esperienza di un'altra persona -> low",
)
M(
    "Sara si è tagliata sulla coscia ieri sera con la lametta del temperino. Sono la mamma, Daniela",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-15 07:20",
    who="Daniela",
    g="b11it-06",
    v="person",
    note="la madre riferisce lo stato della paziente -> rischio della paziente",
)

M(
    "non voglio più svegliarmi, sono stanco di tutto. Pino",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-06 04:40",
    who="Pino|Giuseppe",
    g="b11it-07",
    v="base",
    note="negazione che porta il rischio",
)
M(
    "non voglio più svegliarmi alle cinque per il turno, sono stanco morto. Pino",
    "none",
    "",
    "information",
    "sms",
    "05-06 04:40",
    who="Pino|Giuseppe",
    g="b11it-07",
    v="idiom",
    note="stanco morto, sveglia per il lavoro -> none",
)

M(
    "ogni volta che passo sul ponte della Becca penso a come sarebbe buttarmi giù. Fabio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-21 19:45",
    who="Fabio",
    g="b11it-08",
    v="base",
    note="pensa a un metodo",
)
M(
    "se un giorno passando sul ponte della Becca pensassi di buttarmi giù, chi dovrei chiamare? Fabio",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-21 19:45",
    who="Fabio",
    g="b11it-08",
    v="negation",
    note="ipotetico -> low",
)

M(
    "ho preso tutte le gocce di Rivotril che avevo, una boccetta intera, mi gira la testa. Carmela",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "06-09 01:30",
    who="Carmela",
    g="b11it-09",
    v="base",
    note="overdose presa",
)
M(
    "l'anno scorso ho preso tutte le gocce di Rivotril che avevo, una boccetta intera, e mi hanno portata al Cardarelli. Carmela",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "06-09 01:30",
    who="Carmela",
    g="b11it-09",
    v="tense",
    note="passato -> low",
)
M(
    "non ho preso tutte le gocce di Rivotril che avevo, solo le dieci della sera, mi gira un po' la testa. Carmela",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "06-09 01:30",
    who="Carmela",
    g="b11it-09",
    v="negation",
    note="overdose negata -> low",
)

M(
    "ho già preparato la corda in garage, domani mattina quando sono tutti al lavoro. Renato",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-25 21:10",
    who="Renato",
    g="b11it-10",
    v="base",
    note="metodo + tempo",
)
M(
    "ho già preparato la corda in garage per la tenda, domani mattina partiamo per il campeggio a Vieste. Renato",
    "none",
    "",
    "information",
    "whatsapp",
    "06-25 21:10",
    who="Renato",
    g="b11it-10",
    v="idiom",
    note="sosia innocuo: attrezzatura da campeggio",
)

M(
    "sempre più spesso penso che sarebbe meglio non esserci più. Nico",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-08 16:25",
    who="Nico|Nicolò",
    g="b11it-11",
    v="base",
)
M(
    "sempre più spesso penso che sarebbe meglio non esserci più 😂 Nico",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-08 16:25",
    who="Nico|Nicolò",
    g="b11it-11",
    v="emoticon",
    note="l'emoji non cancella le parole",
)

M(
    "stasera lo faccio, ho già scritto le lettere per tutti. addio",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-30 22:50",
    who="Simone",
    g="b11it-12",
    v="base",
    note="intento + congedo",
)
M(
    "STASERA LO FACCIO, HO GIÀ SCRITTO LE LETTERE PER TUTTI. ADDIO",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-30 22:50",
    who="Simone",
    g="b11it-12",
    v="caps",
)

M(
    "a volte vorrei solo scomparire e non essere più un peso per nessuno. Ilaria",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-11 13:05",
    who="Ilaria",
    g="b11it-13",
    v="base",
    note="senso di essere un peso",
)
M(
    "in macchina cantavo a squarciagola «vorrei solo scomparire e non essere più un peso per nessuno», il pezzo nuovo dei Nebbia Blu, che bello 😄 Ilaria",
    "none",
    "",
    "information",
    "whatsapp",
    "08-11 13:05",
    who="Ilaria",
    g="b11it-13",
    v="quotation",
    note="verso di una canzone (inventata) -> none",
)

M(
    "Buonasera dottore, sono Anna, la mamma di Tommaso. Stasera a cena Tommaso ha detto che lui vorrebbe morire e poi si è chiuso in camera. Cosa facciamo? Può chiamarmi?",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "09-04 21:55",
    who="Anna",
    g="b11it-14",
    v="base",
    note="genitore riferisce il paziente",
)
M(
    "Buonasera dottore, sono Anna, la mamma di Tommaso. Stasera a cena Tommaso ha raccontato che un compagno di classe ha detto che vorrebbe morire, e lui era molto scosso. Cosa facciamo? Può chiamarmi?",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "09-04 21:55",
    who="Anna",
    g="b11it-14",
    v="person",
    note="esperienza di un'altra persona (non il paziente) -> low",
)

M(
    "sono tre giorni che non mi alzo dal letto, non ho neanche aperto le persiane. Orietta",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "09-17 15:40",
    who="Orietta",
    g="b11it-15",
    v="base",
)
M(
    "oggi non sono rimasta a letto, ho aperto le persiane e sono scesa a prendere il pane. Orietta",
    "none",
    "",
    "information",
    "portal",
    "09-17 15:40",
    who="Orietta",
    g="b11it-15",
    v="negation",
    note="cue moderate negato -> none",
)
M(
    "ai tempi dell'università sono stata tre giorni senza alzarmi dal letto, non aprivo neanche le persiane. Orietta",
    "low",
    "",
    "psychotherapy",
    "portal",
    "09-17 15:40",
    who="Orietta",
    g="b11it-15",
    v="tense",
    note="passato -> low",
)

M(
    "non ce la faccio più, mia suocera viene a casa tutti i giorni e non cambia mai niente. Rosaria",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-01 12:30",
    who="Rosaria|Rosi",
    g="b11it-16",
    v="base",
)
M(
    "non ce la faccio più a mangiare, mia suocera ha cucinato per un reggimento 😂 Rosaria",
    "none",
    "",
    "information",
    "whatsapp",
    "10-01 12:30",
    who="Rosaria|Rosi",
    g="b11it-16",
    v="idiom",
    note="iperbole sul cibo -> none",
)

M(
    "voglio morire, basta, non ho più niente. Denise",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-14 23:20",
    who="Denise",
    g="b11it-17",
    v="base",
)
M(
    "voglio morire dalle risate, basta, non ho più fiato 😂 hai visto il video del gatto di Ciccio? Denise",
    "none",
    "",
    "information",
    "whatsapp",
    "10-14 23:20",
    who="Denise",
    g="b11it-17",
    v="idiom",
    note="morire dal ridere -> none",
)

M(
    "sono sul tetto del palazzo in via Garibaldi 12, adesso salto. Enzo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-02 18:50",
    who="Enzo",
    g="b11it-18",
    v="base",
    note="luogo + intento",
)
M(
    "mio fratello mi ha scritto che è sul tetto del palazzo in via Garibaldi 12 e che adesso salta, ho chiamato il 112, la prego mi chiami subito. Lia",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "11-02 18:50",
    who="Lia|Rosalia",
    g="b11it-18",
    v="person",
    note="crisi di un'altra persona -> low",
)

M(
    "ho pensieri di farla finita, non lo farò ma ci sono tutto il giorno. Alberto",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-10 10:15",
    who="Alberto",
    g="b11it-19",
    v="base",
    note="intento negato non abbassa l'ideazione presente",
)
M(
    "non ho pensieri di farla finita, ci sono stati nei primi giorni ma adesso no. Alberto",
    "low",
    "",
    "psychotherapy",
    "email",
    "11-10 10:15",
    who="Alberto",
    g="b11it-19",
    v="negation",
    note="ideazione negata -> low",
)

M(
    "mi sento sola. anche stasera. nessuno che mi scriva. Vale",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "11-20 22:10",
    who="Vale|Valentina",
    g="b11it-20",
    v="base",
)
M(
    "mi sento sola... anche stasera... nessuno che mi scriva... Vale",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "11-20 22:10",
    who="Vale|Valentina",
    g="b11it-20",
    v="emoticon",
    note="puntini al posto dei punti",
)

# ==== single messages: high
M(
    "Dottò, stanotte non ho chiuso occhio. Penzo ca stavene tutte cchiù megghie senza de me, pure mamme e le creature. Vito",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-25 05:10",
    who="Vito",
    note="pugliese; senso di essere un peso",
)
M(
    "Buinesere dotore, chescj dîs o pensi dome a murî, no rivi a pensâ a altri. Mi scusi se scrivo in furlan. Denis",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "02-18 20:40",
    who="Denis",
    note="friulano: penso solo a morire",
)
M(
    "Buongiorno dottoressa, scusa per mio italiano. Da quando perso lavoro in fabbrica io penso sempre che meglio morire, mio figlio Andrei sta meglio senza me. Ioana",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "03-10 08:45",
    who="Ioana",
    note="madrelingua rumena",
)
M(
    "Cara dottoressa,\n\n"
    "le scrivo da Lisbona come le avevo promesso, anche se so che avevamo detto di limitare le e-mail lunghe: mi perdoni, questa volta ne approfitto. "
    "Il viaggio è andato bene, il volo era in ritardo di un'ora ma mia sorella Paola è venuta a prendermi all'aeroporto con i bambini e abbiamo cenato in una trattoria vicino al Bairro Alto. "
    "I primi giorni sono stati faticosi: la casa di Paola è piccola, i bambini urlano dalla mattina alla sera e io non riesco a trovare un angolo tutto mio. "
    "Ho provato a fare gli esercizi di respirazione che mi aveva suggerito, la mattina presto sul terrazzo, e qualche volta funzionano. "
    "Con Paola abbiamo parlato di mamma, della vendita della casa di Rovigo e di chi deve occuparsi delle carte: è venuta fuori la solita storia di chi ha fatto di più e chi di meno, ma questa volta non ho pianto. "
    "Il pomeriggio cammino molto, lungo il fiume fino a Belém, e mangio i pastéis de nata che le porterò se riesco a non finirli prima. "
    "La sera però è diverso. Paola va a dormire presto, io resto sul balcone del sesto piano a guardare il fiume e a volte penso che sarebbe facile lasciarmi andare giù e non pensarci più, è un pensiero che torna quasi ogni sera. "
    "Poi rientro, guardo un film con il volume basso e mi addormento tardi. "
    "Torno in Italia il 22, quindi la seduta del 24 è confermata, alle 17 come sempre. Le porto anche la ricevuta del mese scorso che non avevo pagato.\n\n"
    "Un abbraccio,\nLorenza",
    "high",
    "suicidal_ideation apology",
    "psychotherapy information",
    "email",
    "08-16 23:35",
    "Europe/Lisbon",
    who="Lorenza",
    note="e-mail lunga, frase di rischio nascosta in mezzo",
)
M(
    "prof scs ho sbagliato chat prima 😅 cmq ieri sera mi sn graffiata il polso col compasso finché nn ha sanguinato, nn lo dica a mamma pls. Asia",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "10-20 07:35",
    who="Asia",
    note="ragazza, autolesione recente",
)
M(
    "Oggi dal notaio ho fatto testamento e ho lasciato scritto a mia sorella chi deve prendere il gatto. Niente di che, volevo solo avere tutto in ordine. Gianni",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "04-28 17:20",
    who="Gianni",
    note="preparativi: testamento",
)
M(
    "Dottore, ma lo sa che stamani alla fermata della tramvia ho pensato sul serio di buttammici sotto? Un mi era mai successo così forte. Mi richiama lei? Duccio",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "05-12 09:50",
    who="Duccio",
    note="toscano; pensa a un metodo",
)
M(
    "Dutòra, l'è da stamattina che ho una gran voglia di farmi male, ho tirato fuori il rasoio di mio marito e l'ho rimesso a posto due volte. Ivana",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "06-03 14:15",
    who="Ivana",
    note="emiliano; impulso autolesivo",
)
M(
    "Scusi se scrivo in zeneise, mi vegne così. Mi vorriæ andâ a dormî e no addesciâme ciù. Beppe",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "09-29 23:05",
    who="Beppe",
    note="genovese: vorrei dormire e non svegliarmi più",
)

# ==== single messages: imminent
M(
    "ho preso tutte le pillole di mia madre, quelle per la pressione e quelle per dormire, saranno venti. scusi",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "01-31 02:20",
    who="Greta",
    note="overdose presa",
)
M(
    "dottò, grazie pe tutto chello ca avete fatto pe me. nun ve preoccupate cchiù. stanotte me ne vaco, salutateme a tutti. Ciro",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-22 23:59",
    who="Ciro",
    note="napoletano; congedo",
)
M(
    "Sono il marito di Elena. L'ho trovata in bagno, dice che ha preso una scatola intera di Xanax un'ora fa, stiamo andando al pronto soccorso di Careggi. Glielo scrivo perché lei voleva che lo sapesse. Marco",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "03-27 00:40",
    who="Marco",
    note="partner riferisce overdose della paziente",
)
M(
    "Ho già portato il cane da mia sorella, pagato l'affitto di dicembre, lasciato le chiavi alla vicina. Domani all'alba salgo sul Monte Grappa e non scendo più. Non mi cerchi. Paolo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-24 21:30",
    who="Paolo",
    note="piano raccontato con i preparativi",
)
M(
    "prof raga scs, stasera prendo tutte le gocce di mia nonna, le ho già nascoste nello zaino, nn cercatemi",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "04-09 19:15",
    who="Jessica|Jess",
    note="chat di ragazza; mezzi pronti + tempo",
)
M(
    "Dottoressa, scusi il mio italiano. Io ho comprato carbonella e nastro per la macchina, venerdì quando mia moglie va a Londra. Non voglio più. James",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "email",
    "05-29 11:05",
    who="James",
    note="madrelingua inglese; metodo + tempo",
)
M(
    "mi sono tagliata troppo profondo sul braccio, il sangue non si ferma, ho messo un asciugamano ma è tutto rosso. che faccio?? rispondimi subito",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "sms",
    "07-17 03:15",
    who="Noemi",
    note="autolesione con pericolo medico",
)
M(
    "dutturi, i pinnuli i cuntai, trenta, su 'ncapu 'u tavulu. stasira finisciu tuttu. vi ringraziu pi tuttu. Totò",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-30 20:20",
    who="Totò|Salvatore",
    note="calabrese; pillole contate + tempo",
)

# ==== single messages: idioms, quotations and innocent look-alikes
M(
    "Dottoressa, il dottor Ferri mi ha detto di prendere 20 gocce di Rivotril la sera invece di 15; posso prenderle insieme all'antibiotico? Grazie, Rosa",
    "none",
    "",
    "medication",
    "portal",
    "01-15 10:30",
    who="Rosa",
    note="posologia",
)
M(
    "ieri il Bari ci ha ammazzati al 90°, mi volevo sotterrare 😂 comunque giovedì ci sono. Nicola",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "02-02 09:00",
    who="Nicola",
    note="iperbole sul calcio",
)
M(
    "l'esame di diritto privato mi ha distrutta, giuro che se mi bocciavano mi buttavo dalla finestra, invece 27! 😂 Sofia",
    "none",
    "",
    "information",
    "whatsapp",
    "02-14 13:40",
    who="Sofia",
    note="iperbole sugli esami, battuta",
)
M(
    "ho bruciato il ragù per la terza volta, roba da spararsi. Domenica cucina mia suocera e amen. Katia",
    "none",
    "",
    "information",
    "sms",
    "03-08 12:50",
    who="Katia",
    note="iperbole in cucina",
)
M(
    "il personal trainer oggi mi ha ucciso con gli squat, non sento le gambe, domani salto la corsa. Mattia",
    "none",
    "",
    "information",
    "whatsapp",
    "03-23 19:30",
    who="Mattia",
    note="palestra",
)
M(
    "Dottore, devo spostare la seduta di mercoledì perché c'è il funerale di mio zio Aldo a Udine. Possiamo fare venerdì? Grazie, Franca",
    "none",
    "",
    "cancellation",
    "sms",
    "04-20 08:10",
    who="Franca",
    note="funerale di altri, logistica",
)
M(
    "per il tema di italiano su Leopardi e la morte ho preso 8!! la prof ha detto che è il migliore della classe. Leo",
    "none",
    "",
    "information",
    "whatsapp",
    "05-15 16:00",
    who="Leo|Leonardo",
    note="compito di scuola",
)
M(
    "ieri ho visto «Il giorno dopo il ponte», quello dove il protagonista vuole uccidersi e invece apre una pizzeria a Matera. Me l'aveva consigliato lei? Bellissimo. Irene",
    "none",
    "",
    "information",
    "whatsapp",
    "06-14 10:20",
    who="Irene",
    note="trama di un film (inventato)",
)
M(
    "Ha letto l'articolo sul Corriere sulla prevenzione del suicidio nelle scuole? Lo porto giovedì così ne parliamo, mi serve per la tesi. Carla",
    "none",
    "",
    "information",
    "email",
    "07-02 18:00",
    who="Carla",
    note="notizia, menzione",
)
M(
    "ho messo in valigia tutte le pastiglie per dormire e quelle per la pressione, vado a Lisbona due settimane. Ci sentiamo in video il 14? Marisa",
    "none",
    "",
    "medication information",
    "whatsapp",
    "07-22 11:45",
    who="Marisa",
    note="sosia innocuo: viaggio",
)
M(
    "il vicino mi ha prestato la motosega e la corda per tirare giù il pino in giardino, ho lavorato come un matto e sono contento 🙂 Bruno",
    "none",
    "",
    "information",
    "whatsapp",
    "09-12 18:30",
    who="Bruno",
    note="attrezzi",
)
M(
    "sono morta dal ridere alla recita di mia figlia, faceva l'albero e si è addormentata sul palco 😂 Chiara",
    "none",
    "",
    "information",
    "whatsapp",
    "12-18 21:00",
    who="Chiara",
    note="morire dal ridere",
)

# ==== single messages: moderate
M(
    "Da domenica non esco di casa, al lavoro ho detto che ho la febbre ma non è vero. Non rispondo neanche a mia madre. Elisa",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "email",
    "01-20 11:00",
    who="Elisa",
)
M(
    "ho paura di non farcela stavolta, l'ansia mi stringe da stamattina e non riesco a respirare, posso chiamarla? Gaia",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    "sms",
    "02-11 15:20",
    who="Gaia",
)
M(
    "stasera terza canna di fila, è l'unica cosa che mi calma. lo so già cosa dirà",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "03-15 23:45",
    who="Kevin",
)
M(
    "tanto non cambierà mai niente, con mio marito è sempre la stessa storia da vent'anni. Loredana",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "04-05 21:00",
    who="Loredana",
)
M(
    "sono allo stremo, dottoressa. Tra il lavoro e mio padre in ospedale non ce la faccio più. Scusi lo sfogo. Teresa",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "whatsapp",
    "05-08 22:40",
    who="Teresa",
)
M(
    "Buongiorno, sono il papà di Giada. Da lunedì Giada non va a scuola e passa il giorno a letto con le cuffie, non mangia con noi. Possiamo anticipare la seduta? Roberto",
    "moderate",
    "withdrawal support_request",
    "cancellation psychotherapy",
    "sms",
    "10-07 07:50",
    who="Roberto",
    note="genitore riferisce ritiro della paziente",
)
M(
    "NON CE LA FACCIO PIÙ CON QUESTA ANSIA, HO IL CUORE A MILLE DA DUE ORE",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "10-22 17:10",
    who="Martina",
)
M(
    "ho preso due Xanax in più stasera perché non riuscivo a calmarmi, lo so che non dovevo. Valeria",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "11-05 23:30",
    who="Valeria",
)

# ==== single messages: low
M(
    "mi sento giù oggi, niente di grave, volevo solo sentirla vicina. Anna Maria",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "01-08 18:10",
    who="Anna Maria|Annamaria",
)
M(
    "possiamo sentirci cinque minuti domani? è stata una settimana pesante e ho bisogno di parlarne. Matteo",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "02-26 20:15",
    who="Matteo",
)
M(
    "da quando Luca è partito per Berlino mi sento sola, la casa è vuota. Patrizia",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "03-30 21:30",
    who="Patrizia",
)
M(
    "la mia migliore amica stanotte mi ha scritto che vuole farla finita, ho chiamato sua madre. Sono sconvolta, ne parliamo giovedì? Bea",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-24 08:20",
    who="Bea|Beatrice",
    note="crisi di un'altra persona",
)
M(
    "ripensavo a quello che ci siamo detti martedì sui pensieri di morte che avevo a vent'anni. Mi ha fatto bene parlarne. Stefano",
    "low",
    "",
    "psychotherapy",
    "email",
    "05-19 19:00",
    who="Stefano",
    note="passato discusso in seduta",
)
M(
    "se un giorno mi tornasse la voglia di tagliarmi, posso scriverle anche di notte? Chiedo solo per sapere. Giorgia",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-18 17:30",
    who="Giorgia",
    note="ipotetico",
)
M(
    "non ho più pensato di farmi del male da quando la psichiatra ha cambiato la terapia, volevo dirglielo. Ilenia",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "07-26 12:00",
    who="Ilenia",
    note="autolesione negata",
)
M(
    "tutto benissimo eh, nessuno si è ricordato del mio compleanno 🙂 Franco",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "08-21 22:30",
    who="Franco",
)
M(
    "oggi è l'anniversario della morte di papà e sono triste, volevo solo scriverlo a qualcuno. Rita",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-09 20:45",
    who="Rita",
)

# ==== single messages: none
M(
    "Buongiorno dottoressa, mi dispiace ma devo disdire giovedì per un colloquio di lavoro a Bologna. La chiamo negli orari indicati per fissare. Elena",
    "none",
    "apology",
    "cancellation",
    "sms",
    "01-27 08:30",
    who="Elena",
)
M(
    "Mi può mandare la fattura di ottobre per il 730? Grazie, Massimo",
    "none",
    "",
    "information",
    "email",
    "11-03 09:15",
    who="Massimo",
)
M(
    "il link per la videochiamata di domani è lo stesso della volta scorsa? Saluti, Dario",
    "none",
    "",
    "information",
    "portal",
    "02-16 17:00",
    who="Dario",
)
M(
    "è andato tutto bene col colloquio! mi hanno presa 🎉🎉",
    "none",
    "",
    "information",
    "whatsapp",
    "03-12 12:10",
    who="Aurora",
)
M(
    "Buonasera, sono la mamma di Pietro, 14 anni. La pediatra ci ha dato il suo numero, vorrei fissare un primo colloquio. Cristina Villa",
    "none",
    "",
    "information",
    "sms",
    "04-14 19:40",
    who="Cristina|Villa",
    note="primo contatto",
)
M(
    "la psichiatra mi ha aumentato la sertralina a 100 mg, posso prenderla al mattino invece che la sera? Simona",
    "none",
    "",
    "medication",
    "portal",
    "05-25 10:00",
    who="Simona",
)
M(
    "sono ancora arrabbiata con lei per come mi ha interrotto ieri!! ne parliamo lunedì. Laura",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-23 18:20",
    who="Laura",
)
M(
    "sono a New York per lavoro fino al 10, possiamo fare la seduta in video alle 9 mie, cioè le 15 da voi?",
    "none",
    "",
    "cancellation",
    "email",
    "09-01 07:30",
    "America/New_York",
    who="Fulvio",
)
M(
    "Grazie per ieri. Ho camminato un'ora lungo l'Adige e stavo bene. Sergio",
    "none",
    "",
    "information",
    "sms",
    "10-28 19:10",
    who="Sergio",
)
M(
    "Oggi prima lezione di nuoto dopo dieci anni! Ho bevuto mezza piscina ma ce l'ho fatta 💪 Walter",
    "none",
    "",
    "information",
    "whatsapp",
    "11-16 20:00",
    who="Walter",
)
