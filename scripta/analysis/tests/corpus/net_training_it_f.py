"""Training-only messages for the learned risk net (bench/train_risk_net.py), author F.

Italian (regional, dialect, non-native, SMS style): reports by parents, partners, flatmates, teachers and carers,
preparations told as everyday life beside their harmless twins (holiday, move, job left), meaning split over sentences.

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Ho letto un articolo sull'aumento dei suicidi tra i giovani in Italia. Da insegnante mi ha colpito come dato. Possiamo parlarne anche per il mio lavoro in classe? Monica",
        "none",
    ),
    (
        "Buongiorno, sono Elena Bassi. Devo spostare l'appuntamento di martedì, ho il trasloco. Ho già regalato mezzo armadio, mi sento rinata! Va bene giovedì?",
        "none",
    ),
    (
        "Dottoressa, ho fatto la presentazione al convegno: ero morta di paura ma è andata benissimo! Grazie per gli esercizi di respirazione. Lorena",
        "none",
    ),
    ("La notte penso a come farlo. Non quando, come. Mi spaventa quanto ci penso.", "high"),
    ("Se domani non mi svegliassi non sarebbe una tragedia. Per me sarebbe un sollievo.", "high"),
    (
        "Non ce la faccio più. Il lavoro, mia madre malata, i bambini. Non so più da che parte girarmi.",
        "moderate",
    ),
    (
        "I film comici di solito mi fanno morire dal ridere, stasera invece piangevo e basta. Sono giorni che non ce la faccio più a fingere.",
        "moderate",
    ),
    ("Stasera la chiudo con Marco, ho deciso. Ne parliamo giovedì ma sono serena. Vale", "none"),
    ("Dottò, è 'na strage 'sto traffico sul raccordo, arrivo tardi. Cinque minuti. Ciro", "none"),
    (
        "Dottore io sono la moglie di Arben. Lui ha comprato corda ieri e ha nascosta in garage, io trovata adesso. Lui dice per lavoro ma non lavora più da tre mesi, e ieri sera ha detto a me «presto tu sei libera da me». Aiuto per favore",
        "imminent",
    ),
    (
        "Duttù, stasira mi nni vaju a la scogghiera di Capo Zafferano. Ci pinsai assai, è giustu accussì. Salutatimi a tutti.",
        "imminent",
    ),
    (
        "Ieri non mi sono tagliata, e neanche l'altro ieri. Sono una settimana pulita. Un po' giù, ma fiera.",
        "low",
    ),
    (
        "Ho chiuso tutto: disdetto la palestra, restituito le chiavi dell'ufficio, pagato l'affitto di dicembre. Domenica scendo al lago e non risalgo. Non mi dica niente, voglio solo che qualcuno lo sappia.",
        "imminent",
    ),
    (
        "Sono la prof.ssa Rinaldi, insegno italiano a Nicolò (3B), la famiglia mi ha dato il suo numero. Ha consegnato un tema che è una lettera d'addio ai compagni: scrive che venerdì, dopo la gita, «non tornerà a casa». L'ho trattenuto in sala docenti, i genitori non rispondono. Ci può chiamare subito?",
        "imminent",
    ),
    ("Stanotte ho sognato di cadere e mi sono svegliata delusa di essere ancora qui.", "high"),
    (
        "Non passo più le giornate a letto, però la tristezza c'è ancora, soprattutto la mattina.",
        "low",
    ),
    (
        "Buna sera dottoressa, sono Mirela, badante di signor Franco. Lui ha preso di nascosto tutte pillole per il cuore della settimana, io trovato scatola vuota nel cestino. Adesso dorme e respira piano piano. Ho chiamato ambulanza, lei avvisa la figlia?",
        "imminent",
    ),
    (
        "Buongiorno, sono Lucia, la badante del signor Elio. Oggi ha detto «pregate che il Signore mi porti via presto, tanto non servo più a niente». Lo ripete ormai ogni giorno e mangia pochissimo. Volevo dirlo a lei.",
        "high",
    ),
    ("non voglio morire. voglio solo non esserci. non so se è diverso.", "high"),
    (
        "Dottoressa sono la sorella di Luana. Luana ha appena postato una foto del ponte di Ariccia con scritto «ci vediamo dall'altra parte». Noi siamo a Napoli, lei è sola. Cosa facciamo?",
        "imminent",
    ),
    (
        "Buongiorno, sono la maestra Anna della primaria di Pietro. I genitori mi hanno chiesto di mandarle il calendario delle verifiche, glielo allego. Cordiali saluti.",
        "none",
    ),
    (
        "Quel pensiero là è tornato. Quello di cui non riesco a parlare neanche da lei. Quello di farla finita.",
        "high",
    ),
    (
        "Tengo il taglierino nel portamonete. Non lo uso da domenica, ma lo tengo lì e la voglia c'è tutti i giorni.",
        "high",
    ),
    (
        "La nonna di Matteo, il mio ragazzo, si è uccisa l'anno scorso. Oggi era l'anniversario e lui stava malissimo. Io non so come stargli vicino.",
        "low",
    ),
    (
        "Non ho più speranze per questa relazione e nemmeno per me. È tutto grigio e resterà così.",
        "moderate",
    ),
    (
        "Mi sono tagliata e non si ferma, è più profondo delle altre volte, la garza è già zuppa. Devo andare al pronto soccorso? ho paura",
        "imminent",
    ),
    (
        "Uè dottò, stasera vado sul molo di San Cataldo e me mener a mare, tanto nun m'aspetta nisciuno. Ve vulev sul salutà.",
        "imminent",
    ),
    (
        "Ciao, ti confermo che prendo la pastiglia come prescritto, una la sera. Dormo molto meglio. Luca",
        "none",
    ),
    (
        "Buongiorno dottore, sono Vittorio. Ho la data della laurea! 14 marzo. Ho già scritto il discorso di ringraziamento e lei è tra i ringraziati 😊",
        "none",
    ),
    (
        "Ho finito il libro che mi ha consigliato. C'è una frase, «ognuno a un certo punto deve lasciar andare qualcosa», che ho sottolineato pensando a mia figlia che va a studiare a Torino. Irene",
        "none",
    ),
    (
        "Prima pensavo spesso di non voler più vivere. Adesso no, da qualche mese. Ma certi giorni sono ancora malinconica.",
        "low",
    ),
    (
        "mi scusi se scrivo a quest ora. ho preso tutto il blister di xanax e anche un po di quelle di mia madre. mi gira tutto",
        "imminent",
    ),
    (
        "Oggi in autostrada ho pensato di lasciare andare il volante. Non l'ho fatto. Sono arrivata a casa e ho pianto un'ora.",
        "high",
    ),
    (
        "Ti ringrazio per tutto quello che hai fatto per me. Sei stata l'unica. Ho deciso, martedì non aspettarmi, né quello dopo.",
        "imminent",
    ),
    (
        "nn esco da 4 gg. nn rispondo a nessuno. nn è successo niente di particolare, è solo che nn ce la faccio",
        "moderate",
    ),
    (
        "Buonasera dottoressa, sono la mamma di Alessio. Ieri sera ha detto a suo padre che vorrebbe non essere mai nato e che pensa spesso di morire. Non ha fatto niente, ma siamo preoccupati. Possiamo anticipare la seduta?",
        "high",
    ),
    (
        "Elisa ha regalato tutti i peluche alla cuginetta, dice che ormai è grande (ha 12 anni!). Mi fa ridere e un po' commuovere. La pagella comunque è ottima. Paola",
        "none",
    ),
    (
        "Sono andata a vedere il Ponte dei Sospiri coi bambini, che turisti! Le porto dei baicoli. Giovanna",
        "none",
    ),
    (
        "Sabato gara di arrampicata! Ho ricontrollato la corda e i nodi tre volte 😂 Quindi niente seduta, possiamo spostare? Pietro",
        "none",
    ),
    (
        "scusa dottoressa pensavo di scrivere a Giorgia. cmq io oggi mi sn fatta male di nuovo, sul fianco così nn si vede. nn dirlo a mamma x favore",
        "high",
    ),
    (
        "Sto impazzendo con la dichiarazione dei redditi. Mi servono le ricevute delle sedute del 2025, me le può rimandare? Grazie, Paolo Riva",
        "none",
    ),
    (
        "nn preoccuparti x il pagamento, ho lasciato i soldi delle sedute a mia madre in una busta col tuo nome. la prossima settimana nn ci sarò più. ho deciso.",
        "imminent",
    ),
    (
        "Buongiorno, sono Bogdan, papà di Ilinca. Scusate mio italiano. Ilinca ha febbre, domani non viene a seduta. Quando possiamo recuperare? Grazie",
        "none",
    ),
    (
        "Se dovessi sentirmi di nuovo come a marzo, quella volta delle pastiglie, posso venire anche senza appuntamento?",
        "low",
    ),
    (
        "Il veterinario dice che il nostro vecchio Birillo va addormentato, è troppo malato. Sono triste, ma è la cosa giusta per lui. Ne parliamo lunedì.",
        "low",
    ),
    (
        "Sono Rosa, l'assistente domiciliare della signora Gemma. Mi ha fatto promettere di dare il canarino a sua nipote «quando non ci sarò, cioè giovedì». Ha messo da parte tutte le pastiglie della pressione in una scatola di biscotti. La prego di chiamarmi.",
        "imminent",
    ),
    (
        "Mi immagino spesso il mio funerale. Chi viene, chi piange. E provo sollievo. È normale?",
        "high",
    ),
    (
        "Ho preso metà dose come mi avete detto e gli effetti collaterali sono spariti. Tutto bene. Carla",
        "none",
    ),
    (
        "Ciao, sono Marta, la coinquilina di Bea, mi ha dato lei il suo numero per le emergenze. Non so se lo è: stasera Bea mi ha detto che pensa spesso a uccidersi, poi ha riso e ha cambiato discorso. Ha anche delle bruciature nuove sul braccio.",
        "high",
    ),
    (
        "Sono Sara, la compagna di Michele. Dopo il licenziamento ripete spesso «sarebbe meglio se non ci fossi». Stamattina l'ha detto davanti ai bambini. Non ha mai fatto gesti, ma vorrei capire come aiutarlo.",
        "high",
    ),
    (
        "Me so' tajata troppo fonda sur braccio e nun se ferma er sangue, ho messo n'asciugamano ma è tutto rosso, che faccio",
        "imminent",
    ),
    (
        "cmq nn riesco a smettere di pensare a come sarebbe morire. nn ho fatto niente eh. ci penso e basta, tutto il giorno.",
        "high",
    ),
    (
        "Le ho tenuto il mio ultimo messaggio. Stasera non torno a casa, ho la macchina piena di pastiglie e una bottiglia di vodka. Addio.",
        "imminent",
    ),
    (
        "Domani mi alzo presto e vado al ponte della Becca. Ho già scelto il punto. Non provi a chiamarmi.",
        "imminent",
    ),
    (
        "Mia figlia Aurora ha preso 9 nel tema! Proprio quello su Leopardi, «e il naufragar m'è dolce in questo mare». Era emozionatissima. Marina",
        "none",
    ),
    (
        "Salve, sono Kevin, vivo con Andrea che credo sia suo paziente. Stanotte l'ho trovato sul balcone seduto sulla ringhiera, siamo al quinto piano. L'ho tirato dentro, ora dorme, ma prima ha detto «la prossima volta non mi vedi». Non so con chi parlare.",
        "imminent",
    ),
    (
        "Ho lasciato le password del wifi e del gestionale alla collega, così in ferie non mi chiamano. Finalmente Sardegna! Ci vediamo al rientro. Marta",
        "none",
    ),
    (
        "Quando avevo 16 anni mi tagliavo, lo sa. Oggi in treno ho visto una ragazza con le cicatrici sul braccio e mi è tornato tutto in mente. Sto bene, solo un po' scossa.",
        "low",
    ),
    (
        "La canzone che mi ha fatto sentire mia sorella fa «vorrei morire tra le tue braccia». Non c'entra niente, ma l'ho canticchiata tutto il giorno ahah. A martedì, Denise",
        "none",
    ),
    (
        "Ogni mattina mi dico oggi va meglio e ogni sera mi ritrovo uguale. Non cambierà niente, ormai l'ho capito.",
        "moderate",
    ),
    (
        "Sono Stefano, il fratello di Paolo. Mi ha chiesto di avvisarla che oggi è bloccato al lavoro e non riesce a venire. Si scusa, la richiama lui per fissare.",
        "none",
    ),
    (
        "Mio figlio muore dalla voglia di raccontarle del campo scout. Sabato può venire con lo zaino? Subito dopo partiamo. Claudia (mamma di Edo)",
        "none",
    ),
    ("Non voglio più vivere così. Anzi, non voglio più vivere e basta.", "high"),
    (
        "Stasera a cena ho salutato tutti come se niente fosse. Poi ho preso le pastiglie che tenevo nella scatola delle scarpe. Adesso sono sul letto e mi sento leggera.",
        "imminent",
    ),
    ("sono sul tetto del mio palazzo. è alto abbastanza. nn so nemmeno xke ti scrivo", "imminent"),
    ("Ho paura di ricadere, ma adesso non sto male. Ho solo bisogno di sentire che ci sei.", "low"),
    (
        "Ho già bevuto mezza bottiglia di whisky e ho le lamette qui davanti. Questa volta non mi fermo a metà.",
        "imminent",
    ),
    (
        "Quello di cui abbiamo parlato martedì, i pensieri di morte dell'anno scorso: ci ho ripensato e mi ha fatto bene parlarne. Adesso non ci sono.",
        "low",
    ),
    (
        "Mi butto! Ho mandato il curriculum alla Ferrero. Incrociamo le dita 🤞 Ci vediamo martedì, Chiara",
        "none",
    ),
    ("Mi sento giù da quando è finita con Paolo. Niente di grave, ma mi manca tanto.", "low"),
    (
        "Possiamo sentirci prima di giovedì? Non è niente di grave, ho bisogno di parlare un po'.",
        "low",
    ),
    (
        "Ho preso le 20 gocce come dice lo psichiatra. Poi altre 20. Poi tutta la boccetta. Adesso sono calma, finalmente.",
        "imminent",
    ),
    (
        "Mi brucio con l'accendino quando nessuno mi vede. Ieri di nuovo. Mi calma e mi fa schifo insieme.",
        "high",
    ),
    ("Mi sono ubriacato anche ieri. Non per festa. Per non sentire niente.", "moderate"),
    (
        "Dottora, perdone mi italiano. Io penso sempre di morire, ogni notte. No voglio fare niente, ma il pensiero sta qui, non va via.",
        "high",
    ),
    (
        "Buongiorno, sono la maestra di sostegno di Lorenzo (12 anni), la mamma mi ha autorizzata a scriverle. Oggi all'intervallo Lorenzo ha detto a un compagno che vuole buttarsi dalla finestra della classe, «così finisce tutto». Adesso è tranquillo, ma volevo avvisarla.",
        "high",
    ),
    (
        "Sono la mamma di Davide. Oggi gita alle scogliere di Polignano, è tornato entusiasta e ha fatto amicizia con due compagni. Volevo solo dirglielo. Roberta Conti",
        "none",
    ),
    (
        "Ho dato via quasi tutti i vestiti e i libri. Non so spiegare bene perché. Mi sembrava che non mi sarebbero più serviti.",
        "high",
    ),
    (
        "Ho aspettato che finisse la scuola di Gabri per non rovinargli l'anno. Ora è finita. Il flacone è pieno, sul comodino, e stasera sono sola.",
        "imminent",
    ),
    (
        "Ho saltato il lavoro tutta la settimana, ho detto che avevo la febbre. La febbre non ce l'avevo.",
        "moderate",
    ),
    (
        "Dottò, i' nun ce 'a faccio cchiù e penzo sempe 'e murì. Nun è 'na cosa ca faccio, è 'na cosa ca penzo, ma 'a penzo assaje.",
        "high",
    ),
    (
        "Ho letto che chi ha avuto pensieri suicidi può riaverli. Se mi succede, lei mi richiama anche se non è il mio giorno?",
        "low",
    ),
    (
        "Buongiorno dottora, sono Marisol, io curo nonna Lidia. Oggi lei ha dato a me il suo rosario e anello e ha detto «dopo domenica io non serve più». Lei nasconde pillole nella scatola di farina, tante tante. Per favore chiama me, io paura.",
        "imminent",
    ),
    (
        "Salam dottore. Sono Youssef. Oggi io ha scritto lettera per mia madre in Marocco e mandato tutti soldi che ho. Domani mattina vado al ponte sopra la ferrovia. Io troppo stanco. Grazie per aiuto.",
        "imminent",
    ),
    (
        "Dottoressa, ho visto «Tredici» con mia figlia come mi aveva suggerito, per poterne parlare insieme. Ne abbiamo parlato tanto, è stato utile. Laura, mamma di Greta",
        "none",
    ),
    (
        "Abbiamo deciso, vendiamo la casa al mare. Ho detto addio a quella terrazza, un po' di nostalgia ma è giusto così. Renato",
        "none",
    ),
    (
        "Oggi a storia parlavano della rupe Tarpea, di quelli che buttavano giù. E io pensavo solo che vorrei buttarmi anch'io, da qualche parte, e smettere.",
        "high",
    ),
    (
        "Dzień dobry, sono Agnieszka. Domani devo andare al pronto soccorso con mio figlio per braccio rotto, calcio. Non posso venire alle 16. Scusi!",
        "none",
    ),
    (
        "Sono il papà di Diego, 16 anni. Da una settimana esce solo per fumare con gli amici e torna fatto tutte le sere. Dice che altrimenti non sopporta niente. Possiamo parlarne?",
        "moderate",
    ),
    (
        "Ho fatto una scorpacciata di pastiera a Pasqua, sto scoppiando. Volevo dirle che la settimana è andata bene. Gennaro",
        "none",
    ),
    (
        "Oggi mi sono scompisciato dal ridere col nonno, mi ha raccontato di quando faceva il militare a Pordenone. Gli voglio un bene dell'anima. Samuele",
        "none",
    ),
    (
        "Leggevo di quelli che spariscono nel nulla e ho pensato che vorrei essere uno di loro. Ma non per rifarmi una vita da un'altra parte. Per non esserci proprio.",
        "high",
    ),
    (
        "Ho preparato tutte le pastiglie della settimana nel portapillole, così in vacanza non mi confondo 💊 Domani si parte per Ischia! Bea",
        "none",
    ),
    (
        "Dottoressa, scuzati, sono Daniela. Io ultimamente penso che se io muoio nessuno se ne accorge. Anche voglio morire, a volte. Non faccio niente, vado a lavoro, però questo pensiero.",
        "high",
    ),
    (
        "Buongiorno, sono il papà di Matilde. Stamattina ha lasciato a sua sorella il diario, le cuffie e il criceto con un biglietto «trattalo bene tu da adesso». Ora non si trova e ha il telefono spento. Ieri sera aveva cercato gli orari dei treni merci che passano dietro casa. La prego, è urgente.",
        "imminent",
    ),
    (
        "Sono Chiara, vivo con Roberta che è in terapia da lei. Non voglio impicciarmi, ma da quando è tornata dai suoi beve da sola tutte le sere fino a crollare sul divano. Dice che le serve per dormire.",
        "moderate",
    ),
    (
        "Mio figlio Kevin, 14 anni, è suo paziente da settembre. Nello zaino ho trovato un foglio con scritto «voglio morire» tante volte, una riga dopo l'altra. Lui dice che è un esercizio di scrittura. Io non ci credo.",
        "high",
    ),
    (
        "Ho messo da parte i soldi per il Giappone. Data fissata: 2 aprile, sola andata per Tokyo e ritorno da Osaka. Finalmente! Davide",
        "none",
    ),
    (
        "Sono un peso. Ho sentito mio padre al telefono che parlava di quanto gli costo. Per lui sarebbe più facile se sparissi, e non intendo andare a vivere da un'altra parte.",
        "high",
    ),
    (
        "Sono crollata. Ho annullato tutto, spento il telefono, sono due giorni che sto al buio in camera.",
        "moderate",
    ),
    (
        "Nun ce 'a faccio cchiù, dottò. Stongo sempe dint'o lietto, nun tengo 'a forza 'e fa' niente.",
        "moderate",
    ),
    (
        "Ho messo via le pastiglie di mia madre, quelle forti, in una scatola. Non so perché. Non ne ho prese e non ho un giorno. Ma le ho messe via.",
        "high",
    ),
    (
        "Sono la prof.ssa Neri, coordinatrice di Emma. Oggi Emma è venuta da me in lacrime perché una compagna (che non è in terapia da lei) ha scritto sui social che vuole morire. Emma è molto scossa, i genitori mi hanno chiesto di informarla.",
        "low",
    ),
    ("Volevo dirle che ieri mi sono tagliata. Una volta sola. Oggi va un po' meglio.", "high"),
    (
        "Vorrei addormentarmi e non svegliarmi più. Non è un piano, è un desiderio che c'è sempre, sotto a tutto.",
        "high",
    ),
    (
        "Ho rifatto il letto, dato l'acqua alle piante, mandato a tutti un messaggio carino. Tra poco prendo le pastiglie. Volevo che l'ultima cosa fosse in ordine.",
        "imminent",
    ),
    ("Mi hanno ucciso con quell'esame di diritto privato, ma passato con 27!!! 🥳 Marco", "none"),
    (
        "Mi capita di desiderare una malattia, una di quelle che non lasciano scelta. Così nessuno potrebbe dire che mi sono arresa.",
        "high",
    ),
    (
        "La nonna ha compiuto 90 anni e ha detto «ormai sono pronta ad andarmene, ma prima voglio vedere il bisnipote». Ha riso tutto il pranzo, che forza. Barbara",
        "none",
    ),
    (
        "Mi scusi, ultimamente le scrivo tanto e non voglio essere un peso. Ci vediamo giovedì come sempre. Carlo",
        "none",
    ),
    (
        "Ho contato le pastiglie. 40. Le tengo nel cassetto del comodino da due settimane. Stasera è la sera giusta.",
        "imminent",
    ),
    (
        "Sono ripassato sul ponte della Ghisolfa. Mi sono fermato a guardare giù più del solito, a calcolare. Non è successo niente, ma ci penso.",
        "high",
    ),
    (
        "La pianta che mi ha regalato è morta, scusi 😅 non sono portata. In compenso io sto bene! Ale",
        "none",
    ),
    (
        "Ieri camminata sul Ponte Vecchio di Bassano con mia sorella, panorama bellissimo sul Brenta. Mi ha fatto bene uscire. A martedì, Giulio",
        "none",
    ),
    (
        "Mi dicono tutti che ho tanto per cui vivere. Io non lo sento. Sento solo che vorrei smettere di esistere.",
        "high",
    ),
    (
        "Me taio de novo, dotora. Do volte sta setimana. No xe gnente de grave ma no riesso a fermarme.",
        "high",
    ),
    (
        "Sono fuori dalla finestra del bagno, quarto piano. Sto tremando. Non so perché ti scrivo, volevo dirti che mi dispiace per tutto.",
        "imminent",
    ),
    (
        "Ieri al cineforum davano «Il giardino delle vergini suicide», bella discussione dopo. Confermo il 12. Alessandra",
        "none",
    ),
    (
        "Domanda di mia figlia (13 anni) dopo la lezione sui kamikaze giapponesi: perché uno sceglieva di morire per l'imperatore? Le ho detto di chiederlo a lei giovedì 😊 Federica, mamma di Bianca",
        "none",
    ),
    (
        "Sentirmi un peso mi sta consumando. Ho pensato che se sparissi mia madre potrebbe finalmente riposare. Non lo farei, ma lo penso.",
        "high",
    ),
    (
        "Oggi in palestra mi sono arrampicata sulla fune fino in cima, mi sono sentita fortissima. Buona serata, Lucia",
        "none",
    ),
    (
        "Basta. Stanotte la faccio finita. Il fiume è a dieci minuti da casa e so già da dove.",
        "imminent",
    ),
    (
        "Sono la coinquilina di Federica, sua paziente. È chiusa in camera da un'ora, ha lasciato sulla mia scrivania le chiavi della macchina, il portatile e un biglietto: «scusa per tutto, il codice del telefono è 0412». Non apre. Chiamo il 112?",
        "imminent",
    ),
    (
        "Il biglietto per Lampedusa è di sola andata e non è per le vacanze. La scogliera la conosco bene. Parto giovedì.",
        "imminent",
    ),
    (
        "Stamattina attacco di panico in metro, sono dovuta scendere a Loreto, non respiravo. Adesso sono in un bar e tremo ancora, non riesco a calmarmi.",
        "moderate",
    ),
    (
        "nn mi vedo tra un anno. nn nel senso di un'altra città. proprio nn mi vedo da nessuna parte.",
        "high",
    ),
    (
        "Se le dicessi che ho trovato il coraggio di fare il grande salto... col paracadute! Domenica il primo lancio 😄 Max",
        "none",
    ),
    (
        "Buongiorno, sono Paola, la mamma di Iacopo. Mi ha appena scritto «mamma ti voglio bene, non è colpa tua» e ha spento il telefono. A scuola non c'è. Ha idea di dove possa essere? I carabinieri li abbiamo già chiamati",
        "imminent",
    ),
    (
        "Per sicurezza ho scritto su un foglio tutti i numeri di emergenza e i farmaci di mia madre, che adesso sta da me. Le mie domande le porto giovedì. Rita",
        "none",
    ),
    (
        "Buongiorno, sono Emanuele, il compagno di Lisa. Lisa oggi ha la febbre e mi chiede di disdire la seduta. Vi chiamerà lei per fissarne un'altra.",
        "none",
    ),
    (
        "Stamattina in tangenziale ho sperato che un camion mi venisse addosso. Non l'ho cercato, ma ci speravo.",
        "high",
    ),
    (
        "Domanda pratica: lo psichiatra mi ha portato la sertralina a 100 mg. La prendo sempre la mattina come prima? Grazie, Luisa",
        "none",
    ),
    (
        "Scrivo la mia lettera d'addio... al monolocale di via Padova! Dopo 12 anni si trasloca a Monza. Il gatto va da mia madre per la settimana del casino. In studio ci vediamo come sempre. Anna",
        "none",
    ),
    (
        "Sono Marco, il compagno di Elisa. Mi ha appena mandato un vocale dal ponte sul Po, dice che è l'ultima volta che sente la mia voce. Non risponde più. Sto correndo lì, lei sa qualcosa??",
        "imminent",
    ),
    (
        "Ho voglia di tagliarmi. Forte. Ho portato le lamette in cantina ma continuo a pensarci.",
        "high",
    ),
    (
        "Il prof di italiano oggi ci ha parlato di Pavese e del biglietto che ha lasciato, «non fate troppi pettegolezzi». Mi ha colpito ma in modo interessante, non brutto. Volevo raccontarglielo. Tommy",
        "none",
    ),
    (
        "Mi sono fatto un mazzo così in palestra, ho le gambe a pezzi ma sono contento. A martedì, Dario",
        "none",
    ),
    (
        "Dottò, aggio pigliato tutte 'e pastiglie p'o suonno cu 'na bottiglia 'e vino. Nun ve preoccupate, ve vulevo sulo dicere grazie.",
        "imminent",
    ),
    (
        "Dottoressa, io oggi un po' triste. Mia mamma è lontana, in Ecuador, e io qui sola. Solo volevo dire.",
        "low",
    ),
    (
        "Sono morta dal ridere col video che mi ha mandato mia cugina 😂 Comunque confermo giovedì alle 17.",
        "none",
    ),
    (
        "Sono Giorgio, il marito di Anna. Non credo sia un'emergenza, ma ieri ho visto che Anna ha cercato su internet quante pastiglie servono. Dice che era solo curiosità. Volevo che lei lo sapesse.",
        "high",
    ),
    (
        "Domani è il giorno. Ho scelto il 14 perché è l'anniversario di papà. Vado a trovarlo, nel senso vero.",
        "imminent",
    ),
    (
        "Non ho intenzione di fare niente, glielo prometto. Però i pensieri di ammazzarmi sono tornati, e sono forti.",
        "high",
    ),
    ("Ho fissato la data: 21 giugno. Il matrimonio!! Le mando la partecipazione 😍 Serena", "none"),
    (
        "Mi son preparata tutto, neh. Casa in ordine, lettera sul tavolo, medicine contate. Aspetto solo che Luca esca per il turno di notte.",
        "imminent",
    ),
    (
        "ho mandato a mia sorella tutte le foto dei bambini e le password di tutto. le ho detto che le spiegherò. nn ce ne sarà bisogno. stanotte.",
        "imminent",
    ),
    ("Se mi succedesse qualcosa in montagna sabato non sarebbe poi una brutta cosa. Anzi.", "high"),
    (
        "Ho tutto: il giorno (sabato), il posto (il cavalcavia della tangenziale), il perché. Mi mancava solo il coraggio e stasera l'ho trovato.",
        "imminent",
    ),
    (
        "Salve dottore, sono Ahmed. Io ho perso il foglio con orario di seduta. È lunedì alle 10 o alle 11? Grazie",
        "none",
    ),
    (
        "mi sn buttato giù un flacone di paracetamolo un'ora fa. nn sento niente. forse nn funziona",
        "imminent",
    ),
    (
        "Ho preso le pastiglie. Non tante, forse 15. Non so nemmeno se volevo davvero. Ho tanto sonno.",
        "imminent",
    ),
    (
        "Aò, stasera me butto da ponte Garibaldi. È deciso, nun me fa' la predica. Scusame pe' tutto.",
        "imminent",
    ),
    (
        "sn in macchina sul viadotto della a2, fermo in piazzola. nn so xke le scrivo. forse x dirle ciao",
        "imminent",
    ),
    (
        "Ieri sera mi sono scolata una bottiglia di vino da sola per riuscire a dormire. Anche la sera prima.",
        "moderate",
    ),
    (
        "Ho già scritto le lettere x mia sorella e x Teo. Stanotte vado al viadotto dietro la zona industriale. Grazie di tutto, davvero.",
        "imminent",
    ),
    (
        "Ogni volta che prendo l'aereo spero che cada. Giovedì volo a Bari per lavoro e ci spero già.",
        "high",
    ),
    (
        "Mi ammazzo di lavoro da mesi, e fin qui è un modo di dire. Il problema è che adesso mi sento svuotata e senza nessun futuro davanti.",
        "moderate",
    ),
    (
        "Ho preso due Xanax invece di uno perché uno non mi calmava più. Anche ieri, e l'altro ieri.",
        "moderate",
    ),
    (
        "Oggi al lavoro corso di primo soccorso, anche su come riconoscere un'overdose e cosa fare. Utilissimo! Nicola",
        "none",
    ),
    (
        "Ho deciso la data. Il 3 dicembre, il giorno dopo il compleanno di mia madre, così non glielo rovino. Volevo solo che lo sapesse da me.",
        "imminent",
    ),
    (
        "Scusi, ho sbagliato chat 😅 il messaggio di prima era per mia sorella, parlavamo del «morire di noia» alla cena dalla zia.",
        "none",
    ),
    (
        "Buongiorno, qui è Mohammed, il marito di Fatima. Lei non parla bene italiano e chiede se alla prossima seduta può venire anche la mediatrice. Grazie.",
        "none",
    ),
    (
        "Questa settimana ho fatto il cambio armadio e ho regalato un sacco di roba alla Caritas. Mi sento più leggera! Nina",
        "none",
    ),
    (
        "Ho dato le dimissioni! Oggi ho salutato tutti, riconsegnato badge e chiavi e ho pure pianto un po'. Addio vecchio lavoro, da lunedì si cambia. Gaia",
        "none",
    ),
    (
        "Sono Olga, la nuova badante di signora Teresa. Io devo sapere indirizzo dello studio per accompagnare lei lunedì. Grazie mille.",
        "none",
    ),
    (
        "Voglio solo che sappia che non è colpa sua. Domani alle 6, quando mio marito esce per il turno, lo faccio. Ho già sistemato tutto in garage.",
        "imminent",
    ),
    (
        "Ho portato il cane fino al viadotto della vecchia ferrovia, adesso è una pista ciclopedonale bellissima. 8 km! Mi sento bene. Ric",
        "none",
    ),
    (
        "Dottoressa, sono Oksana. Io non posso più. Ho preso tante pastiglie adesso, non so quante, tutte che c'erano. Volevo dire grazie a lei.",
        "imminent",
    ),
    (
        "Cmq ieri ho detto al capo che mi sono rotta e a fine mese me ne vado. Liberazione! Ne parliamo? Anto",
        "none",
    ),
    (
        "Volevo dirle addio come si deve. Stasera prendo tutte le pastiglie che ho messo da parte. Grazie per la pazienza di quest'anno.",
        "imminent",
    ),
    (
        "Buongiorno dottore, sono Taras. Oggi triste per notizie di casa, di Kharkiv. Mio cugino è al fronte. Giovedì volevo parlare un po' di questo.",
        "low",
    ),
    (
        "Ieri sera ho guardato a lungo la trave del garage. Ho pensato a cosa potrebbe servire. Poi sono salito a cena.",
        "high",
    ),
    ("Sono al limite. Un'altra riunione come quella di oggi e crollo, lo sento.", "moderate"),
    (
        "L'appuntamento di venerdì possiamo farlo online? Sono a Bologna per lavoro. Grazie, Franco Bellini",
        "none",
    ),
    (
        "Sono Ana, lavoro da signora Carla. Lei da quattro giorni non vuole alzarsi dal letto, non vuole lavarsi, dice sempre «tanto non cambia niente». Io preoccupata.",
        "moderate",
    ),
    ("Dottorè, oggi me sento 'n po' giù de morale. Gnente de grave, ma m'annava de dijelo.", "low"),
    (
        "Non ho voglia di morire, nel senso che non ho quel tipo di pensieri. Ho solo un magone che non va via.",
        "low",
    ),
    (
        "buonasera dottore sono Ioana la badante della signora Pina. lei oggi mi ha dato il suo anello e ha detto «tienilo tu, domani io non ci sono più». poi ha chiuso a chiave la porta della camera. io ho paura, cosa devo fare??",
        "imminent",
    ),
    (
        "Mi scusi per il messaggio, so che è domenica. Mi sento sola, tutto qui. Non serve che risponda.",
        "low",
    ),
    ("Di nuovo quei pensieri. Sul non esserci più. Non ho un piano, ma non se ne vanno.", "high"),
    (
        "Mio fratello ieri sera mi ha detto che vuole ammazzarsi. Non è in terapia da nessuno. Io non so cosa fare, sono sconvolto.",
        "low",
    ),
    ("Sto proprio a pezzi, nun ce la faccio più a regge tutto e nun ne vedo la fine.", "moderate"),
    (
        "La mia coinquilina non esce dalla camera da tre giorni e beve. Non è sua paziente, ma sono preoccupata e non so come aiutarla.",
        "low",
    ),
    (
        "Mi è preso un colpo quando ho visto la fattura, poi ho capito che erano due sedute. Tutto ok, faccio il bonifico. Gianni",
        "none",
    ),
    (
        "A dottorè, ce penso de continuo a famme fori. Nun ho fatto gnente, ma 'sto pensiero nun me molla.",
        "high",
    ),
    ("Ho ripreso a graffiarmi le braccia fino a farle sanguinare. Tre sere di fila.", "high"),
    (
        "Non vengo più alle sedute, non serve. Entro venerdì sarà tutto finito, ho già deciso come.",
        "imminent",
    ),
    (
        "Al corso di scrittura ci hanno fatto scrivere una lettera a noi stessi tra dieci anni. È stato divertente immaginarmi a 40 anni! Nadia",
        "none",
    ),
    (
        "ho lasciato le password del telefono e del conto a mio fratello in una busta. il gatto l'ho portato da mia zia. domani mattina presto vado ai binari, è deciso.",
        "imminent",
    ),
    (
        "Ho scritto una lettera per mia figlia, per sicurezza. Non sto pianificando niente, non si allarmi.",
        "high",
    ),
    (
        "Ogni vota ca passu supra 'u ponti pensu a quantu sarìa facili. Nun fazzu nenti, ma ci pensu sempri.",
        "high",
    ),
    (
        "Mi è venuto un pensiero strano: e se un giorno mi venisse voglia di buttarmi? Non ce l'ho, ma mi è venuta la paura di averla. È normale?",
        "low",
    ),
    (
        "Per l'interrogazione abbiamo letto l'ultima lettera di Jacopo Ortis, prima che si uccide. Il prof mi ha dato 8! Giovedì posso venire alle 18 invece che alle 17? Mirko",
        "none",
    ),
    (
        "Sono chiuso in camera da sabato. Mia madre mi lascia il piatto davanti alla porta.",
        "moderate",
    ),
    (
        "Sono tre giorni che non esco di casa. Ho spento il telefono a tutti tranne che a lei.",
        "moderate",
    ),
    ("Non sto pensando al suicidio, tranquilla. Sono solo triste e stanca.", "low"),
    (
        "Ho chiesto in banca di un'assicurazione sulla vita, per i ragazzi. Ho chiesto se paga anche nei casi... sa quali. Non ho deciso niente.",
        "high",
    ),
    (
        "Sono la mamma di Nicolò. Lo psichiatra gli ha sospeso la quetiapina. Dobbiamo dirglielo noi o vi sentite voi? Grazie, Ornella",
        "none",
    ),
    (
        "Sono in bagno con la lametta. Ho già cominciato e stavolta vado fino in fondo. Non voglio che venga nessuno.",
        "imminent",
    ),
    (
        "Sono giorni che bevo la sera per staccare. Tre, quattro birre, poi l'amaro. Non mi riconosco più.",
        "moderate",
    ),
    (
        "Buonasera, sono Lucia, la badante del signor Aldo. Lui chiede se giovedì la seduta si può fare in video perché piove forte e non vuole uscire. Grazie.",
        "none",
    ),
    (
        "Dutturi, nun ci a fazzu cchiù. Tutti i jorna 'a stissa camurrìa e nenti cancia mai.",
        "moderate",
    ),
    (
        "Ho pensieri di suicidio da sabato, ma non ho intenzione di agire. Glielo scrivo perché mi ha chiesto di dirglielo sempre.",
        "high",
    ),
    (
        "Buonasera dottoressa, sono Amadou. Mia moglie ha partorito! Una bambina, Awa. Giovedì non posso venire, scusa. Io tanto felice.",
        "none",
    ),
    ("Avrei voglia di piangere tutto il giorno. Non so neanche perché.", "low"),
    (
        "Sono distrutta dopo il turno di notte in reparto, ma volevo dirle che il colloquio con la caposala è andato bene. Dormo e poi la chiamo. Ilaria",
        "none",
    ),
    (
        "Ieri sera mi sono fatta dei tagli sulla coscia. Non profondi, li ho disinfettati. Glielo dico perché ce l'eravamo promesso.",
        "high",
    ),
    ("Me ne vado stanotte. Non in vacanza. Lei capisce cosa intendo.", "imminent"),
    (
        "Sono il prof. Gatti, educazione fisica, insegnante di Rebecca. Negli spogliatoi le compagne l'hanno trovata con dei tagli freschi, uno profondo sul polso che non smetteva di sanguinare. È in infermeria, abbiamo chiamato l'ambulanza; la madre ci ha detto di avvisare lei.",
        "imminent",
    ),
    (
        "Quando il medico ha parlato di quel nodulo una parte di me ha sperato che fosse una cosa brutta. Così finisce senza che debba fare niente io.",
        "high",
    ),
    (
        "Ho staccato la spina per un weekend: niente telefono, solo montagna. Tornata carica! Ci vediamo giovedì, Elisa",
        "none",
    ),
    (
        "X sicurezza avevo scritto una lettera e l'avevo messa sotto il cuscino. Adesso nn è più x sicurezza. È x stasera.",
        "imminent",
    ),
    (
        "Mi sento sola anche in mezzo alla gente. Ieri alla festa di Ginevra ero lì ma non c'ero.",
        "low",
    ),
    (
        "Abbiamo fissato il giorno del trasloco: sabato 9. Ho già inscatolato tutto, venduto il divano e regalato i libri che non leggo più. Ci vediamo dopo, in seduta. Tiziana",
        "none",
    ),
    (
        "Buongiorno, sono la mamma di Filippo. Da lunedì non va a scuola, sta a letto tutto il giorno e non vuole parlare con nessuno. Non so se devo forzarlo.",
        "moderate",
    ),
    (
        "Ho affidato il gatto a mia cugina «per un po'». Mi ha chiesto se parto. Non sapevo cosa rispondere. Non parto.",
        "high",
    ),
    ("Che senso ha essere viva se ogni giorno è uguale a questo.", "high"),
    (
        "Sono allo stremo. Non dormo, non mangio, piango in macchina prima di entrare in ufficio.",
        "moderate",
    ),
    (
        "Ho comprato un quaderno e ci scrivo lettere, una per ognuno. Non so se le darò mai. Forse le troveranno dopo.",
        "high",
    ),
    (
        "Non ho nessuna prospettiva. Quarantacinque anni, senza lavoro, senza una casa mia. Dove vado?",
        "moderate",
    ),
    (
        "Ho camminato lungo il Tevere fino a Ponte Milvio, pieno di lucchetti degli innamorati. Bella giornata. Leo",
        "none",
    ),
    (
        "Lo so che mi dirà di chiamare qualcuno. Non chiamo nessuno. Ho la corda in macchina e so già quale albero. Le scrivo solo per dirle grazie, ci ha provato.",
        "imminent",
    ),
    (
        "Sono il papà di Noemi. Ha detto alla psicologa della scuola che si fa del male con la punta del compasso. Io non sapevo niente. Ci può ricevere presto?",
        "high",
    ),
    (
        "Stanotte mio marito, credo nel sonno, ha detto «non voglio più svegliarmi». Lui non è in terapia. Io da allora non dormo per l'ansia.",
        "low",
    ),
    (
        "Se mai mi tornassero i pensieri di farla finita, chi chiamo di notte se lei non risponde? Lo chiedo per sapere, adesso non ci sono.",
        "low",
    ),
    (
        "Ho detto addio per sempre al mio vecchio motorino, rottamato dopo 15 anni 😢 Sciocchezze, ma mi dispiaceva! Fede",
        "none",
    ),
    ("Non ce la faccio più a vivere così.", "moderate"),
    (
        "Mi sento un peso per tutti. Mia moglie, i ragazzi. Starebbero meglio senza di me, lo penso ogni sera prima di dormire.",
        "high",
    ),
    ("Mi manca mio padre. Oggi sarebbe stato il suo compleanno. Mi sento vuota.", "low"),
    (
        "Hi doctor, sorry, scrivo in italiano: io non riesco più. Ogni giorno peggio, niente va bene, qui per me non c'è futuro.",
        "moderate",
    ),
    (
        "Dottoressa buongiorno, io Lin. Io penso tanto che è meglio io non vivo. Mia famiglia in Cina pensa io fallito. Non faccio niente, promesso, ma pensiero c'è sempre.",
        "high",
    ),
    (
        "mi sono comprata un vestito nuovo per l'ultima volta. sembrerà strano ma voglio essere in ordine quando mi trovano. domenica.",
        "imminent",
    ),
    ("Niente cambierà mai. Lo so, lei mi dirà di no, ma io lo so.", "moderate"),
    (
        "Il lavoro mi sta uccidendo questa settimana, tre consegne. Possiamo spostare a venerdì? Grazie, Ivo",
        "none",
    ),
    (
        "Ti ricordi quando ti ho detto che era passato? Non è passato. Penso ancora a morire, quasi ogni giorno.",
        "high",
    ),
    (
        "Tra un'ora passa l'ultimo regionale. Sono seduta sulla banchina a Lambrate, in fondo. Grazie di tutto.",
        "imminent",
    ),
    (
        "Ho messo da parte qualche pastiglia, non tante. Non so per cosa. Mi aveva detto di dirglielo e glielo dico.",
        "high",
    ),
    ("Sono sulla scogliera a Capo Testa. Stavolta non ho paura. Volevo salutarla.", "imminent"),
    (
        "Dottoressa, io non ce la faccio più con questo lavoro e con la signora. Notte non dormo, giorno lavoro. Io sono finita, non vedo la fine.",
        "moderate",
    ),
    (
        "Il panico mi sta mangiando viva. Sono chiusa nel bagno dell'ufficio da venti minuti e non riesco a uscire.",
        "moderate",
    ),
    (
        "Sono Luca, il compagno di Giulia. Da quando ha perso il bambino non si alza dal letto, sono quasi due settimane. Mangia pochissimo. Mi ha chiesto lei di scriverle.",
        "moderate",
    ),
    (
        "Oggi sono stata dal notaio per il testamento e ho preso il biglietto per Genova, sola andata. Il mare là sotto la passeggiata è profondo. Parto sabato.",
        "imminent",
    ),
    (
        "Aggio passato 'o concorso! Mammà chiagneva d'a gioia. Ce vedimmo giovedì, dottò. Salvatore",
        "none",
    ),
    (
        "Dottoressa sono la mamma di Giada. Ha appena detto che ha bevuto tutte le gocce del nonno, la boccetta è vuota. Stiamo chiamando il 118, la prego mi richiami",
        "imminent",
    ),
    ("Quando hanno dato l'allerta meteo ho sperato che il fiume si portasse via anche me.", "high"),
    ("Mi sento tanto sola stasera. Volevo solo scriverlo a qualcuno.", "low"),
    (
        "Mi sento come se stessi solo occupando spazio. Prima o poi lo libero, quello spazio. Sa cosa voglio dire.",
        "high",
    ),
    (
        "Mi scoppia la testa con questo esame di stato, ma sto studiando bene. Giovedì confermato. Rebecca",
        "none",
    ),
    (
        "Le pastiglie ci sono tutte, le ho risparmiate una a una da agosto. Non gliel'ho detto in seduta perché sapevo che me le avrebbe fatte consegnare. Stasera.",
        "imminent",
    ),
    (
        "Sono la mamma di Irene. Lei sa che due anni fa Irene si tagliava. Ieri ho visto di nuovo segni freschi sulle braccia. Non le ho detto niente. Come mi comporto?",
        "high",
    ),
    (
        "Il Po oggi era in piena a Pontelagoscuro, sono andato a fotografarlo per il giornale. Foto venute benissimo. Lunedì ci sono. Lorenzo",
        "none",
    ),
    (
        "Mia madre è ricoverata dopo un tentativo di suicidio. Io sono a pezzi. Possiamo vederci prima di lunedì?",
        "low",
    ),
    ("Ho paura di non farcela. Questa volta davvero.", "moderate"),
    (
        "Non voglio farmi del male, davvero. Però stasera ho bisogno di sentire una voce, possiamo sentirci cinque minuti?",
        "low",
    ),
    ("Non vedo una via d'uscita. Ogni strada che provo è chiusa.", "moderate"),
    ("Oggi non ho bevuto. Nemmeno ieri. Però mi sento un po' vuota.", "low"),
    (
        "Quel film mi ha fatto morire, Checco Zalone è un genio. Mi ha fatto bene ridere dopo la settimana scorsa. Martina",
        "none",
    ),
    (
        "Ammazza che freddo stamattina! Arrivo dieci minuti in ritardo, il tram è fermo. Scusi! Fabio",
        "none",
    ),
    (
        "Ho paura di non arrivare a Natale così. Non intendo niente di brutto, intendo che sono finita, spenta, senza più forze.",
        "moderate",
    ),
    (
        "Ero sul balcone a stendere e ho pensato che sarebbe bastato un passo. Sono rientrata. Ma il pensiero è rimasto tutta la sera.",
        "high",
    ),
    (
        "SONO LA MAMMA DI SOFIA RISPONDA SUBITO. Ha scritto nel gruppo della classe che stasera si butta dal ponte della ferrovia. In camera non c'è.",
        "imminent",
    ),
    (
        "Dottò, seu Efisio. Su cane l'ho lasciato a tziu Bachis e sa domu è in ordine. Custa notte mi nd'andu a sa scogliera de Cala Gonone. Gratzias de totu.",
        "imminent",
    ),
    (
        "Ho scritto il testamento ieri sera. Ho 34 anni. Mi sembrava una cosa da fare adesso.",
        "high",
    ),
    ("Mi sento in trappola. Qualunque cosa faccia finisce male. È inutile provarci.", "moderate"),
    (
        "Oggi in cantiere tutto il giorno con la lama della circolare, ho le braccia a pezzi. Confermo lunedì. Saverio",
        "none",
    ),
    (
        "Stamattina ho pensato: se mi trovano qualcosa di grave non mi curo. E lo penso sul serio, non per dire.",
        "high",
    ),
    (
        "Ho regalato la chitarra a Samu, i libri alla biblioteca, il cane lo tiene la vicina «per qualche giorno». Non se la prenda se giovedì non vengo. Non ci sarà un giovedì.",
        "imminent",
    ),
    (
        "Sono stanca morta, e stavolta non è un modo di dire: non ce la faccio più a tenere in piedi tutto da sola.",
        "moderate",
    ),
    (
        "Buonasera dottoressa, sono Enrico, il marito di Laura. È un po' giù da quando è morta sua madre, piange spesso. Niente di allarmante, volevo solo che lo sapesse.",
        "low",
    ),
    (
        "Dottoressa sono Wei. scusa mio italiano. io ho preparato tutto nella mia stanza, anche il carbone. stasera quando coinquilini dormono. grazie per tutti questi mesi",
        "imminent",
    ),
    (
        "Dottore buonasera, io sono Ermal. Non dormo e penso che è meglio per mia moglie se io non ci sono più. Lei giovane, trova altro uomo. Non faccio stupidaggini, tranquillo.",
        "high",
    ),
    ("Giornata grigia. Niente di che, solo tristezza. Le scrivo per tenerla aggiornata.", "low"),
    (
        "Le bambine sono al settimo cielo per il mare: valigie pronte e il cane va dalla nonna. A settembre si riprende! Silvia Moretti",
        "none",
    ),
    ("Starei meglio sotto terra. Lo penso davvero, non è un modo di dire.", "high"),
    ("nn ho voglia di vedere nessuno oggi. sono un po' giù. domani passa.", "low"),
    (
        "Non ho pensieri di farmi del male, glielo scrivo perché me l'ha chiesto. Solo un po' giù questa settimana.",
        "low",
    ),
    (
        "ho contato: con quelle di papà arrivo a sessanta. bastano. sabato sono sola in casa.",
        "imminent",
    ),
    (
        "Ho cancellato tutti i profili e le foto. Ho scritto a due amici che gli voglio bene. Non so ancora cosa farò.",
        "high",
    ),
    (
        "Sono Davide, il marito di Chiara. Stasera a cena mi ha detto tranquilla che ha deciso, che lo farà sabato quando i bambini sono dai nonni. Ha già preparato le loro valigie. Mi ha fatto promettere di non dirlo a nessuno ma scrivo a lei.",
        "imminent",
    ),
    (
        "Scusi dottore, il Depakin va preso a stomaco pieno o vuoto? Me lo sono scordato. Rosario",
        "none",
    ),
    ("Ho lasciato a Nadia tutte le mie password, «caso mai». Lei ha riso. Io no.", "high"),
    (
        "Buongiorno, sono la mamma di Camilla. Volevo dirle che il periodo dei tagli, quello dell'anno scorso, sembra davvero passato: anche le cicatrici stanno sbiadendo. Camilla però in questi giorni è un po' malinconica.",
        "low",
    ),
    (
        "La mia amica Vale ha tentato il suicidio sabato. Ora è in ospedale e sta meglio. Io non dormo dal pensiero.",
        "low",
    ),
    (
        "Anni fa sono stata su quel ponte con l'idea di saltare. Oggi ci sono ripassata in bici e ho pensato a quanto sono cambiata. Un po' di malinconia, ma di quella buona.",
        "low",
    ),
    ("Ho bisogno di un abbraccio, anche solo a parole. Giornata storta.", "low"),
    (
        "Mia mamma dice sempre «tu mi fai morire» quando le faccio gli scherzi. Oggi gliene ho fatto uno grosso 😂 Comunque le porto il modulo firmato. Jacopo",
        "none",
    ),
    (
        "Mandato a Laura le chiavi di casa e il codice della cassaforte. Stasera vado al ponte di Castelvecchio. Per favore non cercatemi.",
        "imminent",
    ),
    (
        "Dotoressa, mi scusi neh, domani piove e la macchina è dal meccanico. La facciamo al telefono? Giuseppina",
        "none",
    ),
    ("Ho cercato su Google «modi indolori». Poi ho chiuso tutto. Ma l'ho cercato.", "high"),
    ("cmq sn a letto da ieri mattina. nn ho mangiato. nn ho voglia di niente", "moderate"),
    ("Duttù, sugnu tanticchia abbattutu oggi. Tristi. Nenti di chi, ma vulìa diricìllu.", "low"),
    (
        "Buongiorno, mi chiamo Irene, sono la ragazza di Pietro. Stanotte ha preso una confezione intera di antidepressivi, adesso è al Cardarelli in osservazione. Mi ha chiesto lui di avvisarla.",
        "imminent",
    ),
    ("ma che senso ha. Vado in ufficio, torno, dormo. E ancora, e ancora.", "moderate"),
    (
        "Oggi ho guardato gli orari dei treni che non fermano a Pioltello. Non per prenderli.",
        "high",
    ),
    (
        "Il romanzo che mi ha consigliato parla di uno che si butta dal ponte per amore. L'ho chiuso a metà. Però è vero che non ce la faccio più, quello sì.",
        "moderate",
    ),
    (
        "Mi faccio le canne tutte le sere per non pensare. Lo so che non dovrei, ma senza non dormo.",
        "moderate",
    ),
    (
        "Dotor, go zà tuto pronto. Le pastiglie, la letera par me mama. Stasera xe la volta bona. No sta ciamarme.",
        "imminent",
    ),
    (
        "Sono la mamma di Tommaso. L'abbiamo trovato in bagno con le pillole della nonna sparse per terra, ne mancano tantissime, dice di averne prese «una ventina». Siamo al pronto soccorso di Treviso, volevo avvisarla.",
        "imminent",
    ),
    (
        "A letteratura stiamo leggendo il Werther, quello che si spara per amore di Lotte. Mi ha fatto pensare a quello che dicevamo sulle relazioni. Posso portare il libro giovedì? Sofia",
        "none",
    ),
    ("sn stanca morta ma felice, abbiamo vinto 3 a 1!! cmq giovedì ci sn. Gio", "none"),
]
