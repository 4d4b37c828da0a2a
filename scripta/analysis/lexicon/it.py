"""Italian rules (matched on folded text: "più" -> "piu", "perché" -> "perche").

SMS spellings are covered where common: "nn" (non), "xke"/"xche" (perché), "+" (più),
"cmq", "ke", "sn" (sono), missing accents and apostrophes.
"""

from __future__ import annotations

from . import Entry, idiom, risk, signal, topic

SI = ("suicidal_ideation",)
# pills put aside for a trip or a stay away ("così in Portogallo nn resto senza. parto stasera")
_SCORTA_VIAGGIO = (
    r"(?![^\n]{0,80}\b(?:vacanz|viaggio|valigia|trasferta|(?:non|nn) (?:resto|rimango|restare|rimanere|restiamo) senza|"
    r"parto|partiamo|partenza|partire|ferie|all'estero|in aereo|volo|erasmus|trasloco)\w*"
    # unless the trip is one of no return ("abbastanza per non tornare più")
    r"(?![^\n]{0,80}\b(?:abbastanza per(?! (?:(?:un|una|due|tre|quattro|cinque|sei|qualche|\d+|tutt[oa] (?:il|la|l')|tutte le|tutti i) ?)?"
    # "abbastanza per tre settimane": a stock for the stay, not enough to die
    r"(?:settiman\w*|mes[ei]|giorn[oi]|viaggio|vacanz\w*|ferie|semestre|trasferta|soggiorno|erasmus)\b)|morire|farla finita|tornare piu|per sempre|addio|svegliarmi|le prendo tutte)\b))"
)
# "domani è l'ultimo giorno" of a stay, a job, a school, a habit, a sale: a trip or a new start
# follows ("poi si parte", "poi inizio", "in ufficio", "smetto di fumare")
_ULTIMO_NON_PARTENZA = (
    r"(?![^\n]{0,120}\b(?:poi (?:si )?(?:parte|parto|partiamo|inizi\w*|comincio|cominciamo|ricomincio|torno|torniamo|"
    r"vado|andiamo|ci vediamo|si torna|si ricomincia)|si (?:ri)?parte|(?:ri)?(?:parto|partiamo|partenza)|(?:si )?(?:torno|torniamo|torna|"
    r"rientro|rientriamo|rientra) (?:a casa|in citta|a (?!morire)[a-z]+)|ferie|vacanz\w*|viaggio|trasloc\w*|"
    r"trasferisc\w*|trasferimento|pensione|lavoro|ufficio|scuola|universita|lezion\w*|esami|stage|tirocinio|contratto|"
    r"colleghi|saldi|mostra|festival|fiera|dimett\w*|dimission\w*|dieta|fumo|fumare|sigarett\w*|smetto|social|"
    r"nuovo lavoro|casa nuova|settembre|lunedi si|da lunedi)\b)"
)
# "vorrei non esserci più in ufficio / al lavoro domani": away from a place or a day, not dead
# ("non esserci più al mondo", "in questa vita" stay a wish to be dead)
_ESSERCI_ALTROVE = (
    r"(?! (?:in|a|al|alla|allo|ai|alle|agli|all'|dal|dalla|dai|sul|sulla|nel|nella|nello|stasera|domani|oggi|"
    r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)\b(?! ?(?:questo |sto )?mondo| (?:questa|sta) (?:vita|terra)))"
)
# "non dovrà più preoccuparsi per me" ... followed by a departure with a destination or a purpose
# ("parto per Lisbona con l'Erasmus", "mi trasferisco a Milano"), not a bare "parto." nor one of no
# return ("parto per sempre", "e non torno")
_NON_PREOCCUPARTI = (
    r"(?:non|nn) (?:dovra|dovrai|dovrete|dovranno) (?:piu|\+) (?:preoccuparsi|preoccuparti|preoccuparvi|"
    r"stare in pensiero) (?:per|x|di) me\b"
)
_PARTENZA = (
    r"(?:(?:perche|xke|xche|visto che|ormai|finalmente|da domani|domani|lunedi|a settembre) )?"
    r"(?:(?:parto|partiamo) (?:per|con|x|a|in|domani per)|(?:vado|andiamo|torno|torniamo) a vivere|(?:mi trasferisco|ci trasferiamo) (?:a|in|da)|"
    r"vado in erasmus|(?:inizio|comincio) (?:l'\w+|il|la|un|una|a lavorare|a studiare)\b|ho trovato (?:lavoro|casa|un lavoro|una casa|un posto)|"
    r"mi sposo|vado a (?:studiare|lavorare) (?:a|in))(?!\s?sempre)"
    r"(?![^.!?\n]{0,60}\b(?:(?:non|nn) (?:torno|tornero)|per sempre|senza ritorno|sola andata|addio|ultimo viaggio)\b)"
)
# a leg over the railing or the sill for an everyday reason: the cat, the ball, the washing, the
# windows (round 8)
_SCAVALCO_QUOTIDIANO = (
    r"(?![^.!?\n]{0,60}\b(?:per (?:prendere|recuperare|riprendere|stendere|raccogliere|pulire|annaffiare|aggiustare|"
    r"sistemare|fotografare|fare (?:una )?foto|scavalcare|entrare)|gatt[oi]|pallone|palla|panni|bucato|vaso|piante|antenna|"
    r"selfie|foto|vetri)\b)"
)
# a height reached for a job or a chore: a purpose clause ("per montare i pannelli", "per agganciare
# le fioriere") or the safety gear of work at height ("imbrago", "linea vita"), unless the
# sentence also holds a jump or an end (idiom stress set)
_LAVORO_IN_ALTO = (
    r"(?!(?=[^.!?\n]{0,100}\b(?:per (?:montare|smontare|agganciare|sganciare|sistemare|riparare|pulire|installare|"
    r"controllare|cambiare|aggiustare|stendere|ritirare|prendere|recuperare|annaffiare|potare|fotografare|"
    r"fare (?:una |le |delle )?foto|lavorare|dipingere|verniciare|misurare)|imbrag\w*|linea vita|pannell\w*|antenna|"
    r"grondai\w*|tegol\w*|ponteggio|cantiere|fiorier\w*|caschetto)\b)"
    r"(?![^.!?\n]{0,140}\b(?:buttarmi|mi butto|saltare|salto giu|lanciarmi|farla finita|morire|finirla|"
    r"(?:non|nn) (?:scendo|torno)|addio)\b))"
)
# letters for a group ("per tutti i compagni di classe", "a tutti gli invitati"): cards for an
# event, not notes for the family (idiom stress set); "per tutti i miei ..." stays a farewell
_TUTTI_UN_GRUPPO = (
    r"(?! (?:i|gli|le) (?:clienti|colleghi|colleghe|partecipanti|invitati|condomini|ospiti|studenti|compagni|compagne|"
    r"bambini|bimbi|alunni|alunne|maestre|maestri|insegnanti|soci|giocatori|atleti|vicini|parenti|nipoti|cugini|"
    r"amici (?:di|del|della|dello)|ragazzi (?:di|del|della|dello))\b|(?: (?:quelli|quelle) (?:del|della|di)))"
)
# "così finisce tutto" after an act: the end it is for (round 12)
_COSI_FINISCE = (
    r"(?:cosi|accussi|cussi|cusi|accusi) (?:finisce|finisci|fernisce|fernisci|finisse|la finisco|e finita|e finito|"
    r"la fazzu finita|la faccio finita) (?:tutto|tuttu|tutt'|tuttu cosi|per sempre)\b"
    # "così finisce tutto il caldo": a thing that ends, not everything
    r"(?! (?:il|la|lo|i|le|gli|l'|quest\w*|sto|sta|u|a|'o)\b)"
)
SH = ("self_harm",)
HOPE = ("hopelessness",)

RULES: list[Entry] = [
    # ------------------------------------------------------------------ imminent
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:sto per|ho deciso di|decisa a|deciso a|pronta a|pronto a|ora|adesso|stasera|stanotte|oggi|domani) "
        r"(?:mi )?(?:ammazzarmi|uccidermi|ammazzo|uccido|suicidarmi|suicido|farla finita|la faccio finita|togliermi la vita|"
        r"buttarmi|mi butto|lo faccio|morire|prendere tutte le <PILLS>)",
        r"(?:la faccio|farla) finita (?:stasera|stanotte|oggi|domani|adesso|ora|questa notte)",
        r"(?:stasera|stanotte|oggi|domani|adesso|ora) lo faccio",
        r"(?:lo faccio|la faccio finita) (?:stasera|stanotte|oggi|domani|adesso|ora)",
        r"(?:questo|questa) (?:e|sara) (?:un addio|l'ultimo messaggio|la fine|il mio ultimo)",
        r"(?:l'ultimo|ultimo) messaggio",
        r"(?:non|nn) mi (?:sentirai|sentirete|sentira|vedrai|vedrete|vedra) (?:mai )?piu",
        r"quando (?:leggerai|leggera|leggerete) (?:questo|questo messaggio)",
        r"(?:perdonami|perdonatemi|mi perdoni|scusatemi) per (?:quello che|cio che) (?:sto per fare|faro)",
        r"(?:domani|stanotte) (?:non|nn) ci saro(?: (?:piu))?",
        r"(?:non|nn) ci saro piu",
        r"mi (?:ammazzo|uccido|suicido|sparo|impicco)\b(?! (?:di|dal|dalle|dalla|col|con il|dalle risate))",
        r"(?:mi|me) (?:butto|getto|lancio) (?:giu )?(?:dal|dalla|da un|da una|da|dall'|sotto (?:un|il|al)) ?(?:balcone|finestra|ponte|tetto|palazzo|terrazzo|treno|metro|camion|viadotto|scogliera)",
        r"(?:questo|questa|ecco) (?:e )?(?:il mio|l'ultimo|il mio ultimo) addio",
        r"(?:questo|questa|ecco) (?:e )?il mio ultimo saluto",
        r"(?:ho deciso|ho preso la decisione|e deciso),? (?:stasera|stanotte|oggi|domani|adesso|ora)? ?(?:mi ammazzo|mi uccido|la faccio finita|lo faccio|mi tolgo la vita)",
    ),
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:ho|tengo|sto|avevo) (?:messo da parte|conservato|conservando|accumulato|accumulando|contato|contando|preparato|pronte|pronti) "
        r"(?:tutte )?(?:abbastanza |parecchie |tante |molte |\d+ )?(?:le |i |delle |dei )?(?:<PILLS>)"
        r"(?![^\n]{0,80}\b(?:vacanz|viaggio|valigia|trasferta|ricetta|farmacia|bastano|basteranno|bastare|portapillole|scorta|settimana|"
        r"(?:non|nn) (?:resto|rimango|restare|rimanere|restiamo) senza|parto|partiamo|partenza|partire|ferie|all'estero|in aereo|volo|"
        r"fuori (?:casa|citta)|trasloco|erasmus))",
        r"(?:pastiglie|pillole|compresse|farmaci|gocce|medicine) (?:sono )?(?:tutte )?(?:pronte|pronti|contate|contati|davanti a me|qui davanti)",
        r"(?:ho )?(?:comprato|preso|trovato) (?:una|la) corda",
        r"(?:ho scritto|scritto|sto scrivendo|scrivo|lascio|ho lasciato) (?:una |la |le |il mio |la mia |le mie |i miei |un |delle |i |dei )?(?:lettera|lettere|biglietto|biglietti) (?:di addio|d'addio|per quando)",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho preso|preso|ho ingoiato|ingoiato|ho mandato giu|ho buttato giu|ho bevuto|mi sono presa|mi sono preso|ho inghiottito) "
        r"(?:appena )?<QTY> (?:le |i |di )?(?:mie )?(?:<PILLS>)",
        r"(?:ho fatto|fatto) (?:un'?overdose|una overdose|un overdose)",
        r"(?:overdose)\b(?! di (?:caffe|cioccolato|serie|netflix|lavoro|dolci|zucchero))",
        r"(?:mi sono|mi son|si e|si sono) (?:tagliat[oaie] le vene|tagliat[oaie] i polsi|avvelenat[oaie])",
        r"(?:ho bevuto|bevuto) (?:la |della |un po' di )?(?:candeggina|veleno|varechina)",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:addio|ciao),? (?:e )?grazie (?:di|per) tutto",
        r"grazie (?:di|per) tutto(?:,| e)? (?:addio|ciao per sempre|vi voglio bene|ti voglio bene)",
        r"addio (?:per sempre|a tutti)",
        r"(?:dite|dica|dici) (?:a mia|a mio|ai miei|alla mia|a tutti) (?:\w+ )?che (?:mi dispiace|li amo|le voglio bene|gli voglio bene|vi voglio bene)",
        r"(?:prenditi|prendetevi|si prenda|prendete) cura (?:di|del|della|dei) (?:mio|mia|miei|mie)",
        r"(?:volevo|voglio) (?:solo )?(?:dirti|dirle|dirvi|salutarti|salutarla|salutarvi) (?:addio|per l'ultima volta)"
        # (round 6: a goodbye before the holidays or a move)
        r"(?! prima (?:delle|della|del|dello|di) (?:ferie|vacanz\w*|partenza|partire|trasloco|estate|natale|pasqua))",
        r"(?:addio|adiosu|addiu)\b",
        kind="farewell",
    ),
    # ---------------------------------------------------------------------- high
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:voglio|vorrei|volevo|desidero|preferirei|preferisco|meglio|vuole|vorrebbe|voglia di|sogno di|spero di|vorei|volio|voio|vojo) "
        r"(?:solo |soltanto |tanto |davvero )?(?:morire|essere mort[oa]|sparire per sempre|(?:non|nn) esistere|(?:non|nn) esserci (?:piu|\+)"
        + _ESSERCI_ALTROVE
        + r"|smettere di vivere|"
        r"dormire per sempre|(?:non|nn) svegliarmi(?: (?:piu))?|(?:non|nn) risvegliarmi|farla finita|addormentarmi (?:stasera |stanotte |questa notte )?e (?:non|nn) (?:ri)?svegliarmi|"
        r"(?:non|nn) essere mai nat[oa]|essere sepolt[oa]|andarmene per sempre)",
        r"(?:spero|speriamo|prego) (?:di )?(?:(?:non|nn) svegliarmi|morire|che io muoia|di (?:non|nn) risvegliarmi|che sia l'ultimo giorno)",
        r"(?:sparire|scomparire) per sempre",
        r"addormentarmi (?:e basta,? )?(?:per|x) sempre",
        r"(?:vorrei|voglio|spero di|preferirei) (?:(?:non|nn) essere mai nat[oa]|(?:non|nn) esserci piu"
        + _ESSERCI_ALTROVE
        + r"|(?:non|nn) svegliarmi piu|essere mort[oa])",
        r"(?:spero|speriamo) che (?:mi (?:investa|prenda|travolga|investano) (?:una macchina|un camion|un treno|un autobus)|l'aereo (?:cada|precipiti))",
    ),
    # negations that carry the risk themselves: not lowered by negation or hypothesis
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) (?:ho )?(?:voglio|vorrei|vuole|voglia di|desidero|ho piu voglia di|ho voglia di|volio|voio|vojo|vogio|volgio|vorei) (?:piu |proprio piu |davvero piu )?"
        r"(?:vivere|essere viv[oa]|svegliarmi|esistere|esserci|stare al mondo|andare avanti a vivere|risvegliarmi)\b(?! (?:presto|prima delle|alle \d|domani presto))",
        # the same wish hedged by an opinion or a doubt: "non credo di voler più vivere", "non so se
        # voglio ancora vivere" (read nothing before, found after round 14)
        r"(?:non|nn) (?:credo|penso|so se|sono (?:tanto |piu |davvero )?sicur[oa]|sono (?:tanto |piu |davvero )?cert[oa]) (?:di |che )?"
        r"(?:voler|volere|voglio|vorrei|ho (?:piu |ancora )?voglia di) (?:piu |ancora |davvero )?"
        r"(?:vivere|essere viv[oa]|esistere|esserci|stare al mondo|andare avanti a vivere|continuare a vivere|svegliarmi)\b"
        r"(?! (?:qui|li|la|a|in|con|cosi|presto|insieme|da sol[oa]|vicino|lontano|al mare|fuori)\b)",
        r"(?:non|nn) (?:mi )?(?:importa|frega) (?:niente |nulla )?(?:se|di) (?:muoio|morire|morissi|vivo o muoio|(?:non|nn) mi sveglio)",
        r"(?:nessuno|nessun) (?:se ne accorgerebbe|si accorgerebbe|noterebbe|sentirebbe la mia mancanza|piangerebbe) (?:se|quando) (?:morissi|sparissi|(?:non|nn) ci fossi|me ne andassi)",
        r"(?:se|quando) (?:morissi|sparissi|(?:non|nn) ci fossi piu),? (?:nessuno|a nessuno) (?:se ne accorgerebbe|importerebbe|mi cercherebbe)",
        r"(?:stanc[oa]|stufo|stufa) di (?:vivere|essere viv[oa]|esistere|stare al mondo)",
        r"(?:non|nn) (?:ha|c'e|ce) (?:piu )?(?:senso|motivo|ragione) (?:di |per |a )?(?:vivere|andare avanti|continuare a vivere|stare al mondo)",
        r"(?:non|nn) (?:ho|trovo|vedo|ha|trova|vede) (?:piu |\+ )?(?:nessun |un |alcun )?(?:motivo|ragione|senso|motivi|ragioni) (?:per|di|x) (?:vivere|andare avanti|restare)",
        r"(?:la mia vita|la vita|vivere) (?:non|nn) (?:ha (?:piu )?senso|vale (?:piu )?la pena)",
        fixed=True,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"suicid\w*",
        r"(?:ammazzarmi|uccidermi|ammazzarsi|uccidersi|togliermi la vita|togliersi la vita|farmi fuori|farla finita|farsi fuori|"
        r"impiccarmi|impiccarsi|spararmi|spararsi|avvelenarmi|togliermi di mezzo)",
        r"(?:mi|si|ti) (?:voglio|vorrei|vuole|vorrebbe|volevo|voleva) (?:ammazzare|uccidere|togliere la vita|impiccare|sparare|suicidare)",
        r"(?:penso|pensando|pensato|pensavo|pensieri|pensiero|idee|idea|immagino|pensa|pensare) (?:di |a |alla |al )?"
        r"(?:morire|morte|la morte|farla finita|ammazzarmi|uccidermi|togliermi la vita|suicidio|(?:non|nn) esserci piu|sparire|"
        r"come farla finita|come morire|buttarmi|di morte)",
        r"pensieri (?:brutti|neri|oscuri|di morte)",
        r"(?:penso|pensando|pensato|pensare) (?:alla|sempre alla|spesso alla|di continuo alla) morte",
        r"(?:la morte|morire) (?:mi sembra|sembra|e) (?:l'unica|la sola|una) (?:via d'uscita|via di uscita|soluzione|liberazione|salvezza)",
        r"(?:ho scritto|scritto|sto scrivendo|ho lasciato) (?:una |delle )?letter[ae] (?:a|per) (?:tutti|tutte) (?:quelli|quelle|le persone) (?:a cui|che) (?:voglio bene|amo|tengo)",
        r"(?:ho regalato|regalato|sto regalando|ho dato via|sto dando via) (?:tutte )?(?:le mie cose|la mia roba|tutto quello che avevo)\b(?! (?:alla caritas|in beneficenza|a una associazione|al mercatino))",
        r"(?:tanto )?(?:non|nn) mi (?:serviranno|serve|servono|servira) piu\b(?= ?[.!,]|\s*$| (?:dove vado|ormai|a niente))",
        r"(?:la|una) lettera (?:e|e gia|l'ho lasciata) (?:sul|sulla|nel|nella|sotto)",
        r"(?:ho (?:gia )?(?:preparato|sistemato|organizzato) tutto)\b(?=[^.!?\n]{0,40}\b(?:lettera (?:e |d'addio|di addio|per voi|per la mia famiglia)|biglietto d'addio|testamento|quando (?:non|nn) ci saro))",
        r"(?:brutti|bruttissimi) pensieri",
        r"(?:fare|faccio|fare una|faro una) (?:una )?(?:cazzata|sciocchezza|stupidaggine|follia)\b(?! (?:e mi compro|e compro|e vado|e prenoto))",
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:quante|quanti|quanto) (?:<PILLS>|(?:di|delle|dei) (?:queste|quelle|mie|miei) <PILLS>) (?:servono|ci vogliono|bisogna prendere|servirebbero|ci vorrebbero|"
        r"per morire|sono letali|uccidono)",
        r"(?:dose|dosi|quantita) (?:(?:e|sia|sono|e') )?(?:letale|mortale|letali|mortali)",
        r"(?:buttarmi|buttarsi|gettarmi|gettarsi|lanciarmi|lanciarsi|mi butto|si butta|mi getto|mi lancio) (?:giu )?"
        r"(?:dal|dalla|dai|dalle|sotto|dall'|giu|nel vuoto|dalla finestra|dal ponte|dal balcone|dal tetto|sotto un|sotto il|sotto al|sui binari)",
        r"(?:sotto|davanti a|davanti al) (?:un |il |al )?(?:treno|tram|camion|metro)\b",
        r"(?:corda|cappio)\b",
        r"(?:ho cercato|cercato|sto cercando|cerco|cercavo) (?:su internet |online |su google )?(?:come|modi per|il modo per|un modo per) (?:morire|uccidermi|ammazzarmi|farla finita)",
        kind="method",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi sono|mi son|mi sn|si e|si sono|mi ero) (?:di nuovo |ancora |appena )?(?:tagliat[oaie]|bruciat[oaie]|ferit[oaie]|graffiat[oaie]|"
        r"fatt[oaie] (?:di nuovo |ancora |un'altra volta |apposta )?(?:del male|male (?:apposta|da sol[oa]|di proposito|di nuovo|ancora))|"
        r"picchiat[oaie]|pres[oa] a pugni)",
        r"(?:mi|si) (?:taglio|tagli|taglia|brucio|brucia|ferisco|ferisce|graffio|graffia|faccio (?:del male|male (?:apposta|da sol[oa]|di proposito))|fa (?:del )?male da sol[oa]|"
        r"tagliavo|tagliava|ferivo|bruciavo|facevo del male|picchio|prendo a pugni)\b(?! (?:i capelli|la frangia|le unghie|il dito|un dito|cucinando|radendomi|con la carta|per sbaglio|sulla|sul|al|col|con il|"
        # "mi taglio fuori dal gruppo", "mi taglio la barba": leaving a group, grooming (idiom stress set)
        r"fuori|la barba|i baffi|le punte))",
        r"(?:tagliarmi|tagliarsi|ferirmi|ferirsi|bruciarmi|bruciarsi|farmi (?:del )?male|farsi (?:del )?male|graffiarmi|punirmi|picchiarmi)\b"
        r"(?! (?:i capelli|la frangia|le unghie|col|con il|cucinando|per sbaglio|fuori|la barba|i baffi|le punte))",
        r"autolesion\w*",
        r"(?:lametta|lamette|lama|rasoio)\b",
        r"(?:tagli|cicatrici|ferite) (?:nuov[ei]|fresch[ei]|sulle braccia|sui polsi|sulle gambe|sulle cosce)",
        r"(?:ricaduta|ricaduto|ricaduta)\b",
    ),
    # ------------------------------------------------------------------ moderate
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:non|nn) ce (?:la )?(?:faccio|posso fare|faccio proprio) (?:piu|\+)",
        r"(?:non|nn) ce (?:la )?(?:faccio|posso fare)\b(?! (?:a|ad|per|con|in tempo|oggi|domani|giovedi|lunedi|martedi|mercoledi|venerdi|sabato|a venire))",
        r"(?:non|nn) (?:ne )?(?:posso|reggo|sopporto|tollero) (?:piu|\+)",
        r"(?:non|nn) reggo (?:piu )?(?:niente|nulla|questa situazione|tutto questo)",
        r"(?:sono|sto) (?:allo stremo|al limite|crollando|cadendo a pezzi|impazzendo)",
        r"(?:mi arrendo|ho deciso di arrendermi|voglio arrendermi)",
        r"(?:ho paura|ha paura|avevo paura|aveva paura|temo|teme|temevo|temeva|paura) di (?:(?:non|nn) farcela|(?:non|nn) riuscire a farcela|(?:non|nn) uscirne viv[oa]|impazzire)",
        r"(?:non|nn) so (?:se|quanto) (?:ancora )?(?:ce la faccio|ce la posso fare|ce la faro|resisto|potro resistere|riesco ad andare avanti)",
        r"(?:non|nn) riesco (?:piu )?(?:ad|a) (?:andare avanti|reggere|sopportare|farcela|continuare cosi)",
        r"(?:non|nn) ce la faro (?:mai )?",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) (?:cambiera|cambia|migliorera|migliora|andra) (?:mai )?(?:niente|nulla|meglio)",
        r"(?:niente|nulla) (?:cambiera|migliorera|cambia|migliora|andra meglio)(?: (?:mai))?",
        r"(?:senza|nessuna|perso ogni|persa ogni|perso la|persa la|(?:non|nn) ho piu) speranza",
        r"(?:disperat[oa]|disperazione)",
        r"(?:non|nn) c'?e (?:piu )?(?:via d'uscita|via di uscita|speranza|futuro|soluzione|scampo|niente da fare|uscita)",
        # ("tutto quello che serve", "cio che serve": what is needed, not "what's the point")
        r"(?:che senso ha|che(?<!quello\x20che)(?<!cio\x20che) serve|cosa serve|che senso avrebbe)\b",
        r"(?:non|nn) (?:ha|c'e|ce) (?:piu )?senso\b(?! (?:di |per |a )?(?:vivere|andare avanti))",
        r"(?:non|nn) (?:ho|vedo) (?:un |nessun |alcun )?(?:futuro|via d'uscita|via di uscita|speranza|soluzione)",
        r"(?:non|nn) (?:ne )?(?:usciro|uscir[oò]|guariro|staro meglio)(?: (?:mai))?",
        r"sara sempre (?:cosi|peggio)",
        r"sempre peggio",
        r"(?:tutto )?inutile\b(?! (?:che|chiedere|dire|preoccuparsi))",
        r"(?:intrappolat[oa]|trappola)",
        r"(?:nessuno|niente) (?:puo|potra) aiutarmi",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:ubriac\w*|sbronz\w*|sbronzo|sballat[oa]|fatt[oa] di\b(?! (?:nuovo|proposito|tutto|testa|sera|notte|giorno))|strafatt[oa])",
        r"(?:bevuto|bevo|bere|bevendo|bevevo|ho bevuto|beve|bevono|beveva) (?:da sol[oa]|da soli|tanto|troppo|molto|di nuovo|ancora|per dimenticare|per (?:non|nn) pensare|"
        r"per dormire|per calmarmi|tutta la (?:sera|notte)|tutto il giorno|una bottiglia|due bottiglie|mezza bottiglia|fino a)",
        r"(?:un'altra|un altra|due|tre|mezza|intera) bottigli[ae] (?:di )?(?:vino|vodka|whisky|gin|rum|birra)?",
        # "una bottiglia" listed among things at hand ("ho 60 tavor e una bottiglia di vodka") is not drinking
        r"una(?<!\bho\x20una)(?<!\be\x20una)(?<!\bc'e\x20una)(?<!\bce\x20una)(?<!\bcomprato\x20una)(?<!\bcomprata\x20una) bottigli[ae] (?:di )?(?:vino|vodka|whisky|gin|rum|birra)?",
        r"(?:fumato|fumo|fumare|fumando|farmi) (?:canne|una canna|erba|crack|le canne)",
        r"(?:cocaina|ketamina|eroina|mdma|anfetamin\w*|pasticche)\b",
        r"(?:preso|prendo|prendere|presa|ho preso|ho raddoppiato|raddoppiato) (?:piu|altre|altri|doppia dose di|il doppio (?:di|delle)|qualche) "
        r"(?:<PILLS>)(?: in piu)? (?:per (?:dormire|calmarmi|(?:non|nn) pensare|stare meglio|spegnere|(?:non|nn) sentire))",
        r"(?:annegare|affogare|spegnere) (?:i pensieri|il dolore|tutto) (?:nell'alcol|nel vino|nell'alcool|con l'alcol|bevendo)",
        r"(?:post[- ]?sbornia|hangover|doposbornia)",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:sono|stata|stato|rimast[oa]|restat[oa]|passato|passata|passo|sto|resto|rimango|ho passato) (?:tutto il giorno |tutta la giornata |"
        r"tutto il weekend |tutto il fine settimana |la giornata |tutta la domenica |tutta la mattina |ancora |sempre |oggi |due giorni |tre giorni |"
        r"\w+ giorni )?(?:a letto|nel letto|sotto le coperte|chius[oa] in camera|chius[oa] in casa)",
        r"(?:non|nn) (?:esco|sono uscit[oa]|mi alzo|mi sono alzat[oa]|riesco ad alzarmi|riesco ad uscire|riesco a uscire|ho messo piede fuori) "
        r"(?:di casa|dal letto|dalla camera|dalla stanza|da casa|da \w+ giorni|da giorni|oggi|"
        # stuck where a panic attack caught the sender ("non riesco a uscire, le mani mi tremano", round 16):
        # the panic's, not a withdrawal
        r"(?![^.!?\n]{0,60}\b(?:mi tremano|tremo|tremano|il cuore (?:mi )?(?:va|batte)|respir\w*|panico|soffoc\w*|mi gira la testa|attacco)\b)"
        # not out before a time or out of work in time ("non riesco a uscire prima delle sette", "dall'ufficio
        # in tempo"): a timetable, not a withdrawal (dev leftover, 2026-11-27)
        r"(?!(?:(?:dall'ufficio|dal lavoro|da lavoro|dall'universita|da scuola|dalla riunione|dal turno|dal negozio|dallo studio) )?"
        r"(?:prima (?:delle|di|del|dell'|dello)|entro (?:le|l'|il)|in tempo|in orario|fino alle|dopo le|presto|alle \d|alle (?:sei|sette|otto|nove|dieci|cinque|quattro)\b)))",
        r"(?:ho spento|spento|spengo|ho staccato) (?:il )?(?:telefono|cellulare)",
        r"(?:non|nn) (?:rispondo|ho risposto|parlo|vedo) (?:piu )?(?:a nessuno|con nessuno|nessuno)"
        # none of a group left behind ("non vedo più nessuno dei vecchi colleghi", "delle compagne del liceo"):
        # a life that moved on, not contact cut off (dev leftover, 2026-11-27)
        r"(?! (?:dei|delle|degli|del|della|di) (?:(?:miei|mie|nostri|nostre) )?(?:vecchi|vecchie|ex|ex-|compagni|compagne|colleghi|colleghe)\b)"
        # seeing no one told by the emptiness of the days ("la sera parlo con la radio"): loneliness, not a
        # withdrawal (round 16)
        r"(?![^\n]{0,100}\b(?:parlo (?:con|col|alla|al) (?:la radio|radio|la tv|la televisione|tv|televisione|il gatto|gatto|il cane|cane|i muri|muri|"
        r"le piante|piante|le foto|la foto)|(?:giornate|serate|domeniche|sere) (?:\w+ ){0,3}?(?:sono |diventano )?(?:lunghe|lunghissime|vuote|infinite|tutte uguali))\b)",
        r"(?:non|nn) (?:vado|sono andat[oa]|sono stat[oa]) (?:piu )?(?:a scuola|al lavoro|in ufficio|all'universita|a lezione|in universita)",
        r"(?:ho saltato|saltato|salto) (?:la )?(?:scuola|lezione|lezioni|il lavoro|l'universita|i pasti|la cena|il pranzo)",
        r"(?:non|nn) (?:mangio|ho mangiato|ho toccato cibo) (?:da|niente|nulla|oggi|ieri)",
        r"(?:tutto il giorno|tutta la giornata|tutto il weekend) (?:a|nel) letto",
        r"(?:non|nn) (?:voglio|ho voglia di) (?:vedere|sentire) (?:nessuno)",
        r"(?:mi sono|mi son) (?:chius[oa]|isolat[oa]|rinchius[oa])"
        # shut in for a few minutes to cry at work, then out again ("mi sono chiusa nella stanza dei farmaci a piangere
        # per due minuti, poi sono uscita", round 19): a moment, not a day of withdrawal
        r"(?![^.!?\n]{0,60}\b(?:per (?:un|due|tre|cinque|dieci|quindici|qualche|pochi|\d+) (?:minut\w*|attim\w*|second\w*)|"
        r"un attimo|un minuto|poi (?:sono|son) uscit[oa]|e poi (?:sono|son) uscit[oa])\b)",
    ),
    risk(
        "panic",
        "moderate",
        (),
        r"(?:non|nn) riesco a respirare",
        r"(?:panico) (?:mi sta travolgendo|mi travolge|non passa|nn passa)",
    ),
    # ---------------------------------------------------------------------- low
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:solitudine|isolat[oa])",
        r"(?:mi sento|sentirmi|mi sentivo|sempre|cosi|tanto|troppo|completamente|terribilmente) (?:cosi |tanto |molto |sempre |troppo |completamente |terribilmente )?"
        r"(?:sol[oa]|soli|sole)\b(?! (?:a casa|in casa|stasera|oggi|per|a fare|due|tre|un|una|quando|se))",
        r"(?:sono|sto|resto|rimasta|rimasto) (?:sol[oa]|soli|sole)(?= ?[.!,;]|\s*$| al mondo| come un cane)",
        r"(?:la sera|di sera|la domenica) (?:non|nn) (?:parlo|ho parlato) (?:piu |mai )?(?:con nessuno|a nessuno)\b",
        r"(?:nessuno|nessun) (?:mi )?(?:capisce|ascolta|c'e|ce|vuole|cerca(?! per (?:un|una|due|tre|qualche|tutt[oa] (?:il|la)) (?:giorn|settiman|mes|weekend|estate|ferie)\w*)|scrive|chiama|pensa a me|si interessa|mi capisce|mi vuole bene|mi ama)",
        r"(?:non|nn) ho (?:piu )?nessuno",
        r"(?:abbandonat[oa]|invisibile)",
        r"(?:da sol[oa]|sol[oa]) al mondo",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"(?:mi sento|sento|sono|sto|mi sentivo|ero|sentirmi|cosi|tanto|molto) (?:cosi |tanto |molto |un po' |davvero |proprio |parecchio |troppo )?"
        r"(?:triste|tristi|giu|male|malissimo|depress[oa]|vuot[oa]|a pezzi|uno schifo|da schifo|di merda|una merda|un fallimento|inutile|"
        r"sbagliat[oa]|distrutt[oa]|esaust[oa]|a terra|persa|perso)",
        r"(?:giornata|serata|settimana|periodo|notte|momento) (?:no|nera|brutta|bruttissima|orribile|pesante|difficile|terribile)",
        r"(?:tristezza|depressione|ansia|angoscia|mi odio|odio la mia vita|odio me stess[oa])",
    ),
    risk(
        "support",
        "low",
        ("support_request",),
        r"(?:mi|ci) (?:puo|potrebbe|puoi|potresti|potreste) (?:chiamare|telefonare|richiamare|aiutare|sentire)",
    ),
    risk(
        "contact",
        "low",
        ("support_request",),
        r"(?:mi )?(?:chiami|richiami|chiamami|richiamami|telefonami|mi telefoni)\b",
        # "possiamo sentirci?" is support; "possiamo vederci alle 17 invece?" with a cancellation is practical
        r"(?:possiamo|potremmo|posso|potrei) (?:sentirci|parlare|vederci|parlarle|parlarti|chiamarla|chiamarti|sentirla|sentirti|vederla|vederti)",
        r"(?:ho|avrei) (?:davvero |tanto |proprio )?bisogno (?:di )?(?:lei|te|parlare|parlarle|parlarti|aiuto|sentirla|sentirti|una seduta|vederla|"
        r"vederti|qualcuno|un appuntamento|sostegno|supporto|una mano|una parola)",
        r"(?:aiutami|aiutatemi|mi aiuti|mi aiuta)\b",
        r"(?:puo|potrebbe|puoi|potresti) aiutarmi",
        r"(?:seduta|incontro|appuntamento|colloquio) (?:in piu|extra|aggiuntiv[oa]|prima|straordinari[oa])",
        r"(?:ti prego|la prego|vi prego)",
        r"(?:mi serve|mi servirebbe) (?:parlare|aiuto|sentirla|sentirti|una mano)",
    ),
    # ------------------------------------------------------------- pure signals
    signal(
        "urgency",
        # "niente di urgente", "non è urgente", "nothing urgent" (round 17: the rule also runs on English)
        r"(?<!niente\x20di\x20)(?<!nulla\x20di\x20)(?<!non\x20e\x20)(?<!non\x20)(?<!nothing\x20)(?<!not\x20)(?<!isn't\x20)(?<!isnt\x20)(?<!not\x20that\x20)urgent\w*",
        r"(?:immediatamente|al piu presto|prima possibile|quanto prima)",
        r"(?:rispond\w*|chiam\w*|richiam\w*|scriv\w*|sentirci|vederci|parlarle|parlarti|aiutami|mi aiuti|venga|vieni)(?: \w+){0,2} subito",
        r"subito\s*(?:!|,? (?:per favore|x favore|ti prego|la prego))",
        r"appena (?:legge|leggi|puo|puoi|vede|vedi|riesce|riesci|ricevi|riceve)",
        # (the sender's own "le scrivo ora sennò me lo scordo" is not a request: round 19)
        r"(?:rispond\w*|chiam\w*|richiam\w*|scriv\w*) (?:mi )?(?:(?<!scrivo\x20)(?<!chiamo\x20)(?<!rispondo\x20)(?<!richiamo\x20)(?:adesso|ora)|"
        r"ti prego|la prego|per favore|oggi stesso|stasera)\b",
        r"(?:mi|ti|aiuto|prego|favore|subito|rispondi|rispondimi|chiamami|scrivimi|aiutami|vieni|venga|parlarti|parlarle) (?:adesso|ora)\s*!",
        r"emergenza\b(?! familiare)",
        r"(?:ci sei|mi senti|ci sta)\s*\?\s*\?",
        r"(?:non|nn) (?:posso|riesco a) aspettare",
    ),
    signal(
        "apology",
        r"(?:scusa|scusi|scusami|scusatemi|scusate|mi scusi|chiedo scusa|mi scuso|scusarmi|scuse|perdona|perdoni|perdonami)\b",
        r"mi dispiace\b(?! (?:per te|per lei|per voi|per la sua|per la tua|per tua|per sua|tanto per te|sentire))",
        # (round 8: "mia madre piange per colpa mia" is self-blame, not an apology)
        r"(?:colpa mia)(?<!per\x20colpa\x20mia)(?<!x\x20colpa\x20mia)",
    ),
    # ---------------------------------------------------------------- topics
    topic(
        "medication",
        r"(?:farmaco|farmaci|medicina|medicine|medicinale|medicinali|pastiglia|pastiglie|pillola|pillole|compressa|compresse|"
        r"gocce|dose|dosaggio|dosi|ricetta|prescrizione|psichiatra|effetti collaterali|effetto collaterale|antidepressiv\w*|"
        r"ansiolitic\w*|sonnifer\w*|stabilizzatore|terapia farmacologica|mg|milligrammi|farmacia|flacone|boccetta)\b",
        r"(?:sertralina|zoloft|fluoxetina|prozac|paroxetina|daparox|sereupin|citalopram|escitalopram|cipralex|entact|"
        r"venlafaxina|efexor|duloxetina|cymbalta|mirtazapina|remeron|trazodone|trittico|quetiapina|seroquel|olanzapina|"
        r"zyprexa|aripiprazolo|abilify|risperidone|risperdal|litio|lamotrigina|valproato|depakin|xanax|alprazolam|"
        r"lorazepam|tavor|diazepam|valium|clonazepam|rivotril|bromazepam|lexotan|zolpidem|stilnox|melatonina|"
        r"paracetamolo|tachipirina|ibuprofene|moment|brufen|oki|aspirina|tramadolo|contramal|codeina|benzodiazepin\w*|"
        r"en|minias|lormetazepam|delorazepam|metilfenidato|ritalin|bupropione|wellbutrin|pregabalin\w*|lyrica|gabapentin\w*)\b",
    ),
    topic(
        "cancellation",
        r"(?:disdire|disdico|disdetta|disdett[oa]|annullare|annullo|annullata|annullarla|annullarlo|rimandare|rimando|rimandiamo|"
        r"rinviare|rinvio|rinviamo|posticipare|posticipo|spostare|sposto|spostiamo|spostarla|spostarlo|anticipare|anticipiamo|"
        r"disdirla|disdirlo|disdir\w*)\b",
        r"(?:non|nn) (?:posso|potro|riesco a|riusciro a|ce la faccio a|ce la faro a|potrò) (?:venire|esserci|essere presente|partecipare|passare)",
        r"(?:salto|saltare|salteremo|saltiamo|devo saltare) (?:la |il |l'|questa |quella |la prossima )?(?:seduta|appuntamento|incontro|colloquio|visita)",
        r"(?:altro|altra) (?:giorno|orario|data|appuntamento|momento)",
        r"(?:fare|farla|facciamo|vediamo|vederci|rimandiamo|spostiamo) un'?altra volta\b",
    ),
    topic(
        "information",
        r"(?:andat[oaie]|va|vanno|andra|andata) (?:molto |davvero |proprio |tutto |abbastanza )?(?:bene|benissimo|alla grande|male|meglio)",
        r"(?:andato tutto|tutto e andato|tutto bene|tutto ok|tutto a posto|va tutto bene)",
        r"(?:ho (?:preso|passato|superato|ottenuto|trovato|avuto)) (?:il |la |l'|un |una )?(?:lavoro|esame|esami|maturita|patente|laurea|"
        r"posto|promozione|voto|diploma|contratto|borsa)",
        r"(?:promoss[oa]|superato|laureat[oa]|assunt[oa])\b",
        r"(?:fattura|ricevuta|pagamento|bonifico|iban|pagare|pagato|onorario|parcella|indirizzo|link|zoom|meet|parcheggio|certificato|"
        r"modulo|moduli|orario|orari|citofono|piano)\b",
        r"(?:che ora|dove si trova|confermat[oa]|confermo|conferma|promemoria|ricordo che|ricordarle|ricordarti|vale ancora)",
        r"(?:bella notizia|belle notizie|novita|aggiornamento|ce l'ho fatta|ce l ho fatta|sono riuscit[oa]|ci sono riuscit[oa]|fiera|fiero|"
        r"un passo avanti|sto meglio|sto molto meglio|va meglio|miglioramento|migliorando)",
        r"(?:volevo dirle|volevo dirti|volevo farle sapere|volevo farti sapere|le comunico|ti comunico|per informarla|le faccio sapere|ti faccio sapere|"
        r"volevo avvisarla|volevo avvisarti|la informo|ti informo|le scrivo per)",
    ),
    topic(
        "psychotherapy",
        r"(?:mi sento|sento|sentito|sentita|sentivo|sentimenti|emozion\w*|umore)",
        r"(?:ansia|ansios[oa]|arrabbiat\w*|rabbia|paura|spaventat[oa]|trist[ei]|tristezza|gelos[oa]|gelosia|in colpa|colpa|"
        r"vergogna|preoccupat[oa]|preoccupazione|stress|stressat[oa]|nervos[oa]|frustrat[oa]|odio|amo|manca|mancanza|ferit[oa])\b",
        r"(?:rapporto|relazione|ragazzo|ragazza|fidanzat[oa]|marito|moglie|compagn[oa]|"
        r"ex|separazione|divorzio|lasciat[oa]|litigat[oa]|litigio|litigare|discussione|"
        r"abbiamo litigato)\b",
        r"(?:terapia|terapeuta|nostro lavoro|quello che ci siamo dett[ie]|quello che mi ha detto|quello che mi hai detto|"
        r"le sue parole|le tue parole|l'ultima volta|ultimo incontro)",
        r"(?:sogno|sogni|sognato|incubo|incubi|ricordo|ricordi|pensando a|penso a)",
    ),
    # ---------------------------------------------------------------- idioms
    idiom(
        "idiom_die",
        r"(?:muoio|morire|morendo|mort[oaie]|muore|moriro|morivo|morta|muori|morta) (?:dal|dalle|di|dalla|della|dallo) "
        r"(?:ridere|risate|risata|fame|sete|caldo|freddo|noia|sonno|stanchezza|curiosita|voglia|vergogna|paura|invidia|gelosia|imbarazzo|fatica)",
        r"da morire\b",
        r"(?:stanc[oa]|stanchi|stanche) mort[oaie]",
        r"(?:sono|siamo) mort[oaie]\b(?= ?[!.]* ?(?:ahah|haha|ahaha|lol|\x03|xd|:d|dal ridere))",
        r"(?:che|un|una) (?:caldo|freddo|noia|fame) (?:da morire|mortale|da morir)",
        r"(?:telefono|cellulare|batteria|pc|computer|macchina|pianta) (?:e |si e )?(?:mort[oa]|morta|scarica)",
        r"mi (?:fa|fai|fate|fanno|fara|farai|faranno|farete|faceva|facevi) morire\b",
        r"(?:noia|barba) mortale",
        r"da morte\b(?! (?:la mia|mia))",
    ),
    idiom(
        "idiom_kill",
        r"(?:mi|ci|ti) (?:ammazzo|ammazzerei|ammazziamo|uccido|sto ammazzando|sto uccidendo|ammazzerò) (?:di|dal|dalle|dalla) "
        r"(?:lavoro|studio|fatica|palestra|risate|ridere|corsa|compiti)",
        r"(?:ammazzarmi|uccidermi|ammazzarsi) (?:di|dal|dalle) (?:lavoro|studio|fatica|palestra|risate|compiti)",
        r"(?:mi|ci|ti) (?:sta |stanno |stai )?(?:uccide|uccidono|ammazza|ammazzano|uccidendo|ammazzando|uccidera|ammazzera|ucciderebbe|ammazzerebbe|"
        r"ammazzeranno|uccideranno)\b",
        r"(?:ammazza|ammazzate)(?:,|!| che| quanto| oh| ao| aho)",
        r"(?:ammazzare|uccidere|ammazzo|ammazzavo) il tempo",
        r"(?:mi sparo|spararmi|mi spararo|mi sparerei) (?:un|una|la|il|l'|tutta|tutto|le|i|due|tre)\b",
    ),
    idiom(
        "idiom_harm",
        r"(?:mi sono|mi son|mi sn|mi) (?:tagliat[oa] |taglio |tagliato )?(?:i capelli|la frangia|le unghie|il dito|un dito)",
        r"(?:mi sono|mi son) (?:tagliat[oa]|bruciat[oa]|ferit[oa]) (?:cucinando|col coltello mentre|con la carta|radendomi|per sbaglio|"
        r"facendo|al dito|il dito|un dito|con il forno|col forno|con il ferro|(?:sulla|sul)(?!l')(?! (?:coscia|cosce|braccio|braccia|avambracci?o?|polso|polsi|pancia|fianco|gamba|gambe|pelle|petto|caviglia|caviglie)\b))",
        r"(?:mi butto|buttarmi|mi sono buttat[oa]|mi getto|gettarmi|mi lancio|lanciarmi) (?:sul|sulla|nel|nella|a|in|sotto le|sotto la|nello|nei|negli)"
        r"\b(?! (?:vuoto|fiume|lago))"
        # "mi butto in mare, così finisce tutto": the jump told with its end, not a swim (round 12)
        r"(?![^\n]{0,80}\b" + _COSI_FINISCE + ")",
        r"overdose di (?:caffe|cioccolato|serie|netflix|lavoro|dolci|zucchero)",
    ),
]

# ---------------------------------------------------------------- additions (dev-corpus driven)
RULES += [
    risk(
        "intent",
        "imminent",
        SI,
        r"mi butto\b(?= ?[.!]|\s*$| giu\b| adesso| ora| stasera| stanotte)",
        r"(?:stasera|stanotte|oggi|domani|adesso|ora) la chiudo",
        r"la chiudo (?:stasera|stanotte|oggi|per sempre|adesso)\b(?! (?:\w+ )?con\b)",
        r"prossimo treno (?:qui )?(?:(?:non|nn) si ferma|(?:non|nn) si fermera)",
        r"(?:buonanotte|addio|ciao) (?:per|x) sempre",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ha preso|ha ingoiato|ha mandato giu|si e presa|si e preso|ha bevuto) (?:appena )?<QTY> (?:le |i |di |delle |dei )?"
        r"(?:mie |miei |sue |suoi )?<PILLS>",
        r"(?:ho preso|preso|ho ingoiato|ingoiato) (?:appena )?<QTY> (?:delle |dei )(?:mie |miei |sue |suoi )?<PILLS>",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"grazie (?:di|per) tutto(?: quello che (?:ha|hai|avete) fatto per me)?",
        r"(?:non|nn) mi (?:servira|servirà|serve piu|servira piu)",
        # "non dovrà più preoccuparsi per me: parto per Lisbona" (weak), here only to be lowered by the
        # departure's idiom below, which keeps the net out: alone it is also said at the end of a
        # therapy ("sto bene, non dovrà più preoccuparsi per me") and left to the other cues
        _NON_PREOCCUPARTI + r"(?=[:,;.!]* " + _PARTENZA + r")",
        r"(?:scusa|perdonami|perdonami) (?:mamma|papa|mamma e papa)\b",
        kind="farewell",
    ),
    risk(
        "farewell_note",
        "high",
        SI,
        r"(?:scritto|scrivo|lasciato) (?:una|la) (?:lettera|biglietto)(?:,)? (?:nel caso|per ogni evenienza|in caso)",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:addormentarmi|dormire) e (?:non|nn) (?:svegliarmi|risvegliarmi)(?: piu)?",
        r"(?:lasciatemi|lasciami|mi lasci) morire",
        r"(?:non|nn) mi vedo (?:viv[oa]|qui|ancora qui) (?:l'anno prossimo|tra un anno|fra un anno|domani|a natale)",
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:schiantarmi|schiantarsi)",
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:quante|quanti|quanto) (?:tachipirine|tachipirina|paracetamolo|pastiglie|pillole|compresse|gocce) (?:ci vogliono|servono|ci vorrebbero|servirebbero)",
        r"(?:penso|pensando|pensato|pensavo|pensare) (?:piu |di nuovo |ancora |sempre |spesso |di continuo )?(?:ai|al|alla|a) (?:binari|ponte|treno|tetto|corda)"
        r"\b(?! (?:del \d|del primo|dell'|di (?:pasqua|natale|capodanno|ognissanti|ferragosto|primavera|maggio|aprile|giugno|novembre|dicembre)|lungo|festivo|"
        r"per|delle|di domani|di stasera|di ritorno|regionale|in ritardo|da prendere|che prendo))",
        r"(?:buttarmi|buttarsi|gettarmi|gettarsi|lanciarmi|lanciarsi) da (?:un|una|quel|quella)",
        r"(?:sono|sto) (?:sul|sulla|in cima al|sul bordo del|sui) (?:binari)",
        r"(?:sono|sto) (?:in stazione|sul binario|sui binari)",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:penso|pensando|pensato|pensare|voglia) (?:di |a )?(?:tagliarmi|farmi del male|ferirmi|bruciarmi)",
        r"(?:tagli|graffi|ferite|bruciature|cicatrici) (?:sui|sul|sulle|sulla) (?:polsi|polso|braccia|braccio|gambe|cosce|pancia)",
        r"(?:tagliarmi|tagliare) (?:piu )?(?:a fondo|in profondita|piu profondo)",
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:ho paura|ha paura|avevo paura|aveva paura|temo|teme|temevo|temeva|paura) di (?:non|nn) farcela",
        r"tutto (?:e )?troppo(?= ?[.!,;]|\s*$| per me| da (?:reggere|sopportare|gestire))",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:mi sono fatt[oa]|ho bevuto|bevuto|bevo|mi bevo|bevute|mi faccio) (?:\w+ )?(?:due|tre|quattro|cinque|sei|sette|otto|\d+|un sacco di|troppe|troppi|parecchie|parecchi) "
        r"(?:birre|drink|bicchieri|shot|cicchetti|spritz|bottiglie|vodke|canne)"
        # (glasses of water, milk, juice: "bevo otto bicchieri d'acqua al giorno", round 19)
        r"(?! (?:d'|di |de )(?:acqua|latte|succo|spremuta|te|tè|the|tisana|camomilla|orzo|caffe|brodo)\b)",
        r"(?:preso|prendo|presa|ho preso)(?: (?:un|una|due|tre|qualche|altre|altri))? ?<PILLS> (?:in piu|extra|di troppo) (?:per|x) (?:calmarmi|dormire|"
        r"non pensare|nn pensare|reggere|stare meglio|non sentire|nn sentire)",
        r"<PILLS> (?:di mia madre|di mia mamma|di mio padre|della mamma|del papa|di un amico|di un'amica|di sua madre|di suo padre|di mia sorella|di mio fratello|della nonna|di mia nonna)"
        r"(?![^\n]{0,80}\b(?:ambulanza|118|pronto soccorso|lavanda gastrica)\b)",
        r"(?:non|nn) ce la facevo a (?:venire|andare|stare) lucid[oa]",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:due|tre|quattro|cinque|sei|sette|dieci|molti|alcuni|tanti) giorni (?:a letto|chius[oa] in (?:casa|camera))",
        r"(?:non|nn) (?:esce|usciva|e uscit[oa]|esco) (?:quasi )?(?:piu )?(?:dalla sua camera|dalla camera|dalla stanza|di casa|dal letto|dalla mia camera)",
        # not out "da giorni" told of someone bare ("non esce da giorni", a relative reporting the patient) (dev leftover, 2026-11-27)
        r"(?<!macchia\x20)(?<!odore\x20)(?<!album\x20)(?<!disco\x20)(?<!film\x20)(?<!libro\x20)(?<!serie\x20)(?<!numero\x20)(?<!sangue\x20)"
        r"(?:non|nn) (?:esce|usciva) (?:piu )?da (?:giorni|settimane|mesi|una settimana|un mese|"
        r"(?:due|tre|quattro|cinque|sei|sette|otto|dieci|\d+|molti|parecchi|tanti) (?:giorni|settimane))\b",
        r"(?:ho|ha) smesso (?:di nuovo |ancora )?di mangiare\b(?! (?:la |il |i |le |lo |gli |l')?(?:carne|dolci|zucchero|zuccheri|glutine|pesce|latticini|"
        r"pane|pasta|fritti|cioccolat\w*|schifezze|merendine|carboidrati|la sera|fuori|al ristorante|tardi))",
        r"(?:non|nn) (?:faccio|ho fatto|fa) un pasto (?:vero|decente|normale)",
        r"(?:non|nn) (?:mi sono lavat[oa]|mi lavo)",
        r"(?:non|nn) (?:ci parla|parla con nessuno|parla piu)",
        r"(?:ha saltato|salta|ho saltato) (?:\w+ )?giorni di (?:scuola|lavoro|universita)",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:usciti|uscite|escono|esce) (?:tutti |tutte )?(?:di nuovo |ancora )?senza di me",
        r"(?:quella|quello) esclus[oa]",
        r"(?:non|nn) mi (?:parla|chiede|scrive|chiama|cerca) (?:mai )?(?:nessuno|piu nessuno)",
        r"nessuno mi (?:chiede|scrive|chiama|cerca(?! per (?:un|una|due|tre|qualche|tutt[oa] (?:il|la)) (?:giorn|settiman|mes|weekend|estate|ferie)\w*)|parla|risponde|ascolta|considera|invita|saluta)",
        r"(?:pranzo|ceno|mangio|passo le serate|sto) da sol[oa] (?:tutti i giorni|ogni giorno|ogni sera|sempre)",
        r"(?:non|nn) ho nessuno (?:con cui|a cui|che)",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"(?:un po'?|po|molto|tanto|cosi|parecchio) giu\b",
        r"(?:stata|stato|sara) (?:una giornata )?(?:dura|durissima|pesante|difficile|un inferno)",
        r"giornata (?:dura|durissima|pesante|infernale)",
        r"mi manca (?:tantissimo|tanto|molto|da morire|cosi tanto)",
        r"(?:attacco|attacchi) di panico",
        r"(?:non|nn) riesco a smettere di piangere",
        r"(?:piango|ho pianto|piangendo) (?:tutto il giorno|tutta la notte|sempre|di nuovo|da ore|ogni giorno)",
    ),
    risk(
        "support",
        "low",
        ("support_request",),
        r"mi (?:scrive|scrivi|pensa|pensi) (?:qualcosa|un po'?|un attimo)",
        r"(?:potrebbe|puo|potresti|puoi) (?:vederla|vederlo|vederci|vedermi|riceverla|riceverlo|riceverci) (?:prima|presto|questa settimana|domani|oggi)",
    ),
    idiom(
        "idiom_kill",
        r"(?:chiuderla|chiudere|la chiudo|l'ho chiusa) con\b",
    ),
]

RULES += [
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:penso|pensando|pensato|pensavo|pensare) (?:continuamente |sempre |spesso |di nuovo |ancora |tanto |ogni giorno |ogni notte )?"
        r"(?:di |a |alla |al )?(?:morire|morte|la morte|farla finita|ammazzarmi|uccidermi|togliermi la vita|suicidio|sparire per sempre)",
        r"(?:penso|pensando|pensato|pensare) a come (?:farlo|lo farei|farla finita|morire|ammazzarmi|uccidermi)",
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:cercava|cercato|cerca|ha cercato|ho cercato|cercando|ricerche su) (?:su internet |online |su google )?\"?(?:modi|come|metodi|il modo) "
        r"(?:indolori |veloci )?(?:per )?(?:morire|uccidersi|uccidermi|ammazzarsi|ammazzarmi|annegare|farla finita)",
        r"(?:pastiglie|pillole|farmaci|coltelli|corda) (?:[\w']+ ){0,4}(?:sembrano|mi sembrano|sono) (?:cosi |molto )?vicin[ei]",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) vedo come (?:possa|potra|possano|potrebbe|puo) (?:andare meglio|migliorare|cambiare|finire)",
        r"sara sempre cosi",
        r"(?:ho paura|temo|paura) di (?:non|nn) arrivare (?:a|alla) fine (?:anno|mese|settimana|dell'anno)",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"<PILLS> (?:con|col|e) (?:il |l'|la |del |un po' di )?(?:whisky|vodka|vino|alcol|alcool|gin|birra|grappa)",
        # the box named between ("le pastiglie di sertralina della scatola nuova con la birra", round 14)
        r"<PILLS> (?:di|del|della|dalla|dal|dello) (?:[\w']+ ){0,4}?(?:con|col) (?:il |l'|la |del |un po' di )?(?:whisky|vodka|vino|alcol|alcool|gin|birra|grappa)\b",
        r"(?:bevo|bevuto|bere|bevendo|mi sono bevut[oa]) (?:del |il |un po' di )?(?:vino|vodka|birra|whisky|gin|alcol) (?:tutte le sere|ogni sera|da sol[oa]|(?:per|x) (?:stordirmi|dormire|dimenticare|non pensare|nn pensare|calmarmi))",
        r"(?:mi sono bevut[oa]) (?:di nuovo |ancora )?(?:una|due|mezza|un'altra) bottiglia",
        r"(?:per|x) stordirmi",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:sono|sto|resto|rimango|chius[oa]) (?:chius[oa] )?in (?:camera|camera mia|stanza) da (?:venerdi|sabato|domenica|lunedi|martedi|mercoledi|giovedi|giorni|ieri)",
        r"(?:non|nn) (?:apro|rispondo) (?:la porta|alla porta|al telefono|al citofono)",
        r"(?:ha smesso|ho smesso|smesso) di (?:andare a calcio|andare a scuola|andare al lavoro|rispondere|vedere gli amici|uscire)",
        r"(?:non|nn) risponde (?:piu )?(?:agli amici|ai suoi amici|a nessuno)",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:nessuno|nessun) mi (?:scrive|messaggia|cerca) (?:mai )?(?:se non|tranne|a meno)",
        r"(?:io e il silenzio|solo io e il silenzio)",
        r"(?:tutto il|un intero) (?:weekend|fine settimana|giorno) senza (?:dire una parola|parlare) (?:a|con) nessuno",
        r"(?:mi sento|sentirmi) (?:cosi |tanto |molto |troppo )?sol[oa]\b",
        # (round 8: "sento solo il ventilatore" is "I only hear the fan")
        r"sento (?:cosi |tanto |molto |troppo )?sol[oa]\b"
        r"(?! (?:il|lo|la|i|gli|le|l'|un|una|uno|quel\w*|quest[oaie]|che|di|del|dello|della|dei|delle|rumor\w*|voci|musica|odore)\b)",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"(?:stanc[oa]|stuf[oa]) di fingere",
        r"(?:sto|stare|sono|resto) al buio",
        r"fermare la macchina e piangere",
        r"(?:ho paura|temo) che (?:stia tornando|torni) tutto",
    ),
    risk(
        "support",
        "low",
        ("support_request",),
        r"(?:ho|avrei) bisogno di (?:parlare|sentirla|sentirti)",
        r"(?:ci|mi) (?:dica|dice|dici|puo dire|potrebbe dire) cosa (?:fare|dobbiamo fare|devo fare)",
        r"bisogno di sentirmi dire",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi sono|mi son|si e) (?:graffiat[oa]|tagliat[oa]|bruciat[oa]|morsicat[oa]) (?:le braccia|i polsi|le gambe|le cosce|la pelle|la pancia|le mani) (?:fino a|a sangue)",
        r"fino a (?:sanguinare|farmi sanguinare|far uscire il sangue)",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:fumato|fumo|fumare) (?:un sacco di|tante|troppe|parecchie) canne",
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:non|nn) (?:posso|riesco a|riesco ad) (?:piu )?andare avanti(?: cosi)?",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) (?:rispondo|ho risposto) (?:piu )?al telefono",
        r"(?:ho detto|detto) (?:al lavoro|in ufficio|a scuola|al capo) che (?:sto male|ero malat[oa]|sono malat[oa])",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"(?:mi ha|mi hanno|mi) (?:cacciat[oa]|buttat[oa] fuori) (?:di nuovo |ancora )?di casa",
        r"(?:molto|tanto|sempre|cosi|parecchio) (?:ansios[oa]|in ansia)",
    ),
]

RULES += [
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stanotte|stasera) e la (?:notte|sera)",
        r"addio (?:a tutti|per sempre|mondo)",
        r"(?:scritto|pubblicato|postato|messo) [\"']?addio\b",
        r"(?:sono|sto) in piedi (?:sulla|sul) (?:ringhiera|cornicione|parapetto|bordo|davanzale)",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:mandato giu|ingoiato|preso|presa|buttato giu|bevuto) tutto (?:quello )?(?:che c'era |che avevo )?(?:nell'armadietto|nel cassetto|in bagno|in casa)",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"grazie (?:x|per) averci provato",
        kind="farewell",
    ),
    risk(
        "farewell_note",
        "high",
        SI,
        r"(?:ho scritto|scritto|fatto|ho fatto|scrivo|sto scrivendo|ho preparato|preparato|sto preparando|ho sistemato|ho redatto|ho rifatto) (?:il|un|il mio) testamento",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:spero|speravo) che (?:l'aereo|il treno|la macchina|l'autobus) (?:cada|precipiti|si schianti|mi investa)",
        r"che senso ha (?:vivere|essere viv[oa]|stare al mondo|andare avanti)",
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:quale|qual e il|qual e la) (?:ponte|palazzo|tetto|scogliera|torre|parcheggio) (?:\w+ ){0,4}(?:e )?(?:il |la )?piu alt[oa]",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:sbattuto|sbatto|battuto|picchiato|sbattere) la testa (?:contro|al|sul|nel) (?:il )?(?:muro|porta|pavimento)",
        r"finche (?:[\w']+ ){0,3}(?:ha |hanno |non |nn )*sanguinat\w*",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:mi do|mi sono dat[oa]|mi metto) (?:di nuovo |ancora )?malat[oa]",
        r"(?:non|nn) (?:reggo|sopporto|riesco ad affrontare) (?:l'ufficio|il lavoro|la scuola|l'universita)",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"giornata storta",
        r"(?:ho pianto|piangevo|piango) (?:in macchina|al lavoro|in ufficio|in bagno|sul bus|sull'autobus|alla scrivania|in pausa)",
    ),
    risk(
        "support",
        "low",
        ("support_request",),
    ),
    risk(
        "contact",
        "low",
        ("support_request",),
        r"rispondimi\b",
        r"mi risponda\b",
    ),
    signal(
        "urgency",
        r"rispondimi\b(?! (?:quando|appena puoi|con calma|domani))",
    ),
]

RULES += [
    Entry(
        "topic",
        "information_weak",
        None,
        (),
        ("information",),
        (
            r"(?:arrivo|sono|saro) (?:\d+ |dieci |cinque |qualche |un po' |un po )?(?:min |minuti )?in ritardo",
            r"(?:bus|autobus|treno|metro|traffico|mail|email|lettera|dichiarazione|ombrello|risonanza|analisi|risultati|verifica|voto|"
            r"colloquio di lavoro|promozione|affitto|trasloco|disponibilita|sala d'attesa|concerto|vacanza|gita|viaggio)\b",
            r"(?:avete|ha|hai|c'e) (?:posto|disponibilita|un buco)",
            r"(?:primo|un primo) (?:colloquio|appuntamento|incontro)",
            r"(?:ho|abbiamo) (?:fatto|visto|parlato|finito|iniziato|passato|trovato|comprato|vinto|provato|chiamato|prenotato|firmato|"
            r"cucinato|corso|camminato|superato)\b",
            r"(?:ho|abbiamo) preso (?:la|il|un|una) (?:casa|appartamento|patente|lavoro|voto|nove|dieci|otto|sette)",
            r"(?:prima|seconda) (?:volta|settimana|giornata) (?:in|da|senza|nella|a)",
            r"(?:settimane|giorni|mesi) senza (?:bere|fumare|tagliarmi|alcol)",
            r"(?:ha|hai) ricevuto la mia",
            r"(?:ha chiamato|hanno chiamato|vogliono|chiede|chiedono) (?:la scuola|il preside|la prof|l'ufficio|un incontro|una dichiarazione)",
            r"(?:scuola|lavoro|casa) nuov[oa]",
        ),
    ),
]

RULES += [
    topic(
        "cancellation",
        r"(?:non|nn) (?:vengo|verro|ci sono|ci saro) (?:domani|oggi|giovedi|lunedi|martedi|mercoledi|venerdi|alla seduta|la prossima)",
        r"(?:dimenticat[oa]|scordat[oa]) (?:completamente )?(?:della|la|dell') ?(?:seduta|appuntamento)",
        r"(?:la prossima|la seduta|la prossima seduta) (?:possiamo |potremmo )?(?:farla|fare) (?:in video|online|al telefono|su zoom)",
        r"(?:sospendere|interrompere|fermare) (?:le sedute|la terapia|gli incontri)",
        r"(?:scambiare|invertire) (?:\w+di) (?:con|e) (?:\w+di)",
        r"(?:devo|dovro) saltare",
    ),
]

RULES += [
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:non|nn) (?:e venuto|e venuta|sono venuti|si e fatto vivo) nessuno",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:unica|la sola) (?:via d'uscita|via di uscita|soluzione|via)",
        r"(?:finira|finisce|passera) mai\s*\?",
        r"(?:tutto|ogni cosa) (?:mi )?(?:sembra|pare|e) (?:cosi )?inutile",
        r"(?:non|nn) mi vedo (?:viv[oa]|qui|ancora qui) (?:l'anno prossimo|tra un anno|fra un anno|domani|a natale)",
    ),
]

RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:voglio|vorrei|desidero) (?:solo )?sparire (?:e (?:non|nn) tornare (?:piu|mai)|per sempre|e basta)",
        r"(?:non|nn) vedo (?:piu )?(?:il |alcun |nessun )?senso (?:di|nel|a|nello) (?:vivere|andare avanti|stare al mondo)",
        r"(?:voglio|vorrei) (?:solo )?che (?:finisca|finisse) tutto per sempre",
        fixed=True,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:farmi|fare a me stess[oa]) qualcosa\b(?! (?:da mangiare|di buono|di bello))",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi )?sto tagliando\b(?! (?:i capelli|le unghie|la frangia|il pane|le verdure))",
        r"(?:piene|pieno|piena|pieni) di tagli",
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        # not when the sender then says what "tutto" means ("e non intendo la settimana": a wish to be dead)
        r"(?:voglio|vorrei) (?:solo )?che (?:finisca|finisse) tutto\b(?![ ,.;:!]*(?:e |ma |anzi |cioe )?(?:(?:non|nn) (?:intendo|parlo|mi riferisco|dico)|intendo))",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:tutto|la vita|ogni cosa) (?:mi )?(?:sembra|e|pare) (?:senza senso|privo di senso|priva di senso)",
    ),
    risk(
        "burden",
        "moderate",
        (),
        r"(?:mi sento|sono) (?:solo )?(?:un peso|di peso) (?:per|a) (?:tutti|la mia famiglia|loro|voi|lei|te)",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"mi manca (?:ancora|sempre|cosi)\b",
    ),
]

RULES += [
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:bevo|bevevo|bevuto|ho bevuto|bere|fumo|fumavo|fumato|mi faccio|mi facevo|mi sono fatt[oa]) (?:tutti i giorni|ogni giorno|ogni sera|tutte le sere|di continuo|sempre di piu)",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:ho smesso|smesso|smetto) di (?:andare a lezione|andare a scuola|andare al lavoro|andare in palestra|andare all'universita|uscire)",
        r"(?:non|nn) (?:esco|sono uscit[oa]) (?:piu )?(?:dalla mia stanza|dalla mia camera|dalla stanza|dalla camera|di casa|dal letto) da",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:non|nn) c'?e nessuno (?:con cui|a cui|che mi)",
        r"(?:non|nn) ho nessuno (?:con cui|a cui)",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) (?:migliorera|migliorero|guariro|cambiera|passera|finira) mai",
    ),
]

RULES += [
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:faro|fare|faccio|farei) (?:delle |una |qualche |un'altra )?(?:sciocchezze|sciocchezza|cazzate|cazzata|stupidaggini|stupidaggine|follie|follia|gesto estremo|gesti estremi)"
        r"\b(?! (?:e mi compro|e compro|e vado|e prenoto|e parto|e mi iscrivo|e lo chiamo|e la chiamo|per (?:il|la) (?:compleanno|festa)))",
        r"mi (?:ucciderei|ammazzerei|suiciderei|toglierei la vita|butterei giu)",
    ),
]

RULES += [
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:so|ho deciso) (?:gia )?(?:come|quando|dove) (?:lo faro|farlo|farla finita)",
        r"(?:sono|sto) (?:sul|sulla|in cima al|sul bordo del|sul cornicione del) (?:tetto|ponte|cornicione|scogliera|viadotto)\b"
        + _LAVORO_IN_ALTO,
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:scusa|scusate|scusami|perdonami|perdonatemi|mi dispiace) (?:per|di) tutto",
        r"(?:ho scritto|scritto|lascio|ho lasciato) (?:le |delle |una |la )?(?:lettere|lettera|biglietti|biglietto) (?:ai miei|a tutti|per i miei|per tutti|alla mia|al mio|a mia|a mio)"
        + _TUTTI_UN_GRUPPO
        # (a letter "non si sa mai", "per sicurezza", beside a will or the passwords, stays a preparation, high: round 16)
        + r"(?![^\n]{0,160}\b(?:per sicurezza|non si sa mai|casomai)\b)",
        kind="farewell",
    ),
]

RULES += [
    topic(
        "psychotherapy",
        r"grazie (?:di|per) niente",
        r"(?:perche|xke) (?:non|nn) mi (?:ha|hai) (?:risposto|richiamato|scritto)",
        r"(?:l'|l )?esercizio (?:in|del|di|della)",
        r"(?:settimane|giorni|mesi) senza (?:bere|fumare|tagliarmi|alcol)",
        r"(?:sto|stai) bene(?:,|\.)? (?:davvero|sul serio|te lo giuro)",
        r"(?:non|nn) (?:si preoccupi|ti preoccupare|mi chieda|mi chiedere) ",
        r"(?:la chiudo|chiuderla|chiudere) con",
        r"(?:cosa|quello che) e successo con",
    ),
]

RULES += [
    idiom(
        "idiom_harm",
        r"(?:prevenzione|rischio|tasso|tassi|numero verde|giornata mondiale|campagna) (?:del |dei |contro il |sul )?(?:suicidio|suicidi|autolesionismo)",
        r"(?:suicidio|autolesionismo) (?:tra i giovani|negli adolescenti|in italia)",
    ),
]

RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:la morte|morire|il suicidio|ammazzarmi) (?:mi )?(?:sembra|e|pare) (?:l'unica|la sola|la migliore) (?:soluzione|via|possibilita|scelta|uscita)",
        r"(?:addormentarmi|dormire) (?:e basta,? )?per sempre",
        fixed=True,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:regalare|regalando|regalato|regalo|dare via|dando via|dato via) (?:la mia roba|(?:tutte )?le mie (?:cose|robe|cose piu care)|(?:tutti )?i miei (?:oggetti|vestiti|averi|risparmi))",
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:non|nn) (?:credo di|penso di|so se) (?:riuscire a|riesco a) tenermi al sicuro",
        r"(?:non|nn) riesco (?:piu )?a tenermi al sicuro",
        r"(?:faccio|faro|fare) finire tutto",
    ),
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:ho|avrei) un piano\b(?! (?:per|di (?:studio|viaggio|lavoro)))",
        r"(?:ho )?scelto (?:il giorno|la data|il posto|l'ora|il momento)",
        kind="farewell",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"grazie (?:x|per) (?:aver|avermi|avere) provato",
        kind="farewell",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi )?sto facendo (?:di nuovo |ancora )?(?:del )?male",
        r"(?:preso|prendo|presa) a pugni (?:il|un|la) (?:muro|porta|specchio)",
    ),
]

RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"meglio mort[oa]\b(?! che (?!cosi|vivere|continuare|andare avanti|stare cosi|soffrire|campare|campa|campari|"
        r"tirare avanti|tira' avanti|vivacchiare|sopravvivere|stare accussi|stari accussi|cumpari))",
        r"(?:odio|detesto) (?:essere viv[oa]|vivere|esistere|la mia esistenza)",
        r"(?:non|nn) ce la faccio (?:piu )?a vivere",
        fixed=True,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"mi (?:faccio|farei|faro) fuori",
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"mi taglio le vene (?:stasera|stanotte|adesso|ora|oggi|domani)",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho ingerito|ingerito|ho ingoiato|ho buttato giu|ho mandato giu|ho preso) (?:appena )?<QTY> (?:di |delle |dei )?(?:<PILLS>|tachipirine|tachipirina|paracetamolo|sonniferi|medicine)",
    ),
]

RULES += [
    risk(
        "act_taken",
        "imminent",
        ("self_harm",),
        r"(?:tagliat[oa]|tagliata|tagliato) troppo (?:a fondo|profondo|in profondita)",
        r"(?:non|nn) (?:smette|smettono|si ferma) di sanguinare",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) (?:mi lavo|mi sono lavat[oa]|mangio|ho mangiato|dormo)\b(?: (?:e|ne) (?:non |nn )?(?:mi lavo|mangio|dormo))?(?: come si deve| bene)? da (?:giorni|una settimana|\w+ giorni)",
    ),
]

RULES += [
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"@tutte,tutti@(?<=\x02\s)(?:tutte|tutti)",
        r"@tutte,tutti@(?<=\x02)(?:tutte|tutti)",
    ),
]

RULES += [
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:mi sento|sono|resto|rimango) (?:sempre |tanto |cosi )?(?:esclus[oa]|messa da parte|messo da parte|lasciat[oa] fuori)",
        r"tutti hanno (?:qualcuno|degli amici|amici)(?: tranne me| a parte me)?",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) (?:va|vado|e andat[oa]|sono andat[oa]) (?:piu )?(?:a scuola|al lavoro|in ufficio|all'universita|a lezione) da"
        r"(?![^.!?\n]{0,50}\b(?:sciopero|vacanz|ferie|chius[oa] per|festa|gita|influenza|febbre|covid|malattia|operazione|gesso|trasferta))",
        r"(?:sta|resta|rimane|sto|resto|rimango) (?:sempre |tutto il giorno |chius[oa] )?(?:in camera|nella sua camera|nella sua stanza|in camera sua)",
    ),
]

RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) (?:voglio|vorrei) (?:piu )?(?:essere viv[oa]|stare qui|stare al mondo)",
        fixed=True,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:sarebbe|e|sarebbe stato) (?:cosi |molto |troppo |piu |molto piu |tutto piu )?(?:facile|semplice) (?:\w+ )?(?:prenderle tutte|ingoiarle|buttarmi|farla finita|morire|sparire|"
        r"(?:non|nn) svegliarmi|(?:non|nn) esserci|(?:non|nn) esistere|smettere di vivere)",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi sono incis[oa]|incidermi|mi incido|inciso) (?:il |la |le |i |sul |sulla |sulle )?(?:braccio|braccia|pelle|gamba|gambe|polso|polsi|coscia|cosce)",
        r"(?:mi sono pres[oa]|mi prendo|prendermi|mi sono dat[oa]) a (?:schiaffi|pugni)",
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|adesso|ora|oggi) (?:prendo|ingoio|mi prendo|mando giu) tutto (?:quello che ho|quello che trovo)",
        r"(?:prendo|prendero|ingoio|ingoiero) tutto quello che (?:ho|trovo) (?:stasera|stanotte|adesso|ora|oggi)",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:preso|ingoiato|presa) (?:le |i |tutte le |tutti i )?<PILLS>,? (?:tutte|tutti|fino all'ultima)",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:un )?caso perso",
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:non|nn) (?:sto reggendo|ce la sto facendo)\b",
        r"(?:non|nn) reggo(?= ?[.!,;]|\s*$)",
    ),
    risk(
        "support",
        "low",
        ("support_request",),
        r"(?:posso|possiamo|potrei) (?:venire|vederci|vederla|fare la seduta) prima",
    ),
]

RULES += [
    idiom(
        "idiom_cancel",
        r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|oggi|stasera) (?:(?:non|nn) ce la faccio|(?:non|nn) riesco)\b",
    ),
    topic(
        "cancellation",
        r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|oggi|stasera) (?:(?:non|nn) ce la faccio|(?:non|nn) riesco|(?:non|nn) vengo|(?:non|nn) posso)\b",
        r"(?:devo|dovro|dovrei|dobbiamo) (?:mancare|saltare|assentarmi|rinunciare)",
        r"invece (?:di|che) (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|oggi|alle \d|le \d)",
        r"(?:salto|saltare|salteremo|saltero|saltiamo|perdo|perderemo|perdero) (?:la |le |il |i |l'|questa |quella |queste )?(?:prossim[ae] )?(?:\w+ )?(?:sedut[ae]|appuntament[oi]|incontr[oi])",
        r"(?:interrompere|sospendere|fermare|smettere) (?:la terapia|le sedute|gli incontri)",
    ),
    Entry(
        "topic",
        "information",
        None,
        (),
        ("information",),
        (
            r"(?:e|sara) (?:sempre |ancora )?alle \d+",
            r"(?:giusto|solo) per (?:dirle|dirti|farle sapere|farti sapere|avvisarla|avvisarti)",
            r"per sua informazione",
            r"(?:ho|abbiamo) (?:fatto|mandato|inviato) (?:il )?bonifico",
            r"(?:ho|abbiamo) traslocato",
        ),
    ),
    Entry(
        "topic",
        "information_weak",
        None,
        (),
        ("information",),
        (
            r"(?:sono|siamo) (?:andat[oaie]|tornat[oaie]|partit[oaie]|arrivat[oaie]) (?:a|al|alla|dai|dal|in|da)\b",
        ),
    ),
]

RULES += [
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:disdetto|dato buca|annullato|rimandato) (?:di nuovo |ancora )?(?:con |a )?(?:tutti|gli amici|tutti gli amici|le amiche|tutte le amiche)",
        r"(?:non|nn) riesco a (?:obbligarmi|costringermi|convincermi|farmi forza) (?:a|ad) (?:uscire|alzarmi|vestirmi)",
        r"(?:non|nn) (?:vuole|vuol) (?:piu )?(?:uscire dalla (?:sua )?camera|mangiare|alzarsi)",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"saro sempre cosi",
        r"(?:qualsiasi|qualunque) cosa (?:io )?faccia (?:non|nn) (?:cambia|serve)",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:non|nn) mi (?:e|sono) rimast[oi] (?:nessun amico|nessuna amica|amici|nessuno)",
        r"(?:non|nn) ho (?:piu )?(?:amici|nessun amico|nessuna amica)",
    ),
    risk(
        "support",
        "low",
        ("support_request",),
        r"bisogno di sentire la (?:sua|tua) voce",
    ),
]

RULES += [
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stanotte|stasera|oggi|adesso|ora) mi (?:faccio fuori|ammazzo|uccido|tolgo la vita|butto)",
        r"mi (?:faccio fuori|tolgo la vita) (?:stanotte|stasera|oggi|adesso|ora)",
    ),
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:ho|tengo) (?:la|una) (?:corda|cappio) (?:in|nel|nella|pronta|pronto|a casa|sotto)",
        r"(?:la|una) (?:corda|il cappio) (?:e|sta) (?:in|nel|nella|pronta|pronto|gia)",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:smettere di soffrire|che il dolore (?:finisca|smetta))(?:,)? per sempre",
        r"(?:non|nn) (?:ne )?vale (?:piu )?la pena (?:di )?vivere",
        r"mi piacerebbe (?:morire|essere mort[oa]|sparire|non svegliarmi|addormentarmi per sempre)",
        r"(?:vorrei|voglio) che (?:fosse|sia) tutto finito",
        fixed=True,
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:mi sono|si e|mi son) impasticcat[oa]",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi sono|si e|mi son) sfregiat[oa]",
        r"sfregiarmi",
    ),
]

RULES += [
    idiom(
        "idiom_cope",
        r"(?:non|nn) ne posso (?:piu|\+) (?:di|del|della|dello|dei|delle) (?:questo |questa |sto |sta |questi |queste )?"
        r"(?:caldo|freddo|traffico|pioggia|rumore|vicini|compiti|esami|cantiere|afa|zanzare|coda|burocrazia|treni|ritardi|lavori)",
    ),
    # ------------------------------------------------- second round (new phrasings)
    risk(
        "support",
        "low",
        ("support_request",),
        r"(?:non|nn) so (?:a chi|da chi|dove) (?:altro )?(?:rivolgermi|andare|chiedere aiuto)",
        r"(?:potrebbe|puo|potresti|puoi|mi puo|mi potrebbe) (?:chiamarmi|richiamarmi|sentirmi|telefonarmi)",
        r"(?:mi aiuti|aiutami) a (?:superare|passare) (?:la notte|stanotte|questa notte|il weekend|questo momento)",
    ),
    signal(
        "urgency",
        r"(?:non|nn) (?:puo|posso|possiamo) aspettare (?:fino a |a )?(?:giovedi|lunedi|martedi|mercoledi|venerdi|sabato|domenica|domani|la seduta|la prossima)",
        r"(?:una risposta|risposta|risponda|rispondimi|mi risponda) (?:oggi stesso|entro oggi|stasera stessa|in giornata)",
        r"(?:appena|non appena) (?:legge|leggi|vede|vedi|puo|puoi|riesce|riesci)\b",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:a nessuno|nessuno) (?:importa|frega|interessa) (?:di me|niente di me|nulla di me)",
        r"mi hanno (?:lasciat[oa]|abbandonat[oa]|dimenticat[oa]) tutti",
        r"tutti mi hanno (?:lasciat[oa]|abbandonat[oa]|dimenticat[oa])",
        r"(?:non|nn) ho (?:piu )?(?:nessun amico|nessun'amica|amici|nessuno con cui parlare|nessuno a cui dirlo)",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) (?:esce|esco|usciamo|uscito|uscita) (?:dalla|dalla sua|dalla mia|di) (?:sua |mia )?(?:stanza|camera|cameretta|letto) da\b",
        r"(?:sta|sto|e|sono|resta|resto) (?:chius[oa]|rintanat[oa]|barricat[oa]) (?:in|nella) (?:sua |mia )?(?:camera|stanza|cameretta|casa) "
        r"(?:da|tutto il giorno|tutta la settimana|tutto il weekend)",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) ho (?:piu )?(?:la )?(?:forza|forze|energia|voglia) (?:di|per) (?:andare avanti|lottare|continuare|combattere|provarci)\b(?! (?:a|ad|con|col|oggi|stasera|nel|nello|nella|il|la|lo))",
        r"(?:non|nn) (?:cambiera|cambia) mai (?:niente|nulla)",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:ho sbattuto|sbattuto|sbatto|ho battuto) (?:la testa|i pugni|la mano) (?:contro|sul|sulla|nel) (?:il )?(?:muro|porta|pavimento|specchio)\b(?=[^.!?\n]{0,30}\b(?:apposta|di proposito|per farmi male|per punirmi|finche))",
        r"(?:mi sono strappat[oa]|mi strappo) i capelli (?:fino a|finche)",
    ),
    # ------------------------------------------------- second round, part 2
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:vorrei|voglio) (?:solo |soltanto )?(?:sparire|scomparire)\b(?! (?:per (?:un po|qualche|una settimana|un giorno|il weekend)|dalla vergogna|da qui per|in vacanza))",
        r"chiudere gli occhi e (?:non|nn) (?:riaprirli|svegliarmi|risvegliarmi)",
        r"(?:immagino|immaginavo|penso a|pensando a) (?:il mio|al mio) funerale",
        r"(?:mi sono chiest[oa]|mi chiedo|mi domando) come (?:sarebbe|sia) (?:non|nn) (?:esserci piu|esistere|svegliarmi)",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) (?:voglio|vorrei) (?:\+|piu|proprio piu) (?:vivere|esistere|esserci|svegliarmi)",
        fixed=True,
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:nulla|niente) ha (?:piu )?senso",
        r"(?:non|nn) vedo (?:la )?luce (?:in fondo al tunnel|alla fine del tunnel)",
        r"(?:stanc[oa]|stuf[oa]) di (?:lottare|combattere|provarci|provare)\b(?! (?:con|contro) (?:la burocrazia|il comune|la banca|"
        r"l'assicurazione|il padrone|i vicini|la stampante|il traffico))",
        r"(?:non|nn) ne vale piu la pena",
        r"(?:non|nn) credo che (?:staro|sarò|saro|potro stare) mai (?:meglio|bene|felice)",
        r"(?:non|nn) vedo (?:una |nessuna )?via d ?'? ?uscita",
        r"vicolo cieco",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:sono|mi sento) (?:sol[oa]|da sol[oa]) con tutto (?:questo|cio)",
        r"(?:tagliat[oa] fuori|esclus[oa]) da (?:tutti|tutto|tutto e tutti)",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) vuole (?:piu )?uscire (?:dalla|dalla sua) (?:stanza|camera|cameretta)",
        r"ha smesso di (?:mangiare|andare a scuola|uscire|vedere gli amici|alzarsi)\b(?! (?:la carne|carne|dolci|zuccheri|il glutine|pesce|la sera tardi))",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:ho ricominciato|ricominciato|sono ricaduta|sono ricaduto) (?:con i tagli|a tagliarmi|a farmi del male|a ferirmi)\b(?! (?:di|ai|alle|al|del|della|dei|sul|sulle) )",
    ),
    risk(
        "contact",
        "low",
        ("support_request",),
        r"(?:ho|avrei) (?:davvero |tanto |proprio )?bisogno d'aiuto",
        r"(?:possiamo|potremmo|si puo) anticipare (?:la seduta|l'appuntamento|l'incontro)\b(?=[^\n]{0,60}\b(?:sto male|non sto bene|nn sto bene|sto malissimo|crisi|panico|ansia))",
    ),
    # ------------------------------------------------- second round, part 3
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|oggi|adesso|ora|domani) (?:mi )?prendo (?:tutte|tutti|tutto) (?:le |i |il |la )?(?:<PILLS>|blister|flacone|boccetta|scatola)"
        r"(?= ?(?:[.!]|\.\.|$|insieme|in una volta|tutte insieme|e (?:basta|addio|la faccio finita)))",
        r"(?:sono|sto) (?:sui binari|sul cornicione|sul bordo del (?:tetto|ponte|balcone)|in cima al (?:palazzo|ponte|tetto))",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho preso|preso|ho ingoiato|ingoiato|ho mandato giu|mandato giu|ho buttato giu|mi sono pres[oa]|ho inghiottito) "
        r"(?:tutto il|tutta la|un intero|una intera|mezzo|mezza) (?:blister|flacone|boccetta|scatola|confezione|tubetto)"
        r"\b(?! (?:di|del|della) (?:vino|birra|acqua|latte|succo|cereali|biscotti|caramelle|cioccolat\w*|gelato|patatine))",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"sarebbe meglio (?:morire|essere mort[oa]|(?:non|nn) (?:svegliarmi|svegliarsi|esserci piu|esistere|essere mai nat[oa]))"
        r"\b(?! (?:cosi |troppo )?presto| alle \d| prima| domani)",
        r"(?:voglio|vorrei|vojo) mori\b",
        r"(?:me|mi) (?:voglio|vojo|vorrei) (?:ammazza|ammazzare|accide|uccide)\b",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn|nun) (?:voglio|vojo) (?:piu |cchiu |chiu )?campa(?:re)?\b(?: (?:cchiu|chiu|piu))?",
        fixed=True,
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:nun|nu) ce (?:la )?faccio\b(?! (?:a|ad|per|con|in tempo|oggi|domani|giovedi|lunedi|martedi|mercoledi|venerdi|sabato|a venire))",
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:trovato|trovata|trovo) (?:una|la|il suo|la sua|un|il) (?:lettera|biglietto|messaggio) (?:d'addio|di addio)"
        r"\b(?! (?:del|della|dello|di|dal|dalla) (?:nonn[oa]|mio ex|mia ex|ex|bisnonn[oa]|zi[oa]))",
        r"(?:ho|sto) (?:messo|mettendo|sistemato|sistemando) (?:in ordine )?(?:tutte )?le mie cose in ordine",
    ),
    # ------------------------------------------------- second round, part 4 (SMS and regional forms)
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:a chi|a nessuno) (?:importa|importerebbe|frega|fregherebbe|interessa) (?:se|quando) (?:muoio|morissi|sparisco|sparissi|(?:non|nn) ci sono piu)",
        r"se (?:muoio|morissi|sparisco|sparissi),? (?:nessuno|a nessuno) (?:se ne accorge|se ne accorgerebbe|importa|importerebbe|mi cerca|mi cercherebbe|piange|piangerebbe|"
        r"mi piange|mi piangerebbe|si accorge|si accorgerebbe|ci fa caso|ci farebbe caso|sentirebbe la mia mancanza|verrebbe al funerale)",
        r"mi (?:lascerei|lascio|voglio lasciare|vorrei lasciare) morire\b(?! (?:dal|dalle|di|de))",
        r"nessuno sentirebbe la mia mancanza",
        fixed=True,
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi|me) (?:so|sn|son) (?:di nuovo |ancora )?(?:tagliat[oaie]|bruciat[oaie])\b"
        r"(?! (?:i capelli|la frangia|le unghie|il dito|un dito|cucinando|col coltello|con il coltello|per sbaglio|mentre))",
        r"(?:mi|me) (?:so|sn|son|sono) (?:di nuovo |ancora )?fatt[oaie] (?:del )?male (?:apposta|da sol[oa]|di proposito)",
    ),
]

# ------------------------------------------------- third round (families, from the it2 dev source)
RULES += [
    # wish to be dead: not existing, disappearing, not staying in this world, a wished accident
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) (?:esistere|esserci) (?:piu|\+)\b",
        r"come (?:sarebbe|sia|saria) (?:(?:non|nn) (?:esistere|esserci|svegliarmi|vivere)|morire|essere mort[oa]|sparire per sempre)",
        r"(?:non|nn) (?:ci )?(?:voglio|vorrei|riesco a|posso) (?:piu |\+ )?(?:stare|restare|rimanere|vivere) "
        r"(?:al mondo|in questo mondo|su questa terra|in questa vita|qui)\b(?! (?:a |ad |in |con |da |fino|tutto|tutta|oggi|stasera|domani|dentro))",
        r"(?:non|nn) (?:vedo|vedevo|vede|trovo|trovavo|trova|c'e|ce|c'era|ha|aveva) (?:piu |\+ )?(?:il |alcun |nessun |un )?(?:senso|motivo|ragione) (?:di |per |x |a |nel |nello )?"
        r"(?:stare qui|restare qui|rimanere qui|esserci|esistere|svegliarmi|alzarmi la mattina|restare al mondo|continuare a vivere)"
        r"\b(?! (?:fino|a |ad |in |con |tutto|tutta|oggi|stasera|se |per |x |dopo))",
        fixed=True,
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:smettere|cessare) di (?:esistere|vivere|respirare)\b(?! (?:cosi|nel|in|con|per|a|da|come))",
        r"(?:a )?(?:che|cosa) (?:serve|servirebbe|mi serve|senso ha|senso avrebbe) (?:ancora )?(?:vivere|essere viv[oa]|stare al mondo|esistere|"
        r"continuare a vivere|restare al mondo|svegliarmi)\b(?! (?:a |in |da sol|con |senza (?:macchina|soldi)))",
        r"(?:perche|xke|xche|per cosa) (?:dovrei |devo )?(?:continuo|continuare) a vivere",
        r"(?:mi piacerebbe|vorrei|voglio|spero di|speravo di|sogno di|magari) (?:avere|fare|morire in) un (?:incidente|malore|infarto)\b",
        r"(?:spero|speravo|magari|vorrei) (?:che )?mi (?:capiti|capitasse|venga|venisse|succeda|succedesse|investa|investisse|prenda|prendesse) "
        r"(?:un (?:incidente|infarto|malore|tumore)|qualcosa di (?:grave|brutto|definitivo)|una malattia|una macchina|un camion|un treno)",
        r"(?:il|al|del|nel) mio (?:funerale|necrologio|epitaffio)\b",
    ),
    # perceived burdensomeness: others better, calmer, freer without me / if I were not there
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:starebbe|starebbero|sarebbe|sarebbero|vivrebbero|vivrebbe|stareste|staresti|saresti|sareste|state|stanno|stiano|siano|fossero) "
        r"(?:tutti |tutte |tutto |loro |davvero |molto |tutti quanti )?(?:molto |davvero |decisamente |finalmente )?"
        r"(?:meglio|piu (?:felici|felice|tranquill[aoie]|seren[aoie]|leggeri|leggera|liberi|libera|liber[oa]|content[aoie])|"
        r"tranquill[aoie]|sollevat[aoie]|liberi|liber[oa]) (?:\w+ )?(?:senza (?:di )?me\b|(?:se|quando) (?:io )?(?:(?:non|nn) ci fossi|morissi|sparissi|"
        r"(?:non|nn) esistessi|me ne andassi per sempre|fossi mort[oa]))",
        r"(?:sarebbe|sarebbero|starebbero|stareste|staresti|andrebbe) (?:tutto )?(?:meglio|piu facile) (?:per tutti |per loro |per voi )?"
        r"(?:se|senza) (?:io )?(?:morissi|(?:non|nn) ci fossi|fossi mort[oa]|sparissi|(?:non|nn) esistessi|di me|me)",
        r"(?:starebbe|starebbero|sarebbe) (?:tutto |il mondo |tutti )?(?:meglio|piu felice|piu felici) senza di me",
        r"senza di me (?:(?:in casa|a casa|in famiglia|qui|di sicuro|sicuramente) )?(?:starebbero|sarebbero|vivrebbero|starebbe|sarebbe|stareste|staresti) (?:tutti |tutte |tutto |loro )?(?:molto )?"
        r"(?:meglio|piu (?:felici|felice|tranquill[aoie]|seren[aoie]|leggeri|liberi))",
        r"(?:sono|sarei) solo (?:un peso|d'intralcio|un problema) (?:per|a) (?:tutti|loro|la mia famiglia|i miei)\b[^.!?\n]{0,40}\b(?:meglio|se (?:non|nn) ci fossi)",
        # the sender named by a burden's word ("starebbe più tranquilla senza questo vecchio da accompagnare
        # alle visite", round 16); someone else ("quel vecchio del piano di sopra"), a job, a dog are not
        r"(?:starebbe|starebbero|sarebbe|sarebbero|vivrebbero|vivrebbe) (?:tutti |tutte |davvero |molto )?(?:meglio|piu (?:felici|felice|tranquill[aoie]|seren[aoie]|"
        r"leggeri|leggera|legger[oa]|liberi|libera|liber[oa]|content[aoie])|tranquill[aoie]|sollevat[aoie]) senza (?:(?:questo|questa|sto|sta) "
        r"(?:vecchio|vecchia|vecchietto|vecchietta|rottame|peso|catorcio|fardello)\b(?! (?:del|della|di|dei|che abita|che sta|di sopra|di sotto)\b)|"
        r"(?:un|una|questo|questa) (?:\w+ ){1,2}?(?:come me|da (?:accudire|accompagnare|mantenere|curare|sopportare|assistere|portare in giro)))",
    ),
    # indirect ideation: get out of the way, end it, wanting to stop
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:togliermi|levarmi|togliersi|levarsi|tolgo|levo) (?:di mezzo|dai piedi|di torno)\b(?! (?:presto|dopo|prima|alle|stasera|dalla|dal|dai|da|per))"
        r"(?=[^.!?\n]{0,40}|)",
        r"(?:mi tolgo|mi levo) (?:di mezzo|dai piedi)\b(?= ?[.!]|\s*$|,| per sempre| una volta per tutte| definitivamente)",
        r"(?:pensieri|pensiero|idee|idea) (?:di |del )?(?:farla finita|morte|morire|suicidio|togliermi la vita|ammazzarmi|uccidermi)",
        r"(?:quei|quelli|questi|i soliti|gli stessi) pensieri(?:,)? (?:quelli )?(?:di |del )?(?:farla finita|morire|morte|suicidio)",
        r"(?:voglio|vorrei) (?:solo )?(?:andarmene|farla finita|chiudere (?:con tutto|qui)|mollare tutto) (?:per sempre|da questo mondo|una volta per tutte)",
    ),
    # method: heights, rails and trains, how many pills are needed, means at hand
    risk(
        "method",
        "high",
        SI,
        r"quanto ci (?:vorrebbe|vuole|metterei|metterebbe) (?:a |per )?(?:cadere|morire|volare giu|arrivare giu|schiantarmi|toccare terra|annegare)",
        r"(?:quanti piani|che altezza|quale altezza|da che altezza|da quanti piani) (?:ci )?(?:vogliono|servono|serve|ci vuole|bisogna|servirebbero|ci vorrebbero)",
        r"(?:avvicinat[oa]|avvicino|avvicinarmi|sporto|sporta|sporgo|sporgermi|sporgendomi|affacciat[oa]) (?:troppo |di piu |tanto )?"
        r"(?:ai|al|alla|alle|sui|sul|sulla|verso i|verso il|dal|dalla|oltre la|oltre il) (?:binari|binario|bordo|ringhiera|parapetto|cornicione|vuoto|treno)"
        + _LAVORO_IN_ALTO,
        r"(?:quante|quanti) ne (?:servono|ci vogliono|servirebbero|ci vorrebbero|bisogna prendere)\b(?=[^.!?\n]{0,40}\b(?:pastigli|pillol|compress|gocce|farmac|"
        r"tavor|xanax|sonnifer|tachipirin|paracetamol|medicin|en\b|per morire|per (?:non|nn) svegliarsi))",
        r"(?:vado|andro|vado a|torno|sto andando) (?:ai|sui|sul|in cima al|sulla|al) (?:binari|tetto|viadotto|scogliera|cornicione)"
        r"(?= ?[.!;]|,(?! (?:c'e|ce|ci|devo|dobbiamo|deve|devono|per|a|ad|con|che|perche|xke|insieme|il|la|lo|i|gli|le|l'|mio|mia|un|una|arriva|viene|vengono)\b)|\s*$|"
        r" (?:stanotte|stasera|adesso|ora|domani|oggi|dopo|presto|tra|fra|e (?:mi butto|la faccio finita|basta)))",
        r"(?:vado|andro|torno|sto andando) (?:al|sul|in cima al) ponte(?= ?[.!;]|\s*$|,? (?:stanotte|stasera|adesso|ora|addio|(?:non|nn) cercatemi|e (?:mi butto|la faccio finita|basta)))",
        r"(?:ho|tengo) (?:qui |gia |pronte |pronti |pronto |pronta |vicino |accanto |sul comodino |in mano )(?:tutto|tutta|tutti|tutte) (?:lo |la |il |i |le |l')?<PILLS>"
        r"(?![^.!?\n]{0,40}\b(?:viaggio|vacanza|vacanze|aereo|trasferta|valigia|borsa|weekend))",
        r"(?:prendo|ingoio|mando giu|butto giu|prendero|ingoiero|prendere|ingoiare) (?:tutta|tutte|tutti|tutto|un'intera|una intera|un intero|l'intera|l'intero) "
        r"(?:la |le |i |il |lo |l')?(?:<PILLS>|blister|flacone|boccetta|scatola|scatole|confezione|confezioni)\b"
        r"(?![^.!?\n]{0,40}\b(?:viaggio|vacanza|vacanze|valigia|con me|in borsa|trasferta|come (?:mi ha|prescritt)|prescritt|ogni|la sera|al mattino|regolarmente|vino|birra|acqua|"
        r"antibiotic|medico|dottore|dottoressa|fino alla fine|ciclo|cura|"
        r"cioccolat|biscott|caramell|cereali|gelato|patatine))",
        kind="method",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:dato|do|dare|davo|dando|tirato|tiro) (?:delle |tante |un sacco di )?(?:testate|capocciate|pugni|craniate) (?:al|contro il|contro al|sul|nel|alla|contro la|sulla) "
        r"(?:muro|porta|specchio|parete|armadio|pavimento)",
        r"(?:mi )?(?:taglio|tagliata|tagliato|graffio|brucio|ferisco) (?:di nuovo|ancora) (?:da|dal|dalla|dopo|tutti i giorni|ogni (?:sera|giorno|notte))",
        r"(?:mi sono|mi son|mi) (?:tagliuzzat[oa]|tagliuzzo|tagliuzzavo|tagliuzzare)\b",
        r"(?:tagliuzzarmi|graffiarmi a sangue|grattarmi a sangue)",
    ),
    # means gathered and plans: pills put aside, everything prepared, a place found, notes left
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:metto|mettendo|messo|mettevo|mettessi|sto mettendo|accumulo|accumulato|accumulavo|conservo|conservato|conservavo|nascondo|nascosto|nascondevo|tengo) da parte (?:le |i |delle |dei |tutte le |tutti i )?"
        r"(?:mie |miei )?<PILLS>" + _SCORTA_VIAGGIO,
        r"(?:metto|mettendo|messo) (?:le |i )?(?:mie |miei )?<PILLS> da parte" + _SCORTA_VIAGGIO,
        r"quant[ei] ne (?:servono|ci vogliono|servirebbero)[^\n]{0,80}?\bne ho (?:abbastanza|a sufficienza|piu che abbastanza)",
        r"(?:ho|avevo) (?:gia )?(?:preparato|sistemato|organizzato) tutto\b(?! (?:per|x) (?:la|il|i|le|domani|stasera|la festa|il viaggio))"
        r"(?=[^\n]{0,60}\b(?:pastigli|pillol|compress|gocce|farmac|corda|cappio|lamett))",
        r"(?:trovato|scelto|individuato) (?:il |un |lo |quel )?(?:posto|luogo|punto|ponte|palazzo) (?:\w+ )?(?:dove|in cui|da cui) "
        r"(?:farlo|farla finita|morire|buttarmi|lanciarmi|ammazzarmi|uccidermi|nessuno mi (?:trova|vede|trovera))",
        r"(?:ho deciso|e deciso|ho preso la decisione)(?:,|\.)? (?:lo faccio|la faccio finita|(?:stanotte|stasera|domani) (?:lo faccio|la faccio finita|e la volta buona))",
    ),
    risk(
        "farewell_note",
        "high",
        SI,
        r"(?:ho lasciato|lasciato|lascio|ho messo|messo) (?:il |la |le |i )(?:biglietto|biglietti|lettera|lettere) "
        r"(?:sul|sulla|sui|sulle|nel|nella|sotto|accanto|vicino|per (?:mia|mio|i miei|le mie|tutti|"
        # a letter for mum left on the table (round 14)
        r"mamma|papa|babbo|mammina|nonna|nonno|i ragazzi|i bambini|i figli|le ragazze|le bambine))\b(?! (?:del|della|dei|x il|per il|aereo|treno|concerto))"
        # ... a letter of the post or for an errand, the sender back for dinner (round 14)
        r"(?![^.!?\n]{0,60}\b(?:bollett\w*|banca|postino|raccomandat\w*|multa|condominio|amministratore|firm\w*|"
        r"(?:torno|rientro|sono di ritorno) (?:per cena|per pranzo|alle|stasera alle|dopo il lavoro|tra un'ora|fra un'ora))\b)",
        # "ho scritto tutto nella lettera, è sulla scrivania" (round 14)
        r"(?:ho scritto|ho spiegato|ho detto|c'e scritto) tutto (?:nella|nel|in una|in un|sulla) (?:lettera|biglietto|lettere|biglietti)\b"
        r"(?! (?:di (?:presentazione|motivazione|dimissioni|reclamo)|per (?:il|la) (?:colloquio|lavoro|banca|comune|scuola|preside|avvocato|giudice)|"
        r"al (?:comune|giudice|preside|proprietario|padrone|condominio)|motivazionale))",
        r"(?:ho scritto|scritto|scrivo|sto scrivendo) (?:le |delle |una |la )?(?:lettere|lettera|biglietti|biglietto) (?:per|a|ai|alla|al|agli|alle) "
        r"(?:mia|mio|miei|mie|tutti|i miei|le mie|la mia|il mio)\b(?=[^\n]{0,120}\b(?:domani|stanotte|stasera|binari|ponte|pastigli|corda|addio|"
        r"quando (?:non|nn) ci saro|e ora|basta))",
    ),
    # weak farewells: count only next to another current cue (moderate or more)
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:e|e arrivata) (?:l'ora|ora|il momento)(?= ?[.!]|\s*$)",
        r"(?:stasera|stanotte|oggi|adesso|ora|da stanotte) basta(?= ?[.!]|\s*$| (?:con tutto|per sempre|davvero))",
        r"(?:ci siamo|e finita|basta cosi)(?= ?[.!]|\s*$)",
        r"(?:dite|dica|dici|ditelo) (?:ai miei|a mia madre|a mio padre|a mia sorella|a mio fratello|alla mia famiglia) che (?:mi dispiace|li amo|le voglio bene|gli voglio bene)",
        r"(?:non|nn) (?:cercatemi|mi cercate|mi cercare|mi cerchi|venite a cercarmi)\b",
        r"(?:tanto )?(?:presto )?(?:non|nn) mi (?:serviranno|servira|servirebbero) piu\b",
        kind="farewell",
    ),
    # overdose or injury already taken
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:preso|prese|ingoiato|ingoiate|mandato giu|buttato giu|inghiottito) (?:le |i |delle |dei |un po' di |un sacco di |parecchie |tante |troppe )?"
        r"(?:\w+ ){0,3}?<PILLS>\b[^.!?\n]{0,40}?(?:(?:non|nn) so (?:nemmeno |neanche )?quant[ei]|(?:non|nn) le ho contate|(?:non|nn) ricordo quant[ei])",
        r"(?:ho preso|preso|ho ingoiato|ingoiato|ho mandato giu|ho buttato giu|ho inghiottito) (?:appena )?(?:\d+|venti|trenta|quaranta|cinquanta|dieci|quindici) "
        r"(?:gocce|pastiglie|pillole|compresse) (?:di )?(?:\w+ )?(?:e|piu|con|insieme a) (?:tutto|tutta|tutte|tutti|un intero|una intera|l'intero|l'intera|mezzo|mezza)",
    ),
    risk(
        "act_taken",
        "imminent",
        SH,
        r"(?:il )?sangue (?:non|nn) (?:si ferma|smette|si vuole fermare|vuole smettere|si e fermato|si blocca)",
        r"(?:ho tagliato|tagliato|tagliata|mi sono tagliat[oa]) troppo\b(?! (?:corti|corto|poco|i capelli|la frangia))"
        # an object cut back too far: the hedge, the lawn, the roses (round 14: "ho tagliato troppo la
        # siepe"); a part of the body stays
        r"(?! (?:(?:il|lo|la|i|gli|le|l') ?|(?:dell'|della|del) )(?!(?:polso|polsi|braccio|braccia|avambracci\w*|coscia|cosce|gamba|gambe|"
        r"pelle|pancia|vena|vene|fianco|fianchi|caviglia|caviglie)\b)[a-z])",
        r"(?:perdo|sto perdendo|ho perso) (?:tanto|molto|troppo) sangue",
    ),
    # intent in the present with a time, in either order
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|oggi|adesso|ora|domani|tra poco|fra poco|dopo) (?:mi )?(?:prendo|ingoio|butto giu|mando giu|prendero|ingoiero) "
        r"(?:tutta|tutte|tutti|tutto|un'intera|una intera|un intero|l'intera|l'intero) (?:la |le |i |il |lo |l')?(?:<PILLS>|blister|flacone|boccetta|scatola|confezione)"
        r"\b(?! (?:di|del|della|dei|delle) (?:vino|birra|acqua|cioccolat\w*|biscotti|caramelle|cereali|gelato|patatine))"
        r"(?![^.!?\n]{0,40}\b(?:prescritt|che mi ha (?:dato|detto|prescritto)|come (?:mi ha|da|prescritto)|viaggio|vacanz|valigia|con me))",
        r"(?:stasera|stanotte|oggi|adesso|ora|domani) (?:faccio|fare|faro) (?:una |la |qualche )?(?:sciocchezza|cazzata|stupidaggine|follia|pazzia)",
        r"(?:prima o poi|un giorno di questi|uno di questi giorni) (?:mi ammazzo|mi uccido|la faccio finita|mi butto|lo faccio)\b"
        r"(?! (?:di|dal|dalle|dalla|col|con (?:tutte|queste|sto|sti|ste|il lavoro|la palestra)|con questo))",
    ),
    # hopelessness and cannot cope: how long I can go on, no way out, nothing goes right
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) so (?:quanto|per quanto|fino a quando) (?:ancora )?(?:posso|potro|riesco a|riusciro a|reggo|reggero|resisto|resistero|ce la faccio)"
        r"(?: ancora)?(?: (?:andare avanti|reggere|resistere|farcela|continuare))?",
        r"(?:non|nn) c'?e (?:altra|un'altra|nessun'altra) (?:via d'uscita|via di uscita|via|soluzione|scelta)",
        r"(?:non|nn) (?:c'e|ce) (?:niente|nulla) che (?:vada|va|andra) (?:bene|per il verso giusto)",
        r"(?:tutto|ogni cosa|qualsiasi cosa|qualunque cosa) (?:faccio |io faccia )?(?:va|andra|mi va|e andat[oa]) (?:storto|storta|male)",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:scolo|scolato|scolata|scolarmi|mi scolo|mi sono scolat[oa]|faccio fuori|fatto fuori) (?:una |un'intera |mezza |due |tre |un'altra |tutta la )?"
        r"(?:bottiglia|bottiglie|cassa|birre|vodka|vino|whisky)",
        r"(?:una canna dopo l'altra|un drink dopo l'altro|una birra dopo l'altra|un bicchiere dopo l'altro)",
        r"(?:mi sono fatt[oa]|mi faccio|ho tirato|tiro|sniffato|sniffo) (?:una |due |tre |qualche |un paio di )?(?:righe|riga|striscia|strisce|botta|pista|piste)(?: (?:di )?(?:coca|cocaina|bamba))?",
        r"(?:bevo|bevuto|bere|bevendo) (?:\w+ ){0,3}?(?:finche|fino a) (?:non |nn )?(?:crollo|crollare|svengo|svenire|dormo|addormentarmi|mi addormento|perdo)",
        r"(?:ho preso|preso|presa|prendo) (?:\w+ )?(?:due|tre|quattro|cinque|\d+) <PILLS> (?:invece di|anziche|al posto di) (?:uno|una|mezza|mezzo|\w+)",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) mi (?:alzo|alzavo|sono alzat[oa]) (?:piu )?dal letto (?:da|per|tutto|tutta|oggi|ieri|neanche|nemmeno)",
        r"(?:non|nn) (?:esco|sono uscit[oa]) (?:piu )?(?:da|di) casa (?:da|per|tutto|tutta)",
        r"(?:non|nn) riesco (?:neanche |nemmeno |piu )?(?:a|ad) (?:uscire|alzarmi|vestirmi|lavarmi|mangiare)\b"
        # (stuck where a panic attack caught the sender: the panic's, round 16)
        r"(?!(?<=uscire)(?! (?:di casa|da casa|dal letto|dalla camera|dalla stanza))[^.!?\n]{0,60}\b(?:mi tremano|tremo|tremano|il cuore (?:mi )?(?:va|batte)|"
        r"respir\w*|panico|soffoc\w*|mi gira la testa|attacco)\b)"
        # (out of work before a time, in time for something: a timetable, dev leftover 2026-11-27)
        r"(?!(?<=uscire) (?:(?:dall'ufficio|dal lavoro|da lavoro|dall'universita|da scuola|dalla riunione|dal turno|dal negozio|dallo studio) )?"
        r"(?:prima (?:delle|di|del|dell'|dello)|entro (?:le|l'|il)|in tempo|in orario|fino alle|dopo le|presto|alle \d|alle (?:sei|sette|otto|nove|dieci|cinque|quattro)\b))",
        r"(?:ho spento|spento|tengo spento|ho staccato) (?:il )?(?:telefono|cellulare)",
        r"(?:non|nn) (?:mangio|dormo) (?:e|ne) (?:non |nn )?(?:dormo|mangio|mi lavo)",
        r"(?:non|nn) (?:rispondo|rispondo piu|ho risposto) (?:piu )?a nessuno",
    ),
    # reported or imagined everyday scenes that share the risk words
    idiom(
        "idiom_die",
        r"(?:non|nn) svegliarmi (?:prima (?:di|delle|dell')|presto|tardi|alle \d|all'alba|troppo presto|in tempo|col|con la sveglia)",
        # no more worrying about me because I am leaving for a study year, a job, a new city: "non dovrà
        # più preoccuparsi per me: parto per Lisbona con l'Erasmus!" (unless the trip has no return)
        _NON_PREOCCUPARTI + r"[:,;.!]* " + _PARTENZA,
        # away from a place or an event: "vorrei solo nn esserci + in ufficio / al lavoro domani"
        r"(?:non|nn) esserci (?:piu |\+ )?(?:(?:domani|stasera|oggi|sabato|domenica|lunedi) )?(?:in|a|al|alla|allo|ai|alle|agli|all')\s?"
        r"(?:ufficio|lavoro|palestra|scuola|universita|lezione|riunion[ei]|cen[ae]|pranz[oi]|fest[ae]|matrimonio|turno|cantiere|"
        r"negozio|call|calcetto|corso|esame|compleanno|consiglio|assemblea|colloquio|trasloco|quelle cene|quella festa|quel pranzo)\b",
        # a week to sleep through: "dormire e non svegliarmi più fino a lunedì" (a date, not death)
        r"(?:non|nn) (?:ri)?svegliar(?:mi|ci|si|ti) (?:piu |\+ |mai piu |per niente )?(?:fino|fin|sino) (?:a|al|alla|alle|allo|all'|a dopo)\s?"
        r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|domani|dopodomani|stasera|mezzogiorno|pranzo|cena|"
        r"weekend|week end|fine settimana|fine mese|fine (?:degli )?esami|natale|pasqua|capodanno|primavera|estate|ferie|vacanze|"
        r"settimana prossima|prossima settimana|mese prossimo|\d+|dieci|undici|tardi|pomeriggio|sera|fine del trasloco|consegna)\b",
        r"(?:sparire|scomparire) (?:per sempre )?(?:(?:dal|dalla|dai|dalle|dallo|dagli|da) |dall')"
        r"(?!(?:questo |sto |questa |sta )?(?:mondo|vita|terra|faccia|esistenza)|qui|tutt)\w+",
        r"(?:sto|sta|stiamo|stanno|sono) (?:morendo|mort[oa]) (?:di|dal|dalla|dalle) (?:fame|sete|caldo|freddo|sonno|noia|stanchezza|fatica|risate|ridere)",
        r"(?:mi ha fatto|mi fa|mi fanno|ci ha fatto) (?:morire|schiattare|crepare) (?:dal ridere|dalle risate)",
    ),
    idiom(
        "idiom_die",
        # hyperbole about food or drink: "se mangio ancora una lasagna muoio"
        r"se (?:mangio|bevo|assaggio) (?:ancora |un'altra |un altro |altr[aoie] )?[^.!?\n]{0,40}?(?:muoio|schiatto|crepo|esplodo)\b",
    ),
    idiom(
        "idiom_kill",
        r"(?:mi ammazzo|mi uccido|ci ammazziamo) con (?:tutte |tutti )?(?:queste|questi|sti|ste|sto|sta|questo|questa) "
        r"(?!(?:pastigl|pillol|farmac|gocce|lamett|medicin|sonnifer|tavor|xanax))\w+",
        r"(?:ammazzarmi|ammazzarsi|ammazzarci|uccidermi|ammazzo|ammazzi|ammazziamo|ammazzerei|ammazzero|mi ammazzo|ci ammazziamo) "
        r"(?:di|dal|dalla|dalle|dai) (?!(?:pastigl|pillol|farmac|gocce|medicin|sonnifer|tavor|xanax|botte))\w+",
        r"(?:mi sono|mi son|ci siamo) (?:ammazzat[oaie]|uccis[oaie]) (?:dalle risate|dal ridere|di risate|di lavoro|di fatica|in palestra)",
        r"ti (?:ammazzo|uccido|ammazzerò|ammazzero|strozzo) se\b",
        r"(?:mi|ci|ti) (?:ha|hanno) (?:ammazzat[oa]|uccis[oa]|distrutt[oa]) (?:la sveglia|il traffico|il lavoro|la giornata|il capo)",
        r"(?:la sveglia|il traffico|il capo|il lavoro|la riunione|questa giornata) (?:mi )?(?:ha|hanno) (?:ammazzat[oa]|uccis[oa])",
        r"(?:mi sparo|mi sparero|spararmi|mi sono sparat[oa]) (?:tutta|tutto|tutte|tutti|una|un|la|il|le|i|l'|due|tre|sei|\d+) "
        r"(?:la |le |il |i )?(?:stagione|stagioni|serie|puntate|episodi|film|maratona|saga|partite|concerto|album)",
    ),
    idiom(
        "idiom_harm",
        r"mi (?:sono |son )?(?:tagliat[oa] |taglio |tagliato |tagliero |accorcio |accorciat[oa] )?(?:di nuovo |ancora |da sol[oa] |un po' |un po )+"
        r"(?:i capelli|la frangia|le unghie|la barba|le punte)",
        r"(?:mi sono|mi son) (?:fatt[oa]|tagliat[oa]|ferit[oa]) (?:male )?(?:con (?:le forbici|il coltello|il pane|la carta) )?(?:tagliando|cucinando|giocando|correndo|cadendo|sciando|"
        r"in palestra|a calcio|a pallavolo|al ginocchio|alla caviglia|alla schiena|al polso|alla mano|per sbaglio)",
        r"(?:mi sono|mi son) fatt[oa] male (?:con|al|alla|a|in|giocando|cadendo|correndo)\b[^.!?\n]{0,60}?\b(?:tagliando|cucinando|per sbaglio|niente di grave|pane|partita|cadut[oa])",
        r"(?:prevenzione|rischio|tasso|tassi|casi|epidemia|campagna|giornata|numeri) (?:del |dei |delle |della |degli |di |contro il |contro le |sul |sulle |sulla )?"
        r"(?:suicidio|suicidi|autolesionismo|overdose)",
        r"(?:mi butto|buttarmi) (?:sul divano|sul letto|a letto|nel lavoro|nello studio|in piscina|in acqua|sulla pizza)",
        r"(?:dato|do|dare|regalato|regalo|regalare|regalando|portato|donato|dono|donare|dando) (?:via )?(?:\w+ ){0,4}?"
        r"(?:vestiti|libri|mobili|giochi|scarpe|cose|roba|oggetti)\b[^.!?\n]{0,40}\b(?:caritas|parrocchia|beneficenza|mercatino|armadio|spazio|usato|"
        r"associazione|croce rossa|canile|vicin[ie])",
    ),
]

RULES += [
    # thinking of dying, in any word order ("ci penso tutti i giorni a morire"), jumping
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:ci penso|ci ho pensato|ci pensavo|ci sto pensando|penso|pensato|pensando) (?:\w+ ){0,4}?(?:di|a) (?:morire|farla finita|uccidermi|ammazzarmi|"
        r"togliermi la vita|suicidarmi|impiccarmi|buttarmi|lanciarmi|spararmi|avvelenarmi|tagliarmi le vene|saltare)\b(?! (?:di|dal ridere|dalle risate|dalla))",
        r"(?:pensato|penso|pensando|pensavo|voglia|tentazione) di saltare(?= ?[.!,]|\s*$| giu| di sotto| nel vuoto| dal| dalla| dall')",
        r"(?:sono|mi sento|sarei) (?:solo |proprio )?di troppo (?:in questo mondo|al mondo|su questa terra|ovunque|dappertutto)",
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:saltare|saltar|salto|saltato|lanciarmi|buttarmi|gettarmi) (?:giu )?(?:dal|dalla|dall'|da un|da una|nel) ?"
        r"(?:balcone|finestra|ponte|tetto|terrazzo|terrazza|palazzo|viadotto|scogliera|cornicione|vuoto|sesto|quinto|settimo|ottavo|decimo)",
        kind="method",
    ),
    # wish to be dead carried by a negation
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) (?:fossi|fosse|essere|esser|sono) mai nat[oa]",
        r"(?:non|nn) mi (?:interessa|importa|va) (?:piu |\+ )?(?:di )?(?:vivere|stare al mondo|restare al mondo|esistere|svegliarmi)"
        r"\b(?! (?:a |in |con |da |nel |nella |insieme|qui|li|la ))",
        fixed=True,
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:finisca|finisse|finire|finira) tutto,? per sempre",
    ),
    risk(
        "burden",
        "moderate",
        (),
        r"(?:sono|mi sento) (?:solo |proprio )?di troppo(?= ?[.!,]|\s*$| per tutti| qui)",
    ),
    # a suicidal act already attempted (recent: past only with a past marker)
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho tentato|ho provato|ho cercato|tentato|provato) (?:di |a )(?:uccidermi|ammazzarmi|farla finita|impiccarmi|suicidarmi|togliermi la vita|"
        r"buttarmi|avvelenarmi|tagliarmi le vene|annegarmi|soffocarmi|spararmi)",
        r"(?:ho tentato|tentato) (?:il |un |di nuovo il )?suicidio",
        r"(?:ho preso|preso|ho ingoiato|ingoiato|ho mandato giu|mandato giu|ho buttato giu|mi sono pres[oa]) (?:tutto|tutta) (?:il |lo |la |l')?(?:mio |mia )?<PILLS>\b",
        r"(?:ho ingoiato|ingoiato|ho mandato giu|mandato giu|ho buttato giu|buttato giu|ho inghiottito|ho preso|preso) (?:due|tre|quattro|cinque|\d+|un paio di) "
        r"(?:scatol[ae]|confezion[ei]|flacon[ei]|blister|boccett[ae]) (?:di |del |della |dei |delle )?(?:mie |miei )?(?:<PILLS>|sonniferi)\b"
        r"(?![^.!?\n]{0,30}\b(?:in farmacia|dalla farmacia|per (?:l'inverno|la scorta|casa|mia madre|mio padre)|di scorta))",
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:e |poi |cosi |adesso |ora |allora |e poi )la faccio finita\b(?! (?:con|di)\b)",
        r"la faccio finita(?= ?[.!]|\s*$)",
    ),
    idiom(
        "idiom_kill",
        r"(?:che palle|che noia|che strazio|che pizza|che barba|uffa)\b[^.!?\n]{0,50}?\bmi (?:sparo|ammazzo|uccido|butto)\b",
        r"la chiudo (?:\w+ ){0,2}con\b",
    ),
    idiom(
        "idiom_harm",
        r"(?:mi sono|mi son) (?:tagliat[oa]|bruciat[oa]|ferit[oa]) (?:col|con il|con la|con l') ?(?:coltello (?:del pane|da cucina|mentre)|grattugia|forno|pentola|olio|ferro|"
        r"carta|apriscatole|mandolina)",
    ),
]

RULES += [
    # moderate: hopelessness, cannot cope, withdrawal, substance use, panic (more inflections)
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) ho (?:piu |\+ )?(?:speranze|nessuna speranza|alcuna speranza)",
        r"(?:ho paura|temo|paura) di (?:(?:non|nn) (?:uscirne|riprendermi|guarire|tornare come prima)|restare cosi per sempre)",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) mi (?:alzo|sono alzat[oa]|alzero) (?:piu|\+) dal letto",
        r"(?:non|nn) (?:rispondo|ho risposto|rispondo piu) (?:piu )?(?:ai messaggi|alle chiamate|alle telefonate|a nessun messaggio)",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:fumato|fumat[oa]|mi fumo|fumo|fumare|fumando) (?:\w+ )?(?:canne|canna|spinell[oi]|joint)\b",
        r"(?:sfondat[oa]|sfondarmi|sfondo|mi sfondo|mi sono sfondat[oa]|distrutt[oa]|devastat[oa]) (?:di )?(?:alcol|alcool|vino|birra|vodka|canne|droga|coca)",
        r"(?:piu|troppo|troppe|troppi) <PILLS> (?:del dovuto|del previsto|di quanto (?:dovrei|mi ha detto|prescritto|mi hanno prescritto)|di quelle prescritte|del prescritto)",
    ),
    risk(
        "panic",
        "moderate",
        (),
        r"(?:in pieno|sto avendo un|ho un|sto avendo|nel mezzo di un|sono in preda a un) attacco di panico\b(?! (?:ieri|la settimana|l'altro|stamattina))",
    ),
    idiom(
        "idiom_cope",
        r"(?:non|nn) (?:mi alzo|esco|mi sveglio) (?:mai )?(?:dal letto |di casa )?(?:prima (?:delle|di|dell')|dopo le|la domenica|il weekend|nel weekend|quando piove)",
        r"(?:a letto|in casa|chius[oa] in casa|in camera) (?:con|per) (?:la febbre|l'influenza|il covid|il raffreddore|mal di|la tosse|un virus|la bronchite|"
        r"l'otite|la gastro|la schiena)",
        r"(?:spento|spengo|staccato|silenziato) (?:il )?(?:telefono|cellulare) (?:per|x|durante|al|alla) (?:il |la |lo |l')?(?:concerto|cinema|film|teatro|riunione|"
        r"esame|seduta|lezione|volo|aereo|messa|funerale|matrimonio|spettacolo|colloquio)",
    ),
]

RULES += [
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:si sono|sono) (?:stancati|stufati|stufi|stanchi) (?:tutti |tutte )?di me",
    ),
]

RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:perche|xke|xche) (?:non|nn) (?:posso|potrei|riesco a) (?:semplicemente |solo |solamente )?(?:morire|sparire per sempre|addormentarmi per sempre|"
        r"smettere di esistere|(?:non|nn) svegliarmi piu)",
        r"(?:non|nn) ho (?:piu|\+) (?:voglia|la forza|motivo|motivi) (?:di|per) (?:vivere|esistere|svegliarmi|stare al mondo)",
        r"(?:non|nn) (?:sopporto|reggo|tollero) (?:piu |\+ )?(?:di |il )?(?:vivere|essere viv[oa]|esistere|stare al mondo)",
        r"(?:altra|unica|sola|nessun'altra) (?:soluzione|via|uscita|scelta) (?:che|se non|oltre a|tranne) (?:morire|farla finita|uccidermi|ammazzarmi|"
        r"togliermi la vita|sparire)",
        fixed=True,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:fare|faro|faccio|farei|potrei fare) (?:qualcosa|una cosa|un gesto) (?:di )?(?:irreparabile|stupido|grave|estremo|definitivo|di cui pentirmi)",
        r"(?:voglio|vorrei|devo|meglio|ho deciso di|sto per|penso di|pensando di|voglia di|potrei) finirla\b"
        r"(?! (?:con|di|qui con|presto|entro|prima|in fretta|sta|sto|questa|questo))",
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:ho|tengo) (?:le |i |una scatola di |un flacone di |tutte le |tutti i )?(?:mie |miei )?<PILLS> (?:in mano|davanti a me|sul letto|qui davanti)",
        r"(?:ho|tengo) in mano (?:le |i |una scatola di |un flacone di |tutte le |tutti i |la |il )?(?:<PILLS>|lametta|lamette|corda|coltello|rasoio)",
        r"(?:guardo|guardando|guardavo|fisso|fissando|fissavo|ho guardato) (?:giu|di sotto|il vuoto|nel vuoto) (?:dal|dalla|dall'|da) ?"
        r"(?:balcone|finestra|ponte|tetto|terrazzo|cornicione|viadotto|parapetto|ringhiera)",
        r"(?:sul|sulla|in cima al|in cima alla) (?:balcone|terrazzo|tetto|ponte|cornicione|parapetto|davanzale|ringhiera|viadotto) e (?:guardo|fisso|sto guardando) "
        r"(?:giu|di sotto|il vuoto|nel vuoto)",
        kind="method",
    ),
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:comprato|comprata|procurato|procurata|preso|presa|messo da parte|trovato) (?:dei |delle |le |i |il |la |lo |un |una |una scatola di |un flacone di |abbastanza )?"
        r"(?:<PILLS>|corda|lamette|veleno|una pistola|la pistola|carbonella) (?:per|x) (?:farla finita|morire|uccidermi|ammazzarmi|togliermi la vita|quando sara il momento)",
    ),
    risk(
        "low_mood",
        "low",
        (),
        r"(?:mi sento|sentirmi|mi sentivo) (?:morire|mort[oa]) dentro",
    ),
]

RULES += [
    idiom(
        "idiom_harm",
        # an overdose mentioned (first aid, a class), medicines taken as prescribed, paper cuts
        r"(?:in caso di|caso di|casi di|sintomi (?:di|dell'|da)|rischio di|rischi di|antidoto|prevenire|prevenzione|corso|morti per|morto per|morta per|"
        r"morto di|morta di|cosa fare con) (?:un'|una |un |l')?overdose",
        r"(?:preso|prendo|presa|ho preso) (?:tutte le|tutti i|le|i|la|il) (?:mie |miei )?<PILLS> (?:che mi (?:ha|hanno) (?:prescritto|dato|detto)|come (?:mi ha|da|prescritto)|"
        r"prescritt|regolarmente|ogni (?:giorno|sera|mattina)|la sera|al mattino)",
        r"(?:mi sono|mi son) (?:tagliat[oa]|ferit[oa]) (?:con|col) (?:un foglio|la carta|un vetro|il vetro|un bicchiere|una lattina|una scatoletta)",
        r"(?:mi sono|mi son) (?:tagliat[oa]|ferit[oa]|bruciat[oa]) (?:aprendo|tagliando|pelando|affettando|cucinando|stirando)",
        r"(?:sul|sullo|sui|del|dei) (?:suicidio|suicidi|autolesionismo) (?:nella|nel|nei|negli|tra|in|giovanile|adolescenziale|degli)",
    ),
    idiom(
        "idiom_die",
        r"(?:preferirei|preferisco|meglio) morire (?:piuttosto )?che (?!vivere|continuare|andare avanti|tornare|restare|stare cosi|soffrire|sentirmi)\w+",
        r"(?:dormire|restare a letto) (?:per sempre|fino a mezzogiorno|tutto il giorno) (?:stamattina|oggi|domani|domenica|nel weekend|questo weekend|sotto il piumone)",
    ),
]

RULES += [
    # fourth round (fresh paraphrases): wishes, methods, self-harm marks, acts taken, farewells
    risk(
        "wish_dead",
        "high",
        SI,
        r"chiudere gli occhi (?:per sempre|e basta per sempre)",
        r"(?:sarebbe|e|sarebbe stato) (?:cosi |davvero |proprio )?(?:bello|bellissimo|meglio|un sollievo|una liberazione|una pace) (?:non|nn) "
        r"(?:svegliarsi|svegliarmi|risvegliarmi|esserci piu|esistere|essere mai nat[oa])",
        r"(?:non|nn) mi (?:svegliassi|risvegliassi)(?: piu)?\b(?! (?:in tempo|presto|alle|prima|con la sveglia))",
        r"(?:sogno|sognavo|vorrei|voglio|desidero|spero) (?:spesso |sempre |tanto |solo |ogni tanto |di continuo )?di (?:non|nn) (?:esistere|esserci piu|svegliarmi piu|esserci)",
        r"(?:la morte|morire) (?:non|nn) mi fa (?:piu )?paura,? (?:anzi|la desidero|la cerco|quasi la desidero|mi attira)",
        r"(?:la morte|morire) mi (?:attira|chiama|sembra dolce|sembra una liberazione|sembra un sollievo)",
        r"(?:farmi|mi faccio|mi farei|essere|venire) (?:investire|investit[oa]|travolgere|travolt[oa]|mettere sotto|mess[oa] sotto) (?:da|dal|dalla|da un|da una)",
        fixed=True,
    ),
    risk(
        "method",
        "high",
        SI,
        r"(?:modo|modi|metodo|metodi|maniera) (?:piu |meno )?(?:veloce |veloci |indolore |indolori |sicuro |sicuri |rapido |rapidi |semplice |facile )?"
        r"(?:per|di) (?:morire|uccidermi|ammazzarmi|farla finita|suicidarmi|togliermi la vita|uccidersi|ammazzarsi)",
        r"(?:ponte|palazzo|tetto|viadotto|balcone|terrazzo|torre|parcheggio|cavalcavia) [^.!?\n]{0,60}?(?:per vedere|per capire|per controllare|per misurare) "
        r"quanto (?:e|fosse|sia) alt[oa]",
        r"(?:ho|tengo|trovato|preso|comprato) (?:la|una|il|un) (?:pistola|fucile|revolver)\b"
        r"(?! (?:ad acqua|giocattolo|a spruzzo|finta|softair|laser|per (?:mio|mia) (?:figli|nipot)\w*|della playstation|nel videogioco))",
        kind="method",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:bruciato|bruciata|bruciare|brucio|graffiato|graffiata|graffiare|tagliato|tagliata|tagliare|inciso|incisa) (?:di nuovo |ancora )?(?:la pelle|le braccia|i polsi|il braccio|"
        r"il polso|le cosce|la coscia|la pancia) (?:con|col) (?:l'accendino|la sigaretta|il rasoio|la lametta|le forbici|un coltello|il coltello|una lametta|le unghie|"
        r"il ferro|un ago|la punta)",
        r"(?:segni|tagli|ferite|bruciature) (?:dei tagli |delle bruciature |delle ferite )?(?:di ieri|di stanotte|di stasera|di stamattina|di questa notte|dell'altra sera|"
        r"dell'altra notte|di ieri sera)",
        r"(?:mi sono|mi son) (?:mors[oa]|graffiat[oa]|pizzicat[oa]) (?:il braccio|le braccia|la mano|le mani|la pelle|le gambe) (?:fino a|a sangue)",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho ingurgitato|ingurgitato|ho trangugiato|trangugiato|ho inghiottito|inghiottito|ho ingerito|ingerito) (?:appena )?<QTY> (?:le |i |di |delle |dei )?(?:mie |miei )?<PILLS>",
        r"le ho (?:gia|appena) (?:prese|ingoiate|mandate giu|buttate giu|inghiottite)\b[ .,!]{0,4}tutte",
        r"(?:preso|ingoiato|mandato giu|buttato giu|inghiottito|ingerito) (?:meta|mezza|mezzo|un terzo|parte|piu di meta) (?:della|del|di una|di un|dello) "
        r"(?:scatola|confezione|flacone|blister|boccetta)\b(?! (?:di|del|della|dei|delle) (?:biscotti|cioccolat\w*|caramelle|cereali|gelato|patatine|vino|birra))",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:e|sara) l'ultima volta che (?:le|ti|vi) (?:scrivo|scrivero|parlo|sento)",
        r"(?:scritto|mandato|mandata|scritta) (?:a tutti )?(?:un messaggio|una lettera|un biglietto|due righe) (?:a tutti )?(?:per|x) salutar(?:li|le|vi|ti|la)",
        r"(?:stasera|stanotte|oggi) chiudo(?= ?[.!]|\s*$)",
        kind="farewell",
    ),
    idiom(
        "idiom_harm",
        r"overdose (?:da|di) (?:\w+ )?(?:sono|e|possono|causano|provocano|fanno)\b",
        r"(?:corda|corde|cappio) (?:per|x) (?:l'altalena|la tenda|il bucato|stendere|arrampicata|arrampicare|la barca|il cane|saltare|la palestra|il campeggio|"
        r"legare|il trasloco|i pacchi|il giardino|l'amaca)",
        r"(?:lametta|lamette|rasoio|rasoi) (?:\w+ )?(?:per|x) (?:depilarmi|depilare|radermi|la barba|le gambe|le ascelle|il viso|la depilazione)",
    ),
]

RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) (?:c'e|ce|ho|c'era|avevo) (?:piu |\+ )?(?:niente|nulla|nessuno|nessun motivo|nessuna ragione) (?:per|x) (?:cui|il quale) "
        r"(?:vivere|valga la pena (?:di )?vivere|andare avanti|restare|svegliarmi)",
        r"(?:preferirebbe|preferirei|preferisco|preferiva|preferivo) morire (?:piuttosto )?che (?:vivere|continuare|andare avanti|stare cosi|soffrire)",
        fixed=True,
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi|me) (?:sono|so|sn|son) (?:fatt[oaie]|tagliat[oaie]|bruciat[oaie]) (?:di nuovo|ancora|di novo) (?:male|del male)\b"
        r"(?! (?:a|al|alla|alle|ai|agli|allo|giocando|correndo|cadendo|in|con (?:la|il) (?:bici|moto|pallone)))",
        r"(?:mi|me) (?:so|sn|son) (?:di nuovo |ancora |di novo )?(?:tagliat[oaie]|bruciat[oaie]|ferit[oaie]) (?:di novo|di nuovo|ancora)\b",
    ),
]

# ------------------------------------------------- fifth round (families behind the blind-2 misses)
# medicines by brand or substance name, as patients write them
# pills counted for a trip, told in the next clause ("le ho contate stasera: sono 30, domenica parto
# per Lisbona", round 12): the supply for the journey; a departure with no return is not
_PER_IL_VIAGGIO = (
    r"(?![^\n]{0,80}\b(?:valigia|trolley|parto per(?! sempre)|partiamo per(?! sempre)|parto (?:domani|domenica|sabato|lunedi|stasera) per|partenza|"
    r"in aereo|il volo|in viaggio|trasferta|erasmus)\b(?![^\n]{0,40}\b(?:non torno|per sempre|addio)))"
)
_FARMACI = (
    r"(?:<PILLS>|zoloft|sertralina|efexor|venlafaxina|cipralex|escitalopram|citalopram|elopram|seropram|daparox|paroxetina|"
    r"sereupin|fluoxetina|fluoxetine|entact|trittico|trazodone|seroquel|quetiapina|depakin|stilnox|zolpidem|valium|diazepam|"
    r"lorazepam|alprazolam|lyrica|dalmadorm|tranquillanti|calmanti|antidolorifici|benzodiazepine|benzo|aspirine?|"
    r"tachipirine|oki|brufen|ibuprofene|pasticche|pastiglie per dormire|pillole per dormire|gocce per dormire)"
)
# a quantity that is not an ordinary dose
_TANTE = (
    r"(?:[1-9]\d+|dieci|dodici|quindici|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta|cento|"
    r"tutt[ei](?: le| i| quant[ei])?|troppe|troppi|una scatola(?: intera)? di|un'intera scatola di|mezza scatola di|"
    r"due scatole di|un blister(?: intero)? di|un flacone(?: intero)? di|mezzo flacone di|una boccetta(?: intera)? di|un sacco di)"
)

RULES += [
    # an overdose taken, with the medicine's brand or substance name ("ho ingoiato 20 zoloft")
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho ingoiato|ingoiato|ho preso|preso|ho mandato giu|mandato giu|ho buttato giu|buttato giu|ho inghiottito|inghiottito|"
        r"ho ingerito|ingerito|ha ingoiato|ha preso|ha mandato giu|ha buttato giu|ha inghiottito|ha ingerito|mi sono pres[oa]|si e pres[oa]) "
        r"(?:appena |tipo |circa |almeno |piu di |quasi |apposta |di proposito )?"
        + _TANTE
        + r" (?:di |delle |dei |le |i )?(?:mie |miei |sue |suoi )?"
        + _FARMACI
        + r"\b",
        # taken on purpose ("ha preso apposta le pillole per dormire")
        r"(?:preso|prese|ingoiato|ingoiate|mandato giu|buttato giu|inghiottito|ingerito) (?:apposta|di proposito|volontariamente|"
        r"intenzionalmente|deliberatamente) (?:le |i |delle |dei |tutte le |tutti i |un po' di |un po di )?(?:\w+ ){0,2}?"
        + _FARMACI
        + r"\b",
        # "... the pills, we don't know how many"
        r"(?:preso|prese|ingoiato|ingoiate|mandato giu|buttato giu|inghiottito|ingerito) (?:\w+ ){0,3}?"
        + _FARMACI
        + r"\b[^.!?\n]{0,50}?(?:non|nn) (?:so|sappiamo|sa|sanno|sapete|sapevo|ricordo|ricorda) (?:nemmeno |neanche |ancora |bene )?quant[ei]",
    ),
    # means counted and at hand ("ho 60 tavor qui davanti")
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:ho|tengo|c'ho) (?:qui |gia |davanti |sul tavolo |sul comodino )?"
        + _TANTE
        + r" (?:(?:compresse|pastiglie|pillole|capsule) (?:di )?)?"
        + _FARMACI
        + r" (?:qui |gia |tutte |tutti |li |la )?(?:davanti|sul tavolo|sul comodino|sul letto|pronte|pronti|in mano|accanto|vicino a me|"
        r"sul lavandino|in fila|contate|contati|sul cuscino)\b"
        r"(?![^\n]{0,80}\b(?:vacanz|viaggio|valigia|trasferta|ricetta|farmacia|bastano|basteranno|portapillole|scorta))",
    ),
    # researching a lethal dose or a method
    risk(
        "method",
        "high",
        SI,
        r"(?:cercato|cercando|cerco|cercavo|cerchero|guardato|googlato|controllato|letto) (?:su internet |online |in rete |su google |sul telefono |in internet |sul web )?"
        r"(?:quant[ei] (?:ne )?(?:servono|ci vogliono|servirebbero|ci vorrebbero|bastano|basterebbero)|(?:qual e )?la dose (?:letale|mortale)|"
        r"come (?:morire|uccidersi|ammazzarsi|suicidarsi|farla finita|impiccarsi|togliersi la vita|uccidermi|ammazzarmi|morire senza dolore))",
        r"quant[ei] (?:ne )?(?:servono|ci vogliono|servirebbero|ci vorrebbero|bastano|basterebbero)\b"
        r"(?=[^.!?\n]{0,60}\b(?:per dormire|che prendo|quelle che prendo|delle mie|dei miei|per (?:non|nn) svegliar|per morire|per farla finita))",
        r"(?:la )?dose (?:letale|mortale) (?:di|del|della|dei|delle|per)\b",
        kind="method",
    ),
    # a note or a will "just in case": preparation (not lowered by a negated plan)
    risk(
        "farewell_note",
        "high",
        SI,
        r"(?:scritto|preparato|lasciato|scrivo|sto scrivendo|scritta|preparata) (?:una |delle |la |le |due |qualche |un )?(?:lettera|lettere|righe|biglietto|biglietti) "
        r"(?:per|a|ai|alla|al|alle|agli) [^.!?\n]{0,50}?(?:nel caso|in caso|casomai|caso mai|per sicurezza|non si sa mai|per quando (?:non|nn) ci (?:saro|saro piu)|"
        r"se (?:mi )?(?:dovesse succedere|succedesse) qualcosa)\b(?! (?:non|nn) (?:riesc|riusc|potess|arriv|ci fosse|fosse|venga|vengo))",
        r"(?:fatto|fare|scritto|scrivere|preparato|redatto|sistemato|aggiornato|firmato) (?:il |il mio |un |)testamento\b(?! biologico)",
        # someone else's will ("dal notaio per il testamento di mia zia, che mi ha nominato esecutore",
        # round 17): an errand, not the sender's affairs put in order
        r"(?:notaio) (?:a |per )?(?:fare |il )?testamento\b(?! biologico)"
        r"(?! (?:di|del|della|dello|dei|delle) (?!me\b)[\w']+)(?![^.!?\n]{0,60}\besecutore\b)",
        fixed=True,
    ),
    # a wished accident or illness
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:spero|speravo|vorrei|sogno|prego|speriamo) (?:(?:un po'|un po|un pochino|quasi|sempre|segretamente|in fondo|ogni volta) )?(?:che )?"
        r"(?:l'aereo|il volo|il treno|la macchina|l'auto|il pullman|l'autobus|la nave|il traghetto)\b"
        # (the plane that should not fall, "spero che l'aereo non cada", is a fear of flying: round 16)
        r"(?:(?!\b(?:non|nn)\b)[^.!?\n]){0,30}? (?:cada|cadesse|precipiti|precipitasse|si schianti|si schiantasse|deragli|deragliasse|affondi|affondasse|esca di strada)",
        # the vehicle told first ("ogni volta che prendo l'aereo ... spero un pochino che cada", round 16)
        r"(?:aereo|aerei|volo|voli|treno|pullman|autobus|traghetto)\b[^.!?\n]{0,80}?\b(?:spero|speravo|speriamo) (?:(?:un po'|un po|un pochino|quasi|sempre|"
        r"segretamente|in fondo|ogni volta|tanto) )?(?:che )?(?:cada|cadesse|precipiti|precipitasse|si schianti|si schiantasse|deragli|deragliasse|affondi|affondasse)\b",
        r"(?:spero|speravo|vorrei|magari|prego) (?:che )?mi (?:venga|venisse|prenda|prendesse) (?:un infarto|un tumore|un ictus|un cancro|una malattia (?:grave|incurabile))",
        fixed=True,
    ),
    # a decision to die, with or without a day
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:ho deciso|ho scelto|sono decis[oa]|ho preso la decisione|la decisione e presa)(?: di| a)? (?:togliermi di mezzo|togliermi la vita|farla finita|ammazzarmi|"
        r"uccidermi|suicidarmi|andarmene per sempre|buttarmi|impiccarmi)\b(?! con\b)",
        r"(?:togliermi di mezzo|farla finita|ammazzarmi|uccidermi|suicidarmi|togliermi la vita|mi tolgo di mezzo|la faccio finita|mi ammazzo|mi uccido) "
        r"(?:sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|questo weekend|questo fine settimana|domani sera|domani notte|a natale|dopo la seduta)\b(?! con\b)",
    ),
    # weak farewells and weak intent: count only next to another current cue
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:stavolta|questa volta|sta volta) lo (?:faccio|fa) (?:sul serio|davvero|per davvero|per bene)",
        r"(?:salutarla|salutarti|salutarvi|ringraziarla|ringraziarti|ringraziarvi|dirle grazie|dirti grazie|dirvi grazie)"
        r"(?: e (?:ringraziarla|ringraziarti|ringraziarvi|salutarla|salutarti|salutarvi|dirle grazie|dirti grazie|dirvi grazie))?"
        r"(?: (?:per|di|x) tutto)?(?= ?[.!,]|[\s\x00-\x03]*$| per (?:tutto|l'ultima))",
        r"grazie (?:per|di) (?:questi|tutti questi|questo|quest') ?(?:\w+ )?(?:anni|mesi|tempo)(?= ?[.!]|\s*$)",
        r"(?:non|nn) (?:cerchi|cercate|cercare|provi|provate) (?:di |a )?(?:chiamarmi|cercarmi|trovarmi)\b",
        r"(?:stasera|stanotte|oggi|adesso|ora|da stanotte) basta(?=[\s\x00\x03]*$)",
        kind="farewell",
    ),
    idiom(
        "idiom_kill",
        r"(?:la faccio|farla|l'ho fatta|la facciamo|falla|la fai|la fa) finita con (?!(?:tutto|tutti|la vita|me stess|questa vita|il mondo|me\b|questo mondo))[a-z]+",
    ),
    # hopelessness: no sense, nothing ahead, it will be like this forever
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) vedo (?:piu|\+) (?:il |nessun |un )?senso\b",
        r"(?:non|nn) vedo (?:il |nessun |un )?senso (?:in niente|in nulla|di niente|di nulla|di andare avanti|di continuare|in tutto questo|nella mia vita|della mia vita)",
        r"(?:non|nn) vedo (?:piu |\+ )?(?:niente|nulla|nessun futuro|un futuro|futuro|via d'uscita|una via d'uscita|vie d'uscita|una luce) (?:davanti a me|per me|davanti|nel mio futuro)",
        r"(?:sara|restera|rimarra|andra) (?:sempre )?cosi (?:da qui in avanti|da ora in poi|d'ora in poi|per tutta la vita|fino alla fine)",
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:non|nn) ce la fa (?:piu|\+)\b",
    ),
    # withdrawal: more forms (third person for a parent, "nemmeno", shutters, not dressing)
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:resta|rimane|sta|e rimast[oa]|e stat[oa]|passa|ha passato|restava|rimaneva) (?:tutto il giorno |tutta la giornata |tutto il weekend |sempre |ore |giorni )?"
        r"(?:chius[oa] in camera|chius[oa] in casa|a letto|nel letto|chius[oa] nella sua stanza|chius[oa] in camera sua)",
        r"(?:non|nn) mi sono (?:proprio |nemmeno |neanche |neppure |mai )?(?:alzat[oa]|vestit[oa]|lavat[oa])\b(?! (?:presto|in tempo|alle|per (?:andare|la|il)))",
        r"(?:non|nn) ho (?:nemmeno |neanche |neppure |mai )?(?:aperto|alzato|tirato su) (?:le )?(?:tapparelle|persiane|imposte|serrande)",
        r"(?:non|nn) (?:va|vado|sono andat[oa]|e andat[oa]|esce|esco) (?:piu )?(?:a scuola|al lavoro|in ufficio|all'universita|a lezione|di casa|dalla camera) "
        r"da (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|giorni|settimane|una settimana|\w+ giorni|\w+ settimane)"
        r"(?![^.!?\n]{0,40}\b(?:sciopero|vacanz|ferie|chius[oa] per|festa|gita|influenza|febbre|covid|malattia|operazione|gesso|trasferta))",
        r"(?:non|nn) (?:richiamo|rispondo a|sento|vedo|chiamo|rispondo) (?:piu )?(?:\w+ ){0,2}?da (?:giorni|settimane|mesi|\w+ giorni|\w+ settimane|una settimana)"
        # a family not heard for a broken phone or no signal (round 17): kept apart, not withdrawn
        r"(?![^.!?\n]{0,40}\b(?:(?:il )?(?:telefono|cellulare|telefonino) (?:e )?(?:rott\w*|guast\w*|scaric\w*|perso|senza credito)|senza credito|"
        r"(?:non|nn) (?:ho|c'e|ce) (?:campo|credito|linea|rete|internet)|(?:non|nn) prende)\b)",
        r"(?:ho smesso|smesso) di (?:andare|uscire|vedere|sentire|rispondere|frequentare)\b(?! (?:a fumare|a bere))",
    ),
    # substance: pills washed down with alcohol
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:le|li|la|lo) (?:accompagno|mando giu|butto giu|prendo|accompagnavo) (?:spesso )?con (?:un paio di |due |tre |qualche |un |una |mezza )?"
        r"(?:bicchier\w* (?:di )?|bottiglia (?:di )?)?(?:vino|birra|alcol|vodka|whisky|grappa|gin|amaro|superalcolici)",
        r"(?:ingoiato|preso|mandato giu|buttato giu|inghiottito)[^.!?\n]{0,50}? (?:e|con|insieme a) (?:mezza|una|un'intera|tutta la|una intera|mezzo litro di) "
        r"(?:bottiglia (?:di )?)?(?:vino|vodka|whisky|gin|rum|grappa|amaro|birra|limoncello)",
    ),
    # loneliness: more intensifiers, nobody notices, talking only to the radio
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:mi sento|mi sentivo|sentirmi|mi sono sentit[oa]|sono|sto) (?:di nuovo|ancora|sempre piu|proprio|davvero|veramente|parecchio|un po'?) "
        r"(?:cosi |tanto |molto )?(?:sol[oa]|soli|sole)\b(?! (?:a casa|in casa|stasera|oggi|per|a fare|due|tre|un|una|quando|se|con|in ufficio|al lavoro))",
        r"(?:nessuno|nessun) (?:se ne accorge|si accorge|mi nota|mi vede|mi considera|mi cerca mai|mi scrive mai|mi chiama mai)\b",
        r"parlo solo con (?:la radio|il gatto|la televisione|la tv|il cane|le piante|me stess[oa]|i muri)",
    ),
    # support: talk about it, feel better hearing you, see you sooner
    risk(
        "contact",
        "low",
        ("support_request",),
        r"(?:possiamo|potremmo|posso|potrei) parlarne (?:con lei|con te|prima|insieme|al telefono|domani|oggi|stasera)",
        r"mi (?:farebbe|fa|farebbe davvero|farebbe tanto) bene (?:sentirla|sentirti|parlarle|parlarti|vederla|vederti|sentire la sua voce)",
        r"(?:vorrei|volevo|mi piacerebbe) (?:che ne parlassimo|parlarne con lei|parlarne con te|parlarne in seduta)",
        r"(?:possiamo|potremmo|si puo|posso|e possibile)(?= anticipare (?:la seduta|l'appuntamento|l'incontro|il colloquio|la prossima seduta)\b)"
        r"(?![^.!?\n]{0,60}\b(?:perche (?:ho|avrei) (?:un|il) (?:impegno|esame|viaggio|volo|treno)|per (?:lavoro|un impegno|il lavoro)))",
        r"rispondi(?:mi)?(?=[\s!.\x00]*$)",
    ),
    signal(
        "urgency",
        r"rispondi(?:mi)?(?= ?!|[\s\x00]*$)",
    ),
]

RULES += [
    # a habitual joke reported with a laugh ("ogni volta che perde ripete 'mi ammazzo' 😂")
    idiom(
        "idiom_kill",
        r"(?:dice|ripete|urla|grida|scrive|dicono|dico|ripeto|fa)\b(?: sempre| spesso| ogni volta| di continuo| tipo| ogni due per tre)?[^.!?\n]{0,40}?"
        r"(?:mi ammazzo|mi uccido|mi sparo|mi butto|mi impicco|voglio morire)\b(?=[^.!?\n]{0,60}?(?:\x03|scherz|per ridere|ridendo|per gioco|battuta|ahah|haha|xd\b))",
        r"(?:per scherzo|scherzando|per ridere|ridendo|per gioco) (?:dice|ripete|dico|dici|urla|fa|scrive)\b[^.!?\n]{0,30}?(?:mi ammazzo|mi uccido|mi sparo|mi butto|voglio morire)",
    ),
]

_DOSE_ORDINARIA = (
    r"(?:ho preso|preso|ho ingoiato|ingoiato|ho mandato giu|mandato giu|ho buttato giu|mi sono pres[oa]|ha preso|prendo|prende) "
    r"(?:appena |solo |soltanto |le mie |le solite |la solita dose di |i miei )?"
)
_NON_ORDINARIA = (
    # half the box is not an ordinary dose; half a glass of wine at dinner is ("mezzo bicchiere")
    r"(?![^.!?\n]{0,40}\b(?:e|con|insieme a|piu|poi) (?:tutt|mezz(?![oa] (?:bicchier|litro|lattin|birra))|un'?intera|l'intera|una bottiglia|il resto|vino|vodka|alcol|grappa|"
    r"whisky|birra|altre|altri)|[^.!?\n]{0,40}\b(?:apposta|di proposito|per (?:non|nn) svegliarmi|per morire|per farla finita|in piu|invece (?:di|che)|"
    r"oltre|extra|di troppo|piu del|piu di quell|per calmarmi|per (?:non|nn) pensare|per (?:non|nn) sentire|per spegner))"
)

RULES += [
    # an ordinary dose ("ho preso 2 tachipirine", "20 gocce di en come prescritto") is not an overdose
    idiom(
        "idiom_harm",
        _DOSE_ORDINARIA
        + r"(?:[1-3]|una|un|due|tre|mezza|mezzo)(?: (?:compress\w*|pastigli\w*|pillol\w*|capsul\w*) di)? "
        + _FARMACI
        + r"\b"
        + _NON_ORDINARIA,
        _DOSE_ORDINARIA
        + r"(?:[1-9]|[1-3]\d|40|cinque|dieci|quindici|venti|trenta|quaranta) gocce\b"
        + _NON_ORDINARIA,
    ),
]

RULES += [
    # means gathered: pills put away or stockpiled, "ne ho abbastanza"
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:messo via|metto via|sto mettendo via|fatto (?:una )?scorta di|sto facendo (?:una )?scorta di|faccio scorta di|raccolto|sto raccogliendo) "
        r"(?:un po' di |un po di |delle |dei |le |i |tutte le |tutti i )?(?:mie |miei )?"
        + _FARMACI
        + r"\b"
        r"(?![^.!?\n]{0,60}\b(?:vacanz|viaggio|valigia|inverno|influenza|farmacia|ricetta|trasferta|casa al mare|montagna|nonn))",
        _FARMACI
        # not the pills of a trip ("le pillole per le vacanze, ne ho abbastanza per due settimane")
        + r"\b(?:(?!vacanz|viaggio|trasferta|erasmus|ferie\b)[^.!?\n]){0,40}?ne ho (?:ormai |gia |finalmente )?(?:abbastanza|a sufficienza|piu che abbastanza)\b"
        r"(?! (?:per (?:(?:il|la|le|i|un|una|due|tre|quattro|cinque|sei|qualche|\d+|tutt[oa] (?:il|la|l')|tutte le|tutti i) ?)?"
        r"(?:viaggio|vacanz|mes[ei]|settiman|giorn[oi]|inverno|semestre|ferie|trasferta|soggiorno)))",
    ),
    risk(
        "farewell_note",
        "high",
        SI,
        r"(?:scritto|lasciato|preparato) (?:le |delle )?(?:lettere|biglietti) (?:per|a) tutti\b"
        + _TUTTI_UN_GRUPPO,
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:mi piacerebbe|mi piacerebbe tanto|desidererei|desidero tanto) (?:(?:non|nn) esistere|(?:non|nn) esserci piu|morire|sparire per sempre|"
        r"(?:non|nn) svegliarmi piu|(?:non|nn) essere mai nat[oa]|essere mort[oa])",
        fixed=True,
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:e|sara|questa e) l'ultima volta che mi (?:sente|senti|sentira|sentirai|sentirete|vede|vedi|vedra|vedrai|vedrete|legge|leggi)(?= ?[.!,]|[\s\x00]*$)",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        # (round 6: "domani è l'ultimo giorno." with no object, unless a trip, a job or a new start follows)
        r"(?:questa e|stasera e|stanotte e|oggi e|domani e|dopodomani e|questa sara|sara) (?:la mia )?(?:l'ultima notte|l'ultima sera|il mio ultimo giorno|"
        r"l'ultimo giorno|l ultimo giorno)(?= ?[.!,]|[\s\x00]*$)" + _ULTIMO_NON_PARTENZA,
        r"(?:non|nn) (?:arrivero|ci arrivero|arrivo|ci arrivo) (?:a|fino a) (?:domani|domattina|stasera|lunedi|natale|fine settimana)(?= ?[.!,]|[\s\x00]*$)",
        kind="farewell",
    ),
]

RULES += [
    # support: polite asks for a call or a few lines
    risk(
        "contact",
        "low",
        ("support_request",),
        r"(?:riesce|riesci|riuscirebbe|riusciresti) a (?:chiamarmi|richiamarmi|sentirmi|farmi una telefonata|farmi uno squillo|vedermi)",
        r"(?:le|ti) (?:andrebbe|va) di (?:sentirci|vederci|parlare|chiamarmi|sentirmi)",
        r"(?:puo|potrebbe|puoi|potresti|mi puo|mi potrebbe|mi puoi|mi potresti) (?:scrivermi|mandarmi|scrivere) (?:due righe|qualcosa|una parola|un messaggio|un vocale)"
        r"(?! (?:con|sull|sul|per (?:l'|la|il)|riguardo))",
    ),
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:sono|sto|mi sento|mi sentivo) (?:sol[oa]|soli|sole) (?:come non mai|come sempre|da morire|e basta)\b",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) (?:metto|ho messo|mettevo) (?:piu )?(?:il naso|piede) fuori(?: di| da)? casa",
        r"(?:sto|resto|passo|rimango|ho passato|passato|passata) (?:tutto il giorno|tutta la giornata|le giornate|giorni interi|tutto il weekend) "
        r"(?:sul divano|in pigiama|al buio|con le tende tirate|con le tapparelle abbassate|a fissare il soffitto)"
        r"(?! (?:a guardare|a vedere|a leggere|a giocare|a studiare|con (?:gli|le|il|la|mio|mia|i|un|una) (?!tende|tapparelle)))",
    ),
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:mi sono fatt[oa]|mi faccio|mi facevo) (?:una|qualche|due|tre|un paio di|parecchie) cann[ae]",
        r"(?:ho ripreso|ripreso|ho ricominciato|ricominciato|sono ricaduta|sono ricaduto|ricaduta|ricaduto) a (?:bere|farmi|drogarmi|fumare canne)\b"
        r"(?![^.!?\n]{0,20}\b(?:acqua|tisan\w*|te|the|caffe|latte|succ\w*|spremut\w*|segni|male|del male|tagli|dei tagli))",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) ne vedo (?:la fine|l'uscita|la via d'uscita|una via d'uscita|un'uscita)",
        r"(?:non|nn) vedo (?:la luce|nessuna luce|una luce) in fondo al tunnel",
        r"(?:in un|un) (?:tunnel senza (?:uscita|fine)|vicolo cieco|pozzo senza fondo)",
        r"(?:non|nn) (?:ne esco|ne usciro|ne esco fuori) (?:piu|mai)\b",
    ),
]

RULES += [
    idiom(
        "idiom_kill",
        # "mi faccio fuori un pacco di biscotti": eating it all (not pills)
        r"(?:mi faccio fuori|mi sono fatt[oa] fuori|farmi fuori|me so fatt[oa] fuori) (?:un|una|un'|il|la|lo|l'|tutto|tutta|tutti|tutte|mezzo|mezza|due|tre)\b"
        r"(?![^.!?\n]{0,30}(?:pastigl|pillol|compress|gocce|farmac|sonnifer|tavor|xanax|flacon|blister|boccett|medicin))",
    ),
    idiom(
        "idiom_die",
        # "addio vecchio telefono", "addio vacanze": a goodbye to a thing
        r"addio (?:(?:mi[oa]|car[oa]|vecchi[oa]|amat[oa]|dolce|bell[oa]) (?!(?:mondo|vita|tutti|amici|famiglia|dottor\w*)\b)[a-z]+|"
        r"(?:estate|vacanze|ferie|dieta|weekend|mare|montagna|sonno|soldi|stipendio|telefono|macchina|capelli|palestra|relax|pace|tranquillita)\b)",
    ),
]

# ------------------------------------------------- sixth round (families behind the blind-3 misses)
# a laugh right after makes a line about being alive a joke
_LAUGH = r"(?![^.!?\n]{0,60}(?:\x03|ahah|haha|ahaha|xd\b|lol\b))"
# alcohol named with the pills (a litre, a bottle, a glass of wine...)
_ALCOL = (
    r"(?:(?:un |una |mezzo |mezza |due |tre |un'intera |l'intera |tutta la |tutto il |un po' di |un po di |del |della |dell'|il |la |l')?"
    r"(?:litro|litri|bottiglia|bottiglie|bicchiere|bicchieri|bicchierino|lattina|lattine|sorso|sorsi|goccio|fiasco) (?:di |del |della |dell')?)?"
    r"(?:vino|rosso|bianco|birra|birre|vodka|whisky|gin|rum|grappa|amaro|alcol|alcool|superalcolici|limoncello|sambuca|prosecco|spumante)"
)
# a link between the pills and the drink ("con", "e poi", "insieme a", "buttate giù con")
_CON_ALCOL = (
    r"(?:con|col|e|e poi|poi|insieme a|insieme al|insieme alla|assieme a|accompagnat[oaie] (?:da|con)|mandat[oaie] giu con|"
    r"buttat[oaie] giu con|sopra|e ci ho bevuto(?: sopra)?|e mi sono bevut[oa])"
)

RULES += [
    # an overdose washed down with alcohol: the drink is part of the act, not a trip ("con me")
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation", "substance_use"),
        r"(?:ho preso|preso|presa|ho ingoiato|ingoiato|ho mandato giu|mandato giu|ho buttato giu|buttato giu|ho inghiottito|inghiottito|"
        r"ho ingerito|ingerito|mi sono pres[oa]|ha preso|ha ingoiato|ha mandato giu|ha buttato giu|si e pres[oa]) "
        r"(?:appena |tipo |circa |almeno |piu di |quasi )?"
        r"(?:"
        + _TANTE
        + r"|tutto il (?:flacone|blister|tubetto)(?: di)?|tutta la (?:scatola|confezione|boccetta)(?: di)?|"
        r"l'intera (?:scatola|confezione|boccetta)(?: di)?|una manciata di|molte|molti|parecchie|parecchi)"
        r" (?:di |delle |dei |le |i )?(?:mie |miei |sue |suoi )?"
        + _FARMACI
        + r"\b(?: [\w']+){0,3}? "
        + _CON_ALCOL
        + r" "
        + _ALCOL,
    ),
    # pills counted (or lined up) after naming them: "le pastiglie ... le ho contate"
    risk(
        "plan",
        "imminent",
        SI,
        _FARMACI
        # (told of a relative too, "le ha contate": a proxy's report, or someone else's, round 14)
        + r"\b[^.!?\n]{0,60}?(?<!non\s)(?<!nn\s)(?<!mai\s)\b(?:le|li|ne) (?:ho|ha) (?:gia |appena |tutte |tutti )?(?:contate|contati|contate tutte|messe in fila|messi in fila|"
        r"allineate|allineati|tolte dal blister|tolti dal blister|tirate fuori tutte|divise in mucchietti)\b"
        r"(?![^.!?\n]{0,40}\b(?:portapillole|settimana|ricetta|farmaci\w*|medic\w*|dottor\w*|infermier\w*|viaggio|vacanz|manca\w*|"
        r"restano|finite|finire))" + _PER_IL_VIAGGIO,
        # the same asked as a hypothesis ("se un giorno le compresse le mettessi da parte tutte e le
        # contassi, lei come se ne accorgerebbe?", round 14): read, then lowered by the "se"
        _FARMACI
        + r"\b[^.!?\n]{0,40}?\b(?:le|li) (?:mettessi|conservassi|accumulassi|nascondessi|tenessi) da parte\b[^.!?\n]{0,30}?"
        r"\b(?:le|li) (?:contassi|contassi tutte|mettessi in fila)\b",
        # the pill emoji right before ("💊💊💊 sono tutte qui, le ho contate")
        r"@sono,stanno,tutte,tutti,qui,eccole,le,li,ne,pronte,pronti,contate,contati@(?<=\x02\s)"
        r"(?:[^.!?\n]{0,60}?(?<!non\s)(?<!nn\s)(?<!mai\s)\b(?:le|li|ne) ho (?:gia |appena )?(?:contate|contati|messe in fila|allineate)|"
        r"(?:sono |eccole )?(?:tutte |tutti )?(?:qui |li )?(?:pronte|pronti|contate|contati))\b",
        # holding all of them in hand ("ho in mano tutte le gocce della boccetta")
        r"(?:ho|tengo|stringo) in mano (?:tutte le |tutti i |tutta la |tutto il |l'intera |un'intera |una scatola intera di |un flacone intero di )"
        r"(?:mie |miei )?(?:" + _FARMACI + r"|boccetta|scatola|flacone|confezione|blister)\b",
    ),
    # a method with the car in a closed garage (exhaust fumes), or charcoal in a closed room
    risk(
        "method",
        "high",
        SI,
        r"(?:(?:preparato|sistemato|organizzato|predisposto|pronto|pronta) (?:gia )?tutto|tutto (?:gia )?(?:pronto|preparato|sistemato)) (?:in|nel) (?:garage|box|rimessa)\b"
        r"(?=[^\n]{0,80}\b(?:macchina|auto|motore|tubo|scarico|marmitta|carbonella|braciere|nastro adesivo))"
        r"(?![^\n]{0,80}\b(?:festa|trasloco|mercatino|grigliata|compleanno|cena|sgombero|bici|vendita|officina|meccanico|gomme|tagliando|revisione))",
        r"(?:chiudermi|chiudersi|mi chiudo|mi chiudero|si chiude|chius[oa]|restare|rimanere|stare|sedermi|seduta|seduto) (?:dentro )?(?:in|nel) (?:garage|box) "
        r"(?:\w+ ){0,2}?(?:con|col) (?:il |la |l')?(?:motore|macchina|auto) (?:acces[oa]|in moto)",
        r"tubo (?:di gomma |di plastica )?(?:[\w']+ ){0,3}?(?:allo|alla|dallo|dalla|nello|nella|al|nel) (?:scarico|marmitta|tubo di scappamento|finestrino|abitacolo)\b"
        r"(?![^.!?\n]{0,40}\b(?:lavatrice|lavandino|lavastoviglie|lavello|doccia|vasca|bagno|cucina|giardino|orto|piscina|"
        r"meccanico|officina|elettrauto|revisione|collaudo|controllo|emissioni))",
        r"(?:respirare|respiro|inalare|inalo|respirando) (?:i |il )?(?:gas di scarico|gas del motore|monossido|fumi (?:dello scarico|del motore|della carbonella))",
        r"(?:carbonella|braci|braciere|barbecue) (?:\w+ ){0,3}?(?:in|nella|nel) (?:camera|bagno|stanza|macchina|auto|garage) "
        r"(?:chius[oa]|sigillat[oa]|con le finestre chiuse|con il nastro|col nastro)",
        kind="method",
    ),
    # burning oneself with a cigarette or a lighter: self-harm (urge or act)
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:spegnermi|spegnersi|mi spengo|si spegne|mi sono spent[oa]|si e spent[oa]|me so spent[oa]|mi spegnevo) (?:di nuovo |ancora )?"
        r"(?:una |la |le |delle |un'altra |qualche )?(?:sigarett[ae]|cicca|cicche|mozzicon[ei]|canna) "
        r"(?:accesa |accese )?(?:addosso|(?:sul|sulla|sulle|sui|sugli|contro il|contro la|nel|nella|in) ?"
        r"(?:braccio|braccia|polso|polsi|mano|mani|dorso|gamba|gambe|coscia|cosce|pelle|pancia|petto|collo|piede|piedi|caviglia))",
        r"(?:bruciarmi|bruciarsi|mi brucio|si brucia|mi sono bruciat[oa]|si e bruciat[oa]|ustionarmi|mi ustiono|mi sono ustionat[oa]) "
        r"(?:\w+ ){0,3}?(?:con|col) (?:la |una |le |l'|un )?(?:sigarett[ae]|accendino|accendini|fiammifer[oi])\b"
        # an accident ("accendendo il gas", "per sbaglio") is not self-harm
        r"(?![^.!?\n]{0,40}\b(?:per sbaglio|mentre|accendendo|cucinando|niente di grave|imbranat\w*|distratt\w*|senza volerlo))",
        r"(?:bruciature|bruciatura|segni|cicatrici) (?:di|delle|della) (?:sigarett[ae]|accendino)\b(?! (?:sul divano|sul tavolo|sulla tovaglia|sul tappeto|sul sedile|sulla giacca))",
    ),
    # "I wish it would all end" and then the sender says they do not mean the week, the job...
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:voglio|vorrei|volevo|desidero|spero|vuole|vorrebbe|voleva) (?:solo |soltanto |tanto |davvero )?"
        r"(?:che (?:finisca|finisse|sia finito|fosse finito|finira) tutto|sparire|scomparire|andarmene|andarsene|staccare la spina|spegnermi|"
        r"chiudere con tutto|dormire a lungo|addormentarmi a lungo|addormentarmi per tanto|farla finita)"
        r"\b[ ,.;:!\x00-\x03]*(?:e |ma |anzi |cioe )?(?:(?:non|nn) (?:intendo|intende|parlo|parla|mi riferisco|si riferisce|dico|dice)"
        r"(?: solo| soltanto)?(?: (?:di|del|della|dello|dei|delle|degli|a|al|alla|ai|alle|da|dal|dalla|dai|dalle|dallo|in|nel|nella|la|il|lo|le|i|l'|all'|dall'|dell'|nell'|questa|questo|sta|sto))*"
        r" ?(?:settimana|giornata|serata|lavoro|ufficio|scuola|universita|esame|esami|mese|anno|periodo|situazione|trasloco|litigio|weekend|"
        r"semestre|relazione|storia|vacanza|vacanze|viaggio|citta|casa|turno|progetto|corso|dieta)\b|"
        # any short "and I don't mean ..." that is not about life or death itself
        r"(?:non|nn) (?:intendo|intende|parlo|parla|mi riferisco|si riferisce|dico|dice)"
        r"(?! (?:[\w']+ ){0,3}?(?:la (?:mia )?vita|vivere|morire|morte|quel senso|senso brutto|niente di (?:brutto|grave|strano)|cose brutte|"
        r"farmi (?:del )?male|uccidermi|ammazzarmi|suicid\w*|in modo definitivo|per sempre))(?: [\w']+){1,5}?(?= ?[.!,;]|[\s\x00-\x03]*$)|"
        r"(?:e )?(?:intendo|intende|dico|parlo) (?:proprio |davvero |sul serio )?(?:tutto|tutto tutto|la (?:mia )?vita|me|me stess[oa]|per sempre|"
        r"di esserci|di vivere|di (?:non|nn) esserci piu|sul serio|in senso definitivo))",
    ),
    # what is the point of being alive: plural, "in vita", texting spellings
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:che|ke|k|quale) senso (?:ha|avrebbe|ha ancora) (?:ancora )?(?:essere|restare|rimanere|stare) (?:ancora )?viv[oaie]\b"
        + _LAUGH,
        r"(?:che|ke|k|quale) senso (?:ha|avrebbe) (?:ancora )?(?:restare|rimanere|tenersi|tenermi) in vita\b"
        + _LAUGH,
        r"(?:che|ke|k) senso (?:ha|avrebbe) (?:ancora )?(?:vivere|campare|esistere|stare al mondo)\b(?! (?:a |in |da sol|con |senza (?:macchina|soldi)|cosi lontan|lontan|qui a))",
        r"(?:a che|a cosa|che|ke) (?:serve|servirebbe|mi serve) (?:ancora )?(?:essere|restare|rimanere) (?:ancora )?viv[oaie]\b",
        r"(?:perche|xke|xche) (?:dovrei|dovremmo|devo) (?:restare|rimanere|essere) (?:ancora )?viv[oaie]\b",
        r"(?:non|nn) (?:vedo|capisco|so|trovo) (?:perche|xke|xche|il motivo per cui|il motivo di|un motivo per) (?:dovrei |devo )?"
        r"(?:restare|rimanere|essere|sono|stare|sto) (?:ancora )?(?:viv[oaie]|al mondo|in vita)\b"
        + _LAUGH,
    ),
    # passive wish reported of another person (third person): "vorrebbe addormentarsi e non svegliarsi"
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:addormentarsi|dormire) e (?:non|nn) (?:svegliarsi|risvegliarsi)(?: piu)?",
        # the wish itself told of them ("mio figlio mi ha detto che a volte vorrebbe non svegliarsi
        # più"; a parent's report is the patient's); waking early or at a time is not the wish
        r"(?:vorrebbe|vuole|preferirebbe|desidera|spera di|sogna di) (?:solo |soltanto |davvero |a volte |ogni tanto )?"
        r"(?:non|nn) (?:svegliarsi|risvegliarsi)\b(?! (?:presto|prima|alle|all'|tardi|in tempo|col|con|da sol|domani|la mattina))",
    ),
    # "this time I won't come back", "a one-way trip": weak farewells (count only with another cue)
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:stavolta|questa volta|sta volta|sto giro) (?:(?:non|nn) (?:torno|tornero|ritorno|ritornero|rientro|rientrero)|"
        r"(?:non|nn) mi (?:vedrete|vedrai|vedra|vedranno) (?:tornare|rientrare))(?: (?:piu|indietro|a casa))?(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:non|nn) (?:tornero|ritornero|rientrero) (?:mai )?piu (?:a casa|indietro)(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:e|sara|questo e|questo sara) un viaggio (?:di )?sola andata(?= ?[.!,;]|[\s\x00-\x03]*$)",
        # exonerating the therapist or the family: "le scrivo solo per dirle che non è colpa sua"
        # ("le scrivo solo per" inside the span: it is not news, so not the "information" topic)
        r"(?:(?:le|ti|vi) scrivo (?:solo |soltanto |giusto )?per |(?:solo|soltanto|giusto) per )?"
        r"(?:dirle|dirti|dirvi|farle sapere|farti sapere|sappia|sappi|sappiate|ricordi|ricordati|ricordatevi) (?:solo |soltanto |comunque )?che "
        r"(?:non|nn) (?:e|sara|e stata|era) (?:colpa (?:sua|tua|vostra|di nessuno|vostra)|stata colpa (?:sua|tua|vostra|di nessuno))",
        kind="farewell",
    ),
    # hyperbole about an everyday nuisance ("mi sparo se c'è un'altra riunione"): not a threat
    idiom(
        "idiom_kill",
        r"(?:mi sparo|mi ammazzo|mi uccido|mi impicco|mi butto (?:dalla finestra|giu)|mi sparero|mi ammazzero|mi sparerei|mi ammazzerei) se "
        r"[^.!?\n]{0,50}?\b(?:riunione|riunioni|coda|fila|compit\w*|verific\w*|interrogazion\w*|esame|esami|lezione|lezioni|turno|turni|straordinari\w*|"
        r"trasloco|traffico|partita|puntata|puntate|canzone|canzoni|pioggia|caldo|afa|lavatrice|bolletta|bollette|call|videochiamata|zoom|"
        r"suocera|pranzo|cena|parenti|consiglio di classe|assemblea|condominio|burocrazia|modulo|moduli|fila alla posta|scadenza|"
        r"compleanno|matrimonio|tombola|ricetta|spesa|ikea|autostrada|cantiere)\b",
        r"se (?:devo|dovro|mi tocca|mi toccera|ci sara|c'e|ce|sento|vedo|rifaccio|rifare|rivedo|risento) [^.!?\n]{0,50}?\b"
        r"(?:riunione|riunioni|coda|fila|compit\w*|verific\w*|interrogazion\w*|esame|lezione|turno|straordinari\w*|trasloco|traffico|partita|"
        r"canzone|lavatrice|bolletta|call|videochiamata|suocera|pranzo|cena|parenti|assemblea|condominio|modulo|moduli|scadenza|spesa|ikea|cantiere)\b"
        r"[^.!?\n]{0,30}?\bmi (?:sparo|ammazzo|uccido|impicco|butto)\b",
    ),
]

RULES += [
    # support: "mi può rispondere? ne ho bisogno", a parent's "può chiamarci?", an earlier session
    risk(
        "contact",
        "low",
        ("support_request",),
        r"(?:mi )?(?:puo|potrebbe|puoi|potresti) (?:rispondermi|rispondere)(?= ?\?)",
        r"ne ho (?:tanto |davvero |proprio |molto |un gran )?bisogno(?= ?[.!]|[\s\x00-\x03]*$)",
        r"(?:puo|potrebbe|puoi|potresti|ci puo|ci potrebbe) (?:chiamarci|richiamarci|telefonarci)\b",
        r"(?:sarebbe possibile|potrebbe|potremmo|riusciremmo a|riusciamo a)(?= anticipare (?:la seduta|l'appuntamento|l'incontro|il colloquio|la prossima seduta)\b)"
        r"(?![^.!?\n]{0,60}\b(?:perche (?:ho|avrei|abbiamo) (?:un|il) (?:impegno|esame|viaggio|volo|treno)|per (?:lavoro|un impegno|il lavoro)))",
    ),
    # substance use: drinks counted without a verb, sedatives beyond the prescription, joints all day
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        # counted drinks with no verb, told as the night's or the solitary drinking ("in frigo 6 birre" is not)
        r"(?:ieri sera|stasera|stanotte|ieri notte|tutta la sera|ogni sera|tutte le sere|da sol[oa]),? (?:e poi |poi |gia )?"
        r"(?:tre|quattro|cinque|sei|sette|otto|nove|dieci|3|4|5|6|7|8|9|10|12|15|20) (?:spritz|birre|birrette|calici|shot|shottini|cicchetti|drink|"
        r"negroni|gin tonic|amari|grappe|vodke|mojito|bicchieri (?:di )?(?:vino|rosso|bianco|birra|vodka|whisky|gin|rum|grappa))\b",
        r"(?:tre|quattro|cinque|sei|sette|otto|nove|dieci|3|4|5|6|7|8|9|10|12|15|20) (?:spritz|birre|birrette|calici|shot|shottini|cicchetti|drink|"
        r"negroni|gin tonic|amari|grappe|vodke|mojito|bicchieri (?:di )?(?:vino|rosso|bianco|birra|vodka|whisky|gin|rum|grappa)) "
        r"(?:da sol[oa]|uno dopo l'altro|una dopo l'altra|di fila|a stomaco vuoto|(?:per|x) (?:dormire|dimenticare|(?:non|nn) pensare|stordirmi|reggere))",
        r"(?:mezza|intera|una intera|un'intera|due|tre) bottigli[ae] (?:di )?(?:rosso|bianco|prosecco|spumante|amaro|limoncello|grappa|rum|tequila)\b",
        _FARMACI
        + r"\b[^.!?\n]{0,50}?\b(?:piu di quell[oaie] che|piu di quanto|oltre (?:a )?quell[oaie] che|oltre la dose che) "
        r"(?:mi )?(?:ha|hanno|aveva|avevano|avrebbe) (?:detto|prescritto|indicato|consigliato|dato)",
        r"(?:mi sto facendo|mi faccio|mi facevo|sto fumando|mi sto fumando) (?:\w+ ){0,3}?(?:canne|spinelli|joint)\b",
        r"(?:canne|spinelli|birre|drink|bicchieri) (?:\w+ )?dalla mattina alla sera",
    ),
    # loneliness: nobody spoke a word to me
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"nessuno mi (?:ha )?(?:rivolto|rivolge|rivolgeva|ha detto) (?:la parola|una parola|mezza parola)",
        r"(?:non|nn) mi (?:ha )?(?:rivolto|rivolge) la parola nessuno",
    ),
    # apology in the polite future: "mi scuserà gli errori"
    signal(
        "apology",
        r"mi (?:scusera|scuserai|scuserete|perdonera gli errori|perdonerai gli errori)\b",
    ),
]

RULES += [
    # everyday burns and doses that share the words of self-harm and overdose
    idiom(
        "idiom_harm",
        r"(?:mi sono bruciat[oa]|mi brucio|mi sono scottat[oa]|mi scotto|mi son bruciat[oa]) (?:sempre |di nuovo |ancora |un dito |la mano |il dito )?"
        r"(?:con|col) (?:il |la |l'|lo )?(?:ferro(?: da stiro)?|candela|forno|pentola|padella|olio|fornello|fornelli|moka|phon|piastra|teglia|caffe|te|tisana|acqua bollente)\b",
        r"(?:preso|prendo|presa|ho preso) (?:tutte le|tutti i) (?:mie |miei )?<PILLS> (?:della settimana|del giorno|della giornata|di oggi|della sera|del mattino|di stamattina|di stasera)\b"
        r"(?![^.!?\n]{0,40}\b(?:in una volta|insieme|in un colpo|apposta|di proposito|per (?:non|nn) svegliarmi|per morire|per farla finita))",
    ),
]

RULES += [
    # the imperfect of "non ce la faccio più" and of staying in: current when recent ("ieri nn ce la
    # facevo più"), past with a past marker ("l'inverno scorso nn uscivo di casa per giorni")
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:non|nn|nun) ce (?:la )?facevo (?:piu|\+|cchiu)\b(?! (?:dal|dalle|dalla) (?:ridere|risate|fame|sonno|caldo))",
    ),
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:non|nn) (?:uscivo|uscivamo|usciva) (?:piu )?(?:di casa|dalla (?:mia |sua )?(?:camera|stanza)|dal letto) (?:per|da) "
        r"(?:giorni|settimane|mesi|\w+ giorni|\w+ settimane)\b",
    ),
]

# ------------------------------------------------- sixth round, part 2 (euphemisms of the same kinds)
RULES += [
    # wish to be dead told as joining the dead, envying them, lying in a coffin, not being there
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:voglio|vorrei|volevo|desidero|spero di|sogno di|(?:non|nn) vedo l'ora di|presto potro) (?:solo |tanto |davvero |presto )?"
        r"(?:raggiungere|rivedere|riabbracciare|andare da|stare con|tornare da) (?:[\w']+ ){1,3}?(?:lassu|in cielo|in paradiso|dall'altra parte|tra gli angeli|sotto terra)"
        r"(?= ?[.!,;]|[\s\x00-\x03]*$| (?:con|e|presto|per sempre|finalmente|al piu presto))",
        r"(?:voglio|vorrei|volevo|desidero|spero di|sogno di) (?:solo |tanto |davvero |presto )?(?:raggiungere|riabbracciare) "
        r"(?:mia |mio |la |il |i miei |le mie )?(?:\w+ )?(?:che (?:non|nn) c'e piu|che e mort[oa]|che e mancat[oa]|che se n'e andat[oa])\b",
        r"(?:invidio|invidiavo|quanto invidio) (?:chi muore|chi e mort[oa]|i morti|chi (?:non|nn) si sveglia|chi se ne va|chi (?:non|nn) c'e piu|chi riposa)\b",
        r"(?:mi vedo|mi immagino|mi immaginavo|vorrei essere|vorrei stare|sogno di essere|vorrei esserci io) (?:gia |io |io al posto suo |al posto suo |io al suo posto )?"
        r"(?:nella bara|in una bara|sotto terra|sottoterra)\b",
        r"(?:voglio|vorrei|preferirei|desidero|desidererei) (?:solo |semplicemente |soltanto )?(?:non|nn) esserci(?: (?:e basta|proprio|affatto|per niente|piu))?"
        r"(?= ?[.!;]|[\s\x00-\x03]*$|,? e basta)",
        r"(?:sia|fosse|sara) tutto finito per sempre(?= ?[.!,;]|[\s\x00-\x03]*$)",
        # ("spegnermi per sempre" is left to the learned net: test_risk_net uses it as the net's own example)
        r"(?:spegnermi|spegnersi) (?:come una candela|e (?:non|nn) (?:riaccendermi|svegliarmi) piu)\b",
        # a wished accident while crossing or driving: "spero che una macchina non si fermi"
        # (the span stops before "non si fermi": its "si" would read as someone else's act)
        r"(?:spero|speravo|magari|vorrei|prego) (?:che )?(?:una macchina|la macchina|un'auto|un camion|un autobus|il treno|un treno|il tram|qualcuno)"
        r"(?= (?:mi (?:venga|venisse) addosso|mi (?:tiri|tirasse|metta|mettesse) sotto|mi (?:investa|investisse|prenda in pieno))\b)",
        r"(?:attraverso|attraversando|attraversavo|attraversare|sulle strisce|in mezzo alla strada|sui binari) [^.!?\n]{0,40}?\b(?:spero|speravo|magari|vorrei) "
        r"(?:che )?(?:una macchina|la macchina|un'auto|un camion|un autobus|il treno|un treno|il tram)"
        r"(?= (?:non|nn) (?:si fermi|si fermasse|freni|frenasse|mi veda|mi vedesse)(?= ?[.!,;]|[\s\x00-\x03]*$))",
        r"(?:addormentarmi|dormire|andare a dormire|chiudere gli occhi)\b(?! (?:fino|tardi|la domenica|nel weekend))[^.!?\n]{0,40}?,? (?:per|x) sempre\b"
        + _LAUGH,
    ),
    # wondering who would come to one's funeral: the sender's own thought (not a hypothesis)
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:mi chiedo|mi domando|penso|immagino) (?:spesso |sempre |a volte |ogni tanto )?(?:se|chi|quanti|quante persone) (?:qualcuno |nessuno )?"
        r"(?:verrebbe|verra|verrebbero|verranno|piangerebbe|piangera|se ne accorgerebbe) (?:\w+ )?al mio funerale",
        fixed=True,
    ),
    # burden: everything would be simpler if I weren't there
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:sarebbe|sarebbero|andrebbe|sarebbe stato) (?:tutto |tutti )?(?:piu semplice|piu facile|piu leggero|piu tranquillo|piu sereno|molto piu semplice) "
        r"(?:per tutti |per loro |per voi |per la mia famiglia |per i miei )?(?:se|senza) (?:io )?(?:(?:non|nn) ci fossi|morissi|sparissi|"
        r"(?:non|nn) esistessi|(?:non|nn) fossi mai nat[oa]|di me)\b",
    ),
    # a method told sideways: "basterebbe un passo" at the rails, walking into the sea, letting go in water
    risk(
        "method",
        "high",
        SI,
        r"basterebbe (?:solo |soltanto )?(?:un passo|un salto|un attimo|saltare|sporgermi)\b(?=[^.!?\n]{0,60}\b(?:finit|sotto|giu|vuoto|binari|treno|ponte|per sempre))",
        r"(?:binari|rotaie|ponte|vuoto|balcone|finestra|cornicione|treno|parapetto)\b[^.!?\n]{0,60}?\bbasterebbe (?:solo |soltanto )?(?:un passo|un salto|un attimo|saltare|sporgermi)\b",
        r"(?:camminare|entrare|andare|nuotare|camminando|entrando|nuotando) (?:\w+ ){0,2}?(?:in mare|nel mare|nel lago|nel fiume|al largo|nell'acqua gelata) "
        r"(?:\w+ ){0,3}?(?:e (?:non|nn) (?:tornare|tornero|torno|risalire|fermarmi)|finche (?:non|nn) (?:tocco|si tocca|ce la faccio)|e lasciarmi andare|senza tornare)",
        r"lasciarmi (?:andare|cadere|scivolare) (?:giu )?(?:in acqua|nell'acqua|nel fiume|in mare|nel mare|nel lago|nel vuoto|dal ponte|sotto il treno)\b",
        r"lasciarmi (?:affondare|annegare|portare via dalla corrente)\b",
        r"(?:fare|faccio|vado a fare|andare a fare) (?:un )?(?:bagno|nuotata) (?:al|in|nel) (?:mare|lago|fiume)(?: \w+){0,2}? e (?:non|nn) (?:torno|tornero|risalgo|risaliro)\b",
        # poison: "il veleno per topi ... stasera lo prendo"
        r"(?:veleno|topicida|diserbante|antigelo|candeggina|varechina)\b[^.!?\n]{0,40}?\b(?:lo|la|li|le) (?:prendo|bevo|ingoio|mando giu|prendero|berro|ingoiero)\b"
        r"(?! (?:al|dal|in|alla|dalla|da|su|online|a|per (?:la|il|le|i) (?:cantina|garage|giardino|orto)))",
        r"(?:bere|ingoiare|bevo|ingoio|berro|ingoiero) (?:il |del |un po' di |quel |la |della )?(?:veleno|topicida|diserbante|antigelo|candeggina|varechina|acido)\b"
        r"(?! (?:per (?:i )?topi|per le formiche|in cantina|in garage|dal ferramenta|al supermercato|per sbaglio))",
        kind="method",
    ),
    # giving away what one loves "since I won't need it any more"
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        # what one loves (pets, "le mie cose", savings), not a bike grown out of
        r"(?:regalato|regalo|regalare|sto regalando|dato via|do via|dare via|sto dando via|lasciato|lascio) (?:[\w',]+ ){0,3}?"
        r"(?:il mio cane|il mio gatto|la mia gatta|la mia cagnolina|i miei animali|le mie cose|la mia roba|tutto quello che ho|tutte le mie cose|"
        r"i miei risparmi|i miei gioielli|i miei libri|la mia collezione|i miei quadri|i miei diari|i miei peluche)\b(?:[\w', ]+ ){0,6}?"
        r"(?:tanto|ormai|visto che|perche) (?:a me )?(?:non|nn) (?:mi )?(?:servono|serve|servira|serviranno|servirebbero) piu\b",
    ),
    # decisions to leave for good, with a time: intent
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:ho deciso di|sto per|stanotte|stasera|oggi|adesso) (?:\w+ )?(?:andarmene|me ne vado|vado via)(?: \w+)?,? per sempre\b"
        r"(?! (?:da|dalla|dal|dall'|di casa|in|a vivere|con)\b)",
    ),
    # farewells told sideways: weak, they count only with another cue (or another farewell)
    risk(
        "farewell",
        "imminent",
        SI,
        r"ci vediamo (?:dall'altra parte|in un'altra vita|nell'altra vita|lassu)(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:faccio|fare|sto per fare|e|sara|questo e|inizia) (?:il mio )?l'ultimo viaggio(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"e (?:non|nn) (?:torno|tornero|ritorno) (?:piu|indietro)(?= ?[.!,;]|[\s\x00-\x03]*$)",
        kind="farewell",
    ),
]

# ------------------------------------------------- sixth round, part 3 (round-3 hits that only the learned net read)
RULES += [
    # "those thoughts, that it would be better not to be here": the span stops at "pensieri" (a
    # "sarebbe meglio" in the span would make it the sender's even after "il mio amico ha...")
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:quei |questi |i soliti |gli stessi |dei |brutti )?(?:pensieri|pensiero|idea|idee)"
        r"(?=,? (?:che|tipo|del tipo|cioe|di) (?:forse )?(?:sarebbe|sarebbe stato) (?:meglio|piu giusto|piu semplice) "
        r"(?:(?:non|nn) (?:esserci|esistere|svegliarmi|svegliarsi|vivere|essere mai nat[oa])|sparire|morire)(?= ?[.!,;]|[\s\x00-\x03]*$| (?:proprio|piu|e basta|affatto|al mondo|per sempre|per nessuno|per tutti)))",
        r"(?:penso|pensavo|credo|mi dico|mi ripeto|mi viene da pensare) (?:spesso |sempre |a volte |di continuo |ogni tanto )?(?:che )?(?:forse )?"
        r"(?:sarebbe|sarebbe stato) meglio (?:(?:non|nn) (?:esserci|esistere|svegliarmi|essere mai nat[oa])|sparire|morire)"
        r"(?= ?[.!,;]|[\s\x00-\x03]*$| (?:proprio|piu|e basta|affatto|al mondo|per sempre|per nessuno|per tutti))",
    ),
    # "if I weren't here any more they'd get over it quickly / they'd even be better off"
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:se|quando) (?:io )?(?:(?:non|nn) ci fossi(?: piu)?|morissi|sparissi|(?:non|nn) ci saro piu),? (?:\w+ )?"
        r"(?:se ne farebbero (?:presto |subito )?una ragione|(?:non|nn) cambierebbe (?:niente|nulla)|(?:non|nn) se ne accorgerebbe nessuno|"
        r"nessuno ci farebbe caso|(?:forse )?starebbero (?:pure |anche |tutti )?meglio|sarebbero (?:piu )?(?:liberi|sollevati|felici|tranquilli))",
        fixed=True,
    ),
    # closing the eyes, then "nn svegliarmi più" as the next fragment
    risk(
        "wish_dead",
        "high",
        SI,
        r"chiudere gli occhi(?: e basta)?[.,;]* (?:e )?(?:(?:non|nn) (?:svegliarmi|risvegliarmi|riaprirli) (?:piu|\+|mai piu))\b",
    ),
    # "when you read this e-mail it will all be over"
    risk(
        "intent",
        "imminent",
        SI,
        r"quando (?:leggera|leggerai|leggerete|ricevera|riceverai|riceverete) (?:questa mail|questa email|questa e-mail|questa lettera|questo messaggio|queste righe|questo)?,? ?"
        r"(?:sara (?:gia )?(?:tutto finito|troppo tardi|finita)|(?:io )?(?:non|nn) ci saro (?:piu|gia piu)|saro gia (?:mort[oa]|lontan[oa]|andat[oa]))\b",
    ),
    # a weak farewell: telling where the documents and keys are
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:ho lasciato scritto|ho scritto|ho lasciato detto|ho detto|lascio scritto) (?:a [\w']+ (?:[\w']+ )?)?dove (?:trovare|sono|tengo) "
        r"(?:i (?:miei )?documenti|le chiavi|il testamento|le password|i conti|l'assicurazione|le mie cose)\b",
        kind="farewell",
    ),
    # an overdose told with the quantity after the pills ("ha preso le pastiglie della nonna, una confezione intera")
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho inghiottito|ha preso|ha ingoiato|ha mandato giu|ha buttato giu|ha inghiottito|"
        r"mi sono pres[oa]|si e pres[oa]) (?:le |i |delle |dei )?(?:sue |suoi |mie |miei )?"
        + _FARMACI
        + r"\b(?: [\w']+){0,5}?,? (?:una confezione intera|un'intera confezione|una scatola intera|un'intera scatola|tutta la scatola|tutta la confezione|"
        r"tutto il flacone|un flacone intero|un blister intero|tutto il blister|tutte quante|tutti quanti)\b",
    ),
]

RULES += [
    # "quando leggerai questo messaggio sarò già in aereo": a trip or an operation, not a farewell
    idiom(
        "idiom_die",
        r"quando (?:leggerai|leggera|leggerete|riceverai|ricevera) (?:questo|questo messaggio|questa mail|questa lettera)?,? ?(?:io )?saro gia "
        r"(?:in aereo|in volo|in treno|in viaggio|partit[oa]|arrivat[oa]|a casa|in sala operatoria|sotto i ferri|in vacanza|al mare|in montagna|a letto|in ufficio)\b",
    ),
]

# ------------------------------------------------- sixth round, part 4 (self-harm and despair told sideways)
RULES += [
    # self-harm as "segni" (marks), punishment, hiding the arms
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:farmi|mi sono fatt[oa]|mi faccio|mi facevo|rifarmi|mi sono rifatt[oa]|me so fatt[oa]|mi so fatt[oa]|farsi|si fa|si e fatt[oa]|si faceva) (?:di nuovo |ancora |altri |dei |i |nuovi |degli |un po' di )*segni\b"
        r"(?! (?:con (?:l'evidenziatore|la penna|il pennarello|la matita|il gesso|la matita)|sul (?:libro|quaderno|calendario|diario|foglio|muro)|sulla (?:mappa|cartina|agenda|lavagna)|"
        r"(?:della|di) (?:croce|penna|matita)))",
        r"(?:ho rifatto|rifatto|ho fatto|fatto) (?:di nuovo |ancora |altri |dei |i |nuovi )*segni (?:sulle braccia|sui polsi|sulle gambe|sulle cosce|sulla pelle|sulla pancia|addosso)\b",
        r"(?:mi sono punit[oa]|mi punisco|mi punivo|punirmi) (?:di nuovo |ancora |come al solito )?[^.!?\n]{0,40}?"
        r"\b(?:braccia|polsi|gambe|cosce|pelle|cerotti|sangue|lametta|lamette|tagli|bruciat\w*|segni)\b",
        r"(?:maniche lunghe|felpa|felpe|braccialetti|cerotti|polsini) (?:\w+ ){0,3}?per (?:nascondere|coprire) (?:i tagli|i segni|le braccia|i polsi|le cicatrici|le ferite|le bruciature)\b",
        r"(?:braccia|polsi|cosce|gambe) (?:pien[ei]|coperte|coperti) di (?:cerotti|graffi|segni|bruciature)\b",
    ),
    # idioms for "I can't take it any more" that mean what they say (moderate, not lowered)
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:sono|siamo|mi sento|sono arrivat[oa]|siamo arrivati|arrivat[oa]) (?:ormai )?al capolinea\b(?! (?:del|dell'|della|dello|dei|di|con)\b)",
        r"(?:ho|abbiamo) toccato il fondo\b(?! (?:della|del|dello|dei|delle) (?:piscina|mare|lago|fiume|vasca|barile|bicchiere))",
        r"(?:sono|siamo) (?:proprio |ormai |davvero )?alla frutta\b" + _LAUGH,
    ),
    # research of a height or of a lethal dose for not waking up
    risk(
        "method",
        "high",
        SI,
        r"(?:quanti|quante) (?:metri|piani) (?:ci vogliono|servono|bastano|servirebbero|ci vorrebbero|basterebbero)\b(?! (?:per (?:la|il|le|i|un|una) (?:tenda|tende|corda|recinzione|casa|terrazzo|cavo|tubo|giardino|orto)))",
        r"(?:quante|quanti) "
        + _FARMACI
        + r"(?: (?:di|del|della) \w+)? (?:servono|ci vogliono|bastano|servirebbero|ci vorrebbero|basterebbero)"
        # (the purpose stays outside the span: "svegliarsi" would read as someone else's)
        r"(?= (?:per (?:non|nn) (?:svegliarsi|svegliarmi|risvegliarsi|risvegliarmi)|per morire|per farla finita|per (?:non|nn) (?:sentire|soffrire) piu niente)\b)",
        kind="method",
    ),
    # farewells told sideways (weak: with another cue or another farewell)
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:chiudo|chiudero|calo|e ora di chiudere|cala) il sipario(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:e|e gia) arrivato il momento(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:stanotte|stasera|oggi|domani|adesso) e la volta buona(?= ?[.!,;]|[\s\x00-\x03]*$)",
        kind="farewell",
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stanotte|stasera|oggi|domani|adesso) e la volta buona,? (?:lo faccio|la faccio finita|mi ammazzo|mi butto|basta)\b",
    ),
]

# ------------------------------------------------- sixth round, part 5 ("mettere fine", tired of breathing)
_FINE_VITA = (
    r"(?:alla (?:mia )?vita|a (?:questa )?(?:mia )?vita|alla mia esistenza|ai miei giorni|a tutto\b(?! (?:questo|cio|quest|quel|sto|sta))|"
    r"alle mie sofferenze|a questa sofferenza|a me stess[oa]|alla mia sofferenza|"
    # someone else's ("mio nonno voleva mettere fine alle sue sofferenze": lowered by the modifiers)
    r"alla sua vita|alle sue sofferenze|ai suoi giorni|a se stess[oa])"
)

RULES += [
    # "mettere / porre fine a tutto, alla mia vita": thinking of suicide (with a time or a decision: intent)
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:mettere|porre|metto|pongo|mettero|porro|mettere la parola|metterei|porrei|mettevo|mette|pone|ha messo|ha posto) (?:la parola )?fine "
        + _FINE_VITA,
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|oggi|domani|adesso|ora) (?:metto|pongo|mettero|porro) (?:la parola )?fine "
        + _FINE_VITA,
        r"(?:ho deciso di|sto per|decis[oa] a|pronto a|pronta a) (?:mettere|porre) (?:la parola )?fine "
        + _FINE_VITA,
        r"(?:mettere|porre|metto|pongo) (?:la parola )?fine "
        + _FINE_VITA
        + r" (?:stasera|stanotte|oggi|domani|adesso|questa notte)\b",
        r"(?:stanotte|stasera|oggi|domani) (?:finisce|finira) tutto (?:per me|per sempre)\b",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:stanotte|stasera|oggi|domani) (?:finisce|finira) tutto(?= ?[.!;]|[\s\x00-\x03]*$)",
        kind="farewell",
    ),
    # wish to be dead: tired of breathing, life "is not for me", a heart that would stop
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:stanc[oa]|stuf[oa]|stanchi|stanche) di respirare\b",
        r"(?:la vita|vivere|questa vita) (?:non|nn) fa (?:piu )?per me(?= ?[.!,;]|[\s\x00-\x03]*$)",
        # (the span is the wish only: "il cuore si fermi" would read as someone else's, round 18)
        r"(?:vorrei|voglio|spero|speravo|magari)(?= che (?:il )?(?:mio )?cuore (?:smetta|smettesse|si fermi|si fermasse)(?: di battere)?"
        r"(?= ?[.!,;]|[\s\x00-\x03]*$| per sempre| e basta| nel sonno| stanotte))",
    ),
    # a note and the means prepared together: a plan
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:preparato|ho pronto|ho pronta|ho pronte|ho pronti|sono pronte|sono pronti|e pronta|e pronto) (?:gia )?(?:la |il |le |i )?"
        r"(?:lettera|biglietto|lettere|biglietti) e (?:la |il |le |i )?(?:"
        + _FARMACI
        + r"|corda|lamette|lametta)\b",
        r"(?:preparato|ho pronto|ho pronta|ho pronte|ho pronti|sono pronte|sono pronti) (?:gia )?(?:la |il |le |i )?(?:"
        + _FARMACI
        + r"|corda|lamette) "
        r"e (?:la |il |le |i )?(?:lettera|biglietto|lettere|biglietti)\b",
    ),
]

RULES += [
    # loneliness told sideways: nobody remembers me, not a living soul, a stranger at home
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:sono|sto|resto|rimango) sempre (?:da sol[oa]|sol[oa])(?= ?[.!,;]|[\s\x00-\x03]*$| ormai| ultimamente| come un cane)",
        r"nessuno si (?:ricorda|ricordava|e ricordato|interessa|preoccupa) (?:mai |piu )?di me\b(?! ?\?)",
        r"(?:non|nn) (?:parlo|ho parlato|sento|ho sentito) (?:con |a )?anima viva\b" + _LAUGH,
        r"(?:mi sento|sono|mi sentivo) (?:come )?(?:un'estranea|un estraneo|un'estraneo|una estranea|un alieno|un'aliena) "
        r"(?:a casa mia|in casa mia|in famiglia|tra i miei|tra la gente|tra i miei amici|con tutti|ovunque)\b",
    ),
    # support: write me a few lines, I need someone to listen to me
    risk(
        "contact",
        "low",
        ("support_request",),
        r"mi (?:scriva|scrivi|scrive|mandi|manda|scriverebbe|scriveresti|manderebbe|manderesti) (?:anche solo |solo )?(?:due righe|una parola|un messaggio|qualcosa)\b"
        r"(?! (?:sull|sul|sulla|per (?:l'|la|il)|riguardo|con l'orario|con l'indirizzo|con l'iban))",
        r"(?:ho|avrei) (?:tanto |davvero |proprio )?bisogno (?:che qualcuno mi ascolti|che mi ascolti|di essere ascoltat[oa]|di qualcuno che mi ascolti)\b",
    ),
]

# ------------------------------------------------- generalisation pass (fresh paraphrases, written blind)
# End-of-clause guard: the phrase must close its clause, so "ho già deciso come e quando dirlo
# ai miei" or "è l'ultima volta che le scrivo per spostare l'appuntamento" stay ordinary.
_FINE_FRASE = r"(?= ?[.!,;]|[\s\x00-\x03]*$)"

RULES += [
    # passive wish: not opening the eyes again, falling asleep hoping it is the last time
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:spero|speravo|prego|pregavo|sperando|vorrei|voglio|preferirei) (?:di )?(?:non|nn) (?:riaprire|riaprirli|aprire)(?: piu| mai piu)?(?: gli occhi)?"
        + _FINE_FRASE,
        r"(?:mi addormento|mi addormentavo|vado a dormire|andavo a dormire|vado a letto|andavo a letto|chiudo gli occhi|chiudevo gli occhi|mi metto a letto|mi mettevo a letto) (?:ogni sera |la sera )?sperando (?:che sia l'ultima volta|di (?:non|nn) (?:svegliarmi|risvegliarmi))\b",
        # a wished accident or illness accepted ("se mi investisse una macchina nn mi dispiacerebbe")
        r"se mi (?:investisse|investissero|travolgesse|prendesse in pieno|succedesse qualcosa|venisse (?:un infarto|un tumore|un ictus|un incidente|qualcosa))"
        r"[^.!?\n]{0,30}?(?:non|nn) mi (?:dispiacerebbe|importerebbe|cambierebbe|farebbe)(?: niente| nulla| granche)?",
        r"(?:non|nn) mi (?:dispiacerebbe|importerebbe) (?:niente |nulla |per niente )?se mi (?:investisse|investissero|travolgesse|succedesse qualcosa|venisse (?:un infarto|un tumore|un ictus|qualcosa))",
        # hoping the plane goes down (only with the plane or the flight named nearby)
        r"(?:aereo|volo)[^.!?\n]{0,30}?(?:spero|speravo|ho sperato|quasi spero|quasi speravo) che (?:\w+ )?(?:precipit\w+|cad\w+|si schiant\w+)\b",
        # life has stopped making sense; no reason to go on (the negation carries the risk)
        r"(?:la (?:mia )?vita|vivere) (?:per me )?ha smesso di (?:avere (?:un )?senso|valere la pena)\b",
        fixed=True,
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn) vedo (?:perche|xke|xche|il motivo di|motivo di|il senso di) (?:continuare|andare avanti|vivere|restare)(?: a vivere| cosi)?"
        + _FINE_FRASE,
        r"(?:non|nn) (?:vedo|riesco a (?:vedere|immaginare)|immagino) (?:un |nessun )?futuro in cui (?:io )?(?:ci sia|ci sono|esista|esisto|sia viv[oa])\b",
        r"(?:a che serve|a cosa serve|che senso ha) (?:che io )?(?:rest\w+|rimanere|rimanga|stare|stia) (?:ancora )?(?:in vita|viv[oa]|al mondo)\b",
        r"che ci sto a fare (?:ancora )?(?:al mondo|su questa terra|in questo mondo|in questa vita)\b",
        r"che ci sto a fare (?:ancora )?qui" + _FINE_FRASE,
        fixed=True,
    ),
    # perceived burdensomeness: the world or my family better, lighter without me
    risk(
        "burden",
        "high",
        SI,
        r"(?:il mondo|tutti|la mia famiglia|i miei|mia madre|mio padre|mio marito|mia moglie|i miei figli|la gente|loro) "
        r"senza (?:di )?me (?:\w+ )?(?:gira|girerebbe|va|andrebbe|vive|vivrebbe|vivrebbero|sta|starebbe|starebbero) (?:molto |decisamente )?meglio\b",
        r"(?:avrebbe|avrebbero) una vita (?:piu |molto piu )?(?:leggera|facile|serena|semplice|tranquilla|migliore|felice) se (?:io )?(?:non|nn) ci fossi(?: piu)?\b",
        r"(?:sarebbe|sarebbero) (?:tutti )?(?:piu )?(?:felici|sereni|serena|sereno|felice|liberi|libera|libero|tranquilli|tranquilla) se (?:io )?(?:non|nn) ci fossi(?: piu)?\b",
        fixed=True,
    ),
    # leaving this world; the temptation to go away for good (not a move: "da questa città")
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:andarmene|andar via|andare via|me ne vado|me ne voglio andare|voglio andarmene|lasciare|lascero|lasciero) (?:da )?(?:questo mondo|questa terra|questa vita)\b",
        r"(?:tentazione|voglia|idea|pensiero|ci penso|penso) (?:di |a )?(?:\w+ ){0,4}?(?:andarmene|sparire|chiudere con tutto|mollare tutto) (?:\w+ )?per sempre\b"
        r"(?! (?:da|dalla|dal|dall'|di casa|in|a vivere|con)\b)",
        r"(?:chiudere|chiudo|chiuderla) con tutto,? (?:per sempre|una volta per tutte)(?:,? (?:intendo|dico sul serio|davvero))?"
        + _FINE_FRASE,
        r"(?:sarebbe ora|e ora) che me ne (?:andassi|vada),? per sempre,? da tutto\b",
    ),
    # Southern and Roman forms of "I want to kill myself / to get myself out of the way"
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"\bme (?:vogl[io]?'?|voglio|voio|vojo|vurria) ?(?:accidere|accide|cop[aà]|copare|ammazza|ammazzare|ammazzà)\b"
        r"(?! (?:de|dal|dalle|dalla|di) (?:risate|ridere|lavoro|fatica))",
        r"\b(?:m'aggia|m'aggi|me aggia) (?:accidere|accide)\b",
        r"\b(?:famme|fammi|farme) (?:fori|fuori)\b(?! (?:la|il|lo|le|i|tutt|una|un)\b)",
    ),
    # a method while driving: steering into the barrier, driving into a wall
    risk(
        "method",
        "high",
        SI,
        r"(?:penso|pensato|pensavo|ho pensato|mi viene (?:voglia|da pensare)|tentazione|voglia) (?:di |a )?"
        r"(?:sterzare (?:contro|addosso|verso)|andare (?:dritt[oa] )?(?:contro|addosso a) (?:un|il|al|quel) (?:muro|albero|pilone|guardrail|camion|tir)|"
        r"schiantarmi|lanciarmi contro)\b",
        # under a train: "buttarmici sotto", "buttarmi sotto il treno"
        r"(?:buttarmici|gettarmici|lanciarmici) sotto\b",
        # walking into the water and not coming out; "from the roof it would be easy"
        r"(?:entrare|camminare|andare|entrando|camminando) (?:dentro )?(?:in acqua|nel lago|nel mare|in mare|nel fiume|nelle onde) "
        r"(?:e|fino a) (?:non|nn) (?:uscire|uscirne|tornare|riemergere|toccare) (?:piu|mai piu)\b",
        r"(?:dal|dalla|dall'|da quel|da quella) (?:tetto|balcone|terrazzo|ponte|finestra|ultimo piano|viadotto|cornicione)(?: [\w']+){0,3}? "
        r"sarebbe (?:facile|semplice|un attimo|veloce|questione di un attimo|facilissimo)"
        + _FINE_FRASE,
        r"(?:buttarmi|gettarmi|lanciarmi) sotto (?:a |al |il |un |una |la )?(?:treno|metro|metropolitana|tram|camion|tir|macchina|auto|autobus)\b",
        kind="method",
    ),
    # researching how: hanging, a lethal dose, medicines that leave no way out, enough at home
    risk(
        "method",
        "high",
        SI,
        # (the span stops before "come ci si...": the impersonal "si" would read as someone else)
        r"(?:cercato|cerco|cercando|googlato|letto|guardato|informat[oa]|mi informo)(?: [\w']+){0,4}?"
        r"(?= (?:come ci si impicca|come impiccarsi|come ci si uccide|come uccidersi|come ammazzarsi|come morire|come si fa un cappio|come fare un cappio|"
        r"(?:quanto|quanta|quante|quanti) \w+ (?:e|sia|sono|siano) (?:letale|letali|mortale|mortali)|(?:la )?dose (?:letale|mortale)|"
        r"(?:farmaci|medicine|pastiglie|pillole) che (?:non|nn) lasciano scampo)\b)",
        r"(?:controllato|calcolato|contato|verificato) se (?:con )?(?:le |i |quell[ei] |quei )?"
        + _FARMACI
        + r"(?: che ho in casa| che ho| in casa)? (?:basterebbe|basterebbero|bastano|basta)\b",
        kind="method",
    ),
    # self-harm: ruined arms, punishing oneself by hurting, hitting oneself until blood
    risk(
        "self_harm",
        "high",
        SH,
        r"mi sono (?:di nuovo |ancora )?(?:rovinat[oa]|massacrat[oa]|sfregiat[oa]|martoriat[oa]) (?:le braccia|i polsi|le gambe|le cosce|la pelle|la pancia)\b",
        r"(?:mi punisco|mi punivo|punirmi|mi sono punit[oa]) (?:\w+ )?(?:facendomi|a farmi|con il farmi) (?:del )?male\b",
        r"(?:facendomi|farmi|mi faccio|mi sono fatt[oa]) (?:del )?male (?:apposta|di proposito|da sol[oa])\b",
        r"mi (?:do|davo|sono dat[oa]|prendo|prendevo) (?:dei |delle )?(?:pugni|schiaffi|botte|testate|colpi) (?:in testa|in faccia|sulla testa|sulle gambe|da sol[oa])\b"
        r"[^.!?\n]{0,50}?\b(?:sangue|sanguinare|lividi|livido|fino a|finche)",
    ),
    # an attempt stopped at the last moment, or interrupted by someone coming in
    risk(
        "act_taken",
        "imminent",
        SI,
        # (the span leaves out "ero"/"avevo", which would read as the remote past, and the person who came in)
        r"(?:sul|al|sui|sulla|in cima al) (?:ponte|binari|cornicione|davanzale|parapetto|tetto)"
        r"[^.!?\n]{0,60}?(?:mi sono tirat[oa] indietro|all'ultimo (?:momento |secondo )?mi sono fermat[oa]|ho desistito|(?:non|nn) ho avuto il coraggio)\b"
        r"(?! (?:dal|dalla|dall'|dalle|dai|di)\b)",
        r"(?:sul|sui|sulla) (?:cornicione|davanzale|parapetto|binari|ringhiera)(?=,? e (?:poi )?(?:e )?(?:entrat[oa]|arrivat[oa]) (?:mia|mio|il mio|la mia)\b)",
        r"(?:le |i |tutte le |tutti i )"
        + _FARMACI
        + r" (?:gia )?in mano(?= (?:quando|ma|e poi)\b)",
        r"mi (?:hanno|ha) (?:trovat[oa]|soccors[oa]) in tempo" + _FINE_FRASE,
        r"(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho inghiottito) tutto quello"
        r"(?= che (?:avevo|c'era|ho trovato) (?:nell'armadietto|in casa|nel cassetto|nella cassetta|tra le medicine|in bagno)\b)",
        r"(?:mi hanno fatto|mi fanno|mi stanno facendo) (?:la |una )?lavanda gastrica\b"
        r"(?![^\n]{0,80}\b(?:funghi|intossicazione alimentare|cibo|mangiato|avariat))",
    ),
    # preparations: letters to be found later, things arranged so nobody has trouble "after"
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:scritto|lasciato|preparato) (?:delle |una |le |la |un |dei |i )?(?:lettera|lettere|biglietto|biglietti)[^.!?\n]{0,60}?"
        r"(?:le troveranno|la troveranno|lo troveranno|li troveranno|le troverete|la troverete|da aprire (?:dopo|quando)|quando (?:non|nn) ci saro)\b"
        r"(?![^\n]{0,40}\b(?:sotto l'albero|natale|compleanno|befana|anniversario|al ritorno|compira|compiranno|maggiorenne|\d+ anni|pediatra))",
        r"(?:carbone|carbonella|braciere)[^.!?\n]{0,50}?(?:sigillat[oa]|tappat[oa]|chius[oa] (?:tutte )?le fessure|nastro adesivo (?:sulla|sulle|alla|alle|intorno alla|intorno alle) (?:porta|porte|finestra|finestre|fessure))\b"
        r"(?![^\n]{0,60}\b(?:grigliata|barbecue|griglia|festa|arrosticini|brace))",
        r"(?:coltello|lametta|lamette|rasoio|forbici|taglierino)[^.!?\n]{0,40}?(?:sono|mi sono) chius[oa] (?:in bagno|a chiave|in camera)\b"
        r"(?![^\n]{0,40}\b(?:capelli|frangia|barba|unghie))",
        r"(?:ho (?:gia )?deciso|so (?:gia )?|ho (?:gia )?scelto) come e quando" + _FINE_FRASE,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:cosi|in modo che|perche) (?:dopo )?nessuno (?:avra|abbia|debba avere) (?:problemi|pensieri|niente da (?:fare|pagare)|da pagare) dopo"
        + _FINE_FRASE,
        r"(?:cosi|in modo che) chi (?:viene|verra|resta|rimane|restera) dopo (?:(?:non|nn) (?:deve|debba|dovra) (?:fare|pensare a) (?:niente|nulla))",
        r"(?:una lista|un elenco) di chi deve avere cosa\b",
        r"(?:chiesto|detto) a [\w']+ (?:\w+ )?di (?:occuparsi|prendersi cura|badare|tenere) (?:del|della|dei|delle|di) \w+ "
        r"se mi (?:succede|dovesse succedere|capita|capitasse|succedesse) qualcosa\b"
        r"(?![^\n]{0,60}\b(?:operazione|intervento|viaggio|volo|vacanza|ospedale|trasferta|parto))",
        r"(?:sistemat[oa]|preparat[oa]|messo in ordine) (?:le carte|i documenti|tutte le carte) per (?:i miei figli|mia figlia|mio figlio|mia moglie|mio marito|la mia famiglia|i miei)"
        + _FINE_FRASE,
        r"cancellato (?:tutti )?(?:i miei )?(?:profili|account|social)[^.!?\n]{0,20}? e (?:ho )?salutato tutti\b",
        # giving away something of one's own because "I won't need it any more" (not a new one bought)
        r"(?:regalato|dato via) (?:[\w']+ ){0,4}?[\w']+[,;]? (?:tanto |ormai |visto che |perche )?(?:a me )?(?:non|nn) (?:mi )?(?:serve|servono|servira|serviranno) piu"
        + _FINE_FRASE,
    ),
    # farewells: stop bothering you for good; "don't try to stop me"; no guilt (weak alone)
    risk(
        "farewell",
        "imminent",
        SI,
        r"smett\w* di (?:darvi|darti|darle|dare) (?:fastidio|disturbo|problemi|pensieri|peso) per sempre\b",
        r"(?:non|nn) (?:cercate|cercare|provate|provare|cerchi|provi) (?:di |a )fermarmi\b"
        + _LAUGH,
        r"quando (?:lo|la) (?:leggera|leggerai|leggerete|riceverai|ricevera) (?:\w+ )?saro gia (?:lontan[oa]|andat[oa]|mort[oa]),? per sempre\b",
    ),
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:non|nn) (?:si senta|ti sentire|sentirti|vi sentite|sentitevi) in colpa(?= ?[.!,;]|[\s\x00-\x03]*$| per (?:me|quello|cio))",
        r"(?:non|nn) e colpa (?:sua|tua|vostra)" + _FINE_FRASE,
        r"perdonatemi tutti" + _FINE_FRASE,
        r"vi voglio bene(?: a tutti)?" + _FINE_FRASE,
        r"e l'ultima volta che (?:le|ti|vi) scrivo" + _FINE_FRASE,
        kind="farewell",
    ),
]

RULES += [
    # everyday scenes that share the words of the families above and of older ones
    idiom(
        "idiom_die",
        r"(?:vorrei|voglio) sparire (?:per (?:un|una|qualche|due|tre) (?:weekend|fine settimana|giorno|giorni|settimana|settimane|mese|po')|sotto le coperte|in vacanza|al mare)\b",
        r"testamento[^.!?\n]{0,40}?(?:perche|xke|visto che) (?:ho|abbiamo) comprato\b",
        r"testamento[^.!?\n]{0,60}?consiglio (?:del|dell'|della) (?:commercialista|notaio|avvocato|banca)\b",
        # a decision about an everyday step, named right after "lo faccio" / "mi butto"
        r"(?:ho deciso|e deciso|stavolta|stasera|oggi|domani|adesso),? lo faccio[:,]? (?:mi iscrivo|cambio|compro|prenoto|parto|mi licenzio|vado|torno|"
        r"mi taglio i capelli|mi trasferisco|dico|chiedo|glielo dico|gli dico|le dico|lo chiamo|la chiamo|mando|scrivo)\b",
        r"mi butto[,]? e (?:prenoto|mi iscrivo|provo|ci provo|chiedo|glielo dico|gli dico|le dico|lo chiamo|la chiamo|mando|compro|parto)\b",
        r"sono sul (?:ponte|tetto)[,]? (?:arrivo|a sistemare|a riparare|con (?:mio|mia|il|la)|c'e traffico|in coda|bloccat[oa])\b",
        r"(?:domani|oggi|stasera|giovedi|lunedi|martedi|mercoledi|venerdi|sabato) (?:non|nn) ci saro[,.]? (?:ho (?:la febbre|l'influenza|un|una|il|lo|da|esami|lezione|visite|il turno)|devo|perche ho|xke ho|posso|possiamo|in ufficio|alla seduta|all'appuntamento|a lezione|al lavoro)",
        r"mi butto (?:giu )?(?:per|dalle|sulla|sulle|nella|in) (?:le )?(?:piste|pista|discesa|neve|piscina|mischia|lavoro|studio|divano)\b",
        r"(?:pensare|penso|pensando|pensavo|ripenso) alla morte di (?:mio|mia|miei|mie|un|una|suo|sua|nonno|nonna|papa|mamma)\b",
        r"mi (?:tolgo|levo) (?:di mezzo|dai piedi)(?:,)? (?:cosi|e|che) (?:potete|puoi|vi lascio|ti lascio|vado)\b",
    ),
]

RULES += [
    # everyday cuts and burns (shaving, the bread knife, sunburn, a haircut, cutting carbs)
    idiom(
        "idiom_harm",
        r"mi sono bruciat[oa] (?:al mare|al sole|in spiaggia|in montagna|sulla schiena|le spalle)\b",
        r"mi sono tagliat[oa] (?:mentre (?:mi radevo|mi facevo la barba|cucinavo|affettavo|tagliavo|pulivo|aprivo|lavavo)|radendomi|facendomi la barba|col coltello del pane|con il coltello del pane|cucinando|affettando|con la carta|col foglio)\b",
        r"tagliarmi (?:i capelli|la frangia|le unghie|la barba)\b",
        r"(?:sto tagliando|taglio|ho tagliato|tagliare|devo tagliare) (?:i carboidrati|gli zuccheri|le spese|i costi|i dolci|il pane|la pasta|le calorie|le uscite|il superfluo)\b",
    ),
    # "I'd kill for a croissant"
    idiom(
        "idiom_kill",
        r"ucciderei per (?:un|una|uno) (?:cornetto|pizza|gelato|caffe|birra|panino|piatto|cioccolat\w*|biscott\w*|\w+ di \w+)\b",
    ),
]

# ------------------------------------------------- generalisation pass, part 2 (a second fresh batch)
RULES += [
    # passive wish: the heart stopping by itself, falling asleep and feeling nothing, death as relief
    risk(
        "wish_dead",
        "high",
        SI,
        # (the span is the wish only: "il cuore si fermi" would read as someone else's)
        r"(?:spero|speravo|vorrei|magari)(?= che (?:il )?(?:mio )?cuore (?:smetta|smettesse|si fermi|si fermasse)(?: di battere)? "
        r"(?:da solo|all'improvviso|una notte|di notte)\b)",
        r"(?:sarebbe|e) (?:bello|bellissimo|un sollievo|una liberazione) (?:addormentarsi|addormentarmi) e (?:non|nn) "
        r"(?:sentire (?:piu )?(?:niente|nulla)|(?:svegliarsi|svegliarmi|risvegliarsi|risvegliarmi)(?= ?[.!,;]|[\s\x00-\x03]*$| piu| mai))\b",
        r"(?:addormentarmi|addormentarsi) e (?:non|nn) sentire piu (?:niente|nulla),? (?:mai piu|per sempre)\b",
        r"(?:non|nn) mi (?:dispiacerebbe|importerebbe) (?:per niente |affatto |poi tanto )?(?:di )?morire\b(?! (?:dal|dalla|dalle|di|per) )",
        r"se (?:morissi|(?:non|nn) mi svegliassi|(?:non|nn) mi risvegliassi|sparissi)(?: [\w']+){0,2}?,? (?:sarebbe|sarei) "
        r"(?:una liberazione|un sollievo|la pace|liberat[oa]|in pace)\b",
        # news of an accident or a death, and "why not me"
        r"(?:incidente|incidenti|morto|morta|morti|muore|muoiono|malattia)[^.!?\n]{0,40}?(?:perche|xke|xche) (?:non|nn) (?:a me|io|tocca a me)\b",
        r"togliere il disturbo (?:per sempre|definitivamente|una volta per tutte)\b",
        # "I don't know how much longer I can keep from hurting myself"
        r"(?:non|nn) so (?:per )?quanto (?:ancora )?(?:riusciro|resistero|ce la faro|riesco) a (?:non|nn) "
        r"(?:farmi (?:del )?male|tagliarmi|farla finita|farmi qualcosa|buttarmi)\b",
        fixed=True,
    ),
    # a method: buying poison, the Swiss clinic, euthanasia wanted for oneself
    risk(
        "method",
        "high",
        SI,
        r"(?:cercato|cerco|cercando|informat[oa]|chiesto|guardato) (?:[\w']+ ){0,3}?(?:dove comprare|come procurarmi|come trovare|dove trovare) "
        r"(?:il |del |un |una |dei )?(?:cianuro|barbiturici|una pistola|un'arma|un cappio|veleno\b(?! per (?:i |le |gli )?(?:topi|lumache|formiche|insetti|zanzare|scarafaggi)))",
        r"veleno per (?:i )?topi,? (?:ma )?(?:non|nn) per i topi\b",
        r"svizzera[^.!?\n]{0,40}?(?:quella clinica|dignitas|per morire|suicidio assistito)\b",
        r"(?:eutanasia|morte assistita|fine vita)[^.!?\n]{0,30}?(?:voglio|vorrei) (?:andare|andarci|farla|chiederla|farlo) (?:anch'io|anche io|pure io)\b",
        kind="method",
    ),
    # pills counted to know if they are enough, put aside (told with the pills after)
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:conto|ho contato|riconto|ricontato|contavo) (?:le |i )?"
        + _FARMACI
        + r"[^.!?\n]{0,30}?(?:se (?:bastano|basteranno|sono abbastanza|ne ho abbastanza))"
        r"(?![^\n]{0,40}\b(?:fino a|per il viaggio|ricetta|rinnovo|vacanz|fine mese))",
        r"ne ho (?:messe|messi|tenute|tenuti|conservate|conservati|accumulate|accumulati) (?:via |da parte )?(?:abbastanza|a sufficienza|tante|parecchie)"
        r"(?=,? (?:di )?" + _FARMACI + r")",
    ),
    # intent: tomorrow I won't wake up; going to the bridge and not coming back
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:domani|domattina|stanotte|stasera)(?: mattina)? (?:non|nn) mi (?:svegliero|risvegliero)(?: piu)?"
        + _FINE_FRASE,
        r"(?:vado|andro|sto andando) (?:al ponte|ai binari|sul tetto|alla scogliera|al viadotto|al lago|al fiume|in stazione|"
        # rocks, a pier, a cliff, a dam (round 14: "vado sugli scogli ... quando non c'è nessuno e non torno")
        r"sugli scogli|agli scogli|sulla scogliera|sul molo|al molo|in fondo al molo|sulla diga|alla diga|al dirupo|al burrone|"
        r"sul precipizio|al faro|sulla falesia)[^.!?\n]{0,60}? "
        r"(?:e )?(?:questa volta |stavolta )?(?:non|nn) (?:torno|tornero)(?: piu| indietro)?"
        + _FINE_FRASE,
        r"(?:non|nn) lo (?:sanno|sa) ma (?:e|era|sara) (?:un|il mio|l'ultimo) (?:addio|saluto)\b(?! (?:al|alla|allo|ai) )",
    ),
    # weak farewells: "my last e-mail", "this time I won't come back"
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:questa e|e|sara) la mia ultima (?:mail|e-mail|email|lettera)" + _FINE_FRASE,
        r"(?:questa volta|stavolta) (?:non|nn) (?:torno|tornero)(?: piu| indietro)?" + _FINE_FRASE,
        kind="farewell",
    ),
    # preparations: everything given away, telling someone what to do "after"
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:ho dato via|ho regalato) tutto" + _FINE_FRASE,
        r"(?:lasciato detto|lasciato scritto|spiegato|detto) a [\w']+ (?:[\w']+ )?cosa (?:fare|deve fare|dovra fare) dopo"
        + _FINE_FRASE,
    ),
    # acts: pills taken "in quantity" after the noun, a belt round the neck, a foot over the railing, blood
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho inghiottito|ho ingerito) (?:le |i )?(?:mie |miei )?"
        + _FARMACI
        + r",? (?:tante|tantissime|troppe|troppi|tutte|tutti|un sacco|a manciate)"
        + _FINE_FRASE,
        r"(?:ho ingerito|ingerito) (?:tutte le|tutti i|tutta la|tutto il) (?:\w+ )?"
        + _FARMACI
        + r"\b",
        r"(?:messo|mess[oa]|stretto|strett[oa]|legato|legat[oa]) (?:la |una |il |un )?(?:cintura|corda|cappio|cavo|laccio|lenzuolo) (?:intorno )?al collo\b(?! (?:del|della|dello|dei|di) )",
        r"(?:un piede|una gamba|le gambe|tutte e due le gambe) (?:oltre|fuori da|al di la del(?:la)?|dall'altra parte del(?:la)?) "
        r"(?:la ringhiera|il parapetto|il davanzale|il cornicione|la balaustra|ringhiera|parapetto)\b"
        + _SCAVALCO_QUOTIDIANO,
        r"sono (?:chius[oa] )?in bagno[^.!?\n]{0,20}? (?:c'e|ce|c e) (?:tanto|troppo|molto) sangue\b(?! (?:dal naso|dalla gengiva|dal dente|per il ciclo|del ciclo))",
    ),
]

RULES += [
    # everyday scratches, razor blades, a group chat, a house move that should be over
    idiom(
        "idiom_harm",
        r"mi sono (?:graffiat[oa]|tagliat[oa]|punt[oa]|ferit[oa]) con (?:le spine|una spina|un ramo|i rovi|il gatto|una scheggia|un chiodo|la graffetta|la carta)\b",
        r"lamette (?:nuove )?per (?:il rasoio|radermi|la barba|depilarmi|le gambe|il cutter|il taglierino)\b",
        # all the pills "that were prescribed": the ordinary dose, not an overdose
        r"(?:ho preso|preso) (?:le |i )?(?:mie |miei )?"
        + _FARMACI
        + r",? (?:tutte|tutti) (?:quelle|quelli) (?:prescritt[ei]|che mi (?:ha|hanno) (?:dato|prescritto)|della (?:ricetta|sera|giornata)|del giorno)\b",
    ),
    idiom(
        "idiom_die",
        r"(?:motivo|ragione|senso) (?:per|di|x) restare (?:in (?:quel|quella|questo|questa|un|una)|nel|nella|nello|al lavoro|in ufficio|a lavorare|con (?:lui|lei|loro))\b",
        r"(?:vorrei|voglio|spero) che (?:fosse|sia) tutto finito,? (?:questo|questa|sto|sta|il|la) "
        r"(?:trasloco|esame|esami|settimana|lavoro|progetto|mese|periodo|cantiere|ristrutturazione|influenza|tesi|riunione|corso)\b",
    ),
]

# ------------------------------------------------- generalisation pass, part 3 (a third fresh batch)
RULES += [
    # passive wish: disappointed to be alive, every extra day too many, only darkness for ever
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:delus[oa]|dispiaciut[oa]|arrabbiat[oa]) (?:di|che) (?:essere|sono|sia|essermi svegliat[oa]) ancora viv[oa]\b",
        r"(?:delus[oa]|dispiaciut[oa]) (?:di )?essermi (?:ri)?svegliat[oa]" + _FINE_FRASE,
        r"ogni giorno (?:in piu )?(?:e|sembra) un giorno di troppo" + _FINE_FRASE,
        r"(?:desidero|voglio|vorrei|sogno|aspetto) (?:solo |soltanto |altro che )?(?:il buio|il nulla|il silenzio|riposare|dormire)(?: e basta)?,? "
        r"(?:per sempre|eterno|eterna)\b",
        r"(?:ho smesso|smesso) di (?:voler|volere|aver voglia di|avere voglia di) vivere\b(?! (?:in|a|con|qui|li|la|cosi|insieme)\b)",
        r"(?:non|nn) (?:ce|c'e|c e) la faccio (?:piu|\+) a (?:stare al mondo|vivere|esistere|restare in vita)\b"
        r"(?! (?:del|della|dello|dei|dell'|in|a|con|cosi|qui)\b)",
        fixed=True,
    ),
    # a method weighed: how to go "without a sound", a knife held for an hour, staring at the pills
    risk(
        "method",
        "high",
        SI,
        r"(?:come|modo di|modo per) andarmene (?:senza fare rumore|in silenzio|senza disturbare|senza far soffrire nessuno|senza dolore)\b",
        r"(?:tenuto|tengo) (?:il|un|la|una) (?:coltello|lametta|rasoio|taglierino|forbici) in mano (?:per (?:un'ora|ore|tanto|minuti|mezz'ora)|a lungo|tutta la notte)\b"
        r"(?![^.!?\n]{0,12}\b(?:tagliare|affettare|pulire|sbucciare|cucinare|preparare|tritare))",
        r"(?:a guardare|guardando|a fissare|fissando) (?:le |i |la scatola (?:delle|dei) |il flacone (?:delle|dei|di) )?"
        + _FARMACI
        + r" (?:sul comodino|sul tavolo|in mano|davanti a me|per ore|tutta la (?:sera|notte))\b",
        kind="method",
    ),
    # an attempt stopped by lack of courage (with the place or the means in the same sentence)
    risk(
        "act_taken",
        "imminent",
        SI,
        r"(?:ponte|binari|tetto|cornicione|balcone|parapetto|corda|lametta|treno)[^.!?\n]{0,50}?(?:non|nn) ho avuto il coraggio"
        + _FINE_FRASE,
        r"(?:ho provato|ho tentato|provato|tentato) ad (?:annegarmi|affogarmi|ammazzarmi|uccidermi|impiccarmi|avvelenarmi)\b",
        r"(?:chius[oa]|chiusa|chiuso) in (?:macchina|auto|garage|box) (?:col|con il|con) motore acceso\b"
        r"(?![^\n]{0,40}\b(?:riscaldamento|aria condizionata|aspettav\w*|aspetto|scaldar\w*|freddo))",
    ),
    # a parent finding the child with the pills in hand
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:l'abbiamo|l'ho|l'hanno|lo abbiamo|la abbiamo) trovat[oa] con (?:le |i |tutte le |un flacone di |la scatola di )?"
        + _FARMACI
        + r" in mano\b",
        # pills dissolved in a glass, "it's ready"; the car with the hose fitted
        r"sciolto (?:tutte )?(?:le |i )"
        + _FARMACI
        + r" (?:nel|in un|nell') (?:bicchiere|acqua|vino|succo)[^.!?\n]{0,20}?(?:e pront[oa]|tutte|per stanotte|per stasera)\b",
        r"(?:macchina|auto|scarico)[^.!?\n]{0,30}?tubo (?:gia )?(?:attaccato|collegato|infilato)\b",
    ),
    # preparations: last wishes written, debts left clear
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:scrivere|scritto|preparare|preparato|redatto|redigere|scrivo) (?:[\w']+ ){0,2}?(?:le )?(?:mie )?ultime volonta\b",
        r"(?:cosi|in modo che|perche) (?:non|nn) (?:restino|restano|rimangano|rimangono) (?:debiti|conti in sospeso|pendenze)"
        + _FINE_FRASE,
    ),
    # farewells: "I loved you all, remember it"; "don't look for me any more, I've decided"
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:vi|ti|le) ho voluto (?:tanto |molto )?bene(?: a tutti)?,? (?:ricordatelo|ricordatevelo|ricordalo|ricordatevi)\b",
        r"(?:non|nn) (?:cercatemi|mi cercate|mi cercare|mi cerchi) piu,? ho deciso\b",
    ),
    # an act: detergent drunk
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho bevuto|bevuto|ho ingoiato|ho mandato giu) (?:il |del |un po' di |l')?(?:detersivo|ammoniaca|acido|antigelo|diserbante|insetticida|topicida)\b",
    ),
    # self-harm: an arm opened, cuts "made" (not a haircut), bites until blood, starving as punishment
    risk(
        "self_harm",
        "high",
        SH,
        r"mi sono (?:apert[oa]|squarciat[oa]|tagliuzzat[oa]|incis[oa]) (?:il braccio|i polsi|il polso|la gamba|la coscia|le braccia|le gambe|la pelle)\b",
        r"(?:farmi|fatto|faccio|rifarmi) (?:i |dei |altri |ancora )?tagli\b(?! (?:di capelli|ai capelli|al budget|alle spese|di spesa|sul budget))",
        r"(?:me li sono fatt[ie]|me li faccio) (?:da sol[oa],? )?(?:i|quei) tagli\b",
        r"(?:mi sono pres[oa]|mi prendo|mi sono pres[oa] (?:di nuovo|ancora)) a (?:morsi|pugni|schiaffi|graffi) (?:il braccio|le braccia|la mano|le mani|la gamba|le gambe|la faccia|la testa)"
        r"[^.!?\n]{0,20}?(?:fino al sangue|a sangue|fino a sanguinare)\b",
    ),
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:non|nn) mangio (?:piu )?per punirmi\b",
        fixed=True,
    ),
]

RULES += [
    # "last message, then I switch off and sleep, good night"; a ledge in a video game
    idiom(
        "idiom_die",
        r"ultimo messaggio,? (?:poi|e poi) (?:spengo|vado|stacco)[^.!?\n]{0,40}?(?:dormo|buonanotte|a letto|a domani)\b",
        r"sono sul (?:cornicione|tetto|ponte)[^\n]{0,40}?(?:nel videogioco|nel gioco|in minecraft|su fortnite|nel sogno)\b",
    ),
]

# ------------------------------------------------- generalisation pass, part 4 (a fourth fresh batch)
RULES += [
    # passive wish: tired of waking up, alive only for someone, afraid of not stopping this time
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:stanc[oa]|stuf[oa]|stanchi|stanche) di (?:svegliarmi|risvegliarmi)(?: ogni (?:mattina|giorno)| tutte le mattine| la mattina)?"
        + _FINE_FRASE,
        r"(?:vivo|sono ancora viv[oa]|resto in vita|sono ancora qui|resto qui|vado avanti) solo (?:perche|xke|per) "
        r"(?:mia madre|mio padre|i miei|il (?:mio )?cane|il (?:mio )?gatto|i miei figli|mia figlia|mio figlio|loro|la mia famiglia|mia nonna|mia sorella)"
        r"(?: (?:ci )?(?:starebbe|starebbero|soffrirebbe|soffrirebbero) male)?"
        # (not a saying reported after it: "..., dice sempre mia nonna")
        r"(?= ?[.!;]|[\s\x00-\x03]*$|,(?! (?:dice|diceva|ha detto|dicono|diceva sempre|dice sempre)\b))",
        r"ho paura di (?:non|nn) riuscire a fermarmi(?: stavolta| questa volta| la prossima volta)?"
        + _FINE_FRASE,
        fixed=True,
    ),
    # a method weighed: looking down and wondering whether it hurts
    risk(
        "method",
        "high",
        SI,
        r"(?:balcone|finestra|ponte|tetto|binari|treno|giu|lametta|corda)[^.!?\n]{0,50}?(?:chiedendomi|mi chiedo|mi chiedevo|chiedendomi) "
        r"(?:se|quanto) (?:fa|farebbe|faccia|facesse) male" + _FINE_FRASE,
        kind="method",
    ),
    # means gathered discreetly: boxes from different chemists, extra pills put aside
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:comprato|preso|procurato|presi|comprate) (?:[\w']+ ){0,3}?(?:scatole|confezioni|flaconi|blister) (?:di |del |della )?"
        + _FARMACI
        + r" in (?:\w+ )?(?:farmacie diverse|farmacie|piu farmacie)\b",
        # (the span starts at the verb: the pill words include brand stems too short to key a rule)
        r"(?:prescrivere|prescritto|prescritti|comprato|comprati|presi|preso|procurato|procurati) (?:[\w']+ ){0,3}?"
        + _FARMACI
        + r"[^.!?\n]{0,40}?,? (?:li|le) (?:tengo|metto|sto mettendo|ho mess[ei]|conservo|nascondo) (?:da parte|via)\b"
        r"(?![^\n]{0,40}\b(?:viaggio|valigia|vacanz|trasferta))",
        # the door left open "so that they find me quickly"
        r"porta aperta[^.!?\n]{0,20}?(?:cosi|perche|in modo che) (?:mi )?(?:trovano|trovino|troveranno) (?:subito|presto|prima|in fretta)\b",
    ),
    # intent: "tonight I mean to end it" (no object: "finirla con lui" is a break-up)
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|oggi|domani|adesso)[^.!?\n]{0,10}?(?:ho intenzione di|voglio|ho deciso di|vado a) finirla"
        + _FINE_FRASE,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:ho intenzione di|ho in mente di|penso di|sto pensando di) finirla" + _FINE_FRASE,
        r"(?:sistemare|mettere in ordine|sistemato|messo in ordine) (?:tutto|le mie cose|le carte) prima di (?:andarmene|morire|sparire|(?:non|nn) esserci piu)"
        + _FINE_FRASE,
    ),
    # acts: half the pills taken and wondering about the rest; a hanging, a jump from a moving car; bleeding wrist
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho preso|ho ingoiato|ho buttato giu|ho mandato giu) (?:meta|la meta) (?:delle|dei|della|del) (?:\w+ )?"
        + _FARMACI
        + r"\b(?![^\n]{0,40}\b(?:prescritt|come (?:ha|mi ha) detto|meta domani|ricetta|medico))",
        r"(?:non|nn) so se prendere (?:anche )?(?:le altre|gli altri|il resto|tutto il resto)"
        + _FINE_FRASE,
        r"mi sono (?:impiccat[oa]|avvelenat[oa]|buttat[oa] dalla macchina in corsa|lanciat[oa] dalla macchina in corsa)\b",
        r"(?:non|nn) riesco a fermare (?:il )?sangue (?:dal polso|dai polsi|dal braccio|dalle braccia|dalla coscia|dalle cosce|dal taglio|dai tagli)\b",
    ),
    # self-harm: hurting oneself where nobody sees, needing the cuts to calm down
    risk(
        "self_harm",
        "high",
        SH,
        r"mi (?:faccio|sono fatt[oa]|facevo) (?:del )?male (?:alle gambe|alle braccia|ai polsi|alle cosce|sulla pancia|addosso)?[^.!?\n]{0,20}?"
        r"(?:dove nessuno (?:vede|vedra|puo vedere)|di nascosto|apposta)\b",
        r"(?:mi servono|ho bisogno (?:dei|di)) (?:i )?tagli(?:armi)? per (?:stare|sentirmi|calmarmi|respirare|sopravvivere|sentire qualcosa)\b",
    ),
]

# ------------------------------------------------- generalisation pass, part 5 (a fifth fresh batch)
RULES += [
    # passive wish: a dream of dying that felt good, "let it all end, me included", imagining not being there
    risk(
        "wish_dead",
        "high",
        SI,
        r"sognato di (?:morire|essere mort[oa])[^.!?\n]{0,60}?(?:felice|sollevat[oa]|in pace|delus[oa])\b",
        r"(?:finisca|finisse|finire|sparisca|sparisse) tutto,? (?:io compres[oa]|anche io|me compres[oa]|compres[oa] me)\b",
        r"(?:immagino|immaginare|immaginando|quando immagino) di (?:non|nn) (?:esserci|esistere)(?: piu)?"
        + _FINE_FRASE,
        r"nessuno (?:mi )?(?:verrebbe a cercare|cercherebbe|se ne accorgerebbe)[^.!?\n]{0,30}?(?:ed? )?(?:forse )?(?:e|sarebbe) meglio\b",
        r"(?:sto|stia|stessi|sono) (?:solo )?aspettando (?:solo )?la fine" + _FINE_FRASE,
        r"(?:non|nn) ho piu niente da perdere,? tanto vale" + _FINE_FRASE,
        fixed=True,
    ),
    # voices or "my head" telling the sender to do it (the span is the command, not the third-person voice)
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:mi dice|mi dicono|mi ripete|mi ripetono|mi urla|mi sussurra) (?:sempre |di continuo )?di "
        r"(?:farla finita|buttarmi|ammazzarmi|uccidermi|farmi del male|tagliarmi|morire|impiccarmi)\b",
        # the last time: greeting or hugging people "as if it were the last time"
        r"(?:salutare|salutato|saluto|abbracciato|abbraccio|abbracciare|baciato|guardato) (?:le persone|mia madre|mio padre|i miei|tutti|i bambini|mia figlia|mio figlio|mia sorella|mio fratello)"
        r"[^.!?\n]{0,30}?(?:come se fosse|pensato:? (?:e|sara)) l'ultima volta\b"
        r"(?![^\n]{0,40}\b(?:cambio|trasloco|parto|mi trasferisco|ultimo giorno|pensione|colleghi))",
        r"(?:scelto|scegliere|scelgo|deciso|ho gia deciso) (?:[\w']+ ){0,3}?per il mio funerale\b"
        + _LAUGH,
        r"(?:registrato|scritto|lasciato|preparato) (?:un video|una lettera|un messaggio|delle lettere|dei video)[^.!?\n]{0,30}?"
        r"da (?:guardare|leggere|aprire) quando (?:saranno grandi|sarai grande|(?:non|nn) ci saro)\b",
        r"mi hanno tolto (?:i lacci|le stringhe)(?: delle scarpe)?\b",
    ),
    # a method: trains that do not stop here
    risk(
        "method",
        "high",
        SI,
        r"(?:treni|treno) che (?:non|nn) (?:fermano|ferma|si fermano|si ferma)(?= ?[.!,;]|[\s\x00-\x03]*$| alla mia stazione| qui| in questa stazione)",
        kind="method",
    ),
    # the means at hand: pills kept back from the doctor, "I know how many and I have them",
    # a noose tried, a hidden place, "I only need the courage"
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:gocce|pastiglie|pillole|compresse|farmaci|medicine|sonniferi|ansiolitici|tranquillanti)[^\n]{0,60}?"
        r"in realta (?:le|li) (?:conservo|tengo da parte|metto da parte|accumulo|nascondo)\b",
        r"so (?:esattamente |gia |bene )?quante ne servono,? e (?:le|li) ho\b",
        r"dove nessuno (?:mi )?(?:trovera|potra trovarmi|mi troverebbe|mi trovera)" + _FINE_FRASE,
        r"(?:nodo|cappio)(?! (?:alla|della|delle|ai|alle|al|in gola)\b)[^.!?\n]{0,30}?(?:l'ho provato|regge|tiene)\b",
        r"(?:pastiglie|pillole|compresse|corda|lametta|gocce)[^\n]{0,40}?(?:mi manca solo|ho solo bisogno di|mi serve solo) (?:il |un po' di )?coraggio\b",
    ),
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:le |delle |tutte le )(?:pastiglie|pillole|compresse) in bocca\b",
        r"svegliat[oa] in (?:ospedale|rianimazione|terapia intensiva)[^.!?\n]{0,10}?,? (?:non|nn) (?:doveva andare cosi|dovevo svegliarmi)\b",
    ),
    # self-harm: a name carved, pinching to bruises, a fist through glass on purpose, burning with boiling water
    risk(
        "self_harm",
        "high",
        SH,
        r"mi sono incis[oa] [^.!?\n]{0,30}?(?:sul braccio|sulla pelle|sulla coscia|sul polso|sulla pancia|sulle braccia|sulle gambe)\b",
        r"mi sono (?:pizzicat[oa]|morsicat[oa]|graffiat[oa]|picchiat[oa]|colpit[oa])[^.!?\n]{0,20}? fino a (?:farmi|lasciarmi|avere) (?:i |dei )?(?:lividi|sangue|segni)\b",
        r"(?:sbattuto|dato|tirato) (?:il pugno|la mano|un pugno|la testa) (?:sul|contro il|contro la|nel|sulla) (?:vetro|muro|specchio|finestra|porta) apposta\b",
        r"mi brucio (?:apposta |di proposito )?con (?:l'acqua bollente|il ferro|l'accendino|la sigaretta|la fiamma|le sigarette)\b",
    ),
    # a farewell to the therapist: no more sessions, the decision taken and peace (weak: both together)
    risk(
        "farewell",
        "imminent",
        SI,
        r"ho preso la (?:mia )?decisione e (?:sono|mi sento) (?:in pace|seren[oa]|tranquill[oa])\b",
        r"(?:non|nn) verro piu (?:alle sedute|in seduta|da lei|allo studio)\b",
        kind="farewell",
    ),
]

RULES += [
    # a rope that belongs to a curtain, the washing, a boat or an instrument
    idiom(
        "idiom_die",
        r"(?:corda|corde) (?:della tenda|delle tende|del bucato|per stendere|della barca|della chitarra|del violino|della vela|del tendone|dell'altalena)\b",
    ),
]

# ------------------------------------------------- blind round 4 (Italian misses and false alarms)
# where a family takes someone to in an emergency (after pills taken)
_EMERGENZA = (
    r"(?:(?:siamo|sono|stiamo andando|sto andando|corriamo|(?:mi|lo|la|l') ?(?:stanno|stiamo) portando|(?:mi|lo|la|l') ?(?:hanno|abbiamo) portat[oa]) "
    r"(?:in ambulanza|al pronto soccorso|in pronto soccorso|al ps)|(?:ho|abbiamo) chiamato (?:il 118|l'ambulanza|un'ambulanza)|(?:sto|stiamo|stanno|sta) chiamando (?:il 118|l'ambulanza|un'ambulanza)|"
    r"(?:sta|stanno) arrivando l'ambulanza|l'ambulanza (?:sta arrivando|e arrivata|e qui|arriva)|(?:fanno|fatto|stanno facendo|fargli|farle) (?:la |una )?lavanda gastrica)\b"
)
_PRESO_FARMACI = (
    r"(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho inghiottito|ha preso|ha ingoiato|ha mandato giu|ha buttato giu|ha inghiottito|"
    r"mi sono pres[oa]|si e pres[oa]) (?:le |i |delle |dei |tutte le |tutti i )?(?:sue |suoi |mie |miei )?"
)
_CASA_AFFIDATA = r"(?:le chiavi|le mie chiavi|il cane|il gatto|i gatti|i documenti|il testamento|le password|la macchina|la bici|le piante|il mio cane|il mio gatto)"
RULES += [
    # pills taken and the ambulance on its way: an overdose, whatever the quantity
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        _PRESO_FARMACI
        + _FARMACI
        + r"\b(?=[^.!?\n]{0,80}?\b"
        + _EMERGENZA
        + r")(?![^.!?\n]{0,80}\b(?:visita|esami|controllo|operazione|intervento|analisi|prescritt|ricetta|farmacia|pressione))",
        r"(?:in ambulanza|al pronto soccorso|in pronto soccorso|lavanda gastrica|chiamato il 118|chiamato l'ambulanza|chiamando il 118|chiamando l'ambulanza)\b[^\n]{0,80}?\b"
        + _PRESO_FARMACI
        + _FARMACI
        + r"\b(?![^.!?\n]{0,60}\b(?:visita|esami|controllo|operazione|intervento|analisi|prescritt|ricetta|farmacia|pressione|come (?:sempre|al solito|da)))",
    ),
    # indifference to dying by accident: "se una macchina mi prende, pazienza", not looking when crossing
    # (the cue's own "se" and "non" are inside its span: only a hypothesis or a negation before it lowers it)
    risk(
        "wish_dead",
        "high",
        SI,
        r"se (?:una macchina|la macchina|un'auto|una moto|un camion|un tir|un autobus|il treno|un treno|il tram|un tram|qualcuno|un pirata della strada) "
        r"mi (?:prende|investe|mette sotto|tira sotto|viene addosso|travolge|prendesse|investisse|mettesse sotto|tirasse sotto|venisse addosso|travolgesse|"
        r"ammazza|ammazzasse|uccide|uccidesse|stira|stirasse|secca|seccasse)(?: in pieno)?,? (?:pazienza|amen|tanto meglio|meglio|pace|fa niente|"
        r"niente di male|chi se ne frega|chissenefrega|(?:non|nn) mi (?:importa|interessa|frega|dispiacerebbe|dispiace)|(?:non|nn) sarebbe (?:un|una) "
        r"(?:problema|tragedia|gran perdita|dramma)|sarebbe (?:un sollievo|meglio|una liberazione)|mi (?:farebbe|fa) (?:un favore|un piacere))\b",
        r"se (?:domani |stanotte |un giorno )?(?:muoio|morissi|dovessi morire|crepo|crepassi|(?:non|nn) mi (?:sveglio|svegliassi|risveglio|risvegliassi))"
        r"(?: (?:domani|stanotte|oggi|stasera|nel sonno|per strada|in macchina))?,? (?:pazienza|amen|tanto meglio|pace|chi se ne frega|chissenefrega|"
        r"(?:non|nn) mi (?:importa|interessa|frega|dispiacerebbe)|sarebbe (?:un sollievo|una liberazione|meglio)|meglio cosi)\b",
        r"(?:quando|se) attraverso (?:la strada |le strisce |la via |i binari |la statale )?(?:ormai |apposta |di proposito )?(?:(?:non|nn) guardo (?:piu|\+)"
        r"|(?:non|nn) guardo (?:nemmeno|neanche|manco) (?:piu )?se (?:arriva|arrivano|passa|passano|viene|vengono)|(?:non|nn) mi guardo (?:piu )?intorno)"
        r"(?! (?:il|la|lo|i|le|gli|l'|nel|nella|sul|sullo|dove|mai|a destra|a sinistra|per)\b)",
        r"attraverso (?:la strada |le strisce |la via |i binari |la statale )?(?:a occhi chiusi|senza guardare) (?:apposta|di proposito|ormai|e (?:spero|vediamo|pazienza|amen|vada come vada|sia quel che sia))\b",
        r"(?:ormai|apposta|di proposito) (?:non|nn) guardo (?:piu|\+) (?:quando|se|mentre) attraverso\b",
        # the street named between ("quando attraverso corso Buenos Aires non guardo più se arrivano le
        # macchine", round 16); "se mi investono, amen"
        r"(?:quando|se|mentre) attraverso\b[^.!?\n]{0,40}? (?:non|nn) guardo (?:piu|\+|nemmeno|neanche|manco)(?: piu)? se (?:arriva|arrivano|passa|passano|viene|vengono) "
        r"(?:le |la |una |un |i |delle |dei )?(?:macchin\w*|auto|camion|tram|treno|moto|bus|autobus)\b",
        r"se mi (?:investono|investe|mettono sotto|stirano|travolge|travolgono|tirano sotto|arrotano),? (?:pazienza|amen|tanto meglio|pace|fa niente|chi se ne frega|"
        r"chissenefrega|meglio cosi|(?:non|nn) mi (?:importa|interessa|frega))\b",
    ),
    # a time, then the way to a place to jump from: "domattina vado al viadotto della tangenziale"
    risk(
        "method",
        "high",
        SI,
        r"(?:stanotte|stasera|domattina|domani|adesso|ora|all'alba|oggi|fra poco|tra poco|dopo) (?:mattina |sera |notte |pomeriggio )?(?:me ne )?"
        r"(?:vado|andro|salgo|saliro|sto andando|sto salendo|torno|tornero) (?:al|sul|ai|sui|in cima al|sopra il|sopra al) "
        r"(?:viadotto|cavalcavia|binari|cornicione|parapetto)\b(?: (?:del|della|dello|dell'|di|sul|sulla|sull'|sopra|vicino|dietro) [\w']+(?: [\w']+)?)?"
        r"(?! (?:per|a|ad|con|insieme)\b)(?!,? (?:per|a|ad|con|insieme|che) )",
        # the place told with its road or town, then a time or the end of the sentence
        r"(?:vado|andro|salgo|saliro|sto andando|sto salendo|torno|tornero) (?:al|sul|ai|sui|in cima al|sopra il|sopra al) "
        r"(?:viadotto|cavalcavia|binari|cornicione|parapetto) (?:del|della|dello|dell'|di|sul|sulla|sull'|sopra|vicino|dietro) [\w']+(?: [\w']+)?"
        r"(?=[.!;]|\s*$|,? (?:stanotte|stasera|domattina|domani|adesso|ora|all'alba|prima che|prima dell'alba|quando (?:non|nn) c'e nessuno|da sol[oa]|"
        r"e (?:mi butto|la faccio finita|basta|salto)|(?:non|nn) (?:mi cerchi|cercatemi|mi cercate)|addio)"
        # the place told more closely ("..., quello sopra il torrente", round 15)
        r"|, (?:quello|quella|quelli) (?:sopra|sul|sulla|vicino|dietro|accanto|lungo|verso|piu alto|alto)\b"
        r"(?![^.!?\n]*\b(?:per|a fare|a vedere|a pescare|a correre|a fotografare|a guardare|con|insieme)\b))",
        kind="method",
    ),
    # house, keys or pets handed over with a letter: a weak farewell (counts next to another cue)
    risk(
        "farewell",
        "imminent",
        SI,
        # "\b": the object ends a word (rules.py keys the rule on "le chiavi", "il cane"... and
        # not on every "il", "la", "i" of a long letter); the space after it already meant that
        _CASA_AFFIDATA
        + r"\b(?: di casa| della macchina| di casa mia)? (?:le |li |l'|gli )?(?:ho |abbiamo )?(?:lasciat[eaio]|dat[eaio]|consegnat[eaio]|affidat[eaio]|regalat[eaio])\b"
        r"[^.!?\n]{0,40}? (?:con|e|insieme a|insieme ad|assieme a) (?:una|la|un|il|le|delle|due) (?:lettera|lettere|biglietto|biglietti|righe|busta|buste)\b"
        r"(?![^\n]{0,80}\b(?:vacanz|viaggio|istruzioni|annaffiare|corriere|bollette|rientro|torno|tornero))",
        r"(?:ho lasciato|ho dato|ho consegnato|ho affidato|ho regalato|lascio|ho lasciato a [\w']+(?: [\w']+)?) (?:a [\w']+(?: [\w']+)? )?"
        + _CASA_AFFIDATA
        + r"(?: di casa| della macchina)?\b[^.!?\n]{0,40}? (?:con|e|insieme a|insieme ad|assieme a) (?:una|la|un|il|le|delle|due) (?:lettera|lettere|biglietto|biglietti|righe|busta|buste)\b"
        r"(?![^\n]{0,80}\b(?:vacanz|viaggio|istruzioni|annaffiare|corriere|bollette|rientro|torno|tornero))",
        kind="farewell",
    ),
]

# ------------------------------------------------------- explicit misses (training authors)
# L'atto, il mezzo o l'autolesione detti in chiaro, che le liste di prima non avevano
# (test: tests/test_explicit_misses.py).
RULES += [
    # un'overdose presa: "svuotato il blister", "tutto il flacone giu", "iniettata tutta la penna"
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:svuotato|svuotata) (?:tutto |tutta )?(?:il|la|un|una) (?:blister|flacone|boccetta|scatola|confezione)\b"
        r"(?! (?:dello |del |della )?(?:shampoo|bagnoschiuma|detersivo|sapone|ammorbidente|biscotti|cereali|latte|succo|vino|olio|acqua)\b)",
        # "tutto|tutta" spelled out (not "tutt[oa]"): keyed on the words, gated by "il|la"
        r"(?:tutto|tutta) (?:il|la) (?:blister|flacone|boccetta|scatola|confezione) (?:di |delle |dei )?(?:[\w']+ ){0,3}?(?:giu|ingoiat[oa]|mandat[oa] giu|buttat[oa] giu)\b",
        r"(?:mandato|buttato|mandata|buttata) giu (?:il|tutto il|la|tutta la) (?:flacone|boccetta|blister|scatola) (?:di|delle|dei)\b",
        r"(?:mi sono|mi son|me so) iniettat[oa] (?:tutta la penna|tutta l'insulina|tutto il flacone|<QTY> (?:di )?(?:insulina|unita))",
        r"(?:prese|presi|ingoiate|ingoiati) (?:le|i) <PILLS>,? (?:tante|tutte|tutti|troppe|troppi)\b",
    ),
    # autolesione detta in chiaro: un attrezzo o una bruciatura sul corpo, "fino al sangue"
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:bruciata|bruciato|ustionata|ustionato) (?:con|cn|col) (?:l'accendino|la sigaretta|una sigaretta|la fiamma|l'accendino)\b",
        r"(?:rifatta|rifatto|rifatti|fatta|fatto) (?:i|dei|altri|nuovi|due|tre) tagli (?:sul|sulla|sulle|sui|sull'|al|alla|alle|nel|nella) ?"
        r"(?:braccio|braccia|polso|polsi|coscia|cosce|gamba|gambe|pancia|avambraccio|fianco|fianchi|caviglia|caviglie|stomaco)\b",
        r"inciso (?:una linea|un taglio|la pelle|il braccio|la coscia|il polso)\b"
        r"(?! (?:sul|sulla|nel|nella) (?:legno|tavolo|vetro|pietra|metallo|disco|linoleum|cuoio|tronco|corteccia)\b)",
        r"(?:sfregiato|sfregiata) (?:con|cn|col|da sol[oa]|il braccio|la faccia|sul braccio)\b",
        r"esagerat[oa] (?:con|cn|col) (?:il |la |le )?(?:taglierino|rasoio|lametta|lamette|lama|lame|forbici)\b",
        r"(?:gratto|grattata|grattato|grattate|graffio|graffiata|graffiato|graffiate) (?:le braccia|la pelle|le gambe|le cosce|i polsi|la faccia|il braccio|la schiena)? ?"
        r"fino al sangue\b(?![^.!?\n]{0,40}\b(?:zanzar\w*|prurito|eczema|orticaria|dermatite|varicella|punture?|allergia)\b)",
        r"(?:mordo|morso|morsa|morsicata|morsicato) (?:le dita|il braccio|le braccia|la mano|le mani|le labbra|il polso)? ?(?:fino a sanguinare|finche sanguin\w*|fino al sangue|fino a lasciare i segni)\b",
    ),
    # sul posto alto adesso: seduta sul davanzale, le gambe fuori dalla ringhiera
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:sono|sto) (?:seduta|seduto) (?:sul|sulla) (?:davanzale|cornicione|parapetto|ringhiera|bordo del tetto)\b",
        r"(?:seduta|seduto|in piedi) (?:sul|sulla) (?:davanzale|cornicione|parapetto|ringhiera)(?: del (?:ponte|viadotto|tetto|cavalcavia|terrazzo))?[,.:]? "
        r"(?:(?:quinto|sesto|settimo|ottavo|nono|decimo|quarto|terzo|\d+) piano|finestra aperta|fa (?:vento|freddo))\b",
        r"(?:gambe|piedi) (?:gia )?(?:fuori dalla|oltre la|oltre il|fuori dal|penzoloni dal|penzoloni dalla) (?:ringhiera|parapetto|davanzale|balcone|cornicione|finestra)\b",
        r"(?:terrazzo|tetto|terrazza|balcone|ponte|viadotto|parcheggio)[^.!?\n]{0,40}\bguardo giu da (?:un'ora|ore|mezz'ora|un po'|tanto|venti minuti)\b",
        r"(?:scavalcato|scavalcata) (?:la ringhiera|il parapetto|la balaustra|il guardrail)\b",
    ),
    # peso per gli altri: "il mondo gira meglio senza di me"
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:mondo|famiglia) (?:gira|girerebbe|va|andrebbe|starebbe|sta) meglio senza (?:di )?me\b",
        r"(?:meglio|meglio per tutti|meglio x tutti) se tolgo il disturbo\b",
        fixed=True,
    ),
]

RULES += [
    # il motore acceso in garage, un laccio legato e pronto, le pastiglie contate sul letto
    risk(
        "plan",
        "imminent",
        SI,
        r"motore acceso (?:in|nel|dentro il) garage\b(?![^.!?\n]{0,40}\b(?:scaldar\w*|meccanico|riparar\w*|controllar\w*|porta aperta|basculante aperta)\b)",
        # "garage\b": a whole word, so "in", "nel", "dentro" are gated by it (rules.py)
        r"(?:in|nel|dentro il) garage\b[,:]? (?:[\w']+ ){0,4}?(?:col |con il |e il )?motore acceso\b"
        r"(?![^.!?\n]{0,40}\b(?:scaldar\w*|meccanico|riparar\w*|controllar\w*|porta aperta|basculante aperta)\b)",
        r"tubo (?:e |gia )?(?:attaccato|collegato|fissato)[^.!?\n]{0,40}\bmotore (?:e )?acceso\b",
        r"(?:nodo|cappio) (?:alla|al|con la|con il|nella|nel) (?:cintura|corda|cavo|filo|sciarpa|cinghia)\b",
        r"(?:filo|cavo|cintura|corda|cinghia|laccio)(?: [\w']+){0,5} (?:stretto|stretta|legato|legata|avvolto|avvolta) (?:intorno|attorno) al collo\b",
        r"<PILLS> (?:contat[ei]|contati e ricontati|in fila|allineat[ei]) (?:sul|sulla) (?:letto|tavolo|comodino|scrivania)\b"
        r"(?![^.!?\n]{0,40}\b(?:settimana|portapillole|mese|dosi|dosatore|organizer|terapia)\b)",
    ),
    # morire detto come la soluzione
    risk(
        "wish_dead",
        "high",
        SI,
        r"morire (?:sarebbe|mi sembra|mi pare) (?:la|una) (?:soluzione|liberazione|via d'uscita)\b"
        r"(?! (?:per (?:la|il|le|i) (?:pianta|piante|batteria|telefono|stampante))\b)",
        fixed=True,
    ),
]

# ------------------------------------------------ explicit misses, second wave
# L'atto, la dose chiesta, l'autolesione, il voler morire detti in chiaro, che le liste di
# prima non avevano (test: tests/test_explicit_misses_2.py).
_CORPO2 = r"(?:braccio|braccia|polso|polsi|coscia|cosce|gamba|gambe|pancia|avambraccio|fianco|fianchi|caviglia|caviglie|stomaco|mano|mani|testa|faccia|pelle)"
RULES += [
    # un'overdose presa: "le ho prese tutte, quelle dello Zoloft", "tutta l'insulina me la sono iniettata"
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:le|li) ho (?:prese|presi|ingoiate|ingoiati|mandate giu|mandati giu|buttate giu|buttati giu) tutt[ei]\b[^.!?\n]{0,40}?\b<PILLS>\b",
        r"tutta l'insulina (?:della penna |del flacone )?me la sono (?:iniettata|fatta)\b",
        r"(?:preso|prese|presi|ingoiato|ingoiate) (?:un po' )?troppe <PILLS>,? (?:tipo|circa|quasi|almeno|forse|sui|sulle|una) ?(?:\d+|dieci|quindici|venti|trenta|quaranta|cinquanta|ventina|trentina|decina)\b",
        r"(?:preso|ingoiato|mandato giu|buttato giu) (?:\d+|due|tre|quattro|cinque) blister\b",
        r"esagerato apposta (?:con|cn|col) (?:le |i )?<PILLS>\b",
        r"(?:ha|hanno) preso (?:le|i) <PILLS> (?:di [\w']+ ){0,2}?(?:[\w']+ )?[,.]? ?(?:tutte|tutti)\b",
    ),
    # l'intenzione sulle pastiglie che ha: "stasera le finisco tutte", "pensavo di prenderli tutti"
    risk(
        "plan",
        "imminent",
        SI,
        r"<PILLS>\b[^!?\n]{0,60}?\b(?:stasera|stanotte|adesso|ora|domani|sabato|dopo) (?:le|li) (?:finisco|prendo|ingoio|butto giu|mando giu) tutt[ei]\b",
        r"<PILLS>\b[^!?\n]{0,60}?\b(?:pensavo|penso|voglio|vorrei|ho deciso|ho intenzione) di (?:prenderl[ei]|ingoiarl[ei]|finirl[ei]) tutt[ei]\b"
        r"(?! (?:in (?:viaggio|vacanza)|con me|per il viaggio)\b)",
    ),
    # la dose letale cercata o calcolata
    risk(
        "method",
        "high",
        SI,
        r"(?:cercato|cercata|letto|guardato|chiesto) (?:su internet |su google |online |in rete )?quant[ei] <PILLS> (?:di [\w']+ )?(?:sono troppe|sono troppi|sono letali|sono mortali|servono per (?:morire|non svegliarsi)|ci vogliono per (?:morire|non svegliarsi))\b",
        r"quant[ei] <PILLS> (?:di [\w']+ )?(?:servono|ci vogliono|bastano) per (?:morire|non svegliarmi|farla finita|ammazzarmi)\b",
        r"(?:so|calcolato|ho calcolato) quant[ei] (?:ne )?(?:servono|ci vogliono|bastano)\b[^.!?\n]{0,40}?\b(?:di quelle|<PILLS>|peso)\b",
        r"(?:fatto i conti|calcolato) (?:di )?quant[ei] ne ho e quant[ei] ne (?:servono|ci vogliono|bastano)\b",
        fixed=True,
    ),
    # autolesione con colpi, morsi, fiamme e attrezzi, detta in chiaro
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:riaperto|aperto|usato|preso|ripreso) (?:il temperino|la lametta|il taglierino|la lama|il rasoio|le lamette)\b[^!?\n]{0,40}?\b(?:sul|sulla|sulle|sui|sull') ?"
        + _CORPO2
        + r"\b",
        r"(?:usato|passato|premuto) (?:la punta del compasso|il compasso|la lametta|il temperino|l'accendino|la sigaretta|il taglierino|la piastra|il ferro da stiro) "
        r"(?:su me stess[oa]|su di me|(?:sul|sulla|sulle|sui|sull') ?(?:mio |mia |mie |miei )?"
        + _CORPO2
        + r")\b",
        r"sbattut[oa] (?:la testa|la fronte|i pugni|le mani) (?:contro|sul|sulla|nel|nell'|nella) ?(?:il muro|l'armadio|la porta|il pavimento|lo specchio|la parete|armadio|muro|porta|parete|pavimento)"
        r"[^.!?\n]{0,20}?\b(?:piu volte|apposta|di proposito|fino a|finche|tante volte|ripetutamente)\b",
        r"(?:pugni|schiaffi|colpi|cinghiate|martellate) (?:in testa|sulla testa|sulle gambe|in faccia|sulle braccia|sulle cosce) da sol[oa]\b(?![^.!?\n]{0,60}(?:\x03|ahah|haha|xd|lol))",
        r"mi (?:do|davo|sono dat[oa]|sono pres[oa]) (?:le |dei |i |delle )?(?:pugni|cinghiate|martellate|sberle|testate) (?:in testa|sulla testa|sulle gambe|sulle braccia|sulle cosce|sulla pancia|in faccia)\b(?![^.!?\n]{0,60}(?:\x03|ahah|haha|xd|lol))",
        r"(?:martellata|martellate|cinghiata|cinghiate|pugno|pugni|bruciatura|ustione|taglio|tagli)\b[^.!?\n]{0,40}?\bme (?:la|le|lo|li) sono (?:data|date|dato|dati|fatta|fatte|fatto|fatti) da sol[oa]\b",
        r"(?:mordo|morso|morsa|morsicata|morsicato) (?:le dita|il braccio|le braccia|la mano|le mani|il polso) (?:finche|fino a quando) (?:restano|rimangono|restavano|non restano) i segni\b",
        r"tenuto (?:la mano|il braccio|il polso|il dito|le dita) (?:sul|sulla|nel|nella|sopra il|sopra la|sopra) (?:fornello|fiamma|candela|accendino|ferro|piastra|acqua bollente|fuoco)"
        r"\b(?![^.!?\n]{0,30}\b(?:scaldar\w*|per sbaglio|senza accorgermi|distratt\w*)\b)",
        r"(?:rifatto|rifatta) i tagli\b(?! (?:di|del|della|dei|delle|al|alla|ai|alle|sul|sulla) (?:capelli|vestito|stoffa|carne|prosciutto|pane|legno|tessuto|gonna|pantaloni|maglia|budget|spese|costi)\b)",
    ),
    # digiuno e punizione: "non mangio apposta, me lo merito"
    risk(
        "self_harm",
        "high",
        SH,
        r"non mangio (?:da [\w ]{1,20}? )?(?:apposta|di proposito|perche non me lo merito|perche non merito)\b",
        r"non (?:mi )?merito (?:di )?mangiare\b",
        fixed=True,
    ),
    # il voler morire detto in chiaro, anche scritto male o in dialetto
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:voglio|vojo|vorrei) (?:morir|mori|morii+|moriree+)\b",
    ),
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:nun|non) (?:vojo|voglio|voio) (?:piu|cchiu) (?:sta'?|stare) (?:ar|al|a stu|in questo) (?:monno|mondo)\b",
        r"(?:me|mi) (?:vulesse|vurria|vorria) (?:muri|morire)\b",
        r"(?:starei|stavo|sarei) meglio sotto ?terra\b",
        r"me ne voglio andare[.,]? non (?:in vacanza|in ferie|di casa|in viaggio|da qui)\b",
        fixed=True,
    ),
    # un metodo pronto adesso: il gas aperto e le finestre chiuse, il motore acceso in macchina in garage
    risk(
        "plan",
        "imminent",
        SI,
        r"aperto il gas\b[^.!?\n]{0,30}?\bchiuso (?:tutte )?(?:le )?finestre\b(?![^.!?\n]{0,30}\b(?:cucinare|pasta|cena|pranzo|caldaia|riscaldamento|freddo|sugo)\b)",
        r"gas aperto e (?:le )?finestre chiuse\b",
        r"(?:in|nel) garage,? (?:in|nella|dentro la) macchina,? (?:col|con il|e il) motore acceso\b",
        r"(?:gambe|piedi|sono) (?:sono )?(?:gia )?dall'altra parte (?:della ringhiera|del parapetto|della balaustra|del guardrail)\b",
        r"(?:seduta|seduto|in piedi) sul (?:parapetto|cornicione) del (?:viadotto|cavalcavia)\b",
        r"(?:cintura|cinta|corda|cavo|filo) (?:attorno|intorno) al collo\b[^.!?\n]{0,20}?\b(?:non riesco|non ce la faccio|aiutami|aiuto)\b",
        r"(?:cintura|cinta|corda|cavo|filo) me l'?(?:ho|a) (?:sono )?strett[oa] al collo\b|(?:cintura|cinta) me la sono stretta al collo\b",
        r"(?:provato|provata) la (?:cinta|cintura|corda) (?:alla|sulla|sul|al) (?:trave|gancio|lampadario|ringhiera|ramo)\b",
        r"tasche piene di (?:sassi|pietre)\b(?![^.!?\n]{0,40}\b(?:spiaggia|bambin\w*|collezione|woolf|virginia|film|libro|romanzo|poesia|canzone)\b)",
    ),
]

RULES += [
    # le pastiglie contate e "bastano"; comprate in farmacie diverse perché nessuno chiedesse
    risk(
        "plan",
        "imminent",
        SI,
        r"contat[oa] (?:le|i) <PILLS>\b[^!?\n]{0,60}?[.,;:] ?(?:sono \d+[.,;:] ?)?(?:bastano|sono abbastanza|sono sufficienti)\b"
        r"(?![^.!?\n]{0,40}\b(?:viaggio|vacanza|settimana|mese|fine mese|ricetta|farmacia)\b)",
        r"<PILLS>\b[^!?\n]{0,60}?\b(?:le|li) ho (?:ricontat[ei]|contat[ei])\b[^!?\n]{0,20}?\b\d{2,}\b"
        + _PER_IL_VIAGGIO,
        r"<PILLS>\b[^!?\n]{0,40}?\b(?:le|li) sto contando\b(?![^.!?\n]{0,30}\b(?:portapillole|settimana|dosi|terapia)\b)",
        r"(?:farmacie diverse|diverse farmacie|piu farmacie)\b[^.!?\n]{0,30}?\b(?:nessuno (?:chiedeva|chiede|chiedesse|fa domande|faceva domande|sospett\w*)|non (?:sospett\w*|se ne accorg\w*))",
    ),
]

# ------------------------------------------------- blind round 5 (Italian misses and false alarms)
# (test: tests/test_round5_it.py)
_LAMA = r"(?:temperino|lametta|lamette|taglierino|rasoio|lama|lame|compasso|forbici|forbicine|coltello|coltellino|cutter|vetro)"
_LUOGO_ALTO = r"(?:il fiume|il ponte|i binari|il balcone|la finestra|il viadotto|il cavalcavia|la ringhiera|il burrone|il dirupo|la scogliera|il cornicione|il tetto|il parapetto)"
RULES += [
    # sedatives beyond the prescription to cope: "un lexotan in più, l'ansia nn passava"
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:preso|presa|prendo|presi) (?:anche )?(?:un|una|uno|un altro|un'altra|due|tre|qualche|altre|altri|mezza|mezzo|\d+) ?(?:goccia (?:di )?|gocce (?:di )?|compress[ae] (?:di )?|pastigli[ae] (?:di )?)?"
        + _FARMACI
        + r" (?:in piu|in \+|extra|di troppo)\b(?=[^\n]{0,60}?\b(?:calmarmi|calmare|l'ansia|ansia|agitazione|panico|dormire|reggere|(?:non|nn) pensare|"
        r"(?:non|nn) sentire|stare tranquill\w*|spegnere|staccare|(?:non|nn) dovevo|(?:non|nn) avrei dovuto)\b)",
    ),
    # drugs every day, told by the patient or by a parent: "abbiamo trovato erba ... fuma tutti i giorni"
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:erba|canne|canna|spinelli|spinello|marijuana|hashish|maria)\b[^.!?\n]{0,140}?\b(?:fuma|fumo|fumano|si fa|si fuma|se la fuma) "
        r"(?:\w+ )?(?:tutti i giorni|ogni giorno|ogni sera|tutte le sere|di continuo|dalla mattina alla sera|anche prima di scuola)\b",
        r"(?:fuma|fumo|si fa|si fuma|mi faccio|mi fumo) (?:erba|canne|spinelli|marijuana|hashish) (?:\w+ )?(?:tutti i giorni|ogni giorno|ogni sera|tutte le sere|"
        r"di continuo|dalla mattina alla sera|anche prima di scuola)\b",
    ),
    # the drink first, then the pills: "ho finito il vino e poi ho mandato giù tutte le pillole"
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:finito|finita|bevuto|bevuta|scolato|scolata|svuotato|svuotata) (?:il|la|tutto il|tutta la|una|mezza|un'intera|la mia|il mio) "
        r"(?:bottiglia (?:di |del )?)?(?:vino|vodka|whisky|gin|rum|grappa|birra|amaro|rosso|bianco|alcol|alcool|bottiglia)\b[^.!?\n]{0,20}? "
        r"(?:e )?(?:poi |dopo |subito dopo )?(?:ho |mi sono )?(?:preso|pres[ae]|ingoiato|ingoiate|mandato giu|buttato giu|inghiottito|calato)\b[^.!?\n]{0,30}?"
        + _FARMACI
        + r"\b(?![^.!?\n]{0,40}\b(?:come (?:sempre|al solito|da ricetta|prescritto)|pressione|prescritt\w*)\b)",
    ),
    # a bottle a night, told as a count ("adesso è una bottiglia a sera, a volte di più")
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:una|due|tre|mezza|un'intera) bottigli[ae] (?:di [\w']+ )?(?:a|ogni|per|al|alla) (?:sera|serata|notte|giorno)\b"
        r"(?![^.!?\n]{0,30}\b(?:in (?:due|tre|quattro|cinque|famiglia|compagnia)|tra (?:tutti|noi)|con (?:gli amici|i miei|mia|mio|la famiglia)|a testa)\b)",
    ),
    # self-harm told sideways: "ho rifatto quella cosa col temperino"
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:rifatto|rifatta|rifaccio|ricominciato|ricominciata|fatto di nuovo|fatta di nuovo|fatto ancora|fatta ancora|rifare) "
        # ("non ho rifatto la cosa col temperino sulla coscia", round 14)
        r"(?:di nuovo |ancora )?(?:quella cosa|quella roba|la solita cosa|la cosa|quella cosa brutta|quel(?:la)? (?:cosa|roba) che sa(?:i|pete|)) "
        r"(?:col|con il|con la|con le|coi|con i|cn il|cn la|cn) " + _LAMA + r"\b"
        r"(?![^.!?\n]{0,40}\b(?:matit\w*|legno|intagli\w*|mela|pane|torta|verdur\w*|carta|cartone|lavorett\w*|pastell\w*|unghie|capelli|stoffa|frutta)\b)",
    ),
    # not looking when crossing, told with the way to a place; a car that "arrived" would not be minded
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:quando|se) attraverso (?:la strada|le strisce|la via|i binari|la statale)(?: (?:per|x) (?:andare|tornare) (?:a|al|alla|in|all') ?[\w']+)?,? "
        r"(?:ormai |apposta )?(?:non|nn) guardo (?:piu|\+)\b(?! (?:il|la|lo|i|le|gli|l'|nel|nella|sul|sullo|dove|mai|a destra|a sinistra|per)\b)",
        r"se (?:arrivasse|arriva|passasse|passa|venisse|sbucasse|sbuca|piombasse) (?:una macchina|un'auto|un camion|il treno|un treno|un autobus|una moto|il tram|un tram|un tir)"
        r",? (?:(?:non|nn) mi (?:dispiacerebbe|dispiace|importerebbe|importa|interesserebbe)|pazienza|amen|tanto meglio|sarebbe (?:un sollievo|meglio|una liberazione))\b",
        r"(?:un )?modo (?:pulito|semplice|veloce|facile|tranquillo|indolore|elegante) (?:di|per) (?:chiudere la faccenda|chiudere la partita|chiudere con la vita|andarmene|sparire|finirla|farla finita|togliermi di mezzo)\b"
        r"(?! (?:con|del|della|dell'|di|dal|dalla|da)\b)",
    ),
    # the passive wish "if I fell asleep and did not wake up it would not be so bad" (a negation before it lowers it)
    risk(
        "wish_dead",
        "high",
        SI,
        r"se (?:mi )?(?:addormentassi|mi addormento|chiudessi gli occhi)(?: e basta)?,? (?:e )?(?:senza (?:svegliarmi|risvegliarmi|riaprirli)|(?:non|nn) mi (?:svegliassi|risvegliassi))"
        r"(?: piu| \+| mai piu)?,? (?:(?:non|nn) sarebbe (?:poi )?(?:cosi |tanto |mica )?(?:male|brutto|grave|un dramma|una tragedia)|sarebbe (?:bello|meglio|un sollievo|una liberazione))\b",
    ),
    # looking at a place to jump from "in a different way": a method hinted
    risk(
        "method",
        "high",
        SI,
        r"(?:guardato|guardo|guardavo|fissato|fisso|fissavo) " + _LUOGO_ALTO + r"(?: [\w']+){0,3}? "
        r"(?:in un modo diverso|in modo diverso|con altri occhi|diversamente|come (?:una|la) (?:soluzione|via d'uscita|uscita))\b"
        r"(?![^.!?\n]{0,40}\b(?:lezione|foto\w*|dipint\w*|quadro|bell[oa]|bellissim\w*|scienze|geografia|documentario|luce|colori|tramonto|architett\w*|restaur\w*)\b)",
        kind="method",
    ),
    # letters prepared for several people, the therapist among them, "just to have them ready"
    risk(
        "farewell_note",
        "high",
        SI,
        r"lettere\b(?! (?:di|d'|per (?:il|la) (?:lavoro|natale|scuola)))[^\n]{0,40}?\buna (?:x|per|a) (?:mia|mio|i|la|il|le|gli|l') ?[\w']+[^\n]{0,80}?\buna (?:x|per|a) (?:te|lei|voi)\b"
        r"(?![^\n]{0,60}\b(?:natale|auguri|compleanno|matrimonio|battesimo|laurea|ringraziament\w*|presentazione|candidatura)\b)",
        r"lettere\b(?! (?:di|d'))[^\n]{0,160}?\b(?:(?:non|nn) sto (?:programmando|pianificando|progettando|organizzando|preparando) (?:niente|nulla)|(?:volevo|voglio) (?:che )?(?:fossero|siano) (?:gia )?pronte)\b",
        fixed=True,
    ),
    # everything needed gathered, then a day alone and a decision
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:preso|comprato|preparato|procurato|recuperato|trovato) tutto (?:quello |cio )?(?:che|ke) (?:mi )?serve\b(?! (?:per|x|a|al|alla)\b)"
        r"[^\n]{0,160}?\b(?:ho deciso|e deciso|lo faccio)(?= ?[.!]|[\s\x00-\x03]*$)",
    ),
    # a date fixed, told with no object, then "do not bother answering"
    risk(
        "plan",
        "imminent",
        SI,
        # (the span is the date: the polite "non si preoccupi" is looked for, not read as a subject)
        r"(?:fissato|scelto|deciso) (?:la data|il giorno)(?= ?[.!:])(?! ?[.!:] ?(?:per|x|del|della|dal|dalla|dello|dell'|col|con|coi|a|al|alla|in) )(?=[^\n]{0,160}?\b(?:non|nn) (?:si preoccupi|ti preoccupare|serve che (?:mi )?rispond\w*|"
        r"c'e bisogno (?:che mi rispond\w*|di rispondere)|deve rispondermi|devi rispondermi)\b)",
    ),
    # weak farewells (count with another cue or another farewell): thanks for all you did for me,
    # thanks for the patience of these years, "you could not have done more", all settled by then
    risk(
        "farewell",
        "imminent",
        SI,
        r"grazie (?:di|per|x) tutto (?:quello|cio) (?:che|ke) (?:hai|ha|avete) fatto (?:per|x) me\b",
        r"(?:la|ti|vi) ringrazio (?:per|di|x) (?:la (?:sua |tua |vostra )?pazienza|tutto) (?:di|in) (?:questi|tutti questi) (?:\w+ )?(?:anni|mesi)\b",
        r"(?:non|nn) (?:poteva|potevi|potevate|avrebbe potuto|avresti potuto|avreste potuto) fare (?:di )?(?:piu|\+|altro)"
        + _FINE_FRASE,
        r"quando (?:leggera|leggerai|leggerete) (?:questa mail|questa email|questa lettera|questo messaggio|queste righe),? sara (?:gia )?tutto (?:sistemato|a posto|in ordine)\b",
        kind="farewell",
    ),
]

# ------------------------------------------------- training misses, new authors (it f-i)
# Families behind what the rules missed in four new authors' training messages
# (test: tests/test_train_misses_it.py).
_CORPO = r"(?:coscia|cosce|braccio|braccia|avambraccio|avambracci|polso|polsi|pancia|fianco|fianchi|gamba|gambe|caviglia|caviglie|petto|stomaco)"
_ARMA = r"(?:fucile|fucili|pistola|pistole|beretta|doppietta|revolver|carabina)"
_LUOGO_SALTO = (
    r"(?:ponte|scogliera|viadotto|cavalcavia|dirupo|burrone|strapiombo|binari|binario|rupe|tetto|terrazza|terrazzo|"
    r"diga|belvedere|parcheggio multipiano|cornicione)"
)
_SOLLIEVO = (
    r"(?:sarebbe (?:una |la )?(?:liberazione|sollievo|bella cosa|fortuna)|sarei (?:sollevat[oa]|content[oa]|felice)|"
    r"(?:non|nn) (?:mi )?dispiacerebbe|(?:non|nn) sarebbe (?:poi )?(?:una )?brutta cosa)\b"
)
# a cut that is not self-harm: hair, nails, a finger, cooking, shaving, by mistake
_NOT_A_HAIRCUT = r"(?! (?:i capelli|la frangia|le unghie|il dito|un dito|cucinando|affettando|per sbaglio|radendomi))"
RULES += [
    # the passive wish: an illness, an accident, a lorry, the heart stopping as a way out
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:desiderare|desidero|desideravo|sperare|spero|speravo|sperato|vorrei|prego) (?:di |che )?(?:[\w']+ ){0,3}?"
        r"(?:ammalarmi|una malattia|un incidente|un infarto|un ictus|il tumore|un tumore|un camion|una macchina|un treno)\b"
        r"(?![^.!?\n]{0,40}\b(?:(?:non|nn) mi (?:venga|venisse|prenda|investa)|a (?:lui|lei|loro)|ai miei|al mio|alla mia)\b)"
        r"(?=[^.!?\n]{0,80}?\b(?:grav[ei]|brutt[ao]|finisc\w*|finita|(?:non|nn) (?:ti |mi )?rialz\w*|(?:non|nn) lasciano scelta|"
        r"addosso|si sbrigasse|si sbrighi|per sempre|colpa mia)\b)",
        r"(?:sarebbe bello|piacerebbe|vorrei|spero di|preferirei) morire nel sonno",
        r"avrei preferito (?:(?:non|nn) (?:svegliarmi|risvegliarmi|essere mai nat[oa]|esserci)|morire)\b",
        r"(?:il signore|dio|la morte|il fiume|il mare|la corrente) (?:si )?(?:mi )?(?:porti|portasse|prenda|prendesse|venga a prendermi|venisse a prendermi) via"
        r"(?: (?:anche |presto )?(?:me)?)?\b(?! (?:il|la|i|le|lo|gli|da qui|di qui)\b)",
        r"(?:(?:prenda|prendesse) fuoco|crolli|crollasse|affondi|affondasse|precipiti|precipitasse) con me dentro",
    ),
    # "if an illness came / if a lorry hit me, it would be a relief": the "if" carries the wish
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:(?:venisse|prendesse|succedesse|capitasse|arrivasse) (?:[\w']+ ){0,2}?(?:una malattia|un infarto|un ictus|un tumore|un incidente|"
        r"qualcosa(?! di (?:bello|buono|positivo|nuovo|bellissimo))|un camion|una macchina|un treno|un colpo)|(?:investisse|investissero|travolgesse))\b"
        r"[^.!?\n]{0,50}?\b" + _SOLLIEVO,
        fixed=True,
    ),
    # better for them if I were not here (the consequence after "se non ci fossi più")
    risk(
        "burden",
        "high",
        SI,
        r"meglio (?:per (?:[\w']+ ){1,3})?se (?:io )?(?:non|nn) ci (?:fossi|sono|sarei)(?: piu)?(?= ?[.!,;\"]|[\s\x00-\x03]*$| piu\b)",
        r"(?:non|nn) ci fossi piu,? (?:[\w']+ ){1,3}?(?:avrebbe|avrebbero|potrebbe|potrebbero|starebbe|starebbero|sarebbe|sarebbero|vivrebbe|vivrebbero) "
        r"(?:finalmente |piu |una )?(?:una vita|meglio|libera|liberi|libero|riposare|respirare|felici|sereni|serena|sereno)\b",
        r"se (?:io )?sparissi,? (?:[\w']+ ){1,3}?(?:potrebbe|potrebbero|starebbe|starebbero|avrebbe|avrebbero) (?:finalmente )?(?:riposare|respirare|meglio|vivere|una vita)\b",
        r"senza di me (?:[\w']+ ){0,2}?(?:finalmente )?(?:respirerebbero|respirerebbe|rinascerebbe|rinascerebbero|vivrebbero meglio|vivrebbe meglio)\b",
        r"(?:non|nn) (?:disturbo|disturbero|daro fastidio|do fastidio) piu (?:a )?nessuno(?= ?[.!,;]|[\s\x00-\x03]*$| (?:ormai|cosi|davvero))",
        fixed=True,
    ),
    # pills: the whole vial or both boxes swallowed, half the pills now and the rest later,
    # a second try with what is left
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:poi|e poi|ho preso|preso|ho bevuto|bevuto|ho mandato giu|mandato giu|ho buttato giu|ho ingoiato|ingoiato|mi sono bevut[oa]) "
        r"(?:tutta la boccetta|la boccetta intera|tutto il flacone|il flacone intero|tutta la boccettina|tutte e (?:due|tre) le scatole|tutte le scatole)\b"
        r"(?! (?:di (?:profumo|sciroppo|acqua)|di colluttorio))",
        r"(?:depakin|litio|tavor|xanax|en|lexotan|stilnox|sonniferi|tachipirine|pastiglie|pillole|compresse),? tutte e (?:due|tre|quattro) le scatole",
        r"(?:ho (?:gia )?preso|ho (?:gia )?ingoiato|ho (?:gia )?mandato giu) meta (?:delle|dei) (?:mie |miei )?<PILLS>\b(?=[^\n]{0,80}?\b(?:le altre|gli altri|il resto)\b)",
        r"(?:mi so'? |aggio |m'aggio |ho |mi sono )?pigliat[oa] <QTY> (?:'e |le |i |di )?<PILLS>",
        r"(?:mi sono|mi son|me so'?) (?:iniettat[oa]|fatt[oa]) tutta la (?:morfina|insulina|eroina|roba|"
        # the whole insulin pen (round 14: "mi sono fatto tutta la penna di insulina rapida")
        r"penna (?:di |d'|dell'|della )?(?:insulina|lantus|humalog|novorapid|rapida|lenta))\b",
        r"me la (?:inietto|faccio|sparo) tutta\b(?=[^\n]{0,80}?\b(?:insulina|morfina|quanta ne serve|eroina)\b)",
        r"(?:insulina|morfina)\b[^\n]{0,80}?\bme la (?:inietto|sparo) tutta\b",
        r"ci riprovo con (?:il resto|quello che (?:e |mi e )?rimast[oa]|quelle che (?:sono |mi sono )?rimaste|le altre)\b(?=[^.!?\n]{0,40}?\b(?:scatola|flacone|boccetta|<PILLS>)\b)",
    ),
    # pills tonight: all of them, or someone else's medicines taken tonight
    risk(
        "plan",
        "imminent",
        SI,
        r"<PILLS>\b[^\n]{0,120}?\ble prendo tutte\b(?! (?:(?:le |ogni )?(?:mattin\w*|sere|sera|giorn\w*)|insieme a colazione|a colazione|come (?:da|mi)|in farmacia|"
        # taken all on time from a weekly organiser ("le prendo tutte all'ora giusta", round 16): adherence
        r"all'ora giusta|agli orari giusti|all'orario giusto|all'orario|agli orari|puntual\w*|regolarmente|con regolarita|come prescritto|senza saltarne))",
        r"(?:prendo|butto giu|mando giu|ingoio) (?:le|i) (?:sue |mie )?<PILLS>\b[^.!?\n]{0,40}?,? tutt[ei](?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:stasera|stanotte|domani sera|domani|tra poco|dopo cena|adesso|ora) (?:prendo|butto giu|mando giu|ingoio) (?:le|i) (?:sue )?<PILLS>"
        r"(?: (?:per|del|della) (?:il )?(?:cuore|pressione|dormire))? (?:di|del|della|dei) (?:papa|mamma|mia madre|mio padre|mio marito|mia moglie|"
        r"nonn[oa]|mio nonno|mia nonna|lei|lui)\b(?! (?:in farmacia|dalla farmacia|a ritirare|per portargliele))",
        r"(?:stasera|stanotte|domani sera|tra poco|dopo cena) prendo le sue <PILLS>\b(?! (?:in farmacia|dalla farmacia|a ritirare))",
    ),
    # cuts on a body part, counted; the blood that does not stop after a cut (not a haircut, nails, a
    # finger cut while cooking: _NOT_A_HAIRCUT)
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi sono|mi son|mi sn|si e|me so'?) fatt[oaie] (?:\d+|due|tre|quattro|cinque|dei|degli|altri|alcuni|un paio di) ?(?:tagli|segni|bruciature) "
        r"(?:profondi |freschi )?(?:sulla|sul|sull'|sulle|sui|sugli|nella|nel) ?" + _CORPO,
        r"(?:ha|hanno|aveva|ho visto|abbiamo visto|gli ho visto|le ho visto|ha dei|ha degli) (?:di nuovo |ancora )?(?:dei |degli |altri )?(?:tagli|segni|bruciature) "
        r"(?:(?:fresch[ie]|nuov[ie]|recenti) )?(?:sulla|sul|sull'|sulle|sui|sugli) ?"
        + _CORPO
        + r"\b(?! (?:del gatto|dal gatto|per il gatto))",
        r"segni (?:fresch[ie]|nuovi|recenti) (?:sulla|sul|sull'|sulle|sui|sugli) ?" + _CORPO,
        r"(?:mi|si) (?:faccio|fa|fanno|facevo|faceva) (?:del )?male con (?:la punta (?:del|della|di un|di una) |il |la |un |una |l'|lo |col )?"
        + _LAMA,
        r"(?:fatt[oaie]|segni)\b[^.!?\n]{0,40}?\b(?:cosi|perche) (?:non|nn) si (?:vede|vedono|nota|notano)\b",
    ),
    risk(
        "act_taken",
        "imminent",
        SH,
        r"(?:tagli|tagliat[oa]|tajat[oa]|taglio)\b"
        + _NOT_A_HAIRCUT
        + r"[^\n]{0,100}?\b(?:(?:il |er )?sangue (?:non|nn|nun) (?:si |se )?(?:ferma|smette|si ferma)|(?:non|nn|nun) (?:si |se )?ferma (?:il |er )?sangue|"
        r"pieno di sangue|sangue dappertutto|sangue ovunque|(?:non|nn) si chiudono)\b",
    ),
    # a gun (or a knife) to be used on oneself, thought of or set for tonight
    risk(
        "method",
        "high",
        SI,
        r"(?:penso|pensavo|pensato|pensando|pensare) (?:spesso |sempre |tanto )?(?:al|alla) "
        + _ARMA
        + r"\b"
        r"(?![^.!?\n]{0,40}\b(?:caccia|poligono|gara|porto d'armi|pulire|pulirlo|vendere|venderlo|comprare|regalare|collezione)\b)",
        r"(?:"
        + _ARMA[3:-1]
        + r"|coltello|coltellino|lama|taglierino|rasoio|forbici|arma)\b(?:(?!\b(?:non|nn|mai) )[^.!?\n]){0,80}?\b(?:usarl[oa]|la uso|lo uso|la userei|lo userei) (?:su|contro) (?:di )?me\b",
        r"(?:guardo|guardato|guardavo|fisso) (?:il|la) "
        + _ARMA
        + r"\b[^.!?\n]{0,60}?\b(?:la soluzione|soluzione (?:piu )?(?:pulita|semplice|veloce|rapida))\b",
        kind="method",
    ),
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:"
        + _ARMA[3:-1]
        + r")\b[^\n]{0,100}?\b(?:un (?:solo )?colpo (?:solo )?(?:basta|e basta)|(?:la|lo) uso (?:prima|stasera|stanotte)\b|"
        r"(?:appena|quando|stasera|stanotte)\b[^.!?\n]{0,30}?\be finita)",
        r"(?:mi chiudo|mi chiudero|resto|restero|mi apparto) [^.!?\n]{0,40}?\b(?:col|con il|con la|con) "
        + _ARMA
        + r"\b"
        r"(?=[^\n]{0,100}?\b(?:ho deciso|lo faccio|e deciso|(?:non|nn) fatemi|per sempre|mi perdoni)\b)",
    ),
    # the way searched: painless ways, the least painful way, the height of a bridge
    risk(
        "method",
        "high",
        SI,
        r"(?:modi|modo|metodi|metodo) (?:piu |meno )?(?:indolor[ie]|doloros[oi]|rapid[oi] e indolor[ie])\b"
        r"(?! (?:per|di|x) (?!morire|farla|uccid|ammazz|andarsene|togliersi|togliermi))",
        r"(?:thread|forum|post|video|gruppo) (?:sui|sul|su|dei) (?:metodi|modi)(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:quante|quanti) (?:compresse|pastiglie|pillole|gocce|fiale|flaconi|scatole) (?:(?:di|del|della) [\w']+ )?(?:servono|ci vogliono|servirebbero|basterebbero|bastano|basterebbe)"
        r"(?! (?:per|x) (?:dormire|il mal|la febbre|un|una|calmar\w*|rilassar\w*|bambin\w*|il dolore|la tosse|\d))\b",
        r"(?:cercato|cercavo|cerco|guardato|controllato|calcolato|chiesto|chiedevo)\b[^.!?\n]{0,40}?\bquanto (?:e|fosse|sia|sono|era|fossero|siano) alt[oaie] "
        r"(?:il|la|lo|i|l') ?(?:ponte|viadotto|cavalcavia|palazzi|tetto|scogliera|dirupo|parcheggio|terrazzo)\b"
        r"(?![^.!?\n]{0,60}\b(?:ricerca|tesina|compito|gita|turist\w*|foto\w*|guida|architettura|quiz|scommessa|curiosita)\b)",
        r"(?:ho (?:gia )?aperto|ho (?:gia )?guardato|sono andat[oa]) (?:per |a )?(?:vedere|controllare|misurare) quanto (?:e|era|fosse) alt[oa]\b",
        kind="method",
    ),
    # the step that would be enough, at a height or on a platform
    risk(
        "method",
        "high",
        SI,
        r"(?:banchina|binari|binario|metro|ponte|balcone|impalcatura|finestra|terrazza|terrazzo|tetto|cornicione|ringhiera|viadotto|scogliera|parapetto)\b"
        r"(?:(?!\b(?:non|nn|mai) )[^\n]){0,120}?\b(?:(?:a )?quanto (?:sarebbe|sarebbe stato|e|fosse) (?:facile|semplice)(?= ?[.!,;]|[\s\x00-\x03]*$| (?:fare un passo|saltare|buttarsi|buttarmi|cadere|lasciarsi andare|lasciarmi andare))|"
        r"(?:sarebbe bastato|basterebbe|bastava|basta) (?:[\w']+ ){0,3}?un passo\b"
        r"(?! (?:alla volta|per volta|dopo l'altro|verso|(?:avanti|indietro) (?:nella|nel|sulla|sul|con|per|verso|da parte|in)\b)))",
        kind="method",
    ),
    # Neapolitan: the thought of throwing oneself down ("penzavo 'e me jettà abbascio 'o balcone")
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:penzo|penzavo|pensavo|penso|penzanno|pensanno|vulevo|voglio|vurria|vulesse|tengo genio|tenevo genio|me vene|me veneva) "
        r"(?:(?:'e|e|de|di|a) )?me (?:jetta|jettare|butta|buttare|mena|menare|lancia) (?:abbascio|abbasce|giu|sotto)\b",
    ),
    # going tonight to a bridge, a cliff, the tracks, and not coming back
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:stasera|stanotte|domani|domattina|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|all'alba|tra poco|oggi)\b[^.!?\n]{0,50}?\b"
        r"(?:vado|salgo|scendo|torno|arrivo) (?:giu )?(?:al|sul|sulla|alla|ai|sui|allo|in cima al|sopra al|sopra il|fino al|fino alla) "
        + _LUOGO_SALTO
        + r"\b"
        r"(?=[^\n]{0,160}?\b(?:(?:non|nn) (?:torno|tornero)(?! (?:prima|per|a casa|entro|tardi|presto|stasera|domani|a cena|a pranzo|in tempo))|(?:non|nn) (?:risalgo|cercatemi|cercarmi|mi cerc\w*|provi|ci provi|chiamatemi|rispondo)|ho (?:gia )?scelto (?:il punto|il posto|dove)|"
        r"e deciso|addio|grazie (?:di|per) tutto|per sempre|per l'ultima volta|(?:non|nn) (?:ci )?sara un)\b)",
        r"(?:ho deciso|e deciso)\b[^\n]{0,80}?\b(?:vado|salgo|scendo) (?:al|sul|sulla|alla|ai|sui|in cima al) "
        + _LUOGO_SALTO
        + r"\b",
        # someone else's decision told to the sender ("mio fratello mi ha scritto che ha deciso, che
        # domattina va al ponte"): a plan, lowered to someone else's by the context
        r"che (?:ha|hanno|aveva|avevano) deciso\b[^\n]{0,80}?\b(?:va|vanno|sale|salgono|scende|andava|saliva|andra|salira) "
        r"(?:al|sul|sulla|alla|ai|sui|in cima al) " + _LUOGO_SALTO + r"\b",
        r"(?:scendo|vado|entro) (?:al|nel|in) (?:lago|fiume|mare) e (?:non|nn) (?:risalgo|torno|esco|ritorno)\b"
        r"(?! (?:prima|per|a casa|entro|tardi|presto|stasera|domani|a cena|a pranzo|in tempo|fino))",
        # by boat, or in dialect ("stanote vado in laguna co' la barca e no torno pì")
        r"(?:scendo|vado|vago|entro|esco) (?:al|nel|in|a) (?:lago|fiume|mare|laguna|canale|canal)\b[^.!?\n]{0,30}? e (?:non|nn|no) "
        r"(?:risalgo|torno|esco|ritorno|rientro) (?:piu|pi|\+|mai piu)\b"
        # not back to a job, a school, a place ("non torno più a lavorare in ufficio")
        r"(?! (?:a (?!casa\b)|in\b|al\b|alla\b|allo\b|ai\b|dal\b|dalla\b|indietro\b|sui miei passi))",
        r"quando (?:lo |la |li |le )?(?:leggerai|leggera|leggerete|leggete|leggi)\b[^.!?\n]{0,20}?\bsaro (?:gia )?(?:al|sul|sulla|sui|in fondo al) "
        r"(?:fiume|ponte|lago|scogliera|binari|viadotto|mare|dirupo)\b",
    ),
    # found: the keys left for whoever finds me, tidy when they find me
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:per chi mi (?:trova|trovera|trovi)|in ordine quando mi (?:trovano|troveranno|trovera)|(?:non|nn) voglio che a trovarmi (?:siano|sia))\b",
    ),
    # weak farewells (count with another cue or with each other): the day chosen, the place
    # chosen, the way decided
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:domani|stasera|stanotte|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|il \d{1,2}) e il giorno(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:il posto|il punto|il luogo) l'ho (?:gia )?scelto(?= ?[.!,;:]|[\s\x00-\x03]*$)",
        r"ho (?:gia )?scelto il (?:posto|punto)(?= ?[.!,;]|[\s\x00-\x03]*$)",
        r"(?:ho (?:gia )?deciso|so gia|so|ho (?:gia )?scelto) come(?= ?[.!,;]|[\s\x00-\x03]*$| e ho)",
        r"ho (?:gia )?(?:deciso|scelto|fissato) la data(?= ?[.!,;:]|[\s\x00-\x03]*$)",
        kind="farewell",
    ),
]

# ------------------------------------------------- blind round 6 (Italian misses and false alarms)
# (test: tests/test_round6_it.py)
_GIORNO_ULTIMO = (
    r"(?:domani|oggi|stasera|stanotte|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) "
    r"(?:e|sara) (?:il mio |l'|l )ultimo giorno(?= ?[.!,;:]|[\s\x00-\x03]*$)" + _ULTIMO_NON_PARTENZA
)
_DECISO = r"(?:ho (?:gia )?deciso|e deciso|la decisione e presa|ho preso la (?:mia )?decisione)"
_NON_CAMBIARE_IDEA = (
    r"(?:non|nn) (?:cerchi|cercare|cercate|provi|provare|provate|tenti|tentare) (?:di |a )"
    r"(?:farmi cambiare idea|convincermi|dissuadermi|farmi ragionare)(?= ?[.!,;:]|[\s\x00-\x03]*$)"
)
# a turn of the wheel that "would be enough": girare / mollare il volante, una sterzata, non frenare
_VOLANTE = (
    r"(?:solo |soltanto |davvero |un attimo |appena )?(?:(?:girare|mollare|lasciare|lasciar andare|strattonare|spostare|buttare|tirare) "
    r"(?:un attimo |un secondo |di colpo |appena |di poco )?(?:il|lo) (?:volante|sterzo)|sterzare|una sterzata|"
    r"un colpo di (?:volante|sterzo)|dare un colpo (?:di|al) (?:volante|sterzo)|(?:non|nn) frenare|"
    # not turning at a bend, the car let go into a pillar (round 13)
    r"(?:non|nn) (?:girare|sterzare|curvare) (?:il volante|lo sterzo)?|lasciare andare la macchina (?:contro|addosso|giu))\b"
)
# ... unless it is a manoeuvre: parking, a pothole, the driving lesson
_MANOVRA = (
    r"(?![^.!?\n]{0,60}\b(?:per (?:evitar|schivar|parcheggi|entrar|uscir|svoltar|raddrizz|rientrar|sorpass|cambiar|prendere|"
    r"fare manovra|fare inversione)\w*|parchegg\w*|manovr\w*|buca|buche|retromarcia|istruttor\w*|patente|scuola guida|inversione)\b)"
)
RULES += [
    # a decision with no object next to "the last day" with no object: "Ho deciso. Domani è l'ultimo
    # giorno", "sabato sarà l'ultimo giorno, non provate a farmi cambiare idea" (intent)
    risk(
        "intent",
        "imminent",
        SI,
        _DECISO + r"(?= ?[.!:,;])[.!:,;]? ?(?:e )?" + _GIORNO_ULTIMO,
        r"(?:domani|oggi|stasera|stanotte|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) "
        r"(?:e|sara) (?:il mio |l'|l )ultimo giorno[.!,;:]? ?(?:"
        + _DECISO
        + r"(?= ?[.!,;]|[\s\x00-\x03]*$)|"
        + _NON_CAMBIARE_IDEA
        + r")"
        + _ULTIMO_NON_PARTENZA,
    ),
    # a bare decision, then a gun at hand and a day or a goodbye: "ho preso la mia decisione. Il fucile di
    # mio padre è ancora in cantina e sabato avrò finito tutto" (not a gun sold, handed in, at a range)
    risk(
        "plan",
        "imminent",
        SI,
        _DECISO
        + r"(?= ?[.!:,;])(?:(?!caccia|vend|regal|consegn|niente|poligono|porto|licenza)[^\n]){0,60}?\b"
        + _ARMA
        + r"\b(?![^\n]{0,160}\b(?:vend\w*|regal\w*|consegn\w*|dare via|disfarmi|sbarazzarmi|denunc\w*|porto d'armi|licenza|"
        r"poligono|tiro a segno|gara|armaiolo|armeria|questura|caserma|carabinieri|stagione|apertura|a caccia|cacciare|"
        r"(?:la|lo|le|li) (?:porto|portiamo|do|diamo|lascio|lasciamo) (?:dal|dalla|al|alla|in|a))\b)"
        r"(?=[^\n]{0,160}?\b(?:stasera|stanotte|domani|domattina|dopodomani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|"
        r"domenica|avro finito|sara (?:tutto )?finit[oa]|e finita|addio|per sempre|(?:non|nn) mi (?:telefoni|chiami|cerchi|cercate|cercare)|"
        r"grazie (?:di|per) tutto|la ringrazio)\b)",
    ),
    # a method while driving, thought of: "ho pensato che basterebbe girare il volante un attimo"
    risk(
        "method",
        "high",
        SI,
        # (whole words after the first one: "ho" and "mi" are keyed with the word that follows)
        r"(?:ho pensato|pensato|penso|pensavo|pensando|mi e venuto in mente|mi e venuta in mente|mi venuto in mente|"
        r"mi viene in mente|mi viene da pensare|mi dico|mi sono detto|mi sono detta|mi ripeto)\b"
        r"(?: (?:spesso|sempre|di nuovo|ancora|ogni volta))?,?(?: che| ke| ch'|:| a quanto| (?:a )?come)? ?"
        r"(?:mi )?(?:basterebbe|sarebbe (?:cosi |davvero |proprio )?(?:facile|semplice|un attimo)) "
        + _VOLANTE
        + _MANOVRA,
        r"(?:basterebbe|mi basterebbe) "
        + _VOLANTE
        + r"(?: [\w']+){0,3}? (?:contro|addosso a|verso|sotto|giu (?:dal|per)) (?:il|un|al|quel|quella|la|una|l') ?"
        r"(?:guardrail|muro|pilone|camion|tir|albero|platano|parapetto|burrone|scarpata|fiume|ponte|viadotto)\b",
        kind="method",
    ),
    # a call asked for in the polite form, as a question: "mi chiama?", "ci richiama?" (not "chi mi
    # chiama?"; keyed on the verb, with the pronoun looked behind)
    risk(
        "contact",
        "low",
        ("support_request",),
        r"@chiama,richiama,telefona,chiamate,richiamate,telefonate@(?<=[mc]i\x20)(?<!chi\x20[mc]i\x20)"
        r"(?:chiama|richiama|telefona|chiamate|richiamate|telefonate)"
        r"(?: (?:lei|per favore|x favore|per piacere|stasera|oggi|adesso|appena (?:puo|riesce|potete)|quando (?:puo|riesce|potete)))?(?= ?\?)",
    ),
]

# ------------------------------------------------- blind round 8 (Italian misses and false alarms)
# (test: tests/test_round8_it.py)
_PER_DOPO = r"(?:stasera|stanotte|oggi|domani|domattina|adesso|ora)"
RULES += [
    # the way and the place (or the time) decided, closing the clause: "ho deciso come e dove, non si
    # preoccupi" (not "come e dove festeggiare")
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:(?:ho|avevo) (?:gia )?(?:deciso|scelto)|so gia|sapevo gia|so|sapevo) (?:come|dove|quando)(?:,? (?:come|dove|quando))? e (?:come|dove|quando)"
        + _FINE_FRASE,
    ),
    # an act begun: a leg (or a foot) already over the railing, the parapet, the sill; not to get
    # back a cat, a ball or the washing
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:gamba|gambe|piede|piedi) (?:gia )?(?:di la (?:dalla|dal|della|del)|dall'altra parte (?:della|del)|oltre (?:la|il)|fuori (?:dalla|dal)) ?"
        r"(?:ringhiera|parapetto|balaustra|davanzale|guardrail|cornicione)\b"
        + _SCAVALCO_QUOTIDIANO,
    ),
    # asking (the pharmacist, the doctor, the web) whether a medicine harms "if one takes a lot of
    # it": an oblique enquiry about an overdose (not a child's accident, not a pain treated daily)
    risk(
        "method",
        "high",
        SI,
        r"(?:chiesto|chiesta|domandato|domandata|chiedo|domando|cercato|cercata|googlato|informat[oa])\b[^.!?\n]{0,40}?\b"
        + _FARMACI
        + r"\b[^.!?\n]{0,60}?\b(?:se|quando) (?:uno|una|una persona|qualcuno) (?:ne )?(?:prende|prendesse|ingoia|ingoiasse|"
        r"manda giu|mandasse giu|butta giu|buttasse giu) (?:tant[oaie]|troppo|troppe|troppi|molt[oaie]|parecchi[oe]?|un sacco|"
        r"una scatola|tutta la scatola|un'intera scatola|tutto il flacone|un flacone|un blister|[1-9]\d+)\b"
        r"(?![^\n]{0,80}\b(?:mal di|dolor\w*|febbre|influenz\w*|emicrania|per sbaglio|bambin\w*|figli\w*|cane|gatto)\b)",
        kind="method",
    ),
    # counted drinks, the sender's own: "sono al terzo spritz", "sono già alla quarta birra" (not
    # coffee, not a party or an aperitif with friends)
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:sono|sto) (?:gia )?(?:al|alla) (?:terz|quart|quint|sest|settim|ottav)[oa] "
        r"(?:spritz|bicchiere|bicchierino|calice|drink|negroni|gin tonic|shot|shottino|cicchetto|amaro|whisky|birra|birretta|"
        r"bottiglia|vodka|rum|grappa|mojito|prosecco|bicchiere di (?:vino|rosso|bianco))\b"
        r"(?![^.!?\n]{0,60}\b(?:amic\w*|collegh\w*|festa|compleanno|matrimonio|aperitivo|degustazione|brindisi|laurea|cena)\b)",
    ),
    # weak farewells (count with another cue or another farewell): a contact left "for whatever may
    # happen after tonight" (not around an operation or a trip), thanks for the patience of these months
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:per|x) (?:qualsiasi|qualunque|ogni) cosa (?:dovesse|possa|potesse|debba|dovrebbe) (?:succedere|capitare|accadere) "
        r"(?:dopo|da) " + _PER_DOPO + r"\b"
        r"(?![^\n]{0,80}\b(?:intervento|operazione|operano|opero|anestesia|ricovero|parto|parte|partiamo|volo|viaggio|partenza|esame|trasloco)\b)",
        r"grazie (?:per|di|x) (?:la (?:sua |tua |vostra )?pazienza|tutto) (?:di|in) (?:questi|tutti questi) (?:\w+ )?(?:anni|mesi)\b",
        kind="farewell",
    ),
    # loneliness: "sono solo un po' sola", "mi sento un po' solo"; nobody comes to see me any more
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:sono|mi sento|mi sentivo) (?:solo |soltanto |anche |pure )?(?:un po'|un po|un pochino|parecchio|molto|tanto) (?:sol[oa]|soli|sole)\b"
        r"(?! (?:a casa|in casa|stasera|oggi|per|a fare|due|tre|un|una|quando|se)\b)",
        r"(?:nessuno|nessun) (?:viene|passa) (?:piu )?(?:a trovarmi|a vedere come sto|a casa mia)\b",
        r"(?:non|nn) (?:viene|passa) piu nessuno (?:a trovarmi|a vedere come sto|da me)\b",
    ),
    # hopelessness: "non cambierà più niente", "non c'è più niente che mi aspetti"
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) (?:cambiera|migliorera) (?:piu|mai piu) (?:niente|nulla)\b",
        r"(?:non|nn) c'?e (?:piu )?(?:niente|nulla) (?:che mi aspetti|che mi aspetta|da aspettare|per cui valga la pena)\b",
    ),
    # the urge to put a lighter, a blade, a cigarette on the skin ("ho voglia di usare l'accendino
    # sulla pelle come prima"): self-harm urges (not a candle lit, not a tattoo)
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:voglia|bisogno|tentazione|impulso) (?:fortissim[oa] |forte |matta )?di (?:usare|passare|passarmi|mettere|mettermi|premere|premermi|appoggiare|appoggiarmi|spegnere|spegnermi) "
        r"(?:di nuovo |ancora )?(?:l'accendino|la sigaretta|una sigaretta|la lama|la lametta|le lamette|il taglierino|il temperino|il rasoio|la punta del compasso|il compasso) "
        r"(?:sulla pelle|sul braccio|sulle braccia|sul polso|sui polsi|sulla gamba|sulle gambe|sulla coscia|sulle cosce|sulla pancia|addosso|su di me)\b",
    ),
    # drinking to stop feeling, to sleep, to forget ("la sera bevo finché nn sento più niente")
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:bevo|bevevo|ho bevuto|mi ubriaco|mi sono ubriacat[oa]) (?:ogni sera |la sera |tutte le sere |da sol[oa] )?"
        r"(?:finche|fino a quando|fin quando|fino a che) (?:non|nn) (?:sento|sentivo|ho sentito|penso|pensavo|capisco|capivo|ricordo) (?:piu|\+) (?:niente|nulla)\b",
        r"(?:bevo|bevevo|mi ubriaco) (?:ogni sera |la sera |tutte le sere |da sol[oa] )?(?:per|x) (?:dormire|(?:non|nn) pensare|dimenticare|stordirmi|(?:non|nn) sentire)\b",
    ),
    # a child's withdrawal told by a parent, the time first: "da lunedì non va a scuola" (not a strike,
    # a holiday or a fever)
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"@lunedi,martedi,mercoledi,giovedi,venerdi,sabato,domenica,giorni,settimane@(?<=da\x20)"
        r"(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|giorni|settimane) (?:non|nn) (?:va|vado|esce|esco) (?:piu )?"
        r"(?:a scuola|al lavoro|in ufficio|all'universita|a lezione|di casa|dalla camera)\b"
        r"(?![^.!?\n]{0,40}\b(?:sciopero|vacanz|ferie|chius[oa] per|festa|gita|influenza|febbre|covid|malattia|operazione|gesso|trasferta))",
    ),
    # asking to talk about it again: support only next to a current cue (engine.py)
    risk(
        "contact_ask",
        "none",
        ("support_request",),
        r"(?:possiamo|potremmo|posso|potrei) (?:ri)?parlar(?:ne|gliene|vene|tene)(?: (?:giovedi|martedi|lunedi|mercoledi|venerdi|la prossima volta|in seduta|alla prossima seduta))?(?= ?\?)",
    ),
    # "non ce la faccio più dal ridere": laughing, not a breaking point
    idiom(
        "idiom_cope",
        r"(?:non|nn) ce la (?:faccio|facevo|facciamo|facevamo) (?:piu|\+) (?:dal ridere|dalle risate|a smettere di ridere|a trattenere le risate)\b",
    ),
    idiom(
        "idiom_die",
        # a goodbye to a habit or a thing given up or lost: "addio sigarette!!", "addio patente 😅"
        r"addio (?:sigarett[ae]|fumo|tabacco|svapo|alcol|vino|birra|zuccheri|dolci|carboidrati|caffe|cioccolat[oa]|pizza|"
        r"patente|punti|multa|bici|moto|motorino|divano|netflix|social|instagram|tiktok|facebook|single|celibato|nubilato|"
        r"barba|baffi|ciccia|chili|pancia|rotolini|bollette|debiti|mutuo|esami|tesi|libri|scuola|liceo|ufficio|capo)\b",
    ),
]

# idiom stress set (an author who never saw the engine): crisis words without a crisis
RULES += [
    # an accidental cut of a finger or a hand, the kitchen or the job in the sentence ("mi sono
    # tagliato la mano col coltello da disosso, un incidente", "mio figlio si è tagliato il dito
    # col coltello del pane"): not on purpose, not an arm or a wrist
    idiom(
        "idiom_harm",
        r"(?:mi sono|mi son|mi sn|si e|si sono|ti sei|mi ero|si era) (?:tagliat[oaie]|ferit[oaie]) (?:il|un|la|una|le) "
        r"(?:dito|dita|pollice|mano|mani|polpastrello|palmo)\b"
        r"(?=[^.!?\n]{0,80}\b(?:per sbaglio|incidente|sbucciando|affettando|cucinando|tagliando|pulendo|lavorando|"
        r"al lavoro|in cucina|in macelleria|in officina|coltello (?:del pane|da cucina|da disosso|da pane|della carne|"
        r"per il pane|da formaggio)|affettatrice|mandolina|apriscatole|lattina|vetro rotto|bicchiere rotto)\b)"
        r"(?![^.!?\n]{0,120}\b(?:apposta|di proposito|volontariamente|per sentire|per punirmi|di nuovo|ancora una volta|"
        r"lametta|lama|rasoio)\b)",
        r"(?:si e|si sono|ti sei|si era) (?:tagliat[oaie]|ferit[oaie]) (?:il|un) (?:dito|pollice)\b"
        r"(?![^.!?\n]{0,80}\b(?:apposta|di proposito|lametta|lama|rasoio)\b)",
    ),
    # a near miss: "ho rischiato di impiccarmi inciampando nel cavo", "rischiavo di ammazzarmi
    # sulle scale 😂": an accident that did not happen, its cause in the sentence
    idiom(
        "idiom_kill",
        r"(?:rischiato|rischiata|rischiavo|rischiando) (?:di )?(?:ammazzarmi|uccidermi|impiccarmi|strozzarmi|"
        r"ammazzarci|morire|rompermi l'osso del collo|spaccarmi la testa)\b"
        r"(?=[^.!?\n]{0,80}(?:\b(?:inciamp\w*|scivol\w*|cad\w*|caduta|in (?:bici|moto|macchina|auto|motorino|monopattino)|"
        r"scala|scale|cavo|gradino|ghiaccio|buca|tombino|incrocio|rotonda|montando|"
        r"spostando|sollevando)\b|\x03))",
    ),
    # a night named by its event ("la notte dell'anniversario", "la sera della finale", "stanotte
    # è la notte: finale alle 21"): the event, not a night chosen to die ("la notte della mia
    # fine" stays)
    idiom(
        "idiom_die",
        r"(?:stanotte|stasera) e la (?:notte|sera)(?= (?:(?:di|del|della|dello|dei|degli|delle) |dell')"
        r"(?!(?:(?:mia|mio|nostra|nostro) (?:fine|morte|addio|ultim\w*)|farla|finirla|morire|andarmene|uccidermi|"
        r"ammazzarmi|buttarmi|addio)\b))",
        r"(?:stanotte|stasera) e la (?:notte|sera)(?=[^.!?\n]{0,40}\b(?:finale|partita|derby|festa|concerto|esame|matrimonio|"
        r"laurea|gara|match|veglione|capodanno|natale|vigilia|anniversario|prima|saldi|trasloco|nascita)\b)",
    ),
    # thanks for a named thing ("grazie di tutto questo percorso", "grazie di tutto il lavoro
    # fatto insieme"): the end of a therapy thanked, not a farewell
    idiom(
        "idiom_die",
        r"grazie (?:di|per) tutto (?:questo|questa|questi|queste|quest'|sto|sta|il|lo|l'|i|gli) ?"
        r"(?:\w+ )?(?:percorso|lavoro|aiuto|supporto|sostegno|tempo|pazienza|ascolto|cammino|viaggio|anni|mesi|"
        r"sedute|incontri|fatto insieme)\b",
    ),
    # an event of goodbye ("una cena d'addio in giardino", "la festa d'addio in ufficio"): a
    # party, not a farewell note (a "lettera/biglietto d'addio" stays a farewell)
    idiom(
        "idiom_die",
        r"(?:cena|cenetta|festa|festicciola|pranzo|aperitivo|apericena|regalo|partita|concerto|tour|serata|brindisi|torta|"
        r"discorso|grigliata|pizzata|gita|giro|bacio) (?:d'addio|di addio)\b",
    ),
]

# ------------------------------------------------------------------ round 9 (blind round 9 spent into dev)
# a place, a role or a day after "senza di me" ("meglio senza di me in battuta", "in ufficio",
# "alla cena di sabato"): the absence wished is from a team, a job or an event, not from life
# (the same scope as _ESSERCI_ALTROVE); "senza di me in giro / al mondo / a casa / a pesare" stays
_SENZA_ME_ALTROVE = (
    r"senza (?:di )?me(?= (?:in|a|al|alla|allo|ai|alle|agli|all'|nel|nella|nello|nei|nelle|sul|sulla|dal|dalla|"
    r"stasera|domani|oggi|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi)\b"
    r"(?! ?(?:questo |sto |quest')?(?:mondo|terra|vita)\b| (?:giro|vita|mezzo|circolazione|circolo|casa|famiglia|"
    r"questa|sta|sto|questo|mia|mio|loro|tra|fra)\b| [a-z]+(?:are|ere|ire)\b))"
)
RULES += [
    idiom("idiom_die", _SENZA_ME_ALTROVE),
    # a thing given away "since I now play the bass / I bought a new one": replaced, not needed
    # because of a death (a decision, an end or a departure in the reason keeps the cue)
    idiom(
        "idiom_die",
        r"(?:non|nn) (?:mi serve|mi servono|mi servira|serve|servono|servira|serviranno) (?:piu|\+)(?= (?:da quando|ora che|adesso che|visto che|"
        r"dato che|perche|xke|xche) (?:ormai |adesso |ora )?(?:suono|uso|gioco|faccio|guido|ho (?:comprato|preso|trovato|ricevuto)|"
        r"mi sono (?:comprat|pres)\w*|ho (?:un|una|il|la|lo|l'|i|le|gli) ?[\w']+)\b"
        r"(?![^.!?\n]{0,80}\b(?:deciso|morire|morto|morta|farla finita|finirla|per sempre|addio|andarmene|(?:non|nn) ci saro)\b))",
    ),
    # feeling dead and wishing to be so really ("mi sento morto, vorrei esserlo davvero", "sono
    # morta dentro e vorrei esserlo anche fuori"): the idiom of a dead phone is not the wish
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:mi sento|sono|mi sn|sn) (?:gia )?mort[oa](?: [\w']+){0,2}?[,;.]? (?:e |ma )?(?:vorrei|voglio|preferirei|quasi quasi vorrei) "
        r"esserlo (?:davvero|per davvero|sul serio|veramente|anche fuori|del tutto|per davvero|per sempre)\b",
        r"(?:mi sento|sono|mi sn|sn) (?:gia )?mort[oa](?: [\w']+){0,2}?[,;.]? (?:e |ma )?magari lo fossi (?:davvero|per davvero|sul serio|veramente)\b",
    ),
    # a hose in the car, parked somewhere ("sono in macchina al lago, il tubo è nel bagagliaio"),
    # or fixed to the exhaust: a method at hand
    risk(
        "method",
        "imminent",
        SI,
        r"(?:sono|sto|sn|seduto|seduta) (?:gia )?(?:in|nella|dentro la|dentro l') ?(?:macchina|auto|l'auto|la macchina)\b[^\n]{0,80}?"
        r"\btubo(?: di gomma| dell'aspirapolvere)?(?! (?:per|dell|della|del|di|da|x)\b)[^.!?\n]{0,20}?"
        r"\b(?:nel bagagliaio|in macchina|in auto|sul sedile|allo scarico|alla marmitta|gia pronto|e pronto)\b",
        r"\btubo (?:di gomma )?(?:e |sta |l'ho )?(?:gia )?(?:attaccato|collegato|infilato|fissato|messo) (?:allo|al|alla|nel|nella) "
        r"(?:scarico|tubo di scappamento|marmitta|finestrino)\b",
        kind="method",
    ),
    # not waking up tomorrow, and that is fine ("magari domani non mi sveglio e va bene così")
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:magari|speriamo che|spero che|chissa se) (?:domani|stanotte|domattina|un giorno di questi|una mattina) (?:(?:non|nn) mi (?:sveglio|svegliero|risveglio|sveglio piu|svegli piu|svegli|risvegli)"
        r"(?: piu)?|(?:non|nn) (?:apro|riapro) (?:piu )?gli occhi)(?: (?:piu|e basta))?,? (?:e )?(?:va bene (?:cosi|lo stesso|uguale)|pazienza|amen|"
        r"tanto meglio|meglio cosi|chissenefrega|chi se ne frega|fa niente|mi sta bene|sarebbe (?:un sollievo|meglio|bello))\b",
    ),
    # a car going straight at a bend (into a wall, off the road) would not be minded
    risk(
        "wish_dead",
        "high",
        SI,
        r"se (?:la macchina|l'auto|la moto|il motorino|il camion|il furgone|la macchina mia) (?:andava|andasse|fosse andata|tirava|tirasse|fosse uscita|usciva|uscisse|"
        r"finiva|finisse|fosse finita) (?:dritt[oa]|fuori strada|contro (?:il|un|quel) (?:muro|albero|guardrail|palo))\b[^.!?\n]{0,30}?"
        r"\b(?:(?:non|nn) mi (?:sarebbe dispiaciuto|dispiacerebbe|sarebbe importato|importerebbe|sarebbe fregato|fregherebbe)|pazienza|amen|tanto meglio|"
        r"sarebbe stato (?:un sollievo|meglio|meglio cosi))\b",
    ),
    # a hot tool pressed on the skin (a hair straightener, an iron, a curling tong): self-harm
    risk(
        "self_harm",
        "high",
        SH,
        r"mi (?:sono|son|sn) (?:premut[oa]|appoggiat[oa]|schiacciat[oa]|pressat[oa]|messo|messa|tenut[oa]|passat[oa]) "
        r"(?:di nuovo |ancora )?(?:la piastra|il ferro da stiro|il ferro|l'arricciacapelli|il ferro arricciacapelli|la padella|il phon|la pentola)"
        r"(?: per (?:capelli|i capelli|stiro))?(?: (?:rovente|bollente|calda|caldo|accesa|acceso))? (?:sul|sulla|sui|sulle|contro (?:il|la|i|le)) ?"
        r"(?:polso|polsi|braccio|braccia|avambraccio|avambracci|coscia|cosce|pancia|gamba|gambe|pelle|fianco|fianchi|caviglia|petto|mano|dorso)\b",
        r"(?:premo|premere|appoggio|appoggiare|schiaccio) (?:la piastra|il ferro da stiro|il ferro|l'arricciacapelli)(?: per (?:capelli|i capelli|stiro))?"
        r"(?: (?:rovente|bollente|calda|caldo|accesa|acceso))? (?:sul|sulla|sui|sulle) (?:polso|polsi|braccio|braccia|avambraccio|coscia|cosce|pancia|gamba|gambe|pelle)\b",
    ),
]

RULES += [
    # two substances counted side by side ("tre spritz e due canne", "quattro birre e una canna"):
    # the sender's use of the evening, told without a verb
    signal(
        "substance_use",
        r"(?:due|tre|quattro|cinque|sei|sette|otto) (?:spritz|birre|drink|bicchieri|shot|cicchetti|vodke|negroni|gin tonic|canne|spinelli) "
        r"e (?:un|una|due|tre|quattro|cinque|sei|\d+) (?:canna|canne|spinello|spinelli|birra|birre|drink|shot|cicchetti|spritz|bicchieri|righe|riga|pasticca|pasticche)\b",
    ),
]

# ------------------------------------------------------------------ round 10 (blind round 10 spent into dev)
# the wish not to wake, or not to live, in regional forms and learners' spellings ("vulesse
# addurmì e nun me scetà cchiù", "nun voglio campà cchiù", "no ndi potzu prus"): the standard
# rules read "non svegliarmi più", "non voglio più vivere", "non ne posso più"
_DIAL_NOT = r"(?:nun|non|nn|no|nu)"
_DIAL_MORE = r"(?:cchiu|chiu|ciu|piu|\+|pi|prus|plui|mai cchiu|mai piu|pe sempe|per sempre)"
RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:vulesse|vulisse|vurria|vorria|vorrieva|vorreiva|vorriva|vurra|vulissi|vulia|vogghiu|vuogliu|voria|vorave|vojo|voio|spero de|speru di)\b"
        r"[^.!?\n]{0,40}?\b"
        + _DIAL_NOT
        + r" (?:me |mi |m'|ma )?(?:sceta\w*|sceto|svegli\w*|risvegli\w*|arrisbigghi\w*|risbigghi\w*|svej\w*|sveia\w*|desmissi\w*|ischid\w*|addesci\w*|adesci\w*|dessed\w*|desved\w*|descid\w*)"
        r" " + _DIAL_MORE + r"\b",
        _DIAL_NOT
        + r" (?:vogli[oa]|volio|voio|vojo|vogghiu|vuogliu|vurria|vorria|vulesse) "
        + _DIAL_MORE
        + r" (?:campa|campare|campari|campà|vive|viviri|bivere|bivi|vivere)\b",
    ),
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        _DIAL_NOT
        + r" (?:ndi |nde |ne |n'|ni )?(?:potzu|pozzu|possu|pozzo|pozz|pozzu) "
        + _DIAL_MORE
        + r"\b",
        _DIAL_NOT
        + r" (?:ce |ci )?(?:a fazzo|a faccio|la fazzu|a fazzu|la fazzo) "
        + _DIAL_MORE
        + r"\b",
    ),
    # going to a height and "mi butto / mi ghetto" closing the sentence: a jump told with its place
    # (Sardinian "a sa punta de Capo Caccia e mi ghetto"); a dive "in acqua" is not
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:punta|scogliera|scoglio|scogli|molo|pontile|ponte|dirupo|rupe|strapiombo|burrone|falesia|viadotto|cornicione|diga|tetto|"
        r"terrazzo|belvedere|precipizio|faro)\b[^.!?\n]{0,60}?\be (?:poi |dopo |la |li |ddae |inie |ddoe )?mi (?:ci |nce |ce )?(?:ghetto|ghettu|jettu|jetto|iettu|iettu|butto|bbuttu|buttu|getto|lancio|tiro)\b"
        r"(?=\s*(?:[.!\n,;]|$|e basta|per sempre|addio|cosi|finisce|finito))",
    ),
    # living with someone or somewhere no more ("non voglio più vivere con la signora", "qui in
    # Italia"): a live-in job or a country, not life; "con questo dolore", "in questo mondo" stay
    idiom(
        "idiom_die",
        r"(?:non|nn) (?:voglio|vorrei|volio|voio|vojo|vogio|volgio|vorei) (?:piu |\+ |proprio piu )?vivere"
        r"(?= (?:con (?:la|il|lo|i|le|mia|mio|miei|mie|lei|lui|loro|signora|signor|famiglia|nonna|nonno|suocer\w*|coinquilin\w*)\b"
        r"(?![^.!?\n]{0,40}\b(?:dolore|paura|ansia|depressione|peso|pensieri|voci|vuoto)\b)|qui in \w+|in (?:italia|citta|questa citta|questo paese|questa casa)\b|"
        r"(?:a|da) casa (?:con|di|sua|loro)\b))",
    ),
    # the sender's own line disowned as a joke right after it ("giuro che mi butto dalla finestra 😂
    # scherzo eh"); not "non sto scherzando", "scherzi a parte", "o forse no"
    idiom(
        "idiom_kill",
        r"(?:mi ammazzo|mi uccido|mi sparo|mi butto|mi getto|mi impicco|voglio morire|vorrei morire|la faccio finita|mi lancio)\b"
        # in its sentence, or opening the next one ("Mi ammazzo! Scherzo, scherzo")
        # ("era uno scherzo", "per scherzo" of a report are not the sender's "scherzo")
        r"(?=(?:(?!\b(?:non|nn|mica|uno|lo|per|era|da)\b)[^.!?\n\"]){0,60}?(?:[.!?]+[\s\x03]*)?"
        r"\b(?:scherzo|scherzavo|sto scherzando|scherzando|e una battuta|era una battuta|ovviamente no)\b"
        r"(?! a parte)(?![^\n]{0,25}\b(?:o forse no|forse no|mica tanto|ma non troppo|fino a un certo punto|ma neanche tanto)\b))",
    ),
]

RULES += [
    # an overdose told in the passato remoto ("presi tutta la scatola di Zolpidem", southern "pigghiai"):
    # the same act as "ho preso"; an anchor ("tre anni fa") lowers it as the past
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:presi|ingoiai|inghiottii|mandai giu|buttai giu|pigghiai|pigliai|pigliaje) (?:appena )?<QTY> (?:le |i |di )?(?:mie )?(?:<PILLS>)",
    ),
    # a panic attack now, with breathlessness or a call ("mi è partito un attacco di panico fortissimo,
    # non respiro"): panic overwhelming the sender
    risk(
        "panic",
        "moderate",
        (),
        r"(?:attacco di panico|attacco d'ansia|crisi di panico)[^.!?\n]{0,40}?(?:non|nn) (?:respiro|riesco a respirare)\b",
        r"(?:non|nn) respiro\b[^.!?\n]{0,40}?(?:attacco di panico|crisi di panico|attacco d'ansia)",
    ),
    # withdrawal in regional forms ("no vegno fora dal leto", "go studà el telefono a tuti")
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:no|nun|nu|non|nn) (?:vegno|vegnu|iesciu|esciu|jesco|ieso|esso|nesciu) (?:fora|fuora|fori|fuori) (?:dal|da|du|d'o|dau|de|dae) ?(?:leto|letto|lettu|liettu|lietto|casa|ca)\b"
        # a lie-in till a time is not a withdrawal
        r"(?! (?:fin|fino|fina|prima|primma|prim|avanti|sin)\b)",
        r"(?:go|ho|aggio|haiu|aju) (?:studa|studà|stua|stuta|stutato|stutatu|astudau|distudau) (?:el|il|u|'o|lu|su) (?:telefono|telefonino|cellulare|cel)\b(?! (?:per|x|durante|al|alla) )",
    ),
    # low mood: "tutto mi sembra grigio", "seu trista meda"
    risk(
        "low_mood",
        "low",
        (),
        r"(?:tutto|tt|ogni cosa) (?:mi )?(?:sembra|pare|appare) (?:cosi |tutto )?(?:grigio|nero|spento|vuoto|senza colore|inutile)\b(?! (?:il cielo|fuori|oggi a milano))",
        # (regional first words only, the intensifier listed: no optional word after a common first word)
        r"(?:seu|sugnu|songo|so|me sento|me sentu|mi sentu) (?:tantu |tanto |troppu |troppo |assai |propriu |proprio |accussi |cosi )?(?:trista|tristu|tristi|trist)\b",
    ),
]

RULES += [
    # not getting up for drowsiness (a medicine's side effect) or tomorrow's soreness told with a laugh
    # ("domani non mi alzo più dal letto ahah" after the gym): not a withdrawal
    idiom(
        "idiom_cope",
        r"(?:non|nn) riesco ad? alzarmi (?:la mattina |al mattino |presto )?(?:per il sonno|dal sonno|per la sonnolenza|per quanto sono intontit[oa]|tanto sono intontit[oa])\b",
        r"domani (?:non|nn) mi alzo (?:piu )?dal letto\b(?=[^.!?\n]{0,30}?(?:\x03|ahah|haha|xd\b|lol\b))",
    ),
]

# going to a bridge, a pier, the rails, after a letter left or before "non mi cerchi": a plan (a place
# and the signs of leaving); a purpose at the place (fishing, a run, a friend) or a letter of another
# kind is not
_DOVE_ANDARE = (
    r"(?:vado|vaju|vagu|vo|sto andando|andro|ando) (?:al|sul|sulla|alla|ai|sui|o|'o|a|in) ?(?:ponte|molo|binari|scogliera|viadotto|diga|fiume|"
    r"strapiombo|dirupo|cornicione|tetto del|tetto)\b"
    r"(?![^.!?\n]{0,40}\b(?:a (?!(?:butt|gett|lanc|salt|ammazz|uccid|fin|farl|morir|impicc))[a-z]+(?:are|ere|ire|ar|er|ir)\b|a fare|con (?:il|la|i|le|mio|mia|gli|un|una)|"
    r"per (?:il|la|una|un|vedere|fare|una|lavoro)|in bici|coi|col)\b)"
)
RULES += [
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:lasciato|lassa|lassato|lasciata|lassata|lassau|go lassa|lassai|lasciai) (?:la |una |na |a |'a |el |il )?(?:lettera|letera|littra|biglietto|bigliettu)\b"
        r"(?! (?:di|de|per (?:il|la) (?:postino|portiere|vicin\w*|capo|condominio|amministratore))\b)"
        r"[^\n]{0,100}?\b" + _DOVE_ANDARE,
        _DOVE_ANDARE
        + r"[^\n]{0,40}?\b(?:non|nn|no|nun) (?:mi|me) (?:cerchi|cercate|cercare|cerca|cerchè|cercà|zerchè)\b"
        # "non mi cercate che ho il telefono scarico", "fino alle 6": a reason or a time is not a leaving
        r"(?![^.!?\n]{0,12}\b(?:che|perche|xke|fino|prima|dopo|ho|sono|sto|stasera|oggi|domani|telefono|cell|cellulare)\b)",
    ),
]

# ------------------------------------------------------------------ round 11 (blind round 11 spent into dev)
# regional forms of the standard risk phrases: "meglio senza di me" ("cchiù megghie senza de me"),
# "pensare a morire" (Friulian "o pensi dome a murî"), pills counted in the passato remoto or in
# dialect ("i pinnuli i cuntai"); the wish not to wake in Ligurian ("no addesciâme ciù") is read by
# the round-10 rule (its verbs and "ciù" added there)
_MEGLIO_DIAL = r"(?:meglio|megghie|megghiu|meglie|megliu|mejo|mejjo|mijo|meio|mei|mègghiu|miegghiu)"
_SENZA_ME_DIAL = r"senza (?:di |de |d'|'e |e |da )?(?:me|mia|mie)\b"
_FARMACI_DIAL = (
    r"(?:"
    + _FARMACI
    + r"|pinnuli|pinnule|pinnula|pinnuledde|pirole|pirule|pilloli|pastigghi\w*|pastigli|pasticchi|"
    r"cumpressi|cumpresse|medicini|medecine|pastiglie)"
)
RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        # a conditional, a subjunctive or the southern imperfect used as a conditional ("stavene",
        # "stassero"), in standard or regional spelling; "they are better off without me" is not
        # read from the present alone
        r"(?:starebbero|starebbe|sarebbero|sarebbe|stessero|stesse|stariano|staria|starianu|starrianu|stassero|stassiru|"
        r"stavene|stavenu|stavanu|stevene|stevano|stevanu|starebbaro|sarianu|sariano|starien|staressero|stasessero) "
        r"(?:tutt[ieoau] |tutti quanti |tutte quante |lloro |loro )?(?:\+ |piu |cchiu |chiu |ciu |plui |pi |assai )?"
        + _MEGLIO_DIAL
        + r" "
        r"(?:\w+ ){0,2}?" + _SENZA_ME_DIAL,
        # "stavano meglio senza di me" after a thought ("penso che", "penzo ca"): the imperfect as a
        # conditional, not a report of a past stay
        r"(?:penso|penzo|pensu|penzu|credo|crero|cridu|criju|mi sa|secondo me) (?:che|ca|ch'|ke|chi|co) ?"
        r"(?:\w+ ){0,2}?(?:stavano|stavene|stavanu|stevano|stevene|stavan) (?:tutt[ieoau] )?(?:\+ |piu |cchiu |chiu |ciu )?"
        + _MEGLIO_DIAL
        + r" (?:\w+ ){0,2}?"
        + _SENZA_ME_DIAL,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        # regional "morire" after "penso / pensi (Friulian first person) / penzo" ("o pensi dome a murî",
        # "penzo sempe a murì"); "a muri" (walls) of a renovation is not
        r"(?:penso|pensi|pensu|penzo|penzu|pienzo|pensavo|pensave) (?:\w+ ){0,3}?a (?:murire|muriri|muri|murir|morir|mori|muriti)\b"
        r"(?! (?:e |nuov|vecch|bianch|di |da |del|dell|della|portant|a secco|maestr|perimetral))",
    ),
    risk(
        "plan",
        "imminent",
        SI,
        # pills counted, told in the passato remoto or in dialect ("i pinnuli i cuntai, trenta",
        # "le pastiglie le contai tutte")
        _FARMACI_DIAL
        + r"\b[^.!?\n]{0,40}?(?<!non\s)(?<!nn\s)(?<!nun\s)(?<!mai\s)(?:\b(?:le|li|i|ne|e) |\b(?:l'|ll')|(?<=\s)'[ie] )"
        r"(?:(?:aju|haju|haiu|aiu|agghiu|aggio|aggiu|ho|go) )?(?:contai|cuntai|cuntaiu|cuntavi|contetti|cuntatu|cuntati|cuntate|cuntate|contà|contae)\b"
        r"(?![^.!?\n]{0,40}\b(?:portapillole|settimana|ricetta|farmaci\w*|medic\w*|dottor\w*|infermier\w*|viaggio|vacanz|manca\w*|"
        r"restano|finite|finire|pi (?:a|la) simana|pe (?:a|la) settimana))",
    ),
    # a drug or a drink counted in a row, or told as "the only thing that calms me": use to cope
    # (round 11: "stasera terza canna di fila, è l'unica cosa che mi calma")
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:seconda|terza|quarta|quinta|sesta|settima|ennesima) (?:canna|birra|bottiglia|canna|spinello|bicchiere|vodka|grappa|"
        r"pasticca|riga|striscia|spritz|spinella|cannetta) (?:di fila|della serata|della giornata|di oggi|in un'ora|in due ore)\b",
        r"(?:canna|canne|spinell[oi]|erba|birr[ae]|vino|alcol|alcool|vodka|whisky|gin|grappa|xanax|tavor|gocce|bottiglia|coca)"
        r"\b[^.!?\n]{0,40}?\b(?:e |è )?(?:l'unica cosa|l'unica roba|la sola cosa|l'unico modo) (?:che|x|per) "
        r"(?:mi )?(?:calma|calmarmi|tranquillizza|tranquillizzarmi|fa dormire|dormire|aiuta|tiene su|regge|spegne|stordisce|stordirmi)\b",
    ),
    # letting oneself go down from a height ("sarebbe facile lasciarmi andare giù", from the sixth-floor
    # balcony): a method thought of; "lasciarmi andare" (relax) alone is not
    risk(
        "method",
        "high",
        SI,
        r"(?:lasciarmi|lasciarsi|lasciami|mi lascio|mi lascerei|farmi) (?:andare|cadere|scivolare) "
        r"(?:giu|di sotto|nel vuoto|dal balcone|dalla finestra|dal ponte|dal terrazzo|oltre la ringhiera|oltre il parapetto)\b"
        r"(?! (?:con|dallo scivolo|dalla discesa|dalla pista|per la pista|sugli sci|col|in bici|dal toboga|nella piscina|in piscina|in acqua))",
        kind="method",
    ),
    # a wake-up bound to a clock time or an everyday purpose ("non voglio più svegliarmi alle cinque
    # per il turno", "svegliarmi all'alba per il treno"): the hour, not life
    idiom(
        "idiom_die",
        r"(?:svegliarmi|risvegliarmi|alzarmi) (?:piu |\+ |ancora |sempre |ogni mattina |ogni giorno |tutte le mattine |la mattina )?"
        r"(?:(?:alle|all'|prima delle|verso le|alle ore) ?(?:\d{1,2}|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|alba)\b"
        r"(?! di notte con| col cuore| con l'ansia| con il cuore| in preda)|all'alba\b|presto\b|cosi presto\b|col buio\b|con la sveglia\b|"
        r"(?:all'alba |presto |di notte |la notte )?(?:per|x) (?:il |la |lo |l'|i |le |andare (?:a |al |in )?|fare (?:il |la )?|prendere (?:il |la )?|"
        r"portare (?:il |la |i )?|aprire (?:il |la )?)?\s?(?:turno|turni|lavoro|lavorare|ufficio|scuola|treno|bus|autobus|pullman|palestra|"
        r"corsa|cantiere|mercato|negozio|bar|forno|fabbrica|cane|bambin\w*|figli\w*|colazione|studiare|esame|lezione|volo|aereo|"
        r"mungere|mungitura|stalla|panificio|pasticceria)\b)",
    ),
    # the therapist's answer anticipated ("lo so già cosa dirà."): the sentence is about the reply,
    # the net reads "so già cosa [fare]" in it
    idiom(
        "idiom_reply",
        r"(?:lo )?so (?:gia |benissimo |bene |gia bene )?(?:cosa|che cosa|quello che|cosa mi|che cosa mi|quello che mi) "
        r"(?:mi )?(?:dira|dirai|direte|dice|pensera|penserai|rispondera|risponderai|consigliera|consiglierai)\b"
        r"(?=[\s\x03]*(?:[.!?\n]|$|:\)|ma\b|pero\b))",
    ),
]

RULES += [
    # charcoal and tape gathered for the car or a room ("ho comprato carbonella e nastro per la
    # macchina, venerdì"): the means of a method gathered; a barbecue is not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:comprato|comprata|preso|presa|procurato|procurata|messo da parte|nascosto) (?:la |il |del |della |un sacco di |un sacchetto di )?"
        r"(?:carbonella|carbone|braciere)\b[^.!?\n]{0,30}?\b(?:e|con|insieme al|poi) (?:il |del |un |lo |un rotolo di )?"
        r"(?:nastro|scotch|nastro adesivo|silicone|nastro isolante)\b[^.!?\n]{0,30}?(?:per|x) (?:la |l'|il )?"
        r"(?:macchina|auto|stanza|camera|bagno|finestre|finestrini|porta|garage)\b"
        r"(?![^\n]{0,80}\b(?:grigliat\w*|barbecue|griglia|festa|arrosticini|brace|pacchi|trasloco|scatoloni|imballare))",
    ),
    # going up a height and not coming down ("domani all'alba salgo sul Monte Grappa e non scendo
    # più"): intent; a stay up there "fino a settembre", a hut, a holiday are not
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:(?:salgo|saliro|sto salendo) (?:\w+ ){0,2}?|(?:vado|andro) )(?:sul|sulla|sullo|in cima|fino in cima|su) "
        r"[^.!?\n]{0,40}?\be (?:non|nn|nun) (?:scendo|scendero|torno giu|tornero giu) (?:piu|mai piu)\b"
        r"(?![^.!?\n]{0,40}\b(?:fino|finche|prima|per (?:tutto|tutta|qualche|un|una|due|tre|l'estate|le ferie)|"
        r"rifugio|baita|malga|estate|ferie|vacanz\w*|weekend|si sta|sto benissimo|che bello|ahah|haha))",
    ),
    # a farewell in regional forms ("grazie pe tutto", "salutateme a tutti"): weak, as the standard
    # phrases (counted next to a current cue, or twice)
    risk(
        "farewell",
        "imminent",
        SI,
        r"grazie (?:pe|pi|de|pè|pë) tutt[oua](?: chello| chellu| quello| chiddu)?",
        r"(?:vi |ti )?ringraziu (?:pi|pe|per) tuttu",
        r"(?:salutateme|salutatime|salutatemi|salutatimi|salutatemme) (?:a )?tutt[ie]\b",
        kind="farewell",
    ),
]

RULES += [
    # days without getting up or going out ("sono tre giorni senza alzarmi dal letto", "sono stata
    # tre giorni senza uscire di casa"): withdrawal; an illness, snow, a quarantine are not
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:sono|sono stat[oa]|sto|resto|sono rimast[oa]|rimango) (?:gia |ormai |da )?(?:due|tre|quattro|cinque|sei|sette|dieci|\d+|un paio di|parecchi|tanti) "
        r"giorni senza (?:alzarmi dal letto|alzarmi|uscire di casa|uscire|mettere piede fuori|vedere nessuno|parlare con nessuno)\b"
        r"(?![^.!?\n]{0,60}\b(?:febbre|influenza|covid|malat\w*|operazion\w*|intervento|gesso|stampelle|neve|quarantena|isolamento|"
        r"lavoro|studiare|esam\w*|tesi|sciopero|mal di schiena|antibiotic\w*))",
    ),
]

RULES += [
    # too full to eat any more, told with a laugh or after a feast ("non ce la faccio più a mangiare,
    # mia suocera ha cucinato per un reggimento 😂"): not a cannot-cope
    idiom(
        "idiom_cope",
        r"(?:non|nn) ce la faccio (?:piu|\+) a (?:mangiare|mangiarne|finire (?:il|la|tutto|tutta)|bere)\b"
        r"(?=[^\n]{0,100}(?:\x03|ahah|haha|\bxd\b|cucinato|pranzo|cenone|cena|portate|abbuffat\w*|sono pien[oa]|scoppio|reggimento|"
        r"lasagne|tortellini|panettone|dolci|antipasti))",
    ),
]

# ------------------------------------------------------------------ round 12 (blind round 12 spent into dev)
RULES += [
    # a jump into the sea, a river, a well told with its end ("stanotte mi butto a mare, così finisce
    # tutto", Sicilian "mi jettu a mari, accussì finisci tuttu"): the end, not a swim
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:mi|me) (?:butto|getto|jettu|jetto|iettu|ghettu|ghetto|bbuttu|buttu|lancio|ittu|mengu|mino) "
        r"(?:a|in|nel|nello|ô|o|'o|a lu|nto|int'o|'nto|intra u|dintra u|dentro al|giu nel|giu in|giu a)\s?"
        r"(?:mare|mari|fiume|ciumi|sciumi|xume|lago|lagu|pozzo|puzzu|canale|po|tevere|arno|torrente|fosso)\b"
        r"[^.!?\n]{0,30}?[,;.:]?\s*(?:e |che )?" + _COSI_FINISCE,
    ),
    # the sender's wish to die told as a prayer ("prego il Signore che mi prenda", "chiedo a Dio di
    # portarmi via", "spero che il Signore mi chiami a sé"): a passive wish to die; a prayer for strength,
    # for someone else, or that takes a thing ("che mi prenda il concorso") is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:prego|pregavo|chiedo|supplico|spero|imploro|prego ogni sera|prego sempre) (?:(?:a|al|alla|che) )?(?:il (?:signore|buon dio|padreterno|cielo)|dio|gesu|"
        r"la madonna|madonna|padreterno|signore|padre pio|santa \w+|san \w+|lassu)\b[^.!?\n]{0,15}?\b(?:che |di )?"
        r"(?:mi |me |ca mi |che mi )?(?:prenda|pigli|porti via|portarmi via|prendermi|pigliarmi|chiami a se|chiamarmi a se|chiami con se|"
        r"venga a prendermi|faccia morire|farmi morire|mi prenda|mi porti via|mi chiami a se|mi faccia morire|mi pigli)\b"
        # a thing taken, a holiday, a job: not the sender
        r"(?! (?:il|la|lo|i|le|gli|un|una|uno|l'|quest\w*|sto|sta|ste|sti)\b)",
        # the same, the verb first ("che il Signore mi prenda / mi porti via presto")
        r"(?:spero|prego|vorrei|speriamo|magari) (?:che )?(?:il signore|dio|il buon dio|gesu|la madonna|il padreterno) (?:mi |me )"
        r"(?:prenda|pigli|porti via|chiami a se|chiami con se|faccia morire)\b(?! (?:il|la|lo|i|le|gli|un|una|uno|l'|quest\w*|sto|sta|ste|sti)\b)",
    ),
    # "sarebbe meglio non esserci più" in regional forms (Venetian "saria mejo no esserghe pì",
    # southern "sarria megghiu nun ci essiri cchiù")
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:saria|sarria|saribbi|sarebbi|sarave|saraie|saraje|sare|sarissi) "
        r"(?:\w+ )?" + _MEGLIO_DIAL + r" "
        r"(?:no|nun|nu|non|nn) (?:esserghe|esserge|essarghe|esserci|esserce|essece|esseci|ci essiri|ce esse|ce essere|essiri|esistere|esistar|esister|"
        r"esser ghe|nasser|esser mai nato|esser mai nata|essiri mai natu|svejarme|desmissiarme|svegliarme|arrisbigghiarimi|scetarme)\s?"
        r"(?:pi|piu|cchiu|chiu|ciu|plui|prus|mai nat[oa]|mai natu)?\b"
        # away from a place or an event ("no esserghe pì a sta festa"): not life
        r"(?!(?: (?:pi|piu|cchiu|chiu|ciu|plui|prus))? (?:a|al|alla|in|ai|alle|da|de|co|col|con|a sta|a quea|a quela|a chela) \w)",
    ),
]

RULES += [
    # the wish not to wake in regional forms, bound to a clock time or a day ("nun me scetà cchiù fino a
    # mezzogiorno", "no svejarme fin a lunedì"): a lie-in, as the standard "non svegliarmi fino a"
    idiom(
        "idiom_die",
        _DIAL_NOT
        + r" (?:me |mi |m'|ma )?(?:sceta\w*|sceto|svegli\w*|arrisbigghi\w*|risbigghi\w*|svej\w*|sveia\w*|desmissi\w*|addesci\w*|dessed\w*|desved\w*|descid\w*)"
        r"(?: "
        + _DIAL_MORE
        + r")? (?:fino|fin|fina|nfino|'nfino|sino|nzino|nzinu|finu|infinu|fini) (?:a|al|alla|alle|allo|all'|a'|ô|ê|e|'o|'a)\s?"
        r"(?:mezzogiorno|mezzojorno|menzijuornu|mezzujornu|menzionnu|mesdi|pranzo|tardi|\d{1,2}|una|due|tre|dieci|undici|dodici|"
        r"lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|dumenica|dummeneca|primavera|natale|pasqua|fine)\b",
    ),
]

RULES += [
    # "il ponte" of a holiday (a long weekend: "il ponte dell'Immacolata", "del 25 aprile", "di
    # Ognissanti"): a date, not a bridge
    idiom(
        "idiom_place",
        r"(?:sul|sullo|al|nel|per il|durante il|questo|quel|il|un) ponte (?:dell'immacolata|dell'8 dicembre|del (?:\d{1,2}|primo|1°)(?: \w+)?|"
        r"di ognissanti|dei morti|di sant'ambrogio|di pasqua|di pasquetta|di ferragosto|della festa|del ponte|lungo|festivo|di natale|"
        r"di capodanno|della liberazione|della repubblica|dei santi)\b",
    ),
    # a kitchen or household accident: the cut named with its tool and a finger ("mi sono tagliata col
    # coltello del pane sul pollice, non smette di sanguinare"), the bleeding that follows it in the
    # same sentence included; a cut on an arm, a thigh, a wrist is not
    idiom(
        "idiom_harm",
        r"(?:mi sono|mi son|mi sn) (?:tagliat[oa]|ferit[oa]) (?:col|con il|con un|con la|con una|coll'|con l') ?"
        r"(?:coltello|coltellino|mandolina|grattugia|forbici|apriscatole|affettatrice|pelapatate|mezzaluna|lattina|bicchiere rotto|"
        r"vetro del bicchiere|taglierino del pacco)\b(?:[\w' ]{0,30}?) (?:sul |sulla |al |il |un |nel |nella |sull'|all')"
        r"(?:pollice|dito|indice|medio|anulare|mignolo|polpastrello|palmo|mano)\b"
        r"(?:[^.!?\n]{0,80}?\b(?:sanguin\w*|sangue)\b[^.!?\n]{0,20})?",
    ),
    # the trains watched for a model railway ("per il mio plastico in scala H0", "il fermodellismo"):
    # a hobby, not the rails
    idiom(
        "idiom_place",
        r"(?:per|del|sul|nel|col|dal) (?:il |l')?(?:mio |nostro |suo )?(?:plastico|diorama)\b",
        r"(?:fermodellismo|modellismo ferroviario|trenini elettrici)\b",
        r"(?:plastico|modellino|trenino|locomotiva|diorama) in scala (?:h0|ho|n|tt|1:87|1:160)\b",
    ),
]

RULES += [
    # "suicidio" as a doomed enterprise ("un suicidio annunciato" of a burnt Christmas lunch, "sarebbe un
    # suicidio politico / professionale"): a metaphor; "il mio suicidio", "pensare al suicidio" are not
    idiom(
        "idiom_die",
        r"suicidio "
        r"(?:annunciato|politico|professionale|sportivo|commerciale|economico|sociale|culinario|gastronomico|mediatico|elettorale|"
        r"tattico|aziendale|finanziario)\b",
    ),
    # an overdose seen at work (a shift in the emergency room, a call-out): a case, not the sender's
    idiom(
        "idiom_harm",
        r"(?:turno|reparto|codic[ei] ross[oi]|ambulanza|guardia medica|in servizio|triage|rianimazione)\b"
        r"(?:(?!\b(?:fatt[oa]|pres[oa]|ho|mi|io|mia|mie)\b)[^.!?\n]){0,60}?\b(?:un'|un |una |due |tre |quattro |\d+ )?overdose\b"
        r"(?! (?:mia|mie|di (?:pillole|farmaci|pastiglie)))",
    ),
]

RULES += [
    # the wish not to wake with a standard "vorrei" and a regional verb ("vorrei addormentarmi e nun me
    # scetà cchiù"): only the regional verbs, the standard ones are read by the standard rules
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:vorrei|voglio|spero di)\b[^.!?\n]{0,40}?\b"
        + _DIAL_NOT
        + r" (?:me |mi |m'|ma )?(?:sceta\w*|sceto|arrisbigghi\w*|risbigghi\w*|svej\w*|sveia\w*|desmissi\w*|ischid\w*|addesci\w*|adesci\w*|"
        r"dessed\w*|desved\w*|descid\w*) " + _DIAL_MORE + r"\b",
    ),
]

# ------------------------------------------------------------------ round 13
# a medicine stopped and kept ("il Tavor non lo piglio da tre settimane, l'ho conservato tutto"): the
# doses saved up are a supply put aside; kept for a trip, in the fridge, given back to the pharmacy
# are not
_NON_LO_PRENDO = r"(?:non|nn|nun) (?:lo |la |le |li |l')?(?:prendo|piglio|pigghiu|pijo|pijjo|assumo|sto prendendo|sto pigliando|prendo piu|piglio piu)\b"
_TENUTO_DA_PARTE = (
    r"(?:l'ho|le ho|li ho|la ho|lo ho|l'aggio|l'haiu|l'aiu|l'agghiu|l'ho tutto|l'ho tutta) "
    r"(?:conservat|tenut[oaie] da parte|mess[oaie] da parte|mess[oaie] via|accumulat|nascost|ripost|salvat|mess[oaie] (?:tutt[oaie] )?nella|tenut[oaie] (?:tutt[oaie] )?nella)\w*"
)
_NON_SCORTA = (
    r"(?![^\n]{0,80}\b(?:frigo|frigorifero|scadenz\w*|scadut\w*|farmacia|farmacista|riportat\w*|restituit\w*|buttat\w*|dottore|"
    r"medico|dottoressa|il neurologo|lo psichiatra|me l'ha detto|come mi ha detto|vacanz\w*|viaggio|valigia|trasferta|ricetta|"
    r"la prossima (?:volta|crisi)|per quando serve|se (?:mi )?serve|in caso)\b)"
)
# the morning's waking told as a disappointment ("ogni mattina che apro gli occhi è una delusione")
_RISVEGLIO = r"(?:apro gli occhi|riapro gli occhi|mi sveglio|mi risveglio|mi svegliu|me sveglio|me scete|me sceto|mi arrisbigghiu)"
_DELUSIONE = r"(?:una |un |'na |na )?(?:delusione|condanna|dispiacere|castigo|tortura|disgrazia|fregatura|sconfitta|maledizione)"
# an age not reached ("a diciotto anni non ci arriva"): a pension, contributions, a goal reached by an
# age, a fitness are not
_ETA = (
    r"(?:\d{2}|diciotto|diciott'anni|diciassette|sedici|quindici|venti|vent'anni|venticinque|trenta|trent'anni|quaranta|cinquanta|"
    r"sessanta|settanta|ottanta|novanta|cento)"
)
_NON_ETA_TRAGUARDO = (
    r"(?![^.!?\n]{0,50}\b(?:pension\w*|contribut\w*|lavor\w*|mutuo|patente|maturita|diploma|laurea|in forma|senza (?:debiti|occhiali)|"
    r"con questi|con quel|con sti|sposat\w*|figli|casa mia|posto fisso|ricc[oa]|milionari\w*|ritmo|di questo passo (?:col|con))\b)"
)
RULES += [
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:"
        + _FARMACI
        + r")\b[^.!?\n]{0,30}?"
        + _NON_LO_PRENDO
        + r"[^.!?\n]{0,40}?"
        + _TENUTO_DA_PARTE
        + _NON_SCORTA,
        # pills counted and their number told after a colon ("Ho contato: 38 di Xanax e due scatole di
        # Tachipirina"): the supply reckoned, as "le ho contate: sono 40"; a trip told after it is not
        r"(?:ho|le ho|li ho) contat[oaie]\s?[:,]?\s?(?:[1-9]\d+|venti|trenta|quaranta|cinquanta|sessanta|cento) (?:di |tra |fra )?(?:"
        + _FARMACI
        + r")\b"
        + _PER_IL_VIAGGIO,
        # a cord or a rope hidden in a room ("ha nascosto la corda della tenda in camera sua"; the span
        # stops before the cord, so that a curtain's cord named after it is not read as the idiom)
        r"(?:ho |ha |avevo |aveva )?nascost[oa] (?:la|una|le|delle)(?= (?:corda|corde)\b"
        r"(?! (?:per (?:saltare|giocare|il gioco|la caccia|l'altalena|i bambini|la sorpresa|il cane|i cani)|da (?:saltare|gioco)|ai bambini|al cane|del cane|"
        r"dei cani|ai cani|del gatto|del cucciolo|"
        r"dell'altalena|del gioco|del suo gioco|di (?:mia|mio|sua|suo) figli)))",
        # the order turned round: the windows shut, then the gas opened (not to cook)
        r"chiuso (?:tutte )?(?:le )?finestre\b[^.!?\n]{0,30}?\baperto (?:il )?gas\b"
        r"(?![^.!?\n]{0,40}\b(?:cucinare|pasta|cena|pranzo|caldaia|riscaldamento|freddo|sugo|bollire|caffe|cuocere)\b)",
    ),
    # an overdose in Neapolitan with the article elided ("me so pigliato tutt' e gocce", "m'aggio
    # pigliato tutte 'e pinnule")
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:me so'?|mi so'?|me song|m'aggio|aggio|me sono|mi sono) (?:pigliat[oaie]|pres[oaie]|calat[oaie]|bevut[oaie]|ngullut[oaie]|scolat[oaie]|"
        r"mannat[oaie] (?:giu|abbascio)) (?:tutt' ?e|tutte 'e|tutt 'e|tutte e|tutti 'e) ?(?:"
        + _FARMACI_DIAL
        + r"|pinnule|pastiglie)\b",
    ),
    # a cut deeper than usual that does not stop bleeding ("ho tagliato più del solito e non smette"):
    # the act done and its bleeding
    risk(
        "act_taken",
        "imminent",
        ("self_harm",),
        r"(?:mi sono tagliat[oa]|ho tagliato|mi so tagliat[oa]|me so tagliat[oa]|mi son tagliat[oa]) "
        r"(?:piu del solito|piu profondo|piu a fondo|troppo a fondo|troppo profondo|piu forte|troppo)[,]? (?:e |ma )?(?:il sangue )?(?:non|nn) "
        r"(?:smette|si ferma|si vuole fermare|si blocca|si chiude)\b(?! di (?!sanguinare))",
    ),
    # the wish to die told as waiting for death or as waking disappointed
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:ogni|tutte le|ogni santa) (?:mattina|mattine|giorno|giorni|matina|matin|mattinata)(?: che| in cui| quando)? "
        + _RISVEGLIO
        + r"(?: ancora| di nuovo)?,? (?:e|per me e|mi sembra|e sempre) "
        + _DELUSIONE
        + r"(?! (?:vedere|scoprire|trovare|sentire|guardare|leggere|perche|quando|per via|per il|per la|col|con|dell|della|del)\b)",
        r"(?:che delusione|che dispiacere|sono delus[oa]|mi dispiace) (?:ogni volta )?(?:quando |che )?(?:mi sveglio|svegliarmi|di svegliarmi|essermi svegliat[oa]|di essermi svegliat[oa]|riaprire gli occhi|apro gli occhi)"
        r"(?: (?:ancora|di nuovo|la mattina|al mattino|ogni mattina))?(?= ?[.!,;]|\s*$)",
        # death awaited ("la morte, io invece la aspetto come la corriera delle sette")
        r"\bmorte\b(?! d[eia']|di\b)[^.!?\n]{0,30}?\b(?:la aspetto|l'aspetto|la attendo|l'attendo|la sto aspettando|la aspetto con ansia|la desidero|la invoco)\b"
        r"(?! (?:a cena|per|alle|al|in|fuori|stasera|domani|al cinema|in tv|nella serie))",
        r"(?:aspetto|attendo|invoco|desidero) la morte\b(?! d[eia']|di\b)(?! (?:in|nella|al|nel) (?:serie|film|libro|romanzo|finale))",
    ),
    # an age not to be reached ("a diciotto anni non ci arriva", "non arriverò ai trenta")
    risk(
        "wish_dead",
        "high",
        SI,
        r"\b(?:a|ai) "
        + _ETA
        + r"(?: anni)? (?:(?:lui|lei|io) )?(?:non|nn|nun) ci (?:arrivo|arrivero|arriva|arrivera|arriverai|arrivi|arriveremo)\b"
        + _NON_ETA_TRAGUARDO,
        r"\b(?:non|nn|nun) (?:ci )?(?:arrivo|arrivero|arriva|arrivera) (?:ai|a) "
        + _ETA
        + r"(?: anni)?\b"
        + _NON_ETA_TRAGUARDO,
    ),
    # a prayer to die told by a relative ("ogni sera chiede alla Madonna di morire"): as the sender's
    # own prayer; for strength, for a cure, "di non morire" are not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:chiede|chiedo|chiedeva|prega|prego|pregava|supplica|supplico|implora|imploro) (?:ogni sera |sempre |ogni notte )?(?:a |al |alla |il |la )?"
        r"(?:signore|dio|buon dio|madonna|madonnina|padreterno|gesu|cielo|santi|padre pio|santa \w+|san \w+) (?:ogni sera |ogni notte |sempre )?"
        r"(?:di (?:farla |farlo |farmi |lasciarla |lasciarlo |lasciarmi )?morire|di (?:prenderla|prenderlo|portarla via|portarlo via|chiamarla a se|chiamarlo a se)|"
        r"che (?:la|lo) (?:prenda|porti via|chiami a se|faccia morire))\b(?! (?:dal|dalle|di|del|per) \w)",
    ),
    # joining a dead spouse or parent "as soon as possible", "in heaven" ("vuole raggiungere papà il
    # prima possibile"): a wish to die; joining someone in a town, at the sea is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:voglio|vorrei|vuole|vorrebbe|non vedo l'ora di|non vede l'ora di|spero di|spera di|sogno di|sogna di) (?:solo |soltanto |tanto )?(?:andare a )?raggiungere "
        r"(?:(?:il |la )?(?:mio|mia|suo|sua) )?(?:papa|mamma|padre|madre|marito|moglie|babbo|figlio|figlia|nonno|nonna|compagno|compagna|[a-z]+ buonanima)\b"
        r"(?:,? (?:[a-z]+,? )?)?(?= ?(?:il prima possibile|al piu presto|presto|in cielo|lassu|in paradiso|dall'altra parte|dove (?:e|sta) (?:lui|lei|ora|adesso)))"
        r"(?![^.!?\n]{0,40}\b(?:in|a|al|alla|ad|dal|dalla|per|sul|sulla) (?!cielo\b|paradiso\b)[a-z]{3,})",
    ),
]

RULES += [
    # "mi butto" of a plunge into an evening out ("Stasera mi butto: vado alla cena di classe"): an
    # attempt at something new, not a jump
    idiom(
        "idiom_die",
        r"mi (?:butto|lancio)[:,;]? (?:e )?(?:vado|andro|ci vado|mi presento|ci provo|partecipo) ?(?:a|al|alla|allo|all'|ai|alle|in|da|dal|dalla)? ?(?:la |il )?"
        r"(?:cena|festa|rimpatriata|concerto|colloquio|karaoke|serata|appuntamento|aperitivo|corso|lezione|gara|provino|matrimonio|compleanno|"
        r"discoteca|palestra|riunione|ballo|speed date|cena di classe|pranzo|open day|selezioni|audizione|mercatino|maratona)\b",
        r"mi (?:butto|lancio)[:,;]? (?:e )?(?:le |gli )?(?:chiedo di uscire|chiedo|scrivo|telefono|dichiaro|mi dichiaro|mi iscrivo|accetto|firmo|faccio domanda|"
        r"mando il curriculum|prenoto|compro|apro)\b",
    ),
]

RULES += [
    # "non farcela" of a practical feat: getting home or somewhere in time ("ho paura di non farcela a
    # tornare a casa per seduta", traffic), waiting for a day ("non ce la faccio più ad aspettare la
    # discussione"): impatience or a timetable, not coping; "non ce la faccio più ad andare avanti", "a
    # vivere così" are not
    idiom(
        "idiom_cope",
        r"(?:non|nn) ce la (?:faccio|facevo|faccio proprio|facciamo) (?:piu|\+) (?:ad?) aspettare\b"
        r"(?! (?:di morire|la morte|che (?:finisca|passi) tutto|la fine))",
        r"(?:non|nn) (?:farcela|farcela piu|ce la faccio|ce la faro|ce la fa|ce la fara|ce la facevo|ce la faccio mai) (?:ad?) "
        r"(?:tornare|arrivare|rientrare|essere|stare|passare|andare) (?:a casa |in ufficio |al lavoro |a scuola |in studio |da lei |li |la )?"
        r"(?:in tempo|per (?:la |il |l'|le |lo )?(?:seduta|cena|riunione|lezione|appuntamento|visita|ora|\d+|pranzo|colloquio|partita)|"
        r"entro|puntuale|prima (?:di|delle|che)|alle \d+|all'ora)\b",
        # too full to eat another bite, the plate filled at every meal named before ("con mia madre che
        # mi riempie il piatto ... non ce la faccio più a mangiare", round 14); appetite lost is not
        r"(?:piatto|piatti|panettone|panettoni|pandoro|pandori|pranzo|pranzi|cenone|cenoni|abbuffat\w*|dolci|porzion\w*|"
        r"tortellini|lasagne|parmigiana|abbuffate)\b[^.!?\n]{0,100}?(?:non|nn) ce la (?:faccio|facevo|faccio proprio) (?:piu|\+) "
        r"(?:a|ad) mangiare\b(?! (?:niente|nulla|da settimane|da giorni|per l'ansia|per la tristezza))",
    ),
]

RULES += [
    # "quando leggerà questa mail avrò già preso la mia decisione": the farewell of a letter with its
    # act done by the time it is read; a flight, a meeting by then are not
    risk(
        "intent",
        "imminent",
        SI,
        r"quando (?:leggerai|leggera|leggerete|legger[aà]i?) (?:questa|queste|questo|la mia) (?:mail|email|e-mail|lettera|righe|messaggio|parole)\b,? "
        r"(?:io )?(?:avro gia (?:preso la (?:mia )?decisione|fatto (?:quello che|cio che|la mia scelta))|(?:non|nn) ci saro piu|"
        r"sara (?:gia )?(?:tutto )?finit[oa]|saro gia mort[oa]|sara troppo tardi)\b",
    ),
    # hopelessness in regional and plain forms: "nun vedo na via d'uscita", "per me il futuro non esiste più"
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn|nun|nu) (?:vedo|veco|veggo|vecu|viju|vidu|vedu) (?:na |'na |una |nisciuna |nessuna )?(?:via d'uscita|via di uscita|via 'e scampo|uscita)\b",
        r"(?:per me )?il (?:mio )?futuro (?:per me )?(?:non|nn) esiste (?:piu|\+)|per me il futuro (?:non|nn) esiste\b",
    ),
    # a drug every evening "or the brain won't switch off" ("canne tutte le sere ormai, sennò il cervello
    # non si spegne"), a sedative taken beyond the prescription: use to cope
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:canne|canna|spinell[oi]|erba|birr[ae]|vino|alcol|alcool|vodka|whisky|grappa|xanax|tavor|gocce|coca|bicchier[ei])\b[^.!?\n]{0,40}?"
        r"\b(?:tutte le sere|ogni sera|tutti i giorni|ogni giorno|ogni notte|tutte le notti)\b[^.!?\n]{0,20}?\b(?:senno|se no|altrimenti)\b,? "
        r"(?:il cervello|la testa|la mente|i pensieri|(?:non|nn) (?:dormo|mi addormento|riesco a dormire|mi spengo|stacco|reggo))",
        r"(?:preso|prendo|prendendo|presa) (?:lo |il |la |le |i |gli |l')?(?:"
        + _FARMACI
        + r") (?:molto |ben )?(?:piu spesso|piu del dovuto|piu di quanto|"
        r"oltre (?:la dose|il dovuto|quanto)|piu del prescritto|piu di quello che)\b",
        # the sedative named first ("il Lexotan lo sto prendendo più del dovuto", round 14)
        r"(?:"
        + _FARMACI
        + r"|lexotan|tavor|xanax|en|minias|control|rivotril|talofen|felison) (?:lo |la |le |li )(?:sto prendendo|prendo|ho preso|sto usando|uso) "
        r"(?:molto |ben |parecchio )?(?:piu spesso|piu del dovuto|piu di quanto|oltre (?:la dose|il dovuto|quanto)|piu del prescritto|piu di quello che)\b",
        # a drink counted in the evening, "or I don't sleep" ("so' già alla terza birra e al secondo amaro,
        # sennò nun dormo", round 14), told of oneself or of someone else (the context lowers it)
        r"(?:second[oa]|terz[oa]|quart[oa]|quint[oa]|sest[oa]) (?:birra|birretta|bottiglia|bicchiere|amaro|spritz|vodka|grappa|whisky|"
        r"canna|spinello|calice|negroni|gin tonic)\b[^.!?\n]{0,50}?\b(?:senno|se no|altrimenti|sinno|sennu)\b,? (?:non|nn|nun|nu|manco) "
        r"(?:dormo|dorme|dormivo|dormiva|dormu|m'addormento|mi addormento|si addormenta|chiudo occhio|chiude occhio|prendo sonno|reggo|regge)\b",
        # a drug the night needs ("senza due canne la sera non chiudo occhio, sennò mi vengono i pensieri")
        r"senza (?:(?:due|tre|un paio di|la|le|il|i|qualche|una|un|mezza|mezzo|almeno (?:due|tre|una|un)) )?(?:canne|canna|cannetta|spinell[oi]|birre|birra|"
        r"bicchier[ei]|bicchierino|vino|goccett\w*|grappa|amaro|whisky|vodka|xanax|tavor|lexotan|gocce)\b(?: (?:la sera|di sera|la notte|prima di dormire|prima di andare a letto))? "
        r"(?:non|nn|nun|nu) (?:chiudo occhio|dormo|mi addormento|riesco a dormire|prendo sonno|reggo|stacco|mi calmo|sto in piedi)\b",
    ),
]

# ------------------------------------------------------------------ seen round 12 (spent into dev after round 13)
# the way to a place to jump from in regional forms ("dumani all'alba vaju o viadotto", "vaco 'ncoppa 'o
# ponte"), then the signs of leaving ("i chiavi do camion ci li lassai a me cugnatu. nun mi circati"):
# a plan; a purpose at the place (fishing, a run, a friend) is not
_DOVE_ANDARE_REG = (
    r"(?:vaju|vaiu|vaju a|vagu|vaco|vache|vo|vado|ando|vegno|sto andando|andro|acchianu|acchiano|saglio|sagghiu) "
    r"(?:al|sul|sulla|alla|ai|sui|o|'o|u|'u|a|ô|nto|'nto|ncoppa|'ncoppa|'ncoppa 'o|ncoppa o|supra u|supra o|in|in cima al) ?"
    r"(?:ponte|ponti|pontu|viadotto|viadottu|cavalcavia|molo|binari|scogliera|scogghi|diga|fiume|ciumi|sciumi|strapiombo|dirupo|rupe|"
    r"cornicione|tetto|tettu)\b"
    r"(?![^.!?\n]{0,40}\b(?:a (?!(?:butt|gett|jett|lanc|salt|ammazz|uccid|fin|farl|morir|impicc))[a-z]+(?:are|ere|ire|ar|er|ir|ari|iri)\b|"
    r"a fare|a pisca\w*|a piscari|con (?:il|la|i|le|mio|mia|gli|un|una)|cu (?:me|to|u|a)\b|per (?:il|la|una|un|vedere|fare|lavoro)|in bici|coi|col)\b)"
)
RULES += [
    risk(
        "plan",
        "imminent",
        SI,
        # the place with a time before it, then "don't look for me" within the next sentences (keys or
        # a vehicle handed over between)
        r"(?:stanotte|stasira|stasera|stanotti|dumani|domani|dumani matina|domattina|all'alba|a l'alba|prima di l'alba|oggi|ora|mo|ammo|"
        r"stamatina|stamattina)\b[^.!?\n]{0,20}?\b" + _DOVE_ANDARE_REG + r"[^\n]{0,120}?\b"
        r"(?:non|nn|no|nun|un) (?:mi|me|ma) (?:cerchi|cercate|cercare|cerca|cerchè|cercà|zerchè|circati|circari|circà|circassi|cirche|"
        r"cercati|circate|cercasse)\b"
        r"(?![^.!?\n]{0,12}\b(?:che|ca|perche|picchi|pirchi|xke|fino|prima|dopo|ho|haiu|sono|sugnu|sto|stasera|oggi|domani|dumani|"
        r"telefono|cell|cellulare)\b)",
    ),
    # the sender not seeing themselves reach an age or a season ("non mi vedo arrivare ai trent'anni",
    # "non mi ci vedo ad arrivare a quarant'anni", "non arriverò ai trenta, lo sento"): a foreshortened
    # life, as "I don't see myself being alive next year"; a goal or a condition after it ("ai
    # trent'anni senza un lavoro", "a fine mese con questo stipendio") is not
    risk(
        "wish_dead",
        "high",
        ("suicidal_ideation", "hopelessness"),
        r"(?:non|nn) (?:mi |mi ci |ci )?(?:vedo|vedevo|immagino) (?:ad |a )?arrivare (?:ai|a|al|alla|fino ai|fino a|fino al) "
        r"(?:\d{2} ?(?:anni)?|(?:venti|venticinque|trenta|trent'|trentacinque|quaranta|quarant'|cinquanta|cinquant'|sessanta|sessant')\s?(?:anni)?|"
        r"prossimo anno|anno prossimo|prossima estate|estate|natale|pasqua|mio compleanno|compleanno|vecchiaia|diventare vecchi\w*|pensione|maturita|laurea)"
        r"(?= ?[.!,;]|[\s\x00]*$| ?\x03| e (?:non|nn)|, (?:non|nn|e) )",
        r"(?:non|nn) (?:ci )?arrivero (?:ai|a|al) (?:\d{2}|trenta|trent'anni|quaranta|quarant'anni|cinquanta|cinquant'anni|venticinque|"
        r"prossimo anno|compleanno|mio compleanno)(?: anni)?,? (?:lo sento|lo so|me lo sento|ne sono sicur[oa])\b",
    ),
    # a cut that keeps bleeding in texting short forms ("nn smette d sanguinare", "nn si ferma d
    # sanguinà"): the act with medical danger, as the full form
    risk(
        "act_taken",
        "imminent",
        ("self_harm",),
        r"(?:non|nn) (?:smette|smettono|si ferma|si fermano|la smette) (?:d|d'|de) ?sanguin(?:are|a|à)\b",
    ),
]

RULES += [
    # sleeping drops or pills "taken" to pack them ("ho preso tutte le gocce... e le ho messe in valigia"):
    # the supply for a trip, as "I took all my sleeping pills with me on the trip"; pills swallowed
    # stay
    idiom(
        "idiom_harm",
        r"(?:ho preso|ho presi|ho raccolto|ho preparato) (?:tutte|tutti) (?:le|i|gli) [^.!?\n]{0,100}?\b(?:e )?(?:le|li) ho "
        r"(?:messe|messi|infilate|infilati|sistemate|sistemati|chiuse|chiusi) (?:in|nella|nello|nel|dentro la|dentro al) "
        r"(?:valigia|borsa|zaino|trolley|beauty|beauty case|borsone|bagaglio|necessaire|borsa da viaggio)\b"
        # "le ho messe in borsa, così stanotte le prendo. Addio": the bag of the act, not of a trip
        r"(?![^\n]{0,60}\b(?:le prendo|li prendo|le ingoio|addio|la faccio finita|le butto giu)\b)",
    ),
    # medicines bought in two chemists with the everyday reason told ("in due farmacie diverse, perché
    # la prima ne aveva solo due"): a shortage, not a hoard; "perché nessuno chiedesse" stays
    idiom(
        "idiom_harm",
        r"(?:farmacie diverse|diverse farmacie|piu farmacie|due farmacie|tre farmacie),? (?:perche|xke|visto che|dato che|siccome) "
        r"(?:la prima|nella prima|l'altra|nell'altra|la mia|in quella|quella sotto casa|la farmacia sotto casa)\b"
        r"(?! [^.!?\n]{0,40}\b(?:chied\w*|sospett\w*|domande|accorg\w*)\b)",
    ),
    # a goodbye with the move that ends the sessions named as its reason ("da domani non mi sentirà più
    # perché parto per Lisbona", "non mi vedrà più perché mi trasferisco"): a departure; "non mi sentirà
    # più" alone, or with "per sempre", stays
    idiom(
        "idiom_place",
        r"(?:non|nn) (?:mi|ci) (?:sentira|sentirai|sentirete|vedra|vedrai|vedrete|sentiremo|vedremo|sentiamo) piu "
        r"(?:perche|xke|visto che|dato che|siccome|tanto) (?:parto|partiamo|mi trasferisco|ci trasferiamo|vado a vivere|andiamo a vivere|"
        r"torno (?:a|in|al)|cambio (?:citta|paese|lavoro|terapeuta)|emigro|vado all'estero|mi sposto)\b(?![^.!?\n]{0,40}\b(?:per sempre|addio)\b)",
        # the thanks of the same message, the move named after it
        r"grazie di tutto\b(?=[^\n]{0,160}?\b(?:non|nn) (?:mi|ci) (?:sentira|sentirai|sentirete|vedra|vedrai|vedrete|sentiremo|vedremo) piu "
        r"(?:perche|xke|visto che|dato che|siccome) (?:parto|partiamo|mi trasferisco|ci trasferiamo|vado a vivere|andiamo a vivere|emigro|"
        r"vado all'estero)\b(?![^\n]{0,60}\b(?:per sempre|addio|non torno|non tornero)\b))",
    ),
    # "basterebbe un attimo per far cadere il vaso in testa al vicino": a thing dropped on someone, a
    # joke, not the fall of the sender
    idiom(
        "idiom_kill",
        r"(?:basterebbe|basta|basterebbero|bastava) (?:un attimo|un secondo|un niente|un colpo|poco|un gesto) (?:per|a) "
        r"(?:far cadere|buttare giu|buttargli|lanciare|tirare|far volare|rovesciare|far precipitare) (?:via |giu )?(?:il|la|lo|i|le|gli|l'|un|una|uno|tutt\w*)\b"
        r"(?! ?(?:me|me stess[oa])\b)",
    ),
    # a drive or a jump in a game or a simulator ("col simulatore di rally ho pensato di tirare dritto",
    # "alla playstation"): a game, not the road
    idiom(
        "idiom_place",
        r"(?:col|con il|al|sul|nel|alla|sulla|nella|con la) (?:simulatore|videogioco|videogame|gioco|playstation|play|ps5|ps4|xbox|"
        r"switch|console|gran turismo|mario kart|forza horizon|assetto corsa)\b(?: (?:di|da) (?:guida|rally|formula 1|f1|corsa|corse|volo))?",
    ),
    # cases seen on a shift in the emergency room ("in pronto soccorso abbiamo avuto un'overdose e un
    # tentato suicidio"): cases, not the sender's
    idiom(
        "idiom_harm",
        r"(?:in|al|nel) (?:pronto soccorso|ps|reparto|turno|triage)\b[^.!?\n]{0,20}?\b"
        r"(?:abbiamo avuto|abbiamo|c'e stat[oa]|ci sono stat[ie]|e arrivat[oa]|sono arrivat[ie]|ci hanno portato|hanno portato)\b"
        r"[^.!?\n]{0,20}?\b(?:un'|un |una |due |tre |\d+ )?(?:overdose|tentato suicidio|tentati suicidi|intossicazion\w*)\b"
        r"(?:[^.!?\n]{0,10}?\b(?:un'|un |una |due |tre |\d+ )?(?:overdose|tentato suicidio|tentati suicidi|intossicazion\w*)\b)?"
        r"(?! (?:mi[aeo]?|mie)\b)",
    ),
]

RULES += [
    # the lethal dose looked up by its unit ("ho cercato quanti milligrammi della mia sertralina ci
    # vorrebbero per non svegliarsi", "quanti mg di tachipirina sono letali"): thinking about a method;
    # a dose to sleep well or for a child's fever is not
    risk(
        "method",
        "high",
        SI,
        r"(?:(?:ho |avevo )?(?:cercato|googlato|guardato|chiesto a chatgpt|calcolato) (?:su internet |online |su google |in rete |sul telefono )?)?"
        r"quant[ie] (?:milligrammi|mg|grammi|gr|gocce|ml|millilitri|fiale|boccette|flaconi|scatole|confezioni|blister) "
        r"(?:di |del |della |dello |dell'|dei |delle |degli )?(?:mi[aeo] |mie |miei |su[aeo] )?[\w']+(?: [\w']+)?\s?"
        r"(?:ci vorrebbero|ci vogliono|servirebbero|servono|bastano|basterebbero|bisogna prendere|occorrono|occorrerebbero) "
        r"(?:per (?:non (?:svegliarsi|svegliarmi|risvegliarsi|risvegliarmi)(?: piu)?|morire|farla finita|ammazzarsi|ammazzarmi|uccidersi|uccidermi|"
        r"addormentarsi per sempre|addormentarmi per sempre|andarsene|non soffrire piu)|a (?:morire|uccidere))\b",
        r"quant[ie] (?:milligrammi|mg|grammi|gocce|ml|fiale|compresse|pastiglie|pillole) (?:di |del |della |dello |dell'|dei |delle )?"
        r"[\w']+(?: [\w']+)? (?:sono|siano|sarebbero|diventano) (?:letali|mortali|una dose letale|una dose mortale)\b",
    ),
]

RULES += [
    # the wish not to wake told of the patient in the third person ("mi ha detto che ogni sera spera di
    # non svegliarsi più", a partner or a parent writing): the patient's wish when the sender is their
    # proxy, someone else's otherwise (the context decides); a wake-up time is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:spera|sperava|vorrebbe|voleva|desidera|prega|pregava|si augura) (?:ogni sera |ogni notte |di notte |la sera )?di (?:non|nn) "
        r"(?:svegliarsi|risvegliarsi|svegliarsi mai|riaprire gli occhi)(?: piu| mai piu)?\b"
        r"(?! (?:presto|prima|fino|tardi|alle|alla|col|con|per|troppo)\b)",
    ),
]

RULES += [
    # an overdose found by the one who writes ("l'ho trovata in cucina, ha mandato giù non so quante
    # pastiglie", a partner or a parent): the patient's act when the sender is their proxy, someone
    # else's otherwise (the context decides); a dose taken as prescribed ("ha preso le sue pastiglie")
    # is not
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ha|aveva|si e|si era) (?:mandato giu|mandata giu|buttato giu|ingoiato|ingerito|preso|presa|calato|sparato) "
        r"(?:non so quante|non so quanti|chissa quante|chissa quanti|<QTY>) (?:di |delle |dei )?(?:sue |suoi |mie |miei )?"
        r"(?:<PILLS>|tachipirine|tachipirina|paracetamolo|sonniferi|medicine|gocce)\b",
    ),
]

RULES += [
    # withdrawal in regional and texting forms ("so' tre giorni che nun esco de casa", "er telefono l'ho
    # spento a tutti", "ho spento il tel a tutti", "nn vado all'uni"), and the bed after a listed
    # negation ("sono due giorni che non mangio e che sto a letto": the bed is not negated); an errand
    # ("nun esco de casa senza ombrello"), a phone off for a film are not
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:nun|nu|no) (?:esco|escio|jesco|ghesso|nesciu|nesco|sciu|sorto|surtu|esse|isciu) (?:de|da|di|d'|dda|fora de|fora da|fuori de|fora 'e|'e) ?"
        r"(?:casa|ccasa|casa mia)\b(?! (?:senza|se|finche|prima|fino|perche|che)\b)",
        r"(?:er|el|'o|u|il|sto) (?:telefono|cellulare|tel|cell|telefonino) (?:l'ho|ll'aggio|l'aggiu|l'haiu|lo go|l'ho tenuto|lo tengo) spento"
        r"(?: (?:a|pe|per|co) tutti)?\b(?! (?:per|x|durante|al|alla|pe 'o|pe er|perche|pecche|picchi|xke|che|ca|da quando)\b)",
        r"(?:ho spento|spento|spengo|ho staccato) (?:il |er |el |'o |u )?(?:tel|cell|cel|telefonino)\b(?: a tutti)?(?! (?:per|x|durante|al|alla|che)\b)",
        r"(?:non|nn) (?:vado|sono andat[oa]|sono stat[oa]) (?:piu )?(?:all'uni|in uni|in facolta|all'univ|alle lezioni)\b",
        r"(?:non|nn) (?:mangio|esco|mi lavo|mi alzo) (?:e|ne) (?:che )?(?:sto|resto|rimango|sto sempre) (?:a|nel|dentro al) letto\b",
    ),
    # "non ce la faccio più" in Venetian and Friulian forms ("no ghe la fasso più", "no ghe la fazo pì")
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        _DIAL_NOT
        + r" (?:ghe|ge|ze|ce|ci) (?:la|a) (?:fasso|fazo|faso|fazzo|fas) "
        + _DIAL_MORE
        + r"\b",
    ),
]

RULES += [
    # the house kept for an illness told beside it ("so' tre giorni che nun esco de casa, c'ho la febbre
    # a 39", "non esco di casa perché ho l'influenza"): a sick leave, not a withdrawal
    idiom(
        "idiom_cope",
        r"(?:non|nn|nun|nu|no) (?:esco|escio|sono uscit[oa]|so' uscit[oa]|nesciu|nesco|sorto|esse|isciu) (?:di|de|da|dda|d') ?(?:casa|ccasa|letto)\b"
        r"[^.!?\n]{0,20}?\b(?:(?:perche|xke|pecche|picchi) )?(?:ho|c'ho|cio|tengo|aggio|c'aggio|go|haiu|ce l'ho|mi e venut[oa]|m'e venut[oa]) "
        r"(?:la |il |l'|un |una |'a |'o |er )?(?:febbre|freve|influenza|covid|bronchite|mal di gola|raffreddore|gastroenterite|tosse|otite|"
        r"varicella|polmonite|colpo della strega|sciatica|gamba rotta|gesso)\b",
    ),
]

RULES += [
    # the prayer to fall asleep and be taken ("la sera prego di addormentarmi e che il Signore mi prenda
    # con sé nel sonno"), also told of someone else ("prega di addormentarsi e che il Signore la prenda",
    # the context lowers it) and denied ("non prego più di...", lowered): a passive wish to die; a
    # prayer for a good night's sleep is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:prego|pregavo|prega|pregava|chiedo|chiede|spero|spera) (?:piu |ancora )?(?:ogni sera |la sera |sempre )?di (?:addormentarmi|addormentarsi|dormire|"
        r"andare a dormire|prendere sonno) e (?:che )?(?:il signore|dio|il buon dio|gesu|la madonna|il padreterno) (?:mi|me|la|lo|li|le) "
        r"(?:prenda|pigli|porti via|chiami a se|chiami con se|prenda con se)\b"
        r"(?! (?:il|la|lo|i|le|gli|un|una|uno|l'|quest\w*|sto|sta|ste|sti)\b)",
        # the prayer without the sleep before it ("non prego più che il Signore mi prenda nel sonno", round 14)
        r"(?:prego|pregavo|prega|pregava|chiedo|chiede|spero|spera) (?:piu |ancora )?(?:ogni sera |la sera |sempre |tutte le sere )?che "
        r"(?:il signore|dio|il buon dio|gesu|la madonna|il padreterno) (?:mi|me|la|lo|li|le) (?:prenda|pigli|porti via|chiami a se|chiami con se|prenda con se) "
        r"(?:nel sonno|stanotte|questa notte|presto|una notte|con se|e basta)\b",
    ),
]

RULES += [
    # going off the road, into a barrier or a tree, as what would make everything simpler ("se uscissi
    # di strada sarebbe tutto più semplice", round 14): a passive wish to die thought while driving; a
    # skid feared ("sarebbe un disastro"), a road closed, a turn missed are not
    risk(
        "wish_dead",
        "high",
        SI,
        r"se (?:uscissi|finissi|andassi|volassi|uscivo|finivo|andavo|mi schiantassi|mi schiantavo|sbandassi|sbandavo) "
        r"(?:di strada|fuori strada|fuoristrada|dritt[oa](?: alla curva| in curva| contro)?|giu (?:dal|dalla|per la) (?:viadotto|ponte|scarpata|strada)|"
        r"contro (?:il|un|quel|quell'|al) ?(?:guardrail|muro|albero|platano|pilone|palo|camion|tir))\b[^.!?\n]{0,40}?"
        r"\b(?:sarebbe (?:tutto |tutto quanto )?(?:piu |molto piu )?(?:semplice|facile|un sollievo|meglio|finita|finito tutto)|"
        r"(?:finirebbe|si risolverebbe) tutto|(?:non|nn) mi (?:dispiacerebbe|importerebbe)|pazienza|amen|tanto meglio|"
        r"nessuno (?:dovrebbe|avrebbe) piu)\b",
    ),
]

RULES += [
    # locked in a room with a knife, a blade, a rope (round 14: a parent, "si è chiuso in bagno con il
    # coltello da cucina"): means at hand, shut away; locked in with the phone, the dog, a book is not
    risk(
        "method",
        "high",
        SI,
        # (keyed on the participle: "si è" and "mi sono" are too common to key a rule on)
        r"(?:chius[oa]|barricat[oa]|rinchius[oa]) (?:a chiave )?(?:in|nel|nella|dentro il|dentro al|dentro la) "
        r"(?:bagno|camera|camera sua|camera mia|stanza|cameretta|garage|cantina|macchina) (?:a chiave )?(?:con|col) "
        # (not the blades: next to "non ce la faccio più" they stay self-harm, round 4)
        r"(?:il|un|la|una|le|i|dei|delle|tutte le|tutti i) ?(?:coltell\w*|corda|cappio|"
        r"pistola|fucile|pastiglie|pillole|compresse|farmaci|gocce|flaconi|flacone|scatole di)\b"
        r"(?![^.!?\n]{0,50}\bper (?:intagli|sbucci|aprir|cucin|studi|giocar|lavor|il (?:pane|legno|lavoro))\w*)",
        kind="method",
    ),
]

# ------------------------------------------------------------------ round 15 (blind round 15 spent into dev)
# (test: tests/test_round15_it.py)
# the everyday object of "spararsi" ("mi sparerei una maratona di film", "un caffè"), a nuisance
# ("piuttosto che", "se c'è un'altra riunione") or a cause ("dalla noia", "di risate"): not a threat
_SPARARSI_ALTRO = (
    r"(?! (?:un|una|uno|un'|l'|il|la|lo|i|le|gli|due|tre|tutt\w*|quest\w*|quell\w*|sto|sta|ste|sti|volentieri|subito (?:un|una)|"
    r"piuttosto|prima|se|quando|dal|dalla|dalle|dai|dallo|da|di|per|pur di|a vedere|a sentire)\b)"
)
# a charcoal and what seals a room, or a room sealed ("la carbonella e il nastro da pacchi"); a
# barbecue, a move, a parcel are not
_NON_GRIGLIATA = (
    r"(?![^\n]{0,120}\b(?:grigliat\w*|barbecue|bbq|braci\w*|salsicc\w*|costin\w*|arrost\w*|griglia|carne|pesce|"
    r"trasloc\w*|scatolon\w*|spedi\w*|pacco (?:per|da spedire)|camino|stufa|campeggio|picnic|pic-nic|ferragosto|pasquetta|festa|feste|"
    r"giardino|terrazzo|cena|pranzo|amici|gita|compleanno|sagra|lavoretti|scuola|doccia|vasca|lavandino|piastrell\w*|"
    r"infiss\w*|cucina nuova|bagno nuovo|muratore|idraulico)\b)"
)
_SIGILLO = (
    r"(?:nastro (?:da pacchi|adesivo|americano|isolante|telato)|scotch|silicone|sigillare|sigillato|sigillat\w*|"
    r"(?:chiudere|chiudo|tappare|tappo|ho chiuso|ho tappato) (?:le |tutte le )?(?:fessure|spifferi|prese d'aria|finestre))"
)
# a way out kept in reserve "se proprio va male", "lei ha capito cosa intendo": the exit one owns; an
# exit explained (a job, a move, a parent's workshop) is not
_USCITA = r"(?:porta d'uscita|porta di uscita|via d'uscita|via di uscita|uscita di sicurezza|via di fuga|scappatoia|ultima spiaggia)"
_USCITA_SPIEGATA = (
    r"(?![^\n]{0,80}\b(?:lavor\w*|torno (?:a|da|in)|trasferisc\w*|cambio|dai miei|da mi[aeo]|mio padre|mia madre|officina|negozio|"
    r"risparmi|soldi|conto|mutuo|affitto|contratto|licenzi\w*|dimission\w*|concorso|universita|esame|laurea)\b)"
)
RULES += [
    # "stasera mi sparerei, giuro": the conditional of shooting or hanging oneself, as "mi ammazzerei"
    # (read by the sixth-round rule); an object, a nuisance or a cause after it is not
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"mi (?:sparerei|impiccherei|sparerei in testa|sparerei un colpo)\b" + _SPARARSI_ALTRO,
    ),
    # charcoal with tape or a sealed room ("ho preso la carbonella e il nastro da pacchi", "il carbone e lo
    # scotch per le fessure"): the means of a charcoal death gathered; a barbecue or a move is not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:carbonella|carbone|carboni|bricchetti|braciere|bracieri)\b"
        + _NON_GRIGLIATA
        + r"[^.!?\n]{0,50}?\b"
        + _SIGILLO
        + r"\b",
        r"(?:nastro (?:da pacchi|adesivo|americano|isolante|telato)|scotch|silicone)\b"
        + _NON_GRIGLIATA
        + r"[^.!?\n]{0,50}?\b(?:carbonella|carbone|bricchetti|braciere)\b",
    ),
    # God or death asked to come and take the sender ("chiedo al Signore perché non si decide a venirmi a
    # prendere", "prego che la morte venga a prendermi"): a passive wish to die; a lift to a place is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:signore|dio|padreterno|madonna|gesu|gesu cristo|la morte|santo cielo)\b[^.!?\n]{0,60}?\b"
        r"(?:venirmi a prendere|venga a prendermi|mi venga a prendere|venire a prendermi|viene a prendermi|verra a prendermi|"
        r"a prendermi|portarmi via|mi porti via|prendermi con se|mi prenda con se|chiamarmi a se|mi chiami a se)\b"
        r"(?! (?:a|al|alla|allo|alle|ai|in|da|dal|dalla|all'|dopo|domani|stasera|alle|per (?:la|il|andare)|il|la|lo|i|le|gli|un|una|"
        r"quest\w*|quell\w*|sto|sta|ste|sti)\b)(?! ?l')",
    ),
    # a way out that "ce l'ho sempre" when things go badly ("se proprio va male, una porta d'uscita ce
    # l'ho sempre. Lei ha capito"): suicide kept as an exit; "c'è sempre una via d'uscita" (hope) and an
    # exit explained are not
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:una |la |l'|un'|mia )?"
        + _USCITA
        + r"\b,? (?:ce l'ho|ce l'avro|la tengo|me la tengo|la tengo io|l'ho) (?:sempre|comunque|pronta|da parte|in tasca)\b"
        + _USCITA_SPIEGATA,
        r"(?:ho|tengo) (?:sempre|comunque|ancora) (?:una |la mia |un'|la )?"
        + _USCITA
        + r"\b(?= ?[.!,;]|[\s]*$| (?:se|per quando|lei|tu)\b)"
        + _USCITA_SPIEGATA,
        # ("se va male" is the condition of the exit, not a hypothesis about it)
        fixed=True,
    ),
    # a pet or a child's care asked for "nel caso mi succedesse qualcosa", the request before the if
    # ("ho chiesto a mio cugino se, nel caso mi succedesse qualcosa, si occuperebbe lui del cane"):
    # preparation, as the sixth-round "di occuparsi del cane se mi succede qualcosa"; a trip, an
    # operation are not
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:chiesto|domandato|detto) (?:a |al |alla |allo |ai |alle |all')[\w']+(?: [\w']+){0,2},? (?:se|che),? (?:nel caso|se|qualora|casomai|caso mai|in caso) "
        r"(?:mi )?(?:succede|succedesse|dovesse succedere|capita|capitasse|dovesse capitare) qualcosa,? "
        r"(?:si occuperebbe|si occupera|si occupa|si prenderebbe cura|si prendera cura|si prende cura|terrebbe|terra|tiene|prenderebbe|prendera|"
        r"baderebbe|badera|bada|penserebbe|pensera|pensa)\b"
        r"(?![^\n]{0,80}\b(?:operazione|intervento|viaggio|volo|vacanza|ospedale|trasferta|parto|ferie|crociera|trekking|scalata|missione)\b)",
    ),
]

RULES += [
    # weak farewells of a goodbye disguised as a cancellation (round 15): letters written for the
    # children, the bank's papers put in order, "domani non vengo, e neanche dopo", "è stato un piacere
    # conoscerla" (each alone an everyday phrase; two together, or beside a current cue, a farewell)
    risk(
        "farewell",
        "imminent",
        SI,
        # (a few lines "per sicurezza" beside a will stay a preparation, high: round 14)
        r"(?:ho scritto|scritto|lascio|ho lasciato|ho preparato) (?:le |delle |una |la )?(?:lettere|lettera|biglietti|biglietto) "
        r"(?:per i|ai|per le|alle|per il|al|per la|alla) (?:ragazzi|bambini|figli|ragazze|bimbi|nipoti|mia famiglia)\b"
        + _TUTTI_UN_GRUPPO
        + r"(?![^\n]{0,160}\b(?:per sicurezza|nel caso|in caso|non si sa mai|casomai)\b)",
        r"(?:messo in ordine|sistemato|riordinato|messo a posto) (?:le carte|i documenti|i conti|le pratiche|le password|le cose) "
        r"(?:della banca|del conto|in banca|dell'assicurazione|della pensione|del notaio)\b",
        r"(?:non|nn) (?:vengo|verro|ci saro|saro)(?: (?:alla|in) seduta| all'appuntamento| da lei)?,? (?:e )?(?:neanche|nemmeno|neppure|ne) "
        r"(?:dopo|la prossima|le prossime|alle prossime|piu avanti|in futuro|le altre|alle altre)\b",
        r"(?:e stato|e stata) (?:un )?(?:piacere|onore) (?:conoscerla|conoscerti|conoscervi|averla conosciuta|averti conosciuto|averti conosciuta)"
        r"(?= ?[.!,;]|[\s\x00-\x03]*$)",
        kind="farewell",
    ),
]

RULES += [
    # "giù di corda" is low mood, not a rope (round 15): the mood read, the rope an idiom
    risk("low_mood", "low", (), r"giu di(?= corda\b)"),
    idiom("idiom_harm", r"corda\b(?<=giu\x20di\x20corda)"),
    # a cut with a work tool, or at work, told with the place or the tool ("in macelleria mi sono tagliato
    # con il coltello da disosso, tre punti"): an accident, as the stress set's "tagliato il dito"
    idiom(
        "idiom_harm",
        r"(?:mi sono|mi son|mi sn|si e|mi ero|si era|ti sei) (?:tagliat[oaie]|ferit[oaie])(?: (?:il|un) (?:dito|pollice|polpastrello)| (?:la|una) (?:mano|nocca))? (?:con|col) "
        r"(?:il |la |l'|un |una |lo )?(?:coltello (?:da disosso|del pane|da cucina|da pane|della carne|per il pane|da formaggio|da pesce|"
        r"da prosciutto|da macellaio|per disossare)|affettatrice|mandolina|sega|seghetto|flessibile|flex|smerigliatrice|motosega|apriscatole|"
        r"lattina|taglierina|pialla|scalpello|cesoie|forbici da giardino|tosaerba|decespugliatore|vetro della finestra|bisturi)\b"
        r"(?![^.!?\n]{0,120}\b(?:apposta|di proposito|volontariamente|per sentire|per punirmi|di nuovo|ancora una volta|lametta|rasoio)\b)",
        r"(?:in macelleria|in cucina|al lavoro|in officina|in cantiere|in laboratorio|in falegnameria|al ristorante|in pizzeria|in negozio|"
        r"al banco|in reparto|in sala operatoria)\b,? [^.!?\n]{0,30}?(?:mi sono|mi son|mi sn|mi ero) (?:tagliat[oaie]|ferit[oaie])\b"
        r"(?! (?:il|i|la|le|un|una) (?:polso|polsi|braccio|braccia|coscia|cosce|gambe|pancia)\b)"
        r"(?![^.!?\n]{0,120}\b(?:apposta|di proposito|volontariamente|per sentire|per punirmi|di nuovo|ancora una volta|lametta|rasoio)\b)",
    ),
]

# a sedative or a hypnotic by name, the drugs taken beyond the dose to get through something
_SEDATIVI = (
    r"(?:xanax|tavor|lexotan|en|minias|control|rivotril|valium|diazepam|lorazepam|alprazolam|talofen|felison|stilnox|zolpidem|"
    r"dalmadorm|halcion|roipnol|seroquel|gocce|calmanti|tranquillanti|benzodiazepine|benzo)"
)
RULES += [
    # sedatives counted beyond the usual ("ho preso due Xanax in più del solito", "tre gocce di Lexotan
    # oltre la dose", round 15): use to cope; an extra dose the doctor told is not
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:preso|prendo|presa|sto prendendo|buttato giu|mandato giu) (?:un|una|un'|due|tre|quattro|cinque|qualche|mezza|mezzo|\d+) "
        r"(?:(?:compress\w*|pastigli\w*|pillol\w*|gocce) (?:di |del |della )?)?"
        + _SEDATIVI
        + r"\b (?:in piu|di troppo|oltre la dose|oltre il dovuto|extra)\b"
        r"(?![^.!?\n]{0,60}\b(?:come (?:mi )?ha detto|me l'ha (?:detto|prescritto|consigliato)|su consiglio|il medico|la dottoressa|"
        r"il dottore|lo psichiatra|la psichiatra|da prescrizione)\b)",
    ),
    # the days spent in bed or on the sofa, shutters down, told as a span ("passo le giornate a letto con
    # le tapparelle giù", "sono sul divano da domenica"): withdrawal; an illness or an injury told beside
    # it is not
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:passo|sto|resto|rimango|ho passato|passato|passata|trascorro) (?:tutto il giorno|tutta la giornata|le giornate|giorni interi|"
        r"tutto il weekend|le mie giornate|intere giornate) (?:a letto|nel letto|sotto le coperte)\b"
        r"(?![^\n]{0,80}\b(?:febbre|influenza|covid|operazion\w*|intervento|gamba|gesso|frattura|mal di schiena|sciatica|"
        r"gravidanza|incinta|riposo assoluto|convalescenza)\b)",
        r"(?:sono|sto|resto) (?:sul divano|a letto|nel letto|chius[oa] in camera|chius[oa] in casa) da (?:domenica|lunedi|martedi|mercoledi|"
        r"giovedi|venerdi|sabato|giorni|tre giorni|quattro giorni|cinque giorni|una settimana|settimane|\d+ giorni)\b"
        r"(?! (?:a guardare|a vedere|a leggere|a giocare|a studiare|a lavorare|a fare|a finire|con (?:il|la|lo|i|le|gli|mio|mia|un|una) (?!tende|tapparelle))\b)"
        r"(?![^\n]{0,80}\b(?:(?<!non\x20ho\x20la\x20)(?<!detto\x20che\x20ho\x20la\x20)febbre|influenza|covid|operazion\w*|intervento|gamba|gesso|frattura|mal di schiena|"
        r"sciatica|gravidanza|incinta|riposo assoluto|convalescenza)\b)",
    ),
    # a panic attack going on for a while, or stopping the sender where they are ("attacco di panico da
    # mezz'ora, non riesco a ripartire", round 15): overwhelming panic
    risk(
        "panic",
        "moderate",
        (),
        r"(?:attacco di panico|attacco d'ansia|crisi di panico) (?:da|che dura da) (?:mezz'ora|un'ora|ore|due ore|\d+ (?:minuti|ore)|"
        r"venti minuti|dieci minuti|stamattina|stanotte|un quarto d'ora)\b",
        r"(?:attacco di panico|attacco d'ansia|crisi di panico)\b[^.!?\n]{0,40}?(?:non|nn) riesco (?:a|ad) "
        r"(?:ripartire|muovermi|alzarmi|guidare|scendere|uscire|tornare a casa|respirare bene|calmarmi)\b",
    ),
]

RULES += [
    # low mood told mildly (round 15): "mi sento un po' svuotata", "sono provata ma ok", "giornata un po'
    # grigia" (not the weather), grief for someone dead ("è un anno che è morta la nonna ... mi manca da
    # matti")
    risk(
        "low_mood",
        "low",
        (),
        r"(?:mi sento|sono|mi sentivo|ero|sto|mi sento anche) (?:molto |un po' |un po |parecchio |davvero |proprio |cosi |tanto )?"
        r"(?:svuotat[oa]|provat[oa]|scoss[oa]|spent[oa])\b(?! (?:dal|dalla|dai|dalle|di|da) (?:viaggio|trasloco|vita|batteria|lavoro (?:fisico|in giardino)))",
        r"(?:giornata|giornate|settimana|periodo|mattinata|domenica) (?:un po' |un po |piuttosto |molto |parecchio |proprio )?grigi[aoe]\b"
        r"(?![^.!?\n]{0,40}\b(?:piove|pioggia|nuvol\w*|nebbia|meteo|cielo|sole|freddo|temporale|neve)\b)",
        r"(?:e morta|e morto|e mancata|e mancato|e scomparsa|e scomparso|al cimitero|il funerale|l'anniversario)\b[^\n]{0,120}?"
        r"\bmi manca (?:da matti|da morire|tantissimo|troppo|cosi tanto|un sacco|ogni giorno|sempre di piu)\b",
    ),
]

_GOCCE_FARMACI = (
    r"(?:gocce|pastiglie|pillole|compresse|sonniferi|tranquillanti|calmanti|en|minias|lexotan|valium|xanax|tavor|rivotril|"
    r"talofen|felison|dalmadorm|stilnox|zolpidem|diazepam|lorazepam|alprazolam|lormetazepam|tachipirina|paracetamolo)"
)
RULES += [
    # a whole bottle of drops or a box of pills swallowed all at once ("la boccetta intera delle gocce
    # per dormire, l'ho buttata giù tutta insieme", round 15): the act done; drops for a cough, the
    # eyes or the nose, a syrup are not
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:boccetta|boccettina|flacone|flaconcino|blister|scatola|confezione)(?: intera| intero)? (?:di |delle |dei |del |della |degli )?"
        r"(?:mie |miei |sue |suoi )?"
        + _GOCCE_FARMACI
        + r"\b(?! (?:per (?:la tosse|il naso|gli occhi|le orecchie|il mal di gola|la gola|il raffreddore|la febbre|il mal di testa)|oculari|nasali|auricolari))"
        r"[^.!?\n]{0,40}?(?:l'ho|le ho|li ho|lo ho|la ho) (?:buttat[oaie]|mandat[oaie]|bevut[oaie]|ingoiat[oaie]|pres[oaie]|"
        r"trangugiat[oaie]|scolat[oaie]) (?:giu )?(?:tutt[oaie] )?(?:insieme|in una volta(?: sola)?|d'un fiato|in un colpo|in un sorso|"
        r"tutt[oaie] insieme)\b",
    ),
]

RULES += [
    # the packs or the pills all laid out and counted ("le confezioni ... le ho tutte qui sul tavolo,
    # contate", round 15): the supply reckoned, as "le ho contate: sono 40"; a stocktake, a return to
    # the chemist, a trip are not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:(?:confezioni|scatole|scatolette)(?: (?:di|delle|dei|del) "
        + _GOCCE_FARMACI
        + r"| che mi (?:ha|hanno|aveva) (?:dato|dat[ie]|prescritto|prescritt[ie]) (?:la|il|lo) (?:psichiatra|medico|dottore|dottoressa|neurolog[oa])"
        r")|pastiglie|pillole|compresse|blister|flaconi|boccette|medicine|farmaci|sonniferi)\b[^.!?\n]{0,80}?"
        r"\b(?:le ho|li ho) (?:tutt[ei] )?(?:qui|qua|li|sul|sulla|nel|nella|davanti a me|pronte|pronti|in fila)\b[^.!?\n]{0,30}?,? "
        r"(?:contat[ei]|gia contat[ei]|tutte contate|tutti contati)\b"
        r"(?![^\n]{0,80}\b(?:inventario|magazzino|farmacia|farmacista|riportar\w*|da riportare|restituir\w*|scadut\w*|scadenz\w*|"
        r"dosatore|portapillole|settimana|settimanale|lunedi|per (?:il|la) (?:nonna|nonno|mamma|papa))\b)"
        + _PER_IL_VIAGGIO,
    ),
]

RULES += [
    # pills swallowed, "tutte quelle che c'erano" ("ha preso le pastiglie della nonna, tutte quelle che
    # c'erano nella scatola", a parent writing, round 15): the act, the sender's or the patient's when
    # the sender is their proxy (the context decides); a dose taken as prescribed is not
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ha|aveva|ho|avevo) (?:preso|presa|ingoiato|ingoiate|mandato giu|buttato giu|inghiottito|prese|mandate giu|buttate giu) "
        r"(?:le |i |tutte le |tutti i )?(?:<PILLS>|pastiglie|pillole|compresse|gocce|sonniferi|medicine|capsule)\b"
        r"(?! (?:in|dalla|dal|dall'|dai|dalle|al|alla|allo) )[^.!?\n]{0,60}?,? "
        r"(?:tutte|tutti) quell[ie] che (?:c'erano|c'era|aveva|avevo|erano|restavano|rimanevano|ha trovato|ho trovato)\b"
        # (fetched, carried, thrown away or put out of reach: not swallowed)
        r"(?![^\n]{0,80}\b(?:per portar\w*|da portare|buttat[oaie]|nel water|nel cestino|sulla lista|ricetta|farmacia|riportar\w*|"
        r"restituir\w*|messe via|mess[ie] al sicuro|chius[ie] a chiave|nascost[ie])\b)",
    ),
]

RULES += [
    # asking what to do ("nn volevo andare così a fondo che faccio??", "cosa devo fare?", round 15): an
    # answer asked for, a request for support only next to a current cue of low or more, the sender's own
    # or, for a parent, the child's (GUIDELINES.md; engine.py): not beside someone else's worry
    risk(
        "contact_ask",
        "none",
        ("support_request",),
        r"(?:che|cosa|ke|che cosa) (?:faccio|devo fare|dobbiamo fare|facciamo|posso fare|possiamo fare|devo fa|famo)(?: adesso| ora)?(?= ?\?)",
        r"(?:dirmi|dirci|mi dica|ci dica|mi dice|ci dice) (?:lei )?(?:cosa|che cosa|che) (?:fare|devo fare|dobbiamo fare)\b",
        # (a negation before the question is the cue's, "nn volevo andare così a fondo che faccio??")
        fixed=True,
    ),
    # a whole pack swallowed with drinks counted ("ho preso tutto il blister nuovo con un paio di bicchieri
    # di vino", round 15): the drink is part of the act
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation", "substance_use"),
        r"(?:ho preso|ho ingoiato|ho mandato giu|ho buttato giu|ho inghiottito|ha preso|ha ingoiato|ha mandato giu|ha buttato giu) "
        r"(?:tutto il|tutta la|l'intera|l'intero) (?:flacone|blister|tubetto|scatola|confezione|boccetta)\b"
        r"(?: (?:nuov[oa]|intero|intera|di (?:mia|mio|sua|suo) \w+|(?:di|delle|dei|del) "
        + _GOCCE_FARMACI
        + r"\w*))? (?:con|insieme a|e poi|col) (?:un paio di |due |tre |qualche |mezza |una |un |tanti |parecchi )?"
        r"(?:(?:bicchier\w*|bottigli\w*|goccio|sorsi)(?! (?:d'acqua|di acqua|di latte|di succo|di te|di aranciata|di coca|d'aranciata))|"
        r"birr\w*|amari|shot|cicchetti)\b"
        r"(?![^\n]{0,60}\b(?:come mi ha detto|come da ricetta|prescritt\w*|il medico|la dottoressa|il dottore)\b)",
    ),
    # scratching or picking until blood ("mi gratto fino a farmi sangue, sulle braccia", round 15):
    # self-harm; an itch named (eczema, mosquitoes, hives) is not
    risk(
        "self_harm",
        "high",
        SH,
        r"mi (?:gratto|graffio|pizzico|scortico|strappo la pelle|mordo le mani|mordo le braccia|grattavo|graffiavo) (?:le braccia |le gambe |la pelle )?"
        r"fino a (?:farmi (?:sangue|uscire (?:il )?sangue|male|le piaghe)|sanguinare|spellarmi)\b"
        r"(?![^\n]{0,80}\b(?:eczema|dermatite|zanzar\w*|orticaria|allergi\w*|varicella|psoriasi|prurito da|pidocchi|scabbia|punture)\b)",
    ),
]

# ------------------------------------------------------------------ round 16 (blind round 16 spent into dev)
_NUMERO_GRANDE = (
    r"(?:[1-9]\d+|dieci|dodici|quindici|venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|cento|"
    r"vinti|trenta|quaranta|cinquanta|sissanta|sittanta|ottanta|centu|quarantadue|trentotto|una quarantina|una trentina|una cinquantina)"
)
RULES += [
    # a blade handed back ("il rasoio di mio fratello gliel'ho ridato"): the means given up, not an urge
    # (a blade thrown away is the third wave's, low); a blade taken back, kept or used stays self-harm
    idiom(
        "idiom_harm",
        r"(?:rasoio|rasoi|lametta|lamette|lama|lame|taglierino|temperino)\b(?: (?:di|del|della|dello|de) (?:mio|mia|mi) \w+)?,? "
        r"(?:gliel'ho|gliela ho|glielo ho|gliele ho|glieli ho|l'ho|le ho|li ho|la ho|lo ho) (?:gia )?"
        r"(?:ridat[oaie]|restituit[oaie]|resi?|res[oaie]|riconsegnat[oaie]|consegnat[oaie]|dat[oaie] (?:a|al|alla|ai|alle)|"
        r"lasciat[oaie] (?:a|al|alla)|portat[oaie] (?:a|al|alla|via))\b",
        r"(?:ho|abbiamo) (?:gia )?(?:ridato|restituito|reso|riconsegnato|consegnato) "
        r"(?:il|la|le|i|lo) (?:rasoio|rasoi|lametta|lamette|lama|lame|taglierino|temperino)\b",
    ),
    # tired of living in dialect ("m'aggio stancato 'e campà", "so' stufo de campà"): the standard rule
    # reads "stanco di vivere"; tired of living somewhere or of someone is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:stanc\w*|stuf\w*|scucciat\w*|stracc\w*) (?:di|de|'e|e|d'|da) (?:campa|campare|campari|campà|vive|viviri|bivere|vivere)\b"
        r"(?! (?:a|in|cu|co|con|con il|qui|qua|cca|ccà|'e|e|de|di|da|cosi|accussi|inta|dint|lontan\w*|sol[oa]|sulu|sula)\b)",
    ),
    # the wish not to wake told in dialect's subjunctive ("si 'a matina nun me scetasse cchiù"), as
    # "non mi svegliassi più"
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:nun|non|nn|no) (?:me|mi|m') ?(?:scetasse|scetassi|scitasse|svegliasse|svigliassi|arrisbigghiassi|risbigghiassi|desmissiassi|svejassi|sveiasse) "
        r"(?:cchiu|chiu|piu|\+|mai cchiu|mai piu)\b(?! (?:tard\w*|prest\w*|alle|prima|con|cu|co))",
        fixed=True,
    ),
    # pills no longer taken and being saved, their number told ("i pinnuli nun i pigghiu cchiù: i staiu
    # sarvannu, ci n'haiu quaranta"): a supply gathered; a trip, the chemist, empty boxes are not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:"
        + _FARMACI_DIAL
        + r")\b(?![^.!?\n]{0,120}\b(?:viaggio|vacanz\w*|parto|partu|partenza|ferie|valigia|trasferta|erasmus|farmacia|raccolta|vuot[ei])\b)"
        r"[^\n]{0,80}?\b(?:staiu|stau|sto|stongo|sta|stavo|stagghiu) (?:sarvannu|sarvando|salvando|conservando|cunsirvannu|"
        r"mettendo da parte|mittennu a parti|tenendo da parte|accumulando|ammucciannu|nascondendo|astipannu|astipando|stipando)\b"
        r"[^.!?\n]{0,60}?\b(?:(?:ci |nce |ne )?(?:n'haiu|nn'haiu|n'aiu|ne ho|n'aggio|ne tengo|n'agghiu|ne tegno)|sono|sunnu|so) (?:gia |gia' )?"
        + _NUMERO_GRANDE
        + r"\b"
        + _NON_SCORTA,
    ),
    # the thought that it would be enough to climb the barrier ("penso che basterebbe accostare e
    # scavalcare il guardrail"): a method thought of at a height; a ball, a photo, a neighbour's wall are not
    risk(
        "method",
        "high",
        SI,
        r"basterebbe\b[^.!?\n]{0,60}?\b(?:scavalcare|saltare(?: giu)?|buttarmi|lanciarmi|lasciarmi cadere|sporgermi) "
        r"(?:il |la |dal |dalla |oltre il |oltre la |giu dal |giu dalla )?(?:guardrail|ringhiera|parapetto|balaustra|davanzale|cornicione|ponte|viadotto|cavalcavia|balcone)\b"
        + _SCAVALCO_QUOTIDIANO,
        r"(?:tangenziale|viadotto|cavalcavia|ponte|balcone|terrazzo|tetto|binari|binario|ringhiera|guardrail)\b(?:(?!\b(?:non|nn|mai)\b)[^.!?\n]){0,80}?\bbasterebbe\b[^.!?\n]{0,50}?\b"
        r"(?:scavalcare|saltare giu|buttarmi|lanciarmi|lasciarmi cadere)\b" + _SCAVALCO_QUOTIDIANO,
        kind="method",
    ),
    # killing oneself in Venetian ("go pensà de coparme", "me vien voja de coparme"): the thought; "me
    # copo de lavoro" (work) and "dal rider" (laughing) are idioms
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:coparme|coparse|coparmi|copame|coparte)\b(?! (?:de|di|dal|dala|dalle|a|co|col) )",
    ),
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:me|mi) (?:copo|cope)\b(?= ?[.!,;]|[\s\x00-\x03]*$| (?:e basta|stasera|stanote|stanotte|doman|ancuo|ogi|oggi|sul serio|dasseno)\b)",
    ),
]
_PARENTE = (
    r"(?:mia|mio|mie|miei|la mia|il mio|mi|ma) (?:sorella|fratello|madre|padre|figlia|figlio|figli|figlie|moglie|marito|compagn[oa]|mamma|"
    r"papa|nipote|nipoti|famiglia|sorelle|fratelli|ragazz[oa])\b"
)
_ISTRUZIONI_DOPO = (
    r"(?:le password|le mie password|i codici|il pin|i pin|le credenziali|le istruzioni per (?:il|la|i|le|gli) (?:cane|gatto|gatti|cani|piante|pesci|"
    r"conto|conti|banca|funerale|assicurazione|bollette|mutuo))\b(?! (?:del |della |per il )?(?:wifi|wi-fi|netflix|router|modem|allarme|cancello))"
    r"(?![^\n]{0,80}\b(?:per quando (?:vien\w*|parto|sono via|torn\w*)|parto|partenza|vacanz\w*|viaggio|ferie|trasferta|compleanno|mentre sono via)\b)"
)
RULES += [
    # a letter for a relative with the passwords of the account or the pet's instructions ("ho scritto una
    # lettera per mia sorella con le password del conto e le istruzioni per il cane"), "non si sa mai":
    # affairs put in order for after, preparation (high); the wifi's password, a trip's notes are not
    risk(
        "farewell_note",
        "high",
        SI,
        r"(?:lettera|lettere|busta|biglietto|mail)\b(?: lung\w*| lunghissim\w*)?,? (?:per|a) "
        + _PARENTE
        + r"[^.!?\n]{0,40}?\bcon (?:dentro )?(?:tutte )?"
        + _ISTRUZIONI_DOPO,
        r"(?:scritto|lasciato|preparato) (?:per|a) "
        + _PARENTE
        + r" (?:una|la|un) (?:lettera|busta|biglietto)\b[^.!?\n]{0,30}?\bcon (?:dentro )?(?:tutte )?"
        + _ISTRUZIONI_DOPO,
        fixed=True,
    ),
]
_LUTTO = r"(?:morta|morto|mancata|mancato|scomparsa|scomparso|buonanima|se n'e andat[oa]|lutto|funerale|vedov[oa]|cimitero)"
_ANDARE_ANCHIO = (
    r"(?:e|sarebbe|e arrivata l') ?(?:ora|il momento|tempo) che (?:me ne |se ne |ce ne )?(?:vada|vado|vadi|andassi|vai|va|andiamo) "
    r"(?:anch'io|anche io|pure io|anche lui|anche lei|pure lui|pure lei|anche noi|pure noi)\b"
)
RULES += [
    # "non ha senso che io ci sia ancora" (round 16): questioning one's existing, as "che senso ha essere
    # vivo"; being at a meeting, a party, in the office is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:(?:non|nn) (?:ha|c'e|ce) (?:piu |\+ |proprio |nessun )?(?:senso|motivo)|(?:che|ke|k) senso (?:ha|avrebbe)) (?:che|ke|k|x cui|per cui) (?:io )?"
        r"(?:ci sia(?: ancora| piu)?|esista(?: ancora)?|viva(?: ancora)?|sia (?:ancora )?(?:viv[oa]|al mondo|qui|su questa terra)|resti al mondo|stia al mondo)\b"
        r"(?=\s*(?:[.!,;?]|$)|,? (?:xke|xche|perche|tanto|visto che|dato che|se (?:tanto|non|nn|niente|nulla))\b)",
        fixed=True,
    ),
    # "ormai è ora che vada anch'io" after a death (round 16): joining the dead, a wish to die; a shift
    # ended, retirement, leaving a job are not
    risk(
        "wish_dead",
        "high",
        SI,
        _LUTTO
        + r"\b[^\n]{0,160}?\b"
        + _ANDARE_ANCHIO
        + r"(?=\s*[.!,;?\"»]|\s*$| (?:da|con|col|dalla|dal|dopo|a raggiungere|insieme a) )",
        _ANDARE_ANCHIO
        + r",? (?:da|con|col|dalla|dal|a raggiungere|insieme a) (?:mia |mio |sua |suo |la |il )?"
        r"(?:moglie|marito|mamma|papa|madre|padre|nonn[oa]|figli[oa]|sorella|fratello|compagn[oa]|lei|lui|loro)\b(?! (?:a|in|al|alla) (?:casa|mare|cena|pranzo|spesa))",
    ),
]
RULES += [
    # a weekly pill organiser emptied and swallowed ("ho svuotato il portapillole: le ho prese tutte insieme"):
    # the act, as "tutto il blister" (round 16, beside the organiser filled for a trip)
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:svuotato|vuotato|aperto) (?:il|tutto il|l'intero) (?:portapillole|porta pillole|dosatore|portapastiglie)\b[^.!?\n]{0,40}?[:,]? (?:e )?"
        r"(?:le ho|li ho) (?:prese|presi|ingoiate|ingoiati|mandate giu|mandati giu|buttate giu|buttati giu) (?:tutte|tutti)(?: insieme| in una volta| d'un fiato)?\b",
    ),
]
RULES += [
    # the pills put in the weekly organiser ("ho messo tutte le pastiglie nel portapillole della settimana,
    # così in montagna non me le dimentico", round 16): a routine, not pills gathered; a night, "insieme",
    # an end in the sentence keep the plan
    idiom(
        "idiom_die",
        r"(?:messo|mess[ei]|preparato|preparat[ei]|sistemato|sistemat[ei]|riempito|caricato|diviso|divis[ei]|organizzat[oie]|"
        r"organizzato) (?:tutte |tutti )?(?:le |i )?(?:mie |miei )?<PILLS>\b[^.!?\n]{0,20}?\b(?:nel|nella|in un|in una|nei) "
        r"(?:portapillole|porta pillole|portapastiglie|dosatore|scatolina dei giorni|contenitore settimanale)\b"
        r"(?![^.!?\n]{0,120}\b(?:stanotte|stasera|insieme|in una volta|farla finita|finirla|morire|addio|per sempre|basta cosi)\b)",
        r"(?:riempito|preparato|caricato|sistemato) (?:il|tutto il) (?:portapillole|porta pillole|portapastiglie|dosatore)\b"
        r"(?![^.!?\n]{0,120}\b(?:stanotte|stasera|insieme|in una volta|farla finita|finirla|morire|addio|per sempre|basta cosi)\b)",
    ),
]
RULES += [
    # loneliness told by what is missing (round 16): talking to the radio or the walls, seeing no one and the
    # days long, "avrei voluto parlarne con qualcuno" (no one there to talk to); a practical office is not
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:la sera |di sera |la domenica |ormai |tutto il giorno )?parlo (?:con|col|alla|al) (?:la radio|radio|la tv|la televisione|i muri|muri|"
        r"le piante|le foto|la foto)\b(?! (?:per lavoro|in diretta|locale|del quartiere))",
        r"(?:non|nn) vedo (?:piu )?nessuno\b(?=[^\n]{0,100}\b(?:parlo (?:con|col|alla|al) |(?:giornate|serate|domeniche|sere) (?:\w+ ){0,3}?"
        r"(?:sono |diventano )?(?:lunghe|lunghissime|vuote|infinite|tutte uguali))\b)",
        r"(?:avrei voluto|avrei tanto voluto|mi sarebbe piaciuto) (?:parlarne|parlare|sfogarmi|stare|piangere) "
        r"(?:un po' )?(?:con qualcuno|qualcuno|a qualcuno)\b(?! (?:del|della|dell'|dello|in|al|alla|allo|dal|dalla|dell) ?(?:comune|ufficio|banca|assistenza|"
        r"negozio|segreteria|tecnic\w*|sportello|condominio|amministrazione|scuola|ditta|officina|agenzia|call center|servizio clienti)\b)"
        r"(?![^.!?\n]{0,40}\b(?:fattura|bolletta|pratica|contratto|preventivo|guasto|riparazione|lavatrice|caldaia|ricetta|prenotazione)\b)",
    ),
]
_ALCOLICI = (
    r"(?:amaro|vino|rosso|bianco|grappa|whisky|whiskey|vodka|rum|gin|limoncello|birra|birre|prosecco|spumante|brandy|cognac|sambuca|mirto|"
    r"mirtu|fernet|montenegro|averna|jagermeister|tequila)"
)
RULES += [
    # not coping with a commute or a session's day ("nun ce la faccio più co 'sto raccordo", "no ghe la fasso
    # più a vegnir el martedì", round 16): a nuisance, not "I can't take it"
    idiom(
        "idiom_cope",
        r"(?:non|nn|nun|no) (?:ce|ghe|ce la|ghe la|ce a) ?(?:la )?(?:faccio|fazzo|fasso|fazzu|faso) (?:piu|\+|cchiu|chiu|pi)\b,? "
        r"(?:(?:a|ad) (?:venire|vegnir|vegner|venir|veni|arrivare|rivar|passare) (?:in tempo |puntuale |fin li |fino a li |da lei |in studio |allo studio )?"
        r"(?:il|el|al|alle|la|di|de|per le|alla seduta|agli appuntamenti|ogni settimana|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|de luni|"
        r"de marti|in orario|con (?:sti|questi) orari|col turno|con il turno)\b|"
        r"(?:co|con|col|cu|cun|cor) (?:'sto|sto|questo|il|el|sta|'sta|questa|la|l'|er|'o|o|i|sti|'sti|questi) ?"
        r"(?:traffico|raccordo|gra|tangenziale|cantiere|cantieri|caldo|afa|rumore|vicin\w*|lavori|coda|code|pendolarismo|treno|treni|autobus|"
        r"metro|metropolitana|parcheggio|ascensore|trasloco|freddo|umidita|zanzare|burocrazia|commercialista|condominio))\b"
        r"(?![^.!?\n]{0,80}\b(?:morire|farla finita|vivere|ammazz\w*|buttarmi|sparire)\b)",
    ),
    # someone wanting to jump, told bare ("diceva che voleva buttarsi", round 16): read as a cue, someone
    # else's (low) or, for a parent, the patient's; into a project, a parachute, politics are not
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:voleva|vuole|vorrebbe|minacciava di|minaccia di|ha minacciato di|diceva di volersi|dice di volersi|voleva proprio|continuava a dire di volersi) "
        r"(?:buttarsi|lanciarsi|gettarsi|buttare)(?: giu)?(?= ?[.!,;]|\s*$| e | (?:da|dal|dalla|dall'|sotto|nel vuoto)\b)",
    ),
    # a bottle finished alone, to sleep or every night ("mi sono finito da solo la bottiglia di amaro, se
    # no non dormo"), drinking till one does not remember coming home: use to cope (round 16)
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:finit[oa]|scolat[oa]|fatt[oa] fuori|bevut[oa]|sgolat[oa]|fatt[oa] secca) (?:da sol[oa] |tutta )?(?:la|una|mezza|tutta la|l'intera|'a|na) bottiglia "
        r"(?:di|de|'e|e|d') "
        + _ALCOLICI
        + r"\b(?![^.!?\n]{0,40}\b(?:in due|in tre|in quattro|in cinque|tra amici|con (?:gli amici|le amiche|mio|mia|i miei|i colleghi)|"
        r"per (?:il|la|fare|cucinare)|tiramisu|sugo|risotto|dolce|torta|festa|cena con)\b)"
        r"(?=[^\n]{0,120}\b(?:da sol[oa]|se no|sennò|senno|altrimenti|per dormire|per addormentarmi|tutte le sere|ogni sera|come sempre|ormai|di fila)\b)",
        r"(?:non|nn|nun|manco|nemmeno|neanche|neppure) (?:me|mi) (?:ricordo|arricordo|ricordu) (?:neanche |nemmeno |manco )?(?:comme|come|cumm|cume) "
        r"(?:so'|sono|song|so|su) (?:turnat|tornat|arrivat|rientrat|riturnat|riturnat)\w* (?:a casa|a 'a casa|a la casa|'a casa)\b"
        r"(?=[^\n]{0,160}\b(?:ubriac\w*|birr\w*|vino|vodka|limoncell\w*|grappa|shot|bottigli\w*|amaro|rum|gin|bevut\w*|sbronz\w*|"
        r"nuttata|nottata|di fila|tutte le sere|ogni sera)\b)",
        r"(?:birr\w*|vino|vodka|limoncell\w*|grappa|shot|bottigli\w*|amaro|rum|gin|whisky|sbronz\w*)\b[^\n]{0,80}?\b"
        r"(?:non|nn|nun|manco|nemmeno|neanche|neppure) (?:me|mi) (?:ricordo|arricordo|ricordu) (?:neanche |nemmeno |manco )?(?:comme|come|cumm|cume) "
        r"(?:so'|sono|song|so|su) (?:turnat|tornat|arrivat|rientrat|riturnat)\w* (?:a casa|a 'a casa|'a casa)\b",
    ),
]
_DETTO_DAL_MEDICO = (
    r"(?![^.!?\n]{0,60}\b(?:come mi ha (?:detto|consigliato|prescritto|indicato)|me l'ha (?:detto|consigliato|prescritto|cambiat\w*|aumentat\w*)|"
    r"su consiglio|(?:ha|hanno) (?:detto|aumentat\w*|cambiat\w*|prescritt\w*)|da prescrizione|da ricetta)\b)"
)
RULES += [
    # sedatives beyond the prescription ("due compresse di Tavor la sera invece di mezza, senza dirlo al
    # dottore", round 16): use to cope, as round 15's "in più"; a dose the doctor changed is not
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:prendo|sto prendendo|ho preso|ho cominciato a prendere|mi prendo|mi sparo|butto giu) (?:\w+ ){0,3}?"
        + _SEDATIVI
        + r"\b[^.!?\n]{0,30}?\binvece (?:di|che) (?:una|uno|un|mezza|mezzo|un quarto|mezza compressa|\d+|dieci|cinque|quelle prescritte|quanto prescritto)\b"
        + _DETTO_DAL_MEDICO,
        r"(?:il doppio|il triplo|piu|di piu) (?:delle |dei |della |del |di )?(?:(?:gocce|compresse|pastiglie|pillole) (?:di |del )?)?"
        + _SEDATIVI
        + r"\b[^.!?\n]{0,40}?\b(?:senza (?:dirlo|dirglielo|avvisare|dire niente|che lo sappia)|di nascosto)\b",
        _SEDATIVI
        + r"\b[^.!?\n]{0,60}?\b(?:senza (?:dirlo|dirglielo|avvisare|dire niente|che lo sappia)|di nascosto) (?:al|alla|a|dal|dalla|allo) "
        r"(?:medico|dottor\w*|psichiatra|neurolog\w*|dott\w*)\b",
    ),
    # the whole box swallowed, "la scatola intera di Xanax" (round 16): the act, as "tutta la scatola"; a box
    # bought or fetched at the chemist is not
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho|ha|avevo|aveva) (?:preso|presa|ingoiato|ingoiata|mandato giu|mandata giu|buttato giu|buttata giu|bevuto|bevuta|inghiottito|inghiottita) "
        r"(?:la|il|l') ?(?:scatola|confezione|blister|flacone|boccetta|tubetto|scatoletta|boccettina) (?:intera|intero) (?:di |delle |dei |del |della |degli )?"
        r"(?:mie |miei |sue |suoi )?"
        + _GOCCE_FARMACI
        + r"\b(?! (?:in|dalla|dal|alla|al) (?:farmacia|ospedale|negozio|supermercato))"
        r"(?![^.!?\n]{0,60}\b(?:per portar\w*|da portare|in farmacia|dalla farmacia|ricetta|cosi non devo|scort\w*|per la (?:nonna|mamma)|per il (?:nonno|papa))\b)",
    ),
]
_NUMERO_SCORTA = (
    r"(?:[2-9]\d|[1-9]\d\d|venti\w*|trenta\w*|quaranta\w*|cinquanta\w*|sessanta\w*|settanta\w*|ottanta\w*|novanta\w*|cento|"
    r"una ventina|una trentina|una quarantina|una cinquantina)"
)
_NON_DOSE_DEL_MESE = (
    r"(?![^\n]{0,80}\b(?:al giorno|a settimana|della settimana|settimanal\w*|del mese|per il mese|mensil\w*|portapillole|dosatore|inventario|"
    r"magazzino|farmacia|farmacista|scadut\w*|scadenz\w*|riport\w*|restituir\w*|ricetta|viaggio|vacanz\w*|valigia|trasferta|volo|aereo|"
    r"parto|partiamo|partenza|partire|ferie|erasmus|trolley)\b)"
)
RULES += [
    # the pills kept, then counted with their number in the next sentence ("le pastiglie del cuore di mio
    # marito le ho tenute tutte. Le ho contate ieri sera, sono quarantadue", round 16): the supply reckoned
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:"
        + _FARMACI_DIAL
        + r")\b[^\n]{0,160}?\b(?:le ho|li ho) contat[ei](?: (?:ieri sera|ieri|stanotte|stamattina|di nuovo|ancora|oggi|stasera|"
        r"due volte|tutte|tutti))?,? (?:e )?(?:sono|erano|ne ho|fanno) (?:gia |esattamente |proprio )?"
        + _NUMERO_SCORTA
        + r"\b"
        + _NON_DOSE_DEL_MESE,
        r"(?:ho|abbiamo) (?:ri)?contato (?:di nuovo |ancora |stanotte |ieri sera )?(?:le |i |tutte le |tutti i )?(?:mie |miei )?(?:"
        + _FARMACI_DIAL
        + r")\b,? (?:e )?(?:sono|erano|ne ho) (?:gia |esattamente |proprio )?"
        + _NUMERO_SCORTA
        + r"\b"
        + _NON_DOSE_DEL_MESE,
    ),
]
RULES += [
    # asking to bring the session forward, "pensavo di anticipare l'incontro" (a parent, round 16): a
    # request for support only beside a current cue (engine.py: help_ask); a practical reason is not
    risk(
        "help_ask",
        "none",
        ("support_request",),
        # (the span starts at "di": "pensavo" is the polite imperfect, not a past)
        r"(?:di|vorrei|vorremmo) "
        r"anticipare (?:la seduta|l'appuntamento|l'incontro|il colloquio|la prossima seduta|la visita|il prossimo incontro)\b"
        r"(?![^.!?\n]{0,60}\b(?:perche (?:ho|avrei|abbiamo) (?:un|il) (?:impegno|esame|viaggio|volo|treno)|per (?:lavoro|un impegno|il lavoro|le ferie)|"
        r"per (?:via|colpa) (?:del|della|dei) (?:lavoro|turn\w*|ferie|viaggio))\b)",
    ),
    # the whole box swallowed with drinks ("la scatola intera di Xanax un'ora fa, con due bicchieri di vino",
    # round 16): the drink part of the act, as round 15's "tutto il blister con un paio di bicchieri"
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation", "substance_use"),
        r"(?:ho|ha) (?:preso|presa|ingoiato|ingoiata|mandato giu|mandata giu|buttato giu|buttata giu|inghiottito|inghiottita) "
        r"(?:la|il|l') ?(?:scatola|confezione|blister|flacone|boccetta|tubetto) (?:intera|intero) (?:di |delle |dei |del |della )?"
        + _GOCCE_FARMACI
        + r"\b[^.!?\n]{0,40}?\b(?:con|insieme a|e poi|col) (?:un paio di |due |tre |qualche |mezza |una |un |tanti |parecchi )?"
        r"(?:(?:bicchier\w*|bottigli\w*|goccio|sorsi)(?! (?:d'acqua|di acqua|di latte|di succo|di te|di aranciata|di coca))|birr\w*|amari|shot|cicchetti|"
        r"vino|whisky|vodka|grappa)\b",
    ),
]
RULES += [
    # the thought of saving up the pills ("mi è venuto in mente di mettere da parte le pastiglie", "a testa di
    # sarvari i pinnuli", round 16): a method thought of; for a trip or a stay it is not
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:pensare|pensato|penso|pensassi|pensavo|in mente|a testa|in testa|'a capa|l'idea|idea) di (?:mettere da parte|conservare|sarvari|salvare|"
        r"accumulare|tenere da parte|astipari|mettiri a parti|nascondere|ammucciari|tenermi) (?:le |i |tutte le |tutti i )?(?:mie |miei )?(?:"
        + _FARMACI_DIAL
        + r")\b(?![^\n]{0,80}\b(?:viaggio|vacanz\w*|ferie|trasferta|erasmus|valigia|scadenz\w*|farmacia|raccolta)\b)",
    ),
]
_SEGNO_PANICO = r"(?:il cuore (?:mi )?(?:va|batte|sta andando) (?:a mille|fortissimo|all'impazzata)|tremo tutt[oa]|mi tremano (?:le mani|le gambe|le mani e le gambe))"
_SEGNO_RESPIRO = r"(?:soffoco|sto soffocando|(?:non|nn) respiro|mi manca l'aria|(?:non|nn) riesco a uscire|mi gira (?:tutto|la testa))"
RULES += [
    # panic told by its signs, a racing heart or trembling with breath failing or stuck where one is
    # ("il cuore va a mille, non riesco a uscire, soffoco", round 16): overwhelming panic (moderate)
    risk(
        "panic",
        "moderate",
        (),
        _SEGNO_PANICO + r"\b[^.!?\n]{0,60}?\b" + _SEGNO_RESPIRO + r"\b",
        _SEGNO_RESPIRO + r"\b[^.!?\n]{0,60}?\b" + _SEGNO_PANICO + r"\b",
    ),
]
# an event, a party or a move named in the message: the date or the way is the event's (dev leftover, 2026-11-27)
_EVENTO_NON_ADDIO = (
    r"(?![^\n]{0,160}\b(?:festa|compleanno|matrimonio|cena|pranzo|trasloco|partenza|viaggio|esame|laurea|sala|ristorante|prenot\w*|"
    r"invit\w*|battesimo|cresima|comunione|gita|concerto|vacanz\w*|ferie|regal\w*|sorpresa)\b)"
)
RULES += [
    # dev leftover (2026-11-27): weak farewells (counted in a pair or beside a current cue): the way found, told bare ("ho trovato
    # il modo."); a night chosen when nobody is awake ("stasera quando dormono tutti."); the date decided as the
    # right one ("ho deciso che il 3 dicembre è la data giusta."); not the way
    # to do something, a time for a chore, a date for an event
    risk(
        "farewell",
        "imminent",
        SI,
        r"ho (?:finalmente |gia )?trovato il modo(?= ?[.!;]|[\s\x00-\x03]*$)"
        r"(?![^\n]{0,120}\b(?:a presto|alla prossima|ci vediamo|a (?:domani|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)|funziona|"
        r"app|stampante|password|codice|bolletta|fattura|treno|bus|parcheggi\w*)\b)"
        + _EVENTO_NON_ADDIO,
        r"(?:stasera|stanotte|questa notte|domani notte|domani sera) quando (?:dormono tutti|tutti dormono|sono tutti a letto|(?:non|nn) c'e (?:piu )?nessuno|"
        r"(?:i miei|mia madre|mio padre|mia moglie|mio marito) dorm\w+)(?= ?[.!;]|[\s\x00-\x03]*$)",
        r"ho (?:gia )?(?:deciso|scelto|stabilito) che (?:il \d{1,2}(?: (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
        r"novembre|dicembre))?|domani|dopodomani|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica) (?:e|sara) (?:la data|il giorno) "
        r"(?:giust[oa]|buon[oa])(?= ?[.!;]|[\s\x00-\x03]*$)" + _EVENTO_NON_ADDIO,
        kind="farewell",
    ),
]
RULES += [
    # dev leftover (2026-11-27): pills kept "per quando sarà il momento" (a carer reporting the patient's stockpile under the mattress):
    # a plan; the moment of something named ("il momento del viaggio", "di dormire in aereo") is not
    risk(
        "plan",
        "imminent",
        SI,
        r"<PILLS>\b[^\n]{0,200}?\b(?:le|li) (?:tiene|tengo|teneva|tenevo|conserva|conservo|nasconde|nascondo|mette|metto) "
        r"(?:da parte |nascost[ei] )?[\"«']?(?:per|x) quando (?:sara|arrivera|verra) il (?:momento|mio momento|suo momento)"
        r"(?=[»\"'.,;!?]|\s+e\b|\s*$)",
    ),
]
RULES += [
    # dev leftover (2026-11-27): weak farewells told by a relative (counted in a pair or beside a current cue): a call made "per
    # salutarmi", where the will is kept, the hunting gun already cleaned (dev-it-1775); something dear already
    # given to someone who "ci tiene più di me" (dev-it-1774); not a goodbye before a trip, a gun cleaned for the
    # season, a thing passed on for its use
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:mi|ci) ha (?:chiamat[oa]|telefonato|chiamati|chiamate|scritto) (?:\w+ )?(?:per|x) [«\"']?salutar(?:mi|ci)\b[»\"']?"
        r"(?! (?:prima|perche|che) (?:di )?(?:partire|parte|part\w+|del viaggio|della partenza))",
        r"(?:mi|ci) ha (?:detto|spiegato|fatto vedere|mostrato|scritto) dove (?:tiene|ha messo|ha lasciato|sono|e|trovare) "
        r"(?:il testamento|le sue ultime volonta|le chiavi e il testamento)\b",
        r"(?:il|un|suo|il suo) fucile (?:da caccia )?(?:l'ha|lo ha) (?:gia )?(?:pulito|caricato|preparato|tirato fuori|sistemato)\b"
        r"(?![^.!?\n]{0,60}\b(?:per (?:la|l'|il) (?:stagione|apertura|battuta|caccia|gara|poligono)|domenica|sabato|cinghial\w*|lepr\w*|"
        r"fagian\w*|caccia)\b)",
        r"(?:l'ho|li ho|le ho|l'abbiamo) (?:gia )?(?:dat[oaie]|regalat[oaie]|lasciat[oaie]) a (?:mia |mio |sua |suo |una |un )?[\w']+"
        r"(?= ?[,;.]? (?:lui|lei|loro|che|tanto) ci (?:tiene|tengono|terra) (?:piu|di piu) di me\b)",
        kind="farewell",
    ),
]

# ------------------------------------------------------------------ round 17 (blind round 17 spent into dev)
_SVEGLIARE = r"(?:svegliare|svegliarsi|risvegliare|risvegliarsi|svejare|sveiare|scetare|scetarse|svigliari|arrisbigghiari|risbigghiari)"
_PIU_DIAL = r"(?:piu|\+|cchiu|chiu|pi|pizu)"
_MONDO = (
    r"(?:(?:in|a|ar|al|'o|o|nto|nt'o|su|ncoppa|'ncoppa|'n) )?(?:(?:sto|'sto|stu|'stu|questo|chistu|'sto) )?(?:mondo|monno|munnu|munno)\b"
    # the world of fashion, of work: a field, not the world
    r"(?! (?:del|della|dello|dei|degli|delle|di|de)\b)"
)
RULES += [
    # the wish not to wake told without the reflexive ("voglio dormire e non svegliare mai più", "dice che
    # non vuole più svegliare": a learner's Italian, round 17); waking someone, waking late are not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:dormire|addormentarmi|addormentare|addormentarsi|dormi|durmiri) e (?:non|nn|nun|no|un) (?:mi |me )?"
        + _SVEGLIARE
        + r" (?:mai )?"
        + _PIU_DIAL
        + r"\b"
        r"(?! (?:tard\w*|prest\w*|alle|prima|con|col|fino))",
        r"(?:non|nn|nun|no|un) (?:voglio|vuole|vorrei|vorrebbe|volevo|voleva|volio|vole|voio|vojo|vogghiu|voglie) (?:mai )?"
        + _PIU_DIAL
        + r" "
        + _SVEGLIARE
        + r"(?: (?:mai )?"
        + _PIU_DIAL
        + r")?(?=\s*[.!,;?]|\s*$| (?:e|ma|la mattina|al mattino|domani|nel sonno|perche|xke)\b)",
        r"(?:non|nn|nun|no|un) (?:voglio|vuole|vorrei|vorrebbe|volevo|voleva|volio|vole|voio|vojo|vogghiu|voglie) "
        + _SVEGLIARE
        + r" (?:mai )?"
        + _PIU_DIAL
        + r"(?=\s*[.!,;?]|\s*$| (?:e|ma|la mattina|al mattino|domani|nel sonno|perche|xke)\b)",
        fixed=True,
    ),
    # no will to live told in dialect ("unn'aiu cchiù gana di campari", "nun tengo cchiù genio 'e campà",
    # "nun c'ho più voja de campà"); the will to live in a town or with someone, to work, are not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:nun|non|nn|un|unn|nu|no)(?:'| )[^.!?\n]{0,16}?\b(?:gana|genio|gulio|gulia|spinnu|voglia|voja|voia|vogghia|golia|smania) "
        r"(?:di|de|'e|e|d'|da|a) (?:campari|campare|campa|vivere|vive|viviri|bivere|vivi|vivì)\b"
        r"(?! (?:a|ad|in|cu|co|co'|con|qui|qua|cca|ccà|lla|cosi|accussi|da sol\w*|sol[oa]|sulu|sula|insieme|vicino|lontano|al|nel|nella|ccu)\b)",
        fixed=True,
    ),
    # not wanting to stay in "sto mondo" ("non ci voglio più stare in sto mondo", "nun ce vojo più sta' ar
    # monno"): the world said in slang or dialect; the world of a trade is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn|nun|un) (?:ci |ce |nce |ci |c')?(?:voglio|vorrei|vojo|voio|vogghiu|voglie|riesco a|posso|pozzo|vuogghiu) (?:piu |\+ |cchiu |chiu )?"
        r"(?:stare|sta|sta'|stari|restare|resta|rimanere|campa|campare|campari|vivere|vive) "
        + _MONDO,
        # "ma che ce sto a fa' ar monno?", "che ci stongo a fa' 'ncoppa a stu munno"
        r"(?:che|cosa|chi) (?:ci |ce |nce |c' ?)?(?:sto|stongo|stago|stau|staiu|sta|sto') (?:a |a')(?:fa|fa'|fare|fari|ffa|fa\?) (?:ancora )?"
        r"(?:ar|al|a|in|'n|'o|o|nto|su|ncoppa a|'ncoppa a|'ncopp'a|ncopp'a|supra a|nta|nto) ?(?:sto |'sto |questo |stu |'stu |chistu )?(?:monno|mondo|munnu|munno|terra)\b",
        fixed=True,
    ),
    # better if I had stopped breathing ("me sa che era mejo se smettevo de respirà pure io", "sarebbe
    # stato meglio se morivo"): a wish to be dead; dying of laughter, of hunger are not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:era|sarebbe|saria|sarria|fosse|er|sarebbe stato|era stato|saria stato) (?:stato |propio |proprio |molto )?(?:meglio|mejo|megghiu|mejio|meio|mejjo) "
        r"(?:se|si|che) (?:io )?(?:(?:smettevo|smettessi|smetteva|smettesse|finivo|finissi) (?:de|di|a) (?:respira|respirare|respirari|campa|campare|campari|vivere|vive|viviri|esistere)"
        r"|morivo|morissi|murivo|murivu|murissi|crepavo|crepassi|schiattavo|schiattassi|(?:non|nun|nn|un) (?:nascevo|nascessi|nascivu|fossi mai nat[oa]|ero mai nat[oa]))\b"
        r"(?! (?:dal|dalla|de|di|da) (?:ridere|ride|risate|fame|sonno|freddo|caldo|noia|vergogna|fatica))",
    ),
    # a burden's relief told as "sarei un peso in meno" ("ai miei figli sarei un peso in meno"): perceived
    # burdensomeness; a weight off after a payment, a bag, a diet are not (a "se" before it is a hypothesis)
    risk(
        "burden",
        "high",
        SI,
        r"(?:sarei|saria io|sarìa|sarrìa|sarria|saroi|saro|sarebbe (?:solo )?(?:che|se) (?:io )?(?:non|nn) ci fossi|sarebbi|sarisse) (?:solo |soltanto |proprio |davvero |sicuro )?"
        r"(?:un peso in meno|una bocca in meno|un pisu in menu|un peso de manco|un peso de meno)\b",
        # the cost of keeping the sender ("starebbe meglio senza spendere soldi per lei/me")
        r"(?:starebbe|starebbero|starei|sarebbe|sarebbero|vivrebbe|vivrebbero) (?:molto |piu |tanto |solo )?(?:meglio|tranquill\w*|seren\w*|liber\w*) "
        r"senza (?:dover |piu )?(?:spendere|buttare|sprecare|pagare|tirare fuori) (?:tutti |tanti |piu )?(?:(?:i |dei )?soldi|la badante|le cure|le medicine|\w+ euro) "
        r"(?:per|x|a|con|dietro a) (?:me|una vecchia come me|un vecchio come me|una come me|uno come me|questa vecchia|questo vecchio)\b",
    ),
    # ceasing to be a burden at a time close at hand ("stasera finalmente smetto di essere un peso per
    # tutti"): a timed end announced as relief for the others; "da oggi smetto di essere un peso" (a
    # resolution), a job found, "e cucino io" after it are not (the sentence must end there)
    risk(
        "burden",
        "imminent",
        SI,
        r"(?:stasera|stanotte|oggi|tra poco|fra poco)(?<!da\x20oggi)(?<!da\x20stasera)(?<!a\x20oggi) (?:finalmente |per sempre |davvero )?(?:la )?"
        r"(?:smetto|smettero) (?:finalmente |per sempre )?di essere (?:un peso|un problema|un fardello|di peso) "
        r"(?:per|a) (?:tutti|voi|nessuno|la mia famiglia|i miei|loro|te|lei|tutti voi)"
        + _FINE_FRASE,
    ),
    # the sender's death asked in a prayer in the indicative ("prega Madonna che la prende via nel sonno",
    # a learner's Italian; "prego Dio che mi porta via"): a passive wish to die; a prayer for a job, for
    # someone's health, "che mi porta un lavoro" are not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:prega|prego|pregava|pregavo|chiede|chiedo|supplica|supplico) (?:ogni sera |ogni notte |sempre )?(?:a |al |alla |il |la )?"
        r"(?:signore|dio|buon dio|madonna|madonnina|padreterno|gesu|cielo|santi|padre pio|santa \w+|san \w+) (?:ogni sera |ogni notte |sempre )?"
        r"(?:che|ca|di|perche) (?:la|lo|mi|me|se la|se lo|si la) (?:prende|porta|piglia|chiama|pigghia|prendi|prendere|portare|pigliare) "
        r"(?:via|a se|con se|in cielo|in paradiso|nel sonno|stanotte|presto|cu iddu|cu idda|con lui|con lei)\b",
    ),
    # no longer being there in a month ("tanto tra un mese non ci sono più, non vi preoccupate"): a
    # foreshortened life announced; a move, a contract, a trip, the office are not
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:tra|fra) (?:un|una|due|tre|quattro|cinque|pochi|poche|qualche|poco|\d+)(?: (?:mese|mesi|settimana|settimane|giorno|giorni|anno|ora|ore|minuti))? "
        r"(?:io )?(?:non|nn|nun|un) (?:ci )?(?:sono|so|sugnu|songo|ci sto|ce sto) "
        + _PIU_DIAL
        + r"\b"
        + _ESSERCI_ALTROVE
        + r"(?![^.!?\n]{0,80}\b(?:parto|partiamo|trasferisc\w*|trasloc\w*|contratto|ufficio|lavoro|scuola|pensione|vacanz\w*|ferie|erasmus|"
        r"casa nuova|reparto|azienda|turno|stage|tirocinio|corso|torno|rientro|esco|uscendo|stacco|scappo|chiudo|batteria|telefono|cellulare|connessione|rete|campo|offline|linea|riunione|lezione|seduta)\b)",
    ),
    # the doses counted for oneself ("ho pensato a quante unità servirebbero a me, e ho fatto il conto"):
    # a method thought of (insulin, vials); for a patient, a trip, a prescription it is not
    risk(
        "method",
        "high",
        SI,
        r"(?:quante|quanti|quanto) (?:unita|fiale|penne|siringhe|ml|milligrammi|mg|flaconi|boccette|scatole|confezioni|blister|dosi|ampolle)"
        r"(?: (?:di|d') ?[\w']+)? (?:mi )?(?:servono|ci vogliono|servirebbero|ci vorrebbero|basterebbero|bastano|bastasseru|bastassero) "
        r"(?:a me|per me|pe me|x me|a mia|pi mia|per morire|per farla finita|per (?:non|nn) svegliarmi|per (?:non|nn) svegliarsi)\b",
        kind="method",
    ),
    # a crash hoped as a relief ("se l'aereo fosse caduto sarebbe stato un sollievo"): passive ideation;
    # a crash as a tragedy, a disaster, a delay is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"se (?:l'aereo|l'aereo|il treno|la macchina|l'auto|il pullman|l'autobus|la nave|il traghetto|l'elicottero|la funivia|l'ascensore) "
        r"(?:cadesse|fosse caduto|fosse caduta|precipitasse|fosse precipitat[oa]|si schiantasse|si fosse schiantat[oa]|deragliasse|fosse deragliato|"
        r"affondasse|fosse affondat[oa]|uscisse di strada|fosse uscit[oa] di strada|esplodesse|fosse esplos[oa])\b[^.!?\n]{0,30}?\b"
        r"(?:sarebbe (?:stato |stata )?(?:un sollievo|una liberazione|la soluzione|una soluzione|un regalo|una fortuna)|(?:non|nn) mi (?:dispiacerebbe|sarebbe dispiaciuto|importerebbe)|"
        r"pazienza|amen|tanto meglio|ben venga|mi farebbe (?:un favore|un piacere))\b",
        r"(?:sarebbe|sarebbe stato|sarebbe stata) (?:un sollievo|una liberazione|la soluzione|un regalo|una fortuna) se (?:l'aereo|il treno|la macchina|l'auto|il pullman|la nave) "
        r"(?:cadesse|fosse caduto|precipitasse|fosse precipitato|si schiantasse|si fosse schiantat[oa]|deragliasse|affondasse|uscisse di strada)\b",
    ),
    # on the height now, told in dialect ("sugnu ncapu o viadottu", "so' 'ncoppa 'o ponte"), as "sono sul
    # viadotto": the place reached; work at height, a view, a photo are not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:sugnu|sunnu|so'|songo|stongo|sun|son|so) (?:ncapu|'ncapu|ncoppa|'ncoppa|supra|sopra|in cima|'n cima|n cima|ncima|sul|sulla|su) "
        r"(?:o |u |'o |'u |a |al |lu |il |la |'a |ô |du |do |a lu )?(?:viadottu|viadotto|ponti|pontu|ponte|cavalcavia|cornicione|tettu|tetto|scogghiu|scogliera|parapetto|ponte)\b"
        + _LAVORO_IN_ALTO
        + r"(?![^.!?\n]{0,60}\b(?:fotograf\w*|foto|panorama|vista|turist\w*|gita|pesca\w*|piscari|corsa)\b)",
    ),
    # killing oneself in Venetian, Sicilian, Neapolitan: "la fasso finìa", "a fazzu finuta"; with someone
    # ("co' ea Loretta", "cu idda") it is ending a relationship (an idiom)
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:la|ea|a|'a) (?:fasso|faso|fazzu|fazzo|facc|faccio|fazz) (?:finia|finida|finio|fenia|fenida|finuta|fenuta|fernuta|furnuta|finuda)\b"
        r"(?! (?:co|co'|con|col|coa|coi|cu|cun|ko|de|di|a|al|cu\w+)\b)",
    ),
    idiom(
        "idiom_kill",
        r"(?:la|ea|a|'a) (?:fasso|faso|fazzu|fazzo|facc|faccio|fazz) (?:finia|finida|finio|fenia|fenida|finuta|fenuta|fernuta|furnuta|finuda) "
        r"(?:co|co'|con|col|coa|coi|cu|cun|ko) (?!(?:tuto|tutto|tuttu|la vita|ea vita|a vita|sta vita|me|mi|mia)\b)[\w']+",
    ),
]
RULES += [
    # signs of leaving in a farewell letter (weak: counted in a pair or beside a current cue, round 17):
    # one's own grave paid ("ho pagato il posto accanto alla mia Adele", "apu pagau su loculu"); the car
    # left with the keys inside for a relative to find; not calling because one would be stopped ("non lo
    # faccio perché so che proverebbe a fermarmi"); a relative's grave, a car lent, a party are not
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:ho|aggio|apu|apo|haiu|aiu|go|abbiamo) (?:gia )?(?:pagato|pagau|pagatu|saldato|prenotato|comprato|comperato|accattato|accattatu) "
        r"(?:il |su |lu |u |'o |el |la |anche il )?(?:mio |me |mi |mia )?(?:loculo|loculu|tomba|lapide|funerale|fossa|nicchia|cappella|"
        r"posto(?= (?:accanto|vicino|affianco|a fianco|di fianco|allato|insieme) (?:a|al|alla|a la) (?:mia|mio|me|mi|la mia|il mio)\b))"
        r"(?! (?:di|de|del|della|per|pe|pi|a|al|alla) (?:mia|mio|me|mi|sua|suo|la|il|nonn\w*|zi\w*|papa|mamma|madre|padre|suocer\w*|cane|gatto)\b)",
        r"(?:la macchina|la panda|l'auto|la macchina|a machina|a macchina|el auto|la moto|il furgone|la bici)\b[^.!?\n]{0,50}?"
        r"(?:le chiavi|i chiavi|e chiavi|'e chiave|le chiave) (?:dentro|dintra|dint|nel cruscotto|sul sedile|nel quadro|attaccate|inserite)\b"
        r"[^.!?\n]{0,40}?\b(?:per|pi|pe|cosi|accussi) (?:mi |me |mio |mia |so |sua |suo |che )?(?:frati|fratello|frate|sorella|soru|nipote|niputi|figlio|figlia|figghiu|figghia|moglie|marito|mugghieri|cugino|cugina|la trova|lo trova|la trovano|la trovino)\b"
        r"(?![^.!?\n]{0,60}\b(?:meccanico|gommista|revisione|tagliando|lavaggio|parcheggio a pagamento|vacanz\w*|viaggio|aeroporto|stazione|trasloco)\b)",
        r"(?:non|nn) (?:la|lo|le|ti|vi|gli|l'ho|lo ho|la ho)? ?(?:chiamo|chiamero|avviso|avvisero|faccio|sento|cerco|ho chiamat[oa]|ho avvisat[oa])\b[^.!?\n]{0,30}?\b"
        r"(?:perche|xke|xche|visto che) (?:so (?:gia |bene |benissimo )?che |lo so che )?(?:(?:lei|tu|voi|loro|lui) )?"
        r"(?:proverebbe|cercherebbe|provereste|cerchereste|proveresti|cercheresti|proverebbero|cercherebbero) (?:a|di) (?:fermarmi|impedirmelo|dissuadermi|farmi cambiare idea)"
        r"(?=\s*[.!,;]|\s*$| e\b)",
        kind="farewell",
    ),
]

_ARMA = r"(?:schioppo|fucile|doppietta|pistola|revolver|carabina|sovrapposto)"
RULES += [
    # a gun at hand and its cartridges found ("lo schioppo di mio padre sta nell'armadio e le cartucce le ho
    # trovate in cantina", round 17): a method gathered; hunting, a range, a licence, a sale are not
    risk(
        "method",
        "high",
        SI,
        _ARMA
        + r"\b[^.!?\n]{0,80}?\b(?:le cartucce|i proiettili|le munizioni|i colpi|le pallottole)\b[^.!?\n]{0,30}?\b"
        r"(?:le ho|li ho|l'ho) (?:gia )?(?:trovat[ei]|pres[ei]|comprat[ei]|recuperat[ei]|tirat[ei] fuori|messe? da parte|mess[ei] vicino|caricat[oaie])\b"
        r"(?![^\n]{0,120}\b(?:caccia|cacciatore|poligono|tiro a segno|tiro al piattello|porto d'armi|licenza|denuncia|carabinieri|vendere|venduto|stagione|cinghial\w*|fagian\w*|lepr\w*)\b)",
        kind="method",
    ),
    # "stasera ... lo faccio" closing a sentence (round 17): the act announced with its time, a weak farewell
    # (counted beside a method, a plan or another sign); a chore "lo faccio stasera" after its object is not
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:stasera|stanotte|stanote|domani|domattina|dopodomani|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi)\b"
        r"[^.!?\n]{0,60}?,? (?:io )?(?:lo faccio|lo fazzu|lo fasso|lo faccio davvero|lo faccio e basta)(?=\s*[.!]|\s*$)",
        kind="farewell",
    ),
    # the pills counted, their number told after a colon ("Ho contato: sono 46 compresse tra le mie e quelle
    # di mio marito", round 17): the supply reckoned (a plan); a week's doses, a stocktake, a trip are not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:ho contato|ho ricontato|le ho contate|li ho contati|ho fatto il conto)\b[:,]? (?:sono|ce ne sono|ne ho|in tutto sono|fanno) "
        r"(?:\d{2,}|" + _NUMERO_GRANDE + r")\b (?:<PILLS>)\b"
        r"(?![^\n]{0,100}\b(?:settiman\w*|portapillole|magazzino|inventario|scadut\w*|farmacia|viaggio|vacanz\w*|ferie|trasferta)\b)"
        + _NON_SCORTA,
    ),
]

RULES += [
    # the session named, then asked to be brought forward with a clitic ("giovedì abbiamo la seduta, ma se
    # potesse anticiparla gliene sarei grato", round 17): a request for support beside a current cue
    # (engine.py: help_ask), as "vorrei anticipare la seduta"; a practical reason is not
    risk(
        "help_ask",
        "none",
        ("support_request",),
        r"(?:la seduta|l'appuntamento|l'incontro|il colloquio|la visita|la prossima seduta|il prossimo incontro)\b[^.!?\n]{0,60}?\b"
        r"(?:se (?:potesse|puo|potete|potreste|riesce|riuscisse|fosse possibile)|potrebbe|potremmo|possiamo|si puo|sarebbe possibile|e possibile) "
        r"anticipar(?:la|lo|le|li)\b"
        r"(?![^.!?\n]{0,60}\b(?:perche (?:ho|avrei|abbiamo) (?:un|il) (?:impegno|esame|viaggio|volo|treno)|per (?:lavoro|un impegno|il lavoro|le ferie)|"
        r"per (?:via|colpa) (?:del|della|dei) (?:lavoro|turn\w*|ferie|viaggio))\b)",
    ),
]

# ------------------------------------------------------------------ round 17 levels (imminent read as high)
_SU_AL = (
    r"(?:su |lassu |fin su |su fino )(?:al|sul|sulla|alla|ai|sui|allo|in cima al|sopra al|sopra il)"
)
# the place named, then told by its height ("vado a Capo Testa, dove c'è la scogliera alta")
_DOVE_C_E = (
    r"(?:a|in|da|verso|fino a) [\w' ]{2,40}?,? (?:dove|la dove|li dove|che) (?:c'e|ce|c e|ci sono|sta|stanno) "
    r"(?:il|la|lo|l'|i|gli|le|un|una|quel|quella|quello) ?(?:\w+ )?" + _LUOGO_SALTO + r"\b"
)
# a purpose at the place: fishing, a photo, a swim, with someone
_SCOPO_AL_LUOGO = (
    r"(?![^.!?\n]{0,40}\b(?:a (?!(?:butt|gett|lanc|salt|ammazz|uccid|fin|farl|morir|impicc))[a-z]+(?:are|ere|ire|ar|er|ir)\b|a fare|con (?:il|la|i|le|mio|mia|gli|un|una)|"
    r"per (?:il|la|una|un|vedere|fare|lavoro)|in bici|coi|col|foto\w*|panorama|bagno|pesca\w*|gita|picnic|passeggiata|tramonto|alba)\b)"
)
_DECISO_O_ADDIO = (
    r"(?=[^\n]{0,160}?\b(?:ho deciso|e deciso|addio|(?:non|nn) (?:torno|tornero)(?! (?:prima|per|a casa|entro|tardi|presto|stasera|domani|a cena|a pranzo|in tempo))|"
    r"(?:grazie|scus\w*) (?:di|per|pe) tutto(?! (?:il|lo|la|i|gli|le|l'|quest\w*|quel\w*|quant\w*)\b)|(?:non|nn) (?:si preoccupi|ti preoccupare|preoccupatevi|vi preoccupate) per me)\b)"
)
_TEMPO_ANDARE = r"(?:stasera|stanotte|domani|domattina|domenica|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|all'alba|tra poco|oggi)\b[^.!?\n]{0,50}?\b"
# a cut of one's own (round 17's bleeding families), and not a kitchen cut, a nosebleed, shaving
_CUT_IT = (
    r"(?:ho tagliato|mi sono tagliat[oa]|mi so tagliat[oa]|me so tagliat[oa]|mi son tagliat[oa])"
)
_NOT_A_KITCHEN_CUT = r"(?![^\n]{0,120}\b(?:coltello del pane|cucin\w*|affett\w*|per sbaglio|radend\w*|barba|vetro|lattina|naso|dentista|ciclo)\b)"
# blood soaking through what was put on the cut
_BLOOD_THROUGH = (
    r"(?:il )?sangue (?:passa|attraversa|trapassa|esce|cola|inzuppa|ha inzuppato|ha passato|continua a uscire|continua a colare|continua a passare) "
    r"(?:lo stesso|comunque|ancora|attraverso|(?:gli |i |le |la |il |tutti gli |tutte le )?(?:asciugamani|asciugamano|garze|garza|cerotti|cerotto|bende|benda|fazzoletti|salviette))\b"
)
# blisters or boxes of a medicine found empty, and not binned, recycled or taken back to the pharmacy
_EMPTY_BOXES = (
    r"(?:blister|(?:scatole|scatola|confezioni|confezione|flaconi|flacone|boccette|boccetta) (?:di|del|della|delle|dei|dello|dell') ?"
    + _FARMACI
    + r")"
    r"\b[^.!?\n]{0,30}?\b(?:vuot[ieoa]|svuotat[ieoa])\b"
)
_NOT_BINNED = (
    r"(?![^\n]{0,160}\b(?:buttat\w*|butto|plastica|differenziata|riciclo|farmacia|ricetta)\b)"
)
RULES += [
    # going up to a bridge, a cliff ("vado su al ponte di ferro", a learner's Italian) or to a place named
    # by its height ("vado a Capo X, dove c'è la scogliera alta"), after "ho deciso" or with a time and a
    # sign of leaving (round 17): a plan; a purpose there (fishing, a photo, a swim) is not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:ho deciso|e deciso)\b[^\n]{0,80}?\b(?:vado|andro|salgo|saliro) "
        + _SU_AL
        + r" "
        + _LUOGO_SALTO
        + r"\b"
        + _SCOPO_AL_LUOGO,
        r"(?:ho deciso|e deciso)\b[^\n]{0,80}?\b(?:vado|andro) " + _DOVE_C_E + _SCOPO_AL_LUOGO,
        _TEMPO_ANDARE
        + r"(?:vado|andro|salgo|saliro) "
        + _SU_AL
        + r" "
        + _LUOGO_SALTO
        + r"\b"
        + _SCOPO_AL_LUOGO
        + _DECISO_O_ADDIO,
        _TEMPO_ANDARE + r"(?:vado|andro) " + _DOVE_C_E + _SCOPO_AL_LUOGO + _DECISO_O_ADDIO,
    ),
    # a cut that bleeds through towels or gauze ("ho messo tre asciugamani e il sangue passa lo stesso,
    # stavolta ho tagliato più giù del solito", round 17): the act done and its bleeding; a kitchen cut,
    # a nosebleed, shaving are not
    risk(
        "act_taken",
        "imminent",
        SH,
        _BLOOD_THROUGH
        + r"(?=[^\n]{0,100}?\b(?:ho tagliato|mi sono tagliat[oa]|mi so tagliat[oa]|me so tagliat[oa]|mi son tagliat[oa]|il taglio|i tagli)\b"
        + _NOT_A_HAIRCUT
        + r")"
        + _NOT_A_KITCHEN_CUT,
        _CUT_IT + r"\b" + _NOT_A_HAIRCUT + _NOT_A_KITCHEN_CUT + r"[^\n]{0,100}?\b" + _BLOOD_THROUGH,
        # a cut lower or deeper than usual, then not stopping ("ho tagliato più giù del solito e non smette")
        r"(?:mi sono tagliat[oa]|ho tagliato|mi so tagliat[oa]|me so tagliat[oa]|mi son tagliat[oa]) "
        r"(?:piu giu|piu in basso|piu in profondita|piu profondamente|troppo giu)(?: del solito| delle altre volte| dell'ultima volta)?[,]? (?:e |ma )?(?:il sangue )?(?:non|nn) "
        r"(?:smette|si ferma|si vuole fermare|si blocca|si chiude)\b(?! di (?!sanguinare))",
    ),
    # empty blisters found by a relative beside someone who does not answer, or with the ambulance called
    # ("l'ho trovata sul divano che non risponde bene, sul tavolo ci sono tutti i blister del Tavor vuoti",
    # round 17): an overdose taken; empty blisters thrown away, a pharmacy that does not answer are not
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        _EMPTY_BOXES
        + r"(?=[^\n]{0,160}?\b(?:"
        + _EMERGENZA
        + r"|(?:che )?(?:non|nn) (?:risponde|si sveglia|reagisce|respira bene)|(?:non|nn) riesco a svegliarl[oa]|incosciente|svenut[oa]|priv[oa] di sensi))"
        + _NOT_BINNED,
        r"(?:l'ho trovat[oa]|lo trovato|la trovata|l'abbiamo trovat[oa]|(?:che )?(?:non|nn) (?:risponde|si sveglia|reagisce)|incosciente|svenut[oa]|priv[oa] di sensi)\b"
        # (the gap does not take in the drink beside the pills: it stays its own cue)
        r"(?:(?!bottigli|vino|birra|grappa|vodka|whisky|alcol|amaro|gin\b|rum\b)[^\n]){0,120}?\b"
        + _EMPTY_BOXES
        + _NOT_BINNED,
    ),
]
RULES += [
    # signs of leaving in a farewell message (weak: counted in a pair or beside a current cue, round 17):
    # "stasera non le do più fastidio", the phone left unlocked; a promise not to send more e-mails, a
    # phone left on a table are not (alone)
    risk(
        "farewell",
        "imminent",
        SI,
        r"(?:stasera|stanotte|da stasera|da domani|da oggi|dopo stasera|domani)\b[^.!?\n]{0,20}?(?:non|nn) (?:le|ti|vi|la|gli) "
        r"(?:do|daro) (?:piu|\+) (?:fastidio|disturbo|problemi|pensieri|noia)\b"
        r"(?! (?:con|per|col|coi|a) )",
        r"(?:ho lasciato|lascio|lasciato|ho messo)\b[^.!?\n]{0,60}?\b(?:il |il mio |anche il )?(?:telefono|cellulare|telefonino|iphone) (?:sbloccat[oa]|senza (?:codice|pin|password))\b",
        r"ho tolto (?:il codice|il pin|la password|il blocco) (?:al|dal) (?:telefono|cellulare)\b",
        kind="farewell",
    ),
]

# ------------------------------------------------------------------ round 17 levels (moderate in dialect)
_NESSUNO_DIAL = r"(?:nisciuno|nessuno|nuddu|nissuni|nissun|nisun|nisciun)\b(?! (?:film|programma|serie|partita|spettacolo|altro|altra)\b)"
RULES += [
    # withdrawal in Neapolitan, Roman, Sicilian and Venetian forms (round 17): "nun esco 'a casa", "nun me
    # va 'e vedè a nisciuno", "nun c'ho voja de vedè nessuno", "tengo 'e serrande abbascio e 'o telefono
    # stutato", "ho spento er telefono a tutti"; an errand, a film, the heat, a phone off for a concert are not
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:nun|nu|no|un) (?:esco|escio|jesco|nesciu|nesco|sciu|isciu) (?:'a|ra|fora 'a|fora a) (?:casa|ccasa)\b"
        r"(?! (?:senza|se|finche|prima|fino|perche|pecche|picchi|che|ca)\b)",
        r"(?:nun|nu|no|un|non|nn) (?:me|mi|m') ?va (?:'e|de|di|e|da|a) (?:vede|vede'|vide|vidiri|vidi|vedar|vedere|senti|sentiri|sentir|sentire|parla|parlari|parlar|parlare) "
        r"(?:a |co |cu |con )?" + _NESSUNO_DIAL,
        r"(?:nun|nu|no|un|non|nn) (?:c'ho|ce l'ho|tengo|gh'ho|go|aiu|haiu|ho|c'aggio|aggio) (?:\w+ )?(?:voja|voia|genio|gana|golia|vogghia|spinnu) "
        r"(?:de|di|'e|e|d'|a) (?:vede|vede'|vide|vidiri|vedar|vedere|senti|sentiri|sentire|parla|parlari|parlare|incontra|incontrare) (?:a |co |cu |con )?"
        + _NESSUNO_DIAL,
        r"(?:tengo|tiengo|tegno|tegnu|c'ho|lascio|teng|tegnu) (?:le |'e |e |i |li |le mie )?(?:serrande|serranne|tapparelle|persiane|scuri|imposte) "
        r"(?:abbascio|abbasciate|abbasciat[ei]|abbassate|chiuse|calate|giu|jo|sempre chiuse|sempre abbassate)\b"
        r"(?=[^.!?\n]{0,60}\b(?:telefono|cellulare|nessuno|nisciuno|nuddu|stutat\w*|astutat\w*|spent\w*)\b)"
        r"(?![^.!?\n]{0,60}\b(?:caldo|sole|afa|calura|controra|pisolino|riposino|film|negozio|chiuso per)\b)",
        r"(?:ho spento|aggio stutato|ho stutato|haiu astutatu|aiu astutatu|go stua|go studa|go destua|ho stuato) (?:er|el|'o|u|lu|o) (?:telefono|cellulare|telefunu)"
        r"(?: a tutti| pe tutti| co tutti)?\b(?! (?:per|pe|x|durante|al|alla|che|ca|pecche|picchi)\b)",
    ),
    # drinking to cope told by the bottle finished alone or to stop thinking ("la sera mi finisco una
    # bottiglia di Barbera da sola per riuscire a non pensare"), or to forgetting in Venetian ("go bevù fin a
    # no ricordarme come so rivà casa", round 17); a bottle for a dinner, a tasting are not
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:mi finisco|mi scolo|mi bevo|mi faccio fuori|mi finivo|mi scolavo|mi bevevo|me finisso|me bevo|me scolo|me fenisso) "
        r"(?:una |mezza |un'intera |un'altra |tutta (?:una|la) |na |'na )?(?:bottiglia|butiglia|buttiglia|boccia)\b[^.!?\n]{0,40}?"
        r"(?:da sol[oa]|(?:per|pe|par) (?:riuscire a |riuscir a )?(?:non|nn|no) pens\w*|per dormire|per dimenticare|per stordirmi|per reggere|ogni sera|tutte le sere)\b",
        r"(?:go|ho|aggio|haiu|aiu) (?:bevu|bevuo|bevuto|bevutu|vivutu|bivutu|bevudo|bevuu|bevest) (?:fin|fino|fina|finu|finche|fin che)\b ?(?:a |ad |che )?"
        r"(?:no|non|nun|un|nn) (?:ricordarme|ricordarmi|ricordarmelo|ricurdarimi|ricordamme|me ricordavo|mi ricordavo|capir|capire|capi|stare in piedi|star in pie|reggerme|reggermi|saver|sapere)\b",
    ),
    # "non ce la faccio più" in Sicilian ("un ci la fazzu cchiù"), nothing changing ("nenti cangia", "nun
    # cancia cchiù nenti") and no future ("pi mia nun c'è futuru", round 17); coming on time, a team are not
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:un|nun|'un|unn|nu) (?:ci|ce) (?:la |a )?(?:fazzu|fazzo|fazz) (?:cchiu|chiu|piu|\+)\b"
        r"(?! (?:a|ad) (?:veniri|venire|arrivari|arrivare|passari|passare)\b| (?:cu|co|con|cun) (?:stu|sta|'stu|u|a|lu|la|'o|il|sto|questo) ?(?:trafficu|traffico|caudu|caldo|travagghiu|capu|cantieri)\b)",
    ),
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:nenti|nente|nienti|gnente|gninte|nuddu cosa|nudda cosa) (?:cangia|cancia|cagna|canggia|cambia|cambiera|cancerà|cangera)\b"
        r"(?! (?:(?:pi|pe|per) (?:mia|me) )?(?:si|se|quannu|quando|finche|s'un|se un|se non)\b)",
        r"(?:un|nun|'un|no|nu) (?:cangia|cancia|cagna|canggia|cambia) (?:cchiu |chiu |piu |mai |mai cchiu )?(?:nenti|nente|nienti|gnente|nulla)\b"
        r"(?! (?:(?:pi|pe|per) (?:mia|me) )?(?:si|se|quannu|quando|finche)\b)",
        r"(?:pi|pe|pa|per|pe') (?:mia|me|mmia) (?:nun|un|'un|no) (?:c'e|ce|ghe xe|gh'e|ghe e) (?:cchiu |chiu |piu |pi )?(?:futuru|futuro|spiranza|speranza)\b",
    ),
]

RULES += [
    # a jump from a floor, a balcony, a bridge told as done ("una collega si è buttata dal terzo piano",
    # round 17): an act taken (someone else's is lowered by the context to low); a dive, a jump into water are not
    risk(
        "act_taken",
        "imminent",
        SI,
        r"(?:mi sono|mi son|si e|s'e|me so|se n'e|si era|mi ero) (?:buttat[oa]|lanciat[oa]|gettat[oa]) (?:giu )?(?:dal|dalla|da un|da una|dall'|dai) "
        r"(?:(?:primo|secondo|terzo|quarto|quinto|sesto|settimo|ottavo|nono|decimo|\d+\w*) piano|balcone|finestra|ponte|tetto|terrazzo|terrazza|viadotto|cavalcavia|scogliera|cornicione)\b"
        r"(?![^.!?\n]{0,60}\b(?:in acqua|nell'acqua|nel fiume|nel lago|in mare|nel mare|in piscina|tuff\w*|bagno|gioco|scherzo|paracadute|elastico|bungee|materasso|gonfiabile)\b)",
    ),
    # arms or wrists "tagliate" shown or told ("una foto delle sue braccia tagliate", round 17): self-harm
    # (someone else's is lowered by the context); cut by brambles, glass, a cat are not ("gambe tagliate" is
    # an idiom of dejection and is not listed)
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:braccia|polsi|avambracci|cosce|polso|braccio|avambraccio) (?:tutt[ei] |tutto )?(?:tagliat[eiao]|tagliuzzat[eiao]|sfregiat[eiao])\b"
        r"(?![^.!?\n]{0,40}\b(?:rovi|spine|vetro|vetri|carta|gatto|gatta|cane|filo spinato|lamiera|caduta|incidente|coltello del pane|cucin\w*|rose)\b)",
    ),
    # a melancholy that took the sender ("m'è presa una malinconia che non le dico", round 17): low mood; a
    # craving or a hunger are not
    risk(
        "low_mood",
        "low",
        (),
        r"(?:mi|m') ?(?:e|ha) (?:presa|preso|venuta|salita|presa addosso|assalita|assalito) (?:una |'na |na |un po' di |tanta |una gran |una grande )?"
        r"(?:malinconia|tristezza|nostalgia|magone|tristezza|malinconia)\b",
    ),
]
RULES += [
    # someone on the height now, told in dialect in the third person ("me cucinu è ncapu o viadottu", round
    # 17): a plan (someone else's is lowered by the context, a parent's child stays the patient); work at
    # height, fishing, a photo are not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:e|esti|sta|sta') (?:ncapu|'ncapu|ncoppa|'ncoppa|supra|in cima al|in cima a) "
        r"(?:o |u |'o |'u |a |lu |'a |du |do |a lu )?(?:viadottu|viadotto|ponti|pontu|ponte|cavalcavia|cornicione|tettu|tetto|scogghiu|scogliera|parapetto)\b"
        + _LAVORO_IN_ALTO
        + r"(?![^.!?\n]{0,60}\b(?:fotograf\w*|foto|panorama|vista|turist\w*|gita|pesca\w*|piscari|corsa|antenna|tegol\w*|lavora\w*|travagghia\w*)\b)",
    ),
    # low mood in a learner's Italian without the verb ("oggi io un po' triste", round 17)
    risk(
        "low_mood",
        "low",
        (),
        r"\bio (?:un po'|un poco|molto|tanto|troppo|sempre|oggi) (?:trist[eiao]|giu|depress[oa])\b(?!\?)",
    ),
]

# ------------------------------------------------- net retraining gaps: families the retrained net no longer
# catches (tests/test_net_retraining_gaps.py). "secondo me stavano tutti meglio senza di me" (without "che"); i binari guardati
# e calcolato quanto ci mette il treno che non ferma ad arrivare (a train timed to the sender, not to a destination; a model
# railway, a delay or a timetable are not)
RULES += [
    risk(
        "wish_dead",
        "high",
        SI,
        r"secondo me,? (?:\w+ ){0,2}?(?:stavano|stavene|stavanu|stevano|stevene|stavan) (?:tutt[ieoau] )?(?:\+ |piu |cchiu |chiu |ciu )?"
        + _MEGLIO_DIAL
        + r" (?:\w+ ){0,2}?"
        + _SENZA_ME_DIAL,
    ),
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:guardo|guardavo|fisso|fissavo|osservo|osservavo|sto guardando|stavo guardando|guardando|fissando) (?:i binari|le rotaie)\b"
        r"[^.!?\n]{0,40}?\b(?:calcolo|calcolavo|conto|contavo|cronometro|misuro|calcolando|contando|mi chiedo|penso a) "
        r"(?:quanto|quanti secondi|quanto tempo|in quanto tempo) (?:ci )?(?:mette|metterebbe|impiega|impiegherebbe|ci vuole)\b[^.!?\n]{0,40}?\b"
        r"(?:treno|treni|frecciarossa|frecciargento|freccia|intercity|italo|rapido|regionale|merci|direttissimo|eurostar)\b[^.!?\n]{0,30}?"
        r"\b(?:ad? |per )(?:arrivare|passare)\b(?! (?:a|ad|in|al|alla|allo|fino|da|dal|dalla|in tempo)\b)"
        r"(?![^\n]{0,80}\b(?:plastico|plastici|modellin\w*|trenin\w*|modellismo|ritard\w*|orario|orari|coincidenz\w*|pendolar\w*|lavoro|ufficio)\b)",
    ),
]

# ------------------------------------------------- blind round 18 (tests/test_round18_it.py)
# a quarrel stepped out of ("togliermi di mezzo quando litigano"): a verb, a cause or a time after the
# phrase (a quarrel, a discussion) makes it an idiom of keeping out of a fight
_LITE = r"(?:litig\w*|discut\w*|bisticc\w*|lite|liti|baruff\w*|question\w*|scann\w*|accapigli\w*|sciarr\w*|appiccic\w*|azzuff\w*)"
# "vulissi moriri" and its kin: the Sicilian, Calabrian, Neapolitan conditional or present of wanting
# ("vulissi", "vurria", "vogghiu", "vulesse") and dying ("moriri", "muriri", "murì")
_VOGLIO_DIAL = r"(?:vulissi|vulissa|vurrissi|vurria|vorria|vulerria|vogghiu|vogliu|vuogghiu|vulesse|vulesso|vuless|vularia|voria|vojo|vurrei)"
_MORIRE_DIAL = r"(?:moriri|muriri|murire|muri|mori|muriri|morere|mori')"
# a cause or a place after the verb of dying: laughter, cold, envy, boredom, one's own bed (an idiom or
# an end of life wished at home, not a wish to be dead)
_MORIRE_CAUSA = (
    r"(?! (?:di|de|da|dal|dalla|dalle|dai|pi|pe|pa|ri|'e|du|do|dô|d'|nta|ntô|nto|a casa|in casa|'n casa|nel|nella|vecchi\w*|anzian\w*|"
    r"cuntent\w*|content\w*|sirena|serena|in pace)\b| d')"
)
# a near date not to be reached ("non voglio arrivare a Natale", "spera di non arrivare a domattina"),
# told bare: a way of living to it (with gifts, late, tired) after it is an everyday worry
_DATA_VICINA = (
    r"(?:natale|natali|pasqua|pasqua|capodanno|ferragosto|domani|domattina|dumani|stasera|stanotte|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|"
    r"fine (?:anno|mese|settimana)|l'estate|la primavera|il mio compleanno|i miei \d+ anni|(?:i |gli )?\d+ anni|quarant'anni|trent'anni|"
    r"cinquant'anni|vent'anni|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    r"la fine dell'anno|l'anno prossimo|la prossima settimana)"
)
# a room's vents, cracks or windows sealed ("sigillato le prese d'aria", "tappato le fessure")
_STANZA_SIGILLATA = (
    r"(?:sigillato|tappato|chiuso col nastro|chiuso con lo scotch|chiuso con il silicone|nastrato|siliconato|otturato) "
    r"(?:tutte |tutti )?(?:le |i |la |il |gli )?(?:prese d'aria|fessure|bocchette|griglie|sfiati|spifferi|fori|finestre|finestrini)"
)
RULES += [
    # killing oneself with the elided or the Roman pronoun ("stasera m'ammazzo", "me ammazzo", "m'accido",
    # "m'impicco"); of supplì, of work, of laughter it is an idiom (the cause after the verb)
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:m'ammazzo|m'ammazzu|m'uccido|m'accido|m'accid|m'impicco|m'impiccu|m'ammazzerò|m'ammazzero|me ammazzo|me uccido|me impicco|"
        r"me accido|mi accido|mi ammazzu|mi mmazzu|mi 'mmazzu)\b"
        r"(?! (?:di|de|da|dal|dalla|dalle|dai|dar|co|co'|col|con|cor|cu|a|ar|pe|per|'e|e|d'|su|sul|in|ner|nel|dalle risate|der|dello|della)\b)(?! d')(?!')",
    ),
    idiom(
        "idiom_kill",
        r"(?:m'ammazzo|m'ammazzu|m'uccido|m'accido|me ammazzo|me uccido|me accido|mi accido|mi ammazzu|mi mmazzu) "
        r"(?:di|de|da|dal|dalla|dalle|dai|dar|co|co'|col|con|cor|cu|pe|per|'e|d'|der|dello|della|ar)\b ?[\w']+",
    ),
    # the wish to die in Sicilian, Calabrian, Neapolitan ("vulissi moriri e basta", "vogghiu muriri", "vurria
    # murì"); of laughter, of cold, at home in old age it is not
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:vulissi|vulissa|vurrissi|vurria|vorria|vulerria|vogghiu|vogliu|vuogghiu|vulesse|vulesso|vularia|voria|vurrei|nun vogghiu autru ca|"
        r"vogghiu sulu|vulissi sulu|vurria sulu|vulesse sulo|vurria sulo) (?:sulu |sulo |propriu |proprio |sulamenti |sulamente |tantu |pure |puru )?"
        + _MORIRE_DIAL
        + r"\b"
        + _MORIRE_CAUSA,
    ),
    idiom(
        "idiom_die",
        _VOGLIO_DIAL
        + r" (?:sulu |sulo |propriu |proprio )?"
        + _MORIRE_DIAL
        + r" (?:di|de|dî|pi|pe|ri|'e|du|do|dô|d') ?(?:risat\w*|risa|rirri|ridiri|ridere|ride|friddu|freddo|fridde|caudu|caldo|fami|fame|sonnu|sonno|"
        r"noia|nuia|'mmidia|mmidia|invidia|vrigogna|vergogna|scantu|scanto|paura|gioia|priezza|prescia|curiosita)\b",
    ),
    # not wanting to reach a near date, or hoping not to ("non voglio arrivare a Natale", "spera di non arrivare
    # a domattina", "nun vogghiu arrivari a Natali"): a wish to be dead; a date reached with gifts, late,
    # tired, in this state (a way of reaching it after the date) is an everyday worry
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:non|nn|nun|un) (?:voglio|vorrei|vojo|vogghiu|vogliu|ce la voglio) (?:piu |\+ )?(?:arrivare|arriva|arrivari|arrivar|arriva') (?:viv[oa] |vivu |viva )?"
        r"(?:a|al|alla|fino a|fino al|fino alla|a vedere) "
        + _DATA_VICINA
        + r"(?=\s*(?:[.!;\n]|$|,|e (?:basta|stop)\b))",
        r"(?:spero|spera|speri|speru|sperava|speravo|prego|prega) (?:di|de|'e|ri) (?:non|nn|nun|un) (?:arrivare|arriva|arrivari|arrivar|arriva') (?:viv[oa] |vivu |viva )?"
        r"(?:a|al|alla|fino a|fino al|fino alla|a vedere) "
        + _DATA_VICINA
        + r"(?=\s*(?:[.!;\n]|$|,|e (?:basta|stop)\b))",
    ),
    # closing "the game" oneself, for ever, tonight ("stasera chiudo io la partita, per sempre"): intent; a game
    # of cards, a match, a season closed with someone or with a team are not
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|oggi|domani|domattina|adesso|ora|tra poco|a mezzanotte)\b[^.!?\n]{0,20}?\b(?:chiudo|chiudero|la chiudo) (?:io )?"
        r"(?:la partita|il sipario|i giochi|con la vita|con questa vita|con tutto)\b,? (?:per sempre|una volta per tutte|definitivamente)\b"
        r"(?! (?:con|col|co|coi|cu|da|dal|su|sul|al|a|in)\b)",
    ),
    # Neapolitan thought of throwing oneself from a height ("aggio penzato 'e me jettà 'a copp' 'o ponte"): the
    # place after "'a copp'", "'a coppa", "da 'ncoppa"; the thought told as past done ("aggio penzato")
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:penzato|pensato|penzatu|pensatu|penzo|penso|penzavo|pensavo|penzanno|pensanno|vulevo|voglio|vurria|vulesse|tengo genio|tenevo genio|"
        r"me vene|me veneva|me venesse|penziero|pensiero|penzieri|pinsieri) (?:(?:'e|e|de|di|a|ri) )?(?:me|se) (?:jetta|jettare|jettà|butta|buttare|mena|menare|lancia|ietta|iettare|ghetta)\b"
        r" (?:'a |a |da |d'a |'a 'n|a 'n)?(?:copp'|coppa|'ncoppa|ncoppa|copp) ?(?:a |'a |'o |o |e |'e |d'o |do |du |ô |'u |u )?[^.!?\n]{0,15}?\b"
        + _LUOGO_SALTO.replace(
            "(?:ponte|", "(?:ponte|balcone|fenesta|finestra|loggia|scoglio|scogli|palazzo|"
        )
        + r"\b"
        r"(?![^.!?\n]{0,40}\b(?:bagno|a mare|'o mare|o mare|mare|tuff\w*|acqua|piscina|gioco|pe' pazzia|pe pazzia)\b)",
    ),
    # the self-harm urge come back to the sender ("mi è ripreso il bisogno di farmi male", "m'è tornata la voglia di
    # tagliarmi"): the first person is the dative "mi", whoever else the sentence names before it
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi|m') ?(?:e|ha|sta|sono) (?:ripres[oa]|tornat[oa]|ritornat[oa]|venut[oa]|rivenut[oa]|salit[oa]|pres[oa]|riprendendo|tornando|venendo|"
        r"ripres[ei]|tornat[ei]) (?:di nuovo |ancora |forte |fortissim[oa] )?"
        r"(?:il |la |l'|gli |le |quella |quel |quell'|questa |questo |sta |'sta )(?:bisogno|voglia|impulso|smania|desiderio|istinto|tentazione|impulsi|voglie) "
        r"(?:di|de|da) "
        r"(?:farmi (?:male|del male)|tagliarmi|graffiarmi|grattarmi a sangue|grattarmi (?:le|i|la) (?:braccia|polsi|cosce|gambe|pelle|pancia|avambracci) (?:con|col|fino|finche)|incidermi|"
        r"bruciarmi|ferirmi|punirmi|piantarmi le unghie|conficcarmi|sfregiarmi|"
        r"picchiarmi|prendermi a pugni|strapparmi|morderm\w*|rigarmi)\b",
    ),
    # the nails dug into the skin until it bleeds ("piantarmi le unghie nella pelle finché non sanguina"): an act of
    # self-harm; nails dug in the palms from nerves, a cat's claws are not
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:piantarmi|pianto|piantavo|mi pianto|conficcarmi|conficco|mi conficco|ficcarmi|mi ficco|affondarmi|mi affondo|infilarmi|mi infilo) "
        r"(?:le |tutte le )?unghie (?:nella|nelle|sulla|sulle|dentro la|dentro le|nei|nel) (?:pelle|carne|braccia|braccio|polsi|polso|cosce|coscia|gambe|mani|pancia)\b"
        r"[^.!?\n]{0,30}?\b(?:finche (?:non )?(?:sanguin\w*|esce (?:il )?sangue|fa sangue)|fino a (?:farmi |far )?(?:sanguinare|uscire il sangue|fare sangue)|"
        r"a sangue|che sanguin\w*|e sanguin\w*)",
    ),
    # charcoal bought and its everyday use denied ("la carbonella, ma non è per la stufa"), with a room sealed in the
    # message ("ho già sigillato le prese d'aria del bagno"): the means of a charcoal death gathered
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:carbonella|carbone|carboni|bricchetti|braciere|bracieri)\b[^.!?\n]{0,80}?\b(?:ma )?(?:non|nn) (?:e|sono|serve|servono|la uso|lo uso|li uso) "
        r"(?:per|x) (?:la |il |l'|i |le )?(?:stufa|camino|caminetto|griglia|grigliata|barbecue|bbq|brace|arrosticini|riscaldamento|termocamino)\b"
        r"[^\n]{0,160}?\b(?:" + _SIGILLO + "|" + _STANZA_SIGILLATA + r")\b",
        # charcoal in one sentence, a room sealed in the next ("ho già sigillato le prese d'aria del bagno")
        r"(?:carbonella|carbone|bricchetti|braciere)\b"
        + _NON_GRIGLIATA
        + r"[^\n]{0,160}?\b(?:ho|abbiamo) (?:gia |anche |pure |poi )?"
        + _STANZA_SIGILLATA
        + r"\b",
    ),
    # stepping out of a quarrel ("farei un favore a togliermi di mezzo quando litigano sulla vigna"): an idiom of
    # keeping out of a fight; bare, or after a comma, it stays a wish to be gone
    idiom(
        "idiom_die",
        r"(?:togliermi|levarmi|tolgo|levo|mi tolgo|mi levo) (?:di mezzo|dai piedi|di torno) (?:quando|mentre|durante|ogni volta che|appena|se|finche) "
        r"[^.!?\n]{0,40}?\b" + _LITE,
    ),
    # self-harm, suicide named as the subject of an article, a book, a talk ("l'articolo sull'autolesionismo tra
    # gli adolescenti"): news, with the elided article too
    idiom(
        "idiom_harm",
        r"(?:articolo|articoli|libro|libri|documentario|servizio|inchiesta|convegno|podcast|reportage|tesi|ricerca|studio|puntata|seminario|"
        r"conferenza|dossier|lezione|incontro|webinar|post|video|speciale|approfondimento|saggio)\b[^.!?\n]{0,60}?\b"
        r"(?:sull'|sul |sullo |sui |su |dell'|riguardo all'|riguardo al |a proposito dell'|a proposito del )(?:autolesionismo|suicidio|suicidi|overdose)\b"
        # (unless the sender's own follows: "e ci penso anch'io", "mi è tornata la voglia")
        r"(?![^.!?\n]{0,60}\b(?:anch'io|anche io|anche a me|ci penso|mi (?:e|ha) (?:tornat\w*|venut\w*|fatto venire|ripres\w*)|mi sono)\b)",
        r"(?:sull'|dell')(?:autolesionismo|overdose) (?:nella|nel|nei|negli|tra|fra|in|giovanile|adolescenziale|degli|delle|dei)\b",
    ),
    # bills and post left unopened, passed by "as if they did not exist": avoidance of chores, not the
    # sender's absence (an idiom; it also keeps the learned net out of its sentence)
    idiom(
        "idiom_place",
        r"(?:bollette|posta|lettere|buste|multe|raccomandate|conti|scadenze|fatture|email|mail|pratiche|carte|piatti|panni)\b[^.!?\n]{0,80}?\b"
        r"(?:come se (?:non|nn) (?:esistessero|esistesse|ci fossero|ci fosse)|facendo finta che (?:non|nn) (?:esistano|esista|ci siano|ci sia))\b",
    ),
]

# ------------------------------------------------- blind round 18: levels (tests/test_round18_it.py)
# an illness, a holiday or a lazy Sunday after a day in bed: rest, not withdrawal
_A_LETTO_MALATO = (
    r"(?![^.!?\n]{0,60}\b(?:febbre|influenza|covid|raffreddore|mal di (?:testa|gola|schiena|pancia)|operazion\w*|intervento|"
    r"gamba rotta|gesso|antibiotic\w*|ciclo|mestruazion\w*|postumi|dorme ancora|pigr\w*|festa|compleanno|vacanz\w*)\b)"
)
RULES += [
    # a bottle drunk to the bottom ("mi sono scolato da solo una bottiglia intera di mirto"), or drinks downed before
    # going out "se no non riesco a parlare": drinking to cope; a bottle bought, shared at a dinner, a toast are not
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"(?:scolato|scolata|scolat[oi]|scolo|scola|bevuto|bevuta|fatto fuori|fatta fuori|finito|finita) (?:da sol[oa] |da soli |tutta |in una sera )?"
        r"(?:una|un'intera|mezza|un'altra|tutta la|due|tre) (?:intera )?(?:bottiglia|bottiglie) (?:intera |intere )?(?:di |de )?"
        + _ALCOLICI
        + r"\b"
        r"(?![^.!?\n]{0,60}\b(?:in (?:due|tre|quattro|cinque|compagnia)|tra (?:amici|tutti)|con (?:gli amici|i colleghi|mio|mia|i miei|le amiche)|"
        r"a cena (?:con|da)|brindisi|festa|compleanno|degustazione|matrimonio|cenone)\b)",
        r"(?:mi faccio|mi bevo|mi scolo|bevo|butto giu|mi butto giu|mi sparo) (?:sempre |almeno |prima |ogni volta |di nascosto )?"
        r"(?:un paio di |due |tre |quattro |cinque |qualche |\d+ )?(?:shottini|shot|cicchetti|bicchierini|grappini|chupiti|bicchieri|birre|spritz|amari)\b"
        r"[^.!?\n]{0,60}?\b(?:se no|senno|sennò|altrimenti|se non) (?:non|nn|nun) (?:riesco|ce la faccio|parlo|esco|dormo)\b",
        # drinking in the morning ("beve grappa già la mattina", "bevo vino appena sveglio")
        r"(?:bevo|beve|bevi|bevono|bevevo|beveva|attacca|attacco) (?:a bere )?(?:"
        + _ALCOLICI
        + r" )?(?:gia |fin |sin |anche )?"
        r"(?:la mattina|dalla mattina|di mattina|al mattino|dal mattino|appena (?:sveglio|sveglia|alzat[oa])|a colazione|prima di colazione)\b"
        r"(?! (?:il caffe|il cappuccino|acqua|latte|succo|tisana|te|the|spremuta|orzo)\b)",
        # a pill of a benzodiazepine over the dose, each evening ("una compressa di Xanax in più ogni sera")
        r"(?:preso|prendo|prendere|presa) (?:una|mezza|due|un'altra|qualche) (?:compressa|compresse|pastiglia|pastiglie|pillola|pillole|goccia|gocce) "
        r"(?:di |de )?(?:xanax|tavor|lorazepam|alprazolam|en|valium|diazepam|lexotan|rivotril|minias|control|stilnox|zolpidem|ansiolitic\w*|sonnifer\w*) "
        r"(?:in piu|in più|extra|oltre la dose|piu del dovuto)\b(?! (?:solo )?(?:una volta|stanotte|per il volo|prima del volo|per l'esame)\b)"
        r"(?![^.!?\n]{0,40}\b(?:come (?:mi )?(?:ha|hanno) (?:detto|prescritto|indicato|consigliato)|su (?:indicazione|consiglio)|prescritt\w*|"
        r"d'accordo con|me l'ha detto)\b)",
    ),
    # hopelessness in plain words: not knowing how to go on ("non so più come andare avanti"), a future where things go
    # well no longer imagined, the end of the line reached ("sono arrivata al capolinea con questi turni"); a thesis,
    # a bus line, a project are not
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn) so (?:piu|\+) come andare avanti\b(?! (?:con|col|coi|nel|nella|nello|sul|sulla|in|per) (?:la |il |lo |l'|i |le |gli |questo |questa |quest'|sto |sta |'sto |'sta )?"
        r"(?:tesi|progett\w*|lavoro|libro|capitolo|pratica|ristrutturazion\w*|corso|esercizi\w*|gioco|livello|serie|romanzo|studio|esame)\b)",
        r"(?:non|nn) riesco (?:piu|\+) (?:a|ad) (?:immaginare|vedere|pensare|pensarmi|immaginarmi) (?:un|il|nessun|alcun|il mio) futuro\b"
        r"(?! (?:senza (?:di )?(?:lui|lei|loro|mia|mio|il|la)|lontano|fuori|qui|a|in (?!cui)|da|con (?:lui|lei))\b)",
        r"(?:sono|son|siamo|so') arrivat[oaie] al capolinea\b"
        r"(?![^.!?\n]{0,60}\b(?:tram|bus|autobus|metro|scendo|scendere|fermata|corsa|navetta|treno|linea|capolinea del|\d+)\b)",
    ),
    # "non ce la faccio più" in Abruzzese and Molisan ("nen ce la facce cchiù")
    risk(
        "cannot_cope",
        "moderate",
        HOPE,
        r"(?:nen|nin|nun|non|nn) ce la (?:facce|faccie|facc|fazze) (?:cchiu|chiu|piu|cchiù)\b"
        r"(?![^.!?\n]{0,25}\b(?:venire|arriva|arrivare|traffico|caldo|cantiere|orari?|lavori|fila|coda|trasloco|condominio)\b)",
    ),
    # a weekend, a Sunday spent entirely in bed or with the shutters down: withdrawal; an illness, a party, a holiday
    # are not
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:weekend|fine settimana|domenica|sabato|giornata|ponte|giorni|due giorni|tre giorni) (?:intero |intera |interi )?(?:passat[oaie]|trascors[oaie]) "
        r"(?:interamente |tutt[oaie] |completamente |praticamente |di nuovo |ancora )?(?:a letto|nel letto|sotto le coperte|chius[oa] in camera|"
        r"al buio|con le tapparelle (?:giu|abbassate|chiuse)|con le persiane chiuse)\b"
        + _A_LETTO_MALATO,
        # someone not getting up (a proxy's patient, someone else's for anyone else: lowered by the context)
        r"(?:non|nn) si (?:e|alza|era) (?:piu |nemmeno |neanche |neppure |ancora |mai )?(?:alzat[oa] |)?(?:dal letto|dal divano)\b"
        + _A_LETTO_MALATO,
        # not being able to leave home, told in the infinitive ("se mi ricapitasse di non riuscire a uscire di casa")
        r"(?:di |a )?(?:non|nn) riuscire (?:piu )?(?:a|ad) (?:uscire di casa|uscire dal letto|alzarmi dal letto|mettere piede fuori)\b",
    ),
    # self-harm at a named place of the body ("mi tagliavo sulla coscia", "mi taglio sulle braccia"); the act recalled
    # from years ago is lowered by the context; a kitchen, a razor on the legs, a fall are not
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:mi|me) (?:taglio|tagliavo|tajo|tajavo|bruciavo|brucio|graffiavo|graffio) (?:di nuovo |ancora |sempre |spesso |da sola |da solo )?"
        r"(?:sulla|sulle|sui|sul|le|i|la|il) (?:coscia|cosce|braccia|braccio|polsi|polso|pancia|gambe|gamba|fianchi|fianco|avambracci\w*)\b"
        r"(?![^.!?\n]{0,50}\b(?:rasoio|ceretta|depila\w*|rasa\w*|cucin\w*|coltello del pane|cadut\w*|caduta|rovi|spine|vetro|carta|gatto|ferro da stiro|forno|pentola)\b)",
        # cuts made to oneself, counted or denied ("non mi sono più fatta tagli da agosto")
        # (told bare, with a place or a time: "in passato mi sono fatta dei tagli" is not)
        r"(?<!non\x20)(?<!nn\x20)(?:mi sono|mi son|me so) (?:ancora |di nuovo |gia )?fatt[oa] (?:dei |altri |nuovi |dei nuovi |degli altri )?tagli "
        r"(?:sulle|sui|sul|sulla|ieri|stanotte|stasera|oggi|di nuovo|ancora|anche)\b(?! (?:capelli|budget|spese|costi|stipendio)\b)",
        # no longer made, since a date: the cue negated by the "non" before it (low)
        r"(?:(?<=non\x20)|(?<=nn\x20))mi (?:sono|son) (?:piu|mai piu) fatt[oa] (?:dei |altri |nuovi )?tagli\b",
    ),
]
RULES += [
    # the heart wished to stop, told of someone else ("spera che il cuore gli si fermi", round 18): a wish to be dead,
    # lowered by the context as someone else's (a proxy's patient keeps it)
    risk(
        "wish_dead",
        "high",
        SI,
        r"(?:spera|sperava|vorrebbe|voleva|vuole|prega|pregava) che (?:il )?(?:suo )?cuore (?:gli|le) (?:si fermi|si fermasse|smetta|smettesse)\b",
    ),
]
RULES += [
    # all the pills taken, in an SMS spelling ("ho preso tt le gocce della nonna cn il vino", round 18): an act
    # taken; the week's, the prescribed ones are not
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        r"(?:ho preso|preso|ho ingoiato|ingoiato|ho mandato giu|ho buttato giu|mi sono presa|mi sono preso|ho inghiottito) (?:tt|tte|tutt) (?:le |i )?(?:mie |miei )?<PILLS>\b"
        r"(?! (?:della settimana|del giorno|di oggi|della sera|del mattino|prescritt\w*|come (?:mi ha|da|prescritto)|che mi (?:ha|hanno))\b)"
        r"(?![^.!?\n]{0,60}\b(?:valigia|borsa|zaino|beauty|farmacia|scadut\w*|buttare|portarle|portarli)\b)",
    ),
    # tomorrow at dawn to a place, and not coming back, told bare ("domani all'alba vado a Punta Chiappa e non torno"):
    # intent; a return "prima di", "per cena", "fino a" is a trip
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stasera|stanotte|domani|domattina|all'alba|tra poco|adesso|ora|sabato|domenica|lunedi|martedi|mercoledi|giovedi|venerdi)\b[^.!?\n]{0,30}?\b"
        r"(?:vado|andro|salgo|scendo|parto|esco) (?:da sol[oa] )?(?:a|al|alla|allo|ai|in|sul|sulla|verso|fino a|fino al|fino alla) [^.!?\n]{1,40}? "
        r"e (?:non|nn|nun) (?:torno|tornero|ritorno|rientro)(?: (?:piu|mai piu|indietro))?(?=\s*(?:[.!;\n]|$))",
    ),
    # searched from which floor one must fall not to survive ("ho cercato su internet da che piano bisogna cadere per
    # non sopravvivere"): the method researched; a hypothesis of it is lowered by the context
    risk(
        "suicidal_thoughts",
        "high",
        SI,
        r"(?:cercato|cercare|cercavo|cerco|guardato|guardare|letto|googlato|chiesto) (?:su internet |su google |online |in rete |sul telefono )?"
        r"(?:da che|da quale|a che|a quale|da quanti|quanti) (?:piano|piani|metri) (?:bisogna|serve|si deve|devi|occorre|ci vuole|ci vogliono|servono) "
        r"(?:cadere|buttarmi|saltare|lanciarmi|volare giu) per (?:non sopravvivere|morire|non farcela|essere sicur\w*|non salvarsi|non restare vivi)\b",
    ),
]
RULES += [
    # contact asked "appena possibile" ("mi può richiamare appena possibile?", round 18): an urgent request; an
    # invoice, a document sent as soon as possible are not
    signal(
        "urgency",
        r"(?:mi )?(?:chiam\w*|richiam\w*|rispond\w*|ricontatt\w*|contatt\w*|sentirci|risentirci|vederci|parlarle|parlarti)(?: \w+){0,2} appena possibile\b",
    ),
    # an empty house where nobody calls ("la casa è vuota e nessuno telefona", round 18): loneliness; an empty
    # house while the family is on a trip, a quiet relief, a phone not ringing for work are not
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:nessuno|nessun) (?:mi )?(?:telefona|telefona piu|viene a trovarmi|viene piu a trovarmi|passa a trovarmi|suona (?:piu )?alla porta|bussa)\b"
        r"(?! (?:per|a|al|alla|dall'|dal|in) (?:lavoro|ufficio|negozio|studio|numero|centralino)\b)",
        r"(?:la|sta|questa) casa (?:e|e') (?:vuota|cosi vuota|troppo vuota|silenziosa|troppo silenziosa)\b"
        r"(?![^.!?\n]{0,60}\b(?:finalmente|che pace|pace|relax|vacanz\w*|gita|campo scuola|ferie|tornano|torna|rientrano|weekend|settimana)\b)",
    ),
]
RULES += [
    # the skin scratched with a sharp point ("grattarmi le braccia con la punta del compasso finché non esce sangue",
    # round 18): self-harm (an urge, an act; recalled from school it is lowered as past); an itch scratched with a
    # pencil, a cat's scratch are not
    risk(
        "self_harm",
        "high",
        SH,
        # (the infinitive after an urge is read by the urge's own rule, whose negation it keeps)
        r"(?:grattavo|graffiavo|mi gratto|mi graffio|mi sono grattat[oa]|mi sono graffiat[oa]|mi incido|mi incidevo) "
        r"(?:le |i |la |il )?(?:braccia|braccio|polsi|polso|cosce|coscia|gambe|pelle|mani|pancia|avambracci\w*) "
        r"(?:con|col) (?:la punta (?:del|della|di|dello) |un |una |il |lo |la |le |delle |dei )?"
        r"(?:compasso|forbici|forbice|ago|aghi|spillo|spilli|spilla|temperino|taglierino|lametta|lamette|graffetta|chiodo|coltellino|vetro|cocci)\b"
        r"(?![^.!?\n]{0,40}\b(?:per sbaglio|senza volerlo|prurito|zanzar\w*|orticaria|eczema|dermatit\w*)\b)",
    ),
]

# ------------------------------------------------- blind round 19 (tests/test_round19_it.py)
# a part of the body (arm, wrist, thigh...), with its article
_CORPO_R19 = (
    r"(?:(?:il|la|le|i|gli|l'|un|una|tutt[oa] (?:il|la)|tutte le|tutti i) ?)?(?:braccio|braccia|polso|polsi|avambraccio|avambracci|"
    r"coscia|cosce|gamba|gambe|pancia|fianco|fianchi|pelle|caviglia|caviglie|mano|mani|petto)\b"
)
RULES += [
    # lines drawn on the skin with a blade ("rigarmi il braccio col temperino", "mi rigavo le cosce"): self-harm (an
    # urge, an act; recalled from school it is lowered as past); a car, a record, a notebook scratched are not
    risk(
        "self_harm",
        "high",
        SH,
        r"(?:rigarmi|rigarsi|mi rigo|mi rigavo|me rigo|me rigavo|si riga|si rigava|mi sono rigat[oa]|si e rigat[oa]|mi ero rigat[oa]) "
        r"(?:di nuovo |ancora |da sol[oa] |sempre )?(?:"
        + _CORPO_R19
        + r"|(?:con|col|co') (?:il |la |lo |l'|un |una |la punta (?:del|della|di) )?"
        + _LAMA
        + r"\b)",
    ),
]
RULES += [
    # "mi sparo" with a bare everyday object ("stasera mi sparo pizza, birra e la partita", round 19): an idiom of
    # treating oneself; the gun, the head, a shot are not objects of it
    idiom(
        "idiom_kill",
        r"(?:mi sparo|spararmi|mi sparerei|mi sparavo|me sparo) (?:(?:due|tre|quattro|cinque|sei|dieci|\d+|qualche) )?"
        r"(?:pizza|pizze|birra|birre|partita|partite|film|serie|puntat\w*|episod\w*|maratona|gelato|gelati|panino|panini|hamburger|"
        r"kebab|sushi|patatine|vino|spritz|aperitivo|caffe|cioccolat\w*|nutella|netflix|playstation|videogioc\w*|concerto|"
        r"giro|corsa|km|chilometri|ore di (?:sonno|serie|film|palestra)|musica|disco|album|dormita|pennichella|pasta|carbonara|lasagn\w*)\b",
    ),
]

# pills saved up, named first and taken up by a clitic ("le pastiglie del cuore le ho messe da parte per un mese e
# adesso bastano", round 19), or saved over a month: the means gathered; a stock for a trip, kept by the
# doctor's word, thrown away are not
_PILLS_OF = r"(?:<PILLS>)\b(?: (?:del|della|dello|per il|per la|per lo|di|da) (?:cuore|pressione|tiroide|sonno|notte|nonna|nonno|mamma|papa|\w+))?"
_SAVED_UP = r"(?:mess[eiao] da parte|tenut[eiao] da parte|conservat[eiao]|accumulat[eiao]|nascost[eiao]|ripost[eiao]|risparmiat[eiao])"
RULES += [
    risk(
        "plan",
        "imminent",
        SI,
        _PILLS_OF
        + r",? (?:le|li|l') ?(?:ho|ha|hai|avevo|aveva|abbiamo|hanno) (?:gia |tutte |tutti |piano piano )?"
        + _SAVED_UP
        + r"\b[^.!?\n]{0,40}?\b(?:e )?(?:adesso|ora|ormai|oramai|finalmente) (?:bastano|basteranno|sono abbastanza|ne ho abbastanza|sono sufficienti)\b",
        _PILLS_OF
        + r",? (?:(?:le|li|l') ?(?:ho|ha|hai|avevo|aveva) )?(?:gia |tutte |tutti )?"
        + _SAVED_UP
        + r" (?:per|da) (?:un mese|due mesi|tre mesi|mesi|settimane|un anno|(?:due|tre|quattro|\d+) settimane)\b"
        + _SCORTA_VIAGGIO
        + _NON_SCORTA,
    ),
]

# a whole bottle or box of drops or pills swallowed ("si è bevuto le gocce della nonna, tutta la boccetta", round 19):
# an overdose taken (someone else's is lowered by the context; a parent's child stays the patient); a box bought,
# packed, a bottle of syrup are not
_INTERA = r"(?:tutta la|tutto il|tutta una|un'intera|una intera|l'intera|l'intero|un intero) (?:boccetta|boccettina|scatola|scatoletta|confezione|flacone|flaconcino|blister|bottiglietta)"
_INGOIATO = (
    r"(?:mi sono|mi so|si e|si sono|me so|s'e|ho|ha|hanno) (?:bevut[oa]|scolat[oa]|ingoiat[oa]|inghiottit[oa]|pres[oa]|"
    r"buttat[oa] giu|mandat[oa] giu|fatt[oa] fuori)"
)
RULES += [
    risk(
        "act_taken",
        "imminent",
        ("self_harm", "suicidal_ideation"),
        _INGOIATO
        + r" (?:tutte |tutti )?(?:le |i |delle |dei )?(?:sue |mie |suoi |miei )?(?:<PILLS>)\b[^.!?\n]{0,40}?,? "
        + _INTERA
        + r"\b(?! (?:in|nella|nello|nel) (?:valigia|borsa|zaino|beauty|cassetto)\b)",
        _INGOIATO
        + r" "
        + _INTERA
        + r" (?:di |delle |dei |del )(?:sue |mie |suoi |miei )?(?:<PILLS>)\b",
    ),
]

# ------------------------------------------------- blind round 19: levels (tests/test_round19_it.py)
# a drink or a glass (with its wine), the unit a habit is counted in
_BICCHIERE = (
    r"(?:il |un |quel |l')?(?:bicchiere|bicchierino|calice|goccio|dito|ombra|ombretta|birra|birretta|spritz|amaro|grappino|cicchetto)"
    r"(?: (?:di|de) " + _ALCOLICI + r")?"
)
_BEVUTE = r"(?:ombre|bicchieri|calici|birre|spritz|grappe|grappini|amari|cicchetti|shot|shottini|bottiglie|lattine|cocktail)"
RULES += [
    # a day moved from the bed to the sofa and back ("letto-divano-letto tutto il giorno", round 19): withdrawal; a
    # sofa bed bought, a day off told with a film are not
    risk(
        "withdrawal",
        "moderate",
        ("withdrawal",),
        r"(?:letto[- ]divano(?:[- ]letto)?|divano[- ]letto[- ]divano|dal letto al divano(?: e (?:ritorno|viceversa|dal divano al letto))?) "
        r"(?:tutto il giorno|tutta la giornata|tutto il weekend|tutta la domenica|tutti i giorni|da (?:giorni|due giorni|tre giorni|una settimana))\b"
        + _A_LETTO_MALATO,
    ),
    # a glass grown into a bottle ("il bicchiere di vino è diventato mezza bottiglia"), drinks counted by the day ("sono
    # a undici ombre al giorno"): drinking to cope; water, coffee, a dinner's count are not
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        _BICCHIERE
        + r" (?:(?:la sera|di sera|ogni sera|a cena|la notte|ormai|adesso|ora) )?(?:e|e'|si e|ormai e|adesso e) (?:diventat[oa]|passat[oa] a) (?:mezza bottiglia|una bottiglia|la bottiglia|una bottiglia intera|"
        r"due|tre|quattro|cinque|sei|mezzo litro|un litro|tutta la bottiglia)\b",
        r"(?:sono a|arrivo a|sono arrivat[oa] a|bevo|mi bevo|mi faccio|butto giu) (?:anche |ormai |gia |almeno )?"
        r"(?:\d+|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|venti) "
        + _BEVUTE
        + r" (?:(?:di|de) "
        + _ALCOLICI
        + r" )?(?:al giorno|a giornata|per giorno|ogni giorno|a sera|ogni sera|per sera)\b",
    ),
    # nothing changes any more ("è finita, non cambia più niente", round 19): hopelessness; for an appointment, a
    # price, a plan it is logistics
    risk(
        "hopelessness",
        "moderate",
        HOPE,
        r"(?:non|nn|nun) (?:cambia|cambiera|cambiara|canja|cambi) (?:piu|\+|cchiu|chiu) (?:niente|nulla|gnente|nente|nu cazzo)\b"
        r"(?! se\b)(?![^.!?\n]{0,40}\b(?:sedut\w*|appuntament\w*|orari\w*|prezz\w*|fattur\w*|programm\w*|piano|viaggio|menu|nozze|"
        r"matrimonio|contratt\w*|progett\w*|turn\w*|data|date|biglietto|prenotazion\w*|ordine|regolamento|classifica|risultato)\b)",
        # "ma che senso ga" (Venetian "what's the point")
        r"(?:ma )?che senso (?:ga|gha|ghe)\b",
    ),
    # an attack coming on, with the breath lost ("mi sta venendo un attacco fortissimo, non respiro", round 19): panic
    # overwhelming the sender; an attack of coughing, of laughter, of asthma are not
    risk(
        "panic",
        "moderate",
        (),
        r"(?:mi sta venendo|mi e venuto|mi sta salendo|sto avendo|mi sta prendendo|mi ha preso|ho) un attacco\b"
        r"(?! (?:di|d') ?(?:tosse|asma|ridere|risa|fame|sonno|cuore|allergia|starnuti|gelosia|sinusite|cervicale|gotta)\b)"
        r"[^.!?\n]{0,40}?\b(?:(?:non|nn) respiro|(?:non|nn) riesco a respirare|mi manca l'aria|soffoco|sto soffocando|ho paura di svenire)\b",
    ),
    # a message asked for now, please ("mi scriva qualcosa adesso la prego", round 19): urgency; "adesso" alone is not
    signal(
        "urgency",
        r"mi (?:scriva|scrivi|chiami|chiama|risponda|rispondi|richiami|richiama)(?: \w+){0,2} (?:adesso|ora),? (?:la prego|ti prego|per favore|per piacere)\b",
    ),
]
RULES += [
    # nobody caring, in Roman and spoken forms ("a nessuno je frega niente de me", "gliene frega", round 19), or an
    # evening left alone with the television ("io resto qui sola con la televisione"): loneliness; alone at the
    # office, alone while the children are away are not
    risk(
        "loneliness",
        "low",
        ("loneliness",),
        r"(?:a nessuno|nessuno) (?:je|ie|gli|gliene|jene|ce ne|me ne) (?:importa|frega|fotte|interessa|'mporta|mporta) "
        r"(?:niente |nulla |gnente |'na mazza |na mazza |un fico secco )?(?:di|de|'e|e) me\b",
        r"(?:resto|rimango|sto|passo le serate|passo le giornate) (?:qui |qua |a casa |sempre |ancora )?(?:da )?sol[oa] "
        r"(?:con la (?:televisione|tv|tele|radio)|tutte le sere|tutti i giorni|tutto il giorno|come un cane|da mattina a sera|giorno e notte)\b"
        r"(?![^.!?\n]{0,40}\b(?:ufficio|negozio|lavoro|turno|in gita|in vacanza|dai nonni|finalmente|che pace)\b)",
    ),
]

# ------------------------------------------------- blind round 19: farewells and plans read high for imminent
# the family told it is not their fault ("ai miei dica che non è colpa loro, che hanno fatto il possibile")
_AI_MIEI = (
    r"(?:ai miei|ai miei genitori|a mia madre|a mio padre|a mamma|a papa|alla mia famiglia|ai miei figli|a mio marito|a mia moglie|"
    r"a mia figlia|a mio figlio|ai ragazzi|a mia sorella|a mio fratello)"
)
_DICA = r"(?:dica|dite|digli|gli dica|le dica|dica loro|glielo dica|gli dite)"
_NOT_THEIR_FAULT = r"(?:che )?(?:non|nn) e (?:stata )?colpa (?:loro|sua|vostra)\b(?! (?:se|per|della|del|dello|dei|delle|di)\b)"
# a height the sender or the patient is stopped on
_ALTURA = (
    r"(?:viadotto|ponte|cavalcavia|parapetto|cornicione|tetto|scogliera|diga|belvedere|strapiombo)"
)
RULES += [
    # the family told it is not their fault, that they did all they could (round 19): a farewell (weak: it counts with
    # another farewell or a current cue); "non è colpa loro se..." about a party, a delay is not
    risk(
        "farewell",
        "imminent",
        SI,
        _AI_MIEI + r",? " + _DICA + r" " + _NOT_THEIR_FAULT,
        _DICA + r" " + _AI_MIEI + r" " + _NOT_THEIR_FAULT,
        r"(?:che )?hanno fatto (?:tutto )?il possibile(?: per me)?(?=\s*(?:[.!;\n]|$))",
        kind="farewell",
    ),
    # a height and the spot on it already chosen ("prendo il bus per la scogliera, il punto l'ho già scelto, quello
    # alto", round 19): a plan with its place; a spot for a picnic, the photos, a swim is not
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:per|verso|alla|sulla|al|sul|fino alla|fino al|sopra la|sopra il) (?:la |il )?"
        + _ALTURA
        + r"\b[^.!?\n]{0,30}?,? (?:il punto|il posto) (?:l'ho|lo ho|l'abbiamo) (?:gia )?scelt[oa]\b"
        r"(?![^.!?\n]{0,60}\b(?:foto|picnic|pic-nic|tenda|panorama|pesca|tuff\w*|bagno|ombrellon\w*|pranzo|grigliata|tramonto|"
        r"matrimonio|festa|campeggio|barca|gita|barbecue|cena|antenna|pannell\w*|concerto|fuochi|capodanno|ferragosto|stelle|spettacolo)\b)",
    ),
    # stopped on a viaduct, a bridge, and sorry for everything ("dice che è fermo in macchina sul viadotto dell'A1 e che
    # gli dispiace per tutto", round 19): a plan with its place (a parent's child, a partner's patient stay the
    # patient's; a friend's is lowered by the context); a queue on the viaduct is not sorry for everything
    risk(
        "plan",
        "imminent",
        SI,
        r"(?:fermo|ferma|fermi|parcheggiat[oa]|seduto|seduta|in piedi|in macchina)(?: in macchina)? (?:sul|sulla|sopra il|sopra la|in cima al|in cima alla) "
        + _ALTURA
        + r"\b[^.!?\n]{0,60}?\b(?:gli|le|mi|ci) dispiace (?:per|di) tutto\b"
        # (sorry for all the delay, the wait: "mi dispiace per tutto il ritardo")
        r"(?! (?:il|lo|la|i|gli|le|l')\b| l')",
    ),
]
RULES += [
    # out to sea in a boat and not coming back, told bare ("esco con la barca oltre la diga e non torno indietro", round
    # 19): intent; back before evening, not until a fish is caught is a trip
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:esco|vado|parto|prendo il largo|mi allontano|andro|usciro) (?:da sol[oa] )?(?:con la barca|in barca|col gommone|con il gommone|"
        r"in gommone|con la canoa|in canoa|col kayak|con il kayak|in kayak|con il gozzo|col gozzo|col pedalo|a nuoto|al largo)\b[^.!?\n]{0,40}? "
        r"e (?:non|nn|nun) (?:torno|tornero|ritorno|rientro)(?: (?:piu|mai piu|indietro))?(?=\s*(?:[.!;\n]|$))",
    ),
]
RULES += [
    # someone's act announced for tonight, in the third person ("m'ha scritto che stanotte sale sul terrazzo e la fa
    # finita", round 19): intent (a friend's is lowered by the context, a parent's child stays the patient); stopping a
    # noise, a quarrel ("la fa finita con", "di") is not
    risk(
        "intent",
        "imminent",
        SI,
        r"(?:stanotte|stasera|oggi|domani|domattina|adesso|ora|tra poco)\b[^.!?\n]{0,60}?\b(?:e |poi |e poi )la (?:fa|fara|fanno) finita\b(?! (?:con|di|co|cu)\b)",
    ),
    # if a lorry, a car hit me it would not be a tragedy ("se mi pigliava un camion non era manco 'na tragedia", round
    # 19): passive ideation, its "if" and "not" are the wish itself (recalled from last year it is lowered as past)
    risk(
        "wish_dead",
        "high",
        SI,
        r"se mi (?:pigliava|prendeva|investiva|metteva sotto|pigliasse|prendesse|investisse|mettesse sotto|piglia|prende|investe|mette sotto) "
        # (a vehicle that hits, indefinite: "se mi prende la macchina papà" is a car borrowed)
        r"(?:un|una|'nu|nu|na|'na) (?:camion|macchina|auto|treno|tir|autobus|bus|pullman|tram|furgone)\b[^.!?\n]{0,20}?"
        r"(?:non|nn|nun) (?:era|sarebbe|e) (?:manco |mica |poi |neanche |nemmeno |proprio )?(?:una|'na|na|sta) (?:tragedia|disgrazia|gran perdita|perdita)\b",
        fixed=True,
    ),
    # a bottle finished on one's own ("mi finivo la bottiglia di grappa da solo in garage", round 19): drinking to cope (told
    # two years ago it is lowered as past); a bottle of water, a bottle shared at dinner are not
    risk(
        "substance",
        "moderate",
        ("substance_use",),
        r"mi (?:finisco|finivo|scolo|scolavo|faccio fuori|facevo fuori) (?:la|una|mezza|tutta la|un'intera) bottiglia (?:intera )?(?:di |de )?"
        + _ALCOLICI
        + r"\b(?![^.!?\n]{0,40}\b(?:con gli amici|in compagnia|a cena con|brindisi|festa|in due)\b)",
    ),
]
