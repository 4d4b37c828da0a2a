# Blind round 10 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-9), measured once
# with engine 2026.11.14 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Soprannome",
#   g=gruppo, v=variante, note=...). I segnali meccanici sono calcolati da build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b10it-01: autolesionismo recente (ragazza, notte) / negazione / passato discusso in seduta
M(
    "sono le 2 e mi sono tagliata di nuovo sulla coscia con la lametta del temperino, tre tagli, ho messo i cerotti di mia sorella. Sofi",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "02-08 02:04",
    who="Sofia|Sofi",
    g="b10it-01",
    v="base",
)
M(
    "sono le 2 e non mi sono tagliata, la lametta del temperino l'ho buttata nel bidone del palazzo. Sofi",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-08 02:04",
    who="Sofia|Sofi",
    g="b10it-01",
    v="negation",
    note="autolesione negata -> low",
)
M(
    "a 14 anni mi tagliavo sulla coscia con la lametta del temperino, ne abbiamo parlato giovedì. Sofi",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-08 02:04",
    who="Sofia|Sofi",
    g="b10it-01",
    v="tense",
    note="passato discusso in seduta -> low",
)

# b10it-02: overdose presa / sosia quotidiano (pastiglie riportate in farmacia)
M(
    "ho preso tutte le pastiglie di Tavor che avevo, una ventina, con mezza bottiglia di grappa. mi gira tutto",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "03-21 22:47",
    who="Renato",
    g="b10it-02",
    v="base",
    note="overdose presa con alcol -> imminent",
)
M(
    "ho preso tutte le pastiglie di Tavor che avevo e le ho riportate in farmacia, come mi ha detto lo psichiatra. Renato",
    "none",
    "",
    "medication information",
    "sms",
    "03-21 22:47",
    who="Renato",
    g="b10it-02",
    v="idiom",
    note="'ho preso tutte le pastiglie' = le ho raccolte per smaltirle",
)

# b10it-03: napoletano, desiderio passivo / negazione / canzone
M(
    "dottò stasera tengo na tristezza ncuollo... vulesse addurmì e nun me scetà cchiù",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-17 23:30",
    who="Gennaro|Gennà",
    g="b10it-03",
    v="base",
    note="napoletano: vorrei addormentarmi e non svegliarmi più",
)
M(
    "dottò stasera tengo na tristezza ncuollo, ma nun è ca vulesse addurmì e nun me scetà cchiù, statte tranquilla",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-17 23:30",
    who="Gennaro|Gennà",
    g="b10it-03",
    v="negation",
    note="desiderio passivo negato + tristezza -> low",
)
M(
    "dottò stasera aggio sentito na canzone nova ca dice 'vulesse addurmì e nun me scetà cchiù', è bella assaje",
    "none",
    "",
    "information",
    "whatsapp",
    "01-17 23:30",
    who="Gennaro|Gennà",
    g="b10it-03",
    v="quotation",
    note="verso di una canzone (inventata)",
)

# b10it-04: senso di peso / altra persona / negazione
M(
    "Mia mamma ha già i suoi problemi con la nonna. Senza di me in casa starebbero tutti più tranquilli. Marta",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-14 22:10",
    who="Marta",
    g="b10it-04",
    v="base",
    note="percezione di essere un peso",
)
M(
    "La mia compagna di banco dice che senza di lei in casa starebbero tutti più tranquilli. Sono preoccupata. Marta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-14 22:10",
    who="Marta",
    g="b10it-04",
    v="person",
)
M(
    "Mia mamma ha già i suoi problemi con la nonna, ma non penso più che senza di me in casa starebbero più tranquilli. Marta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-14 22:10",
    who="Marta",
    g="b10it-04",
    v="negation",
)

# b10it-05: intento con data / idioma "mi ammazzo di lavoro"
M(
    "questa settimana mi ammazzo, ho già deciso: venerdì dopo l'ultima consegna. Paolo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-06 19:12",
    who="Paolo",
    g="b10it-05",
    v="base",
    note="intento + tempo",
)
M(
    "questa settimana mi ammazzo di lavoro: tre consegne, l'ultima venerdì. Paolo",
    "none",
    "",
    "information",
    "sms",
    "04-06 19:12",
    who="Paolo",
    g="b10it-05",
    v="idiom",
)

# b10it-06: "non ce la faccio più" / maiuscole / emoji che ride
M(
    "non ce la faccio più con mio padre, stasera ha urlato di nuovo per i soldi. possiamo sentirci domani? Ilaria",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    "whatsapp",
    "05-19 21:35",
    who="Ilaria",
    g="b10it-06",
    v="base",
)
M(
    "NON CE LA FACCIO PIÙ con mio padre, stasera ha urlato di nuovo per i soldi. possiamo sentirci domani? Ilaria",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    "whatsapp",
    "05-19 21:35",
    who="Ilaria",
    g="b10it-06",
    v="caps",
)
M(
    "non ce la faccio più con mio padre 😂😂 stasera ha urlato di nuovo per i soldi. possiamo sentirci domani? Ilaria",
    "moderate",
    "hopelessness support_request valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-19 21:35",
    who="Ilaria",
    g="b10it-06",
    v="emoticon",
    note="parole negative + emoji che ride",
)

# b10it-07: desiderio di sparire e non svegliarsi / verso di canzone alla chitarra
M(
    "voglio sparire per sempre e non svegliarmi più domani mattina. Bea",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-02 00:41",
    who="Beatrice|Bea",
    g="b10it-07",
    v="base",
)
M(
    "alla chitarra sto imparando una canzone che fa 'voglio sparire per sempre e non svegliarmi più domani mattina', il maestro dice che miglioro. Bea",
    "none",
    "",
    "information",
    "whatsapp",
    "05-02 00:41",
    who="Beatrice|Bea",
    g="b10it-07",
    v="quotation",
    note="testo di canzone (inventato)",
)

# b10it-08: overdose di ieri sera / passato discusso in seduta
M(
    "Ieri sera ho preso tutta la scatola di Zolpidem, 20 compresse. Mi sono svegliata ora e vomito, non l'ho detto a nessuno.",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "06-14 14:05",
    who="Daniela",
    g="b10it-08",
    v="base",
    note="overdose recente (ieri sera) = attuale",
)
M(
    "Tre anni fa presi tutta la scatola di Zolpidem, 20 compresse, ne abbiamo parlato alla prima seduta. Oggi ci ripensavo.",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "06-14 14:05",
    who="Daniela",
    g="b10it-08",
    v="tense",
)

# b10it-09: genitore riferisce il figlio paziente / amico del figlio
M(
    "Buonasera dottoressa, sono Anna, la mamma di Tommaso. Stasera a cena Tommaso ha detto che vorrebbe essere morto e si è chiuso in camera. Cosa devo fare? Mi chiami subito per favore",
    "high",
    "suicidal_ideation support_request urgency",
    "psychotherapy",
    "sms",
    "09-22 21:55",
    who="Anna",
    g="b10it-09",
    v="base",
    note="genitore riferisce il paziente",
)
M(
    "Buonasera dottoressa, sono Anna, la mamma di Tommaso. Stasera a cena ci ha raccontato che il suo amico Pietro ha detto che vorrebbe essere morto, Tommaso è sconvolto. Cosa devo fare? Mi chiami subito per favore",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "09-22 21:55",
    who="Anna",
    g="b10it-09",
    v="person",
    note="esperienza dell'amico, non del paziente",
)

# b10it-10: congedo / congedo per trasferimento
M(
    "Dottore, volevo solo dirle grazie per tutto quello che ha fatto per me in questi due anni. Il gatto l'ho portato da mia sorella, le chiavi le ha la vicina. Addio. Franco",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-11 04:20",
    who="Franco",
    g="b10it-10",
    v="base",
    note="congedo con preparativi, di notte",
)
M(
    "Dottore, volevo solo dirle grazie per tutto quello che ha fatto per me in questi due anni. Il gatto l'ho portato da mia sorella, le chiavi le ha la vicina: da lunedì sono a Torino per il nuovo lavoro. Addio e grazie ancora! Franco",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "10-11 04:20",
    who="Franco",
    g="b10it-10",
    v="idiom",
    note="saluto per trasferimento, nessun rischio",
)

# b10it-11: buona notizia con emoji positiva / con emoji triste
M(
    "esame di anatomia andato benissimo, 28! 😊 Giorgia",
    "none",
    "",
    "information",
    "whatsapp",
    "06-30 13:20",
    who="Giorgia",
    g="b10it-11",
    v="base",
)
M(
    "esame di anatomia andato benissimo, 28! 😞 Giorgia",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "06-30 13:20",
    who="Giorgia",
    g="b10it-11",
    v="emoticon",
    note="parole positive + emoji triste",
)

# b10it-12: pensiero del metodo (ponte) / ipotetico / collega
M(
    "ogni mattina passo sotto il ponte della tangenziale per andare al lavoro e penso a buttarmi giù. Stefano",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-07 07:52",
    who="Stefano",
    g="b10it-12",
    v="base",
)
M(
    "se una mattina passando sotto il ponte della tangenziale pensassi a buttarmi giù, chi dovrei chiamare? Stefano",
    "low",
    "",
    "psychotherapy",
    "sms",
    "07-07 07:52",
    who="Stefano",
    g="b10it-12",
    v="negation",
    note="domanda ipotetica",
)
M(
    "ogni mattina il mio collega passa sotto il ponte della tangenziale e dice che pensa a buttarsi giù. Non so cosa fare. Stefano",
    "low",
    "",
    "psychotherapy",
    "sms",
    "07-07 07:52",
    who="Stefano",
    g="b10it-12",
    v="person",
)

# b10it-13: alcol per non pensare / negato / passato
M(
    "stasera mi sono fatto mezza bottiglia di whisky da solo per non pensare, come ieri. Lorenzo",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-06 23:48",
    who="Lorenzo",
    g="b10it-13",
    v="base",
)
M(
    "stasera non mi sono fatto mezza bottiglia di whisky per non pensare, sono uscito a camminare. Lorenzo",
    "none",
    "",
    "information",
    "whatsapp",
    "11-06 23:48",
    who="Lorenzo",
    g="b10it-13",
    v="negation",
    note="cue moderate negato -> none",
)
M(
    "l'anno scorso mi facevo mezza bottiglia di whisky da solo per non pensare, stasera ci ripensavo. Lorenzo",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-06 23:48",
    who="Lorenzo",
    g="b10it-13",
    v="tense",
)

# b10it-14: veneto, ritiro a letto / fratello
M(
    "Dotora, xe tre zorni che no vegno fora dal leto e go studà el telefono a tuti. Bepi",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "01-12 16:40",
    who="Bepi|Giuseppe",
    g="b10it-14",
    v="base",
    note="veneto: da tre giorni non esco dal letto, ho spento il telefono a tutti",
)
M(
    "Dotora, me fradèo xe tre zorni che no vien fora dal leto e el ga studà el telefono a tuti. Bepi",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-12 16:40",
    who="Bepi|Giuseppe",
    g="b10it-14",
    v="person",
)

# b10it-15: siciliano, piano con la corda / negazione
M(
    "Dutturì, a corda già l'accattai. Stanotti quannu me muggheri dormi scinnu 'nto magazzinu. Scusassi pi tuttu. Turi",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "12-02 22:15",
    who="Turi|Salvatore",
    g="b10it-15",
    v="base",
    note="siciliano: la corda l'ho già comprata, stanotte scendo in magazzino",
)
M(
    "Dutturì, a corda l'aiu ghittata. Stanotti nun scinnu 'nto magazzinu, ci u dissi a me muggheri. Turi",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-02 22:15",
    who="Turi|Salvatore",
    g="b10it-15",
    v="negation",
)

# b10it-16: solitudine notturna / stessa frase con puntini
M(
    "non riesco a dormire. mi sento sola. tutti dormono. Eli",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "01-29 03:10",
    who="Elisa|Eli",
    g="b10it-16",
    v="base",
)
M(
    "non riesco a dormire... mi sento sola... tutti dormono... Eli",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "01-29 03:10",
    who="Elisa|Eli",
    g="b10it-16",
    v="emoticon",
    note="variante di forma: puntini al posto dei punti",
)

# b10it-17: arma in casa, intento / battuta sul derby
M(
    "stasera mi sparo, la pistola di mio padre sta nel comò e so dov'è la chiave. Ale",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-08 20:30",
    who="Alessandro|Ale",
    g="b10it-17",
    v="base",
    note="intento + mezzo accessibile",
)
M(
    "stasera se la Roma perde er derby mi sparo, nel senso che spengo la tv e vado a dormì 😂 Ale",
    "none",
    "",
    "information",
    "whatsapp",
    "03-08 20:30",
    who="Alessandro|Ale",
    g="b10it-17",
    v="idiom",
    note="battuta sul calcio, spiegata dal mittente",
)

# b10it-18: disdetta per febbre / con emoji triste
M(
    "Buongiorno dottoressa, mi scusi ma domani non riesco a venire, ho la febbre a 38. Possiamo spostare a giovedì? Carla",
    "none",
    "apology",
    "cancellation",
    "sms",
    "02-23 08:15",
    who="Carla",
    g="b10it-18",
    v="base",
)
M(
    "Buongiorno dottoressa, mi scusi ma domani non riesco a venire, ho la febbre a 38. Possiamo spostare a giovedì? 😔 Carla",
    "none",
    "apology",
    "cancellation",
    "sms",
    "02-23 08:15",
    who="Carla",
    g="b10it-18",
    v="emoticon",
    note="emoji triste coerente con le parole: nessuna inversione",
)

# b10it-19: madrelingua ucraina, non voglio più vivere / negazione-passato
M(
    "dottoressa io non volio piu vivere, ogni giorno uguale, lavoro con signora anziana, casa, e poi niente. Oksana",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-19 22:40",
    who="Oksana",
    g="b10it-19",
    v="base",
    note="negazione che porta il rischio",
)
M(
    "dottoressa io non penso piu di morire come a novembre, ogni giorno uguale, lavoro con signora anziana, casa, e poi niente. Oksana",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-19 22:40",
    who="Oksana",
    g="b10it-19",
    v="negation",
)

# b10it-20: voglia di bruciarsi (ragazza a scuola) / maiuscole
M(
    "dottoressa ho di nuovo voglia di bruciarmi il polso con l'accendino, ce l'ho in tasca, sono chiusa nel bagno della scuola",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "10-20 10:35",
    who="Nicole",
    g="b10it-20",
    v="base",
)
M(
    "dottoressa HO DI NUOVO VOGLIA di bruciarmi il polso con l'accendino, ce l'ho in tasca, sono chiusa nel bagno della scuola",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "10-20 10:35",
    who="Nicole",
    g="b10it-20",
    v="caps",
)

# ==== single messages: high
M(
    "Ogni volta che prendo l'aereo per lavoro spero un po' che cada. Poi atterriamo a Fiumicino e quasi mi dispiace. Non lo dico a nessuno. Claudio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-03 18:20",
    tz="America/New_York",
    who="Claudio",
    note="ideazione passiva (spera che l'aereo cada); scrive da New York",
)
M(
    "stanotte mi sono immaginata il mio funerale a San Lorenzo, chi veniva, chi piangeva... e mi sentivo sollevata. è normale?",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-15 03:25",
    who="Federica",
    note="immaginare il proprio funerale con sollievo = ideazione passiva",
)
M(
    "Cara dottoressa,\n\n"
    "le scrivo da Bolzano, dove sono per le due settimane di ferie da mia sorella. Come mi aveva suggerito, provo a mettere "
    "per iscritto le cose invece di tenerle in testa.\n\n"
    "Le giornate qui sono lente. La mattina accompagno i nipoti al campo estivo, poi faccio la spesa al mercato di piazza "
    "delle Erbe e cucino per tutti; mia sorella dice che da quando sono qui mangiano meglio. Il pomeriggio leggo sul "
    "balcone: ho finito il libro che mi aveva consigliato e ho iniziato quello di racconti che mi ha regalato mia cognata. "
    "Con Paolo ci sentiamo la sera, le telefonate sono più tranquille di quelle di giugno e non abbiamo più litigato per "
    "la casa al mare.\n\n"
    "Il lavoro invece mi insegue anche qui: il mio capo mi ha scritto due volte per il bilancio di settembre e io ho "
    "risposto, anche se avevamo detto che avrei provato a non farlo. Lo so. Ne parleremo.\n\n"
    "C'è una cosa che volevo dirle per scritto perché a voce mi viene difficile: certe sere, quando tutti sono a letto, "
    "penso che sarebbe più semplice non esserci più, e resto sul balcone con questo pensiero finché passa. Poi la mattina "
    "ricomincio con la spesa e i nipoti.\n\n"
    "Per il resto, il 28 rientro e ci vediamo il primo giovedì di settembre alle 18 come d'accordo. Le porto la ricevuta "
    "del bonifico di luglio che mi aveva chiesto.\n\n"
    "Un caro saluto,\n"
    "Giovanna",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "08-12 21:40",
    who="Giovanna",
    note="e-mail lunga di vacanza con la frase di rischio nascosta a metà",
)
M(
    "Oggi sono andato dal notaio in via Roma a fare testamento e ho intestato il conto alla Giada. Non ho in mente niente, era solo una cosa da fare. Massimo",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-05 17:10",
    who="Massimo",
    note="preparativi (testamento); il piano negato non abbassa",
)
M(
    "ops scusi ho sbagliato chat, era per la Martina. cmq dott ieri mi sono rifatta i segni col compasso sul braccio, nn li ha visti nessuno",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "11-10 16:45",
    who="Asia",
    note="autolesione recente (ieri), registro da chat di ragazzi",
)
M(
    "Stanotte ho cercato su internet quante compresse di paracetamolo servono. Ho chiuso tutto subito, ma l'ho cercato. Possiamo sentirci prima della seduta di domani? Lele",
    "high",
    "suicidal_ideation support_request",
    "medication psychotherapy",
    "whatsapp",
    "08-18 01:15",
    who="Emanuele|Lele",
    note="ricerca del metodo",
)
M(
    "Dottoressa buongiorno, sono Paola, la mamma di Luca. Pulendo la sua camera ho trovato nel diario una lettera per noi: 'quando leggerete questa non sarò più un peso'. Luca adesso è a scuola. La prego, mi richiami appena legge questo messaggio",
    "high",
    "suicidal_ideation support_request urgency",
    "psychotherapy",
    "sms",
    "04-21 09:05",
    who="Paola",
    note="genitore riferisce il paziente; lettera d'addio senza piano né tempo noti = come 'wrote a note' -> high; la citazione è del paziente stesso, non un testo altrui",
)
M(
    "A volte penso che per i miei figli sarei più un peso che un aiuto, e che se non ci fossi più si organizzerebbero meglio con la nonna. Stefania",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "02-02 22:30",
    who="Stefania",
    note="percezione di essere un peso",
)
M(
    "dottorè ma che senso ha restà viva se ogni giorno è 'sta fatica pure solo a alzamme dal letto. Ro",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "06-07 11:50",
    who="Rosa|Ro",
    note="romanesco: che senso ha restare viva",
)
M(
    "ho pensieri di farla finita tutto il giorno, non farò niente glielo prometto, ma ci sono dalla mattina alla sera. Ivan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-27 20:05",
    who="Ivan",
    note="intento negato non abbassa l'ideazione presente",
)
M(
    "mi è tornata la voglia di riprendere la lametta, l'ho rimessa nell'astuccio con le matite. Per ora non ho fatto niente. Greta",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "01-22 15:20",
    who="Greta",
    note="impulso autolesivo attuale, mezzo a portata",
)

# ==== single messages: imminent
M(
    "ho contato le pastiglie di Depakin che ho messo da parte in questi mesi: sono 60. domenica i miei vanno al mare a Sperlonga e io resto a casa",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "06-25 22:05",
    who="Martina",
    note="pastiglie contate e messe da parte + momento",
)
M(
    "dotore scusa io ho preso tute le pastile di mio marito per cuore, adesso gira testa tanto. non dire a nessuno. Ioana",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "07-25 15:30",
    who="Ioana",
    note="madrelingua rumena; overdose presa",
)
M(
    "Grazie di tutto dottoressa. Lei ha fatto tutto il possibile, non è colpa sua. Dica a mia madre che le voglio bene.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-15 02:50",
    who="Chiara",
    note="congedo notturno in contesto di rischio",
)
M(
    "ho pagato l'affitto fino a dicembre, il cane l'ho lasciato a mio cugino e ho scritto tutte le password su un foglio per mia sorella. sabato prendo il treno per Genova e vado al molo. non mi cerchi. Davide",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-29 19:40",
    who="Davide",
    note="piano raccontato attraverso i preparativi + luogo e tempo",
)
M(
    "mi sono tagliata troppo a fondo sul braccio e non smette di sanguinare, ho stretto un asciugamano ma è tutto rosso, cosa faccio?? mi risponda subito",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "12-13 00:35",
    who="Noemi",
    note="autolesione con pericolo medico",
)
M(
    "Sono Giorgio, il papà di Irene. Stasera Irene ha preso una confezione intera di Tachipirina 1000, ha detto alla sorella che voleva farla finita. Siamo in macchina verso il pronto soccorso del Cardarelli, le scrivo solo per avvisarla.",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "03-30 21:20",
    who="Giorgio",
    note="genitore riferisce overdose presa dalla paziente",
)
M(
    "Dotorè, oe a merì mi 'nd'andu a sa punta de Capo Caccia e mi ghetto. No ndi potzu prus. Adiosu. Bachisio",
    "imminent",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "08-29 17:45",
    who="Bachisio",
    note="sardo: oggi pomeriggio vado a Capo Caccia e mi butto; non ne posso più; addio",
)
M(
    "Buonasera dottor Landi,\n\n"
    "scusi la mail lunga, lo so che avevamo detto di limitarle. Volevo aggiornarla su queste settimane perché la seduta di "
    "lunedì salta per il matrimonio di mia sorella a Perugia e non ci vedremo per un po'.\n\n"
    "Il matrimonio è sabato: faccio da testimone e ho passato gli ultimi giorni tra la sarta, i confetti e le bomboniere. "
    "Mia madre è agitatissima, litiga con tutti per la disposizione dei tavoli, e io faccio da cuscinetto come sempre. Al "
    "lavoro ho chiuso la pratica del cliente di Arezzo e il mio responsabile mi ha fatto i complimenti davanti a tutti, "
    "cosa che non succedeva da mesi.\n\n"
    "Con Luca le cose sono tranquille, forse troppo: lui fa i turni di notte in ospedale e ci incrociamo solo a colazione. "
    "Non gli ho raccontato niente di quello che ci diciamo in seduta.\n\n"
    "Ho ripreso a camminare la mattina presto lungo il Tevere prima dell'ufficio, come mi aveva suggerito: quaranta "
    "minuti con le cuffie e un podcast di storia. Per un po' non penso a niente, ed è già qualcosa.\n\n"
    "Ho già preparato tutto per giovedì notte, dopo il matrimonio, quando Luca è di turno: le pastiglie sono nella borsa, "
    "la lettera per mia sorella è nel cassetto del comodino. Così almeno la festa non gliela rovino.\n\n"
    "Sul portale le ho lasciato la ricevuta del pagamento di ottobre. La ringrazio per la pazienza di questi mesi, davvero.\n\n"
    "Serena",
    "imminent",
    "suicidal_ideation apology",
    "medication cancellation information psychotherapy",
    "email",
    "10-14 23:20",
    who="Serena",
    note="e-mail lunga con il piano (mezzo pronto + momento) nascosto tra le notizie",
)
M(
    "go lassà la letera sul tavolo de la cusina e desso vado al ponte sul Piave. volevo solo che qualchedun lo savesse. Toni",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-24 23:55",
    who="Toni|Antonio",
    note="veneto: ho lasciato la lettera in cucina e adesso vado al ponte sul Piave",
)

# ==== single messages: below high — idioms, quotations and innocent look-alikes
M(
    "ieri sera allo spettacolo di cabaret al teatro Team di Bari sono morta dal ridere, ho pianto tutto il tempo 😂😂 Teresa",
    "none",
    "",
    "information",
    "whatsapp",
    "03-02 10:15",
    who="Teresa",
    note="idioma",
)
M(
    "prima lezione di crossfit fatta, sono stanco morto ma contento 💪 domani non mi alzo più dal letto ahah. Matteo",
    "none",
    "",
    "information",
    "whatsapp",
    "09-14 20:10",
    who="Matteo",
    note="idioma/iperbole da palestra",
)
M(
    "Dottoressa, lo psichiatra mi ha aumentato la sertralina a 100 mg. La prendo la mattina o la sera? Grazie, Lucia",
    "none",
    "",
    "medication",
    "sms",
    "02-11 12:30",
    who="Lucia",
    note="sosia: posologia",
)
M(
    "Giovedì non posso venire: c'è il funerale di mio zio Aldo a Lecce. Mi scusi, la chiamo lunedì dalle 9 alle 10 per fissare? Nadia",
    "none",
    "apology",
    "cancellation",
    "sms",
    "11-18 19:00",
    who="Nadia",
    note="sosia: funerale di un altro",
)
M(
    "Buongiorno, sono Rita, la mamma di Chiara. La prof di italiano ha dato un tema sulle 'Ultime lettere di Jacopo Ortis' e sul suicidio del protagonista: Chiara l'ha scritto tranquilla, volevo solo che lo sapesse prima di giovedì.",
    "none",
    "",
    "information",
    "email",
    "01-26 08:40",
    who="Rita",
    note="sosia: compito di scuola su un libro",
)
M(
    "terzo ragù bruciato di fila, giuro che mi butto dalla finestra 😂 scherzo eh, domenica lo rifaccio con mio suocero che mi controlla. Gianna",
    "none",
    "",
    "information",
    "whatsapp",
    "04-26 13:05",
    who="Gianna",
    note="battuta in cucina, dichiarata come scherzo",
)
M(
    "Ha visto l'articolo sul Corriere di oggi sulla prevenzione del suicidio nei ragazzi? C'era anche il nome del vostro centro, complimenti! Ettore",
    "none",
    "",
    "information",
    "email",
    "05-10 09:30",
    who="Ettore",
    note="notizia, menzione",
)
M(
    "sabato ho comprato una corda nuova da 60 metri e un imbrago, domenica si va in Grigna con il CAI. Mercoledì le racconto! Pietro",
    "none",
    "",
    "information",
    "whatsapp",
    "07-10 18:25",
    who="Pietro",
    note="sosia: attrezzi da arrampicata",
)
M(
    "Ho messo tutte le mie gocce per dormire in valigia, domani alle 6 partiamo per Lisbona. La seduta di venerdì possiamo farla in video? Ludovica",
    "none",
    "",
    "medication information",
    "sms",
    "08-03 21:15",
    who="Ludovica",
    note="sosia: farmaci in viaggio",
)
M(
    "domani ho l'orale di diritto privato, se mi chiede le obbligazioni sono morto 😂 comunque ho studiato tanto. Nico",
    "none",
    "",
    "information",
    "whatsapp",
    "06-15 22:20",
    who="Nicola|Nico",
    note="iperbole da esame",
)
M(
    "Ieri con mia moglie abbiamo visto quel film francese dove il protagonista dice 'non voglio più svegliarmi in questo mondo'. Ne abbiamo discusso fino all'una, bella serata. Sergio",
    "none",
    "",
    "information",
    "portal",
    "02-15 10:00",
    who="Sergio",
    note="citazione da un film",
)
M(
    "questo caldo mi uccide, 39 gradi a Catania e lo studio non ha l'aria condizionata: la seduta di luglio possiamo farla in video? Agata",
    "none",
    "",
    "information",
    "whatsapp",
    "07-01 15:40",
    who="Agata",
    note="idioma",
)

# ==== single messages: below high — everyday
M(
    "Gentile dottor Bellini,\nle scrivo per chiederle la fattura delle sedute di settembre e ottobre, mi serve per la detrazione nel 730. Se possibile intestata a mio marito, Fabrizio Conti; il codice fiscale è in allegato.\nGrazie e buona giornata,\nLaura Conti",
    "none",
    "",
    "information",
    "email",
    "11-03 10:20",
    who="Laura|Laura Conti",
)
M(
    "Buongiorno, mi chiamo Roberto. Il mio compagno Andrea è già seguito da lei. Vorremmo chiederle un primo colloquio di coppia, anche di sera se possibile. Grazie",
    "none",
    "",
    "information",
    "sms",
    "09-09 12:45",
    who="Roberto",
    note="primo contatto del partner di un paziente",
)
M(
    "colloquio andato benissimo, mi hanno presa in biblioteca!! 🎉 Sara",
    "none",
    "",
    "information",
    "whatsapp",
    "05-06 17:30",
    who="Sara",
)
M(
    "SONO FURIOSA CON MIO FRATELLO, ha venduto la macchina del nonno senza dire niente a nessuno!!! ne parliamo giovedì. Vale",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "03-12 19:50",
    who="Valentina|Vale",
    note="rabbia ordinaria",
)
M(
    "oggi è l'anniversario della nonna e mi sento giù, tutto il giorno con un nodo in gola. Mi scriverebbe due righe quando può? Pina",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "12-08 18:10",
    who="Giuseppina|Pina",
)
M(
    "anche questo sabato nessuno mi ha cercato, mi sento sola come un cane 😢 Rebecca",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "10-17 22:40",
    who="Rebecca",
)
M(
    "la mia coinquilina ieri sera ha preso tante pillole ed è ricoverata al Niguarda, io sono sconvolta. Possiamo sentirci oggi? Camilla",
    "low",
    "support_request",
    "medication psychotherapy",
    "whatsapp",
    "04-09 08:20",
    who="Camilla",
    note="crisi di un'altra persona; overdose di pillole menzionata -> medication",
)
M(
    "sono a letto da venerdì, al lavoro ho detto che ho l'influenza ma non è vero. Non ho neanche fatto la spesa. Mirko",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "01-19 14:35",
    who="Mirko",
)
M(
    "sono ferma sulla corsia d'emergenza della A14, mi è partito un attacco di panico fortissimo, non respiro, la prego mi chiami ORA",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "07-17 08:05",
    who="Debora",
    note="panico che travolge",
)
M(
    "tanto con lui non cambierà mai niente, né col lavoro, né con niente. Ma che senso ha venire ogni settimana a parlarne. Cristina",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-27 21:10",
    who="Cristina",
)
M(
    "Dottò nun ce la faccio più, mi' madre me sta a fa' impazzì da quando s'è trasferita da noi, so' allo stremo. Mauro",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-27 20:30",
    who="Mauro",
    note="romanesco",
)
M(
    "da quando prendo la quetiapina la mattina non riesco ad alzarmi per il sonno, è normale? ho chiesto anche al dottor Ferri ma non mi ha ancora risposto. Walter",
    "none",
    "",
    "medication",
    "sms",
    "03-04 09:50",
    who="Walter",
)
M(
    "Dotorè, oe seu trista meda, m'amancat mamma mia. Bona noti. Maria Bonaria",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-21 22:30",
    who="Maria Bonaria|Bonaria",
    note="sardo: oggi sono molto triste, mi manca mia madre",
)
M(
    "Cara dottoressa,\n\n"
    "come promesso le scrivo da Lanzarote, dove siamo arrivati domenica. Il viaggio è andato meglio del previsto: in "
    "aereo ho usato la respirazione che abbiamo provato insieme e al decollo ho tenuto la mano di Marco senza stringerla "
    "fino a fargli male, cosa che lui ha sottolineato ridendo.\n\n"
    "L'albergo è a Playa Blanca, piccolo, con una terrazza che guarda verso Fuerteventura. La mattina camminiamo sul "
    "lungomare fino al faro, il pomeriggio leggo all'ombra e Marco va a fare snorkeling. Ieri siamo saliti al parco di "
    "Timanfaya: sembra di stare sulla luna, e la guida cuoceva le salsicce sul calore della terra. Ho fatto un sacco di "
    "foto, gliene mostrerò un paio se le va.\n\n"
    "Con mia suocera ci siamo sentite una sola volta al telefono e, per la prima volta, non ho passato il resto della "
    "giornata a rimuginare su quello che mi aveva detto. Ho notato la differenza e volevo dirglielo.\n\n"
    "L'unica cosa storta: la valigia di Marco è arrivata con due giorni di ritardo e lui ha girato in costume e camicia "
    "dell'albergo. Abbiamo riso molto.\n\n"
    "Ho anche ricominciato a scrivere il diario la sera, come avevamo concordato: due righe, a volte mezza pagina, sulla "
    "terrazza con una tisana.\n\n"
    "Rientriamo il 12; confermo la seduta del 15 alle 17.30, in presenza come d'accordo.\n\n"
    "Un abbraccio,\n"
    "Fiorella",
    "none",
    "",
    "information psychotherapy",
    "email",
    "04-08 19:45",
    tz="Atlantic/Canary",
    who="Fiorella",
    note="e-mail lunga di vacanza, nessun rischio",
)
M(
    "scusi se le scrivo di domenica, possiamo spostare la seduta di martedì alle 18? Ho una riunione che non posso saltare. Grazie, Elena",
    "none",
    "apology",
    "cancellation",
    "sms",
    "10-25 11:00",
    who="Elena",
)
M(
    "ieri sera mi sono fatto due canne e tre birre da solo in camera per riuscire a dormire, stamattina ho un mal di testa assurdo. Kevin",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "12-05 11:40",
    who="Kevin",
)
M(
    "domani c'è l'udienza per l'affido dei bambini e ho una paura tremenda. Posso scriverle dopo? Mi aiuta sapere che c'è. Simone",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "06-10 21:00",
    who="Simone",
)
M(
    "mi hanno licenziato 😂😂😂 che giornata. lunedì le racconto. Gabriele",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "09-18 18:55",
    who="Gabriele",
    note="notizia negativa con emoji che ride",
)
M(
    "ciao dott... nn ho voglia di fare niente oggi... tt mi sembra grigio... vbb ci vediamo mercoledì",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-24 16:10",
    who="Jacopo",
)
M(
    "Buonasera, sono Lucia, la mamma di Viola. Viola non va a scuola da una settimana, non esce dalla camera e mangia pochissimo. Possiamo anticipare la seduta?",
    "moderate",
    "withdrawal support_request",
    "cancellation psychotherapy",
    "email",
    "03-17 20:40",
    who="Lucia",
    note="genitore riferisce il ritiro della paziente",
)
M(
    "Dottoressa la odio! :-) mi ha fatto piangere tutta la seduta ma adesso sto benissimo. Lia",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "02-05 20:15",
    who="Lia",
)
M(
    "ripensavo a quello che ci siamo detti martedì sui pensieri di morte che avevo l'anno scorso. oggi è una giornata buona, volevo dirglielo. Arianna",
    "low",
    "",
    "psychotherapy",
    "portal",
    "09-30 17:25",
    who="Arianna",
    note="passato discusso in seduta -> low",
)
