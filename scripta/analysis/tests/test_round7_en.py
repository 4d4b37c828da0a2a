"""English families behind the misreadings of blind round 7 (spent into dev).

Four misses: a plane that "part of me hopes just goes down", a parent reporting that the child texted a
goodbye to a girlfriend (the girlfriend is who was told, not the subject), the means got and a time
set "after Tom leaves for work" with "I wanted one person to know it wasn't his fault" (weak farewells
said together), and a wish not to be around "than I used to" (a present compared with the past, not
the past). Six over-readings: pills counted out "for the trip" ("it's enough" of the supply), a
goodbye sent to the group because of a move for a new job, letters to the children for a school time
capsule, a parent writing that the child "hasn't taken any of my paracetamol", the fear of dying in a
panic attack, and an old overdose "when I was nineteen" gone over in a session. Each family is tested
on self-written paraphrases that are not in the corpus and on texts that share the words but not the
reading: for the risk families, negated, quoted, someone else's, past or everyday counterparts that
must stay below high; for the over-readings, the risk versions that must keep their level. All the
texts are fictional.
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
    # a crash on a journey hoped for: "part of me hopes the plane just goes down"
    "hopes_the_plane_goes_down": (
        [
            ("Flying out on Friday and part of me hopes the plane just goes down.", "high"),
            ("honestly i kind of hope the flight home goes down. then it's not on me", "high"),
            ("On the ferry tomorrow. Part of me hopes the ferry just goes down halfway.", "high"),
            ("I wish the plane would just go down on Sunday, then it would all be over.", "high"),
        ],
        [
            ("I hope the flight goes smoothly, I hate take-off.", "none"),
            ("I hope the plane goes down well with the kids, it's a wooden toy.", "none"),
            ("My nan always hopes the plane goes down on time, she hates circling.", "none"),
            ("I don't hope the plane goes down, I'm just scared of flying.", "low"),
            (
                "In the film the villain hopes the plane goes down so he gets the insurance.",
                "none",
            ),
        ],
    ),
    # a parent reports the child's goodbye text to a peer: the peer is who was told
    "parent_reports_goodbye_text": (
        [
            (
                "It's Karen, Josh's mum. Josh texted his best friend saying goodbye and that he's sorry "
                "for everything. His phone is off. Please call me.",
                "imminent",
            ),
            (
                "This is Leo's dad. Leo messaged his girlfriend an hour ago saying goodbye, we can't find him.",
                "imminent",
            ),
            (
                "Hi it's Amira's mum. Amira told her friend she's saying goodbye to everyone tonight and "
                "she's not answering us.",
                "imminent",
            ),
            (
                "It's Tom, Ellie's dad. Ellie texted her mate saying goodbye and she's taken the car. "
                "Please ring.",
                "imminent",
            ),
        ],
        [
            (
                "It's Karen, Josh's mum. His girlfriend texted him saying goodbye and that she's sorry "
                "for everything.",
                "low",
            ),
            (
                "My friend texted her boyfriend saying goodbye and that she's sorry for everything.",
                "low",
            ),
            (
                "It's Leo's dad. Leo texted his girlfriend saying goodbye, he's moving to Canada for the "
                "new job.",
                "none",
            ),
            (
                "Leo messaged his girlfriend saying goodbye, the new series of that show starts tonight.",
                "none",
            ),
        ],
    ),
    # weak farewells said together: the means got, a time set after someone leaves, "it wasn't his fault"
    "time_set_after_someone_leaves": (
        [
            (
                "Been to the garden centre. It'll be tonight once Sam is asleep. I just wanted someone to know it isn't Sam's fault.",
                "imminent",
            ),
            (
                "It'll happen tomorrow after Jen leaves for work. I wanted someone to know it wasn't her "
                "fault.",
                "imminent",
            ),
            (
                "its going to be on friday when mark goes out. just wanted one person to know it wasnt his "
                "fault",
                "imminent",
            ),
            (
                "Went to the chemist. It'll be on Saturday while Dan is out. I just wanted someone to know it "
                "wasn't their fault.",
                "imminent",
            ),
        ],
        [
            ("Got what I need for the cake, it's all in the fridge.", "none"),
            (
                "It'll be tomorrow after Tom leaves for work, so the surprise party can be set up.",
                "none",
            ),
            ("I wanted someone to know it wasn't her fault, she was just doing her job.", "none"),
            ("Went to the hardware shop this morning. Got what I need.", "none"),
            ("Picked up my prescription, got what I need. Thank you for everything!", "none"),
        ],
    ),
    # "than I used to": the present compared with the past is the present
    "than_i_used_to": (
        [
            (
                "On the bridge I look at the water differently than I used to, and I think it would be "
                "easier for everyone if I just wasn't around any more.",
                "high",
            ),
            (
                "I think about not being around a lot more than I used to, and I wish I was dead most days.",
                "high",
            ),
            (
                "These days I want to die more often than I used to.",
                "high",
            ),
            (
                "I want to kill myself more than I used to, it's every night now.",
                "high",
            ),
        ],
        [
            ("I used to think it would be easier if I wasn't around.", "low"),
            ("When I was fifteen I used to want to die. I'm 40 now and doing fine.", "low"),
            ("I look at the canal differently than I used to, it's so pretty at dusk.", "none"),
            ("My brother wants to die more than he used to, I'm scared for him.", "low"),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # pills counted or packed for a trip: "it's enough" of the supply for the days away
    "pills_for_the_trip": (
        [
            (
                "Counted out all my sertraline for the holiday in Spain. It's enough, I checked twice.",
                "none",
            ),
            (
                "Packed a whole box of quetiapine for the trip to my sister's. That should be plenty.",
                "none",
            ),
            (
                "counted the tablets on the table for the cruise, its enough for the fortnight",
                "none",
            ),
            (
                "Lined up the meds for the week away at Mum's. There's enough, I counted.",
                "none",
            ),
        ],
        [
            (
                "Counted them out on the bedside table. All of the sertraline. It's enough, I checked. "
                "I'll do it when everyone's asleep.",
                "imminent",
            ),
            (
                "Counted out all my sertraline for the trip, it's enough. I'm not coming back.",
                "imminent",
            ),
            ("Counted out 40 tablets, that's enough. Tonight's the night.", "imminent"),
            (
                "Saved my pills for the holiday because I want to die there, far from everyone.",
                "high",
            ),
        ],
    ),
    # a goodbye to the group because of a move for a new job, after an end-of-therapy "thank you"
    "goodbye_of_a_move": (
        [
            (
                "Thank you for everything you've done this year. I'm moving to Bristol for the new job "
                "next week, so please tell the group I said goodbye.",
                "none",
            ),
            (
                "thank you for everything. moving to leeds for a new job on monday, please tell the "
                "tuesday group i said goodbye",
                "none",
            ),
            (
                "Thanks for everything you've done. I've got a new job in Glasgow, tell everyone at group "
                "I said goodbye.",
                "none",
            ),
            (
                "Thank you for everything. I'm moving house to Cardiff on Saturday, please tell the group "
                "I said goodbye.",
                "none",
            ),
        ],
        [
            (
                "Thank you for everything you've done. Please tell the group I said goodbye.",
                "imminent",
            ),
            (
                "Thank you for everything. I don't want to be alive any more. Tell the group I said "
                "goodbye.",
                "imminent",
            ),
            (
                "I want to kill myself. Please tell the Wednesday group I said goodbye.",
                "imminent",
            ),
            (
                "thank you for everything. this is goodbye, i'm going to end it tonight",
                "imminent",
            ),
        ],
    ),
    # letters to the children for a school time capsule, a pen pal, a class project
    "letters_for_a_time_capsule": (
        [
            (
                "Wrote a letter to each of the boys for the school time capsule, just in case they forget "
                "what this year was like.",
                "none",
            ),
            (
                "Wrote letters to my kids last night for the time capsule at the nursery. Sealed and in "
                "the drawer.",
                "none",
            ),
            (
                "Spent the evening writing letters to the girls for their class time capsule, just in case "
                "they lose touch with how small they were.",
                "none",
            ),
            (
                "wrote letters to each of the kids for the school project, just in case they forget this "
                "year. sealed in the drawer",
                "none",
            ),
        ],
        [
            (
                "Wrote letters to each of the kids last night, just in case. Sealed and in the drawer. "
                "I won't be here much longer.",
                "imminent",
            ),
            (
                "I've written letters to the kids for when I'm gone. I want to die.",
                "high",
            ),
            (
                "Wrote letters to the kids for the time capsule. I want to kill myself tonight.",
                "imminent",
            ),
            (
                "Left a letter for each of the kids in the drawer. I want to die.",
                "imminent",
            ),
            (
                "Wrote letters to the kids for the time capsule, just in case I'm not here next year.",
                "high",
            ),
        ],
    ),
    # a parent writes that the child has not taken any of the pills: the act is negated
    "parent_says_no_pills_taken": (
        [
            (
                "Dr Khan, this is Sam's dad. Sam swears he hasn't taken any of my sleeping tablets, I "
                "counted and they're all there. Please call.",
                "low",
            ),
            (
                "It's Ellie's mum. Ellie says she hasn't taken any of the paracetamol, the box is full. "
                "Can you ring me?",
                "low",
            ),
            (
                "This is Noah's mum, he promises he didn't take any of my pills, I checked the packet.",
                "low",
            ),
            (
                "Hi, Zara's mum here. She hasn't swallowed any of her tablets, I counted them. Could you "
                "call me back?",
                "low",
            ),
        ],
        [
            (
                "Dr Khan, this is Sam's dad. Sam has taken a whole box of my sleeping tablets. The "
                "ambulance is on its way.",
                "imminent",
            ),
            (
                "It's Ellie's mum. Ellie says she took all the paracetamol an hour ago. We're going to A&E.",
                "imminent",
            ),
            (
                "This is Noah's mum. Noah swallowed 30 of my pills and says he wants to die.",
                "imminent",
            ),
            ("I've taken all of my sleeping tablets. I'm sorry.", "imminent"),
        ],
    ),
    # the fear of dying in a panic attack: moderate (panic), not a wish to die
    "panic_fear_of_dying": (
        [
            (
                "it's happening again, my heart is pounding and I can't get air, I feel like I'm going to die. "
                "please text back",
                "moderate",
            ),
            (
                "Having a panic attack on the bus, my chest is so tight, I honestly thought I'm going to "
                "die.",
                "moderate",
            ),
            (
                "can't breathe, I'm shaking, I feel like I'm gonna die. I'm in the toilets at work.",
                "moderate",
            ),
            (
                "I can't get enough air and I'm sure I'm about to die, my heart won't slow down.",
                "moderate",
            ),
        ],
        [
            ("My heart is racing. I want to die, I can't do this any more.", "high"),
            (
                "I can't breathe, I feel like I'm going to die and honestly I want to die.",
                "high",
            ),
            ("Panic attacks every day. I wish I was dead.", "high"),
            ("I feel like I'm going to die and I hope I do, my heart is racing.", "high"),
            ("I can't get air in this flat, I want to kill myself.", "high"),
        ],
    ),
    # an old overdose, "when I was nineteen", gone over in a session
    "old_overdose_with_an_age": (
        [
            (
                "About what we got to on Thursday, the time I took the overdose when I was eighteen. "
                "Thanks for listening.",
                "low",
            ),
            (
                "I took an overdose when I was nineteen. I've never told anyone that before our session.",
                "low",
            ),
            (
                "When I was twenty I overdosed on my mum's tablets. I'm glad I finally said it out loud.",
                "low",
            ),
            (
                "What we went over last week, the overdose when I was at uni, it's been on my mind but "
                "I'm okay.",
                "low",
            ),
        ],
        [
            (
                "About what we got to on Thursday: I took an overdose again last night.",
                "imminent",
            ),
            ("I took an overdose tonight, I'm sorry.", "imminent"),
            (
                "I overdosed when I was nineteen and I've just taken 30 tablets again.",
                "imminent",
            ),
            ("I've taken an overdose. I'm so sorry.", "imminent"),
        ],
    ),
}


(
    test_round7_en_family_reads_the_paraphrase,
    test_round7_en_counterpart_stays_below_high,
    test_round7_en_over_reading_stays_below_high,
    test_round7_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round7_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


@pytest.mark.parametrize("text", [t for t, _e in LOWERED["panic_fear_of_dying"][0]])
def test_round7_en_panic_keeps_its_cue_without_ideation(text: str) -> None:
    # the panic cue stays (moderate); the words about dying are the attack's: no ideation signal
    reading = read_message(text)
    assert any(c.code == "panic" and not c.modifiers for c in reading.risk.evidence)
    assert "suicidal_ideation" not in reading.signal_codes()


@pytest.mark.parametrize("text", [t for t, _e in LOWERED["parent_says_no_pills_taken"][0]])
def test_round7_en_pills_not_taken_is_a_negated_act_not_the_net(text: str) -> None:
    reading = read_message(text)
    codes = [c.code for c in reading.risk.evidence]
    assert "net_ideation" not in codes
    assert any(c.code == "act_taken" and "negated" in c.modifiers for c in reading.risk.evidence)


@pytest.mark.parametrize("text", [t for t, _e in FAMILIES["hopes_the_plane_goes_down"][0]])
def test_round7_en_plane_goes_down_is_ideation(text: str) -> None:
    assert "suicidal_ideation" in signals(text)
