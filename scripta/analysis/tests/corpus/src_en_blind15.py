# Blind round 15 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-14), measured once
# with engine 2026.11.20 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients, parents, partners, carers, adult children), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------------------
# Paired variant groups
# ---------------------------------------------------------------------------

# 1. negation: a place thought of as a method, then the same thought negated
M(
    "Found myself thinking about the top floor of the multi-storey by the station again today. How easy it would be.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 21:12",
    who="Callum|C",
    g="b15en-carpark",
    v="base",
    note="method/place thought of, no time: high",
)
M(
    "Didn't find myself thinking about the top floor of the multi-storey by the station once today. Progress, I think.",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 21:12",
    who="Callum|C",
    g="b15en-carpark",
    v="negation",
    note="negated high cue stays low",
)

# 2. quotation: passive wish, then the same words as a line in an amateur play
M(
    "Honestly I'd rather just not wake up tomorrow. Everything's too heavy.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-25 23:34",
    who="Imogen|I",
    g="b15en-play",
    v="base",
    note="passive ideation",
)
M(
    "\"Honestly I'd rather just not wake up tomorrow. Everything's too heavy.\" That's my big line in the am-dram play and I'm meant to cry on cue on it, I can't 😂",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-25 23:34",
    who="Imogen|I",
    g="b15en-play",
    v="quotation",
    note="a line from a play she rehearses; the laughing emoji goes with her own words, no shift",
)

# 3. tense: a teenager's recent self-harm, then the same years ago
M(
    "did the thing with the compass from my maths set again last night. on my leg this time so mum wont see",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 07:41",
    who="Ruby|R",
    g="b15en-compass",
    v="base",
    note="euphemism for a recent self-injury",
)
M(
    "in year 8 i used to do the thing with the compass from my maths set. on my leg so mum wouldnt see. weird remembering it today",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 07:41",
    who="Ruby|R",
    g="b15en-compass",
    v="tense",
    note="historic self-harm: low",
)

# 4. person: pills counted and a time, own vs flatmate
M(
    "All my tablets are lined up on the bedside table. Counted them twice. Tonight feels right.",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-23 22:18",
    who="Zara|Z",
    g="b15en-tablets",
    v="base",
    note="means ready and a time: plan",
)
M(
    "My flatmate's got all her tablets lined up on her bedside table. She counted them twice. She says tonight feels right.",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-23 22:18",
    who="Zara|Z",
    g="b15en-tablets",
    v="person",
    note="someone else's crisis (not the patient): low, worry",
)

# 5. idiom: "end it" about life vs about a relationship
M(
    "I'm going to end it tonight. Made my mind up on the drive home.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 19:05",
    who="Leah|L",
    g="b15en-endit",
    v="base",
    note="intent with a time",
)
M(
    "I'm going to end it with Marcus tonight. Made my mind up on the drive home.",
    "none",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 19:05",
    who="Leah|L",
    g="b15en-endit",
    v="idiom",
    note="ending a relationship",
)

# 6. caps: the same wish, lower case vs shouted
M(
    "honestly i just dont want to exist anymore",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-21 01:47",
    who="Tyler|T",
    g="b15en-exist",
    v="base",
)
M(
    "HONESTLY I JUST DONT WANT TO EXIST ANYMORE",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-21 01:47",
    who="Tyler|T",
    g="b15en-exist",
    v="caps",
)

# 7. emoticon: perceived burdensomeness, plain vs with a smile
M(
    "Genuinely think the kids and Jen would cope better without me around.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 22:30",
    who="Stuart|S",
    g="b15en-burden",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Genuinely think the kids and Jen would cope better without me around 🙂",
    "high",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 22:30",
    who="Stuart|S",
    g="b15en-burden",
    v="emoticon",
    note="smile on a burdensome statement: valence shift",
)

# 8. negation: a day in bed, then not
M(
    "Spent the whole of Sunday in bed with the curtains shut.",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-23 20:02",
    who="Megan|M",
    g="b15en-sunday",
    v="base",
)
M(
    "Didn't spend the whole of Sunday in bed with the curtains shut. Went to the car boot with my cousin instead!",
    "none",
    sig="",
    top="information psychotherapy",
    ch="portal",
    at="11-23 20:02",
    who="Megan|M",
    g="b15en-sunday",
    v="negation",
    note="negated moderate cue: none; a progress report",
)

# 9. negation (hypothetical question): a train as a method
M(
    "Keep thinking about stepping out in front of the 7:52 when it comes through without stopping.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-26 08:03",
    who="Owen|O",
    g="b15en-train",
    v="base",
    note="method thought of",
)
M(
    "If I ever started thinking about stepping out in front of the 7:52 when it comes through without stopping, what would you want me to do?",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-26 08:03",
    who="Owen|O",
    g="b15en-train",
    v="negation",
    note="hypothetical question: low",
)

# 10. idiom: rope and a tree, a plan vs a tyre swing
M(
    "There's a rope in the boot of my car and I know which tree.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 16:40",
    tz="Europe/Dublin",
    who="Declan|D",
    g="b15en-rope",
    v="base",
    note="means and place: plan",
)
M(
    "There's a rope in the boot of my car and I know which tree, so the kids' tyre swing is finally happening this weekend 😄",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-24 16:40",
    tz="Europe/Dublin",
    who="Declan|D",
    g="b15en-rope",
    v="idiom",
    note="everyday use of the same words: a tyre swing",
)

# 11. tense: letters for the kids now vs years ago
M(
    "I've written letters for the kids. Just in case. They're in the drawer under the passports.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-19 23:15",
    who="Alison|A",
    g="b15en-letters",
    v="base",
    note="preparation, no plan stated: high",
)
M(
    "Years ago I wrote letters for the kids, just in case. Found them today in the drawer under the passports and had a proper cry.",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-19 23:15",
    who="Alison|A",
    g="b15en-letters",
    v="tense",
    note="historic preparation lowered to low; crying today is low mood",
)

# 12. emoticon (form variant: ellipses for full stops)
M(
    "it's fine. i'm fine. i just can't keep doing this.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 00:12",
    who="Jade|J",
    g="b15en-fine",
    v="base",
)
M(
    "it's fine... i'm fine... i just can't keep doing this...",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 00:12",
    who="Jade|J",
    g="b15en-fine",
    v="emoticon",
    note="ellipsis form variant",
)

# ---------------------------------------------------------------------------
# Imminent
# ---------------------------------------------------------------------------

M(
    "Subject: Thursday and after\n\n"
    "Hi Dr Okafor,\n\n"
    "I wanted to write properly rather than send a text, because you deserve more than a text. "
    "I won't be coming on Thursday, or after that, so please give my slot to someone on your waiting list. "
    "I know there's always someone waiting.\n\n"
    "A few practical bits so nobody has to chase anything: Biscuit is going to Mrs Aldous at number 14, "
    "she's agreed and she already has the spare key. The passwords for everything are in the blue ring binder "
    "on the bookshelf in the hall. I've paid the rent up to the end of December and cancelled the phone contract "
    "from the 1st. There's an envelope on the kitchen table for my brother Kieran with the bits he'll need, "
    "and the name of the solicitor who did Mum's paperwork.\n\n"
    "I want you to know the last eight months weren't wasted. You were the first person who actually listened "
    "without trying to fix me, and I'm grateful for that in a way I can't really put into words. None of what "
    "happens next is because of anything you did or didn't do. I've thought about it a lot, for a long time, "
    "and I'm calm about it, calmer than I've been in years. It feels like putting a heavy bag down.\n\n"
    "Thank you for everything. Please look after yourself, and don't let the others in the practice give you "
    "a hard time over this.\n\n"
    "With real gratitude,\n"
    "Niamh",
    "imminent",
    sig="suicidal_ideation",
    top="cancellation psychotherapy",
    ch="email",
    at="11-26 21:48",
    who="Niamh|N",
    note="farewell disguised as practical arrangements",
)

M(
    "took the whole box of sertraline about an hour ago. dont really know why im texting you. the room is going a bit swimmy",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="sms",
    at="11-22 02:14",
    who="Kayleigh|K",
    note="overdose taken, told flatly",
)

M(
    "Dear Ms Haverford,\n\n"
    "I'm writing about our son Rhys, who sees you on Wednesdays. Last night he told his sister he has "
    "'a date picked' and that he's 'done being a burden'. This morning we found the 6th circled on the calendar "
    "in his room. We've taken his car keys and locked away the paracetamol and his tablets. "
    "Please call me as soon as you get this, on 07700 900418.\n\n"
    "Gareth Pryce",
    "imminent",
    sig="suicidal_ideation urgency support_request",
    top="medication psychotherapy",
    ch="email",
    at="11-25 07:20",
    who="Gareth|Pryce|G",
    note="parent reports the patient's plan with a date",
)

M(
    "Going to the bridge on Fenwick Road after my shift tonight. Just so someone knows where. Don't send anyone.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 17:05",
    who="Lewis|L",
    note="place and time",
)

M(
    "ive been saving mums sleeping tablets, got about 30 now. friday shes on nights so nobody will be in. not telling u so u stop me, just so someone knows",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-24 23:51",
    who="Millie|M",
    note="teenager; means gathered and a time",
)

M(
    "This is Hannah, Dan's partner. He's just sent me 'sorry for everything, dog food is in the shed' and his phone's off. The car's gone and I think he's driven up to the cliffs at Saltmarsh Head. Please ring me now",
    "imminent",
    sig="suicidal_ideation urgency support_request",
    top="psychotherapy",
    ch="sms",
    at="11-23 18:36",
    who="Hannah|H",
    note="partner reports the patient's farewell and likely place; labelled as the patient's risk",
)

M(
    "Hello, I'm Rosalind, Margaret Ellery's daughter. Mum sees you on Mondays. I'm worried sick. This week she's handed out her rings and brooches to me and my sisters, told me she's 'finished with all of it', and this afternoon I found all her blister packs popped out into an old jam jar behind the bread bin. When I asked she said it was 'for later'. I've taken the jar. Could you call me urgently? 07700 900233\nRosalind",
    "imminent",
    sig="suicidal_ideation urgency support_request",
    top="medication psychotherapy",
    ch="email",
    at="11-26 16:12",
    who="Rosalind|R",
    note="adult child of the patient; giving away possessions, means gathered",
)

M(
    "went deeper than i meant to. its soaked through two towels and still going. idk if this needs stitches or what",
    "imminent",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 01:32",
    who="Ash|A",
    note="self-harm with medical danger",
)

M(
    "Dear Doctor Ramsay,\nI am sorry to write you so late in the night. I have decided, tonight I will finish my life, I cannot carry this more. Please not to send police to my house. I want to say thank you for your patience with me all this months, you are good person.\nGoodbye,\nAnil",
    "imminent",
    sig="suicidal_ideation hopelessness apology",
    top="psychotherapy",
    ch="email",
    at="11-23 00:40",
    who="Anil|A",
    note="learner English; intent and farewell",
)

M(
    "I won't need Thursday's appointment, or any after it. I've made my peace and what I need is already in the garage. Please don't take it personally, none of this is on you. Thanks for trying. Phil",
    "imminent",
    sig="suicidal_ideation",
    top="cancellation psychotherapy",
    ch="portal",
    at="11-24 22:05",
    who="Phil|P",
    note="cancellation as farewell, means in passing",
)

M(
    "drank most of a bottle of vodka n then took all nans co-codamol. wanted it to go quiet. feel floaty now. sorry x",
    "imminent",
    sig="self_harm suicidal_ideation substance_use apology",
    top="medication psychotherapy",
    ch="sms",
    at="11-21 03:09",
    who="Connor|C",
    note="overdose taken with alcohol",
)

M(
    "Hiya Morag,\nJust to let you know I've booked a single to Thurso for Saturday. I've always said the cliffs at Dunnet Head is where I'd want it to end, and I'm not bothering with a return. No need to keep my Tuesday slot. The flat's paid up to the end of the month and Ally's got a key. Don't fret, I'm quite settled about it now.\nCheers for everything,\nEwan",
    "imminent",
    sig="suicidal_ideation",
    top="cancellation psychotherapy",
    ch="email",
    at="11-25 10:26",
    who="Ewan|E",
    note="Scottish English; place, date and farewell",
)

M(
    "📅 Sunday.\n💊💊💊💊 counted.\nNot scared anymore 🙂",
    "imminent",
    sig="suicidal_ideation valence_shift",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-27 00:20",
    who="Freya|F",
    note="pills counted and a day; smile on the plan",
)

# ---------------------------------------------------------------------------
# High
# ---------------------------------------------------------------------------

M(
    "I keep looking at the big knife in the block when I'm cooking and thinking how it'd be quicker than all of this. Not going to do anything, but the thought's there every single evening now.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 19:48",
    who="Grace|G",
    note="method thought of; negated intent does not lower present ideation",
)

M(
    "honestly if a bus hit me on the way to school tmrw id be kinda relieved 😂",
    "high",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="sms",
    at="11-25 22:10",
    who="Maisie|M",
    note="teenager; passive ideation with a laughing emoji",
)

M(
    "Burned the inside of my wrist with the hair straighteners on Sunday night, on purpose. It's dressed and healing, I'm alright. I just didn't want to sit in your room on Thursday pretending. Lou",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="portal",
    at="11-24 08:55",
    who="Lou|L",
    note="recent self-injury",
)

M(
    "Hi Dr Clarke, it's Sarah, Ella's mum. Ella has been in long sleeves all week even for PE, and last night I saw cuts on her forearm when she reached for the kettle. She says it's nothing and begged me not to tell you. Is there any chance of you seeing her before next Friday? Thanks, Sarah",
    "high",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="email",
    at="11-26 08:10",
    who="Sarah|S",
    note="parent reports the patient's self-harm",
)

M(
    "Looked up how many paracetamol it would take last night. Closed the tab. Telling you cos we agreed I would.",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-23 09:14",
    who="Nathan|N",
    note="researching a method",
)

M(
    "Hi it's Marco, Priya's husband. Last night she said, completely calm, that me and the kids would be better off without her. She went to work today like normal but I can't stop thinking about it. Should I be doing something?",
    "high",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="sms",
    at="11-20 13:02",
    who="Marco|M",
    note="partner reports the patient's burdensomeness",
)

M(
    "tbh I don't really see myself making it to 30. I've sort of made peace with that",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 23:26",
    tz="Australia/Melbourne",
    who="Kieran|K",
)

M(
    "Subject: Tuesday follow-up + October invoice\n\n"
    "Hi Helen,\n\n"
    "Sorry this is a bit of an essay. First the boring bit: could you resend the October invoice? The one that came "
    "through had my old address on it and our finance team won't reimburse it like that. The new one is "
    "Flat 3, 27 Beckett Street.\n\n"
    "On Tuesday you asked me to write down anything I didn't manage to say in the room, so here goes. Work has been "
    "relentless since the restructure. I'm covering two roles, I'm on calls from half seven, and I've stopped going "
    "to five-a-side because by the time I'm home I just sit in the car on the drive for twenty minutes before I can "
    "face going in. Lauren has noticed and keeps asking if I'm okay, and I keep saying yes.\n\n"
    "The bit I didn't say: most nights I lie there wishing I just wouldn't wake up in the morning. Not doing anything "
    "about it, just wishing it, quite calmly, like wishing for rain. I suppose I should have said it on Tuesday instead "
    "of talking about my manager for forty minutes.\n\n"
    "Anyway. I'm still coming next week, same time. And thanks for the breathing exercise, I have actually "
    "tried it twice, which for me is a record.\n\n"
    "Best,\n"
    "Rob",
    "high",
    sig="suicidal_ideation apology",
    top="information psychotherapy",
    ch="email",
    at="11-26 22:51",
    who="Rob|R",
    note="passive ideation buried in a practical e-mail",
)

M(
    "wrote down who gets what. not planning anything, it just makes me calmer knowing its sorted",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-24 23:07",
    who="Dylan|D",
    note="preparation; negated plan does not lower it",
)

M(
    "on the M6 this morning my head kept going 'just turn into the barrier'. had to pull into the services and sit there for 40 min",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 11:37",
    who="Gemma|G",
    note="intrusive suicidal thought with a method",
)

# ---------------------------------------------------------------------------
# Moderate
# ---------------------------------------------------------------------------

M(
    "Haven't left the flat since Friday. Running out of food but can't face Lidl",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 15:22",
    who="Jordan|J",
)

M(
    "I can't do this anymore. Work, the kids, him. Every single day the same.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-23 21:40",
    who="Kerry|K",
)

M(
    "Nothing's ever going to change is it. Same crap every year since I was 16",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 19:18",
    who="Liam|L",
)

M(
    "Honest update before Thursday: I've been having 3 or 4 big glasses of wine every night just to get to sleep. Please don't judge me for it.",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="portal",
    at="11-25 18:02",
    who="Fiona|F",
)

M(
    "panic attack on the bus, had to get off two stops early, still cant breathe properly, can you ring me now please??",
    "moderate",
    sig="support_request urgency",
    top="psychotherapy",
    ch="sms",
    at="11-26 08:47",
    who="Abbie|A",
    note="overwhelming panic",
)

M(
    "Dear Dr Lowe,\n\nAmelia hasn't been to school at all this week. She stays in her room with the blinds down and is barely eating. We honestly don't know what to do for her. Could we bring her appointment forward?\n\nKind regards,\nDeepa Shah",
    "moderate",
    sig="withdrawal support_request",
    top="cancellation psychotherapy",
    ch="email",
    at="11-20 09:30",
    who="Deepa|Shah|D",
    note="parent reports the patient's withdrawal; moving an appointment",
)

M(
    "smoked way too much again to shut my brain up. 3rd night in a row",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-22 00:58",
    who="Reece|R",
)

M(
    "whats even the point of anything anymore",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-26 23:44",
    who="Chloe|C",
)

M(
    "Can't come tomorrow, sorry. Haven't really been out of bed in two days.",
    "moderate",
    sig="withdrawal apology",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-21 20:15",
    who="Danny|D",
)

M(
    "I'm at the end of my tether with everything, honestly. No energy left for any of it.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 14:06",
    who="Bernadette|B",
    note="end-of-tether idiom means what it says",
)

M(
    "Dear Dr Ahmed,\n\n"
    "I hope you don't mind me getting in touch. My name is Paul Whitlow and my father, Ken Whitlow, has been seeing "
    "you since the spring. He gave me your e-mail address some time ago 'in case of anything', and I think this counts.\n\n"
    "Since Mum's anniversary at the start of the month Dad has more or less stopped answering the phone. I drove over "
    "on Saturday and the curtains were closed at two in the afternoon, the post was piled up behind the door and the "
    "meals my wife dropped round on Wednesday were still in the fridge untouched. He was polite and said he was "
    "'just tired', but he hasn't been to the bowls club in three weeks, which he has never missed in twenty years, and "
    "his neighbour says she hasn't seen him go out at all.\n\n"
    "He keeps saying there's no point making plans any more because nothing is going to get better now she's gone. "
    "I don't want to overreact, and I know you can't tell me anything about his sessions, and I'm not asking you to. "
    "I just wanted you to know how he is at the moment in case it doesn't come across when he speaks to you. He is very "
    "good at seeming fine for an hour.\n\n"
    "If there is any possibility of a phone session rather than him having to come in, I think he would be more likely "
    "to take it. I'm happy to drive him if it has to be in person.\n\n"
    "With thanks,\n"
    "Paul Whitlow",
    "moderate",
    sig="withdrawal hopelessness support_request",
    top="psychotherapy",
    ch="email",
    at="11-24 19:55",
    who="Paul|Whitlow|P",
    note="adult child reports the patient's withdrawal and hopelessness",
)

M(
    "I'm scared I'm not going to get through this month. Everything's piling up at once.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-22 17:33",
    who="Harriet|H",
    note="afraid I won't make it",
)

M(
    "Took 2 extra diazepam this afternoon to get through the meeting. I know, I know.",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-25 16:49",
    who="Simon|S",
    note="sedatives beyond prescription to cope",
)

M(
    "Hi it's Lena, Tom's wife. Since he lost the job he's been drinking himself to sleep every night and doesn't get out of bed till after lunch. He doesn't know I'm texting you.",
    "moderate",
    sig="substance_use withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-21 12:20",
    who="Lena|L",
    note="partner reports the patient's state",
)

# ---------------------------------------------------------------------------
# Low
# ---------------------------------------------------------------------------

M(
    "Quiet weekend. Nobody texted back, not even my sister. Not a big deal, just telling you like you said to. Kev",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="sms",
    at="11-23 21:02",
    who="Kev|K",
)

M(
    "Any chance we could talk before Thursday? Stuff with my dad kicked off again and I'm feeling really wobbly",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 12:31",
    who="Priyanka|P",
)

M(
    "My best mate messaged at 2am saying she wanted to die. I stayed on the phone with her till she fell asleep and she's seeing her GP today. I'm wrecked and I keep wondering if I said the wrong things",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 10:14",
    who="Esme|E",
    note="someone else's experience; the sender is affected",
)

M(
    "I've been thinking about Monday's session, when we went over the overdose I took at nineteen. It felt strange saying it out loud but I've felt lighter since. Just wanted you to know. - Beth",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-26 19:40",
    who="Beth|B",
    note="historic act discussed in therapy",
)

M(
    "Didn't hurt myself once this week. First time since the summer 🙂",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-27 18:05",
    who="Jess|J",
    note="negated self-harm: low",
)

M(
    "Been really down since Grandad's anniversary on Saturday. Keep picking up the phone to ring him.",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 20:50",
    who="Aaron|A",
)

M(
    "Hello Dr Mensah, just a quick note that Josh has been very quiet and low since he and his girlfriend split up. He's still eating and going to college, so I'm not panicking, but I wanted you to know before Wednesday. Best wishes, Claire Dunmore",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="11-23 08:44",
    who="Claire|Dunmore|C",
    note="parent reports the patient's low mood",
)

M(
    "Missing Sam so much tonight. Sorry for the late text x",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="sms",
    at="11-22 23:58",
    who="Robyn|R",
)

M(
    "Had a cry in the Tesco car park today lol. I'm ok. Just one of those days :/",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-20 17:12",
    who="Natalie|N",
)

M(
    "If I stopped going out again like last winter, would you want me to tell you straight away or wait for the session?",
    "low",
    sig="",
    top="psychotherapy",
    ch="portal",
    at="11-21 10:03",
    who="Gillian|G",
    note="hypothetical/past withdrawal: low",
)

M(
    "nobody in my form actually talks to me. like at ALL. ate lunch in the library again",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 13:15",
    who="Finn|F",
    note="teenager",
)

M(
    "My husband's been drinking every night again and I'm frightened of where it's going. Not sure what to do with myself.",
    "low",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-25 21:33",
    who="Wendy|W",
    note="someone else's drinking (not the patient)",
)

M(
    "Rough night. I'm not going to do anything daft, I promise, I just couldn't sleep for thinking.",
    "low",
    sig="",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 06:12",
    who="Craig|C",
    note="negated euphemism for a suicidal act: low",
)

M(
    "Hi Jo, would it be possible to have a phone call sometime this week? I'm feeling a bit all over the place after the court hearing. Thanks, Martin",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-20 11:05",
    who="Martin|M",
)

M(
    "I feel invisible at work lately. Nobody even asked how my holiday was.",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-21 18:29",
    who="Yasmin|Y",
)

M(
    "Hello Doctor,\nThis week I feel very much sad because my mother is ill in Poland and I can not go to her because of the work. I will come on Tuesday like normal.\nRegards,\nTomasz",
    "low",
    sig="",
    top="psychotherapy",
    ch="email",
    at="11-22 09:17",
    who="Tomasz|T",
    note="learner English",
)

M(
    "My sister tried to end her life on Saturday. She's in hospital and stable. I need to miss tomorrow to be with her, sorry.",
    "low",
    sig="apology",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-24 07:50",
    who="Rachel|R",
    note="someone else's suicide attempt; the sender is affected",
)

# ---------------------------------------------------------------------------
# None (everyday, idioms, quotations, hobbies and jobs)
# ---------------------------------------------------------------------------

M(
    "This tax return is killing me, could we do 5pm instead of 4 on Friday?",
    "none",
    sig="",
    top="cancellation information",
    ch="sms",
    at="11-24 11:20",
    who="Hugh|H",
    g="b15en-taxreturn",
    v="idiom",
    note="idiom; moving an appointment",
)

M(
    "I'm dead 😂 my son just asked if you're my 'brain doctor'. See you Weds!",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-23 18:02",
    who="Tasha|T",
    g="b15en-braindoctor",
    v="idiom",
    note="laughing idiom",
)

M(
    "Could murder a bacon roll after that session, in a good way! Thanks for today, Pete",
    "none",
    sig="",
    top="psychotherapy",
    ch="sms",
    at="11-25 12:10",
    who="Pete|P",
    g="b15en-baconroll",
    v="idiom",
    note="idiom; about the therapy",
)

M(
    "the chorus of 'Bury Me Under The Pier' by those lads from the festival has been stuck in my head all day lol, sorry if I hum it on Thursday",
    "none",
    sig="apology",
    top="information",
    ch="whatsapp",
    at="11-26 15:44",
    who="Ollie|O",
    g="b15en-pier",
    v="quotation",
    note="fictional song title",
)

M(
    "For English we have to write a poem as a soldier who doesn't expect to come home. Mine starts 'I left my name on the kitchen table'. Is it weird if I bring it to read to you? Mrs P says it's the best in the class",
    "none",
    sig="",
    top="information psychotherapy",
    ch="portal",
    at="11-21 16:30",
    who="Isla|I",
    g="b15en-poem",
    v="quotation",
    note="teenager; a poem written for class",
)

M(
    "Passed my rope access course!! Officially allowed to dangle off buildings for money 😄",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-22 17:55",
    who="Marcus|M",
    g="b15en-ropeaccess",
    v="idiom",
    note="job involving ropes and heights",
)

M(
    "Sorry, running about 10 min late, pharmacy shift overran, been counting out pills for the care home since 7. Ravi",
    "none",
    sig="apology",
    top="information",
    ch="sms",
    at="11-24 17:48",
    who="Ravi|R",
    g="b15en-pharmacy",
    v="idiom",
    note="pharmacist's job",
)

M(
    "Phone's about to die so if I go quiet mid-message that's why, not ignoring you!",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-20 21:10",
    who="Sophie|S",
    g="b15en-phone",
    v="idiom",
)

M(
    "I will actually kill my brother if he takes my car without asking one more time. Anyway, can I pay by bank transfer this month?",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-26 10:05",
    who="Eleanor|E",
    g="b15en-brother",
    v="idiom",
    note="irritation idiom",
)

M(
    "Knife skills night class at the college Wednesdays now, so I'll be on the 6.30 bus and might be 5 min late",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-20 08:25",
    who="Gavin|G",
    g="b15en-knife",
    v="idiom",
    note="cooking hobby",
)

M(
    "We went to see 'The Last Goodbye Note' at the cinema last night, absolutely sobbed all the way through. Highly recommend, bring tissues",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-21 11:40",
    who="Michelle|M",
    g="b15en-film",
    v="quotation",
    note="fictional film title; crying at a film is ordinary",
)

M(
    "I'm dying to tell you about the interview, it went SO well",
    "none",
    sig="",
    top="information",
    ch="sms",
    at="11-25 14:17",
    who="Aisha|A",
    g="b15en-interview",
    v="idiom",
)

M(
    "Watched a documentary on overdose prevention for my nursing module today, really interesting, gave me loads to think about",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-22 20:30",
    tz="America/Toronto",
    who="Caitlin|C",
    note="mention of a topic, not a cue of the sender",
)

M(
    "Hi, could you send the October invoice to my work email please? Thanks, Graham",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-20 10:00",
    who="Graham|G",
)

M(
    "Need to cancel Tuesday, the wee one's got chickenpox. Same time next week? Ta, Shona",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-23 08:02",
    who="Shona|S",
)

M(
    "GOT THE JOB!!! 🎉🎉",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-26 12:44",
    who="Bilal|B",
)

M(
    "HELP THE PORTAL HAS EATEN MY FORM AGAIN 😂 is there a paper version?",
    "none",
    sig="",
    top="information",
    ch="portal",
    at="11-24 09:40",
    who="Dorothy|D",
    note="'help' about a website",
)

M(
    "GP upped my sertraline to 100mg, she said to let you know. No side effects so far except a dry mouth.",
    "none",
    sig="",
    top="medication",
    ch="portal",
    at="11-21 14:55",
    who="Ian|I",
)

M(
    "Hello, this is Fiona, Callum's mum. He has a dentist appointment that clashes with Thursday, would 4.30 be possible instead?",
    "none",
    sig="",
    top="cancellation",
    ch="sms",
    at="11-25 09:12",
    who="Fiona|F",
)

M(
    "Thanks for recommending that book, finished it on the train home 👍",
    "none",
    sig="",
    top="information",
    ch="whatsapp",
    at="11-22 18:21",
    who="Neil|N",
)

M(
    "Dad's hearing aid is playing up, so please speak up on Friday's call. Thanks. Anne",
    "none",
    sig="",
    top="information",
    ch="email",
    at="11-24 13:30",
    who="Anne|A",
    note="carer, practical",
)

M(
    "Good week actually! Went to the climbing wall twice and didn't cancel on anyone :)",
    "none",
    sig="",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-27 19:05",
    who="Tariq|T",
    note="progress report",
)
