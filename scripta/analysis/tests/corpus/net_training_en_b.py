"""Training-only messages for the learned risk net (bench/train_risk_net.py), author B.

English portal messages and e-mails from teenagers, students, parents, older adults (risk inside ordinary news, split across sentences, proxies).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
260 messages: none 53, low 48, moderate 19, high 93, imminent 47.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Quick update from me: the new job started Monday and the commute is actually fine. Most nights, though, I lie there hoping I simply won't wake up. Can we keep Thursday at five? Priya",
        "high",
    ),
    (
        "mum says i have to message u so here. school ok. did the compass thing on my arm again in maths, not deep. she doesnt know - Tyler",
        "high",
    ),
    (
        "Forgive the rambling, I am 78 and not used to these portals. The hip is mending well and the physio is pleased. In truth I feel rather ready to go, and I wish the Lord would get on with it. Regards, Harold Pym",
        "high",
    ),
    (
        "Would it be awful if I admitted I've been looking up how many of my sertraline it would take? Not doing anything. Just looking. Sorry.",
        "high",
    ),
    ("40 zopiclone in the sock drawer now. that's enough I think", "imminent"),
    (
        "Dear Dr Hale, this is Simone, Ethan's mum. He came home from football with split knuckles and admitted he'd been punching the changing-room wall on purpose because he 'deserved it'. He's asleep now. Could you see him sooner than the 12th?",
        "high",
    ),
    (
        "Tonight's the night, I think. Thank you for trying with me, genuinely. Please don't blame yourself for any of it.",
        "imminent",
    ),
    (
        "I'm on the top level of the multi-storey by the station. Just wanted someone to know where I am.",
        "imminent",
    ),
    (
        "took the whole strip of paracetamol about an hour ago + some of mums tramadol. feel weird. sorry",
        "imminent",
    ),
    ("honestly the world wld be lighter without me in it", "high"),
    (
        "Is it normal that on the way to uni I keep thinking if the bus skidded into me it would sort a lot of things out? I'm not stepping out in front of it, I just keep hoping.",
        "high",
    ),
    (
        "Could you move me to Friday? Also, full disclosure, I've been burning my wrist with a lighter when my head gets too loud. Did it yesterday as well. Sorry to bury that in a rescheduling message.",
        "high",
    ),
    (
        "Biscuit is living with my sister now - I told her it's just for a bit. Cancelled the gym, paid off the card, deleted most of my socials. Everything is tidy, so there's nothing left for anyone to sort out.",
        "high",
    ),
    (
        "PASSED MY DRIVING TEST!! Less exciting: I spent last night checking which bridges round here don't have the safety netting. Sorry. See you Tuesday.",
        "high",
    ),
    (
        "Haven't eaten since Sunday. I don't get to eat when I've been this disgusting, that's the rule. It's Wednesday now.",
        "high",
    ),
    ("lol so I've basically decided I'm checking out this weekend. no refunds 🙃", "imminent"),
    (
        "cnt do this anymore. pils lined up on the desk, 30ish. just wanted to say thnk u for everything",
        "imminent",
    ),
    ("💊💊💊 + 🍷 tonight. bye x", "imminent"),
    (
        "How many lithium tablets would actually be dangerous? I'm asking because I think about it most nights before bed.",
        "high",
    ),
    (
        "I have set my affairs in order and written a letter to each of the grandchildren. The tablets are ready in the bathroom cabinet. I shan't be attending on the 14th. Thank you for your many kindnesses. Margaret Ellery",
        "imminent",
    ),
    (
        "Can I take ibuprofen with the sertraline? Pounding headache since lunch and I didn't want to risk it without asking.",
        "none",
    ),
    (
        "Running about ten minutes late, they've shut the bridge on the ring road again. Start without me? (joking) - Dev",
        "none",
    ),
    (
        "Last week at the library, so I've spent the evening writing goodbye cards for the whole team. It was sweeter than I expected. See you Monday, Helen",
        "none",
    ),
    (
        "Cleared the wardrobe out at last and dropped three bags at the hospice shop. Feel about two stone lighter!",
        "none",
    ),
    (
        "Finally signed my will at the solicitor's this morning, something I'd been putting off since Dad passed. Very dull, very grown up, and now it's done. Otherwise a quiet week.",
        "none",
    ),
    ("so done with this job lol, they've moved my shift AGAIN", "none"),
    (
        "If Jamie is late picking the kids up one more time I swear I'll kill him 😂 Anyway, all fine otherwise.",
        "none",
    ),
    (
        "When I was at uni, ages ago, I used to cut. I haven't in eleven years and I don't feel any pull towards it now - I just thought you should have the full history before we start.",
        "low",
    ),
    (
        "Before you read the rest and worry: I am not going to do anything to myself. I am, however, extremely fed up with my landlord, who has 'lost' the deposit.",
        "low",
    ),
    (
        "If a friend ever told me they wanted to die, what would be the right thing to say? I never know.",
        "low",
    ),
    (
        "My flatmate told me last night she's been thinking about killing herself. I sat up with her till 3 and we called the GP this morning. I'm so shaken I can't concentrate on anything.",
        "low",
    ),
    (
        "Ever since he lost the business my husband keeps saying he'd be better off dead. I'm frightened for him and I don't know whether to tell his brother. Could we use Thursday for this?",
        "low",
    ),
    ("Haven't left the flat since Friday. Didn't see the point in getting dressed.", "moderate"),
    (
        "Three big glasses of wine every night this week, just to switch my brain off. I know, I know.",
        "moderate",
    ),
    ("Nothing is ever going to change for me, is it.", "moderate"),
    (
        "It's been very quiet since the twins went off to university. I rattle around the house and nobody rings. Sorry, that sounds pathetic written down. Jean",
        "low",
    ),
    (
        "This dissertation is going to be the death of me. Three chapters, nine days. Still on for Wednesday!",
        "none",
    ),
    (
        "Nearly died of embarrassment at parents' evening - I called the head of year by my ex-husband's name. Anyway, progress report: the new routine is working.",
        "none",
    ),
    ("im dead 💀 the dog ate the whole birthday cake off the counter", "none"),
    (
        "Watched It's a Wonderful Life with Grandad again - the bit on the bridge gets me every single year. Cried happy tears into the mince pies.",
        "none",
    ),
    (
        "I've been turning over what we said on Tuesday about the years when I wanted to die. It helped to say it out loud to someone. See you next week. Ola",
        "low",
    ),
    ("Good news for once: not a single drink all weekend!", "none"),
    (
        "Dr Lindqvist - Sophie has had a rough week with mock exams and has been tearful most evenings. Nothing alarming, she's eating and sleeping, but I wanted you to know before Monday. Best wishes, Anna Clarke",
        "low",
    ),
    (
        "Good morning. Our son Kieran hasn't come out of his room or gone to college since Monday; he says there's no point. We're worried but not sure whether to push him. Regards, Paul and Denise Ward",
        "moderate",
    ),
    (
        "Do you know any good books on grief for a nine-year-old? My niece's hamster died and she's asking a lot of questions.",
        "none",
    ),
    (
        "Sorry for the essay. Work is fine, the new manager is decent, I went to the allotment Saturday and the beans are coming up. The other thing is that I've started a letter to the kids, the kind you leave. I don't know why I'm telling you. Keith",
        "high",
    ),
    (
        "Lately I wonder what would happen if I swallowed all my quetiapine at once. It's a lot of tablets.",
        "high",
    ),
    (
        "been thinking a lot about the canal lately. like, the deep bit near the lock. not in a nice walk way",
        "high",
    ),
    (
        "I'm sorry. I did it again last night, with the razor from my dad's shaving kit. It's on my thigh so nobody sees. I promised you I'd text first and I didn't.",
        "high",
    ),
    (
        "Writing about my daughter Leah, who you see on Tuesdays, Dr Moran. Last night she told me she has been planning to take her tablets on Friday when we're at her nan's. We've locked everything away. Please call me as soon as you can. Rachel Finch",
        "imminent",
    ),
    (
        "i just keep picturing my funeral and honestly it looks peaceful. everyone there, no one cross with me",
        "high",
    ),
    (
        "Weird question: does life insurance still pay out if it's not an accident? Asking for me, obviously.",
        "high",
    ),
    (
        "Standing on the bridge over the bypass. It's really windy. I don't think I'm going to call anyone else.",
        "imminent",
    ),
    (
        "Got a bit carried away with the compass again. It won't stop bleeding and there's a lot on the floor. Not sure what to do",
        "imminent",
    ),
    (
        "Hope your holiday was lovely! Mine was alright. I've been scratching my arms raw at night without really noticing till the morning - there's blood on the pillowcase. Just so you know.",
        "high",
    ),
    (
        "Tired. Not sleepy tired. The kind where you'd like to stop existing for a good long while, maybe permanently.",
        "high",
    ),
    (
        "I've written the will. Not the calm solicitor kind. The kind where I said sorry on every page.",
        "high",
    ),
    (
        "Dear Ms Adeyemi, I apologise for writing on a Sunday. I have been giving my books and records away to the neighbours this week. I find I won't need them where I'm going. I hope that doesn't sound too dramatic. Yours sincerely, Walter Brinkley",
        "high",
    ),
    ("Bought the rope today. I know where. Sunday, when the house is empty.", "imminent"),
    (
        "sorry sorry sorry. i bashed my head against the bathroom wall till it stopped. there's a lump. mum thinks i slipped",
        "high",
    ),
    (
        "Is there a way to cancel the rest of my sessions? I won't be needing them, or anything else, after this week. Thank you for everything, you did more than you know.",
        "imminent",
    ),
    (
        "Exams are going ok!! Chem was hard. Also kind of want to disappear for good, like not run away, like not be anything. Anyway bio on Thursday",
        "high",
    ),
    (
        "My mum will get the flat, I've left the pin for my bank card in the kitchen drawer and the cat's food is in the cupboard. Tell her I'm sorry. I'm tired.",
        "imminent",
    ),
    (
        "For about a month I've been hoarding my nightly pregabalin. Not taking them, just putting them in a jar. It's quite full now.",
        "imminent",
    ),
    (
        "Had a lovely lunch with my sister. On the train home I worked out which carriage stops nearest the end of the platform on the fast line. I don't know why I do that.",
        "high",
    ),
    (
        "When the doctor said the scan was clear, was it wrong to feel disappointed? I'd been half hoping it was something that would take me.",
        "high",
    ),
    ("I don't want to be here anymore. Not this house. Not anywhere.", "high"),
    (
        "Whoever reads this first - I've taken 28 of the amitriptyline with half a bottle of vodka. I'm at 14 Harcourt Road. I changed my mind. Please",
        "imminent",
    ),
    (
        "Hello Dr Castellano, Daniel's dad here. His teacher found a list in his planner titled 'ways' with things crossed out. He's 14. He says it was a joke but he's also stopped eating with us. What should we do tonight?",
        "high",
    ),
    ("Every evening I drive past the quarry on the way back from work and slow down.", "high"),
    (
        "Any tips for sleeping? I keep waking at 4 and my mind won't switch off. Otherwise I'm doing ok.",
        "none",
    ),
    (
        "Feeling quite low this week. Nothing dramatic, just grey. Could we have a phone call before Thursday?",
        "low",
    ),
    (
        "Honestly I can't take much more of this. The baby won't sleep, Tom's away, and I've cried in the car park twice today.",
        "moderate",
    ),
    (
        "Our English class is reading Plath and I have to write an essay on the poem about dying being an art. It's really heavy but I find it interesting, is that weird? Maya",
        "none",
    ),
    (
        "I am NOT going to hurt myself, I promise. I'm just angry and needed to type it somewhere safe. Rowan",
        "low",
    ),
    (
        "My grandmother took an overdose in the seventies, Mum only told me today. It's made me look at the whole family differently. Can we talk about it next session?",
        "low",
    ),
    ("Really proud of myself - six months free of cutting today! 🎉", "low"),
    (
        "The new meds are making me so drowsy I could sleep for a week. Is that normal for the first fortnight?",
        "none",
    ),
    (
        "At the end of my rope with this divorce. Every phone call with his solicitor makes it worse.",
        "moderate",
    ),
    ("Thanks for today. I felt properly heard for the first time in ages 😊", "none"),
    ("Been in bed since yesterday afternoon. Can't face anyone.", "moderate"),
    (
        "Can you recommend a support group for people whose partner is depressed? Martin's started talking about not wanting to be around, and I'm running out of ways to help. Fiona",
        "low",
    ),
    (
        "My best friend sent me a message at 2am saying she'd cut herself again. I rang her mum. I feel sick and guilty and like a grass.",
        "low",
    ),
    (
        "The play we're rehearsing ends with the character taking poison, and I have to do the death scene eight nights in a row. I love it. Sorry, just excited!",
        "none",
    ),
    (
        "Quick practical one: the pharmacy only gave me 14 days of fluoxetine instead of 28. Should I ring the surgery or will you let Dr Shah know?",
        "none",
    ),
    (
        "Packed all my sleeping tablets for the Lisbon trip - do I take them on local time or home time?",
        "none",
    ),
    (
        "Used to think about jumping off the pier at Southend, back when I was drinking. Sober two years now and those thoughts are gone. Funny what a walk along there brings back though.",
        "low",
    ),
    ("What's the point of anything lately. Work, gym, bed, repeat.", "moderate"),
    ("I feel so alone in this house. Even when Gary's home he's on his phone.", "low"),
    (
        "My son's friend died by suicide last month and Oscar hasn't really talked about it. He seems ok, eating, seeing friends, but I'd like your advice on how to bring it up. Thank you, Claire (Oscar's mum)",
        "low",
    ),
    (
        "Mum I mean Dr Ross sorry lol. Anyway the thing is I've been burning myself with the hair straighteners. small ones on my hip. last one was sunday",
        "high",
    ),
    (
        "Sorry this is long. The move went fine and the removal men were lovely. Dad's settling in. I'm managing the paperwork. And then every night, when the house goes quiet, I think about how easy it would be to just not carry on. I'm not sure I want you to reply to that part. Lorna",
        "high",
    ),
    (
        "i keep punching my thighs til they go purple. it helps more than talking does. dont tell my mum",
        "high",
    ),
    (
        "Have been looking at train timetables in a way I shouldn't. Specifically the ones that don't stop here.",
        "high",
    ),
    (
        "Please don't be cross. I've had 12 co-codamol since lunch, on purpose. I'm on the sofa.",
        "imminent",
    ),
    (
        "The cord from the dressing gown is tied to the bannister. I'm sat on the landing looking at it. I don't know why I'm texting you instead of doing it.",
        "imminent",
    ),
    (
        "Good afternoon Dr Lindqvist. I am the father of Amira (16), your patient. Last night we found she had scratched 'hate' into her forearm with a paperclip. She is at school today and seems fine on the surface. Kind regards, Tariq Haddad",
        "high",
    ),
    (
        "Dropped my phone in the bath lol. On the new one now. Also, the thoughts about ending it are back, more than before Christmas. See you Weds.",
        "high",
    ),
    (
        "Just to say I've put the boys' details and the passwords in an envelope for Chris. If anything happens he'll know where to look. It's been on my mind a lot, the 'if'.",
        "high",
    ),
    (
        "Bye Dr Hale. I mean it this time. The box with the tablets is open and I'm not scared any more.",
        "imminent",
    ),
    (
        "ok so I may have downed all of my sisters sleeping pills and I'm kind of regretting it. is that a hospital thing",
        "imminent",
    ),
    (
        "Sometimes I wish I could just fall asleep in the snow like in those old stories and not be found until spring.",
        "high",
    ),
    (
        "My nan would say I'm 'surplus to requirements'. That's how I feel. Like everyone would have an easier time if I just wasn't in the picture.",
        "high",
    ),
    (
        "Started skipping meals as punishment again. If I mess up at work, no dinner. Today was a no-dinner day and yesterday too.",
        "high",
    ),
    (
        "Next session I'd like to talk about the fact that I've been thinking about killing myself? I've not said it out loud to anyone. I'm not in danger tonight, I just can't keep carrying it alone. - Joanna",
        "high",
    ),
    (
        "I think I've made my peace with it. Saturday, after the kids are at their dad's. I wanted you to hear it from me and not from the news.",
        "imminent",
    ),
    (
        "excuse the typos im on the roof of the student flats. its nice up here actually. quiet",
        "imminent",
    ),
    ("What number of co-proxamol would be peaceful? Dad's old ones are still in the loft.", "high"),
    (
        "Hope this isn't too much for a Friday: I held my hand over the gas ring last night until it blistered. I felt calm after. Sorry x",
        "high",
    ),
    (
        "Don't laugh but I've been practising my goodbyes. To the barista, the bus driver, the neighbour's dog. Just in case I don't see them again.",
        "high",
    ),
    (
        "Wrote three letters tonight. One for Mum, one for Ayo, one for you. They're on my desk. I'm going to walk to the river when it gets light.",
        "imminent",
    ),
    (
        "I hate myself so much that I hit myself in the face with the hairbrush earlier. Twice.",
        "high",
    ),
    (
        "The GP changed me from citalopram to mirtazapine and I've not started the new one. I've kept both boxes. Just in case I need the full amount one day.",
        "high",
    ),
    (
        "My wife Ruth (your patient, Dr Bennett) asked me to write as she can't face typing. She took an overdose of her diazepam this morning and is now at St Mary's; she's stable. We'll miss Thursday's appointment. Regards, Graham Lowe",
        "imminent",
    ),
    ("no point in me being alive if i cant even pass my resits", "high"),
    (
        "Worked a double, had pizza with the lads, watched the match. Standard Saturday. Then sat in the car for an hour thinking about the exhaust pipe. Not standard. Sorry mate I mean Dr Moran.",
        "high",
    ),
    ("🔪 again. it's fine. it's not deep", "high"),
    (
        "My counsellor at school said to email you. I kind of wish I could press a pause button on existing. Or delete. I'm 15.",
        "high",
    ),
    (
        "Got my final paycheque sorted and set up the direct debit to go to my sister after this month. Gave the plants to next door. Now I just need to pick a day.",
        "imminent",
    ),
    (
        "I hope you are keeping well, Dr Pereira. The garden club has been good for me. I should tell you, though, that I have stopped taking my heart tablets on purpose. I'd rather let nature take its course and I won't be persuaded otherwise. Sincerely, Edith Crane",
        "imminent",
    ),
    (
        "every time I see the bread knife I think about it. the deep way. not the cutting-for-relief way",
        "high",
    ),
    (
        "Thank you for being kind to me this year. I mean that more than you'll know by tomorrow.",
        "imminent",
    ),
    ("Sat in the bath with the razor for an hour. didn't use it yet. want to so badly", "high"),
    (
        "How long does it take for someone to be found, in a flat, if they live alone? Asking because nobody has knocked in nine days.",
        "high",
    ),
    (
        "It's silly but I've been sorting who gets my jewellery. Cheryl the pearls, little Mia the locket. I feel very calm doing it, which frightens me a bit. Pat",
        "high",
    ),
    ("Don't come looking, I've already gone out to the cliffs. Tell Sami I love him.", "imminent"),
    (
        "Honestly if I got hit by a car tomorrow I'd be relieved. That's the update. Otherwise uni's fine.",
        "high",
    ),
    ("There are 62 tablets on the bed. I counted twice.", "imminent"),
    (
        "Hello, it's Ivy's mum, Gemma. Ivy's been wearing long sleeves in this heat and tonight I saw why - fresh cuts up both arms, some only a day or two old. She's furious I'm writing to you. Can you fit her in this week? Gemma Marsh",
        "high",
    ),
    (
        "Maybe next year I won't be around for the appointments, so there's no need to book that far ahead.",
        "high",
    ),
    ("sorry. used the lighter again on my ankle. three this time. it smelled awful", "high"),
    (
        "If you don't hear from me by Monday, it's because I followed through. I'm sorry to leave it with you.",
        "imminent",
    ),
    (
        "You know the feeling of wanting a really long sleep? Mine's more like wanting one without the alarm. Ever.",
        "high",
    ),
    (
        "Quick admin: my address has changed to Flat 3, 22 Nelson Street. Less quick: I've started researching helium online and I don't like that I'm doing it.",
        "high",
    ),
    (
        "My brain keeps offering me the car park roof as a solution to everything. Bills? Roof. Breakup? Roof. It's getting louder.",
        "high",
    ),
    (
        "Starved all weekend because I deserved it after what I said to Dad. Feel dizzy now. Don't tell him.",
        "high",
    ),
    (
        "Sorry to email at midnight, and sorry in advance for being a bother. I've swallowed the rest of the olanzapine, maybe 20. I only wanted to tell someone who won't panic.",
        "imminent",
    ),
    (
        "Hope the kittens are doing well. I've decided I'm going to end things after my brother's wedding, so nobody's day is ruined. I'll still come on the 3rd if that's alright.",
        "imminent",
    ),
    (
        "Didn't get the job. Obviously. That's fine. I'm just going to go for a walk to the reservoir and not come back.",
        "imminent",
    ),
    (
        "We have to talk about my daughter Hannah urgently. She's said twice this week that she'd rather be dead than go back to that school, and this morning she asked me where the spare car keys are kept. Anne Beaumont",
        "high",
    ),
    (
        "So sorry about Tuesday - I forgot entirely, my head's been everywhere with the house move. Can I pay for the missed one at the next session?",
        "none",
    ),
    (
        "Our GP suggested propranolol for the exam nerves. Is it ok alongside therapy or will it blunt the sessions?",
        "none",
    ),
    (
        "I could murder a curry after the week I've had. Anyway - the presentation went well!",
        "none",
    ),
    (
        "Tom's band did a cover of that old song about going down to the bridge and jumping and honestly it slapped. Anyway see you Monday",
        "none",
    ),
    (
        "My daughter is killing me with this prom-dress saga, three shops and she hated all of them 😂",
        "none",
    ),
    (
        "At seventeen I took an overdose and spent two nights in hospital. I'm 43 now and it rarely crosses my mind; it only came up because my own girl is turning seventeen.",
        "low",
    ),
    (
        "In case it matters for your notes: I've had no thoughts of hurting myself this week, none at all. Work has been busy but manageable. Deb",
        "low",
    ),
    (
        "For my psychology coursework: what's the protocol when a patient tells a therapist they're suicidal? We're comparing services.",
        "none",
    ),
    (
        "These headaches won't quit and I've been living on paracetamol. Is there a limit on how many I should take in a day? Don't want to overdo it.",
        "none",
    ),
    (
        "Lovely session today, thank you. I walked home the long way over the suspension bridge and the river was full of swans.",
        "none",
    ),
    (
        "Sorry I'm so flat lately. I feel like a ghost in my own life. Not in a dangerous way, just colourless.",
        "low",
    ),
    (
        "Mum's moved into the care home and I've been giving away her furniture to the cousins. It's sad but the right thing. Could we talk about the guilt on Friday?",
        "low",
    ),
    (
        "Quitting my job was the best decision of the year. Done with that place forever and I feel free!!",
        "none",
    ),
    (
        "Read 'The Bell Jar' over half term and underlined loads. Esther's bit about the fig tree is basically me choosing a uni course lol",
        "none",
    ),
    (
        "Apparently most people who think about suicide never go on to attempt - is that true? I read it in an article and it made me feel a bit better about my dad.",
        "low",
    ),
    ("Not having any dark thoughts, promise. Just knackered from the night shifts.", "low"),
    (
        "Drank a whole bottle of gin on my own last night to stop the flashbacks. Feel horrendous.",
        "moderate",
    ),
    (
        "Can't see any way out of the debt. I've done the maths every way and it just doesn't work.",
        "moderate",
    ),
    (
        "I've stayed under the duvet since Saturday, the phone's off. I only put it on to write this.",
        "moderate",
    ),
    ("Nobody at college talks to me. I eat lunch in the library toilets most days.", "low"),
    (
        "Might you give me a ring sometime this week? Sorry to bother you. Just a wobbly week and I'd like to hear a friendly voice. Barbara",
        "low",
    ),
    ("I'm afraid I won't make it through this term. Every morning is a mountain.", "moderate"),
    (
        "Ben from my course posted something on Instagram that sounded like a goodbye. I messaged the uni welfare team. Now I can't sleep because what if I'm wrong, or what if I'm right?",
        "low",
    ),
    ("I didn't spend the day in bed! Got up, showered, went to the shops. Small wins.", "none"),
    (
        "Just confirming Noah's appointment on the 9th at 4.30. He's had a good fortnight - back at cricket and sleeping better. Thanks, Lucy Grant",
        "none",
    ),
    (
        "I'm dying to tell you about the interview, it went SO well. Save me five minutes on Thursday?",
        "none",
    ),
    (
        "In our group session someone described their attempt in detail and it's stuck with me. I'm okay, but it was hard to hear. I'd like to debrief on Monday.",
        "low",
    ),
    ("Our cat had to be put to sleep today. 17 years. I'm heartbroken 💔", "low"),
    (
        "Dad keeps saying 'when I'm gone you'll have the house' since his diagnosis. He's being practical, not depressed, but I've been feeling really low about it. Sorry, venting. Kat",
        "low",
    ),
    (
        "If I ever did start thinking of cutting again, would you want me to message straight away or wait for the session?",
        "low",
    ),
    ("Hey, the link for tomorrow's video session isn't working, could you resend it?", "none"),
    (
        "Haven't felt this hopeless in a long while. I'm not in danger, I'm just lying on the floor of my kitchen looking at the ceiling.",
        "moderate",
    ),
    (
        "My flatmates went home for reading week and I've not spoken to a single person in five days. It's weird how fast it gets to you.",
        "low",
    ),
    (
        "Just finished 'A Man Called Ove' - the bits where he keeps trying to die and getting interrupted were so darkly funny. Gran loved it too.",
        "none",
    ),
    ("That breathing exercise worked! Used it on the bus when the panic started.", "none"),
    (
        "my mate jake jokes about 'yeeting himself off a building' all the time and I never know if I should say something. he seems fine otherwise?",
        "low",
    ),
    (
        "I'd honestly rather die than do karaoke at the office party, but apparently it's mandatory.",
        "none",
    ),
    (
        "The past year has taught me a lot. This time last year I'd written the notes and I was counting pills. Now I'm planning a garden. Thank you for staying with me through it.",
        "low",
    ),
    ("Couldn't get out of bed for work today, phoned in sick. Just feel like lead.", "moderate"),
    (
        "Please can we move Wednesday to the afternoon? My daughter's nativity is in the morning and I'd hate to miss her being a sheep. Thank you! Nadia",
        "none",
    ),
    (
        "Quite a productive week: sorted the garage, rang the bank, got the car serviced. Thought I'd tidy things before I go. Not going anywhere nice, if you follow.",
        "high",
    ),
    (
        "Practised with the belt in the wardrobe last night. Just to see. It left a mark on my neck and I've got a scarf on at work.",
        "imminent",
    ),
    (
        "Ok weird question but do therapists go to the funeral when a patient dies? Not saying it's going to be mine. Sort of saying it.",
        "high",
    ),
    (
        "I'm fine!! Passed my theory, got a new phone, all good. I just think about drowning a lot. Like a lot a lot. Anyway :)",
        "high",
    ),
    (
        "Hate to be a nuisance. I cut my legs on Saturday and again on Monday and it's starting to feel like brushing my teeth. Is that bad?",
        "high",
    ),
    (
        "With some embarrassment, I write to let you know I will not renew our sessions. I don't expect to be around by the spring and I would rather the slot went to someone with more use for it. With gratitude, Leonard Amis",
        "high",
    ),
    (
        "Tell me honestly, if someone swallowed a whole pack of fluoxetine would it even work? Because I've got two packs and a lot of feelings.",
        "high",
    ),
    (
        "me: *goes to the chemist for plasters*\nalso me: *buys four boxes of paracetamol from four different shops*\nlol what's wrong w me",
        "imminent",
    ),
    (
        "The pain is unbearable and I'm sorry but I'm going to make it stop tonight. I love my children.",
        "imminent",
    ),
    (
        "Keep telling myself I'll see how I feel after Christmas, and if it's still like this, that's it. That's the deal I've made with myself.",
        "high",
    ),
    (
        "Can't stop thinking about the train line behind the school. there's a gap in the fence and I checked today it's still there.",
        "imminent",
    ),
    (
        "Went swimming, saw Auntie Jo, made a lasagne. Also scored my stomach with the edge of a broken mug. That's the whole week.",
        "high",
    ),
    (
        "I'm worried about how often I think 'I wish I were dead' when I'm just making tea. It's like background noise now.",
        "high",
    ),
    (
        "Good evening Dr Castellano, this is Marcus's mum, Jill. Marcus messaged his girlfriend tonight saying 'it's over, I love you, goodbye' and has switched his phone off. He's not home. We've called the police. I don't know what else to do.",
        "imminent",
    ),
    (
        "keep hitting my head on the desk when I get a question wrong. my forehead's bruised and my flatmate asked what happened",
        "high",
    ),
    (
        "Mornin. Slept badly. Dreamt about stepping off the platform at Euston and it felt like such a relief that I was disappointed to wake up.",
        "high",
    ),
    ("Will it upset you if I'm not here next week? Not away. Not here at all.", "high"),
    (
        "Right now I'm in the car at Beachy Head. Engine off. I'm not ringing anyone else so I'm telling you.",
        "imminent",
    ),
    (
        "Already taken them, Dr Moran, I'm sorry. All of the lamotrigine. It's been about forty minutes.",
        "imminent",
    ),
    (
        "Been pinching the inside of my arms until they bruise when the kids are asleep. It's not cutting, so it doesn't count, right?",
        "high",
    ),
    (
        "pretty sure I'm just a very expensive mistake my parents are paying off. it'd be cheaper for everyone if I stopped.",
        "high",
    ),
    (
        "Mum's birthday tomorrow. I've bought the card and written it as if it's the last one. Because it is.",
        "imminent",
    ),
    ("Going to do it this time. Not like in March. Properly.", "imminent"),
    (
        "There's a spreadsheet of my debts and next to it a spreadsheet of ways out. The second one's getting longer than the first, and none of the ways involve me still being here.",
        "high",
    ),
    (
        "It wasn't an accident, the thing with the kettle. I poured it on my hand on purpose. The A&E nurse believed me when I said it slipped.",
        "high",
    ),
    (
        "If God took me in my sleep tonight I would thank Him. I'm 84 and I think I've earned the right to say so. Otherwise all well. Yours, Dorothy",
        "high",
    ),
    (
        "Sam's mum again, Karen. Sam told me tonight that he's been thinking about hanging himself and that he knows where in the garage. He is with me now and I won't leave him. Please call in the morning.",
        "imminent",
    ),
    (
        "Four days without food and I won't eat until I've lost the weight I 'owe'. It's my punishment for Christmas.",
        "high",
    ),
    ("kinda wanna just not be. like the universe hits ctrl+z on me", "high"),
    ("Was googling 'painless' at 3am again. You know what I mean.", "high"),
    (
        "Everyone would be so much better off if I stopped being their problem. I'm saying it calmly, which is the scary part.",
        "high",
    ),
    (
        "Gave my guitar to my cousin today. He's wanted it for years. Also sent my ex a long apology. Feels like closing the tabs before shutting the laptop for good.",
        "high",
    ),
    (
        "I hurt myself again last night and it's infected now, it's hot and red. I'm scared to show anyone.",
        "high",
    ),
    (
        "By the time you read this I'll be gone. Thank you for everything, truly. Please tell Mr Ahmed at school it wasn't his fault.",
        "imminent",
    ),
    (
        "So much insulin in this fridge. I know exactly how much would be too much. I'm trying not to think about that number.",
        "high",
    ),
    (
        "Feel like a burden to Mark and the kids, like they'd be relieved to finally have a normal house without me in it.",
        "high",
    ),
    (
        "The letter for my parents is written and printed. It's folded in my school bag. Friday after the exam.",
        "imminent",
    ),
    (
        "Not an emergency but I have been thinking about hanging myself a lot this week. I don't have anything to do it with. I'd just like to talk on Tuesday. Lily",
        "high",
    ),
    ("Bad of me to be excited for next week's flight only because planes sometimes crash?", "high"),
    (
        "Scrubbed my skin with the wire brush until it bled. Felt like I deserved it after the fight with Laura.",
        "high",
    ),
    (
        "Sorry, not the cheeriest portal message: I'm at the top of the car park at Tesco and I've climbed over the barrier. I'm sorry.",
        "imminent",
    ),
    (
        "As Freya's father I thought you should know she posted a video last night giving away her belongings to her friends and saying she'll 'miss everyone'. She's at home with her mother right now. Paul Brennan",
        "imminent",
    ),
    ("Don't want to wake up tomorrow.", "high"),
    (
        "My ex got engaged. I drank a lot and then did some cutting on my stomach. I'm sober now and it's stopped bleeding.",
        "high",
    ),
    ("would not be mad if the cancer came back tbh. it'd save me the bother", "high"),
    (
        "The doctor gave me a week's worth of tramadol for my back and I'm only taking it at night. Is it ok to drive in the morning?",
        "none",
    ),
    (
        "Ugh, Mondays. The printer ate my report and I want to throw it out of the window. Otherwise fine!",
        "none",
    ),
    (
        "We learned about the Golden Gate Bridge in geography and how many people jumped before they put the nets up. It's so sad. Anyway I got an A on the project!",
        "none",
    ),
    (
        "Grandpa has written a letter for each of us to open after he's gone - he's 91 and says he wants to be organised. It's very him. Nothing to worry about, just thought it was sweet.",
        "none",
    ),
    (
        "Month three with no cutting and, honestly, no wish to. Just reporting it, since you asked me to keep track.",
        "low",
    ),
    (
        "After the session about Dad's suicide I slept for ten hours. Is that normal? I feel oddly calm today.",
        "low",
    ),
    (
        "Jess, my partner, has been self-harming again and won't see anyone. I feel helpless. What can I actually do from the outside?",
        "low",
    ),
    ("Maybe I'm just lonely. Everyone in my year has paired off and I'm the spare.", "low"),
    ("These exams are killing me but I'm nearly there, two to go 💪", "none"),
    (
        "Don't worry about what I said in the heat of the moment on Friday - I'm not suicidal, I was angry and it came out wrong. Can we revisit it calmly?",
        "low",
    ),
    (
        "Feeling nothing at all, is that normal? Not sad, not happy, just blank. It's been weeks.",
        "low",
    ),
    (
        "A few too many most nights since the redundancy. Not proud of it. It's the only time I stop replaying the meeting.",
        "moderate",
    ),
    (
        "I can't keep living like this, on three hours' sleep with a toddler and a full-time job.",
        "moderate",
    ),
    (
        "Where would I find a crisis number for my aunt in Canada? She's been saying things that frighten us.",
        "low",
    ),
    (
        "The group chat roasted me for my haircut and I said 'kill me now' lol. Hair grows back.",
        "none",
    ),
    (
        "Hi! Confirming for tomorrow 3pm. I'll be on video from the car, is that ok or should I find a room?",
        "none",
    ),
    ("Lots of crying this week. Miss Mum so much. The anniversary is Thursday.", "low"),
    (
        "Random thought: do therapists ever get sad about their patients? I hope you're ok too.",
        "none",
    ),
    (
        "I'm not going to take the pills, I flushed them after we spoke yesterday. I feel steadier today and I'm going to my sister's for the night.",
        "low",
    ),
    (
        "Our daughter Poppy has been much brighter since half term - she laughed at dinner for the first time in ages. Thank you. Mark & Sue",
        "none",
    ),
    (
        "Ignore the last message please, it was meant for my boss - I'm handing in my notice and drafted my 'farewell, it's been a pleasure' email in the wrong box 🙈",
        "none",
    ),
    (
        "The character in my novel attempts suicide in chapter 12 and my writing group says it's too graphic. How do authors handle this responsibly?",
        "none",
    ),
    ("Having a rough day and I just wanted to tell someone. No need to reply.", "low"),
    (
        "Nobody gets it. Not my wife, not my mates. I'm surrounded by people and it's the loneliest I've been.",
        "low",
    ),
    (
        "so panicky I can't breathe properly, it's been going on for hours and I can't calm it down",
        "moderate",
    ),
    (
        "Mum thinks I'm depressed because I sleep till noon but honestly I'm just a teenager lol. I'm fine. Can we talk about her on Monday instead",
        "none",
    ),
    (
        "Apologies for the slow reply. My neighbour, poor man, was found after a suicide attempt on Saturday and the street's been in shock. I'm alright, just rattled.",
        "low",
    ),
    (
        "Hopeless is the word. I've applied for 60 jobs and heard nothing. What's the point of any of it.",
        "moderate",
    ),
    (
        "That line in Hamlet, 'to be or not to be', came up in class and the teacher asked who'd ever wondered about it. Nobody put their hand up, obviously. Funny lesson though.",
        "none",
    ),
    (
        "Wanted to tell you I used the safety plan on Friday night. It worked. I'm alright now and I've no thoughts of dying. Thank you.",
        "low",
    ),
    (
        "We're taking Grandma's ashes to the bridge where she met Grandpa next weekend. It'll be emotional but lovely.",
        "none",
    ),
    ("Everything feels pointless and heavy, and I've started dreading the mornings.", "moderate"),
    (
        "My little brother (he's 10) said 'I want to die' when he lost at Mario Kart. I know it's just how kids talk but it startled me. Should I say anything?",
        "low",
    ),
    (
        "Could we do fortnightly instead of weekly from January? Money's tight and I'm in a better place. Thanks, Owen",
        "none",
    ),
    ("Twenty minutes crying in the car outside work this morning before I could go in.", "low"),
]
