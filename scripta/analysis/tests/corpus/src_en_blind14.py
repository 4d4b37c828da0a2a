# Blind round 14 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-13), measured once
# with engine 2026.11.19 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients and relatives to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b14en-01: self-harm urge, Scottish teen (blade from a sharpener)
M(
    "been sat in the bathroom for an hour wi the blade out the pencil sharpener in my hand. havent done anything yet but the urge is mental the night. dinnae know why im telling you this. Kirsty",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-11 23:40",
    who="Kirsty|K.",
    g="b14en-01",
    v="base",
)
M(
    "been sat in the bathroom for an hour but no urge for the blade out the pencil sharpener the night, nothing. havent done anything and dinnae want to. dinnae know why im telling you this. Kirsty",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-11 23:40",
    who="Kirsty|K.",
    g="b14en-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "back in second year I used to sit in the bathroom for an hour wi the blade out the pencil sharpener in my hand. the urge was mental back then. dinnae know why im telling you this now. Kirsty",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-11 23:40",
    who="Kirsty|K.",
    g="b14en-01",
    v="tense",
    note="historic self-harm -> low",
)
M(
    "the lassie in the book we're doing for Higher English goes 'been sat in the bathroom for an hour wi the blade in my hand, the urge is mental the night'. our teacher says it's about grief. thought you'd find it interesting. Kirsty",
    "none",
    "",
    "information",
    "whatsapp",
    "03-11 20:15",
    who="Kirsty|K.",
    g="b14en-01",
    v="quotation",
    note="line from a novel read in class -> none",
)

# b14en-02: pills set aside and counted, Australian man
M(
    "Been putting aside the Seroquel the GP gave me since August, not taking them, just keeping them in a sock in the drawer. Counted last night, 46. Reckon that's plenty. Just so someone knows. Gaz",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "09-14 06:20",
    tz="Australia/Brisbane",
    who="Gaz|Gary|G.",
    g="b14en-02",
    v="base",
)
M(
    "Been putting all my pills in a sock in the drawer for the Broome trip, the Seroquel the GP gave me and the rest. Counted last night, 46. Reckon that's plenty for three weeks. Just so someone knows in case I'm out of range. Gaz",
    "none",
    "",
    "medication information",
    "sms",
    "09-14 06:20",
    tz="Australia/Brisbane",
    who="Gaz|Gary|G.",
    g="b14en-02",
    v="idiom",
    note="packing pills for a trip -> none",
)
M(
    "Haven't been putting aside any of the Seroquel the GP gave me, taking them every night like she said, nothing in a sock in the drawer. Counted the box last night to check. Just so someone knows, after what we talked about. Gaz",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "09-14 06:20",
    tz="Australia/Brisbane",
    who="Gaz|Gary|G.",
    g="b14en-02",
    v="negation",
    note="negated stockpiling -> low",
)
M(
    "My brother's been putting aside the Seroquel his GP gave him since August, not taking them, keeping them in a sock in his drawer. I counted them last night, 46. Reckon he thinks that's plenty. Just so someone knows. Gaz",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "09-14 06:20",
    tz="Australia/Brisbane",
    who="Gaz|Gary|G.",
    g="b14en-02",
    v="person",
    note="brother (not the patient) stockpiling -> low, worry about someone else",
)

# b14en-03: passive ideation, Irish woman in her sixties
M(
    "Dear Fionnuala,\nI hope you are keeping well. I am grand during the day with the grandchildren but at night I lie there and pray that the Lord would take me in my sleep and spare everyone the bother of me.\nRegards,\nBernadette",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-19 21:05",
    tz="Europe/Dublin",
    who="Bernadette|Nolan|B.",
    g="b14en-03",
    v="base",
)
M(
    "Dear Fionnuala,\nI hope you are keeping well. I am grand during the day with the grandchildren but at night I lie there and PRAY THAT THE LORD WOULD TAKE ME IN MY SLEEP and spare everyone the bother of me.\nRegards,\nBernadette",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-19 21:05",
    tz="Europe/Dublin",
    who="Bernadette|Nolan|B.",
    g="b14en-03",
    v="caps",
)
M(
    "Dear Fionnuala,\nI hope you are keeping well. I am grand during the day with the grandchildren but at night I lie there learning my line for the parish drama: 'I pray that the Lord would take me in my sleep and spare everyone the bother of me.' Old Mrs Deasy has the best part.\nRegards,\nBernadette",
    "none",
    "",
    "information",
    "email",
    "01-19 21:05",
    tz="Europe/Dublin",
    who="Bernadette|Nolan|B.",
    g="b14en-03",
    v="quotation",
    note="a line from a play -> none",
)
M(
    "Dear Fionnuala,\nI hope you are keeping well. The winter after Dermot died, I was grand during the day with the grandchildren but at night I would lie there and pray that the Lord would take me in my sleep and spare everyone the bother of me.\nRegards,\nBernadette",
    "low",
    "",
    "psychotherapy",
    "email",
    "01-19 21:05",
    tz="Europe/Dublin",
    who="Bernadette|Nolan|B.",
    g="b14en-03",
    v="tense",
    note="past passive ideation -> low",
)

# b14en-04: perceived burdensomeness, Nigerian student
M(
    "Good evening ma. Sorry to disturb you this late. Honestly I have been thinking my family would be better off without me, my mum is paying for everything and I am just a load on her head. Tunde",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "05-06 22:30",
    tz="Africa/Lagos",
    who="Tunde|Adeyemi|T.",
    g="b14en-04",
    v="base",
)
M(
    "Good evening ma. Sorry to disturb you this late. Honestly I have been thinking my family would be better off without me, my mum is paying for everything and I am just a load on her head 😂 Tunde",
    "high",
    "suicidal_ideation apology valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-06 22:30",
    tz="Africa/Lagos",
    who="Tunde|Adeyemi|T.",
    g="b14en-04",
    v="emoticon",
)
M(
    "Good evening ma. Sorry to disturb you this late. Honestly I no longer think my family would be better off without me, even if my mum is paying for everything and I feel like a load on her head. Tunde",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "05-06 22:30",
    tz="Africa/Lagos",
    who="Tunde|Adeyemi|T.",
    g="b14en-04",
    v="negation",
    note="negated burdensomeness -> low",
)
M(
    "Good evening ma. Sorry to disturb you this late. Honestly my cousin Segun has been saying his family would be better off without him, his mum is paying for everything and he is just a load on her head. Tunde",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "05-06 22:30",
    tz="Africa/Lagos",
    who="Tunde|Adeyemi|T.",
    g="b14en-04",
    v="person",
    note="cousin's ideation -> low",
)

# b14en-05: mother reports teen's scratching with a compass
M(
    "Hi Dr. Okafor, this is Dana, Maddie's mom. Last night I found band-aids all up her left forearm and she admitted she's been scratching with the compass from her geometry set for about a week. Nothing needed stitches. She went to school today. Could you fit her in this week?\nDana Kowalczyk",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "email",
    "10-08 07:45",
    tz="America/Toronto",
    who="Dana|Kowalczyk",
    g="b14en-05",
    v="base",
    note="parent reports patient's recent self-harm",
)
M(
    "Hi Dr. Okafor, this is Dana, Maddie's mom. Last night I checked her left forearm like you suggested and she hasn't been scratching with the compass from her geometry set, not this week, no marks at all. She went to school today. Could you fit her in this week?\nDana Kowalczyk",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "10-08 07:45",
    tz="America/Toronto",
    who="Dana|Kowalczyk",
    g="b14en-05",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "Hi Dr. Okafor, this is Dana, Maddie's mom. Back in grade 6 she went through a phase of scratching her left forearm with the compass from her geometry set. Nothing needed stitches. I thought you should know the history before her next session.\nDana Kowalczyk",
    "low",
    "",
    "psychotherapy",
    "email",
    "10-08 07:45",
    tz="America/Toronto",
    who="Dana|Kowalczyk",
    g="b14en-05",
    v="tense",
    note="historic self-harm reported by parent -> low",
)

# b14en-06: on a bridge at night, Dublin
M(
    "im on the toll bridge by the port. been here since 2. the water looks very calm from up here. thanks for trying with me Ciarán",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-22 14:50",
    tz="Europe/Dublin",
    who="Ciarán|Ciaran|C.",
    g="b14en-06",
    v="base",
    note="place + farewell",
)
M(
    "if i ever ended up on the toll bridge by the port at 2 in the morning looking at the water, what am i supposed to do? who do i ring? Ciarán",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-22 14:50",
    tz="Europe/Dublin",
    who="Ciarán|Ciaran|C.",
    g="b14en-06",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "im on the toll bridge by the port, been here since 2, traffic is a joke. the water looks very calm from up here tho. gonna be late for 3 sorry Ciarán",
    "none",
    "apology",
    "information",
    "sms",
    "02-22 14:50",
    tz="Europe/Dublin",
    who="Ciarán|Ciaran|C.",
    g="b14en-06",
    v="idiom",
    note="stuck in traffic on a bridge -> none",
)

# b14en-07: withdrawal, Kenyan woman
M(
    "Hello doc, I have not left the house since Friday. I just stay in bed with the curtains closed, I even switched off my phone for my sisters. Wanjiru",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "07-15 16:10",
    tz="Africa/Nairobi",
    who="Wanjiru|W.",
    g="b14en-07",
    v="base",
)
M(
    "Hello doc, I have left the house every day since Friday. I don't just stay in bed with the curtains closed, and my phone is on for my sisters. Wanjiru",
    "none",
    "",
    "information",
    "whatsapp",
    "07-15 16:10",
    tz="Africa/Nairobi",
    who="Wanjiru|W.",
    g="b14en-07",
    v="negation",
    note="negated withdrawal -> none",
)
M(
    "Hello doc, my flatmate has not left the house since Friday. She just stays in bed with the curtains closed, she even switched off her phone for her sisters. I am worried. Wanjiru",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-15 16:10",
    tz="Africa/Nairobi",
    who="Wanjiru|W.",
    g="b14en-07",
    v="person",
    note="flatmate's withdrawal -> low",
)
M(
    "Hello doc, I have not left the house since Friday 😔 I just stay in bed with the curtains closed, I even switched off my phone for my sisters. Wanjiru",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "07-15 16:10",
    tz="Africa/Nairobi",
    who="Wanjiru|W.",
    g="b14en-07",
    v="emoticon",
)

# b14en-08: "ending it tonight", New Zealand woman
M(
    "Tonight I'm ending it. I've sorted the cat with Mere next door and left the keys under the pot. Thank you for putting up with me all year. Aroha",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-03 19:55",
    tz="Pacific/Auckland",
    who="Aroha|A.H.",
    g="b14en-08",
    v="base",
    note="intent + preparations + farewell",
)
M(
    "Tonight I'm ending it with Jace. I've sorted the cat with Mere next door and left his keys under the pot. Thank you for putting up with me going on about him all year. Aroha",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "06-03 19:55",
    tz="Pacific/Auckland",
    who="Aroha|A.H.",
    g="b14en-08",
    v="idiom",
    note="ending a relationship -> none",
)
M(
    "Tonight I'm not ending it, I promised you and I meant it. I've sorted the cat with Mere next door and left the keys under the pot. Thank you for putting up with me all year. Aroha",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-03 19:55",
    tz="Pacific/Auckland",
    who="Aroha|A.H.",
    g="b14en-08",
    v="negation",
    note="negated intent -> low",
)
M(
    "'Tonight I'm ending it. Thank you for putting up with me all year.' That's my opening line in the Hamilton Playhouse show, I've sorted the cat with Mere next door for opening night. Aroha",
    "none",
    "",
    "information",
    "whatsapp",
    "06-03 19:55",
    tz="Pacific/Auckland",
    who="Aroha|A.H.",
    g="b14en-08",
    v="quotation",
    note="a line from a play -> none",
)

# b14en-09: overdose taken, Indian student
M(
    "Ma'am I have taken whole strip of Clonazepam and some of my father's BP tablets about 40 minutes back. Feeling very heavy. I did not want to wake anyone at home. I am sorry. Rohan",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:35",
    tz="Asia/Kolkata",
    who="Rohan|R.",
    g="b14en-09",
    v="base",
    note="overdose taken",
)
M(
    "Ma'am in 2022 I had taken whole strip of Clonazepam and some of my father's BP tablets, I was in hospital two days. I did not tell you before. I am sorry. Rohan",
    "low",
    "apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:35",
    tz="Asia/Kolkata",
    who="Rohan|R.",
    g="b14en-09",
    v="tense",
    note="historic overdose -> low",
)
M(
    "Ma'am my friend Karthik has taken whole strip of Clonazepam and some of his father's BP tablets about 40 minutes back, he messaged me. Please tell me fast what to do. I am sorry. Rohan",
    "low",
    "urgency apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:35",
    tz="Asia/Kolkata",
    who="Rohan|R.",
    g="b14en-09",
    v="person",
    note="a friend's overdose -> low (someone else's)",
)

# b14en-10: hopelessness, South African man
M(
    "Morning Dr Naidoo,\nJust a quick one before Thursday. Honestly, I can't see this ever getting better. Three years of sessions and the same loop.\nRegards,\nPieter",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "08-12 07:20",
    tz="Africa/Johannesburg",
    who="Pieter|P.",
    g="b14en-10",
    v="base",
)
M(
    "Morning Dr Naidoo,\nJust a quick one before Thursday. Honestly, I can see this getting better now. Three years of sessions and no longer the same loop.\nRegards,\nPieter",
    "none",
    "",
    "information psychotherapy",
    "email",
    "08-12 07:20",
    tz="Africa/Johannesburg",
    who="Pieter|P.",
    g="b14en-10",
    v="negation",
    note="negated hopelessness -> none",
)
M(
    "Morning Dr Naidoo,\nJust a quick one before Thursday. Honestly, I CAN'T SEE THIS EVER GETTING BETTER. Three years of sessions and the same loop.\nRegards,\nPieter",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "08-12 07:20",
    tz="Africa/Johannesburg",
    who="Pieter|P.",
    g="b14en-10",
    v="caps",
)

# b14en-11: drinking to sleep, Hong Kong woman
M(
    "Hi Dr Lam, it's Cheryl. I finished a bottle of wine alone again last night just to be able to sleep, that's the fourth night this week.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "11-05 08:05",
    tz="Asia/Hong_Kong",
    who="Cheryl|C.",
    g="b14en-11",
    v="base",
)
M(
    "Hi Dr Lam, it's Cheryl. I didn't finish a bottle of wine alone last night to be able to sleep, not once this week.",
    "none",
    "",
    "information",
    "whatsapp",
    "11-05 08:05",
    tz="Asia/Hong_Kong",
    who="Cheryl|C.",
    g="b14en-11",
    v="negation",
    note="negated drinking -> none",
)
M(
    "Hi Dr Lam, it's Cheryl. Back in the Shenzhen job I finished a bottle of wine alone most nights just to be able to sleep, four nights a week at least.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-05 08:05",
    tz="Asia/Hong_Kong",
    who="Cheryl|C.",
    g="b14en-11",
    v="tense",
    note="past drinking -> low",
)

# b14en-12: "I want to die", Polish learner in England
M(
    "hello Mrs Hart, is Kasia. sorry for my english. I am so tired of everything, I want to die, really, is not joke. tomorrow I come to session?",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "12-01 22:15",
    who="Kasia|K.",
    g="b14en-12",
    v="base",
)
M(
    "hello Mrs Hart, is Kasia. sorry for my english. I am so tired of this rain, I am dying for some sun, really, is not joke. tomorrow I come to session?",
    "none",
    "apology",
    "information",
    "sms",
    "12-01 22:15",
    who="Kasia|K.",
    g="b14en-12",
    v="idiom",
    note="dying for sun -> none",
)
M(
    "hello Mrs Hart, is Kasia. sorry for my english. my daughter sing all day the song 'I am so tired of everything, I want to die', it is from TikTok, she say it is funny. tomorrow I come to session?",
    "none",
    "apology",
    "information",
    "sms",
    "12-01 22:15",
    who="Kasia|K.",
    g="b14en-12",
    v="quotation",
    note="a song lyric -> none",
)
M(
    "hello Mrs Hart, is Kasia... sorry for my english... I am so tired of everything, I want to die, really, is not joke... tomorrow I come to session?",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "12-01 22:15",
    who="Kasia|K.",
    g="b14en-12",
    v="emoticon",
    note="ellipses form variant",
)

# b14en-13: researching a method, US teen
M(
    "ok so I wasn't honest on Tuesday. I've been looking up how many of my mom's Tylenol it would actually take. like every night this week. Jordan",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "10-22 23:58",
    tz="America/Chicago",
    who="Jordan|J.",
    g="b14en-13",
    v="base",
    note="thinking about a method",
)
M(
    "ok so I wasn't honest on Tuesday. I haven't been looking up how many of my mom's Tylenol it would actually take, not once this week, I promise. Jordan",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "10-22 23:58",
    tz="America/Chicago",
    who="Jordan|J.",
    g="b14en-13",
    v="negation",
    note="negated method search -> low",
)
M(
    "ok so I wasn't honest on Tuesday. My friend Kayla's been looking up how many of her mom's Tylenol it would actually take. like every night this week. Jordan",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "10-22 23:58",
    tz="America/Chicago",
    who="Jordan|J.",
    g="b14en-13",
    v="person",
    note="a friend's method search -> low",
)

# ==== single messages: high

M(
    """Dear Helen,

I hope this finds you well. Apologies in advance, this is going to be a long one because I have three things to sort out and I'm hopeless at doing them separately.

First, the invoice for October: the practice sent it to my old work address in Loughborough and it has only just found its way to me, so if it is overdue that is why. I can pay by transfer on Friday when the salary goes in. Could you confirm the sort code is still the same as in the summer?

Second, Mum's care package. The council reassessment is on the 14th, which means I will have to miss our session that week because someone has to sit in with the social worker and my brother is, as ever, "slammed at work". Could we swap to the Monday or the Thursday after?

Third, and I nearly deleted this bit. You asked me to be honest about the mornings. Most days I drive past the quarry on the Ashby road on the way to Mum's and I have started thinking about not turning the wheel at the bend, just carrying straight on through the fence. I slow down every time now and look at the gap in it. I don't know what to do with that so I'm putting it here.

Anyway, the first two are the important ones for admin. Thank you as always.

Best wishes,
Alison Pryor""",
    "high",
    "suicidal_ideation apology",
    "cancellation information psychotherapy",
    "email",
    "11-10 07:05",
    who="Alison|Pryor",
    note="method and place considered, buried in admin e-mail; suicidal_ideation added below",
)

M(
    "honestly if a bus hit me tmrw id just be like fair enough lol. anyway see u thurs",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-04 16:40",
    who="Ellie|E.",
    note="passive ideation",
)

M(
    "Hello, this is Rachel, Sam's partner. He asked me to write because he can't face it. Last night he told me he's been reading up on how long it takes with the car running in the closed garage. He's at work today and says he's fine. We'd like to bring the appointment forward if at all possible. Rachel",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "05-19 12:30",
    who="Rachel|R.",
    note="partner reports the patient thinking about a method",
)

M(
    "burned my wrist with the lighter again after the phone call with dad. it's blistered but it's fine, not going to A&E over it. just didnt want to lie to you on friday",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-30 21:20",
    who="Leon|L.",
    note="recent NSSI without medical danger",
)

M(
    "Dear Dr Whitcombe,\nI thought you should hear it from me. I have stopped taking the heart tablets, deliberately, these last ten days. I am eighty-one, Margaret is gone, and I see no reason to prolong matters. I would rather let nature take its course than go on like this. Please do not involve my son.\nYours sincerely,\nHarold Benning",
    "high",
    "suicidal_ideation hopelessness",
    "medication psychotherapy",
    "email",
    "03-02 10:15",
    who="Harold|Benning|H.B.",
    note="stopping medicines to die; wish to be dead",
)

M(
    "Madam, I keep thinking, what is the use of my being alive if I cannot give him a child. His mother said it again on Sunday. I am attending office but inside I am finished. Priya",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "06-25 20:40",
    tz="Asia/Kolkata",
    who="Priya|P.",
    note="questions being alive",
)

M(
    "Hi Joanne, it's Mark, Mum's son. The carer rang me this morning: when she went in at 8, Mum told her she wished she hadn't woken up again and that she's 'had enough of all this'. She's eating but very quiet. Can you see her sooner than the 12th? Mark Ellery",
    "high",
    "suicidal_ideation hopelessness support_request",
    "psychotherapy",
    "sms",
    "09-09 11:02",
    who="Mark|Ellery",
    note="adult child reports patient's passive ideation",
)

M(
    "Updated my will on Monday and sent my sister the list of all my passwords and where the life insurance papers are. Not planning anything before you panic, just felt like getting it done. Cass",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-29 22:50",
    who="Cass|Cassie|C.",
    note="preparations; negated plan does not lower",
)

M(
    "Hola Dr. Evans. I imagine my funeral very often now, who comes, the music, and I feel calm, like relief. Is normal? I did not say in the session because I was shame. Lucía",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "07-07 23:30",
    who="Lucía|Lucia|L.",
    note="passive ideation: relief at own funeral",
)


M(
    "I don't want to be here anymore. Not here in Leeds. Here. Jas",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-30 23:47",
    who="Jas|Jaspreet|J.",
    note="wish to be dead, euphemistic",
)

M(
    "Evening doc. Sometimes I stand on the balcony of our flat, 9th floor, and think how quick it would be. Then I go back inside and make supper for the kids like nothing. Achieng",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-27 21:15",
    tz="Africa/Nairobi",
    who="Achieng|A.O.",
    note="thinking about a method (height)",
)

# ==== single messages: imminent

M(
    "Got the rope in the boot. I know which tree, up past the reservoir. Sunday when everyone's at the match. Sorry mate, you did your best. Dean",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "04-10 23:15",
    who="Dean|D.",
    note="plan: method + place + time",
)

M(
    "took all the paracetamol in the cupboard about an hour ago w some vodka. feel sick. dont ring my mum",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "06-14 02:20",
    who="Nadia|N.",
    note="overdose taken, plus alcohol",
)

M(
    "cut too deep on my thigh this time, its been 20 min and it wont stop bleeding through the towel. what do i do",
    "imminent",
    "self_harm urgency",
    "psychotherapy",
    "whatsapp",
    "09-02 00:40",
    who="Robyn|R.",
    note="self-harm with medical danger",
)

M(
    "Thank you for everything, you were the only one who really listened. Please tell Noor it wasn't her fault, none of it. I'm tired and I'm done now. Yusuf",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-18 03:10",
    who="Yusuf|Y.",
    note="farewell in context of risk",
)

M(
    "Dr Patel this is Freya's dad, Graham. We found notes on her phone saying goodbye to her friends and her sertraline box is empty. We're in A&E at the Royal now, they're doing bloods. I don't know why I'm messaging you, I just needed someone to know. Graham Hurst",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "02-17 21:35",
    who="Graham|Hurst",
    note="parent reports patient's overdose taken",
)

M(
    "Getting the 6.10 to Peterborough. Not coming back. Dont bother with the police, I'll be well past the level crossing by then. Kieran",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-21 05:40",
    who="Kieran|K.",
    note="plan with place and time",
)

M(
    "got 60 of the amitriptyline lined up on the desk in rows of ten. tonight. not asking for anything, just wanted it said to someone",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "07-23 22:25",
    who="Tomasz|T.",
    note="pills counted and ready + time",
)

M(
    "on the roof of the multi storey on Queen St. took my shoes off. its windy. Bex",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-08 01:55",
    who="Bex|Rebecca|B.",
    note="place + preparation, euphemistic",
)

M(
    """Kia ora Anna,

Sorry this is late, the week got away from me. A few bits.

Shearing's finished at last, we did just under 1,800 head and the new gang was much better than last year's lot, so that's one thing off my back. The vet's been out for the two-tooths and they're fine. Wiremu's started at the high school in town and he's playing first fifteen already, which he's stoked about, and Ana's got her teeth done finally after waiting since April. Their mum's got them this week and next because of the school holidays.

You asked me to keep track of the sleep thing. It's about four hours, maybe five. I'm up at 3 most nights just sitting in the kitchen.

Re the invoice, I'll pay it Monday when the wool cheque clears, sorry it's dragged on.

The other thing is I've written letters to the kids and put them in the glovebox of the ute, with the farm stuff for my brother. I'll drive out to the gorge after work on Friday, the bit past the swing bridge where the road goes right to the edge. I've thought about it a lot and I'm clear about it. Don't want you to think it was anything you did or didn't do, you've been good to me.

Anyway the invoice Monday.

Hemi""",
    "imminent",
    "suicidal_ideation apology",
    "information psychotherapy",
    "email",
    "05-13 18:20",
    tz="Pacific/Auckland",
    who="Hemi|H.",
    note="plan (place + time, letters) buried in a farm update",
)

M(
    "Sir I have bought the rat poison today from the market, it is in my bag. I will take it after the results come tomorrow if I fail again. Please don't tell my father. Arjun",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-30 23:10",
    tz="Asia/Kolkata",
    who="Arjun|A.S.",
    note="means acquired, conditional plan with time",
)

M(
    "I'm at the pier near Sai Kung. Sorry to leave you like this after everything you did for me this year. Thank you. Winnie",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "10-02 00:30",
    tz="Asia/Hong_Kong",
    who="Winnie|W.",
    note="place + farewell",
)

# ==== single messages: idioms and quotations (crisis words without crisis)

M(
    "Work is literally killing me this week, three reports due Friday. Any chance we could move Tuesday to Thursday same time? Cheers, Owen",
    "none",
    "",
    "cancellation information",
    "sms",
    "03-16 08:10",
    who="Owen|O.",
    note="idiom: busy week",
)
M(
    "I'm dead 😂 my daughter just told her nan that I go to 'the talking lady' every Wednesday. See you then! Shona",
    "none",
    "",
    "information",
    "whatsapp",
    "04-01 17:45",
    who="Shona|S.",
    note="idiom: laughing",
)
M(
    "Could murder a curry after that session honestly, my brain is fried. Good one though. T",
    "none",
    "",
    "psychotherapy",
    "sms",
    "06-11 19:05",
    who="T|Tariq",
    note="idiom",
)
M(
    "Dying to tell you about the interview on Monday — I GOT IT!! Starting at the library in January. Meg",
    "none",
    "",
    "information",
    "sms",
    "11-27 13:30",
    who="Meg|M.",
    note="idiom: dying to",
)
M(
    "The new dose of mirtazapine knocked me out cold, slept like the dead for 11 hours and still groggy at lunch. Is that normal for the first week? Farah",
    "none",
    "",
    "medication",
    "portal",
    "02-09 13:15",
    who="Farah|F.",
    note="idiom: slept like the dead; side effect question",
)
M(
    "Nearly died of embarrassment at parents' evening, I called Mr Okoro 'Dad'. Anyway, all fine for Thursday. Lorraine",
    "none",
    "",
    "information",
    "whatsapp",
    "10-15 20:30",
    who="Lorraine|L.",
    note="idiom",
)
M(
    "my boss will kill me if I leave early again so could we do 6pm instead of 4 on the 3rd? sorry!! Jess",
    "none",
    "apology",
    "cancellation",
    "sms",
    "11-28 09:20",
    who="Jess|J.",
    note="idiom",
)
M(
    "This Lagos traffic wan kill me o. I go reach like 15 minutes late, abeg no vex. Chidi",
    "none",
    "apology",
    "information",
    "whatsapp",
    "01-26 15:40",
    tz="Africa/Lagos",
    who="Chidi|C.",
    note="pidgin idiom: traffic will kill me",
)
M(
    "Shot myself in the foot saying yes to the hen do in Magaluf, it's the same weekend as my sister's christening. Anyway, something to talk about Friday haha. Niamh",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "05-02 12:00",
    tz="Europe/Dublin",
    who="Niamh|N.",
    note="idiom: shot myself in the foot",
)
M(
    "We did Plath's 'Lady Lazarus' in poetry class today, the 'Dying / Is an art' bit, and everyone got weirdly quiet. I'd like to talk about why it stuck with me, not in a bad way, it was kind of beautiful. Ava",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "03-04 17:50",
    tz="America/New_York",
    who="Ava|A.R.",
    note="quotation of a poem",
)
M(
    "Watched that documentary you mentioned, the one about the bridge with the phone on it where people ring before they jump. Hard going but I'm glad I saw it. Rob",
    "none",
    "",
    "information",
    "email",
    "09-24 21:00",
    who="Rob|Robert|R.",
    note="mention of a documentary, not a cue of the sender",
)

# ==== single messages: low

M(
    "nobody's messaged me all weekend. not one person. feel invisible tbh",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "07-12 20:15",
    who="Callum|C.",
)
M(
    "Hi Sue, could we possibly have a quick phone call before Friday? It's been a rough few days and I'm struggling to hold it together at work. Thanks, Andrea",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "01-08 08:30",
    who="Andrea|A.M.",
)
M(
    "My friend Alisha posted something really dark on her story last night about not wanting to be here anymore and now she's not answering. I don't know what I'm supposed to do. Maya",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-21 23:20",
    tz="America/Vancouver",
    who="Maya|M.",
    note="another person's crisis -> low",
)
M(
    "Been thinking about what we covered Tuesday, the overdose when I was 19. Strange saying it out loud after all this time. Not upset, just thinking. Bronwyn",
    "low",
    "",
    "psychotherapy",
    "email",
    "08-20 18:45",
    tz="Australia/Melbourne",
    who="Bronwyn|B.",
    note="past, discussed in therapy -> low",
)
M(
    "Just so you know, I didn't hurt myself this weekend even though Saturday was a bad one. Kept the ice cube thing going like you said. Liv",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-16 10:05",
    who="Liv|Olivia|L.",
    note="negated self-harm -> low",
)
M(
    "Quick question, if the thoughts about ending things ever came back like last spring, would I ring you first or go straight to the crisis line? Just want to have it written down. Ewan",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-04 09:40",
    who="Ewan|E.",
    note="hypothetical question -> low",
)
M(
    "Feeling pretty low today. Five years since Dad. Going to his grave with the boys later. Lindiwe",
    "low",
    "",
    "psychotherapy",
    "sms",
    "06-16 07:30",
    tz="Africa/Johannesburg",
    who="Lindiwe|L.",
)
M(
    "so sorry for cancelling last minute again, I know it's the second time. I'm just really down this week and couldn't face the bus. Can we keep the slot next week? Hannah",
    "low",
    "apology",
    "cancellation psychotherapy",
    "sms",
    "03-18 09:55",
    who="Hannah|H.",
)
M(
    """Dear Dr. Feldman,

I wanted to give you an update on Tyler before Monday's session, since he doesn't always tell you the whole picture and I know you said it helps to hear from us.

First the practical things. The school counselor, Mrs. Abernathy, would like to speak with you about the 504 plan. She's fine with a phone call and said any afternoon after 3:30 works. I've given her permission to talk with you, and I signed the release form at your front desk last week. Also, our insurance changed on November 1st, so I've attached a photo of the new card. Please let me know if there's a co-pay difference.

Now the harder part. Since the breakup with Mia, Tyler has been very down. He's still going to school and to practice, he's eating dinner with us, and he did his shifts at the hardware store, so I don't want to overstate it. But on Sunday night he came into the kitchen and said nobody at school really gets him anymore, that he feels completely on his own even when he's with the team. He said it very flatly, which isn't like him. His sister noticed too.

He asked me not to "make it a big deal," so I'd appreciate it if you could bring it up in a way that doesn't feel like I went behind his back, if that's possible. I just didn't want it to slip through the cracks.

Thank you for everything you're doing for him. He actually likes coming, which is more than I can say for the last therapist.

Best regards,
Karen Dunmore""",
    "low",
    "loneliness",
    "information psychotherapy",
    "email",
    "10-27 19:10",
    tz="America/New_York",
    who="Karen|Dunmore",
    note="parent reports patient's loneliness in a long update",
)

# ==== single messages: moderate

M(
    "Cant take much more of this honest to God. The rows with Declan every night, the kids hearing it. I'm worn to nothing. Siobhan",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "11-03 22:40",
    tz="Europe/Dublin",
    who="Siobhan|S.",
)
M(
    "Spent Sunday and today in bed, didn't answer anyone, didn't eat till 4. sorry I missed the video call",
    "moderate",
    "withdrawal apology",
    "cancellation psychotherapy",
    "whatsapp",
    "09-15 17:20",
    who="Imogen|I.M.",
)
M(
    "Been taking extra diazepam to get through the days at the shop, like 3 or 4 instead of the one. I know. Please don't shout at me on Thursday. Del",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "07-29 20:05",
    who="Del|Derek|D.",
)
M(
    "Had a panic attack in Tesco, couldn't breathe, left the trolley in the aisle and sat in the car for an hour. Still shaking now, it won't settle. Can you call me when you're free? Pat",
    "moderate",
    "support_request",
    "psychotherapy",
    "sms",
    "02-25 15:35",
    who="Pat|Patricia|P.",
    note="overwhelming panic",
)
M(
    "I'm at the end of my rope with this custody business. Solicitor wants another £2,000 and Lauren has moved the goalposts again. No way out of it that I can see. Gav",
    "moderate",
    "hopelessness",
    "information psychotherapy",
    "email",
    "06-09 13:20",
    who="Gav|Gavin|G.",
)
M(
    "Honestly afraid I won't make it through Christmas at the in-laws this year. Ten days. I'm already not sleeping. Anjali",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "12-10 22:00",
    tz="Asia/Kolkata",
    who="Anjali|A.K.",
)
M(
    "smoking every night now just to switch my head off, like a whole joint before bed, sometimes two. i'm not gonna lie about it. Kai",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "08-03 23:30",
    tz="Australia/Sydney",
    who="Kai|K.",
)

# ==== single messages: none

M(
    "Hi, just confirming I'll be there Thursday at 10. Could you send the new address again? The old one is still in my phone. Thanks, Brendan",
    "none",
    "",
    "information",
    "sms",
    "04-22 09:00",
    who="Brendan|B.",
)
M(
    "Dear Dr Mahlangu, please find attached the medical aid form for the last four sessions. Kind regards, Thandeka Zulu",
    "none",
    "",
    "information",
    "email",
    "05-05 10:30",
    tz="Africa/Johannesburg",
    who="Thandeka|Zulu",
)
M("thank u 🙂", "none", "", "", "whatsapp", "05-05 19:00", who="Mo|Mohammed")
M(
    "Went to the climbing wall with my cousin yesterday and didn't fall off once :) Small wins! Ngozi",
    "none",
    "",
    "information",
    "whatsapp",
    "09-27 11:15",
    tz="Africa/Lagos",
    who="Ngozi|N.",
)
M(
    "Hello Dr Chan, I need to cancel next Tuesday, I have a business trip to Singapore. Can we do the 28th instead? Best, Kenneth Wong",
    "none",
    "",
    "cancellation",
    "email",
    "11-12 14:20",
    tz="Asia/Hong_Kong",
    who="Kenneth|Wong|K.W.",
)
