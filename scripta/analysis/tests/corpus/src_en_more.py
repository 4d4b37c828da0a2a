# Fictional English messages, second dev batch (2026-11-26), written before reading the
# engine's lexicon: phrasings not already in src_en.py (indirect ideation, text-speak and
# typos, medication names and counts, coping with drink and drugs, idioms, quotes, reported
# speech after a colon, hypotheticals, past, negations). Labels follow GUIDELINES.md.
# Same format as src_en.py: M(text, risk, sig, top, ch, at, who=, g=, v=, note=).
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants
# the bridge
M(
    "I keep thinking about the bridge on my way to work. Every morning I slow down on it and picture going over.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-01 08:12",
    who="Ellie",
    g="en2-01",
    v="base",
)
M(
    "Last spring I kept thinking about the bridge on my way to work. I haven't had that in months, thankfully. Ellie",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-01 08:12",
    who="Ellie",
    g="en2-01",
    v="tense",
    note="past -> low",
)
M(
    "I keep thinking about the bridge on my way to work - they're closing it for repairs in October and my commute will double. Ellie",
    "none",
    "",
    "information",
    "sms",
    "09-01 08:12",
    who="Ellie",
    g="en2-01",
    v="idiom",
    note="everyday mention of a bridge, no risk",
)
# the train tracks
M(
    "cant stop thinking about stepping onto the tracks when the train comes in. every single day at the station",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-03 07:50",
    who="Kieran",
    g="en2-02",
    v="base",
)
M(
    "my flatmate told me she cant stop thinking about stepping onto the tracks when the train comes in. im scared for her",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-03 07:50",
    who="Kieran",
    g="en2-02",
    v="person",
    note="someone else's ideation -> low (worry)",
)
M(
    "finished Anna Karenina for book club, the bit where she steps onto the tracks when the train comes in wrecked me. what a book",
    "none",
    "",
    "information",
    "whatsapp",
    "09-03 07:50",
    who="Kieran",
    g="en2-02",
    v="quotation",
    note="a novel's plot, not the sender",
)
# looking up how many
M(
    "I've been googling how many paracetamol it takes. I don't even know why I keep doing it.",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "09-05 22:30",
    who="Nadia",
    g="en2-03",
    v="base",
    note="researching a method",
)
M(
    "I haven't been googling how many paracetamol it takes, not once since we spoke. Just wanted you to know. Nadia",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "09-05 22:30",
    who="Nadia",
    g="en2-03",
    v="negation",
)
M(
    "At uni I used to google how many paracetamol it would take. We went over that on Thursday and it's stayed with me. Nadia",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "09-05 22:30",
    who="Nadia",
    g="en2-03",
    v="tense",
)
# giving things away
M(
    "Gave my guitar and all my books to my cousin today. I won't be needing them where I'm going.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-06 21:05",
    who="Owen",
    g="en2-04",
    v="base",
    note="giving belongings away with a farewell",
)
M(
    "Gave my guitar and all my books to my cousin today, we're moving to a tiny flat and there's no room. Owen",
    "none",
    "",
    "information",
    "sms",
    "09-06 21:05",
    who="Owen",
    g="en2-04",
    v="idiom",
)
# kms
M(
    "genuinely wanna kms tonight. im so done",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-07 23:40",
    who="Tyler",
    g="en2-05",
    v="base",
    note="'kms' = kill myself; with 'tonight' it is intent with a time",
)
M(
    "if i have to sit through one more of steve's slide decks i will actually kms lol",
    "none",
    "",
    "information",
    "whatsapp",
    "09-07 13:40",
    who="Tyler",
    g="en2-05",
    v="idiom",
    note="hyperbole about a meeting",
)
# disappear for good
M(
    "Some days I wish I could just disappear for good and not wake up. Today is one of those.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-08 19:20",
    who="Rosa",
    g="en2-06",
    v="base",
)
M(
    "Watched the film you mentioned. The tagline is 'some days you wish you could just disappear for good' - bit on the nose lol. Liked it though. Rosa",
    "none",
    "",
    "information",
    "whatsapp",
    "09-08 19:20",
    who="Rosa",
    g="en2-06",
    v="quotation",
)
# end things
M(
    "I'm going to end things tonight. I feel weirdly calm about it.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-09 20:10",
    who="Grace",
    g="en2-07",
    v="base",
)
M(
    "I'm going to end things with Mark tonight. I feel weirdly calm about it. Grace",
    "none",
    "",
    "psychotherapy",
    "sms",
    "09-09 20:10",
    who="Grace",
    g="en2-07",
    v="idiom",
    note="ending a relationship",
)
# reported speech after a colon
M(
    "I want to die. I said it out loud twice tonight and I meant it.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-10 23:15",
    who="Leah",
    g="en2-08",
    v="base",
)
M(
    "My friend told me: I want to die. She said it twice tonight and I don't know what to do.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-10 23:15",
    who="Leah",
    g="en2-08",
    v="person",
    note="reported speech after a colon: someone else's",
)
M(
    "My brother texted me: i'm going to kill myself. He's at mum's now, she's with him, but I'm shaking.",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-11 00:20",
    who="Leah",
    g="en2-08",
    v="person",
    note="reported speech after a colon: someone else's",
)
# wanna be alive
M(
    "i dont wanna be alive anymore",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-12 02:10",
    who="Jordan",
    g="en2-09",
    v="base",
    note="a negation that carries the risk",
)
M(
    "Been singing 'I don't wanna live forever' all day, thanks Taylor 😂 see you Tuesday. Jordan",
    "none",
    "",
    "information",
    "sms",
    "09-12 14:10",
    who="Jordan",
    g="en2-09",
    v="quotation",
)
M(
    "I DONT WANNA BE ALIVE ANYMORE",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-12 02:10",
    who="Jordan",
    g="en2-09",
    v="caps",
)
# pills lined up
M(
    "40 amitriptyline lined up on my desk 💊 I'm done.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "09-13 01:30",
    who="Hannah",
    g="en2-10",
    v="base",
)
M(
    "My mum has 40 amitriptyline lined up on her desk and keeps saying she's done. I'm frightened. Hannah",
    "low",
    "",
    "medication psychotherapy",
    "whatsapp",
    "09-13 01:30",
    who="Hannah",
    g="en2-10",
    v="person",
)
# cut my hair myself
M(
    "cut myself again last night, deeper than before",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "09-14 09:00",
    who="Mia",
    g="en2-11",
    v="base",
)
M(
    "cut my hair myself last night, big mistake haha. running 5 mins late. Mia",
    "none",
    "",
    "information",
    "sms",
    "09-14 09:00",
    who="Mia",
    g="en2-11",
    v="idiom",
)
M(
    "I didn't cut myself last night. I held the ice cube like we practised. Mia",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-14 09:00",
    who="Mia",
    g="en2-11",
    v="negation",
)
# bed
M(
    "Been in bed since Friday, cant face anything",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "09-15 16:00",
    who="Sam",
    g="en2-12",
    v="base",
)
M(
    "Didn't stay in bed all weekend this time - went for a walk both days! Sam",
    "none",
    "",
    "information",
    "whatsapp",
    "09-15 16:00",
    who="Sam",
    g="en2-12",
    v="negation",
)
M(
    "My partner's been in bed since Friday and can't face anything. I don't know how to help him. Sam",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-15 16:00",
    who="Sam",
    g="en2-12",
    v="person",
)
# drinking to cope
M(
    "Had half a bottle of vodka to get to sleep again. It's the only thing that shuts my head up.",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "09-16 23:55",
    who="Callum",
    g="en2-13",
    v="base",
)
M(
    "Haven't had a drink in 3 months today 🎉 Callum",
    "none",
    "",
    "information",
    "sms",
    "09-16 18:55",
    who="Callum",
    g="en2-13",
    v="negation",
)
M(
    "When I was at uni I'd have half a bottle of vodka just to get to sleep. Glad those days are gone. Callum",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-16 18:55",
    who="Callum",
    g="en2-13",
    v="tense",
    note="past of a moderate cue -> low",
)
# point in being here
M(
    "I don't see the point in being here anymore.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "09-17 22:45",
    who="Aisha",
    g="en2-14",
    v="base",
    note="questions being alive",
)
M(
    "I don't see the point in being here anymore, this job is going nowhere. Handing my notice in Monday! Aisha",
    "none",
    "",
    "information",
    "sms",
    "09-17 12:45",
    who="Aisha",
    g="en2-14",
    v="idiom",
    note="'here' is the job",
)
# burden
M(
    "my kids would have a better life without me around. im just a weight on everyone",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-18 21:00",
    who="Dawn",
    g="en2-15",
    v="base",
    note="perceived burdensomeness",
)
M(
    "If I ever start feeling like my kids would be better off without me again, what's the first thing I should do? Dawn",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-18 21:00",
    who="Dawn",
    g="en2-15",
    v="negation",
    note="hypothetical question",
)
# hopelessness caps
M(
    "I cant do this anymore",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "09-19 22:00",
    who="Zoe",
    g="en2-16",
    v="base",
)
M(
    "I CANT DO THIS ANYMORE",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "09-19 22:00",
    who="Zoe",
    g="en2-16",
    v="caps",
)
M(
    "I cant do this anymore... 🙂",
    "moderate",
    "hopelessness valence_shift",
    "psychotherapy",
    "sms",
    "09-19 22:00",
    who="Zoe",
    g="en2-16",
    v="emoticon",
)
# going to kill myself
M(
    "I'm going to kill myself tonight",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-20 23:10",
    who="Ryan",
    g="en2-17",
    v="base",
)
M(
    "I'M GOING TO KILL MYSELF TONIGHT",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-20 23:10",
    who="Ryan",
    g="en2-17",
    v="caps",
)
M(
    "I'm not going to kill myself tonight. I rang the crisis line and they talked me down. Ryan",
    "low",
    "",
    "psychotherapy",
    "sms",
    "09-20 23:10",
    who="Ryan",
    g="en2-17",
    v="negation",
)
# overdose taken
M(
    "took the whole box of co-codamol about an hour ago. just wanted someone to know",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "09-21 02:30",
    who="Beth",
    g="en2-18",
    v="base",
)
M(
    "My sister took the whole box of co-codamol about an hour ago, ambulance is on the way. I'm a wreck",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "09-21 02:30",
    who="Beth",
    g="en2-18",
    v="person",
)

# ---------------------------------------------------------------- none: idioms, quotes, news
M(
    "I nearly died laughing at the panto last night, the kids loved it. See you Tuesday! Priya",
    "none",
    "",
    "information",
    "whatsapp",
    "09-22 10:00",
    who="Priya",
)
M(
    "Could kill for a coffee right now. Train cancelled again so I might be ten mins late",
    "none",
    "",
    "information",
    "sms",
    "09-22 08:40",
    who="Marcus",
)
M(
    "This commute will be the death of me. Running late, sorry!",
    "none",
    "apology",
    "information",
    "sms",
    "09-22 08:45",
    who="Liam",
)
M(
    "Dead on my feet after the move but it all went fine. Thursday still ok? Jess",
    "none",
    "",
    "information",
    "whatsapp",
    "09-22 19:00",
    who="Jess",
)
M(
    "My boss is going to murder me, I forgot the report. Anyway can we do 6 instead of 5 on Wednesday?",
    "none",
    "",
    "cancellation",
    "sms",
    "09-23 09:30",
    who="Tom",
)
M(
    "Killing it at the new job so far!! Thanks for all the pep talks 😊 Chloe",
    "none",
    "",
    "information",
    "whatsapp",
    "09-23 18:00",
    who="Chloe",
)
M(
    "I'm absolutely dying to tell you how the interview went. I GOT IT. Ben",
    "none",
    "",
    "information",
    "sms",
    "09-23 17:00",
    who="Ben",
)
M(
    "Fine, I'll just throw myself into work this week then lol. Three deadlines. See you Monday",
    "none",
    "",
    "information",
    "whatsapp",
    "09-24 08:00",
    who="Amir",
)
M(
    "Jumped off the high board at the pool today for the first time since I was a kid!! Terrified but I did it. Freya",
    "none",
    "",
    "information",
    "whatsapp",
    "09-24 18:30",
    who="Freya",
)
M(
    "We did Hamlet in my evening class, 'to be or not to be' and all that. Actually loved it. Can I bring my essay on Thursday?",
    "none",
    "",
    "information",
    "email",
    "09-24 21:00",
    who="Harriet",
)
M(
    "For my writing course I wrote a poem in the voice of someone who wants to die, and the tutor loved it. Is it weird to bring it to show you? Kit",
    "none",
    "",
    "information",
    "portal",
    "09-25 20:00",
    who="Kit",
    note="a poem written for class: a quotation",
)
M(
    "The hospital car park is murder, I'll be a bit late. Sorry! Jo",
    "none",
    "apology",
    "information",
    "sms",
    "09-25 14:50",
    who="Jo",
)
M(
    "Could you send the invoice for November? My insurer needs it by Friday. Thanks, Dan",
    "none",
    "",
    "information",
    "email",
    "09-25 11:00",
    who="Dan",
)
M(
    "The dog ate my last strip of sertraline (he's fine, vet says). Can I get the repeat prescription early?",
    "none",
    "",
    "medication",
    "portal",
    "09-26 10:15",
    who="Lucy",
)
M(
    "Packed the whole box of lithium in my hand luggage so I won't run out while I'm away. Back on the 12th. Raj",
    "none",
    "",
    "medication",
    "whatsapp",
    "09-26 07:30",
    who="Raj",
    note="everyday phrase: packing medication for a trip",
)
M(
    "Sorry, have to cancel Friday, my little one has a temperature. Could we do next week instead? Helen",
    "none",
    "apology",
    "cancellation",
    "email",
    "09-26 08:00",
    who="Helen",
)
M(
    "lmao my sister just sent me a voice note screaming 'i'm gonna kill him' about her fantasy football team 😂 anyway see you at 4",
    "none",
    "",
    "information",
    "whatsapp",
    "09-26 15:00",
    who="Nina",
    note="someone else's idiom about a game",
)
M(
    "I'm so done with this week haha. Friday can't come soon enough",
    "none",
    "",
    "information",
    "whatsapp",
    "09-27 17:30",
    who="Ava",
)
M(
    "Watched that documentary about the Golden Gate bridge jumpers. Really well made, I'd recommend it. Lewis",
    "none",
    "",
    "information",
    "portal",
    "09-27 21:00",
    who="Lewis",
    note="a film's subject, not the sender",
)
M(
    "Quick q - is it ok to take my propranolol with ibuprofen? Got a horrible cold",
    "none",
    "",
    "medication",
    "portal",
    "09-28 09:00",
    who="Ellie",
)
M(
    "the new Fontaines album is killing me, cant stop playing it 😍 Kieran",
    "none",
    "",
    "information",
    "whatsapp",
    "09-28 22:00",
    who="Kieran",
)
M(
    "I'll be there at 3 unless the M25 kills me first 🙄 Sarah",
    "none",
    "",
    "information",
    "sms",
    "09-28 13:00",
    who="Sarah",
)
M(
    "Not feeling hopeless like before, honestly. The new routine is really helping. Olivia",
    "none",
    "",
    "psychotherapy",
    "portal",
    "09-29 09:00",
    who="Olivia",
    note="negated hopelessness -> none",
)
M(
    "My daughter's school play is tonight so I'll need to move our Tuesday. She's playing a ghost who haunts a bridge, ha. Karen",
    "none",
    "",
    "cancellation",
    "email",
    "09-29 08:30",
    who="Karen",
)
M(
    "I could sleep for a week after this conference. Not in a bad way, just knackered! Thursday is fine. Mo",
    "none",
    "",
    "information",
    "sms",
    "09-29 19:00",
    who="Mo",
)
M(
    "Song of the week in my car: 'Everybody Hurts'. Don't worry, I'm fine, it's just a banger. Phil",
    "none",
    "",
    "information",
    "whatsapp",
    "09-30 08:00",
    who="Phil",
)
M(
    "Sorry for the long silence, work went mad. All good here, see you on the 14th. Maya",
    "none",
    "apology",
    "information",
    "email",
    "09-30 18:00",
    who="Maya",
)
M(
    "Ugh this cold is killing me. Can we do the session on video tomorrow instead?",
    "none",
    "",
    "cancellation",
    "portal",
    "09-30 07:00",
    who="Isaac",
)

# ---------------------------------------------------------------- low
M(
    "Feeling a bit flat today. Nothing major, just grey.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-01 15:00",
    who="Bella",
)
M(
    "miss my mum so much today, its her birthday",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-01 21:00",
    who="Connor",
)
M(
    "Could you ring me when you get a chance? Rough day and it would help to talk. Gemma",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "10-02 17:00",
    who="Gemma",
)
M(
    "honestly feel like nobody gets me, not at work not at home",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "10-02 22:30",
    who="Ethan",
)
M(
    "Been crying on and off since this morning and I don't even know why 😢",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-03 12:00",
    who="Lily",
)
M(
    "I'm not going to hurt myself, I promise. I just needed to tell someone how heavy today feels. Noah",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-03 23:20",
    who="Noah",
    note="negated self-harm -> low",
)
M(
    "No thoughts of suicide this week, which feels like a first. Still pretty low though. Ruth",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-04 10:00",
    who="Ruth",
    note="negated ideation -> low",
)
M(
    "What if the dark thoughts come back when I come off the venlafaxine? Who do I call?",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "10-04 11:00",
    who="Fiona",
    note="hypothetical",
)
M(
    "im ok just lonely tonight. everyones out and im sat here on my own",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "10-04 23:30",
    who="Jade",
)
M(
    "My best mate overdosed on Saturday, she's in hospital. I can't stop shaking. Alfie",
    "low",
    "",
    "psychotherapy",
    "sms",
    "10-05 09:00",
    who="Alfie",
    note="someone else's act",
)
M(
    "Sorry for texting on a Sunday. I'm just really low and wanted you to know. Paula",
    "low",
    "apology",
    "psychotherapy",
    "sms",
    "10-05 16:00",
    who="Paula",
)
M(
    "can we talk tomorrow? its been a really hard week",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "10-05 20:00",
    who="Josh",
)
M(
    "Read my diary from when I was 16 last night, all the stuff about wanting to die. Glad I'm not there anymore. Want to bring it on Thursday. Anna",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-06 09:30",
    who="Anna",
    note="past -> low",
)
M(
    "When I was at school I used to burn myself with a lighter. Saw the marks in the mirror this morning and felt sad. Cara",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-06 10:00",
    who="Cara",
    note="past self-harm -> low",
)
M(
    "Thinking about what we said on Tuesday, about the overdose when I was 19. It's strange to talk about it out loud. Theo",
    "low",
    "",
    "psychotherapy",
    "email",
    "10-06 21:00",
    who="Theo",
    note="discussed in therapy -> low",
)
M(
    "lol im fine 🙂 just havent slept in 3 days and cant stop crying",
    "low",
    "valence_shift",
    "psychotherapy",
    "whatsapp",
    "10-07 03:10",
    who="Millie",
)
M(
    "My dad keeps saying he doesn't want to be here anymore. He's 82 and so down since mum passed. How do I handle that?",
    "low",
    "",
    "psychotherapy",
    "email",
    "10-07 19:00",
    who="Sue",
    note="someone else's passive ideation -> low",
)
M(
    "Not gonna lie, today was crap. Feel really alone with all of it.",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "10-08 21:00",
    who="Reece",
)
M(
    "Random one for next session: if someone says they want to end it all, what's the right thing to say? My cousin's going through a lot.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "10-08 12:00",
    who="Imogen",
    note="hypothetical about someone else",
)

# ---------------------------------------------------------------- moderate
M(
    "Haven't eaten properly in three days. Just can't be bothered with anything.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "10-09 18:00",
    who="Erin",
    note="skipping meals because of how she feels",
)
M(
    "smoked a load of weed last night just to stop thinking. feel rough today",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "10-09 11:00",
    who="Jay",
)
M(
    "Took 4 diazepam instead of 1 today just to get through work",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "10-10 18:30",
    who="Carl",
    note="sedatives beyond prescription to cope",
)
M(
    "Panic attack in Tesco, had to leave the trolley and sit in the car for an hour. Still can't breathe properly. Meg",
    "moderate",
    "",
    "psychotherapy",
    "sms",
    "10-10 13:00",
    who="Meg",
    note="overwhelming panic",
)
M(
    "Nothing is ever going to get better, is it. Same crap every year",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-11 22:00",
    who="Stuart",
)
M(
    "I'm running on empty and I honestly don't know how much longer I can keep going like this",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "10-11 23:30",
    who="Claire",
)
M(
    "whats even the point anymore. of any of it",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "10-12 01:00",
    who="Kai",
)
M(
    "Turned my phone off all weekend and didn't answer anyone. Just couldn't. Sorry for missing your call. Laura",
    "moderate",
    "withdrawal apology",
    "psychotherapy",
    "sms",
    "10-12 09:00",
    who="Laura",
)
M(
    "Called in sick again, that's the third day. Can't face people.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "10-13 08:00",
    who="Dean",
)
M(
    "I'm scared I'm not going to get through this winter",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-13 20:00",
    who="Martha",
)
M(
    "Drank every night this week, I know, I know. It's the only way I can switch off",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "10-14 22:00",
    who="Gary",
)
M(
    "heart pounding, shaking, cant stop crying, i think its a panic attack. please call me now",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "sms",
    "10-14 23:50",
    who="Holly",
)
M(
    "havent left the flat in 5 days. dont really see the point",
    "moderate",
    "withdrawal hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-15 15:00",
    who="Rory",
)
M(
    "Popped a couple of extra Xanax to get through the party. Feel like a zombie now",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "10-15 11:00",
    who="Tara",
)
M(
    "I'm at the end of my tether. Every day is the same grey nothing and it's never going to change.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "10-16 21:00",
    who="Vic",
)
M(
    "Stopped eating again. Couldn't face breakfast or lunch, just lying here",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "10-16 16:00",
    who="Ivy",
)

# ---------------------------------------------------------------- high
M(
    "part of me hopes i just dont wake up tomorrow",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-17 00:40",
    who="Ollie",
)
M(
    "I keep thinking about driving into the barrier on the motorway. Just one turn of the wheel.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-17 19:00",
    who="Greg",
    note="thinking about a method",
)
M(
    "been scratching my arms with a compass again, i cant stop",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "10-18 22:10",
    who="Ruby",
)
M(
    "Burned myself with my hair straighteners last night. On purpose.",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "10-18 08:00",
    who="Skye",
)
M(
    "i want to hurt myself so bad rn",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "10-19 23:20",
    who="Evie",
)
M(
    "kinda wish a bus would just hit me tbh",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-19 09:00",
    who="Finn",
    note="passive ideation",
)
M(
    "Having thoughts about ending my life again. I'm not going to do anything, just telling you like we agreed. Paul",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-20 21:00",
    who="Paul",
    note="negated intent does not lower present ideation",
)
M(
    "sometimes i think about how easy it would be to just not exist anymore",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-20 23:45",
    who="Lola",
)
M(
    "What's the point in living if it's always going to feel like this?",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "10-21 22:00",
    who="Adam",
)
M(
    "I'm so tired of being alive. Not tired like sleepy. Tired of existing.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-21 23:00",
    who="Sian",
)
M(
    "Dreamt about my own funeral and woke up disappointed I was still here.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-22 07:00",
    who="Hugo",
)
M(
    "urges to cut are back and really bad tonight",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "10-22 23:30",
    who="Poppy",
)
M(
    "Punched the wall till my knuckles bled. I wanted it to hurt.",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "10-23 20:00",
    who="Leon",
    note="self-injury done recently",
)
M(
    "I looked up the quickest ways to die last night. I don't know what to do with that.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-23 09:00",
    who="Nat",
    note="researching a method",
)
M(
    "Been writing letters to my kids, just in case. I'm not planning anything. Michelle",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-24 22:00",
    who="Michelle",
    note="preparation; negated plan does not lower it",
)
M(
    "honestly would not care if i died in my sleep tonight",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-24 01:00",
    who="Alex",
)
M(
    "Everything feels pointless and I keep thinking I should just kill myself and be done with it",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "10-25 21:30",
    who="Dylan",
)
M(
    "I want to die so badly today 😭 please can you call me",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "sms",
    "10-25 18:00",
    who="Katie",
)

# ---------------------------------------------------------------- imminent
M(
    "This is goodbye. Thank you for trying, you really did. It's not your fault.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-26 03:00",
    who="Simon",
    note="farewell",
)
M(
    "I've decided. Saturday, when everyone's at the wedding. I know which bridge.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-26 22:00",
    who="Lauren",
    note="plan: time and place",
)
M(
    "Standing on the bridge now. I can't do this anymore.",
    "imminent",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "10-27 23:50",
    who="Jamie",
)
M(
    "bought a rope today. tonights the night",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-27 20:00",
    who="Mason",
)
M(
    "at the station. next train that comes through im stepping out in front of it. bye",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-28 07:10",
    who="Lewis",
)
M(
    "the cut on my thigh is gaping and it keeps bleeding through the towels, i cant make it stop",
    "imminent",
    "self_harm",
    "psychotherapy",
    "sms",
    "10-28 02:00",
    who="Maisie",
    note="self-harm with medical danger",
)
M(
    "Taken 30 sleeping tablets with a bottle of wine. Wanted you to know before I go.",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "10-29 01:15",
    who="Diane",
)
M(
    "Ive written my note and left it on the kitchen table. Thank you for everything you did for me",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "10-29 04:00",
    who="Frank",
)
M(
    "im gonna do it tonight. got the pills ready",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "10-30 22:30",
    who="Cody",
)
M(
    "Swallowed everything in the bathroom cabinet. Feeling sleepy now.",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "10-30 23:40",
    who="Pam",
    note="overdose taken",
)
M(
    "been saving my quetiapine for weeks, finally have enough. not going to be here by morning",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "10-31 00:30",
    who="Ash",
)
M(
    "I've picked the spot in the woods and the date. Sunday. I'm sorry for everything.",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "portal",
    "10-31 21:00",
    who="Terry",
)
M(
    "tonight i'm finally going to end my life. please dont try to stop me",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-01 23:00",
    who="Billie",
)
M(
    "Just took all of my lithium. Please don't be angry.",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "11-01 02:00",
    who="Rachel",
    note="overdose taken",
)
