# Blind holdout round 3 (written 2026-11-26 by an author who never saw the engine), measured
# twice (engines 2026.11.4 and 2026.11.5) and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages for blind evaluation round 3, written without seeing the engine.
# Labels follow GUIDELINES.md. Same format as src_en.py:
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M(
    "I burned my arm with the lighter again last night. I'd been doing so well, almost two months.",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-02 23:52",
    who="Priya",
    g="b3en-01",
    v="base",
    note="recent self-injury (last night) is current",
)
M(
    "I didn't burn my arm with the lighter last night. I've been doing so well, almost two months.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 23:52",
    who="Priya",
    g="b3en-01",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "When I was 16 I used to burn my arm with the lighter. I'd been doing so well before that started.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 23:52",
    who="Priya",
    g="b3en-01",
    v="tense",
    note="historic self-harm -> low",
)

M(
    "I've got 40 of the amitriptyline lined up on the desk. Tonight's the night. Thanks for trying with me.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "01-18 00:41",
    who="Nathan",
    g="b3en-02",
    v="base",
    note="pills counted and ready + time + farewell",
)
M(
    "\"I've got 40 of the amitriptyline lined up on the desk. Tonight's the night.\" That's my line in the play, still can't say it on stage without my voice shaking.",
    "none",
    "",
    "information",
    "sms",
    "01-18 00:41",
    who="Nathan",
    g="b3en-02",
    v="quotation",
    note="a line from a play the sender acts in; stage nerves only",
)
M(
    "My flatmate has got 40 of her amitriptyline lined up on the desk. She says tonight's the night. She thanked me for trying with her.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-18 00:41",
    who="Nathan",
    g="b3en-02",
    v="person",
    note="someone else's crisis -> low by the guidelines (sender affected); flatmate's pills are not the sender's medication",
)

M(
    "I'm drowning. I can't keep my head above water anymore, and every week it's worse.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "11-05 21:10",
    who="Claire",
    g="b3en-03",
    v="base",
    note="'can't keep my head above water' = can't take it any more",
)
M(
    "I'm drowning in marking. I can't keep my head above water with thirty essays, and every week it's worse.",
    "none",
    "",
    "information",
    "portal",
    "11-05 21:10",
    who="Claire",
    g="b3en-03",
    v="idiom",
    note="busy week told as a fact",
)

M(
    "i cant do this anymore. nobody in this house listens to me, not one person",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "sms",
    "02-21 22:15",
    who="Jade",
    g="b3en-04",
    v="base",
)
M(
    "I CANT DO THIS ANYMORE. NOBODY IN THIS HOUSE LISTENS TO ME, NOT ONE PERSON",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "sms",
    "02-21 22:15",
    who="Jade",
    g="b3en-04",
    v="caps",
)

M(
    "Honestly today was awful. Cried in the work toilets twice.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-09 19:30",
    who="Hannah",
    g="b3en-05",
    v="base",
)
M(
    "Honestly today was awful 😂 Cried in the work toilets twice 😂",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-09 19:30",
    who="Hannah",
    g="b3en-05",
    v="emoticon",
    note="laughing emoji on sad words",
)

M(
    "I want to die. I'm so tired of fighting my own head every single day.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-12 02:30",
    who="Marcus",
    g="b3en-06",
    v="base",
)
M(
    "I don't want to die. I'm just so tired of fighting my own head every single day.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-12 02:30",
    who="Marcus",
    g="b3en-06",
    v="negation",
    note="negated wish to die -> low; tiredness/low mood remains",
)

M(
    "Finished a bottle of wine on my own again last night, just to get to sleep.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "06-03 08:15",
    who="Diane",
    g="b3en-07",
    v="base",
)
M(
    "My husband finished a bottle of wine on his own again last night, just to get to sleep.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-03 08:15",
    who="Diane",
    g="b3en-07",
    v="person",
    note="someone else's drinking -> low",
)
M(
    "Years ago I'd finish a bottle of wine on my own most nights, just to get to sleep.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "06-03 08:15",
    who="Diane",
    g="b3en-07",
    v="tense",
    note="historic drinking -> low",
)

M(
    "Some days I'm not sure I want to be here anymore.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-20 23:05",
    who="Leah",
    g="b3en-08",
    v="base",
    note="passive ideation",
)
M(
    '"Some days I\'m not sure I want to be here anymore" is the first line of the poem I have to analyse for English lit.',
    "none",
    "",
    "information",
    "whatsapp",
    "07-20 23:05",
    who="Leah",
    g="b3en-08",
    v="quotation",
    note="quoted poem for homework",
)

M(
    "Hello, Sam told the school nurse today that he doesn't want to be alive anymore. He's 14. Could you see him sooner than the 30th? We're very worried. Andrew Cole",
    "high",
    "suicidal_ideation support_request",
    "cancellation psychotherapy",
    "email",
    "09-15 17:40",
    who="Andrew|Andrew Cole",
    g="b3en-09",
    v="base",
    note="parent reports the patient's wish not to live; asking to move the appointment earlier -> cancellation topic",
)
M(
    "Hello, Sam's best friend told the school nurse today that he doesn't want to be alive anymore. He's 14. Could you see Sam sooner than the 30th? We're very worried. Andrew Cole",
    "low",
    "support_request",
    "cancellation psychotherapy",
    "email",
    "09-15 17:40",
    who="Andrew|Andrew Cole",
    g="b3en-09",
    v="person",
    note="the friend is not the patient: someone else's experience -> low",
)

M(
    "Stayed in bed all day again, didn't even open the curtains.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "10-08 18:20",
    who="Beth",
    g="b3en-10",
    v="base",
)
M(
    "Didn't stay in bed all day today, even opened the curtains.",
    "none",
    "",
    "information",
    "sms",
    "10-08 18:20",
    who="Beth",
    g="b3en-10",
    v="negation",
    note="negated moderate cue -> none; progress report",
)

# ---------------------------------------------------------------- imminent
M(
    "its done. took the whole box of sertraline and most of the zopiclone about 20 mins ago. im sorry. dont be angry",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "02-08 02:14",
    who="Kayleigh",
    note="overdose taken",
)
M(
    "I've been putting pills aside since January. Counted them tonight, 63. It's enough. I wanted you to know none of this was your fault.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "03-27 23:40",
    who="Owen",
    note="means gathered + farewell",
)
M(
    """Dear Dr Okafor,

I wanted to write to you properly rather than send one of my clumsy texts. You have been very patient with me over these eighteen months, more patient than I deserved, and I want you to know that our Thursday mornings were often the only hour in the week when I felt like a person rather than a problem.

I won't be coming this Thursday, or after that. I have put my affairs in order. The solicitor has the will, Pippa next door has agreed to take Biscuit and his basket, and I have labelled all the keys for my son so he won't have to hunt for anything. I have been keeping back my tablets for some weeks now and there are enough of them. I have chosen Sunday, when the village is quiet and nobody calls round.

Please don't think any of this is your doing. It isn't. I have simply run out of reasons, I am very tired, and I would rather go tidily than make a mess of it for everyone later on.

I have left a letter for my son with the solicitor as well, explaining what I can. He will be cross with me, I expect, and then sad, and then I hope he will get on with his life, which is what I would want for him. Please don't ring the house; there is nothing to be done and I would rather the last word between us was this one.

Thank you for the tea, for the box of tissues you always moved a little closer without saying anything, and for never once looking at your watch.

With my warmest regards,
Graham""",
    "imminent",
    "suicidal_ideation hopelessness",
    "medication cancellation psychotherapy",
    "email",
    "12-02 05:10",
    who="Graham",
    note="farewell dressed as thanks, pills stockpiled, date chosen; older adult",
)
M(
    "Im on the top floor of the multistorey on Crane St. I just wanted someone to know where I was",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-14 04:05",
    who="Callum",
    note="place of a method, at night, 'wanted someone to know' reads as a farewell",
)
M(
    "Cut too deep this time, its soaking through the towel and wont stop. I dont want to ring an ambulance",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "05-30 01:22",
    who="Amber",
    note="self-harm with medical danger",
)
M(
    "I've decided. Saturday, when mum and dad are at my aunt's. I'm not telling you how. I just want you to know it isn't because of you. - Ella",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "06-11 22:48",
    who="Ella",
    note="intent + time; teenager",
)
M(
    "bought a hosepipe and some tape today. car's in the garage. please dont call my mum",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-19 23:15",
    who="Rhys",
    note="means gathered + place",
)
M(
    "This is Karen, Dylan's mum. URGENT. Dylan has just told us he swallowed a strip of his dad's codeine about an hour ago. We're in the car on the way to A&E. Please call me as soon as you can.",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "09-03 21:05",
    who="Karen",
    note="parent reports the patient's overdose: labelled as the patient's risk",
)
M(
    "Doctor I am sorry to write so late. I have decide. Tomorrow morning when my wife goes to work I will do it, the tablets are ready in the drawer. Please tell her I loved her. Tomasz",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "10-21 01:37",
    who="Tomasz",
    note="non-native writer; intent + time + means + farewell",
)
M(
    "I CANT DO THIS ANY MORE IM GOING TO DO IT TONIGHT AND NOBODY CAN STOP ME",
    "imminent",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "11-16 23:58",
    who="Zoe",
    note="stated intent + time",
)
M(
    "Thank you for being the only one who ever really listened... I've left letters for everyone on the kitchen table... Goodbye...",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-19 03:12",
    who="Imran",
    note="farewell with letters left, in the middle of the night",
)
M(
    "I'm writing this from a hotel. Booked it for two nights so nobody finds me too soon. Everything I need is in my bag. Sorry for cancelling our sessions like this.",
    "imminent",
    "suicidal_ideation apology",
    "cancellation psychotherapy",
    "portal",
    "01-09 20:30",
    who="Natalie",
    note="place + means + time chosen",
)
M(
    "took 15 of my mums diazepam and half a bottle of vodka so i wouldnt wake up. feel floaty",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "02-25 00:50",
    who="Kieran",
    note="intentional overdose with alcohol",
)

# ---------------------------------------------------------------- high
M(
    "my kids would cope without me. probably better than they cope with me tbh",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-24 00:30",
    who="Gemma",
    note="perceived burdensomeness",
)
M(
    "Been googling how many paracetamol it would take. I'm not going to do anything, I just keep looking it up.",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "02-12 23:20",
    who="Liam",
    note="researching a method; negated intent does not lower it",
)
M(
    "I relapsed on Saturday after 5 months clean from cutting. Only a few on my thigh but it feels like I've thrown everything away 😞",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "03-09 10:15",
    who="Freya",
    note="recent self-injury",
)
M(
    "ngl i want to unalive myself rn. not gonna do anything just needed to say it somewhere",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-21 01:05",
    who="Tyler",
    note="teen slang for suicidal wish; negated action does not lower ideation",
)
M(
    """Dear Ms Adeyemi,

Sorry for writing at this hour. I can't sleep and it seemed better to put it down on paper, so to speak, than to lie there listening to the clock in the hall.

Since Margaret died in October I have been going through the motions. I make a bit of toast, I walk to the paper shop, I say good morning to the man behind the counter and that is very often the only conversation I have all day. The children ring on Sundays. They are good to me but they have their own lives and I don't like to worry them, so I tell them I'm managing.

The thing I have not told anybody, and I suppose the reason for this e-mail, is that when I go to bed I find myself hoping that I won't wake up in the morning. I don't mean I would do anything about it. I only mean that it would be a relief, and that the thought of another fifteen or twenty years of this empty house is more than I can picture. It frightens me a little that the idea comforts me.

Some nights I sit in Margaret's chair with the radio on just for the voices. I do still cook for myself, most days.

I thought you ought to know before we meet on the 3rd. You said at the start that I should tell you things even if they sounded silly. I hope this does not sound silly.

Yours sincerely,
Dennis Pryce""",
    "high",
    "suicidal_ideation loneliness apology",
    "psychotherapy",
    "email",
    "01-27 04:20",
    who="Dennis|Dennis Pryce",
    note="passive ideation (hoping not to wake up); older adult, widower",
)
M(
    "I'm tired of existing. Not sad exactly, just tired of being a person at all",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "04-02 16:45",
    who="Rowan",
    note="ambiguity: 'tired of existing' read as passive ideation (questions being alive), like 'what's the point of being alive'",
)
M(
    "I keep scratching my arms till they bleed when I get like this. Did it again before bed.",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "04-23 00:12",
    who="Lauren",
    note="self-injury described indirectly, recent",
)
M(
    "Every morning at Vauxhall I stand right at the edge of the platform while the fast trains go through and think how easy it would be.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "05-06 08:02",
    who="Daniel",
    note="thinking about a method",
)
M(
    "Gave my guitar to my nephew and my records to Jess. Feels good to clear it all out. Won't need any of it where I'm going",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-14 19:40",
    who="Connor",
    note="giving possessions away + veiled reference: preparation, no time/method stated -> high, not imminent",
)
M(
    "what's the point of me even being alive if all i do is let people down",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "07-02 23:33",
    who="Aisha",
)
M(
    """Dear Dr Lowe,
Our daughter Mia (15) has been burning herself with her hair straighteners. I found the marks on the inside of her wrists yesterday when she was getting changed and she admitted it, she says it has been going on for a few weeks. She is calm today and went to school. Could you possibly see her before her next appointment? We don't know what to say to her.
Rachel Doyle""",
    "high",
    "self_harm support_request",
    "psychotherapy",
    "email",
    "08-05 07:55",
    who="Rachel|Rachel Doyle",
    note="parent reports the patient's self-harm; request for an extra session",
)
M(
    "I want to hurt myself so bad right now. Please can you call me as soon as you see this",
    "high",
    "self_harm support_request urgency",
    "psychotherapy",
    "sms",
    "08-28 22:10",
    who="Chloe",
)
M(
    "Sorry to write you outside of the session. Since two weeks I think about to finish my life. I will not do it because of my daughter but the thoughts are always there. Elena",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "portal",
    "10-02 21:30",
    who="Elena",
    note="non-native writer; negated intent does not lower present ideation",
)
M(
    "drunk again. keep looking at the razor in the bathroom cabinet. want to so bad",
    "high",
    "self_harm substance_use",
    "psychotherapy",
    "sms",
    "11-01 02:45",
    who="Jordan",
    note="self-harm urge while drinking",
)
M(
    "sometimes i wish i just didnt exist 😂 anyway how was your weekend",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-24 13:05",
    who="Poppy",
    note="wish not to exist, laughed off",
)
M(
    "i dont want to exist anymore. not dead exactly, i just dont want to BE. does that make sense",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "12-07 23:50",
    who="Ethan",
    note="negation that carries the risk",
)

# ---------------------------------------------------------------- moderate
M(
    "Haven't left the flat since Sunday. Phone's off apart from this. Can't face anyone.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "email",
    "01-14 15:30",
    who="Simon",
)
M(
    "Nothing is ever going to change is it. Same job same debts same me 😔",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "02-03 23:10",
    who="Kelly",
)
M(
    """I wanted to let you know before Tuesday how this week has been, because I'm not sure I'll be able to describe it properly in the room.

I've had three panic attacks at work since Monday. The first was on the train in, the second in the toilets, and the third in the middle of the quarterly review in front of about twenty people. My chest went tight, my hands went numb and I honestly believed I was having a heart attack. My manager walked me outside and sat with me on the steps, which was kind, but I could see everyone looking when I came back in.

Now I can't stop thinking about when the next one will come. I'm checking my pulse all the time, I didn't sleep more than a couple of hours last night, and this morning I sat in the car in the car park for forty minutes because I couldn't make myself walk through the doors. I feel like it is taking over everything and I don't know how to get on top of it.

Imogen""",
    "moderate",
    "",
    "psychotherapy",
    "portal",
    "02-17 06:40",
    who="Imogen",
    note="panic that is overwhelming the sender",
)
M(
    "been smoking way more weed than i said in session. every night now. its the only way i switch off",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "03-04 23:45",
    who="Harvey",
)
M(
    """Dear Dr Bennett,

I am writing about our son Josh, who you have been seeing since September. I am sorry this is long, but I would rather you had the full picture.

Josh has not been to school for nine days now. He stays in his room with the curtains shut, he has stopped coming down for meals and I leave a plate outside his door which is sometimes eaten and sometimes not. He has stopped answering his friends, and when his best mate Adam came round on Saturday he would not open the door. He says he is just tired and that school is pointless and that nothing is going to get better, so why bother.

The GP offered him fluoxetine last month and he refused to take it, and we did not want to force the issue. His dad and I are trying not to nag but we are at a loss. He used to play football on Saturdays and has not been since half term. His phone is charging downstairs most of the time now, which is new; he used to be glued to it. He is not aggressive and he has not said anything about hurting himself, I did ask him straight out, but he is not the boy he was in the summer.

Would it be possible to have a phone call with you this week, with or without Josh, so we know how best to support him until his next appointment? I am free most afternoons after two.

With thanks,
Helen Marsh""",
    "moderate",
    "withdrawal hopelessness support_request apology",
    "medication psychotherapy",
    "email",
    "11-11 13:25",
    who="Helen|Helen Marsh",
    note="parent reports the patient; 'asked him, he has not said anything about hurting himself' is a negated high cue (low), the withdrawal and hopelessness are moderate",
)
M(
    "I genuinely can't take much more of this. Every single day is the same fight with him",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "04-18 22:05",
    who="Sinead",
)
M(
    "not eating again. 3 days on black coffee. i know i know",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "05-20 11:40",
    who="Maisie",
    note="skipping meals for days because of how she feels",
)
M(
    "Took two extra lorazepam tonight on top of my usual one because the panic just wouldn't stop. I know I shouldn't have.",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "06-22 23:30",
    who="Victoria",
    note="sedatives beyond prescription to cope",
)
M(
    "I don't think I'm going to get through this week... everything's collapsing at once... work, Dan, the rent... I can't see a way out of any of it...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "07-08 22:30",
    who="Rebecca",
    note="'afraid I won't make it' / no way out",
)
M(
    """skipped school again, stayed in bed til 4 and only got up coz mum came home. told everyone i had a migraine. i just cant be bothered with any of it anymore, like i lie there and think about getting up and then i just dont. the group chat is all about prom and i muted it because i cant stand reading it. whats the point of anything honestly. i know you said text if it gets bad so this is me texting i guess. its not like a crisis or anything i just feel like a ghost in my own life""",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "whatsapp",
    "09-22 00:20",
    who="Skye",
    note="teenager; 'what's the point of anything' without reference to being alive -> moderate",
)
M(
    "I'VE BEEN AWAKE SINCE 3 AND I CANT BREATHE PROPERLY. EVERYTHING IS SPINNING. WHY IS THIS HAPPENING AGAIN?? 😰 please call me back asap",
    "moderate",
    "urgency support_request",
    "psychotherapy",
    "sms",
    "10-30 05:15",
    who="Nadia",
    note="overwhelming panic",
)

# ---------------------------------------------------------------- low
M(
    "does anyone actually get me. feel like im talking into a void with everyone lately 💔",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "01-30 23:35",
    who="Kai",
)
M(
    "Could we have a quick call this week? Things with Dan have been really hard and I don't want to wait until the 14th. Thanks, Rebecca",
    "low",
    "support_request",
    "psychotherapy",
    "portal",
    "02-10 09:20",
    who="Rebecca",
)
M(
    """Hi Dr Shah,
My brother texted me last night saying he wants to kill himself. He's in Leeds and I'm down here and I couldn't get hold of him until 2am. He's with our parents now and seeing his GP today. I'm fine, just shaken and didn't sleep. Wanted you to know in case I'm a bit all over the place on Thursday.
Marta""",
    "low",
    "",
    "psychotherapy",
    "email",
    "03-12 06:45",
    who="Marta",
    note="someone else's suicidal statement, reported -> low (worry about someone else's crisis)",
)
M(
    "First Christmas without Dad. Everyone's trying so hard and I feel completely alone in the middle of it :(",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "12-25 21:50",
    who="Lucy",
)
M(
    "If I ever got back to the place where I wanted to cut again, would I call you or the crisis line? Just want to know for over the holidays.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "12-15 18:00",
    who="Georgia",
    note="hypothetical self-harm question -> low",
)
M(
    "I've been thinking about what we went over last week, the overdose when I was 19. I didn't realise how much of it I'd buried.",
    "low",
    "",
    "psychotherapy",
    "email",
    "04-05 20:15",
    who="Jasmine",
    note="past act discussed in therapy -> low",
)
M(
    "My anxiety is through the roof and I haven't slept properly in two days 😂 fun times",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-29 15:55",
    who="Ben",
    note="anxiety and poor sleep, not overwhelming panic -> low",
)
M(
    "Hi, it's Paula, Ruby's mum. Ruby seems quite low since the sleepover drama, crying in her room most evenings. Nothing alarming, just thought you should know before Monday.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "05-15 19:10",
    who="Paula",
    note="parent reports the patient's low mood",
)
M(
    """Dear Mrs Fairweather,

I hope you are keeping well. I am writing because the house has been very quiet since Bill moved into the care home in March. I visit him every afternoon but he does not always know me now, and the evenings are long. I find I have nobody to talk to about the day, and I miss having someone to make a cup of tea for.

I am not complaining, I know many people have it worse. I only wanted to say it before our next appointment, as you asked me to write things down.

Kind regards,
Joan Whitlock""",
    "low",
    "loneliness",
    "psychotherapy",
    "email",
    "06-18 20:05",
    who="Joan|Joan Whitlock",
    note="older adult, loneliness",
)
M(
    "Can you just tell me it'll be ok... even if you don't know... I need to hear it from someone...",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "07-26 23:55",
    who="Millie",
)
M(
    "Before you worry after Tuesday: no, I'm not going to hurt myself, I'd never do that to my kids. I'm sad, not stupid!!",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-08 10:30",
    who="Claire",
    note="negated self-harm -> low; sadness stated",
)

# ---------------------------------------------------------------- none
M(
    "Hi, it's Oliver. Need to cancel Wednesday, the car's in the garage. Could we do Friday instead?",
    "none",
    "",
    "cancellation",
    "portal",
    "01-05 08:30",
    who="Oliver",
)
M(
    "Shoot me now, another 3 hour budget meeting 😩 see you at 5 though",
    "none",
    "",
    "information",
    "whatsapp",
    "01-12 13:40",
    who="Priya",
    note="idiom; the emoji matches the irritation",
)
M(
    """Dear Dr Patel,
Could you resend the invoice for March? My insurer needs your provider number on it this time.
Many thanks,
Fiona Grant""",
    "none",
    "",
    "information",
    "email",
    "01-20 10:05",
    who="Fiona|Fiona Grant",
)
M(
    "Quick question: the psychiatrist put my sertraline up to 100mg. Is it ok to take it in the morning instead of at night? It's making my sleep weird.",
    "none",
    "",
    "medication",
    "portal",
    "01-28 09:45",
    who="Tom",
)
M(
    "I'm dying of embarrassment, I just called my boss 'mum' in front of the whole team 😂😂",
    "none",
    "",
    "information",
    "sms",
    "02-04 11:15",
    who="Gemma",
    note="idiom; the laughing emoji matches the comic anecdote, not a valence shift",
)
M(
    "Killing time in the waiting room, I think you're running a bit late? No rush!",
    "none",
    "",
    "information",
    "whatsapp",
    "02-11 16:05",
    who="Daniel",
    note="idiom",
)
M(
    "I ACTUALLY GOT THE JOB!!! Starting in June!!! Couldn't have done it without our sessions 🎉🎉",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "02-19 17:30",
    who="Aisha",
)
M(
    """Dear Dr Okafor,

As promised, a letter from the holiday rather than a string of texts! We have been in Cornwall for eight days now and I wanted to tell you how it has been going, partly because you asked me to notice things while we were away and partly because I'm quite proud of myself.

The first two days were tense. My sister arrived with her usual list of opinions about how I'm raising the kids, and I felt the old thing happen where I go quiet and agree and then fume about it later in the shower. On the third day I did what we practised: I said, calmly, that I'd heard her and that we were going to do it our way. She looked surprised, said "fair enough" and that was the end of it. I honestly could not believe it was that simple.

Since then it has been lovely. We have walked the coast path most mornings, the kids have learned to bodyboard, and I have read two whole novels, which hasn't happened since before Leo was born. I have been sleeping well and I've only checked my work e-mail once, on purpose, for ten minutes.

I'm aware the hard part is keeping this going once we're home and the routine kicks back in, so I'd like to talk about that when we meet on the 2nd. I've written down a few of the moments I want to bring.

See you soon, with sand still in everything,
Rosa""",
    "none",
    "",
    "information psychotherapy",
    "email",
    "08-24 21:15",
    who="Rosa",
    note="progress report and reflections on the therapy; past tension resolved",
)
M(
    "Dead on my feet after the night shift, might be 5 min late tomorrow",
    "none",
    "",
    "information",
    "sms",
    "03-06 07:50",
    who="Nikhil",
    note="idiom",
)
M(
    "The book for my reading group has this line where she says 'I wanted to die every single day that winter.' So beautifully written. Random thought, see you Monday",
    "none",
    "",
    "information",
    "portal",
    "03-15 22:10",
    who="Harriet",
    note="quotation from a book",
)
M(
    "Can I bring my partner to the session on the 9th? He said he'd come this time.",
    "none",
    "",
    "information psychotherapy",
    "email",
    "03-23 19:00",
    who="Sophie",
)
M(
    "Good morning doctor, I am Ahmed. I am sorry but I cannot come tomorrow, my son is sick. Is possible next week?",
    "none",
    "apology",
    "cancellation",
    "sms",
    "04-01 07:35",
    who="Ahmed",
    note="non-native writer; 'I am Ahmed' is not one of the introduction forms, so unsigned",
)
M(
    "Side effects update: the nausea from the new tablets has mostly gone, still a dry mouth. Dr Hughes says keep going for now. Martin 👍",
    "none",
    "",
    "medication",
    "whatsapp",
    "04-08 12:20",
    who="Martin",
)
M(
    "Hypothetically, if I felt lonely over the summer break, is there a group you'd recommend? Just planning ahead.\nCaroline",
    "none",
    "",
    "information",
    "email",
    "04-16 18:30",
    who="Caroline",
    note="hypothetical version of a low cue -> none",
)
M(
    "Ran my first 10k this morning!! Legs are dead but I'm buzzing. Lewis",
    "none",
    "",
    "information",
    "sms",
    "04-26 12:00",
    who="Lewis",
    note="idiom",
)
M(
    "Is the video link the same as last week? Sorry to bother you with this again.",
    "none",
    "apology",
    "information",
    "portal",
    "05-04 08:55",
    who="Eleanor",
)
M(
    "the bit in the film last night where he goes 'I can't go on like this' had me sobbing haha, such a good ending",
    "none",
    "",
    "information",
    "whatsapp",
    "05-10 10:40",
    who="Bella",
    note="quotation from a film",
)
M(
    "Hi, Leo's dad here. Leo has his mocks on the 12th, can his session move to the 19th? Thanks",
    "none",
    "",
    "cancellation",
    "sms",
    "05-18 18:45",
    who="Mark",
)
M(
    "So sorry, running 10 min late, bus broke down!!",
    "none",
    "apology",
    "information",
    "sms",
    "05-27 14:52",
    who="Ruth",
)
M(
    "Good week actually. Haven't had a drink since the 2nd and I'm not hiding in my room anymore.",
    "none",
    "",
    "information",
    "whatsapp",
    "06-07 20:00",
    who="Gareth",
    note="negated moderate cues -> none; progress report",
)
M(
    "We talked about my grandad's suicide last session. I found the charity you mentioned and I've signed up for their sponsored walk in May.",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "06-20 17:15",
    who="Isla",
    note="ambiguity: a relative's suicide long ago, discussed in therapy; no current cue of the sender and no current crisis of someone else -> none",
)
M(
    "lmaooo my sister just fell off the trampoline im dead 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "07-04 18:25",
    who="Ava",
    note="idiom (laughing)",
)
M(
    "Ok thanks, see you Thursday",
    "none",
    "",
    "",
    "sms",
    "07-14 09:10",
    who="Paul",
    note="bare acknowledgement, no topic",
)
M(
    """Dear Dr Lowe and Dr Ferris,
Thank you for the feedback letter after Tuesday's session. Tom and I read it together over dinner, which felt like a small achievement in itself. We'd both like to keep the same slot in three weeks.
Best wishes,
Anna Reid""",
    "none",
    "",
    "psychotherapy",
    "email",
    "07-24 21:00",
    who="Anna|Anna Reid",
)
M(
    "Can the prescription for my quetiapine go to the pharmacy on Elm Road instead of the one in town? Ta",
    "none",
    "",
    "medication",
    "portal",
    "08-13 11:30",
    who="Craig",
)
M(
    "Hiii... so... I may have double booked Thursday... is there any chance of Friday morning?? Jess x",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "09-01 23:15",
    who="Jess",
)
