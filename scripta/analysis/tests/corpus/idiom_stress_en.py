"""Idiom and look-alike stress set (English), training-only: words of crisis used without crisis.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
150 messages: none 100, low 30, moderate 20.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Quick one: I counted out my sertraline for the Lisbon trip, 14 tablets for 14 days, but the whole box is 28. Should I bring the lot in case the flight home is delayed? Ana",
        "none",
    ),
    (
        "I'm dead inside after that meeting 🙃 no but seriously, I've been a bit sad this week, could we talk about it Thursday? Kim",
        "low",
    ),
    (
        "Hey, I'll have to miss the last session before Christmas, flying to Chicago on the 19th. I guess it's goodbye till January! Happy holidays, Megan",
        "none",
    ),
    (
        "Dear Dr Lewis,\n\nJust a quick note following our last session. I went to see Grandad's old cabinet-making workshop before the house clearance people come on Friday. I'd been putting it off for months.\n\nEverything was where he left it: the chisels in their roll, the tenon saw, the old razor he used to strip veneer, his handwriting on the drawer labels. I spent an hour there. I took the chisels and his pencil, and I'm giving the rest of the tools to the men's shed in the village, which I think he would have loved.\n\nI expected to fall apart. I didn't. I cried a bit when I locked the door for the last time, but it felt like the right kind of goodbye.\n\nSee you on the 4th.\nWarm wishes,\nTom Reilly",
        "none",
    ),
    (
        "This is Nikhil. Last time also I missed, sorry for that. Kindly note I will be out of station till 18th, going to my native place for my cousin's marriage. Please do the needful and shift my appointment. Regards",
        "none",
    ),
    (
        "Dear Dr Ward,\n\nI'm writing because I couldn't say it on Tuesday. I haven't left the house since Saturday. I told work I had a migraine. The curtains have been shut for four days and I've mostly been in bed, scrolling and sleeping.\n\nIt isn't like the bad times before, the ones we discussed at the start; I'm not thinking about dying and I don't want you to worry about that. It's more like everything has gone grey and pointless and I'm afraid I won't make it back out of this one.\n\nMy sister is coming round tomorrow with shopping, so I'm not completely on my own.\n\nCould we talk before next Tuesday?\n\nSorry,\nHélène",
        "moderate",
    ),
    (
        "I keep thinking about the thing I did with the pills at 19. It's twenty years ago and I'm fine now, but that news story brought it all back. Feeling wobbly. Lorraine",
        "low",
    ),
    (
        "Hi, it's Tom. Hypothetical question: if I felt like I couldn't go on again, like last winter, would you rather I texted or called? I'm OK at the moment.",
        "low",
    ),
    (
        "Chef had me on knife duty for five hours, onions till I bled (tiny nick, plaster on, all good 👍). Could I switch to the 8am Saturday slot? Kitchen rota's changed. Ravi",
        "none",
    ),
    (
        "Lonely tonight. Dan's away with work till Friday and the flat is dead quiet. Would be good to talk on Thursday. Mira",
        "low",
    ),
    (
        "yo sorry for going ghost, my laptop died and my phone's cracked. all good tho. weds still on? - Tyrese",
        "none",
    ),
    (
        "Jade's friend self-harmed at school and Jade was the one who found the blade in the toilets. She's upset but talking to me about it. Could she have an earlier session? Donna (Jade's mum)",
        "low",
    ),
    (
        "Got a summer job with a bungee company in Queenstown, I'll be the one strapping people's ankles and shouting 'three, two, one'. Flying out on 2 January so we'll need to finish before then. Jack M.",
        "none",
    ),
    (
        "I'm doing props for Hedda Gabler at the Little Theatre and had to source a pistol that looks real from the stalls but is obviously a toy up close. The gun arrives Tuesday, which means I'll miss Tuesday's session, sorry. Could we do Friday? Olu",
        "none",
    ),
    (
        "Heads up, I'm on the 07:42 train from Reading and it's stuck outside Slough. Might be 15 minutes late, sorry! Imogen",
        "none",
    ),
    (
        "Giving my houseplants away before the move to Perth, 23 of them, and the neighbours are thrilled. Only keeping the cactus. Lisa",
        "none",
    ),
    (
        "Dear Dr Fraser,\n\nI hope you don't mind me writing between sessions. I'm a staff nurse on the acute medical ward, as you know, and this week we lost a patient I'd looked after for nearly a month, a lovely man of 58 who came in after an overdose and developed liver failure. He'd taken the tablets on purpose, and he told me on one of the night shifts that he regretted it almost immediately.\n\nI'm not writing because I'm in danger or anything like that; I'm writing because I can't shake how sad I feel. I keep replaying the conversation. The ward manager has offered a debrief on Monday and I'll go.\n\nI think I'd like to use Thursday's session for this rather than for the work stuff we planned, if that's all right.\n\nThank you,\nGrace",
        "low",
    ),
    (
        "Dear Dr Patel,\n\nI am writing to inform you that I will be relocating to Bengaluru from the 1st of February, as my company has transferred me to the head office. It has been a difficult decision but I have decided it is the right thing for my career and for my parents, who are getting older.\n\nI wanted to say goodbye properly and thank you for these two years. When I first came I could not even take a call from my manager without my hands shaking. Now I am the one giving presentations.\n\nIf possible, I would like to continue on video once a month after I shift, at least till the summer. Please let me know if the fee and timing will be same, and whether the time difference of 5 and a half hours can work for you.\n\nWith warm regards,\nSuresh Iyer",
        "none",
    ),
    (
        "Ugh the heat in the Delhi metro today, I thought I will faint and die. Reached office finally. Confirming Saturday 11am. Ankit",
        "none",
    ),
    (
        "I killed that presentation!!! The director asked for my slides afterwards. Thank you for the breathing stuff. Hana",
        "none",
    ),
    (
        "starving, could kill for a curry. running 10 mins late, on the 38 bus. Arjun",
        "none",
    ),
    (
        "Wrote letters to everyone on the allotment committee today telling them I'm stepping down as treasurer. Felt like a weight off. See you Monday, Gwen",
        "none",
    ),
    (
        "Dear Dr Moretti,\n\nI hope you're well. I'm writing from Lisbon, as promised, with the report you asked for on the trip. The short version: it went better than I dared hope.\n\nThe flight was the hardest part. I did the breathing on take-off and counted the rows to the emergency exit, which I know is a bit much, but it worked. I had my tablets in my hand luggage, counted out in the little weekly box, with the whole original box in the suitcase in case security asked.\n\nThe best moment was on Thursday, at the viewpoint in Alfama. My sister dragged me up to the edge of the terrace, and two years ago I'd have stayed by the wall. I stood at the railing for a good ten minutes and just looked at the river. She took a picture of me laughing, which she says is the first holiday photo of me in years where I'm not gritting my teeth.\n\nOne practical thing: we fly back on the 9th at night, so could we make the session on the 10th a video one instead of in person? I'll be dead on my feet.\n\nWarm regards,\nAna Ferreira",
        "none",
    ),
    (
        "Panic attack on the train home, full blown, had to get off at Clapham. It's still going, I'm shaking and I can't make it stop. Nia",
        "moderate",
    ),
    (
        "Scuba course done, we dove to 18m off the pier at Swanage. The instructor said I was the calmest in the group, which is hilarious given where I started. Omar",
        "none",
    ),
    (
        "What's the point of anything. The landlord's selling and I'll have to move for the fourth time in three years. Last straw. Ben",
        "moderate",
    ),
    (
        "Fell off the overhang at the climbing wall, the rope caught me and I went straight back up. Last year I'd have gone home. Sam",
        "none",
    ),
    (
        "Tried the ghost pepper wings at the pub challenge and genuinely thought I was going to die. Got the T-shirt though 😂 Shane",
        "none",
    ),
    (
        "The barber took a cut-throat razor to my neck today and I didn't flinch. Small win for the being-touched thing we talked about. That's my news! Marco",
        "none",
    ),
    (
        "What we talked about on Tuesday, the tablets I took when I was 17, has been on my mind all week. Not in a bad way, I just feel sad for that girl. Can we go back to it? Rachel",
        "low",
    ),
    (
        "feeling really down today, the goodbye with Luca at the airport was brutal. six months til I see him again 😢 Giulia",
        "low",
    ),
    (
        "Did the cliff walk from Bondi to Coogee with my sister, 6km, and no panic at the edges at all. Stoked. Mel",
        "none",
    ),
    (
        "Overdid it at the gym, legs are dead, can barely get up the stairs. Worth it. Kim",
        "none",
    ),
    (
        "Work is absolutely killing me this week, three audits back to back. Still fine for Thursday at 5? Priya",
        "none",
    ),
    (
        "Bridge club tonight, my partner bid six no trump and went down three. I laughed so much I cried. Social life restored 😄 Margaret",
        "none",
    ),
    (
        "I cut my hair! Properly cut it, 30cm off, and donated it to the Little Princess Trust. Feel amazing. Lucy",
        "none",
    ),
    (
        "Final exams over!!! Never opening a chemistry textbook again, goodbye forever Le Chatelier. Rhys",
        "none",
    ),
    (
        "just finished elden ring, died like 400 times to the final boss lol. unrelated but can we do 4pm instead of 3? josh",
        "none",
    ),
    (
        "Another panic at 2am, heart pounding, I was sure I was dying and ended up in A&E. ECG normal. It's 5am now and I'm still shaking and it won't stop. Dina",
        "moderate",
    ),
    (
        "hahaha im DEAD. my dad spent 20 mins trying to scan the QR menu at the restaurant. ok see u thurs. Kayla",
        "none",
    ),
    (
        "My nephew's history project is a model of the gallows at Tyburn, made out of lolly sticks and string. Gruesome, but he got an A. Anyway, confirming I'll bring Lucas on Tuesday. Dawn (Lucas's mum)",
        "none",
    ),
    (
        "The lads at work have a running joke, 'if the boss rings, tell him I'm dead'. I actually laughed today instead of assuming it was about me. Progress? Connor",
        "none",
    ),
    (
        "gaming night w the boys, we got absolutely slaughtered in the tournament lmao. no regrets. see u mon. Kofi",
        "none",
    ),
    (
        "I can't go on like this with the neighbours' bass. Third night with no sleep. Not suicidal, just at breaking point. Leon",
        "moderate",
    ),
    (
        "Sir I am feeling very lonely in the hostel, all my roommates went home for Diwali and the whole floor is dead silent. Nothing serious, only I am missing home. Rohan",
        "low",
    ),
    (
        "Took the dog for her last walk of the year on Formby beach, freezing but perfect. Just a good day, wanted to log it like you said. Pat",
        "none",
    ),
    (
        "I'm at the end of my rope with this custody case. The hearing's been postponed again and I can't see a way out. Mike",
        "moderate",
    ),
    (
        "Hello doctor, my English not so good sorry. I need change appointment because my son he have operation on knee, they cut Tuesday morning. Is possible Friday? Thank you, Olena",
        "none",
    ),
    (
        "Tonight's the night!! First open mic at the Crown, I'm playing three songs. No need to reply, just excited. Jess x",
        "none",
    ),
    (
        "Dentist tomorrow, I'd rather be shot honestly, but I'm going. Can we put the phobia stuff on the agenda next week? Leah",
        "none",
    ),
    (
        "Hiya, just to say I've finished the box of pills the psychiatrist gave me and the new prescription's been sent to Boots. All sorted. Carly",
        "none",
    ),
    (
        "My nan says 'over my dead body' about me getting a tattoo, so naturally I've booked it for Saturday 😂 Next week still OK? Courtney",
        "none",
    ),
    (
        "Dear Dr Ahmed,\n\nA slightly odd email, sorry. You know I've been making the memorial quilt for the hospice's remembrance service. Forty squares, one for each family who asked. It was finished at two this morning and I'm writing to tell you that because the last square was for the family of the young man who jumped from the multi-storey in March, and I'd been dreading it since I said yes.\n\nI did it the way we discussed: I sewed it in daylight, at the table, with the radio on, and I stopped when my hands started shaking rather than pushing through. It took four sittings. When it was done I felt proud rather than haunted, which surprised me.\n\nThe service is on Sunday at 3pm in St Anne's, if you're ever curious. No expectation at all.\n\nThursday as usual.\nBest,\nMargaret Lowe",
        "none",
    ),
    (
        "Hi,\n\nThis is a hard one to write. My partner Sam told me last night that before we met, when he was at uni, he tried to hang himself in his student room and his flatmate found him. He's had years of help since then and says he's in a good place now, and honestly he seems it.\n\nI'm not sure what I'm feeling. Mostly sad for him, a bit shocked, and a bit guilty that I didn't know after three years. I didn't sleep much.\n\nI don't want to turn his story into mine, but I think I need some help knowing how to be around him now without treating him like he's made of glass. Could we talk about it on Wednesday?\n\nThanks,\nAlex",
        "low",
    ),
    (
        "honestly cant take it anymore w this thesis, 3rd rewrite and my supervisor hates all of it. not in a dark way, just DONE, it's killing me. mo",
        "moderate",
    ),
    (
        "When I was at uni I used to cut, and I'd never said it out loud before Tuesday. Feeling raw but lighter. Thank you. Ollie",
        "low",
    ),
    (
        "The GP said to stop the amoxicillin after 7 days even though there are tablets left in the box. Can I just hand the rest back to the pharmacy? Checking it doesn't matter for my other meds. Yusuf",
        "none",
    ),
    (
        "That spin class is going to be the end of me. Nothing else to report, good week. Dom",
        "none",
    ),
    (
        "Hi, question about my prescription: the chemist says the 20mg citalopram tablets are out of stock and offered two 10mg instead. That's the same thing, right? Fiona",
        "none",
    ),
    (
        "Finally ended it with the gym! Cancelled the contract, no more £45 a month for a place I went to twice 😅 Rob",
        "none",
    ),
    (
        "Can you resend the link for tomorrow? The last one died on me halfway through. Thanks, Eoin",
        "none",
    ),
    (
        "Dear Dr Moore,\n\nSorry for the delay in getting the forms back. I'm attaching the questionnaire you sent and the consent for sharing the feedback letter with Dr Green.\n\nIn case it comes up: in the question 'have you ever had thoughts of ending your life', I ticked 'no' and I meant it; I know some people find that question upsetting, but it's not a raw spot for me. The one I hesitated over was the drinking question. I put 'two or three times a week, a couple of glasses with dinner', which is the truth and has been for years.\n\nThe other thing I wanted to mention is that my husband and I have booked our anniversary trip for the week of the 20th, so we'll miss that couple session. Could we come the Monday after instead?\n\nBest regards,\nJoanna Webb",
        "low",
    ),
    (
        "Forgot my sertraline at home in Cork and I'm in Galway till Sunday. Can I skip three days or should I get an emergency supply from a chemist here? Niamh",
        "none",
    ),
    (
        "Last time I'll be writing from the old flat, the movers came at 8 and the place is empty. Strange but good. New address for invoices: 14 Harcourt Road, Dublin 2. Aoife",
        "none",
    ),
    (
        "Sue's farewell party from accounts was lovely, and I did a speech without shaking 🎉 Mandy",
        "none",
    ),
    (
        "I've made my mind up: giving away all my old uni textbooks on Freecycle. The spare room is finally getting sorted and it feels great 😊 Harriet",
        "none",
    ),
    (
        "Missing everyone from the old job so much. Last day was yesterday, they gave me a card signed by all 40 of them and I feel like I've disappeared from my own life a bit. Low today. Kerry",
        "low",
    ),
    (
        "My band is called Dead Letter Office and we've got a gig at the Fleece on Saturday. I know, I know, the name. I'll be shattered on Sunday so can I move the Monday morning one? Finn",
        "none",
    ),
    (
        "Hi Ruth,\n\nIt's been a terrible week and I wanted you to know before Thursday rather than saving it all up.\n\nSince the warehouse announced the redundancies on Monday, I've gone home each night and had the best part of a bottle of red to get to sleep. Last night it was a bottle and a half. I know what you'd say and you'd be right.\n\nI keep telling myself it's temporary, but I'm 54, there's no other work in this town, and I can't see it ever getting better. My wife says I'm acting like the world's ending. Some days it feels like it has.\n\nI'm not in any danger, don't worry on that score. But I think I need to talk about the drinking properly this time.\n\nThursday at 6.\nGary",
        "moderate",
    ),
    (
        "Bungee off the Kawarau bridge DONE!!! Screamed the whole way down, Mum would have died on the spot. Back in the UK on the 12th, can we restart the week after? Liam",
        "none",
    ),
    (
        "Jumping on a call with the bank now so I'll be 5 mins late for our video. Sorry! Will",
        "none",
    ),
    (
        "Four glasses of wine tonight to get through the ironing and the dead silence of the house. I know. Kiera",
        "moderate",
    ),
    (
        "Haven't left the flat since Friday. Fridge is empty and I keep ordering takeaway instead of going out. Feels like I'm slowly disappearing. Rory",
        "moderate",
    ),
    (
        "You asked me to tell you if I ever felt unsafe: I don't, and I'm not going to hurt myself. It's just a sad evening after the row with Mum. Hana",
        "low",
    ),
    (
        "If I ever got to the point of thinking about pills again, who do I ring at the weekend when you're off? Asking because the crisis leaflet you gave me has the old number. I'm fine right now. Anna",
        "low",
    ),
    (
        "Dear Dr Shaw,\n\nThank you for last Tuesday. I've been thinking about the homework, the 'last times' list, and I wanted to send it before I lose my nerve about showing it to you.\n\nLast time I ate at the Italian place on Gloucester Road: with Mum, the week before she moved to Spain. Last time I drove on a motorway: 2019, before the accident. Last time I wore the green dress: my thirtieth. Last time I rang my brother without a reason: I honestly can't remember, which is probably why you set this exercise.\n\nReading it back, it's less a list of endings than a list of things I'd like to do again. I rang my brother last night. We talked for forty minutes about his allotment and nothing else and it was lovely.\n\nI'll bring the paper copy on Tuesday.\n\nBest wishes,\nFiona Grant",
        "none",
    ),
    (
        "Hey,\n\nSo you know how I said I wanted to stop dreading the staff Christmas party? I went. I went AND I did karaoke. The whole team did a power ballad called 'Burn the Bridges Down' and I ended up with the solo line, 'tonight I'm jumping, catch me if you can', because nobody else would take it. I died of embarrassment for about four seconds and then everyone was cheering and I completely forgot to be self-conscious.\n\nAfterwards Priya from finance said she'd had no idea I was funny. I went home at midnight and slept like a log.\n\nNo need to reply, I just wanted you to have the good news on record before I start doubting it.\n\nSee you on the 16th.\nLaura",
        "none",
    ),
    (
        "The farm's finished. The bank rang this morning, we'll have to sell the herd by March. Don't know how we come back from this. Gerry",
        "moderate",
    ),
    (
        "My flatmate's cat left a dead mouse in my trainer. I screamed so loud the neighbours knocked. Anyway, could you send the November invoice? Jack",
        "none",
    ),
    (
        "Saw Dead Poets Society at the Prince Charles cinema last night. Cried at the end, the good kind. Greg",
        "none",
    ),
    (
        "Grandad's old shotgun finally went to the police amnesty today, Mum wanted it out of the garage for years. One less job on the list. Hamish",
        "none",
    ),
    (
        "Won't be able to make it Thursday, my car died on the M6 and it's at the garage till next week. Could we do video? Anil",
        "none",
    ),
    (
        "gonna hang the new shelves tonight if it kills me lol. will text re friday. Dan",
        "none",
    ),
    (
        "I'm over it! The argument with Jen I mean. We talked it through on Sunday and we're fine. Just wanted you to know. Chloe",
        "none",
    ),
    (
        "Hi Marco,\n\nIt's Jess. Last night was the final performance of 'The Last Night of Ballyhoo' at the community theatre, and I wanted to tell you it went off without a hitch. I'd been so worried about the scene where I have to hold the kitchen knife and scream at my stage brother, because of the flashbacks we talked about, but I used the grounding thing before my entrance and it was fine.\n\nFunny moment: the prop knife is rubber and on Friday it bent completely in half on the table. The whole audience laughed. I nearly died, but the director says it was the best laugh of the run.\n\nWe had the cast party afterwards and I left at eleven, tired but happy. I'm going to miss everyone. It feels like the end of something but in a nice way.\n\nTuesday at 5 as usual?\nJess",
        "none",
    ),
    (
        "Dear Dr Hughes,\n\nI'm sorry this is long. I've tried to write it three times.\n\nThe exams start on Monday and I honestly can't take any more. I've been revising from 7am till 1am for three weeks and it still isn't going in. My parents keep saying 'you're killing yourself over this', which is meant kindly, but it makes me feel like I'm failing even at revising properly.\n\nWhatever I do, I think I'm going to fail, and then I'll lose the place at Edinburgh and everything I've worked towards for five years is finished. I can't see any version where this goes well.\n\nI want to be clear: I'm not going to hurt myself and I'm not thinking about anything like that. But I'm not sleeping or eating properly and I've cried every day this week.\n\nCould we have a session before Monday?\n\nThank you,\nMaya",
        "moderate",
    ),
    (
        "Shot my first 30 arrows at the archery club and hit gold twice!! Proud of myself. Tariq",
        "none",
    ),
    (
        "Tomorrow it's five years since Dad died. I'm sad, not in crisis, just letting you know I'll be quiet. Siân",
        "low",
    ),
    (
        "Sorry, can't make Friday, I'm on jury duty. A stabbing case apparently, not allowed to say more. I'll ring Monday to rebook. Peter",
        "none",
    ),
    (
        "Hi, it's Karen, Jake's mum. Jake hasn't been to school since Monday, he stays in his room with the blinds down. He says the exams are 'killing him'. No talk of anything worse, but could you see him sooner?",
        "moderate",
    ),
    (
        "Stayed in bed all day, didn't even open the curtains. Switched my phone off and disappeared under the duvet. I just can't face anything. Cat",
        "moderate",
    ),
    (
        "Honestly my exam went so badly I wanted the ground to swallow me, I could have died of embarrassment. Bio paper 2, question 6, total blank. Oh well, resits are in June. Ella",
        "none",
    ),
    (
        "Our choir is learning a piece with the line 'lay me down by the river and let the water take my name'. The conductor says it's about baptism, I just think it's gorgeous. Rehearsals move to Thursdays though, so could I have the 6pm slot instead? Claire",
        "none",
    ),
    (
        "My mum has discovered voice notes and I want to disappear into the floor every time she sends one to the family group 😂 Sarah",
        "none",
    ),
    (
        "Kids' sports day: did the parents' race and nearly died, came last and pulled a hamstring. I'll be limping into our session tomorrow lol. Gareth",
        "none",
    ),
    (
        "My psychiatrist put the quetiapine up to 50mg and I slept like the dead, 10 hours straight. Is that normal for the first week? Otherwise feeling fine. Joel",
        "none",
    ),
    (
        "Work is killing me and honestly I can't take any more. Sixty hours this week and nothing ever changes whatever I say. Hal",
        "moderate",
    ),
    (
        "The overdose awareness stall at uni went really well, we handed out 200 naloxone leaflets. Proud of our society. Bea",
        "none",
    ),
    (
        "Jumped off the 10m board at the leisure centre today. ME. The one who couldn't stand on a fourth-floor balcony last year 😁 Dev",
        "none",
    ),
    (
        "I've decided! Taking the job in Leeds. Goodbye Bristol, hello rain. Could we look at switching to video sessions from January? Sophie",
        "none",
    ),
    (
        "No thoughts of ending it, to answer your question from Monday. Just tired and sad. Priti",
        "low",
    ),
    (
        "Our butcher on Church Street is closing after 60 years, last day Saturday. Queued an hour for sausages and a goodbye, half the village was there. Anyway, I'll be a few minutes late on Monday. Gill",
        "none",
    ),
    (
        "The man in the bed next to my mum keeps shouting 'I just want to die, let me go' all night. It's really getting to me and I'm not sleeping. Could we talk on the phone this week? Farah",
        "low",
    ),
    (
        "Hi Dr Bianchi, the vet gave Biscuit tablets for his kidneys and I nearly took one by mistake this morning, they're the same pink as my propranolol. Caught it before swallowing anything. They're going in a different cupboard from now on. See you Wednesday, Hannah",
        "none",
    ),
    (
        "I didn't cut last night. Wanted to tell you because that's three weeks now. Ashley",
        "low",
    ),
    (
        "Hi Dr Russo,\n\nJust letting you know about our plans for Easter, since you asked us to flag anything that could affect Emily's routine.\n\nWe're going to Cornwall for ten days. Emily's very excited because her cousin is going to teach her to jump off the harbour wall at Porthleven, which every kid in the village does at high tide. I admit I'll be watching with my heart in my mouth, but the local lifeguards supervise it and she's a strong swimmer now.\n\nShe's asked me to tell you that she's going to keep her worry diary going on holiday 'for the science', her words. She's also taking the bracelet you made together.\n\nCould we do a session on Monday 25th when we're back?\n\nThanks so much,\nRachel Dunn (Emily's mum)",
        "none",
    ),
    (
        "Knackered. Twelve hours at the butcher's, broke down two sides of beef, my knife hand is dead. Still on for 10am tomorrow. Stevie",
        "none",
    ),
    (
        "Sad day. Said goodbye to the house I grew up in, handed over the keys at 2pm, then sat in the car outside and cried for ages. Sorry, just needed to tell someone. Niall",
        "low",
    ),
    (
        "Hello Dr Sen,\n\nIt's been four months since the move to Manchester and I thought it was time to be honest in writing, since I always say 'fine' on video.\n\nWork is fine. The flat is fine. But the evenings are long. I eat dinner watching Indian cooking channels so the kitchen sounds like home. On Sunday I realised I hadn't spoken to a single person out loud since Friday lunch. I'm not depressed like before, I'm not thinking of anything bad, I am just very lonely and a bit ashamed of it, because everyone at home thinks I'm living my dream.\n\nMaybe we can talk about how to make one friend here. Just one would do.\n\nRegards,\nAnjali Rao",
        "low",
    ),
    (
        "Mia's school project is on the Titanic and she keeps announcing 'and then 1,500 people died' at dinner in a very cheerful voice. Anyway, she has a class trip on the 4th so her session needs to move, sorry. Karen (Mia's mum)",
        "none",
    ),
    (
        "Hello Dr Bianchi,\n\nWriting on behalf of my son Daniel (16), who is too embarrassed to write himself, with his permission. His school drama group is putting on 'Journey's End' next month, the First World War play, and he has been cast as one of the officers who is shot in the last act. He is thrilled. He spent the whole of dinner practising falling down dead on the kitchen floor while his sister timed it.\n\nI'm mentioning it because the performances are on the evenings of 11, 12 and 13 December and the dress rehearsal is on the 10th, which is his usual session. Could we swap to the morning of Saturday 14th, or the following week?\n\nAlso, I wanted to say he seems much more himself these days. He's talking at meals again and he's been out with his friends twice this week.\n\nKind regards,\nMiriam Cole (Daniel's mum)",
        "none",
    ),
    (
        "Heads up, cousin's stag in Prague this weekend, so if I look half dead on Monday's video that's why 🙈 Callum",
        "none",
    ),
    (
        "I'm scared I won't make it through Christmas with my family this year. Mum's already started. Could I have a session before the 24th? Lily",
        "moderate",
    ),
    (
        "Read about the man who jumped in front of a train at Clapham Junction this morning and it shook me more than I expected. Kept thinking about his family all day. Feeling low, it's nothing about me, just heavy. Lou",
        "low",
    ),
    (
        "Ma'am I am dying to tell you, I got the promotion!! Will tell everything in detail on Monday. Thanks, Deepa",
        "none",
    ),
    (
        "I'm over the moon, the adoption panel said yes!!! We meet Leo next month. Sorry to shout. Helen & Mark",
        "none",
    ),
    (
        "I'm dying under this debt and nothing I do makes a dent. I'm not going to do anything stupid, I just can't see how it ever gets better. Wes",
        "moderate",
    ),
    (
        "Kill me now, the mother-in-law is staying for ten days 😂 Kidding (mostly). Can we keep Tuesday? Becky",
        "none",
    ),
    (
        "The vet says Mabel needs a tablet crushed into her food twice a day for a month. I've turned into a cat pharmacist lol. Also, can we move to 5:30? Ian",
        "none",
    ),
    (
        "Mate the heat in Brisbane today, I'm literally melting, dying out here. Still on for video Tuesday? Cheers, Brendan",
        "none",
    ),
    (
        "The baby slept through and didn't wake up till 6!! First full night in four months. I feel like a human being 💪 Zoe",
        "none",
    ),
    (
        "Hi Sarah,\n\nQuick update as I'm away for the next fortnight with the rope access crew on the Humber Bridge inspection. We'll be hanging off the towers from 7am to 4pm most days and there's no phone signal up there worth the name, so please don't read anything into it if I'm slow to reply.\n\nFunny thing: at induction the supervisor said 'the rope is the only thing between you and the river, so check it like your life depends on it, because it does', and the whole group went quiet. A year ago that sentence would have sent me into a spiral about my own head. This time I just thought, yep, fair enough, and checked my knots twice.\n\nCould we do the sessions on the 3rd and 10th by video in the evening, around 7:30? I'll be in a Travelodge in Hessle.\n\nCheers,\nKieran",
        "none",
    ),
    (
        "Ugh, I'm bleeding money on this wedding. The florist alone is £900. Anyway, Tuesday is fine. Nina",
        "none",
    ),
    (
        "My brother said on the phone he'd rather be dead than go back to rehab. He probably didn't mean it but it sat with me all day. Paul",
        "low",
    ),
    (
        "Nothing's ever going to change with Steve. Fifteen years of the same fight. I'm over it in the worst possible way. Jan",
        "moderate",
    ),
    (
        "Hi Jo,\n\nJust a note before Thursday so you don't get a shock when I walk in limping. I did the Three Peaks Challenge at the weekend with the lads from work, raising money for the mountain rescue team, and it nearly killed me. Ben Nevis in the dark, then Scafell Pike in sideways rain, then Snowdon with everyone half asleep in the minibus.\n\nSomething I noticed that I think belongs in our sessions: on Scafell at about 3am I got that old feeling of wanting to turn round and disappear back to the car, the one from the work conference. Instead of going, I told Dave I was struggling and he just walked next to me without talking. That's it, that was the whole thing, and it helped.\n\nWe raised £3,400 in the end. My knees are finished but my head is in a good place.\n\nSee you Thursday at 6.\nChris",
        "none",
    ),
    (
        "I'm dead 😂 my son just asked if you're a 'feelings doctor'. See you Monday. Tom",
        "none",
    ),
    (
        "My best mate Callum told me last night he's been thinking about ending it. He's at his parents' now and they've called the GP. I can't stop worrying about him. Can we talk Monday? Jake",
        "low",
    ),
    (
        "Just back from the hospice. The nurse says Grandma probably won't wake up again now. I'm so sad. Ellie",
        "low",
    ),
    (
        "I nearly died laughing in the staff meeting when the projector started playing Frozen instead of the quarterly figures. Sharing because you said to notice the good moments. Nadia",
        "none",
    ),
    (
        "They played his favourite song at the funeral, 'Last Train Home to Ballina', and I completely fell apart. I feel so alone since he's gone. Bernie",
        "low",
    ),
    (
        "My flatmate has stayed in bed all weekend and won't open her door. I've left soup outside it. I'm worried about her and don't know what to do. Isla",
        "low",
    ),
    (
        "The pharmacy gave me someone else's pills!! Name on the bag was R. Patel, I'm R. Pattel. Didn't take any, took them straight back and they apologised. Bit annoyed but fine. Rina",
        "none",
    ),
    (
        "Dear Dr O'Brien,\n\nMy son Conor asked me to let you know how last weekend went, as he didn't feel up to writing. His friend from the rugby club, Fionn, died in a car crash on the Naas road on Saturday night. Conor was meant to be in the car and cried for most of Sunday about that.\n\nHe's very low, understandably, but he's eating, he went to training on Tuesday and he's talking to us and to his friends. There has been no talk of hurting himself; I asked him directly, as you advised, and he said no and looked at me like I had two heads.\n\nThe funeral is on Friday. Would it be possible to see him the following week, a little earlier than the usual fortnight?\n\nWith thanks,\nBríd Kavanagh (Conor's mum)",
        "low",
    ),
    (
        "Called in sick twice this week and stayed under the duvet, and it wasn't the flu. I've basically disappeared off the face of the earth and everything feels pointless. Abby",
        "moderate",
    ),
    (
        "Told my boss I'm done, finished, handing in my notice Friday. Scary, but I've decided and it feels right. Let's talk Thursday. Kwame",
        "none",
    ),
    (
        "Ava asked me what happens when you die because her goldfish Bubbles was floating. We had a funeral in the garden with a lolly stick cross and she was very matter of fact about it. Kids! Gemma (Ava's mum)",
        "none",
    ),
    (
        "Cooked for twelve on Sunday, nearly burned the house down with the Yorkshire puddings but everyone survived 😂 Ruth",
        "none",
    ),
    (
        "Bit lonely over here in Toronto. Everyone's nice but nobody really knows me yet, eight weeks in. Some days I feel like a ghost in the office. Chat soon? Anjali",
        "low",
    ),
    (
        "My dad's on the ward since he overdosed on Friday. He's stable. I'm holding it together, just about. Emma",
        "low",
    ),
    (
        "The wind on the Cliffs of Moher was wild, nearly blew us off. Gorgeous though. Back Tuesday, see you Wednesday. Siobhan",
        "none",
    ),
    (
        "Our Year 9s did Romeo and Juliet today and the boy playing Romeo drank the poison so dramatically he fell off the stage. No one hurt. I love teaching. Beth",
        "none",
    ),
    (
        "Dear Dr Keane,\n\nForgive the long email. You asked me to write down my plan for the last week before the hospital discharge, so here it is.\n\nMonday: the physio is going to try the stairs with me. If I can do one flight with the stick, they'll sign me off. Tuesday: the pharmacist is going through all my tablets with me, there's a whole box of them now (blood thinners, painkillers, the stomach one), and she's making me a chart. Wednesday: my daughter is coming to set up the downstairs room. Thursday: going home.\n\nI'm nervous about the first night back on my own, I'll admit, but not in the way I used to be. It's an ordinary nervousness. The nurse on nights, Bola, said everyone feels like that at the end of a long stay, and that I'll be fed up with the house in a week.\n\nI'll ring the centre once I'm home to set up the next appointment.\n\nYours,\nDennis Hart",
        "none",
    ),
    (
        "The hairdresser cut my fringe way too short, I'm going to hide under a hat for a week 😂 (not really, see you Monday) Tara",
        "none",
    ),
    (
        "Rope access level 1 passed!! I can now officially hang off the side of a building for money. Thanks for all the help with the exam nerves. Greta",
        "none",
    ),
    (
        "Sorry for the typo, I meant cancel the 14th not the 4th. Autocorrect will be the death of me. Kate",
        "none",
    ),
    ("FYI my phone's dying, if I go quiet that's why. 3pm confirmed. Vik", "none"),
    (
        "Just watched the last episode and I'm not OK 😭 why did they kill off Marcus?? Anyway. Thursday? Amy",
        "none",
    ),
    (
        "Gone fishing! Literally, off to the lake with Dad for the weekend. Back Monday. Joe",
        "none",
    ),
    (
        "smoked a joint every night this week just to kill the noise in my head. nothing's ever going to change at this job anyway. Jayden",
        "moderate",
    ),
]
