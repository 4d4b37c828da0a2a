"""English families behind the misses of blind round 3 (indirect, euphemistic wording).

Each family is tested on self-written paraphrases that are not in the corpus (other tenses,
persons, places, means), and on counterparts that share the words but not the risk: negated,
quoted, someone else's, hypothetical or everyday. The counterparts must never reach high.
All the texts are fictional.
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
    # unsure about wanting to stay alive: the doubt is the passive ideation (the negation carries it)
    "unsure_wanting_to_live": (
        [
            ("Honestly I'm not sure I want to be around much longer.", "high"),
            ("I don't know if I want to be alive anymore", "high"),
            ("most nights im not really sure i wanna wake up", "high"),
            ("I'm unsure whether I still want to live, some days.", "high"),
        ],
        [
            ("My dad says he's not sure he wants to be here anymore. He's 80.", "low"),
            (
                "'Not sure I want to be here anymore' - that's the opening line of the song we're "
                "covering in band.",
                "none",
            ),
            ("I'm not sure I want to live in London, the rent is mad", "none"),
            ("Not sure I want to be here for the whole party tbh, can I leave early?", "none"),
            ("What if I get to a point where I don't know if I want to be alive anymore?", "low"),
        ],
    ),
    # a place or a means named, the act left unsaid: "...and think how easy it would be"
    "unsaid_method": (
        [
            ("I look at the pills on the shelf and think how easy it would be.", "high"),
            ("Every time I cross the bridge I wonder how easy it would be", "high"),
            ("stood on my balcony last night thinking about how easy it'd be", "high"),
        ],
        [
            (
                "My flatmate says she stands on the balcony and thinks how easy it would be. "
                "I'm scared for her.",
                "low",
            ),
            (
                "In the film she stands at the edge of the platform and thinks how easy it would be.",
                "none",
            ),
            (
                "I cycle past the bridge every day and think how easy it would be to walk to work instead.",
                "none",
            ),
            ("The train was late again, imagine how easy it would be with a car!", "none"),
        ],
    ),
    # a high place named, someone told where the sender is (two weak farewells, or one with a cue)
    "high_place_and_whereabouts": (
        [
            (
                "I'm sat on the roof of the car park. Just wanted somebody to know where I am.",
                "imminent",
            ),
            ("up on the top floor of the multi-storey. i cant do this anymore", "imminent"),
            (
                "Standing at the top of the tower block. I just want you to know where I am.",
                "imminent",
            ),
        ],
        [
            ("Parked on the top floor of the multistorey, running ten minutes late!", "none"),
            ("Just wanted you to know where I am: at my sister's in Leeds for the week.", "none"),
        ],
    ),
    # a decision, a chosen time alone, the method withheld, the therapist reassured
    "decided_and_reassured": (
        [
            (
                "I've made my decision. Sunday, when my parents are away. It's not your fault.",
                "imminent",
            ),
            ("I've decided. I won't tell you how. Please don't blame yourself.", "imminent"),
            (
                "Friday when my husband goes to work. I'm not telling you how. None of this is your fault.",
                "imminent",
            ),
        ],
        [
            ("It's not your fault the session got cancelled, honestly. See you Thursday.", "none"),
            ("I've decided. I'm taking the job in Manchester!", "none"),
            (
                "Can we do the call when my parents are out? I won't tell you how nervous I am lol",
                "none",
            ),
        ],
    ),
    # carbon monoxide: a hose and tape gathered, a hose to the exhaust
    "hose_and_exhaust": (
        [
            (
                "Got a length of hose and some duct tape this afternoon. Garage is empty.",
                "imminent",
            ),
            ("I keep thinking about the hosepipe from the exhaust into the car.", "imminent"),
            ("picked up a garden hose & gaffer tape on the way home. car's ready", "imminent"),
        ],
        [
            (
                "Bought a hosepipe and some tape to fix the leak in the garden, exciting weekend!",
                "none",
            ),
            (
                "My brother bought a hose and some gaffer tape and the car's in the garage. I'm terrified.",
                "low",
            ),
        ],
    ),
    # hidden so that nobody comes in time
    "rescue_prevented": (
        [
            ("Booked a room in a B&B so no one finds me in time.", "imminent"),
            ("going somewhere quiet so nobody can stop me before it's too late", "imminent"),
            ("Drove out to the woods so that nobody will find me until it's over.", "imminent"),
        ],
        [
            ("Hiding in the library so nobody finds me lol, deadline tomorrow", "none"),
            ("Everything I need is in my bag for the hen weekend, so excited!", "none"),
        ],
    ),
    # perceived burdensomeness: the family would cope without the sender
    "would_cope_without_me": (
        [
            ("My family would manage fine without me, honestly.", "high"),
            ("Everyone would be fine without me.", "high"),
            ("they'd all cope without me", "high"),
        ],
        [
            ("The kids will be fine without me for the weekend, their dad has them.", "none"),
            ("My kids wouldn't cope without me, which is why I keep going.", "none"),
            ("If I ever start thinking my kids would cope without me, who do I call?", "low"),
        ],
    ),
    # questioning being alive with the self named
    "point_of_me_being_alive": (
        [
            ("What is the point of me still being here?", "high"),
            ("why am i even alive", "high"),
            ("Why do I even bother waking up", "high"),
        ],
        [
            ("why am I still alive after that spin class lol", "none"),
            ("What's the point of me being here at this job? Handing my notice in.", "moderate"),
        ],
    ),
    # ending one's life in a learner's English
    "finish_my_life": (
        [
            ("Since some months I am thinking to end my life.", "high"),
            ("Every night I think about finish my life.", "high"),
            ("I want to end with my life, doctor.", "high"),
        ],
        [
            ("I would like to finish my life in Portugal, by the sea, when I retire.", "none"),
            ("My cousin is thinking to end her life", "low"),
            ("I don't think about to finish my life any more, the new medicine helps.", "low"),
        ],
    ),
    # an overdose of a relative's pills, as texted, and its purpose of not waking up
    "relatives_pills_overdose": (
        [
            ("took 20 of my dads tramadol an hour ago", "imminent"),
            (
                "My daughter swallowed a whole packet of her mum's sertraline, we're on our way to A&E.",
                "imminent",
            ),
            (
                "swallowed the rest of the box of my nans co-codamol so i wont wake up again.",
                "imminent",
            ),
        ],
        [
            ("I took a sleeping tablet so I wouldn't wake up at 4 again", "none"),
            ("My sister took 20 of her mum's tramadol last year, it still haunts me.", "low"),
        ],
    ),
    # self-injury with an object, in the present forms (so negated and past versions keep the cue)
    "burn_or_scratch_with_an_object": (
        [
            ("I want to burn my arm with the lighter again", "high"),
            ("keep wanting to scratch my legs with the compass", "high"),
            ("i carve my thigh with a blade when it gets like this", "high"),
        ],
        [
            ("I didn't scratch my arm with the compass last night.", "low"),
            ("Used to burn my wrist with a cigarette when I was at school.", "low"),
            ("I burnt my arm on the oven tray, ouch! Running late", "none"),
        ],
    ),
    # neighbours of the same meanings (part 2): not a worry or a burden for much longer
    "not_a_worry_for_long": (
        [
            ("You won't have to worry about me for much longer.", "high"),
            ("I won't be a burden to my family for much longer.", "high"),
            ("my parents would be relieved if i wasnt around", "high"),
            ("Everyone's better off.", "high"),
        ],
        [
            (
                "You won't have to worry about me anymore, I've found a therapist closer to home.",
                "none",
            ),
            ("I won't be a burden to anyone anymore, I got my own flat!", "none"),
            ("Everyone's better off with the new timetable.", "none"),
        ],
    ),
    # sleeping and staying asleep, resting for good, the noise stopped for good
    "stay_asleep_rest_for_good": (
        [
            ("I'd like to just fall asleep and stay asleep.", "high"),
            ("I want to rest for good.", "high"),
            ("I need the thoughts in my head to stop for good.", "high"),
        ],
        [
            ("I'd love to fall asleep and stay asleep through the night for once!", "none"),
            ("I want to rest for good this weekend lol", "none"),
        ],
    ),
    # death as relief or welcome
    "death_welcome_or_relief": (
        [
            ("It would be a relief not to wake up.", "high"),
            ("I would welcome death.", "high"),
            ("Death doesn't scare me anymore, it sounds peaceful.", "high"),
        ],
        [
            ("My mum said she'd welcome death, she's 90 and tired. How do I respond?", "low"),
            ('"I would welcome death" is the last line of my play script.', "none"),
            ("I wouldn't welcome death, I want to see my grandkids grow up.", "none"),
            ("I'm not scared of dying anymore since finding my faith again.", "none"),
        ],
    ),
    # no future with oneself in it, no place in this world
    "no_future_with_me": (
        [
            ("I can't see a future with me in it.", "high"),
            ("There's no place for me in this world.", "high"),
            ("I don't plan on being around much longer.", "high"),
        ],
        [
            ("I don't plan on staying here for long, the job is temporary.", "none"),
            ("The office would keep going without me, so I'm taking Friday off.", "none"),
        ],
    ),
    # thinking about a method: how many, the pills in the drawer, a place revisited, the sea, the insurance
    "method_neighbours": (
        [
            ("I've worked out how many I'd need.", "high"),
            ("Can't stop thinking about the bottle of pills in the drawer.", "high"),
            ("I went to the bridge again last night and stood there for an hour.", "high"),
            ("Keep driving out to the reservoir at night and just sitting there.", "high"),
            ("I'm going to go for a long walk into the sea.", "high"),
            ("Looked up whether my life insurance covers suicide.", "high"),
        ],
        [
            ("Worked out how many I'd need for the party, 40 chairs.", "none"),
            ("Thinking about the pills in my bag, did I take them this morning?", "none"),
            (
                "I went to the bridge again last night and stood there taking photos of the sunset.",
                "none",
            ),
            ("Walked into the sea up to my knees, so cold!", "none"),
            (
                "My dad's life insurance didn't pay out because it was suicide, we're struggling.",
                "low",
            ),
        ],
    ),
    # means kept back
    "means_kept_back": (
        [
            ("I've stopped taking my meds and I'm saving them instead.", "imminent"),
            ("Been keeping back my sleeping tablets for a few weeks.", "imminent"),
            ("putting aside my quetiapine every night now", "imminent"),
        ],
        [
            ("I keep my tablets aside for the holiday in a little box.", "none"),
            (
                "My flatmate is putting aside her tablets, I found them in a sock. I'm scared.",
                "low",
            ),
        ],
    ),
    # a list of who gets what
    "who_gets_what": (
        [
            ("Wrote a list of who gets what.", "high"),
            ("I've been making a list of who should have my things", "high"),
            ("drew up a list of who gets my books and records", "high"),
        ],
        [
            ("Wrote a list of who gets what for secret santa!", "none"),
        ],
    ),
    # more weak farewells: two together make a farewell, one alone is everyday
    "weak_farewells_paired": (
        [
            ("I've made my peace with dying. It's not because of you.", "imminent"),
            ("Tying up loose ends this week. Soon none of this will matter.", "imminent"),
            (
                "Gave the cat to my neighbour today. Wrote to my brother explaining everything.",
                "imminent",
            ),
            ("Made sure the kids will be looked after. None of this is your fault.", "imminent"),
        ],
        [
            (
                "Our last session today. Please know you helped so much. Thank you for everything!",
                "none",
            ),
            (
                "Thank you for everything. It's not your fault it didn't work out with the group.",
                "none",
            ),
            ("Tying up loose ends before I move to Canada, thank you for everything!", "none"),
            (
                "Gave the dog to my sister for the week while I'm away. Thanks for everything x",
                "none",
            ),
            ("Tonight I'll finally get some peace, the kids are at their dad's.", "none"),
            ("I wrote to my landlord explaining everything about the leak.", "none"),
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("If I'm not here next week, don't worry, it's the train strike.", "low"),
        ],
    ),
    # more indirect wordings (part 3): self-harm by its object, "the thing", a parent's discovery
    "self_harm_by_its_object": (
        [
            ("I've been using the compass on my legs again.", "high"),
            ("Did the thing with the lighter again last night.", "high"),
            ("I keep finding bloody tissues in his bin and he won't talk about it.", "high"),
        ],
        [
            ("Been using the safety pin on my jeans, they keep falling down", "none"),
            (
                "Doing the thing with the lighter my brother taught me, lighting the bbq with one match!",
                "none",
            ),
            ("Found blood on her pillow again, she had another nosebleed poor thing", "none"),
        ],
    ),
    # a hanging begun and stopped
    "hanging_begun": (
        [
            ("I stood on the chair with the belt around my neck last night.", "imminent"),
            ("I tied the cord to the bannister and then stopped.", "imminent"),
            (
                "had the dressing gown cord round my neck for a while before i took it off",
                "imminent",
            ),
        ],
        [
            ("Put a scarf around my neck, it's freezing out there", "none"),
            ("Tied the rope to the tree for the kids' swing, they love it", "none"),
            ("My son tied a rope to the banister for his den, should I worry?", "none"),
        ],
    ),
    # no longer a problem after tonight
    "not_a_problem_after_tonight": (
        [
            ("After tonight I won't be a problem anymore.", "high"),
            ("Tomorrow you won't have to deal with me anymore.", "high"),
            ("from tomorrow nobody will have to worry about me", "high"),
        ],
        [
            ("After tonight you won't have to worry about me, I'll have my licence!", "none"),
            (
                "Tomorrow you won't have to deal with me anymore, I'm off to Spain for a month lol",
                "none",
            ),
        ],
    ),
    # tired of this life, waiting to die, the only way out, hoping not to survive, not caring if hit
    "passive_wishes": (
        [
            ("I'm so tired of this life. I want out.", "high"),
            ("I'm just waiting to die at this point.", "high"),
            ("Sometimes I think the only way out is to not be here.", "high"),
            ("I hope I don't survive the operation.", "high"),
            ("I keep hoping I'll get cancer so it'll be over.", "high"),
            ("I walk in front of cars without looking and I don't care if they hit me.", "high"),
            ("I've stopped caring if I live or die.", "high"),
        ],
        [
            ("I'm so tired of this life in London, want to move to the countryside.", "none"),
            ("Waiting to die of boredom in this queue", "none"),
            ("I hope I don't survive the operation... of my tax return lol", "none"),
            ("I hope I get cancer research funding for my project!", "none"),
            ("I don't care if it hits 30 degrees, I'm going to the beach", "none"),
            ("I stopped caring whether I make it to the gym", "none"),
            ("In the film she says 'I'm just waiting to die'. Heavy.", "none"),
        ],
    ),
    # part 4: a learner's English
    "learners_english": (
        [
            ("I am thinking to kill me. Please help.", "high"),
            ("I have thoughts to die every day.", "high"),
            ("I want to sleep and not to wake.", "high"),
            ("Everything is finish for me. I have no reason to stay.", "high"),
            ("Life has no sense for me anymore.", "high"),
        ],
        [
            ("I think of killing me softly, the song, every time.", "none"),
            ("Go to sleep and not wake until noon, that's my plan for Sunday", "none"),
            ("I've got no reason to stay late tonight, so see you at 6!", "none"),
            ("My life has no purpose without a dog, getting one next month lol", "none"),
        ],
    ),
    # text-speak
    "text_speak": (
        [
            ("i wanna disappear fr", "high"),
            ("honestly might just end it idk", "high"),
            ("ive been sh-ing again", "high"),
            ("thinking about ctb", "high"),
            ("I should just disappear.", "high"),
        ],
        [
            ("i wanna disappear fr this weekend, off-grid camping", "none"),
            ("Might just end it with him tonight, he never listens", "none"),
            ("I should just disappear for a week to a cabin.", "none"),
            ("Stop sh-ing me when I'm talking! (joke from my little brother)", "none"),
        ],
    ),
    # not wanting to continue living; not deserving to be here
    "not_continue_living": (
        [
            ("I don't want to continue living.", "high"),
            ("I don't wanna keep existing", "high"),
            ("I don't deserve to be here.", "high"),
        ],
        [
            ("I don't want to continue living like this, doctor.", "moderate"),
            ("I don't want to keep living in this flat, the damp is awful.", "none"),
            ("I don't deserve to be here at this uni, imposter syndrome again.", "none"),
        ],
    ),
    # the funeral pictured, the family sad for a while; a reunion with someone who died
    "funeral_and_reunion": (
        [
            ("I picture my family at my funeral a lot.", "high"),
            ("I think my family would be sad for a while and then better.", "high"),
            ("I just want to be with my husband again. He's been gone two years.", "high"),
            ("I'll be with Mum soon. It's been a year since she passed away.", "high"),
        ],
        [
            ("My mum would be sad for a while and then fine if I moved to Leeds.", "none"),
            ("I'll be with Mum soon, she's picking me up from the station.", "none"),
            ("I'll be with my mum at the funeral on Friday, so I need to cancel.", "none"),
            ("I just want to be with my husband again, he's been working away for months.", "none"),
        ],
    ),
    # time to go, ready to go, at peace: weak farewells, a farewell when together
    "ready_and_at_peace": (
        [
            ("I'm ready to go now. I'm at peace.", "imminent"),
            ("It's time for me to go. I feel at peace with it.", "imminent"),
            ("I'm finally at peace. I've made my decision.", "imminent"),
        ],
        [
            ("I'm ready to go now. Bags packed, taxi's outside!", "none"),
            ("Feeling at peace. The retreat was amazing, thank you for everything.", "none"),
            ("It's time for me to go, the bus is here. Thanks for today!", "none"),
        ],
    ),
    # part 7: the funeral attended, nobody noticing, an accident hoped for
    "funeral_notice_accident": (
        [
            ("I keep wondering if anyone would even come to my funeral.", "high"),
            ("I don't think anyone would notice if I was gone.", "high"),
            ("It would be easier for everyone if I had an accident.", "high"),
            ("Sometimes I hope something happens to me.", "high"),
            ("I wish I could just not exist for a while. Or forever.", "high"),
            ("I've been wishing I had cancer so I'd have an excuse to die.", "high"),
        ],
        [
            (
                "My gran keeps asking who would come to her funeral, she's 94. How do I answer?",
                "none",
            ),
            ("Would anyone even notice if I was gone for a week? The office is chaos lol", "none"),
            ("It would be easier for everyone if I had a car, the bus takes ages.", "none"),
            ("I hope something happens to me this year, like a promotion or love!", "none"),
            ("I wish I could die my hair purple but work won't let me", "none"),
        ],
    ),
    # part 7: a method researched or rehearsed
    "method_researched": (
        [
            ("Sometimes when I'm driving I think about not braking.", "high"),
            ("I looked up the height of the bridge.", "high"),
            ("I've been reading about how long it takes to bleed out.", "high"),
            ("Researched which pills would work best.", "high"),
            ("I've hidden pills in my sock drawer.", "high"),
            ("I held the knife against my wrist for a long time last night.", "high"),
            ("Bought two boxes of paracetamol from two different shops today.", "imminent"),
        ],
        [
            (
                "I keep thinking about not stopping at the services, it's only a 3 hour drive.",
                "none",
            ),
            ("Looked up the height of the bridge for the lorry, we'll fit.", "none"),
            ("How long does it take for the swelling to die down?", "none"),
            (
                "Researched which meds would work best for my migraines, can we talk about it?",
                "none",
            ),
            ("I've hidden my pills from the dog in the top cupboard.", "none"),
            (
                "Bought paracetamol from two different shops because the first was sold out.",
                "none",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_round3_family_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_round3_family_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


def test_round3_every_family_has_three_paraphrases_and_a_counterpart() -> None:
    assert_family_sizes(FAMILIES, 3, 1)


def test_round3_negated_and_past_cues_stay_visible() -> None:
    # the cue is kept as evidence with its modifier, only its level is lowered
    reading = read_message("I didn't burn my arm with the lighter, first week in ages.")
    assert [(c.code, c.level, c.modifiers) for c in reading.risk.evidence] == [
        ("self_harm", "low", ("negated",))
    ]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # loneliness: nobody at home listens; does anyone get me; talking into a void
        ("nobody at home ever listens to me", "loneliness"),
        ("No one in my family understands, not one of them", "loneliness"),
        ("does anybody even understand me. honestly", "loneliness"),
        ("feels like I'm shouting into a void lately", "loneliness"),
        ("the checkout girl is the only conversation I have all week", "loneliness"),
        # support: tell me it will be ok; see a child sooner; a phone call
        ("Could you please tell me everything will be okay?", "support_request"),
        ("I just need to hear it from somebody", "support_request"),
        ("Could you possibly see Jack sooner? He's really struggling.", "support_request"),
        # hopelessness: can't take much more; run out of reasons
        ("I can't stand much more of this, every day the same.", "hopelessness"),
        ("I've run out of hope.", "hopelessness"),
        # withdrawal: not eating again, days on black coffee
        ("not eating at all since Monday, just can't", "withdrawal"),
        ("four days of nothing but black coffee", "withdrawal"),
        # substance: more weed than admitted, every night
        ("smoking far more weed lately", "substance_use"),
        ("Had a few too many again last night, that's every night this week.", "substance_use"),
        ("I can't sleep without a drink anymore.", "substance_use"),
        ("I haven't spoken to a single person in four days.", "loneliness"),
        ("Nobody's messaged me all week.", "loneliness"),
        ("I don't know how much longer I can keep doing this.", "hopelessness"),
        ("I'm barely holding on.", "hopelessness"),
        ("I'm hanging by a thread.", "hopelessness"),
        ("I can't see the way forward anymore.", "hopelessness"),
    ],
)
def test_round3_signal_families(text: str, code: str) -> None:
    assert code in signals(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("does anyone get me a coffee on the way in?", "loneliness"),
        ("I can't take much more of this heat, roll on autumn", "hopelessness"),
        ("Not eating meat again this month, trying veggie", "withdrawal"),
        ("My flatmate is smoking way more weed since his exams, it stinks", "substance_use"),
        ("I'm so tired of fighting my own head every single day.", "hopelessness"),
        ("Had a few too many at the wedding, head's pounding", "substance_use"),
        ("Can't sleep without my pills since the surgery", "substance_use"),
        ("I haven't spoken to anyone in four days because I lost my voice, sorry!", "loneliness"),
        ("I'm barely holding on to the job, the boss is a nightmare", "hopelessness"),
        ("I can't see a way forward with the house sale", "hopelessness"),
        ("My brother says he's hanging by a thread, I'm worried about him.", "hopelessness"),
    ],
)
def test_round3_signal_counterparts(text: str, code: str) -> None:
    assert code not in signals(text)


def test_round3_drowning_in_work_is_an_idiom() -> None:
    assert level("Drowning in paperwork this week, three reports due. See you Monday!") == "none"
    assert level("I'm drowning. I can't keep going like this.") == "moderate"


def test_round3_repeated_panic_attacks_are_overwhelming() -> None:
    assert level("Two panic attacks today already and it's only lunchtime.") == "moderate"
    assert level("I had a panic attack last spring, we talked about it.") != "moderate"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negated, hypothetical, past, someone else's and quoted versions of the new families
        ("I didn't buy the hosepipe in the end. I rang the crisis line instead.", "none"),
        (
            "My neighbour bought a hose and tape and sat in his car in the garage, the police came.",
            "low",
        ),
        ("In the drama the dad buys a hosepipe and some tape and the car's in the garage.", "none"),
        ("If I ever started saving my tablets again, what should I do?", "low"),
        ("I'm not saving my tablets any more, I gave them all back to the pharmacist.", "low"),
        ("Years ago I used to keep back my sleeping tablets. Not now.", "low"),
        ("My mum keeps back her tablets, I found a stash of them. I'm scared.", "low"),
        ("When I was 20 I'd stand on the bridge and think how easy it would be.", "low"),
        ("Last year I wasn't sure I wanted to be alive anymore. Feels so different now.", "low"),
        ("My brother says everyone would be better off. He's 30 and drinking.", "low"),
        ("She told me she's been using the compass on her legs again. My best friend.", "low"),
        ("Years ago I tied a belt to the banister. I'm safe now.", "low"),
        ("I didn't walk into the sea last night, I turned around and went home.", "low"),
        ("My friend walked into the sea last night, the coastguard found her.", "low"),
        ("What if I start thinking my family would cope without me again?", "low"),
    ],
)
def test_round3_modifiers_lower_the_new_families(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round3_a_parent_quoting_the_child_is_the_patients_risk() -> None:
    text = '"Everyone\'s better off" she wrote on her bedroom wall, my daughter is 15.'
    assert level(text) == "high"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Could you fit her in earlier than the 14th? Exams are getting to her.", "cancellation"),
        ("Can our appointment be moved to Friday? Sorry!", "cancellation"),
        ("Oops, I've double-booked Monday.", "cancellation"),
        ("is there any chance of Wednesday instead?", "cancellation"),
        (
            "The GP put me on propranolol for the shaking, is that ok with my other tablets?",
            "medication",
        ),
        ("Can I bring my mum along next time?", "information"),
        ("Finished my first half marathon!", "information"),
        ("Really good week so far, the new routine is working.", "information"),
    ],
)
def test_round3_topic_families(text: str, code: str) -> None:
    assert code in read_message(text).topics


@pytest.mark.parametrize(
    "text",
    [
        # a dose, a medication question, a commute, shaving: everyday messages the older rules raised
        "I take 2 tablets every morning, is that right?",
        "I took 2 paracetamol for my headache, is that ok with sertraline?",
        "I took all my meds this morning, even the new one!",
        "Had 2 ibuprofen and the pain is gone.",
        "Can I take 3 tablets a day instead of 2?",
        "I took 1 pill of zopiclone last night and slept 9 hours",
        "Should I take all the pills in the pack or stop when I feel better?",
        "I'm going to take all my tablets with me on holiday",
        "I'm on the platform, train's delayed, running late",
        "Just looked at the bridge pictures you sent, gorgeous",
        "Bought new razor blades for shaving, the cheap ones were awful",
        "I'm on the roof terrace at work, lovely view",
        "I counted my pills for the week in the organiser",
        "Sitting at the top of the multistorey eating my lunch, best view in town",
        "I gave away all my old clothes to the charity shop, feels great to declutter",
        "Thanks for everything this year, have a lovely Christmas!",
        "I want to disappear into a good book this weekend",
        "I want to end my membership at the gym",
        "I'm so tired of this life admin, forms forms forms",
    ],
)
def test_round3_everyday_doses_and_errands_are_not_high(text: str) -> None:
    assert level(text) not in HIGH


@pytest.mark.parametrize(
    "text",
    [
        # ...while the overdoses and the intents keep their level
        "I took all my pills",
        "had all my tablets tonight. sorry",
        "took 12 paracetamol an hour ago",
        "swallowed 3 packets of paracetamol",
        "I want to take all my pills",
        "I'm going to take all my tablets with vodka tonight",
    ],
)
def test_round3_overdoses_and_intents_stay_imminent(text: str) -> None:
    assert level(text) == "imminent"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # part 8: contact and comfort asked for, evenings alone, drinking or smoking to switch off, marks again
        ("Would you mind giving me a ring later? Having a rough one.", "support_request"),
        ("Are you around later? Really struggling today.", "support_request"),
        ("Please get back to me, I'm not doing great.", "support_request"),
        ("Could we squeeze in a session before the weekend?", "support_request"),
        ("I could use some reassurance right now.", "support_request"),
        ("Could you spare ten minutes for a call?", "support_request"),
        ("I spend every evening on my own.", "loneliness"),
        ("My friends have all drifted away.", "loneliness"),
        ("I've started smoking again, weed mostly, to switch off.", "substance_use"),
        ("started using again, I'm so ashamed", "substance_use"),
        ("I've got scratches all over my arms again.", "self_harm"),
    ],
)
def test_round3_signal_families_part_8(text: str, code: str) -> None:
    assert code in signals(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Are you around later? Need to drop off the form.", "support_request"),
        ("Could we squeeze in a session before I go on holiday?", "support_request"),
        ("Would you mind calling me back about the invoice?", "support_request"),
        ("Please get back to me about the new time, thanks!", "support_request"),
        (
            "I spend every evening on my own and love it, finally some peace after the kids left!",
            "loneliness",
        ),
        ("My friends have all drifted away to uni, it's quiet but fine.", "loneliness"),
        ("Got scratches all over my arms again from the cat, she hates baths.", "self_harm"),
    ],
)
def test_round3_signal_counterparts_part_8(text: str, code: str) -> None:
    assert code not in signals(text)
