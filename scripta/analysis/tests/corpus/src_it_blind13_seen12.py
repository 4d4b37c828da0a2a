# Written blind for round 12 (Italian; 2026-11-27, by an author who never saw the engine nor rounds 2-11), but NOT a
# holdout: the lead engineer saw part of its texts (a formatting diff) before any measurement. Not loaded by the
# build until 2026-11-27; then spent into dev after round 13, never tuned on before (read once with engine 2026.11.18:
# see GUIDELINES.md, "Holdout rounds"). The file name orders its ids after round 13's.
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# s12it-01: adolescente, impulso di autolesionismo con un oggetto a portata di mano
M(
    "scusa l'ora nn so a chi altro scriverlo. stasera ho d nuovo voglia di tagliarmi, ho tirato fuori il temperino dall'astuccio di mate e lo sto guardando da mezz'ora",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Giulia|G.",
    g="s12it-01",
    v="base",
)
M(
    "scusa l'ora nn so a chi altro scriverlo. stasera nn ho voglia di tagliarmi, anche se ho tirato fuori il temperino dall'astuccio di mate e lo sto guardando da mezz'ora",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Giulia|G.",
    g="s12it-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "scusa l'ora nn so a chi altro scriverlo. in seconda media avevo sempre voglia di tagliarmi, tiravo fuori il temperino dall'astuccio di mate e lo guardavo per mezz'ore",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Giulia|G.",
    g="s12it-01",
    v="tense",
    note="historic self-harm urges -> low, no content signal",
)
M(
    "scusa l'ora nn so a chi altro scriverlo. stasera ho d nuovo voglia di tagliarmi 🙂 ho tirato fuori il temperino dall'astuccio di mate e lo sto guardando da mezz'ora 🙂",
    "high",
    "self_harm apology valence_shift",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Giulia|G.",
    g="s12it-01",
    v="emoticon",
    note="smiles on self-harm words -> valence shift",
)

# s12it-02: vedovo anziano, ideazione passiva dopo il lutto
M(
    "Gentile dottoressa, da quando è mancata la mia Ada la sera prego di addormentarmi e che il Signore mi prenda con sé nel sonno, così la raggiungo. Non lo dico ai figli, lo dico a Lei. Cordiali saluti, Ernesto Fabbri",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-14 21:05",
    who="Ernesto|Fabbri|E.",
    g="s12it-02",
    v="base",
)
M(
    "Gentile dottoressa, da quando è mancato il suo Gino mia sorella Lina dice che la sera prega di addormentarsi e che il Signore la prenda con sé nel sonno, così lo raggiunge. Non lo dice ai figli, lo ha detto a me. Cordiali saluti, Ernesto Fabbri",
    "low",
    "",
    "psychotherapy",
    "email",
    "01-14 21:05",
    who="Ernesto|Fabbri|E.",
    g="s12it-02",
    v="person",
    note="sister's passive ideation -> worry about someone else, low",
)
M(
    "Gentile dottoressa, da quando è mancata la mia Ada la sera non prego più di addormentarmi e che il Signore mi prenda con sé nel sonno. Non lo dico ai figli, lo dico a Lei. Cordiali saluti, Ernesto Fabbri",
    "low",
    "",
    "psychotherapy",
    "email",
    "01-14 21:05",
    who="Ernesto|Fabbri|E.",
    g="s12it-02",
    v="negation",
    note="negated passive ideation -> low",
)

# s12it-03: overdose di gocce appena presa; variante idiomatica (farmaci messi in valigia)
M(
    "Dottoressa mi scusi l'ora. Ho preso tutte le gocce per dormire che avevo, la boccetta intera, più le pastiglie per la pressione della nonna. Volevo che almeno qualcuno lo sapesse. Irene",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "02-21 02:36",
    who="Irene|I.",
    g="s12it-03",
    v="base",
)
M(
    "Dottoressa mi scusi l'ora. Ho preso tutte le gocce per dormire che avevo, la boccetta intera, più le pastiglie per la pressione della nonna, e le ho messe in valigia: domattina partiamo per Bari e lì la farmacia è lontana. Irene",
    "none",
    "apology",
    "medication information",
    "sms",
    "02-21 02:36",
    who="Irene|I.",
    g="s12it-03",
    v="idiom",
    note="'ho preso' = packed for the trip",
)
M(
    "Dottoressa mi scusi l'ora. A diciannove anni ho preso tutte le gocce per dormire che avevo, la boccetta intera, più le pastiglie per la pressione della nonna. Volevo che almeno qualcuno lo sapesse. Irene",
    "low",
    "apology",
    "medication psychotherapy",
    "sms",
    "02-21 02:36",
    who="Irene|I.",
    g="s12it-03",
    v="tense",
    note="overdose years ago, told now -> past, low",
)

# s12it-04: camionista siciliano, piano con luogo e tempo
M(
    "Duttù dumani all'alba vaju o viadotto da statale, i chiavi do camion ci li lassai a me cugnatu. Nun mi circati. Turi",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-05 23:52",
    who="Turi|Salvatore|S.",
    g="s12it-04",
    v="base",
    note="place + time + arrangements -> plan",
)
M(
    "Duttù si mai dumani all'alba mi vinissi 'n testa di ghiri o viadotto da statale, a cu ci telefonu? Turi",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-05 23:52",
    who="Turi|Salvatore|S.",
    g="s12it-04",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "Duttù aieri sira 'nto film u protagonista dicia: «dumani all'alba vaju o viadotto, nun mi circati». Mi fici impressioni comu 'u dicia. Turi",
    "none",
    "",
    "information",
    "whatsapp",
    "10-05 23:52",
    who="Turi|Salvatore|S.",
    g="s12it-04",
    v="quotation",
)
M(
    "DUTTÙ DUMANI ALL'ALBA VAJU O VIADOTTO DA STATALE, I CHIAVI DO CAMION CI LI LASSAI A ME CUGNATU. NUN MI CIRCATI. TURI",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-05 23:52",
    who="Turi|Salvatore|S.",
    g="s12it-04",
    v="caps",
)

# s12it-05: balcone del sesto piano
M(
    "Certe sere mi affaccio dal balcone, sesto piano, guardo giù il cortile e penso che basterebbe un attimo. Poi rientro e lavo i piatti come niente fosse. Bea",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-18 22:10",
    who="Beatrice|Bea|B.",
    g="s12it-05",
    v="base",
)
M(
    "Certe sere mi affaccio dal balcone, sesto piano, guardo giù il cortile e penso che basterebbe un attimo per far cadere il vaso di gerani in testa al vicino che fuma sotto le mie finestre 😂 Poi rientro e lavo i piatti come niente fosse. Bea",
    "none",
    "",
    "information",
    "portal",
    "04-18 22:10",
    who="Beatrice|Bea|B.",
    g="s12it-05",
    v="idiom",
)
M(
    "La mia coinquilina mi ha confidato che certe sere si affaccia dal balcone, sesto piano, guarda giù il cortile e pensa che basterebbe un attimo. Poi rientra e lava i piatti come niente fosse. Bea",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-18 22:10",
    who="Beatrice|Bea|B.",
    g="s12it-05",
    v="person",
    note="flatmate's ideation -> low",
)

# s12it-06: romano, chiuso in casa
M(
    "Dotto', so' tre giorni che nun esco de casa. Er telefono l'ho spento a tutti, pure a mi' madre. Nun me va de vede' nessuno. Fabrizio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "11-10 16:20",
    who="Fabrizio|F.",
    g="s12it-06",
    v="base",
)
M(
    "Dotto', l'inverno scorso stavo giorni senza usci' de casa. Er telefono lo spegnevo a tutti, pure a mi' madre. Nun me andava de vede' nessuno. Fabrizio",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-10 16:20",
    who="Fabrizio|F.",
    g="s12it-06",
    v="tense",
    note="past withdrawal -> low",
)
M(
    "Dotto', so' tre giorni che nun esco de casa, c'ho la febbre a 39 e l'influenza. Er telefono l'ho spento perché m'è cascato nel lavandino. Nun posso vede' nessuno, so' contagioso. Fabrizio",
    "none",
    "",
    "information",
    "sms",
    "11-10 16:20",
    who="Fabrizio|F.",
    g="s12it-06",
    v="idiom",
    note="staying in for flu, not for how he feels",
)
M(
    "Dotto', so' tre giorni che nun esco de casa... Er telefono l'ho spento a tutti, pure a mi' madre... Nun me va de vede' nessuno... Fabrizio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "11-10 16:20",
    who="Fabrizio|F.",
    g="s12it-06",
    v="emoticon",
    note="ellipsis form variant",
)

# s12it-07: madre, lettera di addio trovata e cose regalate
M(
    "Buongiorno dottoressa, sono la mamma di Chiara. Stamattina rifacendole il letto ho trovato sotto il cuscino una busta per me e suo padre con scritto «da aprire dopo». Dentro c'è scritto grazie di tutto, non è colpa vostra, vi voglio bene. In settimana ha regalato la chitarra alla cugina e ha portato il criceto dalla vicina dicendo che tanto lei non se ne può occupare. Adesso è a scuola. La prego, mi richiami appena legge. Daniela Serra",
    "imminent",
    "suicidal_ideation support_request urgency",
    "psychotherapy",
    "email",
    "05-06 08:14",
    who="Daniela|Serra|D.",
    g="s12it-07",
    v="base",
    note="parent reports the patient: farewell letter + giving things away -> farewell in context of risk",
)
M(
    "Buongiorno dottoressa, sono la mamma di Chiara. Stamattina Chiara mi ha raccontato che la sua amica Noemi ha lasciato sotto il cuscino una busta per i genitori con scritto «da aprire dopo». Dentro c'era scritto grazie di tutto, non è colpa vostra, vi voglio bene. In settimana aveva regalato la chitarra alla cugina e portato il criceto dalla vicina. Chiara è sconvolta. La prego, mi richiami appena legge. Daniela Serra",
    "low",
    "support_request urgency",
    "psychotherapy",
    "email",
    "05-06 08:14",
    who="Daniela|Serra|D.",
    g="s12it-07",
    v="person",
    note="a friend of the patient, not the patient -> low",
)
M(
    "Buongiorno dottoressa, sono la mamma di Chiara. Due anni fa, rifacendole il letto, avevo trovato sotto il cuscino una busta per me e suo padre con scritto «da aprire dopo». Dentro c'era scritto grazie di tutto, non è colpa vostra, vi voglio bene. Quella settimana aveva regalato la chitarra alla cugina e portato il criceto dalla vicina. Ci ripenso spesso, vorrei parlarne con lei. Daniela Serra",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "05-06 08:14",
    who="Daniela|Serra|D.",
    g="s12it-07",
    v="tense",
    note="episode two years ago -> past, low",
)

# s12it-08: milanese, gin per non pensare
M(
    "Ciao dottore, te lo dico subito così non ci giro intorno: ieri sera mi sono finito da solo una bottiglia di gin per non pensare alla storia con l'Elena. Oggi in ufficio ero uno zombie. Giovedì ne parliamo. Ste",
    "moderate",
    "substance_use",
    "psychotherapy",
    "email",
    "09-24 13:02",
    who="Stefano|Ste|S.",
    g="s12it-08",
    v="base",
)
M(
    "Ciao dottore, te lo dico subito così non ci giro intorno: ieri sera non mi sono finito da solo una bottiglia di gin per non pensare alla storia con l'Elena. Oggi in ufficio ero uno zombie. Giovedì ne parliamo. Ste",
    "none",
    "",
    "information psychotherapy",
    "email",
    "09-24 13:02",
    who="Stefano|Ste|S.",
    g="s12it-08",
    v="negation",
    note="negated moderate cue -> none",
)
M(
    "Ciao dottore, te lo dico subito così non ci giro intorno: ieri sera mio fratello si è finito da solo una bottiglia di gin per non pensare alla storia con l'Elena. Oggi in ufficio era uno zombie. Giovedì ne parliamo. Ste",
    "low",
    "",
    "psychotherapy",
    "email",
    "09-24 13:02",
    who="Stefano|Ste|S.",
    g="s12it-08",
    v="person",
    note="brother's drinking -> low",
)

# s12it-09: non arrivare ai trent'anni
M(
    "Sinceramente non mi vedo arrivare ai trent'anni. Non è una frase a effetto, è che proprio non ci sarò, lo sento. Mattia",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "07-30 19:41",
    who="Mattia|M.",
    g="s12it-09",
    v="base",
)
M(
    "Nel podcast che mi aveva consigliato uno dice: «sinceramente non mi vedo arrivare ai trent'anni, non è una frase a effetto». Mi ha fatto pensare. Mattia",
    "none",
    "",
    "information",
    "whatsapp",
    "07-30 19:41",
    who="Mattia|M.",
    g="s12it-09",
    v="quotation",
)
M(
    "Sinceramente non mi vedo arrivare ai trent'anni 😂 Non è una frase a effetto, è che proprio non ci sarò, lo sento 😂 Mattia",
    "high",
    "suicidal_ideation hopelessness valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-30 19:41",
    who="Mattia|M.",
    g="s12it-09",
    v="emoticon",
)
M(
    "Sinceramente non mi vedo arrivare ai trent'anni con un contratto fisso. Non è una frase a effetto, è che proprio in questo settore non ci sarà, lo sento. Mattia",
    "none",
    "",
    "information",
    "whatsapp",
    "07-30 19:41",
    who="Mattia|M.",
    g="s12it-09",
    v="idiom",
)

# s12it-10: paracetamolo comprato in due farmacie
M(
    "Ho comprato quattro scatole di paracetamolo in due farmacie diverse, così nessuno fa domande. Sono nel cassetto del comodino, sotto i calzini. Ne ho abbastanza adesso.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "12-02 18:33",
    who="Sara|S.",
    g="s12it-10",
    v="base",
    note="means gathered",
)
M(
    "Ho comprato quattro scatole di paracetamolo in due farmacie diverse, perché la prima aveva solo due confezioni di quello in sciroppo per i bambini. Sono nel cassetto del comodino, sotto i calzini. Ne ho abbastanza adesso per l'inverno.",
    "none",
    "",
    "medication information",
    "sms",
    "12-02 18:33",
    who="Sara|S.",
    g="s12it-10",
    v="idiom",
)
M(
    "L'anno scorso avevo comprato quattro scatole di paracetamolo in due farmacie diverse, così nessuno faceva domande. Le tenevo nel cassetto del comodino, sotto i calzini. Ne parlammo a lungo, ricorda?",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "12-02 18:33",
    who="Sara|S.",
    g="s12it-10",
    v="tense",
    note="past, discussed in therapy -> low",
)

# s12it-11: curva di Sant'Anna
M(
    "Stanotte tornando da Cagliari ho pensato di tirare dritto alla curva di Sant'Anna, senza frenare. Il piede era già lì. Non so perché non l'ho fatto. Nicola",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-12 07:15",
    who="Nicola|N.",
    g="s12it-11",
    v="base",
)
M(
    "Stanotte col simulatore di rally ho pensato di tirare dritto alla curva di Sant'Anna, senza frenare. Il piede era già lì. Mio figlio rideva come un matto. Nicola",
    "none",
    "",
    "information",
    "sms",
    "06-12 07:15",
    who="Nicola|N.",
    g="s12it-11",
    v="idiom",
    note="video game",
)
M(
    "STANOTTE TORNANDO DA CAGLIARI HO PENSATO DI TIRARE DRITTO ALLA CURVA DI SANT'ANNA, SENZA FRENARE. IL PIEDE ERA GIÀ LÌ. NON SO PERCHÉ NON L'HO FATTO. NICOLA",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-12 07:15",
    who="Nicola|N.",
    g="s12it-11",
    v="caps",
)
M(
    "Stanotte tornando da Cagliari, per la prima volta da mesi, non ho pensato di tirare dritto alla curva di Sant'Anna. Il piede è rimasto sul freno. Nicola",
    "low",
    "",
    "psychotherapy",
    "sms",
    "06-12 07:15",
    who="Nicola|N.",
    g="s12it-11",
    v="negation",
    note="negated method thought -> low",
)

# s12it-12: taglio profondo che sanguina
M(
    "mi sn tagliata + a fondo del solito sul polso e nn smette d sanguinare, ho messo su 2 asciugamani e sono già zuppi. nn so se devo andare al ps",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-19 01:48",
    who="Alessia|Ale|A.",
    g="s12it-12",
    v="base",
    note="self-harm with medical danger",
)
M(
    "la mia compagna di stanza si è tagliata + a fondo del solito sul polso e nn smette d sanguinare, le ho messo su 2 asciugamani e sono già zuppi. nn so se devo portarla al ps",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-19 01:48",
    who="Alessia|Ale|A.",
    g="s12it-12",
    v="person",
    note="roommate's self-harm -> worry about someone else, low",
)
M(
    "mi sn tagliata + a fondo del solito sul polso... nn smette d sanguinare, ho messo su 2 asciugamani e sono già zuppi... nn so se devo andare al ps...",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-19 01:48",
    who="Alessia|Ale|A.",
    g="s12it-12",
    v="emoticon",
    note="ellipsis form variant",
)

# s12it-13: 'mi ammazzo' dopo l'umiliazione al lavoro
M(
    "Se domani il capo mi umilia un'altra volta davanti a tutto il reparto, giuro che mi ammazzo. E stavolta non scherzo come le altre volte. Franco",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-02 20:30",
    who="Franco|F.",
    g="s12it-13",
    v="base",
)
M(
    "Se domani il capo mi umilia un'altra volta davanti a tutto il reparto, giuro che mi ammazzo di lavoro fino a Natale per fargli vedere chi sono. Franco",
    "none",
    "",
    "information",
    "sms",
    "02-02 20:30",
    who="Franco|F.",
    g="s12it-13",
    v="idiom",
)
M(
    "C'è quella canzone trap che mio nipote mette sempre in macchina, fa: «se domani il capo mi umilia un'altra volta, giuro che mi ammazzo». Non la sopporto più. Franco",
    "none",
    "",
    "information",
    "sms",
    "02-02 20:30",
    who="Franco|F.",
    g="s12it-13",
    v="quotation",
)

# s12it-14: solitudine del sabato sera
M(
    "Il sabato sera è il momento peggiore. Tutti escono, le storie su Instagram piene di gente, e io qui da sola a fissare il soffitto con la tv accesa per sentire delle voci. Marisa",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "03-14 22:05",
    who="Marisa|M.",
    g="s12it-14",
    v="base",
)
M(
    "Il sabato sera è il momento peggiore. Tutti escono, le storie su Instagram piene di gente, e io qui a fissare il soffitto con la tv accesa, ma stasera non mi sento sola, stranamente. Marisa",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "03-14 22:05",
    who="Marisa|M.",
    g="s12it-14",
    v="negation",
    note="negated loneliness -> none",
)
M(
    "Mia madre dice che il sabato sera è il momento peggiore. Tutti escono, e lei lì da sola a fissare il soffitto con la tv accesa per sentire delle voci. Marisa",
    "none",
    "",
    "information",
    "portal",
    "03-14 22:05",
    who="Marisa|M.",
    g="s12it-14",
    v="person",
    note="someone else's low cue -> none",
)

# s12it-15: saluto finale in contesto di rischio vs. trasloco
M(
    "Volevo solo dirle grazie di tutto, per questi due anni. Da domani non mi sentirà più, non si preoccupi, ho sistemato tutto io: le bollette, il cane da mia sorella, le chiavi. Lei è stata l'unica. Elena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-28 23:40",
    who="Elena|E.",
    g="s12it-15",
    v="base",
    note="farewell + arrangements -> imminent",
)
M(
    "Volevo solo dirle grazie di tutto, per questi due anni. Da domani non mi sentirà più perché parto per Lisbona, non si preoccupi, ho sistemato tutto io: le bollette, il cane da mia sorella, le chiavi all'agenzia. Lei è stata l'unica. Elena",
    "none",
    "",
    "information psychotherapy",
    "email",
    "10-28 23:40",
    who="Elena|E.",
    g="s12it-15",
    v="idiom",
    note="goodbye for a move abroad",
)
M(
    "Volevo solo dirle grazie di tutto, per questi due anni... Da domani non mi sentirà più, non si preoccupi, ho sistemato tutto io: le bollette, il cane da mia sorella, le chiavi... Lei è stata l'unica... Elena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-28 23:40",
    who="Elena|E.",
    g="s12it-15",
    v="emoticon",
    note="ellipsis form variant",
)

# ==== single messages: high

M(
    "Egregio dottor Valsecchi,\n\nLe scrivo come d'accordo per la questione della pensione di reversibilità: il patronato di Biella mi ha finalmente dato l'appuntamento per il 9 dicembre alle dieci e mezza, quindi la seduta di quel giorno la possiamo tenere nel pomeriggio, se per Lei va bene. Ho portato anche i documenti di mia moglie buonanima, il libretto e le ricevute, e la signorina allo sportello è stata molto gentile, cosa che di questi tempi non è scontata.\n\nLe racconto anche che la settimana scorsa sono stato in Valle Cervo con mio cognato Piero a raccogliere le ultime castagne, e che il medico di base mi ha trovato la pressione un po' alta ma niente di preoccupante, dice lui. Mangio poco, è vero, ma cucinare per uno solo non mi viene.\n\nC'è una cosa però che preferisco dirLe per iscritto, perché a voce non mi viene. Giovedì sono andato dal notaio Ferraris e ho fatto testamento. Ho lasciato la casa a mia figlia e il bosco al nipote, e le ho detto dove tengo la cartella con le chiavi della cassetta e le password della banca. Non ho intenzione di fare niente, stia tranquillo, non sono il tipo. Però la sera penso che sono pronto, che ho messo tutto in ordine e che se domani non mi svegliassi andrebbe bene così, anzi sarebbe quasi un sollievo. Volevo che Lei lo sapesse prima di martedì.\n\nLa ringrazio della pazienza e La saluto cordialmente,\nGiovanni Mosca\ntel. 015 ...",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "11-21 18:12",
    who="Giovanni|Mosca|G.",
    note="will + passive wish not to wake; negated intent does not lower it",
)
M(
    "nn riesco a smettere d pensare a come sarebbe se nn ci fossi +. tipo se mi investisse il 64 mentre attraverso sarebbe tt + facile x tutti, mamma nn dovrebbe + pagare lo psicologo lol",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-13 23:58",
    who="Kevin|K.",
    note="passive ideation + burdensomeness",
)
M(
    "Dottò, scusate l'ora. Stanotte aggio pensato tutta 'a notte 'a corda 'e ll'altalena d'e creature, chella into 'o giardino. Nun ll'aggio toccata, sto int'o lietto, però ce aggio pensato fino a mo'. Gennaro",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "01-29 04:12",
    who="Gennaro|G.",
    note="thinking about a method, no time/plan",
)
M(
    "Buonasera, sono Marta, la compagna di Davide. Le scrivo con il suo permesso: stamattina a colazione mi ha detto che da qualche settimana ogni sera spera di non svegliarsi più, e che gli dispiace per me. Poi è andato al lavoro come se niente fosse. Possiamo sentirci, anche solo cinque minuti? Marta",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "09-03 20:18",
    who="Marta|M.",
    note="partner reports the patient's passive ideation -> patient's risk",
)
M(
    "Ho ricominciato con le forbicine per le unghie sull'interno delle braccia, ieri sera e di nuovo stasera, finché non esce il sangue. Non è niente di profondo, ma non riesco a smettere e la voglia torna appena spengo la luce. Lo dico qui così non devo dirlo in faccia. Federica",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "02-11 23:20",
    who="Federica|F.",
)
M(
    "lo so che è una cosa brutta da scrivere ma ultimamente quando vado al lavoro sulla A14 penso che se un tir mi prendesse in pieno mi risolverebbe parecchi problemi. non è che lo cerco eh. però lo penso ogni mattina",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-26 07:05",
    who="Davide|D.",
    note="passive ideation",
)
M(
    "Cara dottoressa,\nle devo una confessione prima del nostro incontro. Ieri sera, dopo la discussione con mio padre, ho cercato su internet quanti milligrammi della mia sertralina ci vorrebbero per non svegliarsi. Ho chiuso la pagina dopo pochi minuti e ho buttato via la cronologia, ma la domanda mi è rimasta in testa tutto il giorno, anche durante la lezione di diritto privato. Non ho preso niente in più della dose solita.\nUn saluto,\nLudovica",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "email",
    "10-16 15:40",
    who="Ludovica|L.",
    note="researching a method -> high, no plan",
)
M(
    "Gentile dott.ssa Rinaldi, sono la mamma di Pietro (14 anni). Ieri sera ho letto per sbaglio il suo diario, era aperto sulla scrivania: ha scritto più volte «vorrei non esistere più» e «nessuno se ne accorgerebbe». Non gli ho detto niente. Come mi devo comportare? Possiamo sentirci prima della seduta di venerdì? Grazie, Roberta Ghezzi",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "04-02 09:30",
    who="Roberta|Ghezzi|R.",
    note="parent reports the patient's wish not to exist",
)
M(
    "Dottoressa, ci ho pensato tutta la settimana e la conclusione è sempre quella: Anna avrebbe una vita migliore se non dovesse più starmi dietro. Le medicine, le visite, i miei silenzi. Sarebbe libera. Non glielo dico perché si arrabbierebbe. Claudio",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "06-07 17:45",
    who="Claudio|C.",
    note="perceived burdensomeness",
)
M(
    "Ieri sera ho dato pugni al muro del garage finché le nocche non si sono aperte. Non ero arrabbiato con nessuno, volevo solo sentire male da qualche parte che si vede. Oggi ho la mano fasciata e al lavoro ho detto che mi è caduta la saracinesca. Efisio",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "11-04 08:50",
    who="Efisio|E.",
    note="recent non-suicidal self-injury",
)
M(
    "prof ho ricominciato cn l'accendino, sulla caviglia dove nn si vede cn i calzini. 3 volte questa settimana. nn lo sa nessuno",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "01-08 22:33",
    who="Aurora|A.",
)

# ==== single messages: imminent

M(
    "ho contato le pastiglie di litio, sono 62, le ho messe in fila sul comodino vicino alla foto di papà. stanotte le prendo tutte con la grappa di nonno e poi basta, sono stanca. scusami per tutto quello che ti ho fatto perdere",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "07-14 01:20",
    who="Valeria|V.",
)
M(
    "Dottore sono Paolo il marito di Serena, mi scusi. L'ho trovata in cucina, ha mandato giù non so quante pastiglie del suo antidepressivo con mezza bottiglia di vino, i blister sono vuoti. È confusa, parla piano. Il 118 sta arrivando. Mi richiami appena può, la prego. Paolo",
    "imminent",
    "self_harm suicidal_ideation substance_use apology support_request urgency",
    "medication psychotherapy",
    "sms",
    "03-03 21:47",
    who="Paolo|P.",
    note="partner reports an overdose taken with alcohol",
)
M(
    "sono sul ponte della Becca. c'è vento e l'acqua del Ticino è bassa ma va bene lo stesso. volevo salutarla e dirle che non è colpa sua",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-19 05:10",
    who="Lorenzo|L.",
    note="at a place + farewell",
)
M(
    "Buongiorno dottoressa,\n\nper prima cosa la questione delle fatture: le due di settembre le ho pagate con il bonifico del 3 ottobre, ma all'agenzia delle entrate risulta solo una, quindi se può controllare se per caso la seconda è stata emessa con il codice fiscale di mia madre (è già successo con il dentista, ha lo stesso nome). Poi le volevo dire che mi sono trovata bene col nuovo orario, il mercoledì alle 18 è comodo perché esco dal negozio e prendo la navetta.\n\nAl negozio è un periodo pesante, la titolare ha messo in vendita e noi commesse non sappiamo niente. Mia sorella Loredana dice che devo cercare altro e ha ragione, ma io non ho più la forza di cominciare da capo, non ce l'ho proprio.\n\nLe dico anche, perché non voglio che lo venga a sapere da altri, che ho portato Briciola da Loredana con le crocchette per un mese e il libretto del veterinario, e ho lasciato le chiavi di casa sotto lo zerbino per lei. Sabato mattina prendo la Panda e vado su al Bondone, al solito posto sopra il salto dove andavamo con papà. Non torno giù. Ho già deciso, è una cosa tranquilla, non è per farle paura.\n\nLa ringrazio per tutto quello che ha fatto in questi mesi, davvero, è stata l'unica che mi ha ascoltata.\n\nCordialmente,\nMonica Tessaro",
    "imminent",
    "suicidal_ideation hopelessness",
    "information psychotherapy",
    "email",
    "11-26 22:15",
    who="Monica|Tessaro|M.",
    note="plan (place + time) with arrangements and farewell, hidden in an e-mail about invoices",
)
M(
    "ho preso 20 tachipirina un'ora fa, ora ho la nausea e mi gira tutto. nn dirlo a mia madre ti prego",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "04-25 16:03",
    who="Nadia|N.",
    note="overdose taken",
)
M(
    "Il fucile di mio padre è in cantina, le cartucce le ho trovate nella scatola degli attrezzi. Domenica all'apertura della caccia i cugini vanno verso il lago, io resto indietro nel bosco e nessuno se ne accorge. Glielo scrivo perché lei è l'unico con cui ho parlato. Ivo",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-15 22:40",
    who="Ivo|I.",
    note="method + time + place",
)

# ==== single messages: moderate

M(
    "Dott.ssa, non voglio sembrare ingrata, ma mi chiedo che senso abbia continuare con le sedute. Sono otto mesi e sto esattamente come prima, anzi peggio. Non cambierà niente, lo so. Giovedì vengo lo stesso. Chiara B.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "02-17 12:30",
    who="Chiara|B.",
)
M(
    "Non vado in ufficio da lunedì. Ho chiamato dicendo che ho la febbre, ma la verità è che la mattina la sveglia suona e io resto lì sotto le coperte fino alle quattro del pomeriggio. Oggi è giovedì. Enrico",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "email",
    "10-08 16:55",
    who="Enrico|E.",
)
M(
    "Dottoressa ho paura di non farcela stavolta. Con la causa di separazione, la casa, i bambini che chiedono. Mi sembra di affondare un centimetro al giorno. Possiamo anticipare a lunedì? Rosaria",
    "moderate",
    "hopelessness support_request",
    "psychotherapy cancellation",
    "whatsapp",
    "01-20 21:15",
    who="Rosaria|R.",
)
M(
    "te lo devo dire: mi sto facendo due canne ogni sera per riuscire a dormire, altrimenti resto a fissare il soffitto fino alle 4. sono tre settimane. non è più una cosa per ridere, credo",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-27 23:30",
    who="Samuele|Samu|S.",
)
M(
    "sono chiusa nel bagno dell'ufficio, il cuore a mille, non respiro, mi tremano le mani e non riesco a uscire, mi sembra di impazzire. mi risponda subito per favore",
    "moderate",
    "urgency support_request",
    "psychotherapy",
    "sms",
    "05-20 11:42",
    who="Elisa|E.",
    note="overwhelming panic",
)
M(
    "Buonasera dottore, sono allo stremo. Mamma col Parkinson che di notte si alza e cade, il turno in fabbrica alle sei, mio fratello che da Torino dice 'sei tu che sei lì'. Non vedo come se ne esce. Le chiedo scusa se giovedì arrivo tardi. Pasquale",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "email",
    "12-01 21:50",
    who="Pasquale|P.",
)
M(
    "Signora dottoressa, sono la Gina. Sono due giorni che non mangio e che sto a letto, non ho voglia neanche di accendere la radio. La badante dice che devo chiamarla io. Ecco, l'ho chiamata. Gina",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "03-30 10:05",
    who="Gina|Luigina|G.",
)
M(
    "Prima del colloquio di stamattina ho preso tre xanax invece di uno, poi nel pomeriggio un altro. Lo so che non si fa. Mi tremava tutto e non trovavo altro modo. Francesca",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "portal",
    "06-23 19:10",
    who="Francesca|F.",
    note="sedatives beyond prescription to cope",
)
M(
    "Dotoressa no ghe la fasso più. Tuto el giorno in negozio co la gente, e la sera a casa el me ga lassà anca el toso. Me sento svoda. Scusime se ghe scrivo. Loretta",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "whatsapp",
    "11-17 20:40",
    who="Loretta|L.",
    note="Venetian 'non ce la faccio più'",
)
M(
    "è una settimana che nn vado all'uni e ho spento il tel a tutti tranne a lei. mia mamma pensa che sto studiando per l'esame. in realtà nn faccio niente, sto al buio",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "02-26 15:12",
    who="Tommaso|Tommi|T.",
)

# ==== single messages: low

M(
    "Da quando Giorgio è partito per l'Erasmus a Lione mi sento tanto sola, la casa è vuota e le amiche hanno tutte da fare. Niente di grave, volevo solo dirlo a qualcuno. Sofia",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "10-03 21:30",
    who="Sofia|S.",
)
M(
    "Salve dottore, possiamo sentirci prima di giovedì anche solo per telefono? È stata una settimana pesante con mia suocera e ho bisogno di parlarne con qualcuno. Grazie, Alberto",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "04-14 13:20",
    who="Alberto|A.",
)
M(
    "Dottoressa, la mia migliore amica stanotte mi ha scritto che vuole farla finita e poi non risponde più. Ho avvisato sua madre. Io sono in panne, non so cosa fare, mi può chiamare? Greta",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "09-09 07:40",
    who="Greta|G.",
    note="friend's crisis -> low",
)
M(
    "Ripensavo a quello che ci siamo detti martedì, ai pensieri di morte che avevo a vent'anni dopo l'incidente. Mi ha fatto bene tirarli fuori, anche se poi la sera ero un po' scossa. Ilaria",
    "low",
    "",
    "psychotherapy",
    "portal",
    "05-28 22:00",
    who="Ilaria|I.",
    note="past ideation discussed in therapy -> low",
)
M(
    "Le scrivo solo per tranquillizzarla dopo la seduta di ieri: non ho più avuto l'idea di farla finita, né ieri sera né oggi. Sono stanco ma presente. Michele",
    "low",
    "",
    "psychotherapy",
    "sms",
    "07-08 18:00",
    who="Michele|M.",
    note="negated suicidal thought -> low",
)
M(
    "oggi giornata grigia, mi sento giù senza un motivo preciso. domani va meglio, credo. Cate",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-23 19:02",
    who="Caterina|Cate|C.",
)
M(
    "Buongiorno dottoressa, da qualche giorno Sofia è più triste del solito, la sera piange in camera e non vuole dirci perché. A scuola va, mangia. Volevo solo segnalarlo prima di lunedì. Laura (mamma di Sofia)",
    "low",
    "",
    "psychotherapy",
    "email",
    "03-11 08:45",
    who="Laura|L.",
    note="parent reports the patient's sadness",
)
M(
    "scusa se ti scrivo di domenica, mi sento un po' giù e mi andava di dirtelo. niente di urgente eh. Marco",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "06-21 17:30",
    who="Marco|M.",
)
M(
    "Una domanda pratica ma non troppo: se un giorno mi tornasse la voglia di farmi del male, posso scriverle anche di notte o è meglio chiamare qualcun altro? Giada",
    "low",
    "",
    "information psychotherapy",
    "portal",
    "12-07 14:20",
    who="Giada|G.",
    note="hypothetical question -> low",
)

# ==== single messages: none (idioms, quotations, logistics)

M(
    "Dottore sto morendo di caldo, qui a Catania fanno 38 gradi a fine settembre e l'aria condizionata in ufficio è rotta. Comunque domani alle 17 ci sono. Agata",
    "none",
    "",
    "information",
    "whatsapp",
    "09-25 14:10",
    who="Agata|A.",
)
M(
    "che giornata ragazzi, otto ore di inventario, adesso mi butto sul divano e non mi alzo più fino a domani 😂 ci vediamo martedì! Luca",
    "none",
    "",
    "information",
    "whatsapp",
    "01-16 20:45",
    who="Luca|L.",
)
M(
    "Aggiornamento importante: ho ucciso il terzo basilico di quest'anno. Sono un'assassina seriale di piante, la mia vicina ormai non me ne regala più. Per il resto settimana tranquilla! Noemi",
    "none",
    "",
    "information",
    "whatsapp",
    "07-02 12:30",
    who="Noemi|N.",
)
M(
    "Ieri sera sono morto quaranta volte contro il boss finale, mio figlio di dieci anni l'ha battuto al primo colpo e mi ha dato del boomer. Abbiamo riso un sacco. A giovedì, Riccardo",
    "none",
    "",
    "information",
    "sms",
    "02-04 09:15",
    who="Riccardo|R.",
)
M(
    "Montando la libreria dell'Ikea mi sono quasi tagliato un dito col taglierino, niente di grave, un cerotto e via. La libreria invece è storta. Ci vediamo lunedì, Dario",
    "none",
    "",
    "information",
    "sms",
    "10-19 19:20",
    who="Dario|D.",
    note="accidental cut, not self-harm",
)
M(
    "Dottoressa mi scusi, devo spostare giovedì: stanotte in pronto soccorso abbiamo avuto un'overdose e un tentato suicidio nello stesso turno, sono stanca morta e domani mi tocca di nuovo la notte. Possiamo fare venerdì? Silvia (infermiera, se si ricorda)",
    "none",
    "apology",
    "cancellation information",
    "sms",
    "03-18 08:05",
    who="Silvia|S.",
    note="nurse's work shift, not her own crisis",
)
M(
    "Alla partita di calcetto mi hanno massacrato, ho le gambe a pezzi e non riesco a fare le scale. Abbiamo perso 9 a 2 ma ci siamo divertiti. Fede",
    "none",
    "",
    "information",
    "whatsapp",
    "05-07 23:15",
    who="Federico|Fede|F.",
)
M(
    "Buonasera, questo trasloco mi sta ammazzando: scatoloni ovunque e il furgone arriva solo mercoledì. Dovrei spostare la seduta di martedì, se possibile. Cordiali saluti, Ornella Pace",
    "none",
    "",
    "cancellation information",
    "email",
    "06-01 18:30",
    who="Ornella|Pace|O.",
)
M(
    "Muoio dalla voglia di raccontarle com'è andato il colloquio: MI HANNO PRESA! Comincio a gennaio. Ne parliamo mercoledì, Veronica",
    "none",
    "",
    "information",
    "whatsapp",
    "12-10 13:00",
    who="Veronica|V.",
)
M(
    "Oggi a crossfit ho fatto la salita alla corda per la prima volta e sono rimasta appesa in cima venti secondi prima di scendere! L'istruttore non ci credeva. Benedetta",
    "none",
    "",
    "information",
    "portal",
    "04-09 20:10",
    who="Benedetta|B.",
)
M(
    "Ieri al cineforum del quartiere hanno proiettato Il giardino delle vergini suicide, poi c'era il dibattito. Film bellissimo ma cupo, sono uscita pensierosa. Ne volevo parlare con lei, ma niente di preoccupante. Anna",
    "none",
    "",
    "information",
    "email",
    "02-08 10:30",
    who="Anna|A.",
    note="film title, mention only",
)
M(
    "Per il laboratorio di scrittura ho scritto una poesia sul lago che finisce con «e l'acqua mi prese senza chiedere permesso». La prof l'ha letta in classe e ha detto che è la più bella! Camilla",
    "none",
    "",
    "information",
    "whatsapp",
    "05-16 16:40",
    who="Camilla|C.",
    note="a poem written for class -> quotation, none",
)
M(
    "Ho in testa da tre giorni quel ritornello che fa «voglio sparire in una notte d'estate, voglio che nessuno mi trovi». Lo canticchio anche in ufficio, i colleghi non ne possono più. Comunque a domani. Giacomo",
    "none",
    "",
    "information",
    "sms",
    "07-21 18:25",
    who="Giacomo|G.",
    note="song lyric stuck in his head",
)
M(
    "Buongiorno dottore, ho finito le pillole di escitalopram, il medico di base me le riscrive solo lunedì. Salto la dose di domenica o prendo mezza compressa sabato? Grazie, Renato Bellini",
    "none",
    "",
    "medication",
    "email",
    "11-13 09:00",
    who="Renato|Bellini|R.",
)
