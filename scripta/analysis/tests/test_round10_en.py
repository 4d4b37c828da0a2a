"""English families behind the misreadings of blind round 10 (spent into dev).

Six misses, read for their reasons rather than their words: a high place told where ("i'm on the
multi-storey, level 7") beside "I can't do this any more" or "not coming down this time" (a height is a
weak farewell, as the top floor of a car park already was); a place known for suicide reached with a
time ("Tomorrow I'm driving down to Beachy Head", "Tonight after my shift I will go to the railway
track"); "how easy it would be to just go over the edge" said out (the unsaid sentence of round 5 had
only a perch before it); "better if I am not in this world" in learner English; a will made at the
solicitor's beside a plan denied that nobody asked about ("Not planning anything, it just felt like
tidying up": a negated plan does not lower a preparation, and the solicitor no longer makes it admin);
and the act timed by the household's sleep ("after everyone sleeps tonight I will finish it"), the whole
bottle of someone else's pills taken ("my moms oxy"). Over-readings: a past overdose dated by an age and
gone over in a session since ("At 17 I took all 28... I know we went over it on Monday": the session is
the present contrast), two goodbyes explained by a future of the sender's ("The new job in Bristol
starts Monday! ... Goodbye Helen x"), the time of a parent's telling taken for the time of a method
("Jake told me tonight he's been looking up how many..." is high, not a plan), and a complaint or the
breath lost laughing ("I can't take any more of Liam's cooking 😂", "I'm crying I couldn't breathe 😂").
Lower levels: a drug used "just to get through the shift" (moderate), a negated burn with its time and a
poison kept near in a hypothetical question (low), "bit of a flat week" (low). Each family is tested on
self-written paraphrases that are not in the corpus and on texts that share the words but not the
reading: for the risk families, counterparts that must stay below high; for the over-readings, the
risk versions that must keep their level (recall comes first). All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    level,
    signals,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    # a high place told where, beside "I can't do this any more" or a second weak farewell
    "at_a_height_told_where": (
        [
            (
                "im on the multi-storey by the station, top level. cant do this anymore. call me",
                "imminent",
            ),
            (
                "I'm on the multi storey at the retail park, level 6. I can't do this any more.",
                "imminent",
            ),
            (
                "I'm at the top of the car park by the hospital. Not coming down this time.",
                "imminent",
            ),
            ("sat on the roof of the car park. not coming back down tonight x", "imminent"),
            ("I'm up on the multi-storey again. I can't go on.", "imminent"),
        ],
        [
            ("I'm on the multi-storey at the retail park, level 6, can't find the car lol", "none"),
            ("I'm at the top of the car park, the lift's broken, running 5 mins late!", "none"),
            ("parked on the multi-storey, see you at 3", "none"),
            (
                "My brother is on the roof of the car park fixing the lights, not coming down till 6.",
                "none",
            ),
        ],
    ),
    # a place known for suicide, or a method's place, reached with a time
    "a_place_named_with_a_time": (
        [
            (
                "Gave the cat to my sister. Tomorrow I'm driving down to Beachy Head before it gets light.",
                "imminent",
            ),
            ("Tonight I'm going to the Humber Bridge. Thank you for trying.", "imminent"),
            (
                "I've made up my mind. Tonight after work I will go to the railway tracks behind the estate.",
                "imminent",
            ),
            ("Tomorrow, before anyone wakes up, I'll walk to the cliffs. Sorry.", "imminent"),
            ("tonight when my shift ends i'm going to the level crossing by the depot", "imminent"),
        ],
        [
            ("Tomorrow I'm driving down to Beachy Head with the kids for a picnic!", "none"),
            ("Tonight I'm going to the Humber Bridge to watch the sunset with Dan.", "none"),
            (
                "Tomorrow I'll go to the railway tracks to take photos of the steam train for my project.",
                "none",
            ),
            ("Drove down to Beachy Head for the sunrise walk, absolutely stunning.", "none"),
        ],
    ),
    # the edge named after "how easy it would be to..."
    "how_easy_to_go_over_the_edge": (
        [
            (
                "Some nights I sit at the viewpoint and think how easy it would be to just go over the edge.",
                "high",
            ),
            (
                "Every morning on the coast road I think about how easy it would be to drive off the cliff.",
                "high",
            ),
            (
                "I stood at the quarry and thought how simple it would be to step off the edge.",
                "high",
            ),
            (
                "It's a lovely holiday. But at the lookout I keep thinking how easy it'd be to go over the railing.",
                "high",
            ),
        ],
        [
            (
                "The guide showed us how easy it would be to go over the edge if you ignore the fence, so we stayed back.",
                "none",
            ),
            (
                "The ranger said how easy it would be to go over the edge in fog, so we stayed on the path.",
                "none",
            ),
            (
                "It's amazing how easy it would be to go over the edge of the map in this game lol",
                "none",
            ),
            (
                "I used to think how easy it would be to go over the edge. I'm 40 now and well.",
                "low",
            ),
        ],
    ),
    # "better if I am not in this world" in learner English
    "better_if_not_in_this_world": (
        [
            ("Sorry for message. I think it is better if I am not in this world anymore.", "high"),
            ("Many times I think better for everyone if I am not alive.", "high"),
            ("Is better for my family if I no more in this world. Only thinking.", "high"),
            ("I think is better I am not exist.", "high"),
        ],
        [
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("It is better if I am not in this meeting, I am too tired, sorry.", "low"),
            ("My grandmother is not in this world anymore, the funeral is on Friday.", "none"),
            ("It is better if I am not in the office on Friday.", "none"),
            (
                "At 19 I thought it is better if I am not in this world. I'm 40 now, it's behind me.",
                "low",
            ),
        ],
    ),
    # a will made at the solicitor's, with a plan denied nobody asked about or "tidying up"
    "a_will_and_an_unprompted_denial": (
        [
            (
                "Signed my will at the solicitor's this morning. Not planning anything, just tidying up.",
                "high",
            ),
            (
                "Did my will at the lawyer's today and sorted out who'll look after Mango. Nothing planned.",
                "high",
            ),
            (
                "Made my will at the solicitor's, affairs in order now. Not going to do anything, don't worry.",
                "high",
            ),
            ("Updated my will with the solicitor, just in case. Nothing planned.", "high"),
        ],
        [
            (
                "Did my will at the solicitor's today, the mortgage adviser said it was sensible.",
                "none",
            ),
            ("We made our wills at the solicitor's now the baby's here. Very grown-up!", "none"),
            (
                "Signed my will at the solicitor's, probate was such a mess with Dad's that I wanted it done.",
                "none",
            ),
            ("My mum did her will at the solicitor's today, she's 80 and very organised.", "none"),
        ],
    ),
    # the act timed by the household's sleep
    "after_everyone_sleeps": (
        [
            ("After everyone is asleep tonight I will do it. I have the tablets.", "imminent"),
            ("When the house goes to bed I'm going to take them all.", "imminent"),
            ("the bottle is under my bed, once my parents fall asleep i will drink it", "imminent"),
            ("Once everybody sleeps I'll finish it. Sorry for everything.", "imminent"),
        ],
        [
            (
                "After everyone is asleep I will finish the ironing, it's the only quiet time.",
                "none",
            ),
            ("When the kids go to bed I'm going to finish the book.", "none"),
            ("Once everybody sleeps I'll wrap the presents.", "none"),
            ("After everyone goes to bed I will watch the match in peace.", "none"),
        ],
    ),
    # the whole bottle of someone else's pills taken
    "the_whole_bottle_of_someones_pills": (
        [
            ("took the whole bottle of my dads codeine an hour ago", "imminent"),
            (
                "I've swallowed the whole packet of my mum's sleeping tablets. I'm sorry.",
                "imminent",
            ),
            (
                "Took the entire box of my nan's oxycodone. Didn't want you to hear it from someone else.",
                "imminent",
            ),
            ("i took the whole strip of my sisters diazepam", "imminent"),
        ],
        [
            (
                "Took the whole bottle of my dad's tablets back to the pharmacy, they'd expired.",
                "none",
            ),
            ("My dog took the whole bottle of vitamins off the table, vet says he's fine.", "none"),
            (
                "Did you say to take the whole box of the antibiotics? Just checking the course.",
                "none",
            ),
            (
                "I didn't take the whole bottle of my mum's oxy, I put it back in the cupboard.",
                "low",
            ),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a past act dated by an age, gone over in a session since
    "an_act_dated_by_an_age_gone_over_since": (
        [
            (
                "At 16 I took all 30 of my mum's paracetamol. We talked about it last week, it still feels odd to write.",
                "low",
            ),
            (
                "At 19 I swallowed the whole box of my sleeping pills. I know we went over it on Thursday.",
                "low",
            ),
            (
                "Aged 15 I took all 20 of my citalopram. We discussed it in the last session and I'm glad we did.",
                "low",
            ),
            (
                "At 22 I took all 40 of my sertraline. We covered it on Monday, weird to say out loud.",
                "low",
            ),
        ],
        [
            (
                "At 16 I took all 30 of my mum's paracetamol. We talked about it last week. Tonight I'm going to kill myself.",
                "imminent",
            ),
            (
                "I took all 30 of my paracetamol an hour ago. We went over it on Monday and it didn't help.",
                "imminent",
            ),
            (
                "At 19 I took the whole box. We went over it on Thursday. I want to die again now.",
                "high",
            ),
            ("I just took all 20 of my citalopram. We discussed it, I know.", "imminent"),
        ],
    ),
    # a goodbye explained by a future of the sender's
    "a_goodbye_for_a_new_job": (
        [
            (
                "Thank you for everything, honestly. My new job in Glasgow starts next week. Goodbye and good luck!",
                "none",
            ),
            (
                "Thanks for everything this year. We're moving to Cardiff on Saturday! Goodbye x",
                "none",
            ),
            (
                "Goodbye, and thank you for everything. I'm starting my new role in Dundee on the 3rd!",
                "none",
            ),
            (
                "Thank you for everything you've done. Got the job in Leeds! Goodbye from a very happy Sam.",
                "none",
            ),
        ],
        [
            (
                "Thank you for everything. The new job starts Monday but I won't be there. Goodbye.",
                "imminent",
            ),
            (
                "Thank you for everything. I'm moving to Leeds, and I won't be around much longer. Goodbye.",
                "imminent",
            ),
            (
                "My new job starts Monday. I can't go on anymore. Thank you for everything, goodbye.",
                "imminent",
            ),
            (
                "Thank you for everything. The new job starts Monday. I don't want to be alive. Goodbye.",
                "imminent",
            ),
        ],
    ),
    # a complaint or the breath lost, laughing
    "laughing_at_it": (
        [
            ("I can't take any more of Tom's singing in the shower 😂", "none"),
            ("cannot stand any more of my flatmate's true crime podcasts lol", "none"),
            ("the dog stole the whole roast, I'm crying I couldn't breathe 😂😂", "none"),
            ("Dad tried to do a TikTok dance, I was wheezing I couldn't breathe lol", "none"),
        ],
        [
            ("I can't take any more of this, I want to die 😂", "high"),
            ("I can't take any more of Tom's shouting. I want to kill myself lol", "high"),
            ("I'm crying I couldn't breathe, I took all my pills 😂", "imminent"),
            ("I couldn't breathe 😂 anyway I'm going to end it tonight", "imminent"),
        ],
    ),
}


(
    test_round10_en_family_reads_the_paraphrase,
    test_round10_en_counterpart_stays_below_high,
    test_round10_en_over_reading_stays_below_high,
    test_round10_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round10_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# the time of a parent's telling is not the time of a method (high, not a plan); a method's own time is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hi, this is Ellie's mum. Ellie told me tonight she has been looking up how many paracetamol it would take.",
            "high",
        ),
        (
            "Sam's dad here. Sam told us this evening he's been looking up how many co-codamol it would take. Please call.",
            "high",
        ),
        (
            "I've been looking up how many paracetamol it would take. Tonight I'm doing it.",
            "imminent",
        ),
        ("Been looking up how many tablets it would take, for tonight.", "imminent"),
    ],
)
def test_round10_en_time_of_the_telling(text: str, expected: str) -> None:
    assert level(text) == expected


# lower levels: a drug to get through the day (moderate), negated or hypothetical cues kept (low), a flat week
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("popped two of mum's valium before uni again just to get through the day", "moderate"),
        ("Smoked a joint in the car park just to get through the meeting.", "moderate"),
        ("Had a glass of wine with my tea, a nice end to the shift.", "none"),
        (
            "Didn't scratch my arm last night even after the fight. Kept the ice pack on instead.",
            "low",
        ),
        ("What if one day I start keeping rat poison near me, who should I call?", "low"),
        ("Bit of a flat week, missing the sessions.", "low"),
        ("Got a flat tyre this week, what a pain.", "none"),
    ],
)
def test_round10_en_lower_levels(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round10_en_laughing_keeps_no_content_signal() -> None:
    assert "hopelessness" not in signals("I can't take any more of Tom's singing in the shower 😂")
