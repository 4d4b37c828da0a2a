"""Italian rule families behind the misses and false alarms of blind round 4.

Each family is tested on fictional paraphrases that are NOT in the corpus (other tenses, persons,
places, means, spellings without accents, texting forms such as "nn", "xke", "cmq"), and on
counter-examples sharing the words but not the risk (negated, quoted, someone else's, past,
hypothetical, everyday) that must stay below high. The corpus items themselves are measured by
bench/analysis_eval.py; these tests keep the families general.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import HIGH, level, modifiers

# ---------------------------------------------------------------------------- families
# (text, expected level): paraphrases that must be read at that level
FAMILIES = {
    # a parent signing "mamma di X" without the article, or the family writing as "we" ("ci può
    # chiamare?", "siamo preoccupati") about a child named by first name: the patient's state
    "parent_reports_named_child": [
        (
            "Buongiorno, Sofia ha scritto a un'amica che vuole morire. "
            "Ci può chiamare oggi? Laura, mamma di Sofia",
            "high",
        ),
        ("Tommaso si taglia di nuovo le braccia. Stefano (papà di Tommaso)", "high"),
        (
            "ho trovato del sangue sulle lenzuola di Nicolo, ha ammesso che si taglia. "
            "siamo spaventati, ci chiami appena puo",
            "high",
        ),
        ("dottoressa ci puo richiamare? Irene ha detto ke vuole farla finita", "high"),
        ("cmq Giada ieri ha detto che vorrebbe morire, siamo molto preoccupati", "high"),
        ("Davide dice che pensa di ammazzarsi. può vederlo domani? la mamma", "high"),
    ],
    # pills taken, then the ambulance or the emergency room: an overdose, whatever the quantity
    "pills_taken_emergency": [
        ("ho preso le gocce di mia madre, sto andando al pronto soccorso", "imminent"),
        ("Luca ha ingoiato i sonniferi del padre, l'ambulanza sta arrivando", "imminent"),
        ("siamo in pronto soccorso, Chiara ha buttato giù le pastiglie del nonno", "imminent"),
        ("abbiamo chiamato il 118, Matteo si è preso i farmaci della zia", "imminent"),
        (
            "mi richiami subito!!! giada ha preso le pastiglie x dormire, siamo in ambulanza",
            "imminent",
        ),
        ("ha preso le pillole della sorella, adesso le fanno la lavanda gastrica", "imminent"),
    ],
    # indifference to dying by accident: "se una macchina mi prende, pazienza", not looking when
    # crossing (the "se" and the "non" carry the risk)
    "indifference_to_an_accident": [
        ("se un camion mi mette sotto, amen", "high"),
        ("se stanotte nn mi sveglio pazienza", "high"),
        ("se morissi domani chi se ne frega", "high"),
        ("attraverso la strada senza guardare e vada come vada", "high"),
        ("quando attraverso ormai non guardo più", "high"),
        ("se il treno mi prende in pieno, tanto meglio", "high"),
        ("ormai nn guardo + quando attraverso", "high"),
        ("se una macchina mi investisse non mi dispiacerebbe", "high"),
    ],
    # a time, then the way to a place to jump from, told with its road or town
    "jump_place_with_a_time": [
        ("all'alba salgo sul cavalcavia dell'autostrada.", "imminent"),
        ("stanotte vado ai binari della stazione vecchia", "imminent"),
        ("ho deciso. domattina vado sul viadotto, non mi cercate", "imminent"),
        ("sto andando al viadotto di corso Francia. addio", "imminent"),
        ("tra poco vado sul cornicione del palazzo.", "imminent"),
        ("sto andando al viadotto di corso Francia.", "high"),
    ],
    # keys, pets or papers handed over with a letter (a weak farewell) next to a goodbye or a cue
    "affairs_handed_over_with_a_letter": [
        ("ho lasciato le chiavi a mio fratello con una lettera. volevo solo salutarti", "imminent"),
        (
            "il gatto l'ho affidato alla vicina insieme a un biglietto. volevo salutarla 💙",
            "imminent",
        ),
        ("nn ce la faccio +. le chiavi le ho date a mia madre con una lettera", "imminent"),
        ("i documenti li ho lasciati a Paolo con due righe. volevo solo salutarti 🙂", "imminent"),
        (
            "guido verso il mare. ho lasciato a Marta il cane e una lettera. volevo salutarti.",
            "imminent",
        ),
    ],
    # the cinema and the emergency room change nothing for the sender's own current cue
    "own_cue_near_the_new_contexts": [
        ("stasera al cineforum ho pensato di nuovo di farla finita", "high"),
        ("dopo la seduta di ieri mi sono tagliata di nuovo", "high"),
        ("dopo la seduta di ieri ho pensato tutta la notte di farla finita", "high"),
        ("ieri ho ripensato a quando stavo bene e stanotte mi sono tagliata", "high"),
        ("ricordo quando stavo bene. adesso voglio solo morire", "high"),
    ],
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [(f, t, e) for f, items in FAMILIES.items() for t, e in items],
)
def test_family_paraphrases(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, (family, read_message(text).risk.evidence)


# ---------------------------------------------------------------- counter-examples
# (text, modifier expected on a cue or None): never raised to high/imminent
COUNTER = [
    # parent reports: someone else than the child is the subject, negated, quoted, past, practical
    (
        "la cugina di Aurora le ha detto che vorrebbe morire, siamo molto preoccupati. "
        "Paola (mamma di Aurora)",
        "other_person",
    ),
    ("mia sorella si taglia di nuovo, siamo preoccupati, ci può chiamare?", "other_person"),
    (
        "un amico di Luca dice che vuole farla finita, ci può chiamare? Anna, mamma di Luca",
        "other_person",
    ),
    (
        "Sofia ha detto che non vuole morire, ha solo paura. siamo preoccupati, ci può chiamare?",
        "negated",
    ),
    (
        "Tommaso ha visto un film in cui il protagonista si taglia, ci può chiamare? "
        "Marco (papà di Tommaso)",
        "quoted",
    ),
    ("anni fa Giada si tagliava, ora sta bene. Stefano, papà di Giada", "past"),
    ("ci può chiamare per spostare la seduta di Giada? Stefano, papà di Giada", None),
    (
        "se mai Giada dicesse che vuole morire, cosa facciamo? Stefano, papà di Giada",
        "hypothetical",
    ),
    # pills and the emergency room
    (
        "ho preso le pastiglie della nonna in farmacia, poi siamo al pronto soccorso per la visita di papà",
        None,
    ),
    ("mio fratello ha preso i farmaci di mia madre, siamo in ambulanza", "other_person"),
    (
        "nella serie lei ha preso le pastiglie della madre e l'hanno portata al pronto soccorso",
        "quoted",
    ),
    (
        "non ho preso le pastiglie della nonna, siamo al pronto soccorso per la sua caviglia",
        "negated",
    ),
    ("ho preso le pastiglie come da ricetta, sono al pronto soccorso per gli esami", None),
    ("anni fa ho preso le pastiglie di mia madre e mi hanno portata al pronto soccorso", "past"),
    # accidents and crossing the road
    ("se la macchina non parte, pazienza, prendo il bus", None),
    ("quando attraverso non guardo più il telefono, come mi ha detto lei", None),
    ("se muoio dal ridere pazienza", None),
    ("mia sorella dice: se una macchina mi prende, pazienza", "other_person"),
    ("nel libro il protagonista pensa: se un treno mi prende, tanto meglio", "quoted"),
    ("se un camion mi mette sotto la macchina nuova, pazienza, c'è l'assicurazione", None),
    ("a vent'anni quando attraversavo non guardavo più", None),
    (
        "se mai mi venisse da pensare che se una macchina mi prende pazienza, chi devo chiamare?",
        "hypothetical",
    ),
    ("non è vero che se una macchina mi prende pazienza, ci tengo a vivere", "negated"),
    # places to jump from
    ("domani vado sul tetto, c'è da sistemare l'antenna", None),
    ("domattina vado al viadotto per il sopralluogo con i colleghi", None),
    ("stasera vado al viadotto a fotografare il tramonto", None),
    ("non vado al viadotto stanotte, resto a casa con mia sorella", "negated"),
    ("nel film lui dice: stanotte vado ai binari", "quoted"),
    ("domani salgo sul tetto della casa al mare con mio padre", None),
    ("e se domattina andassi al viadotto della tangenziale?", None),
    # keys and letters
    (
        "ho lasciato le chiavi alla vicina con un biglietto per il corriere. volevo solo salutarti",
        None,
    ),
    (
        "le chiavi le ho lasciate a mia sorella con un biglietto, torno domenica. volevo solo salutarti 🙂",
        None,
    ),
    ("ho lasciato le chiavi a mia sorella con una lettera", None),
    ("nel romanzo lei lascia le chiavi alla sorella con una lettera e la saluta", None),
    ("mia madre ha lasciato le chiavi a mia zia con una lettera, volevo solo salutarti", None),
    ("e se un giorno lasciassi le chiavi a mia sorella con una lettera?", None),
]


@pytest.mark.parametrize(("text", "modifier"), COUNTER)
def test_counter_examples_are_not_raised(text: str, modifier: str | None) -> None:
    assert level(text) not in HIGH, read_message(text).risk.evidence
    if modifier:
        assert modifier in modifiers(text), read_message(text).risk.evidence


# ---------------------------------------------------------------- false alarms of round 4
# a film, a show or a book on at the cinema or on tv: its title is not the sender's cue
@pytest.mark.parametrize(
    "text",
    [
        "al cinema danno 'Suicide Room', ci vado con Marta",
        "stasera in tv danno 'Il suicidio di Lucrezia', lo guarda?",
        "giovedì proiettano al cineforum 'Le vergini suicide', vengo dopo la seduta",
        "su netflix c'è 'Tredici', parla di suicidio, lei lo conosce?",
        "al teatro fanno 'Voglio morire a Venezia', una commedia",
        "al cineforum hanno proiettato un documentario sul suicidio giovanile, molto forte",
    ],
)
def test_a_title_on_screen_is_not_a_cue(text: str) -> None:
    assert level(text) == "none", read_message(text).risk.evidence
    assert modifiers(text) & {"quoted", "idiom"}, read_message(text).risk.evidence


# an old act or old thoughts recalled after a session: the past, at low, even with "ieri"
@pytest.mark.parametrize(
    "text",
    [
        "dopo la seduta di stamattina ho ripensato a quando a trent'anni ho preso tutte le pastiglie",
        "ieri sera ho ripensato a quando a 16 anni mi tagliavo",
        "ieri in seduta abbiamo parlato di quando volevo morire",
        "mi è tornato in mente quando a vent'anni ho provato a buttarmi dal ponte, ne parliamo giovedì",
        "a ventanni ho tentato di impiccarmi, ora sto bene",
        "cmq dopo la seduta di ieri ho ripensato a quando volevo farla finita",
    ],
)
def test_a_past_act_recalled_after_a_session_is_past(text: str) -> None:
    assert level(text) == "low", read_message(text).risk.evidence
    assert "past" in modifiers(text)
