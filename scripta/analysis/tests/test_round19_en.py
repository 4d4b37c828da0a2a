"""English families behind the misreadings of blind round 19 (spent into dev).

Misses, read for their reasons rather than their words: the Lord hoped to "see fit to take me before morning"
(dev-en-2131; a brother's words told, dev-en-2132, now read low); the others at rest or better "if I am no more" (dev-en-2137,
"my family will rest if I am no more"; dev-en-2166, "Everybody go just dey better if I comot"; denied as a belief,
dev-en-2139, now low); disappointed "to find I've woken up at all" (dev-en-2165, a long letter whose net reading was
diluted); "speeding things along myself instead of waiting around" (dev-en-2174, an illness let run); "The rope is up in
the barn" beside a farewell ("you were good to me", dev-en-2182: the barn had made it a rope at work). False alarms: a Scots
negation ("didnae take the blade oot", dev-en-2129); "have not been thinking it would be better if I do not wake up" and a
wife's words (dev-en-2147, dev-en-2148: now a rule cue, so the denial and the report lower it instead of the net reading
it); "not thinking any more in the day how to finish my life" (dev-en-2161: the denied thinking reaches the "how to");
a named child's best friend who took an overdose, told by the child's mother (dev-en-2203); an overdose warning on a
leaflet (dev-en-2210: the Italian bare "overdose" read it as an act); a line of an English set text quoted by a mother
(dev-en-2164). Each family is tested on self-written paraphrases that are not in the corpus and on texts that share the
words but not the reading.

Left (level and signal differences of round 19): three imminent messages read high by the net alone (dev-en-2177, 2183,
2185: a farewell parked at a cliff, charcoal and tape bought with the flat empty on a day, notes written and the car full;
a farewell to the therapist, "you did your best with me", "you tried", is too everyday a line to be a rule cue alone); a
past attempt recalled and a friend's preparations read none, not low (dev-en-2135, 2136: no rule cue for "taped up the
garage door and filled the tank"); a hypothetical mate "topping himself" read none, not low (dev-en-2205); a laugh or a
party emoji read as masked distress, low (dev-en-2209, 2220: the valence check, another engineer's); the signals of an
ellipsis variant (dev-en-2145, substance_use: the drink is across "..."), two support requests (dev-en-2163, 2192) and
"I just can't keep doing it" (dev-en-2179, hopelessness: too common a phrase of chores).

Also two older English leftovers: "he'd rather die than lose to Rovers" told by a parent (losing a match is an everyday
chore for the "rather die than" idiom; losing a person or to an illness is not), and a pupil telling what a schoolmate said
"on the way back from school" (the sender's class, teacher or shared walk home: not a parent's lift, so someone else's).

Levels and signals fixed below the misses: tablets saved up by the tens (dev-en-2180, imminent); shut indoors since a day,
days counted in bed, a week called in sick, the door locked to sleep (dev-en-2158, 2186, 2188, 2194, 2199; withdrawal);
not much point in anything, nothing will be better for me, can't bear it any more (dev-en-2191, 2197, 2198;
hopelessness); an overdose washed down with a naggin (dev-en-2143, substance use); self-harm told by its tool and the skin
(dev-en-2171, 2175: self_harm, no longer the net's ideation); "tired to fight with everything" and "I no fit again"
(dev-en-2176, 2188: hopelessness); the breath lost to laughter, "i can't breathe 😂" (dev-en-2225, none). All the texts are
fictional.
"""

from __future__ import annotations

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
    # the Lord hoped to take the sender: "hoping the good Lord will see fit to take me before morning"
    "the_lord_hoped_to_take_me": (
        [
            ("Every night I pray the Lord will see fit to take me before morning.", "high"),
            ("I go to sleep hoping God will just take me in my sleep.", "high"),
            ("Most nights I'm praying the Lord will call me home before morning.", "high"),
            ("I wish the Almighty would take me tonight, I'm so weary.", "high"),
        ],
        [
            ("Praying the good Lord will see fit to take me to Lourdes before I'm 80!", "none"),
            ("Hoping God will take me through the operation safely tomorrow.", "none"),
            ("Hoping the good Lord sees fit to give me a dry day for the fete!", "none"),
            ("My brother tells me he prays the Lord will take him before morning.", "low"),
        ],
    ),
    # the others at rest or better "if I am no more", "if I comot"
    "the_others_at_rest_if_i_am_no_more": (
        [
            ("My children will rest if I am no more.", "high"),
            ("Honestly my husband would be free if I was no more.", "high"),
            ("My people go dey happy if I no dey again.", "high"),
            ("they'd all be at peace once I'm gone", "high"),
        ],
        [
            ("The team will be better off when I'm gone on holiday, they need the break.", "none"),
            ("Everybody go dey better if I comot for the meeting early.", "none"),
            ("The kids will be happier when I'm gone to work, they get the telly!", "none"),
            ("I don't think my family will rest if I am no more, I can see it now.", "low"),
        ],
    ),
    # disappointed to find one has woken up "at all"
    "disappointed_to_have_woken_up": (
        [
            ("Most mornings I'm disappointed to find I've woken up at all.", "high"),
            ("I'm gutted when I wake up every morning.", "high"),
            ("honestly sad to have woken up again.", "high"),
            ("Disappointed that I woke up this morning.", "high"),
        ],
        [
            ("Disappointed to wake up to rain on my day off!", "none"),
            ("Gutted to find I've woken up late and missed the sunrise.", "none"),
            ("Annoyed that I woke up at 5 again, the birds!", "none"),
            ("Sad when I woke up and realised the dream wasn't real 😂", "low"),
        ],
    ),
    # an illness let run: "speeding things along myself instead of waiting around"
    "speeding_things_along_myself": (
        [
            ("I keep thinking about speeding things along myself rather than waiting.", "high"),
            (
                "After the diagnosis I keep thinking of hurrying things along myself instead of hanging on.",
                "high",
            ),
            ("Part of me wants to hasten my own end.", "high"),
            (
                "I've thought about helping nature along myself instead of waiting for it.",
                "high",
            ),
        ],
        [
            ("I'll hurry things along myself, the builders are so slow.", "none"),
            ("Speeding things up myself instead of waiting for the courier.", "none"),
            ("Thinking of speeding up my end-of-year report.", "none"),
            ("Trying to speed up my passing game before the match.", "none"),
        ],
    ),
    # better "if I do not wake up", now a rule cue: denied or someone else's, it is lowered, not the net's
    "better_if_i_did_not_wake_up": (
        [
            ("It'd be better for everyone if I don't wake up tomorrow.", "high"),
            ("Honestly it would be easier if I never woke up.", "high"),
            ("It would be kinder if I didn't wake up in the morning.", "high"),
            ("Sometimes I think it'd be best if I just didn't wake up.", "high"),
        ],
        [
            (
                "I have not been thinking it would be better if I didn't wake up, the new meds help.",
                "low",
            ),
            ("My wife keeps saying it would be better if she doesn't wake up.", "low"),
            ("Much better if I don't wake up before ten on Saturday, long week!", "none"),
            ("It's best if she doesn't wake up before seven, she's teething.", "none"),
        ],
    ),
    # the rope up in a barn beside a farewell (the barn alone reads a rope at work)
    "the_rope_up_with_a_farewell": (
        [
            ("The rope's up in the barn. Thank you for everything.", "imminent"),
            (
                "The rope is tied in the hay loft. You were always kind to me, goodbye.",
                "imminent",
            ),
            ("The rope is up in the barn. Look after the kids for me.", "imminent"),
            ("The rope's up in the barn. Forgive me.", "imminent"),
        ],
        [
            ("The rope's up in the barn for the hay bales, thanks!", "none"),
            ("The rope's in the trailer for the hay, see you at the farm show.", "none"),
            ("The rope's tied on the horse box, back by six.", "none"),
            (
                "The rope is up in the barn to hoist the hay, done before the milking.",
                "none",
            ),
        ],
    ),
}

# over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a Scots negation of the act ("didnae take the blade oot ma sharpener the night")
    "scots_negation": (
        [
            ("Ah didnae use the blade on ma arm, went tae ma gran's instead.", "low"),
            ("I havnae used the blade on ma legs this week.", "low"),
            ("I didnae take the razor oot the drawer the night.", "low"),
            ("didnae take the blade oot the sharpener, sat wi ma pal instead", "low"),
        ],
        [
            ("took the blade oot ma sharpener and cut ma arm the night", "high"),
            ("I cut ma arm wi the blade last night", "high"),
            ("I took the razor oot the drawer and cut masel.", "high"),
            ("used the blade on ma legs again last night", "high"),
        ],
    ),
    # the thinking of how to die denied a few words before its "how to"
    "denied_thinking_how_to": (
        [
            ("I am not thinking any more how to end my life.", "low"),
            ("I'm no longer planning how to kill myself, work is better.", "low"),
            ("I don't think any more about how to end my life, the tablets helped.", "low"),
            ("I'm not researching ways to kill myself now, I promise.", "low"),
        ],
        [
            ("I am thinking every day how to finish my life.", "high"),
            ("I keep planning how to kill myself.", "imminent"),
            ("I think about how to end my life all the time.", "high"),
            ("I'm researching ways to kill myself.", "high"),
        ],
    ),
    # a named child's friend's act, told by the child's parent: the friend's, not the patient's
    "a_named_childs_friend": (
        [
            (
                "Hello, Mia's best friend took an overdose on Friday (she's home now). Karen (Mia's mum)",
                "low",
            ),
            (
                "Hi, Tom's friend cut himself at school yesterday, Tom is upset. Dave (Tom's dad)",
                "low",
            ),
            (
                "Evening, Leah's close friend tried to kill herself last week. Leah is shaken. Sue (Leah's mum)",
                "low",
            ),
            (
                "Hi, Ava's old friend from dance took an overdose, Ava heard today. Jan (Ava's mum)",
                "low",
            ),
        ],
        [
            ("Hello, Mia took an overdose on Friday. Karen (Mia's mum)", "imminent"),
            ("Hi, Tom cut himself at school yesterday. Dave (Tom's dad)", "high"),
            ("Evening, Leah tried to kill herself last week. Sue (Leah's mum)", "high"),
            ("Hi Dr Rao, Josh took an overdose at the weekend. Josh's dad, Pete", "imminent"),
        ],
    ),
    # a line of a set text quoted by a parent: the book's, not the child's
    "a_set_texts_line": (
        [
            (
                "Jake's set text has a girl who says \"I want to die\" and he has to write about it. Karen (Jake's mum)",
                "none",
            ),
            (
                "Ella's GCSE poem has a line \"I have been cutting my arms again\" in it, she's nervous to read it aloud. Sam (Ella's dad)",
                "none",
            ),
            (
                "Our set book has a boy who says \"I'm going to kill myself tonight\", is it ok for Ben to study? Ben's mum",
                "none",
            ),
            (
                "Ruby's set text has a girl who says \"I've been thinking about jumping off the bridge\". Ruby wants to do her essay on it. Jo (Ruby's mum)",
                "none",
            ),
        ],
        [
            (
                "Ruby told her teacher she's been thinking about jumping off the bridge. Jo (Ruby's mum)",
                "high",
            ),
            ("Ben told me \"I'm going to kill myself tonight\". Ben's mum", "imminent"),
            ("Ella's been cutting her arms again, I found the plasters. Sam (Ella's dad)", "high"),
            ('Jake said "I want to die" at tea last night. Karen (Jake\'s mum)', "high"),
        ],
    ),
    # an overdose warning or advice on a leaflet
    "an_overdose_warning": (
        [
            ("The leaflet has an overdose warning on the back, is that normal?", "none"),
            ("Is the overdose advice on the box the same for kids?", "none"),
            (
                "There's a big paragraph about overdosing on the paracetamol box, bit scary.",
                "none",
            ),
            ("The pharmacist gave me overdose information with the new tablets.", "none"),
        ],
        [
            ("I took an overdose of my lamotrigine an hour ago.", "imminent"),
            ("Ignored the warning on the leaflet and took an overdose.", "imminent"),
            (
                "I took an overdose last night, the leaflet was right about the sickness.",
                "imminent",
            ),
            (
                "Took an overdose of the sertraline after reading the advice on the box.",
                "imminent",
            ),
        ],
    ),
    # older English leftover: "he'd rather die than lose to Rovers", a parent telling of a child's football
    "rather_die_than_lose_a_match": (
        [
            (
                "Hi, it's Tom's dad. He'd rather die than lose to Rovers on Saturday, he's been practising every night.",
                "none",
            ),
            ("I'd rather die than lose at darts to my brother lol", "none"),
            ("She'd rather die than lose the match to St Mary's. Jo (Amy's mum)", "none"),
            ("Our Sam would rather die than lose another derby, honestly. Sam's dad", "none"),
        ],
        [
            ("I'd rather die than lose him.", "high"),
            ("I'd rather die than lose to this illness slowly.", "high"),
            ("I'd rather die than go on like this.", "high"),
            ("I'd rather die than lose her, and I know she's leaving.", "high"),
        ],
    ),
    # older English leftover: a pupil telling what a schoolmate said "on the way back from school" (not a parent's lift)
    "a_schoolmate_on_the_way_home": (
        [
            (
                "this girl in my year walks home with me and on the way back from school she told me she wants to die. idk what to do",
                "low",
            ),
            (
                "on the way back from school she told me she's been cutting, she sits next to me in maths",
                "low",
            ),
            (
                "we got the bus home together and on the way back from school she told me she wants to kill herself",
                "low",
            ),
            (
                "the new girl in my class, on the way back from school she told me she wants to die",
                "low",
            ),
        ],
        [
            (
                "On the way back from school she told me she wants to die. Karen (Ellie's mum)",
                "high",
            ),
            (
                "Picked her up from school and on the way back she told me she's been cutting.",
                "high",
            ),
            ("On the drive home from football he said he wants to kill himself.", "high"),
            (
                "On the way back from school she told me she wants to die, her teacher had noticed too.",
                "high",
            ),
        ],
    ),
}

(
    test_round19_en_family_reads_the_paraphrase,
    test_round19_en_counterpart_stays_below_high,
    test_round19_en_over_reading_stays_below_high,
    test_round19_en_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)

test_round19_en_lowered_keeps_its_cue = lowered_keeps_its_cue_test(LOWERED)


def test_round19_en_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


def test_round19_en_denials_are_negations() -> None:
    # a Scots negation and a denied "how to" lower the rule cue as negated, not as something else
    assert "negated" in modifiers("I didnae take the razor oot the drawer the night.")
    assert "negated" in modifiers("I am not thinking any more how to end my life.")
    assert "negated" in modifiers(
        "I have not been thinking it would be better if I didn't wake up, the new meds help."
    )


# levels of round 19 (below the misses): risk families read at their level, counterparts below it
LEVEL_FAMILIES: Families = {
    # tablets saved up by the tens, a relative's among them ("collected 40 of amma's BP tablets")
    "tablets_saved_up_by_the_tens": (
        [
            ("I've saved up 30 of my sertraline in a sock drawer.", "imminent"),
            ("Stockpiled about fifty of dad's painkillers in my desk.", "imminent"),
            (
                "I've collected 60 of nan's sleeping tablets over the month, they're in my bag.",
                "imminent",
            ),
            ("hoarded forty of mum's diazepam behind the bath panel", "imminent"),
        ],
        [
            ("Collected 40 of mum's tablets from the pharmacy for her.", "none"),
            ("I saved 30 of the kids' vitamin tablets for the trip.", "none"),
            ("Gathered 20 of Gran's old tablets to return to the chemist.", "none"),
            ("Stashed 40 of the dog's worming tablets in the cupboard, the vet said so.", "none"),
        ],
    ),
    # shut indoors since a day ("Not been out the front door since Thursday", "havent left the unit all weekend")
    "shut_indoors_since_a_day": (
        [
            ("Haven't been out the front door since Tuesday, blinds down.", "moderate"),
            ("not left my room all week, can't be bothered with anyone", "moderate"),
            ("havnae left the flat in days", "moderate"),
            ("haven't left the unit since Friday", "moderate"),
        ],
        [
            ("Not been out the house since Sunday, the flu's finally gone though.", "none"),
            ("Not been out the front door since Thursday, snowed in again!", "none"),
            ("Haven't left the caravan all week, holiday heaven.", "none"),
            ("My brother hasn't left his room since Monday, won't eat.", "low"),
        ],
    ),
    # days counted in bed ("Three days in ma scratcher")
    "days_counted_in_bed": (
        [
            ("Four days in my pit now, can't get up.", "moderate"),
            ("three days in bed and I don't even know why", "moderate"),
            ("5 days in bed, no energy for anything", "moderate"),
            ("Two whole days in bed, not showered.", "moderate"),
        ],
        [
            ("Three days in bed with flu, ugh.", "none"),
            ("Two days in bed after my op, the nurse says that's normal.", "none"),
            ("Three days in bed and breakfast in Skye, amazing!", "none"),
            ("Four days in bed on my holiday, best lie-ins ever.", "none"),
        ],
    ),
    # sick days called in for a whole week, not ill
    "a_week_called_in_sick": (
        [
            ("Called in sick the whole week again, can't face it.", "moderate"),
            ("called in sick all week, just can't", "moderate"),
            ("I've called in sick the entire week, stayed under the duvet.", "moderate"),
            ("Called in sick all week, haven't told anyone.", "moderate"),
        ],
        [
            ("Called in sick the whole week with tonsillitis.", "none"),
            ("Called in sick the whole week, covid again.", "none"),
            ("Called in sick the whole week last year when I had the op.", "none"),
            ("My manager called in sick the whole week, I'm covering everything!", "low"),
        ],
    ),
    # the door locked to sleep or hide ("I just lock my door and sleep")
    "the_door_locked_to_sleep": (
        [
            ("I just lock my door and sleep all day.", "moderate"),
            ("locked my bedroom door and stayed there since Saturday", "moderate"),
            ("I lock my door and hide under the duvet when they come round.", "moderate"),
            ("Locked my room door and cried all afternoon.", "moderate"),
        ],
        [
            ("Lock the door and sleep well, see you tomorrow!", "none"),
            ("I locked my door and slept like a baby after the party, amazing!", "none"),
            ("Lock the shed door and stay safe on the roads.", "none"),
            ("My son locks his door and sleeps all day, worried.", "none"),
        ],
    ),
    # not seeing much point in anything; nothing will be better for me; can't bear it any more
    "no_point_nothing_better_cannot_bear": (
        [
            ("Don't see much point in anything now.", "moderate"),
            ("can't see the point in getting up tbh", "moderate"),
            ("nothing is going to get any better for me", "moderate"),
            ("I cannot bear anymore.", "moderate"),
        ],
        [
            ("Don't see much point in anything fancy for tea, just beans.", "none"),
            ("I can't see the point in getting up early on a Sunday!", "none"),
            ("Nothing is going to get any better for me than winning the cup!", "none"),
            ("I can't bear anymore waiting, just tell me the results!", "none"),
        ],
    ),
}

# levels lowered: (texts that stay below their cue's level, versions that keep it)
LEVEL_LOWERED: Families = {
    # the breath lost to laughter ("nearly took the kitchen out, i can't breathe 😂"), not a panic
    "breath_lost_laughing": (
        [
            ("my nan fell asleep in her soup, I can't breathe 😂😂", "none"),
            ("I can't breathe, I'm laughing so hard", "none"),
            ("the dog ate the whole birthday cake off the table, cannot breathe haha", "none"),
            ("Couldn't breathe, crying laughing at the nativity", "none"),
        ],
        [
            ("I can't breathe 😂 not joking, my chest is tight", "moderate"),
            ("I can't breathe lol please help it's a panic attack", "moderate"),
            ("I can't breathe, my chest is so tight and I'm shaking", "moderate"),
            ("I can't breathe, I'm laughing so hard but I think it's a panic attack", "moderate"),
        ],
    ),
}

(
    test_round19_en_level_family_reads_its_level,
    test_round19_en_level_counterpart_stays_below,
    _lowered_level_stays_below_high,
    _lowered_risk_version,
) = family_tests(LEVEL_FAMILIES, {})


def test_round19_en_level_family_sizes() -> None:
    assert_family_sizes(LEVEL_FAMILIES, 4, 4)
    assert_family_sizes(LEVEL_LOWERED, 4, 4)


def test_round19_en_level_lowered_reads_its_level() -> None:
    # the family tests' "keeps its level" is for high and imminent only: a moderate panic is checked here
    for _name, (lowered, kept) in LEVEL_LOWERED.items():
        for text, expected in lowered + kept:
            assert level(text) == expected, text


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    # an overdose washed down with a small bottle ("with a naggin of vodka")
    "an_overdose_with_a_small_bottle": (
        "substance_use",
        [
            "Took the rest of my sertraline an hour ago with a naggin of vodka.",
            "swallowed the rest of the zopiclone w a hip flask of rum",
            "Took the whole box of co-codamol tonight with a quarter bottle of vodka.",
            "took 20 of my diazepam with a half bottle of gin",
        ],
        [
            "Bought a naggin of vodka for the hen do, can't wait!",
            "Took my hip flask of whiskey to the match, freezing up there.",
            "Took the dog out with a flask of tea, lovely morning.",
            "Took my tablets with a glass of water as usual.",
        ],
    ),
    # hopelessness and withdrawal told without a risk word ("Don't see much point in anything now Margaret's gone")
    "no_point_since_a_loss": (
        "hopelessness",
        [
            "Don't see much point in anything now Margaret's gone.",
            "I don't see any point in getting up these days.",
            "Nothing will be better for me here.",
            "can't bear it any longer, honestly.",
        ],
        [
            "I don't see much point in the meeting, honestly.",
            "Nothing will be better for me than a week in Spain!",
            "I can't bear anymore of his jokes lol",
            "Can't bear anymore spoilers, finishing the series tonight",
        ],
    ),
    # self-harm told by its tool and the skin, which the net alone read as ideation ("scratchin my arm with my compass",
    # "Did the iron thing again last night, on the inside of my wrist")
    "self_harm_by_its_tool_and_the_skin": (
        "self_harm",
        [
            "been digging into my wrist with a paperclip under the desk again",
            "Did the straighteners thing again today, my wrist is blistered.",
            "ngl scratchin ma arm wi the compass again",
            "did the hot spoon thing again last night, on my thigh",
        ],
        [
            "Did the iron thing again last night, my shirts are finally smooth.",
            "did the compass thing again in maths, drew perfect circles",
            "Carving my name into the desk with a compass in maths, rebel",
            "Did the lighter thing again at the gig, so many lights!",
        ],
    ),
    # "tired to fight with everything"; the Nigerian Pidgin "I no fit again" (I can't any more)
    "tired_to_fight_or_no_fit_again": (
        "hopelessness",
        [
            "tired to fight with everything",
            "Honestly weary of fighting any more.",
            "I no fit again o",
            "me I no fit again, everything don tire me",
        ],
        [
            "Tired to fight with everything the landlord says lol",
            "Weary of fighting with the council over the bins.",
            "I no fit come today, the bus don spoil",
            "I no fit wait for Friday, the party go sweet!",
        ],
    ),
}

(
    test_round19_en_signal_family_raises_its_signal,
    test_round19_en_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)
