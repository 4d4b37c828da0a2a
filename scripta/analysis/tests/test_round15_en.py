"""English families behind the misreadings of blind round 15 (spent into dev).

Misses, read for their reasons rather than their words: a means and the place of the act known ("there's a
rope in the car and I know which tree"); the place named as where it would end, told as the sender's own
saying ("I've always said the cliffs at X is where I'd want it to end": "I've always said" is the sender's
words, not someone else's, so the rule cue and the learned net's cue beside it are no longer lowered as
someone else's); the wish not to wake up told as "wishing I just wouldn't wake up"; an intrusive thought of a
method heard in one's own head ("my head kept going 'just turn into the barrier'": the sender's thought,
not a quotation); pills shown as emoji and counted ("💊💊💊 counted."); tablets popped out of their blister
packs into a jar, told by a relative; cuts seen on the forearm, told by a parent; the family better off
without the patient, said by the patient and told by the partner ("me and the kids would be better off
without her"); who gets what written down ("wrote down who gets what", a negated plan beside it does not
lower it); a vehicle welcomed in texting spelling and hedged ("id be kinda relieved", "on the way to
school tmrw"). Over-readings: a past overdose dated by the age it was taken at and gone over in a session
("when we went over the overdose I took at nineteen"); a device about to die ("Phone's about to die so if I
go quiet...", an idiom that keeps the learned net's cue down too); thoughts of the top floor of a car park
denied ("Didn't find myself thinking about the top floor of the multi-storey once today": now a rule cue,
negated, so the net is not asked). Each family is tested on self-written paraphrases that are not in the
corpus and on texts that share the words but not the reading: for the risk families, counterparts that must
stay below high; for the over-readings, the risk versions that must keep their level (recall comes first).

Levels (the second half): self-harm told as "the thing with the compass from my maths set" (recent: high;
"used to" in year 8: low); a whole weekday in bed ("the whole of Sunday") and "haven't really been out of
bed" (withdrawal, moderate); a train named by its time ("stepping out in front of the 7:52", a hypothetical
question lowers it to low); a relative's pills saved or taken with the apostrophe dropped ("saving mums
sleeping tablets", "took all nans co-codamol"); the place told "just so someone knows where" beside "don't
send anyone" (weak farewells); a farewell told as arrangements for the sessions ("I won't be coming on
Thursday, or after that", the slot given away, "none of what happens next is because of you"); "a date
picked" and "done being a burden"; self-harm denied "once" ("Didn't hurt myself once this week": the
prefix "on" of "once" had kept the cue from matching); plain low mood ("very much sad", nobody in my form
talks to me, a cry in a car park, missing someone so much tonight). Signals: the skin burned "on purpose"
with a household tool (self-harm); time not wasted ("the months weren't wasted": no substance use); a
relative asking to see the patient sooner or what to do ("any chance of you seeing her before Friday?",
"Should I be doing something?", "Could we bring her appointment forward?": support requested).
All the texts are fictional.
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
    modifiers,
    signal_family_tests,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    "a_means_and_the_place_known": (
        [
            ("The rope is in the shed and I know which tree.", "imminent"),
            ("Got a rope in the back of the van. I know exactly which branch.", "imminent"),
            ("I know which tree. The rope's under the seat.", "imminent"),
            ("there's a belt in my bag and i know which beam now", "imminent"),
        ],
        [
            (
                "There's a tow rope in the van for the trailer, I know which farm it goes to.",
                "none",
            ),
            ("I know which tree the owls nest in, I'll show you the rope swing.", "none"),
            ("Rope for the washing line is in the boot, I know which tree to tie it to.", "none"),
            ("The rope's in the shed, I know which tree the swing goes on.", "none"),
        ],
    ),
    "the_place_named_as_where_it_would_end": (
        [
            ("I've always thought the viaduct is where I'd end it.", "imminent"),
            ("The quarry is where I want to end it all, I've decided.", "imminent"),
            ("That bridge over the Tyne is where I'd want it all to end.", "imminent"),
            (
                "I've always said the bridge at Clifton is where I'd want it to end, and now I've got a ticket.",
                "imminent",
            ),
        ],
        [
            ("The pier is where I'd want to end the day, with chips.", "none"),
            ("The cliffs are where I'd end the walk, then back to the car.", "none"),
            ("The bridge is where I'll end up if the satnav is right lol", "none"),
            (
                "I've always said the river is where I'd want my ashes scattered when I'm ninety.",
                "none",
            ),
        ],
    ),
    "wishing_not_to_wake_up": (
        [
            ("Every night I lie in bed wishing I wouldn't wake up.", "high"),
            ("some nights i wish i just didnt wake up tbh", "high"),
            ("I keep wishing I won't wake up tomorrow.", "high"),
            ("Most mornings I lie there wishing I just wouldn't wake up at all.", "high"),
        ],
        [
            ("Wish I didn't wake up with a stiff neck again.", "none"),
            ("I wish I didn't wake up every hour, the new mattress is awful.", "none"),
            ("I wish I didn't have to get up so early every day.", "none"),
            ("I wish the alarm wouldn't go off at 5, it's brutal.", "none"),
        ],
    ),
    "a_method_heard_in_ones_own_head": (
        [
            ("driving to work my brain kept saying 'just swerve into the lorry'", "high"),
            ("On the platform a voice in my head kept going 'step in front of it'.", "high"),
            ("my head keeps going 'jump' every time I cross the bridge", "high"),
            ("all the way home my mind kept going, just drive off the bridge.", "high"),
        ],
        [
            ("My head kept going 'turn left at the lights' because the satnav broke.", "none"),
            ("my brain keeps saying 'just do it' about the essay lol", "none"),
            (
                "My head kept saying 'turn into the drive' but it was the wrong house, so embarrassing.",
                "none",
            ),
            ("my brain keeps saying jump in the pool, it's so hot today", "none"),
        ],
    ),
    "pills_shown_as_emoji_counted": (
        [
            ("💊💊💊 counted. Friday.", "imminent"),
            ("Saturday 📅 💊💊💊💊💊 counted out. Not scared now.", "imminent"),
            ("all 💊 counted. done being scared", "imminent"),
            ("💊💊 counted and ready 🙂", "imminent"),
        ],
        [
            ("💊 counted out for the week ✅ dosette done", "none"),
            ("💊💊 counted into the pill box for the holiday, all sorted", "none"),
            ("Counted the 💊 into my organiser for the week, proud of myself", "none"),
            ("💊 taken with breakfast, counted steps after 🚶", "none"),
        ],
    ),
    "tablets_popped_out_into_a_jar": (
        [
            (
                "This is Dan, Jo's son. Mum has been pressing all her tablets out into a sweet tin in the garage.",
                "imminent",
            ),
            ("I've popped all my pills out into a jam jar. Keeping them for later.", "imminent"),
            (
                "found her meds popped out into an old coffee jar under the bed, I'm her husband, she's your patient",
                "imminent",
            ),
            ("I pushed all my painkillers out into an envelope, they're in my drawer.", "imminent"),
        ],
        [
            (
                "Popped the tablets out into the dosette box for the week, nurse checked them.",
                "none",
            ),
            (
                "I popped all the old blister packs out into a bag to take back to the pharmacy.",
                "none",
            ),
            ("Emptied the expired pills out into a tub to return to the chemist.", "none"),
            ("I popped the tablets out into a pot so Mum's carer can give them at lunch.", "none"),
        ],
    ),
    "cuts_seen_told_by_a_relative": (
        [
            (
                "Hi, it's Karen, Josh's mum. I noticed fresh cuts on his forearm when he took his hoodie off.",
                "high",
            ),
            (
                "This is Leo, Mia's partner. Last night I saw cuts on her forearms, she says it's nothing.",
                "high",
            ),
            (
                "I'm Ruth's dad. We found cuts all over her wrists this morning, can you see her sooner?",
                "high",
            ),
            ("There are fresh cuts on my forearm again and I don't know how to stop.", "high"),
        ],
        [
            (
                "My friend has cuts on her forearm and won't tell anyone, I'm worried about her.",
                "low",
            ),
            (
                "Hi, it's Karen, Josh's mum. He has cuts on his legs from the brambles at scout camp.",
                "none",
            ),
            ("I saw cuts on her forearm from the cat, that kitten is a menace.", "none"),
            ("There are scratches on my forearm from the rose bushes, gardening day.", "none"),
        ],
    ),
    "better_off_without_the_patient_told_by_the_partner": (
        [
            (
                "Hi it's Tom, Ana's husband. She told me last night that me and the kids would be better off without her.",
                "high",
            ),
            (
                "This is Sue, Mark's wife. He keeps saying we'd all be better off without him.",
                "high",
            ),
            ("It's Nia, Owen's partner. He told me we'd be better off without him.", "high"),
            (
                "It's Jade, Kim's daughter. Mum said the children and I would be better off without her.",
                "high",
            ),
            (
                "This is Paul, Beth's partner. She said we would be better off without her and then went quiet.",
                "high",
            ),
        ],
        [
            (
                "My neighbour keeps saying her kids would be better off without her, should I tell someone?",
                "low",
            ),
            ("We'd all be better off without him as manager, honestly.", "none"),
            ("We would be better off without her constant meetings at work lol", "none"),
            # low since the retraining of 2026-11-27 with 30 authors (threshold 0.75): the
            # net's cue, lowered by the context (someone else's)
            ("Honestly we'd be better off without them running the rota.", "low"),
        ],
    ),
    "who_gets_what_written_down": (
        [
            ("made a list of who gets what. not doing anything, it just helps me sleep", "high"),
            ("Wrote out who gets what last night. I'm not planning anything.", "high"),
            ("i've written down who gets what, feels calmer now its done", "high"),
            ("Spent the evening writing out who gets what. Nobody needs to know yet.", "high"),
        ],
        [
            ("Wrote down who gets what for the secret santa, all sorted!", "none"),
            ("Wrote out who gets what snacks for the school trip.", "none"),
            ("Written out who gets what for the party food, I'm on puddings.", "none"),
            ("Worked out who gets what room in the new house share.", "none"),
        ],
    ),
    "a_vehicle_welcomed_hedged_in_texting_spelling": (
        [
            ("ngl if a car hit me on the way to college id be kinda relieved", "high"),
            ("if a lorry took me out on my way home tonight I'd be sort of grateful tbh", "high"),
            ("If a bus hit me tomorrow I would honestly be quite relieved 🙃", "high"),
            ("lowkey if a train hit me on the way to uni i'd be pretty glad", "high"),
        ],
        [
            (
                "If a bus hit me on the way to school I'd be late for the exam, that's all I care about lol",
                "none",
            ),
            ("if a car hit me on the way to work id be kinda impressed I survived lol", "none"),
            ("if a car hit me on the way to work I'd want a week off at least 😂", "none"),
            ("Nearly got hit by a bus on the way to college, kinda shaken but fine.", "none"),
        ],
    ),
}

# over-reading families: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    "a_past_overdose_dated_by_age_gone_over_in_session": (
        [
            (
                "Still thinking about Thursday's session, when we went over the overdose I took at seventeen.",
                "low",
            ),
            (
                "I keep coming back to when we looked at the overdose I took at 19. Feels lighter now.",
                "low",
            ),
            (
                "The overdose I took at eighteen came up when we went through my timeline. Odd but ok.",
                "low",
            ),
            (
                "When we went over the overdose I took at twenty, I cried for the first time in ages.",
                "low",
            ),
        ],
        [
            ("I took an overdose at 11 tonight, I'm scared.", "imminent"),
            ("I've taken an overdose. It was at 10 this morning.", "imminent"),
            ("We went over it in session but I took an overdose last night anyway.", "imminent"),
            ("I took an overdose an hour ago.", "imminent"),
        ],
    ),
    "a_device_about_to_die": (
        [
            ("Laptop's about to die so I'll finish the form tomorrow, sorry!", "none"),
            ("my phone is gonna die any second so text me the address pls", "none"),
            ("Battery's nearly dead, if I don't reply that's why x", "none"),
            ("Headphones are dying, can't hear a thing on this call lol", "none"),
        ],
        [
            ("My phone's about to die and honestly so do I want to. I want to die.", "high"),
            ("phone's about to die. I don't want to be alive anymore.", "high"),
            ("Phone's about to die. Took all my pills. Goodbye.", "imminent"),
            ("Battery's nearly dead. I keep thinking about killing myself.", "high"),
        ],
    ),
    "thoughts_of_a_car_park_top_floor_denied": (
        [
            ("Didn't think about the roof of the car park once this week.", "low"),
            (
                "I haven't found myself thinking about the top floor of the multi-storey at all today.",
                "low",
            ),
            ("I no longer think about the top level of the car park. Progress!", "low"),
            ("Didn't catch myself thinking about the edge of the tower block today.", "low"),
        ],
        [
            ("Thinking about the top floor of the multi-storey again.", "high"),
            ("I keep thinking about the roof of the car park by work.", "high"),
            ("couldn't stop thinking about the top deck of the car park today", "high"),
            ("I think about the edge of the tower block every night.", "high"),
        ],
    ),
}

(
    test_round15_en_family_reads_the_paraphrase,
    test_round15_en_counterpart_stays_below_high,
    test_round15_en_over_reading_stays_below_high,
    test_round15_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round15_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(LOWERED)


def test_round15_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# "I've always said..." is the sender's own saying (not someone else's words); another's saying stays theirs
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I've always said I just want it to end.", "moderate"),
        ("I've always said I want to die, nobody listens.", "high"),
        ("I've often said I wish I was dead.", "high"),
        ("My dad has always said he wants to die.", "low"),
        ("My friend's always said she wants to die, it scares me.", "low"),
    ],
)
def test_round15_en_own_saying_is_the_senders(text: str, expected: str) -> None:
    assert level(text) == expected


def test_round15_en_own_saying_is_not_someone_elses() -> None:
    assert "other_person" not in modifiers("I've always said the sea is where I'd want it to end.")
    assert "other_person" in modifiers("My dad has always said he wants to die.")


# levels of round 15 (below the misses): risk families read at their level, counterparts below it
LEVEL_FAMILIES: Families = {
    "the_thing_with_a_tool_from_the_school_kit": (
        [
            ("did the thing with the scissors from my pencil case again tonight", "high"),
            (
                "Did the thing with the compass out of my geometry set last night, on my arm.",
                "high",
            ),
            ("done the thing with the blade from my art kit again. sorry", "high"),
            ("back in year 9 i used to do the thing with the compass from my maths set", "low"),
        ],
        [
            (
                "Did the thing with the compass from my maths set where you draw a flower, the kids loved it.",
                "none",
            ),
            (
                "Found the compass from my maths set in the loft, brought back memories of geometry lol",
                "none",
            ),
            (
                "Did the thing with the lighter from the kitchen drawer for the birthday candles, all lit!",
                "none",
            ),
            ("Borrowed the scissors from my pencil case to open the parcel.", "none"),
        ],
    ),
    "a_whole_day_named_in_bed_or_not_out_of_it": (
        [
            ("Stayed in bed the whole of Saturday, couldn't face anything.", "moderate"),
            ("spent all of sunday in bed again, didnt even open the blinds", "moderate"),
            ("Sorry, not coming. Haven't really been out of bed since Friday.", "moderate"),
            ("haven't actually left my room in two days", "moderate"),
        ],
        [
            ("Spent the whole of Sunday in bed with flu, feeling better now.", "none"),
            ("Stayed in bed all of Sunday with a migraine, the doctor said rest.", "none"),
            ("Spent the whole of Saturday in the garden, lovely.", "none"),
            ("The whole of Sunday was spent at my nan's.", "none"),
        ],
    ),
    "a_train_named_by_its_time": (
        [
            (
                "I keep thinking about stepping out in front of the 8:15 when it comes through.",
                "high",
            ),
            ("Every morning I think about walking out in front of the 7.40 fast train.", "high"),
            (
                "If I ever thought about stepping in front of the 6:30 that doesn't stop, who would I call?",
                "low",
            ),
            (
                "What if I started thinking about jumping in front of the 17:05 when it passes without stopping?",
                "low",
            ),
        ],
        [
            (
                "I was stepping out in front of the 7:52 crowd to get a seat on the train lol",
                "none",
            ),
            ("The 7:52 train comes through without stopping, so I get the 8:04.", "none"),
            ("Walked out in front of the 10:15 class to present, so nervous!", "none"),
            ("I had to step in front of the 9:30 queue for the train, someone fainted.", "none"),
        ],
    ),
    "a_relatives_pills_saved_or_taken_the_apostrophe_dropped": (
        [
            ("been saving my nans sleeping tablets, got 40 now", "imminent"),
            ("I've been stockpiling mums co-codamol, nearly a full box", "imminent"),
            ("took all dads tablets an hour ago, feel weird", "imminent"),
            ("swallowed all my mums sleeping pills. sorry", "imminent"),
        ],
        [
            ("Saving up for nans birthday, thinking a new kettle.", "none"),
            ("Mum took all her tablets this morning with breakfast, she's doing great.", "none"),
            ("Saving mum's pills to take back to the pharmacy for disposal.", "none"),
            ("Been stockpiling dads favourite biscuits for his visit lol", "none"),
        ],
    ),
    "the_place_told_just_so_someone_knows": (
        [
            (
                "Heading to the viaduct after work. Just so someone knows where. Don't send anyone.",
                "imminent",
            ),
            (
                "Don't ring the police. Just so somebody knows where, it's the old quarry.",
                "imminent",
            ),
            ("I'm at the cliffs. Just so someone knows.", "imminent"),
            ("just so someone knows where. thank you for everything.", "imminent"),
        ],
        [
            ("Going hiking on Kinder Scout tomorrow, just so someone knows where I am.", "none"),
            (
                "Heading to the pub after my shift tonight. Just so someone knows where. Don't send anyone to pick me up lol",
                "none",
            ),
            ("Out kayaking on the lake, just so someone knows where, back by 5.", "none"),
            ("Texting you so someone knows where the spare key is.", "none"),
        ],
    ),
    "low_mood_told_plainly": (
        [
            ("This week I feel very much sad, my brother is far away.", "low"),
            ("nobody in my tutor group actually talks to me", "low"),
            ("Had a cry in the Aldi car park lol. I'm fine.", "low"),
            ("Missing my nan so much tonight.", "low"),
        ],
        [
            ("missing pizza so much today lol", "none"),
            ("Had a coffee in the Tesco car park, waiting for the shop to open.", "none"),
            ("Missing the sun so much today!! roll on summer", "none"),
            ("I feel very much at home in the new flat.", "none"),
        ],
    ),
    "a_farewell_told_as_arrangements_for_the_sessions": (
        [
            (
                "I won't be coming on Monday, or after that. None of what happens next is because of you. Thank you for everything.",
                "imminent",
            ),
            (
                "Please give my slot to someone on your waiting list. I won't be coming next week, or ever again.",
                "imminent",
            ),
            ("None of this is because of anything you did. Thank you for everything.", "imminent"),
            (
                "I won't be in on Tuesday, or after that. Please give my place to someone who needs it.",
                "imminent",
            ),
        ],
        [
            ("I won't be coming on Monday, or Tuesday, I'm away with work.", "none"),
            ("Can you give my slot to someone else this week? I've got flu.", "none"),
            ("None of this is because of you, the builders are just slow lol", "none"),
            ("I won't be in on Friday, or after that until the new year, holidays!", "none"),
        ],
    ),
    "a_date_picked_and_being_a_burden_ended": (
        [
            (
                "Our son told his sister he has 'a date picked' and that he's 'done being a burden'. I'm his dad.",
                "imminent",
            ),
            ("I've got the day chosen. Thank you for everything.", "imminent"),
            ("I'm done being a burden to everyone.", "high"),
            ("honestly im finished being everyones problem", "high"),
        ],
        [
            ("We've got a date picked for the wedding, June!", "none"),
            ("Got the date set for the party, see you there.", "none"),
            (
                "Finally done being a burden on the bank of mum and dad, paying my own rent now!",
                "none",
            ),
            ("Done being the problem child at work, I've handed in my notice lol", "none"),
        ],
    ),
}

LEVEL_LOWERED: Families = {
    "self_harm_denied_once": (
        [
            ("Didn't hurt myself once this week. Proud.", "low"),
            ("I haven't hurt myself once since the summer 🙂", "low"),
            ("Not hurt myself once this month, first time in ages.", "low"),
            ("Didn't cut myself once over the holidays.", "low"),
        ],
        [
            ("I hurt myself once this week, just once, but it was bad.", "high"),
            ("Hurt myself again last night.", "high"),
            ("I cut myself once more tonight.", "high"),
            ("Hurt myself on purpose after the call.", "high"),
        ],
    ),
}

(
    test_round15_en_level_family_reads_its_level,
    test_round15_en_level_counterpart_stays_below,
    test_round15_en_denied_stays_below_high,
    test_round15_en_denied_risk_version_keeps_its_level,
) = family_tests(LEVEL_FAMILIES, LEVEL_LOWERED)


def test_round15_en_level_family_sizes() -> None:
    assert_family_sizes(LEVEL_FAMILIES, 4, 4)
    assert_family_sizes(LEVEL_LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    # the skin burned or cut with a household tool "on purpose": self-harm, not the net's ideation
    "skin_burned_on_purpose": (
        "self_harm",
        [
            "Burnt the back of my hand with the iron last night, on purpose.",
            "I burned my arm with the curling tongs on purpose after the row.",
            "Scalded my wrist with the kettle on Friday, on purpose, I'm ok now.",
            "cut my thigh with the craft knife on purpose",
        ],
        [
            "Burnt my hand on the oven, not on purpose obviously lol",
            "I burned my arm on the grill at the barbecue, ouch.",
            "Scalded my wrist with the kettle this morning, clumsy me.",
            "Cut my hand on the tin lid, nothing serious.",
        ],
    ),
    # a relative asking to be seen sooner or what to do, beside the patient's cue
    "a_relative_asking_to_be_seen_sooner_or_what_to_do": (
        "support_request",
        [
            "This is Jo, Sam's mum. I found cuts on his arm. Any chance of you seeing him before Thursday?",
            "It's Rob, Kate's husband. She keeps saying we'd be better off without her. Should I be doing something?",
            "I'm Amir's dad. He hasn't left his room in days. Could we bring his appointment forward?",
            "I hurt myself again. Is there any chance of you seeing me sooner?",
        ],
        [
            "Any chance of you seeing me before Friday? Work moved my shift.",
            "Should I be doing something about the invoice?",
            "Could we bring the appointment forward? I've got a dentist clash.",
            "Should we do something for the office party?",
        ],
    ),
    # time not wasted is no substance use ("the months weren't wasted", "a wasted trip")
    "time_not_wasted": (
        "substance_use",
        [
            "got wasted again last night to stop thinking",
            "I was so wasted on Friday I don't remember getting home.",
            "Drunk again tonight, alone.",
            "Getting wasted every weekend just to feel nothing.",
        ],
        [
            "I want you to know the last year of sessions wasn't wasted.",
            "It was a wasted trip to the clinic, the lift was broken.",
            "These months weren't wasted, I've learned a lot.",
            "Not a wasted afternoon at all, we got the garden done.",
        ],
    ),
}

(
    test_round15_en_signal_family_raises_its_signal,
    test_round15_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)
