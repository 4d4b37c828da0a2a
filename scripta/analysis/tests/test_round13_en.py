"""English families behind the misreadings of blind round 13 (spent into dev).

Misses, read for their reasons rather than their words: waking lamented with the verb left out ("i hate
waking up... disappointed that i did"); oneself seen hanging when the eyes close (also in Patois: "mi see
miself hanging"); skin scratched raw with an everyday object ("scratched my forearms raw with my car
keys"); a relative who introduces themselves with a two-word name ("I'm Karen, Brenda Hollis's daughter")
reports the patient's words; a wound that will not stop told before the cut that "went deeper than i meant
to"; letters "drafted" to the family "in case"; a farewell letter whose "none of this is your fault" was
read as past because "this last year" holds the word "last"; the rest of a medicine taken ("had the rest
of the co-codamol"); a medicine put one a night into an old bottle "instead of taking it"; the pet left
with someone and no appointments "after it"; letters "for mi children" and "cyah do this no more"
(Patois); a relative writing for the patient ("Writing for Jen... Steve (her husband)"); a rope told
with where it came from ("the rope from b&q is in my boot. sunday"); the pills in
one's hand now. Over-readings: the sender's own chore of feeding the cat read as an arrangement for after
("Only got up for the loo and to feed the cat"); a place at height explained by a shift at work ("shift over... I'll be in Thursday");
"when I am on the bridge" (a habit, not where the sender is now); the thought of ending one's life denied
at its verb ("I am not thinking any more in the day to finish my life"); a school year told as a past
time ("in year 9 i kept wanting to..."). Each family is tested on self-written paraphrases that are not in
the corpus and on texts that share the words but not the reading: for the risk families, counterparts
that must stay below high; for the over-readings, the risk versions that must keep their level (recall
comes first). All the texts are fictional.
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
    "waking_lamented_with_the_verb_left_out": (
        [
            ("I hate waking up. Most mornings I'm gutted that I did.", "high"),
            ("dread waking up every day, and every day im disappointed i did", "high"),
            ("I can't stand waking up anymore. Each morning I wish I hadn't.", "high"),
            ("Hate waking up. Sad that I still do, every single time.", "high"),
        ],
        [
            (
                "I hate waking up early for work, I'm disappointed that I did agree to the 7am shift.",
                "none",
            ),
            ("My flatmate hates waking up, he's gutted that he did sign up for the gym.", "none"),
            ("I hate waking up to the alarm. Disappointed that I didn't sleep in.", "none"),
            (
                "my brother hates waking up, he says every morning he's disappointed that he did",
                "low",
            ),
        ],
    ),
    "oneself_seen_hanging_when_the_eyes_close": (
        [
            (
                "When I shut my eyes I see myself hanging in the garage and it feels peaceful.",
                "high",
            ),
            ("every night mi close mi eye an mi see miself hanging from di tree", "high"),
            ("I keep picturing myself hanging from the banister. It scares me.", "high"),
            ("Lying in bed I imagine myself dead in a coffin and I feel relief.", "high"),
        ],
        [
            ("I can see myself hanging out with them more next term.", "none"),
            ("I picture myself hanging the washing out in the sun, that's my happy place.", "none"),
            ("Can't see myself hanging pictures in this flat, the walls are concrete.", "none"),
            ("I imagine myself hanging around the beach all summer.", "none"),
        ],
    ),
    "skin_scratched_raw_with_an_everyday_object": (
        [
            ("Scraped my arms raw with my house keys last night in the bathroom.", "high"),
            ("scratched my legs raw with my nails again after the argument", "high"),
            ("I scratched my wrists raw with a comb on the bus home.", "high"),
            ("Rubbed my forearms raw with the scourer in the shower again.", "high"),
        ],
        [
            ("Scratched my arms raw, the eczema is awful this week.", "none"),
            ("The mosquito bites are so itchy, I scratched my legs raw.", "none"),
            ("I haven't scratched my arms raw with my keys since June.", "low"),
            ("My daughter's eczema flared, she scratched her arms raw in her sleep.", "none"),
        ],
    ),
    "a_relative_introduced_with_a_full_name_reports_the_patient": (
        [
            (
                "Hi, I'm Sophie, Mark Evans's daughter. Dad told me last night he's \"done with being alive\". Can you see him soon?",
                "high",
            ),
            (
                "This is Gary, Lynn Porter's husband. She keeps saying she wants to die and she's given her jewellery away.",
                "high",
            ),
            (
                "I'm Ahmed, Farah Khan's son. Mum says she wants to die and she has your appointment on Monday.",
                "high",
            ),
            (
                "Hello, I'm Rosa, Peter Grant's wife. He told me he wants to kill himself. He sees you on Friday.",
                "high",
            ),
        ],
        [
            (
                "Hello, I'm Karen. My friend told me on the phone that she's had enough of being alive. I don't know what to do.",
                "low",
            ),
            ("I'm Ahmed, Farah Khan's son. Mum has a cold so could we move Monday?", "none"),
            ("Hi, I'm Sophie, Mark Evans's daughter. Dad's car broke down, he'll be late.", "none"),
            ("My colleague said she wants to die after the meeting, lol, it was long.", "low"),
        ],
    ),
    "a_relative_writing_for_the_patient_or_signing_as_theirs": (
        [
            (
                "Writing for Maria. She hasn't left her bed since Sunday and won't eat. Should she come in sooner? Paul (her husband)",
                "moderate",
            ),
            ("Writing for Dev. He won't eat and sleeps all day. Anita (his wife)", "moderate"),
            (
                "Hi, writing for Tom. He says he wants to die. Should I bring him in? Jo (his mum)",
                "high",
            ),
            ("He told me last night he wants to die. Sarah (his wife)", "high"),
        ],
        [
            ("I'm writing for the school paper about loneliness. My friend won't eat.", "low"),
            ("My brother won't eat and sleeps all day. Sarah (his sister)", "low"),
            ("Writing for Dev: can we move Thursday to 4pm? Anita (his wife)", "none"),
            ("My flatmate says he wants to die, I don't know what to do.", "low"),
        ],
    ),
    "a_wound_that_will_not_stop_told_before_the_cut": (
        [
            (
                "it won't stop. the towel's soaked through. went way deeper than i wanted to",
                "imminent",
            ),
            (
                "Can't make it stop, still bleeding after half an hour. I cut deeper than I meant to.",
                "imminent",
            ),
            (
                "its soaked through two plasters now and wont stop. it went deeper than i meant",
                "imminent",
            ),
            ("still bleeding through the bandage, went too deep this time", "imminent"),
        ],
        [
            (
                "The rain won't stop. Went deeper than I meant to into the woods on the walk.",
                "none",
            ),
            ("My nosebleed won't stop, I picked it deeper than I meant to lol", "none"),
            ("The baby won't stop crying. The lake went deeper than I thought.", "none"),
            ("The tap won't stop dripping and the crack went deeper than before.", "none"),
        ],
    ),
    "letters_drafted_in_case": (
        [
            ("Last night I drafted letters to my husband and my daughter, in case.", "high"),
            ("I've drafted a letter to my kids, just in case. I'm not planning anything.", "high"),
            ("penned notes for my mum and dad, just in case.", "high"),
            ("Drafted a note to my kids last night. Just in case.", "high"),
        ],
        [
            ("I drafted a letter to the council about the bins.", "none"),
            ("Drafted my cover letters for the job fair today.", "none"),
            ("My sister drafted letters to her kids before her operation, just in case.", "none"),
            ("I haven't drafted any letters to my family, in case you were wondering.", "none"),
        ],
    ),
    "a_farewell_letter_read_past_for_this_last_year": (
        [
            (
                "None of this is your fault, you made this last year bearable. I've made my mind up. Thank you for trying.",
                "imminent",
            ),
            (
                "Please know none of this is your fault, you got me through these last months. Thank you for trying.",
                "imminent",
            ),
            (
                "Thank you for trying. None of it is your fault, this last year you were the only one I could talk to.",
                "imminent",
            ),
            (
                "You did everything you could this last year. Thank you for trying with me.",
                "imminent",
            ),
        ],
        [
            ("Thank you for trying to fix my shifts this last year, the rota is better.", "none"),
            ("Thank you for this last year of sessions, I feel much more confident now.", "none"),
            ("None of this is your fault, the trains have been late all this last year.", "none"),
            (
                "Last year none of this was your fault. Thank you for trying. I'm much better now.",
                "low",
            ),
        ],
    ),
    "the_rest_of_a_medicine_taken": (
        [
            ("I've had the rest of my sertraline, all of it, about an hour ago.", "imminent"),
            ("Took the rest of the zopiclone with a bottle of wine. Feel woozy.", "imminent"),
            ("had two glasses of gin and then the rest of my diazepam. sorry", "imminent"),
            ("Swallowed the rest of mum's codeine. Don't ring anyone.", "imminent"),
        ],
        [
            ("I took the rest of the antibiotics as prescribed, all done now.", "none"),
            ("My brother had the rest of the co-codamol, he's at A&E now.", "low"),
            ("I haven't had the rest of the paracetamol, it's still in the cupboard.", "low"),
            ("Had the rest of my ibuprofen for the toothache, dentist on Monday.", "none"),
            ("Took the rest of the codeine back to the chemist for disposal.", "none"),
        ],
    ),
    "a_medicine_put_aside_one_a_night_in_a_container": (
        [
            (
                "I've been putting one sertraline a night into an empty vitamin tub instead of taking it.",
                "imminent",
            ),
            (
                "keeping one zopiclone each night in a sock instead of taking it. 25 now.",
                "imminent",
            ),
            (
                "Been slipping one quetiapine a day into an old tin instead of swallowing it.",
                "imminent",
            ),
            (
                "I put one amitriptyline a night in my jewellery box instead of taking it.",
                "imminent",
            ),
        ],
        [
            (
                "My mum has been putting one trazodone a night in an old bottle instead of taking it.",
                "low",
            ),
            ("I haven't been putting any zopiclone in a tin instead of taking it.", "low"),
            ("I put one vitamin a day in the pill box for the week, then take them.", "none"),
            (
                "Two years ago I was putting one sertraline a night in an old bottle instead of taking it.",
                "low",
            ),
        ],
    ),
    "the_pet_left_and_no_appointments_after_it": (
        [
            (
                "I won't be needing next week's session or any after it. I've left the cat with Joanne. Thank you for everything.",
                "imminent",
            ),
            (
                "I've left the dog with my brother and the letters are written. Goodbye.",
                "imminent",
            ),
            (
                "Won't need Monday's appointment or the ones after that. Goodbye, and thank you for everything.",
                "imminent",
            ),
            (
                "I've given the cats to Sue. I won't be needing the session or any after it. Goodbye.",
                "imminent",
            ),
        ],
        [
            ("I've left the dog with my sister while we're on holiday, see you after!", "none"),
            ("Left the dog with Tom for the weekend, so I can come to Friday's session.", "none"),
            (
                "I won't be needing Thursday's appointment or any after it, the new job in Leeds starts Monday! Thank you for everything.",
                "none",
            ),
            ("I've left the cat with the vet for her jabs, be there by four.", "none"),
        ],
    ),
    "letters_and_cannot_cope_in_patois": (
        [
            (
                "Mi done write di letters for mi pickney dem. Tonight. Mi cyah do dis no more.",
                "imminent",
            ),
            ("I done write the letters for mi children. Mi cyah take it no more.", "imminent"),
            (
                "Mi cyah tek it no more. Mi done write di letters for mi daughter an put dem by di bible.",
                "imminent",
            ),
            ("Mi cyah do this no more.", "moderate"),
        ],
        [
            ("I done write the letters for mi children school trip, dem need it Monday.", "none"),
            ("Mi cyah do dis homework no more, it too hard!", "none"),
            ("Mi sister seh she cyah do dis no more.", "low"),
            ("Mi write di letters for mi cousin wedding invites.", "none"),
        ],
    ),
    "a_rope_told_with_where_it_came_from": (
        [
            (
                "the rope from the hardware shop is in my car. saturday when he's at work.",
                "imminent",
            ),
            ("Rope off amazon is under my bed. Tonight.", "imminent"),
            ("the rope from b and q is in the shed. sunday morning.", "imminent"),
            ("the noose from last time is in my wardrobe. tomorrow.", "imminent"),
        ],
        [
            ("The rope from B&Q is in the boot for the tent, leaving Saturday.", "none"),
            ("Rope from the climbing shop is in my bag for Sunday's session at the wall.", "none"),
            ("The rope off Amazon is on the washing line, can you bring it in tonight?", "none"),
            ("The rope off the boat is in the garage for Dad's sailing trip on Friday.", "none"),
            ("The tow rope from the garage is in the car for Friday's move.", "none"),
        ],
    ),
    "the_pills_in_my_hand_now": (
        [
            ("I've got all my sertraline in my hand now. I'm sorry.", "imminent"),
            ("Holding all the codeine in my hand right now.", "imminent"),
            ("i have the tablets in my hands now, the whole box", "imminent"),
            ("Got the zopiclone in my hand now. Nobody's home.", "imminent"),
        ],
        [
            ("I have the tablets in my hand now, taking my morning dose with breakfast.", "none"),
            ("Got the antibiotics in my hand now, at the chemist's counter.", "none"),
            # low since the retraining of 2026-11-27 with 30 authors (threshold 0.75): the
            # net's cue, lowered by the context (someone else's)
            ("My mum has the pills in her hand now, the nurse is checking them.", "low"),
            ("I don't have the pills in my hand now, they're locked away with my partner.", "low"),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    "the_senders_own_chore_of_feeding_the_pet": (
        [
            ("Day three in bed. Only got up to feed the dog.", "moderate"),
            ("Stayed in bed all weekend, just got up to feed the cat and make tea.", "moderate"),
            (
                "Haven't left the house since Friday. I still feed the cat and that's about it.",
                "moderate",
            ),
            ("Stayed in bed all day again, managed to feed the dog at least.", "moderate"),
        ],
        [
            (
                "Been in bed for days. Please feed the cat for me after, I'm sorry for everything.",
                "imminent",
            ),
            ("Can't do this any more. Please feed the cat for me.", "imminent"),
            ("I can't take it any more. Look after my dog.", "imminent"),
            ("Ask Mum to feed the cat. I can't go on.", "imminent"),
        ],
    ),
    "a_place_at_height_at_work": (
        [
            (
                "Parked up on the top deck of the multi storey, waiting for the last round, then that's it, shift over. I'll be in Monday.",
                "none",
            ),
            (
                "Sat at the top of the car park on my break, my shift's done at 2, I'll be in tomorrow.",
                "none",
            ),
            (
                "Up on the top deck of the multi-storey doing the barrier checks, shift's over at six, I'll be in Tuesday.",
                "none",
            ),
            (
                "Stood on the top floor of the hospital car park, night shift done, I'll be in at 8 tomorrow.",
                "none",
            ),
        ],
        [
            (
                "Parked up on the top deck of the multi storey. Tell Mum none of this was her fault.",
                "imminent",
            ),
            (
                "I'm on the top floor of the car park. Goodbye everyone, I can't do this any more.",
                "imminent",
            ),
            ("Sat on the roof of the car park. Tell Dan none of this is his fault.", "imminent"),
            (
                "Up on the top deck of the multi storey. Tonight. Thank you for everything.",
                "imminent",
            ),
        ],
    ),
    "when_i_am_on_the_bridge_a_habit": (
        [
            ("When I'm on the bridge at work I check the lorry permits.", "none"),
            ("Every time I'm on the bridge I stop for a photo of the river.", "none"),
            ("If I'm on the roof fixing the aerial I'll call you after.", "none"),
            ("Whenever I'm on the tracks at work I wear the orange vest.", "none"),
        ],
        [
            ("I'm on the bridge now. I'm sorry.", "imminent"),
            ("I am on the roof. Goodbye.", "imminent"),
            ("When I got here I knew. I'm on the bridge, it's time.", "imminent"),
            ("im on the railway line. cant do this any more", "imminent"),
        ],
    ),
    "the_thought_of_ending_my_life_denied_at_its_verb": (
        [
            ("I am not thinking any more in the day to finish my life.", "low"),
            ("I'm not thinking so many times a day of ending my life now.", "low"),
            ("I don't think about ending my life any more, the new medicine helps.", "low"),
            ("My brother is thinking many times in the day to finish his life.", "low"),
        ],
        [
            ("I am thinking many times in the day to finish my life.", "high"),
            ("thinking a lot every day about ending my life", "high"),
            ("I'm thinking again of taking my own life.", "high"),
            ("I am not sleeping and thinking many times a day to finish my life.", "high"),
        ],
    ),
    "a_school_year_told_as_a_past_time": (
        [
            ("In year 8 I kept wanting to cut my arm with the compass.", "low"),
            ("in year ten i used to think about cutting myself every day.", "low"),
            ("In year 11 I wanted to hurt myself before every exam.", "low"),
            ("In year 7 I kept wanting to cut myself, it was all I thought about.", "low"),
        ],
        [
            ("I'm in year 9 and I keep wanting to cut my arm with the compass.", "high"),
            ("I'm in year 10 and I want to hurt myself every day.", "high"),
            ("in year 9 now and i keep wanting to cut my arm.", "high"),
            ("She's in year 8 and I want to hurt myself every night since the divorce.", "high"),
        ],
    ),
}


(
    test_round13_en_family_reads_the_paraphrase,
    test_round13_en_counterpart_stays_below_high,
    test_round13_en_over_reading_stays_below_high,
    test_round13_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

# (the other over-readings lose their cue: the chore and the habit are not cues, the farewells at work are everyday phrases)
test_round13_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(
    {
        k: LOWERED[k]
        for k in (
            "the_thought_of_ending_my_life_denied_at_its_verb",
            "a_school_year_told_as_a_past_time",
        )
    }
)


def test_round13_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    # an answer asked for the minute the message is seen ("Please ring me the minute you see this")
    "an_answer_asked_the_minute_it_is_seen": (
        "urgency",
        [
            "Please call me the minute you get this.",
            "ring me back the second you see this, it's about Sam",
            "Text me the instant you read this please.",
            "Can you phone me the minute you see this? I'm at the hospital with Dad.",
        ],
        [
            "The minute you see the sign, turn left for the car park.",
            "Bring the form in whenever suits you, no rush.",
            "The second you get the results, don't worry, there's no hurry at all.",
            "I read this book the minute it came out.",
        ],
    ),
}

(
    test_round13_en_signal_family_raises_its_signal,
    test_round13_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)


# "can't keep living like this" with a household fault named right after it is about the fault
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I can't keep living like this with the boiler broken, third week of cold showers.",
            "none",
        ),
        ("Honestly cannot keep living like this with the air con spoilt, so hot.", "none"),
        (
            "I can't keep living like this with the wifi dropping every hour, I work from home!",
            "none",
        ),
        ("I can't keep living like this with the pain, every day is the same.", "moderate"),
        ("I can't keep living like this.", "moderate"),
        ("I can't keep living like this with the heating off. I want to die.", "high"),
    ],
)
def test_round13_en_a_household_fault_is_not_cannot_cope(text: str, expected: str) -> None:
    assert level(text) == expected
