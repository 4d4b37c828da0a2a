# Blind round 18 (Italian; written 2026-11-27 by an author who never saw the engine nor rounds 2-17), measured once
# with engine 2026.11.23 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Messaggi italiani di fantasia (varie regioni, registri e età), scritti per questo corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b18it-01
M(
    "Stasera mi è tornata quella voglia di grattarmi le braccia con la punta del compasso finché non esce sangue. Sono chiusa in camera, mamma non sa niente. Marti",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 22:41",
    who="Martina|Marti",
    g="b18it-01",
    v="base",
)
M(
    "Stasera non mi è tornata quella voglia di grattarmi le braccia con la punta del compasso. Sono chiusa in camera, mamma non sa niente. Marti",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 22:41",
    who="Martina|Marti",
    g="b18it-01",
    v="negation",
)
M(
    "In seconda media mi veniva quella voglia di grattarmi le braccia con la punta del compasso finché non usciva sangue. Chiusa in camera, mamma non sapeva niente. Marti",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 22:41",
    who="Martina|Marti",
    g="b18it-01",
    v="tense",
)

# b18it-02
M(
    "Buonasera dottore. Da qualche sera, prima di addormentarmi, spero che il cuore si fermi da solo durante la notte, senza far male a nessuno. Glielo scrivo perché lunedì non so se riuscirò a dirlo a voce.\nStefano Dallapiccola",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-23 21:07",
    who="Stefano|Dallapiccola",
    g="b18it-02",
    v="base",
)
M(
    "Buonasera dottore. Da qualche sera mio padre mi racconta che, prima di addormentarsi, spera che il cuore gli si fermi da solo durante la notte, senza far male a nessuno. Glielo scrivo perché lunedì non so se riuscirò a dirlo a voce.\nStefano Dallapiccola",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-23 21:07",
    who="Stefano|Dallapiccola",
    g="b18it-02",
    v="person",
)
M(
    "Buonasera dottore. Nel romanzo che sto leggendo il vecchio guardiano del faro scrive: «spero che il cuore si fermi da solo durante la notte, senza far male a nessuno». Glielo scrivo perché lunedì vorrei parlarne, la frase mi ha colpito per com'è scritta.\nStefano Dallapiccola",
    "none",
    top="information",
    ch="email",
    at="11-23 21:07",
    who="Stefano|Dallapiccola",
    g="b18it-02",
    v="quotation",
)

# b18it-03
M(
    "Ho contato le pastiglie che ho messo da parte da settembre: sono quarantadue. Stanotte, quando Piero dorme, le prendo tutte.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-21 23:18",
    who="Graziella|G.",
    g="b18it-03",
    v="base",
)
M(
    "Ho contato le pastiglie che ho messo da parte per il viaggio: sono quarantadue. Stanotte, quando Piero dorme, le metto tutte nel beauty per l'Argentina.",
    "none",
    top="medication information",
    ch="sms",
    at="11-21 23:18",
    who="Graziella|G.",
    g="b18it-03",
    v="idiom",
)
M(
    "HO CONTATO LE PASTIGLIE CHE HO MESSO DA PARTE DA SETTEMBRE: SONO QUARANTADUE. STANOTTE, QUANDO PIERO DORME, LE PRENDO TUTTE.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-21 23:18",
    who="Graziella|G.",
    g="b18it-03",
    v="caps",
)

# b18it-04
M(
    "Ho deciso, la faccio finita. Domattina, appena lui esce per il cantiere.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 20:32",
    who="Teresa|T.",
    g="b18it-04",
    v="base",
)
M(
    "Ho deciso, la faccio finita con la palestra. Domattina, appena lui esce per il cantiere, passo a disdire l'abbonamento.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-25 20:32",
    who="Teresa|T.",
    g="b18it-04",
    v="idiom",
)
M(
    "Ho deciso… la faccio finita… Domattina, appena lui esce per il cantiere…",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 20:32",
    who="Teresa|T.",
    g="b18it-04",
    v="emoticon",
)

# b18it-05
M(
    "Dotto', stanotte aggio penzato 'e me jettà 'a copp' 'o ponte 'e Chiaia. Nun ll'aggio fatto, ma 'o penziero nun se ne va.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 03:12",
    who="Gennaro|Genny",
    g="b18it-05",
    v="base",
)
M(
    "Dotto', stanotte 'o frate mio m'ha ditto ca ha penzato 'e se jettà 'a copp' 'o ponte 'e Chiaia. Nun ll'ha fatto, ma 'o penziero nun se ne va.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 03:12",
    who="Gennaro|Genny",
    g="b18it-05",
    v="person",
)
M(
    "Dotto', si 'na notte me venesse 'o penziero 'e me jettà 'a copp' 'o ponte 'e Chiaia, a chi aggia chiammà?",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 03:12",
    who="Gennaro|Genny",
    g="b18it-05",
    v="negation",
)

# b18it-06
M(
    "Ai miei figli farei solo un favore a togliermi di mezzo, così la domenica non devono più salire fino a Camerino per me.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-16 10:05",
    who="Adele|Pieroni",
    g="b18it-06",
    v="base",
)
M(
    "Ai miei figli farei solo un favore a togliermi di mezzo, così la domenica non devono più salire fino a Camerino per me 😊",
    "high",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="portal",
    at="11-16 10:05",
    who="Adele|Pieroni",
    g="b18it-06",
    v="emoticon",
)
M(
    "Ai miei figli farei solo un favore a togliermi di mezzo quando litigano sulla vigna del nonno: così se la sbrigano tra loro e la domenica pranziamo in pace.",
    "none",
    top="psychotherapy",
    ch="portal",
    at="11-16 10:05",
    who="Adele|Pieroni",
    g="b18it-06",
    v="idiom",
)

# b18it-07
M(
    "Gentile dottoressa,\nstamattina rifacendo il letto di Matteo ho trovato sotto il cuscino una lettera indirizzata a me e a suo padre: ci chiede scusa, scrive che senza di lui staremo più tranquilli e ci saluta. Adesso è a scuola e non sa che l'ho letta. Mi chiami appena può, la prego.\nLucia Brambilla",
    "high",
    sig="suicidal_ideation support_request urgency",
    top="psychotherapy",
    ch="email",
    at="11-24 08:12",
    who="Lucia|Brambilla",
    g="b18it-07",
    v="base",
)
M(
    "Gentile dottoressa,\nstamattina rifacendo il letto di Matteo ho trovato sotto il cuscino la lettera d'addio di Jacopo Ortis che deve imparare per l'interrogazione di italiano, tutta sottolineata. Adesso è a scuola. Volevo solo dirle che finalmente studia!\nLucia Brambilla",
    "none",
    top="information",
    ch="email",
    at="11-24 08:12",
    who="Lucia|Brambilla",
    g="b18it-07",
    v="quotation",
)

# b18it-08
M(
    "Ieri sera mi sono scolato da solo una bottiglia intera di mirto per non pensare alla mia ex.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-18 09:40",
    who="Efisio|E.",
    g="b18it-08",
    v="base",
)
M(
    "Ieri sera, per la prima volta, non ho aperto il mirto per non pensare alla mia ex: sono andato a camminare sul lungomare.",
    "none",
    top="psychotherapy",
    ch="sms",
    at="11-18 09:40",
    who="Efisio|E.",
    g="b18it-08",
    v="negation",
)
M(
    "Ieri sera il mio coinquilino si è scolato da solo una bottiglia intera di mirto per non pensare alla sua ex.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-18 09:40",
    who="Efisio|E.",
    g="b18it-08",
    v="person",
)

# b18it-09
M(
    "ieri notte mi sn tagliata d nuovo sulla coscia, nn lo sa nessuno",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:51",
    who="Noemi|N.",
    g="b18it-09",
    v="base",
)
M(
    "ieri notte mi sn tagliata d nuovo sulla coscia, nn lo sa nessuno 😭",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:51",
    who="Noemi|N.",
    g="b18it-09",
    v="emoticon",
)
M(
    "in prima superiore mi tagliavo sulla coscia, nn lo sapeva nessuno",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:51",
    who="Noemi|N.",
    g="b18it-09",
    v="tense",
)

# b18it-10
M(
    "Stasera m'ammazzo, tanto nun se ne accorge nessuno.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-20 19:58",
    who="Claudio|C.",
    g="b18it-10",
    v="base",
)
M(
    "Stasera m'ammazzo de supplì, tanto nun se ne accorge nessuno.",
    "none",
    top="information",
    ch="sms",
    at="11-20 19:58",
    who="Claudio|C.",
    g="b18it-10",
    v="idiom",
)

# b18it-11
M(
    "Ieri notte ho cercato su internet da che piano bisogna cadere per non sopravvivere. Poi ho chiuso tutto e mi sono messa a piangere.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-17 07:55",
    who="Irene|Baldacci",
    g="b18it-11",
    v="base",
)
M(
    "Se una notte mi mettessi a cercare su internet da che piano bisogna cadere per non sopravvivere, dovrei scriverle anche a quell'ora?",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-17 07:55",
    who="Irene|Baldacci",
    g="b18it-11",
    v="negation",
)
M(
    "IERI NOTTE HO CERCATO SU INTERNET DA CHE PIANO BISOGNA CADERE PER NON SOPRAVVIVERE. POI HO CHIUSO TUTTO E MI SONO MESSA A PIANGERE.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-17 07:55",
    who="Irene|Baldacci",
    g="b18it-11",
    v="caps",
)

# b18it-12
M(
    "Buongiorno dottore, sono Mirela badante di signor Gino. Oggi lui non mangia niente, dice che vuole andare da sua moglie al cimitero e restare là con lei, che non vuole più svegliare la mattina. Io ho paura.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-13 11:26",
    who="Mirela|M.",
    g="b18it-12",
    v="base",
)
M(
    "Buongiorno dottore, sono Mirela badante di signor Gino. Oggi lui mangia, va da sua moglie al cimitero ma non dice più che vuole restare là con lei e non svegliare la mattina. Io sono più tranquilla.",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-13 11:26",
    who="Mirela|M.",
    g="b18it-12",
    v="negation",
)

# b18it-13
M(
    "Stanotte salgo sul tetto del condominio e mi butto giù, ho già preso la chiave del sottotetto dall'amministratore.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 00:34",
    who="Mattia|Teo",
    g="b18it-13",
    v="base",
)
M(
    "Non mi esce dalla testa il ritornello di quel gruppo di Bergamo: «stanotte salgo sul tetto e mi butto giù». Ci ballavamo sopra alle feste delle medie, che ricordi.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 00:34",
    who="Mattia|Teo",
    g="b18it-13",
    v="quotation",
)

# ==== single messages: high and imminent

M(
    "Stamattina in tangenziale, fermo in coda dietro un tir, ho pensato che se mi avesse schiacciato non sarebbe stata poi una tragedia, anzi. Lo scrivo perché mi aveva chiesto di segnarle questi pensieri quando arrivano. Ci vediamo martedì.\nPaolo",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-12 09:14",
    who="Paolo|P.",
)
M(
    "xe l'una e no dormo... continuo a pensar che sarìa mejo no esser mai nata, sparir e basta",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 01:03",
    who="Giada|G.",
)
M(
    "Volevo solo dirle grazie per questi due anni, è stata l'unica che mi ha ascoltato davvero. Le chiavi le ho lasciate alla vicina, il gatto lo prende mia sorella. Non si preoccupi più per me.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-23 02:14",
    who="Rossella|R.",
)
M(
    "Sono Davide, il compagno di Ilaria. L'ho trovata mezz'ora fa sul pavimento del bagno, mezza addormentata, con i blister vuoti degli antidepressivi accanto. Siamo in ambulanza verso il Cardarelli. La prego mi chiami appena legge",
    "imminent",
    sig="self_harm suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-20 06:48",
    who="Davide|D.",
)
M(
    "Dottoressa, le scrivo dal portale perché a voce non ci riesco. Da qualche sera scendo in cantina a guardare il fucile da caccia di mio papà e penso che sarebbe un modo pulito, senza disturbare nessuno. Non ho deciso niente. Volevo che lo sapesse prima di giovedì.\nAldo Ferrero",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-10 18:22",
    who="Aldo|Ferrero",
)
M(
    "Domani all'alba vado a Punta Chiappa e non torno. A mio fratello ho già scritto dove trova la macchina.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 22:17",
    who="Riccardo|Ricky",
)
M(
    "oggi nel bagno della scuola mi sono bruciato il polso con l'accendino di uno di quinta. fa ancora male ma per un po' mi ha calmato",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-11 14:36",
    who="Samuele|Samu",
)
M(
    "Buongiorno dottore, sono la mamma di Nicola. Ieri sera mi ha detto piangendo che certe notti spera di non arrivare a domattina, e che ci pensa anche in classe. Non so se devo portarlo al pronto soccorso. Mi può richiamare appena possibile?\nRosanna Lorusso",
    "high",
    sig="suicidal_ideation support_request urgency",
    top="psychotherapy",
    ch="email",
    at="11-25 07:36",
    who="Rosanna|Lorusso",
)
M(
    "NON VOGLIO ARRIVARE A NATALE. STASERA CHIUDO IO LA PARTITA, PER SEMPRE",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-24 23:37",
    who="Enrico|E.",
)
M(
    "Dutturi, vulissi moriri e basta, accussì finisci sta camurria. Ogni matina mi susu e mi dumannu pirchì.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-14 06:20",
    who="Turi|Salvatore",
)
M(
    "Ho comprato i sacchi di carbonella per la casa in Garfagnana, ma non sono per la stufa. Ho già sigillato le prese d'aria del bagno. Sabato ci salgo da sola.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-19 16:48",
    who="Cinzia|Bertolucci",
)
M(
    "Da quando è tornato a vivere qui lui, mi è ripreso il bisogno di farmi male, di piantarmi le unghie nella pelle finché non sanguina. Finora ho resistito, ma è lì tutto il giorno.\nGiulia",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="email",
    at="11-09 20:51",
    who="Giulia|G.",
)
M(
    "ho preso tt le gocce della nonna cn il vino. mi gira tutto. scusa",
    "imminent",
    sig="self_harm suicidal_ideation substance_use apology",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-22 03:41",
    who="Alessia|Ale",
)
M(
    "Non capisco più perché dovrei continuare a respirare, giuro. Trentun anni e mi sembra già tutto finito, non c'è niente che mi aspetti.",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-18 13:02",
    who="Fabrizio|Ranieri",
)
M(
    "Dottore, sono Marco, il figlio del signor Ettore. Stamattina papà mi ha consegnato l'orologio del nonno e le carte della banca dicendo che da domani non gli servono più. In casa tiene ancora la pistola del porto d'armi. Mi richiami subito.",
    "imminent",
    sig="suicidal_ideation urgency",
    top="psychotherapy",
    ch="sms",
    at="11-17 12:09",
    who="Marco|M.",
)
M(
    "Dottoressa, da quando se n'è andato il mio Bruno prego ogni sera il Signore che venga a prendere anche me. La casa è vuota e nessuno telefona. Non faccio niente di male, solo prego.\nNives",
    "high",
    sig="suicidal_ideation loneliness",
    top="psychotherapy",
    ch="portal",
    at="11-08 17:30",
    who="Nives|N.",
)
M(
    "sono sul ponte della Becca. scrivo solo a lei. non chiami nessuno per favore",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-25 04:26",
    who="Luigi|L.",
)
M(
    "ho scritto una lettera per mia madre e l'ho nascosta nel cassetto dei calzini. non ho intenzione di fare niente, ma se succede almeno le ho spiegato",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 01:37",
    who="Tommaso|Tommi",
)

# ==== single messages: moderate

M(
    "Sono tre giorni che non vado in ufficio. Ho detto che avevo la febbre ma non è vero, la mattina non riesco proprio ad alzarmi.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-13 10:47",
    who="Marcello|M.",
)
M(
    "Non ce la faccio più con questa storia della separazione, gli avvocati, la casa da dividere. Mi sta mangiando viva. Francesca",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="email",
    at="11-10 22:03",
    who="Francesca|F.",
)
M(
    "Sono in metro ferma a Loreto, mi manca l'aria, il cuore va a mille e non riesco a scendere. Ho paura di svenire qui davanti a tutti. Mi scriva qualcosa subito la prego",
    "moderate",
    sig="support_request urgency",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 08:37",
    who="Serena|S.",
)
M(
    "Ieri prima di andare a letto mi sono fatto due canne, se no non prendo sonno da quando mi hanno lasciato a casa. Lo so che non dovrei.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-15 11:12",
    who="Kevin|K.",
)
M(
    "Tanto non cambia niente, dottore. Ci provo da dieci anni e sono sempre allo stesso punto, anzi peggio.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-12 19:40",
    who="Vittorio|Gallo",
)
M(
    "Ho spento il telefono da venerdì, l'ho riacceso solo per dirle che domani non vengo. Non ho la forza di vedere nessuno, neanche lei. Ada",
    "moderate",
    sig="withdrawal",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-16 21:55",
    who="Ada|A.",
)
M(
    "Questa settimana ho preso una compressa di Xanax in più ogni sera, la mezza che mi ha dato la psichiatra non mi bastava più per calmarmi.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="portal",
    at="11-20 20:15",
    who="Beatrice|Rinaldi",
)
M(
    "ho paura di non farcela stavolta, davvero. è troppo tutto insieme",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:08",
    who="Lorenzo|Lollo",
)
M(
    "Buonasera dottoressa, sono la mamma di Sofia. Da domenica Sofia non esce dalla sua camera, non va a scuola e mangia solo se le lascio il piatto fuori dalla porta. Grazia",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 20:29",
    who="Grazia|G.",
)
M(
    "Sono arrivata al capolinea con questi turni in reparto e mia madre da accudire la sera. Non so più come andare avanti.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="email",
    at="11-14 23:52",
    who="Roberta|R.",
)
M(
    "Mo basta, son stufo marcio di tutto e non vedo nessuna via d'uscita. Ogni giorno uguale a quello prima.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-09 18:02",
    who="Gianluca|G.",
)
M(
    "Sono Carla, la moglie di Renzo. Da quando ha perso il posto in fonderia beve grappa già la mattina e poi dorme tutto il pomeriggio. Oggi non si è nemmeno alzato dal letto.",
    "moderate",
    sig="substance_use withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-19 15:34",
    who="Carla|C.",
)
M(
    "nn vado a scuola da lunedì, sto solo in camera col pc. tanto a che serve",
    "moderate",
    sig="withdrawal hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 02:11",
    who="Christian|Chri",
)
M(
    "Ultimamente prima di uscire mi faccio sempre tre shottini di vodka da solo in camera, se no non riesco a parlare con nessuno.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="portal",
    at="11-11 19:12",
    who="Jacopo|Fantini",
)
M(
    "Mi sento in trappola, dottoressa. Non c'è via d'uscita: o resto con lui o perdo la casa e i bambini.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-17 14:58",
    who="Simona|S.",
)
M(
    "Buongiorno dottore, sono Ioana, la badante della signora Pina. Sono quattro giorni che la signora non vuole alzarsi dal letto, tiene le persiane chiuse e non vuole vedere neanche la nipote.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-21 10:03",
    who="Ioana|I.",
)
M(
    "Gentile dottor Sartori,\n\nle scrivo con calma, o almeno ci provo, perché in seduta finisco sempre per parlare d'altro. Le ultime tre settimane sono state una specie di discesa lenta. Al lavoro faccio il minimo indispensabile, il capo se n'è accorto e mi ha chiamato due volte. A casa non apro più la posta, le bollette si accumulano sul mobile dell'ingresso e io ci passo davanti come se non esistessero. Marina dice che sono diventato un fantasma e forse ha ragione: torno, mangio qualcosa in piedi, mi siedo sul divano e alle undici sono ancora lì con la televisione accesa senza sapere cosa ho guardato.\n\nIl punto è che non riesco più a vedere come potrebbe andare meglio. Ogni volta che immagino l'anno prossimo vedo la stessa scena, solo più stanca. Lei mi ha insegnato a distinguere i pensieri dai fatti, e io ci provo, ma stavolta il pensiero è che non ne uscirò, e mi sembra un fatto.\n\nNon le scrivo per anticipare niente, giovedì ci sono. Volevo solo che arrivasse alla seduta sapendo come sto davvero, perché a voce tendo a dire che va tutto abbastanza bene e poi esco dallo studio arrabbiato con me stesso. Se ha dieci minuti prima di giovedì per sentirci al telefono mi farebbe piacere, ma capisco se non è possibile.\n\nLa ringrazio, come sempre.\n\nAndrea Colombo",
    "moderate",
    sig="hopelessness support_request",
    top="psychotherapy",
    ch="email",
    at="11-22 22:48",
    who="Andrea|Colombo",
)
M(
    "Sono due notti che riesco ad addormentarmi solo dopo mezza bottiglia di rosso, da sola in cucina.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-27 00:12",
    who="Loredana|L.",
)
M(
    "Dottò, nen ce la facce cchiù. Da quanne è morta la mamma la case me cade 'n coppe.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 20:44",
    who="Domenico|Mimmo",
)
M(
    "Non riesco più a immaginare un futuro in cui le cose vadano bene. In nessuna versione.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-23 16:19",
    who="Elena|Zanetti",
)
M(
    "NON CE LA FACCIO PIÙ, SONO TRE NOTTI CHE NON DORMO E MI TREMANO LE MANI",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-26 04:05",
    who="Patrizia|P.",
)
M(
    "weekend passato interamente a letto con le tapparelle giù, record personale 😂",
    "moderate",
    sig="withdrawal valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 19:26",
    who="Federica|Fede",
)

# ==== single messages: low

M(
    "Oggi mi sento un po' giù, niente di grave. Volevo solo dirglielo prima di sabato. Anna",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-12 17:45",
    who="Anna|A.",
)
M(
    "La sera in questa città non conosco nessuno. Torno dal turno e mi sento proprio sola, con la valigia ancora mezza da disfare.",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="portal",
    at="11-09 21:40",
    who="Chiara|Esposito",
)
M(
    "La mia amica Marta ieri mi ha confessato che ha pensato di buttarsi sotto il regionale. Non so come aiutarla e sto in ansia da ieri.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-14 13:21",
    who="Valentina|Vale",
)
M(
    "Possiamo sentirci cinque minuti domani? Dopo il funerale di zia ho bisogno di sentire una voce che non sia di famiglia.\nPietro",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-16 18:33",
    who="Pietro|P.",
)
M(
    "Tranquilla, non mi sono più fatta tagli da agosto e adesso non ne ho nemmeno voglia. Ci tenevo che lo sapesse.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 17:02",
    who="Sara|S.",
)
M(
    "Ho ripensato a quello che dicevamo martedì, ai pensieri di farla finita che avevo a vent'anni. Mi ha fatto bene tirarli fuori, anche se dopo ero stanchissimo.",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-13 08:58",
    who="Emanuele|E.",
)
M(
    "Mi scusi, devo disdire giovedì: ieri è morto il nostro cane, Briciola, e sono troppo triste per parlare di altro.\nLaura",
    "low",
    sig="apology",
    top="cancellation psychotherapy",
    ch="email",
    at="11-11 07:50",
    who="Laura|L.",
)
M(
    "Se mi ricapitasse di non riuscire a uscire di casa come l'inverno scorso, posso scriverle anche la sera tardi?",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-10 12:14",
    who="Ottavio|Benedetti",
)
M(
    "I miei figli stanno a Torino e a Londra, il telefono qui non suona mai. Certi pomeriggi parlo con la radio.",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-19 16:10",
    who="Giuseppina|Pina",
)
M(
    "Mio fratello da Stoccarda mi scrive che da giorni non si alza dal letto e non risponde al lavoro. Io da qui non so cosa fare.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 12:40",
    who="Alberto|Albi",
)
M(
    "giornata grigia fuori e dentro 😔",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 17:58",
    who="Ilenia|I.",
)

# ==== single messages: none

M(
    "Buongiorno, riesco a spostare la seduta di lunedì alle 18? Ho una riunione che non posso saltare. Grazie, Franco",
    "none",
    top="cancellation",
    ch="sms",
    at="11-09 08:15",
    who="Franco|F.",
)
M(
    "Mi può mandare la fattura di ottobre? Serve al commercialista per il 730. Grazie mille",
    "none",
    top="information",
    ch="email",
    at="11-12 11:30",
    who="Monica|M.",
)
M(
    "Oggi al mercato la fruttivendola mi ha raccontato del suo viaggio a Lourdes e ho riso fino a schiattare 😂",
    "none",
    top="information",
    ch="whatsapp",
    at="11-14 12:55",
    who="Rosaria|Rosy",
)
M(
    "Con 'sti conti di fine anno il commercialista mi fa morire, ma giovedì alle cinque ci sono.",
    "none",
    top="information",
    ch="sms",
    at="11-24 18:20",
    who="Dario|D.",
)
M(
    "Ho passato l'esame di guida!! Volevo dirglielo per primo :D",
    "none",
    top="information",
    ch="whatsapp",
    at="11-17 13:44",
    who="Leonardo|Leo",
)
M(
    "Il link per la seduta online di domani è sempre lo stesso? Sono su dai miei in Val di Non.",
    "none",
    top="information",
    ch="portal",
    at="11-20 18:05",
    who="Giorgia|Pedrotti",
)
M(
    "Ieri sera al Duse davano «Suicidio all'italiana», una commedia in dialetto. Ho riso tutta la sera, mi ci voleva.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-15 10:22",
    who="Maurizio|Mauri",
)
M(
    "Le giro l'articolo uscito stamattina sul giornale locale sull'autolesionismo tra gli adolescenti, pensavo le potesse interessare visto il lavoro che fa. Buona giornata, Gabriella",
    "none",
    top="information",
    ch="email",
    at="11-21 09:02",
    who="Gabriella|G.",
)
M(
    "Grazie per ieri, sono uscita dallo studio più leggera 🙂",
    "none",
    top="psychotherapy",
    ch="sms",
    at="11-13 19:10",
    who="Marta|M.",
)
M(
    "La psichiatra mi ha alzato la sertralina da 50 a 100. Devo portarle la nuova ricetta per la cartella?",
    "none",
    top="medication",
    ch="portal",
    at="11-16 09:48",
    who="Ernesto|Villa",
)
M(
    "Se mi vedesse il mister mi ucciderebbe: ho saltato tre allenamenti per finire la tesi. Però l'ho consegnata!",
    "none",
    top="information",
    ch="whatsapp",
    at="11-25 21:13",
    who="Nicolò|Nico",
)
M(
    "Sono Luca, il marito di Anna. Oggi è a letto con la febbre a 39 e non riesce a venire, possiamo spostare a venerdì?",
    "none",
    top="cancellation",
    ch="sms",
    at="11-23 08:05",
    who="Luca|L.",
)
M(
    "Sono cotto, ho fatto due notti di fila al Niguarda, ma domani alle 14 ci sono lo stesso.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-26 07:30",
    who="Alessandro|Ale",
)
M(
    "Ok, ricevuto 👍",
    "none",
    ch="whatsapp",
    at="11-19 12:01",
    who="Ivana|I.",
)
