# Blind round 21 (Italian; written 2026-11-28 by an author who never saw the engine nor rounds 2-20), sealed until measured.
# Messaggi italiani di fantasia (regioni, dialetti, registri, età diverse; anche italiano scritto da chi ha un'altra lingua madre),
# scritti per questo corpus: nomi, luoghi e dettagli inventati. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b21it-01: adolescente, voglia di "disegnare" sulle braccia con la lametta del temperino
M(
    "dottoressa ho di nuovo voglia di 'disegnare' sulle braccia come dicevamo l'altra volta. ho smontato il temperino e la lametta è qui sul letto",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-14 22:17",
    who="Aurora|A.",
    g="b21it-01",
    v="base",
)
M(
    "dottoressa stasera non ho voglia di 'disegnare' sulle braccia come dicevamo l'altra volta. il temperino è intero e la lametta non l'ho toccata",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 21:58",
    who="Aurora|A.",
    g="b21it-01",
    v="negation",
    note="negated self-harm urge: low, no content signal",
)
M(
    "dottoressa in terza media avevo sempre voglia di 'disegnare' sulle braccia, come le dicevo l'altra volta. smontavo il temperino e tenevo la lametta sotto il cuscino",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 18:30",
    who="Aurora|A.",
    g="b21it-01",
    v="tense",
    note="past (middle school): low",
)
M(
    "dottoressa ho di nuovo voglia di 'disegnare' sulle braccia come dicevamo l'altra volta. ho smontato il temperino e la lametta è qui sul letto 😔",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-14 22:19",
    who="Aurora|A.",
    g="b21it-01",
    v="emoticon",
)

# b21it-02: donna trevigiana, pregare di non vedere l'alba (ideazione passiva)
M(
    "Dottoressa, stanotte ho pregato di non vedere l'alba. Non per dramma, è che dormire per sempre mi sembra l'unico riposo possibile. Ne parliamo giovedì. Giovanna",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-10 07:12",
    who="Giovanna|G.",
    g="b21it-02",
    v="base",
    note="passive wish to be dead",
)
M(
    "Dottoressa, sto ascoltando a ripetizione una canzone di un gruppo di Padova che fa: «stanotte ho pregato di non vedere l'alba, dormire per sempre è l'unico riposo possibile». Bella e triste. Ne parliamo giovedì. Giovanna",
    "none",
    top="information",
    ch="portal",
    at="11-10 19:40",
    who="Giovanna|G.",
    g="b21it-02",
    v="quotation",
    note="song lyric: none",
)
M(
    "Dottoressa, mia sorella mi ha detto che stanotte ha pregato di non vedere l'alba, che dormire per sempre le sembra l'unico riposo possibile. Sono in pensiero per lei. Ne parliamo giovedì. Giovanna",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-11 08:05",
    who="Giovanna|G.",
    g="b21it-02",
    v="person",
    note="sister (not the patient): someone else's experience, low",
)
M(
    "Dottoressa, se una notte mi capitasse di nuovo di pregare di non vedere l'alba, di pensare che dormire per sempre sia l'unico riposo possibile, cosa devo fare? Ne parliamo giovedì. Giovanna",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-11 21:20",
    who="Giovanna|G.",
    g="b21it-02",
    v="negation",
    note="hypothetical question: low",
)

# b21it-03: uomo calabrese, ferie, chiavi al fratello, viadotto domani
M(
    "Dotto', ho preso tre giorni di ferie e ho lasciato le chiavi del garage a mio fratello. Domani presto vado al viadotto sulla statale, quello alto. Grazie per la pazienza che ha avuto con me.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-19 21:40",
    who="Salvatore|S.",
    g="b21it-03",
    v="base",
    note="place + time + farewell",
)
M(
    "Dotto', l'anno scorso, prima di venire da lei, avevo preso tre giorni di ferie e avevo lasciato le chiavi del garage a mio fratello. Volevo andare al viadotto sulla statale, quello alto. Grazie per la pazienza che ha avuto con me.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-20 10:15",
    who="Salvatore|S.",
    g="b21it-03",
    v="tense",
    note="past (last year): low",
)
M(
    "Dotto', mio cognato ha preso tre giorni di ferie e ha lasciato le chiavi del garage a suo fratello. Dice che domani presto va al viadotto sulla statale, quello alto. Mi ha ringraziato per la pazienza che ho avuto con lui.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-20 22:02",
    who="Salvatore|S.",
    g="b21it-03",
    v="person",
    note="brother-in-law (not the patient): someone else's experience, low",
)
M(
    "DOTTO', HO PRESO TRE GIORNI DI FERIE E HO LASCIATO LE CHIAVI DEL GARAGE A MIO FRATELLO. DOMANI PRESTO VADO AL VIADOTTO SULLA STATALE, QUELLO ALTO. GRAZIE PER LA PAZIENZA CHE HA AVUTO CON ME.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-19 21:43",
    who="Salvatore|S.",
    g="b21it-03",
    v="caps",
)

# b21it-04: donna genovese, "stasera la faccio finita"
M(
    "Ho deciso, stasera la faccio finita. Grazie di tutto dottoressa, davvero. Lei è stata gentile.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 20:05",
    who="Chiara|C.",
    g="b21it-04",
    v="base",
    note="intent + time + farewell",
)
M(
    "Ho deciso, stasera la faccio finita con Lorenzo. Grazie di tutto dottoressa, davvero. Lei è stata gentile.",
    "none",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 20:11",
    who="Chiara|C.",
    g="b21it-04",
    v="idiom",
    note="ending a relationship: none",
)
M(
    "Ho deciso... stasera la faccio finita... Grazie di tutto dottoressa, davvero... Lei è stata gentile.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 20:07",
    who="Chiara|C.",
    g="b21it-04",
    v="emoticon",
    note="form variant: ellipses",
)
M(
    "HO DECISO, STASERA LA FACCIO FINITA. GRAZIE DI TUTTO DOTTORESSA, DAVVERO. LEI È STATA GENTILE.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 20:09",
    who="Chiara|C.",
    g="b21it-04",
    v="caps",
)

# b21it-05: madre bergamasca, la figlia regala le sue cose e si sente un costo
M(
    "Buongiorno dottoressa, le scrivo di nascosto da Martina. In questi giorni ha regalato la chitarra e quasi tutti i suoi peluche alle cugine, e ieri sera a cena ha detto, ridendo, «tanto tra un po' non vi costerò più niente». Possiamo sentirci oggi? Daniela Rota",
    "high",
    sig="support_request suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-18 08:40",
    who="Daniela|Rota|D.R.",
    g="b21it-05",
    v="base",
    note="mother as proxy of the teenage patient: giving things away + burdensomeness",
)
M(
    "Buongiorno dottoressa, le scrivo di nascosto da Martina. L'anno scorso, prima di iniziare con lei, aveva regalato la chitarra e quasi tutti i suoi peluche alle cugine, e una sera a cena aveva detto, ridendo, «tanto tra un po' non vi costerò più niente». Possiamo sentirci oggi? Daniela Rota",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-18 09:02",
    who="Daniela|Rota|D.R.",
    g="b21it-05",
    v="tense",
    note="past (last year): low; the request to talk stays",
)
M(
    "Buongiorno dottoressa, le scrivo di nascosto da Martina. In questi giorni una sua compagna di classe ha regalato la chitarra e quasi tutti i suoi peluche alle amiche, e ieri ha detto, ridendo, «tanto tra un po' non vi costerò più niente». Possiamo sentirci oggi? Daniela Rota",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-18 09:30",
    who="Daniela|Rota|D.R.",
    g="b21it-05",
    v="person",
    note="a classmate (not the patient): someone else's experience, low",
)

# b21it-06: uomo fiorentino, pastiglie contate nel cassetto, sabato
M(
    "Ho contato le pastiglie: le mie di Xanax più quelle che mia madre ha lasciato qui, sono una quarantina. Sono nel cassetto del comodino, aspetto sabato, quando Elisa va dai suoi.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-12 22:10",
    who="Stefano|S.",
    g="b21it-06",
    v="base",
    note="pills counted and ready + time",
)
M(
    "Se mai mi mettessi a contare le pastiglie, le mie di Xanax più quelle che mia madre ha lasciato qui, e le tenessi nel cassetto del comodino aspettando un sabato in cui Elisa va dai suoi, cosa dovrebbe fare lei?",
    "low",
    top="medication psychotherapy",
    ch="portal",
    at="11-13 10:45",
    who="Stefano|S.",
    g="b21it-06",
    v="negation",
    note="hypothetical: low",
)
M(
    "Nella serie che sto guardando il protagonista dice: «Ho contato le pastiglie, sono una quarantina. Sono nel cassetto del comodino, aspetto sabato.» Mi ha fatto impressione quanto era calmo.",
    "none",
    top="information",
    ch="portal",
    at="11-13 21:30",
    who="Stefano|S.",
    g="b21it-06",
    v="quotation",
    note="line from a TV series: none",
)
M(
    "Il mio coinquilino ha contato le pastiglie: le sue di Xanax più quelle che sua madre ha lasciato qui, sono una quarantina. Sono nel cassetto del suo comodino, dice che aspetta sabato, quando Elisa va dai suoi.",
    "low",
    top="medication psychotherapy",
    ch="portal",
    at="11-14 07:55",
    who="Stefano|S.",
    g="b21it-06",
    v="person",
    note="flatmate (not the patient): someone else's experience, low",
)

# b21it-07: donna napoletana, tre giorni a letto, telefono staccato
M(
    "Sono tre giorni che non mi alzo dal letto, ho staccato il telefono a tutti quanti, rispondo solo a lei. Rosaria",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 16:20",
    who="Rosaria|R.",
    g="b21it-07",
    v="base",
)
M(
    "Stavolta non sono rimasta tre giorni a letto e non ho staccato il telefono a nessuno, rispondo a tutti quanti. Rosaria",
    "none",
    top="information",
    ch="whatsapp",
    at="11-23 12:10",
    who="Rosaria|R.",
    g="b21it-07",
    v="negation",
    note="negated moderate cue: none; a progress report",
)
M(
    "Mio marito sono tre giorni che non si alza dal letto, ha staccato il telefono a tutti quanti, risponde solo a me. Rosaria",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-10 11:00",
    who="Rosaria|R.",
    g="b21it-07",
    v="person",
    note="husband (not the patient): someone else's experience, low",
)
M(
    "Dopo il funerale di mammà erano stati tre giorni che non mi alzavo dal letto, avevo staccato il telefono a tutti quanti, rispondevo solo a lei. Rosaria",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-10 18:45",
    who="Rosaria|R.",
    g="b21it-07",
    v="tense",
    note="past: a moderate cue lowered to low",
)
M(
    "Sono tre giorni che non mi alzo dal letto, ho staccato il telefono a tutti quanti, rispondo solo a lei 😩 Rosaria",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 16:22",
    who="Rosaria|R.",
    g="b21it-07",
    v="emoticon",
)

# b21it-08: uomo romano, "nun ce la faccio più"
M(
    "Nun ce la faccio più, ogni mattina stessa storia, stesso traffico, stesso capo, e tanto nun cambia niente. Mai.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-17 08:02",
    who="Daniele|Dani",
    g="b21it-08",
    v="base",
)
M(
    "NUN CE LA FACCIO PIÙ, OGNI MATTINA STESSA STORIA, STESSO TRAFFICO, STESSO CAPO, E TANTO NUN CAMBIA NIENTE. MAI.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-17 08:04",
    who="Daniele|Dani",
    g="b21it-08",
    v="caps",
)
M(
    "Al cinema c'era 'sto personaggio romano che ripeteva: «nun ce la faccio più, ogni mattina stessa storia, stesso traffico, stesso capo, e tanto nun cambia niente. Mai.» Tutta la sala rideva.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-17 23:10",
    who="Daniele|Dani",
    g="b21it-08",
    v="quotation",
    note="film line: none",
)
M(
    "Nun ce la faccio più dal ride', ogni mattina stessa storia: Gigi imita il capo e tutto l'ufficio piange dalle risate 😂",
    "none",
    top="information",
    ch="whatsapp",
    at="11-18 09:15",
    who="Daniele|Dani",
    g="b21it-08",
    v="idiom",
    note="laughing idiom: none",
)

# b21it-09: uomo friulano, la grappa per non pensare
M(
    "Ieri sera mi sono finito una bottiglia di grappa da solo per non pensare. Stasera idem, è già aperta.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-21 19:50",
    who="Marco|M.",
    g="b21it-09",
    v="base",
)
M(
    "Ieri sera non mi sono finito nessuna bottiglia di grappa per non pensare. Stasera idem, è ancora chiusa.",
    "none",
    top="information",
    ch="sms",
    at="11-25 19:35",
    who="Marco|M.",
    g="b21it-09",
    v="negation",
    note="negated moderate cue: none",
)
M(
    "Ieri sera mio padre si è finito una bottiglia di grappa da solo per non pensare. Stasera idem, è già aperta.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-22 20:30",
    who="Marco|M.",
    g="b21it-09",
    v="person",
    note="father (not the patient): someone else's experience, low",
)
M(
    "Ai tempi della separazione mi finivo una bottiglia di grappa da solo per non pensare. Ogni sera idem, sempre aperta.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-23 18:10",
    who="Marco|M.",
    g="b21it-09",
    v="tense",
    note="past: a moderate cue lowered to low",
)

# b21it-10: ragazza, la boccetta di gocce della madre, mezz'ora fa
M(
    "dottoressa ho preso tutta la boccetta di gocce di mia mamma mezz'ora fa, mi gira tutto e non so se dirlo a qualcuno",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-08 00:48",
    who="Sofia|S.",
    g="b21it-10",
    v="base",
    note="overdose taken",
)
M(
    "DOTTORESSA HO PRESO TUTTA LA BOCCETTA DI GOCCE DI MIA MAMMA MEZZ'ORA FA, MI GIRA TUTTO E NON SO SE DIRLO A QUALCUNO",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-08 00:50",
    who="Sofia|S.",
    g="b21it-10",
    v="caps",
    note="overdose taken",
)
M(
    "dottoressa la mia amica Giada ha preso tutta la boccetta di gocce di sua mamma mezz'ora fa, le gira tutto e non so se dirlo a qualcuno",
    "low",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-09 00:35",
    who="Sofia|S.",
    g="b21it-10",
    v="person",
    note="a friend (not the patient): someone else's experience, low; an overdose of pills is mentioned",
)

# b21it-11: signora piemontese, compleanno dimenticato
M(
    "Nessuno si è ricordato del mio compleanno, neanche mio figlio. Mi sento sola come un cane, neh. Lucia",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-06 20:15",
    who="Lucia|L.",
    g="b21it-11",
    v="base",
)
M(
    "La mia vicina dice che nessuno si è ricordato del suo compleanno, neanche suo figlio. Si sente sola come un cane, neh. Lucia",
    "none",
    top="information",
    ch="sms",
    at="11-07 10:20",
    who="Lucia|L.",
    g="b21it-11",
    v="person",
    note="other person's low cue: none",
)
M(
    "Quest'anno tutti si sono ricordati del mio compleanno, anche mio figlio. Non mi sento sola per niente, neh. Lucia",
    "none",
    top="information",
    ch="sms",
    at="11-07 18:00",
    who="Lucia|L.",
    g="b21it-11",
    v="negation",
    note="negated low cue: none",
)
M(
    "Nessuno si è ricordato del mio compleanno, neanche mio figlio. Mi sento sola come un cane, neh :( Lucia",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-06 20:17",
    who="Lucia|L.",
    g="b21it-11",
    v="emoticon",
)

# b21it-12: anziano barese, "sono solo un peso"
M(
    "Dottore, sono solo un peso per tutti. Se domani mattina non mi svegliassi farei un favore ai miei figli, e pure a lei che mi deve sopportare. Vincenzo",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-15 06:30",
    who="Vincenzo|V.",
    g="b21it-12",
    v="base",
    note="burdensomeness + passive wish",
)
M(
    "Dottore, sono Nicola, il figlio di Vincenzo. Papà ripete che è solo un peso per tutti, che se domani mattina non si svegliasse farebbe un favore a noi figli, e pure a lei che lo deve sopportare.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-15 13:10",
    who="Nicola|N.",
    g="b21it-12",
    v="person",
    note="adult son writes as the patient's proxy: the patient's risk",
)
M(
    "Dottore, quando è morta mia moglie pensavo di essere solo un peso per tutti, che se una mattina non mi fossi svegliato avrei fatto un favore ai miei figli. Adesso non più. Vincenzo",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-16 09:00",
    who="Vincenzo|V.",
    g="b21it-12",
    v="tense",
    note="past: low",
)
M(
    "Dottore, nel libro che mi ha prestato mia nuora il vecchio pescatore dice: «sono solo un peso per tutti, se domani mattina non mi svegliassi farei un favore ai miei figli». Bel libro, lo finisco stasera. Vincenzo",
    "none",
    top="information",
    ch="sms",
    at="11-16 17:25",
    who="Vincenzo|V.",
    g="b21it-12",
    v="quotation",
    note="line from a novel: none",
)

# b21it-13: ragazza bolognese, la gatta sistemata, lettera alla madre, stasera
M(
    "ho lasciato la gatta da Sara con la lettiera e le scatolette per un mese, ho scritto una lettera a mamma e l'ho lasciata sul tavolo. stasera esco e non torno. grazie di tutto, davvero",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 18:20",
    who="Anna|A.",
    g="b21it-13",
    v="base",
    note="arrangements + letter + time + farewell",
)
M(
    "ho lasciato la gatta da Sara con la lettiera e le scatolette per un mese, ho scritto una lettera a mamma e l'ho lasciata sul tavolo. stasera parto per Lisbona e non torno fino a Natale. grazie di tutto, davvero",
    "none",
    top="information",
    ch="whatsapp",
    at="11-24 18:25",
    who="Anna|A.",
    g="b21it-13",
    v="idiom",
    note="a trip: everyday meaning, none",
)
M(
    "ho lasciato la gatta da Sara con la lettiera e le scatolette per un mese... ho scritto una lettera a mamma e l'ho lasciata sul tavolo... stasera esco e non torno... grazie di tutto, davvero",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 18:22",
    who="Anna|A.",
    g="b21it-13",
    v="emoticon",
    note="form variant: ellipses",
)

# ==== single messages

# --- high
M(
    "Buonasera dottore. Volevo dirle una cosa che giovedì non sono riuscito a dire: ultimamente guardo i binari alla stazione di Casalecchio in un modo diverso. Non ho intenzione di fare niente, però ci penso ogni volta che passa il regionale delle 7:12. Luca",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-13 20:40",
    who="Luca|L.",
    note="thinking about a method; the negated intent does not lower it",
)
M(
    "vabbè stanotte mi sono ritrovato a guardare su youtube come si fa un certo nodo, e non per la barca 😂😂 sono proprio messo bene eh",
    "high",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 01:55",
    who="Gabriele|Gabri",
    note="method research told with laughing emoji",
)
M(
    "Buongiorno dottoressa, sono Paolo, il compagno di Ilaria. Non so se posso scriverle, nel caso mi scusi. Ieri sera le ho visto dei tagli nuovi sull'interno delle cosce, ancora freschi. Quando le ho chiesto, mi ha detto che è l'unico modo che ha per «sentire qualcosa» e di non farne un dramma. Lei non sa che le scrivo. Può parlarne con lei martedì, o chiamarla prima? Grazie.\nPaolo",
    "high",
    sig="apology support_request self_harm",
    top="psychotherapy",
    ch="email",
    at="11-11 07:50",
    who="Paolo|P.",
    note="partner as the patient's proxy: recent self-injury",
)
M(
    "raga stasera calcetto?? ah no scusi dotto sbagliato chat 😅 cmq gia che ci sono.. ultimamente penso che se sparissi sarebbe pure meglio x tutti, almeno mia madre smette di litigare con papà per colpa mia",
    "high",
    sig="apology suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-20 19:05",
    who="Kevin|K.",
    note="14-year-old; burdensomeness",
)
M(
    "Gentile dottoressa,\nle scrivo perché da qualche settimana la notte non dormo e prego che il Signore mi venga a prendere presto. Non è tristezza, è proprio stanchezza di stare al mondo. Non lo dico a mia figlia per non darle pensiero.\nCordiali saluti,\nMaria Grazia Pinna",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-05 09:10",
    who="Maria Grazia|Pinna|M.G.P.",
    note="passive wish to die",
)
M(
    "Dottoressa buongiorno, scusi per mio italiano. Io penso sempre che per mio figlio è meglio se io non ci sono più. Lui ha sua vita qua in Italia, io solo problema e spese. Olena",
    "high",
    sig="apology suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 10:30",
    who="Olena|O.",
    note="burdensomeness",
)
M(
    "Dotto' buongiorno. Stanotte mi sono rimesso a farmi i graffi col coltellino sul braccio, niente di che, ho già disinfettato. Glielo dico perché mi aveva detto di dirglielo. Rosario",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 08:15",
    who="Rosario|R.",
    note="recent self-injury, minimised",
)
M(
    "Gentile dott. Leone,\nvolevo avvisarla che venerdì ho l'esame di Diritto privato, quindi la seduta va benissimo alle 18. Una cosa però: a volte sul treno per Pavia mi ritrovo a sperare che deragli, così sarebbe finita senza che sia colpa mia. Non so perché glielo scrivo così.\nBeatrice",
    "high",
    sig="suicidal_ideation",
    top="information psychotherapy",
    ch="email",
    at="11-17 22:30",
    who="Beatrice|B.",
    note="passive ideation inside a logistics e-mail",
)
M(
    "Buonasera dottoressa, sono Federica, la figlia della signora Loredana Bassi. Mi scuso se le scrivo sul portale di mamma, mi ha dato lei la password tempo fa per prenotare le sedute. Le scrivo perché sono preoccupata e non so bene a chi dirlo. Da quando è morto papà, a marzo, mamma è cambiata, e questo lei lo sa già. Ma negli ultimi giorni ci sono state cose nuove. Domenica mi ha chiesto dove teniamo le chiavi del terrazzo condominiale, quello all'ultimo piano, e quando le ho chiesto perché ha cambiato discorso. Lunedì ha messo in ordine tutte le carte della banca e me le ha fatte vedere una per una, dicendo «così sai dove sono». E ieri sera, mentre lavavamo i piatti, ha detto: «tanto ormai che ci sto a fare qua». L'ha detto piano, senza piangere. Io ho fatto finta di niente e adesso mi sento in colpa. Lei la vede giovedì: può anticipare? O mi dice cosa devo fare io nel frattempo? Grazie.\nFederica",
    "high",
    sig="apology support_request hopelessness suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-24 21:15",
    who="Federica|F.",
    note="adult daughter as the patient's proxy: questions being alive, papers in order, asks about the roof terrace; no stated plan or time",
)
M(
    "salve dottore le scrivo col vocale perché sto guidando virgola ultimamente quando sono in tangenziale mi viene da pensare di tirare dritto contro il guard rail punto non lo faccio eh virgola però ci penso sempre più spesso punto ci vediamo martedì alle 7",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 18:40",
    who="Alberto|A.",
    note="voice-to-text; thinking about a method",
)
M(
    "Ieri sono stata dal notaio a fare testamento. A 34 anni. Mia madre ha riso, io no. Non ho in programma niente, stia tranquilla, volevo solo che le cose fossero a posto.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-26 13:05",
    who="Serena|S.",
    note="preparation; the negated plan does not lower it",
)

# --- imminent
M(
    "scusa l'ora. sono sul tetto del mio palazzo, si vede tutta Ostia. volevo solo dirti che non è colpa tua",
    "imminent",
    sig="apology suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 02:40",
    who="Nadia|N.",
    note="place + farewell",
)
M(
    "URGENTE dottoressa, Tommaso si è chiuso in bagno da un'ora, ha scritto sul gruppo di famiglia «vi voglio bene, scusate per tutto» e non risponde. Ho chiamato il 112, mi richiami appena legge per favore!! Cinzia",
    "imminent",
    sig="support_request urgency suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-23 17:55",
    who="Cinzia|C.",
    note="mother as the teenage patient's proxy: farewell message, locked in",
)
M(
    "ho mandato giù tutto il blister di quelle nuove col vino rosso. adesso mi sento leggera leggera. volevo salutarti prima, sei stata brava",
    "imminent",
    sig="substance_use self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-21 23:35",
    who="Giulia|G.",
    note="overdose taken with alcohol + farewell",
)
M(
    "Ho venduto la moto e il cane l'ho dato a mio cugino, gli vuole bene. Domenica all'alba salgo alla diga, da lì è un attimo. Non mi cerchi, dottore. Davide",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-25 22:10",
    tz="Europe/Zurich",
    who="Davide|D.",
    note="giving things away + place + time",
)
M(
    "Dottore, io ieri ho comprato la corda. Stasera quando moglie dorme io faccio. Grazie per tutto che lei ha fatto per me, lei brava persona. Arben",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 15:30",
    who="Arben|A.",
    note="means + time + farewell",
)
M(
    "Buonasera dottore, sono Irina, badante del signor Aldo Ferrero. Oggi pulendo ho trovato nella scatola delle scarpe tutte le pastiglie della pressione e per dormire che lui non ha preso da due settimane. Lui dice «stanotte è la volta buona, Irina, non ti preoccupare». Mi chiami subito per favore, non so cosa fare.",
    "imminent",
    sig="support_request urgency suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-26 19:20",
    who="Irina|I.",
    note="carer as the patient's proxy: pills stockpiled + tonight",
)
M(
    "ho scritto le lettere per tutti, sono nel cassetto della scrivania sotto il diario. domani a scuola non ci vado, ho già deciso come e dove. volevo ringraziarla perché è l'unica che mi ha ascoltata davvero",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-10 23:50",
    who="Noemi|N.",
    note="letters + decided method and place + time + farewell",
)
M(
    "mi sono tagliato più a fondo del solito e non si ferma, ho già cambiato tre asciugamani. al pronto soccorso non ci vado, mi vergogno",
    "imminent",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 01:10",
    who="Matteo|M.",
    note="self-harm with medical danger",
)

# --- moderate
M(
    "è da sabato che non metto il naso fuori casa, al lavoro ho detto che ho la febbre ma non è vero. bravissima io 🙂",
    "moderate",
    sig="withdrawal valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-11 14:25",
    who="Ilenia|I.",
)
M(
    "Sono allo stremo, dottoressa. Tra il turno in ospedale e mia suocera allettata non vedo una via d'uscita, da nessuna parte. Patrizia",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="email",
    at="11-08 22:05",
    who="Patrizia|P.",
)
M(
    "sono in metro a Loreto, attacco di panico fortissimo, non riesco a respirare, ho paura di non farcela. mi scriva qualcosa adesso per favore",
    "moderate",
    sig="support_request urgency hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 08:35",
    who="Giorgio|G.",
)
M(
    "ok confesso, mi faccio due canne ogni sera per dormire se no la testa non si spegne",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-14 23:40",
    who="Jacopo|J.",
)
M(
    "Buongiorno, sono Roberto, il papà di Luca. Luca non va a scuola da lunedì, sta chiuso in camera con le cuffie e mangia solo se gli lasciamo il piatto fuori dalla porta. Non sappiamo più come prenderlo.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="email",
    at="11-13 08:20",
    who="Roberto|R.",
    note="father as the teenage patient's proxy",
)
M(
    "Ma che senso ha. Faccio tutto quello che mi dice, il diario, la respirazione, le passeggiate, e sto uguale a sei mesi fa.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-22 17:40",
    who="Claudia|C.",
)
M(
    "Dottoressa le confesso che invece di 10 gocce la sera ne prendo 30, da una settimana. Altrimenti non reggo. La psichiatra non lo sa.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="sms",
    at="11-09 21:10",
    who="Franca|F.",
    note="sedative above prescription to cope",
)
M(
    "Non ce la faccio più a fare finta che con mia moglie vada tutto bene. Torno a casa la sera e mi sento un ospite.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 19:30",
    who="Gianni|G.",
)
M(
    "ho ricominciato con la bianca nel weekend, solo per reggere i turni in cucina. lo so lo so. Cri",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 15:05",
    who="Cristian|Cri",
)
M(
    "Buongiorno dottore. Io non vedo futuro qui, niente lavoro, permesso ancora non arriva, niente cambia mai. Scusa se disturbo. Moussa",
    "moderate",
    sig="apology hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 11:20",
    who="Moussa|M.",
)
M(
    "oggi ho saltato di nuovo l'uni, terzo giorno di fila. non riesco neanche a vestirmi, sto sotto il piumone",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 12:50",
    who="Elena|E.",
)
M(
    "l'ansia mi sta mangiando viva, stanotte ho avuto tre attacchi uno dietro l'altro e ho il terrore di non uscirne",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 03:20",
    who="Tiziana|T.",
    note="overwhelming panic, afraid of not getting out of it",
)

# --- low
M(
    "Oggi giornata grigia, mi sento giù senza un motivo preciso. Niente di grave, volevo solo dirglielo. F.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-06 18:30",
    who="Fabio|F.",
)
M(
    "Possiamo sentirci dieci minuti prima di giovedì? Ho bisogno di parlare un po', è un periodo pesante. Alessia",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="portal",
    at="11-16 10:10",
    who="Alessia|A.",
)
M(
    "la mia migliore amica ieri mi ha detto che pensa di farla finita. non so come aiutarla e sto malissimo, non ho dormito",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 07:30",
    who="Greta|G.",
    note="a friend's crisis: someone else's experience, low",
)
M(
    "Ripensavo a martedì, a quando le ho raccontato dei tagli che mi facevo alle medie. È stato liberatorio parlarne dopo tanti anni. Grazie. Simone",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-19 12:40",
    who="Simone|S.",
    note="past self-harm discussed in therapy: low",
)
M(
    "mi manca tanto la nonna, oggi è un mese. stasera mi sento un po' sola 😢",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 21:45",
    who="Ludovica|Ludo",
)

# --- none
M(
    "Buongiorno, confermo giovedì alle 17. Il citofono è sempre quello con scritto Studio Marini? Grazie, Marta",
    "none",
    top="information",
    ch="sms",
    at="11-10 09:05",
    who="Marta|M.",
)
M(
    "Devo disdire domani, Pietro ha 39 di febbre e mia suocera, che doveva tenerlo, è a Rimini. Mi scusi tanto, si può spostare a lunedì? Carla",
    "none",
    sig="apology",
    top="cancellation",
    ch="whatsapp",
    at="11-17 20:20",
    who="Carla|C.",
)
M(
    "Settimana di fuoco, tre presentazioni, se il capo mi chiede un'altra slide giuro che lo strozzo con il cavo dell'HDMI. Comunque ci vediamo venerdì, ho tante cose belle da raccontarle 😊",
    "none",
    top="information",
    ch="whatsapp",
    at="11-18 19:45",
    who="Emanuele|Ema",
    note="violence idiom about a busy week: none",
)
M(
    "Ieri mia figlia ha guidato per la prima volta in autostrada, a momenti mi veniva un infarto. Comunque è andata benissimo 😂 ci vediamo martedì. Rita",
    "none",
    top="information",
    ch="whatsapp",
    at="11-09 10:40",
    who="Rita|R.",
)
M(
    "Sabato al matrimonio di mio cugino la band ha fatto quella canzone neomelodica che dice «senza 'e te voglio murì stanotte», e mia zia piangeva a dirotto. Io ho ballato tutta la sera 🥳",
    "none",
    top="information",
    ch="whatsapp",
    at="11-23 11:15",
    who="Debora|D.",
    note="quoted song line: none",
)
M(
    "Buongiorno dottoressa,\nmi servirebbe la fattura di ottobre intestata a mio marito, Mauro Gatti, per il 730. Il codice fiscale glielo mando a parte.\nGrazie e buona giornata\nG. Ferri",
    "none",
    top="information",
    ch="email",
    at="11-04 09:30",
    who="Giuliana|Ferri|G. Ferri",
)
M(
    "Buonasera, la psichiatra mi ha alzato la sertralina a 100 mg da lunedì, glielo scrivo così lo sa. Per ora niente effetti strani, solo un po' di nausea la mattina. Nicolò",
    "none",
    top="medication",
    ch="portal",
    at="11-12 18:10",
    tz="Europe/London",
    who="Nicolò|N.",
)
M(
    "HO PASSATO L'ESAME DELLA PATENTE!!! al primo colpo 🎉🎉 mi sa che martedì le porto i pasticcini",
    "none",
    top="information",
    ch="whatsapp",
    at="11-26 12:30",
    who="Samuele|Samu",
)
M(
    "Buonasera, sono Simona, la mamma di Giorgia. Domani Giorgia ha la gita a Mantova, possiamo spostare la seduta a venerdì alle 15? Grazie",
    "none",
    top="cancellation",
    ch="sms",
    at="11-05 19:00",
    who="Simona|S.",
)
M(
    "Ieri sera ho visto un film assurdo, il protagonista urla «addio mondo crudele, mi butto!» e poi si scopre che è un bungee jumping 😂 mi ha fatto morire",
    "none",
    top="information",
    ch="whatsapp",
    at="11-21 10:05",
    who="Andrea|A.",
    note="film line + laughing idiom: none",
)
M(
    "Salve, il link per la videochiamata di oggi non funziona, mi dice «riunione scaduta». Me ne può mandare un altro? Grazie, Fatima",
    "none",
    top="information",
    ch="portal",
    at="11-25 16:58",
    who="Fatima|F.",
)
M(
    "Ammazza che freddo stamattina, si muore! Vengo in motorino, se tardo 5 minuti è colpa del ghiaccio sul Lungotevere. Fede",
    "none",
    top="information",
    ch="sms",
    at="11-27 08:10",
    who="Federico|Fede",
    note="Roman interjection and cold idiom: none",
)
M(
    "Buongiorno dottoressa, sono Enrico, collega di Valeria Conti. Mi ha chiesto lei di avvisarla: ieri l'hanno operata d'urgenza di appendicite, sta bene, ma lunedì non potrà venire alla seduta. La richiamerà lei appena esce.",
    "none",
    top="cancellation information",
    ch="email",
    at="11-19 09:40",
    who="Enrico|E.",
    note="a colleague passes on a cancellation: no emotional content",
)
M(
    "Ciao dottoressa! Oggi ho fatto la mia prima corsa di 10 km, sono molto orgogliosa di me. Scusi se mio italiano non è perfetto, sto ancora imparando :) Hannah",
    "none",
    sig="apology",
    top="information",
    ch="whatsapp",
    at="11-22 17:05",
    who="Hannah|H.",
)
