# Blind round 17 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-16), measured once
# with engine 2026.11.22 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients and relatives to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b17en-01: passive ideation while driving, Irish mother
M(
    "Driving back from Mam's on the Ballinacurra road last night I caught myself hoping a lorry would drift across onto my side. Not doing anything, just hoping it would. Then I got home and made the lunches like normal. Is that mad? Siobhán",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 08:14",
    tz="Europe/Dublin",
    who="Siobhán|S",
    g="b17en-01",
    v="base",
)
M(
    "Back in March, driving home from Mam's on the Ballinacurra road, I used to catch myself hoping a lorry would drift across onto my side. Not doing anything, just hoping it would. Then I'd get home and make the lunches like normal. Was that mad? Siobhán",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 08:20",
    tz="Europe/Dublin",
    who="Siobhán|S",
    g="b17en-01",
    v="tense",
)
M(
    "Driving back from Mam's on the Ballinacurra road last night I noticed I wasn't hoping a lorry would drift across onto my side. First time in months. Then I got home and made the lunches like normal. Is that mad? Siobhán",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 08:25",
    tz="Europe/Dublin",
    who="Siobhán|S",
    g="b17en-01",
    v="negation",
)

# b17en-02: train timetable, US teen; a friend's version
M(
    "looked up the times for the express that doesnt stop at Linwood. 4:52 tomorrow. im not telling you so you can stop me im telling you so someone knows it wasnt anyones fault",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-18 23:40",
    tz="America/Chicago",
    who="Tyler",
    g="b17en-02",
    v="base",
)
M(
    "my friend Kayla looked up the times for the express that doesnt stop at Linwood. 4:52 tomorrow. she said she wasnt telling me so i could stop her, just so someone knows it wasnt anyones fault",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-18 23:44",
    tz="America/Chicago",
    who="Tyler",
    g="b17en-02",
    v="person",
)

# b17en-03: overdose taken; the same words as a joke about telly and chocolates
M(
    "I overdosed last night on my sertraline and a strip of Dad's co-codamol. Still feel rough and sick this morning and I haven't told anyone. Don't know why I'm telling you",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-09 07:52",
    who="Carys|C",
    g="b17en-03",
    v="base",
)
M(
    "I overdosed last night on Christmas telly and a tin of Dad's chocolates. Still feel rough and sick this morning and I haven't told anyone 😂",
    "none",
    sig="valence_shift",
    top="information",
    ch="whatsapp",
    at="11-09 07:58",
    who="Carys|C",
    g="b17en-03",
    v="idiom",
)

# b17en-04: a line that is hers, then the same line from the school play
M(
    "I'd sooner sleep and never wake than face another spring. That's honestly where my head is this week. Ruby",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-23 21:05",
    who="Ruby|R",
    g="b17en-04",
    v="base",
)
M(
    '"I\'d sooner sleep and never wake than face another spring" is my line in the Year 12 play this week and I keep getting the giggles on it. Ruby',
    "none",
    top="information",
    ch="portal",
    at="11-23 21:09",
    who="Ruby|R",
    g="b17en-04",
    v="quotation",
)

# b17en-05: pills on the bed, plain and in capitals
M(
    "cant do this anymore. whole box of my quetiapine is on the bed next to me and im taking it once the kids are asleep",
    "imminent",
    sig="hopelessness suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-21 21:47",
    who="Leanne|L",
    g="b17en-05",
    v="base",
)
M(
    "CANT DO THIS ANYMORE. WHOLE BOX OF MY QUETIAPINE IS ON THE BED NEXT TO ME AND IM TAKING IT ONCE THE KIDS ARE ASLEEP",
    "imminent",
    sig="hopelessness suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-21 21:49",
    who="Leanne|L",
    g="b17en-05",
    v="caps",
)

# b17en-06: not leaving the flat, with smiles and with dots
M(
    "Haven't been out of the flat since Sunday. Not answering the door either. It's fine.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 16:30",
    who="Ewan|E",
    g="b17en-06",
    v="base",
)
M(
    "Haven't been out of the flat since Sunday 🙂 Not answering the door either 🙂 It's fine 🙂",
    "moderate",
    sig="withdrawal valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 16:31",
    who="Ewan|E",
    g="b17en-06",
    v="emoticon",
)
M(
    "Haven't been out of the flat since Sunday... Not answering the door either... It's fine...",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 16:33",
    who="Ewan|E",
    g="b17en-06",
    v="emoticon",
)

# b17en-07: urge with a compass; absent; asked about
M(
    "urge to use the compass from my pencil case is really bad tonight. sitting on my hands literally",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-14 23:12",
    who="Maisie",
    g="b17en-07",
    v="base",
)
M(
    "urge to use the compass from my pencil case isnt there tonight. not sitting on my hands for once",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-14 23:15",
    who="Maisie",
    g="b17en-07",
    v="negation",
)
M(
    "if the urge to use the compass from my pencil case comes back tonight what do i do first, sit on my hands??",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-14 23:18",
    who="Maisie",
    g="b17en-07",
    v="negation",
)

# b17en-08: a weekend in bed, and not this time
M(
    "Spent the whole weekend in bed with the curtains shut. Didn't eat anything till Sunday night and only because the cat woke me up.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-16 20:02",
    who="Graham|G",
    g="b17en-08",
    v="base",
)
M(
    "Didn't spend the weekend in bed with the curtains shut this time. Ate proper meals on both days and the cat only woke me up once.",
    "none",
    top="information",
    ch="portal",
    at="11-23 19:40",
    who="Graham|G",
    g="b17en-08",
    v="negation",
)

# b17en-09: husband reports an overdose; the same words about a colleague
M(
    "Hello, it's Dev, Anjali's husband. She has taken something. She is very drowsy and there are empty strips of her zopiclone in the bin. Ambulance is on its way. Please call me on 07700 900412 as soon as you can.",
    "imminent",
    sig="self_harm suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-20 19:05",
    who="Dev",
    g="b17en-09",
    v="base",
)
M(
    "Hello, it's Dev. My colleague Rakesh had taken something. He was very drowsy at his desk and there were empty strips of zopiclone in his bag. Ambulance came. I'm quite shaken, can we talk today?",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-20 19:10",
    who="Dev",
    g="b17en-09",
    v="person",
)

# b17en-10: an idiom alone (Indian English)
M(
    "Ma'am, this GST filing will be the death of me only. Can we shift Thursday's session to 7 pm IST? Regards, Pranav",
    "none",
    top="cancellation",
    ch="email",
    at="11-10 10:22",
    tz="Asia/Kolkata",
    who="Pranav|P",
    g="b17en-10",
    v="idiom",
)

# b17en-11: a quoted poem alone
M(
    "Our English teacher gave us 'Because I could not stop for Death, He kindly stopped for me' for unseen poetry. I actually liked it?? Anyway I'll be 10 min late Weds, bus thing",
    "none",
    top="information",
    ch="whatsapp",
    at="11-11 17:45",
    who="Zara",
    g="b17en-11",
    v="quotation",
)

# b17en-12: relief at a bad scan; then the sister's words
M(
    "If I'm honest I'd be quite relieved if the scan on Tuesday found something bad. Then it wouldn't have to be my decision. Sorry, that's a grim thing to write. Margaret",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="email",
    at="11-06 22:10",
    who="Margaret|M",
    g="b17en-12",
    v="base",
)
M(
    "My sister told me she'd be quite relieved if her scan on Tuesday found something bad. Then it wouldn't have to be her decision. Sorry, that's a grim thing to write. Margaret",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="email",
    at="11-06 22:15",
    who="Margaret|M",
    g="b17en-12",
    v="person",
)

# b17en-13: at the lookout, now and last winter (Australian)
M(
    "parked up at Cutter's Lookout, near the fence bit. been sitting here an hour. texted mum that i love her. just wanted you to know none of this is on you",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-16 01:20",
    tz="Australia/Sydney",
    who="Jarrah",
    g="b17en-13",
    v="base",
)
M(
    "last winter i parked up at Cutter's Lookout, near the fence bit. sat there an hour. texted mum that i loved her. never told you that till now, none of it was on you",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-16 19:20",
    tz="Australia/Sydney",
    who="Jarrah",
    g="b17en-13",
    v="tense",
)

# ==== imminent

M(
    """Dear Mrs Ferrie,

I've cancelled the papers and the milk from Monday, and the dog's lead and a bag of his biscuits are by the back door for Mrs Keir next door, who has always been fond of him. The letters for the boys are on the mantelpiece. I'll not be needing Thursday's appointment or any after it.

You've been very kind to an old man and I'm sorry to have been such hard work.

Alasdair Munro""",
    "imminent",
    sig="suicidal_ideation apology",
    top="cancellation psychotherapy",
    ch="email",
    at="11-22 18:30",
    who="Alasdair|Munro|A",
    note="farewell told through arrangements: pets, letters, cancelled deliveries",
)
M(
    "Ma'am I have bought 2 strips of paracetamol from two different chemists so nobody asks. Hostel is empty from tomorrow for Diwali break. I am not expecting you to reply before that. Thank you for all the sessions.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="portal",
    at="11-06 23:55",
    tz="Asia/Kolkata",
    who="Ananya|A",
)
M(
    "checked into the Starlite off exit 14 under my maiden name. brought the vodka and everything from the medicine cabinet. please dont send anyone. i just wanted one person to know where i was",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-13 22:48",
    tz="America/Denver",
    who="Dana|D",
)
M(
    "Good evening, I'm Precious, Mr Okafor's carer. When I came in for the evening call he had the cord from his dressing gown tied to the banister and he told me I had come too early. He is calm now and his daughter is on the way. Please ring me back straight away on 07700 900188.",
    "imminent",
    sig="suicidal_ideation support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-17 19:42",
    who="Precious",
)
M(
    "went deeper than i meant to. its not stopping, towels soaked through after 20 min. mums on nights. what do i do 😭",
    "imminent",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 00:37",
    who="Kayleigh|K",
)
M(
    "Put the extension lead up in the loft this afternoon while Kerry's at her mum's. Ready now. Sorry, I know you'll only read this tomorrow",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-08 16:12",
    who="Shaun|S",
)
M(
    """Dear Dr Haddad,
I took all of the amitriptyline after lunch with a glass of sherry. I am feeling very heavy now. I wanted to thank you for your patience with me over these two years.
Yours,
Edith Pryce""",
    "imminent",
    sig="self_harm suicidal_ideation substance_use",
    top="medication psychotherapy",
    ch="email",
    at="11-15 14:20",
    who="Edith|Pryce|E",
)
M(
    "Decided. Friday after the match, out past the end of Carrickmore pier when the tide's going out. Not a cry for help, I'm telling you so you're not blindsided.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 21:33",
    tz="Europe/Dublin",
    who="Declan|D",
)
M(
    "I am sorry for my english. I have decide. The rope I bought in the DIY shop is in the garage and tonight when Marta sleeps I will do it. Please tell her after it was not her fault. Tomasz",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-26 22:05",
    who="Tomasz|T",
)

# ==== high

M(
    "I've started looking at the multistorey on Pell Street differently. Counting the floors when I walk past. I haven't gone up.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-10 13:15",
    who="Nathan|N",
)
M(
    "ngl been googling how many of my sertraline it would take 🙂 didnt do anything just cant stop looking 🙂",
    "high",
    sig="suicidal_ideation valence_shift",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-20 23:58",
    who="Josh|J",
)
M(
    "Hi it's Claire, Oliver's mum. His PE teacher rang, Oliver had scratches all up his forearm and told her he did them with an opened paperclip on Tuesday. He's at school today and seems ok. Could we bring his session forward?",
    "high",
    sig="self_harm support_request",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-19 09:05",
    who="Claire",
)
M(
    "Honestly the weans would dae better wi their da if I wisnae here. He's got the new lassie, she's good wi them. I'm just the mess in the middle.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-13 22:40",
    who="Lorraine|L",
)
M(
    "Each night I ask the good Lord not to wake me. Each morning He ignores me. Sorry to grumble. Bernard",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="email",
    at="11-04 07:10",
    who="Bernard|B",
)
M(
    """Dear Dr Osei,

A few admin things before Thursday, if I may.

1. Parking: the machine at the Belgrave Street entrance only takes the app now, so I may be five minutes late while I wrestle with it.
2. Invoice: could you make November's out to my company (Harrow & Finch Ltd, 4 Tanner's Yard) rather than to me personally? Accounts will reimburse.
3. I'm away 14 to 21 December visiting my brother, so I'll miss the session on the 17th.

On a different note, I went to the solicitor on Monday and finally did my will, and I've written out all my passwords and the bank details in an envelope for Nadia. Nothing is planned, I want to be clear about that. I have simply found that I sleep better knowing it's all tidy, and I've noticed that the thought of not being here has become a comfortable one rather than a frightening one, which I suppose is the sort of thing you'd want to hear about.

Everything else is fine. Work is busy. The cat has discovered the radiator.

With best wishes,
Idris""",
    "high",
    sig="suicidal_ideation",
    top="cancellation information psychotherapy",
    ch="email",
    at="11-25 08:40",
    who="Idris|I",
    note="preparation and passive ideation inside an admin e-mail",
)
M(
    "Had the lighter out again in the bathroom. Didn't touch skin with it but I really really wanted to. Mum thinks I've taken up smoking lol",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-18 21:20",
    who="Holly|H",
)
M(
    "Sir what is the use of this life if I cannot even send money home for Papa's treatment. Every night same thoughts of ending it. Please don't tell my roommate.",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 01:15",
    tz="Asia/Kolkata",
    who="Rohit|R",
)
M(
    "3 pints and half a bottle of red in and I still keep thinking about the level crossing by the allotments. just thinking. not going",
    "high",
    sig="suicidal_ideation substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-21 23:26",
    who="Gareth|G",
)
M(
    """The baby's finally asleep. I sat on the stairs for ages after the 2am feed and thought about how easy it would be for all of them if I just wasn't part of it any more. Gary would cope. His mum would move in, she'd love that, and honestly she's better at it than me. The baby wouldn't remember me. I'm not going to do anything, I promise, but the thought was so quiet and so reasonable that it frightened me more than anything has. I haven't told Gary. I don't know how to say it out loud. Sorry for the essay at this hour.""",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="whatsapp",
    at="11-10 03:05",
    who="Chloe|C",
)
M(
    "If the plane to Lisbon goes down on Thursday, honestly, fair play to it. Anyway can I get an invoice for October for my health insurance please",
    "high",
    sig="suicidal_ideation",
    top="information psychotherapy",
    ch="portal",
    at="11-02 12:50",
    who="Callum|C",
)
M(
    "I did it again last night. the razor out of my leg shaver. it's not deep, it's wrapped, I'm at work. I just hate that I'm back at day zero",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-05 11:32",
    tz="America/New_York",
    who="Brianna|B",
)
M(
    "Weird one: on the bus I planned the music for my funeral and felt nothing but relief. Three songs in and I was smiling. That's not normal is it",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-03 17:55",
    who="Ines|I",
)
M(
    "Is it normal to think, most days, that if I just stepped off the platform at the wrong moment the noise in my head would finally stop?",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-27 07:45",
    who="Farah|F",
)
M(
    "Hello, this is Fiona, June Abbott's daughter. Mum said to me on the phone tonight that she's had a good innings and would quite like not to wake up now. She's eating and she isn't doing anything silly, but she said it twice. Could you ring me tomorrow?",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="email",
    at="11-22 21:30",
    who="Fiona",
)
M(
    "Knuckles are split again from the garage wall. I do it so I feel it somewhere other than my head.",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 22:15",
    who="Liam|L",
)

# ==== moderate

M(
    "Third day calling in sick. The thought of the office makes me shake. Haven't opened the curtains since Tuesday 😞",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 10:40",
    who="Sophie|S",
)
M(
    "Confession: the gin's come back. Every night, just to switch myself off. More than I'd admit to my GP.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="portal",
    at="11-17 22:30",
    who="Amanda|A",
)
M(
    "Nothing's going to shift, is it. Eight months of sessions and I'm the same person in a nicer jumper.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-08 20:10",
    who="Joe|J",
)
M(
    "I'm hanging on by my fingernails this week and the nails are going. Sorry, no energy to explain properly. K",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="sms",
    at="11-26 18:05",
    who="Katie|K",
)
M(
    "Sat in the car outside the supermarket for 40 min, couldn't breathe, hands gone numb, couldn't make myself go in or drive off. Still shaking. Can you ring me?",
    "moderate",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-14 15:20",
    who="Dawn|D",
)
M(
    "I genuinely don't know how I'll get to Christmas at this rate. Work, Dad's care, the flat. Running on empty and nothing's giving.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-24 22:15",
    who="Priyanka|P",
)
M(
    "been smoking pretty much from when i wake up, its the only thing that makes the days not feel like wet cement. skipped all my classes this week",
    "moderate",
    sig="substance_use withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-11 14:02",
    tz="America/Los_Angeles",
    who="Marcus|M",
)
M(
    "Hi it's Tom, Freya's dad. She hasn't come out of her room since Saturday apart from the loo, and she's stopped answering her friends. She says she's just tired. Is there anything we should be doing before Thursday?",
    "moderate",
    sig="withdrawal support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 19:15",
    who="Tom",
)
M(
    "Doctor, I cannot more. Every day the same, work, shouting boss, home, no sleep. I don't see any exit from this.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-07 23:20",
    who="Mirela|M",
)
M(
    "Took two extra diazepam today on top of what Dr Shah prescribed, just to get through Mum's birthday lunch. I know, I know.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="portal",
    at="11-15 18:45",
    who="Helen|H",
)
M(
    "What's the point of any of it. Work, gym, sleep, repeat.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-04 06:55",
    who="Adam|A",
)
M(
    "Turned my phone off Friday and only switched it on now to message you. Couldn't face anyone. Won't make Tuesday either, sorry. R",
    "moderate",
    sig="withdrawal apology",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-23 12:30",
    who="Rhys|R",
)
M(
    "Been on the piss every night since the redundancy, mate. Tinnies for breakfast Sunday. Not proud of it.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-17 09:10",
    tz="Australia/Brisbane",
    who="Darren|D",
)
M(
    """Hi Helen,

Sorry, this is a long one. First the boring bits: the school has moved parents' evening to the 3rd, so I can't do our usual Wednesday slot that week. Could we do the Friday instead? Also the insurer wants a letter from you confirming the dates of our sessions since June. They've given me a claim number, AV-55102-K, if that helps.

The less boring bit. I can't keep doing this. I'm up at 5 with Rosie's feeds, I do the school run with the twins, I work till 3, then it's tea, baths, homework, and Mark comes in at 8 and asks what's for dinner as if it's a hotel. Every night I lie there doing the maths of tomorrow and it never adds up. I've stopped believing it's a phase. It's just what my life is now and I can't see it being any different until they're all grown up, by which time I'll be a husk. I'm not telling you this so you can fix it, I know you can't. I just needed it written down somewhere that isn't my head. My sister says I should get Mark to do bedtimes twice a week and I laughed out loud in the supermarket car park, which tells you everything.

Anyway. Friday the 5th at the usual time if you've got it. And the insurance letter whenever, no rush at all, they're slow anyway.

Thanks,
Becky""",
    "moderate",
    sig="hopelessness apology",
    top="cancellation information psychotherapy",
    ch="email",
    at="11-26 21:50",
    who="Becky|B",
)
M(
    "cant take it anymore with the group chat stuff, everyone screenshotting everything. i just want to delete it all and stay in my room forever",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-12 16:40",
    who="Amelia|A",
)
M(
    "3am again. heart going like the clappers, convinced I'm dying, been walking round the kitchen for an hour and it won't settle",
    "moderate",
    top="psychotherapy",
    ch="whatsapp",
    at="11-19 03:05",
    who="Yvonne|Y",
    note="panic overwhelming the sender; 'dying' is the panic, not a wish",
)

# ==== low

M(
    "Bit of a flat week. Nothing dramatic, just grey. Looking forward to Thursday.",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-05 19:30",
    who="Oscar|O",
)
M(
    "The house is very quiet since Derek went into the home. I talk to the radio. Silly really. Pam",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="email",
    at="11-08 15:05",
    who="Pam|P",
)
M(
    "My best mate told me at the pub he's been thinking he'd be better off dead. I didn't know what to say. Can we talk about it Thursday?",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-16 11:00",
    who="Kieran|K",
)
M(
    "Been thinking about what we talked about last week, when I was 19 and took the tablets. I'm glad we finally went there. Feel lighter for it.",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-13 20:20",
    who="Natasha|N",
)
M(
    "Checking in like you asked: no thoughts of hurting myself this week, mood about a 5, sleeping better. Fraser",
    "low",
    top="information psychotherapy",
    ch="portal",
    at="11-21 09:00",
    who="Fraser|F",
)
M(
    "Could I have a quick call tomorrow? Nothing urgent, just feeling a bit wobbly after the contact visit.",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-18 17:35",
    who="Gemma|G",
)
M(
    "Feeling very lonely since moving over to Leeds, no one to go for a pint with. The lads at work are sound but it's not the same. Cian",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-09 20:50",
    who="Cian|C",
)
M(
    "If I ever got back to that place where I wanted to die, what's the crisis number I should ring? I want it saved in my phone, just in case.",
    "low",
    top="information psychotherapy",
    ch="portal",
    at="11-27 11:15",
    who="Ruth|R",
)
M(
    "The scars on my arms from school came out at the pool today, a kid asked about them. I said cat. It was fine, just rattled me a bit.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 17:25",
    who="Megan|M",
)
M(
    "kinda sad today bc Bella moved schools :( anyway see u tues",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-10 16:05",
    who="Lily|L",
)
M(
    "My sister's been self-harming again, Mum just rang me. I'm 200 miles away and I feel useless.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-24 20:10",
    who="Jodie|J",
)
M(
    "Madam, feeling little low since Papa's death anniversary last week. Nothing serious, only wanted to share. Regards, Kavya",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-03 19:40",
    tz="Asia/Kolkata",
    who="Kavya|K",
)

# ==== none

M(
    "Hi, could we move Monday to 5.30? Dentist ran over. Thanks, Priya",
    "none",
    top="cancellation",
    ch="sms",
    at="11-02 09:15",
    who="Priya|P",
)
M(
    "Morning, can you resend the October invoice? The first one went to my old work email. Cheers, Rob",
    "none",
    top="information",
    ch="email",
    at="11-03 08:30",
    who="Rob|R",
)
M(
    "I'm literally dead 💀 my dog ate a whole sock and then looked SO pleased with himself",
    "none",
    top="information",
    ch="whatsapp",
    at="11-06 18:20",
    who="Tia|T",
)
M(
    "Sorry, I'll have to cancel Wednesday. I'm running the overdose-awareness training for the new paramedics and we're short-staffed. Rebook next week? Hannah",
    "none",
    sig="apology",
    top="cancellation",
    ch="sms",
    at="11-09 07:05",
    who="Hannah|H",
)
M(
    "Did my first lead climb on Sunday and took a proper fall near the top. The rope caught me and I was buzzing for hours! Just wanted to share since we talked about fear.",
    "none",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-10 19:30",
    who="Niamh|N",
)
M(
    "Finished The Bell Jar for book club. Heavy going but brilliant. Are we still on for 4pm Friday?",
    "none",
    top="information",
    ch="portal",
    at="11-12 12:10",
    who="Elaine|E",
)
M(
    "Spent Saturday killing off the slugs before they finish off my hostas 😂 Going to be 10 min late Friday, school pickup.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-15 13:40",
    who="Janet|J",
)
M(
    "got killed like 40 times by the same boss last night, absolute carnage lol. anyway can we do video tmrw not in person, car's in the garage",
    "none",
    top="information",
    ch="whatsapp",
    at="11-16 10:05",
    tz="America/New_York",
    who="Jayden|J",
)
M(
    "Long shift at the pharmacy counting out methadone scripts, my feet are killing me. See you Tuesday! Sam",
    "none",
    top="information",
    ch="sms",
    at="11-17 20:40",
    who="Sam|S",
)
M(
    "Night shift went grand, three admissions, one lad in after an overdose who's doing fine now. I'll bring the forms Thursday. Aoife",
    "none",
    top="information",
    ch="whatsapp",
    at="11-18 08:10",
    tz="Europe/Dublin",
    who="Aoife|A",
)
M(
    "Can't get Everybody Hurts out of my head since it came on the radio this morning, cheers for that. See you at 3.",
    "none",
    top="information",
    ch="sms",
    at="11-19 11:25",
    who="Martin|M",
)
M(
    "GOT THE JOB!!! Start in January!! Thank you for everything this year, honestly 🎉",
    "none",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-20 15:50",
    who="Bethany|B",
)
M(
    "Taking the plunge tomorrow: cold water swim at the lido with the club at 7am. Wish me luck! Jess",
    "none",
    top="information",
    ch="whatsapp",
    at="11-21 20:15",
    who="Jess|J",
)
M(
    "Apologies, Arjun has a fever so I'll have to cancel today's 11 o'clock. Can we find another slot this week? Meera",
    "none",
    sig="apology",
    top="cancellation",
    ch="email",
    at="11-23 07:45",
    who="Meera|M",
)
M("ok thanks 👍", "none", ch="sms", at="11-24 10:02", who="Craig|C")
M(
    "Quick one: Dr Shah has put the sertraline up to 100mg. Is it ok to still have a glass of wine at my sister's wedding on Saturday?",
    "none",
    top="medication",
    ch="portal",
    at="11-24 13:30",
    who="Lauren|L",
)
M(
    """Hi Dr Malik,

Just a heads-up on a few changes, as it's all happening at once.

We finally exchanged on the house, so from 1 December my address will be 17 Orchard Rise, Little Hampden, HP9 4ZZ. Could you update it on the portal and on the invoices? The old one will still forward for three months but I'd rather not rely on that.

Because the removal van is booked for the morning of Wednesday 2 December, I won't be able to make our session that day. Could we move it to Friday the 4th, any time after 2pm? If not, I'm happy to skip that week and come back on the 9th as normal.

Also, the new broadband isn't connected until the 10th, so if we do any sessions by video in the meantime I'll be on my phone from my sister's kitchen. Apologies in advance for the dog, who has opinions about video calls.

Last thing: my employer's health scheme has changed provider. The new policy number is WL-20931-77, and they say they'll need a fresh form from you for the sessions from January. I'll bring it with me so you can look at it, no rush.

Oh, and the parking permit for your building: is it still the same code at the barrier, or has that changed since the summer? I'll be coming from the other direction now, so I may try the side entrance on Mill Lane if that's open on Fridays.

Honestly the move is killing me, I've packed the same box three times, but it's exciting too.

Many thanks,
Olivia""",
    "none",
    sig="apology",
    top="cancellation information",
    ch="email",
    at="11-26 09:20",
    who="Olivia|O",
)
M(
    "Killing it at the new job so far lol. Boss is a nightmare but whatever. We still on for Thurs 4pm ET?",
    "none",
    top="information",
    ch="sms",
    at="11-25 17:05",
    tz="America/New_York",
    who="Destiny|D",
)
M(
    "Ma heid's mince the day wi this cold, ah'm no gonnae make it in the morra. Sorry. Can ye gie me a phone for a new time? Stuart",
    "none",
    sig="apology",
    top="cancellation",
    ch="sms",
    at="11-26 08:50",
    who="Stuart|S",
)
M(
    "Hi, it's Nadine, Kofi's mum. Just to say his November sessions are paid by bank transfer, reference KOFI-NOV. Thanks!",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 09:35",
    who="Nadine",
)
