"""English families behind the misreadings of blind round 8 (spent into dev).

Seven misses: the height of a viaduct's railing worked out on the drive home ("and whether anyone would
see"), stepping off a platform "when the 8:12 came through", a bus that "took me out" not minded, not
waking up "fine by me" after most of a bottle, reading at 3am "about which tablets actually work", a
parent who found in the child's maths book that he "doesn't want to be here anymore" (a school
exercise book is not a book being read: the words are the child's, not a quotation), and, on the other
side, the night hoped to be the last ("I put my head down and hope that's it"), whose denial ("but I
don't hope that's it anymore") the learned net read high. Seven over-readings: the bridge of a bungee
jump, a cut with the vegetable peeler, "overdosed on Bake Off and mince pies", malaria tablets counted
out "for the Kruger trip", a film's farewell letter quoted in brackets and single quotes, a goodbye to
everyone "at the leaving do", and "the year I wanted to die" talked over in a session. Each family is
tested on self-written paraphrases that are not in the corpus and on texts that share the words but
not the reading: for the risk families, negated, quoted, someone else's, past or everyday counterparts
that must stay below high; for the over-readings, the risk versions that must keep their level. All
the texts are fictional.
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
    # the barrier or the drop of a high place gauged in passing
    "height_of_the_railing_gauged": (
        [
            (
                "Walking over the footbridge after work I was working out how high the parapet is. Then I "
                "went and got the bus.",
                "high",
            ),
            (
                "caught myself figuring out how far down the drop is from the multi storey again",
                "high",
            ),
            (
                "On the bridge last night I kept wondering how high the railings are and if anyone would "
                "notice.",
                "high",
            ),
            (
                "Crossing the viaduct I started calculating how high the barrier is. I'm only saying "
                "because you asked me to.",
                "high",
            ),
        ],
        [
            (
                "My brother says he keeps working out how high the railing is when he drives over the "
                "bridge.",
                "low",
            ),
            (
                "Spent the morning working out how high the railing is for the toddler gate on the stairs.",
                "none",
            ),
            ("We measured how high the fence is so the dog can't get over it.", "none"),
            ("The builder is working out how high the wall is for the quote.", "none"),
            (
                "Working out how high the railing is on the new balcony, the landlord says it's too low.",
                "none",
            ),
            ("I was wondering how high the bridge is, for the pub quiz.", "none"),
            ("I'm not working out how high the railing is anymore, that's stopped.", "low"),
        ],
    ),
    # stepping off the platform as the train comes in
    "stepping_off_as_the_train_comes": (
        [
            (
                "At the station today I thought about just stepping off as the fast train came through. "
                "I didn't.",
                "high",
            ),
            ("kept thinking about stepping off when the 17:40 came in. home now", "high"),
            (
                "On the platform I kept picturing stepping off the edge when the express went past.",
                "high",
            ),
            (
                "Thought about stepping off in front of the tube this morning. Got on it in the end.",
                "high",
            ),
        ],
        [
            (
                "I thought about stepping off the bus when the train came, to get a better seat.",
                "none",
            ),
            (
                "My friend thought about stepping off when the train came in. I'm scared for her.",
                "low",
            ),
            (
                "I never think about stepping off when the train comes any more, that's gone.",
                "low",
            ),
            (
                "Thought about stepping off the stage when the music came on, I was so nervous.",
                "none",
            ),
            (
                "Thought about stepping off when the train came in, then realised it was my stop.",
                "none",
            ),
        ],
    ),
    # a vehicle welcomed to end it: "wouldn't mind if a bus took me out"
    "vehicle_welcomed": (
        [
            ("honestly wouldn't mind if a lorry hit me on the way in", "high"),
            ("I wouldn't even mind if the bus took me out tonight, that's where I'm at.", "high"),
            ("Wouldnt really mind if a car ran me over tbh. Anyway see you thurs", "high"),
            ("I would not mind if some van knocked me down on the crossing.", "high"),
        ],
        [
            ("I wouldn't mind if a bus took me home, my feet are killing me.", "none"),
            (
                'In the sketch he says "I wouldn\'t mind if a bus hit me" and everyone laughs.',
                "none",
            ),
            ("I wouldn't mind if the bus took me to the seaside for the day.", "none"),
            ("I wouldn't mind if a taxi took me out for dinner lol", "none"),
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("I'd mind if a bus hit me, I'm not careless, I always look.", "low"),
        ],
    ),
    # not waking up welcomed: "if I don't wake up tomorrow that'd be fine by me"
    "not_waking_welcomed": (
        [
            ("if i dont wake up tomorrow that's fine by me", "high"),
            (
                "Half a bottle of vodka down and if I don't wake up, that would be okay with me.",
                "high",
            ),
            ("Honestly if I never wake up again it'd be fine by me.", "high"),
            ("if i didnt wake up in the morning thatd be alright with me tbh", "high"),
        ],
        [
            ("If I don't wake up in time for the train, I'll get the next one.", "none"),
            ("If I don't wake up when the alarm goes, that's fine by me, it's my day off.", "none"),
            ("The song goes \"if I don't wake up tomorrow that's fine by me\", so catchy.", "none"),
            (
                "Back in 2019 I used to think if I don't wake up that's fine by me. I'm in a good place now.",
                "low",
            ),
        ],
    ),
    # reading up on which pills would work
    "reading_which_pills_work": (
        [
            ("been reading about which pills actually work again. don't be cross", "high"),
            ("On the forums last night, reading about which tablets would work best.", "high"),
            ("I was looking into which meds actually work. I know I shouldn't.", "high"),
            (
                "up half the night reading about what tablets really work. can we talk on friday",
                "high",
            ),
        ],
        [
            ("Been reading about which tablets actually work for hay fever.", "none"),
            (
                "Reading about which meds actually work. The GP wants to change my prescription.",
                "none",
            ),
            ("My sister was reading about which pills actually work for migraines.", "none"),
            ("Reading about which tablets actually work. Need something for my back.", "none"),
            ("I don't go reading about which pills actually work. Not since the summer.", "low"),
        ],
    ),
    # a parent reports what the child wrote in a school exercise book: the child's words, not a book read
    "parent_reports_what_the_child_wrote": (
        [
            (
                "This is Mark, Ellie's dad. I found her exercise book and she'd written that she doesn't want "
                "to be alive anymore. Can you see her this week?",
                "high",
            ),
            (
                "Hi, it's Sam's mum. In his maths book he wrote that he doesn't want to be here anymore. "
                "Please call me.",
                "high",
            ),
            (
                "Dear Dr Reid, this is Alan, Toby's dad. His homework book says over and over that he "
                "doesn't want to live. What should we do?",
                "high",
            ),
            (
                "It's Priya's mum. Her school book has pages where she wrote that she doesn't want to be "
                "here any more.",
                "high",
            ),
        ],
        [
            (
                "It's Sam's mum. In the book he's reading the boy says he doesn't want to be here anymore, "
                "it made Sam cry.",
                "none",
            ),
            (
                "This is Mark, Ellie's dad. In her maths book she wrote that she doesn't want to do "
                "fractions any more, ha.",
                "none",
            ),
            (
                "It's Priya's mum. Her friend wrote in her school book that she doesn't want to be here "
                "anymore.",
                "low",
            ),
            (
                "Sam's mum here. Years ago, in primary school, he wrote in his maths book that he doesn't want "
                "to be here anymore. He's fine now, it's just for his history.",
                "low",
            ),
        ],
    ),
    # the night hoped to be the last: "I put my head down and hope that's it"
    "head_down_hoping_its_the_end": (
        [
            ("most nights I put my head down and hope that's it", "high"),
            ("I lay my head on the pillow and just hope I don't wake up.", "high"),
            ("Every night I put my head down, I pray that's the end.", "high"),
            ("some nights i rest my head down and kind of hope it's over", "high"),
        ],
        [
            ("some nights i put my head down but i don't hope that's it anymore", "low"),
            ("I put my head down but I no longer wish that's the end, I want mornings now.", "low"),
            ("I put my head down on the desk and hope that's the last email today.", "none"),
            (
                "I put my head down and hope that's it for the day, so tired after the shift.",
                "none",
            ),
            (
                'The poem ends "I put my head down and hope that\'s it", we read it in class.',
                "none",
            ),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a high place thought about for a jump for sport
    "a_jump_for_sport": (
        [
            ("Can't stop thinking about the bridge, bungee jump on Saturday!!", "none"),
            ("Thinking about the cliff all week, the abseil is on Sunday, so nervous haha", "none"),
            ("Keep thinking about the gorge, the canyon swing is tomorrow morning.", "none"),
            ("thinking of the jump tomorrow, skydiving for charity, eek", "none"),
        ],
        [
            ("Keep thinking about the bridge. I want to die.", "high"),
            ("Thinking about the bridge, not the bungee, the real thing. I want to die.", "high"),
            ("I'm thinking about the bridge again, about jumping off it.", "high"),
            ("Keep thinking about the bridge, and about not coming back from it.", "high"),
        ],
    ),
    # a cut with a kitchen or garden tool that slipped
    "a_cut_with_a_kitchen_tool": (
        [
            ("Cut myself with the cheese grater again, I'm a liability. Plaster on.", "none"),
            ("Nicked my thumb on the tin lid last night making soup, all fine.", "none"),
            ("cut my finger this morning with the mandoline, blood everywhere lol", "none"),
            ("Sliced my hand on the secateurs in the garden, it's fine.", "none"),
        ],
        [
            ("Cut myself again last night with a razor. Third time this week.", "high"),
            ("Cut myself with the peeler on purpose last night.", "high"),
            ("I cut myself again last night. I wanted to feel something.", "high"),
            ("Cut my wrists with the kitchen knife.", "imminent"),
        ],
    ),
    # "overdosed on" a list of treats or shows
    "overdosed_on_treats": (
        [
            ("Overdosed on Strictly and crisps all weekend, feel gross.", "none"),
            ("I think I overdosed on chocolate and Christmas films yesterday haha", "none"),
            ("overdosed on baking and biscuits this week, the kids loved it", "none"),
            ("We overdosed on pizza and true crime last night.", "none"),
        ],
        [
            ("I overdosed on my tablets last night.", "imminent"),
            ("I overdosed on pills and chocolate last night, I'm in A&E.", "imminent"),
            ("I think I overdosed. Feel sick.", "imminent"),
            ("Overdosed on paracetamol this weekend.", "imminent"),
        ],
    ),
    # pills counted out for a trip or pills for travelling
    "travel_pills_counted": (
        [
            (
                "Counted them out this evening. 30 of the antimalarials in a pouch for the safari trip.",
                "none",
            ),
            ("counted them all tonight, 28 malaria tablets, sorted for Kenya", "none"),
            (
                "Counted out my tablets tonight, 40 in the wash bag for the Spain holiday.",
                "none",
            ),
            ("Counted them out: 20 travel sickness tablets for the ferry.", "none"),
        ],
        [
            ("Counted them out tonight. 40 of them. That's enough.", "imminent"),
            (
                "Counted them out tonight, 40 tablets in my bag for the trip. I'm not coming back.",
                "imminent",
            ),
            ("Counted them out. 60 paracetamol. Tonight.", "imminent"),
            ("Counted out all my tablets, 50 of them in little rows on the desk.", "imminent"),
        ],
    ),
    # a farewell letter quoted in brackets from a film or a book
    "a_letter_quoted_in_brackets": (
        [
            (
                "Watched an old film last night and the note at the end ('thank you for everything, "
                "goodbye, don't blame yourself') got to me. Something for Tuesday.",
                "none",
            ),
            (
                "The last scene ('goodbye, thank you for everything') reminded me of my grandad.",
                "none",
            ),
            (
                "That final letter ('this is goodbye, thank you for everything') was so well written.",
                "none",
            ),
            (
                "I keep thinking about the ending ('goodbye and thank you for everything'), want to "
                "talk about it.",
                "none",
            ),
        ],
        [
            ("Thank you for everything. Goodbye. Please don't blame yourself.", "imminent"),
            (
                "Watched a film last night. Thank you for everything, goodbye, don't blame yourself.",
                "imminent",
            ),
            ("This is goodbye (thank you for everything).", "imminent"),
            ("Goodbye. Thank you for everything, you tried harder than I deserved.", "imminent"),
        ],
    ),
    # a goodbye to everyone at a leaving do, a move
    "goodbye_at_the_leaving_do": (
        [
            (
                "Said goodbye to everyone at my leaving do tonight! Thank you for everything :)",
                "none",
            ),
            (
                "said goodbye to everyone at the leaving party, van's packed for Leeds. thank you for "
                "everything",
                "none",
            ),
            (
                "Saying goodbye to everyone at the leaving drinks tomorrow, then we move to Perth. Thanks "
                "for everything!",
                "none",
            ),
            ("Said my goodbyes at the leaving do, off to the new job on Monday.", "none"),
        ],
        [
            ("Said goodbye to everyone tonight. Thank you for everything. I'm sorry.", "imminent"),
            (
                "Said goodbye to everyone at the leaving do. I won't be here much longer.",
                "imminent",
            ),
            ("Said goodbye to everyone. Tonight's the night.", "imminent"),
            ("I've said my goodbyes. Thank you for everything, please forgive me.", "imminent"),
        ],
    ),
    # a past period named by what it held: "the year I wanted to die"
    "the_year_i_wanted_to_die": (
        [
            (
                "Still thinking about Thursday, about the summer I wanted to die. It feels far away.",
                "low",
            ),
            ("We talked about the year I tried to kill myself. Glad I said it.", "low"),
            ("strange to talk about the winter I wanted to die like it's an old story", "low"),
            ("The months when I wanted to be dead feel like someone else's life.", "low"),
        ],
        [
            ("It's the year I wanted to die and I still want to die now.", "high"),
            ("This summer I want to die.", "high"),
            ("I want to die again tonight, like the year I wanted to die.", "high"),
            ("I wanted to die today.", "high"),
        ],
    ),
}


(
    test_round8_en_family_reads_the_paraphrase,
    test_round8_en_counterpart_stays_below_high,
    test_round8_en_over_reading_stays_below_high,
    test_round8_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round8_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


@pytest.mark.parametrize("text", [t for t, _e in FAMILIES["head_down_hoping_its_the_end"][1][:2]])
def test_round8_en_denied_hope_is_a_negated_cue_not_the_net(text: str) -> None:
    reading = read_message(text)
    assert "net_ideation" not in [c.code for c in reading.risk.evidence]
    assert any(c.code == "wish_dead" and "negated" in c.modifiers for c in reading.risk.evidence)


@pytest.mark.parametrize(
    "text", [t for t, _e in FAMILIES["parent_reports_what_the_child_wrote"][0]]
)
def test_round8_en_exercise_book_is_not_a_quotation(text: str) -> None:
    reading = read_message(text)
    assert not any("quoted" in c.modifiers for c in reading.risk.evidence)
    assert "suicidal_ideation" in signals(text)
