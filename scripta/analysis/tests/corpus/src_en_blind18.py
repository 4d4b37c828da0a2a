# Blind round 18 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-17), measured once
# with engine 2026.11.23 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients and people around them to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b18en-01: self-harm urge (burning), teenager
M(
    "the urge to press the straighteners on my wrist is proper loud tonight. havent done it yet. dont know what to do with myself x",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-24 23:47",
    who="Kayleigh|K",
    g="b18en-01",
    v="base",
)
M(
    "the urge to press the straighteners on my wrist isnt there tonight. havent done it in weeks. dont know what to do with myself now its gone x",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-25 23:12",
    who="Kayleigh|K",
    g="b18en-01",
    v="negation",
)
M(
    "the urge to press the straighteners on my wrist was proper loud back in year 9. havent done it since. dont know why it popped into my head x",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-26 17:05",
    who="Kayleigh|K",
    g="b18en-01",
    v="tense",
)

# b18en-02: passive wish to be dead, retired man
M(
    "Dear Ms Fairbairn,\n\nSome mornings I lie there hoping my heart simply gives out before the radio comes on, so I don't have to get up and face another grey day of it. I thought you should know before Thursday.\n\nRegards,\nDerek Hollis",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-16 06:20",
    who="Derek|Derek Hollis",
    g="b18en-02",
    v="base",
)
M(
    "Dear Ms Fairbairn,\n\nOur reading circle got to the line in the new novel, 'some mornings he lay there hoping his heart would simply give out before the radio came on', and we had a lively argument about whether the author meant it. I thought you'd enjoy that before Thursday.\n\nRegards,\nDerek Hollis",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-16 10:20",
    who="Derek|Derek Hollis",
    g="b18en-02",
    v="quotation",
)
M(
    "Dear Ms Fairbairn,\n\nMy old friend Stan told me at the bowls club that some mornings he lies there hoping his heart simply gives out before the radio comes on. I didn't know what to say to him, and it has been weighing on me. I thought you should know before Thursday.\n\nRegards,\nDerek Hollis",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="11-17 09:40",
    who="Derek|Derek Hollis",
    g="b18en-02",
    v="person",
)

# b18en-03: tablets lined up with a time
M(
    "got the co-codamol from mums cupboard and all my paracetamol lined up on the bathroom shelf. doing it once the house is asleep.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-26 00:52",
    who="Jess",
    g="b18en-03",
    v="base",
)
M(
    "got the co-codamol from mums cupboard and all my paracetamol lined up for the festival bag. packing it once the house is asleep so i dont wake anyone.",
    "none",
    sig="",
    top="medication information",
    ch="whatsapp",
    at="11-19 22:30",
    who="Jess",
    g="b18en-03",
    v="idiom",
)
M(
    "if i ever got to the point of lining up the co-codamol and paracetamol on the bathroom shelf, would you want me to ring you or 999?",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-20 16:15",
    who="Jess",
    g="b18en-03",
    v="negation",
)

# b18en-04: not wanting to be here by a date
M(
    "I'm finished with all of it. I don't want to still be here by Christmas.",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-20 22:10",
    who="Marcus|M",
    g="b18en-04",
    v="base",
)
M(
    "I'm finished with all of it, the audit, the filing, the lot. I don't want to still be here by Christmas so I've handed my notice in!",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-20 17:45",
    who="Marcus|M",
    g="b18en-04",
    v="idiom",
)

# b18en-05: home life unbearable, capitals
M(
    "i cannot do one more week in this house. the shouting, the doors slamming, all of it. nothing is ever going to change here",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 19:35",
    who="Shona",
    g="b18en-05",
    v="base",
)
M(
    "I CANNOT DO ONE MORE WEEK IN THIS HOUSE. THE SHOUTING, THE DOORS SLAMMING, ALL OF IT. NOTHING IS EVER GOING TO CHANGE HERE",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 19:41",
    who="Shona",
    g="b18en-05",
    v="caps",
)

# b18en-06: withdrawal, smiling emoji
M(
    "Skipped all my lectures again. Haven't left my room since Sunday.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 15:02",
    who="Theo",
    g="b18en-06",
    v="base",
)
M(
    "Skipped all my lectures again. Haven't left my room since Sunday 🙂",
    "moderate",
    sig="withdrawal valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 15:02",
    who="Theo",
    g="b18en-06",
    v="emoticon",
)

# b18en-07: texting abbreviation, serious and joking
M(
    "ngl i actually want to kms. not a joke this time, been thinking about how for days",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-23 01:36",
    who="Ruby",
    g="b18en-07",
    v="base",
)
M(
    "ngl i actually want to kms 😂 my mum just sent my crush a friend request",
    "none",
    sig="valence_shift",
    top="information",
    ch="sms",
    at="11-23 19:20",
    who="Ruby",
    g="b18en-07",
    v="idiom",
)

# b18en-08: parent reports the patient vs a friend of the patient
M(
    "Hello, it's Gail, Jordan's mum. He told his PE teacher today he's been thinking about stepping out in front of the school bus. He's home with me now and very quiet. Could you see him sooner than the 3rd?\n\nGail Morrow",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="email",
    at="11-19 16:40",
    who="Gail|Gail Morrow",
    g="b18en-08",
    v="base",
)
M(
    "Hello, it's Gail, Jordan's mum. His friend Callum told the PE teacher today he's been thinking about stepping out in front of the school bus. Jordan's home with me now and very quiet, it's shaken him. Could you see him sooner than the 3rd?\n\nGail Morrow",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-19 16:40",
    who="Gail|Gail Morrow",
    g="b18en-08",
    v="person",
)

# b18en-09: overdose taken with alcohol, recent vs years ago
M(
    "Took the rest of my sertraline strip with vodka about an hour ago. Feel sick and floaty. Wanted someone to know.",
    "imminent",
    sig="self_harm suicidal_ideation substance_use",
    top="medication psychotherapy",
    ch="portal",
    at="11-25 21:18",
    who="Olu|Olu Adeyemi",
    g="b18en-09",
    v="base",
)
M(
    "About four years ago I took the rest of my sertraline strip with vodka. It came back to me today at the chemist's counter. Wanted someone to know.",
    "low",
    sig="",
    top="medication psychotherapy",
    ch="portal",
    at="11-25 18:02",
    who="Olu|Olu Adeyemi",
    g="b18en-09",
    v="tense",
)

# b18en-10: own words vs a choir lyric
M(
    "Bury me where the river bends. I'm tired of pretending I'm fine.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 23:58",
    who="Ffion",
    g="b18en-10",
    v="base",
)
M(
    "Our choir is singing 'Bury me where the river bends, I'm tired of pretending I'm fine' at the Christmas concert. Bit bleak for mince pie season!",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-21 12:30",
    who="Ffion",
    g="b18en-10",
    v="quotation",
)

# b18en-11: method thought while driving, and its absence
M(
    "Kept thinking about driving the car into the reservoir on the way home from work again.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-17 18:25",
    who="Neil",
    g="b18en-11",
    v="base",
)
M(
    "Didn't think about driving the car into the reservoir on the way home from work this time. Small wins.",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-24 18:31",
    who="Neil",
    g="b18en-11",
    v="negation",
)

# b18en-12: farewell in a context of risk vs a move away
M(
    "Helen,\n\nThank you for putting up with me for these two years. Please don't think any of this was your fault. Goodbye.\n\nA.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-26 03:05",
    who="Anneliese|A",
    g="b18en-12",
    v="base",
)
M(
    "Helen,\n\nThank you for putting up with me for these two years! We move to Aberdeen on Friday, so this is goodbye from me. I'll send a postcard.\n\nA.",
    "none",
    sig="",
    top="information psychotherapy",
    ch="email",
    at="11-24 10:30",
    who="Anneliese|A",
    g="b18en-12",
    v="idiom",
)

# b18en-13: means in the car and a place, capitals, and the means handed over
M(
    "ive got the rope in the boot of the car. going up to the woods once its dark",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 15:44",
    who="Craig",
    g="b18en-13",
    v="base",
)
M(
    "IVE GOT THE ROPE IN THE BOOT OF THE CAR. GOING UP TO THE WOODS ONCE ITS DARK",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 15:44",
    who="Craig",
    g="b18en-13",
    v="caps",
)
M(
    "i havent got the rope in the boot of the car any more. gave it to my brother like we planned, not going up to the woods",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 10:05",
    who="Craig",
    g="b18en-13",
    v="negation",
)

# ==== single messages: high

M(
    "Been reading the propranolol leaflet over and over, working out how many would be too many. I haven't taken any extra. I just can't stop checking.",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-16 22:40",
    who="Bernadette|B",
)
M(
    "no gonnae lie, been lookin at the bridge ower the Clyde different lately. like it's waitin on me. no daein anythin the nicht, just wanted ye tae know. Stevie",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 00:31",
    who="Stevie",
)
M(
    "Dear Dr Mensah,\n\nI have been to the solicitor this week and put my will in order, and I've written out instructions for whoever takes the dog. I mention it because you asked me to be straight with you about this sort of thing, and I suspect you will read more into it than my daughter did.\n\nGordon Pike",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-14 11:20",
    who="Gordon|Gordon Pike",
)
M(
    "i scrached my legs again last nite with the compass from my maths set. its not deep. pls dont tell mum yet",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-23 22:58",
    who="Maisie",
)
M(
    "This is Rob, Aisha's husband. For the last week she's been saying at bedtime that she'd like to 'switch off and stay off'. She laughs after, but it doesn't sound like a joke to me. She doesn't know I'm writing to you.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-18 07:45",
    who="Rob|Robert Khan",
)
M(
    "Keep catching myself deciding which of the lads gets the PS5 and who gets the bike. Bit of a weird thing to be sorting out in my head on a Tuesday isn't it",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-17 13:12",
    who="Jamie",
)
M(
    "Hi Dr Mensah,\n\nSorry this is long, I started writing it on the bus and it kept going. The short version is that the thesis is three months behind, my supervisor has stopped replying to me, and my visa depends on finishing by August. I've been at my desk from eight until midnight most days and I'm producing maybe a paragraph. My flatmates are lovely but they're all in different programmes and I don't want to be the one who makes the kitchen awkward again.\n\nI know we said I'd try the timetable with the breaks built in. I did it for four days and then it fell apart when the lab booking got cancelled. I keep telling myself that's the normal rhythm of a PhD, that everyone feels like a fraud, that it'll click. It hasn't clicked for a long time.\n\nThe part I actually wanted to tell you, and didn't manage to on Thursday, is this: some days the tidiest solution to all of it looks like me not existing any more. No more deadlines, no more disappointing my parents, nothing to fix. I don't have a plan. I'm telling you because you said the thoughts were better out than in.\n\nAnjali",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="email",
    at="11-15 23:36",
    tz="America/Toronto",
    who="Anjali|A",
)
M(
    "Since Gareth passed the house is that quiet, nobody calls round any more. Every night I ask the Lord to take me as well. I'd go gladly, I would. Glenys",
    "high",
    sig="suicidal_ideation loneliness",
    top="psychotherapy",
    ch="portal",
    at="11-12 20:05",
    who="Glenys",
)
M(
    "picked at the old cuts on my thigh till they opened up again then added a few new ones. feel calmer now which is the messed up bit",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 02:12",
    who="Ash",
)
M(
    "if the lorry in front jackknifed right now i dont think id brake. thats where my heads at tonight",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-21 23:15",
    who="Kieran",
)
M(
    "Hello, I'm Denise, I look after Mr Whitlock on weekdays. This afternoon he asked me, quite calmly, how many of his fentanyl patches it would take so he wouldn't 'be a nuisance to anybody again'. I've put the box in my bag for now. Could you ring me?\n\nDenise Ward\n07700 900431",
    "high",
    sig="suicidal_ideation support_request",
    top="medication psychotherapy",
    ch="email",
    at="11-19 14:30",
    who="Denise|Denise Ward",
)

# ==== single messages: imminent

M(
    "counted them out. 42. thats enough. doing it when the heating clicks off",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-25 02:14",
    who="Lee",
)
M(
    "I'm out on the cliff walk past the lighthouse. Left the car open with the keys in it for Dara. You were very decent to me, I wanted you to know that.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 17:50",
    tz="Europe/Dublin",
    who="Siobhán|Siobhan",
)
M(
    "URGENT - this is Mark, Ellie's dad. She's swallowed a load of my ibuprofen and some of her mum's sleeping tablets, we don't know how many. Ambulance is on its way. Please call me as soon as you see this.\nMark",
    "imminent",
    sig="self_harm suicidal_ideation urgency support_request",
    top="medication psychotherapy",
    ch="email",
    at="11-20 19:02",
    who="Mark|Mark Ellery",
)
M(
    "I went deeper than I meant with the razor and the towel's soaked through. It won't stop. I'm scared to ring anyone.",
    "imminent",
    sig="self_harm",
    top="psychotherapy",
    ch="portal",
    at="11-23 01:40",
    who="Harriet|H",
)
M(
    "Shotgun's cleaned and loaded in the office. Written to both the lads. After the news tonight. Alan",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 21:05",
    who="Alan",
)
M(
    "bought rope from b&q today lol. not for the garden. sat here working out where, tonight 🙂",
    "imminent",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="sms",
    at="11-19 18:33",
    who="Dean",
)
M(
    "Goodbye Dr Anand. I've taken everything in the cabinet and I'm lying down now. Thank you for trying.",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-24 23:51",
    who="Wen|Wen Li",
)
M(
    "It's Tom, Leah's boyfriend. She's locked in the bathroom saying she's going out the window when I stop knocking. We're on the 6th floor. Please ring me NOW",
    "imminent",
    sig="suicidal_ideation urgency support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 03:20",
    who="Tom",
)
M(
    "By the time you read this I'll have done what I've been circling all autumn. I scheduled it to send at nine so you'd be at your desk and not alone with it at night. None of this is on you. R.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-26 09:00",
    who="Rosalind|R",
)
M(
    "im stood on platform 3 at Doncaster waitin for the fast one that dont stop here. sorry for everythin",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-18 22:41",
    who="Daz|Darren",
)
M(
    "drove up the multistorey. top level. sat here with the engine off. this is it i think",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:08",
    who="Marek",
)
M(
    "Hi, it's Priya, Mr Sandhu's daughter. Dad has stopped his insulin on purpose since Sunday. He told me 'let it take me, I've had my innings'. He's getting drowsy and won't let me call the GP. Can you phone me today please?",
    "imminent",
    sig="suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-17 08:15",
    who="Priya|Priya Sandhu",
)

# ==== single messages: moderate

M(
    "Haven't been out of my dressing gown since Saturday. Rang in sick Monday and today.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-13 12:30",
    who="Colette",
)
M(
    "whats even the point sending more CVs off, nothing ever comes of it and nothing will",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="email",
    at="11-12 21:47",
    who="Tariq",
)
M(
    "been smoking way more weed than i let on. wake n bake every day just to get through my shifts",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-14 10:15",
    who="Reece",
)
M(
    "Third panic attack today. Left my trolley in the middle of Tesco. I can't get my breathing to settle and it's swallowing the whole day",
    "moderate",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-24 17:05",
    who="Amira",
)
M(
    "I'm frightened I won't make it out the other side of this winter, and I'm not sure I can explain why. Could we talk about it next week?\n\nVivienne",
    "moderate",
    sig="hopelessness support_request",
    top="psychotherapy",
    ch="email",
    at="11-10 20:15",
    who="Vivienne|V",
)
M(
    "It's Lorraine, Kai's mum. Kai hasn't been to school since Wednesday. He stays in his room with the blinds down and won't come down to eat with us.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-19 08:02",
    who="Lorraine|Lorraine Beckett",
)
M(
    "I'm banjaxed. There's nothing left in me and I can't keep going on like this, week in week out.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-15 22:30",
    tz="Europe/Dublin",
    who="Declan",
)
M(
    "Gin at 11 this morning. First time that early. It takes the edge off the dread",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-20 11:40",
    who="Fiona",
)
M(
    "Dear Dr Mensah, I'll be honest: I don't see any of this improving. Therapy, the tablets, the walks you suggested, I'm going through the motions. Hugh",
    "moderate",
    sig="hopelessness",
    top="medication psychotherapy",
    ch="email",
    at="11-11 18:00",
    who="Hugh|Hugh Barrington",
)
M(
    "Took two extra diazepam on top of my dose to get through the custody hearing, and another one tonight.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="portal",
    at="11-21 22:05",
    who="Natalie|N",
)
M(
    "stayed under the duvet all sunday and most of today. phone off to everyone. only turned it on to message you",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 23:40",
    who="Bex|Rebecca",
)
M(
    "I think this is as good as my life gets, and it isn't good. I don't know why I keep turning up on Wednesdays.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-09 16:20",
    who="Malcolm",
)
M(
    "Good evening, I'm Joy, Mrs Pryce's carer from the agency. She hasn't got out of bed for two days now and has refused her meals, which isn't like her. Her daughter asked me to let you know.\nJoy Okoro",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="email",
    at="11-16 17:45",
    who="Joy|Joy Okoro",
)
M(
    "I can't hack another night like this. Any chance of an extra session this week?",
    "moderate",
    sig="hopelessness support_request",
    top="psychotherapy",
    ch="sms",
    at="11-25 21:55",
    who="Sam",
)
M(
    "been doing lines at the weekend more than id admit and now midweek too. its the only time i dont feel flat",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 13:30",
    who="Ollie",
)

# ==== single messages: low

M(
    "Bit flat today, nothing dramatic. Just wanted to say it to someone.",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-14 15:20",
    who="Gemma",
)
M(
    "Could we squeeze a call in before Thursday? Rough few days with my mum",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-18 09:10",
    who="Adil",
)
M(
    "Everyone's gone to the fireworks except me. Feeling properly lonely tonight.",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-05 20:50",
    who="Tilly",
)
M(
    "My friend Sanjay posted something really worrying last night about not wanting to be around. I've messaged his sister. It's rattled me a bit.",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 08:05",
    who="Holly",
)
M(
    "Been thinking about what we covered on Monday, the years I was cutting at uni. It was a relief to finally say it out loud.",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-11 19:30",
    who="Megan|M",
)
M(
    "Hi, random question: if I ever did feel like hurting myself between sessions, is there a number you'd want me to use? Not an issue now, just planning ahead. Chris",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="11-13 10:45",
    who="Chris|Chris Doyle",
)
M(
    "Just so you know, no thoughts about ending things this week. Mood's middling but steady.",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-22 18:10",
    who="Pete",
)
M(
    "Dad's anniversary tomorrow. Heavy heart today :(",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 21:15",
    who="Linda",
)
M(
    "Hi, it's Nadia's dad. She came home from school low and tearful about the friendship group again. Nothing alarming, just keeping you in the loop. Yusuf",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-25 16:35",
    who="Yusuf|Yusuf Rahman",
)
M(
    "Sorry for messaging on a Sunday. I'm okay, just lonely since the move. Nobody here knows me yet.\n\nCarys",
    "low",
    sig="loneliness apology",
    top="psychotherapy",
    ch="email",
    at="11-08 11:05",
    who="Carys",
)
M(
    "My brother's been drinking every day since he got laid off, I don't know how to help him",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-19 20:25",
    who="Femi",
)
M(
    "Didn't drink at all this weekend! Bit teary on Sunday but I got through it",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-23 19:00",
    who="Aoife",
)

# ==== single messages: none

M(
    "Hi Claire, need to move Thursday's 4pm, car's in the garage. Any chance of Friday instead? Ewan",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-16 08:20",
    who="Ewan",
)
M(
    "Good morning, could you send the October invoice again with my insurer's reference on it (AXM-22817)? They've bounced the first one.\n\nMany thanks,\nPatricia Lowe",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-10 09:30",
    who="Patricia|Patricia Lowe",
)
M(
    "This marking is murdering me, 90 essays by Friday 😅 see you Monday",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-17 21:10",
    who="Imogen",
)
M(
    "I'd kill for a lie in. Running on four hours since the baby came. See you Weds",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-12 06:10",
    who="Jade",
)
M(
    "Did the presentation!! Hands shaking the whole time but I did it",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-20 17:30",
    who="Aaron",
)
M(
    "I wrote a poem for my module called 'Last Train Home', the narrator steps off the platform edge into the dark at the end. My tutor called it 'devastatingly good'! Bit proud actually. Lottie",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-15 14:00",
    who="Lottie|Charlotte",
)
M(
    "Watched that documentary about the helpline volunteers last night, really moving. Might sign up myself next year.",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-13 22:40",
    who="Hamza",
)
M(
    "Dr Patel's put my sertraline up to 100mg from Monday, just letting you know for your notes.",
    "none",
    sig="",
    top="medication",
    ch="portal",
    at="11-09 10:00",
    who="Gillian|G",
)
M(
    "My sister's driving me up the wall and off a cliff with this wedding planning 😂",
    "none",
    sig="valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 12:45",
    who="Zara",
)
M(
    "I'm deid on my feet after the night shift, see you Wednesday",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-18 07:40",
    who="Iain",
)
M(
    "Thanks for today, that chair exercise was strange but it really helped :)",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-10 18:30",
    who="Sophie",
)
M(
    "The video link isn't working, it keeps saying the room is locked?",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-24 15:58",
    who="Graham",
)
M(
    "Pulled the plug on the allotment at last, far too much work with my knees. Feels like a weight off. See you on the 2nd.\n\nMoira",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-14 19:20",
    who="Moira|Moira Dunlop",
)
M(
    "Hi, Ben's mum here. He's got the dentist so he'll be 15 minutes late on Tuesday. Sarah",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-23 08:50",
    who="Sarah",
)
M(
    "Overdosed on mince pies at the work do. Never again 🤢",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-26 22:15",
    who="Kwame",
)
M(
    "Jumped off the top board at the leisure centre today!! Face-your-fears homework done ✔️",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-22 16:00",
    who="Nia",
)
M(
    "Hello, my employer's occupational health team have asked for a short letter confirming I'm attending sessions. Is that something you could do? No details needed.\n\nKind regards,\nRajesh Nair",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-11 13:15",
    who="Rajesh|Rajesh Nair",
)
M(
    "Happy to report the panic has been much quieter. Used the breathing thing on the tube twice and it worked.",
    "none",
    sig="",
    top="information psychotherapy",
    ch="portal",
    at="11-25 12:20",
    who="Beth",
)
M(
    "If I hear that Christmas advert one more time I'm throwing myself under the next delivery van 😂 anyway all good for Friday",
    "none",
    sig="valence_shift",
    top="information",
    ch="whatsapp",
    at="11-20 20:20",
    who="Dom",
)
M(
    "Can't make tomorrow, the little one's got chickenpox 🙁 could we do next week?",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-12 07:55",
    who="Hannah",
)
