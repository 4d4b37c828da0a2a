# Blind holdout round 2 (written 2026-11-26 by an author who never saw the engine), measured
# once and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Holdout cieco (italiano): messaggi di fantasia scritti senza vedere il motore né il resto del corpus.
# Etichette secondo GUIDELINES.md, un messaggio alla volta. Nomi inventati.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Iniziale",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate

# hit-01: desiderio passivo di morte
M(
    "anche stanotte il pensiero è sempre quello: addormentarmi e non svegliarmi più",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-03 02:14",
    who="Irene",
    g="hit-01",
    v="base",
    note="ideazione passiva (non svegliarsi)",
)
M(
    "stanotte il pensiero non è più quello di addormentarmi e non svegliarmi più",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-03 02:14",
    who="Irene",
    g="hit-01",
    v="negation",
    note="cue high negato -> low",
)
M(
    "sto leggendo un romanzo e c'è scritto «anche stanotte il pensiero è sempre quello: addormentarsi e non svegliarsi più». mi è rimasta in testa la frase, scrive benissimo",
    "none",
    "",
    "information",
    "whatsapp",
    "11-03 02:14",
    who="Irene",
    g="hit-01",
    v="quotation",
    note="citazione da un libro -> none; topic: cosa ha letto",
)
M(
    "ANCHE STANOTTE IL PENSIERO È SEMPRE QUELLO: ADDORMENTARMI E NON SVEGLIARMI PIÙ",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-03 02:14",
    who="Irene",
    g="hit-01",
    v="caps",
)

# hit-02: giornata a letto
M(
    "oggi ho passato tutto il giorno a letto, non ho risposto nemmeno a mia madre",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-10 19:30",
    who="Davide",
    g="hit-02",
    v="base",
)
M(
    "oggi non ho passato tutto il giorno a letto, ho risposto anche a mia madre",
    "none",
    "",
    "information",
    "sms",
    "02-10 19:30",
    who="Davide",
    g="hit-02",
    v="negation",
    note="cue moderate negato -> none; resoconto di progresso",
)
M(
    "mio fratello oggi ha passato tutto il giorno a letto, non ha risposto nemmeno a nostra madre",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-10 19:30",
    who="Davide",
    g="hit-02",
    v="person",
    note="esperienza di un altro (non paziente) -> low",
)
M(
    "ai tempi dell'università passavo giorni interi a letto, non rispondevo nemmeno a mia madre",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-10 19:30",
    who="Davide",
    g="hit-02",
    v="tense",
    note="passato remoto -> low",
)

# hit-03: pastiglie contate
M(
    "ho contato le pastiglie di Tavor, sono 40. stasera le prendo tutte 💊",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "01-22 23:40",
    who="Noemi",
    g="hit-03",
    v="base",
    note="mezzi contati + tempo = piano",
)
M(
    "ho contato le pastiglie di Tavor, sono 40. in vacanza le porto tutte 💊",
    "none",
    "",
    "medication",
    "sms",
    "01-22 23:40",
    who="Noemi",
    g="hit-03",
    v="idiom",
    note="frase quotidiana con le stesse parole (scorta per la vacanza)",
)
M(
    "se un giorno contassi le pastiglie di Tavor per prenderle tutte, cosa dovrei fare? 💊",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "01-22 23:40",
    who="Noemi",
    g="hit-03",
    v="negation",
    note="domanda ipotetica su un cue imminent -> low",
)
M(
    "ho contato le pastiglie di Tavor... sono 40... stasera le prendo tutte... 💊",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "01-22 23:40",
    who="Noemi",
    g="hit-03",
    v="emoticon",
    note="variante di forma: puntini al posto dei punti",
)

# hit-04: impulso autolesivo
M(
    "ho una voglia fortissima di graffiarmi le braccia con le forbici, è da ore che ci penso",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-08 00:35",
    who="Martina",
    g="hit-04",
    v="base",
)
M(
    "a sedici anni avevo una voglia fortissima di graffiarmi le braccia con le forbici, ci pensavo per ore",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-08 00:35",
    who="Martina",
    g="hit-04",
    v="tense",
    note="passato -> low",
)
M(
    "la mia coinquilina ha una voglia fortissima di graffiarsi le braccia con le forbici, è da ore che ci pensa",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-08 00:35",
    who="Martina",
    g="hit-04",
    v="person",
    note="esperienza di un'altra persona -> low",
)
M(
    "ho una voglia fortissima di graffiarmi le braccia con le forbici, è da ore che ci penso 😭",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-08 00:35",
    who="Martina",
    g="hit-04",
    v="emoticon",
)

# hit-05: sentirsi un peso
M(
    "sarebbero tutti più tranquilli senza di me, mia madre per prima",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 22:10",
    who="Tommaso",
    g="hit-05",
    v="base",
    note="percezione di essere un peso",
)
M(
    "nella canzone che ascolto in loop c'è il verso «sarebbero tutti più tranquilli senza di me, mia madre per prima». è di un rapper di Napoli, te la faccio sentire",
    "none",
    "",
    "information",
    "sms",
    "04-02 22:10",
    who="Tommaso",
    g="hit-05",
    v="quotation",
    note="testo di una canzone -> none",
)
M(
    "SAREBBERO TUTTI PIÙ TRANQUILLI SENZA DI ME, MIA MADRE PER PRIMA",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 22:10",
    who="Tommaso",
    g="hit-05",
    v="caps",
)

# hit-06: "non ce la faccio più"
M(
    "non ce la faccio più. ogni mattina è uguale e non cambia niente",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-14 07:20",
    who="Elena",
    g="hit-06",
    v="base",
)
M(
    "non ce la faccio più con i lavori nel palazzo. ogni mattina è uguale e non cambia niente",
    "none",
    "",
    "information",
    "portal",
    "05-14 07:20",
    who="Elena",
    g="hit-06",
    v="idiom",
    note="irritazione per il cantiere, non disperazione",
)
M(
    "non ce la faccio più... ogni mattina è uguale... e non cambia niente...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-14 07:20",
    who="Elena",
    g="hit-06",
    v="emoticon",
    note="variante di forma: puntini",
)

# hit-07: solitudine
M(
    "stasera mi sento tanto sola, nessuno mi cerca mai",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "09-19 21:05",
    who="Federica",
    g="hit-07",
    v="base",
)
M(
    "stasera non mi sento sola, e non è vero che nessuno mi cerca mai",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "09-19 21:05",
    who="Federica",
    g="hit-07",
    v="negation",
    note="cue low negato -> none; parla del suo stato interno",
)
M(
    "stasera mi sento tanto sola, nessuno mi cerca mai 😔",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "09-19 21:05",
    who="Federica",
    g="hit-07",
    v="emoticon",
)

# hit-08: il ponte della ferrovia
M(
    "ho deciso: stasera la faccio finita. vado sul ponte della ferrovia dopo cena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-05 21:15",
    who="Giorgio",
    g="hit-08",
    v="base",
    note="intento + metodo + tempo",
)
M(
    "se una sera decidessi di farla finita e andare sul ponte della ferrovia, cosa dovrei fare?",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-05 21:15",
    who="Giorgio",
    g="hit-08",
    v="negation",
    note="domanda ipotetica (convenzione: variante negation) -> low",
)
M(
    "ho deciso: stasera la faccio finita con Chiara. le parlo al bar della stazione dopo cena",
    "none",
    "",
    "psychotherapy",
    "sms",
    "10-05 21:15",
    who="Giorgio",
    g="hit-08",
    v="idiom",
    note="chiudere una relazione; topic relazioni",
)
M(
    "mio cugino ha deciso: stasera la fa finita. va sul ponte della ferrovia dopo cena",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-05 21:15",
    who="Giorgio",
    g="hit-08",
    v="person",
    note="piano di un'altra persona (non paziente): low per la regola; il terapeuta interverrebbe comunque",
)

# hit-09: alcol per non pensare
M(
    "ieri sera mi sono scolata una bottiglia di vino da sola per non pensare a lui",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "06-21 10:12",
    who="Valeria",
    g="hit-09",
    v="base",
    note="passato recente = attuale",
)
M(
    "ieri sera non mi sono scolata una bottiglia di vino da sola per non pensare a lui",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "06-21 10:12",
    who="Valeria",
    g="hit-09",
    v="negation",
    note="cue moderate negato -> none",
)
M(
    "l'anno scorso, quando mi ha lasciata, mi scolavo una bottiglia di vino da sola per non pensare a lui",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-21 10:12",
    who="Valeria",
    g="hit-09",
    v="tense",
    note="passato (un anno fa) -> low",
)

# hit-10: attacco di panico
M(
    "ho un attacco di panico fortissimo, non riesco a respirare, mi chiami appena può",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "12-02 16:45",
    who="Lorenzo",
    g="hit-10",
    v="base",
    note="panico che travolge",
)
M(
    "HO UN ATTACCO DI PANICO FORTISSIMO, NON RIESCO A RESPIRARE, MI CHIAMI APPENA PUÒ",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "12-02 16:45",
    who="Lorenzo",
    g="hit-10",
    v="caps",
)
M(
    "ho un attacco di panico fortissimo, non riesco a respirare, mi chiami appena può 😰",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "12-02 16:45",
    who="Lorenzo",
    g="hit-10",
    v="emoticon",
)

# ---------------------------------------------------------------- none

M(
    "Buongiorno dottoressa, sono Marta. Ho la febbre a 38 e mezzo, purtroppo giovedì non riesco a venire. Possiamo spostare alla settimana dopo? Mi scusi per il poco preavviso",
    "none",
    "apology",
    "cancellation",
    "sms",
    "01-15 08:10",
    who="Marta",
)
M(
    "MI HANNO PRESAAA!!! il colloquio di stamattina è andato benissimo 🎉🎉",
    "none",
    "",
    "information",
    "whatsapp",
    "03-21 18:30",
    who="Giada",
)
M(
    "sono morta di stanchezza, tre turni di notte di fila in reparto. ci vediamo martedì come sempre",
    "none",
    "",
    "information",
    "sms",
    "02-27 22:40",
    who="Paola",
    note="modo di dire; settimana pesante raccontata come fatto",
)
M(
    "ahahah ieri alla cena di classe mi sono ammazzata dalle risate 😂 ti racconto martedì, finalmente una serata leggera",
    "none",
    "",
    "information",
    "whatsapp",
    "04-12 11:02",
    who="Beatrice",
    note="modo di dire; emoji coerente con le parole",
)
M(
    "questo traffico mi uccide, sono fermo in tangenziale da 40 minuti. arrivo con un quarto d'ora di ritardo, scusi!",
    "none",
    "apology",
    "information",
    "sms",
    "05-06 17:50",
    who="Marco",
    note="modo di dire; ritardo (non disdetta) = avviso pratico",
)
M(
    "sabato si laurea mia sorella e mi ha detto «ti ammazzo se non vieni». quindi salto la seduta, possiamo spostarla a lunedì?",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "06-03 13:15",
    who="Alessia",
)
M(
    "Cara dottoressa,\n"
    "come Le avevo promesso Le scrivo dalla Puglia, anche se so che ne parleremo a settembre. Volevo raccontarLe che la prima settimana di vacanza è andata meglio di quanto temessi. Il viaggio in treno con mia madre, che era la cosa che mi spaventava di più, è stato lungo ma tranquillo: abbiamo parlato della nonna, per la prima volta senza litigare, e a un certo punto abbiamo perfino riso insieme di una vecchia storia di famiglia. Mi sono ricordata di quello che mi dice sempre, di non rispondere subito quando sento salire la rabbia, e ha funzionato almeno due volte su tre, che per me è un record.\n"
    "Qui le giornate sono lente. La mattina vado a nuotare presto, quando la spiaggia è ancora vuota, e il pomeriggio leggo sotto il pergolato della zia. Ho finito due libri e ne ho iniziato un terzo. Dormo bene, cosa che non succedeva da mesi, e ho ripreso a disegnare: niente di speciale, qualche schizzo delle barche del porto, ma mi fa piacere.\n"
    "Non voglio raccontarLe che va tutto benissimo, perché ogni tanto la solita vocina critica si fa sentire, soprattutto la sera. Però riesco a riconoscerla e a lasciarla lì, senza darle troppo retta. Ho anche scritto qualche pagina del diario, come avevamo concordato, così a settembre abbiamo materiale su cui lavorare.\n"
    "Torno il 25 agosto e Le confermo la seduta del 2 settembre alle 18.\n"
    "Un caro saluto, Chiara",
    "none",
    "",
    "information psychotherapy",
    "email",
    "07-28 16:20",
    who="Chiara",
    note="lettera dalle vacanze: progressi e vissuti ordinari",
)
M(
    "Salve, volevo sapere se le fatture da ottobre in poi possono essere intestate a mio marito per la detrazione. In caso Le mando il suo codice fiscale. Grazie, Roberta Galli",
    "none",
    "",
    "information",
    "portal",
    who="Roberta",
)
M(
    "Buonasera dottore, lo psichiatra mi ha portato lo Zoloft a 100 mg e mi ha detto che per i primi giorni potrei avere un po' di nausea. Glielo scrivo così lo sa prima della seduta. Cordiali saluti, Franco",
    "none",
    "",
    "medication",
    "portal",
    "11-14 19:05",
    who="Franco",
)
M(
    "sto morendo di fame e alle 13 ho la riunione che sfora sempre: la seduta di oggi si può fare alle 14 invece che alle 13?",
    "none",
    "",
    "cancellation",
    "portal",
    "09-30 12:20",
    who="Nicola",
    note="modo di dire; spostamento orario = cancellation",
)
M(
    "Gentile dottoressa, sono la mamma di Sofia. Volevo chiederLe se l'incontro di famiglia del 12 è confermato alle 17 e se deve venire anche Pietro, il fratello piccolo, che ha 9 anni. Grazie e buona serata, Laura Ferri",
    "none",
    "",
    "information",
    "email",
    who="Laura",
)
M(
    "Mi scusi, ho sbagliato chat! 🙈",
    "none",
    "apology",
    "",
    "whatsapp",
    "08-02 23:20",
    who="Greta",
)
M(
    "Buongiorno, il link per la videoseduta di domani mi dà errore, dice che la riunione è scaduta. Me ne può mandare uno nuovo? Grazie. Stefano",
    "none",
    "",
    "information",
    "portal",
    who="Stefano",
)
M(
    "sto andando al lavoro cantando a squarciagola «vorrei sparire e non tornare più», quella canzone che ti dicevo. giuro che oggi sto una meraviglia 😄",
    "none",
    "",
    "information",
    "whatsapp",
    "03-17 08:30",
    who="Simone",
    note="verso di una canzone -> none; emoji riferita a 'sto una meraviglia'",
)
M(
    "Buongiorno dottoressa, Le mando la poesia che ho scritto per il laboratorio di scrittura a scuola, quella di cui Le parlavo. Il tema era «la notte» e ho scritto: «la notte mi chiama per nome / e io le rispondo: morire è solo dormire più a lungo». La prof ha detto che è la più bella della classe e la leggeranno alla festa di fine anno! Sono contentissima. Giulia",
    "none",
    "",
    "information",
    "email",
    "04-20 15:10",
    who="Giulia",
    note="poesia scritta per la scuola (citazione) -> none",
)
M(
    "lunedì non riesco a venire... mi hanno cambiato il turno all'ultimo... mi dispiace dover disdire così tardi...",
    "none",
    "apology",
    "cancellation",
    "sms",
    "05-25 07:45",
    who="Daniele",
)
M(
    "ok grazie mille! 👍",
    "none",
    "",
    "",
    "sms",
    who="Rebecca",
    note="semplice conferma: nessun topic",
)
M(
    "ho passato l'esame di anatomia con 28!!! STO ANCORA TREMANDO DALLA GIOIA, stanotte non dormo",
    "none",
    "",
    "information",
    "whatsapp",
    "06-28 23:15",
    who="Samuele",
    note="'stanotte non dormo' per l'euforia, non ritiro",
)
M(
    "Buongiorno dottore, Le scrivo per aggiornarLa: mio figlio Matteo da quando ha iniziato la fluoxetina ha un po' di mal di pancia la mattina. Il neuropsichiatra dice che è normale e di aspettare due settimane. Volevo solo che lo sapesse prima di giovedì. Cordialmente, Silvia Conti",
    "none",
    "",
    "medication",
    "email",
    who="Silvia",
    note="genitore: effetto collaterale del farmaco del figlio",
)
M(
    "Ho letto l'articolo che mi ha consigliato sulla prevenzione del suicidio negli adolescenti: molto utile, lo userò con i ragazzi di terza (come sa insegno alle medie). Grazie! Valentina",
    "none",
    "",
    "information",
    "portal",
    "11-05 21:30",
    who="Valentina",
    note="menzione di un articolo, non un cue della mittente",
)
M(
    "Oggi finalmente ho detto a mio padre quello che penso del negozio e che non voglio continuare a lavorarci. Mi tremavano le gambe ma ce l'ho fatta, e lui non ha urlato. Volevo raccontarglielo subito. A martedì",
    "none",
    "",
    "information psychotherapy",
    "email",
    "01-27 18:20",
    who="Alberto",
)
M(
    "Gentile dott. Rinaldi, Le scrivo per comunicarLe che dal mese prossimo mi trasferisco a Torino per lavoro e quindi dovrò interrompere le sedute. La ringrazio molto per questo anno di lavoro insieme, mi è servito più di quanto pensassi. Se per Lei va bene, vorrei fare un'ultima seduta di chiusura il 24. Cordiali saluti, Fabio Neri",
    "none",
    "",
    "cancellation psychotherapy",
    "email",
    who="Fabio",
)
M(
    "mi avete addebitato due volte la seduta di novembre?? sulla carta vedo due pagamenti da 70 euro uguali, lo stesso giorno",
    "none",
    "",
    "information",
    "portal",
    "12-10 22:05",
    who="Ornella",
)
M(
    "ti ammazzo dottoressa 😂 con quella domanda di martedì mi hai fatto ripensare a tutto il rapporto con mia madre. era proprio quello che mi serviva",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "02-19 20:45",
    who="Camilla",
    note="modo di dire -> none; parole ostili + emoji che ride (come 'I hate you! :-)') -> valence_shift",
)

# ---------------------------------------------------------------- low

M(
    "non farò nessuna sciocchezza, stai tranquilla. era solo una giornata storta ieri, oggi va già meglio 🙂",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-14 09:10",
    who="Ludovica",
    note="cue high/imminent negato -> low (l'argomento è sollevato)",
)
M(
    "oggi mi sento giù... niente di grave... solo tanta tristezza addosso... ne parliamo giovedì",
    "low",
    "",
    "psychotherapy",
    "sms",
    who="Gabriele",
)
M(
    "nn riesco a dormire e mi sento sola come un cane. possiamo sentirci domani anche solo 5 min?",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "11-28 01:30",
    who="Asia",
)
M(
    "Buonasera dottoressa, sono il papà di Edoardo. In questi giorni lo vedo più triste del solito: torna da scuola, si chiude in camera e piange, e a noi non dice niente. Possiamo sentirci per capire come aiutarlo? Grazie, Mauro",
    "low",
    "support_request",
    "psychotherapy",
    "portal",
    "03-04 20:50",
    who="Mauro",
    note="genitore riferisce la tristezza del figlio paziente -> low; chiede contatto per lo stato del figlio",
)
M(
    "Dottoressa, ieri la mia amica Bea ha tentato di uccidersi, ora è ricoverata. Sono sconvolta, continuo a pensarci e non so cosa dirle quando domani andrò a trovarla. Volevo che lo sapesse prima di giovedì.",
    "low",
    "",
    "psychotherapy",
    "email",
    "04-16 22:55",
    who="Ginevra",
    note="esperienza di un'altra persona -> low",
)
M(
    "Buongiorno dottore, ci ho ripensato tutta la settimana e preferisco scriverlo adesso che ho le idee chiare, così giovedì non perdo tempo a girarci intorno. Quando martedì mi ha chiesto dei pensieri di morte che avevo a vent'anni, dopo l'incidente di mio fratello, Le ho risposto in fretta e ho cambiato argomento. In realtà ci pensavo molto allora, quasi ogni sera, e non l'avevo mai detto a nessuno, nemmeno a mia moglie. Oggi li guardo da lontano, come una cosa successa a un altro, e non ci sono più. Però parlarne mi ha lasciato addosso una tristezza che non mi aspettavo, come se avessi riaperto un cassetto chiuso da trent'anni. Non è una crisi, sto lavorando e dormendo normalmente, ma volevo che sapesse che l'argomento mi è rimasto dentro e che vorrei riprenderlo con calma in seduta. Grazie per come mi ha ascoltato martedì, non era affatto scontato. Ettore",
    "low",
    "",
    "psychotherapy",
    "portal",
    "05-03 10:30",
    who="Ettore",
    note="ideazione passata discussa in seduta -> low; tristezza attuale -> low",
)
M(
    "in queste tre settimane di pausa mi mancano le sedute. so che è normale, ne avevamo parlato, ma mi sento un po' persa 🙁",
    "low",
    "",
    "psychotherapy",
    "portal",
    who="Serena",
)
M(
    "Buonasera dottore, Le faccio una domanda che mi frulla in testa da giorni: se mai mi tornasse la voglia di farmi del male mentre Lei è in ferie ad agosto, chi posso chiamare? Non è il caso adesso, ma preferisco saperlo. Leonardo",
    "low",
    "",
    "psychotherapy",
    "email",
    "07-07 19:20",
    who="Leonardo",
    note="domanda ipotetica su un cue high -> low, niente self_harm",
)
M(
    "ho bisogno di parlarti, anche solo dieci minuti al telefono. non è un'emergenza, è che oggi è una giornata pesante e sentirti mi farebbe bene",
    "low",
    "support_request",
    "psychotherapy",
    "portal",
    "10-23 18:10",
    who="Arianna",
    note="nessuna urgenza dichiarata",
)
M(
    "il mio ragazzo mi ha lasciata con un vocale di 40 secondi 😂😂 bello eh",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "02-15 00:20",
    who="Bianca",
    note="notizia dolorosa con emoji che ride -> valence_shift",
)
M(
    "scusa se ti scrivo a quest'ora. mi sento di nuovo sola in questa casa enorme, da quando i ragazzi sono partiti parlo solo con la radio",
    "low",
    "apology loneliness",
    "psychotherapy",
    "email",
    "02-14 23:30",
    who="Ottavia",
)

# ---------------------------------------------------------------- moderate

M(
    "ma che senso ha. mi alzo, vado al lavoro, torno, dormo. niente cambierà mai",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "03-30 23:45",
    who="Kevin",
)
M(
    "sono tre giorni che mangio poco o niente e non rispondo a nessuno. ho spento il telefono anche a mia madre, l'ho riacceso solo per scriverti",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "04-09 15:20",
    who="Rachele",
)
M(
    "Buongiorno dottoressa, Le scrivo io perché Giacomo non vuole. Da lunedì non va a scuola: la mattina dice che ha mal di testa, ma poi resta tutto il giorno chiuso in camera con le tapparelle abbassate, esce solo per andare in bagno. Non mangia più con noi, gli lasciamo il piatto fuori dalla porta e lo ritroviamo mezzo pieno. Con gli amici non si sente più, il telefono lo tiene spento. Mio marito all'inizio pensava a un capriccio per la verifica di matematica, ma adesso siamo preoccupati tutti e due, perché non l'abbiamo mai visto così, nemmeno l'anno scorso quando è morto il nonno. Non ha detto niente di grave, non ci sembra che voglia farsi del male, però è spento. Possiamo anticipare l'appuntamento di Giacomo a questa settimana? Se serve veniamo anche noi genitori, a qualsiasi ora. Grazie, Rita Longo",
    "moderate",
    "withdrawal support_request",
    "cancellation psychotherapy",
    "portal",
    "10-14 07:55",
    who="Rita",
    note="genitore riferisce il ritiro del figlio paziente; anticipare = spostare l'appuntamento",
)
M(
    "Gentile dottoressa,\n"
    "Le scrivo perché in seduta non riesco a dirlo guardandoLa in faccia, e mi vergogno già abbastanza così. Da circa un mese la sera non prendo più mezza compressa di Xanax come mi ha prescritto lo psichiatra, ne prendo due, a volte due e mezza. E spesso le accompagno con un paio di bicchieri di vino, perché da sola la compressa non basta più a spegnermi la testa. Lo so che non si fa, l'ho letto anche sul foglietto, ma è l'unico momento della giornata in cui non penso al lavoro, alla causa con mio fratello per la casa, alle bollette.\n"
    "La mattina mi sveglio intontita, arrivo in ufficio tardi e passo la prima ora a bere caffè per stare in piedi. Al lavoro per ora nessuno se n'è accorto, o almeno nessuno mi ha detto niente. Le compresse le ho finite prima del tempo e ho chiesto a mia cugina, che fa l'infermiera, di procurarmene una scatola, inventandomi una scusa.\n"
    "Non Le scrivo perché voglio farmi del male, questo voglio che sia chiaro. Le scrivo perché ho capito che da sola non riesco a smettere e ho paura di dove sto andando. Vorrei che ne parlassimo giovedì, e vorrei capire se devo dirlo anche al dottor Fabbri o se può aiutarmi Lei a trovare il modo.\n"
    "Mi scusi per la lunghezza e per l'ora.\n"
    "Nadia",
    "moderate",
    "apology support_request substance_use",
    "medication psychotherapy",
    "email",
    "11-20 23:50",
    who="Nadia",
    note="sedativi oltre la prescrizione + alcol per gestire l'ansia; autolesione negata (low) non alza il livello",
)
M(
    "sono allo stremo. non dormo, non riesco a pensare, non so piu come andare avanti",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    who="Ugo",
)
M(
    "ho paura di non farcela stavolta",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "01-09 03:20",
    who="Diego",
)
M(
    "AIUTO HO IL CUORE A MILLE E NON RIESCO A FERMARLO, RISPONDIMI TI PREGO!!!",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "whatsapp",
    "07-12 00:10",
    who="Viola",
    note="panico che travolge",
)
M(
    "ieri sera due canne e mezza bottiglia di whisky, non ci vedevo più dalla rabbia per mio padre. stasera sto facendo uguale",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "09-06 01:45",
    who="Mattia",
)
M(
    "un'altra settimana passata a letto 🙂 tanto nessuno se ne accorge",
    "moderate",
    "withdrawal loneliness valence_shift",
    "psychotherapy",
    "portal",
    "12-18 16:30",
    who="Elisa",
    note="contenuto negativo con sorriso -> valence_shift",
)
M(
    "Gentile dottore, sono Monica, la mamma di Alice. Ieri sera, rientrando dal lavoro, ho trovato Alice in camera sua ubriaca: aveva bevuto da sola più di mezza bottiglia di vodka che avevamo in casa. Ha 16 anni. Stamattina mi ha detto che lo fa da qualche settimana, quando le sale l'ansia prima delle verifiche, perché è l'unica cosa che la calma. Non so se arrabbiarmi o abbracciarla. Possiamo sentirci per telefono prima della seduta di venerdì? Grazie, Monica Sala",
    "moderate",
    "support_request substance_use",
    "psychotherapy",
    "email",
    "05-19 08:05",
    who="Monica",
    note="genitore riferisce l'uso di alcol della figlia paziente per gestire l'ansia",
)
M(
    "scusa scusa scusa... lo so che non dovrei scriverti di domenica... ma non ce la faccio più... e non ho nessuno con cui parlare...",
    "moderate",
    "apology loneliness hopelessness",
    "psychotherapy",
    "email",
    "06-07 22:30",
    who="Pamela",
)

# ---------------------------------------------------------------- high

M(
    "a volte penso che se domani non mi svegliassi sarebbe meglio per tutti",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-11 00:50",
    who="Renato",
    note="ideazione passiva + percezione di essere un peso",
)
M(
    "che senso ha essere viva se ogni giorno è cosi?? nn lo so piu",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-01 23:10",
    who="Aurora",
    note="mette in questione l'essere viva",
)
M(
    "non voglio più vivere così. anzi, non voglio più vivere e basta",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    who="Lucia",
    note="negazione che porta il rischio",
)
M(
    "Dottore,\n"
    "sono l'una passata e non dormo, quindi Le scrivo, anche se so che leggerà domani. Negli ultimi giorni mi sono tornati i pensieri di togliermi di mezzo. Non come due anni fa, non ho un piano e non ho intenzione di fare niente, ci tengo che lo sappia subito, ma sono lì, ogni sera, appena spengo la luce. Mi ritrovo a pensare che sarebbe un sollievo non esserci più, che i conti, il lavoro, la separazione si sistemerebbero da soli.\n"
    "Di giorno funziono, o almeno così sembra da fuori. Vado in cantiere alle sette, parlo con i fornitori, mi faccio vedere tranquillo con i ragazzi quando vengono il fine settimana. Nessuno si accorge di niente e forse è proprio questo che mi pesa di più: mi sento solo come non mi sono mai sentito, anche in mezzo alla gente. La sera mangio in piedi davanti alla televisione e non mi ricordo nemmeno cosa ho visto.\n"
    "Le scrivo perché mi aveva chiesto di non tenere queste cose per me fino alla seduta, e perché ho promesso a me stesso di rispettare il piano di sicurezza che abbiamo scritto insieme: la lista dei numeri è attaccata al frigo, le chiavi della cassetta degli attrezzi le ha mio cognato. Mi farebbe bene sentirLa prima di martedì, anche solo per telefono, se ha un momento.\n"
    "Grazie di esserci.\n"
    "Gianni",
    "high",
    "support_request loneliness suicidal_ideation",
    "psychotherapy",
    "email",
    "03-11 01:05",
    who="Gianni",
    note="intento negato non abbassa l'ideazione presente",
)
M(
    "penso sempre al ponte. ogni volta che ci passo sopra in macchina rallento e guardo giù",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-25 19:40",
    who="Filippo",
    note="pensare a un metodo",
)
M(
    "ho cercato su internet quante ne servono, di quelle che prendo per dormire. solo per sapere, non ho fatto niente",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "05-30 02:25",
    who="Cecilia",
    note="ricerca sul metodo (dose letale), senza piano né mezzi messi da parte -> high",
)
M(
    "Dottoressa scusi l'ora, sono Cristina, la mamma di Nina. Stasera Nina mi ha detto piangendo che vuole morire, che non ce la fa più con la scuola e con le compagne. Ora dorme, ma ho paura. Mi può chiamare appena legge?",
    "high",
    "apology support_request urgency hopelessness suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-16 23:35",
    who="Cristina",
    note="genitore riferisce il desiderio di morte della figlia paziente",
)
M(
    "ieri sera mi sono tagliata di nuovo, sulle cosce cosi nessuno vede",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "06-15 08:20",
    who="Sofia",
)
M(
    "mi sono bruciata il braccio con l'accendino stanotte 🙂 almeno per un po' non ho sentito niente",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-22 04:10",
    who="Nicole",
    note="autolesione recente con sorriso -> valence_shift",
)
M(
    "Ho scritto una lettera per mia moglie e per i ragazzi, nel caso. Non ho intenzione di fare niente adesso, ma volevo che Lei lo sapesse.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-26 22:15",
    who="Walter",
    note="preparazione; il piano negato non la abbassa",
)
M(
    "Oggi sono andata dal notaio a fare testamento. Ho 34 anni e nessuno a cui lasciare niente di importante, ma volevo che fosse tutto in ordine. Mi sembra la cosa più sensata che ho fatto quest'anno.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    who="Marina",
    note="testamento = preparazione (regola di confine)",
)
M(
    "spero che l'aereo di domani cada. lo scrivo e mi fa paura quanto ci spero davvero. non è un modo di dire",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-28 13:15",
    who="Osvaldo",
    note="ideazione passiva",
)
M(
    "nn ho piu voglia di stare qui. non vedo più il senso di stare qui, davvero",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-24 23:55",
    who="Jessica",
    note="'stare qui' = essere vivi (indiretto)",
)
M(
    "non voglio svegliarmi domani. tutto qui. non chiamare",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "12-22 03:30",
    who="Sergio",
    note="negazione che porta il rischio",
)
M(
    "Buonasera, sono Paolo, il papà di Riccardo. Stasera ho visto che Riccardo ha dei tagli freschi sull'avambraccio, lui dice che se li è fatti ieri con un temperino e che lo fa quando sta male. Non sappiamo come comportarci. Possiamo parlarne con Lei prima della prossima seduta? Paolo Greco",
    "high",
    "support_request self_harm",
    "psychotherapy",
    "email",
    "01-05 22:45",
    who="Paolo",
    note="genitore riferisce l'autolesione recente del figlio paziente",
)
M(
    "mi viene voglia di sbattere la testa contro il muro finché non smetto di pensare 💔",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "02-08 01:15",
    who="Mirko",
    note="impulso autolesivo",
)

# ---------------------------------------------------------------- imminent

M(
    "ho preso tutte le gocce di En che avevo. volevo solo dormire per sempre. scusa",
    "imminent",
    "apology self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "01-19 02:40",
    who="Eva",
    note="overdose presa",
)
M(
    "Ho dato via le mie cose, il gatto l'ho lasciato a mia sorella. Volevo salutarLa e ringraziarLa per tutto. Lei è stata brava, non è colpa Sua.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "02-25 23:05",
    who="Roberto",
    note="congedo in contesto di rischio",
)
M(
    "ho comprato la corda. so dove e quando. non cercatemi",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "03-14 04:50",
    who="Tiziana",
)
M(
    "HO INGOIATO 20 ZOLOFT E MEZZA BOTTIGLIA DI GRAPPA",
    "imminent",
    "substance_use self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "04-05 03:35",
    who="Dario",
    note="overdose presa con alcol",
)
M(
    "ho messo da parte le pastiglie per un mese, adesso bastano 💊 domani quando i miei vanno al mare",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "05-21 18:10",
    who="Letizia",
    note="mezzi raccolti + tempo",
)
M(
    "sono sul tetto del palazzo. è deciso",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-18 23:25",
    who="Cristian",
)
M(
    "mi sono tagliata troppo a fondo e il sangue non si ferma, non so cosa fare, RISPONDI",
    "imminent",
    "support_request urgency self_harm",
    "psychotherapy",
    "whatsapp",
    "07-03 02:05",
    who="Melissa",
    note="autolesione con pericolo medico",
)
M(
    "Cara dottoressa,\n"
    "quando leggerà questa mail sarà già mattina e spero che non la legga troppo presto. Ho pensato a lungo se scriverLe o no, e alla fine ho deciso che Lei meritava di saperlo da me e non da qualcun altro. Stanotte la faccio finita. Ho preparato tutto con calma, in questi giorni: ho sistemato i documenti, ho lasciato le chiavi alla vicina con la scusa del gatto, ho scritto due righe per mia sorella che troverà sul tavolo della cucina.\n"
    "Non voglio che pensi che è colpa Sua o che poteva fare qualcosa di diverso. Questi due anni con Lei sono stati l'unica cosa che ha avuto senso, e se ho tirato avanti fin qui è anche grazie alle nostre sedute del mercoledì. Ma sono stanca in un modo che non si riesce a spiegare, una stanchezza che il sonno non toglie, e non vedo più niente davanti a me. Ho provato, Lei lo sa quanto ho provato: le medicine, le passeggiate, il corso di ceramica, perfino la cena con le colleghe che mi aveva suggerito a maggio.\n"
    "Non cerchi di chiamarmi, il telefono lo lascio spento. Volevo solo dirLe grazie, per la pazienza, per le volte che mi ha aspettata quando arrivavo in ritardo, per non avermi mai fatto sentire sbagliata.\n"
    "Si prenda cura di sé.\n"
    "Un abbraccio, Claudia",
    "imminent",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    "email",
    "08-31 00:40",
    who="Claudia",
    note="intento + tempo + congedo",
)
M(
    "stanotte lo faccio. ho già deciso come. volevo solo che qualcuno lo sapesse",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-24 01:12",
    who="Loris",
)
M(
    "Dottoressa sono Enrico, il padre di Lisa. Lisa ha preso apposta le pillole per dormire di mia moglie, non sappiamo quante. Siamo al pronto soccorso. Mi richiami appena può",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "10-11 20:30",
    who="Enrico",
    note="genitore riferisce l'overdose intenzionale della figlia paziente",
)
M(
    "Ho deciso di togliermi di mezzo sabato, quando i ragazzi saranno dal padre. Le scrivo perché è giusto che lo sappia da me. Grazie per questi due anni.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    who="Graziella",
    note="intento + tempo + congedo",
)
M(
    "ho 60 tavor qui davanti e una bottiglia di vodka. stasera basta 😭😭",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "12-06 23:50",
    who="Ilenia",
    note="mezzi pronti + tempo; non ancora presi, quindi niente substance_use",
)
M(
    "ho preso 15 xanax un'ora fa. adesso ho paura. rispondimi ti prego??",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "12-27 05:10",
    who="Ivo",
    note="overdose presa",
)
