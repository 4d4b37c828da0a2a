# Blind round 13 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-12), measured once
# with engine 2026.11.18 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients, parents, partners, carers, adult children), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b13en-01: teen (Yorkshire) urge to self-harm with a sharpener blade
M(
    "i keep wanting to take the blade out of my pencil sharpener and use it on my arm again. havent yet but its all i think about in maths",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-10 13:42",
    who="Kayla|K.",
    g="b13en-01",
    v="base",
)
M(
    "i dont keep wanting to take the blade out of my pencil sharpener and use it on my arm any more. havent in ages and its not all i think about in maths now",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-10 13:42",
    who="Kayla|K.",
    g="b13en-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "in year 9 i kept wanting to take the blade out of my pencil sharpener and use it on my arm. it was all i thought about in maths",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-10 13:42",
    who="Kayla|K.",
    g="b13en-01",
    v="tense",
    note="historic self-harm urge -> low",
)
M(
    "i keep wanting to take the blade out of my pencil sharpener and use it on my arm again... havent yet but its all i think about in maths...",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-10 13:42",
    who="Kayla|K.",
    g="b13en-01",
    v="emoticon",
    note="ellipses instead of full stops",
)

# b13en-02: overdose of co-codamol taken, late night
M(
    "Ive had the rest of the co-codamol, the whole strip plus what was left in mums cupboard. about 20 min ago. feel sick and sort of floaty. not ringing anyone so dont make me",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "06-21 02:14",
    who="Leah|L.",
    g="b13en-02",
    v="base",
    note="overdose taken -> imminent",
)
M(
    "I havent had the rest of the co-codamol, not the strip and not what was left in mums cupboard. feel sick and sort of floaty from the migraine tho. not ringing anyone, its just a migraine",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "06-21 02:14",
    who="Leah|L.",
    g="b13en-02",
    v="negation",
    note="negated overdose -> low",
)
M(
    "My sister's had the rest of the co-codamol, the whole strip plus what was left in mums cupboard. about 20 min ago. she feels sick and sort of floaty. ambulance is coming",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "06-21 02:14",
    who="Leah|L.",
    g="b13en-02",
    v="person",
    note="someone else's overdose -> low (worry)",
)

# b13en-03: Scottish man, passive ideation while driving
M(
    "Driving back up the A9 last night I caught myself hoping a lorry would drift over the line and take the decision away from me. Not doing anything about it. Just thought you should know before Tuesday.\nCallum",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "09-15 07:55",
    who="Callum|C.|Fraser",
    g="b13en-03",
    v="base",
    note="passive ideation",
)
M(
    "The narrator in the novel I'm reading for book club says: 'Driving back up the A9 I caught myself hoping a lorry would drift over the line and take the decision away from me.' Stuck with me all day. See you Tuesday.\nCallum",
    "none",
    "",
    "information",
    "portal",
    "09-15 07:55",
    who="Callum|C.|Fraser",
    g="b13en-03",
    v="quotation",
    note="line from a novel -> none",
)
M(
    "Driving back up the A9 last night my brother told me he'd caught himself hoping a lorry would drift over the line and take the decision away from him. I don't know what to do with that. Just thought you should know before Tuesday.\nCallum",
    "low",
    "",
    "psychotherapy",
    "portal",
    "09-15 07:55",
    who="Callum|C.|Fraser",
    g="b13en-03",
    v="person",
    note="brother's ideation -> low",
)
M(
    "The winter after the divorce, driving back up the A9, I used to catch myself hoping a lorry would drift over the line and take the decision away from me. Came back to me in session. See you Tuesday.\nCallum",
    "low",
    "",
    "psychotherapy",
    "portal",
    "09-15 07:55",
    who="Callum|C.|Fraser",
    g="b13en-03",
    v="tense",
    note="historic ideation -> low",
)

# b13en-04: Welsh, car park plan with time
M(
    "Ive parked up on the top deck of the multi storey by the station. Waiting til the security bloke does his last round at midnight then thats it. Sorry. Tell Rhys none of this was him",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "02-03 23:38",
    who="Gethin|G.",
    g="b13en-04",
    v="base",
    note="place + time",
)
M(
    "If I ever parked up on the top deck of the multi storey by the station waiting for the security bloke's last round, who am I meant to ring? Asking for the safety plan sheet",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-03 23:38",
    who="Gethin|G.",
    g="b13en-04",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "IVE PARKED UP ON THE TOP DECK OF THE MULTI STOREY BY THE STATION. WAITING TIL THE SECURITY BLOKE DOES HIS LAST ROUND AT MIDNIGHT THEN THATS IT. SORRY. TELL RHYS NONE OF THIS WAS HIM",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "02-03 23:38",
    who="Gethin|G.",
    g="b13en-04",
    v="caps",
)
M(
    "Ive parked up on the top deck of the multi storey by the station. Waiting til the security bloke does his last round at midnight then thats it, shift over. Sorry for the late text, tell Rhys I'll be in Thursday",
    "none",
    "apology",
    "information",
    "sms",
    "02-03 23:38",
    who="Gethin|G.",
    g="b13en-04",
    v="idiom",
    note="night-shift car park, 'thats it' = end of shift",
)

# b13en-05: Canadian, not leaving the apartment
M(
    "Haven't been out of the apartment since Saturday. Curtains shut, phone on silent, living on soda crackers. Work thinks I have the flu.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "01-14 16:20",
    tz="America/Toronto",
    who="Jordan|J.",
    g="b13en-05",
    v="base",
)
M(
    "Have been out of the apartment every day since Saturday. Curtains open, phone on, not living on soda crackers. Work thinks I have a new lease on life.",
    "none",
    "",
    "information",
    "portal",
    "01-14 16:20",
    tz="America/Toronto",
    who="Jordan|J.",
    g="b13en-05",
    v="negation",
    note="negated withdrawal -> none",
)
M(
    "My roommate hasn't been out of the apartment since Saturday. Curtains shut, phone on silent, living on soda crackers. Work thinks she has the flu.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "01-14 16:20",
    tz="America/Toronto",
    who="Jordan|J.",
    g="b13en-05",
    v="person",
    note="roommate's withdrawal -> low",
)
M(
    "Haven't been out of the apartment since Saturday. Curtains shut, phone on silent, living on soda crackers. Work thinks I have the flu 😂",
    "moderate",
    "withdrawal valence_shift",
    "psychotherapy",
    "portal",
    "01-14 16:20",
    tz="America/Toronto",
    who="Jordan|J.",
    g="b13en-05",
    v="emoticon",
)

# b13en-06: Ghanaian mother about her daughter's self-harm
M(
    'Dear Ms Fairley,\n\nI am writing about my daughter Efua. Last night I found plasters all along her thigh and when I asked, she said she did it with a razor from her father\'s shaving kit because it "makes the noise in my head stop". She begged me not to tell you. Please can she have an extra session this week? I do not know how to handle this.\n\nRegards,\nAkosua Mensah',
    "high",
    "self_harm support_request",
    "psychotherapy",
    "email",
    "05-07 21:05",
    who="Akosua|Mensah|A.",
    g="b13en-06",
    v="base",
    note="parent reports the patient's recent self-harm",
)
M(
    "Dear Ms Fairley,\n\nI am writing about my daughter Efua's friend Abena. Last night her mother found plasters all along Abena's thigh and when she asked, Abena said she did it with a razor from her father's shaving kit because it \"makes the noise in my head stop\". Efua is very shaken. Please can she have an extra session this week? I do not know how to handle this.\n\nRegards,\nAkosua Mensah",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "05-07 21:05",
    who="Akosua|Mensah|A.",
    g="b13en-06",
    v="person",
    note="a friend (not the patient) -> low",
)
M(
    "Dear Ms Fairley,\n\nI am writing about my daughter Efua. Last night I checked and there were no plasters on her thigh, and when I asked, she said she has not used a razor from her father's shaving kit, not once since she started with you. I was worried for nothing. Please can we keep the session this week as normal?\n\nRegards,\nAkosua Mensah",
    "low",
    "",
    "psychotherapy",
    "email",
    "05-07 21:05",
    who="Akosua|Mensah|A.",
    g="b13en-06",
    v="negation",
    note="negated self-harm -> low",
)

# b13en-07: Pakistani learner, thoughts of ending life, canal bridge
M(
    "Sir I am thinking many times in the day to finish my life. When I am on the bridge over the canal near my shop I look down to water long time. I did not tell my wife.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-02 14:10",
    who="Imran|Malik",
    g="b13en-07",
    v="base",
)
M(
    "Sir I am not thinking any more in the day to finish my life. When I am on the bridge over the canal near my shop I do not look down to water now. I told my wife.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-02 14:10",
    who="Imran|Malik",
    g="b13en-07",
    v="negation",
    note="negated ideation -> low",
)
M(
    "Sir my brother-in-law is thinking many times in the day to finish his life. When he is on the bridge over the canal near his shop he looks down to water long time. He did not tell his wife.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-02 14:10",
    who="Imran|Malik",
    g="b13en-07",
    v="person",
    note="relative's ideation -> low",
)
M(
    "Sir I am thinking many times in the day to finish my accounts course. When I am on the bridge over the canal near my shop I look down to water long time, it is my thinking place. The exams are killing me.",
    "none",
    "",
    "information",
    "whatsapp",
    "10-02 14:10",
    who="Imran|Malik",
    g="b13en-07",
    v="idiom",
    note="finish a course; exams killing me",
)

# b13en-08: Australian, wine to sleep
M(
    "Third night running I've needed most of a bottle of shiraz just to switch my head off enough to sleep. Not proud of it.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "08-12 19:30",
    tz="Australia/Melbourne",
    who="Bronwyn|B.",
    g="b13en-08",
    v="base",
)
M(
    "Third night running I haven't needed any shiraz to switch my head off enough to sleep. Bit proud of it.",
    "none",
    "",
    "information",
    "sms",
    "08-12 19:30",
    tz="Australia/Melbourne",
    who="Bronwyn|B.",
    g="b13en-08",
    v="negation",
    note="negated drinking -> none",
)
M(
    "The year Dad was sick I needed most of a bottle of shiraz every night just to switch my head off enough to sleep. Not proud of it.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-12 19:30",
    tz="Australia/Melbourne",
    who="Bronwyn|B.",
    g="b13en-08",
    v="tense",
    note="past drinking -> low",
)
M(
    "Third night running I've needed most of a bottle of shiraz just to switch my head off enough to sleep. Not proud of it 😂",
    "moderate",
    "substance_use valence_shift",
    "psychotherapy",
    "sms",
    "08-12 19:30",
    tz="Australia/Melbourne",
    who="Bronwyn|B.",
    g="b13en-08",
    v="emoticon",
)

# b13en-09: Irish older man, farewell
M(
    "Dear Órla,\nI won't be needing Thursday's appointment or any after it. I've left the dog with Declan and the house is in order. You were very good to me these last months, better than I deserved. Goodbye now.\nSeán",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "email",
    "11-19 22:40",
    tz="Europe/Dublin",
    who="Seán|Sean|S.",
    g="b13en-09",
    v="base",
    note="farewell with affairs put in order",
)
M(
    "Dear Órla,\nI won't be needing Thursday's appointment or any after it... I've left the dog with Declan and the house is in order... You were very good to me these last months, better than I deserved... Goodbye now...\nSeán",
    "imminent",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "email",
    "11-19 22:40",
    tz="Europe/Dublin",
    who="Seán|Sean|S.",
    g="b13en-09",
    v="emoticon",
    note="ellipses instead of full stops",
)
M(
    "Dear Órla,\nMy neighbour Paddy put a card through my door: he won't be needing anyone's help after Thursday, he's left the dog with Declan and the house is in order, goodbye now. I've rung the guards and I'm shaking.\nSeán",
    "low",
    "",
    "psychotherapy",
    "email",
    "11-19 22:40",
    tz="Europe/Dublin",
    who="Seán|Sean|S.",
    g="b13en-09",
    v="person",
    note="a neighbour's farewell reported -> low (worry)",
)

# b13en-10: US South widow, loneliness
M(
    "Sunday dinners are the worst since Earl passed. I still set two plates out of habit and then just sit there. Nobody calls.",
    "low",
    "loneliness",
    "psychotherapy",
    "sms",
    "04-19 18:05",
    tz="America/Chicago",
    who="Loretta|L.",
    g="b13en-10",
    v="base",
)
M(
    "Sunday dinners aren't the worst anymore since Earl passed. I don't set two plates out of habit now and I don't just sit there. The church ladies call.",
    "none",
    "",
    "information",
    "sms",
    "04-19 18:05",
    tz="America/Chicago",
    who="Loretta|L.",
    g="b13en-10",
    v="negation",
    note="negated loneliness -> none",
)
M(
    "That old record Mama used to play has a verse that goes 'Sunday dinners are the worst since you passed, I still set two plates and just sit there, nobody calls.' Had it in my head all day putting up peaches.",
    "none",
    "",
    "information",
    "sms",
    "04-19 18:05",
    tz="America/Chicago",
    who="Loretta|L.",
    g="b13en-10",
    v="quotation",
    note="song verse -> none",
)
M(
    "The first year after Earl passed, Sunday dinners were the worst. I set two plates out of habit and then just sat there. Nobody called.",
    "none",
    "",
    "psychotherapy",
    "sms",
    "04-19 18:05",
    tz="America/Chicago",
    who="Loretta|L.",
    g="b13en-10",
    v="tense",
    note="past loneliness (low cue) -> none",
)

# b13en-11: Singaporean, can't keep living like this
M(
    "Honestly ah I cannot keep living like this. Every month the same, work, kena scolded, cry, sleep. Nothing is going to change one.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "07-08 21:15",
    tz="Asia/Singapore",
    who="Wei Ling|W.L.",
    g="b13en-11",
    v="base",
)
M(
    "Honestly ah I cannot keep living like this with the aircon spoilt. Every night the same, sweat, shower, cannot sleep. Landlord say nothing is going to change one.",
    "none",
    "",
    "information",
    "whatsapp",
    "07-08 21:15",
    tz="Asia/Singapore",
    who="Wei Ling|W.L.",
    g="b13en-11",
    v="idiom",
    note="complaint about a broken air conditioner",
)
M(
    "Honestly ah my sister keeps saying she cannot keep living like this. Every month the same, work, kena scolded, cry, sleep. She says nothing is going to change one.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-08 21:15",
    tz="Asia/Singapore",
    who="Wei Ling|W.L.",
    g="b13en-11",
    v="person",
    note="sister's hopelessness -> low",
)
M(
    "Honestly ah last year I could not keep living like this. Every month the same, work, kena scolded, cry, sleep. I thought nothing was going to change one.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-08 21:15",
    tz="Asia/Singapore",
    who="Wei Ling|W.L.",
    g="b13en-11",
    v="tense",
    note="past hopelessness -> low",
)

# b13en-12: Midwest, trazodone saved up
M(
    "I've been putting one trazodone a night in an old Advil bottle instead of taking it. There are 38 in there now. I counted again tonight.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "12-01 23:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b13en-12",
    v="base",
    note="pills counted and ready",
)
M(
    "I haven't been putting any trazodone in an old Advil bottle instead of taking it. There are none saved up. I counted the box again tonight to be sure.",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "12-01 23:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b13en-12",
    v="negation",
    note="negated stockpiling -> low",
)
M(
    "Last spring I was putting one trazodone a night in an old Advil bottle instead of taking it. There were 38 in there before we flushed them together.",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "12-01 23:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b13en-12",
    v="tense",
    note="past stockpiling, discussed in therapy -> low",
)
M(
    "My husband has been putting one trazodone a night in an old Advil bottle instead of taking it. There are 38 in there now. I counted them tonight.",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "12-01 23:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b13en-12",
    v="person",
    note="husband (not the patient) -> low (worry)",
)

# b13en-13: teen, disappointed to wake up
M(
    "i hate waking up. every single morning im disappointed that i did",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-24 07:12",
    who="Tyler|T.",
    g="b13en-13",
    v="base",
    note="passive ideation",
)
M(
    "I HATE WAKING UP. EVERY SINGLE MORNING IM DISAPPOINTED THAT I DID",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-24 07:12",
    who="Tyler|T.",
    g="b13en-13",
    v="caps",
)
M(
    "i hate waking up for 6am swim training. every single morning im disappointed that my alarm did",
    "none",
    "",
    "information",
    "sms",
    "02-24 07:12",
    who="Tyler|T.",
    g="b13en-13",
    v="idiom",
    note="ordinary grumble about early training",
)
M(
    "my mate says he hates waking up. every single morning hes disappointed that he did",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-24 07:12",
    who="Tyler|T.",
    g="b13en-13",
    v="person",
    note="friend's passive ideation -> low",
)

# ==== single messages: high

M(
    "Hello Helen,\n\nApologies for the essay. First the boring bits: I've had the invoice for October and November, but the October one still has my old address on it (it's 14 Beech Croft now, not the flat on Wellington Road), so could you redo it when you have a minute? My employer's scheme reimburses me but only if the address matches, which is ridiculous but there we are.\n\nMum's care home have finally agreed to move her to the ground floor room, so that's one battle won. I drove over on Sunday and she knew who I was for most of the visit, which was a gift. Then she asked after Dad, and I had to decide all over again whether to tell her. I didn't. I don't know if that was right.\n\nWork is the usual. We've had the auditors in for two weeks and I've been there until eight most nights. I'm fine with that, honestly, it stops me thinking.\n\nThe thing I actually meant to write about, and I keep putting it at the bottom of messages, is the bath. Some nights I sit in it until the water goes cold and think how easy it would be to just slide down and not bother coming back up. It isn't dramatic. It's more like a kind of longing. I haven't told Phil. I thought it would be easier to write it than say it on Thursday, and now I've written it I'm not sure I'll be able to say it at all.\n\nAnyway. The invoice. And Thursday at 5.30 as usual.\n\nBest wishes,\nGillian",
    "high",
    "suicidal_ideation apology",
    "information psychotherapy",
    "email",
    "11-24 22:10",
    who="Gillian|G.",
    note="ideation buried in a long e-mail about an invoice and family",
)
M(
    "Sometimes I stand on platform and think only one step and everything is quiet. The train is coming every 4 minute. I go back to the bench but the thought stay with me.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-17 08:25",
    who="Tomasz|T.",
    note="learner; method thought (stepping in front of a train)",
)
M(
    "Miss mi cyan sleep since Tuesday. Every time mi close mi eye mi see miself hanging from the mango tree in the back yard an mi feel calm. Dat frighten mi bad.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-04 03:20",
    tz="America/Jamaica",
    who="Shanice|S.",
    note="Jamaican English; method imagery",
)
M(
    "burnt my wrist with the hair straighteners on purpose after the row with dad. its blistered and ive put toothpaste on it. dont tell mum pls",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "09-29 22:31",
    who="Ellie|E.",
    note="recent non-suicidal self-injury",
)
M(
    "Marg would get the full pension and the kids wouldn't have to drive up from Calgary every second weekend to check on me. Wouldn't that be tidier for all concerned. Just something I keep turning over.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "02-11 06:40",
    tz="America/Edmonton",
    who="Walter|W.",
    note="perceived burdensomeness, indirect",
)
M(
    "hi its dan sorry voice text. had another one of those nights where I was googling how many of my lithium would be to many. closed it. didnt do anything. can we talk tomorrow",
    "high",
    "suicidal_ideation apology support_request",
    "medication psychotherapy",
    "sms",
    "05-22 01:05",
    who="Dan|D.",
    note="researching a method with own medication",
)
M(
    "Went up to the old viaduct past Kilbarchan on Saturday and stood at the railing for the best part of an hour working out if it was high enough. Came home. Haven't told Mairi.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-13 09:02",
    who="Alasdair|A.",
    note="method/place rehearsal, no time or intent",
)
M(
    "Please forgive the hour. I keep wishing God would simply call me home in my sleep. I pray and then I am ashamed of what I prayed for. Kwame",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "08-30 02:47",
    tz="Africa/Accra",
    who="Kwame|K.",
    note="passive wish to die",
)
M(
    "scratched my forearms raw with my car keys in the work loo again. third time this week. long sleeves in 34 degrees, fun times",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "01-20 15:10",
    tz="Australia/Brisbane",
    who="Jess|J.",
)
M(
    "Hello, I'm Karen, Brenda Hollis's daughter. Mum told me on the phone tonight that she's \"had enough of being alive\" and that she's sorted out which of us gets her rings. She sees you on Friday but I'm 200 miles away. Could you possibly ring her before then? Karen",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "04-02 20:55",
    who="Karen|K.",
    note="adult child reports the patient; giving away possessions",
)
M(
    "ngl been thinkin bout how my dad keeps his pistol in the truck glovebox. like a lot. idk why im tellin u",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "07-25 23:18",
    tz="America/Chicago",
    who="Bryce|B.",
    note="access to a method, indirect",
)
M(
    "Dear Dr Whitcombe,\n\nThank you for the session on Monday. I have reflected on the exercise about values and I have written them down as you asked: family, honesty, my faith, and being useful. I found it difficult to rank them.\n\nSecondly, regarding the fees, my insurer has asked for a letter confirming the number of sessions and the diagnosis code. If it is not too much trouble, could your secretary send this to the address on file before the end of the month? I will of course pay any administrative charge.\n\nThirdly, and I write this only so that there are no secrets between us, as we agreed: on Saturday evening I drafted letters to my two sons and to my wife, in case. They are in a sealed envelope in my desk at the office. I am not planning anything and I have no date in mind. But I felt a great calm once they were written, and I thought you should be told because I know that calm is something we discussed.\n\nMy work remains very demanding. The merger has been announced and my team will be halved in January. I am expected to choose who goes. I sleep perhaps four hours a night.\n\nWith kind regards,\nFaisal Qureshi",
    "high",
    "suicidal_ideation",
    "information psychotherapy",
    "email",
    "10-21 07:15",
    who="Faisal|Qureshi|F.",
    note="preparation (letters 'in case'); negated plan does not lower it",
)
M(
    "i don't want to be here anymore and i dont mean glasgow",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "12-06 00:33",
    who="Rory|R.",
    note="negation that carries the risk",
)

# ==== single messages: imminent

M(
    "took all of the sertraline and the nighttime tylenol about an hour ago. I'm on the bathroom floor. not sorry just wanted somebody to know where I am",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "03-28 01:31",
    tz="America/Chicago",
    who="Amber|A.",
    note="overdose taken",
)
M(
    "cant get it to stop. been pressing the towel on it for 40 mins and its soaked through. went deeper than i meant to",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "11-08 00:12",
    who="Niamh|N.",
    note="self-harm with medical danger",
)
M(
    "Tonight when everyone is asleep I go to the river. I have decided, it is not sadness anymore it is calm. Thank you for your patience with my English and with me.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "01-30 21:48",
    who="Ana|A.",
    note="learner; place + time + farewell",
)
M(
    "This is Marcus's dad. He's swallowed a load of my wife's diazepam, we don't know how many, he's drowsy and slurring. Ambulance is on its way. Please ring me the minute you see this, I don't know what to do.",
    "imminent",
    "self_harm suicidal_ideation support_request urgency",
    "medication psychotherapy",
    "sms",
    "06-14 18:22",
    who="Marcus's dad|Paul",
    note="parent reports the patient's overdose",
)
M(
    "the rope from b&q is in my boot. sunday when mum goes to church. thats all i wanted to say",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-05 23:59",
    who="Liam|L.",
    note="means acquired + time",
)
M(
    "Hi Maureen,\n\nI'm so sorry, but I won't make our appointment on Wednesday. I've been meaning to write for a few days and kept starting and stopping.\n\nYou asked me last time to notice the small good things, so I'll start there. The robin came back to the feeder. Our Kieran rang from Perth and the baby is walking now, he held the phone up so I could watch. I had my hair done on Saturday for the first time since Ray's funeral. So you see I did try.\n\nThe practical bits: I've paid up to the end of the month so there's nothing owing. The cat's food is sorted for a week and the spare key is with Mrs Dunne at number 9, she knows to go in. I've written down the passwords for Kieran and left them with the will on the hall table. I've cancelled the milk.\n\nI don't want you to think any of this is your fault, because it isn't, you've been kinder to me than I had any right to expect and you made this last year bearable when it had no business being bearable. I'm just tired in a way that sleep doesn't touch, and I've made my mind up, and I feel more settled tonight than I have since March.\n\nThank you for trying, truly. Please don't be sad.\n\nWith love,\nPat",
    "imminent",
    "suicidal_ideation apology",
    "cancellation psychotherapy",
    "email",
    "10-30 23:26",
    who="Pat|P.",
    note="farewell and final arrangements buried in a long e-mail",
)
M(
    "Doc I done write the letters for mi children an put them by mi bible. Tonight self. I cyah do this no more.",
    "imminent",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "05-16 22:05",
    tz="America/Port_of_Spain",
    who="Marlon|M.",
    note="Trinidadian English; letters + 'tonight'",
)
M(
    "I have the pills in my hand now, all the box of my mother. I am sorry for disturb you so late. Lucía",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "02-19 01:50",
    who="Lucía|Lucia|L.",
    note="learner; means in hand",
)
M(
    "had half a bottle of vodka and then the rest of my quetiapine. room spinning. dont call the police",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "12-13 03:04",
    who="Connor|C.",
    note="overdose taken with alcohol",
)

# ==== single messages: moderate

M(
    "Day four in bed. Only got up for the loo and to feed the cat.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-08 15:44",
    who="Hannah|H.",
)
M(
    "What's the point of any of it, honestly. I do the worksheets, I go to group, I walk the dog, and I'm still exactly where I was in June.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "08-21 20:10",
    who="Owen|O.",
)
M(
    "heart going like the clappers in the tesco queue, had to leave my basket and sit in the car for an hour shaking. still cant breathe right and its getting worse not better",
    "moderate",
    "",
    "psychotherapy",
    "whatsapp",
    "05-03 11:26",
    who="Stacey|S.",
    note="panic overwhelming the sender",
)
M(
    "smoked a couple of joints before my shift again so I could face the phones. thats every day this week",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "04-09 12:40",
    who="Jamal|J.",
)
M(
    "Sorry, I can't come Wednesday. Haven't left the flat in a week and I can't face the bus. Ffion",
    "moderate",
    "withdrawal apology",
    "cancellation psychotherapy",
    "sms",
    "06-30 08:05",
    who="Ffion|F.",
)
M(
    "Honestly scared I won't make it through this winter, the way things are going. Every year it gets a bit harder to climb back out.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "11-26 17:35",
    tz="Australia/Hobart",
    who="Graham|G.",
)
M(
    "Writing for Jen. She's not been out of bed since Friday and won't eat, she just sleeps or stares at the wall. Should I bring her in on Tuesday or let her rest? Steve (her husband)",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "email",
    "03-02 09:50",
    who="Steve|S.",
    note="partner reports the patient's state",
)
M(
    "I can't take it any more, the drilling next door since seven and everything else piled on top, I am just done, completely done.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "07-15 19:02",
    who="Bernadette|B.",
)

# ==== single messages: low

M(
    "Bit flat today. Nothing happened, just grey inside.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-05 16:33",
    who="Priya|P.",
)
M(
    "my best mate put something really dark on her story about not being around much longer, ive messaged her mum. feel sick about it",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "01-23 22:15",
    who="Amira|A.",
    note="worry about someone else's crisis",
)
M(
    "Been thinking about what we talked about on Monday, the paracetamol when I was 19. Weird to say it out loud after so long.",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "09-10 18:48",
    who="Rachel|R.",
    note="past overdose discussed in therapy -> low",
)
M(
    "Could we possibly squeeze in a call before next week? Feeling wobbly after the funeral.",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "04-27 10:15",
    who="Martin|M.",
)
M(
    "Random question, if I ever felt like hurting myself again, is it you I ring or the crisis line?",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-03 14:20",
    who="Zoe|Z.",
    note="hypothetical -> low",
)
M(
    "For the record I'm not going to do anything stupid, I know you looked worried on Thursday. Just sad. Aoife",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-19 21:30",
    tz="Europe/Dublin",
    who="Aoife|A.",
    note="negated intent -> low",
)
M(
    "Everyone in my halls goes home at weekends. I eat alone, walk alone. Feel like nobody here even knows my name.",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "10-18 20:40",
    who="Jia Hui|J.H.",
)
M(
    "My brother rang me drunk last night saying he wants to end it all. He's in Leeds and I'm in Bristol and I just feel useless.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-15 08:12",
    who="Olivia|O.",
    note="someone else's ideation -> low",
)
M(
    "sorry for going quiet after session, it brought a lot up and I cried most of the evening",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "05-27 20:58",
    who="Nathan|N.",
)

# ==== single messages: none (idioms, quotations, logistics)

M(
    "This commute is killing me, two hours on the M62 each way this week. Just so you know I might be 5 mins late Thursday.",
    "none",
    "",
    "information",
    "sms",
    "03-04 07:40",
    who="Darren|D.",
    note="idiom; busy week told as fact",
)
M(
    "Absolutely dying to tell you about the interview, I think it actually went well!! 😁",
    "none",
    "",
    "information",
    "whatsapp",
    "06-11 17:20",
    who="Chloe|C.",
    note="idiom",
)
M(
    "I'm dead 😂 my nan just sent me a voice note of her arguing with Alexa about the weather",
    "none",
    "",
    "information",
    "whatsapp",
    "07-02 19:45",
    who="Kofi|K.",
    note="idiom",
)
M(
    "Took all my pills with me to Lanzarote so no gaps this time, packed the prescription letter too 👍",
    "none",
    "",
    "medication",
    "whatsapp",
    "08-15 06:30",
    who="Sandra|S.",
    note="everyday phrase",
)
M(
    "Going to end it with Jordan tonight. Been a long time coming and honestly I feel lighter already.",
    "none",
    "",
    "psychotherapy",
    "sms",
    "09-12 17:05",
    who="Megan|M.",
    note="ending a relationship",
)
M(
    "My manager is going to murder me, I've double-booked the whole team for Friday. Anyway Tuesday still fine for me.",
    "none",
    "",
    "information",
    "email",
    "11-05 12:15",
    who="Hamish|H.",
    note="idiom",
)
M(
    "Overdosed on mince pies at the office do, zero regrets 😂",
    "none",
    "",
    "information",
    "whatsapp",
    "12-18 21:10",
    who="Fiona|F.",
    note="idiom",
)
M(
    "We did poems in creative writing and I wrote one about 'a girl who folds herself into the river and comes out as weather'. Teacher read it out and I got an A!",
    "none",
    "",
    "information",
    "portal",
    "03-25 16:05",
    who="Maddie|M.",
    note="own poem for class, quoted -> none",
)
M(
    "Watched that new detective series last night, the bit where the dad says 'I just don't want to be here any more' and nobody answers him. Made me think about my own dad never talking. Maybe one for Tuesday?",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "01-08 09:30",
    who="Ben|B.",
    note="quoted TV line -> none",
)
M(
    "Hi Dr Okafor, could you send the invoice for October to my work email rather than home? Thanks, Priyanka",
    "none",
    "",
    "information",
    "email",
    "10-31 10:02",
    who="Priyanka|P.",
)
M(
    "Heid's mince the day, could murder a fish supper. Train's running late, be there for quarter past.",
    "none",
    "",
    "information",
    "sms",
    "04-14 17:00",
    who="Ewan|E.",
    note="idiom (Scots)",
)
M(
    "Properly shot myself in the foot at the board meeting by admitting the numbers were mine lol. Thursday 4pm still good?",
    "none",
    "",
    "information",
    "whatsapp",
    "05-19 18:30",
    who="Tunde|T.",
    note="idiom",
)
