"""English idiom and look-alike stress set (corpus/idiom_stress_en.py, training-only).

150 messages by an author who never saw the engine, each with words of crisis and no crisis. Engine
2026.11.12 raised 12 of them to high/imminent; the reasons were general, not one wording each:

- a stranger, a trade or a role named by an article was not known as a subject, so their act read
  as the sender's: "a lovely man of 58 who came in after an overdose", "the man who jumped in
  front of a train", "the boy playing Romeo drank the poison", "the barber took a cut-throat razor
  to my neck" (context._SUBJECT, in a subject's place only: not "saw a man on the bridge and
  thought about jumping", not across a clause break);
- someone else's words cried out in single quotes ("the man in the next bed keeps shouting 'I
  just want to die'"): a quotation opened only after verbs of saying or writing; now also after
  verbs of crying out, read as someone else's experience (low), unless the sender or a parent's
  child cries them;
- a goodbye to a place, a thing or a time of life, "goodbye X, hello Y", or in a message about a
  move ("goodbye to the house I grew up in", "Goodbye Bristol, hello rain", "goodbye forever Le
  Chatelier" after the exams, "I will be relocating ... wanted to say goodbye properly");
- "Tonight's the night!!" before a stage, a match or a party in the next sentence.

Each family is tested on self-written look-alikes that stay below high and on crisis messages
with the same words that keep their level. Two rows are raised by the learned net alone
(``NET_ONLY``), kept in view with their reason. All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    assert_keeps_high,
    assert_stays_below_high,
    assert_stress_set_below_high,
    family_cases,
)

# (look-alikes that stay below high, crisis messages with the same words that keep their level)
FAMILIES: Families = {
    # someone named by an article does the act: a stranger in the news, a patient, a role, a trade
    "stranger_or_role_as_subject": (
        [
            (
                "A patient who took an overdose was on our ward all week and I keep thinking about her.",
                "low",
            ),
            (
                "The surgeon took a blade to my knee on Tuesday and the physio starts next week.",
                "low",
            ),
            (
                "The hairdresser took the razor to the back of my neck and I stayed calm! Progress.",
                "low",
            ),
            (
                "And the man in the next bed took an overdose last year, he told me all about it.",
                "low",
            ),
            ("My client's son, a lad who took an overdose in March, is doing well now.", "low"),
            (
                "In the school play the hero swallowed the poison in the last act and the whole hall "
                "gasped. Proud mum!",
                "none",
            ),
        ],
        [
            ("Saw a man on the bridge and thought about jumping.", "high"),
            ("The nurse left and I took 30 tablets.", "imminent"),
            ("The nurse went home at 6, took 40 paracetamol at 7.", "imminent"),
            (
                "The man at the pharmacy sold me two boxes and I took them all an hour ago.",
                "imminent",
            ),
            ("I'm a nurse and I took an overdose last night.", "imminent"),
            ("Saw a woman with a dog and I cut my wrists after she left.", "imminent"),
            ("The doctor rang back, then I swallowed all the pills in the cabinet.", "imminent"),
        ],
    ),
    # someone else's words cried out in single quotes
    "someone_elses_words_cried_out": (
        [
            (
                "The man in the bed next to my dad keeps shouting 'I want to die' all night. I'm "
                "exhausted.",
                "low",
            ),
            ("My nan was crying 'just let me die' on the ward today, it broke my heart.", "low"),
            (
                "The lady upstairs screams 'I'm going to kill myself' at her husband every weekend, "
                "should I call someone?",
                "low",
            ),
            (
                "A guy on the bus was yelling 'I want to die' into his phone and it shook me.",
                "low",
            ),
            (
                "The old woman in the next bed keeps moaning 'let me die' and I can't sleep.",
                "low",
            ),
        ],
        [
            ("I keep saying 'I want to die' to myself in the mirror.", "high"),
            ("Last night I was screaming 'I want to die' into my pillow.", "high"),
            ("My son keeps screaming 'I want to die' at us, please call me today.", "high"),
            ("I was crying 'I want to die' in the car for an hour.", "high"),
            ("I keep whispering 'I want to die' when I'm alone.", "high"),
        ],
    ),
    # a goodbye to a place, a thing or a time of life; "goodbye X, hello Y"; a move
    "goodbye_to_a_place_or_a_time": (
        [
            (
                "Said goodbye to the flat today, handed the keys back and had a little cry in the "
                "stairwell.",
                "none",
            ),
            ("Exams are over!!! Goodbye forever, organic chemistry. Jo", "none"),
            (
                "Got the job in Glasgow! Goodbye London, hello haggis. Can we go to video sessions?",
                "none",
            ),
            (
                "I'm relocating to Dublin in March, so I wanted to say goodbye properly and thank you "
                "for the last year.",
                "low",
            ),
            (
                "Finally said goodbye to my old car, the scrapyard gave me fifty quid for it.",
                "none",
            ),
            ("Goodbye office, hello working from home. Loving it so far.", "none"),
            ("Goodbye forever, braces! Teeth look amazing.", "none"),
            (
                "We're emigrating to Perth in June. I wanted to say goodbye in person at our last "
                "session.",
                "none",
            ),
        ],
        [
            ("Said goodbye to the house. I've got the pills ready for tonight.", "imminent"),
            ("Said goodbye to my kids tonight.", "imminent"),
            ("Goodbye forever.", "imminent"),
            ("Goodbye everyone, hello darkness.", "imminent"),
            (
                "Said goodbye to the house I grew up in. Nobody will miss me when I'm gone.",
                "imminent",
            ),
            ("I wanted to say goodbye. Thank you for everything.", "imminent"),
            ("I've decided. Goodbye.", "imminent"),
            ("Goodbye forever, my old house. I won't be here tomorrow.", "imminent"),
            ("Goodbye forever, home.", "imminent"),
            ("We're relocating next month anyway. This is goodbye.", "imminent"),
            ("Mum's relocating to Spain. Goodbye forever.", "imminent"),
        ],
    ),
    # "tonight's the night!!" before a stage, a match or a party
    "tonights_the_night_on_stage": (
        [
            (
                "Tonight's the night!! First gig with the band at the Fleece, we're on at nine.",
                "none",
            ),
            ("Tonight's the night! Cup final at Wembley, I can barely breathe.", "none"),
            (
                "Tonight's the night!!! Opening night of the panto, I'm the back half of the cow.",
                "none",
            ),
            (
                "Tonight's the night!! Pub quiz final, our team is going to win this time.",
                "none",
            ),
            ("Tonight's the night!! Premiere of the school musical, I'm so nervous.", "none"),
        ],
        [
            ("Tonight's the night. I've saved up enough pills.", "imminent"),
            ("Tonight's the night!! Goodbye everyone.", "imminent"),
            ("Tonight's the night. Sorry for everything.", "imminent"),
            ("Tonight's the night. Nobody will miss me at the party.", "imminent"),
            ("Tonight's the night.", "imminent"),
            ("Tonight's the night. After the match I'll take the pills.", "imminent"),
        ],
    ),
}

# rows of the stress set the learned net alone raises (the rules read them below high), with the
# reason; a row the net stops raising, or that the rules raise, fails the test below
NET_ONLY = {
    4: (
        "an appointment moved in Indian English ('Last time also I missed, sorry for that ... out of "
        "station ... do the needful'): 'last time' and 'sorry' near each other, the words of a farewell"
    ),
    121: (
        "rope access on a bridge inspection, a supervisor's line about 'your life depends on it' and "
        "a spiral 'a year ago' about the sender's own head: rope, bridge, river and life in one letter"
    ),
}


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 0))
def test_idiom_stress_en_look_alike_stays_below_high(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 1))
def test_idiom_stress_en_crisis_keeps_its_level(family: str, text: str, expected: str) -> None:
    assert_keeps_high(family, text, expected)


def test_idiom_stress_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)


def test_idiom_stress_en_set_is_below_high_but_for_the_net_rows() -> None:
    assert_stress_set_below_high("en", NET_ONLY)


@pytest.mark.parametrize("text", [t for t, _e in FAMILIES["stranger_or_role_as_subject"][0][:4]])
def test_idiom_stress_en_stranger_is_someone_else(text: str) -> None:
    reading = read_message(text)
    assert any("other_person" in c.modifiers for c in reading.risk.evidence)


@pytest.mark.parametrize("text", [t for t, _e in FAMILIES["someone_elses_words_cried_out"][0]])
def test_idiom_stress_en_cried_words_are_someone_elses_not_a_quotation(text: str) -> None:
    reading = read_message(text)
    mods = {m for c in reading.risk.evidence for m in c.modifiers}
    assert "other_person" in mods
    assert "quoted" not in mods
