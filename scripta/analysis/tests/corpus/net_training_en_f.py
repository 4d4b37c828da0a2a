"""Training-only messages for the learned risk net (bench/train_risk_net.py), author F.

Third-party reports (parents, partners, flatmates, teachers, carers), second-language writers, preparations
told as ordinary life, split/indirect wording, and harmless look-alikes (idioms, quotes, moves, goodbyes, tools).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    # ---------------------------------------------------------------- imminent
    (
        "This is Gráinne, Cian's mam. He's locked himself in the bathroom and he's after telling me through the door that he swallowed the whole box of his tablets. Ambulance is on the way. Please ring me when you get this.",
        "imminent",
    ),
    (
        "Hi, sorry, I'm Priya's flatmate, she gave me your number for emergencies. She left her cat with me this morning and said it was 'for good', her room's all boxed up and there's an envelope on the kitchen table addressed to her mum. Her car's gone and she isn't picking up. What do I do?",
        "imminent",
    ),
    (
        "Tom told me tonight he's bought a rope and he knows which tree in the woods behind the estate. He's asleep now but I'm terrified about tomorrow when I'm at work. Can you call me first thing? Hannah (his wife)",
        "imminent",
    ),
    (
        "Dear Dr Hale, I am Ellie Marsh's form tutor. This morning Ellie gave me a sealed letter for her parents and said she won't need her locker after Friday. A friend has told us Ellie said she has 'it all sorted for the weekend' and has been collecting tablets. Safeguarding and her parents have been informed; I am writing because she named you as her therapist. Regards, J. Pryce",
        "imminent",
    ),
    (
        "Good morning, I'm Mrs Okafor's home carer. When I arrived at 7 she was very drowsy with empty blister packs all over the bed, and she told me she 'took them all so it would be over'. Paramedics are with her now. Her daughter asked me to let you know.",
        "imminent",
    ),
    (
        "Jayden texted his sister 'love u, sorry for everything, bye' about 20 min ago and now his phone is off. He's not at his dad's. We've called 911. If he contacts you PLEASE let us know. Renee, Jayden's mom",
        "imminent",
    ),
    (
        "Mate it's Kirra, Josh's partner. He took the car about an hour ago and said he was going to drive off the lookout at Cobbler's Point, said he's done. Cops are heading out there. Just letting you know in case he rings you.",
        "imminent",
    ),
    (
        "Our daughter Maya (15) has just told us she cut her arm and it won't stop bleeding, it's gone through two tea towels. We're driving to A&E now. Sorry for the late text. Paul Adeyemi",
        "imminent",
    ),
    (
        "Doctor, I am sorry. I have decided, tonight I finish. The pills are on the table, I counted them two times. Thank you for trying with me. Andrzej",
        "imminent",
    ),
    (
        "I prefer to not exist any more and now I know how to make it. Sunday, when my wife goes to her sister, I will do it. I tell you because you was always honest with me.",
        "imminent",
    ),
    (
        "I am tired from the life. I wrote letters for my two children and put them in the drawer of the desk. Tomorrow early I go down to the river, at that hour nobody is there.",
        "imminent",
    ),
    (
        "Sorry for my english. I have take already all the tablets from the box, maybe 20 minutes ago. I feel strange in the head. I wanted you know it.",
        "imminent",
    ),
    (
        "Is my last message to you. You was very kind with me all this months. Please not be sad, is my decision and tonight is finish.",
        "imminent",
    ),
    (
        "Sorted all my passwords into a notebook for my sister, rehomed Biscuit with the neighbours yesterday and paid the rent up to the end of the month. Thursday's the day. I just wanted one person to know it wasn't sudden.",
        "imminent",
    ),
    (
        "I've been putting aside my sertraline and the sleeping ones since September. Counted them tonight and it's enough. I'm not telling you so you can stop me, I'm telling you so you're not surprised.",
        "imminent",
    ),
    (
        "Went to the viaduct again this afternoon and walked out to the middle. It's dead quiet up there after ten. I'm going back tonight and I'm not coming home.",
        "imminent",
    ),
    (
        "The date is the 14th. Mum's birthday is the 12th so I'll wait until after that, I'm not doing that to her. Everything is written down and the tablets are in the shoebox.",
        "imminent",
    ),
    (
        "Given away my guitar, my records and the bike. Only thing left is the drive to the cliffs on Saturday morning. Thank you for this last year, honestly, you tried harder than anyone.",
        "imminent",
    ),
    (
        "I'm at the station. Platform 3, the fast ones don't stop here. I just wanted to say thanks for everything.",
        "imminent",
    ),
    (
        "Bought paracetamol from four different shops today so nobody would clock it. 96 now. Tonight, after everyone's gone to bed.",
        "imminent",
    ),
    (
        "The thoughts are back. Not just wishing any more. Tonight. The stuff is ready in my bedside drawer.",
        "imminent",
    ),
    (
        "Can't do another winter. Won't. The car's in the garage and I've got the hose from the shed. Goodbye Dr Reyes, and thank you.",
        "imminent",
    ),
    (
        "Please tell the Wednesday group I'm sorry I won't be at the next one, or any after that. You've all been kind to me. I've got what I need and I'm going tonight. This is goodbye. Lou",
        "imminent",
    ),
    (
        "I won't need Tuesday's appointment. I've made my peace with it and tonight I'll go quietly, the pills are lined up by the bed. Thank you for listening to me all this time.",
        "imminent",
    ),
    ("took all of them. about half an hour ago. just so you know it wasnt your fault", "imminent"),
    (
        "Drank most of a bottle of vodka and swallowed the rest of my diazepam. Im sorry. Feel so sleepy",
        "imminent",
    ),
    (
        "Just had the lot, the whole strip of endone with a bottle of red. Sorry. Didn't want you finding out from the cops.",
        "imminent",
    ),
    (
        "I'm going to kill myself tonight. I'm not asking for help, I just couldn't keep it in any longer.",
        "imminent",
    ),
    ("I'm done. Tonight's the night and nobody is talking me out of it this time.", "imminent"),
    ("IM GOING TO DO IT TONIGHT I CANT DO THIS ANYMORE", "imminent"),
    (
        "'Tis Siobhán. I'm up at the old quarry, been sitting at the edge an hour working up to it. Wanted to say thanks, and sorry.",
        "imminent",
    ),
    (
        "Hi, Declan Byrne here, Aoife's da. She rang me from the end of the pier crying and said she's going in. The guards are on their way. Please ring me back as soon as you can.",
        "imminent",
    ),
    (
        "I'm Noor's flatmate. She's just told me she's taken loads of her lithium and she's slurring and acting really weird. I'm calling 999 now but she made me promise to tell you.",
        "imminent",
    ),
    (
        "My grandson Reuben left a note on his pillow saying goodbye to all of us and he isn't in the house, his bike is gone too. The police have been told. He is your patient, so I thought you should know. Margaret Hollis",
        "imminent",
    ),
    (
        "Dr. Klein, this is Melissa, Greg's wife. He's in the garage with the door locked and the engine running and he won't answer me. I called 911. I'm sorry, I don't know why I'm texting you.",
        "imminent",
    ),
    (
        "Sorry to message at this hour. Anna has been sitting on the edge of the bath with a blade for an hour saying she's ending it tonight. She's letting me stay in the room. Ambulance called. Piotr",
        "imminent",
    ),
    (
        "Mr Dunn, head of Year 10. Leo told a classmate at lunch that he is going to jump from the top of the multi-storey after school today. We have him in the pastoral office and have called his mother. Please advise.",
        "imminent",
    ),
    (
        "Support worker for Gareth at Linden Court. He showed me a cord he'd hidden under his mattress and said it was 'for tonight when staff change'. We've taken it and he's on 1:1. Could you ring the house please?",
        "imminent",
    ),
    (
        "Doctor I will not come Thursday. I have finish with this life. I bought the train ticket to the coast, there is the high cliff I told you about. I go tomorrow morning and I will not come back. Forgive me.",
        "imminent",
    ),
    (
        "Hello, I write from my sister phone because mine is broken. Tonight I will take all my medicines, I have decide it. Please don't call police, I just want to say thank you.",
        "imminent",
    ),
    (
        "My english not so good sorry. I cut too much this time, the blood is not stopping, what I must do?",
        "imminent",
    ),
    (
        "Everything is arranged. The dog is with my cousin, the keys are with the landlord, the letter for my mother is on the table. I feel calm. Tonight. Thank you doctor for your patience with me.",
        "imminent",
    ),
    (
        "cut deeper than i meant to and its soaking through the towel. i dont want to go to a&e",
        "imminent",
    ),
    (
        "Pressed down too hard and it's gaping a bit, it won't close. I'm scared. What do I do",
        "imminent",
    ),
    (
        "Handed in my notice, cancelled the gym, booked nothing after the 30th. You know what the 30th is. I'm calm about it, which is how I know I mean it.",
        "imminent",
    ),
    (
        "Went back to the railway line behind Hadley Road and timed the freight trains. The 2:15 doesn't slow down. I've decided.",
        "imminent",
    ),
    (
        "I've got a jam jar full of them now. Eight weeks of pretending to take them. It's enough. I'll do it when Jess goes away on her work trip next week.",
        "imminent",
    ),
    (
        "Dear Dr Whitcombe,\n\nI'm writing because I owe you an explanation and I'd rather you heard it from me than from anyone else. I have tried really hard this year and you have been a big part of that. But I've made my decision. The tablets are in my bag and tonight I'm checking into a hotel near the airport where nobody knows me.\n\nPlease don't blame yourself. Thank you for all of it.\n\nMarcus",
        "imminent",
    ),
    ("sorry. goodbye. tell mum i love her and tell Dr P thank you for trying", "imminent"),
    (
        "He's just sent me a photo of the bridge from the footpath and 'love you x'. He's not answering. I'm driving there now. This is Kayden's partner, Amira.",
        "imminent",
    ),
    (
        "Isla has been sitting on the roof of the garage for 40 minutes saying she'll jump if anyone comes up. Fire brigade are here. I'm her mum. Please call.",
        "imminent",
    ),
    (
        "I've run the bath and the razor blades are on the side. I'm sorry I couldn't get better for you.",
        "imminent",
    ),
    (
        "My brother found me but I'd already taken them. I'm in the ambulance now, they keep asking what I took. Just telling you because you'd want to know.",
        "imminent",
    ),
    (
        "Hung up on my dad. I'm on the top floor of the car park. Thursday was meant to be the day but it's today.",
        "imminent",
    ),
    (
        "Hey it's Bec. Won't make it Friday. Ute's parked up at the old jetty and I've got the hose and the tape from the servo. It's alright. Thanks for trying, reckon you did your best.",
        "imminent",
    ),
    ("I'm going to hang myself when I get home. It's already set up in the shed.", "imminent"),
    (
        "Sent my letters. Wiped my laptop. Left the bank details for my sister. It'll be done by the morning.",
        "imminent",
    ),
    (
        "I am standing on the balcony now, the 9th floor. I think this time I can do it. Sorry to write you so late.",
        "imminent",
    ),
    (
        "Night staff at Birchwood House. Ms Pell told me she's been keeping her evening tablets in her cheek and spitting them into a sock; she showed me about forty and said 'I'll take them once you've gone'. We've removed them and she's on checks. Could the team phone the manager in the morning?",
        "imminent",
    ),
    (
        "Just swallowed them. All of them. I didn't want to be here tomorrow and now I won't be.",
        "imminent",
    ),
    (
        "Booked a one-way train to the coast. There's a cliff path I used to walk with Gran. That's where I'm ending it, Saturday at first light.",
        "imminent",
    ),
    (
        "You told me to tell you if it ever got this bad. It has. I've got the knife and I'm going to use it tonight.",
        "imminent",
    ),
    (
        "Wrote to everyone today. Mum, Niamh, Mr Fraser from school. Told them I love them. Doing it after midnight when the house is quiet.",
        "imminent",
    ),
    (
        "Today I finish everything. The pills are ready. Goodbye Mrs Harris, you are good person.",
        "imminent",
    ),
    (
        "i've taken 30 of my mum's sleeping tablets. i feel really dizzy. please dont tell her",
        "imminent",
    ),
    (
        "I tried to hang myself last night but the beam snapped. I'm trying again tonight with something stronger.",
        "imminent",
    ),
    (
        "Evan just told me he's taken his grandfather's pistol from the safe and won't give it back. He says he's going to end it. I've called 911 and I'm outside his door. Carl (Evan's dad)",
        "imminent",
    ),
    (
        "It's Ronan, Darragh's housemate. He's after telling me he took a pile of tablets with a few cans. He's sitting on the floor of his room. Ambulance is coming.",
        "imminent",
    ),
    (
        "Everything's ready for Friday. I won't say more because you'd have to call someone. Thank you, I mean it.",
        "imminent",
    ),
    (
        "Those pills you said to keep an eye on, I've got them all in one place now, and the note. Just waiting for the flat to be empty tomorrow. Don't worry, it'll be peaceful.",
        "imminent",
    ),
    # ---------------------------------------------------------------- high
    (
        "I keep hoping I'll get something terminal. Nothing dramatic, just something that takes the decision out of my hands.",
        "high",
    ),
    (
        "On the motorway this morning I caught myself wishing a lorry would drift into my lane. Not for the first time.",
        "high",
    ),
    ("Those thoughts again. About not being here. They sat with me all through dinner.", "high"),
    (
        "Everyone would honestly be better off. Less money spent on me, less worry. I think about it most nights.",
        "high",
    ),
    (
        "I prefer to not exist. Not to die exactly, only to not be. Is this normal thing to think?",
        "high",
    ),
    (
        "Every morning I wake up and I am disappointed that I woke up. I am tired of my life, completely.",
        "high",
    ),
    ("I don't want to live any more. I'm not going to do anything, I just don't want to.", "high"),
    (
        "I wrote letters to my kids last night, just in case. I'm not planning anything, I swear, I just needed them to exist.",
        "high",
    ),
    (
        "Updated my will and put all my passwords in an envelope for Sam. Felt weirdly calm doing it. Thought you should know.",
        "high",
    ),
    (
        "Hi, Chloe's mum here. Chloe told her teacher today that she wishes she was dead. She's home with me and safe, but could we bring her appointment forward? Thanks, Karen",
        "high",
    ),
    (
        "Hi Dr Anand, it's Leah, Rory's girlfriend. Rory's been saying 'you'd all be better off without me' most nights this week. He asked me to tell you because he can't bring himself to type it.",
        "high",
    ),
    (
        "I share a flat with Oskar and he asked me to message you. He's been cutting his arms again this week, I've seen the plasters. He's OK right now and wants a session as soon as you can.",
        "high",
    ),
    (
        "Miss Patel, Year 8 tutor. After class Rosie told me she thinks about dying every day and that it feels like 'the only exit'. I've informed the DSL and her parents and wanted you to have it before Monday.",
        "high",
    ),
    (
        "Looked up how many of my tablets it would take. I didn't do anything. I just needed to know the number.",
        "high",
    ),
    (
        "I've been thinking about the bridge on my way to work. Not to do it. Just how easy it would be to stop the car and climb over.",
        "high",
    ),
    (
        "Cut again last night. Only my thigh, nothing deep. I'm telling you because I promised I would.",
        "high",
    ),
    (
        "The urge to hurt myself is really strong tonight. I've put the blades in the car boot so I can't get at them easily.",
        "high",
    ),
    (
        "Sometimes I think if I got hit by a bus it'd be a relief for everybody, me included.",
        "high",
    ),
    (
        "Honestly I hope the plane goes down on Friday. I know that's an awful thing to say with other people on it.",
        "high",
    ),
    (
        "I'm a burden. My daughter shouldn't have to drive me to appointments and sort out my tablets at her age. She'd have her life back if I was gone.",
        "high",
    ),
    (
        "I have thoughts of ending my life every day. I won't act on them, I've got the kids. But they're there from the moment I wake up.",
        "high",
    ),
    (
        "In my culture we don't talk about this, but I will say it: I think about to die. Often. Not a plan, only the thinking.",
        "high",
    ),
    (
        "Can we talk about the dying thoughts on Thursday? They've got louder since the weekend.",
        "high",
    ),
    (
        "Been burning myself with the lighter again. Little ones on the inside of my wrist. It's the only thing that makes the noise stop.",
        "high",
    ),
    ("I don't see myself being alive at 40. Honestly I don't see myself at Christmas.", "high"),
    ("what's the point of being alive if every day is the same grey fog", "high"),
    (
        "Sat in the car outside the chemist for ages thinking about buying enough paracetamol. I drove home without going in.",
        "high",
    ),
    (
        "G'day, Mick here, Tayla's dad. She told her mum last night she's been scratching her arms with the compass from her maths set. We've taken it off her. Any chance she can get in sooner than the 12th?",
        "high",
    ),
    (
        "I keep picturing my own funeral, who'd turn up, what they'd say, and all I feel is relief.",
        "high",
    ),
    ("I wish I could go to sleep and just not wake up. Every night the same wish.", "high"),
    ("I don't want to wake up tomorrow. Or the day after that.", "high"),
    (
        "Sorry I disturb you. Since two weeks I have the idea that my family is better without me. I am only a cost for them.",
        "high",
    ),
    ("ive been hitting my head on the wall when it gets too much. did it twice yesterday.", "high"),
    (
        "Care coordinator for Mr Alvarez. On today's visit he said he 'wouldn't mind if he didn't wake up' and he's stopped eating properly. No plan disclosed. Flagging ahead of your session tomorrow.",
        "high",
    ),
    (
        "Kate asked me to write because she's too tired to. Since the miscarriage she keeps saying she wants to die. She isn't doing anything, she's just saying it, over and over. Dan",
        "high",
    ),
    (
        "I'd never actually do it. But I think about jumping every time I'm on the platform. Every single time.",
        "high",
    ),
    ("My body hurts and I want it all to stop forever. Not the pain. Me.", "high"),
    (
        "Gave my good coat to my brother and the watch Dad left me to my nephew. I know how that looks. I just wanted them to have things while I'm still around to see it.",
        "high",
    ),
    (
        "Cleared out the flat, sorted the paperwork, wrote down the bank stuff for Mum. I'm not saying I'm going anywhere. I just want it all tidy in case.",
        "high",
    ),
    (
        "Stood on the footbridge over the bypass longer than I should have tonight, just looking down. Walked home eventually. Didn't want to.",
        "high",
    ),
    ("The dark thoughts. You know the ones. Back since Sunday and louder every night.", "high"),
    (
        "Scratched my arms till they bled in the work toilets today. I'm ok now but I needed to tell someone.",
        "high",
    ),
    ("I'm so tired of being alive. Not sleepy tired. Tired of existing at all.", "high"),
    ("I don't like to live. Every night I ask God to take me in my sleep.", "high"),
    (
        "Ah I don't know. Some days I think the lads would be better off without me dragging them down. Most days, actually.",
        "high",
    ),
    (
        "If I'm honest I've started googling ways to do it. I close the tab straight away but I keep going back.",
        "high",
    ),
    (
        "I've been thinking about my insulin. How much it would take. I haven't done anything.",
        "high",
    ),
    ("i want to cut so bad rn. havent yet. can we talk tmrw?", "high"),
    (
        "Hi, this is Dana, Tyler's mom. Tyler told me tonight he's thought about killing himself 'a lot' this past month. He's safe at home with me. Please call me tomorrow morning.",
        "high",
    ),
    (
        "Coach Reid from Greenfield Juniors. Aaron showed teammates fresh cuts on his forearm in the changing room today and said he does it 'when things get loud'. His parents have been told.",
        "high",
    ),
    (
        "It's not that I want to die, exactly. It's that I wouldn't mind. If it happened. If something just happened to me.",
        "high",
    ),
    (
        "I think about driving into the sea wall on the coast road. Every time I pass it I slow down and look.",
        "high",
    ),
    (
        "There's a letter for Mum in my bedside drawer now. I wrote it on Sunday. I don't have a date or anything, I just wanted it written.",
        "high",
    ),
    ("Why am I still here. Genuinely. What for.", "high"),
    (
        "Doctor, I think the solution is to go away forever. Not to travel. You understand me.",
        "high",
    ),
    ("I bit my arm until it bruised last night. First time in a year.", "high"),
    (
        "Sometimes I stand in the kitchen holding the knife longer than I need to. I haven't used it on myself. But I think about it.",
        "high",
    ),
    (
        "I keep counting the pills in the bottle and working out how many days' worth would be enough. I'm not saving them. But I count.",
        "high",
    ),
    (
        "Message from Jonah's wife, with his permission. He's told me the only reason he's still alive is the dog. He says he thinks about ending it on their walks along the canal.",
        "high",
    ),
    (
        "my family would get more money if i wasnt here. the life insurance pays out after a year, ive checked.",
        "high",
    ),
    ("I wish I'd never been born. I wish I could just switch off for good.", "high"),
    ("The only thing that feels good right now is imagining not existing.", "high"),
    (
        "I am grandmother of Leyla. Yesterday she say to me 'nana I want to die, I don't want more school'. She is only 13. Please help us.",
        "high",
    ),
    (
        "Keep thinking I could crash the car and make it look like an accident. Then the kids get the insurance and nobody has to blame themselves.",
        "high",
    ),
    (
        "Those thoughts I told you about back in March? They never really left. Worse this week.",
        "high",
    ),
    ("Burnt my hand on the hob on purpose yesterday. Told everyone it was an accident.", "high"),
    (
        "Not gonna lie, been thinking about ending it. Not tonight, I'm right for tonight. But it's there.",
        "high",
    ),
    (
        "I'm just taking up space. Everybody's life would be lighter if I disappeared for good.",
        "high",
    ),
    (
        "I'm not going to do anything, but I want you to know I've stopped wanting to be alive.",
        "high",
    ),
    (
        "This is Fern, Ollie's flatmate. Ollie's been having thoughts of suicide and asked me to tell you because he's embarrassed. He's asleep now and seems ok for tonight.",
        "high",
    ),
    # ---------------------------------------------------------------- moderate
    ("Nothing's going to change, is it. Same job, same flat, same me.", "moderate"),
    ("I can't take it any more. The noise, the bills, him. I just can't.", "moderate"),
    ("Haven't got out of bed since Saturday. Phone's been off. Sorry.", "moderate"),
    (
        "I've been having three or four glasses of wine every night just to get to sleep. I know it's not great.",
        "moderate",
    ),
    (
        "Had a panic attack on the bus and couldn't get off, I honestly thought I was going to die. Still shaking an hour later.",
        "moderate",
    ),
    ("I'm at the end of my rope with this. Honestly.", "moderate"),
    ("I can't keep living like this, something has to give.", "moderate"),
    ("I cannot more. Every day the same problems and I have no force left for them.", "moderate"),
    ("I'm scared I'm not going to make it this time. Before I had more in the tank.", "moderate"),
    (
        "Hi, it's Sue, Jamie's mum. Jamie hasn't left his room for three days and is barely eating. He says there's no point going back to college. No talk of hurting himself, I did ask. Could we have an earlier session?",
        "moderate",
    ),
    (
        "Smoked way more weed than usual this week to take the edge off. Every night. Didn't want to feel anything.",
        "moderate",
    ),
    ("What's the point of anything. Genuinely asking.", "moderate"),
    (
        "Work is killing me and I've started having a drink at lunch just to face the afternoon.",
        "moderate",
    ),
    (
        "Dr Moss, this is Ian, Carla's husband. Carla has been in bed most of this week, not going to work, crying a lot. She hasn't said anything about harming herself. She agreed I could write to you.",
        "moderate",
    ),
    (
        "Honestly don't see a way out of this debt. It's just going to keep growing till it swallows me.",
        "moderate",
    ),
    (
        "Been on the piss every night since the redundancy. Can't face the job ads sober.",
        "moderate",
    ),
    (
        "Stayed in the dark all day with the curtains shut. Didn't eat. Didn't answer anyone.",
        "moderate",
    ),
    (
        "I'm not suicidal, please don't worry about that. I'm just completely done in. I can't take another week like this.",
        "moderate",
    ),
    (
        "I am so tired from the life in this city, the work, the rent, far from my family. I don't think it will ever become better.",
        "moderate",
    ),
    (
        "Had a massive panic attack in the supermarket, had to leave the trolley and sit on the floor outside. It still hasn't really stopped.",
        "moderate",
    ),
    (
        "I keep telling myself it'll get better and it never does. I've stopped believing it.",
        "moderate",
    ),
    ("Sure what's the use. Nothing I do makes a blind bit of difference.", "moderate"),
    (
        "Took two extra of my diazepam today to get through the meeting, and one more after. I know that's not what the prescription says.",
        "moderate",
    ),
    (
        "Hello, Ms Carter, Head of Sixth Form. Isaac has missed school every day this week; his mum says he has been staying in bed and won't talk. No safeguarding disclosures. Wanted to keep you informed.",
        "moderate",
    ),
    ("I can't do this anymore. The course, the job, Mum's illness. All of it at once.", "moderate"),
    (
        "Don't worry, I'm not going to do anything stupid. But I've been drinking on my own most nights and I hate myself for it.",
        "moderate",
    ),
    ("Three days now I haven't left the house. Not even to the shop. Just couldn't.", "moderate"),
    ("Sometimes I think, what's the point of any of it, the job, the gym, the diet.", "moderate"),
    ("Spent all Sunday in bed, killed a whole bottle of gin, didn't answer my sister.", "moderate"),
    (
        "I am sorry I cancel again. I stay in bed since Friday, I cannot go out. Everything is too heavy.",
        "moderate",
    ),
    (
        "The panic is constant. I can't breathe properly and I can't think about anything else. I'm scared I'm losing my mind.",
        "moderate",
    ),
    (
        "I'm not going to hurt myself, I promise. But I don't believe anything will ever get better for me.",
        "moderate",
    ),
    (
        "Dead on my feet, haven't slept in two days, and I've started taking my flatmate's zopiclone to get any sleep at all.",
        "moderate",
    ),
    (
        "Been gaming all night every night, calling in sick, not seeing anyone. I know it's hiding. I just can't face anything else.",
        "moderate",
    ),
    (
        "I'm Beth's flatmate. She hasn't come out of her room since Tuesday apart from the loo and she's drinking a lot. She hasn't said anything scary, but I'm worried. She knows I'm texting you.",
        "moderate",
    ),
    (
        "I'm hanging on by a thread. Honestly don't know how much longer I can take this.",
        "moderate",
    ),
    (
        "Everything I try falls apart. There's no future for me in this town, and no way to leave it.",
        "moderate",
    ),
    (
        "Had to pull over on the motorway because the panic came out of nowhere, hands numb, couldn't see straight. Sat on the hard shoulder for an hour.",
        "moderate",
    ),
    (
        "Life's one long bad joke at the moment and I've stopped laughing. Nothing's going to shift.",
        "moderate",
    ),
    (
        "I'm killing myself trying to keep everyone happy and honestly I'm at breaking point. Can't take much more.",
        "moderate",
    ),
    # ---------------------------------------------------------------- low
    ("Feeling really low today. Not sure why. Just flat.", "low"),
    ("I feel so alone since the move. Nobody here knows me.", "low"),
    ("Could we speak before Thursday? I'm having a rough week and could use a chat.", "low"),
    (
        "My best mate tried to kill himself on Saturday. He's in hospital and stable. I can't stop shaking.",
        "low",
    ),
    ("I haven't cut for six weeks now. Wanted you to know.", "low"),
    (
        "If I ever got to the point of wanting to end it, what would you want me to do? Just asking, I'm not there.",
        "low",
    ),
    (
        "When I was 16 I took an overdose. I've never told anyone here. I think I need to talk about it on Tuesday.",
        "low",
    ),
    (
        "I'm not going to hurt myself. I know you'll ask, so there it is. Just a very sad week.",
        "low",
    ),
    (
        "Hi, Jo here, Maisie's mum. Before we start on Monday I should mention that Maisie self-harmed when she was 12, about three years ago. Nothing since that we know of and she's doing much better.",
        "low",
    ),
    (
        "My sister keeps saying she wants to die. I don't know how to talk to her. It's wearing me down.",
        "low",
    ),
    ("I am little sad today, it is the anniversary of my father. I only want to say hello.", "low"),
    (
        "I went to the bridge where my uncle died, forty years ago now. Left some flowers. It was sad but good.",
        "low",
    ),
    (
        "The thoughts of dying we talked about on Tuesday, they haven't come back since. Just wanted to let you know.",
        "low",
    ),
    ("Can you just tell me it's going to be ok? I need to hear it from someone.", "low"),
    (
        "Weird question maybe, but if I ever did feel like taking all my pills, would you have to tell my parents? Not that I do.",
        "low",
    ),
    (
        "A year ago tonight I was in A&E after the overdose. Feels strange. I'm ok, just a bit wobbly.",
        "low",
    ),
    (
        "Hello, I'm Greta's partner. She asked me to fill in the background form for her: she attempted suicide in 2019 and was in hospital for two weeks, no problems since. Where do I send it?",
        "low",
    ),
    (
        "My flatmate cuts herself and I found blood in the bathroom sink. I don't know if I should tell someone. It's making me so anxious.",
        "low",
    ),
    ("Lonely. Everyone's out and I'm eating cereal for tea.", "low"),
    ("It's been a sad week. Missing Nan.", "low"),
    ("Honestly, no thoughts of killing myself, I promise. Just tired and a bit weepy.", "low"),
    (
        "Just feeling a bit down in myself. Nothing major. Would love a chat if you've a slot.",
        "low",
    ),
    (
        "Hi, it's Aleksy's father. I want to say that before, in Poland, he was in hospital after he tried to take his life, when he was 14. Now he is 17. I think you must know this for the therapy.",
        "low",
    ),
    (
        "Read that article about the boy from the next town who took his own life. Can't stop thinking about his parents. I feel really heavy.",
        "low",
    ),
    (
        "I feel alone here. Nobody to talk in my language. Can we maybe talk a little on video?",
        "low",
    ),
    (
        "I used to drink every night to cope, back in my twenties. Saw an old drinking mate today and it brought it all back. I'm fine, just shaken.",
        "low",
    ),
    (
        "If it got really bad at night, like really bad, who am I supposed to call? Your number or the crisis line?",
        "low",
    ),
    (
        "My dad has been in bed for days since Mum left. I'm worried about him and I don't know what to do.",
        "low",
    ),
    (
        "Teacher here, Rhys asked me to tell you he had a sad day: his grandad's dog died. He cried in class but he's alright, no concerns beyond that.",
        "low",
    ),
    ("Bit teary today. Not bad, just teary.", "low"),
    ("Missing home heaps. Feeling a bit flat and lonely this arvo.", "low"),
    (
        "I don't want to die, I want to stop feeling like this. There's a difference and I think it matters.",
        "low",
    ),
    ("I'm not suicidal. I know the word scares people. I'm just really, really sad.", "low"),
    (
        "We had a lesson about grief at college today and I ended up crying in the toilets. Can I talk about Dad next session?",
        "low",
    ),
    (
        "My girlfriend told me last night that she tried to kill herself before we met. I'm trying to process it and it's hitting me hard.",
        "low",
    ),
    (
        "Would it be possible to have an extra session this month? Things have been lonely since the breakup.",
        "low",
    ),
    ("Not having any of those thoughts this week, which is new. Still sad though.", "low"),
    (
        "Carer for Mrs Flynn here. She's been tearful this week since her friend passed. Eating fine, no worrying comments. Just a heads up for Thursday.",
        "low",
    ),
    (
        "What would happen if I said I'd been thinking about killing myself? Would I be sectioned? I'm not saying I have. I want to know before I say anything.",
        "low",
    ),
    (
        "A friend from school died by suicide last month and today was the inquest. I feel empty.",
        "low",
    ),
    # ---------------------------------------------------------------- none
    ("Can we move Thursday to 5pm? Work thing.", "none"),
    ("Work is killing me this week, three deadlines and a team dinner. See you Monday.", "none"),
    ("I'm dying to tell you how the interview went. Got it!!", "none"),
    ("I'm dead 😂 my dog just stole the sandwich off my plate", "none"),
    ("Dead tired after the night shift, going straight to bed. Confirming Tuesday at 10.", "none"),
    (
        "Quick one: I've packed all my tablets in the wash bag for the trip. Should I take them on Spanish time or keep to UK time?",
        "none",
    ),
    (
        "Finally handed in my notice today! Said goodbye to everyone at the office, bit emotional but happy. Last day is Friday.",
        "none",
    ),
    (
        "Moving out of the flat this weekend and giving away most of the furniture online. New start in Leeds! Can we switch to video sessions?",
        "none",
    ),
    (
        "We read Romeo and Juliet in class and had to write about the ending where they both kill themselves. I got an A! Thought you'd like to know.",
        "none",
    ),
    (
        "In history we did the Roman general who fell on his sword after losing the battle. Weird lesson. Anyway, can I bring my essay on Thursday?",
        "none",
    ),
    (
        "Sorry, I'll be late Tuesday, I'm running the ropes course until 4 and have to coil all the ropes and check the harnesses afterwards.",
        "none",
    ),
    (
        "Nicked my finger with the boning knife at work today, proper chef's badge of honour. Still on for Wednesday.",
        "none",
    ),
    (
        "Walked over the old railway viaduct with the dog this morning, amazing views across the valley. Feeling good.",
        "none",
    ),
    (
        "Booked the tickets! Two weeks in Crete, leaving on the 14th. So could we skip the two sessions while I'm away?",
        "none",
    ),
    (
        "Did a massive clear-out of the wardrobe and took three bags to the charity shop. Feels lighter.",
        "none",
    ),
    (
        "Mum's having the cat while we're in Australia for the month. Can you confirm the video link for the 3rd?",
        "none",
    ),
    (
        "Started my new meds on Monday as prescribed, one in the morning. Bit of a dry mouth but otherwise fine.",
        "none",
    ),
    (
        "Question about the sertraline: if I miss a dose, do I take two the next day or just carry on as normal?",
        "none",
    ),
    (
        "That song from the choir concert, 'Take me down to the river and leave me there', has been stuck in my head all week haha. Rehearsals are going great.",
        "none",
    ),
    (
        "Our team's getting absolutely murdered in the league this season, I could scream. Anyway, see you Tuesday.",
        "none",
    ),
    ("I could kill for a coffee right now. Running 10 min late, sorry!", "none"),
    (
        "My presentation bombed, I wanted the floor to swallow me up, but honestly it was fine in the end and my boss was nice about it.",
        "none",
    ),
    ("Bye bye old job! Leaving do tonight. Thank you for helping me find the guts to go.", "none"),
    (
        "This is goodbye to the flat on Marsh Lane, handed the keys back today. Ten years there. Weird feeling but a good one.",
        "none",
    ),
    (
        "For English coursework I wrote a poem about a girl standing on a bridge deciding whether to jump. My teacher loved it. Can I show you on Thursday?",
        "none",
    ),
    (
        "Carpenter here, so yes, there'll be a fresh cut on my hand on Thursday, the saw got me. Nothing dramatic, just warning you before you see the plaster!",
        "none",
    ),
    ("Would it be ok to pay by bank transfer this month? What are the details?", "none"),
    ("Grand so, see you Thursday. I'm wrecked after the weekend, the wedding was mighty.", "none"),
    ("Got the keys to the new place! The landlord even said we can bring the dog.", "none"),
    (
        "Good morning doctor, I must change the appointment of Monday because I have exam at university. Is possible Wednesday?",
        "none",
    ),
    (
        "Hello, I'm Olivia's mum. Just confirming she'll come on the bus by herself on Thursday and I'll collect her at 5. Thank you.",
        "none",
    ),
    (
        "Sam's teacher here, just to say he's had a brilliant week and got a merit for his science project. He asked me to tell you.",
        "none",
    ),
    ("Lol my sister said she'd kill me if I ate the last brownie. I ate it.", "none"),
    (
        "Sorted Grandad's pills into his dosette box for the week like the pharmacist showed me. Proud of myself for being organised!",
        "none",
    ),
    (
        "Went to the cliffs for a picnic with the kids on Sunday. Windy but gorgeous. I'm feeling much better than last month.",
        "none",
    ),
    (
        "Our book club is doing Anna Karenina. I know how it ends, trains and all, but I'm loving it.",
        "none",
    ),
    (
        "In drama my character has to say 'I won't be here tomorrow, don't look for me' and then walk off into the dark. Nervous about opening night!",
        "none",
    ),
    ("Can you send me the invoice for October? My insurer needs it.", "none"),
    ("So over this weather, it's killing my vibe. Sessions as normal next week?", "none"),
    (
        "Heading up the coast for a week, gonna jump off the rocks at the waterhole with the cousins haha. Back for the 20th.",
        "none",
    ),
    (
        "I want to say thank you for the last session. I feel more strong now, and I found a job in a restaurant.",
        "none",
    ),
    (
        "Finished the antibiotics, took the last pills this morning, all gone! So no clash with the new prescription.",
        "none",
    ),
    (
        "This is my last message before the summer break, see you in September! Thank you for everything this year.",
        "none",
    ),
    (
        "Farewell party for my colleague tonight, she's retiring after 30 years. I gave a speech and didn't cry! Progress.",
        "none",
    ),
    ("My physio says I'm killing it with the exercises 💪 knee's nearly back to normal.", "none"),
    (
        "Dropped Bruno at my brother's for the fortnight while I'm on the course in Manchester, he'll be spoiled rotten. See you after.",
        "none",
    ),
    ("Finished the jigsaw, 1000 pieces. Yes, that's my big news.", "none"),
    ("Could you tell me the address of the new office? Is there parking?", "none"),
    (
        "Left my phone passcode and the wifi password with Mum for when the builders come. Random, sorry, it's just that I'll be at hers on Tuesday, so can I do the session from there?",
        "none",
    ),
    (
        "Planning to be at the river all Saturday, it's the fishing competition! Wish me luck.",
        "none",
    ),
    (
        "We studied a First World War poet who wrote about wishing the shells would take him. Really powerful. I want to do my essay on it.",
        "none",
    ),
    (
        "Dad here, confirming Ben's appointment is moved to the 9th. He says thanks for the sticker chart idea, it works!",
        "none",
    ),
    (
        "Had the best laugh at the comedy night, I nearly died when the guy did the seagull impression.",
        "none",
    ),
    (
        "Just so you know, I'm dropping the evening dose on Friday like the psychiatrist said. Taking the morning one as normal.",
        "none",
    ),
    (
        "The climb up the ridge was brutal, I thought my legs would give out, but we made it to the top before dark.",
        "none",
    ),
    ("Locksmith came, we're back in. Sorry I missed your call, what a morning!", "none"),
    (
        "Bought a proper set of kitchen knives for the new flat, finally! Cooking tonight to celebrate.",
        "none",
    ),
    ("Bridge club tonight! My partner and I came second. Small joys.", "none"),
    (
        "Sorry doctor, my son is sick with fever, we cannot come on Tuesday. I call you next week for a new date.",
        "none",
    ),
    (
        "My character just died for the fifth time on the same boss level. About to throw the controller out the window lol.",
        "none",
    ),
    ("Signed up for the 10k in March. Running club's been brilliant.", "none"),
    (
        "Is there any chance of a receipt that shows your registration number? I need it for the claim.",
        "none",
    ),
    (
        "Overdose awareness day at work today, I helped run the naloxone stall. Proud of the team.",
        "none",
    ),
    (
        "We've put Mum's house on the market. Lots of clearing out, but we've kept all the photos. It's the right time.",
        "none",
    ),
    (
        "Said goodbye to my students today, last day of term. They made me a card and I cried like a baby 😂",
        "none",
    ),
    (
        "The psychiatrist put my dose up to 100mg. Do I still see you the same week as him or should we split them?",
        "none",
    ),
    (
        "I'm going to end it with Marco tonight. It's been a long time coming and honestly I feel relieved.",
        "none",
    ),
    ("Bit of news: I'm pregnant! Can't wait to tell you properly on Tuesday.", "none"),
    (
        "Sorry, I'm after locking myself out and my phone's nearly dead. I'll be ten minutes late.",
        "none",
    ),
    (
        "Watched a documentary about the barriers they put on bridges to stop suicides, for my psychology module. Really interesting how much difference they make.",
        "none",
    ),
    (
        "The new blades for the Stanley knife came, so I finished the skirting boards. House is nearly done.",
        "none",
    ),
    ("I'm literally dying of embarrassment, I called my boss 'mum' in the meeting.", "none"),
    (
        "I've stopped drinking on weeknights, two months now! Only the odd glass at the weekend.",
        "none",
    ),
    ("I didn't stay in bed all day today! Got up, showered, went to the market.", "none"),
    (
        "Made my list for the move: cancel the broadband, give the plants to Anya, leave spare keys with the landlord, say bye to the neighbours. Feels like a proper fresh start.",
        "none",
    ),
    (
        "Pepper's gone to her new family on a farm with a big garden, they've already sent photos. Best thing for her.",
        "none",
    ),
    (
        "Hi, Jake's mum. His school had a suicide prevention talk today and he came home full of questions, very chatty about it, he's fine. Is it something we could mention on Tuesday?",
        "none",
    ),
    ("Can I bring my partner to the next session? He's keen to come.", "none"),
    (
        "The pharmacy only gave me two weeks' supply this time, is that normal? I'll go back on the 15th for the rest.",
        "none",
    ),
    (
        "For my English class I must write about a character in a book who wants to die. I choose Hamlet, 'to be or not to be'. Can you recommend me another one? Is for school, I am fine :)",
        "none",
    ),
]
