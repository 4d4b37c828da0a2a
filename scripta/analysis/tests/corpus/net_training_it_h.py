"""Training-only messages for the learned risk net (bench/train_risk_net.py), author H.

Italian chat/social-style messages from teenagers and people in their twenties (slang, lowercase,
emoji, typos), plus a few parents and friends writing to the therapist about them.

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- imminent
    (
        "raga non so a chi scriverlo quindi lo scrivo a lei. ho messo da parte tutte le gocce di mia madre, stanotte quando dormono le prendo tutte. scusi",
        "imminent",
    ),
    (
        "ho già preso tutte le pastiglie della scatola, tipo 20 minuti fa. mi gira tutto. non chiami i miei per favore",
        "imminent",
    ),
    (
        "dottoressa sono Arianna. sono sul ponte della ferrovia dietro il liceo. stavolta non riesco a tornare indietro",
        "imminent",
    ),
    (
        "il post d'addio è pronto, l'ho programmato per le 6 di domattina. quando lo leggeranno io non ci sarò più. grazie per averci provato con me",
        "imminent",
    ),
    (
        "mi sono tagliata troppo a fondo sul braccio e non smette di sanguinare, l'asciugamano è tutto rosso, non so che fare",
        "imminent",
    ),
    (
        "Buonasera dottore, sono la mamma di Tommaso. Ho trovato nel suo zaino una corda e un biglietto con scritto 'domenica'. Lui dice che è uno scherzo ma stamattina ha cancellato tutti i suoi profili. La prego, mi richiami subito. Daniela",
        "imminent",
    ),
    (
        "ho deciso. venerdì dopo l'orale mi butto. tanto all'uni non mi prendono e non voglio vedere la faccia di papà quando lo scopre",
        "imminent",
    ),
    (
        "ciao. volevo solo dirle grazie per quest'anno. ho messo tutto in ordine e la lettera per mia sorella è nel cassetto. stasera finisce 🖤",
        "imminent",
    ),
    (
        "sto scrivendo dal bagno della stazione di bologna. ho comprato le lamette e stavolta non mi fermo. nessuno sa dove sono",
        "imminent",
    ),
    (
        "ho bevuto mezza bottiglia di vodka e ci ho mandato giù tutte le pillole per dormire. volevo solo che qualcuno lo sapesse",
        "imminent",
    ),
    (
        "ho letto tutto il thread, ho scelto come e ho ordinato quello che mi serve. arriva giovedì. giovedì è il giorno",
        "imminent",
    ),
    (
        "sono scappata di casa ieri. ho con me le pastiglie della nonna, le ho contate, sono abbastanza. non cercatemi",
        "imminent",
    ),
    (
        "ho regalato la switch a mio cugino e la chitarra a Matte, tanto non mi servono più. domattina non vado a scuola, vado al fiume",
        "imminent",
    ),
    (
        "Gentile dottoressa, le scrivo di corsa: Sofia ha mandato al gruppo delle amiche 'vi voglio bene, scusate per tutto, addio' e non risponde al telefono. Non è in camera sua. Stiamo chiamando il 112. Se può ci chiami. Laura, la mamma",
        "imminent",
    ),
    (
        "stanotte alle 3 quando papà dorme prendo le chiavi del terrazzo condominiale. ho già visto da che lato",
        "imminent",
    ),
    (
        "non voglio più aspettare. ho riempito la vasca e ho la lametta qui vicino. volevo solo salutarla",
        "imminent",
    ),
    (
        "sto bene adesso davvero, ho deciso e mi sento leggera. domani finita la verifica di mate vado sul viadotto. grazie di tutto dottò",
        "imminent",
    ),
    (
        "ho appena ingoiato tutte le pillole dell'antidepressivo, quelle del mese intero. mi fa male lo stomaco",
        "imminent",
    ),
    (
        "ho scritto la lettera per i miei e l'ho messa sotto il cuscino. stanotte con la cintura. non risponda tanto quando legge sarà tardi",
        "imminent",
    ),
    (
        "salve sono Gaia, un'amica di Irene, il suo numero me l'ha dato lei tempo fa. irene mi ha appena mandato un vocale, dice che ha preso un sacco di pastiglie e si sta addormentando, non so dove sia, la prego faccia qualcosa",
        "imminent",
    ),
    (
        "ho preso la corda in garage. so già quale albero. sabato sono da solo a casa tutto il giorno",
        "imminent",
    ),
    (
        "ho cancellato tutte le chat, ho sbloccato tutti solo per dire addio, ho cambiato la bio in 'ci vediamo dall'altra parte'. stasera vado",
        "imminent",
    ),
    (
        "dottò non respiro bene. un'ora fa ho preso 15 tachipirine perché non volevo più vivere. adesso ho paura",
        "imminent",
    ),
    (
        "scusi l'orario. sono sul tetto dello studentato a padova, sesto piano. sono seduta sul bordo con le gambe di fuori",
        "imminent",
    ),
    (
        "mi vergogno a dirlo ma ho ricominciato a mettere da parte le pillole, adesso sono 40. le tengo nella scatola delle scarpe e ho scelto la data, il giorno del mio compleanno",
        "imminent",
    ),
    ("questo è l'ultimo messaggio che le mando. non è colpa sua, ho scelto io. ciao", "imminent"),
    (
        "Dottore, Luca si è chiuso in bagno e dice che se entriamo si butta dalla finestra. Ha anche un coltello. Cosa facciamo?? risponda per favore",
        "imminent",
    ),
    (
        "il post d'addio sta nelle bozze di insta da una settimana. stasera lo pubblico e poi spengo tutto. quello che serve ce l'ho già",
        "imminent",
    ),
    ("sono al binario 4 e aspetto il regionale delle 23:12. non per salirci sopra.", "imminent"),
    (
        "mi sono tagliato stasera e credo di aver preso una vena, esce un sacco di sangue e mi gira la testa",
        "imminent",
    ),
    (
        "ok ho deciso tipo per davvero. dopo la festa di fine anno lo faccio. le pillole del nonno le ho già prese dal suo comodino. volevo che qualcuno lo sapesse prima",
        "imminent",
    ),
    (
        "sono stanco di essere il figlio sbagliato. papà non accetterà mai che sono gay. domattina prendo il treno per genova e vado sulla scogliera di cui le ho parlato. non torno",
        "imminent",
    ),
    (
        "ho appena mandato al gruppo della classe 'grazie per tutto, siete stati l'unica cosa bella, mi dispiace'. sul comodino ho tutto pronto. scusi se lo scrivo a lei",
        "imminent",
    ),
    (
        "5 giorni che bevo solo acqua e stasera mando giù tutti i lassativi insieme alle pastiglie. voglio sparire ma sparire sul serio, per sempre",
        "imminent",
    ),
    (
        "nel gruppo ridono di me da mesi, il mio video l'hanno girato a tutta la scuola. domani non entro. salgo in cima al parcheggio multipiano, ho già controllato, alle 7:30 non c'è nessuno",
        "imminent",
    ),
    (
        "mia madre è di turno in ospedale fino alle 8. ho tutta la notte. le sue benzodiazepine le ho già svuotate sul letto",
        "imminent",
    ),
    (
        "ciao dott. da domani non si deve più preoccupare per me. ho sistemato tutto, le password le ho lasciate a mia sorella. è stato bello conoscerla",
        "imminent",
    ),
    (
        "Dottoressa, nostro figlio Edoardo (17) stanotte ha preso tutte le compresse di litio che aveva. Siamo al pronto soccorso del San Matteo. Le scrivo perché ha chiesto di lei. Il padre, Marco",
        "imminent",
    ),
    ("l'ho fatto. ho preso tutto. mi dispiace", "imminent"),
    (
        "ho preparato tutto in garage. domenica i miei vanno al mare e io resto a casa da solo. è il momento giusto e non ho più paura",
        "imminent",
    ),
    (
        "tranquilla non faccio niente di strano 🙂 ho solo deciso che stanotte è l'ultima. ti voglio bene",
        "imminent",
    ),
    (
        "mi sono chiusa in camera con le pastiglie di mia madre e una bottiglia di vino. le sto prendendo una alla volta",
        "imminent",
    ),
    (
        "le scrivo qui perché il 112 mi fa paura. ho la corda e sono nel bosco dietro casa. non so perché le scrivo",
        "imminent",
    ),
    (
        "stasera esco 'a fare un giro' ma non torno. il ponte della tangenziale lo guardo dalla finestra da mesi. è deciso",
        "imminent",
    ),
    (
        "lo so che mi dirà di chiamare qualcuno. non chiamo nessuno. ho il coltello e so dove. volevo dirle grazie e scusa",
        "imminent",
    ),
    (
        "è un mese che non prendo le medicine per metterle da parte. adesso sono abbastanza. il giorno dopo la maturità, così nessuno dice che è per i voti",
        "imminent",
    ),
    (
        "ho programmato un messaggio per mia madre che parte alle 7. a quell'ora io me ne sarò già andato. le pillole sono qui accanto",
        "imminent",
    ),
    (
        "Buongiorno, sono la madre di Chiara. Stanotte ha tentato: si è tagliata i polsi, l'abbiamo trovata noi. Adesso è ricoverata. Non so nemmeno cosa le sto scrivendo. Rosa",
        "imminent",
    ),
    (
        "dottoressa mi sa che ho esagerato, ho preso insieme le pillole di tutta la settimana perché volevo dormire per sempre, adesso il cuore va a mille",
        "imminent",
    ),
    (
        "voglio farla finita stasera. non è uno sfogo come le altre volte, stavolta è vero",
        "imminent",
    ),
    ("ho deciso di ammazzarmi. non ho più niente da dire a nessuno", "imminent"),
    ("se entro mezzanotte Giulia non mi risponde mi butto. sono già fuori sul balcone", "imminent"),
    (
        "sono scappato di casa, sono sul treno per roma. ho preso la pistola di mio zio. non cercatemi",
        "imminent",
    ),
    (
        "domani è l'anniversario di quando è morto papà. ho deciso che lo raggiungo. ho preso le sue pastiglie per il cuore dal cassetto",
        "imminent",
    ),
    (
        "tutto pronto: lettera, pillole, porta chiusa a chiave. non volevo andarmene senza dirle grazie",
        "imminent",
    ),
    (
        "Dott.ssa Greco sono il papà di Nicolò. Ha appena scritto a sua sorella che stasera si ammazza e si è chiuso in macchina da qualche parte. Sto uscendo a cercarlo. Mi chiami appena legge",
        "imminent",
    ),
    (
        "ho bevuto la candeggina mezz'ora fa. brucia tutto dentro. non volevo che lo sapesse nessuno ma ho paura",
        "imminent",
    ),
    (
        "il modulo di rinuncia agli studi l'ho firmato, l'affitto è pagato fino a fine mese, il gatto l'ho lasciato a Marta. domani non c'è più motivo di restare. le pastiglie ce le ho",
        "imminent",
    ),
    (
        "ciao sono Vale. lo so che non è orario, ma stasera mi uccido. volevo che almeno una persona lo sapesse",
        "imminent",
    ),
    (
        "ultima partita a valorant e poi la faccio finita, con tutto intendo. le pillole sono sul letto. gg a tutti",
        "imminent",
    ),
    (
        "mi sono tagliata i polsi e sono nella vasca. volevo solo dire che non è colpa di nessuno",
        "imminent",
    ),
    (
        "il mio ragazzo mi ha lasciata con un messaggio. ho già mandato giù tutte le pillole del mal di testa. forse così capisce",
        "imminent",
    ),
    ("ho contato: 32 pastiglie. bastano. le prendo dopo cena", "imminent"),
    (
        "mamma ha detto che se esco di casa vestita così non sono più sua figlia perché sono trans. ok. allora me ne vado davvero, da tutto. stanotte. so già come",
        "imminent",
    ),
    (
        "stanotte le ho prese tutte e mi sono risvegliata. non è andata. stasera ci riprovo con il resto della scatola",
        "imminent",
    ),
    (
        "mi sono fatto 3 tagli profondi sulla coscia e non si chiudono, ho finito le garze e c'è sangue dappertutto",
        "imminent",
    ),
    (
        "dottoressa è urgente!! Greta ha scritto su insta 'stasera me ne vado per sempre, grazie a chi c'è stato' e ha la porta chiusa, non apre. suo padre sta sfondando la porta. Monica",
        "imminent",
    ),
    ("preso 10 xanax con la birra. non sento più le gambe", "imminent"),
    (
        "domani alle 8 c'è l'appello di anatomia. se non lo passo mi butto dalla finestra della casa dello studente, ho già aperto per vedere quanto è alta",
        "imminent",
    ),
    ("sono al lago, in fondo al pontile. ho deciso. mi spiace mamma", "imminent"),
    # ---------------------------------------------------------------- high
    (
        "vorrei solo addormentarmi e non svegliarmi più. non faccio niente, lo giuro, ma il pensiero c'è sempre",
        "high",
    ),
    (
        "ieri sera mi sono tagliata di nuovo sulla coscia. non tanto. però dopo 4 mesi pulita mi sento una merda",
        "high",
    ),
    (
        "ho una voglia assurda di tagliarmi stasera, è tipo un prurito nella testa. cosa faccio",
        "high",
    ),
    (
        "starebbero tutti meglio senza di me, soprattutto mia madre che piange ogni volta che torno da scuola con un'altra nota",
        "high",
    ),
    ("lol vorrei morire ma tipo davvero 😂 comunque domani c'è latino", "high"),
    (
        "continuo a pensare a come sarebbe se non ci fossi più. chi verrebbe al funerale. e mi sento sollevata",
        "high",
    ),
    (
        "che senso ha essere vivi se ogni giorno è uguale e io resto sempre la solita sfigata",
        "high",
    ),
    (
        "stanotte ho letto per ore un thread sui metodi. non ho fatto niente. però non riuscivo a smettere di leggere",
        "high",
    ),
    (
        "Buongiorno dottoressa, sono la mamma di Elisa. Mi ha chiamato la prof di italiano: nel tema Elisa ha scritto che vorrebbe morire e che tanto nessuno se ne accorgerebbe. Possiamo anticipare l'incontro? Grazie, Paola",
        "high",
    ),
    (
        "mi sono bruciata il polso con l'accendino nel bagno della scuola. non volevo dirlo a nessuno ma credo che lei lo debba sapere",
        "high",
    ),
    (
        "ho scritto una lettera, giusto per sicurezza. non sto progettando niente, è solo che volevo che ci fosse",
        "high",
    ),
    ("spero che l'aereo per l'erasmus cada. sarebbe tutto più semplice per tutti", "high"),
    ("non voglio più vivere così. anzi non voglio più vivere e basta", "high"),
    (
        "3 giorni che non mangio e ieri sera mi sono presa a pugni la pancia finché non faceva male. odio questo corpo",
        "high",
    ),
    ("non mi vedo viva l'anno prossimo. tipo proprio non riesco a immaginarmelo", "high"),
    (
        "stamattina sul ponte del Po che faccio ogni giorno in bici ho pensato a quanto sarebbe facile. poi sono andata a lezione come sempre",
        "high",
    ),
    (
        "in classe mi chiamano frocio tutti i giorni. certe sere penso che sarebbe meglio farla finita",
        "high",
    ),
    ("giuro che non lo farò però ci penso. a morire intendo. tutti i giorni", "high"),
    (
        "Dottore sono il padre di Kevin. Gli ho visto dei tagli freschi sulle braccia. Dice che è stato il gatto ma noi un gatto non ce l'abbiamo. Quando possiamo parlarne? Stefano",
        "high",
    ),
    (
        "mi torna la voglia di vomitare tutto e di graffiarmi finché sanguina. per ora sono in camera e resisto",
        "high",
    ),
    ("ho pensato a quante pastiglie servirebbero. solo pensato. mi fa paura che ci penso", "high"),
    (
        "mi sento un peso per tutti, per i miei, per la mia ragazza, anche per lei che mi deve ascoltare ogni settimana. sarebbe meglio se sparissi",
        "high",
    ),
    ("a volte quando attraverso la strada spero che la macchina non freni", "high"),
    (
        "non ho intenzione di fare niente eh. però l'idea di uccidermi mi tiene compagnia la notte",
        "high",
    ),
    (
        "col taglierino del magazzino mi sono fatto due segni sull'avambraccio durante la pausa. lo so. non me lo dica",
        "high",
    ),
    (
        "ho una bozza di post d'addio nelle note da gennaio. ogni tanto la rileggo e la correggo. non la pubblico",
        "high",
    ),
    ("sarebbe bello morire nel sonno stanotte. così, senza dover fare niente", "high"),
    (
        "mia madre dice che esagero. ma io da quando sono qui a torino da sola penso al suicidio quasi ogni giorno",
        "high",
    ),
    (
        "a pranzo non ho mangiato per punirmi e stasera mi sono tagliata un po' sulla pancia. tanto lì non si vede",
        "high",
    ),
    (
        "Gentile dottoressa Ferri, le scrivo perché ieri sera Matteo, mentre litigavamo per il telefono, ha urlato che si vuole ammazzare e che tanto a noi non importa niente. Poi si è chiuso in camera. Stamattina è andato a scuola come se nulla fosse. Non so se prenderlo sul serio. Mi può dire come comportarmi? Cordiali saluti, Anna Riva",
        "high",
    ),
    (
        "ho cercato su google quanto è alto il ponte vicino a casa e poi ho cancellato la cronologia",
        "high",
    ),
    ("vorrei sparire. non tipo andare in vacanza. sparire proprio, non esistere più", "high"),
    (
        "preferirei davvero essere morta piuttosto che rientrare in quella classe domani. e no, non è un modo di dire",
        "high",
    ),
    (
        "ho preso a pugni il muro finché le nocche non si sono aperte perché mi hanno tolto dalla squadra. ultimamente lo faccio spesso",
        "high",
    ),
    ("sono tornati quei pensieri. quelli di cui abbiamo parlato. stavolta sono più forti", "high"),
    (
        "quando ho troppe cose addosso penso che se mi venisse una malattia grave sarebbe una liberazione",
        "high",
    ),
    (
        "scusi il messaggio alle 2. non riesco a dormire e penso solo a come farla finita. non lo faccio. voglio solo che passi",
        "high",
    ),
    (
        "ho scritto nel gruppo 'se morissi domani nessuno se ne accorgerebbe' e tutti hanno messo 😂. io non scherzavo",
        "high",
    ),
    ("i tagli di ieri bruciano ancora. ne ho fatto uno in più di quelli che volevo", "high"),
    (
        "buonasera, sono Asia, la coinquilina di Marta. mi ha lasciato il suo numero per le emergenze. Marta da giorni dice che vuole morire e stanotte l'ho sentita piangere in bagno per ore. non so se è un'emergenza ma sono preoccupata",
        "high",
    ),
    (
        "mi è tornata la voglia di rifarlo. quella cosa con la lametta. la lametta l'ho buttata ma la voglia resta",
        "high",
    ),
    ("mi sento morire dentro e non in senso figurato. vorrei proprio smettere di esistere", "high"),
    (
        "nella lista dei regali di compleanno ho scritto solo 'non esserci più'. poi l'ho strappata",
        "high",
    ),
    (
        "ogni volta che papà mi dice che sono una delusione penso che avrebbe ragione a volermi morto. e ci penso anche io, a morire",
        "high",
    ),
    (
        "non mangio da 2 giorni perché voglio sparire un pezzo alla volta. non voglio dimagrire, voglio non esserci",
        "high",
    ),
    ("penso spesso al suicidio ma non ho un piano", "high"),
    (
        "Salve, sono la mamma di Lorenzo (15). Nella cronologia del suo pc ho trovato ricerche su come uccidersi senza dolore. Non gli ho ancora detto niente. La prego, mi consigli lei. Silvia",
        "high",
    ),
    (
        "il mio ragazzo dice che se lo lascio si ammazza, e io certe notti penso che sarebbe tutto più facile se morissi io",
        "high",
    ),
    ("sto male. ho di nuovo l'impulso di farmi male e non so quanto resisto", "high"),
    (
        "da quando ho fatto coming out e mi hanno tolto dal gruppo ho la testa piena di pensieri di morte",
        "high",
    ),
    (
        "durante la verifica di fisica mi sono graffiata le braccia con le unghie finché non ho sanguinato. nessuno se n'è accorto",
        "high",
    ),
    (
        "a volte in stazione immagino di buttarmi sotto il treno che passa senza fermarsi. poi arriva il mio e salgo",
        "high",
    ),
    ("se domani non mi svegliassi non sarebbe una tragedia, anzi", "high"),
    (
        "uso il coltellino dei vecchi tempi degli scout per farmi dei segni sulle caviglie. sono piccoli. però sono tanti",
        "high",
    ),
    (
        "mi chiedo che senso abbia continuare a vivere se non riesco neanche a passare un esame",
        "high",
    ),
    (
        "le pastiglie avanzate della cura vecchia invece di riportarle in farmacia le ho tenute. non so perché. cioè lo so",
        "high",
    ),
    ("certi giorni vorrei solo essere morta 🙂 ma vabbè, ci vediamo giovedì", "high"),
    (
        "ho fatto il test online sulla depressione e dice grave. quello che il test non chiede è che ogni sera penso a come togliermi di mezzo",
        "high",
    ),
    (
        "quando litigo con mamma sbatto la testa contro il muro. ieri mi è venuto un bernoccolo enorme e l'ho rifatto",
        "high",
    ),
    ("sono stufo di esistere. proprio stufo di essere vivo", "high"),
    (
        "il giorno dell'interrogazione spero sempre di fare un incidente in motorino, uno grave, di quelli da cui non ti rialzi",
        "high",
    ),
    ("non dico che mi ammazzo. dico che se succedesse non mi dispiacerebbe", "high"),
    (
        "stanotte su un forum anonimo ho chiesto qual è il modo meno doloroso. non ho letto le risposte. ho paura di me stessa",
        "high",
    ),
    (
        "quando mi viene l'attacco mi mordo le braccia finché restano i segni. oggi due volte",
        "high",
    ),
    (
        "Dottoressa scusi se le scrivo di domenica. Giacomo ha detto a cena che sarebbe meglio per tutti se lui non fosse mai nato e che da mesi pensa di togliersi la vita. Poi si è messo a ridere. Siamo sotto shock. Franco, il papà",
        "high",
    ),
    (
        "non so se è normale ma ogni volta che guardo il fiume dal ponte penso a come sarebbe cadere giù. e l'idea mi piace",
        "high",
    ),
    (
        "sono fuori sede, sola, e l'unica cosa che mi calma è pensare che posso sempre farla finita",
        "high",
    ),
    ("in arte ho disegnato il mio funerale. la prof pensava fosse il compito. non lo era", "high"),
    ("basta. non voglio più svegliarmi la mattina. ogni mattina è peggio della precedente", "high"),
    (
        "dopo cena ho vomitato apposta e poi mi sono presa a schiaffi davanti allo specchio. questa settimana lo faccio tutte le sere",
        "high",
    ),
    # ---------------------------------------------------------------- moderate
    (
        "non ce la faccio più con sta maturità. studio 10 ore al giorno e non mi entra niente",
        "moderate",
    ),
    ("oggi sono rimasta a letto tutto il giorno. non ho neanche aperto le tende", "moderate"),
    (
        "la sera mi fumo tipo tre canne per riuscire a dormire, sennò la testa non si spegne",
        "moderate",
    ),
    ("tanto non cambierà mai niente. rimarrò sempre quella grassa della classe", "moderate"),
    (
        "sono due giorni che non esco di casa e ho spento il telefono. l'ho riacceso solo per scriverle",
        "moderate",
    ),
    (
        "attacco di panico in aula durante lo scritto, non respiravo, sono scappata fuori e sto ancora tremando, non riesco a calmarmi",
        "moderate",
    ),
    ("ho paura di non farcela. a reggere fino a giugno intendo", "moderate"),
    ("sono allo stremo. lavoro al bar la sera, studio di giorno e non dormo mai", "moderate"),
    (
        "ieri alla festa mi sono ubriacata apposta per non pensare a lui. e anche venerdì. e anche mercoledì",
        "moderate",
    ),
    ("ma che senso ha. tanto qualsiasi cosa faccio la sbaglio", "moderate"),
    (
        "Buonasera dottoressa, Alessia non esce dalla sua camera da sabato. Non va a scuola, mangia pochissimo e dice che non ce la fa più. Possiamo sentirci? Sabrina",
        "moderate",
    ),
    ("è inutile, da questa cosa del cibo non ne uscirò mai", "moderate"),
    (
        "ho bevuto da sola in camera tutta la bottiglia di limoncello della nonna. non ero a una festa, ero solo a pezzi",
        "moderate",
    ),
    (
        "ho saltato scuola tutta la settimana. ai miei dico che ho mal di pancia ma la verità è che non riesco ad alzarmi dal letto",
        "moderate",
    ),
    (
        "non ce la faccio più a fingere che vada tutto bene nel gruppo. sono stanca di sorridere a comando",
        "moderate",
    ),
    ("non vedo un futuro in cui sto bene. tipo neanche a 30 anni", "moderate"),
    (
        "sto avendo un attacco di panico adesso, mi sento morire, il cuore va fortissimo e non so come fermarlo",
        "moderate",
    ),
    (
        "per riuscire ad andare all'orale ho preso due xanax di mia madre. non sono miei, lo so",
        "moderate",
    ),
    (
        "sono morta dal ridere col video che mi hai mandato ahah. comunque sono tre giorni che non mi alzo dal letto se non per andare in bagno",
        "moderate",
    ),
    (
        "sul libro di italiano c'è scritto 'la vita è dolore' e boh, sono d'accordo. per me niente migliorerà mai",
        "moderate",
    ),
    (
        "le canne non mi bastano più per stare calma. adesso anche le gocce, quelle che prendo di nascosto a mamma",
        "moderate",
    ),
    (
        "mi sento in trappola, non c'è una via d'uscita. o faccio medicina come vuole papà o me ne vado di casa senza un euro",
        "moderate",
    ),
    (
        "sono stanca morta e sto lavoro al fast food mi ammazza 😩 però la verità è che non ce la faccio più davvero, non solo col lavoro",
        "moderate",
    ),
    (
        "da quando mi hanno bocciata non sono più uscita. è un mese. gli amici hanno smesso di scrivermi",
        "moderate",
    ),
    (
        "ho giocato a fortnite tutto il weekend senza dormire né mangiare perché se mi fermo penso. lunedì non sono andato a scuola",
        "moderate",
    ),
    (
        "ogni volta che apro il libro di privato mi viene il panico e non respiro, adesso sono chiusa in bagno a piangere e non passa",
        "moderate",
    ),
    (
        "Dottore, Federico ormai torna a casa ubriaco tutti i sabati e anche in settimana. Dice che solo così non pensa. Ha 16 anni. Non so più cosa fare. Mauro",
        "moderate",
    ),
    ("sono arrivata al limite. basta. con mia madre non ce la faccio più", "moderate"),
    (
        "cerco lavoro da mesi e niente. non riuscirò mai a pagarmi l'affitto qui a milano, ho paura di non farcela e di dover tornare giù da fallita",
        "moderate",
    ),
    ("tutto inutile, la terapia, le medicine, tutto. resto sempre uguale", "moderate"),
    (
        "non riesco a vivere così. sempre a contare le calorie, sempre sulla bilancia. non ne posso più",
        "moderate",
    ),
    (
        "stasera mi faccio fuori un'altra bottiglia di vino. tanto è l'unico modo per addormentarmi",
        "moderate",
    ),
    (
        "non esco dalla mia camera da quando Bea ha messo le mie chat nel gruppo. tre giorni. mamma mi lascia il piatto fuori dalla porta",
        "moderate",
    ),
    ("ormai è finita, ho perso l'anno, ho perso tutti. non c'è più niente da fare", "moderate"),
    ("ciao dottoressa 🙂 tutto ok eh, solo che non mi alzo dal letto da ieri mattina", "moderate"),
    (
        "svapo tipo ogni 5 minuti e ieri a una festa ho preso anche una pasticca per non sentire più niente",
        "moderate",
    ),
    ("mi sembra di affogare, ogni giorno un po' di più. non vedo la fine", "moderate"),
    (
        "mi manca l'aria, tremo da un'ora e non riesco a smettere, ho paura di impazzire e sono a casa da solo",
        "moderate",
    ),
    (
        "dopo la lite con Sam ho dormito tutta domenica e tutto lunedì. oggi in facoltà non ci sono andata",
        "moderate",
    ),
    (
        "Dottoressa, Nicola ieri sera è andato via di casa dopo una lite. Ha dormito da un amico, sappiamo dov'è, ma ha spento il telefono e non risponde a nessuno da ieri. Lo vede lunedì? Chiara, la mamma",
        "moderate",
    ),
    # ---------------------------------------------------------------- low
    ("oggi giornata grigia. mi sento giù, niente di che", "low"),
    ("mi sento tanto sola qui a bologna. i coinquilini non mi rivolgono la parola", "low"),
    ("possiamo sentirci prima di giovedì? ho bisogno di parlare con qualcuno", "low"),
    ("la mia migliore amica mi ha detto che si taglia. non so cosa fare, ho paura per lei", "low"),
    (
        "ieri sera non mi sono tagliata. ho fatto la cosa del ghiaccio come mi aveva detto e poi ho dormito. volevo dirglielo 🙂",
        "low",
    ),
    (
        "a 14 anni mi tagliavo, ora sono 3 anni che non lo faccio più. oggi in palestra mi hanno chiesto delle cicatrici e mi sono sentita strana",
        "low",
    ),
    (
        "se un giorno avessi pensieri di farmi del male e lei non risponde, a chi dovrei scrivere? chiedo solo per sapere",
        "low",
    ),
    (
        "il mio coinquilino dell'erasmus oggi mi ha raccontato che l'anno scorso ha tentato il suicidio. mi ha scossa tantissimo",
        "low",
    ),
    ("da un mese non ho più pensieri di morte. volevo dirglielo perché mi sembra strano", "low"),
    ("non mi voglio fare del male, tranquilla. sono solo triste per la storia con Luca", "low"),
    ("mi manca la nonna. oggi sono passata davanti a casa sua e mi sono messa a piangere", "low"),
    ("nel gruppo della classe mi sento invisibile. scrivo e nessuno risponde mai", "low"),
    ("Luca mi ha lasciata. non ci sto malissimo ma un po' sì 💔", "low"),
    (
        "mio fratello dice che vuole ammazzarsi perché la ragazza l'ha mollato. non so se fa sul serio. io sono in ansia per lui",
        "low",
    ),
    (
        "ci ho ripensato a martedì, a quando parlavamo dei pensieri di morire che avevo in prima superiore. mi ha fatto bene tirarli fuori",
        "low",
    ),
    (
        "Salve dottoressa, Martina in questi giorni è un po' giù per la storia con l'amica, la sera piange. Niente di allarmante credo, ma volevo informarla. Grazie, Lucia",
        "low",
    ),
    ("non sto pensando di uccidermi, giuro. però in questo periodo mi sento tanto sola", "low"),
    (
        "mi manda un messaggio di incoraggiamento prima dell'orale? anche solo 'ce la fai'. ne ho bisogno",
        "low",
    ),
    (
        "un mio amico di discord ha scritto che stanotte la fa finita e poi è andato offline. l'ho segnalato ai moderatori ma sono agitatissima e non dormo",
        "low",
    ),
    ("del mio compleanno si è ricordata solo mamma. fa un po' male", "low"),
    (
        "se mi ricapitasse di non riuscire ad alzarmi dal letto per giorni come l'anno scorso, cosa dovrei fare? adesso sto ok ma ho paura che torni",
        "low",
    ),
    (
        "la mia ragazza è a letto da tutta la settimana e non risponde a nessuno. sono preoccupato, ha già avuto momenti brutti",
        "low",
    ),
    (
        "i miei litigano sempre e io mi chiudo in camera con le cuffie. mi dispiace per loro, mi rende triste",
        "low",
    ),
    ("oggi mi sento un po' a pezzi, ho solo bisogno di sapere che lei c'è", "low"),
    ("non farò niente di stupido stasera, glielo prometto. ho solo bisogno di dormire", "low"),
    (
        "stamattina ho buttato le lamette che tenevo nell'astuccio. non le uso da un po'. mi sento fiera e anche strana",
        "low",
    ),
    (
        "un ragazzo della mia scuola si è buttato dal ponte la settimana scorsa. non lo conoscevo bene ma non riesco a smettere di pensarci",
        "low",
    ),
    ("mi sento solo tipo sempre. anche quando gioco online con gli altri", "low"),
    ("ieri mia madre mi ha detto che a 20 anni ha tentato il suicidio. non so cosa provare", "low"),
    ("sono triste perché a natale non torno giù, non ho i soldi per il treno", "low"),
    (
        "dottoressa posso chiederle una cosa? se una persona ogni tanto pensa che sarebbe meglio non esserci, è grave? parlo in generale eh",
        "low",
    ),
    ("da quando Giorgia si è trasferita mi sento un po' abbandonata", "low"),
    (
        "ho visto le storie del mio ex con quella nuova. sto un po' male, volevo dirlo a qualcuno",
        "low",
    ),
    (
        "stanotte la mia amica Noemi mi ha scritto che aveva preso delle pillole, l'hanno portata in ospedale e ora sta bene, ma io sono ancora sotto shock e non riesco a studiare",
        "low",
    ),
    (
        "Buongiorno, Davide ha saputo che un suo compagno di squadra si è tolto la vita. È molto triste e silenzioso, però con noi parla. Secondo lei è il caso di anticipare la seduta? Cordialmente, Giovanna",
        "low",
    ),
    (
        "in terza media non mangiavo e mi tagliavo. adesso mangio. volevo solo dire che oggi ho ordinato una pizza intera e l'ho finita",
        "low",
    ),
    ("mi sento giù ma non come l'anno scorso. niente pensieri brutti, solo stanchezza", "low"),
    (
        "ho letto che la depressione può tornare. se tornasse e io pensassi di nuovo di morire, lei ci sarebbe?",
        "low",
    ),
    ("scusa se ti scrivo, avevo solo bisogno di una voce amica. non è successo niente", "low"),
    (
        "sono andata via di casa ieri sera dopo la lite, dormo da mia zia. sto bene, non faccio cazzate, però sono triste e non voglio tornare",
        "low",
    ),
    # ---------------------------------------------------------------- none
    (
        "buongiorno, possiamo spostare la seduta di giovedì a venerdì? ho la verifica di chimica. grazie, Nina",
        "none",
    ),
    ("sono morta dal ridere quando il prof è scivolato sulla cattedra 😂😂", "none"),
    (
        "la prof di mate ci sta ammazzando di compiti questa settimana, tre verifiche in cinque giorni",
        "none",
    ),
    (
        "stasera la chiudo con Marco, basta, non mi scrive mai per primo. già mi sento più leggera",
        "none",
    ),
    ("prendo le pastiglie come ha detto la psichiatra, mezza la sera. dormo meglio 👍", "none"),
    (
        "domanda sul farmaco: se dimentico la dose della mattina la prendo a pranzo o la salto?",
        "none",
    ),
    (
        "per il tema di storia scrivo di Seneca che si è tolto la vita per ordine di Nerone, assurdo. comunque nella verifica ho preso 8!",
        "none",
    ),
    (
        "in letteratura stiamo facendo il Werther, quello che si uccide per amore. pesantino ma ok. ci vediamo martedì",
        "none",
    ),
    (
        "devo imparare a memoria il monologo di Amleto per la recita, 'essere o non essere', aiuto 🙄",
        "none",
    ),
    ("ho comprato una corda nuova per arrampicare, domenica andiamo in falesia col CAI 🧗", "none"),
    (
        "d'estate lavoro in magazzino e mi hanno dato il taglierino per aprire i pacchi, mi sono fatto un taglietto sul dito per sbaglio lol, niente di che",
        "none",
    ),
    (
        "gita a venezia con la classe, abbiamo fatto il giro dei ponti, il ponte dei sospiri era pieno di turisti ma bellissimo",
        "none",
    ),
    ("ho un piano per l'estate: interrail con Ale e Giò! si parte il 10 luglio", "none"),
    ("oggi ultimo giorno al bar, ho salutato tutti. addio caffè alle 6 del mattino 🎉", "none"),
    (
        "addio casa di via Zamboni, oggi ho consegnato le chiavi. mi mancheranno quei pazzi dei coinquilini",
        "none",
    ),
    ("oggi non sono rimasta a letto, sono andata a scuola e poi in palestra 💪", "none"),
    ("è un mese che il sabato sera non bevo più e sto molto meglio", "none"),
    (
        "mi sono suicidato a minecraft buttandomi nella lava per sbaglio 💀 perso tutto l'inventario",
        "none",
    ),
    ("giuro se spoileri il finale della serie ti uccido 😤😂", "none"),
    ("sto morendo di caldo in questa aula, il condizionatore è rotto da giugno", "none"),
    ("questo meme mi ha ucciso 💀💀", "none"),
    (
        "la canzone che ascolto in loop fa 'voglio sparire stanotte' ma è una canzone d'amore tranquilla ahah, stasera c'è il concerto!!",
        "none",
    ),
    ("ho riletto il giovane Holden, che bello. voglio portarlo alla tesina", "none"),
    (
        "Buongiorno dottoressa, sono la mamma di Pietro. Volevo dirle che questa settimana è andata meglio: è tornato agli allenamenti di calcio e ha mangiato con noi. A mercoledì alle 17. Grazie, Elena",
        "none",
    ),
    ("mi ammazzo di studio fino alla maturità e poi estate in puglia, già prenotato", "none"),
    ("scusi dott, la fattura di ottobre a chi la intesto, a me o a mio padre?", "none"),
    (
        "il mio sim è morto in un incendio perché ho dimenticato la pentola sul fuoco, ho pianto dal ridere",
        "none",
    ),
    (
        "oggi al corso di primo soccorso ci hanno spiegato cosa fare se qualcuno va in overdose di farmaci. interessante",
        "none",
    ),
    (
        "il prof di storia ci ha fatto vedere un documentario sui kamikaze giapponesi, tutta la classe zitta",
        "none",
    ),
    (
        "lavoro in ferramenta il sabato, oggi ho venduto tipo 30 metri di corda a un signore per la barca",
        "none",
    ),
    (
        "ho già preso tutte le pillole per il viaggio, quelle per il mal d'auto e la tachipirina, valigia pronta!",
        "none",
    ),
    (
        "ho finito la serie, l'ultima puntata mi ha distrutta ahah. non vedo l'ora della seconda stagione",
        "none",
    ),
    (
        "domani gita a Civita di Bagnoregio, c'è quel ponte lunghissimo sospeso nel vuoto, speriamo bene con le vertigini 😅",
        "none",
    ),
    ("ho cancellato tiktok per un mese, esperimento detox. per ora sto meglio", "none"),
    ("ho scritto la lettera d'addio... al mio vecchio telefono 📱 RIP 2019-2026", "none"),
    (
        "per scrittura creativa ho scritto una poesia su un ragazzo che vuole morire. la prof dice che è fortissima. gliela porto giovedì?",
        "none",
    ),
    ("confermo mercoledì alle 18 in video. sarò in camera da sola con la porta chiusa", "none"),
    ("volevo dirle che ho fatto coming out con mia sorella e l'ha presa benissimo 🥰", "none"),
    (
        "stamattina mi sono alzata presto e ho fatto 10 km in bici, del letto neanche l'ombra fino a sera 🚴‍♀️",
        "none",
    ),
    (
        "il prof di filosofia ha letto 'la vita non vale la pena di essere vissuta' e poi ci ha chiesto se eravamo d'accordo. che lezione intensa",
        "none",
    ),
    ("ci sono rimasta secca quando ho visto il voto, 9 in latino!!", "none"),
    (
        "papà ha detto che se passo la patente al primo colpo mi regala la sua vecchia panda. muoio dalla voglia",
        "none",
    ),
    ("oggi in pizzeria mi sono ammazzato di turni ma ho fatto un sacco di mance", "none"),
    ("mi butto! ho detto sì al provino per il musical della scuola 🎭", "none"),
    (
        "ho saltato il pranzo perché avevo l'esame alle 12, poi mi sono rifatta con un panino enorme",
        "none",
    ),
    ("stanotte sono andata a letto alle 4 per finire la tesina, oggi sono uno zombie ahah", "none"),
    ("posso portare mia madre alla prossima seduta? vorrebbe conoscerla", "none"),
    (
        "ho finito le pastiglie, la ricetta nuova me la fa lei o devo andare dalla psichiatra?",
        "none",
    ),
    (
        "nel gruppo della classe era tutto un 'mi sparo' per la verifica di fisica, io ero tranquillissima perché avevo studiato lol",
        "none",
    ),
    (
        "per il ponte del 25 aprile vado dai nonni in calabria, la seduta del 24 la facciamo online?",
        "none",
    ),
    (
        "oggi abbiamo recitato la scena di Romeo e Giulietta col veleno e io ero Giulietta 😍 è andata benissimo",
        "none",
    ),
    (
        "lascio il lavoretto da babysitter perché la famiglia si trasferisce. mi hanno fatto un regalo d'addio carinissimo",
        "none",
    ),
    (
        "ho condiviso il post di Chiara sulla morte di quel cantante perché parlava di chiedere aiuto, era fatto bene",
        "none",
    ),
    ("la verifica è stata un bagno di sangue, tutti sotto il 5 tranne me 😎", "none"),
    ("mamma mi ha sgridato perché sono stata al telefono fino all'una. ok colpa mia", "none"),
    (
        "stasera c'è la festa di laurea di mio cugino e torno tardi, domani la seduta la facciamo lo stesso?",
        "none",
    ),
    ("settimana tutta bene! ho ripreso a disegnare e mangio regolare 😊", "none"),
    ("ok raga ho deciso: mi taglio i capelli cortissimi. domani vado dal parrucchiere ✂️", "none"),
    ("la psichiatra mi ha abbassato la dose a 25 mg, di giorno sono più sveglia", "none"),
    ("niente ansia oggi all'orale, sono andata tranquilla e ho preso 28!", "none"),
    ("il gatto si è ammazzato di crocchette e ora dorme sul termosifone lol", "none"),
    (
        "in storia dell'arte abbiamo studiato 'La morte di Marat', dobbiamo fare la descrizione del quadro per lunedì",
        "none",
    ),
    (
        "ho chiuso con la magistrale a Pavia, cambio e vado a Trento. scelta fatta e sono contenta",
        "none",
    ),
    (
        "Buonasera, sono il papà di Irene. Giovedì la accompagno io e arriveremo una decina di minuti in ritardo per i lavori sulla tangenziale. Saluti, Roberto Gallo",
        "none",
    ),
    ("mi sono sparata tutta la stagione in una notte, sono distrutta ma felice", "none"),
    (
        "ahah il prof di italiano che 'muore' ogni volta che qualcuno sbaglia un congiuntivo è troppo vero",
        "none",
    ),
    (
        "il ragazzo che mi prendeva in giro è stato sospeso. finalmente a scuola sto tranquilla",
        "none",
    ),
    (
        "sto leggendo Pavese per la tesina, la parte sulla sua fine è triste ma il libro è bellissimo",
        "none",
    ),
    (
        "domanda: all'uni fanno un corso di prevenzione del suicidio tra pari, secondo lei mi conviene farlo? voglio fare psicologia",
        "none",
    ),
    ("alla festa ieri non ho fumato niente e non ho bevuto. sono fiera di me", "none"),
    (
        "al lago c'era l'altalena con la corda, mi sono buttata dal pontile tipo 5 volte, pazzesco",
        "none",
    ),
    ("ci sentiamo dopo le vacanze, domani parto con i miei. buon natale dottoressa 🎄", "none"),
    ("mi prendo io la colpa dello spoiler nel gruppo, l'ho fatto apposta 😈", "none"),
    ("abbiamo vinto il torneo di fifa con la squadra della facoltà!! 🏆", "none"),
    (
        "nel gioco c'è una missione che si chiama 'l'ultimo salto' e ci sono bloccato da tre giorni ahah",
        "none",
    ),
    (
        "la mia coinquilina ha il fidanzato in casa tutti i giorni, che nervi. comunque niente di grave",
        "none",
    ),
    (
        "la scadenza della borsa di studio è il 30, mi serve un certificato da lei? grazie, Marta",
        "none",
    ),
    ("mio fratello piccolo alla recita faceva l'albero che muore d'inverno, tenerissimo", "none"),
    ("scusi, oggi ho il motorino rotto, possiamo fare la seduta online?", "none"),
    ("sopravvissuta alla settimana degli esami 🥳 3 su 3", "none"),
]
