"""Training-only messages for the learned risk net (bench/train_risk_net.py), author D.

Italian, adults 35-80 of every region (trades, farming, nursing, retirement, faith; simple direct language).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
285 messages: none 70, low 51, moderate 37, high 77, imminent 50.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Stanotte ho sognato di non svegliarmi e quando ho aperto gli occhi ci sono rimasta male.",
        "high",
    ),
    ("Se il Signore mi chiamasse stanotte non farei storie, glielo dico sinceramente.", "high"),
    (
        "a volte quando guido il camion penso che se uno mi prende in pieno va bene cosi. nessuna colpa mia",
        "high",
    ),
    (
        "Buongiorno dottore, confermo giovedì alle 18. Volevo dirle che ultimamente spero di ammalarmi di qualcosa di brutto e finirla lì, ma ne parliamo a voce.",
        "high",
    ),
    (
        "Mi addormento pregando di non rivedere l'alba. Poi la rivedo. Ogni volta una delusione.",
        "high",
    ),
    (
        "Ho 74 anni, ho fatto il mio. Vorrei solo che il cuore si fermasse di notte, piano, senza disturbare nessuno.",
        "high",
    ),
    (
        "sarebbe tutto più semplice se non ci fossi piu. per tutti. anche per lei dottorè, un paziente in meno 😅",
        "high",
    ),
    ("mia moglie dice che sono pesante. ha ragione, starei meglio sotto terra che sopra", "high"),
    (
        "Al cimitero da mia madre oggi ho pensato: c'è posto anche accanto a lei. E mi è sembrata un'idea riposante.",
        "high",
    ),
    (
        "Ogni volta che passo sotto le impalcature del cantiere spero che mi cada qualcosa in testa. Così, senza colpa di nessuno.",
        "high",
    ),
    (
        "Lo so che non si dice ma invidio mio cognato che è morto a marzo. Lui almeno ha finito.",
        "high",
    ),
    ("Fino alla vendemmia resisto, dopo non so se vale ancora la pena di stare al mondo.", "high"),
    (
        "Stanotte in reparto, tra un giro letti e l'altro, pensavo a come farla finita. Sempre più spesso. Non so a chi altro dirlo, dottoressa.",
        "high",
    ),
    ("ci penso a togliermi di mezzo. non tutti i giorni. ma ci penso.", "high"),
    (
        "Il pensiero di ammazzarmi mi fa compagnia come una radio accesa in cucina. Non lo spengo più.",
        "high",
    ),
    (
        "Sono Mirella. Glielo scrivo perché a voce non ci riesco: penso al suicidio da settimane.",
        "high",
    ),
    (
        "Pure oggi il solito pensiero. Quello che sa lei. Quello del finire tutto. Stavolta più forte.",
        "high",
    ),
    ("Non voglio più vivere così e neanche in nessun altro modo.", "high"),
    ("me ne voglio andare. non in vacanza. andare proprio.", "high"),
    (
        "È peccato, lo so, il parroco me l'ha ripetuto da bambina. Per questo ci penso e basta. Ma ci penso tutti i giorni, a farla finita.",
        "high",
    ),
    (
        "A giugno si sposa mio figlio. Mi tengo in piedi per quello, dopo posso anche sparire per sempre.",
        "high",
    ),
    (
        "Glielo dico con una battuta così non si spaventa: ho pensato a un viaggio di sola andata. Solo che la destinazione non è una città.",
        "high",
    ),
    (
        "Quando passo col trattore vicino al pozzo vecchio mi fermo a guardarci dentro. Troppo a lungo. Lei ha capito.",
        "high",
    ),
    (
        "Tengo il fucile da caccia di mio padre in cantina e ultimamente ci scendo spesso a guardarlo. Non so perché glielo scrivo.",
        "high",
    ),
    ("ho cercato su internet quante compresse di Tavor sono troppe. non ho preso niente.", "high"),
    ("Ogni mattina in macchina al passaggio a livello penso che basterebbe non frenare.", "high"),
    (
        "Il ponte della tangenziale l'ho fatto a piedi ieri, avanti e indietro, contando i metri d'altezza. Poi sono tornato a casa. Giovedì vengo.",
        "high",
    ),
    ("La corda del fienile è lì da sempre. Solo che adesso la guardo in un altro modo.", "high"),
    ("dott. quante gocce di En fanno dormire per sempre? chiedo per me purtroppo", "high"),
    (
        "Scusi l'ora. Sto pensando al balcone. Sesto piano. Non sto facendo niente, ci penso soltanto.",
        "high",
    ),
    (
        "Col ferro da stiro, ieri sera, mi sono bruciata il braccio. Apposta. Non si preoccupi, l'ho medicato.",
        "high",
    ),
    ("ho rifatto i tagli. pochi. sulla pancia dove nn si vede", "high"),
    (
        "Pugni in testa da sola, finché non mi girava tutto. Lo faccio quando sbaglio qualcosa con la mamma, e oggi ho sbagliato le pastiglie.",
        "high",
    ),
    ("Da tre giorni non mangio apposta. Me lo merito. Se mangio mi sento una ladra.", "high"),
    (
        "Mi gratto le braccia fino al sangue con le unghie, stanotte di nuovo. Maniche lunghe in negozio a luglio, pensi un po'.",
        "high",
    ),
    ("Voglia fortissima di tagliarmi, ho le forbici in mano, non so quanto resisto.", "high"),
    (
        "Stamani prima di infornare mi sono spenta una sigaretta sul polso. Poi ho fatto il pane come niente fosse.",
        "high",
    ),
    (
        "Una martellata sulla mano sinistra, me la sono data da solo. Non è stato un incidente, come ho detto al pronto soccorso.",
        "high",
    ),
    (
        "Mi mordo le mani finché restano i segni dei denti, l'ho fatto anche oggi chiusa nel bagno del lavoro 😞",
        "high",
    ),
    (
        "Ieri sera avevo una gran voglia di farmi male. Non l'ho fatto e non credo che lo farò, ho chiamato mia sorella. Ma la voglia c'era, e forte.",
        "high",
    ),
    (
        "Mi sono tagliata i capelli cortissimi e poi anche il braccio. Il primo lo sa tutto il paese, il secondo solo lei.",
        "high",
    ),
    (
        "Mi do le cinghiate sulle gambe ogni volta che mia figlia non mi risponde al telefono. Stasera già due volte. Lo so che è da matti.",
        "high",
    ),
    ("Ho tenuto la mano sul fornello acceso finché ho resistito. Volevo sentire qualcosa.", "high"),
    (
        "I miei figli starebbero più tranquilli senza una madre malata da accudire. Più tranquilli e basta.",
        "high",
    ),
    (
        "Sono solo un peso per Gianna. Sarebbe un favore a tutti se sparissi, e non parlo di trasferirmi.",
        "high",
    ),
    (
        "Buonasera, devo spostare la seduta di martedì perché ho il mercato a Lugo. Va bene mercoledì? Comunque sto peggio, penso spesso di farla finita. Saluti, Ottavio",
        "high",
    ),
    (
        "Salve non posso venire giovedì, c'è la fiera del bestiame. Ho di nuovo la voglia di farmi male e mi sono segnata la gamba col coltellino. Se mi richiama la ringrazio. Ines",
        "high",
    ),
    (
        "Dottoressa, disdico la settimana prossima: mia madre è caduta e devo stare con lei. Per rispondere alla sua domanda dell'altra volta: sì, i pensieri di morire ci sono ancora, anzi.",
        "high",
    ),
    (
        "Tabacchi in ordine, chiavi lasciate a mio nipote con le istruzioni scritte. Se un giorno non apro, non sarà una tragedia per nessuno.",
        "high",
    ),
    (
        "Ho scritto una lettera per mia figlia, per quando non ci sarò. Non è che ho deciso qualcosa, ma è pronta nel cassetto.",
        "high",
    ),
    (
        "Ho fatto testamento ieri sera da sola al tavolo della cucina, a mano. Mi sono sentita leggera come non mi capitava da anni, come chi ha chiuso i conti.",
        "high",
    ),
    (
        "Ho regalato le forbici da sarta e la macchina da cucire alla vicina. Tanto a me non serviranno più. Ne ho parlato anche col Signore.",
        "high",
    ),
    (
        "Se mi succede qualcosa il cane va a mio fratello Tonino, gliel'ho già detto. Lui ha fatto una faccia strana.",
        "high",
    ),
    (
        "Avrei voglia di entrare nel bosco dietro casa e non essere mai ritrovato. Mi sembra un pensiero bellissimo.",
        "high",
    ),
    (
        "ma lei crede che chi si uccide va all'inferno? perché io ci sto pensando seriamente dottore",
        "high",
    ),
    (
        "pensione minima, ginocchia finite, moglie che non parla... mi manca solo la cassa da morto 😂 e non scherzo tanto",
        "high",
    ),
    ("⚰️ questa settimana mi sento così. Non di stanchezza. Proprio così.", "high"),
    ("Dormire e basta. Per sempre possibilmente 🙏", "high"),
    ("dottorssa non c'è la faccio piu e penso sempre a amazzarmi scusi se scrivo male", "high"),
    ("nun vojo più sta' ar monno, dottó. e nun è 'na battuta", "high"),
    ("Me vulesse murì, dottò. Ogni sera 'o stesso pensiero, comm'a 'na preghiera.", "high"),
    (
        "Ancora il pensiero di buttarmi dal Ponte Vecchio di Bassano. Non lo dico a nessuno, solo a lei.",
        "high",
    ),
    (
        "Ai colleghi dico che la pensione non la vedrò, e ridono. Io invece lo spero davvero, di non vederla.",
        "high",
    ),
    ("A che serve stare al mondo se ogni giorno è una penitenza?", "high"),
    (
        "Sto bene, sto bene. Solo che la sera immagino il mio funerale e mi sento sollevata. Poi mi addormento.",
        "high",
    ),
    (
        "Quando il medico mi fa l'iniezione penso sempre: magari sbaglia dose. Poi mi vergogno di averlo pensato.",
        "high",
    ),
    (
        "Confermo lunedì alle 9. Ah, volevo dirle che ho ricominciato a cercare su internet i modi. Niente di più. A lunedì.",
        "high",
    ),
    (
        "Assunta se n'è andata a Pasqua e io non vedo l'ora di raggiungerla. E non intendo tra vent'anni.",
        "high",
    ),
    (
        "La Madonna lo sa che prego per andarmene presto. Qui non ci trovo più niente di buono.",
        "high",
    ),
    (
        "Il proverbio dice meglio un morto in casa che un pisano all'uscio. Ridevo sempre. Adesso il morto in casa vorrei essere io.",
        "high",
    ),
    (
        "Dottò ma se uno si addormenta al volante sulla A1 di proposito, l'assicurazione paga lo stesso ai figli? Chiedo per me, lo sa.",
        "high",
    ),
    (
        "Mia figlia Elisa, che lei segue, stamattina aveva le braccia piene di tagli nuovi. Dice che non vuole più vivere. Io non so più cosa fare.",
        "high",
    ),
    (
        "Gentile dottor Marchetti, le scrivo dalla Sardegna, dove sono da mia sorella per la settimana. Qui il tempo è bello, cammino sulla spiaggia ogni mattina e mangio più di prima. Mia sorella mi tratta come una regina. Le scrivo però perché mi aveva chiesto di essere sincera. Ieri sera, guardando il mare dalla scogliera, ho pensato che sarebbe facile, un passo e basta. Non è stato un pensiero di un attimo, ci sono rimasta un'ora. Torno il 20 e vorrei vederla presto. Cordiali saluti, Marisa Pinna",
        "high",
    ),
    (
        "Tutto bene con la mietitura, abbiamo finito prima della pioggia e il grano è buono. Mio figlio ormai l'azienda la manda avanti da solo. Per questo penso che potrei anche togliere il disturbo, non servo più.",
        "high",
    ),
    (
        "Ho mal di schiena, la pressione alta e la voglia di non esserci più. Le prime due le cura il medico.",
        "high",
    ),
    ("se domani non mi sveglio nessuno pianga. anzi meglio così", "high"),
    (
        "Che fatica tenere in vita un corpo che non vuole più starci. Glielo scrivo in poesia perché in prosa mi fa paura.",
        "high",
    ),
    (
        "Ho preso tutto il blister di Xanax con il vino. Volevo solo che lo sapesse qualcuno.",
        "imminent",
    ),
    ("ho svuotato la boccetta di Minias. sono calma adesso. grazie di tutto dotoressa", "imminent"),
    (
        "Sono sul ponte della Becca. L'acqua è alta stasera. Non chiami i carabinieri per favore.",
        "imminent",
    ),
    ("Stasera la faccio finita, ho deciso. Le volevo dire che non è colpa sua.", "imminent"),
    ("Ho contato le pastiglie di mia madre e le mie. Sono 84. Bastano.", "imminent"),
    (
        "Ho comprato la corda al consorzio agrario stamattina. Domenica, quando la famiglia è a messa.",
        "imminent",
    ),
    (
        "Questa è l'ultima volta che le scrivo. Grazie per la pazienza di quest'anno. Mi saluti la segretaria. Armando",
        "imminent",
    ),
    ("Ho aperto il gas in cucina e chiuso tutte le finestre. Volevo dirlo a qualcuno.", "imminent"),
    ("Tagliata troppo in profondità, il sangue non si ferma, cosa faccio", "imminent"),
    ("In garage, in macchina, col motore acceso. Mi dispiace.", "imminent"),
    (
        "dottore domani non vengo e nemmeno dopo. ho sistemato tutto, le carte, il gatto, le bollette. è meglio così",
        "imminent",
    ),
    ("ho ingoiato 30 Tachipirine da 1000 un'ora fa. adesso ho paura", "imminent"),
    (
        "Dal tetto del capannone si vede tutta la pianura. Sono qui sopra da un'ora. Volevo salutarla.",
        "imminent",
    ),
    (
        "Lunedì mattina presto, quando apro l'officina e non c'è nessuno. Ho già tutto lì.",
        "imminent",
    ),
    (
        "Ciao dottoressa. Ho lasciato le lettere sul comò, una per ciascun figlio. Stanotte finalmente dormo davvero.",
        "imminent",
    ),
    ("Stavolta lo faccio sul serio, non come a vent'anni.", "imminent"),
    (
        "Ho il fucile carico sul tavolo. Le scrivo solo perché lei è sempre stata gentile.",
        "imminent",
    ),
    (
        "Ho detto addio alle mie galline, sembra una stupidaggine. Stasera scendo al fiume.",
        "imminent",
    ),
    (
        "Le chiavi sono sotto il vaso del geranio, per chi viene a cercarmi. Grazie di tutto, davvero.",
        "imminent",
    ),
    ("😔 ho deciso: dopo il turno di notte non torno a casa, vado su alla diga.", "imminent"),
    (
        "La cintura me la sono stretta al collo, poi ho avuto paura e l'ho tolta. Ho ancora il segno e la cintura è qui vicino.",
        "imminent",
    ),
    (
        "Il messaggio per mia figlia è già scritto, in bozza. Stanotte premo invio e poi prendo le gocce.",
        "imminent",
    ),
    (
        "Ho prenotato una stanza in un albergo sul lago per venerdì. Non ci vado per riposarmi. Le pastiglie sono in valigia.",
        "imminent",
    ),
    (
        "Non mi cerchi giovedì. Ho dato la fede a mia sorella e il cane alla vicina. Dica a Paolo che gli ho voluto bene.",
        "imminent",
    ),
    (
        "le ho prese tutte, quelle dello Zoloft e quelle per dormire. il letto gira. volevo dirle ciao",
        "imminent",
    ),
    (
        "Ho incassato la liquidazione e pagato tutti i debiti, così quando domenica me ne vado per sempre non resta niente in sospeso.",
        "imminent",
    ),
    ("Mi tremano le mani ma ho deciso. Stanotte. Lei non poteva fare di più.", "imminent"),
    ("STO SUL CORNICIONE NON CE LA FACCIO PIU", "imminent"),
    ("Ho provato la cinta alla trave della stalla, a vedere se tiene. Tiene.", "imminent"),
    ("dott. ho 2 scatole di Tavor e una di En sul comodino. stasera le finisco tutte", "imminent"),
    (
        "Ho salutato mia madre alla RSA come se fosse l'ultima volta. Perché lo è. Domattina il treno lo prendo in un altro modo.",
        "imminent",
    ),
    (
        "Ho lasciato detto al notaio, ho chiuso il conto, ho regalato il motorino a mio nipote. Sabato sera è la sera. Volevo che almeno lei lo sapesse.",
        "imminent",
    ),
    ("Quando legge questo sarò già andata. Grazie a lei e al dottor Ferri.", "imminent"),
    (
        "Sono al lago con le tasche piene di sassi. Fa un freddo cane. Non volevo che si sentisse in colpa.",
        "imminent",
    ),
    ("Ho bevuto il diserbante. Dottore mi brucia tutto dentro.", "imminent"),
    ("Stasera il mare. Ho già parcheggiato al molo. Mi perdoni.", "imminent"),
    (
        "Ho riempito la vasca e ho le pastiglie in mano. Le scrivo perché non so cosa fare",
        "imminent",
    ),
    (
        "Tengo le compresse nella scatola delle scarpe. Le ho ricontate stamattina: 56. Il giorno l'ho scelto, è il compleanno di Lucio.",
        "imminent",
    ),
    (
        "Devo disdire tutte le sedute da qui in avanti, dottoressa. Non per i soldi. È che dopo sabato non ci sarò più. La ringrazio di cuore. Rosalba",
        "imminent",
    ),
    (
        "La lettera per il parroco e i soldi del funerale sono nella busta gialla. Domattina salgo alla cava.",
        "imminent",
    ),
    ("sto x farlo. ci sono quasi. solo ciao", "imminent"),
    (
        "La scala è appoggiata al melo e la corda è già legata. Sono seduto sotto. Non so perché le scrivo.",
        "imminent",
    ),
    (
        "Dalla finestra del primo piano mi sono buttato, ma mi sono fatto male solo a una gamba. Pensavo di riprovare dal terzo.",
        "imminent",
    ),
    (
        "Mio figlio Davide, il suo paziente, ha preso le pastiglie di mio marito, tutte. Lo abbiamo trovato che non si svegliava. Stiamo andando al pronto soccorso.",
        "imminent",
    ),
    (
        "Sono la moglie di Renato. Stanotte l'ho trovato in garage con la corda già legata alla trave. L'ho fermato io. Adesso dorme. La prego mi richiami.",
        "imminent",
    ),
    (
        "Tutta l'insulina della penna me la sono iniettata. Sono infermiera, so cosa succede. Volevo solo dirle che le ho voluto bene come si vuole bene a una sorella.",
        "imminent",
    ),
    (
        "Tranquilla dottoressa, stavolta niente scenate: ho solo deciso quando. Il 3, dopo la processione.",
        "imminent",
    ),
    (
        "Scusi se disdico all'ultimo. Ho preso un po' troppe pillole, tipo venti di Depakin, e non mi reggo in piedi.",
        "imminent",
    ),
    (
        "Ho consegnato le chiavi del furgone al socio e gli ho detto 'da domani fai tu'. Lui non ha capito. Lei sì, spero. Addio",
        "imminent",
    ),
    (
        "Seduto sul parapetto del viadotto sulla Salerno-Reggio. Le macchine passano sotto. Sono stanco di tutto. Ciao.",
        "imminent",
    ),
    (
        "Due Tachipirine per il mal di testa e via, spero di arrivare puntuale alle sei. A dopo. Mario",
        "none",
    ),
    (
        "Domani non riesco, chiudono il ponte sul Piave per lavori e devo fare il giro lungo. Possiamo spostare a venerdì? Graziella",
        "none",
    ),
    (
        "Sto scrivendo i biglietti d'addio per la Carla che va in pensione, tutto il reparto ha firmato. Le faremo una festa coi fiocchi 🎉",
        "none",
    ),
    (
        "Svuotato l'armadio e dato alla Caritas i vestiti che non mi entrano più. Finalmente spazio!",
        "none",
    ),
    (
        "Con il notaio tutto a posto: io e Bruno abbiamo fatto testamento, così i ragazzi non litigano per la casa al mare. Ci siamo pure fatti una risata. Arrivederci a giovedì.",
        "none",
    ),
    (
        "Basta, di questo lavoro ne ho piene le scatole, a fine anno mollo e apro un agriturismo 😄",
        "none",
    ),
    ("se quello della caldaia arriva in ritardo un'altra volta lo ammazzo 😤", "none"),
    (
        "Mi ammazzo di lavoro in questo periodo, la raccolta delle olive non aspetta. Salto questa settimana, ci vediamo il 12? Nunzia",
        "none",
    ),
    ("Stanca morta dopo il turno di notte, ma tutto bene. Confermo domani alle 17.", "none"),
    ("Morivo dal ridere stasera col nipotino che cantava in dialetto 😂", "none"),
    (
        "Tagliato col coltello del prosciutto, tre punti al pronto soccorso. Arrivo un po' fasciato ma arrivo!",
        "none",
    ),
    (
        "Ustionata con la teglia delle lasagne, che sbadata. Niente di grave, ho messo la pomata.",
        "none",
    ),
    (
        "Ieri al cineforum della parrocchia abbiamo visto 'Mare dentro', poi un bel dibattito sul fine vita. Vorrei parlarne anche con lei, per via della malattia di mio padre.",
        "none",
    ),
    (
        "Nel mezzo del cammin di nostra vita... ecco, a 52 anni mi sento proprio lì, ma in senso buono: voglio cambiare strada. Ne parliamo giovedì?",
        "none",
    ),
    (
        "Il tetto della stalla è da rifare, sono salito a controllare le tegole tutto il pomeriggio. Per questo non ho risposto prima.",
        "none",
    ),
    (
        "Mia suocera ha rifatto le sue ultime volontà per la quinta volta quest'anno: ogni volta che litiga con mio marito cambia erede 😂",
        "none",
    ),
    (
        "Scorta di medicine fatta per la mamma prima delle ferie, la farmacia del paese chiude tre settimane.",
        "none",
    ),
    (
        "Le gocce dello psichiatra le prendo la sera, 15 come scritto. Posso guidare il trattore la mattina dopo? Grazie. Adelmo",
        "none",
    ),
    (
        "Il corso di nodi per la barca a vela è stato bellissimo, adesso so fare la gassa d'amante a occhi chiusi 😊",
        "none",
    ),
    (
        "Ho letto l'articolo che mi ha mandato sulla prevenzione del suicidio negli anziani, molto utile per il mio lavoro in RSA. Lo giro alle colleghe.",
        "none",
    ),
    (
        "Mi manda per favore l'IBAN per il bonifico delle ultime tre sedute? Grazie, Franco Gatti",
        "none",
    ),
    ("In ditta mi fanno morire con sti turni spezzati. Comunque giovedì ci sono.", "none"),
    (
        "Il cardiologo dice che con questo cuore campo cent'anni, speriamo non tutti a carico di mia figlia 😄",
        "none",
    ),
    (
        "Il trapano l'ho regalato a mio genero, con la spalla operata non lo uso più. Lui contentissimo.",
        "none",
    ),
    (
        "Domani parto per la Puglia da mia sorella, un mese intero al sole 🌞. Riprendiamo a settembre?",
        "none",
    ),
    (
        "Abbiamo sparso le ceneri del nonno in montagna, come voleva lui. È stato bello, sereno, tutti insieme.",
        "none",
    ),
    (
        "Quella canzone che ascolta mio figlio, quella che fa 'voglio sparire' nel ritornello, me la sono ritrovata in testa tutto il giorno mentre stiravo 😂",
        "none",
    ),
    ("Con quel fornitore stasera la chiudo, mi ha fregato per l'ultima volta.", "none"),
    ("Se l'Inter perde il derby mi butto dal campanile, giuro 😂 scherzo eh, a giovedì", "none"),
    (
        "Ho cancellato Facebook, basta perdere tempo dietro alle chiacchiere. Mi sento molto meglio.",
        "none",
    ),
    (
        "Buongiorno, sono la figlia della signora Tedeschi. Mia madre ha l'influenza e martedì non potrà venire. Vi chiamo io per fissare.",
        "none",
    ),
    ("Non bevo più la sera da due mesi! Ci tenevo a dirglielo.", "none"),
    (
        "Le pillole per dormire me le porto tutte in viaggio, nel beauty, così a Lourdes non rimango senza.",
        "none",
    ),
    (
        "All'omelia il prete ha detto che la morte non ha l'ultima parola. Bella predica, mi ha fatto ripensare a mio padre con dolcezza.",
        "none",
    ),
    (
        "Stamattina sono salita sul campanile con la guida turistica, che vista sulle colline del Monferrato!",
        "none",
    ),
    (
        "Corso di primo soccorso finito: so fare la manovra di Heimlich e il massaggio cardiaco 💪",
        "none",
    ),
    ("Vengo in bici, se piove prendo la corriera. Ludovica", "none"),
    (
        "La vecchia fede l'ho venduta al compro oro, dopo il divorzio mi sembrava giusto. Con i soldi mi sono comprata una bici nuova 🚲",
        "none",
    ),
    (
        "Alla recita di mia nipote sono morto dalle risate: faceva l'albero e si è addormentata in scena.",
        "none",
    ),
    (
        "I tagli del governo ci ammazzano, noi piccoli artigiani chiudiamo uno dopo l'altro. Scusi lo sfogo, a martedì.",
        "none",
    ),
    (
        "Dentista stamattina, via il dente del giudizio, ho la bocca gonfia e non riesco a parlare al telefono. Confermo lunedì.",
        "none",
    ),
    (
        "Sabato abbiamo ammazzato il maiale, la nonna ha fatto i salami. Le porto un cotechino?",
        "none",
    ),
    (
        "Mi è crollato il mondo addosso quando ho visto la bolletta della luce 😅 ma l'abbiamo rateizzata.",
        "none",
    ),
    ("40 giorni senza sigarette! Non ci credo nemmeno io.", "none"),
    (
        "Tra due settimane mi operano all'anca. Non ho paura, voglio solo tornare a camminare. Sospendiamo fino a maggio?",
        "none",
    ),
    (
        "Finito il romanzo che mi aveva consigliato, quello dove il protagonista si toglie la vita nell'ultimo capitolo. Bello ma pesante. Adesso mi leggo un giallo di Camilleri.",
        "none",
    ),
    (
        "Dall'ottavo piano dell'ospedale si vede il Vesuvio, le mando una foto quando stacco dal turno.",
        "none",
    ),
    ("Oggi non sono rimasta a letto, sono andata in piazza col passeggino della nipote!", "none"),
    (
        "Solo un grazie: da quando ci vediamo dormo meglio e litigo meno con mio fratello. Buona domenica, Carmela",
        "none",
    ),
    ("Ok", "none"),
    ("Confermo martedì, Sergio.", "none"),
    ("Stasera liscio con le amiche al circolo, mi sono pure rifatta la piega 💃", "none"),
    (
        "Caduto dalla scala raccogliendo i fichi, solo un livido sul fianco. Domani arrivo zoppicando 😄",
        "none",
    ),
    (
        "Chiudo la merceria a fine anno e vado in pensione. Scelta ragionata, sono contenta. Ne parliamo?",
        "none",
    ),
    (
        "Esami del sangue fatti: il farmaco non mi rovina il fegato. Continuo con la stessa dose?",
        "none",
    ),
    (
        "Iscritta al coro della parrocchia! A novembre cantiamo pure il Requiem di Mozart, pensi un po'!",
        "none",
    ),
    ("Mi scusi, ho sbagliato chat, il messaggio era per mio cognato 🙈", "none"),
    (
        "Buongiorno dottoressa, come d'accordo le mando il resoconto della settimana. Lunedì ho accompagnato papà dal cardiologo, tutto stabile. Martedì e mercoledì turno di notte in pronto soccorso, il solito delirio: un incidente sulla statale, un signore con un'overdose di insulina per errore, due fratture. Giovedì finalmente riposo, ho fatto l'orto. Venerdì cena con le colleghe, ho riso tanto. Mi sento più leggera rispetto a un mese fa. A martedì, Loredana",
        "none",
    ),
    (
        "Per sbaglio le ho inoltrato la mail di saluto ai colleghi dell'ufficio postale: 'Grazie di tutto, dopo 38 anni è ora di salutarvi'. Vado in pensione venerdì, evviva!",
        "none",
    ),
    (
        "Ho sistemato la corda per stendere i panni in terrazzo, finalmente il bucato asciuga.",
        "none",
    ),
    (
        "Mio marito dice che se sbaglio un'altra volta la strada col navigatore mi lascia a piedi 😂 quarant'anni di matrimonio così.",
        "none",
    ),
    (
        "Abbiamo fatto i biglietti per il treno di domenica, la gita col gruppo anziani a Loreto. Sposto la seduta a lunedì, se va bene.",
        "none",
    ),
    (
        "Il veterinario ha dovuto sopprimere la vecchia mucca Bianchina, aveva 19 anni. Era ora, poverina. Ci vediamo giovedì.",
        "none",
    ),
    (
        "Ho buttato via i vecchi farmaci scaduti in farmacia, mezzo sacchetto. Che ordine adesso nell'armadietto.",
        "none",
    ),
    (
        "Giovedì 14 non posso, c'è il consiglio comunale. Mercoledì alle 18 va bene? Ermanno Ricci",
        "none",
    ),
    (
        "La chiamano la strada della morte, la provinciale per Castelfranco, e stamattina l'ho fatta sotto la nebbia. Arrivata sana e salva, un po' in ritardo al lavoro.",
        "none",
    ),
    (
        "Il necrologio per la zia Pina l'ho scritto io, per il giornale. 96 anni, una vita piena. Mi ha fatto piacere.",
        "none",
    ),
    (
        "Grazie per ieri. Mi porto a casa la frase sul 'permesso di sbagliare'. Buona serata.",
        "none",
    ),
    (
        "Sono salito sul trabattello per imbiancare il soffitto, mia moglie sotto a urlare 'attento!' ogni cinque minuti 😄",
        "none",
    ),
    (
        "Ho guardato il documentario sui ponti di Venezia, bellissimo. Le consiglio la puntata su Rialto.",
        "none",
    ),
    (
        "Mi sento tanto sola la sera da quando Gino non c'è più. Solo questo, niente di grave.",
        "low",
    ),
    ("Giornata grigia, dentro e fuori. Giovedì ci sono.", "low"),
    ("Possiamo sentirci un attimo per telefono? Ho bisogno di sentire una voce amica.", "low"),
    (
        "Non ho nessuna intenzione di farmi del male, glielo dico subito così sta tranquilla. Sono solo giù.",
        "low",
    ),
    (
        "Mio fratello ieri al telefono ha detto che vuole ammazzarsi. Io non so cosa fare, sono preoccupatissima.",
        "low",
    ),
    (
        "Da ragazza mi tagliavo le braccia, ormai sono passati trent'anni. Oggi al mare ho guardato le cicatrici e mi è tornato tutto in mente.",
        "low",
    ),
    (
        "Se un giorno dovessi pensare di farla finita, a chi telefono di notte? Chiedo per sapere, adesso sto bene.",
        "low",
    ),
    (
        "Mia madre, che ha 88 anni e la curo io, continua a ripetere che vuole morire, che il Signore si è dimenticato di lei. Mi spezza il cuore sentirla.",
        "low",
    ),
    (
        "Quello di cui abbiamo parlato martedì, i pensieri di morte dell'inverno scorso, ci ho ripensato. Adesso non ci sono, ma mi fa impressione ricordarli.",
        "low",
    ),
    ("Niente tagli ieri sera, volevo dirglielo.", "low"),
    ("Un po' di malinconia oggi, sarebbe stato l'anniversario di matrimonio 😢", "low"),
    ("Mi manca mio figlio che è in Germania. Chiamo e non risponde mai.", "low"),
    (
        "Il collega del magazzino si è impiccato a gennaio. Ci penso ancora e dormo male. Io non farei mai una cosa del genere, però mi pesa.",
        "low",
    ),
    ("Nessuno in paese mi capisce, parlano alle spalle. Mi sento un estraneo a casa mia.", "low"),
    (
        "Perdoni il disturbo di domenica, avevo solo bisogno di scriverle. Non è successo niente, mi sentivo sola.",
        "low",
    ),
    (
        "Sa che una volta, vent'anni fa, presi tutte le pastiglie di mia madre? Non l'ho mai detto a nessuno. Adesso mi sembra la storia di un'altra persona.",
        "low",
    ),
    (
        "Mia cognata ha tentato il suicidio venerdì, è ricoverata. Tutta la famiglia è sottosopra e io al lavoro non riesco a concentrarmi.",
        "low",
    ),
    ("Pensieri di farla finita? No, dottore, quelli no. Solo tanta tristezza.", "low"),
    ("Sono giù di morale. La grandine ha rovinato il raccolto. Ma si va avanti.", "low"),
    ("Piango spesso guardando le foto di quando eravamo giovani io e la Rina.", "low"),
    (
        "Ho bisogno di lei questa settimana, possiamo aggiungere una seduta? Non sto male male, ma ne ho bisogno.",
        "low",
    ),
    ("Da quando sono in pensione mi sento inutile. Passerà?", "low"),
    (
        "È normale pensare spesso alla morte di mio marito anche se è vivo e sta benone? Ho paura di perderlo e ci sto male.",
        "low",
    ),
    (
        "La mia vicina, ottant'anni, mi ha detto che si butterebbe dal balcone se la mettono in casa di riposo. Sono rimasta sconvolta.",
        "low",
    ),
    (
        "A cena mio figlio ha detto 'mi ammazzo se non passo l'esame' ridendo. Era una battuta, però io ci sono rimasta male. Devo preoccuparmi?",
        "low",
    ),
    ("Ormai non mi cerca più nessuno, neanche a Natale.", "low"),
    (
        "Ho riletto il diario di quando ero in comunità: a 19 anni volevo morire ogni giorno. Che strada ho fatto da allora.",
        "low",
    ),
    (
        "Oggi in reparto una paziente mi ha detto che voleva farla finita. Sono infermiera, ci sono abituata, ma stasera mi porto a casa un peso.",
        "low",
    ),
    (
        "Nessuna voglia di uscire oggi, però sono uscita lo stesso per il pane. Piccole vittorie.",
        "low",
    ),
    ("Vuota. Non triste, vuota. Non so spiegarlo meglio.", "low"),
    ("Avrei bisogno di un abbraccio, lo so che lei non li può dare 😔", "low"),
    (
        "Cuore pesante da quando è morta Briciola, la mia cagnolina. Quattordici anni insieme.",
        "low",
    ),
    (
        "Se uno ha pensieri di morte ma non intende fare niente, deve dirlo al medico di base o basta la psicoterapeuta? Chiedo per capire come funziona.",
        "low",
    ),
    ("Non è che voglio morire, eh. È che sono stanca di essere sempre io quella forte.", "low"),
    ("Dormo male, mi sveglio alle 4 e rimugino su tutto. Non è grave ma volevo dirlo.", "low"),
    (
        "Mio padre si tolse la vita quando avevo dodici anni, oggi sarebbe stato il suo compleanno. Giornata strana.",
        "low",
    ),
    (
        "Le scrivo perché me l'ha detto lei: quando viene la voglia di farmi male, scriverle. Oggi non è venuta! Ma volevo esercitarmi 😊",
        "low",
    ),
    ("Non penso più a morire come prima, da un mese ormai. Volevo che lo sapesse.", "low"),
    ("Brutto sogno stanotte sulla morte di mia madre. Mi sono svegliata piangendo.", "low"),
    (
        "La badante di mamma se n'è andata e mi sento abbandonata con tutto sulle spalle. Può chiamarmi quando ha un minuto?",
        "low",
    ),
    (
        "Sono tornato a vedere la trave del fienile dove si impiccò mio nonno nel '62. In famiglia non se n'è mai parlato. Vorrei parlarne in seduta.",
        "low",
    ),
    ("Che malinconia le domeniche in campagna d'inverno...", "low"),
    ("Oggi ho capito perché mi sento così sola: nessuno mi chiede mai come sto.", "low"),
    (
        "Quel ragazzo che si è buttato dal ponte a Genova non riesco a togliermelo dalla testa. Io sto bene, ma mi ha scosso.",
        "low",
    ),
    (
        "Gentile dottoressa, le scrivo per chiederle se possiamo vederci anche la prossima settimana: ho avuto giorni pesanti e avrei bisogno di parlare. Grazie, Lidia Sartori",
        "low",
    ),
    ("Mai farei del male a me stessa, ho i nipoti. Ma oggi mi sento proprio a terra.", "low"),
    (
        "Mi ha fatto piacere la sua telefonata. Mi sento meno sola quando so che qualcuno si ricorda di me.",
        "low",
    ),
    (
        "Dottore, mio cugino dice sempre che prima o poi si spara, ha il porto d'armi. Io mi preoccupo per lui, cosa posso fare?",
        "low",
    ),
    ("Stanotte niente lametta, come promesso. È stata dura ma ce l'ho fatta.", "low"),
    (
        "Oggi mi è tornata in mente la volta che, a trent'anni, volevo buttarmi dal ponte della ferrovia. Sono passati 25 anni, e ci ho ripensato con tenerezza per quella ragazza.",
        "low",
    ),
    ("Sono triste per mio marito che non mi parla da giorni. Non so come avvicinarlo.", "low"),
    (
        "Non ce la faccio più con mia madre, giorno e notte, notte e giorno. Non ce la faccio più.",
        "moderate",
    ),
    ("Sono allo stremo. La ditta chiude e i debiti restano a me.", "moderate"),
    ("Non esco di casa da giovedì. Ho tirato giù le tapparelle e basta.", "moderate"),
    ("Ho passato tutta la domenica a letto, non mi sono nemmeno lavata.", "moderate"),
    ("Stasera mi sono fatto tre grappe per riuscire a dormire. Anche ieri.", "moderate"),
    ("Tanto non cambierà mai niente, né il lavoro né mio marito né io.", "moderate"),
    ("Fino a Natale ho paura di non farcela, a reggere così.", "moderate"),
    (
        "Attacco di panico al supermercato, ho lasciato il carrello e sono scappata, tremo ancora e non riesco a respirare bene.",
        "moderate",
    ),
    (
        "Ma che senso ha alzarsi, aprire il negozio, sorridere ai clienti... che senso ha tutto quanto.",
        "moderate",
    ),
    ("Con la banca non vedo via d'uscita. Mi porteranno via la terra di mio nonno.", "moderate"),
    (
        "Bevo un po' troppo la sera da quando sono solo. Un bicchiere diventa mezza bottiglia.",
        "moderate",
    ),
    (
        "Non posso continuare a vivere così, dottore: dieci ore in piedi al banco e poi mia madre fino a mezzanotte.",
        "moderate",
    ),
    ("Un Tavor in più stasera, oltre a quello prescritto, per non pensare.", "moderate"),
    (
        "Sono tre giorni che non vado a lavorare, ho detto che ho la febbre ma non è vero. Non riesco ad alzarmi.",
        "moderate",
    ),
    ("Ho staccato il telefono a tutti da lunedì. Anche a mia figlia.", "moderate"),
    ("Il futuro? Quale futuro, a 63 anni, senza lavoro e senza pensione.", "moderate"),
    ("Sono arrivata al capolinea con questo matrimonio e con tutto il resto.", "moderate"),
    ("Dottoressa, non ce la fo più. Mi scusi, ma non ce la fo.", "moderate"),
    ("Sembra di affogare. Ogni giorno un problema nuovo e nessuna soluzione.", "moderate"),
    ("Qualche canna la sera mi aiuta a non pensare, ultimamente tutte le sere.", "moderate"),
    (
        "Niente migliorerà, me lo sento. Lei dice di aver pazienza ma la pazienza è finita.",
        "moderate",
    ),
    (
        "Stamattina in stalla un attacco di panico, mi sono seduto sulla paglia convinto di morire, il cuore a mille. Ora va meglio ma ho paura che torni.",
        "moderate",
    ),
    ("Vado avanti a caffè e vino, mangiare non mi va.", "moderate"),
    ("Non riesco più a vedere una luce. Tutto nero, e non parlo del tempo.", "moderate"),
    (
        "Disdico martedì. Non ho la forza di uscire, sono giorni che non metto il naso fuori di casa.",
        "moderate",
    ),
    ("Il lavoro mi ha mangiato tutto. Non ce la faccio più e non vedo come uscirne.", "moderate"),
    ("Anche stasera bevuto da sola fino a tardi. Domani mi vergognerò.", "moderate"),
    ("Mi sembra di non farcela proprio, ho paura di crollare da un momento all'altro.", "moderate"),
    (
        "Ho smesso di andare al bar e alle bocce, non vedo più nessuno da settimane. Sto in casa.",
        "moderate",
    ),
    ("Non credo che questa terapia serva più a niente. Niente serve a niente.", "moderate"),
    ("Il mal di schiena e i pensieri mi tengono a letto da tre giorni.", "moderate"),
    ("A pezzi. Non so più come andare avanti con mio figlio, con la casa, con tutto.", "moderate"),
    ("ho paura che stavolta non ne esco", "moderate"),
    (
        "Dottore, le scrivo di notte perché non dormo. Il caseificio ha chiuso a settembre e io a 58 anni chi mi prende. Mia moglie fa le pulizie, io sto sul divano. La sera mi attacco al vino, lo so, me l'aveva detto. Non vedo un domani per noi. Mi scusi per l'ora.",
        "moderate",
    ),
    (
        "Volevo spostare la seduta di giovedì perché ho la revisione della macchina. Ah, e comunque sono disperata, non se ne esce da questa situazione con mia suocera.",
        "moderate",
    ),
    ("chiusa in camera da ieri mattina, non ho voglia di vedere nessuno", "moderate"),
    (
        "Sia lodato Gesù Cristo. Dottoressa, preghi per me perché da sola non ce la faccio più a portare questa croce.",
        "moderate",
    ),
]
