"""Italian rule families behind the misses of blind round 3 (indirect, euphemistic wording).

Each family is tested on fictional paraphrases that are NOT in the corpus (other verbs, tenses,
persons, texting spellings), and on counter-examples (negated, quoted, someone else's, an
everyday phrase) that must not be raised to high/imminent. The corpus items themselves are
measured by bench/analysis_eval.py; these tests keep the families general.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import HIGH, level, modifiers, signals

# ---------------------------------------------------------------------------- families
# (text, expected level): paraphrases that must be read at that level
FAMILIES = {
    # an overdose washed down with alcohol (the drink used to be mistaken for "con me", packing)
    "overdose_with_alcohol": [
        ("ho mandato giu tutto il flacone di xanax con la vodka", "imminent"),
        ("ho ingoiato 30 pastiglie insieme a una bottiglia di whisky", "imminent"),
        (
            "nn so cosa ho fatto, ho buttato giù tutte le gocce e poi mezza bottiglia di rosso",
            "imminent",
        ),
        ("mi sono presa venti sonniferi con del vino", "imminent"),
        ("nn so xke l'ho fatto, ho preso 40 gocce di En e una bottiglia di vino", "imminent"),
        ("ho buttato giù una manciata di sonniferi con la grappa", "imminent"),
    ],
    # pills counted, lined up or all in hand: the means ready (a plan)
    "pills_counted_or_in_hand": [
        ("le pillole sono tutte sul tavolo, le ho contate", "imminent"),
        ("ho tirato fuori i sonniferi, li ho contati: sono quaranta", "imminent"),
        ("💊💊💊💊 le ho contate tutte", "imminent"),
        ("tengo in mano un flacone intero di En", "imminent"),
        ("💊💊💊💊💊 eccole pronte", "imminent"),
        ("ho in mano tutte le pastiglie della scatola, rispondimi", "imminent"),
    ],
    # exhaust fumes in a closed garage, charcoal in a closed room (a method; with a time, a plan)
    "car_in_garage": [
        ("stasera mi chiudo in garage con il motore acceso", "imminent"),
        ("penso di chiudermi nel box con la macchina accesa", "high"),
        ("ho comprato un tubo di gomma da attaccare allo scarico", "high"),
        ("è tutto pronto in garage per domani notte, la macchina ha il pieno", "imminent"),
        ("ho messo la carbonella in bagno con le finestre chiuse", "high"),
    ],
    # burning oneself with a cigarette or a lighter: self-harm, urge or act
    "cigarette_burns": [
        ("ho una voglia tremenda di spegnermi una sigaretta sulla mano", "high"),
        ("ieri sera mi sono spenta una sigaretta sul polso", "high"),
        ("mi spengo le sigarette sulle braccia quando sto così", "high"),
        ("ieri mi sono bruciata con l'accendino apposta", "high"),
        ("ho di nuovo le bruciature di sigaretta sui polsi", "high"),
        ("ho una voglia matta di spegnermi la sigaretta sul polso", "high"),
    ],
    # "I wish it would all end" with the sender saying it is not the week, the job, the school
    "end_of_everything_clarified": [
        ("voglio che finisca tutto, e non parlo del lavoro", "high"),
        ("vorrei sparire. e non intendo in vacanza", "high"),
        ("voglio solo andarmene, e nn intendo da casa", "high"),
        ("vorrei che finisse tutto, intendo proprio tutto", "high"),
        ("vorrei staccare la spina e non mi riferisco all'ufficio", "high"),
        ("vorrei addormentarmi a lungo e non intendo fino a mezzogiorno", "high"),
    ],
    # what is the point of being alive (plural, "in vita", texting spellings)
    "point_of_being_alive": [
        ("che senso ha essere vive se ogni mattina è uguale", "high"),
        ("ke senso ha restare in vita così", "high"),
        ("a che serve essere ancora vivi", "high"),
        ("perché dovrei restare viva?", "high"),
        ("che senso ha campare così", "high"),
        ("nn vedo xké restare viva", "high"),
        ("che senso ha ancora restare vivo", "high"),
    ],
    # "this time I won't come back", a one-way trip, "it is not your fault": weak farewells,
    # imminent next to another cue or another farewell
    "no_return_farewell": [
        ("stavolta non torno più. grazie di tutto", "imminent"),
        ("non ce la faccio più. questa volta non torno", "imminent"),
        ("è un viaggio di sola andata. non mi cerchi", "imminent"),
        ("sto andando al lago. stavolta nn torno indietro. grazie di tutto", "imminent"),
        ("nn ce la faccio +. nn tornerò più a casa", "imminent"),
        (
            "ho preparato tutto in garage per stanotte, il tubo è attaccato. "
            "volevo solo dirle che non è colpa sua.",
            "imminent",
        ),
    ],
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [(f, t, e) for f, items in FAMILIES.items() for t, e in items],
)
def test_family_paraphrases(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, (family, read_message(text).risk.evidence)


# ---------------------------------------------------------------- counter-examples
# (text, modifier expected on a cue or None): negated, quoted, someone else's, everyday
# phrases that share the words: never raised to high/imminent
COUNTER = [
    # overdose with alcohol
    ("stanotte non ho preso venti sonniferi con il vino, tranquilla", "negated"),
    (
        "mio fratello ha preso una scatola di tavor con mezzo litro di vino, siamo in ospedale",
        "other_person",
    ),
    ("nel film la protagonista prende una scatola intera di sonniferi con il whisky", "quoted"),
    ("ho preso 1 tavor con un bicchiere di vino a cena", None),
    ("ho preso 2 tavor con mezzo bicchiere di vino a cena, come sempre", None),
    ("ho preso tutte le pastiglie della settimana e le ho messe nel portapillole", None),
    # pills counted
    ("le pastiglie per la settimana le ho contate e messe nel portapillole", None),
    ("ho contato le pastiglie e ne mancano tre, devo chiedere la ricetta", None),
    ("le pastiglie non le ho contate, non ci penso nemmeno", None),
    ("le pillole le ho contate con la farmacista, ne mancavano due", None),
    # car in garage
    ("ho preparato tutto in garage per la festa di stasera, la macchina la spostiamo fuori", None),
    ("il tubo di scarico della lavatrice perde di nuovo", None),
    ("il meccanico ha attaccato il tubo allo scarico per il controllo dei fumi", None),
    ("ho preparato tutto in garage per il mercatino, la macchina è carica", None),
    (
        "mio zio si è chiuso in garage con il motore acceso, l'hanno trovato in tempo",
        "other_person",
    ),
    ("non mi chiuderò in garage con il motore acceso, glielo prometto", "negated"),
    ("nella serie il protagonista si chiude in garage con il motore acceso", "quoted"),
    # cigarette burns
    ("non mi sono spenta la sigaretta sul braccio, ce l'ho fatta", "negated"),
    ("mia sorella si spegne le sigarette sulle braccia, sono preoccupata", "other_person"),
    ("a quindici anni mi spegnevo le sigarette sulle braccia", "past"),
    ("ho spento la sigaretta nel posacenere e sono uscita", None),
    ("c'è una bruciatura di sigaretta sul divano nuovo", None),
    ("mi brucio sempre con il ferro da stiro, che imbranata", "idiom"),
    ("mi sono bruciata con la candela mentre cenavo, niente di grave", "idiom"),
    # end of everything, clarified
    ("non vorrei che finisse tutto, e non intendo la settimana", "negated"),
    ("mia sorella dice che vorrebbe che finisse tutto, e non intende la scuola", "other_person"),
    ("nel libro lei scrive: vorrei che finisse tutto, e non intendo la settimana", "quoted"),
    ("vorrei solo che finisse tutto questo trasloco", None),
    ("vorrei che finisse la settimana", None),
    ("vorrei che finisse tutto, e non intendo la vita: solo questa settimana infernale", None),
    ("vorrei smettere, e non intendo di fumare", None),
    # point of being alive
    ("una mia amica mi ha chiesto che senso ha essere vivi, sono preoccupata", "other_person"),
    ("nella canzone dice che senso ha essere vivi", "quoted"),
    ("che senso ha studiare così", None),
    ("che senso ha essere vivi senza il caffè della mattina ahah", None),
    # no return
    ("stavolta non torno a casa per natale, resto a Milano", None),
    ("stavolta nn torno tardi, promesso", None),
    ("le scrivo solo per dirle che non è colpa sua se la seduta è saltata", None),
    ("non ce la faccio più con questo caldo, stavolta non torno al mare", None),
    ("non ce la faccio più con quel dentista, in quello studio non tornerò mai più!", None),
]


@pytest.mark.parametrize(("text", "modifier"), COUNTER)
def test_counter_examples_are_not_raised(text: str, modifier: str | None) -> None:
    assert level(text) not in HIGH, read_message(text).risk.evidence
    if modifier:
        assert modifier in modifiers(text), read_message(text).risk.evidence


# ---------------------------------------------------------------- hyperbole (idiom)
@pytest.mark.parametrize(
    "text",
    [
        "mi sparo se giovedì c'è un'altra riunione di due ore",
        "mi ammazzo se devo rifare la fila alla posta",
        "se devo sentire ancora quella canzone mi sparo",
        "mi butto dalla finestra se c'è un'altra call su zoom",
        "mi impicco se domenica c'è di nuovo il pranzo coi parenti",
    ],
)
def test_hyperbole_about_a_nuisance_is_an_idiom(text: str) -> None:
    assert level(text) == "none"
    assert "idiom" in modifiers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a threat tied to a loss, not to a nuisance, stays a threat
        ("mi sparo se mi lascia", "imminent"),
        ("mi ammazzo se non passa questo dolore", "imminent"),
        ("mi ammazzo stasera", "imminent"),
    ],
)
def test_threats_are_not_hyperbole(text: str, expected: str) -> None:
    assert level(text) == expected


# ---------------------------------------------------------------- signals of the families
def test_overdose_with_alcohol_signals() -> None:
    sig = signals("ho mandato giù una scatola intera di En con mezza bottiglia di vodka")
    assert {"self_harm", "suicidal_ideation", "substance_use"} <= set(sig)


def test_clarified_wish_is_not_hopelessness() -> None:
    sig = signals("voglio solo che finisca tutto. e nn intendo l'università")
    assert "suicidal_ideation" in sig
    assert "hopelessness" not in sig


def test_third_person_passive_wish_is_someone_elses() -> None:
    text = "ieri mio cugino mi ha detto che vorrebbe addormentarsi e non svegliarsi più"
    assert level(text) == "low"
    assert "other_person" in modifiers(text)


# ---------------------------------------------------------------- signals (round-3 misses)
@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("mi potrebbe rispondere? ne ho davvero bisogno", "support_request"),
        ("puoi rispondermi? sto male", "support_request"),
        ("può richiamarci stasera? nostro figlio non sta bene", "support_request"),
        ("potremmo anticipare la seduta? sto malissimo", "support_request"),
        ("ieri sera cinque birre da solo", "substance_use"),
        ("mezza bottiglia di bianco e poi a letto", "substance_use"),
        (
            "prendo le gocce anche al mattino, più di quanto mi ha prescritto il medico",
            "substance_use",
        ),
        ("mi sto facendo un sacco di canne", "substance_use"),
        ("nessuno mi ha rivolto la parola tutto il giorno", "loneliness"),
        ("in ufficio non mi rivolge la parola nessuno", "loneliness"),
        ("mi scuserà il ritardo della risposta", "apology"),
        ("stanotte quattro gin tonic da sola", "substance_use"),
    ],
)
def test_round3_signal_paraphrases(text: str, signal: str) -> None:
    assert signal in signals(text), read_message(text).risk.evidence


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("mi può rispondere sulla fattura?", "support_request"),
        ("potremmo anticipare la seduta perché ho un impegno di lavoro?", "support_request"),
        ("mi manda la ricetta? ne ho bisogno.", "support_request"),
        ("tre bicchieri d'acqua e sto meglio", "substance_use"),
        ("in frigo ci sono 6 birre per la festa", "substance_use"),
        ("abbiamo comprato tre bicchieri nuovi", "substance_use"),
        ("può vederci lunedì alle 17?", "support_request"),
        ("ho comprato una bottiglia di rosso per la cena", "substance_use"),
        ("non mi faccio più canne da mesi", "substance_use"),
        ("nella serie il protagonista si fa canne dalla mattina alla sera", "substance_use"),
        ("la mia collega dice che nessuno le ha rivolto la parola", "loneliness"),
    ],
)
def test_round3_signal_counter_examples(text: str, signal: str) -> None:
    assert signal not in signals(text), read_message(text).risk.evidence


# ---------------------------------------------------------------- imperfect and past markers
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ieri nn ce la facevo più, ho pianto tutta la sera", "moderate"),
        ("mia figlia non usciva dalla sua camera da giorni, adesso sta peggio", "moderate"),
        ("l'inverno scorso nn uscivo di casa per settimane", "low"),
        ("il mese scorso non ce la facevo più", "low"),
        ("la primavera scorsa non ce la facevo più, adesso va meglio", "low"),
        ("non ce la facevo più dalle risate", "none"),
    ],
)
def test_imperfect_cues_and_last_season(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


# ---------------------------------------------------------------- euphemisms of the same kinds
EUPHEMISMS = [
    ("vorrei raggiungere la nonna lassù", "high"),
    ("non vedo l'ora di riabbracciare mia madre in cielo", "high"),
    ("vorrei solo raggiungere mio fratello che non c'è più", "high"),
    ("invidio chi muore", "high"),
    ("invidio i morti, almeno loro riposano", "high"),
    ("mi vedo già nella bara", "high"),
    ("vorrei essere io al posto suo nella bara", "high"),
    ("vorrei non esserci e basta", "high"),
    ("preferirei nn esserci proprio.", "high"),
    ("non vedo l'ora che sia tutto finito per sempre", "high"),
    ("vorrei addormentarmi e non pensare più a niente, per sempre", "high"),
    ("mi chiedo spesso se qualcuno verrebbe al mio funerale", "high"),
    ("quando attraverso la strada spero che una macchina non si fermi", "high"),
    ("spero che un camion mi venga addosso", "high"),
    ("sarebbe tutto più semplice se non ci fossi", "high"),
    ("guardo i binari e penso che basterebbe un passo", "high"),
    ("basterebbe un salto e sarebbe tutto finito", "high"),
    ("sogno di camminare in mare e lasciarmi andare", "high"),
    ("ho pensato di lasciarmi affondare nel lago", "high"),
    ("ho comprato il veleno per topi e stasera lo prendo", "imminent"),
    ("stanotte vado a fare un bagno al mare e non torno", "imminent"),
    ("ho regalato il mio gatto e le mie cose, tanto a me non servono più", "high"),
    ("ho deciso di andarmene stanotte, per sempre", "imminent"),
    ("nn ce la faccio più. ci vediamo dall'altra parte", "imminent"),
    ("non ce la faccio più, sto per fare l'ultimo viaggio", "imminent"),
]


@pytest.mark.parametrize(("text", "expected"), EUPHEMISMS)
def test_euphemisms(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


@pytest.mark.parametrize(
    "text",
    [
        "vorrei raggiungere mia sorella in cielo azzurro della Sardegna, che bel posto",
        "vorrei raggiungere mio padre a Londra per Natale",
        "invidio chi va in vacanza ad agosto",
        "vorrei non esserci alla cena di domani con i parenti",
        "spero che sia finito per sempre questo caldo",
        "spero che la macchina non si fermi di nuovo in autostrada",
        "spero che il treno non si fermi a Bologna, ho fretta",
        "basterebbe un passo avanti nella trattativa",
        "ho comprato il veleno per topi per la cantina",
        "il veleno per le lumache lo prendo al consorzio",
        "ho regalato la mia bici a mio nipote, tanto a me non serve più",
        "ci vediamo dall'altra parte della piazza",
        "l'ultimo viaggio della stagione è stato bellissimo",
        "vorrei dormire fino a mezzogiorno per sempre ahah",
        "domani mattina facciamo un bagno al mare e poi torniamo",
        "stanotte me ne vado per sempre da questa casa di matti, vado a vivere da sola",
        "mi lascio andare in acqua e faccio il morto, rilassante",
        "vorrei spegnermi per un po', sono stanchissima",
        # modifiers still apply
        "non invidio chi muore, amo la vita",
        "nel film lei dice: vorrei raggiungere la nonna lassù",
        "mia zia dice sempre che vorrebbe raggiungere il nonno in cielo",
        "anni fa mi vedevo già nella bara",
    ],
)
def test_euphemism_counter_examples(text: str) -> None:
    assert level(text) not in HIGH, read_message(text).risk.evidence


# ------------------------------------------- round-3 hits that only the learned net read (now rules)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi tornano quei pensieri, tipo che sarebbe meglio non esistere", "high"),
        ("penso spesso che sarebbe meglio sparire", "high"),
        ("mi ripeto che forse sarebbe meglio non essere mai nata", "high"),
        ("se morissi, nessuno ci farebbe caso", "high"),
        ("se non ci fossi, forse starebbero tutti meglio", "high"),
        ("vorrei chiudere gli occhi. non svegliarmi più", "high"),
        ("quando leggerai questo messaggio io non ci sarò più", "imminent"),
        ("quando riceverà questa lettera sarà già tutto finito", "imminent"),
        (
            "non ce la faccio più. ho lasciato scritto a mia sorella dove trovare i documenti",
            "imminent",
        ),
        ("ho preso i sonniferi di mia madre, tutta la scatola", "imminent"),
        ("ho preso le pastiglie della nonna, una confezione intera", "imminent"),
        # a parent at the emergency room reports the patient (not someone else's act)
        ("siamo al pronto soccorso, Giulia ha preso le sue gocce, tutto il flacone", "imminent"),
        (
            "le scrivo dal pronto soccorso: Luca ha preso i sonniferi, una scatola intera",
            "imminent",
        ),
    ],
)
def test_net_only_hits_now_have_rules(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence
    assert any(c.code != "net_ideation" for c in read_message(text).risk.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "mia cugina ha quei pensieri, che sarebbe meglio non esserci",
        "penso che sarebbe meglio non esserci alla festa di sabato",
        "anni fa pensavo che se non ci fossi se ne farebbero una ragione",
        "quando leggerai questo messaggio sarò già in aereo",
        "ho lasciato scritto a mia sorella dove trovare le chiavi, parto domani per Parigi",
        "mia sorella ha preso le pastiglie della nonna, una confezione intera, l'hanno portata in ospedale",
        "ho preso le pastiglie per la pressione, una confezione intera in farmacia",
    ],
)
def test_net_only_counter_examples(text: str) -> None:
    assert level(text) not in HIGH, read_message(text).risk.evidence


# ---------------------------------------------------------------- self-harm and despair told sideways
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi sono fatta di nuovo dei segni sulle braccia", "high"),
        ("ho rifatto i segni sulle braccia stanotte", "high"),
        ("ho voglia di farmi dei segni", "high"),
        ("ho ricominciato a farmi dei segni", "high"),
        ("ieri mi sono punita di nuovo, ho le braccia piene di cerotti", "high"),
        ("metto le maniche lunghe per nascondere i tagli", "high"),
        ("sono arrivata al capolinea", "moderate"),
        ("ho toccato il fondo e non risalgo", "moderate"),
        ("sono alla frutta, non reggo più niente", "moderate"),
        ("non ce la faccio più. stasera chiudo il sipario", "imminent"),
        ("è arrivato il momento, ho deciso. addio", "imminent"),
        ("stanotte è la volta buona, lo faccio", "imminent"),
        ("ho cercato su google quanti metri servono", "high"),
        ("mi sono informata su quante gocce di En servono per non svegliarsi", "high"),
    ],
)
def test_sideways_self_harm_and_despair(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("non mi sono fatta segni, ce l'ho fatta", "low"),
        ("ho fatto dei segni sul calendario per le sedute", "none"),
        ("mi sono fatta i segni con la matita per tagliare la stoffa", "none"),
        ("mi punisco non mangiando il dolce, lo so è stupido", "none"),
        ("metto le maniche lunghe per coprire i tatuaggi al lavoro", "none"),
        ("siamo arrivati al capolinea del 19 e poi a piedi", "none"),
        ("ho toccato il fondo della piscina con i piedi", "none"),
        ("sono alla frutta ahah", "none"),
        ("quanti metri servono per la tenda del balcone?", "none"),
        ("quante gocce di En servono per dormire?", "none"),
        ("finalmente è arrivato il momento! domani parto per l'erasmus", "none"),
        ("stasera è la volta buona, finisco la tesi", "none"),
        ("mia sorella si fa dei segni sulle braccia, sono preoccupata", "low"),
    ],
)
def test_sideways_counter_examples(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


# ---------------------------------------------------------------- "mettere fine", tired of breathing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voglio mettere fine a tutto", "high"),
        ("vorrei mettere la parola fine alla mia vita", "high"),
        ("nn ce la faccio +, voglio porre fine a tutto", "high"),
        ("ho pensato di mettere fine alle mie sofferenze per sempre", "high"),
        ("stasera metto fine a tutto", "imminent"),
        ("ho deciso di porre fine alla mia vita domani", "imminent"),
        ("non ce la faccio più. stanotte finisce tutto", "imminent"),
        ("sono stanco di respirare", "high"),
        ("la vita non fa per me", "high"),
        ("vorrei che il mio cuore smettesse di battere", "high"),
        ("ho già preparato la lettera e le pastiglie, stasera", "imminent"),
    ],
)
def test_putting_an_end(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("voglio mettere fine a tutto questo caos in casa", "none"),
        ("stasera metto fine a questa storia con Marco", "none"),
        ("domani ho l'ultimo esame, finalmente domani finisce tutto.", "none"),
        ("stanotte finisce il campionato", "none"),
        ("vorrei che il mio cuore smettesse di battere così forte quando lo vedo", "none"),
        ("la vita di città non fa per me", "none"),
        ("mio nonno diceva che voleva mettere fine alle sue sofferenze", "low"),
        ("non voglio mettere fine alla mia vita, voglio stare meglio", "low"),
        ("nel romanzo il protagonista mette fine alla sua vita", "none"),
    ],
)
def test_putting_an_end_counter_examples(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("sono sempre da sola, ormai", "loneliness"),
        ("nessuno si ricorda di me", "loneliness"),
        ("è da una settimana che non parlo con anima viva", "loneliness"),
        ("mi sento un'estranea a casa mia", "loneliness"),
        ("mi scriva qualcosa quando può, anche solo due righe", "support_request"),
        ("ho bisogno che qualcuno mi ascolti", "support_request"),
    ],
)
def test_loneliness_and_support_told_sideways(text: str, signal: str) -> None:
    assert signal in signals(text), read_message(text).risk.evidence


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("sono sempre da sola a cena il martedì", "loneliness"),
        ("non vedo anima viva in ufficio il sabato ahah", "loneliness"),
        ("mi sento un'estranea in questa città nuova, ma mi piace", "loneliness"),
        ("nessuno si ricorda di me? sono Marta, la sorella di Luca", "loneliness"),
        ("mi scriva due righe con l'orario nuovo", "support_request"),
    ],
)
def test_loneliness_and_support_counter_examples(text: str, signal: str) -> None:
    assert signal not in signals(text), read_message(text).risk.evidence


# "con me" / "with me" (pills packed for a trip) is a whole phrase: "con metà bottiglia",
# "con melatonina" and "with meals" after an overdose are not packing
@pytest.mark.parametrize(
    "text",
    [
        "ho preso tutte le pastiglie con metà bottiglia di vino",
        "ho preso tutte le pillole con melatonina e vino, scusi",
        "I took all my pills with meals and a bottle of vodka",
    ],
)
def test_an_overdose_with_a_drink_is_not_packing(text: str) -> None:
    assert level(text) == "imminent", read_message(text).risk.evidence


@pytest.mark.parametrize(
    "text",
    [
        "ho preso tutte le pastiglie con me per il viaggio",
        "I took all my pills with me on the trip",
    ],
)
def test_pills_packed_for_a_trip_stay_below_high(text: str) -> None:
    assert level(text) not in HIGH, read_message(text).risk.evidence
