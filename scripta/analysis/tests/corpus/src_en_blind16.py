# Blind round 16 (English; written 2026-11-27 by an author who never saw the engine nor rounds 2-15), measured once
# with engine 2026.11.21 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (patients and relatives to their therapist), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# b16en-01: Welsh widower, giving his tools away (plan by its logistics)
M(
    "Evening Mrs Pryce. Sorted the shed out today, gave our Rhys the lathe and all my chisels, he was chuffed. Letters for the girls are in the bureau, top drawer, and the dog's going to Glenys. I won't be needing any of it after Sunday. You were very kind to me, diolch for trying. Emlyn",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 21:40",
    who="Emlyn|E.",
    g="b16en-01",
    v="base",
    note="giving possessions away, letters left, 'won't be needing any of it after Sunday' and a thank-you farewell: plan with a time",
)
M(
    "Evening Mrs Pryce. Back in the spring, before I ever came to you, I sorted the shed out, gave our Rhys the lathe and all my chisels, letters for the girls in the bureau, thinking I won't be needing any of it after that Sunday. Good we went through all that on Monday, I slept better after. Emlyn",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-27 21:40",
    who="Emlyn|E.",
    g="b16en-01",
    v="tense",
    note="past preparation, already discussed in therapy: imminent cue lowered to low",
)
M(
    "Evening Mrs Pryce. My neighbour Gwyn sorted his shed out today, gave his grandson the lathe and all his chisels, and told me there are letters for his girls in his bureau and he won't be needing any of it after Sunday. I don't know what to do with that. Emlyn",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-27 21:40",
    who="Emlyn|E.",
    g="b16en-01",
    v="person",
    note="the neighbour's farewell, not the patient's: worry about someone else, low",
)

# b16en-02: Leeds teenager, dad's razor (self-harm urge)
M(
    "cant stop thinking about the razor in dads shaving bag. not even sad just want to feel something that isnt this",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:52",
    who="Kayleigh|K",
    g="b16en-02",
    v="base",
    note="current urge to self-harm with a named blade",
)
M(
    "havent been thinking about the razor in dads shaving bag. not even sad just want to feel something that isnt this",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:52",
    who="Kayleigh|K",
    g="b16en-02",
    v="negation",
    note="negated self-harm urge: low; 'want to feel something' is ordinary low mood",
)
M(
    "cant stop thinking about the razor in dads shaving bag 😂 not even sad just want to feel something that isnt this 😂",
    "high",
    sig="self_harm valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-26 23:52",
    who="Kayleigh|K",
    g="b16en-02",
    v="emoticon",
    note="same self-harm urge; laughing emoji do not lower it (valence shift)",
)

# b16en-03: lyric about not waking up
M(
    "Had the worst shift. Honestly I'd rather lie down tonight and just not bother waking up, that's where my head's at.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 19:15",
    who="Jodie|J.",
    g="b16en-03",
    v="base",
    note="passive wish not to wake up, about herself, now",
)
M(
    "Had the worst shift. Hollow Pines have that line 'I'd rather lie down tonight and just not bother waking up', been stuck in my head on loop since the radio played it this morning, so catchy for something so grim lol",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 19:15",
    who="Jodie|J.",
    g="b16en-03",
    v="quotation",
    note="quote of a song lyric (earworm): no cue of the sender",
)

# b16en-04: Irish, train times to the cliff walk
M(
    "Got the times sorted for Thursday, the 6.10 out to Howth, I'll do the cliff path after when it's quiet. Left the car keys and the bank card with Mam. Don't ring me, it's grand, honestly.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 22:05",
    tz="Europe/Dublin",
    who="Ciarán|C",
    g="b16en-04",
    v="base",
    note="place + time, belongings handed over, asks not to be contacted: plan",
)
M(
    "If I ever caught myself getting the times sorted for the 6.10 out to Howth to do the cliff path when it's quiet, and leaving the car keys with Mam, what's the right thing to do, ring you or the guards?",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-27 22:05",
    tz="Europe/Dublin",
    who="Ciarán|C",
    g="b16en-04",
    v="negation",
    note="hypothetical question about a plan (negation convention): low",
)
M(
    "My cousin Aoife had the times sorted for Thursday, the 6.10 out to Howth, she was going to do the cliff path when it's quiet. Left her car keys with her mam. The guards found her in time thank God. I'm all over the place.",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-27 22:05",
    tz="Europe/Dublin",
    who="Ciarán|C",
    g="b16en-04",
    v="person",
    note="the cousin's plan, not the patient's: someone else's experience, low",
)

# b16en-05: husband reports an overdose
M(
    "It's Marcus, Jen's husband. She's taken most of a box of her sertraline and a strip of paracetamol, about an hour ago, she told me when I got in. Ambulance is coming. Can you call me as soon as you see this please",
    "imminent",
    sig="self_harm suicidal_ideation urgency support_request",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 18:30",
    who="Marcus|M",
    g="b16en-05",
    v="base",
    note="partner reports the patient's overdose taken: imminent (proxy)",
)
M(
    "It's Marcus, Jen's husband. Two years ago she took most of a box of her sertraline and a strip of paracetamol, she told me when I got in. She asked me to let you know before Thursday because she finds it hard to say out loud.",
    "low",
    top="medication psychotherapy",
    ch="sms",
    at="11-27 18:30",
    who="Marcus|M",
    g="b16en-05",
    v="tense",
    note="past overdose, brought to therapy: lowered to low",
)

# b16en-06: capitals, hopelessness
M(
    "honestly nothing I do changes anything. three years of this and I'm exactly where I started, what's the point of any of it",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-27 14:20",
    who="Ruth Abbott|Ruth|R.A.",
    g="b16en-06",
    v="base",
    note="'what's the point of any of it', no reference to being alive: moderate",
)
M(
    "HONESTLY NOTHING I DO CHANGES ANYTHING. THREE YEARS OF THIS AND I'M EXACTLY WHERE I STARTED, WHAT'S THE POINT OF ANY OF IT",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="portal",
    at="11-27 14:20",
    who="Ruth Abbott|Ruth|R.A.",
    g="b16en-06",
    v="caps",
    note="same hopelessness in capitals: moderate",
)

# b16en-07: Nigerian English, not waking up
M(
    "Good evening ma. Honestly I don't want to wake up tomorrow sef. I'm tired of being the one everybody leans on and nobody sees. Tunde",
    "high",
    sig="suicidal_ideation loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 21:10",
    tz="Africa/Lagos",
    who="Tunde|T.",
    g="b16en-07",
    v="base",
    note="'don't want to wake up': negation that carries the risk, high",
)
M(
    "Good evening ma. Honestly I'm not having those thoughts of not wanting to wake up again, thank God. Still tired of being the one everybody leans on and nobody sees. Tunde",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 21:10",
    tz="Africa/Lagos",
    who="Tunde|T.",
    g="b16en-07",
    v="negation",
    note="negated ideation: low; feeling unseen is loneliness",
)

# b16en-08: multi-storey car park at work
M(
    "Since Tuesday's session I keep clocking the top level of the multi-storey at work when I park. The wall's only waist height. I just stand there a bit longer each day.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="portal",
    at="11-27 08:45",
    who="Gareth|G.",
    g="b16en-08",
    v="base",
    note="dwelling on a place and a means (height), current: method thinking",
)
M(
    "On Tuesday we went over the time two years back when I kept clocking the top level of the multi-storey at work, the wall being only waist height. Writing that down for homework has actually helped.",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-27 08:45",
    who="Gareth|G.",
    g="b16en-08",
    v="tense",
    note="past method thinking discussed in therapy: low",
)

# b16en-09: Indian English, burden
M(
    "Madam, what is the use of me living, my family is only suffering because of me. Amma cries every night for the loans I took. Kindly don't tell her I wrote this.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 22:40",
    tz="Asia/Kolkata",
    who="Vikram|V.",
    g="b16en-09",
    v="base",
    note="questions his being alive + burdensomeness",
)
M(
    "Madam, my colleague Suresh told me yesterday 'what is the use of me living, my family is only suffering because of me'. His amma cries every night for the loans he took. I am not able to stop thinking about him.",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 22:40",
    tz="Asia/Kolkata",
    who="Vikram|V.",
    g="b16en-09",
    v="person",
    note="a colleague's words: someone else's experience, low",
)

# b16en-10: teen, better off dead with emoji
M(
    "genuinely think id be better off dead at this point. like not even dramatic just a fact",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 16:05",
    who="Mia|M",
    g="b16en-10",
    v="base",
    note="wish to be dead, stated flatly",
)
M(
    "genuinely think id be better off dead at this point 🤣 like not even dramatic just a fact 🤣",
    "high",
    sig="suicidal_ideation valence_shift",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 16:05",
    who="Mia|M",
    g="b16en-10",
    v="emoticon",
    note="same wish to be dead; laughing emoji are not an idiom (valence shift)",
)

# b16en-11: film line
M(
    "I just want all of it to stop. Not pause. Stop, for good.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 23:30",
    who="Hannah|H",
    g="b16en-11",
    v="base",
    note="wish for everything to stop 'for good': passive ideation",
)
M(
    "Went to see Saltmarsh with my sister. When the mum says 'I just want all of it to stop. Not pause. Stop, for good.' the whole cinema went silent. Amazing acting, go see it.",
    "none",
    top="information",
    ch="sms",
    at="11-27 23:30",
    who="Hannah|H",
    g="b16en-11",
    v="quotation",
    note="quote of a film line, recommending the film: none",
)

# b16en-12: Jamaican English, can't take it
M(
    "Miss, mi cyaan tek it nuh more, every day di same fight inna di house an nobody a listen. Mi just tired. Shanice",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 20:00",
    tz="America/Jamaica",
    who="Shanice|S",
    g="b16en-12",
    v="base",
    note="'can't take it any more' in patois: moderate",
)
M(
    "Miss, mi nuh feel like mi cyaan tek it nuh more, every day nuh di same fight inna di house again since Mummy move out. Mi just tired from work. Shanice",
    "none",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 20:00",
    tz="America/Jamaica",
    who="Shanice|S",
    g="b16en-12",
    v="negation",
    note="negated moderate cue: none; tired from work is ordinary",
)

# b16en-13: ending it (idiom for a break-up)
M(
    "Decided. I'm ending it tonight once the house is asleep. Sorry for all the time I wasted of yours.",
    "imminent",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 22:15",
    who="Lauren|L",
    g="b16en-13",
    v="base",
    note="intent with a time and a farewell apology",
)
M(
    "Decided. I'm ending it with Jordan tonight once the kids are asleep. Sorry for all the time I wasted of yours going round in circles about him.",
    "none",
    sig="apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 22:15",
    who="Lauren|L",
    g="b16en-13",
    v="idiom",
    note="idiom: 'ending it with Jordan' is a break-up",
)

# b16en-14: rope and the garage beam
M(
    "Picked up the rope at B&Q on the way home. Checked the beam in the garage, it'll hold. Sunday, when she's at her mum's.",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 19:50",
    who="Darren|D",
    g="b16en-14",
    v="base",
    note="means bought, place checked, time chosen: plan",
)
M(
    "Picked up the rope at B&Q on the way home. Checked the beam in the garage, it'll hold the punchbag. Sunday, when she's at her mum's, I'll get it up. First bit of DIY in months!",
    "none",
    top="information",
    ch="sms",
    at="11-27 19:50",
    who="Darren|D",
    g="b16en-14",
    v="idiom",
    note="idiom (everyday DIY use of rope and beam): none",
)

# b16en-15: Scottish, not here by Christmas
M(
    "Cannae see me still being here come Christmas tbh. No bein funny, just dinnae see it.",
    "high",
    sig="suicidal_ideation hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 13:10",
    who="Ally|A",
    g="b16en-15",
    v="base",
    note="does not see himself alive by Christmas",
)
M(
    "Back in the summer I couldnae see me still being here come Christmas. Funny how it goes, booked the flights up tae Shetland for it the day.",
    "low",
    top="psychotherapy information",
    ch="whatsapp",
    at="11-27 13:10",
    who="Ally|A",
    g="b16en-15",
    v="tense",
    note="past ideation, now hopeful: low",
)

# b16en-16: long e-mail, method buried among admin
M(
    "Dear Dr Whitlock,\n\nHope you're well. A few bits of admin first, sorry, I know it's a lot. Could you send the September and October invoices again as one PDF? My insurer wants them on headed paper with your registration number, and the old ones had my maiden name on them.\n\nAlso I need to move the 9th to the 16th if that works, as I've got the audit in Manchester that week and I won't be back until late on the Thursday.\n\nThings otherwise are much the same. I've been sleeping badly and the zopiclone isn't really doing anything, and I've started looking up how many of them it would take, and then reading it over again most nights. I don't know why I'm telling you in the middle of an email about invoices. Maybe because it's easier here.\n\nOn a brighter note, Tilly passed her driving test on the second go, so the taxi service is finally closed. She's already asked to borrow the car for a trip to Whitby with her friends, which I've said we'll discuss, meaning no.\n\nThe portal link didn't work last time on my laptop (it just sat on 'connecting' for ten minutes and then logged me out), so could you send the Zoom one instead? And is the car park behind the surgery still closed for the resurfacing, or can I use it again from December?\n\nMany thanks,\nAnne-Marie Lowther",
    "high",
    sig="suicidal_ideation apology",
    top="medication cancellation information psychotherapy",
    ch="email",
    at="11-27 07:55",
    who="Anne-Marie Lowther|Anne-Marie|A.L.",
    g="b16en-16",
    v="base",
    note="looking up a lethal amount of her sleeping pills (method), buried in admin",
)
M(
    "Dear Dr Whitlock,\n\nHope you're well. A few bits of admin first, sorry, I know it's a lot. Could you send the September and October invoices again as one PDF? My insurer wants them on headed paper with your registration number, and the old ones had my maiden name on them.\n\nAlso I need to move the 9th to the 16th if that works, as I've got the audit in Manchester that week and I won't be back until late on the Thursday.\n\nThings otherwise are much the same. I've been sleeping badly and the zopiclone isn't really doing anything, but I'm not looking up how many of them it would take any more, and not reading it over again at night. I don't know why I'm telling you in the middle of an email about invoices. Maybe because it's easier here.\n\nOn a brighter note, Tilly passed her driving test on the second go, so the taxi service is finally closed. She's already asked to borrow the car for a trip to Whitby with her friends, which I've said we'll discuss, meaning no.\n\nThe portal link didn't work last time on my laptop (it just sat on 'connecting' for ten minutes and then logged me out), so could you send the Zoom one instead? And is the car park behind the surgery still closed for the resurfacing, or can I use it again from December?\n\nMany thanks,\nAnne-Marie Lowther",
    "low",
    sig="apology",
    top="medication cancellation information psychotherapy",
    ch="email",
    at="11-27 07:55",
    who="Anne-Marie Lowther|Anne-Marie|A.L.",
    g="b16en-16",
    v="negation",
    note="method thinking negated: low",
)

# b16en-17: American, drinking to get through
M(
    "been drinking since noon just to get through today. fourth one now, the apartment feels so loud when its quiet",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-27 17:20",
    tz="America/Chicago",
    who="Tyler|T",
    g="b16en-17",
    v="base",
    note="drinking to cope, current: moderate",
)
M(
    "my roommate's been drinking since noon just to get through today. fourth one now, the apartment feels so loud when its quiet and i dont know if i should say something",
    "low",
    top="psychotherapy",
    ch="sms",
    at="11-27 17:20",
    tz="America/Chicago",
    who="Tyler|T",
    g="b16en-17",
    v="person",
    note="roommate's drinking: worry about someone else, low",
)

# b16en-18: mother about her daughter, craft knife
M(
    "Hi, Claire here, Ellie's mum. She's been in long sleeves all week in this heat and I found plasters and a craft knife in her pencil case this morning. She says it's from art. I don't believe her. What should I do?",
    "high",
    sig="self_harm support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 08:10",
    tz="Australia/Sydney",
    who="Claire|C",
    g="b16en-18",
    v="base",
    note="parent reports signs of the patient's current self-harm (proxy)",
)
M(
    "Hi, Claire here, Ellie's mum. Ellie's friend Maisie has been in long sleeves all week in this heat and I found plasters and a craft knife in Maisie's pencil case when she slept over. She says it's from art. Should I tell her mum?",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 08:10",
    tz="Australia/Sydney",
    who="Claire|C",
    g="b16en-18",
    v="person",
    note="a friend of the patient, not the patient: someone else's experience, low",
)

# b16en-19: Brisbane, the Gateway bridge
M(
    "Every time I drive over the Gateway I think about pulling into the breakdown lane and going over the rail. Did it again this arvo, sat there with the hazards on for ages.",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 18:40",
    tz="Australia/Brisbane",
    who="Brad|B",
    g="b16en-19",
    v="base",
    note="recurrent method thinking, stopped at the spot today",
)
M(
    "Bloke on my mate's podcast this week said 'every time I drive over the Gateway I think about pulling into the breakdown lane and going over the rail'. Heavy listen but he's a crisis line volunteer now, good ep.",
    "none",
    top="information",
    ch="sms",
    at="11-27 18:40",
    tz="Australia/Brisbane",
    who="Brad|B",
    g="b16en-19",
    v="quotation",
    note="quote from a podcast guest: no cue of the sender",
)

# b16en-20: elderly woman's prayer
M(
    "Dear Dr Mensah, I say my prayers every night and ask the Lord to take me in my sleep. I'm no use to anybody now my hands are bad. Yours, Edna Haworth",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-27 10:30",
    who="Edna Haworth|Edna|E.H.",
    g="b16en-20",
    v="base",
    note="passive wish to die in sleep + uselessness",
)
M(
    "Dear Dr Mensah, I say my prayers every night but I don't ask the Lord to take me in my sleep any more, not since the little ones started coming on Saturdays. My hands are still bad. Yours, Edna Haworth",
    "low",
    top="psychotherapy",
    ch="email",
    at="11-27 10:30",
    who="Edna Haworth|Edna|E.H.",
    g="b16en-20",
    v="negation",
    note="the death wish is negated: low",
)

# b16en-21: pills out, capitals
M(
    "please ring me I've got all the tablets out on the bed and I'm counting them",
    "imminent",
    sig="suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-28 01:20",
    who="Natalie|N",
    g="b16en-21",
    v="base",
    note="pills laid out and counted: means ready, pleads for contact",
)
M(
    "PLEASE RING ME I'VE GOT ALL THE TABLETS OUT ON THE BED AND I'M COUNTING THEM",
    "imminent",
    sig="suicidal_ideation support_request urgency",
    top="medication psychotherapy",
    ch="sms",
    at="11-28 01:20",
    who="Natalie|N",
    g="b16en-21",
    v="caps",
    note="same, in capitals",
)

# b16en-22: tired of everything, ellipses
M(
    "I'm fine. Just tired. Tired of everything lately. See you Weds. Priya",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 12:00",
    who="Priya|P",
    g="b16en-22",
    v="base",
    note="weariness, low mood; no hopelessness stated",
)
M(
    "I'm fine... Just tired... Tired of everything lately... See you Weds. Priya",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 12:00",
    who="Priya|P",
    g="b16en-22",
    v="emoticon",
    note="same words with ellipses (form variant): low",
)

# ==== single messages: high and imminent

M(
    "been putting my quetiapine in an old tic tac box instead of taking it. theres a good few weeks in there now. thought you should know i guess",
    "imminent",
    sig="suicidal_ideation",
    top="medication psychotherapy",
    ch="whatsapp",
    at="11-27 23:48",
    who="Josh|J",
    note="stockpiling prescribed pills: means gathered",
)
M(
    "Hello Dr Okafor, just a line to say thank you for all of it. I've left the dog with our Sandra and the keys are under the mat for the landlord. You were the only one that never gave up on me. All the best, Trevor",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 04:10",
    who="Trevor|T",
    note="ordinary-sounding farewell with dog rehomed and keys left: farewell in context of risk",
)
M(
    "ok so I'm driving home now and I just wanted to say I keep thinking about not braking at the roundabout by the Texaco and going straight into the wall it would be so quick and nobody would have to deal with me anymore anyway sorry this voice thing is rubbish",
    "high",
    sig="suicidal_ideation apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 17:45",
    who="Kerry|K",
    note="voice-to-text: method thinking (crash) + burdensomeness, no stated intent",
)
M(
    "ngl been thinking about unaliving myself a lot this week. idk what to do with that",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 15:30",
    who="Zara|Z",
    note="teen euphemism for suicidal thoughts",
)
M(
    "I've written out what's to happen with the flat and who gets the cat, it's in the kitchen drawer with the insurance. I'm no planning anything, I just wanted it done so nobody's left wondering. Morag",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 11:20",
    who="Morag|M",
    note="will-like preparation; the negated plan does not lower it",
)
M(
    "This is Deepa, Mr Anand's daughter. Papa told me this morning he has been keeping the rat poison from the shed in his bedside drawer 'just in case'. He is refusing to come to the hospital. Please call me as soon as you can, I am with him now.",
    "imminent",
    sig="suicidal_ideation urgency support_request",
    top="psychotherapy",
    ch="sms",
    at="11-27 09:25",
    who="Deepa|D",
    note="adult child reports the patient keeping a lethal means at hand: means gathered (proxy)",
)
M(
    "did it again last nite, compass off my maths set, on my leg this time so mam wont see. dont tell her",
    "high",
    sig="self_harm",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 07:40",
    who="Cerys|C",
    note="recent self-injury (last night)",
)
M(
    "cut deeper than i meant and its gone through two towels now and still going",
    "imminent",
    sig="self_harm",
    top="psychotherapy",
    ch="sms",
    at="11-28 00:35",
    who="Liam|L",
    note="self-harm with medical danger",
)
M(
    "Some nights I just want to go to sleep for a very long time. Like, not come back from it. Anyway. See you Tuesday x",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 23:05",
    who="Becca|B",
    note="euphemism: sleep and not come back = passive ideation",
)
M(
    "what's the point of me even being here if all I do is let everyone down. Mum, the boys, you. Sorry mate",
    "high",
    sig="suicidal_ideation hopelessness apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 20:25",
    tz="Australia/Sydney",
    who="Jarrod|J",
    note="questions being alive (being here) + burdensomeness",
)
M(
    "Dear Ms Adeyemi,\n\nI'm Joan, I do Mr Fairweather's morning visits for the agency. I hope you don't mind me writing, he gave me your address himself. This morning he was very flat, hadn't touched his breakfast, and while I was doing his tablets he said he'd 'had enough of being a nuisance to everyone and we'd all be better off with him out of it'. He's never said anything like that before. He did laugh it off afterwards. I've told the office as well.\n\nKind regards,\nJoan Pilling\nCarer, Brightwell Home Support",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="email",
    at="11-27 12:40",
    who="Joan Pilling|Joan|J.P.",
    note="carer reports the patient's burdensomeness/ideation (proxy): high",
)
M(
    "tonights the night. thanks for trying with me x",
    "imminent",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 23:58",
    who="Amber|A",
    note="intent + farewell",
)
M(
    "If a bus took me out on the way to yours Thursday I honestly wouldn't mind. Is that bad to say. Anyway see you at 2",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 18:00",
    who="Owen|O",
    note="passive wish to be killed",
)

# ==== single messages: none, low, moderate

M(
    "Bought fresh Stanley blades for boarding the loft and sliced my thumb open like an eejit. 3 stitches at A&E, all grand, but I might be a few minutes late Tuesday. Niamh",
    "none",
    top="information",
    ch="sms",
    at="11-27 16:30",
    tz="Europe/Dublin",
    who="Niamh|N",
    note="DIY accident with a blade, no self-harm: none",
)
M(
    "Hiya, I'm up on a roof in Salford all week, four storeys with no signal half the time, so can we do Friday over the phone instead? Cheers, Dean",
    "none",
    top="cancellation",
    ch="sms",
    at="11-27 07:05",
    who="Dean|D",
    note="work on a roof, session moved: none",
)
M(
    "So sorry, the inspection on the Tay bridge has overrun and I'm stuck on the deck with the engineers, I'll have to cancel today. Fraser",
    "none",
    sig="apology",
    top="cancellation",
    ch="sms",
    at="11-27 14:50",
    who="Fraser|F",
    note="bridge at work, cancellation: none",
)
M(
    "my boss just put a 4:30 meeting in on a friday. im going to walk into the sea 😂😂",
    "none",
    sig="valence_shift",
    top="information",
    ch="whatsapp",
    at="11-27 13:40",
    who="Sophie|S",
    note="idiom (jokey hyperbole about a meeting): none; grumbling words with laughing emoji",
)
M(
    "Did you see that piece on the news about the new helpline for farmers? Dad's been a farmer 40 years and he said it was about time. Thought it was good of them. Rhiannon",
    "none",
    top="information",
    ch="portal",
    at="11-27 19:00",
    who="Rhiannon|R",
    note="news about a crisis line: mention, none",
)
M(
    "Pharmacy only had 14 of the sertraline 100s so I've got to go back Friday for the rest. Is it OK to take two 50s in the meantime if they give me those?",
    "none",
    top="medication",
    ch="sms",
    at="11-27 11:45",
    who="Gemma|G",
    note="medication logistics: none",
)
M(
    "Packed every last one of my tablets for Tenerife, even the spare strip, and the letter from the GP for customs 👍 See you when I'm back, Pauline",
    "none",
    sig="",
    top="medication information",
    ch="whatsapp",
    at="11-27 06:30",
    who="Pauline|P",
    note="idiom (everyday phrase: taking all the tablets on a trip): none",
)
M(
    "doing The Bell Jar for english lit and the fig tree bit where she can't pick a life and they all rot is SO sad but also kind of beautiful?? anyway essay due monday",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 21:15",
    who="Isla|I",
    note="quote/paraphrase of a novel for school: none",
)
M(
    "5 years today since I was in hospital after the overdose. Went for a walk on the beach at Tynemouth to mark it and had chips. Feeling proud of myself tbh 🙂 Kirsty",
    "low",
    top="psychotherapy information",
    ch="whatsapp",
    at="11-27 17:30",
    who="Kirsty|K",
    note="past overdose, marked as an anniversary: past cue lowered to low",
)
M(
    "my flatmate told me last night she's been cutting again and made me promise not to tell anyone. I haven't slept. Can we talk about it Thursday?",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 09:15",
    who="Ella|E",
    note="the flatmate's self-harm: someone else's experience, low; asks to talk",
)
M(
    "The house is very quiet since Bill passed. Some days the only voice I hear is the wireless. I look forward to Mondays with you. Dorothy",
    "low",
    sig="loneliness",
    top="psychotherapy",
    ch="email",
    at="11-27 15:00",
    who="Dorothy|D",
    note="older woman's loneliness after bereavement",
)
M(
    "not been out the flat since saturday. curtains shut, phones off except this. cant face anyone",
    "moderate",
    sig="withdrawal",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 15:55",
    who="Connor|C",
    note="days without leaving home, contact cut: withdrawal",
)
M(
    "Three bottles of red on my own this weekend. It's the only way I get off to sleep at the minute. Not proud of it. Helen",
    "moderate",
    sig="substance_use",
    top="psychotherapy",
    ch="sms",
    at="11-27 10:05",
    who="Helen|H",
    note="drinking to cope: moderate",
)
M(
    "Panic attack on the 73, had to get off three stops early, sat on a wall for an hour and I'm still shaking, can't get a proper breath in. I hate this.",
    "moderate",
    top="psychotherapy",
    ch="sms",
    at="11-27 18:20",
    who="Yusuf|Y",
    note="overwhelming panic, current: moderate",
)
M(
    "I'm at the end of my tether with it all. Nothing ever shifts, no matter what I try. Sorry for the moan. Siobhan",
    "moderate",
    sig="hopelessness apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 21:35",
    tz="Europe/Dublin",
    who="Siobhan|S",
    note="end-of-tether idiom meaning what it says + 'nothing ever shifts': moderate",
)
M(
    "Rough week. Any chance of a quick call before Thursday? Only if you've a slot. Will",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="sms",
    at="11-27 12:30",
    who="Will|W",
    note="request for contact because of a rough week: low",
)
M(
    "Hello, could you resend the October invoice please? My husband's accounts software swallowed it. Thanks, Margaret Cole",
    "none",
    top="information",
    ch="email",
    at="11-27 09:00",
    who="Margaret Cole|Margaret|M.C.",
    note="invoice question: none",
)
M(
    "Hi it's Anika, Leo's been up all night being sick so I'll have to cancel tomorrow, sorry. Can we rebook for next week?",
    "none",
    sig="apology",
    top="cancellation",
    ch="whatsapp",
    at="11-27 06:50",
    who="Anika|A",
    note="cancellation for a sick child: none",
)
M(
    "GOT THE JOB AT THE COUNCIL!! First day Monday. Couldn't have done the interview without the breathing stuff. Fatima",
    "none",
    top="information",
    ch="sms",
    at="11-27 16:40",
    who="Fatima|F",
    note="good news: none",
)
M(
    "I'm dead 😂 the dog ate my thought record worksheet. Will redo it for Tuesday",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 19:45",
    who="Nadia|N",
    note="idiom: 'I'm dead' = laughing",
)
M(
    "Did my first parkrun, 5k in 31 minutes, absolutely killed it 💪",
    "none",
    top="information",
    ch="whatsapp",
    at="11-28 10:20",
    who="Rob|R",
    note="idiom: 'killed it' = did well",
)
M(
    "Good morning ma, this Lagos traffic wan kill me o. I go reach maybe 15 minutes late, abeg no vex. Chidi",
    "none",
    sig="apology",
    top="information",
    ch="whatsapp",
    at="11-27 08:35",
    tz="Africa/Lagos",
    who="Chidi|C",
    note="idiom: traffic 'want kill me', running late",
)
M(
    "Feelin kinda low today miss, di rain nah stop an mi cyaan find no reason fi smile. Likkle better later maybe",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 14:30",
    tz="America/Jamaica",
    who="Keisha|K",
    note="low mood",
)
M(
    "Random question, not about me right now, but if I ever did get to the point of thinking about ending things, would you have to tell my GP?",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-27 20:50",
    who="Aaron|A",
    note="hypothetical question about suicidal thoughts: low",
)
M(
    "mum took my phone so im on the ipad, offline til sunday lol. can u email the worksheet instead",
    "none",
    top="information",
    ch="portal",
    at="11-27 18:10",
    who="Ruby|R",
    note="teen logistics: none",
)
M(
    "chem mock tomorrow and ive done zero revision, im actually gonna die 💀 pray for me",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 22:30",
    who="Harvey|H",
    note="idiom: 'gonna die' about an exam",
)
M(
    "Got the new climbing rope for the Cairngorms trip, 60m dynamic, and a harness that actually fits! Buzzing. Callum",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 20:15",
    who="Callum|C",
    note="rope for climbing: none",
)
M(
    "We had to have Bess put to sleep this morning. Fourteen years. The house feels wrong without her. Sorry, I just needed to tell someone.",
    "low",
    sig="apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 13:00",
    who="Graham|G",
    note="grief for a pet ('put to sleep' is the vet): low sadness",
)
M(
    "Sorting Mum's funeral all week, hymns, flowers, the lot. Shattered. Back on the 4th. Lorraine",
    "low",
    top="cancellation psychotherapy",
    ch="sms",
    at="11-27 19:20",
    who="Lorraine|L",
    note="bereavement and tiredness, sessions paused: low",
)
M(
    "My brother texted me 'I wish I wasn't here' at 3am and now he's not picking up. I've rung his wife. I feel sick. What do I even say to him?",
    "low",
    sig="support_request",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 07:20",
    who="Imran",
    note="brother's ideation, not the patient's: someone else's experience, low",
)
M(
    "After what we talked about last week, the overdose when I was 19, I slept better than I have in months. Weird how saying it out loud helps. Jess",
    "low",
    top="psychotherapy",
    ch="portal",
    at="11-27 09:40",
    who="Jess|J",
    note="past overdose discussed in therapy: low",
)
M(
    "I'm scared I'm not going to make it through this winter, the dark gets in my head and stays there.",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="sms",
    at="11-27 16:15",
    who="Kath|K",
    note="'afraid I won't make it': moderate",
)
M(
    "third day in bed. havent managed the shower even. sorry",
    "moderate",
    sig="withdrawal apology",
    top="psychotherapy",
    ch="sms",
    at="11-27 14:00",
    who="Dan",
    note="days in bed: withdrawal",
)
M(
    "miss my nan so much today 🙁 her birthday would have been 90",
    "low",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 18:50",
    who="Leah|L",
    note="sadness, grief",
)
M(
    "hi it's Dave can you move Thursday to four o'clock I've got the MOT at two full stop thanks",
    "none",
    top="cancellation",
    ch="sms",
    at="11-27 08:20",
    who="Dave|D",
    note="voice-to-text rescheduling: none",
)
M(
    "Is it okay to take paracetamol with the new antibiotic? GP said it's fine but I wanted to double check with my other tablets. Thank you, Alan",
    "none",
    top="medication",
    ch="portal",
    at="11-27 11:10",
    who="Alan|A",
    note="medication question: none",
)
M(
    "Watched that documentary on the Golden Gate bridge for my uni project, really heavy, but my essay's on the safety nets they put up so it was useful. Tom",
    "none",
    top="information",
    ch="portal",
    at="11-27 20:40",
    tz="America/New_York",
    who="Tom|T",
    note="documentary about suicides at a bridge for an essay: mention, none",
)
M(
    "Sir, I cannot keep living like this only, office till 10 pm, home only for fighting. Everything is same same every day. Rohan",
    "moderate",
    sig="hopelessness",
    top="psychotherapy",
    ch="whatsapp",
    at="11-27 22:20",
    tz="Asia/Kolkata",
    who="Rohan|R",
    note="'can't keep living like this': moderate hopelessness",
)
M(
    "Quick one. I rang the insurance people on my lunch, the policy pays out after two years whatever the cause, and it's been three. So that's the kids sorted at least. Anyway, how's your week. Mike",
    "high",
    sig="suicidal_ideation",
    top="psychotherapy",
    ch="sms",
    at="11-27 13:35",
    tz="America/New_York",
    who="Mike|M",
    note="checking that life insurance pays out on suicide 'so the kids are sorted': preparation/method thinking, high",
)
M(
    "Six weeks without a drink today! Sparkling water at the Christmas do and nobody even noticed 🎉",
    "none",
    top="information",
    ch="whatsapp",
    at="11-27 22:50",
    who="Gail|G",
    note="sobriety milestone: negated substance use, none",
)
