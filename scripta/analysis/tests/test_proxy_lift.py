"""A parent or carer reporting what the patient said during a lift (dev-it-1439, read low after the
risk net's retraining for engine 2026.11.24).

A mother wrote to her son's therapist "ieri sera Matteo, mentre lo accompagnavo a calcio, mi ha detto
... che sarebbe meglio non esserci proprio, sparire e basta": no relative named, no "mio figlio", so
is_proxy did not see a parent and the ideation (the learned net's cue) was lowered as someone else's.
The family (context._LIFT_IT, _LIFT_EN): the sender taking, driving, picking up a pronoun ("lo", "la", "him",
"her") to or from a child's place ("lo accompagnavo a calcio", "la riportavo a casa da scuola",
"sono andata a prenderlo in palestra", "while I was driving him to football", "when I picked her
up from school", "on the way back from school she told me"): the report is the patient's state.

Counterparts: a lift given to a colleague, a friend, a neighbour, a sibling (the message names them:
someone else's, low); a parent telling their own everyday thought or the child's idiom during the
lift (no risk read in either).

Found on the way: the Italian "vorrebbe non svegliarsi più" told of someone else had no cue, proxy or
not ("mio figlio mi ha detto che a volte vorrebbe non svegliarsi più" read none); it is the wish of
waking no more in the third person now (lexicon/it.py, beside "addormentarsi e non svegliarsi"), a
parent's report of it the patient's, waking early or at a time not the wish
(test_third_person_wish_not_to_wake_it).

Left: "he'd rather die than lose" told by a parent reads high (the idiom is not seen in the third
person, with "my son" too).

Fictional paraphrases, NOT in the corpus; the corpus item is measured by bench/analysis_eval.py.
"""

from __future__ import annotations

import pytest

from scripta.analysis import context as C
from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    lowered_keeps_its_cue_test,
)
from scripta.analysis.text import fold

# family -> (paraphrases at their level, counterparts below high), each with its level
FAMILIES: Families = {
    # an Italian parent reporting the child's words during a lift; the parent's own everyday thought
    # or the child's idiom during the lift is no risk
    "parent_reports_child_during_lift_it": (
        [
            (
                "Buongiorno dottoressa, ieri mentre lo accompagnavo a calcio Tommaso mi ha detto "
                "che a volte vorrebbe morire. Sono in pensiero.",
                "high",
            ),
            (
                "mentre la riportavo a casa da scuola mi ha confidato che pensa di farla finita",
                "high",
            ),
            (
                "quando sono andato a prenderla in palestra Sofia mi ha detto che vorrebbe sparire per sempre",
                "high",
            ),
            ("l'ho accompagnata a danza e in macchina mi ha detto che vorrebbe ammazzarsi", "high"),
            ("passando a prenderlo dai nonni mi ha detto che vorrebbe morire", "high"),
            (
                "mentre lo portavo all'allenamento mi ha detto che sarebbe meglio non esserci proprio, "
                "sparire e basta",
                "high",
            ),
        ],
        [
            (
                "mentre lo accompagnavo a calcio pensavo che sarebbe meglio non esserci alla riunione "
                "dei genitori, che noia",
                "none",
            ),
            ("mentre la riportavo a casa da scuola le ho detto che sono stanca morta", "none"),
            (
                "mentre lo accompagnavo a calcio mi ha detto che il mister lo ammazza se salta un altro allenamento",
                "none",
            ),
            (
                "mentre la riportavo a casa da scuola mi ha detto che muore dalla voglia di andare al concerto",
                "none",
            ),
            (
                "quando sono andata a prenderla in palestra mi ha detto che vorrebbe sparire per un "
                "weekend al mare con le amiche",
                "none",
            ),
        ],
    ),
    # the same in English; the parent's own thought, the child's idioms are no risk
    "parent_reports_child_during_lift_en": (
        [
            ("While I was driving him to football he told me he wants to die.", "high"),
            ("When I picked her up from school she said she wants to kill herself.", "high"),
            (
                "On the way back from school she told me she's been thinking about ending her life.",
                "high",
            ),
            ("Dropping him off at training this morning he said he'd be better off dead.", "high"),
            (
                "While I was driving him to football he told me that sometimes he thinks it would be "
                "better not to be here at all, just disappear.",
                "high",
            ),
        ],
        [
            (
                "While I was driving him to football I thought how nice it would be to get away to a "
                "spa for a weekend.",
                "none",
            ),
            (
                "While I was driving him to football he told me his coach would kill him if he missed "
                "training again.",
                "none",
            ),
            (
                "When I picked her up from school she told me she's dying to go to the concert.",
                "none",
            ),
            ("On the way back from school she told me the maths test killed her today.", "none"),
        ],
    ),
}

# family -> (someone else's lift: low, its cue kept; the parent's lift: high)
LOWERED: Families = {
    # a lift given to a colleague, a friend, a neighbour, a sibling: someone else's words
    "lift_given_to_someone_else_it": (
        [
            (
                "mentre accompagnavo il mio collega all'aeroporto mi ha detto che vorrebbe morire",
                "low",
            ),
            (
                "mentre accompagnavo la mia amica Sara a danza mi ha detto che vorrebbe morire",
                "low",
            ),
            (
                "mentre lo accompagnavo a calcio il mio amico Luca mi ha detto che vorrebbe morire",
                "low",
            ),
            (
                "mentre accompagnavo in stazione il mio vicino mi ha detto che pensa di farla finita",
                "low",
            ),
            ("mentre accompagnavo mia sorella a scuola mi ha detto che vorrebbe morire", "low"),
            # a pronoun, but a grown-up's place
            ("mentre l'accompagnavo all'aeroporto mi ha detto che vorrebbe morire", "low"),
        ],
        [
            ("mentre lo accompagnavo a calcio mi ha detto che vorrebbe morire", "high"),
            ("mentre la accompagnavo a danza mi ha detto che vorrebbe morire", "high"),
            (
                "quando sono andata a prenderlo in palestra mi ha detto che pensa di farla finita",
                "high",
            ),
            ("mentre la riportavo a casa da scuola Giulia mi ha detto che vorrebbe morire", "high"),
        ],
    ),
    "lift_given_to_someone_else_en": (
        [
            ("While I was driving my colleague to the airport he told me he wants to die.", "low"),
            ("When I picked my mate up from the pub he said he wants to kill himself.", "low"),
            ("On the way back from school my friend told me she wants to die.", "low"),
            ("When I was driving my brother to football he told me he wants to die.", "low"),
            # a pronoun, but a grown-up's place
            ("When I picked him up from the pub he said he wants to kill himself.", "low"),
            (
                "While I was driving my colleague to the airport he told me that sometimes he thinks "
                "it would be better not to be here at all, just disappear.",
                "low",
            ),
        ],
        [
            ("When I was driving him to football he told me he wants to die.", "high"),
            ("Picking him up from swimming he said he wants to kill himself.", "high"),
            ("On the way back from school she told me she wants to die.", "high"),
            ("When I picked her up from dance she said she wants to kill herself.", "high"),
        ],
    ),
}


(
    test_proxy_lift_paraphrase_reads_its_level,
    test_proxy_lift_counterpart_stays_below_high,
    test_proxy_lift_over_reading_stays_below_high,
    test_proxy_lift_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_proxy_lift_over_reading_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(LOWERED)


def test_proxy_lift_family_is_a_proxy_and_its_counterparts_are_not() -> None:
    for _name, (_low, high) in LOWERED.items():
        for text, _lvl in high:
            assert C.is_proxy(fold(text)), text
    for _name, (low, _high) in LOWERED.items():
        for text, _lvl in low:
            assert not C.is_proxy(fold(text)), text


def test_proxy_lift_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


THIRD_PERSON_NOT_WAKING_IT = [
    ("mio figlio mi ha detto che a volte vorrebbe non svegliarsi più", "high"),
    ("mia figlia dice che vorrebbe non svegliarsi più, sono preoccupata", "high"),
    ("nostro figlio ieri sera ha detto che spera di non risvegliarsi", "high"),
    # someone else's (no parent writing): the cue, lowered
    ("Marco dice che vorrebbe non svegliarsi più", "low"),
    # waking early or at a time is not the wish
    ("mio figlio vorrebbe non svegliarsi presto la domenica", "none"),
    ("mia figlia vorrebbe non svegliarsi alle sei per la scuola", "none"),
    ("mio marito spera di non svegliarsi tardi domani per il treno", "none"),
]


@pytest.mark.parametrize(("text", "expected"), THIRD_PERSON_NOT_WAKING_IT)
def test_third_person_wish_not_to_wake_it(text: str, expected: str) -> None:
    reading = read_message(text)
    assert reading.risk.level == expected, [
        (c.code, c.level, c.modifiers) for c in reading.risk.evidence
    ]
