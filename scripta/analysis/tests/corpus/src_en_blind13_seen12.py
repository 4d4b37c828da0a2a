# Written blind for round 12 (English; 2026-11-27, by an author who never saw the engine nor rounds 2-11), but NOT a
# holdout: the lead engineer saw part of its texts (a formatting diff) before any measurement. Not loaded by the
# build until 2026-11-27; then spent into dev after round 13, never tuned on before (read once with engine 2026.11.18:
# see GUIDELINES.md, "Holdout rounds"). The file name orders its ids after round 13's.
# Fictional English messages (patients, or a parent/partner of a patient, to their therapist;
# varied Englishes, ages, registers and channels), written for this corpus. Labels follow GUIDELINES.md.
# M(text, risk, sig=manual signals, top=topics, ch=channel, at="MM-DD HH:MM", tz, who="Name|Initial",
#   g=group, v=variant, note=...). Mechanical signals are computed by build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ==== paired variants

# s12en-01: teenage self-harm urge with a pencil-sharpener blade (AU)
M(
    "hey its Jade. been sitting on the bathroom floor with the blade out of my pencil sharpener for like an hour, havent used it yet but the itch to is so loud tonight. mum thinks im asleep",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "03-11 23:52",
    tz="Australia/Brisbane",
    who="Jade|J.",
    g="s12en-01",
    v="base",
)
M(
    "hey its Jade. havent been sitting on the bathroom floor with the blade out of my pencil sharpener tonight, and the itch to use it isnt loud at all for once. mum thinks im asleep",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-11 23:52",
    tz="Australia/Brisbane",
    who="Jade|J.",
    g="s12en-01",
    v="negation",
    note="negated self-harm urge -> low",
)
M(
    "hey its Jade. last winter i used to sit on the bathroom floor with the blade out of my pencil sharpener for like an hour, the itch to was so loud back then. mum thought i was asleep",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-11 23:52",
    tz="Australia/Brisbane",
    who="Jade|J.",
    g="s12en-01",
    v="tense",
    note="historic self-harm urge -> low",
)
M(
    "hey its Jade. my mate Kayla's been sitting on her bathroom floor with the blade out of her pencil sharpener for like an hour, says the itch to use it is so loud tonight. her mum thinks shes asleep",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-11 23:52",
    tz="Australia/Brisbane",
    who="Jade|J.",
    g="s12en-01",
    v="person",
    note="a friend's self-harm urge -> low (worry about someone else)",
)

# s12en-02: tablets gathered from three refills, time set (NG)
M(
    "Good evening Doctor. I have gathered the amitriptyline from the last three refills, 84 tablets, they are in an envelope on my reading table with the letter for my brother. Tonight after my wife sleeps. I am telling you so that someone knows. Chukwuemeka",
    "imminent",
    "suicidal_ideation",
    "medication psychotherapy",
    "sms",
    "06-14 21:38",
    tz="Africa/Lagos",
    who="Chukwuemeka|C.",
    g="s12en-02",
    v="base",
    note="means gathered + time + letter",
)
M(
    "Good evening Doctor. I have not gathered the amitriptyline from the last three refills, I returned them to the chemist as we agreed, so there is no envelope on my reading table and no letter for my brother. I am telling you so that someone knows. Chukwuemeka",
    "low",
    "",
    "medication psychotherapy",
    "sms",
    "06-14 21:38",
    tz="Africa/Lagos",
    who="Chukwuemeka|C.",
    g="s12en-02",
    v="negation",
    note="negated gathering of means -> low",
)
M(
    "Good evening Doctor. In the novel our church book club is reading, the father writes: 'I have gathered the tablets from the last three refills, they are in an envelope on my reading table with the letter for my brother. Tonight after my wife sleeps.' It troubled everybody. Chukwuemeka",
    "none",
    "",
    "information",
    "sms",
    "06-14 21:38",
    tz="Africa/Lagos",
    who="Chukwuemeka|C.",
    g="s12en-02",
    v="quotation",
    note="a line from a novel -> none",
)
M(
    "Good evening Doctor. I have gathered all my tablets from the last three refills, 84 of them, they are packed in an envelope with my passport for the trip to Enugu. Tonight after my wife sleeps I will finish packing. I am telling you so that you know I will miss Monday. Chukwuemeka",
    "none",
    "",
    "medication cancellation information",
    "sms",
    "06-14 21:38",
    tz="Africa/Lagos",
    who="Chukwuemeka|C.",
    g="s12en-02",
    v="idiom",
    note="packing medicines for a trip -> none",
)

# s12en-03: passive wish to die inside an illness (UK)
M(
    "I keep hoping this chest infection turns into something that just takes me in my sleep. Nothing dramatic, just switched off. Is that an awful thing to write here? Helen",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "01-19 23:41",
    who="Helen|H.",
    g="s12en-03",
    v="base",
    note="passive ideation",
)
M(
    "I KEEP HOPING THIS CHEST INFECTION TURNS INTO SOMETHING THAT JUST TAKES ME IN MY SLEEP. Nothing dramatic, just switched off. Is that an awful thing to write here? Helen",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "01-19 23:41",
    who="Helen|H.",
    g="s12en-03",
    v="caps",
)
M(
    "I keep hoping this chest infection turns into something that just takes me in my sleep... Nothing dramatic, just switched off... Is that an awful thing to write here... Helen",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "portal",
    "01-19 23:41",
    who="Helen|H.",
    g="s12en-03",
    v="emoticon",
    note="ellipses instead of full stops",
)
M(
    "Last spring I kept hoping that chest infection would turn into something that just took me in my sleep. Nothing dramatic, just switched off. Is it an awful thing to write here now that it has passed? Helen",
    "low",
    "",
    "psychotherapy",
    "portal",
    "01-19 23:41",
    who="Helen|H.",
    g="s12en-03",
    v="tense",
    note="past passive ideation -> low",
)

# s12en-04: not leaving the flat (CA)
M(
    "Haven't been outside the apartment since Saturday. Blinds down, phone on airplane mode, eating cereal out of the box. Not sure why I'm even telling you. - Owen",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-03 16:20",
    tz="America/Toronto",
    who="Owen|O.",
    g="s12en-04",
    v="base",
)
M(
    "Haven't stayed holed up in the apartment since Saturday, I've been out every day. Blinds up, phone not on airplane mode, not eating cereal out of the box. Not sure why I'm even telling you. - Owen",
    "none",
    "",
    "information",
    "sms",
    "02-03 16:20",
    tz="America/Toronto",
    who="Owen|O.",
    g="s12en-04",
    v="negation",
    note="negated withdrawal (moderate) -> none",
)
M(
    "My roommate hasn't been outside the apartment since Saturday. Blinds down, phone on airplane mode, eating cereal out of the box. Not sure why I'm even telling you. - Owen",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-03 16:20",
    tz="America/Toronto",
    who="Owen|O.",
    g="s12en-04",
    v="person",
    note="roommate's withdrawal -> low",
)
M(
    "Back in first year I didn't go outside the apartment for nine days. Blinds down, phone on airplane mode, ate cereal out of the box. Not sure why I'm even telling you. - Owen",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-03 16:20",
    tz="America/Toronto",
    who="Owen|O.",
    g="s12en-04",
    v="tense",
    note="historic withdrawal -> low",
)

# s12en-05: mother reports her son's wish not to be around and a railway line (ZA)
M(
    "Dear Dr Naidoo,\n\nSipho came home from rugby practice and told me, very calmly, that he would rather not be around any more and that he has been thinking about the railway line behind the school. Then he went to shower as if he had told me it might rain. I have taken the belts and his charger cables out of his room, which I know is probably silly. Could you see him this week?\n\nKind regards,\nThandeka Mokoena",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "email",
    "09-08 19:05",
    tz="Africa/Johannesburg",
    who="Thandeka|Mokoena|T.",
    g="s12en-05",
    v="base",
    note="parent reports the patient: wish not to be around + method place",
)
M(
    "Dear Dr Naidoo,\n\nMy nephew Lwazi came home from rugby practice and told my sister, very calmly, that he would rather not be around any more and that he has been thinking about the railway line behind the school. Then he went to shower as if he had told her it might rain. She has taken the belts and his charger cables out of his room, which is probably silly. Could you advise me this week?\n\nKind regards,\nThandeka Mokoena",
    "low",
    "",
    "psychotherapy",
    "email",
    "09-08 19:05",
    tz="Africa/Johannesburg",
    who="Thandeka|Mokoena|T.",
    g="s12en-05",
    v="person",
    note="a nephew who is not the patient -> low",
)
M(
    "Dear Dr Naidoo,\n\nSipho came home from rugby practice and told me, very calmly, that he is not wishing he wasn't around any more and that he has not been thinking about the railway line behind the school. Then he went to shower as if he had told me it might rain. I have not taken anything out of his room. Could you see him this week?\n\nKind regards,\nThandeka Mokoena",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "09-08 19:05",
    tz="Africa/Johannesburg",
    who="Thandeka|Mokoena|T.",
    g="s12en-05",
    v="negation",
    note="negated ideation reported by parent -> low",
)
M(
    "Dear Dr Naidoo,\n\nSipho came home from rugby practice and played me a track by some drill rapper with the line 'rather not be around no more, thinking 'bout the railway line behind the school'. Then he went to shower and sang it loudly. Is this music something I should be keeping an eye on?\n\nKind regards,\nThandeka Mokoena",
    "none",
    "",
    "information",
    "email",
    "09-08 19:05",
    tz="Africa/Johannesburg",
    who="Thandeka|Mokoena|T.",
    g="s12en-05",
    v="quotation",
    note="song lyric -> none",
)

# s12en-06: parked at a cliff, farewell (IE)
M(
    "Parked up at the top of the cliff road at Bray Head, engine off. Tonight's the night I go over, Fiona. Don't ring the guards. Thanks for trying with me. Declan",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "10-22 00:37",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="s12en-06",
    v="base",
    note="place + time + farewell",
)
M(
    "Parked up at the top of the cliff road at Bray Head, engine off. Tonight's not the night I go over, Fiona, and I'm not going to. Driving home now. Thanks for trying with me. Declan",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-22 00:37",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="s12en-06",
    v="negation",
    note="negated intent -> low",
)
M(
    "Parked up at the top of the cliff road at Bray Head, engine off, great view of the lights. Tonight's the night I go over the best man speech one last time, Fiona, Saturday's the wedding. Thanks for trying with me on the nerves. Declan",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "10-22 00:37",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="s12en-06",
    v="idiom",
    note="'go over' a speech -> none",
)
M(
    "Two years ago tonight I was parked up at the top of the cliff road at Bray Head, engine off, sure it was the night I'd go over, Fiona. I didn't ring anyone. Thanks for trying with me since. Declan",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "10-22 00:37",
    tz="Europe/Dublin",
    who="Declan|D.",
    g="s12en-06",
    v="tense",
    note="anniversary of a past crisis -> low",
)

# s12en-07: letters written and hidden, 'just in case' (IN)
M(
    "Namaste Ma'am, small update before Thursday. I have written letters for Amma, Appa and Ravi and kept them in the steel almirah under my silk saris, just in case, I am not planning anything. Also the office audit is finally finished. Regards, Priya",
    "high",
    "suicidal_ideation",
    "psychotherapy information",
    "email",
    "07-30 22:15",
    tz="Asia/Kolkata",
    who="Priya|P.",
    g="s12en-07",
    v="base",
    note="preparation (letters); negated plan does not lower it",
)
M(
    "Namaste Ma'am, small update before Thursday. I have not written any letters for Amma, Appa or Ravi and there is nothing kept in the steel almirah under my silk saris, I tore up the draft as we discussed. Also the office audit is finally finished. Regards, Priya",
    "low",
    "",
    "psychotherapy information",
    "email",
    "07-30 22:15",
    tz="Asia/Kolkata",
    who="Priya|P.",
    g="s12en-07",
    v="negation",
    note="negated preparation -> low",
)
M(
    "Namaste Ma'am, small update before Thursday. In the Tamil play I saw on Sunday the heroine says, 'I have written letters for Amma, Appa and my brother and kept them in the steel almirah under my silk saris, just in case.' Whole hall was silent. Also the office audit is finally finished. Regards, Priya",
    "none",
    "",
    "information",
    "email",
    "07-30 22:15",
    tz="Asia/Kolkata",
    who="Priya|P.",
    g="s12en-07",
    v="quotation",
    note="a line from a play -> none",
)
M(
    "Namaste Ma'am, small update before Thursday. My cousin Meena has written letters for her Amma, Appa and brother and kept them in the steel almirah under her silk saris, just in case, she says she is not planning anything. Also the office audit is finally finished. Regards, Priya",
    "low",
    "",
    "psychotherapy information",
    "email",
    "07-30 22:15",
    tz="Asia/Kolkata",
    who="Priya|P.",
    g="s12en-07",
    v="person",
    note="cousin's preparation -> low",
)

# s12en-08: drinking to sleep after a separation (US)
M(
    "Finished the fifth of Jack by 9 tonight, only way the house gets quiet enough to sleep since Linda left. Just being honest like you asked. Rick",
    "moderate",
    "substance_use",
    "psychotherapy",
    "sms",
    "11-05 21:48",
    tz="America/Chicago",
    who="Rick|R.",
    g="s12en-08",
    v="base",
)
M(
    "Didn't touch the fifth of Jack tonight, first night the house got quiet enough to sleep without it since Linda left. Just being honest like you asked. Rick",
    "none",
    "",
    "psychotherapy information",
    "sms",
    "11-05 21:48",
    tz="America/Chicago",
    who="Rick|R.",
    g="s12en-08",
    v="negation",
    note="negated drinking (moderate) -> none",
)
M(
    "Finished the fifth of Jack by 9 tonight 👍 only way the house gets quiet enough to sleep since Linda left 😂 Just being honest like you asked. Rick",
    "moderate",
    "substance_use valence_shift",
    "psychotherapy",
    "sms",
    "11-05 21:48",
    tz="America/Chicago",
    who="Rick|R.",
    g="s12en-08",
    v="emoticon",
)
M(
    "My brother finished the fifth of Jack by 9 tonight, says it's the only way his house gets quiet enough to sleep since his wife left. Just being honest like you asked. Rick",
    "low",
    "",
    "psychotherapy",
    "sms",
    "11-05 21:48",
    tz="America/Chicago",
    who="Rick|R.",
    g="s12en-08",
    v="person",
    note="brother's drinking -> low",
)

# s12en-09: overdose just taken (UK teen)
M(
    "took the whole strip of my sertraline and a load of my nan's co-codamol about twenty mins ago. feel floaty. dunno why im typing this to you. sorry. Kai",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:12",
    who="Kai|K.",
    g="s12en-09",
    v="base",
    note="overdose taken",
)
M(
    "TOOK THE WHOLE STRIP OF MY SERTRALINE and a load of my nan's co-codamol about twenty mins ago. feel floaty. dunno why im typing this to you. sorry. Kai",
    "imminent",
    "self_harm suicidal_ideation apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:12",
    who="Kai|K.",
    g="s12en-09",
    v="caps",
)
M(
    "didnt take the strip of my sertraline or any of my nan's co-codamol, put it all back in the cupboard about twenty mins ago. feel floaty. dunno why im typing this to you. sorry. Kai",
    "low",
    "apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:12",
    who="Kai|K.",
    g="s12en-09",
    v="negation",
    note="negated overdose -> low",
)
M(
    "my mate Rhys took the whole strip of his sertraline and a load of his nan's co-codamol about twenty mins ago, says he feels floaty. dunno why im typing this to you. sorry. Kai",
    "low",
    "apology",
    "medication psychotherapy",
    "whatsapp",
    "04-17 01:12",
    who="Kai|K.",
    g="s12en-09",
    v="person",
    note="a friend's overdose -> low (worry about someone else's crisis)",
)

# s12en-10: burdensomeness tucked into a scheduling note (UK, Scotland)
M(
    "Honestly think Callum and the wee ones would manage fine without me hanging about, probably better. Anyway swimming lessons have moved to Wednesdays so I'll need the 5pm instead. Morag",
    "high",
    "suicidal_ideation",
    "cancellation psychotherapy",
    "whatsapp",
    "05-06 20:31",
    who="Morag|M.",
    g="s12en-10",
    v="base",
    note="perceived burdensomeness",
)
M(
    "Honestly think Callum and the wee ones would manage fine without me hanging about, probably better 😂 Anyway swimming lessons have moved to Wednesdays so I'll need the 5pm instead. Morag",
    "high",
    "suicidal_ideation valence_shift",
    "cancellation psychotherapy",
    "whatsapp",
    "05-06 20:31",
    who="Morag|M.",
    g="s12en-10",
    v="emoticon",
)
M(
    "Honestly don't think Callum and the wee ones would manage fine without me hanging about, they'd not be better off at all. Anyway swimming lessons have moved to Wednesdays so I'll need the 5pm instead. Morag",
    "low",
    "",
    "cancellation psychotherapy",
    "whatsapp",
    "05-06 20:31",
    who="Morag|M.",
    g="s12en-10",
    v="negation",
    note="negated burdensomeness -> low",
)
M(
    "Callum read me a line from that Irish novel in bed, 'they would manage fine without me hanging about, probably better', gave me the shivers. Anyway swimming lessons have moved to Wednesdays so I'll need the 5pm instead. Morag",
    "none",
    "",
    "cancellation information",
    "whatsapp",
    "05-06 20:31",
    who="Morag|M.",
    g="s12en-10",
    v="quotation",
    note="a novel's line -> none",
)

# s12en-11: sleeping out in the swag and not coming back (AU)
M(
    "Mate I just want to go to sleep in the swag out past Bourke and not come back from it. Been chewing on that a lot this week. Not asking you to fix it. Luke",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "08-12 22:09",
    tz="Australia/Sydney",
    who="Luke|L.",
    g="s12en-11",
    v="base",
    note="wish not to come back = wish to be dead",
)
M(
    "Mate I just want to go to sleep in the swag out past Bourke and not come back from the bush till after Christmas. Been chewing on that trip a lot this week. Not asking you to fix it, just means I'll miss two sessions. Luke",
    "none",
    "",
    "cancellation information",
    "sms",
    "08-12 22:09",
    tz="Australia/Sydney",
    who="Luke|L.",
    g="s12en-11",
    v="idiom",
    note="a camping trip -> none",
)
M(
    "Mate I don't want to go to sleep in the swag out past Bourke and not come back from it any more. Haven't been chewing on that at all this week. Not asking you to fix it. Luke",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-12 22:09",
    tz="Australia/Sydney",
    who="Luke|L.",
    g="s12en-11",
    v="negation",
    note="negated wish (the wish itself is negated, not a carrying negation) -> low",
)
M(
    "Mate my brother-in-law reckons he just wants to go to sleep in his swag out past Bourke and not come back from it. Been saying that a lot this week. Not asking you to fix it. Luke",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-12 22:09",
    tz="Australia/Sydney",
    who="Luke|L.",
    g="s12en-11",
    v="person",
    note="brother-in-law's ideation -> low",
)
M(
    "Mate back in 2019 I just wanted to go to sleep in the swag out past Bourke and not come back from it. Chewed on that a lot that year. Not asking you to fix it, it just came back to me today. Luke",
    "low",
    "",
    "psychotherapy",
    "sms",
    "08-12 22:09",
    tz="Australia/Sydney",
    who="Luke|L.",
    g="s12en-11",
    v="tense",
    note="historic ideation -> low",
)

# s12en-12: thank-you farewell with the cat rehomed and rent paid (US)
M(
    "Dr. Alvarez, I wanted to say thank you for the last eight months. You were kind to me when I didn't deserve it. I've left Biscuit with Jenna and paid my part of the rent through December so nobody gets stuck. This is the last time you'll hear from me. Please don't blame yourself. - Marisol",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "12-02 02:26",
    tz="America/Los_Angeles",
    who="Marisol|M.",
    g="s12en-12",
    v="base",
    note="farewell + pet rehomed + affairs settled",
)
M(
    "Dr. Alvarez, I wanted to say thank you for the last eight months. You were kind to me when I didn't deserve it. I've left Biscuit with Jenna and paid my part of the rent through December since the move to Portland is Saturday. This is the last time you'll hear from me as your client, the new clinic has my file. Please don't blame yourself for their waitlist! - Marisol",
    "none",
    "",
    "information psychotherapy",
    "email",
    "12-02 02:26",
    tz="America/Los_Angeles",
    who="Marisol|M.",
    g="s12en-12",
    v="idiom",
    note="goodbye when moving -> none",
)
M(
    "Dr. Alvarez, I wanted to say thank you for the last eight months. You were kind to me when I didn't deserve it. I haven't given Biscuit away to Jenna and I'm not settling the rent so nobody gets stuck. This is not the last time you'll hear from me. Please don't worry. - Marisol",
    "low",
    "",
    "psychotherapy",
    "email",
    "12-02 02:26",
    tz="America/Los_Angeles",
    who="Marisol|M.",
    g="s12en-12",
    v="negation",
    note="negated farewell/preparation -> low",
)
M(
    "Dr. Alvarez, the letter the daughter leaves in the film we analysed for class goes: 'Thank you for the last eight months. I've left Biscuit with Jenna and paid my part of the rent through December. This is the last time you'll hear from me.' My essay on it is due Friday. - Marisol",
    "none",
    "",
    "information",
    "email",
    "12-02 02:26",
    tz="America/Los_Angeles",
    who="Marisol|M.",
    g="s12en-12",
    v="quotation",
    note="film letter quoted for an essay -> none",
)
M(
    "Dr. Alvarez, my roommate Jenna left me a note tonight: thank you for the last eight months, she's left Biscuit with me and paid her part of the rent through December so nobody gets stuck, this is the last time I'll hear from her. She isn't picking up. What do I do? - Marisol",
    "low",
    "support_request",
    "psychotherapy",
    "email",
    "12-02 02:26",
    tz="America/Los_Angeles",
    who="Marisol|M.",
    g="s12en-12",
    v="person",
    note="roommate's farewell -> low (worry about someone else's crisis)",
)

# ==== single messages: high

M(
    "Hi Rachel,\n\n"
    "Sorry this is a long one, I've saved it up. First the boring bits: the invoice for October came through twice on the portal, once for £85 and once for £90, and I think only the first one is right because we agreed the new rate starts in December. Could you check with whoever does your admin? Also I'll be ten minutes late on the 9th because of the dentist, nothing dramatic.\n\n"
    "Work is the usual. The restructure has been announced properly now, my team is being merged with Leeds and I'm 'at risk', which is the phrase HR uses as if it means nothing. I've updated my CV and Dad's been sending me job adverts for things like warehouse supervisor, which is kind but also not helpful.\n\n"
    "The thing I actually wanted to put in writing, because I know I'll dodge it in the room: on the way back from the station I've started going up the stairwell of the multistorey on Castle Street instead of taking the lift, and standing at the top level looking over the railing. I looked up how high it is. Seventh floor, about twenty metres. I've not done anything, I just keep ending up there and working out whether it would be enough.\n\n"
    "Anyway. Dentist on the 9th, invoice, and that. See you then.\n\n"
    "Martin",
    "high",
    "suicidal_ideation apology",
    "information psychotherapy",
    "email",
    "10-28 18:40",
    who="Martin|M.",
    note="method researched and place visited, no time set -> high; buried in admin",
)
M(
    "Doctor abeg, this life don tire me finish. Some nights I dey wish make I just sleep and no wake up again. I no go do anything sha, I just wan make you know. Tunde",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "whatsapp",
    "02-21 23:18",
    tz="Africa/Lagos",
    who="Tunde|T.",
    note="Nigerian Pidgin: wish not to wake up; 'life don tire me' = can't take it any more",
)
M(
    "Hi, this is Greg, Amy's husband. She scratched both forearms raw with the point of a compass last night, she asked me to tell you because she can't face typing it. Not deep, I've cleaned them and put dressings on. She's sleeping now. Greg",
    "high",
    "self_harm",
    "psychotherapy",
    "sms",
    "03-30 07:55",
    who="Greg|G.",
    note="partner reports the patient's recent self-injury, no medical danger",
)
M(
    "cant stop picturing stepping off the platform when the 7:42 comes in fast. like my brain just plays it on loop every morning now. im fine at school tho honestly",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "whatsapp",
    "09-24 07:49",
    who="Ellie|E.",
    note="method imagery, no intent stated",
)
M(
    "Dear Mrs Okafor,\nSince Arthur passed I find myself asking the Lord each night to be so kind as to take me along too. I shan't do anything silly, I have the cat to think of, but there it is. I thought you ought to know before Tuesday.\nYours sincerely,\nMargaret Ellis",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "01-07 10:12",
    who="Margaret|Ellis|M.",
    note="passive wish to die, widow in her 70s",
)
M(
    "Sir, since two days I am purposely running the geyser water on my wrist till it goes red and blisters. It is giving some relief only. Kindly don't tell Papa. Arjun",
    "high",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "08-19 23:30",
    tz="Asia/Kolkata",
    who="Arjun|A.",
    note="burning self-injury, recent",
)
M(
    "Ja so I put my fist through the garage wall again till the knuckles split, second time this week. Needed to feel something other than this. Sorry for the oversharing, boet. Pieter",
    "high",
    "self_harm apology",
    "psychotherapy",
    "sms",
    "06-02 22:40",
    tz="Africa/Johannesburg",
    who="Pieter|P.",
    note="deliberate self-injury (punching wall until split)",
)
M(
    "I looked up tonight how many units of the long-acting it would take. Just looking. I'm type 1 so it's all there in the fridge door next to the milk. Jo",
    "high",
    "suicidal_ideation",
    "medication psychotherapy",
    "portal",
    "11-14 23:05",
    who="Jo|J.",
    note="thinking about a method (insulin), no plan or time",
)
M(
    "honestly what is the point of me still breathing if every day is the same grey porridge. no rush to reply. Sam",
    "high",
    "suicidal_ideation hopelessness",
    "psychotherapy",
    "sms",
    "12-09 14:03",
    who="Sam|S.",
    note="questions being alive",
)
M(
    "Made a list last night of who gets my guitars and my hockey cards, wrote it on the back of the hydro bill. Felt weirdly calm doing it. Thought you should know. Ryan",
    "high",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "02-15 09:21",
    tz="America/Winnipeg",
    who="Ryan|R.",
    note="preparation: distributing possessions, no time or plan",
)
M(
    "I keep thinking everyone in the house would breathe easier if I just wasnt in it. Every time Mam and Dad fight its about me. Can we talk before Tuesday? Aoife",
    "high",
    "suicidal_ideation support_request",
    "psychotherapy",
    "portal",
    "04-04 21:10",
    tz="Europe/Dublin",
    who="Aoife|A.",
    note="perceived burdensomeness",
)

# ==== single messages: imminent

M(
    "The tow rope is in the boot, bought it at the Halfords on Saturday. I know which oak at the allotment. Sunday before anyone's up. Writing this so it's said to someone.",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "05-15 22:51",
    who="Neil|N.",
    note="means + place + time",
)
M(
    "It's Dan, Chloe's partner. She swallowed most of a box of paracetamol, maybe twenty, with half a bottle of wine around eight. We're in A&E at the Royal waiting on bloods. She asked me to tell you she won't make Friday. Dan",
    "imminent",
    "self_harm suicidal_ideation substance_use",
    "medication cancellation psychotherapy",
    "sms",
    "07-09 23:14",
    who="Dan|D.",
    note="partner reports overdose taken, with alcohol",
)
M(
    "went deeper than i meant on my thigh and its soaked through two towels, it wont stop. dont want an ambulance mum will find out",
    "imminent",
    "self_harm",
    "psychotherapy",
    "whatsapp",
    "10-03 02:44",
    who="Freya|F.",
    note="self-harm with medical danger",
)
M(
    "Found a good home for Pepper and Mango through the parrot rescue, they're being collected Thursday. After that there's nothing keeping me here. I wanted you to hear from me that none of this is your fault. Bernadette",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "email",
    "03-17 20:02",
    tz="Europe/Dublin",
    who="Bernadette|B.",
    note="pets rehomed + time + farewell",
)
M(
    "Doctor I am sorry. I keep the sleeping pills 2 month, now is enough of them. Tonight I finish with this. Thank you for listen me always. Olena",
    "imminent",
    "suicidal_ideation apology",
    "medication psychotherapy",
    "sms",
    "01-26 22:33",
    who="Olena|O.",
    note="non-native English: pills saved + tonight + farewell",
)
M(
    "on the roof level of the multistorey by the station, its windy up here. just wanted to say bye properly to someone who listened",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "11-21 23:57",
    who="Leo|L.",
    note="place + farewell",
)
M(
    "URGENT - Ms Carter, Ella has locked herself in the bathroom and says she's taken all of her sertraline. I can hear her crying through the door. Ambulance is on its way. Please ring me as soon as you see this.\nNadia (Ella's mum)\n07700 900431",
    "imminent",
    "self_harm suicidal_ideation urgency support_request",
    "medication psychotherapy",
    "sms",
    "06-28 18:20",
    who="Nadia|N.",
    note="parent reports overdose taken",
)
M(
    "Dear Dr. Whitfield,\n\n"
    "I hope you had a good Thanksgiving. I'm writing with a few practical things first, since I've been meaning to get them off my desk.\n\n"
    "1) My insurance changed on the 1st. The new carrier is the same network, but they want a new authorization form from you. I've attached the PDF they sent. The member ID is on page two. I'm sorry it's another form.\n\n"
    "2) Could you send me a statement of the sessions from January to now? My accountant needs it for the HSA reimbursement. No rush on this one, whenever it's convenient.\n\n"
    "3) The parking garage on Elm is closing for repairs, so I'll probably be coming in from the Grant Street side and might be a couple of minutes late.\n\n"
    "The other thing, which I suppose is the real reason I'm writing. I've stopped arguing with myself about it. I've decided on the 14th, after Mom's birthday dinner, because I won't do that to her before it. I've already sorted the accounts and the passwords are in an envelope for my sister. I'm telling you because you've been honest with me and I want to be honest back, not because I want to be stopped. I feel calmer than I have in a year.\n\n"
    "Thank you for everything, genuinely. You did more than anyone could have.\n\n"
    "Best,\n"
    "Laura",
    "imminent",
    "suicidal_ideation apology",
    "information psychotherapy",
    "email",
    "11-29 21:15",
    tz="America/New_York",
    who="Laura|L.",
    note="date set + affairs settled + farewell, buried under insurance admin",
)
M(
    "Cleaned the .38 and loaded it, it's on the kitchen table. Wrote a letter to my daughter. Figure tonight's as good as any. Not looking to get talked out of it, just didn't want you hearing it from the news. Walt",
    "imminent",
    "suicidal_ideation",
    "psychotherapy",
    "sms",
    "10-11 23:40",
    tz="America/Denver",
    who="Walt|W.",
    note="means ready + time + letter",
)
M(
    "took 14 of my quetiapine about an hour ago, body feels really heavy. didnt want to be here anymore. not telling anyone else",
    "imminent",
    "self_harm suicidal_ideation",
    "medication psychotherapy",
    "whatsapp",
    "08-01 03:16",
    who="Mason|M.",
    note="overdose taken",
)

# ==== single messages: moderate

M(
    "third day in bed. told work it's flu. it's not flu",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "sms",
    "02-11 13:35",
    who="Hannah|H.",
)
M(
    "I can't keep going like this, honestly. The kids, the night shifts, Mum's dementia. Nothing ever gets lighter, it only gets heavier. Tasha",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "04-22 06:10",
    who="Tasha|T.",
    note="'can't keep going like this' = can't take it any more",
)
M(
    "Been smoking weed every night just to knock myself out, otherwise my head runs till 4am. Didn't want to hide it from you. Ayo",
    "moderate",
    "substance_use",
    "psychotherapy",
    "whatsapp",
    "09-30 10:44",
    tz="Africa/Lagos",
    who="Ayo|A.",
)
M(
    "Panic again in the Tesco queue, had to leave the trolley and sit on the pavement outside, hands still shaking an hour later. I'm frightened of the next one, it's taking over everything. Nadine",
    "moderate",
    "",
    "psychotherapy",
    "portal",
    "03-03 17:02",
    who="Nadine|N.",
    note="panic overwhelming the sender",
)
M(
    "honestly scared I'm not going to make it through this term, I'm so far behind and everything feels like wading through wet cement. Zara",
    "moderate",
    "hopelessness",
    "psychotherapy",
    "whatsapp",
    "11-18 00:21",
    who="Zara|Z.",
    note="'afraid I won't make it' (about the term)",
)
M(
    "Been taking two of the diazepam instead of one since Sunday, just to get through the days. I know. Please don't be cross. Debbie",
    "moderate",
    "substance_use",
    "medication psychotherapy",
    "sms",
    "05-27 08:30",
    who="Debbie|D.",
    note="sedatives beyond prescription to cope",
)
M(
    "skipped school all week, just been in my room with the door shut. dont want to see anyone",
    "moderate",
    "withdrawal",
    "psychotherapy",
    "whatsapp",
    "01-29 15:48",
    who="Tyler|T.",
)
M(
    "Nothing's going to change, is it. Same job, same flat, same me, and therapy is just paying someone to watch it. Sorry, that came out rude. Conor",
    "moderate",
    "hopelessness apology",
    "psychotherapy",
    "sms",
    "07-14 19:56",
    tz="Europe/Dublin",
    who="Conor|C.",
)
M(
    "Ma'am, I have not gone to office since Monday, told them fever. Not picking anyone's calls also. Just feeling very blank. Can we keep Friday's session online? Ritu",
    "moderate",
    "withdrawal",
    "information psychotherapy",
    "portal",
    "10-15 12:05",
    tz="Asia/Kolkata",
    who="Ritu|R.",
)

# ==== single messages: low

M(
    "Feeling really flat today, nothing major, just grey round the edges. See you Thursday. Kirsty",
    "low",
    "",
    "psychotherapy",
    "sms",
    "02-05 16:14",
    who="Kirsty|K.",
)
M(
    "The house is very quiet since the grandchildren flew back to Perth. Nobody has rung in over a week and I find I talk to the radio. Regards, Dennis Pratt",
    "low",
    "loneliness",
    "psychotherapy",
    "email",
    "01-13 11:20",
    who="Dennis|Pratt|D.",
)
M(
    "Hi Siobhan, could we possibly squeeze in a phone call this week? It's been a rough fortnight with the custody stuff and I'd like to talk some of it through before it all piles up. Whenever suits. Carla",
    "low",
    "support_request",
    "psychotherapy",
    "portal",
    "09-16 12:40",
    who="Carla|C.",
)
M(
    "My friend Zainab put something really dark on her story last night about not wanting to be here anymore. I've messaged her but she's not answering. What should I do? Hafsa",
    "low",
    "",
    "psychotherapy",
    "whatsapp",
    "03-22 09:05",
    who="Hafsa|H.",
    note="worry about a friend's crisis",
)
M(
    "random question but if I ever got back to wanting to hurt myself, is there a number that isn't 999? asking for future me. Beth",
    "low",
    "",
    "information psychotherapy",
    "whatsapp",
    "06-06 18:30",
    who="Beth|B.",
    note="hypothetical self-harm -> low",
)
M(
    "Been mulling over what we went through on Monday, the night in 2019 when I swallowed the whole packet. Odd to have said it out loud. Doing alright this week though. Imogen",
    "low",
    "",
    "psychotherapy",
    "portal",
    "04-09 20:00",
    who="Imogen|I.",
    note="past overdose discussed in therapy -> low",
)
M(
    "Just so you know, I didn't cut once this week. Seven whole days. Feels strange. Lily",
    "low",
    "",
    "information psychotherapy",
    "sms",
    "08-23 19:12",
    who="Lily|L.",
    note="negated self-harm -> low",
)
M(
    "Keep playing that Quiet Harbour song where she sings 'lay me down where the river ends'. Honestly nobody in this city gets me, four months here and I still eat dinner with my phone. Chidi",
    "low",
    "loneliness",
    "psychotherapy",
    "whatsapp",
    "11-08 22:47",
    tz="America/Toronto",
    who="Chidi|C.",
    note="quoted lyric carries no risk; the loneliness is the sender's",
)
M(
    "Missed my sister's engagement party because of the flare-up 😢 Feeling pretty low about it tbh. Anjali",
    "low",
    "",
    "psychotherapy information",
    "whatsapp",
    "05-18 21:02",
    who="Anjali|A.",
)
M(
    "Sorry I went quiet after last session, what came up shook me a bit. I'm okay, just a bit tender. Femke",
    "low",
    "apology",
    "psychotherapy",
    "email",
    "10-06 08:45",
    who="Femke|F.",
)

# ==== single messages: none (idioms, quotations, logistics)

M(
    "This Northern line commute is actually killing me, forty minutes stuck outside Kennington. Going to be ten late, sorry! Josh",
    "none",
    "apology",
    "information",
    "sms",
    "01-21 08:52",
    who="Josh|J.",
    note="idiom",
)
M(
    "lol I died like 40 times to the final boss last night, finally beat it at 2am. can we move tuesday to 4? 😂 Dev",
    "none",
    "",
    "cancellation information",
    "whatsapp",
    "03-04 11:15",
    who="Dev|D.",
    note="gaming idiom",
)
M(
    "Did the box breathing before my practical and then absolutely murdered the beef wellington, chef said best in the cohort 🎉 Bukola",
    "none",
    "",
    "information",
    "whatsapp",
    "06-19 17:40",
    who="Bukola|B.",
    note="cooking idiom",
)
M(
    "Had the mole on my back cut out this morning, three stitches, dermatologist says it's benign. Good day overall! Sunita",
    "none",
    "",
    "information",
    "sms",
    "07-02 13:10",
    who="Sunita|S.",
    note="a medical procedure, not self-harm",
)
M(
    "We got slaughtered 6-0 on Saturday, the lads were dead on their feet by half time and coach says he'll kill us at training Tuesday. Good for the head though, honestly. Femi",
    "none",
    "",
    "information",
    "whatsapp",
    "10-26 10:02",
    who="Femi|F.",
    note="sport idioms",
)
M(
    "Spent the whole weekend stripping wallpaper in the spare room, arms are shot and I'm dead on my feet, but it's finally done and it looks class. Aisling",
    "none",
    "",
    "information",
    "whatsapp",
    "09-14 21:30",
    tz="Europe/Dublin",
    who="Aisling|A.",
    note="DIY; 'dead on my feet' idiom",
)
M(
    "Watched that old film you mentioned, the one where the lighthouse keeper says 'I'll walk into the sea and let it keep me'. Bleak, but what cinematography. Thanks for the tip. Graham",
    "none",
    "",
    "information",
    "portal",
    "02-24 20:15",
    who="Graham|G.",
    note="film line quoted",
)
M(
    "Quarter-end is murdering me, three audits due Friday, so I may be a bit frazzled on Thursday. Still coming though. Kwame",
    "none",
    "",
    "information",
    "email",
    "03-27 07:25",
    tz="Africa/Accra",
    who="Kwame|K.",
    note="busy week told as a fact; idiom",
)
M(
    "Last week in Manchester before the move to Calgary! Thank you for everything, honestly, this is goodbye from me, but Dr Hassan at the new place has my notes. Take care 💙 Rebecca",
    "none",
    "",
    "information psychotherapy",
    "whatsapp",
    "08-29 15:55",
    who="Rebecca|R.",
    note="goodbye when moving",
)
M(
    "For my creative writing module I wrote a poem called 'Last Note', in the voice of a drowned sailor writing to his mother. My tutor gave it a first! Can I bring it Thursday? Tomasz",
    "none",
    "",
    "information",
    "portal",
    "05-12 16:33",
    who="Tomasz|T.",
    note="poem written for class",
)
