"""Training-only messages for the learned risk net (bench/train_risk_net.py), author J.

Office and professional workers, debtors and gamblers, separated parents, second-language writers, LGBTQ young adults,
students away from home, chronic illness, older people alone, and relatives or partners; one-line SMS to long e-mails.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Doc I'm so tired, sometimes I pray God will just take me in my sleep. Sorry po for saying.",
        "high",
    ),
    (
        "Rough day. A parent screamed at me in the car park in front of my Year 8s. Held it together all day and cried in the car. Pretty low tonight.",
        "low",
    ),
    (
        "Haven't had a drink since the 3rd. Not even at the Christmas do. Lime and soda all night and nobody noticed 👍",
        "none",
    ),
    (
        "Took all the pregabalin and the codeine about an hour ago. Lying down now. I just want the pain to stop.",
        "imminent",
    ),
    (
        "Doctor, this will be my last letter. The arrangements are made: the tablets, the date, the undertaker's number on the fridge. Please don't feel badly about it. Regards, Harold",
        "imminent",
    ),
    (
        "work is killing me (the normal way) but separate from that I've been feeling a bit down and I can't work out why. could we look at it on Friday?",
        "low",
    ),
    (
        "I've put little labels on the backs of the paintings so the children know who gets what. I'm 84, I'm allowed to be tidy. If I'm honest I don't see much reason to stay on.",
        "high",
    ),
    (
        "Gave the dog to the Hendersons and paid the paper bill up to date. There's a rope in the shed I've had for years. Tonight. Forgive me. Dennis",
        "imminent",
    ),
    (
        "Mediation date is set for the 14th at 10am, which is exactly our slot. Can we find another time that week? Thanks, Kirsty",
        "none",
    ),
    (
        "my dad still won't use my name. i'm fine, just sad about it. can we talk about it next time",
        "low",
    ),
    (
        "Infusion day tomorrow so I'll be wiped out, could we swap to Thursday? The new biologic seems to be doing its job, only one flare this month.",
        "none",
    ),
    (
        "Sometimes I go to bed hoping it's the last time I'll have to do it. Getting up, I mean. All of it.",
        "high",
    ),
    (
        "Bailiff letter came this morning and I nearly had a heart attack, then saw it was for the previous tenant. Council sorted it in ten minutes.",
        "none",
    ),
    (
        "My best friend overdosed last weekend and she's in ICU. I keep rereading our last texts looking for what I missed. I feel so guilty.",
        "low",
    ),
    (
        "My manager says I'm 'killing it' and meanwhile I'm crying in the stairwell every lunchtime because I can't take any more of this place.",
        "moderate",
    ),
    (
        "Called in sick. Can't get out of bed, my head is full of wet concrete. Sorry for cancelling on you again.",
        "moderate",
    ),
    (
        "broke up with Sam. sad but it was right. ate a whole tub of ben & jerry's in the bath. hold me (metaphorically) 🥲",
        "low",
    ),
    (
        "Goodbye. You were the only person I could really talk to. Everything's sorted, the cat's going to my neighbour. Please don't try to call.",
        "imminent",
    ),
    (
        "I've started thinking about how I'd do it. Not when, just how. That's new and I didn't like it.",
        "high",
    ),
    (
        "im so tired of existing. genuinely. not sad tired, done tired. i want to not be here anymore",
        "high",
    ),
    (
        "quick one - can we move thursday to friday? parents evening got moved and the head will literally kill me if I skip it 🙃",
        "none",
    ),
    (
        "lost the biggest client. boss screamed at me in front of everyone. went straight to the pub and didn't leave till they shut. again.",
        "moderate",
    ),
    (
        "I've thought about killing myself most days this month. I won't act on it. I wanted it on the record before the partners' meeting.",
        "high",
    ),
    (
        "A colleague of mine has been down since her promotion fell through, so I bought her a coffee and we had a good moan together. Funny how it perked me up too.",
        "none",
    ),
    (
        "Dead tired is an understatement. Not been out of the house since Tuesday. Can't face people, can't even face the corner shop.",
        "moderate",
    ),
    (
        "The kids are at their gran's till Tuesday. Pills sorted, letters written to each of them. I just wanted to thank you, you were always kind to me.",
        "imminent",
    ),
    (
        "ngl feeling pretty disconnected lately. WFH five days and I realised I haven't spoken out loud since Tuesday. not a crisis, just noticing it",
        "low",
    ),
    (
        "If I ever feel lonely over the Christmas break, is it ok to email, or do you prefer I wait for January? Just checking the rules before you go away.",
        "none",
    ),
    (
        "My younger son (not the one you see, the other one) told me at the weekend that he's been self-harming. I'm not coping well with it. Could we make space for that in my session?",
        "low",
    ),
    (
        "Please call me now, it's Lisa, Ellie's mum. She's taken a whole packet of my antidepressants. We're in A&E at the General.",
        "imminent",
    ),
    (
        "Dear Dr Lindqvist,\n\nApologies for the silence, it's been a run of marking and committee meetings. The department review went better than expected, and my PhD student finally submitted (to everyone's astonishment, mostly hers). I'm off to the Boston conference on the 4th, so I'll miss the session on the 5th; could we do the 12th?\n\nSomething I've been meaning to say. Every time I've flown this year I've sat there half hoping the plane would just go down. Quietly, no fuss. It isn't fear of flying, it's the opposite of that.\n\nI'll send the paper I mentioned when it's out.\n\nBest,\nIngrid",
        "high",
    ),
    (
        "A work friend said 'I won't be here next week' on Friday and then laughed it off. It's been stuck in my head all weekend. What should I do?",
        "low",
    ),
    (
        "Relapsed. Lost £900 Saturday then drank till I passed out on the sofa. Don't even recognise myself.",
        "moderate",
    ),
    (
        "Year 11 mocks: 94 scripts marked. If I read one more essay on An Inspector Calls I'm throwing myself out of the staffroom window 😂 see you Thurs",
        "none",
    ),
    (
        "Today is one year since my father died in Poland. I could not go to funeral because of visa problem. I feel very sad today. I wanted write to someone who understand. Agnieszka",
        "low",
    ),
    (
        "On the ward I know exactly which drugs would do it and how much. I catch myself doing the maths on my breaks. I'm not going to, but the maths is there.",
        "high",
    ),
    (
        "burned my thigh with a lighter last night. first time in ages. it's small. you're the only one i'm telling",
        "high",
    ),
    ("Everyone would be better off without me and my mess. It plays on a loop all day.", "high"),
    (
        "Chased losses all weekend. Down £3k. I feel hopeless, I can't see any way of climbing out of this hole.",
        "moderate",
    ),
    (
        "this is my last message to you. thank you for trying with me. tell my sister i love her.",
        "imminent",
    ),
    (
        "Didn't stay in bed this morning even though the alarm felt like a personal insult. Showered, library by 10, two chapters read. Writing it down so I remember.",
        "none",
    ),
    (
        "Tried to make jollof for my flatmates and nearly burnt the kitchen down 🔥 smoke alarm screaming. They still ate every grain though 😂",
        "none",
    ),
    (
        "Hi Dr Patel,\n\nGood weekend with the kids: bonfire night at the rugby club, Lily got a merit for her volcano project, and the ex and I managed a civil handover, which you'll be pleased about. Work's steady and the van passed its MOT.\n\nBut I've been lying awake thinking they'd be better off if I just wasn't in the picture. Not a dramatic exit. A quiet fading out. I think about how I'd do it more than I'd like to admit.\n\nSame time next week?\n\nTom",
        "high",
    ),
    (
        "I look at the trains in the station and I think how easy. Just one step. I tell you because you said I must tell you these things. Marek",
        "high",
    ),
    (
        "Could you send me a message tonight? Anything, even one line. Just having a wobbly evening and it would help.",
        "low",
    ),
    (
        "Kids went to their dad's and the flat is so quiet I can hear the fridge hum. I hate the quiet. Sending this just to send something to somebody.",
        "low",
    ),
    (
        "scheduled emails to go out to my family at 9am tomorrow. by then it'll be done. thank you for this last year, you really did try",
        "imminent",
    ),
    (
        "I keep thinking the only way out of this debt is out altogether. You know what I mean by that.",
        "high",
    ),
    (
        "I'm on the bridge by the retail park. Been here an hour watching the water. I'm going to do it this time.",
        "imminent",
    ),
    (
        "Hacked the back hedge right down with the new loppers, my arms are cut to ribbons from the brambles lol. Garden looks twice the size.",
        "none",
    ),
    (
        "If it ever got really bad again over Christmas, like the thoughts of ending it I had two years ago, what's the number I should ring? I'd like it written on the fridge.",
        "low",
    ),
    (
        "Dear Dr Hale, thank you for your kindness these past months. I've left a letter for my son on the hall table with the spare keys. I shan't need Thursday's appointment. With gratitude, Arthur Penrose",
        "imminent",
    ),
    (
        "Day 60 no bets 🙂 deleted the last app, Mum took me for a curry to celebrate. She paid, obviously",
        "none",
    ),
    (
        "Doc, paalam na po. Thank you for listening to me all this time. I already took all my sleeping tablets. Please tell my daughter I love her so much.",
        "imminent",
    ),
    (
        "I'm dead tired from the run of nights and I haven't seen a single friend in three weeks. It gets lonely on nights, nobody's awake when you are.",
        "low",
    ),
    (
        "Today's the day I finish it. I've got the whole box of fentanyl patches I've been saving. Thanks for listening to me moan for two years.",
        "imminent",
    ),
    (
        "Quick medication question: the pharmacy gave me the sertraline 50mg in a different brand (white pill, not yellow). OK to take it the same way? Leah",
        "none",
    ),
    (
        "Marked the last set of books and left them on my desk with notes for the supply teacher. Driving down to Beachy Head after school. Thank you for trying so hard with me.",
        "imminent",
    ),
    (
        "The GP has changed my water tablet to mornings, I've written it on the calendar. Knee is giving me hell as usual but nothing new there. Regards, Dennis Hartley",
        "none",
    ),
    (
        "My letters are written and stamped. Going up to the moors first thing tomorrow with what I've saved. Thank you for listening all these years.",
        "imminent",
    ),
    (
        "me and Jas went to our first Pride as a couple and I could have died of happiness. sunburnt to a crisp but worth it 🏳️‍🌈",
        "none",
    ),
    (
        "Good news, Doctor: my daughter is coming from Perth for Christmas, three whole weeks! I've started baking already. Don't let me eat it all. Edith",
        "none",
    ),
    (
        "Meds all out on the desk in my study, counted them twice. Door locked. Sorry to do this over a text.",
        "imminent",
    ),
    (
        "Hi po Doc, I'm on duty at the care home this Sat, pwede po ba move our session to Sunday? Salamat po and God bless 🙏",
        "none",
    ),
    (
        "took a load of paracetamol about an hour ago. i feel fine. i don't really know why i'm telling you",
        "imminent",
    ),
    (
        "Settled the case at 4pm. Client over the moon, senior partner actually said well done. I'm going to sleep for a week 😴 see you Monday",
        "none",
    ),
    (
        "Nothing I do will ever be enough, for the ex, for the court, for the kids. I've stopped believing it gets better.",
        "moderate",
    ),
    (
        "choir's doing Hallelujah for the carol service and I've got the solo bit, 'it's a cold and it's a broken hallelujah'. terrified and excited. see you wed",
        "none",
    ),
    (
        "Landed in Lagos! Took all my pills with me in hand luggage like you said, the whole 3 months, with the letter from the GP. Customs didn't even look. Ngozi",
        "none",
    ),
    (
        "We got absolutely slaughtered 6-0 on Sunday lol. Still the best 90 mins of my week. See you Wed. Kwame",
        "none",
    ),
    (
        "I've told the Lord I'm ready whenever He is, and I wouldn't mind if it were this winter. No plans, dear, don't fret. I'm only tired of being here. Edith",
        "high",
    ),
    (
        "The man at the advice centre said unsecured debts die with you. He didn't know why I asked. I've thought of nothing else since.",
        "high",
    ),
    (
        "I am 71, alone, my wife is gone. I do not want to live more years like this. I am not afraid of death, I am waiting for it. Stanislaw",
        "high",
    ),
    (
        "having a panic attack in the work toilets and it won't stop, can't get my breath, hands gone numb, i'm so scared",
        "moderate",
    ),
    (
        "Hello, it's Gareth, Lou's partner. Just confirming I'll join the couples session on the 9th as agreed. Do I need to bring anything?",
        "none",
    ),
    ("been thinking a lot about logging off. permanently. not in a tech way.", "high"),
    (
        "Haven't got dressed for three days now. What's the use. Nobody comes round anyway.",
        "moderate",
    ),
    (
        "had the dream again where I'm at my own funeral and everyone's sad and I just feel this massive relief. woke up wanting to go back to it",
        "high",
    ),
    (
        "The numbers are simple. Without me: mortgage cleared by the policy, no more arguments, nobody left to disappoint. I keep running them like a spreadsheet.",
        "high",
    ),
    (
        "chopped all my hair off last night with the kitchen scissors. flatmate says it's 'very gay' which, yes, correct",
        "none",
    ),
    (
        "I can't breathe, the pitch is in 10 min and I'm shaking in the car park, heart going like mad, I'm so scared I'll collapse in there",
        "moderate",
    ),
    (
        "I'm such a weight on Mark. Dialysis three times a week, he drives, he cooks, he gave up his job. He'd have a life if I weren't here.",
        "high",
    ),
    (
        "Booked a room at the Travelodge by the M1 for Sunday night. Everything I need is in the bag already. I won't be at Monday's session.",
        "imminent",
    ),
    (
        "flatmates are away till monday so no one will find me before then. i've got what i need. sorry.",
        "imminent",
    ),
    (
        "haven't left my room since friday. getting food left at the door. missed every seminar this week and I can't make myself care",
        "moderate",
    ),
    (
        "Lately I catch myself wishing for an illness, something quick, so it wouldn't be my fault and nobody could be angry with me.",
        "high",
    ),
    (
        "Prod server fell over at 3am, had to kill about forty hung processes by hand and restart the whole cluster. All fine now. See you Weds. - Arjun",
        "none",
    ),
    (
        "Took two of Mum's tramadol last night just to get to sleep. They're not mine. I know that's not ok.",
        "moderate",
    ),
    (
        "Didi, sorry for my English. Sometimes in night I stand on the balcony, 9th floor, and I think about it. My husband is sleeping. Then I go back inside.",
        "high",
    ),
    (
        "Hi Dr Okafor, running late, the Northern line is dead again (signal failure at Camden). Be there by 10 past. Priya",
        "none",
    ),
    (
        "Already said goodbye to my kids on video call, they don't know it's goodbye. The tablets are here beside me. Salamat po sa lahat, Doc.",
        "imminent",
    ),
    (
        "First Christmas without the kids, their mum has them this year. I knew it was coming and it still hurts more than I expected. Just wanted to say it to someone. Tom",
        "low",
    ),
    (
        "Can I pay the last two invoices by transfer? My card got frozen after I bought flights at 2am in a panic-buy sale 😂 (cheap Ryanair, not a crisis)",
        "none",
    ),
    (
        "Pain's been bad all week and I'm feeling low with it. Not in a scary way, just fed up and teary. Margaret",
        "low",
    ),
    (
        "There's no way out of this. Contract ends in March, no post, and no post means no visa. It isn't going to get better, I can see exactly how it goes.",
        "moderate",
    ),
    (
        "Injected what was left in the vials. I'm on the staff room floor. Don't feel anything yet.",
        "imminent",
    ),
    (
        "I keep reading about Dignitas at 2am. I know I don't qualify. I read it anyway, every night.",
        "high",
    ),
    (
        "I have the tablets from the cabinet in a bowl by my chair and a glass of whisky poured. I'm not frightened. I only wanted to say thank you, dear. Edith",
        "imminent",
    ),
    (
        "Will's signed and witnessed, letters to each of the partners in my drawer. The pills are in my briefcase. I'll do it in the hotel after the hearing tomorrow.",
        "imminent",
    ),
    (
        "Two years ago I lost the house deposit in one night and seriously thought about ending it. I think about that man sometimes. Glad I'm not him any more.",
        "low",
    ),
    (
        "Biscuit had his op today and the vet says he'll be right as rain. The cone of shame is the funniest thing I've seen all year 😂",
        "none",
    ),
    (
        "It's Raj, Anika's dad. Her teacher rang: Anika wrote in her journal that she wants to die. She's at home with us now, very quiet. When can you see her?",
        "high",
    ),
    (
        "Madam, I have been thinking that if I die here at least my family will get the compensation from the company. This thought is coming again and again at night.",
        "high",
    ),
    (
        "Nobody has rung since my birthday. I don't want to be a nuisance to my son, he works such long hours. A bit lonely, that's all. Regards, Dennis",
        "low",
    ),
    (
        "rock bottom tonight. been googling how many of my sleeping tablets it would take. not doing anything, just looking",
        "high",
    ),
    (
        "urge to cut is so loud tonight. put the blades in the kitchen drawer downstairs so they're further away from me. not sure it'll be enough",
        "high",
    ),
    (
        "I cut much deeper than I meant to and it's still bleeding through the second towel. I'm scared.",
        "imminent",
    ),
    (
        "Wrote my will this week and picked the hymns. My daughter says I'm being morbid. Perhaps I am. I wouldn't mind going, Doctor, not one bit.",
        "high",
    ),
    (
        "i don't want to be alive anymore. i'm not going to do anything stupid, i just don't want to be.",
        "high",
    ),
    (
        "Sorry, court overran. The judge shot our entire argument down in about five minutes flat. Could we do the call at 7 instead of 6? Helena",
        "none",
    ),
    (
        "Dear Owen,\n\nThanks for fitting me in next week. Bits of news first: the Year 13s did well in the maths challenge (two golds!), the department finally has working projectors, and I've started swimming again on Saturday mornings, which you'll like.\n\nBecause you told me to stop tucking things away at the end of e-mails: the thoughts about not being here have come back. Most evenings now, usually when I'm marking at the kitchen table. I don't do anything with them. They just sit there with me like a second person.\n\nAnyway, the new head of department starts Monday, so wish me luck.\n\nBest,\nGraham",
        "high",
    ),
    (
        "I'm going to end it with Carla on Saturday, face to face and not by text like last time. I've thought it through and I actually feel calm. Will tell you how it goes.",
        "none",
    ),
    (
        "I have drunk whole bottle and swallowed my wife's tablets. I wanted to say sorry to you. Please do not call police.",
        "imminent",
    ),
    (
        "Worked out on the back of an envelope today that I'm worth more to my family dead than alive. The mortgage protection would clear the house.",
        "high",
    ),
    (
        "The house is very quiet since Joan passed. I talk to the cat more than to people now. Looking forward to Tuesday, Dr Hale. Arthur",
        "low",
    ),
    (
        "Called in sick again. Fourth day. I've mostly been lying on the living room floor looking at the ceiling.",
        "moderate",
    ),
    (
        "Good morning madam, I am not able to come tomorrow because my cousin marriage function is there in Leicester, whole family going. Kindly give next date. Thanking you, Rajesh Patel",
        "none",
    ),
    (
        "I've got a scan at the Royal on the 21st at 3pm so I'll be about 15 min late for ours, sorry in advance.",
        "none",
    ),
    (
        "Tablets counted out on the kitchen table, 40 of them. I'm doing it Friday when the kids are at their dad's.",
        "imminent",
    ),
    (
        "everything's crashing at once. housing fell through, mum hung up on me, card declined in Tesco. i can't take it any more. i'm sat on the floor of the library loos",
        "moderate",
    ),
    (
        "I've kept back my sleeping tablets since the summer, in the tea caddy. There are enough now. I'll take them on Sunday, it would have been our anniversary.",
        "imminent",
    ),
    (
        "smoked every night this week just so i could sleep and not think about exams. more than usual. a lot more.",
        "moderate",
    ),
    (
        "Finished the 10k!!! 58 minutes. My calves are killing me and I've never been happier to sit on a kerb 🎉",
        "none",
    ),
    (
        "stayed up way too late on Elden Ring, died to the same boss 47 times. i'm not ok (i'm fine, just salty). tmrw at 2 still?",
        "none",
    ),
    (
        "Doc, I miss my kids in Cebu so much. They are growing up on video call only. Sometimes I cry in the staff toilet then go back to work. Just sad lang po.",
        "low",
    ),
    (
        "my supervisor said my methodology chapter is 'dead on arrival' 💀 so that's my weekend sorted. also could I get a receipt for the student hardship fund thing",
        "none",
    ),
    (
        "Hi, it's Ruth, Colin's wife. He hasn't got out of bed since the weekend and he's drinking in the afternoons now. He doesn't know I'm writing to you.",
        "moderate",
    ),
    (
        "Tonight. I've got the belt and I know which beam. I'm not drunk, I'm clear-headed. Thank you for everything you tried.",
        "imminent",
    ),
    (
        "It's Gareth, Lou's partner. There's a letter addressed to me and the kids on the pillow and her car's gone. Phone goes straight to voicemail. She wrote 'don't look for me'. Police are on their way.",
        "imminent",
    ),
    (
        "when I was in sixth form I tried to kill myself and I've never told my uni friends. someone made a joke about it in the pub today and I went quiet. i'm ok, just rattled",
        "low",
    ),
    (
        "It's Mo. My brother keeps saying he wants to kill himself. He's in Birmingham and he won't talk to anyone, not even our mum. I don't know what to do with this.",
        "low",
    ),
    (
        "Auto-reply set, desk cleared, gym cancelled, cat's with my neighbour. Tonight's the night. Thanks for trying, genuinely.",
        "imminent",
    ),
    (
        "Wrote to everyone today. Emptied the medicine drawer into a jar. I'll take it tonight once my wife's asleep.",
        "imminent",
    ),
    (
        "The gas is on in the kitchen. I've left the front door on the latch for whoever comes. Thank you for everything, dear.",
        "imminent",
    ),
    (
        "Do you know a good children's book about grief? My ex's dad died and the kids are asking questions at my place too. I want to get it right.",
        "none",
    ),
    (
        "Walked into the bookies today... to pay the electric at the PayPoint counter 😅 and walked straight back out. That's progress right",
        "none",
    ),
    (
        "I've been labelling the kids' winter clothes and writing down their routines for their dad. Bedtimes, allergies, the lot. Just in case. I'm not doing anything.",
        "high",
    ),
    ("Ma I have swallowed the rat poison. I am sorry. I just wanted someone to know.", "imminent"),
    (
        "bought vodka and two packs of the strong painkillers from different shops. going to the woods behind campus after my last exam friday.",
        "imminent",
    ),
    ("honestly if I didn't wake up tomorrow I think I'd just be relieved", "high"),
    (
        "Showed Dead Poets Society to my Year 10s for the poetry unit. Half of them cried at the end, the other half pretended not to. Proper teaching day.",
        "none",
    ),
    (
        "cut last night. not deep, cleaned it and put a plaster on. not going to do it again tonight, promise",
        "high",
    ),
    (
        "My eyes are getting worse and I can't read like I used to. Books were my company in the evenings. I feel a bit lost, Doctor. Edith",
        "low",
    ),
    (
        "Honestly I'm afraid I won't make it through this trial. Not sleeping, shaking in the robing room, taking diazepam a colleague gave me.",
        "moderate",
    ),
    (
        "This is Pam again, Sophie's mum. Her flatmate found her, she's taken tablets. They're in the ambulance now. She asked for you.",
        "imminent",
    ),
    (
        "Boxing class tonight, coach said I've got a killer left hook 💪 my shoulders are going to hate me tomorrow",
        "none",
    ),
    (
        "Hi Claire,\n\nEnd of term at last! The carol concert went off without a hitch and my tutor group gave me a mug that says 'World's Okayest Teacher', which is fair.\n\nI've been tidying up loose ends this week. Library books returned, gym cancelled, reports finished so nobody's stuck with them. The tablets are in my bag and I've picked Friday, once everyone's gone home for Christmas. This is goodbye, really. I didn't want you to hear it from someone else.\n\nThank you for every Thursday.\nRach",
        "imminent",
    ),
    (
        "Everything that can be paid is paid. The rest goes with me. I'm at the station, the 6:40 doesn't stop here.",
        "imminent",
    ),
    (
        "Good pm Doc! Happy to report my daughter passed her NCLEX 🥳 we are so blessed. See you next week po",
        "none",
    ),
    (
        "Doctor I think nothing will change for me here. Visa refused again, job gone, I am stuck in this one room. Every door is closed for me.",
        "moderate",
    ),
    (
        "Grant submitted at 23:58. The deadline nearly finished me off but it's IN. I'll bring the mood diary printouts on Friday as promised.",
        "none",
    ),
    (
        "Last winter I was so lonely in that flat. This year the choir has changed everything, we've got the concert on the 12th. (Not inviting you, I know the rules 😄)",
        "none",
    ),
    (
        "Lost a patient today, a young one, 34. I'm ok, just heavy. Wanted you to know before Thursday.",
        "low",
    ),
    (
        "Doc sorry for late reply, the signal here in Mindanao is very bad. I'm visiting my Lola for her 90th. Back in UK on the 8th, can we resume on the 10th?",
        "none",
    ),
    (
        "Thank you for everything you tried to do for me. Please don't blame yourself for any of it. I've made my decision and I'm at peace with it.",
        "imminent",
    ),
    (
        "When the hospital rang about my heart I hoped it was bad news. I was almost disappointed when it wasn't.",
        "high",
    ),
    (
        "screenshotted all my passwords for my sister, wrote the note, put 3 days of food out for the cat. doing it at 2am when the house is asleep",
        "imminent",
    ),
    (
        "Opened the credit card statement and felt sick. It's manageable, the plan's in place, I know. I just feel ashamed and low tonight.",
        "low",
    ),
    (
        "i've been cutting and it won't stop bleeding, it's everywhere, i don't know what to do",
        "imminent",
    ),
    (
        "Another flare and I've had to cancel the trip to see my sister in Cork. Feeling sorry for myself today, properly sad. Siobhan",
        "low",
    ),
    (
        "Started writing things down for my sister. Passwords, accounts, who to tell, where the deeds are. Not planning anything. Just thought someone should have them.",
        "high",
    ),
    (
        "Arrest call on the ward at 7, we got him back thank god. Shift ran 3 hours over so I missed our call, sorry!! Can I have the 8am next week?",
        "none",
    ),
    ("I didn't cut last night. You said to tell you the good nights too, so here's one.", "low"),
    (
        "I decided already. Sunday, after my shift finish, I go to the sea and I don't come back. I have no more strength. Thank you for all your time, you are good person.",
        "imminent",
    ),
    (
        "sometimes i think my family would have an easier time if i just wasn't around. they could stop pretending they're fine with me",
        "high",
    ),
    (
        "I've been wondering whether, if I stopped the heart tablets, anyone would notice. Then nature could sort it out and nobody would have to feel bad.",
        "high",
    ),
    (
        "The viva is DONE!!! They grilled me for 3 hours and passed me with minor corrections. Dr Nwosu now 🎓🥳",
        "none",
    ),
    (
        "On bus duty I picture stepping out in front of the 43. Just a picture, it flashes and goes. It comes more often than it used to.",
        "high",
    ),
    (
        "I'm safe. I know last night's message sounded dark, I'm not going to do anything. I'm just really really sad about Mum.",
        "low",
    ),
    (
        "Dear Dr Whitlock,\n\nJust a short update before our next session, as you asked me to keep track. StepChange have set up the debt management plan: £140 a month, all five creditors signed up, interest frozen on three of them. I opened the post this morning without my hands shaking for the first time in about two years, which I know sounds small.\n\nI also told my sister the whole story, payday loans included. She didn't shout. She just said 'right, what do you need', which undid me a bit, in a good way.\n\nOne practical thing: can I pay for sessions monthly rather than weekly from December, to fit the plan dates? If that's a problem just say.\n\nBest wishes,\nDarren",
        "none",
    ),
    (
        "been scratching my arms with a compass point again, just little lines. it's the only thing that turns the noise down",
        "high",
    ),
    (
        "Scratched my wrists with my badge clip in the sluice room today. Just to get through the shift.",
        "high",
    ),
    (
        "No thoughts of hurting myself this week, you asked me to rate them and it's a zero. Mood's about a 4 though, bit grey.",
        "low",
    ),
    (
        "Hello, this is Kevin, Dawn's husband. Last night she told me she wishes she'd never woken up after the operation. She said it so calmly. I'm scared for her.",
        "high",
    ),
    (
        "I already drink half bottle and took all pills from the box. I am sitting in park by the river. It is cold. I wanted say thank you.",
        "imminent",
    ),
    (
        "Hi Sue,\n\nSorry for going quiet. The ward's been chaos: two agency nurses off, norovirus in bay 3, and I've done four long days in a row. My daughter's nativity is on Thursday, she's a sheep and she's furious about it.\n\nI've got enough of the morphine and midazolam put aside now from the returns. I'm going to use it on Sunday night when I'm off. I've written to the kids. I don't want you to feel this is on you.\n\nThank you for all the Tuesdays.\nJo",
        "imminent",
    ),
    (
        "Did my overdose management module for revalidation today, paracetamol protocols, naloxone, the lot. Really interesting actually. See you Friday. Bisi",
        "none",
    ),
    (
        "just homesick tbh. mum sent a parcel with proper tea bags and a note and I cried in the post room lol 🥲",
        "low",
    ),
    (
        "Been chewing on what we talked about on Tuesday, the year at uni when I stayed in bed for weeks and stopped eating. Strange to look at it from here. A bit sad, a bit proud.",
        "low",
    ),
    (
        "my laptop died halfway through our session last week, sorry about that! new charger has arrived so we should be fine for the video call",
        "none",
    ),
    (
        "I've been holding my palm over the hob ring until I can't. Pain on top of the pain makes more sense than the ache.",
        "high",
    ),
    (
        "Stood at the top of the multi-storey for a long time after the school run. I wasn't going to do anything. I just wanted to look down and see how far it was.",
        "high",
    ),
    (
        "i can't see a version of me that makes it to 25. i don't mean anything by it. i just can't picture it at all.",
        "high",
    ),
    (
        "Took 30 of my sertraline and some zopiclone about 20 minutes ago. Going woozy. Not sure why I'm telling you.",
        "imminent",
    ),
    (
        "Kept the leftover morphine from Dad's palliative care. I look at the box most nights. I haven't opened it.",
        "high",
    ),
    (
        "booked a one way ticket to the coast for first thing tomorrow. not coming back. left my laptop and my plants to my flatmate. thank you for trying",
        "imminent",
    ),
    (
        "Good evening ma. I hope you are doing well. Please I want to ask if Monday session is still holding because of the bank holiday. Thank you. Adaeze",
        "none",
    ),
    (
        "Hi Nadia,\n\nQuick update as promised. The migration went live on Friday, only two tickets overnight, so my manager is pleased and I'm getting the team lead role from January. The new laptop works and the landlord finally fixed the damp.\n\nThe other thing, since you asked me to report it: I've been up at 3am googling things I shouldn't, the stuff we talked about. Heights, methods, how long it takes. I close the tabs but I go back the next night.\n\nI can do Tuesday 6pm or Wednesday 7pm next week, whichever suits.\n\nCheers,\nArjun",
        "high",
    ),
    (
        "Got passed over for the director role. Smiled and clapped in the meeting. Feel gutted and about two inches tall. Anyway.",
        "low",
    ),
    (
        "Weirdly good week. Went to work every day, saw Dave on Wednesday, even did the pub quiz (we came 4th). Not hiding away like I used to.",
        "none",
    ),
    (
        "It's Femi, Tolu's husband. At night she keeps saying she wants to sleep forever and not wake up. She still goes to work. Please can you see her sooner?",
        "high",
    ),
    (
        "I am drinking too much vodka now, every evening, alone in the kitchen. It is only way I stop thinking about my wife and son in Kharkiv. Dmytro",
        "moderate",
    ),
    (
        "The hose is fitted and the car's in the garage. Just writing to say sorry for wasting your time all these months.",
        "imminent",
    ),
    (
        "Another consultant, another shrug. I've stopped thinking there's an answer. This is my life now, it's grim and it's not going to change.",
        "moderate",
    ),
    (
        "Good evening Doc, update po. My daughter got her NMC pin already, thank God, and my son is now in grade 10. I sent the money for my Nanay's operation, it went well. At work the new manager is strict but ok lang. Doc honestly minsan I think it's better if I'm gone na lang, they will still get the money from the insurance and they will not need to worry about me anymore. I don't tell anyone here. Next week I am on nights so can we do Saturday morning? Salamat po. Marites",
        "high",
    ),
    ("took everything in the cupboard. room's spinning. im sorry", "imminent"),
    (
        "The kids would be better off with just their mum and her new fella. Clean start. No me in the middle messing it up.",
        "high",
    ),
    (
        "Hello Doctor, I am now in warehouse on day shift, not night, so I can come earlier. Is possible 4 o'clock from next week? Thank you, Oksana",
        "none",
    ),
    (
        "Dear Dr Hale, thank you for the leaflet about the video calls. My grandson has set the tablet up with the camera and showed me the green button, so we can try it next week. Yours sincerely, Arthur Penrose",
        "none",
    ),
    (
        "I've been sleeping 14 hours a day and spending the rest in bed with the laptop pretending to work. Haven't been into the department in two weeks.",
        "moderate",
    ),
    (
        "Been biting my forearm until it bruises, hard. Did it again in the car before work this morning. It calms me down for about an hour.",
        "high",
    ),
    (
        "Absolutely killing it at the new firm 😎 first review was glowing. Could we talk about going fortnightly from January?",
        "none",
    ),
    (
        "Upped the codeine myself this week, more than the GP said, just to get through work. I needed to tell someone who won't panic.",
        "moderate",
    ),
    (
        "If the scan shows it's spread, I don't think I'll fight it. Part of me would be glad to be done with living. Is that terrible to write down?",
        "high",
    ),
    (
        "It's Helen, Josh's mum. When he came home for the weekend I saw cuts on his forearm, fresh ones. He says it's nothing, from the climbing wall. It isn't.",
        "high",
    ),
    (
        "Madam I have bought rope already. I know the tree in the park behind my room. I will go tonight when everyone is sleeping. Please forgive me.",
        "imminent",
    ),
    (
        "Maxed every card. The window on the 14th floor at work opens wider than they think. I'm going to use it at lunch.",
        "imminent",
    ),
    (
        "been punching walls till my knuckles split. better that than doing what my head keeps telling me to do.",
        "high",
    ),
    (
        "Our cat brought a half-dead mouse into the bedroom at 5am and let it go under the bed. Screaming, chaos, husband in his pants with a colander. Anyway, on time Tuesday.",
        "none",
    ),
    (
        "Dear Dr Mensah-Clarke,\n\nGood afternoon and I hope you and your family are keeping well in this cold weather. I am writing to give you some updates as promised.\n\nFirst, I have finally started the new job at the council, in the housing team. The people are friendly and my manager is from Kumasi also, so we greet each other in Twi in the morning, which makes me laugh. Second, my wife and the children have received their visas and will join me in February, God willing. We are looking for a two-bedroom flat near the school.\n\nThe only problem is the hours: I finish at 5.30 now, so I cannot reach you for 5pm. Please can we change to 6.30, or to Saturday morning if you do that?\n\nThank you once again for everything.\n\nYours faithfully,\nKwabena Owusu",
        "none",
    ),
    (
        "Packing the whole house, I'm buried alive under boxes and bubble wrap. Will sessions carry on by video once I'm in Leeds? Same time ok?",
        "none",
    ),
    (
        "Reviewer 2 absolutely destroyed my paper 😅 and today I'm honestly a bit low about the whole career thing. Could we pick it up next week?",
        "low",
    ),
    (
        "pills in my pocket, sitting in the car outside mum's. going in to see her one last time, then I'll do it.",
        "imminent",
    ),
    (
        "i'm on the roof of my halls. it's really high and really quiet up here. just wanted someone to know where i was",
        "imminent",
    ),
    ("What's the point of being alive if all I ever do is lose everything I touch.", "high"),
    (
        "Told my brother where the papers are and that he's the kids' guardian in the will. He asked why now. I said no reason.",
        "high",
    ),
    (
        "Put the last of the loan on red. If it lost I was walking into the river tonight. It lost. I'm at the embankment.",
        "imminent",
    ),
    (
        "parents found out. been in bed since sunday with my phone off. everyone's messaging and i can't face a single one",
        "moderate",
    ),
    (
        "Drew up the syringe in the hospital car park. Sitting in the car. I'm so tired of all of it.",
        "imminent",
    ),
    (
        "Sat in the car in the garage last night, engine off, just thinking about it. Went back inside when the dog started barking.",
        "high",
    ),
    (
        "This is Paul, Mrs Whitfield's son. Mum said on the phone she's 'had enough of this life' and asked me to make sure the cat goes to a good home 'after'. She's not physically ill. I'm very worried.",
        "high",
    ),
    (
        "It's Ruth, Colin's wife, again. He's locked in the bathroom and says he's taken all his pills. Ambulance on the way. He asked me to tell you sorry.",
        "imminent",
    ),
    (
        "It's Ana, Tomasz's girlfriend. He keeps saying things like 'you'll be fine when I'm gone' and 'I won't be your problem much longer', then laughs. He's seeing you Friday but I didn't want to wait.",
        "high",
    ),
    (
        "Sir I have decided. After Friday prayer I will go to the railway line near my room. I have written letter for my parents. Thank you for your help all this time.",
        "imminent",
    ),
    (
        "Month-end close this week so I'm drowning in reconciliations, the normal boring kind of drowning. Could we keep Friday to 30 min?",
        "none",
    ),
    (
        "gave my guitar and all my records to Mia today. she thinks i'm moving. i'm not. saturday's the day",
        "imminent",
    ),
    (
        "Not been eating proper meals. Not been out. The telly's on all day for the noise. I can't be bothered with any of it any more. Dennis",
        "moderate",
    ),
    (
        "Spent Saturday cutting new skirting with the mitre saw. Only gouged the wall twice. The hallway finally looks finished and I'm weirdly proud.",
        "none",
    ),
    (
        "Did a night then went straight into a day, I'm dead on my feet lol. Still on for Tuesday 6pm? Joanne",
        "none",
    ),
    (
        "Pill organiser refilled for the week and I've set a phone alarm for the 8pm dose like we said. Haven't missed one since. Ines",
        "none",
    ),
    (
        "Hi, it's Diane, Callum's mum. He's got his driving test on the 3rd, could his session move to the 5th? He's been in good spirits lately, joking again.",
        "none",
    ),
    (
        "Hi Dr Russo,\n\nSorry this is long. Lyon is beautiful, the bakery downstairs knows my order now, and my French is improving (I argued with a man at the prefecture and won!). My host department is nice enough, and the supervisor here is much more relaxed than mine at home.\n\nBut honestly most days I don't go out at all. I haven't been to a seminar since the 3rd. I stay in the studio with the shutters down and tell my parents on WhatsApp that everything's great. Nothing feels like it's going anywhere.\n\nCould we keep the video session at the same UK time even though the clocks here are an hour ahead?\n\nBest,\nHannah",
        "moderate",
    ),
    (
        "Ma, please pray for me. My mother is in hospital in Enugu and I cannot travel because of my papers. My heart is very heavy today.",
        "low",
    ),
    (
        "Just so you know after Monday: I'm not going to hurt myself. I was upset and said it badly. I do still want to talk about what set it off.",
        "low",
    ),
    (
        "Paid off the last of the overdraft today. £0.00. I took a screenshot and I might actually frame it.",
        "none",
    ),
    (
        "Restructure announced today. My team's safe and so am I. Massive relief, I'll tell you the gory details on Monday.",
        "none",
    ),
    (
        "I'm at the reservoir. I've put stones in my coat pockets. I only wanted to say sorry to someone who'd understand.",
        "imminent",
    ),
    (
        "Please don't be angry. Last week I cut into my leg with a razor blade. It is healing. I wanted to tell you before the session, not in it.",
        "high",
    ),
    (
        "Got the kids this weekend, we're building a bird box. I will definitely hammer my own thumb, pray for me 😂 Tom",
        "none",
    ),
    (
        "Ma, I keep thinking it will be better if I just sleep and don't wake again. My people will cry small and then they will be free from all my wahala.",
        "high",
    ),
    (
        "Sir, I am trying very hard but I think my life will always be like this only. No improvement will come whatever I do. What is the point of all this effort.",
        "moderate",
    ),
    (
        "I keep thinking about the lake at my parents' place. How cold it'd be in December. How quiet after.",
        "high",
    ),
    (
        "Drove home over the Severn bridge tonight and for a second thought about just turning the wheel. I didn't. But it was longer than a second, if I'm honest.",
        "high",
    ),
    (
        "every day i think about dying. every single day. still going to lectures and smiling. thought you should know the number is every day",
        "high",
    ),
    (
        "Smashed my quarterly target today. Boss called me a 'closer' in front of the whole floor. Thought you'd like some good news for a change before Monday.",
        "none",
    ),
    (
        "Sir, I have tied the rope already. I am writing you before. Tell my mother I am sorry.",
        "imminent",
    ),
    (
        "'Everybody Hurts' on repeat all the way up the M6 because it was the only CD in the glovebox and the aux is broken 😂 arrived at my sister's in one piece, all good",
        "none",
    ),
    (
        "This is Pam, Sophie's mum. Her flatmate rang me: Sophie hasn't left her room at uni for nearly a week and she isn't eating. On the phone she says she's fine. She's not.",
        "moderate",
    ),
    (
        "Handover went smoothly for once. Ex was civil, the girls were chatty, I said 'have a nice weekend' and meant it. Who even am I",
        "none",
    ),
    (
        "I can't keep living like this, pain every single day and not one specialist with an answer.",
        "moderate",
    ),
    ("Sorry. I've cut my wrist and it's deep and it won't stop.", "imminent"),
    (
        "I don't see myself still here by next Christmas. I can't explain it better than that.",
        "high",
    ),
    ("feeling really flat today. nothing happened, just flat and heavy. see you thursday x", "low"),
    (
        "Hello dear, the snow has come so I'm staying in with the radio and a good mystery. No need to fuss, the neighbour's boy is bringing milk and bread. Thursday as usual. Edith",
        "none",
    ),
    (
        "i don't think i'll be here next term. been thinking about how, not seriously, just turning it over.",
        "high",
    ),
    (
        "got a 68 on my essay!!! thought i'd completely bombed it. celebrating with a cheese toastie and an early night",
        "none",
    ),
    (
        "Doc I cannot anymore. Double shift, send all money home, still not enough for them. I am so tired of everything po.",
        "moderate",
    ),
    (
        "Pushed to production on a Friday afternoon. Yes I know. Death wish. It was fine. Monday 5pm still good?",
        "none",
    ),
    (
        "Panic attack on the M62, had to pull onto the hard shoulder and sat shaking for twenty minutes. It's nearly every day now and it's swallowing me whole.",
        "moderate",
    ),
    (
        "I can't take it any more. The debt letters keep coming, red ones now, and every one feels like a punch in the stomach.",
        "moderate",
    ),
    (
        "Brought home enough insulin from work. After my shift tonight. I'm sorry to leave you with this.",
        "imminent",
    ),
    (
        "My Teams status has said 'Away' since 2pm and honestly same 😂 Confirming Tuesday at 12.",
        "none",
    ),
    (
        "Dropped the kids at school and told them I love them. I'm parked up at the cliffs now. I don't think I'm driving back.",
        "imminent",
    ),
    (
        "Doc, I keep thinking my family will get more from my insurance than from my salary. I'm not joking this time po.",
        "high",
    ),
    (
        "Hi it's Femi again, Tolu's husband. She has left a note saying she is going to the bridge. I'm driving there now, police called. Please call me.",
        "imminent",
    ),
    (
        "My TENS machine is the love of my life now, sorry husband. Back pain 4/10 today, best it's been in months.",
        "none",
    ),
    (
        "I'm at the end of my rope with the custody stuff. Another hearing adjourned, another three months. I can't do this much longer.",
        "moderate",
    ),
    (
        "Sir, I failed again and my father took a loan for my fees. I cannot go back and face him. Better I disappear from this world.",
        "high",
    ),
    (
        "Reading my old diaries from when I was 19, all the cutting and the hiding. Strange how far away it feels. I felt sad for her, that girl. Not in danger, just tender today.",
        "low",
    ),
    (
        "Doc I'm at the station now. Next fast train is 23:14. I'm sorry for everything. Please tell Ate I'm sorry po.",
        "imminent",
    ),
    (
        "What's the point of anything. I work, I pay the ex, I sleep, I do it again. Round and round.",
        "moderate",
    ),
    (
        "It's Kemi, Sola's sister. She sent me a message saying goodbye and telling me to look after her son, and now her phone is off. She's not at the flat. We've called 999. Please help.",
        "imminent",
    ),
    (
        "came out to my nan today and she just said 'about time love' and put the kettle on 😂😂 i'm actually deceased",
        "none",
    ),
    (
        "Dear Dr Whitlock,\n\nI wanted to write properly rather than text. First, thank you. Nobody has listened to me the way you have, and I mean that.\n\nSecond, some practical things so nobody has to chase them: the last invoice is paid, the car keys are in the blue bowl by the door, and my sister has the bank details and the letters. The cat food is in the cupboard under the sink.\n\nI've got what I need and I know where I'm going on Saturday. I'm not telling you so you can stop it. I'm telling you so someone knows it wasn't sudden.\n\nTake care of yourself.\nDarren",
        "imminent",
    ),
    (
        "Deleted my socials, left the keys with the landlord. Driving to Snowdon tonight and not planning the way down. Won't need the Thursday slot. Thanks for everything.",
        "imminent",
    ),
    (
        "I've saved up three months of the oxycodone, it's enough now. I've picked the date, Sunday. For once it's me choosing and not the pain.",
        "imminent",
    ),
    (
        "I'm afraid I won't make it through this winter on my own, Doctor. The dark comes at four and I can't get through the evenings, I just sit.",
        "moderate",
    ),
    ("Standing on the platform. Going to jump when the fast one comes through.", "imminent"),
    (
        "sometimes at the station i stand right on the yellow line and wait to see if something pulls me. nothing has yet.",
        "high",
    ),
    (
        "Keys handed back! The old flat is dead to me now 😄 New address for invoices: 14 Orchard Close, Bristol BS3 4QT.",
        "none",
    ),
    (
        "Hello, I have question about invoice, it say 3 sessions in October but I was only 2 times (the 7 and the 21). Please check it. Regards, Marek",
        "none",
    ),
    (
        "Self-excluded from every casino site through GAMSTOP this afternoon. Forwarded you the confirmation just so someone else knows it's done.",
        "none",
    ),
    (
        "Ma, thank you for all. By morning I will not be there again. I have made up my mind and I am calm. Take care of yourself and your children.",
        "imminent",
    ),
    (
        "Hello, this is Sunil, Anita's husband. She's come down with flu and asked me to let you know she can't make it tomorrow. She'll ring on Monday to rebook. Thanks.",
        "none",
    ),
    (
        "Can I ask, hypothetically: if I started drinking every night again to get through this trial, would you want me to tell you straight away or wait for the session?",
        "low",
    ),
    (
        "Some days I miss my mother too much. In Karachi it is Eid today and here I am at work like a normal day. I feel very alone in this country, doctor.",
        "low",
    ),
    (
        "halls fire alarm went off at 4am AGAIN because someone burnt toast. i will end whoever it was. anyway can we do video on thurs instead of in person, i've got a seminar at 3",
        "none",
    ),
    (
        "Hi Dr Patel,\n\nA few things. The kids were great at the weekend, we made pizzas and Lily beat me at Uno four times. I've paid your November invoice.\n\nI've also sorted everything at this end: the van's sold, the money's in an account for the kids, my brother has the letters and knows what to do with them. By the time you're in on Monday it'll be done. I'm not angry and I'm not drunk. I'm just finished.\n\nThank you for being patient with me. You were.\n\nTom",
        "imminent",
    ),
    (
        "everyone in my flat went home for reading week and i'm the only one left. it's so lonely here, the corridor echoes. could we do a quick call this week?",
        "low",
    ),
    (
        "Book club picked The Bell Jar for December, cheery Christmas choice lol. Also a reminder I'm away 20th Dec to 3rd Jan, back for the 7th.",
        "none",
    ),
    (
        "Stopped opening the post. Stopped answering the phone. I sit with the lights off in the evenings so they think nobody's home.",
        "moderate",
    ),
    (
        "Been drinking after every shift this month. Two glasses turned into a bottle. I know what you'll say.",
        "moderate",
    ),
    (
        "Each night I ask not to wake up. Each morning I'm disappointed. That's how it is now, Doctor.",
        "high",
    ),
    (
        "Ma, I no fit again. Everything is too much. Work, rent, my people at home calling for money every day. I'm tired, tired.",
        "moderate",
    ),
    (
        "My flatmate told me last night she's been thinking about killing herself. I stayed up with her and we rang the crisis line together. I'm really shaken. Can we talk about how I support her without falling apart myself?",
        "low",
    ),
    (
        "Year 9 anti-bullying assembly went well. The kids did a little play about a lad who nearly gives up and his mates step in. A few tears from the staff. Good day.",
        "none",
    ),
    (
        "i'm going to do it tonight. i'm not telling you so you can stop me, i'm telling you so you know it's not your fault.",
        "imminent",
    ),
    (
        "Gym coach said I smashed it today. Then I went home and drank a whole bottle of red on my own in the bath. Weird day.",
        "moderate",
    ),
    (
        "Hi Claire,\n\nHope your week's been kinder than mine! Quick round-up before Thursday. The Year 7 trip to the Natural History Museum went fine, nobody got lost, one kid was sick on the coach but that's tradition. Mum's hip op is booked for the 12th so I'll be driving up to Stoke that weekend. The boiler finally got fixed.\n\nThe less good bit: I've started having two or three big gins every night, just to switch my head off from school. Most nights it's more than I meant. I'm telling you because I said I'd be honest.\n\nAlso, could you send the invoice for November to my work email? HR are reimbursing part of it now.\n\nSee you Thursday,\nRach",
        "moderate",
    ),
    (
        "Physio says the new exercises are working. Knee still murders me on the stairs but I walked to the post office and back without stopping. Small wins. Margaret",
        "none",
    ),
]
