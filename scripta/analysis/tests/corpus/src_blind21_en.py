# Blind round 21 (English; written 2026-11-28 by an author who never saw the engine nor rounds 2-20), sealed until measured.
# Fictional English messages (patients and the people around them to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Nickname",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b21en-01: passive wish not to wake, Dublin
M(
    "Wouldn't be the worst thing in the world if I just didn't wake up tomorrow tbh. Not being dramatic, I'm just wrecked from all of it. Siobhán",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 23:41",
    tz="Europe/Dublin",
    who="Siobhán|Siobhan",
    g="b21en-01",
    v="base",
)
M(
    "It's not that I'd want to not wake up tomorrow or anything, not at all. Not being dramatic, I'm just wrecked from all of it. Siobhán",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 23:41",
    tz="Europe/Dublin",
    who="Siobhán|Siobhan",
    g="b21en-01",
    v="negation",
    note="negated passive wish: low",
)
M(
    "Last winter I'd honestly have said it wouldn't be the worst thing if I just didn't wake up. Not being dramatic, I was just wrecked from all of it back then. Siobhán",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 23:41",
    tz="Europe/Dublin",
    who="Siobhán|Siobhan",
    g="b21en-01",
    v="tense",
    note="past ideation: low",
)
M(
    "'Wouldn't be the worst thing in the world if I just didn't wake up tomorrow' is the opening line of the play I'm in, and the director wants me to say it lighter 🙃 Siobhán",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-22 23:41",
    tz="Europe/Dublin",
    who="Siobhán|Siobhan",
    g="b21en-01",
    v="quotation",
    note="a line from a play",
)
M(
    "WOULDN'T BE THE WORST THING IN THE WORLD IF I JUST DIDN'T WAKE UP TOMORROW tbh. Not being dramatic, I'm just wrecked from all of it. Siobhán",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 23:41",
    tz="Europe/Dublin",
    who="Siobhán|Siobhan",
    g="b21en-01",
    v="caps",
)

# b21en-02: stockpiled tablets, place and time, Queensland
M(
    "Saved up three months of the sleeping tablets, they're in the glovebox. Driving up to the lookout after the footy tonight. Cheers for trying with me, you've been good. Dave",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    ch="sms",
    at="11-21 18:05",
    tz="Australia/Brisbane",
    who="Dave|David",
    g="b21en-02",
    v="base",
    note="means gathered, place and time, farewell",
)
M(
    "Packed three months of the sleeping tablets in the glovebox so I don't run out up north. Driving up to the lookout after the footy tonight. Cheers for the reminder, you've been good. Dave",
    "none",
    "",
    "medication information",
    ch="sms",
    at="11-21 18:05",
    tz="Australia/Brisbane",
    who="Dave|David",
    g="b21en-02",
    v="idiom",
    note="everyday travel with medication",
)
M(
    "Mate my brother's saved up three months of his sleeping tablets, says they're in his glovebox and he's driving up to the lookout after the footy tonight. Ring me back asap, I don't know what to do. Dave",
    "low",
    "support_request urgency",
    "psychotherapy",
    ch="sms",
    at="11-21 18:05",
    tz="Australia/Brisbane",
    who="Dave|David",
    g="b21en-02",
    v="person",
    note="someone else's crisis (the brother is not the patient): low",
)
M(
    "If I ever started saving up the sleeping tablets in the glovebox again, would you want me to text you or ring the crisis line? Just filling in the safety plan. Dave",
    "low",
    "",
    "medication psychotherapy",
    ch="sms",
    at="11-21 18:05",
    tz="Australia/Brisbane",
    who="Dave|David",
    g="b21en-02",
    v="negation",
    note="hypothetical question: low",
)
M(
    "Saved up three months of the sleeping tablets, they're in the glovebox. Driving up to the lookout after the footy tonight 🙂 Cheers for trying with me, you've been good. Dave",
    "imminent",
    "suicidal_ideation valence_shift",
    "medication psychotherapy",
    ch="sms",
    at="11-21 18:05",
    tz="Australia/Brisbane",
    who="Dave|David",
    g="b21en-02",
    v="emoticon",
)

# b21en-03: self-harm urge, US teen
M(
    "ngl the itch is back real bad tonight. keep looking at the sharpener in my pencil case. idk what to do w myself rn -Kayla",
    "high",
    "self_harm",
    "psychotherapy",
    ch="sms",
    at="11-24 22:52",
    tz="America/New_York",
    who="Kayla|Kay",
    g="b21en-03",
    v="base",
    note="urge to cut (blade of a sharpener)",
)
M(
    "ngl the itch wasn't back tonight. didn't even look at the sharpener in my pencil case. -Kayla",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-24 22:52",
    tz="America/New_York",
    who="Kayla|Kay",
    g="b21en-03",
    v="negation",
    note="negated urge: low",
)
M(
    "in 8th grade the itch would come back real bad at night and i'd keep looking at the sharpener in my pencil case. idk what to do w that memory -Kayla",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-24 22:52",
    tz="America/New_York",
    who="Kayla|Kay",
    g="b21en-03",
    v="tense",
    note="past self-harm: low",
)
M(
    "ngl the itch is back real bad tonight 😭 keep looking at the sharpener in my pencil case. idk what to do w myself rn -Kayla",
    "high",
    "self_harm",
    "psychotherapy",
    ch="sms",
    at="11-24 22:52",
    tz="America/New_York",
    who="Kayla|Kay",
    g="b21en-03",
    v="emoticon",
)

# b21en-04: method thought on the commute, London
M(
    "Honestly I think about stepping in front of the train on the Northern line most mornings now. Might be 10 mins late Thursday. Priya",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="portal",
    at="11-23 07:12",
    tz="Europe/London",
    who="Priya|Pri",
    g="b21en-04",
    v="base",
)
M(
    "Honestly the Northern line is going to be the death of me, signal failures most mornings now. Might be 10 mins late Thursday. Priya",
    "none",
    "",
    "information",
    ch="portal",
    at="11-23 07:12",
    tz="Europe/London",
    who="Priya|Pri",
    g="b21en-04",
    v="idiom",
)
M(
    "The narrator of my book club novel says 'I think about stepping in front of the train most mornings' and I read that bit on the Northern line, bleak choice for a commute read. Might be 10 mins late Thursday. Priya",
    "none",
    "",
    "information",
    ch="portal",
    at="11-23 07:12",
    tz="Europe/London",
    who="Priya|Pri",
    g="b21en-04",
    v="quotation",
    note="a line from a novel",
)
M(
    "Honestly I think about STEPPING IN FRONT OF THE TRAIN on the Northern line most mornings now. Might be 10 mins late Thursday. Priya",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="portal",
    at="11-23 07:12",
    tz="Europe/London",
    who="Priya|Pri",
    g="b21en-04",
    v="caps",
)

# b21en-05: withdrawal and hopelessness, Lagos
M(
    "Good evening ma. I have not left this room since Sunday, I just lie down and stare at the ceiling. Nothing is going to change for me abeg. Chiamaka",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-20 21:15",
    tz="Africa/Lagos",
    who="Chiamaka|Chi",
    g="b21en-05",
    v="base",
)
M(
    "Good evening ma. I have not stayed in this room since Sunday, I went out every day. Something is going to change for me abeg. Chiamaka",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-20 21:15",
    tz="Africa/Lagos",
    who="Chiamaka|Chi",
    g="b21en-05",
    v="negation",
    note="negated moderate cues: none",
)
M(
    "Good evening ma. My cousin has not left her room since Sunday, she just lies down and stares at the ceiling. She says nothing is going to change for her. Chiamaka",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-20 21:15",
    tz="Africa/Lagos",
    who="Chiamaka|Chi",
    g="b21en-05",
    v="person",
    note="someone else's state: low",
)
M(
    "Good evening ma. I have not left this room since Sunday, I just lie down and stare at the ceiling 😔 Nothing is going to change for me abeg. Chiamaka",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-20 21:15",
    tz="Africa/Lagos",
    who="Chiamaka|Chi",
    g="b21en-05",
    v="emoticon",
)

# b21en-06: giving things away and farewell, Kingston teen
M(
    "Miss, I gave Shanice my phone charger and my good trainers today, she can keep them. Just want to say thank you for everything you tried with me. By the time you read this it'll be done. Andre",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-25 22:30",
    tz="America/Jamaica",
    who="Andre|Dre",
    g="b21en-06",
    v="base",
    note="giving things away + farewell",
)
M(
    "Miss, in the school play my character says 'I gave away my good trainers today. Thank you for everything you tried with me. By the time you read this it'll be done.' I have to say it Friday and I keep laughing in rehearsal lol. Andre",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-25 22:30",
    tz="America/Jamaica",
    who="Andre|Dre",
    g="b21en-06",
    v="quotation",
    note="a line from a school play",
)
M(
    "Miss, my friend Jaylen gave me his phone charger and his good trainers today and said 'thank you for everything, by the time you read this it'll be done.' He's not answering. I'm scared. Andre",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-25 22:30",
    tz="America/Jamaica",
    who="Andre|Dre",
    g="b21en-06",
    v="person",
    note="a friend's farewell (not the patient): low",
)
M(
    "Miss, I gave Shanice my phone charger and my good trainers today, she can keep them. Just want to say thank you for everything you tried with me. BY THE TIME YOU READ THIS IT'LL BE DONE. Andre",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-25 22:30",
    tz="America/Jamaica",
    who="Andre|Dre",
    g="b21en-06",
    v="caps",
)

# b21en-07: partner reports an overdose, Ontario
M(
    "Hi it's Marc, Julie's husband. Found her on the bathroom floor with empty blister packs of her Seroquel everywhere, she's breathing but won't wake up properly. Ambulance is on the way. Please call me as soon as you see this",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="sms",
    at="11-26 02:14",
    tz="America/Toronto",
    who="Marc|Marc-André",
    g="b21en-07",
    v="base",
    note="partner as proxy: overdose taken",
)
M(
    "Hi it's Marc, Julie's husband. In 2019 I found her on the bathroom floor with empty blister packs of her Seroquel everywhere; she asked me to tell you about it before Thursday since you two are going over that time. No rush",
    "low",
    "",
    "medication psychotherapy",
    ch="sms",
    at="11-26 02:14",
    tz="America/Toronto",
    who="Marc|Marc-André",
    g="b21en-07",
    v="tense",
    note="past overdose, discussed in therapy: low",
)
M(
    "Hi it's Marc, Julie's husband. She's dead to the world on the sofa after a double shift, so I'm writing for her: can we move Thursday to 5? Her Seroquel refill is sorted. No rush",
    "none",
    "",
    "medication cancellation",
    ch="sms",
    at="11-26 02:14",
    tz="America/Toronto",
    who="Marc|Marc-André",
    g="b21en-07",
    v="idiom",
)
M(
    "Hi it's Marc, Julie's husband. FOUND HER ON THE BATHROOM FLOOR with empty blister packs of her Seroquel everywhere, she's breathing but won't wake up properly. Ambulance is on the way. Please call me as soon as you see this",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="sms",
    at="11-26 02:14",
    tz="America/Toronto",
    who="Marc|Marc-André",
    g="b21en-07",
    v="caps",
)

# b21en-08: burdensomeness, Bengaluru student
M(
    "Dear Dr. Menon,\n\nI have been thinking that my parents would honestly be better off without the expense and worry of me. They spent so much on my coaching and I have given them only shame.\n\nRegards,\nArjun",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-19 23:20",
    tz="Asia/Kolkata",
    who="Arjun|Arjun Rao",
    g="b21en-08",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Dear Dr. Menon,\n\nI don't think my parents would be better off without me, even with the expense and worry. They spent so much on my coaching and I still feel I have given them only shame.\n\nRegards,\nArjun",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-19 23:20",
    tz="Asia/Kolkata",
    who="Arjun|Arjun Rao",
    g="b21en-08",
    v="negation",
)
M(
    "Dear Dr. Menon,\n\nMy roommate keeps saying his parents would honestly be better off without the expense and worry of him. They spent so much on his coaching and he says he has given them only shame.\n\nRegards,\nArjun",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-19 23:20",
    tz="Asia/Kolkata",
    who="Arjun|Arjun Rao",
    g="b21en-08",
    v="person",
)
M(
    "Dear Dr. Menon...\n\nI have been thinking that my parents would honestly be better off without the expense and worry of me... They spent so much on my coaching and I have given them only shame...\n\nRegards,\nArjun",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-19 23:20",
    tz="Asia/Kolkata",
    who="Arjun|Arjun Rao",
    g="b21en-08",
    v="emoticon",
    note="ellipses instead of full stops",
)

# b21en-09: drinking to cope, Johannesburg
M(
    "Sorry for the late one. Finished the second bottle of wine on my own again tonight, it's the only way I can switch my head off lately. Lerato",
    "moderate",
    "apology substance_use",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 23:50",
    tz="Africa/Johannesburg",
    who="Lerato|Lera",
    g="b21en-09",
    v="base",
)
M(
    "Sorry for the late one. Didn't touch the wine tonight, I switched my head off with a long walk instead. Lerato",
    "none",
    "apology",
    "information",
    ch="whatsapp",
    at="11-22 23:50",
    tz="Africa/Johannesburg",
    who="Lerato|Lera",
    g="b21en-09",
    v="negation",
)
M(
    "Sorry for the late one. Finished the second bottle of wine at my sister's braai tonight, between twelve of us, don't panic 😂 Lerato",
    "none",
    "apology",
    "information",
    ch="whatsapp",
    at="11-22 23:50",
    tz="Africa/Johannesburg",
    who="Lerato|Lera",
    g="b21en-09",
    v="idiom",
    note="social drinking",
)
M(
    "Sorry for the late one. FINISHED THE SECOND BOTTLE OF WINE ON MY OWN again tonight, it's the only way I can switch my head off lately. Lerato",
    "moderate",
    "apology substance_use",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 23:50",
    tz="Africa/Johannesburg",
    who="Lerato|Lera",
    g="b21en-09",
    v="caps",
)

# b21en-10: mother reports her daughter, Leeds
M(
    "Hello, Karen here, Ellie's mum. Ellie told her form tutor today that she wishes she'd never been born and that everyone would be better off if she was dead. She won't talk to me about it. Is there any chance of an extra session this week? Karen",
    "high",
    "support_request suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-24 16:40",
    tz="Europe/London",
    who="Karen|Karen Whitaker",
    g="b21en-10",
    v="base",
    note="parent as proxy",
)
M(
    "Hello, Karen here, Ellie's mum. Ellie's English class is studying a poem with the line 'I wish I'd never been born, they'd be better off if I was dead' and she wrote a brilliant essay on it, her tutor was thrilled. Just sharing some good news! Karen",
    "none",
    "",
    "information",
    ch="email",
    at="11-24 16:40",
    tz="Europe/London",
    who="Karen|Karen Whitaker",
    g="b21en-10",
    v="quotation",
)
M(
    "Hello, Karen here, Ellie's mum. Ellie told her form tutor today that she doesn't wish she'd never been born and doesn't think anyone would be better off without her, when they did the wellbeing survey. She won't talk to me about it though. Is there any chance of an extra session this week? Karen",
    "low",
    "support_request",
    "psychotherapy",
    ch="email",
    at="11-24 16:40",
    tz="Europe/London",
    who="Karen|Karen Whitaker",
    g="b21en-10",
    v="negation",
)
M(
    "Hello, Karen here, Ellie's mum. Ellie told her form tutor today that last year she used to wish she'd never been born and that everyone would be better off if she was dead. She won't talk to me about it. Is there any chance of an extra session this week? Karen",
    "low",
    "support_request",
    "psychotherapy",
    ch="email",
    at="11-24 16:40",
    tz="Europe/London",
    who="Karen|Karen Whitaker",
    g="b21en-10",
    v="tense",
)

# b21en-11: sitting with a rifle, Texas
M(
    "Been sitting in the truck with my dad's old rifle across my lap a lot lately. Not doing anything, just sitting. Figured you should know. -Travis",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-23 01:30",
    tz="America/Chicago",
    who="Travis|Trav",
    g="b21en-11",
    v="base",
    note="dwelling on a method",
)
M(
    "Been sitting in the truck with my dad's old rifle across my lap a lot lately, waiting on the deer to show up at the feeder lol. Figured you should know why I'm never answering. -Travis",
    "none",
    "",
    "information",
    ch="sms",
    at="11-23 01:30",
    tz="America/Chicago",
    who="Travis|Trav",
    g="b21en-11",
    v="idiom",
    note="hunting",
)
M(
    "Back in the spring I'd sit in the truck with my dad's old rifle across my lap a lot. Not doing anything, just sitting. Figured you should know, since you asked what was worst. -Travis",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-23 01:30",
    tz="America/Chicago",
    who="Travis|Trav",
    g="b21en-11",
    v="tense",
)
M(
    "Been sitting in the truck with my dad's old rifle across my lap a lot lately... Not doing anything, just sitting... Figured you should know... -Travis",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-23 01:30",
    tz="America/Chicago",
    who="Travis|Trav",
    g="b21en-11",
    v="emoticon",
    note="ellipses instead of full stops",
)

# b21en-12: loneliness, Glasgow widow
M(
    "Just me and the telly again this weekend. Nobody's rung since the funeral. Could we have a wee chat on the phone before Thursday? Margaret",
    "low",
    "support_request loneliness",
    "psychotherapy",
    ch="portal",
    at="11-22 15:05",
    tz="Europe/London",
    who="Margaret|Peggy",
    g="b21en-12",
    v="base",
)
M(
    "Not just me and the telly this weekend! My nephew's up from Ayr and the neighbours have rung. See you Thursday. Margaret",
    "none",
    "",
    "information",
    ch="portal",
    at="11-22 15:05",
    tz="Europe/London",
    who="Margaret|Peggy",
    g="b21en-12",
    v="negation",
)
M(
    "Just me and the telly again this weekend ☹️ Nobody's rung since the funeral. Could we have a wee chat on the phone before Thursday? Margaret",
    "low",
    "support_request loneliness",
    "psychotherapy",
    ch="portal",
    at="11-22 15:05",
    tz="Europe/London",
    who="Margaret|Peggy",
    g="b21en-12",
    v="emoticon",
)

# b21en-13: bridge plan with timing, Trinidad
M(
    "Doc I check the bridge times, the security does change at 2. Tonight is the night, I tired. Doh call the police please, just wanted somebody to know. Kevin",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 00:40",
    tz="America/Port_of_Spain",
    who="Kevin|Kev",
    g="b21en-13",
    v="base",
    note="place and time",
)
M(
    "DOC I CHECK THE BRIDGE TIMES, THE SECURITY DOES CHANGE AT 2. TONIGHT IS THE NIGHT, I TIRED. DOH CALL THE POLICE PLEASE, JUST WANTED SOMEBODY TO KNOW. KEVIN",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 00:40",
    tz="America/Port_of_Spain",
    who="Kevin|Kev",
    g="b21en-13",
    v="caps",
)
M(
    "Doc if I ever start checking the bridge times and saying tonight is the night, what should my wife do? Just wanted somebody to know what to look out for. Kevin",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 00:40",
    tz="America/Port_of_Spain",
    who="Kevin|Kev",
    g="b21en-13",
    v="negation",
    note="hypothetical question: low",
)
M(
    "Doc I check the bridge times, the traffic does ease off at 2. Tonight is the night, Trinidad vs Jamaica at the Oval! Just wanted somebody to know why I not answering. Kevin",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-27 00:40",
    tz="America/Port_of_Spain",
    who="Kevin|Kev",
    g="b21en-13",
    v="idiom",
)

# ==== single messages: high

M(
    "I've started looking up how many paracetamol it would take. Just reading, not doing anything. You said to be honest so. Tom",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    ch="sms",
    at="11-21 23:58",
    tz="Europe/London",
    who="Tom|Tommy",
    note="researching a method",
)
M(
    "hey its jess sorry voice texting in the car full stop honestly been thinking everyone at home would manage better if i wasnt around full stop the kids have their dad full stop anyway see you wednesday",
    "high",
    "apology suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-20 08:10",
    tz="Australia/Perth",
    who="Jess|Jessica",
    note="voice-to-text; burdensomeness",
)
M(
    "lowkey wish i could just stop existing for a while. or forever idc. school is whatever",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-25 00:22",
    tz="America/New_York",
    who="Aaliyah|Liyah",
)
M(
    "Namaste Doctor, this is Rohan, Mr. Venkatesh's son. Papa keeps telling my mother he has lived enough and is only waiting for God to take him. Since Monday he has stopped his BP tablets also. Can you please call me when free?",
    "high",
    "support_request suicidal_ideation",
    "medication psychotherapy",
    ch="whatsapp",
    at="11-23 07:45",
    tz="Asia/Kolkata",
    who="Rohan|Rohan Venkatesh",
    note="adult son as proxy: passive wish to die",
)
M(
    "Grand week really. Only thing is I keep driving past the quarry and wondering would anyone even notice if the car went over the edge. Anyway. Same time Tuesday? Ciarán",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="sms",
    at="11-24 19:20",
    tz="Europe/Dublin",
    who="Ciarán|Ciaran",
)
M(
    "I did it again last night with the razor, on my thigh this time so nobody will see. It's not deep. I just needed to feel something else. Tobi",
    "high",
    "self_harm",
    "psychotherapy",
    ch="whatsapp",
    at="11-21 01:10",
    tz="Africa/Lagos",
    who="Tobi|Tobiloba",
)
M(
    "Hi Dr. Boudreau,\n\nI said I'd write instead of cramming it all into Thursday, so here goes. Work has been relentless since the new unit manager started. We're short two RNs on nights and I've been floated to emerg four times this month, which I hate, because I never know where anything is and the charting system is different. I come home at 8 am, sleep until 2, pick Mom up from her day program and then it's supper, her meds, her bath, and I'm back out the door at 6:30. Mark does what he can but he's on the road most weeks.\n\nThe thing I promised to tell you: some nights on the drive home I catch myself thinking it would be a relief if a logging truck just took me out on the 102. Not me doing anything. Just, it would be over and nobody could say I gave up. I'm not going to do anything, I know the drill, but you told me to say when those thoughts show up, so I'm saying it. They've been showing up most nights this week.\n\nOther stuff is okay, honestly. I finished the book you lent me and I walked the dog on Sunday in actual daylight.\n\nPractical thing: could we switch to video for December? The rota's out and I'm on nights three weeks out of four, and the drive into the city on no sleep isn't great anyway.\n\nThanks for reading all this.\nRachel",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="email",
    at="11-18 22:05",
    tz="America/Halifax",
    who="Rachel|Rach",
    note="passive ideation; negated intent does not lower it",
)
M(
    "Tired tired. Some nights I does pray the Lord take me in my sleep so I don't have to face another morning. Don't mind me. Marcia",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 05:20",
    tz="America/Barbados",
    who="Marcia|Marcie",
)
M(
    "made a playlist for my own funeral lol it actually slaps. been thinking about it a lot tbh, like who'd even come",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 20:15",
    tz="Europe/London",
    who="Zara|Zaz",
    note="dwelling on own funeral",
)

# ==== single messages: imminent

M(
    "Good morning, this is Nomsa, Mrs. Pillay's carer. This morning she gave me her rings and her good sari and said she won't need them where she is going. She asked me to feed the cat 'after' and said goodbye at the door like it was the last time. She is very calm. I am worried, please phone me.",
    "imminent",
    "support_request suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-23 09:40",
    tz="Africa/Johannesburg",
    who="Nomsa|Nomsa Dlamini",
    note="carer as proxy: giving things away and farewell",
)
M(
    "Dear Helen,\n\nI wanted to write this properly rather than send a text. Thank you for the last two years, you've been kinder to me than I deserved. I've left letters for Mum and for Sophie in the desk drawer, and Rob's taking the dog. I've made my peace with it and tonight feels right. Please don't blame yourself for any of this.\n\nGareth",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-19 01:35",
    tz="Europe/London",
    who="Gareth|Gaz",
    note="farewell letter",
)
M(
    "took all my lorazepam with like half a bottle of vodka maybe an hour ago. feeling floaty. just wanted to tell someone i guess",
    "imminent",
    "substance_use self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="sms",
    at="11-22 23:30",
    tz="America/Denver",
    who="Brittany|Britt",
    note="overdose taken, with alcohol",
)
M(
    "im doing it at school tmrw in the science block toilets, the rope's already in my bag. dont tell mum. sorry miss",
    "imminent",
    "apology suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-24 21:50",
    tz="Australia/Adelaide",
    who="Mia|Mimi",
    note="method, place and time",
)
M(
    "Sir I have written letters for everyone and kept them on the table. Tonight after everyone sleeps I will finish this. Thank you for listening all these months. Please forgive me. Vikram",
    "imminent",
    "apology suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-25 23:55",
    tz="Asia/Kolkata",
    who="Vikram|Vicky",
)
M(
    "cut too deep this time and its soaking thru the towel, wont stop. not sure if i need a&e or im being dramatic",
    "imminent",
    "self_harm",
    "psychotherapy",
    ch="sms",
    at="11-26 03:05",
    tz="Europe/Dublin",
    who="Aoife|Aoifs",
    note="self-harm with medical danger",
)
M(
    "Doctor please, it's Mr. Okafor, Emeka's father. Emeka locked himself in the bathroom and said he has drunk the insecticide. We are rushing him to LUTH now. Please call me urgently.",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-20 16:25",
    tz="Africa/Lagos",
    who="Mr. Okafor|Chukwudi Okafor",
    note="parent as proxy: poisoning taken",
)

# ==== single messages: moderate

M(
    "What's even the point anymore. Every week the same row with Rob, same tears, same nothing. I can't do this any more. Hannah",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-21 22:40",
    tz="Europe/London",
    who="Hannah|Han",
)
M(
    "Hi,\n\nSorry I missed Monday as well. I haven't been to a lecture in two weeks, my phone's been off and I'm barely leaving the flat. I'll try for next week.\n\nDara",
    "moderate",
    "apology withdrawal",
    "cancellation psychotherapy",
    ch="email",
    at="11-25 11:30",
    tz="Europe/Dublin",
    who="Dara|Dara Quinn",
)
M(
    "been smoking from the minute i wake up just to get thru the day honestly. dont judge lol -Marcus",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="sms",
    at="11-22 14:15",
    tz="America/New_York",
    who="Marcus|Marc",
)
M(
    "Having a massive panic attack on the GO train, can't breathe, hands are numb, I think I'm going to pass out. Can you call me right now?? Leah",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    ch="sms",
    at="11-26 08:12",
    tz="America/Toronto",
    who="Leah|Lee",
    note="overwhelming panic",
)
M(
    "I'm at the end of my rope with all of it mate. Job, Kelly, the money. Can't keep going like this. Shane",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-23 20:05",
    tz="Australia/Sydney",
    who="Shane|Shano",
)
M(
    "mom made me go to school but i just sat in the bathroom the whole day and didn't go to one class. can't face anyone there",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="whatsapp",
    at="11-24 15:30",
    tz="Africa/Johannesburg",
    who="Lwazi|Lwa",
)
M(
    "Mi cyaan tek it nuh more. Everyting pon mi one, and nutten nah go change. Simone",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-21 19:45",
    tz="America/Jamaica",
    who="Simone|Sim",
)
M(
    "Hi Fiona,\n\nSorry this is long. You asked me to write things down between sessions so here it is.\n\nThey finally did it on Monday: twenty-two of us laid off from the platform contract, a letter and a cardboard box and 'thanks for your service'. Nineteen years. I drove home and didn't tell Karen until the evening because I couldn't get the words out.\n\nSince Wednesday I've not been out the door except to the off-licence. I've been getting through most of a bottle of whisky every night, more than I'd ever admit to the GP, because it's the only thing that shuts my head up long enough to sleep. Karen's noticed. The boys have noticed. I keep telling them I'm fine and I'll look at jobs tomorrow, and tomorrow I'm on the couch with the curtains shut again.\n\nI honestly can't see a way out of this hole. Every job on the board wants tickets I let lapse or a move to Norway, and I'm 54. I've been going over the mortgage numbers in the middle of the night and they don't work whatever way I do them.\n\nI'm not writing for you to fix it. I just said I'd be honest with you. I'll be there Tuesday, Karen's driving me.\n\nAlasdair",
    "moderate",
    "apology substance_use withdrawal hopelessness",
    "information psychotherapy",
    ch="email",
    at="11-20 22:50",
    tz="Europe/London",
    who="Alasdair|Ally",
)
M(
    "Ma'am I couldn't get up today at all. Lay in bed till evening, didn't eat, didn't bathe. Mother-in-law keeps taunting. Sorry for disturbing on Sunday. Kavya",
    "moderate",
    "apology withdrawal",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 18:20",
    tz="Asia/Kolkata",
    who="Kavya|Kavs",
)
M(
    "everything is pointless and nothing is ever gonna get better 😂😂 anyway how was ur weekend",
    "moderate",
    "valence_shift hopelessness",
    "psychotherapy",
    ch="sms",
    at="11-23 17:00",
    tz="America/Vancouver",
    who="Noor|Noori",
)
M(
    "Hi Dr. Greene, this is Lisa, Tyler's mom. Tyler hasn't come out of his room since Friday except to use the bathroom, won't eat with us and has turned off his phone. Could you possibly fit him in this week? Thank you",
    "moderate",
    "support_request withdrawal",
    "psychotherapy",
    ch="portal",
    at="11-24 07:30",
    tz="America/New_York",
    who="Lisa|Lisa Brennan",
    note="parent as proxy",
)
M(
    "Oga doc, I don dey take the codeine syrup every night to sleep, two bottles this week. Without am my head no dey rest. Femi",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    ch="whatsapp",
    at="11-25 23:15",
    tz="Africa/Lagos",
    who="Femi|Oluwafemi",
)
M(
    "I honestly think I'm losing it. Third panic attack today, shaking in the car park at Tesco and I can't make myself drive home. Nuala",
    "moderate",
    "",
    "psychotherapy",
    ch="sms",
    at="11-21 13:10",
    tz="Europe/London",
    who="Nuala|Nu",
    note="overwhelming panic",
)
M(
    "Doc, I ent leave the house since the funeral, curtains closed, not answering nobody. What's the use. Ravi",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 10:05",
    tz="America/Port_of_Spain",
    who="Ravi|Ravindra",
)

# ==== single messages: low

M(
    "my mate josh posted something proper dark on his story last night like a goodbye and now hes not answering anyone. im really scared. what do i do",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-23 08:05",
    tz="Europe/London",
    who="Jayden|Jay",
    note="a friend's crisis: low",
)
M(
    "Sunday arvo and the flat's dead quiet again. Reckon I could go the whole week without talking to a single person lol. Anyway. Zoe",
    "low",
    "loneliness",
    "psychotherapy",
    ch="whatsapp",
    at="11-22 16:20",
    tz="Australia/Melbourne",
    who="Zoe|Zo",
)
M(
    "Feeling very low today ma'am, missing my father. It is his death anniversary. Just wanted to tell someone. Neha",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-24 10:15",
    tz="Asia/Kolkata",
    who="Neha|Nehu",
)
M(
    "About what we talked about last week, the times I used to hurt myself at uni. I've been wondering why I stopped and I think it was the running club. Anyway, see you Friday. Becca",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-25 12:40",
    tz="Europe/London",
    who="Becca|Rebecca",
    note="past self-harm discussed in therapy",
)
M(
    "Is there any chance we could talk for 5 minutes today? Nothing urgent, just a rough morning. Sipho",
    "low",
    "support_request",
    "psychotherapy",
    ch="whatsapp",
    at="11-20 09:30",
    tz="Africa/Johannesburg",
    who="Sipho|Sipho Ndlovu",
)
M(
    "Random question, but if I ever got back to thinking about ending it, is it you I call first or 988? Just want it written in the plan. Jordan",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-21 20:00",
    tz="America/Los_Angeles",
    who="Jordan|Jordy",
    note="hypothetical question",
)

# ==== single messages: none

M(
    "Hi, this is Sandra from Paul Mensah's office. Paul asked me to let you know he's stuck on a site in Durban and will be about 20 minutes late for his 4pm. His phone's dead.",
    "none",
    "",
    "information",
    ch="sms",
    at="11-24 15:35",
    tz="Africa/Johannesburg",
    who="Sandra|Sandy",
    note="a colleague passes on a notice",
)
M(
    "Good morning Dr. Adeyemi,\n\nI have to cancel Wednesday's session, my daughter has chickenpox. Could we do the following week instead? Apologies for the short notice.\n\nFunmi",
    "none",
    "apology",
    "cancellation",
    ch="email",
    at="11-23 08:00",
    tz="Africa/Lagos",
    who="Funmi|Funmilayo",
)
M(
    "Hi, could you send the invoice for October to my work email? The insurer needs it by Friday. Thanks, Greg",
    "none",
    "",
    "information",
    ch="email",
    at="11-19 12:10",
    tz="America/Edmonton",
    who="Greg|Gregory",
)
M(
    "I'm literally dead 💀😂 my mum just tried to use the self checkout at Asda. anyway see u thursday",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-22 19:40",
    tz="Europe/London",
    who="Chloe|Clo",
)
M(
    "Work is killing me this week, three deadlines and a site visit in Polokwane. Could we move Friday to the afternoon? Thabo",
    "none",
    "",
    "cancellation information",
    ch="sms",
    at="11-24 07:05",
    tz="Africa/Johannesburg",
    who="Thabo|Thabz",
)
M(
    "Watched that film you mentioned, the one where the dad jumps off the bridge in the first scene. Wasn't expecting that! Good recommendation though, cried at the end. Tegan",
    "none",
    "",
    "information",
    ch="portal",
    at="11-21 10:30",
    tz="Australia/Sydney",
    who="Tegan|Teg",
)
M(
    "Quick one, Dr. Shah upped my sertraline to 100mg, is it ok to take it in the morning instead of at night? Feeling fine otherwise. Anjali",
    "none",
    "",
    "medication",
    ch="whatsapp",
    at="11-20 12:00",
    tz="Europe/London",
    who="Anjali|Anj",
)
M(
    "GOT THE APPRENTICESHIP!!! Couldn't have done it without our sessions honestly 🎉 Kwame",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-25 17:45",
    tz="Europe/London",
    who="Kwame|Kwams",
)
M(
    "If my sister borrows my straighteners one more time I swear I'll kill her 🙄 anyway can we do video tomorrow, I'm in Cork for the week",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-23 21:10",
    tz="Europe/Dublin",
    who="Clodagh|Clo",
)
M(
    "Can't stop humming the song from the Grade 3 concert, 'I'm going down to the river and I'm not coming back', such a gloomy number for a bunch of eight year olds to belt out 😂 Tanya",
    "none",
    "",
    "information",
    ch="email",
    at="11-20 19:00",
    tz="Africa/Johannesburg",
    who="Tanya|Tan",
    note="a song line",
)
