# Fictional English messages, written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M("I keep thinking about cutting again. The urge is really strong tonight. Tom",
  "high", "self_harm", "psychotherapy", "whatsapp", "03-14 23:48", who="Tom|T.", g="en-sh-01", v="base")
M("I'm not thinking about cutting again. Tonight is calm. Tom",
  "low", "", "psychotherapy", "whatsapp", "03-14 23:48", who="Tom|T.", g="en-sh-01", v="negation",
  note="negated self-harm -> low")
M("Like we discussed on Tuesday, back in school I used to think about cutting all the time. Saying it out loud helped. Tom",
  "low", "", "psychotherapy", "whatsapp", "03-14 23:48", who="Tom|T.", g="en-sh-01", v="tense",
  note="historic, discussed in therapy -> low")
M("My friend keeps thinking about cutting again and the urge is really strong for her tonight. I don't know how to help. Tom",
  "low", "", "psychotherapy", "whatsapp", "03-14 23:48", who="Tom|T.", g="en-sh-01", v="person",
  note="someone else's experience -> low")

M("I want to die, I just want this week to be over.",
  "high", "suicidal_ideation", "psychotherapy", "sms", "02-03 21:15", who="Sophie", g="en-si-01", v="base")
M("I don't want to die, I just want this week to be over.",
  "low", "", "psychotherapy", "sms", "02-03 21:15", who="Sophie", g="en-si-01", v="negation",
  note="negated wish to die -> low (low mood remains)")
M("I don't want to live anymore, I just want this week to be over.",
  "high", "suicidal_ideation", "psychotherapy", "sms", "02-03 21:15", who="Sophie", g="en-si-01", v="negation",
  note="negation that carries the risk")

M("I want to end it all tonight. I'm sorry for everything.",
  "imminent", "suicidal_ideation apology", "psychotherapy", "whatsapp", "01-19 00:40", who="Jake|J", g="en-quo-01", v="base",
  note="intent with a time")
M("Watched a film last night and the hero says \"I want to end it all tonight\" right before the big twist. Such a good film! :) Jake",
  "none", "", "information", "whatsapp", "01-19 10:05", who="Jake|J", g="en-quo-01", v="quotation",
  note="film line -> none")
M("That song is stuck in my head all day: \"I want to end it all tonight and dance until the light\". So catchy haha. J",
  "none", "", "information", "whatsapp", "01-19 16:20", who="Jake|J", g="en-quo-01", v="quotation",
  note="song lyric -> none")

M("I want to kill myself.",
  "high", "suicidal_ideation", "psychotherapy", "sms", "04-02 22:10", who="Emma", g="en-idi-01", v="base")
M("Work is killing me this week, three deadlines and a broken printer. See you Thursday. Emma",
  "none", "", "information", "sms", "04-02 22:10", who="Emma", g="en-idi-01", v="idiom",
  note="idiom -> none")
M("I could murder a pizza right now. The session today went really well btw, thank you! Emma",
  "none", "", "information psychotherapy", "sms", "04-02 20:30", who="Emma", g="en-idi-01", v="idiom",
  note="idiom -> none")
M("My sister's jokes at dinner, I was dying of laughter 😂 Emma",
  "none", "", "information", "sms", "04-02 21:40", who="Emma", g="en-idi-01", v="idiom")

M("I can't take it anymore. Nothing is getting better. Priya",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:30", who="Priya|P.", g="en-hop-01", v="base")
M("I CAN'T TAKE IT ANYMORE. NOTHING IS GETTING BETTER. PRIYA",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:30", who="Priya|P.", g="en-hop-01", v="caps")
M("I can't take it anymore... nothing is getting better... Priya",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:30", who="Priya|P.", g="en-hop-01", v="emoticon",
  note="same words, ellipses instead of full stops (only 2 ellipses: not excess)")
M("I can't take it anymore :( nothing is getting better :( Priya",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:30", who="Priya|P.", g="en-hop-01", v="emoticon")

M("I hate you! :-)",
  "none", "valence_shift", "psychotherapy", "whatsapp", "06-08 19:02", who="Marcus", g="en-emo-01", v="base",
  note="playful: the smiley reverses the words")
M("I hate you! :-(",
  "none", "", "psychotherapy", "whatsapp", "06-08 19:02", who="Marcus", g="en-emo-01", v="emoticon",
  note="anger at the therapist, consistent valence")
M("The exam went great :( Marcus",
  "low", "valence_shift", "information psychotherapy", "whatsapp", "06-10 13:15", who="Marcus", g="en-emo-02", v="base",
  note="good news with a sad face: something else is wrong -> low")
M("The exam went great :) Marcus",
  "none", "", "information", "whatsapp", "06-10 13:15", who="Marcus", g="en-emo-02", v="emoticon")

M("I spent the whole day in bed again. Didn't answer anyone. Hannah",
  "moderate", "withdrawal", "psychotherapy", "sms", "02-20 20:10", who="Hannah|H", g="en-wd-01", v="base")
M("My flatmate spent the whole day in bed again, didn't answer anyone. I'm a bit worried about her. Hannah",
  "low", "", "psychotherapy", "sms", "02-20 20:10", who="Hannah|H", g="en-wd-01", v="person")
M("I didn't spend the whole day in bed today! Got up, showered, went for a walk. Hannah",
  "none", "", "information psychotherapy", "sms", "02-20 20:10", who="Hannah|H", g="en-wd-01", v="negation",
  note="progress report; negated withdrawal")

M("I've been drinking every night to get to sleep. Half a bottle of vodka yesterday. Ben",
  "moderate", "substance_use", "psychotherapy", "whatsapp", "03-01 01:20", who="Ben", g="en-sub-01", v="base")
M("I haven't been drinking to get to sleep any more, three weeks now. Ben",
  "none", "", "information psychotherapy", "whatsapp", "03-01 21:20", who="Ben", g="en-sub-01", v="negation",
  note="progress report")
M("Last year I was drinking every night to get to sleep, like I told you in our first session. Ben",
  "low", "", "psychotherapy", "whatsapp", "03-01 21:20", who="Ben", g="en-sub-01", v="tense",
  note="historic -> low")

M("I feel so alone tonight. Nobody ever calls me. Chloe",
  "low", "loneliness", "psychotherapy", "sms", "11-02 23:30", who="Chloe|C.", g="en-lon-01", v="base")
M("i feel so alone tonight :( nobody ever calls me",
  "low", "loneliness", "psychotherapy", "sms", "11-02 23:30", who="Chloe|C.", g="en-lon-01", v="emoticon")
M("\"I feel so alone tonight, nobody ever calls me\" - that's the first line of the poem I wrote for class, I got an A! Chloe",
  "none", "", "information", "sms", "11-02 18:30", who="Chloe|C.", g="en-lon-01", v="quotation")

M("I've got the pills counted out on the table. 40 of them. I'm going to take them after midnight. Goodbye.",
  "imminent", "suicidal_ideation", "medication psychotherapy", "sms", "12-21 23:05", who="Daniel|Dan", g="en-imm-01", v="base")
M("In the book I'm reading the main character has the pills counted out on the table, 40 of them, and says he'll take them after midnight. Heavy stuff. Dan",
  "none", "", "information", "sms", "12-21 21:05", who="Daniel|Dan", g="en-imm-01", v="quotation",
  note="reported fiction -> none")
M("Two years ago I had the pills counted out on the table, 40 of them. I'm glad we can talk about it now. Dan",
  "low", "", "medication psychotherapy", "sms", "12-21 21:05", who="Daniel|Dan", g="en-imm-01", v="tense")

M("I took all my sleeping pills. I'm sorry.",
  "imminent", "self_harm suicidal_ideation apology", "medication psychotherapy", "sms", "09-09 02:14", who="Olivia|Liv", g="en-od-01", v="base",
  note="overdose taken; apology in farewell")
M("I took all my sleeping pills with me on the trip, don't worry. Olivia",
  "none", "", "medication information", "sms", "09-09 14:14", who="Olivia|Liv", g="en-od-01", v="idiom",
  note="'took' as carried: not an overdose")

M("I'm thinking about jumping off the bridge near my house.",
  "high", "suicidal_ideation", "psychotherapy", "whatsapp", "10-05 22:45", who="Ryan", g="en-meth-01", v="base",
  note="thinking of a method")
M("In the film the guy is thinking about jumping off the bridge and then his dog finds him. I cried so much 😭 Ryan",
  "none", "", "information", "whatsapp", "10-05 22:45", who="Ryan", g="en-meth-01", v="quotation")
M("If I ever started thinking about jumping off a bridge, what should I do? Just asking because of the leaflet you gave me. Ryan",
  "low", "", "psychotherapy", "whatsapp", "10-05 17:45", who="Ryan", g="en-meth-01", v="negation",
  note="hypothetical question -> low (variant kind 'negation' used for hypothetical)")

# ---------------------------------------------------------------- none: logistics, news
M("Hi, this is Megan. Can we move Thursday's session to 5pm? Thanks",
  "none", "", "cancellation", "sms", "01-08 09:12", who="Megan")
M("Sorry, I have to cancel tomorrow, my son has a fever. I'll call the office to book another day. Aisha",
  "none", "apology", "cancellation", "whatsapp", "01-12 07:55", who="Aisha")
M("Got the invoice, thank you. Paid by bank transfer this morning. Daniel",
  "none", "", "information", "email", "01-15 11:20", who="Daniel|Dan")
M("Quick question: is the video link for Monday the same as last time? Sophie",
  "none", "", "information", "portal", "01-16 18:40", who="Sophie")
M("ok thanks see you thursday",
  "none", "", "", "sms", "01-17 12:01", who="Jake|J")
M("Everything went well at the interview!! They're calling me back next week 🎉 Hannah",
  "none", "", "information", "whatsapp", "01-20 16:30", who="Hannah|H")
M("The new dose seems fine, no more headaches. Should I keep taking it at night or in the morning? Ben",
  "none", "", "medication", "portal", "01-22 08:45", who="Ben")
M("Running 10 minutes late, stuck on the bus. Sorry! Chloe",
  "none", "apology", "information", "sms", "01-23 16:52", who="Chloe|C.")
M("I passed my driving test 😊😊 Thought you'd like to know. Marcus",
  "none", "", "information", "whatsapp", "01-24 14:02", who="Marcus")
M("Hello Dr Carter, I'm writing to confirm the couple session next Wednesday at 6. Both of us will be there. Best, Priya",
  "none", "", "information", "email", "01-26 10:10", who="Priya|P.")
M("Can you send me the receipt for January for my insurance? Thanks, Emma",
  "none", "", "information", "email", "01-27 09:00", who="Emma")
M("Had a really good week actually. Talked to my dad like we practised. He listened! Tom",
  "none", "", "information psychotherapy", "whatsapp", "01-28 19:20", who="Tom|T.")
M("Can't make it today, car broke down 😩 can we do Friday?",
  "none", "", "cancellation", "whatsapp", "02-02 08:15", who="Ryan",
  note="negative emoji about the car: not a valence shift (matches the words)")
M("URGENT: I need to move tomorrow's appointment, my boss just changed my shifts. Please reply today. Aisha",
  "none", "urgency", "cancellation", "sms", "02-04 17:30", who="Aisha")
M("Thank you for yesterday. I've been thinking about what you said about my mum all day. Sophie",
  "none", "", "psychotherapy", "portal", "02-05 20:00", who="Sophie")
M("Hi it's Olivia. The pharmacy says the prescription is expired, can the psychiatrist renew it?",
  "none", "", "medication", "portal", "02-06 12:30", who="Olivia|Liv")
M("Do you have any space on Saturdays? My new job starts next month. Ben",
  "none", "", "information", "email", "02-07 15:15", who="Ben")
M("WE GOT THE FLAT!!! Moving in March 🥳 Chloe",
  "none", "", "information", "whatsapp", "02-08 13:13", who="Chloe|C.")
M("Is it normal to feel sleepy with the new tablets? Just the first few days I hope. Dan",
  "none", "", "medication", "sms", "02-09 10:40", who="Daniel|Dan")
M("I'm dying to tell you what happened with Sara on Saturday 😄 it went SO well. Megan",
  "none", "", "information psychotherapy", "whatsapp", "02-10 11:05", who="Megan",
  note="'dying to' idiom")
M("My boss is going to kill me, I forgot the report again, anyway see you at 4. Emma",
  "none", "", "information", "sms", "02-11 14:00", who="Emma",
  note="idiom")
M("lol that meme you mentioned, I'm dead 😂😂 Jake",
  "none", "", "", "whatsapp", "02-12 18:18", who="Jake|J", note="idiom 'I'm dead' = laughing")
