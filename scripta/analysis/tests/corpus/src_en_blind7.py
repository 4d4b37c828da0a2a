# Blind round 7 (English; written 2026-11-26 by an author who never saw the engine nor rounds 2-6), measured once
# with engine 2026.11.11 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (British, American, Irish and other speakers), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
M(
    "Counted them out on the kitchen table. The whole month of quetiapine plus what was left of Dad's after he passed. It's enough, I checked. I'll wait till Sarah's asleep. Please don't ring the house, I've made up my mind. G.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "11-19 23:52",
    who="Gareth|G.",
    g="b7en-pills-01",
    v="base",
    note="pills counted and ready, time set -> imminent",
)
M(
    "Counted them out on the kitchen table. The whole month of quetiapine plus the spares, for the trip to Sarah's mum's. It's enough, I checked. Don't ring the house on Thursday, we'll be on the road. G.",
    "none",
    "",
    "medication information",
    "whatsapp",
    "11-19 23:52",
    who="Gareth|G.",
    g="b7en-pills-01",
    v="idiom",
    note="counting pills for a trip -> none",
)
M(
    "Haven't counted out any pills and I'm not stockpiling, I promise. Took tonight's quetiapine as normal and the rest is in the locked box. Just can't sleep. G.",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "11-19 23:52",
    who="Gareth|G.",
    g="b7en-pills-01",
    v="negation",
    note="negated imminent cue -> low",
)

M(
    "Every night on the drive home I slow down on the bridge and think how easy it would be to just turn the wheel. Then I get in and do the kids' tea like nothing happened. L.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-07 19:40",
    who="Lorraine|L.",
    g="b7en-bridge-02",
    v="base",
    note="thinking about a method -> high",
)
M(
    "My husband told me last night that every time he drives home over the bridge he thinks how easy it would be to just turn the wheel. Then he comes in and does the kids' tea like nothing happened. L.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-07 19:40",
    who="Lorraine|L.",
    g="b7en-bridge-02",
    v="person",
    note="someone else's (not the patient) -> low",
)
M(
    "If I ever caught myself slowing down on the bridge and thinking how easy it would be to turn the wheel, is that when I ring you or the crisis line? Just want it written down somewhere. L.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-07 19:40",
    who="Lorraine|L.",
    g="b7en-bridge-02",
    v="negation",
    note="hypothetical question -> low",
)

M(
    "I wanted to say thank you for everything you've tried to do for me this year. You were kind when I didn't make it easy. I'm tired and I'm done now, and I've made my peace with it. Please tell the Wednesday group I said goodbye. Nina",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "09-14 21:15",
    who="Nina|N.",
    g="b7en-goodbye-03",
    v="base",
    note="farewell in a context of risk -> imminent",
)
M(
    "I wanted to say thank you for everything you've done for me this year. You were kind when I didn't make it easy. I'm moving to Leeds for the new job on Monday, so please tell the Wednesday group I said goodbye. Nina",
    "none",
    "",
    "psychotherapy information",
    "portal",
    "09-14 21:15",
    who="Nina|N.",
    g="b7en-goodbye-03",
    v="idiom",
    note="goodbye because of a move -> none",
)

M(
    "Did it again last night with the blade out of a pencil sharpener. Not deep, I cleaned it up and put plasters on. I know I said I'd text you first. Sorry. Mo",
    "high",
    "self_harm apology",
    "psychotherapy",
    "whatsapp",
    "03-02 08:10",
    who="Mo|Mohammed",
    g="b7en-cut-04",
    v="base",
    note="recent self-injury -> high",
)
M(
    "Back at uni I used to do it with the blade out of a pencil sharpener. A lad at work had plasters on his arm today and it all came back, but I'm ok, just wanted to tell you. Mo",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 08:10",
    who="Mo|Mohammed",
    g="b7en-cut-04",
    v="tense",
    note="historic self-harm -> low",
)
M(
    "Did it again last night with the blade out of a pencil sharpener lol 😂 not deep, I cleaned it up and put plasters on. I know I said I'd text you first. Sorry 😂 Mo",
    "high",
    "self_harm apology valence_shift",
    "psychotherapy",
    "whatsapp",
    "03-02 08:10",
    who="Mo|Mohammed",
    g="b7en-cut-04",
    v="emoticon",
    note="laughing emoji on self-injury -> valence shift",
)

M(
    "I go to bed every night hoping I just don't wake up in the morning. Been like that since the new year.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-22 23:20",
    who="Beth|B.",
    g="b7en-wake-05",
    v="base",
    note="passive ideation -> high",
)
M(
    "For the first time since the new year I don't go to bed hoping I won't wake up in the morning. Tiny thing but I wanted you to know.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-22 23:20",
    who="Beth|B.",
    g="b7en-wake-05",
    v="negation",
    note="negated high cue -> low",
)
M(
    "My line in the drama group play is 'I go to bed every night hoping I just don't wake up in the morning' and the director says I sound too cheerful. Any tips? 😄",
    "none",
    "",
    "information",
    "sms",
    "01-22 23:20",
    who="Beth|B.",
    g="b7en-wake-05",
    v="quotation",
    note="a line from a play -> none",
)

M(
    "Haven't been out of bed since Saturday except for the loo. Phone's on silent, I can't face anyone. K",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "02-17 16:05",
    who="Kasia|K.",
    g="b7en-bed-06",
    v="base",
)
M(
    "My flatmate hasn't been out of bed since Saturday except for the loo, phone on silent, won't face anyone. Should I ring her mum? K",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-17 16:05",
    who="Kasia|K.",
    g="b7en-bed-06",
    v="person",
    note="someone else's withdrawal -> low",
)
M(
    "Haven't spent a single day in bed since Saturday, phone's back on and I even went to the shop. K",
    "none",
    "",
    "information",
    "whatsapp",
    "02-17 16:05",
    who="Kasia|K.",
    g="b7en-bed-06",
    v="negation",
    note="negated moderate cue -> none",
)

M(
    "Third night running I've finished a bottle of red on my own just to get to sleep. It's the only thing that switches my head off. Fi",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "04-11 22:30",
    who="Fiona|Fi",
    g="b7en-drink-07",
    v="base",
)
M(
    "Five years ago I was finishing a bottle of red on my own every night just to get to sleep. Five years sober today 🎉 Fi",
    "low",
    "",
    "psychotherapy information",
    "sms",
    "04-11 22:30",
    who="Fiona|Fi",
    g="b7en-drink-07",
    v="tense",
    note="past drinking -> low",
)
M(
    "THIRD NIGHT RUNNING I'VE FINISHED A BOTTLE OF RED ON MY OWN JUST TO GET TO SLEEP. IT'S THE ONLY THING THAT SWITCHES MY HEAD OFF. Fi",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "04-11 22:30",
    who="Fiona|Fi",
    g="b7en-drink-07",
    v="caps",
)

M(
    "honestly think everyone in this house would be better off without me. mum wouldn't have to keep covering for me at school and dad could stop pretending. Jade",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-06 22:47",
    who="Jade|J.",
    g="b7en-burden-08",
    v="base",
    note="perceived burdensomeness -> high",
)
M(
    "our english set text has a character who says 'everyone in this house would be better off without me' and we have to write 800 words on why he says it. any ideas lol. Jade",
    "none",
    "",
    "information",
    "whatsapp",
    "05-06 22:47",
    who="Jade|J.",
    g="b7en-burden-08",
    v="quotation",
    note="line from a set text -> none",
)
M(
    "honestly think everyone in this house would be better off without me 🙂 mum wouldn't have to keep covering for me at school and dad could stop pretending 🙂 Jade",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "05-06 22:47",
    who="Jade|J.",
    g="b7en-burden-08",
    v="emoticon",
)

M(
    "I've decided. I'm going to end it on Friday while the house is empty. The cat's going to my sister's and I've written to her. Don't try to talk me out of it. Dom",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-10 18:20",
    who="Dominic|Dom",
    g="b7en-end-09",
    v="base",
    note="intent + time, affairs arranged -> imminent",
)
M(
    "I've decided. I'm going to end it with Callum on Friday while his flat is empty, no audience. The cat's staying with me. Don't try to talk me out of it. Dom",
    "none",
    "",
    "psychotherapy",
    "sms",
    "06-10 18:20",
    who="Dominic|Dom",
    g="b7en-end-09",
    v="idiom",
    note="ending a relationship -> none",
)

M(
    "I've started looking up how high the multi-storey at work is and how you'd get onto the top deck. I don't really know why I'm telling you this. Alex",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-20 13:05",
    who="Alex|A.",
    g="b7en-carpark-10",
    v="base",
    note="researching a method -> high",
)
M(
    "Odd question before Thursday: if someone found themselves looking up how high the multi-storey at work is and how you'd get onto the top deck, is that something you'd want to hear about straight away? Alex",
    "low",
    "",
    "psychotherapy",
    "portal",
    "08-20 13:05",
    who="Alex|A.",
    g="b7en-carpark-10",
    v="negation",
    note="hypothetical question -> low",
)
M(
    "My son (you see him on Wednesdays) has started looking up how high the multi-storey in town is and how you'd get onto the top deck. I found it on the family iPad. I don't know what to do. Alex",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "08-20 13:05",
    who="Alex|A.",
    g="b7en-carpark-10",
    v="person",
    note="parent reports the patient -> patient's risk",
)

M(
    "Flying to Boston tomorrow for the conference and honestly part of me hopes the plane just goes down. Then I wouldn't have to do anything myself. Megan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "07-03 07:15",
    who="Megan|M.",
    g="b7en-plane-11",
    v="base",
    note="passive ideation -> high",
)
M(
    "Flying to Boston tomorrow for the conference and honestly I'm dying to get away, ten whole days without the office. See you on the 14th! Megan",
    "none",
    "",
    "information",
    "whatsapp",
    "07-03 07:15",
    who="Megan|M.",
    g="b7en-plane-11",
    v="idiom",
)

M(
    "Panic attack on the bus again. Had to get off two stops early and sit on the kerb. I'm scared I won't make it through this week.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "09-29 08:45",
    who="Chloe|C.",
    g="b7en-panic-12",
    v="base",
    note="afraid I won't make it -> moderate",
)
M(
    "Panic attack on the bus again... had to get off two stops early... sat on the kerb... scared I won't make it through this week...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "09-29 08:45",
    who="Chloe|C.",
    g="b7en-panic-12",
    v="emoticon",
    note="ellipses instead of full stops",
)

M(
    "Took all of my sleeping tablets about twenty minutes ago. I just wanted it all to stop. I'm sorry. Declan",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "10-30 22:40",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="b7en-sleep-13",
    v="base",
    note="overdose taken -> imminent",
)
M(
    "Took all of my sleeping tablets with me to Galway so no fear of running out. Back on Monday. Declan",
    "none",
    "",
    "medication information",
    "sms",
    "10-30 22:40",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="b7en-sleep-13",
    v="idiom",
)
M(
    "TOOK ALL OF MY SLEEPING TABLETS ABOUT TWENTY MINUTES AGO. I JUST WANTED IT ALL TO STOP. I'M SORRY. Declan",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "10-30 22:40",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="b7en-sleep-13",
    v="caps",
)

M(
    "Sunday evenings are the worst. Nobody's messaged me all weekend and the flat is so quiet. Could you send me one line, just so I know someone's there? Pauline",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "03-22 19:55",
    who="Pauline|P.",
    g="b7en-sunday-14",
    v="base",
)
M(
    "Sunday evenings are the worst 😢 nobody's messaged me all weekend and the flat is so quiet 😢 could you send me one line, just so I know someone's there? Pauline",
    "low",
    "loneliness support_request",
    "psychotherapy",
    "whatsapp",
    "03-22 19:55",
    who="Pauline|P.",
    g="b7en-sunday-14",
    v="emoticon",
)
M(
    "My nan says Sunday evenings are the worst for her, nobody rings all weekend and her flat is so quiet. I've started phoning her every Sunday. Thought you'd like that after what we said about reaching out. Pauline",
    "none",
    "",
    "psychotherapy information",
    "whatsapp",
    "03-22 19:55",
    who="Pauline|P.",
    g="b7en-sunday-14",
    v="person",
    note="someone else's loneliness (a low cue) -> none",
)

M(
    "I'm at the end of my rope with this. Three years of tribunals and appeals and nothing is ever going to change. Steve",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "06-25 21:10",
    who="Steve|S.",
    g="b7en-rope-15",
    v="base",
)
M(
    "Three years ago I was at the end of my rope with the tribunal and sure that nothing would ever change. Today the letter came: we won. Steve",
    "low",
    "",
    "psychotherapy information",
    "email",
    "06-25 21:10",
    who="Steve|S.",
    g="b7en-rope-15",
    v="tense",
    note="past hopelessness -> low",
)

M(
    "Keep picturing my own funeral. Who'd come, what they'd play, whether Rob would cry. And the weird thing is I feel calm when I do. Immy",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-08 00:35",
    who="Imogen|Immy",
    g="b7en-funeral-16",
    v="base",
    note="imagining own funeral with relief -> high",
)
M(
    "Keep picturing Dad's funeral. Who'd come, what they'd play, whether Rob would cry. The hospice said weeks, not months. Immy",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "02-08 00:35",
    who="Imogen|Immy",
    g="b7en-funeral-16",
    v="person",
    note="anticipatory grief for a parent -> low",
)

M(
    "Wrote letters to each of the kids last night, just in case. I'm not planning anything, I just wanted it done and in the drawer. Laura",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "11-02 07:30",
    who="Laura|L.",
    g="b7en-letters-17",
    v="base",
    note="preparation; negated plan does not lower it",
)
M(
    "Wrote letters to each of the kids last night for the school time capsule, just in case they forget what this year was like. Sealed and in the drawer. Laura",
    "none",
    "",
    "information",
    "email",
    "11-02 07:30",
    who="Laura|L.",
    g="b7en-letters-17",
    v="idiom",
)

M(
    "Dr Ahmed, this is Priya's mum. Priya has locked herself in the bathroom and says she has taken a whole packet of my paracetamol. I have called 999 and they're on the way. Please ring me as soon as you can. Meena Shah",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "10-14 21:25",
    who="Meena|Meena Shah",
    g="b7en-paracetamol-18",
    v="base",
    note="parent reports the patient's overdose",
)
M(
    "Dr Ahmed, this is Priya's mum. Priya is in her room and swears she hasn't taken any of my paracetamol, I counted and the packet is all there. Please ring me when you can. Meena Shah",
    "low",
    "support_request",
    "medication psychotherapy",
    "sms",
    "10-14 21:25",
    who="Meena|Meena Shah",
    g="b7en-paracetamol-18",
    v="negation",
    note="negated overdose -> low",
)

# ---------------------------------------------------------------- imminent
M(
    """Hi Dr. Morales,

Sorry this is long. I know we said e-mails should be for admin, so the admin first: the custody schedule changed again, I now have the boys every other weekend from Friday at six, and Denise's lawyer wants the mediation moved to December 9th. I told him I'd ask you whether the letter you wrote in September still covers that.

Work is the same. They moved me to nights for the warehouse inventory, which honestly suits me, fewer people around. I've been keeping up with the walks like you said, most days anyway, and I fixed the porch step finally. The boys helped paint it, which took three times as long but they were proud of it.

The other thing. I went through the life insurance paperwork last week and the two-year clause ran out in October. I've worked out that if it happens on the lake road at night in the truck nobody would call it anything but an accident, and the boys would get the whole amount. I've picked the Saturday after they go back to their mom's. I'm not telling you so you'll stop me, I'm telling you because you've been decent to me and I didn't want you to find out from the paper.

Anyway. Could we move Thursday to 4pm instead of 3? The shift change makes 3 hard, and I'd rather not miss it.

Thanks,
Brian""",
    "imminent",
    "suicidal_ideation apology",
    "cancellation information psychotherapy",
    "email",
    "11-18 22:15",
    tz="America/Chicago",
    who="Brian|Brian Kowalski",
    note="plan (method, place, day) in the middle of an admin e-mail",
)
M(
    "Dropped Bran off at my brother's for good, gave Aisling my good coat and paid off the credit union. Everything's tidy now. I'll go down to the Bull Wall tonight when the tide's in. Thanks for trying with me, Ciara",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "08-15 19:30",
    tz="Europe/Dublin",
    who="Ciara|C.",
    note="giving things away + place and time",
)
M(
    "got 60 of them now 💊 been putting one aside every night since august. tonight's the night",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "09-09 23:58",
    who="Jordan|J.",
    note="pills saved + time",
)
M(
    "drank most of the vodka and swallowed the whole box of codeine about an hour ago. feeling kind of floaty. just wanted to say thanks for listening all those months x",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "07-19 01:40",
    who="Amber|A.",
    note="overdose taken with alcohol",
)
M(
    "It's Derek, Olly's dad. Olly texted his girlfriend an hour ago saying goodbye and that he's sorry for everything, and now his phone's off. He's taken my car keys. We're driving round looking for him. Please call me now, 07700 900412",
    "imminent",
    "suicidal_ideation urgency support_request",
    "psychotherapy",
    "sms",
    "02-21 22:05",
    who="Derek|D.",
    note="parent reports the patient's farewell and disappearance",
)
M(
    "cut too deep this time, there's blood all over the bathroom floor and it won't stop, I've got a towel pressed on it. please answer",
    "imminent",
    "self_harm urgency support_request",
    "psychotherapy",
    "whatsapp",
    "04-26 03:12",
    who="Natasha|Tash",
    note="self-harm with medical danger",
)
M(
    "Went to the hardware shop this morning. Got what I need. It'll be tomorrow after Tom leaves for work. I just wanted one person to know it wasn't his fault.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-20 21:05",
    who="Hazel|H.",
    note="means bought + time, method unnamed",
)
M(
    "Dear Dr Patel, I write to let you know that I shall not require any further appointments. I have put my affairs in order, the solicitor has my instructions and the cat will go to Mrs Hale next door. I have been keeping back my tablets for some weeks and I intend to take them on Sunday, which would have been Edith's birthday. Thank you for your kindness over this difficult year. Yours sincerely, Arthur Bell",
    "imminent",
    "suicidal_ideation",
    "medication cancellation psychotherapy",
    "portal",
    "03-05 10:20",
    who="Arthur|Arthur Bell",
    note="formal letter: affairs in order, pills saved, date",
)
M(
    "I CANT DO THIS ANYMORE IM GOING TO THE TRAIN TRACKS NOW DONT TRY AND STOP ME",
    "imminent",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "10-03 23:35",
    tz="America/New_York",
    who="Kayden|K.",
)
M(
    "I'm sat on the wall at the top of the cliffs. Been here about an hour watching the waves. I'm not scared any more, which is strange. Rhys",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-01 05:20",
    who="Rhys|R.",
    note="at the place now",
)
M(
    "Got all my insulin pens lined up on the bed. If I did them all at once no one would ever know it wasn't a mistake with the dose. After Mum's gone to bed tonight.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "01-30 20:50",
    who="Lily|L.",
    note="method ready + time",
)
M(
    "Took my dad's revolver out of the gun safe, it's loaded and on the nightstand. I'm not waiting for the weekend anymore. Sorry for everything, Dr. K. - Tyler",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "11-11 23:10",
    tz="America/Denver",
    who="Tyler|T.",
)

# ---------------------------------------------------------------- high
M(
    "Sometimes at the crossing on Mill Road I think, if a bus clipped me that would be fine. Not that I'd step out. Just that it would be fine, and it wouldn't be my fault.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-25 08:20",
    who="Harriet|H.",
    note="passive ideation",
)
M(
    "I don't see myself still being here by Christmas, if I'm honest. Not a plan or anything. Just a feeling that I'm running out. Sorry to dump this on you on a Tuesday morning. Sean",
    "high",
    "suicidal_ideation hopelessness apology",
    "psychotherapy",
    "email",
    "11-24 09:05",
    tz="Europe/Dublin",
    who="Sean|S.",
)
M(
    "The urge to burn my arm with the lighter is really bad tonight. I've put it in the drawer but I keep opening the drawer to look at it.",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-30 23:40",
    who="Zoe|Z.",
)
M(
    """Hi Maura,

I hope you had a good Easter. Mine was grand, we went to Gran's in Mullingar and she made far too much food as usual, and my cousin's baby is walking now which was lovely to see. Dad's hip is slowly getting better too, and he's back driving to Mass on his own, which is a relief to everyone.

I wanted to write before Tuesday because I don't think I'll manage to say this in the room. The new job is going fine on paper. I'm on time, I'm getting the rotas done, my manager said I was "a great addition", all that. But most nights on the walk home along the canal I find myself looking at the water differently than I used to, and thinking it would be easier for everyone if I just wasn't around any more. Mam has enough on her plate with Dad and I'm just one more thing for her to worry about. I haven't done anything and I'm not saying I will, I just don't want to be carrying it on my own any longer.

Could we talk about it on Tuesday? You might need to start the conversation, because I'll probably chicken out and talk about work for the whole hour.

Other than that, the accountancy exam is on the 30th, so I'll need to move the session that week if that's alright with you.

Thanks,
Aoife""",
    "high",
    "suicidal_ideation support_request",
    "cancellation information psychotherapy",
    "email",
    "04-08 23:30",
    tz="Europe/Dublin",
    who="Aoife|A.",
    note="ideation in the middle of a newsy e-mail",
)
M(
    "smoked way too much tonight and all i can think is i don't want to exist anymore. not gonna do anything, just needed to say it somewhere",
    "high",
    "suicidal_ideation substance_use",
    "psychotherapy",
    "whatsapp",
    "09-19 02:30",
    tz="America/Los_Angeles",
    who="Marcus|M.",
)
M(
    "Hi, Karen here, Ellie's mum. When Ellie was getting changed last night I saw fresh cuts on the tops of her legs, and this morning there was a pencil sharpener in pieces in her bin. She says it's nothing and she's fine. Is there any chance of bringing her appointment forward?",
    "high",
    "self_harm support_request",
    "cancellation psychotherapy",
    "sms",
    "10-21 08:05",
    who="Karen|K.",
    note="parent reports the patient's self-harm",
)

# ---------------------------------------------------------------- moderate
M(
    "What's the point of any of it. Work, eat, sleep, repeat. Nothing's going to change and I've stopped pretending it will.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-17 22:10",
    who="Lewis|L.",
)
M(
    "Haven't left the flat in four days. Ordered food in, didn't answer the door when Jess came round. I just can't face people right now. Sorry I've gone quiet. Anjali",
    "moderate",
    "withdrawal apology",
    "psychotherapy",
    "whatsapp",
    "05-14 15:30",
    who="Anjali|A.",
)
M(
    "Took two extra diazepam this afternoon just to get through the team meeting. I know, I know. Will tell you properly on Friday. Helen",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "06-16 17:45",
    who="Helen|H.",
)
M(
    "honestly can't take much more of this. mum on at me, college on at me, everyone wants something and i can't breathe",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "01-13 21:50",
    who="Kofi|K.",
)
M(
    """Dear Dr Evans,

Just a few updates before our next session, as I know we only have the fifty minutes and I tend to waste the first twenty on the weather.

The redundancy has gone through. My last day is the end of the month. They've been decent about the package and the lads in the depot took me to the pub on Friday, which was good of them, though I didn't say much. Claire has been very supportive, she's already been looking at jobs for me, which I'm grateful for, although it makes me feel a bit like a project.

The thing I haven't told Claire is that I've been having a few whiskies every night once she's gone up, to get to sleep. More than a few if I'm honest, and the bottle I bought on Monday is nearly gone. I know what you'll say. I know what my father was like. I just don't see another way of shutting my head off at the moment.

The kids are fine. Ben got into the county team and Lucy has her mocks in January, so the house is all revision timetables and football boots. Claire's mother is coming for Christmas, which we can talk about another time.

I have a hospital appointment on the 23rd (the knee again), so I will need to move that week's session if possible. Any time on the Friday would work for me.

Kind regards,
Paul Jenkins""",
    "moderate",
    "substance_use",
    "cancellation information psychotherapy",
    "email",
    "10-09 06:40",
    who="Paul|Paul Jenkins",
    note="drinking to cope in the middle of an update e-mail",
)
M(
    "Called in sick Monday, Tuesday and today. Haven't opened the curtains. Sorry for missing our session yesterday too, I couldn't make myself get up. Becca",
    "moderate",
    "withdrawal apology",
    "cancellation psychotherapy",
    "portal",
    "02-11 13:20",
    who="Becca|Rebecca",
)
M(
    "it's happening again, my heart is going so fast and I can't get air, I honestly feel like I'm going to die. I'm on the floor of the work toilets. please text back now",
    "moderate",
    "urgency support_request",
    "psychotherapy",
    "sms",
    "07-08 11:15",
    who="Sophie|Soph",
    note="overwhelming panic; 'going to die' is the panic, not ideation",
)
M(
    "Jack hasn't been to school for two weeks now. He won't come out of his room except for the bathroom and he's stopped eating with us. I'm at a loss.\nSiobhan (Jack's mum)\n087 555 0192",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "11-04 20:00",
    tz="Europe/Dublin",
    who="Siobhan|S.",
    note="parent reports the patient's withdrawal",
)
M(
    "I'm so tired of fighting this. Eight years of different tablets and different therapists and I'm no better than when I started. I don't think I ever will be. Not your fault, I know. Mark",
    "moderate",
    "hopelessness",
    "medication psychotherapy",
    "email",
    "09-02 21:40",
    who="Mark|M.",
)
M(
    "Went out Friday and didn't get home till Sunday night. Did more coke than I've ever done, and I've had a line this morning just to stand up at work. Scared of myself a bit tbh.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "03-09 08:30",
    who="Jamie|J.",
)
M(
    "Fine, everything's fine 😂 just haven't eaten since Tuesday and haven't been out of the house either 😂😂",
    "moderate",
    "withdrawal valence_shift",
    "psychotherapy",
    "whatsapp",
    "04-02 14:10",
    who="Gemma|G.",
)
M(
    "I can't keep living like this, with the noise through the wall every night and the landlord doing nothing. Something has to give. Farah",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "08-05 00:20",
    who="Farah|F.",
    note="'can't keep living like this' -> moderate",
)
M(
    "Not been out since the funeral. The neighbours leave bits of shopping on the step. I don't answer the phone much. Bernard",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "01-08 16:30",
    who="Bernard|B.",
)
M(
    "Been drinking since noon because it's the only way I can sit at the table with my family on Thanksgiving. Hiding in the garage texting you right now. Happy Thanksgiving I guess. Kristen",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "11-26 16:40",
    tz="America/Chicago",
    who="Kristen|K.",
)
M(
    "I keep thinking... what if it never gets better... what if this is just it now... I'm afraid I'm not going to make it through the winter...",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-21 23:15",
    who="Rosie|R.",
)

# ---------------------------------------------------------------- low
M(
    "Feeling a bit flat today. Nothing's happened, everything's just grey. Could we do a quick phone call this week, even five minutes? Tom",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "10-27 12:40",
    who="Tom|T.",
)
M(
    "My sister was taken into hospital last night after she tried to hang herself. I'm sitting in the family room on the ward. I don't even know what I feel. Gwen",
    "low",
    "",
    "psychotherapy",
    "sms",
    "06-22 07:10",
    who="Gwen|G.",
    note="someone else's attempt -> low",
)
M(
    "I don't have any thoughts of hurting myself, I promise, before you ask. I've just been really sad since the move and crying a lot in the evenings. Nadia",
    "low",
    "",
    "psychotherapy",
    "portal",
    "09-24 20:30",
    who="Nadia|N.",
    note="negated self-harm, sadness -> low",
)
M(
    "About what we got to on Tuesday, the time I took the overdose when I was nineteen. I've never told anyone the whole of it before. Thank you for just letting me say it. Ruth",
    "low",
    "",
    "psychotherapy",
    "portal",
    "05-28 09:15",
    who="Ruth|R.",
    note="historic attempt discussed in therapy -> low",
)
M(
    "Random question, but if I ever did start wanting to die again, do I ring you first or the crisis line? I'm fine, I just want to know the plan. Ben",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-27 18:00",
    who="Ben|B.",
    note="hypothetical -> low",
)
M(
    "Sorry for the long silence. I've been a bit lonely since Maeve moved to Cork, but I'm keeping busy with the choir. See you Thursday. Orla",
    "low",
    "loneliness apology",
    "psychotherapy",
    "email",
    "10-16 19:20",
    tz="Europe/Dublin",
    who="Orla|O.",
)
M(
    "Missing my dad so much today, it's a year since he died. Just needed to tell someone. Dev",
    "low",
    "",
    "psychotherapy",
    "sms",
    "03-30 22:55",
    who="Dev|Devendra",
)
M(
    "A girl from my Discord server posted that she's going to kill herself tonight. I reported it and messaged her but she's not answering. I feel sick and I can't stop checking.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "08-09 00:50",
    tz="America/New_York",
    who="Maya|M.",
    note="someone else's crisis -> low",
)
M(
    "Hi Susan, quiet week, which I think is good news. I cried less, I got to the pool twice and I rang Mum on Sunday without it turning into a row. Mornings are still heavy, I lie there a while before I can get going, but I am getting up. See you on the 3rd. Bex",
    "low",
    "",
    "psychotherapy information",
    "email",
    "11-25 18:30",
    who="Bex|B.",
)

# ---------------------------------------------------------------- none
M(
    "Running 10 mins late, bus broke down on the ring road. Sorry! Dan",
    "none",
    "apology",
    "information",
    "sms",
    "04-14 16:52",
    who="Dan|D.",
)
M(
    "Work is absolutely killing me this week, three deadlines and my boss is in Tenerife. Any chance we could do Friday on video instead of in person? Ash",
    "none",
    "",
    "information",
    "whatsapp",
    "10-20 12:15",
    who="Ashley|Ash",
    note="busy week as a fact; idiom",
)
M(
    "Could you send the invoice for October again please? The accountant says he never got it. Thanks, Graham Whitlock",
    "none",
    "",
    "information",
    "email",
    "11-10 10:05",
    who="Graham|Graham Whitlock",
)
M(
    "Finally watched that documentary about the bridge and the safety nets that you mentioned. Really interesting how much difference one barrier makes. See you Weds, Hannah",
    "none",
    "",
    "information",
    "whatsapp",
    "02-02 21:30",
    who="Hannah|H.",
)
M(
    "I'm DEAD 😂😂 Maisie just told the dentist she's going to be a dinosaur when she grows up",
    "none",
    "",
    "information",
    "whatsapp",
    "06-04 10:10",
    who="Stacey|S.",
    note="idiom",
)
M(
    "Need to cancel Tuesday, Liam's come down with chickenpox. Could we do the same time next week instead? Angela",
    "none",
    "",
    "cancellation",
    "sms",
    "03-03 07:50",
    who="Angela|A.",
)
M(
    "Is it alright to take the sertraline in the evening instead of the morning? It makes me a bit queasy at breakfast. Ravi",
    "none",
    "",
    "medication",
    "portal",
    "07-14 09:30",
    who="Ravi|R.",
)
M(
    "Got the job!!! I start on the 3rd. Couldn't have done that interview without our sessions 🎉 Sam",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "09-11 17:25",
    who="Sam|S.",
)
M(
    "We're doing a sponsored abseil down the cathedral for the Samaritans in March. Would you like to sponsor me? Totally fine if not, I know there are boundaries! Erin",
    "none",
    "",
    "information",
    "email",
    "01-27 19:00",
    who="Erin|E.",
)
M(
    "I could murder a curry tonight. Anyway, confirmed for Monday at 6. Raj",
    "none",
    "",
    "information",
    "sms",
    "05-11 17:05",
    who="Raj|R.",
    note="idiom",
)
M(
    "Bags packed, tickets printed and I've said my goodbyes to everyone at work. Lisbon here I come! I'll miss next week's session, back for the 9th. Maria",
    "none",
    "",
    "cancellation information",
    "whatsapp",
    "07-31 06:30",
    who="Maria|M.",
    note="goodbyes before a holiday",
)
M(
    "Chemist's out of the 50mg so they gave me two of the 25mg instead, that's the same thing, right? Kev",
    "none",
    "",
    "medication",
    "sms",
    "08-26 13:40",
    tz="Australia/Melbourne",
    who="Kevin|Kev",
)
