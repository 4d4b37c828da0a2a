"""Training-only messages for the learned risk net (bench/train_risk_net.py), author O.

Patients, partners, parents of teenagers and adult children writing about a relative, couples in crisis,
bereavement, chronic illness and pain, gallows humour and sarcasm, very long rambling e-mails and two-word texts;
Australian, New Zealand, Indian, Caribbean, Northern English, Geordie, Scouse and Glaswegian voices.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "G'day, just confirming Tuesday arvo at 4. I'll be coming straight from junior footy training so excuse the mud. Cheers, Brodie",
        "none",
    ),
    ("Running late, bus is chockers. 10 min", "none"),
    (
        "Can't make Thursday, my cousin's wedding is up in Taupō and yeah nah, there was no getting out of it. Could we do the week after? Ngā mihi, Tama",
        "none",
    ),
    (
        "The tax return is going to be the death of me, honestly. Separate question: does the October invoice come by email or through the portal?",
        "none",
    ),
    (
        "Had me howling when you said me mam's voice lives in my head rent free. I told her. She was not amused. See you Weds, Shona",
        "none",
    ),
    (
        "Is it alright if I bring the bairn on Friday? Childminder's let us down. He'll sit quiet in the corner with his tablet and headphones.",
        "none",
    ),
    (
        "Good morning ma'am, I am sending the fees by bank transfer today itself. Kindly confirm once received. Regards, Priya Raghavan",
        "none",
    ),
    (
        "Morning Doc, reach home safe after di session, traffic on di bypass was something else. Likkle more. Marcia",
        "none",
    ),
    ("Sound. Monday it is. Ta-ra", "none"),
    (
        "Am gonnae be a wee bit late the morra, the trains are murder wi the strike on. Ten minutes tops. Callum",
        "none",
    ),
    (
        "Dr Pillai put my sertraline up to 100mg on Monday. I'm taking it with breakfast like he said. Bit of a dry mouth, nothing awful. Just so you have it for Thursday. Anjali",
        "none",
    ),
    (
        "Off to Brisbane tomorrow for three weeks with the grandkids, so this is goodbye till the 20th! Thank you for everything this term, I'll ring in January to book in again. Love, Val",
        "none",
    ),
    (
        "Sorry I missed your call, I was in the middle of a server migration and had to kill about forty hung processes before the cutover. Tomorrow at 9 works. Dev",
        "none",
    ),
    (
        "That Johnny Cash song you mentioned, 'Hurt', I put it on for the drive home. Gorgeous voice on him. See you next week.",
        "none",
    ),
    (
        "Did you see the piece in the Chronicle about suicide prevention money being cut across the north east? Made me think of your line of work. Shocking. Anyway, Friday still on? Lorraine",
        "none",
    ),
    (
        "I used to eat my lunch alone in the toilets at uni because I felt so lonely, mad to think about that now I'm running the staff social committee.",
        "none",
    ),
    ("Six weeks without a drink today. Not one. Proud of meself. Kev", "none"),
    (
        "Got up, got dressed, walked the dog right round the Town Moor. Did not spend today under the duvet, for the record!",
        "none",
    ),
    (
        "I'm dead 😂 the dog has eaten my homework sheet. Genuinely chewed to bits. Can you email me another copy? x",
        "none",
    ),
    (
        "Could murder a bacon butty after that session, not gonna lie. Thanks for today though, it was a good one.",
        "none",
    ),
    (
        "Me mam says ta for the leaflet. She's going to book her own appointment with the GP about her sleep.",
        "none",
    ),
    (
        "Jas and I have agreed to keep the joint session on the 14th. We'll come separately as he's working in Leeds that day and driving straight over. Harpreet",
        "none",
    ),
    ("Traffic on the M62 is an absolute killer tonight, might be ten late.", "none"),
    (
        "Mum's funeral is on the Thursday so I'll need to move our session. The wake's at the Legion afterwards. Could we do Monday instead? Gary",
        "none",
    ),
    (
        "Rheumatologist has switched me onto the methotrexate injections, first one Saturday. Pain's about the same as before. Can we keep to video for now? Driving is a faff with my hands. Ruth",
        "none",
    ),
    ("Yes, Tuesday.", "none"),
    (
        "If the hospital car park prices don't finish me off the hospital food will. Home now, new hip's in, all went fine. Physio reckons I'll be walking the prom by Christmas.",
        "none",
    ),
    (
        "Our Jade passed her driving test!!! Third time lucky. She says hiya and thanks for the nerves tips.",
        "none",
    ),
    (
        "Halfway through 'The Body Keeps the Score' like you suggested. Heavy going but it makes a lot of sense of my dad.",
        "none",
    ),
    (
        "Mr Okafor made us write about Sylvia Plath's 'Lady Lazarus', the bit that goes 'Dying is an art, like everything else'. I got an A for my essay and Mum said I had to tell you. Ezra",
        "none",
    ),
    (
        "Heading to Kochi for my cousin's wedding, back on the 3rd. I will miss two sessions, please remove them from the calendar. Thanks, Rohan",
        "none",
    ),
    (
        "Packed all my tablets for the Auckland trip, counted out into the weekly box so I don't miss a single dose. Feel very organised for once!",
        "none",
    ),
    (
        "Work's a slaughterhouse this week, year-end close. I'm fine otherwise. Can we shift to 6pm?",
        "none",
    ),
    (
        "Oh brilliant, the portal's logged me out again. Love that for me. What's the video link for tonight?",
        "none",
    ),
    ("Bang on, see you then.", "none"),
    (
        "Evening Doctor, just to say di invoice reach and mi pay it this morning. Blessings, Desmond",
        "none",
    ),
    (
        "Jumped off the bus a stop early and walked the rest like you suggested. Felt grand actually, the air did me good.",
        "none",
    ),
    (
        "Fair warning, I'm hanging today after the works Christmas do, so I might look a bit rough on camera. All good otherwise.",
        "none",
    ),
    (
        "Our Nan's 90th is Saturday and the whole clan's coming down from Glasgow. I'm knackered in advance 😅",
        "none",
    ),
    (
        "Drove over the Harbour Bridge in peak hour without white knuckles!! The exposure stuff is actually working. Shaz",
        "none",
    ),
    (
        "My son informs me I am 'literally killing him' by making him come to the family session on a Saturday morning. He'll be there. Suze",
        "none",
    ),
    (
        "Pharmacy was out of my quetiapine, they've ordered it for tomorrow and I've enough for tonight so there's no gap. Just flagging in case you speak to Dr Mensah.",
        "none",
    ),
    (
        "Last session before Christmas! Thanks for a really good year. Have a proper rest, you've earned it. Bye for now, back on the 8th. Louise",
        "none",
    ),
    (
        "Hello, sorry in advance for the length of this, my wife says I cannot write a short email to save my life. Our son Arjun has his board exams from the 4th to the 19th of March and the timetable came out yesterday. His Tuesday sessions with you fall on the day of his Physics paper, the 11th, and also on the 18th which is Mathematics. We would like to keep everything else as it is because he says the sessions are helping him and frankly we can see it, he is calmer at the dinner table and he has been going to cricket again. Could those two Tuesdays move to the Thursday of the same weeks at the same time? If that is not possible then perhaps Saturday morning, although he has tuition until 11. Also, my company is changing insurance provider in April so I will send you the new policy details when I have them. I am travelling to Bengaluru for work from the 2nd to the 6th so my wife Sunita will bring him on those days. Many thanks and regards, Vikram Nair",
        "none",
    ),
    (
        "Hiya, a wee update since we're off for a fortnight. Christmas was loud. Ma sister brought her new man who talks like a satnav, ma da fell asleep in the trifle, and the dog ate a full packet of stuffing mix and was sick on the good rug. So, normal. I did the thing we practised when Auntie Jean started on about ma weight: said 'I'm no discussing that' and went and put the kettle on. It worked! Nobody died! Then Boxing Day we went up the Campsies and it was baltic but gorgeous, I took a photo of the frost on the fence I'll show you. Work starts back on the 3rd. I've booked the 6th with your receptionist already. Hope you had a quiet one. Mhairi",
        "none",
    ),
    (
        "Do you do a sliding scale at all? Asking for my sister who's looking for someone near Chorlton.",
        "none",
    ),
    (
        "Could you send over the form for the insurance claim? They need your provider number on it.",
        "none",
    ),
    ("Got the job!!! Start Monday. Absolutely buzzing.", "none"),
    (
        "Heads up, the buzzer at your building's broken, I had to ring your mobile from the street last time.",
        "none",
    ),
    (
        "Dad's cardiology appointment clashes with his session with you on the 12th. Could we move him to the Wednesday? Meena (Mr Iyer's daughter)",
        "none",
    ),
    (
        "There's a line in that film last night where the bloke says he doesn't want to live in a world without cheese and I thought you'd have laughed. Anyway. Thursday.",
        "none",
    ),
    ("Smashing it at the gym now, three times a week 💪", "none"),
    (
        "Me and the missus had a proper talk on Sunday without it turning into a slanging match. First time in months. Just wanted you to know. Gaz",
        "none",
    ),
    (
        "Can I pay cash on the day? The card reader's been dodgy the last two times.",
        "none",
    ),
    (
        "Is the 15th still good? My flights home to Port of Spain got moved to the 17th.",
        "none",
    ),
    (
        "A year since we lost Dad today. We went down Crosby beach, threw some flowers in by the iron men and had chips on the wall. It was actually nice. We're alright.",
        "none",
    ),
    ("Dying to tell you about the weekend, save me the full hour 😄", "none"),
    (
        "Gonna have to bail on Friday, the ute's carked it out past Dubbo and I'm waiting on a tow. Phone session instead? Cheers, Mick",
        "none",
    ),
    (
        "GP's taken me off the codeine and put me on the patches. Pain's manageable and I'm sleeping better actually.",
        "none",
    ),
    ("All good ta.", "none"),
    (
        "Tried to ring the Chinese and rang the crisis line number off the fridge magnet instead. Mortified. Apologised to the poor woman. Chow mein was lovely though 🙈",
        "none",
    ),
    (
        "I'm literally going to die of embarrassment, I called you Mum at the end of the session",
        "none",
    ),
    (
        "Can't do 2, I've got a production deployment and if it goes sideways I'm toast. 4?",
        "none",
    ),
    (
        "Passed my rope access ticket! Officially allowed to dangle off buildings for money now 😎",
        "none",
    ),
    (
        "Mam's got her hip op date, the 3rd, so I'll be her taxi for a fortnight. Might need evening slots for a bit.",
        "none",
    ),
    ("Received with thanks. Rahul", "none"),
    (
        "Our Becca's asked if she can come on her own next time without me. Fine by me if it's fine by you. Claire (Becca's mum)",
        "none",
    ),
    (
        "Funeral plan fella rang again during tea. Told him I'm planning to live forever out of spite 😂 Tuesday's fine.",
        "none",
    ),
    (
        "Two years ago I'd have spent Christmas on my own feeling sorry for myself. This year I'm cooking for eleven. Send reinforcements (and gravy).",
        "none",
    ),
    ("Not down at all this week, weirdly. Don't jinx it.", "none"),
    (
        "Last exam done! I basically overdosed on Red Bull to get through revision but it's OVER 😅",
        "none",
    ),
    (
        "Me sister's over from Perth so I'll skip this week if that's ok, she's only here ten days.",
        "none",
    ),
    (
        "Thanks for the letter after the family session. It's on the fridge under the Blackpool magnet. Next one's the 9th at 5, yes?",
        "none",
    ),
    (
        "Moving house Saturday. New address for invoices: 14 Skelton Road, Walton, L4. Ta, Dean",
        "none",
    ),
    (
        "Pure mortified, I left ma brolly in your waiting room. Can I grab it Thursday?",
        "none",
    ),
    (
        "Doctor, my father is asking if you can write a short letter for his employer confirming the sessions are on Wednesday afternoons. He is too shy to ask himself. Regards, Sanjay (for Mr Krishnan)",
        "none",
    ),
    (
        "Hit the wall at mile 20 but finished the Great North Run! Legs are wrecked. Sorry if I'm walking like John Wayne on Monday.",
        "none",
    ),
    (
        "Our Rhys cut his hand on a tin of beans tonight, three stitches at the walk-in, the drama of it. So we'll be late tomorrow, they've only just let us out.",
        "none",
    ),
    (
        "Went to my grief group Tuesday, the one you found for me. Lovely bunch. We mostly talked about gardening, which suited me.",
        "none",
    ),
    (
        "I'll be on the ferry to Wellington on Sunday so no signal, just so you don't think I'm ignoring the reminder text.",
        "none",
    ),
    (
        "Bit flat today. Nothing's happened, I'm just flat. Thought you'd want to know. Jas",
        "low",
    ),
    (
        "It's so quiet in the house since Shaz moved to Melbourne. I keep cooking for two. Feeling pretty lonely with it if I'm honest.",
        "low",
    ),
    (
        "Any chance we could talk before Thursday? Just having a wobbly week. Nothing dangerous, I'd just like to hear a calm voice.",
        "low",
    ),
    (
        "Before you start worrying, I'm not going to do anything daft. I had a rough night and needed to say it to somebody. M.",
        "low",
    ),
    (
        "Been turning over what we went through in March, the cutting when I was at school. It doesn't pull at me now. It mostly makes me sad for that girl.",
        "low",
    ),
    (
        "My best mate told me last night he's been thinking about ending it. I got him to ring his GP this morning and he's going, but I'm properly shaken. Can I bring it Friday?",
        "low",
    ),
    (
        "If I ever slid back to where I was last spring, the not-getting-up place, what's the first thing I should do? Asking while I'm well so I've got it written down.",
        "low",
    ),
    (
        "Mi miss Mama bad today. Her birthday. Just a heaviness on mi chest, yuh know. Nothing more than that.",
        "low",
    ),
    (
        "Divvent knaa what's up wi' me, I've been bubbling at the telly adverts all week. Just a bit low, pet.",
        "low",
    ),
    (
        "Maisie's been very quiet and teary since her and the boyfriend split. She's eating and going to school, she's just sad. Should I be doing anything differently? Karen (Maisie's mum)",
        "low",
    ),
    (
        "Nobody in this house actually listens to me. Ravi's on his phone, the kids are on theirs. I feel like a piece of furniture someone keeps walking round.",
        "low",
    ),
    (
        "Missing our sessions over the break more than I expected. Bit silly, I know.",
        "low",
    ),
    (
        "This flare has knocked me for six and I'm low with it. Fed up of always being the sick one at every family do.",
        "low",
    ),
    (
        "Three months today since I last cut. Not tempted, just marking the date with someone who knows what it means.",
        "low",
    ),
    (
        "My flatmate took an overdose on Saturday, she's in the RVI and they say she'll be ok. I was the one who found her. I'm alright-ish but I can't stop replaying the door opening.",
        "low",
    ),
    (
        "Ma'am, I am feeling very alone here in Leicester. My family is all in Pune and the video calls are not the same. Some evenings I don't speak to a single person.",
        "low",
    ),
    ("Need you.", "low"),
    (
        "Can you ring me at some point? Not urgent. Just a bad day and your voice helps.",
        "low",
    ),
    (
        "When I was nineteen I swallowed a load of paracetamol and woke up in Arrowe Park. I've never told anyone here that. I wanted it said before we get properly started.",
        "low",
    ),
    (
        "What happens, like procedure-wise, if someone tells you they're thinking of killing themselves? Would you have to tell my mum? I'm not saying I am, I just want to know the rules first.",
        "low",
    ),
    ("Christmas on my own again. Festive. At least Corrie's on.", "low"),
    (
        "Six months since Kev went. People have stopped asking how I am. I still put two mugs out some mornings before I remember.",
        "low",
    ),
    (
        "My brother keeps posting these dark things online about not being around much longer. I know he's not your patient. I just don't know what to do with it and it's eating me up.",
        "low",
    ),
    (
        "Dad's been low since Mum died, tearful most evenings, but he's eating and still going to his bowls club on Wednesdays. Is that ordinary grief, would you say? Helen (his daughter)",
        "low",
    ),
    ("Rubbish week. Sad for no reason I can find. Will tell you Thursday.", "low"),
    (
        "The thoughts from last year aren't back, I promise. I'm just tired and a bit blue with the dark evenings.",
        "low",
    ),
    (
        "Me and Dean are basically flatmates now. I lie next to him every night and I've never felt lonelier.",
        "low",
    ),
    (
        "Feeling a bit munted emotionally after the tangi. Sad as. Not bad bad, just sad.",
        "low",
    ),
    (
        "Ah'm no gonnae dae anythin stupit, dinnae panic. Jist feelin rotten the night and wanted tae tell somebody.",
        "low",
    ),
    (
        "Could you send me that breathing exercise again? I'm a bit shaky about the inquest tomorrow.",
        "low",
    ),
    (
        "everyone at school has a group and i just dont. lunch is the worst bit of the day",
        "low",
    ),
    (
        "Saw on the news a lad jumped off the bridge at Runcorn and I can't stop thinking about his mam. It's brought back a lot from when our Liam was poorly.",
        "low",
    ),
    (
        "Results came back. It's MS. I've been crying on and off all day. I don't need anything, I just wanted to tell someone who isn't family.",
        "low",
    ),
    ("Lonely as today. Just saying.", "low"),
    (
        "About the drinking we went back over on Tuesday, the bad year: I've been sober since 2021 and I'm not worried about it, but it's stirred a lot up and I feel raw.",
        "low",
    ),
    (
        "If our Connor ever did say he wanted to die, do you want me ringing you or 999 first? He's fine at the minute, we just haven't got it written down anywhere.",
        "low",
    ),
    ("Wobbly. Can we talk? H", "low"),
    (
        "Pain's a 7, mood's a 4, the cat's a solid 10. Averages out as 'meh, bit sad'.",
        "low",
    ),
    (
        "Dear Dr Hall, I hope you don't mind an email. It's been four months since I retired and I thought I'd love it. The first few weeks were fine, I did the garden, I sorted the loft, I went to see my sister in Harrogate. But now the days are long. Marjorie's still working three days and when she goes out the door the house goes very still and I find myself waiting for the post like it's an event. I've started talking to the radio. I'm not in any danger, I want to be clear, I'm just lonely in a way I didn't expect and a bit ashamed of it, a man my age. I thought I'd write it down rather than save it up for the session, which you said I tend to do. Best wishes, Geoffrey",
        "low",
    ),
    (
        "The anniversary's Saturday. Not coping brilliantly but coping. Would a quick call Friday be possible?",
        "low",
    ),
    (
        "Haven't been out the flat since Sunday. Curtains shut. Can't face it.",
        "moderate",
    ),
    (
        "What's even the point of any of it. Nothing shifts, no matter what I try.",
        "moderate",
    ),
    (
        "I'm at the end of my tether with Gav. I can't take one more day of this marriage, I honestly can't.",
        "moderate",
    ),
    (
        "Been on the voddie every night this week to get to sleep. Just telling you cos you'd only ask.",
        "moderate",
    ),
    (
        "On the bathroom floor, panic won't stop, hands have gone numb and I can't get a proper breath in. Been like this forty minutes.",
        "moderate",
    ),
    (
        "I genuinely don't think I'm going to make it through this term, Doc.",
        "moderate",
    ),
    (
        "Tyler hasn't left his room in four days except to use the loo. He's stopped answering his mates. I'm frightened for him. Lisa (Tyler's mum)",
        "moderate",
    ),
    (
        "Eleven years of this pain and every new consultant says the same thing with a different tie on. It's never going to get better, is it. I've stopped believing it will.",
        "moderate",
    ),
    (
        "Honest to God I'm done in. I can't keep living like this, the debts, the kids, him. Something's got to give.",
        "moderate",
    ),
    (
        "Been on the bevvy since Friday. Didnae go tae work Monday or the day. Cannae face anybody.",
        "moderate",
    ),
    (
        "Smoked myself stupid all weekend so I wouldn't have to feel anything.",
        "moderate",
    ),
    (
        "I am not able to go to office since three days, I am only lying on the bed. Everything is feeling pointless.",
        "moderate",
    ),
    (
        "We've tried everything. Couples work, the weekend in the Lakes, date nights. Nothing will ever change between us and I've stopped hoping.",
        "moderate",
    ),
    (
        "Mi cyaan tek it nuh more, Doc. Every single day di same pressure pon mi head.",
        "moderate",
    ),
    (
        "Since the funeral I've not got dressed. Three days in the same trackies. Mum would kill me if she saw.",
        "moderate",
    ),
    (
        "Mum's hardly been out of bed since Tuesday. She says there's no point getting up. I'm writing because she won't. Declan (Mrs Byrne's son)",
        "moderate",
    ),
    (
        "Took three of the diazepam instead of one today just to get through the meeting. I know, I know.",
        "moderate",
    ),
    (
        "No future in this job, this town or this body. I'm just treading water.",
        "moderate",
    ),
    ("Can't cope.", "moderate"),
    (
        "Honestly mate I'm cooked. Not slept, not eaten, not left the house since the weekend. Can't see a way through this one.",
        "moderate",
    ),
    (
        "whats the point revising when im gonna fail anyway and everythings shit. not going in tomorrow either",
        "moderate",
    ),
    (
        "Had a full meltdown in Asda, couldn't breathe, thought I was dying, a lady had to sit me down by the tills. Two hours later I'm still shaking and it keeps coming back in waves.",
        "moderate",
    ),
    (
        "Sorry. Bit drunk. Too much wine again tonight because the quiet in here was unbearable.",
        "moderate",
    ),
    (
        "Wor lass says I've not been oot the hoose in a week. She's right. Cannot be arsed with anything or anyone.",
        "moderate",
    ),
    (
        "The fatigue's won. I've been in bed since Saturday and I can't see it ever lifting.",
        "moderate",
    ),
    (
        "Oh great, another 'it'll get better'. It won't. It hasn't in four years. Save your breath for someone it works on.",
        "moderate",
    ),
    (
        "Dear Dr Okoro, I'm writing about my son Ben, who you see on Mondays. I don't know if I'm allowed to but I'm at a loss. Since he lost the job at the garage he's been drinking every night, it started with a couple of cans and now it's most of a bottle of rum by the time I go up. He sleeps till two. He hasn't seen his friends since August, he stopped going to five-a-side, he won't come to his nan's for Sunday dinner, which he never used to miss. Last night I asked him what his plan was and he said 'what future, Mum, look at me' and went back to his room. I'm not asking you to tell me anything about your sessions. I just wanted you to know what it looks like from the kitchen. Thank you, Angela Price",
        "moderate",
    ),
    (
        "Not gonna lie I'm over it. Over everything. Been smoking cones every night just to switch my head off.",
        "moderate",
    ),
    (
        "I'm scared I'm not going to make it out the other side of this divorce in one piece.",
        "moderate",
    ),
    ("End of my rope, truly. Nothing left in the tank.", "moderate"),
    (
        "Our Jordan's not been to college in two weeks, sleeps all day, up all night gaming, and when I ask he just says what's the point of anything. I'm at my wits' end. Bernie (Jordan's dad)",
        "moderate",
    ),
    (
        "He's moved into the spare room. I've not eaten since Thursday. I can't take any more of this.",
        "moderate",
    ),
    (
        "Panic attacks are back, four today. Can't drive, can't work, can't even answer the door to the postman.",
        "moderate",
    ),
    (
        "Our daughter Kavya has stopped eating with us and stays in her room the whole day since the results came. She says nothing will ever be good again. Kindly advise. Mrs Lakshmi Rao",
        "moderate",
    ),
    (
        "Everyone says time helps. It's been two years. It doesn't. It never will.",
        "moderate",
    ),
    (
        "I've been doubling up the tramadol. Not for the back, for my head. It takes the edge off everything.",
        "moderate",
    ),
    ("Ah'm hingin by a thread here. Cannae see how this gets any better.", "moderate"),
    ("Third day under the duvet. Phone's off to everyone but you.", "moderate"),
    (
        "I can't see a way out of this debt. Every letter is worse than the last. I've stopped opening them.",
        "moderate",
    ),
    (
        "Had a few cans before writing this, couldn't have said it sober. I can't keep doing this, everything is falling to bits around me.",
        "moderate",
    ),
    (
        "Some mornings I wish I just wouldn't come round. That's all it is. I'm not doing owt about it.",
        "high",
    ),
    (
        "Let's be honest, everyone'd be better off without me. Steve would get the house and the kids would stop having to tiptoe round a wreck.",
        "high",
    ),
    (
        "Cut my thigh last night. Not deep. Cleaned it and put a dressing on. Telling you because I said I would.",
        "high",
    ),
    (
        "I've been looking at how high the top deck of the Metrocentre car park is. Just looking. I don't know why I'm telling you.",
        "high",
    ),
    (
        "Reckon if a roo jumped out on the Hume and took me out I wouldn't be too fussed, you know? I'm not aiming for one. I just wouldn't be fussed.",
        "high",
    ),
    (
        "Flying out to Delhi on Thursday and part of me is hoping the thing never lands. Is that mad?",
        "high",
    ),
    (
        "Ruby told the school nurse today that she wishes she was dead. They rang me at work. She's home with me now and says she didn't mean it, but she said it. Jo (Ruby's mum)",
        "high",
    ),
    ("See if a bus hit me the morra, hand on heart, ah'd be relieved.", "high"),
    (
        "I keep looking up how many of my tablets it would take. I close the tab every time but I keep opening it again.",
        "high",
    ),
    (
        "Wrote letters to the kids tonight and sealed them. I'm not planning anything. I just wanted them written.",
        "high",
    ),
    (
        "If this pain is the rest of my life then I don't want the rest of my life. I've said it to my husband now too, so it's out.",
        "high",
    ),
    (
        "Held my arm on the hob on purpose tonight. It was the only thing all day that felt real.",
        "high",
    ),
    (
        "i keep thinking about not being here anymore. like it would finally just be quiet",
        "high",
    ),
    (
        "Sometime mi wish di Lord would just tek me in mi sleep, Doc. Mi tired of it all.",
        "high",
    ),
    (
        "I want to be where Jack is. I know that's not how any of it works. I still want it.",
        "high",
    ),
    (
        "When he starts shouting I go in the bathroom and scratch my arms till they bleed. Happened again on Sunday.",
        "high",
    ),
    (
        "Updated my funeral playlist again tonight, ha. Honestly the only thing I've looked forward to all week is picturing everyone having to sit still and listen to my music for once.",
        "high",
    ),
    (
        "I've thought about the railway line behind ours more than once this week. I'm safe tonight, I'm at my sister's.",
        "high",
    ),
    (
        "Dad said to me on the phone tonight, quite calmly, that he's had enough of living and wouldn't mind if he didn't wake up. He's 81. I'm writing because he won't. Sue Whitworth (his daughter)",
        "high",
    ),
    (
        "Strong urge to cut tonight. Haven't yet. Sitting on my hands and texting you instead.",
        "high",
    ),
    (
        "I feel I am only a burden to my parents. Their life would be more peaceful if I was not in it.",
        "high",
    ),
    (
        "Don't laugh, but I've been wondering if the Mersey's cold enough this time of year to make it quick. I'm not going down the docks or owt. Just wondering.",
        "high",
    ),
    (
        "Thoughts of killing myself are back and they're loud today. I'm not going to act on them. I just need you to know.",
        "high",
    ),
    (
        "Honestly bro I reckon the world wouldn't miss me much. Been kind of imagining how it'd go.",
        "high",
    ),
    (
        "Picked the hymns, chose the readings. Nobody's died, I know. I just find it soothing lately, planning my own funeral.",
        "high",
    ),
    ("bit my wrist in maths till it broke the skin. nobody saw", "high"),
    (
        "Hi, quick one about logistics first and then something else. Half term is the 27th so I'll need the 4.30 instead of the 3.30 those two weeks, Mia's at her dad's on the Wednesday so that's fine, and I've paid the last two invoices, the second one twice I think so maybe take it off next month's. The heating man finally came. My mother has decided she's moving to Whitley Bay which is a whole other email. And I suppose the thing I actually wanted to say, which I keep leaving off the end of messages, is that the thought I have most days now is that it would all be simpler if I just wasn't around. I don't know what to do with that. I'll see you Tuesday. Nicola",
        "high",
    ),
    (
        "Found a page in Aarav's maths book listing ways to die. Some are crossed out. He's 14. He's at his nan's tonight and I've locked the knives in the car. Please tell me what to do. Deepa",
        "high",
    ),
    (
        "I'm so tired of existing. Not sleepy tired. Tired like done with having a body at all.",
        "high",
    ),
    ("Aa divvent want to be here any more, pet. Not the flat. Here here.", "high"),
    (
        "Sometimes I stand at the top of the stairwell in the multistorey at work and think about it. Then I go back to my desk and answer emails.",
        "high",
    ),
    (
        "Been picking at the scar till it's open again. Can't stop. Did it again this morning.",
        "high",
    ),
    (
        "If Friday's scan is bad I already know I'm not doing chemo again. I'd rather go on my own terms. I've been reading about Dignitas, and about cheaper ways.",
        "high",
    ),
    (
        "Great news, the only thing keeping me alive is the cat, and she's fourteen. So that's a ticking clock.",
        "high",
    ),
    ("Made a will this week. Mam thinks it's about the house. It isn't.", "high"),
    ("I'm thinking about killing myself. There. I've typed it.", "high"),
    ("Don't want to live. Not tonight, not any night.", "high"),
    (
        "This is Aidan, Sian's boyfriend. She's been saying she wants to die, over and over since Saturday. She won't message you herself so I am.",
        "high",
    ),
    (
        "Banged my head against the wall till I saw stars. It helps, in a sick sort of way.",
        "high",
    ),
    ("ngl if i didnt wake up tmrw id be fine with that", "high"),
    (
        "Keep wondering whether the Tyne Bridge is high enough. I'm at home, cuppa in hand. Just the thought, going round and round.",
        "high",
    ),
    (
        "Had a go at myself with the razor in the shower this arvo. Superficial, stings like hell. Keeping my promise to tell you.",
        "high",
    ),
    (
        "I feel like I've already died and nobody's told my body yet. I'd like it to catch up.",
        "high",
    ),
    (
        "Sir, our son Nikhil put on his Instagram story 'I wish I had never been born, everyone would be happier'. He deleted it after one hour. We are very scared. Mr and Mrs Menon",
        "high",
    ),
    (
        "Sometimes when mi cross di road mi nuh look. On purpose. Let God decide.",
        "high",
    ),
    (
        "I've still got Mum's tablets from when she passed. Never took them back to the chemist. Some nights I sit on the bed and hold the bag.",
        "high",
    ),
    ("Hurting myself again. Arms mostly. Since Tuesday.", "high"),
    (
        "If ah dropped deid the morra the only thing the bookies wid miss is ma tenner on a Saturday. Honestly wish ah wid.",
        "high",
    ),
    ("I wonder what it'd be like to just stop. Stop everything. Stop me.", "high"),
    ("Wanna disappear. Permanently.", "high"),
    (
        "The hosepipe in the garage keeps catching my eye. I've moved it into the shed.",
        "high",
    ),
    (
        "Dear Dr Kaur, I'm Tom, Leanne's husband. She knows I'm writing. I'll keep it short though I'm not good at short. Work's been mad, her mum's been in and out of hospital, the usual. The reason I'm writing is I picked up her iPad on Sunday to look up the cinema times and it was open on a forum about how to end your life, the methods, which ones are painless. There were pages of it in the history going back about a fortnight. When I asked her she cried and said she just wants to stop feeling like this and she's been thinking about it most nights. She says she hasn't done anything and won't, and I believe her, but I can't un-see it. We'll both come Thursday if that's alright. Tom Ashworth",
        "high",
    ),
    (
        "Wrote a goodbye note last night and then tore it up. Still here, obviously.",
        "high",
    ),
    (
        "Been punching the garage wall again, knuckles are split open. Better than the other thing I want to do.",
        "high",
    ),
    (
        "Every time I take my tablets I think about taking all of them. Every single time.",
        "high",
    ),
    (
        "Evie's been burning herself with a lighter. I found the marks on her hip when she was getting changed for swimming. She's 15. Andy (Evie's dad)",
        "high",
    ),
    (
        "If I got cancer I think I'd be relieved. Is that a normal thing to think?",
        "high",
    ),
    (
        "There's a version of the future where I'm not in it and honestly it looks calmer.",
        "high",
    ),
    (
        "Me head's full of ways to do it. I'm not doing it. But they're there all day, like a radio you can't turn off.",
        "high",
    ),
    (
        "Started giving stuff away. Me guitar to our kid. The good coat to Mam. Felt lighter.",
        "high",
    ),
    (
        "Was down at Muriwai watching the waves and thought how easy it'd be to just keep walking. Came home though.",
        "high",
    ),
    (
        "Sat my son down to show him where the important papers are, 'in case I get hit by a bus'. He laughed. I wasn't entirely joking.",
        "high",
    ),
    (
        "Eighteen months of nerve pain. I've started asking myself how long I have to keep doing this, and the answer I want is 'not long'.",
        "high",
    ),
    ("Scratched 'useless' into my leg with a compass yesterday.", "high"),
    (
        "I don't want to die exactly. I want to not exist for a while. A long while. Forever would be fine.",
        "high",
    ),
    (
        "Doctor, since the business went under I am having thoughts to end my life. I will not act, I have my two daughters. But the thoughts are coming every day now.",
        "high",
    ),
    (
        "Told Rob in the car I'd be happier dead than carry on like this. He went white. I meant it.",
        "high",
    ),
    (
        "Woke up disappointed again. Every morning it's the same small disappointment that I did.",
        "high",
    ),
    (
        "Granda used to say 'when it's your time it's your time'. I keep wishing mine would hurry up.",
        "high",
    ),
    (
        "Snapped an elastic band on my wrist so hard it's purple. Then I got the scissors out. Only scratched. Last night.",
        "high",
    ),
    (
        "I've taken all of the co-codamol. About 30. An hour ago. Just so someone knows.",
        "imminent",
    ),
    (
        "Thank you for trying with me, truly. You were kind when you didn't have to be. This is my last message, please don't feel bad about it.",
        "imminent",
    ),
    (
        "Got enough saved up now, my sertraline and Mum's old sleepers. Tonight, once the kids are at their dad's.",
        "imminent",
    ),
    (
        "It's not stopping. Second tea towel soaked through. I went further into my wrist than I meant to.",
        "imminent",
    ),
    (
        "Am on the High Level Bridge. Just wanted to say ta for everything, pet.",
        "imminent",
    ),
    (
        "Parked up at Otterspool. Bottle and the tablets on the passenger seat. Not coming back from this one. Tell our Jodie I'm sorry.",
        "imminent",
    ),
    (
        "Ah've made ma mind up. The morra night when she's at her maw's. Ye've been good tae me, ah'll gie ye that.",
        "imminent",
    ),
    (
        "Swallowed the lot of Dad's Endone. Sitting in the ute down by the dam. Feeling floaty. Sorry mate.",
        "imminent",
    ),
    (
        "Rope's in the boot. Heading up the bush track after work. Kia kaha to whoever you see next.",
        "imminent",
    ),
    (
        "Ma'am, I have decided. I will end it on Sunday when my parents go to the temple. Please don't call them.",
        "imminent",
    ),
    (
        "Mi done, Doc. Mi tek every tablet inna di house. Tell Keisha mi love har.",
        "imminent",
    ),
    (
        "Josh has taken something and won't tell us what. We found empty blister packs under his bed and he's slurring. Ambulance is on its way. I don't know why I'm messaging you. Paula (Josh's mum)",
        "imminent",
    ),
    (
        "Mum rang me to say goodbye and that she's 'put everything in order'. She's not answering now. I'm driving over and I've called 999. Siobhan Doyle (Mrs Doyle's daughter)",
        "imminent",
    ),
    (
        "This is Mark, Lou's husband. She's locked herself in the bathroom and says she's got a blade and she means it this time. Police are on the way.",
        "imminent",
    ),
    ("By the time you read this I'll be gone. Don't blame yourself.", "imminent"),
    (
        "Sorted the dog with next door, cancelled the paper, paid the gas. Nothing left to do but the last thing. Tonight.",
        "imminent",
    ),
    ("Pills taken.", "imminent"),
    ("Counted them out on the kitchen table. 48. It's enough, I checked.", "imminent"),
    (
        "Ha, finally found something I'm good at planning. Saturday, the quarry, nobody home till Monday. Don't ring, the phone'll be off.",
        "imminent",
    ),
    (
        "A year today since Paul. I'm going to go and be with him tonight. I've got everything I need. Thank you for listening all this time.",
        "imminent",
    ),
    (
        "Six weeks I've been stockpiling the morphine. The pain wins either way, at least this way I pick when. I've picked Friday.",
        "imminent",
    ),
    (
        "If he's not back by midnight I'm taking the lot. I mean it. They're lined up on the sink.",
        "imminent",
    ),
    (
        "I took 20 of my quetiapine about half an hour ago. I'm scared now. What do I do",
        "imminent",
    ),
    (
        "im sorry for wasting ur time. ive written to mum. tonights the night. bye",
        "imminent",
    ),
    (
        "At the Gap. Watsons Bay. Windy as. Just wanted one person to know where.",
        "imminent",
    ),
    (
        "Made the noose this afternoon. Practised the knot till it held. Loft hatch is open.",
        "imminent",
    ),
    (
        "Our Liam's left a note on his bed saying he's sorry, he loves us, and he's gone to the railway. We're out looking and the police have been rung. Please if he messages you, ring me. Carol Maguire",
        "imminent",
    ),
    (
        "Respected Doctor, I apologise for the long mail. I want to explain everything properly because you always said I keep things inside. The office situation has not improved, my manager is shouting in front of the whole team and the appraisal is again postponed. My wife's mother has come to stay for two months and there is no room to breathe in the flat. My son's fees are due on the 10th and I have not told anyone that the loan was refused. I have been thinking many nights and now I am clear. I have kept the pesticide bottle in the boot of the scooter. Tomorrow morning after the children leave for school I will finish this. Please do not think you failed. You were the only one I could tell. With gratitude, Suresh",
        "imminent",
    ),
    (
        "Deleted all my socials. Left my bank PIN in an envelope for Rach. Done, tonight.",
        "imminent",
    ),
    (
        "Going to walk into the sea at Tynemouth when the tide's up, about four. I feel calm for the first time in months.",
        "imminent",
    ),
    (
        "Ah've had the hale bottle o whisky and aw ma pills. Ah'm sorry. Tell ma wee boy ah'm sorry.",
        "imminent",
    ),
    (
        "Dead calm now. Decision's made. Runcorn bridge tonight. Ta for trying, la.",
        "imminent",
    ),
    (
        "Cut deeper than I ever have. Something white's showing and it won't stop.",
        "imminent",
    ),
    (
        "Typing this from the roof of the car park on Clayton Street. I won't do anything before I press send. After that, I don't know.",
        "imminent",
    ),
    (
        "Doc, mi have di rope an mi have di place. Tonight when dem sleep. Nuh badda call.",
        "imminent",
    ),
    ("Last message from me. You did everything right. I just can't stay.", "imminent"),
    (
        "Took the whole strip of zopiclone with a bottle of red. Getting sleepy. Wanted to say thanks x",
        "imminent",
    ),
    (
        "Dad's sent the whole family a text saying he loves us and he's sorry, and his gun cabinet's open. He's not answering. We're on our way and the police are called. He's your patient so you should know. Owen Pryce",
        "imminent",
    ),
    (
        "Hose and tape are in the boot. Heading bush after tea. Don't bother with the cops mate, no one'll find the spot.",
        "imminent",
    ),
    (
        "Sweet as, it's all sorted. Ute keys are with Hemi and my letter for Mum's under the mat. No more hurting after tonight. Ka kite.",
        "imminent",
    ),
    (
        "I've done something stupid. Took a load of paracetamol at lunch. I feel alright now but I read that's how it goes with that one.",
        "imminent",
    ),
    ("Doing it.", "imminent"),
    ("It's tonight. Forgive me.", "imminent"),
    (
        "cant do this anymore. got the blades out. going deep this time so it actually works",
        "imminent",
    ),
    (
        "Funny old thing, I've finally got my affairs in order. Only took deciding to die to get me organised. Wednesday. Thanks for the laughs.",
        "imminent",
    ),
    (
        "This is my goodbye. I'm not angry at anybody. Please be gentle with my mum when she comes to see you.",
        "imminent",
    ),
    (
        "In the bath with the razor. Just wanted to hear from someone, even by text.",
        "imminent",
    ),
    (
        "I know exactly how much insulin it takes and it's in the fridge. After our Jess's wedding on Saturday I'll do it. I won't spoil her day.",
        "imminent",
    ),
    (
        "Hana's just told me she swallowed her whole pack of antidepressants before school. We're in A&E now. She's 16. Farah (Hana's mum)",
        "imminent",
    ),
    (
        "Tell Priya I'm sorry. I've taken the car and I know which tree on the A-road. She'll have the house, it's what she wanted.",
        "imminent",
    ),
    (
        "Going up to Dad's grave tonight with his old pills. It's the right place to finish it.",
        "imminent",
    ),
    (
        "Don't worry, you won't have to deal with me on Thursday. Or any Thursday. It's all set up for tonight.",
        "imminent",
    ),
    (
        "Dear Jan, Sorry, I know you said to keep emails short. The cat's been off her food again and the vet wants another £90 for bloods, which is typical. The neighbours at 12 have had their extension approved so we'll have skips and radios for six months, lovely. Our Pauline rang and talked for an hour about her cruise without asking me one thing. I've stopped going to the Thursday group, I couldn't stand the tea urn or the sympathy. I wanted to tell you I've got the barbecue charcoal and the tape from B&Q and I'll use them on Sunday in the back bedroom while Pauline's away, so there's no need to keep my slot. I've left the cat's things and a note for the vet on the side. You've been a help, more than you know. Brenda",
        "imminent",
    ),
    (
        "Aa've got the tablets lined up on the bedside, pet. Aa'm ganna tek them when the match starts so naebody's looking.",
        "imminent",
    ),
    (
        "Already swallowed them. Too late for the talking part. Just wanted you to know it wasn't you.",
        "imminent",
    ),
    (
        "I'm on the wrong side of the railing on the bridge. My hands are freezing.",
        "imminent",
    ),
    (
        "Ash texted me 'sorry for everything, look after the dog' and his phone's been off since. Last week he said he'd use the train line. I've rung the police. He's your client. Kieran",
        "imminent",
    ),
    (
        "Notes are written, one for each of them. They're in the drawer with my passport. Friday morning, when the house is empty.",
        "imminent",
    ),
    (
        "Sorry doctor for all the trouble. I bought rat poison today and I will take it tonight after everyone is sleeping.",
        "imminent",
    ),
    ("I drank the bleach. Not much. It burns and I'm scared.", "imminent"),
    (
        "Crushed them into a yoghurt so I'd keep them down. All of them. Going to lie down now.",
        "imminent",
    ),
    (
        "Well that's me. Got the lot down me with a can of Stella. Tell the lads the Reds better win Sunday, I won't be watching 😂",
        "imminent",
    ),
    (
        "Pills in one hand, phone in the other, typing with my thumb. Counting down from ten.",
        "imminent",
    ),
    (
        "Mam's put her rings in an envelope with my name on and told the neighbour she's 'going to see Dad tonight'. All her tablets are out on the table. I'm two hours away. I've rung 999. Gail (Mrs Henderson's daughter)",
        "imminent",
    ),
    (
        "The plan is Sunday, the lighthouse at St Mary's. I'm telling you so someone knows it wasn't an accident.",
        "imminent",
    ),
    (
        "It's the vein this time, not the skin. Blood everywhere. No idea why I'm texting you of all people.",
        "imminent",
    ),
    ("Ah'm sittin on the Erskine Bridge railin. Dinnae phone the polis.", "imminent"),
    (
        "No more appointments needed thanks Doc. Sorted my own way out. The gear's in the shed and it'll be done before the missus is back from netball.",
        "imminent",
    ),
    (
        "I've hidden the pills where nobody will find them and I'm taking them on my birthday next Tuesday. My present to myself.",
        "imminent",
    ),
    (
        "Told him goodbye. Left the front door on the latch so they won't have to break it in. Thank you for all the Tuesdays.",
        "imminent",
    ),
]
