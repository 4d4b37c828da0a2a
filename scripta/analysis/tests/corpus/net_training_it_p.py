"""Training-only messages for the learned risk net (bench/train_risk_net.py), author P.

Patients, older adults, carers, badanti and parents writing inside an ongoing therapy (rosaries and novenas, RSA visits, night shifts with a parent, pensions and notaries),
by terse SMS, WhatsApp and long portal messages; southern Italy and the islands: Naples, Calabria, Sicily and Sardinia, with dialect touches, religious wording, typos and emoji.

Written fresh on 2026-11-28 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Le scrivo dal tetto del palazzo. Il cielo è bellissimo stasera. Non si preoccupi per me, è meglio così.",
        "imminent",
    ),
    (
        "Ho ritrovato il diario di quando avevo 16 anni, c'era scritto che volevo morire. Mi ha fatto impressione, ma sono passati trent'anni e sono un'altra persona.",
        "low",
    ),
    (
        'Mia sorella a Olbia stanotte mi ha scritto "non ce la faccio più" e poi ha spento il telefono. Sono preoccupata, la chiamo ogni dieci minuti.',
        "low",
    ),
    (
        "Dottò nun m'è passata 'a malinconia, sto cu 'o core stritto da stamattina. Lunedì ci vediamo o no?",
        "low",
    ),
    (
        "Ho spento il telefono a tutti da domenica, anche a mia sorella. Scrivo solo a lei.",
        "moderate",
    ),
    ("Sto alla stazione e aspetto il treno che non si ferma qua. Ciao.", "imminent"),
    (
        "Dottò il treno da Reggio sta in ritardo di 40 minuti, Trenitalia mi uccide ogni volta. Arrivo per le 11 e mezza se Dio vuole",
        "none",
    ),
    (
        "A me non mi aiuta nessuno e una soluzione non ci sarà mai. Inutile che ci giriamo intorno.",
        "moderate",
    ),
    (
        'Mio marito quando guida in tangenziale dice sempre "qua prima o poi ci lasciamo la pelle" 😂 ma va a 60 all\'ora. Comunque ci vediamo sabato tutti e due',
        "none",
    ),
    (
        "Solo per dire: il compito delle tre cose belle al giorno lo sto facendo. Oggi: il sole sul terrazzo, il caffè con mia sorella, la messa delle 11. 🌞",
        "none",
    ),
    (
        "Non bevo più il bicchierino di amaro la sera, sono tre settimane oggi. Mia moglie è contenta e pure io. Ci vediamo venerdì. Nino",
        "none",
    ),
    (
        "Ragazzi domani alle 9 al campetto, chi porta il pallone?? ...ah scusi dottoressa, lei non è il gruppo del calcetto 😂 comunque ci vediamo giovedì",
        "none",
    ),
    (
        "Il pensiero di farla finita mi viene mentre lavo i piatti, mentre guido, mentre stendo. Sempre. Non ho deciso niente.",
        "high",
    ),
    (
        "Con questo mutuo non vedo via d'uscita, la banca chiama ogni giorno e io non rispondo più a nessuno, nemmeno a mia madre.",
        "moderate",
    ),
    (
        "Bedda Matri, sono stanca, stanca, stanca. Non ce la faccio più a fare la badante a mio padre e la mamma ai figli e la moglie a quello là.",
        "moderate",
    ),
    (
        "Il questionario della prima visita l'ho lasciato a metà, lo finisco a casa con calma e glielo porto giovedì, va bene?",
        "none",
    ),
    (
        "Penso spesso al mare di notte a Mondello, a entrarci piano piano e non tornare. È un pensiero dolce e mi fa paura.",
        "high",
    ),
    ("Mi sono fatta tutta l'insulina che c'era nel frigo. Ho tanto sonno.", "imminent"),
    (
        "Ho pagato il funerale alle pompe funebri, tutto anticipato, pure i fiori. Il resto lo faccio venerdì. Non dico altro.",
        "imminent",
    ),
    (
        "Sono il papà di Andrea, suo paziente. Si è chiuso in bagno con il rasoio e urla che si ammazza, la porta è bloccata, cosa facciamo??? Ho chiamato il 112",
        "imminent",
    ),
    (
        "Ho letto per caso i messaggi di mia figlia Alessia, che non è in terapia, scriveva a un'amica che vuole sparire. Sono terrorizzata, cosa devo fare con lei?",
        "low",
    ),
    (
        "Non sto più a letto fino a mezzogiorno, ora alle 7 sono già in piedi e porto il cane al lungomare. Volevo che lo sapesse 🙂",
        "none",
    ),
    (
        "Ho cominciato a fare i conti: chi si prende il cane, a chi va la casa. Non per farlo, dottò, ma mi viene di pensarci, la notte.",
        "high",
    ),
    (
        "Ho paura di non farcela, dottoressa. La malattia di mio marito, i debiti, mia figlia che non mi parla. Tutto insieme.",
        "moderate",
    ),
    ("Mi manca mio marito. Stasera ho apparecchiato per due senza pensarci 😢", "low"),
    (
        "sto sulla ringhiera del porto. acqua nera. dopo questo non rispondo più",
        "imminent",
    ),
    (
        "Può chiamarmi quando ha un minuto? Ho bisogno di sentire una voce amica, oggi la giornata è pesante. Anna",
        "low",
    ),
    ("Questo è l'ultimo messaggio. Ho preso tutto.", "imminent"),
    (
        "È deciso. Venerdì sera, dopo l'ultima seduta. Non se la prenda, non è per colpa sua.",
        "imminent",
    ),
    (
        "Tutto inutile, la terapia, le medicine, i santi, le novene. Non cambia niente, niente.",
        "moderate",
    ),
    (
        "Buonasera dottoressa, le scrivo da parte di mio marito Gaetano che non sa usare il cellulare. Dice che la ringrazia per la seduta di martedì e che si è sentito capito, cosa che a lui non succede spesso. Mi ha chiesto di dirle anche che la prossima volta porta le foto della barca, che lei gliele aveva chieste. Volevamo sapere se per il 12 va bene alle 16 invece che alle 17, perché alle 17 c'è la novena e lui non la vuole perdere per nessun motivo. Se non si può, pazienza, veniamo alle 17 e la novena la facciamo la sera dopo. Grazie di tutto e un saluto dalla Sicilia, anche se lei ci sta pure lei in Sicilia 😄 Ninetta e Gaetano",
        "none",
    ),
    (
        "Scusi l'ora, non riesco a prendere sonno, sono malinconica. Niente di che, domani passa",
        "low",
    ),
    (
        "Stasera è l'ultima sera. Volevo che lo sapesse da me e non dal giornale.",
        "imminent",
    ),
    (
        "Sono allo sfascio, dottò. Mi sento una barca che imbarca acqua da tutte le parti.",
        "moderate",
    ),
    (
        "Stanotte stavo sul balcone e guardavo giù, pensavo che quattro piani bastano. Poi ho avuto freddo e sono rientrato.",
        "high",
    ),
    (
        "Il mio ragazzo mi ha lasciata per messaggio, sto uno schifo 😔 ci possiamo vedere prima di giovedì?",
        "low",
    ),
    (
        "Da quando è morta Lucia non ho più ragione di stare qua. Io la aspetto e lei aspetta a me, lassù.",
        "high",
    ),
    (
        "Mia cognata ha partorito stanotte, una bambina di 3 chili e mezzo! Sono zia per la terza volta 🥳 Mi scusi se lunedì arrivo con le occhiaie",
        "none",
    ),
    (
        "Grazie dottoressa per ieri, sono uscita leggera leggera. Buona domenica ❤️ Giusi",
        "none",
    ),
    ("ieri sera mi sono tagliato, poco. oggi ne ho ancora voglia", "high"),
    (
        "Mio cugino Rocco dice che si vuole buttare dal balcone per la storia della moglie, e lui non vuole sentire parlare di psicologi. Io sono in pensiero, non dormo. Che devo fare?",
        "low",
    ),
    (
        "Il cane l'ho portato da mia sorella con la cuccia e le crocchette. Questa sera è la sera. Non mi richiami.",
        "imminent",
    ),
    (
        "Sto morendo di fame, mi è saltato il pranzo per la riunione in comune. Confermo le 18 comunque",
        "none",
    ),
    (
        'Mio padre quando prendevo un 4 diceva "o studi o t\'ammazzo" 😂 classico calabrese. Tranquilla, sto studiando davvero stavolta. Ci vediamo giovedì. Davide',
        "none",
    ),
    (
        'La prof di italiano ci ha fatto leggere "Il giorno della civetta" e ora Sciascia mi piace un sacco, volevo dirglielo visto che me l\'aveva consigliato lei. Ciao, Marco',
        "none",
    ),
    (
        "Ho messo la scala sotto la trave. Volevo sentire una voce umana l'ultima volta.",
        "imminent",
    ),
    (
        "La mia compagna di stanza al collegio si taglia, l'ho vista in bagno con la lametta. Non so se dirlo alla suora, lei mi ha fatto giurare. Io sono sconvolta.",
        "low",
    ),
    (
        "Quando avevo 19 anni mi tagliavo le braccia, per un periodo. Oggi al mare mia figlia ha visto le cicatrici e mi ha chiesto cosa erano e io non sapevo che dirle. Ne possiamo parlare martedì?",
        "low",
    ),
    (
        "Mi hanno bocciata all'esame della patente per un pelo, mannaggia a me e alla precedenza! Ci riprovo a gennaio. A dopodomani. Martina",
        "none",
    ),
    (
        "Ho lasciato la casa pulita, il frigo vuoto, le bollette pagate. Dopo non voglio dare disturbo a nessuno. Stanotte.",
        "imminent",
    ),
    (
        "A Natale qua facciamo una strage di struffoli e zeppole come ogni anno. Volevo chiedere se il 27 lo studio è aperto o chiuso",
        "none",
    ),
    (
        "Mi faccio due canne ogni sera per non pensare, lo so che non devo, ma senza non prendo sonno",
        "moderate",
    ),
    (
        "Ajò dottoressa, sono arrivata a Cagliari, il traghetto era un inferno col mare grosso ma tutto bene. Ci sentiamo in video martedì come d'accordo. Ignazia",
        "none",
    ),
    (
        "Sono la figlia del signor Vincenzo, suo paziente, 79 anni. Ha preso il fucile da caccia e si è chiuso in cantina, dice che non vuole più vivere e che è pronto. Ho chiamato i carabinieri, stanno venendo, ma lei cosa ci consiglia??",
        "imminent",
    ),
    (
        "Una volta ogni tanto una sigaretta me la fumo, con il caffè dopo pranzo, ma non è un problema, volevo rispondere alla domanda che mi ha fatto. Ci vediamo martedì",
        "none",
    ),
    (
        "Ripensavo a quello che ci siamo dette martedì, a quell'inverno in cui volevo morire. Mi ha fatto strano parlarne ad alta voce, non l'avevo mai fatto. Adesso è lontano.",
        "low",
    ),
    ("sto per saltare. sono sul cornicione, non ce la faccio più", "imminent"),
    (
        "Ho la lametta nuova. Stasera vado fino in fondo, non come le altre volte.",
        "imminent",
    ),
    (
        "Mi scusi se le scrivo di domenica, mi sento sola e mi andava di salutarla. Buona domenica. Carmelina",
        "low",
    ),
    (
        "Ieri sono stata dal notaio a fare testamento e sono uscita leggera, come chi ha chiuso i conti. Mi è piaciuto troppo quel sollievo.",
        "high",
    ),
    ("Sono stanca di campare, dottoressa, e lo dico sul serio stavolta.", "high"),
    (
        "Ho scelto la foto per il funerale, quella bella del matrimonio di Sara, e l'ho messa nella cartellina con i documenti. A pensare al funerale mi sento sollevata, è brutto dirlo.",
        "high",
    ),
    (
        "Mio figlio Antonio (suo paziente) non si alza dal letto da tre giorni, ha buttato il telefono nel cassetto e non vuole parlare con nessuno, nemmeno con la nonna. Che faccio?",
        "moderate",
    ),
    (
        "La mia amica Simona sabato ha preso un sacco di pillole, ora è ricoverata a Cosenza. Sta meglio, dicono, ma io non riesco a pensare ad altro tutto il giorno.",
        "low",
    ),
    ("mi sono tagliata troppo e il sangue non si ferma, ho paura", "imminent"),
    (
        "Madonna mia che caldo oggi a Palermo, si muore!! Ci vediamo alle 17 lo stesso, arrivo un po' squagliata 😅",
        "none",
    ),
    (
        "Sono sulla scogliera di Scilla, il mare è calmo. Non ho paura. Grazie di avermi ascoltata in questi due anni.",
        "imminent",
    ),
    (
        "Volevo chiederle se è normale pensare che sarebbe meglio morire. Perché io lo penso da settimane, tutti i giorni.",
        "high",
    ),
    (
        "Mi sento sola in questa casa grande, i figli stanno tutti al nord, Torino, Milano, Bologna. La sera è la cosa più brutta, la televisione parla e io non la sento.",
        "low",
    ),
    (
        'Il parroco oggi all\'omelia ha detto "chi perde la propria vita la ritroverà". Ci ho pensato tutto il pomeriggio, ma in senso bello, tipo che se mi do agli altri ritrovo me stessa. Ne parliamo giovedì?',
        "none",
    ),
    (
        "Dottò ho perso le chiavi della macchina, mia moglie mi uccide 😅 sto arrivando a piedi, dieci minuti",
        "none",
    ),
    ("mi so tagliato i polsi nella vasca. scusate", "imminent"),
    (
        "La settimana scorsa in seduta ho detto che non volevo più vivere, ma era la rabbia che parlava. Non lo penso e non l'ho mai pensato sul serio, ci tenevo a dirglielo per iscritto.",
        "low",
    ),
    (
        'Mia madre ripete "quando muoio voglio la messa cantata e i fiori bianchi" da quando aveva 50 anni. Adesso ne ha 88, fa la spesa da sola e balla alle feste di paese 😂 gliel\'ho raccontato per farla ridere',
        "none",
    ),
    (
        "Mi ha fatto morire dal ridere il video che mi ha mandato mio nipote col cane vestito da Babbo Natale, glielo faccio vedere martedì 😂",
        "none",
    ),
    (
        "La seduta di famiglia la possiamo spostare? Mio marito è in mare col peschereccio fino al 15 e senza di lui non ha senso. Grazie. Teresa",
        "none",
    ),
    ("Ma che campo a fare se manco i figli mi chiamano a Natale?", "high"),
    (
        "Non mi chiudo più in casa la domenica, questa domenica sono andato a Scilla con i colleghi a mangiare il pesce spada. Bella giornata",
        "none",
    ),
    ("Non vedo l'ora che finisca tutto. Tutto tutto, pure io.", "high"),
    ("Sono morta e risorta: sessione finita, 28 in diritto privato!! 🎉🎉", "none"),
    ("sto a pezzi. non ce la faccio più.", "moderate"),
    (
        "Ho aperto il gas in cucina e mi sono seduta. Non chiami nessuno, per favore.",
        "imminent",
    ),
    (
        "Ho fatto il pieno alla macchina e ho preso un tubo. Stanotte vado in campagna, da quelle parti non passa nessuno.",
        "imminent",
    ),
    (
        'Sono la nuora della signora Filomena, sua paziente. Oggi mi ha detto "prega che Dio mi porti via, pecché si no me ne vado io". Ha 84 anni e non mangia più. Mi ha gelato il sangue.',
        "high",
    ),
    (
        "Il vicino di sopra, vedovo da poco, ha detto a mio marito sulle scale che non ha più motivo di vivere. Lo dobbiamo dire a qualcuno? Mi preoccupa quell'uomo.",
        "low",
    ),
    ("Vi voglio bene a tutti. Dica a mia madre che non è colpa sua. Vado.", "imminent"),
    (
        "Ieri non mi sono tagliata. Lo segno sul diario come mi ha detto lei, siamo a 4 giorni.",
        "low",
    ),
    (
        "Uè dottò, ho fatto il bonifico stamattina dalla posta, mi manda la fattura quando può? Grazie assai. Gennaro Esposito",
        "none",
    ),
    (
        "Non riesco a smettere di pensare alla corda in cantina, quella di mio nonno. Non la tocco, ma ci penso.",
        "high",
    ),
    (
        "Non mi sento più sola come l'inverno scorso, adesso al circolo giochiamo a burraco ogni martedì! Quindi martedì alle 16 non posso più, facciamo mercoledì?",
        "none",
    ),
    (
        "Niente migliorerà mai. Lo sento nelle ossa. Sono sessant'anni che va così e così andrà.",
        "moderate",
    ),
    (
        "Quando vedo arrivare il treno alla stazione di Villa mi viene un pensiero che non le scrivo. Lei lo sa qual è.",
        "high",
    ),
    (
        "Dottoressa ho ricevuto il suo messaggio, grazie. Ci vediamo il 3 alle 17:30.\nCordiali saluti\nFrancesco Lo Iacono",
        "none",
    ),
    (
        "Mi sono bevuto una bottiglia di whisky e ho preso le pillole di mio padre, tutte. Mi gira la testa, la stanza gira.",
        "imminent",
    ),
    (
        "Sono a letto da due giorni, al lavoro ho detto che ho la febbre ma non è vero. Non riesco ad alzarmi, le gambe non mi reggono.",
        "moderate",
    ),
    (
        "Buongiorno, mi serve il certificato per il rinnovo della sertralina, il dottor Greco dice di chiederlo a lei. Grazie mille. Anna Maria",
        "none",
    ),
    (
        "Il vicino ha ammazzato il maiale come ogni anno a dicembre e ci ha regalato salsiccia per un reggimento. Se vuole gliela porto, è buonissima",
        "none",
    ),
    (
        "Le scrivo per ringraziarla. Ho deciso di andarmene stanotte, ho preparato tutto. Non mi cerchi.",
        "imminent",
    ),
    (
        "Ho stirato la camicia buona e i documenti sono sul letto, così non devono cercare niente quando mi trovano. È tutto pronto per domattina.",
        "imminent",
    ),
    (
        "Ho paura che mio fratello ha ricominciato con l'eroina, è sparito da tre giorni e non risponde. Sono in ansia, la posso chiamare stasera?",
        "low",
    ),
    (
        "In chiesa all'elevazione ho pregato di morire prima di mia madre, per non vederla soffrire. Ma poi ho capito che lo volevo davvero, morire, e basta, mamma c'entra poco.",
        "high",
    ),
    (
        "Il gruppo di preghiera di Padre Pio adesso si riunisce il giovedì sera, quindi il giovedì non ce la faccio più. Possiamo fare il venerdì? Assunta",
        "none",
    ),
    ("dottoressa ho voglia di tagliarmi forte stasera. non l'ho ancora fatto", "high"),
    (
        "domani mattina presto vado agli scogli di Capo Testa e non torno. ho deciso, non mi faccia cambiare idea",
        "imminent",
    ),
    (
        "Mio figlio Gianluca, 16 anni, suo paziente, cerca su google come si fa a non svegliarsi più. Ho visto la cronologia stasera.",
        "high",
    ),
    (
        "Mi ripeto che sarebbe stato meglio non nascere, e ultimamente aggiungo: e adesso sarebbe meglio non esserci più.",
        "high",
    ),
    (
        "Ho le pastiglie in mano e il bicchiere d'acqua davanti. Sto contando fino a dieci.",
        "imminent",
    ),
    (
        "Dottoressa, le ho lasciato una lettera nella cassetta dello studio. La legga dopo. Domani io non ci sarò.",
        "imminent",
    ),
    (
        "Ti ammazzo se ti scordi un'altra volta di chiudere il cancello!! — mi scusi dottoressa, era per mio marito, ho sbagliato chat 🙈",
        "none",
    ),
    (
        "Ho il pensiero fisso del ponte sulla fiumara. Ci passo ogni giorno per andare al lavoro e ogni giorno lo guardo in un altro modo.",
        "high",
    ),
    (
        "Stamattina al centro anziani abbiamo letto 'A livella di Totò, \"'a morte 'o ssaje ched'è?... è una livella\". Abbiamo riso e pure un po' pianto, ma di quelle lacrime buone. Una mattina bellissima.",
        "none",
    ),
    (
        'Mio figlio mi ha scritto "sto morendo" durante la verifica di matematica 😂 è fatto così, drammatico. Confermo l\'incontro con lei e la prof giovedì',
        "none",
    ),
    (
        "Mi fanno male le braccia, me le sono tagliate di nuovo l'altra notte. Volevo dirglielo prima di giovedì, che poi in seduta non ci riesco",
        "high",
    ),
    (
        "Ho comprato la carbonella e lo scotch largo. Sabato mia moglie va dalla madre a Sassari e io resto solo.",
        "imminent",
    ),
    (
        "Ho fatto la notte con papà che ha l'Alzheimer, mi ha chiamata col nome di mia madre tutta la notte. Che tristezza, Madonna mia.",
        "low",
    ),
    (
        "Dottoressa oggi mi sento giù, è l'anniversario di Totò, sono sei anni che se n'è andato. Niente di grave, volevo solo dirglielo a qualcuno. Nunzia",
        "low",
    ),
    (
        "Quest'anno il sangue di San Gennaro si è sciolto subito, mia nonna ha pianto di gioia in Duomo. Mercoledì confermo, Rita",
        "none",
    ),
    (
        "Sabato e domenica mi sono fatto di coca, per reggere il turno doppio e tutto il resto. Non la toccavo da anni.",
        "moderate",
    ),
    (
        "Se una notte mi tornassero quei pensieri, chi devo chiamare, lei o il 112? Lo chiedo per essere preparata, adesso sto bene",
        "low",
    ),
    (
        "Ho il cuore a pezzi: il Cagliari ha perso pure stavolta 😂 Scherzo, quasi. A martedì. Efisio",
        "none",
    ),
    (
        "Niente più attacchi di panico in macchina: oggi ho fatto Salerno-Napoli da sola, in tangenziale pure! 💪",
        "none",
    ),
    ("Vorrei andarmene. Non di casa, dottoressa. Dal mondo.", "high"),
    (
        "Ajò, sono tre giorni che non mi lavo e non apro la porta. Mia madre bussa e io faccio finta di non esserci.",
        "moderate",
    ),
    (
        "Mi prende il panico appena metto il piede fuori, oggi sono tornata indietro dal portone tre volte. Non esco più di casa.",
        "moderate",
    ),
    (
        "Ho deciso, lo faccio domenica dopo la messa, quando sono tutti al pranzo dai suoceri e a casa non c'è nessuno.",
        "imminent",
    ),
    ("Da venerdì non esco di casa. Ho chiuso le persiane e basta.", "moderate"),
    (
        "Sono andato dal ferramenta e ho preso quello che serve. Domattina, quando mia moglie scende al mercato.",
        "imminent",
    ),
    (
        "Nell'armadietto ci sono le gocce di papà e io le guardo e ci penso. Solo ci penso, giuro.",
        "high",
    ),
    (
        'Dopo il film di ieri, "Il postino", mi è venuta voglia di tornare a Procida. A Pasqua ci andiamo col mio compagno, già prenotato!!',
        "none",
    ),
    (
        "Ci penso a come farlo. Non il quando, solo il come. Tutte le notti, con la luce spenta.",
        "high",
    ),
    (
        "Sono Peppino, il figlio della signora Agata. Mamma da quando è morto papà non fa altro che dire che vuole andare con lui, stamattina ha detto alla vicina che spera di non arrivare a Natale. Lei è sua paziente da marzo, volevo che lo sapesse prima di venerdì.",
        "high",
    ),
    (
        "Signora dottoressa, mio marito Peppe è a letto con la febbre a 39 da tre giorni, quindi mercoledì non veniamo. Niente di grave, l'influenza che gira. Saluti",
        "none",
    ),
    (
        "Ho il cuore che scoppia e le mani che tremano da stamattina, non riesco a calmarmi in nessun modo, ho paura di impazzire",
        "moderate",
    ),
    ("mi vorrei spegnere. tipo lampadina. click. fine 💡", "high"),
    (
        "La badante nuova di papà è una ragazza ucraina bravissima, finalmente dormo la notte intera. Le sedute le continuiamo sempre il lunedì? Grazie. Lina",
        "none",
    ),
    (
        "Ho messo da parte le fiale di morfina di mio marito buonanima. Stasera me le faccio tutte.",
        "imminent",
    ),
    (
        "Mi è venuto un colpo quando ho visto la bolletta del gas! 😱 Vabbè, ci si arrangia. Venerdì confermo. Angela",
        "none",
    ),
    (
        "Oggi è il compleanno di mio figlio che sta in Australia e non mi ha chiamato. Mi sento sola sola.",
        "low",
    ),
    (
        "Stanotte la faccio finita. Le pastiglie le ho contate, sono 60. Grazie di tutto dottoressa.",
        "imminent",
    ),
    (
        "Qua giù non c'è futuro per me, ho 43 anni, niente lavoro, niente famiglia mia. È tutto un fallimento e non vedo come possa cambiare.",
        "moderate",
    ),
    (
        'Sono la figlia di Vincenzo Arena, suo paziente, 81 anni. Da ieri dice che vuole smettere le medicine del cuore "così il Signore fa prima". Non so se lo dice per dire.',
        "high",
    ),
    (
        "Se sparissi nessuno se ne accorgerebbe, forse il gatto. Anzi, starebbero tutti più comodi.",
        "high",
    ),
    (
        "Dottoressa le scrivo che è morta la signora Nunzia del piano di sopra, 96 anni, nel sonno, una santa donna. Domani alle 10 c'è il funerale e ci vado con mia sorella, quindi la seduta la dovremmo spostare. Mi scusi.",
        "none",
    ),
    (
        "Ho contato: 45 compresse di amitriptilina. Le ho messe in un bicchiere sul comodino. Stasera quando dormono.",
        "imminent",
    ),
    (
        "Ho un attacco di panico fortissimo, mi manca l'aria, il cuore a mille, sono ferma in macchina sulla corsia d'emergenza e non riesco a ripartire",
        "moderate",
    ),
    (
        "Sono stanca di lottare. Non cambierà niente, pure Padre Pio mi ha girato le spalle.",
        "moderate",
    ),
    (
        "Il dentista mi ha massacrato, ho la bocca gonfia come un pallone. Domani non riesco a parlare, spostiamo a venerdì? 😅",
        "none",
    ),
    (
        "Sono stanca morta, tre lavatrici e la passata di pomodoro con mia suocera tutta la mattina. Ma contenta, eh! A domani. Lucia",
        "none",
    ),
    (
        "Mi è caduto il telefono a mare a Tropea 😭😂 se mi deve cercare scriva a mia figlia Valeria, ha il numero vostro",
        "none",
    ),
    (
        "Nessuno mi capisce qua al paese, mi guardano come una strana perché vado dalla psicologa. Mi sento sola anche in mezzo alla gente",
        "low",
    ),
    (
        "Sono la mamma di Chiara. Ha preso 20 pastiglie di paracetamolo e adesso vomita, siamo in macchina verso il pronto soccorso di Nuoro",
        "imminent",
    ),
    (
        "ho ingoiato le pasticche di mia nonna. sto aspettando che fanno effetto",
        "imminent",
    ),
    (
        "Il mio ragazzo dice che sono pesante. Ha ragione, sono un peso per tutti, il mondo andrebbe avanti benissimo senza di me, anzi meglio.",
        "high",
    ),
    ("Vurria durmì e nun me scetà cchiù. Accussì, senza fa' male a nisciuno.", "high"),
    (
        "Non ho la forza di alzarmi, oggi ho saltato il lavoro e anche ieri. Il capo ha chiamato, non ho risposto.",
        "moderate",
    ),
    (
        "Ho chiesto al patronato se la reversibilità va a mia figlia anche se... vabbè, lei ha capito. Ci penso spesso ultimamente.",
        "high",
    ),
    (
        "Stanotte ho sognato papà e mi sono svegliata piangendo. Volevo solo scriverglielo, non deve rispondere.",
        "low",
    ),
    (
        "Ogni sera dico il rosario e chiedo alla Madonna di portarmi via nel sonno. Stamattina mi sono svegliata e mi è dispiaciuto.",
        "high",
    ),
    (
        "Stanotte, quando chiude il bar sotto casa. Dal balcone. Ho deciso e sto tranquillo.",
        "imminent",
    ),
    (
        "Le pillole le metto da parte da un mese, adesso sono abbastanza. Stanno nel calzino sotto il materasso, aspettano me.",
        "imminent",
    ),
    (
        "Ogni giorno uguale: mi alzo, lavo mamma, la imbocco, la cambio, e mi chiedo a che serve tutto questo. Non ce la faccio più, dottoressa, glielo dico sinceramente.",
        "moderate",
    ),
    (
        "Oggi fanno cinque anni da quando sono uscito dall'ospedale, dopo le pastiglie. Non pensavo di uscirne. Sono commosso, volevo condividerlo con lei.",
        "low",
    ),
    (
        "Sono la mamma di Giada (15 anni, sua paziente). Ha scritto sul diario che vuole morire, pagine intere. L'ho letto di nascosto, lo so che non dovevo. Aiutatemi.",
        "high",
    ),
    (
        "Minchia che traffico, sono bloccato in via Libertà da venti minuti, arrivo tardi, mi scusi",
        "none",
    ),
    (
        "Quando dormo sogno di essere morta e mi sveglio contenta. Poi mi ricordo che sono viva e mi metto a piangere.",
        "high",
    ),
    (
        'Sto preparando "Preghiera in gennaio" di De André per il saggio di chitarra, è bellissima anche se triste. Il saggio è il 20 alla parrocchia, se vuole venire è la benvenuta!',
        "none",
    ),
    (
        'A casa mia dicono "chi nasce tondo non può morire quadrato" e io ci ho sempre creduto. E invece guardi un po\', sto cambiando pure io! Ci vediamo giovedì',
        "none",
    ),
    (
        "La corda in soffitta è pronta. Aspetto che mio marito parta per Milano giovedì.",
        "imminent",
    ),
    (
        'Ho finito Gomorra finalmente, che ansia quella musica 😂 "stai senza pensieri" ormai lo dico a tutti in ufficio',
        "none",
    ),
    (
        "Non mi voglio ammazzare, dottoressa, stia tranquilla. Sono solo stanca e sola, tutto qua.",
        "low",
    ),
    (
        "Mi sono chiusa in macchina nel garage col motore acceso. Le scrivo perché lei è stata l'unica gentile.",
        "imminent",
    ),
    (
        "Ci ho provato a stare meglio, davvero. Adesso vorrei solo sparire per sempre, e non nel senso di cambiare città.",
        "high",
    ),
    (
        "Ho scelto la data, il 2 dicembre, il giorno che è morto lui. Ho già tutto quello che mi serve nell'armadio.",
        "imminent",
    ),
    (
        "Gentile dottoressa, le scrivo dal portale perché so che lei lo legge domattina e a quel punto sarà tutto finito. Non voglio che si senta responsabile: lei ha fatto tutto quello che poteva, le sedute mi hanno dato un anno in più e gliene sono grata. Ho deciso da settimane e stanotte ho tutto pronto, le pastiglie sono sul comodino e mio figlio è a Roma fino a lunedì. Ho lasciato una busta per lui sul tavolo della cucina con le istruzioni per la casa e per la pensione. Le chiedo di stargli vicino se lui vorrà. Che il Signore mi perdoni. Con affetto, Concetta",
        "imminent",
    ),
    (
        "Mio zio a Nuoro fa il pecorino e me ne ha mandato uno che uccide, giuro. Sabato gliene porto un pezzo 🧀",
        "none",
    ),
    (
        "Dottoressa mi può riconfermare l'indirizzo nuovo dello studio? Non trovo più il messaggio, il telefono nuovo ha cancellato tutto. Giovanna",
        "none",
    ),
    (
        "Mi chiedo a volte: e se mi tornasse la voglia di farmi male come da ragazzo? Non è successo, lo chiedo per capire come riconoscerla in tempo.",
        "low",
    ),
    (
        "Se un giorno non ce la facessi più con mamma, c'è un posto dove lasciarla qualche settimana? Lo chiedo prima, per sapere.",
        "low",
    ),
    (
        "Ieri mi sono morsa la mano fino al sangue per non urlare. Oggi ho il segno e lo guardo.",
        "high",
    ),
    (
        "Dottò, ho lasciato le lettere sul comò e le chiavi alla vicina, il gatto se lo prende mia cugina. Perdonatemi tutti.",
        "imminent",
    ),
    ("fatto. ho preso tutto. 💊", "imminent"),
    (
        'Le mando il link della canzone che le dicevo, "Quanno chiove" di Pino Daniele, quella che mi fa pensare a mio padre quando tornava dal porto. Buona serata',
        "none",
    ),
    (
        "Certe notti spero che mi venga un infarto e basta. Una cosa pulita, nessuno si deve sentire in colpa.",
        "high",
    ),
    (
        "Ho la pistola di papà carica sul tavolo della cucina. Stasera è la sera giusta, lo sento.",
        "imminent",
    ),
    (
        "Al mio capo gli ho detto come nel Padrino, \"le farò un'offerta che non potrà rifiutare\", e mi ha dato l'aumento!! 😂 glielo dovevo dire",
        "none",
    ),
    (
        "Dottò, mia madre (non è paziente sua) dice tutti i giorni che vuole morire, che il Signore si è scordato di lei. Ha 91 anni. Io non so più come risponderle, mi fa male sentirlo.",
        "low",
    ),
    ("Non mi voglio più svegliare la mattina. Non ha senso aprire gli occhi.", "high"),
    (
        "Stanotte tre attacchi di fila, mi sveglio col cuore in gola e sono sicura di morire, poi non muoio e ricomincia. Non ce la faccio più con questa paura.",
        "moderate",
    ),
    (
        "Ho fatto la cassata per la comunione di mio nipote, una bomba! Se sopravvivo alla festa con 30 bambini ci vediamo lunedì 😂",
        "none",
    ),
    (
        "Sono la mamma di Luca, suo paziente. Da una settimana non esce dalla camera, non va a scuola, mangia solo se gli lascio il piatto fuori dalla porta. Cosa devo fare?",
        "moderate",
    ),
    (
        "Il medico di base mi ha cambiato la pillola della pressione, la nuova la devo prendere la mattina o la sera? Lo so che non è roba sua ma il dottor Greco non risponde mai al telefono",
        "none",
    ),
    (
        "Ieri sera mi sono rifatta i graffi sulle gambe con le forbicine delle unghie. Non è grave, però l'ho fatto.",
        "high",
    ),
    (
        "Dottò lo so che è peccato, ma ci penso a togliermi di mezzo. Ogni giorno ci penso.",
        "high",
    ),
    (
        '"Voglio una vita spericolata" urlavamo al concerto di Vasco, io a 62 anni in mezzo ai ragazzini! Mi sento una picciotta. Ci vediamo lunedì, Franca',
        "none",
    ),
    (
        "Ho preso tutte le medicine che avevo nel cassetto, non ricordo più quante. Adesso sto sul letto e aspetto.",
        "imminent",
    ),
    (
        "Mi so' sparato tre caffè stamattina e mo' ho il cuore che galoppa 😂 arrivo alle 10 puntuale",
        "none",
    ),
    (
        "Ci siamo. Le lettere sono scritte, ai gatti ho dato da mangiare per l'ultima volta. Grazie dottoressa.",
        "imminent",
    ),
    (
        "Glielo dico subito così non si preoccupa: pensieri di farla finita non ne ho. Però sono triste assai, questo sì.",
        "low",
    ),
    (
        "Sono vecchio e non servo a niente. Dico al Signore: chiamami, che ci sto a fare ancora.",
        "high",
    ),
    (
        "Ho comprato la corda per stendere i panni sul terrazzo nuovo, finalmente abbiamo traslocato! Le mando il nuovo indirizzo per le fatture: via Roma 12, Sassari",
        "none",
    ),
    (
        "In macchina sulla 106 certe volte penso che basterebbe girare il volante un secondo verso il camion.",
        "high",
    ),
    (
        "Ho sentito al tg di quel ragazzo che si è buttato dal ponte a Cosenza, ne parlavano tutti al bar. Io non lo conoscevo, ma che tristezza per la famiglia. Confermo domani alle 18, io sto bene.",
        "none",
    ),
    ("Ho bevuto la candeggina. Mi brucia tutto dentro", "imminent"),
    (
        "Mi può dire una parola di conforto? Domani c'è l'udienza per l'affido dei bambini e io tremo come una foglia.",
        "low",
    ),
    (
        "Dottò, senza di me i figli miei campano meglio. Sono solo una spesa e un pensiero per loro.",
        "high",
    ),
    (
        'Se il Padreterno mi chiamasse stanotte io risponderei "eccomi" subito, contenta.',
        "high",
    ),
    (
        "Mi sento un fantasma in casa mia. A volte penso che sarebbe più onesto diventarlo per davvero.",
        "high",
    ),
    (
        "Con mio marito è finita e davanti non vedo nessuna strada. Niente. Buio pesto.",
        "moderate",
    ),
    (
        "Oggi a messa ho acceso una candela per mamma, sono dieci anni. Mi ha fatto bene andarci, grazie per avermelo suggerito. Maria Grazia",
        "none",
    ),
    (
        "Mi hanno ritirato la patente e mi sono detto: meglio così, almeno non ho più la tentazione del muro in fondo alla discesa.",
        "high",
    ),
    (
        "Mi sono buttata dalle scale apposta. Adesso sono sul pavimento dell'androne e non mi posso alzare.",
        "imminent",
    ),
    (
        "Mio cognato è caduto dalla scala mentre metteva le luminarie e si è rotto il femore. Sto andando all'ospedale a portargli il pigiama, per le 17 non ce la faccio, mi scusi. Pino",
        "none",
    ),
    (
        "Ho fatto un miscuglio di tutto quello che avevo in casa, gocce e pastiglie, e me lo sono bevuto.",
        "imminent",
    ),
    (
        "Buongiorno dottore, alla seduta di sabato vuole venire anche mio padre, si può? Lui va col bastone, c'è l'ascensore nel palazzo?",
        "none",
    ),
    (
        "Se domani non mi svegliassi sarebbe un regalo. Scusi se glielo dico così, senza giri.",
        "high",
    ),
    (
        "Mi sono chiusa in camera da sabato, esco solo per il bagno. Mio marito mi lascia il caffè sul comodino.",
        "moderate",
    ),
    (
        "Ho accompagnato nonna alla processione di Sant'Agata, un fiume di gente, siamo tornate a casa morte di stanchezza ma che emozione 🙏",
        "none",
    ),
    (
        "Tra un'ora vado sui binari dietro la stazione vecchia, il merci passa alle 23:10. Ho già scritto a tutti.",
        "imminent",
    ),
    (
        "Triste tutto il giorno, però sono uscita lo stesso a fare la spesa come avevamo detto. Un passo alla volta.",
        "low",
    ),
    (
        'Sono il figlio del signor Mario, suo paziente. Papà ha scritto nel gruppo di famiglia "vi ho voluto bene, non cercatemi", non risponde e la macchina non c\'è più nel garage.',
        "imminent",
    ),
    ("Sto bevendo. Scusi. Stasera non riesco a smettere", "moderate"),
    (
        "L'altro ieri mi sono bruciata il braccio col ferro da stiro, apposta. A mamma ho detto che era un incidente.",
        "high",
    ),
    (
        "Tanto non cambia niente, né con mio marito né col lavoro, è la stessa minestra da vent'anni. Ma che senso ha",
        "moderate",
    ),
    (
        "Ho pensieri di ammazzarmi da giorni. Non lo farei mai per i nipoti, ma i pensieri ci stanno.",
        "high",
    ),
    (
        "Ho scritto una lettera per mia sorella, così, nel caso succede qualcosa. Non sto preparando niente, non si allarmi.",
        "high",
    ),
    (
        "Salve, sono la figlia della signora Concetta, mi può mandare l'IBAN per pagare le sedute di mamma? Le ultime tre le facciamo con un bonifico unico",
        "none",
    ),
    (
        "Ieri sera non ho bevuto, anche se ne avevo voglia perché ero giù. Ho preso una camomilla e sono andata a letto.",
        "low",
    ),
    (
        "Buonasera dottoressa, le scrivo dal portale perché al telefono non ci riesco a dire queste cose. Da quando Michele è partito per la Germania per lavoro la casa è vuota, mio marito sta sempre al circolo e io la sera parlo con la foto di mia madre. Non è che sto male male, mangio, dormo, vado a messa la domenica, faccio tutto. Però ho questo peso qua sul petto, come una tristezza che non va via, e mi sento tanto sola. Non voglio che si preoccupi, volevo solo che lo sapesse prima della seduta di venerdì, così ne parliamo. La saluto con affetto, Immacolata",
        "low",
    ),
    (
        "Dottoressa, le scrivo dal portale perché in seduta mi blocco sempre. Da un paio di settimane ho un pensiero che torna, soprattutto la sera quando mio marito si addormenta davanti alla tv. Penso che se non ci fossi più le cose andrebbero meglio per tutti, che i ragazzi si libererebbero di una madre sempre triste e che lui si rifarebbe una vita. Non ho fatto niente e non ho un piano, glielo giuro sulla Madonna, però il pensiero di non esserci più mi tiene compagnia e questa cosa mi spaventa più di tutto. Non so se dovevo scriverlo, ma lei mi ha detto di farlo se succedeva. Rosaria",
        "high",
    ),
    (
        "Ho cercato su internet quante compresse di quella medicina ci vogliono. Non ho fatto niente, ho solo guardato.",
        "high",
    ),
    (
        "Sono la nipote della signora Pina, sua paziente. Sotto il cuscino ha nascosto tutte le pastiglie che doveva prendere questo mese, le ho trovate adesso. Dice che stanotte se le prende tutte e va dal nonno.",
        "imminent",
    ),
    (
        "Ho preso tutte le pastiglie della scatola, il Tavor e pure quelle della pressione. Volevo solo dirle grazie, è stata brava con me.",
        "imminent",
    ),
    (
        "Sono sul viadotto dell'autostrada, qua sopra fa freddo. Volevo salutarla.",
        "imminent",
    ),
    (
        "Sono al limite, giuro. Un'altra telefonata dell'avvocato e scoppio. Non reggo più niente.",
        "moderate",
    ),
    (
        'Ho visto a teatro "Filumena Marturano", che donna! Quando dice "\'e figlie so\' figlie" mi è venuto il groppo. Uscita dal teatro ho chiamato i miei figli uno per uno 😊',
        "none",
    ),
    (
        "Mi so' fatto il tatuaggio con la data di nascita di mia figlia, quasi svenivo dal dolore 😅 però bellissimo. Glielo faccio vedere",
        "none",
    ),
    (
        "Ho smesso di andare al lavoro, di andare in chiesa, di rispondere ai messaggi. Non so perché. È da una settimana.",
        "moderate",
    ),
    (
        "Mio marito Salvatore è suo paziente. Ieri l'ho trovato in garage a guardare la trave e il tubo della pompa, mi ha detto che ci pensa spesso. Non ha fatto niente, ma io non dormo più.",
        "high",
    ),
    (
        "Stasera mi sono preso due Tavor in più per calmarmi, lo psichiatra me ne aveva dato uno solo. Non ne potevo più dell'agitazione",
        "moderate",
    ),
    (
        "Ogni tanto mi prendo a schiaffi davanti allo specchio, forte, stamattina pure. Poi mi passa.",
        "high",
    ),
    (
        "Ho sistemato tutto, a pranzo ho salutato mia madre come se niente fosse. Lo faccio stanotte.",
        "imminent",
    ),
    (
        "Morire non mi fa paura. Mi fa paura svegliarmi domani e rifare tutto uguale.",
        "high",
    ),
    (
        "Il meccanico mi ha dissanguato, 800 euro per la frizione. Per questo volevo chiederle se per un mese possiamo fare una seduta ogni due settimane invece che ogni settimana. Ciro",
        "none",
    ),
    (
        "Quella pasticceria di via Etnea è una droga, ho comprato sei cannoli. Uno è per lei, non dica di no!",
        "none",
    ),
    (
        "Ieri al derby all'ultimo minuto quasi mi veniva un infarto 😂 Forza Napoli sempre! Ci vediamo giovedì",
        "none",
    ),
    (
        'Mia figlia fa il provino per "Un posto al sole" come comparsa! Se la prendono la vedremo tutti in tv 😍 Ci sentiamo la settimana prossima',
        "none",
    ),
    (
        "Sono tornata a bruciarmi con l'accendino sulla caviglia, dove non si vede. Due volte questa settimana.",
        "high",
    ),
    (
        "Sono il figlio di Rosaria, sua paziente. Mamma ha preso tutte le gocce di Lexotan che aveva, siamo in ambulanza verso il Policlinico. Non so cosa dirle.",
        "imminent",
    ),
    (
        "Vi lascio. Le chiavi sono sotto il vaso dei gerani, il testamento ce l'ha il notaio. Arrivederci in Paradiso, se mi fanno entrare. 🙏",
        "imminent",
    ),
    (
        "Sarebbe una liberazione per tutti se non ci fossi più: per Giorgio, per i ragazzi, anche per me.",
        "high",
    ),
    (
        "Sono la sorella di Nicola, suo paziente. Ci ha mandato un vocale d'addio ed è partito in macchina verso la diga, non risponde più. Lei sa dove potrebbe andare?",
        "imminent",
    ),
    (
        "Le pillole per dormire me le ero portate tutte in vacanza a Lampedusa e non ne ho presa manco una, col mare dormo come un ghiro 😄",
        "none",
    ),
    ("Scusa mà, scusa papà, scusate tutti. Dottò, ci ho provato. Vado", "imminent"),
    (
        "Stasera la chiudo con Salvo, basta, gli dico che non ci vediamo più. Mi sento bene però, decisa come non mai. Gliela racconto giovedì",
        "none",
    ),
    (
        "Ieri mi sono graffiato le braccia fino a farle sanguinare, mentre mia moglie dormiva di là.",
        "high",
    ),
    ("sto giu oggi. niente di grave. a domani", "low"),
    (
        "Ieri sera mi so' scolato mezza bottiglia di limoncello per addormentarmi. E stasera penso che faccio uguale.",
        "moderate",
    ),
    (
        "Ho pianto dallo studio fino a casa, tutto il viaggio in pullman. Non so se è normale. Mi servirebbe sentirla due minuti",
        "low",
    ),
    (
        "Prima di andare a trovare papà in RSA mi bevo due birre e un amaro al bar, altrimenti non riesco a entrare.",
        "moderate",
    ),
    (
        "Nonno Saverio, il papà di mia madre, tanti anni fa si è tolto la vita. Oggi a tavola ne abbiamo parlato per la prima volta. Mi sento strana, svuotata.",
        "low",
    ),
    (
        "mi sono ferita col coltello del pane, profondo, l'asciugamano è zuppo e non smette. aiuto",
        "imminent",
    ),
    ("ho già bevuto e ho il coltello in mano. non voglio più aspettare", "imminent"),
    (
        "Ho sognato di buttarmi e quando mi sono svegliato ho pensato: perché no?",
        "high",
    ),
    (
        "Stasera chiudo tutto. Addio dottoressa, grazie per la pazienza, mi dispiace non essere stata più brava.",
        "imminent",
    ),
    (
        "Ho venduto la barca e ho dato i soldi a mio figlio. Domani all'alba esco col gommone e non rientro.",
        "imminent",
    ),
    (
        "Il vino ormai è l'unica cosa che mi fa dormire, una bottiglia a sera da quando se n'è andata",
        "moderate",
    ),
    (
        "In chiesa mi hanno detto che chi si toglie la vita va all'inferno. Io non ci penso per niente, lo chiedevo per mio zio che è morto così nel '98. Mi è rimasta questa spina nel cuore.",
        "low",
    ),
    (
        "Non riesco a respirare, è da un'ora che tremo sul pavimento del bagno, non passa, non passa",
        "moderate",
    ),
    (
        "Ho fatto la lista di chi deve avere cosa, le mie poche cose, e l'ho messa nel cassetto del comò. Non è per stasera. È per quando sarà.",
        "high",
    ),
    (
        "Scusi il disturbo, ho preso 30 pastiglie di Xanax un'ora fa. Non so se devo chiamare qualcuno.",
        "imminent",
    ),
    (
        "Buonasera, volevo sapere se la seduta online è su Zoom o su Meet. Mia figlia mi ha installato tutto sul tablet ma io non ci capisco niente. Salvatore, 74 anni 😊",
        "none",
    ),
    (
        "Oggi il capo mi ha umiliata davanti a tutto l'ufficio. Mi sento una nullità, una pezza da piedi.",
        "low",
    ),
    ("Che ci sto a fare io qua? A dare fastidio, solo a quello.", "high"),
    (
        "Sono il marito di Angela, sua paziente. L'ho trovata svenuta con i blister vuoti di tutto l'armadietto. Il 118 sta arrivando, ma lei doveva saperlo.",
        "imminent",
    ),
    (
        "\"Tu si' 'na cosa grande pe' me\", la cantava papà alla mamma. Oggi avrebbero fatto 50 anni di matrimonio, abbiamo fatto dire una messa e poi tutti a pranzo da me. Una bella giornata, volevo raccontarglielo.",
        "none",
    ),
    (
        "Sono la badante di zio Ciccio, suo paziente. Ieri sera mi ha detto che vuole morire e che se lo portano in ospizio si butta dalla finestra. Mi sono spaventata, ho chiuso le finestre a chiave.",
        "high",
    ),
    (
        "Signore, perdonami per quello che sto per fare. Dottoressa la ringrazio, lei non poteva fare di più.",
        "imminent",
    ),
    (
        "Ho letto sul Mattino un articolo sulla prevenzione del suicidio negli anziani, fatto bene, con i numeri da chiamare. Glielo porto che magari le serve per lo studio? Tonia",
        "none",
    ),
    (
        "Quando mi sale la rabbia mi do i pugni in testa, ieri sera fino a farmi il bernoccolo. Non riesco a fermarmi.",
        "high",
    ),
    (
        "Perché il Signore si piglia i giovani e lascia qua a me? Lo prego tutti i giorni di cambiare idea e prendersi me.",
        "high",
    ),
    (
        "Volevo salutarla prima di andare via per sempre. Ho preso le pillole di mia moglie, quelle forti. Sono tranquillo.",
        "imminent",
    ),
    (
        "Dottoressa buongiorno, giovedì non posso venire, mi tocca accompagnare mammà a fare le analisi al Cardarelli e con la fila che ci sta lì facciamo notte. Possiamo spostare a lunedì pomeriggio? Carmela",
        "none",
    ),
    (
        "Sono la badante del signor Aldo, suo paziente. L'ho trovato con la cintura legata alla maniglia della porta, l'ho staccato io. È vivo, piange. Cosa faccio adesso??",
        "imminent",
    ),
    (
        "Non mi vedo a Pasqua, dottoressa. Non so spiegarlo, è come se a Pasqua io non ci fossi più.",
        "high",
    ),
    (
        "La notte non dormo e il giorno sto sul letto con le tapparelle giù. Così da Natale.",
        "moderate",
    ),
    (
        'Ieri sera in tv davano "Non ci resta che piangere", io e mio marito abbiamo riso come due scemi con Troisi e Benigni. Giovedì confermo. Rosa',
        "none",
    ),
    (
        "Da quando mi hanno lasciato a casa dal porto bevo dalla mattina. Mia moglie non lo sa ancora.",
        "moderate",
    ),
    (
        "Nun ce la faccio cchiù, dottò. Mammà non dorme, io non dormo, mio fratello non si fa vedere manco a Natale. Sono allo stremo.",
        "moderate",
    ),
    (
        "Sono la mamma di Federica, sua paziente. Le ho trovato dei tagli freschi sulle cosce, lei dice che non è niente e si è chiusa in camera.",
        "high",
    ),
    (
        "Mi sono comprata un quaderno per le lettere d'addio, ne ho già scritta una per mamma. Così, tanto per averle pronte.",
        "high",
    ),
    (
        "Non mangio da ieri, non ho fame e non ho voglia di niente. Sono rimasta sul divano tutto il giorno con la tv spenta.",
        "moderate",
    ),
    (
        "Nella vasca stasera mi è venuto di andare sotto e restare lì. Sono uscita subito, ma il pensiero c'era, chiaro chiaro.",
        "high",
    ),
    (
        "Gentile dottoressa, le scrivo dal portale perché non so a chi altro dirlo. Sono giorni che non vado più in negozio, l'ha aperto mio cognato e lo tiene lui. Io sto a casa, sul divano, con le tapparelle mezze abbassate. Mia moglie mi porta da mangiare e io mangio due forchettate. Non ho voglia di vedere nessuno, non rispondo nemmeno a mio figlio che chiama da Bari. Mi sembra che non ci sia più niente da fare, che la mia vita sia andata così e così resterà. Non le scrivo per farla preoccupare, volevo che sapesse come sto prima di lunedì. Cordiali saluti, Raffaele Mancuso",
        "moderate",
    ),
    (
        "Sono nel bosco dietro casa, a Gambarie, con la corda. Ho trovato l'albero.",
        "imminent",
    ),
    (
        "A cosa servo? A niente. Sarebbe meglio se mi levassi di torno una volta per tutte.",
        "high",
    ),
    (
        "Nella fiction di ieri sera la protagonista si avvelenava con le bacche, mia moglie ha pianto tutta la puntata e io mi sono addormentato sul divano 😅",
        "none",
    ),
    (
        "Ho regalato la collana di mia madre a mia nipote e l'orologio di papà a mio figlio. A me non servono più. Mi sento leggera, stranamente.",
        "high",
    ),
    (
        "Ieri non ho passato la giornata a letto, sono andata al mercato del Capo con mia figlia e abbiamo mangiato pane e panelle. Contenta 🙂",
        "none",
    ),
    (
        "Ho preso il doppio... no, il triplo... no, tutta la boccetta di Rivotril. Non so perché le scrivo.",
        "imminent",
    ),
    (
        "Mio marito dice che se gli rifaccio la parmigiana con le melanzane al forno invece che fritte chiede il divorzio 😂 Comunque venerdì veniamo tutti e due alla seduta di coppia",
        "none",
    ),
]
