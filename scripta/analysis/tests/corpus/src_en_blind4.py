# Blind holdout round 4 (written 2026-11-26 by an author who never saw the engine), measured
# with engines 2026.11.6 and 2026.11.7 (same figures) and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages written for a blind evaluation without seeing the engine. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", who="Name|Nickname",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M(
    "Burned my wrist with the lighter again after tea. Saoirse",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "02-19 21:40",
    who="Saoirse",
    g="b4en-01",
    v="base",
)
M(
    "Didn't burn my wrist with the lighter after tea. Saoirse",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-19 21:40",
    who="Saoirse",
    g="b4en-01",
    v="negation",
    note="negated recent self-harm -> low",
)
M(
    "Burned my wrist with the lighter after tea most nights when I was 16, like we went through on Monday. Saoirse",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-19 21:40",
    who="Saoirse",
    g="b4en-01",
    v="tense",
    note="historic self-harm discussed in therapy -> low",
)

M(
    "Most nights I lie there hoping I just won't wake up in the morning.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-02 01:12",
    who="Tyler",
    g="b4en-02",
    v="base",
    note="passive wish to be dead",
)
M(
    '"Most nights I lie there hoping I just won\'t wake up in the morning" is the opening line of the song my band is covering for the talent show.',
    "none",
    "",
    "information",
    "whatsapp",
    "03-02 01:12",
    who="Tyler",
    g="b4en-02",
    v="quotation",
    note="song lyric being rehearsed, not the sender's own state",
)
M(
    "My sister says most nights she lies there hoping she just won't wake up in the morning.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 01:12",
    who="Tyler",
    g="b4en-02",
    v="person",
    note="sister's (not the patient's) ideation -> low, sender affected",
)

M(
    "Stayed in bed all weekend with the curtains shut and my phone off. Pete",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "01-12 10:05",
    who="Pete",
    g="b4en-03",
    v="base",
)
M(
    "Didn't stay in bed all weekend with the curtains shut and my phone off, for once. Pete",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "01-12 10:05",
    who="Pete",
    g="b4en-03",
    v="negation",
    note="negated withdrawal (moderate cue) -> none",
)
M(
    "STAYED IN BED ALL WEEKEND WITH THE CURTAINS SHUT AND MY PHONE OFF. Pete",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "01-12 10:05",
    who="Pete",
    g="b4en-03",
    v="caps",
)

M(
    "Tonight I'm going to finish it. I've sorted everything out and the letters are on the desk for whoever finds them.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-08 23:37",
    who="Rowan",
    g="b4en-04",
    v="base",
    note="intent with time, farewell letters left",
)
M(
    "Tonight I'm going to finish it, the dissertation I mean. I've sorted everything out and the chapters are on the desk ready for binding.",
    "none",
    "",
    "information",
    "whatsapp",
    "04-08 23:37",
    who="Rowan",
    g="b4en-04",
    v="idiom",
    note="'finish it' = the dissertation; everyday phrase",
)

M(
    "Rough one today. Feeling flat and a bit teary, nothing in particular. Grace",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-21 18:30",
    who="Grace",
    g="b4en-05",
    v="base",
)
M(
    "Rough one today. Feeling flat and a bit teary, nothing in particular 😔 Grace",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-21 18:30",
    who="Grace",
    g="b4en-05",
    v="emoticon",
)

M(
    "Everything feels pointless lately and nothing's ever going to change.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "06-03 00:48",
    who="Jonah",
    g="b4en-06",
    v="base",
)
M(
    "Everything feels pointless lately and nothing's ever going to change 🙂",
    "moderate",
    "hopelessness valence_shift",
    "psychotherapy",
    "whatsapp",
    "06-03 00:48",
    who="Jonah",
    g="b4en-06",
    v="emoticon",
    note="hopeless words with a smile: valence shift",
)

M(
    "I've been getting through most of a bottle of wine every night just to switch my head off. Yvonne",
    "moderate",
    "substance_use",
    "psychotherapy",
    "email",
    "02-26 22:10",
    who="Yvonne",
    g="b4en-07",
    v="base",
)
M(
    "My husband's been getting through most of a bottle of wine every night just to switch his head off. Yvonne",
    "low",
    "",
    "psychotherapy",
    "email",
    "02-26 22:10",
    who="Yvonne",
    g="b4en-07",
    v="person",
    note="husband's drinking: sender worried -> low",
)
M(
    "I haven't been getting through most of a bottle of wine every night just to switch my head off. Yvonne",
    "none",
    "",
    "information psychotherapy",
    "email",
    "02-26 22:10",
    who="Yvonne",
    g="b4en-07",
    v="negation",
    note="negated drinking (moderate cue) -> none",
)

M(
    "Everyone at home would honestly be better off without me around. I'm just a weight on all of them. Chidi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "03-17 16:45",
    who="Chidi",
    g="b4en-08",
    v="base",
    note="perceived burdensomeness",
)
M(
    'My character in the school play has the line: "Everyone at home would honestly be better off without me around. I\'m just a weight on all of them." Chidi',
    "none",
    "",
    "information",
    "portal",
    "03-17 16:45",
    who="Chidi",
    g="b4en-08",
    v="quotation",
    note="line from a play",
)

M(
    "i took all of them. the whole box of my sertraline. im sorry",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "01-30 02:26",
    who="Jade",
    g="b4en-09",
    v="base",
    note="overdose taken",
)
M(
    "I TOOK ALL OF THEM. THE WHOLE BOX OF MY SERTRALINE. IM SORRY",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "01-30 02:26",
    who="Jade",
    g="b4en-09",
    v="caps",
    note="overdose taken",
)

# ---------------------------------------------------------------- none
M(
    "Hi Dr Okafor, running about ten minutes late, the bus has broken down on the ring road. So sorry! Priya",
    "none",
    "apology",
    "information",
    "sms",
    "03-04 08:52",
    who="Priya",
)
M(
    "Dear Ms Hartley,\n\nCould you please resend the invoice for March? My insurer now requires the practitioner's registration number to appear on it.\n\nKind regards,\nGraham Pollard",
    "none",
    "",
    "information",
    "email",
    "03-09 09:14",
    who="Graham",
)
M(
    "Hiya, can't make Thursday, the little one has chickenpox 🙁 could we move to next week? Sorry for the short notice x Hollie",
    "none",
    "apology",
    "cancellation",
    "whatsapp",
    "02-11 07:40",
    who="Hollie",
)
M(
    "Dr Lindqvist put my sertraline up from 50 to 100mg on Friday. Is it normal to feel a bit queasy the first few days? Not worried, just checking. Tomasz",
    "none",
    "",
    "medication",
    "portal",
    "04-14 13:20",
    who="Tomasz",
)
M(
    "I'm absolutely dying to tell you what happened with Dad on Sunday!! Good news for once. Aoife",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "05-05 19:02",
    who="Aoife",
    note="'dying to' idiom",
)
M(
    "Nearly died laughing at the dog trying to squeeze through the cat flap this morning 😂 anyway, confirmed for Friday at 4",
    "none",
    "",
    "information",
    "whatsapp",
    "05-16 09:31",
    who="Kemi",
    note="'nearly died laughing' idiom",
)
M(
    "Dear Dr Abernethy,\n\n"
    "I promised I would write once we had settled in, so here is my holiday letter, as agreed. We arrived in Galway on Saturday after a long drive and the cottage is lovely, if a little damp. "
    "I have kept up the morning walks along the shore most days and I have been writing three lines in the notebook every evening, like you suggested, even on the evenings when I could not think of much to say. "
    "The big news is that I managed a whole dinner with my sister-in-law without leaving the table once. You will remember how much I was dreading that. She made a remark about my job and I noticed the old heat rising, "
    "but I did the counting and said something neutral, and the moment passed. Afterwards my husband squeezed my hand under the table, which meant more than I can easily say.\n\n"
    "Sleep has been better too, mostly seven hours, which I put down to the sea air and to not checking my work e-mails (I deleted the app from my phone before we left, which felt very brave). "
    "I do still have the odd morning where I wake with that tight feeling in my chest, but it lifts by lunchtime and it does not frighten me the way it used to.\n\n"
    "We are back on the 24th. I would like to keep the appointment on Wednesday the 27th at 10 if that still suits you. I will bring the notebook.\n\n"
    "With warm wishes from a rainy west coast,\nRosalind Carver",
    "none",
    "",
    "information psychotherapy",
    "email",
    "07-18 21:05",
    who="Rosalind",
)
M(
    "Could you send the video link for tomorrow's session? My laptop updated overnight and lost the calendar invite. Thanks, Kwame",
    "none",
    "",
    "information",
    "portal",
    "06-09 17:48",
    who="Kwame",
)
M(
    "Watched Dead Poets Society again last night and cried at the end like always. Might bring it up Thurs. Imogen",
    "none",
    "",
    "information",
    "sms",
    "01-22 10:15",
    who="Imogen",
    note="film with a suicide mentioned; no cue of the sender",
)
M(
    "omg got the apprenticeship!!! 🎉🎉 cant believe it. thx for everything u said abt the interview nerves xx Brooke",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "04-30 15:55",
    who="Brooke",
)
M(
    "Good evening doctor, I want to ask if the session of the 14 can be in the morning, because my new job start at 13:00. Thank you very much. Agnieszka",
    "none",
    "",
    "cancellation",
    "portal",
    "02-05 20:10",
    who="Agnieszka",
)
M(
    "Mum here (Deborah), Ellis has a school trip on the 12th so he'll miss that session. Could we do the 19th instead? Thanks",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "03-01 12:03",
    who="Deborah",
    note="parent rescheduling; 'Mum here (Deborah)' is not a recognised self-introduction form",
)
M(
    "Pharmacy says the quetiapine prescription hasn't come through from the GP yet. Should I chase them or will you? Ta, Reggie",
    "none",
    "",
    "medication",
    "sms",
    "05-27 11:40",
    who="Reggie",
)
M(
    "Dear Dr Nwosu and Dr Price,\n\nThank you for Tuesday's session. We talked about it as a family on the drive home and for once nobody raised their voice. We will see you on the 3rd at 5pm.\n\nBest wishes,\nMartin Ferris",
    "none",
    "",
    "information psychotherapy",
    "email",
    "10-09 08:30",
    who="Martin",
)
M(
    "If I ever feel a bit lonely over Christmas, is it ok to text you or should I wait until January? Just asking ahead. Ines",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "12-15 14:22",
    who="Ines",
    note="hypothetical loneliness (low cue) -> none",
)
M(
    "Didn't touch a drop all weekend 💪 first time in ages. Callum",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "09-15 08:05",
    who="Callum",
    note="negated drinking -> none",
)
M(
    "For English we have to write an essay on why Ophelia drowns herself. Can we do the exam timetable stuff on Weds instead of talking about my mum for once? lol. Lottie",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "04-21 19:34",
    who="Lottie",
    note="a book's character, not the sender",
)
M(
    "Thanks for today. Felt lighter walking out than I have in weeks :) Siobhan",
    "none",
    "",
    "psychotherapy",
    "sms",
    "11-03 18:12",
    who="Siobhan",
)
M(
    "I read the leaflet you gave us on overdose prevention for parents. Really useful. The paracetamol and Finn's tablets are now in a locked box in our bedroom.\nSee you next week,\nGareth (Finn's dad)",
    "none",
    "",
    "medication information",
    "email",
    "09-30 21:44",
    who="Gareth",
    note="prevention article; no cue about the patient",
)
M(
    "Dear Dr Quinn,\n\nI regret that I must cancel our appointment on Friday 7th; I have been called to give evidence at a tribunal in Leeds. I will telephone reception on Monday between 9 and 11 to arrange another date.\n\nYours sincerely,\nHarriet Bellamy",
    "none",
    "",
    "cancellation",
    "email",
    "11-04 07:55",
    who="Harriet",
)
M(
    "CAN'T FIND THE CLINIC ENTRANCE, IS IT ROUND THE BACK??",
    "none",
    "",
    "information",
    "sms",
    "02-24 15:58",
    who="Stuart",
)
M(
    "so... the date went ok... actually better than ok... he wants to see me again... 😊",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "06-21 23:41",
    who="Ellie",
)
M(
    "Grand session yesterday. I did the breathing thing on the Luas this morning when it got rammed and it actually worked. Talk Thursday. Niamh",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "10-14 09:20",
    who="Niamh",
)
M(
    "Missed my evening dose of lamotrigine last night, fell asleep on the couch. Take it now or skip it? Patrick",
    "none",
    "",
    "medication",
    "sms",
    "08-06 07:12",
    who="Patrick",
)
M(
    "Heya, reckon we could swap to the arvo slot next fortnight? Footy training's moved to mornings. Cheers, Lachlan",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "03-25 12:47",
    who="Lachlan",
)

# ---------------------------------------------------------------- low
M(
    "Can't sleep. I just feel really on my own tonight, the flat is so quiet since Mo moved out. Sorry for messaging this late",
    "low",
    "loneliness apology",
    "psychotherapy",
    "whatsapp",
    "01-08 00:54",
    who="Farah",
)
M(
    "Any chance of an extra session this week? Things with my mum have knocked me sideways and I could really use the time. Rhys",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "02-17 17:26",
    who="Rhys",
)
M(
    "My best friend took an overdose on Saturday. She's ok now and back home, but I keep replaying the phone call and I'm hardly sleeping. Fatima",
    "low",
    "",
    "psychotherapy",
    "portal",
    "03-10 22:15",
    who="Fatima",
    note="someone else's suicidal act; sender affected -> low",
)
M(
    "Dear Dr Kowalczyk,\n\n"
    "I am writing about our daughter Maisie (14), whom you started seeing last month. Since we moved from Bristol in the summer she has become very quiet and tearful in the evenings. "
    "Last night she told me she has no one to sit with at lunch and that she feels completely on her own at the new school. She is still going in every day and eating with us, "
    "and she was laughing with her brother this morning, so I don't want to overreact, but I thought you should know before Thursday.\n\n"
    "Thank you,\nAlison Reid",
    "low",
    "loneliness",
    "psychotherapy",
    "email",
    "10-02 07:48",
    who="Alison",
    note="parent reports the patient's loneliness",
)
M(
    "Not going to do anything stupid, don't worry. Just had a horrible day and wanted someone to know. Danny",
    "low",
    "",
    "psychotherapy",
    "sms",
    "04-03 23:18",
    who="Danny",
    note="negated intent -> low; low mood",
)
M(
    "random question but if the thoughts about wanting to die ever came back, do i ring you first or the crisis line?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-12 13:07",
    who="Kit",
    note="hypothetical question about suicidal thoughts -> low",
)
M(
    "I've been thinking about what came up last session, the year after Dad died when I stopped eating properly and was drinking every night. It's strange to look at it from here. Oliver",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-17 20:40",
    who="Oliver",
    note="past withdrawal and drinking discussed in therapy -> low",
)
M(
    "feeling a bit crap today tbh 😢 nothing major, just one of those days",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-07 16:22",
    who="Tash",
)
M(
    "Hey it's Mei. Could you call me when you get a chance today? Had a wobble at work and I'd like to hear a calm voice.",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "08-19 12:35",
    who="Mei",
)
M(
    "Dear Dr Ashworth,\n\nIt will be a year on Sunday since Mum passed. I thought I was coping but this week I feel heavy and slow, and I keep tearing up in the supermarket at the daftest things. "
    "I'm not asking for anything, I just wanted you to know where I am before we meet.\n\nWith best wishes,\nBarbara",
    "low",
    "",
    "psychotherapy",
    "email",
    "09-11 06:50",
    who="Barbara",
)
M(
    "lol nobody remembered my birthday again 🙂 kinda feels like there's no one there for me but whatever",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-22 23:05",
    who="Ruby",
    note="sad words with a smile: valence shift",
)
M(
    "My brother posted something really dark last night, like a goodbye. Police went round and he's ok. I'm still shaking. Can we talk tomorrow? Keisha",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "07-29 08:10",
    who="Keisha",
    note="brother's crisis, not the patient -> low",
)
M(
    "I didn't hurt myself this weekend. First time in about a month I think. Tired and flat but I'm still here. Bethany",
    "low",
    "",
    "psychotherapy",
    "portal",
    "03-23 21:30",
    who="Bethany",
    note="negated self-harm -> low",
)
M(
    "ok so I know I'm not meant to send essays on here but I've been going round in circles all evening. I'm not suicidal or anything like that so please don't panic, I'm just sad and fed up. "
    "Jordan cancelled on me again and then my sister said I'm 'too much' which is basically what everyone says eventually isn't it. And work is fine, the work part is actually fine, "
    "it's just everything after 6pm that feels grey. I did the walk like we said. I did eat dinner. I just wanted to say it somewhere instead of keeping it in my chest all night. Anyway. See you Tuesday. Cass",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-21 22:48",
    who="Cass",
    note="negated suicidality -> low; sadness",
)

# ---------------------------------------------------------------- moderate
M(
    "3 days in bed now... haven't showered... haven't eaten properly... can't face anyone.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-02 03:41",
    who="Nathan",
)
M(
    "honestly what's even the point of any of it. same job same mess same me. it never changes",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-11 23:59",
    who="Sami",
)
M(
    "Being honest because we said I would: I've been using again at weekends, coke mostly, to get through the comedown from the week. It's every weekend now, not just the odd one. Dev",
    "moderate",
    "substance_use",
    "psychotherapy",
    "portal",
    "05-04 10:30",
    who="Dev",
)
M(
    "Having a panic attack in the Tesco car park, can't breathe properly, my hands are numb and I can't make it stop. Please ring me now!!",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "06-26 18:04",
    who="Lorna",
    note="overwhelming panic",
)
M(
    "I can't do this anymore... Work, the kids, him... I'm running on empty and I'm scared I won't make it through this month... Kerry",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "01-26 21:55",
    who="Kerry",
    note="'can't do this anymore' + 'afraid I won't make it'",
)
M(
    "Hi it's Sandra, Josh's mum. He hasn't been to school all week, he stays in his room with the door locked and barely eats. I'm out of my depth. Is there any way you could see him sooner?",
    "moderate",
    "withdrawal support_request",
    "psychotherapy",
    "whatsapp",
    "09-18 20:16",
    who="Sandra",
    note="parent reports the patient's withdrawal",
)
M(
    "Took 3 of the diazepam instead of 1 just to stop feeling like this. I know I shouldn't have. Is tomorrow's session still on? Ewan",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "04-16 23:26",
    who="Ewan",
    note="sedatives beyond prescription to cope, not an overdose",
)
M(
    "Called in sick again today, third time this fortnight. I just lay on the sofa with the TV off all day. I can't see a way out of this. Marcus",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "portal",
    "10-28 19:15",
    who="Marcus",
)
M(
    "I CANT TAKE IT ANYMORE. HE'S SHOUTING AGAIN AND I'VE LOCKED MYSELF IN THE BATHROOM",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "12-27 23:20",
    who="Leanne",
)
M(
    "Nothing I do makes any difference. It'll be exactly the same in ten years 😞 Jas",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "03-13 22:02",
    who="Jas",
)
M(
    "Dear Dr Whitfield,\n\n"
    "I'm sorry this is long. I have started this e-mail four times and deleted it, so I am just going to send it this time.\n\n"
    "Since Christmas I have been drinking more than I told you in session. It started as a glass of whisky to get to sleep and now it is most of a bottle over an evening, sometimes more at the weekend. "
    "I tell myself it's only to take the edge off, but I know that isn't quite true any more. I have not been into the office since Wednesday. I rang in with a migraine, which was a lie, "
    "and I have mostly stayed in the house with my phone on silent. My brother has called twice and I have not picked up.\n\n"
    "I'm not writing because anything dramatic has happened. I think I'm writing because if I put it down in words then I can't pretend in our next session that it has been 'a bit of a rough patch'. "
    "It has been more than that. The days have a shape now: wake up late, feel ashamed, manage nothing, open the bottle at six, then lie awake at three. "
    "I don't like who I am in the evenings. I want to get back to the person I was in the autumn, when things were starting to move.\n\n"
    "I will be there on Monday at 6 and I will try to start with this, because otherwise I know I will steer us away from it.\n\n"
    "Regards,\nAlastair Greig",
    "moderate",
    "substance_use withdrawal apology",
    "psychotherapy",
    "email",
    "01-16 04:12",
    who="Alastair",
)

# ---------------------------------------------------------------- high
M(
    "I keep thinking everyone would have an easier life without me dragging them down. It's loud tonight.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-08 01:37",
    who="Hamid",
    note="perceived burdensomeness",
)
M(
    "i want to cut so bad right now. im sitting on my hands on the sofa trying not to go upstairs. can you text back",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "whatsapp",
    "03-19 23:52",
    who="Mollie",
)
M(
    "I've been trying to work out how to put this so it doesn't sound dramatic, and I can't, so I'll just say it. "
    "For a few weeks I've had this feeling of wanting to not exist for a while. Not die exactly, more like being switched off, a pause button for me. "
    "I told myself that was different and didn't need mentioning. But this week it has slid more towards the dying part. On the train home I caught myself thinking it would be a relief if I just wasn't around at all, and that thought stayed with me through dinner. "
    "I haven't done anything and I haven't got any kind of plan, and I'm not writing for an emergency reply. I just think you'd want to know, and I think I'd lie about it on Thursday if I didn't write it down now while I'm being brave. "
    "Work is the same, the flat is the same, nothing specific has happened. That's almost the worst part, that it's coming from nowhere. Siobhan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "11-06 21:18",
    who="Siobhan",
    note="passive wish to be dead; no plan does not lower present ideation",
)
M(
    "Dear Dr Hallam,\n\nI should mention something I was too embarrassed to say on Monday. On the motorway in the mornings I find myself hoping a lorry might drift into my lane. "
    "I would never steer into one. But I notice I am disappointed when I arrive at the office in one piece.\n\nYours,\nGeoffrey Lane",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "05-20 07:02",
    who="Geoffrey",
    note="passive ideation; 'would never steer' does not lower the wish",
)
M(
    "Scratched my arm up with a compass in the toilets at school today. Mum doesn't know. Please don't tell her yet",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "01-14 16:40",
    who="Ayesha",
)
M(
    "Dr Marsh, this is Claire, Ava's mum. Ava told her PE teacher she doesn't want to be alive anymore. The school rang me an hour ago. Could you call me as soon as you can please?",
    "high",
    "suicidal_ideation support_request urgency",
    "psychotherapy",
    "whatsapp",
    "02-25 14:28",
    who="Claire",
    note="parent reports the patient's ideation",
)
M(
    "Looked up how many paracetamol it would take. Didn't buy any. Just looked.",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "04-25 02:14",
    who="Ben",
    note="method researched; no means gathered -> high",
)
M(
    "honestly wouldnt mind not waking up tomorrow 😂😂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "08-23 01:03",
    who="Zac",
    note="passive wish to be dead with laughing emoji: valence shift",
)
M(
    "I don't want to be here anymore. And I don't mean Leicester. Liam",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "06-30 22:51",
    who="Liam",
    note="negation that carries the risk",
)
M(
    "I've been giving things away. My guitar to my cousin, the books to the charity shop. I'm not planning anything specific, I just wanted it sorted. Thought you should know. Femi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "07-02 20:20",
    who="Femi",
    note="preparation; negated plan does not lower it",
)
M(
    "What is the point in being alive if every single day is this?? Seriously.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "09-03 23:31",
    who="Gemma",
)
M(
    "4 cans deep and every time I walk over the canal bridge I think about going over the side",
    "high",
    "suicidal_ideation substance_use",
    "psychotherapy",
    "whatsapp",
    "12-06 00:22",
    who="Kieran",
    note="method thoughts while drinking",
)
M(
    "I'm sorry, I burned myself again on Sunday with the iron. I know we agreed I'd message before, not after. Magda",
    "high",
    "self_harm apology",
    "psychotherapy",
    "portal",
    "02-14 11:05",
    who="Magda",
)
M(
    "When I cross the road I've stopped looking. Part of me wants the car to come. Tara",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-28 08:45",
    who="Tara",
    note="passive ideation",
)
M(
    "Doctor I am sorry for write so late... I have in my head the thoughts to finish my life... they don't go away... I don't do nothing, only thinking. Dmitri",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "01-19 03:15",
    who="Dmitri",
    note="non-native; negated act does not lower present ideation",
)
M(
    "Hi Dr Fenwick,\n\nTerm here is fine on paper. Lectures, library, the lot. But I can go three days without saying a word to anyone, and nobody would notice if I disappeared. "
    "Lately I've started thinking that disappearing for good might be the kinder thing for everyone back home too.\n\nSorry, I know it's a lot for an e-mail.\nHana",
    "high",
    "suicidal_ideation loneliness apology",
    "psychotherapy",
    "email",
    "10-19 23:47",
    who="Hana",
)
M(
    "cant stop thinking bout killing myself. not gonna do it rn. just need someone. pls reply",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "05-09 04:08",
    who="Aaron",
    note="negated intent does not lower present ideation",
)

# ---------------------------------------------------------------- imminent
M(
    "I've got 40 of my mum's tramadol in my bag. Going to the woods behind school once everyone's asleep. Sorry.",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "03-06 22:47",
    who="Evie",
    note="means gathered, place and time",
)
M(
    "Thank you for everything you tried to do for me. None of this is your fault. Please tell Hannah I loved her. Goodbye",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-11 02:33",
    who="Stefan",
    note="farewell in a context of risk",
)
M(
    "I swallowed the rest of the lithium about half an hour ago. I'm feeling strange. I don't know why I'm writing this here. Connor",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "08-14 00:35",
    who="Connor",
    note="overdose taken",
)
M(
    "its really deep this time and the towel is soaked through. cant get it to stop. do i go to a&e",
    "imminent",
    "self_harm",
    "psychotherapy",
    "sms",
    "06-12 01:49",
    who="Lucy",
    note="self-harm with medical danger",
)
M(
    "Dr Osei,\n\n"
    "I have scheduled this to arrive on Sunday morning, because I did not want you to read it in the middle of a working week with no one to talk to. "
    "By the time you read it, I will have done what I have been thinking about since the spring. I have booked a room at a hotel on the coast for Saturday night and I have what I need with me. "
    "I am not telling you where, and I am sorry for that, because I know it puts you in an impossible position.\n\n"
    "I want to be clear that this is not because of anything you said or did not say. Our sessions were the only hour of the week when I felt like a person rather than a list of failures. "
    "You tried very hard. I watched you try. I simply ran out of the thing that gets people from one day to the next, and I have been running on fumes for a long time.\n\n"
    "I have written to my sister separately. The cat is going to my neighbour, who has a key. My accounts are in a folder on the desk, labelled, and I have paid the rent to the end of the month so nobody is left with a mess.\n\n"
    "Please do not feel you should have seen this coming. I was careful that you should not. Thank you for the two years, for the patience, and for the joke about the parking meter, which I still think about.\n\n"
    "Goodbye,\nPaul",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "email",
    "08-30 23:58",
    who="Paul",
    note="farewell with plan: place, time and means",
)
M(
    "Please ring me NOW. Leo has taken a load of my sleeping tablets, we're in the ambulance on the way to the General. He's awake but he's not making sense. Jo (Leo's mum)",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "whatsapp",
    "07-25 21:12",
    who="Jo",
    note="parent reports the patient's overdose",
)
M(
    "I'm doing it tonight. I've decided. Don't call the police.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-29 23:14",
    who="Ryan",
    note="stated intent with time",
)
M(
    "Standing on the top level of the multi-storey by the station. Just wanted someone to know where I was.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-31 03:02",
    who="Morgan",
    note="place; farewell-like in a context of risk",
)
M(
    "I've been holding back my zopiclone for weeks. There are 28 in the envelope now. I think it's enough. Irene",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "01-04 22:40",
    who="Irene",
    note="pills saved and counted",
)
M(
    "drank the whole bottle of vodka and took every pill in the bathroom cupboard. everything's going blurry 💊",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "whatsapp",
    "05-31 04:26",
    who="Shannon",
    note="overdose taken with alcohol",
)
M(
    "Dear Dr Fairbrother,\n\nI wanted to thank you properly for the last two years. You have been kinder to me than I deserved. I have put my affairs in order and I am at peace with what I have decided. Please do not blame yourself.\n\nYours,\nEdwin",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "02-20 05:30",
    who="Edwin",
    note="farewell with stated decision, affairs in order",
)
