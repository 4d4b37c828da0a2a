"""English families behind the misreadings of blind round 12 (spent into dev).

Eight misses, read for their reasons rather than their words: a means in place told in a telegram, with no
article and the time as the next word ("rope's up in the loft. tonight."), and a gun made ready by taking
its lock off, even a family member's gun ("My dad's rifle... I took the lock off it"); an overdose a parent
was just told about, with the family driving in ("she swallowed her whole month of fluoxetine... We're in
the car to A&E": the drive makes the parent a proxy); a prayer to be taken in one's sleep ("I ask the Lord to
just take me while I'm sleeping"), to sleep on and not wake, wished, and being "tired fi live" (Patois);
easier "if I was not there at all" (the words of absence from an event, unless "at all" or "any more");
the numbers of a lethal dose worked out ("I know exactly what a potassium push would do... I catch myself
working out the numbers"); the door on the latch "for whoever comes first" (a farewell letter's
arrangements). Over-readings: an act on pills a third person had ("Jamie took all of the zopiclone he
had left": his act, unless a parent writes); pills taken along to someone's after an aside of quantity ("Took all of the
zopiclone I had left, about 14, up to Mum's"); a thought denied before its "that" ("I don't have this
thought anymore that everyone would breathe easier..."); pills counted at work for other people's packs
("on the dispensary bench... for the care-home blister packs"). Each family is tested on self-written
paraphrases that are not in the corpus and on texts that share the words but not the reading: for the risk
families, counterparts that must stay below high; for the over-readings, the risk versions that must keep
their level (recall comes first). All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    level,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    "a_means_in_place_told_in_a_telegram": (
        [
            ("rope's in the garage. tomorrow.", "imminent"),
            ("Noose is tied in the shed. Tonight, after they're asleep.", "imminent"),
            ("rope is up in the attic, saturday morning", "imminent"),
            ("my brother's rifle is under his bed and i took the lock off it. friday.", "imminent"),
            ("Dad's shotgun is in the cupboard and I've taken the trigger lock off.", "imminent"),
            ("the gun's in my room, i finally took the lock off. saturday.", "imminent"),
        ],
        [
            ("rope's in the boot for the tent, leaving tonight!", "none"),
            ("Rope is on the washing line, can you bring it in tonight?", "none"),
            (
                "Dad's rifle is in the cabinet, I took the lock off it to clean it for the season.",
                "none",
            ),
            ("Took the lock off the bike shed tonight, finally found the key.", "none"),
            (
                "Dad's rifle is in the hall closet and I took the lock off it for the deer season.",
                "none",
            ),
        ],
    ),
    "an_overdose_told_to_a_parent_on_the_way_in": (
        [
            (
                "Ben just told me he swallowed his whole box of sertraline. We're in the car to the hospital.",
                "imminent",
            ),
            (
                "URGENT. Maya says she took her entire month's supply of citalopram at lunch. We're driving her to A&E.",
                "imminent",
            ),
            (
                "Our Ellie has necked her whole bottle of paracetamol, we're in a taxi to A&E",
                "imminent",
            ),
            (
                "She swallowed her whole week of lithium an hour ago, we are taking her to hospital now, please ring",
                "imminent",
            ),
        ],
        [
            (
                "My flatmate swallowed her whole month of sertraline last year, she's fine now.",
                "low",
            ),
            (
                "Ben swallowed his whole box of vitamins by mistake, the pharmacist says it's fine",
                "none",
            ),
            ("He took his whole prescription to the pharmacy to get it checked.", "none"),
            ("We're in the car to the hospital for her sister's scan, back by six.", "none"),
        ],
    ),
    "a_prayer_to_be_taken_or_not_to_wake": (
        [
            ("Every night I ask God to just take me in my sleep.", "high"),
            ("some nights i beg the lord to take me so i don't have to wake up to this", "high"),
            ("I keep praying to Jesus to please take me before morning.", "high"),
            ("Some mornings I wish I could just sleep on and never wake.", "high"),
            ("me so tired fi live, every day the same", "high"),
        ],
        [
            ("I ask God to take me through the exams, I'm so nervous.", "none"),
            ("Mum asks the Lord to take her in her sleep, she's 94 and ready.", "none"),
            ("I'm tired to live in this noisy flat, want to move.", "none"),
            ("The baby slept on and never woke till 7, miracle!", "none"),
            ("I wish I could sleep on and not wake until noon on Sunday.", "none"),
        ],
    ),
    "easier_if_not_there_at_all": (
        [
            (
                "Sometimes I think it would be easier for everyone if I wasn't there at all.",
                "high",
            ),
            ("Honestly it'd be simpler if I were not there any more.", "high"),
            (
                "Walking home I think things would be lighter for my family if I was not there anymore.",
                "high",
            ),
            ("On the bus at night I think it'd be simpler if I was not there at all.", "high"),
        ],
        [
            ("Easier if I wasn't there when the builders come.", "none"),
            # low again since the retraining of 2026-11-27 with 30 authors (threshold 0.75): the
            # net's cue fires again, lowered by the context (someone else's)
            ("My brother thinks it'd be easier if he wasn't there at all.", "low"),
            ("I no longer think it would be easier if I wasn't there at all.", "low"),
            ("The trip would be easier if the kids weren't there at all.", "none"),
        ],
    ),
    "a_lethal_dose_worked_out": (
        [
            (
                "As a pharmacist I know what a full box of amitriptyline would do, and I catch myself doing the maths at night.",
                "high",
            ),
            (
                "I know exactly what the insulin would do, I find myself working out the doses.",
                "high",
            ),
            (
                "I'm a vet nurse, I know what a big enough dose does. Caught myself calculating the amount yesterday.",
                "high",
            ),
            (
                "being a paramedic I know what too much morphine does. I catch myself counting the doses on shift.",
                "high",
            ),
        ],
        [
            (
                "Insulin pricing is mad, I catch myself working out the numbers for the budget every month.",
                "none",
            ),
            (
                "I'm a nurse and I catch myself doing the maths on drip rates in my sleep lol",
                "none",
            ),
            (
                "Paracetamol prices went up again, I caught myself doing the maths for the ward order.",
                "none",
            ),
            ("I catch myself working out the numbers for the mortgage every night.", "none"),
        ],
    ),
    "a_door_left_for_whoever_comes": (
        [
            (
                "The back door will be on the latch for whoever comes first. Thank you for everything.",
                "imminent",
            ),
            (
                "Front door's unlocked for whoever gets here. You were always kind to me.",
                "imminent",
            ),
            ("The door is left unlocked for whoever comes first.", "imminent"),
            ("The back door'll be on the latch for whoever finds me.", "imminent"),
        ],
        [
            ("The back door will be on the latch for whoever comes first with the parcel.", "none"),
            ("Door's on the latch for whoever comes first, the party starts at 8!", "none"),
            ("The back door will be unlocked for whoever comes to read the meter.", "none"),
            ("Back door's open for whoever gets here first, I'm in the garden.", "none"),
        ],
    ),
}
# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    "pills_taken_along_after_an_aside": (
        [
            (
                "Took all of my sertraline I had left, about 20, over to Dad's in Leeds for the weekend.",
                "none",
            ),
            ("took every one of the diazepam, the lot, round to Gran's for her dosette", "none"),
            (
                "Took all of the tablets I had spare, the whole box, up to the cottage for the week.",
                "none",
            ),
            (
                "Took all of the paracetamol, two packs, across to Nina's, she's got a migraine.",
                "none",
            ),
        ],
        [
            (
                "Took all of the zopiclone I had left, about 14, and finished the vodka. Feel floaty.",
                "imminent",
            ),
            (
                "Took all of the sertraline I had left, about 20, up to the bridge. Goodbye.",
                "imminent",
            ),
            (
                "Took all of my tablets, the whole box, then went up to bed. I'm so sleepy.",
                "imminent",
            ),
            (
                "Took all of the codeine I had, about 30, an hour ago. Going up to bed now.",
                "imminent",
            ),
        ],
    ),
    "a_thought_denied_before_its_that": (
        [
            (
                "I don't have the thought anymore that my kids would be better off without me.",
                "low",
            ),
            (
                "I've stopped having the thought that it would be easier for everyone if I wasn't around.",
                "low",
            ),
            ("I don't have this thought that everyone would be happier without me.", "low"),
            ("I no longer have this thought that everyone would be happier without me.", "low"),
        ],
        [
            ("I have this thought that everyone would be better off without me.", "high"),
            (
                "I don't have this thought anymore that my kids would be better off without me, it's worse, it's all day.",
                "high",
            ),
            (
                "I don't have the thought anymore that everyone would be happier without me. But it came back last night.",
                "high",
            ),
            (
                "I don't know why I keep having this thought that everyone would be happier without me.",
                "high",
            ),
        ],
    ),
    "an_act_on_pills_a_third_person_had": (
        [
            ("Priya took all of the sertraline she had saved, about 30. She's so sleepy.", "low"),
            ("Mum took all of the paracetamol she had in one go, I've rung 111.", "low"),
            (
                "my housemate took all the diazepam he'd saved up, about 20. he's asleep on the sofa.",
                "low",
            ),
            (
                "took all the codeine he had in the drawer last night, my flatmate, he's ok now",
                "low",
            ),
        ],
        [
            ("I took all of the tablets she had prescribed me, all 28, an hour ago.", "imminent"),
            ("I've just taken all of the tablets he had in the cabinet. sorry.", "imminent"),
            ("Took all of the pills she gave me, about 20. I'm so sleepy.", "imminent"),
            (
                "My son took all of the tablets he had left, about 20, and he's drowsy. We're going to A&E.",
                "imminent",
            ),
        ],
    ),
    "pills_counted_for_other_peoples_packs": (
        [
            (
                "Counted them out at the dispensary, 56 sertraline in lines of seven for the residents' packs. Working till eight.",
                "none",
            ),
            (
                "Counted out 30 zopiclone on the bench for the nursing home trays, then my break.",
                "none",
            ),
            (
                "Sorting them out on the ward, 28 lorazepam counted for the patients' blister packs before handover.",
                "none",
            ),
            (
                "counted them all out, 60 citalopram in rows, for the care home order going out Monday",
                "none",
            ),
        ],
        [
            (
                "Counted my 40 amitriptyline out in rows of five on the bed. Sunday, when Mark's away.",
                "imminent",
            ),
            ("counted them out, 50 paracetamol, enough. tonight when she's on nights.", "imminent"),
            (
                "Counted them out at work for the care-home packs, then counted mine at home, 40, enough to do it.",
                "high",
            ),
            (
                "Counted them out in neat rows, 30 zopiclone. Saturday while he's at football.",
                "imminent",
            ),
        ],
    ),
}


(
    test_round12_en_family_reads_the_paraphrase,
    test_round12_en_counterpart_stays_below_high,
    test_round12_en_over_reading_stays_below_high,
    test_round12_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round12_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# the parent's drive to A&E makes the parent a proxy; a bare drive to the hospital does not raise anything
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leo has just told me he swallowed his whole box of zopiclone. We're in the car to A&E.",
            "imminent",
        ),
        ("My friend swallowed her whole box of zopiclone last summer.", "low"),
        ("We're in the car to A&E with Leo's broken wrist, can we move Thursday?", "none"),
    ],
)
def test_round12_en_a_drive_to_a_and_e(text: str, expected: str) -> None:
    assert level(text) == expected
