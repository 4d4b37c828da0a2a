# Blind round 17 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-16), measured once
# with engine 2026.11.22 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional Italian messages (patients and relatives to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b17it-01: self-harm urge, blade taken out of a pencil sharpener (Bologna, 14)
M(
    "Dottoressa, ieri ho comprato un temperino nuovo in cartoleria e ho tolto la lametta con un cacciavite. L'ho messa nella custodia degli occhiali. Non l'ho ancora usata ma ci penso da quando sono tornata da scuola, sento proprio il bisogno di farlo. Lo so che mi aveva detto di scriverle. Agnese",
    "high",
    "self_harm",
    "psychotherapy",
    ch="portal",
    at="11-10 16:42",
    who="Agnese",
    g="b17it-01",
    v="base",
)
M(
    "Dottoressa, ieri ho comprato un temperino nuovo in cartoleria ma non ho tolto la lametta. Non la tengo nella custodia degli occhiali. Non ci penso da quando sono tornata da scuola, non sento proprio il bisogno di farlo. Lo so che mi aveva detto di scriverle. Agnese",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-10 16:42",
    who="Agnese",
    g="b17it-01",
    v="negation",
    note="negated high cue -> low",
)
M(
    "Dottoressa, in seconda media avevo comprato un temperino in cartoleria e avevo tolto la lametta con un cacciavite. La tenevo nella custodia degli occhiali e ci pensavo ogni giorno quando tornavo da scuola, sentivo proprio il bisogno di farlo. Lo so che mi aveva detto di scriverle. Agnese",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-10 16:42",
    who="Agnese",
    g="b17it-01",
    v="tense",
    note="historic self-harm urge -> low",
)

# b17it-02: on a viaduct, keys left in the car for the brother (Sicilian)
M(
    "Duttura, sugnu ncapu o viadottu di Ponte Cerro, chiddu unni fannu i lavori. Aiu lassatu a machina aperta cu i chiavi dintra pi me frati. Unn'aiu paura, è a prima vota ca sugnu tranquillu. Sarvuzzu",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-14 01:40",
    who="Sarvuzzu",
    g="b17it-02",
    v="base",
)
M(
    "Duttura, me cucinu Sarvuzzu è ncapu o viadottu di Ponte Cerro, chiddu unni fannu i lavori. Lassò a machina aperta cu i chiavi dintra pi so frati. Dici ca unn'avi paura, ca è a prima vota ca è tranquillu. Nino",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-14 01:40",
    who="Nino",
    g="b17it-02",
    v="person",
    note="the cousin (not the patient): someone else's experience -> low",
)

# b17it-03: withdrawal, pizzaiolo (Neapolitan)
M(
    "Dotto', so' tre juorne ca nun esco 'a casa. Tengo 'e serrande abbascio e 'o telefono stutato, 'a pizzeria l'aggio fatta aprì a mio cugino. Nun me va 'e vedè a nisciuno. Gennaro",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="sms",
    at="11-05 19:12",
    who="Gennaro",
    g="b17it-03",
    v="base",
)
M(
    "Dotto', so' tre juorne ca nun stongo chiuso 'a casa. Tengo 'e serrande aizate e 'o telefono appicciato, 'a pizzeria nun l'aggio fatta aprì a mio cugino. Nun me so' annascunnuto 'a nisciuno. Gennaro",
    "none",
    "",
    "information",
    ch="sms",
    at="11-05 19:12",
    who="Gennaro",
    g="b17it-03",
    v="negation",
    note="negated moderate cue -> none; a progress report",
)

# b17it-04: passive ideation like a flat phone; then the same line as a lyric for homework
M(
    "doc ci penso sempre più spesso, vorrei solo spegnermi tipo un telefono scarico e non riaccendermi più",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-18 22:51",
    who="Mattia",
    g="b17it-04",
    v="base",
)
M(
    "doc per il tema devo commentare sta frase di una canzone: 'vorrei solo spegnermi tipo un telefono scarico e non riaccendermi più'. va bene se la metto come citazione all'inizio?",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-18 22:51",
    who="Mattia",
    g="b17it-04",
    v="quotation",
    note="a lyric quoted for homework -> none",
)

# b17it-05: 'la fasso finìa' tonight (Venetian); idiom: ending it with Loretta
M(
    "Dotora, ghe lo digo a ea parché xe giusto: stasera dopo çena la fasso finìa. Go za deciso e go za tuto pronto in garage. Grassie de tuto.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-21 18:05",
    who="Bepi",
    g="b17it-05",
    v="base",
)
M(
    "Dotora, ghe lo digo a ea parché xe giusto: stasera dopo çena la fasso finìa co' ea Loretta. Go za deciso e go za tuto pronto: ghe porto indrio i so dischi. Grassie de tuto.",
    "none",
    "",
    "psychotherapy",
    ch="sms",
    at="11-21 18:05",
    who="Bepi",
    g="b17it-05",
    v="idiom",
    note="ending a relationship: idiom -> none",
)

# b17it-06: overdose of prescribed drops taken (Roman youth); caps variant
M(
    "ho preso tutte le gocce che m'aveva dato la psichiatra, la boccetta intera, e mo me gira tutto. nun lo so perché te scrivo a te",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="whatsapp",
    at="11-08 00:37",
    who="Ludovica",
    g="b17it-06",
    v="base",
)
M(
    "HO PRESO TUTTE LE GOCCE CHE M'AVEVA DATO LA PSICHIATRA, LA BOCCETTA INTERA, E MO ME GIRA TUTTO. NUN LO SO PERCHÉ TE SCRIVO A TE",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="whatsapp",
    at="11-08 00:37",
    who="Ludovica",
    g="b17it-06",
    v="caps",
)

# b17it-07: loneliness of a widower talking to his canary (Genoa)
M(
    "Buongiorno dottore. Da quando la Rina non c'è più la casa è troppo grande, belin. Parlo col canarino. Mi sento solo, ecco. Lo dicevo. Amedeo",
    "low",
    "loneliness",
    "psychotherapy",
    ch="sms",
    at="11-03 09:20",
    who="Amedeo",
    g="b17it-07",
    v="base",
)
M(
    "Buongiorno dottore. Da quando la Rina non c'è più la casa è troppo grande, belin. Parlo col canarino. Mi sento solo, ecco 😔 Lo dicevo. Amedeo",
    "low",
    "loneliness",
    "psychotherapy",
    ch="sms",
    at="11-03 09:20",
    who="Amedeo",
    g="b17it-07",
    v="emoticon",
)

# b17it-08: father reports a note left on the desk (Trentino); person: the desk-mate's note
M(
    "Gentile dottor Ferrante,\nle scrivo perché stamattina la professoressa di tedesco ci ha chiamato: Elia ha lasciato sul banco un foglio con scritto 'tanto tra un mese non ci sono più, non vi preoccupate'. Quando gliel'ho chiesto ha alzato le spalle e si è chiuso in camera. Giovedì abbiamo la seduta, ma se potesse anticiparla gliene sarei grato.\nCordiali saluti,\nWalter Pichler",
    "high",
    "suicidal_ideation support_request",
    "cancellation psychotherapy",
    ch="email",
    at="11-12 13:15",
    who="Walter|Pichler",
    g="b17it-08",
    v="base",
    note="parent reports the patient: not seeing himself alive in a month",
)
M(
    "Gentile dottor Ferrante,\nle scrivo perché stamattina la professoressa di tedesco ci ha chiamato: Tobia, il compagno di banco di Elia, ha lasciato sul banco un foglio con scritto 'tanto tra un mese non ci sono più, non vi preoccupate'. Elia l'ha letto e quando gliel'ho chiesto ha alzato le spalle e si è chiuso in camera. Giovedì abbiamo la seduta, ma se potesse anticiparla gliene sarei grato.\nCordiali saluti,\nWalter Pichler",
    "low",
    "support_request",
    "cancellation psychotherapy",
    ch="email",
    at="11-12 13:15",
    who="Walter|Pichler",
    g="b17it-08",
    v="person",
    note="the classmate's note: someone else's experience; the patient is shaken -> low",
)

# b17it-09: 'mi sparo' a whole season (idiom, alone)
M(
    "Stasera mi sparo tutta la seconda stagione, altro che dormire presto 😅 Ci vediamo mercoledì. Fede",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-09 21:30",
    who="Fede",
    g="b17it-09",
    v="idiom",
)

# b17it-10: Pavese's last lines for a school essay (quotation, alone)
M(
    "Buonasera dottoressa, scusi se la disturbo: la prof ci ha dato da analizzare le ultime righe di Pavese, 'Perdono tutti e a tutti chiedo perdono. Va bene? Non fate troppi pettegolezzi.' Mia mamma dice di chiederle se è un argomento adatto a me visto il percorso che faccio. Io sto bene, eh, è solo un compito. Ginevra",
    "none",
    "apology",
    "information psychotherapy",
    ch="portal",
    at="11-16 18:48",
    who="Ginevra",
    g="b17it-10",
    v="quotation",
)

# b17it-11: 'mi sono buttato' asking a girl out (idiom, alone)
M(
    "Oh dottò, alla fine mi sono buttato: ho chiesto a Serena di uscire e ha detto sì!! 🎉 Giovedì le racconto. Ciro",
    "none",
    "",
    "information psychotherapy",
    ch="whatsapp",
    at="11-19 20:02",
    who="Ciro",
    g="b17it-11",
    v="idiom",
)

# b17it-12: Barbera to stop thinking (Piedmont); tense: years ago
M(
    "Buongiorno dottoressa, glielo scrivo perché di persona non ci riesco: la sera, quando i bambini dormono, mi finisco una bottiglia di Barbera da sola per riuscire a non pensare. Poi al mattino faccio finta di niente. Carla",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="portal",
    at="11-06 08:14",
    who="Carla",
    g="b17it-12",
    v="base",
)
M(
    "Buongiorno dottoressa, glielo scrivo perché di persona non ci riesco: anni fa, quando i bambini erano piccoli, la sera mi finivo una bottiglia di Barbera da sola per riuscire a non pensare. Poi al mattino facevo finta di niente. Carla",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-06 08:14",
    who="Carla",
    g="b17it-12",
    v="tense",
    note="historic drinking to cope -> low",
)

# ==== high

M(
    "Buonasera dottore, sono Oksana, badante di signora Ines. Lei ogni sera prega Madonna che la prende via nel sonno, dice che non vuole più svegliare e che sua figlia starebbe meglio senza spendere soldi per lei. Oggi non ha mangiato niente, neanche minestra. Io non so come fare, scusa mio italiano.",
    "high",
    "suicidal_ideation withdrawal apology",
    "psychotherapy",
    ch="whatsapp",
    at="11-11 20:34",
    who="Oksana",
    note="carer as proxy: passive ideation and burdensomeness of the patient",
)
M(
    "Unn'aiu cchiù gana di campari, dutturi. Tuttu chiddu ca fazzu è sbagghiatu e me matri si merita un figghiu megghiu di mia. Turi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-04 23:18",
    who="Turi",
)
M(
    "Buna seara.. ah, buonasera dottoressa. Non ho più forza, voglio dormire e non svegliare mai più. Domani lavoro in RSA alle 6, faccio mio turno, non si preoccupa. Ma questo pensiero non va via.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-17 23:52",
    who="Mirela",
)
M(
    "Non so come dirlo meglio: ieri sera ho controllato sull'app a che ora passano i treni merci che non si fermano a Castelmarco. Non per un motivo pratico. Ci penso da una settimana. Lo scrivo qui perché in seduta mi blocco.\nDavide",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-13 07:55",
    who="Davide",
    note="thinking about a method, no time or intent",
)
M(
    "Dutur, le scrivo io, la mia nipote mi ha insegnato il telefono. Sun stracc. Ai mè fioeu sarei un peso in meno, la casa la vendono e sono a posto. Ci penso tutte le notti. Ambrogio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-07 10:03",
    who="Ambrogio",
    note="perceived burdensomeness",
)
M(
    "ieri sera mi sono bruciata col accendino sul polso, tre volte. oggi in palestra ho tenuto la felpa anche se c'erano venti gradi. non dirlo a mia mamma pls",
    "high",
    "self_harm",
    "psychotherapy",
    ch="whatsapp",
    at="11-20 15:26",
    who="Asia",
)
M(
    "Salam dottore. io pensato tanto questa settimana, se io muoio nessuno piange, solo mia madre in Marocco. io ogni notte penso di finire la mia vita. ma io non faccio niente adesso, tranquillo. Youssef",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-15 22:10",
    who="Youssef",
    note="suicidal thoughts; negated intent does not lower",
)
M(
    "Dottò, al magazzino c'è ancora il bidone di quel veleno per le olive che hanno tolto dal commercio. Non l'ho buttato. Quando scendo la mattina lo guardo e penso che sarebbe facile. Mia moglie non sa niente. Cosimo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-22 06:40",
    who="Cosimo",
    note="thinking about a method",
)
M(
    "Gentile dottoressa Rinaldi,\n\nle scrivo dal gate B14 di Fiumicino, il volo per Francoforte è in ritardo di un'ora e finalmente ho un momento. Tre cose pratiche, poi una meno pratica.\n\n1) La fattura di ottobre: l'amministrazione mi chiede di intestarla alla società e non a me, partita IVA 0000000000 (gliela mando corretta dal pc quando rientro). Se non è un problema, basta rifarla con la stessa data.\n2) Martedì sarò ancora a Francoforte: possiamo fare la seduta in video con il link solito? Alle 19 ce la faccio, alle 18 no.\n3) Il certificato per l'assicurazione sanitaria integrativa: mi serve entro fine mese, anche una riga sola.\n\nLa cosa meno pratica. Al decollo dell'ultimo volo, quello per Monaco della settimana scorsa, c'è stata un po' di turbolenza e ho pensato, con una calma che mi ha spaventata, che se l'aereo fosse caduto sarebbe stato un sollievo. Nessuno avrebbe potuto dire che l'avevo scelto io. Da allora ogni volta che salgo a bordo ci spero un po'. Non ho intenzione di fare niente, lavoro, rispondo alle mail, sorrido in riunione. Ma questo pensiero ormai mi accompagna a ogni imbarco e non volevo aspettare martedì per dirglielo, perché in video poi finisce che parlo d'altro.\n\nGrazie per la pazienza con le mie mail lunghe.\n\nFrancesca Orsenigo",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="email",
    at="11-19 17:22",
    who="Francesca|Orsenigo",
    note="passive ideation (hoping the plane crashes), among logistics",
)
M(
    "Dottore' ma che ce sto a fa' ar monno? Lavoro, casa, lavoro, e nun cambia mai gnente. Me sa che era mejo se smettevo de respirà pure io. Lele",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-24 23:45",
    who="Lele",
)
M(
    "Stanotte ho scritto tre lettere, una per ogni figlio, e le ho chiuse in una busta nel cassetto del comò. Non ho un piano, stia tranquilla, ma volevo che fossero pronte. Ne parliamo venerdì. Rosanna",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-25 08:31",
    who="Rosanna",
    note="preparation; the negated plan does not lower it",
)
M(
    "Doctora, deu... scusi, quando sono agitata mi esce il sardo. Ho ancora le lamette nel beauty, non le ho buttate come le avevo promesso. Stasera ho tanta voglia di usarle. Mi può scrivere qualcosa?",
    "high",
    "self_harm support_request apology",
    "psychotherapy",
    ch="whatsapp",
    at="11-23 21:47",
    who="Bonaria",
)
M(
    "Dottoressa, sono la mamma di Kevin. Ieri sul tablet che usiamo in casa ho trovato due ricerche: 'quante tachipirine servono per morire' e 'si sente dolore'. Lui dice che era curiosità. Ho nascosto tutte le medicine nel bagagliaio della macchina. Possiamo sentirci appena può? È urgente. Angela",
    "high",
    "suicidal_ideation support_request urgency",
    "medication psychotherapy",
    ch="sms",
    at="11-26 07:58",
    who="Angela",
    note="parent reports the patient researching a method",
)
M(
    "Dotôr, no ai plui voie di vivi. Ogni sera quando metto la macchina in garage penso che basterebbe chiudere la basculante e lasciare il motore acceso. Poi salgo a cena come se niente fosse. Checo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-02 20:15",
    who="Checo",
)
M(
    "raga... ah no doc chat giusta. boh non ci voglio più stare in sto mondo, mi fa tutto schifo e io per primo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-09 02:12",
    who="Nicolò",
)
M(
    "Dotto', stanotte aggio penzato ca me vulesse addurmì e nun me scetà cchiù. Nun è 'a primma vota. Stammatina so' ghiuta a faticà 'o stesso.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-18 12:40",
    who="Assunta",
)
M(
    "Lavoro in diabetologia, lo sa. Oggi mentre preparavo le penne di insulina per il giro ho pensato a quante unità servirebbero a me, e ho fatto il conto. Mi sono spaventata da sola. Le scrivo solo per dirlo a qualcuno. Giuliana",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-20 14:05",
    who="Giuliana",
    note="thinking about a method",
)

# ==== imminent

M(
    "Dottoressa, una cosa pratica: conosce qualcuno che può prendere Mirtillo, il mio gatto? Da domenica non ci sarò più a dargli da mangiare. Ho già preparato la scatola con le crocchette e il libretto del veterinario. Grazie di tutto quello che ha fatto per me, davvero. Non serve che mi richiami. Lucia",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-27 00:20",
    who="Lucia",
    note="arrangements and farewell with a date",
)
M(
    "Dottori, apu pagau su loculu e ho lasciato le chiavi di casa alla vicina con la busta per mio figlio. Domani mattina presto vado a Capo Sa Perdixedda, dove c'è la scogliera alta. Non si preoccupi per me, ho deciso io. Efisio",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-16 21:05",
    who="Efisio",
)
M(
    "non si ferma. ho messo tre asciugamani e il sangue passa lo stesso, stavolta ho tagliato più giù del solito. ho paura. non posso svegliare mio papà. mi risponda subito per favore",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    ch="whatsapp",
    at="11-11 02:15",
    who="Sofia",
    note="self-harm with medical danger",
)
M(
    "Ho comprato al Brico il sacco di carbonella e il nastro da pacchi. Stanotte quando il condominio dorme chiudo la finestra del bagno col nastro. Non mi chiami, ho spento il telefono a tutti. Volevo solo che lo sapesse qualcuno che non mi giudica. Duccio",
    "imminent",
    "suicidal_ideation withdrawal",
    "psychotherapy",
    ch="portal",
    at="11-23 19:44",
    who="Duccio",
)
M(
    "Lo schioppo di mio padre sta ancora nell'armadio e le cartucce le ho trovate in cantina. Stasera quando Marisa va da sua sorella lo faccio. Mi dispiace per il disturbo che le do. Tonino",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    ch="sms",
    at="11-05 16:30",
    who="Tonino",
)
M(
    "Dottoressa scusi l'ora, sono Franco il marito di Paola. L'ho trovata sul divano che non risponde bene, sul tavolo ci sono tutti i blister del Tavor vuoti e mezza bottiglia di grappa. Ho chiamato il 118, stanno arrivando. Cosa devo dire ai medici?? Mi chiami appena può",
    "imminent",
    "self_harm suicidal_ideation substance_use apology urgency support_request",
    "medication psychotherapy",
    ch="sms",
    at="11-22 23:31",
    who="Franco",
    note="husband as proxy: overdose taken with alcohol",
)
M(
    "Dotoresha... dottoressa, io ho deciso. Domani mattina quando bambini vanno a scuola io vado su al ponte di ferro sopra il fiume. Io scritto lettera per mio marito, è nel cassetto. Scusa per tutto e grazie. Blerta",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    ch="whatsapp",
    at="11-12 23:08",
    who="Blerta",
)
M(
    "Le scrivo qui perché a voce non ci riesco. Ho contato: sono 46 compresse tra le mie e quelle che prende Lorenzo per dormire. Le ho messe in un barattolo nella borsa della palestra. Sabato lui va a Bergamo da sua madre e io resto a casa da sola. Non dica niente a nessuno. Marta B.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    ch="portal",
    at="11-25 22:02",
    who="Marta|B.",
    note="pills counted and ready, with a time",
)
M(
    "doc volevo dirle grazie che con me ha avuto pazienza. stasera non le do più fastidio, giuro. ho lasciato la felpa dei Pearl Jam a mio fratello e il telefono sbloccato sul letto. ciao ❤️",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-14 20:50",
    who="Michele",
    note="farewell with arrangements",
)
M(
    "Gentile dottoressa Guerrieri,\n\nle scrivo con ordine, come ho sempre fatto in bottega, perché non resti niente in sospeso.\n\nLe ho fatto stamattina il bonifico delle ultime tre sedute, compresa quella di giovedì che non farò: la causale è il mio nome e cognome, così la sua segretaria non deve cercare. Le chiavi della falegnameria le ho lasciate a Orlando, il ragazzo che lavora con me da dieci anni: gli ho intestato il furgone e la pialla grande, e sul banco c'è un foglio con tutti i clienti che aspettano un lavoro e quanto hanno già pagato. Al cimitero di Santa Maria degli Ulivi ho pagato il posto accanto alla mia Adele, l'impresa ha già tutto e il conto è saldato.\n\nLa Panda la lascio domattina all'alba al parcheggio sotto il ponte della Gola, con le chiavi nel cruscotto, così mio nipote la trova subito. Lei mi ha detto tante volte di chiamarla prima di fare qualcosa di definitivo. Non lo faccio perché so che proverebbe a fermarmi, e ho settantotto anni e sono stanco di svegliarmi in una casa vuota. Lei non ha colpa di niente, anzi: è stata l'unica in questi due anni con cui ho parlato davvero di Adele.\n\nLa ringrazio di tutto. Le auguro ogni bene, a lei e alla sua famiglia.\n\nGualtiero Bracci",
    "imminent",
    "suicidal_ideation",
    "cancellation information psychotherapy",
    ch="email",
    at="11-24 21:40",
    who="Gualtiero|Bracci",
    note="farewell with arrangements, place and time; logistics around the crisis",
)
M(
    "Dottoressa, la corda l'ho comprata al Consorzio e la trave del fienile l'ho già guardata bene. Stanotte, quando mia sorella dorme. A l'é tut a pòst, i l'hai lassà ij sòld an sla tàula për mia sorela. Giaco",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-06 22:25",
    who="Giaco",
    note="means bought, place and time",
)

# ==== moderate

M(
    "No nde potzo prus, dottoressa. Ho litigato un'altra volta col caporeparto e stamattina ho pianto in macchina mezz'ora prima di entrare. Non ce la faccio più con questo lavoro. Gavino",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-03 13:10",
    who="Gavino",
)
M(
    "Dottoressa, sono a letto da venerdì. Mi alzo solo per dare da mangiare al cane. In ufficio ho detto che ho l'influenza. Marta",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="portal",
    at="11-09 11:52",
    who="Marta",
)
M(
    "sono chiusa nel bagno del centro commerciale, cuore a mille, mi formicolano le mani, non riesco a uscire, mi sembra di morire!! cosa faccio",
    "moderate",
    "support_request",
    "psychotherapy",
    ch="whatsapp",
    at="11-15 17:33",
    who="Federica",
    note="overwhelming panic; 'mi sembra di morire' is a panic symptom, not ideation",
)
M(
    "Ok glielo dico: mi sto facendo tre canne al giorno, anche la mattina, altrimenti non riesco neanche ad aprire il libro di privato. Non mi faccia la predica però 😅 Tommaso",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="whatsapp",
    at="11-10 10:17",
    who="Tommaso",
)
M(
    "Dutturi, un ci la fazzu cchiù. Nenti cangia, a me età ormai è tuttu chistu. Sugnu stancu stancu.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-20 19:02",
    who="Peppino",
)
M(
    "Dottoressa, il piccolo ha tre settimane e io ho paura di non farcela. Non dormo, piango quando piange lui, mia suocera dice che è normale. Possiamo vederci prima di giovedì? Serena",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    ch="portal",
    at="11-13 05:20",
    who="Serena",
)
M(
    "Dottore, io stamattina in negozio ancora attacco di panico, molto forte, non respiro, io chiuso saracinesca e seduto per terra due ore. Io ho paura che ritorna. Wei",
    "moderate",
    "",
    "psychotherapy",
    ch="sms",
    at="11-17 12:48",
    who="Wei",
    note="overwhelming panic",
)
M(
    "Ho spento er telefono a tutti da lunedì, a lei lo riaccendo solo pe' dirle che sto a casa e nun so' sparito. Nun c'ho voja de vedè nessuno. Fabrizio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="sms",
    at="11-26 18:09",
    who="Fabrizio",
)
M(
    "Questa settimana ho preso due Xanax invece di mezzo per riuscire a dormire, tutte le sere. Lo so che non dovevo. Lo dico a lei prima che alla psichiatra. Ilaria",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    ch="portal",
    at="11-21 09:40",
    who="Ilaria",
    note="sedatives beyond prescription to cope",
)
M(
    "Dottore, mia mamma con l'Alzheimer stanotte si è alzata quattro volte. Sono allo stremo. Non vedo una via d'uscita, nessuno mi dà una mano e mio fratello sta a Londra. Sandra",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    ch="whatsapp",
    at="11-07 06:50",
    who="Sandra",
)
M(
    "Doctora, perdón, dottoressa. Io non esco di casa da sabato, non vado neanche a lavorare dalla signora, le ho detto che sto male. Tutto è buio. Rosa",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="whatsapp",
    at="11-11 15:05",
    who="Rosa",
)
M(
    "oggi non sono andata a scuola e neanche ieri, sto in camera con le cuffie. mia mamma crede che ho la febbre. non ho voglia di niente, ma niente proprio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="whatsapp",
    at="11-19 11:30",
    who="Martina",
)
M(
    "Sabo go bevù fin a no ricordarme come so rivà casa, e domenega idem. Lo fasso par no pensar a ea Giada. Ghe lo digo prima che me lo domandi. Nicola",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="whatsapp",
    at="11-24 09:12",
    who="Nicola",
)
M(
    "Mi hanno bocciato di nuovo all'esame di abilitazione. Ma che senso ha continuare a provarci. Domani non vengo in seduta, non ho voglia di parlarne. Giulio",
    "moderate",
    "hopelessness",
    "cancellation psychotherapy",
    ch="sms",
    at="11-04 18:55",
    who="Giulio",
)
M(
    "dottoressa NON RIESCO A CALMARMI, è un'ora che tremo e piango in macchina nel parcheggio dell'ospedale, il risultato della biopsia di papà... la prego mi chiami appena legge",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    ch="whatsapp",
    at="11-25 16:12",
    who="Chiara",
    note="overwhelming panic",
)
M(
    "Ormai è chiaro ca pi mia nun c'è futuru, dutturi. Né travagghiu né famigghia, e a quarantacinque anni nun cancia cchiù nenti. Rosario",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-08 20:40",
    who="Rosario",
)
M(
    "Buongiorno dottor Marchetti,\n\nprovo a scriverle qui perché il portale da tre giorni mi dà \"sessione scaduta\" e non riesco a caricare il modulo del consenso firmato: glielo allego a questa mail, spero vada bene lo stesso. Già che ci sono, le confermo che l'ASL ha approvato il rimborso parziale, quindi da dicembre mi serve la ricevuta con la dicitura che le avevo indicato.\n\nLe scrivo anche per un'altra cosa, che in seduta finisco sempre per minimizzare. Gli ultimi due fine settimana li ho passati interamente a letto. Non è stanchezza: il venerdì torno da scuola, correggo le verifiche di corsa, e poi da sabato mattina a domenica sera non mi alzo se non per il bagno. Non ho risposto a mia sorella, ho saltato il pranzo da mia madre inventando una febbre, ho lasciato il telefono in un cassetto. Il lunedì mi rimetto la giacca e vado in classe, e i ragazzi non se ne accorgono, o almeno credo.\n\nQuello che mi preoccupa è che non riesco più a immaginare che questa cosa possa cambiare. Le dico 'sto meglio' per abitudine, ma la verità è che mi sembra che sarà così per sempre: una settimana di fatica e due giorni di buio. Non ho pensieri brutti, non quel tipo di pensieri, glielo dico subito perché so che me lo chiederà. Però volevo che lo sapesse prima di martedì.\n\nCordialmente,\nElisabetta Cori",
    "moderate",
    "withdrawal hopelessness",
    "information psychotherapy",
    ch="email",
    at="11-23 10:05",
    who="Elisabetta|Cori",
    note="a denial of 'brutti pensieri' is a negated high cue (low); the message stays moderate",
)
M(
    "Sono Davide, il compagno di Elena. Da una settimana non si alza dal letto e non va al lavoro, mangia pochissimo, e ieri sera mi ha detto 'non ce la faccio più'. Non voglio scavalcarla ma sono preoccupato. Possiamo parlarne?",
    "moderate",
    "withdrawal hopelessness support_request",
    "psychotherapy",
    ch="whatsapp",
    at="11-16 12:20",
    who="Davide",
    note="partner as proxy for the patient",
)

# ==== low

M(
    "Domanda un po' strana: se una notte mi tornasse la voglia di tagliarmi e lei non risponde, chi devo chiamare? Non è il caso adesso, è solo per sapere. Anna",
    "low",
    "",
    "information psychotherapy",
    ch="portal",
    at="11-05 21:10",
    who="Anna",
    note="hypothetical high cue -> low",
)
M(
    "Ci ho ripensato, a quello che le ho raccontato martedì: di quando a diciannove anni ho preso le pastiglie di mia madre. È strano averne parlato solo adesso. Mi sento più leggera, ma anche un po' esposta.",
    "low",
    "",
    "medication psychotherapy",
    ch="portal",
    at="11-12 19:30",
    who="Laura",
    note="past overdose discussed in therapy -> low",
)
M(
    "La settimana scorsa una collega del magazzino si è buttata dal terzo piano. È viva, in rianimazione. Io continuo a vedere la scena anche se non c'ero e la notte dormo male. Samuele",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-10 22:35",
    who="Samuele",
    note="someone else's experience",
)
M(
    "Tranquilla, lo so che me lo chiede sempre: no, non ho pensieri di farla finita. Sono solo triste per il trasloco e per mia figlia che se ne va a Torino. Valeria",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-21 14:44",
    who="Valeria",
)
M(
    "Dottoressa mi manda due righe? Una cosa qualsiasi. Oggi è l'anniversario di papà e mi sento giù.",
    "low",
    "support_request",
    "psychotherapy",
    ch="whatsapp",
    at="11-02 18:20",
    who="Elisa",
)
M(
    "Mio fratello Ale ieri sera ubriaco ha detto che si vuole ammazzare. Oggi dice che scherzava. Io non ho chiuso occhio. Devo dirlo a qualcuno? Pietro",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-08 08:05",
    who="Pietro",
    note="someone else's experience (the brother is not the patient)",
)
M(
    "Hallo, ciao dottoressa. La Sprache... la lingua è ancora difficile. Qui a Padova non ho amici, la sera sono sempre sola in camera. Mi sento molto einsam, cioè sola. Lena",
    "low",
    "loneliness",
    "psychotherapy",
    ch="portal",
    at="11-14 20:15",
    who="Lena",
)
M(
    "Oggi è piovuto tutto il giorno e m'è presa una malinconia che non le dico. Ho riguardato le foto della gita a Loreto con la mi' Ida. Niente di grave, volevo solo dirglielo. Bruno",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-22 17:50",
    who="Bruno",
)
M(
    "Oggi in piscina mi sono messa in costume per la prima volta da anni, le cicatrici sulle cosce si vedevano e non me ne fregava niente 😊 Volevo dirglielo. Noemi",
    "low",
    "",
    "information psychotherapy",
    ch="whatsapp",
    at="11-26 19:40",
    who="Noemi",
    note="past self-harm mentioned (scars) -> low",
)
M(
    "La mia amica Giorgia mi ha mandato alle tre di notte una foto delle sue braccia tagliate. Io non so cosa risponderle e mi sento in colpa a non dirlo ai suoi. Posso parlargliene venerdì?",
    "low",
    "support_request",
    "psychotherapy",
    ch="whatsapp",
    at="11-18 07:45",
    who="Bianca",
    note="someone else's experience",
)
M(
    "Buongiorno dottoressa, oggi io un po' triste perché non sento mia famiglia da una settimana, telefono rotto. Ma lavoro va bene. Grazie. Mamadou",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-06 12:30",
    who="Mamadou",
)
M(
    "Questa settimana mi sento un po' sola, Marco è in trasferta fino a domenica. Possiamo fare la seduta in studio invece che online? Mi aiuterebbe vederla. Alessia",
    "low",
    "loneliness support_request",
    "information psychotherapy",
    ch="portal",
    at="11-09 16:05",
    who="Alessia",
)
M(
    "Sono Marco, il marito di Teresa. Le scrivo solo per dirle che in questi giorni la vedo giù, ma non ha più parlato di farsi del male e le lamette le ha buttate lei, davanti a me.",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-15 10:25",
    who="Marco",
    note="husband as proxy: low mood, negated self-harm",
)

# ==== none

M(
    "Dottoressa, stasera debutto come Tosca al Comunale: alle 22:40 circa mi butto da Castel Sant'Angelo 😂 (sul materasso dietro le quinte). Se vuole le lascio due biglietti in cassa! Ornella",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-13 12:10",
    who="Ornella",
    note="an opera role",
)
M(
    "Buongiorno, le scrivo dal turno in farmacia ospedaliera: oggi ho contato e preparato le compresse per tutto il reparto di cardiologia, sono cotta. Per giovedì confermo le 18. Debora",
    "none",
    "",
    "information",
    ch="sms",
    at="11-17 14:20",
    who="Debora",
)
M(
    "Una curiosità pratica: se per sbaglio prendo due volte la sertralina nella stessa giornata succede qualcosa? Ieri non ricordavo se l'avevo già presa. Glielo chiedo prima di chiamare lo psichiatra. Alberto",
    "none",
    "",
    "medication",
    ch="portal",
    at="11-04 08:40",
    who="Alberto",
)
M(
    "Domenica regata a Santa Margherita, ho passato il sabato a preparare cime e cappi, ho le mani scorticate. Lunedì arrivo dieci minuti in ritardo. Ste",
    "none",
    "",
    "information",
    ch="sms",
    at="11-08 19:35",
    who="Ste",
)
M(
    "doc ieri ho finito Elden Ring, sono morto tipo 300 volte col boss finale ma ce l'ho fatta 💪💪 mia mamma dice che glielo devo dire perché è una cosa che ho portato a termine lol",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-23 13:02",
    who="Jacopo",
)
M(
    "Dottore, mi scusi, giovedì non posso venire: sotto Natale in macelleria siamo morti, mio suocero vuole che lo aiuti. Possiamo spostare al 10 dicembre? Vincenzo",
    "none",
    "apology",
    "cancellation",
    ch="sms",
    at="11-26 07:30",
    who="Vincenzo",
)
M(
    "Buongiorno dottoressa, mi può rimandare la fattura di ottobre intestata a mia madre? Il commercialista la chiede entro venerdì. Grazie,\nFederica Lanza",
    "none",
    "",
    "information",
    ch="email",
    at="11-03 11:45",
    who="Federica|Lanza",
)
M(
    "Ieri sera con mio marito abbiamo rivisto 'Le invasioni barbariche', il finale al lago con gli amici intorno al letto... abbiamo pianto tutti e due, ma è stato bello parlarne dopo. Giovedì le racconto. Patrizia",
    "none",
    "",
    "information psychotherapy",
    ch="portal",
    at="11-15 09:30",
    who="Patrizia",
    note="a film watched",
)
M(
    "Domani ho l'orale di anatomia, se mi chiede il plesso brachiale mi sparo. Scherzo eh, sono agitata il giusto. Ci vediamo dopo l'esame! Irene",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-24 20:55",
    who="Irene",
    note="hyperbole",
)
M(
    "Dottore!! Mi hanno preso al concorso dei vigili del fuoco!!! Non ci credo ancora. Martedì porto le paste 🎉",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-20 10:10",
    who="Raffaele",
)
M(
    "Good morning po dottoressa, scusi, domani io non posso venire, mia signora ha visita in ospedale e io devo accompagnare. Possiamo cambiare giorno? Salamat po. Maricel",
    "none",
    "apology",
    "cancellation",
    ch="sms",
    at="11-12 07:15",
    who="Maricel",
)
M(
    "Al corso di arrampicata oggi ci hanno fatto fare il nodo a otto e poi lasciarci cadere nel vuoto appesi alla corda. Per una che ha paura di tutto come me è stato enorme! Glielo racconto giovedì. Sara",
    "none",
    "",
    "information",
    ch="portal",
    at="11-18 21:05",
    who="Sara",
)
M(
    "Stasera al coro proviamo 'Preghiera in gennaio' di De André per il concerto di Natale, quella che scrisse dopo la morte di Tenco. Mi fa venire i brividi ogni volta. Giovedì comunque ci sono. Rita",
    "none",
    "",
    "information",
    ch="sms",
    at="11-19 18:30",
    who="Rita",
)
M(
    "Ho appuntamento dal notaio per il testamento di mia zia, che mi ha nominato esecutore, quindi giovedì arrivo alle 17:30 invece che alle 17. Va bene lo stesso? Claudio",
    "none",
    "",
    "cancellation",
    ch="sms",
    at="11-16 09:55",
    who="Claudio",
    note="moving a session by half an hour; someone else's will",
)
M(
    "Oggi in Darsena c'era un sole che spaccava, crepavo dal caldo col piumino 😂 Comunque giovedì confermato. Gigi",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-11 16:40",
    who="Gigi",
)
M(
    "Buonasera, la ricetta del Depakin mi è scaduta e il dottor Pini è in ferie: lei sa a chi posso chiederla? Ne ho ancora per tre giorni. Grazie, Lorenzo",
    "none",
    "",
    "medication",
    ch="email",
    at="11-21 20:20",
    who="Lorenzo",
)
M(
    "Dutturi, aieri mi scantai a morti: u nipuzzu si persi o mercatu pi vinti minuti! Poi u truvammu ca si manciava n'arancina 😂 Mercoledì ci sugnu. Nunzia",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-25 12:35",
    who="Nunzia",
)
M(
    "Dottoressa, il link di Meet di stasera mi dà errore. Me ne manda un altro? Sono già collegato da cinque minuti. Enrico",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-10 19:05",
    who="Enrico",
)
M(
    "Per filosofia devo fare una presentazione su Camus, 'c'è un solo problema filosofico veramente serio: il suicidio'. Glielo dico prima che mia madre si spaventi vedendo i libri sul tavolo 😅 io sto bene davvero!",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-22 15:15",
    who="Leonardo",
    note="a quoted line for school",
)
