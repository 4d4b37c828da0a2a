"""English families behind the misses of blind round 5 (arrangements, drops, quoted letters, drink).

Each family is tested on self-written paraphrases that are not in the corpus (other tenses,
persons, places, means, spellings, SMS style), and on counterparts that share the words but not
the risk: negated, quoted, someone else's, hypothetical, past or everyday. The counterparts must
never reach high. All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import HIGH, level, signals

# family -> (paraphrases with their level, counterparts with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # perceived burdensomeness: the family's easier time "if I wasn't in the picture", "a cost to them"
    "easier_time_without_me": (
        [
            ("My kids would honestly have an easier time if I wasn't around.", "high"),
            ("my parents would have it easier if i wasnt in the picture tbh", "high"),
            ("I think my husband would find it a lot easier if I weren't here.", "high"),
            (
                "They'd really have an easier time if I wasn't in the picture. I'm just a drain on them.",
                "high",
            ),
            ("Everybody would probably find it easier if I was not around any more.", "high"),
        ],
        [
            (
                '"They would all have an easier time if I was not in the picture" - my character says it in the school play.',
                "none",
            ),
            (
                "My flatmate reckons everyone would have an easier time if she wasn't around. I told her that's not true.",
                "none",
            ),
            ("I'm not just a cost to them any more, I pay my own rent now!", "none"),
            (
                "My sister told me: they'd really have an easier time if I wasn't around. I'm so worried about her.",
                "low",
            ),
            (
                "Last year I used to think my family would have an easier time if I wasn't in the picture. Not now.",
                "low",
            ),
            ("The car is a real cost to them, insurance went up again.", "none"),
        ],
    ),
    # a drop looked at and measured ("how quick it would be"), lingering at a bridge's railing
    "drop_looked_at": (
        [
            (
                "Stopped on the bridge on the way back and looked down at the water. How easy it would be.",
                "high",
            ),
            (
                "keep walking past the multi-storey, looking up at the edge and thinking how quick it would be",
                "high",
            ),
            (
                "The viaduct again today. I slowed down at the top, thinking about how fast it would all be.",
                "high",
            ),
            (
                "There's a footbridge over the motorway near us. I stood at the railing for half an hour yesterday.",
                "high",
            ),
            ("walked to the bridge after my shift and sat on the parapet for ages", "high"),
            ("Went to the cliffs on Sunday and stood at the edge for a long time.", "high"),
        ],
        [
            (
                "We walked over the bridge and I stood at the railing for ages watching the boats.",
                "none",
            ),
            (
                "The new bridge is finished, I wondered how quick it would be to cycle to work now.",
                "none",
            ),
            ("Stood at the railing of the ferry for an hour, the sea was calm and lovely.", "none"),
            (
                "My friend stood at the railing of the bridge for an hour last night. I'm scared for her.",
                "low",
            ),
            (
                "Years ago I used to go to the bridge and stand at the railing for hours. I'm in a better place now.",
                "low",
            ),
            (
                "The cliff path was closed; the ranger said the edge could go any time, how quick it would be to fall is scary!",
                "none",
            ),
        ],
    ),
    # tablets put aside instead of being taken
    "pills_put_aside": (
        [
            ("I've been putting a few of my tablets aside instead of taking them.", "imminent"),
            (
                "keeping some of my sertraline back instead of taking it. got a little stash now",
                "imminent",
            ),
            (
                "Been setting aside one of my sleeping tablets each night instead of swallowing it.",
                "imminent",
            ),
            (
                "Hiding a couple of my tablets away every week instead of taking them. Just so you know.",
                "imminent",
            ),
            ("I put half my meds aside this month instead of taking them", "imminent"),
        ],
        [
            (
                "I put my tablets aside for the week in the dosette box like the nurse showed me.",
                "none",
            ),
            (
                "Putting my tablets aside for the holiday, can I get a repeat prescription early?",
                "none",
            ),
            (
                "My mum has been putting her tablets aside instead of taking them. I found them in a jar.",
                "low",
            ),
            (
                "I haven't been putting my tablets aside instead of taking them, I promise, I take them every day.",
                "low",
            ),
            (
                "When I was 19 I kept my tablets back instead of taking them. That's a long time ago now.",
                "low",
            ),
        ],
    ),
    # counted out by pronoun, with a number or rows
    "counted_out_in_rows": (
        [
            ("Counted them out on my bed. Thirty-six.", "imminent"),
            ("i counted them out again, 28, and lined them into little rows", "imminent"),
            ("Counted them all on the desk tonight. Fifty of them.", "imminent"),
            ("I've counted them out into neat rows on the bathroom floor.", "imminent"),
            ("counted em out. 40. keep touching them", "imminent"),
        ],
        [
            ("Counted them out for the raffle, forty tickets sold!", "none"),
            ("I counted them out into little rows, 30 cupcakes for the bake sale.", "none"),
            ("Counted them out: 24 chairs for the school hall.", "none"),
            ("Counted the coins into neat rows, 40 pounds for the charity jar.", "none"),
            ("The kids counted them out, thirty conkers in little rows on the table.", "none"),
        ],
    ),
    # arrangements made, each weak alone: the pet rehomed, the letters written, a day sorted, "hear it from me"
    "arrangements_made": (
        [
            (
                "The dog's going to my sister and the letters are written. Everything's sorted for Sunday.",
                "imminent",
            ),
            ("Everything is arranged for tomorrow. Wanted you to hear it from me.", "imminent"),
            ("my cat's staying with my neighbour now. the notes are all done", "imminent"),
            (
                "You did everything right. Don't read any of this as your fault. Thanks for trying with me.",
                "imminent",
            ),
            (
                "Letters have been written. Wanted you to hear it from me first. Thanks for trying with me.",
                "imminent",
            ),
        ],
        [
            (
                "The dog's going to my sister while we're in Spain. Everything's sorted for Friday!",
                "none",
            ),
            ("Cover letters are written, everything's sorted for the interview on Monday.", "none"),
            (
                "The cat's going to my neighbour and the letters are written, I'm moving to Leeds for the new job.",
                "none",
            ),
            (
                "Everything's sorted for Saturday, the party starts at 8. Wanted you to hear it from me!",
                "none",
            ),
            ("You did everything right with the invoice, thanks.", "none"),
        ],
    ),
    # the last message announced: "this is the last thing you'll get from me"
    "last_thing_from_me": (
        [
            ("This is the last thing you'll get from me. Thank you.", "imminent"),
            ("last thing you will hear from me. sorry", "imminent"),
            (
                "Consider this the last thing you're going to get from me. Don't blame yourself.",
                "imminent",
            ),
            ("This'll be the last thing you'll receive from me, I've made up my mind.", "imminent"),
            ("THIS IS THE LAST THING YOU'LL GET FROM ME", "imminent"),
        ],
        [
            (
                "This is the last thing you'll get from me before my holiday, back on the 3rd!",
                "none",
            ),
            (
                "Last thing you'll hear from me until Monday, the wifi at the cottage is rubbish.",
                "none",
            ),
            ("The last thing you'll get from me today is the invoice, promise.", "none"),
            (
                "My brother texted 'this is the last thing you'll get from me' to his ex. Drama.",
                "low",
            ),
            (
                "This isn't the last thing you'll get from me, I'll write again after the session.",
                "low",
            ),
        ],
    ),
    # pills taken on top of the drink
    "pills_on_top_of_drink": (
        [
            ("Drank most of the vodka and then my sleeping pills on top.", "imminent"),
            ("had the wine and then all my tablets on top, feeling woozy", "imminent"),
            ("Took my diazepam on top of the gin. All of it.", "imminent"),
            ("two bottles of cider and then the painkillers on top", "imminent"),
            ("I've swallowed my meds on top of all the whisky.", "imminent"),
        ],
        [
            ("Poured the wine and put my tablets on top of the fridge so I remember them.", "none"),
            ("Can I take my tablets on top of a glass of wine at dinner?", "none"),
            ("My flatmate had the vodka and then her sleeping pills on top. We're in A&E.", "low"),
            (
                "I haven't had my tablets on top of the wine, I waited till morning like you said.",
                "low",
            ),
            ("Years ago I took my tablets on top of the gin. I'm 10 years sober now.", "low"),
        ],
    ),
    # disappearing and not coming back, told by the patient or by a parent
    "disappear_and_not_come_back": (
        [
            ("I wish I could just disappear and never come back.", "high"),
            ("sometimes i want to disappear and not come back", "high"),
            (
                "This is Mark, Sophie's dad. Sophie says she wishes she could disappear and not come back.",
                "high",
            ),
            ("I'd like to disappear and never be found.", "high"),
            ("Part of me wants to just disappear and not return.", "high"),
        ],
        [
            ("I wish I could disappear and not come back until the exams are over lol", "none"),
            (
                "My friend Grace wishes she could disappear and not come back. What should I say to her?",
                "low",
            ),
            ("I don't want to disappear and not come back, I want things to get better.", "low"),
            ("In the film she wants to disappear and never come back, it's beautiful.", "none"),
            ("When I was 16 I used to want to disappear and never come back. Not anymore.", "low"),
        ],
    ),
    # not existing preferred, in a learner's English too: "I prefer to not exist", "tired from the life"
    "prefer_not_to_exist": (
        [
            ("I think I prefer to not exist anymore.", "high"),
            ("honestly i would prefer not to exist", "high"),
            ("I am so tired from the life, every day the same.", "high"),
            ("Sometimes I prefer to die than to continue like this.", "high"),
            ("I'm tired of the life, I preferred to not exist.", "high"),
        ],
        [
            ("I prefer not to exist on social media, it's healthier.", "none"),
            ("I'm tired of the life admin, bills bills bills.", "none"),
            (
                "My grandad says he would prefer to not exist than go into a home. How do I talk to him?",
                "low",
            ),
            ("I used to prefer not to exist, years ago. Now I'm much better.", "low"),
            ("I don't prefer to not exist, I'm just tired.", "low"),
        ],
    ),
    # a crash on a journey welcomed
    "crash_welcomed": (
        [
            ("If the plane went down on Friday I honestly wouldn't mind.", "high"),
            ("wouldn't really care if the train came off the rails with me on it", "high"),
            ("If my flight crashed, I really would not mind.", "high"),
            ("I wouldn't mind if the plane went down, is that awful", "high"),
            ("if the ferry went down tbh i wouldnt care", "high"),
        ],
        [
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("If the plane went down I wouldn't mind knowing where the life jackets are!", "low"),
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("If the plane went down I'd be terrified, I hate flying.", "low"),
            ("My dad told me: if the plane went down I wouldn't mind. He's 90 and fed up.", "low"),
            (
                "I wouldn't mind if the train came off the timetable for a day, I need a lie-in.",
                "none",
            ),
            (
                "The plane went down in the documentary and I wouldn't mind watching it again.",
                "none",
            ),
        ],
    ),
    # a letter to the children, "just in case", after a full stop
    "letter_just_in_case": (
        [
            ("I wrote a sort of letter to the kids. Just in case.", "high"),
            ("Wrote letters to my boys last night, just in case.", "high"),
            ("I've written letters to my children, just in case.", "high"),
            ("wrote a kind of letter to them last night. in case.", "high"),
            (
                "I wrote a sort of letter to my daughter. Just in case. I'm not planning anything.",
                "high",
            ),
        ],
        [
            (
                "I wrote a letter to the kids' school just in case they forget the trip money.",
                "none",
            ),
            ("My mum wrote a letter to us, just in case, before her operation.", "low"),
            ("Wrote a letter to my son for his 18th, to open when he's older.", "none"),
            ("I haven't written a letter to my kids, just in case you're wondering.", "none"),
            (
                "When I was ill years ago I wrote a letter to the kids, just in case. I'm well now.",
                "low",
            ),
        ],
    ),
    # a farewell in single quotes after a colon or a verb of saying: a letter read in class, a card, a poem
    "single_quoted_farewell": (
        [
            (
                "Thank you for everything you tried to do for me. Please don't blame yourself for what happens. Goodbye.",
                "imminent",
            ),
            (
                "thank you for everything. goodbye. don't blame yourself for what happens",
                "imminent",
            ),
            (
                "Goodbye, thank you for everything. This is the last thing you'll get from me.",
                "imminent",
            ),
            ("By the time you read this I'll be gone. Thank you for everything.", "imminent"),
            ("I want to die. Goodbye and thank you for everything.", "imminent"),
        ],
        [
            (
                "We read a poem in class that ended: 'Goodbye, thank you for everything, don't blame yourself for what happens.' Everyone went quiet.",
                "none",
            ),
            (
                "The last line of the letter reads 'thank you for everything, goodbye forever.' Written by a sailor in 1805.",
                "none",
            ),
            (
                "In history we read a soldier's letter that said 'don't blame yourself for what happens. Goodbye.' Powerful stuff.",
                "none",
            ),
            (
                "Nan's card said: 'Thank you for everything, goodbye and good luck in Leeds!' I cried a bit.",
                "none",
            ),
            (
                "My essay quotes it: 'By the time you read this I'll be gone.' It's from the novel.",
                "none",
            ),
        ],
    ),
    # not wanting to be here, told as a feeling (a hypothesis of it stays low and the net is not asked)
    "feeling_not_wanting_to_be_here": (
        [
            ("I've started feeling like I don't want to be here anymore.", "high"),
            ("Some nights I feel like I don't want to be alive.", "high"),
            ("felt like i didnt want to be here all weekend", "high"),
            ("I keep feeling like I don't want to be around any more.", "high"),
            ("Lately I feel like I do not want to be here.", "high"),
        ],
        [
            (
                "If I ever did start feeling like I didn't want to be here, who would I call? Not saying I do.",
                "low",
            ),
            ("I felt like I didn't want to be here at the party, so I left early.", "none"),
            (
                "My friend says she feels like she doesn't want to be here anymore. How can I help her?",
                "low",
            ),
            ("Years ago I felt like I didn't want to be alive. I'm doing well now.", "low"),
            (
                '"I feel like I don\'t want to be here" is a line from the song we sang at choir.',
                "none",
            ),
        ],
    ),
    # a question about a fact: "does it count as a bad week if I've started giving my stuff away?"
    "question_about_a_fact": (
        [
            (
                "Does it count as a bad week if I've started giving my stuff away? My bike went to my nephew.",
                "high",
            ),
            ("is it bad if ive been giving my things away? my guitar went to my cousin", "high"),
            ("Is it a worry if I've started wanting to die?", "high"),
            ("Sorry if I've been distant, I've been wanting to die most days.", "high"),
            ("Is it weird if I have been giving away my belongings? Felt lighter after.", "high"),
        ],
        [
            (
                "Does it count as a bad week if I've started giving my stuff away to the charity shop for the move?",
                "low",
            ),
            ("What should I do if I ever start giving my stuff away?", "low"),
            ("If I've got time I'll give my old stuff away at the car boot sale.", "none"),
            (
                "Is it bad if my brother has started giving his stuff away? He won't talk to me.",
                "none",
            ),
            ("Is it a bad week if I've started a new job and I'm exhausted?", "low"),
        ],
    ),
    # drinking told by its amount or its length: most of a bottle, "4 cans deep", right through the weekend
    "drinking_by_amount": (
        [
            ("Got through most of a bottle of vodka again last night just to sleep.", "moderate"),
            ("finished the bottle of white by myself again tonight lol", "moderate"),
            ("6 pints deep and it's only Tuesday", "moderate"),
            ("Drank straight through the night, haven't slept.", "moderate"),
            ("It's half of a bottle of whisky most evenings now.", "moderate"),
            ("Polished off another bottle on my own. Don't judge me.", "moderate"),
        ],
        [
            (
                "I haven't been getting through most of a bottle every night, I've cut right down.",
                "none",
            ),
            ("Finished the bottle of water on the hike, so proud of my step count!", "none"),
            ("We got through most of a bottle of prosecco at Sam's wedding, what a day!", "none"),
            (
                "My husband finished the bottle of red on his own again. I'm worried about him.",
                "low",
            ),
            (
                "Back in 2015 I was getting through most of a bottle a night. Six years sober now.",
                "low",
            ),
        ],
    ),
    # smoking or drinking too much to get to sleep
    "too_much_to_sleep": (
        [
            ("smoked way too much again just to get to sleep", "moderate"),
            ("Drank far too much last night to stop thinking.", "moderate"),
            ("I'm smoking too much to cope, feel like I need it now.", "moderate"),
            ("Smoked much too much weed tonight to switch off.", "moderate"),
            ("drinking way too much just to get to sleep again", "moderate"),
        ],
        [
            ("I haven't smoked too much to get to sleep since I started the new routine.", "none"),
            ("My flatmate smoked way too much to get to sleep, the whole flat stinks.", "low"),
            # low: the smoking is the sender's, hypothetical ("show up" is no programme any more, not quoted)
            ("If I smoked too much to sleep would it show up in a blood test?", "low"),
            ("Smoked way too much salmon for the party, anyone want some?", "none"),
            ("Years ago I smoked far too much to get to sleep. I'm clean now.", "low"),
        ],
    ),
}

# the substance_use signal: drink or pills beyond the dose to cope, not the pills of an overdose
SUBSTANCE: list[tuple[str, bool]] = [
    # (text, substance_use expected)
    ("Took 3 of the diazepam instead of 1 just to stop feeling like this.", True),
    ("took two of the zopiclone instead of one again tonight", True),
    ("4 cans deep and thinking about the bridge", True),
    ("Drank right through the weekend basically.", True),
    ("had most of the gin and then the sleeping tablets on top", True),
    # the pills of an overdose or of a plan are not a use of drugs to cope
    ("He swallowed a strip of his mum's codeine an hour ago, we're on the way to A&E.", False),
    ("I've got 30 of my dad's tramadol in my drawer and I know when.", False),
    ("Took a whole box of my gran's co-codamol. sorry", False),
    ("I haven't been getting through most of a bottle of wine every night, I've cut down.", False),
    ("Took 3 of the diazepam instead of 1, like the psychiatrist said for the flight.", True),
]


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [(f, t, e) for f, (pos, _neg) in FAMILIES.items() for t, e in pos],
)
def test_round5_family_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    [(f, t, e) for f, (_pos, neg) in FAMILIES.items() for t, e in neg],
)
def test_round5_family_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    got = level(text)
    assert got not in HIGH, family
    assert got == expected, family


def test_round5_every_family_has_five_paraphrases_and_five_counterparts() -> None:
    for family, (pos, neg) in FAMILIES.items():
        assert len(pos) >= 5, family
        assert len(neg) >= 5, family


@pytest.mark.parametrize(
    ("family", "text"),
    [(f, t) for f in ("drinking_by_amount", "too_much_to_sleep") for t, _e in FAMILIES[f][0]],
)
def test_round5_drinking_paraphrases_are_substance_use(family: str, text: str) -> None:
    assert "substance_use" in signals(text), family


@pytest.mark.parametrize(
    ("family", "text"),
    [(f, t) for f in ("drinking_by_amount", "too_much_to_sleep") for t, _e in FAMILIES[f][1]],
)
def test_round5_drinking_counterparts_are_not_substance_use(family: str, text: str) -> None:
    assert "substance_use" not in signals(text), family


@pytest.mark.parametrize(("text", "expected"), SUBSTANCE)
def test_round5_substance_signal(text: str, expected: bool) -> None:
    assert ("substance_use" in signals(text)) is expected


def test_round5_the_quoted_farewell_keeps_its_cues() -> None:
    # the quotation lowers the farewell to none and keeps it as evidence
    reading = read_message(
        "We read a letter that ended: 'Thank you for everything. Goodbye.' A soldier wrote it in 1916."
    )
    assert reading.risk.level == "none"
    assert any("quoted" in c.modifiers for c in reading.risk.evidence)


def test_round5_a_parent_reporting_a_friend_is_someone_else() -> None:
    # the patient's friend, named by the parent, is not the patient
    text = (
        "Hello, this is Joanne, Ellie's mum. Ellie told me that her friend Grace wishes she could "
        "disappear and not come back."
    )
    assert level(text) == "low"
    assert (
        level(
            "Hello, this is Joanne, Ellie's mum. Ellie wishes she could disappear and not come back."
        )
        == "high"
    )


def test_round5_one_arrangement_alone_stays_visible() -> None:
    # a weak farewell alone raises nothing; two of them together are a farewell
    reading = read_message("The cat's going to my neighbour.")
    assert reading.risk.level == "none"
    assert "suicidal_ideation" not in reading.signal_codes()
    assert level("The cat's going to my neighbour. The letters are written.") == "imminent"


def test_round5_the_pills_of_an_overdose_are_self_harm() -> None:
    codes = signals("Dylan swallowed a strip of his dad's codeine, we're on the way to A&E.")
    assert "self_harm" in codes
    assert "substance_use" not in codes
