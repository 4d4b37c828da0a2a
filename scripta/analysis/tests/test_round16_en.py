"""English families behind the misreadings of blind round 16 (spent into dev).

Misses, read for their reasons rather than their words: everything wished to stop "for good" ("I just want all
of it to stop. Not pause. Stop, for good."); dwelling at a height, the barrier told as low enough ("the wall's
only waist height") and standing there "a bit longer each day"; prescribed pills put away in a box "instead of
taking them" (a stockpile); a cut "deeper than I meant", bleeding through towels and "still going" (imminent);
a vehicle welcomed with an "if" that is the wish's own ("If a bus took me out... I honestly wouldn't mind");
the life cover checked to pay out "whatever the cause"; "unaliving myself"; a farewell in an ordinary thank-you
(weak farewells: "thank you for all of it", the dog left with someone, "you were the only one that never gave
up on me"). Over-readings: a song's line quoted ("X have that line '...'", the radio played it); "I'm ending it
with <someone> tonight" (now read as the intent and lowered by the idiom, so the net is not asked); a rope and
a beam for DIY ("it'll hold the punchbag": the idiom keeps the net's cue down in its sentence); a meeting
grumbled about, then "I'm going to walk into the sea" with a laugh; the pharmacy's stock ("Pharmacy only had
14 of the sertraline"), not a dose; an anniversary counted in years ("5 years today since... the overdose":
past, and "today" after "years" no longer keeps it current). A household blade thought about ("can't stop
thinking about the razor in dad's shaving bag") is now a rule cue (self-harm, not the net's suicidal ideation),
so its denial reads low. Each family is tested on self-written paraphrases that are not in the corpus and on
texts that share the words but not the reading: for the risk families, counterparts that must stay below high;
for the over-readings, the risk versions that must keep their level (recall comes first).

Levels: belongings not needed "after Sunday" (a plan; past or someone else's: low); an anchor checked to hold
("Checked the beam in the garage, it'll hold."); the tablets out on the bed and counted; a poison kept "just in
case"; "what is the use of me living"; plasters and a blade found in the patient's bag (a parent's report);
looking up how many of them it would take (denied: low); the car keys and the bank card left with someone and
"don't ring me, it's grand" (two weak farewells); drinking to cope ("three bottles of red on my own", "the only
way I get off to sleep"); a panic attack that has not let go ("still shaking, can't get a proper breath in");
"mi cyaan tek it nuh more" (moderate; "mi nuh feel like..." is not); plain low mood (tired of everything, a pet
put to sleep, a parent's funeral arranged); a height gone over "two years back" (past: low). Signals: unseen by
everybody (loneliness); not seeing oneself "still being here come Christmas" (hopelessness beside the wish);
"did it again" with the tool and the place on the body (self-harm); "abeg no vex" (apology); a call asked for
before the session, what to say to a relative (support requested); "please ring me" before the means in hand
(urgency); someone's time wasted is no substance use ("all the time I wasted of yours").
Three counterparts that the learned net alone read high (things not needed after the exams, pills set out for
the organiser, how many it would take to fill a van) are kept down by idioms in their sentence.
All the texts are fictional.
"""

from __future__ import annotations

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    lowered_keeps_its_cue_test,
    modifiers,
    signal_family_tests,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    # everything wished to stop "for good" ("I just want all of it to stop. Not pause. Stop, for good.")
    "everything_wished_to_stop_for_good": (
        [
            ("I want all of it to stop. For good this time.", "high"),
            ("honestly i just want everything to stop forever", "high"),
            ("I need it all to stop, permanently, not just for a night.", "high"),
            ("Some days I wish for all of this to end for good.", "high"),
        ],
        [
            (
                "I want all of it to stop for good, the drilling next door is driving me mad.",
                "none",
            ),
            ("I want the rain to stop for a bit so we can get to the park.", "none"),
            ("I want all the calls from the bank to stop for good.", "none"),
            ("Need all of it to stop for good, the builders have been at it since 7 lol", "none"),
        ],
    ),
    # dwelling at a height: the wall "only waist height", standing there "a bit longer each day"
    "dwelling_at_a_height_the_barrier_low": (
        [
            (
                "I keep going up to the top floor of the car park at lunch. The railing's only hip height.",
                "high",
            ),
            (
                "There's a bridge on my way home and the parapet is only waist high. I've started stopping there.",
                "high",
            ),
            (
                "Every evening I go to the roof of my building. I stand there a bit longer each time.",
                "high",
            ),
            (
                "the multi-storey by college, top deck, i stay up there a little longer every day",
                "high",
            ),
        ],
        [
            (
                "The balcony wall is only waist height, we need a gate before the toddler comes to stay.",
                "none",
            ),
            (
                "The railings on the bridge are only knee high, I've reported it to the council.",
                "none",
            ),
            (
                "Top floor of the car park has the best view, we stood there a bit longer each visit for the sunset.",
                "none",
            ),
            ("The fence is only waist high so the dog keeps jumping it.", "none"),
        ],
    ),
    # prescribed pills put in a box "instead of taking them": a stockpile
    "pills_put_away_instead_of_taken": (
        [
            (
                "I've been putting my sertraline in a sock in my drawer instead of taking it.",
                "imminent",
            ),
            (
                "been hiding my quetiapine under the mattress instead of taking them, there's loads now",
                "imminent",
            ),
            (
                "I keep dropping my mirtazapine into an old pill pot instead of swallowing it.",
                "imminent",
            ),
            ("Stashing my co-codamol in my coat pocket instead of taking them.", "imminent"),
        ],
        [
            (
                "I've been putting my sertraline in my yoghurt instead of taking it with water, it's easier.",
                "none",
            ),
            ("I keep my inhaler in my bag instead of taking it out at school.", "none"),
            ("I put the vitamins in the cupboard instead of taking them, I always forget.", "none"),
            ("Putting my sertraline in the dosette instead of taking it from the box.", "none"),
        ],
    ),
    # a cut "deeper than I meant" (self-harm); bleeding through towels and still going (imminent)
    "a_cut_deeper_than_meant": (
        [
            ("Cut deeper than I meant to last night. It's stopped now.", "high"),
            ("went way deeper than i intended this time", "high"),
            ("cut my arm and it's soaked through three towels and it won't stop", "imminent"),
            (
                "I cut deeper than I wanted and it's bled through two tea towels, still going",
                "imminent",
            ),
        ],
        [
            ("Cut deeper than I meant chopping onions, plaster on, all good.", "none"),
            ("I sliced the bread deeper than I meant, the loaf's ruined lol", "none"),
            ("My nosebleed has gone through two tissues and it's still going.", "none"),
            ("Cut the hedge back deeper than I intended, it looks bare.", "none"),
        ],
    ),
    # a vehicle welcomed, its "if" the wish's own ("If a bus took me out... I honestly wouldn't mind")
    "a_vehicle_welcomed_if_it_took_me_out": (
        [
            ("If a car hit me on the way home I genuinely wouldn't mind.", "high"),
            ("if a lorry just took me out tomorrow i wouldnt care tbh", "high"),
            ("If a train knocked me down I honestly wouldn't be sad about it.", "high"),
            ("If the bus ran me over on the way to work I wouldn't be upset.", "high"),
        ],
        [
            # low since the retraining of 2026-11-27 with 30 authors (threshold 0.75): the
            # net's cue, lowered by the context (hypothetical)
            ("If a taxi took me out to the coast I wouldn't mind at all!", "low"),
            # low since the retraining of 2026-11-27 (threshold 0.80): the net's cue,
            # lowered by the context
            ("If a bus took me to the door I wouldn't mind paying extra.", "low"),
            (
                "If a car hit me I'd be late for the exam, but I wouldn't mind missing it lol",
                "none",
            ),
            ("If the van got me to Leeds by 5 I wouldn't mind the cost.", "none"),
        ],
    ),
    # the life cover checked to pay out "whatever the cause" (method thinking)
    "insurance_paying_out_whatever_the_cause": (
        [
            (
                "Checked the small print. My life cover pays out whatever the cause after a year. So they'd be fine.",
                "high",
            ),
            (
                "The policy covers any cause now it's been two years, I asked them on the phone.",
                "high",
            ),
            (
                "rang the insurers, it pays out even if it's suicide once you're past 12 months",
                "high",
            ),
            (
                "My insurance pays out no matter the cause, so the mortgage would be paid off.",
                "high",
            ),
        ],
        [
            ("The car insurance pays out whatever the cause of the crash, thank God.", "none"),
            ("Pet insurance covers any cause of illness for the dog, which is a relief.", "none"),
            (
                "The travel policy pays out whatever the reason for cancelling, so we're booking.",
                "none",
            ),
            (
                "Home insurance pays out whatever the cause of the flood, so the kitchen's sorted.",
                "none",
            ),
        ],
    ),
    # "unaliving myself" (the -ing form of the euphemism, with the reflexive)
    "unaliving_myself": (
        [
            ("been thinking about unaliving myself again", "high"),
            ("I keep having thoughts of unaliving myself at night.", "high"),
            ("tbh unaliving myself has been on my mind since the weekend", "high"),
            ("Scared because I've been researching ways of unaliving myself.", "high"),
        ],
        [
            ("this lecture is unaliving me lol", "none"),
            ("The villain ends up unaliving the whole village in episode 3.", "none"),
            ("The algorithm keeps unaliving my posts, so annoying.", "none"),
            ("My cat is unaliving every moth in the house.", "none"),
        ],
    ),
    # a household blade thought about (self-harm, not the net's ideation); denied: low
    "thinking_of_a_household_blade": (
        [
            ("Can't stop thinking about the blades in my pencil sharpener.", "high"),
            ("all day thinking about the razor in the bathroom cabinet", "high"),
            (
                "I keep thinking about the razor blades in the bathroom. I want to feel something.",
                "high",
            ),
            ("keep having thoughts of the craft knife in my art box", "high"),
        ],
        [
            ("Haven't been thinking about the razor in the cabinet at all this week.", "low"),
            ("Thinking about the razor I need to buy for Dad's birthday.", "none"),
            ("I'm not thinking about the blades any more, the urges have gone.", "low"),
            ("thinking about the razor for my legs, mine's blunt", "none"),
        ],
    ),
    # weak farewells: "thank you for all of it", the pet left with someone, "you were the only one that never gave up on me"
    "a_farewell_in_an_ordinary_thank_you": (
        [
            (
                "Thank you for all of it. I've left the dog with my mum. You were the only one who never gave up on me.",
                "imminent",
            ),
            ("Left the cats with our Jean. Thank you for everything, honestly.", "imminent"),
            ("You were the only one that never gave up on me. Thanks for all of it.", "imminent"),
            (
                "Dropped the dog at my sister's. You were the only person who ever listened.",
                "imminent",
            ),
        ],
        [
            ("Thanks for all of it! Left the dog with Mum while we're in Spain.", "none"),
            (
                "You were the only one who never gave up on me at school, Miss. Starting uni next week, thank you for everything!",
                "none",
            ),
            ("Thanks for all of it today, the session really helped.", "none"),
            (
                "Left the dog with my brother for the weekend. Thank you for everything, see you Tuesday.",
                "none",
            ),
        ],
    ),
}

# over-reading families: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a song's line quoted ("X have that line '...'", "the radio played", "earworm")
    "a_song_line_stuck_in_the_head": (
        [
            (
                "That band have that line 'I don't want to wake up tomorrow' and it's been stuck in my head all day lol",
                "none",
            ),
            (
                "The radio played 'I want to die in your arms tonight' three times on my commute, what a tune.",
                "none",
            ),
            ("Total earworm: 'I'd rather be dead than cool', can't shake it!", "none"),
            (
                "Sleepy Hollow have this line 'I wish I was dead' in the chorus, the crowd sang it so loud.",
                "none",
            ),
        ],
        [
            ("I don't want to wake up tomorrow.", "high"),
            ("Honestly I'd rather lie down tonight and not bother waking up.", "high"),
            ("The radio was on but all I could think was I want to die.", "high"),
            ("I'd rather just not bother waking up tomorrow.", "high"),
        ],
    ),
    # "I'm ending it with <someone> tonight": read as the intent, lowered by the idiom, so the net is not asked
    "ending_it_with_someone_tonight": (
        [
            ("I'm ending it with Sam tonight, after dinner. Wish me luck.", "none"),
            (
                "Right, I'm ending it with him today. Sorry for all the time I wasted of yours on this.",
                "none",
            ),
            ("im ending it with my boyfriend tonight, cant do the cheating any more", "none"),
            ("I'm ending it with Priya this weekend, it's not fair on either of us.", "none"),
        ],
        [
            ("I'm ending it tonight. Sorry for all the time I wasted of yours.", "imminent"),
            ("I'm ending it with pills tonight.", "imminent"),
            ("I'm ending it with a rope tonight, I'm sorry.", "imminent"),
            ("Decided. I'm ending it today once everyone's out.", "imminent"),
        ],
    ),
    # a rope and a beam for DIY ("it'll hold the punchbag"): the idiom keeps the net's cue down
    "a_rope_and_a_beam_for_diy": (
        [
            (
                "Picked up some rope and checked the beam in the shed, it'll hold the punchbag no problem.",
                "none",
            ),
            (
                "Got the rope from the hardware shop. Checked the branch, it'll hold the tyre swing for the kids.",
                "none",
            ),
            (
                "Checked the rafters in the garage, they'll hold the bikes. Rope and hooks bought.",
                "none",
            ),
            (
                "Rope's in the car. Tested the beam, it'll take the weight of the hammock. Summer sorted!",
                "none",
            ),
        ],
        [
            ("Bought a rope today. Checked the beam in the loft, it'll hold.", "imminent"),
            ("Rope in the shed. Tested the branch, it'll take my weight.", "imminent"),
            ("Checked the banister, it'll hold me. Tonight.", "imminent"),
            ("Got the rope. Had a look at the beam in the garage, it should hold.", "imminent"),
        ],
    ),
    # a trivial grievance, then "I'm going to walk into the sea" with a laugh
    "walking_into_the_sea_over_a_meeting": (
        [
            (
                "My manager just booked a 5pm Teams call on a Friday. Im going to walk into the sea 😂",
                "none",
            ),
            ("3 hour exam tomorrow, I'm going to walk into the sea lol", "none"),
            ("the printer jammed AGAIN i'm about to walk into the ocean 😂😂", "none"),
            ("Another email from the landlord. I'm gonna walk into the sea haha", "none"),
        ],
        [
            ("I'm going to walk into the sea tonight.", "imminent"),
            ("My boss shouted at me again. I'm going to walk into the sea, I mean it.", "high"),
            ("Everything's pointless. Going to walk into the sea.", "high"),
            ("I keep thinking I'll walk into the sea one night 😂 not even joking", "high"),
        ],
    ),
    # the pharmacy's stock ("Pharmacy only had 14 of the sertraline"), not a dose taken
    "the_pharmacys_stock_not_a_dose": (
        [
            ("The chemist only had 20 of the mirtazapine so I'm going back Monday.", "none"),
            ("Boots had 10 of the sertraline and said come back for the rest.", "none"),
            ("Pharmacy just had 14 of my quetiapine in, the rest is on order.", "none"),
            ("The box only had 12 of the citalopram in it, is that right?", "none"),
        ],
        [
            ("I had 20 of the mirtazapine an hour ago.", "imminent"),
            ("Took 14 of my quetiapine last night.", "imminent"),
            ("I've had 30 of the sertraline tonight, I'm scared.", "imminent"),
            ("Swallowed 12 of the citalopram.", "imminent"),
        ],
    ),
    # an anniversary counted in years ("5 years today since... the overdose"): past
    "an_anniversary_counted_in_years": (
        [
            (
                "Three years today since the overdose. Went to the beach with my sister to mark it.",
                "low",
            ),
            ("It's 2 years since I took the overdose, and I'm doing okay 🙂", "low"),
            (
                "Ten years this week since I was in hospital after the overdose. Feeling grateful.",
                "low",
            ),
            ("a year today since my overdose. still here, proud of me", "low"),
        ],
        [
            ("Took an overdose today.", "imminent"),
            ("I took an overdose an hour ago.", "imminent"),
            ("Three years since Dad died and I took an overdose tonight.", "imminent"),
            ("I've taken an overdose. I'm sorry.", "imminent"),
        ],
    ),
}

(
    test_round16_en_family_reads_the_paraphrase,
    test_round16_en_counterpart_stays_below_high,
    test_round16_en_over_reading_stays_below_high,
    test_round16_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round16_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(LOWERED)


def test_round16_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


def test_round16_en_ending_it_with_someone_is_read_then_lowered() -> None:
    # the intent is read and lowered as the idiom (so the learned net is not asked), not left unread
    assert "idiom" in modifiers("I'm ending it with Jordan tonight once the kids are asleep.")
    codes = [c.code for c in read_message("I'm ending it with Jordan tonight.").risk.evidence]
    assert "intent" in codes and "net_ideation" not in codes


def test_round16_en_an_anniversary_is_past() -> None:
    assert "past" in modifiers("Five years today since the overdose, proud of myself.")
    assert "past" not in modifiers("I took an overdose today.")


# levels of round 16 (below the misses): risk families read at their level, counterparts below it
LEVEL_FAMILIES: Families = {
    "not_needing_any_of_it_after_a_day": (
        [
            (
                "Gave my brother the golf clubs and the telly. I won't be needing any of it after Friday.",
                "imminent",
            ),
            ("wont be needing any of my stuff after tonight so the lads can have it", "imminent"),
            (
                "Years ago, before therapy, I gave my tools away thinking I won't be needing them after that weekend.",
                "low",
            ),
            (
                "My uncle gave his car to my cousin and said he won't be needing any of it after Sunday. I'm worried.",
                "low",
            ),
        ],
        [
            ("I won't be needing any of it after Friday, the exams are over!", "none"),
            (
                "Selling the cot, won't be needing it after this week, the baby's in a big bed now.",
                "none",
            ),
            ("Won't be needing my winter coat after March, roll on spring.", "none"),
            ("I won't be needing the van after Sunday, the move is done.", "none"),
        ],
    ),
    "an_anchor_checked_to_hold": (
        [
            ("Checked the beam in the loft, it'll hold.", "imminent"),
            ("Tested the branch on the big oak, it will take my weight.", "imminent"),
            ("had a look at the banister, it should hold me", "imminent"),
            ("Checked the hook in the garage ceiling, it'll hold my weight now.", "imminent"),
        ],
        [
            ("Checked the beam in the loft, it'll hold the boxes fine.", "none"),
            ("Tested the branch, it'll hold, the kids can have their swing.", "none"),
            ("Checked the shelf, it'll hold the books.", "none"),
            ("Had a look at the beam, it'll take the weight of the new hammock.", "none"),
        ],
    ),
    "tablets_out_on_the_bed_counted": (
        [
            ("I've got all my pills out on the bed and I'm counting them.", "imminent"),
            ("tipped all the tablets out on the duvet, counting them now", "imminent"),
            ("Put all my painkillers out on the table and counted them.", "imminent"),
            ("I have the sleeping tablets out on my bed, I counted them twice.", "imminent"),
        ],
        [
            (
                "Got all my tablets out on the table and counted them into the dosette for the week.",
                "none",
            ),
            (
                "Tipped my pills out on the bed to count them for the pharmacy, they shorted me again.",
                "none",
            ),
            (
                "I've got all the tablets out on the kitchen table, sorting them for Mum's organiser.",
                "none",
            ),
            (
                "Put the expired pills out on the table, counting them to take back to the chemist.",
                "none",
            ),
        ],
    ),
    "a_poison_kept_just_in_case": (
        [
            ("I'm keeping the weedkiller under my bed just in case.", "imminent"),
            (
                "This is Tom, Sue's husband. She's been hiding the rat poison in her bedside drawer, 'in case'.",
                "imminent",
            ),
            ("kept some antifreeze in my room for when it gets too much", "imminent"),
            (
                "Dad's been keeping the slug pellets by his bed in case, he told me this morning.",
                "imminent",
            ),
        ],
        [
            ("We're keeping the rat poison in the shed just in case the mice come back.", "none"),
            (
                "Keeping the weedkiller in the garage for when the weeds come back in spring.",
                "none",
            ),
            ("Hid the slug pellets in the top cupboard in case the kids find them.", "none"),
            ("Keeping the antifreeze in the boot in case the car needs it.", "none"),
        ],
    ),
    "what_is_the_use_of_me_living": (
        [
            ("Madam, what is the use of me living, I am only a burden.", "high"),
            ("whats the point of me being here anymore honestly", "high"),
            ("What's the use of living like this, nothing changes.", "high"),
            (
                "My friend keeps saying 'what is the use of me living'. I don't know how to help her.",
                "low",
            ),
        ],
        [
            ("What is the use of me living in the city if I never go out?", "none"),
            ("What is the use of me living so close to the gym if I never go?", "none"),
            ("What is the use of me living near the station if the trains never run?", "none"),
            ("What is the use of me living with a car if I can't park it lol", "none"),
        ],
    ),
    "plasters_and_a_blade_found": (
        [
            (
                "This is Rob, Amy's dad. I found plasters and a craft knife in her school bag.",
                "high",
            ),
            ("Found some bloody tissues and a razor blade in his room, I'm his mum.", "high"),
            ("I'm Jess's mum. I found a sharpener blade and plasters in her pencil case.", "high"),
            ("I'm Sam's partner. I found plasters and blades in his wash bag.", "high"),
        ],
        [
            (
                "Found plasters and a craft knife in the first aid box at work, someone's tidied it.",
                "none",
            ),
            ("I found a craft knife in his pencil case, he needs it for DT.", "none"),
            (
                "Found plasters and a stanley knife in the shed from when Dad was doing the floor.",
                "none",
            ),
            ("Found plasters and a craft knife on the beach, people are disgusting.", "none"),
        ],
    ),
    "looking_up_how_many_it_would_take": (
        [
            ("I've been looking up how many of them it would take.", "high"),
            ("googled how many of my tablets it would take last night", "high"),
            ("I'm not looking up how many of them it would take any more.", "low"),
            ("I haven't been searching up how many of them it would take since the summer.", "low"),
        ],
        [
            (
                "Looking up how many of them it would take to fill the van, the boxes I mean.",
                "none",
            ),
            ("Googled how many eggs it would take for the cake.", "none"),
            ("Looking up how many tiles it would take for the bathroom.", "none"),
            ("Looked up how many of the buses it would take to get to Leeds, three!", "none"),
        ],
    ),
    "the_keys_and_the_card_left_dont_ring_me": (
        [
            (
                "Left the car keys and the bank card with Mam. Don't ring me, it's grand.",
                "imminent",
            ),
            (
                "Gave my keys and my PIN to my brother. Don't call me, I'm fine, honestly.",
                "imminent",
            ),
            ("handed over the keys and the bank cards to Sarah. dont text me, im ok", "imminent"),
            (
                "Don't come looking for me, it's sorted. Left the house keys and my passwords with Dad.",
                "imminent",
            ),
        ],
        [
            (
                "Left the car keys and the bank card with Mam so she can do the shopping. Don't ring me, it's grand, I'm at the match.",
                "none",
            ),
            ("Don't ring me, I'm fine, just tired after work.", "none"),
            ("Left the keys and the bank card with Dad while I'm in Lisbon.", "none"),
            ("Gave my keys and card to the garage for the MOT. Don't call me, it's fine.", "none"),
        ],
    ),
    "drinking_to_cope": (
        [
            ("Three bottles of red on my own this weekend, not proud of it.", "moderate"),
            ("2 bottles of vodka on my own since Friday", "moderate"),
            ("Wine's the only way I can get off to sleep at the minute.", "moderate"),
            ("Been drinking every night, it's the only thing that lets me switch off.", "moderate"),
        ],
        [
            ("Three bottles of red on my own shopping list for the party, is that enough?", "none"),
            ("Bought two bottles of prosecco on my own card for the wedding.", "none"),
            ("Camomile tea is the only way I get off to sleep lately.", "none"),
            ("Reading is the only thing that lets me switch off.", "none"),
        ],
    ),
    "a_panic_attack_that_has_not_let_go": (
        [
            (
                "Had a panic attack in Tesco and I'm still shaking, can't breathe properly.",
                "moderate",
            ),
            ("panic attack on the train, cant get a proper breath in", "moderate"),
            ("Panic attack at work an hour ago, still trembling.", "moderate"),
            ("Another panic attack in the car park. I can't catch my breath.", "moderate"),
        ],
        [
            ("My sister had a panic attack on the bus, she's still shaking, what do I do?", "low"),
            ("Years ago I had a panic attack at school and was still shaking for hours.", "low"),
            (
                "Watched a documentary about panic attacks, still shaking my head at the bad advice.",
                "none",
            ),
            (
                "Wrote my essay on panic attack treatment, can't get a proper breath of fresh air in this library.",
                "none",
            ),
        ],
    ),
    "cant_take_it_in_patois": (
        [
            ("Miss, mi cyaan tek it nuh more.", "moderate"),
            ("mi caan take it no more, everyting too much", "moderate"),
            ("Sir, me cyaan bear it nuh more wid dem fighting.", "moderate"),
            ("I cyaan tek dis nuh more.", "moderate"),
        ],
        [
            ("Mi nuh feel like mi cyaan tek it nuh more, mi good now.", "none"),
            ("Mi cyaan find mi keys, mi late!", "none"),
            ("mi cyaan wait fi see yuh Tuesday", "none"),
            ("Mi cyaan tek di bus today, mi a walk.", "none"),
        ],
    ),
    "low_mood_told_plainly_16": (
        [
            ("Tired of everything lately. See you Thursday.", "low"),
            ("Feelin kinda low today, nothing much to say.", "low"),
            ("We had to have our old dog put to sleep yesterday. The house is so quiet.", "low"),
            ("Organising Dad's funeral this week. Shattered.", "low"),
        ],
        [
            ("Tired of everything being so expensive lol", "none"),
            ("Feelin low on battery, will text later.", "none"),
            ("They put me to sleep for the wisdom teeth op, all fine.", "none"),
            ("Went to see the dog at the vets, he's fine, no need to put him to sleep.", "none"),
        ],
    ),
}

# level over-readings: (texts that stay below high, risk versions that keep their level)
LEVEL_LOWERED: Families = {
    "a_height_gone_over_years_back": (
        [
            (
                "On Monday we went over the time two years back when I kept going up to the top floor of the car park, the wall being only waist height.",
                "low",
            ),
            (
                "A few years back I'd go up to the bridge and stand there a bit longer every day. We talked about it in session, it helped.",
                "low",
            ),
            (
                "My flatmate said the parapet on the bridge is only waist height and she stands there longer each day. I'm worried about her.",
                "low",
            ),
            (
                "If I ever noticed the railing on the top deck was only hip height, would that be a warning sign?",
                "low",
            ),
        ],
        [
            (
                "The top floor of the car park, the wall's only waist height. I go there every day.",
                "high",
            ),
            ("I'm on the bridge. The parapet is only knee high.", "imminent"),
            ("roof of the flats, i stand there a bit longer every night", "high"),
            (
                "Multi-storey again after work. I stayed up there a little longer each time this week.",
                "imminent",
            ),
        ],
    ),
}

(
    test_round16_en_level_family_reads_its_level,
    test_round16_en_level_counterpart_stays_below,
    test_round16_en_level_lowered_stays_below_high,
    test_round16_en_level_risk_version_keeps_its_level,
) = family_tests(LEVEL_FAMILIES, LEVEL_LOWERED)


def test_round16_en_level_family_sizes() -> None:
    assert_family_sizes(LEVEL_FAMILIES, 4, 4)
    assert_family_sizes(LEVEL_LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    "unseen_by_everybody": (
        "loneliness",
        [
            "Tired of being the one who holds it together and nobody sees.",
            "I do everything for them and no one ever notices me.",
            "nobody checks on me anymore",
            "Honestly no one asks how I am at all.",
        ],
        [
            "Nobody sees the point of the new rota.",
            "No one noticed the typo in the email, phew.",
            "Nobody asks about the bins, they just leave them.",
            "No one sees the match on Tuesday, it's not on telly.",
        ],
    ),
    "not_seeing_oneself_still_here_by_a_date": (
        "hopelessness",
        [
            "Cannae see me still being here come Christmas.",
            "I can't see myself still being around by the summer.",
            "Don't see me being here next year tbh.",
            "i cant see myself still alive by my birthday",
        ],
        [
            "Cannae see me still being here come Christmas, we're off to Spain!",
            "Dinnae see me being here at Easter, the contract ends in March.",
            "Don't see me being around on Friday, I'm working a double shift.",
            "Cannae see masel still being here by the summer, we're moving to Leeds.",
        ],
    ),
    "did_it_again_with_the_tool": (
        "self_harm",
        [
            "did it again last nite, compass off my maths set, on my leg this time",
            "Done it again with the sharpener blade, on my arm.",
            "I did it again. The razor, on my thigh.",
            "did it again tonight with the scissors on my wrist",
        ],
        [
            "Did it again, lost the compass off my maths set, Mum will kill me lol",
            "Done it again, left the scissors on my desk at work.",
            "I did it again, burnt the toast. The lighter's on my list to replace.",
            "Did it again, dropped the scissors on my foot, ouch.",
        ],
    ),
    "abeg_no_vex": (
        "apology",
        [
            "Traffic too much, I go reach late, abeg no vex.",
            "Abeg no vex ma, I forgot to send the form.",
            "please dont vex, I'll be there by 5",
            "Pls no vex, network bad since morning.",
        ],
        [
            "The traffic vexed me well well this morning.",
            "I no dey vex, everything is fine.",
            "No vexing questions today please lol",
            "He was vexed about the meeting.",
        ],
    ),
    "asking_for_a_call_or_what_to_say": (
        "support_request",
        [
            "Rough week. Any chance of a quick call before Thursday?",
            "Feeling really low. Any chance of a chat this week?",
            "My sister said she wants to die. What do I even say to her?",
            "My son told me he hurt himself. What should I say to him?",
        ],
        [
            "Any chance of a quick call before Thursday about the invoice?",
            "Great week! Any chance of a session earlier on Friday, I've got a train at 4.",
            "It's my nan's birthday, what do I even say to her, she's 100!",
            "What should I say to him about the party?",
        ],
    ),
    "please_ring_me_before_the_means": (
        "urgency",
        [
            "please ring me I've got all the tablets out on the bed",
            "PLEASE CALL ME I'M COUNTING THEM",
            "pls ring me im on the bridge",
            "Please phone me, I've taken my pills.",
        ],
        [
            "Please ring me, I've got a question about Thursday.",
            "Please call me when you get a chance, I've got the forms.",
            "please ring me tomorrow about the invoice",
            "Please phone me, I'm on the train until 6.",
        ],
    ),
    "time_wasted_of_yours": (
        "substance_use",
        [
            "Got wasted again on Saturday to stop thinking.",
            "I was wasted on Friday night, don't remember much.",
            "getting wasted on my own every night",
            "Drunk again, on my own.",
        ],
        [
            "Sorry for all the time I wasted of yours.",
            "Sorry for all the time I've wasted, I know you're busy.",
            "Thanks for not thinking your time was wasted on me.",
            "I feel like the session was wasted on me this week, sorry.",
        ],
    ),
}

(
    test_round16_en_signal_family_raises_its_signal,
    test_round16_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)
