"""English families behind the `substance_use` misreadings of the dev corpus (never tuned on the texts).

Misses, read for their reasons rather than their words: alcohol named by its container, brand or slang ("a
bottle of red", "a fifth of Jack", "a cask of goon", "a couple of whiskies") drunk to switch the head off, to
sleep, "the only way"; a problematic amount finished ("finished the vodka", "sunk a full bottle of red", "had
half the vodka"); a named drink taken with an overdose ("the rest of the zopiclone w the wine"); "smoking" to
cope, from waking or far too much (cannabis by implication, not tobacco). Over-readings: someone's pills at hand
or taken in an overdose of pills only (an overdose alone is `self_harm`, not `substance_use`, GUIDELINES), a
past habit named by a period ("the year Dad was sick"), another person who "rang me drunk". Each family is tested
on self-written paraphrases and on counterparts that share the words but not the reading (a bottle of red at a
dinner party, quitting smoking, smoked salmon, a past habit, a friend who was drunk). All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import SignalFamilies, level, signal_family_tests, signals

SIGNAL_FAMILIES: SignalFamilies = {
    "a_named_drink_by_its_container_to_switch_off": (
        "substance_use",
        [
            "Second bottle of white since Sunday, on my own, just so I can switch off at night.",
            "I've been getting through a fifth of bourbon a couple of nights a week, it's the only way I can sleep.",
            "been having a few vodkas every night after the kids are down to shut my head up",
            "Half a box of goon on my own again tonight, just to get to sleep.",
            "Had three pints of cider on my own again to switch my brain off after the call.",
        ],
        [
            "We opened a bottle of red at the dinner party on Saturday, lovely evening.",
            "Picked up two bottles of prosecco for Mum's birthday party on the way home.",
            "A couple of glasses of wine with friends at the restaurant, then home by ten.",
            "I haven't touched a bottle of red on my own this week, not even to switch off.",
            "My dad used to get through a fifth of Jack every night just to sleep, I hated it.",
        ],
    ),
    "a_problematic_amount_of_a_named_drink": (
        "substance_use",
        [
            "finished the gin by myself tonight, didn't even taste it",
            "Sunk a whole bottle of rose before tea. Can't stop shaking.",
            "had most of the whisky by 8, don't want to talk to anyone",
            "Polished off the rest of the vodka when I got in, on my own.",
        ],
        [
            "Sunk a whole bottle of red into the stew, the recipe said a glass, oops.",
            "We finished the prosecco at the party and got a taxi home.",
            "Didn't finish the wine tonight, poured it down the sink.",
            "My flatmate finished the vodka last night and was sick on the stairs.",
        ],
    ),
    "a_named_drink_taken_with_an_overdose": (
        "substance_use",
        [
            "took the rest of the temazepam w the whisky about half an hour ago. sorry",
            "Swallowed all of my sleeping tablets with half a bottle of vodka. Feel heavy.",
            "took 20 of my mirtazapine and the gin, dont call anyone",
        ],
        [
            "Took my sertraline with a glass of water this morning like you said.",
            "Got the pills from the chemist and a bottle of red for Sunday lunch.",
            "Forgot my zopiclone again and lay awake, no wine though, promise.",
        ],
    ),
    "smoking_to_cope": (
        "substance_use",
        [
            "been smoking every night just to switch my head off, most nights alone",
            "smoked way too much again, everything feels far away",
            "smoking from the moment i wake up now, it's the only thing that shuts the noise off",
            "Smoking just to get to sleep these days, like wake n bake too.",
        ],
        [
            "Three months since I quit smoking, really proud of myself.",
            "Made smoked salmon bagels for the family this morning.",
            "I've been smoking way too many cigarettes since the exam, need to cut down.",
            "The smoke alarm went off every night this week, the battery's dying.",
            "Trying to give up smoking to sleep better, patches from Monday.",
        ],
    ),
    "someone_elses_pills_and_someone_elses_drinking": (
        "substance_use",
        [
            "I've been taking some of my mum's diazepam to get through work.",
            "got drunk on my own again last night just to stop thinking",
        ],
        [
            "Picked up Mum's tablets from the pharmacy on the way home.",
            "Dad's pills are in the blue box on the shelf, he asked me to sort them for the week.",
            "My mate rang me drunk at 2am going on about his ex, I didn't sleep after.",
            "My sister texted me drunk from the hen do, she's having a great time.",
            "The summer my husband was ill I needed most of a bottle of wine every night just to sleep. Not now.",
        ],
    ),
}

(
    test_substance_use_en_signal_family_raises_its_signal,
    test_substance_use_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)


def test_substance_use_en_family_sizes() -> None:
    for name, (_s, on, off) in SIGNAL_FAMILIES.items():
        assert len(on) >= 2 and len(off) >= 3, name


# an overdose of pills alone is self_harm and suicidal_ideation, not substance_use (GUIDELINES); with a named
# drink taken too it is also substance_use: the level stays imminent either way
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "took the whole box of my citalopram and some of my gran's tramadol an hour ago. sorry",
            False,
        ),
        ("swallowed all of my quetiapine and a load of my dad's codeine. feel sick", False),
        ("took the rest of the quetiapine with the wine an hour ago. sorry", True),
        ("took the lot of my zopiclone with half a cask of goon. feeling floaty", True),
    ],
)
def test_substance_use_en_an_overdose_is_substance_only_with_a_drink(
    text: str, expected: bool
) -> None:
    assert ("substance_use" in signals(text)) is expected
    assert level(text) == "imminent"


# a drink or a smoke to cope reads moderate (the floor of substance_use); a past habit or another's, low at most
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Third bottle of rose this week on my own, just so I can switch off.", "moderate"),
        ("been smoking from the minute i wake up, only way to quiet my head", "moderate"),
        (
            "The year my dad was in hospital I needed a bottle of wine a night just to switch off.",
            "low",
        ),
        ("My brother rang me drunk last night, I felt so useless.", "low"),
    ],
)
def test_substance_use_en_levels(text: str, expected: str) -> None:
    assert level(text) == expected
