"""English families behind the misreadings of blind round 14 (spent into dev).

Misses, read for their reasons rather than their words: "not coming back" with the place of the act named
after it, the police waved off and the place passed "by then" ("Not coming back... I'll be well past the
level crossing by then"); the roof of a multi-storey told without a subject and the shoes taken off there;
a vehicle welcomed with "fair enough" ("if a bus hit me tmrw id just be like fair enough"); not turning the
wheel at the bend, carrying straight on through the fence; a farewell's apology for leaving ("sorry to
leave you like this") and a fault lifted from a named person ("tell Noor it wasn't her fault"); a poison
bought and the time it will be taken; skin scratched with a sharp school tool (a compass), told by a
parent. Over-readings: the belief of being a burden denied, the others as its subject ("I no longer think
my family would be better off without me"); a past period named by a death ("the winter after Dermot
died"); someone else's stash counted by the sender and judged enough by its owner; stuck on a bridge in
traffic; a return from the bush dated ("not come back from the bush till after Christmas"); intent denied
at its verb ("Tonight I'm not ending it, I promised you"). Each family is tested on self-written
paraphrases that are not in the corpus and on texts that share the words but not the reading: for the risk
families, counterparts that must stay below high; for the over-readings, the risk versions that must keep
their level (recall comes first). All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    level,
    lowered_keeps_its_cue_test,
    signal_family_tests,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    "not_coming_back_with_the_place_named_after_it": (
        [
            (
                "On the 7.40 to Carlisle. Not coming back. The viaduct is the second stop.",
                "imminent",
            ),
            ("not coming back. don't call the police, i'll be past the bridge by then", "imminent"),
            ("Taking the car out. Not coming back, it's the quarry road.", "imminent"),
            ("Don't bother ringing the police. I'll be long past the tracks by then.", "imminent"),
        ],
        [
            (
                "Not coming back to the office till Monday, the bridge is closed for roadworks.",
                "none",
            ),
            ("Not coming back this way, the level crossing queue was awful.", "none"),
            ("Don't bother calling the police about the noise, I'll sort it with them.", "none"),
            ("I'll be past the bridge by then, see you at the pub at 8.", "none"),
        ],
    ),
    "on_the_roof_of_a_car_park_the_shoes_taken_off": (
        [
            (
                "top floor of the car park by the station. took my shoes off. cold up here.",
                "imminent",
            ),
            (
                "up on the roof of the multi-storey. took my trainers off and left them by the wall",
                "imminent",
            ),
            ("On the edge of the tower block roof. Took my shoes off.", "imminent"),
            ("Took my shoes off. On the ledge of the building now.", "imminent"),
        ],
        [
            ("Took my shoes off at the door, the carpet is new.", "none"),
            ("Roof of the car park is flooded, took my shoes off to wade to the car lol", "none"),
            ("Took my shoes off on the beach and walked along the sand.", "none"),
            ("The roof of the multi-storey has the best view of the fireworks.", "none"),
        ],
    ),
    "a_vehicle_welcomed_with_fair_enough": (
        [
            ("tbh if a lorry hit me tomorrow id be like fair enough", "high"),
            ("If a car ran me over on the way home I'd honestly be relieved.", "high"),
            ("if the bus took me out tmrw i'd just think fair enough, whatever", "high"),
            ("Honestly if a train hit me I would be grateful.", "high"),
        ],
        [
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("If a bus hit me I'd be fine, I'm built like a tank lol", "low"),
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("If the bus took me to the wrong stop again I'd be furious.", "low"),
            ("If a bus hit me I'd want the driver's insurance details first lol", "none"),
            ("Nearly got hit by a bus today, scary, I'm fine though.", "none"),
        ],
    ),
    "not_turning_the_wheel_at_the_bend": (
        [
            (
                "On the coast road I keep thinking about not turning at the bend above the cliff.",
                "high",
            ),
            ("I think about not braking at the corner by the quarry every morning.", "high"),
            ("Driving home I picture just going straight on through the barrier.", "high"),
            ("Part of me wants to carry straight on through the railings at the bridge.", "high"),
        ],
        [
            ("The sat nav said to carry straight on at the roundabout, so I did.", "none"),
            ("The instructor said to brake at the bend, not after it.", "none"),
            ("Go straight on through the gate and the office is on the left.", "none"),
            ("I'm thinking about not turning up to the party on Friday.", "none"),
        ],
    ),
    "a_farewell_apology_for_leaving_or_a_fault_lifted": (
        [
            (
                "I'm on the cliff path. Sorry to leave you with all this. Thank you for everything.",
                "imminent",
            ),
            ("Thank you for everything. Tell Mia it wasn't her fault.", "imminent"),
            ("Sorry for leaving you like this. Please tell Sam this isn't his fault.", "imminent"),
            ("I'm at the harbour wall. Sorry to leave you like this.", "imminent"),
        ],
        [
            ("Sorry to leave you with this mess in the kitchen, I'll sort it tomorrow.", "none"),
            ("Tell Jo it wasn't her fault we missed the train, the bus was late.", "none"),
            ("Sorry to leave you with this, I'm off sick, the rota is on the wall.", "none"),
            ("Tell Tom it wasn't his fault we lost the match, he played great.", "none"),
        ],
    ),
    "a_poison_bought_and_its_time": (
        [
            (
                "Got antifreeze from the garage today. I will drink it tonight when they're asleep.",
                "imminent",
            ),
            (
                "got the rat poison, it's under my bed. I'll take it after the exam results.",
                "imminent",
            ),
            ("I have the antifreeze in the boot and I'm going to drink it on Sunday.", "imminent"),
            ("Bought some pesticide at the market. I will swallow it tomorrow.", "imminent"),
        ],
        [
            (
                "Bought the rat poison for the shed, I'll take it to the allotment on Sunday.",
                "none",
            ),
            ("Got some weed killer, I'll take it back to the shop, wrong one.", "none"),
            ("I have the antifreeze, I'll put it in the car tomorrow.", "none"),
            ("Bought rat poison today, the mice are back in the kitchen.", "none"),
        ],
    ),
    "skin_scratched_with_a_sharp_school_tool": (
        [
            ("I've been scratching my arms with the compass from my pencil case.", "high"),
            ("I scratched my thigh with a safety pin again last night.", "high"),
            ("Been scraping my wrists with a pencil sharpener blade at night.", "high"),
            ("been scratching my forearm with scissors when it gets bad", "high"),
        ],
        [
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("She scratched her name into the desk with a compass, the school called.", "low"),
            ("I scratched my arm with a pin trying to fix my badge, ouch.", "none"),
            ("Scratching the label off with the scissors, it's stuck on.", "none"),
            ("He was scratching at the eczema with a paper clip, it's so itchy.", "none"),
        ],
    ),
    "letters_put_away_and_the_decision_clear": (
        [
            (
                "I wrote letters to my kids and put them in the bureau. I've thought about it a lot and I'm sure.",
                "imminent",
            ),
            (
                "Left notes for my parents and tucked them under the clock. I've thought about this for months and I'm at peace.",
                "imminent",
            ),
            (
                "Have written a letter to my wife and hid it behind the kettle. I've thought about it long and hard, and I'm clear.",
                "imminent",
            ),
            (
                "I've thought about it carefully and I'm settled. Wrote letters to the boys and put them in the car.",
                "imminent",
            ),
        ],
        [
            ("I've thought about it a lot and I'm sure, I'm taking the job in Leeds.", "none"),
            ("Wrote notes for the kids and put them in their lunchboxes, they love that.", "none"),
            (
                "I've thought about it long and hard and I'm certain I want to sell the house.",
                "none",
            ),
            ("Wrote a letter to my daughter and put it in the post, she's at uni.", "none"),
        ],
    ),
    "the_dose_of_someone_elses_medicine_looked_up": (
        [
            ("I keep looking up how many of my dad's codeine it would actually take.", "high"),
            ("worked out how many of my nan's sleeping pills it would take", "high"),
            ("Been googling how many of the paracetamol it would really take.", "high"),
            ("How many of my mum's tablets would it even need, I keep wondering.", "high"),
        ],
        [
            (
                "I haven't been looking up how many of my dad's codeine it would take, not once.",
                "low",
            ),
            ("The pharmacist explained how many of my mum's tablets she needs a day.", "none"),
            ("I looked up how many of the vitamins my kid can take a day.", "none"),
            ("How many of my mum's plants will survive the frost, I wonder.", "none"),
        ],
    ),
    "a_bridge_in_the_small_hours_the_water_looked_at": (
        [
            ("on the bridge at 3am staring at the water again", "high"),
            (
                "Some nights I end up on the viaduct at 2 in the morning looking down at the river.",
                "high",
            ),
            ("I end up at the pier at 4am, just staring into the water.", "high"),
            ("Found myself on the footbridge at one in the morning looking at the drop.", "high"),
        ],
        [
            (
                "If I ever found myself on the bridge at 2am looking at the water, who would I call?",
                "low",
            ),
            (
                "We were on the bridge at 2am looking at the water with the city lights, so pretty.",
                "none",
            ),
            ("On the pier at 4am looking at the water for the fishing boats coming in.", "none"),
            ("The bridge at night is lovely, the water looks calm.", "none"),
        ],
    ),
    "the_wish_to_be_dead_in_another_tense": (
        [
            ("Most nights I'm wishing I was dead.", "high"),
            ("I prayed every night that I wouldn't wake up.", "high"),
            ("Yesterday I wished I was dead, the whole day.", "high"),
            ("I just want to go to sleep and not come back.", "high"),
        ],
        [
            ("When I was 15 I wished I was dead, but that's long gone.", "low"),
            ("I wished I was at the beach instead of the office.", "none"),
            ("I prayed that I wouldn't be late for the interview.", "none"),
            ("I want to go to sleep and not come back to work till Monday.", "none"),
        ],
    ),
}

# over-readings: (texts that stay below high with their level, risk versions that keep their level)
LOWERED: Families = {
    "the_belief_of_being_a_burden_denied": (
        [
            ("I no longer think my kids would be better off without me.", "low"),
            ("I don't think my family would be better off without me any more.", "low"),
            ("Honestly I don't believe everyone would be better off without me now.", "low"),
            ("I no longer feel my parents would be better off without me, therapy helped.", "low"),
        ],
        [
            ("I think my family would be better off without me.", "high"),
            (
                "I don't think my family would be better off without me but I still want to die.",
                "high",
            ),
            ("Everyone would be better off without me.", "high"),
            ("I don't think I can go on, my kids would be better off without me.", "high"),
        ],
    ),
    "a_past_period_named_by_a_death": (
        [
            ("The year after Mum died I used to pray I wouldn't wake up.", "low"),
            ("The winter after Frank passed away I wished I was dead, every night.", "low"),
            ("The months after Nana died, I wanted to die too.", "low"),
            ("The summer after my brother died I would lie awake wishing I was dead.", "low"),
        ],
        [
            ("Since Mum died I pray every night that I won't wake up.", "high"),
            ("Frank passed away in the winter and now I wish I was dead.", "high"),
            ("After Nana died I want to die too.", "high"),
            ("My brother died last month. I wish I was dead.", "high"),
        ],
    ),
    "someone_elses_stash_counted": (
        [
            (
                "My dad has been keeping back his tablets. I counted them, 38. He thinks that's plenty.",
                "low",
            ),
            (
                "My sister has been saving her pills. I counted them this morning, 52. She reckons that's enough.",
                "low",
            ),
            (
                "He's been stockpiling his meds. Counted them last night, 44, and he must think that's enough.",
                "low",
            ),
            (
                "My flatmate has been saving her pills. I counted them: 60. She says it's plenty.",
                "low",
            ),
        ],
        [
            ("I counted them last night, 46. That's plenty.", "imminent"),
            ("Counted my pills, 50 of them, that's enough.", "imminent"),
            ("I counted them, 40 tablets. He thinks I'm fine.", "imminent"),
            ("Counted them out on the bed, 60. That's enough.", "imminent"),
        ],
    ),
    "stuck_on_a_bridge_in_traffic": (
        [
            ("I'm on the Severn bridge, traffic is terrible, might be late.", "none"),
            ("im on the bridge in the queue, roadworks again", "none"),
            ("Stuck on the toll bridge for an hour, gridlock, sorry.", "none"),
            ("I'm on the bridge, the traffic isn't moving at all.", "none"),
        ],
        [
            ("I'm on the bridge. Going over the railings now.", "imminent"),
            ("I'm on the bridge, traffic behind me, I'm going to jump.", "imminent"),
            ("im on the bridge in the traffic and I'm going to jump off it", "imminent"),
            ("I'm on the bridge. I can't go on. Goodbye.", "imminent"),
        ],
    ),
    "a_return_from_away_dated": (
        [
            ("Going bush for a few weeks, won't be back till after Easter.", "none"),
            (
                "I want to sleep in the tent up north and not come back from the hills till after New Year.",
                "none",
            ),
            ("Heading off on the boat, not coming back from the island until March.", "none"),
            ("Off to the cabin, won't come back until next week, no signal.", "none"),
        ],
        [
            ("I want to go to sleep and not come back. Ever.", "high"),
            ("Going to the bridge and not coming back.", "imminent"),
            ("Going up to the cliffs and I won't be coming back.", "imminent"),
            ("I want to go to sleep and never wake up.", "high"),
        ],
    ),
    "intent_denied_at_its_verb": (
        [
            ("Tonight I'm not ending it, I gave you my word.", "low"),
            ("I'm not ending it, I promise, I just needed to say how bad it got.", "low"),
            ("Not ending my life, don't worry, I'm safe tonight.", "low"),
            ("I'm not ending things. I'm going to the appointment tomorrow.", "low"),
        ],
        [
            ("Tonight I'm ending it.", "imminent"),
            ("I'm ending it tonight, thank you for everything.", "imminent"),
            ("I've decided to end my life tonight.", "imminent"),
            ("I'm going to end it tonight.", "imminent"),
        ],
    ),
    "hopeless_at_a_task": (
        [
            ("I'm hopeless at doing my tax return, can you send the form again?", "none"),
            ("Sorry, I'm hopeless with names, was it Tuesday or Thursday?", "none"),
            ("I'm hopeless at remembering appointments, please text me the day before.", "low"),
            ("Hopeless with directions, I got lost finding your office.", "none"),
        ],
        [
            ("I'm hopeless at everything and nothing will ever change. I want to die.", "high"),
            ("I feel hopeless. I don't want to be alive.", "high"),
            ("It's hopeless, I've thought about killing myself.", "high"),
            ("I'm so hopeless I wish I was dead.", "high"),
        ],
    ),
}

(
    test_round14_en_family_reads_the_paraphrase,
    test_round14_en_counterpart_stays_below_high,
    test_round14_en_over_reading_stays_below_high,
    test_round14_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

# (the traffic and the dated return are everyday phrases kept as evidence; a task one is hopeless at is no cue)
test_round14_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(
    {k: v for k, v in LOWERED.items() if k != "hopeless_at_a_task"}
)


def test_round14_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    # an emergency told with what to do asked ("it wont stop bleeding through the towel. what do i do")
    "an_emergency_told_with_what_to_do_asked": (
        "urgency",
        [
            "my arm wont stop bleeding, what do i do",
            "Cut my leg and it's not stopping, the towel is soaked, what should I do?",
            "He swallowed the lot half an hour ago. Tell me fast what to do.",
            "please call me, I've taken all my pills and I'm scared",
        ],
        [
            "What do I do about the invoice, shall I send it to you?",
            "My nose won't stop running, what do I do lol",
            "Call me, I've done the forms.",
            "I can't breathe, it's so funny, please call me later lol",
        ],
    ),
}

(
    test_round14_en_signal_family_raises_its_signal,
    test_round14_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)


# someone else's wish to be gone is the sender's worry (low), the patient's own is high
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My cousin keeps saying his kids would be better off without him.", "low"),
        ("My friend posted about not wanting to be here anymore and she won't answer.", "low"),
        ("A girl in my class wrote about not wanting to be alive anymore, I'm worried.", "low"),
        ("My kids would be better off without me.", "high"),
        ("I keep posting about not wanting to be here anymore.", "high"),
    ],
)
def test_round14_en_someone_elses_wish_is_worry(text: str, expected: str) -> None:
    assert level(text) == expected


# a task one is hopeless at is no cue; hopeless at coping or at life still is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm hopeless at baking, the cake collapsed again.", "none"),
        ("I feel hopeless at coping with any of this.", "moderate"),
        ("Hopeless at everything, nothing will ever change.", "moderate"),
    ],
)
def test_round14_en_hopeless_at_a_task_or_at_coping(text: str, expected: str) -> None:
    assert level(text) == expected
