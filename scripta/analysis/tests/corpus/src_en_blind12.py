# Blind round 12 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-11), measured once
# with engine 2026.11.17 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients, or a parent/partner of a patient, to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b12en-01: teenage self-harm urge, a sharpener blade on the desk
M(
    "can't stop staring at the old marks on my wrist tonight and i want to go further. the blade from my pencil sharpener is out on the desk next to my maths homework",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "02-11 23:40",
    who="Skye|S.",
    g="b12en-01",
    v="base",
)
M(
    "can't stop staring at the old marks on my wrist tonight but i don't want to go further. the blade from my pencil sharpener is out on the desk next to my maths homework",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-11 23:40",
    who="Skye|S.",
    g="b12en-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "back in year 9 i couldn't stop staring at the old marks on my wrist and i wanted to go further. the blade from my pencil sharpener was always out on the desk next to my maths homework",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-11 23:40",
    who="Skye|S.",
    g="b12en-01",
    v="tense",
    note="historic self-harm urge -> low",
)
M(
    "can't stop staring at the old marks on my wrist tonight and I WANT TO GO FURTHER. the blade from my pencil sharpener is out on the desk next to my maths homework",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "02-11 23:40",
    who="Skye|S.",
    g="b12en-01",
    v="caps",
)

# b12en-02: overdose of sleeping tablets with vodka, taken
M(
    "Took all of the zopiclone I had left, about 14, and finished the vodka. Feel floaty. Just want you to know none of this is on you.",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "03-02 02:14",
    who="Callum|C.",
    g="b12en-02",
    v="base",
    note="overdose taken, with alcohol",
)
M(
    "Didn't take any of the zopiclone I had left, about 14, and didn't finish the vodka. Feel floaty. Just want you to know none of this is on you.",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "03-02 02:14",
    who="Callum|C.",
    g="b12en-02",
    v="negation",
    note="negated overdose -> low",
)
M(
    "Jamie took all of the zopiclone he had left, about 14, and finished the vodka. He's floaty. Just want you to know none of this is on you.",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "03-02 02:14",
    who="Callum|C.",
    g="b12en-02",
    v="person",
    note="flatmate's overdose: someone else's experience -> low",
)
M(
    "Took all of the zopiclone I had left, about 14, up to Mum's in Oban for the week, and the vodka for her birthday. Feel floaty after the ferry. Just want you to know none of this is on you, the Thursday mix-up I mean.",
    "none",
    "",
    "medication information",
    "sms",
    "03-02 02:14",
    who="Callum|C.",
    g="b12en-02",
    v="idiom",
    note="tablets packed for a trip; everyday phrase",
)

# b12en-03: perceived burdensomeness, and the same line from a play
M(
    "I keep having this thought that everyone would breathe easier if I just wasn't around to be managed anymore. Mam, the lads at work, you. It sits there all day.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-14 19:22",
    tz="Europe/Dublin",
    who="Aisling|A.",
    g="b12en-03",
    v="base",
)
M(
    "The play at the Gate had this line I keep having in my head: 'everyone would breathe easier if I just wasn't around to be managed anymore.' Mam, the lads at work, me, we all went. It sat there all day.",
    "none",
    "",
    "information",
    "portal",
    "04-14 19:22",
    tz="Europe/Dublin",
    who="Aisling|A.",
    g="b12en-03",
    v="quotation",
    note="a line from a play",
)
M(
    "I don't have this thought anymore that everyone would breathe easier if I just wasn't around to be managed. Mam, the lads at work, you. It doesn't sit there all day.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-14 19:22",
    tz="Europe/Dublin",
    who="Aisling|A.",
    g="b12en-03",
    v="negation",
    note="negated ideation -> low",
)

# b12en-04: rope, a named tree, a time
M(
    "Rope's in the boot of the ute and I know which gum tree out past the reserve. Saturday, before anyone's up.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-20 21:05",
    tz="Australia/Brisbane",
    who="Bree|B.",
    g="b12en-04",
    v="base",
    note="method + place + time",
)
M(
    "Rope's in the boot of the ute and I know which gum tree out past the reserve for the kids' tyre swing. Saturday, before anyone's up.",
    "none",
    "",
    "information",
    "sms",
    "05-20 21:05",
    tz="Australia/Brisbane",
    who="Bree|B.",
    g="b12en-04",
    v="idiom",
    note="a swing for the kids",
)
M(
    "If I ever had rope in the boot of the ute and knew which gum tree out past the reserve, what would you want me to do?",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-20 21:05",
    tz="Australia/Brisbane",
    who="Bree|B.",
    g="b12en-04",
    v="negation",
    note="hypothetical question -> low",
)

# b12en-05: tablets counted, a day chosen
M(
    "Counted them out on the bedside table, 42 amitriptyline in rows of six. Thursday, when Sunil's at his mum's.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "06-03 00:30",
    who="Harpreet|H.",
    g="b12en-05",
    v="base",
    note="pills counted and a time",
)
M(
    "Counted them out on the dispensary bench, 42 amitriptyline in rows of six for the care-home blister packs. Thursday, when Sunil's at his mum's, I'm on the late shift.",
    "none",
    "",
    "information",
    "whatsapp",
    "06-03 00:30",
    who="Harpreet|H.",
    g="b12en-05",
    v="idiom",
    note="a pharmacist's job",
)
M(
    "Three years ago I counted them out on the bedside table, 42 amitriptyline in rows of six, the Thursday Sunil was at his mum's.",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "06-03 00:30",
    who="Harpreet|H.",
    g="b12en-05",
    v="tense",
    note="historic plan -> low",
)

# b12en-06: days in bed
M(
    "Day 3 of not getting out of bed. Curtains shut, phone face down. I can't face any of it.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "01-19 15:10",
    tz="America/Toronto",
    who="Kayla|K.",
    g="b12en-06",
    v="base",
)
M(
    "Day 3 of not getting out of bed 😭 Curtains shut, phone face down 😭 I can't face any of it 😭",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "01-19 15:10",
    tz="America/Toronto",
    who="Kayla|K.",
    g="b12en-06",
    v="emoticon",
)
M(
    "DAY 3 OF NOT GETTING OUT OF BED. Curtains shut, phone face down. I can't face any of it.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "01-19 15:10",
    tz="America/Toronto",
    who="Kayla|K.",
    g="b12en-06",
    v="caps",
)
M(
    "Day 3 and I didn't stay in bed. Curtains shut, phone face down, but I can face it.",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "01-19 15:10",
    tz="America/Toronto",
    who="Kayla|K.",
    g="b12en-06",
    v="negation",
    note="negated moderate cue -> none",
)

# b12en-07: praying to be taken in sleep
M(
    "Doc, sometimes at night I ask the Lord to just take me while I'm sleeping, so I won't have to face another morning in this house. Sorry for the drama po.",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "07-08 22:15",
    tz="Asia/Manila",
    who="Marites|M.",
    g="b12en-07",
    v="base",
    note="passive ideation",
)
M(
    "Doc, sometimes at night Nanay asks the Lord to just take her while she's sleeping, so she won't have to face another morning in this house. Sorry for the drama po.",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "07-08 22:15",
    tz="Asia/Manila",
    who="Marites|M.",
    g="b12en-07",
    v="person",
    note="mother's passive ideation: someone else's -> low",
)
M(
    "Doc, I don't ask the Lord anymore at night to just take me while I'm sleeping, so I won't have to face another morning in this house. Sorry for the drama po.",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "07-08 22:15",
    tz="Asia/Manila",
    who="Marites|M.",
    g="b12en-07",
    v="negation",
    note="negated passive ideation -> low",
)

# b12en-08: a farewell letter
M(
    "Dear Dr Fraser,\nThank you for every Tuesday these two years. The vet records for Bramble are in the blue folder by the bread bin, and the back door will be on the latch for whoever comes first. You were very patient with an old fool.\nGordon",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "09-12 06:15",
    who="Gordon|G.|Mackie",
    g="b12en-08",
    v="base",
    note="farewell with arrangements",
)
M(
    "Dear Dr Fraser,\nThe novel at the library group ends with a letter: 'Thank you for every Tuesday these two years. The vet records for Bramble are in the blue folder by the bread bin, and the back door will be on the latch for whoever comes first.' Half the room was in tears.\nGordon",
    "none",
    "",
    "information",
    "email",
    "09-12 06:15",
    who="Gordon|G.|Mackie",
    g="b12en-08",
    v="quotation",
    note="a novel's last letter",
)
M(
    "Dear Dr Fraser,\nMy neighbour Alec left me a letter: 'Thank you for every Tuesday these two years. The vet records for Bramble are in the blue folder by the bread bin, and the back door will be on the latch for whoever comes first.' The ambulance came in time. I've not slept.\nGordon",
    "low",
    "",
    "psychotherapy",
    "email",
    "09-12 06:15",
    who="Gordon|G.|Mackie",
    g="b12en-08",
    v="person",
    note="neighbour's attempt: someone else's experience -> low",
)

# b12en-09: nothing will shift
M(
    "Honestly I can't see how this ends well. Same bills, same fights with Rick, same me in the mirror. Nothing's going to shift.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "10-05 20:40",
    tz="America/Chicago",
    who="Sandra|S.",
    g="b12en-09",
    v="base",
)
M(
    "Honestly I can't see how this ends well 🙂 Same bills, same fights with Rick, same me in the mirror. Nothing's going to shift 🙂",
    "moderate",
    "hopelessness valence_shift",
    "psychotherapy",
    "portal",
    "10-05 20:40",
    tz="America/Chicago",
    who="Sandra|S.",
    g="b12en-09",
    v="emoticon",
)
M(
    "Rick says he honestly can't see how this ends well. Same bills, same fights with me, same him in the mirror. Nothing's going to shift, he says.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-05 20:40",
    tz="America/Chicago",
    who="Sandra|S.",
    g="b12en-09",
    v="person",
    note="husband's hopelessness: someone else's -> low",
)

# b12en-10: a bottle of red
M(
    "Third night on the trot I've sunk a full bottle of red on my own just to switch my head off.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-03 22:50",
    who="Niall|N.",
    g="b12en-10",
    v="base",
)
M(
    "Third night on the trot I've sunk a full bottle of red into the beef stew just to get the gravy right.",
    "none",
    "",
    "information",
    "whatsapp",
    "11-03 22:50",
    who="Niall|N.",
    g="b12en-10",
    v="idiom",
    note="cooking",
)
M(
    "Third night on the trot I haven't sunk a bottle of red on my own, not even to switch my head off.",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "11-03 22:50",
    who="Niall|N.",
    g="b12en-10",
    v="negation",
    note="negated moderate cue -> none",
)

# b12en-11: a mother reports her daughter researching paracetamol
M(
    "Dear Dr Okoro,\nRuby told the school nurse today that she has been looking up how many paracetamol it would take. She's in her room now and I've taken the packets out of the kitchen. Please could you talk to her this week?\nHelen Marsh",
    "high",
    "suicidal_ideation support_request",
    "medication psychotherapy",
    "email",
    "03-17 16:45",
    who="Helen|Marsh|H.",
    g="b12en-11",
    v="base",
    note="parent reports the patient's method research",
)
M(
    "Dear Dr Okoro,\nRuby told the school nurse two years ago that she had been looking up how many paracetamol it would take. She was in her room and I took the packets out of the kitchen. Please could you talk to her this week?\nHelen Marsh",
    "low",
    "support_request",
    "medication psychotherapy",
    "email",
    "03-17 16:45",
    who="Helen|Marsh|H.",
    g="b12en-11",
    v="tense",
    note="historic -> low",
)
M(
    "Dear Dr Okoro,\nRuby told the school nurse today that she has not been looking up how many paracetamol it would take. She's in her room now and I've taken the packets out of the kitchen. Please could you talk to her this week?\nHelen Marsh",
    "low",
    "support_request",
    "medication psychotherapy",
    "email",
    "03-17 16:45",
    who="Helen|Marsh|H.",
    g="b12en-11",
    v="negation",
    note="negated method research -> low",
)

# b12en-12: letting go of the wheel on an overpass
M(
    "I keep thinking about letting go of the wheel on the overpass by exit 14, just drifting into the barrier. It's on my mind every drive home.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-22 01:20",
    tz="America/New_York",
    who="Tyrese|T.",
    g="b12en-12",
    v="base",
    note="thinking about a method",
)
M(
    "I keep thinking about letting go of the wheel on the overpass by exit 14... just drifting into the barrier... It's on my mind every drive home...",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-22 01:20",
    tz="America/New_York",
    who="Tyrese|T.",
    g="b12en-12",
    v="emoticon",
    note="ellipses form variant",
)
M(
    "I keep thinking about letting go of the wheel on the overpass by exit 14 in the new racing game, just drifting into the barrier for the stunt points. It's on my mind every drive home lol.",
    "none",
    "",
    "information",
    "sms",
    "08-22 01:20",
    tz="America/New_York",
    who="Tyrese|T.",
    g="b12en-12",
    v="idiom",
    note="a video game",
)
M(
    "That country song goes 'I keep thinking about letting go of the wheel on the overpass by exit 14, just drifting into the barrier' and it's on my mind every drive home, worst earworm ever.",
    "none",
    "",
    "information",
    "sms",
    "08-22 01:20",
    tz="America/New_York",
    who="Tyrese|T.",
    g="b12en-12",
    v="quotation",
    note="a song lyric",
)

# b12en-13: loneliness of an older widow
M(
    "Nobody has rung since Sunday. I sit with the wireless on for company and feel very alone, if I'm truthful.",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "12-02 10:05",
    who="Beryl|B.",
    g="b12en-13",
    v="base",
)
M(
    "Nobody has rung since Sunday 🙂 I sit with the wireless on for company and feel very alone, if I'm truthful 🙂",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "portal",
    "12-02 10:05",
    who="Beryl|B.",
    g="b12en-13",
    v="emoticon",
)
M(
    "Nobody has rung since Sunday. I sit with the wireless on for company and don't feel alone at all, if I'm truthful.",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "12-02 10:05",
    who="Beryl|B.",
    g="b12en-13",
    v="negation",
    note="negated loneliness -> none",
)
M(
    "Nobody has rung my sister since Sunday. She sits with the wireless on for company and feels very alone, she told me.",
    "none",
    "",
    "psychotherapy",
    "portal",
    "12-02 10:05",
    who="Beryl|B.",
    g="b12en-13",
    v="person",
    note="other person's low cue -> none",
)

# b12en-14: a decided student, a named bridge, tonight (non-native English)
M(
    "Sir I have decided. Tonight after my flatmates sleep I will go to the canal bridge near Ladywood. I am writing you because you are only person who was kind with me. Dont reply please",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-28 23:55",
    who="Rohit|R.",
    g="b12en-14",
    v="base",
    note="intent, place, time",
)
M(
    "Sir I have decided. TONIGHT AFTER MY FLATMATES SLEEP I will go to the canal bridge near Ladywood. I am writing you because you are only person who was kind with me. Dont reply please",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-28 23:55",
    who="Rohit|R.",
    g="b12en-14",
    v="caps",
)
M(
    "Sir I have decided. Tonight after my flatmates sleep I will not go to the canal bridge near Ladywood. I am writing you because you are only person who was kind with me. Dont reply please",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-28 23:55",
    who="Rohit|R.",
    g="b12en-14",
    v="negation",
    note="negated intent -> low",
)

# b12en-15: what's the point of being alive
M(
    "what's the point of being alive if every single day is just surviving till bedtime",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "04-30 18:02",
    who="Zainab|Z.",
    g="b12en-15",
    v="base",
)
M(
    "last spring I kept asking what's the point of being alive if every single day is just surviving till bedtime",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-30 18:02",
    who="Zainab|Z.",
    g="b12en-15",
    v="tense",
    note="past (months ago) -> low",
)
M(
    "that podcast guest said 'what's the point of being alive if every single day is just surviving till bedtime' and then spent 20 mins on her allotment, weirdly uplifting",
    "none",
    "",
    "information",
    "whatsapp",
    "04-30 18:02",
    who="Zainab|Z.",
    g="b12en-15",
    v="quotation",
    note="a podcast guest's line",
)

# ==== single messages: high

M(
    "Dear Dr Mwangi,\n\nI hope you are well. First the practical matters: the receipt for September did not reach my email, could you kindly resend it to the work address, as my employer's medical scheme wants it before the 30th. Also I will be travelling to Kisumu for my uncle's burial from the 8th to the 12th, so the session on the 10th I will do by phone if that is acceptable to you, the network there is fine in the mornings.\n\nWork itself is the same as always. The new director has restructured the procurement team and I am now doing two people's jobs, the audit is in December and I am staying until nine most nights. Wanjiru says I am a ghost in the house and she is right. The children have stopped asking me to help with homework.\n\nThere is something I did not say on Thursday. Lately on the matatu home, when it is dark and everyone is on their phones, I think it would be simpler if I was not there at all. Not in a dramatic way. Just that I could stop, and the family would get the insurance from the job and it would be less trouble for everyone. I have not told Wanjiru. I do not know why I am writing it now except that you said to write things down.\n\nAnyway, please do confirm the phone session.\n\nRegards,\nJoseph Kamau",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "11-18 21:30",
    tz="Africa/Nairobi",
    who="Joseph|Kamau|J.",
    note="ideation buried in a long practical email; burdensomeness",
)
M(
    "Dear Dr Raman,\n\nThank you for the session on Monday and for the breathing exercise sheet, I have kept it on the fridge. I am writing with a few updates as you asked me to keep a small diary.\n\nThe physiotherapy for my knee has finished and the doctor is satisfied, so I can walk to the temple again in the mornings, which is good. My son has booked his flight from Toronto for the Pongal holidays, he will stay only five days because of his office. The tenant upstairs has finally repaired the leaking tap, after three months of my asking.\n\nThis week I have also written my will with the advocate in Mylapore, and I have given my gold bangles and my mother's silk sarees to my niece Kavya, early, for her wedding in February, so that she has them. I am not planning anything, please do not worry, I only wanted things to be in order. My sister asked me why I am doing all this now and I could not answer her. I sat in the kitchen for a long time after she left.\n\nRegarding the fees, I will transfer November and December together on the 1st, I hope that is acceptable.\n\nWith regards,\nMeenakshi",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "02-26 20:10",
    tz="Asia/Kolkata",
    who="Meenakshi|M.",
    note="will and giving away belongings; negated plan does not lower preparation",
)
M(
    "I've been burning myself wi the lighter on my thigh, three times since Friday. Not deep. Dinnae want ma mam to find out",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "05-06 23:18",
    who="Lewis|L.",
)
M(
    "Hi Dr Chen, this is Dana, Ethan's mom. I found fresh scratches all up his forearms last night when he came out of the shower, he admitted he's been doing it with an opened paperclip for about two weeks. He begged me not to tell you. Can you fit him in before Friday?",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "portal",
    "09-30 07:50",
    tz="America/Vancouver",
    who="Dana|D.",
    note="parent reports the patient's self-harm",
)
M(
    "Miss, mi tired fi live. Every mawnin mi wake up an wish seh mi did just sleep on and nuh wake.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-04 05:40",
    tz="America/Jamaica",
    who="Shanice|S.",
    note="passive wish not to wake",
)
M(
    "Results from the CT should be back Monday. I find myself hoping they show something, Doctor. I would welcome it, if I'm honest with you, and that frightens me a bit.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "06-11 16:20",
    tz="Europe/Dublin",
    who="Seamus|S.",
    note="passive ideation: hoping for a fatal diagnosis",
)
M(
    "Would the kids be better off with the life insurance than with me? Been doing the sums at the kitchen table after they're in bed.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-29 22:40",
    tz="Australia/Perth",
    who="Wade|W.",
    note="burdensomeness",
)
M(
    "had to scrub the bathmat before the flatmates woke up. went harder than i meant with the razor last night but it's stopped now, steri strips are holding",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-09 08:12",
    tz="Pacific/Auckland",
    who="Mere|M.",
    note="recent self-harm, bleeding stopped (no medical danger)",
)
M(
    "I'm a nurse so I know exactly what a potassium push would do, that's the scary part. I catch myself working out the numbers on my break.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-23 14:05",
    who="Joy|J.",
    note="thinking about a method, not named as suicide",
)
M(
    "Dr Patel, it's Fiona, Graham's wife. He told me last night he's been thinking the garage would be the place, and he said it like he was telling me the weather. He doesn't know I'm writing to you.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-07 08:30",
    who="Fiona|F.",
    note="partner reports the patient's thoughts of a place",
)
M(
    "I don't want to be here any more, Dr Hale. I've had quite enough of waking up.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "02-02 04:55",
    who="Margaret|M.",
    note="negation that carries the risk",
)
M(
    "ngl i've been looking up how long it takes to bleed out from different places. not gonna do anything i just look. every night this week",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-14 01:47",
    tz="America/Los_Angeles",
    who="Jordan|J.",
    note="researching a method; negated intent does not lower it",
)

# ==== single messages: imminent

M(
    "ive taken the lot. the whole new box of co-codamol. just so you know. sorry",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "12-21 01:33",
    who="Kerry|K.",
    note="overdose taken",
)
M(
    "cut my leg and it's not stopping, the towel's soaked through, been about 20 mins pressing on it",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "07-17 23:58",
    who="Abbie|A.",
    note="self-harm with medical danger",
)
M(
    "Hi Catriona,\n\nSorry this is long. I wanted to let you know I won't be at the session on the 16th, and I won't need the December ones either, so please give the slots to someone on your waiting list. I know how long that list is.\n\nWork finished up well in the end. I handed over the Aberdeen account to Morag on Friday and wrote her very thorough notes, colour-coded, you'd have laughed. The flat's tidy, the plants are going to my neighbour downstairs, and I've paid the council tax through to March so nobody gets chased for it.\n\nI've booked a room in Glencoe for the 14th, one night only, and I'm taking the tablets I've been putting aside since the summer. I'm telling you because you'd want to know, and because I'm too tired to pretend otherwise in the way I've been pretending on Thursdays. It isn't anything you did or didn't do. You were the one hour a week I didn't have to perform.\n\nPlease don't feel you have to reply to this. I've turned off notifications anyway.\n\nThank you for all of it,\nIsla",
    "imminent",
    "suicidal_ideation apology",
    "cancellation medication information psychotherapy",
    "email",
    "11-09 19:45",
    who="Isla|I.",
    note="plan: place, date, means saved, buried in a long email cancelling sessions",
)
M(
    "Found a lovely family for Biscuit on the rehoming page, they're collecting him Sunday with his bed and the squeaky hedgehog. After that there's nothing keeping me. Please don't ring, I've made my peace with it.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-02 22:10",
    who="Paula|P.",
    note="pet rehomed, farewell",
)
M(
    "Closed both bank accounts this week and cancelled the phone contract from the 1st. Won't be needing them. Just wanted to say you were kind to me when nobody else was.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-26 17:30",
    tz="America/Toronto",
    who="Marc|M.",
    note="accounts closed, farewell",
)
M(
    "Madam I am on the roof of our building now, the door to the terrace was open. I am sending this before I go. Please tell my mother it was not her fault.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-19 02:20",
    who="Priyanka|P.",
    note="at a place, farewell",
)
M(
    "URGENT - Chloe has just told me she swallowed her whole month of fluoxetine after school. We're in the car to A&E now. Please call me.",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "03-04 18:12",
    who="Andrea|A.",
    note="parent reports an overdose taken",
)
M(
    "rope's up in the loft. tonight.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-28 23:02",
    who="Dean|D.",
    note="means in place, time; unsigned",
)
M(
    "My dad's rifle is in the hall closet and I took the lock off it this afternoon. I know what Sunday is going to be.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-05 20:26",
    tz="America/Denver",
    who="Caleb|C.",
    note="means prepared and a time",
)

# ==== single messages: idioms / everyday phrases with crisis words (none)

M(
    "Brutal night on the ward, we nearly lost two patients and I'm dead on my feet. Any chance we could move Friday to the 4pm slot? Shona",
    "none",
    "",
    "cancellation information",
    "sms",
    "02-14 08:05",
    who="Shona|S.",
)
M(
    "I absolutely died on stage at the Camden gig last night, dead silence after the first bit, I wanted the floor to swallow me. Weirdly I feel fine about it today 🙂 Can we unpack it Thursday?",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-15 12:40",
    who="Olly|O.",
    note="stand-up comedy idiom",
)
M(
    "lol my squad got wiped again, i literally threw myself off the map in the last round. im so done with this game. see u tmrw",
    "none",
    "",
    "information",
    "whatsapp",
    "03-27 21:15",
    who="Ryan|R.",
    note="gaming",
)
M(
    "Had to put two dogs to sleep at the practice today, routine but a long day. I'll be running about 10 mins late tomorrow, sorry!",
    "none",
    "apology",
    "information",
    "sms",
    "06-24 19:30",
    who="Hannah|H.",
    note="a vet's job",
)
M(
    "I've murdered the tomato plants again, the frost got them overnight. Anyway see you Weds, Pam",
    "none",
    "",
    "information",
    "sms",
    "10-21 09:10",
    who="Pam|P.",
    note="gardening",
)
M(
    "Nearly killed myself on the ladder clearing the gutters this morning ha, all fine, just a bruised ego. Still on for Monday?",
    "none",
    "",
    "information",
    "whatsapp",
    "11-07 13:25",
    who="Ken|K.",
    note="DIY accident phrase",
)
M(
    "This stats exam is going to be the death of me, three past papers a day. Could we do a shorter session next week? Priya",
    "none",
    "",
    "information",
    "portal",
    "05-02 17:55",
    who="Priya|P.",
    note="exams",
)
M(
    "Moving day tomorrow, swear if I see one more box I'll throw myself out the window haha. New address for invoices is 14 Larch Close, Didsbury M20.",
    "none",
    "",
    "information",
    "email",
    "08-29 20:00",
    who="Tom|T.",
    note="moving house",
)
M(
    "Sorry for the radio silence, the pharmacy's been chaos, flu jab season is killing us. Can I pay the last two invoices by bank transfer? Ruth",
    "none",
    "apology",
    "information",
    "email",
    "10-16 21:10",
    who="Ruth|R.",
    note="a pharmacist's busy week",
)

# ==== single messages: quotations (none)

M(
    "Hi, Carol here (Josh's mum). The band he plays on repeat has a chorus that goes 'I'd rather be underground than under your roof'. Is that something to read into or just teenage music? He's his usual cheerful self, eating like a horse.",
    "none",
    "",
    "information",
    "email",
    "04-03 12:00",
    who="Carol|C.",
    note="song lyric; the patient reported well",
)
M(
    "Listened to the grief podcast you recommended. The woman said 'some days I only stayed alive out of spite' and I laughed out loud on the bus. Good episode, thank you.",
    "none",
    "",
    "information",
    "whatsapp",
    "09-09 18:30",
    who="Leah|L.",
    note="a podcast line",
)
M(
    "for english we had to write a poem in the voice of ophelia and mine ended 'let the river have me, it asks for nothing'. got an A- lol",
    "none",
    "",
    "information",
    "whatsapp",
    "01-12 16:40",
    who="Maya|M.",
    note="a poem for class",
)

# ==== single messages: low

M(
    "First Christmas without Mum. The house is so quiet I've started talking to the radio. I feel very alone in it.",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "12-26 15:00",
    who="Alan|A.",
)
M(
    "My best mate Priti posted something really dark last night about not wanting to be here and now she's not answering anyone. I'm shaking. Can we talk tomorrow?",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "03-08 09:20",
    who="Aaliyah|A.",
    note="friend's crisis: someone else's experience",
)
M(
    "Been turning over what we covered on Tuesday, the overdose when I was 19. Strange saying it out loud after all this time. Not in a bad place, just thoughtful.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-18 20:45",
    who="Grace|G.",
    note="historic, discussed in therapy",
)
M(
    "Random question, if I ever got to the point of thinking about the pills again, is it you I ring or the crisis line?",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "08-13 11:00",
    who="Ben|B.",
    note="hypothetical question",
)
M(
    "I didn't cut last night, even after the row with Dad. Just sat on the stairs with headphones till it passed.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-20 08:40",
    who="Freya|F.",
    note="negated self-harm -> low",
)
M(
    "Feeling a bit flat this week, nothing dramatic. Just grey, like the weather.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-24 13:15",
    who="Ewan|E.",
)
M(
    "Could I possibly have a quick call before Friday? Things with Tomasz are rough and I could really do with hearing a calm voice. Kasia",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "04-22 19:00",
    who="Kasia|K.",
)

# ==== single messages: moderate

M(
    "haven't left the flat since Saturday. deliveroo and the telly and that's it. can't face outside",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "02-09 17:30",
    who="Connor|C.",
)
M(
    "Between Mum's carers not turning up and the restructure at work I'm at breaking point. I genuinely can't do this anymore.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "03-12 22:05",
    who="Nadia|N.",
)
M(
    "Panic attack in the Tesco car park, 40 minutes, couldn't drive home, still shaking in the car now. I can't make it stop",
    "moderate",
    "",
    "psychotherapy",
    "sms",
    "07-03 18:50",
    who="Gemma|G.",
    note="overwhelming panic",
)
M(
    "been smoking from the minute i wake up, it's the only thing that turns the noise down",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "05-25 10:30",
    tz="America/Toronto",
    who="Tyler|T.",
)
M(
    "I've been taking two of the diazepam instead of one, sometimes three, just to get through the evenings. Didn't want to say it in front of my husband.",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "portal",
    "09-17 21:40",
    who="Linda|L.",
)
M(
    "Miss mi cyaan manage again, everyting just a pile up pon mi and it nah go get no better.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "06-28 20:00",
    tz="America/Jamaica",
    who="Tanisha|T.",
)
M(
    "Skipped work Monday and Tuesday, just couldn't get myself out of the door. Rang in with 'migraine'.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "10-08 12:10",
    who="Rachel|R.",
)

# ==== single messages: none (logistics, news)

M(
    "Hi Dr Adeyemi, please could you send the receipt for October for my insurer? Thanks, Farah",
    "none",
    "",
    "information",
    "email",
    "11-02 09:00",
    who="Farah|F.",
)
M(
    "So sorry, have to cancel tomorrow, the car's in the garage till Thursday. Can we do next week instead? Mo",
    "none",
    "apology",
    "cancellation",
    "sms",
    "04-15 18:20",
    who="Mo|M.",
)
M(
    "Got the job!! Start in January. Wanted you to be the first to know 🎉",
    "none",
    "",
    "information",
    "whatsapp",
    "12-10 14:02",
    who="Jess|J.",
)
