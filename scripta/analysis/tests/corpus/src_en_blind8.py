# Blind round 8 (English; written 2026-11-26 by an author who never saw the engine nor rounds 2-7), measured once
# with engine 2026.11.12 and spent: now dev data (GUIDELINES.md, "Holdout rounds").
# Fictional English messages (British, American, Irish, Australian and other speakers), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ================================================================ paired variants

# --- b8en-01: passive wish not to wake up (Scottish, late night)
M(
    "cannae sleep again. some nights i put my head down and sort of hope that's it, that i don't have to do another morning. not being dramatic just telling you",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-02 01:40",
    tz="Europe/London",
    who="Iona|I.",
    g="b8en-01",
    v="base",
    note="passive wish not to wake up",
)
M(
    "cannae sleep again. some nights i put my head down but i don't hope that's it anymore, i don't mind doing another morning. not being dramatic just telling you",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-02 01:40",
    tz="Europe/London",
    who="Iona|I.",
    g="b8en-01",
    v="negation",
    note="negated passive wish -> low",
)
M(
    "cannae sleep again. that song from the gig is stuck in my head, 'put my head down and hope that's it, don't make me do another morning'. not being dramatic, it's a proper earworm",
    "none",
    "",
    "information",
    "whatsapp",
    "03-02 01:40",
    tz="Europe/London",
    who="Iona|I.",
    g="b8en-01",
    v="quotation",
    note="song lyric quoted -> none",
)

# --- b8en-02: method thought in passing (viaduct)
M(
    "Driving home over the Harrow viaduct tonight I caught myself working out how high the railing is and whether anyone would see. Then the lights changed and I went home and made pasta. I'm telling you because you asked me to tell you these things. Nadia",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-19 20:20",
    tz="Europe/London",
    who="Nadia Kowalczyk|Nadia|N.",
    g="b8en-02",
    v="base",
    note="method thought in passing",
)
M(
    "My sister told me that driving home over the Harrow viaduct she catches herself working out how high the railing is and whether anyone would see. Then she goes home and makes pasta like nothing happened. I'm telling you because I don't know what to do with it. Nadia",
    "low",
    "",
    "psychotherapy",
    "email",
    "01-19 20:20",
    tz="Europe/London",
    who="Nadia Kowalczyk|Nadia|N.",
    g="b8en-02",
    v="person",
    note="sister's experience, not the patient's -> low",
)
M(
    "Two winters ago, driving home over the Harrow viaduct, I used to catch myself working out how high the railing is. We've talked about it enough that I can drive over it now and just think about pasta. Nadia",
    "low",
    "",
    "psychotherapy",
    "email",
    "01-19 20:20",
    tz="Europe/London",
    who="Nadia Kowalczyk|Nadia|N.",
    g="b8en-02",
    v="tense",
    note="historic, discussed in therapy -> low",
)

# --- b8en-03: overdose already taken, with alcohol
M(
    "took the rest of the zopiclone w the wine about an hour ago. not sure why im texting you. sorry",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "sms",
    "02-11 00:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b8en-03",
    v="base",
    note="overdose taken with alcohol",
)
M(
    "TOOK THE REST OF THE ZOPICLONE W THE WINE ABOUT AN HOUR AGO. NOT SURE WHY IM TEXTING YOU. SORRY",
    "imminent",
    "self_harm suicidal_ideation substance_use apology",
    "medication psychotherapy",
    "sms",
    "02-11 00:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b8en-03",
    v="caps",
)
M(
    "packed the rest of the zopiclone w the travel stuff for the flight to Manila, hoping to sleep the whole 14 hrs. not sure why im texting you lol, just excited",
    "none",
    "",
    "medication information",
    "sms",
    "02-11 00:52",
    tz="America/Chicago",
    who="Dale|D.",
    g="b8en-03",
    v="idiom",
    note="sleeping pills packed for a journey",
)

# --- b8en-04: "end it" tonight vs a breakup
M(
    "I've made up my mind, I'm going to end it tonight. No more going round in circles. Thank you for trying so hard with me, you really did.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "05-08 22:10",
    tz="Australia/Sydney",
    who="Brooke|B.",
    g="b8en-04",
    v="base",
    note="intent with time, farewell",
)
M(
    "I've made up my mind, I'm going to end it with Callum tonight. No more going round in circles. Thank you for helping me get here, you really did.",
    "none",
    "",
    "psychotherapy",
    "whatsapp",
    "05-08 22:10",
    tz="Australia/Sydney",
    who="Brooke|B.",
    g="b8en-04",
    v="idiom",
    note="ending a relationship",
)
M(
    "I've made up my mind, I'm not going to end it tonight or any night. No more going round in circles. Thank you for trying so hard with me, you really did.",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "05-08 22:10",
    tz="Australia/Sydney",
    who="Brooke|B.",
    g="b8en-04",
    v="negation",
    note="negated intent -> low",
)

# --- b8en-05: "last day" farewell vs leaving a job
M(
    "Hi Dr Brennan,\nTomorrow is my last day. I've sorted the dog with my brother and left the spare key under the pot. I won't be at Thursday's appointment. Thank you for everything, truly, none of this is on you.\nCiarán",
    "imminent",
    "suicidal_ideation",
    "psychotherapy cancellation",
    "email",
    "04-14 16:45",
    tz="Europe/Dublin",
    who="Ciarán Doyle|Ciarán|C.",
    g="b8en-05",
    v="base",
    note="farewell sounding like thanks, affairs put in order",
)
M(
    "Hi Dr Brennan,\nTomorrow is my last day at Keane's! I've sorted the dog with my brother for the move and left the spare key under the pot for the new tenants. I won't be at Thursday's appointment, I'll be in Galway. Thank you for everything, truly, I'd never have handed in my notice without you.\nCiarán",
    "none",
    "",
    "psychotherapy cancellation information",
    "email",
    "04-14 16:45",
    tz="Europe/Dublin",
    who="Ciarán Doyle|Ciarán|C.",
    g="b8en-05",
    v="idiom",
    note="last day at work",
)

# --- b8en-06: platform, train
M(
    "Stood on platform 4 this morning and thought about just stepping off when the 8:12 came through. Didn't. At work now. Femi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-22 08:40",
    tz="Europe/London",
    who="Femi|F.",
    g="b8en-06",
    v="base",
    note="method thought, not acted on",
)
M(
    "Stood on platform 4 this morning... thought about just stepping off when the 8:12 came through... Didn't... At work now :( Femi",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "09-22 08:40",
    tz="Europe/London",
    who="Femi|F.",
    g="b8en-06",
    v="emoticon",
)
M(
    "Stood on platform 4 this morning and had to jump on the 8:12 as the doors were closing. Made it! At work now, see you at 6. Femi",
    "none",
    "",
    "information",
    "sms",
    "09-22 08:40",
    tz="Europe/London",
    who="Femi|F.",
    g="b8en-06",
    v="idiom",
    note="jumping on a train",
)

# --- b8en-07: bridge vs bungee (New Zealand)
M(
    "Keep thinking about the bridge on the way to Kawatiri. How quick it'd be off the side. Not doing anything, just can't stop thinking it",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-03 23:35",
    tz="Pacific/Auckland",
    who="Mere|M.",
    g="b8en-07",
    v="base",
    note="method thought; negated action does not lower the ideation",
)
M(
    "Keep thinking about the bridge on the way to Kawatiri. The bungee off the side tomorrow!! How quick it'll be. Not backing out, just can't stop thinking about it haha",
    "none",
    "",
    "information",
    "whatsapp",
    "10-03 23:35",
    tz="Pacific/Auckland",
    who="Mere|M.",
    g="b8en-07",
    v="idiom",
    note="bungee jump off a bridge",
)

# --- b8en-08: cut with an everyday object
M(
    "Cut myself again last night with the blade out of the veg peeler. Third time this month. Wrapped it up, it's fine, just didn't want to hide it from you. H",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "06-17 14:05",
    tz="Europe/London",
    who="Hollie|H.",
    g="b8en-08",
    v="base",
)
M(
    "Cut myself again last night with the veg peeler, on a carrot this time. Third time this month. Wrapped it up, it's fine, I'm a menace in the kitchen. H",
    "none",
    "",
    "information",
    "portal",
    "06-17 14:05",
    tz="Europe/London",
    who="Hollie|H.",
    g="b8en-08",
    v="idiom",
    note="kitchen accident",
)
M(
    "When I was in sixth form I used to cut myself with the blade out of the veg peeler. Third time this month that memory has come back while I'm cooking. Just didn't want to hide it from you. H",
    "low",
    "",
    "psychotherapy",
    "portal",
    "06-17 14:05",
    tz="Europe/London",
    who="Hollie|H.",
    g="b8en-08",
    v="tense",
    note="historic self-harm -> low",
)

# --- b8en-09: overdose vs overdosing on telly
M(
    "I think I overdosed. Took a load of the paracetamol after tea and now I feel sick and scared. Sorry",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "12-07 21:30",
    tz="Europe/London",
    who="Rosie|R.",
    g="b8en-09",
    v="base",
    note="overdose taken",
)
M(
    "I think I overdosed on Bake Off and mince pies this weekend. Feel sick and a bit ashamed haha. Weekend report as promised",
    "none",
    "",
    "information",
    "whatsapp",
    "12-07 21:30",
    tz="Europe/London",
    who="Rosie|R.",
    g="b8en-09",
    v="idiom",
)

# --- b8en-10: burden thought
M(
    "Hi Dr. Feld,\nI've been thinking that everyone would honestly be better off without me. Mom wouldn't have to keep bailing me out, Luis could stop checking his phone every five minutes. I'm not saying it to be dramatic. See you Wednesday.\nMarisol",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "02-24 19:55",
    tz="America/New_York",
    who="Marisol Ortega|Marisol|M.",
    g="b8en-10",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Hi Dr. Feld,\nFinished the novel for book club. The narrator says 'everyone would honestly be better off without me' on page 40 and the whole rest of the book is her family proving her wrong. I cried on the subway, in a good way. See you Wednesday.\nMarisol",
    "none",
    "",
    "information",
    "email",
    "02-24 19:55",
    tz="America/New_York",
    who="Marisol Ortega|Marisol|M.",
    g="b8en-10",
    v="quotation",
    note="line from a novel",
)
M(
    "Hi Dr. Feld,\nMy roommate keeps saying everyone would honestly be better off without her. Her mom keeps bailing her out and she hates it. I'm not sure what to say to her. See you Wednesday.\nMarisol",
    "low",
    "",
    "psychotherapy",
    "email",
    "02-24 19:55",
    tz="America/New_York",
    who="Marisol Ortega|Marisol|M.",
    g="b8en-10",
    v="person",
    note="roommate's burden thoughts -> low",
)

# --- b8en-11: window, with a reschedule
M(
    "Been staring at the window in my room a lot. 9th floor. Keep thinking it'd be quick. Can we push Thursday to 4:10? Bus times changed",
    "high",
    "suicidal_ideation",
    "psychotherapy cancellation",
    "whatsapp",
    "11-05 15:20",
    tz="Europe/London",
    who="Tariq|T.",
    g="b8en-11",
    v="base",
    note="method thought buried next to a reschedule",
)
M(
    "If Gary shows one more slide I'm throwing myself out the window. 9th floor, it'd be quick lol. Can we push Thursday to 4:10? Bus times changed",
    "none",
    "",
    "cancellation",
    "whatsapp",
    "11-05 15:20",
    tz="Europe/London",
    who="Tariq|T.",
    g="b8en-11",
    v="idiom",
    note="office joke",
)

# --- b8en-12: pills counted (South Africa)
M(
    "Counted them out tonight. 40 of the amitriptyline, in an envelope in my bag. Just so someone knows.",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "08-19 22:50",
    tz="Africa/Johannesburg",
    who="Thandi|T.",
    g="b8en-12",
    v="base",
    note="pills counted and ready",
)
M(
    "Counted them out tonight. 40 of the malaria tablets, in an envelope in my bag for the Kruger trip. Just so someone knows I'm organised for once.",
    "none",
    "",
    "medication information",
    "sms",
    "08-19 22:50",
    tz="Africa/Johannesburg",
    who="Thandi|T.",
    g="b8en-12",
    v="idiom",
    note="pills for a journey",
)

# --- b8en-13: goodbye letter vs film
M(
    "Dear Dr Okafor,\nI wanted to write properly rather than text. Thank you for everything over these two years; you tried harder than I deserved. I've made my peace with it and I won't need Thursday or any of the ones after. Goodbye, and please don't blame yourself.\nEdward",
    "imminent",
    "suicidal_ideation",
    "psychotherapy cancellation",
    "email",
    "01-28 23:15",
    tz="Europe/London",
    who="Edward Pryce|Edward|E.",
    g="b8en-13",
    v="base",
    note="farewell letter",
)
M(
    "Dear Dr Okafor,\nI wanted to write properly rather than text. Watched 'The Lantern Keeper' last night and the letter at the end ('thank you for everything, you tried harder than I deserved, goodbye, and please don't blame yourself') made me think of my father, who would never have said it. Something to bring on Thursday.\nEdward",
    "none",
    "",
    "information psychotherapy",
    "email",
    "01-28 23:15",
    tz="Europe/London",
    who="Edward Pryce|Edward|E.",
    g="b8en-13",
    v="quotation",
    note="letter quoted from a film",
)

# --- b8en-14: can't keep doing this (form variants)
M(
    "I can't keep doing this. Every week the same fight with Rob. Nothing ever changes. Jo",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-09 19:05",
    tz="Europe/London",
    who="Jo|J.",
    g="b8en-14",
    v="base",
)
M(
    "I CAN'T KEEP DOING THIS. EVERY WEEK THE SAME FIGHT WITH ROB. NOTHING EVER CHANGES. Jo",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-09 19:05",
    tz="Europe/London",
    who="Jo|J.",
    g="b8en-14",
    v="caps",
)
M(
    "I can't keep doing this... Every week the same fight with Rob... Nothing ever changes... Jo",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "07-09 19:05",
    tz="Europe/London",
    who="Jo|J.",
    g="b8en-14",
    v="emoticon",
    note="ellipses instead of full stops",
)

# --- b8en-15: burn urge, smiley
M(
    "want to burn myself with the lighter again tonight. really really want to",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-30 00:20",
    tz="America/Los_Angeles",
    who="Kai|K.",
    g="b8en-15",
    v="base",
)
M(
    "want to burn myself with the lighter again tonight 🙂 really really want to 🙂",
    "high",
    "self_harm valence_shift",
    "psychotherapy",
    "whatsapp",
    "03-30 00:20",
    tz="America/Los_Angeles",
    who="Kai|K.",
    g="b8en-15",
    v="emoticon",
)

# --- b8en-16: drinking alone
M(
    "third night drinking on my own to get to sleep. half a bottle of vodka tonight",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "10-21 23:30",
    tz="Europe/London",
    who="Gav|G.",
    g="b8en-16",
    v="base",
)
M(
    "third night not drinking on my own to get to sleep. no vodka tonight",
    "none",
    "",
    "information",
    "sms",
    "10-21 23:30",
    tz="Europe/London",
    who="Gav|G.",
    g="b8en-16",
    v="negation",
    note="negated moderate cue -> none",
)

# --- b8en-17: not leaving the flat (Canada)
M(
    "Haven't left the apartment since Saturday. Curtains shut, food delivered. Just letting you know before Thursday.",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "portal",
    "02-04 12:30",
    tz="America/Toronto",
    who="Sébastien|Seb|S.",
    g="b8en-17",
    v="base",
)
M(
    "My roommate hasn't left the apartment since Saturday. Curtains shut, food delivered. Just letting you know before Thursday because it's getting to me.",
    "low",
    "",
    "psychotherapy",
    "portal",
    "02-04 12:30",
    tz="America/Toronto",
    who="Sébastien|Seb|S.",
    g="b8en-17",
    v="person",
    note="roommate's withdrawal -> low",
)

# --- b8en-18: want to be dead vs I'm dead (laughing)
M(
    "I want to be dead. that's it, that's the message.",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "06-02 18:00",
    tz="Europe/Dublin",
    who="Aisling|A.",
    g="b8en-18",
    v="base",
)
M(
    "I'm dead 😂 the vet called Biscuit 'a big lad'. that's it, that's the message.",
    "none",
    "",
    "information",
    "whatsapp",
    "06-02 18:00",
    tz="Europe/Dublin",
    who="Aisling|A.",
    g="b8en-18",
    v="idiom",
)

# --- b8en-19: tablets all at once (Singapore)
M(
    "I keep thinking about taking all the tablets at once. It comes in waves, mostly in the evening. What should I do when it comes?",
    "high",
    "suicidal_ideation support_request",
    "medication psychotherapy",
    "portal",
    "09-09 20:40",
    tz="Asia/Singapore",
    who="Wei Ling|W.L.",
    g="b8en-19",
    v="base",
)
M(
    "If I ever started thinking about taking all the tablets at once, say in waves in the evening, what should I do when it comes?",
    "low",
    "",
    "medication psychotherapy",
    "portal",
    "09-09 20:40",
    tz="Asia/Singapore",
    who="Wei Ling|W.L.",
    g="b8en-19",
    v="negation",
    note="hypothetical question -> low",
)

# --- b8en-20: cancellation, kill myself vs cold killing me
M(
    "Sorry, going to have to cancel Tuesday. I want to kill myself most days now and I can't face the bus. D.",
    "high",
    "suicidal_ideation apology",
    "cancellation psychotherapy",
    "sms",
    "11-23 07:15",
    tz="Europe/London",
    who="Declan|D.",
    g="b8en-20",
    v="base",
)
M(
    "Sorry, going to have to cancel Tuesday. This cold is killing me and I can't face the bus. D.",
    "none",
    "apology",
    "cancellation",
    "sms",
    "11-23 07:15",
    tz="Europe/London",
    who="Declan|D.",
    g="b8en-20",
    v="idiom",
)

# --- b8en-21: said goodbye to everyone (Western Australia)
M(
    "Said goodbye to everyone today, in my own way. Room's tidy, letters are written, Mum's number is on the fridge. Thank you for everything. Shan",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "12-12 21:05",
    tz="Australia/Perth",
    who="Shannon|Shan|S.",
    g="b8en-21",
    v="base",
    note="farewell, letters written",
)
M(
    "Said goodbye to everyone at the leaving do today! Room's empty, boxes on the truck to Darwin. Thank you for everything 🙂 Shan",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "12-12 21:05",
    tz="Australia/Perth",
    who="Shannon|Shan|S.",
    g="b8en-21",
    v="idiom",
    note="moving away",
)

# ================================================================ single messages: high / imminent

M(
    "Hi Dr Achebe,\n\nA proper update as promised, because I know I went quiet after the last session.\n\n"
    "Work has been mad: the audit finally landed and I've been in before eight most days. My manager said in my review that I'm 'reliable under pressure', which made me laugh, because if only she knew. "
    "My sister's wedding is in March and I've been roped into doing the seating plan, which is basically a hostage negotiation between two sides of the family who haven't spoken since 2009. "
    "Mum has opinions about the napkins. I have stopped having opinions about anything.\n\nI did go back to the Saturday parkrun like we discussed, twice, and the second time I didn't walk any of it, so that's something to put in the good column.\n\n"
    "The honest bit, since you always ask for it: there have been a few nights where I've thought it would be simpler if I just wasn't around anymore, and once or twice I've got as far as thinking about how I'd do it. "
    "I'm not going to, I've got the wedding, I've got Mum, but I didn't want it to stay in my head and nowhere else.\n\n"
    "On a practical note, could we move the session on the 14th to the 15th? Same time if possible. "
    "And I think the invoice for November came through twice, so could you check I haven't paid double? It's probably me being scatty with online banking again.\n\n"
    "Thanks as always,\nPriyanka",
    "high",
    "suicidal_ideation",
    "psychotherapy cancellation information",
    "email",
    "12-03 10:15",
    tz="Europe/London",
    who="Priyanka Shah|Priyanka|P.",
    note="ideation and method thought buried in the middle of a long practical e-mail",
)
M(
    "drove out to the car park at Selcombe Head tonight. sat there with the engine off for ages looking at the edge. came home in the end. you know why i went",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "01-11 02:30",
    tz="Europe/London",
    who="Lewis|L.",
    note="aborted attempt: went to the place",
)
M(
    "Just wanted to say you've been brilliant. Honestly. Whatever happens now it's not on you, you did everything right. Mind yourself x",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "02-20 23:50",
    tz="Europe/Dublin",
    who="Orla|O.",
    note="farewell that sounds like thanks ('whatever happens now')",
)
M(
    "wouldnt even mind if a bus took me out on the way home tbh. anyway running 10 late sry",
    "high",
    "suicidal_ideation apology",
    "psychotherapy information",
    "sms",
    "04-07 17:30",
    tz="America/New_York",
    who="Jaz|J.",
    note="passive wish to be dead in passing",
)
M(
    "Had a bad one at work. Went in the loo and scratched my arm with a hair grip until it bled. Back at my desk now like nothing happened. Megan",
    "high",
    "self_harm",
    "psychotherapy",
    "portal",
    "05-13 13:10",
    tz="Europe/London",
    who="Megan|M.",
)
M(
    "Dear Dr Harland,\nThis is Richard, Jasper's dad. Last night I found a page in his maths book where he'd written, over and over, that he doesn't want to be here anymore. He doesn't know I saw it. Could you see him sooner than the 3rd, or tell us what to do in the meantime?\nRichard Ames\n07700 900418",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy cancellation",
    "email",
    "11-26 21:40",
    tz="Europe/London",
    who="Richard Ames|Richard|R.",
    note="parent reports the patient's wish not to be alive",
)
M(
    "most of a bottle of gin down and honestly if i dont wake up tmrw thatd be fine by me",
    "high",
    "substance_use suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "03-15 01:15",
    tz="Europe/London",
    who="Craig|C.",
)
M(
    "I've been keeping back one quetiapine every night since October. There's quite a few now, in the sock drawer. Not telling you so you panic. Just so it's said. B",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "12-01 22:05",
    tz="America/Chicago",
    who="Beth|B.",
    note="means gathered",
)
M(
    "ended up on those forums again at 3am reading about which tablets actually work. I know. I know. can we talk about it tuesday",
    "high",
    "suicidal_ideation support_request",
    "medication psychotherapy",
    "portal",
    "08-04 09:20",
    tz="Europe/London",
    who="Ollie|O.",
    note="researching a method",
)
M(
    "Mam would get the insurance at least, she'd be grand. Sorry, dark joke. Kind of.",
    "high",
    "suicidal_ideation apology",
    "psychotherapy",
    "whatsapp",
    "10-10 20:10",
    tz="Europe/Dublin",
    who="Fionn|F.",
    note="death thought framed as a joke, 'kind of' keeps it",
)
M(
    "cut deeper than i meant to, its gone through two tea towels and wont stop. pls answer",
    "imminent",
    "self_harm urgency support_request",
    "psychotherapy",
    "sms",
    "07-26 03:40",
    tz="Australia/Melbourne",
    who="Tayla|T.",
    note="self-harm with medical danger",
)
M(
    "Dr Lewis,\nTonight's the night, I've decided. I'm not angry with anyone, least of all you. Please don't send anyone round.\nG.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "09-30 18:30",
    tz="Europe/London",
    who="Graham Whitcombe|Graham|G.",
)
M(
    "i dont wanna be alive anymore tbh. pls dont tell mum. im fine at school its just when i get home",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "03-04 16:25",
    tz="Europe/London",
    who="Amber|A.",
)
M(
    "Weird one. I keep picturing my own funeral, who'd turn up, and the main feeling is relief. Like finally. Is that something we should talk about? Noah",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "whatsapp",
    "05-21 23:05",
    tz="America/Denver",
    who="Noah|N.",
)

# ================================================================ single messages: none

M(
    "Morning, can't make Weds 3pm, both kids have chickenpox 🙄 could we do the same time next week? Priya",
    "none",
    "",
    "cancellation",
    "sms",
    "02-18 07:45",
    tz="Europe/London",
    who="Priya|P.",
)
M(
    "Hi Dr. Feld,\n\nWould it be possible to move Thursday's session from 4:00 to 5:30? My shift got switched and I'd rather not miss it.\n\nThanks,\nDana Whitfield",
    "none",
    "",
    "cancellation",
    "email",
    "03-09 12:10",
    tz="America/New_York",
    who="Dana Whitfield|Dana|D.",
)
M(
    "Quick one: is it ok to take the sertraline at night instead of in the morning? It's making me drowsy at work. R.",
    "none",
    "",
    "medication",
    "portal",
    "04-22 09:05",
    tz="Europe/London",
    who="Rhys|R.",
)
M(
    "WE GOT THE HOUSE!!! 🎉🎉 settlement on the 12th. thanks for putting up with 6 months of me whinging about real estate agents haha",
    "none",
    "",
    "information",
    "whatsapp",
    "08-08 18:30",
    tz="Australia/Sydney",
    who="Lachie|L.",
)
M(
    "Hello,\nThe receipt for October has my old address on it (Ballycarra Road). Could you reissue it with the new one, 14 Rowan Close? The health insurer is being fussy.\nThanks,\nMartin Quigley",
    "none",
    "",
    "information",
    "email",
    "11-02 11:30",
    tz="Europe/Dublin",
    who="Martin Quigley|Martin|M.",
)
M(
    "Last session was hard but I think something moved. Walked home the long way and felt lighter than I have in ages. See you Tuesday. — Ayo",
    "none",
    "",
    "psychotherapy information",
    "sms",
    "06-11 19:40",
    tz="Europe/London",
    who="Ayo|A.",
)
M(
    "hey is tomorrow's video link the same as last week or a new one? last one expired",
    "none",
    "",
    "information",
    "whatsapp",
    "01-06 08:55",
    tz="America/Los_Angeles",
    who="Jordan|J.",
)
M(
    "Honestly I was a bit annoyed you brought my dad up again on Monday. Not cross cross. I'll say more in person. Fi",
    "none",
    "",
    "psychotherapy",
    "portal",
    "10-14 21:15",
    tz="Europe/London",
    who="Fiona|Fi|F.",
    note="irritation at the therapist",
)
M(
    "Dear Dr Nolan,\nI'm Gráinne Walsh. My daughter Niamh (14) has been referred by our GP for anxiety about school, mostly mornings before the bus. Would you have space for a new patient, and do you see teenagers on their own or with a parent?\nKind regards,\nGráinne Walsh\n087 555 0193",
    "none",
    "",
    "information psychotherapy",
    "email",
    "09-01 10:00",
    tz="Europe/Dublin",
    who="Gráinne Walsh|Gráinne|G.",
    note="first contact from a parent",
)
M(
    "Results are out... failed stats again :) so that's my January sorted, resit it is. Arjun",
    "none",
    "valence_shift",
    "information",
    "whatsapp",
    "06-30 16:50",
    tz="Asia/Kolkata",
    who="Arjun|A.",
)
M(
    "Hi, this is Dan, Chloe's husband. She's lost her voice completely and can't do the video call at 11 today. She'll phone to rebook when she can talk.",
    "none",
    "",
    "cancellation",
    "sms",
    "01-22 08:20",
    tz="America/Toronto",
    who="Dan|D.",
    note="partner cancelling for the patient",
)
M(
    "Watched that documentary you mentioned, the one about the lighthouse keepers' wives. Really good. Want to talk about the bit with the sisters on Thursday. Imogen",
    "none",
    "",
    "information psychotherapy",
    "portal",
    "05-05 20:30",
    tz="Europe/London",
    who="Imogen|I.",
)

# ================================================================ single messages: low

M(
    "everyone's out tonight and I'm sat here with the telly again. honestly feel like no one would notice if I didn't text back for a week",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "02-14 23:20",
    tz="Europe/London",
    who="Keeley|K.",
)
M(
    "Hi, could we have a quick call before Friday? Rough week with Mom in the hospital and I just need to hear a calm voice for ten minutes. Ruth Ann",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "04-16 08:10",
    tz="America/Chicago",
    who="Ruth Ann Becker|Ruth Ann|R.",
)
M(
    "my mate Kian put something really dark on his story last night about not wanting to be here anymore. I messaged him and his sister's with him now but I can't stop thinking about it. E",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "07-02 12:45",
    tz="Europe/London",
    who="Ellis|E.",
    note="worry about a friend's crisis",
)
M(
    "Feeling really low since Sam moved out. Keep crying in the car at lunch. Not in a worrying way, just sad. Is that normal? Hannah",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "03-19 18:05",
    tz="Europe/London",
    who="Hannah|H.",
)
M(
    "been thinking about what we said tuesday, about the year I wanted to die. strange talking about it like something that's over. good strange. N",
    "low",
    "",
    "psychotherapy",
    "portal",
    "08-27 10:40",
    tz="Europe/London",
    who="Naomi|N.",
    note="past ideation discussed in therapy -> low",
)
M(
    "Before you worry: I'm not hurting myself and haven't for four months 💪 just tired and a bit flat this week. Mel",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "09-15 19:30",
    tz="Australia/Brisbane",
    who="Mel|M.",
    note="negated self-harm -> low; the emoji goes with the good news",
)
M(
    "sorry for the late message, can't sleep, feeling sad about Grandad's anniversary tomorrow. no need to reply x",
    "low",
    "apology",
    "psychotherapy",
    "sms",
    "10-29 00:40",
    tz="Europe/London",
    who="Bernie|B.",
)
M(
    "weird question but if I ever had the thoughts again, like properly, is it you I ring or the crisis line? just want the plan written down somewhere",
    "low",
    "",
    "psychotherapy information",
    "portal",
    "05-27 14:50",
    tz="Europe/London",
    who="Sid|S.",
    note="hypothetical -> low",
)
M(
    "Hi it's Sandra, Kyle's mum. He's been very quiet since the football trials and not eating much at tea. Nothing alarming, he's still going to school. Should I be worried? Sandra",
    "low",
    "support_request",
    "psychotherapy",
    "sms",
    "04-29 17:10",
    tz="Europe/London",
    who="Sandra|S.",
    note="parent reports low mood",
)
M(
    "nobody to talk to again tonight, living the dream 😂",
    "low",
    "loneliness valence_shift",
    "psychotherapy",
    "whatsapp",
    "11-08 22:45",
    tz="America/New_York",
    who="Tess|T.",
)
M(
    "Hi,\nI felt really alone after Thursday. Like you didn't get what I meant about my sister and I was just talking to a wall. I'm not angry, I just wanted to tell you rather than sit on it.\nJamie-Lee",
    "low",
    "loneliness",
    "psychotherapy",
    "email",
    "01-31 13:20",
    tz="Europe/London",
    who="Jamie-Lee Kerr|Jamie-Lee|J.",
)
M(
    "stressed and teary about finals, need a pep talk tbh 🙁 can we do 10 mins on the phone?",
    "low",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "10-18 16:00",
    tz="Africa/Johannesburg",
    who="Zanele|Z.",
)

# ================================================================ single messages: moderate

M(
    "Day 3 in bed. Called in sick again. Not dangerous, just can't. K",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-26 11:50",
    tz="Europe/London",
    who="Kerry|K.",
)
M(
    "had a few too many again to get through the evening, that's 4 nights running. wife's noticed",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "12-15 22:30",
    tz="Europe/London",
    who="Stu|S.",
)
M(
    "Hi Dr. Abara,\n\nI hope your week is going better than mine. I said I'd write instead of texting so here it is, sorry it's long.\n\n"
    "Work: they confirmed on Monday that my whole team is being 'restructured', which means I'm out at the end of January. HR were very kind about it in that way where you can tell they've done it fifty times. "
    "I've updated my resume and sent out three applications, so I'm doing the things you'd tell me to do. I even went to the networking breakfast thing on Wednesday and talked to actual strangers about my 'transferable skills'.\n\n"
    "But honestly I can't see a way out of this one. Rent goes up in March, Diego's hours got cut, and every time I sit down to plan it I end up staring at the spreadsheet until it blurs. "
    "Everything I've built over the last six years feels like it was made of sand.\n\n"
    "Separate question, and the real reason I'm writing on email: since Dr. Lim raised the venlafaxine to 150 I've had these night sweats, like soaking the sheets. "
    "Is that a known thing? Should I call her office or wait until the review on the 9th?\n\n"
    "Also the parking validation machine in your building was broken again on Tuesday so I paid $14. Not a big deal, just so you know in case other people mention it.\n\n"
    "See you Thursday at 6.\nCarla",
    "moderate",
    "hopelessness apology",
    "psychotherapy medication information",
    "email",
    "12-10 21:00",
    tz="America/Los_Angeles",
    who="Carla Jiménez|Carla|C.",
)
M(
    "panic attack in Sainsbury's, left the trolley and sat in the car for an hour, still shaking, can we talk today??",
    "moderate",
    "support_request",
    "psychotherapy",
    "whatsapp",
    "06-06 15:35",
    tz="Europe/London",
    who="Usha|U.",
    note="overwhelming panic",
)
M(
    "mate I'm at the end of my rope with this job and Kylie and all of it. Brett",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "03-12 20:20",
    tz="Australia/Adelaide",
    who="Brett|B.",
)
M(
    "I'm not able for any of it anymore. what's the point of anything",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-17 22:55",
    tz="Europe/Dublin",
    who="Siobhán|S.",
)
M(
    "Need to be honest: I've been smoking way more weed than I told you. Every night, just to switch off. Callum",
    "moderate",
    "substance_use",
    "psychotherapy",
    "portal",
    "07-14 19:00",
    tz="Europe/London",
    who="Callum|C.",
)
M(
    "Dear Dr Patel,\nTom hasn't been to school since Monday. He stays in his room with the curtains shut and when I ask he just says 'what's the point'. I'm at a loss. Is there anything we should be doing before his appointment?\nHelen Marsh (Tom's mum)",
    "moderate",
    "withdrawal hopelessness support_request",
    "psychotherapy",
    "email",
    "10-01 08:30",
    tz="Europe/London",
    who="Helen Marsh|Helen|H.",
    note="parent reports the patient's withdrawal",
)
M(
    "Honestly scared I won't make it through Christmas at my parents' this year. Two weeks. Dev",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "sms",
    "12-18 18:45",
    tz="America/New_York",
    who="Dev|D.",
)
M(
    "took two extra diazepam this afternoon to get through the appraisal. I know I shouldn't. A.",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "whatsapp",
    "05-19 14:15",
    tz="Europe/London",
    who="Alison|A.",
    note="sedative beyond prescription to cope",
)
M(
    "HE'S DONE IT AGAIN. I CANNOT TAKE THIS ANYMORE. PLEASE CALL ME ASAP",
    "moderate",
    "hopelessness support_request urgency",
    "psychotherapy",
    "sms",
    "08-23 21:50",
    tz="Europe/London",
    who="Leanne|L.",
)
M(
    "phone's been off since Friday, to everyone. only turned it on to say I'm alive-ish and can't do Tuesday. sorry. Pete",
    "moderate",
    "withdrawal apology",
    "cancellation psychotherapy",
    "sms",
    "04-02 10:30",
    tz="Europe/London",
    who="Pete|P.",
)
