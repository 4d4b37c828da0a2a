# Blind round 6 (English; written 2026-11-26 by an author who never saw the engine nor rounds 2-5), measured once
# with engine 2026.11.9 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages for a blind evaluation, written without seeing the engine. Labels follow GUIDELINES.md.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants

# b6en-01: thinking about a method (pills)
M(
    "I keep googling how many of my sertraline it would take. I haven't done anything, I just can't stop checking. R.",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "04-09 23:41",
    who="Rowan|R.",
    g="b6en-01",
    v="base",
    note="thinking about a method (dose needed)",
)
M(
    "If I ever caught myself googling how many of my sertraline it would take, what should I do? R.",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "04-09 23:41",
    who="Rowan|R.",
    g="b6en-01",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "Last year, before we started, I kept googling how many of my sertraline it would take. I hadn't done anything, I just couldn't stop checking. R.",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "04-09 23:41",
    who="Rowan|R.",
    g="b6en-01",
    v="tense",
    note="historic -> low",
)
M(
    "My sister keeps googling how many of her sertraline it would take. She hasn't done anything, she just can't stop checking. R.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-09 23:41",
    who="Rowan|R.",
    g="b6en-01",
    v="person",
    note="someone else's experience -> low; the sister's medicine is not the sender's",
)

# b6en-02: intent, euphemism "finish it"
M(
    "I've made up my mind. Tonight I finish it, for good.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-17 21:52",
    who="Jamie|J.",
    g="b6en-02",
    v="base",
    note="intent with time, euphemistic",
)
M(
    "I've made up my mind. Tonight I finish it with Callum, for good.",
    "none",
    "",
    "psychotherapy",
    "sms",
    "10-17 21:52",
    who="Jamie|J.",
    g="b6en-02",
    v="idiom",
    note="ending a relationship; everyday phrase",
)
M(
    "I'VE MADE UP MY MIND. TONIGHT I FINISH IT, FOR GOOD.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-17 21:52",
    who="Jamie|J.",
    g="b6en-02",
    v="caps",
)

# b6en-03: recent self-harm, told indirectly
M(
    "Did it again last night with the blade from my pencil sharpener. Cleaned it up, it's not deep. Just wanted you to know before Thursday. Ellie",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "02-20 16:05",
    who="Ellie|E.",
    g="b6en-03",
    v="base",
    note="recent self-injury, 'it' = cutting",
)
M(
    "Didn't do it last night, though I had the blade from my pencil sharpener out. Nothing to clean up. Just wanted you to know before Thursday. Ellie",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-20 16:05",
    who="Ellie|E.",
    g="b6en-03",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "In Year 9 I used to do it with the blade from my pencil sharpener. Cleaned it up every time, never deep. Just wanted you to know before Thursday. Ellie",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-20 16:05",
    who="Ellie|E.",
    g="b6en-03",
    v="tense",
    note="historic self-harm -> low",
)
M(
    "Did it again last night with the blade from my pencil sharpener. Cleaned it up, it's not deep. Just wanted you to know before Thursday 🙂 Ellie",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "whatsapp",
    "02-20 16:05",
    who="Ellie|E.",
    g="b6en-03",
    v="emoticon",
    note="smile on a self-harm report",
)

# b6en-04: farewell vs. a line from a play
M(
    "Thank you for everything you've done for me these two years. Please don't blame yourself for what happens next. Goodbye. Margaret",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-02 01:14",
    who="Margaret|M.",
    g="b6en-04",
    v="base",
    note="farewell in a context of risk",
)
M(
    "Rehearsing my lines for the village play, Act 2: 'Thank you for everything you've done for me these two years. Please don't blame yourself for what happens next. Goodbye.' Margaret",
    "none",
    "",
    "information",
    "email",
    "11-02 01:14",
    who="Margaret|M.",
    g="b6en-04",
    v="quotation",
    note="a character's line",
)

# b6en-05: perceived burdensomeness
M(
    "everyone at home would have an easier life without me in it",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-13 22:10",
    who="Charlie|C.",
    g="b6en-05",
    v="base",
    note="burdensomeness",
)
M(
    "my mum keeps saying everyone at home would have an easier life without her in it",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-13 22:10",
    who="Charlie|C.",
    g="b6en-05",
    v="person",
    note="someone else's (mother, not the patient) -> low",
)
M(
    "last year I was sure everyone at home would have an easier life without me in it",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-13 22:10",
    who="Charlie|C.",
    g="b6en-05",
    v="tense",
    note="historic -> low",
)
M(
    "everyone at home would have an easier life without me in it 😂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "sms",
    "01-13 22:10",
    who="Charlie|C.",
    g="b6en-05",
    v="emoticon",
)

# b6en-06: days in bed
M(
    "I've stayed in bed every day since Sunday. Just thought you should know. Dom",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "06-05 15:30",
    who="Dom|D.",
    g="b6en-06",
    v="base",
)
M(
    "I haven't stayed in bed a single day since Sunday. Just thought you should know. Dom",
    "none",
    "",
    "information",
    "whatsapp",
    "06-05 15:30",
    who="Dom|D.",
    g="b6en-06",
    v="negation",
    note="negated moderate cue -> none; progress report",
)
M(
    "My flatmate has stayed in bed every day since Sunday. Just thought you should know. Dom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-05 15:30",
    who="Dom|D.",
    g="b6en-06",
    v="person",
    note="someone else's -> low",
)

# b6en-07: hopelessness, form variants
M(
    "What's the point of any of it. Nothing changes no matter what I try.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "09-22 19:48",
    who="Ade|A.",
    g="b6en-07",
    v="base",
)
M(
    "WHAT'S THE POINT OF ANY OF IT. NOTHING CHANGES NO MATTER WHAT I TRY.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "09-22 19:48",
    who="Ade|A.",
    g="b6en-07",
    v="caps",
)
M(
    "What's the point of any of it... Nothing changes no matter what I try...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "09-22 19:48",
    who="Ade|A.",
    g="b6en-07",
    v="emoticon",
    note="ellipses instead of full stops",
)

# b6en-08: train platform
M(
    "Standing on the platform this morning I thought about jumping in front of the 8:14.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-03 08:31",
    who="Hannah|H.",
    g="b6en-08",
    v="base",
    note="thinking about a method",
)
M(
    "Standing on the platform this morning I thought about jumping on the 8:14 instead.",
    "none",
    "",
    "information",
    "sms",
    "03-03 08:31",
    who="Hannah|H.",
    g="b6en-08",
    v="idiom",
    note="catching a train; shares the words only",
)

# b6en-09: overdose taken
M(
    "took the whole strip of zopiclone about 20 mins ago. just wanted someone to know. sorry",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "07-19 02:25",
    who="Leah|L.",
    g="b6en-09",
    v="base",
    note="overdose taken",
)
M(
    "didn't take the whole strip of zopiclone, put it back about 20 mins ago. just wanted someone to know. sorry",
    "low",
    "apology",
    "medication psychotherapy",
    "sms",
    "07-19 02:25",
    who="Leah|L.",
    g="b6en-09",
    v="negation",
    note="negated act -> low",
)
M(
    "two years ago I took the whole strip of zopiclone. just wanted someone to know. sorry",
    "low",
    "apology",
    "medication psychotherapy",
    "sms",
    "07-19 02:25",
    who="Leah|L.",
    g="b6en-09",
    v="tense",
    note="historic overdose -> low",
)

# b6en-10: lyric
M(
    "I don't want to be alive anymore, I'm just so tired of all of it.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-27 18:12",
    who="Kai|K.",
    g="b6en-10",
    v="base",
    note="negation carrying the risk",
)
M(
    "Song stuck in my head all day: \"I don't want to be alive anymore, I'm just so tired of all of it.\"",
    "none",
    "",
    "information",
    "whatsapp",
    "05-27 18:12",
    who="Kai|K.",
    g="b6en-10",
    v="quotation",
    note="lyric",
)

# b6en-11: parent about the patient vs. about a friend
M(
    "Jade told the school nurse she wishes she was dead. I had no idea. Can we talk tomorrow? Nicola (Jade's mum)",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "03-18 17:40",
    who="Nicola|N.",
    g="b6en-11",
    v="base",
    note="parent reports the patient",
)
M(
    "Jade's friend Amira told the school nurse she wishes she was dead. I had no idea. Can we talk tomorrow? Nicola (Jade's mum)",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "03-18 17:40",
    who="Nicola|N.",
    g="b6en-11",
    v="person",
    note="a friend, not the patient -> low",
)

# ---------------------------------------------------------------- stand-alone: high / imminent
M(
    "I've sorted the paperwork for Biscuit, Helen next door will take him. The letters are on the kitchen table, one for Mum and one for you. I'm not scared anymore, it feels settled. Thank you for trying.\n\nDavid",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-08 02:10",
    who="David|D.",
    note="preparation and farewell",
)
M(
    "Got enough now. Been putting two of my tablets aside every night since October. Tonight feels right.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "11-21 23:55",
    who="Gemma|G.",
    note="means gathered, time",
)
M(
    "Drove past the reservoir again today. Parked for an hour. It would be so quiet. Anyway, still on for Friday.",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "whatsapp",
    "08-14 14:20",
    who="Lucas|L.",
    note="meaning split across sentences: a place/method",
)
M(
    "Quick update: started the new job on Monday, the team seems nice, the commute is long. Most days I still think it would be easier to just not exist. Anyway, my manager let me leave early for our session. Priya",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "portal",
    "10-01 10:05",
    tz="Asia/Kolkata",
    who="Priya|P.",
    note="ideation inside ordinary news",
)
M(
    "cant stop wanting to cut. my arms feel like theyre buzzing. havent done anything yet",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "01-29 22:30",
    who="Zoe|Z.",
    note="urge",
)
M(
    "I'm on the top floor of the Mill Street car park. Not coming down this time",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-06 01:37",
    who="Reece|R.",
    note="place and intent",
)
M(
    "Dear Dr Harrow,\n\nSince Gerald died I find myself hoping, each night, that I will simply not wake up in the morning. I am not telling you this to alarm you. I take my tablets as prescribed and I keep the house in order. I thought you ought to know.\n\nYours sincerely,\nAudrey Pim",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "email",
    "02-11 21:03",
    who="Audrey|A.",
    note="passive ideation, formal register",
)
M(
    "if the plane goes down on the way to Lisbon next week honestly that would solve a lot 🙂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "06-23 19:45",
    who="Freya|F.",
    note="passive ideation with a smile",
)
M(
    "I'm sorry. I took all the paracetamol in the house and some of dad's tablets. I feel sick",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "04-30 03:12",
    who="Maddie|M.",
    note="overdose taken",
)
M(
    "I stood in the garage looking at the rope for a long time today. Didn't touch it. Don't really know why I'm writing this. Sam",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-15 16:40",
    who="Sam|S.",
    note="method contemplated",
)
M(
    "please call me now. I've got the blade and I couldn't stop, there's so much blood, it won't stop",
    "imminent",
    "self_harm urgency support_request",
    "psychotherapy",
    "whatsapp",
    "03-27 00:20",
    who="Tyler|T.",
    note="self-harm with medical danger",
)
M(
    "woke up disappointed again that I woke up at all",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-02 07:15",
    who="Owain|O.",
    note="passive ideation",
)
M(
    "Spent the weekend writing out my will, who gets my records and my guitar. It was calming, actually. I'm not planning anything, I just wanted it done. See you Wednesday.\nTomasz B.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-12 20:30",
    who="Tomasz|T.",
    note="preparation; negated plan does not lower it",
)
M(
    "nobody at school even talks to me, I'm completely on my own 😭 sometimes I think about how to make myself disappear for good",
    "high",
    "suicidal_ideation loneliness",
    "psychotherapy",
    "whatsapp",
    "11-14 13:02",
    who="Isla|I.",
    note="teen; euphemism 'disappear for good'",
)
M(
    "I've been having thoughts about ending my life again. I won't act on them, I promise, but they're louder this week. Could we move my session a bit earlier? Jordan",
    "high",
    "suicidal_ideation support_request",
    "cancellation psychotherapy",
    "portal",
    "02-05 11:50",
    who="Jordan|J.",
    note="negated intent does not lower ideation; asks to move the session",
)
M(
    "Mia has locked herself in the bathroom, she says she's taken something and wants to die. The ambulance is on its way. Please call me as soon as you see this. Carla",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "psychotherapy",
    "sms",
    "08-30 22:50",
    who="Carla|C.",
    note="parent reports the patient's act",
)
M(
    "Hi,\n\nI promised I'd write while you were away, so here goes. Christmas at my sister's in Sydney has been loud and hot and very, very full. Her boys are six and nine and want to swim every minute of the day, so I've mostly been the one standing on the sand holding towels, which suits me. We did the lights at the harbour on the 24th, and on Boxing Day we drove up the coast and ate fish and chips that a seagull tried to steal. Dad has been on his best behaviour, mostly. There was one comment about my job at dinner and I did the thing we practised, I left the table and came back ten minutes later, and nobody made a scene. I was proud of that.\n\nThe harder part is the nights. Everyone goes to bed early and I lie on the fold-out in the lounge listening to the fridge hum. I feel very alone in a house that is full of people, which I know sounds strange. And some nights I catch myself thinking it would be a relief not to be here at all, not just here in Sydney, here anywhere, and that they would all cope perfectly well. I'm not about to do anything, I want to be clear, but the thought has been coming back more often than it did in the autumn and I didn't want to keep it from you until February.\n\nI fly home on the 9th. I've booked the first slot you had free.\n\nTake care,\nNiamh",
    "high",
    "suicidal_ideation loneliness",
    "information psychotherapy",
    "email",
    "12-29 23:30",
    tz="Australia/Sydney",
    who="Niamh|N.",
    note="long holiday letter; passive ideation near the end",
)
M(
    "The pull of the blade is back. Three weeks clean and tonight it's all I can think about 😔",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "07-07 23:15",
    who="Ruby|R.",
    note="urge",
)
M(
    "I've decided. Sunday, while they're all at the match. I'm telling you because you said to be honest with you. Don't send the police, I'll only deny it.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-16 11:30",
    who="Connor|C.",
    note="intent with time, method unstated",
)
M(
    "No future for me here. Can't picture being alive by next summer and honestly I don't want to be.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "01-06 06:05",
    who="Bethany|B.",
)
M(
    "Drank myself stupid again last night. Lay there thinking the lads would be better off with the life insurance than with me. Pete",
    "high",
    "suicidal_ideation substance_use",
    "psychotherapy",
    "whatsapp",
    "03-09 12:40",
    who="Pete|P.",
    note="burdensomeness, drinking",
)
M(
    "Counted them out tonight. 42. It's enough. They're in the blue envelope next to the bed 💊",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "email",
    "09-28 00:48",
    who="Simone|S.",
    note="pills counted and ready",
)
M(
    "i scratched my arm with my compass in maths today till it bled. no one noticed. its fine i guess",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "05-08 15:55",
    who="Alfie|A.",
    note="recent self-injury, teen",
)

# ---------------------------------------------------------------- stand-alone: moderate
M(
    "Third night in a row finishing a bottle of red on my own just so I can sleep. I know. I know.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "11-11 23:30",
    who="Joanne|J.",
)
M(
    "i cant take this anymore, the exams, my parents, all of it",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "05-19 21:40",
    who="Harvey|H.",
)
M(
    "I've called in sick all week and haven't left the flat. I'm not ill exactly, I just can't face people. Apologies for the short notice, but I won't make Tuesday either.\nKaren",
    "moderate",
    "withdrawal apology",
    "cancellation psychotherapy",
    "email",
    "02-26 09:20",
    who="Karen|K.",
)
M(
    "Panic attacks every day now. In the supermarket today I dropped the basket and ran out. I feel like I'm losing control and I'm scared I won't make it through the week.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "06-12 18:05",
    who="Lena|L.",
    note="overwhelming panic, 'afraid I won't make it'",
)
M(
    "smoked a whole bag tonight to make my head stop. doesnt even work anymore",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-03 02:40",
    tz="Europe/Dublin",
    who="Cian|C.",
)
M(
    "At the end of my tether, honestly. Nothing I do makes any difference.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "10-20 13:10",
    who="Marcus|M.",
)
M(
    "Dear Dr Harrow,\nI find I cannot keep living like this, with the debts and the silence at home. I would appreciate a call this week if you have a slot.\nRegards,\nMartin Ogunleye",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    "email",
    "01-21 08:45",
    who="Martin|M.",
    note="'can't keep living like this' = moderate",
)
M(
    "day 4 in my pyjamas lol 😂 haven't opened the curtains once",
    "moderate",
    "withdrawal valence_shift",
    "psychotherapy",
    "whatsapp",
    "12-15 15:20",
    who="Aisha|A.",
)
M(
    "Owen hasn't been to school since Tuesday. He stays in his room and won't eat with us. We're worried. Could we bring his session forward?\nRachel Byrne\n07700 900412",
    "moderate",
    "withdrawal support_request",
    "cancellation psychotherapy",
    "portal",
    "03-05 20:15",
    who="Rachel|R.",
    note="parent reports the patient; signature block with a phone number",
)
M(
    "Taking two extra diazepam most days now just to get through work. Please don't tell the GP.",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "09-10 07:50",
    who="Steph|S.",
    note="sedatives beyond prescription to cope",
)
M(
    "everything's pointless. school, friends, whatever. why bother 🙄",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "04-24 16:35",
    who="Ollie|O.",
)
M(
    "Turned my phone off to everyone since Friday except this. Haven't answered the door either. Lewis",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "07-28 19:00",
    who="Lewis|L.",
)
M(
    "It's been a bad week. I've been drinking most evenings, more than I'd like to admit, just to switch off. Sorry to dump this on you. Anna",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "portal",
    "10-26 22:05",
    who="Anna|A.",
)
M(
    "awake again. heart racing, can't breathe properly, the panic keeps coming in waves and I can't make it stop",
    "moderate",
    "",
    "psychotherapy",
    "sms",
    "02-14 04:50",
    who="Noor|N.",
    note="overwhelming panic",
)
M(
    "whatever we try in therapy I'll always be like this. I've accepted it",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "08-21 20:30",
    who="Josh|J.",
)
M(
    "I must confess I have not been out of the house for nine days. The shopping is delivered and I have told my daughter I am busy.\nHarold Tennant",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "email",
    "11-05 10:40",
    who="Harold|H.",
    note="older sender, formal",
)
M(
    "I'm scared I won't make it to our next session. Not in a dramatic way, I'm just running on empty.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "12-10 17:25",
    who="Imogen|I.",
    note="'afraid I won't make it'",
)

# ---------------------------------------------------------------- stand-alone: low
M(
    "Feeling a bit flat today. Nothing terrible, just grey.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-12 12:15",
    who="Ewan|E.",
)
M(
    "Can't sleep. Feel really alone in this flat tonight. Could you message me tomorrow? Jess",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "sms",
    "01-31 23:40",
    who="Jess|J.",
)
M(
    "My best friend was admitted to hospital after trying to take her own life. I'm shaken and can't concentrate on anything. Could we talk about it on Thursday?\nOlivia",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "09-15 19:20",
    tz="America/Toronto",
    who="Olivia|O.",
    note="someone else's attempt",
)
M(
    "What we went over last week about the time I overdosed at uni, I've been thinking about it a lot. In a good way, I think. Ben",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-18 09:10",
    who="Ben|B.",
    note="past, discussed in therapy",
)
M(
    "random question, if I ever felt like hurting myself again between sessions, is there a number I should call? just so I have it saved",
    "low",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-02 17:50",
    who="Taylor|T.",
    note="hypothetical -> low",
)
M(
    "miss my dad so much today. it would have been his 60th 💔",
    "low",
    "",
    "psychotherapy",
    "sms",
    "07-14 20:05",
    who="Megan|M.",
)
M(
    "Dear Dr Harrow, I wanted to let you know I have not harmed myself since our last session, which makes five weeks now. I'm quite proud. Best wishes, Fiona",
    "low",
    "",
    "information psychotherapy",
    "email",
    "04-04 11:00",
    who="Fiona|F.",
    note="negated self-harm -> low; progress report",
)
M(
    "Been feeling sad since the row with Leo. Can we talk about it next time? Not urgent x",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "10-08 21:30",
    who="Chloe|C.",
)
M(
    "My brother texted me saying he doesn't see the point in living. I've told Mum. I feel sick with worry. Noah",
    "low",
    "",
    "psychotherapy",
    "portal",
    "02-02 23:10",
    who="Noah|N.",
    note="someone else's (not the patient)",
)
M(
    "Not drinking in the evenings anymore, 3 weeks today! The evenings still feel lonely though.",
    "low",
    "loneliness",
    "information psychotherapy",
    "sms",
    "06-29 19:15",
    who="Graham|G.",
    note="negated moderate cue -> none; loneliness -> low",
)
M(
    "Could you send me a few words today? I just feel low 😔",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "11-19 14:45",
    who="Layla|L.",
)

# ---------------------------------------------------------------- stand-alone: none
M(
    "Hi, running 10 min late for the 4pm, bus broke down. Sorry! Kate",
    "none",
    "apology",
    "information",
    "sms",
    "03-21 15:48",
    who="Kate|K.",
)
M(
    "Hello, could you resend the invoice for October? Our insurer needs your provider number on it. Thanks, P. Walsh",
    "none",
    "",
    "information",
    "email",
    "11-04 09:30",
    who="Paul|P.",
)
M(
    "I'm dead 💀 the dog actually ate my essay. will bring what survived tomorrow",
    "none",
    "",
    "information",
    "whatsapp",
    "01-17 17:20",
    who="Finn|F.",
    note="idiom",
)
M(
    "Work is murdering me this week, four deadlines and a site audit. Might be a few minutes late on Thursday. Gareth",
    "none",
    "",
    "information",
    "portal",
    "05-13 07:35",
    who="Gareth|G.",
    note="busy week told as a fact",
)
M(
    "Quick one: Dr Lowe has upped my fluoxetine to 40mg. Do I still take it in the morning? Sam K",
    "none",
    "",
    "medication",
    "sms",
    "08-08 10:10",
    who="Sam|S.",
)
M(
    "Dear Dr Harrow,\n\nI'm afraid I have to cancel next Monday's appointment, as I'll be at my daughter's graduation. Could we find another time?\n\nKind regards,\nElaine Morris",
    "none",
    "",
    "cancellation",
    "email",
    "06-20 13:05",
    who="Elaine|E.",
)
M(
    "GOT INTO LEEDS!!! I can't believe it 🥳🥳",
    "none",
    "",
    "information",
    "whatsapp",
    "08-15 08:02",
    who="Poppy|P.",
)
M(
    "Did the overdose awareness training at work today, really interesting actually. See you Weds. Chris",
    "none",
    "",
    "information",
    "sms",
    "02-17 18:40",
    who="Chris|C.",
    note="crisis word, everyday use",
)
M(
    "Watched Girl, Interrupted last night like you suggested. Lots to talk about! Meg",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "04-11 10:25",
    who="Meg|M.",
    note="film title",
)
M(
    "my little brother wound me up so much today I could have killed him. anyway all good now, we made up 😄",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "09-03 20:50",
    who="Leon|L.",
    note="idiom; the smile goes with the making up",
)
M(
    "Hi, the video link from last time won't open on my new laptop. Could you send a fresh one for Friday? Thanks, Ahmed",
    "none",
    "",
    "information",
    "email",
    "10-30 12:00",
    who="Ahmed|A.",
)
M(
    "Cut my hair really short today ✂️ feels amazing",
    "none",
    "",
    "information",
    "sms",
    "07-02 16:30",
    who="Hollie|H.",
    note="crisis word, everyday use",
)
M(
    "Sorry for the late message! Just wanted to say tonight's session really helped. Sleeping better already 😊 Lucy",
    "none",
    "apology",
    "information psychotherapy",
    "whatsapp",
    "03-30 23:20",
    who="Lucy|L.",
)
M(
    "Can I pay by bank transfer from next month instead of card? Jonathan",
    "none",
    "",
    "information",
    "portal",
    "12-01 08:15",
    who="Jonathan|J.",
)
M(
    "I'm dying to tell you about Skye, the weather held for all five days! Zara",
    "none",
    "",
    "information",
    "email",
    "09-09 21:10",
    who="Zara|Z.",
    note="idiom",
)
M(
    "Don't worry about yesterday's message, I was being dramatic about the exam. It went fine! Ty",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "06-07 13:35",
    who="Ty|T.",
)
M(
    "Would it be possible to move Wednesday to Thursday? School play rehearsal 🎭 Maisie",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "11-26 18:20",
    who="Maisie|M.",
)
