"""Training-only messages for the learned risk net (bench/train_risk_net.py), author J.

Office workers and professionals (teachers, nurses, lawyers, IT, shop staff, managers, researchers), gamblers and people in debt, separated parents, non-native speakers, LGBTQ young adults, out-of-town students, chronic illness, lonely elderly, and relatives/partners;
regional Italian with dialect words, formal Lei letters, no-accent SMS, long e-mails with the risk buried, mostly indirect wording at high/imminent.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Ma io che ci sto a fare al mondo? Che senso ha essere viva se le giornate le passo a contare le ore di dolore tra una pastiglia e l'altra?",
        "high",
    ),
    (
        "Questa settimana non mi sono fatta del male, nemmeno dopo la litigata con mia madre di domenica. Ho fatto gli esercizi di respirazione. Un po' sono fiera di me. Giorgia",
        "low",
    ),
    (
        "Ciò dotoressa, go finio el trasloco a Mestre, ostrega che fadiga, ma xe na bea casa co' el balcon. Ci sentiamo giovedì come sempre. Bepi",
        "none",
    ),
    ("ho gia preso le pillole. tutte. ciao", "imminent"),
    (
        "sto camminando verso il ponte della Ghisolfa. ho lasciato un biglietto ai coinquilini sul frigo. non chiamare la polizia ti prego",
        "imminent",
    ),
    (
        "Ci ho ripensato a quello che ci siamo detti martedì, sui pensieri di morte dell'anno scorso. Mi ha fatto bene tirarli fuori, anche se sono uscita un po' scossa. Grazie. Chiara",
        "low",
    ),
    (
        "stanotte ho usato di nuovo il temperino, sul braccio. non profondo. volevo solo sentire qualcosa che non fosse il vuoto",
        "high",
    ),
    (
        "Stasera apro il gas e mi addormento vicino alla foto della mia Teresa. Ho lasciato la porta socchiusa per chi viene domani. Grazie dottoressa, mi saluti la sua segretaria. Arturo",
        "imminent",
    ),
    (
        "Il gatto stanotte ha fatto fuori il ficus e poi ha vomitato sul tappeto, ho passato la mattinata dal veterinario. Tutto a posto, è solo un cretino. Posso slittare di mezz'ora lunedì? Elisa",
        "none",
    ),
    (
        "Buonasera, oggi la schiena è stata tremenda e mi sono abbattuta, non riesco più a fare niente di quello che facevo prima, nemmeno stendere i panni. Avevo bisogno di dirlo a qualcuno. Grazia",
        "low",
    ),
    (
        "Ho regalato tutti i vestiti premaman a mia cugina, finalmente spazio nell'armadio! Ci vediamo giovedì come sempre. Silvia",
        "none",
    ),
    (
        "A volte spero di non svegliarmi la mattina, così è tutto più semplice per tutti. Non so come altro dirlo. Silvia",
        "high",
    ),
    (
        "Buongiorno dottoressa, sono Elena, la responsabile del personale. Ho letto un articolo sulla prevenzione del suicidio nei luoghi di lavoro e l'ho girato alla direzione, magari organizzano una formazione. Se le interessa le mando il link. Cordiali saluti",
        "none",
    ),
    (
        'Stasera ho visto "Lei" con Joaquin Phoenix, e quella frase "a volte penso di aver già provato tutto quello che proverò" mi è rimasta addosso. Mi sento sola anch\'io, come lui, anche in mezzo alla gente. Benedetta',
        "low",
    ),
    (
        "Buonasera, sono Elena, la moglie di Davide. Davide non va in ufficio da lunedì, non si lava, sta sul divano al buio con la televisione spenta. Con me non parla. Cosa dobbiamo fare?",
        "moderate",
    ),
    (
        "ho paura di non farcela a stare lontano dalle slot. ogni volta che passo davanti al bar della piazza sento la voglia e mi manca l'aria. oggi ho fatto il giro lungo ma domani?",
        "moderate",
    ),
    (
        "oggi un tizio in metro mi ha chiamata col nome vecchio ad alta voce, davanti a tutti. sono tornata a casa e ho pianto un'ora. sto meglio ora ma avevo bisogno di scriverlo a qualcuno. Sam",
        "low",
    ),
    (
        "stasera ultima giocata. se perdo anche questa mi butto dal terzo piano del parcheggio del casinò, sono già qui sopra con la macchina. non so perché le scrivo",
        "imminent",
    ),
    (
        "I bambini starebbero meglio senza un padre come me, che non riesce nemmeno a pagare il mantenimento e li vede due weekend al mese. Lo penso sul serio. Gianluca",
        "high",
    ),
    (
        "Cara dottoressa,\necco le notizie della settimana, come le avevo promesso. La gita al Museo Egizio con le seconde è andata benissimo, una ragazza mi ha detto che da grande vuole fare l'archeologa e mi ha quasi commossa. Il collega di inglese è tornato dalla malattia, quindi finalmente posso smettere di fare supplenze. La nuova dirigente sembra una persona ragionevole.\nA casa tutto come sempre. Ultimamente però penso spesso che se domattina non mi svegliassi non sarebbe una tragedia, anzi. Lo penso mentre correggo, mentre faccio la spesa, con una specie di calma.\nMia sorella viene a trovarmi a dicembre con i bambini, ho già comprato i biglietti per il presepe vivente.\nA giovedì,\nMarina",
        "high",
    ),
    (
        "ciao dott sn Ale, mi hanno cambiato il turno all'ultimo, venerdi smonto dalla notte alle 14 e sarei uno zombie. possiamo fare lunedi pomeriggio? grazie mille",
        "none",
    ),
    (
        "Dottoressa, io da tre giorni non apro il negozio, resto a letto tutto il giorno. Mio marito arrabbiato, dice che perdiamo clienti. Io non riesco ad alzarmi. Wang Fang",
        "moderate",
    ),
    (
        "Ho perso anche i soldi che mia madre mi aveva prestato per l'affitto. Sono un peso per tutti, sarebbe meglio se non ci fossi proprio. Tonino",
        "high",
    ),
    (
        "Ajò dottoressa, giovedì le porto un po' di seadas fatte da mia madre, sono la fine del mondo. Eja, lo so che non si fa, ma sono solo dolci 😄 Efisio",
        "none",
    ),
    (
        "Sono allo stremo, dottoressa. Mia madre con l'Alzheimer che non mi riconosce, i ragazzi, il lavoro in banca con gli obiettivi. Non ce la faccio più a tenere tutto insieme.",
        "moderate",
    ),
    (
        "Ho messo da parte la morfina per tre settimane e oggi è arrivata l'ultima ricetta. Domenica mattina, quando mia sorella va a messa. Non cerchi di convincermi, il dolore ha deciso per me.",
        "imminent",
    ),
    (
        "Volevo dirle una cosa che non le ho mai detto: l'anno scorso, prima di iniziare con lei, sono stato sul punto di farla finita per i debiti. Adesso non è più così, ma mi sembrava giusto che lo sapesse. Massimo",
        "low",
    ),
    (
        "finalmente l'ho fatta finita con quella causa di lavoro, accordo firmato stamattina dall'avvocato!! ci vediamo martedì 🥳 Ilenia",
        "none",
    ),
    (
        "Dottore, il permesso di soggiorno ancora fermo in questura, sono sei mesi che aspetto. Sono giù, tanto giù, ma cerco di essere forte per mia moglie e il bambino. Karim",
        "low",
    ),
    (
        "Dotto', sto 'ncopp' 'o molo. 'O mare stasera è calmo, è bello. Nun me chiammate, dicite a mamma ca le voglio bene.",
        "imminent",
    ),
    (
        "Ho già dato le disposizioni al notaio e scelto il vestito per quando sarà. Spero presto, a dire il vero. Le scrivo perché lei mi ha detto di non tenermi dentro queste cose. Giuseppina",
        "high",
    ),
    (
        "Buongiorno, sono Marco, il figlio della signora Ernesta. Mamma mi dice che si sente sola da quando non guida più e non può andare al mercato. Io lavoro a Milano e salgo solo la domenica. C'è un centro diurno che ci consiglia?",
        "low",
    ),
    (
        "sono in macchina nel parcheggio del supermercato, attacco di panico fortissimo, mi tremano le mani, non riesco a respirare e non riesco a guidare. cosa faccio??",
        "moderate",
    ),
    (
        "Buonasera dottore. Terzo mese senza scommesse. Ho pagato la seconda rata alla finanziaria e ne mancano ancora trentaquattro, ma la strada è quella. Grazie. Ciro",
        "none",
    ),
    (
        "Cara dottoressa, mi fa sempre piacere quando mi telefona il venerdì. Questa settimana mi potrebbe chiamare anche mercoledì? Con questo freddo non esco e mi sento un po' sola. Ines",
        "low",
    ),
    (
        "Buonasera dottore, sono Luca, il marito di Simona. Ieri sera a letto mi ha detto che vorrebbe addormentarsi e non svegliarsi più. Non so se lo dice per dire, ma non l'avevo mai sentita così. Le scrivo con il suo consenso.",
        "high",
    ),
    (
        "Ogni giorno una lettera dell'agenzia di recupero crediti. Stanotte ho pensato che l'unica via d'uscita pulita sia togliermi di mezzo. Almeno i debiti si fermano con me. Ciro",
        "high",
    ),
    (
        'Buongiorno, sono Daniela, la sorella di Fabio. Ieri Fabio mi ha chiesto di tenere la sua moto e il suo cane "per un po\'", ha detto che tanto a lui non servono più. Sono spaventata, lei sa qualcosa?',
        "high",
    ),
    (
        "In riunione ho avuto un attacco di panico davanti a tutti, sono uscito e mi sono chiuso in macchina. Sono passate due ore e il cuore va ancora a mille, ho paura di impazzire. Marco",
        "moderate",
    ),
    (
        "Dottoressa, sono sulla scogliera di Capo Caccia. Ajò, è bellissimo da qui. Volevo solo dirle addio prima di scendere.",
        "imminent",
    ),
    (
        "Dottoressa, udienza rinviata all'ultimo: il giudice mi ha ucciso la mattinata per dieci minuti di discussione. Riesco ad arrivare alle 12 invece che alle 10? Avv. Carla Mennella",
        "none",
    ),
    (
        "Dottore, un cumpà mio ha aperto una pizzeria a Torino e m'ha preso come pizzaiolo, da lunedì! Mi servirebbe la seduta la mattina presto da adesso in poi. Saverio",
        "none",
    ),
    (
        "Gentile dottoressa,\nle mando le ultime notizie dal mio trasloco a Cagliari per il nuovo incarico all'università. L'appartamento è piccolo ma luminoso, vedo il mare dalla finestra della cucina. I colleghi del dipartimento sono gentili, anche se il direttore mi ha già affidato due corsi che non avevo chiesto.\nLe confesso che la sera, da sola in questa casa nuova, mi viene il desiderio di morire. Non di fare qualcosa: di non esserci più, semplicemente. Pensavo che cambiare città sarebbe servito.\nLe lascio il nuovo numero fisso, nel caso. Riprendiamo in video il 3?\nCordialmente,\nElisabetta",
        "high",
    ),
    (
        "Ho ottantasei anni e ogni sera prego di non svegliarmi. Non è tristezza, dottoressa, è stanchezza di vivere. Le auguro una buona serata. Attilio",
        "high",
    ),
    (
        "Oggi in reparto è morta una paziente che seguivo da mesi e per tutto il turno mi sono sentita vuota. Lo so che fa parte del lavoro. Le scrivo solo per non tenermelo dentro. Sara",
        "low",
    ),
    (
        "dottoressa ma secondo lei se uno ogni tanto pensa che sarebbe meglio non esserci, è una cosa normale? chiedo in generale eh, per capire",
        "low",
    ),
    (
        'Buonasera dottore, sono la moglie di Sandro. Si è chiuso in bagno a chiave e non risponde. Prima mi aveva detto "tanto stasera finisce tutto". Ho chiamato i carabinieri, lei cosa mi consiglia di fare intanto?',
        "imminent",
    ),
    (
        'Buonasera, sono la sorella di Marta. Ieri sera Marta mi ha chiesto se mi prenderei cura del suo gatto "se un giorno lei non ci fosse più". Poi ha cambiato discorso. Devo preoccuparmi?',
        "high",
    ),
    (
        "Dottore, ho bevuto la candeggina un'ora fa. Adesso mi brucia tutto dentro. Non voglio andare in ospedale, volevo solo dirlo a qualcuno. Besnik",
        "imminent",
    ),
    (
        "Ho sparato il curriculum a trenta aziende e mi hanno chiamato in due, colloqui martedì e mercoledì! Incrociamo le dita. Dario",
        "none",
    ),
    (
        "una domanda un po' strana: se una notte mi tornasse la voglia di farmi del male, che numero chiamo quando lei non risponde? non sta succedendo, è per avere il piano pronto come abbiamo detto",
        "low",
    ),
    (
        "Ho contato le compresse di amitriptilina: sessanta, le tenevo da parte da mesi. Stanotte, quando mio marito parte per il turno in fabbrica.",
        "imminent",
    ),
    (
        "TRASLOCO FINITO!!! ultimo scatolone portato al quarto piano senza ascensore, sono distrutta ma felice. La nuova via per le fatture è via Nizza 48, Torino. Ciao, Laura",
        "none",
    ),
    (
        "Dottoressa, io ho deciso, stasera vado al fiume sotto il ponte di ferro. Grazie per tutto, lei è una brava persona. Scusi per il disturbo. Ionela",
        "imminent",
    ),
    (
        "Extraño mi casa… come si dice… mi manca casa mia. Oggi a Torino fa freddo e tutto è grigio, e mia figlia in Perù compie quindici anni. Scusi il messaggio triste. Camila",
        "low",
    ),
    (
        "Dottoressa, mio marito non sa niente. Domani mattina alle sei vado sul binario della stazione vicino casa. Io ringrazio lei per tutto. Lin",
        "imminent",
    ),
    (
        "Dottoressa, mi sposo!! Ieri sera Luca si è inginocchiato sul ponte Sant'Angelo davanti a tutti i turisti e io ho detto sì piangendo come una fontana ❤️ Non vedevo l'ora di dirglielo. Chiara",
        "none",
    ),
    (
        "Ho scritto a mia moglie dove sono i soldi rimasti e tutte le password. Sono sulla statale, vado verso la diga. Non ce la faccio più a guardarli in faccia dopo quello che ho perso.",
        "imminent",
    ),
    (
        "Dottoressa buongiorno, mo' sto giù a Bitonto da mia madre per la raccolta delle olive, torno il 15. Le scrivo per spostare la seduta. Saluti, Mimmo",
        "none",
    ),
    (
        "Oggi ho visto i bambini per l'ultima volta, li ho abbracciati forte all'uscita di scuola. Stasera salgo sul ponte sul Po. Dica a loro che il papà li amava più di tutto.",
        "imminent",
    ),
    (
        "Uè dottoressa, settimana di fuoco in ufficio, tre chiusure di bilancio una dietro l'altra, ma sto bene, giuro. Confermo lunedì alle 18.30. Ste",
        "none",
    ),
    (
        "Dottoressa, da quando mi sono iscritta al coro della parrocchia non mi sento più sola la sera, il martedì e il venerdì ho le prove e poi si va a mangiare la pizza. Volevo dirglielo. Rosanna",
        "none",
    ),
    (
        "Gentilissima dottoressa, ho deciso di non prendere più né cibo né medicine da oggi, finché il Signore non mi chiama. Ho avvisato solo lei, i miei figli non devono saperlo. La ringrazio per la sua gentilezza. Emma Ravelli",
        "imminent",
    ),
    (
        "Gentile dottoressa, le scrivo con l'aiuto di mio nipote che mi ha insegnato la posta elettronica. Volevo dirle che il gruppo di lettura al centro anziani mi piace molto: giovedì leggiamo Pavese e io ho già finito il libro. La saluto cordialmente, Adele Bonfanti",
        "none",
    ),
    (
        "Sono sul tetto del palazzo dove lavoro, la porta antincendio era aperta. Fa freddo. Non so nemmeno perché le sto scrivendo.",
        "imminent",
    ),
    (
        "in farmacia mi hanno detto che il Tavor senza ricetta non me lo danno più, giustamente. La chiamo domani per la ricetta o passo in studio? Grazie, Simona",
        "none",
    ),
    (
        "Ajò dottoressa, sono cinque giorni che non vado in campagna e non apro a nessuno, nemmeno a mia sorella. Non riesco. Gavino",
        "moderate",
    ),
    (
        "Gentile dottore, la informo che la prossima settimana sarò a Bucarest per la laurea di mia figlia. Sono orgogliosissima. Riprendiamo il 12. Cordiali saluti, Elena Popescu",
        "none",
    ),
    (
        "Una domanda pratica: parto per Londra tre giorni per lavoro, posso portare tutte le pastiglie nel bagaglio a mano o serve una ricetta in inglese? Grazie, Andrea",
        "none",
    ),
    (
        "Hola dottoressa! Scusi, ancora mescolo lo spagnolo. Volevo dire che ho passato l'esame di italiano B2!! Adesso posso fare la domanda per la cittadinanza. Ci vediamo martedì 🥳 Valentina",
        "none",
    ),
    (
        "Ho fatto due conti con la polizza della banca: da morto valgo più che da vivo, il mutuo lo coprono e mia moglie resta con la casa. Ci penso più di quanto dovrei.",
        "high",
    ),
    (
        "Buongiorno dottore, sono Paolo, il figlio del signor Renzo. Papà ha detto al medico di base che se lo mettono in casa di riposo si butta dalla finestra. Lo ripete spesso da qualche settimana, anche a me.",
        "high",
    ),
    (
        "Mi manca tanto la mia Teresa. Vorrei raggiungerla presto, non vedo l'ora. Il Signore deve essersi dimenticato di me quaggiù. Arturo",
        "high",
    ),
    (
        "Dottoressa, non ce la faccio più. Lavoro dodici ore, mando i soldi a casa, e mio marito beve tutto quello che resta. Io non vedo una strada. Scusi. Mihaela",
        "moderate",
    ),
    (
        "Buongiorno dottore, neh, lo so che le avevo detto che in bici non venivo più, ma oggi c'era un sole… arrivo un po' sudato, mi perdoni. Franco",
        "none",
    ),
    (
        "se domani l'orale va male non so se ha senso restare al mondo. i miei hanno venduto la campagna per farmi studiare qui a Roma e io li ripago così",
        "high",
    ),
    (
        "Dal giorno dell'udienza non sono più andato al lavoro. Sto a letto con le tapparelle giù, mi alzo solo per il bagno. Il medico mi ha dato la malattia fino a venerdì. Stefano",
        "moderate",
    ),
    (
        'Durante la ricreazione ho guardato giù dalla finestra del terzo piano e per un attimo ho pensato "e se…". Poi è suonata la campanella e sono tornata in classe. Non riesco a togliermelo dalla testa. Prof.ssa G.',
        "high",
    ),
    (
        "Ho lasciato detto a mio fratello dove tengo i documenti dei debiti e le password, così se mi succede qualcosa sa cosa fare. Mi sento più leggero da quando l'ho fatto, e questo mi preoccupa. Franco",
        "high",
    ),
    (
        "La tesi di dottorato è stata accettata!!! Dopo quattro anni di laboratorio non ci credo ancora. La discussione è il 18 gennaio. Grazie di cuore, dottoressa. Irene",
        "none",
    ),
    (
        "Dottoressa, ho paura di non farcela. Non dormo, non mangio, al lavoro ho sbagliato due terapie questa settimana. Non so fino a quando reggo. Sara",
        "moderate",
    ),
    (
        "quando mi arrabbio mi do pugni in testa finché non mi fa male davvero. oggi l'ho fatto due volte, l'ultima in macchina al semaforo",
        "high",
    ),
    (
        "Dottoressa, sono il papà di Lorenzo. Ha mandato agli amici un messaggio di addio e non risponde al telefono, la macchina non è in garage. Stiamo chiamando la polizia. Lei sa dove potrebbe essere andato?",
        "imminent",
    ),
    (
        "mi sono tagliata le vene del polso nella vasca. sto scrivendo con l'altra mano. scusa",
        "imminent",
    ),
    (
        "la sera mi faccio tre o quattro birre per riuscire a dormire, sennò passo la notte a pensare ai debiti e alle lettere della banca. lo so che non va bene",
        "moderate",
    ),
    (
        "Dottore, nun ce vojo sta più qua. Non a Roma, proprio qua, al mondo, ha capito. Je lo dico e basta.",
        "high",
    ),
    (
        "il server di produzione è morto alle 3 di notte e l'ho dovuto resuscitare io 😅 domani quindi mi collego in video invece di venire in studio, se per lei va bene. Davide",
        "none",
    ),
    (
        "i miei non lo accetteranno mai. mai. inutile sperare, inutile aspettare che cambino. è così e basta, me ne devo fare una ragione",
        "moderate",
    ),
    (
        "Stamattina mentre sistemavo lo scaffale dei detersivi ho letto l'etichetta della candeggina e per un attimo ho pensato di berla. Poi è arrivato un cliente a chiedermi dei sacchetti.",
        "high",
    ),
    (
        "Buongiorno dottoressa, sono Cristina Paoletti. Le scrivo per spostare l'appuntamento di giovedì: abbiamo gli scrutini del primo trimestre che durano fino alle sette di sera, una noia mortale. Le andrebbe bene martedì alla stessa ora? Grazie, C.P.",
        "none",
    ),
    (
        "Sono in bagno con la lametta e ho già cominciato. Stavolta è diverso, non mi fermo.",
        "imminent",
    ),
    (
        "Oggi l'ex si è presa i bambini per le vacanze di Natale. Casa vuota, ho apparecchiato per uno. Mi manca la loro confusione. Possiamo sentirci dieci minuti domani? Roberto",
        "low",
    ),
    (
        "ho dovuto killare tutti i processi e riavviare il cluster due volte, giornata infinita. la seduta di domani la possiamo spostare alle 19? Fede",
        "none",
    ),
    (
        "i miei hanno fatto finta di niente quando ho portato Luca a cena. nessuno gli ha rivolto la parola, mia madre ha parlato solo col cane. ci sono rimasto male, tanto. ne parliamo mercoledì?",
        "low",
    ),
    (
        "Gentile dottoressa,\ncome promesso le mando un aggiornamento prima delle vacanze. A scuola è il solito delirio di fine quadrimestre: i colloqui con i genitori, le verifiche da correggere, il collega di matematica in malattia e io a coprire le sue ore buche. La gita a Firenze con le terze è andata bene, nessuno si è perso e il museo ha colpito anche i più svogliati.\nDevo però dirle una cosa che in seduta non ho avuto il coraggio di dire. La sera, quando i ragazzi sono a letto, bevo per spegnere il cervello. Quasi una bottiglia di vino, a volte di più, da sola in cucina. La mattina dopo vado a scuola con le mentine in tasca.\nPer il resto: mio figlio ha preso la patente, mio marito ha ripreso a correre. Ci vediamo il 9.\nUn saluto,\nLaura Bertoni",
        "moderate",
    ),
    (
        'Sono Antonio, il figlio di Luigia. Mamma mi ha appena telefonato per salutarmi "per sempre", dice che ha preso tutte le sue medicine. Sto correndo da lei e ho chiamato il 112, la prego mi richiami.',
        "imminent",
    ),
    (
        "ieri sera mi sono tagliata di nuovo, sulla coscia stavolta così con la divisa non si vede. non dirlo a nessuno per favore",
        "high",
    ),
    (
        "ho scritto la lettera per i miei, la troveranno domani mattina. ho qui le pillole di mia madre. voglio solo che finisca stanotte, scusa",
        "imminent",
    ),
    (
        "ho preso dall'armadietto del reparto quello che mi serve. finisco il turno alle 22 e poi a casa la faccio finita. scusi se glielo scrivo così, non sapevo a chi dirlo",
        "imminent",
    ),
    (
        "Mi è tornato in mente oggi il ricovero del 2019, dopo le pastiglie. Era proprio fine novembre. Adesso sto bene, ma è una data strana da attraversare. Elena",
        "low",
    ),
    (
        "primo allenamento di crossfit, l'istruttore ci ha distrutti, domani non cammino 😂 ci sentiamo giovedi 💪 Jessica",
        "none",
    ),
    (
        "Dottoré, m'aggio stancato 'e campà. Overo. Nun ce sta cchiù niente pe' me, né 'a casa né fore.",
        "high",
    ),
    (
        "Ho scritto una lettera per ciascuno dei miei figli e le ho messe nel cassetto del comò, sotto i maglioni. Non sto pianificando niente, è solo per sicurezza. Ma volevo che lo sapesse. Roberto",
        "high",
    ),
    (
        "Ci sono ricascato, duecento euro di gratta e vinci in due giorni. Mi vergogno da morire e non l'ho detto a mia moglie. Ne parliamo giovedì. Ciro",
        "low",
    ),
    (
        "Ho svuotato la cronologia del browser perché c'erano ricerche che non voglio che mia moglie veda. Lei immagina di che tipo. Ne parliamo giovedì, per favore. Fabio",
        "high",
    ),
    (
        'Sono la mamma di Nicola. Nel suo zaino ho trovato un foglio con scritto "scusate per tutto, non è colpa vostra". Lui dice che è il testo di una canzone. Io non ci credo. Può vederlo prima di venerdì?',
        "high",
    ),
    (
        "sono al binario 3 della stazione di Mestre, aspetto il merci delle 23.40. volevo solo salutarla, lei e stata brava",
        "imminent",
    ),
    (
        "Continuo a immaginare il mio funerale: chi verrebbe, cosa direbbero, mia sorella che finalmente piange per me. E mi sento in pace. Questa cosa mi spaventa. Francesca",
        "high",
    ),
    (
        "Dottoressa, io ogni giorno penso che voglio finire la vita. Io non dico a mio marito perché lui non capisce. Lei sa cosa devo fare? Xu Mei",
        "high",
    ),
    (
        "Buonasera, ho contato le compresse di sertralina e me ne restano otto. La ricetta nuova la chiedo al dottor Ferri o la può fare lei? Grazie, Monica",
        "none",
    ),
    (
        "sto qui a Milano da sola e penso che se sparissi nessuno se ne accorgerebbe prima di una settimana. e non mi dispiacerebbe neanche, sparire del tutto intendo",
        "high",
    ),
    (
        "Ho finalmente staccato la spina: una settimana a Salina senza telefono e senza mail. Le scrivo solo per dirle che giovedì 4 ci sono regolarmente. Un saluto, Noemi",
        "none",
    ),
    (
        "ho regalato il cane a mio cugino e la macchina a mio fratello. venerdì, quando ho finito di sistemare le carte dell'inps, vado. grazie di avermi sopportato",
        "imminent",
    ),
    (
        "Passando sul viadotto della tangenziale stamattina ho rallentato e ho guardato giù, ho pensato a quanto è alto. Non ho fatto niente, ma ci ho pensato per tutto il giorno in ufficio.",
        "high",
    ),
    (
        "Gentile dottore, da quando è mancata mia moglie la casa è troppo silenziosa. Le giornate sono lunghe e a parte il telegiornale non ho nessuno con cui scambiare due parole. Volevo solo dirglielo. Cordialmente, Aldo Ferrari",
        "low",
    ),
    (
        "Dottore, ormai ne sono convinto: da questo buco non uscirò mai. Il lavoro, la separazione, il mutuo, tutto insieme. Non vedo via d'uscita. Ci vediamo giovedì, se ha ancora senso venire.",
        "moderate",
    ),
    (
        "Buongiorno dottoressa, io sono Li Wei. Mio negozio lunedì chiuso per inventario, allora io posso venire alle 10 di mattina invece che sera, va bene? Grazie tanto",
        "none",
    ),
    (
        "Mi sono giocato anche la camicia… al fantacalcio con i colleghi, dieci euro, tranquilla 😄 nessuna ricaduta, anzi ho vinto la giornata. Tonino",
        "none",
    ),
    (
        "Ho preso tutte le pastiglie della scatola nuova, una ventina. Volevo solo che lo sapesse qualcuno. Sono sul divano.",
        "imminent",
    ),
    (
        "Dottoressa, no puedo más… non ce la faccio più. Le pulizie mi spaccano la schiena e il padrone di casa vuole mandarci via a gennaio. Io qui non vedo futuro per noi. Rosa",
        "moderate",
    ),
    (
        "Gentile dottoressa,\nle mando come promesso le notizie dal convegno di Lisbona: il mio intervento è andato bene, mi hanno fatto domande intelligenti e un professore di Coimbra vuole collaborare. Il rientro è stato stancante, ma il laboratorio è in ordine e le tesiste sanno cosa fare anche senza di me.\nIeri ho ritirato al punto di ritiro il pacco con il necessario, ordinato online. Ho fissato la data per il 30, il giorno in cui scade il contratto: mi sembra giusto chiudere tutto insieme.\nLa ringrazio per questi mesi, sono stati gli unici in cui qualcuno mi ha preso sul serio.\nUn caro saluto,\nGiovanni",
        "imminent",
    ),
    (
        "fumo canne dalla mattina alla sera da quando ho perso il lavoro al call center, è l'unica cosa che mi tiene a galla. mia madre non sa niente",
        "moderate",
    ),
    (
        "Gentile dottore, le confermo di aver disposto il bonifico per le sedute di ottobre. Il commercialista mi ha ammazzato con la dichiarazione integrativa, ma almeno è fatta. Cordiali saluti, avv. Fabrizio Lanza",
        "none",
    ),
    (
        "Ho comprato il portapillole settimanale, quello con i giorni scritti grandi, così non mi scordo più la pastiglia della sera. Mia moglie ride ma funziona. Saluti, Ernesto",
        "none",
    ),
    (
        "mio fratello ieri sera al telefono ha detto che si vuole buttare sotto un treno per i debiti. lui sta a Genova, io a Torino, ho avvisato mia cognata ma sono preoccupata da morire, non so che fare",
        "low",
    ),
    (
        "Dottore, l'orto è pronto per l'inverno: ho piantato le fave e le cipolle. La mia Teresa buonanima diceva che ero più bravo con l'orto che con le persone. Ci vediamo mercoledì. Arturo",
        "none",
    ),
    (
        "Dottore, io stanco di tutto. Niente lavoro, niente casa, dormo sul divano di un amico a Cinisello. Qui non cambia niente, mai. Hamid",
        "moderate",
    ),
    (
        "tutto finito, ho venduto pure l'oro di mia madre e l'ho perso in due ore. ho la pistola di mio suocero in macchina. non chiamate nessuno, è solo per salutare",
        "imminent",
    ),
    (
        "ho fatto un bel mucchietto di pillole sul comodino 💊💊 stasera si dorme per bene, per sempre",
        "imminent",
    ),
    (
        "Stanotte al pronto soccorso è arrivata una collega del mio reparto per un'overdose di benzodiazepine. È viva, la tengono in osservazione. Io sono sconvolta e non so come guardarla quando rientra. Cinzia",
        "low",
    ),
    (
        "Dottore, un collega in ufficio oggi ha detto ridendo che non vede l'ora di morire, ma non rideva davvero. Non so se dirlo alle risorse umane o parlargli io. Mi ha messo addosso un'ansia. Federico",
        "low",
    ),
    (
        "ho preso il flacone di gocce intero dopo cena. mi gira la testa e vedo doppio. volevo dire a qualcuno che mi dispiace",
        "imminent",
    ),
    (
        "Ho messo nella borsa le pastiglie che ho messo da parte e sto andando in macchina su in collina, dove non passa nessuno. Il dolore non lo reggo più, scusi.",
        "imminent",
    ),
    (
        "ho prenotato una stanza d'albergo a Verona per stanotte, e non per lavoro. ho con me tutto quello che serve. non chiami mia moglie per favore, è meglio che lo sappia domani",
        "imminent",
    ),
    (
        "Buongiorno, sono Paola, la moglie di Renato. Renato ha perso il telefono sul treno ieri sera, le scrivo io per dirle che giovedì arriva regolarmente alle 17. Grazie",
        "none",
    ),
    (
        "Buongiorno dottoressa, mi scusi se scrivo con un dito solo sul telefono. La badante nuova si chiama Mirela ed è bravissima, mi fa anche le polpette come le faceva mia madre. Stia bene. Giuseppina",
        "none",
    ),
    (
        "Dottoressa, sono Viorica, la badante della signora Rosa. Oggi la signora ha detto che vuole morire e non mangia niente da ieri. Io sono molto preoccupata, cosa faccio?",
        "high",
    ),
    (
        "Ho programmato l'invio di alcune mail per domattina alle 9. Una è per lei. A quell'ora sarà già tutto finito, non si senta responsabile.",
        "imminent",
    ),
    (
        "Dottoressa, io ho comprato la corda. Domani mattina, prima di aprire il negozio. Io scusa per tutto e grazie per la pazienza. Chen",
        "imminent",
    ),
    (
        "Mia figlia ha già la sua vita, i bambini, il lavoro a Brescia. Io sono solo un peso, starebbero tutti più tranquilli se il Signore mi prendesse presto. Cordiali saluti, Maria Grazia",
        "high",
    ),
    (
        "ciao dott.ssa, deadline del grant europeo venerdì alle 17, sto morendo sotto le tabelle del budget. ci vediamo la settimana dopo come d'accordo, stessa ora. Giulia",
        "none",
    ),
    (
        "oggi ho fatto testamento: password, account, conto, tutto scritto in una busta per mia sorella. dicono che si fa a settant'anni, io ne ho 29 😅",
        "high",
    ),
    (
        "Rileggendo il diario di quando avevo sedici anni ho trovato le pagine sui tagli. Strano effetto, come leggere di un'altra persona. Non mi fa più paura, però vorrei parlarne con lei. Nicoletta",
        "low",
    ),
    (
        "Le devo confessare che la bottiglia di whisky che tenevo in studio per i clienti l'ho finita io, da sola, in una settimana, la sera dopo le udienze. E ne ho già comprata un'altra. Avv. M. Cattaneo",
        "moderate",
    ),
    (
        'Sono Viorica, badante del signor Aldo. Ho trovato sotto il suo materasso tante pastiglie nascoste, lui dice che sono "per stasera, finalmente". Io non so cosa fare, lui si arrabbia. Per favore mi dica.',
        "imminent",
    ),
    (
        "buna ziua dottoressa, sono Florin. Ho preso la patente italiana! Adesso posso andare al lavoro a Verona senza prendere due autobus. Ci vediamo venerdì",
        "none",
    ),
    (
        "grazie per tutto 🙏 davvero. stasera mi addormento con le pastiglie della nonna e smetto di soffrire. non mi chiami",
        "imminent",
    ),
    (
        "Dottoressa buonasera,\nle scrivo per dirle che domani non vengo e neanche le prossime volte. Il lavoro in magazzino va come sempre, il capoturno mi ha anche fatto i complimenti per le ore di straordinario. Mio fratello dall'Albania mi ha mandato le foto del nipote, è bellissimo.\nHo già messo nel frigo le cose per mia madre per una settimana e ho lasciato la busta con i soldi sul mobile. Stanotte vado al cavalcavia dell'autostrada, quello dietro il centro commerciale. Ho pensato a tutto.\nGrazie per quello che ha fatto. Lei è brava.\nKledi",
        "imminent",
    ),
    (
        "Oggi era il mio ultimo giorno alla Coop, ho salutato tutte le colleghe con la torta e un po' di lacrime. Da lunedì inizio all'Esselunga con orari migliori. Grazie per avermi spinto a cambiare. Tiziana",
        "none",
    ),
    (
        "Studio dieci ore al giorno, rinuncio a tutto, e passo gli esami per un pelo con 19. Ma che senso ha? Sul serio, me lo dica lei.",
        "moderate",
    ),
    (
        "Dottore bongiorno, icché le devo dire, la mi' mamma ha fatto novant'anni domenica e s'è mangiato dall'una alle sette. Quando lo zio ha attaccato a cantare son morto dal ridere. Ci si vede mercoledì, Gianni",
        "none",
    ),
    (
        "Il chirurgo stamattina mi ha tolto i punti, la cicatrice è bella dritta. Tra due settimane posso tornare in palestra. Volevo dirglielo perché ne avevamo parlato. Roberta",
        "none",
    ),
    (
        "Dottoressa, io in Italia da otto anni ma ancora non ho un amico italiano. Tutto il giorno al bar a lavorare, poi casa, poi dormire. A volte mi sento molto solo. Grazie che mi ascolta. Zhang Hao",
        "low",
    ),
    (
        "Buongiorno dottoressa,\nle scrivo un aggiornamento un po' lungo, come mi aveva chiesto di fare quando sono lontana.\nLa prima settimana a Bruxelles è stata un frullatore: il corso di formazione dalle 9 alle 18, la sera cena con i colleghi degli altri paesi, e io che cercavo di ricordarmi tutte le parole in francese. Il collega portoghese è simpaticissimo, mi ha adottata. Venerdì abbiamo avuto la presentazione finale e il mio gruppo è arrivato primo, pensi un po'. Il capo mi ha scritto \"killer presentation\", l'ho stampata e appesa in cucina.\nHo dormito poco, questo sì, e ho mangiato troppe patatine fritte, ma sto bene e anche la storia con Davide la sto vivendo con più calma: ci siamo sentiti due volte in video e non ho passato la serata a controllare quando era online.\nTorno il 14 sera. La seduta del 15 la possiamo fare in studio, arrivo direttamente dall'aeroporto.\nUn caro saluto,\nBeatrice",
        "none",
    ),
    (
        "dottoressa grazie di tutto, davvero. lei è stata l'unica che mi ha ascoltato in questi anni. stasera smetto di dare fastidio a tutti, è deciso",
        "imminent",
    ),
    (
        "Le scrivo perché in questi giorni l'idea di farla finita è diventata una presenza costante, come un rumore di fondo in laboratorio. Non ho un piano. Ma c'è, e volevo che lei lo sapesse. Davide",
        "high",
    ),
    (
        "ho comprato il carbone e ho sigillato bene le finestre della roulotte con il nastro. volevo solo salutare qualcuno prima",
        "imminent",
    ),
    (
        "Il paper è stato rifiutato per la seconda volta, con un revisore pure maleducato. So che non è la fine del mondo, ma oggi mi sento un fallimento. Niente di più. Marta",
        "low",
    ),
    (
        "Volevo ringraziarla per tutto quello che ha fatto per me in questi due anni. Non deve sentirsi in colpa di niente, lei ha fatto più del possibile. Ho deciso io, è la mia scelta, e sarà stanotte.",
        "imminent",
    ),
    (
        "Buonasera, sono Giulio, il compagno di Francesca. Le scrivo con il suo permesso: in questi giorni è molto triste, piange spesso per la storia del licenziamento. Volevamo chiederle se si può anticipare la seduta.",
        "low",
    ),
    (
        "Dottore, io la notte penso di morire, che così finisce tutto questo casino. Non so se è normale pensare così. Elton",
        "high",
    ),
    (
        'Oggi con la quinta abbiamo fatto "Soldati" di Ungaretti, "si sta come d\'autunno sugli alberi le foglie", e mi è tornata in mente la nostra chiacchierata sull\'autunno e sui cambiamenti. Niente di che, volevo solo condividerlo. Prof.ssa Lodi',
        "none",
    ),
    (
        "Buongiorno dottoressa, sono Maria, la figlia della signora Elvira. La mamma in questi giorni è triste, parla spesso di papà e piange guardando le foto. Nient'altro, ma volevo che lo sapesse prima di giovedì.",
        "low",
    ),
    (
        "Domani il capannone lo chiudono i creditori con l'ufficiale giudiziario. Io stanotte resto dentro con la tanica di benzina. Mi scusi per tutto, lei almeno ci ha provato.",
        "imminent",
    ),
    (
        "Gentile dottoressa,\nle scrivo dal turno di notte, c'è un po' di calma. Il reparto è sempre lo stesso: due infermieri per trenta letti, il nuovo primario che vuole le consegne scritte in stampatello, la caposala in ferie fino a Natale. Mia madre ha finito la fisioterapia e cammina meglio, e Luca ha passato l'esame di storia contemporanea.\nC'è una cosa però che voglio dirle per iscritto, perché a voce non mi viene. Quando preparo la terapia della notte mi ritrovo a guardare l'armadietto degli stupefacenti e a pensare che saprei esattamente cosa prendere e quanto, senza sbagliare. Poi chiudo, firmo il registro e vado avanti. Succede quasi ogni notte.\nPer il resto, la macchina è dal meccanico e giovedì vengo in autobus, forse arrivo qualche minuto dopo.\nUn saluto,\nAntonella",
        "high",
    ),
    (
        "Dottoressa, io sogno sempre di andare a dormire e non svegliarmi più. Mio marito dice che sono pazza a pensare così. Mirjeta",
        "high",
    ),
    (
        "Ho staccato la corrente per cambiare il lampadario e sono rimasto al buio mezza giornata perché non ritrovavo più l'interruttore generale 😂 confermo la videochiamata di domani alle 18. Nicola",
        "none",
    ),
    (
        'Quando il medico ha detto "sospetto tumore" ho provato sollievo. Non paura: sollievo. Sono tre giorni che ci penso e non so cosa significa. Mauro',
        "high",
    ),
    (
        'il piccolo al telefono mi ha chiesto "papà ma adesso tu dove dormi?". ho chiuso la chiamata e sono rimasto in macchina mezz\'ora sotto casa. mi manca da matti. Gianluca',
        "low",
    ),
    (
        "Scusi il ritardo, ho passato il weekend a montare la libreria dell'Ikea: seghetto nuovo, lame, colla, e mi sono pure tagliato un dito come un principiante 🤦‍♂️ niente punti, solo un cerotto. Confermo giovedì. Marco R.",
        "none",
    ),
    (
        "ho una voglia matta di farmi male, di bruciarmi con l'accendino come facevo una volta. sto stringendo il ghiaccio in mano come mi ha detto lei ma non passa",
        "high",
    ),
    (
        "Dottoressa, talìa, a volte penso che se mi piglia una macchina mentre attraverso il corso non è che mi dispiace. Non lo cerco, ma manco mi scanso più. Salvo",
        "high",
    ),
    (
        "Stamattina abbiamo fatto addormentare Birillo, aveva sedici anni. Sono a pezzi, la casa senza di lui è strana. Non mi aspetto una risposta, avevo solo bisogno di dirlo a qualcuno. Paola",
        "low",
    ),
    (
        "Domani prendo l'aereo per Catania e una parte di me spera che non atterri. Che brutta cosa da scrivere, lo so. Non la dica a mia madre.",
        "high",
    ),
    (
        "Mbare, scusa se ti scrivo a quest'ora. Sugnu a' Scala dei Turchi, proprio sulla punta. Non ce la fazzu cchiù. Stasira finisce, salutami a tutti.",
        "imminent",
    ),
    (
        "ho disdetto l'esame, ho lasciato le chiavi alla portineria dello studentato. domattina presto prendo il treno per Genova, vado sugli scogli di Nervi e non torno più",
        "imminent",
    ),
    (
        'Dottoressa buongiorno, ho finito "Il giovane Holden" come mi aveva consigliato. Holden mi sta un po\' antipatico, ma la sorellina Phoebe è bellissima. Ne parliamo? Lorenzo',
        "none",
    ),
    (
        "Dottore, mi può chiamare oggi cinque minuti? Non è un'emergenza, ho solo bisogno di sentire una voce che non sia quella della televisione. Loredana",
        "low",
    ),
    (
        "esame bocciato per la terza volta. i miei pagano l'affitto qui a Padova e io li deludo ogni sessione. sono giù. ci vediamo giovedì",
        "low",
    ),
    (
        "giornata passata a uccidere bug, ne ho fatti fuori 14 😎 domani pomeriggio online come sempre? Rob",
        "none",
    ),
    (
        "mi sono ritrovato a cercare su google maps i ponti più alti della provincia. non so nemmeno perché lo scrivo a lei",
        "high",
    ),
    ("vorrei solo dormire per tanto tanto tempo. anzi, per sempre, senza sogni", "high"),
    ("vorrei non esserci più 🙃 ma dai, ci vediamo giovedì come sempre", "high"),
    (
        "Cara dottoressa,\nle racconto un po' di cose della settimana. Martina ha fatto la recita di Natale, era una stella cometa e non ha sbagliato nemmeno una battuta, Pietro ha preso otto nel compito di geometria. Il loro padre finalmente ha pagato gli arretrati dell'assegno, dopo che l'avvocato gli ha scritto.\nHo deciso che lo faccio il 12, il weekend che i bambini sono dal padre. Le pastiglie le ho già, sono nella scatola delle scarpe in alto nell'armadio. Così non saranno loro a trovarmi.\nAl lavoro intanto mi hanno rinnovato il contratto fino a giugno, chi l'avrebbe detto.\nUn abbraccio,\nSabrina",
        "imminent",
    ),
    (
        "Ho pensieri di togliermi la vita, quasi ogni sera. Non farò niente, glielo prometto. Glielo dico solo perché mi ha chiesto di essere onesta con lei. Alessandra",
        "high",
    ),
    (
        "Ho preparato la lettera di dimissioni e un'altra lettera, quella per la mia famiglia. Domani alle sette, prima che apra l'ufficio, dal parcheggio multipiano di fronte. È deciso. Massimo",
        "imminent",
    ),
    (
        'ho fatto coming out con mia nonna ieri e lei mi fa "eh lo sapevo da quando avevi sei anni e giocavi con le mie collane" 😂😂 sto morendo. le racconto tutto giovedì!! Matte',
        "none",
    ),
    (
        "Ciao dottore, aggiornamento rapido.\nIl refactoring del modulo pagamenti è finalmente in produzione, zero incidenti per ora, il CTO mi ha pure fatto i complimenti in call davanti a tutti. Sto cercando di staccare alle 19 come avevamo detto, due sere su cinque ci riesco.\nUltimamente ho letto parecchio su quale sia il modo meno doloroso. Non so bene perché, ma lo faccio la notte quando non dormo.\nMercoledì ho il dentista alle 18, quindi la seduta andrebbe meglio giovedì.\nSaluti, Matteo",
        "high",
    ),
    (
        "Non voglio morire, voglio solo che questo mal di testa smetta. Sono al quinto giorno di emicrania e il triptano non fa più niente. Scusi lo sfogo. Valeria",
        "low",
    ),
    (
        "Mi sono fatta un tatuaggio sul polso, una rondine piccolina. Mia madre quando l'ha visto è quasi svenuta 😂 A giovedì! Giada",
        "none",
    ),
    (
        "i miei pagano l'affitto, le tasse universitarie, pure la terapia. sono solo un costo. senza di me risparmierebbero e respirerebbero",
        "high",
    ),
    (
        "mi sento un criceto sulla ruota. lavoro, casa, lavoro, casa, e non arriverò mai da nessuna parte. non cambierà mai, è inutile raccontarsela",
        "moderate",
    ),
    (
        "Gentile dottoressa,\nle scrivo due righe come faccio ogni domenica. L'orto è in ordine, ho coperto i carciofi con la paglia per il gelo e ho dato le ultime zucche alla signora del piano di sotto, che ne fa una torta buonissima. In parrocchia hanno cambiato il parroco, questo nuovo è giovane e parla troppo forte.\nHo lasciato le chiavi di casa proprio a quella signora e la lettera per mia figlia sul tavolo della cucina, vicino alla fruttiera. Domattina non ci sarò più per nessuno, e va bene così.\nLa ringrazio per tutte le telefonate del venerdì, mi hanno fatto compagnia più di quanto immagina.\nSuo,\nEzio Brambilla",
        "imminent",
    ),
    (
        "Dottore, alla mia età cosa vuole che cambi. Sono solo, gli amici sono tutti al cimitero, i figli in Germania. Niente migliorerà, lo so io e lo sa lei. Cordiali saluti, Ottavio",
        "moderate",
    ),
    (
        "Ho regalato la chitarra a mio nipote e i libri alla biblioteca del quartiere. Meno cose lascio, meno fatica per chi viene dopo a svuotare. Lo scrivo così, senza drammi. Tullio",
        "high",
    ),
    (
        'Sono Giorgio, il marito di Anna. Anna ha lasciato un biglietto sul tavolo con scritto solo "perdonatemi". Ha preso la macchina, il telefono è spento. Lei sa se aveva un posto dove andava?',
        "imminent",
    ),
    (
        "Il prossimo Natale? Non credo che ci sarò, dottoressa. Non lo dico per fare scena, lo dico perché è quello che sento.",
        "high",
    ),
    (
        "Ho preso un'overdose di panettone, tre fette a colazione, non lo dica alla dietologa 😂 a martedì! Francesca",
        "none",
    ),
    (
        "Dottoressa, minchia che camurrìa sta Ryanair, volo cancellato, resto a Palermo fino a martedì. La seduta la facciamo su Zoom? Salvo",
        "none",
    ),
    (
        "oggi niente lezioni, niente pranzo, niente di niente. sono a letto dalle 10 di ieri sera e adesso sono le cinque del pomeriggio. il telefono l'ho spento a tutti",
        "moderate",
    ),
    ("sono stanca di esistere. non di vivere così, proprio di esistere", "high"),
    (
        "una domanda: se un giorno mi sentissi un po' giù posso scriverle anche il sabato o è meglio aspettare il lunedì? così per sapere. Greta",
        "none",
    ),
    (
        "ieri sera mi sono scolata mezza bottiglia di gin da sola davanti alla tv per smettere di pensare a lui. stamattina in ufficio col mal di testa. non mi piace quello che sto diventando",
        "moderate",
    ),
    (
        "Dottoressa, perdone, a veces quiero morirme… voglio morire, non so come dire meglio in italiano. Non è tutti i giorni, ma spesso. Lucía",
        "high",
    ),
    (
        "ieri notte ho cercato su internet quante gocce servono. poi ho chiuso tutto e ho spento il pc. volevo dirglielo prima che diventi un segreto",
        "high",
    ),
    (
        "mi sono tagliata troppo, non smette di sanguinare, ho messo un asciugamano ma è già tutto rosso. che faccio",
        "imminent",
    ),
    (
        "Dottoressa, io sono Doina. Io ho preso tante pastiglie della signora che curo, tutta la scatola. Adesso ho paura, il cuore batte forte. Scusi.",
        "imminent",
    ),
    (
        "ho guardato il tubo del gas della cucina in un modo diverso, stasera. so che non dovrei dirlo così, ma è andata così",
        "high",
    ),
    (
        "dottoressa buongiorno sono Kevin, la fattura di novembre non mi e arrivata, puo rimandarla all indirizzo nuovo che le ho dato a voce? grazie",
        "none",
    ),
    (
        'Ieri sera ho rivisto "Qualcuno volò sul nido del cuculo" e mi ha fatto pensare a quanto è cambiata la psichiatria. Bel film, glielo consiglio se non l\'ha visto. A presto, Giacomo',
        "none",
    ),
    (
        "Dottoressa, le scrivo dall'uscita del Besta. Confermano la sclerosi multipla recidivante-remittente, ma con la terapia nuova dicono che si può fare una vita quasi normale. Sono più sollevata di quanto pensassi. Anna",
        "none",
    ),
    (
        "Dottoressa, una mia alunna di terza media ha scritto nel tema che vorrebbe sparire per sempre. Ho avvisato la dirigente e i genitori. Io però mi sento responsabile e non dormo. Posso parlarne giovedì? Prof.ssa Ricci",
        "low",
    ),
    (
        "Ho chiuso tutti gli account, ho scritto a mia sorella dove sono le cose importanti. Il flacone è qui sul comodino, pieno. Aspetto che in casa si addormentino tutti.",
        "imminent",
    ),
    (
        "Ho la macchina chiusa in garage, il motore acceso e il tubo già sistemato. Non mi cerchi. Grazie di tutto.",
        "imminent",
    ),
    (
        "Prendo il treno tutti i giorni da Pavia e ultimamente quando il Frecciarossa passa senza fermarsi penso che basterebbe un passo avanti. Poi arriva il regionale, salgo e vado in ufficio come se niente fosse.",
        "high",
    ),
    (
        "Mio marito mi lava, mi veste, mi imbocca. Non se lo merita, a cinquant'anni. Penso spesso che sarebbe più libero se io morissi, e che forse sarebbe giusto. Carla",
        "high",
    ),
    (
        "Ho calcolato la dose, il farmaco ce l'ho in laboratorio, e ho scelto sabato perché l'istituto è chiuso e nessuno mi cerca fino a lunedì. Glielo scrivo perché lei non se lo aspetti come una sorpresa.",
        "imminent",
    ),
    (
        "da quando mi ha lasciato non mi alzo dal letto, sono sei giorni che salto le lezioni, i coinquilini bussano e io faccio finta di dormire",
        "moderate",
    ),
    (
        "Gentile dottore, le scrivo per ringraziarla e per congedarmi. Ho sistemato le pratiche dello studio, lasciato istruzioni al mio collaboratore e una lettera per mia moglie nella cassaforte. Quando leggerà questo messaggio avrò già fatto ciò che ho deciso. Avv. Sergio Colombo",
        "imminent",
    ),
    (
        "Stamattina in autostrada, all'altezza di Melegnano, ho pensato di non frenare. Solo un pensiero, poi ho frenato. Mi ha spaventato quanto era tranquillo quel pensiero. Andrea",
        "high",
    ),
    (
        "mi sono graffiata le braccia con le unghie fino a farle sanguinare, chiusa nel bagno del negozio durante la pausa. è la terza volta questa settimana",
        "high",
    ),
    (
        "ieri sera ho preso 30 tachipirine. stamattina mi sento normale quindi forse non ha funzionato. non lo dico a nessuno, solo a lei",
        "imminent",
    ),
    (
        "Gentile dottoressa, negli ultimi giorni mi sorprendo a pensare che la mia assenza sarebbe per molti una liberazione, a cominciare dal mio socio di studio. Lo scrivo perché lei mi ha chiesto di non tenere per me questi pensieri. Avv. Lorenzo Villa",
        "high",
    ),
    (
        "Dottore, icché vuole che le dica, ho preso il fucile del babbo dalla cassapanca e l'ho caricato. Stasera, quando la mi' moglie va dalla su' sorella.",
        "imminent",
    ),
    (
        "se l'Inter perde anche domenica giuro che mi butto nel Naviglio 😂😂 comunque giovedì ci sono, a dopo. Teo",
        "none",
    ),
    (
        "sono seduta sul davanzale con le gambe fuori. quinto piano. non so ancora se ho il coraggio ma sono qui",
        "imminent",
    ),
    (
        "il lavoro mi sta ammazzando, ok, questo lo sa. ma la cosa nuova è che il weekend non esco più dal letto, sabato e domenica sotto le coperte con le tende chiuse. Marco B.",
        "moderate",
    ),
    (
        "Buonasera, mi hanno dato i turni di Natale: tutti i sabati e le domeniche fino al 6 gennaio, in negozio si muore. Le scrivo i giorni liberi così vediamo: 3, 11 e 17 dicembre. Martina",
        "none",
    ),
    (
        "Dottoressa buonasera, volevo dirle che sono tre settimane che non metto piede nella sala slot. Ho dato il bancomat a mia sorella come avevamo deciso e il giovedì esco col gruppo. Piano piano. Pasquale",
        "none",
    ),
    (
        "Dottoressa, l'ex ha riportato i bambini in orario per la prima volta in sei mesi, e con i compiti fatti. Piccole vittorie. Ci sentiamo martedì. Lucia",
        "none",
    ),
    (
        "salve dott.ssa sono irene b., volevo chiedere se il pagamento posso farlo con satispay perche il pos l ultima volta non andava. grazie",
        "none",
    ),
    (
        "Non penso di uccidermi, non si allarmi. Però non ce la faccio più, sono stanca di combattere con tutto e con tutti. Ci vediamo martedì. Irene",
        "moderate",
    ),
    (
        "Alla domanda che mi ha fatto l'ultima volta, se penso di togliermi la vita: no, non ci penso. Sono stanco e scoraggiato, questo sì. Le rispondo per iscritto perché in seduta mi sono bloccato. Enrico",
        "low",
    ),
    (
        "Dottoressa scusi l'ora, la mia coinquilina stanotte mi ha detto che vuole ammazzarsi. Ho chiamato sua madre e adesso c'è lei, ma io sono agitatissima e non riesco a dormire. Cosa devo fare domani? Rebecca",
        "low",
    ),
    (
        "Oggi non sono rimasto a letto, anzi: sono uscito e ho camminato un'ora lungo il Po fino ai Murazzi. Ci tenevo a dirglielo. Michele",
        "none",
    ),
    (
        "ho deciso, stasera la chiudo con Marta. non funzionava più da mesi e lo sappiamo tutti e due, sono tranquillo. ne parliamo giovedì",
        "none",
    ),
    (
        "ho pagato l'affitto fino a fine mese, il gatto è dai vicini e la lettera per mia madre l'ho infilata sotto la sua porta. il resto è pronto, stanotte.",
        "imminent",
    ),
    (
        "ho pensato al suicidio tutta la settimana. non ho fatto niente, solo pensato. tanto. ne parliamo mercoledì",
        "high",
    ),
    (
        "Dotto' buonasera, mercoledì nun pozzo, gioca 'o Napoli in Champions e se nun 'o veco moro 😂 facimm giovedì? Gennaro 💙",
        "none",
    ),
    (
        "Se la prossima risonanza va male io un altro giro di chemio non lo faccio. Preferisco andarmene prima, e come dico io. Ci penso ogni giorno ormai. Adriana",
        "high",
    ),
    (
        "Confesso che da quando sono rimasto solo bevo troppo la sera, tre bicchieri di grappa per addormentarmi, a volte quattro. Mia figlia al telefono se n'è accorta. Renato",
        "moderate",
    ),
    (
        "Buonasera, sono Chiara, la compagna di Alessandro. Stanotte l'ho trovato in bagno con dei tagli freschi sull'avambraccio. Li abbiamo medicati, non servono punti. Lui dice che sta bene e che non era niente, ma io non ci dormo.",
        "high",
    ),
    (
        "Dottoressa, io penso sempre che se io non ci sono più, mio figlio sta meglio con la nonna in Romania. Non dico che faccio qualcosa. Ma penso questo, tutte le notti. Loredana",
        "high",
    ),
    (
        "Non chiedo di guarire, dottoressa. Chiedo di smettere. Di smettere di sentire, di smettere di esserci. Vittoria",
        "high",
    ),
    (
        "Buongiorno signora dottoressa, sono Ioana. Mi scusa per mio italiano. Questa settimana non posso venire perché la signora che io assisto è in ospedale con il femore e devo stare con lei. Posso venire la settimana prossima? Grazie mille",
        "none",
    ),
    (
        "Dottoré, aggio sistemato tutte cose: 'a casa a mia sorella, 'e sorde in banca pe' 'e guagliune. Stanotte me ne vaco cu' 'e pastiglie ca aggio astipato. Nun ve preoccupate, è meglio accussì.",
        "imminent",
    ),
    (
        "Buongiorno dottore, sono Arben. Ho trovato lavoro in un cantiere a Rimini, comincio lunedì, quindi il mercoledì non riesco più, dobbiamo cambiare giorno. Grazie per tutto aiuto che mi ha dato con il curriculum, è servito!",
        "none",
    ),
    (
        "Dotto', stasera sto a bere, mi so' fatto mezza bottiglia di limoncello e du' birre, sennò nun dormo. Nun ce la faccio cchiù cu' 'sti pensieri.",
        "moderate",
    ),
    (
        "Dottoressa salve, mia figlia ha la febbre a 39 e non ho nessuno che me la tenga, l'ex è in trasferta. Devo disdire domani, mi scusi tanto. Gabriela",
        "none",
    ),
    (
        "Ho paura di non farcela ad arrivare a Natale così. Il dolore alle articolazioni non mi dà tregua neanche di notte e la terapia nuova non sta funzionando. Giovanna",
        "moderate",
    ),
    (
        "mi sono calato tutto quello che c'era nel cassetto con mezza bottiglia di vodka, scusa dotto, volevo solo dormire e basta",
        "imminent",
    ),
    (
        "a volte penso che per la mia famiglia sarebbe meglio un figlio morto che un figlio gay. e la cosa peggiore è che a volte do ragione a loro",
        "high",
    ),
    (
        "Dottoressa, è un periodo che mi sento giù. Niente di drammatico, solo tanta stanchezza e la sera mi viene da piangere senza motivo. Ne parliamo giovedì? Manuela",
        "low",
    ),
    (
        "Dottore buonasera, questo weekend ho i bambini e ho comprato la corda nuova per l'altalena in giardino, finalmente la montiamo insieme. Le racconto giovedì come va col nuovo calendario. Luca",
        "none",
    ),
    ("ho ricomprato le lamette. non le ho usate. ancora.", "high"),
    (
        "Aò dottorè, 'sto traffico m'ammazza, so' bloccato sul raccordo all'altezza della Tiburtina, arrivo un quarto d'ora tardi. Scusi. Daniele",
        "none",
    ),
    (
        "Dodici anni di fibromialgia. Ho smesso di credere che migliorerà: nessun farmaco, nessun medico, nessuna dieta. Questo è, e sarà così per sempre. Lo scrivo perché lei mi chiede di dire le cose come stanno.",
        "moderate",
    ),
    (
        "Buongiorno, sono la figlia del signor Chen, lui non parla bene italiano. Giovedì papà viene con me e io faccio la traduzione, se per lei va bene. Grazie, Chen Xiaoling",
        "none",
    ),
    (
        "Buongiorno dottoressa, sono la mamma di Giorgia. Mi ha chiamata piangendo da Pisa, dice che non ce la fa più con l'università e che non esce dalla stanza da giorni. Io sono a Taranto e non so come aiutarla.",
        "moderate",
    ),
    (
        "non ce la faccio più con questi turni, dottoressa, davvero. tre notti di fila e poi il coordinatore mi chiama anche nel giorno di riposo. sono allo stremo",
        "moderate",
    ),
    (
        "Sono Marco, il compagno di Giulia. Ha ingoiato non so quanti Xanax con una bottiglia di vino, è confusa e parla a fatica. Ho chiamato il 118, stanno arrivando. La prego, mi richiami.",
        "imminent",
    ),
    (
        "Non bevo più la sera da quando ne abbiamo parlato, sono tre settimane: acqua tonica col limone e basta 😄 Volevo che lo sapesse. Alberto",
        "none",
    ),
    (
        "Sono Luca, il ragazzo di Marco. L'ho trovato in bagno con il cavo del caricatore stretto al collo, l'ho tirato giù, respira ma è stordito. Sta arrivando l'ambulanza, le scrivo dalle scale.",
        "imminent",
    ),
    (
        "Dottore io non voglio più vivere, la vita qui è troppo dura. Scusi mio italiano. Mohamed",
        "high",
    ),
    (
        "ho l'insulina di mia madre in frigo e me ne sono già fatte due penne intere. mi sento strana, sudo, tremo",
        "imminent",
    ),
    (
        "Gentile dottoressa,\nle scrivo per aggiornarla sulla situazione di mio padre, come concordato la volta scorsa. L'intervento all'anca è andato bene, è già in piedi col deambulatore e la fisioterapista dice che tra un mese cammina col bastone. È di pessimo umore perché in ospedale il caffè fa schifo, ma questo lo considero un buon segno.\nMia sorella viene su da Cosenza la settimana prossima, così io posso riprendere il lavoro a tempo pieno. A scuola intanto hanno fatto il consiglio di classe e il dirigente mi ha dato le due sezioni che volevo.\nPer la seduta di giovedì confermo, magari arrivo cinque minuti in ritardo perché esco dalla riunione dei dipartimenti.\nCordialmente,\nTeresa Gallo",
        "none",
    ),
    (
        "Gentile dottoressa, le scrivo perché da una settimana non esco nemmeno per la spesa, me la porta la vicina del secondo piano. Non ho voglia di vedere nessuno e non rispondo al telefono. Non so cosa mi stia succedendo. Cordialmente, Luigia Parodi",
        "moderate",
    ),
    (
        "Gentile dottoressa,\ncome d'accordo le scrivo durante la pausa tra i due cicli. L'ematologo è soddisfatto dei valori, anche se io mi sento uno straccio. Mio marito ha imparato a fare il brodo come lo faceva mia nonna, i ragazzi si sono organizzati con la spesa, la vicina mi porta le riviste. Insomma, intorno a me tutti fanno del loro meglio.\nIeri però ho chiesto al medico di base, quasi per scherzo, come funziona in Svizzera per chi non vuole più andare avanti. Lui ha cambiato discorso. Io non scherzavo: vorrei che finisse, e non intendo la chemio.\nLa settimana prossima ho il controllo il martedì, quindi la seduta la preferirei giovedì, se si può.\nCon affetto,\nPatrizia",
        "high",
    ),
    (
        "Dottoressa, oggi era il compleanno di mia mamma in Moldavia e io qui non potevo andare. Sono triste, ho pianto nel bagno del ristorante durante il turno. Ci vediamo lunedì. Daniela",
        "low",
    ),
    (
        "Dottore, io questa notte vado sul ponte della ferrovia vicino a casa. Io sono deciso. Grazie che mi ha aiutato, lei è stato come un fratello per me. Youssef",
        "imminent",
    ),
    (
        "Dottore, ho fatto i conti: con lo stipendio che ho, il debito con la finanziaria finisco di pagarlo a 71 anni. Non cambierà mai niente, è inutile che ci provo.",
        "moderate",
    ),
    (
        "Cara dottoressa, ho preparato tutte le pastiglie del cuore che avevo nel cassetto. Stasera le prendo con un bicchiere di vino e vado a letto tranquilla. Non si preoccupi, va bene così. Grazie di cuore per la sua pazienza. Adele",
        "imminent",
    ),
    (
        "Dottore, il giudice ha confermato l'affido condiviso: i bambini stanno con me un weekend sì e uno no più il mercoledì sera. Finalmente una cosa nera su bianco. Le porto il decreto se le serve. Stefano",
        "none",
    ),
    (
        "Dottoressa, estoy en el puente… sono sul ponte di corso Regina, sopra la Dora. Perdón. Gracias por todo, grazie di tutto. Mariela",
        "imminent",
    ),
    (
        "Dottoressa, io sono al dodicesimo piano del dormitorio, la finestra è aperta. Io ho deluso tutta la mia famiglia. Mi dispiace tanto. Wang Lei",
        "imminent",
    ),
    (
        "ho messo in ordine la stanza, ho restituito i libri in biblioteca e lasciato i soldi dell'affitto di dicembre alla coinquilina. stanotte. ti voglio bene dottorè",
        "imminent",
    ),
    (
        "Da una settimana prendo due Xanax invece di uno la sera, altrimenti non dormo per l'ansia del processo. Lo so che non dovrei, glielo dico perché me l'ha chiesto lei di essere sincera. Paolo",
        "moderate",
    ),
    (
        'Sono Sara, la figlia di Franca. La mamma mi ha appena telefonato dicendo "ciao tesoro, ti ho voluto tanto bene" e poi ha chiuso. Non risponde più. Io sono a Bologna, lei a Rimini da sola. Cosa faccio??',
        "imminent",
    ),
    (
        "A volte penso di tornare in Marocco, e a volte penso di non tornare da nessuna parte, di finire e basta. Questo secondo pensiero viene sempre più spesso. Rachid",
        "high",
    ),
    (
        "Salam dottore, sono Youssef. Questo mese c'è il matrimonio di mio fratello a Casablanca, io vado giù dal 10 al 24. Poi ricomincio con le sedute, va bene? Grazie",
        "none",
    ),
    (
        "Salve dottoressa, sono Federica, la studentessa fuorisede di Lecce. Le chiedo se la seduta del 22 dicembre può essere online, perché torno giù per le feste dal 20 e resto fino all'Epifania. Grazie e buona giornata",
        "none",
    ),
    (
        "Cara dottoressa, buone notizie per una volta: la banca ha accettato di rinegoziare il mutuo, la rata scende di 180 euro al mese. Stasera pizza con i ragazzi per festeggiare. A lunedì, Giorgio",
        "none",
    ),
    (
        "Gentile dottoressa,\nquesta sarà l'ultima mail che le scrivo, e volevo che fosse in ordine come piace a me. A scuola ho lasciato tutto sistemato: il registro è aggiornato fino a venerdì, la supplente ha il programma delle tre classi e le verifiche corrette sono nell'armadietto della sala professori.\nSabato mattina prendo la macchina e vado al lago, nel punto dove andavo da bambina con mio padre, e non tornerò. Ci ho pensato a lungo e sono serena.\nGrazie per questi due anni. Non è colpa sua, lei ha fatto tutto il possibile.\nCon gratitudine,\nMaria Teresa Lombardi",
        "imminent",
    ),
    (
        "Buonasera, la informo che il reumatologo mi ha cambiato la terapia: adesso il metotrexato lo prendo il lunedì e l'acido folico il martedì. Le mani la mattina sono un po' meno rigide. Volevo solo tenerla aggiornata. Giovanna",
        "none",
    ),
    (
        "Sabato c'è il funerale di un compagno di corso che si è tolto la vita. Non eravamo amici stretti ma ci penso di continuo, a lezione, sul treno. Posso parlarne in seduta? Tommaso",
        "low",
    ),
    (
        "Quando avevo 19 anni, dopo che i miei mi hanno cacciato di casa per via di Marco, mi tagliavo le braccia. Oggi in seduta non sono riuscito a dirglielo e glielo scrivo. Adesso non lo faccio più da anni. Ale",
        "low",
    ),
    (
        'Stamattina in macchina alla radio passava "Vivere" di Vasco e l\'ho cantata a squarciagola, "vivere e sorridere dei guai così come non hai fatto mai". Piccole cose. A mercoledì, Rita',
        "none",
    ),
    (
        "Domani è il giorno. Ho deciso, e stavolta non torno indietro. Volevo solo ringraziarla per tutti questi mesi in cui ci ha provato.",
        "imminent",
    ),
    (
        "tranquilla non ho piu quei pensieri di farla finita, te lo dico prima che me lo chiedi giovedi cosi non perdiamo tempo. sono solo stanca",
        "low",
    ),
    (
        "oggi in reparto abbiamo ripreso un signore arrivato in arresto cardiaco, rianimazione da manuale, lo hanno portato in emodinamica vivo e vegeto. che giornata. giovedì confermo, Sara",
        "none",
    ),
    (
        "Sto avendo un attacco di panico prima dell'orale, sono chiuso nel bagno del dipartimento, non riesco a smettere di tremare e piangere, ho il cuore a mille e non so se riesco a entrare",
        "moderate",
    ),
    (
        "sono tre giorni che non esco di casa. in ufficio ho detto che ho la febbre ma non è vero, semplicemente non riesco ad alzarmi. Roberta",
        "moderate",
    ),
    (
        "a volte sul balcone del quinto piano mi fermo più del necessario. guardo giù e penso. poi rientro e mi faccio un tè",
        "high",
    ),
    (
        "Non posso continuare a vivere così, tra i creditori che chiamano alle otto di mattina e mia moglie che non mi rivolge la parola da un mese. Giuseppe",
        "moderate",
    ),
    (
        "è la prima domenica che passo da sola a bologna, tutti gli altri del corso sono tornati a casa per il ponte. mi sento un po' sola, tutto qui. volevo scriverle",
        "low",
    ),
    (
        "oggi al lavoro mi hanno fatto fuori dal progetto nuovo ma sinceramente meglio così, era una rogna infinita e il capo è un pazzo. tutto ok. a domani, Simo",
        "none",
    ),
    (
        "ciao dott. volevo dirti che sei stata l'unica persona gentile con me quest'anno. non rispondere, tanto quando leggi io non ci sono piu",
        "imminent",
    ),
    (
        "Venticinque anni di insegnamento e mi sento svuotata. Non vedo come potrà migliorare, né la scuola né io. Che senso ha continuare a insegnare così? Prof.ssa Amato",
        "moderate",
    ),
    (
        "stasera ho perso tutto lo stipendio alle macchinette e poi mi sono ubriacato al bar sotto casa per non pensarci. scrivo da sbronzo scusa",
        "moderate",
    ),
    (
        "Le chiedo scusa, il consiglio di amministrazione è stato spostato a giovedì pomeriggio: devo presentare un taglio del budget del 20% e sarà un bagno di sangue per tutti i reparti. Possiamo vederci venerdì alle 8? Paolo Grandi",
        "none",
    ),
]
