# Blind round 13 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-12), measured once
# with engine 2026.11.18 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b13it-01: adolescente, autolesionismo recente col temperino + voglia che risale, notte
M(
    "dott scusa se ti scrivo a quest'ora, stanotte ho rifatto la cosa col temperino sulla coscia, niente di profondo, ci ho messo un cerotto. e mi sta risalendo la voglia, sto chiusa in bagno da mezz'ora",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "12-02 01:37",
    who="Asia|A.",
    g="b13it-01",
    v="base",
)
M(
    "dott scusa se ti scrivo a quest'ora, stanotte non ho rifatto la cosa col temperino sulla coscia, ho resistito. e non mi sta risalendo la voglia, sto chiusa in bagno da mezz'ora ma solo per stare tranquilla",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "12-02 01:37",
    who="Asia|A.",
    g="b13it-01",
    v="negation",
    note="negated recent self-harm and urge -> low",
)
M(
    "dott scusa se ti scrivo a quest'ora, a quattordici anni facevo la cosa col temperino sulla coscia, ci mettevo un cerotto e nessuno lo sapeva. stasera ci ripensavo perché ne abbiamo parlato martedì",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "12-02 01:37",
    who="Asia|A.",
    g="b13it-01",
    v="tense",
    note="self-harm at fourteen, discussed in therapy -> past -> low",
)
M(
    "dott scusa se ti scrivo a quest'ora... stanotte ho rifatto la cosa col temperino sulla coscia... niente di profondo, ci ho messo un cerotto... e mi sta risalendo la voglia, sto chiusa in bagno da mezz'ora...",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "12-02 01:37",
    who="Asia|A.",
    g="b13it-01",
    v="emoticon",
    note="same words with ellipses",
)

# b13it-02: napoletano, overdose di gocce e benzodiazepine con limoncello appena presa
M(
    "Dottò so Gennaro. me so pigliato tutt' e gocce e 'a scatola e l'En che m'aveva dato 'o psichiatra, na ventina, cu mezza butteglia 'e limoncello. mo me gira tutto. nun chiammate a mia moglie",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "11-29 02:14",
    who="Gennaro|G.",
    g="b13it-02",
    v="base",
    note="overdose of prescribed drops and tablets with alcohol, just taken -> imminent",
)
M(
    "Dottò so Gennaro. stanotte nun me so pigliato tutt' e gocce e 'a scatola e l'En che m'aveva dato 'o psichiatra, e manco 'o limoncello. me gira 'a capa p' 'e pensieri ma nun aggio fatto niente. nun chiammate a mia moglie",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "11-29 02:14",
    who="Gennaro|G.",
    g="b13it-02",
    v="negation",
    note="negated overdose -> low",
)
M(
    "Dottò so Gennaro. mio cognato s'è pigliato tutt' e gocce e 'a scatola e l'En che gli aveva dato 'o psichiatra, na ventina, cu mezza butteglia 'e limoncello. mo sta al Cardarelli. nun saccio che fà",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-29 02:14",
    who="Gennaro|G.",
    g="b13it-02",
    v="person",
    note="brother-in-law's overdose, not the patient -> someone else's experience -> low",
)
M(
    "DOTTÒ SO GENNARO. ME SO PIGLIATO TUTT' E GOCCE E 'A SCATOLA E L'EN CHE M'AVEVA DATO 'O PSICHIATRA, NA VENTINA, CU MEZZA BUTTEGLIA 'E LIMONCELLO. MO ME GIRA TUTTO. NUN CHIAMMATE A MIA MOGLIE",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "11-29 02:14",
    who="Gennaro|G.",
    g="b13it-02",
    v="caps",
)

# b13it-03: madre lombarda riferisce ideazione passiva del figlio dodicenne (paziente)
M(
    "Gentile dottoressa, Le scrivo perché ieri sera Matteo, mentre lo accompagnavo a calcio, mi ha detto tutto tranquillo che ogni tanto pensa che sarebbe meglio non esserci proprio, sparire e basta. Non ho saputo cosa rispondergli. Ne parliamo giovedì. Cordiali saluti, Laura Brambilla",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-30 08:12",
    who="Laura|L.|Brambilla",
    g="b13it-03",
    v="base",
    note="parent reports the patient's wish not to exist -> patient's risk, high",
)
M(
    "Gentile dottoressa, Le scrivo perché ieri sera Matteo, mentre lo accompagnavo a calcio, canticchiava tutto tranquillo una canzone trap che dice 'sarebbe meglio non esserci proprio, sparire e basta'. Non ho saputo cosa rispondergli. Ne parliamo giovedì. Cordiali saluti, Laura Brambilla",
    "none",
    "",
    "psychotherapy",
    "email",
    "11-30 08:12",
    who="Laura|L.|Brambilla",
    g="b13it-03",
    v="quotation",
    note="song lyric sung by the child -> quotation -> none",
)
M(
    "Gentile dottoressa, Le scrivo perché ieri sera Matteo, mentre lo accompagnavo a calcio, mi ha detto tutto tranquillo che non ha mai pensato che sarebbe meglio non esserci, né di sparire e basta. Non ho saputo cosa rispondergli. Ne parliamo giovedì. Cordiali saluti, Laura Brambilla",
    "low",
    "",
    "psychotherapy",
    "email",
    "11-30 08:12",
    who="Laura|L.|Brambilla",
    g="b13it-03",
    v="negation",
    note="negated passive ideation -> low",
)
M(
    "Gentile dottoressa, Le scrivo perché ieri sera Matteo, mentre lo accompagnavo a calcio, mi ha raccontato tutto tranquillo che l'anno scorso, in prima media, pensava che sarebbe meglio non esserci proprio, sparire e basta. Non ho saputo cosa rispondergli. Ne parliamo giovedì. Cordiali saluti, Laura Brambilla",
    "low",
    "",
    "psychotherapy",
    "email",
    "11-30 08:12",
    who="Laura|L.|Brambilla",
    g="b13it-03",
    v="tense",
    note="ideation a year ago -> past -> low",
)

# b13it-04: genovese, piano con luogo e ora (molo all'alba) vs 'farla finita con la Sara'
M(
    "belin dottore, ho deciso: domenica all'alba vado al molo di Ponente, quello dove non passa nessuno, e la faccio finita lì. volevo solo che lo sapesse lei prima degli altri. Riccardo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-04 23:05",
    who="Riccardo|R.",
    g="b13it-04",
    v="base",
    note="decision + place + time -> plan -> imminent",
)
M(
    "belin dottore, ho deciso: domenica all'alba vado al molo di Ponente, quello dove non passa nessuno, e la faccio finita lì con la Sara. volevo solo che lo sapesse lei prima degli altri. Riccardo",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "12-04 23:05",
    who="Riccardo|R.",
    g="b13it-04",
    v="idiom",
    note="'farla finita con la Sara' = break up -> idiom -> none",
)
M(
    "belin dottore, non ho deciso niente: domenica all'alba non vado al molo di Ponente, quello dove non passa nessuno, e non la faccio finita lì. volevo solo che lo sapesse lei prima degli altri. Riccardo",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-04 23:05",
    who="Riccardo|R.",
    g="b13it-04",
    v="negation",
    note="negated plan -> low",
)

# b13it-05: vedova sarda anziana, ideazione passiva (pregare di morire nel sonno)
M(
    "Buongiorno dottoressa, sono Efisia. Da quando è mancato Tonino la sera prego che il Signore mi prenda nel sonno, così non devo più alzarmi in questa casa vuota. Ai figli non lo dico. La saluto",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "12-01 07:02",
    who="Efisia|E.",
    g="b13it-05",
    v="base",
)
M(
    "Buongiorno dottoressa, sono Efisia. Da quando è mancato Tonino mia sorella Bonaria la sera prega che il Signore la prenda nel sonno, così non deve più alzarsi in quella casa vuota. Ai figli non lo dice. La saluto",
    "low",
    "",
    "psychotherapy",
    "portal",
    "12-01 07:02",
    who="Efisia|E.",
    g="b13it-05",
    v="person",
    note="sister's passive ideation -> someone else's -> low",
)
M(
    "Buongiorno dottoressa, sono Efisia. Da quando è mancato Tonino, i primi mesi, la sera pregavo che il Signore mi prendesse nel sonno, così non dovevo più alzarmi in questa casa vuota. Ai figli non lo dicevo. La saluto",
    "low",
    "",
    "psychotherapy",
    "portal",
    "12-01 07:02",
    who="Efisia|E.",
    g="b13it-05",
    v="tense",
    note="ideation in the first months of mourning -> past -> low",
)
M(
    "Buongiorno dottoressa, sono Efisia. Da quando è mancato Tonino la sera non prego più che il Signore mi prenda nel sonno, anche se devo ancora alzarmi in questa casa vuota. Ai figli non lo dico. La saluto",
    "low",
    "",
    "psychotherapy",
    "portal",
    "12-01 07:02",
    who="Efisia|E.",
    g="b13it-05",
    v="negation",
    note="negated passive ideation -> low",
)

# b13it-06: romano, tre giorni chiuso in casa a letto
M(
    "aò so tre giorni che nun esco de casa, ar capo ho detto che c'ho la febbre ma nun è vero, sto a letto co le tapparelle giù e nun risponno a nessuno. Daniele",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "11-28 16:40",
    who="Daniele|D.",
    g="b13it-06",
    v="base",
)
M(
    "aò so tre giorni che nun sto chiuso in casa, ar capo nun ho detto che c'ho la febbre, nun sto a letto co le tapparelle giù e risponno a tutti. Daniele",
    "none",
    "",
    "information",
    "whatsapp",
    "11-28 16:40",
    who="Daniele|D.",
    g="b13it-06",
    v="negation",
    note="negated withdrawal (moderate cue) -> none",
)
M(
    "aò so tre giorni che mi fratello nun esce de casa, ar capo ha detto che c'ha la febbre ma nun è vero, sta a letto co le tapparelle giù e nun risponne a nessuno. Daniele",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-28 16:40",
    who="Daniele|D.",
    g="b13it-06",
    v="person",
    note="brother's withdrawal -> someone else's -> low",
)
M(
    "aò so tre giorni che nun esco de casa, ar capo ho detto che c'ho la febbre ma nun è vero, sto a letto co le tapparelle giù e nun risponno a nessuno 😔 Daniele",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "11-28 16:40",
    who="Daniele|D.",
    g="b13it-06",
    v="emoticon",
)

# b13it-07: veneta, grappa la sera per dormire
M(
    "Dotoressa la verità xe che la sera ormai me bevo mezza bottiglia de grappa da sola per riuscir a dormir, senza no ghe la fasso. Volevo dirghelo prima de giovedì. Nadia",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "12-03 21:15",
    who="Nadia|N.",
    g="b13it-07",
    v="base",
)
M(
    "Dotoressa la verità xe che l'inverno scorso la sera me bevevo mezza bottiglia de grappa da sola per riuscir a dormir, senza no ghe la fasevo. Volevo dirghelo prima de giovedì. Nadia",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-03 21:15",
    who="Nadia|N.",
    g="b13it-07",
    v="tense",
    note="drinking last winter -> past -> low",
)
M(
    "Dotoressa la verità xe che la sera ormai no bevo più gnanca un goccio de grappa per riuscir a dormir, ghe la fasso anca senza. Volevo dirghelo prima de giovedì. Nadia",
    "none",
    "",
    "information",
    "sms",
    "12-03 21:15",
    who="Nadia|N.",
    g="b13it-07",
    v="negation",
    note="negated drinking to cope (moderate cue) -> none",
)
M(
    "Dotoressa la verità xe che la sera ormai mio marido se beve mezza bottiglia de grappa da solo per riuscir a dormir, senza no ghe la fa. Volevo dirghelo prima de giovedì. Nadia",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-03 21:15",
    who="Nadia|N.",
    g="b13it-07",
    v="person",
    note="husband's drinking -> someone else's -> low",
)

# b13it-08: torinese, congedo con preparativi (carte, chiavi) e 'stanotte chiudo i conti'
M(
    "Dottor Ferrero, grazie di tutto quello che ha fatto per me in questi due anni, davvero. Ho sistemato le carte per mia figlia e lasciato le chiavi alla vicina. Stanotte chiudo i conti. Non si senta in colpa. Piero",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-05 23:41",
    who="Piero|P.",
    g="b13it-08",
    v="base",
    note="farewell + preparations + 'tonight' -> imminent",
)
M(
    "Dottor Ferrero, stasera ho rivisto quel film di cui le parlavo, e il protagonista alla fine scrive: 'grazie di tutto quello che ha fatto per me, ho sistemato le carte per mia figlia e lasciato le chiavi alla vicina, stanotte chiudo i conti, non si senta in colpa'. Mi ha colpito. Piero",
    "none",
    "",
    "information",
    "whatsapp",
    "12-05 23:41",
    who="Piero|P.",
    g="b13it-08",
    v="quotation",
    note="a film character's farewell -> quotation -> none",
)
M(
    "Dottor Ferrero, due anni fa, prima di cominciare con lei, avevo scritto: grazie di tutto, ho sistemato le carte per mia figlia e lasciato le chiavi alla vicina, stanotte chiudo i conti. Oggi l'ho ritrovato in un cassetto e l'ho strappato. Piero",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-05 23:41",
    who="Piero|P.",
    g="b13it-08",
    v="tense",
    note="farewell note written two years ago -> past -> low",
)
M(
    "Dottor Ferrero... grazie di tutto quello che ha fatto per me in questi due anni, davvero... Ho sistemato le carte per mia figlia e lasciato le chiavi alla vicina... Stanotte chiudo i conti... Non si senta in colpa. Piero",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-05 23:41",
    who="Piero|P.",
    g="b13it-08",
    v="emoticon",
    note="same words with ellipses",
)

# b13it-09: laureanda bolognese, 'non ce la faccio più'
M(
    "Non ce la faccio più, giuro. Ho consegnato la tesi stamattina e il relatore mi ha già detto di rifare tutta la bibliografia. Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "12-01 13:20",
    who="Chiara|C.",
    g="b13it-09",
    v="base",
)
M(
    "Non ce la faccio più ad aspettare la discussione, giuro. Ho consegnato la tesi stamattina e il relatore mi ha già detto di rifare tutta la bibliografia. Chiara",
    "none",
    "",
    "information",
    "whatsapp",
    "12-01 13:20",
    who="Chiara|C.",
    g="b13it-09",
    v="idiom",
    note="'non ce la faccio più ad aspettare' = impatience -> idiom -> none",
)
M(
    "NON CE LA FACCIO PIÙ, GIURO. Ho consegnato la tesi stamattina e il relatore mi ha già detto di rifare tutta la bibliografia. Chiara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "12-01 13:20",
    who="Chiara|C.",
    g="b13it-09",
    v="caps",
)
M(
    "Non è vero che non ce la faccio più, giuro. Ho consegnato la tesi stamattina e il relatore mi ha già detto di rifare tutta la bibliografia. Chiara",
    "none",
    "",
    "information",
    "whatsapp",
    "12-01 13:20",
    who="Chiara|C.",
    g="b13it-09",
    v="negation",
    note="negated moderate cue -> none",
)

# b13it-10: pugliese, calcola sulla banchina dove il treno non frena in tempo
M(
    "Dottò stamattina aspettavo il regionale per Bari e mi sono messo a calcolare a che punto della banchina il treno non fa in tempo a frenare. Non ho fatto niente, sono salito. Ma ci penso da ieri. Vito",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-02 07:48",
    who="Vito|V.",
    g="b13it-10",
    v="base",
    note="thinking about a method (train), no intent stated -> high",
)
M(
    "Dottò se mai mi mettessi a calcolare a che punto della banchina il treno non fa in tempo a frenare, cosa devo fare, chi devo chiamare? Vito",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-02 07:48",
    who="Vito|V.",
    g="b13it-10",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "Dottò mio figlio stamattina aspettava il regionale per Bari e si è messo a calcolare a che punto della banchina il treno non fa in tempo a frenare. Non ha fatto niente, è salito. Ma ci pensa da ieri, me l'ha detto lui. Vito",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-02 07:48",
    who="Vito|V.",
    g="b13it-10",
    v="person",
    note="adult son (not the patient) -> someone else's experience -> low",
)

# b13it-11: siciliana, Tavor messo da parte e data scelta
M(
    "Dutturi, ci dico la verità: il Tavor non lo piglio da tre settimane, l'ho conservato tutto nella scatola delle scarpe. Ora sono abbastanza. Lunedì i picciriddi vanno da so patri. Rosalia",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "12-06 22:10",
    who="Rosalia|R.",
    g="b13it-11",
    v="base",
    note="pills stockpiled, 'enough now', children away on Monday -> means + time -> imminent",
)
M(
    "Dutturi, ci dico la verità: il Tavor ora lo piglio regolare, e le scatole le ho messe tutte in valigia. Ora sono abbastanza per tutto il mese in Germania. Lunedì i picciriddi vanno da so patri. Rosalia",
    "none",
    "",
    "medication information",
    "whatsapp",
    "12-06 22:10",
    who="Rosalia|R.",
    g="b13it-11",
    v="idiom",
    note="packing all the boxes for a trip -> everyday phrase -> none",
)
M(
    "Dutturi, ci dico la verità: il Tavor non l'ho conservato, lo piglio ogni sera come dice il dottore e nella scatola delle scarpe non c'è niente. Non sto mettendo niente da parte. Lunedì i picciriddi vanno da so patri. Rosalia",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "12-06 22:10",
    who="Rosalia|R.",
    g="b13it-11",
    v="negation",
    note="negated stockpiling -> low",
)

# b13it-12: albanese, onere percepito ('stanno meglio se io non ci sono')
M(
    "buonasera dottore io penso che mia moglie e bambini stanno meglio se io non ci sono piu, io porto solo problemi e debiti a casa. Ilir",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-30 20:55",
    who="Ilir|I.",
    g="b13it-12",
    v="base",
    note="perceived burdensomeness -> high",
)
M(
    "buonasera dottore io penso che mia moglie e bambini stanno meglio se io non ci sono piu 😂 io porto solo problemi e debiti a casa 😂 Ilir",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-30 20:55",
    who="Ilir|I.",
    g="b13it-12",
    v="emoticon",
)
M(
    "buonasera dottore io non penso piu che mia moglie e bambini stanno meglio se io non ci sono, io non porto solo problemi e debiti a casa. Ilir",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-30 20:55",
    who="Ilir|I.",
    g="b13it-12",
    v="negation",
    note="negated burdensomeness -> low",
)
M(
    "buonasera dottore mio cugino Arben pensa che sua moglie e bambini stanno meglio se lui non c'è piu, dice che porta solo problemi e debiti a casa. Ilir",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-30 20:55",
    who="Ilir|I.",
    g="b13it-12",
    v="person",
    note="cousin's burdensomeness -> someone else's -> low",
)

# b13it-13: ucraina, attacco di panico al supermercato ('ho paura di non farcela')
M(
    "Dottoressa, di nuovo attacco, in supermercato, cuore batte come matto, non respiro, ho paura di non farcela a tornare a casa. Sono seduta in macchina. Oksana",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "12-03 11:05",
    who="Oksana|O.",
    g="b13it-13",
    v="base",
    note="overwhelming panic, 'afraid I won't make it' -> moderate",
)
M(
    "Dottoressa, di nuovo traffico, dopo supermercato, fila come matta, non si muove, ho paura di non farcela a tornare a casa per seduta. Sono seduta in macchina. Oksana",
    "none",
    "",
    "information",
    "whatsapp",
    "12-03 11:05",
    who="Oksana|O.",
    g="b13it-13",
    v="idiom",
    note="'non farcela' = may be late -> everyday phrase -> none",
)
M(
    "Dottoressa, di nuovo attacco alla signora Gina che assisto, in supermercato, cuore batte come matto, non respira, ha paura di non farcela a tornare a casa. Siamo sedute in macchina. Oksana",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-03 11:05",
    who="Oksana|O.",
    g="b13it-13",
    v="person",
    note="caregiver describes the panic of the lady she assists (not the patient) -> low",
)
M(
    "Dottoressa, a marzo, prima di terapia, attacco in supermercato, cuore batteva come matto, non respiravo, avevo paura di non farcela a tornare a casa. Oggi sono passata stesso posto. Oksana",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-03 11:05",
    who="Oksana|O.",
    g="b13it-13",
    v="tense",
    note="panic in March, before therapy -> past -> low",
)

# ==== single messages: high

M(
    "Gentile dottor Sartori,\n\nLe scrivo per alcune questioni pratiche che avevo lasciato in sospeso. Anzitutto la fattura di ottobre: l'ufficio rimborsi della mia assicurazione sanitaria integrativa mi chiede che vi compaia il codice fiscale per esteso e la dicitura 'prestazione di psicoterapia', altrimenti non la accettano. Potrebbe gentilmente riemetterla? In secondo luogo, dal 15 dicembre lo studio di via Mazzini sarà chiuso per i lavori che mi aveva accennato: confermo che per me va benissimo proseguire online, il martedì alle 18.30, purché il collegamento sia lo stesso.\n\nApprofitto per dirLe una cosa che a voce non sono riuscito a dire. Da qualche settimana, quando la mattina prendo la tangenziale per andare in ufficio, alla curva dello svincolo di Corso Francia mi viene da pensare a quanto sarebbe semplice non girare il volante e lasciare andare la macchina contro il pilone. Ci penso con una calma che mi stupisce, come si pensa a cosa comprare per cena. Non è che abbia deciso qualcosa, ma non riesco più a togliermelo dalla testa e ho iniziato a fare la strada lunga dalla collina per non passarci.\n\nInfine, mia moglie mi chiede se sia possibile, in una delle prossime sedute, che venga anche lei per un quarto d'ora: non è un'urgenza, ne parliamo quando crede.\n\nLa ringrazio come sempre per la disponibilità.\n\nCordiali saluti,\nAndrea Gallo",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "12-07 07:55",
    who="Andrea|A.|Gallo",
    note="method (car against the pillar) thought about in the middle of a practical e-mail -> high",
)
M(
    "ho cercato su google quante ne servono di quelle della pressione di mia nonna per non svegliarsi più. non le ho prese. volevo solo saperlo",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "12-03 00:52",
    who="Giada|G.",
    note="researching a method (grandmother's pills) -> high; nothing taken, no plan stated",
)
M(
    "ieri sera mi sono bruciata l'avambraccio con l'accendino, tre volte, adesso sotto la manica pizzica da morire. non è per morire eh, è che almeno sento qualcosa",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "11-28 15:30",
    who="Noemi|N.",
    note="recent non-suicidal self-injury (burns) -> high; 'da morire' is an intensifier",
)
M(
    "Dottore, sono il papà di Kevin. Stamattina mi ha chiamato la prof di italiano: nel tema sul futuro Kevin ha scritto che lui a diciotto anni non ci arriva e che tanto non se ne accorgerebbe nessuno. A casa non parla, mangia in camera. Mi chiami quando può, non so come prenderlo. Massimo Ferri",
    "high",
    "suicidal_ideation hopelessness support_request",
    "psychotherapy",
    "sms",
    "12-04 12:15",
    who="Massimo|M.|Ferri",
    note="parent reports the patient 'won't reach eighteen' -> not seeing himself alive -> high",
)
M(
    "dottoressa sono Marta le detto un messaggio perché sto guidando volevo dirle che questa mattina sul ponte di Ceresio virgola mi sono fermata a guardare giù e ho pensato che sarebbe tutto più semplice punto non ho fatto niente punto ne parliamo domani punto",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-02 09:26",
    who="Marta|M.",
    note="voice dictation; looking down from a bridge thinking it would be simpler -> method/place thought -> high",
)
M(
    "Oggi dal notaio ho fatto testamento. Ho 41 anni. Non è per un piano, glielo giuro, ma volevo che fosse tutto in ordine per quando non ci sarò, e uscendo mi sono sentito leggero come non mi capitava da mesi. Luca",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-29 18:02",
    who="Luca|L.",
    note="will written, relief -> preparation -> high; negated plan does not lower it",
)
M(
    "Cara dottoressa, alla mia età uno dovrebbe aver paura della morte, io invece la aspetto come la corriera delle sette. Ogni mattina che apro gli occhi è una delusione. Mandi, Bruno",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-05 06:40",
    who="Bruno|B.",
    note="elderly Friulian: waking up is a disappointment -> passive ideation -> high",
)
M(
    "Dottoressa scusi il disturbo, io non voglio più vivire così, no è la stanchezza, è che ogni notte penso che meglio morire y basta, così no soffro più. Rosa",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "12-06 03:18",
    who="Rosa|R.",
    note="Peruvian speaker; 'non voglio più vivere' carries the risk -> high",
)
M(
    "mi gratto le braccia con le unghie fino a farle sanguinare da quando è tornato a casa mio padre, stasera ho dovuto mettere le garze sennò macchiavo la felpa",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "12-01 22:30",
    who="Samuele|S.",
    note="recent self-injury (scratching to bleeding), dressed, no medical danger -> high",
)
M(
    "Buonasera dottoressa, sono Giorgio, il compagno di Elena. Stanotte Elena mi ha detto che mentre fumava sul balcone ha pensato di scavalcare la ringhiera, poi è rientrata e si è addormentata. Stamattina fa finta di niente. Mi può chiamare? Non so come comportarmi",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "12-07 19:10",
    who="Giorgio|G.",
    note="partner reports the patient's thought of going over the railing -> patient's risk, high",
)
M(
    "nn ce la fo + e stanotte ho pensato ke se mi addormento e nn mi sveglio è meglio x tutti. nn dirlo a mamma pls",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-30 02:47",
    who="Ludo|L.",
    note="teen abbreviations; passive ideation + burdensomeness -> high",
)
M(
    "Dottore, sono Stefano, il figlio della signora Ornella. Mia madre da giorni ripete che ogni sera chiede alla Madonna di morire, e ieri ha detto alla badante che vuole raggiungere papà il prima possibile. Mangia pochissimo e non vuole più uscire. Le chiedo un consiglio su come starle vicino.",
    "high",
    "suicidal_ideation withdrawal support_request",
    "psychotherapy",
    "email",
    "12-02 14:33",
    who="Stefano|S.",
    note="adult son reports the patient's (his mother's) wish to die -> patient's risk, high",
)
M(
    "Stanotte non dormivo e ho scelto la musica per il mio funerale. Ci ho messo un'ora, ho fatto pure la scaletta. Mi sono sentita in pace, ed è questo che mi spaventa. Ilaria",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "12-04 04:05",
    who="Ilaria|I.",
    note="planning own funeral with relief -> passive ideation -> high",
)

# ==== single messages: imminent

M(
    "ho preso tutte le pastiglie della sera insieme, quelle di due settimane. volevo solo dormire tanto. ora ho paura e il cuore va veloce. non so se chiamare qualcuno",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "12-01 00:35",
    who="Federica|F.",
    note="overdose already taken -> imminent",
)
M(
    "ho tagliato più del solito e non smette, ho già usato tre asciugamani. ti prego rispondi",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "sms",
    "12-05 01:12",
    who="Alice|A.",
    note="self-harm with bleeding that won't stop -> medical danger -> imminent",
)
M(
    "Dottoressa sono Ionela, badante di signor Aldo. Lui stamattina ha nascosto la corda della tenda in camera sua e ha detto 'stanotte vado da Lucia'. Ha scritto lettera per figli e messo sopra comò. Io ho paura, cosa faccio?? mi chiami",
    "imminent",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "12-06 18:50",
    who="Ionela|I.",
    note="Romanian caregiver reports the patient: rope hidden, 'tonight', letters -> plan -> imminent",
)
M(
    "Dottò, stasera vado sullo scoglio a Scilla e mi ci butto. La macchina l'ho già lasciata giù al porto. Non mi chiamate, tanto non rispondo.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-28 20:40",
    who="Domenico|D.",
    note="intent + place + time -> imminent",
)
M(
    "Gentile dottoressa Conti,\n\nLe restituisco con questa mail, come d'accordo, i due libri che mi aveva prestato: li ho lasciati stamattina in portineria in una busta con il mio nome, insieme alla chiavetta con gli esercizi di respirazione. Ho anche fatto il bonifico per le ultime tre sedute di novembre e di dicembre (trova la contabile in allegato), così non resta niente in sospeso tra noi; se mancasse qualcosa per la marca da bollo mi scusi, ho fatto il calcolo di fretta.\n\nVolevo dirLe che in questi due anni Lei è stata l'unica persona con cui non ho dovuto fingere. Non è colpa Sua, né della terapia: è una stanchezza che viene da prima di me. Non ci saranno altre sedute. Quando leggerà questa mail avrò già preso la mia decisione, e ho fatto in modo che a trovarmi non siano i bambini: sono da mia sorella fino a domenica, e lei ha una lettera per loro.\n\nLa prego di non sentirsi responsabile. Ho apprezzato davvero la Sua pazienza, le Sue domande scomode e perfino i silenzi del giovedì.\n\nLa saluto con affetto e gratitudine,\nValeria Mancini",
    "imminent",
    "suicidal_ideation",
    "cancellation information psychotherapy",
    "email",
    "12-06 05:10",
    who="Valeria|V.|Mancini",
    note="farewell with affairs settled, children sent away, decision taken -> imminent",
)
M(
    "ho chiuso le finestre e aperto il gas della cucina, sono seduto per terra vicino al forno. volevo solo sentire una voce",
    "imminent",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "12-03 03:22",
    who="Tommaso|T.",
    note="suicidal act in progress -> imminent",
)
M(
    "Ho contato: 38 di Xanax e due scatole di Tachipirina 1000. Sono nel cassetto del comodino. Aspetto che Fabrizio parta per Milano giovedì. Non lo dica a nessuno.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "12-07 23:58",
    who="Cristina|C.",
    note="pills counted and ready + time (when the husband leaves) -> plan -> imminent",
)
M(
    "ho preso le pillole di mia madre cn la vodka tipo 15 nn so nn le ho contate. mi gira tt la stanza. scusa",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "whatsapp",
    "11-29 03:04",
    who="Nicolò|N.",
    note="overdose with alcohol already taken -> imminent",
)
M(
    "Grazie per averci provato con me. Lei è stata l'unica. Ho tutto qui con me e adesso è ora. Addio Dott.ssa",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-02 23:26",
    who="Elisa|E.",
    note="farewell in a context of means at hand -> imminent",
)

# ==== single messages: idioms (everyday phrases with crisis words), none

M(
    "Mi ammazzo di straordinari sto mese, quindi giovedì arrivo alle 18.15 e non alle 18. Scusi! Franco",
    "none",
    "apology",
    "information",
    "sms",
    "12-01 12:05",
    who="Franco|F.",
    note="'mi ammazzo di straordinari' idiom -> none",
)
M(
    "ieri in seduta so' schiattata dalle risate quando ha raccontato del gatto 😂 grazie, mi ha svoltato la settimana. Carmela",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "11-28 10:20",
    who="Carmela|C.",
    note="'schiattata dalle risate' idiom -> none",
)
M(
    "Il nuovo capo reparto mi vuole morta, ha cambiato di nuovo i turni: posso spostare la seduta di martedì a mercoledì alla stessa ora? Sonia",
    "none",
    "",
    "cancellation",
    "sms",
    "12-02 13:10",
    who="Sonia|S.",
    note="'mi vuole morta' idiom -> none",
)
M(
    "Mi sono tagliata la frangia da sola e sembro un carciofo, meno male giovedì siamo online e mi metto il berretto",
    "none",
    "",
    "information",
    "whatsapp",
    "12-03 19:44",
    who="Beatrice|B.",
    note="'tagliata la frangia' everyday -> none",
)
M(
    "Ho fatto un'overdose di serie tv questo weekend, due stagioni intere, così almeno lunedì abbiamo di che parlare 🙂 Davide",
    "none",
    "",
    "information",
    "whatsapp",
    "11-30 21:30",
    who="Davide|D.",
    note="'overdose di serie tv' idiom -> none",
)
M(
    "Stasera mi butto: vado alla cena di classe dei vent'anni anche se non so chi ci sarà. Le faccio sapere! Matilde",
    "none",
    "",
    "information",
    "whatsapp",
    "12-05 18:00",
    who="Matilde|M.",
    note="'mi butto' = I'll take the plunge -> idiom -> none",
)
M(
    "Buongiorno, si muore di caldo nella sala d'attesa, i termosifoni sono al massimo. Posso aprire la finestra o disturbo gli altri studi? Graziella",
    "none",
    "",
    "information",
    "portal",
    "12-04 09:50",
    who="Graziella|G.",
    note="'si muore di caldo' idiom -> none",
)

# ==== single messages: quotations, none

M(
    "Per il laboratorio di scrittura ho scritto una poesia che finisce con 'e la notte mi prenda senza chiedere il permesso', la prof dice che è troppo cupa ma a me piace. Gliela porto giovedì?",
    "none",
    "",
    "information",
    "whatsapp",
    "12-01 17:15",
    who="Irene|I.",
    note="a poem written for class -> quotation -> none",
)
M(
    "Sto preparando l'esame di letteratura e ho letto del biglietto che Pavese lasciò all'albergo, quello dove chiede di non fare pettegolezzi. Mi sono venuti i brividi. Non c'entra niente con me, eh, era solo per raccontarglielo. Pietro",
    "none",
    "",
    "information",
    "email",
    "11-29 16:45",
    who="Pietro|P.",
    note="reported content of a writer's note -> mention/quotation -> none",
)

# ==== single messages: none

M(
    "Buongiorno dottoressa, mi dispiace ma domani devo disdire, il piccolo ha la febbre a 39. Possiamo recuperare venerdì pomeriggio? Grazia",
    "none",
    "apology",
    "cancellation",
    "sms",
    "12-03 07:30",
    who="Grazia|G.",
)
M(
    "Dottoressa lo psichiatra mi ha alzato la sertralina a 100, mi ha detto di dirglielo. Per ora un po' di nausea la mattina, per il resto tutto bene. Emanuele",
    "none",
    "",
    "medication",
    "whatsapp",
    "11-30 11:00",
    who="Emanuele|E.",
)
M(
    "Confermo l'appuntamento del 3 dicembre alle ore 17. Il link per la videochiamata è lo stesso della volta scorsa? Cordiali saluti, Ing. Paolo Rinaldi",
    "none",
    "",
    "information",
    "portal",
    "11-28 09:12",
    who="Paolo|P.|Rinaldi",
)
M(
    "Ho passato l'esame di guida!!! 🎉 al secondo tentativo ma chi se ne frega. Giulio",
    "none",
    "",
    "information",
    "whatsapp",
    "12-04 12:40",
    who="Giulio|G.",
)
M(
    "Egregio dottor Marchetti,\nla presente per chiederLe cortesemente copia delle fatture del 2026 da allegare alla dichiarazione dei redditi; il mio commercialista ha bisogno anche della ricevuta del pagamento tracciabile. Se preferisce le passo a ritirare in studio.\nDistinti saluti\nAvv. Giuseppe Russo",
    "none",
    "",
    "information",
    "email",
    "12-07 10:02",
    who="Giuseppe|G.|Russo",
)

# ==== single messages: low

M(
    "Oggi giornata grigia, mi manca la nonna. Niente di grave, volevo solo dirlo a qualcuno. Sara",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-06 17:20",
    who="Sara|S.",
)
M(
    "dottoressa io qui a Torino sento molto sola, colleghi escono sempre tra loro e io resto a casa. possiamo sentire 10 minuti al telefono? Mei",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "12-05 20:10",
    who="Mei|M.",
)
M(
    "la mia migliore amica ieri sera mi ha scritto che vuole farla finita, l'ho convinta a chiamare sua madre e ora sta da lei. io però sono sconvolta e oggi non riesco a studiare niente",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "12-02 15:55",
    who="Greta|G.",
    note="friend's suicidal ideation -> someone else's -> low",
)
M(
    "domanda teorica: se uno in piena notte avesse pensieri brutti tipo di farsi male, a chi deve telefonare se lei non risponde? chiedo per essere preparata",
    "low",
    "",
    "information psychotherapy",
    "portal",
    "11-29 14:10",
    who="Veronica|V.",
    note="hypothetical question about self-harm thoughts -> low",
)
M(
    "Ci ho ripensato dopo martedì, a quel periodo al liceo in cui mi tagliavo. Strano parlarne da adulta, con i figli grandi. Grazie di avermi ascoltata. Antonella",
    "low",
    "",
    "psychotherapy",
    "email",
    "12-03 21:40",
    who="Antonella|A.",
    note="self-harm in high school, discussed in therapy -> past -> low",
)
M(
    "Tranquilla, non ho pensieri di farla finita, sono solo un po' giù per la storia con Marco. Ci vediamo lunedì. Bea",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-28 22:15",
    who="Bea|B.",
    note="negated ideation + low mood -> low",
)
M(
    "Mio marito oggi non mi ha riconosciuta, mi ha chiamata signora. Sono triste, dottore, tanto triste. Franca",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-01 19:30",
    who="Franca|F.",
)

# ==== single messages: moderate

M(
    "è da venerdì che non mi alzo dal letto se non per il bagno. in ufficio ho detto che ho la schiena bloccata",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "12-07 15:05",
    who="Lorenzo|L.",
)
M(
    "canne tutte le sere ormai, sennò il cervello non si spegne. lo so che lo sa già",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "12-04 23:30",
    who="Jacopo|J.",
)
M(
    "Dotto' so' allo stremo, 'o criaturo nun dorme da tre notti e mio marito sta sempre fore pe' fatica. Nun vedo na via d'uscita. Assunta",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "12-02 04:50",
    who="Assunta|A.",
)
M(
    "ma che senso ha. faccio tutto come dice lei e va tutto storto uguale",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "12-06 13:15",
    who="Kevin|K.",
)
M(
    "Gentile dottoressa Ruggiero,\n\nmi scuso per il preavviso breve, ma sarò costretta a disdire la seduta di mercoledì 9: l'azienda mi manda a Francoforte per la chiusura di bilancio e rientro solo venerdì sera. Se fosse possibile, preferirei recuperare lunedì 14 in videochiamata, in qualunque orario dopo le 19. Le chiederei anche di intestare la prossima fattura alla mia nuova residenza, via Carducci 12 a Monza, perché il trasloco è finalmente concluso (gli scatoloni, quelli no, sono ancora tutti in corridoio).\n\nC'è però una cosa che preferisco dirLe subito, per onestà. Nelle ultime due settimane ho preso lo Xanax molto più spesso di quanto mi avesse indicato il dottor Pace: non mezza compressa la sera, ma una intera prima di ogni riunione importante, e a volte un'altra nel pomeriggio. È l'unico modo che ho trovato per reggere le call con il nuovo direttore senza che mi tremi la voce. So che non va bene e mi vergogno un po' a scriverlo, ma pensavo fosse giusto che lo sapesse prima di vederci. Non mi sembra di esagerare con altro: la sera non bevo, dormo abbastanza e nel fine settimana sono riuscita perfino a tornare in piscina con mia cugina Elena.\n\nLa ringrazio e Le auguro buona settimana,\nFrancesca Lodi",
    "moderate",
    "substance_use apology",
    "cancellation medication psychotherapy",
    "email",
    "12-06 08:45",
    who="Francesca|F.|Lodi",
    note="sedative taken beyond prescription to cope -> substance_use -> moderate",
)
M(
    "non riesco a respirare da stamattina, il cuore mi scoppia, ho paura di impazzire, sono chiusa in macchina nel parcheggio dell'Esselunga e non riesco a partire. mi scrive qualcosa? 🙏",
    "moderate",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "11-29 12:20",
    who="Debora|D.",
    note="panic overwhelming the sender -> moderate",
)
M(
    "ho spento il telefono a tutti da domenica, l'ho riacceso solo per scriverle che giovedì ci sono. Anna",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "12-03 10:00",
    who="Anna|A.",
)
M(
    "Dottore, licenziato a 58 anni dopo trent'anni in fabbrica. Chi mi riprende? Per me il futuro non esiste più, è inutile che facciamo finta. Ottavio",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "12-05 09:30",
    who="Ottavio|O.",
    note="no future (job), not questioning being alive -> moderate",
)
