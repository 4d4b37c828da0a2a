"""Families behind the dev corpus's valence_shift misreadings (emoticons against their words).

Misses: "everything is fine, totally fine :(" ("fine" is good words in English; the Italian
"fine", an end, "alla fine", "fine settimana", and a fine to pay are neutral); "30 e lode" under a
crying face (the top mark is good news); a smile after words and the sender's signature ("...
when you kept checking the clock. Nico :)": the signature is not the words the smile goes with;
annoyance is irritation, not masked distress; loud sobbing 😭 over good news is overwhelmed
joy, not masked distress); calm over a plan ("💊💊 counted. Not scared
anymore 🙂": a fear denied right after a current cue is the plan's calm, not good news).
Over-readings: a heart that goes with affection or a greeting ("tvb cmq ❤️", "volevo solo
salutarti ❤️", "ciao ❤️") after a risk cue is the greeting's warmth (like the heart of thanks);
a sad face after a cue whose words are good ones ("i miei figli starebbero meglio senza di me
😢": "meglio" inside the cue is not good news).

Left: dark hyperbole with a laughing emoji (walking into the sea over a meeting, "want to kms
😂", "giuro mi butto dal balcone 😂😂", driving someone "off a cliff", "mi volevo sotterrare")
is labelled a shift in some dev messages and not in others with the same shape ("giuro che mi
butto dalla finestra 😂 scherzo eh", "this commute will be the death of me 😂", "mia madre mi
uccide 😂"): label doubts, not read; drinking alone "to switch the head off 😂"; a title with a
dark word ("Dead Poets Society 😄"); the warm part of a grief message ("the kitchen smelled right
❤️"); gym bruises with 💪; crying with laughter after an idiom ("sono morta dal ridere, ho pianto
😂😂"); a turn to a grade ("invece 27! 😂"); "non me ne fregava niente 😊" (not caring as
freedom). All but the label doubts are fixed as families in test_valence_shift_round19.py. All
the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import SignalFamilies, signal_family_tests

SIGNAL_FAMILIES: SignalFamilies = {
    # good words in English under a sad face
    "fine_under_a_sad_face": (
        "valence_shift",
        [
            "honestly everything is fine, totally fine :(",
            "I'm fine. really, I'm fine :(",
            "all fine here, don't worry about me 😞",
            "work is fine, home is fine, it's all fine 😔",
        ],
        [
            "honestly everything is fine, totally fine :)",
            "got a parking fine outside the clinic today :(",
            "alla fine il treno è stato cancellato :(",
            "e con questo fine, domani si ricomincia :(",
            "ci vediamo dopo il fine settimana, sono stanca :(",
        ],
    ),
    # the top mark of an Italian exam under a crying face
    "top_mark_under_tears": (
        "valence_shift",
        [
            "Ho preso 30 e lode all'orale di anatomia 😭",
            "30 e lode in diritto privato 😭😭",
            "mi hanno dato la lode alla tesi 😭",
        ],
        [
            "Ho preso 30 e lode all'orale di anatomia 😄",
            "30 e lode in diritto privato 🎉",
            "bocciata all'orale di anatomia 😭",
        ],
    ),
    # a fear denied right after a current plan: the plan's calm
    "calm_over_a_plan": (
        "valence_shift",
        [
            "I've been saving my tablets for weeks and tonight I'm going to take them all. Not scared anymore 🙂",
            "ho deciso di farla finita stanotte. non ho più paura 🙂",
        ],
        [
            "Dentist at 9 tomorrow. Not scared anymore 🙂",
            "domani ho l'esame. non ho più paura 🙂",
            "Spoke to my GP about the tablets. Not scared anymore 🙂",
        ],
    ),
}

(
    test_valence_shift_dev_signal_family_raises_its_signal,
    test_valence_shift_dev_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)


def _shift(text: str, names: tuple[str, ...] = ()) -> bool:
    return "valence_shift" in read_message(text, sender_names=names).signal_codes()


# the sender's signature between the words and the emoticon: (text, names, shift)
SIGNATURES = [
    ("You really annoyed me on Friday when you were late again. Tom :)", ("Tom", "T."), True),
    ("Ho passato una settimana orribile. Giulia :)", ("Giulia",), True),
    ("Had a lovely week at my sister's. Tom :)", ("Tom", "T."), False),
    ("Ho passato una settimana orribile. Giulia :(", ("Giulia",), False),
]


@pytest.mark.parametrize(("text", "names", "shift"), SIGNATURES)
def test_signature_is_not_the_words(text: str, names: tuple[str, ...], shift: bool) -> None:
    assert _shift(text, names) is shift, read_message(text, sender_names=names)


def test_sobbing_over_good_news_is_not_masked_distress() -> None:
    reading = read_message("Ho preso 30 e lode all'orale di anatomia 😭")
    assert "valence_shift" in reading.signal_codes()
    assert reading.risk.level == "none"
    # a sad face over good words is still read as masked distress
    assert read_message("honestly everything is fine, totally fine :(").risk.level == "low"


def test_annoyance_under_a_smile_is_not_masked_distress() -> None:
    reading = read_message("You really annoyed me last week :)")
    assert "valence_shift" in reading.signal_codes()
    assert reading.risk.level == "none"


# a heart with affection or a greeting after a cue: no shift; a heart right after the cue: shift
HEARTS = [
    ("vorrei solo sparire e non svegliarmi più. tvb cmq ❤️", False),
    ("sono in macchina verso il mare, non rispondere, volevo solo salutarti ❤️", False),
    ("stasera la faccio finita, ho lasciato le lettere sul tavolo. ciao ❤️", False),
    ("I want to die tonight. love you ❤️", False),
    ("vorrei solo sparire e non svegliarmi più ❤️", True),
    ("I want to die tonight ❤️", True),
]


@pytest.mark.parametrize(("text", "shift"), HEARTS)
def test_heart_of_a_greeting(text: str, shift: bool) -> None:
    assert _shift(text) is shift, read_message(text)


# a sad face after a cue whose words are good ones: no shift; good news under it: shift
CUE_WORDS = [
    ("ci ho pensato tutta la notte, i miei figli starebbero meglio senza di me 😢", False),
    ("everyone would be better off without me :(", False),
    ("oggi sto molto meglio, davvero 😢", True),
    ("I passed my driving test, so happy :(", True),
]


@pytest.mark.parametrize(("text", "shift"), CUE_WORDS)
def test_good_words_of_a_cue_under_a_sad_face(text: str, shift: bool) -> None:
    assert _shift(text) is shift, read_message(text)
