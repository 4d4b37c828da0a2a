"""English families behind the misreadings of blind round 18 (spent into dev).

Misses, read for their reasons rather than their words: the body hoped to give out ("lie there hoping my heart simply
gives out before the radio comes on"; someone else's reads low, a novel's line quoted reads none); not wanting "to still be
here by Christmas" (and "I'm finished with all of it", the sentence ended there: hopelessness); a burial asked for beside
weariness ("Bury me where the river bends. I'm tired of pretending I'm fine"; sung as a choir's song it is quoted); working
out how many of a medicine "would be too many"; to "switch off and stay off" (a husband's report: "This is Rob, Aisha's
husband" makes it the patient's); the brake not pressed if a vehicle ahead crashed ("if the lorry in front jackknifed right
now i dont think id brake": the "if" is the thought's own); how many of his patches "it would take so he wouldn't..." asked
of a carer (a carer introducing herself, "I'm Denise, I look after Mr Whitlock", or "Mrs Pryce's carer from the agency",
now reports the patient's state). False alarms and over-readings: the urge to press a hot thing on the skin is now a rule
cue (self-harm), so its absence, "isnt there tonight", reads denied and "back in year 9" past, not as the net's ideation;
pills "lined up for the festival bag" (packing); "want to kms 😂" over an embarrassment (a laugh right after, no "not a
joke"); "this is goodbye from me" because of a move; "this is as good as my life gets, and it isn't good" (the everyday
saying keeps the net down in its sentence; its tail of resignation is hopelessness, moderate). Each family is tested on
self-written paraphrases that are not in the corpus and on texts that share the words but not the reading.

Levels: a loaded gun with letters or a time; a rope bought "not for the garden"; waiting on a platform for the fast train
"that dont stop here"; "going out the window" (a partner's report); insulin stopped on purpose; thinking of driving the car
into water (so "Didn't think about..." reads denied: low); pills lined up on a shelf (so "if i ever got to the point of
lining up..." reads hypothetical: low); a dressing gown not taken off since a weekday; another panic attack counted; afraid
one won't make it "out the other side of this winter"; gin before noon, the edge taken off the dread; not seeing "any of this
improving"; can't hack another night like this; a friend's post "about not wanting to be around" (low); a heavy heart
today; tearful. Left: the net's high reading of "doing lines at the weekend more than id admit" (moderate; no rule word
keeps the net down without hiding other writers' risk), four imminent readings at high (a farewell on a cliff walk with the
car left open for someone, "this is it i think" on a multistorey's top level, and the urgency of two reports), and a few
low and signal differences (a "bit flat" day, the years "I was cutting at uni", loneliness beside a wish, laughs as valence
shifts). All the texts are fictional.
"""

from __future__ import annotations

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
    # the body hoped to give out: "hoping my heart simply gives out before the radio comes on"
    "the_heart_hoped_to_give_out": (
        [
            ("Most nights I lie awake hoping my heart just stops in my sleep.", "high"),
            ("I keep praying my old heart packs in before the spring.", "high"),
            ("Wishing my heart would give out so I don't have to face another Monday.", "high"),
            ("part of me hopes my ticker gives out on its own one night", "high"),
        ],
        [
            ("Hoping my heart stops racing before the interview!", "none"),
            ("I hope my knees don't give out on the hike on Saturday.", "none"),
            ("Hoping the boiler gives out before winter so the landlord replaces it.", "none"),
            (
                "My uncle says he's hoping his heart gives out soon, he's 94 and tired of it all.",
                "low",
            ),
        ],
    ),
    # not wanting "to still be here by Christmas"
    "not_wanting_to_still_be_here_by_a_date": (
        [
            ("I don't want to still be around by New Year.", "high"),
            ("honestly dont want to still be here by my birthday", "high"),
            ("I do not want to still be alive by the spring.", "high"),
            ("I no longer want to still be here come Easter.", "high"),
        ],
        [
            (
                "I don't want to still be here by Christmas, so I've handed in my notice at the warehouse.",
                "none",
            ),
            ("I don't want to still be here in this flat by next year, the damp is awful.", "none"),
            (
                "I don't want to still be around at this company by the summer, so I've started applying.",
                "none",
            ),
            ("Don't want to still be at work by 7 tonight lol", "none"),
        ],
    ),
    # a burial asked for beside weariness: "Bury me where the river bends. I'm tired of pretending I'm fine."
    "a_burial_asked_for_with_weariness": (
        [
            ("Bury me under the old oak at Gran's. I'm so tired.", "high"),
            ("bury me next to my dad. i cant do this any more", "high"),
            ("Just bury me somewhere quiet, I've had enough.", "high"),
            ("Bury me by the sea. I'm done with all of it.", "high"),
        ],
        [
            ("If I eat one more mince pie just bury me where I fall lol", "none"),
            ("Bury me with my phone when the time comes, I'm not finished with TikTok!", "none"),
            (
                "My nan always says bury me next to your grandad, she's had enough of the care home food.",
                "low",
            ),
            (
                "Our choir is singing 'Bury me by the water, I'm tired of it all' on Sunday, so gloomy!",
                "none",
            ),
        ],
    ),
    # how many of a medicine "would be too many", worked out
    "how_many_would_be_too_many": (
        [
            ("Keep reading the sertraline leaflet, working out how many would be enough.", "high"),
            ("I've been googling how many of my co-codamol would be fatal.", "high"),
            (
                "Been staring at the box of zopiclone figuring out how many would be too many.",
                "high",
            ),
            (
                "Read the leaflet for the paracetamol again, trying to work out how many would be a lethal dose.",
                "high",
            ),
        ],
        [
            (
                "Read the Calpol leaflet working out how many would be too many for a toddler, she's teething.",
                "none",
            ),
            ("Working out how many chairs would be too many for the hall.", "none"),
            (
                "Checked the paracetamol leaflet to see how many would be too many for my headache.",
                "none",
            ),
            ("How many mince pies would be too many, asking for a friend 😂", "none"),
        ],
    ),
    # to switch off and stay off (the sender's own, or a partner's report)
    "switch_off_and_stay_off": (
        [
            ("I'd love to just switch off and stay off, for good.", "high"),
            ("Honestly I want to turn myself off and not come back on.", "high"),
            (
                "This is Ed, Priya's husband. She keeps telling me she wants to switch off and stay off.",
                "high",
            ),
            ("wish i could power off and never switch back on", "high"),
        ],
        [
            ("Going to switch off and stay off my phone all weekend!", "none"),
            ("Switch off and stay off social media for a week, doctor's orders lol", "none"),
            ("The heating switches off and stays off after 10, it's freezing.", "none"),
            ("My friend said she wants to switch off and stay off.", "low"),
        ],
    ),
    # the brake not pressed if a vehicle ahead crashed
    "not_braking_if_a_vehicle_crashed": (
        [
            ("if the car ahead spun out now i wouldn't even brake", "high"),
            (
                "If a truck came at me on the bypass I don't think I'd swerve. That's how I feel.",
                "high",
            ),
            ("if the bus in front crashed i dont think id stop tbh", "high"),
            ("If that van pulled out on me I wouldn't brake.", "high"),
        ],
        [
            (
                "If the car in front braked suddenly I don't think I'd stop in time on this ice.",
                "none",
            ),
            ("If the lorry in front jackknifed I'd brake and pull over, obviously.", "none"),
            # low since the net reads it: its cue, lowered as hypothetical
            ("If the bus in front stopped I wouldn't brake, I'd just go round it.", "low"),
            # low since the net reads it: its cue, lowered as hypothetical
            (
                "If a car pulled out I don't think I'd brake quick enough, my reflexes are rubbish after nights.",
                "low",
            ),
        ],
    ),
    # the dose asked of a carer, with its purpose (a carer introducing herself reports the patient's state)
    "the_dose_asked_of_a_carer": (
        [
            (
                "Hi, I'm Sue, I look after Mrs Patel three days a week. She asked me how many of her morphine tablets it would take to not wake up.",
                "high",
            ),
            (
                "This is Gary, I care for Mr Jones. He wanted to know how many of his insulin pens it would take so he wouldn't be a burden.",
                "high",
            ),
            (
                "I'm Mo, Mr Hill's carer from the agency. He asked me how many of his patches it'd take to end it.",
                "high",
            ),
            (
                "I keep wondering how many of my tablets it would take so I wouldn't wake up.",
                "high",
            ),
        ],
        [
            ("He asked how many of his patches it would take to get through the weekend.", "none"),
            (
                "Hi, I'm Sue, I look after Mrs Patel. She asked how many patches the pharmacy sends each month.",
                "none",
            ),
            ("My carer from the agency said she's been feeling low.", "none"),
            (
                "I look after Mr Hill's garden, he asked how many roses it would take to fill the bed.",
                "none",
            ),
        ],
    ),
    # the urge to press a hot thing on the skin
    "the_urge_to_press_a_hot_thing": (
        [
            ("urge to press the lighter on my arm is awful tonight", "high"),
            ("The urge to hold the hot spoon against my thigh won't go.", "high"),
            ("really strong urge to put my straighteners to my wrist again", "high"),
            ("urge to burn a cigarette on my hand again", "high"),
        ],
        [
            ("The urge to press the straighteners on my fringe again, it's so frizzy", "none"),
            ("Urge to put the iron on my shirt collar before the interview", "none"),
            ("The urge to hold the lighter to the candles, it's Advent!", "none"),
            ("Urge to use my straighteners on my hair all day", "none"),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # pills lined up or counted out for a bag being packed
    "pills_lined_up_for_a_bag": (
        [
            ("All my paracetamol lined up for the festival bag, packing it tonight.", "none"),
            ("Got my tablets counted out for the hospital bag, due any day!", "none"),
            ("Paracetamol and co-codamol lined up for my washbag, flying Friday.", "none"),
            ("My ibuprofen's lined up for the camping kit, off Saturday.", "none"),
        ],
        [
            ("All my paracetamol lined up on the shelf. Doing it tonight.", "imminent"),
            ("Got my tablets counted out on the bed. Tonight once he's asleep.", "imminent"),
            ("Co-codamol lined up beside me, I'm taking them all after tea.", "imminent"),
            (
                "Paracetamol lined up on the bathroom shelf, doing it once the house is asleep.",
                "imminent",
            ),
        ],
    ),
    # "want to kms" with a laugh right after, over an embarrassment
    "kms_laughed_off": (
        [
            ("i literally want to kms 😂 i just called my teacher mum", "none"),
            ("need to kms lol i waved at someone who wasnt waving at me", "none"),
            ("could kms haha just sent the email to the whole company", "none"),
            ("wanna kms 😂😂 my dad joined tiktok", "none"),
        ],
        [
            ("i want to kms. not joking, ive thought about how", "high"),
            ("i want to kms lol not even joking", "high"),
            ("i actually want to kms, been planning how for weeks", "high"),
            ("want to kms tonight", "imminent"),
        ],
    ),
    # "this is goodbye" because of a move
    "goodbye_for_a_move": (
        [
            ("We're moving to Leeds next week, so this is goodbye from me. I'll write!", "none"),
            ("I move to Cardiff on Monday, so this is goodbye. Thanks for all your help!", "none"),
            (
                "This is goodbye for now, the new job in Bristol starts Monday, I'll pop in when I'm back.",
                "none",
            ),
            (
                "We fly out to Perth on Sunday so today is goodbye from us, we'll send photos.",
                "none",
            ),
        ],
        [
            ("Thank you for everything. This is goodbye.", "imminent"),
            ("This is goodbye from me. I won't be here tomorrow.", "imminent"),
            ("This is goodbye for now. I'm sorry for everything.", "imminent"),
            (
                "We're moving to Leeds, but this is goodbye from me for good. I've got the pills.",
                "imminent",
            ),
        ],
    ),
    # "this is as good as it gets" with its tail of resignation: hopelessness, the net kept down
    "as_good_as_it_gets": (
        [
            ("This is as good as my life is going to get, and it's not much.", "moderate"),
            ("I reckon this is as good as it gets and that isn't saying much.", "moderate"),
            ("this is as good as things get, but it's not good", "moderate"),
            ("It's as good as my life will ever get and it's not great.", "moderate"),
        ],
        [
            ("This is as good as it gets and I want to die.", "high"),
            (
                "this is as good as my life gets and it isnt good. i want to go to sleep and not wake up",
                "high",
            ),
            ("This is as good as it gets, I'm going to end it tonight.", "imminent"),
            ("this is as good as it'll get, so I've bought the rope", "imminent"),
        ],
    ),
}

(
    test_round18_en_family_reads_the_paraphrase,
    test_round18_en_counterpart_stays_below_high,
    test_round18_en_over_reading_stays_below_high,
    test_round18_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round18_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(LOWERED)


def test_round18_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


def test_round18_en_urge_denied_or_past() -> None:
    # the urge to press a hot thing, absent or long past: a rule cue lowered, not the net's ideation
    assert "negated" in modifiers("the urge to press the lighter on my arm isnt there tonight")
    assert "past" in modifiers("the urge to hold the hot spoon to my leg was bad back in year 10")


# levels of round 18 (below the misses): risk families read at their level, counterparts below it
LEVEL_FAMILIES: Families = {
    "means_ready_with_what_makes_it_now": (
        [
            ("Rifle's loaded in the shed. Letters for the girls are on the table.", "imminent"),
            ("the shotgun is cleaned and loaded upstairs. after tea tonight", "imminent"),
            ("bought some rope today, not for the swing either. tonight", "imminent"),
            (
                "sat on the platform waiting for the express that doesn't stop here. sorry",
                "imminent",
            ),
        ],
        [
            ("Shotgun's cleaned and loaded for the clay shoot tomorrow, can't wait.", "none"),
            ("The water pistol's loaded, the kids are ambushing their dad tonight 😂", "none"),
            ("Bought rope for the dog run, not for the garden fence.", "none"),
            (
                "Stood on the platform for the express that doesn't stop here, so I'll get the 8:10 instead.",
                "none",
            ),
        ],
    ),
    "out_the_window_or_insulin_stopped": (
        [
            (
                "He's saying he's going out the window if I leave the room. We're on the 8th floor.",
                "imminent",
            ),
            ("I'm going out the bedroom window tonight. 5th floor is high enough.", "imminent"),
            (
                "Mum has stopped her insulin on purpose since Friday and says she's done.",
                "imminent",
            ),
            ("I've stopped my dialysis on purpose. Let it take me.", "imminent"),
        ],
        [
            ("Our diet's going out the window this Christmas lol", "none"),
            ("She's going out the window to get the cat off the roof, mad woman.", "none"),
            (
                "Stopped my insulin on purpose for the blood test this morning, the nurse said to.",
                "none",
            ),
            ("All my plans are going out the window this week.", "none"),
        ],
    ),
    "driving_the_car_into_water": (
        [
            ("thinkin of steering the van off the pier tonight", "high"),
            ("Kept thinking about driving the car into the canal after my shift.", "high"),
            ("Keep thinking about driving the car into a tree on the way to work.", "high"),
            ("I keep thinking of driving my car off the quarry edge.", "high"),
        ],
        [
            ("Didn't think about steering the car into the river this week. Progress.", "low"),
            ("Thinking about driving the car into town for the sales.", "none"),
            ("I thought about driving the van to the sea for a swim.", "none"),
            ("My brother keeps thinking about driving his car into the lake, I'm worried.", "low"),
        ],
    ),
    "stuck_in_the_dressing_gown_or_panic_counted": (
        [
            ("Haven't been out of my pyjamas since Thursday, called in sick again.", "moderate"),
            ("haven't been out of my dressing gown for days", "moderate"),
            ("Third panic attack today, I can't get my breathing to settle.", "moderate"),
            ("another panic attack this morning, the whole day's gone", "moderate"),
        ],
        [
            ("Haven't been out of my pyjamas since Saturday, bliss, annual leave!", "none"),
            ("Not been out of my onesie since Friday, it's Christmas!", "none"),
            ("She hasn't been out of her dressing gown for days now.", "low"),
            ("Third panic attack scene in this show today, bit much.", "none"),
        ],
    ),
    "no_way_through_no_improving": (
        [
            ("I'm frightened I won't make it through this winter.", "moderate"),
            ("Honestly afraid I might not make it out the other side of this month.", "moderate"),
            ("I can't hack another night like this.", "moderate"),
            ("I don't see any of this improving.", "moderate"),
        ],
        [
            ("I can't take another day like this heatwave lol", "none"),
            ("Can't face another week of this rain!", "none"),
            ("I don't see any of this improving at work, the new boss is the same.", "none"),
            ("I can't see the weather improving before Saturday.", "none"),
        ],
    ),
    "drink_before_noon_to_take_the_edge_off": (
        [
            ("Gin at 10 this morning, just to stop the shakes.", "moderate"),
            ("vodka before 11 in the morning again", "moderate"),
            ("It takes the edge off the dread, the wine.", "moderate"),
            ("Wine at 9 this morning. Only way I get through.", "moderate"),
        ],
        [
            ("Gin at 11 this morning at the wedding brunch, fancy!", "none"),
            ("A drink takes the edge off the cold on the walk.", "none"),
            ("Cider at 10 am today at the festival, living my best life", "none"),
            ("Coffee at 10 this morning takes the edge off the Monday.", "none"),
        ],
    ),
    "not_wanting_to_be_around_told_of": (
        [
            (
                "My friend posted something about not wanting to be around any more. I've told her mum.",
                "low",
            ),
            ("Heavy heart today, it's Mum's birthday.", "low"),
            ("Bit tearful this week, not sure why.", "low"),
            ("My cousin texted about not wanting to be here. It's shaken me.", "low"),
        ],
        [
            ("He talked about not wanting to be around people at Christmas.", "none"),
            ("I'm thinking about not wanting to be around for the party, I'll skip it.", "none"),
            ("So tearful at the wedding, it was beautiful!", "none"),
            ("Bit teary watching the film last night haha", "none"),
        ],
    ),
}

# levels lowered: (texts that stay below high, risk versions that keep their level)
LEVEL_LOWERED: Families = {
    # the plan asked about as a hypothetical, or someone else's
    "lining_up_the_pills_as_a_question": (
        [
            (
                "if i ever got to the point of lining up my sertraline on the bedroom windowsill, should i ring you?",
                "low",
            ),
            (
                "If I was ever lining up the paracetamol on the bathroom shelf, who would I call first?",
                "low",
            ),
            ("If I ever started lining up my pills on the shelf, what should I do?", "low"),
            ("I'm finished with all of it, the ironing, the hoovering, the lot!", "none"),
        ],
        [
            ("lining up my sertraline on the bedroom windowsill. tonight.", "imminent"),
            ("Lined up the paracetamol on the bathroom shelf, doing it when he's out.", "imminent"),
            ("I keep thinking about not wanting to be around.", "high"),
            ("I'm finished with all of it. I don't want to still be here by spring.", "high"),
        ],
    ),
}

(
    test_round18_en_level_family_reads_its_level,
    test_round18_en_level_counterpart_stays_below,
    test_round18_en_level_lowered_stays_below_high,
    test_round18_en_level_risk_version_keeps_its_level,
) = family_tests(LEVEL_FAMILIES, LEVEL_LOWERED)


def test_round18_en_level_family_sizes() -> None:
    assert_family_sizes(LEVEL_FAMILIES, 4, 4)
    assert_family_sizes(LEVEL_LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    "the_urge_to_press_a_hot_thing": (
        "self_harm",
        [
            "urge to press the lighter on my arm is awful tonight",
            "The urge to hold the hot spoon against my thigh won't go.",
            "the urge to put the straighteners to my wrist is so loud",
            "urge to burn a cigarette on my hand again",
        ],
        [
            "The urge to press the straighteners on my fringe again, it's so frizzy",
            "Urge to put the iron on my shirt collar before the interview",
            "The urge to hold the lighter to the candles, it's Advent!",
            "Urge to use my straighteners on my hair all day",
        ],
    ),
    "finished_with_all_of_it_or_nothing_improving": (
        "hopelessness",
        [
            "I'm done with all of it.",
            "Honestly I'm finished with all of this.",
            "I don't see any of this improving.",
            "I can't hack another night like this.",
        ],
        [
            "I'm done with all of it, the ironing, the hoovering, the lot!",
            "I'm finished with all of it for today, off to the pub.",
            "I can't see the weather improving before Saturday.",
            "Can't face another week of this rain!",
        ],
    ),
    "a_carer_reports_the_withdrawal": (
        "withdrawal",
        [
            "Good morning, I'm Jan, Mr Okafor's carer from the agency. He hasn't left his room in three days and won't eat.",
            "Hi, I'm Bev, I look after Mrs Lane on weekdays. She's stayed in bed all week and isn't eating.",
            "Haven't been out of my pyjamas since Thursday, called in sick again.",
            "haven't been out of my dressing gown for days",
        ],
        [
            "Haven't been out of my pyjamas since Saturday, bliss, annual leave!",
            "Not been out of my onesie since Friday, it's Christmas!",
            "Hi, I'm Bev, I look after Mrs Lane on weekdays. She's been out to the shops twice this week.",
            "I'm Jan, Mr Okafor's carer from the agency. He's been in great spirits.",
        ],
    ),
}

(
    test_round18_en_signal_family_raises_its_signal,
    test_round18_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)
