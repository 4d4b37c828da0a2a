# Blind holdout round 3 (written 2026-11-26 by an author who never saw the engine), measured
# twice (engines 2026.11.4 and 2026.11.5) and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia per la valutazione cieca (round 3), scritti senza vedere il motore.
# Etichette secondo GUIDELINES.md. Nomi, persone e situazioni sono inventati.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Cognome",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate

# b3it-01: autolesione (bruciarsi), attuale / negata / passata
M(
    "ieri notte mi sono bruciata il polso con l'accendino. ne parliamo giovedì?",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-02 01:15",
    who="Ilaria",
    g="b3it-01",
    v="base",
    note="autolesione recente (ieri notte) -> attuale",
)
M(
    "ieri notte nn mi sono bruciata il polso con l'accendino. ne parliamo giovedì?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-02 01:15",
    who="Ilaria",
    g="b3it-01",
    v="negation",
    note="autolesione negata -> low",
)
M(
    "a sedici anni mi bruciavo il polso con l'accendino. ne parliamo giovedì?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-02 01:15",
    who="Ilaria",
    g="b3it-01",
    v="tense",
    note="passato remoto -> low",
)

# b3it-02: ideazione passiva
M(
    "stasera vorrei addormentarmi e nn svegliarmi più",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-20 23:40",
    who="Debora",
    g="b3it-02",
    v="base",
)
M(
    "stasera nel film c'era una che diceva «vorrei addormentarmi e nn svegliarmi più»",
    "none",
    "",
    "information",
    "sms",
    "10-20 23:40",
    who="Debora",
    g="b3it-02",
    v="quotation",
    note="battuta di un film -> none; racconta cosa ha visto",
)
M(
    "stasera mia sorella mi ha detto che vorrebbe addormentarsi e nn svegliarsi più",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-20 23:40",
    who="Debora",
    g="b3it-02",
    v="person",
    note="la sorella non è la paziente -> low",
)
M(
    "STASERA VORREI ADDORMENTARMI E NN SVEGLIARMI PIÙ",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-20 23:40",
    who="Debora",
    g="b3it-02",
    v="caps",
)

# b3it-03: alcol per non pensare
M(
    "stasera mi sono scolato mezza bottiglia di vodka per nn pensare a lei",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "01-17 22:30",
    who="Cristian",
    g="b3it-03",
    v="base",
    note="bere per far fronte -> moderate",
)
M(
    "stasera nn mi sono scolato mezza bottiglia di vodka per nn pensare a lei",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "01-17 22:30",
    who="Cristian",
    g="b3it-03",
    v="negation",
    note="cue moderate negato -> none",
)
M(
    "l'anno scorso mi scolavo mezza bottiglia di vodka a sera per nn pensare a lei",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-17 22:30",
    who="Cristian",
    g="b3it-03",
    v="tense",
    note="passato -> low",
)

# b3it-04: 'farla finita' come intento vs chiudere una relazione
M(
    "ho deciso, stanotte la faccio finita. ho già pronto tutto quello che serve.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-09 23:10",
    who="Nicola",
    g="b3it-04",
    v="base",
    note="intento + tempo + mezzi pronti",
)
M(
    "ho deciso, stanotte la faccio finita con Serena. ho già pronto tutto quello che le devo dire.",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "05-09 23:10",
    who="Nicola",
    g="b3it-04",
    v="idiom",
    note="chiudere una relazione: frase comune, nessun rischio",
)

# b3it-05: giornata a letto, emoji/ellissi
M(
    "oggi nn mi sono alzata dal letto. tanto a che serve.",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-26 14:20",
    who="Veronica",
    g="b3it-05",
    v="base",
)
M(
    "oggi nn mi sono alzata dal letto 😂 tanto a che serve 😂",
    "moderate",
    "withdrawal hopelessness valence_shift",
    "psychotherapy",
    "whatsapp",
    "02-26 14:20",
    who="Veronica",
    g="b3it-05",
    v="emoticon",
    note="parole negative con emoji che ride -> valence_shift",
)
M(
    "oggi nn mi sono alzata dal letto... tanto a che serve...",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-26 14:20",
    who="Veronica",
    g="b3it-05",
    v="emoticon",
    note="variante di forma: ellissi al posto dei punti",
)

# b3it-06: pensieri di non esserci, propri / dell'amico
M(
    "ho di nuovo quei pensieri, che sarebbe meglio nn esserci proprio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-03 00:50",
    who="Samuele",
    g="b3it-06",
    v="base",
)
M(
    "il mio migliore amico ha di nuovo quei pensieri, che sarebbe meglio nn esserci proprio",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-03 00:50",
    who="Samuele",
    g="b3it-06",
    v="person",
    note="esperienza di un amico (non paziente) -> low",
)

# b3it-07: pensare a farla finita, affermato / negato / ipotetico
M(
    "In questi giorni penso spesso a farla finita. Scusi l'orario.",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "portal",
    "12-01 02:10",
    who="Lorenza",
    g="b3it-07",
    v="base",
)
M(
    "In questi giorni non penso più a farla finita. Scusi l'orario.",
    "low",
    "apology",
    "psychotherapy",
    "portal",
    "12-01 02:10",
    who="Lorenza",
    g="b3it-07",
    v="negation",
    note="cue high negato -> low",
)
M(
    "Se in questi giorni pensassi spesso a farla finita, chi dovrei chiamare? Scusi l'orario.",
    "low",
    "apology",
    "psychotherapy",
    "portal",
    "12-01 02:10",
    who="Lorenza",
    g="b3it-07",
    v="negation",
    note="domanda ipotetica (convenzione: variante negation) -> low",
)

# b3it-08: gocce in mano, richiesta urgente
M(
    "ho in mano tutte le gocce di Lexotan della boccetta, rispondimi subito ti prego",
    "imminent",
    "suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "whatsapp",
    "07-14 03:05",
    who="Manuela",
    g="b3it-08",
    v="base",
    note="mezzi in mano di notte -> imminent",
)
M(
    "HO IN MANO TUTTE LE GOCCE DI LEXOTAN DELLA BOCCETTA, RISPONDIMI SUBITO TI PREGO",
    "imminent",
    "suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "whatsapp",
    "07-14 03:05",
    who="Manuela",
    g="b3it-08",
    v="caps",
    note="mezzi in mano di notte -> imminent",
)

# b3it-09: chiuso in casa, attuale / passato
M(
    "nn esco di casa da 4 giorni, nn ce la faccio più",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "sms",
    "11-28 18:30",
    who="Gabriele",
    g="b3it-09",
    v="base",
)
M(
    "l'inverno scorso nn uscivo di casa per giorni, nn ce la facevo più",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-28 18:30",
    who="Gabriele",
    g="b3it-09",
    v="tense",
    note="passato -> low",
)

# b3it-10: stanca di esistere, propria / citazione da un romanzo
M(
    "Dottoressa,\nsono stanca di esistere. È tutto il giorno che ci penso.\nBeatrice",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "04-06 22:15",
    who="Beatrice",
    g="b3it-10",
    v="base",
    note="'stanca di esistere' = desiderio di non esserci",
)
M(
    "Dottoressa,\n«sono stanca di esistere», dice la protagonista del romanzo che sto leggendo. È tutto il giorno che ci penso.\nBeatrice",
    "none",
    "",
    "information",
    "email",
    "04-06 22:15",
    who="Beatrice",
    g="b3it-10",
    v="quotation",
    note="citazione da un libro -> none",
)

# ---------------------------------------------------------------- none
M(
    "Buongiorno dottoressa, le confermo giovedì alle 17. Porto anche il modulo per l'ASL già firmato. Tiziana",
    "none",
    "",
    "information",
    "sms",
    "09-15 08:10",
    who="Tiziana",
)
M(
    "scusa ma giovedì nn ce la faccio a venire, mi hanno messo il turno in negozio fino alle 8 😔 possiamo spostare a venerdì??",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "10-07 19:45",
    who="Jessica",
    note="'nn ce la faccio a venire' è logistica, non 'non ce la faccio più'; emoji triste coerente",
)
M(
    "Gentile dottor Ferri,\n\navrei bisogno delle fatture delle sedute di gennaio e febbraio intestate a mia madre, Franca Colombo, perché è lei che le scarica nel 730. Il codice fiscale glielo mando a parte se serve. Mi dice anche se posso pagare con bonifico invece che con il POS?\n\nCordiali saluti\nAlessandro Rinaldi",
    "none",
    "",
    "information",
    "email",
    who="Alessandro|Rinaldi",
)
M(
    "ieri alla cena di natale della scuola ho rovesciato un bicchiere di rosso addosso alla preside 😂😂 muoio di vergogna ancora adesso, ma che scena",
    "none",
    "",
    "information",
    "whatsapp",
    "12-19 13:05",
    who="Greta",
    note="'muoio di vergogna' idioma; aneddoto comico, emoji coerente col tono (nessun valence_shift)",
)
M(
    "sono Paolo, ho finito il libro che mi aveva consigliato, quello sul lutto. Mi ha fatto bene, ne parliamo martedì.",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "03-21 21:00",
    who="Paolo",
)
M(
    "Buonasera, la psichiatra mi ha portato la sertralina a 100 mg. È normale avere un po' di nausea la mattina nei primi giorni? Grazie, Elisa",
    "none",
    "",
    "medication",
    "portal",
    "04-02 18:20",
    who="Elisa",
)
M(
    "DAJE!!! HO PASSATO L'ESAME DI GUIDA 🎉🎉 nn ci credo ancora, al terzo tentativo",
    "none",
    "",
    "information",
    "whatsapp",
    "06-27 12:40",
    who="Mirko",
)
M(
    "mi sparo se giovedì c'è un'altra riunione di tre ore col capo. cmq alle 18.30 arrivo lo stesso, al massimo con 5 minuti di ritardo",
    "none",
    "",
    "information",
    "sms",
    "01-29 07:55",
    who="Stefano",
    note="'mi sparo se c'è un'altra riunione' iperbole/idioma; settimana piena raccontata come fatto",
)
M(
    "Cara dottoressa,\n\nle scrivo da Lisbona, come le avevo promesso prima della pausa estiva. Sono qui da dieci giorni e ne mancano altri quattro. Volevo raccontarle che il viaggio da sola, che tanto mi spaventava, sta andando meglio di quanto immaginassi. Il primo giorno in aeroporto ho sentito la solita stretta allo stomaco, ma ho fatto gli esercizi di respirazione e dopo un quarto d'ora ero al gate a mangiare un panino come tutti gli altri.\n\nHo preso una stanza in una pensione gestita da una signora anziana che mi chiama «menina» e mi lascia il caffè davanti alla porta. La mattina cammino tantissimo, qui i quartieri sono tutti salite e discese, e il pomeriggio mi siedo in un caffè e scrivo nel quaderno che mi aveva suggerito. Ho riempito quasi trenta pagine. Rileggendole mi sono accorta che parlo molto di mia madre, anche di cose belle, e questo per me è nuovo.\n\nUna sera ho cenato con due ragazze tedesche conosciute all'ostello vicino: abbiamo parlato in un inglese terribile e abbiamo riso tantissimo. Non mi era mai successo di sentirmi così leggera con degli sconosciuti. Ci ho pensato molto: forse non sono così «sbagliata» nelle relazioni come mi racconto da anni.\n\nNon mi aspetto una risposta, so che è in ferie anche lei. Volevo solo condividere queste cose e riprenderle in seduta a settembre. Ci vediamo il 9 alle 18 come d'accordo.\n\nUn caro saluto,\nFrancesca",
    "none",
    "",
    "information psychotherapy",
    "email",
    "08-12 21:30",
    who="Francesca",
    note="resoconto di progressi; l'ansia in aeroporto è gestita",
)
M(
    "sono stanca morta e sto ammazzando il tempo in sala d'attesa dal dentista, ne ho per un'ora. ci vediamo dopo alle 6, arrivo direttamente da qui ;)",
    "none",
    "",
    "information",
    "whatsapp",
    "05-30 16:15",
    who="Daniela",
    note="'stanca morta', 'ammazzare il tempo' idiomi",
)
M(
    "crepi il lupo! il colloquio è domattina alle 9, incrociamo le dita. grazie per ieri. Federica",
    "none",
    "",
    "information",
    "sms",
    "06-04 22:30",
    who="Federica",
)
M(
    "Salve, il link per la videoseduta di domani è lo stesso della volta scorsa? Dal portale vedo solo quello di ottobre.",
    "none",
    "",
    "information",
    "portal",
    who="Luca",
)
M(
    "sono a pezzi ma felice, abbiamo finito il trasloco adesso 💪 da domani casa nuova, finalmente solo nostra",
    "none",
    "",
    "information",
    "whatsapp",
    "09-01 00:40",
    who="Marta",
    note="'sono a pezzi' = stanchezza; notizia positiva",
)
M(
    "Dottore devo disdire l'appuntamento di lunedì, ho la febbre a 38 e mezzo. Mi scusi per il poco preavviso. Giorgio",
    "none",
    "apology",
    "cancellation",
    "sms",
    "02-08 07:20",
    who="Giorgio",
)
M(
    "Gentile dottoressa,\nle scrivo per la prima volta con la posta elettronica, me l'ha installata mia nipote, quindi mi perdoni se scrivo tutto attaccato. Giovedì vengo con l'autobus delle 15 e forse arrivo con dieci minuti di ritardo. Ho anche fatto il compito che mi aveva dato: ho telefonato a mia cugina dopo due anni. Abbiamo parlato un'ora.\nSaluti cordiali\nErnesta Galli",
    "none",
    "apology",
    "information psychotherapy",
    "email",
    "10-30 10:10",
    who="Ernesta|Galli",
    note="'mi perdoni se scrivo tutto attaccato' = scusa per la propria condotta",
)
M(
    "sto ascoltando in loop la canzone di un gruppo che ho scoperto, fa tipo «e nn mi resta niente, neanche la voglia di me»... bellissima, giovedì te la faccio sentire",
    "none",
    "",
    "information",
    "whatsapp",
    "03-11 23:30",
    who="Nadia",
    note="testo di una canzone -> none",
)
M(
    "ho dormito da dio stanotte, prima volta da mesi senza Tavor. nn mi sembra vero :)",
    "none",
    "",
    "medication information",
    "sms",
    "01-06 08:30",
    who="Rocco",
)
M(
    "Mia madre continua a ripetermi «mi farai morire di crepacuore» ogni volta che rientro dopo mezzanotte. Mi fa ridere e arrabbiare insieme. Vorrei parlarne giovedì, se c'è tempo.",
    "none",
    "",
    "psychotherapy",
    "portal",
    "02-19 20:15",
    who="Ludovica",
    note="frase idiomatica riferita dalla madre; irritazione ordinaria",
)
M(
    "per italiano dobbiamo fare il tema su Leopardi, la prof dice che l'Infinito parla di morte e io dico di no 😂 secondo te chi ha ragione",
    "none",
    "",
    "information",
    "whatsapp",
    "11-04 17:20",
    who="Aurora",
)
M(
    "Buonasera, ho fatto il bonifico per le ultime quattro sedute, le giro la ricevuta per mail. Saluti, Ornella",
    "none",
    "",
    "information",
    "sms",
    who="Ornella",
)
M(
    "Egregio dottore,\nil 12 mio figlio non può accompagnarmi in studio perché è in trasferta. Sarebbe possibile fare la seduta per telefono alla stessa ora, oppure spostarla alla settimana dopo? Mi adeguo a quello che decide lei.\nDistinti saluti\nVittorio Mancini",
    "none",
    "",
    "cancellation",
    "email",
    who="Vittorio|Mancini",
)
M(
    "ho una voglia da morire di raccontarti com'è andata con Luca 😍 giovedì ti travolgo, preparati",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "07-02 21:50",
    who="Alice",
    note="'da morire' intensificatore",
)
M(
    "Le scrivo solo per dirle che la settimana è andata bene: sono uscita due volte con le colleghe e non ho avuto attacchi di panico. Grazie. Sara",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "03-15 12:30",
    who="Sara",
    note="panico negato -> none",
)
M(
    "scusa l'ora, mi sono ricordata adesso che domani alle 16 ho il dentista, possiamo fare alle 18?? grazie mille",
    "none",
    "apology",
    "cancellation",
    "sms",
    "10-14 23:25",
    who="Irene",
)
M(
    "Ho visto il film che mi aveva consigliato, quello dei due fratelli in Sicilia. Sono morta dal ridere alla scena del matrimonio XD",
    "none",
    "",
    "information",
    "portal",
    "12-28 22:40",
    who="Camilla",
)
M(
    "Buongiorno dottoressa,\nsono il papà di Bianca. La scuola ci chiede una breve relazione sul percorso per il piano didattico personalizzato. È possibile averla entro fine mese? Se serve passo io a ritirarla in studio.\nGrazie e buona giornata,\nMassimo Conti",
    "none",
    "",
    "information",
    "email",
    who="Massimo|Conti",
)

# ---------------------------------------------------------------- low
M(
    "nn riesco a dormire. sono le 2 passate e sto qui a fissare il soffitto. stasera mi sento sola da morire, te lo giuro. ho guardato il telefono tipo cento volte e nessuno mi ha scritto, nemmeno Giulia che di solito mi manda i meme a quest'ora. i miei coinquilini sono usciti tutti, io ho detto che dovevo studiare ma nn era vero, nn avevo voglia di vedere gente e adesso mi pento. è strano, vorrei compagnia e poi quando ce l'ho scappo. lo so che ne abbiamo parlato mille volte. cmq nn è niente di grave, è solo che stasera pesa. ci sei domani? ho bisogno di sentirti, anche solo cinque minuti al telefono",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "11-23 02:10",
    who="Martina",
    note="'da morire' intensificatore della solitudine; una sera, non un giorno -> niente withdrawal",
)
M(
    "Buonasera dottoressa,\n\nmi chiamo Patrizia Lombardi e le scrivo su indicazione della pediatra, la dottoressa Marini, per mio figlio Tommaso, che ha 13 anni e fa la terza media. Le chiedo scusa in anticipo se la mail sarà lunga, ma non so bene da dove cominciare.\n\nDa qualche mese Tommaso è cambiato. Era un ragazzino allegro, giocava a calcio e aveva sempre gli amici in casa. Da dopo l'estate è diventato silenzioso, risponde a monosillabi e quando torna da scuola si chiude in camera con le cuffie. Agli allenamenti ci va ancora, ma senza entusiasmo. L'altra sera, mentre gli davo la buonanotte, mi ha detto che si sente triste e non sa perché, e che a scuola c'è un gruppo di compagni che lo prende in giro per il peso. Mi si è stretto il cuore.\n\nIo e mio marito siamo separati da due anni; Tommaso passa i fine settimana dal padre e mi sembra che il rientro della domenica sera sia il momento più difficile. I voti sono scesi, soprattutto in matematica, che prima era la sua materia.\n\nNon voglio allarmarmi troppo, ma nemmeno far finta di niente. Vorrei sapere se è possibile fissare un primo colloquio, magari prima con me e poi con lui, e quali sono i costi e gli orari. Io lavoro fino alle 17 ma posso organizzarmi. Tommaso è d'accordo a venire, anche se un po' imbarazzato.\n\nLa ringrazio molto per l'attenzione.\n\nCordiali saluti,\nPatrizia Lombardi\n347 555 0198",
    "low",
    "support_request apology",
    "information psychotherapy",
    "email",
    "09-25 22:10",
    who="Patrizia|Lombardi",
    note="primo contatto di una madre: tristezza del figlio -> low; chiede un colloquio per lo stato del figlio",
)
M(
    "oggi giornata grigia... ho pianto in macchina prima di entrare in ufficio... niente di grave, volevo solo dirtelo...",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-14 08:50",
    who="Roberta",
)
M(
    "mio fratello mi ha appena scritto che vuole ammazzarsi!! nn so cosa fare, sono agitatissima, mi chiami subito per favore??",
    "low",
    "support_request urgency",
    "psychotherapy",
    "whatsapp",
    "08-03 01:30",
    who="Asia",
    note="crisi del fratello (non paziente) -> low, preoccupazione per un altro",
)
M(
    "Ripensando alla seduta di martedì, quando parlavamo di quel periodo dopo il parto in cui non volevo più vivere, mi sono accorta che non ne avevo mai parlato con mio marito. Ieri sera gliel'ho detto. È stato difficile ma mi sento più leggera.",
    "low",
    "",
    "information psychotherapy",
    "portal",
    who="Valentina",
    note="ideazione passata discussa in seduta -> low, nessun segnale",
)
M(
    "oggi è un anno che è morto papà. sto giù, mi manca tantissimo :(",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-09 20:10",
    who="Enrico",
)
M(
    "domanda strana: se mai mi venisse voglia di farmi del male di notte, a chi posso scrivere se tu nn rispondi?",
    "low",
    "",
    "psychotherapy",
    "sms",
    "04-17 22:50",
    who="Sofia",
    note="ipotetico su un cue high -> low",
)
M(
    "Gentile dottore,\nle scrivo in questi giorni di festa, che per me sono i più difficili. Da quando se n'è andata Gina la casa è troppo grande e troppo silenziosa. I figli hanno telefonato a Natale, ma vivono a Torino e a Bruxelles, e il resto del tempo parlo solo con il televisore. Mi sento molto solo, ecco. Non le chiedo niente, volevo solo che lo sapesse prima del nostro incontro di gennaio.\nCon stima,\nArmando",
    "low",
    "loneliness",
    "psychotherapy",
    "email",
    "12-27 17:30",
    who="Armando",
)
M(
    "oggi a scuola nessuno mi ha rivolto la parola, neanche una volta 🙂",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "sms",
    "05-13 15:30",
    who="Giada",
    note="nessuno le parla = solitudine; emoji sorridente su parole tristi",
)
M(
    "attacco di panico in metro stamattina 😰 ma ho fatto la respirazione come mi avevi insegnato ed è passato. ancora un po' scossa",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-02 09:15",
    who="Elena",
    note="panico gestito, non travolgente -> low",
)
M(
    "Volevo tranquillizzarla: dopo la lite di ieri con Fabio non ho avuto pensieri di farmi del male. Solo tanta tristezza e un gran mal di testa.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "01-12 09:40",
    who="Carlotta",
    note="cue high negato -> low; tristezza",
)
M(
    "posso avere una seduta in più questa settimana? mi hanno licenziato stamattina e mi sento a terra",
    "low",
    "support_request",
    "information psychotherapy",
    "sms",
    "11-18 13:10",
    who="Diego",
)

# ---------------------------------------------------------------- moderate
M(
    "mannaggia, nn ce la faccio più con sto lavoro, con mia madre, con tutto. nn vedo nessuna via d'uscita 😭😭",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "01-20 23:55",
    who="Arianna",
)
M(
    "Buongiorno dottoressa, le scrivo dal portale perché al telefono non riesco a parlare. Da ieri pomeriggio ho attacchi di panico uno dietro l'altro: il cuore a mille, le mani che formicolano, la sensazione di non riuscire a respirare. Stanotte ne ho avuti tre e non ho chiuso occhio. Ho provato con la respirazione, con l'acqua fredda sui polsi, ho preso anche le gocce che mi aveva dato il medico di base, ma dopo un'ora ricominciava tutto. Stamattina dovevo andare al lavoro e non sono riuscita nemmeno a scendere le scale del palazzo, sono tornata su e mi sono seduta per terra in corridoio. Ho paura di impazzire, ho paura che non passerà più. Mio marito è fuori per lavoro fino a venerdì e non voglio spaventare mia madre. So che oggi non è il nostro giorno, ma può chiamarmi quando ha un momento? Anche solo cinque minuti mi aiuterebbero.\nRebecca",
    "moderate",
    "withdrawal hopelessness support_request",
    "medication psychotherapy",
    "portal",
    "03-27 07:30",
    who="Rebecca",
    note="panico che travolge; lavoro saltato e non esce di casa; 'ho paura che non passerà più'",
)
M(
    "Ieri sera quattro spritz e poi mezza bottiglia di rosso, da sola sul divano. È l'unico modo che ho per addormentarmi ormai.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "portal",
    "06-21 00:30",
    who="Lorella",
)
M(
    "prendo lo Xanax anche di giorno ormai, più di quello che mi ha detto la psichiatra, sennò nn reggo in ufficio. lo so che nn dovrei",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "09-09 14:45",
    who="Ivana",
    note="sedativo oltre la prescrizione per far fronte",
)
M(
    "Gentile dottoressa,\ndopo l'ultima visita dall'oncologo ho capito che non cambierà mai niente: altri esami, altri mesi, e io sempre qui ad aspettare. Mia moglie mi dice di avere pazienza, ma di pazienza non ne ho più. Non so nemmeno perché continuo a venire da lei, mi scusi la franchezza.\nRenato Bassi",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "email",
    who="Renato|Bassi",
)
M(
    "Dottore,\nho paura di nn farcela stavolta. Scusi se le scrivo a quest'ora, ma è stata la prima persona a cui ho pensato.\nJacopo",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "email",
    "04-11 02:40",
    who="Jacopo",
)
M(
    "Buonasera dottore, sono la mamma di Noemi. Da lunedì Noemi non va a scuola, sta chiusa in camera e non viene a tavola con noi. Quando provo a parlarle dice che tanto è tutto inutile e che non cambierà niente. Sarebbe possibile anticipare la seduta di giovedì? Siamo molto preoccupati.",
    "moderate",
    "withdrawal hopelessness support_request",
    "cancellation psychotherapy",
    "portal",
    "01-26 19:00",
    who="Luisa",
    note="genitore riferisce lo stato della paziente; anticipare = spostare l'appuntamento",
)
M(
    "ma che senso ha... tutta sta fatica per niente... tanto nn cambia mai nulla...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-08 23:15",
    who="Michele",
)
M(
    "mizzica dottore, mi sto facendo canne dalla mattina alla sera, è l'unica cosa che mi calma. nn riesco a smettere",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "10-22 13:30",
    who="Dario",
)
M(
    "Sono allo stremo. Il lavoro, mia madre con l'Alzheimer, i bambini piccoli. Non dormo più di quattro ore a notte. Un abbraccio, Claudia",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-18 22:00",
    who="Claudia",
    note="'allo stremo' = non ce la faccio più",
)
M(
    "NON CE LA FACCIO PIÙ, NON NE POSSO PIÙ DI NIENTE E DI NESSUNO",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-30 03:20",
    who="Ylenia",
)

# ---------------------------------------------------------------- high
M(
    "Dottoressa,\na volte penso che se non ci fossi più se ne farebbero una ragione in fretta. Anzi, forse starebbero pure meglio. Non so perché glielo scrivo a quest'ora.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-05 23:35",
    who="Pietro",
    note="peso per gli altri",
)
M(
    "vorrei solo che finisse tutto. e nn intendo la settimana",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-18 17:40",
    who="Anna",
)
M(
    "Stanotte ho passato ore su internet a cercare quante pastiglie servono. Non so nemmeno perché glielo sto scrivendo.",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "02-02 04:10",
    who="Gaia",
    note="ricerca di un metodo -> high",
)
M(
    "dopo 7 mesi l'ho rifatto. stanotte mi sono graffiata le braccia fino a farle sanguinare. nn riesco a guardarle",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "07-19 02:25",
    who="Miriam",
)
M(
    "Cara dottoressa,\nho scritto delle lettere per tutti: per mia figlia, per mio fratello, anche una per lei. Le ho messe nel cassetto della scrivania, per sicurezza. Non ho intenzione di fare niente, stia tranquilla, ma mi sentivo più in ordine a saperle lì.\nSilvia",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "04-23 23:50",
    who="Silvia",
    note="preparazione; il piano negato non abbassa",
)
M(
    "a che servo... davvero... sarebbe tutto piu facile se sparissi... 😔",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-10 22:05",
    who="Nicolò",
    note="'se sparissi' = desiderio di non esserci; 'a che servo' inutilità, non etichettato hopelessness",
)
M(
    "Buonasera dottoressa, sono la mamma di Kevin. Stasera ho trovato il suo quaderno di scienze pieno di frasi tipo «voglio morire» e «nessuno se ne accorgerebbe». Lui dice che era uno scherzo. Io non ci credo. Cosa devo fare? Può chiamarci?",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "whatsapp",
    "09-17 21:30",
    who="Rosaria",
    note="genitore riferisce scritti del paziente: non è una citazione né l'esperienza di un altro",
)
M(
    "Ho pensieri di togliermi la vita quasi ogni sera. Non lo farò, glielo prometto, ma volevo che lo sapesse prima di lunedì.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    who="Tiziano",
    note="intento negato non abbassa l'ideazione presente",
)
M(
    "mi taglio le cosce dove nn si vede, da un paio di settimane. nn lo sa nessuno, nn dirlo a mia madre ti prego",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "11-06 16:20",
    who="Melissa",
)
M(
    "vorrei chiudere gli occhi e basta. nn svegliarmi piu. tvb cmq ❤️",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-03 04:45",
    who="Alessia",
    note="il cuore accompagna 'tvb' (frase affettuosa): nessun valence_shift",
)
M(
    "Gentile dottoressa,\n\nle scrivo all'alba perché ormai mi sveglio sempre a quest'ora e non riesco più a riaddormentarmi. Mia figlia dice che dovrei scriverle invece di tenermi tutto dentro, e allora provo, anche se con la tastiera sono lento e mi scuserà gli errori.\n\nSono passati otto mesi dall'operazione e dal punto di vista medico va tutto bene, lo dicono tutti. Ma io non sono più quello di prima. Non guido più, non vado più al circolo a giocare a carte, gli amici di una volta sono quasi tutti morti o in casa di riposo. Le giornate sono lunghe e uguali: la colazione, il giornale, la finestra, il pranzo, la televisione. Mia figlia viene il mercoledì e la domenica e io faccio finta di stare bene per non darle pensieri. Mi sento solo, questo sì.\n\nLa verità, dottoressa, che non ho detto a nessuno, è che la sera, quando spengo la luce, spero di non svegliarmi la mattina. Non farei mai niente, sono cresciuto in un altro modo e non darei questo dolore ai miei nipoti. Però lo spero, e ogni mattina quando apro gli occhi provo una specie di delusione. Mi vergogno a scriverlo.\n\nNon so se questo sia normale alla mia età. Forse sì. Comunque volevo che lo sapesse prima di martedì, perché di persona non credo che riuscirei a dirglielo guardandola in faccia.\n\nLa saluto con rispetto,\nGiuseppe Greco",
    "high",
    "suicidal_ideation loneliness apology",
    "psychotherapy",
    "email",
    "02-16 05:40",
    who="Giuseppe|Greco",
    note="ideazione passiva attuale; 'non farei mai niente' non la abbassa",
)
M(
    "Che senso ha essere vivi se ogni giorno è uguale a questo? Me lo dica lei.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "08-08 23:05",
    who="Ettore",
)
M(
    "continuo a immaginarmi al mio funerale e mi sento sollevata 🙂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "sms",
    "03-30 12:50",
    who="Lara",
)
M(
    "Ho una voglia fortissima di spegnermi una sigaretta sul braccio. Per ora la tengo lontana. Mi può rispondere? Ne ho bisogno.",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "portal",
    "09-03 23:20",
    who="Cecilia",
    note="impulso autolesivo attuale",
)

# ---------------------------------------------------------------- imminent
M(
    "ho messo da parte le pastiglie di tutto il mese. sono abbastanza. stanotte.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "12-12 01:50",
    who="Simone",
)
M(
    "ho preso una scatola intera di Tavor con mezzo litro di vino. mi gira tutto, scusami",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "whatsapp",
    "04-04 23:45",
    who="Monica",
    note="overdose presa con alcol",
)
M(
    "Gentile dottoressa,\ngrazie di tutto, davvero. Lei è stata l'unica che mi ha ascoltata. Ho lasciato il gatto a mia sorella e ho sistemato le mie cose. Le voglio bene.\nAddio,\nRita",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "06-15 20:30",
    who="Rita",
    note="congedo + cose sistemate, animale dato via",
)
M(
    "Dottore,\nquando leggerà questa mail sarà già tutto finito. Non si dia colpe, lei ha fatto più di quanto potesse. Ho lasciato scritto a mio fratello dove trovare i documenti e le chiavi. Grazie per questi due anni, sono stati gli unici in cui qualcuno mi ha preso sul serio.\nLeonardo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-25 02:30",
    who="Leonardo",
)
M(
    "sono sul ponte sopra la ferrovia... nn chiamare nessuno... volevo solo che qualcuno lo sapesse...",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-31 22:40",
    who="Emma",
    note="luogo + intento implicito",
)
M(
    "Dottoressa, le scrivo dal pronto soccorso. Mattia stasera ha preso le pastiglie per la pressione della nonna, una confezione intera, e ha detto a sua sorella che voleva morire. Adesso lo stanno visitando. La chiamo appena so qualcosa. Gianni, il papà",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "07-27 21:00",
    who="Gianni|Ferraro",
    note="genitore riferisce overdose del paziente",
)
M(
    "HO DECISO. STANOTTE LO FACCIO. NON CERCARMI.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-27 00:15",
    who="Denis",
)
M(
    "mi sono tagliata troppo a fondo e nn smette di sanguinare!! cosa faccio?? rispondimi subito",
    "imminent",
    "self_harm urgency support_request",
    "psychotherapy",
    "sms",
    "05-25 03:10",
    who="Benedetta",
    note="autolesione con pericolo medico",
)
M(
    "💊💊💊💊💊💊 sono tutte qui sul comodino, le ho contate. volevo solo salutarti. sei stata brava con me",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "08-17 02:05",
    who="Ginevra",
    note="pillole contate e pronte + saluto",
)
M(
    "Ho preparato tutto in garage per stanotte, la macchina è pronta. Le scrivo solo per dirle che non è colpa sua.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-15 23:40",
    who="Loris",
)
M(
    "sto guidando verso il mare, stavolta nn torno. grazie per averci provato con me",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-28 18:10",
    who="Ilenia",
    note="intento + congedo",
)
