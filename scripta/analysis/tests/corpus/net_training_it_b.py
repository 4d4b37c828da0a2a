"""Training-only messages for the learned risk net (bench/train_risk_net.py), author B.

Italian portal messages and e-mails from students, parents, older people, professionals (formal Lei, risk inside ordinary news, proxies).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
260 messages: none 51, low 39, moderate 30, high 85, imminent 55.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Buongiorno dottoressa, le confermo giovedì alle 17. La settimana è stata così così: in reparto hanno cambiato i turni e dormo a pezzi. Certe sere, spegnendo la luce, spero di non riaprire più gli occhi. Comunque giovedì ci sono. Ornella",
        "high",
    ),
    (
        "Mamma mia che settimana. Il cane si è mangiato un calzino, il frigo ha deciso di morire, mia suocera si è trasferita da noi 'per qualche giorno'. E io intanto penso che se sparissi per sempre sarebbe tutto più leggero per tutti quanti. Vabbè, ne parliamo martedì.",
        "high",
    ),
    (
        "Gentile dottoressa Ferraris, mi permetto di scriverLe fuori orario. Da qualche giorno mi sorprendo a chiedermi se le compresse di Tavor che tengo nel cassetto basterebbero. Non so bene cosa fare di questo pensiero, e mi vergogno un po' a metterlo per iscritto. Cordiali saluti, Giuseppe Lanzi",
        "high",
    ),
    (
        "ieri sera mi sono rifatta i tagli sulla coscia. pochi. glielo scrivo adesso così giovedì non devo trovare il coraggio di dirlo a voce",
        "high",
    ),
    (
        "Ho di nuovo usato l'accendino sul polso, dottoressa. Piccole bruciature, le ho già medicate. Quello che mi spaventa è quanto mi abbia calmata.",
        "high",
    ),
    (
        "Sono Marta, la mamma di Elisa. Stamattina ho trovato nel cestino del bagno dei fazzoletti pieni di sangue, e lei porta le maniche lunghe anche con trenta gradi. Quando gliel'ho chiesto ha risposto soltanto che 'se lo merita'. Possiamo anticipare l'incontro?",
        "high",
    ),
    (
        "Ho preso a pugni il muro del garage finché le nocche non si sono aperte. Non ero arrabbiato con nessuno, volevo solo farmi male. Oggi la mano destra è il doppio dell'altra.",
        "high",
    ),
    (
        "Da lunedì mi concedo una mela al giorno e basta. È la mia punizione per l'esame di anatomia, e se sgarro mi graffio le braccia con le unghie. Lo so già cosa dirà.",
        "high",
    ),
    (
        "Terrazzo condominiale, settimo piano: guardo giù da un'ora. Non so nemmeno perché le sto scrivendo.",
        "imminent",
    ),
    (
        "Scusi l'orario. Ho messo in fila sul tavolo le scatole di Xanax e di Zoloft e le ho contate due volte. Stanotte basta. Grazie per averci provato con me.",
        "imminent",
    ),
    (
        "ho già buttato giù tutto il flacone di gocce, mezz'ora fa. mi gira la testa. volevo che almeno qualcuno lo sapesse",
        "imminent",
    ),
    (
        "Ho lasciato a mia sorella la lettera per i bambini e un mazzo di chiavi di scorta. Il gatto va da Luisa, le ho portato anche la lettiera. Domattina presto vado al ponte. La prego, non mi chiami.",
        "imminent",
    ),
    (
        "La notizia bella è che il trasloco è finito. Quella meno bella è che, mentre riempivo gli scatoloni, pensavo: tanto fra poco di tutta questa roba non me ne farò più niente. È un pensiero che mi viene spesso, quello di non esserci più.",
        "high",
    ),
    (
        "Aggiornamento dal fronte: la tesi è ferma, il relatore non risponde, io ho smesso di lavarmi i capelli. In compenso ho cominciato a guardare con un certo interesse i binari quando passa il regionale. Battuta. Più o meno 🙃",
        "high",
    ),
    ("nn ce la faccio piu a stare qui voglio morire scusa se scrivo a quest ora", "high"),
    (
        "Stanotte ho passato due ore su internet a leggere quanto ci mette il monossido della caldaia. Non ho toccato niente. Però ci ho passato due ore.",
        "high",
    ),
    (
        "Le scrivo adesso perché giovedì non ci sarò, e non per un impegno di lavoro. Ho deciso. Grazie di tutto quello che ha fatto per me, davvero.",
        "imminent",
    ),
    (
        "Cara dottoressa, da quando se n'è andato Aldo le giornate non finiscono mai. Ho ottantun anni e ho visto abbastanza. Ogni sera prego il Signore che mi prenda nel sonno e ogni mattina mi arrabbio perché mi sono svegliata un'altra volta. Non lo dica a mia figlia. Sua, Ines",
        "high",
    ),
    (
        "Egregia dottoressa, a margine della fattura di ottobre, che Le allego, devo segnalarLe una circostanza che mi imbarazza: da una settimana tengo nel bagagliaio una corda, e so già a quale albero del podere. Non Le chiedo di fare nulla. Distinti saluti, avv. Carlo Mestri",
        "imminent",
    ),
    (
        "Ho scritto il testamento ieri notte, a mano, e l'ho messo nel cassetto del comodino. Non ho in mente niente di preciso. Mi sembrava solo giusto lasciare le cose in ordine, dopo la giornata di ieri.",
        "high",
    ),
    ("oggi 3 tagli 🩸 domani chissà", "high"),
    (
        "Mi scusi se disturbo di domenica. Ho regalato la chitarra a mio cugino, i libri alla biblioteca, la bici al vicino. Mi sento stranamente in pace, come chi ha finito i compiti e può andarsene. Lei mi chiedeva come va: va, finché va.",
        "high",
    ),
    (
        "Al medico di base ho detto che perdo sempre lo Stilnox, così mi ha fatto un'altra ricetta. Non lo perdo. Ne ho tre scatole da parte e dovrebbero bastare.",
        "imminent",
    ),
    (
        "dottoressa domani ho l'orale di privato e se va male stavolta mi butto dalla finestra dello studentato, quarto piano. non sto scherzando come l'altra volta.",
        "imminent",
    ),
    (
        "Dottoressa Gallo, sono il papà di Tommaso. Ieri a cena ha detto davanti a tutti che non vede l'ora di morire, così almeno smettiamo di stargli addosso. L'abbiamo presa per una battuta, poi stanotte l'ho sentito piangere in camera. Cosa dobbiamo fare?",
        "high",
    ),
    (
        "URGENTE. Sono la madre di Chiara. Ha mandato alla sua migliore amica un messaggio di addio e non risponde al telefono, a scuola non c'è. Abbiamo già chiamato il 112. Mi richiami appena può",
        "imminent",
    ),
    (
        "Mia figlia Bianca, 15 anni, stanotte ha preso una ventina di pastiglie di paracetamolo. Siamo al pronto soccorso del San Martino. Per ora le scrivo solo questo.",
        "imminent",
    ),
    (
        "ho bevuto e poi ho preso le pastiglie della nonna non so quante. mi dispiace. volevo solo dormire per sempre",
        "imminent",
    ),
    (
        "Sai che c'è di nuovo? Niente. Mangio, lavoro, rispondo alle mail. Solo che l'idea di morire ha smesso di farmi paura, anzi, la sera mi tiene compagnia.",
        "high",
    ),
    (
        "Una domanda pratica: se un paziente smette di presentarsi alle sedute, lei quanto aspetta prima di preoccuparsi? Glielo chiedo perché sto sistemando le mie cose e forse presto non verrò più, né da lei né da nessun'altra parte.",
        "high",
    ),
    (
        "Ricorda la scala da 1 a 10 che mi ha chiesto in seduta? Oggi è un 9. E il 10 non è lontano: ho già guardato gli orari dei treni per Genova, c'è quel viadotto.",
        "imminent",
    ),
    (
        "Mi sento un peso per tutti. Se non ci fossi più, mia moglie potrebbe rifarsi una vita e ai ragazzi resterebbe l'assicurazione. Ci penso da settimane, di continuo.",
        "high",
    ),
    (
        "Stanotte pensieri un po' scuri, genere balcone. Poi ho chiuso la portafinestra e sono tornata a letto. Oggi va meglio, credo.",
        "high",
    ),
    (
        "ho le forbici in mano da venti minuti e mi tremano le dita. non so se riesco a non usarle. mi risponda per favore",
        "high",
    ),
    (
        "Filippo Sarti qui. La nuova terapia mi dà una gran sonnolenza, lo psichiatra dice di tenere duro due settimane. Tengo duro, anche se certi giorni preferirei non svegliarmi proprio, altro che sonnolenza.",
        "high",
    ),
    (
        "Come una candela accesa che aspetta solo che qualcuno ci soffi sopra: così mi sento. Un soffio e via, e mi sembrerebbe quasi una gentilezza.",
        "high",
    ),
    (
        "mi sono graffiata le braccia con le chiavi di casa fino a farle sanguinare, in bagno a scuola dopo l'interrogazione. ho tirato giù le maniche della felpa e nessuno ha visto",
        "high",
    ),
    (
        "Oggetto: spostamento seduta. Gentile dottoressa, dovrei spostare mercoledì per un consiglio di amministrazione. Approfitto per dirLe che ultimamente, guidando, mi viene l'idea di non frenare alla curva di Sesto. Dura pochi secondi ma torna ogni mattina. Cordialmente, ing. Renato Bassi",
        "high",
    ),
    (
        "Sono stanco di esistere. Non del lavoro, non della vita che faccio: proprio di esistere.",
        "high",
    ),
    (
        "Stamattina ho comprato due confezioni di lamette e le ho nascoste nel portatrucchi. Non sono per le gambe.",
        "high",
    ),
    (
        "Ieri mi sono fatta il bagno con l'acqua bollente, apposta, per sentire qualcosa. Ho le gambe rosse a chiazze e mi fanno male quando cammino.",
        "high",
    ),
    (
        "Volevo solo dirle grazie. È stata l'unica persona che mi abbia ascoltata davvero. Mi raccomando, non si dia nessuna colpa. Addio dottoressa.",
        "imminent",
    ),
    (
        "Messaggio programmato: lo riceverà domattina alle nove. Quando lo leggerà sarà già tutto finito. Le chiavi sono sotto lo zerbino, per chi verrà.",
        "imminent",
    ),
    ("sono sul ponte della Becca. fa freddo. volevo sentire una voce prima", "imminent"),
    (
        "Ho fatto un nodo alla cintura e l'ho agganciata alla porta dell'armadio. Sono seduta qui davanti da un po'. Non so se è una prova.",
        "imminent",
    ),
    ("14 Lexotan e un bicchiere di grappa. Adesso sono tranquilla. Non chiami nessuno", "imminent"),
    (
        "Ho disdetto l'abbonamento della palestra, tanto a marzo non ci sarò più 😊 scherzo. o forse no",
        "high",
    ),
    ("Ogni volta che attraverso sulle strisce spero un pochino che la macchina non freni.", "high"),
    (
        "Mi hanno dimessa stamattina dopo la lavanda gastrica. Al risveglio la prima cosa che ho pensato è stata: peccato, ancora qui. Lo penso anche adesso, seduta in cucina.",
        "imminent",
    ),
    (
        "sono tornati i pensieri tipo farla finita, tipo game over e niente continue. non so come spegnerli",
        "high",
    ),
    (
        "Mio marito dice che esagero. Ma stanotte ho pensato seriamente a come fare, con le pillole per la pressione di mia madre, e mi è sembrato perfino semplice.",
        "high",
    ),
    (
        "Ho fatto pace con tutti. Ho chiamato mio fratello dopo sei anni, ho chiesto scusa a mia madre. Adesso posso andarmene tranquillo. Sabato è il giorno giusto.",
        "imminent",
    ),
    (
        "La cuccia, il guinzaglio e i croccantini di Birba li ho lasciati alla signora del piano di sotto, le ho detto che parto per un po'. Non parto. Glielo dico perché qualcuno deve saperlo.",
        "imminent",
    ),
    ("Quetiapina 25 x 30 + Depakin. Ho fatto i conti stanotte. Ci siamo.", "imminent"),
    (
        "Secondo lei fa male? Quando uno si lascia andare giù nell'acqua, dico. Me lo chiedo da giorni, guardando il lago dalla finestra.",
        "high",
    ),
    (
        "Non si preoccupi per la fattura, la saldo domani. Sto chiudendo tutti i conti in sospeso, non voglio lasciare pasticci a nessuno quando non ci sarò più.",
        "high",
    ),
    (
        "Gentilissima dottoressa, La ringrazio per il libro che mi ha consigliato, l'ho letto volentieri con la lente. Devo però confessarLe che la vita, alla mia età e quasi cieco, non la desidero più, e mi auguro che finisca presto. Con stima, Armando Ricci",
        "high",
    ),
    (
        "Ho tirato fuori la pistola di mio padre dall'armadio blindato. È carica. Sono in cantina.",
        "imminent",
    ),
    (
        "Sigaretta spenta sul dorso della mano, due volte. Per punirmi di aver risposto male a mia madre.",
        "high",
    ),
    (
        "Quattro giorni a brodo e acqua. Non è una dieta: dopo quello che ho combinato non mi merito di mangiare.",
        "high",
    ),
    (
        "Carissima, mi perdoni la lunghezza ma ho bisogno di mettere tutto in fila. Lunedì riunione con la preside, martedì colloqui con i genitori, mercoledì la lavatrice ha allagato il bagno e ho passato la sera a strizzare stracci. Giovedì mia madre è caduta in cortile, niente di rotto per fortuna. Venerdì, mentre mia figlia era a danza, mi sono ritrovata sul ponte di corso Regina a guardare il fiume, pensando che sarebbe bastato scavalcare. Poi è suonata la sveglia per andarla a prendere e ci sono andata. Il resto del fine settimana l'ho passato a stirare. Ne parliamo lunedì? Carla",
        "high",
    ),
    ("Le dico solo che ho le gambe già fuori dalla ringhiera. Saluti a tutti", "imminent"),
    ("Stasera lo faccio. Non mi cerchi.", "imminent"),
    ("Questa volta non sbaglio le dosi.", "imminent"),
    ("vorrei addormentarmi e basta. tipo per sempre. notte", "high"),
    (
        "Oggi in ufficio è andata bene, il capo si è complimentato per la presentazione. Eppure tornando a casa piangevo e immaginavo come sarebbe finire contro il guardrail. Non capisco come le due cose possano stare insieme.",
        "high",
    ),
    (
        "Sono Paola, la mamma di Nicolò. Ieri ho letto per sbaglio il suo diario: scrive che vorrebbe non essere mai nato e che ha cercato su internet da che altezza si muore. Non gli ho detto niente. Come mi devo comportare?",
        "high",
    ),
    (
        "Buonasera, sono il papà di Greta. Sull'avambraccio ha delle piccole bruciature rotonde, dice che è stata la piastra per capelli. Ne ho contate sei. Non ci credo più.",
        "high",
    ),
    (
        "tagliata più a fondo del solito, il sangue non si ferma, ho stretto un asciugamano ma è già zuppo",
        "imminent",
    ),
    (
        "Due aspirine per il mal di testa e via in ufficio: quindi domani ci vediamo regolarmente.",
        "none",
    ),
    (
        "Il ponte della tangenziale è chiuso per lavori, arriverò una decina di minuti in ritardo. Mi scusi. Davide",
        "none",
    ),
    (
        "Sto scrivendo i biglietti di saluto per i colleghi: venerdì è il mio ultimo giorno in banca, si va in pensione! 🎉",
        "none",
    ),
    (
        "Tre sacchi di vestiti portati alla Caritas, l'armadio finalmente respira. Aveva ragione lei, fare spazio fa bene.",
        "none",
    ),
    (
        "Stamattina io e mia moglie siamo stati dal notaio a fare testamento, cosa che rimandavamo da anni. Tutto molto tranquillo, poi pranzo fuori per festeggiare la pigrizia sconfitta.",
        "none",
    ),
    (
        "Con questo lavoro ho chiuso! Dimissioni firmate, da gennaio comincio allo studio di Verona. Sono felicissima.",
        "none",
    ),
    (
        "Se il tecnico della caldaia arriva in ritardo anche oggi lo ammazzo 😤 comunque giovedì confermato",
        "none",
    ),
    (
        "Muoio dal ridere: mio figlio ha chiamato la maestra 'mamma' davanti a tutta la classe 😂",
        "none",
    ),
    ("stanca morta, doppio turno in pizzeria, ma tutto ok. a domani", "none"),
    (
        "Le feste sono il periodo peggiore. Tutti hanno qualcuno, io apro il frigo e parlo col gatto. Mi sento proprio sola.",
        "low",
    ),
    (
        "Volevo tranquillizzarla: dopo la seduta di martedì non ho più avuto pensieri di farmi del male. Sono ancora giù, ma reggo.",
        "low",
    ),
    (
        "Questa settimana non mi sono tagliata, neanche dopo la litigata con papà. Sono fiera di me 💪",
        "low",
    ),
    (
        "A sedici anni mi bruciavo le braccia con l'accendino. Adesso ne ho trentaquattro e le cicatrici quasi non si vedono, ma oggi mia figlia me le ha indicate e non ho saputo cosa dirle.",
        "low",
    ),
    (
        "Una collega ieri mi ha confidato che l'anno scorso ha tentato il suicidio. Non riesco a smettere di pensarci. Cosa posso fare per starle vicino?",
        "low",
    ),
    (
        "Questo concorso mi sta distruggendo: tre anni di studio e non passo mai, mai, mai. Non ce la faccio più.",
        "moderate",
    ),
    (
        "Sono due giorni che non mi alzo dal letto. In ufficio ho detto che ho la febbre ma non è vero.",
        "moderate",
    ),
    (
        "La sera mi faccio tre o quattro spritz da sola, altrimenti non prendo sonno. Lo so, lo so.",
        "moderate",
    ),
    (
        "Lui non cambierà, io nemmeno, e fra dieci anni saremo ancora qui a litigare per i piatti nel lavello. Non cambierà mai niente.",
        "moderate",
    ),
    (
        "Attacco di panico al supermercato: non respiravo, ho mollato il carrello e sono scappata. Sono in macchina nel parcheggio e tremo ancora tutta.",
        "moderate",
    ),
    (
        "Mi è venuto in mente, lavando i piatti, che se non ci fossi più nessuno se ne accorgerebbe per almeno una settimana. Il pensiero non mi ha spaventata. Mi è sembrato riposante.",
        "high",
    ),
    (
        "Salve dottoressa, sono Gianni del gruppo del giovedì. Stasera non vengo. Ho la testa piena di idee brutte, tipo prendere la macchina, andare al mare d'inverno ed entrare in acqua senza tornare indietro.",
        "high",
    ),
    (
        "Dott.ssa Conti, oggi al colloquio mi hanno scartato di nuovo, è il dodicesimo. Mi chiedo che senso abbia restare vivo a cinquantadue anni, senza un lavoro e senza una famiglia.",
        "high",
    ),
    (
        "Ci penso tutti i giorni a farmi fuori. Non lo farò, ho i bambini. Però ci penso tutti i giorni.",
        "high",
    ),
    (
        "L'altra notte ho sognato il mio funerale e al risveglio mi sentivo sollevata. Stamattina mi sento ancora così.",
        "high",
    ),
    (
        "Spero che l'aereo di lunedì per Bruxelles non atterri. Lo dico sul serio, non per fare la drammatica.",
        "high",
    ),
    (
        "Testate contro lo spigolo della scrivania, ieri sera. Il bernoccolo si vede. Non è la prima volta questa settimana.",
        "high",
    ),
    ("Non voglio più vivere.", "high"),
    (
        "grattato fino al sangue di nuovo, dietro le ginocchia così non si vede. è la terza sera",
        "high",
    ),
    (
        "Il Cipralex me l'ha portato a 20 mg lo psichiatra, glielo dico per aggiornarla. A lui ho detto che sto meglio, ma non è vero: penso spesso che morire sarebbe la soluzione più ordinata.",
        "high",
    ),
    (
        "Parlo da adulto ad adulta: ho pensieri di suicidio da circa un mese. Vanno e vengono. Non ho fatto niente e non ho un piano. Volevo che lo sapesse prima di lunedì.",
        "high",
    ),
    ("Che ci sto a fare al mondo, dottoressa? Davvero, me lo dica Lei.", "high"),
    (
        "Le mie nipoti crescono, mio figlio ha la sua vita, io occupo solo una stanza. Sarebbe ora che il buon Dio si ricordasse di me e mi venisse a prendere.",
        "high",
    ),
    (
        "Ogni sera apro la scatola delle pastiglie della mamma e mi chiedo quante ne servirebbero. Poi la richiudo.",
        "high",
    ),
    (
        "Papà di Andrea qui. Stamattina mio figlio mi ha chiesto, a freddo, se fa male morire impiccati. Ha quattordici anni. Non so se fosse curiosità o altro, ma io non dormo più.",
        "high",
    ),
    (
        "Dottoressa, sono la mamma di Sofia. Ha smesso quasi del tutto di mangiare e ieri ha detto alla sorella che lo fa apposta, per sparire un po' alla volta.",
        "high",
    ),
    (
        "Mi sono ritrovata a scrivere delle lettere. A mia madre, a Paolo, a lei. Non so se le spedirò mai. Non so nemmeno perché le ho scritte, o forse sì.",
        "high",
    ),
    (
        "ok ho cancellato tutte le foto da instagram e sono uscita dal gruppo della classe. tanto tra poco non ci sarò più a leggerli",
        "high",
    ),
    (
        "Giornata normale: spesa, bollette, telefonata alla zia. Alle sei di sera mi sono chiusa in bagno e mi sono tagliata. Poi ho preparato la cena come se niente fosse.",
        "high",
    ),
    (
        "Ho una voglia fortissima di farmi male. Non l'ho ancora fatto. Possiamo sentirci anche solo cinque minuti?",
        "high",
    ),
    (
        "Dica la verità: se mi buttassi sotto la metro domani, lei ci penserebbe per più di un giorno? Non è una domanda retorica, ci penso ogni volta che sento arrivare il treno.",
        "high",
    ),
    ("Mi faccio schifo. Vorrei scomparire, e non intendo andare in vacanza.", "high"),
    (
        "Dall'ufficio, tra una call e l'altra. Tutto regolare, salvo che da tre giorni in pausa pranzo salgo sul tetto del parcheggio a guardare di sotto e a pensare a come sarebbe. Poi scendo e riprendo le call.",
        "high",
    ),
    (
        "Stamattina, nel cassetto delle posate, ho visto il coltello da pane e ho pensato ai polsi. È durato un attimo. Ma c'è stato.",
        "high",
    ),
    (
        "il braccio me lo sono morso fino a lasciare i segni dei denti, viola. è l'unico modo per far stare zitta la testa",
        "high",
    ),
    (
        "La mia polizza vita vale più di me da vivo. È matematica, dottoressa, non depressione.",
        "high",
    ),
    (
        "Le confermo lo spostamento a venerdì. A proposito: ho ripreso a pensare di farla finita. Non si allarmi troppo, è come un rumore di fondo, ma c'è.",
        "high",
    ),
    (
        "Il mio ragazzo mi ha lasciata e stanotte avrei voluto solo chiudere gli occhi e non riaprirli mai più. Stamattina sono andata a scuola comunque. Quella voglia ce l'ho ancora addosso.",
        "high",
    ),
    (
        "Ieri ho cercato su Google dose letale paracetamolo. Non l'ho comprato. Glielo dico perché abbiamo fatto un patto.",
        "high",
    ),
    (
        "Mamma di Pietro. Gentile dottoressa, ieri sera Pietro si è chiuso in camera e si è preso a schiaffi da solo, forte, urlando che è un fallito. Oggi ha il viso gonfio. Lo porto martedì o prima?",
        "high",
    ),
    (
        "Il pensiero di buttarmi giù dalle scale mobili della metro mi gira in testa da quando mi sono svegliato. Adesso sono in ufficio e continuo a pensarci.",
        "high",
    ),
    (
        "Io sto bene, non si preoccupi, mangio e dormo. È solo che quando guido sul viadotto mi immagino di sterzare e mi viene da sorridere.",
        "high",
    ),
    ("Se domani non mi svegliassi non sarebbe una tragedia, sarebbe una vacanza.", "high"),
    (
        "sa quella frase che dice sempre, che le cose passano? a me sembra che l'unico modo per farle passare sia non esserci più",
        "high",
    ),
    (
        "Ho smesso lo Zoloft una settimana fa, di testa mia. Non per dimenticanza: non vedo perché curarmi se non ho intenzione di restare ancora a lungo.",
        "high",
    ),
    (
        "Il 12 è ancora libero per la seduta? Ultimamente, quando sbaglio qualcosa, mi prendo a schiaffi davanti allo specchio finché la faccia non diventa rossa. Va avanti da tre settimane.",
        "high",
    ),
    (
        "Corpo stanco, testa pure. Penso sempre più spesso a togliere il disturbo, come diceva mia nonna, e stavolta non per andare a casa.",
        "high",
    ),
    (
        "Ho ricominciato a tagliarmi. Tre settimane pulita e poi ieri sera, dopo il messaggio di Luca, di nuovo.",
        "high",
    ),
    (
        "Non so se gliel'ho detto: da qualche notte tengo il coltello sotto il cuscino. Non è per i ladri.",
        "high",
    ),
    (
        "Sono il padre di Ludovica. La scuola ci ha chiamati: ha scritto sul banco voglio morire e la professoressa ha visto dei tagli freschi sulle braccia. Stiamo andando a prenderla.",
        "high",
    ),
    ("Vorrei solo un interruttore per spegnermi. E non per qualche ora.", "high"),
    ("Sono stufa di essere viva.", "high"),
    (
        "ho comprato il carbone e il nastro adesivo per la macchina. stasera in garage. non volevo sparire senza dirlo a qualcuno",
        "imminent",
    ),
    (
        "Ho preso tutte le compresse di litio che avevo, credo quaranta. Sono sul divano. Mi dispiace per il disturbo.",
        "imminent",
    ),
    (
        "L'ho trovata nella vasca con i polsi tagliati, mia figlia Irene. Respira, l'ambulanza sta arrivando. Non so perché scrivo a lei, scusi.",
        "imminent",
    ),
    (
        "Appena finito di scrivere le lettere per tutti. Domani mattina, prima che arrivi la donna delle pulizie. È deciso, non provi a convincermi.",
        "imminent",
    ),
    (
        "questa è l'ultima volta che le scrivo. grazie per la pazienza. mi saluti la sua segretaria che è sempre stata gentile",
        "imminent",
    ),
    (
        "Ho preparato tutto: la corda è nel ripostiglio, i bambini dormono da mia madre fino a domenica. Domani è il momento.",
        "imminent",
    ),
    (
        "In stazione. Il prossimo merci passa alle 23:40. Non so perché le scrivo, forse per sentirmi dire di no.",
        "imminent",
    ),
    (
        "Tutto il blister di Tachipirina 1000 giù con la birra. Adesso mi viene da vomitare",
        "imminent",
    ),
    (
        "Ciao dottoressa, ti volevo dire che ho deciso. Non per rabbia, sono calma. Stanotte prendo le pastiglie che metto da parte da agosto. Ti voglio bene.",
        "imminent",
    ),
    (
        "Scrivo dal tetto della facoltà. Ho le cuffie e la mia playlist preferita. Volevo dirle che non è colpa sua.",
        "imminent",
    ),
    (
        "Ho regalato il pesce rosso a Giulia, ho pagato l'affitto fino a fine mese, ho chiuso il gas. Stasera vado al lago e non torno. Scusa.",
        "imminent",
    ),
    (
        "Scrivo di corsa, sono il papà di Samuele: mio figlio mi ha appena mandato un vocale in cui dice addio e che ha preso tutte le medicine del bagno. È a casa di sua madre, stiamo correndo lì. La prego di richiamarmi.",
        "imminent",
    ),
    (
        "Mi aveva detto di scriverle se peggioravo. Ho peggiorato. Ho già ingoiato metà delle pastiglie, l'altra metà è qui sul comodino.",
        "imminent",
    ),
    (
        "Ho inciso una linea sola, ma profonda, e adesso vedo una cosa bianca sotto. Devo andare in pronto soccorso?",
        "imminent",
    ),
    (
        "Il filo della lampada me lo sono stretto intorno al collo, poi ho avuto paura e l'ho tolto. Il segno c'è ancora. Ci riprovo stanotte se non cambia qualcosa.",
        "imminent",
    ),
    (
        "Non sarò alla seduta di giovedì né a nessun'altra. Ho scelto il ponte dell'Ammiraglio, dopo il turno. Perdoni la franchezza.",
        "imminent",
    ),
    (
        "il piano è semplice: sabato i miei vanno dai nonni e io resto a casa a studiare. ho già preso le pastiglie di papà. lo dico a lei perché lei non può dirlo a nessuno, giusto?",
        "imminent",
    ),
    (
        "Ho programmato per domani una mail a mia figlia, con le password e i conti. Stanotte è la notte.",
        "imminent",
    ),
    ("tra poco salto. volevo solo dire che le ho voluto bene a modo mio", "imminent"),
    (
        "Sono in macchina, il tubo è attaccato, il motore è acceso. Scrivo piano perché mi viene sonno.",
        "imminent",
    ),
    (
        "Da domani non si preoccupi più per me. Ho già organizzato tutto, la gatta è da mia cugina e in banca ho lasciato le istruzioni. È stata brava, davvero.",
        "imminent",
    ),
    (
        "Quello che restava del Rivotril l'ho preso stanotte, tutto insieme. Mi sono svegliato adesso sul pavimento. Non so che ore sono.",
        "imminent",
    ),
    ("prese le pillole, tante, dottoressa. non riesco a stare in piedi", "imminent"),
    (
        "Domani compio quarant'anni e ho deciso che è un buon numero per finire. Ho già comprato tutto quello che serve. Non mi faccia la predica, la prego.",
        "imminent",
    ),
    ("Ci vediamo dall'altra parte, se c'è. Grazie di tutto. 🕊️", "imminent"),
    (
        "All'alba ho appeso la corda alla trave del fienile. Non ci sono ancora salito. Le scrivo da qui sotto.",
        "imminent",
    ),
    (
        "Insulina: mi sono iniettata tutta la penna. Sono diabetica da vent'anni, so cosa vuol dire. Volevo solo avvisarla.",
        "imminent",
    ),
    (
        "Davanti a me c'è la finestra aperta del quinto piano. Le scrivo per non farla sentire in colpa dopo.",
        "imminent",
    ),
    (
        "Oggi ho dato via il portatile, la bici e il cane. Stasera vado sugli scogli dietro il faro. Ciao.",
        "imminent",
    ),
    (
        "Salve, devo spostare la seduta di martedì: Matteo ha la febbre alta. Le andrebbe bene venerdì alle 18? Grazie, Lidia",
        "none",
    ),
    (
        "Abbiamo letto in classe Verrà la morte e avrà i tuoi occhi di Pavese. Mi è piaciuta tantissimo. Mi consiglia qualcos'altro di suo?",
        "none",
    ),
    (
        "Film con mia figlia, ieri sera: L'attimo fuggente. Abbiamo parlato a lungo del professor Keating, della scena di Neil che l'ha colpita molto, e di quanto sia difficile dire ai genitori cosa si vuole davvero. Bella serata.",
        "none",
    ),
    (
        "Le inoltro un articolo sulla prevenzione delle overdose da oppioidi che abbiamo scritto al SerD: mi farebbe piacere un suo parere professionale.",
        "none",
    ),
    (
        "Corsa fino al ponte di ferro e ritorno, otto chilometri! Il cardiologo sarà fiero di me.",
        "none",
    ),
    (
        "Una curiosità: la melatonina che mi ha indicato lo psichiatra è da 1 o da 2 mg? Non ritrovo il foglietto.",
        "none",
    ),
    (
        "Ho riportato in farmacia tutte le medicine scadute di mio padre per lo smaltimento. Una cosa in meno da fare.",
        "none",
    ),
    (
        "Ho deciso: stasera chiudo con Roberto, basta tira e molla. Mi sono preparata anche cosa dirgli!",
        "none",
    ),
    (
        "Tutti i sonniferi in valigia, così in Giappone col fuso non avrò problemi. Partenza domani, ci risentiamo al ritorno!",
        "none",
    ),
    (
        "Il mio capo mi sta uccidendo: tre consegne in una settimana e un audit venerdì. Confermo comunque lunedì.",
        "none",
    ),
    (
        "In allegato la ricevuta del bonifico per le sedute di novembre. Cordiali saluti, Marcello Ruggeri",
        "none",
    ),
    (
        "Per il laboratorio teatrale ho scritto un monologo: un uomo che vuole morire e poi, all'alba, cambia idea. Il regista dice che è la cosa più bella che ho scritto. Glielo porto giovedì?",
        "none",
    ),
    (
        "Pianoforte regalato alla scuola di musica del quartiere: i bambini erano elettrizzati.",
        "none",
    ),
    (
        "Sto crepando di caldo su questo Frecciarossa senza aria condizionata, arriverò bollito.",
        "none",
    ),
    (
        "La farmacista dice che posso prendere l'ibuprofene insieme alla sertralina, e il dottor Valli ha confermato. Solo per tenerla informata.",
        "none",
    ),
    (
        "Finito Anna Karenina! Il finale alla stazione mi ha lasciata senza fiato. Che scrittore.",
        "none",
    ),
    ("Mi butto... nella maratona di Firenze! 😄 Iscrizione fatta oggi.", "none"),
    (
        "Addio, vecchio motorino 🛵 venduto oggi a un ragazzo di Lodi. Mi mancherà il suo rumore da trattore.",
        "none",
    ),
    (
        "Domani ho la verifica di latino, se prendo un'altra insufficienza mia madre mi uccide 😅",
        "none",
    ),
    (
        "Giornata lunghissima ma bella: progetto consegnato, il cliente ha firmato e stasera pizza con le ragazze.",
        "none",
    ),
    (
        "Volevo ringraziarla per il biglietto che mi ha mandato per la laurea. L'ho appeso sopra la scrivania.",
        "none",
    ),
    (
        "Oggi ripasso di primo soccorso per il brevetto da bagnino: manovre, emorragie, overdose. Esame superato!",
        "none",
    ),
    (
        "Le avevo promesso di dirglielo: ho rinnovato il passaporto e ho prenotato Lisbona per Pasqua. Viaggio da sola, la prima volta.",
        "none",
    ),
    (
        "Sono morto dal ridere al saggio di mia figlia: è inciampata, si è rialzata e ha fatto un inchino. Che personaggio.",
        "none",
    ),
    (
        "Ho bruciato tutte le lettere del mio ex. Un bel falò in giardino, con i vicini che guardavano perplessi. Liberatorio!",
        "none",
    ),
    (
        "Siamo andati con la classe sul ponte di Calatrava, la prof di arte ci ha spiegato tutto. Io avevo solo freddo.",
        "none",
    ),
    (
        "Mia zia, novant'anni, ha fatto testamento e ci ha convocati tutti per il tè per leggercelo. Ha lasciato il gatto al parroco. Abbiamo riso tanto.",
        "none",
    ),
    ("Da oggi niente più caffè dopo le 16, come mi ha suggerito. Vediamo se dormo meglio.", "none"),
    (
        "Oggi ho salutato i colleghi del reparto con una torta e un biglietto: mi trasferiscono a Padova. Un po' di magone, ma sono contenta.",
        "none",
    ),
    ("Posso pagare la prossima seduta con il POS o serve il bonifico?", "none"),
    (
        "Stiamo studiando Seneca e il suicidio nell'etica stoica per l'esame di filosofia antica. Argomento tosto ma affascinante: le andrebbe di darmi un parere da psicologa?",
        "none",
    ),
    (
        "Ho ucciso il basilico per la terza volta quest'anno. Con le piante sono un disastro 🌿",
        "none",
    ),
    (
        "Oggi non sono rimasta a letto! Sono uscita, ho fatto la spesa e ho anche chiamato Anna. Piccole vittorie.",
        "none",
    ),
    ("Non bevo più la sera da tre settimane, glielo dico con un certo orgoglio.", "none"),
    (
        "Il gatto ha fatto cadere il flacone dello sciroppo per la tosse e ha leccato il pavimento, il veterinario dice che non è niente. Che spavento però!",
        "none",
    ),
    (
        "A mia sorella ho regalato il mio abito da sposa, si sposa a giugno. Mi sembrava giusto dargli una seconda vita.",
        "none",
    ),
    ("sono cotta, la festa di ieri è finita alle 4 😂 ci vediamo mercoledì", "none"),
    ("Allora ci vediamo al nuovo studio? Mi manda l'indirizzo esatto? Grazie, Pietro", "none"),
    (
        "Cambio di stagione finito: i maglioni che non metto più li ho dati a mia cognata. Tutto in ordine, finalmente.",
        "none",
    ),
    (
        "Mi sono tagliata i capelli cortissimi! Mia madre ha quasi pianto, io mi sento un'altra persona ✂️",
        "none",
    ),
    (
        "Corso di autodifesa fatto: ci hanno insegnato a colpire col gomito e mi sono fatta un bel livido, ma ne valeva la pena 😄",
        "none",
    ),
    (
        "Pregiatissima dottoressa, mio padre è mancato serenamente a novantaquattro anni e la lettura del testamento si è svolta ieri senza attriti. Le comunico che riprendo le sedute dal 3. Ossequi, Giorgio Valsecchi",
        "none",
    ),
    (
        "Ultimamente mi sento molto giù. Niente di drammatico, solo una tristezza che non se ne va. Possiamo parlarne giovedì?",
        "low",
    ),
    (
        "So che lei segue me e non mia moglie, ma devo dirlo a qualcuno: Rosa da qualche settimana ripete che vorrebbe morire. Io non so più cosa risponderle e la notte non dormo.",
        "low",
    ),
    (
        "Domanda teorica, che mi frulla in testa dopo un documentario: se un giorno avessi pensieri di togliermi la vita, è meglio chiamare lei o il 112?",
        "low",
    ),
    (
        "Ho ripensato molto a quello che ci siamo detti martedì sui pensieri di morte che avevo a vent'anni. Tirarli fuori mi ha fatto bene, anche se poi ho pianto in macchina.",
        "low",
    ),
    (
        "Mio fratello ha scritto su Facebook addio a tutti. L'ho chiamato subito: era per il trasferimento in Australia, sta benissimo. Però mi è rimasta addosso un'ansia che non passa.",
        "low",
    ),
    (
        "Possiamo sentirci dieci minuti? Oggi è l'anniversario della morte di mamma e sono molto triste.",
        "low",
    ),
    (
        "Glielo dico subito così non si spaventa: non ho nessuna intenzione di farmi del male. Ho solo bisogno di sfogarmi perché oggi in ufficio mi hanno umiliato davanti a tutti.",
        "low",
    ),
    (
        "Mi sento sola anche in mezzo alla gente. All'aperitivo di ieri ridevo e dentro ero altrove.",
        "low",
    ),
    (
        "La mia migliore amica è ricoverata dopo aver preso delle pastiglie. Sono andata a trovarla, sta meglio, ma io sono a pezzi.",
        "low",
    ),
    (
        "Buone notizie: ieri sera non mi sono fatta niente, e non ne avevo nemmeno voglia. Sono uscita con mia cugina a prendere un gelato.",
        "low",
    ),
    (
        "Negli anni dell'università ho tentato il suicidio, lo sa. Oggi ho incontrato per caso l'infermiera che mi aveva seguita allora e mi sono emozionata. Sto bene, volevo solo raccontarglielo.",
        "low",
    ),
    (
        "Nonno è morto martedì. Sono triste ma anche sollevata, soffriva tanto. Ci vediamo la prossima settimana?",
        "low",
    ),
    (
        "Sono la figlia di Ermanno, il signore che lei vedeva anni fa. Mio padre ultimamente dice che vorrebbe raggiungere la mamma. Lei non lo segue più, lo so, ma a chi posso rivolgermi?",
        "low",
    ),
    (
        "Mi manca qualcuno con cui parlare la sera. Da quando i ragazzi sono all'università la casa è troppo silenziosa.",
        "low",
    ),
    (
        "Nel romanzo che sto scrivendo la protagonista si taglia, e scriverlo mi riporta a quando lo facevo io, a quindici anni. Da allora non l'ho più fatto. Però mi sento un po' scossa.",
        "low",
    ),
    (
        "Giusto per chiarezza, visto che me lo chiede ogni volta: no, non ho pensieri suicidi. Sono solo molto stanca e un po' triste.",
        "low",
    ),
    (
        "Il coinquilino ha detto che vuole ammazzarsi dopo la bocciatura. Gliel'ho fatto ripetere, era serio. Io cosa faccio?",
        "low",
    ),
    (
        "Un po' di malinconia stasera, niente di che. Mi farebbe piacere una parola sua, se ha tempo.",
        "low",
    ),
    (
        "Mio figlio maggiore, che non è suo paziente, mi ha confessato che al liceo si tagliava. Adesso ha ventisei anni e sta bene. Mi sento in colpa per non essermene accorta.",
        "low",
    ),
    (
        "Se mai mi tornasse la voglia di tagliarmi, come ne parliamo? Glielo chiedo adesso che sto bene, per sapere.",
        "low",
    ),
    (
        "Sono molto triste per la fine della storia con Chiara. Piango spesso, ma vado al lavoro, mangio ed esco col cane.",
        "low",
    ),
    (
        "In seduta abbiamo parlato dei miei tentativi del 2015. Stanotte li ho sognati. Non ho quei pensieri ora, però il sogno mi ha lasciato addosso una gran tristezza.",
        "low",
    ),
    (
        "Per una mia amica le chiedo consiglio: ha pubblicato una storia con scritto che vuole sparire per sempre. Non so se chiamare i suoi genitori.",
        "low",
    ),
    ("In questa città nuova mi sento tanto sola. Nessuno al lavoro mi chiede mai come sto.", "low"),
    (
        "Le confesso una cosa che non le ho mai detto: vent'anni fa, dopo il divorzio, ho preso una scatola di sonniferi. È acqua passata, ma oggi al lavoro qualcuno ne ha parlato e mi è tornato tutto in mente.",
        "low",
    ),
    (
        "Come si fa a stare vicino a un collega che ha perso il figlio per suicidio? Non trovo le parole.",
        "low",
    ),
    (
        "Volevo dirle che il rasoio l'ho dato a mio fratello e da dieci giorni non mi faccio niente. Sono ancora triste, ma sono qui.",
        "low",
    ),
    ("ho solo bisogno di sentire una voce amica stasera, tutto qui", "low"),
    (
        "Mia mamma, ottant'anni, mi ha detto al telefono che ormai aspetta solo di morire. Lo dice da anni, ma stavolta mi ha fatto male. Come gliene parlo?",
        "low",
    ),
    ("Nostalgia di casa e di mia nonna, oggi più del solito. Niente di grave.", "low"),
    (
        "Lo so che mi chiederà dei pensieri di morte: questa settimana non ce ne sono stati. Tanta tristezza, quella sì.",
        "low",
    ),
    ("Giornataccia, mi sento giù e un po' inutile. Domani passa.", "low"),
    (
        "Dal mio ex è arrivato un messaggio: se non torno con lui si uccide. Non so se crederci. Mi sento in trappola.",
        "low",
    ),
    (
        "Giù di morale perché il mio cane è malato. Il veterinario dice che forse gli resta poco.",
        "low",
    ),
    (
        "Ho paura di non farcela a superare questo inverno. Non in quel senso, intendo che ho paura di crollare del tutto.",
        "moderate",
    ),
    (
        "Sono allo stremo. Tre figli, una madre con l'Alzheimer e un marito sempre in trasferta.",
        "moderate",
    ),
    (
        "Fumo canne tutte le sere per spegnere il cervello, se no non dormo. Ieri erano quattro.",
        "moderate",
    ),
    ("Che senso ha? Lavoro, casa, lavoro, casa, e poi di nuovo lunedì.", "moderate"),
    (
        "Leonardo, mio figlio, da quattro giorni non va a scuola, sta chiuso in camera con le tapparelle abbassate e non viene a tavola con noi.",
        "moderate",
    ),
    (
        "Non posso continuare a vivere così, tra questo mutuo e questo capo. Qualcosa deve cambiare.",
        "moderate",
    ),
    (
        "Ho spento il telefono a tutti da venerdì. Le scrivo dal portale perché almeno lei deve sapere dove sono: a casa, sul divano.",
        "moderate",
    ),
    ("Una bottiglia di vino ogni sera, da solo. Ormai non è più per piacere.", "moderate"),
    (
        "Non vedo vie d'uscita. Il processo andrà male, perderò la casa e a sessant'anni nessuno mi assumerà più.",
        "moderate",
    ),
    (
        "Panico stanotte, così forte che pensavo fosse un infarto. Sono ancora sul pavimento del bagno e non riesco ad alzarmi.",
        "moderate",
    ),
    (
        "Per reggere il funerale ho preso due Xanax in più di quelli prescritti. Lo so che non dovevo.",
        "moderate",
    ),
    ("non ce la faccio piu con mia madre. basta. BASTA.", "moderate"),
    (
        "Oggi sono rimasto a letto fino alle cinque del pomeriggio. Non ho mangiato, non ho risposto a nessuno.",
        "moderate",
    ),
    ("Tanto niente migliorerà mai, quindi perché sforzarsi.", "moderate"),
    (
        "Sono arrivata alla frutta, dottoressa. Il bambino non dorme da mesi, io neanche, e non vedo la fine.",
        "moderate",
    ),
    (
        "Dopo il turno di notte bevo due o tre birre prima di dormire, altrimenti non mi spengo. Da qualche mese sono diventate quattro.",
        "moderate",
    ),
    (
        "Mi sembra di affogare: il lavoro, i debiti, mio padre malato. Non ce la faccio più a tenere tutto insieme.",
        "moderate",
    ),
    (
        "Weekend passato chiusa in casa, serrande giù. Non riuscivo neanche a farmi la doccia.",
        "moderate",
    ),
    (
        "Il futuro? Non ne vedo uno. Non in senso drammatico, solo che non riesco a immaginarmi niente di bello.",
        "moderate",
    ),
    (
        "Buongiorno, sono il papà di Davide. Da una settimana mio figlio non esce dalla sua stanza se non per andare in bagno, salta i pasti e ha smesso di andare agli allenamenti.",
        "moderate",
    ),
    (
        "Ormai prendo l'alprazolam anche di giorno, più del dovuto, se no in ufficio non ci arrivo.",
        "moderate",
    ),
    ("In gabbia, e senza chiave. Provo, riprovo, e tutto resta uguale.", "moderate"),
    (
        "sono a pezzi. non riesco più a reggere niente. domani non vado al lavoro, non ce la faccio",
        "moderate",
    ),
    (
        "Ho un'ansia che mi sta mangiando viva: tre attacchi di panico oggi, ho dovuto lasciare la riunione due volte.",
        "moderate",
    ),
    ("Non vale la pena impegnarsi. Qualunque cosa faccia, finisce male.", "moderate"),
]
