"""English families behind the rule misses on the training-only messages of four new authors (f-i).

The overdose told with a pronoun, the wound that will not stop, the ligature, exhaust or gun in
place now, death welcomed in sleep or by accident, being worth more dead, new wordings of the wish
to be dead, the place reached and "going in", the goodbye post timed, the means researched, and a
partner or flatmate who introduces themselves as the patient's. Each family is tested on
self-written paraphrases that are not in the training files or the corpus, and on counterparts
that share the words but not the risk: negated, quoted, someone else's, past, hypothetical or
everyday. The counterparts must never reach high. All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    assert_family_sizes,
    assert_stays_below_high,
    family_cases,
    level,
)

# family -> (paraphrases with their level, counterparts with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # an overdose told with a pronoun or "the lot", with a time, "at once", or a filler before the number
    "overdose_told_with_a_pronoun": (
        [
            ("swallowed all of them. like forty minutes ago. sorry", "imminent"),
            ("I've done it. I swallowed the tablets. All of them.", "imminent"),
            ("just took about 30 of my mum's sertraline, feeling weird", "imminent"),
            ("necked all my sleeping meds at once, it's done", "imminent"),
            (
                "Took the whole lot about an hour ago. I didn't want you to hear from someone else.",
                "imminent",
            ),
            ("the tablets are in my system now, can't undo it", "imminent"),
        ],
        [
            ("Took all of them to the park about an hour ago, the kids loved it.", "none"),
            ("My nan took all her tablets at once this morning like the nurse said.", "low"),
            ("I didn't take them. All of them are still in the drawer.", "none"),
            ("Swallowed the vitamins with breakfast, feeling better.", "none"),
            ("In the film she swallowed all of them, about an hour ago in the story.", "none"),
        ],
    ),
    # a self-inflicted wound that will not stop bleeding or close
    "wound_that_will_not_stop": (
        [
            ("went deeper than i meant tonight and the bleeding won't stop", "imminent"),
            (
                "I cut too deep on my arm and there's blood everywhere, it's not stopping",
                "imminent",
            ),
            (
                "can't stop the bleeding from my forearm, been pressing on it for half an hour",
                "imminent",
            ),
            ("Sliced my thigh and it's gaping, it won't close. scared", "imminent"),
            ("opened up my wrists, the sink is red", "imminent"),
        ],
        [
            ("I cut my finger too deep chopping onions, the bleeding won't stop, typical", "none"),
            ("cut my fringe way too short, no blood at least lol", "none"),
            ("Pressed too hard on the bike pedal and the chain snapped.", "none"),
            ("My nose is bleeding and won't stop, it's the dry air again.", "none"),
            ("The surgeon said the wound on my knee is gaping a little but will close.", "none"),
        ],
    ),
    # a ligature or a car exhaust set up now
    "ligature_or_exhaust_in_place": (
        [
            ("The cord is tied round the door handle. I'm just sitting here.", "imminent"),
            ("belt's looped over the beam in the attic already", "imminent"),
            ("I'm on the stool, the rope is around my neck", "imminent"),
            ("Noose is tied to the banisters. I'm sorry.", "imminent"),
            ("Garage is locked and the engine's running. Tell Mum I love her.", "imminent"),
        ],
        [
            ("The rope's over the beam for the tyre swing, the kids love it.", "none"),
            ("my scarf is round my neck, it's freezing out", "none"),
            ("The belt is on the door handle, can you grab it for me?", "none"),
            ("Rope's cut to length for the climbing wall, see you Saturday.", "none"),
            (
                "The garage is locked, the engine was making a noise so the mechanic has the car.",
                "none",
            ),
        ],
    ),
    # a gun at hand now, or turned on oneself in thought
    "gun_at_hand": (
        [
            ("The pistol is in my mouth. I'm sorry.", "imminent"),
            ("The rifle's under my chin and I can't stop shaking.", "imminent"),
            ("Been thinking about eating my shotgun again", "high"),
            ("Whenever I oil the shotgun I think about turning it on myself.", "high"),
            ("I stand by the gun cabinet longer than I should most evenings.", "high"),
        ],
        [
            ("The gun's in my locker at the range, I'm done for the season.", "none"),
            ("My dog ate my homework and the cat ate my sandwich.", "none"),
            ("I'm not thinking about the rifle any more, I sold it.", "none"),
            # low again since the retraining of 2026-11-27 with 30 authors (threshold 0.75): the
            # net's cue fires again, lowered by the context (past)
            ("Cleaned the shotgun and put it back in the cabinet for the pheasant season.", "low"),
            ("In the film he's got a gun in his mouth and I had to look away.", "none"),
        ],
    ),
    # death welcomed in sleep: not waking up, being taken in one's sleep
    "never_waking_welcomed": (
        [
            ("Every night I want to fall asleep and just never wake up.", "high"),
            ("I wouldn't mind if I didn't wake up tomorrow.", "high"),
            ("If I never woke up one day I'd be fine with that", "high"),
            ("I keep asking God to take me in my sleep.", "high"),
            ("Woke up again this morning and honestly I'm sorry I woke up at all.", "high"),
        ],
        [
            ("Sundays I love to sleep in and not wake up before ten.", "none"),
            ("I didn't wake up in time for my shift and I'm fine with that, I had leave.", "none"),
            ("Grandad passed peacefully, God took him in his sleep.", "none"),
            ("So sorry I woke you up at all last night, the alarm went off.", "none"),
            ("The baby didn't wake up all night! I'd be fine with that every night.", "none"),
            (
                "I don't want to fall asleep and never wake up any more, I want to get better.",
                "low",
            ),
        ],
    ),
    # death by an accident or an illness welcomed
    "accident_or_illness_welcomed": (
        [
            ("If I got run over by a lorry on the way home I'd honestly be relieved.", "high"),
            ("some days i kind of hope the van doesn't stop when i cross", "high"),
            ("I'd welcome a stroke at this point, save everyone the bother.", "high"),
            ("Part of me is hoping the scan finds something serious.", "high"),
            ("If the cancer comes back I'd rather it just took me this time.", "high"),
        ],
        [
            ("I got hit by a car last year and it was a relief to walk again.", "none"),
            ("I hope the bus doesn't stop at every single stop again today.", "none"),
            ("We'd welcome a heat wave after this summer.", "none"),
            ("I'm hoping the scan shows nothing and we can go on holiday.", "none"),
            ("The plane went down in the film and I was relieved it was fiction.", "none"),
        ],
    ),
    # being worth more dead, the life insurance instead of oneself
    "worth_more_dead": (
        [
            ("Honestly I'm worth more dead, the life insurance would clear the mortgage.", "high"),
            ("The kids would be better off with the life insurance money than with me.", "high"),
            ("I'd be more use to my family dead.", "high"),
            (
                "If I drove off the road it would look like an accident so the kids could claim the life insurance.",
                "high",
            ),
            ("Honestly they'd be better off with the life insurance than with me around.", "high"),
        ],
        [
            ("The life insurance renewal came in the post, can we talk about it?", "none"),
            ("We're better off with a fixed rate on the mortgage than with a tracker.", "none"),
            ("The dent doesn't look like an accident, the insurance assessor said.", "none"),
            ("My phone is worth more than my car, ridiculous.", "none"),
            ("I'm not worth more dead, whatever my head says some nights, I know that.", "low"),
        ],
    ),
    # wishing to be dead in new words: deserving it, being killed, disappearing permanently, not existing
    "wish_dead_new_wordings": (
        [
            ("Some days I think I deserve to die.", "high"),
            ("I wish somebody would shoot me and get it over with.", "high"),
            ("i want to vanish permanently. not move away, vanish.", "high"),
            ("Lying in bed imagining not existing is the only calm I get.", "high"),
            ("I can't see why I should still be here honestly.", "high"),
            ("The dying thoughts came back last night.", "high"),
        ],
        [
            ("The character in my book deserves to die, he's awful.", "none"),
            ("I don't deserve to die, I know that now.", "low"),
            ("My messages vanish permanently after a day on that app.", "none"),
            ("I can't see why I should still be paying for that gym.", "none"),
            ("I used to imagine not existing, years ago, before therapy.", "low"),
            ("The plants on the balcony are the dying ones, I'll throw them out.", "none"),
        ],
    ),
    # at the place now and going in, over or not coming back
    "at_the_place_going_in": (
        [
            ("I'm down at the river and I'm going in. Sorry.", "imminent"),
            ("on the bridge. i'm going over the railings now", "imminent"),
            ("At the top of the quarry. I'm not coming back.", "imminent"),
            ("In the lake up to my chest. Going the rest of the way now.", "imminent"),
            ("drove out to the cliffs to end it. thank you for trying", "imminent"),
        ],
        [
            ("We're at the lake and I'm going in for a swim, it's roasting!", "none"),
            ("At the coast with Mum, I'm not coming back till Sunday.", "none"),
            ("Crossed the bridge and I'm letting go of the grudge with my brother.", "none"),
            ("I'm at the canal and I'm going in the café for a coffee.", "none"),
            ("Standing on platform 4, next train in 10 mins, see you at 9.", "none"),
        ],
    ),
    # a goodbye post timed, a message to be read after
    "goodbye_post_and_after": (
        [
            ("My goodbye video is scheduled for 7am.", "imminent"),
            ("drafted a goodbye thread, scheduled for 5am", "imminent"),
            ("If you're reading this I've done it.", "imminent"),
            ("if u read this tomorrow its already happened", "imminent"),
            ("Scheduled a post for midnight that just says goodbye.", "imminent"),
        ],
        [
            ("My goodbye post for the team is scheduled, I'm leaving my job on Friday!", "none"),
            # low after the retraining of 2026-11-27 (the net's cue, lowered as hypothetical); none
            # again since the weights of 2026-11-28 read it high, unlowered, as a net false alarm
            # (readings.NET_FALSE_ALARMS): the rules read none, right for a note left for the shop
            ("If you're reading this, I've gone to the shop, back soon.", "none"),
            ("Scheduled a post for midnight saying happy new year.", "none"),
            ("If you read this later, the meeting's already happened, sorry.", "none"),
            ("I wrote a goodbye post for my old school's forum, it's closing down.", "none"),
        ],
    ),
    # the means researched online
    "method_researched": (
        [
            ("I've been googling quickest ways again.", "high"),
            ("Searched for painless ways last night at 3am.", "high"),
            ("I keep looking up ways to do it.", "high"),
            ("found a thread on methods, read it all night", "high"),
            ("I keep wondering which method would be the least painful.", "high"),
        ],
        [
            ("Googling quickest ways to get to Leeds by train.", "none"),
            ("Searched for painless ways to remove a plaster for my son.", "none"),
            ("A thread on methods of teaching reading, really useful.", "none"),
            ("Which way would be the quickest to the station?", "none"),
            ("I'm not looking up ways to do it any more, I deleted the history.", "low"),
        ],
    ),
    # a partner, flatmate or friend introducing themselves as the patient's, or saying "she's your patient"
    "partner_reporting": (
        [
            (
                "This is Dave, Lucy's husband. She told me this morning she wants to die. Please call.",
                "high",
            ),
            (
                "Hi, I'm Sam's flatmate. He's taken loads of his tablets and he's very sleepy. Ambulance is on the way.",
                "imminent",
            ),
            (
                "It's Priti, Ravi's girlfriend. He keeps saying everyone would be better off without him.",
                "high",
            ),
            (
                "Hi, it's Amir, Noor's husband. She cut her arms again last night and asked me to tell you.",
                "high",
            ),
            ("Message from Jo's partner: she said last night she wishes she was dead.", "high"),
        ],
        [
            (
                "This is Dave, Lucy's husband. Lucy's friend told her she wants to die, and Lucy is upset for her.",
                "low",
            ),
            ("My flatmate's sister said she wants to die after her exam lol, she's fine.", "low"),
            ("I'm Sam's flatmate, he asked me to cancel his Thursday session, he has flu.", "none"),
            ("It's Priti, Ravi's girlfriend. In the film we saw, the hero wants to die.", "none"),
            ("My colleague said her dad wants to die, it was years ago though.", "low"),
        ],
    ),
}


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 0))
def test_train_misses_en_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 1))
def test_train_misses_en_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


def test_train_misses_en_every_family_has_five_paraphrases_and_five_counterparts() -> None:
    assert_family_sizes(FAMILIES, 5, 5)
