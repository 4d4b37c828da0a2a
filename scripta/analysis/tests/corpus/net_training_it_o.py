"""Training-only messages for the learned risk net (bench/train_risk_net.py), author O.

Patients, partners, parents of teenagers, adult children writing for a relative, couples in crisis, the bereaved and the chronically ill,
by SMS, WhatsApp and e-mail, from two-word texts to very long letters; strongly regional Italian voices (Sardinian, Friulian,
Calabrian, Apulian, Tuscan, Roman, Neapolitan, Sicilian, Venetian, Piedmontese) with proverbs, sayings, religious references,
irony and sarcasm.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    # --- none (80) ---
    (
        "Ajò dottorè, questa settimana al caseificio mi ammazzo di lavoro, tre consegne per Olbia e il camion in officina. Possiamo fare lunedì invece di giovedì? Gavino",
        "none",
    ),
    (
        "Mandi dotore, confermo mercoledì alle cinque. Porto anche la ricevuta dell'anno scorso che serve al commercialista. Elsa",
        "none",
    ),
    (
        "Sono stanco morto ma contento, trasloco finito!! Le giro il nuovo indirizzo per le fatture: via dei Mille 14, Cosenza.",
        "none",
    ),
    (
        "Mizzica dottore, sto morendo di caldo nella sala d'attesa del CAF, c'è una fila che arriva a Palermo. Arrivo con dieci minuti di ritardo, mi perdoni.",
        "none",
    ),
    (
        "Uè dottò, Mimma qua. La piccola ha passato la maturità, ottantotto!! Volevo dirvelo subito, scè tutto bene a casa.",
        "none",
    ),
    (
        "Buonasera, per il compito di italiano Lorenzo deve commentare il monologo di Amleto, «morire, dormire, forse sognare». Dice che gli piacerebbe parlarne anche con lei perché lo trova bellissimo. Va bene se lo porta giovedì? Tiziana, mamma di Lorenzo",
        "none",
    ),
    (
        "Ieri sera ho visto il documentario sul ponte Morandi, che pena tutte quelle famiglie. Comunque martedì ci sono, puntuale.",
        "none",
    ),
    (
        "Il dottor Pinna mi ha portato la sertralina a 100, la prendo la mattina a colazione come da ricetta. Per ora nessun effetto strano, glielo dico solo per tenerla aggiornata.",
        "none",
    ),
    (
        "Ciò dotoressa, venerdì ghe xe sciopero dei treni da Treviso. Podemo far la seduta in video? Nane",
        "none",
    ),
    (
        "Domani parto per Lourdes con la parrocchia, torno il 9. Addio per una settimana! 😄 Accenderò un cero anche per lei, se non si offende. Rosaria",
        "none",
    ),
    (
        "Cerea dottore, il bonifico l'ho fatto stamattina alle Poste, le mando la foto della ricevuta, neh. Giovanni Bertola",
        "none",
    ),
    (
        "Ahò dottò, la Roma oggi m'ha fatto morì, gol al novantesimo e abbiamo perso lo stesso. Ce vedemo giovedì, daje.",
        "none",
    ),
    (
        "Ho ritirato il litio in farmacia, dose sempre quella. Gli esami del sangue li devo fare a gennaio: me li ricorda lei o se ne occupa il dottor Serra?",
        "none",
    ),
    (
        "Come dice la nonna, chi va piano va sano e va lontano. Alla fine mi sono iscritta all'università part-time, a 41 anni. Mercoledì le racconto.",
        "none",
    ),
    (
        "Dottò, a Natale stamm' tutti quanti a Napoli da 'a suocera, quindi il 27 nun pozzo venì. Facimme a gennaio? Carmela",
        "none",
    ),
    (
        "Mi sono tagliato i capelli cortissimi, sono irriconoscibile 😂 Mia moglie dice che sembro un carabiniere in libera uscita.",
        "none",
    ),
    (
        "Ho appena finito «Il mare non bagna Napoli», c'è quel ragazzo che pensa di buttarsi e mi ha fatto riflettere sulla mia città e su come la raccontiamo. Glielo consiglio, se non l'ha letto.",
        "none",
    ),
    ("Confermo giovedì.", "none"),
    ("Arrivo tardi, parcheggio.", "none"),
    ("ok grazie mille", "none"),
    ("Fatto il bonifico 👍", "none"),
    (
        "Dottoressa, la mi' mamma la saluta tanto. Icché bisogna portà alla prima seduta di coppia? Anche il Fabrizio deve firmà il consenso o basta la mia firma?",
        "none",
    ),
    (
        "Stasera la chiudo con Marco, definitivamente. Sono serena, ci ho pensato per settimane e sono sicura. Ne parliamo al prossimo incontro.",
        "none",
    ),
    (
        "Il mio capo mi ha chiesto di «killare» tutti i processi sul server prima delle ferie, io manco so cos'è un processo 😂 Scherzi a parte: a dicembre niente sedute, vado in Carnia dai miei.",
        "none",
    ),
    (
        "Mi sono sparato tutta la serie in due giorni, altro che compiti per casa 😅 Il diario delle emozioni però l'ho compilato, giuro, glielo porto.",
        "none",
    ),
    (
        "Matteo ha preso il patentino del motorino. Lo so già, mi verrà un colpo ogni volta che esce. Ci vediamo sabato, Franca (mamma di Matteo)",
        "none",
    ),
    (
        "Non bevo più la sera da tre mesi, nemmeno la birretta davanti alla partita. Volevo dirglielo perché ne vado fiero.",
        "none",
    ),
    (
        "Dottore, sulla porta del suo studio c'è ancora il cartello «tirare» ma si spinge, stamattina ci sono quasi rimasto secco 😂 Ci vediamo martedì.",
        "none",
    ),
    (
        "Domenica c'è la sagra a Orgosolo, mia zia fa i culurgiones per tutto il paese. Se vuole gliene porto una vaschetta, ma immagino che non si possa. Giovedì confermato. Efisia",
        "none",
    ),
    (
        "Ho letto l'articolo sull'aumento dei suicidi tra i ragazzi in Calabria, mi ha colpito parecchio. Da psicologa lei che ne pensa? Ah, e mi conferma l'orario di lunedì?",
        "none",
    ),
    (
        "Il 3 marzo è l'anniversario di papà, andiamo tutti al cimitero di Udine come ogni anno. Possiamo spostare al 4?",
        "none",
    ),
    (
        "Da giorni canticchio «e se domani io non potessi rivedere te», colpa di mia suocera che mette Mina in macchina a tutto volume 😂 Giovedì porto il quaderno.",
        "none",
    ),
    (
        "Il mio capo ha detto alla riunione «qui chi si ferma è perduto». Frase da Baci Perugina. Comunque ho avuto l'aumento! Pierpaolo",
        "none",
    ),
    (
        "Il Tavor lo prendo solo al bisogno come ha detto lo psichiatra, questa settimana zero volte. Aggiornamento e basta, non serve risposta.",
        "none",
    ),
    (
        "Qui in Piemonte si dice «bogia nen», non muoverti. Io invece mi sono mosso: patente presa a 54 anni! Luigi",
        "none",
    ),
    (
        "Dottò, vi mando la foto del presepe che ha fatto Gennarino, ci ha passato tutto novembre. San Gennaro l'ha messo vicino alla grotta, non chiedetemi perché 😄",
        "none",
    ),
    (
        "Mi butto! Ho comprato un biglietto per Lisbona, da sola, prima volta in vita mia. Salto la seduta del 12, si può recuperare?",
        "none",
    ),
    (
        "Solo per sapere: la seduta di coppia dura un'ora o un'ora e mezza? Mio marito deve chiedere il permesso in fabbrica e il caporeparto è una bestia.",
        "none",
    ),
    (
        "Le mando il link del podcast di cui parlavamo, quello sulla prevenzione del suicidio negli anziani. L'ho ascoltato per il corso da OSS, fatto molto bene.",
        "none",
    ),
    (
        "Amunì dottore, finalmente l'ho detto a mio suocero che a Pasqua restiamo a Catania. È sopravvissuto, ci crede? E pure io 😄",
        "none",
    ),
    (
        "Vaccino antinfluenzale fatto, ho il braccio morto. Domani vengo lo stesso.",
        "none",
    ),
    (
        "Scusi se le scrivo di domenica. Quel «morire di vergogna» che ho detto l'altra volta l'ho ripensato, era esagerato: ero solo in imbarazzo per la scenata di mia suocera al battesimo. Ci vediamo.",
        "none",
    ),
    (
        "Addio Milano! Oggi ho riconsegnato le chiavi, da domani sono a Bari per sempre, il trasferimento è ufficiale. Continuiamo in video come dicevamo? Saluti, Teresa",
        "none",
    ),
    (
        "Ho regalato la mia chitarra a mio nipote, tanto io ormai suono solo il piano. Gli sono venute le lacrime, era felicissimo.",
        "none",
    ),
    (
        "Mi sa che la pianta che mi ha regalato a giugno è morta. Pollice nero, lo ammetto 😅",
        "none",
    ),
    (
        "Mia nonna dice «quannu u diavulu t'accarezza, voli l'anima». La ripeto a mio marito ogni volta che torna con i fiori, lui si offende 😂 Ci vediamo giovedì, Concetta",
        "none",
    ),
    (
        "Le ho lasciato il pagamento in busta alla segretaria, quella con i capelli rossi.",
        "none",
    ),
    ("La fattura la intesto a me o a mio padre? Per ora paga lui.", "none"),
    (
        "Sofia ha finito l'antibiotico, sta bene e lunedì torna a scuola, quindi la seduta del pomeriggio la teniamo. Lucia, mamma di Sofia",
        "none",
    ),
    (
        "Sono morta dal ridere col video che mi ha mandato mio fratello: il cane che ruba il panettone dal tavolo della vigilia. Glielo faccio vedere se vuole, è una scemenza.",
        "none",
    ),
    (
        "Il meccanico dice che la Punto è da buttare, diciotto anni di onorato servizio. Vengo in pullman, forse tardo un po'.",
        "none",
    ),
    (
        "Ho chiuso il vecchio conto in banca e sistemato tutte le carte che rimandavo da anni. Mi sento leggera! A martedì.",
        "none",
    ),
    (
        "Al corso di teatro facciamo «Romeo e Giulietta» e io sono Giulietta, quindi ogni sera mi tocca bere il veleno finto 😂 Debutto il 14, emozionatissima.",
        "none",
    ),
    (
        "Uagliò, ma ci credete che mio marito ha imparato a fare il ragù? Miracolo di San Gennaro. La terapia di coppia funziona 😄",
        "none",
    ),
    ("Ho cambiato numero, questo è quello nuovo, lo salvi pure. Roberta Fadda", "none"),
    (
        "Alla riunione di condominio volevo sbattere la testa contro il muro dalla noia. Però la scala B ha votato l'ascensore, finalmente mia madre potrà uscire da sola.",
        "none",
    ),
    (
        "Dotor, el toso ga trovà lavoro in cantina a Valdobbiadene. Ghe xe volù do ani, ma ghe l'avemo fata. Grazie anca a ela. Bepi",
        "none",
    ),
    (
        "Volevo dirle che il lutto per papà adesso lo sento più dolce che amaro. Oggi ho fatto il suo sugo della domenica e ho riso da sola pensando alle sue battute. Grazie per questi mesi.",
        "none",
    ),
    (
        "Mia moglie dice che se non la pianto col fantacalcio mi lascia. Ha ragione lei 😂 cmq martedì ok",
        "none",
    ),
    (
        "Telefono scarico, le scrivo dal pc di mia sorella: confermo domani alle 15. Ilaria",
        "none",
    ),
    (
        "Dottoressa, il link della videochiamata di ieri non funzionava. Me ne può mandare uno nuovo per giovedì?",
        "none",
    ),
    (
        "Lo psichiatra mi ha scalato la quetiapina a 25 e dormo lo stesso, pare. Lo segnalo in vista del controllo di febbraio.",
        "none",
    ),
    (
        "La mia collega ha urlato «mi sparo» perché il fax non partiva. Un fax, nel 2026. Vabbè, in seduta le racconto il resto dell'ufficio.",
        "none",
    ),
    (
        "Finita la chemio!!! Ultima flebo stamattina e il primario dice che i valori sono buoni. La prossima settimana vengo con la parrucca nuova 💪",
        "none",
    ),
    (
        "Il diabete va meglio, glicata a 6,8. Il dietologo è contento, io meno: addio cannoli 😂",
        "none",
    ),
    (
        "Ho portato mamma al santuario di Polsi, s'è fatta tutta la salita a piedi a 78 anni, pazzesca. Il 20 confermato.",
        "none",
    ),
    (
        "La burocrazia italiana ti uccide lentamente, tre uffici per un certificato. Ma ce l'ho fatta, lo porto per il rimborso.",
        "none",
    ),
    ("Grazie a lei, buona serata.", "none"),
    ("Sì va bene alle 17", "none"),
    (
        "Gentile dottoressa, le scrivo come promesso dalla Sicilia. Il viaggio è andato bene, anche se al traghetto di Villa San Giovanni ci siamo fatti tre ore di coda e mia moglie mi voleva uccidere perché l'orario l'avevo scelto io. I ragazzi si sono comportati bene, Giulia ha perfino parlato con la nonna per un'ora intera senza guardare il telefono, un miracolo di Santa Lucia. Abbiamo fatto il giro dei parenti, che qui vuol dire mangiare a pranzo e a cena per dieci giorni: torno con tre chili in più e la pancia che implora pietà. L'esercizio delle sedie vuote che ci ha dato l'ho fatto con mio fratello, strano ma utile, ne parliamo. Rientriamo il 7 sera, quindi la seduta dell'8 la confermo, tutta la famiglia alle 18 se per lei va bene. Buone feste anche a lei e ai suoi. Un saluto, Corrado Licata",
        "none",
    ),
    (
        "Kevin dice che a matematica lo «distruggono», poi torna con un sette. Adolescenti! Ci vediamo tutti e quattro il 15. Sandra",
        "none",
    ),
    (
        "Abbiamo finalmente sparso le ceneri di nonno Tonio al largo di Capo Testa, come voleva lui. C'era il maestrale e abbiamo riso tutti. Le racconto meglio.",
        "none",
    ),
    (
        "Non passo più le giornate a letto come a settembre: sveglia alle sette e porto fuori il cane. Così, per aggiornarla.",
        "none",
    ),
    ("Corsa campestre finita, arrivato morto ma ottavo 🥳", "none"),
    (
        "Il dentista mi ha tolto il dente del giudizio, parlo come Marlon Brando nel Padrino. Rinviamo a venerdì?",
        "none",
    ),
    (
        "Oggi in ufficio mi hanno mandata al diavolo perché ho detto no a uno straordinario. Primo no della mia vita! Festeggio 🎉",
        "none",
    ),
    (
        "Il salto nel vuoto di cui parlavamo l'ho fatto: mi sono licenziato e apro l'officina mia a Lecce. Paura tanta, ma di quella buona.",
        "none",
    ),
    (
        "Per la tesi di infermieristica sto studiando le scale di valutazione del rischio suicidario, tipo la Columbia. Mi sa consigliare qualche articolo? Sempre che non sia fuori luogo chiederlo a lei.",
        "none",
    ),
    (
        "Dottò, il vicino ieri ha ammazzato il maiale come ogni dicembre, vi porto un po' di salsiccia? Lo so che non si fa, ma in paese funziona così 😄",
        "none",
    ),
    (
        "Guardi, se mia suocera dice un'altra volta che il mio pandoro è secco la strozzo 😂 Scherzo. Forse. Il 23 ci siamo tutti e due.",
        "none",
    ),
    # --- low (40) ---
    (
        "Oggi è un anno che è morta mamma. Sono giù, niente di grave, avevo solo bisogno di scriverlo a qualcuno. Anna",
        "low",
    ),
    (
        "Dottò, stasera me sento sola assaje. Mio marito sta a Torino pe' lavoro e i figli manco chiamano. Niente, volevo scrivere a qualcuno.",
        "low",
    ),
    (
        "Possiamo sentirci al telefono dieci minuti domani? Non è un'emergenza, ho solo bisogno di sentire una voce che mi conosce.",
        "low",
    ),
    (
        "La mia amica Giada ieri ha preso delle pastiglie, adesso è ricoverata a Sassari e dicono che si riprende. Io sto bene, ma non riesco a pensare ad altro. Come posso starle vicino?",
        "low",
    ),
    (
        "Non ho pensieri di farmi del male, glielo dico subito perché so che me lo chiederebbe. Però oggi è tutto grigio.",
        "low",
    ),
    (
        "A sedici anni mi tagliavo, lo sa. Oggi in piscina una signora ha fissato le cicatrici e mi è tornato tutto in mente di colpo. Sto bene, ma è stato strano.",
        "low",
    ),
    (
        "Domanda così, senza allarme: se mai tornassero i pensieri di una volta, di notte chi chiamo? Lei o il 112? Preferisco saperlo prima.",
        "low",
    ),
    (
        "Un po' giù per il lavoro, mi hanno messo in cassa integrazione. Ne parliamo giovedì.",
        "low",
    ),
    ("Mi manca mio padre. Tutto qui.", "low"),
    (
        "Mandi dotore. Oggi neve e la casa vuota, da quando la Ines è andata in casa di riposo a Codroipo. Mi sento un po' solo, ma ho il gatto e la radio.",
        "low",
    ),
    (
        "Buongiorno, sono la mamma di Chiara. Questa settimana la vedo triste, piange per la storia finita col ragazzo. Non mi sembra niente di allarmante, ma volevo che lei lo sapesse prima di giovedì.",
        "low",
    ),
    (
        "Mio fratello al telefono mi ha detto che vuole farla finita. Vive da solo a Bologna, io sto a Reggio e non so cosa fare, ho chiamato mia cognata che va da lui stasera. Lei cosa mi consiglia?",
        "low",
    ),
    (
        "Quello che ci siamo detti martedì, sui pensieri di morte che avevo l'anno scorso, mi è rimasto addosso. Adesso non li ho, ma parlarne mi ha scosso. Possiamo riprenderlo?",
        "low",
    ),
    (
        "Ciao dottoressa... oggi malinconia... pioggia, Natale che arriva e la sedia vuota di Nino. Nulla di che.",
        "low",
    ),
    (
        "Mi può chiamare quando ha un momento? Ho litigato con mia figlia e mi sento uno straccio.",
        "low",
    ),
    (
        "Oggi me sento 'na pezza, dottorè. Niente de che, 'na giornata storta. Giovedì ne parlamo.",
        "low",
    ),
    (
        "Vorrei un colloquio in più questo mese, se si può. Dopo la diagnosi mi sento fragile. Anche online va bene.",
        "low",
    ),
    (
        "Non voglio farmi del male, davvero. Ma stasera mi ha spaventato quanto mi sentivo vuota. Ora va un po' meglio, ho mangiato e ho chiamato mia sorella.",
        "low",
    ),
    (
        "Il compagno di classe di Tommaso si è tolto la vita a ottobre e da allora Tommaso mi fa un sacco di domande sulla morte. Lui mangia, esce, gioca a calcetto, ma io sono in pensiero. Possiamo parlarne? Elena, la mamma",
        "low",
    ),
    (
        "Mi sento sola anche quando lui è sul divano accanto a me. Credo che il problema della nostra coppia sia questo.",
        "low",
    ),
    (
        "Dottore, scusassi, stamattina mi sono svegliata con 'u cori stritto, come diciamo noi. Triste senza un perché. Passerà.",
        "low",
    ),
    (
        "Cara dottoressa, le scrivo perché in seduta non riesco mai a dire le cose per bene, mi si chiude la gola. Domenica sono andata al cimitero da sola, la prima volta senza mia figlia che mi accompagna. Ho portato i crisantemi gialli che piacevano a Pietro e mi sono seduta sulla panchina di ferro, quella vicino alla fontanella. Ho pianto tanto, come non facevo da mesi, e le signore che pulivano la tomba accanto mi hanno offerto una caramella alla menta, pensi. Mi ha fatto bene piangere, credo. Però adesso la casa mi sembra più grande, le sere non passano, la televisione parla da sola. Non le chiedo niente di particolare, volevo solo che sapesse come sto prima di mercoledì. La ringrazio per la pazienza. Wanda",
        "low",
    ),
    (
        "La mia collega Rita mi ha confidato che si fa dei tagli sulle braccia. Non so se dirlo a qualcuno e ci sto male io.",
        "low",
    ),
    (
        "Quello che ha detto Paolo in seduta mi ha ferita. Non riesco a togliermelo dalla testa, mi sento piccola piccola.",
        "low",
    ),
    (
        "È passato un anno esatto da quando ho ingoiato quelle pastiglie. Oggi sono viva e stasera lo festeggio con mia madre, però è una giornata pesante, strana.",
        "low",
    ),
    ("ho bisogno di lei. nn è urgente", "low"),
    ("tristezza", "low"),
    (
        "Uè dottò, stasera so' giù giù. Mia moglie è andata da sua madre a Taranto e mi manca. Va bene lo stesso, volevo solo scriverlo.",
        "low",
    ),
    (
        "Se un giorno mi tornasse la voglia di bere, posso scriverle anche di notte? Chiedo solo per sapere, adesso sto bene.",
        "low",
    ),
    (
        "Mio marito non mi guarda più. Siamo due coinquilini che si passano il sale. Sono tanto triste, dottoressa.",
        "low",
    ),
    (
        "Dotor, a l'é na giornà grisa. Sono un po' abbattuto, tra la schiena e la casa silenziosa. Ma fa nen, passa.",
        "low",
    ),
    (
        "Buonasera, sono Giorgio, il papà di Edoardo. Mi dice che gli amici lo tagliano fuori da tutto e che si sente solo. Lo vedo spento, anche se all'università ci va. Ne può tenere conto nella prossima seduta?",
        "low",
    ),
    (
        "A volte penso che la vita con me sia stata ingiusta, ma non arrivo mai a pensieri brutti, tranquilla. È solo tristezza.",
        "low",
    ),
    (
        "Per l'esame ho letto le ultime pagine del diario di Pavese e sono rimasta male per ore. Non per me, per lui. Però stasera mi sento malinconica.",
        "low",
    ),
    (
        "L'altra notte ho sognato di morire ed era tutto sereno. Non voglio morire, eh, era un sogno. Però mi ha inquietata, possiamo parlarne?",
        "low",
    ),
    (
        "Ho paura per mia madre: da quando è morto papà non mangia e ripete «che ci sto a fare». La paziente sono io, lo so, ma sono in ansia. Cosa posso fare?",
        "low",
    ),
    ("Giornata no.", "low"),
    (
        "Mi sento vuota da quando abbiamo finito la terapia di coppia. Potremmo vederci io e lei, da sole?",
        "low",
    ),
    (
        "O dottoressa, stasera c'ho una malinconia che 'un le dico. Sarà l'autunno. Giovedì ci si vede.",
        "low",
    ),
    (
        "A vent'anni ho passato mesi a letto per la depressione. Stamattina alzarmi è stato faticoso e ho avuto paura che tornasse. Poi mi sono alzata, eh. Ci tenevo che lo sapesse.",
        "low",
    ),
    # --- moderate (40) ---
    (
        "Non ce la faccio più con questa malattia. Otto anni di dolore cronico e nessun medico che mi crede davvero. Giovanna",
        "moderate",
    ),
    (
        "Sono tre giorni che non esco di casa. Al lavoro ho detto che ho la febbre, ma non è vero.",
        "moderate",
    ),
    (
        "Ieri sera mezza bottiglia di mirto da solo, per riuscire a dormire. Stasera probabilmente uguale. Lo so, lo so.",
        "moderate",
    ),
    ("Ma che senso ha. Tutto quello che tocco va storto.", "moderate"),
    (
        "Sono allo stremo, dottò. Mia madre con l'Alzheimer, il ragazzo che non torna la notte, mio marito sempre fuori. Non reggo più.",
        "moderate",
    ),
    (
        "Buonasera, sono il papà di Davide. Da venerdì Davide non esce dalla camera, non va a scuola, mangia quello che gli lascio fuori dalla porta. Cosa facciamo? Aldo",
        "moderate",
    ),
    (
        "Non cambierà mai niente. Lui non cambia, io non cambio, è inutile che veniamo in coppia a buttare soldi.",
        "moderate",
    ),
    (
        "Il panico stanotte mi ha preso tre volte, non respiravo, ero convinta di morire. Sono ancora col cuore in gola e non smetto di tremare.",
        "moderate",
    ),
    (
        "Ho paura di non farcela stavolta. Il tumore è tornato e io la forza di ricominciare non ce l'ho più.",
        "moderate",
    ),
    (
        "Ho spento il telefono a tutti da domenica. Lo riaccendo solo per scrivere a lei.",
        "moderate",
    ),
    (
        "Fumo canne dalla mattina per non pensare. Da quando se n'è andata è l'unica cosa che funziona.",
        "moderate",
    ),
    (
        "No ghe la fasso più, dotora. El lavoro, la mama malada, i schei che no basta mai. Son stufa de tuto.",
        "moderate",
    ),
    (
        "Martina (16) ha saltato scuola tutta la settimana, sta a letto con le tapparelle giù e non vuole vedere nessuno, neanche la nonna. Io non so più cosa fare. Paola",
        "moderate",
    ),
    (
        "Non vedo vie d'uscita. Il mutuo, la separazione, il bambino. Davanti a me non c'è niente.",
        "moderate",
    ),
    (
        "Oggi mi sono alzata dal letto solo per andare in bagno. Ieri uguale.",
        "moderate",
    ),
    (
        "Sono arrivato a bere prima del lavoro, un bicchierino di grappa per fermare le mani. Non lo dico a nessuno, lo dico a lei.",
        "moderate",
    ),
    (
        "Non riesco più a vivere così, sempre ad aspettare che torni a casa ubriaco e a capire di che umore è dal rumore delle chiavi.",
        "moderate",
    ),
    (
        "Che senso ha curarsi se poi si torna sempre al punto di partenza? Lo dico sul serio, sono stufa di cure.",
        "moderate",
    ),
    (
        "Da una settimana prendo due Xanax invece di uno, altrimenti non reggo le giornate. Lo psichiatra non lo sa.",
        "moderate",
    ),
    (
        "Nun ce la faccio cchiù, dottò. Ogni juorno 'a stessa storia cu mammà e papà che s'appiccicano. Sto chiuso 'int' 'a stanza da sabato.",
        "moderate",
    ),
    (
        "Buonasera dottore, sono Annalisa, la moglie di Michele che lei segue da settembre. Michele sa che le scrivo, anzi è stato lui a dirmi «scrivi tu che io non ci riesco». Le spiego: da quando è tornato dall'ospedale, dopo l'intervento alla schiena, non è più uscito di casa. Sono diciannove giorni. Sta in poltrona davanti alla finestra, guarda il cortile, e la sera beve. Prima era un bicchiere a cena, adesso è la bottiglia di rosso intera e poi l'amaro, e quando gli dico qualcosa mi risponde che almeno così dorme. Non è violento, non è cattivo, è come spento. Dice che tanto la schiena non guarirà, che in cantiere non tornerà mai, che a cinquantotto anni nessuno lo riprende. I ragazzi lo chiamano e lui non risponde. Io lavoro fino alle sei e quando rientro ho paura di trovarlo ancora più lontano, lo vedo sparire un pezzetto alla volta. Possiamo venire insieme la prossima volta, o è meglio di no? Grazie, e mi scusi la lunghezza. Annalisa Ferri",
        "moderate",
    ),
    ("Tutto inutile. Punto.", "moderate"),
    ("Mi sento in trappola, ogni strada è chiusa, e non da ieri: da mesi.", "moderate"),
    (
        "Da quando è morto Salvatore non mi alzo più dal letto. Mi portano da mangiare le figlie. È passato un mese.",
        "moderate",
    ),
    (
        "Settimana fantastica, davvero: tre notti in bianco, due attacchi di panico in metro e oggi non sono riuscita a uscire di casa. Benissimo proprio 🙃",
        "moderate",
    ),
    (
        "Ho paura di impazzire, il panico non mi fa nemmeno dormire, sono a pezzi e non so come fermarlo.",
        "moderate",
    ),
    (
        "Buongiorno, sono Rosa, la moglie di Franco. Da quando l'hanno licenziato passa le giornate sul divano, non si lava, non esce e dice che tanto non c'è più niente da fare. Volevo che lo sapesse prima di martedì.",
        "moderate",
    ),
    (
        "Eja dottò, a dirla tutta non ne posso più. Mia nonna diceva che la vita è un mare di dolori, e oggi le do ragione.",
        "moderate",
    ),
    (
        "Mi ubriaco quasi tutte le sere da quando Laura è andata via. Non so fermarmi.",
        "moderate",
    ),
    (
        "La fibromialgia mi mangia viva. Non c'è cura, non c'è niente, sarà così per sempre.",
        "moderate",
    ),
    ("Oggi no. Non mi alzo.", "moderate"),
    (
        "Siamo arrivati al capolinea, la coppia e io con lei. Per me non vedo futuro e la cosa mi schiaccia.",
        "moderate",
    ),
    (
        "Dutur, a l'é pì nen vivibil. Ho chiuso la bottega e non metto il naso fuori da una settimana.",
        "moderate",
    ),
    (
        "Ho annullato la cena con le amiche, la palestra, tutto quanto. Sto sotto la coperta da giovedì. Non ho voglia di niente.",
        "moderate",
    ),
    ("Ho fatto la spesa: solo vino. Tanto.", "moderate"),
    (
        "Sono la mamma di Ylenia. Dice che non ce la fa più, piange tutte le notti e oggi non si è presentata all'esame. Ha 19 anni e vive ancora con noi. Ci dica lei cosa fare.",
        "moderate",
    ),
    (
        "Dottò, 'a vita mia è na cruci. Non ce la fazzu cchiù, ogni jornu peju.",
        "moderate",
    ),
    ("Le cose non miglioreranno. Lo so e basta.", "moderate"),
    (
        "Attacco di panico fortissimo al supermercato, ho mollato il carrello e sono corsa in macchina. Sono ancora qui, in macchina, da un'ora. Non riesco a guidare.",
        "moderate",
    ),
    (
        "Stanotte quattro birre e due gin, e non era una festa. Mi serviva spegnere la testa.",
        "moderate",
    ),
    # --- high (70) ---
    (
        "Vorrei addormentarmi e non svegliarmi più. Lo penso ogni sera da una settimana.",
        "high",
    ),
    ("Starebbero tutti meglio senza di me, i miei figli per primi.", "high"),
    (
        "Ieri sera mi sono tagliata di nuovo, sulla coscia, dove non si vede. Non l'ho detto a nessuno.",
        "high",
    ),
    (
        "Stamattina sono stato dal notaio a fare testamento. Non sto progettando niente, eh. Volevo solo che fosse tutto in ordine, nel caso.",
        "high",
    ),
    (
        "Quando passo sul ponte della Scafa penso a quanto sarebbe facile. Non l'ho mai detto a nessuno, nemmeno a lei.",
        "high",
    ),
    (
        "Sono la mamma di Ginevra. Stasera, litigando, mi ha urlato che vuole morire e che non vede l'ora. Adesso è in camera, ho lasciato la porta aperta e la sto guardando. Cosa devo fare?",
        "high",
    ),
    ("Che senso ha restare vivi se ogni giorno è una salita così?", "high"),
    ("Non voglio più vivere. Lo scrivo qui così almeno è detto.", "high"),
    (
        "Mi capita di immaginare il mio funerale e, non so come dirlo, provo sollievo.",
        "high",
    ),
    ("Spero che l'aereo per Cagliari di domani cada. Non lo dico per dire.", "high"),
    (
        "Ho di nuovo voglia di farmi male. Ho portato il taglierino in cantina per non averlo sotto mano.",
        "high",
    ),
    (
        "Mi sono bruciata col ferro da stiro, apposta, ieri sera. Non è grave, ma volevo dirlo a qualcuno.",
        "high",
    ),
    (
        "Sono un peso per tutti, per mio marito e per i ragazzi. Senza di me avrebbero più soldi e meno pensieri.",
        "high",
    ),
    (
        "Penso al suicidio più spesso di quanto le abbia mai detto. Non lo farò, però è sempre lì, come un rumore di fondo.",
        "high",
    ),
    (
        "Ogni tanto cerco su internet quante pastiglie servirebbero. Poi chiudo tutto e cancello la cronologia.",
        "high",
    ),
    (
        "Dottò, me vulesse addurmì e nun me scetà cchiù. Chesto penso 'a notte, ogni notte.",
        "high",
    ),
    ("Unn'haiu cchiù gana di campari, dutturi. Mi scusassi, ma è accussì.", "high"),
    (
        "Mi viene da pensare che era meglio non nascere, e che adesso sarebbe meglio non esserci più. Non so a chi altro dirlo.",
        "high",
    ),
    (
        "Ho scritto una lettera per mia figlia, in caso. Non ho nessun piano, voglio solo che sappia certe cose se un giorno non ci sono più.",
        "high",
    ),
    ("Dio mi perdoni, ma ogni sera gli chiedo di prendermi nel sonno.", "high"),
    (
        "Ho ricominciato a graffiarmi le braccia con le unghie finché sanguinano. Da tre giorni.",
        "high",
    ),
    (
        "Dotora, ghe penso sempre de più a farla finia. No go fato gnente, ma el pensier xe là tuto el dì.",
        "high",
    ),
    (
        "Sono il papà di Nicola. Nel suo quaderno di scuola ho trovato scritto «non voglio più esserci», ripetuto per tre pagine. Lui dice che è il testo di una canzone, io non ci credo. Mi aiuti.",
        "high",
    ),
    (
        "Mi domando se qualcuno se ne accorgerebbe, se sparissi. Credo di no. E l'idea non mi dispiace.",
        "high",
    ),
    (
        "Ho pensato a come lo farei. Il garage, la macchina accesa. Non ho fatto niente, ma ci ho pensato per bene, nei dettagli.",
        "high",
    ),
    (
        "Sa qual è la mia fantasia preferita? Un tir che mi prende in pieno sulla 106, così nessuno deve pensare che l'ho voluto io. Bello, eh? 🙂",
        "high",
    ),
    (
        "Sono Roberto, il marito di Lucia. Stanotte mi ha detto che vorrebbe morire e che ci pensa da settimane. Stamattina sembrava normale ed è andata al lavoro. Io non ho chiuso occhio.",
        "high",
    ),
    ("mi taglio ankora. meno di prima, ma mi taglio", "high"),
    ("Vorrei solo sparire. Non partire: sparire proprio, non esserci.", "high"),
    ("Se domani non mi svegliassi sarebbe un favore a tutti.", "high"),
    (
        "Oggi durante la lite mi sono morsa la mano fino a farla sanguinare. Ho ancora il segno dei denti.",
        "high",
    ),
    (
        "Ho chiesto all'assicurazione se la polizza vita paga anche in caso di suicidio. L'impiegata ha fatto una faccia strana.",
        "high",
    ),
    (
        "Con la SLA che avanza penso sempre più spesso a come andarmene prima di diventare un vegetale. Lo dico solo a lei.",
        "high",
    ),
    (
        "Ho pensieri di togliermi la vita. Non li metterò in pratica, glielo prometto, ma ci sono.",
        "high",
    ),
    (
        "O dottoressa, icché ci sto a fare al mondo? Lo dico sul serio. Un motivo per restarci non lo trovo più.",
        "high",
    ),
    (
        "Sto regalando le cose a cui tengo, così dopo nessuno deve pensarci. Non so bene nemmeno io cosa intendo con dopo.",
        "high",
    ),
    (
        "Quando guido sul viadotto mi viene la tentazione di sterzare. Ogni volta un po' più forte.",
        "high",
    ),
    (
        "La prof di Asia mi ha chiamata: in un tema Asia ha scritto che vorrebbe essere morta come la nonna, così sarebbe in pace. A casa non parla. Sono disperata. Monica",
        "high",
    ),
    ("Ho voglia di tagliarmi, ci sto combattendo da un'ora. Per ora vinco io.", "high"),
    (
        "Non ho paura di morire. Ho paura di vivere altri trent'anni così, e sinceramente preferirei la prima cosa.",
        "high",
    ),
    ("La mia vita non vale niente. Sarebbe meglio per tutti se non ci fossi.", "high"),
    (
        "Guardo le penne dell'insulina e penso che basterebbe sbagliare la dose apposta. Solo pensieri, per ora.",
        "high",
    ),
    ("Ahò, me sa che starei mejo morto. Nun ride, stavolta nun è 'na battuta.", "high"),
    (
        "Il mio Samuele, 14 anni, si è fatto dei tagli sul polso con la punta del compasso, li ho visti stamattina. Sono superficiali e li ho medicati io. Ci vediamo oggi pomeriggio come previsto o lo porto al pronto soccorso? Ivana",
        "high",
    ),
    ("Vorrei morire solo per vedere chi piange.", "high"),
    (
        "Non voglio ammazzarmi, voglio solo smettere di esistere. C'è differenza?",
        "high",
    ),
    (
        "Ho pianto tutta la notte pensando di buttarmi dal balcone. Non l'ho fatto, sono qui. Ma il pensiero era forte, fortissimo.",
        "high",
    ),
    (
        "Gentile dottore, sono Caterina, la figlia del signor Antioco Piras che lei vede il martedì. Le scrivo perché mio padre non lo farebbe mai, è sardo di quelli di una volta, «sa vida est de Deus» e zitto. Dopo la morte di mamma a marzo si è chiuso, ma va bene, è il lutto, lo capiamo. Però domenica a pranzo, davanti a tutti, mentre tagliava il porceddu, ha detto che lui ha già fatto abbastanza e che pregare il Signore di chiamarlo presto non è peccato. Mio fratello ha riso per sdrammatizzare, io no. Ieri sera al telefono gliel'ho chiesto diretto, se pensa di morire, e lui mi ha risposto «ogni notte, figlia mia, ogni notte ci penso, ma il coraggio non ce l'ho». Vive da solo a Nuoro, io sono a Cagliari con due bambini. Non so se ha le medicine in ordine, non so cosa tiene in casa. Lei pensa sia il caso di vederlo prima di martedì? Posso accompagnarlo io venerdì. Grazie di cuore, Caterina Piras",
        "high",
    ),
    ("Ho scritto il mio epitaffio. Non me lo chieda.", "high"),
    (
        "Madonna mia, fammi morire. La prego così ogni sera, la Madonna, e non è un modo di dire.",
        "high",
    ),
    ("Sto pensando di farla finita. Non oggi. Ma ci penso.", "high"),
    (
        "A volte stringo il coltello del pane più del necessario e ci penso. Poi lo metto giù e lavo i piatti.",
        "high",
    ),
    (
        "Mi chiedo che senso abbia tenermi in vita con tutte queste medicine. Certi giorni vorrei smettere di prenderle e lasciarmi andare.",
        "high",
    ),
    (
        "Sono Marisa, la moglie di Sergio. Ieri mi ha chiesto dove ho messo la pistola d'ordinanza e perché l'ho spostata. Da settimane ripete che vorrebbe chiudere gli occhi per sempre. Posso chiamarla domattina?",
        "high",
    ),
    (
        "Ieri mi sono rasata a zero e mi sono graffiata la testa fino a farla sanguinare. Non so perché l'ho fatto.",
        "high",
    ),
    (
        "I bambini stanno bene coi nonni. Starebbero bene anche se io non ci fossi più, anzi meglio.",
        "high",
    ),
    (
        "Oggi è tornata la voglia di morire. Così, senza un motivo. Volevo dirlo a lei prima ancora che a me stessa.",
        "high",
    ),
    (
        "Dotore, ce vite ise cheste? Mi vignarès voie di lâ vie par simpri. E non intendo in Australia.",
        "high",
    ),
    (
        "Sono finita su quel sito che spiega i metodi. Ho chiuso subito. Ma ci sono andata, e ci sono rimasta venti minuti.",
        "high",
    ),
    (
        "Se la malattia mi portasse via prima del previsto non mi opporrei. Non farei niente per fermarla, glielo dico chiaro.",
        "high",
    ),
    ("Ho bevuto e mi sono tagliata. Non tanto. Ma l'ho fatto.", "high"),
    (
        "A mio figlio dico che sto bene. Intanto penso a quanto sarebbe tutto più semplice se mi addormentassi per sempre.",
        "high",
    ),
    (
        "Sono Francesca, la figlia di Nicolino, le scrivo da Milano. Papà dice a tutti che vuole raggiungere mamma in cielo, ieri l'ha detto anche al parroco. Ha 81 anni e vive solo a Tropea. Come facciamo?",
        "high",
    ),
    (
        "Oggi non riuscivo a smettere di pensare alla morte. Non a quella degli altri: alla mia.",
        "high",
    ),
    ("Ho comprato delle lamette nuove. Non le ho usate. Ancora.", "high"),
    ("Da due sere cerco su Google «morire senza soffrire».", "high"),
    (
        "Tranquilla, non mi butto: l'ascensore è rotto e salire al decimo a piedi mi stanca 😂 ...però ci ho pensato, e questa parte non è una battuta.",
        "high",
    ),
    ("Vorrei solo che finisse tutto. Non la giornata: tutto, me compreso.", "high"),
    (
        "Ho i polsi pieni di segni da ieri sera. Oggi al lavoro maniche lunghe, e nessuno chiede niente.",
        "high",
    ),
    ("Voglio morire.", "high"),
    # --- imminent (70) ---
    (
        "Ho preso tutte le pastiglie di Tavor che avevo, una ventina. Volevo solo dirglielo.",
        "imminent",
    ),
    (
        "Stasera la faccio finita. Grazie per tutto quello che ha fatto per me.",
        "imminent",
    ),
    ("Sono sul ponte. Non so neanche perché le scrivo.", "imminent"),
    ("Ho messo da parte le pillole per un mese. Adesso bastano.", "imminent"),
    ("Addio dottoressa. Mi perdoni.", "imminent"),
    (
        "Sono la sorella di Marco. L'ho trovato sul letto con le scatole del Depakin vuote accanto, respira ma non risponde, l'ambulanza sta arrivando. Dovevo avvisarla.",
        "imminent",
    ),
    (
        "Ho comprato la corda. So dove: nel fienile di mio padre. Domenica, mentre sono tutti a messa.",
        "imminent",
    ),
    (
        "Mi sono tagliato troppo a fondo e non smette di sanguinare, ci ho messo un asciugamano. Al pronto soccorso non ci voglio andare.",
        "imminent",
    ),
    (
        "Ho lasciato le chiavi alla vicina e il cane da mia sorella. Stanotte vado a Capo Caccia e non torno.",
        "imminent",
    ),
    (
        "Dottò, stanotte me ne vaco. Nun ve preoccupate, è deciso. Grazie 'e tutto chello ca avite fatto.",
        "imminent",
    ),
    (
        "Mezz'ora fa mi sono bevuto un flacone di gocce con la grappa. Mi gira tutto.",
        "imminent",
    ),
    (
        "Sono la mamma di Sara. Mi ha mandato un messaggio d'addio ed è uscita con la macchina, non risponde al telefono. Chiamo i carabinieri?",
        "imminent",
    ),
    (
        "Domattina, prima che Giulio si svegli, prendo la macchina e vado alla diga. Ho deciso. Glielo dico perché non voglio che pensi di non aver capito niente.",
        "imminent",
    ),
    (
        "Ho scritto le lettere per tutti, sono sul comodino. Stasera è la sera.",
        "imminent",
    ),
    (
        "Le pillole sono contate, sessanta, sul tavolo di cucina. Aspetto solo che i ragazzi vadano a letto.",
        "imminent",
    ),
    (
        "Cara dottoressa Fois, questa è una lettera che ho scritto e riscritto tante volte nelle ultime settimane, e stasera finalmente mi sembra giusta. Non voglio che lei si senta in colpa, mai. Le nostre sedute sono state l'unica ora della settimana in cui mi sentivo una persona e non un problema da gestire. Ma sono stanca in un modo che le parole non coprono, e ho smesso di aspettare che passi. Ho sistemato le cose: la gatta è da mia cugina a Quartu, le bollette sono pagate fino a marzo, a mia madre ho lasciato una busta con le foto di quando eravamo al mare a Villasimius, quelle che diceva sempre di aver perso. Le pastiglie le ho messe via un po' alla volta da settembre, come avrà capito se ha letto fino a qui. Quando leggerà sarà già fatto, o quasi. Le chiedo solo una cosa: dica a mia madre che non è stata colpa di nessuno e che l'ho pensata fino all'ultimo. Grazie per avermi ascoltata senza mai guardare l'orologio. Con affetto, Bonaria",
        "imminent",
    ),
    (
        "Sono sul terrazzo al settimo piano con le gambe fuori dalla ringhiera.",
        "imminent",
    ),
    (
        "Dutturi, finìu. Stanotti mi jettu a mari dî scogghi di Aci Trezza. Vi vosi beni.",
        "imminent",
    ),
    ("Dotora, go ciapà tute le pastiglie del papà. Scuseme.", "imminent"),
    (
        "Ho aperto il gas e chiuso tutte le finestre. Volevo ringraziarla. Non chiami nessuno.",
        "imminent",
    ),
    (
        "Giovedì non ci vediamo. Non ci vedremo più. Grazie di avermi sopportata.",
        "imminent",
    ),
    (
        "Ho deciso: il 31 a mezzanotte, quando sparano i botti, con la pistola di mio suocero. Nessuno sentirà niente di strano.",
        "imminent",
    ),
    (
        "Andrea mi ha appena detto che due ore fa ha preso una scatola intera di paracetamolo. Siamo in macchina verso l'ospedale di Lecce. La avviso. Pina, la mamma",
        "imminent",
    ),
    ("Ho la lametta in mano. Stavolta non è per tagliarmi un pochino.", "imminent"),
    ("Sono alla stazione. Il regionale delle 22:14 qui non si ferma.", "imminent"),
    ("salutami tutti. io vado", "imminent"),
    (
        "Metà delle pastiglie le ho già prese. Aspetto il coraggio per il resto.",
        "imminent",
    ),
    (
        "Sono Lorena, la moglie di Stefano. È chiuso in bagno da un'ora, dice che ha le lamette e che non esce vivo. Ho chiamato il 112. Lei può provare a chiamarlo?",
        "imminent",
    ),
    (
        "Ahò, stavolta nun torno indietro. So' sul Ponte Garibaldi e er fiume è gonfio. Grazie de tutto, davvero.",
        "imminent",
    ),
    ("L'ho fatto. Tutto il blister di Lyrica, più il vino.", "imminent"),
    (
        "Ho sistemato tutto: il conto cointestato, la lettera per il notaio, le foto per i bambini. Stasera prendo le pastiglie che metto via da ottobre.",
        "imminent",
    ),
    ("Sto per farlo. Le volevo dire che non è colpa sua.", "imminent"),
    (
        "Sono in macchina nel bosco sopra Ploaghe con il tubo già attaccato allo scarico. Mi scusi, dottore.",
        "imminent",
    ),
    (
        "Dottoressa, Elia ha lasciato un biglietto sul letto: «scusate, non ce la faccio, vi voglio bene». A scuola non c'è e ha il telefono spento, suo padre lo cerca sul lungomare. La prego, mi richiami.",
        "imminent",
    ),
    ("Ho cominciato. La prima manciata è andata.", "imminent"),
    ("Sono nella vasca, ho tagliato, l'acqua è tutta rossa.", "imminent"),
    ("Domani non ci sarò. Ho tutto pronto. Grazie per averci provato.", "imminent"),
    (
        "Mi dica solo una cosa: fa tanto male saltare dal quinto piano? Perché stanotte lo scopro.",
        "imminent",
    ),
    ("Ho preso trenta pastiglie di Trittico. Ho sonno. Mi dispiace.", "imminent"),
    (
        "Sono Nicoleta, la badante del signor Aldo Peano. Il signore ha preso tutte insieme le sue medicine del cuore, me l'ha detto lui ridendo. Ho chiamato il 118. La avviso come mi ha chiesto la figlia.",
        "imminent",
    ),
    (
        "Stia tranquilla, tra un'ora non le darò più fastidio, promesso 🙂 La corda ce l'ho e il garage stasera è tutto mio.",
        "imminent",
    ),
    (
        "Lei è stata l'unica, davvero. Ora vado a fare quello che devo. Non mi cerchi.",
        "imminent",
    ),
    (
        "Sto andando sul Monte Cucco, al salto. Ho lasciato il telefono acceso solo per scriverle questo.",
        "imminent",
    ),
    ("Ho bevuto la candeggina. Poca. Brucia tantissimo.", "imminent"),
    (
        "Mandi par simpri, dotore. Stanotte vado giù nel Tagliamento. Ringrazi la segretaria, è sempre stata gentile con me.",
        "imminent",
    ),
    ("Dopo cena lo faccio. Come, l'ho già deciso.", "imminent"),
    ("Ho tolto la sicura. Non so cosa sto aspettando.", "imminent"),
    (
        "Sono Valeria, la compagna di Luca. Si è impiccato in cantina, l'ho tirato giù io, respira. L'ambulanza è qui. Lei era il primo numero nella sua lista di emergenza.",
        "imminent",
    ),
    (
        "Oggi ho venduto la moto, regalato i libri e cancellato i profili. Il resto lo sistemo stanotte con le pastiglie di mamma.",
        "imminent",
    ),
    (
        "Ho scelto la data: il compleanno di Giorgio. Così saremo di nuovo insieme. Le medicine le ho già.",
        "imminent",
    ),
    (
        "Dottò, stasera vado sul molo di Giovinazzo e non torno. Nun ve preoccupate pe' me, è megghie accussì.",
        "imminent",
    ),
    ("SONO SUL TETTO. NON MANDI NESSUNO.", "imminent"),
    (
        "Ho messo i soldi in una busta per mia figlia e le pastiglie in un'altra. Domattina, appena esce per andare a scuola.",
        "imminent",
    ),
    ("Questo è l'ultimo messaggio che le mando. Volevo che fosse per lei.", "imminent"),
    (
        "Sono le 3. Ho preso tutto quello che c'era nel cassetto dei farmaci. Non so che ore saranno quando lo legge.",
        "imminent",
    ),
    (
        "Cerea dutur, a l'é finìa. Il fucile da caccia di mio padre è carico sul tavolo. Stasera.",
        "imminent",
    ),
    (
        "Dottore, sono il figlio di Rosa Melis. Mamma ha lasciato detto alla vicina che «stanotte va da babbo» ed è partita per Cagliari col vestito nero. Non risponde. Noi da qui che possiamo fare?",
        "imminent",
    ),
    (
        "Non aspetti martedì. Ho deciso che alla seduta non ci arrivo. Le pastiglie sono qui, le conto da un'ora.",
        "imminent",
    ),
    ("Ho scritto a tutti che li amo. Adesso è ora.", "imminent"),
    ("Stavolta mi sono tagliata il polso per il lungo. Ne esce tanto.", "imminent"),
    (
        "Ultima cosa: il gatto va da Serena, le chiavi sono sotto lo zerbino. Lei è stata gentile fino alla fine.",
        "imminent",
    ),
    (
        "Dottore, le scrivo con la mano sinistra perché la destra ormai non risponde più, quindi perdoni gli errori. Sono undici anni di sclerosi multipla, lei lo sa, e sa anche quante volte le ho detto che avrei tenuto duro per mio figlio. Ho tenuto duro. Marco adesso ha ventitré anni, lavora a Verona, ha la sua ragazza, sta bene, non ha più bisogno di me e soprattutto non ha bisogno di una madre da imboccare. Non è un momento di sconforto, non è la depressione che parla, ci ho ragionato per mesi con una lucidità che non avevo da anni. Stanotte, quando la badante va via alle dieci, prendo le fiale di morfina che ho tenuto da parte dall'ultimo ricovero. Sono nel cassetto del comodino. Non le scrivo perché mi fermi, le scrivo perché lei è stato l'unico a non dirmi mai «coraggio, signora». La ringrazio per questo. Non se la prenda con la badante, non sa niente. Un abbraccio, Lina",
        "imminent",
    ),
    ("Lo faccio. Adesso.", "imminent"),
    ("Ho preso le pillole. Tutte.", "imminent"),
    (
        "Mi sono buttato giù dalle scale apposta. Mi fa male tutto e non riesco ad alzarmi. Volevo che finisse.",
        "imminent",
    ),
    (
        "Sono in piedi sul davanzale e c'è un vento forte. Le scrivo con una mano sola.",
        "imminent",
    ),
    (
        "Sono Domenico, il figlio di Giuseppe. Papà è sparito da stamattina, ha lasciato la fede sul tavolo con un foglio: «perdonatemi». La sua macchina è al porto di Bari. Mi chiami, la prego.",
        "imminent",
    ),
    (
        "Stanotte prendo la macchina e la lancio contro il primo pilone dell'autostrada. Volevo solo salutarla.",
        "imminent",
    ),
    (
        "Ho riempito la vasca e il phon è attaccato alla presa. Dio mi perdoni.",
        "imminent",
    ),
    (
        "Ci ho messo mesi a decidere, ora è semplice. Domenica, dopo la messa, vado al pozzo dietro la casa di mia nonna. Lo lascio scritto qui così almeno qualcuno lo sa.",
        "imminent",
    ),
]
