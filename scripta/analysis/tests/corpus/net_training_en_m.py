"""Training-only messages for the learned risk net (bench/train_risk_net.py), author M.

Patients, partners, parents and teenagers (13-17) writing inside an ongoing therapy (homework, safety plan, med reviews, waiting lists),
by SMS, WhatsApp, voice-to-text, emoji-heavy texts and long e-mails; Irish, Welsh, Scottish, US Southern, Canadian, South African and Caribbean voices.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Kill me now, parents' evening, the dentist AND the boiler man all on Thursday 😩 any chance of Friday?",
        "none",
    ),
    (
        "Eish, the robots were out on Main Road and the whole of Claremont was gridlocked, so sorry I missed the first ten minutes. Can we make it up next week?",
        "none",
    ),
    (
        "Not gonna sugarcoat it, I been drinkin every night since Daddy's funeral just to numb it. Can't take no more of this week.",
        "moderate",
    ),
    (
        "Ag, I keep thinking they'd all just get on better without me. My wife, the kids. Maybe they'd even be relieved.",
        "high",
    ),
    (
        "Booked a one-way train to Eastbourne for Thursday. Going up to Beachy Head. Don't know why I'm telling you, maybe just so someone knows.",
        "imminent",
    ),
    (
        "If a colleague ever told me they wanted to die, what's the right thing to say? We had a training day on it but I've forgotten everything.",
        "low",
    ),
    (
        "48 of them in a row on the windowsill. Tonight once Lucy's asleep. Thank you for trying so hard with me.",
        "imminent",
    ),
    (
        "Carys here. Me and Dad did the family homework, the genogram thing. It's MASSIVE. Turns out Great Auntie Bet had four husbands 😂",
        "none",
    ),
    (
        "Update from the med review: same dose, she's happy with my bloods, next review in March. Boring is good.",
        "none",
    ),
    (
        "Bless his heart, Earl tried to cook supper for the first time since we started the couples sessions. Smoke alarm went off twice but it's the thought that counts. See y'all Thursday. -Mae",
        "none",
    ),
    (
        "My best mate told me last night she's been thinking about killing herself. I told her to ring her GP but I don't know if that's enough?? What else should I be doing",
        "low",
    ),
    (
        "Took two extra diazepam today on top of the prescribed ones just to get through work, the audit is murdering me. I know. I know.",
        "moderate",
    ),
    (
        "I keep taking the codeine for headaches I don't actually have, because it makes everything go soft and quiet. That's the honest reason.",
        "moderate",
    ),
    (
        "No I haven't been drinking since the review, if that's what Mum told you. She panics. Three weeks off the cans and I'm proud of it tbh",
        "none",
    ),
    (
        "Just cut my wrist and there's a lot more blood than I thought there'd be. Bit dizzy.",
        "imminent",
    ),
    (
        "I'm a burden, simple as. If I wasn't here Rhys could sell the house and get on with his life, and the girls wouldn't have to watch me like this.",
        "high",
    ),
    (
        "Question for Tuesday: how do you tell someone you love that you sometimes wish you were dead? Because I need to tell my wife and I don't know how.",
        "high",
    ),
    (
        "Jake (15) has been scratching his arms with the point of a compass. His PE teacher noticed. We had no idea. He's with us now. What should we do tonight?",
        "high",
    ),
    (
        "Reckon if the Lord took me tonight I'd be alright with it. I'm tired, sugar. Real tired.",
        "high",
    ),
    (
        "This sounds awful but when the doctor said it might be a tumour I felt relieved. Like oh good, a way out that isn't my fault.",
        "high",
    ),
    (
        "Today was my last session. I meant what I said at the end, and I'm sorry for not saying it plainly: I'm ending my life this weekend.",
        "imminent",
    ),
    (
        "URGENT Ellie has taken a load of paracetamol, we found the empty packets, we're in the car to A&E now. Just wanted you to know. Dan (Ellie's dad)",
        "imminent",
    ),
    (
        "You wouldn't listen on Tuesday so I'll say it here. I'm doing it tonight. I've got everything. Don't bother sending the police, I'll be gone before they find me.",
        "imminent",
    ),
    (
        "The new dose is fine but the pills are massive, like horse pills. Could I ask for the liquid version or is that one for Dr Okafor?",
        "none",
    ),
    (
        "Our Nan's ninety on Saturday so the whole clan's coming. I'll be dead on my feet Monday but happy. Same time?",
        "none",
    ),
    (
        "This is Raj, Priya's husband. She's locked herself in the bathroom and says she's taken pills. I've called 999. She asked me to tell you she's sorry.",
        "imminent",
    ),
    (
        "Work is killing me, three deadlines, and I've started having a couple of gins at my desk at 4 to get through it. Is that a problem? (rhetorical, I know it is)",
        "moderate",
    ),
    (
        "for english we have to analyse 'Do not go gentle into that good night' and honestly it's kind of beautiful?? we read it out loud in class and nobody laughed for once",
        "none",
    ),
    (
        "Ag man, I completely forgot our session, I was at my cousin's braai and lost track of time. I'm so sorry. Please charge me, it's only fair.",
        "none",
    ),
    (
        "Sorry to write separately from Gemma. I've been drinking in the garage after she goes up, most nights, five or six cans. I can't keep living like this.",
        "moderate",
    ),
    (
        "My flatmate said some scary stuff last night about not wanting to be here and then went to bed. I'm sat outside her door. Do I ring someone?? What do I do",
        "low",
    ),
    (
        "Just so you know, I didn't drink at all this weekend. First time since the summer. Went to the match sober and it was grand, better craic than I expected actually.",
        "none",
    ),
    (
        "we watched Dead Poets Society in class today and I cried at the end, is that weird? Mr Keating is the best teacher ever and my teacher is NOT Mr Keating",
        "none",
    ),
    (
        "I've been smoking way more weed than I let on in session. Every night, just to switch my head off. Didn't want to keep lying to you.",
        "moderate",
    ),
    (
        "Was going to say this in session but I bottled it: I feel really lonely since the move. Nice town, commute's a killer, don't know a soul.",
        "low",
    ),
    (
        "Heads up, Dr Patel moved my med review to the 14th so I'll know about the new dose before our next session. No side effects so far apart from a dry mouth.",
        "none",
    ),
    (
        "Drove up to the quarry. Parked at the top. Letter's on the passenger seat. Just waiting till it's properly dark.",
        "imminent",
    ),
    (
        "I've swallowed all the antidepressants you told me not to keep in one place. About 15 minutes ago. I wasn't thinking. I'm scared",
        "imminent",
    ),
    (
        "Finished The Bell Jar for book club. Heavy going but glad I read it. Not in a worrying way I promise 😅 the mother reminded me of someone though, ha.",
        "none",
    ),
    (
        "Didn't use the plan. Used the razor. It's stopped bleeding and I've cleaned it up. I just didn't want to lie to you.",
        "high",
    ),
    ("tired of existing 🫠🫠 genuinely done with being a person", "high"),
    (
        "i'm going to do it on sunday. i've got everything i need. i'm not telling you so you'll stop me",
        "imminent",
    ),
    (
        "Wee update: I was sweating bullets in the corridor but did the breathing thing before the interview like we practised and I GOT THE JOB. Start in January 🎉",
        "none",
    ),
    (
        "Every time I cross the Forth Bridge I look at the drop and think about it. Today was worse than usual.",
        "high",
    ),
    ("ok I'm going to do it now. thank you for trying. I love my kids. tell them.", "imminent"),
    (
        "Stopped taking my meds on purpose. Not to hurt myself exactly. I just don't care anymore whether I'm here or not.",
        "high",
    ),
    (
        "The panic came back on the train and it was so bad I got off at a random station and sat on a bench shaking for an hour. Honestly thought I was dying. I'm home now.",
        "moderate",
    ),
    (
        "Sorry to message so late, just off a night shift and in full zombie mode. Can you confirm the address for the new rooms? And is there parking?",
        "none",
    ),
    ("Mi cyaan tek it nuh more Miss. Everyting a go wrong same time. Mi just cyaan.", "moderate"),
    (
        "Gareth went out with the dog lead and his car keys but left the dog, and said not to wait up. This morning he said 'this is it'. He's not answering. I've rung the police. His wife, Lowri.",
        "imminent",
    ),
    (
        "Is the waiting list for the anxiety group still about 12 weeks? My GP wants to put the date in the referral letter.",
        "none",
    ),
    (
        "Punched the wall till my knuckles split, on purpose. Only thing that shuts my head up.",
        "high",
    ),
    (
        "Sorry for texting at 11pm!! just remembered I forgot to pay for today. Will do it first thing tmrw, no need to reply 🙈",
        "none",
    ),
    (
        "Aye, I've got the pills and the whisky and the hoose tae masel the night. Thanks for tryin wi me hen.",
        "imminent",
    ),
    (
        "im on the train bridge near school. gonna jump when the next one comes. tell my mum i love her",
        "imminent",
    ),
    (
        "My flatmate's been a bit down about her resits so I told her about your practice, hope that's ok? She might email you about the waiting list.",
        "none",
    ),
    (
        "Sitting in the bakkie by the dam with the pipe on the exhaust. Tell my boy I love him.",
        "imminent",
    ),
    (
        "Honestly I didn't do the homework. No dramatic reason, I just forgot and then it was Sunday night. Can you bring the sheet again?",
        "none",
    ),
    (
        "I'm going tonight. Keys are through the letterbox, milk's cancelled, the envelope with your name on it is for you. Sorry.",
        "imminent",
    ),
    (
        "Insulin's drawn up. All of it. Injecting it once I send this. Please make sure someone feeds the cat.",
        "imminent",
    ),
    (
        "Hi Dr Kaplan,\n\nJust following up on the homework. I tried the behavioural activation list and managed the walk three times and the phone call to my sister once. The cooking one didn't happen.\n\nI also wanted to say something I find hard to say out loud. I've been thinking a lot about dying. Not dramatically, more like it's a door that's always there and some evenings I stand looking at it for a long time. I haven't done anything and I'm not going to tonight. I just think you should know before Thursday rather than after.\n\nOne more thing: the receptionist said the 2pm slot is moving to 3pm from January. Is that right?\n\nThanks,\nNoor",
        "high",
    ),
    (
        "Standing at the level crossing. Next one's the 21:14. I just wanted someone to know I'm not angry at anyone.",
        "imminent",
    ),
    (
        "Aye that session wis heavy goin but in a good way. Away tae get ma messages noo. Cheers",
        "none",
    ),
    (
        "Maya's not been out of bed except for the loo since Saturday. Says school's pointless and nothing's going to change. I asked straight out and she says no thoughts of hurting herself. Can you see her sooner?",
        "moderate",
    ),
    (
        "Wrote out who gets what. Cancelled the gym. Set up the standing order so Mum gets money for the cat's food. Saturday morning before anyone's up. I'm calm about it.",
        "imminent",
    ),
    (
        "I hate that I think it but the idea of just stopping, like stopping living, is the only thing that calms me down lately",
        "high",
    ),
    (
        "I've started reading about which ways are 'painless'. Telling you so someone knows. I haven't decided anything.",
        "high",
    ),
    (
        "Ciara's mam here. She has her Junior Cert mock on the 3rd so could we do the 5th instead? She's in great form otherwise, singing in the shower again.",
        "none",
    ),
    ("Looked up the bridge. How high it is, I mean. Closed the tab.", "high"),
    (
        "Forget my message earlier, I'm fine, honestly. Just a bit teary today, cried at a dog food advert and nearly died of embarrassment. Hormones probably.",
        "low",
    ),
    (
        "skipped school again today bc I just couldnt. mum thinks I went. plz dont tell her yet I'll tell her myself",
        "moderate",
    ),
    (
        "i keep imagining my funeral and who'd turn up. and it feels kind of peaceful?? is that messed up",
        "high",
    ),
    (
        "the spin class today was brutal, pretty sure the instructor was trying to kill us. did your 'notice three things' on the walk home though 🍂🍂🍂",
        "none",
    ),
    (
        "At breaking point with the baby. So tired I cry in the shower. I genuinely don't think I can do another night of this.",
        "moderate",
    ),
    (
        "There's no way out of this debt. I'm bleeding money every month and I've done the sums a hundred times. It's never going to end.",
        "moderate",
    ),
    (
        "Hey it's Marie-Claude. Bit blue with the days so short, it's the dead of winter up here and the sun's down by 4:30. Nothing scary, just blue, eh.",
        "low",
    ),
    (
        "This will be my last message. You've been lovely. Please don't blame yourself. Goodbye.",
        "imminent",
    ),
    (
        "sometimes on the motorway I think how easy it would be to just not turn the wheel at the bend",
        "high",
    ),
    (
        "Sure what's the point of me being here at all. Mam'd be better off, the lads would be better off. I'm only a weight on everyone.",
        "high",
    ),
    (
        "Going to walk into the sea at Porthcawl tonight when the tide's in. Don't try and stop me, I've thought about it for months.",
        "imminent",
    ),
    (
        "Step 3 of the plan is 'contact someone'. So this is me contacting someone. I want to hurt myself really badly tonight and I'm trying not to.",
        "high",
    ),
    (
        "Dropped the kids' things at my mum's. Going to the river after work. I can't do another day. Thank you for everything.",
        "imminent",
    ),
    (
        "Can I ask a favour, could you text me one encouraging line before Mum's hospital appointment tomorrow? I'm dreading it, the waiting room alone will be the death of me.",
        "low",
    ),
    (
        "Three cans before the session so I could actually talk, felt like I was walking in front of a firing squad otherwise. Sorry if I was weird.",
        "moderate",
    ),
    (
        "How long does it take for the thoughts about killing yourself to stop? Once you're on the meds I mean. Because it's been five weeks.",
        "high",
    ),
    (
        "I've got 60 amitriptyline and I'm taking them after the kids go to their dad's on Friday. I just want one person to know the truth.",
        "imminent",
    ),
    (
        "Not doing anything, before you ask. I just hope something happens to me. A bus, a clot, anything.",
        "high",
    ),
    (
        "Med question: if I forget the morning dose can I take it at lunch or just skip it? I always forget on weekends.",
        "none",
    ),
    (
        "So sorry for texting at 2am. I keep thinking about ending it all and I can't make it stop. I'm not going to do anything, I just needed to say it to someone",
        "high",
    ),
    (
        "Run a bath. Razor's on the side. I'm getting in after I send this. I'm sorry for the trouble.",
        "imminent",
    ),
    ("Sometime mi wish mi coulda just sleep an nuh wake up Miss. Mi tired fi true.", "high"),
    (
        "Sometimes I stand at the edge of the platform a bit longer than I need to. Nothing happens. I just stand there thinking about it.",
        "high",
    ),
    (
        "Liam (14) asked if he can bring his Switch to the waiting room. Told him I'd ask. Also he's been in brilliant form this week, laughing at dinner again.",
        "none",
    ),
    (
        "Cannae get oot ma bed the day. Been lyin here since yesterday efternoon. Jist cannae face it.",
        "moderate",
    ),
    (
        "Sorry to text after hours. We've just found Josh (16) in his wardrobe with a belt round his neck. He's alive and breathing, ambulance is coming. I don't know what else to do.",
        "imminent",
    ),
    (
        "The ropes course at the work away day nearly finished me off 😂 my forearms are in bits. Anyway cannot WAIT to tell you about the presentation",
        "none",
    ),
    ("took 20 of my mum's pills 💊 feel weird 😵‍💫 dont tell her", "imminent"),
    (
        "Duw I'm drained. Not been out the house since Sunday, Mam's bringing food round. Don't know how much longer I can carry on like this, butt.",
        "moderate",
    ),
    (
        "I can't take much more of this, honestly. The job, his mother, the baby not sleeping. I'm at the end of my rope.",
        "moderate",
    ),
    (
        "It's done. I took them. Please don't call, I just wanted you to know it wasn't anything you did.",
        "imminent",
    ),
    (
        "Taken about 30 of my sertraline and some of the diazepam. Feel sick. I don't want an ambulance.",
        "imminent",
    ),
    (
        "haven't left the flat since Friday. curtains shut. phone's been dead since Saturday and I haven't bothered charging it. eating cereal out of the box. telling you because you said to",
        "moderate",
    ),
    ("I don't want to wake up tomorrow. That's it, that's the message.", "high"),
    ("💊💊💊💊💊 + 🍷 = 😴 forever. bye x", "imminent"),
    (
        "This is Sam, Alex's husband. Alex told me last night he's been thinking about suicide for weeks. He's said I can message you. He's at home with me.",
        "high",
    ),
    (
        "Minus 30 all week, killer cold, and I've basically not left the apartment. Not the cold really, I just can't make myself. Can we cancel Thursday? Can't face the bus.",
        "moderate",
    ),
    (
        "swallowed the lot about 20 min ago. feel floaty. didnt want u to find out from someone else. not ur fault",
        "imminent",
    ),
    (
        "Not using the plan because the plan's for bad bad days and this is just a bad day. But I haven't eaten since yesterday morning and I'm not answering anyone.",
        "moderate",
    ),
    ("if i died would anyone even notice. like genuinely. i think about it a lot", "high"),
    (
        "Slept through the night for the first time in about a month!! The new tablets are doing their job, didn't even need the extra half.",
        "none",
    ),
    (
        "Missing my gran a lot this week. Her birthday would've been Friday. I'd kill for one more of her Sunday dinners. Sad but okay.",
        "low",
    ),
    (
        "Started a goodbye letter on the bus today. Got as far as 'Dear Mum'. Not planning anything, it just came out of me.",
        "high",
    ),
    (
        "Med review went badly, he wants to try yet another one. That's the fourth. I'm starting to think I'm just one of those people who doesn't get better.",
        "moderate",
    ),
    (
        "SO nervous for my driving test tomorrow I could literally die 😬 in a fun way. okay bye",
        "none",
    ),
    (
        "The urge to cut is so loud today. I've put the blades in the car boot so they're not in the house. Just telling you.",
        "high",
    ),
    (
        "Hi, sorry this is late. Just to say I've taken an overdose and I'm in an Uber to the hospital. Didn't want you to hear it from someone else. Sorry to miss Thursday.",
        "imminent",
    ),
    ("👋👋 bye everyone. thank u for everything 🙏 bottle's empty now", "imminent"),
    (
        "Didn't cut last night, or the night before. Ten days now. Telling you because you asked me to keep count.",
        "low",
    ),
    (
        "Bought the rope today. I know where and I know when. Only telling you so you don't think you missed anything.",
        "imminent",
    ),
    (
        "I'm banjaxed, dead on my feet. Nothing's ever going to change with him, is it. Fifteen years of the same row. I've given up hoping.",
        "moderate",
    ),
    (
        "It's already tied up in the loft. I keep going up and coming back down. I think next time I won't come down.",
        "imminent",
    ),
    (
        "Bridge night at the club was great fun, partnered with a retired judge who cheats shamelessly. Thought you'd like a lighter update for once 😊",
        "none",
    ),
    (
        "The safety plan says ring someone when it gets bad. It's not that kind of bad, it's just that nothing's going to get better, so I haven't rung anyone. Just sitting here.",
        "moderate",
    ),
    (
        "hi it's Jade I'm not really OK I took all my tablets from the pharmacy the whole month's worth about half an hour ago I'm sat on the stairs my boyfriend doesn't know",
        "imminent",
    ),
    (
        "Had a long think on the cliff walk today about how easy it would be. Came home though. Here I am.",
        "high",
    ),
    (
        "Hi, it's Rhian's mum. She's had a weepy week, nothing dramatic, just low since falling out with her friends. Thought you should know before Thursday.",
        "low",
    ),
    (
        "Sorry eh, stuck at the Peace Bridge coming back from Buffalo, lineup's two hours and I'm gonna die of boredom. Can we push to 5:30? Totally get it if not.",
        "none",
    ),
    (
        "Hi, it's Eoin's mum. A boy in his class took an overdose last week and Eoin's taking it very hard, quiet and sad. He's safe as far as I can tell, he talks to me. Could he have a bit of extra time Thursday?",
        "low",
    ),
    (
        "...and the thing I didn't get to say before you had to go is that I don't think anything's ever going to be different for me, therapy or no therapy",
        "moderate",
    ),
    (
        "took a bunch of my lithium. maybe 25? like 40 mins ago. hands shaking. shouldnt have texted u sorry",
        "imminent",
    ),
    (
        "Hello, the school counsellor asked for a letter confirming Anaya attends sessions with you. Attendance only, nothing clinical. Would that be possible? Priya & Dev (Anaya's parents)",
        "none",
    ),
    (
        "Hoping the plane goes down tbh. Flying to Boston tomorrow for the conference. Don't panic, it's just where my head is.",
        "high",
    ),
    (
        "We've booked Lanzarote for February half term so we'll miss two of the family sessions. Is that a problem? We could always do one on video from the pool haha",
        "none",
    ),
    ("cut my thighs again last night. not deep. I know I should've used the plan", "high"),
    (
        "ugh ignore my last text, I was being dramatic. I'm just gutted about the audition. sorry for the drama 🙈",
        "low",
    ),
    (
        "Hi Dr Mensah,\n\nThank you for the session on Monday and for the handout on sleep, I've put it on the fridge.\n\nI've settled the outstanding invoice this morning, please check it has come through, and I've let my line manager know I won't be back after the 14th. I've decided I'm going to end things on the 14th, after Mum's birthday. I have what I need and I've sorted the paperwork so nobody is left with a mess. I'm not writing this so that you'll stop me, I just didn't want you to be caught off guard.\n\nPlease give my regards to Pam at reception, she always asked after the dog.\n\nWith gratitude,\nCharles",
        "imminent",
    ),
    (
        "Had most of a bottle of vodka last night just to get to sleep. Telling you now so I don't chicken out on Thursday.",
        "moderate",
    ),
    ("🛌🛌🛌 day 3. can't do it 😞", "moderate"),
    (
        "I cut too deep this time and it won't stop. The towel's soaked through. I don't know whether to ring 999.",
        "imminent",
    ),
    (
        "Hung the new curtains at last. Tiny thing but you said to notice the small stuff. Also the bus shelter outside smells of cabbage and I need you to know that.",
        "none",
    ),
    (
        "Didn't stay in bed today! Up, showered, went to the shops, even said hi to the neighbour. small win but a win ✨",
        "none",
    ),
    (
        "I felt really dismissed when you looked at the clock on Tuesday and I've been upset about it all week. I know I should've said it in the room.",
        "low",
    ),
    (
        "...and the other part of what I was saying is they'd be fine. without me I mean. properly fine, probably better",
        "high",
    ),
    (
        "I've been giving my stuff away. Guitar to my nephew, books to the charity shop, the good coat to my neighbour. It feels right to lighten things. Not sure why I'm telling you.",
        "high",
    ),
    (
        "I've the tablets lined up on the locker and a naggin of vodka. Tonight's the night. Tell Mam I'm sorry.",
        "imminent",
    ),
    (
        "Hi Siobhán,\n\nThanks for the notes from last time. I've attached the mood diary, though you'll see there are gaps.\n\nA couple of practical things: occupational health would like a short letter saying I'm engaged with treatment, and could we move the 9th to the 10th because of a hearing at work?\n\nTo be honest the gaps in the diary are because I've been in bed most of the week. I phoned in sick Monday to Thursday and I can't see this ever getting better, whatever I do. I didn't want to write it on the sheet in case my partner saw.\n\nAlso, the parking at the new building is a nightmare, is there a code for the barrier?\n\nBest,\nAidan",
        "moderate",
    ),
    (
        "Quick one. Does life assurance still pay out if it's, you know, self-inflicted? Asking for paperwork reasons. Ignore the timing.",
        "high",
    ),
    (
        "Please could you ring me when you get a minute, it's not an emergency, I just can't seem to stop crying today. my mascara is a crime scene",
        "low",
    ),
    (
        "Bit the inside of my arm till it bruised again. It helps. I know it's not supposed to.",
        "high",
    ),
    (
        "song lyric stuck in my head all day, 'I'm tired of being what you want me to be'. ha. anyway I've been in bed since Tuesday. so.",
        "moderate",
    ),
    (
        "Step 5 of the safety plan says ring the crisis line. I'm not going to. The pills are out and I'm taking them at midnight.",
        "imminent",
    ),
    (
        "Updated my will today and checked the pension goes to Sophie. Don't read into it. Or do, I don't know anymore.",
        "high",
    ),
    (
        "hi its Tasha just feeling a bit down after the visit with my dad it brought up a lot I don't need a call just wanted you to know",
        "low",
    ),
    (
        "Eish, I've been drinking a lot since the retrenchment, every day from lunchtime. My wife doesn't know how bad. I can't face the day without it.",
        "moderate",
    ),
    (
        "sorry that sent before I finished. what I was trying to say was thursday is fine but could we start at",
        "none",
    ),
    (
        "Sorry sorry sorry for the hour. Can't sleep, heart pounding, feels like the walls are coming in. Worst panic I've ever had. Doing the 5-4-3-2-1 and it's not working",
        "moderate",
    ),
    (
        "nobody at school talks to me since the thing with Jess. I eat lunch in the library now. its fine I guess. its not fine",
        "low",
    ),
    (
        "On the roof of the car park on Queen St. Just sitting on the edge for now. I don't know why I'm texting you.",
        "imminent",
    ),
    (
        "You keep asking if I'm 'safe'. No. I want to be dead, ok? Happy now? Stop asking me to rate it out of ten.",
        "high",
    ),
    (
        "Marc's gone to his brother's after the fight. His blood pressure tablets and mine are all in a bowl in front of me. When I finish this glass I'm taking them.",
        "imminent",
    ),
    (
        "am standin on the bridge ower the clyde the noo dinnae phone anybody a jist wantit tae say cheerio",
        "imminent",
    ),
    (
        "Hi Dr Morrison,\n\nHope you had a good weekend. A few bits:\n\n1. The insurance company needs a treatment summary by the end of the month. They said a one-page letter is fine.\n2. I'm away 9 to 16 December for my brother's wedding in Galway, so I'll miss that session. Could we do the 18th instead?\n3. I did the values exercise. It took ages. Turns out 'adventure' is higher up than I thought, which is funny given I've lived on the same street for thirty years.\n\nAlso, a story for you: we had a fire drill at work and I was so deep in a spreadsheet I didn't hear the alarm, and the fire warden had to come and fetch me. Dead embarrassing. Everyone's calling me Lazarus now.\n\nThanks,\nFiona",
        "none",
    ),
    (
        "Drowning. Actually drowning. Uni, money, Mum's illness. I'm scared I'm not going to get through this.",
        "moderate",
    ),
    (
        "hi it's Marcus calling about the appointment next Tuesday can we move it to the afternoon I've got the dentist at ten thirty period thank you bye",
        "none",
    ),
    (
        "I know you're away next week so I'll say it now: the thoughts are back. The dying ones. I'll be careful.",
        "high",
    ),
    (
        "Finally watched the documentary you mentioned, the lighthouse keepers one. Made me think about routines and how much I moan about mine lol. See you Weds.",
        "none",
    ),
    ("dissertation HANDED IN!!! 12,000 words of pure suffering and I survived 🥳🥳", "none"),
    ("🌧️🌧️🌧️ that's the mood. missing everyone back home 🇯🇲💔", "low"),
    (
        "this revision timetable is actually killing me 😂😂 three mocks in one week, who designed this",
        "none",
    ),
    (
        "Ignore my last message about the rope. I was just low. I'm ok. I've put it back in the shed.",
        "high",
    ),
    (
        "Honest answer to your question on Tuesday: I'm not sure I want to keep living, eh. I didn't say it in the room.",
        "high",
    ),
    (
        "mum doesn't know I'm texting you I'm in the park by the reservoir I've got the pills I took from nana's going to take them now I just wanted to say sorry for wasting your time",
        "imminent",
    ),
    (
        "Checked into a hotel so nobody finds me at home. Brought everything I need. I'll leave a note for the cleaner.",
        "imminent",
    ),
    (
        "Hello,\n\nSorry, this will be a longer one. The couples work has helped more than I thought it would and I want to say that clearly, whatever happens. Ben and I are kinder to each other now.\n\nI've collected enough of my medication over the last few weeks and this weekend I'll be at the cottage on my own. I've decided that's when. Ben thinks I'm going to paint.\n\nOn a practical note, could you send the final invoice to Ben's email rather than mine from now on.\n\nThank you for everything,\nHelen",
        "imminent",
    ),
    (
        "Dear Dr Hughes, I'm writing to thank you for the last year. Please cancel my remaining sessions, I won't need them. By the time you read this I'll have done what I promised you I never would. Kind regards, Martin",
        "imminent",
    ),
    (
        "I'm not going to kill myself. But I'd be lying if I said I don't want to die. Both are true at once.",
        "high",
    ),
    (
        "Hi Gwen,\n\nHope the conference went well! A few things before Tuesday:\n\n- I've done the activity schedule. Walking Mon/Wed/Fri, pottery on Thursday. Pottery is ridiculous and I love it.\n- My new GP wants to know if you can write to her about the medication. I'll forward her email.\n- I've had a lot of evenings on my own since Rhodri moved out and I've noticed I feel really lonely around 8pm, when the house goes quiet. Nothing scarier than that, just lonely. Could we talk about whether weekly would be better for a while?\n- Invoice paid, I think. Let me know if not.\n\nDiolch,\nMererid",
        "low",
    ),
    (
        "The pills are counted out next to the bed. 2am, when the house is quiet. Wanted someone to know the time so it isn't a mystery after.",
        "imminent",
    ),
    (
        "hey it's me again the rapist I mean therapist sorry my phone does that every time I just wanted to say the video link you sent isn't working can you send it again",
        "none",
    ),
    (
        "Not lonely anymore since I joined the choir, just wanted you to know. Funny how fast it changed once I had somewhere to be on a Wednesday.",
        "none",
    ),
    (
        "Does the safety plan card need to be the paper one or can I just keep a photo of it on my phone? Clearing out my wallet lol",
        "none",
    ),
    (
        "ok I'm driving so this is voice tell Dr Byrne I'll be there at 3 not 2 the traffic on the M50 is murder full stop thanks",
        "none",
    ),
    ("i wanna disappear forever 😔 like actually forever not like a holiday", "high"),
    ("I don't want to be here anymore. forget I said that. I'm fine. just tired", "high"),
    (
        "Three years today since Grandad passed. Went up to the grave with Mam and we ended up laughing about his terrible jokes. It was a good day, actually.",
        "none",
    ),
    (
        "Could you send me the name of that attachment book? Blue cover, something about 'hold me'. My wife wants to read it as well.",
        "none",
    ),
    (
        "Sorry for the rant last week about my brother. I know I said I'd strangle him, I won't, he's just very annoying. Same time Thursday?",
        "none",
    ),
    ("Didn't hurt myself this week. Not once. Sadness yes, loads of it, but no hurting.", "low"),
    (
        "I wanted to thank you before I go. Properly go, I mean. Tonight. Everything's sorted.",
        "imminent",
    ),
    (
        "oops sent too soon. anyway. what I meant was I'm a bit lonely this week and wanted to say it to someone before I talked myself out of it",
        "low",
    ),
    (
        "My husband's brother tried to take his own life on Saturday. He's in hospital, stable. We're all shaken. Not sure I'm up to the couples session, but maybe that's exactly why I should come?",
        "low",
    ),
    ("😔😔 bad day. talk thurs?", "low"),
    (
        "the new puppy has destroyed the sofa, one trainer and my will to live 😂 I love him though. photos on thursday",
        "none",
    ),
    (
        "is it ok if my boyfriend waits in the car during my session? he drives me. he won't come in or anything",
        "none",
    ),
    (
        "Haven't told anyone but I've been scratching my scalp and arms till they bleed, mostly at night when I can't sleep. It's getting worse.",
        "high",
    ),
    ("forget what I said about Sunday. it's going to be tonight instead.", "imminent"),
    (
        "Dropped my pill organiser and all the little lids snapped off. Ordering a new one. Riveting update, I know.",
        "none",
    ),
    (
        "random q but if I ever started thinking about hurting myself again, is it your number I ring or the crisis line? just want it straight in my head",
        "low",
    ),
    ("what's even the point of being alive if every day is gonna be like this", "high"),
    (
        "yo it's Jaylen. coach says if I miss practice tuesday again I'm off the starting five. can we do wednesday? my mom said its fine",
        "none",
    ),
    (
        "My eldest (not your patient) rang from uni to say she's been self-harming. I'll come Friday but I'm in pieces and I'll probably talk about her the whole hour.",
        "low",
    ),
    (
        "Diolch for fitting in the extra session last week, honestly tidy of you. I'm up in Bangor next Tuesday so could we do video instead?",
        "none",
    ),
    (
        "It's Dan, Chloe's partner. She's not been out of the house in nine days and she's stopped answering her mum. She said I could text you. She says she's not thinking of hurting herself, she's just completely flat.",
        "moderate",
    ),
    (
        "Is it bad that I'm jealous of people who die in accidents? They got to leave without it being their choice.",
        "high",
    ),
    (
        "Howzit. Been feeling quite down since the contract ended, the job hunt is murder. Just sitting with it, no drama. Could we talk about it properly next time?",
        "low",
    ),
    (
        "Worry time report: did it at 6pm four days out of seven. The other three I just forgot because I was busy, which I'm choosing to see as a good sign.",
        "none",
    ),
    (
        "Jonah's been so quiet since our last session and honestly I feel shut out and a bit lonely in the marriage. Not sure if I should be telling you or him.",
        "low",
    ),
    (
        "Bank's bleeding me dry with overdraft fees again this month. Could I pay for the last two sessions on the 1st?",
        "none",
    ),
    (
        "is it normal to feel lonely in a full house? christmas with 14 relatives and I've never felt more on my own",
        "low",
    ),
    (
        "When I was at uni I took an overdose. I never told you properly. It was years ago and I'm okay now, it just felt like something you should know.",
        "low",
    ),
    (
        "Could murder a curry after that session haha. Thanks for today, the bit about my dad really landed.",
        "none",
    ),
    (
        "Went back through my notes from session 6 about the 'shoulds'. I caught about twenty of them in my own head today. Progress? Annoying progress.",
        "none",
    ),
    (
        "I used to drink myself to sleep after the divorce, I think I told you. Walked past that pub tonight and it all came back. Just noting it.",
        "low",
    ),
    (
        "Left my keys with the neighbour and a letter for Emma. Going up to the woods behind the school with the rope this afternoon.",
        "imminent",
    ),
    (
        "Bore da! Ready for the video call now in a minute, just making a panad. Same link as last time?",
        "none",
    ),
    (
        "I'm done with group therapy! I mean it finishes this week, not that I'm quitting lol. Do they send a certificate or anything?",
        "none",
    ),
    (
        "I'd quite like to go to sleep for a long time. Like a really long time. Like not wake up.",
        "high",
    ),
    (
        "Knife skills class tonight with the lads from work 🔪🥕 'team building' apparently. I'll report back if I still have ten fingers",
        "none",
    ),
    (
        "I didn't appreciate being called 'avoidant' in front of my wife. I'll be there Thursday but we're talking about that first.",
        "none",
    ),
    (
        "yeah hi it's Dom I keep having these sewer side thoughts sorry suicide thoughts my phone won't spell it anyway I'm alright I'm just telling you like you said",
        "high",
    ),
    (
        "I'm in the car park at Tesco and I can't breed I mean breathe my heart's going mad I can't get out of the car I feel like I'm going to pass out I don't know what to do",
        "moderate",
    ),
    (
        "I'm out on the pier in Dún Laoghaire. Water looks cold. Left my phone code on a note at home for Siobhán.",
        "imminent",
    ),
    (
        "Lord I'm plumb worn down and sad this week. Mama's not doing good in the home and I feel like I'm losing her by inches.",
        "low",
    ),
    (
        "Quick one about the homework sheet from last session, the thought record: do you want it every day or only when something happens? I've done Monday and Tuesday so far. Gareth",
        "none",
    ),
    (
        "lol my mum heard me say 'I want to die' about my haircut and went full panic mode. it's literally a bad fringe. please tell her I'm fine 💇‍♀️😂",
        "none",
    ),
    (
        "I'm dead 💀💀 my dad tried the self checkout and it shouted unexpected item at him four times",
        "none",
    ),
    (
        "sorry, sent too soon. what I meant to say is thank you, and that I've made up my mind about tonight. the tablets are",
        "imminent",
    ),
    (
        "I'm not going to do anything stupid, promise, I just feel really rubbish tonight and didn't know who else to text. sorry it's late",
        "low",
    ),
    (
        "i took all of mums sleeping tablets like an hour ago. i'm so sleepy. please dont be mad",
        "imminent",
    ),
    ("Ah'm no wantin tae be here onymair. That's the truth o it.", "high"),
    ("🪦🪦 where I wanna be tbh 😶", "high"),
    (
        "Made the list of reasons to stay alive like you said. It's got two things on it and one is the cat. The other list is a lot longer.",
        "high",
    ),
    (
        "Miss mi have di pills dem inna mi hand. Mi nah see no other way. Tell mi madda sorry.",
        "imminent",
    ),
    (
        "is it normal to think about what it'd be like to not exist? not dead exactly, just... not. I think about it most nights now",
        "high",
    ),
    (
        "Morning!\n\nQuick catch-up since it's been three weeks with the holidays. New job is fine, manager is kind, I'm actually good at the spreadsheets which nobody is more surprised about than me. Flat is still freezing but the landlord says the boiler man is coming Friday.\n\nI've started cutting again, just small ones on my stomach where no one will see. It's been maybe four times since New Year. I'm telling you because I promised I would, not because I want a big thing made of it.\n\nAnyway, is the 21st still ok? And can I pay by card now or is it still bank transfer only?\n\nLaura",
        "high",
    ),
    (
        "I'm grand I'm grand I'm grand. ok I'm not grand, I'm a bit sad. not in a worrying way. that's all",
        "low",
    ),
    (
        "Pharmacy's out of the sertraline 100s again so they gave me two 50s instead. That's literally the same thing, right? Probably a daft question.",
        "none",
    ),
    (
        "hi its Aoife, just confirming thurs at 4. Mam's dropping me so I might be a few mins early, sorry!",
        "none",
    ),
    (
        "Hi, Callum's dad here. He hasn't been to school since Monday, won't come out of his room, keeps saying nothing's ever going to get better. Is there anything we can do before his appointment?",
        "moderate",
    ),
    (
        "Honest question, how long does it take for the new antidepressant to kick in? Not worried, just curious, the leaflet says 2 to 6 weeks which is a big range",
        "none",
    ),
    (
        "I'm scared I won't make it to the top of the waiting list. 18 weeks is forever when every day feels like this.",
        "moderate",
    ),
    (
        "Wah gwan Miss! Mi reach home safe after di session, just tellin yuh di bus did late so mi might late next week too. Respect.",
        "none",
    ),
    (
        "ive been hitting myself in the head when i get stressed, like hard. mum doesnt know. is that self harm??",
        "high",
    ),
    (
        "Wrote letters to the kids last night. Just in case. I'm not planning anything, I just wanted them written and in the drawer.",
        "high",
    ),
    (
        "This is Owen, Mrs Pritchard's son. Mum said on the phone she's 'ready to go' and wants to 'be with Dad'. She isn't ill. I'm worried she means it.",
        "high",
    ),
    (
        "Doc I gone by the bay with the weedkiller. I done decide. Tell mih children sorry, eh.",
        "imminent",
    ),
    (
        "Bought a gun at the show today. Gonna use it this weekend. I'm not asking for help, I'm just telling you so you're not surprised.",
        "imminent",
    ),
    (
        "sat in the car in the garage engine's running I just wanted to say thanks for everything you've been kind to me tell my mum I'm sorry",
        "imminent",
    ),
    (
        "feeling pretty flat today. nothing happened, just grey all over. even my plants are dying, very on brand. wanted to tell someone and you're the someone I guess",
        "low",
    ),
    (
        "Kev here. Shauna and I did the listening-without-fixing thing three nights running. Only one row, about the bins, and nobody got murdered. Result.",
        "none",
    ),
    (
        "This isn't a cry for help. I've stockpiled my meds for two months. Tomorrow. I just wanted you to have the facts.",
        "imminent",
    ),
    (
        "The dog's at my sister's and the letters are on the kitchen table. Going to the bridge when it gets dark. Thank you for everything you did.",
        "imminent",
    ),
    (
        "Took the whole strip of co-codamol with some wine, about an hour ago. I'm scared now",
        "imminent",
    ),
    (
        "There's a box under my bed with blades in it. I keep getting it out and putting it back. Haven't used them yet this week.",
        "high",
    ),
    (
        "Been drinking since noon and the pills are ready. Doing it when I finish the bottle. Sorry for the mess I'm leaving.",
        "imminent",
    ),
    (
        "Is it normal to lie in bed all weekend staring at the ceiling? Because that's been my last three weekends.",
        "moderate",
    ),
    (
        "do u ever get sad for no reason?? like ik ur a therapist but actually. asking bc I'm sad for no reason today",
        "low",
    ),
    (
        "ok delete that last message from your brain. I'm fine. just spent the whole weekend in bed and got a bit dramatic. back to normal monday",
        "moderate",
    ),
    (
        "these exams are killing me. stopped going to lectures, haven't left my room in 4 days, living off monster and toast",
        "moderate",
    ),
    (
        "Our daughter Zara has told us she's planning to kill herself on her 16th birthday next week and she's worked out how. We've taken her phone. Can you see her tomorrow?",
        "imminent",
    ),
    (
        "We're moving house on the 30th, boxes everywhere, the stress is killing us both 😅 can we do the couples session on video that week?",
        "none",
    ),
    ("can't do this anymore 😭😭😭 school, mum, everything. so done", "moderate"),
    (
        "Spent the whole of Saturday in bed… with flu. Actual flu, 39 degrees. Don't read into it 😂 might cancel Monday if I'm still contagious",
        "none",
    ),
    (
        "Any chance of a phone call this week? Things with Tom have been rough and I'm feeling really wobbly about it all.",
        "low",
    ),
    (
        "Can we come back to what I said in session about the car and the garage? It hasn't gone away. It's more, actually.",
        "high",
    ),
    (
        "Took all my meds with me to Orlando and they got through security no problem. Back on the 12th for our next session 🌴",
        "none",
    ),
    (
        "Did the thing where I catch the thought and write it down. Thought: 'I'm going to fail this exam.' Evidence: I've passed every single one so far. Annoying but fair.",
        "none",
    ),
    (
        "just shot myself in the foot at work by volunteering for the christmas party committee. why am I like this 🙃",
        "none",
    ),
    (
        "I'm honestly annoyed that I sat in the waiting room for 40 minutes on Friday and nobody told me you were running late. I'm not cancelling but I'd like that acknowledged on Thursday.",
        "none",
    ),
    (
        "how long does it take for the sad to lift after a breakup? asking for me. three weeks now and I've overdosed on sad playlists",
        "low",
    ),
    (
        "is it weird that I check how much paracetamol is in the cupboard every time I go in the kitchen",
        "high",
    ),
    (
        "I just keep thinking about not being here anymore like it'd be so much quieter for everyone I don't know why I'm saying this on voice text sorry",
        "high",
    ),
    (
        "ive got the blade and im in the bathroom and ive already started and i cant stop its everywhere",
        "imminent",
    ),
    (
        "Daddy's shotgun's in the truck. Y'all have been real good to me. I'm driving out to the lake tonight.",
        "imminent",
    ),
    (
        "Could I get a receipt for the last three sessions for the medical aid? They want your practice number on it too. Thanks, Bongani",
        "none",
    ),
    (
        "Held the blade against my wrist last night. Didn't cut. Wanted to see if I could. I'm fine today.",
        "high",
    ),
    (
        "My sister's dog died yesterday and she's in bits so I'm going to stay with her this weekend. Might be a bit late for Monday, the trains from hers are rubbish.",
        "none",
    ),
    (
        "Dear Dr Reid,\n\nApologies for the long email, I know we said to keep them short. The family session on Saturday went better than I expected. Dad actually listened when Ellie talked about the move, and Mum didn't walk out, which is a first.\n\nThe reason I'm writing though is me. I've been having panic attacks most nights since, proper ones where I'm on the bathroom floor shaking and convinced my heart is giving out. Last night it went on for nearly two hours and I honestly didn't think I'd get through it. I'm not telling the others because Saturday was meant to be about Ellie.\n\nCould you let me know if the 4th is still on? And whether it's the room with the big window or the small one (the small one sets me off a bit).\n\nThanks,\nRobyn",
        "moderate",
    ),
    (
        "Tried to hang myself last night. The thing snapped. I'm okay-ish, neck hurts. Haven't told anyone.",
        "imminent",
    ),
    (
        "Work was killing me all day and then I came home to an empty flat and just felt so alone 🥲 would love a hug from the universe",
        "low",
    ),
    (
        "I don't want to kill myself. I want to say that clearly after how last session ended. I just want things to feel less heavy.",
        "low",
    ),
    (
        "To answer your question from the session properly: no, I'm not having thoughts of ending things. I'm sad, not that. Saying it so you don't worry.",
        "low",
    ),
    (
        "this maths homework is gonna be the death of me fr 😭 anyway mum said to tell u I can do thurs at 5",
        "none",
    ),
    (
        "Y'all's front desk lady is the sweetest thing. Anyhow I'm fixin to pay the invoice tonight, same account number as last time? - Darlene",
        "none",
    ),
    (
        "Dad's agreed to come to one of the family sessions. Not sure he'll say a word but he said yes, which is huge for him.",
        "none",
    ),
    (
        "Hi, it's Niamh's mum. Her year head rang, Niamh told a friend she wishes she was dead. She's home with me and I'm not letting her out of my sight. Please ring when you can.",
        "high",
    ),
    (
        "Need to tell you something Tom doesn't know. I don't see myself still being around by next Christmas. I can't say it in the joint session.",
        "high",
    ),
    (
        "sometimes I go under in the bath and think about not coming back up. that's been happening more.",
        "high",
    ),
    (
        "I'm on the Lions Gate. Not the walkway side. I'm so sorry. Please tell Dr Chen thank you.",
        "imminent",
    ),
    (
        "Goodbye. I mean it this time. Thank you for putting up with me. Look after the others.",
        "imminent",
    ),
    (
        "Been saving my quetiapine since the October review. There's enough now. Friday when the house is empty. Sorry.",
        "imminent",
    ),
    (
        "It's Shona, Kirsty's mum. She's written in her diary that she wants to die. I know I shouldn't have read it. What do I do now?",
        "high",
    ),
    (
        "I'm going to end it with Ryan tonight. Been going back and forth since our session but I know it's right. Wish me luck x",
        "none",
    ),
    (
        "Burned my arm with the lighter again. Small one. I just needed it to stop for a second.",
        "high",
    ),
    (
        "I didn't use the plan. Took everything in the box instead. I'm on the bathroom floor.",
        "imminent",
    ),
    (
        "What we talked about on Tuesday, the year I stopped eating and used to cut. I've been chewing on it all week. Not in a bad way. Just strange having said it out loud.",
        "low",
    ),
    (
        "I've been looking up how many of my tablets it would take. I'm not going to. I just keep looking.",
        "high",
    ),
    (
        "Med review tomorrow. I'm going to ask her for a week's supply at a time, because I don't trust myself with the full box right now.",
        "high",
    ),
    (
        "Tell you the truth, I've been wishing I'd never wake up. Every night, love. Every single night.",
        "high",
    ),
    (
        "what's the point of any of it. therapy, the meds, the homework. nothing shifts. sorry. I know you're trying.",
        "moderate",
    ),
]
