"""Training-only messages for the learned risk net (bench/train_risk_net.py), author G.

Italian SMS, WhatsApp and e-mails (long letters with one or two risk sentences in the middle, or with
harmless crisis words), substance use, quotes, idioms and direct or euphemistic ideation, intent and plans.

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- imminent
    (
        "Ho preso tutte le gocce che avevo in casa con mezza bottiglia di whisky. Volevo solo che qualcuno lo sapesse. Non chiami nessuno, la prego.",
        "imminent",
    ),
    (
        "dottoressa scusi l'ora. ho contato le pastiglie, sono 42, bastano. domani mattina quando mia moglie esce per andare al lavoro lo faccio. volevo ringraziarla per questi due anni",
        "imminent",
    ),
    (
        "dott nn so xke le scrivo. ho la lametta qui sul letto e stavolta vado fino in fondo. stanotte. nn dica niente a mia madre",
        "imminent",
    ),
    (
        "Stamattina ho comprato la corda al brico, ho già guardato la trave del garage. Sabato sono solo in casa. Non c'è più niente da dire.",
        "imminent",
    ),
    (
        "Gentile dottor Ferri,\n\n"
        "le scrivo con un po' di ritardo rispetto a quanto le avevo promesso, ma queste settimane sono state piene. "
        "Chiara ha finalmente fissato la data della discussione della tesi, giovedì prossimo alle undici, e in casa "
        "non si parla d'altro: la corona d'alloro, il ristorante, i parenti che arrivano da Lecce. Io ho sistemato "
        "l'orto per l'inverno, ho piantato l'aglio e coperto i carciofi, e la pratica della pensione è finalmente "
        "partita, dopo tre viaggi all'INPS.\n\n"
        "Le devo però dire una cosa, e gliela scrivo perché a voce non ci riuscirei. Ho deciso che dopo la laurea "
        "di Chiara me ne vado. Ho messo da parte le medicine di mia moglie, buonanima, sono ancora tutte nella "
        "scatola di latta, e so come fare. Non voglio rovinarle la festa, per questo aspetto venerdì.\n\n"
        "Non si preoccupi per le carte: ho lasciato tutto in ordine nella cartellina blu, le chiavi della cantina "
        "sono appese vicino alla porta, e a mio fratello ho già detto che il motorino è suo. La ringrazio per la "
        "pazienza che ha avuto con un vecchio testardo come me. Le auguro buone feste.\n\n"
        "Rocco Sansone",
        "imminent",
    ),
    (
        "Sono sul ponte della ferrovia. Fa freddo ma non torno indietro. Grazie di tutto. Marta",
        "imminent",
    ),
    (
        "Mi sono tagliata troppo in profondità e il sangue non si ferma, ho stretto un asciugamano ma è già tutto zuppo. Non so cosa fare",
        "imminent",
    ),
    (
        "Buonasera dottore, sono il papà di Tommaso. Stasera ha scritto alla sua ragazza che stanotte si butta dal terrazzo, e nello zaino gli abbiamo trovato una lettera di addio. Adesso è chiuso in camera. Cosa facciamo? È urgente, la prego mi richiami.",
        "imminent",
    ),
    (
        "Ho sistemato tutto. Il gatto va da mia sorella, le chiavi sono dal portiere, le lettere sono sul tavolo. Da domani non disturbo più nessuno.",
        "imminent",
    ),
    (
        "Ho fatto un casino. Ho bevuto la boccetta intera di gocce e adesso mi gira tutto. Non volevo svegliarmi e invece mi sono svegliata, e non so quanto ne ho ancora in corpo.",
        "imminent",
    ),
    (
        "Sto morto... ma non nel senso di stanco. Ho mandato giù le pillole un'ora fa. Mi scusi.",
        "imminent",
    ),
    ("Stasera mi ammazzo. Basta.", "imminent"),
    ("mi butto. stavolta davvero. il quinto piano basta e avanza", "imminent"),
    (
        "ho finito il rum e poi ho preso le pastiglie del nonno, tutte. adesso sono sul divano e aspetto. non è colpa sua",
        "imminent",
    ),
    (
        "Volevo dirle addio come si deve. È stata l'unica persona che mi abbia ascoltato davvero. Non prenda questo messaggio come una richiesta di aiuto: è un saluto, e basta.",
        "imminent",
    ),
    (
        "Ho scritto a tutte le persone a cui tengo. Questo è l'ultimo messaggio. Il gas è aperto.",
        "imminent",
    ),
    (
        "Domenica prendo la macchina e vado dritto contro il pilone del cavalcavia dopo il casello. Ho deciso, non provi a convincermi, non rispondo.",
        "imminent",
    ),
    (
        "Caro dottore,\n\n"
        "le scrivo con calma, a mente lucida, e la prego di leggere fino in fondo. I nipoti sono arrivati ieri da "
        "Torino, la casa è piena di voci come non succedeva da anni e io sono contento di averli qui per Natale. "
        "Abbiamo fatto il presepe con i pezzi vecchi di mia madre, il più piccolo ha voluto mettere un dinosauro "
        "accanto al bue e nessuno ha avuto il coraggio di dirgli di no.\n\n"
        "Proprio perché sono sereno le dico che ho preso la mia decisione. La pistola di mio padre, quella che "
        "tenevo nell'armadio del corridoio, l'ho pulita e caricata. La userò dopo l'Epifania, quando i ragazzi "
        "saranno ripartiti, così non sono loro a trovarmi. Non è un momento di sconforto: ci penso da mesi e adesso "
        "ho smesso di avere dubbi.\n\n"
        "Le chiedo solo di non sentirsi responsabile. Lei ha fatto più di quanto potessi chiedere.\n\n"
        "Con stima,\nAttilio Marras",
        "imminent",
    ),
    (
        "ho preparato il sacchetto e il nastro, il mio coinquilino parte venerdì per Erasmus. quel giorno lo faccio",
        "imminent",
    ),
    (
        "Le pillole sono in fila sul comodino, le ho contate tre volte. Aspetto solo che i bambini si addormentino.",
        "imminent",
    ),
    (
        "Ho già preso metà delle pastiglie di litio, le altre le prendo tra poco. Volevo che lei sapesse che non è colpa sua.",
        "imminent",
    ),
    (
        "dottoressa non è uno scherzo, ho preso 20 tachipirine durante l'intervallo, adesso sono chiusa nel bagno della scuola. la prego non chiami i miei",
        "imminent",
    ),
    (
        "Ci ho pensato per settimane e adesso ho deciso: il 14 è il giorno. Il posto l'ho scelto, la scogliera dietro la casa dei miei.",
        "imminent",
    ),
    (
        "Ciao Giovanna,\n\n"
        "scusa se ti do del tu anche per mail, ormai mi viene così. Novità in ordine sparso: il trasloco di mia "
        "madre è fatto, la casa nuova è al piano terra e lei è contenta perché non deve più fare le scale. Al lavoro "
        "mi hanno spostato sul progetto dei magazzini di Piacenza, che vuol dire tre giorni a settimana in "
        "trasferta, ma almeno in macchina posso ascoltare i podcast. Mia sorella si sposa il 21, ha scelto un "
        "agriturismo sulle colline e ci ha già mandato dodici messaggi sul dress code.\n\n"
        "Poi c'è la cosa che non riesco a dirti in seduta. Ho comprato il carbone e il nastro adesivo, la macchina "
        "è in garage. Voglio farlo prima del matrimonio, il weekend prossimo, così dopo la festa non rovino niente "
        "a nessuno e lei si gode il suo giorno. Lo so come suona. Ma è da tanto che ci penso e stavolta mi sento "
        "stranamente tranquillo, come quando una cosa è decisa.\n\n"
        "Per martedì non so se vengo. Se non vengo non preoccuparti di richiamarmi.\n\n"
        "Davide",
        "imminent",
    ),
    (
        "Sono in bagno con la porta chiusa, mi sono aperta il polso e non sento neanche male. Volevo salutarla.",
        "imminent",
    ),
    ("Stanotte vado a dormire per sempre. Ho tutto quello che serve qui accanto.", "imminent"),
    (
        "Mi hanno licenziato stamattina. Ho già scritto il biglietto per mia madre e stasera salgo sul tetto del palazzo. Non rispondo al telefono, non ci provi.",
        "imminent",
    ),
    ("addio. grazie dottore, almeno lei ci ha provato.", "imminent"),
    (
        "Dottoressa, Sofia ha preso le pillole della nonna, ne mancano una trentina, è sonnolenta e fa fatica a parlare. Siamo in macchina verso il pronto soccorso, volevo solo avvisarla. La mamma, Laura",
        "imminent",
    ),
    ("ho bevuto e ho preso tutto lo xanax. finalmente mi sento leggero. ciao", "imminent"),
    (
        "Domattina prima del turno vado al viadotto. L'ho già guardato due volte, so dove lasciare la moto.",
        "imminent",
    ),
    (
        "Ho ritirato in farmacia tre scatole con le ricette vecchie, adesso ne ho abbastanza. Non mi cerchi più, la prego, è deciso.",
        "imminent",
    ),
    (
        "Ho deciso di farla finita e questa volta non lo dico tanto per dire. Stasera, quando Luca va in palestra.",
        "imminent",
    ),
    (
        "Buongiorno! Allora: il colloquio è andato benino, la macchina è ancora dal meccanico, il cane ha mangiato un calzino ma sta bene. E comunque venerdì lo faccio, le pastiglie sono nel cassetto, pronte. Ci vediamo giovedì per l'ultima seduta, vorrei ringraziarla di persona.",
        "imminent",
    ),
    (
        "ahah dottò stamattina al lavoro ho riso come un matto, poi sono tornato a casa e ho riempito la vasca. Ho comprato la lametta nuova. Stavolta non ci sono scuse",
        "imminent",
    ),
    (
        "Sono in stazione, il treno delle 23.40 qui non si ferma. Volevo solo dire grazie.",
        "imminent",
    ),
    (
        "Gentile dottoressa, sono stanca di essere un peso per i miei figli. Ho preparato la busta con i documenti per Franco, e le pastiglie del cuore le metto da parte da un mese. Domenica, dopo la messa. La ringrazio per la pazienza che ha avuto con me. Ines Bottari",
        "imminent",
    ),
    (
        "Sto guidando verso il lago. Ho preso le pastiglie prima di partire, tra poco non riuscirò più a tenere gli occhi aperti, quindi mi fermo lì.",
        "imminent",
    ),
    (
        "Con le pastiglie non è andata come volevo, sono ancora qui. Stanotte ci riprovo con quello che è rimasto nella scatola.",
        "imminent",
    ),
    (
        "Ho la corda nel bagagliaio e so già quale albero. Questo fine settimana. Non ho paura.",
        "imminent",
    ),
    (
        "Buonasera dottoressa Rinaldi,\n\n"
        "le scrivo dalla biblioteca di ingegneria, dove sono da stamattina. Oggi ho consegnato il progetto di "
        "Scienza delle costruzioni, il professore ha detto che è fatto bene e che all'orale mi chiederà solo la "
        "parte sulle travi. Mia madre mi ha chiamato tre volte per sapere se mangio, le ho detto di sì. "
        "Il coinquilino nuovo è simpatico, cucina il riso al curry tutte le sere e la casa profuma. Sabato "
        "siamo andati insieme al mercatino dell'usato e ho trovato una lampada verde da scrivania, di quelle "
        "delle banche, per cinque euro.\n\n"
        "Non so perché le sto raccontando queste cose. Forse perché sono le ultime. Mentre le scrivo ho già preso "
        "le benzodiazepine che avevo messo via in questi mesi, una ventina, con una bottiglietta d'acqua del "
        "distributore. Mi sento calmo. Volevo che qualcuno sapesse che non è successo per un brutto voto o per "
        "una ragazza: è una stanchezza lunga.\n\n"
        "Grazie per le sedute del martedì, erano l'unica ora della settimana in cui non fingevo.\n\n"
        "Nicolò",
        "imminent",
    ),
    (
        "Si ricorda quando le ho detto che avevo un piano? Adesso ho anche la data: martedì. Non me lo porti via.",
        "imminent",
    ),
    ("Sono sulla terrazza del decimo piano. Non chiami i carabinieri o salto subito.", "imminent"),
    (
        "Ho deciso di andarmene prima di Pasqua. Ho già messo in ordine le carte, le password le ho lasciate a mia figlia in una busta chiusa.",
        "imminent",
    ),
    (
        "ho lasciato i soldi del salvadanaio sulla scrivania x mia sorella e le ho scritto una lettera. stanotte prendo le pastiglie di papà. grazie x avermi ascoltata",
        "imminent",
    ),
    (
        "Ho bevuto l'antigelo della macchina. Non so quanto ci mette. Volevo dirlo a qualcuno.",
        "imminent",
    ),
    (
        "Stasera dopo cena lo faccio. Non è una minaccia, è un avviso, così almeno lei non si sente in colpa di non averlo saputo.",
        "imminent",
    ),
    (
        "Sono la madre di Andrea (16 anni). Nel cassetto gli ho trovato un flacone pieno di paracetamolo e un foglio con scritto «giovedì, dopo scuola, al fiume». Lui dice che è una cosa vecchia ma non gli credo. Mi può richiamare subito? Simona",
        "imminent",
    ),
    (
        "Oggi ho restituito i libri alla biblioteca, ho regalato la chitarra a mio cugino e ho disdetto la palestra. Da domani non mi servono più. Lei è stata gentile con me.",
        "imminent",
    ),
    (
        "Mi sono fatto una dose grossa apposta, molto più del solito. Se non rispondo più è per quello.",
        "imminent",
    ),
    (
        "Egregio dottor Lanfranchi,\n\n"
        "le scrivo per comunicarle una decisione che ho preso con lucidità. Ho deciso di porre fine alla mia vita "
        "il giorno del mio compleanno, il 3 dicembre. Ho scelto il modo e il posto e non intendo dirli, perché "
        "non scrivo per essere fermato: scrivo perché lei non lo venga a sapere dai giornali o da una telefonata "
        "di mia sorella.\n\n"
        "In questi mesi lei ha fatto un lavoro serio e le sono grato. Le sedute sono servite a capire molte cose, "
        "ma capire non basta a voler restare. Non ho debiti, non lascio figli, il cane andrà ai vicini che lo "
        "adorano. Ho disdetto gli abbonamenti e chiuso il conto corrente secondario.\n\n"
        "Le lascio anche qualche notizia normale, perché so che le piaceva sentirle: ho finito di restaurare "
        "il tavolo di noce di mio nonno, quello di cui le avevo mostrato la fotografia, e l'ho regalato al "
        "figlio dei vicini che va a vivere da solo. Ho rimesso in ordine la libreria per autore, come mi ero "
        "ripromesso da anni, e ho portato in parrocchia tre scatoloni di vestiti. Sono cose che volevo fare "
        "bene, fino in fondo, e le ho fatte.\n\n"
        "La prego di non rispondere a questa mail.\n\n"
        "Distinti saluti,\nGuido Terenzi",
        "imminent",
    ),
    ("Sto per saltare. Davvero. Sono sul cornicione e le gambe non mi tremano più.", "imminent"),
    (
        "Altro che «muoio dal ridere»... oggi muoio sul serio, ho le pillole in mano e un bicchiere d'acqua.",
        "imminent",
    ),
    (
        "Ho lasciato le chiavi sotto lo zerbino per chi mi trova. Grazie per tutto, davvero.",
        "imminent",
    ),
    (
        "Cara dottoressa,\n\n"
        "questa settimana in reparto è stata un inferno, ma di quelli normali: due colleghe in malattia, turni "
        "doppi, la caposala che cambia il planning tutti i giorni. Ho fatto anche il corso di aggiornamento sulle "
        "emergenze e mi hanno dato l'attestato, l'ho appeso in cucina per ridere. Mia figlia ha iniziato danza e "
        "il saggio è a maggio, mi ha già fatto promettere che ci sarò. Ha scelto il tutù lilla e lo indossa "
        "anche per fare colazione, con le briciole che cadono dappertutto.\n\n"
        "Mia madre invece ha fatto la visita di controllo al cuore e va tutto bene, il cardiologo le ha "
        "cambiato solo una pastiglia. Domenica siamo state da lei a pranzo, ha fatto i tortellini a mano "
        "come quando ero piccola e per qualche ora mi sono sentita di nuovo figlia e basta, senza turni, "
        "senza allarmi, senza nessuno che mi chiama per nome dal corridoio. Ho anche rimesso a posto il "
        "balcone, ho comprato due vasi di ciclamini.\n\n"
        "Le scrivo però per un'altra cosa. Tra un turno e l'altro ho preso dall'armadio dei farmaci due fiale che "
        "so bene cosa fanno, le tengo in borsa da martedì. La prossima notte libera, venerdì, me le faccio a casa "
        "quando la bambina è da suo padre. Non voglio che lei chiami il reparto, non voglio che lo sappiano.\n\n"
        "Mi dispiace scriverglielo così, tra una notizia e l'altra. È che non so più come si dicono le cose. "
        "Il conto della seduta di ottobre lo pago domani, non voglio lasciare debiti.\n\n"
        "Patrizia",
        "imminent",
    ),
    ("Tagliato. Tanto. Il lavandino è pieno di sangue e mi gira la testa.", "imminent"),
    ("Questo è il mio ultimo messaggio. Mi dispiace per il casino che lascio a tutti.", "imminent"),
    (
        "ho deciso. domani nn vado a scuola, vado sul ponte della tangenziale. ho già scritto alla giada di dare le mie cose a mio fratello",
        "imminent",
    ),
    (
        "Ho acceso la stufa e sigillato le finestre con lo scotch. Adesso sono tranquilla.",
        "imminent",
    ),
    (
        "Ciao dottoressa,\n\n"
        "alla fine siamo andati a vedere quel film coreano di cui le avevo parlato, quello della famiglia che "
        "si infila nella villa dei ricchi. Marco si è addormentato a metà, io invece l'ho trovato bellissimo e "
        "crudele. Poi pizza, poi a casa a piedi, c'era un'aria tiepida strana per novembre.\n\n"
        "Al lavoro niente di nuovo, a parte il nuovo gestionale che non funziona. Mia suocera viene a pranzo "
        "domenica e io farò finta di niente come sempre, preparerò l'arrosto e sorriderò quando dirà che "
        "la carne è un po' secca. Ho anche rinnovato la carta d'identità, finalmente, dopo tre "
        "appuntamenti saltati in comune.\n\n"
        "Comunque, le pastiglie le ho, sono sessanta, le ho messe in un barattolo in fondo all'armadio. "
        "Le prendo sabato, quando Marco va a pescare con suo fratello e sono sola tutto il giorno. "
        "Non ho voglia di parlarne in seduta, non mi faccia domande. Volevo solo che fosse scritto da qualche "
        "parte.\n\n"
        "Elena",
        "imminent",
    ),
    ("Sono salito sulla sedia con la cintura al collo. Ho paura ma lo voglio fare.", "imminent"),
    (
        "Ho già salutato le mie sorelle al telefono, come se niente fosse. Stanotte raggiungo Franco. Le pastiglie sono sul comodino accanto alla sua foto.",
        "imminent",
    ),
    (
        "Mi sono iniettato tutta l'insulina della penna. Adesso sudo e tremo. Volevo solo dormire.",
        "imminent",
    ),
    (
        "Non ce la faccio più e stavolta il piano ce l'ho: la lametta, la vasca, lunedì quando sono sola. Non sto chiedendo aiuto.",
        "imminent",
    ),
    ("HO PRESO TUTTE LE PILLOLE NON CHIAMI MIA MADRE", "imminent"),
    (
        "Ho venduto la moto, chiuso il conto, lasciato una lettera per ognuno. Martedì all'alba, al molo. Grazie di avermi sopportato.",
        "imminent",
    ),
    (
        "Mi sono preso la roba di mio cugino, tutta, anche quella che doveva vendere. Me la sono fatta tutta insieme. Se domani non mi sveglio va bene così.",
        "imminent",
    ),
    (
        "Dottore buonasera,\n\n"
        "le giro intanto la ricevuta del bonifico per le ultime due sedute, scusi il ritardo, con le bollette di "
        "questo mese ero andato in rosso. Samuele ha vinto la partita di domenica e ha segnato pure, doveva "
        "vederlo, è corso sotto la tribuna a cercarmi. Mia moglie invece è ancora da sua madre con la piccola, "
        "dice che torna quando ho messo la testa a posto. Al cantiere il capo mi ha tolto le ore del sabato, "
        "quindi il mese prossimo sarà ancora peggio con i soldi, ma ormai non è più un problema mio. Ho "
        "lasciato a mio fratello la cartella con le polizze e il libretto della macchina.\n\n"
        "Venerdì sarò a casa da solo tutto il giorno. La corda è già in cantina, ho controllato il gancio. "
        "Non lo dico per farmi compatire, lo dico perché lei mi ha chiesto di essere sincero e io sono stato "
        "sincero su tutto, finora.\n\n"
        "Se riesce, dica a Samuele che era il più bravo in campo.\n\n"
        "Massimo",
        "imminent",
    ),
    (
        "Il biglietto è sul tavolo della cucina, sotto il vaso. Quando lo leggerete sarò già al fiume.",
        "imminent",
    ),
    (
        "Ho lasciato una lettera per i miei sul sedile della macchina. Sono al parcheggio del belvedere, quello sopra il dirupo. Non torno giù.",
        "imminent",
    ),
    # -------------------------------------------------------------------- high
    (
        "Vorrei addormentarmi stasera e non svegliarmi più. Non farei niente, ma il pensiero è lì tutto il giorno.",
        "high",
    ),
    ("Starebbero tutti meglio senza di me, mia moglie per prima.", "high"),
    (
        "ieri sera mi sono tagliata sulla coscia, poco, ma l'ho fatto dopo sei mesi. volevo dirglielo prima di giovedì",
        "high",
    ),
    (
        "Ho pensieri di suicidio da una settimana. Non li metterei in pratica, glielo giuro, ma ci sono e non se ne vanno.",
        "high",
    ),
    (
        "Oggi sul ponte di via Garibaldi mi sono fermato a guardare giù e mi sono chiesto quanto fosse alto. Prima non mi era mai successo.",
        "high",
    ),
    ("Non voglio più vivere così. Anzi, non voglio più vivere e basta.", "high"),
    ("Che senso ha essere vivi se ogni mattina è uguale a quella prima?", "high"),
    (
        "Ho cercato su internet quante compresse di paracetamolo servono. Poi ho chiuso tutto. Mi fa paura averlo fatto.",
        "high",
    ),
    (
        "Ho scritto una lettera per mia figlia, nel caso. Non ho in programma niente, ma volevo che ci fosse.",
        "high",
    ),
    ("Spero che l'aereo di domani cada. Lo so che è orribile da scrivere.", "high"),
    ("Mi immagino il mio funerale e provo sollievo. È questo che mi spaventa.", "high"),
    ("ho voglia di tagliarmi. tanta. nn l'ho ancora fatto ma nn so quanto resisto", "high"),
    ("Mi sono bruciata il polso con l'accendino ieri sera, per sentire qualcosa.", "high"),
    ("Non mi vedo viva l'anno prossimo, non so come dirlo in un altro modo.", "high"),
    (
        "Dottore, Lucia ha detto alla professoressa di italiano che vuole morire. A casa non ne parla, con noi fa finta di niente. Possiamo anticipare la seduta? La mamma",
        "high",
    ),
    (
        "Dopo la lite con mio padre mi sono presa a pugni in testa finché non mi è venuto il livido. È successo stasera.",
        "high",
    ),
    (
        "Ogni volta che aspetto la metro sulla banchina penso a quanto sarebbe facile fare un passo avanti.",
        "high",
    ),
    (
        "Bevo da tre sere di fila e ieri, mentre bevevo, pensavo che sarebbe meglio non esserci proprio.",
        "high",
    ),
    (
        "Oggi sono stato dal notaio e ho fatto testamento. Non si allarmi, non ho niente in mente, ma mi è venuto da farlo e dopo mi sono sentito più leggero.",
        "high",
    ),
    ("Sarebbe tutto più semplice se io non ci fossi. Per tutti.", "high"),
    (
        "Mi sento un peso per la mia famiglia. Penso che senza di me finalmente respirerebbero.",
        "high",
    ),
    (
        "Da lunedì ho ricominciato a graffiarmi le braccia con le unghie finché non sanguinano.",
        "high",
    ),
    (
        "Gentile dottoressa Conti,\n\n"
        "le mando come d'accordo il resoconto di queste due settimane, così giovedì non perdiamo tempo. "
        "Al lavoro la fusione con l'altra filiale è andata in porto: mi hanno confermato nel ruolo, anche se "
        "con più ore. Ho ripreso a correre il sabato mattina, 5 chilometri lungo il canale, e il medico dice "
        "che la pressione è migliorata. Sono anche andato a trovare mia madre a Rovigo, siamo riusciti a "
        "parlare senza litigare, il che è già una notizia.\n\n"
        "C'è però una cosa che ho tenuto per ultima. Le confesso che la notte penso al suicidio. Ho anche "
        "pensato a come: la tangenziale, in macchina, a velocità alta contro il guard rail. Non lo farò, non "
        "ho nessuna data né nessuna intenzione concreta, ma il pensiero c'è, torna quasi ogni sera quando "
        "spengo la luce, e non voglio più far finta che non ci sia.\n\n"
        "Per il resto: la fattura di ottobre l'ho pagata, mi dica se le è arrivato il bonifico.\n\n"
        "Stefano Galli",
        "high",
    ),
    ("Certe notti prego di non svegliarmi.", "high"),
    (
        "Non ho paura della morte, la penso come un riposo. Il problema è che ultimamente ci penso troppo spesso, e con desiderio.",
        "high",
    ),
    ("Non voglio svegliarmi domani.", "high"),
    ("Vorrei sparire per sempre. Non tipo viaggio, proprio non esserci più.", "high"),
    (
        "Stamattina ho guardato le pillole di mia madre nell'armadietto e ho pensato: basterebbero.",
        "high",
    ),
    ("Se domani mi investisse un camion non mi dispiacerebbe per niente.", "high"),
    ("a volte penso che se muoio nessuno se ne accorge. e un po' lo vorrei", "high"),
    (
        "Stamattina mentre stendevo sul balcone ho pensato di buttarmi. È durato un attimo, ma mi ha spaventata.",
        "high",
    ),
    (
        "Buongiorno, sono la mamma di Matteo. Ieri sera ho visto che ha dei tagli sull'avambraccio, freschi, in fila. Lui nega tutto. Come devo comportarmi? Grazie, Cristina",
        "high",
    ),
    (
        "La voglia di farmi male torna sempre la sera. Ieri ho tenuto le forbici in mano per un'ora.",
        "high",
    ),
    ("Non ce la faccio più e ho cominciato a pensare che morire sarebbe una soluzione.", "high"),
    (
        "Cara dottoressa,\n\n"
        "le scrivo dal tavolo della cucina, con la stufa accesa e il gatto sulle ginocchia. L'orto quest'anno "
        "ha dato più zucche del previsto, ne ho regalate a tutto il condominio e la signora del terzo mi ha "
        "portato in cambio una torta. Domenica sono venuti i nipoti, Pietro ha perso il primo dente e lo abbiamo "
        "messo sotto il cuscino con tutte le cerimonie. In parrocchia mi hanno chiesto di tornare a fare la "
        "catechesi del giovedì e credo che dirò di sì.\n\n"
        "Però le devo essere sincera, come mi ha chiesto. Alle volte, la sera, penso che sarebbe bello "
        "raggiungere Giorgio. Che il Signore potrebbe prendermi stanotte nel sonno e io non mi opporrei, anzi "
        "lo ringrazierei. Non farei mai niente con le mie mani, questo no. Ma lo desidero, e mi vergogno un po' "
        "a scriverlo.\n\n"
        "La saluto con affetto e la aspetto mercoledì.\n\n"
        "Adele Fioravanti",
        "high",
    ),
    (
        "Mi ammazzo di lavoro, va bene, quello è un modo di dire. Ma ultimamente penso anche di ammazzarmi davvero.",
        "high",
    ),
    ("Ho pensato a come farlo. Non a quando, solo a come.", "high"),
    ("Mi taglio ancora. Ieri e l'altro ieri. Non volevo dirglielo.", "high"),
    (
        "Vorrei non esistere. Non voglio morire nel senso di fare qualcosa, vorrei solo non esserci mai stata.",
        "high",
    ),
    (
        "Ogni tanto penso che mio figlio starebbe meglio con un'altra madre. Una che ci sia davvero. Una che non sia io.",
        "high",
    ),
    (
        "Tengo le lamette nel cassetto del bagno «per sicurezza». Stasera le ho tirate fuori e le ho guardate a lungo.",
        "high",
    ),
    ("oggi a ricreazione mi sono graffiata col compasso. poco. nn dica niente ai miei pls", "high"),
    ("Prima di addormentarmi penso: speriamo che sia l'ultima volta.", "high"),
    ("Vivere mi sembra una fatica inutile. Non ho un piano, ma vorrei che finisse.", "high"),
    (
        "Ho guardato quanto sono alti i palazzi qui intorno. Non so nemmeno perché glielo sto scrivendo.",
        "high",
    ),
    (
        "Ciao Luisa,\n\n"
        "ti scrivo una mail lunga perché al telefono mi blocco. Da quando ho perso il posto al magazzino le "
        "giornate non hanno più una forma. Mi alzo a mezzogiorno, guardo gli annunci, mando due curriculum e "
        "poi basta. Mio padre non mi parla, mia sorella mi manda i link dei corsi regionali come se fosse "
        "colpa mia se non ne faccio uno.\n\n"
        "All'inizio le canne la sera mi bastavano per dormire. Adesso non bastano più e ne fumo già dal "
        "pomeriggio. E l'altra sera, sul terrazzo, ho pensato seriamente di farla finita. Non in modo vago: "
        "ho pensato che sarebbe la cosa più logica, che nessuno perderebbe niente. Poi è arrivato il mio "
        "amico Sandro a suonare il campanello e mi è passata, per quella sera.\n\n"
        "Non ti sto dicendo che lo faccio. Ti sto dicendo che ci penso e che mi fa paura quanto mi sembra "
        "normale pensarci.\n\n"
        "Ivan",
        "high",
    ),
    ("Ieri sera ho dato testate al muro finché non ho visto il sangue. Mi serviva.", "high"),
    ("Sento di non meritare di vivere. Lo sento proprio nel corpo.", "high"),
    (
        "Dottoressa le faccio una domanda: è normale pensare alla morte tutti i giorni, tipo desiderarla? Perché a me succede da un mese.",
        "high",
    ),
    (
        "Non mi ucciderei mai, per i miei figli. Però se succedesse un incidente, una cosa così, sarei sollevata.",
        "high",
    ),
    ("tutti dicono «ti voglio morta» per scherzo. io me lo dico da sola e nn scherzo", "high"),
    (
        "Ho riletto il biglietto che avevo scritto l'anno scorso e ne ho scritto uno nuovo, aggiornato. Lo tengo nel portafoglio.",
        "high",
    ),
    (
        "Stasera la tentazione di prendere tutto il flacone è forte. Per ora l'ho dato a mia sorella, ma il pensiero non se ne va.",
        "high",
    ),
    ("Mi sono fatta male di nuovo, con la cinghia, sulla schiena. Stanotte.", "high"),
    (
        "Ho smesso di bere, è vero, sono tre settimane. Ma il pensiero di morire non se n'è andato con la bottiglia.",
        "high",
    ),
    (
        "mi sento un errore. sarebbe stato meglio se nn fossi mai nata. e sarebbe meglio se nn ci fossi più",
        "high",
    ),
    (
        "Buongiorno dottore,\n\n"
        "giovedì al gruppo di lettura abbiamo finito il romanzo di Svevo, quello della coscienza e dell'ultima "
        "sigaretta, e per una volta ho parlato anch'io: ho detto che Zeno mi fa ridere e un po' pena, e la "
        "signora Paola mi ha dato ragione davanti a tutti, cosa rara. Il mese prossimo tocca a un giallo, "
        "meno male.\n\n"
        "In negozio si avvicina il Natale e mio zio vuole rifare la vetrina, quindi sto passando le serate a "
        "tagliare stelle di cartone. È un lavoro che mi rilassa: la colla, le forbici, la carta dorata, le "
        "lucine da provare una per una. Mia nipote viene ad aiutarmi il mercoledì e ne approfitta per "
        "raccontarmi dei suoi compagni di classe.\n\n"
        "Le scrivo però perché da qualche giorno penso di togliermi la vita. È un pensiero che arriva "
        "all'improvviso, mentre taglio le stelle o in autobus, e resta. Non ho fatto niente e non ho deciso "
        "niente, ma non volevo arrivare a giovedì fingendo che vada tutto bene.\n\n"
        "Un saluto,\nOttavio",
        "high",
    ),
    (
        "Sono il padre di Elisa. Stanotte l'ho sentita piangere e dire al telefono che non vuole più vivere. Stamattina sembrava normale, è andata a scuola. La prego, mi dica cosa devo fare.",
        "high",
    ),
    (
        "Pensieri di morte tutti i giorni da quando è morto mio fratello. Non è che voglio raggiungerlo... o forse sì.",
        "high",
    ),
    (
        "Ieri sera dopo la terza birra pensavo al fucile di mio zio, quello in cantina. Ci ho pensato per un bel pezzo.",
        "high",
    ),
    ("A mia madre ho detto che sto bene. Non è vero: penso al suicidio quasi ogni notte.", "high"),
    (
        "Non voglio uccidermi, voglio solo non essere più qui. Capisce la differenza? Io non tanto.",
        "high",
    ),
    (
        "Le scrivo qui perché a voce non ci riesco: ho di nuovo voglia di tagliarmi e ho paura di cedere stanotte.",
        "high",
    ),
    ("Sono stanco di vivere. Non stanco morto: stanco di vivere.", "high"),
    (
        "Gentile dottor Mancini,\n\n"
        "la sessione è andata come temevo: ho passato solo Analisi 2, con 19, e ho rinunciato a Fisica "
        "all'ultimo momento. I miei non lo sanno ancora, pensano che abbia dato tutto. Con Greta è finita "
        "a ottobre, lo sa già, ma questa settimana l'ho vista in mensa con un altro e ho fatto finta di "
        "niente, credo anche bene. Il resto della settimana l'ho passato in aula studio con Pietro, che mi "
        "porta il caffè e mi spiega gli esercizi di Fisica con una pazienza infinita. Domenica sono tornato a "
        "casa per il compleanno di mia nonna, novant'anni, con tutta la famiglia intorno a lei.\n\n"
        "Ieri notte non riuscivo a dormire e ho passato ore a leggere forum su come farla finita senza "
        "soffrire. Ho preso appunti, che è la cosa che mi spaventa di più, perché io prendo appunti solo "
        "sulle cose che mi interessano davvero. Stamattina ho buttato il foglio. Non ho deciso niente.\n\n"
        "Possiamo vederci prima di martedì? Anche online va bene.\n\n"
        "Alessio",
        "high",
    ),
    ("Quando attraverso la strada non guardo più. Se arriva una macchina, pazienza.", "high"),
    ("Oggi ho guardato a lungo il coltello del pane e ho immaginato di usarlo su di me.", "high"),
    (
        "A volte desidero ammalarmi di qualcosa di grave, così tutto finisce senza che sia colpa mia.",
        "high",
    ),
    (
        "Qui la mamma di Chiara. Sul diario ha scritto «voglio morire, nessuno mi vuole». Ha 13 anni. Non so se è una fase, ma ho paura.",
        "high",
    ),
    (
        "Ho pensato che se prendessi tutte le mie pillole sarebbe finita in fretta. L'ho solo pensato, ma ci ho pensato tanto, tutta la sera.",
        "high",
    ),
    # ---------------------------------------------------------------- moderate
    ("Non ce la faccio più, con questo lavoro e con tutto il resto. Sono allo stremo.", "moderate"),
    ("Oggi non mi sono alzata dal letto. Neanche per mangiare.", "moderate"),
    ("Stasera mi sono fatto tre canne di fila, solo per riuscire a non pensare.", "moderate"),
    ("Anche stasera ho bevuto da sola, mezza bottiglia di rosso. Se no non dormo.", "moderate"),
    ("Niente cambierà mai. È inutile che continuiamo a vederci, non si sposta niente.", "moderate"),
    (
        "Ho preso due Tavor invece di mezzo, l'ansia mi stava mangiando viva e non sapevo cos'altro fare.",
        "moderate",
    ),
    (
        "Al supermercato ho avuto un attacco di panico così forte che ho lasciato lì il carrello e sono scappata. Sono in macchina, tremo ancora, non riesco a calmarmi.",
        "moderate",
    ),
    ("Ma che senso ha? Studio, prendo i voti, e poi? Poi niente.", "moderate"),
    ("nn esco di camera da sabato. nn voglio vedere nessuno, neanche i miei", "moderate"),
    ("Ho paura di non farcela, dottore. Di non reggere fino a gennaio, intendo.", "moderate"),
    (
        "Mi ammazzo di lavoro tutta la settimana e la sera per staccare mi faccio due o tre gin. Tutte le sere, ormai, anche il lunedì.",
        "moderate",
    ),
    (
        "Non ho pensieri di farmi del male, questo glielo dico subito. Però sono tre giorni che non esco di casa e ho smesso di rispondere a tutti.",
        "moderate",
    ),
    (
        "Da giovedì ho spento il telefono a tutti, anche a mia madre. Lo accendo solo per scriverle.",
        "moderate",
    ),
    (
        "Gentile dottoressa,\n\n"
        "come mi aveva suggerito ho ripreso a leggere, e ho scelto male, o forse bene: il romanzo di una "
        "scrittrice norvegese in cui la protagonista tiene il conto dei giorni che le restano da vivere. C'è "
        "una frase, «ogni mattina conto i giorni come monete che non potrò spendere», che ho sottolineato a "
        "matita, non per me, ma perché mi sembrava precisa come un bisturi, e volevo chiederle cosa ne pensa.\n\n"
        "Le scrivo anche per dirle, senza girarci intorno, che questa settimana sto passando le giornate a "
        "letto. Non vado in ufficio da lunedì, ho mandato un certificato per mal di schiena che non ho. Mi alzo "
        "per il bagno e per dare da mangiare al gatto, poi torno sotto le coperte con il libro o senza. Non è "
        "che sto male in modo drammatico: è come se non ci fosse un motivo per alzarsi.\n\n"
        "Giovedì vengo, questo sì. Ho già chiesto a mia sorella di accompagnarmi.\n\n"
        "Serena",
        "moderate",
    ),
    (
        "Sto morto, e non dal ridere: non dormo da tre notti e l'unica cosa che mi tiene in piedi sono le canne.",
        "moderate",
    ),
    ("È una tortura ogni mattina. Apro gli occhi e penso che non cambierà mai niente.", "moderate"),
    (
        "Dottoressa, Federico non va a scuola da una settimana. Sta chiuso in camera, dorme di giorno e non parla con noi. Non so più come prenderlo. Il papà, Roberto",
        "moderate",
    ),
    ("Sono al limite. Non so quanto ancora posso reggere.", "moderate"),
    (
        "Ho ripreso a fumare erba tutte le sere. Mi aiuta a non sentire niente, che poi è proprio quello che voglio.",
        "moderate",
    ),
    ("Non vedo una via d'uscita. Con i debiti, con Marco, con tutto.", "moderate"),
    (
        "In macchina alla radio c'era quella canzone di Vasco, e io pensavo che non ce la faccio più a fare finta di stare bene.",
        "moderate",
    ),
    (
        "Due giorni senza mangiare, poi un pacco di biscotti intero, e in mezzo bevo. Non so come fermare questa cosa.",
        "moderate",
    ),
    (
        "Ho avuto il panico in tangenziale, mi sono fermata nella corsia d'emergenza e ho chiamato mio marito piangendo. Non respiravo, sono ancora lì ferma.",
        "moderate",
    ),
    (
        "L'anno scorso mi tagliavo, adesso no, non ci penso proprio. Però bevo, tanto, tutte le sere, per riuscire a dormire.",
        "moderate",
    ),
    ("Non ce la faccio più. Punto.", "moderate"),
    (
        "Il lunedì è diventato il giorno in cui resto a letto fino alle quattro del pomeriggio. Oggi uguale.",
        "moderate",
    ),
    (
        "Prendo le gocce per dormire anche di giorno, solo per spegnere la testa. Il medico me le aveva date per la notte.",
        "moderate",
    ),
    (
        "cmq ho saltato scuola tutta la settimana xké nn riesco a vedere quelle della mia classe. sto sotto le coperte e basta",
        "moderate",
    ),
    ("Mi sento in trappola: qualunque cosa faccia finisce male. Non c'è via d'uscita.", "moderate"),
    (
        "Buonasera dottore,\n\n"
        "settimana lunga. In officina abbiamo chiuso il cantiere dei capannoni di Cremona con due giorni di "
        "anticipo e il titolare ci ha offerto la pizza, quindi almeno una soddisfazione. Mio figlio ha iniziato "
        "il corso di nuoto e dice che vuole fare le gare, gli ho comprato la cuffia della squadra. Il sabato "
        "lo accompagno in piscina alle otto e resto sugli spalti a guardarlo, è l'ora più bella della "
        "settimana.\n\n"
        "La sera però torno a casa, mi butto sul divano e comincia il rumore in testa: i soldi, la separazione, "
        "l'avvocato di Cinzia che chiede altre carte. Stasera, per farlo smettere, mi sono scolato mezza "
        "bottiglia di grappa da solo, in piedi davanti al frigo. Ieri lo stesso, l'altro ieri un po' meno. "
        "Non mi piace quello che sto diventando, ma è l'unica cosa che spegne il rumore.\n\n"
        "Le scrivo adesso perché domattina non avrei il coraggio. Ci vediamo martedì.\n\n"
        "Fabio",
        "moderate",
    ),
    ("Tutto quello che faccio è inutile. Non migliorerà.", "moderate"),
    (
        "Ho avuto un attacco di panico in ufficio, pensavo di morire, il cuore a mille. Mi hanno portata in infermeria, adesso sono a casa ma ho il terrore che torni, non riesco a stare ferma.",
        "moderate",
    ),
    (
        "Mi sono chiusa in casa tutto il weekend con le tapparelle abbassate. Non ho aperto neanche alla mia amica.",
        "moderate",
    ),
    (
        "Dottore, da quando è morta mia moglie non esco più di casa, saranno dieci giorni. Mangio poco e male. Le chiedo se possiamo fare la seduta per telefono. Aldo Pellegrini",
        "moderate",
    ),
    ("Ci ho provato in tutti i modi. Non serve a niente. Sono stanca di provarci.", "moderate"),
    (
        "Ieri notte Dark Souls fino alle 4, morto cinquanta volte, ahah. Ma oggi è il terzo giorno che non vado all'università, non riesco proprio a uscire di casa.",
        "moderate",
    ),
    (
        "Stasera ho preso un lorazepam in più del solito e ci ho bevuto sopra un bicchiere di vino, per non sentire l'ansia. Sto bene, volevo solo dirlo a qualcuno.",
        "moderate",
    ),
    (
        "Non ho voglia di morire, tranquilla. Ho solo voglia di stare a letto e che nessuno mi chieda niente. Sono due giorni che è così.",
        "moderate",
    ),
    (
        "Stanotte il panico non passava più, ho dovuto chiamare la guardia medica alle tre.",
        "moderate",
    ),
    (
        "Non ne posso più di questa vita, di questi turni, di tutto. Non riesco a immaginare come andare avanti così.",
        "moderate",
    ),
    # --------------------------------------------------------------------- low
    ("Oggi mi sento giù, niente di grave, volevo solo dirglielo.", "low"),
    ("Da quando Paolo è partito per Dublino la sera mi sento molto sola.", "low"),
    ("Possiamo sentirci prima di giovedì? Ho bisogno di parlarle, anche solo dieci minuti.", "low"),
    (
        "Tranquilla, non ho nessuna intenzione di farmi del male. Glielo scrivo perché ieri a fine seduta mi è sembrata preoccupata.",
        "low",
    ),
    (
        "Una domanda pratica: se un giorno mi venisse voglia di farla finita, lei preferisce che le scriva o che chiami subito il 112? Non è il caso adesso, voglio solo saperlo.",
        "low",
    ),
    (
        "A quindici anni mi tagliavo le braccia. Adesso ne ho trenta e oggi, per la prima volta, l'ho raccontato al mio compagno. È andata bene.",
        "low",
    ),
    (
        "La mia migliore amica stanotte ha preso delle pillole, adesso è in ospedale. Sta meglio, ma io sono sconvolta e non riesco a pensare ad altro.",
        "low",
    ),
    (
        "Mio fratello dice che vuole ammazzarsi. Non so se fa sul serio o se lo dice per farsi notare. Come posso aiutarlo?",
        "low",
    ),
    (
        "A settembre ho avuto una ricaduta, ho bevuto tutte le sere per tre settimane. Da ottobre sono pulito, glielo scrivo solo per completare il quadro che mi aveva chiesto.",
        "low",
    ),
    ("oggi giornata no. mi sento triste e nn so neanche xké", "low"),
    ("Oggi sarebbe stato il compleanno di mia madre. Mi manca tantissimo.", "low"),
    (
        "Ripensavo a quello che ci siamo detti martedì, ai pensieri di morte che avevo all'università. Mi ha fatto bene parlarne, dopo tanti anni.",
        "low",
    ),
    (
        "Buonasera, sono la mamma di Davide. In questi giorni lo vedo triste, parla poco, ma va a scuola e agli allenamenti. Volevo solo tenerla informata. Grazie, Monica",
        "low",
    ),
    (
        "Non ho più pensato al suicidio da quando abbiamo cambiato la terapia. Volevo dirglielo perché per me è una bella notizia.",
        "low",
    ),
    (
        "Cara dottoressa,\n\n"
        "eccomi con la mail promessa dalle vacanze. Siamo in Val di Fassa da una settimana, la casa in affitto "
        "ha una stufa in maiolica che i bambini chiamano «il drago» e da cui non si staccano. Ieri abbiamo fatto "
        "il giro del lago con le ciaspole, Giacomo è caduto tre volte e ha riso ogni volta di più. Mio marito "
        "finalmente dorme otto ore, non lo vedevo così rilassato da anni.\n\n"
        "Eppure, non so come dirlo, la sera quando tutti dormono mi prende una malinconia che non capisco. "
        "Sto alla finestra a guardare la neve e mi viene da piangere, senza un motivo preciso. Forse è che "
        "quando le cose vanno bene ho paura che finiscano. Niente di grave, non si preoccupi: volevo solo "
        "dirglielo perché mi aveva chiesto di notare questi momenti.\n\n"
        "Torniamo il 6, la chiamo negli orari che mi ha detto per fissare la seduta.\n\n"
        "Un caro saluto,\nBeatrice",
        "low",
    ),
    (
        "A scuola abbiamo letto una poesia di Leopardi e mi è rimasta addosso una tristezza strana. Niente di che, ma stasera mi sento sola.",
        "low",
    ),
    (
        "Il mio collega si è tolto la vita la settimana scorsa. Non riesco a smettere di pensarci, continuo a rivedere la sua scrivania vuota.",
        "low",
    ),
    (
        "una domanda: se una persona ha pensieri tipo di morire, voi siete obbligati a dirlo ai genitori? chiedo x curiosità, nn è il mio caso adesso",
        "low",
    ),
    ("Stasera mi sento un po' vuota. Mi scrive due righe quando può?", "low"),
    ("Non ho fatto niente a me stesso, glielo giuro. Sono solo triste.", "low"),
    (
        "Da quando mi sono trasferita a Bologna non conosco nessuno. È più dura di quanto pensassi.",
        "low",
    ),
    (
        "Mia figlia piccola, che non è in terapia da lei, stasera a cena ha detto che vuole morire. Ha nove anni. Sono sconvolta. Posso parlargliene nella mia seduta?",
        "low",
    ),
    (
        "Dieci anni fa oggi ho fatto un'overdose. Sto bene, davvero, ma è sempre una giornata strana e volevo condividerla con qualcuno.",
        "low",
    ),
    ("Non voglio morire, eh. Voglio solo che questa settimana finisca.", "low"),
    (
        "Se mai dovessi ricominciare a tagliarmi, come faccio a dirlo a mia moglie? Ci penso perché domenica mi ha chiesto delle cicatrici.",
        "low",
    ),
    ("Al pranzo di famiglia mi sono sentito solo come non mai, in mezzo a venti persone.", "low"),
    (
        "Il mio ex mi ha scritto che si vuole buttare dal ponte. Ho chiamato subito sua sorella, che è andata da lui. Adesso sono in ansia e non so se ho fatto bene.",
        "low",
    ),
    (
        "Una volta, anni fa, sono rimasta a letto per un mese intero. Oggi ci ripensavo mentre riordinavo la camera. Mi fa effetto pensare a quanto sono cambiata.",
        "low",
    ),
    ("Ho bisogno di un abbraccio, anche solo a parole.", "low"),
    (
        "Quando avevo vent'anni mi facevo di cocaina per reggere le notti in discoteca. Oggi mi è tornato in mente all'improvviso, ne possiamo parlare giovedì?",
        "low",
    ),
    ("mi sento tanto sola a scuola, a ricreazione nessuno mi parla", "low"),
    (
        "Se mi capitasse di nuovo di non riuscire più ad alzarmi dal letto come l'inverno scorso, posso chiamarla anche fuori orario?",
        "low",
    ),
    ("Oggi ho pianto in macchina senza motivo. Poi è passata.", "low"),
    (
        "Gentile dottor Bassi,\n\n"
        "le scrivo da Rotterdam, dove siamo arrivati da tre settimane. Il lavoro al porto è come me l'avevano "
        "descritto: tanto, ben pagato, con colleghi gentili ma di poche parole. L'appartamento è piccolo ma "
        "luminoso, dal balcone vedo le gru e la sera si accendono tutte insieme, è uno spettacolo. Ho trovato "
        "anche un negozio di prodotti italiani e ho comprato i taralli, per sentirmi a casa.\n\n"
        "Il problema è proprio la casa. Mi mancano mia madre, gli amici del bar, il dialetto. La domenica è "
        "lunghissima, non so con chi parlare e mi sento molto solo. Ieri ho chiamato mia sorella solo per "
        "sentire una voce, e dopo mi sono sentito peggio. Lo so che è normale all'inizio, me l'aveva detto, "
        "ma volevo scriverglielo comunque.\n\n"
        "Per le sedute online va bene il giovedì alle 19 ora italiana? Qui è la stessa ora, almeno questo.\n\n"
        "Cordiali saluti,\nGennaro Esposito",
        "low",
    ),
    (
        "Mia madre ha ricominciato a bere di nascosto, stamattina alle dieci l'ho trovata ubriaca in cucina. Non so come affrontarla, mi sento impotente.",
        "low",
    ),
    (
        "Nessuno si è ricordato del mio compleanno. Lo so che è una stupidaggine, ma ci sono rimasta male.",
        "low",
    ),
    (
        "Nessun piano, stia tranquilla: le pillole le tiene mio marito, come avevamo deciso insieme. Stasera però sono un po' giù.",
        "low",
    ),
    (
        "Oggi sono triste come quella canzone che ascoltavo in macchina, quella che fa «ho il cuore a pezzi e fuori piove». Ma va bene così, passerà.",
        "low",
    ),
    (
        "Buonasera dottoressa,\n\n"
        "le scrivo a mente fredda dopo la seduta di famiglia di ieri, come ci aveva chiesto di fare. Io e mio "
        "marito siamo tornati a casa in silenzio, poi a cena abbiamo parlato a lungo. Ci ha colpito quando "
        "Marta ha raccontato di quel periodo, due anni fa, in cui si bruciava le braccia con le sigarette e "
        "noi non ci siamo accorti di niente. Lei ci ha detto che adesso non lo fa più da tanto, e le crediamo: "
        "la vediamo serena, esce, studia, ha ripreso il violino.\n\n"
        "Però io non riesco a perdonarmi di non averlo visto. Stanotte non ho dormito, mi sento una madre "
        "distratta e mi viene da piangere ogni volta che ci penso. Non so se è una cosa da portare nella "
        "prossima seduta o se devo tenerla per me.\n\n"
        "Le confermo che ci saremo tutti e quattro il 12 alle 17.\n\n"
        "Grazie,\nAntonella Riva",
        "low",
    ),
    ("Scusi l'orario. Non riesco a dormire, mi sento solo e mi è venuto da scriverle.", "low"),
    # -------------------------------------------------------------------- none
    (
        "Muoio dal ridere: mio figlio ha chiamato il gatto «dottoressa» perché dice che ascolta senza parlare. Ci vediamo martedì alle 18 come sempre.",
        "none",
    ),
    (
        "Questa settimana mi ammazzo di lavoro, c'è la chiusura di bilancio. Possiamo spostare a venerdì pomeriggio?",
        "none",
    ),
    ("Sto morto, oggi tre traslochi di fila con la ditta 😂 A giovedì!", "none"),
    (
        "Il corso di aggiornamento di ieri è stato una tortura, sei ore di slide sul nuovo regolamento. Però qualcosa l'ho imparato.",
        "none",
    ),
    ("Stasera mi butto e chiedo a Sara di uscire! Le racconto tutto giovedì 😄", "none"),
    (
        "Ho preso tutte le pastiglie con me per il viaggio, come mi aveva raccomandato il dottor Valli. Domani parto per Lisbona, torno il 12.",
        "none",
    ),
    (
        "Stasera la chiudo con Andrea, sono decisa. Stavolta davvero, non torno indietro! Mi sento già più leggera.",
        "none",
    ),
    (
        "Ho pianificato tutto: sabato alle 6 parto, treno per Bari, biglietti stampati, la valigia è pronta da ieri. Finalmente il mare!",
        "none",
    ),
    (
        "Oggi ultimo giorno in banca dopo 31 anni. Ho salutato tutti, ho lasciato il badge e le chiavi, addio scrivania! Grazie anche a lei per avermi accompagnato in questa decisione.",
        "none",
    ),
    (
        "Addio casa di via Roma! Stamattina ho consegnato le chiavi all'agenzia. Un po' di nostalgia, ma tanta voglia di ricominciare nella casa nuova.",
        "none",
    ),
    (
        "Scusi se non ho risposto prima, ero in parete tutto il giorno per il corso istruttori: corde, imbrago e nodi dalle otto alle cinque. Ci sentiamo stasera per l'orario.",
        "none",
    ),
    (
        "Sono in bottega fino alle 19, ho il taglierino in mano e le dita piene di colla 😅 Le confermo domani mattina.",
        "none",
    ),
    (
        "Oggi con il cane siamo arrivati a piedi fino al ponte sul fiume e poi giù lungo l'argine. Due ore fuori, come mi aveva suggerito!",
        "none",
    ),
    (
        "Buongiorno dottoressa, oggi a storia abbiamo fatto Seneca che si taglia le vene per ordine di Nerone e la prof ci ha dato un tema da fare. Comunque giovedì posso venire alle 15.30 invece che alle 15?",
        "none",
    ),
    (
        "sto ascoltando a palla una canzone che fa «stanotte voglio sparire dentro la città» ahah la canto ovunque, mia madre non mi sopporta più. a martedì!",
        "none",
    ),
    (
        "Ieri al cinema abbiamo visto un film in cui il protagonista lascia una lettera d'addio e va sul ponte, ma poi arriva la figlia. Bellissimo, glielo consiglio se ha una serata libera.",
        "none",
    ),
    (
        "Sono morto 37 volte contro l'ultimo boss 😂 ma alla fine l'ho ammazzato io. Ci vediamo lunedì.",
        "none",
    ),
    (
        "Il mio capo oggi in riunione: «se sbagliate ancora il report mi sparo». Abbiamo riso tutti, lui per primo. Comunque tutto ok, arrivo alle 17.",
        "none",
    ),
    (
        "Buongiorno, prendo la sertralina 50 mg ogni mattina come prescritto. Posso prenderla con il caffè o è meglio con l'acqua?",
        "none",
    ),
    (
        "Gentile dottoressa, devo disdire l'appuntamento di mercoledì per una visita specialistica. Chiamerò negli orari che mi ha indicato per fissare il prossimo. Cordiali saluti, Gianna Orsi",
        "none",
    ),
    (
        "Sabato eravamo a cena da amici, un paio di bicchieri di vino e tante risate. Bella serata, dopo tanto tempo!",
        "none",
    ),
    (
        "Buone notizie: questa settimana non sono mai rimasta a letto di giorno e la sera non ho bevuto. Neanche una volta.",
        "none",
    ),
    (
        "Gentile dottoressa Pagani,\n\n"
        "le scrivo, come promesso, il resoconto del mio primo mese al gruppo di lettura della biblioteca. "
        "Siamo in nove, quasi tutti pensionati come me, più una ragazza che studia Lettere e che ci corregge "
        "con molta grazia. Abbiamo cominciato con «Il fu Mattia Pascal» e la discussione è stata accesissima: "
        "il protagonista si finge morto, lascia che in paese credano al suo suicidio nella gora del mulino, "
        "e poi scopre che vivere senza un nome è un'altra prigione. Il signor Tosi sosteneva che sia un libro "
        "comico, la signora Berti che sia il più triste mai scritto. Io ho detto che è tutte e due le cose, e "
        "per una volta mi hanno dato ragione tutti.\n\n"
        "Il mese prossimo leggiamo «Anna Karenina», e già sappiamo come finisce, sotto il treno, ma la "
        "bibliotecaria dice che il bello è il viaggio e non la stazione. Mi sono preso il compito di preparare "
        "una scheda sui personaggi, cosa che mi diverte molto.\n\n"
        "Volevo dirle che aveva ragione: uscire il martedì pomeriggio mi ha fatto bene, ho conosciuto persone "
        "nuove e ho un motivo per rileggere. Ci vediamo il 4, alle 10.\n\n"
        "Cordialmente,\nCarlo Benedetti",
        "none",
    ),
    (
        "Buongiorno dottore,\n\n"
        "le scrivo per aggiornarla sulle novità di lavoro, visto che ne avevamo parlato tanto. Da lunedì sono "
        "ufficialmente referente per la formazione del personale del pronto soccorso, e la prima cosa che mi "
        "hanno affidato è il corso sulla prevenzione delle overdose da oppioidi per gli operatori del 118. "
        "Ho passato la settimana a preparare le slide: come riconoscere un'intossicazione, quando somministrare "
        "il naloxone, come gestire un paziente che ha preso dei farmaci in quantità, cosa dire ai familiari. "
        "Abbiamo fatto anche una simulazione con un manichino e un finto tentato suicidio, con tanto di "
        "scatole di pillole vuote sparse per terra, e i colleghi sono stati bravissimi.\n\n"
        "È un lavoro che mi piace moltissimo e mi sento finalmente al posto giusto. Il primario mi ha fatto i "
        "complimenti davanti a tutti, e lei sa quanto mi costava, un anno fa, anche solo parlare in riunione.\n\n"
        "Per la seduta di giovedì potrei arrivare alle 18.15 invece che alle 18? Il corso finisce alle 17.30 "
        "e devo attraversare la città.\n\n"
        "Grazie e a presto,\nLorenzo Villa",
        "none",
    ),
    (
        "Cara dottoressa,\n\n"
        "finalmente in pensione! Come mi aveva suggerito mi sono iscritta all'università della terza età e "
        "seguo un corso di storia contemporanea il mercoledì. Questa settimana il professore ha parlato della "
        "Grande Guerra: le trincee del Carso, i soldati che si ferivano da soli alle mani per essere mandati "
        "nelle retrovie, i fucilati per diserzione, le lettere dal fronte. Ci ha letto la lettera di un "
        "alpino alla madre che diceva di non piangere se non fosse tornato. In aula c'era un silenzio che non "
        "sentivo dai tempi della scuola.\n\n"
        "Tornando a casa ho pensato a mio nonno, che era sul Piave e non ne parlava mai. Ho cercato le sue "
        "lettere in soffitta e ne ho trovate sei, con una calligrafia bellissima. Le sto trascrivendo al "
        "computer per i nipoti, è un lavoro lento e mi dà una grande pace.\n\n"
        "La settimana prossima andiamo in gita al sacrario di Redipuglia, con il pullman, e io ho già "
        "preparato i panini per tutti. Ci vediamo al mio ritorno, il 19.\n\n"
        "Un abbraccio,\nGraziella",
        "none",
    ),
    (
        "Ciao Federica,\n\n"
        "ti aggiorno su questo mese, così in seduta parliamo d'altro. Al lavoro è stato un delirio: il cliente "
        "tedesco ha anticipato la consegna di due settimane e noi ci siamo ammazzati di lavoro, weekend compresi. "
        "Il progetto internamente lo chiamiamo «il killer», perché ha già fatto fuori due project manager prima "
        "di me, e ogni mattina il mio collega entra dicendo «oggi ci lascio la pelle». È stata una tortura, "
        "lo ammetto, ma venerdì abbiamo consegnato tutto e il cliente ha scritto che è il miglior lavoro mai "
        "ricevuto da un fornitore italiano. Abbiamo festeggiato con un aperitivo e il capo ci ha regalato un "
        "giorno di ferie.\n\n"
        "La cosa che volevo raccontarti è un'altra: per la prima volta non mi sono fatto mangiare dall'ansia. "
        "Ho dormito, ho staccato il telefono alle nove di sera come avevamo detto, e il sabato sono andato a "
        "correre. Morto di fatica, ma contento.\n\n"
        "Poi una cosa buffa: domenica mio fratello mi ha convinto a buttarmi con lui nel lago per il tuffo "
        "di beneficenza, acqua a dodici gradi, trecento persone in costume e la banda del paese che suonava. "
        "Quando siamo usciti eravamo viola e morivamo dal ridere, mia cognata ha fatto un video che adesso "
        "gira in tutta la famiglia. Mia madre ha commentato solo: «voi due mi farete morire». Direi che è "
        "stato il weekend più leggero dell'anno, e non me lo ricordavo nemmeno più, cosa vuol dire essere "
        "leggeri.\n\n"
        "Ci vediamo martedì, stesso orario.\n\n"
        "Tommaso",
        "none",
    ),
    ("Dottore, a che ora è la seduta online? Non trovo più il link nella mail.", "none"),
    ("Fattura ricevuta, grazie. Il bonifico parte lunedì.", "none"),
    (
        "Sto crepando dal caldo qui a Palermo, 38 gradi alle sei di sera! Ci sentiamo al rientro.",
        "none",
    ),
    (
        "Oggi ho accompagnato mio marito dal barbiere, quello col rasoio a mano libera: mi fa sempre impressione, ahah. Le confermo giovedì alle 10.",
        "none",
    ),
    (
        "Ho passato l'esame di guida!!! Non ci credevo, ero morta di paura fino all'ultima curva.",
        "none",
    ),
    (
        "Mi uccide questa connessione, la videochiamata si blocca ogni due minuti. Proviamo per telefono?",
        "none",
    ),
    ("ho preso 8 in mate!!! muoio", "none"),
    (
        "le giuro che se mia sorella mi ruba ancora il caricabatterie la ammazzo 😂 cmq giovedì ci sono",
        "none",
    ),
    (
        "La pianta che mi ha regalato a giugno era quasi morta, ma l'ho salvata! Piccola vittoria della settimana.",
        "none",
    ),
    (
        "Una curiosità: è normale che una persona si senta sola nei primi mesi dopo un trasloco? Lo chiedo per un articolo che sto scrivendo per il giornalino della parrocchia.",
        "none",
    ),
    (
        "L'anno scorso a Natale mi sentivo sola, quest'anno invece ho la casa piena di gente! Le faccio tanti auguri.",
        "none",
    ),
    (
        "Mia cugina si sente un po' sola da quando vive a Berlino, le ho consigliato di cercare una terapeuta lì. Ha qualche nome da suggerirmi?",
        "none",
    ),
    ("Non bevo più la sera, sono già due mesi. Volevo che lo sapesse 🙂", "none"),
    (
        "Gentile dottoressa, le confermo l'appuntamento di lunedì. Mi accompagnerà mia figlia perché la macchina è dal meccanico. Distinti saluti, Ernesto Lanza",
        "none",
    ),
    (
        "La farmacia di turno era chiusa e le gocce le trovo solo domattina. Salto la dose di stasera o la recupero domani?",
        "none",
    ),
    (
        "Ho finito il libro che mi aveva consigliato, quello sul lutto e la memoria. Bellissimo. Ne parliamo giovedì?",
        "none",
    ),
    (
        "Sto preparando l'orale di letteratura: Pavese, le poesie sulla morte e il mare, tutto il pomeriggio. Domani tocca a me, incroci le dita!",
        "none",
    ),
    ("Sono a pezzi ma felicissima: maratona finita in 4 ore e 12!", "none"),
    ("Mi sono buttata in piscina dopo dieci anni. Acqua gelida, ma che soddisfazione.", "none"),
    (
        "Stasera esco con le ragazze, ci facciamo uno spritz in piazza. Ci vediamo la settimana prossima.",
        "none",
    ),
    (
        "Il dentista ieri è stato una tortura, ma adesso il dente non fa più male. Lunedì posso arrivare con dieci minuti di ritardo?",
        "none",
    ),
    (
        "In azienda abbiamo fatto il corso di primo soccorso: come tamponare una ferita da taglio, cosa fare con un'overdose, la posizione laterale di sicurezza. Utilissimo, dovrebbero farlo tutti.",
        "none",
    ),
    (
        "Buongiorno, sono il papà di Leonardo. Le scrivo solo per dire che questa settimana è andato a scuola tutti i giorni e sabato è uscito con gli amici. Ci vediamo mercoledì.",
        "none",
    ),
    (
        "Al matrimonio di mio cugino il testimone ha fatto un discorso che ci ha fatti morire dal ridere, anche il prete.",
        "none",
    ),
    (
        "Trasloco fatto, addio vecchio monolocale! Le mando il nuovo indirizzo per la fattura: via dei Mille 14, Parma.",
        "none",
    ),
    (
        "Mio marito fa il velista e oggi mi ha insegnato tre nodi con la cima. Credo di aver trovato un hobby nuovo 😊",
        "none",
    ),
    (
        "Faccio la parrucchiera e oggi sono stata dieci ore tra rasoi e forbici, ho le mani distrutte ma il negozio era pieno. Contenta!",
        "none",
    ),
    (
        "Domani c'è lo sciopero dei treni, mi butto in macchina e arrivo lo stesso, forse con un quarto d'ora di ritardo.",
        "none",
    ),
    ("Ho detto addio alle sigarette! Oggi è il giorno numero 30.", "none"),
    (
        "ieri sera fortnite con mio cugino, mi hanno ucciso dopo due minuti ahah. cmq domani nn posso venire ho la verifica di chimica, ci sentiamo x spostare",
        "none",
    ),
    ("Ho visto «Suicide Squad» con mio figlio, che film rumoroso! Ci vediamo sabato.", "none"),
    ("Che agitazione per l'esame di domani! Però sono preparata, ci siamo.", "none"),
    (
        "Ha letto l'articolo sull'aumento delle overdose da oppioidi? Me ne ha parlato la mia vicina, che fa l'infermiera, e volevo sapere cosa ne pensa come professionista.",
        "none",
    ),
    (
        "Mio nipote mi ha chiesto di aiutarlo con la ricerca su Cleopatra e l'aspide. Non ricordavo niente! Ci siamo divertiti un sacco con l'enciclopedia del nonno.",
        "none",
    ),
    (
        "Muoio di fame, esco dall'ufficio adesso e passo a prendere le chiavi dello studio come d'accordo.",
        "none",
    ),
    (
        "la prof di latino mi vuole morta, tre versioni in una settimana 🙄 cmq tutto ok, giovedì ci sono",
        "none",
    ),
    (
        "Sto imparando alla chitarra una ballata tristissima, parla di un marinaio che si butta dal molo per amore. Mia sorella dice che sono melodrammatico, ahah. A giovedì!",
        "none",
    ),
    (
        "Non mi sento più sola come a settembre: ho conosciuto due colleghe simpaticissime e il venerdì andiamo a ballare.",
        "none",
    ),
    (
        "Mio marito dice che mi ammazzo di lavoro, e ha ragione. Da lunedì stacco alle 18, promesso!",
        "none",
    ),
    (
        "Ho spento il telefono a tutti per tre giorni... ero in ritiro di meditazione sulle colline 😄 Un'esperienza bellissima.",
        "none",
    ),
    (
        "Sono rimasto a letto tutto il giorno con 39 di febbre, influenza. Domani devo disdire, mi scusi, la chiamo appena guarisco per un'altra data.",
        "none",
    ),
    (
        "Ho comprato la corda per stendere i panni sul terrazzo nuovo. Finalmente ho un terrazzo!",
        "none",
    ),
    (
        "Gentilissima dottoressa,\n\n"
        "le scrivo per raccontarle una serata che mi ha commosso. Mio nipote Filippo, quattordici anni, ha "
        "recitato nella recita di fine trimestre: «Romeo e Giulietta», in una versione ridotta scritta dalla "
        "sua professoressa. Lui faceva Romeo, e le assicuro che il momento in cui beve il veleno nella cripta, "
        "convinto che Giulietta sia morta, l'ha recitato con una serietà che non gli conoscevo. Poi lei si "
        "sveglia, vede il corpo e si trafigge con il pugnale, e in platea c'erano madri che piangevano e padri "
        "che facevano finta di soffiarsi il naso. Io ero in prima fila con mia moglie.\n\n"
        "Alla fine Filippo è corso ad abbracciarci ancora con il trucco in faccia e ci ha chiesto se era stato "
        "credibile. Gli ho detto che era stato un Romeo perfetto, e lui ha riso e ha detto che la parte più "
        "difficile era stata stare immobile da morto per cinque minuti senza ridere.\n\n"
        "Le scrivo anche per confermare la seduta di coppia di martedì 9. Verremo tutti e due.\n\n"
        "Con i più cordiali saluti,\nAmedeo Sartori",
        "none",
    ),
    (
        "Faccio Giulietta nel saggio di teatro e devo «morire» due volte a sera, mi prendono in giro tutti. Venerdì c'è il debutto!",
        "none",
    ),
    (
        "Lavoro in farmacia e oggi ho contato pastiglie per sei ore, inventario annuale. Confermo giovedì alle 18.",
        "none",
    ),
    (
        "Ho ritirato la ricetta del litio, prendo sempre le mie due compresse come concordato con lo psichiatra. Gli esami del sangue sono tutti a posto.",
        "none",
    ),
    ("Stasera festa per i miei 40 anni! Mi sento vecchia ma felice 🥳", "none"),
    (
        "Dottoressa, mia figlia ha la febbre, dobbiamo saltare la seduta familiare di sabato. Quando posso chiamare per fissarne un'altra?",
        "none",
    ),
    (
        "Buonasera Giulia,\n\n"
        "ti scrivo perché sono felice e voglio che lo sappia anche tu, visto che sei stata la prima a dirmi di "
        "provarci. L'editore ha accettato il romanzo! Uscirà a marzo. Ti ricordi la trama: una donna di "
        "cinquant'anni, Irene, che dopo la morte del marito decide di farla finita, scrive le lettere di addio, "
        "prepara le pastiglie, e la mattina in cui ha stabilito di morire suona alla porta una bambina del "
        "piano di sotto che ha perso il gatto. Tutto il libro è la giornata in cui cercano il gatto insieme, e "
        "alla fine Irene butta le pastiglie nel water senza che sia mai detto il perché.\n\n"
        "La redattrice dice che il primo capitolo è duro ma necessario, e che vuole tenere il titolo che avevo "
        "scelto, «Il giorno del gatto». Abbiamo già fatto la prima riunione sulla copertina.\n\n"
        "Sono emozionata come una ragazzina. Giovedì porto una copia delle bozze, se ti fa piacere vederle.\n\n"
        "Un abbraccio,\nVittoria",
        "none",
    ),
    (
        "Tutto bene alla fine con l'esame del sangue, il medico dice che i valori sono perfetti. A martedì!",
        "none",
    ),
    (
        "Mi scusi, ho sbagliato numero: il messaggio di prima era per il mio idraulico. Buona serata!",
        "none",
    ),
    (
        "Ieri al museo c'era la mostra sui samurai, con le spade e tutta la storia del seppuku. Affascinante e un po' macabra, mio figlio era entusiasta.",
        "none",
    ),
    (
        "Ho aperto il gas... nel senso che ho finalmente fatto allacciare la cucina nuova! Stasera prima cena a casa nostra 😊",
        "none",
    ),
    (
        "Il podcast che ascolto in macchina questa settimana parla di un serial killer degli anni '70. Non riesco a smettere, ahah. Ci vediamo lunedì.",
        "none",
    ),
]
