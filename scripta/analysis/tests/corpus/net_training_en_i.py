"""Training-only messages for the learned risk net (bench/train_risk_net.py), author I.

Adults 35-90 under strain (farm, forces, ward, police, ambulance, new mothers, pain, bereavement, carers), plain
understated SMS to formal letters, some from spouses or adult children; trade words (rope, blade, gun, ladder) in both senses.

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    ("Finished the antibiotics like the GP said. Chest's clear.", "none"),
    ("Need to move Thursday's session, the vet's coming out for the ewes. Sorry. Bill", "none"),
    ("The GP's put my sertraline up to 100. Still take it with breakfast?", "none"),
    (
        "Keep the blade from my block plane in my pocket. Some days I take it out and think about my wrists.",
        "high",
    ),
    (
        "Attended a hanging on shift today. Came home and couldn't stop thinking I understood him. That it would be peaceful.",
        "high",
    ),
    (
        "I'm at the end of my rope. And not the baler-twine kind, before you make a joke of it.",
        "moderate",
    ),
    ("Haven't opened the curtains in three days. Haven't answered the door to anyone.", "moderate"),
    ("Baby slept five hours straight! I feel almost human 😊", "none"),
    (
        "I'm going to end it with the allotment committee, they're a nightmare. Relieved just typing that.",
        "none",
    ),
    (
        "Sitting in the patrol car with my sidearm. I can't carry this any more. This is goodbye, Doc.",
        "imminent",
    ),
    (
        "I've swallowed everything in the blister packs. All of them. Feel sick. I don't want help.",
        "imminent",
    ),
    (
        "When I was in the army I cut myself a few times. Haven't in twenty years. The new GP asked about the scars and it shook me a bit.",
        "low",
    ),
    (
        "The chemo's done nothing. I've got the morphine driver here and I'm going to give myself all of it tonight. Thank you for being kind to me.",
        "imminent",
    ),
    (
        "I'm on the footbridge over the Tern. I'm not coming back from this one. Love to my girls.",
        "imminent",
    ),
    (
        "Punched the barn wall till my knuckles split open. Did it on purpose. Second time this week.",
        "high",
    ),
    (
        "The veteran from our group who jumped from the bridge last year was on my mind all day. Sad day.",
        "low",
    ),
    ("Injected all the insulin in the pen. About 10 mins ago. Shaky already.", "imminent"),
    ("Nobody would notice for a week if I died. Some nights that sounds alright to me.", "high"),
    ("Told the GP I was fine. I'm not. I think about dying most of the day.", "high"),
    (
        "I've done it. Everything in the cupboard and the gin on top. Don't call anyone please. Ian",
        "imminent",
    ),
    (
        "Don't worry about the last session, I wasn't upset, just thinking things through. All good this end.",
        "none",
    ),
    ("I watch the trains at the crossing and think how quick it would be.", "high"),
    ("I'd welcome a heart attack, honestly. Save everyone the bother of me.", "high"),
    ("Sad, mostly. Not in any danger. Just sad.", "low"),
    (
        "I'm Denise, Terry's wife. He hasn't come out of the bedroom since Sunday and won't eat. He keeps saying there's no point in anything now. I didn't know if I should tell you.",
        "moderate",
    ),
    (
        "Forty-one years married. I'm going to Jean now. I've taken what I needed. Goodbye dear.",
        "imminent",
    ),
    (
        "Stood on the chair in the loft. Rope's round my neck. Texting you because you said to. I don't know why.",
        "imminent",
    ),
    (
        "The farm sale went through and I feel lighter than I have in years. We're moving to a bungalow near the sea.",
        "none",
    ),
    (
        "Handed the keys back on the flat this morning. Goodbye damp walls and goodbye that landlord! See you Tuesday.",
        "none",
    ),
    ("Up the ladder fixing the chapel roof, first time since the knee op. Not a wobble.", "none"),
    (
        "In my twenties I took an overdose after the first divorce. The second one's going through now and I'm sad, but it's nothing like then.",
        "low",
    ),
    (
        "Two years today since Pat died. I'm going to be with her tonight. I've got her tablets and mine lined up. Don't be sad for me, love.",
        "imminent",
    ),
    ("Dreamt I was dead and woke up disappointed.", "high"),
    (
        "Sorry it's so late, it's Lorraine, Mick's wife. He's taken the shotgun out and gone off into the woods. He said 'tell Dr Price I'm sorry'. I'm terrified.",
        "imminent",
    ),
    (
        "At breaking point. The pain clinic cancelled again and I can't take any more of this.",
        "moderate",
    ),
    (
        "Sue would be better off with the life insurance than with me. I've done the maths on that more than once.",
        "high",
    ),
    ("Bloods were fine, sugars stable on the new insulin dose.", "none"),
    (
        "Talk at the farmers' meeting was called 'Suicide in farming: know the signs'. Stood at the back with a coffee. Useful for the young ones.",
        "none",
    ),
    (
        "Heard an old song on the radio about not wanting to live forever and had a laugh. I'd settle for 85 and a new hip.",
        "none",
    ),
    (
        "Went to the bridge on my walk today and stood there a long time thinking about going over. Walked home in the end.",
        "high",
    ),
    (
        "That war film scene where the captain writes to the families reminded me of my old CO. Good man. Going to ring him this week.",
        "none",
    ),
    (
        "Overdosed on my insulin an hour back. Sugar's dropping. I'm on the bathroom floor.",
        "imminent",
    ),
    ("Couldn't find the October invoice in my email, could you resend it? Thanks, Marion", "none"),
    ("Can we move my appointment to the afternoon? Also, honestly, I'm feeling pretty low.", "low"),
    (
        "Found my husband's old letters today and had a long cry. I miss him so much it aches.",
        "low",
    ),
    ("The gun's in my lap. Not a joke this time.", "imminent"),
    ("I don't see myself still being here by next harvest.", "high"),
    ("Laughed so hard at the panto I nearly died. The dame was brilliant.", "none"),
    (
        "Sometimes when I'm bathing Mum I think, when she goes I'll go too. There'd be nothing to stay for.",
        "high",
    ),
    ("Pain was 9 out of 10 all weekend. If I had the means to hand I think I'd end it.", "high"),
    (
        "This is Paula, Graham's wife. He's locked himself in the garage with the car engine running and won't open up. I've rung 999. Please ring me.",
        "imminent",
    ),
    (
        "Dear Dr Amis,\n\nYou asked me to put in writing what I could not say on Tuesday. For several weeks now I have had thoughts of taking my own life. I have no plan and I do not believe I am in immediate danger, but I felt you ought to know before next week.\n\nSincerely,\nGeoffrey Lyle",
        "high",
    ),
    ("Last message. I'm at the level crossing by Elm Farm and the 8.40 is due.", "imminent"),
    (
        "I keep running the bath and thinking I'll just slide under. Tonight when he's asleep I'm going to.",
        "imminent",
    ),
    ("Will you be away over Christmas? Just so I know who covers for you.", "none"),
    (
        "Bought a hose and tape at the DIY place today. I know where and I know when. Saturday, the lay-by on the moor road.",
        "imminent",
    ),
    (
        "Took my tablets as prescribed this morning. Should the new one go with food or on an empty stomach?",
        "none",
    ),
    (
        "My brother told me last night he wants to kill himself. He's not seeing anyone. I don't know what to do with that.",
        "low",
    ),
    (
        "Can I bring my wife to the next session? She wants to understand the PTSD side of things.",
        "none",
    ),
    ("There's nothing left for me to look forward to. Nothing at all.", "moderate"),
    ("Passed my HGV test! Could've jumped off the cab for joy.", "none"),
    (
        "Watched that old D-Day film again last night. The beach scene still gets me every time. Good film though.",
        "none",
    ),
    ("Urge to burn myself with the soldering iron is back. Strong tonight.", "high"),
    (
        "I can't be her mum. She'll be better off with Tom and his mother. I've written it all down for them. Going to the bridge now.",
        "imminent",
    ),
    (
        "Dr Shah, it's Nicola, Brenda Lowe's daughter. Mum texted me 'look after your dad, I love you all' and her tablets are gone from the cabinet. We can't find her anywhere. Please call.",
        "imminent",
    ),
    (
        "If I ever said to you I didn't want to live any more, would you have to tell my GP? Just a question, I'm not saying that.",
        "low",
    ),
    (
        "Sold the boat, gave the dog to Terry, settled my tab at the Anchor. First thing tomorrow I'm taking the dinghy out and I won't be rowing back.",
        "imminent",
    ),
    (
        "A lad from our watch took his own life last month. The station's very quiet. I'm alright, just shaken.",
        "low",
    ),
    (
        "Dad's care home has a room for him from Monday. Relieved. Will fill you in on Thursday.",
        "none",
    ),
    ("Miss my wife terribly tonight. Needed to tell someone.", "low"),
    ("Could we have a quick chat this week? Not an emergency, just a rough patch.", "low"),
    (
        "Been carrying this since Helmand. Done with it. Round's chambered and I'm sat in the car park behind the barracks. Goodbye.",
        "imminent",
    ),
    (
        "Lost the tenancy. I keep looking at the beam in the old cowshed. I know what I'm thinking and I don't like it.",
        "high",
    ),
    (
        "Drank till I passed out on the sofa. Woke at 4 with the telly still on. That's most nights now.",
        "moderate",
    ),
    (
        "I have thoughts of ending it nearly every day. I won't act on them, I've promised Di. But they're there.",
        "high",
    ),
    (
        "My sister says I'm a burden and she's right. The family would manage better without me in it.",
        "high",
    ),
    ("Could murder a bacon roll after that night shift.", "none"),
    ("I want to be where Barbara is. I don't care about much else now.", "high"),
    (
        "Handed in my warrant card today after 22 years. Tonight I'm going to finish myself off as well. Thank you for listening all these months.",
        "imminent",
    ),
    (
        "Panic took over in the supermarket, I ended up on the floor, couldn't breathe, thought I was dying. It's happening every day now.",
        "moderate",
    ),
    (
        "I'm 81. I've had a life. I'd be glad if it stopped now and I pray for it most nights.",
        "high",
    ),
    ("Feeling blue. The baby's lovely, I'm just exhausted and weepy all the time.", "low"),
    (
        "Cows are sold, the dog's gone to my brother, the gun's loaded on the kitchen table. Only writing so someone knows the farm papers are in the top drawer. Goodbye.",
        "imminent",
    ),
    (
        "Enough sleeping tablets put aside now. I've picked the date, our anniversary, the 14th.",
        "imminent",
    ),
    (
        "The physio says I'm killing it with the exercises. His words, not mine. Made my week.",
        "none",
    ),
    ("No more drinking in the evenings, three months sober on Friday.", "none"),
    ("I picture my own funeral more than I should and it feels like a relief.", "high"),
    (
        "Clearing Dad's shed I found his old service revolver, deactivated. Handed it in at the police station. One less thing to sort.",
        "none",
    ),
    (
        "Everything's pointless. The farm, the fight with the bank, all of it. It only goes one way.",
        "moderate",
    ),
    ("Sorry for the late message, night shift. Confirming Tuesday at 10. Jo", "none"),
    (
        "Pain team have set the pump dose right at last. First decent night's sleep in weeks.",
        "none",
    ),
    ("It'd be easier on Gemma if I wasn't around. The debts go with me.", "high"),
    (
        "My grandson's history project is on soldiers in the trenches who shot themselves in the foot to get sent home. He asked me a hundred questions, being an old soldier.",
        "none",
    ),
    (
        "To the clinic,\n\nI am writing as asked. Since my discharge from the regiment I have had persistent thoughts of suicide, worse at night. I have not acted on them. I would like this noted before my review.\n\nSgt (retd) D. Hollins",
        "high",
    ),
    (
        "Walked into the river up to my waist. It's very cold. Going the rest of the way now.",
        "imminent",
    ),
    (
        "Missed four shifts this week. Can't get myself out of the front door since the tribunal.",
        "moderate",
    ),
    ("Every day I drive over the viaduct I slow right down and look at the drop.", "high"),
    ("Sorted Mum's power of attorney today. Big weight off. See you Thursday.", "none"),
    ("Wish I'd gone down with the lads at Musa Qala instead of coming home to this.", "high"),
    (
        "Hi Dr Kerr, Liam here, the son of your patient Rose Finch. Since the fall Mum won't get dressed or leave her bed, three days now, and she says she's given up. We're worried.",
        "moderate",
    ),
    (
        "I wouldn't say I'm suicidal, before you ask. But I'm at the end of my tether and I can't see any way forward.",
        "moderate",
    ),
    ("I'm tired of being alive. Not sleepy tired. Tired of being here at all.", "high"),
    (
        "My mother-in-law took an overdose on Sunday. She's stable now. I'm rattled and can't concentrate on anything.",
        "low",
    ),
    ("It's not that I want to kill myself. I just wouldn't mind not being here.", "high"),
    (
        "Cut my forearm with a razor blade last night. Not deep. Just needed to feel something else.",
        "high",
    ),
    (
        "i've just swallowed the lot. all mum's dementia tablets and mine. sorry sorry sorry",
        "imminent",
    ),
    (
        "Bought a new pack of Stanley blades for the lino, finally finishing the kitchen floor.",
        "none",
    ),
    ("I don't want to wake up tomorrow.", "high"),
    (
        "Retired today after 35 years on the force. 'Goodbye and thanks for putting up with me' is how I ended the speech. Went down well!",
        "none",
    ),
    (
        "Could my wife and I have a joint session about how we split caring for her father? Whenever suits.",
        "none",
    ),
    (
        "Took the whole box of my morphine tablets about twenty minutes ago. Just wanted someone to know. Don't send anyone.",
        "imminent",
    ),
    (
        "Up the ladder clearing the gutters today and I thought, if I just let go. Didn't, obviously. But the thought's stuck with me all day.",
        "high",
    ),
    (
        "Wrote a goodbye card for the vicar today, he's retiring after forty years in the parish.",
        "none",
    ),
    (
        "Got the rope fixed on the bale elevator at last, so the hay's in before the rain. Good day.",
        "none",
    ),
    ("Bit my arm hard enough to break the skin again last night. It helps for a minute.", "high"),
    ("I don't want to be alive any more. The pain has won.", "high"),
    (
        "A year since we lost Ellie. I'm going to be with her on her birthday, Tuesday. I've kept every tablet the GP gave me for it.",
        "imminent",
    ),
    ("The plan: sleep till ten, bacon sandwich, then the rugby. Nobody ring me 😄", "none"),
    (
        "Taking the blood pressure tablets at night now like the GP suggested. Sleeping better.",
        "none",
    ),
    ("Since Tony went I talk to him every night and ask him to come and fetch me.", "high"),
    (
        "I did NOT spend the day in bed today. Got up, walked the dog, rang my sister. Bit proud of myself.",
        "none",
    ),
    (
        "I've taken the morphine I kept back from a job last month. Feels warm. Sorry Dr M.",
        "imminent",
    ),
    (
        "I've decided. Saturday. Ladder's in the barn and the rope's already cut to length. Please don't try and talk me out of it.",
        "imminent",
    ),
    (
        "If you're reading this I've gone through with it. The note is for Alison. I'm sorry I couldn't be the patient you wanted.",
        "imminent",
    ),
    (
        "What's the point of anything. I do the physio, I take the pills, I'm still in agony.",
        "moderate",
    ),
    ("I hope the lorry coming the other way clips me one of these mornings on the A49.", "high"),
    (
        "Wife says I'm bloody impossible when I'm in pain. She's not wrong 😂 Knee's better this week.",
        "none",
    ),
    (
        "Had enough. The van's parked in the woods off the Clee road with the hose on the exhaust. Only telling you so they find me and not the kids.",
        "imminent",
    ),
    (
        "The lads at the fire station have a sign over the door: 'If you're going through hell, keep going.' Made me smile this morning.",
        "none",
    ),
    (
        "Sermon this morning was on Judas hanging himself. Grim stuff for a Sunday. Roast was good though.",
        "none",
    ),
    (
        "If the cancer comes back I won't be doing the treatment. I'd rather it just took me this time.",
        "high",
    ),
    (
        "Dead on my feet after calving. Fell asleep in the parlour and the cows didn't even notice 😂",
        "none",
    ),
    (
        "Sharpened every knife in the shop today, blades like razors. The new apprentice went pale just watching.",
        "none",
    ),
    (
        "Counted out the oxycodone left from my back op. Forty-two. That's plenty. Sunday, when Jen's at her mum's.",
        "imminent",
    ),
    (
        "I love her but I keep thinking she'd be better off without me. That they'd all be better off.",
        "high",
    ),
    (
        "Training day on overdose management for the new paramedics. Heavy subject, brilliant instructor, lots of notes.",
        "none",
    ),
    (
        "My lad got told off at school for saying 'kill me now' when they set homework. Kids! See you Friday.",
        "none",
    ),
    (
        "Kit's squared away, letters written to the lads, pistol cleaned. It ends tonight, ma'am. Thank you for everything you did.",
        "imminent",
    ),
    (
        "The thoughts of dying we worked on back in March have gone. I'm just tired and a bit low this week.",
        "low",
    ),
    (
        "Shot three rabbits with the .22 before breakfast. The pests have wrecked the veg patch. Felt good to be out early.",
        "none",
    ),
    ("Think about eating my gun most nights. Haven't told anyone but you.", "high"),
    (
        "There's a drum of weedkiller in the shed and I'm drinking it tonight. Sorry for everything.",
        "imminent",
    ),
    ("Been burning myself with cigarettes again. Three on my wrist since Sunday.", "high"),
    (
        "Hanging the new gate today, then hanging out the washing, then hanging up my boots for the evening.",
        "none",
    ),
    (
        "cut my arm on the workshop bench with a stanley blade and it won't stop bleeding, the towel's soaked right through",
        "imminent",
    ),
    (
        "Dear Ms Carver,\n\nPlease accept this as my final letter. I have put my affairs in order and I intend to take my own life on Sunday evening while my husband is at his brother's in Hull. I am grateful for your patience over these months and I do not want you to think you failed.\n\nYours sincerely,\nHilary Barton",
        "imminent",
    ),
    (
        "Read up on how the old boys round here did it with a tractor exhaust. Scares me that I wanted to know.",
        "high",
    ),
    (
        "Letter's written to my lad. Knife's sharpened. After the ten o'clock news. I'm not asking you to stop me.",
        "imminent",
    ),
    (
        "History club tonight was on the Roman generals who fell on their swords rather than be taken. Brutal lot. I asked too many questions as usual.",
        "none",
    ),
    (
        "Parked up at Beachy Head. Been sat here an hour. When it's dark I'm walking to the edge.",
        "imminent",
    ),
    (
        "The stuff I ordered online has come. I'll take it once the kids are at school tomorrow.",
        "imminent",
    ),
    ("no more. opened my wrists in the bath. water's going red. sorry", "imminent"),
    (
        "Bank takes the farm on the 3rd. I won't be here to watch it. Everything is sorted for Sue, the policy, the deeds, the lot. Thank you for your time these months.",
        "imminent",
    ),
    (
        "Had most of a bottle of whisky last night just to get off to sleep. Third night running.",
        "moderate",
    ),
    (
        "Dear Dr Hale, by the time you read this I'll be gone. Thank you for trying with me. The dog is with my neighbour at number 9. Ron",
        "imminent",
    ),
    ("I want to die. There, I've said it.", "high"),
    (
        "Took two extra diazepam today on top of the prescription, just to get through the inquest.",
        "moderate",
    ),
    (
        "Dear Dr Lowe,\n\nI said in our last session that I would try to write things down. Things will never get better for us. Dad's illness only goes one way, and I have lost my job and very nearly my marriage to it. I cannot see a way out and I am not sure what we are doing in these sessions any more.\n\nKind regards,\nJanet Pryce",
        "moderate",
    ),
    (
        "Handed my notice in at the mill, leaving on the 30th for the job in Leeds. Exciting, terrifying in a good way.",
        "none",
    ),
    (
        "Baby's with my mum. There's a note on the kitchen table. I'm walking down to the railway line now. I'm so sorry.",
        "imminent",
    ),
    ("Told the wife I'm fine and for once I meant it. Good week.", "none"),
    (
        "Sarge has a saying: 'if the paperwork doesn't kill you, the canteen will'. Been saying it for twenty years.",
        "none",
    ),
    (
        "Got to cancel tomorrow, the heifers got through the fence onto the lane. Can we rebook? Tom",
        "none",
    ),
    (
        "Plan for the weekend: drive to the coast, walk over the suspension bridge, fish and chips on the harbour wall. I'll tell you how it goes.",
        "none",
    ),
    ("Quick one: is the session on the 12th on video or in person?", "none"),
    (
        "I'm stopping the dialysis on Monday so it can all be over. I haven't told the renal team the real reason. I've said my goodbyes.",
        "imminent",
    ),
    ("Did my first 5k since the heart op! Slow as a tortoise but alive and kicking.", "none"),
    (
        "Drew up a syringe from the controlled drugs before I clocked off. I'm in my car in the staff car park. Going to do it here.",
        "imminent",
    ),
    ("Me and the grandkids rigged up a rope swing over the river. Best afternoon in ages.", "none"),
    (
        "Vet's taken the old dog, will's changed. First light tomorrow I'm taking the .22 up the top field and that will be that.",
        "imminent",
    ),
    (
        "Dug a grave for old Bess under the apple tree. Fourteen years she worked the sheep. Daft to cry over a dog but I can't stop.",
        "low",
    ),
    ("It should have been me in the crash, not Mark. I wish it had been.", "high"),
    ("Staying in bed today. Can't face the yard, can't face anyone.", "moderate"),
    ("Mum's new dementia tablets seem to be helping, she knew my name today. Small wins.", "none"),
    ("Called in sick all week. I just sit in his chair with the telly off.", "moderate"),
    (
        "Since the stroke Dennis doesn't know me half the time and I feel very much on my own with it.",
        "low",
    ),
    (
        "Missing Mum since she went into the home. Visiting is hard, and then I come home to nobody.",
        "low",
    ),
    (
        "Rope's over the beam in the big shed. I'll do it once the milking's finished tonight. Thanks for the chats, they were more than I deserved.",
        "imminent",
    ),
    ("Six months now since I last cut. I'm proud of that, and also a bit down this week.", "low"),
    (
        "Not much point carrying on with this life, if I'm honest. Told the wife I'm fine, she's got enough on.",
        "high",
    ),
    ("Before you ask: no, I'm not thinking of hurting myself. Just fed up and worn out.", "low"),
    (
        "On the beers every night since I got back. Twelve cans easy. Only way the dreams stop.",
        "moderate",
    ),
    ("I didn't cut last night. Wanted you to know. Still feel rotten though.", "low"),
    (
        "Read that poem about not going gently at Uncle Ray's funeral. Lovely service, he'd have liked it. Thanks for suggesting it.",
        "none",
    ),
    (
        "Mrs Doyle is your patient, she's my mother. She told me yesterday she prays every night not to wake up. I didn't know who else to tell.",
        "high",
    ),
    (
        "Dad's been giving his tools away and asked me yesterday if I'd take the clocks 'after'. He keeps telling the neighbour he won't be around long. I think he's thinking of ending his life. He's your patient, Mr Gale. Jo (his daughter)",
        "high",
    ),
    (
        "Writing from the cliff path at Bempton. I came here to end it. Wanted one person to know I did try to get better.",
        "imminent",
    ),
    ("Two glasses of fizz at my daughter's wedding and I danced with her. Grand day.", "none"),
    (
        "Brought enough home from the ward tonight to make sure. I know exactly what it does, that's the job. After this shift I'm finishing it.",
        "imminent",
    ),
    ("Some mornings I'm sorry I woke up at all. That's the truth of it.", "high"),
    (
        "The MS is taking everything. I've started thinking about how I'd end my life before it takes the rest.",
        "high",
    ),
    (
        "You only see me, I know, not him. But my husband's been in bed for days since the layoff and won't go to the doctor. I'm worried sick.",
        "low",
    ),
    ("Tried the breathing exercise during handover last night. It helped. Thank you.", "none"),
    (
        "Honestly I'm scared I won't make it through this. The panic comes in waves and I can't stop them.",
        "moderate",
    ),
    (
        "Nothing's ever going to change with this back. Every specialist says the same thing in different words.",
        "moderate",
    ),
    ("Bit weepy today. Third anniversary of Dad.", "low"),
    (
        "What's the point of being alive if I can't work, can't drive, can't even lift my grandson?",
        "high",
    ),
    ("Great news, the baby's weight is back up and the health visitor's happy with us.", "none"),
    ("Goodbye. Thanks for trying. The pills are ready and so am I.", "imminent"),
    (
        "I'm done. Not like that, don't panic, I mean done with fighting the insurers. But I can't take any more of it, I really can't.",
        "moderate",
    ),
    (
        "Drew up the morphine for bed 6, double-checked by the charge nurse, all by the book. New post is going well.",
        "none",
    ),
    (
        "I can't keep living like this, Mum's nights and my shifts, back to back with no gap.",
        "moderate",
    ),
    (
        "Hello, this is Paul, Steven's husband. Steve told me last night he's been hurting himself again and showed me the cuts on his legs. He said I could message you.",
        "high",
    ),
    (
        "The bowline I learned in the Scouts came in handy tying down the trailer. You never forget it.",
        "none",
    ),
    (
        "I'm not going to do anything to myself. I'm just lonely in this hospital bed and the nights are long.",
        "low",
    ),
    (
        "On the training course they asked us: what would you do if a patient said they'd taken an overdose? I got it right 👍",
        "none",
    ),
    (
        "Spent my whole career cutting people down. Now I catch myself wondering what it's like for them at the end. Wondering if I'd do it.",
        "high",
    ),
    (
        "Cut deep into my thigh with the filleting knife. Lots of blood and I'm going faint.",
        "imminent",
    ),
    (
        "Dr Webb, it's Claire Sutton, Alan's daughter. This evening he told me he's saved up his heart tablets and will take them all on Mum's anniversary, this Friday. He made me promise not to tell anyone. I'm telling you.",
        "imminent",
    ),
    (
        "Keep looking at the drugs cupboard on the ward and thinking how easy it would be for me. Haven't touched anything. But the thought won't leave.",
        "high",
    ),
    ("The bank's agreed to restructure the loan!! I'm over the moon.", "none"),
    (
        "Please tell my son I love him. The letters are in the bureau, top left. I won't be at our appointment Thursday, or any other one.",
        "imminent",
    ),
    ("Lonely. That's all. The kids are all down south.", "low"),
    (
        "The old shepherd in the book I'm reading says 'I've buried better men than me and I'll bury a few more yet'. Made me laugh out loud. Off to the mart.",
        "none",
    ),
    ("Didn't get out of bed yesterday or today. Phone's off except for this.", "moderate"),
    ("Haven't hurt myself yet but the urge to cut is stronger than it's been in years.", "high"),
    (
        "I wrote my will today. Not planning anything. Just wanted it done and out of the way.",
        "high",
    ),
    (
        "I'm afraid I won't make it through another winter with the bank on my back and the roof leaking.",
        "moderate",
    ),
    ("Every night I think about the pills in the bedside drawer.", "high"),
    ("Gran always said 'this too shall pass'. It isn't passing. It's never going to.", "moderate"),
    ("Still on for 3pm? Traffic's terrible on the A1, might be five minutes late.", "none"),
    (
        "I've been hoarding my tramadol since August. There's enough now. Just waiting for Kevin to go on his fishing trip on the 19th.",
        "imminent",
    ),
    ("Don't see the point of being alive once the farm's gone. It's all I am.", "high"),
    (
        "Dad said again today he wants to die. He's 88 and the dementia's bad and he says it most days now. It breaks my heart every time.",
        "low",
    ),
    (
        "Asking so I've got it written down, not because I'm there: if the thoughts about the gun ever came back at night, who do I ring, you or 999?",
        "low",
    ),
    ("lol the baby did a poo so loud the dog left the room 😂 I'm dying", "none"),
    ("Drinking more than I'm eating these days. Easier than thinking about Dave.", "moderate"),
    (
        "The shotgun's in the cabinet and lately I stand in front of it longer than I should.",
        "high",
    ),
    ("Nobody at the depot gets it. I feel very alone there.", "low"),
    (
        "I'm killing myself working doubles to keep the house and it still won't be enough. It never will be.",
        "moderate",
    ),
    ("Scratching my arms raw at night again. Blood on the sheets this morning.", "high"),
    (
        "Dr Okafor, I am writing to say thank you and goodbye. I have not taken my insulin properly for a week and I am saving the pens for one dose tonight. Please forgive me. Evelyn",
        "imminent",
    ),
    (
        "Can't take it any more. The feeds, the crying, no sleep. I don't know how other mums do it.",
        "moderate",
    ),
    (
        "Last shift today! Thirty years on the wards and I've said goodbye to everyone. Cake, tears, the lot 🎉",
        "none",
    ),
    ("Since the divorce I can't see why I should still be alive.", "high"),
    (
        "It's the only way out of the debt. The policy pays out on suicide after two years and it's been two years. Friday, on the dual carriageway, a bridge pillar. They'll call it an accident.",
        "imminent",
    ),
    (
        "Caring for Dad has hollowed me out. I've started wishing I'd get ill first and go before him.",
        "high",
    ),
    (
        "Fourteen years of this pain. I've been to three different chemists this week and now I've got enough put by. Friday, when the house is empty.",
        "imminent",
    ),
    ("I'm drinking on shift now. Hip flask in the locker. I know, I know.", "moderate"),
    (
        "The hospice nurse told me to hang in there. Easy to say. I just can't do this any more.",
        "moderate",
    ),
    (
        "There's no way out of this debt. None. I've done the sums fifty times and they come out the same.",
        "moderate",
    ),
    (
        "Don't ring the wife. By the time you get this it'll be over. Keys are under the mat for whoever comes.",
        "imminent",
    ),
    (
        "Booked a cottage in Pembrokeshire for our anniversary. I've planned it all, down to the pub quiz on the Wednesday.",
        "none",
    ),
    (
        "Shotgun's out of the cabinet and loaded. Sorry to do this by text. Tell Margaret none of it was her fault.",
        "imminent",
    ),
    ("Sorry, I keep typing this and deleting it. I want it all to stop. Me included.", "high"),
    ("Lonely in the house since Jim went. The clock on the mantel is very loud.", "low"),
    ("I don't want to be here any more, Doc.", "high"),
    (
        "Mark here, Sarah's husband. She asked me to let you know she has a migraine and can't make today. She'll ring to rebook.",
        "none",
    ),
    (
        "wife thinks I'm at the pub. I'm on the top deck of the multi-storey on Brook St. I'm going to jump",
        "imminent",
    ),
    ("Part of me hopes the scan shows it's spread. Then it's decided for me.", "high"),
    ("Do you do evening appointments? My rota's changed to earlies.", "none"),
    (
        "I'm not going to end my life, I know you have to ask. But I'm low, lower than at Christmas.",
        "low",
    ),
    (
        "Panic attacks every hour now. Can't breathe, had to pull the ambulance over twice on shift today and let my crewmate drive.",
        "moderate",
    ),
    ("Felt down after the hospice visit. Could you ring me when you get a minute?", "low"),
    ("No future for a man my age with a wrecked knee and no trade. None.", "moderate"),
    ("I'd never hurt myself, the grandkids mean too much. But I'm low, Doc.", "low"),
    ("Shot the fox that's been taking the hens. Sorry, farm life. Otherwise a quiet week.", "none"),
    (
        "All clear on the scan, the cancer hasn't come back. Off to the pub with my brother to celebrate.",
        "none",
    ),
    (
        "Seven weeks in and I'm going under. Not sleeping, not eating, and I can't do this any more.",
        "moderate",
    ),
    (
        "I had a thought of walking into the sea while she napped. It frightened me. I'm not going to, but I can't stop thinking it.",
        "high",
    ),
    (
        "Good evening Dr Rees, it's Anne Moss, Derek's wife. Derek left at six with the dog lead and no dog, and a note on the pillow that says 'I'm sorry, I love you'. His pills are gone. Police are looking. Could you please phone me urgently.",
        "imminent",
    ),
    (
        "Slashed the length of my forearm with a box cutter, it's gaping open and won't close. Can't stop it. On my own in the flat.",
        "imminent",
    ),
    (
        "I keep googling how many of my tablets it would take. Then I close the page and sit there.",
        "high",
    ),
    (
        "I'm not going to do anything stupid, don't worry. But I've been on the wine since lunchtime and I can't see an end to any of this.",
        "moderate",
    ),
    (
        "Counted out all my pills into the weekly organiser the pharmacist gave me. So much easier than the boxes!",
        "none",
    ),
    (
        "This is Gail, Rob's wife. Since the redundancy he keeps saying he'd be better off dead. He doesn't know I'm writing to you.",
        "high",
    ),
    (
        "Mum goes into the home tomorrow. After I've settled her I'm driving up to the quarry. I've made my peace with it.",
        "imminent",
    ),
    (
        "Haven't left the house since the funeral. Ten days now. The neighbours leave soup on the step.",
        "moderate",
    ),
    (
        "I used to drink myself to sleep every night after Afghanistan. Not since 2019. Today I'm just a bit low.",
        "low",
    ),
    (
        "drank the bottle of scotch and took all the sleepers on top. just so you know. it's done.",
        "imminent",
    ),
    (
        "When the baby cries in the night I think about walking out of the house and just disappearing, for good, not coming back at all.",
        "high",
    ),
    (
        "What we talked about on Tuesday, the time after the stillbirth when I wanted to die. Been thinking about it all week. Not in a dangerous way. Just sad.",
        "low",
    ),
    (
        "Mr Reilly's daughter writing: Dad's hearing aid has broken so he can't manage the video call today. Could we do a phone call instead?",
        "none",
    ),
    (
        "The thought of ending it is like a radio on in the next room. Always there, even when I'm not listening.",
        "high",
    ),
    ("Just needed a friendly voice. Can I ring the clinic line tomorrow?", "low"),
    ("Feeling low since lambing finished. Just flat, like the air's gone out of me.", "low"),
    ("This is Keith. Garage door's chained, engine's running. Tell my sister.", "imminent"),
    (
        "Cut myself shaving this morning and kept pressing the blade in on purpose. Don't know why I did it.",
        "high",
    ),
    (
        "Rope's tied to the banister. I'm standing here. Can't stop shaking. I think this is it.",
        "imminent",
    ),
    (
        "Finished the course of steroids, the consultant says I can stop now. Everything else stays at the normal dose.",
        "none",
    ),
    ("If I could just go to sleep one night and not wake up, that would be a kindness.", "high"),
    ("I'm not suicidal. I want to be clear about that. I'm just very, very sad.", "low"),
    (
        "Worried about my mate Steve, he keeps talking about ending it since his farm sale. I know he's not your patient, I just don't know how to help him.",
        "low",
    ),
    (
        "You remember the rope in the barn I told you about last year? I had my brother take it down and burn it this morning. Feel a bit daft, and a bit sad.",
        "low",
    ),
    ("Feel a bit lost since I retired from the force. Don't know what to do with the days.", "low"),
    (
        "The new ladder at work is a beast, fourteen rungs. I'm too old for it, but I got up.",
        "none",
    ),
    ("On the roof of the old mill. Not scared any more. Bye.", "imminent"),
    (
        "The chef at Dad's care home lent me his filleting knife to gut the trout I caught. Dad loved watching.",
        "none",
    ),
    (
        "I know exactly which drugs and how much. That's the trouble with this job. The knowledge just sits there at 3am.",
        "high",
    ),
    (
        "My hands won't stop shaking, three panic attacks since breakfast, I can't function at all.",
        "moderate",
    ),
    (
        "Occupational health asked if I was having thoughts of harming myself. I said no and it's true. I'm just worn thin and sad.",
        "low",
    ),
    (
        "In the car park at A&E, took the lot, didn't go in. Just wanted to say sorry for wasting your time.",
        "imminent",
    ),
    (
        "Been smoking weed every evening since the miscarriage. It's the only time I get any peace.",
        "moderate",
    ),
    ("When I'm cleaning the rifle I think about turning it round.", "high"),
    ("Been taking my husband's co-codamol on top of my own to get through the shift.", "moderate"),
    (
        "Work's killing me and I can't see it ever getting better. Twelve-hour shifts till I drop, that's my future.",
        "moderate",
    ),
    (
        "took 30 of the amitriptyline about an hour ago. heart's going funny. shouldn't have. too late now anyway",
        "imminent",
    ),
    (
        "Writing about my dad Frank, who you see on Tuesdays. He rang me ten minutes ago to say goodbye and said he'd left the gun cabinet open. Now he's not picking up. I'm driving over.",
        "imminent",
    ),
    (
        "Work's killing me this week, three nights back to back. Could we do the 5pm slot instead?",
        "none",
    ),
    (
        "In stitches here, my grandson's dressed the dog up as a police sergeant, hat and all.",
        "none",
    ),
]
