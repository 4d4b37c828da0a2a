# Fictional English messages, written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M(
    "I keep thinking about cutting again. The urge is really strong tonight. Tom",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-14 23:48",
    who="Tom|T.",
    g="en-sh-01",
    v="base",
)
M(
    "I'm not thinking about cutting again. Tonight is calm. Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-14 23:48",
    who="Tom|T.",
    g="en-sh-01",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "Like we discussed on Tuesday, back in school I used to think about cutting all the time. Saying it out loud helped. Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-14 23:48",
    who="Tom|T.",
    g="en-sh-01",
    v="tense",
    note="historic, discussed in therapy -> low",
)
M(
    "My friend keeps thinking about cutting again and the urge is really strong for her tonight. I don't know how to help. Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-14 23:48",
    who="Tom|T.",
    g="en-sh-01",
    v="person",
    note="someone else's experience -> low",
)

M(
    "I want to die, I just want this week to be over.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-03 21:15",
    who="Sophie",
    g="en-si-01",
    v="base",
)
M(
    "I don't want to die, I just want this week to be over.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-03 21:15",
    who="Sophie",
    g="en-si-01",
    v="negation",
    note="negated wish to die -> low (low mood remains)",
)
M(
    "I don't want to live anymore, I just want this week to be over.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-03 21:15",
    who="Sophie",
    g="en-si-01",
    v="negation",
    note="negation that carries the risk",
)

M(
    "I want to end it all tonight. I'm sorry for everything.",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "01-19 00:40",
    who="Jake|J",
    g="en-quo-01",
    v="base",
    note="intent with a time",
)
M(
    'Watched a film last night and the hero says "I want to end it all tonight" right before the big twist. Such a good film! :) Jake',
    "none",
    "",
    "information",
    "whatsapp",
    "01-19 10:05",
    who="Jake|J",
    g="en-quo-01",
    v="quotation",
    note="film line -> none",
)
M(
    'That song is stuck in my head all day: "I want to end it all tonight and dance until the light". So catchy haha. J',
    "none",
    "",
    "information",
    "whatsapp",
    "01-19 16:20",
    who="Jake|J",
    g="en-quo-01",
    v="quotation",
    note="song lyric -> none",
)

M(
    "I want to kill myself.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 22:10",
    who="Emma",
    g="en-idi-01",
    v="base",
)
M(
    "Work is killing me this week, three deadlines and a broken printer. See you Thursday. Emma",
    "none",
    "",
    "information",
    "sms",
    "04-02 22:10",
    who="Emma",
    g="en-idi-01",
    v="idiom",
    note="idiom -> none",
)
M(
    "I could murder a pizza right now. The session today went really well btw, thank you! Emma",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "04-02 20:30",
    who="Emma",
    g="en-idi-01",
    v="idiom",
    note="idiom -> none",
)
M(
    "My sister's jokes at dinner, I was dying of laughter 😂 Emma",
    "none",
    "",
    "information",
    "sms",
    "04-02 21:40",
    who="Emma",
    g="en-idi-01",
    v="idiom",
)

M(
    "I can't take it anymore. Nothing is getting better. Priya",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:30",
    who="Priya|P.",
    g="en-hop-01",
    v="base",
)
M(
    "I CAN'T TAKE IT ANYMORE. NOTHING IS GETTING BETTER. PRIYA",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:30",
    who="Priya|P.",
    g="en-hop-01",
    v="caps",
)
M(
    "I can't take it anymore... nothing is getting better... Priya",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:30",
    who="Priya|P.",
    g="en-hop-01",
    v="emoticon",
    note="same words, ellipses instead of full stops (only 2 ellipses: not excess)",
)
M(
    "I can't take it anymore :( nothing is getting better :( Priya",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-11 18:30",
    who="Priya|P.",
    g="en-hop-01",
    v="emoticon",
)

M(
    "I hate you! :-)",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "06-08 19:02",
    who="Marcus",
    g="en-emo-01",
    v="base",
    note="playful: the smiley reverses the words",
)
M(
    "I hate you! :-(",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-08 19:02",
    who="Marcus",
    g="en-emo-01",
    v="emoticon",
    note="anger at the therapist, consistent valence",
)
M(
    "The exam went great :( Marcus",
    "low",
    "valence_shift",
    "information psychotherapy",
    "whatsapp",
    "06-10 13:15",
    who="Marcus",
    g="en-emo-02",
    v="base",
    note="good news with a sad face: something else is wrong -> low",
)
M(
    "The exam went great :) Marcus",
    "none",
    "",
    "information",
    "whatsapp",
    "06-10 13:15",
    who="Marcus",
    g="en-emo-02",
    v="emoticon",
)

M(
    "I spent the whole day in bed again. Didn't answer anyone. Hannah",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-20 20:10",
    who="Hannah|H",
    g="en-wd-01",
    v="base",
)
M(
    "My flatmate spent the whole day in bed again, didn't answer anyone. I'm a bit worried about her. Hannah",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-20 20:10",
    who="Hannah|H",
    g="en-wd-01",
    v="person",
)
M(
    "I didn't spend the whole day in bed today! Got up, showered, went for a walk. Hannah",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "02-20 20:10",
    who="Hannah|H",
    g="en-wd-01",
    v="negation",
    note="progress report; negated withdrawal",
)

M(
    "I've been drinking every night to get to sleep. Half a bottle of vodka yesterday. Ben",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "03-01 01:20",
    who="Ben",
    g="en-sub-01",
    v="base",
)
M(
    "I haven't been drinking to get to sleep any more, three weeks now. Ben",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "03-01 21:20",
    who="Ben",
    g="en-sub-01",
    v="negation",
    note="progress report",
)
M(
    "Last year I was drinking every night to get to sleep, like I told you in our first session. Ben",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-01 21:20",
    who="Ben",
    g="en-sub-01",
    v="tense",
    note="historic -> low",
)

M(
    "I feel so alone tonight. Nobody ever calls me. Chloe",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-02 23:30",
    who="Chloe|C.",
    g="en-lon-01",
    v="base",
)
M(
    "i feel so alone tonight :( nobody ever calls me",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-02 23:30",
    who="Chloe|C.",
    g="en-lon-01",
    v="emoticon",
)
M(
    '"I feel so alone tonight, nobody ever calls me" - that\'s the first line of the poem I wrote for class, I got an A! Chloe',
    "none",
    "",
    "information",
    "sms",
    "11-02 18:30",
    who="Chloe|C.",
    g="en-lon-01",
    v="quotation",
)

M(
    "I've got the pills counted out on the table. 40 of them. I'm going to take them after midnight. Goodbye.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "12-21 23:05",
    who="Daniel|Dan",
    g="en-imm-01",
    v="base",
)
M(
    "In the book I'm reading the main character has the pills counted out on the table, 40 of them, and says he'll take them after midnight. Heavy stuff. Dan",
    "none",
    "",
    "information",
    "sms",
    "12-21 21:05",
    who="Daniel|Dan",
    g="en-imm-01",
    v="quotation",
    note="reported fiction -> none",
)
M(
    "Two years ago I had the pills counted out on the table, 40 of them. I'm glad we can talk about it now. Dan",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "12-21 21:05",
    who="Daniel|Dan",
    g="en-imm-01",
    v="tense",
)

M(
    "I took all my sleeping pills. I'm sorry.",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "09-09 02:14",
    who="Olivia|Liv",
    g="en-od-01",
    v="base",
    note="overdose taken; apology in farewell",
)
M(
    "I took all my sleeping pills with me on the trip, don't worry. Olivia",
    "none",
    "",
    "medication information",
    "sms",
    "09-09 14:14",
    who="Olivia|Liv",
    g="en-od-01",
    v="idiom",
    note="'took' as carried: not an overdose",
)

M(
    "I'm thinking about jumping off the bridge near my house.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-05 22:45",
    who="Ryan",
    g="en-meth-01",
    v="base",
    note="thinking of a method",
)
M(
    "In the film the guy is thinking about jumping off the bridge and then his dog finds him. I cried so much 😭 Ryan",
    "none",
    "",
    "information",
    "whatsapp",
    "10-05 22:45",
    who="Ryan",
    g="en-meth-01",
    v="quotation",
)
M(
    "If I ever started thinking about jumping off a bridge, what should I do? Just asking because of the leaflet you gave me. Ryan",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-05 17:45",
    who="Ryan",
    g="en-meth-01",
    v="negation",
    note="hypothetical question -> low (variant kind 'negation' used for hypothetical)",
)

# ---------------------------------------------------------------- none: logistics, news
M(
    "Hi, this is Megan. Can we move Thursday's session to 5pm? Thanks",
    "none",
    "",
    "cancellation",
    "sms",
    "01-08 09:12",
    who="Megan",
)
M(
    "Sorry, I have to cancel tomorrow, my son has a fever. I'll call the office to book another day. Aisha",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "01-12 07:55",
    who="Aisha",
)
M(
    "Got the invoice, thank you. Paid by bank transfer this morning. Daniel",
    "none",
    "",
    "information",
    "email",
    "01-15 11:20",
    who="Daniel|Dan",
)
M(
    "Quick question: is the video link for Monday the same as last time? Sophie",
    "none",
    "",
    "information",
    "portal",
    "01-16 18:40",
    who="Sophie",
)
M("ok thanks see you thursday", "none", "", "", "sms", "01-17 12:01", who="Jake|J")
M(
    "Everything went well at the interview!! They're calling me back next week 🎉 Hannah",
    "none",
    "",
    "information",
    "whatsapp",
    "01-20 16:30",
    who="Hannah|H",
)
M(
    "The new dose seems fine, no more headaches. Should I keep taking it at night or in the morning? Ben",
    "none",
    "",
    "medication",
    "portal",
    "01-22 08:45",
    who="Ben",
)
M(
    "Running 10 minutes late, stuck on the bus. Sorry! Chloe",
    "none",
    "apology",
    "information",
    "sms",
    "01-23 16:52",
    who="Chloe|C.",
)
M(
    "I passed my driving test 😊😊 Thought you'd like to know. Marcus",
    "none",
    "",
    "information",
    "whatsapp",
    "01-24 14:02",
    who="Marcus",
)
M(
    "Hello Dr Carter, I'm writing to confirm the couple session next Wednesday at 6. Both of us will be there. Best, Priya",
    "none",
    "",
    "information",
    "email",
    "01-26 10:10",
    who="Priya|P.",
)
M(
    "Can you send me the receipt for January for my insurance? Thanks, Emma",
    "none",
    "",
    "information",
    "email",
    "01-27 09:00",
    who="Emma",
)
M(
    "Had a really good week actually. Talked to my dad like we practised. He listened! Tom",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "01-28 19:20",
    who="Tom|T.",
)
M(
    "Can't make it today, car broke down 😩 can we do Friday?",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "02-02 08:15",
    who="Ryan",
    note="negative emoji about the car: not a valence shift (matches the words)",
)
M(
    "URGENT: I need to move tomorrow's appointment, my boss just changed my shifts. Please reply today. Aisha",
    "none",
    "urgency",
    "cancellation",
    "sms",
    "02-04 17:30",
    who="Aisha",
)
M(
    "Thank you for yesterday. I've been thinking about what you said about my mum all day. Sophie",
    "none",
    "",
    "psychotherapy",
    "portal",
    "02-05 20:00",
    who="Sophie",
)
M(
    "Hi it's Olivia. The pharmacy says the prescription is expired, can the psychiatrist renew it?",
    "none",
    "",
    "medication",
    "portal",
    "02-06 12:30",
    who="Olivia|Liv",
)
M(
    "Do you have any space on Saturdays? My new job starts next month. Ben",
    "none",
    "",
    "information",
    "email",
    "02-07 15:15",
    who="Ben",
)
M(
    "WE GOT THE FLAT!!! Moving in March 🥳 Chloe",
    "none",
    "",
    "information",
    "whatsapp",
    "02-08 13:13",
    who="Chloe|C.",
)
M(
    "Is it normal to feel sleepy with the new tablets? Just the first few days I hope. Dan",
    "none",
    "",
    "medication",
    "sms",
    "02-09 10:40",
    who="Daniel|Dan",
)
M(
    "I'm dying to tell you what happened with Sara on Saturday 😄 it went SO well. Megan",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "02-10 11:05",
    who="Megan",
    note="'dying to' idiom",
)
M(
    "My boss is going to kill me, I forgot the report again, anyway see you at 4. Emma",
    "none",
    "",
    "information",
    "sms",
    "02-11 14:00",
    who="Emma",
    note="idiom",
)
M(
    "lol that meme you mentioned, I'm dead 😂😂 Jake",
    "none",
    "",
    "",
    "whatsapp",
    "02-12 18:18",
    who="Jake|J",
    note="idiom 'I'm dead' = laughing",
)

# ---------------------------------------------------------------- low
M(
    "Feeling a bit down today, nothing specific. Just wanted to tell someone. Sophie",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-14 19:40",
    who="Sophie",
)
M(
    "Can we talk for five minutes tonight? I'm really sad after the call with my mum. Megan",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "02-15 20:05",
    who="Megan",
)
M(
    "Everyone went out without me again. I'm always the one left behind. Chloe",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "02-16 22:15",
    who="Chloe|C.",
)
M(
    "sorry to bother you so late... i just feel really low... can you call me tomorrow?",
    "low",
    "apology support_request",
    "psychotherapy",
    "sms",
    "02-17 23:55",
    who="Hannah|H",
    note="two ellipses in 80 characters: not excess",
)
M(
    "I miss my grandad so much today. It's his birthday. Ryan",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-18 17:30",
    who="Ryan",
)
M(
    "Hello, this is Karen, Jake's mum. He came home from school very quiet and went straight to his room. Should I be worried? Could we speak briefly? Karen",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "02-19 18:10",
    who="Karen",
)
M(
    "Nobody at uni talks to me. I eat lunch alone every single day. Aisha",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "02-20 13:40",
    who="Aisha",
)
M(
    "I'm sad and I don't know why... it's raining... everything is grey... Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-21 16:20",
    who="Tom|T.",
)
M(
    "Had a fight with Marco and now I can't stop crying 😢 can you write me something? Priya",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "02-22 21:30",
    who="Priya|P.",
)
M(
    "Today was hard :( but I'm ok. Hannah",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-23 19:00",
    who="Hannah|H",
)
M(
    "I don't have anyone to talk to except you. Is that weird? Dan",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "02-24 22:50",
    who="Daniel|Dan",
)
M(
    "Please can we have an extra session this week? Things with my girlfriend are falling apart. Ben",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "02-25 08:30",
    who="Ben",
)
M(
    "I've felt so lonely since I moved to London, everyone here is always busy. Olivia",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "02-26 21:10",
    who="Olivia|Liv",
)
M(
    "Just need to hear that it will be ok. Sorry. Emma",
    "low",
    "support_request apology",
    "psychotherapy",
    "sms",
    "02-27 23:20",
    who="Emma",
)
M(
    "I'm not going to hurt myself, I promise. I just needed you to know I'm struggling this week. Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 22:40",
    who="Tom|T.",
    note="negated self-harm -> low",
)

# ---------------------------------------------------------------- moderate
M(
    "What's the point of anything. Nothing ever changes for me. Marcus",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-03 00:30",
    who="Marcus",
)
M(
    "I haven't left the flat in four days. I can't face anyone. Sophie",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "03-04 15:00",
    who="Sophie",
)
M(
    "I'm so scared I won't make it through this month. Megan",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "03-05 07:10",
    who="Megan",
)
M(
    "Smoked a lot of weed again last night just to stop thinking. Ryan",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "03-06 11:45",
    who="Ryan",
)
M(
    "I took two extra Xanax today to calm down, is that bad?? Priya",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "03-07 20:20",
    who="Priya|P.",
)
M(
    "I switched my phone off for the whole weekend, didn't want to see anybody. Tom",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "03-09 09:00",
    who="Tom|T.",
)
M(
    "I CAN'T DO THIS ANYMORE!!! EVERYONE IS AGAINST ME",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-10 23:15",
    who="Jake|J",
)
M(
    "im drunk and i hate everything. sorry",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "whatsapp",
    "03-11 02:30",
    who="Ben",
)
M(
    "Haven't gone to work all week. I just lie in bed staring at the ceiling. Is this ever going to end? Daniel",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "email",
    "03-12 10:30",
    who="Daniel|Dan",
)
M(
    "Panic attack on the train again, I had to get off and sit on the platform for an hour. I can't keep living like this. Aisha",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-13 08:40",
    who="Aisha",
    note="'can't keep living like this' = can't take it any more, not a wish to die",
)
M(
    "There's no way out of this debt, no way out of this marriage. I'm trapped. Ben",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "03-14 21:00",
    who="Ben",
)
M(
    "Skipped school again today, stayed under the covers. Please don't tell my mum. Chloe",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "03-15 13:10",
    who="Chloe|C.",
)

# ---------------------------------------------------------------- high
M(
    "Sometimes I wish I could go to sleep and never wake up. Emma",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-16 23:45",
    who="Emma",
)
M(
    "I've been looking up how many paracetamol it would take. Hannah",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "03-17 01:10",
    who="Hannah|H",
    note="thinking about a method",
)
M(
    "I scratched my arms until they bled last night. I don't know why I did it. Olivia",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "03-18 09:15",
    who="Olivia|Liv",
)
M(
    "Everyone would be better off without me.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-19 22:35",
    who="Marcus",
    note="perceived burdensomeness",
)
M(
    "i keep thinking about dying. all the time. it won't stop",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-20 03:20",
    who="Sophie",
)
M(
    "I burned myself with a lighter again. Small but I did it. Sorry. Jake",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "03-21 20:50",
    who="Jake|J",
)
M(
    "Dear Dr Carter, this is David, Lily's father. Last night we found cuts on Lily's wrists. She says it's nothing but we are frightened. Could you see her sooner than next week? David",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "email",
    "03-22 07:30",
    who="David",
)
M(
    "I don't see myself being alive next year. Marcus",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "03-23 18:00",
    who="Marcus",
)
M(
    "I want to hurt myself so badly right now. Please answer.",
    "high",
    "self_harm urgency support_request",
    "psychotherapy",
    "sms",
    "03-24 00:20",
    who="Chloe|C.",
)
M(
    "Thinking about the train tracks again. Ryan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-25 19:30",
    who="Ryan",
    note="method",
)

# ---------------------------------------------------------------- imminent
M(
    "This is goodbye. Thank you for trying to help me. Tell my sister I loved her. Sophie",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-26 03:10",
    who="Sophie",
    note="farewell",
)
M(
    "I've taken 30 of my antidepressants and half a bottle of wine. I'm sorry.",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "sms",
    "03-27 01:40",
    who="Daniel|Dan",
)
M(
    "I've written the letters. Tonight I'm going to do it. Don't try to stop me.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-28 22:40",
    who="Megan",
)
M(
    "I'm on the roof of my building. I'm going to jump.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-29 23:59",
    who="Ryan",
)
M(
    "💊💊💊 all of them. goodnight forever",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "03-30 02:05",
    who="Chloe|C.",
)
M(
    "I bought a rope today. I know where and when. Please don't call the police.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-31 21:15",
    who="Ben",
    note="plan",
)
M(
    "URGENT - this is Karen, Jake's mum. Jake just told me he swallowed a whole box of my sleeping tablets. We're going to A&E now. Please call me.",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "04-01 22:05",
    who="Karen",
    note="parent reporting the patient's overdose",
)

# ---------------------------------------------------------------- more variants
M(
    "I'm so angry with you for cancelling last week. Marcus",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-03 18:00",
    who="Marcus",
    g="en-caps-01",
    v="base",
)
M(
    "I'M SO ANGRY WITH YOU FOR CANCELLING LAST WEEK. MARCUS",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-03 18:00",
    who="Marcus",
    g="en-caps-01",
    v="caps",
)
M(
    "I'm so angry with you for cancelling last week >:( Marcus",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-03 18:00",
    who="Marcus",
    g="en-caps-01",
    v="emoticon",
)

M(
    "I want to kill myself. I don't know what to do, please help. Daniel",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "whatsapp",
    "04-04 21:30",
    who="Daniel|Dan",
    g="en-per-02",
    v="base",
)
M(
    "My brother says he wants to kill himself. I don't know what to do, please help. Daniel",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "04-04 21:30",
    who="Daniel|Dan",
    g="en-per-02",
    v="person",
    note="someone else's ideation -> low for the sender",
)

M(
    "Mum kicked me out again 🙂",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-05 20:10",
    who="Jake|J",
    g="en-emo-03",
    v="base",
)
M(
    "Mum kicked me out again 😢",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-05 20:10",
    who="Jake|J",
    g="en-emo-03",
    v="emoticon",
)

M(
    "I'm fine, really. Don't worry about me. See you Tuesday. Sophie",
    "none",
    "",
    "psychotherapy",
    "sms",
    "04-06 18:30",
    who="Sophie",
    g="en-ell-01",
    v="base",
)
M(
    "I'm fine... really... don't worry about me... see you Tuesday... Sophie",
    "none",
    "",
    "psychotherapy",
    "sms",
    "04-06 18:30",
    who="Sophie",
    g="en-ell-01",
    v="emoticon",
    note="form variant: the ellipses are the only difference",
)

M(
    "I cut myself again last night. Olivia",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "04-07 08:10",
    who="Olivia|Liv",
    g="en-sh-02",
    v="base",
)
M(
    "I didn't cut myself last night, first time in a month! Olivia",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "04-07 08:10",
    who="Olivia|Liv",
    g="en-sh-02",
    v="negation",
    note="negated self-harm -> low by rule, even as good news",
)
M(
    "I CUT MYSELF AGAIN LAST NIGHT. OLIVIA",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "04-07 08:10",
    who="Olivia|Liv",
    g="en-sh-02",
    v="caps",
)
M(
    '"I cut myself again last night" is how the girl in the series starts her diary. It made me think of us in session. Olivia',
    "none",
    "",
    "information psychotherapy",
    "sms",
    "04-07 19:10",
    who="Olivia|Liv",
    g="en-sh-02",
    v="quotation",
)

# ---------------------------------------------------------------- long e-mails and long chats
M(
    """Dear Dr Carter,

I promised I would write during the break, so here I am, sitting in a café in Fort William with terrible coffee and a view of the rain. We arrived on Saturday after nine hours in the car. My brother slept most of the way and my dad and I actually talked, properly, for the first time in ages. He asked me about university and I told him I'm thinking of changing course. I expected him to be angry, like always, but he just said "you should do what makes you get up in the morning". I nearly cried in the car. I remembered what you said about not deciding in advance how people will react.

On Monday we walked up to a loch above the town. It took four hours and my legs still hurt. Mum stayed behind with a book. In the evening we cooked together in the cottage, which has a kitchen the size of a cupboard, and nobody argued, not even about the washing up. I keep noticing how different I feel when I'm not at home in the middle of everything.

I've been doing the breathing exercise before sleeping and writing the three good things every night. Some nights there are only two, but I write them anyway. I also noticed I didn't check my phone every five minutes to see if Sam had answered, which you know is a big thing for me.

I'm a bit nervous about coming back and about the exams in January, but it's a normal nervous, not the other kind. I'd like to talk in our next session about the course change and about my dad, if that's ok.

See you on the 8th. Thank you for everything this year.

Warm wishes,
Sophie""",
    "none",
    "",
    "information psychotherapy",
    "email",
    "12-28 16:40",
    who="Sophie",
)

M(
    """Hi,

I'm sorry this is going to be a long email, I know we said to keep them for the session, but I don't think I can wait until Thursday to say all this and I'm not sure I'd manage to say it out loud anyway.

This week has been bad. Worse than the week before Christmas. I went to work on Monday and Tuesday, but on Wednesday I woke up at six and just couldn't move. I called in sick and stayed in bed until the evening. Thursday and Friday the same. I told my manager it's the flu. I haven't opened the curtains since Tuesday. I've been eating cereal out of the box and not much else. My sister called three times and I let it ring.

The thing that scares me is that I don't even feel sad exactly, I feel nothing, like everything is behind glass. I keep thinking that this is just who I am now and that the therapy, the medication, all of it, is just me pretending that something could change. Nothing is going to get better. I look at my colleagues and their lives and I can't imagine ever having one like that.

I know you'll ask, so I'll say it: I'm not thinking of hurting myself. It's more that I can't see a future, not that I want to end anything. I just wanted you to know how things really are, because in session I always end up saying "it's fine" and then I go home and it isn't.

I took the tablets every day, at least that. I don't know if they're doing anything.

Sorry again for the length. You don't need to reply, I just needed to put it somewhere.

Daniel""",
    "moderate",
    "withdrawal hopelessness apology",
    "medication psychotherapy",
    "email",
    "01-11 23:30",
    who="Daniel|Dan",
    note="negated self-harm inside a moderate letter; the moderate cues set the level",
)

M(
    """Dear Dr Carter,

I'm writing about Jake, and I apologise in advance because I don't know how to say this in a short way. His father and I are very worried and we don't know whether we're overreacting.

Since the end of half term Jake has hardly left his room. He's missed eight days of school out of the last ten. He says he has headaches, but the GP found nothing. He stopped going to football, which he loved, and he doesn't answer his friends any more; his best friend's mother called me to ask if they had fallen out. He eats dinner in his room, if he eats at all. He has also stopped taking the sertraline the psychiatrist prescribed in September; I found the packets full in his drawer.

Last night, and this is why I'm writing, I used his laptop to print something for his sister and the browser was still open. He had been searching for "painless ways to die" and "how long does it take to drown". I closed it and I haven't said anything to him yet because I was afraid of doing the wrong thing. I didn't sleep at all.

Could you please tell us what to do? Should I talk to him tonight, or wait for his session on Tuesday? Could you see him earlier? We can bring him anywhere at any time. I would also like to know if we should take him to A&E.

Thank you for reading this. I'm sorry it's so long.

Karen Hughes (Jake's mum)
07700 900123""",
    "high",
    "withdrawal suicidal_ideation support_request apology",
    "medication psychotherapy",
    "email",
    "02-13 06:20",
    who="Karen|Karen Hughes",
    note="parent reports the patient's searches for methods -> high; phone number after the signature: not signed by the tail rule? see build output",
)

M(
    """Hello,

It's been a strange few weeks and I thought I'd write it down before our session, because I lose the thread when I'm in the room with you.

Work is okay. I finished the project for the council and my manager said it was the best report she'd read this year, which I know I should be happy about. I went to my cousin's wedding in Leeds and danced, actually danced, which you'll remember I said I would never do. My flat is tidy. On paper everything is fine.

But the evenings are hard. I come home, I eat in front of the TV, and then it's just me and the silence until I fall asleep. Nobody texts me unless they need something. I have colleagues but not friends, not really. Sometimes I go a whole weekend without saying a word to anyone.

And I need to tell you something I haven't said in session. Some nights I think about how I would do it, and the pills in the bathroom cabinet feel very close. I don't have a date or anything like that, and I don't think I would, but the thought comes back more often than it used to, and it frightens me that it feels almost calm.

I'd like to talk about this on Friday. I'm telling you now so that I can't pretend I forgot.

Hannah""",
    "high",
    "loneliness suicidal_ideation",
    "information psychotherapy",
    "email",
    "02-18 22:15",
    who="Hannah|H",
    note="method thoughts inside a mostly calm letter",
)

M(
    "can't sleep... keep going over what happened at the party... everyone laughing and me in the corner pretending to text someone... then the bus home alone... i keep thinking maybe i'm just not made for people... maybe i should stop trying... i know you'll say that's the tiredness talking... and maybe it is... but it's 3am and it feels true... anyway... i'm not in danger or anything, i just needed to write it down somewhere that isn't my own head... sorry for the novel... see you monday... C.",
    "low",
    "loneliness apology",
    "psychotherapy",
    "whatsapp",
    "04-12 03:05",
    who="Chloe|C.",
    note="long chat message, many ellipses; 'not in danger' is a reassurance, loneliness sets low",
)

# ---------------------------------------------------------------- batch 3: more variants
M(
    "I just want to die. Aisha",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-13 21:10",
    who="Aisha",
    g="en-idi-02",
    v="base",
)
M(
    "I could just die of embarrassment, I called my teacher mum in front of the whole class 🙈 Aisha",
    "none",
    "",
    "information",
    "sms",
    "04-13 16:10",
    who="Aisha",
    g="en-idi-02",
    v="idiom",
    note="idiom; 🙈 is neutral",
)

M(
    "I'm going to end it tonight. I've decided. Megan",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-14 21:40",
    who="Megan",
    g="en-idi-03",
    v="base",
)
M(
    "I'm going to end it with Sam tonight, I've decided. Wish me luck! Megan",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-14 18:40",
    who="Megan",
    g="en-idi-03",
    v="idiom",
    note="'end it' = the relationship",
)

M(
    "I overdosed last weekend and didn't tell anyone. I'm still shaking. Ryan",
    "imminent",
    "self_harm suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-15 10:20",
    who="Ryan",
    g="en-per-03",
    v="base",
    note="overdose taken, recent",
)
M(
    "My cousin overdosed last weekend, she's in hospital. I'm still shaking. Ryan",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-15 10:20",
    who="Ryan",
    g="en-per-03",
    v="person",
)

M(
    "I've been thinking about suicide a lot lately. Ben",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "04-16 19:00",
    who="Ben",
    g="en-ten-03",
    v="base",
)
M(
    "I used to think about suicide a lot when I was a teenager. I realised in session today how far I've come. Ben",
    "low",
    "",
    "psychotherapy",
    "email",
    "04-16 19:00",
    who="Ben",
    g="en-ten-03",
    v="tense",
)
M(
    "I haven't thought about suicide at all this month. Ben",
    "low",
    "",
    "information psychotherapy",
    "email",
    "04-16 19:00",
    who="Ben",
    g="en-ten-03",
    v="negation",
)

M(
    "I just want to stop existing. Tom",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-17 23:10",
    who="Tom|T.",
    g="en-quo-02",
    v="base",
)
M(
    'Our English teacher read us a poem today that ends "I just want to stop existing" and the whole class went silent. Tom',
    "none",
    "",
    "information",
    "whatsapp",
    "04-17 17:10",
    who="Tom|T.",
    g="en-quo-02",
    v="quotation",
)

M(
    "please answer me, i need to talk to you now",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-18 22:30",
    who="Chloe|C.",
    g="en-caps-02",
    v="base",
)
M(
    "PLEASE ANSWER ME, I NEED TO TALK TO YOU NOW",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-18 22:30",
    who="Chloe|C.",
    g="en-caps-02",
    v="caps",
)
M(
    "please answer me, i need to talk to you now 😭😭",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-18 22:30",
    who="Chloe|C.",
    g="en-caps-02",
    v="emoticon",
)

M(
    "Great, another panic attack at the supermarket 🙂 Hannah",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-19 12:30",
    who="Hannah|H",
    g="en-emo-04",
    v="base",
)
M(
    "Great, another panic attack at the supermarket 😩 Hannah",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-19 12:30",
    who="Hannah|H",
    g="en-emo-04",
    v="emoticon",
)

M(
    "Thanks for nothing :)",
    "none",
    "valence_shift",
    "psychotherapy",
    "portal",
    "04-20 18:45",
    who="Jake|J",
    g="en-emo-05",
    v="base",
)
M(
    "Thanks for nothing :(",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-20 18:45",
    who="Jake|J",
    g="en-emo-05",
    v="emoticon",
)

# ---------------------------------------------------------------- batch 3: none
M(
    "The psychiatrist lowered the quetiapine to 25mg. Should I tell you about these changes or doesn't it matter? Aisha",
    "none",
    "",
    "medication",
    "portal",
    "04-21 09:30",
    who="Aisha",
)
M(
    "I forgot my pills this morning, should I take two tonight? Chloe",
    "none",
    "",
    "medication",
    "sms",
    "04-21 19:10",
    who="Chloe|C.",
)
M(
    "Side effects are much better, only a bit of nausea now. Megan",
    "none",
    "",
    "medication information",
    "portal",
    "04-22 08:05",
    who="Megan",
)
M(
    "Can I have a glass of wine at my sister's wedding while I'm on sertraline? Ben",
    "none",
    "",
    "medication",
    "email",
    "04-22 12:00",
    who="Ben",
    note="social drinking question: not substance_use",
)
M(
    "Hi, it's David, Lily's dad. Lily's prescription runs out on Friday, who do we ask for the renewal? Thanks",
    "none",
    "",
    "medication",
    "email",
    "04-23 08:40",
    who="David",
)
M(
    "Hi Dr Carter, I won't be able to make it on Monday, I have a work trip to Glasgow. Could I call on Tuesday to rebook? Best wishes, Tom",
    "none",
    "",
    "cancellation",
    "email",
    "04-23 14:00",
    who="Tom|T.",
)
M(
    "We need to cancel the family session on the 14th, my husband's mother is in hospital. So sorry. Karen",
    "none",
    "apology",
    "cancellation",
    "sms",
    "04-24 07:20",
    who="Karen",
)
M(
    "Could we do the next one on video? I've got a cold and don't want to give it to you. Priya",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "04-24 09:00",
    who="Priya|P.",
    note="moving the session to video",
)
M(
    "I'm not coming tomorrow. Don't ask why.",
    "none",
    "",
    "cancellation psychotherapy",
    "sms",
    "04-25 21:00",
    who="Marcus",
)
M(
    "sorry sorry sorry I completely forgot the session today!!! I'll pay for it of course. so embarrassed. Jake",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "04-25 18:30",
    who="Jake|J",
    note="missed appointment",
)
M(
    "Just to let you know I got into the master's programme in Edinburgh!!! Starting in September 🎉🎉 Olivia",
    "none",
    "",
    "information",
    "email",
    "04-26 11:00",
    who="Olivia|Liv",
)
M(
    "What's the address of the new office? Is there parking nearby? Dan",
    "none",
    "",
    "information",
    "sms",
    "04-26 15:30",
    who="Daniel|Dan",
)
M(
    "First week at the new school done. Lily says the teachers are nice. Thank you for your support. David",
    "none",
    "",
    "information",
    "email",
    "04-27 19:00",
    who="David",
)
M(
    "Did the exposure exercise in the lift today, two whole floors! Marcus 💪",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-27 13:00",
    who="Marcus",
)
M(
    "Is the session next week still at 6 or did we say 6:30? Hannah",
    "none",
    "",
    "information",
    "sms",
    "04-28 10:10",
    who="Hannah|H",
)
M(
    "I've been thinking about what you said, that I always apologise first. I caught myself doing it three times today. Interesting. Emma",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-28 20:20",
    who="Emma",
    note="talks about apologising, is not an apology",
)
M(
    "Do you think I should bring my partner to a session one day? Ben",
    "none",
    "",
    "psychotherapy",
    "email",
    "04-29 12:00",
    who="Ben",
)
M(
    "I felt you were distant last time. Maybe it was me. Can we talk about it on Thursday? Priya",
    "none",
    "",
    "psychotherapy",
    "portal",
    "04-29 21:00",
    who="Priya|P.",
    note="asks to discuss in the next session: not a support request",
)
M(
    "Sorry for how I behaved in session. I was angry at my dad, not at you. Jake",
    "none",
    "apology",
    "psychotherapy",
    "whatsapp",
    "04-30 17:40",
    who="Jake|J",
)
M(
    "Can't sleep, it's 2am and I keep thinking about the job offer. Exciting and scary! Marcus",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-01 02:00",
    who="Marcus",
)
M(
    "Sorry for the hour, it's late here in New York, just wanted to confirm Monday's video call. Olivia",
    "none",
    "apology",
    "information",
    "email",
    "05-02 23:30",
    tz="America/New_York",
    who="Olivia|Liv",
    note="late in the sender's time zone",
)
M(
    "Evening from Boston! Quick one: can we do the video session at 2pm your time on Friday? Hannah",
    "none",
    "",
    "cancellation",
    "email",
    "05-02 17:00",
    tz="America/New_York",
    who="Hannah|H",
    note="17:00 in Boston (22:00 in London): not late_night",
)
M(
    "Please call me ASAP, it's about my prescription, the pharmacy won't give it to me. Aisha",
    "none",
    "urgency",
    "medication",
    "sms",
    "05-03 11:20",
    who="Aisha",
)
M(
    "are you there?? are you there?? please",
    "low",
    "support_request urgency",
    "psychotherapy",
    "whatsapp",
    "05-03 23:40",
    who="Sophie",
)
M(
    "WHY DIDN'T YOU ANSWER YESTERDAY?!",
    "none",
    "",
    "psychotherapy",
    "sms",
    "05-04 08:00",
    who="Jake|J",
    note="anger at the therapist",
)
M(
    "Good morning, I got your number from Dr Patel. My daughter is 15 and has been very anxious lately, especially before exams. Would you have availability for a first appointment? Kind regards, Anna Wilson",
    "low",
    "",
    "information psychotherapy",
    "email",
    "05-04 09:10",
    who="Anna|Anna Wilson",
    note="first contact from a parent",
)
M(
    "Heard the song that was playing when my dad died on the radio. Had to stop the car and cry. Aisha",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-05 18:00",
    who="Aisha",
)

# ---------------------------------------------------------------- batch 3: moderate, high, imminent
M(
    "Two days in bed. Didn't eat. Didn't shower. Don't know why I'm telling you. H",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "05-06 16:00",
    who="Hannah|H",
)
M(
    "I'm scared I'm going to lose it completely. Everything is too much. Can you call me? Sophie",
    "moderate",
    "hopelessness support_request",
    "psychotherapy",
    "sms",
    "05-06 20:30",
    who="Sophie",
)
M(
    "Had four beers before coming to session today, sorry, I couldn't face it sober. Tom",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "whatsapp",
    "05-07 19:30",
    who="Tom|T.",
)
M(
    "Lily hasn't come out of her room all weekend and won't speak to us. David",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "05-07 21:00",
    who="David",
    note="parent reports the patient's withdrawal",
)
M(
    "I have these thoughts of ending my life again. I'm not going to act on them but they're loud. Megan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-08 22:00",
    who="Megan",
    note="negated intent does not lower present ideation",
)
M(
    "I pressed the blade on my arm but stopped. I'm scared of myself. Chloe",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "05-09 00:50",
    who="Chloe|C.",
)
M(
    "Sometimes I think about crashing the car on the way home from work. Dan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-09 19:00",
    who="Daniel|Dan",
)
M(
    "Thank you for everything you did for me. I won't need the appointment next week. Goodbye.",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "email",
    "05-10 04:10",
    who="Emma",
    note="farewell disguised as a cancellation",
)
M(
    "I've got the blade ready and I'm going to do it properly this time",
    "imminent",
    "self_harm suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-10 23:30",
    who="Olivia|Liv",
)

# ---------------------------------------------------------------- batch 4
M(
    "Took a couple of my mum's diazepam to get through the party. Megan",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "05-11 01:30",
    who="Megan",
    g="en-sub-02",
    v="base",
)
M(
    "At uni I used to take my mum's diazepam to get through parties, like we talked about last month. Megan",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "05-11 11:30",
    who="Megan",
    g="en-sub-02",
    v="tense",
)
M(
    "My friend takes her mum's diazepam to get through parties. Should I say something? Megan",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "05-11 11:30",
    who="Megan",
    g="en-sub-02",
    v="person",
)

M(
    "I'm never going to get better. Ben",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "05-12 22:00",
    who="Ben",
    g="en-hop-02",
    v="base",
)
M(
    "\"I'm never going to get better\" is the old man's line in the play we're rehearsing, I have to say it twenty times a night 😂 Ben",
    "none",
    "",
    "information",
    "sms",
    "05-12 22:00",
    who="Ben",
    g="en-hop-02",
    v="quotation",
)
M(
    "For the first time in months I don't feel like I'm never going to get better. Ben",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "05-12 22:00",
    who="Ben",
    g="en-hop-02",
    v="negation",
    note="negated moderate cue -> none",
)

M(
    "Please just let me die. Priya",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-13 23:20",
    who="Priya|P.",
    g="en-idi-05",
    v="base",
)
M(
    "My in-laws are staying for two weeks. Kill me now. Priya",
    "none",
    "",
    "information",
    "whatsapp",
    "05-13 19:20",
    who="Priya|P.",
    g="en-idi-05",
    v="idiom",
    note="hyperbolic complaint",
)

M(
    "I'm so happy today, the scan was clear! Aisha",
    "none",
    "",
    "information",
    "sms",
    "05-14 12:00",
    who="Aisha",
    g="en-caps-03",
    v="base",
)
M(
    "I'M SO HAPPY TODAY, THE SCAN WAS CLEAR! AISHA",
    "none",
    "",
    "information",
    "sms",
    "05-14 12:00",
    who="Aisha",
    g="en-caps-03",
    v="caps",
)
M(
    "I'm so happy today, the scan was clear 😊 Aisha",
    "none",
    "",
    "information",
    "sms",
    "05-14 12:00",
    who="Aisha",
    g="en-caps-03",
    v="emoticon",
)

M(
    "I've stopped eating again. Haven't had a proper meal in three days. Sophie",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "05-15 20:40",
    who="Sophie",
    g="en-per-04",
    v="base",
)
M(
    "My roommate has stopped eating again, nothing proper in three days. Sophie",
    "low",
    "",
    "psychotherapy",
    "portal",
    "05-15 20:40",
    who="Sophie",
    g="en-per-04",
    v="person",
)

M(
    "I feel like hurting myself tonight. Emma",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "05-16 23:10",
    who="Emma",
    g="en-neg-05",
    v="base",
)
M(
    "I don't feel like hurting myself tonight, which is new. Thought you'd want to know. Emma",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "05-16 23:10",
    who="Emma",
    g="en-neg-05",
    v="negation",
)

M(
    "I've been trying to write this for an hour so I'm just going to send it. I don't really know what's wrong. Work is fine, Sam is fine, I'm eating and sleeping more or less. But there's this heaviness every afternoon around four, like a fog coming in, and I spend the rest of the evening on the sofa scrolling through other people's lives. I told myself I'd go for a run and I didn't. I keep thinking this is how it's going to be from now on, and that I'm kidding myself with the therapy. I know that's the thought we talked about, the 'forever' one. I can see it and I still believe it. Anyway. I'm not in danger, I just wanted you to have the full picture before Tuesday. Megan",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "05-17 21:15",
    who="Megan",
)
M(
    "Hello Dr Carter, it's Karen again. Jake's school rang this morning, they want a meeting with us and the head of year about his attendance, on Thursday at 3, which is when his session is. I said I'd check with you first. Could we move him to Friday or Monday? Also his dad wants to come to the next family session, he has been asking how he can help at home. Jake seems a little brighter this week, he went to football on Saturday. Thank you, Karen",
    "none",
    "",
    "cancellation information",
    "sms",
    "05-18 09:40",
    who="Karen",
)
M(
    "Did you get my email?? I sent it on Sunday. Dan",
    "none",
    "",
    "information",
    "sms",
    "05-18 15:00",
    who="Daniel|Dan",
)
M(
    "omg the session today!!! I can't stop thinking about what you said about my sister",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "05-19 20:30",
    who="Chloe|C.",
)
M(
    "Missed the bus :( see you in 20 min. Marcus",
    "none",
    "",
    "information",
    "sms",
    "05-19 16:40",
    who="Marcus",
)
M(
    "Can I bring my dog to the session? 🐶",
    "none",
    "",
    "information",
    "whatsapp",
    "05-20 10:00",
    who="Ryan",
    note="neutral emoji",
)
M(
    "Just remembered I didn't pay for last session! Will transfer tomorrow, sorry. Ryan",
    "none",
    "apology",
    "information",
    "whatsapp",
    "05-20 23:45",
    who="Ryan",
)
M(
    "I need the letter for my employer by tomorrow morning, could you send it today please? It's urgent. Hannah",
    "none",
    "urgency",
    "information",
    "email",
    "05-21 08:15",
    who="Hannah|H",
)
M(
    "I'm scared of the results tomorrow. Could you keep me in your thoughts? Sophie",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "05-21 21:30",
    who="Sophie",
)
M(
    "Haven't been to school since Monday. Can't face them. J",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "05-22 13:00",
    who="Jake|J",
)
M(
    "Drank a whole bottle of wine alone last night again 🙂 whatever. Olivia",
    "moderate",
    "substance_use valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-22 11:00",
    who="Olivia|Liv",
)
M(
    "I keep looking at the knives and thinking about cutting deeper this time. Ryan",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "05-23 00:40",
    who="Ryan",
)
M(
    "Wrote a note today, just in case. Not planning anything. Dan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-23 19:10",
    who="Daniel|Dan",
    note="preparation with a negated plan -> high",
)
M(
    "I'm at the station. The next train doesn't stop here. I'm sorry Mum.",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "05-24 06:10",
    who="Sophie",
    note="message meant for the mother, sent to the therapist",
)
M(
    "Lily has locked herself in the bathroom, she says she has razor blades and wants to die. I've called 999. Please call me. David",
    "imminent",
    "self_harm suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "05-24 21:50",
    who="David",
)
M(
    "Can't stop crying since the funeral. Could we talk tomorrow? Aisha",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "05-25 22:10",
    who="Aisha",
)
M(
    "Thank you so much for the book recommendation, I'm halfway through 😊 Megan",
    "none",
    "",
    "information",
    "portal",
    "05-26 18:00",
    who="Megan",
)
M(
    "Sorry for the long voice note earlier, ignore the last bit. Tom",
    "none",
    "apology",
    "",
    "whatsapp",
    "05-26 19:30",
    who="Tom|T.",
)
M(
    "Confirming Friday at 10. Lily will come with her dad. Karen",
    "none",
    "",
    "information",
    "sms",
    "05-27 08:30",
    who="Karen",
)
M(
    "I'm sorry I shouted at you. I know you're trying to help. I just feel so alone with all this. Jake",
    "low",
    "apology loneliness",
    "psychotherapy",
    "portal",
    "05-27 23:50",
    who="Jake|J",
)
M(
    "no one ever asks how I am. not even my mum. whatever... doesn't matter... forget it...",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "05-28 00:30",
    who="Chloe|C.",
)
M(
    "Three weeks without drinking!!! 🎉 I wanted you to be the first to know. Ben",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-28 19:00",
    who="Ben",
)

# ---------------------------------------------------------------- batch 5: rarer signals and forms
M(
    "Ryan here. Can we swap Wednesday for Thursday next week? Same time if possible.",
    "none",
    "",
    "cancellation",
    "sms",
    "06-01 09:00",
    who="Ryan",
    note="signed at the start",
)
M(
    "It's Priya - I have to cancel Monday, my daughter's school play got moved. Really sorry!",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "06-01 10:30",
    who="Priya|P.",
)
M(
    "I'm Anna Wilson, we spoke last week about my daughter. She'd prefer a Tuesday if you have one.",
    "none",
    "",
    "information",
    "email",
    "06-02 11:00",
    who="Anna|Anna Wilson",
    note="choosing the day of a first appointment is not moving one: information",
)
M(
    "so tired of pretending... everyone thinks I'm fine... I smile at work... I come home... I sit in the dark... L.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-02 22:30",
    who="Olivia|Liv|L.",
)
M(
    "they cancelled my shifts again 8-[ rent is due friday. Marcus",
    "none",
    "",
    "information",
    "sms",
    "06-03 18:20",
    who="Marcus",
)
M(
    "got a B on the essay :-/ thought it was better. Tom",
    "none",
    "",
    "information",
    "whatsapp",
    "06-03 16:00",
    who="Tom|T.",
)
M(
    "thank you for today <3 I felt really heard. Chloe",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-04 19:10",
    who="Chloe|C.",
)
M(
    "guess who finally said no to her boss ^_^ Hannah",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "06-04 18:00",
    who="Hannah|H",
)
M(
    "My therapist says I'm doing great xD jk that's you. See you Friday. Jake",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-05 15:00",
    who="Jake|J",
)
M(
    "Lost my job today ;-) best day ever. Dan",
    "low",
    "valence_shift",
    "information psychotherapy",
    "sms",
    "06-05 20:15",
    who="Daniel|Dan",
    note="bad news with a wink: irony, a shift",
)
M(
    "The funeral was beautiful and everyone came T_T Aisha",
    "low",
    "valence_shift",
    "information psychotherapy",
    "whatsapp",
    "06-06 17:30",
    who="Aisha",
    note="grief; positive words with a crying face",
)
M(
    "Nobody came to my birthday :P it's fine. Sophie",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "sms",
    "06-06 22:40",
    who="Sophie",
)
M(
    "REALLY NEED TO TALK. CALL ME AS SOON AS YOU SEE THIS. Megan",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "06-07 07:05",
    who="Megan",
)
M(
    "I've been in my room since Friday. I only get up to use the bathroom. I don't answer the door. Ben",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "06-07 14:00",
    who="Ben",
)
M(
    "Mixed my sleeping pills with whisky again last night. Just wanted to switch off. Tom",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "06-08 09:30",
    who="Tom|T.",
)
M(
    "I'm afraid I won't make it to the end of the year like this. Priya",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "06-08 23:05",
    who="Priya|P.",
)
M(
    "It's 4am and I'm still awake, I feel so lonely I could scream. Ryan",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "06-09 04:00",
    who="Ryan",
)
M(
    "It's midnight in Toronto and I can't stop thinking about what happened. Need to talk soon please. Emma",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "06-09 00:10",
    tz="America/Toronto",
    who="Emma",
    note="late in the sender's zone",
)
M(
    "Dear Dr Carter,\n\nI hope you're well. I'm writing to let you know that after a lot of thought I'd like to pause our sessions over the summer. Work is taking me to Singapore for ten weeks and the time difference would make video sessions very hard. I want to be clear that this isn't because therapy isn't helping; it's the opposite. I feel steadier than I have in years. The panic hasn't come back since March, I'm sleeping through the night, and I finally told my parents about the divorce, which you know I had been dreading since October.\n\nBefore I go I'd like one last session to talk about what I should keep doing on my own, and about what signs should tell me to get in touch earlier. Could we do that on the 25th, in person? I'd also like to know whether it's possible to book a video session in August if I need one, even at odd hours for me.\n\nI'll settle the outstanding invoices this week. Thank you for everything so far.\n\nWith gratitude,\nHannah",
    "none",
    "",
    "cancellation information psychotherapy",
    "email",
    "06-10 08:00",
    who="Hannah|H",
)
M(
    "Sorry... sorry... sorry... I know I've written three times today... I'll stop now... sorry",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "06-10 21:30",
    who="Chloe|C.",
    note="message volume as communication; low mood implied by the form",
)

# ---------------------------------------------------------------- batch 6: long messages on short channels
M(
    "ok so I know this is a lot for a text but I need to get it out. Mum and I had the worst fight tonight, about university again, she said I'm wasting her money and that my cousin never needed 'a therapist to tell her how to live'. I said things too, I told her she never listens and slammed my door so hard the mirror fell. Now I'm sitting on the floor and I can't stop shaking and I feel like the worst daughter in the world. I don't want to hurt myself, it's not like before, I just feel so small. Can we talk about this on Thursday? Sophie",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-11 22:20",
    who="Sophie",
    note="negated self-harm -> low; long for WhatsApp",
)
M(
    "Hi it's Karen. Sorry for the long text. Quick update before Tuesday as you asked: Jake has been to school four days out of five this week, he went to football on Wednesday and came back smiling, and he's been eating with us again at dinner. He is still taking the sertraline every morning, I check. He had one bad evening on Thursday after a message from a boy in his class, he cried and said everyone hates him, but he talked to his dad about it and went to bed calmer. Should we tell you about evenings like that straight away, or is it fine to wait for the session? Thank you, K.",
    "low",
    "apology",
    "medication information psychotherapy",
    "sms",
    "06-12 19:30",
    who="Karen|K.",
    note="parent's progress report; one bad evening this week is recent low mood -> low",
)
M(
    "I've started writing to you on the portal three times this week and deleted it every time, so this time I'm going to press send whatever happens. The new job is fine on paper. My manager is kind, the office is near the river, I have my own desk by the window. But every morning on the bus I feel like I'm going to be sick, and at lunch I sit in the toilets for ten minutes just to breathe. I keep waiting for someone to notice that I don't know what I'm doing. When I get home I'm so tired that I go straight to bed at eight and stay there until the alarm, and this weekend I didn't get up at all on Saturday or Sunday, I didn't even open the curtains. I cancelled lunch with my sister because I couldn't face being asked how the job is going. I'm not sure what I want from you by writing this, maybe just for someone to know. We can talk on Monday. Aisha",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "06-13 21:00",
    who="Aisha",
)
M(
    "Three bad nights in a row now and I'm scared it's all coming back. I lie awake until four, then sleep through the alarm, then lie to work about being ill. I've been drinking wine every night to knock myself out, more than a bottle yesterday. I know we said that makes it worse. I know. I just can't stand lying there with my thoughts. I'm not going to do anything stupid, but I really don't see how this gets better. Could you call me tomorrow, even for ten minutes? Tom",
    "moderate",
    "substance_use hopelessness support_request",
    "psychotherapy",
    "sms",
    "06-14 03:40",
    who="Tom|T.",
)

# ---------------------------------------------------------------- batch 7: written after the split was frozen
# (split.json pins every unit that was ever in a committed dev file; new units fill the holdout)
M(
    "I'm going to kill myself tonight. Jake",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-01 22:50",
    who="Jake|J",
    g="en-h-01",
    v="base",
)
M(
    "If I eat one more of Mum's lasagnes I'm going to die 😂 best dinner ever. Jake",
    "none",
    "",
    "information",
    "sms",
    "07-01 21:50",
    who="Jake|J",
    g="en-h-01",
    v="idiom",
)
M(
    "This maths homework is killing me. See you Tuesday. Jake",
    "none",
    "",
    "information",
    "sms",
    "07-01 20:50",
    who="Jake|J",
    g="en-h-01",
    v="idiom",
)

M(
    "I wish I was dead. Chloe",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-02 23:15",
    who="Chloe|C.",
    g="en-h-02",
    v="base",
)
M(
    "There's a line in the musical we're doing, \"I wish I was dead and buried under the sea\", and the whole cast sings it as a joke. Chloe",
    "none",
    "",
    "information",
    "whatsapp",
    "07-02 18:15",
    who="Chloe|C.",
    g="en-h-02",
    v="quotation",
)

M(
    "I've been hurting myself again this week. Emma",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "07-03 20:00",
    who="Emma",
    g="en-h-03",
    v="base",
)
M(
    "I haven't hurt myself this week. Emma",
    "low",
    "",
    "information psychotherapy",
    "portal",
    "07-03 20:00",
    who="Emma",
    g="en-h-03",
    v="negation",
)
M(
    "Back when I was at school I hurt myself a lot. I only told you about it last month. Emma",
    "low",
    "",
    "psychotherapy",
    "portal",
    "07-03 20:00",
    who="Emma",
    g="en-h-03",
    v="tense",
)
M(
    "My best friend has been hurting herself again this week and I'm the only one who knows. Emma",
    "low",
    "",
    "psychotherapy",
    "portal",
    "07-03 20:00",
    who="Emma",
    g="en-h-03",
    v="person",
)

M(
    "I don't know how much longer I can keep going like this. Ben",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-04 22:30",
    who="Ben",
    g="en-h-04",
    v="base",
)
M(
    "I DON'T KNOW HOW MUCH LONGER I CAN KEEP GOING LIKE THIS. BEN",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-04 22:30",
    who="Ben",
    g="en-h-04",
    v="caps",
)
M(
    "I don't know how much longer I can keep going like this 😞 Ben",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-04 22:30",
    who="Ben",
    g="en-h-04",
    v="emoticon",
)

M(
    "My dad forgot my birthday again :) Marcus",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-05 19:00",
    who="Marcus",
    g="en-h-05",
    v="base",
)
M(
    "My dad forgot my birthday again :( Marcus",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-05 19:00",
    who="Marcus",
    g="en-h-05",
    v="emoticon",
)

M(
    "Hello, just a note to say the insurance company has approved twelve more sessions. I'll forward the letter. Regards, Daniel",
    "none",
    "",
    "information",
    "email",
    "07-06 10:00",
    who="Daniel|Dan",
)
M(
    "I need to cancel next Tuesday, I have jury service. Can I book the Thursday after? Megan",
    "none",
    "",
    "cancellation",
    "portal",
    "07-06 12:30",
    who="Megan",
)
M(
    "The psychiatrist wants me to try a lower dose of lithium, she said to tell you. Ryan",
    "none",
    "",
    "medication",
    "sms",
    "07-07 09:20",
    who="Ryan",
)
M(
    "Sorry, I know it's late, I just realised I left my umbrella in your waiting room. Sophie",
    "none",
    "apology",
    "information",
    "sms",
    "07-07 23:50",
    who="Sophie",
)
M(
    "Is the office open on Easter Monday?? Nobody at reception is answering. Priya",
    "none",
    "",
    "information",
    "whatsapp",
    "07-08 09:10",
    who="Priya|P.",
)
M(
    "Please reply ASAP - can I come at 3 instead of 4 today? Olivia",
    "none",
    "urgency",
    "cancellation",
    "sms",
    "07-08 11:40",
    who="Olivia|Liv",
)
M(
    "GOT THE JOB!!! STARTING MONDAY",
    "none",
    "",
    "information",
    "whatsapp",
    "07-09 17:00",
    who="Tom|T.",
)
M(
    """Dear Dr Carter,

I'm writing this at the kitchen table because I promised myself I'd stop pretending in our sessions. Since my mother moved into the care home in May I've been going to see her every evening after work, and on the way back I stop at the off-licence. At first it was a couple of beers. Now it's most of a bottle of wine every night, sometimes more, and on Saturday I didn't remember how I got to bed. I tell myself it's the only thing that lets me sleep.

I've also stopped going to the choir, and I haven't returned my sister's calls for two weeks. Last weekend I didn't get dressed at all. I know these are the things you told me to watch for. I'm not writing because I'm in danger; I'm writing because I'm ashamed, and it's easier to type this than to say it to your face on Thursday.

I'd like to talk about whether I should see the GP about the drinking, and about my mother, and about how guilty I feel every time I leave her room. I've attached the sleep diary you asked for, although the last week is mostly blank.

Thank you for reading this.

Daniel""",
    "moderate",
    "substance_use withdrawal",
    "information psychotherapy",
    "email",
    "07-09 22:40",
    who="Daniel|Dan",
)
M(
    "I don't know... maybe it's nothing... just a bad day... talk Thursday... Tom",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-10 18:00",
    who="Tom|T.",
)
M(
    "Could you call me this evening? Something happened at work and I can't stop crying. Aisha",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "07-10 14:30",
    who="Aisha",
)
M(
    "Got wasted again last night to forget about her. Woke up on the bathroom floor. Ryan",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "07-11 10:15",
    who="Ryan",
)
M(
    "Haven't answered my phone since Sunday. Told work I'm sick. I just can't. Dan",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "07-11 16:00",
    who="Daniel|Dan",
)
M(
    "There's no point trying anymore, every plan I make falls apart. Hannah",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "07-12 21:00",
    who="Hannah|H",
)
M(
    "I keep imagining my own funeral and feeling relieved. Sophie",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-12 00:30",
    who="Sophie",
    note="passive ideation",
)
M(
    "I want to cut so badly right now. I've hidden the blades from myself but I know where they are. Megan",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "07-13 01:45",
    who="Megan",
)
M(
    "Lily told her teacher today that she wants to die. The school called us. What should we do? Can you see her this week? David",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "07-13 17:20",
    who="David",
)
M(
    "I've taken the whole packet of paracetamol. I don't want to be found. Ben",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "07-14 02:30",
    who="Ben",
)
M(
    "This is the last message you'll get from me. Thank you for everything. Goodbye. Hannah",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "07-14 05:10",
    who="Hannah|H",
)
M(
    "The train is cancelled :( I'll be 15 min late. Ben",
    "none",
    "",
    "information",
    "sms",
    "07-15 15:40",
    who="Ben",
)
M(
    "I uploaded the questionnaire you asked for. Let me know if it didn't come through. Tom",
    "none",
    "",
    "information",
    "portal",
    "07-15 20:10",
    who="Tom|T.",
)
M(
    "Dear Dr Okafor, I'm afraid I have to cancel Friday's session because of a family emergency. I apologise for the short notice. Kind regards, Priya",
    "none",
    "apology",
    "cancellation",
    "email",
    "07-16 08:00",
    who="Priya|P.",
    note="'I'm afraid' is politeness",
)
M(
    "Got dumped today :D Megan",
    "low",
    "valence_shift",
    "information psychotherapy",
    "whatsapp",
    "07-16 22:00",
    who="Megan",
)
M(
    "Hannah here 🙂 just confirming the video link works for Friday.",
    "none",
    "",
    "information",
    "portal",
    "07-17 09:30",
    who="Hannah|H",
)
M(
    "nobody texts me back anymore... not one person... maybe I'm just too much... maybe everyone's tired of me...",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "07-17 23:40",
    who="Chloe|C.",
)

# ---------------------------------------------------------------- batch 8: paraphrased risk, hard negatives
M(
    "Lately I've been wanting to die. Aisha",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-01 22:10",
    who="Aisha",
    g="en-h-06",
    v="base",
)
M(
    "Lately my sister has been saying she wants to die. I'm terrified. Aisha",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-01 22:10",
    who="Aisha",
    g="en-h-06",
    v="person",
)
M(
    "Two winters ago I wanted to die every single day. This winter is different. Aisha",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-01 22:10",
    who="Aisha",
    g="en-h-06",
    v="tense",
)

M(
    "I'd be better off dead. Marcus",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-02 23:30",
    who="Marcus",
    g="en-h-07",
    v="base",
)
M(
    'My grandad used to say "I\'d be better off dead than retired" and then he retired and loved it 😂 Marcus',
    "none",
    "",
    "information",
    "sms",
    "08-02 18:30",
    who="Marcus",
    g="en-h-07",
    v="quotation",
)
M(
    "I'm dead tired after the night shift, see you Thursday. Marcus",
    "none",
    "",
    "information",
    "sms",
    "08-02 08:30",
    who="Marcus",
    g="en-h-07",
    v="idiom",
)

M(
    "I need to hurt myself to feel something. Olivia",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "08-03 21:00",
    who="Olivia|Liv",
    g="en-h-08",
    v="base",
)
M(
    "I NEED TO HURT MYSELF TO FEEL SOMETHING. OLIVIA",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "08-03 21:00",
    who="Olivia|Liv",
    g="en-h-08",
    v="caps",
)
M(
    "I need to hurt myself to feel something 😔 Olivia",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "08-03 21:00",
    who="Olivia|Liv",
    g="en-h-08",
    v="emoticon",
)

M(
    "I don't want to wake up tomorrow. Ryan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-04 23:55",
    who="Ryan",
    g="en-h-09",
    v="base",
    note="negation that carries the risk",
)
M(
    "I don't want to wake up early tomorrow, it's my day off! Ryan",
    "none",
    "",
    "information",
    "sms",
    "08-04 22:55",
    who="Ryan",
    g="en-h-09",
    v="idiom",
    note="everyday phrase sharing the risk words",
)

M(
    "Spent last night reading about which bridge in town is the highest. Dan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-05 09:00",
    who="Daniel|Dan",
    note="researching a method",
)
M(
    "I've been saving up my pills for weeks. I've got enough now. Tom",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-05 23:20",
    who="Tom|T.",
    note="means gathered: plan",
)
M(
    "Tonight's the night. Thank you for trying. T.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-06 00:15",
    who="Tom|T.",
    note="farewell",
)
M(
    "Can't stop thinking about ending things. It feels like the only way out. Priya",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "08-06 21:45",
    who="Priya|P.",
)
M(
    "I hit my head against the wall until it bled. Chloe",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "08-07 01:05",
    who="Chloe|C.",
)
M(
    "I wrote my will today. I'm 22. Megan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-07 18:40",
    who="Megan",
    note="preparation without a stated plan",
)
M(
    "Sometimes I hope the plane crashes. Emma",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-08 06:10",
    who="Emma",
    note="passive ideation",
)
M(
    "What's the point of being alive if it's always going to be like this? Ben",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "08-08 23:10",
    who="Ben",
    note="questioning being alive: passive ideation, not only hopelessness",
)
M(
    "Karen here. Jake posted 'goodbye everyone' on his Instagram an hour ago and isn't answering his phone. Please call me now.",
    "imminent",
    "suicidal_ideation support_request urgency",
    "psychotherapy",
    "sms",
    "08-09 22:40",
    who="Karen",
    note="parent reports the patient's farewell",
)
M(
    "I just swallowed everything in the medicine cabinet.",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-10 02:50",
    who="Sophie",
)
M(
    "I'm standing on the balcony railing.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-10 03:30",
    who="Ryan",
)
M(
    "I cut too deep this time and it won't stop bleeding",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-11 00:05",
    who="Olivia|Liv",
    note="self-harm with medical danger",
)
M(
    "I haven't showered or eaten properly in days. Everything feels pointless. Hannah",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "portal",
    "08-11 15:30",
    who="Hannah|H",
)
M(
    "Smoked weed all weekend so I wouldn't have to feel anything. Jake",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-12 11:00",
    who="Jake|J",
)
M(
    "I'm at the end of my rope. Sophie",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "08-12 22:20",
    who="Sophie",
    note="idiom for 'I can't take it any more': moderate, not none",
)
M(
    "Calling in sick again. Can't face the office. Third time this week. Ben",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "08-13 07:45",
    who="Ben",
)
M(
    "Feeling lonely this weekend, everyone's away. Olivia",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "08-13 20:00",
    who="Olivia|Liv",
)
M(
    "Rough day. Cried in the car park at lunch. Not sure why. Emma",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-14 18:15",
    who="Emma",
)
M(
    "Watched Suicide Squad with my brother last night, it was so bad it was good 😂 Jake",
    "none",
    "",
    "information",
    "whatsapp",
    "08-14 12:00",
    who="Jake|J",
    note="film title",
)
M(
    "The new Xanax prescription is ready at the pharmacy, thank you for calling the psychiatrist. Priya",
    "none",
    "",
    "medication",
    "sms",
    "08-15 10:20",
    who="Priya|P.",
)
M(
    "The article you mentioned about overdose prevention in teenagers was really helpful for the parents' group. David",
    "none",
    "",
    "information",
    "email",
    "08-15 19:00",
    who="David",
)
M(
    "Killing it at work lately 💪 promotion talk on Monday! Megan",
    "none",
    "",
    "information",
    "whatsapp",
    "08-16 17:30",
    who="Megan",
)
M(
    "This heat is unbearable, I'm melting. Running 5 min late. Sophie",
    "none",
    "",
    "information",
    "sms",
    "08-16 16:55",
    who="Sophie",
)
M(
    "Can we move to every other week from September? Money is tight at the moment. Dan",
    "none",
    "",
    "cancellation",
    "email",
    "08-17 09:30",
    who="Daniel|Dan",
)
M(
    "I'll be away 12-20 August, so no sessions those two weeks. Hannah",
    "none",
    "",
    "cancellation",
    "portal",
    "08-17 13:00",
    who="Hannah|H",
)
M(
    "Please could you send the invoice to my work email instead? Thanks, Aisha",
    "none",
    "",
    "information",
    "email",
    "08-18 08:45",
    who="Aisha",
)
M(
    "I have to skip next week, exams. Sorry!! Chloe",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "08-18 21:10",
    who="Chloe|C.",
)
M(
    "The panic attacks have stopped since we changed the approach. Just wanted you to know. Tom",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "08-19 19:40",
    who="Tom|T.",
)
M(
    "Hi Dr Carter, Lily's school asked for a letter confirming she's in therapy. Could you write one? David",
    "none",
    "",
    "information",
    "email",
    "08-19 08:10",
    who="David",
)
M(
    "ANSWER ME",
    "low",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "08-20 23:35",
    who="Marcus",
    note="8 capital letters: under the all_caps minimum of 12",
)
