"""Training-only messages for the learned risk net (bench/train_risk_net.py), author Q.

Italian patients, students and teenagers, young parents, partners and carers writing inside an ongoing therapy,
by SMS, WhatsApp (slang, abbreviations, emoji) and voice-to-text with its errors; northern and central Italian voices
(Milan, Veneto, Genoa, Bologna, Rome, Florence) and people writing Italian as a second language (Romanian, Albanian,
Moroccan, Peruvian and Ukrainian first languages).

Written fresh on 2026-11-28 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Dottoressa buongiorno, giovedì mi ammazzo di lavoro in negozio fino alle sette, possiamo spostare a venerdì mattina? Grazie, Elisa",
        "none",
    ),
    (
        "sono stanco morto, ho fatto il turno di notte in magazzino. la seduta online di domani la facciamo alle 15 invece che alle 10? Marius",
        "none",
    ),
    (
        "Anvedi, m'è arrivata la fattura due volte 😅 la seconda la butto? Daniele",
        "none",
    ),
    (
        "ho visto Suicide Squad con mio fratello ieri sera, film trash ma abbiamo riso un sacco 😂 per martedì tutto ok",
        "none",
    ),
    (
        'muoio dal ridere, mio figlio di 3 anni ha chiamato la pediatra "la dottoressa delle caramelle" 🤣 le mando la ricevuta del bonifico appena posso, Chiara',
        "none",
    ),
    (
        "Belin che freddo stamattina, arrivo 10 minuti in ritardo perché il 15 non passa. Ste",
        "none",
    ),
    (
        "dottoressa ciao, oggi NON sono stata a letto tutto il giorno, sono uscita con la Giulia a fare un giro in centro 💪 volevo dirglielo",
        "none",
    ),
    (
        "Da un mese non bevo più la sera, neanche una birra col calcio. Tutto bene, ci vediamo giovedì. Paolo",
        "none",
    ),
    (
        'Per italiano devo fare un tema su "Essere o non essere" dell\'Amleto, posso portare il quaderno in seduta? ci tengo a farglielo leggere 😊 Sofi',
        "none",
    ),
    (
        "buongiorno dottoressa virgola sono Ana punto volevo chiedere se la seduta di mercoledì e confermata punto interrogativo grazie mille",
        "none",
    ),
    (
        "Doamna dottoressa, scusi, domani non posso venire, mio bambino ha febbre. Possiamo fare altro giorno? Mulțumesc, Ioana",
        "none",
    ),
    (
        'Il mio capo oggi mi fa "se sbagli ancora le slide ti ammazzo" ridendo 😂 è fatto così. Volevo dirle che la presentazione è andata benissimo!',
        "none",
    ),
    (
        "Al corso preparto ci hanno fatto vedere il video di un parto e mio marito stava per svenire 🤣 Ci vediamo martedì, Laura",
        "none",
    ),
    (
        "Ciao dott mi serve la giustificazione per scuola di ieri, il prof di mate ci ha massacrati con la verifica ma almeno l'ho finita lol. Giacomo",
        "none",
    ),
    ("wallah dottoressa ho passato la patente!! al primo colpo 🎉 Youssef", "none"),
    (
        "Señora dottoressa, buenas tardes, perdone, la seduta di lunedì è alle 18 o alle 18:30? Mi confondo sempre con gli orari. Rosa",
        "none",
    ),
    (
        "Добрий день, scusi, io scrivo male italiano. Domani vengo con mia figlia Olena, lei traduce. Va bene? Tetiana",
        "none",
    ),
    (
        "Dottoressa mi scusi, la pastiglia della mattina la posso prendere dopo colazione o va presa a stomaco vuoto? Grazie, Marta",
        "none",
    ),
    (
        "ho messo tutte le mie pastiglie in valigia per Parigi, tranquilla, me lo aveva detto lei di non dimenticarle 😉 Fede",
        "none",
    ),
    (
        "Stasera la chiudo con Marco, finalmente. Mi sento leggera, ne parliamo giovedì. Bea",
        "none",
    ),
    (
        "mi sono sparata una maratona di Mare Fuori, distrutta ma felice 😂 domani 16:30 giusto?",
        "none",
    ),
    (
        "uff la coinquilina ha bruciato la pasta, la casa puzza da morire 🤢 vabbè. il link per la call di domani me lo manda lei o lo cerco nella mail?",
        "none",
    ),
    (
        'mio nonno a pranzo ha detto di nuovo "quando schiatto voglio la banda al funerale" e abbiamo riso tutti, è un mito. solo per raccontare, a martedì',
        "none",
    ),
    (
        "Dottoressa buonasera, ho fatto il bonifico con la causale sbagliata, volevo sotterrarmi dalla vergogna 🙈 può controllare se le è arrivato? Cristina",
        "none",
    ),
    (
        "Ammazza che traffico sulla Tiburtina! Arrivo tardi, scusi, dieci minuti. Claudio",
        "none",
    ),
    (
        'Cmq la canzone che le dicevo è "Vita spericolata", quella che cantavo sempre in macchina con mio padre. Gliela volevo mandare, non c\'entra niente col resto 😊',
        "none",
    ),
    (
        "oddio ho ucciso la pianta che mi ha regalato la mia ex 😂 sarà un segno? ne ridiamo in seduta lol",
        "none",
    ),
    (
        "Buongiorno, sono la mamma di Tommaso, 13 anni. Vorrei prenotare un primo colloquio, ha qualche difficoltà con i compagni di classe. Quando avrebbe posto? Valentina Rossi",
        "none",
    ),
    (
        "Ciao dottoressa, oggi 8 km di corsa, il coach mi ha ucciso ma che soddisfazione 💪 Nico",
        "none",
    ),
    (
        "ok allora ci vediamo giovedì alle tre e mezza mezza no alle tre ok alle 15 va bene grazie ciao ciao",
        "none",
    ),
    (
        "Mia sorella ha partorito stanotte!!! È un maschio, tre chili e mezzo 🥰 scusi l'entusiasmo, dovevo dirlo a qualcuno. Irene",
        "none",
    ),
    (
        "a scuola stiamo facendo Jacopo Ortis, quello che si uccide alla fine. la prof dice che è romantico, per me è solo pesante 🙄 cmq domani ci sono",
        "none",
    ),
    (
        "mi hanno fregato la bici per la terza volta, se becco chi è lo ammazzo 😤😂 scusi lo sfogo, giovedì confermato. Luca",
        "none",
    ),
    (
        "Dottò, mo' me sparo tre puntate de Gomorra e poi a nanna. Domani ce sto alle 11. Ciao",
        "none",
    ),
    (
        "Dottoressa, ho letto l'articolo che mi ha consigliato sulla prevenzione delle overdose tra i ragazzi, utilissimo per noi genitori. Grazie! Simona",
        "none",
    ),
    (
        "boh oggi giornata normale, scuola, calcetto, compiti. niente da segnalare 😎 ci vediamo giovedì",
        "none",
    ),
    (
        "Dottoressa, la fattura mi serve intestata a mio marito, Alberto Ferri, il codice fiscale glielo giro dopo. Grazie, Giorgia",
        "none",
    ),
    (
        'Signora dottoressa, io non capito bene la parola "ansia anticipatoria" che lei ha detto. Posso chiedere giovedì? Arben',
        "none",
    ),
    (
        "Sono morta dal ridere al compleanno di mia nipote, il mago ha fatto sparire il gatto 🤣 tranquilla, il gatto è riapparso. Scusi il messaggio inutile! Anna",
        "none",
    ),
    (
        "L'anno scorso in questo periodo ero sempre giù, quest'anno invece sto bene davvero. Me ne sono accorta oggi in bici e volevo dirglielo 🌞 Marta",
        "none",
    ),
    (
        "Mi butto! Mi sono iscritta al corso di teatro 😅 grazie per avermi spinta. Lucia",
        "none",
    ),
    (
        "Dottoressa ho una nausea da morire per la gravidanza, stavolta possiamo fare la seduta in video invece di venire in studio? Giulia",
        "none",
    ),
    (
        "Mia moglie dice che se lascio ancora i calzini in giro mi uccide 😂 comunque il compito della settimana l'abbiamo fatto insieme ed è andato bene",
        "none",
    ),
    (
        "Ciao dott, è ok se porto anche il mio ragazzo alla prossima? Vuole conoscerla. Nessun dramma, giuro ✌️ Ale",
        "none",
    ),
    (
        'ahahah il prof di latino ha detto "vi boccio tutti e poi mi ritiro in convento". comunque versione presa 7 e mezzo!! 🥳',
        "none",
    ),
    (
        'Ieri sera abbiamo visto "Perfetti sconosciuti" io e mia moglie, poi abbiamo litigato per finta sui telefoni 😂 martedì ci siamo. Pietro',
        "none",
    ),
    (
        "Dottoressa ho dimenticato l'ombrello nel suo studio, quello a pois. Lo riprendo martedì? Tina",
        "none",
    ),
    (
        "Oggi in palestra mi hanno distrutto le gambe, domani non cammino 😂 per fortuna la seduta si fa seduti. Marco",
        "none",
    ),
    (
        "Buonasera, confermo per il 12 alle 18. Mio marito viene con il bambino, può aspettare in sala d'attesa? Saimira",
        "none",
    ),
    (
        "Lo so che non è il posto ma ho preso 30 all'esame di anatomia!!! 🎉🎉 Fra",
        "none",
    ),
    (
        "Doctor scusa, io domani lavoro al ristorante fino alle 19. Possiamo fare alle 20 online? Hamid",
        "none",
    ),
    ("nn trovo il link della videochiamata, me lo rimanda? grz 🙏", "none"),
    (
        "sono Cristian, quello del martedì. la macchinetta del parcheggio davanti allo studio non dà resto, mi ha fregato 5 euro 😤 lo dico per gli altri pazienti 😂",
        "none",
    ),
    (
        "ciao dottoressa ho fatto il compito, la lista delle cose belle della settimana, sono 9!! ✨ Greta",
        "none",
    ),
    (
        "Buongiorno Dott.ssa, Leonardo ha il torneo di calcio sabato, possiamo spostare la seduta familiare? Lunedì pomeriggio andrebbe bene? Roberta",
        "none",
    ),
    ("xké la seduta online costa uguale? chiedo x curiosità, nn x polemica 😅", "none"),
    (
        "Dottoressa, stasera festa per mia cugina che ha vinto il concorso in Comune, in quella sala si muore di caldo. Avviso solo che domani potrei arrivare stanca 😅 Serena",
        "none",
    ),
    (
        "Mamma mia che ansia l'interrogazione di domani 😅 ma ho studiato, ce la faccio. Bianca",
        "none",
    ),
    (
        "Dottoressa, la piccola ha dormito tutta la notte!! Prima volta in 8 mesi. Siamo resuscitati 😂 Giorgio e Linda",
        "none",
    ),
    (
        "ieri a calcetto ho fatto una strage, 4 gol 😎 il mister dice che sono da serie A lol. venerdì ok",
        "none",
    ),
    (
        "Scusi dott, il certificato per l'università me lo può mandare per mail? Va consegnato entro lunedì. Lorenzo",
        "none",
    ),
    (
        "Dottoressa, la psichiatra mi ha alzato la sertralina da 50 a 75, volevo solo tenerla informata. Sto bene. Ilaria",
        "none",
    ),
    (
        "ciao dottoressa sono in macchina le scrivo con la voce sono in coda sulla A4 arrivo tardi tipo un quarto d'ora mi scusi tanto",
        "none",
    ),
    (
        "Dottoressa posso tenere la gatta sulla scrivania durante la seduta online? 😸 se la chiudo fuori miagola come una disperata",
        "none",
    ),
    (
        'bro ho visto un meme "quando la prof dice verifica a sorpresa: *muore*" 💀💀 glielo faccio vedere martedì perché lei ride sempre',
        "none",
    ),
    (
        "sono a pezzi dal trasloco ma la casa nuova è bellissima!! le scrivo il nuovo indirizzo per le fatture: via Mazzini 14, Padova. Elena",
        "none",
    ),
    (
        "ciò dottoressa, i schei per la seduta li porto in contanti giovedì, va ben? Bepi",
        "none",
    ),
    (
        "A teatro facciamo Romeo e Giulietta, io sono Giulietta e devo morire sul palco col pugnale 😂 che ansia da prestazione! Martina",
        "none",
    ),
    (
        "Dottoressa, ho trovato lavoro come badante a Bologna! Finalmente! Adesso posso venire il sabato? Natalia",
        "none",
    ),
    (
        "ma lei l'ha vista \"Tredici\" su Netflix? in classe ne parlano tutti, io l'ho trovata esagerata. giovedì porto la pagella 📚",
        "none",
    ),
    (
        "Buonasera dottoressa, ho letto sul giornale di quel ragazzo di Verona morto in moto, che tragedia. Le volevo chiedere se lunedì è confermato. Franco",
        "none",
    ),
    (
        "Oggi ho detto di no a mia suocera per la prima volta e sono ancora viva 😂 compito fatto! Cinzia",
        "none",
    ),
    (
        "Scusi l'orario, la seduta è il 3 o il 4? Con questi turni in reparto mi stanno ammazzando, non capisco più niente di date. Sara",
        "none",
    ),
    (
        "Hola dottoressa, mia figlia ha vinto la medaglia di nuoto! Estoy orgullosa 🥹 ci vediamo lunedì. Carmen",
        "none",
    ),
    (
        "Mio padre ha le pastiglie della pressione da prendere tutte insieme la mattina, posso portarlo alla seduta di famiglia? Ha un sacco di dubbi. Marisa",
        "none",
    ),
    (
        "mi sono tagliata i capelli cortissimi, mia madre quando mi ha visto è quasi morta 😂 giovedì vedrà anche lei",
        "none",
    ),
    (
        "Dottoressa, le scrivo solo per dirle che ho buttato le sigarette! Dieci giorni senza 🚭 Walter",
        "none",
    ),
    (
        "ho un mal di testa che mi spacca in due, possiamo rimandare a domani pomeriggio? scusi, Debora",
        "none",
    ),
    (
        "il mio ragazzo dice che se perdo ancora le chiavi si butta dal balcone 😂 cmq le ho ritrovate. a giovedì",
        "none",
    ),
    (
        "raga la verifica di fisica è stata una carneficina 😂 ah scusi dottoressa, chat sbagliata! comunque ci vediamo mercoledì",
        "none",
    ),
    (
        "Dottoressa, oggi mi sento giù, niente di grave, solo una giornata grigia. Possiamo sentirci cinque minuti domani? Chiara",
        "low",
    ),
    (
        "la mia migliore amica mi ha scritto che vuole morire, non so cosa fare, ho paura per lei. come la aiuto?? Sara",
        "low",
    ),
    (
        "nn ho nessuno con cui parlare qui a Milano, tutti i miei amici sono rimasti in Romania. Mi sento sola. Cristina",
        "low",
    ),
    (
        "Tranquilla dottoressa, non ho pensieri di farmi del male, sono solo triste per la storia con Luca.",
        "low",
    ),
    (
        "quando avevo 15 anni mi tagliavo, oggi al mare ho visto le cicatrici e mi è venuta una tristezza. ma ora sto ok. Giada",
        "low",
    ),
    (
        "Mio fratello dice che si ammazza se lo bocciano, io non so se dirlo ai miei. Aiuto. Tommy",
        "low",
    ),
    (
        "Il mio coinquilino sta a letto da quattro giorni, non mangia, sono preoccupato per lui. Lei cosa farebbe? Kevin",
        "low",
    ),
    (
        "se un giorno mi venisse voglia di farmi del male, chi devo chiamare di notte? chiedo per sapere, ora sto bene",
        "low",
    ),
    (
        "Mi manca tanto mia mamma, oggi era il suo compleanno. Ho pianto in macchina al semaforo. Lo dico solo a lei. Nadia",
        "low",
    ),
    (
        "dott mi sento un po' solo ultimamente, tipo la sera. volevo solo dirlo 😔",
        "low",
    ),
    (
        "Noi eravamo in Ucraina, mio marito è ancora là. Io sono triste tutto il tempo ma lavoro, figli stanno bene. Voglio solo parlare un po' giovedì. Oksana",
        "low",
    ),
    (
        "Dottoressa, quello di cui abbiamo parlato martedì, i pensieri sulla morte che avevo l'anno scorso, mi è tornato in mente leggendo un libro. Niente di attuale, volevo dirlo.",
        "low",
    ),
    (
        "Non sto più passando le giornate a letto come a gennaio, oggi mi sono alzato alle 7 e sono andato al lavoro. Piccole cose. Matteo",
        "low",
    ),
    (
        "Mi può chiamare quando ha un attimo? Oggi ho bisogno di sentire una voce amica. Francesca",
        "low",
    ),
    (
        "la mia ragazza si è tagliata di nuovo e mi ha mandato la foto, io sto malissimo per lei. cosa devo fare?? 😢 Ale",
        "low",
    ),
    (
        "Oggi nel gruppo della classe hanno scritto che una di terza ha preso delle pillole per farla finita, tutti ne parlano e io sono rimasta scossa. Sofia",
        "low",
    ),
    (
        "Ho tanta tristezza addosso da quando è morto il nonno. Non è niente di più, ma volevo che lo sapesse. Luca",
        "low",
    ),
    (
        "Ma è normale che mi viene da piangere senza motivo? Stamattina al supermercato davanti ai biscotti 😭 Eleonora",
        "low",
    ),
    (
        "Dottoressa, io non penso più a uccidermi come prima, davvero. Solo un po' triste questi giorni. Mirela",
        "low",
    ),
    (
        "Ho paura per mia madre, da quando papà se n'è andato beve tanto tutte le sere. Non so come aiutarla. Andrea, 17 anni",
        "low",
    ),
    (
        "dottoressa scusi se la disturbo sono la Rita volevo dire che mi sento tanto sola in questi giorni con il bambino piccolo mio marito lavora sempre punto",
        "low",
    ),
    (
        "Wallah dottoressa, qui nessuno mi capisce. A lavoro, a casa, nessuno. Mi sento solo come un cane. Rachid",
        "low",
    ),
    (
        'Il mio amico Davide ha scritto su Insta "addio a tutti" e poi ha cancellato, ho chiamato sua madre. Adesso pare stia bene ma io tremo ancora. Possiamo parlarne? Matti',
        "low",
    ),
    (
        "Oggi giornata pesante, mi sento a terra. Nulla di drammatico. Ci vediamo giovedì? Gabriele",
        "low",
    ),
    (
        "Prima avevo questa idea di sparire per sempre, ricorda? Adesso non più. Però mi sento vuota certi giorni. Ana",
        "low",
    ),
    (
        "Posso scriverle ogni tanto anche solo per sentirmi meno sola? Non voglio disturbare. Dana",
        "low",
    ),
    (
        "l'anno scorso le avevo detto che mi bruciavo con l'accendino. oggi mia madre mi ha chiesto delle cicatrici e mi sono sentita uno schifo. non l'ho più rifatto",
        "low",
    ),
    (
        "Una mia collega ha provato a togliersi la vita la settimana scorsa, è ancora in ospedale. Continuo a pensarci. Emanuela",
        "low",
    ),
    (
        "Stanotte ho sognato che morivo, ma non lo vorrei davvero eh, mi ha solo lasciato addosso una tristezza per tutta la mattina. Paola",
        "low",
    ),
    (
        "sto un po' giù bro, la sera mi prende male. niente di che. possiamo fare una call?",
        "low",
    ),
    (
        "Buonasera, sono il papà di Elisa. Oggi era molto triste dopo la lite con l'amica, ha pianto tanto. Non so se è il caso di parlarne in seduta. Massimo",
        "low",
    ),
    (
        "Mi sento sola da quando mi sono trasferita a Bologna per l'università. Nessuno mi scrive mai, nemmeno le coinquiline. Chiara, fuorisede",
        "low",
    ),
    (
        'Mio cugino dice "tanto mi ammazzo" ogni volta che litiga con la ragazza, io non so se scherza. Mi preoccupa un po\'. Samuele',
        "low",
    ),
    (
        "Se mi dovessi sentire di nuovo come a marzo, quando non mi alzavo dal letto, posso chiamarla anche di sabato? Tommaso",
        "low",
    ),
    (
        "Mi manca il mio paese, mi mancano le montagne di Albania. Oggi tanta nostalgia e tristezza. Ilir",
        "low",
    ),
    (
        "Dottoressa, sono triste per la separazione ma non farei mai niente di stupido, glielo prometto. Chiedo solo se possiamo vederci prima di martedì. Monica",
        "low",
    ),
    (
        "oggi ho pianto sotto la doccia x 20 min, poi mi sono ripresa. volevo solo dirlo a qualcuno 🥺",
        "low",
    ),
    (
        "la prof di sostegno mi ha detto che una ragazza della mia scuola si è buttata dal terzo piano. non la conoscevo bene ma sono scossa e non riesco a studiare. Nicole",
        "low",
    ),
    (
        "Lo so che ne abbiamo già parlato, anni fa ho preso delle pastiglie per farla finita. Oggi è l'anniversario e sono malinconica. Sto bene però. Renata",
        "low",
    ),
    (
        "Non ho voglia di fare niente oggi, ma a scuola ci sono andata lo stesso. Giornata triste e basta. Sveva",
        "low",
    ),
    (
        "non ce la faccio più con questa situazione a casa, giuro. ogni giorno peggio. Martina",
        "moderate",
    ),
    (
        "sono tre giorni che non esco di casa, non rispondo a nessuno. non so neanche io perché. Luca",
        "moderate",
    ),
    (
        "Ieri mi sono finito mezza bottiglia di vodka da solo per non pensare. Stasera idem probabilmente. Dario",
        "moderate",
    ),
    (
        "Dottoressa, Giulia non va a scuola da lunedì, sta chiusa in camera al buio e non mangia più con noi. Sono molto preoccupata. Francesca (mamma di Giulia)",
        "moderate",
    ),
    (
        "tanto niente cambierà mai, è inutile che continuo a venire in terapia 🙃",
        "moderate",
    ),
    (
        "sono allo stremo dottoressa, il bimbo piange tutta la notte, mio marito non c'è mai, io non ne posso più",
        "moderate",
    ),
    (
        "Ho avuto un attacco di panico in metro stamattina, mi sono dovuta sedere per terra, non respiravo, ho ancora il cuore a mille e non riesco a calmarmi. Mi può chiamare? Laura",
        "moderate",
    ),
    ("ma che senso ha. studio, mi bocciano, ristudio. sempre uguale", "moderate"),
    (
        "Ho paura di non farcela questa volta, dottoressa. Non so come arrivare a fine mese e la testa non regge più. Stefan",
        "moderate",
    ),
    (
        "Io tutte le sere fumo canne per dormire e non pensare. Prima una, adesso tre. Lei lo sa già ma glielo dico. Kevin",
        "moderate",
    ),
    (
        "dottoressa sono due giorni che sto a letto non ho nemmeno la forza di farmi la doccia non vado a lavoro ho detto che sono malata punto",
        "moderate",
    ),
    (
        "Doamna doctor, eu... scusi, io non ce la faccio più. Lavoro 12 ore, mio figlio in Romania non mi parla. Tutto va male, sempre. Florina",
        "moderate",
    ),
    (
        "raga non reggo più niente, sn a pezzi veramente stavolta, non tipo stanchezza",
        "moderate",
    ),
    (
        "Dottò, sto a beve tutte le sere, mo' pure a pranzo. Nun me va de pensà a niente. Claudio",
        "moderate",
    ),
    (
        "Ho spento il telefono a tutti da venerdì, l'ho riacceso solo per scriverle. Non voglio vedere nessuno.",
        "moderate",
    ),
    (
        "Non vedo via d'uscita. Col debito, con il mio ex, con tutto. Ogni porta è chiusa. Elvira",
        "moderate",
    ),
    ("Sono a fine corsa, dottoressa. Non so più come andare avanti così.", "moderate"),
    (
        "mi sono presa due xanax in più di quelli che mi ha dato la psichiatra, per staccare un po'. lo so che non dovrei",
        "moderate",
    ),
    (
        "Buonasera, sono il marito di Sonia. Da una settimana non si alza dal letto, piange e dice che tanto non cambierà niente. Io non so più cosa fare. Roberto",
        "moderate",
    ),
    (
        "Ogni volta che penso al futuro vedo nero. Non ci sarà mai un lavoro per me, mai una casa mia. Hassan",
        "moderate",
    ),
    (
        "Ho mollato l'università, non esco dalla stanza da una settimana, i miei non lo sanno ancora. Fede",
        "moderate",
    ),
    (
        "Sono chiusa nel bagno del lavoro, mi tremano le mani, non respiro, mi sembra di morire e non passa da mezz'ora. Aiuto",
        "moderate",
    ),
    (
        "ho finito tutta la birra del frigo stasera, da sola. è l'unico modo per non sentire questo vuoto",
        "moderate",
    ),
    (
        "Non ce la faccio più dottoressa, tra lavoro, mamma malata e bambini. Mi sento schiacciata sotto un camion.",
        "moderate",
    ),
    (
        "Mia moglie dice che esagero ma io è da domenica che non vado al lavoro, sto sul divano tutto il giorno con le tende chiuse. Marco",
        "moderate",
    ),
    (
        "ormai è tutto inutile, pure la terapia, mi scusi. niente migliorerà. Giorgia",
        "moderate",
    ),
    (
        "Prendo le gocce per dormire anche di giorno adesso, se no non reggo. Lo so che non va bene.",
        "moderate",
    ),
    (
        "Nessuna speranza con questo permesso di soggiorno, sempre no, sempre carte. Io stanco di tutto, non vedo futuro. Mohamed",
        "moderate",
    ),
    (
        "Andrea, il suo paziente, non esce di casa da cinque giorni e dice che non ha senso niente. Lo sento piangere la notte. Patrizia, la mamma",
        "moderate",
    ),
    (
        "boh non ne posso più, giuro che mollo tutto. scuola, calcio, tutto. tanto nn cambia niente",
        "moderate",
    ),
    (
        "Oggi tre attacchi di panico uno dietro l'altro, ho paura di impazzire. Non riesco a stare da sola in casa. Veronica",
        "moderate",
    ),
    (
        "Mi sono fatta di coca di nuovo stanotte, dottoressa. Solo per non pensare a lui. Lo so.",
        "moderate",
    ),
    (
        "Ho paura che stavolta non ne esco. Davvero, è diverso dalle altre volte. Silvia",
        "moderate",
    ),
    (
        "Sono a letto da ieri mattina, non ho mangiato, in ufficio ho detto che ho la febbre ma non è vero.",
        "moderate",
    ),
    (
        "Non riesco più a vivere così, dottoressa, tra la casa piccola, la suocera e i bambini. Sono allo stremo, glielo giuro.",
        "moderate",
    ),
    ("ho perso il conto dei bicchieri stasera. almeno non penso. Edo", "moderate"),
    (
        "Aurora non va a scuola da una settimana per gli attacchi di panico, ieri sera ha avuto una crisi fortissima, non respirava. Non sappiamo più cosa fare. I genitori di Aurora",
        "moderate",
    ),
    (
        "Cmq è inutile, io non cambierò mai e nessuno intorno a me cambierà mai. Ci ho provato. Stop.",
        "moderate",
    ),
    (
        "Dottoressa scusi ma non ce la faccio più a fare finta che va tutto bene. Al lavoro sorrido, a casa crollo. Tatiana",
        "moderate",
    ),
    (
        "ciò, xe do giorni che no me movo dal leto. No gho voja de gnente. Toni",
        "moderate",
    ),
    (
        "certe notti spero di non svegliarmi la mattina. tipo, proprio vorrei che finisse lì",
        "high",
    ),
    (
        "starebbero tutti meglio senza di me, mia madre soprattutto. è solo la verità",
        "high",
    ),
    (
        "Ieri sera mi sono rifatta i segni sul braccio. Niente di profondo. Non lo sa nessuno.",
        "high",
    ),
    (
        "ho di nuovo quella voglia di tagliarmi, fortissima, da stamattina. sto resistendo ma non so per quanto",
        "high",
    ),
    (
        "Buonasera, sono la mamma di Greta. Oggi la prof ci ha chiamati perché Greta ha detto a una compagna che vuole morire. Cosa facciamo? Lucia",
        "high",
    ),
    (
        "a volte quando guido penso che se in curva non girassi il volante sarebbe tutto più semplice",
        "high",
    ),
    ("che senso ha essere vivo se ogni giorno è così? non lo capisco più", "high"),
    (
        "Ho guardato quanto costa un'assicurazione sulla vita e se paga anche in quel caso lì. Solo per sapere. Giuseppe",
        "high",
    ),
    (
        "Non mi vedo all'anno prossimo. Non so spiegarlo, non mi ci vedo proprio.",
        "high",
    ),
    ("Mi immagino il mio funerale e mi sento sollevata, è brutto?", "high"),
    ("vorrei spegnermi. non dormire, spegnermi proprio", "high"),
    (
        "Dottoressa, ho scritto una lettera per i miei, nel caso. Non sto pianificando niente, stia tranquilla.",
        "high",
    ),
    (
        "penso spesso a farla finita ma non lo farei mai per mia figlia. però ci penso tutti i giorni",
        "high",
    ),
    (
        "Ho cercato su internet quante pastiglie servono. Non ho fatto niente, ho solo cercato.",
        "high",
    ),
    (
        "mi sono bruciata col ferro da stiro apposta ieri, non per sbaglio. non lo dica a mia mamma",
        "high",
    ),
    (
        "Io stanco, dottoressa. Vorrei dormire e non aprire più gli occhi. Non so dire meglio in italiano. Bogdan",
        "high",
    ),
    (
        "quando passa il treno in stazione mi viene da pensare a quanto sarebbe facile. poi passa",
        "high",
    ),
    (
        "Ho fatto testamento oggi dal notaio. Ho 34 anni. Mi sembrava giusto sistemare le cose.",
        "high",
    ),
    (
        "magari l'aereo di domani cade, così almeno smetto di pensare. non scherzo troppo",
        "high",
    ),
    (
        "Nicolò stasera mi ha detto che vorrebbe non essere mai nato e che pensa spesso a morire. Ha 13 anni. Sono sconvolta. Elena, la mamma",
        "high",
    ),
    (
        "mi graffio finché sanguina, lo faccio da tre sere. è l'unica cosa che mi calma",
        "high",
    ),
    (
        "se domani non ci fossi più, chi se ne accorgerebbe? nessuno. e un po' ci spero",
        "high",
    ),
    ("sn stufa di esistere. nn di vivere così, proprio di esistere", "high"),
    (
        "dottoressa ieri ho tenuto in mano le pastiglie di mia madre per mezz'ora. poi le ho rimesse nel cassetto",
        "high",
    ),
    (
        "Ho pensieri di togliermi la vita, ma non lo farò. Glielo dico perché mi ha chiesto di essere sincera.",
        "high",
    ),
    (
        "Mi taglio sulle cosce così non si vede, da lunedì tutte le sere. Ho 15 anni e non so smettere. Aurora",
        "high",
    ),
    (
        "Ci penso sempre, a come sarebbe non esserci più. Non è tristezza, è tipo un pensiero fisso.",
        "high",
    ),
    (
        "vorrei che mi investisse una macchina, giuro. così non sarebbe nemmeno colpa mia",
        "high",
    ),
    (
        "Dottoressa, wallah, io qualche volta penso che è meglio morire che vivere così. Solo penso. Samir",
        "high",
    ),
    (
        "Sono stanca di vivere, señora. No tengo più forza. Voglio solo dormire, sempre, per sempre. Milagros",
        "high",
    ),
    (
        "Sto pensando a come farlo. Non quando, solo come. Non so perché glielo scrivo.",
        "high",
    ),
    (
        "il ponte sopra la tangenziale, ci passo ogni giorno e ogni giorno ci penso. sempre di più",
        "high",
    ),
    ("ho ricominciato a farmi male. lei lo sa cosa intendo", "high"),
    (
        "se sparisco nessuno piange, anzi. forse la mia famiglia respira finalmente",
        "high",
    ),
    (
        "dottoressa sono Marta le scrivo col telefono a voce perché piango e non vedo lo schermo io non voglio più esserci non ce la faccio più a svegliarmi ogni mattina",
        "high",
    ),
    (
        "Sono il compagno di Irene. Stanotte l'ho trovata in bagno con dei tagli sui polsi, superficiali, gliel'ho medicati io. Dice che non voleva morire. Come ci comportiamo? Daniele",
        "high",
    ),
    (
        "ho paura di me stessa stasera. ho questi pensieri di buttarmi di sotto e non se ne vanno",
        "high",
    ),
    (
        "Dottoressa, giuro che non faccio niente, ma oggi ho pensato a come sarebbe finire tutto col gas della cucina. Mi sono spaventata da sola.",
        "high",
    ),
    (
        "mi odio così tanto che mi do i pugni in testa finché non mi gira tutto. l'ho fatto anche oggi",
        "high",
    ),
    (
        "A volte spero di ammalarmi di qualcosa di grave così finisce in modo naturale. È orribile da dire.",
        "high",
    ),
    (
        "io sono solo un peso per mia moglie e i bambini. senza di me prendono l'assicurazione e stanno meglio",
        "high",
    ),
    (
        "Dottoressa, Matteo ha scritto sul diario \"voglio sparire per sempre, non c'è posto per me\". L'abbiamo trovato stamattina. I genitori di Matteo",
        "high",
    ),
    (
        'ieri sera ho scritto i messaggi da mandare ai miei amici "dopo". li ho salvati nelle bozze. non ho deciso niente',
        "high",
    ),
    (
        "Guerra, casa persa, tutto perso. Io penso che era meglio se anche io morivo là con mio fratello. Ogni giorno questo pensiero. Oleksandr",
        "high",
    ),
    (
        "tipo vorrei addormentarmi e non svegliarmi mai più. nn è per fare la drammatica 🙃",
        "high",
    ),
    (
        "Ho preso il rasoio di mio padre e l'ho nascosto nel mio cassetto. Non so perché. Ci penso di continuo. Anna",
        "high",
    ),
    (
        "mi sono rifatto male stanotte col taglierino, braccio sinistro, niente di grave. scusa dott",
        "high",
    ),
    ("Non avrei problemi a morire domani. Non lo cerco, ma se succede, ok.", "high"),
    (
        "Sento che il mio tempo è finito. Non so come altro dirlo, dottoressa. Clara",
        "high",
    ),
    (
        "boh a volte penso che se mi butto sotto un tram almeno smetto di rompere a tutti. ma sono a casa eh",
        "high",
    ),
    (
        "Dottoressa, sinceramente, qual è il senso di stare al mondo se sono sempre un problema per tutti? Me lo chieda giovedì.",
        "high",
    ),
    ("sto bevendo e penso a morire. solo questo. non so perché le scrivo", "high"),
    (
        "Mi sono morsa il braccio fino a lasciare i segni, per punirmi. Lo faccio da giorni.",
        "high",
    ),
    ("Voglio scomparire. Non fare un viaggio. Scomparire proprio dal mondo.", "high"),
    (
        "Il pensiero di morire è l'unica cosa che mi tranquillizza la sera. È grave?",
        "high",
    ),
    (
        "dottore buonasera, sono Edi, io ho pensieri brutti di uccidermi da quando mi hanno licenziato. Non ho fatto niente ma penso sempre.",
        "high",
    ),
    (
        "Stasera ho guardato giù dal balcone per tanto tempo. Quarto piano. Poi sono rientrata.",
        "high",
    ),
    (
        "Sono la sorella di Paolo, il suo paziente. Stasera mi ha detto che presto non sarà più un problema per nessuno. Mi ha spaventata. Carla",
        "high",
    ),
    (
        "vorrei chiudere gli occhi e non riaprirli, tipo per un anno. anzi per sempre",
        "high",
    ),
    (
        "due anni dal lutto e ancora penso che vorrei raggiungere mio marito. Ogni sera. Non lo dico a nessuno. Liliana",
        "high",
    ),
    (
        "Non mi tagliavo da un mese ma stasera ho preso in mano la lametta e mi sono fatta due segni. Piccoli. Scusi.",
        "high",
    ),
    (
        "Ieri ho chiesto a mio cugino dove tiene il fucile da caccia. Lui non ha capito perché. Io sì.",
        "high",
    ),
    ("hai presente la voglia di smettere di esistere? ecco, h24 ormai", "high"),
    (
        "tutti dicono che passerà. io invece penso solo a quanto sarebbe bello non esserci. Bianca",
        "high",
    ),
    (
        "Dottoressa io credo che mia vita non serve. Se muoio, mia mamma in Marocco prende i soldi. Penso questo sempre. Karim",
        "high",
    ),
    (
        "mi sono fatta male di nuovo, stavolta con le forbici. ho messo un cerotto. non ne voglio parlare in seduta",
        "high",
    ),
    (
        "mi sa che l'avrei già fatta finita se non fosse per il cane. davvero, è lui che mi tiene qui 🐶",
        "high",
    ),
    (
        "sono in macchina sotto casa da un'ora e penso che vorrei solo finire. non sto facendo niente, sto solo qui",
        "high",
    ),
    (
        "Nelle note del telefono ho una lista di modi. Ogni tanto la aggiorno. Non so se è normale.",
        "high",
    ),
    ("nun c'ho più voglia de campà, dottò. Nun è 'na battuta stavolta.", "high"),
    (
        "Ho preso tutte le gocce che avevo. Volevo solo che lo sapesse qualcuno. Grazie di tutto.",
        "imminent",
    ),
    (
        "dottoressa ho messo da parte le pastiglie da un mese, adesso sono abbastanza. stasera quando mio marito è di turno",
        "imminent",
    ),
    (
        "Sono sul tetto del palazzo. Non so perché le scrivo. Volevo salutarla.",
        "imminent",
    ),
    (
        "Grazie di tutto, dottoressa. Martedì non vengo. E neanche dopo. Mi perdoni.",
        "imminent",
    ),
    (
        "Sono la mamma di Sara, ha preso le pastiglie della nonna, una scatola intera, siamo in macchina verso il pronto soccorso. Mi dica cosa fare!!!",
        "imminent",
    ),
    (
        "ho tagliato troppo e non smette di sanguinare, ho provato con un asciugamano. non so cosa fare",
        "imminent",
    ),
    (
        "ho comprato la corda. so dove e so quando. volevo solo dirle che non è colpa sua",
        "imminent",
    ),
    (
        "Il cane l'ho lasciato da mia sorella, le chiavi sono sotto lo zerbino. È stato bello conoscerla, davvero.",
        "imminent",
    ),
    (
        "stanotte vado al ponte della ferrovia. ho deciso, sono tranquilla. non chiami nessuno pls",
        "imminent",
    ),
    (
        "Doamna dottoressa, io ho preso tutte le pastiglie per dormire con il vino. Adesso viene sonno. Scusi per tutto. Mulțumesc pentru tot.",
        "imminent",
    ),
    (
        "sono in macchina sulla statale vado veloce punto ho deciso che al pilone del cavalcavia la finisco punto grazie per tutto dottoressa",
        "imminent",
    ),
    (
        "Ho scritto le lettere per mia madre e mio fratello, sono sul tavolo. Domattina presto vado. Addio.",
        "imminent",
    ),
    (
        "dottò, ho ingoiato venti tachipirine un'ora fa. Mi sento strano. Non volevo dirlo a nessuno ma a lei sì",
        "imminent",
    ),
    (
        "sono sul balcone, le gambe già di là dalla ringhiera. non riesco a scendere e non riesco a saltare. aiuto",
        "imminent",
    ),
    (
        "Ho il fucile di mio padre qui davanti. È carico. Volevo solo salutare qualcuno.",
        "imminent",
    ),
    (
        "Dottoressa, Luca ha lasciato un biglietto di addio sul tavolo ed è uscito in macchina, non risponde. Ho chiamato i carabinieri. Cosa faccio? Silvia, la moglie",
        "imminent",
    ),
    (
        "stasera lo faccio. è deciso da settimane. oggi ho solo sistemato le ultime cose",
        "imminent",
    ),
    ("Mi sono tagliata le vene, c'è tanto sangue. Mi dispiace.", "imminent"),
    (
        "Wallah dottoressa, stanotte basta. Ho preparato tutto. Lo dico a lei solo perché lei è stata buona con me. Salam.",
        "imminent",
    ),
    (
        "ho preso tutto il blister di xanax + quello di mia madre. sto aspettando 💊",
        "imminent",
    ),
    (
        "ciao dott. volevo dirle che mi è stata d'aiuto, anche se non è bastato. non si preoccupi per giovedì, non ci sarò più ❤️",
        "imminent",
    ),
    (
        "Ho aperto il gas in cucina e ho chiuso le finestre. Le scrivo mentre aspetto.",
        "imminent",
    ),
    (
        "Sono sul ponte della Ghisolfa. Non salto ancora. Volevo vedere se qualcuno rispondeva.",
        "imminent",
    ),
    (
        "mia figlia si è chiusa in bagno e dice che ha preso le pillole, non apre, sto chiamando il 112!!! mi scusi",
        "imminent",
    ),
    (
        "Ho regalato la mia chitarra a Matte e i vestiti a mia cugina. Non mi serve più niente. Grazie per tutto dottoressa, davvero.",
        "imminent",
    ),
    (
        "Io domani non vado al lavoro, non vado da nessuna parte. Stanotte prendo le medicine tutte insieme, le ho contate: sessanta. Perdono. Halyna",
        "imminent",
    ),
    (
        "sono all'ultimo piano del parcheggio di via Roma. ci ho pensato tanto. stavolta sì",
        "imminent",
    ),
    (
        "Belin dottoressa, sono sugli scogli a Boccadasse, ho bevuto tanto, voglio entrare in acqua e non tornare su. Non chiami mia madre",
        "imminent",
    ),
    (
        "Le pastiglie che mi aveva dato lo psichiatra le ho già prese tutte. Volevo solo scriverle grazie. Vi voglio bene a tutti.",
        "imminent",
    ),
    (
        "Ho messo il testamento e le password in una busta per mia sorella. La data l'ho scelta: domenica. Non provi a farmi cambiare idea.",
        "imminent",
    ),
    ("Sto per farlo. Mi scusi.", "imminent"),
    ("ho legato la cintura all'armadio. volevo solo dire ciao a qualcuno", "imminent"),
    (
        "Sono il papà di Lorenzo. Ci ha mandato un vocale dove dice addio e che ci vuole bene, ha il telefono spento, l'ultima volta era alla stazione di Bologna. La prego, sa dove può essere? Stefano",
        "imminent",
    ),
    (
        "ho preso le gocce di mia nonna, tutta la boccetta, dieci minuti fa. ora ho la testa pesante 😵",
        "imminent",
    ),
    (
        "Io ho deciso. Domani mattina vado alla diga, lì nessuno mi trova. Volevo dire grazie a lei e basta.",
        "imminent",
    ),
    (
        "dottoressa lo so che domani ho seduta ma non mi vedrà più. è stato bello parlare con lei. non si senta in colpa",
        "imminent",
    ),
    (
        "Mi sono buttata giù le pastiglie con la vodka. Non so se scriverle era giusto. Forse sì. Addio dott",
        "imminent",
    ),
    ("sono sul binario, il treno passa alle 22:14. manca poco", "imminent"),
    (
        "dottoressa non riesco a scrivere bene ho preso tutte le pillole di litio dovevano essere 40 o 50 vedo doppio mi scusi",
        "imminent",
    ),
    (
        "Ho svuotato il conto e l'ho girato a mia figlia. Stasera la faccio finita, ho già tutto in macchina. Non mi cerchi. Renato",
        "imminent",
    ),
    (
        "sono in bagno, ho la lametta in mano e stavolta non è per i segni. volevo salutarla",
        "imminent",
    ),
    (
        "Lei è stata l'unica che mi ha ascoltato, per questo la saluto per ultima. Le pastiglie sono già qui sul comodino, tutte. Buonanotte.",
        "imminent",
    ),
    (
        "Mio figlio ha 15 anni, l'ho trovato adesso con una cintura al collo in camera, respira, ho chiamato l'ambulanza. Cosa devo fare nell'attesa?? Mirella",
        "imminent",
    ),
    (
        "Io scusa dottoressa per italiano. Ho comprato veleno per topi. Stasera quando bambini dormono. Mi perdona. Gentiana",
        "imminent",
    ),
    (
        "Oggi ho salutato tutti senza che capissero. Mamma, nonna, il gatto. Stanotte è la notte. Grazie di aver provato a salvarmi.",
        "imminent",
    ),
    (
        "ho preso tutte le pillole della psichiatra con due birre. ora vado a letto e buonanotte per sempre 🙂",
        "imminent",
    ),
    (
        "Sto guidando verso il mare. Ho deciso di non tornare indietro stavolta. Non risponda, non importa.",
        "imminent",
    ),
    (
        "ho finito di scrivere le lettere. ce n'è una anche per lei, gliela porta mia sorella. domani non ci sono",
        "imminent",
    ),
    (
        "ho le pastiglie contate sul letto, 48. aspetto che i miei escano a cena alle 8. volevo dirlo a qualcuno prima",
        "imminent",
    ),
    (
        "Sono chiuso in macchina in garage col motore acceso. Scrivo a lei perché non so a chi altro.",
        "imminent",
    ),
    (
        "Señora dottoressa, mi scusi. Io prendo adesso tutte le medicine del cuore di mio marito. No aguanto più. Gracias por todo. Yolanda",
        "imminent",
    ),
    (
        "scusi per il casino che lascio. lo so che è brutto dirlo per messaggio. ciao dott, grazie per averci provato 🖤",
        "imminent",
    ),
    (
        "Mi sono tagliata in profondità, c'è sangue dappertutto, la testa mi gira. Non so se chiamare qualcuno.",
        "imminent",
    ),
    (
        "Ho già deciso il giorno: il 15, il compleanno di mio padre. Ho deciso anche come. Lo dico a lei perché prima o poi dovevo.",
        "imminent",
    ),
    (
        "sono sulla scogliera sopra Portofino, il vento è forte. basta un passo. non so perché le scrivo",
        "imminent",
    ),
    (
        "Dottoressa mi scusi, sono la badante del signor Aldo. Ha preso tutte le sue pastiglie stasera e ha detto che vuole andare dalla moglie. Respira ma dorme profondo. Cosa faccio? Liudmila",
        "imminent",
    ),
    (
        "dott sto x farla finita. nn scherzo. ho già tutto pronto. salutami la Vale se la vedi",
        "imminent",
    ),
    (
        "Ho preso le chiavi del tetto dal portiere. Salgo fra poco. Grazie di tutto e scusi il disturbo. Gianni",
        "imminent",
    ),
    (
        "Non è uno scherzo: ho buttato giù tutto il flacone di antidepressivi mezz'ora fa. Mi sto addormentando. Addio.",
        "imminent",
    ),
    (
        "Dottoressa ho deciso che stanotte finisco. Mio fratello in Perù lo avvisi lei, il numero è nella busta sul tavolo. Gracias. Wilmer",
        "imminent",
    ),
    (
        "ho scritto a tutti che gli voglio bene. adesso tocca a lei. grazie. le pastiglie le ho già mandate giù",
        "imminent",
    ),
    (
        "ciao. non mi aspetti più il giovedì. ho sistemato tutto, anche il gatto. le voglio bene dott",
        "imminent",
    ),
    ("il coltello è già sul polso. scrivo a lei e poi basta", "imminent"),
    (
        "Domani mattina prima che si sveglino tutti la faccio finita. Il posto l'ho già scelto. Non rispondo più al telefono. Mara",
        "imminent",
    ),
    (
        'Sono Iryna, moglie di Ivan, suo paziente. Ha scritto su whatsapp "perdonatemi" e ha preso la corda dal garage. Non risponde. Dove può essere?? Aiuto',
        "imminent",
    ),
    (
        "Ho bevuto mezza bottiglia di whisky e preso le pastiglie per dormire, tutta la scatola nuova. Non chiamate nessuno. Voglio solo dormire per sempre.",
        "imminent",
    ),
    (
        "sto guardando giù da Ponte Sisto. scrivo l'ultimo messaggio a lei perché è stata gentile. addio",
        "imminent",
    ),
    (
        "Dottoressa, domani alle 6 prendo il primo treno e non torno. Ho tutto con me, pastiglie comprese. Volevo solo dirle grazie di cuore.",
        "imminent",
    ),
    (
        "fatto. ho preso tutto. mi sento già lontano. grazie per tutto davvero 🙏",
        "imminent",
    ),
    (
        "Ho appena inghiottito tutte le pastiglie di mio padre, non so nemmeno cosa sono. Adesso ho paura. Mi aiuti.",
        "imminent",
    ),
]
