"""English families behind the misreadings of blind round 6 (spent into dev).

Self-harm told sideways with a pencil sharpener's blade, a crash or an accident that "would solve a
lot", disappointment at waking up at all, something taken with the wish to die or an ambulance, days
in bed, a bottle or a bag to make the head stop, "whatever we try in therapy I'll always be like
this", "scared I won't make it to our next session"; and four over-readings: ending it with someone,
jumping on a train (catching it), an overdose not taken ("didn't take the whole strip, put it back")
and an old act gone over in a session. Each family is tested on self-written paraphrases that are
not in the corpus (other tenses, persons, means, spellings, SMS style) and on texts that share the
words but not the reading: for the risk families, negated, quoted, someone else's, past,
hypothetical or everyday counterparts that must stay below high; for the over-readings, the risk
versions that must keep their level. Then two signal families: a request to talk about it later or
to move the session is support only beside a current cue; the pills of an overdose are not
substance use. All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    signals,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    # self-harm told sideways ("did it again"), the blade taken from a pencil sharpener: a sharpener is
    # not a trade tool (sharpening knives is)
    "sharpener_blade_sideways": (
        [
            (
                "Did it again on Sunday with the blade out of my pencil sharpener. Not deep, cleaned up.",
                "high",
            ),
            ("did it again last nite w the sharpener blade. its not deep dont worry", "high"),
            ("Used the blade from my pencil sharpener again last night, it's not deep.", "high"),
            (
                "Broke a pencil sharpener for the blade again yesterday. I cleaned it all up after.",
                "high",
            ),
            ("I took the blade out of a pencil sharpener again and used it on my arm.", "high"),
        ],
        [
            (
                "Didn't use it last night, though I had the blade from my pencil sharpener in my hand. "
                "Nothing to clean up.",
                "low",
            ),
            ("got the sharpener blade out last night but didn't use it", "low"),
            (
                "My friend did it again with the blade from her pencil sharpener. I'm scared for her.",
                "low",
            ),
            ("Back in Year 8 I did it with the blade from a pencil sharpener. I'm 30 now.", "low"),
            (
                "In the novel, the girl hides the blade from her pencil sharpener in her sock.",
                "none",
            ),
            ("Sharpening the chisels today, the blade on the sharpener is worn out.", "none"),
        ],
    ),
    # a crash or an accident on a journey that "would solve a lot", "wouldn't be the worst thing"
    "accident_would_solve": (
        [
            (
                "If my flight to Dublin went down tomorrow, honestly it would solve everything.",
                "high",
            ),
            ("if the train came off the rails on the way home that'd solve a lot tbh", "high"),
            (
                "If the ferry goes down on Saturday it would honestly solve so many problems.",
                "high",
            ),
            ("If a bus hit me on the way to work, that would honestly solve a lot.", "high"),
            ("if i got hit by a car tomorrow it would solve everything tbh", "high"),
            ("Part of me thinks if the plane went down it wouldn't be the worst thing.", "high"),
        ],
        [
            ("If the flight price goes down next week that would solve a lot.", "none"),
            (
                "if the train goes down to Brighton on Saturdays that would solve a lot of our problems",
                "none",
            ),
            ("I'm scared the plane goes down on the way to Lisbon, flying terrifies me.", "low"),
            (
                "My sister said if her plane went down it would solve a lot. I'm worried about her.",
                "low",
            ),
            (
                "Years ago I used to think if the plane went down it would solve a lot. Not now.",
                "low",
            ),
            ("If the new train timetable goes ahead it would solve a lot for my commute.", "none"),
        ],
    ),
    # disappointed at waking up at all, "again", "all over again", at the end of the sentence
    "disappointed_to_wake": (
        [
            ("woke up gutted again that I'd woken up at all", "high"),
            ("Every morning I'm disappointed again that I woke up.", "high"),
            ("I woke up and felt disappointed all over again that I was still alive.", "high"),
            ("Woke up this morning sad again that I woke up at all.", "high"),
            ("Every morning I'm disappointed to wake up.", "high"),
        ],
        [
            ("woke up disappointed again that I missed the sunrise", "none"),
            ("I'm not disappointed that I woke up again today, for once.", "low"),
            (
                "My mum says she wakes up disappointed that she woke up at all. I'm worried about her.",
                "low",
            ),
            (
                "When I was 20 I used to wake up disappointed that I'd woken up at all. I'm 35 now.",
                "low",
            ),
            ("woke up disappointed again that it was raining", "none"),
            ("I was annoyed that I woke up at 5, the bins were so loud.", "none"),
        ],
    ),
    # "she says she's taken something and wants to die. The ambulance is on its way": an act taken,
    # its substance unknown (with the wish to die, "on purpose", an ambulance or 999)
    "taken_something": (
        [
            (
                "Our son is locked in his room, he says he's taken something and wants to die. Ambulance is coming.",
                "imminent",
            ),
            ("I've taken something on purpose. I'm sorry.", "imminent"),
            (
                "she swallowed something from the cupboard, we've called 999, she won't say what",
                "imminent",
            ),
            ("took a load of something an hour ago, wanted to die, now scared", "imminent"),
            (
                "Our son has taken something, the paramedics are with him now. Please ring me.",
                "imminent",
            ),
        ],
        [
            ("I've taken something for the headache, feeling better now.", "none"),
            ("She's taken something from my bag again, I'll talk to her.", "none"),
            ("I haven't taken anything on purpose, I promise.", "none"),
            (
                "My friend said she'd taken something at the party and wanted to die, the ambulance came. I'm shaken.",
                "low",
            ),
            (
                "Years ago I took something on purpose and ended up in A&E. I'm in a better place now.",
                "low",
            ),
        ],
    ),
    # in bed every day since Sunday, all week: withdrawal (not with an illness)
    "days_in_bed": (
        [
            ("I've stayed in bed every day since Monday. Just so you know.", "moderate"),
            ("been in bed all week, can't face anything", "moderate"),
            (
                "Been in bed every day since the weekend, I don't see the point in getting up.",
                "moderate",
            ),
            ("lying in bed for days now, not answering anyone", "moderate"),
            ("I've stayed in bed for three days. I'm sorry I didn't reply.", "moderate"),
        ],
        [
            ("Stayed in bed for three days with the flu, better now.", "none"),
            ("My flatmate has stayed in bed every day since Sunday, I'm worried about her.", "low"),
            ("I haven't stayed in bed every day this week, I got up and went for a walk!", "none"),
            ("Last year I stayed in bed for days at a time. Things are different now.", "low"),
            (
                "I've stayed in bed every day since Sunday with a chest infection, on the mend now.",
                "none",
            ),
        ],
    ),
    # "finishing a bottle of red on my own just so I can sleep", "smoked a whole bag to make my head stop"
    "drinking_or_smoking_to_stop_the_head": (
        [
            ("finishing a bottle of red on my own again just so I can sleep", "moderate"),
            ("Fourth night in a row finishing a bottle of wine by myself.", "moderate"),
            ("smoked a whole bag last night to make my head stop", "moderate"),
            ("Smoked the whole eighth tonight just to switch off.", "moderate"),
            ("necking a bottle of vodka on my own most nights to get to sleep", "moderate"),
        ],
        [
            ("Finishing a bottle of water on my own on the hike was hard work!", "none"),
            ("My dad is finishing a bottle of red on his own every night. I'm worried.", "low"),
            ("I haven't finished a bottle of wine on my own in months, I'm proud of that.", "none"),
            ("Smoked a whole bag of salmon for the party.", "none"),
            (
                "Years ago I was finishing a bottle of vodka on my own every night. Five years sober now.",
                "low",
            ),
        ],
    ),
    # "whatever we try in therapy I'll always be like this": what therapy will do, not a session's past
    "therapy_will_not_change_me": (
        [
            ("Whatever I try in therapy I'll always be like this.", "moderate"),
            ("Whatever we do in therapy, nothing will ever change.", "moderate"),
            ("no matter what we try in therapy it's hopeless", "moderate"),
            ("Whatever we tried in therapy, nothing will ever change for me.", "moderate"),
            (
                "Whatever we're doing in therapy, I'll always be like this, I've accepted it.",
                "moderate",
            ),
        ],
        [
            (
                "In therapy we talked about how I used to think I'll always be like this. I don't now.",
                "low",
            ),
            ("My sister thinks whatever she tries in therapy she'll always be like this.", "none"),
            ("I don't think I'll always be like this, therapy is helping.", "none"),
            (
                "In therapy we talked about how I felt nothing will ever change. It's different now.",
                "low",
            ),
            ("Whatever we try in therapy next, can it be on Thursdays?", "none"),
        ],
    ),
    # "I'm scared I won't make it to our next session" (not a journey): "I'm afraid I won't make it"
    "scared_not_to_make_it_to_the_session": (
        [
            (
                "scared I won't make it to our next session tbh. not dramatic, just so tired",
                "moderate",
            ),
            ("honestly scared i wont make it till our next appointment", "moderate"),
            ("I'm frightened I won't last until my next session.", "moderate"),
            (
                "I'm terrified I won't make it to the next session, everything is too much.",
                "moderate",
            ),
            ("Scared I'm not going to make it to our next session.", "moderate"),
        ],
        [
            (
                "I'm scared I won't make it to our next session on time, the trains are on strike.",
                "low",
            ),
            (
                "Scared I won't make it to my next appointment, my shift changed. Can we move it?",
                "none",
            ),
            ("I'm afraid I won't make it to our next session, I'm away for work.", "none"),
            (
                "I'm not scared I won't make it to our next session any more, I feel steadier.",
                "none",
            ),
            (
                "My friend is scared she won't make it to her next session, she sounds exhausted.",
                "none",
            ),
            (
                "Last winter I was scared I wouldn't make it to the next session. I'm fine now.",
                "none",
            ),
        ],
    ),
}

# over-readings: (the everyday or lowered wording below high, the risk versions that keep their level)
LOWERED: Families = {
    # ending it with a partner, a landlord, a gym; not "with everything" or "with the pills"
    "ending_it_with_someone": (
        [
            ("Made up my mind. Tonight I end it with Jake, for good this time.", "none"),
            ("ive made up my mind, today i finish it with my landlord and move out", "none"),
            ("I'm ending it tonight with Priya. It's been coming for months.", "none"),
            ("This is when I finish it with the gym membership, for good.", "none"),
            ("Going to end it with Sam tonight, it's been a long time coming.", "none"),
        ],
        [
            ("I've made up my mind. Tonight I end it, for good.", "imminent"),
            ("made up my mind. tonight i finish it. for good", "imminent"),
            ("Tonight I finish it with the pills I've saved.", "imminent"),
            ("I'm ending it tonight with the tablets, I've made up my mind.", "imminent"),
            ("I'm going to end it with pills tonight.", "imminent"),
            ("Today I end it with everything, for good.", "imminent"),
        ],
    ),
    # "jumping on the 8:14 instead": catching a train, a bus or a tram
    "jumping_on_a_train": (
        [
            ("Standing at the bus stop I thought about jumping on the 38 instead.", "none"),
            ("was thinking of jumping on an earlier train so I'm not late for you", "none"),
            (
                "I keep thinking about jumping on the next tram home, this meeting is so dull.",
                "none",
            ),
            ("Thought about jumping on the 7.45 instead but I stayed for the last talk.", "none"),
            ("On the platform I thought about jumping on the fast train to Leeds instead.", "none"),
        ],
        [
            (
                "Standing on the platform this morning I thought about jumping in front of the 8:14.",
                "high",
            ),
            ("thinking about jumping onto the tracks when the train comes in", "high"),
            ("thought about jumping on the train tracks", "high"),
            (
                "On the platform I thought about jumping in front of the fast train to Leeds.",
                "high",
            ),
            ("thought about jumping under the 38 at the bus stop", "high"),
        ],
    ),
    # an overdose not taken ("didn't take the whole strip, put it back"): a negated act, low, and the
    # learned net is not asked (the rules lowered a high cue)
    "averted_overdose": (
        [
            (
                "didn't take the whole box of paracetamol, put it back in the cupboard an hour ago. sorry",
                "low",
            ),
            (
                "I didn't swallow all my sertraline in the end, I put them back. Just wanted you to know.",
                "low",
            ),
            (
                "Didn't take the whole strip of co-codamol. Put it back about half an hour ago.",
                "low",
            ),
            (
                "I did not swallow the whole packet of tablets I'd counted out, I flushed them. "
                "Sorry for the text.",
                "low",
            ),
            (
                "didnt take all of my sleeping pills, put them back in the drawer. just wanted someone to know",
                "low",
            ),
        ],
        [
            ("took the whole box of paracetamol about an hour ago. sorry", "imminent"),
            (
                "I swallowed all my sertraline twenty minutes ago. Just wanted you to know.",
                "imminent",
            ),
            ("Took the whole strip of co-codamol half an hour ago.", "imminent"),
            ("I'm going to take all my sleeping pills tonight.", "imminent"),
            ("Didn't take the whole strip, took the whole box of paracetamol instead.", "imminent"),
        ],
    ),
    # an old act gone over with the therapist: "what we went over last week about the time I..."
    "episode_gone_over_in_session": (
        [
            (
                "What we went through on Monday about the time I overdosed in first year has stayed "
                "with me. Feels lighter.",
                "low",
            ),
            (
                "The stuff we went over last week about when I overdosed after my exams, I think it helped. Sam",
                "low",
            ),
            (
                "What we went over on Tuesday, the time I took all my tablets at uni, I've been "
                "thinking about it calmly.",
                "low",
            ),
            (
                "What we looked at last session, the time I overdosed at 19, I feel different about it now.",
                "low",
            ),
            (
                "we talked about the time i overdosed in sixth form and it didn't feel so heavy",
                "low",
            ),
        ],
        [
            ("What we went over last week didn't help. I overdosed again on Saturday.", "imminent"),
            ("I overdosed last night, I'm sorry. Ben", "imminent"),
            ("we went over the safety plan but i've overdosed tonight anyway", "imminent"),
            (
                "we talked about the time I overdosed and last night I took 20 tablets again",
                "imminent",
            ),
            (
                "I've been thinking about the time I overdosed at uni and I want to do it again tonight.",
                "imminent",
            ),
        ],
    ),
}


(
    test_round6_en_family_reads_the_paraphrase,
    test_round6_en_counterpart_stays_below_high,
    test_round6_en_over_reading_stays_below_high,
    test_round6_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round6_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 5, 5)
    assert_family_sizes(LOWERED, 5, 5)


@pytest.mark.parametrize("text", [t for t, _e in LOWERED["averted_overdose"][0]])
def test_round6_en_averted_overdose_is_a_negated_act_not_the_net(text: str) -> None:
    # the rules see the act and its negation: the net is not asked, no content signal is raised
    reading = read_message(text)
    codes = [c.code for c in reading.risk.evidence]
    assert "net_ideation" not in codes
    assert any(c.code == "act_taken" and "negated" in c.modifiers for c in reading.risk.evidence)
    assert not {"suicidal_ideation", "self_harm"} & set(reading.signal_codes())


@pytest.mark.parametrize("text", [t for t, _e in FAMILIES["sharpener_blade_sideways"][0]])
def test_round6_en_sharpener_blade_is_self_harm(text: str) -> None:
    assert "self_harm" in signals(text)


@pytest.mark.parametrize("text", [t for t, _e in LOWERED["episode_gone_over_in_session"][0]])
def test_round6_en_episode_gone_over_keeps_its_cue_as_past(text: str) -> None:
    # lowered, not hidden: the act stays as evidence with the past modifier
    evidence = read_message(text).risk.evidence
    assert any(c.code == "act_taken" and "past" in c.modifiers for c in evidence)


# a request to talk about it next time, to move the session, to be texted back: support_request only
# beside a current cue of low or more (text, support_request expected)
ASKS: list[tuple[str, bool]] = [
    ("Feeling awful since the news. Could we bring my session forward?", True),
    ("I'm so low this week. Can we talk about it next time?", True),
    ("i want to hurt myself so badly tonight. can you text back", True),
    (
        "Our daughter hasn't left her room in days and barely eats. Is there any way you could see "
        "her sooner?",
        True,
    ),
    ("Could we bring my session forward? I have a dentist appointment at 4.", False),
    ("You seemed in a hurry last week. Can we talk about it on Tuesday?", False),
    ("can you message back when you get a sec? it is about the invoice", False),
    ("Could we move the appointment a bit earlier? The school run clashes.", False),
]

# the pills of the same overdose ("and some of dad's tablets") are not a use of drugs to cope; alcohol
# taken with them is (text, substance_use expected)
OVERDOSE_PILLS: list[tuple[str, bool]] = [
    ("I took all my sertraline and some of mum's diazepam. I'm sorry", False),
    ("took 30 of my tablets and then a few of dad's codeine", False),
    ("took all the paracetamol and some of dad's tablets, then most of the gin", True),
    ("I've been taking mum's tablets to get to sleep", True),
]

# the signal each moderate or imminent family raises on its paraphrases
_FAMILY_SIGNAL = {
    "taken_something": "self_harm",
    "days_in_bed": "withdrawal",
    "drinking_or_smoking_to_stop_the_head": "substance_use",
    "therapy_will_not_change_me": "hopelessness",
    "scared_not_to_make_it_to_the_session": "hopelessness",
}


@pytest.mark.parametrize(("text", "expected"), ASKS)
def test_round6_en_ask_is_support_beside_a_cue(text: str, expected: bool) -> None:
    reading = read_message(text)
    assert ("support_request" in reading.signal_codes()) is expected
    # the ask itself never raises the risk
    assert all(c.level == "none" for c in reading.risk.evidence if c.code == "contact_ask")


@pytest.mark.parametrize(("text", "expected"), OVERDOSE_PILLS)
def test_round6_en_pills_of_the_overdose_are_not_substance_use(text: str, expected: bool) -> None:
    assert ("substance_use" in signals(text)) is expected


@pytest.mark.parametrize(
    ("family", "text"),
    [(f, t) for f in _FAMILY_SIGNAL for t, _e in FAMILIES[f][0]],
)
def test_round6_en_family_signal(family: str, text: str) -> None:
    assert _FAMILY_SIGNAL[family] in signals(text), family
