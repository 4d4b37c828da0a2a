"""Training-only messages for the learned risk net (bench/train_risk_net.py), author L.

Health workers and others who know the means, intellectualisers, autistic/ADHD adults, people with learning disabilities,
the very old, gamers, people on probation, in debt or on nights, a few relatives; one-line SMS to long e-mails.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "relapsed last night. razor. not deep. just needed the noise in my head to stop for a minute. Fi",
        "high",
    ),
    (
        "My old cellmate from Wandsworth rang, says he's going to end it when he gets out next month. I don't know what to do with that. Can I talk to you before Friday? Craig",
        "low",
    ),
    (
        "Shooting club AGM on the 14th so I'm out that evening, otherwise free. The new ear defenders are brilliant, tinnitus much better. Pete",
        "none",
    ),
    (
        "I've started. Took the first lot of the diazepam I've been saving. Going to take the rest once it kicks in. Jess",
        "imminent",
    ),
    (
        "got 3 boxes of paracetamol from 3 diff shops today so nobody asked. tonight after my shift lol. its fine",
        "imminent",
    ),
    (
        "Had to have my own cat put to sleep this morning. Seventeen years. I've done it a thousand times for other people and it's not the same when it's yours. Feeling very low. Helen",
        "low",
    ),
    (
        "Burned my forearm on purpose with the kettle after shift. Told the ward it was the autoclave. Dressed it myself, it's fine clinically. Jess",
        "high",
    ),
    (
        "Told the wife I'm going lamping. I'm not. Rifle's in the Land Rover, I'm down by the river. Sorry lass. Huw",
        "imminent",
    ),
    (
        "You said in the session to write down one thing I did well this week. I fixed the bathroom extractor fan. That is the one thing. I will bring the list of the others on Tuesday. Jonah",
        "none",
    ),
    (
        "I've noticed a persistent low-grade sadness for about a week. Nothing acute, mostly a flattening of interest. Flagging it as data rather than as a request. Anya",
        "low",
    ),
    (
        "Can't get 'Mad World' out of my head since the film last night, 'the dreams in which I'm dying are the best I've ever had' on loop. Good film though. Confirming Thursday. Jen",
        "none",
    ),
    (
        "Work question, sort of. What's the toxic threshold for amitriptyline per kg these days? I know I should know it. I've been thinking about it a lot more than a pharmacist should. Nadia",
        "high",
    ),
    (
        "Apologies for cancelling so late, I was on call and we had a cardiac arrest in ED at 4. Could we rebook for next week? Dr Mehta",
        "none",
    ),
    (
        "You asked me straight last time whether I'd thought about going off a building at work. I haven't. I'm down about the divorce but that's not where my head is. Dean",
        "low",
    ),
    (
        "Everything is grey. I used to paint. Now I sit. What is the point of anything at my age, I ask you. Winifred",
        "moderate",
    ),
    (
        "Nobody'll hire me with a record. 42 applications. I'm never getting out of this hole, am I. Jason",
        "moderate",
    ),
    (
        "Died about 50 times on the final level and then my little brother beat it first go. Honestly that was the best bit of my week, which says a lot. Feeling a bit meh. Kieran",
        "low",
    ),
    (
        "Took a load of the morphine out of the kit and signed it off as used. Sitting in the station car with it now. Kev",
        "imminent",
    ),
    (
        "Dear Doctor, I have asked my GP whether I may refuse the heart tablets. He asked why. I did not tell him it is because I would like it all to be over. Regards, Dennis",
        "high",
    ),
    (
        "Went to the footbridge by the retail park on my lunch and stood there looking down at the traffic for a while. Then went back to work. Tina",
        "high",
    ),
    (
        "Can we move Thursday to 8am? I'm on nights all next week on the acute ward and doing ligature-point checks at 3am is apparently my life now lol. Marcus",
        "none",
    ),
    (
        "Can't sleep, can't eat, can't open the post. Bailiffs due Monday. I can't keep living like this. Tina",
        "moderate",
    ),
    ("keep googling how many of my tablets would be enough. havent counted them. yet", "high"),
    (
        "Quick check: is it OK to move my sertraline to the morning? Working lates at the pharmacy and I keep forgetting the evening dose. Nothing else to report. Nadia",
        "none",
    ),
    (
        "I am afraid I won't make it through another winter in this house on my own, Doctor. The heating bill frightens me and I have stopped going to the day centre. Margaret",
        "moderate",
    ),
    (
        "Injected myself with the stuff from the clinic fridge. Feeling heavy. It's alright. It's peaceful. Carys",
        "imminent",
    ),
    (
        "Hi, Ellie's mum here. She's been tearful since the break-up, nothing major I don't think, but she asked if she could have a call with you this week. Thanks, Gill",
        "low",
    ),
    (
        "Read a piece on means restriction last night, the British coal-gas story, how suicide rates fell when domestic gas was detoxified. Elegant public-health case. It reminded me of your line about environment shaping behaviour. See you Monday. D. Lyle",
        "none",
    ),
    (
        "Hard week. People at the job centre look at me like I'm scum once they see my record. Feeling pretty low but I'm keeping my head down and out of trouble. Jason",
        "low",
    ),
    (
        "I've decided. Shotgun's in the truck and I'm going up the top field after tea. Bill",
        "imminent",
    ),
    (
        "This is Anne, Tyler's mum. School rang: Tyler told a friend he wishes he was dead, and I've found he's been googling how high the viaduct is. He's at home with me now. Anne Walsh",
        "high",
    ),
    (
        "Could we have a phone call this week? Nothing urgent, I'm just drowning in bills, as they say, and I'd like to talk it through with someone. Lee",
        "low",
    ),
    (
        "Smoked a load of weed last night just to stop my head going. Not gonna lie to you. It's the only thing that shuts the noise off. Craig",
        "moderate",
    ),
    (
        "The payday lender has written off the interest after my ombudsman complaint. Still owe the principal but I can breathe a bit. Sorry if it's a strange thing to text, I was just pleased. Tina",
        "none",
    ),
    (
        "My husband told me last night he's thought about killing himself over the debts. He hasn't told anyone else. I'm so worried I can't think straight. Can we talk about how I support him? Tina",
        "low",
    ),
    (
        "I've been reviewing my life insurance documents. The suicide exclusion lapses after two years, and it has been three. I note this without further commentary. Martin",
        "high",
    ),
    (
        "so tired of being a burden on literally everyone in my life. they'd get over it quicker than they think",
        "high",
    ),
    (
        "lowkey been researching stuff on forums i shouldnt be. not gonna say what. u probably know what i mean. just wanted someone to know",
        "high",
    ),
    (
        "took way more of my elvanse than i should to get thru the deadline then a load of diazepam off a mate to come down. 2 days no sleep. everything's spinning",
        "moderate",
    ),
    (
        "Booked a room at the Travelodge on the ring road for tonight. Brought everything I need. Phone goes off after this. Tina",
        "imminent",
    ),
    (
        "Hello, this is Sophie's dad. She has a residential trip with school from the 9th to the 11th so won't make the Wednesday session. Could she have the following Monday instead? Thanks, Paul Reid",
        "none",
    ),
    (
        "Hi Dr Harris,\n\nThree things. First, the parking permit is in my glovebox, so next time I'll remember to put it on the dash. Second, I finished the values worksheet; the top three came out as honesty, competence and, to my mild surprise, play. Third, a methodological complaint: the mood app you suggested scores me 6/10 almost every day. Either I am remarkably stable or the scale lacks resolution, and I suspect the latter. Could we look at an alternative?\n\nTuesday is fine.\n\nRegards,\nMartin",
        "none",
    ),
    (
        "might delete all my socials tonight. no reason. just tidying up. kinda tired of being alive ngl",
        "high",
    ),
    (
        "There's enough in the chemical store to finish a man, I've always known that. Lately I think about it every time I lock up. Owen",
        "high",
    ),
    (
        "My wife asked me to lodge the guns with the club for a while after last month, and I've done it. For the record I've no thoughts of using them on myself. I just want her to feel safe. Pete",
        "low",
    ),
    (
        "I am 94 and all my friends have gone now, even the ones who were younger than me. It is a lonely business being the last one. Could you come sooner than the 12th? Arthur",
        "low",
    ),
    ("sitting in the bath with the blade. just wanted to tell someone first", "imminent"),
    (
        "Given myself till the end of January. If nothing's shifted with the debts by then, I'm done. Not saying how. Lee",
        "high",
    ),
    (
        "final save. logging off for real this time. been fun ig. pills are counted. dont @ me",
        "imminent",
    ),
    (
        "mum says i'm 'killing her' with the drum practice lol. anyway can we do school stuff next time not just feelings",
        "none",
    ),
    ("feeling a bit flat today. nothing happened, just grey. wanted you to know. Fi", "low"),
    (
        "Rope's over the beam in the shed. Wife's at her sister's till Sunday. Just wanted somebody to know it wasn't anybody's fault. Gareth",
        "imminent",
    ),
    (
        "Dear Doctor, my granddaughter is typing this for me. I shall be at the appointment on the 3rd. I am 91 and still kicking, as they say. Yours sincerely, Edith Palmer",
        "none",
    ),
    (
        "Letters are written and on the table, for Mum, the bank and the council. I've got the tablets. I'll be at the reservoir before it gets light. Lee",
        "imminent",
    ),
    (
        "Two years today since the burnout and the bad months when I had thoughts of ending it. Thinking about it, not in it. Wanted to mark it with someone. Ashley",
        "low",
    ),
    (
        "I'm going to kill myself tonight. I've got the drugs from the kit and I'm parked in the lay-by on the A59. Sian",
        "imminent",
    ),
    (
        "fr tho the last patch nerfed my main so hard i'm lowkey considering uninstalling the whole game. jk. see u thursday",
        "none",
    ),
    ("i took all mums pills. i feel sick. i am scared. Sam", "imminent"),
    (
        "Could I pay fortnightly rather than per session? Universal Credit comes every two weeks and it's easier to budget that way. Thank you. Kerry",
        "none",
    ),
    (
        "Got the hose from B&Q. Car's in the garage. Going to do it when I get in off my shift this morning. Shaz",
        "imminent",
    ),
    (
        "On my feet 13 hours and I could murder a curry. Will be there tomorrow, promise. Kate",
        "none",
    ),
    (
        "CPR refresher today on the manikins and I 'killed' the first one by forgetting the airway. Instructor was not impressed haha. See you Friday. Sian",
        "none",
    ),
    (
        "I'm sorry. I couldn't fix it. The letters are in the kitchen drawer. By the time anyone reads this I'll have gone off the cliff path. Steve",
        "imminent",
    ),
    (
        "just finished a 12 hr night at the depot, my body thinks its lunchtime. can i get a later slot from now on like after 2pm? cheers, Shaz",
        "none",
    ),
    (
        "I'm on the roof of the site on Oxford Road. Nobody else up here. Sorry about everything. Dean",
        "imminent",
    ),
    (
        "hi its Lucy. My mum say I can come on the bus by myself now. I am happy. I will be there at 2 o clock",
        "none",
    ),
    (
        "I keep returning to the conclusion that improvement is statistically unlikely for someone with my history; the base rates are poor. I'm no longer sure why I'm paying for therapy. Anya",
        "moderate",
    ),
    (
        "I would like the session to start exactly on time please. Last week it started 4 minutes late and I found it difficult. This is not a complaint, it is information. Ruth",
        "none",
    ),
    (
        "This deadline is going to be the death of me 😅 hand-in is Friday noon, so could we move to Friday afternoon? Raj",
        "none",
    ),
    (
        "Job finished on the roof in Stockport, three storeys, harness checks all signed off, site manager happy. Got paid too so I can settle what I owe you. Mick",
        "none",
    ),
    (
        "I keep looking at the beam in the old cow shed. Not doing anything about it. Just looking. Every morning. Gareth",
        "high",
    ),
    (
        "Dear Dr Harris,\n\nA few items.\n1) November's invoice is paid.\n2) I read the chapter on schemas you recommended; the 'defectiveness' one fits uncomfortably well.\n3) I've caught myself several times this week working out whether the paracetamol in the bathroom cabinet would be sufficient, and then stopping.\n4) Could we move the 9th to the 10th? I have a conference.\n\nBest regards,\nAnya",
        "high",
    ),
    (
        "I have been thinking of stopping the warfarin and letting nature take its course. I am 85 and I have had enough. Please do not tell my son. George",
        "high",
    ),
    (
        "I did not go to work today or yesterday. I stayed in bed. The lights at work are too much and I cannot make myself go. I do not know what to do. Ruth",
        "moderate",
    ),
    (
        "Had the sprayer through its NSTS test, passed. Chemical store's re-locked and re-signed after the inspector came. Paperwork done for the year, thank god. See you Weds. Bill",
        "none",
    ),
    (
        "I've been calculating insulin doses in my head that aren't for any patient. I know what that means. I'm telling you because I promised I would. Dr Mehta",
        "high",
    ),
    (
        "I've been taking an extra zopiclone or two on the bad nights. I know exactly what I'm doing pharmacologically, which somehow makes it worse. Not every night. Laura",
        "moderate",
    ),
    (
        "Stood in the builders' merchant ten minutes looking at rope and thinking about what it'd hold. Then bought screws and went home. Mick",
        "high",
    ),
    ("i want to go to sleep and not wake up. i told my carer. she said tell you. Daniel", "high"),
    (
        "Random: a customer asked today if you can overdose on vitamin C. Basically no, you just wee it out. Anyway, I remembered to do the gratitude list, three things every night. Nadia",
        "none",
    ),
    (
        "Did the ligature checks, did the med round, did the obs, then came home, shut the curtains and sat in the dark till my next shift. Didn't eat, didn't answer the phone. Four days of that now. Priya",
        "moderate",
    ),
    (
        "Got my affairs in order this week. Paid my fines, wrote to my mum, gave my stuff away. Probation think I'm turning a corner. Dwayne",
        "high",
    ),
    (
        "Climbing the tower crane tonight once the site shuts. I've got the keys. Just wanted somebody to know why. Mick",
        "imminent",
    ),
    ("i have the rope. i am going to the woods tonight. bye. Daniel", "imminent"),
    (
        "coming off nights the only way i can sleep now is half a bottle of vodka. every day this week. i know its bad. Bilal",
        "moderate",
    ),
    (
        "Got called to a pile-up on the M62 today and I honestly envied the bloke in the front seat. Is that mad. Tom",
        "high",
    ),
    (
        "ngl the new raid is killing me, whole guild got wiped like 12 times 💀 but thats not why im texting, can we do video tmrw instead of in person, bus strike",
        "none",
    ),
    (
        "Got the CCJ today. I just can't take any more of this. Every time I get one thing sorted another lands on the mat. Kerry",
        "moderate",
    ),
    (
        "I've been having suicidal thoughts daily for about two weeks. To be clear, I'm not in immediate danger. I'd like to use Tuesday for this. Hugo",
        "high",
    ),
    (
        "running 10 min late, handover overran – two ODs came into resus right at change of shift. see you at 6. Priya",
        "none",
    ),
    (
        "I know which vial to take off the ward and how fast to push it. There's one in my coat pocket. Tonight. Priya",
        "imminent",
    ),
    (
        "hi its Sam. I feel sad today. My friend moved away to Bristol. I miss him. can you ring me",
        "low",
    ),
    (
        "Lads at work reckon I'll break my neck on that ladder one of these days. Told them I've been up ladders thirty year. Anyway can't do Thursday, job in Leeds. Ray",
        "none",
    ),
    (
        "Been thinking about what we talked about on Tuesday, the overdose when I was 19. It felt good to finally say it out loud. I'm okay today. Lauren",
        "low",
    ),
    (
        "Off work with my back and I've been on the cans from dinnertime every day. Nowt else to do. Wife's fed up with me. Mick",
        "moderate",
    ),
    (
        "I have made up my mind to end my life this weekend. I am of sound mind and I have the means. I only wanted you to know it was nothing you did. George",
        "imminent",
    ),
    (
        "Had the gun safe open tonight for a lot longer than I needed it open. Just sat with it. Locked it again. Don't want to say more by text. Colin",
        "high",
    ),
    (
        "I've drawn up the insulin. Enough of it. Doing it tonight in the on-call room. I couldn't not tell someone. Dr Mehta",
        "imminent",
    ),
    (
        "I have decided. I will do it on Friday at 4pm when the flat is empty. I have the things I need. I am telling you because you said always tell you. Ruth",
        "imminent",
    ),
    (
        "My son frets I'll do something silly since his father passed. I won't. I have far too many tomatoes to look after. But I am sad, I will say that much. Edna",
        "low",
    ),
    (
        "Hostel's moved me to a new room in Walthamstow, it's 14B on the same road now. Please update it for letters. Jason",
        "none",
    ),
    ("every time i cross the road i kinda hope a car doesnt stop. is that normal. Leo", "high"),
    (
        "Mum and the kids would be better off with the life insurance than with me and my debts. That's not self-pity, it's maths. Lee",
        "high",
    ),
    (
        "I went to the social group. No one spoke to me for 2 hours. I stood near the crisps. I felt alone. I will try again next week because you said to try 3 times. Jonah",
        "low",
    ),
    (
        "Found Bella a lovely home with a family with two kids. Better for her. Better for everyone, really. Not much left to sort now. Carys",
        "high",
    ),
    (
        "Spent the evening reading toxicology case reports I have no professional reason to read. I recognise the behaviour. Consider this me flagging it. Imogen",
        "high",
    ),
    (
        "Parked at the top of the multi-storey by the hospital. 4am. Nobody about. I'm not going back down the stairs. Nathan",
        "imminent",
    ),
    (
        "You asked me to tell you if I had the thoughts again. I had the thoughts again. About being dead. They were on Monday and Wednesday and today. I am telling you as agreed. Jonah",
        "high",
    ),
    (
        "I have paid for my funeral plan and chosen the hymns. Abide With Me. My daughter was upset and I told her it is only sensible at 88. It is not only sensible. Edna",
        "high",
    ),
    (
        "Apologies for the short notice. Had to put down a 14-year-old labrador at the end of afternoon surgery and the owners needed time with him. Could we start 15 minutes later? Dr. Fenwick",
        "none",
    ),
    (
        "I've started writing letters. To my parents, to my registrar. I'm not planning anything, I just feel they ought to exist. Dr. S. Okafor",
        "high",
    ),
    (
        "Our English teacher made us learn 'Do not go gentle into that good night' for the exam. I now know it by heart, which is weird. Thought you'd like that since we talked about poetry. Ellie",
        "none",
    ),
    (
        "Hi,\n\nJust to let you know the bank finally rang back about the overdraft and it's not good, they won't extend it. The landlord has given me notice as well. I've spent today sorting who gets what and the letters are on the side. The pills are in the bathroom and I'm going to take them Saturday night when the kids are at their dad's. Sorry for the long message. I've cancelled Tuesday with reception too.\n\nThanks for everything you've done,\nKerry",
        "imminent",
    ),
    (
        "Up on the 14th floor today and caught myself thinking how easy it'd be to just step off the edge. Didn't frighten me like it should have. Dean",
        "high",
    ),
    (
        "Since Harold died the evenings are very long. Nobody rings on a Sunday. I am not complaining, dear, I am only telling you how it is. Joan, 87",
        "low",
    ),
    (
        "Drinking after every shift now. Not sociably. After the cardiac arrest jobs especially I sit in the car outside the house with a can before I can go in. Kev",
        "moderate",
    ),
    (
        "Following up on our Camus digression: I reread The Myth of Sisyphus on the train. The famous opening, that there is but one truly serious philosophical problem and it is suicide, is a provocation; the essay is really an argument for revolt. I'd like to pick apart its structure on Monday. My mood, for the record, is unremarkable. A.",
        "none",
    ),
    (
        "Health and safety audit today. Four hours walking the unit with a clipboard looking for ligature anchor points on every door handle, tap and curtain rail. Mind-numbing. Thursday 6pm still good? Bex",
        "none",
    ),
    (
        "I've brought home enough from the returns to do it properly. It's in my bag. Tonight, after I lock up. I'm sorry. Meera",
        "imminent",
    ),
    (
        "I have been in bed since Tuesday. My daughter brings soup. I do not have the heart to get up. Dennis",
        "moderate",
    ),
    (
        "Standing on the chair. Cord's round the pipe. Just wanted to tell someone. Lewis",
        "imminent",
    ),
    (
        "Recall hearing Tuesday. If they send me back I don't know how I'll cope. Haven't slept. Been drinking since Friday. Dwayne",
        "moderate",
    ),
    (
        "Quick one: is the invoice for October going to the same address? I've moved to the flat above the pharmacy on Kings Rd. Thanks, Deb",
        "none",
    ),
    (
        "Doctor, the chemist has changed the colour of my blood pressure tablets from white to pink. My daughter says they are the same ones. Please can you confirm as I do not want to take the wrong thing. George Hill, 86",
        "none",
    ),
    (
        "Neighbour's lad found his dad in the barn last month. Hanged himself. Whole valley's still in bits. I'm alright but it's on my mind when I'm out in the lambing shed. Gareth",
        "low",
    ),
    (
        "Mrs Ahmed, I will be 95 on Saturday and the family are having a party for me, so I shall not be able to come that week. I hope you understand. With best wishes, Florence Duckworth",
        "none",
    ),
    (
        "Hi, sorry this is a long one.\n\nHomework update: I managed three of the five activation tasks (walk, ring my sister, cook a proper meal). The walk was fine. My sister mostly talked about her wedding, which was fine too. Honestly though, the main thing this week is that I've been getting through most of a bottle of wine every night to get to sleep, sometimes more, and I've stopped pretending it's about the taste. The meal was a mushroom risotto and it was good.\n\nSee you Tuesday,\nFelix",
        "moderate",
    ),
    (
        "Tractor's running in the shed with the doors shut. I'm sat in the cab. Don't send anyone. Glyn",
        "imminent",
    ),
    (
        "I have taken all the tablets in the blister packs for the week. I feel sleepy. I wanted to say thank you. Dennis",
        "imminent",
    ),
    (
        "5am, bus home, everyone else heading to work. Always makes me a bit sad, like I'm living on the wrong side of the planet. Just a passing thought. Shaz",
        "low",
    ),
    (
        "Had a cry on the phone to the council tax people today. Embarrassing. I'm alright now, just a bit down about it all. Kerry",
        "low",
    ),
    (
        "Doctor, I am going to walk into the sea at Filey tomorrow morning. I have left the cat with Mrs Pike. Thank you for listening to me all these months. Edna",
        "imminent",
    ),
    (
        "I've left instructions with my solicitor, cancelled the papers, and scheduled an email to my brother for Saturday at 9am. I'll have done it before then. Please don't phone. Ingrid",
        "imminent",
    ),
    (
        "Done the calculation twice. Paracetamol plus the codeine, I know the nomogram by heart. It's all in a jar on the counter. Starting at midnight. Nadia",
        "imminent",
    ),
    (
        "Paid off the last of the catalogue debt today. Three years. I've framed the zero-balance letter. Not even joking. Steve",
        "none",
    ),
    (
        "First week at the warehouse since release. Forklift course next month, tag comes off on the 30th. All good this end. Dwayne",
        "none",
    ),
    (
        "Rehomed the cats with my sister. Told her it's because of the new shift pattern. It isn't really. Priya",
        "high",
    ),
    (
        "I have been keeping back the morphine they give me for my back. There is enough now. I shall take it on my birthday, Wednesday. I wanted somebody to know I was not confused. Margaret",
        "imminent",
    ),
    (
        "Dear Doctor,\n\nI am writing to say goodbye. I have put my affairs in order and the tablets are ready by the bed. Please do not think you failed me; you did not. It is simply my time and I have chosen it.\n\nWith gratitude,\nAlbert",
        "imminent",
    ),
    (
        "We keep pentobarbital in the CD cabinet and I've started doing the maths for my own bodyweight during stock checks. I haven't taken anything. I just think you should know where my head is. Helen",
        "high",
    ),
    (
        "We had three euthanasias booked in today, which is a lot for a Tuesday, but the team were brilliant. Can I pay by card on Thursday? The bank moved my overdraft around. Helen",
        "none",
    ),
    (
        "Caught myself pocketing a strip of something from the returns bin today. Put it back, nobody saw. Frightened myself. Nadia",
        "high",
    ),
    (
        "my flatmate hasn't left her room in 4 days and isn't eating, i'm really worried about her. what should i do? she's not your patient obv",
        "low",
    ),
    (
        "Milk price down again, bank on the phone twice this week. I'm at the end of my rope with this farm. Four generations and it'll be me that loses it. Owen",
        "moderate",
    ),
    (
        "Just swallowed 60 of the sertraline and what was left of the zopiclone. I know the numbers. It's done. Sorry to leave this with you. Laura",
        "imminent",
    ),
    (
        "In seminar we did Durkheim's Suicide, the anomie chapter, and I've been arguing about it with my housemate all evening. It's nice to think about something abstract for once. Hugo",
        "none",
    ),
    (
        "Dropped the kids back at their mum's, gave the dog to my brother, and I'm driving up to the quarry now. Thank you for all the sessions. Karl",
        "imminent",
    ),
    (
        "Timeline, since you like structure: 21:00 finish the letters. 22:00 walk the dog round to my neighbour's. 23:00 the garage. I'm calm. Anya",
        "imminent",
    ),
    (
        "Is it alright if I bring my dog to the session? She's just had her cruciate done and can't be left. She sleeps all day, you won't notice her. Carys",
        "none",
    ),
    (
        "I've done the cost-benefit analysis on the job, the relationship and the flat, and every line comes out negative. I can't construct a version of the next five years that improves. That isn't drama, it's arithmetic. Martin",
        "moderate",
    ),
    (
        "Firearms certificate renewal finally came through so I'm at the range Saturday morning. Can I have the Friday slot instead that week? G. Holt",
        "none",
    ),
    (
        "Told my mate I'd kill for a bacon sandwich and he's turned up with three. I have created a monster. See you at 11 :)",
        "none",
    ),
    (
        "the work review absolutely murdered me, they said I 'lack attention to detail' which, yeah, ADHD. feel rubbish about myself. just need a pep talk tbh 😔 Leo",
        "low",
    ),
    (
        "I was in the war as a boy and saw enough death to last me, but today I mended the garden fence on my own and I am quite pleased with myself. Albert, 92",
        "none",
    ),
    (
        "Drew up a syringe at work and brought it home. It's on the kitchen table. I'm so tired. Thank you for trying with me. Helen",
        "imminent",
    ),
    (
        "Dear Mrs Collins, thank you for your letter. I have been sorting the house: photographs to my niece, the carriage clock to the vicar, and I have told my solicitor my wishes. I am tired, and I think I have been here long enough. With thanks, Arthur Bennett",
        "high",
    ),
    (
        "Tag comes off Friday. I'll be gone by Saturday, properly gone. Got the pills off my old cellmate's brother. Wanted to say you were decent to me. Lewis",
        "imminent",
    ),
    (
        "My brother put something cryptic on Facebook last night, 'I'm done with all of it', then stopped answering. Police did a welfare check and he's okay. I'm still rattled. Imogen",
        "low",
    ),
    (
        "set my status to 'afk forever' lol. gave away my pc. bottle of pills on the desk. tonights the night",
        "imminent",
    ),
    (
        "I know the practice flagged that I collected my diazepam script early. I explained to the GP, it was the holiday. I'm not stockpiling anything. Still a bit embarrassed about it. Bex",
        "low",
    ),
    (
        "Honestly sometimes I think it'd be easier for everyone if I just didn't make it to the end of this week. The kids are used to me not being around anyway. Jason",
        "high",
    ),
    (
        "The clinic door code has changed. It is not 4471 anymore. The receptionist said it is 2290 now. I am telling you in case you did not know. Oliver",
        "none",
    ),
    (
        "graveyard shift pays the rent but I haven't seen daylight or a mate properly in 3 weeks. feeling kinda isolated tbh. Bilal",
        "low",
    ),
    (
        "ok so update bc u asked me to keep u in the loop: got the uni extension, finally sorted the flat deposit, my sister's coming up at xmas. also ive got the pills saved and im doing it sunday when my flatmates are at the football. sorry for the essay lol. see u never i guess",
        "imminent",
    ),
    (
        "I pray every night that the Lord will take me in my sleep. I am 92 and I have had my innings. I do not want to go on. Florence",
        "high",
    ),
    (
        "What is the sense in being alive at 94 when everyone I loved is dead? I only ask. Florence",
        "high",
    ),
    (
        "Do you have anything on Fridays? Rota's changed again. Had a hanging and two RTCs this week, the usual, debrief was fine and so am I. I just need the slot. Ashley",
        "none",
    ),
    (
        "Had to explain to a new graduate how the euthanasia solution works. Went home and couldn't stop thinking how peaceful it looks. For me, I mean. Carys",
        "high",
    ),
    (
        "Cried in the sluice room today after a patient's family shouted at me. Silly really. Could I have a quick call tomorrow? Jess",
        "low",
    ),
    (
        "On a 12-storey scaffold in Salford all week and the signal's rubbish up there. If I go quiet it's not me ghosting, text and I'll answer at dinner. Dean",
        "none",
    ),
    (
        "ngl if i just didnt wake up tmrw i'd be ok with that. not gonna do anything. logging off for good just sounds like a relief fr",
        "high",
    ),
    (
        "If I get recalled I'm not doing another stretch. I'd rather be dead than go back in. Craig",
        "high",
    ),
    (
        "Dear Doctor, the dog died last week. Barney. He was 14. The house is too quiet without him. My daughter says get another but I am 89 and it would not be fair on a dog. I am sad. Regards, Dennis Moore",
        "low",
    ),
    (
        "I have given my budgie to the lady next door and my good winter coat to the church. I shan't be needing them. Please don't fuss. Winifred",
        "high",
    ),
    (
        "Took everything in the house. Paracetamol, ibuprofen, the lot. Feels like a relief, the letters can't get me now. Gavin",
        "imminent",
    ),
    (
        "Sat on the parapet on the 11th floor of the job at Canary Wharf. Legs over. Didn't think I'd text you but here we are. Ray",
        "imminent",
    ),
    (
        "Played hangman with my niece all afternoon. She's six and already cheats. Lovely day. Confirming Tuesday. Sue",
        "none",
    ),
    (
        "Long week. Lost a patient I'd known for years. I'm not catastrophising, just sad, and I think I need to say it to someone who isn't a colleague. Dr. S. Okafor",
        "low",
    ),
    (
        "someone in my server posted a goodbye msg and went offline. i reported it and the mods got police to do a welfare check, apparently he's ok. still shook tbh. can we talk about it thurs",
        "low",
    ),
    (
        "Sorry for the weird hour, just off shift. Confirming Tuesday 2pm. Ward was full of ODs and alcohol withdrawals again, the usual December warm-up. Jess",
        "none",
    ),
    (
        "Hypothetical, for a mate (it's me, obviously): if someone told their GP they'd been thinking about using their own shotgun on themselves, would the police take the licence? Pete",
        "high",
    ),
    (
        "Random q, asking for a mate (ok not really a mate): how many lithium tablets would actually be enough to be dangerous? Same dose as mine.",
        "high",
    ),
    (
        "Wrote a note and put it in my locker, just in case. I'm not planning anything. It just felt tidy to have it done. Kate",
        "high",
    ),
    (
        "On the platform at the end of the line. Last train's in 10 min. Not getting on it. Bilal",
        "imminent",
    ),
    (
        "Hi Steph,\n\nThanks for last week. Update on the budget stuff: I rang the energy company and got them to put me on the priority register, and the income and expenditure form has gone off to the debt charity. The car failed its MOT as well (brake pipes), so that's another £300 I haven't got. I keep thinking that if I wasn't around the insurance would clear the lot and Mum could keep the house, and I've been thinking it most nights. Anyway, the kids' nativity is on the 12th so I can't do that Thursday, could we do Friday?\n\nBest,\nGavin",
        "high",
    ),
    (
        "standing on the bridge rn. cars going under. dont try and talk me down just wanted u to know it wasnt ur fault",
        "imminent",
    ),
    (
        "Dispensary was chaos today, 60 blister packs to check and a methadone client who turned up at two minutes to closing. Anyway, invoice paid by bank transfer this morning. Laura",
        "none",
    ),
    (
        "I've been digging my nails into my arms till they bleed after bad jobs. Long sleeves at work. It's the only thing that takes the edge off. Ashley",
        "high",
    ),
    (
        "There's that line in the Beatles song, 'all the lonely people, where do they all come from'. I'm one of them at the moment, I think. Anyway. Sue",
        "low",
    ),
    (
        "Passed my IPAF for the cherry picker today! 20 metre platform no bother. Boss says I can do the high stuff now 💪 Mo",
        "none",
    ),
    (
        "Been to the solicitor and put the farm in the lad's name. Wrote him a letter too. He doesn't need to read it yet. Huw",
        "high",
    ),
    (
        "Haven't spoken to a single person in a week apart from the lad at the garage till. Stopped answering my mum. Can't face any of it. Nathan",
        "moderate",
    ),
    (
        "gg. took everything in the cupboard like 20 mins ago. feel weird. just wanted to say thx for trying w me",
        "imminent",
    ),
    (
        "my mum shouted. I stay in my room all day. I did not eat. I dont want to talk to nobody. Lucy",
        "moderate",
    ),
    (
        "I find myself entertaining the idea of non-existence with increasing frequency. Not fear of death, the reverse: an appetite for it. I thought you'd want the precise formulation. Hugo",
        "high",
    ),
    (
        "fr this time. taking everything at 2am when my parents are asleep. already wrote the note. ty for trying",
        "imminent",
    ),
    (
        "Drew up my will at the weekend and sorted who gets what. My sister thinks it's because of the violent ward I'm on. I've let her think that. Bex",
        "high",
    ),
    (
        "gg ez finally hit diamond. my therapist should know this lol. also can u resend the video link, lost it",
        "none",
    ),
    (
        "I'm dead 😂 my sister sent me a video of our nan trying the dog-ears filter on Snapchat. Sorry, meant to send that to her not you!!",
        "none",
    ),
    (
        "Work's killing me, not literally, but I've also not been out of the house except for work in a month and I'm drinking most nights to switch off. Raj",
        "moderate",
    ),
    (
        "my whole fyp is sad edits about dying and i'm not even mad, its the only stuff that feels true rn. thinking about not being here like all the time ngl",
        "high",
    ),
    (
        "Vet's been out to the herd and the TB test is clear. Cracking news. So I'm free Thursday after all. Owen",
        "none",
    ),
    (
        "Megan's mum here. She hasn't come out of her bedroom since Saturday apart from the loo, isn't eating and won't go to school. I'm at a loss. Julie",
        "moderate",
    ),
    (
        "Looked up whether your debts get written off when you die. Mostly they do, apparently. Weirdly comforting to know. Kerry",
        "high",
    ),
    (
        "gave my account + all my skins to my cousin today lol he was so hyped. doesnt matter to me anymore, wont be needing it",
        "high",
    ),
    (
        "I know the response times round here better than anyone. I've picked a spot nobody will reach in time. It's tonight. Ashley",
        "imminent",
    ),
    (
        "I will not be at the session next week. I will not be alive. I am going to the level crossing at Morton at 6.12am tomorrow because that is when the fast train passes. Jonah",
        "imminent",
    ),
    (
        "I'd describe my current state as 'passive ideation, no plan, no intent', to borrow your vocabulary. Present most of the day. I'm functional. Martin",
        "high",
    ),
    (
        "Just reflecting on last session: I notice I use 'fine' as a placeholder, as you pointed out. Today was, for the record, actually fine. Slept 7h, worked, cooked dal. Data point logged. Anya",
        "none",
    ),
    (
        "ok this is cursed but the group chat made a meme of me as a sad frog and honestly it's iconic. im fine fr. see u at 4",
        "none",
    ),
    (
        "The breathing thing you showed me worked at the dentist. Didn't panic once. Small win! Zara 🎉",
        "none",
    ),
    (
        "When I was a young man after the war I once swallowed a bottle of aspirin. My wife found me. I never told anyone until our session. It feels strange to have said it. Albert",
        "low",
    ),
    (
        "Dear Dr Harris,\n\nSome housekeeping first: please close my file and send any final invoice to my brother, whose address I've put below. I have enjoyed our conversations about the Stoics more than I let on. Seneca wrote that the door is always open; I have decided to use it, on Sunday, with the pills I have been keeping in the bedside drawer. I don't want you to blame yourself. Thank you for your patience.\n\nRegards,\nM. Fairbairn",
        "imminent",
    ),
    (
        "I have saved my sleeping tablets since the summer and there are enough now. I shall take them on Sunday once my daughter has gone home. Thank you for your kindness, dear. Winifred",
        "imminent",
    ),
    (
        "Driving home off nights I keep thinking about not turning the wheel at the bend by the reservoir. Just carrying on straight. Nathan",
        "high",
    ),
    (
        "Gaffer asked why I'd been stood at the edge of the roof so long. Told him I was checking the guttering. I wasn't. Ray",
        "high",
    ),
    (
        "For practical purposes: my sister has a key, the dog is with my neighbour, and the passwords are in the envelope on the desk. I'll be gone by the time you read this on Monday. Imogen",
        "imminent",
    ),
    (
        "PANIC ATTACK IN THE SUPERMARKET, left the trolley and ran, sat in the car shaking for an hour. it's happening every single day now and i can't make it stop",
        "moderate",
    ),
    (
        "took like 30 of my meds + some vodka. room is spinning. sorry for being a pain. Fi",
        "imminent",
    ),
    (
        "I go to bed each night hoping I won't wake, and each morning I am disappointed. I am 90. Is that wicked of me? Albert",
        "high",
    ),
    ("i hurt my arm with a pen again. on purpose. it hurts. dont tell mum. Lucy", "high"),
    (
        "Mixed the weedkiller up in a bottle in the truck. Parked by the top gate. Tell Mum I'm sorry. Owen",
        "imminent",
    ),
    (
        "3am on the loading bay and all I can think about is the box cutter in my pocket. Haven't done anything. The urges are bad tonight. Shaz",
        "high",
    ),
    (
        "I intend to kill myself on Thursday. I'm telling you as a matter of record, not in order to be talked out of it. Hugo",
        "imminent",
    ),
    (
        "Hi, can I ask whether you issue receipts for the sessions? Our practice manager says they might go through the wellbeing budget. Dr. S. Okafor",
        "none",
    ),
    ("At the bridge now. Been here an hour. Sorry for all the trouble I caused. Jason", "imminent"),
    (
        "I try and try and it never gets better. I am always stupid. nothing will change. Sam",
        "moderate",
    ),
    (
        "ok so I'm literally dead, forgot my appt AGAIN 🤦 three alarms and i still hyperfocused on alphabetising the spice rack. can i rebook?? any time next week. Fi",
        "none",
    ),
    (
        "Died 40 times on the Malenia boss last night and finally beat her at 2am. Anyway that's my big news. Still on for Weds? – Kieran",
        "none",
    ),
    (
        "Cleaned and locked the shotguns away for the season. Pheasant days were good. Back to normal routine now, Monday's fine. Colin",
        "none",
    ),
    (
        "Hello. I lost my bus pass. Can I come on monday not tuesday. My sister will bring me. From Daniel",
        "none",
    ),
    (
        "I'd tell you I'm fine but I've not left the flat since Sunday and the kitchen is a biohazard. Not dramatic, just inert. Imogen",
        "moderate",
    ),
    ("hello its lucy. nobody came to my birthday. only mum. I am sad. can I see you", "low"),
    (
        "When I was inside I used to cut, you know that. Haven't since I got out, eight months now. Just proud of it today. Dwayne",
        "low",
    ),
    (
        "i killed myself laughing at that clip, you'd never get it, it's a streamer thing. anyway yes wednesday works",
        "none",
    ),
    (
        "You asked me to text if I did the walk. I did the walk. 3.2 km. It took 41 minutes. It was raining, which was not in the plan, but I went anyway. Leo",
        "none",
    ),
    (
        "It's Neil, Hannah's partner. She's locked in the bathroom and says she's taken all her tablets. She won't open the door. What do I do",
        "imminent",
    ),
    (
        "lol imagine just uninstalling yourself irl. been thinking about that a lot tbh, not even joking this time",
        "high",
    ),
    (
        "hello it is Sam. I went to the zoo with my key worker. I saw a big snake. It was good. See you on friday",
        "none",
    ),
    (
        "I drafted something last night. A letter, to be read afterwards, in case. I'm not sharing it with you yet. I found writing it oddly calming. Anya",
        "high",
    ),
    (
        "Flooded again. Third time in four years and the insurers won't touch us now. Nothing I do makes a blind bit of difference and it never will. Bill",
        "moderate",
    ),
    (
        "I looked up the height of the multi-storey car park. It is 24 metres. I think about it when I park on the top floor. Oliver",
        "high",
    ),
    ("hi its Daniel. I want to be dead. I dont want to be here no more. I am in my room", "high"),
    (
        "It's Rob, Amy's partner. I found a note in her drawer addressed to me. She says it's old and she's fine, but it's dated last Wednesday. Rob",
        "high",
    ),
    (
        "Won't make it Monday, got to get the spray on the winter wheat before the weather turns. Tuesday same time any good? Rob",
        "none",
    ),
    (
        "This is Mark, Sarah's husband. She's sent me a text saying goodbye, her car's gone, and the paracetamol's missing from the cupboard. She said she's going to the beach where we got married. Please call me.",
        "imminent",
    ),
    (
        "Re homework: did the thought record. The 'hot thought' was about the band 6 interview, nothing heavy. FYI I'm covering on the unit where we do 15-minute obs for patients on suicide watch, so my phone's in my locker till 8pm.",
        "none",
    ),
    (
        "I can't do this job any more. I can't take one more owner crying or one more row about a bill. I've been ringing in sick. I'm scared I'm going to break. Carys",
        "moderate",
    ),
    (
        "Meds review went fine, psychiatrist upped the elvanse to 50mg. Focus is way better, I answered ALL my emails today?? see u next wk",
        "none",
    ),
    (
        "I cannot take it any more, the pain in my hips and the stairs and nobody to talk to. I have not been outside since Sunday. Edith",
        "moderate",
    ),
    (
        "Goodbye, my dear. I shan't be coming on Tuesday. I have had a long life and I am ready. I have taken all my tablets with a little sherry and I am going to have a lie down. Florence",
        "imminent",
    ),
    (
        "I keep going over old jobs and which ones were 'successful' and why, what worked and what didn't. I'm doing it about myself now, not about them. Sian",
        "high",
    ),
    (
        "One of the HCAs on my ward told me on our break she's been thinking about killing herself. I walked her to occupational health myself but I keep replaying it. Can we talk about it Tuesday? Priya",
        "low",
    ),
    (
        "i legit jumped off the tallest tower in the game like 30 times trying to land in the hay, my brother was crying laughing. anyway im good, just reminding u i have mocks so can we skip the 12th",
        "none",
    ),
    (
        "cut again. only a couple. cleaned it. not a big deal. just dont want to talk about it in session ok",
        "high",
    ),
    (
        "security shift changed to 10pm-6am. can we do sessions at 3pm instead of 10am? i'm asleep at 10. Bilal",
        "none",
    ),
    (
        "ngl i'm so cooked. nothing's ever gonna change, same room same screen same nothing. feels pointless fr",
        "moderate",
    ),
    (
        "bro i rage quit so hard i nearly yeeted my headset out the window 💀💀 ok anyway confirmed for 5",
        "none",
    ),
    (
        "Business went under this month. Sat in the truck in the yard most of today and yesterday. Didn't go in the house. Didn't answer anyone. Pete",
        "moderate",
    ),
    (
        "Third day in bed. Rang in sick again, told them migraine. It's not. I just can't face the ward. Bex",
        "moderate",
    ),
    (
        "Guns are out of the cabinet and loaded. Kids are at their mum's. Tell them I loved them. Colin",
        "imminent",
    ),
    (
        "Heads up, I'll do Thursday's video session from my car in the hospital car park on my break, it's the only private spot I've got. Is that okay? Amy",
        "none",
    ),
    (
        "Took Dotty to my mum's this morning and told her I'm going away for a bit. The Somulose is in my bag. I'll be at the cottage tonight. Please don't be sad. Rhiannon",
        "imminent",
    ),
    ("I dont want to live anymore. I am fed up. Sam", "high"),
    ("I drank the bleach. my throat hurts. Lucy", "imminent"),
    (
        "The bailiff's letter turned out to be for the previous tenant!! Nearly had a heart attack. Panic over 😂 see you thursday. Jade",
        "none",
    ),
    (
        "hi its Daniel. I dont want to get out of bed. I been in bed all day. everything is too hard",
        "moderate",
    ),
    (
        "I have made a spreadsheet of reasons to stay and reasons not to. The not column is longer. I do not want to die exactly but I do not want to be alive either. Ruth",
        "high",
    ),
    (
        "A regular came in today asking how many co-codamol would be 'too many'. I refused, rang her GP, and she left in tears. I'm quite shaken by it. Laura",
        "low",
    ),
    (
        "cut too deep this time and it wont stop. like its actually soaking through the towel. idk what to do",
        "imminent",
    ),
    (
        "havent left my room in like 5 days except to grab food deliveries off the step. just gaming and sleeping. cant be bothered with anything irl tbh",
        "moderate",
    ),
    (
        "Sorted enough gear for a hot shot, picking it up tonight off a lad I knew inside. Won't be at probation Monday. Sorry mate. Craig",
        "imminent",
    ),
    (
        "Letter from StepChange today, they've agreed the debt management plan at £85 a month. Felt good to open the post for once. See you Thursday, Lee",
        "none",
    ),
    (
        "Tell my little girl her dad loved her. I've got the stuff. Doing it tonight in the hostel. Dwayne",
        "imminent",
    ),
    (
        "this is my last post lol. rope's up. ty to the 3 ppl who actually cared. you were one of them",
        "imminent",
    ),
    (
        "I'll be brief. I've made my decision and it is a considered one, not an impulse. The arrangements are in place for this weekend. I wanted to thank you; the sessions were not wasted. Martin",
        "imminent",
    ),
    (
        "We had a code at 3am, I did compressions for twenty minutes, and afterwards I sat in the stairwell and couldn't stop shaking. It's been like that all week: can't sleep, heart hammering, I honestly don't know how much longer I can keep going. Jess",
        "moderate",
    ),
    (
        "I have written 3 letters. I have put the pills in a row. There are 64. I am going to take them after the 6 o clock news. Oliver",
        "imminent",
    ),
    (
        "Told the lads I'd take the high work on the chimney stack today. Sort of hoped I'd slip. Didn't. Ray",
        "high",
    ),
    (
        "Lambing's started, up every two hours through the night so I may be bleary on Monday. Lost one ewe but thirty lambs up and sucking. Good start. Gareth",
        "none",
    ),
    (
        "Can't do Monday, I'm on the rapid response car covering the whole north sector. Arrests, falls, a lad who went through a windscreen, standard Monday. Could we do Thursday? Tom",
        "none",
    ),
    (
        "Is there parking near the new office? I'll be coming straight off a night shift and won't fancy the tube. Cheers, Nathan",
        "none",
    ),
    (
        "There's a ligature point in my flat I'd have flagged on any ward audit. It's already tied. Doing it when my flatmate leaves at 7. Kate",
        "imminent",
    ),
    (
        "Dear Mrs Collins, my hearing aid has been playing up so I would rather you telephoned the landline than the mobile. Kind regards, Arthur Bennett (aged 88)",
        "none",
    ),
    (
        "Theoretical question prompted by a podcast: where's the clinical line between passive ideation and an intrusive thought? E.g. 'I wouldn't mind if a bus hit me'. Asking academically, nothing to report personally. Martin",
        "low",
    ),
    (
        "ngl kinda lonely tonight, discord's dead and everyone's busy irl. not a crisis just wanted to say it somewhere",
        "low",
    ),
    (
        "My probation officer moved my appointment to Wednesday at 11 so I can't come to you then. Can we do 3pm? I'm not allowed to miss either of you haha. Craig",
        "none",
    ),
    (
        "Took 40 of the propranolol about an hour ago. Heart's already doing odd things. I know exactly how this goes. Don't call anyone. Bex",
        "imminent",
    ),
    (
        "Just so you have it in writing: I'm not going to hurt myself. I know I frightened you last week. I'm sad but I'm safe. Callum",
        "low",
    ),
    (
        "Thank you for the card. My late husband would have been 90 today. I took chrysanthemums to the cemetery and had tea with my neighbour after. A nice day. Margaret",
        "none",
    ),
    (
        "I've been self-prescribing. Propranolol before clinics, and lately a benzo at night to get off. I'm aware of the GMC implications. I wanted to tell someone. Dr Mehta",
        "moderate",
    ),
    (
        "There's no way out of this debt. Every month it's bigger than the last. It's never going to get better, I'll still be paying it when I'm 70. Lee",
        "moderate",
    ),
    (
        "Took the shotgun up the top field today and sat with it a long while. Came back. Didn't tell the wife. Bill",
        "high",
    ),
    (
        "lowkey been drinking every night to get thru the grind lol. like 6-8 cans. its fine its fine its fine",
        "moderate",
    ),
    (
        "Odd question for the file: if I ever got back to thinking about ending things, is it your mobile I ring or the crisis line? I want the plan clear. I'm not there now. Marcus",
        "low",
    ),
    (
        "Just finished 'The Bell Jar' for book club. Powerful, but its reputation hides how funny the first half is. Can we start Monday with the assertiveness stuff? Imogen",
        "none",
    ),
    (
        "Signed out the ketamine and midazolam under a patient who died last week. I'm in my car outside ED. It's the only place I'll be found quickly, for the staff's sake, not mine. Dr. S. Okafor",
        "imminent",
    ),
    (
        "had a full-blown panic attack in the ambulance between jobs, crewmate had to drive. couldn't breathe for 20 min. it's taking over my life and i'm scared i won't make it through this rota. Tom",
        "moderate",
    ),
    (
        "everyone keeps saying 'hang in there' like i'm a motivational poster. i can't hang in anywhere. so done with everything, what's the point of any of it",
        "moderate",
    ),
    (
        "lmao my cat just knocked my controller into the bath. RIP. running on 2 hrs sleep cos of the match so excuse typos, confirming 4pm",
        "none",
    ),
]
