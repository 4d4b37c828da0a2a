"""English families behind the misreadings of blind round 17 (spent into dev).

Misses, read for their reasons rather than their words: a fatal result welcomed with an "if" that is the wish's own
("I'd be quite relieved if the scan... found something bad"; "If the plane... goes down, honestly, fair play to it": "fair
play" is no stage play, so the line is not taken for a quotation); asking God each night not to be woken; the children
better off "if I wisnae here" (Scots spellings); a step off a platform after which "the noise in my head would finally
stop"; the music for one's own funeral planned "and felt nothing but relief"; a ligature tied to an anchor (a carer's
report: "the cord from his dressing gown tied to the banister"; "put the extension lead up in the loft... ready now"); the
whole box of pills beside the sender "and I'm taking it once the kids are asleep"; marks a child "did with an opened
paperclip" (a parent's report); a lighter held back from the skin "but I really wanted to"; the urge to use a sharp thing
(a rule cue now, self-harm, so that its absence, "isn't there tonight", reads as denied rather than as the net's suicidal
ideation); a lorry hoped to "drift across onto my side" (the past, "back in March... I used to", and the denial, "I
wasn't hoping...", lower it: "wasn't" is now a negation). Over-readings: "overdosed last night on Christmas telly" (a time
between "overdosed" and the treats); "the overdose-awareness training" (hyphenated); a patient seen at work, "one lad in
after an overdose"; the heart racing and the sender "convinced I'm dying" (a panic attack, moderate: the dying is the
attack's, so the net is kept down); old scars "from school" seen at the pool (a self-harm of the past: low). Each family
is tested on self-written paraphrases that are not in the corpus and on texts that share the words but not the reading:
for the risk families, counterparts that must stay below high; for the over-readings, the risk versions that must keep
their level (recall comes first).

Levels: farewells that absolve others ("I'm telling you so someone knows it wasn't anyone's fault", "tell her after it
was not her fault": strong; "none of this is on you", "not a cry for help", "telling you so you're not blindsided",
"texted mum that I love her", letters for the family left on the mantelpiece, no appointment needed "or any after it":
weak, read as a pair or beside a current cue); drinking come back or every night ("the gin's come back... to switch
myself off", "on the piss every night since...", "tins for breakfast"); nothing "going to shift"; no exit seen from this;
hanging on by the fingernails; not knowing how one will get to Christmas; "I cannot more" (a learner's "I can't any
more"). Signals: substance use and hopelessness of those levels; self-harm of the urge and of the marks.
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
    # a fatal result welcomed: "I'd be quite relieved if the scan found something bad"
    "a_fatal_result_welcomed": (
        [
            (
                "To be honest I'd be relieved if the biopsy next week came back with bad news. Then I wouldn't have to decide anything.",
                "high",
            ),
            ("Part of me is hoping the MRI on Friday finds something serious.", "high"),
            ("I'd be glad if the blood tests showed it's spread, is that awful?", "high"),
            ("honestly wouldnt mind if the scan found something terminal", "high"),
        ],
        [
            ("I'm so relieved the scan didn't find anything bad!", "none"),
            ("Hoping the scan on Monday shows nothing bad, fingers crossed.", "none"),
            ("I'd be relieved if the MOT found nothing bad with the car.", "none"),
            ("My aunt said she'd be relieved if her scan found something bad.", "low"),
        ],
    ),
    # a crash welcomed: "If the plane goes down on Thursday, honestly, fair play to it"
    "a_crash_welcomed_fair_play": (
        [
            ("If my flight to Dublin goes down next week, so be it.", "high"),
            ("if the ferry home goes down tomorrow, fair play to it tbh", "high"),
            ("If the plane back from Malaga goes down, honestly, bring it on.", "high"),
            ("If the coach to the conference goes down on Monday, happy days.", "high"),
        ],
        [
            ("If the train goes down to Brighton on Sunday, fair play, I'll come along.", "none"),
            ("If the flight goes down to Malaga, happy days, cheap tickets!", "none"),
            ("Fair play to Gran, she flew to Lisbon on her own at 85.", "none"),
            (
                "The plane goes to Lisbon on Thursday, fair play to the airline for the refund.",
                "none",
            ),
        ],
    ),
    # asking God not to be woken: "Each night I ask the good Lord not to wake me"
    "asking_god_not_to_be_woken": (
        [
            ("Every night I pray to God not to let me wake up.", "high"),
            ("I keep begging the Lord to take me in my sleep.", "high"),
            ("Most nights I ask God to never wake me again.", "high"),
            ("Praying to Jesus each night not to wake me. He doesn't listen.", "high"),
        ],
        [
            ("I pray to God every night to wake me up on time for work lol", "none"),
            ("I asked God to take me to Vegas one day haha", "none"),
            ("Asked the Lord to give me patience with the builders.", "none"),
            ("I beg God every morning to let me have a lie in.", "none"),
        ],
    ),
    # the children better off "if I wisnae here" (Scots and standard spellings)
    "better_off_if_i_wisnae_here": (
        [
            ("The kids would be better aff wi their dad if I wisnae here.", "high"),
            ("Honestly the boys would do better with their mum if I wasn't around.", "high"),
            ("the bairns would get on fine wi their gran if I wasnae here", "high"),
            ("My lot would manage better if I weren't here at all.", "high"),
        ],
        [
            ("The team would manage fine if I wasn't here on Monday, I'm on leave.", "none"),
            (
                "The kids would be fine wi their da if I wisnae here this weekend, I'm at a wedding.",
                "none",
            ),
            ("Would the group do better if I wasn't here during the break?", "none"),
            ("The plants would be fine if I wasn't here for a week, they're cacti.", "none"),
        ],
    ),
    # a step after which the noise in the head would stop
    "a_step_that_would_stop_the_noise": (
        [
            (
                "most days i think if i walked out in front of the bus the noise in my head would stop",
                "high",
            ),
            ("If I just stepped off the kerb the thoughts would finally go quiet.", "high"),
            ("Sometimes on the bridge I think if I let go the pain would all be over.", "high"),
            ("If I only leaned forward off the edge everything would finally stop.", "high"),
        ],
        [
            # low since the net's retraining (2026-11-27): its cue, lowered as hypothetical
            (
                "If I stepped off the platform at the wrong moment the train would knock me down, so I stand back.",
                "low",
            ),
            (
                "If I just walked out into the garden the noise from the party would stop bothering me.",
                "none",
            ),
            # low since the net's retraining (2026-11-27): its cue, lowered as hypothetical
            (
                "If I step out of the room the kids' noise would stop, they only fight for an audience.",
                "low",
            ),
            ("If I stepped off the treadmill my heart rate would drop, the nurse said.", "none"),
        ],
    ),
    # the music for one's own funeral planned with relief
    "funeral_music_planned_with_relief": (
        [
            (
                "On the train I picked the songs for my own funeral and felt calm for the first time in weeks.",
                "high",
            ),
            (
                "Chose the hymns for my funeral last night and honestly felt nothing but relief.",
                "high",
            ),
            ("i keep sorting the playlist for my funeral, it makes me smile", "high"),
            ("Wrote out the readings for my funeral today. Felt lighter after.", "high"),
        ],
        [
            (
                "Sorted the music for my funeral with the Co-op funeral plan rep, relief to have it done for the kids.",
                "none",
            ),
            ("We joked about the songs for my funeral at dinner lol, Dad wants Abba.", "none"),
            ("Planned the music for my sister's wedding and felt such relief.", "none"),
            ("Picked the hymns for Nana's funeral, it was a relief to get it done.", "none"),
        ],
    ),
    # a ligature tied to an anchor: a report, or the sender's own
    "a_ligature_tied_to_an_anchor": (
        [
            (
                "The cord from her bathrobe was knotted round the bannister when I got in and she said I was early.",
                "imminent",
            ),
            (
                "Found his belt fastened to the loft hatch, he's with his brother now, please call.",
                "imminent",
            ),
            ("tied my scarf to the curtain rail tonight. just sitting looking at it", "imminent"),
            (
                "Rigged the rope up in the garage this morning while everyone's out. All set now.",
                "imminent",
            ),
        ],
        [
            ("The fairy lights cable is tied round the banister for Christmas.", "none"),
            ("Tied the dog's lead to the banister while I found my shoes.", "none"),
            ("Put the extension lead up in the loft for the Christmas lights, ready now!", "none"),
            ("The hammock rope is tied to the branch in the garden, the kids love it.", "none"),
        ],
    ),
    # the whole box of pills beside the sender and "I'm taking it once..."
    "the_whole_box_and_taking_it": (
        [
            (
                "The whole packet of my sertraline is here next to me and I'm taking it when he's gone to bed.",
                "imminent",
            ),
            (
                "got the full strip of co-codamol out beside me, im gonna take them all once everyone's asleep",
                "imminent",
            ),
            (
                "Entire bottle of my mirtazapine on the table. I'll take the lot after tea.",
                "imminent",
            ),
            ("whole box of diazepam in my hand and im going to swallow it tonight", "imminent"),
        ],
        [
            (
                "The whole box of my quetiapine is on the side, I'm taking it back to the pharmacy tomorrow.",
                "none",
            ),
            ("Whole pack of paracetamol in my bag, I'll take it to nan's.", "none"),
            ("The full box of sertraline came today, I'm taking it with me on holiday.", "none"),
            (
                "A whole packet of my mirtazapine fell behind the sofa, I'll take it out later.",
                "none",
            ),
        ],
    ),
    # marks a child did with a sharp thing (a parent's report)
    "marks_done_with_a_sharp_thing": (
        [
            (
                "Hi, it's Dan, Leo's dad. There are cuts all up his arm and he told me he did them with a pencil sharpener blade.",
                "high",
            ),
            (
                "Ruth here, Ella's mum. Marks all over her thighs, she admitted she made them with a safety pin.",
                "high",
            ),
            ("I've got scratches all up my arm again, did them with a bent paperclip.", "high"),
            ("Lines down my stomach, I made them with the compass from my maths set.", "high"),
        ],
        [
            (
                "Scratches all up his arm from the cat, he said he did them playing with her.",
                "none",
            ),
            ("The marks on the desk, he did them with the compass in maths.", "none"),
            ("Pen marks all up her arm, she did them with a felt tip at school.", "none"),
            ("Lines on the wall, he made them with a pencil to measure his height.", "none"),
        ],
    ),
    # a lighter or a blade held back from the skin "but I really wanted to"
    "held_back_from_the_skin_but_wanted_to": (
        [
            ("Had the blade out again. Didn't put it to my arm but I really wanted to.", "high"),
            (
                "got the lighter out in my room, didnt touch my skin with it but i so wanted to",
                "high",
            ),
            ("I didn't press it against my wrist, though I badly wanted to.", "high"),
            ("Held the razor for ages, didn't use it on my leg but I needed to.", "high"),
        ],
        [
            (
                "Didn't touch my skin with the new moisturiser but I wanted to, it smells lovely.",
                "none",
            ),
            ("I didn't touch the cake but I really wanted to.", "none"),
            ("Didn't use it on my hair but I wanted to, the new dye looks fab.", "none"),
            ("didnt touch the guitar but i really wanted to, exams first", "none"),
        ],
    ),
    # the urge to use a sharp thing
    "the_urge_to_use_a_sharp_thing": (
        [
            ("the urge to grab the razor from my shaver is awful tonight", "high"),
            (
                "Urges to use the scissors are so strong today, I'm holding my hands under my legs.",
                "high",
            ),
            ("Really strong urge to use the blade in my drawer.", "high"),
            ("urge to get the compass out again, it's bad", "high"),
        ],
        [
            ("The urge to use the scissors to cut out the pattern was strong lol", "none"),
            ("I've got the urge to pick up the compass to draw circles all day", "none"),
            ("Urge to use the knife to open this parcel, it's so taped up.", "none"),
            ("The urge to grab a pin and sew the hem is real.", "none"),
        ],
    ),
    # a vehicle hoped to drift across into the sender
    "a_vehicle_hoped_to_drift_across": (
        [
            ("I keep hoping a car will veer across into me on the way home.", "high"),
            ("wishing a van would swerve onto my side of the road tbh", "high"),
            ("On the bypass I hope a lorry will come over into my lane.", "high"),
            ("Every morning I wish a bus would plough into me.", "high"),
        ],
        [
            ("I was hoping a lorry would come across with the delivery before lunch.", "none"),
            ("Hoping the bus comes over to our side of town soon.", "none"),
            ("Wishing the van would come out from behind the hedge so I can park.", "none"),
            ("I wasn't hoping a lorry would come across onto my side this time, progress.", "low"),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # an overdose of treats with a time before "on"
    "overdosed_on_treats_with_a_time": (
        [
            ("overdosed over the weekend on mince pies and box sets lol", "none"),
            ("I overdosed yesterday on Netflix and crisps, feel gross.", "none"),
            ("Overdosed again on chocolate this weekend, no regrets.", "none"),
            ("We overdosed at the weekend on Christmas films, so cosy.", "none"),
        ],
        [
            ("I overdosed last night on my tablets.", "imminent"),
            ("I overdosed yesterday.", "imminent"),
            ("overdosed again at the weekend, sorry", "imminent"),
            ("I overdosed last night, I'm in A&E.", "imminent"),
        ],
    ),
    # an overdose as a topic of work: training (hyphenated) or a patient seen
    "an_overdose_at_work": (
        [
            ("Sorry, doing overdose-awareness training all day Friday.", "none"),
            ("Busy shift, we had a woman admitted with an overdose, she's stable.", "low"),
            (
                "Two lads brought in after an overdose last night, both fine now. I'm shattered.",
                "low",
            ),
            ("I'm leading the suicide-prevention workshop at school, can we move Tuesday?", "none"),
        ],
        [
            ("I took an overdose, one of the nurses saw me.", "imminent"),
            ("I came in after an overdose last night.", "imminent"),
            ("Took an overdose before my training today.", "imminent"),
            ("I've taken an overdose at work.", "imminent"),
        ],
    ),
    # the urge gone: denied, so the net is not asked
    "the_urge_gone": (
        [
            ("the urge to use the blade has gone tonight", "low"),
            ("Urge to reach for the razor isn't there today, first time in ages.", "low"),
            ("the urge to grab the scissors wasn't there this week", "low"),
            ("Urge to use the compass has passed, sitting with it.", "low"),
        ],
        [
            ("the urge to use the blade is back tonight", "high"),
            ("Urge to reach for the razor is there again today.", "high"),
            ("the urge to grab the scissors is so strong this week", "high"),
            ("Urge to use the compass won't go away.", "high"),
        ],
    ),
    # a vehicle hoped for in the past
    "a_vehicle_hoped_for_in_the_past": (
        [
            ("Years ago I used to hope a bus would plough into me.", "low"),
            (
                "Last spring I used to hope a truck would swerve into my lane on the way to work.",
                "low",
            ),
            ("My brother said he keeps hoping a lorry will drift across into him.", "low"),
            ("I'm not hoping a car will veer into me any more.", "low"),
        ],
        [
            ("I keep hoping a bus would plough into me.", "high"),
            ("Today I hope a truck will swerve into my lane.", "high"),
            ("I'm hoping a lorry will drift across into me tonight.", "high"),
            ("Still hoping a car will veer into me.", "high"),
        ],
    ),
}

(
    test_round17_en_family_reads_the_paraphrase,
    test_round17_en_counterpart_stays_below_high,
    test_round17_en_over_reading_stays_below_high,
    test_round17_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round17_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(LOWERED)


def test_round17_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


def test_round17_en_fair_play_is_no_stage_play() -> None:
    # "fair play to it" after a crash welcomed is not a play named (quoted)
    assert "quoted" not in modifiers("If the bus home goes down, fair play to it.")
    assert "quoted" in modifiers("In the play the hero says he wants to die.")


def test_round17_en_wasnt_negates() -> None:
    assert "negated" in modifiers("I noticed I wasn't hoping a car would hit me.")
    codes = [
        c.code
        for c in read_message("I wasn't hoping a lorry would drift across into me.").risk.evidence
    ]
    assert "net_ideation" not in codes


# levels of round 17 (below the misses): risk families read at their level, counterparts below it
LEVEL_FAMILIES: Families = {
    "farewells_that_absolve_others": (
        [
            (
                "booked the taxi to the viaduct for 6 tomorrow. im not telling you so you can stop me",
                "imminent",
            ),
            (
                "The pills are in the drawer and I'm doing it tonight. Tell him after that it wasn't his fault.",
                "imminent",
            ),
            (
                "sat in the car at the quarry. rang my dad to say i love him. none of this is on you",
                "imminent",
            ),
            (
                "Sunday, after everyone's gone. Not a cry for help, just telling you so you're not blindsided.",
                "imminent",
            ),
        ],
        [
            ("None of this is on you, the rota mix-up was the office's fault!", "none"),
            ("Not a cry for help, just a rant about the bins lol", "none"),
            ("Texted my mum that I love her, she's been ill. Feeling a bit low.", "low"),
            ("The letters for the kids are on the table, the school trip forms.", "none"),
        ],
    ),
    # the heart racing and "convinced I'm dying": a panic attack (the dying is the attack's)
    "panic_convinced_dying": (
        [
            ("Heart pounding like mad, I was sure I'm dying, pacing the hall since 2.", "moderate"),
            (
                "chest going so fast, convinced i'm having a heart attack, been up for ages and it won't stop",
                "moderate",
            ),
            ("My heart is racing and I'm convinced I'm dying, it's been an hour.", "moderate"),
            ("pulse hammering, thought i'm dying, walking round the flat", "moderate"),
        ],
        [
            ("My phone is dying and my heart is set on the new one lol", "none"),
            ("Heart of the team, that lad, convinced he's going places.", "none"),
            ("I'm sure I'm dying of boredom in this meeting haha", "none"),
            ("My heart goes out to her, she's convinced the plant is dying.", "none"),
        ],
    ),
    # low mood told without its article ("feeling little low since..."), or with the day and its cause ("kinda sad today bc...")
    "low_mood_without_its_article": (
        [
            ("feeling little low since the move, nothing serious", "low"),
            ("kinda sad today bc my best friend moved away", "low"),
            ("Bit down today since the anniversary.", "low"),
            ("Feeling bit blue, only wanted to say.", "low"),
        ],
        [
            ("The battery is a bit low today.", "none"),
            ("The river is a bit low this week.", "none"),
            ("The tide is a bit low today for swimming.", "none"),
            ("The blue team won today bc of the new striker.", "none"),
        ],
    ),
    "drinking_come_back_or_every_night": (
        [
            ("the wine's back, every night on my own", "moderate"),
            ("been on the lash every night this week to forget", "moderate"),
            ("The vodka's come back, most nights, just to sleep.", "moderate"),
            ("cans for breakfast again, don't judge", "moderate"),
        ],
        [
            ("The wine's back in stock at Aldi, every night I check lol", "none"),
            ("We were on the lash all weekend for Dave's stag, never again!", "none"),
            ("Tinnies for breakfast on the stag do, what a weekend", "none"),
            ("The gin's back on offer, we'll get some for the party.", "none"),
        ],
    ),
    "no_shift_no_exit_no_end": (
        [
            ("Nothing's going to shift, is it. Months of this.", "moderate"),
            ("I don't see any exit from this.", "moderate"),
            ("Nothing is ever going to budge, I'm the same person I was.", "moderate"),
            ("cant see any way out of all this", "moderate"),
        ],
        [
            ("Nothing's going to shift this stain on the carpet.", "none"),
            ("I can't see any exit from this car park, help lol", "none"),
            ("Nothing is going to budge the sofa, it's wedged.", "none"),
            ("Can't see any exit from this building, the signs are rubbish.", "none"),
        ],
    ),
    "hanging_on_not_getting_to_a_date": (
        [
            ("I'm hanging on by my fingernails this week.", "moderate"),
            ("dont know how im going to make it to friday", "moderate"),
            ("Barely holding on by a thread at the moment.", "moderate"),
            ("Doctor, I cannot more.", "moderate"),
        ],
        [
            ("The shelf is hanging on by its last screw.", "none"),
            (
                "I don't know how I'll get to Christmas dinner at mum's with the trains on strike.",
                "none",
            ),
            ("Don't know how I'll make it to Friday's session, the buses are off.", "none"),
            ("I cannot more than two sessions this month, money is tight.", "none"),
        ],
    ),
}

# levels lowered: (texts that stay below high, risk versions that keep their level)
LEVEL_LOWERED: Families = {
    # old scars from a time long past
    "old_scars_from_long_ago": (
        [
            ("The scars on my legs from uni showed in my shorts and someone stared.", "low"),
            (
                "A colleague saw the scars on my wrists from school and asked. I changed the subject.",
                "low",
            ),
            (
                "the scars on my arms from when I was a teenager still make me wear long sleeves",
                "none",
            ),
            ("Marks on my thighs from years ago showed at the beach.", "none"),
        ],
        [
            ("there are fresh cuts on my arms from last night", "high"),
            ("New cuts on my legs, did them after school.", "high"),
            ("Scars on my arms from last week are bleeding again.", "high"),
            ("cuts on my wrists from tonight", "high"),
        ],
    ),
    "absolving_told_of_someone_else": (
        [
            (
                "My friend said she wasn't telling me so I could stop her, just so someone knows it wasn't anyone's fault.",
                "none",
            ),
            (
                "Last year I sat at the quarry and texted mum that I loved her. None of it was on you.",
                "none",
            ),
            ("The accident wasn't anyone's fault, the insurer said.", "none"),
            ("Tell her after the match it wasn't her fault we lost.", "none"),
        ],
        [
            ("I'm telling you so someone knows it wasn't anyone's fault. Tonight.", "imminent"),
            ("Tomorrow I'll do it. Tell her afterwards it was not her fault.", "imminent"),
            (
                "Bought the rope. Not a cry for help, I'm telling you so you're not blindsided.",
                "imminent",
            ),
            (
                "Letters for the girls are on the mantelpiece. I'll not be needing Monday's session or any after it.",
                "imminent",
            ),
        ],
    ),
}

(
    test_round17_en_level_family_reads_its_level,
    test_round17_en_level_counterpart_stays_below,
    test_round17_en_level_lowered_stays_below_high,
    test_round17_en_level_risk_version_keeps_its_level,
) = family_tests(LEVEL_FAMILIES, LEVEL_LOWERED)


def test_round17_en_level_family_sizes() -> None:
    assert_family_sizes(LEVEL_FAMILIES, 4, 4)
    assert_family_sizes(LEVEL_LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    "drinking_come_back": (
        "substance_use",
        [
            "Confession time: the whisky's come back, every night.",
            "on the sauce every night since she left",
            "wine with breakfast today, not proud",
            "The booze has started again, most nights alone.",
        ],
        [
            "The whisky's back on the shelf at the shop.",
            "On the sauce all weekend for the wedding, what a laugh!",
            "Wine with breakfast at the hen do brunch, so fancy.",
            "The drink is back in the fridge for the party.",
        ],
    ),
    "no_exit_or_shift": (
        "hopelessness",
        [
            "I don't see an escape from this.",
            "Nothing's ever going to shift, is it.",
            "hanging on by my fingertips honestly",
            "I do not know how I will survive to the end of the month.",
        ],
        [
            "I don't see an escape from this maze in the game.",
            "Nothing's going to shift the rust on the bike.",
            "Hanging on by the skin of their teeth, the team won 1-0!",
            "I do not know how I will survive to the end of the month without the car, the bus is rubbish.",
        ],
    ),
    "the_urge_or_the_marks": (
        "self_harm",
        [
            "urge to use the blade is strong tonight",
            "The urge to grab the razor again, I'm sitting on my hands.",
            "Cuts all up my arm, I did them with the scissors.",
            "I didn't touch my skin with the lighter but I really wanted to.",
        ],
        [
            "urge to use the scissors to cut out the pattern",
            "The urge to grab a knife to open the post.",
            "Marks all up my arm from the felt tips, did them with my niece.",
            "I didn't touch my skin with the lotion but I wanted to.",
        ],
    ),
    "the_blade_out_of_a_shaver_or_a_wall_punched": (
        "self_harm",
        [
            "Took the blade out of my pencil sharpener last night. Did it again.",
            "the razor out of dad's disposable, on my leg, not deep",
            "Fists are bleeding again from the bedroom door.",
            "I keep punching the wall so I can feel something.",
        ],
        [
            "The razor out of my shaver is blunt, need a new one.",
            "Knuckles split from the cold again, need gloves.",
            "Hands bruised from the climbing wall, great session!",
            "Punched the wall at the arcade game, new high score.",
        ],
    ),
    "pints_and_a_bottle_in": (
        "substance_use",
        [
            "4 pints and most of a bottle of wine in and still can't sleep",
            "Five cans and half a bottle of vodka tonight, on my own again.",
            "two pints and a bottle of red in, thinking about stuff",
            "shots and a litre of cider in, don't judge",
        ],
        [
            "3 pints and half a bottle of red at the wedding, what a night",
            "Two cans and a bottle of lemonade for the party.",
            "Pints and a bottle of fizz at Jo's birthday, fab.",
            "Half a bottle of red sauce on the pasta.",
        ],
    ),
    "the_use_of_this_life": (
        "hopelessness",
        [
            "What is the use of this life, honestly.",
            "what's the point of my life any more",
            "Sir, what is the use of my existence if I fail again?",
            "What's the use of this life if nothing changes.",
        ],
        [
            "What is the use of this button on the remote?",
            "What is the use of this app, it never loads.",
            "What is the use of this form, the office asked for it.",
            "Sir, what is the use of this life skills module?",
        ],
    ),
    "what_to_do_with_an_emoji_or_before_the_session": (
        "support_request",
        [
            "cut too deep, it won't stop bleeding, what do i do 😭",
            "He hasn't left his room in days. Is there anything we should be doing before Monday?",
            "She said she wants to die. Is there anything I can do for her until Thursday?",
            "took too many of my tablets what do i do 😢",
        ],
        [
            "Lost my keys again, what do i do 😂",
            "Is there anything we should be doing before Monday about the invoice?",
            "The cake collapsed, what do I do 😭😂",
            "Is there anything I can do before Thursday, like the forms?",
        ],
    ),
}

(
    test_round17_en_signal_family_raises_its_signal,
    test_round17_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)
