"""English families behind the misreadings of blind round 11 (spent into dev).

Four misses, read for their reasons rather than their words: a parent telling what the child told the
school nurse and asking to bring the session forward ("Lily told the school nurse today that she wants to
die... Her session is next Wednesday; should we come sooner?": the parent reports the patient, as the
borderline table says, though no "my daughter" is written); a bridge named by its name thought about, and
driven over "just to look" (in Scots: "Cannae stop thinking aboot the Erskine Bridge. Drove ower it twice
the day just tae look"); an overdose found by the family ("has taken something, we found the empty blister
packs of my sertraline", with drowsiness or the hospital); the sea's edge told where with a message of love
left for the family ("im on the pier at salthill. tides in. im sorry. tell mam i love her": two weak
farewells). Over-readings: a crisis phrase bound to an everyday purpose or occasion named right after it
("I keep thinking about the bridge at Clifton. Drove past it... for Year 8's Brunel project", "I don't want
to wake up tomorrow at 5 for the early shift lol"), unless a crisis word follows; a blade held and then put
in the bin "instead" (the urge resisted, not a relapse); an act dated by a month of a past year with the
feeling gone ("Last March I counted them out... It doesn't feel like that now"). Lower levels: never waking
"nodding off", pills thought about all at once in a hypothetical question, "the summer I used to cut" gone
over in a session, drinks "just to get through it", "I won't make it... at this rate", a method's time told
as the next short sentence ("Hose is in the boot. Tonight once it's dark."). Each family is tested on
self-written paraphrases that are not in the corpus and on texts that share the words but not the reading:
for the risk families, counterparts that must stay below high; for the over-readings, the risk versions
that must keep their level (recall comes first). All the texts are fictional.
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
    "a_parent_tells_what_the_child_told_school": (
        [
            (
                "Hi Dr Shah, Ruby told her form tutor this morning that she wants to die. She won't talk to me about it. Should we come in sooner than Friday? Claire",
                "high",
            ),
            (
                "Just to let you know, Owen told the school counsellor he wishes he was dead. His session is on Tuesday, is that soon enough? Mark",
                "high",
            ),
            (
                "Ella said to her teacher today she doesnt want to be alive anymore. Her appointment is next week, can we bring her in earlier? Sinead",
                "high",
            ),
            (
                "Our Jamie told the school nurse he wants to kill himself. I picked him up early. Can we come sooner? Dave",
                "high",
            ),
            (
                "Mia confided in her head of year that she's been cutting her arms. Her next session is Thursday. Louise",
                "high",
            ),
        ],
        [
            (
                "My friend Ruby told her form tutor that she wants to die. I'm so worried about her, what do I do?",
                "low",
            ),
            (
                "Ruby told her form tutor today that she doesn't want to die, she was only upset about the exam. Her session is Friday. Claire",
                "low",
            ),
            (
                "Owen told the school nurse he feels much better. His session is on Tuesday. Mark",
                "none",
            ),
            (
                "My sister told her teacher she wants to die, she's 14. I don't know what to do.",
                "low",
            ),
            (
                "My grandad told the nurse he doesn't want to be alive anymore. His appointment is Tuesday.",
                "low",
            ),
        ],
    ),
    "a_named_bridge_thought_about_and_visited": (
        [
            (
                "Canny stop thinking aboot the Forth Bridge. Went ower it again the day just tae look.",
                "high",
            ),
            (
                "I can't stop thinking about the Tamar Bridge. Drove over it twice yesterday just to look down.",
                "high",
            ),
            ("Keep thinking of the Severn bridge lately. Haven't decided anything.", "high"),
            (
                "the viaduct near my mums. walked up to it three times this week just to look",
                "high",
            ),
            (
                "been thinkin about the Tyne bridge all week. cycled past it today just to see",
                "high",
            ),
        ],
        [
            (
                "I keep thinking about the Severn Bridge closure, the diversion added an hour to my commute.",
                "none",
            ),
            ("Drove over the Forth Bridge twice today for work, the traffic was mental.", "none"),
            ("We walked across the Tyne bridge for the charity walk, raised 300 quid!", "none"),
            ("Thinking about the Erskine Bridge roadworks, do you think I'll make 5pm?", "none"),
        ],
    ),
    "at_the_waters_edge_with_love_left": (
        [
            ("on the harbour wall at howth. tide is in. tell mum i love her", "imminent"),
            ("I'm at the end of the pier. I'm sorry. Tell my kids I love them.", "imminent"),
            (
                "im on the sea wall at portobello, its dark. please tell my mam i loved her",
                "imminent",
            ),
            ("Sitting on the jetty. Tell my dad I love him. I can't do this any more.", "imminent"),
        ],
        [
            (
                "I'm on the pier with the kids getting chips, tell mum I love her and see you Sunday!",
                "none",
            ),
            ("I'm on the pier at Brighton, on my way back now, running late.", "none"),
            (
                "Tell mum I love her and happy birthday from all of us, sorry I missed the call!",
                "none",
            ),
            ("sat on the harbour wall eating ice cream, tide's in, gorgeous evening", "none"),
        ],
    ),
    "an_overdose_found_by_the_family": (
        [
            (
                "Our son Leo (16) has taken something, we found empty packets of my diazepam in his room and he is very drowsy. Going to A&E now.",
                "imminent",
            ),
            (
                "My daughter has taken something. Found the empty bottle of her sertraline by the bed, she won't wake up properly. Ambulance coming.",
                "imminent",
            ),
            (
                "We found the empty blister packs of paracetamol in Amy's bin and she's being sick. On the way to hospital.",
                "imminent",
            ),
            (
                "he's taken something, there were empty strips of my co-codamol under his pillow, he's slurring. I'm calling 999",
                "imminent",
            ),
        ],
        [
            ("Found the empty packets of crisps under her bed again, teenagers!", "none"),
            (
                "She's taken something for her headache and gone to bed, she'll miss tomorrow's session.",
                "none",
            ),
            (
                "Found the empty box of my sertraline, need a new prescription before Friday.",
                "none",
            ),
            (
                "He has taken something from the shop without paying, we're mortified. Can we talk about it at his session?",
                "none",
            ),
        ],
    ),
}
# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    "a_crisis_phrase_bound_to_an_errand": (
        [
            (
                "I keep thinking about the bridge at Menai, drove past it twice for Rhys's school project on Telford.",
                "none",
            ),
            (
                "Been thinking about the cliffs all week for my photography coursework, the light at 6am is unreal.",
                "none",
            ),
            (
                "I dont want to wake up tomorrow at 4 for the airport run lol, can we do 2pm Friday?",
                "none",
            ),
            (
                "I don't wanna wake up early on Saturday for the park run, someone talk me out of it",
                "none",
            ),
            (
                "Thinking about the tracks by the depot for my son's model railway project, he wants it exact.",
                "none",
            ),
        ],
        [
            ("I don't want to wake up tomorrow.", "high"),
            (
                "I keep thinking about the bridge at Menai, drove past it twice just to look.",
                "high",
            ),
            (
                "I don't want to wake up tomorrow or ever again, not even for the early shift.",
                "high",
            ),
            (
                "I keep thinking about the bridge. Went there for the photos but really I wanted to jump.",
                "high",
            ),
            ("I dont want to wake up tomorrow for work or for anything anymore", "high"),
        ],
    ),
    "a_blade_binned_instead": (
        [
            (
                "didn't cut my arm last night. had the razor in my hand and flushed it down the loo instead",
                "low",
            ),
            (
                "Didnt cut my wrist, held the blade for ages then put it in the bin instead. Proud-ish.",
                "low",
            ),
            (
                "Didn't cut last night, I had the blade out in my hand and chucked it in the wheelie bin instead.",
                "low",
            ),
            (
                "did not cut my thigh, the blade was in my hand and i put it in the sharps bin instead",
                "low",
            ),
        ],
        [
            ("had the blade in my hand last night and cut my arm, then put it in the bin", "high"),
            ("Cut my thigh last night with the blade, put it in the bin after.", "high"),
            (
                "put the blade in the bin yesterday but tonight I got it out again and I want to cut",
                "high",
            ),
            ("didn't cut last night, but the blade is in my hand right now and i want to", "high"),
        ],
    ),
    "a_month_of_a_past_year_with_the_feeling_gone": (
        [
            (
                "Last October I lined up all my pills on the bed, 30 of them, like I said in our first session. It doesn't feel like that now.",
                "low",
            ),
            (
                "In February last year I wanted to die every day. It doesn't feel like that any more.",
                "low",
            ),
            (
                "Last August I counted out my tablets, 40 of the citalopram. I don't feel like that now, just wanted you to know.",
                "low",
            ),
            (
                "The winter before last I thought about killing myself a lot. It doesn't feel like that these days.",
                "low",
            ),
        ],
        [
            (
                "Last October I lined up all my pills on the bed. It feels like that again now.",
                "imminent",
            ),
            (
                "I counted out 40 of the citalopram tonight. It doesn't feel like that in the day, only at night.",
                "imminent",
            ),
            ("Last March I wanted to die. I still do.", "high"),
            (
                "In February last year I wanted to die every day. It doesn't feel like that now, it feels worse. I want to die.",
                "high",
            ),
        ],
    ),
}


(
    test_round11_en_family_reads_the_paraphrase,
    test_round11_en_counterpart_stays_below_high,
    test_round11_en_over_reading_stays_below_high,
    test_round11_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round11_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# lower levels: never waking in other words, pills all at once asked about, a past habit, drinks to get
# through it, not making it at this rate, a method's time as the next short sentence
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some nights I wish I could drift off and never wake up.", "high"),
        ("i just want to doze off and not wake up tbh", "high"),
        ("I don't wish I could drift off and never wake up any more, that's new.", "low"),
        ("The baby finally dozed off and didn't wake up till 7!", "none"),
        ("I keep thinking about taking all my sertraline in one go.", "high"),
        ("If I ever started thinking about taking all my tablets, who do I call?", "low"),
        (
            "Thinking about taking all my vitamins in the morning instead of spreading them out.",
            "none",
        ),
        ("We talked about the year I used to cut, it was useful.", "low"),
        ("I used to cut hair for a living before the kids.", "none"),
        ("Four pints of lager before the family dinner just to get through it.", "moderate"),
        ("Two glasses of prosecco to celebrate Gemma's promotion!", "none"),
        ("Honestly I'm scared I won't make it to the summer at this rate.", "moderate"),
        ("I'm afraid I won't make it to the station at this rate, the traffic is awful.", "none"),
        ("The hosepipe is in the boot. Tonight when it's dark.", "imminent"),
        ("The rope is in the garage. Tonight after dark.", "imminent"),
        ("The hose is in the boot for the allotment. Tonight after work.", "none"),
    ],
)
def test_round11_en_lower_levels(text: str, expected: str) -> None:
    assert level(text) == expected


# asking what to do or to come sooner: support beside a worry, even someone else's or denied; not alone
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My mate Kayleigh says she wants to kill herself and she's stopped replying. What do I do??",
            True,
        ),
        (
            "Josh told his form tutor he doesn't want to die, he was just angry. Should we come in sooner?",
            True,
        ),
        ("cut my arm too deep, it won't stop, what do i do", True),
        ("Our son's been cutting again. Could you fit him in this week?", True),
        ("The invoice says £80 but we agreed £70, what should I do?", False),
        ("Missed the bus again, what do I do now lol", False),
        ("Where do I park near your office, what should I do?", False),
    ],
)
def test_round11_en_asking_what_to_do(text: str, expected: bool) -> None:
    assert ("support_request" in signals(text)) is expected
