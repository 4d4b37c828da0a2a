"""Training-only messages for the learned risk net (bench/train_risk_net.py), author P.

Older adults (60+), carers and adult children writing about a parent in therapy, men who rarely talk about feelings,
workplace and farming life; voices from UK regions, Ireland and Wales; long e-mails and terse SMS.

Written fresh on 2026-11-28 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Am I allowed to say I'm just sad? Not depressed, nothing dramatic. Sad. The dog's gone and the yard is too quiet without her.",
        "low",
    ),
    (
        "If it wasn't for the dog I think I'd have gone by now. She's 13. I don't know what happens after her.",
        "high",
    ),
    (
        "Just done my whole pen of insulin. On purpose. Sugars dropping. I'm scared now.",
        "imminent",
    ),
    (
        "Pulled onto the hard shoulder on the M4 and thought about just walking out in front of a lorry. Drove on in the end. Here I am.",
        "high",
    ),
    ("I'm going to do it. I'm not asking you to stop me.", "imminent"),
    (
        "They played Eleanor Rigby on Radio 2, \"all the lonely people\", and I thought, that's me now, isn't it. Sat in the kitchen a long time after.",
        "low",
    ),
    (
        "Smoked a joint for the first time since the 80s to calm myself down. Then another. My son's stash, he doesn't know. That's where I'm at.",
        "moderate",
    ),
    ("Running late. Cows.", "none"),
    (
        "Bleeding a lot from my wrist, a lot more than I meant. Feeling faint. On my own in the house.",
        "imminent",
    ),
    (
        "Banged my head off the wall till it bled. Don't know why. After the phone call with my sister.",
        "high",
    ),
    (
        "I'm cracking up. Can't hold it together at work, can't hold it together at home. Can't see how any of it gets better.",
        "moderate",
    ),
    (
        "Mam's asking can she bring her sister to sit in the waiting room, she won't come in to the session, she just likes the company on the bus. Is that alright? Niamh",
        "none",
    ),
    (
        "Been taking extra of the codeine, not for the back, just to feel nothing for a while. Probably double what's on the box.",
        "moderate",
    ),
    (
        "No light at the end of this. The tribunal, the debts, my back. Every door's shut.",
        "moderate",
    ),
    (
        "Everything's fine really, I'm just a bit down since I retired. The days have no shape to them.",
        "low",
    ),
    (
        "Gun's in the jeep. Going up the mountain once I've sent this. Bye now.",
        "imminent",
    ),
    (
        "Read that article you mentioned about farm safety and suicide rates in rural Wales. The bit about isolation was interesting, I passed it round at the Young Farmers. See you Monday. Emyr",
        "none",
    ),
    (
        "End of my tether, honestly. Contractor's walked off the job, the roof's leaking onto the feed, and my chest is tight all the time.",
        "moderate",
    ),
    (
        "I've had a lump in my throat all week and I don't know why. Not in any danger or anything like that. Just keep filling up at daft things. Ronnie",
        "low",
    ),
    ("Car's running in the garage. I'm sat in it. Sorry.", "imminent"),
    (
        "Sorted the will with the solicitor in Carmarthen this morning. Told him it was just good housekeeping. It wasn't.",
        "high",
    ),
    ("hiya running late, bus from Merthyr is a joke. 10 mins x", "none"),
    ("Tonight. No more waiting. Sorry for the mess I'm leaving behind.", "imminent"),
    (
        "Stayed in bed the whole of Sunday. Didn't even go to Mass, first time in 50 years.",
        "moderate",
    ),
    (
        "Kept looking at the beam in the hay shed today. You know what I mean. Didn't go near it.",
        "high",
    ),
    (
        "Drank the bottle and swallowed what was left of the co-codamol. Feeling woozy. Wanted to tell someone.",
        "imminent",
    ),
    (
        "Dad's taken a full box of his tablets with whisky, found him slumped in the chair, ambulance on the way. I don't know why I'm texting you. — Gwen (Huw's daughter)",
        "imminent",
    ),
    ("Counted them out. 58. That'll do it. Just so you know.", "imminent"),
    (
        "Scratched my legs raw in the bath last night till they bled. It helps. I know it doesn't.",
        "high",
    ),
    (
        "I keep thinking about the quarry road. How easy it would be to just miss the bend.",
        "high",
    ),
    (
        "We've got the hay in, finally. The lads worked like dogs. I'm sore all over but happy. Weds is fine.",
        "none",
    ),
    (
        "Mum's swallowed the whole blister pack of her sleepers and says she wants to be left alone to go. She's 78. Ambulance coming. What do I do till they get here?? — Kerry (Pam Lloyd's daughter)",
        "imminent",
    ),
    ("Don't want to be here any more. That's the long and short of it.", "high"),
    (
        "hey its Shane. dont normally do this. keep having this picture in my head of the tractor going over on the steep field with me under it and feeling relieved. not gonna do owt about it. just it keeps coming",
        "high",
    ),
    (
        "I'm tired of being alive, if I'm honest. Not sad exactly. Just tired of it.",
        "high",
    ),
    (
        "My grandson put the old Frankenstein film on Saturday night, I nearly died laughing at the state of the make-up 😂 Anyway, Wednesday at 10 still fine? Margaret",
        "none",
    ),
    (
        "Not going to do anything stupid, before you start worrying. I know what I said back in March. Just had a rotten day at the yard and needed to tell someone.",
        "low",
    ),
    (
        "Bit flat this week. Nothing major. The nights drawing in doesn't help. Roy",
        "low",
    ),
    (
        "Missing Eileen something awful tonight. 40 years. Her cardigan's still on the hook by the back door 💔",
        "low",
    ),
    (
        "Made my peace with God and with you. Tonight I'll be with Margaret again. Don't grieve for me.",
        "imminent",
    ),
    (
        "Sitting on the railway line at the crossing outside Dingwall. The freight's due at 6.",
        "imminent",
    ),
    ("I'm going under, Doctor. I can't cope with any of it.", "moderate"),
    (
        "Didn't spend a single day in bed this fortnight, you'll be glad to hear. Up at six with the dogs every morning, rain or no rain.",
        "none",
    ),
    (
        "Fella on my shift at the plant was found in his car last week, they're saying he did it on purpose. Whole shift's in bits. I'm alright, just shook.",
        "low",
    ),
    (
        "Panicking. Properly. Can't stop shaking, been like this since the phone call from the bank this morning. Can't think straight!!",
        "moderate",
    ),
    (
        "Just wanted to thank you for everything, you were kinder to me than I deserved. I've made my mind up. I won't be at Thursday's appointment or any other.",
        "imminent",
    ),
    (
        "Mum has been saying she wants to die. Quietly, to me, at night when I'm settling her. \"Let me go, love.\" She's 84. I don't know if I'm meant to tell you but I am. — Jan (Vera's daughter)",
        "high",
    ),
    ("Going to walk into the sea at Barmouth tonight. Tide's right at 11.", "imminent"),
    (
        "Doc, I've been having thoughts I shouldn't be having. About not being around. They frighten me.",
        "high",
    ),
    (
        "To whoever reads this at the practice,\n\nI'm writing to say I won't be back. I wanted it done properly, not just a no-show.\n\nI've been coming to you about the farm and the debt and the rest of it since January and you've been good to me. But I've been beaten by it. The bank are taking the land in March and I'm not going to stand and watch that. I've sold the last of the suckler cows, the money's in the account for Eileen and the girls, and the life policy's paid up. I checked.\n\nI'm going up to the top field tonight with the gun once the house is asleep. I've thought about it a long time. It's not a cry for help and I'm not drunk.\n\nTell Eileen it was never her. Tell the girls their daddy was proud of them.\n\nThanks for everything.\nSeamus",
        "imminent",
    ),
    (
        "Got out of the house every single day this week, walked the dog round the reservoir each morning. Not bad for an old codger eh. Brian",
        "none",
    ),
    (
        "Please tell my son I'm sorry. I've done something stupid with the pills. Can't keep my eyes open.",
        "imminent",
    ),
    (
        "I'm afraid I won't make it through this winter. In my head, I mean. It's all too much.",
        "moderate",
    ),
    (
        "Hello, Gerry's wife here. He's been down in the dumps since the herd went, says he misses the routine of the milking. Nothing alarming, he's eating and out walking. He'd not tell you himself so I am. Bernie",
        "low",
    ),
    ("Same thought every morning when I open my eyes: oh. still here.", "high"),
    ("Haven't got out of bed today. Phone's on silent. Sorry.", "moderate"),
    ("Rope's up in the barn. Doing it when the milking's done.", "imminent"),
    (
        "Paid off the bills, cancelled the papers, cleaned the house top to bottom. Tomorrow's the day. I feel calm for the first time in years.",
        "imminent",
    ),
    (
        "At the water's edge at Aberdaron, boots off. It's cold. It wasn't your fault.",
        "imminent",
    ),
    (
        "I'm not suicidal, I want to be clear about that, but I'm sad in a way I can't shift. Like wet wool on me.",
        "low",
    ),
    (
        'Did the Dylan Thomas at the Over-60s poetry night - "Do not go gentle into that good night, rage, rage against the dying of the light." Brought the house down. Proud of myself. Glenys x',
        "none",
    ),
    (
        "Hi it's Rob, Mr Jenkins's carer from Brightwell Care. He asked me to tell you his daughter will bring him Thursday as his usual taxi is off. No other changes.",
        "none",
    ),
    (
        "Bloody parking at the health centre would drive you to drink. Found a spot eventually behind the chippy. In the waiting room now.",
        "none",
    ),
    (
        "I've made my mind up. First dry night this week I'm taking the boat out past the point and not bringing it back.",
        "imminent",
    ),
    (
        "Fell asleep in the chair with a glass in my hand again. Third night running. It's the only way I get any sleep now.",
        "moderate",
    ),
    (
        "Our Kev overdosed the sprouts again at Sunday dinner, the man cannot cook a vegetable to save his life. Next week I'm at my sister's in Portrush, can we skip?",
        "none",
    ),
    (
        "Is there a lift at your new place? Dad's knees aren't great since the op and the stairs at the old one nearly finished him off. Thanks, Rhian (Glyn's daughter)",
        "none",
    ),
    (
        "Would you mind ringing me? Just ten minutes. I've had a funny old day and I'd like to hear a friendly voice. Thank you. Iris",
        "low",
    ),
    ("wish i wasnt here. sorry. not doing anything daft. just wish it", "high"),
    (
        "Honest answer to your question from last week: yes, it's more than a couple of pints. It's most of a bottle of vodka by Thursday and I hide the empties in the silage wrap.",
        "moderate",
    ),
    (
        "Can I bring my dog to the session? She's 14 and frets when I leave her. She's very quiet, she'll just sleep under the chair. Yvonne",
        "none",
    ),
    (
        "Sorry Doctor, I sent you a photo of a cow's backside by mistake, that was meant for the vet 🐄 Please ignore!",
        "none",
    ),
    ("Sometimes I wish the heart attack last year had finished the job.", "high"),
    (
        "Punched the stable door till my knuckles split. On purpose. Wanted to feel something.",
        "high",
    ),
    ("Feeling low. Not the bad low. Just low.", "low"),
    (
        "If I ever started hitting the whiskey again like before, is that something you'd have to tell my GP? I'm not, I just want to know where I stand.",
        "low",
    ),
    (
        "Some nights I lie there hoping my heart just stops in my sleep. It'd be tidy.",
        "high",
    ),
    (
        "Years back, after foot and mouth, I was on a bottle a night. Haven't been since 2003. It just came into my head today with all the talk of bluetongue, thought I'd mention it.",
        "low",
    ),
    (
        "What's the point of any of it. Milk price down again, the bank on my back, the lad gone to Australia. Nothing ever changes round here.",
        "moderate",
    ),
    (
        "Test: is this the right number for Dr Murray's practice? My old phone died in the sheep dip. Kenny Ross",
        "none",
    ),
    (
        "I told my son I'd rather die than go on one of those cruises, and now he's gone and booked me on one for my 70th. Serves me right. Can we skip the 14th?",
        "none",
    ),
    (
        "Didn't touch a drop all weekend, first time in a long while, and I'll be honest I didn't miss it. Will tell you more Tuesday.",
        "none",
    ),
    (
        "Was up the ladder clearing the gutters and thought, if I let go now it'd look like an accident. Came down. Made a brew.",
        "high",
    ),
    (
        "My granddaughter has me watching Breaking Bad. I told her I'm 72, I don't need to know how to cook meth 😂 On episode 5 tonight.",
        "none",
    ),
    (
        "I'm up on the top lift of the scaffold at the site. Everyone's gone home. Just wanted to say sorry to someone.",
        "imminent",
    ),
    ("Honestly I'd not mind if the cancer came back. There. Said it.", "high"),
    (
        "Dreamt I was laid out in the coffin at the front of St Mary's and I woke up disappointed I wasn't.",
        "high",
    ),
    (
        "I've set it all out. Suit on the bed, note for the undertaker, money for the funeral in an envelope. Tomorrow morning.",
        "imminent",
    ),
    (
        "Sorry doc. Did it. Took the bottle of Frank's morphine that was left after he passed, an hour ago. It's peaceful.",
        "imminent",
    ),
    (
        "Worried about Mrs Flynn next door, she's 90 and she hasn't opened her curtains in three days and won't answer the door. I've rung the guards. I'm alright, just fretting over her.",
        "low",
    ),
    (
        "That drama on BBC One last night, the one where the farmer's wife poisons the whole family at the christening, did you see it? Ridiculous but I couldn't look away. Anyway, see you Monday.",
        "none",
    ),
    (
        "Sunday when the house is empty. I've decided. I wanted someone to know it wasn't a rash thing.",
        "imminent",
    ),
    (
        "I've decided how and when. Saturday morning, the forestry above the house. Telling you so it's not a shock.",
        "imminent",
    ),
    (
        "Rather be dead than go into that home. I mean it, I'm not being dramatic like I usually am.",
        "high",
    ),
    (
        "Told the wife I'm grand. I'm not. The whole drive to work I'm thinking about swerving into the oncoming lorries. Every day this week.",
        "high",
    ),
    ("Didn't cut last night. Wanted you to know. Said I'd tell you either way.", "low"),
    (
        "Haven't been down to the yard in a week. The lads are covering. I just can't face it, or anyone.",
        "moderate",
    ),
    ("Tablets taken. About 40. Lying down now. Tell Sue I loved her.", "imminent"),
    (
        "Everything's done. Cows sold, dog's with my sister. I'm going out to the shed tonight and I won't be coming back in.",
        "imminent",
    ),
    ("Goodbye. I mean it this time. The rope's ready.", "imminent"),
    (
        "I was dying to tell you last week but clean forgot - I passed my driving theory at 68! Take that, grandkids.",
        "none",
    ),
    ("Another 20 years of this? Don't think so. Don't want to see 70.", "high"),
    (
        "It's Mark, Sheila's son. Mum rang me to say goodbye and that she's \"at the bridge\", now her phone's off. I've called 999. Which bridge would she mean?? She's your patient, please help",
        "imminent",
    ),
    (
        "Is the invoice for October sent to the house or by email? The post round here is a law unto itself. Regards, Alun Pritchard",
        "none",
    ),
    (
        "Worked out which of the tablets in the press would do it. Not collected them or anything. Just worked it out.",
        "high",
    ),
    (
        "Have to cancel tomorrow, sorry for the short notice - it's the funeral of my old foreman, 86, his heart. I'm alright about it, he had a long full life. Will ring in the morning window to rebook. Des",
        "none",
    ),
    (
        "Took two of Mam's diazepam on top of my own to get through the day. I know. I know.",
        "moderate",
    ),
    ("Spent all day under the duvet again. Didn't eat. Don't care.", "moderate"),
    (
        "Another farmer out past Builth took his own life last week. Didn't know him well, we nodded at the mart, but it's rattled me. Kept thinking about his wife and the two young ones.",
        "low",
    ),
    (
        "My brother Liam (not the one you know about, the older one) said on the phone last night he's \"done with it all\". I'm worried sick about him. What do I even do with that?",
        "low",
    ),
    ("Nothing's going to get better, is it. Be straight with me.", "moderate"),
    (
        "Knackered. Dead on my feet after the cattle sale but got a cracking price for the heifers 👍 Thursday as usual.",
        "none",
    ),
    ("lonely as a bloody lighthouse out here since the lads moved to Dublin", "low"),
    (
        "Bought a plot in the cemetery beside Mary. The man said most folk my age do it. Truth is I keep going up to look at it and wishing I was in it already.",
        "high",
    ),
    ("I'd be no loss. Honestly. Who'd notice, the cows?", "high"),
    (
        "Sorry to put this on you. I think about being dead a lot. More than I think about anything else.",
        "high",
    ),
    (
        "Quick question re the fee - is it the same for video as in person? My brother's paying for Mum's sessions and he asked me to check. Thanks, Aoife (Bridget's daughter)",
        "none",
    ),
    (
        "Taken the lot. All the sleeping tablets and the heart ones. Sorry. Thank you for trying with me.",
        "imminent",
    ),
    (
        "Mum's video session - can it be from my house this week? Her broadband's down and BT can't come till the 9th. She'll be in the back bedroom on her own with the door shut, nobody will hear. Kathryn",
        "none",
    ),
    (
        "Grandson says I'm \"killing it\" on the allotment. Apparently that's a good thing. Marrows the size of a small child. See you Thursday.",
        "none",
    ),
    (
        "If Wales lose on Saturday I'll be drowning my sorrows in Brains bitter, fair warning 😂 Monday still on. 🏉",
        "none",
    ),
    (
        "If I ever got back to where I was in the spring, the not getting out of bed business, who would I ring out of hours? Just want the number stuck on the fridge, to be safe.",
        "low",
    ),
    (
        "Just back from Lanzarote. Two weeks of sun and I did nothing but read crime thrillers by the pool. The body count in those books! Ready for Tuesday.",
        "none",
    ),
    (
        "Feeling a bit sorry for myself. Neither of the grandkids rang on my birthday. Silly at my age to mind. Betty",
        "low",
    ),
    (
        "I've said it before, the paperwork from the Rural Payments Agency will be the death of me. Three forms for one hedge! Anyway, confirming Monday 9am.",
        "none",
    ),
    (
        "Thank you for trying. I won't make the next session. I'm going to make it stop tonight, for good.",
        "imminent",
    ),
    (
        "Work's killing me this week, three lorries short and the depot manager's off with his back. Can we do Thursday evening instead of the morning?",
        "none",
    ),
    (
        "I think about the river every time I drive over the bridge at Enniskillen now. Every single time.",
        "high",
    ),
    (
        "Bridge over the Taff. Stopped the car. Looked down. Didn't do anything. Drove home. That's my Tuesday for you.",
        "high",
    ),
    (
        "Took 30 of the amitriptyline an hour ago. Don't know if I want to be found.",
        "imminent",
    ),
    (
        "Sometimes I think the kindest thing for Mum would be if I went first, so she didn't have to watch me fall apart. I think that more and more.",
        "high",
    ),
    (
        "Cut my arm with the Stanley knife last night. Not deep. First time in years. I'm 61, I know how that sounds.",
        "high",
    ),
    (
        "Had a blinder of a day at the National Ploughing. Came third in the vintage class with the old Fergie! Back Tuesday.",
        "none",
    ),
    (
        "Don't ring the house, I won't answer. I'm going tonight. Thank you for the tea and the patience.",
        "imminent",
    ),
    (
        "I've written the letters, one for each of the children. I'll post them first thing tomorrow and then go down to the river.",
        "imminent",
    ),
    (
        "My wife would be better shot of me. She's young enough to start again with someone who isn't a millstone.",
        "high",
    ),
    (
        "Pills in my hand. Vodka poured. Saying goodbye to the people who mattered and you're one of them.",
        "imminent",
    ),
    ("be a lot less hassle for everyone if i just wasnt here any more", "high"),
    (
        "I'm completely done in. Can't take much more of the hospital runs, the social worker, the forms. Running on empty and there's no end to it.",
        "moderate",
    ),
    (
        'Dad told the priest he "wants to be taken". Father Joe rang me because he was worried. Dad\'s your patient so I thought you had to know. — Aisling',
        "high",
    ),
    (
        "Slaughtered the competition at the sheepdog trials. Well, Bess did. I just stood there whistling. Next session still Friday?",
        "none",
    ),
    (
        "Can't keep living like this. 18 hour days, getting nowhere, the wife barely speaks to me.",
        "moderate",
    ),
    (
        "Could we have a chat on the phone before Thursday? Nothing urgent, just feeling a bit wobbly. Owen",
        "low",
    ),
    (
        "I'm not feeling down at all this week actually, which makes a change. Garden's coming on, the sweet peas are up. See you then.",
        "none",
    ),
    (
        "Shotgun's loaded and on the kitchen table. I'm just sitting with it. Don't send anyone.",
        "imminent",
    ),
    (
        "Googled how many of my heart tablets it would take. Closed it down. Felt sick. Telling you because you said I should.",
        "high",
    ),
    (
        "Nothing's ever going to change for me. I'm 67, I've made a mess of everything and there's no time left to fix it.",
        "moderate",
    ),
    (
        "Hose is on the exhaust. Just finishing this and then I'm getting in.",
        "imminent",
    ),
    (
        "I've cut into my arm and there's blood everywhere, I can see something white in it. I didn't mean it to go that far.",
        "imminent",
    ),
    (
        "The heifer I told you about went for the gate so hard I thought she'd kill the pair of us 😂 All fine. Vet's been. Can we do half 4?",
        "none",
    ),
    (
        "Hi, it's Declan, Noreen's son. Mam's drinking more since Dad died, gin at lunchtime now, she says it's the only thing that helps. Thought you'd want to know before Thursday.",
        "moderate",
    ),
    (
        'Burns Night at the Legion, I did the Address to a Haggis. Stabbed the poor beast with great gusto, "His knife see rustic Labour dight". Great night. Back Monday. Hamish',
        "none",
    ),
    (
        "Dear Dr Lynch,\n\nI've started this e-mail four times. I'm going to send it this time before I lose my nerve.\n\nYou asked me at the last session whether I ever think about dying and I said \"not really, no more than anyone my age\". That wasn't honest. Since Bridie died in March I think about it most days. Not doing anything, I want to be clear. I'm 74 and I'm a coward about pain. But I find myself hoping. When I go for the check-up about my chest I hope it's bad news. When I'm driving back from Mullingar in the dark I think it wouldn't be the worst thing if a deer ran out.\n\nThe house is too big and too quiet. Our daughter rings every Sunday from Boston and I put on the voice. The lads at the golf club think I'm doing great, \"great form, Michael\". I'm not. I'd rather be with Bridie than here, and that's the truth of it.\n\nI don't know what you can do with that. But you said to tell you, so I'm telling you.\n\nMichael",
        "high",
    ),
    (
        "Last winter I was properly lonely after Jean went, but the bowls club has been the making of me. Anyway, can I pay by card next time instead of cash?",
        "none",
    ),
    (
        "Wife's away till Saturday. That gives me the time I need to finish it. Everything's sorted, the stock's sold.",
        "imminent",
    ),
    (
        "I'm at the end of my rope with it all. No way forward that I can see.",
        "moderate",
    ),
    (
        "I bite the inside of my cheeks till they bleed when the thoughts come. The thoughts about being gone. Tonight's been a bad one.",
        "high",
    ),
    ("Tying the knot now. Not the wedding kind 😔 Goodbye.", "imminent"),
    (
        "Our lads are playing Ballymena Saturday. If we lose again I'll hang up my boots for good 😂 (I'm the coach, I'm 63, I should've hung them up years ago)",
        "none",
    ),
    (
        "Dad's been quiet and low since the anniversary of Mum passing. He's eating, he's up and dressed, he's just sad in himself. Thought you should know before Tuesday. Ceri (Emrys's daughter)",
        "low",
    ),
    (
        "It's like I'm drowning and everyone's standing on the bank telling me to swim. I can't take it any more.",
        "moderate",
    ),
    (
        "Don't see the point in anything any more. Not the farm, not the church, not the grandkids visiting. It's all grey.",
        "moderate",
    ),
    (
        "Mum's not been out of her bedroom since Friday. She says she's just tired but she's stopped answering the phone to her sister as well. Could you ring her? — Karen (Joan's daughter)",
        "moderate",
    ),
    (
        "Our Bethan sang Hallelujah at the memorial for old Mr Price on Sunday. He was 97, had a good innings, went peaceful in his sleep. Running late today, be there for 11.",
        "none",
    ),
    (
        'Rang the mortgage protection people to ask what happens "if anything happened to me". They were very helpful. I didn\'t tell them what I meant by it.',
        "high",
    ),
    (
        "Dear Dr Hale,\nI'm writing on behalf of my father, Desmond Walsh, to confirm his new address for correspondence: 14 Church Lane, Kilkenny. He moved in with us last month and has the front room downstairs now. He asks that the appointment letters come there from now on.\nKind regards,\nFiona Walsh",
        "none",
    ),
    (
        "taken a load of pills. not sure how many. on the kitchen floor cant stand up",
        "imminent",
    ),
    (
        "hand shaking too much to text proper. took evrything in the cupbord. sorry",
        "imminent",
    ),
    (
        "Mum asks could her appointment be moved to the Friday, her chiropody's been changed to the Wednesday. She says thank you for the leaflet on sleep. Sinead (her daughter)",
        "none",
    ),
    (
        "Could you put the receipt in my husband's name please? It's for his health insurance claim, they're very fussy. Thank you, Pat O'Hanlon",
        "none",
    ),
    (
        "They'd all be better off with the insurance money than with me. Sue could clear the overdraft and have something left over.",
        "high",
    ),
    (
        "Been thinking about ending things. Not doing anything, just thinking about it. A lot.",
        "high",
    ),
    ("Cut too deep. It won't stop. The towel's soaked through.", "imminent"),
    (
        "Some days I think about stopping the heart tablets and letting nature take its course.",
        "high",
    ),
    (
        "Three days I haven't been past the back door. Curtains shut. The dog's been doing her business in the yard. Don't know what's wrong with me.",
        "moderate",
    ),
    (
        "I don't think there's a way back from this for me. Lost the farm, lost the respect of the family. Just existing now.",
        "moderate",
    ),
    (
        "Headline in the Western Mail this morning about a rise in overdoses in Swansea. My niece works in A&E there, she says it's been manic. Anyhow, can I confirm 3pm Tuesday?",
        "none",
    ),
    (
        "Thought you'd laugh - the grandkids tried to teach me TikTok. I told them I'd rather be shot. Still, I've got 3 followers now 😂",
        "none",
    ),
    ("Fed up of breathing. Don't ring, I'm just saying it to someone.", "high"),
    (
        "The grandchildren have gone back to Manchester. House is quiet but truthfully I'm enjoying the peace. Read a whole book yesterday in one go.",
        "none",
    ),
    (
        "Twenty year ago I didn't leave the house for most of a winter. I'm nowhere near that now, but the dark afternoons put me in mind of it. Felt I should say.",
        "low",
    ),
    ("Going off the Foyle Bridge tonight. I've had it.", "imminent"),
    (
        "Lay on the bathroom floor last night wanting it all to stop. Permanently, I mean.",
        "high",
    ),
    (
        "The boss says if the audit goes wrong he'll hang us all from the rafters. He won't, he's soft as butter. Work's mad this week but I'll be there at 6.",
        "none",
    ),
    (
        "Hi, it's Dermot's brother. He's sent the family group \"look after Mam, I'm done\" and he's not at the house. His van's gone and so is the shotgun. He's been seeing you. Gardaí are notified.",
        "imminent",
    ),
    (
        "Last message. Please look after yourself. You helped more than you know. Don't come looking.",
        "imminent",
    ),
    (
        "Left letters on the kitchen table for the kids. Gone down to the weir.",
        "imminent",
    ),
    (
        "Mum (she doesn't see anyone, she won't hear of it) keeps saying she's \"ready to go\" and \"the Lord can take me any time\". She's 89. I don't know if it's ordinary old-age talk or something more. It sits heavy on me.",
        "low",
    ),
    (
        "Had my annual review at work. Went fine, bit of a grilling on targets but nothing I couldn't handle. I'd like to put retirement on the agenda next time. Stuart",
        "none",
    ),
    (
        "Ha, the wife says if I leave my muddy boots in the porch once more she'll murder me. Fair enough. Running 10 mins late today, stuck behind a combine on the B road.",
        "none",
    ),
    ("If God took me tonight I'd not argue with Him.", "high"),
    (
        "Hi, Colm's sister here, he's living with me since the separation. He told me last night he's \"thought about how he'd do it\". Wouldn't say more. He sees you Friday but I didn't want to wait that long.",
        "high",
    ),
    (
        "Been on the cans since dinner time. It's the only thing that shuts my head up these days.",
        "moderate",
    ),
    (
        "Dear Dr Morgan,\n\nI'm writing this at the kitchen table with a cup of tea, which is how I'd like you to picture me, calm and sensible.\n\nI want to thank you for the last year. You never once made me feel like a silly old woman and that meant a great deal. Please don't think any of this is your doing. It isn't. I've been tired for a long time, long before you, and since the diagnosis I've known I don't want the next part.\n\nI've been putting my tablets by since the summer. There are enough now. I've left everything straight: the solicitor has the will, the cat is going to Mrs Bevan at number 6, and there's a letter for Rhiannon in the bureau. I'll take them tonight after the news, when I won't be disturbed.\n\nI'm sending this late so you won't read it till the morning. I hope you'll forgive me that.\n\nWith real gratitude,\nNerys Bowen",
        "imminent",
    ),
    (
        'Watching Only Fools repeats, Del Boy: "This time next year we\'ll be millionaires." If only! Sorry, wrong person, meant that for my brother. Apologies Dr Kaur.',
        "none",
    ),
    (
        "Thing is, I don't want to die exactly. I just don't want to be alive. If that makes any sense.",
        "high",
    ),
    (
        "Finally shot the fox that's been at the hens for a fortnight. Sorry if that's grim, the wife said not to put that in a message to a therapist 😅 Anyway, confirming Friday.",
        "none",
    ),
    (
        "My brother-in-law took an overdose at the weekend. He's in Altnagelvin, stable, thank God. My sister's in bits and I'm the one holding everybody up. I'm worn out.",
        "low",
    ),
    (
        "Hi, it's Tom's wife. Found a note in his jacket, not addressed to anyone, saying sorry and telling where the farm papers are. He says it's old and he's fine. I'm frightened. He doesn't know I'm writing, please don't tell him it was me.",
        "high",
    ),
    ("Had the urge to put my arm on the Aga again. Held off but only just.", "high"),
    (
        "Dear Dr O'Neill,\n\nI'm writing for my mother, Kathleen Burke, who sees you on Tuesdays. A few logistics, and she's read this over my shoulder so she knows what I've written.\n\nShe has a hip replacement booked at Merlin Park on the 19th, so she'll miss that week and probably the one after. The surgeon says she'll be on crutches for about six weeks. Would you be open to doing the sessions by video while she's laid up? I'd set the laptop up for her in her own room at the bungalow, door closed, and I'd go and do the shopping so she has the place to herself. She's nervous about the technology, not about anything else, she says to tell you.\n\nAlso, the receipts: my brother Conor is claiming back on his health insurance for her and they want the practitioner number printed on each one. Could that go on from now on?\n\nAnd a small thing she wanted me to mention: she found the relaxation recording you gave her very good, though she says the man's voice on it is \"too posh for Galway\".\n\nMany thanks for everything,\nDeirdre Burke (Kathleen's daughter)",
        "none",
    ),
    (
        "My daughter says I need to stop being such a drama queen about my hip. She's right. Physio's Friday, so can we do Monday? Lorna 😊",
        "none",
    ),
    (
        "Just to let you know I've started the new tablets the GP gave me for my blood pressure, so if I'm a bit light-headed on Thursday that's why. Eileen",
        "none",
    ),
    (
        "Drove up to the reservoir. Got the hose in the boot. Sitting here working up to it.",
        "imminent",
    ),
    (
        "Life insurance, the pension, the land in trust for the boy. I've been working out how much better off they'd be without me. It's a lot.",
        "high",
    ),
    (
        "Got enough of Mam's old morphine put by now. Tonight, after the family go home.",
        "imminent",
    ),
    (
        "Hello again,\n\nJust a longer note as promised, since we're missing a fortnight with you being away. Nothing dramatic to report, which I suppose is the point. The week went like this: Monday I drove Peggy to the hospital in Ysbyty Gwynedd for her eye clinic, four hours in the waiting room, I read the whole of the Daily Post including the planning notices. Tuesday the man came about the septic tank, and I won't describe that. Wednesday was choir. We're doing Calon Lân and something by Karl Jenkins that's murdering my top notes, the conductor says I sound like a gate in the wind. Thursday I took the grandson fishing at Llyn Padarn, caught nothing, he caught a perch and hasn't stopped talking about it.\n\nYou asked me to keep a note of how I'm sleeping. Seven hours most nights, once up for the bathroom, which at 71 is par for the course. I've kept to the one glass of red with Sunday dinner and that's it. I did the walking every day bar Friday when it was blowing a gale.\n\nTwo practical things. First, I'll be at my brother's in Chester on the 3rd so could we do the 4th instead? Second, my new mobile number is at the bottom, the old one got dropped off the pier, don't ask.\n\nHope you have a good break.\nBest wishes,\nIdris Parry\n07700 900412",
        "none",
    ),
    (
        "Please could you stop the reminders going to the landline, Mum gets flustered by the automated voice. Mobile only please. Thanks, Gareth (for Nesta Morgan)",
        "none",
    ),
    (
        "I promise I won't do anything, but I'd like to see you sooner than the 12th if there's a space going. It's been a heavy old fortnight.",
        "low",
    ),
    ("would you ring me when you get a minute. just lonely today, nothing more", "low"),
    (
        "Hello, this is Agnes Doyle, Bernard's wife. He's asked me to let you know he's got a streaming cold and won't make it tomorrow, nothing serious, he just doesn't want to give it to you. He'll ring in the morning to rebook.",
        "none",
    ),
    (
        "Been reading about the lads that went into the slurry pits over the years. I've been thinking that'd be my way too, if it came to it.",
        "high",
    ),
    (
        "swallowed the dogs painkillers and a bottle of gin. head spinning. bye doc",
        "imminent",
    ),
    (
        "Got rope at the farm supply this afternoon, they didn't blink. I know which tree. Early tomorrow before anyone's up.",
        "imminent",
    ),
    (
        "I'm Maeve, Pat's wife. He came in from the fields and said, very calm, that he'd worked out the gun would be quickest. Then sat down to his tea like nothing. I've locked the cabinet and hidden the key. What should I do?",
        "high",
    ),
    (
        "For the record, when I said last session I'd top myself if United signed another dud, it was a football joke. I could see from your face it didn't land 😂 I'm fine, honest, just a long-suffering fan.",
        "none",
    ),
    (
        "Had half a bottle of Jameson last night just to get off to sleep. And the night before. Not proud of it.",
        "moderate",
    ),
    (
        "My neighbour's lad got his degree from Aberystwyth, the whole street's chuffed for him. Nothing much else to report, a quiet week. Ivor",
        "none",
    ),
    (
        "Went to see the new Bond at the Vue. Plenty of shooting and everyone dying dramatically, as usual. Popcorn cost more than my first car. Anyway, I'm well. Thursday.",
        "none",
    ),
    ("I've taken them. All of them. I'm not sorry.", "imminent"),
    (
        "Left the dog with Ger next door, told him I'm going away. Which I am. Won't be needing the appointments. Thanks for listening all those months.",
        "imminent",
    ),
    (
        "Wrote out what I want at the funeral today. Hymns, readings, the lot. Not planning anything, just wanted it done and in the drawer.",
        "high",
    ),
    (
        "Bank holiday Monday - are you open? If not, Tuesday same time? Regards, Gwyneth Hughes",
        "none",
    ),
    (
        "Lost the bowls final and I've been down in the mouth ever since, more than a game deserves. Something else underneath it, I think.",
        "low",
    ),
    (
        "The thoughts from back in the winter, the ones we went through in session — they've not been back, I promise. I'm just tired and a bit blue.",
        "low",
    ),
    (
        "Counted out the tramadol I've been saving since the knee op. Enough. Tomorrow while Ann's at work.",
        "imminent",
    ),
    (
        "Dad's hearing aid batteries went in the middle of the video call, that's why he vanished on you. He's fine, we'll ring back at 3. — Clare (Tom's daughter)",
        "none",
    ),
    (
        "Sheep have got out onto the main road AGAIN. I'll kill that ram, I swear. Might be 20 minutes late if I'm still chasing them up the Llanidloes road.",
        "none",
    ),
    (
        "The lad at the Co-op asked if I was alright, my love, and I said I'm grand, and I actually meant it. Anyway that's all, no need to reply. Edna",
        "none",
    ),
    (
        "Can we shift Tuesday to the afternoon? Lambing's started and I'm up to my oxters in ewes till dinner time. Gareth",
        "none",
    ),
    (
        "Dr Shah,\n\nMy father, Kenneth Ainsworth, is your patient - you see him Wednesdays. I'm his son, I live with him since his stroke. He knows I'm writing and he didn't stop me, which I think tells you something.\n\nOver the weekend he said a few things I can't shake. On Saturday, watching the news, he said \"they should let old men like me go in a quiet way, like a dog at the vet\". On Sunday he asked me whether his pension would carry on for Mum's care if he wasn't here. Last night I found him looking up on the iPad what happens to people who stop eating. He said he was just curious. He's eating, but not much.\n\nHe doesn't have anything stored up that I know of and I've moved his tablets into my room anyway. He's not said he'll do anything. But it's not the Dad I know.\n\nCould you see him sooner than Wednesday, or ring him? He'll talk to you, he won't talk to me.\n\nThanks,\nStephen Ainsworth",
        "high",
    ),
    (
        "Forgot my reading glasses in your waiting room, the tortoiseshell ones. Could you keep them aside for me? Thanks ever so much. June",
        "none",
    ),
    (
        "What's the use of an old man who can't work the land? I'm only waiting to die and I wish it would hurry up.",
        "high",
    ),
    ("Whisky for breakfast. There. I've said it.", "moderate"),
    (
        "Went to the chemist for the usual and stood looking at the paracetamol shelf wondering how many boxes they'd let me buy. Came out with just the prescription. Thought you should know.",
        "high",
    ),
    ("Any chance of a chat Monday? Could do with one.", "low"),
    (
        "Sorry, I know it's Saturday. Can I just say I'm having a down day and leave it at that. You don't need to answer. Gwen",
        "low",
    ),
    (
        "It's Niamh, Mr Geraghty's carer. He's locked himself in the shed with the weedkiller and won't answer. He said this morning today was the day. Guards are on the way. He's your patient.",
        "imminent",
    ),
    (
        "Dad hasn't left his chair in two days, won't wash, won't eat more than a bit of toast. He keeps saying there's nothing left for him to do now. — Sinéad (Paddy's daughter)",
        "moderate",
    ),
    (
        "I keep telling myself the kids are grown and the dog's old and nobody really needs me now. It'd be alright if I went.",
        "high",
    ),
    (
        "I'm on the top of the multi-storey in Leeds. Just wanted to hear your voice but it went to voicemail.",
        "imminent",
    ),
    (
        "Waiting for the 23:40 out of Cardiff to come through. I'm by the line near the level crossing. Sorry.",
        "imminent",
    ),
    (
        "The pharmacist says the new prescription won't be in till Friday. Do I carry on with the old ones till then? Practical question only, no rush. Frank",
        "none",
    ),
    (
        "Not going out. Not answering the door. Just want to be left alone. Done with people.",
        "moderate",
    ),
    (
        "I can't do this any more, looking after Mum on my own. Twelve years. Something's got to give.",
        "moderate",
    ),
    (
        "I'm out at the cliffs at Slea Head. Wanted to say thank you. Tell the lads I'm sorry.",
        "imminent",
    ),
    (
        "A lad I used to work with on the rigs put a message up saying goodbye to everyone. Police found him, he's OK. I can't stop thinking about it.",
        "low",
    ),
    (
        "Bought the hosepipe and the tape today. Thursday, when Jean's at her sister's.",
        "imminent",
    ),
    (
        "Sorry I was late Thursday. Tractor died on the lane by the creamery and I'd to walk the last mile. It's grand now, new starter motor. See you next week. Dónal",
        "none",
    ),
    (
        "The \"what's the point\" feeling we talked about in October - it's not around now. Just a mild grey. Bearable.",
        "low",
    ),
    (
        "Walked the cliff path at Bray Head and thought how easy it'd be. Stood there a good while. Came home.",
        "high",
    ),
    (
        "I'm at breaking point. I can't take any more of him. Forty years of his temper and now the dementia on top of it.",
        "moderate",
    ),
    (
        "Went to the crem for Harold's funeral, lovely send-off, they played My Way. He was 91 and sharp as a tack to the end. We had a couple of pints after in his honour. Could I move to the 2pm slot next week?",
        "none",
    ),
    (
        "Had a panic attack in Tesco. Left the trolley in the aisle and sat in the car an hour shaking. It's getting worse and I can't get on top of it.",
        "moderate",
    ),
    (
        "Wouldn't be the worst thing in the world if I didn't wake up tomorrow. That's all. I'm not daft, I won't do anything.",
        "high",
    ),
    (
        "Just letting you know I'm staying off the drink at the wedding on Saturday, told my brother and he was fine about it. See you after.",
        "none",
    ),
    (
        "Mum wanted me to tell you she liked the breathing exercise and did it every night this week. She's sleeping better. She'll see you Tuesday. — Orla (Mary Kavanagh's daughter)",
        "none",
    ),
    (
        "My wife said to me last night \"you've gone somewhere I can't reach\". Maybe she's right. I don't know how to talk about it. Can we start there Thursday?",
        "low",
    ),
    (
        "I'm not going to do anything, I promise you that, but I'd be lying if I said the idea of not being alive didn't bring me a bit of peace.",
        "high",
    ),
    (
        "The GP asked me straight out if I'd had any thoughts of harming myself. I said no and it was the truth. But it shook me that he asked. Do I look that bad?",
        "low",
    ),
    (
        "This is the last text you'll get from me. Tell the practice to give my slot to someone who can still be helped.",
        "imminent",
    ),
    (
        "Teimlo'n isel heddiw. Sorry, that's feeling low today, typed it in Welsh first without thinking. Nothing more to say really. Eirlys",
        "low",
    ),
    (
        "Sat in the car in the garage with the engine off for ages last night, thinking about what it'd be like with it on.",
        "high",
    ),
    (
        "Since Pat died the evenings are very long. The telly talks but it doesn't listen. Just wanted to say that to someone. Maureen",
        "low",
    ),
    (
        "Been stockpiling my tablets since September, like I told you I wasn't. Enough now. I'll take them Friday when the carers don't come.",
        "imminent",
    ),
    (
        "I'm scared I'm not going to get through this. The nights are the worst.",
        "moderate",
    ),
    (
        "Dwi ddim eisiau byw. Sorry, it's easier to say in Welsh. I don't want to live.",
        "high",
    ),
    (
        "Bit of a weird one. I've been planning my own funeral in my head at night, who'd come, what they'd say about me. It's the only thing that settles me off to sleep.",
        "high",
    ),
    (
        "Between you and me I've been wondering what's the point in being alive at all, at my age, with nobody left.",
        "high",
    ),
    (
        "Ta for everything. Won't need Wednesday. Sorted the dog, sorted the will, sorted the way. Tonight.",
        "imminent",
    ),
    (
        "Quick one - the link you sent says expired. Can you resend? Cheers, Phil",
        "none",
    ),
    ("Been cutting again. Tops of my legs where nobody sees. Two weeks now.", "high"),
    (
        "Played Knockin' on Heaven's Door at the open mic in Clonakilty, only fluffed the one chord. Might do The Parting Glass next month. Till Thursday, Seán",
        "none",
    ),
    ("Thanks for today. Home now. Had my tea. Off to the pub quiz with Des.", "none"),
    (
        "Wanted to pick at the scars again tonight. Got the tweezers out. Put them back. The want's still there.",
        "high",
    ),
    (
        "This is goodbye, doctor. You did your best by me. Don't blame yourself. The farm papers are in the bureau in the parlour.",
        "imminent",
    ),
    (
        "Sleeping well, eating well, back at the darts on Fridays. Just checking in like you asked me to. Pete",
        "none",
    ),
    (
        "Mr O'Reilly's daughter here. Dad rang me crying, says he's taken \"the whole lot of the heart pills\" and he's sorry. I'm 40 minutes away. Ambulance called. Is there anything you can do?",
        "imminent",
    ),
    (
        "Doing a sponsored walk for the Samaritans on Sunday round Loch Lomond with the church lot. Can I bring my sponsor form to session? Ha. Morag",
        "none",
    ),
    (
        "Just a wee message to say I'm feeling very alone in all this with Mum. My brothers don't lift a finger. Can we use my next session on that? Fiona",
        "low",
    ),
    (
        "Had 'Another One Bites the Dust' stuck in my head all day after the quiz at the Legion. We came second!! See you Friday. Ken",
        "none",
    ),
    (
        "Dear Mrs Thomas,\n\nI said I'd write instead of talking because I'm useless at talking, you've seen that. So here it is.\n\nSince they let me go from the quarry in August I've not been right. I'm 63. Forty-one years I drove for them and I got a letter and a handshake. I know I said in session I was \"keeping busy\". That wasn't true. Most days I don't get dressed. I sit in the front room with the telly on and I don't know what's on it. Glenys goes to work and I tell her I've done the garden and I haven't.\n\nThe drinking's worse than I let on too. It starts about two in the afternoon now, cans first, then whatever's in the cupboard. I'm not falling down or anything but I wouldn't want to drive. I've stopped going to the rugby club because I can't stand the lads asking what I'm doing with myself.\n\nI don't see how it gets any better. Nobody's taking on a 63 year old with a bad back. Every way I look at it it's a dead end, and I'm tired of pretending to Glenys that I've got a plan.\n\nThat's it. I've written it now so I can't take it back.\n\nGwilym",
        "moderate",
    ),
    (
        "Dad said at breakfast he's \"had enough of living\" and he'd be \"better off in the ground beside Mam\". He's never said anything like that before. — Rhodri (Mr Evans's son)",
        "high",
    ),
    (
        "Mrs Doherty's home help here. I found her with a plastic bag and a note on the bed, she's breathing and talking, ambulance is coming. She asked me to tell you \"thank you and sorry\".",
        "imminent",
    ),
    (
        "its 4am and my heart is going like the clappers and i cant breathe and i know its panic but knowing doesnt help, worse than its ever been",
        "moderate",
    ),
    (
        "Shotgun's in the cabinet where it always is. I keep thinking about it. Haven't touched it.",
        "high",
    ),
    (
        "Stood on the edge of the platform at Crewe this morning longer than I needed to. Train came, I stepped back. Then went in to work like nothing happened.",
        "high",
    ),
    ("Knife's out on the table. Doing it tonight when the house is quiet.", "imminent"),
    (
        "That's the last time I let my son-in-law near the boiler, he nearly gassed the lot of us 🙄 Engineer's been. All sorted and we're toasty.",
        "none",
    ),
    (
        "Didn't go in to work today or yesterday. Rang in sick. Sat in the van in the lay-by mostly.",
        "moderate",
    ),
    (
        "Got the scan results, all clear 🎉 The consultant says I'll outlive the lot of them. Celebrating with a fish supper tonight.",
        "none",
    ),
    (
        "Everything's falling apart and I'm too old to start again. There's no way out of this mess.",
        "moderate",
    ),
    (
        "Thirsty and dizzy and my ears are ringing. It's the aspirin. Took the whole tub at 8. Didn't want you to hear it from someone else.",
        "imminent",
    ),
    (
        "I'd go tomorrow if I could. Just close my eyes and not have to do any of it ever again.",
        "high",
    ),
    (
        "Mam would've known what to say. I'd like to be with her now, wherever she is.",
        "high",
    ),
    (
        "It's the quiet after the harvest that gets me. Everyone's flat out and then nobody is. Bit lost in myself this week.",
        "low",
    ),
    (
        "Standing at the end of the pier at Portrush. Water's black. I'm not coming back from this one.",
        "imminent",
    ),
    (
        "Wife's birthday Friday, so I'd like to move my session to the week after if that's alright. Taking her to Tenby for a few nights.",
        "none",
    ),
    (
        "Sat here with the note written and the pills counted. Just waiting for it to get dark.",
        "imminent",
    ),
    (
        'Line from the Shawshank I always liked: "Get busy living or get busy dying." Put it on a post-it on the fridge. Our Tracey thinks I\'ve gone soft in my old age. See you Weds.',
        "none",
    ),
]
