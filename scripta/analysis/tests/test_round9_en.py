"""English families behind the misreadings of blind round 9 (spent into dev).

Five misses: a week that "is killing me" wished to "just finish the job" (the idiom taken at its word),
thoughts of ending it written as spoken ("cant stop thinkin bout ending it"), the place and the time
already known ("I know which bridge and I know it'll be Sunday early"), letters "of the just-in-case
sort" buried in a logistics e-mail, and who gets the guitar and the records written out (a negated plan
does not lower a preparation). Six over-readings, read for reasons shared with earlier rounds' idiom
lines and the idiom stress set rather than for their words: pills lined up "in the pill organiser for
the Lisbon trip" (the trip frame known for "counted" pills did not reach "lined up", nor the organiser
with "pill" before it), a jump off a real car park inside a video game (the places that keep a jump
for fun kept a game's too), one farewell phrase counted twice ("thank you for everything you did" is
matched by two weak-farewell entries, so it stood as a pair), a film's line that opens the message in
single quotes with its attribution after the closing quote (a quotation was only seen after a colon,
a bracket or a verb of saying; now also a quote that opens a sentence), a rope for a bouldering
course, and things given away for a studio flat (the frame of a move is now shared by the entries of
belongings given away). The shared reason of most of them, as in rounds 5 to 8: the everyday frame
comes after the crisis words (a dash, the next sentence) and names a new member of a known kind (a
city's trip, a game's title, a climbing course, a smaller flat). Each family is tested on self-written paraphrases that are not in the corpus and on texts that
share the words but not the reading: for the risk families, counterparts that must stay below high;
for the over-readings, the risk versions that must keep their level (recall comes first). All the
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
    # the idiom taken at its word: "... is killing me, I'd like it to just finish the job"
    "idiom_taken_at_its_word": (
        [
            ("work is killing me and honestly part of me wants it to finish the job", "high"),
            ("This job is killing me, some days I wish it would just finish me off.", "high"),
            ("uni is killing me and tbh I'd like it to finish the job", "high"),
            ("The grief is killing me and I kind of hope it finishes the job.", "high"),
        ],
        [
            (
                "The builders are killing me, I'd like them to just finish the job by Friday.",
                "none",
            ),
            ("I'd like the plumber to finish the job before the weekend.", "none"),
            ("The printer is killing me, I want it to finish the job so I can go home.", "none"),
            ("Work is killing me but I don't want it to finish me off, I want to live.", "low"),
        ],
    ),
    # thoughts of ending it written as spoken
    "thoughts_written_as_spoken": (
        [
            ("cant stop thinkin bout ending it. not doing anything tonight", "high"),
            ("been thinkin abt ending it all week tbh", "high"),
            ("keep thinkin bout killing myself, just wanted someone to know", "high"),
            ("ngl been thinkin bout not waking up", "high"),
        ],
        [
            ("been thinkin bout ending it with jay, he's so controlling", "none"),
            ("my mate keeps thinkin bout ending it, im so worried about her", "low"),
            ("not thinkin bout ending it anymore, feeling loads better", "low"),
            ("thinkin bout ending it with my gym membership lol", "none"),
        ],
    ),
    # the place and the time already known
    "place_and_time_known": (
        [
            ("I know which bridge and I know it'll be Sunday early.", "imminent"),
            ("I know which car park and it'll be Friday night.", "imminent"),
            ("i know which cliff and when. just so someone knows", "imminent"),
            ("I know exactly which bridge, and it will be tomorrow.", "imminent"),
        ],
        [
            ("I know which bridge the parade crosses and it'll be Sunday.", "none"),
            ("I know which bridge and it'll be Sunday, the sponsored walk starts there!", "none"),
            ("Back in 2020 I knew which bridge and when. I'm safe now.", "none"),
            ("I know which car park and it'll be Friday, the market is on the top floor.", "none"),
        ],
    ),
    # letters of the "just-in-case" sort
    "just_in_case_letters": (
        [
            (
                "Been writing letters in the evenings, to my brother and my best friend. The just-in-case "
                "kind, you know.",
                "high",
            ),
            ("I've written a few just-in-case letters. Not planning anything.", "high"),
            ("Wrote notes to mum and dad last night, the just in case sort.", "high"),
            ("There are two just-in-case letters in my desk now. Thought you should know.", "high"),
        ],
        [
            ("Wrote just-in-case notes for the babysitter with all the emergency numbers.", "none"),
            ("I used to write just-in-case letters when I was at uni, not any more.", "low"),
            (
                "The school asked us to write a just-in-case letter with the emergency contacts for the trip.",
                "none",
            ),
            ("I'm not writing just-in-case letters anymore, that's stopped.", "low"),
        ],
    ),
    # who gets what, written out
    "who_gets_what_written": (
        [
            ("Wrote out who gets the guitar and the records. Not planning anything.", "high"),
            ("I've written down who gets my books and my bike, feels tidy.", "high"),
            ("Writing out who gets my camera and my vinyl, it just feels right.", "high"),
            (
                "wrote up who gets the car and the good watch. not doing anything, just wanted it written down",
                "high",
            ),
        ],
        [
            ("Wrote out who gets the car on which day next week.", "none"),
            ("Wrote out who gets the bedroom with the balcony on the holiday.", "none"),
            ("Wrote out who gets the prize at the raffle.", "none"),
            ("My gran wrote out who gets her jewellery, she's 94 and very organised.", "none"),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # pills lined up in an organiser or for a trip
    "pills_lined_up_for_a_trip": (
        [
            (
                "Thirty of the sertraline are lined up in the pill organiser for the Rome trip.",
                "none",
            ),
            (
                "My tablets are all lined up in the weekly pill organiser for the holiday, counted them twice.",
                "none",
            ),
            (
                "Twenty of the propranolol are laid out for the flight tomorrow, packing night!",
                "none",
            ),
            (
                "The quetiapine are counted out for the journey to Mum's, all in the pill organiser.",
                "none",
            ),
            (
                "Forty of the amitriptyline are lined up. They're for the Lisbon trip, packing tonight.",
                "none",
            ),
        ],
        [
            ("Forty of the amitriptyline are lined up. Tonight.", "imminent"),
            (
                "Forty of the amitriptyline are lined up for the trip, and I'm not coming back.",
                "imminent",
            ),
            (
                "My tablets are all lined up on the desk. I'm going to take them all tonight.",
                "imminent",
            ),
            (
                "The amitriptyline are lined up for the trip. One way, I won't be coming back.",
                "imminent",
            ),
            (
                "My pills are lined up. I'm cancelling the holiday, there's no point anymore.",
                "imminent",
            ),
        ],
    ),
    # a jump off a real place inside a video game
    "a_jump_in_a_game": (
        [
            (
                "Spent hours jumping off the roof of the shopping centre in Skyline Run, the respawn is instant.",
                "none",
            ),
            ("Kept jumping off the multi-storey car park to get the glitch, so stupid lol", "none"),
            (
                "jumped off the bridge like 40 times trying to reach the checkpoint, still stuck on level 6",
                "none",
            ),
            (
                "Jumping off the tower block in GTA all evening with my brother, the physics are hilarious.",
                "none",
            ),
            (
                "Kept jumping off the bridge in Hollow Knight all night, the level is so hard.",
                "none",
            ),
        ],
        [
            ("Spent last night thinking about jumping off the top floor of the car park.", "high"),
            ("I keep thinking about jumping off the car park roof, it isn't a game.", "high"),
            ("After the game I kept thinking about jumping off the bridge.", "high"),
            ("Thinking about jumping off the car park again. I can't do this anymore.", "high"),
            ("Jumping off the bridge in the game made me think about doing it for real.", "high"),
            ("Keep thinking about jumping off the bridge. Not a game, I mean it.", "high"),
        ],
    ),
    # a line that opens the message in single quotes, attributed after its closing quote
    "a_line_attributed_after_its_quote": (
        [
            (
                "'I'm not afraid of dying, I'm afraid of living like this' - best line of the whole film, honestly.",
                "none",
            ),
            (
                "'I don't want to be alive any more' \u2014 the opening words of the novel we're reading for "
                "book club, so bleak.",
                "none",
            ),
            (
                "'I'm going to end it tonight' \u2014 the last line of episode 4, I can't wait for the finale!",
                "none",
            ),
            (
                "'I just want to die' - the chorus of that song from the musical, stuck in my head.",
                "none",
            ),
            (
                "Still buzzing from film club. 'I'm not scared of dying any more.' \u2014 the last line of "
                "Marlow's Tide.",
                "none",
            ),
        ],
        [
            ("'I don't want to be alive any more.' That's what I keep telling myself.", "high"),
            (
                "'I don't want to be alive any more' - that's the line going round my head all week.",
                "high",
            ),
            (
                "I don't want to be alive any more. The last line of the film made me think of it.",
                "high",
            ),
            ("'I want to die' - I wrote it on my arm today.", "high"),
            (
                "I said it again today. 'I don't want to be alive any more.' That's all I think.",
                "high",
            ),
        ],
    ),
    # "thank you for everything you did" said once, with no other cue
    "one_thank_you_for_everything": (
        [
            (
                "I'm going to end it with Sam tonight. Thank you for everything you did, honestly.",
                "none",
            ),
            ("Finished my last block of sessions today. Thank you for everything you did.", "none"),
            ("Thank you for everything you did this year, the kids have loved it.", "none"),
            ("Thanks for everything you did, I got the job!", "none"),
        ],
        [
            ("Thank you for everything you did. Goodbye.", "imminent"),
            ("I'm going to end it tonight. Thank you for everything you did.", "imminent"),
            ("Thank you for everything you did. I won't be here tomorrow.", "imminent"),
            ("Thank you for everything you did. I can't go on anymore.", "imminent"),
        ],
    ),
    # a rope for a climbing course
    "a_rope_for_a_climbing_course": (
        [
            (
                "Bought the rope today for the bouldering course, Saturday's the first session 👍",
                "none",
            ),
            ("Got the rope for the abseiling course on Sunday.", "none"),
            ("Bought a rope for the belay class, the instructor says it's the right one.", "none"),
            ("Found the rope for bouldering, I know where it goes in the bag now.", "none"),
        ],
        [
            ("Bought the rope today. I know where it goes now. Saturday.", "imminent"),
            ("I've got the rope and I know which beam. Tonight.", "imminent"),
            ("Bought the rope. I'm going to hang myself on Saturday.", "imminent"),
            (
                "Bought the rope today for the bouldering course. I'm going to hang myself with it.",
                "imminent",
            ),
        ],
    ),
    # things given away for a smaller home
    "giving_things_away_for_a_smaller_home": (
        [
            (
                "Started giving my things away, the books and the bike. Won't need them in a studio flat!",
                "none",
            ),
            ("Giving my stuff away this week, the desk, the sofa, no room in the bedsit.", "none"),
            (
                "Giving my things away to friends, the flat in Glasgow is tiny. Feels lighter.",
                "none",
            ),
            ("Giving all my clothes away before I go into halls in September.", "none"),
            ("Giving away my stuff, the flat in Leith is tiny!", "none"),
            ("Gave away all my things, moving to Leeds next week!", "none"),
        ],
        [
            (
                "Started giving my things away this weekend. I won't be needing them where I'm going.",
                "high",
            ),
            ("Giving my things away, the books, the bike. I want to die.", "high"),
            ("Gave my things away to my sister. I don't want to be alive anymore.", "high"),
            ("Giving all my stuff away this week, I won't be around much longer.", "imminent"),
            ("Gave away all my things. Not moving on from this, I can't go on.", "high"),
        ],
    ),
}


(
    test_round9_en_family_reads_the_paraphrase,
    test_round9_en_counterpart_stays_below_high,
    test_round9_en_over_reading_stays_below_high,
    test_round9_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_round9_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


@pytest.mark.parametrize("text", [t for t, _e in LOWERED["a_line_attributed_after_its_quote"][0]])
def test_round9_en_line_attributed_after_is_quoted(text: str) -> None:
    # the line's cues are kept as evidence, read as quoted (not as an idiom, not dropped)
    cues = read_message(text).risk.evidence
    assert any("quoted" in c.modifiers for c in cues)
    assert all("quoted" in c.modifiers for c in cues if c.code != "net_ideation")


# urgency: "ring me now" as "call me now" (round 9's urgency misses; the English dev half fell to
# F1 0.89 on urgency)
@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("can you ring me now, I can't breathe properly", True),
        ("Please phone me back now, it's bad again", True),
        ("ring me straight away when you get this", True),
        ("My mum will phone me today about the wedding", False),
        ("I'll ring you now to confirm Thursday", False),
    ],
)
def test_ring_me_now_asks_for_an_immediate_answer(text: str, urgent: bool) -> None:
    assert ("urgency" in signals(text)) is urgent
