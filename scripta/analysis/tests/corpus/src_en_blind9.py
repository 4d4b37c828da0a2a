# Blind round 9 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-8), measured once
# with engine 2026.11.13 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (British, American, Irish, Australian, Indian, South African and other speakers), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M(
    "Cut again last night, kitchen scissors this time, top of my thigh so nobody at the pool sees. Feel stupid even telling you. R",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="10-14 07:52",
    tz="Europe/London",
    who="Rhiannon|R.",
    g="b9en-01",
    v="base",
)
M(
    "Didn't cut last night, the kitchen scissors stayed in the drawer and I went for a walk round the pool instead. Feel stupid even telling you. R",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="10-14 07:52",
    tz="Europe/London",
    who="Rhiannon|R.",
    g="b9en-01",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "Cut my fringe again last night, kitchen scissors this time, wonky so everybody at the pool sees. Feel stupid even telling you 🙈 R",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="10-14 07:52",
    tz="Europe/London",
    who="Rhiannon|R.",
    g="b9en-01",
    v="idiom",
    note="haircut",
)

M(
    "most mornings lately im disappointed when the alarm goes off. like some part of me was hoping not to wake up at all",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-03 06:40",
    tz="America/Chicago",
    who="Dana",
    g="b9en-02",
    v="base",
    note="passive wish not to wake",
)
M(
    "that Harbour Lights song is stuck on loop since the gig — 'most mornings I'm disappointed when the alarm goes, some part of me hoping not to wake at all'. cant get it out of my head haha",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-03 06:40",
    tz="America/Chicago",
    who="Dana",
    g="b9en-02",
    v="quotation",
    note="song lyric (fictional band)",
)
M(
    "my roommate told me most mornings lately she's disappointed when the alarm goes off, like she was hoping not to wake up at all. idk what to say to her",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-03 06:40",
    tz="America/Chicago",
    who="Dana",
    g="b9en-02",
    v="person",
    note="someone else's experience -> low",
)

M(
    "Forty of the amitriptyline are lined up on the desk, I counted them twice. Tonight feels like the night. Thank you for trying with me, truly.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-19 23:37",
    tz="Europe/Dublin",
    who="Ciarán|C.",
    g="b9en-03",
    v="base",
)
M(
    "Forty of the amitriptyline are lined up in the pill organiser for the Lisbon trip, I counted them twice. Tonight is packing night. Thank you for the tip about the travel letter, truly.",
    "none",
    sig="",
    top="medication information",
    ch="portal",
    at="11-19 23:37",
    tz="Europe/Dublin",
    who="Ciarán|C.",
    g="b9en-03",
    v="idiom",
    note="packing pills for a trip",
)

M(
    "I've worked it out properly this time: everyone would honestly be better off without me. Less money, less worry, less me. Jen",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="09-28 14:10",
    tz="Australia/Melbourne",
    who="Jen|J.",
    g="b9en-04",
    v="base",
    note="perceived burdensomeness",
)
M(
    "My mum has worked it out properly, she says: everyone would honestly be better off without her. Less money, less worry. I don't know what to do with that. Jen",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="09-28 14:10",
    tz="Australia/Melbourne",
    who="Jen|J.",
    g="b9en-04",
    v="person",
    note="mother's statement, someone else's -> low",
)
M(
    "Last winter I'd worked it out, I thought: everyone would be better off without me. Less money, less worry, less me. Funny how far away that feels after what we did in session. Jen",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="09-28 14:10",
    tz="Australia/Melbourne",
    who="Jen|J.",
    g="b9en-04",
    v="tense",
    note="past, discussed in therapy -> low",
)

M(
    "this week is killing me and honestly some days I'd like it to just finish the job",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 22:15",
    tz="Europe/London",
    who="Marcus|M.",
    g="b9en-05",
    v="base",
    note="passive wish to be dead behind an idiom",
)
M(
    "this week is killing me, three deadlines and the auditors in on Friday, so can we push Thursday to next week?",
    "none",
    sig="",
    top="cancellation information",
    ch="whatsapp",
    at="11-12 22:15",
    tz="Europe/London",
    who="Marcus|M.",
    g="b9en-05",
    v="idiom",
    note="busy week told as fact",
)

M(
    "I'm dying. took everything in the bathroom drawer about an hour ago, just wanted someone to know. sorry",
    "imminent",
    sig="self_harm suicidal_ideation apology",
    top="medication psychotherapy",
    ch="sms",
    at="11-22 01:48",
    tz="Africa/Johannesburg",
    who="Thabo|T.",
    g="b9en-06",
    v="base",
    note="overdose taken",
)
M(
    "I'm dying. 3% battery and the charger's in the bakkie, just wanted someone to know I'll be ten min late. sorry",
    "none",
    sig="apology",
    top="information",
    ch="sms",
    at="11-22 08:48",
    tz="Africa/Johannesburg",
    who="Thabo|T.",
    g="b9en-06",
    v="idiom",
    note="phone battery dying",
)

M(
    "Spent most of last night thinking about the top floor of the Kingsway car park. How quick it would be. I didn't go, I just kept thinking it. Ola",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="10-30 09:05",
    tz="Europe/London",
    who="Ola|O.",
    g="b9en-07",
    v="base",
    note="method thought",
)
M(
    "Spent most of last night jumping off the top floor of the Kingsway car park in Skyline Run — the respawn glitch is so quick. I didn't sleep, I just kept playing it. Ola",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="10-30 09:05",
    tz="Europe/London",
    who="Ola|O.",
    g="b9en-07",
    v="idiom",
    note="video game",
)
M(
    "Haven't thought about the top floor of the Kingsway car park once this week. Walked past it twice. Thought you'd want to know. Ola",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="10-30 09:05",
    tz="Europe/London",
    who="Ola|O.",
    g="b9en-07",
    v="negation",
    note="negated method thought -> low",
)

M(
    "I'm going to end it tonight. I've decided and I feel calm about it. Thank you for everything you did, honestly. You tried harder than anyone.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-08 21:30",
    tz="America/Toronto",
    who="Sasha|S.",
    g="b9en-08",
    v="base",
    note="intent + farewell",
)
M(
    "I'm going to end it with Dev tonight. I've decided and I feel calm about it. Thank you for everything you did, honestly. You helped me see it.",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-08 21:30",
    tz="America/Toronto",
    who="Sasha|S.",
    g="b9en-08",
    v="idiom",
    note="ending a relationship",
)

M(
    "I'm not scared of dying any more. I'm scared of having to keep going like this.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-16 00:20",
    tz="Europe/London",
    who="Harriet|H.",
    g="b9en-09",
    v="base",
)
M(
    "'I'm not scared of dying any more. I'm scared of having to keep going like this.' — the last line of Marlow's Tide, we watched it at film club and the whole room went quiet.",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-16 00:20",
    tz="Europe/London",
    who="Harriet|H.",
    g="b9en-09",
    v="quotation",
    note="film line (fictional film)",
)
M(
    "I'M NOT SCARED OF DYING ANY MORE. I'M SCARED OF HAVING TO KEEP GOING LIKE THIS.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-16 00:20",
    tz="Europe/London",
    who="Harriet|H.",
    g="b9en-09",
    v="caps",
)

M(
    "Honestly thought about killing myself tonight while I was making dinner, just standing there stirring the pot. Then I ate it anyway.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-05 20:41",
    tz="Australia/Sydney",
    who="Lachlan|L.",
    g="b9en-10",
    v="base",
)
M(
    "Honestly nearly killed myself laughing tonight while I was making dinner, Pip tried to flip the pancake and it hit the ceiling. Then we ate it anyway.",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-05 20:41",
    tz="Australia/Sydney",
    who="Lachlan|L.",
    g="b9en-10",
    v="idiom",
    note="killed myself laughing",
)

M(
    "After today I just don't want to be alive any more. Nobody needs to reply to this.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="10-25 18:02",
    tz="Europe/London",
    who="Gareth|G.",
    g="b9en-12",
    v="base",
)
M(
    "After today's 6-0 at home I just don't want to be alive any more lol. Nobody at the club needs to reply to this.",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="10-25 18:02",
    tz="Europe/London",
    who="Gareth|G.",
    g="b9en-12",
    v="idiom",
    note="football hyperbole",
)

M(
    "I'm at Eastfield station. Been watching the fast trains come through for about an hour. I don't think I'm going home tonight.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-21 23:14",
    tz="Europe/London",
    who="Nadia|N.",
    g="b9en-13",
    v="base",
    note="place + method implied",
)
M(
    "There was a piece on the local news about a woman at Eastfield station who watched the fast trains for an hour before a guard talked to her. Made me think I'd like to do the Samaritans training next year.",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-21 23:14",
    tz="Europe/London",
    who="Nadia|N.",
    g="b9en-13",
    v="quotation",
    note="news report, sender not at risk",
)

M(
    "Started giving my things away this weekend, the books, the bike, the good coat. Won't be needing them. Felt lighter.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-02 16:25",
    tz="Europe/London",
    who="Fergus|F.",
    g="b9en-14",
    v="base",
    note="giving things away",
)
M(
    "Started giving my things away this weekend, the books, the bike, the good coat. Won't be needing them in a studio flat in Leith! Felt lighter.",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-02 16:25",
    tz="Europe/London",
    who="Fergus|F.",
    g="b9en-14",
    v="idiom",
    note="moving house",
)

M(
    "been doing the maths on how many of my quetiapine it would take. not doing anything. just can't stop doing the maths",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-10 02:33",
    tz="America/New_York",
    who="Tess|T.",
    g="b9en-15",
    v="base",
    note="method thought",
)
M(
    "back in 2023 I used to do the maths on how many of my quetiapine it would take. not doing that now, just remembered it after Tuesday's session",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-10 02:33",
    tz="America/New_York",
    who="Tess|T.",
    g="b9en-15",
    v="tense",
    note="past, discussed -> low",
)

M(
    "everyone keeps saying it gets better. i honestly don't see myself being alive by spring.",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-25 19:50",
    tz="Europe/London",
    who="Kit",
    g="b9en-16",
    v="base",
)
M(
    "everyone keeps saying it gets better. i honestly don't see myself being alive by spring 🙂",
    "high",
    sig="suicidal_ideation hopelessness valence_shift",
    top="psychotherapy",
    ch="sms",
    at="11-25 19:50",
    tz="Europe/London",
    who="Kit",
    g="b9en-16",
    v="emoticon",
)

M(
    "Sometimes I think the river would be kinder than the morning. Anyway. Wednesday still on?",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-17 07:10",
    tz="Europe/Dublin",
    who="Aoife|A.",
    g="b9en-17",
    v="base",
    note="passive ideation, euphemism",
)
M(
    "'Sometimes I think the river would be kinder than the morning' — that's from the Ina Corr novel for my lit essay, due Thursday. Any chance we could move Wednesday?",
    "none",
    sig="",
    top="cancellation",
    ch="whatsapp",
    at="11-17 07:10",
    tz="Europe/Dublin",
    who="Aoife|A.",
    g="b9en-17",
    v="quotation",
    note="book line for an essay",
)

M(
    "Dear Dr Rao, Priya told the school counsellor today that she has been scratching her arms with the point of a compass, most nights this month. We had no idea. Could you see her this week? Meera Iyer (Priya's mother)",
    "high",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="email",
    at="11-18 17:45",
    tz="Asia/Kolkata",
    who="Meera|Iyer",
    g="b9en-18",
    v="base",
    note="parent reports the patient",
)
M(
    "Dear Dr Rao, Priya told the school counsellor today that her friend Anaya has been scratching her arms with the point of a compass, most nights this month. Priya is shaken. Could you see her this week? Meera Iyer (Priya's mother)",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-18 17:45",
    tz="Asia/Kolkata",
    who="Meera|Iyer",
    g="b9en-18",
    v="person",
    note="friend's self-harm, patient affected -> low",
)

M(
    "Bought the rope today. I know where. Saturday, when the whole street's at the match and nobody's in.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-13 13:20",
    tz="Europe/London",
    who="Dale|D.",
    g="b9en-19",
    v="base",
    note="means + place + time",
)
M(
    "Bought the rope today for the bouldering course. I know where it goes now. Saturday, when the whole street's at the match, the wall's empty 👍",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-13 13:20",
    tz="Europe/London",
    who="Dale|D.",
    g="b9en-19",
    v="idiom",
    note="climbing rope",
)

M(
    "please call me, I've taken the whole box of co-codamol and I'm scared now",
    "imminent",
    sig="self_harm suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-26 03:05",
    tz="Europe/London",
    who="Bex",
    g="b9en-20",
    v="base",
    note="overdose taken",
)
M(
    "PLEASE CALL ME, I'VE TAKEN THE WHOLE BOX OF CO-CODAMOL AND I'M SCARED NOW",
    "imminent",
    sig="self_harm suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-26 03:05",
    tz="Europe/London",
    who="Bex",
    g="b9en-20",
    v="caps",
)

M(
    "haven't left the flat since Thursday. curtains shut, phone on silent, cereal out of the box. that's the update",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 15:30",
    tz="Europe/London",
    who="Imogen|I.",
    g="b9en-21",
    v="base",
)
M(
    "did leave the flat on Thursday. curtains open, phone on, proper toast. that's the update",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-09 15:30",
    tz="Europe/London",
    who="Imogen|I.",
    g="b9en-21",
    v="negation",
    note="negated withdrawal -> none",
)
M(
    "my housemate hasn't left the flat since Thursday. curtains shut, phone on silent. not sure if I should say something",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 15:30",
    tz="Europe/London",
    who="Imogen|I.",
    g="b9en-21",
    v="person",
    note="someone else's -> low",
)

M(
    "Third bottle of red this week, on my own, just so I can switch off and sleep. Not proud. Wes",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-20 22:40",
    tz="Pacific/Auckland",
    who="Wes|W.",
    g="b9en-22",
    v="base",
)
M(
    "No bottle of red this week, not on my own, not to switch off. Sleeping okay. Quietly proud. Wes",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-20 22:40",
    tz="Pacific/Auckland",
    who="Wes|W.",
    g="b9en-22",
    v="negation",
    note="negated drinking -> none",
)

M(
    "nobody's texted me all weekend, not even the group chat. feels like I'm invisible :(",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 20:05",
    tz="Europe/London",
    who="Zara",
    g="b9en-23",
    v="base",
)
M(
    "nobody's texted me all weekend, not even the group chat. feels like I'm invisible :)",
    "low",
    sig="loneliness valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 20:05",
    tz="Europe/London",
    who="Zara",
    g="b9en-23",
    v="emoticon",
)

M(
    "Nothing is ever going to change. I'll be in this job and this body and this town until I'm sixty. Sorry, bad day. Hamid",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="portal",
    at="10-21 12:55",
    tz="Europe/London",
    who="Hamid|H.",
    g="b9en-24",
    v="base",
)
M(
    "Last year I was sure nothing was ever going to change, that I'd be in this job and this town until I was sixty. Reading my old journal today was strange. Hamid",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="10-21 12:55",
    tz="Europe/London",
    who="Hamid|H.",
    g="b9en-24",
    v="tense",
    note="past hopelessness -> low",
)

# ---------------------------------------------------------------- single messages: high / imminent
M(
    """Hi Dr Whitlock,

Just a few things before the break. First, the invoice for October came through with the old address on it — it should be 14 Ferndale Road now, flat 2, not the Mill Lane one. Could your admin resend it? My insurer is fussy about matching addresses.

Second, I've been doing what you suggested and writing things down in the evenings. Mostly it's fine, lists and so on. Though to be honest a lot of what I've been writing is letters. To my sister, to Callum, one to my old manager. The just-in-case sort, if you understand me. I'm not planning anything, I just feel tidier knowing they're in the drawer. I thought I should mention it since you always say to mention things.

Third, I'm in Galway from the 20th to the 2nd so I'll miss two sessions. I've put them in my calendar as cancelled; let me know if you'd rather do video from there, the cottage has wifi apparently.

Also my GP wants to lower the mirtazapine to 15 and I wanted your view before I agree.

Thanks as always,
Rosalind""",
    "high",
    sig="suicidal_ideation",
    top="information cancellation medication psychotherapy",
    ch="email",
    at="11-11 10:12",
    tz="Europe/London",
    who="Rosalind|R.",
    note="just-in-case letters buried in the middle of a logistics e-mail",
)
M(
    "Just wanted to say thank you for everything these two years. You were kinder to me than anyone. Mrs Peel next door is having the cat, I've left his food out and the key's under the pot. Please look after yourself. x",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 04:12",
    tz="Europe/London",
    who="Glenys|G.",
    note="farewell framed as thanks, affairs put in order",
)
M(
    "stood on the chair with the belt last night. then Juno barked at the door and I got down. haven't told anyone else",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-24 09:40",
    tz="America/Los_Angeles",
    who="Reese",
    note="aborted attempt last night",
)
M(
    "had half the vodka and then the sleeping tablets, all of them. feel floaty and a bit sick. sorry sorry",
    "imminent",
    sig="self_harm suicidal_ideation substance_use apology",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-15 00:55",
    tz="Europe/London",
    who="Jordan|J.",
    note="overdose with alcohol",
)
M(
    "Quick one: is it ok to take ibuprofen with the sertraline for my back? Also I looked up how many sertraline it would take to be dangerous, just out of curiosity I suppose. Beth",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-06 11:20",
    tz="Europe/London",
    who="Beth|B.",
    note="method research in passing inside a medication question",
)
M(
    "Hi, it's Lorraine, Kieran's mum. He left a note on his pillow last night saying sorry for being such a burden and that he wishes he could just stop existing. He's home with me now and not talking. Can you call me as soon as you see this please.",
    "high",
    sig="suicidal_ideation support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-19 07:15",
    tz="Europe/London",
    who="Lorraine|L.",
    note="parent reports teenage patient's ideation; no act",
)
M(
    "cant stop thinkin bout ending it tbh. not gonna do anythin 2nite. jus needed 2 say it to someone",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-02 23:58",
    tz="Europe/London",
    who="Kai",
    note="negated intent does not lower present ideation",
)
M(
    "Respected Ma'am, I am having thoughts of taking my life since Diwali time, they are coming mostly at night. Kindly advise if we can prepone Friday's appointment to Tuesday. Regards, Arjun",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy cancellation",
    ch="portal",
    at="11-17 08:30",
    tz="Asia/Kolkata",
    who="Arjun|A.",
    note="Indian English; two topics",
)
M(
    "burned my wrist with the lighter again, its blistered now. put toothpaste on it like an idiot. dont be cross",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 01:30",
    tz="Australia/Brisbane",
    who="Mia",
    note="self-harm with everyday object",
)
M(
    "I know which bridge and I know it'll be Sunday early, before the joggers. I'm only telling you so that somebody knows.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-27 05:10",
    tz="Europe/London",
    who="Owen|O.",
    note="plan: place + time",
)
M(
    "what's the point of being alive if every single day is this same grey nothing",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-14 23:22",
    tz="Africa/Johannesburg",
    who="Lindiwe|L.",
)
M(
    "I'm up at the lookout at Carrow Head. Mum's pills are in the glovebox, the whole cabinet basically. I don't really know why I'm texting you. I just wanted to hear from someone",
    "imminent",
    sig="suicidal_ideation support_request",
    top="medication psychotherapy",
    ch="sms",
    at="11-22 22:48",
    tz="Australia/Perth",
    who="Brodie|B.",
    note="means at hand, place",
)
M(
    "Wrote out who gets the guitar, the records and the good camera. Not planning anything, it just feels right to have it written down somewhere. Eoin",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-08 19:15",
    tz="Europe/Dublin",
    who="Eoin|E.",
    note="preparation; negated plan does not lower",
)

# ---------------------------------------------------------------- single messages: none
M(
    "Morning — I woke up with a temperature of 38.6 and my whole house has the flu, so I'll have to cancel this afternoon at 3. Really sorry for the short notice. Fiona Dunleavy",
    "none",
    sig="apology",
    top="cancellation",
    ch="sms",
    at="11-04 07:45",
    tz="Europe/London",
    who="Fiona|Dunleavy",
)
M(
    "Hi there, is there any way we could shift Thursday's 5pm to the Wednesday? Lottie's nativity play is Thursday evening and she's a sheep with lines this year. Ben",
    "none",
    sig="",
    top="cancellation",
    ch="whatsapp",
    at="11-24 12:30",
    tz="Europe/London",
    who="Ben|B.",
)
M(
    "Hi, the invoice for November has the session on the 12th charged twice (two lines for £70). Could you check and send a corrected one? Thanks, Priyanka Shah",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-26 09:05",
    tz="Europe/London",
    who="Priyanka|Shah",
)
M(
    "The video link for today keeps saying 'host has not started the meeting' — I'm in the waiting room, should I just wait or is there a new link?",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-20 16:02",
    tz="America/Denver",
    who="Carlos|C.",
)
M(
    "GOT THE JOB!!! The ward sister rang at lunch. Starting January on the children's ward. Could not have walked into that interview a year ago 😊 Nicola",
    "none",
    sig="",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-18 13:40",
    tz="Europe/London",
    who="Nicola|N.",
)
M(
    "Dr Mensah said I can take the lamotrigine in the morning instead of at night if the dreams are too vivid. Does it matter if I switch on a Sunday or mid-week? Not urgent. Kwame",
    "none",
    sig="",
    top="medication",
    ch="portal",
    at="11-07 10:15",
    tz="Europe/London",
    who="Kwame|K.",
)
M(
    "Good afternoon. My daughter Sienna is 13 and her school suggested we contact you. She has been very anxious about going in since September. Do you see young teenagers, and what would a first appointment involve? Many thanks, Paula Grieve",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-05 14:20",
    tz="Europe/London",
    who="Paula|Grieve",
    note="first contact from a parent; logistics",
)
M(
    "I didn't say it on Tuesday because I went red, but I think these sessions are the first time anyone has let me finish a sentence. Anyway. Thank you. T.",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-13 18:30",
    tz="Europe/London",
    who="Tomasz|T.",
    note="positive feeling about therapy",
)
M(
    "New address from Monday: 7 Quarry Lane, Hebden Bridge. The post office redirect is sorted but please update your records for the letters. Alison",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-01 09:50",
    tz="Europe/London",
    who="Alison|A.",
)
M(
    "Hello, this is Graham, Sheila's husband. She's asked me to let you know she can't make tomorrow — her hip op got brought forward to Thursday. She'll ring to rebook when she's home. Thanks",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-11 17:05",
    tz="Europe/London",
    who="Graham|G.",
    note="partner cancels for patient",
)
M(
    "Quick heads up that I'm in Cape Town from 10 to 30 Dec visiting my gran. Happy to do video if the time difference works, otherwise I'll see you in January. Naledi",
    "none",
    sig="",
    top="cancellation information",
    ch="portal",
    at="11-25 11:15",
    tz="Europe/London",
    who="Naledi|N.",
)
M(
    "passed my driving test 3rd time lucky!!! examiner said my reversing round the corner was 'textbook' 😂 see u weds",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-19 15:12",
    tz="Europe/London",
    who="Callum",
)
M(
    "Could you tell me whether the online sessions cost the same as coming in? My partner thinks it should be cheaper because I'm at home, I said I'd ask. Siobhán",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-09 20:10",
    tz="Europe/Dublin",
    who="Siobhán|S.",
)

# ---------------------------------------------------------------- single messages: low
M(
    "First Christmas in the flat without Nan. Everyone's busy with their own families, which is fair. It's just very quiet in here. Hope you have a good one. Maisie",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 21:10",
    tz="Europe/London",
    who="Maisie|M.",
)
M(
    "Felt really flat after yesterday's session, like we opened a drawer and didn't shut it. Not in crisis, just a bit teary on the bus. Can we pick it up next week?",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-20 09:30",
    tz="Europe/London",
    who="Leonie|L.",
)
M(
    "My mate Rory posted something really worrying on Insta last night about not wanting to be here. I rang his brother and they're with him now. I'm shaking a bit. Is it alright if I talk about it Thursday? Finn",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 08:05",
    tz="Europe/Dublin",
    who="Finn|F.",
    note="worry about someone else's crisis",
)
M(
    "Would you have ten minutes for a phone call today or tomorrow? Nothing dramatic, I'm just wobbly after seeing my dad and I'd like to hear a sensible voice. Anna",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-10 12:20",
    tz="Europe/London",
    who="Anna|A.",
)
M(
    "he unfollowed me on everything this morning. 4 years. guess that's that then 😢",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 10:40",
    tz="America/Chicago",
    who="Bri",
)
M(
    "Do you even care or am I just the 4 o'clock? Sorry. That came out harsher than I meant. I'm just tired of being a slot in someone's diary. Yusuf",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 22:30",
    tz="Europe/London",
    who="Yusuf|Y.",
    note="anger at therapist; relationship",
)
M(
    "bar exam in 6 days and my stomach is in knots, cant eat breakfast, keep rereading the same page... any tips before friday??",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-21 07:20",
    tz="Asia/Singapore",
    who="Wei Ling|W.",
)
M(
    "Just so you know, I'm not going to hurt myself. I'm just really sad today and didn't want to pretend otherwise. Saoirse",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-06 19:45",
    tz="Europe/Dublin",
    who="Saoirse|S.",
    note="negated self-harm -> low",
)
M(
    "Random question: if the thoughts about overdosing ever came back, like they did at uni, who would I actually ring at 2am? I'd like the number saved. Not needed now. Priti",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-03 14:10",
    tz="Europe/London",
    who="Priti|P.",
    note="hypothetical + past -> low",
)
M(
    "Miss my nan a lot this week. Her birthday would have been Saturday. I made her scones recipe and the kitchen smelled right for once ❤️ Jess",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 17:30",
    tz="Europe/London",
    who="Jess|J.",
    note="grief; emoticon matches the warm part",
)
M(
    "Three months in Toronto and I still haven't made a single friend outside work. The snow's pretty though. I feel a bit alone here, honestly. Gráinne",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="email",
    at="11-17 19:20",
    tz="America/Toronto",
    who="Gráinne|G.",
)
M(
    "Remember how you said to check in after the hearing? Custody hearing was today. Nothing decided yet, adjourned to January. I'm okay-ish, just drained and would like to hear from you this week if you can. Marc",
    "low",
    sig="support_request",
    top="psychotherapy information",
    ch="sms",
    at="11-24 18:15",
    tz="Europe/London",
    who="Marc|M.",
)

# ---------------------------------------------------------------- single messages: moderate
M(
    "Stayed in bed the whole of Saturday and most of today. Didn't answer Mum. Didn't eat till 4. Sorry this is the first you're hearing of it. Leah",
    "moderate",
    sig="withdrawal apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 17:55",
    tz="Europe/London",
    who="Leah|L.",
)
M(
    "smoking every night now just to stop my head spinning, like a lot, like wake n bake too. i know i know",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-13 23:50",
    tz="America/Los_Angeles",
    who="Jay",
)
M(
    "I CAN'T TAKE IT ANY MORE. THE LANDLORD, THE BOILER, THE KIDS, ALL OF IT. I NEED TO TALK TO YOU",
    "moderate",
    sig="hopelessness support_request",
    top="psychotherapy",
    ch="sms",
    at="11-16 21:05",
    tz="Europe/London",
    who="Tanya|T.",
)
M(
    "In the toilets at work, I can't breathe properly, hands tingling, everything's too loud... I tried the counting thing... it isn't working... can you ring me now",
    "moderate",
    sig="support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-19 11:12",
    tz="Europe/London",
    who="Rachel|R.",
    note="overwhelming panic",
)
M(
    "I'm honestly afraid I won't make it to Christmas at this rate, the way my head's going. Not in a scary way, I don't think. Just I'm running out. Moira",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="email",
    at="11-25 23:40",
    tz="Europe/London",
    who="Moira|M.",
    note="'afraid I won't make it' -> moderate",
)
M(
    "Hi, I need to cancel Friday, sorry. Truth is I haven't been out of bed properly since Tuesday and the thought of the bus makes me want to cry. Could we do a phone call instead? Declan",
    "moderate",
    sig="withdrawal apology support_request",
    top="cancellation psychotherapy",
    ch="portal",
    at="11-27 08:20",
    tz="Europe/Dublin",
    who="Declan|D.",
    note="cancellation with withdrawal",
)
M(
    """Dear Dr Adeyemi,

I hope the conference went well. I wanted to write properly rather than in bits on WhatsApp, which I know we discussed.

The new role at the council started Monday and on paper it's going fine: I've met the team, I have a desk by the window, and the manager seems decent if a bit brisk. My sister came up at the weekend and we went to the Christmas market, which was nice, and I even bought the ridiculous reindeer jumper for Dad.

The part I keep leaving out is the evenings. Most nights this week I've had two or three large gins before I can face the flat, and on Wednesday I finished the bottle. It's the only thing that turns the volume down. I'm not saying it to be dramatic, I'm saying it because I promised I would stop hiding it from you.

Otherwise: could we look at moving to fortnightly in January if work stays like this? And my prescription for the propranolol runs out on the 5th, I'll ask the GP.

Best wishes,
Imran""",
    "moderate",
    sig="substance_use",
    top="information medication psychotherapy cancellation",
    ch="email",
    at="11-22 20:30",
    tz="Europe/London",
    who="Imran|I.",
    note="drinking to cope buried in a long e-mail",
)
M(
    "honestly what's the point of any of it... the meds, the sessions, the walks... nothing moves... same hole every morning :(",
    "moderate",
    sig="hopelessness",
    top="psychotherapy medication",
    ch="whatsapp",
    at="11-08 06:10",
    tz="Australia/Adelaide",
    who="Shaun",
)
M(
    "Skipped lunch and dinner again and called in sick, I just can't face people at the moment. I'm at the end of my rope with it. R.K.",
    "moderate",
    sig="withdrawal hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-12 20:20",
    tz="Asia/Kolkata",
    who="Rohan|R.K.",
)
M(
    "Everything went great at the wedding, speech and all 😞 and now I'm home and I can't stop crying. No idea why. Is that normal?",
    "low",
    sig="valence_shift",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-01 00:45",
    tz="Europe/London",
    who="Ellis",
    note="positive words with sad emoji; low mood",
)
