# Blind round 19 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-18), measured once
# with engine 2026.11.24 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients and relatives to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b19en-01: self-harm urge, Glasgow teen
M(
    "took the blade oot ma sharpener again. cannae stop thinking about using it on ma arm, been sat on the bathroom floor wi it for an hour",
    "high",
    "self_harm",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 23:40",
    who="Kirsty",
    g="b19en-01",
    v="base",
)
M(
    "didnae take the blade oot ma sharpener the night. no thinking about using it on ma arm, been sat watching telly wi ma gran for an hour instead",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 23:40",
    who="Kirsty",
    g="b19en-01",
    v="negation",
)
M(
    "when I was in S2 I used to take the blade oot ma sharpener and use it on ma arm. used to sit on the bathroom floor wi it for an hour. weird how it came back to me the day",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 23:40",
    who="Kirsty",
    g="b19en-01",
    v="tense",
)

# b19en-02: passive wish to die, Yorkshire widower
M(
    "Dear Mrs Akhtar,\n\nJust to confirm I'll be there Tuesday at 2. I'll be honest with you as you asked: most nights I go up to bed hoping the good Lord will see fit to take me before morning. Not being dramatic. It's just how it is since Jean.\n\nRegards,\nHarold Burrows",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="email",
    at="11-25 19:05",
    who="Harold|Burrows",
    g="b19en-02",
    v="base",
)
M(
    "Dear Mrs Akhtar,\n\nJust to confirm I'll be there Tuesday at 2. I'll be honest with you as you asked: my brother Stan tells me most nights he goes up to bed hoping the good Lord will see fit to take him before morning. He's not your patient but it's been on my mind since he said it.\n\nRegards,\nHarold Burrows",
    "low",
    "",
    "information psychotherapy",
    ch="email",
    at="11-25 19:05",
    who="Harold|Burrows",
    g="b19en-02",
    v="person",
)
M(
    "Dear Mrs Akhtar,\n\nJust to confirm I'll be there Tuesday at 2. I taught our great-granddaughter the old bedtime prayer at the weekend, 'if I should die before I wake, I pray the Lord my soul to take'. She said it back word for word, bless her.\n\nRegards,\nHarold Burrows",
    "none",
    "",
    "information",
    ch="email",
    at="11-25 19:05",
    who="Harold|Burrows",
    g="b19en-02",
    v="quotation",
)

# b19en-03: plan with method and time, US college student
M(
    "mom's at aunt deb's till sunday. I already taped up the garage door and the tank's full. weirdly calm about it. thank you for trying with me, honestly",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-26 22:15",
    tz="America/Chicago",
    who="Tyler",
    g="b19en-03",
    v="base",
)
M(
    "last spring when mom was at aunt deb's till sunday I taped up the garage door and filled the tank. glad I called the line instead. it just came back into my head today",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-26 22:15",
    tz="America/Chicago",
    who="Tyler",
    g="b19en-03",
    v="tense",
)
M(
    "my friend jordan says his mom's at his aunt's till sunday and he already taped up their garage door and the tank's full. he says he's weirdly calm about it. idk what to do",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-26 22:15",
    tz="America/Chicago",
    who="Tyler",
    g="b19en-03",
    v="person",
)

# b19en-04: burdensomeness, Nigerian woman
M(
    "Good evening ma. Honestly I think my family will rest if I am no more. I am just a load on their head, eating their money.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 21:30",
    tz="Africa/Lagos",
    who="Chiamaka",
    g="b19en-04",
    v="base",
)
M(
    "Good evening ma. Honestly I think my family will rest if I stop disturbing them about the aso-ebi for my cousin's wedding. I am just a load on their head this month.",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-26 21:30",
    tz="Africa/Lagos",
    who="Chiamaka",
    g="b19en-04",
    v="idiom",
)
M(
    "Good evening ma. Honestly I don't think my family will rest if I am no more, I can see it now. I am not a load on their head.",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 21:30",
    tz="Africa/Lagos",
    who="Chiamaka",
    g="b19en-04",
    v="negation",
)

# b19en-05: method in view, Australian tradie
M(
    "been eyeing off the beam in the shed a bit too long lately if im honest",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-27 20:50",
    tz="Australia/Brisbane",
    who="Darren|Dazza",
    g="b19en-05",
    v="base",
)
M(
    "been eyeing off the beam in the shed for the kids new swing, reckon itll hold the both of em",
    "none",
    "",
    "information",
    ch="sms",
    at="11-27 20:50",
    tz="Australia/Brisbane",
    who="Darren|Dazza",
    g="b19en-05",
    v="idiom",
)
M(
    "BEEN EYEING OFF THE BEAM IN THE SHED A BIT TOO LONG LATELY IF IM HONEST",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-27 20:50",
    tz="Australia/Brisbane",
    who="Darren|Dazza",
    g="b19en-05",
    v="caps",
)

# b19en-06: overdose taken with alcohol, Irish woman
M(
    "Took the whole strip of zopiclone about twenty minutes ago with a naggin of vodka. Just wanted someone to know. Sorry. Aoife",
    "imminent",
    "apology substance_use self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="portal",
    at="11-27 01:10",
    tz="Europe/Dublin",
    who="Aoife",
    g="b19en-06",
    v="base",
)
M(
    "Back in 2019 I took the whole strip of zopiclone with a naggin of vodka. Just wanted someone to know. Sorry. Aoife",
    "low",
    "apology",
    "medication psychotherapy",
    ch="portal",
    at="11-27 01:10",
    tz="Europe/Dublin",
    who="Aoife",
    g="b19en-06",
    v="tense",
)
M(
    "Took the whole strip of zopiclone about twenty minutes ago... with a naggin of vodka... Just wanted someone to know... Sorry... Aoife",
    "imminent",
    "apology substance_use self_harm suicidal_ideation",
    "medication psychotherapy",
    ch="portal",
    at="11-27 01:10",
    tz="Europe/Dublin",
    who="Aoife",
    g="b19en-06",
    v="emoticon",
    note="form variant: ellipses instead of full stops",
)

# b19en-07: passive ideation, formal Indian English
M(
    "Dear Dr Menon,\nGreetings. Kindly note that for the past two weeks I have been thinking it would be better if I do not wake up in the morning. I am attending office as usual. I thought you should know before Saturday's session.\nRegards,\nRavi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-26 08:40",
    tz="Asia/Kolkata",
    who="Ravi",
    g="b19en-07",
    v="base",
)
M(
    "Dear Dr Menon,\nGreetings. Kindly note that for the past two weeks I have not been thinking it would be better if I do not wake up in the morning. I am attending office as usual. I thought you should know before Saturday's session.\nRegards,\nRavi",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-26 08:40",
    tz="Asia/Kolkata",
    who="Ravi",
    g="b19en-07",
    v="negation",
)
M(
    "Dear Dr Menon,\nGreetings. Kindly note that for the past two weeks my wife has been saying it would be better if she does not wake up in the morning. She is not seeing anyone. I thought you should know before Saturday's session.\nRegards,\nRavi",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-26 08:40",
    tz="Asia/Kolkata",
    who="Ravi",
    g="b19en-07",
    v="person",
)

# b19en-08: wish not to exist, US teen
M(
    "lowkey wish i could just not exist anymore tbh",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 16:20",
    tz="America/New_York",
    who="Maddie",
    g="b19en-08",
    v="base",
)
M(
    "lowkey wish i could just not exist anymore tbh 🙂",
    "high",
    "valence_shift suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 16:20",
    tz="America/New_York",
    who="Maddie",
    g="b19en-08",
    v="emoticon",
)
M(
    '"lowkey wish i could just not exist anymore" is literally a line from the play we\'re doing in drama, i have to say it like 40 times in rehearsal',
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-26 16:20",
    tz="America/New_York",
    who="Maddie",
    g="b19en-08",
    v="quotation",
)

# b19en-09: farewell with tablets and time, widow in her 80s
M(
    "Dear Ruth,\nI have put out enough food for Tibbles for a week and left the spare key with Mrs Patel at number 9. I've kept back the tablets you said to hand in and I shall take them tonight after the news. You have been very kind to me. Thank you.\nEdna",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    ch="email",
    at="11-27 17:45",
    who="Edna",
    g="b19en-09",
    v="base",
)
M(
    "Dear Ruth,\nI have put out enough food for Tibbles for a week and left the spare key with Mrs Patel at number 9 while I'm at my sister's. I haven't kept back the tablets you said to hand in and I shan't take them tonight or any night. You have been very kind to me. Thank you.\nEdna",
    "low",
    "",
    "medication information psychotherapy",
    ch="email",
    at="11-27 17:45",
    who="Edna",
    g="b19en-09",
    v="negation",
)
M(
    "Dear Ruth,\nMy neighbour Doreen has put out enough food for her cat for a week and left her spare key with me. She told me she has kept back her tablets and shall take them tonight after the news. I have telephoned her son. You have been very kind to me. Thank you.\nEdna",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-27 17:45",
    who="Edna",
    g="b19en-09",
    v="person",
)

# b19en-10: drinking to sleep, young Londoner
M(
    "third night on the bounce I've necked half a bottle of rum just to get to sleep. not ideal",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 09:12",
    who="Kwame",
    g="b19en-10",
    v="base",
)
M(
    "third night on the bounce I haven't necked any rum to get to sleep. not bad eh",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-27 09:12",
    who="Kwame",
    g="b19en-10",
    v="negation",
)
M(
    "back in first year at uni I necked half a bottle of rum every night just to get to sleep. mad to think about now",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 09:12",
    who="Kwame",
    g="b19en-10",
    v="tense",
)

# b19en-11: staying in, middle-aged woman
M(
    "Not been out the front door since Thursday. Curtains shut, phone off, just can't face folk. Gill",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="sms",
    at="11-26 14:02",
    who="Gill",
    g="b19en-11",
    v="base",
)
M(
    "My sister's not been out her front door since Thursday. Curtains shut, phone off, just can't face folk. Worried sick. Gill",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-26 14:02",
    who="Gill",
    g="b19en-11",
    v="person",
)

# b19en-12: method thoughts, Polish man writing in English
M(
    "Hello. I am thinking many times in the day how to finish my life, maybe with train. I go to work normal but in the head is this. Tomasz",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-25 22:10",
    who="Tomasz",
    g="b19en-12",
    v="base",
)
M(
    "Hello. I am not thinking any more in the day how to finish my life. I go to work normal and in the head is quiet. Tomasz",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-25 22:10",
    who="Tomasz",
    g="b19en-12",
    v="negation",
)
M(
    "Hello. Two years ago I was thinking many times in the day how to finish my life, maybe with train. Today I remember this because of the date. Tomasz",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-25 22:10",
    who="Tomasz",
    g="b19en-12",
    v="tense",
)

# b19en-13: mother reports son's thoughts of jumping
M(
    "Hi Dr Walsh,\nSorry to email on a Sunday. Jake's PE teacher rang us on Friday: Jake told him he's been thinking about jumping off the multistorey by the bus station. He won't talk to us about it. What should we do before his next session?\nBernadette (Jake's mum)",
    "high",
    "apology support_request suicidal_ideation",
    "psychotherapy",
    ch="email",
    at="11-22 10:30",
    who="Bernadette",
    g="b19en-13",
    v="base",
)
M(
    "Hi Dr Walsh,\nSorry to email on a Sunday. Jake's English set text has a boy who says \"I've been thinking about jumping off the multistorey by the bus station\". Jake asked me if it's ok to write his essay on it. Is that fine to bring up before his next session?\nBernadette (Jake's mum)",
    "none",
    "apology",
    "information",
    ch="email",
    at="11-22 10:30",
    who="Bernadette",
    g="b19en-13",
    v="quotation",
)

# ==== single messages

M(
    "Dear Fiona,\n\nI hope you had a good week. I'm writing partly about practical matters: my daughter has booked us all into a cottage near Oban for the second week of December, so could we move the session on the 10th to the 17th, or do it by video if that's easier for you? I know you said video is fine but I confess I still find it strange talking to a screen.\n\nThe garden has been keeping me busy. I finally got the last of the tulip bulbs in, far too late, and the robin has been following me about like a wee foreman. The grandchildren were over on Saturday and we made tablet, which was a disaster, and then a second batch which was merely a catastrophe. Callum ate most of it anyway.\n\nI have been keeping the diary you suggested. I'll be honest, because you asked me to be: some mornings I am quite disappointed to find I've woken up at all, and I lie there a while wishing it had simply happened in the night. I don't say that to alarm you. I'm not going to do anything daft. But it's there most mornings now, and I thought you should read it in my own words rather than hear me soften it on Thursday.\n\nOtherwise, the book group has chosen something very long and Russian for January, so think of me. I'll bring the diary on Thursday.\n\nWith warm regards,\nMoira",
    "high",
    "suicidal_ideation",
    "cancellation information psychotherapy",
    ch="email",
    at="11-24 10:20",
    who="Moira",
)
M(
    "Doc good evening. I no even know why I still dey for this life. Everybody go just dey better if I comot. Sorry to disturb you this night",
    "high",
    "apology suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 23:20",
    tz="Africa/Lagos",
    who="Emeka",
)
M(
    "Cleaned the service pistol again tonight. Third time this week, which is more than a man needs to. Keeps crossing my mind how quiet it'd be after. Figured you should know before I talk myself out of telling you. Ray",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-26 21:45",
    tz="America/Denver",
    who="Ray|Raymond",
)
M(
    "keep thinkin the baby would be better off with a mum who isnt me. like properly gone not just walked out. hes asleep on me now and im just sat here thinkin it",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-27 04:10",
    who="Leanne",
)
M(
    "sometimes crossing the highway after footy i kinda hope the truck doesnt stop. not like id jump out in front of it. just wouldnt mind",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 18:35",
    tz="Australia/Perth",
    who="Jai",
)
M(
    "Dear Ma'am,\nI hope you are well. My thesis committee meeting went ok, they want two more chapters by March. One more thing I must tell you although it is strange. For some days I have been going up to the hostel terrace and checking how high the railing is and how far is the ground. I don't know why I am telling you this. Please do not inform my parents.\nRegards,\nMeena",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    ch="email",
    at="11-26 13:05",
    tz="Asia/Kolkata",
    who="Meena|Meenakshi",
)
M(
    "Did the iron thing again last night, on the inside of my wrist. Covered it with a plaster and told work I caught it on the oven. It's not bad. I just needed to feel something else for a minute.",
    "high",
    "self_harm",
    "psychotherapy",
    ch="portal",
    at="11-27 07:55",
    who="Sandra",
)
M(
    "Wrote out the letters for the lads and me mam last night. Not planning anything, just wanted them done and in the drawer. Feels tidy. Dec",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-26 12:40",
    tz="Europe/Dublin",
    who="Declan|Dec",
)
M(
    "gave my guitar to Lowri on my course today, and my good coat to Mared. it's fine, I won't be needing them. dw about me x",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 19:50",
    who="Ffion",
    note="giving possessions away as preparation; no method or time stated",
)
M(
    "Hi Dr. Greene,\nThe oncologist moved my scan to the 9th so I'll need to skip our session that week, sorry about that. Between you and me, if it comes back bad I'm not doing the chemo again, and I've been thinking more and more about speeding things along myself instead of waiting around. Linda doesn't know I think this way.\nWalt",
    "high",
    "apology suicidal_ideation",
    "medication cancellation psychotherapy",
    ch="email",
    at="11-25 15:30",
    tz="America/New_York",
    who="Walt|Walter",
)
M(
    "ngl been scratchin my arm with my compass in maths again. only thing that makes my head go quiet fr",
    "high",
    "self_harm",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 15:10",
    who="Tayo",
)
M(
    "Every night I ask God please not to wake me up more. I am tired to fight with everything. Lucía",
    "high",
    "hopelessness suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-26 23:55",
    who="Lucía|Lucia",
)
M(
    "Parked up at Beachy Head. Engine off. Just wanted to say you did your best with me, don't go blaming yourself.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="sms",
    at="11-27 02:05",
    who="Gareth",
)
M(
    "Hi it's Marcus, Tasha's boyfriend. She's swallowed a load of her sertraline and some paracetamol, we're in the ambulance on the way to the Royal now. She asked me to let you know. Will update when I can",
    "imminent",
    "self_harm suicidal_ideation",
    "medication information psychotherapy",
    ch="whatsapp",
    at="11-26 20:40",
    who="Marcus",
)
M(
    "Hi Dana,\n\nSorry this is long. I've been meaning to catch you up on a few things since our last session got cut short.\n\nWork is fine, actually better than fine: they finally gave me the Brennan account, so that's something. The kids are doing great. Mia made the travel soccer team and Eli lost his first tooth at the bowling alley, which he thinks makes him famous. Thanksgiving was at my mom's and nobody fought, which might be a first. I even did the breathing thing in the car beforehand like you showed me.\n\nI wanted to let you know a few things so nobody is left scrambling. My sister Kate is picking up Biscuit on Friday morning, she knows his feeding schedule and I've put his vet records in a folder. The passwords for the bills and the mortgage are in an envelope taped inside the pantry door. Friday is when I'm going to do it, while the kids are at their dad's for the weekend, so they won't be the ones to find me. I've thought about it a lot and I'm not confused or panicking, I feel clearer than I have in months.\n\nPlease don't take this as a failure on your part. You have been the kindest person in this whole mess. I just can't keep doing it.\n\nAlso, I never paid the October invoice, so I've left a check in the envelope for that too.\n\nLove,\nJen",
    "imminent",
    "apology hopelessness suicidal_ideation",
    "information psychotherapy",
    ch="email",
    at="11-25 21:15",
    tz="America/Chicago",
    who="Jen|Jennifer",
)
M(
    "I have collected 40 of amma's BP tablets in my tiffin box. Tonight after everyone sleeps I will take. Please don't call home.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    ch="portal",
    at="11-26 20:30",
    tz="Asia/Kolkata",
    who="Divya",
)
M(
    "cut too deep this time n it's no stopping. towel's soaked through. dinnae tell ma mum",
    "imminent",
    "self_harm",
    "psychotherapy",
    ch="sms",
    at="11-27 00:50",
    who="Ellie",
)
M(
    "The rope is up in the barn. I'll have it done before the milking. Look after yourself, you were good to me.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 05:15",
    tz="Europe/Dublin",
    who="Pádraig|Padraig",
)
M(
    "I bought today the charcoal and the tape. On Sunday my flatmates go to festival, the flat will be empty whole day. I feel calm now, the decision is taken. Andrei",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    ch="portal",
    at="11-25 18:25",
    who="Andrei",
)
M(
    "This is Priya, Mrs Sharma's daughter. Mum has taken all her sleeping tablets, about 30, she's awake but slurring. Paramedics on the way. Please ring me as soon as you get this.",
    "imminent",
    "support_request urgency self_harm suicidal_ideation",
    "medication information psychotherapy",
    ch="sms",
    at="11-27 06:40",
    who="Priya",
)
M(
    "Notes are written, car's full, heading out to the old bush road once the kids are settled at Mum's tonight. Sorry for being such a hard patient. You tried. Shaz",
    "imminent",
    "apology suicidal_ideation",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 17:20",
    tz="Australia/Adelaide",
    who="Shaz|Sharon",
)
M(
    "Three days in ma scratcher. Havnae been in to work, cannae face any of it. Stevie",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="sms",
    at="11-26 11:30",
    who="Stevie",
)
M(
    "Dr. Park, I'm 46 and I'm starting to accept nothing is ever going to change for me. Same job, same house, same me. Just this, forever. See you Tuesday. Brenda",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="email",
    at="11-25 22:40",
    tz="America/Los_Angeles",
    who="Brenda",
)
M(
    "Since Monday I never go for lecture, I just lock my door and sleep. I no fit again ma",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 13:15",
    tz="Africa/Lagos",
    who="Tunde",
)
M(
    "Had four glasses of wine before the school pickup today just to get through it. Walked, didn't drive, but still. Not proud of myself.",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="portal",
    at="11-26 16:05",
    who="Kerry",
)
M(
    "massive panic attack on the bus, couldnt breathe, thought i was actually dying. got off 3 stops early and im still shaking in a doorway. it wont stop",
    "moderate",
    "",
    "psychotherapy",
    ch="sms",
    at="11-27 08:25",
    who="Ava",
)
M(
    "Afternoon Sue. Don't see much point in anything now Margaret's gone. House is very quiet. Len",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 15:00",
    who="Len",
)
M(
    "Hi Doctor, I am at the end of my tether with this release and my father's expectations on top. I cannot carry on like this, something has to give. Can we please talk this week? Arjun",
    "moderate",
    "support_request hopelessness",
    "psychotherapy",
    ch="email",
    at="11-26 23:30",
    tz="Asia/Kolkata",
    who="Arjun",
)
M(
    "Been smoking a fair bit of weed every night this week to stop the thinking. Can't actually sleep without it now. Niamh",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="portal",
    at="11-27 10:45",
    tz="Europe/Dublin",
    who="Niamh",
)
M(
    "bailed on the boys again. havent left the unit all weekend, cant be stuffed with anyone",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="sms",
    at="11-23 19:10",
    tz="Australia/Sydney",
    who="Brett",
)
M(
    "I'm genuinely scared I won't make it through this divorce. Every letter from his solicitor floors me for days. H",
    "moderate",
    "hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 21:05",
    who="Hannah|H",
)
M(
    "Dear Alan,\n\nA bit of an update since I didn't get much said last week. The redundancy is official now: my last day at the depot is the 19th of December, after thirty-one years. They're giving me a carriage clock, if you can believe it. Pat says we'll finally get the caravan up to Whitby more, and she's right, and I'm trying to see it her way.\n\nOur Lisa's wedding is all booked for June. I've been told my speech is to be 'short and not about football', which rules out most of my material. The venue wanted a deposit this week so that's been the talk of the house.\n\nThe honest bit, since you told me to write it down: I've been having a few too many whiskies of an evening to take the edge off. It started as one after tea and it's most of a bottle over two nights now, more than I'd want Pat to know about. I'm still getting up and going in, but I'm not daft, I can see where it's heading.\n\nI've also started the walking you suggested, twice round the reservoir on Saturday. Knees complained, the dog was delighted. Pat came the second time and we had a bacon sandwich at the kiosk, which I'm told cancels out the walking.\n\nCould we keep our usual Wednesday slot through December? After the 19th I'll be free as a bird, for what that's worth.\n\nAll the best,\nGraham",
    "moderate",
    "substance_use",
    "information psychotherapy",
    ch="email",
    at="11-25 20:30",
    who="Graham",
)
M(
    "Sorry my English. I cannot bear anymore. Every day same, nothing will be better for me here. Wei",
    "moderate",
    "apology hopelessness",
    "psychotherapy",
    ch="portal",
    at="11-26 02:20",
    who="Wei",
)
M(
    "finished my run of nights and just lay in bed all yesterday and today, not eaten. can't see the point in getting up tbh",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 16:30",
    who="Jas",
)
M(
    "Hi Dr. Klein, I called in sick the whole week. I just can't face the kids or the staff room right now. I'm still coming Thursday. Marisol",
    "moderate",
    "withdrawal",
    "psychotherapy",
    ch="email",
    at="11-25 07:10",
    tz="America/Phoenix",
    who="Marisol",
)
M(
    "been on the vodka and energy drinks till 4 every night so i dont have to feel anything lol",
    "moderate",
    "substance_use",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 03:50",
    who="Connor",
)
M(
    "Feeling rather low today, this fog doesn't help. Could we have a little chat on the phone before Thursday? Joan",
    "low",
    "support_request",
    "psychotherapy",
    ch="whatsapp",
    at="11-26 10:15",
    who="Joan",
)
M(
    "Lonely as hell since I moved to Dundee. Nobody to talk to but the neighbour's cat",
    "low",
    "loneliness",
    "psychotherapy",
    ch="sms",
    at="11-26 20:20",
    who="Callum",
)
M(
    "Hello, Sophie's best friend took an overdose last week (she's ok now). Sophie's very shaken and hasn't said much about it. Just wanted you to know before Monday. Rachel (Sophie's mum)",
    "low",
    "",
    "psychotherapy",
    ch="portal",
    at="11-27 12:00",
    who="Rachel",
)
M(
    "Hi, just a note to say Tuesday's session stirred up the stuff about when I used to cut in Year 9. I'm okay, just a bit wobbly this week. Ollie",
    "low",
    "",
    "psychotherapy",
    ch="email",
    at="11-26 17:35",
    who="Ollie",
)
M(
    "Hypothetically, if a mate told me he was thinking of topping himself, what am I meant to say to him?",
    "low",
    "",
    "psychotherapy",
    ch="whatsapp",
    at="11-27 19:40",
    tz="Australia/Melbourne",
    who="Mick",
)
M(
    "Just a bit sad today, it's Dad's anniversary. Nothing dramatic, just wanted you to know. Bev x",
    "low",
    "",
    "psychotherapy",
    ch="sms",
    at="11-27 09:00",
    who="Bev",
)
M(
    "I feel nobody understands me in this country, not even my wife. Obinna",
    "low",
    "loneliness",
    "psychotherapy",
    ch="portal",
    at="11-25 21:50",
    who="Obinna",
)
M(
    "Running 10 mins late, M62 is an absolute killer this morning. Sorry!! Jodie",
    "none",
    "apology",
    "information",
    ch="sms",
    at="11-26 08:50",
    who="Jodie",
)
M(
    "I literally died when my nan tried to do a TikTok dance 😂😂 anyway see u weds",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-24 18:10",
    who="Keisha",
)
M(
    "Hello, Dr Hollis has put my lamotrigine up to 100mg from Monday. Should I take it morning or night? The leaflet has a big overdose warning on the back which threw me a bit, is that standard? Thanks, Alison",
    "none",
    "",
    "medication",
    ch="email",
    at="11-25 11:25",
    who="Alison",
)
M(
    "Could we move Tuesday to later in the week? I'm fitting the new loft hatch and the rope on the pull-down ladder snapped, so I'm stuck in waiting for the joiner. Phil",
    "none",
    "",
    "cancellation",
    ch="portal",
    at="11-23 09:35",
    who="Phil",
)
M(
    "Arsenal absolutely killed it last night, dead chuffed. Anyway, still on for Wednesday 6pm?",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-26 07:45",
    who="Dev",
)
M(
    "The best man finished his speech at our Shona's wedding with 'if I die young, bury me in satin' and had the whole room singing along. Lovely day. Maureen",
    "none",
    "",
    "information",
    ch="sms",
    at="11-23 11:15",
    who="Maureen",
)
M(
    "Dear Sir, could you please resend the October invoice? Our accounts software has killed the PDF and my insurer wants a copy. Thanks and regards, Sunil",
    "none",
    "",
    "information",
    ch="email",
    at="11-24 14:20",
    who="Sunil",
)
M(
    "Finally murdered the bindweed in the back bed, took me all weekend. Back's killing me but worth it 💪 Pam",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-23 18:00",
    who="Pam",
)
M(
    "Quick question: Ryan (12) keeps yelling 'I'm gonna kill you' at his friends on the Xbox headset. Is that normal gamer stuff or something to mention at his session? Lorraine",
    "none",
    "",
    "information",
    ch="portal",
    at="11-25 19:30",
    who="Lorraine",
)
M(
    "Pharmacy only gave me 14 sertraline instead of 28, going back Monday for the rest. Just so you know if I'm a bit off. Tom",
    "none",
    "",
    "medication",
    ch="sms",
    at="11-22 16:40",
    who="Tom",
)
M(
    "Dying for the weekend. Work has been savage, three deadlines and a site visit in Athlone. See you Friday. Siobhan",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-26 18:50",
    tz="Europe/Dublin",
    who="Siobhan",
)
M(
    "I'm afraid I must cancel Thursday. My mother-in-law is having her hip done and I'm the designated driver. Could we look at the following week? Catherine",
    "none",
    "",
    "cancellation",
    ch="email",
    at="11-24 08:15",
    who="Catherine",
)
M(
    "GOT INTO THE BAND!!! Ms Okafor said my solo was to die for 🥳",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-27 15:45",
    who="Zara",
)
M(
    "Our writing group read a poem this week with the line 'I walked into the river with stones sewn in my coat'. Everyone had something to say about it. I read my piece about the allotment instead. Gwen",
    "none",
    "",
    "information",
    ch="portal",
    at="11-25 13:40",
    who="Gwen",
)
M(
    "Last antibiotic tablet done, hooray. See you Friday. Aled",
    "none",
    "",
    "medication",
    ch="sms",
    at="11-26 12:10",
    who="Aled",
)
M(
    "Heat's killing me, 43 out here today. Any chance we do Thursday on video instead? Kylie",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-27 14:25",
    tz="Australia/Adelaide",
    who="Kylie",
)
M(
    "Respected Madam, I wish to inform that I will be out of station from 3rd to 10th December for my cousin's marriage in Nagpur, so kindly shift my appointment to the following week. Regards, Rajesh",
    "none",
    "",
    "cancellation",
    ch="email",
    at="11-25 10:05",
    tz="Asia/Kolkata",
    who="Rajesh",
)
M(
    "flatmate tried to flambé a pancake and nearly took the kitchen out, i can't breathe 😂 Becca",
    "none",
    "",
    "information",
    ch="whatsapp",
    at="11-26 22:30",
    who="Becca",
)
M(
    "Quick one, is the car park by the clinic free after 6? Nearly got clamped last time. Ian",
    "none",
    "",
    "information",
    ch="portal",
    at="11-24 17:05",
    who="Ian",
)
M(
    "Did the breathing thing you showed me before my driving test. PASSED!! 🎉 Fatima",
    "none",
    "",
    "information",
    ch="sms",
    at="11-27 11:50",
    who="Fatima",
)
