# Blind round 10 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-9), measured once
# with engine 2026.11.14 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (British, American, Irish, Australian and other speakers), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b10en-01: self-harm urge with a sharpener blade
M(
    "Ok so I got the blade out of the pencil sharpener again and I really really want to use it. It's hidden in my phone case. Mia",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Mia|M.",
    g="b10en-01",
    v="base",
)
M(
    "Ok so I didn't get the blade out of the pencil sharpener again and I don't want to use it. Binned the sharpener in the kitchen. Mia",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Mia|M.",
    g="b10en-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "Ok so my mate Jess got the blade out of the pencil sharpener again and she really really wants to use it. She hid it in her phone case. Mia",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-09 22:47",
    who="Mia|M.",
    g="b10en-01",
    v="person",
    note="a friend's urge -> low (worry about someone else)",
)

# b10en-02: passive wish vs work hyperbole vs laughing emoji
M(
    "Honestly I just want to go to sleep and not wake up. Everything at the firm is on fire and Gerry wants the Hartley audit by Monday. Dan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-22 23:58",
    who="Dan|D.",
    g="b10en-02",
    v="base",
)
M(
    "Honestly this quarter-end is killing me, I could sleep for a week. Everything at the firm is on fire and Gerry wants the Hartley audit by Monday. Dan",
    "none",
    "",
    "information",
    "email",
    "01-22 23:58",
    who="Dan|D.",
    g="b10en-02",
    v="idiom",
    note="work hyperbole, busy week as fact",
)
M(
    "Honestly I just want to go to sleep and not wake up 😂 Everything at the firm is on fire and Gerry wants the Hartley audit by Monday. Dan",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "email",
    "01-22 23:58",
    who="Dan|D.",
    g="b10en-02",
    v="emoticon",
    note="laughing emoji does not cancel the passive wish",
)

# b10en-03: overdose taken, in therapy, in a book
M(
    "took all 28 of the sertraline about an hour ago with half a bottle of gin. feel weird and floaty. dont tell mum",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "05-16 01:22",
    who="Leah|L.",
    g="b10en-03",
    v="base",
)
M(
    "At 17 I took all 28 of my sertraline with half a bottle of gin. I know we went over it on Monday, it's still strange to say it out loud. Leah",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "05-16 01:22",
    who="Leah|L.",
    g="b10en-03",
    v="tense",
    note="historic overdose discussed in therapy -> low",
)
M(
    "Our book club novel this month has a girl who 'took all 28 of the sertraline with half a bottle of gin'. Heavy going for a Tuesday night with biscuits. Leah",
    "none",
    "",
    "information",
    "sms",
    "05-16 01:22",
    who="Leah|L.",
    g="b10en-03",
    v="quotation",
    note="a line from a novel",
)

# b10en-04: letters in the drawer and the quarry (Irish)
M(
    "I've written letters for Mam and for Callum, they're in the top drawer of the dresser. Tonight I'm walking out to the quarry at Ballyhale. Thank you for trying with me, Siobhan.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-03 23:31",
    tz="Europe/Dublin",
    who="Siobhan|S.",
    g="b10en-04",
    v="base",
)
M(
    "Watched a film last night where the girl writes letters for her mam and brother, leaves them in the top drawer and says 'tonight I'm walking out to the quarry.' Great acting, I'd say you'd like it. Siobhan",
    "none",
    "",
    "information",
    "sms",
    "10-03 23:31",
    tz="Europe/Dublin",
    who="Siobhan|S.",
    g="b10en-04",
    v="quotation",
    note="retelling a film scene",
)

# b10en-05: hopelessness about dad; caps; negation
M(
    "nothing is ever going to change with my dad, what is the point of any of it. Ravi",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "06-11 19:05",
    who="Ravi|R.",
    g="b10en-05",
    v="base",
)
M(
    "NOTHING IS EVER GOING TO CHANGE WITH MY DAD, WHAT IS THE POINT OF ANY OF IT. Ravi",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "06-11 19:05",
    who="Ravi|R.",
    g="b10en-05",
    v="caps",
)
M(
    "it's not true that nothing is ever going to change with my dad, there is a point to all of it after Sunday. Ravi",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-11 19:05",
    who="Ravi|R.",
    g="b10en-05",
    v="negation",
    note="negated moderate cue -> none",
)

# b10en-06: mother reports son looking up paracetamol doses
M(
    "Hi Dr Okafor, this is Karen, Jake's mum. Jake told me tonight he's been looking up how many paracetamol it would take. He's in his room now with the door shut. Please can you call me? Karen",
    "high",
    "suicidal_ideation support_request",
    "medication psychotherapy",
    "sms",
    "02-18 21:40",
    who="Karen|K.",
    g="b10en-06",
    v="base",
    note="parent reports the patient thinking about a method",
)
M(
    "Hi Dr Okafor, this is Karen, Jake's mum. Jake's friend Owen told him tonight he's been looking up how many paracetamol it would take. Jake's upset in his room now with the door shut. Please can you call me? Karen",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "02-18 21:40",
    who="Karen|K.",
    g="b10en-06",
    v="person",
    note="a friend of the patient, not the patient -> low",
)

# b10en-07: zopiclone lined up vs packed for a trip
M(
    "Have 40 of the zopiclone lined up on the bedside table, been saving them since August. I'll take them once Tom's asleep. Not asking you to stop me. G",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "08-29 22:15",
    who="Gail|G",
    g="b10en-07",
    v="base",
)
M(
    "Have all 40 of the zopiclone packed in my washbag, the pharmacy gave me the lot at once for the three months in Perth. I'll take them at the usual time once we land, UK time or local? G",
    "none",
    "",
    "medication",
    "portal",
    "08-29 22:15",
    who="Gail|G",
    g="b10en-07",
    v="idiom",
    note="travel medication logistics",
)

# b10en-08: loneliness; emoji; negation
M(
    "Sunday again and nobody's rung. I feel so alone in this flat :( Agnes",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "11-08 17:20",
    who="Agnes|A.",
    g="b10en-08",
    v="base",
)
M(
    "Sunday again and nobody's rung. I feel so alone in this flat 😂 Agnes",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "sms",
    "11-08 17:20",
    who="Agnes|A.",
    g="b10en-08",
    v="emoticon",
)
M(
    "Sunday again and nobody's rung, but I don't feel alone in this flat, the radio and Smudge are company. Agnes",
    "none",
    "",
    "psychotherapy",
    "sms",
    "11-08 17:20",
    who="Agnes|A.",
    g="b10en-08",
    v="negation",
    note="negated low cue -> none",
)

# b10en-09: burning with a lighter
M(
    "Burned my arm with the lighter last night after the row with Marcus. It's blistered up. Sorry. Tash",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "04-05 08:12",
    who="Tash|T.",
    g="b10en-09",
    v="base",
)
M(
    "When I was at uni I burned my arm with a lighter after rows with my ex. Saw the scar at the gym today and thought about what we said in session. Tash",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-05 08:12",
    who="Tash|T.",
    g="b10en-09",
    v="tense",
    note="historic self-harm -> low",
)
M(
    "Didn't burn my arm last night after the row with Marcus. Put the lighter in the glovebox like we planned. Tash",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-05 08:12",
    who="Tash|T.",
    g="b10en-09",
    v="negation",
    note="negated self-harm -> low",
)

# b10en-10: teen chat, video in the toilets
M(
    "ellie sent the whole year the video of me crying in the toilets. i actually want to be dead",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-24 16:03",
    who="Zara|Z.",
    g="b10en-10",
    v="base",
)
M(
    "ellie sent the whole year the video of mr harris falling off the stage at assembly. im actually dead 😂😂",
    "none",
    "",
    "information",
    "whatsapp",
    "09-24 16:03",
    who="Zara|Z.",
    g="b10en-10",
    v="idiom",
    note="dead from laughing",
)

# b10en-11: red wine every night
M(
    "Third night in a row I've finished a bottle of red on my own just to get to sleep. Mike",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "01-30 22:10",
    who="Mike|M.",
    g="b10en-11",
    v="base",
)
M(
    "Third night in a row I haven't opened a bottle of red on my own, getting to sleep anyway. Mike",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "01-30 22:10",
    who="Mike|M.",
    g="b10en-11",
    v="negation",
    note="negated moderate cue -> none",
)
M(
    "Third night in a row my wife has finished a bottle of red on her own just to get to sleep. Mike",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-30 22:10",
    who="Mike|M.",
    g="b10en-11",
    v="person",
    note="partner's drinking -> low (worry)",
)

# b10en-12: days in bed
M(
    "Haven't got out of bed since Friday. Curtains shut, phone off most of the time. Can't face Monday's session either. Beth",
    "moderate",
    "withdrawal",
    "cancellation psychotherapy",
    "portal",
    "07-12 14:30",
    who="Beth|B.",
    g="b10en-12",
    v="base",
)
M(
    "Haven't stayed in bed since Friday. Curtains open, phone on most of the time. Looking forward to Monday's session. Beth",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "07-12 14:30",
    who="Beth|B.",
    g="b10en-12",
    v="negation",
    note="negated moderate cue -> none",
)

# b10en-13: better off if I disappeared; a song line
M(
    "Some nights I think everyone would be better off if I just disappeared for good. Joel",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-02 00:14",
    who="Joel|J.",
    g="b10en-13",
    v="base",
)
M(
    "That Hollow Pines song has the line 'everyone would be better off if I just disappeared for good', my daughter played it the whole way to Leeds. Catchy, annoyingly. Joel",
    "none",
    "",
    "information",
    "sms",
    "12-02 00:14",
    who="Joel|J.",
    g="b10en-13",
    v="quotation",
    note="song lyric",
)

# b10en-14: rat poison (Indian English)
M(
    "Ma'am I am sorry to disturb at this hour. I have kept the rat poison packet near me, after everyone sleeps tonight I will finish it. Please tell my sister I am sorry. Arjun",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "03-27 00:52",
    tz="Asia/Kolkata",
    who="Arjun|A.",
    g="b10en-14",
    v="base",
)
M(
    "Ma'am I am sorry to disturb at this hour. Suppose some day I think of keeping rat poison near me, what should I do, whom to call? Only asking after our last session. Arjun",
    "low",
    "apology",
    "psychotherapy",
    "sms",
    "03-27 00:52",
    tz="Asia/Kolkata",
    who="Arjun|A.",
    g="b10en-14",
    v="negation",
    note="hypothetical question -> low",
)

# b10en-15: I hate you with a sad or a smiling face
M(
    "You made me talk about Dad for fifty minutes and now I hate you! :-( Lou",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "05-06 18:44",
    who="Lou|L.",
    g="b10en-15",
    v="base",
    note="irritation at the therapist",
)
M(
    "You made me talk about Dad for fifty minutes and now I hate you! :-) Lou",
    "none",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-06 18:44",
    who="Lou|L.",
    g="b10en-15",
    v="emoticon",
)

# b10en-16: end it tonight
M(
    "I'm going to end it tonight. The rope's in the garage and the kids are at their nan's till Sunday. Steve",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-20 21:10",
    who="Steve|S.",
    g="b10en-16",
    v="base",
)
M(
    "I'm going to end it with Carol tonight. The speech is in my head and the kids are at their nan's till Sunday. Steve",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-20 21:10",
    who="Steve|S.",
    g="b10en-16",
    v="idiom",
    note="ending a relationship",
)

# b10en-17: bar exam
M(
    "The bar exam revision has me thinking about killing myself, nineteen days to go and I keep looking at the library roof. Kwame",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-28 20:35",
    who="Kwame|K.",
    g="b10en-17",
    v="base",
)
M(
    "The bar exam revision is killing me, nineteen days to go and I'm dead on my feet in the library. Kwame",
    "none",
    "",
    "information",
    "whatsapp",
    "04-28 20:35",
    who="Kwame|K.",
    g="b10en-17",
    v="idiom",
    note="exam hyperbole",
)

# b10en-18: thank you and goodbye
M(
    "Just wanted to say thank you for everything this year. You were the only one who listened. Jan has the dog and the house keys now. I won't need Thursday's appointment. Goodbye Helen x",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "sms",
    "10-14 02:15",
    who="Helen|H.",
    g="b10en-18",
    v="base",
    note="farewell with affairs put in order",
)
M(
    "Just wanted to say thank you for everything this year. You were the only one who listened. The new job in Bristol starts Monday! I won't need Thursday's appointment. Goodbye Helen x",
    "none",
    "",
    "cancellation information psychotherapy",
    "sms",
    "10-14 02:15",
    who="Helen|H.",
    g="b10en-18",
    v="idiom",
    note="ending therapy for a move",
)

# b10en-19: multi-storey car park
M(
    "i'm on the multi-storey at the Arndale, level 7. I can't do this any more. please ring me now",
    "imminent",
    "suicidal_ideation hopelessness support_request urgency",
    "psychotherapy",
    "sms",
    "11-19 19:48",
    who="Nat",
    g="b10en-19",
    v="base",
)
M(
    "I'M ON THE MULTI-STOREY AT THE ARNDALE, LEVEL 7. I CAN'T DO THIS ANY MORE. PLEASE RING ME NOW",
    "imminent",
    "suicidal_ideation hopelessness support_request urgency",
    "psychotherapy",
    "sms",
    "11-19 19:48",
    who="Nat",
    g="b10en-19",
    v="caps",
)
M(
    "i'm on the multi-storey at the Arndale, level 7, and I can't find the car any more!! Running late for the 8pm video session, sorry. Nat",
    "none",
    "apology",
    "information",
    "sms",
    "11-19 19:48",
    who="Nat",
    g="b10en-19",
    v="idiom",
    note="lost car, running late",
)

# b10en-20: bridge barriers
M(
    "I've started reading up on which bridges still don't have the barriers. Wearmouth doesn't. Just thinking. Col",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "02-09 23:20",
    who="Col|C.",
    g="b10en-20",
    v="base",
    note="method research",
)
M(
    "Read in the Echo that Wearmouth Bridge still doesn't have the barriers the council promised. Fair play to the Samaritans for the signs though. Col",
    "none",
    "",
    "information",
    "email",
    "02-09 23:20",
    who="Col|C.",
    g="b10en-20",
    v="quotation",
    note="news item",
)

# b10en-21: bruises
M(
    "Been hitting my legs with the hairbrush when the panic comes, bruises all up my thighs. Em",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-03 13:25",
    who="Em|E.",
    g="b10en-21",
    v="base",
)
M(
    "Been hitting legs hard at the gym when the panic comes, bruises from the barbell all up my thighs 💪 Em",
    "none",
    "",
    "information",
    "whatsapp",
    "08-03 13:25",
    who="Em|E.",
    g="b10en-21",
    v="idiom",
    note="gym",
)

# b10en-22: can't take it any more
M(
    "I can't take it any more, every night the same screaming match with Liam and I'm the one who ends up apologising. Ayesha",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "09-02 22:05",
    who="Ayesha|A.",
    g="b10en-22",
    v="base",
)
M(
    "I can't take any more of Liam's cooking, every night the same chilli and I'm the one who ends up washing up 😂 Ayesha",
    "none",
    "",
    "information",
    "whatsapp",
    "09-02 22:05",
    who="Ayesha|A.",
    g="b10en-22",
    v="idiom",
    note="joke about cooking",
)

# ==== single messages: high
M(
    "Hi Kirsty,\n\n"
    "Happy new year from Byron! Sorry this is a long one, you did say e-mail was better for the holidays. "
    "We drove up from Sydney on Boxing Day, eleven hours with the twins and the dog, and Mark's parents have the "
    "place on Lighthouse Road again. The weather's been mostly good, one massive storm on the 29th that took out "
    "the power for a night, so we played cards by torchlight and it was honestly the nicest evening we've had in ages.\n\n"
    "I've been doing the breathing exercises most mornings on the beach before anyone's up. The twins are loving "
    "the nippers program and Ruby finally stood up on a board. Mark and I have had two proper conversations "
    "without it turning into a fight, which you'll know is a record.\n\n"
    "The thing I wanted to mention, and I nearly didn't: most mornings I drive to the lookout at the Pass and sit "
    "in the car and think about how easy it would be to just go over the edge. I don't do anything, I drive back "
    "and make the pancakes. But it's every morning now and it's getting louder.\n\n"
    "Anyway, we're back in Marrickville on the 9th, traffic on the Pacific Highway permitting. Is our first session still the 13th at 10? I'll bring the invoice from "
    "November too, I never paid it, sorry.\n\n"
    "Love to you and thanks for everything this year,\n"
    "Jodie",
    "high",
    "suicidal_ideation apology",
    "information psychotherapy",
    "email",
    "01-03 07:40",
    tz="Australia/Sydney",
    who="Jodie|J.",
    note="risk sentence buried in a holiday e-mail; thinking about a method/place",
)
M(
    "Doctor, I am sorry for writing on Sunday. Last week I think many times it is better if I am not in this world anymore. I not do nothing, only thinking, on the bus to the warehouse. Tomasz",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "05-24 10:05",
    who="Tomasz|T.",
    note="second-language writer",
)
M(
    "ngl ive been scratching my wrists w the compass in maths again its lowkey the only thing that helps rn",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "10-20 12:48",
    tz="America/New_York",
    who="Brooklyn|B.",
)
M(
    "Every time the plane hits turbulence I catch myself hoping this is the one that goes down. Flying back from Dubai on Friday, window seat, row 31. Neil",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-12 06:30",
    tz="Asia/Dubai",
    who="Neil|N.",
)
M(
    "Did my will at the solicitor's in Harrogate today and sorted out who gets Biscuit. Not planning anything, it just felt like tidying up. Margaret",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "07-07 16:50",
    who="Margaret|M.",
    note="preparation; negated plan does not lower it",
)
M(
    "This is Dave, Chloe's dad. She fainted at netball today and the nurse found fresh cuts on her thighs. Chloe says it's been most nights this month. Can we bring her in sooner than the 30th? Dave",
    "high",
    "self_harm support_request",
    "cancellation psychotherapy",
    "sms",
    "09-15 18:22",
    who="Dave|D.",
    note="parent reports the patient's self-harm; asks to move the appointment earlier",
)
M(
    "What is the point of being alive if I'm still going to feel like this at fifty? Rachel",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "02-26 23:40",
    who="Rachel|R.",
)
M(
    "I keep planning my own funeral in my head, which hymns, who'd read, the ham sandwiches in the church hall, and it feels like relief. Is that weird. Owen",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-02 03:05",
    who="Owen|O.",
)
M(
    "Ah sure I'm grand, only I keep thinking the family would be better off with the insurance money than with me. Don't mind me at all. Declan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-13 22:35",
    tz="Europe/Dublin",
    who="Declan|D.",
)
M(
    "i have these thougts about ending my life most nights now, i wont act on them i promise, i jsut need u to know before tuesday. fran",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-18 01:45",
    tz="America/Los_Angeles",
    who="Fran|F.",
    note="negated intent does not lower present ideation; typos",
)

# ==== single messages: imminent
M(
    "i took the whole bottle of my moms oxy like 20 min ago. im sorry. i just wanted u to know it wasnt your fault",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "04-11 03:10",
    tz="America/Chicago",
    who="Kayden|K.",
)
M(
    "This is Ben, Laura's partner. She's locked in the bathroom and says she's taken everything in the medicine cabinet. Ambulance is on its way. Please call me as soon as you see this. Ben",
    "imminent",
    "self_harm suicidal_ideation support_request urgency",
    "medication psychotherapy",
    "sms",
    "07-25 23:52",
    who="Ben|B.",
    note="partner reports the patient's overdose",
)
M(
    "Cancelled the milk, paid the rent through to January and left Pip with the neighbour. Tomorrow I'm driving down to Beachy Head before anyone's awake. Thank you for everything, Ruth.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-29 22:20",
    who="Ruth|R.",
    note="plan told through preparations",
)
M(
    "cut too deep this time and it won't stop bleeding through the towel. I don't want to call 999. answer pls",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "01-17 02:40",
    who="Hannah|H.",
)
M(
    "Dear Sam,\n\n"
    "A few practical things before our session next week, because I know I never get round to them in the room. "
    "First, the invoice for October: the bank says the transfer bounced because I typed the sort code wrong, so "
    "I've sent it again this morning, please let me know if it doesn't arrive. Second, Greg has finally agreed to "
    "come to one of the couple sessions, though he says he wants it to be on a Wednesday because of the allotment "
    "committee on Thursdays. I told him that you decide the times, not him, and he sulked for the rest of the "
    "evening, so that went well.\n\n"
    "Third, Dr Lowe has kept me on the amitriptyline but dropped the dose again. I didn't tell her that I haven't "
    "been taking it for six weeks. I've got the pills saved up, sixty of them in the biscuit tin, and Saturday when "
    "Greg is at the match is when I'm going to take them. I'm telling you because you asked me to always tell you "
    "the truth, and because you've been kinder than anyone.\n\n"
    "Lastly, the parking at the centre: the machine only takes coins now, which you might want to put on the "
    "website, and the lift by reception has had an out-of-order sign on it since the start of the month. "
    "Sorry for such a long e-mail, I did try to keep it short.\n\n"
    "Best wishes,\n"
    "Pauline",
    "imminent",
    "suicidal_ideation apology",
    "information medication psychotherapy",
    "email",
    "10-21 09:15",
    who="Pauline|P.",
    note="plan (pills saved, day chosen) buried in a logistics e-mail",
)
M(
    "Sir, I have decided. Tonight after my shift I will go to the railway track near Kalyan station. You have been very kind to me. Please don't call my parents. Rohan",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-04 22:40",
    tz="Asia/Kolkata",
    who="Rohan|R.",
)
M(
    "im at the top of the car park behind asda. not coming down this time. bye x",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-05 23:55",
    who="Courtney|C.",
    note="young person, farewell at a place",
)

# ==== single messages: idioms, quotations and harmless look-alikes
M(
    "Made the Sunday roast for twelve, nearly killed myself hauling the turkey out of the oven but survived! See you Weds. Fi",
    "none",
    "",
    "information",
    "whatsapp",
    "12-27 20:10",
    who="Fiona|Fi",
)
M(
    "We got absolutely slaughtered 6-0 by Whitehall Rovers, I wanted the ground to swallow me. Coach says I'm on the bench Saturday, haha. Sean",
    "none",
    "",
    "information",
    "sms",
    "10-10 17:35",
    who="Sean|S.",
)
M(
    "Need to move Thursday's session, it's my great-uncle Brendan's funeral in Galway. He was 94 and had a grand innings. Could we do Friday instead? Orla",
    "none",
    "",
    "cancellation",
    "email",
    "03-03 09:02",
    tz="Europe/Dublin",
    who="Orla|O.",
)
M(
    "Pharmacy on the King's Road says the 50mg sertraline is out of stock till Tuesday. Should I take two 25s instead or just wait? Harriet",
    "none",
    "",
    "medication",
    "portal",
    "05-29 11:20",
    who="Harriet|H.",
)
M(
    "Bought a new Stanley knife and a rope ladder for the loft conversion, the boys are over the moon. Sorry, I'm rambling. Could you send Monday's video link? Gareth",
    "none",
    "apology",
    "information",
    "email",
    "08-14 19:30",
    who="Gareth|G.",
)
M(
    "Hi, it's Amira. For my Year 10 health project I'm doing a poster on suicide prevention helplines. Could I quote what you said about asking directly not putting the idea in someone's head?",
    "none",
    "",
    "information",
    "portal",
    "02-11 16:15",
    who="Amira|A.",
    note="school project",
)
M(
    "Landed in Melbourne! The jet lag is murder and I'm dead on my feet, but the hotel looks out over the bay. Is Tuesday 8pm my time ok for the video session? Priya 😊",
    "none",
    "",
    "information",
    "whatsapp",
    "11-02 15:40",
    tz="Australia/Melbourne",
    who="Priya|P.",
)
M(
    "my nan tried the self checkout at Lidl and it kept shouting unexpected item at her, I'm crying I couldn't breathe 😂😂 ok see u thursday",
    "none",
    "",
    "information",
    "whatsapp",
    "04-16 18:05",
    who="Keeley|K.",
)
M(
    "Watched The Last Ferry last night. When the captain says 'I won't be here when you wake up' I completely lost it. Bring tissues for that one. Dom",
    "none",
    "",
    "information",
    "sms",
    "01-11 10:45",
    who="Dom|D.",
    note="film line",
)
M(
    "Knock knock. Who's there? Not me on Friday, I'm afraid, the car's in the garage 🙃 Can we do Monday? Lucy",
    "none",
    "",
    "cancellation",
    "sms",
    "06-25 08:50",
    who="Lucy|L.",
    note="joke",
)
M(
    "Mum says if I leave my PE kit on the stairs one more time she'll murder me, so that's my homework for the week sorted lol. See you Wednesday. Theo",
    "none",
    "",
    "information",
    "whatsapp",
    "03-18 17:00",
    who="Theo|T.",
    note="parent's hyperbole quoted by a teenager",
)

# ==== single messages: none
M(
    "The interview went really well!! They want me back for a second round with the director on the 9th. Thank you for Tuesday. Imran",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-01 13:10",
    who="Imran|I.",
)
M(
    "Feedback letter from the family session arrived, thank you. Dad read it out at dinner and Mum got a bit teary. Next appointment 14th at 5pm is fine for all of us. Aoife (for the Brennans)",
    "none",
    "",
    "information psychotherapy",
    "email",
    "06-16 20:30",
    tz="Europe/Dublin",
    who="Aoife|A.",
)
M(
    "I PASSED MY DRIVING TEST!!! THIRD TIME LUCKY!!! Jas",
    "none",
    "",
    "information",
    "sms",
    "07-30 12:05",
    who="Jas|J.",
)
M(
    "Hi... just checking... is it still 4 on Friday... or did we say 5... sorry... Bea",
    "none",
    "apology",
    "information",
    "sms",
    "09-09 09:30",
    who="Bea|B.",
)

# ==== single messages: low
M(
    "Bit of a flat week. I miss Thursdays when there's no session. Anna",
    "low",
    "",
    "psychotherapy",
    "portal",
    "08-06 20:20",
    who="Anna|A.",
)
M(
    "Could we have a quick call before Friday? Things with Joe have shaken me a bit. Not an emergency. Rhys",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "03-24 18:00",
    who="Rhys|R.",
)
M(
    "Hello, Mrs Patel here, Anika's mother. Since the exams she has been very quiet and eating her dinner in her room. Nothing alarming, I only wanted you to know before Wednesday. Sunita Patel",
    "low",
    "",
    "psychotherapy",
    "email",
    "06-23 21:15",
    who="Sunita|Patel",
    note="parent worried, no risk cue",
)
M(
    "My flatmate Jordan was sectioned last night after he tried to hang himself in the stairwell. I'm ok, just shaken, I keep replaying finding him. Sam",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-15 09:50",
    who="Sam|S.",
    note="someone else's attempt -> low",
)
M(
    "Feeling really down today, it's the anniversary of Mum. Just needed to tell someone. Grace",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-27 19:35",
    who="Grace|G.",
)
M(
    "everything is fine honestly, totally fine :(",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "12-19 23:25",
    who="Megan|M.",
    note="positive words, sad face",
)
M(
    "Just so you know, I haven't had any thoughts of hurting myself since the new meds. Sleeping better too. Wendy",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "05-12 10:30",
    who="Wendy|W.",
    note="negated high cue -> low",
)
M(
    "Good evening doctor. Here in Leeds I am feeling very alone, my family is in Lagos and I have no one to talk to at the weekends. Can we speak for some minutes? Chidi",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "email",
    "01-24 20:45",
    who="Chidi|C.",
    note="second-language writer",
)
M(
    "Hi Moira,\n\n"
    "I promised I'd write while I'm at my sister's in Cork, so here's the news. The flight was fine, only forty "
    "minutes late, and Deirdre met me at the airport with the new puppy, a daft spaniel called Ferris who has "
    "already eaten one of my slippers. We've been out to Kinsale twice and walked the Scilly path in the rain, "
    "which Deirdre says is the only proper way to see it. I've been sleeping better than at home, maybe the sea "
    "air, maybe just not having the alarm at half six.\n\n"
    "I did the exercise you gave me, writing down three things each evening. Most days it's easy: the puppy, a "
    "good scone, my niece showing me her dance routine. The evenings are the harder part. Once the kids are in "
    "bed and Deirdre and Colm are watching their programmes, I feel lonely in a way I can't quite explain, like "
    "I'm visiting my own life from the outside. It passes by the morning but it's there every night.\n\n"
    "I'm back on the 19th and I'd like to keep our usual slot on the 22nd if that's still free. I'll bring the "
    "notebook. Colm says hello, by the way, he thinks therapists must be very patient people to put up with "
    "the likes of me. Deirdre sends her best too and says the spare room is mine whenever I want it, "
    "which was a nice thing to hear.\n\n"
    "Take care and see you soon,\n"
    "Niamh",
    "low",
    "loneliness",
    "information psychotherapy",
    "email",
    "07-10 22:10",
    tz="Europe/Dublin",
    who="Niamh|N.",
    note="long holiday letter; loneliness in the evenings",
)

# ==== single messages: moderate
M(
    "haven't left the flat since tuesday. food's run out and i keep ordering then not answering the door",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "02-20 16:40",
    who="Callum|C.",
)
M(
    "On the train and the panic is swallowing me whole... can't breathe properly... hands gone numb... please text me back right now",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "04-03 08:20",
    who="Lily|L.",
    note="overwhelming panic",
)
M(
    "smoked the rest of Danny's weed before work again just to get through the shift. I know, I know. Kira",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "06-08 07:55",
    who="Kira|K.",
)
M(
    "I'm at the end of my rope with this job hunt. Sixty-three applications and not one call back. Marcus",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "09-18 15:05",
    who="Marcus|M.",
)
M(
    "I've stopped eating lunch at work, I just sit in the car in the staff car park. Haven't spoken to anyone on the team in two weeks. I'm afraid I won't make it through this term. Tom",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "portal",
    "11-12 13:05",
    who="Tom|T.",
)
M(
    "Dear Dr Hughes,\n\n"
    "I'm writing instead of phoning because I'd only cry and not get the words out. Since we last met on the 3rd "
    "things with Emma have gone downhill again. She has moved into the spare room and she talks to me only about "
    "the children's timetables: who's taking Olly to swimming, who's picking Freya up from Brownies, whether the "
    "boiler man is coming Tuesday or Wednesday. We are polite like colleagues who don't like each other.\n\n"
    "Work hasn't helped either. The restructure at the depot means I'm doing two rotas now, and I'm getting in at seven "
    "and leaving at seven. I've been having a couple of whiskies every night to switch my head off, more than a "
    "couple if I'm honest, and Emma has noticed the bottles in the recycling. That's another thing we don't talk "
    "about.\n\n"
    "I keep thinking that I can't keep living like this, with the house this quiet and the two of us pretending "
    "for the kids. I'm not saying anything more than that, I just don't see how it gets better from here. "
    "Is there any chance Emma could come with me on the 17th? She hasn't said no, which for her is practically "
    "a yes. If not, I'll come on my own as planned.\n\n"
    "Thank you for reading this far. I know it's a lot for an e-mail.\n\n"
    "Regards,\n"
    "Graham Whitfield",
    "moderate",
    "hopelessness substance_use",
    "information psychotherapy",
    "email",
    "03-13 23:10",
    who="Graham|Whitfield",
    note="long letter; can't keep living like this -> moderate hopelessness; drinking to cope",
)
M(
    "Spent the whole weekend under the duvet with the blinds down, didn't even answer Mum. Skipping uni again today. Sorry. Yusuf",
    "moderate",
    "withdrawal apology",
    "psychotherapy",
    "sms",
    "10-05 11:25",
    who="Yusuf|Y.",
)
