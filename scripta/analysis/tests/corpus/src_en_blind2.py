# Blind holdout round 2 (written 2026-11-26 by an author who never saw the engine), measured
# once and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages for a BLIND holdout, written without seeing the engine's rules,
# lexicon, tests or the other corpus sources. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- paired variants

# hen-01: thinking about a method (the bridge)
M(
    "i keep thinking about the bridge on the way to work. how easy it would be to just step off it",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-19 23:37",
    who="Kieran|K",
    g="hen-01",
    v="base",
    note="thinking about a method -> high",
)
M(
    "in 2019 i kept thinking about the bridge on the way to work. how easy it would be to just step off it. weird saying that out loud in session today",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-19 23:37",
    who="Kieran|K",
    g="hen-01",
    v="tense",
    note="historic, discussed in therapy -> low",
)
M(
    "my sister keeps thinking about the bridge on the way to work. how easy it would be to just step off it, she said. i dont know what to do",
    "low",
    "",
    "psychotherapy",
    "sms",
    "01-19 23:37",
    who="Kieran|K",
    g="hen-01",
    v="person",
    note="someone else's experience (the sister is not the patient) -> low",
)

# hen-02: passive wish not to wake up
M(
    "I want to go to sleep and not wake up. I'm so tired of all of it.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-02 02:14",
    who="Leah|L.",
    g="hen-02",
    v="base",
    note="passive ideation -> high",
)
M(
    "I don't want to go to sleep and not wake up. I'm just so tired of all of it.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "04-02 02:14",
    who="Leah|L.",
    g="hen-02",
    v="negation",
    note="the wish not to wake up is negated -> low; tiredness/low mood remains",
)
M(
    "\"I want to go to sleep and not wake up. I'm so tired of all of it.\" That's my character's first line in the school play and I still can't say it without giggling.",
    "none",
    "",
    "information",
    "whatsapp",
    "04-02 02:14",
    who="Leah|L.",
    g="hen-02",
    v="quotation",
    note="a line from a play the sender is rehearsing -> none",
)
M(
    "I WANT TO GO TO SLEEP AND NOT WAKE UP. I'M SO TIRED OF ALL OF IT.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "04-02 02:14",
    who="Leah|L.",
    g="hen-02",
    v="caps",
)

# hen-03: intent with a time
M(
    "I'm done. I'm ending it tonight, I've made my mind up.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-21 22:05",
    who="Dev|D",
    g="hen-03",
    v="base",
    note="intent + time -> imminent",
)
M(
    "I'm done. I'm ending it with Marcus tonight, I've made my mind up.",
    "none",
    "",
    "psychotherapy",
    "sms",
    "06-21 22:05",
    who="Dev|D",
    g="hen-03",
    v="idiom",
    note="ending a relationship; everyday phrase -> none (relationship -> psychotherapy)",
)
M(
    "I'M DONE. I'M ENDING IT TONIGHT, I'VE MADE MY MIND UP.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-21 22:05",
    who="Dev|D",
    g="hen-03",
    v="caps",
)
M(
    "I'm done... I'm ending it tonight... I've made my mind up...",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "06-21 22:05",
    who="Dev|D",
    g="hen-03",
    v="emoticon",
    note="form variant: ellipses instead of full stops",
)

# hen-04: self-harm done last night
M(
    "I cut again last night, after 12 days clean.",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "09-03 07:50",
    who="Mia|M.",
    g="hen-04",
    v="base",
    note="recent self-injury -> high",
)
M(
    "I didn't cut last night, so that's 12 days clean.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-03 07:50",
    who="Mia|M.",
    g="hen-04",
    v="negation",
    note="negated self-harm -> low",
)
M(
    "My girlfriend cut again last night, after 12 days clean.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-03 07:50",
    who="Mia|M.",
    g="hen-04",
    v="person",
    note="someone else's experience -> low",
)
M(
    "I cut again last night, after 12 days clean 🙂",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "whatsapp",
    "09-03 07:50",
    who="Mia|M.",
    g="hen-04",
    v="emoticon",
    note="smiley on a self-harm report: valence shift",
)

# hen-05: wish to be dead vs 'dead on my feet'
M(
    "I just want to be dead. Can't face work tomorrow.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-14 22:48",
    who="Callum|C",
    g="hen-05",
    v="base",
)
M(
    "I'm just dead on my feet. Can't face work tomorrow.",
    "none",
    "",
    "psychotherapy",
    "sms",
    "11-14 22:48",
    who="Callum|C",
    g="hen-05",
    v="idiom",
    note="idiom for exhaustion; ordinary tiredness -> none",
)

# hen-06: overdose taken
M(
    "I took the whole box of sertraline about an hour ago. I'm sorry.",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "portal",
    "05-09 20:30",
    who="Farah|F.",
    g="hen-06",
    v="base",
    note="intentional overdose taken -> imminent",
)
M(
    "Three years ago I took the whole box of sertraline. I'm sorry, I should have told you sooner.",
    "low",
    "apology",
    "medication psychotherapy",
    "portal",
    "05-09 20:30",
    who="Farah|F.",
    g="hen-06",
    v="tense",
    note="past overdose disclosed -> low",
)
M(
    "My mum took the whole box of sertraline about an hour ago. I'm so scared.",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "05-09 20:30",
    who="Farah|F.",
    g="hen-06",
    v="person",
    note="someone else's overdose -> low (worry); medication because an overdose of pills is mentioned",
)
M(
    "I took the whole box of sertraline with me to Lisbon, so I won't run out.",
    "none",
    "",
    "medication information",
    "portal",
    "05-09 20:30",
    who="Farah|F.",
    g="hen-06",
    v="idiom",
    note="everyday phrase: packing the medication",
)

# hen-07: hopelessness
M(
    "Nothing is ever going to change. I'm going to feel like this forever.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "10-27 16:12",
    who="Josh|J",
    g="hen-07",
    v="base",
)
M(
    "Nothing is ever going to change. I'm going to feel like this forever 😂",
    "moderate",
    "hopelessness valence_shift",
    "psychotherapy",
    "whatsapp",
    "10-27 16:12",
    who="Josh|J",
    g="hen-07",
    v="emoticon",
    note="laughing emoji on hopeless words: valence shift",
)
M(
    "Things are going to change. I'm not going to feel like this forever.",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "10-27 16:12",
    who="Josh|J",
    g="hen-07",
    v="negation",
    note="negated moderate cue -> none",
)
M(
    '"Nothing is ever going to change. I\'m going to feel like this forever." Thats what the narrator says on page one of the book club novel, cheery stuff',
    "none",
    "",
    "information",
    "whatsapp",
    "10-27 16:12",
    who="Josh|J",
    g="hen-07",
    v="quotation",
    note="quote from a novel -> none",
)

# hen-08: not leaving the flat
M(
    "Haven't left the flat since Sunday. Curtains shut, phone off.\nRosie",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "email",
    "12-08 10:05",
    who="Rosie|R.",
    g="hen-08",
    v="base",
)
M(
    "My flatmate hasn't left the flat since Sunday. Curtains shut, phone off.\nRosie",
    "low",
    "",
    "psychotherapy",
    "email",
    "12-08 10:05",
    who="Rosie|R.",
    g="hen-08",
    v="person",
    note="someone else's withdrawal -> low (worry)",
)
M(
    "Last winter I didn't leave the flat for weeks. Curtains shut, phone off.\nRosie",
    "low",
    "",
    "psychotherapy",
    "email",
    "12-08 10:05",
    who="Rosie|R.",
    g="hen-08",
    v="tense",
    note="past withdrawal -> low",
)

# hen-09: drinking to sleep
M(
    "finished a bottle of wine on my own again tonight just to get to sleep",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "07-15 00:40",
    who="Gary|G",
    g="hen-09",
    v="base",
)
M(
    "didn't open a bottle of wine on my own tonight just to get to sleep",
    "none",
    "",
    "information",
    "sms",
    "07-15 00:40",
    who="Gary|G",
    g="hen-09",
    v="negation",
    note="negated moderate cue -> none; a progress report",
)
M(
    "FINISHED A BOTTLE OF WINE ON MY OWN AGAIN TONIGHT JUST TO GET TO SLEEP",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "07-15 00:40",
    who="Gary|G",
    g="hen-09",
    v="caps",
)

# hen-10: a parent writing about the patient
M(
    "Dr Reid, Ruby told me tonight that she wants to die. She's 14. Could you call me, please?\nSimon Hale",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "02-25 21:40",
    who="Simon|S.",
    g="hen-10",
    v="base",
    note="parent reports the patient's wish to die -> patient's risk",
)
M(
    "Dr Reid, Ruby's friend told her tonight that she wants to die. She's 14. Could you call me, please?\nSimon Hale",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "02-25 21:40",
    who="Simon|S.",
    g="hen-10",
    v="person",
    note="the friend is not the patient: someone else's experience -> low; the call is asked for an emotional reason",
)

# ---------------------------------------------------------------- none

M(
    "Hi, running about 10 min late, the 52 just sailed straight past me. Sorry! Priya",
    "none",
    "apology",
    "information",
    "sms",
    "03-03 08:52",
    who="Priya|P.",
)
M(
    "this commute will be the death of me 😂 signal failure at clapham AGAIN. see you thurs",
    "none",
    "",
    "information",
    "whatsapp",
    "01-13 08:31",
    who="Ollie|O",
    note="idiom",
)
M(
    "Dear Dr Hartley,\n\nCould you resend the invoice for March? My insurer needs the session dates printed on it.\n\nThanks,\nDaniel Okafor",
    "none",
    "",
    "information",
    "email",
    who="Daniel|D.",
)
M(
    "Can I move Tuesday's session to Wednesday, same time? I'd forgotten I've got the dentist.",
    "none",
    "",
    "cancellation",
    "portal",
    who="Helena|H.",
)
M(
    "could kill for a coffee before session tbh, is the machine in the waiting room working again",
    "none",
    "",
    "information",
    "sms",
    "10-02 09:40",
    who="Aaron|A",
    note="idiom",
)
M(
    "I'm dead 😂😂 the dog just stole the entire roast chicken off the counter. Sorry, wrong chat!!",
    "none",
    "apology",
    "information",
    "whatsapp",
    "12-21 18:05",
    who="Gemma|G.",
    note="laughing idiom; apology for the wrong recipient",
)
M(
    "Hi Dr Mensah,\n\nI know we agreed I'd keep e-mails short, so apologies in advance, but I wanted to write this down while it's fresh. The weekend at my dad's went much better than I expected. On Saturday we drove out to the reservoir like we used to when I was small, and for the first time in years we actually talked in the car instead of him putting the cricket on. I told him about the job in Bristol and he didn't make a joke about it, he just said he was proud of me, which I don't think he has ever said out loud before. I had to pretend I had something in my eye.\n\nSunday was harder. My stepmum made a comment about my weight at lunch and I felt the old heat rising in my face, but I did the thing we practised: I put my fork down, counted five things on the table, and then said quite calmly that I'd rather we didn't talk about my body. Nobody exploded. She even said sorry later while we were washing up, which has never happened in twenty years.\n\nI'm writing partly to celebrate and partly so I remember to bring it on Tuesday, because I think there's something in how much I still need his approval, and how quickly I went back to being twelve when he said it. Anyway, thank you. See you at 4.\n\nBest,\nOlu",
    "none",
    "apology",
    "information psychotherapy",
    "email",
    "05-18 21:10",
    who="Olu|O.",
    note="apologises for the length (own conduct); a progress report",
)
M(
    "Quick question: is the video link for Friday the same as last week's, or will you send a new one?",
    "none",
    "",
    "information",
    "portal",
    who="Wendy|W.",
)
M(
    "GOT THE JOB!!! Started crying in the car park, happy tears. Thank you for everything these last months x",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "08-20 17:48",
    who="Lauren|L",
    note="'thank you for everything' in a happy context is not a farewell",
)
M(
    "watched Low Tide last night, the bit where she says 'some of us weren't built to last till morning' absolutely wrecked me. brilliant film tho",
    "none",
    "",
    "information",
    "whatsapp",
    "02-09 11:30",
    who="Zara|Z",
    note="a film line (fictional film) -> none; 'wrecked me' = moved",
)
M(
    "Didn't feel lonely at all this weekend for once! Went to my cousin's wedding in Leicester and actually danced.",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "07-06 10:02",
    who="Neil|N.",
    note="negated low cue -> none",
)
M(
    "Dear Dr Hartley,\n\nI'm afraid I have to cancel Thursday's session, my son has chickenpox and there's nobody to have him. Could we find another slot next week? Apologies for the short notice.\n\nBest wishes,\nHelen Marsh",
    "none",
    "apology",
    "cancellation",
    "email",
    "03-25 07:45",
    who="Helen|H.",
)
M(
    "Dr Patel put my venlafaxine up to 150mg last week, is it normal to feel a bit dizzy the first few days? not urgent, whenever you get a sec",
    "none",
    "",
    "medication",
    "whatsapp",
    "09-15 13:05",
    who="Ben|B",
    note="practical medication question; 'not urgent' is not urgency",
)
M(
    "can we do 6pm instead of 5 on monday?? train times have changed again",
    "none",
    "",
    "cancellation",
    "sms",
    "04-24 19:20",
    who="Lucy|L",
)
M(
    "HAPPY NEW YEAR!!! 🎉🎉 thank you for getting me through this one",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "01-01 00:12",
    who="Megan|M",
    note="relationship with the therapist -> psychotherapy",
)
M(
    "Sorry for texting at this hour. Just wanted to say the breathing thing worked on the night bus, first time ever. Night!",
    "none",
    "apology",
    "information",
    "sms",
    "11-30 23:41",
    who="Ade|A.",
)
M(
    "For my nursing module I'm writing an essay on suicide risk assessment in A&E. Is there a book you'd recommend? No rush at all.",
    "none",
    "",
    "information",
    "portal",
    who="Chloe|C.",
    note="mention for a course, not a cue of the sender",
)
M(
    "Thanks for today. A bit wrung out but in a good way 🙂",
    "none",
    "",
    "psychotherapy",
    "sms",
    "03-17 18:55",
    who="Rachel|R",
)
M(
    "oh brilliant, the boiler's packed in again and the landlord's ignoring my calls 🙂",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "12-02 08:10",
    who="Sean",
    note="irritation with a smiley: valence shift",
)
M(
    "my sister's wedding went perfectly, everyone loved my speech :(",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "06-29 23:15",
    who="Hollie|H",
    note="positive words with a sad emoticon: valence shift; no sadness is stated in words, so no risk cue",
)
M(
    "Hello,\n\nI've attached the poem I wrote for my creative writing class. It's called Undertow and it ends: 'I let the river keep me, I let it close the door.' My tutor said it was the best in the group! Would you read it before Tuesday?\n\nAmira",
    "none",
    "",
    "information",
    "email",
    "02-16 20:05",
    who="Amira|A.",
    note="a poem written for class -> none",
)
M(
    "im dying to tell you what happened with my dad on sunday, in a good way!! see you tmrw",
    "none",
    "",
    "information psychotherapy",
    "sms",
    "05-12 21:30",
    who="Kyle|K",
    note="idiom",
)
M(
    "Please note my new address for invoices from next month: 14 Albany Road, Leeds LS6 2PQ. Thanks, Mark",
    "none",
    "",
    "information",
    "portal",
    who="Mark|M.",
)
M(
    "so... the exam... I PASSED... still can't believe it...",
    "none",
    "",
    "information",
    "whatsapp",
    "06-14 15:33",
    who="Ellie|E",
)
M(
    "Hi,\nMy lithium prescription has run out and the GP surgery says they need a letter from you or Dr Osei before they'll renew it. Could you send one?\nThanks\nJonah",
    "none",
    "",
    "medication",
    "email",
    who="Jonah|J.",
)

# ---------------------------------------------------------------- low

M(
    "sorry about all the messages earlier, i was so wound up. he literally called me into his office in front of everyone and said my report was 'sloppy' when HE was the one who changed the brief on friday and didnt tell anyone, and then priya from accounts gave me this pitying look and i had to go and sit in the loos for ten minutes so i didnt cry at my desk. anyway i've calmed down. i'm not going to do anything stupid, i promise, i know what i said earlier sounded bad. just needed to vent about my boss. feeling a bit flat tonight, that's all",
    "low",
    "apology",
    "psychotherapy",
    "whatsapp",
    "03-29 23:20",
    who="Tasha|T",
    note="negated self-harm/suicidal cue -> low; low mood",
)
M(
    "Feeling really low today. No particular reason, everything's just grey. Would it be ok to talk for 5 mins tomorrow?",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "10-09 19:02",
    who="Imogen|I.",
)
M(
    "I don't really know why I'm writing this on the portal instead of waiting for Wednesday, but it's been a strange week. Everyone in my halls went home for reading week, so the corridor is completely empty and the only sound is the fridge in the shared kitchen humming. I thought I'd like the quiet, I'd planned to catch up on my lab reports, but by Tuesday I realised I hadn't said a single word out loud for two days. I went to the big Tesco just so the man at the till would talk to me.\n\nI feel really alone here. My mum rings but she always ends up talking about my brother, and my friends from home are busy with their own unis and their own people. I know it's only a week and I know it's normal, I'm not in a bad place, just lonely and a bit sorry for myself. I'd like to think on Wednesday about why I find it so hard to message people first.\n\nTomasz",
    "low",
    "loneliness",
    "psychotherapy",
    "portal",
    "02-20 22:15",
    who="Tomasz|T.",
)
M(
    "Dear Sarah,\n\nMy brother rang me an hour ago and said he wants to kill himself. I called 111 for him and his neighbour is with him now. I'm shaking and I can't settle. Could we speak tomorrow morning?\n\nIain",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "09-22 22:40",
    who="Iain|I.",
    note="someone else's crisis (the brother is not the patient) -> low",
)
M(
    "if i ever got to the point of wanting to hurt myself again, whats the number im supposed to call? asking so i have it saved",
    "low",
    "",
    "psychotherapy",
    "sms",
    "07-27 16:45",
    who="Jade|J",
    note="hypothetical question about self-harm -> low",
)
M(
    "miss my nan so much today. first birthday without her 😢",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "11-03 20:18",
    who="Ryan|R",
    note="sadness / grief -> low",
)
M(
    "I've been thinking about what we talked about on Monday, the time at uni when I took too many paracetamol on purpose. I'd never said it out loud to anyone before.",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "04-16 12:40",
    who="Grace|G.",
    note="past overdose discussed in therapy -> low; overdose of pills -> medication",
)
M(
    "sorry to bother you on a sunday. i just feel really wobbly and needed to tell someone :( no need to reply",
    "low",
    "apology",
    "psychotherapy",
    "portal",
    "06-07 15:30",
    who="Hannah|H",
    note="telling, not asking: no support_request",
)
M(
    "I'm so lonely I could scream 😂 anyway how was your weekend",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "whatsapp",
    "08-11 23:55",
    who="Aisha|A",
)
M(
    "Dear Dr Nwosu,\n\nOur son Theo (15) has been very quiet and sad since his girlfriend ended things. He cries in his room in the evenings, though he's still going to school and eating with us. Should we mention it at his next session on the 3rd, or leave it to him to bring up?\n\nKind regards,\nClaire Dunne",
    "low",
    "",
    "psychotherapy",
    "email",
    "01-27 20:50",
    who="Claire|C.",
    note="parent reports the patient's sadness -> low; a practical question, not a request for contact",
)
M(
    "can we have a quick call before thursday? i just need to hear a calm voice, everything feels like a lot this week",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "05-26 11:20",
    who="Noah|N",
)
M(
    "I HATE FEELING LIKE THIS ALL THE TIME",
    "low",
    "",
    "psychotherapy",
    "sms",
    "12-14 23:58",
    who="Kirsty|K",
    note="low mood written in capitals",
)

# ---------------------------------------------------------------- moderate

M(
    "i cant take it anymore. every single day is the same grey nothing",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "02-04 03:12",
    who="Lewis|L",
)
M(
    "day 3 in bed. only got up for water and the loo. havent answered anyone 😩",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "03-11 15:40",
    who="Ellen|E",
)
M(
    "Panic attack on the tube again, had to get off at Bank and sat on the platform floor for forty minutes. I still can't breathe properly. Please can you call me as soon as you can?",
    "moderate",
    "support_request urgency",
    "psychotherapy",
    "portal",
    "04-21 09:05",
    who="Martin|M.",
    note="overwhelming panic -> moderate",
)
M(
    "Dear Anna,\n\nI've been putting off writing this because I didn't want to admit it in session with you looking at me. Since the redundancy I have been drinking most nights. It started with a glass or two while I did job applications, and now it's more like a bottle and a half of red, sometimes with a couple of cans before that. I drink until my head goes quiet and then I fall asleep on the sofa with the telly on. I've called in sick to the agency three times in the last fortnight because I couldn't face getting up, and I haven't answered my sister's calls since the weekend. I told her I had flu.\n\nThe worst bit is that I don't really see it changing. Every morning I say today I won't, and by six o'clock I'm at the Co-op again. I know what you'll say about the pattern with my father, and you're right, which somehow makes it worse.\n\nI'm not in danger, I want to be clear about that, I'm not thinking of doing anything to myself. I just feel like I'm sliding and I can't find anything to hold on to. I'd like to talk about whether I should see my GP about the drinking and the sleeping, and whether we could meet weekly again instead of fortnightly for a while, if you have space.\n\nSorry this is so long.\n\nGraham",
    "moderate",
    "substance_use withdrawal hopelessness support_request apology",
    "psychotherapy",
    "email",
    "10-13 23:30",
    who="Graham|G.",
    note="drinking to cope, sick days and cutting off his sister, 'don't see it changing'; the negated self-harm does not raise the level",
)
M(
    "smoked a load of weed again to stop my head spinning, its the only thing that works. i know i know",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "08-30 01:22",
    who="Jordan|J",
)
M(
    "what's the point of any of it honestly",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "email",
    "11-19 22:10",
    who="Freya|F",
    note="no reference to being alive -> moderate",
)
M(
    "I'm scared I won't make it to our next session. Not like that, I mean I'm scared I'll completely fall apart before then.",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "portal",
    "01-08 21:45",
    who="Vivienne|V.",
    note="'afraid I won't make it' -> moderate; the sender rules out the suicidal reading",
)
M(
    "took 2 extra diazepam on top of my usual because my heart won't stop racing 💊 is that bad",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "07-02 00:55",
    who="Carla|C",
    note="sedatives beyond prescription to cope",
)
M(
    "I'm at the end of my rope... I can't keep doing this... nobody gets it...",
    "moderate",
    "hopelessness loneliness",
    "psychotherapy",
    "sms",
    "09-09 23:05",
    who="Paige|P",
)
M(
    "Dear Dr Carter,\n\nHannah hasn't been to school since Monday. She stays in her room with the door locked and has barely eaten. Last night she told me nothing is ever going to get better. I don't know what to do. Is there any chance she could be seen sooner than the 14th?\n\nMany thanks,\nLouise Grant",
    "moderate",
    "withdrawal hopelessness support_request",
    "cancellation psychotherapy",
    "email",
    "03-19 07:30",
    who="Louise|L.",
    note="parent reports the patient's state; asks for an earlier appointment because of how the child feels (support_request; moving the appointment -> cancellation)",
)
M(
    "Hi, it's Bea. I need to ask if Friday can be a video session instead of coming in, and I'll be honest about why, because you'll guess anyway. I haven't been out of the flat since last Thursday. I've phoned in sick three times, I've been ordering food to the door and leaving it outside for ten minutes so I don't have to see the delivery driver, and I've stopped opening the curtains because the light makes me feel exposed. My phone is on silent and there are something like forty unread messages in the family group. It isn't that something terrible happened, it's more that the idea of the bus and the waiting room and your stairs feels like climbing a mountain. I know you'll say that staying in makes it worse, and I know that's true, I can feel the walls getting closer every day. I'm not in danger. I just can't get myself out of the door right now. If video isn't possible I'd rather move the session than cancel it.",
    "moderate",
    "withdrawal",
    "cancellation psychotherapy",
    "portal",
    "05-20 10:50",
    who="Bea|B.",
    note="asking to change the session to video = moving it -> cancellation",
)
M(
    "I CANT DO THIS ANYMORE!!! NOTHING I DO IS EVER ENOUGH",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "04-30 22:20",
    who="Tyler|T",
)
M(
    "drunk again. third night in a row. sorry :/ i know youll only read this in the morning",
    "moderate",
    "substance_use apology",
    "psychotherapy",
    "sms",
    "12-27 02:48",
    who="Craig|C",
)

# ---------------------------------------------------------------- high

M(
    "everyone would honestly be better off without me. im just a weight round their necks",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-22 00:34",
    who="Owen|O",
    note="perceived burdensomeness",
)
M(
    "I've been looking up how many paracetamol it takes. I don't even know why I'm telling you",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "03-05 23:12",
    who="Anya|A",
    note="researching a method -> high (no plan or means counted)",
)
M(
    "I wish I could just disappear and not have to exist any more. I don't want to die exactly, I just don't want to be here.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    who="Marcus|M.",
    note="passive wish not to exist; the denial of wanting to die does not cancel 'don't want to be here'",
)
M(
    "Hi Ruth,\n\nSorry, this is going to be a long one, and it's half one in the morning so forgive the typos.\n\nI drove back from my mum's tonight on the M6 and somewhere around Stafford I caught myself thinking how easy it would be to just take my hands off the wheel and drift into the barrier at eighty. It wasn't a dramatic thought, that's what scares me. It was calm, almost practical, like deciding which exit to take. I gripped the wheel and put the radio on loud and got home fine, but the thought has been sitting next to me ever since.\n\nIt's not the first time. It's happened a few times since Christmas, usually when I'm driving alone at night, and I haven't told you because I thought it would go away on its own and I didn't want you to worry or to write things down about me. I'm telling you now because you asked me to be honest with you, and because I'm a bit frightened.\n\nI'm home, I'm safe tonight, the cat is on my lap and I'm going to try to sleep. I'm not writing this because I'm about to do anything. But I don't think I should be driving the long way to Mum's on my own for a while, and I think we need to talk about this properly on Thursday instead of me pretending I'm fine for fifty minutes again.\n\nThank you for reading this far.\nNadia",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "email",
    "02-11 01:32",
    who="Nadia|N.",
    note="thinking about a method, recurrent; negated intent does not lower it. No support_request: she asks to use the session already booked",
)
M(
    "the urge to burn myself is so strong rn. ive got the lighter in my hand. please reply now please",
    "high",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "06-03 01:15",
    who="Skye|S",
    note="self-harm urge with the means at hand; non-suicidal, no injury yet -> high",
)
M(
    "whats the point of being alive if every day is this",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "10-06 04:20",
    who="Liam|L",
)
M(
    "I don't see myself making it to Christmas. I'm not planning anything, I just can't picture still being here.",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "portal",
    "11-11 22:30",
    who="Joanne|J.",
)
M(
    "I have thoughts about killing myself most nights now. I'm not going to act on them, I just need you to know.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-16 23:50",
    who="Ethan|E",
    note="negated intent does not lower present ideation",
)
M(
    "scratched my arms till they bled in the shower this morning. its the only thing that made the noise stop 😔",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "05-04 11:25",
    who="Molly|M",
)
M(
    "Dear Dr Nwosu,\n\nLast night I found cuts on Maisie's thighs when she was getting changed. She says she's been doing it for a few weeks and that it helps. Please could you call me as soon as possible?\n\nKaren (Maisie's mum)",
    "high",
    "self_harm support_request urgency",
    "psychotherapy",
    "email",
    "10-21 07:05",
    who="Karen|K.",
    note="parent reports the patient's recent self-injury",
)
M(
    "I WISH I WAS DEAD",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "03-22 02:02",
    who="Dylan|D",
)
M(
    "lol i genuinely hope i dont wake up tomorrow 😂😂",
    "high",
    "suicidal_ideation valence_shift",
    "psychotherapy",
    "whatsapp",
    "07-19 00:20",
    who="Kayla|K",
)
M(
    "I wrote letters to my mum and my sister today, just in case. I'm not planning anything tonight, it just felt like something that needed doing.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    who="Rebecca|R.",
    note="preparation; the negated plan does not lower it",
)
M(
    "banged my head against the wall till I saw stars. keep wanting to do it again",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "12-10 23:10",
    who="Connor|C",
)
M(
    "sometimes i think about stepping in front of the 7:15 express. not gonna lie its most mornings now",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "01-30 07:02",
    who="Amy|A",
    note="method thought, no intent or time chosen -> high",
)

# ---------------------------------------------------------------- imminent

M(
    "I've saved up my quetiapine for weeks, 40 tabs, they're in my coat pocket. Tonight.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "04-11 23:44",
    who="Rhys|R",
)
M(
    "thank you for everything you tried to do for me. you were always kind. i'm sorry for everything. goodbye",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "11-22 03:37",
    who="Bethany|B",
    note="farewell at 3am with nothing else around it; read as a farewell in a context of risk",
)
M(
    "took all my sleeping tablets about 20 mins ago and half a bottle of vodka. i feel really weird. i dont know why im texting you",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication psychotherapy",
    "sms",
    "08-08 01:50",
    who="Nathan|N",
    note="overdose taken, plus alcohol",
)
M(
    "I'm at Beachy Head, sitting in the car. I just wanted someone to know where I am.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "10-31 21:15",
    who="Philip|P.",
    note="at a known suicide location, telling someone where they are: place + risk context",
)
M(
    "cut too deep this time and the towel is soaked through. it wont stop. what do i do???? please answer right now",
    "imminent",
    "self_harm support_request urgency",
    "psychotherapy",
    "whatsapp",
    "02-14 00:48",
    who="Lily|L",
    note="self-harm with medical danger",
)
M(
    "Dear Dr Carver,\n\nBy the time you open this it will probably be Monday and it will be done. I wanted you to hear it from me and not from a phone call from the police or from my brother.\n\nI have been planning this for a while. I've kept the tablets from the two prescriptions I didn't take in the autumn, plus the ones from Dad's cupboard, and I'm going to the cottage on Saturday night when nobody is there. I've left the dog with Mrs Ellis next door and told her it's for a weekend away. I've paid the rent until the end of the month and put the bank details and the passwords in an envelope on the kitchen table, with a note for my brother about the car. I cleaned the flat today and took the library books back. It's strange how calm I feel now that it's decided; calmer than I've felt in years, which I suppose you'd tell me is a warning sign in itself.\n\nPlease don't think this is your fault. You were the first person who listened to me without looking at their watch and I'm grateful for the last eighteen months. It isn't that therapy didn't work. I'm just tired in a way that sleep doesn't fix, and I've decided I'd like to stop.\n\nI'm sorry for the worry this will cause you. Thank you for everything.\n\nGoodbye,\nStephen",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "email",
    "03-06 23:51",
    who="Stephen|S.",
    note="plan (pills gathered, place and time) and farewell",
)
M(
    "I've got the rope. The garage, Saturday, when they're all at the match.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "04-03 18:30",
    who="Adam|A.",
)
M(
    "I'M GOING TO DO IT TONIGHT. DON'T TRY TO STOP ME",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-19 22:58",
    who="Tia",
    note="intent + time in a risk-only message",
)
M(
    "My daughter Isla (16) has just told me she swallowed a whole packet of ibuprofen an hour ago because she wanted to die. We are on our way to A&E. She will not make Thursday's appointment.\nDeborah Shaw",
    "imminent",
    "self_harm suicidal_ideation",
    "medication cancellation psychotherapy",
    "portal",
    "06-16 22:25",
    who="Deborah|D.",
    note="parent reports the patient's overdose",
)
M(
    "counted them. 63 💊 thats enough. bye",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "07-24 04:05",
    who="Ciara|C",
    note="pills counted and ready + farewell",
)
M(
    "Ive decided. Tomorrow morning after everyone leaves for work. Its the only way out. Please dont be angry",
    "imminent",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "05-31 23:26",
    who="Maya|M",
    note="decision + time; 'only way out'",
)
M(
    "i'm on the bridge... the water looks so calm from up here... sorry...",
    "imminent",
    "suicidal_ideation apology",
    "psychotherapy",
    "sms",
    "01-05 02:30",
    who="Elliot|E",
    note="at the place now; 'sorry' read as an apology/farewell",
)
