# Blind holdout round 4 (written 2026-11-26 by an author who never saw the engine), measured
# with engines 2026.11.6 and 2026.11.7 (same figures) and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia, scritti per questo round senza vedere il motore. Etichette secondo GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Soprannome",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate
# b4it-01: autolesione recente / passato / altra persona
M(
    "stanotte mi sono graffiata le braccia con la punta delle forbici finché non ha smesso di fare male dentro. Marta",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-07 02:14",
    who="Marta",
    g="b4it-01",
    v="base",
)
M(
    "quando facevo la terza superiore mi graffiavo le braccia con la punta delle forbici finché non smetteva di fare male dentro. Marta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-07 02:14",
    who="Marta",
    g="b4it-01",
    v="tense",
    note="autolesione di anni fa -> low",
)
M(
    "stanotte mia sorella si è graffiata le braccia con la punta delle forbici finché non ha smesso di fare male dentro. Marta",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-07 02:14",
    who="Marta",
    g="b4it-01",
    v="person",
    note="esperienza della sorella (non paziente) -> low",
)

# b4it-02: pensare al metodo / negazione
M(
    "sono giorni che penso a come farla finita. mi sento uno stupido a scriverlo. Davide",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-19 23:48",
    who="Davide",
    g="b4it-02",
    v="base",
)
M(
    "sono giorni che non penso più a come farla finita. mi sento uno stupido a scriverlo. Davide",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-19 23:48",
    who="Davide",
    g="b4it-02",
    v="negation",
    note="ideazione negata -> low",
)

# b4it-03: desiderio passivo / citazione da un libro
M(
    "Certe notti vorrei solo addormentarmi e non svegliarmi mai più. Serena",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-02 00:30",
    who="Serena",
    g="b4it-03",
    v="base",
)
M(
    "Nel romanzo che leggiamo al gruppo di lettura la protagonista scrive: «Certe notti vorrei solo addormentarmi e non svegliarmi mai più». Serena",
    "none",
    "",
    "information",
    "portal",
    "05-02 00:30",
    who="Serena",
    g="b4it-03",
    v="quotation",
    note="citazione da un libro -> none",
)

# b4it-04: intento / modo di dire (chiudere una relazione)
M(
    "Stasera la faccio finita, ho deciso. Grazie di tutto, davvero. Elisa",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-18 22:15",
    who="Elisa",
    g="b4it-04",
    v="base",
    note="intento per stasera + congedo",
)
M(
    "Stasera la faccio finita con Stefano, ho deciso. Grazie di tutto, davvero. Elisa",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "04-18 22:15",
    who="Elisa",
    g="b4it-04",
    v="idiom",
    note="chiudere una relazione: frase quotidiana, relazione -> psychotherapy",
)

# b4it-05: panico che travolge / maiuscole
M(
    "non ce la faccio più con questi attacchi di panico, il cuore mi batte fortissimo da un'ora e non riesco a respirare",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-28 23:20",
    who="Gabriele",
    g="b4it-05",
    v="base",
)
M(
    "NON CE LA FACCIO PIÙ con questi attacchi di panico, il cuore mi batte fortissimo da un'ora e non riesco a respirare",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-28 23:20",
    who="Gabriele",
    g="b4it-05",
    v="caps",
)

# b4it-06: parole negative / con emoji che ride (valence_shift)
M(
    "il colloquio per il posto in banca è andato malissimo, mi hanno praticamente riso in faccia. vabbè. Ginevra",
    "none",
    "",
    "information",
    "whatsapp",
    "04-02 19:05",
    who="Ginevra",
    g="b4it-06",
    v="base",
    note="delusione ordinaria, notizia",
)
M(
    "il colloquio per il posto in banca è andato malissimo, mi hanno praticamente riso in faccia 😂 vabbè. Ginevra",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "04-02 19:05",
    who="Ginevra",
    g="b4it-06",
    v="emoticon",
    note="parole negative + emoji che ride",
)

# b4it-07: bere per non pensare / negazione / passato
M(
    "ieri sera mi sono scolato mezza bottiglia di grappa da solo in cucina per non pensare a lei. Franco",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "03-11 08:10",
    who="Franco",
    g="b4it-07",
    v="base",
)
M(
    "ieri sera non mi sono scolato mezza bottiglia di grappa da solo in cucina per non pensare a lei. Franco",
    "none",
    "",
    "psychotherapy",
    "sms",
    "03-11 08:10",
    who="Franco",
    g="b4it-07",
    v="negation",
    note="cue moderate negato -> none",
)
M(
    "anni fa, dopo la separazione, mi scolavo mezza bottiglia di grappa da solo in cucina per non pensare a lei. Franco",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-11 08:10",
    who="Franco",
    g="b4it-07",
    v="tense",
    note="bere per far fronte, passato -> low",
)

# b4it-08: genitore riferisce la figlia (paziente) / riferisce della cugina
M(
    "Gentile dottoressa, ieri sera Aurora ha detto a sua cugina che vorrebbe morire e che tanto nessuno se ne accorgerebbe. Siamo molto preoccupati, possiamo sentirla al telefono oggi? Grazie, Paola (mamma di Aurora)",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "04-14 07:55",
    who="Paola",
    g="b4it-08",
    v="base",
    note="genitore riferisce lo stato della paziente",
)
M(
    "Gentile dottoressa, ieri sera la cugina di Aurora le ha detto che vorrebbe morire e che tanto nessuno se ne accorgerebbe. Siamo molto preoccupati, possiamo sentirla al telefono oggi? Grazie, Paola (mamma di Aurora)",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "04-14 07:55",
    who="Paola",
    g="b4it-08",
    v="person",
    note="la cugina non è la paziente: esperienza di altri -> low; la madre chiede contatto per la preoccupazione",
)

# b4it-09: pastiglie messe da parte e orario / domanda ipotetica
M(
    "Ho messo da parte le compresse di Xanax da un mese, ora sono abbastanza. Stanotte le prendo tutte. Riccardo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy medication",
    "portal",
    "05-09 23:55",
    who="Riccardo",
    g="b4it-09",
    v="base",
    note="mezzi raccolti + quando",
)
M(
    "Se un giorno mi venisse da mettere da parte le compresse di Xanax per prenderle tutte insieme, chi dovrei chiamare di notte? Riccardo",
    "low",
    "",
    "psychotherapy medication",
    "portal",
    "05-09 23:55",
    who="Riccardo",
    g="b4it-09",
    v="negation",
    note="domanda ipotetica -> low",
)

# b4it-10: umore basso / stessa frase con puntini
M(
    "mi sento un po' giù oggi, niente di grave. ci vediamo lunedì. Bea",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-24 18:30",
    who="Beatrice|Bea",
    g="b4it-10",
    v="base",
)
M(
    "mi sento un po' giù oggi... niente di grave... ci vediamo lunedì... Bea",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-24 18:30",
    who="Beatrice|Bea",
    g="b4it-10",
    v="emoticon",
    note="variante di forma: puntini al posto dei punti",
)

# ---------------------------------------------------------------- none
M(
    "Buongiorno dott.ssa Ferri, le confermo giovedì alle 17. Porto il modulo per la detrazione del 730. Cordiali saluti, Giorgio Pellegrini",
    "none",
    "",
    "information",
    "sms",
    "03-05 09:12",
    who="Giorgio",
)
M(
    "ciao dottoressa, mi si è rotta la macchina sulla Romea e nn arrivo x le 18 😩 possiamo spostare a venerdì? Luca",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "03-06 16:40",
    who="Luca",
)
M(
    "Gentile dottore, lo psichiatra mi ha alzato la sertralina a 100 mg. Da tre giorni ho un po' di nausea la mattina, è una cosa che passa? Anna Maria Sanna",
    "none",
    "",
    "medication",
    "portal",
    "03-09 11:05",
    who="Anna Maria",
)
M(
    "Buonasera, avrei bisogno della fattura delle sedute di marzo intestata a mia madre, Carla Bosio (il codice fiscale gliel'ho già mandato). Mi serve per il rimborso dell'assicurazione. Grazie mille, Alberto",
    "none",
    "",
    "information",
    "email",
    "04-01 19:30",
    who="Alberto",
)
M(
    "sono stanca morta, oggi tre turni in corsia. domani alle 9 ci sono comunque. Ilaria",
    "none",
    "",
    "information",
    "sms",
    "03-12 22:50",
    who="Ilaria",
    note="modo di dire",
)
M(
    "muoio dal ridere, mio figlio ha imparato la parola psicoterapeuta e la dice a tutti al parco 🤣🤣",
    "none",
    "",
    "information",
    "whatsapp",
    "04-04 18:20",
    who="Manuela",
    note="modo di dire",
)
M(
    "stamattina in macchina hanno passato Vasco e ho cantato 'voglio una vita spericolata' a squarciagola col finestrino giù. Mi è venuto in mente quello che ci siamo detti sul lasciarsi andare 😄 Simone",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-10 08:45",
    who="Simone",
)
M(
    "Ieri sera ho finalmente visto 'La vita è bella' con mio padre. Abbiamo pianto tutti e due, ma è stata una bella serata, la prima da tanto tempo in cui stiamo insieme senza litigare. Volevo raccontarglielo. Martina",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "03-16 10:15",
    who="Martina",
)
M(
    "ok grazie",
    "none",
    "",
    "",
    "sms",
    "03-17 13:02",
    who="Gino",
    note="semplice conferma: nessun topic",
)
M(
    "Caro dottor Bellini,\n\nle scrivo da Otranto, come le avevo promesso prima di partire. Volevo raccontarle com'è andata la prima settimana di vacanza con Giorgio e i ragazzi, visto che era una delle cose che mi preoccupavano di più. Il viaggio in macchina è stato lungo ma tranquillo: ci siamo fermati a Caserta da mia cognata e, per una volta, non ho sentito il bisogno di controllare tutto io, dalle valigie alle merende. Ho lasciato fare a lui, e il mondo non è crollato.\n\nCon mia figlia le cose vanno meglio di quanto pensassi. Martedì siamo andate da sole a vedere le grotte e abbiamo parlato per ore, anche della scuola e del ragazzo che frequenta. Mi sono accorta che riesco ad ascoltarla senza dare subito un giudizio, come abbiamo provato a fare in seduta. Non sempre, eh: ieri sera abbiamo discusso per il telefono a tavola, ma dopo mezz'ora era passato.\n\nDormo meglio, mangio con calma, leggo. Ho finito il romanzo che mi aveva consigliato la mia amica Loredana e ne ho iniziato un altro. Il mare la mattina presto è la cosa più bella che ci sia.\n\nRientriamo il 24. Le confermo che ci vediamo il primo settembre alle 10, come avevamo fissato. Se per caso dovesse cambiare qualcosa dal suo lato, mi scriva pure qui.\n\nUn caro saluto e buone vacanze anche a lei,\nStefania Longo",
    "none",
    "",
    "information psychotherapy",
    "email",
    "08-12 09:40",
    who="Stefania",
)
M(
    "GRAZIE GRAZIE GRAZIE HO PASSATO L'ESAME DI STATO!!! 🎉🎉 senza di lei nn ce l'avrei fatta. Irene",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-06 13:15",
    who="Irene",
)
M(
    "Mi scusi dottoressa, domani devo disdire, la bambina ha la febbre a 39. La richiamo io in settimana per fissare. Rosaria",
    "none",
    "apology",
    "cancellation",
    "sms",
    "03-18 07:30",
    who="Rosaria",
)
M(
    "Buongiorno dottore, io sono Olena. Volevo chiedere se martedì la seduta è in studio o in video, perché a lavoro hanno cambiato i miei turni e finisco alle 18.",
    "none",
    "",
    "information",
    "portal",
    "03-20 12:40",
    who="Olena",
)
M(
    "dottò la ricetta del Depakin me la fa lei o il dottor Russo? in farmacia senza nn me lo danno",
    "none",
    "",
    "medication",
    "sms",
    "03-23 10:10",
    who="Rocco",
)
M(
    "Gentile dott. Marchetti, grazie per la lettera dopo la seduta di famiglia. L'abbiamo letta insieme a cena, anche Edoardo. Confermo per tutti e quattro il 12 maggio alle 18:30. Un saluto, Roberto Conti",
    "none",
    "",
    "information psychotherapy",
    "email",
    "04-29 21:00",
    who="Roberto",
)
M(
    "stasera al cineforum danno 'Il giardino delle vergini suicide', lei l'ha visto? giovedì gliene parlo. Camilla",
    "none",
    "",
    "information",
    "sms",
    "04-15 17:45",
    who="Camilla",
    note="titolo di un film, non un cue",
)
M(
    "sto lavoro mi sta ammazzando, 12 ore al giorno sta settimana x la consegna. venerdì chiudiamo e respiro. a giovedì, Paolo",
    "none",
    "",
    "information",
    "whatsapp",
    "03-25 21:10",
    who="Paolo",
    note="modo di dire; settimana piena raccontata",
)
M(
    "Devo spostare l'appuntamento del 14 perché quel giorno discuto la tesi!! Non ci credo ancora. Possiamo fare il 16? Benedetta",
    "none",
    "",
    "cancellation information",
    "portal",
    "04-08 15:20",
    who="Benedetta",
)
M(
    "scusi l'ora, mi sono ricordato adesso che domani ho il turno di notte in fabbrica. possiamo spostare a mercoledì? Nicola",
    "none",
    "apology",
    "cancellation",
    "sms",
    "03-26 23:40",
    who="Nicola",
)
M(
    "dottorè tutt'a posto, stamattina aggio accompagnato 'a piccerella a scola e nun ha chiagnuto manco na vota. grazie p' 'e consigli! Carmela",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-21 09:30",
    who="Carmela",
)
M(
    "Sto leggendo Pavese e ho sottolineato: «non ci si libera di una cosa evitandola, ma soltanto attraversandola». Mi ha fatto pensare al discorso sull'ansia da esame. Arianna",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "04-23 16:10",
    who="Arianna",
)
M(
    "da quando abbiamo parlato non bevo più la sera, neanche la birra davanti alla partita. volevo dirglielo. Mauro",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-24 12:20",
    who="Mauro",
    note="cue moderate (bere) negato -> none",
)
M(
    "Gentile dottoressa, una domanda pratica: se ad agosto mi sentissi un po' giù, posso scriverle anche mentre lei è in ferie o devo rivolgermi al collega? Grazie, Elena",
    "none",
    "",
    "information",
    "email",
    "05-12 18:00",
    who="Elena",
    note="cue low ipotetico -> none; domanda pratica sulla reperibilità",
)
M(
    "Ripensavo a quella tristezza di Natale di cui abbiamo parlato tanto: oggi quasi mi fa sorridere. Grazie. Giovanna",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-27 11:30",
    who="Giovanna",
    note="cue low passato -> none",
)
M(
    "Buongiorno, sono Walter Ruggeri, il padre di Nicolò. Le scrivo per sapere se al primo colloquio per nostro figlio dobbiamo esserci tutti e due, visto che siamo separati da poco. Grazie, Walter Ruggeri",
    "none",
    "",
    "information",
    "email",
    "05-04 08:50",
    who="Walter",
    note="primo contatto di un genitore, pratico",
)

# ---------------------------------------------------------------- low
M(
    "nn riesco a dormire. sono le una passate e la casa fa dei rumori strani, da quando Marco è partito per Berlino mi sembra enorme. ho provato a guardare una serie ma dopo dieci minuti ho spento. mi sento sola, proprio sola, potrei stare zitta tutto il weekend e nessuno mi chiederebbe niente. mia madre chiama solo per la rata del mutuo, le amiche hanno tutte figli piccoli e la sera spariscono. lo so che dovrei scriverti domani e nn a quest'ora, scusa. è che almeno scrivendolo mi sembra di parlare con qualcuno. ci vediamo giovedì cmq. Sonia",
    "low",
    "loneliness apology",
    "psychotherapy",
    "whatsapp",
    "03-21 01:15",
    who="Sonia",
)
M(
    "Dottoressa, potremmo sentirci al telefono prima di giovedì? Dopo la lite di domenica con mio padre sono molto scossa e ho bisogno di parlarle. Valentina",
    "low",
    "support_request",
    "psychotherapy",
    "portal",
    "03-30 09:50",
    who="Valentina",
)
M(
    "il mio coinquilino stasera mi ha detto che vuole farla finita e si è chiuso in camera, ho paura!! mi può chiamare appena legge?",
    "low",
    "support_request urgency",
    "psychotherapy",
    "whatsapp",
    "04-03 23:35",
    who="Jacopo",
    note="crisi di un'altra persona -> low per il mittente",
)
M(
    "Volevo dirle che questa settimana non mi sono fatta del male, nemmeno dopo la lite con Asia 🙂 Noemi",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-11 19:20",
    who="Noemi",
    note="autolesione negata -> low",
)
M(
    "Gentile dottoressa, prima delle sue ferie volevo chiederle una cosa che mi preoccupa: se in quelle settimane mi tornassero i pensieri di morte, a chi posso rivolgermi? Preferisco saperlo prima. Grazie, Lorenzo",
    "low",
    "",
    "psychotherapy information",
    "email",
    "05-14 17:25",
    who="Lorenzo",
    note="ideazione ipotetica -> low",
)
M(
    "dopo la seduta di ieri ho ripensato a quando a vent'anni ho provato a buttarmi dal ponte di Bassano. nn pensavo di riuscire a dirlo ad alta voce. grazie. Fabrizio",
    "low",
    "",
    "psychotherapy",
    "sms",
    "04-16 08:00",
    who="Fabrizio",
    note="tentativo di molti anni fa, discusso in seduta -> low",
)
M(
    "scusa se ti scrivo di domenica, mi sento un po' a pezzi dopo il pranzo dai miei. niente di urgente, ne parliamo martedì. Sara",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "04-19 17:30",
    who="Sara",
)
M("sono triste 😢 tanto", "low", "", "psychotherapy", "whatsapp", "04-22 22:40", who="Mirko")
M(
    "Cara dottoressa,\n\nle scrivo da Lione, sono passate tre settimane dall'inizio dell'Erasmus e le avevo promesso che le avrei fatto sapere come stavo. La verità è che sto così così. L'università è bella, i corsi sono interessanti e il mio francese migliora ogni giorno, quindi da fuori sembra tutto perfetto. Ma la sera, quando torno nello studentato, mi sento sola come non mi era mai successo. I ragazzi del mio piano sono gentili ma hanno già i loro gruppi, parlano veloce, ridono di cose che non capisco, e io finisco per mangiare in camera guardando serie italiane.\n\nMia madre al telefono mi dice di uscire, di 'buttarmi', e io le dico di sì per non farla preoccupare. Con Andrea ci sentiamo meno del previsto, lui ha gli esami. Non sto male in modo grave, non voglio allarmarla: vado a lezione, mangio, dormo. È più una malinconia che mi prende verso le sette di sera e non se ne va finché non mi addormento.\n\nMi ricordo quello che mi aveva detto prima di partire, che i primi mesi sono i più difficili e che sentirsi un pesce fuor d'acqua non vuol dire aver sbagliato scelta. Me lo ripeto spesso. Sabato c'è una serata organizzata dall'associazione Erasmus e ho deciso che ci vado, anche se l'idea mi mette ansia.\n\nVolevo anche chiederle se per le sedute in video restiamo il mercoledì alle 18: con l'ora francese è uguale, quindi per me va benissimo.\n\nUn abbraccio,\nCaterina",
    "low",
    "loneliness",
    "psychotherapy information",
    "email",
    "10-05 21:35",
    who="Caterina",
)
M(
    "Buonasera, sono Lucia, la mamma di Pietro. Da qualche giorno lo vedo molto triste, a cena non parla quasi più. Possiamo anticipare la seduta di venerdì? Lucia",
    "low",
    "support_request",
    "psychotherapy cancellation",
    "email",
    "03-31 20:15",
    who="Lucia",
    note="genitore chiede di anticipare per lo stato del figlio",
)
M(
    "la mia migliore amica ha tentato di buttarsi dal balcone sabato... ora è ricoverata... io nn riesco a pensare ad altro, a scuola sto lì ma nn sento niente...",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-13 15:45",
    who="Greta",
    note="tentativo di un'altra persona -> low",
)
M(
    "tutto bene, sono solo un po' sola ultimamente 🙂",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "sms",
    "04-25 14:00",
    who="Rita",
    note="solitudine con sorriso",
)

# ---------------------------------------------------------------- moderate
M(
    "sono tre giorni che nn esco dal letto. al lavoro ho detto che ho la febbre",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "03-13 11:40",
    who="Ivan",
)
M(
    "non ce la faccio più... ogni giorno uguale a quello prima... tanto non cambierà mai niente, inutile che ci provo...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "03-22 02:10",
    who="Roberta",
)
M(
    "Devo dirle una cosa: questa settimana ho fumato canne tutte le sere per riuscire a dormire. So che ne avevamo parlato. Alessio",
    "moderate",
    "substance_use",
    "psychotherapy",
    "portal",
    "04-05 10:30",
    who="Alessio",
)
M(
    "Gentile dottor Piras,\n\nmi scusi se le scrivo di nuovo a distanza di due giorni. Da lunedì gli attacchi di panico sono tornati quasi ogni giorno: ieri mi è successo in metropolitana a Porta Venezia, sono dovuto scendere e sono rimasto seduto sulla panchina per quaranta minuti con le mani che tremavano. Stamattina non sono riuscito a entrare in ufficio, sono rimasto in macchina nel parcheggio. Ho paura di non farcela a reggere così fino alla seduta del 20. Sarebbe possibile vederci prima, anche in video? Capisco se non ha posto.\n\nCordiali saluti,\nEmanuele Fadda",
    "moderate",
    "hopelessness support_request apology",
    "psychotherapy cancellation",
    "email",
    "04-09 09:05",
    who="Emanuele",
    note="paura di non farcela + panico che travolge; una mattina fuori dall'ufficio non basta per withdrawal; chiede di anticipare",
)
M(
    "ma che senso ha tutto quanto 😞",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "04-12 00:40",
    who="Tiziana",
    note="nessun riferimento all'essere vivi",
)
M(
    "ho spento il telefono a tutti da venerdì, scrivo solo a te. nn sto andando in università e nn rispondo nemmeno a mia madre",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "04-14 16:00",
    who="Leonardo|Leo",
)
M(
    "Dottoressa, Matteo non va a scuola da lunedì, sta chiuso in camera col buio e non viene a mangiare con noi. Non so più cosa fare, ci può richiamare? Grazie, Daniela",
    "moderate",
    "withdrawal support_request",
    "psychotherapy",
    "sms",
    "04-16 13:25",
    who="Daniela",
    note="genitore riferisce il ritiro del figlio",
)
M(
    "stasera ho preso due xanax in più e un bicchiere di vino, solo x calmarmi. nn è niente eh",
    "moderate",
    "substance_use",
    "psychotherapy medication",
    "whatsapp",
    "04-17 23:15",
    who="Federica",
    note="sedativi oltre la prescrizione per calmarsi",
)
M(
    "Dottoressa, le scrivo dal portale perché al telefono non riesco a stare. Sono allo stremo. Tra i turni in reparto e mia madre con l'Alzheimer che la notte si alza e apre il gas, non dormo più di tre ore di fila da settimane. Mio fratello da Torino chiama ogni domenica per dirmi che dovrei 'organizzarmi meglio', come se non ci avessi già provato in tutti i modi. La badante è andata via a marzo e la RSA ha una lista d'attesa di un anno. Io mi alzo, lavoro, torno, la lavo, le do da mangiare, la rimetto a letto, e ricomincio. Non vedo una via d'uscita, davvero, non vedo come possa cambiare qualcosa nei prossimi mesi. Ogni tanto mi sorprendo a piangere in macchina nel parcheggio dell'ospedale prima di salire in reparto. Non le chiedo niente di particolare, solo che lo sappia prima di mercoledì. Ornella",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-03 22:20",
    who="Ornella",
)
M(
    "altro giorno passato a letto, tutto a posto insomma 😂😂",
    "moderate",
    "withdrawal valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-05 18:30",
    who="Dario",
)
M(
    "sono ubriaca. scusa. nn so xké ti scrivo",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "sms",
    "05-08 03:05",
    who="Alessandra|Ale",
)
M(
    "Dottoressa, io da due giorni non mangio, non esco dalla camera, non ho forza per niente. Scusa mio italiano. Amina",
    "moderate",
    "withdrawal apology",
    "psychotherapy",
    "portal",
    "05-10 15:10",
    who="Amina",
    note="si scusa per il proprio italiano",
)
M(
    "Gentile dottore, sono il papà di Kevin. Ieri sera in camera sua abbiamo trovato erba e cartine, e lui ci ha detto chiaro che fuma tutti i giorni, anche prima di scuola, perché 'è l'unico modo per stare tranquillo'. Non sappiamo come comportarci, possiamo parlarne con lei prima della prossima seduta? Salvatore",
    "moderate",
    "substance_use support_request",
    "psychotherapy",
    "email",
    "05-11 08:20",
    who="Salvatore|Totò",
    note="genitore riferisce l'uso del figlio per far fronte",
)

# ---------------------------------------------------------------- high
M(
    "vorrei sparire..... e nn svegliarmi domani... nn ho voglia di spiegare...",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-14 01:50",
    who="Nadia",
)
M(
    "sento un bisogno fortissimo di farmi male con la lametta, è da ore che ci giro intorno. mi chiama?",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "whatsapp",
    "03-15 22:30",
    who="Lisa",
)
M(
    "Mi rendo conto che per i miei figli sono solo un peso. Senza di me starebbero più tranquilli, lo penso ogni sera. Antonella",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "03-27 21:45",
    who="Antonella",
)
M(
    "Buonasera dottoressa,\n\nle scrivo di sera perché di giorno non trovo il coraggio. Ci ho pensato tanto se mandarle questa mail o aspettare giovedì, poi mi sono ricordato che mi aveva chiesto di dirle le cose quando succedono e non settimane dopo.\n\nDa circa dieci giorni, quando prendo il treno per Verona la mattina, mi ritrovo a guardare i binari in un modo che mi spaventa. Non è solo stanchezza. Penso a quanto sarebbe semplice fare un passo avanti quando passa il regionale veloce che non ferma a Peschiera. Ci penso con precisione: il punto della banchina, l'orario. Poi il treno arriva, salgo e vado in ufficio come se niente fosse, faccio le mie riunioni, rispondo alle mail. Nessuno se ne accorge.\n\nNon le scrivo per dirle che lo farò, non ho deciso niente. Le scrivo perché questi pensieri stanno diventando un'abitudine, ed è proprio questo che mi fa paura. A casa con Laura non ne ho parlato, lei è già preoccupata per suo padre e non voglio caricarla.\n\nHo pensato che forse dovrei cambiare percorso e prendere la macchina, almeno per qualche settimana. Non so se è una soluzione o se sto solo scappando. Mi piacerebbe parlarne giovedì e, se lei ritiene che serva, anche prima: sono disponibile in pausa pranzo.\n\nLa ringrazio,\nMichele",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "04-06 22:05",
    who="Michele",
    note="pensa a un metodo in dettaglio; intento negato non abbassa",
)
M(
    "non voglio più svegliarmi la mattina. è così da una settimana",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-08 00:20",
    who="Debora",
    note="negazione che porta il rischio",
)
M(
    "ieri sera mi sono bruciata il polso con l'accendino, ora c'è la bolla. nn lo sa nessuno",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "04-10 13:50",
    who="Jessica",
)
M(
    "che senso ha restare vivo se ogni giorno è questa fatica",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "04-13 23:10",
    who="Sergio",
)
M(
    "ho scritto una lettera per mia sorella, nel caso. non ho in mente niente eh, tranquilla",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-15 19:40",
    who="Manuela",
    note="preparazione; il piano negato non abbassa",
)
M(
    "penso sempre più spesso che sarebbe bello morire 🙂 cmq domani vengo",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy information",
    "whatsapp",
    "04-21 04:10",
    who="Nicolò|Nico",
)
M(
    "Ho pensieri di togliermi la vita quasi tutte le sere. Non farò niente, glielo prometto, ma vorrei parlarne giovedì con calma. Marco",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-22 18:05",
    who="Marco",
    note="intento negato non abbassa l'ideazione presente; chiede di parlarne in seduta, non un contatto extra",
)
M(
    "ormai quando attraverso nn guardo più, se una macchina mi prende pazienza",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-24 08:35",
    who="Ettore",
    note="ideazione passiva",
)
M(
    "Buongiorno. Ieri sera mi sono messo a cercare su internet quante compresse di paracetamolo servono per non svegliarsi. Non so perché le scrivo, forse per non tenerlo solo io. Tommaso",
    "high",
    "suicidal_ideation",
    "psychotherapy medication",
    "email",
    "04-28 07:10",
    who="Tommaso",
    note="ricerca di un metodo",
)
M(
    "dottore io non voglio più vivere così, io voglio morire. mia famiglia è lontano, qui nessuno mi capisce",
    "high",
    "suicidal_ideation loneliness",
    "psychotherapy",
    "whatsapp",
    "04-30 21:30",
    who="Bogdan",
)
M(
    "VOGLIO MORIRE",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-01 02:45",
    who="Gaia",
)
M(
    "ho ricominciato a graffiarmi le cosce con le unghie, nessuno lo sa. tvb dottoressa, nn arrabbiarti. Sofi",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "05-07 16:55",
    who="Sofia|Sofi",
)
M(
    "Gentile dottore, stamattina ho trovato delle garze sporche di sangue nel cestino del bagno di Vittoria e lei ha ammesso che si taglia di nuovo sulle gambe. È urgente, ci può chiamare appena possibile?? Enrico Barbieri",
    "high",
    "self_harm support_request urgency",
    "psychotherapy",
    "email",
    "05-13 07:40",
    who="Enrico",
    note="genitore riferisce l'autolesione della figlia",
)

# ---------------------------------------------------------------- imminent
M(
    "ho ingoiato tutte le gocce di Lexotan che c'erano nella boccetta. volevo solo dirtelo",
    "imminent",
    "self_harm suicidal_ideation",
    "psychotherapy medication",
    "sms",
    "03-08 02:30",
    who="Alessia",
    note="overdose presa",
)
M(
    "la corda ce l'ho nello zaino da oggi. stanotte quando i miei dormono scendo in cantina. grazie per averci provato con me",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-29 23:50",
    who="Filippo",
)
M(
    "Ho deciso. Domattina vado al viadotto della tangenziale, prima che apra l'ufficio. Non mi cerchi, per favore.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-02 21:15",
    who="Giulio",
)
M(
    "Gentile dottoressa Rinaldi,\n\nquando leggerà questa mail probabilmente sarà lunedì mattina, e voglio che sappia che lei non c'entra. Ha fatto tutto quello che poteva, e più di quanto abbiano fatto gli altri. In questi due anni mi ha ascoltato anche quando non dicevo niente, e non è colpa sua se sono arrivato fino a qui.\n\nHo sistemato le cose. Le chiavi del furgone sono sul tavolo della cucina, per mio fratello ho lasciato una busta con i conti della ditta e la password del computer, così non deve impazzire con il commercialista. Al cane ci pensa la vicina, gliel'ho chiesto ieri con una scusa. Ho pagato anche l'ultima fattura delle sedute, non volevo lasciare debiti con nessuno.\n\nStasera, quando avrò chiuso il capannone, salgo in macchina e vado su per la statale fino al passo. So già dove fermarmi. Non è una decisione presa di colpo: ci penso da mesi, e adesso mi sento stranamente calmo, come se avessi finalmente smesso di trattenere il fiato.\n\nLe chiedo solo una cosa: non provi a chiamare mia madre, ha il cuore debole e le spiegherà tutto mio fratello. Lui sa come fare, è sempre stato il più forte dei due.\n\nGrazie per la pazienza, per le volte che mi ha fatto ridere quando non ne avevo voglia e per quella frase sul 'tenere la porta socchiusa' che mi sono ripetuto tante volte. Stavolta la porta la chiudo io.\n\nAddio, e mi perdoni.\nMassimo",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "email",
    "04-26 19:40",
    who="Massimo",
    note="congedo + piano (luogo e momento); 'mi perdoni' letto come scusa per la propria condotta",
)
M(
    "mi sono fatta un taglio sul braccio e nn smette di uscire sangue, l'asciugamano è zuppo. che faccio?? 😭",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "04-05 22:55",
    who="Melissa",
    note="autolesione con pericolo medico",
)
M(
    "Dottoressa mi richiami subito!! Mattia ha preso le pastiglie della nonna, siamo in ambulanza verso il Cardarelli. Teresa",
    "imminent",
    "self_harm suicidal_ideation support_request urgency",
    "psychotherapy medication",
    "whatsapp",
    "04-12 21:45",
    who="Teresa",
    note="genitore riferisce overdose del figlio",
)
M(
    "è finita. addio dottoressa, lei è stata l'unica che ci ha provato",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-19 05:10",
    who="Pamela",
    note="congedo in contesto di rischio",
)
M(
    "STANOTTE LA FACCIO FINITA. HO GIÀ TUTTO PRONTO NEL CASSETTO",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-25 01:30",
    who="Cristian",
)
M(
    "ho finito il vino e poi ho mandato giù tutte le pillole per dormire. mi gira tutto",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "psychotherapy medication",
    "sms",
    "05-02 00:05",
    who="Gianni",
    note="overdose presa con alcol",
)
M(
    "sono sul tetto del condominio. stavolta salto davvero",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-06 22:35",
    who="Samuele",
)
M(
    "Ho contato le compresse di quetiapina: sono 58. Le tengo nella scatola delle scarpe per sabato, quando i miei vanno al mare. Lo scrivo qui perché almeno qualcuno lo sa. Ludovica",
    "imminent",
    "suicidal_ideation",
    "psychotherapy medication",
    "portal",
    "05-12 22:00",
    who="Ludovica",
    note="pastiglie contate + quando",
)
M(
    "sto guidando verso il lago, le chiavi di casa le ho lasciate a mia sorella con una lettera. non rispondere, volevo solo salutarti ❤️",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-15 06:20",
    who="Cristina",
    note="congedo; il cuore accompagna il saluto affettuoso, non letto come valence_shift",
)
