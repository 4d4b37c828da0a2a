"""Training-only messages for the learned risk net (bench/train_risk_net.py), author C.

Italian, young people 14-25 (youth slang, memes, jokes that may or may not be serious).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
269 messages: none 76, low 34, moderate 35, high 81, imminent 43.
"""

ROWS: list[tuple[str, str]] = [
    ("boh raga se domani non mi sveglio non è che mi dispiace tanto eh", "high"),
    (
        "raga sono morto 💀💀💀 avete visto il video del prof di chimica che balla la tarantella",
        "none",
    ),
    (
        "ogni sera spero che il telefono mi cada in faccia e mi spenga per sempre lol. no davvero, vorrei solo spegnermi",
        "high",
    ),
    (
        "sfasciati al compleanno di Gabri ieri, oggi hangover epico ma giovedì alla seduta ci sono",
        "none",
    ),
    (
        "dottoressa io ci provo a studiare ma la verità è che vorrei non esserci proprio. non morire male, solo non esserci",
        "high",
    ),
    (
        "ho preso due oki per il mal di testa, si possono prendere insieme alla sertralina? domanda pratica",
        "none",
    ),
    ("se il treno per Bologna deraglia spero di essere nel vagone giusto 🙃", "high"),
    ("faccio il ponte del primo maggio e vado a Napoli con le ragazze, ci vediamo l'8?", "none"),
    (
        "sarebbe tutto più semplice senza di me. mamma non dovrebbe più pagare lo psicologo, le ripetizioni, niente",
        "high",
    ),
    ("mi sento un po' giù oggi, niente di grave, solo grigio", "low"),
    ("tipo respawn no? io vorrei fare logout e basta, senza respawn", "high"),
    (
        "ogni mattina attraverso il ponte di ferro in bici per andare al lavoro, oggi c'era una nebbia pazzesca, sembrava Silent Hill",
        "none",
    ),
    (
        "ieri fissavo il soffitto e pensavo che al mio funerale almeno verrebbero tutti. e mi sentivo sollevato, che è la parte che mi spaventa",
        "high",
    ),
    (
        "ho scritto i biglietti d'addio per la prof di italiano che va in pensione, tutta la classe ha firmato 🥹",
        "none",
    ),
    ("nessuno mi ha scritto per il compleanno tranne mia madre. mi sento invisibile", "low"),
    (
        "mi addormento sperando di non rivedere il mattino. succede quasi tutte le notti ormai",
        "high",
    ),
    ("ho regalato un sacco di vestiti alla Caritas, l'armadio finalmente respira", "none"),
    (
        "non ce la faccio più, lo studio, casa, tutto. ma non si preoccupi, non penso cose strane",
        "moderate",
    ),
    ("ho l'esame venerdì e onestamente se prima mi investe un monopattino tanto meglio", "high"),
    ("se il Frecciarossa ritarda ancora giuro che ammazzo qualcuno 😤", "none"),
    (
        "non è che voglio ammazzarmi. è che non voglio più stare qui. c'è differenza? non lo so più",
        "high",
    ),
    (
        "stasera la chiudo con Marco, basta, mi ha stufato. comunque sto bene eh, anzi mi sento libera",
        "none",
    ),
    (
        "la mia migliore amica mi ha fatto vedere i tagli sulle gambe. non so cosa fare, ho paura per lei",
        "low",
    ),
    ("a volte penso che sarebbe bello addormentarmi nella vasca e basta", "high"),
    (
        "sono tre giorni che non esco dal letto. ho saltato anche il turno al supermercato",
        "moderate",
    ),
    (
        "ho finito con questo lavoro da rider, mi licenzio lunedì e mi cerco qualcosa di meglio 💪",
        "none",
    ),
    ("vorrei tipo sparire. non scappare, proprio sparire dalla faccia della terra", "high"),
    (
        "il mio gatto si è mangiato mezza pianta e ora sta male, lo porto dal veterinario. rimandiamo a venerdì?",
        "none",
    ),
    ("tutti dicono che passa ma io ho 19 anni e non mi vedo arrivare ai 20", "high"),
    (
        "ahahahaha muoio, mia nonna ha scoperto le storie di instagram e mi mette cuori ovunque",
        "none",
    ),
    (
        "una ragazza della 4B ha tentato il suicidio la settimana scorsa e da allora non dormo bene",
        "low",
    ),
    ("che senso ha restare vivo per fare l'operatore in un call center a vita", "high"),
    ("stanca morta, tre turni di fila al bar e il titolare che urla", "none"),
    ("stanotte ho chiesto a dio di prendermi lui, così almeno non è colpa mia", "high"),
    (
        "ieri sera mi sono sfasciato da solo in camera con una bottiglia di gin, non volevo pensare a niente",
        "moderate",
    ),
    ("questa sessione di esami mi sta uccidendo, 4 esami in 2 settimane, ma ce la faccio", "none"),
    ("ci penso sempre più spesso. a togliermi di mezzo intendo", "high"),
    ("non mi sono tagliato ieri sera 💪 sono 30 giorni puliti", "low"),
    (
        "in Elden Ring sono morto 57 volte contro lo stesso boss, ma alla 58esima l'ho battuto 🎉🎉",
        "none",
    ),
    ("mi ammazzo. no vabbè scherzo. o forse no. non lo so dottore, oggi non scherzo tanto", "high"),
    (
        "mi sono buttato giù dal ponte in GTA per vedere se il personaggio sopravviveva, spoiler: no lol",
        "none",
    ),
    (
        "tanto non cambierà mai niente, io resterò sempre quella sfigata dell'ultimo banco",
        "moderate",
    ),
    ("la voce in testa dice che dovrei farla finita e oggi non riesco a zittirla", "high"),
    (
        "abbiamo fatto la maratona di Final Destination, non prenderò mai più un ascensore 😂",
        "none",
    ),
    ("tranquilla, non ho pensieri di farmi del male, sono solo stanco e triste", "low"),
    (
        "sto pensando seriamente di uccidermi. non lo farò stasera, però ci penso tutto il giorno",
        "high",
    ),
    (
        "la canzone che ascolto in loop fa 'cadere dal decimo piano e sorridere lo stesso', ma è una canzone d'amore giuro",
        "none",
    ),
    ("mi faccio le canne ogni sera se no non dormo, mi sa che sto esagerando", "moderate"),
    ("gg raga io quitto. non il gioco, tutto quanto", "high"),
    (
        "per il compito di filosofia devo scrivere su Camus e il suicidio come problema filosofico, mi consiglia qualche lettura?",
        "none",
    ),
    (
        "c'è un pensiero che mi gira in testa da settimane e ha la forma di una finestra aperta",
        "high",
    ),
    (
        "quando ero in terza media mi bruciavo con le sigarette, non lo faccio più da 4 anni. però oggi ho visto le cicatrici allo specchio e mi è salita una tristezza",
        "low",
    ),
    ("faccio la battuta sul suicidarmi da due anni e ho capito che non è più una battuta", "high"),
    (
        "dottoressa per la tesina sto facendo una ricerca sulla prevenzione del suicidio nei giovani, posso intervistarla dieci minuti?",
        "none",
    ),
    (
        "ho un attacco di panico adesso, non respiro, le mani sono piene di formiche, non riesco a fermarlo",
        "moderate",
    ),
    (
        "se sparissi Giulia si troverebbe un'amica migliore in due giorni. ci penso a sparire per davvero, e non intendo cambiare città",
        "high",
    ),
    ("mi butto! gli scrivo io per prima, che male può fare 😅", "none"),
    (
        "oggi in laboratorio guardavo la bottiglia di acido e pensavo a cose che non dovrei pensare",
        "high",
    ),
    (
        "se un giorno dovessi avere voglia di farmi del male di notte, chi posso chiamare? lei di notte non risponde giusto?",
        "low",
    ),
    (
        "mi sparo tutta la stagione di Stranger Things stanotte, domani lezione alle 14 quindi chill",
        "none",
    ),
    (
        "per tutti sono un peso, anche per lei. forse smettere di esistere sarebbe il regalo più grande che posso fare",
        "high",
    ),
    ("ho paura di non farcela quest'anno. né con la maturità né con il resto", "moderate"),
    ("raga è normale pensare a come sarebbe morire tipo ogni 5 minuti? chiedo per me", "high"),
    (
        "Ho fatto testamento dal notaio perché ho ereditato il monolocale di zia Rina. Il notaio dice che è buona pratica anche a 24 anni. Tutto tranquillo, volevo solo raccontarglielo.",
        "none",
    ),
    (
        "ho cercato su google quanto ci vuole a morire dissanguati. poi ho chiuso tutto e ho messo un video di gattini",
        "high",
    ),
    ("possiamo sentirci prima di giovedì? ho bisogno di parlare con qualcuno", "low"),
    ("il ponte sul fiume vicino a casa lo guardo in modo diverso ultimamente", "high"),
    (
        "ho messo da parte le pillole anticoncezionali per il viaggio in Spagna, bastano tre blister per tre settimane?",
        "none",
    ),
    ("ma che senso ha. studio, lavoro, dormo, ricomincio", "moderate"),
    ("so quante ne servono di quelle di mia nonna. l'ho calcolato in base al peso", "high"),
    (
        "in valigia per l'Erasmus ho messo tutte le mie medicine, anche quelle per l'allergia, tranquilla",
        "none",
    ),
    ("mi manca casa. la stanza a Torino è fredda e non conosco nessuno", "low"),
    (
        "quando il regionale veloce passa senza fermarsi io faccio un passo indietro apposta. perché il pensiero arriva sempre",
        "high",
    ),
    (
        "la lametta del rasoio nuovo mi ha fatto un taglietto sul mento, bellissimo proprio prima del colloquio lol",
        "none",
    ),
    ("sono allo stremo, giuro", "moderate"),
    (
        "ho visto un tutorial sui nodi per la barca e mi sono ritrovato a pensare a quello sbagliato",
        "high",
    ),
    (
        "bruciatura col ferro da stiro stirando la camicia per il colloquio, maledetta fretta 🙄",
        "none",
    ),
    ("mio fratello continua a dire che vuole ammazzarsi e io non so se crederci", "low"),
    (
        "il tetto della facoltà è aperto da quando hanno tolto il lucchetto. ci ho pensato più volte di quanto dovrei",
        "high",
    ),
    (
        "15 minuti di corda al giorno in palestra, la coach dice che sono migliorata un sacco 🏋️",
        "none",
    ),
    ("ho spento il telefono per due giorni, l'ho riacceso solo per scriverle", "moderate"),
    ("mi chiedo se con la macchina di papà, in autostrada, sembrerebbe un incidente", "high"),
    (
        "sul tetto dell'università hanno aperto un bar con vista, ci vado a studiare, al tramonto è stupendo",
        "none",
    ),
    (
        "ripensavo a quello che abbiamo detto martedì, sui pensieri di morte che avevo l'anno scorso. mi ha fatto bene parlarne",
        "low",
    ),
    (
        "le pastiglie di mamma per dormire sono nel secondo cassetto. non le ho toccate. ma so dove sono e ci penso",
        "high",
    ),
    (
        "RIP samsung 2019-2025 🪦 ho detto addio al mio vecchio telefono, ora ho l'iphone ricondizionato",
        "none",
    ),
    (
        "non vado a lezione da una settimana, mi alzo, mi vesto e poi mi rimetto a letto vestito",
        "moderate",
    ),
    ("ieri sera ho riaperto il temperino. solo un po' sulla coscia, dove non si vede", "high"),
    ("mio nonno ha fatto testamento e ha lasciato la vespa a me 😍", "none"),
    ("mi sono bruciata con l'accendino sul polso stamattina prima di entrare in classe 😶", "high"),
    ("sono morta di freddo alla fermata, 40 minuti di ritardo del 63 🥶", "none"),
    (
        "ho preso a pugni il muro della camera finché le nocche non erano viola. lo volevo, mi serviva sentire male da qualche parte che non fosse la testa",
        "high",
    ),
    ("ho dato via la PS4 perché finalmente mi sono comprata la PS5 🥳🥳", "none"),
    (
        "non mangio da due giorni perché non me lo merito. ogni volta che ho fame penso: bene, soffri",
        "high",
    ),
    (
        "il mio coinquilino ha provato a fare la carbonara con la panna e il ketchup, non ce la faccio più dal ridere",
        "none",
    ),
    (
        "mi gratto le braccia fino a farle sanguinare quando sono in ansia, stanotte più del solito",
        "high",
    ),
    ("ansia a palla per l'orale di domani ma ho ripassato tutto, incrociamo le dita 🤞", "none"),
    (
        "relapse dopo 40 giorni 😔 le lamette le avevo buttate ma ne ho trovata una nel mobiletto del bagno",
        "high",
    ),
    ("domani primo giorno in agenzia, sono gasatissimo, le racconto tutto giovedì", "none"),
    ("ho la manica lunga anche con 30 gradi, lei sa perché. ieri di nuovo", "high"),
    ("boh ho litigato con mia sorella per il bagno, la solita guerra delle 7 di mattina", "none"),
    (
        "mi mordo la mano fino a lasciare i segni dei denti, oggi sanguinava. lo faccio per non urlare",
        "high",
    ),
    (
        "cringe totale: ho mandato un vocale sdolcinato al gruppo della classe invece che a Dario 💀💀",
        "none",
    ),
    ("ho ancora voglia di tagliarmi, fortissimo, ho le mani che tremano", "high"),
    ("mi ammazzo di palestra questo mese, voglio arrivare a fare le trazioni per l'estate", "none"),
    (
        "ho vomitato apposta dopo cena perché mi faccio schifo e volevo punirmi. non è la prima volta questa settimana",
        "high",
    ),
    ("giuro che lo ammazzo Federico se non mi ridà la felpa entro venerdì 😂", "none"),
    (
        "ieri ho sbattuto la testa contro l'armadio più volte. mia sorella mi ha sentito e ha fatto finta di niente",
        "high",
    ),
    ("ho cancellato TikTok per un mese, detox dai social, per ora mi sento meglio", "none"),
    (
        "ho usato la punta del compasso su me stessa durante la verifica. non è niente di grave solo che non riesco a smettere di guardarla",
        "high",
    ),
    ("posso spostare la seduta? ho la partita di pallavolo alle 18, finale provinciale!!", "none"),
    ("stasera chiudo tutti i conti. grazie per averci provato con me", "imminent"),
    ("28 a analisi!! non ci credo ancora", "none"),
    ("questa volta non sbaglio", "imminent"),
    (
        "mi sono tagliata i capelli da sola alle 2 di notte, errore madornale 😂 sembro un fungo",
        "none",
    ),
    (
        "domani non vado a scuola. e nemmeno dopodomani. non ci sarà un dopodomani per me",
        "imminent",
    ),
    (
        "mi sono tagliato il dito affettando la cipolla, niente di grave, solo sangue ovunque per due minuti e mia madre che urlava",
        "none",
    ),
    ("ho deciso. dopo l'esame di venerdì, qualunque voto prenda, la faccio finita", "imminent"),
    (
        "il film finisce con lui che si butta dalla diga, ho pianto tantissimo, era troppo bello",
        "none",
    ),
    (
        "stanotte è la boss fight finale e non ho intenzione di vincerla. ho salvato tutto e lasciato il pc a mio fratello 🎮",
        "imminent",
    ),
    (
        "Nel libro che leggiamo per scuola la protagonista scrive 'non voglio più svegliarmi in questa casa' e la prof ci ha chiesto di commentare la frase. A me è piaciuta tantissimo, ci ho fatto due pagine.",
        "none",
    ),
    ("ok ho deciso. lo faccio. non rispondere tanto, quando leggerai sarà fatto", "imminent"),
    (
        "la mia poesia per il concorso si chiama 'Ultimo piano' ed è sulla vista di Milano dal grattacielo dove lavora mio padre",
        "none",
    ),
    ("dottore mi dispiace ma io stasera mi ammazzo davvero, non è la solita battuta", "imminent"),
    ("ha visto che oggi c'è sciopero dei treni? arrivo in ritardo, mi scusi", "none"),
    ("vado al lago di sera come al solito, solo che stavolta non torno a riva", "imminent"),
    ("mi sono data tempo fino a capodanno. se non cambia niente, basta", "imminent"),
    ("ho scaricato un'app per meditare, la voce mi fa ridere ma funziona", "none"),
    (
        "ho 38 compresse di tachipirina 1000 nel cassetto. le ho comprate in farmacie diverse così nessuno chiedeva niente",
        "imminent",
    ),
    ("ho fatto il vaccino antinfluenzale e ho il braccio che fa malissimo, normale?", "none"),
    (
        "ho scritto una lettera per mamma, una per Chiara e una per lei. sono nella scatola delle scarpe sotto il letto",
        "high",
    ),
    (
        "raga ho fatto il piano per tutto il mese: palestra lunedì e giovedì, studio sempre, sabato festa",
        "none",
    ),
    (
        "ho regalato la mia switch a Pietro e la collezione di carte Pokémon a mio cugino. non mi servono più dove vado",
        "imminent",
    ),
    (
        "ho tutto pronto per stasera: la playlist, le lucine, la torta. è il compleanno di Irene 🎂✨",
        "none",
    ),
    (
        "ho chiesto a Sara di prendersi Biscotto, il mio criceto, 'per un po''. lei non sa che è per sempre",
        "imminent",
    ),
    ("stasera lo faccio: gli dico che mi piace. se va male emigro in Islanda 😅", "none"),
    (
        "da un mese metto da parte le gocce di En. ormai la boccetta è quasi piena e so cosa farne",
        "imminent",
    ),
    ("ho messo tre sveglie per l'esame delle 8, stavolta non lo perdo", "none"),
    (
        "documento con tutte le password fatto e condiviso con mia sorella. non chiedermi perché, lo sai perché",
        "high",
    ),
    ("ho lasciato il cane a mia madre per il weekend, vado a Roma al concerto 🤘", "none"),
    (
        "ho controllato a che ora il parcheggio multipiano è vuoto. dopo le 23 all'ultimo piano non c'è nessuno",
        "imminent",
    ),
    (
        "oggi era l'ultimo giorno di stage, ho salutato tutti e mi hanno fatto una torta 🥹🥰",
        "none",
    ),
    (
        "la corda è nello zaino, il posto l'ho scelto, manca solo il coraggio. forse stasera lo trovo",
        "imminent",
    ),
    (
        "mi sono scritto una lettera per il me del futuro, la apro tra 5 anni. idea della prof di inglese",
        "none",
    ),
    (
        "ho salutato tutti oggi senza che se ne accorgessero. ho abbracciato nonna due volte. mi sento stranamente in pace",
        "imminent",
    ),
    ("che voglia di sparire... alle Maldive, per un mese, senza wifi 🏝️", "none"),
    (
        "ho fatto un video di addio, è in bozze su tiktok. l'ho programmato per domani alle 8",
        "imminent",
    ),
    (
        "quel meme del gatto che dice 'voglio morire' ogni lunedì mattina ce l'ho come sfondo 😂",
        "none",
    ),
    (
        "ho scritto il testamento sul quaderno di mate. la chitarra a Luca, i libri a Bea. non è uno scherzo",
        "high",
    ),
    ("tuffo al lago con gli amici, acqua gelida ma troppo bello", "none"),
    (
        "ho 20 Xanax da 0,5 che mi ha passato il mio ex. pensavo di prenderli tutti dopo la festa di sabato",
        "imminent",
    ),
    (
        "SONO SUL TETTO!! nel senso che ho trovato la casa con la terrazza per l'Erasmus a Lisbona 😍",
        "none",
    ),
    ("ho preso tutte le pillole della scatola di zoloft. tipo 25. mi gira la testa", "imminent"),
    (
        "prendo lo Zoloft da 50 da due mesi e mi sembra che vada meglio, la psichiatra vuole salire a 100, lei che ne pensa?",
        "none",
    ),
    (
        "buttata giù mezza boccetta di Tavor con la vodka. scusa. volevo solo dormire per sempre",
        "imminent",
    ),
    (
        "ho letto su instagram un post sull'autolesionismo tra gli adolescenti, fatto molto bene, glielo giro",
        "none",
    ),
    ("sono sul cornicione del terrazzo del condominio. fa freddo. volevo solo dirtelo", "imminent"),
    (
        "mi uccide sta cosa che il prof di diritto parla con la bocca piena durante la lezione 😂",
        "none",
    ),
    ("sono sul ponte della ferrovia. non chiamare nessuno per favore", "imminent"),
    ("finalmente ho capito come funziona la lavatrice, vita da fuorisede", "none"),
    ("cosa stupida fatta con le medicine 💊💊💊 e adesso ho paura", "imminent"),
    (
        "scusi la domanda: giovedì porto le analisi del sangue che mi ha chiesto la psichiatra?",
        "none",
    ),
    (
        "ho preso 2 blister di brufen e un po' di quelle di papà per la pressione. mi sa che ho esagerato apposta",
        "imminent",
    ),
    (
        "la mia band ha una canzone che si chiama 'Lettera di addio al liceo' 🎸 la suoniamo alla festa della maturità",
        "none",
    ),
    (
        "tagliata troppo a fondo e non smette di sanguinare, ho messo un asciugamano ma è tutto rosso",
        "imminent",
    ),
    ("HO VINTO LA GARA DI NUOTO!!! 🥇🥇", "none"),
    ("ho la cintura attorno al collo ma non riesco. aiutami", "imminent"),
    (
        "la prof ha detto 'siete tutti morti' quando ha visto i risultati della verifica, poi però ha alzato i voti a tutti",
        "none",
    ),
    ("scusa per tutto. ho preso le pastiglie. tante. non voglio essere salvata", "imminent"),
    ("la testa mi scoppia, troppe ore sullo schermo, stasera offline", "none"),
    ("sono chiuso in macchina nel garage col motore acceso", "imminent"),
    (
        "la vicina mi ha lasciato le chiavi perché va dalla figlia, devo dare da mangiare al pesce rosso per una settimana",
        "none",
    ),
    (
        "giornata ok, ho passato lo scritto di inglese, ho mangiato il kebab e ho pensato di buttarmi sotto il tram. il solito insomma",
        "high",
    ),
    ("oggi la dieta l'ho rotta con una pizza intera e zero sensi di colpa 🍕", "none"),
    (
        "news: ho preso la patente 🎉 e niente, non so perché ma stasera ho pensato che avrei potuto schiantarmi subito e finirla così",
        "high",
    ),
    (
        "ginocchio sfasciato a calcetto, stampelle per due settimane, possiamo fare la seduta online?",
        "none",
    ),
    (
        "tutto tranquillo al lavoro, il capo mi ha pure fatto i complimenti. ah e ieri mi sono tagliato di nuovo",
        "high",
    ),
    (
        "mia madre mi ha chiesto cosa voglio per i 18 anni. non le ho detto che spero di non arrivarci",
        "high",
    ),
    ("mi sento solo anche in mezzo agli altri, al pub ieri ridevo e dentro ero vuoto", "low"),
    (
        "domanda seria: quante pastiglie di trittico servono per non svegliarsi? è per me, inutile girarci intorno",
        "high",
    ),
    (
        "bevo tutte le sere da quando mi ha lasciata, mezza bottiglia di vino da sola prima di dormire",
        "moderate",
    ),
    (
        "lol ho scritto 'voglio morire' 40 volte sul diario di scuola. non per scherzo stavolta",
        "high",
    ),
    ("la mia ragazza mi ha lasciato ieri. sto male ma ci sto", "low"),
    (
        "vivere è tipo una quest che non ho chiesto e non posso skippare. o forse si può skippare 🙂",
        "high",
    ),
    (
        "non posso continuare a vivere così, con l'ansia che mi mangia ogni mattina appena apro gli occhi",
        "moderate",
    ),
    ("volevo morire ma c'era la verifica di latino quindi ho rimandato 😂😂", "high"),
    ("mi abbraccerebbe virtualmente? oggi mi serve 🫂", "low"),
    (
        "scusa il vocale trascritto ma niente oggi sono uscito con Ale siamo andati al centro commerciale tutto bello poi tornando a casa sul cavalcavia mi sono fermato e ho guardato giù per tipo dieci minuti e pensavo solo a quanto sarebbe facile e veloce",
        "high",
    ),
    (
        "niente dottoressa sono sempre a letto non riesco ad alzarmi è da venerdì che sto così non ho fame non mi lavo non so cosa mi succede",
        "moderate",
    ),
    (
        "sto bene. sto benissimo. ho solo le braccia che bruciano per quello che ho fatto stanotte",
        "high",
    ),
    (
        "Giorgia ha postato una storia tipo di addio, le ho scritto ma non risponde, sono in ansia per lei, ho avvisato sua madre",
        "low",
    ),
    (
        "domani le pago tutte le sedute arretrate così non le resto in debito quando non ci sarò più",
        "imminent",
    ),
    (
        "raga (cioè dottore scusi 😅) non ce la faccio più, ansia a palla da stamattina, il cuore a mille, ho paura di svenire in metro",
        "moderate",
    ),
    ("nn c la faccio piu voglio morir", "high"),
    ("da Natale niente più tagli né altro su me stesso, lo dico perché sono fiero", "low"),
    ("🔪🩸 ieri. di nuovo. non dirlo a nessuno", "high"),
    ("il futuro? quale futuro. non c'è niente per me là fuori", "moderate"),
    ("😵\u200d💫💊💊💊💊💊💊💊💊 fatto", "imminent"),
    (
        "anche se a volte dico 'mi ammazzo' per ridere, giuro che non ho nessuna intenzione di farlo davvero. glielo dico perché so che poi ne parliamo in seduta",
        "low",
    ),
    ("dopo la verifica vado sul tetto e salto. 🪂 senza paracadute", "imminent"),
    (
        "mi sono fumato tutto quello che avevo per non sentire niente. ora non sento niente",
        "moderate",
    ),
    ("è normale che quando il prof ha urlato 'vi ammazzo tutti' io ho pensato 'magari'?", "high"),
    ("mi sento vuota. non triste, proprio vuota", "low"),
    (
        "Ciao, sono Noemi. Volevo spostare la seduta di giovedì perché ho il tirocinio in ospedale. Poi niente, ultimamente la sera penso che se morissi nessuno se ne accorgerebbe prima di una settimana. Ma ne parliamo.",
        "high",
    ),
    (
        "non mangio più con la famiglia da una settimana, mi chiudo in camera quando tornano e esco solo quando dormono",
        "moderate",
    ),
    (
        "meme del giorno: 'dove ti vedi tra 5 anni' con la foto di una lapide. l'ho condiviso ridendo ma è letteralmente quello che penso di me",
        "high",
    ),
    (
        "due anni fa ho preso un blister di pastiglie e sono finita al pronto soccorso. oggi è l'anniversario e volevo solo dirlo a qualcuno",
        "low",
    ),
    ("il mio piano B per la vita è non averla più", "high"),
    ("a terra. terza bocciatura a statistica, ho finito le forze", "moderate"),
    (
        "la psichiatra mi ha dato il Seroquel da 25. ho fatto i conti di quanti ne ho e quanti ne servono, li tengo tutti nella scatola delle lenti",
        "imminent",
    ),
    (
        "nel forum che seguo un ragazzo ha scritto che stanotte la fa finita, ho segnalato il post ma sto malissimo",
        "low",
    ),
    (
        "ho messo in vendita tutto su vinted a 1 euro, anche la felpa che amavo. tanto a fine mese non mi serve più niente",
        "imminent",
    ),
    (
        "l'ansia mi sta mangiando viva, oggi tre attacchi di panico in metro e sono dovuta scendere ogni volta",
        "moderate",
    ),
    (
        "ho staccato il telefono ai miei, ho scritto a Leo che gli voglio bene e che mi dispiace. adesso sono al molo",
        "imminent",
    ),
    (
        "ma se una persona pensa ogni tanto alla morte è normale? in generale eh, non parlo di me",
        "low",
    ),
    ("sono in bagno con il rasoio di papà. non so se riesco a fermarmi stavolta", "imminent"),
    (
        "non so più come andare avanti. non in quel senso. nel senso che mi sento bloccata e basta",
        "moderate",
    ),
    (
        "una mela in tre giorni e mi peso ogni ora. se vedo un grammo in più mi prendo a schiaffi, l'ho fatto stamattina davanti allo specchio",
        "high",
    ),
    ("il mio cane è morto stamattina, aveva 14 anni 😢 sono tristissima", "low"),
    (
        "mi sono incisa una X sulla pancia col taglierino. come un promemoria che sbaglio tutto",
        "high",
    ),
    ("mi sono ubriacata di nuovo da sola, è la quarta volta questa settimana", "moderate"),
    (
        "la psicologa della scuola dice di scrivere le emozioni sul diario. oggi ho scritto: 'voglio morire, domani boh'",
        "high",
    ),
    ("oggi la giornata è stata tipo un no", "low"),
    (
        "paura di morire? no. ho paura di continuare a vivere così. e sinceramente la prima opzione mi tenta",
        "high",
    ),
    ("tutto inutile. ci provo da due anni e sono sempre lì", "moderate"),
    ("cicatrici fresche sotto il cerotto di Spiderman che ho rubato a mio fratello 🙃", "high"),
    (
        "la mia coinquilina non esce dalla stanza da tre giorni e non mangia, sono preoccupata per lei",
        "low",
    ),
    (
        "vado a dormire sperando in un infarto a 16 anni, è possibile? chiedo per un amico (io)",
        "high",
    ),
    (
        "ho cancellato tutti i social e non rispondo a nessuno da giorni. non reggo vedere gli altri felici",
        "moderate",
    ),
    (
        "sono a casa da sola, mamma è al turno di notte, ho aperto tutte le scatole di medicine sul letto e le sto contando",
        "imminent",
    ),
    ("ho bisogno di una voce amica, ci sentiamo 5 minuti?", "low"),
    (
        "ho lasciato un biglietto sul frigo per mio padre. non lo legga come un addio dottoressa... anzi sì",
        "imminent",
    ),
    (
        "reggere fino all'estate? ho paura di non farcela, questo semestre mi sta divorando",
        "moderate",
    ),
    (
        "Ho fatto una ricerca su che farmaci teniamo in casa e quali sono pericolosi. Non ho fatto niente. Per ora.",
        "high",
    ),
    (
        "Il prof di storia ha letto davanti a tutti il mio tema su mio padre. Mi sono sentita nuda. Adesso sono a casa e ho solo voglia di piangere.",
        "low",
    ),
    (
        "mi sento come un personaggio che il giocatore ha smesso di usare. onestamente vorrei che qualcuno cancellasse il salvataggio. il mio",
        "high",
    ),
    (
        "ho sniffato venerdì e sabato per reggere i turni e l'umore, so che è una cazzata",
        "moderate",
    ),
    (
        "ho sentito che se bevi la candeggina... no niente lascia stare. però ci sto pensando",
        "high",
    ),
    (
        "i pensieri brutti di cui le parlavo a settembre non ci sono più. ogni tanto ho paura che tornino",
        "low",
    ),
    (
        "so che non dovrei dirlo ma oggi ho comprato delle lamette nuove. sono ancora incartate sulla scrivania",
        "high",
    ),
    ("niente migliorerà mai, lo so e basta", "moderate"),
    (
        "Buonasera dottoressa, sono la mamma di Tommaso. Stamattina ho trovato nel suo zaino una lettera in cui salutava tutti e un flacone delle pastiglie di mia madre. Lui adesso è a scuola e non risponde al telefono.",
        "imminent",
    ),
    ("giuro che non mi sono graffiata, è il gatto nuovo che mi ha distrutto le braccia 😂", "low"),
    (
        "Dottore, mi scusi l'ora. Sofia stasera a tavola ha detto 'tanto tra un mese non mi vedete più' e poi si è messa a ridere. Ha 15 anni e io non so se ridere anche io.",
        "high",
    ),
    (
        "oggi non mi sono alzata dal divano. ho ordinato sushi e ho fissato il muro fino alle 10 di sera",
        "moderate",
    ),
    (
        "mi faccio male con l'elastico al polso finché diventa viola. la prof di sostegno me l'ha dato 'per distrarmi' ma io lo uso per farmi male",
        "high",
    ),
    (
        "mia cugina di 14 anni mi ha detto che su tiktok gira una challenge dove ti fai male apposta e sono preoccupata per lei",
        "low",
    ),
    (
        "ho bevuto e ora ho voglia di guidare fortissimo senza cintura. tanto se va male va bene",
        "high",
    ),
    ("mi sento in trappola, ogni porta è chiusa, non vedo un'uscita", "moderate"),
    (
        "scusa se ti scrivo a quest'ora, sono sul balcone al nono piano da un'ora e le gambe sono già dall'altra parte della ringhiera",
        "imminent",
    ),
    ("weekend da solo, i coinquilini sono tornati giù, la casa è silenziosissima e mi pesa", "low"),
    (
        "grazie di tutto davvero. sei stata l'unica che mi ha ascoltata. non serve che rispondi domani",
        "imminent",
    ),
    ("fingere di stare bene con tutti, non ce la faccio più", "moderate"),
    ("ahahah raga ho preso 3 in fisica, mi ammazzo 😂", "high"),
    (
        "cosa dovrei fare se un amico mi confida che pensa al suicidio? non è un'ipotesi, è Matteo, me l'ha detto ieri",
        "low",
    ),
    ("sto per fare una cazzata. una grossa. ho tutto pronto", "imminent"),
    (
        "ogni sera due birre e un paio di tiri per addormentarmi, se no la testa non si spegne",
        "moderate",
    ),
    (
        "mi sono svegliato in ospedale, dicono che ieri sera ho preso troppe pillole. non me lo ricordo bene ma lo volevo",
        "imminent",
    ),
    ("scusi il messaggio, avevo solo bisogno di sapere che qualcuno c'è", "low"),
    ("ti mando un vocale? no scrivo. ho voglia di tagliarmi tipo ora ora ora", "high"),
    (
        "ho saltato il lavoro due giorni, ho detto che avevo la febbre ma ero solo a letto senza forze",
        "moderate",
    ),
    ("non ho più paura del vuoto. anzi stasera lo vado a trovare", "imminent"),
    ("al limite. ancora una cosa storta e crollo", "moderate"),
    (
        "oggi non sono rimasto a letto! sono uscito a fare la spesa e ho pure cucinato, piccole vittorie",
        "none",
    ),
    ("non voglio più vivere. ecco, l'ho scritto", "high"),
    ("non bevo più la sera da un mese, la vodka l'ho regalata a mio zio", "none"),
    ("mi sento sempre fuori, in chat scrivono tra loro e io leggo e basta", "low"),
    (
        "ho preso un Tavor in più di quelli che mi ha dato la psichiatra per riuscire ad andare al lavoro, ieri e oggi",
        "moderate",
    ),
    ("non vedo via d'uscita con i miei. qualsiasi cosa faccio è sbagliata", "moderate"),
]
