# Blind round 5 (English; written 2026-11-26 by an author who never saw the engine nor rounds 2-4), measured once
# with engine 2026.11.8 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages written for a blind evaluation without seeing the engine. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M(
    "Honestly some nights I go to sleep hoping that's it, that I just won't wake up. Then the alarm goes and I'm almost disappointed. R.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-20 00:40",
    who="Rhys|R.",
    g="b5en-01",
    v="base",
    note="passive ideation, oblique",
)
M(
    "Honestly, last spring some nights I went to sleep hoping that was it, that I just wouldn't wake up. Then the alarm went and I was almost disappointed. R.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-20 00:40",
    who="Rhys|R.",
    g="b5en-01",
    v="tense",
    note="months ago -> past -> low",
)
M(
    "That song you played me has this line, 'some nights I go to sleep hoping that's it, that I just won't wake up, then the alarm goes and I'm almost disappointed'. Can't get it out of my head, catchy in a grim way. R.",
    "none",
    "",
    "information",
    "whatsapp",
    "11-20 00:40",
    who="Rhys|R.",
    g="b5en-01",
    v="quotation",
    note="song lyric -> none",
)

M(
    "My family would honestly have an easier time if I wasn't in the picture. I'm just a cost to them at this point.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-22 21:10",
    who="Dev",
    g="b5en-02",
    v="base",
    note="perceived burdensomeness",
)
M(
    "My family would honestly not have an easier time if I wasn't in the picture. I'm not just a cost to them, I'm starting to get that.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-22 21:10",
    who="Dev",
    g="b5en-02",
    v="negation",
    note="negated burdensomeness -> low",
)
M(
    "My brother keeps saying his family would have an easier time if he wasn't in the picture, that he's just a cost to them at this point.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-22 21:10",
    who="Dev",
    g="b5en-02",
    v="person",
    note="someone else's (brother, not the patient) -> low",
)

M(
    "bad night. used the blade again. not deep. just needed my head to go quiet for a minute",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-23 02:10",
    who="Mia",
    g="b5en-03",
    v="base",
)
M(
    "bad night 🙂 used the blade again 🙂 not deep 🙂 just needed my head to go quiet for a minute",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-23 02:10",
    who="Mia",
    g="b5en-03",
    v="emoticon",
)

M(
    "Drove over the viaduct on the way home and slowed right down to look at the drop. Kept thinking about it all evening, how quick it would be. Callum",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-18 19:45",
    who="Callum",
    g="b5en-04",
    v="base",
    note="method contemplation (height), oblique",
)
M(
    "Drove over the viaduct on the way home and slowed right down to look at the drop, the new lights under it are stunning. Kept thinking about it all evening, how quick they built it. Callum",
    "none",
    "",
    "information",
    "sms",
    "11-18 19:45",
    who="Callum",
    g="b5en-04",
    v="idiom",
    note="same words, a view -> none",
)

M(
    "I've been putting a few of my tablets aside each week instead of taking them. There's quite a pile in the drawer now. Just so you know, I suppose. Helen",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-21 22:15",
    who="Helen",
    g="b5en-05",
    v="base",
    note="stockpiling medication = means gathered",
)
M(
    "I haven't been putting any of my tablets aside, I take them every morning like we agreed. No pile in the drawer. Just so you know, I suppose. Helen",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "11-21 22:15",
    who="Helen",
    g="b5en-05",
    v="negation",
    note="negated stockpiling -> low",
)
M(
    "I've been putting a few of my tablets aside each week in the travel organiser so I don't forget them in Spain. There's quite a pile in the suitcase now. Just so you know, I suppose. Helen",
    "none",
    "",
    "medication information",
    "portal",
    "11-21 22:15",
    who="Helen",
    g="b5en-05",
    v="idiom",
    note="packing medication for a trip -> none",
)

M(
    "i cant do this anymore. nothing i try changes anything. same grey day every day",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-24 23:30",
    who="Josh",
    g="b5en-06",
    v="base",
)
M(
    "I CANT DO THIS ANYMORE. NOTHING I TRY CHANGES ANYTHING. same grey day every day",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-24 23:30",
    who="Josh",
    g="b5en-06",
    v="caps",
)

M(
    "Thank you for everything you tried to do for me. You were kind when you didn't have to be. Please don't blame yourself for what happens. Goodbye. Aoife",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-25 01:55",
    tz="Europe/Dublin",
    who="Aoife",
    g="b5en-07",
    v="base",
    note="farewell, no explicit words",
)
M(
    "We read a letter in English today that ended: 'Thank you for everything you tried to do for me. You were kind when you didn't have to be. Please don't blame yourself for what happens. Goodbye.' A soldier wrote it to his mother in 1916. The whole class went silent. Aoife",
    "none",
    "",
    "information",
    "email",
    "11-25 01:55",
    tz="Europe/Dublin",
    who="Aoife",
    g="b5en-07",
    v="quotation",
    note="quoted historical letter -> none",
)

M(
    "Hello, this is Joanne, Ellie's mum. Ellie told me last night that she sometimes wishes she could just disappear and not come back, and that we'd all manage fine without her. She went to school today as normal. Could we speak before her Thursday session? Thank you.",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "11-19 08:20",
    who="Joanne",
    g="b5en-08",
    v="base",
    note="parent reports the patient's passive ideation",
)
M(
    "Hello, this is Joanne, Ellie's mum. Ellie told me last night that her friend Grace sometimes wishes she could just disappear and not come back, and that everyone would manage fine without her. Ellie went to school today as normal. Could we speak before her Thursday session? Thank you.",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "11-19 08:20",
    who="Joanne",
    g="b5en-08",
    v="person",
    note="the patient's friend, not the patient -> low",
)

M(
    "Finished the bottle of red on my own again tonight. It's the only thing that switches my head off. Paul",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-22 23:50",
    who="Paul",
    g="b5en-09",
    v="base",
)
M(
    "Didn't finish a bottle of red on my own tonight. It's not the only thing that switches my head off, turns out. Paul",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "11-22 23:50",
    who="Paul",
    g="b5en-09",
    v="negation",
    note="negated moderate cue -> none",
)

M(
    "Haven't got out of bed since Saturday. Phone's on silent. Work think I've got flu.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "11-24 15:20",
    who="Sam",
    g="b5en-10",
    v="base",
)
M(
    "Back in January I didn't get out of bed for four days. Phone on silent, work thought I had flu. Strange to think about now.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-24 15:20",
    who="Sam",
    g="b5en-10",
    v="tense",
    note="past moderate cue -> low",
)

M(
    "I keep thinking about ending it. I'm not going to do anything. I just wanted someone to know.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-25 22:05",
    who="Kit",
    g="b5en-11",
    v="base",
    note="negated intent does not lower ideation",
)
M(
    "I keep thinking about ending it... I'm not going to do anything... I just wanted someone to know...",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-25 22:05",
    who="Kit",
    g="b5en-11",
    v="emoticon",
    note="ellipsis form variant",
)

M(
    "Everything's sorted for Friday. The cat's going to my neighbour and the letters are written. I'll be at the coast where we used to go. Wanted you to hear it from me. G.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-17 18:30",
    who="Glenn|G.",
    g="b5en-12",
    v="base",
    note="plan: time + place + arrangements, farewell tone",
)
M(
    "Everything's sorted for Friday. The cat's going to my neighbour and the letter's written, I'm finally ending it with that job. I'll be at the coast where we used to go. Wanted you to hear it from me. G.",
    "none",
    "",
    "information",
    "sms",
    "11-17 18:30",
    who="Glenn|G.",
    g="b5en-12",
    v="idiom",
    note="ending it with a job (resignation) -> none",
)

# ---------------------------------------------------------------- imminent
M(
    "I took all of the blister packs in the bathroom cabinet tonight. Sorry. I'm just so tired",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "11-23 02:40",
    who="Zara",
    note="overdose taken",
)
M(
    "had most of the gin and then the sleeping tablets on top. feel far away now. just wanted to say thanks for trying with me",
    "imminent",
    "substance_use self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "11-21 03:15",
    who="Stephen",
    note="overdose with alcohol taken, farewell",
)
M(
    "Tonight's the night. I've made my mind up. Please don't ring, the phone will be off. Thank you for all of it. Lena",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-19 22:30",
    who="Lena",
    note="intent + farewell; phone off is part of the plan, not withdrawal",
)
M(
    "I cut too deep this time and it won't stop bleeding through the towel. what do I do",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "11-24 00:50",
    who="Chris",
    note="self-harm with medical danger; asks for help now",
)
M(
    "Got the rope in the ute. I know where. Sunday arvo when everyone's at Mum's.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-20 17:05",
    tz="Australia/Brisbane",
    who="Mick",
    note="means + place + time",
)
M(
    "I've counted them out on the kitchen table. Forty-two. I keep moving them into little rows.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-22 23:40",
    who="Alison",
    note="pills counted and ready, never named",
)
M(
    "This is the last thing you'll get from me. You did everything right, I promise. Don't read any of this as your fault. J.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-18 04:10",
    who="Jamie|J.",
    note="farewell",
)

# ---------------------------------------------------------------- high
M(
    "Been checking the train times again. Not for going anywhere. I think you know what I mean.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-21 23:15",
    who="Leo",
    note="method (train), oblique",
)
M(
    "Dear Dr Hale,\n\nI found searches on Tom's laptop last night about how many paracetamol it takes. He says he was 'just curious'. He is upstairs now and I have locked the medicine cupboard. Please could you ring me this morning?\n\nSarah Whitfield",
    "high",
    "suicidal_ideation support_request urgency",
    "medication psychotherapy",
    "email",
    "11-25 07:10",
    who="Sarah|Sarah Whitfield",
    note="parent reports the patient researching a method",
)
M(
    "Does it count as a bad week if I've started giving my stuff away? My guitar went to my cousin yesterday. Felt lighter, weirdly.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-16 20:40",
    who="Bex",
    note="giving possessions away = preparation, like the 'note just in case' borderline",
)
M(
    "I scratched my arms up pretty badly in the shower with my nails. Only thing that worked. Please don't be cross.",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "11-22 00:20",
    who="Ayesha",
)
M(
    "Sorry for write so late. I am very tired from the life, I think I prefer to not exist anymore. Every day is the same thinking in my head. Marta",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "11-20 00:35",
    who="Marta",
    note="learner's English, wish not to exist",
)
M(
    "What's the point in being here at all if every year is just this on repeat. Genuinely asking.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "11-19 21:50",
    who="Nina",
    note="'being here' = being alive",
)
M(
    "Ah I'm grand mostly. Bit of a wobble last night, sat on the edge of the bath with the razor for a good while. Didn't, in the end. Niamh x",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-23 23:55",
    tz="Europe/Dublin",
    who="Niamh",
    note="recent self-harm urge; the act is negated but the urge is current",
)
M(
    "Mate honestly reckon everyone'd be better off if I just wasn't around anymore. Not being dramatic, just how it is",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-24 21:30",
    tz="Australia/Sydney",
    who="Jack",
)
M(
    "I keep picturing my own funeral, who'd come, what they'd say. It doesn't make me sad. It makes me feel calm, which is the part that scares me.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-18 22:10",
    who="Rosa",
)
M(
    "I looked up how tall the multi-storey on Mill Street is. Don't know why I'm telling you. Maybe so someone knows.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-22 01:05",
    who="Tariq",
    note="method research, never named",
)
M(
    "Dear Dr Moss,\n\nI would like to raise something before our appointment on Tuesday rather than wait. Over the past fortnight I have had recurring thoughts of taking my own life, mostly in the early evening after I get home from the office. I have no intention of acting on them, and I am quite safe tonight; my sister is staying with me until Sunday. I felt, however, that it would be dishonest of me to sit in your room next week and discuss the reorganisation at work as though nothing else were happening.\n\nI should be grateful if we could begin there on Tuesday.\n\nRegards,\nGraham Lowe",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-20 19:40",
    who="Graham|Graham Lowe",
    note="formal register; negated intent does not lower ideation",
)
M(
    "i burned myself w a lighter after the party. its small its fine. just dont tell mum pls",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-22 01:20",
    who="Lily",
)
M(
    "I'm so tired. Not sleepy tired. The kind where you want to stop existing for a while. Or for good. Hard to tell the difference lately.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-17 22:45",
    who="Ellen",
)
M(
    "Hi it's Dan, Lucy's dad. Found fresh cuts on her thighs when she was changing a plaster. She's calm now but won't talk about it. Can you see her sooner than next week?",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "sms",
    "11-21 20:15",
    who="Dan",
    note="parent reports the patient's recent self-harm",
)
M(
    "if the plane went down on the way to Lisbon next week I honestly wouldn't mind. is that a bad thing to think",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-24 22:20",
    who="Maya",
    note="passive ideation",
)
M(
    "Dear Alice,\n\nI've started this three times so I'm just going to write it.\n\nLast night, after the boys were in bed, I wrote a sort of letter to them. Just in case. I'm not planning anything, I want to be clear about that, and I know how it sounds. It's in the drawer with the passports and the house insurance. I told them where the photo albums are and that Oliver should have Dad's watch. I said I was proud of them and that none of it was because of anything they did.\n\nWriting it felt calm, which I suppose is what worries me. I didn't cry. I made a cup of tea afterwards and watched the end of a quiz programme as if I'd just done the ironing, and then I slept better than I have in weeks.\n\nThings at home are the same as when we last spoke. Andy is working away most weeks and when he is back we are polite to each other. Mum rings on Sundays, usually while she's doing the crossword, and asks if I'm keeping busy. I am keeping busy. That's sort of the problem, I'm busy and there's nothing underneath it.\n\nI haven't told anyone about the letter. I thought about tearing it up this morning and then I didn't. I'd like to talk about it on Wednesday if that's alright, I didn't want to arrive and drop it on you at ten to the hour.\n\nCorinne",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-19 10:30",
    who="Corinne",
    note="letter to children 'just in case' = preparation; negated plan does not lower it",
)
M(
    "There's a bridge by work. I walk over it every day now, on purpose, the long way round. Yesterday I stood at the railing for most of my lunch break.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "11-25 18:10",
    who="Ryan",
    note="method rehearsal split across sentences, never named",
)
M(
    "the thoughts are back. the ones about not being around. louder this week. they're there before i'm even awake",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-23 06:40",
    tz="America/New_York",
    who="Eve",
)

# ---------------------------------------------------------------- moderate
M(
    "I'm at the end of my rope with all of it. Don't even know what I'm asking you for.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-18 21:15",
    who="Hugh",
)
M(
    "Third day not leaving the flat. Ordered food and then didn't open the door for it.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "11-20 19:10",
    who="Priyanka",
)
M(
    "smoked way too much again last night just to get to sleep. and the night before. kinda feel like i need it now",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "11-22 01:30",
    tz="America/Chicago",
    who="Kyle",
)
M(
    "Honestly what's the point of anything. I try and it all slides straight back. Fran",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-21 17:25",
    who="Fran",
)
M(
    "Panic attack in Tesco, left the trolley and sat in the car park for over an hour shaking, couldn't get a breath. It's eating whole days now and I can't get on top of it. Owen",
    "moderate",
    "",
    "psychotherapy",
    "portal",
    who="Owen",
    note="overwhelming panic -> moderate, no content signal",
)
M(
    "I'm scared I'm not going to make it through this month. The job, Mum's diagnosis, all of it at once.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-17 20:00",
    who="Beth",
    note="'afraid I won't make it' -> moderate",
)
M(
    "Can't keep living like this. Nights at the depot, no sleep, and nobody to talk to when I get in.",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "whatsapp",
    "11-24 04:20",
    tz="Europe/Dublin",
    who="Declan",
)
M(
    "Called in sick again. Been under the duvet all day with the curtains shut, couldn't face anyone. Day 3 in pyjamas, living the dream 😂",
    "moderate",
    "withdrawal valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-25 16:00",
    who="Gemma",
)
M(
    "Took two extra diazepam tonight because one wasn't touching it. I know. I know.",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "11-23 22:50",
    who="Wendy",
    note="sedatives beyond prescription to cope",
)
M(
    "Hello,\n\nJake hasn't been to school since Monday. He won't come out of his room, not even to eat with us, and when I tried to talk to him last night he said nothing is ever going to be different so why bother. Is there any chance of an extra session this week? I'm worried about him.\n\nKaren Hughes (Jake's mum)\n07700 900418",
    "moderate",
    "hopelessness withdrawal support_request",
    "psychotherapy",
    "email",
    "11-26 08:05",
    who="Karen|Karen Hughes",
    note="parent reports the patient's withdrawal and hopelessness",
)
M(
    "nothing's going to change is it. i think ive accepted that",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-22 23:05",
    who="Tom|T.",
)
M(
    "Drank right through the weekend basically. Hardly ate. Monday now and my hands won't stop shaking.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-23 09:10",
    who="Shane",
)
M(
    "Dear Ruth,\n\nI know we said e-mails were for the holidays and it isn't the holidays, so apologies in advance for the length of this.\n\nIt's been a strange fortnight. After our last session I felt quite hopeful; I went back to choir on the Wednesday and even stayed for the drink afterwards. Then on the Friday Mark told me the transfer has come through and he'll be in Aberdeen from January, and something in me just folded. I haven't been out of the house since Saturday apart from putting the bins out. I've told work it's a migraine. I sleep in the afternoons and then lie awake until four, scrolling, not really reading anything.\n\nThe thing I keep coming back to is that I have done everything we talked about. The walks, the lists, the three good things, ringing my sister on Sundays. And I am still here in the same chair feeling exactly the same. I genuinely don't see how this gets any better. I can't take much more of starting again every time someone leaves.\n\nI'm not in any danger, please don't worry on that front. I'm just very tired and very flat, and I wanted to tell you before Thursday rather than sit in the session and say 'fine' for fifty minutes.\n\nI will be there on Thursday at 10.\n\nWith best wishes,\nFiona",
    "moderate",
    "hopelessness withdrawal apology",
    "psychotherapy",
    "email",
    "11-24 10:45",
    who="Fiona",
    note="long e-mail; no ideation stated, danger denied",
)
M(
    "I don't think I can do another year of this. I genuinely can't take it anymore.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-21 21:40",
    who="Abi",
    note="'can't do another year' read as exhaustion, not a wish to die",
)
M(
    "Muted everyone. Haven't answered a single text in a week, not even my sister. It's easier this way.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "11-20 14:30",
    who="Leon",
)
M(
    "the panic wont stop, its been going since 6 this morning, i cant get my breath and i feel like im going to lose it completely. sorry sorry",
    "moderate",
    "apology",
    "psychotherapy",
    "sms",
    "11-25 11:20",
    who="Isla",
    note="overwhelming panic -> moderate",
)

# ---------------------------------------------------------------- low
M(
    "Bit of a flat day. Nothing awful, just low. See you Thursday. Anna",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-18 17:30",
    who="Anna",
)
M(
    "Feeling really lonely this weekend, everyone's away. Could we have a quick call on Monday?",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "11-21 19:00",
    who="Kemi",
)
M(
    "My flatmate told me last night she took an overdose when she was at school. I can't stop thinking about it. Is it normal to feel this shaken?",
    "low",
    "",
    "psychotherapy",
    "portal",
    "11-20 10:15",
    who="Josie",
    note="someone else's (past) act -> low",
)
M(
    "Since last week when we talked about the cutting at uni, I've been thinking about it a lot, in a good way I think. It feels less like a secret now. Harriet",
    "low",
    "",
    "psychotherapy",
    "email",
    who="Harriet",
    note="historic, discussed in therapy -> low",
)
M(
    "If I ever did start feeling like I didn't want to be here, who am I meant to ring at 3am? Just want to have it written down. Not saying I do.",
    "low",
    "",
    "information psychotherapy",
    "whatsapp",
    "11-23 15:00",
    who="Marcus",
    note="hypothetical -> low; practical question",
)
M(
    "I'm not going to hurt myself, I promise. I just feel really sad tonight and needed to say it somewhere.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-24 23:40",
    who="Dara",
    note="negated self-harm -> low; sadness",
)
M(
    "The break feels long. I've been a bit down without our sessions, nothing worrying. Just wanted to say hello. Priya",
    "low",
    "",
    "psychotherapy",
    "email",
    who="Priya",
)
M(
    "Could you give me a ring when you get a minute? Not an emergency, just having a wobbly day. Connor",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "11-19 12:40",
    who="Connor",
)
M(
    "A lad in my class said he'd kill himself if he fails the Leaving Cert. Probably just talk but it's stuck with me all day.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-25 20:30",
    tz="Europe/Dublin",
    who="Finn",
    note="someone else's statement -> low",
)
M(
    "Sad today. It's Dad's anniversary. G",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-22 09:00",
    who="Grace|G.",
)
M(
    "Hi, this is Mark, Zoe's dad. She's been quiet and a bit teary since the weekend, nothing dramatic, just wanted you to know before Wednesday.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-24 18:45",
    who="Mark",
    note="parent reports the patient's low mood",
)
M(
    "Wanted a drink tonight, properly wanted one. Didn't have it. Feeling a bit low about how much I wanted it though.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-25 22:10",
    who="Vic",
    note="no drinking (none) + low mood -> low",
)
M(
    "Nobody gets it. Not my husband, not my mother. You're the only one who listens.",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-20 16:50",
    who="Carol",
)
M(
    "Woke up crying for no reason. Feels silly to text you about it, sorry. Jo",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "11-26 07:15",
    who="Jo",
)

# ---------------------------------------------------------------- none
M(
    "Hi, I need to move Thursday to Friday if possible, the car's in the garage. Thanks, Ben",
    "none",
    "",
    "cancellation",
    "sms",
    "11-23 08:30",
    who="Ben",
)
M(
    "Work is absolutely killing me this week, three deadlines and a board meeting. Might be ten minutes late on Tuesday.",
    "none",
    "",
    "information",
    "whatsapp",
    "11-23 18:20",
    who="Kev",
    note="idiom, busy week as a fact",
)
M(
    "I'm dead 😂 my son just asked if you're a real doctor or a 'talking doctor'. See you Monday. Hannah",
    "none",
    "",
    "information",
    "whatsapp",
    "11-21 19:35",
    who="Hannah",
    note="'I'm dead' = laughing",
)
M(
    "Quick one: can I take the sertraline with my evening meal instead of at breakfast? It makes me a bit queasy in the mornings. Yusuf",
    "none",
    "",
    "medication",
    "portal",
    who="Yusuf",
)
M(
    "Watched that documentary on suicide prevention in young men you mentioned. Really well made, the bit with the fathers especially. Liam",
    "none",
    "",
    "information",
    "email",
    who="Liam",
    note="mention of a documentary, not a cue",
)
M(
    "Got the job!!! Starting in March. Couldn't have done the interview without our practice runs 🎉 Chloe",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "11-19 16:05",
    who="Chloe",
)
M(
    "Hello, could you send the invoice for October? My insurer wants it itemised by session date. Many thanks, Robert Ainsley",
    "none",
    "",
    "information",
    "email",
    who="Robert|Robert Ainsley",
)
M(
    "I could murder a bacon roll after that session, honestly. Good one though. See you in a fortnight. Fi",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "11-24 12:10",
    who="Fi",
    note="idiom",
)
M(
    "My nan's funeral is on the 14th so I'll have to miss that week. I'm okay honestly, she was 96 and she was ready to go. Meg",
    "none",
    "",
    "cancellation psychotherapy",
    "email",
    "11-25 13:30",
    who="Meg",
    note="grief spoken of as settled; 'ready to go' about the grandmother",
)
M(
    "Went to see that new film on Tuesday night, so bleak, the brother jumps off the pier right at the end. We talked about it in the pub for ages after. All good here otherwise.",
    "none",
    "",
    "information",
    "whatsapp",
    "11-20 21:20",
    who="Rob",
    note="film plot",
)
M(
    "Got a part in Dead Poets Society for drama club, I'm Mr Keating 😄 Rehearsals are Wednesdays so could we keep my sessions on Thursdays? Ollie",
    "none",
    "",
    "information",
    "whatsapp",
    "11-18 17:50",
    who="Ollie",
)
M(
    "Overdid it at the gym and now I'm absolutely dying, can barely get up the stairs. Everything else is fine. Tess",
    "none",
    "",
    "information",
    "sms",
    "11-22 19:00",
    who="Tess",
    note="idiom",
)
M(
    "Running 10 min late, bus is crawling. Sorry! Kat",
    "none",
    "apology",
    "information",
    "sms",
    "11-26 09:52",
    who="Kat",
)
M(
    "Lyrics from my song for the school competition: 'I'm tired of the dark and I want to disappear / but the morning finds me anyway'. Mrs Patel loved it!! Sienna",
    "none",
    "",
    "information",
    "portal",
    "11-19 17:20",
    who="Sienna",
    note="own song written for school -> quotation -> none",
)
M(
    "Quick update: Ruby has slept through every night this week and went to her friend's party on Saturday. She seems much more herself. Thank you. Clare (Ruby's mum)",
    "none",
    "",
    "information psychotherapy",
    "email",
    "11-23 10:05",
    who="Clare",
)
M(
    "I swear if my landlord sends one more email about the bins I'll jump out the window 🙄 Anyway, can we do 6pm next week instead of 5?",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "11-21 13:45",
    who="Sophie|S.",
    note="idiom + rescheduling",
)
M(
    "Bit teary after today's session, but the good kind. Thanks for that.",
    "none",
    "",
    "psychotherapy",
    "sms",
    "11-25 18:40",
    who="Dom",
)
M(
    "Hi Dr Okafor,\n\nA quick(ish) update from the Lakes as promised, since we won't see each other until the 8th.\n\nThe big family lunch on Boxing Day, the one I'd been dreading since October, actually went fine. My brother-in-law did his usual routine about therapy being a way of 'killing time with a stranger', and instead of rising to it I used the stepping-outside trick we practised. Twice! Went into the garden, counted the fence posts, came back in. Nobody even noticed, which I suppose is the point.\n\nI've been sleeping better, seven hours most nights, and the walk up Helvellyn on the 27th nearly killed me but in the best possible way. Emma and I had a proper talk on the way down about the summer and the wedding, the first one in about two years where neither of us ended up in tears. I'm not saying everything is fixed, but it felt different.\n\nTwo practical things: could you let me know whether the January sessions will be invoiced monthly or per session? My new employer's scheme needs one or the other. And is the 8th still at 6pm? I have it in the diary but the trains back from Windermere are a nightmare on a Friday, so I wanted to check.\n\nWarm wishes, and I hope you're having a proper break yourself,\nCaroline",
    "none",
    "",
    "information psychotherapy",
    "email",
    "01-02 20:15",
    who="Caroline",
    note="long e-mail, progress report with idioms; checking a time is not a move",
)
