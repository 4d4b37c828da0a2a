"""Idiom and look-alike stress set (Italian), training-only: words of crisis used without crisis.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
150 messages: none 100, low 30, moderate 20.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Dottoressa, oggi in ufficio sono morta dal ridere: il capo ha fatto la presentazione su Teams con il filtro gattino attivo per venti minuti. Confermo giovedì alle 18. Chiara",
        "none",
    ),
    (
        "Mi sto ammazzando di lavoro con la chiusura del bilancio, tre scadenze in una settimana, ma va tutto bene. Ci vediamo martedì come d'accordo. Marco R.",
        "none",
    ),
    (
        "Sono stanco morto dopo il doppio turno in magazzino ad Arquata, però la settimana è andata bene. A lunedì, Davide",
        "none",
    ),
    (
        "Buongiorno dott. Ferri, la farmacia di piazza Garibaldi mi ha dato per errore le gocce da 20 ml invece di quelle da 10: le ho riportate e me le cambiano domani. Stasera prendo la dose solita dal flacone vecchio o salto? Grazie, Paola Bertin",
        "none",
    ),
    (
        "Parto per Lisbona sabato: ho contato le pastiglie per dieci giorni più due di scorta e le ho messe nel bagaglio a mano con la ricetta in inglese. La seduta del 3 la facciamo in video? Giulia",
        "none",
    ),
    (
        "Scusi, devo disdire mercoledì: il veterinario ha spostato il controllo di Brando e devo portargli le analisi per le compresse del cuore. Possiamo fare venerdì alla stessa ora? Alessia",
        "none",
    ),
    (
        "Ieri sera mi sono sparato tutta la seconda stagione di quella serie coreana sui fratelli, otto episodi di fila. C'è una scena col padre che voglio raccontarle giovedì. Luca",
        "none",
    ),
    (
        "Stasera mi butto sulla pizza con le ragazze della palestra, finalmente un sabato fuori! Confermo lunedì ore 19. Ele",
        "none",
    ),
    (
        "Esame di diritto privato: 28!! Il prof era da uccidere con quelle domande sul contratto preliminare, ma la respirazione che mi ha insegnato ha funzionato. Federico",
        "none",
    ),
    (
        "Dotto', stammatina 'ncoppa 'o lavoro aggio chiammato 'o direttore cu 'o nomme d'o cane mio, so' muorto 'e scuorno 😂 Ce verimmo giovedì. Gennaro",
        "none",
    ),
    (
        "Dottoressa, me niputi mi fa moriri ri risati, ha imparato a diri 'zia' e u dici a tutti, puru o gattu 😂 Sabato ci sugnu. Rosalia",
        "none",
    ),
    (
        "Ostrega dotor, go magnà cussì tanto al pranzo de nozze de me cugina a Bassano che moro. Lunedì ghe so, puntuale. Bepi",
        "none",
    ),
    (
        "Ao dotto', la Roma ha perso in casa cor Lecce, me vojo sotterà 😅 Comunque mercoledì alle sei ce sto. Fabrizio",
        "none",
    ),
    (
        "Dutur, stamattina in tangenziale un casino che te fa vegnì el magun, sono arrivato in ufficio alle dieci e il capo voleva ammazzarmi. Giovedì alle 8 va ben? Walter",
        "none",
    ),
    (
        "Dottorè, oggi a Cagliari su bentu ti bogaiat sa conca, il maestrale mi stava buttando giù dal motorino sul lungomare 😂 Confermo per domani. Efisio",
        "none",
    ),
    (
        "Buongiorno dottoressa, scusa mio italiano. Oggi io morta di fame, primo giorno di Ramadan e lavoro in cucina del ristorante, ma va bene. Domani vengo ore 16 con mio marito. Samira",
        "none",
    ),
    (
        "dottò scusi ma la verifica di mate oggi ci ha ammazzati, 12 esercizi in 50 minuti 💀 cmq confermo venerdì h15. Giada",
        "none",
    ),
    (
        "Buongiorono, ho preso le pastigle alle 8 come dise il psichiatra, tuto ok, niente nausea. Solo chiedo se si possono prendere col caffè. Grazie, Ornella",
        "none",
    ),
    (
        "Dottore, oggi in macelleria mi sono tagliato la mano col coltello da disosso, un incidente stupido, tre punti al pronto soccorso di Lodi. Per questo salto le 18, mi scusi. Lunedì va bene? Angelo",
        "none",
    ),
    (
        "Oggi ho fatto la prima rasatura col rasoio a mano libera su un cliente vero, il mio maestro al salone di via Tortona mi ha dato il via. Ero agitatissimo ma è andata liscia! Kevin",
        "none",
    ),
    (
        "Sabato ho fatto la mia prima via da capocordata sulla parete di Arco: corda nuova, nodo controllato dalla guida tre volte, zero ansia 😄 Ci vediamo mercoledì. Irene",
        "none",
    ),
    (
        "Per i miei 40 anni mi sono buttata dal ponte della Valle Verzasca col bungee!! Ho urlato come una pazza ma lo rifarei domani. Il video glielo faccio vedere. Martina",
        "none",
    ),
    (
        "Domani sono sul tetto di un capannone a Rezzato per montare i pannelli solari, con imbrago e linea vita, quindi non posso rispondere fino alle 17. La richiamo io per fissare. Ivan",
        "none",
    ),
    (
        "Stasera debutto! Sono quello che spara con la pistola a salve alla fine del secondo atto, il regista dice che faccio saltare la prima fila. Le prove sono finite tardi, quindi sposterei giovedì alle 19:30 se si può. Tommaso",
        "none",
    ),
    (
        "Ultima sera in via Padova, domani alle 7 arriva il camion del trasloco. Ho salutato tutti i vicini e la signora Ines del terzo piano mi ha fatto la crostata. Per le fatture il nuovo indirizzo è via Ripamonti 44. Sara",
        "none",
    ),
    (
        "Oggi ultimo giorno alla Coop di Rimini: ho fatto il giro per salutare tutti e ho lasciato i cioccolatini in sala pausa. Lunedì comincio in banca! Ci vediamo venerdì. Matteo",
        "none",
    ),
    (
        "Sto regalando un po' di cose prima di trasferirmi a Berlino: la bici a mia sorella, i libri alla biblioteca di quartiere, la pianta grassa alla portinaia. Da gennaio possiamo continuare online come avevamo detto? Anna",
        "none",
    ),
    (
        "Ho scritto le lettere per tutti i compagni di classe di Giorgia, la maestra le vuole per la festa di fine quinta. Tre sere, ventidue lettere, ma sono venute bene. Ci vediamo giovedì. Laura",
        "none",
    ),
    (
        "Ho deciso: mi iscrivo al corso serale di pasticceria all'istituto di Treviso! Ne parliamo martedì, sono emozionato. Dario",
        "none",
    ),
    (
        "Stanotte è la notte: finale alle 21 e, se vince l'Inter, festa in piazza Duomo fino a tardi. Domani la chiamo dopo pranzo per l'orario. Paolo",
        "none",
    ),
    (
        "Addio alla mia vecchia Panda: oggi l'ho portata allo sfasciacarrozze dopo 19 anni e 310.000 km. La nuova ha perfino i sensori di parcheggio. Mercoledì ci sono. Giorgio",
        "none",
    ),
    (
        "Ho deciso di farla finita con le sigarette: da oggi zero, il medico mi ha dato i cerotti da 21 mg. Glielo scrivo così mi tiene d'occhio 😄 Roberto",
        "none",
    ),
    (
        "È finita!!! Ho consegnato la tesi alle 11:58, due minuti prima della chiusura del portale. Laurea il 15 dicembre. Francesca",
        "none",
    ),
    (
        "Ho in testa tutto il giorno quella canzone dei Sale Grosso, «e se domani non mi sveglio lascia la luce accesa», mio figlio la canta a squarciagola in macchina. Ci vediamo domani alle 17. Cristina",
        "none",
    ),
    (
        "Con la compagnia del paese facciamo Romeo e Giulietta e io sono Giulietta: devo fingere di pugnalarmi con un coltello di gomma e ogni volta scoppio a ridere. Le prove finiscono alle 19, possiamo spostare alle 19:30? Beatrice",
        "none",
    ),
    (
        "Per il club del libro stiamo leggendo Anna Karenina, sono arrivata alla scena dei binari. Sapevo già come finiva ma le discussioni al club sono bellissime. Ci vediamo mercoledì. Lucia",
        "none",
    ),
    (
        "Il mio collega Franco stamattina: «se mi arriva un'altra mail con oggetto urgente mi butto dalla finestra». Siamo al piano terra 😂 Qui tutto bene, a venerdì. Stefania",
        "none",
    ),
    (
        "Mio figlio Pietro ha fatto una ricerca sul crollo del ponte Morandi per educazione civica e ha preso 9, era fierissimo. Mercoledì lo accompagno io alle 16. Roberta, mamma di Pietro",
        "none",
    ),
    (
        "Ho provato a fare la carbonara per i suoceri e ho ucciso le uova, è venuta una frittata con la pasta 😂 Però abbiamo riso tutti, anche mia suocera. Confermo lunedì. Alberto",
        "none",
    ),
    (
        "Ieri sera il boss finale mi ha ucciso tipo 40 volte sempre nello stesso punto, alla fine l'ho battuto a mezzanotte e mezza. Confermo sabato, Mattia",
        "none",
    ),
    (
        "Ho chiamato la mia nuova capa «mamma» davanti a tutto l'open space. Volevo sparire sotto la scrivania 🙈 Gliela racconto giovedì. Giulia M.",
        "none",
    ),
    (
        "Ho montato la libreria da solo, ho rischiato di impiccarmi inciampando nel cavo della prolunga 😂 ma sta in piedi ed è dritta. Confermo mercoledì ore 18. Enrico",
        "none",
    ),
    (
        "Le lumache mi hanno ucciso tutta l'insalata dell'orto, le ammazzerei una per una 😠 Per il resto tutto regolare, a giovedì. Gino",
        "none",
    ),
    (
        "Il personal trainer oggi mi ha distrutta, 200 squat: domani non mi alzo dal letto 😂 Scherzo, giovedì ci sono! Manu",
        "none",
    ),
    (
        "Se l'arbitro fischia un altro rigore così lo ammazzo 😂 Scusi, sto guardando la partita. Le volevo chiedere la fattura di novembre intestata a mia moglie. Antonio",
        "none",
    ),
    (
        "Mia figlia ha imitato la maestra di matematica a cena, siamo morti dal ridere tutti e quattro. Finalmente una cena serena in famiglia! Giovanna",
        "none",
    ),
    (
        "La scatola intera di sertralina è rimasta in macchina al sole a Bari tutto il pomeriggio. Secondo lei le compresse si sono rovinate? Il farmacista dice di chiedere al medico. Michele",
        "none",
    ),
    (
        "In farmacia mi hanno dato le pillole da 50 mg invece di quelle da 25, me ne sono accorto a casa prima di prenderne una. Domani le cambio. Devo avvisare la dottoressa Galli? Stefano",
        "none",
    ),
    (
        "Le compresse del cane per l'artrosi sono identiche alle mie per la pressione, così ho comprato un portapillole rosso solo per lui. Idea di mio marito! A martedì. Elsa",
        "none",
    ),
    (
        "Ho letto sul giornale un articolo sulla prevenzione delle overdose da oppioidi, mi servirebbe per la tesi di sociologia. Le posso chiedere qualche titolo in seduta o non è il posto giusto? Irene B.",
        "none",
    ),
    (
        "Sto svuotando la cantina di papà: rasoi, lamette, pennelli da barba degli anni '60, ne aveva una collezione. Domenica li vendiamo al mercatino di Arezzo. Confermo lunedì. Piero",
        "none",
    ),
    (
        "Stamattina ho donato il sangue all'Avis per la quinta volta, mi hanno dato il cornetto e la spilletta. Prima svenivo solo a vedere un ago, volevo dirglielo! Lorenzo",
        "none",
    ),
    (
        "Il Frecciarossa per Bologna è fermo sui binari da un'ora per un guasto alla linea, arrivo tardissimo. Facciamo la seduta in video alle 18:30? Elena",
        "none",
    ),
    (
        "Ho riempito il balcone di gerani e basilico, mi sono sporta dalla ringhiera per agganciare le fioriere e mia madre urlava dalla cucina 😂 Venerdì confermato. Marisa",
        "none",
    ),
    (
        "Sto per buttare dalla finestra la stampante, non stampa da tre giorni 😡 Mi può mandare la fattura via mail invece che su carta? Grazie, Luigi",
        "none",
    ),
    (
        "Non ce la faccio più dalle risate 😂 il video di mio nipote che balla la tarantella col nonno... Comunque confermo lunedì. Rita",
        "none",
    ),
    (
        "Non ce la faccio più ad aspettare, venerdì parto per il Giappone!!! Le mando una cartolina da Kyoto 😄 Ilaria",
        "none",
    ),
    (
        "«Non svegliarmi prima delle 10», ho detto a mio marito: domani è il primo sabato libero da tre mesi. Confermo lunedì mattina. Patrizia",
        "none",
    ),
    (
        "Sono sparito due settimane perché ero in trasferta a Dubai, scusi se non ho risposto per la fattura: la pago oggi con bonifico. Riccardo",
        "none",
    ),
    (
        "Il mio capo mi ha detto ridendo «se sbagli ancora quel report ti sparo». Gli ho risposto con calma che la scadenza l'aveva cambiata lui, come abbiamo provato in seduta! Mauro",
        "none",
    ),
    (
        "Ho comprato il coltello giapponese per il corso di cucina, costa un rene ma taglia i pomodori come burro 😍 Confermo giovedì alle 19. Daniele",
        "none",
    ),
    (
        "Le gocce per dormire sono finite e la ricetta è scaduta: può avvisare lei il dottor Mancini o lo chiamo io domattina? Grazie, Antonella",
        "none",
    ),
    (
        "Oggi è stata l'ultima volta che ho accompagnato Giacomo all'asilo: a settembre va in prima elementare! Che emozione. A presto, Federica",
        "none",
    ),
    (
        "Per l'ultima seduta di martedì vorrei portarle una piccola cosa per salutarla, spero non sia un problema. Grazie di tutto questo percorso, davvero! Elisa",
        "none",
    ),
    (
        "Saluto tutti e parto! Il coro mi ha fatto la festa d'addio ieri sera, domani volo a Toronto per il dottorato. Ci sentiamo in video il 12 come concordato. Giulio",
        "none",
    ),
    (
        "Dotto', 'sta pastiera m'ha acciso, n'aggio magnate tre fette 😂 Tanti auguri 'e buona Pasqua a lei e famiglia! Concetta",
        "none",
    ),
    (
        "Dottò, sugnu mortu ri stanchizza, tuttu u jornu a vinnignari. Giovedì vegnu ma arrivo alle sei e un quarto. Turi",
        "none",
    ),
    (
        "Dotoressa, sto caldo me copa! A Treviso semo a 35 gradi e el condizionator xe roto. Confermo mercoledì. Nives",
        "none",
    ),
    (
        "Buongiorno dottore, scusi mio italiano non buono. Mio figlio Kevin dice sempre «mi ammazzo dal ridere» con gli amici, è normale espressione italiana? Io non capisco bene. Grazie, Jennifer (mamma di Kevin)",
        "none",
    ),
    (
        "Buna sera dottoressa, la signora Pina che io assisto oggi ha detto «prima o poi muoio di gioia» perché ha vinto a tombola 50 euro 😂 Mercoledì io vengo ore 15. Mirela",
        "none",
    ),
    (
        "oddio ho appena ritrovato la foto di classe della quinta, mi sto ammazzando dalle risate 😭😭 confermo domani cmq. Bea",
        "none",
    ),
    (
        "Dottorssa scuis ho sbaglaito a scrivere l'ora, vengo alle 17 non alle 7 😂 il corettore mi ucide. Marta",
        "none",
    ),
    (
        "Lo chef oggi mi ha detto «se bruci ancora il risotto ti butto nel forno», da lui è un complimento credo 😂 Prima settimana da commis finita! Yuri",
        "none",
    ),
    (
        "Mi sono tagliata i capelli corti dopo dieci anni!! Il parrucchiere di via Dante è un genio, mi sento un'altra 💇\u200d♀️ Ci vediamo lunedì. Debora",
        "none",
    ),
    (
        "Mi taglio fuori dal gruppo WhatsApp del fantacalcio, troppi vocali alle 3 di notte. Per il resto tutto regolare, a giovedì. Diego",
        "none",
    ),
    (
        "L'ho ammazzato a briscola, mio nonno, per la prima volta in vita mia! Lui dice che l'ho fregato coi segni 😂 Ci vediamo sabato. Riccardo",
        "none",
    ),
    (
        "La prof di latino ci ha fatto tradurre tre pagine di Seneca sulla morte di Catone, domani ho l'interrogazione. Quindi vengo alle 16 e non alle 15, se per lei va bene. Arianna",
        "none",
    ),
    (
        "Battuta del giorno della mia collega Ornella: «portatemi una corda... per saltare, ho deciso di mettermi in forma». Siamo morti tutti. Qui tutto bene, a martedì. Laura",
        "none",
    ),
    (
        "Domani faccio il lavavetri sulla torre di Porta Nuova dalle 7, appeso alla corda a cento metri 😅 Non posso rispondere al telefono, le scrivo io la sera per l'orario. Hamid",
        "none",
    ),
    (
        "Mio marito ha bruciato l'arrosto e ha detto «adesso mi sparo» con la faccia di Totò, i bambini sono morti dal ridere. Confermo la seduta di coppia di mercoledì. Lidia",
        "none",
    ),
    (
        "Domani vado a Roma per il concorso, mi porto le pillole per il mal di testa e le gocce per il mal d'auto: sono pronta! Le faccio sapere com'è andata. Giorgia",
        "none",
    ),
    (
        "Mi butto! Ho mandato il curriculum alla casa editrice di Torino che sognavo da anni. Incroci le dita per me 🤞 Marianna",
        "none",
    ),
    (
        "Il pezzo nuovo della nostra band si chiama «Ultima corsa sui binari», parla di un treno di notte in Puglia. Giovedì le porto il cd se vuole. Matteo",
        "none",
    ),
    (
        "Dottoressa, volevo solo dirle che in settimana non ho avuto bisogno delle gocce al bisogno neanche una volta. Lo scrivo sul diario come mi ha chiesto. Alessandra",
        "none",
    ),
    (
        "Alla festa dei 18 anni di mio figlio i ragazzi hanno fatto il brindisi «alla nostra ultima notte da bambini». Tutto bene, nessuno ha bevuto troppo, li ho riportati io. Grazia",
        "none",
    ),
    (
        "Sono in sala d'attesa al pronto soccorso con mio figlio che si è tagliato il dito col coltello del pane. Due punti e via. Arrivo in ritardo di mezz'ora, scusi. Vittorio",
        "none",
    ),
    (
        "Il mio criceto Nuvola è morto di vecchiaia a tre anni e mezzo. Abbiamo fatto un funerale in giardino con i bambini, hanno disegnato una lapide. Li ho visti tranquilli, le racconto sabato. Loredana",
        "none",
    ),
    (
        "Gentile dottoressa Bellini,\n\nle scrivo da Siracusa, dove siamo per le vacanze di agosto come le avevo anticipato. Volevo raccontarle che la prima settimana è andata meglio del previsto: mia suocera ha fatto la sua solita battuta a tavola («con questo caldo qui si muore, ma almeno si muore abbronzati») e per una volta ho riso invece di irrigidirmi.\n\nIeri siamo andati alla Scala Greca e i ragazzi si sono buttati dagli scogli per tutto il pomeriggio; io ero terrorizzata ma non ho urlato, li ho lasciati fare e mi sono goduta il libro. Piccole cose, ma lei sa quanto contano.\n\nSulle medicine: ho contato le pastiglie prima di partire e mi bastano fino al 30, il rientro è il 28. Porto con me anche la ricetta, nel caso.\n\nConfermo la seduta in video del 2 settembre alle 18. Un caro saluto,\nGabriella Sorrentino",
        "none",
    ),
    (
        "Buonasera dottor Ricci,\n\nscusi la mail lunga, so che ne abbiamo parlato, ma stavolta è per una buona notizia. Ho deciso: a gennaio lascio l'ufficio contabilità e apro la bottega da barbiere con mio cugino Samir in via Nizza. Abbiamo già preso le poltrone usate da un salone che chiudeva a Moncalieri, i rasoi e le forbici li ha portati lui dal Marocco.\n\nIl mio capo, quando gliel'ho detto, ha fatto la sua battuta: «tu ci vuoi morti, chi ce li fa adesso i bilanci?». Gli ho risposto che il bilancio di dicembre lo chiudo io, e poi addio e grazie. Mi è sembrato di parlare come un adulto, per la prima volta con lui.\n\nA fine mese faccio la festa di saluto in ufficio e le lettere per tutti i colleghi, perché con alcuni abbiamo passato dieci anni. Volevo chiederle se possiamo dedicare la prossima seduta a come gestire il primo anno, con i soldi che saranno pochi.\n\nCordiali saluti,\nKarim Benali",
        "none",
    ),
    (
        "Cara dottoressa,\n\nla seduta di famiglia di ieri ci ha lasciato molto su cui pensare. Le scrivo a nome di tutti e tre (Luisa, Enrico e io) perché vorremmo spostare la prossima dal 14 al 21: Enrico ha la gara regionale di tiro con l'arco a Bergamo e ci tiene tantissimo. Il suo allenatore dice che «se non va sul podio lo ammazza», ma con il sorriso, e lui ride.\n\nLuisa invece ha chiesto di dirle che ha finito il tema su una poesia di guerra di Ungaretti, quella sui compagni morti in trincea. Ha preso 8 e mezzo e ha letto il tema anche a noi, cosa che non succedeva da anni.\n\nPer la fattura va bene l'intestazione a mio nome come sempre.\n\nGrazie,\nStefano Colombo",
        "none",
    ),
    (
        "Gentile dott. Marchetti,\n\nle mando il resoconto del diario che mi ha chiesto per la settimana.\n\nLunedì: giornata pesante al cantiere, sul tetto della scuola di Castel Maggiore con un vento da morire. Nessuna rabbia forte.\nMartedì: discussione con il geometra, ma ho usato la tecnica del conto fino a dieci. Ha funzionato a metà.\nMercoledì: partita di calcetto, abbiamo perso 7 a 2, ci hanno ammazzati. Ho riso, non ho litigato con nessuno.\nGiovedì: cena da mia madre, mio padre ha detto la solita frase «un giorno mi troverete morto su questo divano», che dice da vent'anni per farsi portare il caffè. Stavolta non mi sono arrabbiato.\nVenerdì e sabato: niente di particolare.\nDomenica: gita al lago d'Iseo con Federica.\n\nTotale: due momenti di rabbia su sette giorni, contro i cinque del mese scorso. Ci vediamo mercoledì alle 18.\n\nSaluti,\nAndrea Zanetti",
        "none",
    ),
    (
        "Buongiorno dottoressa Conti,\n\nle scrivo per una questione pratica sui farmaci, poi basta. Il 3 dicembre volo a Buenos Aires per il matrimonio di mia sorella, starò via tre settimane. Ho chiesto alla dottoressa Moretti la prescrizione per tutto il periodo e mi ha dato tre scatole intere di paroxetina, che porterò nel bagaglio a mano con il certificato in inglese e spagnolo.\n\nLa mia domanda è sul fuso orario: sono quattro ore indietro, le pillole le prendo alle 8 ora italiana. Devo spostarle subito alle 8 locali o gradualmente? La dottoressa Moretti è in ferie fino a lunedì e non voglio aspettare l'ultimo giorno.\n\nPer le sedute: propongo di fare quella del 10 in video alle 14 ora di Buenos Aires, se per lei va bene, e di saltare quella del 17 (c'è il matrimonio!).\n\nGrazie mille,\nFlorencia Ruiz",
        "none",
    ),
    (
        "Egregio dottore,\n\nsono Giuseppe Lo Presti, il papà di Nicolò. Le scrivo per aggiornarla, come ci aveva chiesto, sulla settimana di Nicolò dopo l'incontro a scuola.\n\nLa professoressa di storia ha assegnato una ricerca sui partigiani e Nicolò ha scelto un ragazzo di Caltanissetta che fu fucilato nel '44. Ha lavorato tre pomeriggi in biblioteca, ha letto le lettere di addio che il ragazzo scrisse alla madre e ce ne ha parlato a cena con una serietà che non gli conoscevo. Mia moglie all'inizio era un po' preoccupata per l'argomento, ma lui era solo appassionato e fiero.\n\nPer il resto: va a calcetto, è uscito sabato con gli amici, dorme e mangia come sempre. Il litigio con la sorella per la PlayStation continua, ma a un livello sopportabile.\n\nCi vediamo giovedì alle 17.\n\nCordialmente,\nGiuseppe Lo Presti",
        "none",
    ),
    (
        "Ciao dottoressa (posso ancora darle del tu per mail? in seduta me l'ha concesso),\n\nvolevo raccontarti la mia prima serata da stand-up comedian al locale di Bologna, il Bradipo. Il pezzo era tutto sulle figuracce: quella volta che a un colloquio ho detto «mi butto» e il selezionatore ha aperto la finestra, la nonna che voleva sparare al gatto del vicino con la pistola ad acqua, il mio ex che diceva «muoio» ogni volta che si tagliava con la carta.\n\nLa gente rideva! Un signore in prima fila diceva «basta, mi uccidi» e si asciugava le lacrime. Io tremavo come una foglia prima di salire, ma sul palco è sparito tutto. L'ansia è rimasta fuori dalla porta.\n\nSo che avevi dei dubbi sul farlo adesso, ma ne è valsa la pena. Giovedì ti racconto il resto.\n\nUn abbraccio,\nCamilla",
        "none",
    ),
    (
        "Gentile dottor Esposito,\n\nle scrivo come d'accordo per l'aggiornamento sulle terapie di mia madre Assunta, che lei segue da marzo.\n\nIl medico di base ha cambiato le gocce per dormire con una compressa, e il geriatra ha aggiunto una pillola per il cuore la mattina. Abbiamo comprato il portapillole settimanale e lo riempio io ogni domenica; lei ogni tanto ride e dice «con tutte 'ste pastiglie nun moro cchiù», ma le prende tutte regolarmente.\n\nC'è stato solo un episodio: giovedì la badante ha trovato la scatola intera del farmaco vecchio dimenticata nel mobile del bagno. L'abbiamo riportata in farmacia per lo smaltimento, così non c'è più confusione.\n\nMamma sta bene, è serena, il venerdì va al centro anziani a giocare a tombola. La accompagno io martedì alle 10.\n\nCordiali saluti,\nAnnalisa Esposito",
        "none",
    ),
    (
        "Buongiorno,\n\nsono Marco Pellegrini, tecnico della compagnia di teatro Il Carro. Le scrivo per due cose.\n\nLa prima: devo annullare la seduta di venerdì perché siamo in tournée a Ferrara e Rovigo con Macbeth. Faccio l'attrezzista, quindi tutta la settimana sono tra pugnali di legno, sangue finto (sciroppo di glucosio e colorante, ne facciamo tre litri a sera) e la testa mozzata di gommapiuma che ci ha già fatto perdere due treni perché il controllore voleva vederla.\n\nLa seconda: lei mi aveva chiesto di notare i momenti in cui mi sento sopraffatto dal lavoro. Sinceramente questa settimana no: è faticosa, dormo poco, ma sono contento. Il regista dice che la scena dell'assassinio del re non è mai venuta così bene.\n\nPossiamo fare lunedì 18 alle 19?\n\nGrazie,\nMarco Pellegrini",
        "none",
    ),
    (
        "Gentile dottoressa Rinaldi,\n\nle scrivo un po' più a lungo perché venerdì abbiamo chiuso il percorso di coppia e volevamo ringraziarla per iscritto, io e Tiziano.\n\nQuando siamo arrivati a febbraio eravamo convinti che fosse finita. Ricordo che alla prima seduta Tiziano disse «ormai è una guerra, uno dei due deve morire», e lei ci fece ridere chiedendoci chi avrebbe tenuto il cane. Da lì è cambiato qualcosa.\n\nOggi litighiamo ancora (sul lavaggio dei piatti, su sua madre), ma ci parliamo. Abbiamo anche deciso di vendere la casa di Cervia e comprarne una più piccola a Forlì, vicino ai miei. Abbiamo già salutato i vicini di Cervia con una cena d'addio in giardino.\n\nSe in futuro avremo bisogno, sappiamo dove trovarla. Grazie di tutto, davvero.\n\nElena e Tiziano Galli",
        "none",
    ),
    (
        "Buonasera dottoressa,\n\nvolevo raccontarle com'è andata la prima settimana di lavoro in Norvegia, sulla piattaforma. Faccio il sommozzatore per la manutenzione dei piloni: scendiamo a quaranta metri, con il freddo che ti ammazza anche con la muta stagna. Il primo giorno il capo squadra, un olandese enorme, mi ha detto che se sbaglio la decompressione «muoio due volte, la seconda per mano sua».\n\nNonostante le battute, mi sento bene. Dormo in una cabina con un ragazzo di Trapani, ci facciamo la pasta la domenica. Ho ancora un po' d'ansia quando squilla il telefono di notte, ma niente di paragonabile all'anno scorso.\n\nIl collegamento qui è pessimo, quindi propongo di fare le sedute ogni due settimane in video, il martedì alle 20 ora italiana, quando sono a terra. Mi dica lei.\n\nUn saluto dal Mare del Nord,\nDomenico",
        "none",
    ),
    (
        "Cara dottoressa,\n\nle scrivo dall'orto, con le mani ancora sporche di terra. Volevo dirle che oggi ho piantato l'ultimo filare di carciofi del nonno, quelli che lui chiamava «ammazzafame». Li ho presi dai suoi polloni, nel suo pezzo di terra a Sinnai che adesso è mio.\n\nL'anno scorso qui non riuscivo neanche a venire. Oggi sono stata tutto il giorno, ho parlato con il vicino, ho mangiato pane e formaggio sotto il fico. Mia madre ha portato le sue cose in regalo ai cugini (la zappa, gli attrezzi, il vecchio coltello da innesto) e ne abbiamo tenuto uno a testa.\n\nNon è tristezza, è una cosa più calma. Volevo dividerla con lei.\n\nA giovedì,\nMaria Grazia",
        "none",
    ),
    (
        "Gentile dottore,\n\nsono Chen Wei, studentessa del Politecnico. Scusi se il mio italiano non è perfetto.\n\nVolevo chiedere una cosa sulla lingua, perché mi confonde e mi fa ansia. Le mie compagne dicono sempre «muoio», «mi ammazzo», «mi sparo una serie», «mi butto dal ponte se non passo analisi». La prima settimana ho pensato che erano in pericolo e ho chiesto alla tutor di aiutarle! Lei ha riso e mi ha spiegato che sono modi di dire.\n\nAdesso capisco, però io sono una persona che prende le parole sul serio, e a volte non so quando è uno scherzo. Possiamo parlarne in seduta? Per me è anche una questione di sentirmi parte del gruppo.\n\nLa prossima settimana ho l'esame di Fisica, quindi preferisco giovedì alle 17 invece di martedì.\n\nGrazie,\nChen Wei",
        "none",
    ),
    (
        "Oggi mi sento giù, non so bene perché, forse il cielo grigio. Niente di grave e nessun pensiero di farmi del male, volevo solo scriverglielo. Ci vediamo giovedì. Agnese",
        "low",
    ),
    (
        "Le scrivo per tranquillizzarla: dopo la seduta di martedì non ho più avuto pensieri di farla finita e sto dormendo sette ore. Marco",
        "low",
    ),
    (
        "Non mi taglio da otto mesi e oggi ho buttato anche l'ultima lametta che tenevo nel cassetto della scrivania. Volevo che lo sapesse. Sofia",
        "low",
    ),
    (
        "La mia migliore amica Greta sabato ha preso troppe pastiglie, adesso è al Sant'Orsola e sta bene. Io sono scossa, possiamo parlarne giovedì? Irene",
        "low",
    ),
    (
        "Un ragazzo del mio reparto si è buttato dalla finestra del terzo piano un anno fa, oggi era l'anniversario e in corsia eravamo tutti strani. Io sto bene ma mi è tornato addosso. Chiara",
        "low",
    ),
    (
        "Quando avevo 16 anni mi tagliavo le braccia col rasoio di mio padre. Oggi in spiaggia una bambina mi ha chiesto delle cicatrici, le ho risposto tranquilla, ma volevo raccontarglielo. Nadia",
        "low",
    ),
    (
        "Ripensavo a quello che ci siamo detti martedì sui pensieri di morte di due anni fa. Mi ha fatto bene parlarne, anche se dopo ero svuotato. Teo",
        "low",
    ),
    (
        "Una domanda che mi gira in testa: se un giorno tornassi a pensare di buttarmi dal ponte come prima, chi dovrei chiamare di notte? Adesso sto bene, è solo per avere il numero. Ludovica",
        "low",
    ),
    (
        "Domenica i colleghi sono andati tutti alla festa di Sergio e io ero a casa a guardare le loro storie su Instagram. Mi sento molto sola in questo periodo. Serena",
        "low",
    ),
    (
        "Mi mancano da morire i miei a Lecce, qui a Torino non conosco nessuno. Stasera ho cenato da sola davanti alla tv. Possiamo sentirci cinque minuti domani? Federica",
        "low",
    ),
    (
        "Mio fratello ieri a cena ha detto «prima o poi mi ammazzo» e poi ha riso, ma io non ho chiuso occhio. Devo dirlo a qualcuno? Lei cosa farebbe? Elisa",
        "low",
    ),
    (
        "Sono stanca morta e anche un po' triste, oggi sarebbe stato il compleanno di mia madre. Vado a letto presto. Grazie di esserci, Bruna",
        "low",
    ),
    (
        "Oggi il nonno in ospedale ha detto al medico che vuole morire, che è stanco di tutto. Ha 94 anni. Io sono a pezzi, possiamo sentirci? Simona",
        "low",
    ),
    (
        "Un mio amico di Bari stasera mi ha mandato la foto di una scatola di pillole con scritto «le prendo tutte». Ho chiamato il 112 e sua madre, adesso è al pronto soccorso ed è vivo. Sono ancora scosso, posso chiamarla domattina? Davide",
        "low",
    ),
    (
        "Lavoro in psichiatria, stanotte un paziente ha provato a impiccarsi col lenzuolo e l'abbiamo preso in tempo. Io sto bene ma non riesco a togliermelo dalla testa. Ne parliamo giovedì? Marta",
        "low",
    ),
    (
        "Buongiorno dottoressa, Matilde questa settimana è triste, dice che a scuola nessuno la invita mai. Le ho chiesto se ha mai pensato di farsi del male e mi ha detto di no, con calma. La porto giovedì. Anna, mamma di Matilde",
        "low",
    ),
    (
        "Ho sognato il funerale di mio padre e mi sono svegliato piangendo. Lui sta benissimo, è in Sila a funghi. Però oggi sono malinconico. Giacomo",
        "low",
    ),
    (
        "Ieri nel film il protagonista diceva addio alla figlia sul binario e io ho pianto per un'ora. Mi sono sentita tanto sola, dopo. Laura P.",
        "low",
    ),
    (
        "Non ho nessuna intenzione di farmi del male, glielo scrivo prima che me lo chieda: sono solo triste per la fine con Paolo. Ci vediamo lunedì. Cecilia",
        "low",
    ),
    (
        "dottoressa ho litigato con la mia migliore amica e mi sento uno schifo 😔 non è che voglio morire eh, solo che fa male. giovedì ne parliamo. Emma",
        "low",
    ),
    (
        "Un anno fa a quest'ora ero in reparto dopo le pastiglie. Oggi ho fatto una torta per festeggiare che sono ancora qui. Un po' di malinconia però c'è. Grazie. Giorgia",
        "low",
    ),
    (
        "Il figlio di una collega si è tolto la vita la settimana scorsa, oggi c'era il funerale e c'era tutto l'ufficio. Non lo conoscevo ma mi sento svuotata. Francesca",
        "low",
    ),
    (
        "Sono Luca, il compagno di Alice. Stasera è triste, ha pianto dopo la telefonata con la madre, ma mi ha detto chiaramente che non pensa di farsi del male. Le scrivo solo per informarla, come concordato. Luca",
        "low",
    ),
    (
        "Pepe è morto ieri dopo 14 anni, l'abbiamo salutato dal veterinario. La casa è vuota senza di lui. Posso chiederle una telefonata breve? Rosa",
        "low",
    ),
    (
        "Primo Natale a Londra da sola: i colleghi sono partiti tutti e ho mangiato tortellini surgelati guardando Napoli-Juve in streaming. Mi sento un po' sola, volevo scriverle. Martina",
        "low",
    ),
    (
        "Quella frase del libro, «ognuno muore da solo», mi è rimasta addosso tutto il giorno. Non sto male, però mi sento sola. Ada",
        "low",
    ),
    (
        "Mia cugina ha scritto su Instagram che vuole sparire per sempre e poi ha cancellato il post. Ho avvisato i suoi genitori, ma sono preoccupatissima. Ne possiamo parlare? Noemi",
        "low",
    ),
    (
        "Gentile dottor Fabbri,\n\nle scrivo per chiederle un parere su una cosa di lavoro che mi ha un po' scosso, anche se sto bene.\n\nFaccio la cassiera in una farmacia di Mestre. Ieri un signore anziano voleva comprare una scatola intera di sonniferi senza ricetta e alla mia risposta ha detto «allora mi butto sotto il treno, tanto a chi importa». Ho chiamato la titolare, che lo conosce: è un cliente abituale, dice sempre così e poi ride, ha la figlia che lo segue e la titolare l'ha chiamata comunque, per scrupolo.\n\nIo però mi sono chiesta cosa si dovrebbe fare in questi casi, e vorrei avere delle indicazioni pratiche. Possiamo dedicarci dieci minuti giovedì?\n\nGrazie,\nMonica Bertoldo",
        "low",
    ),
    (
        "Caro dottore,\n\nsono passati due anni dal ricovero e oggi, riordinando l'armadio, ho trovato la lettera che avevo scritto quella notte per mia madre e mia sorella, la lettera d'addio. Non l'avevo mai buttata.\n\nL'ho riletta seduta sul pavimento. Mi ha fatto impressione quanto fosse lontana da me adesso: la ragazza che l'ha scritta non vedeva altro che il ponte di corso Francia, io oggi ho un lavoro, una casa in affitto con Giada, il gruppo di arrampicata del giovedì. Non ho pensieri di morte, glielo scrivo chiaramente perché so che è la prima cosa che si chiederà.\n\nPerò mi è venuta una grande tristezza, per lei, per quella ragazza. Ho deciso di portarle la lettera in seduta martedì e di bruciarla insieme, se le sembra una buona idea.\n\nUn saluto,\nSilvia",
        "low",
    ),
    (
        "Gentile dottoressa,\n\nle scrivo perché mi sento solo da quando mi sono trasferito a Trento per il lavoro in ospedale. Faccio il tecnico di radiologia, i colleghi sono gentili ma dopo il turno ognuno va a casa sua, e io mi ritrovo in un monolocale a guardare le partite del Bari da solo.\n\nLa settimana scorsa un paziente anziano, mentre lo preparavo per la TAC, mi ha detto «tanto io fra poco muoio, figliolo, almeno tu parla con qualcuno». Mi ha fatto sorridere, ma mi è rimasta in testa. Forse ha ragione lui.\n\nNon sto male come l'anno scorso, non resto a letto, vado al lavoro e mangio. È solo questa solitudine la sera. Possiamo parlarne nella prossima seduta in video?\n\nGrazie,\nVito",
        "low",
    ),
    (
        "Non ce la faccio più con questo lavoro, il capo mi urla contro ogni giorno e a casa non dormo. Non è che voglio morire, ma sono allo stremo. Possiamo vederci prima di giovedì? Giulia",
        "moderate",
    ),
    (
        "Oggi non sono uscita di casa, sono rimasta a letto tutto il giorno con le tapparelle giù. Nessun pensiero di farla finita, solo vuoto. Chiara B.",
        "moderate",
    ),
    (
        "Ieri sera mi sono bevuto mezza bottiglia di grappa per non pensare alla separazione, e stasera uguale. Non voglio ammazzarmi, voglio solo smettere di pensare. Renato",
        "moderate",
    ),
    (
        "Sono sul treno per Milano e mi è partito un attacco di panico fortissimo, mi sembra di morire, non riesco a respirare. Sono sceso a Piacenza, sono sulla banchina. Mi può chiamare? Alessio",
        "moderate",
    ),
    (
        "Non ce la faccio più, dottore. Mio figlio non mi parla, mia moglie se n'è andata e io non vedo una via d'uscita. Non faccio gesti stupidi, l'ho promesso a mia figlia. Mario",
        "moderate",
    ),
    (
        "Buonasera, sono la mamma di Tommaso. Da tre giorni non va a scuola e resta chiuso in camera, dice che tanto non cambierà mai niente. Gli ho chiesto se pensa di farsi del male e ha detto di no. Possiamo anticipare? Elena",
        "moderate",
    ),
    (
        "Sono a letto da domenica, non rispondo a nessuno. Mi sento morta dentro. Non è che voglio morire, è che non sento più niente. Daniela",
        "moderate",
    ),
    (
        "Stanotte è la notte dell'anniversario di papà, ogni anno mi ubriaco per non pensarci e quest'anno ho già cominciato. Non farò niente di stupido, volevo solo dirlo a qualcuno. Gianni",
        "moderate",
    ),
    (
        "Mia madre con l'Alzheimer stanotte ha urlato fino alle 4. Non ce la faccio più, dottoressa, davvero. Non la lascerei mai, ma sono finita. Rita",
        "moderate",
    ),
    (
        "Ho perso il lavoro e adesso rischio la casa. È finita, non c'è niente da fare. Non sto pensando di uccidermi, glielo dico subito, ma non vedo più un futuro. Alberto",
        "moderate",
    ),
    (
        "Da quando Sara se n'è andata bevo tutte le sere da solo, ieri tre birre e mezza bottiglia di vino. Muoio dalla vergogna a scriverglielo. Ernesto",
        "moderate",
    ),
    (
        "Attacco di panico in metro a Termini, pensavo di morire, il cuore a mille, ho dovuto uscire e sedermi sulle scale. Adesso sono a casa ma ho il terrore che ricapiti, non riesco a calmarmi. Possiamo vederci prima di giovedì? Veronica",
        "moderate",
    ),
    (
        "Non esco dalla stanza dello studentato da tre giorni, ho saltato l'esame e mangio solo crackers. Non mi sto facendo del male, tranquilla, ma sono bloccata. Yasmin",
        "moderate",
    ),
    (
        "Tanto non cambierà mai niente. Mia sorella mi dice «ammazzati di lavoro, così non ci pensi», e io lo faccio, ma la sera crollo e piango. Clara",
        "moderate",
    ),
    (
        "Il prof ci ha ammazzato con la verifica, ho preso 3. Ma che senso ha studiare se poi va sempre così? Non ce la faccio più con la scuola. Luca T.",
        "moderate",
    ),
    (
        "Faccio il macellaio da trent'anni e adesso la mano mi trema, ho paura di tagliarmi col coltello. La mattina bevo un bicchierino di troppo per calmarla. Lo dico solo a lei. Franco",
        "moderate",
    ),
    (
        "Buonasera dottoressa Sala,\n\nsono Paolo, il marito di Irene. Le scrivo perché mi aveva detto di farlo se la vedevo peggiorare, e purtroppo succede.\n\nDa venerdì Irene non si alza dal letto, se non per andare in bagno. Non mangia quasi niente, ha spento il telefono e non ha voluto vedere neanche sua sorella che era venuta da Padova. Quando le ho chiesto se stesse pensando di farsi del male mi ha detto di no e mi ha guardato negli occhi, e le credo. Però dice che non ce la fa più, che tanto non cambierà niente, e io non so cosa fare.\n\nHo tolto comunque le sue medicine dal comodino e le tengo io, come lei mi aveva suggerito a settembre, e gliele do la sera una alla volta.\n\nLe chiedo se può chiamarla o anticipare la seduta di giovedì.\n\nGrazie,\nPaolo Venturi\n347 1122334",
        "moderate",
    ),
    (
        "Dottore,\n\nle scrivo di notte perché non riesco a dormire. Ho chiuso il ristorante di Fiumicino dopo diciotto anni, oggi ho firmato con il curatore. Ho salutato i ragazzi della cucina uno per uno, Ahmed piangeva.\n\nNon ce la faccio più. Stasera ho bevuto da solo nel locale vuoto, mezza bottiglia di amaro, e poi sono tornato a casa in macchina, cosa che non dovevo fare. Non penso di ammazzarmi, sia chiaro, ho due nipoti e mia moglie. Ma mi sembra che la mia vita sia finita con quelle chiavi consegnate.\n\nNon so cosa farò domani, né dopodomani. Possiamo vederci questa settimana?\n\nSergio",
        "moderate",
    ),
    (
        "Gentile dottoressa Ferraro,\n\nle scrivo come mamma di Greta, che lei segue da ottobre. Greta mi ha dato il permesso di scriverle.\n\nDa lunedì non va a scuola. Dice che in classe tutti la guardano per quel video della gita che è girato sulle chat, e che ormai è finita, che non potrà mai più tornare al liceo. Sta in camera con le cuffie, mangia pochissimo, la sera piange. Le ho chiesto con calma se ha mai pensato di farsi del male e ha detto di no, che vuole solo sparire da quella scuola; le ho creduto, ma la teniamo d'occhio.\n\nHo parlato con la coordinatrice di classe, che sta già seguendo la cosa con la preside e la polizia postale.\n\nPossiamo anticipare la seduta? Anche in video, se è più facile.\n\nGrazie infinite,\nMarina Testa",
        "moderate",
    ),
    (
        "Buongiorno dottore,\n\nle scrivo dopo due settimane di silenzio, mi scusi. Al lavoro stanno licenziando metà reparto e io faccio dodici ore al giorno per non finire nella lista. Mi ammazzo di lavoro, letteralmente torno a casa alle dieci e crollo.\n\nIl problema è che la notte ho attacchi di panico sempre più forti: mi sveglio alle tre con il cuore che batte all'impazzata, sono convinta di morire, devo aprire la finestra e respirare per mezz'ora prima di calmarmi. Ieri è successo anche in ufficio, in bagno. Ho paura che mi succeda davanti a tutti.\n\nNon ho pensieri di farla finita, ma non riesco più a gestirla da sola. Possiamo vederci prima del 12?\n\nGrazie,\nLaura Bonetti",
        "moderate",
    ),
]
