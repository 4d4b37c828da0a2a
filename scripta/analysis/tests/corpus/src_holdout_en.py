# Blind round 20 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-19): the holdout since 2026-11-28 (engine 2026.11.25); engine authors read its figures, not its texts.
# Fictional English messages (patients, partners, parents and teenagers to their therapist), written for this corpus.
# Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b20en-01
M(
    "Evening. Not a great week if I'm honest. Keep thinking if the heart just gave out on me some night in the bed, sure it'd be no harm at all. Who'd be bothered. Anyway. See you Thursday. Declan",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-25 22:40",
    who="Declan|D",
    g="b20en-01",
    v="base",
    note="passive wish to die in one's sleep, told casually",
)
M(
    "Evening. Not a great week if I'm honest. But I'm not lying there thinking if the heart gave out on me some night in the bed it'd be no harm, that's gone. Anyway. See you Thursday. Declan",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-25 22:40",
    who="Declan|D",
    g="b20en-01",
    v="negation",
    note="negated passive ideation -> low; low mood remains",
)
M(
    "Evening. Not a great week if I'm honest. The winter Mam died I kept thinking if the heart just gave out on me some night in the bed, sure it'd be no harm at all. Who'd have been bothered. Anyway. See you Thursday. Declan",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-25 22:40",
    who="Declan|D",
    g="b20en-01",
    v="tense",
    note="ideation placed years back -> low",
)

# b20en-02
M(
    "Dear Dr Okafor,\n\nI have been very organised this week, which I expect you will say is a good sign. The tablets from the last three prescriptions are all together in the old biscuit tin now. I have counted them twice and there are enough. I have settled on Sunday, as Margaret's sister takes her to the coast that weekend.\n\nI wanted you to know that you did your best with me, and that none of it is your doing.\n\nWith kind regards,\nGerald Pym",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="email",
    at="11-24 09:15",
    who="Gerald|Gerald Pym|G",
    g="b20en-02",
    v="base",
    note="pills stockpiled and counted, a day chosen, a farewell to the therapist",
)
M(
    "Dear Dr Okafor,\n\nI have been very organised this week, which I expect you will say is a good sign. The tablets from the last three prescriptions are all together in the new weekly pill organiser now. I have counted them twice and there are enough for the whole cruise. We sail on Sunday, as Margaret's sister takes the dog that weekend.\n\nI wanted you to know that your advice about routines has paid off, and that I am grateful.\n\nWith kind regards,\nGerald Pym",
    "none",
    top="medication information psychotherapy",
    ch="email",
    at="11-24 09:15",
    who="Gerald|Gerald Pym|G",
    g="b20en-02",
    v="idiom",
    note="same words about counted tablets, for a holiday",
)
M(
    "Dear Dr Okafor,\n\nI have been very organised this week... which I expect you will say is a good sign... The tablets from the last three prescriptions are all together in the old biscuit tin now... I have counted them twice and there are enough... I have settled on Sunday, as Margaret's sister takes her to the coast that weekend...\n\nI wanted you to know that you did your best with me... and that none of it is your doing...\n\nWith kind regards,\nGerald Pym",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="email",
    at="11-24 09:15",
    who="Gerald|Gerald Pym|G",
    g="b20en-02",
    v="emoticon",
    note="base with ellipses instead of full stops",
)

# b20en-03
M(
    "its bad again tonight. sat on the bathroom floor with one of me dads razor heads snapped open, the itch to open my leg up is proper loud. not done it yet. just sat here",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:48",
    who="Kayla|K",
    g="b20en-03",
    v="base",
    note="self-harm urge with the means in hand",
)
M(
    "its bad again for jade tonight. she's sat on her bathroom floor with one of her dads razor heads snapped open, says the itch to open her leg up is proper loud. not done it yet. just sat there",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:48",
    who="Kayla|K",
    g="b20en-03",
    v="person",
    note="a friend's urge (not the patient): worry about someone else",
)
M(
    "ITS BAD AGAIN TONIGHT. SAT ON THE BATHROOM FLOOR with one of me dads razor heads snapped open, the itch to open my leg up is proper loud. not done it yet. just sat here",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:48",
    who="Kayla|K",
    g="b20en-03",
    v="caps",
)

# b20en-04
M(
    "Hey Rach. Just wanted to say thanks for everything this year, you've been a legend. I've squared things away with the dog and the ute's paid off so nobody's left with a mess. Won't be needing Tuesday. Look after yourself. Bren",
    "imminent",
    sig="suicidal_ideation",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-27 21:05",
    tz="Australia/Brisbane",
    who="Brendan|Bren|B",
    g="b20en-04",
    v="base",
    note="farewell with affairs put in order and the next session dropped: human reading of a goodbye",
)
M(
    "Hey Rach. Mate from the footy club wrote a song for his band, chorus goes \"thanks for everything, you've been a legend, I've squared things away so nobody's left with a mess\". Bit grim for a pub gig ha. See you Tuesday. Bren",
    "none",
    top="information",
    ch="sms",
    at="11-27 21:05",
    tz="Australia/Brisbane",
    who="Brendan|Bren|B",
    g="b20en-04",
    v="quotation",
    note="a lyric by someone else, quoted",
)

# b20en-05
M(
    "Been walking the long way hame past the level crossing every night this week. Standing there timing the freight trains. Dinnae really know why I'm telling you.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 22:10",
    who="Ally|Alasdair|A",
    note="rehearsal at a railway read as thinking about a method (no time or intent stated): human judgement",
    g="b20en-05",
    v="base",
)
M(
    "If I ever caught myself walking the long way hame past the level crossing and timing the freight trains, is that when I phone you or the crisis line? Dinnae really know why I'm asking.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 22:10",
    who="Ally|Alasdair|A",
    g="b20en-05",
    v="negation",
    note="hypothetical question",
)
M(
    "Been walking the long way hame past the level crossing every night this week. Standing there timing the freight trains for the wee man's trainspotting jotter. Dinnae really know why I'm telling you.",
    "none",
    top="information",
    ch="whatsapp",
    at="11-25 22:10",
    who="Ally|Alasdair|A",
    g="b20en-05",
    v="idiom",
    note="same scene with an everyday purpose",
)

# b20en-06
M(
    "Good morning ma'am. My husband's family would be spared so much trouble and expense if I was simply not there any more. I am thinking this every day now. Kindly tell me if the Friday slot is still available. Regards, Priya",
    "high",
    sig="suicidal_ideation",
    top="information psychotherapy",
    ch="portal",
    at="11-26 07:50",
    who="Priya|P",
    g="b20en-06",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Good morning ma'am 🙂 My husband's family would be spared so much trouble and expense if I was simply not there any more 🙂 I am thinking this every day now. Kindly tell me if the Friday slot is still available. Regards, Priya",
    "high",
    sig="suicidal_ideation valence_shift",
    top="information psychotherapy",
    ch="portal",
    at="11-26 07:50",
    who="Priya|P",
    g="b20en-06",
    v="emoticon",
)
M(
    "Good morning ma'am. Before the baby came I used to believe my husband's family would be spared so much trouble and expense if I was simply not there any more. I was thinking this every day then. Kindly tell me if the Friday slot is still available. Regards, Priya",
    "low",
    top="information psychotherapy",
    ch="portal",
    at="11-26 07:50",
    who="Priya|P",
    g="b20en-06",
    v="tense",
    note="burdensomeness in the past -> low",
)

# b20en-07
M(
    "Honestly pet I cannot keep gannin on like this. Every week the same, nowt shifts and nowt ever will. Sorry for the moan. Lorraine",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="sms",
    at="11-24 18:30",
    who="Lorraine|L",
    g="b20en-07",
    v="base",
)
M(
    "Honestly pet for once I don't feel like I cannot keep gannin on. Every week a bit different, things are shifting. Sorry for the moan. Lorraine",
    "none",
    sig="apology",
    top="psychotherapy",
    ch="sms",
    at="11-24 18:30",
    who="Lorraine|L",
    g="b20en-07",
    v="negation",
    note="negated moderate cue -> none",
)

# b20en-08
M(
    "Dr Hale this is Marcus, Tamsin's boyfriend. She's swallowed a load of her sertraline and some of my codeine about an hour ago, only told me after. Ambulance is on its way. She wanted you to know. Please call me as soon as you see this",
    "imminent",
    sig="self_harm suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 01:20",
    who="Marcus|M",
    g="b20en-08",
    v="base",
    note="partner writes as the patient's proxy; overdose taken; the codeine is part of the overdose, not substance use",
)
M(
    "Dr Hale this is Marcus. My sister's swallowed a load of her sertraline and some of my codeine about an hour ago, only told me after. Ambulance is on its way. I needed someone to know. Please call me as soon as you see this",
    "low",
    sig="support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 01:20",
    who="Marcus|M",
    g="b20en-08",
    v="person",
    note="the patient writes about his sister's overdose: someone else's experience",
)

# b20en-09
M(
    "Hello Ms Brennan,\n\nIt's Fiona Walsh, Ellie's mum. I saw plasters all up the inside of Ellie's thigh when she was getting changed last night, and she admitted she has been doing it with the compass from her maths set since the weekend. She's gone in to school today. I don't know how to bring it up at home without her shutting down completely. Could we talk before her session on Wednesday?\n\nThanks,\nFiona",
    "high",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="email",
    at="11-26 08:05",
    who="Fiona|Fiona Walsh|F",
    g="b20en-09",
    v="base",
    note="parent reports the patient's recent self-injury",
)
M(
    "Hello Ms Brennan,\n\nIt's Fiona Walsh, Ellie's mum. I was clearing out an old school bag last night, and Ellie admitted that back in Year 7, three years ago, she had been doing it with the compass from her maths set for a few weeks. She's gone in to school today. I don't know how to bring it up at home without her shutting down completely. Could we talk before her session on Wednesday?\n\nThanks,\nFiona",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-26 08:05",
    who="Fiona|Fiona Walsh|F",
    g="b20en-09",
    v="tense",
    note="self-injury three years ago -> low",
)
M(
    "Hello Ms Brennan,\n\nIt's Fiona Walsh, Ellie's mum. I asked Ellie straight out last night whether she has been hurting herself, and she said she has never done it, not with the compass from her maths set or anything else. She's gone in to school today. I don't know how to bring it up again at home without her shutting down completely. Could we talk before her session on Wednesday?\n\nThanks,\nFiona",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="email",
    at="11-26 08:05",
    who="Fiona|Fiona Walsh|F",
    g="b20en-09",
    v="negation",
    note="self-harm denied -> low (subject raised)",
)

# b20en-10
M(
    "hey dr k. havent left my apartment since friday, phone's been off, just me and the ceiling. didnt want to ghost you too so here i am. jordan",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="sms",
    at="11-24 14:12",
    tz="America/New_York",
    who="Jordan|J",
    g="b20en-10",
    v="base",
)
M(
    "hey dr k. havent left my apartment since friday, covid finally got me, just me and the thermometer. didnt want to ghost you so can we do tues on zoom? jordan",
    "none",
    top="information",
    ch="sms",
    at="11-24 14:12",
    tz="America/New_York",
    who="Jordan|J",
    g="b20en-10",
    v="idiom",
    note="staying in because of illness, not mood",
)
M(
    "hey dr k. my roommate hasnt left our apartment since friday, her phone's been off, just her and the ceiling. kinda freaking me out ngl. jordan",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-24 14:12",
    tz="America/New_York",
    who="Jordan|J",
    g="b20en-10",
    v="person",
    note="roommate's withdrawal: someone else's experience",
)

# b20en-11
M(
    "I've spent this evening writing a letter to each of the kids and one to Paul. Sealed them and put them in the bottom drawer under the tax stuff. Not planning anything, it just feels tidier knowing they're there. Helen",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-25 21:30",
    who="Helen|H",
    g="b20en-11",
    v="base",
    note="goodbye letters as preparation; the negated plan does not lower it",
)
M(
    'That novel you recommended, the mother near the end says: "I\'ve spent this evening writing a letter to each of the kids and one to Paul. Sealed them and put them in the bottom drawer." Gave me chills, beautifully done. Helen',
    "none",
    top="information",
    ch="portal",
    at="11-25 21:30",
    who="Helen|H",
    g="b20en-11",
    v="quotation",
)
M(
    "I'VE SPENT THIS EVENING WRITING A LETTER TO EACH OF THE KIDS and one to Paul. Sealed them and put them in the bottom drawer under the tax stuff. Not planning anything, it just feels tidier knowing they're there. Helen",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-25 21:30",
    who="Helen|H",
    g="b20en-11",
    v="caps",
)

# b20en-12
M(
    "gonna go up the multi storey by the station after my shift tmrw, top floor. made my mind up so dont try talk me out of it. ty for tryna help tho fr",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 22:55",
    who="Dev|Devesh|D",
    g="b20en-12",
    v="base",
    note="place, time and intent, with a thank-you read as a farewell",
)
M(
    "not gonna go up the multi storey by the station after my shift tmrw, top floor. made my mind up bout that, ill ring the line instead if it gets bad. ty for tryna help tho fr",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 22:55",
    who="Dev|Devesh|D",
    g="b20en-12",
    v="negation",
    note="negated intent -> low",
)
M(
    "gonna go up the multi storey by the station after my shift tmrw, top floor, to sell my old corsa to some guy off marketplace. made my mind up so dont try talk me out of it lol. ty for tryna help w the budget tho fr",
    "none",
    top="information",
    ch="whatsapp",
    at="11-26 22:55",
    who="Dev|Devesh|D",
    g="b20en-12",
    v="idiom",
    note="the same trip for an everyday errand",
)

# b20en-13
M(
    "Bit of a state tonight. Half a bottle of vodka down so the thoughts stop going round and round. Not great I know. Rhys",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:30",
    who="Rhys|R",
    g="b20en-13",
    v="base",
    note="drinking to cope; the thoughts are not named",
)
M(
    "Bit of a state back in uni. Half a bottle of vodka a night so the thoughts would stop going round and round. Not great I know. Rhys",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:30",
    who="Rhys|R",
    g="b20en-13",
    v="tense",
    note="past drinking -> low",
)
M(
    "Bit of a state tonight 😂 Half a bottle of vodka down so the thoughts stop going round and round 😂 Not great I know. Rhys",
    "moderate",
    sig="substance_use valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 23:30",
    who="Rhys|R",
    g="b20en-13",
    v="emoticon",
)

# ==== single messages: high

M(
    "Hi Morag,\n\nApologies in advance, this is going to be a long one, I've been drafting it on and off since Sunday.\n\nFirst the boring bit: work have finally agreed to the compressed hours, so from January I'm off on Fridays, which means I could move to Friday mornings if that still suits you. If not, I'll keep Wednesdays at 5 and just leave the office early. HR also want a letter confirming I'm 'engaged with support', whatever that means. Could you do one, or should I ask the GP?\n\nThe less boring bit. You asked me to notice when the evenings get bad, so here it is. They've been bad. Not dramatic, just grey, and then around midnight I end up on my phone reading about how many of the propranolol it would take, and what it would feel like, and whether anyone would think it was an accident. I've done that four nights out of the last seven. I haven't taken extra, I haven't even opened the new box. But I notice I've stopped being shocked at myself for reading it, and that seems like the bit you'd want to know.\n\nEverything else is fine, honestly. Dad's knee op went well, Isla is loving nursery, and I finally finished the kitchen shelves. We've even booked a week on Arran for the Easter holidays.\n\nSpeak Wednesday (or Friday),\nFraser",
    "high",
    sig="suicidal_ideation apology",
    top="medication information psychotherapy",
    ch="email",
    at="11-24 12:20",
    who="Fraser|F",
    note="method researched on several nights, buried in logistics; no pills taken",
)
M(
    "sorry about the voice thing my eyes are bad comma I have been sitting in the garage with the car a lot lately thinking how easy it would be with a bit of hose on the exhaust full stop I haven't done anything full stop ring me when you can please full stop Arthur",
    "high",
    sig="suicidal_ideation apology support_request",
    top="psychotherapy",
    ch="sms",
    at="11-23 16:05",
    who="Arthur|A",
    note="voice-to-text; a method considered, nothing done",
)
M(
    "do u ever think some ppl just arent built to make it to 20. bc i dont think i am n tbh im kinda ok w that",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 01:14",
    who="Maisie|M",
    note="does not see herself alive in a few years, and accepts it",
)
M(
    "Okay, confession before Thursday. Every time I go to the doctor I catch myself hoping they'll find something, the kind of thing where they sit you down and say there's nothing to be done. And I feel relief at the thought, not fear. Three kids and that's what I'm hoping for. Dana",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-24 13:40",
    tz="America/Chicago",
    who="Dana|D",
    note="passive wish to die through illness",
)
M(
    "Found myself looking up the tide times for the cliff walk at 3am. Not for a walk. I'm in bed now, just wanted it out of my head and onto someone else's phone.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 03:12",
    who="Niamh|N",
    note="method and place looked up; no time or intent stated",
)
M(
    "burned my wrist with the lighter again last night. felt better for about ten mins then worse. dont be mad pls",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-25 08:10",
    who="Tyler|T",
)
M(
    "Madam, I am telling you truthfully, I do not want to continue this life. Daily I am going to office and coming back like one machine, nothing is inside. Please do not inform my father, he will not understand. Arjun",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-24 23:50",
    tz="Asia/Kolkata",
    who="Arjun|A",
    note="negation that carries the risk",
)
M(
    "Bit of a weird week. I've been giving stuff away, the guitar to my nephew, the good swag to Sam, my records to the op shop. Feels lighter, like I'm packing for something. Not sure what. Lachie",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-23 19:20",
    tz="Australia/Melbourne",
    who="Lachlan|Lachie|L",
    note="giving possessions away read as preparation: human judgement",
)
M(
    "Wish I could just be switched off at the wall like the telly. No fuss, nae drama, just off. Kirsty",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-26 20:45",
    who="Kirsty|K",
    note="passive wish not to exist",
)
M(
    "Hi Dr Adeyemi, I should probably tell you I stopped taking my lamotrigine about three weeks ago. I haven't thrown it away though, I've been keeping each day's dose in a jar in my desk. I'm not totally sure why I'm saving them, but I know you'd want to know. Sophie",
    "high",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="email",
    at="11-25 10:30",
    who="Sophie|S",
    note="stockpiling medication without a stated purpose or plan: read as a method being kept, human judgement",
)
M(
    "urge to scratch at my arms till they bleed is back. had to sit on my hands in the staff room on break. three more hours of shift x",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 15:20",
    who="Abi|Abigail|A",
)
M(
    "Morning love. Told the Lord last night I'm ready whenever He is and I'd not mind if He got a shift on. Don't say owt to our Susan. Edna",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-23 10:00",
    who="Edna|E",
    note="older writer wishing death would come soon, kept from family: passive ideation, human judgement",
)
M(
    "Walking to work this morning I caught myself willing the bus to mount the kerb. Not the first time this week. Is that normal or is that a me thing",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-26 07:55",
    who="Gemma|G",
    note="passive ideation",
)

# ==== single messages: imminent

M(
    "Hi it's Tom, Aisha's husband. Last night she told me she's worked out which bridge, and that she's just waiting for a quiet day. She's gone to work and says she's fine. I don't know what I'm supposed to do. Can you ring me today?",
    "imminent",
    sig="suicidal_ideation support_request",
    top="psychotherapy",
    ch="sms",
    at="11-27 12:30",
    who="Tom|T",
    note="husband as proxy; method and place chosen = plan",
)
M(
    "took the whole strip of paracetamol about 20 mins ago. feel weirdly calm. just thought someone should know",
    "imminent",
    sig="self_harm suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-25 20:40",
    who="Leah|L",
)
M(
    "Thank you for putting up with me Dr M. You were the only one who actually tried. I'm sorry it wasn't enough. Please don't blame yourself x",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 02:35",
    who="Josh|J",
    note="farewell at night",
)
M(
    "cut deeper than i meant and its soaking through the towel. cant get it to stop. what do i do",
    "imminent",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 00:15",
    who="Ruby|R",
    note="self-harm with medical danger",
)
M(
    "Went by the hardware store for rope on the way home. Already checked the beam in the garage will hold. After Kim's asleep tonight. Wanted somebody to know it wasn't her fault.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-24 17:50",
    tz="America/Denver",
    who="Wade|W",
)
M(
    "Dinnae bother keeping my slot on Monday, I'll no be needing it or anything else. Been ready a good while. Tell the lassie at reception ta for the biscuits every week. This is me signing off. Iain",
    "imminent",
    sig="suicidal_ideation",
    top="cancellation psychotherapy",
    ch="email",
    at="11-26 11:00",
    who="Iain|I",
    note="farewell read from the whole message, not from one phrase: human judgement",
)
M(
    "Respected ma'am, I have written the letter to my parents and kept it with the almirah keys. Tonight I will finish this matter. Sorry to trouble you at this hour, you have been very kind. Kavya",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="email",
    at="11-25 21:15",
    tz="Asia/Kolkata",
    who="Kavya|K",
)
M(
    "Parked up at the top of the quarry road. Engines off. Just sitting here working up to it. Had most of the whisky. Don't send the police please",
    "imminent",
    sig="suicidal_ideation substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-27 23:40",
    who="Stu|Stuart|S",
    note="at a place, drinking, 'working up to it': intent read by a human",
)

# ==== single messages: moderate

M(
    "Spent the whole weekend under the duvet. Didn't eat, didn't answer anyone, let the phone die. Back at work today and just going through the motions",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-24 19:05",
    who="Zara|Z",
)
M(
    "Nothing is ever going to change with him, or with me either. I think I've stopped hoping, which is almost a relief. Claire",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-25 14:10",
    who="Claire|C",
)
M(
    "At the end of my tether. Baby hasn't slept in four nights and neither have I. Just need someone to tell me it gets better",
    "moderate",
    sig="hopelessness support_request",
    top="psychotherapy",
    ch="sms",
    at="11-26 04:20",
    who="Hannah|H",
)
M(
    "Heart going like the clappers cant get a breth been on the kitchen floor 20 mins it wont stop can you ring me",
    "moderate",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-24 11:45",
    who="Owen|O",
    note="overwhelming panic",
)
M(
    "Hi, I should be honest: I've been taking an extra diazepam or two most days, on top of what Dr Shah prescribed, just to get through the office. I know that's not how it's meant to work. Nadia",
    "moderate",
    sig="substance_use",
    top="medication psychotherapy",
    ch="email",
    at="11-23 09:30",
    who="Nadia|N",
)
M(
    "genuinely scared i wont make it through this one. everything's caving in at once",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 22:15",
    who="Ellis|E",
)
M(
    "Skipped every lecture this week, can't face anyone. Sorry I didn't do the worksheet either",
    "moderate",
    sig="withdrawal apology",
    top="psychotherapy",
    ch="sms",
    at="11-26 13:00",
    who="Ffion|F",
)
M(
    "Morning, Gary Doyle here, Callum's dad. Callum's not come out of his room since Thursday apart from the loo. He's not eating with us and school keep ringing. His mum and I are at a loss. Can he be seen sooner? Gary",
    "moderate",
    sig="withdrawal support_request",
    top="psychotherapy",
    ch="email",
    at="11-24 08:40",
    who="Gary|Gary Doyle|G",
    note="parent reports the patient's withdrawal",
)
M(
    "What's the point of any of it. Work, eat, scroll, sleep, repeat. Groundhog Day without the funny bits",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 18:50",
    who="Kieran|K",
)
M(
    "been on the weed from when i wake up now tbh, its the only thing that takes the edge off. mum thinks its just the odd one at weekends",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="whatsapp",
    at="11-23 21:30",
    who="Liam|L",
)
M(
    "Dear Julia,\n\nI know we've only got fifty minutes on Monday and I'll spend half of them crying, so I thought I'd write it down first.\n\nThe solicitor's letter came on Friday. Mark is asking for the house to be sold by March and for the children to be with him every other week, which he has never once wanted in fifteen years of marriage. My sister says it's a tactic and I shouldn't rise to it. I know she's right. But I read it standing in the hallway with my coat still on and I honestly thought my legs were going to go.\n\nSince then I've been functioning, just about. The school run happens, the packed lunches happen, I answer emails at work. But underneath it there's this constant hum, and in the evenings once the kids are down I just sit in the kitchen with the lights off. I can't take much more of this. I don't say that to be dramatic, I genuinely don't know how many more letters like that I can open.\n\nPractical things, since you always ask: I'm sleeping maybe four hours, eating when I remember, not drinking more than usual (one glass, two at most). I've got the mediation appointment on the 9th. Would it be possible to talk through what I want to say before then, maybe in Monday's session?\n\nThank you for reading all this. I know it's a lot.\n\nDebs",
    "moderate",
    sig="hopelessness",
    top="information psychotherapy",
    ch="email",
    at="11-25 22:05",
    who="Deborah|Debs|D",
    note="social drinking mentioned in passing is not substance use",
)
M(
    "I can't keep living like this, mate. Same four walls, same arguments, same everything. Something's got to give. Neil",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-24 20:20",
    who="Neil|N",
)
M(
    "I've called in sick three days running. Couldn't get out of bed, couldn't think of a reason to. Will I lose my job over this?",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="portal",
    at="11-26 10:10",
    who="Marta|M",
    note="no reason to get out of bed, not to live",
)
M(
    "No light at the end of this tunnel. It's just tunnel, all the way down, and I'm tired of pretending otherwise to everyone",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 16:30",
    who="Jas|Jaspreet|J",
)

# ==== single messages: low

M(
    "Feeling a bit flat today, nothing dramatic. Just wanted to say it to someone who won't try and fix it. Mo",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-23 13:15",
    who="Mo|Mohammed|M",
)
M(
    "everyone's gone home for reading week and the flat is so quiet. lonely as anything tbh. anyway how was your week lol",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-25 20:00",
    who="Chloe|C",
)
M(
    "my best mate put something really dark on her close friends story last night about not wanting to be here any more. she's left me on read all morning and i feel sick with worry",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 09:05",
    who="Isla|I",
    note="a friend's ideation: someone else's experience",
)
M(
    "Random question: if I ever got to the point of thinking about ending things, is there a number I'm meant to ring out of hours? I'm OK, just realised I'd have no idea. Ben",
    "low",
    top="information psychotherapy",
    ch="portal",
    at="11-24 17:30",
    who="Ben|B",
    note="hypothetical question",
)
M(
    "Hi, been thinking about what we went over on Tuesday, the summer I took the overdose at seventeen. Strange how saying it out loud in the room made it feel heavier and lighter at the same time. See you next week. Grace",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-27 09:45",
    who="Grace|G",
    note="past act discussed in therapy",
)
M(
    "Just so you know, haven't touched the blades this week. First full week since August. Feels weird not having that to tell you. Aoife",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-23 19:45",
    who="Aoife|A",
    note="self-harm denied for the current week -> low",
)
M(
    "Could I possibly ring you for five minutes today? Bit wobbly after Mum's phone call, don't want to wait till Friday",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 17:20",
    who="Sam|S",
)
M(
    "Feeling very low since Diwali ma'am. All the photos from home on the family group, and here I am eating dal alone in a bedsit in Slough. No one here even knew it was festival.",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="portal",
    at="11-24 21:00",
    who="Meera|M",
)
M(
    "Nan passed Sunday. Keep crying in the big Tesco by the biscuit aisle of all places.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-25 12:10",
    who="Shannon|S",
)
M(
    "Hi Dr Kowalski, a lad from our team took his own life last week. I didn't know him well but I sit facing his desk and I can't stop looking at it. Is it normal to feel this wrecked over someone I barely knew? Aidan",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-26 19:30",
    who="Aidan|A",
    note="a colleague's suicide: someone else's experience, the sender affected",
)
M(
    "Sad today. Nothing needed, just letting you know where I'm at. Pat",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-27 11:20",
    who="Pat|Patricia|P",
)

# ==== single messages: none

M(
    "This commute is genuinely killing me, two hours each way since they shut the line. Any chance we could switch to video for the next few weeks? Steph",
    "none",
    top="information",
    ch="whatsapp",
    at="11-24 07:10",
    who="Steph|S",
)
M(
    "I'm actually deceased 😂 my daughter just asked if you're a 'feelings doctor' and whether you do teeth as well",
    "none",
    top="information",
    ch="whatsapp",
    at="11-25 18:40",
    who="Laura|L",
)
M(
    "That car advert with 'Everybody Hurts' is on every break and now the whole house is singing it. Even the dog howls along lol",
    "none",
    top="information",
    ch="sms",
    at="11-26 12:45",
    who="Karen|K",
)
M(
    "Saw a piece in the Guardian about the new mental health crisis line numbers being rolled out. Thought of you. Hope the changes don't mean more work your end! Rob",
    "none",
    top="information",
    ch="email",
    at="11-23 08:20",
    who="Rob|Robert|R",
)
M(
    "Hello dear, I need to cancel Monday I'm afraid, it's the hospital for my knee at last. Could we do Wednesday instead? Many thanks, Brenda",
    "none",
    top="cancellation",
    ch="portal",
    at="11-24 10:00",
    who="Brenda|B",
)
M(
    "Could murder a chippy after today's session lol. Good one though, cheers for pushing me on the dad stuff. J",
    "none",
    top="psychotherapy",
    ch="sms",
    at="11-26 18:05",
    who="Jamie|J",
)
M(
    "Hiya, October's invoice hasn't come through, could you resend to my work email? Diolch!",
    "none",
    top="information",
    ch="whatsapp",
    at="11-25 09:00",
    who="Bethan|B",
)
M(
    "Lads in the pub reckon if England go out on penalties again they're all chucking themselves off Southend pier 😂 I've said I'll hold the coats",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 22:20",
    who="Craig|C",
)
M(
    "Finally killed the bindweed, took the spade to every last root. Small victories! Maggie",
    "none",
    top="information",
    ch="sms",
    at="11-23 15:30",
    who="Margaret|Maggie|M",
)
M(
    "I ACTUALLY GOT THE JOB!!! Starting in January. Couldn't have walked in there without our sessions 🎉🎉",
    "none",
    top="information psychotherapy",
    ch="whatsapp",
    at="11-24 16:45",
    who="Tash|Natasha|T",
)
M(
    "Book club picked The Bell Jar for December. Bit heavy for mulled wine season, but I'm enjoying it. Ruth",
    "none",
    top="information",
    ch="portal",
    at="11-25 19:00",
    who="Ruth|R",
)
M(
    "Absolutely overdosed on mince pies at the work do, never again 🤢",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 08:30",
    who="Danny|D",
)
M(
    "my mum is literally going to kill me when she sees my report 💀 anyway see u thurs",
    "none",
    top="information",
    ch="whatsapp",
    at="11-24 16:00",
    who="Mia|M",
)
M(
    "Quick one: my GP has switched me from citalopram to sertraline. Does that change anything for our sessions, or shall I just carry on as normal? Thanks, Vicky",
    "none",
    top="medication",
    ch="email",
    at="11-26 09:20",
    who="Victoria|Vicky|V",
)
M(
    "Link for tomorrow's video session says expired. Could you send a fresh one? Hamish",
    "none",
    top="information",
    ch="portal",
    at="11-25 17:55",
    who="Hamish|H",
)
M(
    "Dying to tell you about the weekend before I forget the details, so here goes. I went to Dad's for his 70th like we planned. I did the thing we practised: arrived late on purpose so I wasn't stuck in the kitchen for two hours, brought a dish so I had a job, and when he started on about my career I said 'I'm not discussing that today, Dad' and went to check on the jollof. And he let it go! My auntie nearly dropped her plate. Later on he actually asked about the flat and listened to the answer. It wasn't a film ending, he still made a comment about my hair, but I drove home without that tight feeling in my chest for the first time in years. I even stopped at the services and had a coffee and just sat there feeling proud of myself, which is not a sentence I would have written in January. Anyway, lots to unpack on Thursday, but I wanted you to have the good news first. Olu",
    "none",
    top="information psychotherapy",
    ch="portal",
    at="11-27 20:10",
    who="Olu|Olumide|O",
)
M(
    "Presentation went down a storm, I absolutely killed it. Boss wants me to do the next one too, help! Leon",
    "none",
    top="information",
    ch="sms",
    at="11-23 17:40",
    who="Leon|L",
)
M(
    "Heading bush with the girls this weekend, no reception till Monday so don't panic if I go quiet haha. See you the week after. Shaz",
    "none",
    top="information",
    ch="sms",
    at="11-26 15:00",
    tz="Australia/Perth",
    who="Shaz|Sharon|S",
)
