"""English families behind the misreadings of the seen round-12 texts (spent into dev, never tuned on).

Two misses, read for their reasons rather than their words: the point of "still breathing" questioned with
the self named ("what is the point of me still breathing"), and an overdose of "most of" a box, told by a
partner from A&E ("She swallowed most of a box of paracetamol, maybe twenty"). Imminent messages read high
for want of their weak farewells (each alone everyday, two together a farewell): at a height told without a
subject ("on the roof level of the multistorey"), a goodbye said "properly", not wanting the therapist to
hear it "from the news", not to be talked out of it or stopped, "nothing keeping me here", the passwords in
an envelope for the family, "you did more than anyone could have"; and "tonight I finish with this".
Over-readings: tablets gathered and packed with a passport for a trip; "the night I go over" a speech (an
object that is not an edge); the last time heard from "as your client" (a move to another clinic); a blade
sat with, denied by the progressive before the place ("havent been sitting on the bathroom floor with the
blade"); "the night I go over" denied, or told "two years ago tonight" (an anniversary is not a recent
time). Self-harm told by its outcome on the skin (a signal family, read high): arms scratched raw, water or
heat held on the wrist till it blisters, a fist put through a wall till the knuckles split. Each family is
tested on self-written paraphrases that are not in the corpus and on texts that share the words but not the
reading: for the risk families, counterparts that must stay below high; for the over-readings, the risk
versions that must keep their level (recall comes first). All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    level,
    lowered_keeps_its_cue_test,
    signal_family_tests,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    "the_point_of_still_breathing": (
        [
            ("what's the point of me still breathing when nothing ever changes", "high"),
            ("Honestly what is the point in me still breathing, I'm just a drain.", "high"),
            ("whats the point of me breathing anymore tbh", "high"),
            ("What is the point of me taking up space like this, every day is the same.", "high"),
        ],
        [
            (
                "What's the point of me breathing through the contractions if they give me the epidural anyway lol",
                "moderate",
            ),
            (
                "What's the point of me breathing into a paper bag if the panic comes anyway?",
                "moderate",
            ),
            ("The midwife asked what the point of me breathing slowly was, I had no idea.", "none"),
            (
                "what is the point of me still breathing exercises if the yoga teacher skips them",
                "moderate",
            ),
        ],
    ),
    "an_overdose_of_most_of_a_box": (
        [
            (
                "This is Tom, Ellie's husband. She swallowed most of a box of sertraline about an hour ago, we're in A&E now.",
                "imminent",
            ),
            ("I took most of a bottle of my diazepam after dinner. I'm so tired.", "imminent"),
            (
                "It's Mum here, Jade's mum. She's swallowed nearly all of a packet of co-codamol, the ambulance is on its way.",
                "imminent",
            ),
            (
                "swallowed more than half a box of my zopiclone, everything is going fuzzy",
                "imminent",
            ),
        ],
        [
            (
                "I took most of a box of paracetamol over the week for my back, it's finally easing.",
                "none",
            ),
            (
                "He swallowed most of a packet of vitamins by mistake, the pharmacist says it's fine.",
                "none",
            ),
            ("My flatmate took most of a box of paracetamol last year, she's fine now.", "low"),
            (
                "Took most of the box of ibuprofen for the flu this week, finally feeling human.",
                "none",
            ),
        ],
    ),
    "weak_farewells_of_the_arrangements": (
        [
            (
                "up on the top deck of the car park at the retail park, windy. wanted to say goodbye properly to someone.",
                "imminent",
            ),
            (
                "Budgie's gone to the rescue, and there's nothing keeping me here after Friday. Please know none of this is your fault.",
                "imminent",
            ),
            (
                "Rifle's loaded, on the bed. Not asking to be talked out of it, just didn't want you to hear it from the police.",
                "imminent",
            ),
            (
                "Decided on Sunday. The passwords are all in an envelope for my husband. You did more than anyone could have.",
                "imminent",
            ),
            ("I keep the pills since one month. Tonight I end with all this.", "imminent"),
            ("Tonight I finish with it. Thank you for everything.", "imminent"),
        ],
        [
            ("on the top floor of the car park, cant find the car lol", "none"),
            ("I'm quitting the band, not looking to be talked out of it.", "none"),
            (
                "There's nothing keeping me here in Leeds now the job's gone, might move to Bristol.",
                "none",
            ),
            ("Tonight I finish with this essay finally.", "none"),
            ("Didn't want you hearing it from the news, the shop is closing in March.", "none"),
            ("Thanks for covering my shift, you did more than anyone could have asked.", "none"),
            (
                "The passwords are in an envelope for my sister while I'm in hospital for the knee op.",
                "none",
            ),
        ],
    ),
}
# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    "tablets_packed_with_a_passport_for_a_trip": (
        [
            (
                "I've collected all my tablets for the month, they're packed in my wash bag with my passport for the flight to Lagos on Friday.",
                "none",
            ),
            (
                "Gathered up all my sleeping pills and packed them in my suitcase for the trip to Krakow, back on the 12th.",
                "none",
            ),
            (
                "Counted all my meds for the fortnight, packed in the case with the travel adapters for the holiday. I'll miss two sessions.",
                "none",
            ),
            (
                "Saved all my tablets from two refills, packed them in the hand luggage with the passports for the journey home to Accra.",
                "none",
            ),
        ],
        [
            (
                "I have gathered all my tablets, 84 of them, they are packed in an envelope with a letter for my wife. Tonight after she sleeps I will take them all.",
                "imminent",
            ),
            (
                "Gathered all my tablets and packed them for the trip. I won't be coming back. Goodbye.",
                "imminent",
            ),
            ("I've gathered all my tablets, 90 of them. Tonight after the kids sleep.", "imminent"),
            ("Counted all my sleeping pills, they're lined up on the bed.", "imminent"),
        ],
    ),
    "the_night_to_go_over_a_speech": (
        [
            (
                "Tonight's the night I go over my notes for the interview one last time, wish me luck.",
                "none",
            ),
            ("Tomorrow is the day I go through the whole presentation with my boss.", "none"),
            ("Tonight is the night I run over my lines before the opening, terrified.", "none"),
            (
                "Sat in the car park at the cliff top with a coffee, tonight's the night I go over the vows one last time.",
                "none",
            ),
        ],
        [
            ("Tonight's the night I go over the edge. Thanks for everything.", "imminent"),
            ("Parked by the viaduct. Tonight's the night I go over.", "imminent"),
            ("I'm on the bridge. Tonight is the night I jump.", "imminent"),
            ("Sat in the car at the quarry. This is the night I jump.", "imminent"),
        ],
    ),
    "the_last_time_heard_from_as_a_client": (
        [
            (
                "This is the last time you'll hear from me as your patient, the practice in Leeds takes over from Monday. Thank you for everything!",
                "none",
            ),
            (
                "This is the last time you will hear from me as your client, I've been discharged to my GP. Please don't blame yourself for the wait.",
                "none",
            ),
            (
                "Last time you'll hear from me as your client, the new therapist has my notes. Thanks for the two years.",
                "none",
            ),
            (
                "So this is the last time you'll ever hear from me as a patient, off to uni in Glasgow next week!",
                "none",
            ),
        ],
        [
            (
                "It's the last time you'll hear from me as your client, because I won't be here tomorrow. Goodbye.",
                "imminent",
            ),
            ("This is the last time you'll hear from me. Please don't blame yourself.", "imminent"),
            ("This is the last time you'll hear from me. The pills are counted.", "imminent"),
            ("Last time you will hear from me. Thank you for trying with me.", "imminent"),
        ],
    ),
    "a_blade_sat_with_denied_before_the_place": (
        [
            (
                "Haven't been sitting in the bath with the razor this week, first time in ages.",
                "low",
            ),
            (
                "havent been locked in the bathroom with the blade since sunday, proud of myself",
                "low",
            ),
            ("I haven't been up all night with the blade this week.", "low"),
            (
                "She hasn't been sitting in her room with the blades since the new meds, fingers crossed.",
                "low",
            ),
        ],
        [
            ("I've been sitting on the bathroom floor with the razor again", "high"),
            (
                "Haven't been to school all week. Sitting on the bathroom floor with the blade again tonight.",
                "high",
            ),
            ("haven't been sleeping, sat on the floor with the blade again", "high"),
            ("been sat in the bath with the razor for an hour, the itch is so loud", "high"),
        ],
    ),
    "the_night_to_go_over_denied_or_long_past": (
        [
            ("Tonight's not the night I jump. Driving home now.", "low"),
            (
                "Three years ago tonight I stood on the bridge, sure it was the night I'd jump. I'm glad I didn't.",
                "low",
            ),
            (
                "Sat at the lookout, engine off. Tonight's not the night I go over, and I'm not going to. Heading home.",
                "low",
            ),
            (
                "A year ago tonight I was parked at the viaduct, sure it was the night I'd go over. Thanks for all of it since.",
                "low",
            ),
        ],
        [
            ("I'm on the bridge. Tonight is the night I jump.", "imminent"),
            ("Parked at the viaduct, engine off. This is the night I go over.", "imminent"),
            ("I keep thinking next week will be the night I do it.", "imminent"),
            (
                "Two years ago I was parked on the viaduct. Tonight's the night I go over. Thanks for trying with me.",
                "imminent",
            ),
        ],
    ),
}


(
    test_seen12_en_family_reads_the_paraphrase,
    test_seen12_en_counterpart_stays_below_high,
    test_seen12_en_over_reading_stays_below_high,
    test_seen12_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_seen12_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(LOWERED)


def test_seen12_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# self-harm told by its outcome on the skin: (signal, texts that raise it, counterparts that do not)
SIGNAL_FAMILIES: SignalFamilies = {
    "self_harm_told_by_its_outcome_on_the_skin": (
        "self_harm",
        [
            "Scratched my arms raw again last night with a paperclip, didn't want to but it helped.",
            "held the lighter against my thigh till it blistered, it's the only thing that quiets it",
            "punched my fist into the bathroom door till the knuckles bled, needed to feel something",
            "This is Sam, Lou's partner. She held the iron against her arm until it burned, she asked me to tell you.",
        ],
        [
            "Scratched my arms raw from the eczema again, the new cream is useless.",
            "Ran the hot water on my hands till they went red, the heating's off and I was frozen.",
            "The kettle slipped and poured water on my hand, it blistered, A&E dressed it.",
            "Punched the wall at the match, my team lost, idiot move.",
        ],
    ),
}

(
    test_seen12_en_signal_family_raises_its_signal,
    test_seen12_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)


@pytest.mark.parametrize("text", [t for _s, on, _off in SIGNAL_FAMILIES.values() for t in on])
def test_seen12_en_self_harm_on_the_skin_reads_high(text: str) -> None:
    assert level(text) == "high"


# beside a denied or past act, "thanks for trying with me" is one weak farewell (its shorter form inside it
# is not a second one); with no act lowered, two weak farewells still make a farewell
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sat at the lookout, engine off. Tonight's not the night I jump, and I'm not going to. Heading home. Thanks for trying with me.",
            "low",
        ),
        (
            "A year ago tonight I was on the viaduct, sure it was the night I'd jump. Thank you for trying with me since.",
            "low",
        ),
        ("Thanks for trying with me. Everything's sorted for Friday.", "imminent"),
        ("Letters are written. Thanks for trying with me.", "imminent"),
    ],
)
def test_seen12_en_a_farewell_inside_another_beside_a_denied_act(text: str, expected: str) -> None:
    assert level(text) == expected
