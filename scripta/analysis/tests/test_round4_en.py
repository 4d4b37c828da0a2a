"""English families behind the misses of blind round 4 (pronouns, gerunds, the act left unsaid).

Each family is tested on self-written paraphrases that are not in the corpus (other tenses,
persons, places, means, spellings, SMS style), and on counterparts that share the words but not
the risk: negated, quoted, someone else's, hypothetical, past or everyday. The counterparts must
never reach high. All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    HIGH,
    assert_family_sizes,
    assert_stays_below_high,
    family_cases,
    level,
    signals,
)

# family -> (paraphrases with their level, counterparts with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # an overdose told with a pronoun, the pills named before or after it
    "overdose_told_by_pronoun": (
        [
            ("I've swallowed every one of them. All of mum's diazepam.", "imminent"),
            ("took the lot. a full strip of my quetiapine. sorry", "imminent"),
            ("Found dad's co-codamol in the cupboard and I've taken all of them", "imminent"),
            ("i necked all of them, the whole packet of my propranolol", "imminent"),
            ("My tablets were in the drawer, took every one.", "imminent"),
            ("TOOK ALL OF THEM, EVERY ONE OF MY SLEEPING TABLETS", "imminent"),
        ],
        [
            (
                "Took all of them to the park, then picked up my sertraline from the chemist.",
                "none",
            ),
            ("took the lot to the tip, then got my tablets", "none"),
            (
                "I took all of them with breakfast like the GP said, the sertraline and the iron.",
                "none",
            ),
            (
                "My brother took all of them, the whole box of his sertraline. We're in A&E now.",
                "low",
            ),
            ("If I took all of them, the whole box of sertraline, would it kill me?", "low"),
            (
                "Years ago I took all of them, a whole box of paracetamol. I'm in a much better place now.",
                "low",
            ),
            (
                '"She took all of them, every one of her pills" - chapter 3 of the novel I\'m reading.',
                "none",
            ),
        ],
    ),
    # hoping a vehicle will hit the sender (the road, the lane, the pavement)
    "vehicle_hoped_for": (
        [
            ("Some mornings I'm hoping a bus will swerve into me on the way to work.", "high"),
            ("I keep wishing a lorry would plough into my car on the motorway", "high"),
            ("part of me wants the train to come and i'm standing too close", "high"),
            ("Part of me hoped the van would come faster.", "high"),
            ("hoped a truck might drift across into my lane tbh", "high"),
        ],
        [
            ("I hope the bus comes soon, it's freezing!", "none"),
            ("My dad says he hopes a car hits him. He's been drinking.", "none"),
            (
                "Hoping a lorry doesn't drift into my lane, the M6 is terrifying in the rain.",
                "none",
            ),
            ("Part of me wants the taxi to come at 6, the other part wants a lie-in lol", "none"),
            ("Last winter I used to hope a lorry would drift into my lane. Not any more.", "low"),
        ],
    ),
    # indifferent to surviving: not looking when crossing, disappointed to arrive in one piece
    "indifferent_to_surviving": (
        [
            ("I've stopped checking for traffic when I cross the road.", "high"),
            ("i dont bother looking both ways when i cross anymore", "high"),
            ("Crossing the street without looking on purpose these days.", "high"),
            ("I'm disappointed every time I wake up still alive.", "high"),
            ("gutted i woke up again", "high"),
            ("I get a bit sad when I make it home from the night shift in one piece.", "high"),
        ],
        [
            ("I've stopped looking at my phone when I cross the road, proud of myself!", "none"),
            ("My son has stopped looking when he crosses the road, it terrifies me.", "none"),
            (
                "Disappointed when I got home in one piece? No, relieved, that drive was awful!",
                "none",
            ),
            ("The parcel arrived in one piece, disappointed it's the wrong colour though.", "none"),
            ("In the play, he's disappointed every time he wakes up still alive.", "none"),
        ],
    ),
    # self-injury with an object, told in the past and with a particle ("up", "open", "again")
    "object_self_injury_past": (
        [
            ("I sliced my thigh open with a razor blade last night.", "high"),
            ("burnt my wrist with a lighter again, in the bathroom at work", "high"),
            ("cut my arms up with the pencil sharpener blade before bed", "high"),
            ("Scraped my legs raw with the compass during maths.", "high"),
        ],
        [
            ("Scratched my leg with a pin sewing the hem, ouch", "none"),
            ("My sister scratched her arm up with a compass in maths.", "none"),
            (
                "I didn't scratch my arm with the compass today, I used the elastic band instead.",
                "low",
            ),
            ("When I was 14 I cut my legs with a razor. I'm 30 now and doing well.", "low"),
        ],
    ),
    # the death welcomed with a gerund: "wouldn't mind not waking up", "I'd be fine with never waking up"
    "wouldnt_mind_not_waking": (
        [
            ("I wouldn't mind not waking up tomorrow.", "high"),
            ("wouldnt really mind dying tbh", "high"),
            ("I'd be fine with never waking up.", "high"),
            ("Honestly I wouldn't mind not being here anymore 😂", "high"),
        ],
        [
            ("I wouldn't mind not waking up till noon on Sunday lol", "none"),
            ("I wouldn't mind dying my hair blue for the summer", "none"),
            ("My nan says she wouldn't mind not waking up, she's 97. How do I respond?", "low"),
            ("I'd be fine with not waking up early for once!", "none"),
            ("I used to think I wouldn't mind not waking up. Not now, thank God.", "low"),
        ],
    ),
    # preparation with a disclaimer: belongings given away and "I'm not planning anything"
    "belongings_given_with_disclaimer": (
        [
            (
                "Gave most of my stuff away this week, my bike to my nephew. Not planning anything, "
                "just wanted it done.",
                "high",
            ),
            ("I'm not planning anything, but I've been giving my belongings away.", "high"),
            (
                "been giving my things away to friends. not planning anything specific dont worry",
                "high",
            ),
            ("Giving away my possessions bit by bit. I'm not going to do anything stupid.", "high"),
        ],
        [
            ("I'm not planning anything this weekend, just chilling.", "none"),
            (
                "My dad's been giving his things away, he says he's not planning anything. I'm worried.",
                "none",
            ),
            (
                "Been giving things away at the school fete all day! Not planning anything tonight, "
                "too tired",
                "none",
            ),
            (
                "If I ever start giving my things away and say I'm not planning anything, please call "
                "my sister.",
                "low",
            ),
        ],
    ),
    # means gathered: a quantity of someone's pills carried or hidden
    "relatives_pills_carried": (
        [
            ("I've got 30 of my dad's diazepam hidden in my room.", "imminent"),
            ("got a whole box of nan's co-codamol in my pocket", "imminent"),
            ("I have about 50 of my husband's tramadol in my handbag drawer.", "imminent"),
        ],
        [
            (
                "I've got 28 of my mum's tablets in my bag, dropping them at hers after work.",
                "moderate",
            ),
            ("I've got 30 of my sertraline in my bag in case I'm away.", "none"),
            ("My sister's got 40 of my mum's tramadol in her bag. I'm scared.", "low"),
        ],
    ),
    # a lonely place at night once the others are asleep: a weak farewell, a farewell next to a cue
    "lonely_place_once_asleep": (
        [
            ("Going to the river once everyone's asleep. I can't do this anymore.", "imminent"),
            (
                "I can't take any more. Once my parents are asleep I'm going to the bridge.",
                "imminent",
            ),
            (
                "heading down to the canal when my flatmates are in bed. nothing will ever change",
                "imminent",
            ),
        ],
        [
            ("Going to the park once everyone's asleep to see the meteor shower!", "none"),
            ("Heading to the beach when the kids are asleep? no, too cold lol", "none"),
            ("Sneaking out to the woods when everyone's asleep to finish my den, shh", "none"),
        ],
    ),
    # a wound that will not stop: deep this time, the towel soaked, can't get it to stop
    "wound_will_not_stop": (
        [
            (
                "My cut's really deep this time and the bandage is soaked, can't get it to stop.",
                "imminent",
            ),
            ("this one is so deep this time, tea towel's drenched. do i need stitches", "imminent"),
            (
                "the towel is soaked through and I can't make it stop, should I go to a&e",
                "imminent",
            ),
            ("its deeper this time. im scared", "high"),
        ],
        [
            (
                "Cut my thumb on a tin, it's really deep this time and the towel is soaked through, "
                "do I go to A&E?",
                "none",
            ),
            ("My nosebleed won't stop, the tissue is soaked through. Should I go to A&E?", "none"),
            ("The snow's really deep this time, school's closed!", "none"),
            ("Went to the lake again, it's really deep this time after all the rain", "none"),
            ("It went deeper this time.", "none"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_round4_family_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_round4_family_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


def test_round4_every_family_has_three_paraphrases_and_a_counterpart() -> None:
    assert_family_sizes(FAMILIES, 3, 1)


def test_round4_an_accident_in_one_sentence_does_not_lower_the_next() -> None:
    # the everyday wound is an idiom of its own sentence only
    text = "Cut my finger chopping onions. My nosebleed won't stop either. I want to die."
    assert level(text) == "high"


def test_round4_the_weak_farewell_alone_stays_visible() -> None:
    # a lonely place at night is kept as evidence, but alone it raises nothing
    reading = read_message("Going to the canal once everyone's asleep, the stars are amazing.")
    assert reading.risk.level == "none"
    assert "suicidal_ideation" not in reading.signal_codes()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("i took all of them, my whole strip of amitriptyline", "self_harm"),
        ("cut my forearm open with a knife on purpose", "self_harm"),
        ("wouldn't mind not waking up, honestly", "suicidal_ideation"),
        ("I've stopped looking when I cross the road.", "suicidal_ideation"),
    ],
)
def test_round4_content_signals(text: str, code: str) -> None:
    assert code in signals(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negated, hypothetical, past, someone else's and quoted versions of the new families
        ("I didn't take all of them, I stopped after two and rang 111.", "none"),
        ("What if one day I hope a lorry drifts into my lane?", "low"),
        ("My friend says part of her wants the car to come. What do I say to her?", "none"),
        (
            "Back in 2019 I'd stopped looking when I crossed the road. I'm so much better now.",
            "low",
        ),
        ('"I wouldn\'t mind not waking up" is the saddest line in that film.', "none"),
        ("My flatmate wouldn't mind not waking up, she told me last night. I'm so worried.", "low"),
    ],
)
def test_round4_modifiers_lower_the_new_families(text: str, expected: str) -> None:
    assert level(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # over-readings: a complaint about a place before "I've decided", a will on a solicitor's
        # advice, a bridge for the rowers, a sports injury
        "Nothing ever changes at work. I've decided.",
        "nothing ever changes with my landlord. ive decided.",
        "I wrote my will today, solicitor said it's sensible",
        "Made our wills with the solicitor this morning, very grown-up of us",
        "Went to the bridge and stood there watching the rowers",
        "walked to the bridge and sat watching the boats for an hour, bliss",
        "Keep hurting myself at the gym",
        "hurt myself in training again, knee's swollen",
    ],
)
def test_round4_everyday_overreadings_stay_below_high(text: str) -> None:
    assert level(text) not in HIGH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ...while the same words without the everyday context keep their level
        ("Nothing ever changes. I've decided.", "imminent"),
        ("Nothing ever changes at work. I can't take it anymore, I want to die.", "high"),
        ("I wrote my will today.", "high"),
        ("I went to the bridge and stood there for an hour.", "high"),
        ("I keep hurting myself.", "high"),
        ("I hurt myself again last night", "high"),
    ],
)
def test_round4_the_risk_words_alone_keep_their_level(text: str, expected: str) -> None:
    assert level(text) == expected
