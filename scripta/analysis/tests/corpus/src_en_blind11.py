# Blind round 11 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-10), measured once
# with engine 2026.11.16 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (British, American, Irish, Australian and other speakers), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants
M(
    "Honestly most nights on the 22:40 back from Leeds I wish I could nod off against the window and just never wake up. Not being dramatic, it's just there. Priya",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-17 22:58",
    who="Priya|P.",
    g="b11en-01",
    v="base",
    note="passive wish to be dead",
)
M(
    "Honestly most nights on the 22:40 back from Leeds I'm shattered, but I don't wish I could nod off and never wake up any more. That's new since September. Priya",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-17 22:58",
    who="Priya|P.",
    g="b11en-01",
    v="negation",
    note="negated passive wish -> low",
)
M(
    "Honestly most nights on the 22:40 back from Leeds I could nod off against the window and sleep right through to Edinburgh, I'm dead on my feet. Priya",
    "none",
    "",
    "information",
    "whatsapp",
    "02-17 22:58",
    who="Priya|P.",
    g="b11en-01",
    v="idiom",
    note="tiredness idiom",
)

M(
    "Counted them out on the kitchen table, 28 of the amitriptyline and the co-codamol Mam had after her hip. Tonight when Dad's asleep. Sorry Dr Whelan. Ciara",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "03-06 23:41",
    tz="Europe/Dublin",
    who="Ciara|C.",
    g="b11en-02",
    v="base",
    note="pills counted + time: plan",
)
M(
    "Last March I counted them out on the kitchen table, 28 of the amitriptyline and Mam's co-codamol, like I told you in our first session. It doesn't feel like that now. Ciara",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "03-06 23:41",
    tz="Europe/Dublin",
    who="Ciara|C.",
    g="b11en-02",
    v="tense",
    note="past, discussed in therapy -> low",
)
M(
    "My friend Aoife just texted that she's counted them out on her kitchen table, 28 of her amitriptyline. Tonight when her dad's asleep. I've rang her mam, what else do I do?? Ciara",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "03-06 23:41",
    tz="Europe/Dublin",
    who="Ciara|C.",
    g="b11en-02",
    v="person",
    note="someone else's plan -> low (worry)",
)

M(
    "cut my thigh again last night with the blade out of the pencil sharpener. not deep. havent told mum. jess",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "01-20 07:45",
    who="Jess|J.",
    g="b11en-03",
    v="base",
    note="recent self-harm",
)
M(
    "didnt cut my thigh last night, had the blade out of the pencil sharpener in my hand and put it in the bin instead. havent told mum. jess",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-20 07:45",
    who="Jess|J.",
    g="b11en-03",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "cut my thigh again last night with the blade out of the pencil sharpener. not deep. havent told mum 🙂 jess",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "whatsapp",
    "01-20 07:45",
    who="Jess|J.",
    g="b11en-03",
    v="emoticon",
    note="smile on self-harm: valence shift",
)

M(
    "Honestly I want to kill myself. Third deadline moved up this week, the client has rewritten the brief twice and I've been at the office till ten every night. Mark",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "04-08 21:10",
    who="Mark|M.",
    g="b11en-04",
    v="base",
)
M(
    "Honestly this brief is going to kill me. Third deadline moved up this week, the client has rewritten the brief twice and I've been at the office till ten every night. Mark",
    "none",
    "",
    "information",
    "email",
    "04-08 21:10",
    who="Mark|M.",
    g="b11en-04",
    v="idiom",
    note="work hyperbole, busy week as fact",
)
M(
    '"Honestly I want to kill myself" is what my manager said in the all-hands, and everyone laughed. Third deadline moved up this week, the client has rewritten the brief twice and I\'ve been at the office till ten every night. Mark',
    "none",
    "",
    "information",
    "email",
    "04-08 21:10",
    who="Mark|M.",
    g="b11en-04",
    v="quotation",
    note="someone else's hyperbole quoted; busy week as fact",
)

M(
    "I don't want to be here anymore. Been on the sofa since Saturday with the telly on mute. Kev",
    "high",
    "suicidal_ideation withdrawal",
    "psychotherapy",
    "whatsapp",
    "05-12 15:20",
    who="Kev|K.",
    g="b11en-05",
    v="base",
)
M(
    "\"I don't want to be here anymore.\" That's my character's opening line in the play we're doing at the Fringe, she's been on the sofa since Saturday with the telly on mute. Kev",
    "none",
    "",
    "information",
    "whatsapp",
    "05-12 15:20",
    who="Kev|K.",
    g="b11en-05",
    v="quotation",
    note="line from a play the sender performs",
)

M(
    "I can't do this anymore. The baby hasn't slept more than 40 minutes at a time since Sunday and Rob is away till the 14th. Natalie",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "06-09 04:12",
    who="Natalie|N.",
    g="b11en-06",
    v="base",
)
M(
    "I CAN'T DO THIS ANYMORE. The baby hasn't slept more than 40 minutes at a time since Sunday and Rob is away till the 14th. Natalie",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "06-09 04:12",
    who="Natalie|N.",
    g="b11en-06",
    v="caps",
)

M(
    "I took the whole strip of paracetamol about an hour ago. 16 of them. Feel sick. Sam",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "07-03 01:20",
    who="Sam|S.",
    g="b11en-07",
    v="base",
    note="overdose taken",
)
M(
    "Two years ago tonight I took the whole strip of paracetamol, 16 of them. Feel a bit sick thinking about it but I'm ok, honestly. Sam",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "07-03 01:20",
    who="Sam|S.",
    g="b11en-07",
    v="tense",
    note="anniversary of a past overdose -> low",
)

M(
    "Been drinking since lunch, half the bottle of Smirnoff's gone. Can't face the flat on my own. Rhys",
    "moderate",
    "substance_use loneliness",
    "psychotherapy",
    "whatsapp",
    "08-15 16:30",
    who="Rhys|R.",
    g="b11en-08",
    v="base",
)
M(
    "My flatmate's been drinking since lunch, half the bottle of Smirnoff's gone. He can't face the flat on his own and I've got to go to work. Rhys",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-15 16:30",
    who="Rhys|R.",
    g="b11en-08",
    v="person",
    note="someone else's drinking -> low (worry)",
)

M(
    "Dear Dr Kaur, Lily told the school nurse today that she wants to die. She wouldn't say more to me in the car. Her session is next Wednesday; should we come sooner? Joanne Pryce",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "09-22 17:05",
    who="Joanne|Pryce|J.P.",
    g="b11en-09",
    v="base",
    note="parent reports the patient",
)
M(
    "Dear Dr Kaur, Lily told the school nurse today that she doesn't want to die, the nurse asked her straight out after the row in the group chat. She wouldn't say more to me in the car. Her session is next Wednesday; should we come sooner? Joanne Pryce",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "09-22 17:05",
    who="Joanne|Pryce|J.P.",
    g="b11en-09",
    v="negation",
    note="negated wish to die, reported by parent -> low",
)
M(
    "Dear Dr Kaur, Lily's drama group is doing a play in which a girl tells the school nurse that she wants to die, and Lily has the part. She was very proud in the car. Her session is next Wednesday, see you then. Joanne Pryce",
    "none",
    "",
    "information",
    "email",
    "09-22 17:05",
    who="Joanne|Pryce|J.P.",
    g="b11en-09",
    v="quotation",
    note="line of a play",
)

M(
    "everyone would be better off without me. even mum. especially mum. — Hannah",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-02 22:30",
    who="Hannah|H.",
    g="b11en-10",
    v="base",
    note="perceived burdensomeness",
)
M(
    "we have to write a poem for English from the POV of a ghost and my last line is 'everyone would be better off without me. even mum. especially mum.' is that too dark for Year 10?? — Hannah",
    "none",
    "",
    "information",
    "portal",
    "10-02 22:30",
    who="Hannah|H.",
    g="b11en-10",
    v="quotation",
    note="poem for class",
)

M(
    "I keep thinking about the bridge at Clifton. Drove past it twice this week. Callum",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-19 23:15",
    who="Callum|C.",
    g="b11en-11",
    v="base",
    note="thinking about a method/place",
)
M(
    "I keep thinking about the bridge at Clifton... Drove past it twice this week... Callum...",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-19 23:15",
    who="Callum|C.",
    g="b11en-11",
    v="emoticon",
    note="ellipsis form variant",
)
M(
    "I keep thinking about the bridge at Clifton. Drove past it twice this week for Year 8's Brunel project, Alfie wants a model of it out of lolly sticks. Callum",
    "none",
    "",
    "information",
    "whatsapp",
    "10-19 23:15",
    who="Callum|C.",
    g="b11en-11",
    v="idiom",
    note="harmless look-alike: school project",
)

M(
    "I keep thinking about taking all my lithium at once. It's in the bathroom cabinet. Grace",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-03 20:40",
    who="Grace|G.",
    g="b11en-12",
    v="base",
    note="thinking about a method",
)
M(
    "If I ever started thinking about taking all my lithium at once, what should I do? Just asking so I know. Grace",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "11-03 20:40",
    who="Grace|G.",
    g="b11en-12",
    v="negation",
    note="hypothetical question -> low",
)

M(
    "I'm going to end it tonight. I've made my peace with it and I feel calm for the first time in weeks. Eilidh",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-31 21:50",
    who="Eilidh|E.",
    g="b11en-13",
    v="base",
    note="intent with time",
)
M(
    "I'm going to end it with Ross tonight. I've made my peace with it and I feel calm for the first time in weeks. Eilidh",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "01-31 21:50",
    who="Eilidh|E.",
    g="b11en-13",
    v="idiom",
    note="ending a relationship",
)

M(
    "Took all my sleeping pills at once about ten minutes ago, the whole new box of zopiclone. Brenda",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "02-26 00:30",
    who="Brenda|B.",
    g="b11en-14",
    v="base",
    note="overdose taken",
)
M(
    "Took all my sleeping pills with me to Lanzarote, the whole new box of zopiclone, but forgot the plug adapter! Brenda",
    "none",
    "",
    "medication information",
    "sms",
    "02-26 00:30",
    who="Brenda|B.",
    g="b11en-14",
    v="idiom",
    note="everyday phrase: travel",
)

M(
    "I wrote my will today and put it in the drawer with the car keys. Not planning anything, just wanted it done. Alan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "03-19 19:00",
    who="Alan|A.",
    g="b11en-15",
    v="base",
    note="preparation; negated plan does not lower",
)
M(
    "I wrote my will today because we're buying the house in Didsbury and the solicitor insisted. Put it in the drawer with the car keys. Alan",
    "none",
    "",
    "information",
    "email",
    "03-19 19:00",
    who="Alan|A.",
    g="b11en-15",
    v="idiom",
    note="harmless look-alike: house purchase",
)

M(
    "please call me now im on the top floor of the multistorey at broadmarsh and im going to jump",
    "imminent",
    "suicidal_ideation urgency support_request",
    "psychotherapy",
    "sms",
    "04-25 02:10",
    who="Tariq|T.",
    g="b11en-16",
    v="base",
    note="intent + place",
)
M(
    "PLEASE CALL ME NOW IM ON THE TOP FLOOR OF THE MULTISTOREY AT BROADMARSH AND IM GOING TO JUMP",
    "imminent",
    "suicidal_ideation urgency support_request",
    "psychotherapy",
    "sms",
    "04-25 02:10",
    who="Tariq|T.",
    g="b11en-16",
    v="caps",
)

M(
    "Been scratching my arms with the compass from my maths set again since Sunday. Ffion",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "05-21 18:25",
    who="Ffion|F.",
    g="b11en-17",
    v="base",
)
M(
    "My little brother's been scratching his arms with the compass from his maths set since Sunday. Should I tell Mum? Ffion",
    "low",
    "",
    "psychotherapy",
    "portal",
    "05-21 18:25",
    who="Ffion|F.",
    g="b11en-17",
    v="person",
    note="sibling is not the patient -> low",
)

M(
    "I don't want to wake up tomorrow. Dee",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-27 23:55",
    who="Dee|D.",
    g="b11en-18",
    v="base",
    note="negation carries the risk",
)
M(
    "I don't want to wake up tomorrow at 5 for the early shift lol. Can we move Thursday to the afternoon? Dee",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "06-27 23:55",
    who="Dee|D.",
    g="b11en-18",
    v="idiom",
)

M(
    "You really annoyed me on Tuesday when you kept checking the clock. Nico :(",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "07-16 12:05",
    who="Nico|N.",
    g="b11en-19",
    v="base",
    note="irritation with the therapist",
)
M(
    "You really annoyed me on Tuesday when you kept checking the clock. Nico :)",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-16 12:05",
    who="Nico|N.",
    g="b11en-19",
    v="emoticon",
)

M(
    "I feel so alone at uni, everyone's already got their group. Tasha",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "09-30 21:35",
    who="Tasha|T.",
    g="b11en-20",
    v="base",
)
M(
    "\"I feel so alone at uni, everyone's already got their group\" is literally the first line of the wellbeing leaflet the SU handed out at Freshers' lol. Tasha",
    "none",
    "",
    "information",
    "sms",
    "09-30 21:35",
    who="Tasha|T.",
    g="b11en-20",
    v="quotation",
    note="quoted leaflet",
)

# ==== single messages: high and imminent
M(
    "Hi Dr. Lindqvist,\n\nI know we said e-mails only for scheduling, so apologies in advance for the length. The short version: the move to Milwaukee is done, the boxes are mostly unpacked, and Carter started at the new daycare on Monday without crying, which felt like a small miracle. Work is the same as it was in Chicago, only with a longer commute on I-94, about forty minutes each way if the Marquette interchange behaves.\n\nMy sister flew in for the weekend and we did the lakefront, the art museum with the wings, and a fish fry at a supper club her coworker swore by. It was nice. I smiled in the pictures. Greg was relieved, I think, because he keeps asking if the move was a mistake and I keep saying no.\n\nThe part I haven't told anyone: most mornings on the overpass by the stadium I think about how easy it would be to just not turn the wheel, and lately I've been picturing it in detail, which barrier, which speed. I don't know what to do with that. When I fly to Denver for the conference next month I caught myself hoping the plane would just go down.\n\nAnyway, I can do Thursday at 7:30 a.m. Central for the video session if that still works for you. Carter's grandma will take him.\n\nThanks,\nMeredith",
    "high",
    "suicidal_ideation apology",
    "information psychotherapy",
    "email",
    "11-11 06:05",
    tz="America/Chicago",
    who="Meredith|M.",
    note="risk buried in a long e-mail: thinking about a method, passive wish",
)
M(
    "Sorry for my english. Every day I am thinking it would be better if I am not existing, also for my children, they have their father and his new wife. I go to work at the hotel, I smile, I come home. Agnieszka",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "01-14 22:10",
    who="Agnieszka|A.",
    note="second-language writer, wish not to exist",
)
M(
    "ngl been thinking abt just not being here anymore. like not in a dramatic way just... gone. dont tell mum x",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-08 01:47",
    who="Maya|M.",
    note="teen chat style, unsigned",
)
M(
    "Good evening Ma'am, I am having the thoughts again of ending my life. I will not act on them, only I wanted you to know before Monday session. Please do not inform my father. Rohan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "03-02 21:20",
    tz="Asia/Kolkata",
    who="Rohan|R.",
    note="Indian English; negated intent does not lower ideation",
)
M(
    "Been scratching my wrists with the razor from Dad's shaving kit again, eish. Not deep, plasters and a long sleeve. Just so you know before Thursday. Thandi",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-16 19:35",
    tz="Africa/Johannesburg",
    who="Thandi|T.",
    note="South African English, recent self-harm",
)
M(
    "Cannae stop thinking aboot the Erskine Bridge. Drove ower it twice the day just tae look. Havnae decided anythin. Fraser",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-05 22:20",
    who="Fraser|F.",
    note="Scots; thinking about a place/method",
)
M(
    "Hi Dr Okafor, it's Karen, Noah's mum. I found cuts on Noah's forearms this morning when he was getting changed for PE. He admitted he did them himself with a compass on Sunday night. He's at school now, I didn't know whether to keep him home. Can you fit him in this week? Karen Hughes\n07700 900412",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "sms",
    "06-01 08:15",
    who="Karen|Hughes|K.H.",
    note="parent reports the patient's self-harm",
)
M(
    "Thank you for everything these two years, Dr Hale. You did more than anyone could have. Please tell Mia none of this was her fault. Goodbye. Ben",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "06-20 03:05",
    who="Ben|B.",
    note="farewell at 3 am",
)
M(
    "took the lot of my quetiapine about 40 min ago with half a cask of goon. feeling floaty. sorry. jaz",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "sms",
    "07-11 23:20",
    tz="Australia/Brisbane",
    who="Jaz|J.",
    note="overdose taken with alcohol (Australian slang)",
)
M(
    "Fed Biscuit, left the spare key with Mrs Ahmed next door, posted the car logbook to my brother. Hose is in the boot. Tonight once it's dark. Don't ring the police. G.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-04 18:40",
    who="Gareth|G.",
    note="plan told through everyday preparations",
)
M(
    "URGENT. Our daughter Maddie (15) has taken something, we found the empty blister packs of my sertraline under her bed and she's very drowsy. We're in the car to the Royal Alex now. I'll ring when I can. Fiona",
    "imminent",
    "self_harm suicidal_ideation urgency",
    "medication psychotherapy",
    "sms",
    "08-29 22:50",
    who="Fiona|F.",
    note="parent reports an overdose taken",
)
M(
    "im on the pier at salthill. tides in. im sorry. tell mam i love her",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "09-13 23:50",
    tz="Europe/Dublin",
    who="Niamh|N.",
    note="place + farewell, Irish teen, unsigned",
)
M(
    "Dr. Abrams,\n\nI hope your Thanksgiving was restful. Ours was the usual: Karen's sister hosted, her husband carved the turkey like it owed him money, and the kids spent the whole afternoon on the PlayStation in the basement. I did the dishes and mostly stayed out of the political stuff, which I know you'll count as progress.\n\nWork is slow this time of year. The Dayton plant is on a skeleton crew until January and they keep saying the restructuring is 'not about people', which is what you say when it is about people. I've been driving around a lot after my shift, down by the river, up to the old quarry road.\n\nI want to be straight with you because you've always been straight with me. I bought the rope at Lowe's on Tuesday, it's in the garage behind the snow tires, and I'm going to do it on Sunday while Karen and the kids are at her mother's in Columbus. I've thought it through. It's not a cry for help and I'm not asking you to talk me out of it. I just didn't want you to find out from the news.\n\nThe insurance papers are in the blue folder in my desk. Please tell Karen that if she calls you.\n\nTell Dr. Patel at the clinic he can stop refilling the sleep stuff. Thank you for the last three years. You were a good man to talk to, and you never once made me feel like a case file.\n\nRick",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "email",
    "11-27 01:30",
    tz="America/New_York",
    who="Rick|R.",
    note="plan (method, place, time) and farewell buried in a long e-mail",
)
M(
    "Sir, I have collected 60 tablets of my mother's sleeping medicine over two months. Tomorrow after the board results come I will take all of them. I am sorry for this, you were always kind. Ananya",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "portal",
    "05-13 23:30",
    tz="Asia/Kolkata",
    who="Ananya|A.",
    note="means gathered + time",
)
M(
    "cut too deep on my leg, its not stopping, towel's soaked through, what do i do",
    "imminent",
    "self_harm urgency support_request",
    "psychotherapy",
    "whatsapp",
    "10-07 02:35",
    who="Tegan|T.",
    note="self-harm with medical danger, unsigned",
)
M(
    "I'm going to do it tonight. I've already written to my mum and put the letter in the post box on Jan Smuts Avenue. Lerato",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-03 20:15",
    tz="Africa/Johannesburg",
    who="Lerato|L.",
    note="intent + farewell letter",
)

# ==== single messages: idioms, quotations and harmless look-alikes
M(
    "Hill reps at Bushy parkrun this morning absolutely killed me, legs are dead. Still on for Tuesday! Owen 💪",
    "none",
    "",
    "information",
    "whatsapp",
    "02-21 11:30",
    who="Owen|O.",
    note="sport hyperbole",
)
M(
    "Tried your cooking-as-mindfulness idea and I murdered the béchamel, smoke alarm went off twice 😂 Running 10 min late Thursday, bus strike. Hattie",
    "none",
    "",
    "information",
    "whatsapp",
    "03-12 19:45",
    who="Hattie|H.",
    note="cooking idiom",
)
M(
    "If I have to read one more page of organic chem I'm actually going to die. Exam is Friday 9am, wish me luck. Zoe",
    "none",
    "",
    "information",
    "sms",
    "05-27 20:05",
    who="Zoe|Z.",
    note="exam hyperbole",
)
M(
    "We watched Dead Poets Society in English today and Mr Harris made us discuss the ending where Neil shoots himself. Bit heavy for a Tuesday but actually interesting. Ethan",
    "none",
    "",
    "information",
    "portal",
    "09-15 17:10",
    who="Ethan|E.",
    note="film plot mention, what the sender watched",
)
M(
    "The band at the Crown on Friday did a song called 'Bury Me in Margate' and the whole chorus was 'I'd rather be dead than live in Kent'. Still laughing. Can we do 4pm next week instead of 3? Ruth",
    "none",
    "",
    "cancellation",
    "sms",
    "06-14 10:20",
    who="Ruth|R.",
    note="fictional lyric quoted, reschedule",
)
M(
    "Did you see the piece on the news about paracetamol pack sizes and overdoses? Made me think how far I've come, Dr Price and I halved my citalopram this month. Nadia",
    "none",
    "",
    "medication information",
    "portal",
    "07-22 13:50",
    who="Nadia|N.",
    note="news mention, own medication progress",
)
M(
    "Spent the whole weekend with a Stanley knife, a rope and a pulley, finally got the loft ladder up. Proud of myself. Graham",
    "none",
    "",
    "information",
    "email",
    "08-10 20:00",
    who="Graham|G.",
    note="DIY look-alike",
)
M(
    "Can't make Friday, sorry, it's my great-aunt Peggy's funeral in Tralee. She was 97 and had a great innings, it'll be a proper send-off. Could we do the week after? Siobhán",
    "none",
    "apology",
    "cancellation",
    "email",
    "10-14 09:40",
    tz="Europe/Dublin",
    who="Siobhán|S.",
    note="funeral of someone else, not distressed",
)
M(
    "Hi, Claire here (Ruby's mum). Ruby's Year 9 PSHE project is on suicide prevention helplines and she'd love to interview 'a real therapist'. Would a short email Q&A be ok, or is that crossing a line? Claire",
    "none",
    "",
    "information",
    "email",
    "01-28 16:35",
    who="Claire|C.",
    note="school project look-alike",
)
M(
    "I'm dead 😂 the dog ate my sertraline box, the cardboard, NOT the pills, don't panic. Need a new box from Boots lol. Bex",
    "none",
    "",
    "medication information",
    "whatsapp",
    "02-04 08:50",
    who="Bex|B.",
    note="laughing idiom, medication logistics",
)
M(
    "Therapy joke of the week: my basil plant died and I felt nothing, so I'm either healed or a terrible gardener. See you Monday :) Leo",
    "none",
    "",
    "information",
    "whatsapp",
    "04-03 17:00",
    who="Leo|L.",
    note="joke",
)
M(
    "Went to the work Christmas drinks for an hour and left when I wanted to. Nobody died lol. Small win! Aisha 🎉",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "12-11 22:15",
    who="Aisha|A.",
    note="'nobody died' idiom",
)
M(
    "Taking Jayden to see the new Final Destination film on Saturday arvo so I might be a bit late for the 5pm, sorry in advance. Bianca",
    "none",
    "apology",
    "information",
    "sms",
    "04-17 12:30",
    tz="Australia/Sydney",
    who="Bianca|B.",
    note="film title look-alike",
)

# ==== single messages: logistics and progress (none)
M(
    "Hi, the pharmacy says the sertraline 100mg script hasn't come through from Dr Moss. Could you nudge the practice? I run out on Sunday. Thanks, Helen",
    "none",
    "",
    "medication",
    "email",
    "01-09 09:15",
    who="Helen|H.",
    note="medication logistics",
)
M(
    "Quick q, is it ok to take the propranolol before my driving test on Wednesday or will it make me drowsy?",
    "none",
    "",
    "medication",
    "sms",
    "02-02 14:05",
    who="Kieran|K.",
    note="practical medication question",
)
M(
    "Sorry, I have to cancel tomorrow at 10, my son has chickenpox. I'll ring on Monday between 9 and 11 to rebook. Anita",
    "none",
    "apology",
    "cancellation",
    "sms",
    "03-23 19:30",
    who="Anita|A.",
    note="cancellation",
)
M(
    "Hi Dr Reyes, this is Marcus (Dana's husband). We both need to cancel Thursday's couples session, Dana's flight back from Denver got moved to Friday. Marcus",
    "none",
    "",
    "cancellation",
    "email",
    "04-29 08:20",
    tz="America/Denver",
    who="Marcus|M.",
    note="partner cancels couple session",
)
M(
    "The video link for Wednesday keeps saying 'waiting for host', is it the same one as last time? Also I'll be at my sister's in Perth, so it'll be 4pm my time. Chloe W.",
    "none",
    "",
    "information",
    "portal",
    "05-18 15:45",
    tz="Australia/Perth",
    who="Chloe|W.",
    note="video session logistics, time zone",
)
M(
    "Told my dad about the panic attacks. He went quiet, then cried, then made tea. Weird, but good. Thanks for pushing me on that. Nikhil",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "06-05 21:00",
    who="Nikhil|N.",
    note="progress report",
)
M(
    "Got the job at the library!!! Start on the 4th. Couldn't have done the interview without the stuff we practised. Imogen 🥳",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "08-19 13:25",
    who="Imogen|I.",
    note="good news",
)
M(
    "I'm fine honestly, everything went really well at the hearing yesterday 😢 Stacey",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "10-23 20:40",
    who="Stacey|S.",
    note="positive words with crying emoji",
)

# ==== single messages: low
M(
    "Feeling really low today. Grey and lashing in Cork and no one's texted me back all weekend. Could we have a quick call this week? Orla",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "11-29 18:20",
    tz="Europe/Dublin",
    who="Orla|O.",
    note="low mood, loneliness, request for contact",
)
M(
    "Thanksgiving alone in the apartment this year. Ordered pad thai. It's fine. It's not fine. Kind of lonely honestly. Tyler",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-26 19:40",
    tz="America/New_York",
    who="Tyler|T.",
    note="loneliness",
)
M(
    "My best friend Jade put something on her story about wanting to disappear and now she's not answering. I'm scared. What should I do?? Amber",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "03-27 23:05",
    who="Amber|A.",
    note="worry about someone else's crisis",
)
M(
    "What we talked about on Tuesday, the summer I used to cut, I wrote some of it down in the notebook like you said. Bringing it next time. Freya",
    "low",
    "",
    "psychotherapy",
    "portal",
    "02-12 18:00",
    who="Freya|F.",
    note="past self-harm discussed in therapy -> low",
)
M(
    "If I ever felt like hurting myself again between sessions, who do I ring? Just want the number saved in my phone. Isla",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "04-06 12:40",
    who="Isla|I.",
    note="hypothetical question -> low",
)
M(
    "Had a horrible row with Mum. Could you send me that breathing thing again? I just need something to hold onto tonight. Poppy",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "05-30 22:25",
    who="Poppy|P.",
    note="request for comfort",
)
M(
    "Sorry for texting on a Sunday. Jamie moved out today and the house is so quiet. I know it's not an emergency. Carol",
    "low",
    "apology loneliness",
    "psychotherapy",
    "sms",
    "08-23 20:30",
    who="Carol|C.",
    note="loneliness after separation",
)
M(
    "I hate you for making me cry on Thursday 😂 but thank you, I slept properly for the first time in weeks. Ada",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-04 09:10",
    who="Ada|A.",
    note="crying was in last session (past); negative words with laughing emoji",
)

# ==== single messages: moderate
M(
    "Haven't left the flat since Friday. Curtains shut, phone off for everyone but you. Just can't. Dan",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "02-16 14:30",
    who="Dan|D.",
    note="withdrawal",
)
M(
    "I'm at the end of my rope with this custody thing. Every letter from her solicitor, every hearing, nothing I do changes anything. Lee",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "03-09 22:40",
    who="Lee|L.",
    note="idiom that means what it says",
)
M(
    "Three glasses of wine before the Zoom with his lawyers just to get through it, and another two after. Not proud. Sarah",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "04-21 21:45",
    who="Sarah|S.",
    note="drinking to cope",
)
M(
    "PANIC ATTACK ON THE TUBE AT BANK, HAD TO GET OFF, STILL CAN'T BREATHE PROPERLY, PLEASE CALL ME",
    "moderate",
    "urgency support_request",
    "psychotherapy",
    "sms",
    "05-07 08:35",
    who="Victoria|V.",
    note="overwhelming panic, caps, unsigned",
)
M(
    "What's the point of any of it. Applied to 40 jobs since July, 0 replies, my parents ask every single day at dinner. Naveen",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "07-29 23:10",
    tz="Asia/Kolkata",
    who="Naveen|N.",
    note="hopelessness, no reference to being alive",
)
M(
    "Been smoking weed every night to get to sleep, literally every single night since the breakup. Kinda scared I can't stop. Liam",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "08-07 00:40",
    who="Liam|L.",
    note="drugs to cope",
)
M(
    "I'm afraid I won't make it to Christmas at this rate... work, the kids, Mum back in the Infirmary... sorry for the essay, it's just a lot. Jo",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "whatsapp",
    "11-18 23:35",
    who="Jo|J.",
    note="'afraid I won't make it'",
)
M(
    "Dear Fiona,\n\nGreetings from Kalk Bay, where it has rained every single day of our so-called summer holiday. I promised myself I would not write to you over the break, so consider this a letter rather than a message, and you can read it whenever you like, or not at all.\n\nThe house is lovely. Pieter's cousins are loud and generous and the braai starts at four and ends around midnight. The children have been in the rock pools from morning to evening and Lindiwe has decided she is going to be a marine biologist, which this week means carrying a bucket of sea snails through the kitchen.\n\nAnd me: I have spent most of the last three days in bed in the back room with the door closed. I told everyone it is a migraine. It isn't. I just cannot make myself get up and be a person in front of all of them. Pieter brings me tea and looks at me the way he did two winters ago, and I hate that I am doing this to him again. I have not been drinking, before you ask, and I am taking the tablets.\n\nTonight I managed supper at the table and even laughed at one of Pieter's terrible jokes, so perhaps it is lifting a little. We are back in Johannesburg on the 12th. Could we keep the 15th as planned, at 10? I would rather come in person than do it on video.\n\nWith love and apologies for the length,\nAnnelie",
    "moderate",
    "withdrawal apology",
    "information medication psychotherapy",
    "email",
    "12-28 21:15",
    tz="Africa/Johannesburg",
    who="Annelie|A.",
    note="long holiday letter; days in bed; negated drinking -> none for that cue",
)
M(
    "Hi, it's Greg, Ollie's dad. Ollie hasn't been to school all week, he stays in his room with the blinds down and hardly eats. Could we bring his appointment forward? Greg",
    "moderate",
    "withdrawal support_request",
    "cancellation psychotherapy",
    "sms",
    "10-29 07:55",
    who="Greg|G.",
    note="parent reports the patient's withdrawal; asks to move appointment",
)
