"""Training-only messages for the learned risk net (bench/train_risk_net.py), author C.

English, mixed channels, adults 35-75 in trades, farming, the forces, shift work, caring, retirement (blunt, understated, dark humour).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
295 messages: none 89, low 45, moderate 31, high 71, imminent 59.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Cancel Thursday please, lambing's started. Tbh I've been eyeing the beam in the big shed more than the ewes lately.",
        "high",
    ),
    ("Had a word with the gun cabinet last night. Didn't open it. Tonight I might.", "imminent"),
    (
        "Not being funny but if the lorry jackknifed on the A1 with me in it I wouldn't be that fussed.",
        "high",
    ),
    (
        "Sorted the will, cancelled the paper, dog's going to our Kev's. Just wanted to say you did your best with me, Doc.",
        "imminent",
    ),
    (
        "30 x 30mg codeine in the van glovebox. Been building it up since October. Enough now I reckon.",
        "imminent",
    ),
    (
        "Burned my forearm on the exhaust on purpose. Third time this week. Sleeves down, nobody's noticed.",
        "high",
    ),
    ("Retired 3 years. Wife gone 2. Some mornings I lie there annoyed I woke up at all.", "high"),
    (
        "Quick one - can we move Tuesday to Wednesday? Nights again. Also been googling how long it takes to bleed out, so maybe keep me on your list 😅",
        "high",
    ),
    (
        "Standing on the footbridge over the bypass. Cold up here. Just thought someone should know where I was.",
        "imminent",
    ),
    (
        "mum finally asleep. ive been sat with her tablets and mine lined up on the table for an hour. counting them",
        "imminent",
    ),
    (
        "Did 22 years in the Army and never once thought about topping myself. Now I think about it every day on the school run.",
        "high",
    ),
    (
        "Tired of being the weight everyone's carrying. They'd get the insurance and a bit of peace.",
        "high",
    ),
    ("Took the lot. Sorry. Door's on the latch for whoever.", "imminent"),
    (
        "Is it normal to plan your own funeral in the shower? Hymns, who carries, the lot. Asking for me.",
        "high",
    ),
    (
        "Punched the block wall till the knuckles split. Felt better than anything you've suggested. No offence.",
        "high",
    ),
    ("Haven't eaten since Sunday. Don't deserve to. Bit of penance.", "high"),
    (
        "Written one letter for each of the kids. In the toolbox. Not doing anything yet, just want it sorted.",
        "high",
    ),
    (
        "Goalposts have moved for the last time. I'm blowing the final whistle on myself this weekend.",
        "imminent",
    ),
    (
        "Kipping in the cab at the depot. Got the hose and the tape with me. Not much more to say.",
        "imminent",
    ),
    (
        "Anyone ever tell you the river by Hallam Lock is deep enough? Went and had a look today. Just a look. For now.",
        "imminent",
    ),
    ("I keep hoping the scan comes back bad. There. Said it.", "high"),
    ("Overtime's the only thing keeping me off the rope, and they've just cut it.", "high"),
    (
        "Brought the solicitor forward for the will. Want it signed before Friday. After Friday it won't matter.",
        "imminent",
    ),
    (
        "Gave my tools to the apprentice today. All of them. Told him I won't need them where I'm going. He laughed. I didn't.",
        "imminent",
    ),
    (
        "Scratched my legs raw with the wire brush in the garage. Stupid. Can't stop thinking about doing it again.",
        "high",
    ),
    ("dont want to be here anymore. not here as in the town. here as in here.", "high"),
    (
        "Insulin. I've got plenty and I know exactly how much. That's all I'll say on here.",
        "imminent",
    ),
    (
        "Honest answer to your question on Tuesday: yes, most nights. Mainly the railway line at the bottom of the field.",
        "high",
    ),
    (
        "Feel like a spare wheel nobody needs. Be doing the lot of them a favour if I went off the road one night.",
        "high",
    ),
    (
        "Tell the group I'm sorry I won't make the next one. Or any. Thanks for trying with an old sod like me. Gordon",
        "imminent",
    ),
    (
        "Half a bottle of Bells and all of the zopiclone. Feeling floaty. Don't ring an ambulance.",
        "imminent",
    ),
    ("The belt's over the door at the moment. Just looking at it. Please ring", "imminent"),
    (
        "Checking whether the life policy pays out if it's 'self inflicted' after two years. It's been two years and three months. Asking for obvious reasons.",
        "high",
    ),
    (
        "Sorry to mess you about, need to cancel 3pm - Mum's carers didn't show. Honestly some days I think the only rest I'll get is in a box.",
        "high",
    ),
    (
        "lol the GP asked if i had thoughts of harming myself and i said no. i lied. most days i picture the van going under an artic",
        "high",
    ),
    (
        "I've started giving the cats to the neighbours one at a time so it doesn't look odd.",
        "imminent",
    ),
    (
        "Would it be wrong to stop the heart tablets and let nature get on with it? Been skipping them a week now. On purpose.",
        "high",
    ),
    (
        "Cut again. Deeper. Used the Stanley knife off the van. It's wrapped in a tea towel and it's soaking through.",
        "imminent",
    ),
    (
        "Thinking of having an accident at work. The sort you don't walk away from. Scaffold's 40 foot.",
        "high",
    ),
    (
        "Seventy-four years, had a good innings. Time to declare, I reckon. Paperwork's in order for Ruth. Thank you for the chats.",
        "imminent",
    ),
    (
        "Asking for a friend, and the friend is me: how many of my amitriptyline would do it? 25mg ones. I've got 60.",
        "imminent",
    ),
    (
        "Big Dave's retirement do Friday, then I'm retiring from everything else as well. Got it all planned out.",
        "imminent",
    ),
    (
        "It'd be easier on everyone if I didn't come back from the trawler trip. Sea's big enough.",
        "high",
    ),
    ("Cut-off is midnight. Sorry for everything. Look after yourself love x", "imminent"),
    (
        "I'm on the roof of the multi-storey at the hospital. Level 6. I don't know why I'm telling you.",
        "imminent",
    ),
    (
        "Pressed the iron onto my thigh. Blister the size of a fist. Needed to feel something other than this.",
        "high",
    ),
    (
        "Been saying my goodbyes without saying them. Pint with my brother, rang my old CO. Think they knew.",
        "imminent",
    ),
    (
        "No energy, no sleep, and the thought that keeps me company at 3am is how peaceful it would be to just stop.",
        "high",
    ),
    (
        "Sold the bike, sold the boat, cleared the loft. Told everyone it's downsizing. You know what it is.",
        "imminent",
    ),
    ("The grandkids deserve a better grandad than me. One that isn't there would do.", "high"),
    (
        "Ligature marks on my neck. Daughter found me. I'm in A&E now, they said to tell you.",
        "imminent",
    ),
    ("wish id stayed in Helmand tbh. would of been cleaner", "high"),
    (
        "Can I ask something without you ringing the crisis team? If I ran the tractor in the barn with the doors shut, would it be quick.",
        "high",
    ),
    ("😶 gonna do it tonight. sorry", "imminent"),
    (
        "Knocked myself about a bit again. Head against the cab door. Bruise I'm telling the lads was the tailgate.",
        "high",
    ),
    ("Shift done. Bed. Don't wake me up. Ever, ideally. Not joking as much as it sounds.", "high"),
    (
        "I can see why people step off. Been doing a lot of seeing lately, driving home over the Orwell.",
        "high",
    ),
    (
        "Wrote a note. Stuck it in the Bible. Taking the dog out one last time then that's that.",
        "imminent",
    ),
    (
        "Mate I'm not cut out for this. Ha. Except I am, literally, both arms, since Saturday.",
        "high",
    ),
    (
        "The maths is simple. Pension plus life cover = Jean sorted. Me = cost. Someone should run the numbers.",
        "high",
    ),
    (
        "Re: invoice for Nov - paid today, ref SMITH11. Also, I've been thinking about ending things more than I let on last week. Didn't want to say it out loud in the room.",
        "high",
    ),
    (
        "Had the gun out to clean it. Cleaned it twice. Sat with it loaded for a bit. Put it back. Tomorrow's another day, supposedly.",
        "imminent",
    ),
    ("heading up the Pike. not coming down the normal way.", "imminent"),
    ("Is 40 paracetamol enough or do you need more? Got 48.", "imminent"),
    (
        "Keep picturing my name on the memorial bench next to Dad's and thinking, fair enough.",
        "high",
    ),
    (
        "Night shift tonight, cover's sorted for the kids till Sunday. After that they're not my problem anymore, someone better's got them.",
        "imminent",
    ),
    ("If I'm honest I'd like to go to sleep for a long time. Like, the long one.", "high"),
    (
        "Scored my arms with a compass out of my lad's pencil case. 43 and doing what the teenagers do. Pathetic.",
        "high",
    ),
    (
        "Dad's care home rang again. I'm the only one who visits. Lately I reckon he'll outlive me, and I'm weirdly fine with that, because I'll make sure of it.",
        "imminent",
    ),
    ("Two more weeks till my 60th. Not planning on seeing it. Chose the date already.", "imminent"),
    ("Forgive me for this one. The pills are working now. I can't feel my hands.", "imminent"),
    (
        "Lads in the unit had a saying: when you're done, you're done. I'm done. Rope's bought.",
        "imminent",
    ),
    (
        "Been hitting my thigh with a hammer handle when the thoughts come. Leaves a mark but keeps my head straight.",
        "high",
    ),
    ("Honestly just tired of breathing.", "high"),
    (
        "Who do I ring to get the horses collected? Need them gone by Thursday. Don't want anyone finding them hungry after.",
        "imminent",
    ),
    (
        "Can we push Monday to the 14th? Grandson's christening. Not sure I'll be around by the 14th though, if you follow.",
        "high",
    ),
    (
        "Caught myself standing right at the edge at Crewe waiting for the 5:40 freight to come through. Not an accident. Third time.",
        "high",
    ),
    (
        "Took 14 of the diazepam about an hour ago with a few cans. Was meant to be 2. Not sure why I'm texting you instead of sleeping.",
        "imminent",
    ),
    (
        "Things done this week: serviced the boiler, paid off the credit card, wrote to my sister, cleaned the shotgun. Nothing left on the list after Saturday.",
        "imminent",
    ),
    ("My heart packing in would save everyone the bother. I keep hoping the stent fails.", "high"),
    (
        "Thanks for everything Doc. Truly. You were one of the good ones. Don't blame yourself.",
        "imminent",
    ),
    (
        "Can't shake the idea of driving into the quarry. I keep taking the long way round past it.",
        "high",
    ),
    (
        "Starved myself since Tuesday bc I don't deserve a plate. Only water. Shaking a bit now.",
        "high",
    ),
    (
        "Sorry, I know you said text if it got bad. It's bad. I'm in the car at the reservoir, engine running, pipe's in the window.",
        "imminent",
    ),
    (
        "Pulled my hair out in clumps again last night, scalp's bleeding in patches. Wife thinks it's stress.",
        "high",
    ),
    ("I'd take a bullet for anyone on my team. Lately I'd take one for no reason at all.", "high"),
    (
        "Checked out the bridge on the M62 on the way back from the depot. Stopped on the hard shoulder and measured the drop by eye. Sorry, that's grim.",
        "imminent",
    ),
    (
        "Funny how the idea of not existing is the only thing that calms me now. Not dramatic about it. Just is.",
        "high",
    ),
    (
        "Gave Sheila my mother's ring today and the log book for the Land Rover. She asked why. Said I was decluttering. I wasn't.",
        "imminent",
    ),
    (
        "work wants me in at 6. jokes on them, i wont be anywhere at 6. got mums oramorph and nobodys home",
        "imminent",
    ),
    ("The cows would manage fine without me, and so would everyone else. Probably better.", "high"),
    (
        "Thoughts are back. The ones about the barn. Haven't done anything, but they're loud today.",
        "high",
    ),
    (
        "Been biting my hands till they bleed on nights. Keeps me awake and keeps the other thing quiet.",
        "high",
    ),
    (
        "Don't want to die exactly. Just want to stop existing for a good long while. Is that the same?",
        "high",
    ),
    (
        "Sent the kids to their mum's for the week with extra clothes. Fed the dog. House is quiet. Tonight's the night.",
        "imminent",
    ),
    ("cant see the point of waking up tomorrow, or any tomorrow. easier if i just didnt.", "high"),
    (
        "If the tumour's back I'm not doing chemo again. I'll go my own way, quicker. Already know how.",
        "high",
    ),
    (
        "Was going to leave it till after Christmas for the grandkids' sake. Can't hold on that long. Maybe this weekend.",
        "imminent",
    ),
    (
        "Stood on a chair in the garage with the tow strap this morning. Bottled it. Don't know if I'll bottle it twice.",
        "imminent",
    ),
    ("Been cutting where the overalls cover. Nobody on site knows. You're the first.", "high"),
    ("Question about my lithium: how many would be dangerous? Not for a leaflet.", "high"),
    (
        "Rang the Samaritans, got a nice lad, told him I was fine. I'm not. I've had enough of being alive, plain and simple.",
        "high",
    ),
    (
        "Watching the lads from my old regiment go one by one, I get it now. Might be my turn to join the queue.",
        "high",
    ),
    (
        "Won't be needing the Friday slot. Or the one after. Thanks for putting up with me. Tell your colleague with the dog I said ta-ra.",
        "imminent",
    ),
    (
        "Keep having the thought that if I slipped off the silo roof while fixing it, it'd just look like farming. Nobody'd question it.",
        "high",
    ),
    (
        "Smashed my own hand in the car door. On purpose. Finger's probably broken. Wanted the pain.",
        "high",
    ),
    ("Every night I set the alarm and hope it's wasted. Six weeks now.", "high"),
    (
        "It's all on the kitchen table. Passwords, the deeds, keys to the lock-up, a note for Ann. I'm sorry. Leaving now.",
        "imminent",
    ),
    (
        "been stockpiling mums morphine patches since she went into the hospice. theres a box of them in my drawer now. enough.",
        "imminent",
    ),
    (
        "what do they do with you if you survive jumping? asking cos im on the cliff path at Beachy Head and my legs are shaking",
        "imminent",
    ),
    (
        "Every time the train goes past the crossing I count how long it'd take to step out. Three seconds, give or take.",
        "high",
    ),
    ("🪦 soon x", "imminent"),
    (
        "not trying to be dramatic but if I don't text you tomorrow morning, send someone round",
        "imminent",
    ),
    (
        "Mum asked why I've gone so thin. Haven't told her I've stopped eating on purpose because I hate myself. 3 stone since August.",
        "high",
    ),
    (
        "Be honest, I looked up the height of the Humber Bridge. Then the water temperature. Then shut the laptop.",
        "high",
    ),
    ("I'm fine. Just wish the heart attack last year had finished the job.", "high"),
    (
        "Swallowed what was left of Dad's warfarin and my own sertraline. Maybe 30 in total. Sat in his chair now.",
        "imminent",
    ),
    ("Ever get a client who's just bored of being alive? Not sad. Bored. That's me.", "high"),
    (
        "Hello Dr Marsh,\nWriting rather than ringing because I'd only clam up. Work's fine, the knee's fine, the allotment's had a good year. The reason I'm writing is that I've started to think quite calmly about not being here. Not in a panic. More like pricing a job: what tools, what order, who'd need telling. I haven't set a date and I'm not saying this to frighten you. It just seemed wrong to sit in your room next week talking about runner beans.\nRegards,\nMalcolm",
        "high",
    ),
    (
        "Hiya, quick update as promised. Dad's settled in the home, the bungalow's on the market, and I've handed my notice in at the depot. Everyone keeps saying it's a fresh start. Truth is I've cleared the decks because I don't intend to be around for the start. Dog's lead and food are on the side with a note for my sister. Thank you for listening these last months. Bev",
        "imminent",
    ),
    ("Bit of a weird one. Knife drawer keeps calling. Haven't answered. Yet.", "high"),
    (
        "Do you still do the Thursday evening slot? Asking because I'd like one more before I go. Not on holiday.",
        "imminent",
    ),
    (
        "Truck's fuelled, tank's full, note's on the dash. Heading for the Snake Pass. Don't bother with the police, I'll be quick.",
        "imminent",
    ),
    (
        "my wife would get remarried to someone decent if i was gone. the thought doesnt upset me like it should",
        "high",
    ),
    (
        "Bloke at the pharmacy didn't blink when I bought the 3rd lot of co-codamol this week. Different branches. Up to 96 now 💊",
        "imminent",
    ),
    (
        "Put the gun back in the cabinet but the key's in my pocket and I can't stop touching it. Rough night. Need you.",
        "high",
    ),
    (
        "Brilliant news, got a grandson! 8lb 2. Shame I won't be sticking round to see him grow, to be honest. Anyway pics attached 🎉",
        "high",
    ),
    (
        "ran a blade along my wrist in the staff toilets on my break. only shallow. back on the line now like nothing happened",
        "high",
    ),
    ("Tonight I want to drink till I stop. Properly stop. Not the usual.", "imminent"),
    (
        "The nurse from the surgery asked me to message you. I took an overdose of my blood pressure tablets on Sunday. They kept me in. I'm home and I'm still not glad I'm here.",
        "imminent",
    ),
    (
        "Need to move Thursday's session, got a bridge inspection in Rotherham all day. Any chance of Friday am?",
        "none",
    ),
    (
        "Took a couple of paracetamol for the back and it's eased. Might stand for the session if that's ok, that chair's murder.",
        "none",
    ),
    (
        "Signing a load of goodbye cards for the lads at the depot - 40 years of Pete. He's off to Spain, the jammy sod.",
        "none",
    ),
    (
        "Cleared the wardrobe and gave three bags to the hospice shop. Wife's orders. Felt good actually.",
        "none",
    ),
    (
        "Went to the solicitor with Margaret about the wills, all very civilised, then fish and chips on the front. One more thing ticked off.",
        "none",
    ),
    (
        "I'm done with this job. Seriously. Handed my notice to the foreman at half seven. Starting at the builders' merchants in March.",
        "none",
    ),
    (
        "I'll kill him if he's late again, that plasterer. Three days behind. Sorry, needed to vent before Tuesday.",
        "none",
    ),
    (
        "Lambing's killing me this year. 300 ewes, two of us. Can we do a phone session instead of me coming in?",
        "none",
    ),
    ("Dead on my feet after the 12 hour. Could I get the 4pm instead of 2pm?", "none"),
    (
        "Watched Saving Private Ryan again. 'Earn this.' Gets me every time. Anyway, see you Weds.",
        "none",
    ),
    (
        "My lad's band did a cover of 'Hurt' at the club Saturday. Bloody good as well. Proud dad.",
        "none",
    ),
    (
        "The rope on the winch snapped and nearly took the fencer's head off. Health and safety had a field day. Running late for our call, apologies.",
        "none",
    ),
    (
        "GP's put me on 20mg of the citalopram instead of 10. OK to take it in the morning or is night better?",
        "none",
    ),
    ("Can you send the invoice to my work email, the other account's dead.", "none"),
    (
        "Shot two pigeons and a rabbit this morning, freezer's full. Bit of good news for once.",
        "none",
    ),
    (
        "Ha, the grandkids had me in stitches. I'm dead 😂 Anyway, confirmed for 10 on Monday.",
        "none",
    ),
    (
        "Cancelling Friday, sorry - Mum's had a fall and I'm at the hospital with her. She's alright, just the wrist.",
        "none",
    ),
    ("could murder a bacon roll after that shift", "none"),
    (
        "Our Dave's leaving do is Friday so I'm writing his speech. Any tips for a bloke who hates public speaking? Not a therapy question I know.",
        "none",
    ),
    (
        "Bought one of those pill organisers with the days on for Mum's tablets. Game changer. She's stopped doubling up.",
        "none",
    ),
    ("Gunnery range Monday and Tuesday so I'm off grid. Back Wednesday night.", "none"),
    (
        "Killed it at the darts last night. 140 on the last leg. Thought you'd want some good news for a change.",
        "none",
    ),
    ("Does the video link work on an iPad? Grandson's lending me his.", "none"),
    (
        "Read that book you mentioned, the one by the marine. The bit about the long walk back landed. Good shout.",
        "none",
    ),
    (
        "Jumped off the trailer and twisted my ankle. Can I do Tuesday by video? Hobbling like an old man. Which I am.",
        "none",
    ),
    ("Power of attorney for Dad sorted today, solicitor was spot on. One less thing.", "none"),
    (
        "Heading over the Severn bridge for a job in Newport, might lose signal around 3. Ring after 4?",
        "none",
    ),
    ("My feet are killing me. New steel toecaps. Are we still on for half 5?", "none"),
    ("Bloody heatwave. Laying slabs in this is a slow death.", "none"),
    ("Lost the cup final 3-0. Season's dead and buried. See you Thursday.", "none"),
    (
        "Cut myself shaving in the van mirror, bled all over my good shirt for the funeral. Uncle Reg's - he was 94, good innings.",
        "none",
    ),
    ("Burnt my hand on the Aga getting the bread out. Mum thought it was hilarious.", "none"),
    (
        "Goodbye for now - we're off to the caravan in Tenby for a fortnight, I'll email when we're back to book in.",
        "none",
    ),
    (
        "Time to end it with the allotment committee. Too much politics for a man who just wants to grow leeks.",
        "none",
    ),
    (
        "Stockpiling tins for winter like my nan used to. Old habits. Pantry looks like a bunker.",
        "none",
    ),
    (
        "Ex-forces charity walk on Saturday, 26 miles for veterans' mental health. Sponsorship link if you want it, no pressure.",
        "none",
    ),
    (
        "'Do not go gentle into that good night' - our Sally read it at Grandad's funeral. Beautiful. Thought you'd like it since you asked about him.",
        "none",
    ),
    (
        "Overdosed on Christmas telly. Three Bond films back to back. Ready to talk about something other than explosions on Tuesday.",
        "none",
    ),
    ("Hit the wall at mile 20 but finished. Knees are wrecked. Medal's on the fridge.", "none"),
    (
        "Giving away my old fishing gear on Facebook - anyone you know want a carp rod? Taken up bowls instead.",
        "none",
    ),
    (
        "Locals call the one at the end of our road suicide bridge. Council's finally putting up higher railings, about time. Confirming Friday.",
        "none",
    ),
    (
        "Been asked to do the mental health first aid course at work. Might pick your brains on how to spot a lad who's struggling.",
        "none",
    ),
    (
        "Our Gary's knee op went fine. He's on the morphine and loving life. Can he wait in the car park on Thursday?",
        "none",
    ),
    (
        "Doc, need to rearrange. Combine's broken down and the weather's turning. Harvest waits for nobody.",
        "none",
    ),
    ("Left the gun club. Not for any dark reason before you ask - fees went up to £400.", "none"),
    ("Dropped a pallet on my foot. Black toe. A&E said it'll live.", "none"),
    (
        "End of an era - last shift at the pit museum before it closes. Took loads of photos.",
        "none",
    ),
    (
        "Cat brought in a dead mouse and left it on my pillow. Affectionate little psychopath.",
        "none",
    ),
    (
        "Going to end it tonight. With the broadband provider. 45 minutes on hold so far. Then we'll see who's laughing.",
        "none",
    ),
    (
        "'I've seen things you people wouldn't believe' - Blade Runner was on last night. Brilliant. Alright if I pay cash next time?",
        "none",
    ),
    (
        "Keep a spare box of blades in the van for carpet jobs. Went through two boxes this week. Busy busy.",
        "none",
    ),
    (
        "Funeral directors came round to quote for Mum, she wants it all planned. She's 91, sharp as a tack, having a whale of a time choosing hymns.",
        "none",
    ),
    (
        "Finally wrote my will. Solicitor, two witnesses, cup of tea. Wife says it's the most grown-up thing I've done in 30 years.",
        "none",
    ),
    ("Looking forward to not waking up at 4 for once - holiday starts tomorrow!", "none"),
    ("Jumping in at the deep end with the new business. Van's ordered. Wish me luck.", "none"),
    ("Sorry, have to cancel - the lambing shed roof blew off. Nobody hurt.", "none"),
    ("Out last night with the lads for Steve's 50th. Head's banging. Worth it.", "none"),
    (
        "Dentist said take 2 every 4 hours for the tooth. Does that clash with my sertraline?",
        "none",
    ),
    (
        "How much notice do you need before you charge for a missed one? Rota's changed again.",
        "none",
    ),
    (
        "Grandson's doing a project on knots for Cubs. We spent the afternoon with ropes in the garage. Bowline, sheepshank, the lot.",
        "none",
    ),
    (
        "Goodbye, old Transit. 280,000 miles. Sold her to a lad from Leeds this morning. Bit emotional, don't laugh.",
        "none",
    ),
    (
        "Writing letters to the lads I served with, for the reunion. Haven't seen some of them in 30 years.",
        "none",
    ),
    ("Tonight's the night - quiz final at the Red Lion. We're 9/4 favourites.", "none"),
    ("Nearly went off the road on the ice this morning. Bloody gritters. Everyone's fine.", "none"),
    ("Overdid it at the gym, pulled my back. Can't sit long. Video session ok?", "none"),
    (
        "Killing time in the hospital car park while Dad has his scan. Thought I'd book next month while I'm at it.",
        "none",
    ),
    (
        "Piece in the Farmers Weekly on suicide rates in farming. Grim numbers. Made me glad I talk to you.",
        "none",
    ),
    (
        "Been chewing over what you said, that I carry everyone. Maybe I do. Food for thought.",
        "none",
    ),
    ("Got the results. Benign. Pint tonight.", "none"),
    ("I don't drink on my own any more. 5 months.", "none"),
    ("Didn't spend the day in bed today! Up at 7, fed the sheep, walked the dog.", "none"),
    ("Slept like the dead. First time in weeks.", "none"),
    (
        "A lad at work caught his hand on the grinder, proper mess. I did the first aid. Shaky afterwards but alright now.",
        "none",
    ),
    ("Song in my head all day: 'Hello darkness my old friend.' Drives the wife mad.", "none"),
    (
        "Film club picked It's a Wonderful Life. Cried like a baby at the bridge bit. Good cry though.",
        "none",
    ),
    (
        "Sat in on a talk at the Legion on veteran suicide. Lot of lads there. Felt useful for once.",
        "none",
    ),
    (
        "Not gonna lie, retirement's boring me to death. Signed up to volunteer on the heritage railway.",
        "none",
    ),
    ("Drowning in paperwork since the audit. Accountant's on it though.", "none"),
    ("Pulled an all-nighter with the calving. Lost one, saved one. That's farming.", "none"),
    ("I'd rather die than go to another of her dinner parties 😂", "none"),
    (
        "Kids' rugby final today. Lost by a point. Heartbroken little faces 💔 but so proud of them.",
        "none",
    ),
    ("Staying in bed today would be lovely but the cows don't milk themselves.", "none"),
    (
        "Dear Dr Okafor,\nApologies for the short notice but I'll have to cancel Monday. The farm inspection's been brought forward and the vet's coming for the TB test the same morning. On a brighter note, I took your advice and rang my brother; we're going to the mart together next week for the first time in years. Could we look at the following Monday instead?\nKind regards,\nTom Hollis",
        "none",
    ),
    (
        "Finished The Old Man and the Sea for the book club at the Legion. 'A man can be destroyed but not defeated.' Lads argued about it for an hour. Running ten minutes late Friday if that's alright. Phil",
        "none",
    ),
    (
        "Popped two ibuprofen, cold flannel, feet up. Migraine's easing. Still fine for tomorrow.",
        "none",
    ),
    (
        "Our Sandra's giving all her mum's clothes to the church jumble. Took six trips in the Astra.",
        "none",
    ),
    (
        "They're pulling down the old viaduct next year. Walked over it one last time with the dog. Nice evening for it.",
        "none",
    ),
    ("Ok 👍 Wednesday 11 it is.", "none"),
    (
        "Can't make it, nights again. Ring me to rebook? After 2pm ideally, I'm asleep before then.",
        "none",
    ),
    ("Bit flat this week. Nothing specific. Rain, nights, you know.", "low"),
    ("Lonely since Pat died. Telly's company but it doesn't answer back.", "low"),
    (
        "Could we have a quick call before Thursday? Feeling a bit off and wanted to hear a sane voice.",
        "low",
    ),
    (
        "Not going to do anything stupid, before you worry. Just had a rough night with the memories.",
        "low",
    ),
    (
        "Years back, after I left the Navy, I used to think about driving off the road. Not now. Thought you should know the history.",
        "low",
    ),
    (
        "One of the lads from my section took his own life last month. Keeps coming back to me.",
        "low",
    ),
    (
        "My brother keeps saying he'd be better off dead since the farm went. What do I even say to him?",
        "low",
    ),
    (
        "If a bloke did start having thoughts of ending it, what's the number he should ring? Not me. Want to put it on the noticeboard in the yard.",
        "low",
    ),
    (
        "Last session, when we got onto the cutting in my twenties - it's been on my mind since. Not doing it. Just remembering.",
        "low",
    ),
    ("Quiet Christmas. Just me and the dog. It's fine. Mostly.", "low"),
    ("No urges this week. Good week in fact, first one in a while.", "low"),
    ("Mum didn't recognise me today. Drove home in silence. Bit gutted.", "low"),
    ("Feeling down. That's all. Wanted to tell someone.", "low"),
    ("Haven't hurt myself since September. Counting the days like the AA lads do.", "low"),
    ("The wife's worried, says I've gone quiet. I'm just tired. Maybe a bit low.", "low"),
    (
        "Mate from the regiment posted something dark on Facebook last night. Rang him, he's ok, but it shook me up.",
        "low",
    ),
    ("Nobody at the yard asks how you are. Can't remember the last time someone did.", "low"),
    ("Does it ever stop, the grieving? Two years since Janet.", "low"),
    ("Any chance of an extra one this month? Struggling with Dad's decline.", "low"),
    ("No thoughts of ending it, I promise. Just very tired and very grumpy.", "low"),
    (
        "Funny thing, felt nothing at my own retirement do. Everyone clapping and me just... there. Normal?",
        "low",
    ),
    (
        "About what you asked on Tuesday, whether I've ever thought about suicide - yes, after Iraq in 2004. Not since. Wanted to answer properly.",
        "low",
    ),
    (
        "My daughter's friend overdosed at uni last week. She's alright, in hospital. My girl's in bits and so am I a bit.",
        "low",
    ),
    ("If I ever did feel like hurting myself again, would you want me to text or ring?", "low"),
    ("Rough one. Missed her today. Sat in the van at the cemetery for a bit.", "low"),
    ("Just want a chat. Nothing's wrong exactly.", "low"),
    (
        "In the old days I'd have driven to the cliff and sat there thinking about it. Today I went to the pub quiz instead. Progress eh.",
        "low",
    ),
    ("I'm not suicidal. I'm sad. Need you to know those are different things.", "low"),
    ("Like a ghost in my own house since the kids moved out.", "low"),
    ("Hard week. On my own a lot. Rain on the tin roof for company.", "low"),
    (
        "The vet's putting old Bess down on Friday. 16, blind, done. Might be a bit wobbly on Monday, just a heads up.",
        "low",
    ),
    (
        "Gave the eulogy at Frank's funeral. Didn't cry till the car park. He'd have laughed at me.",
        "low",
    ),
    (
        "My sister's the one struggling - she tried to overdose in May and she's in a bad way again. Driving down tonight. Bit rattled.",
        "low",
    ),
    ("Worn out, sad and a bit lost today. Dad's moved into the home.", "low"),
    ("Can't be bothered with anything. Not even the football.", "low"),
    (
        "Sometimes wonder what I'm for since I stopped working. Not in a dark way. Just rudderless.",
        "low",
    ),
    (
        "Skipping this week's session for the funeral of a lad from work. He took his own life. Can we talk about it next time?",
        "low",
    ),
    ("Hit rock bottom last spring, you know that. Climbing out now, slowly.", "low"),
    (
        "Everyone says you've got so much to live for. Yeah, I know. Doesn't shift the flatness.",
        "low",
    ),
    ("Lonely as hell out here, if I'm honest. Nearest neighbour's two miles off.", "low"),
    (
        "Out of my depth with Dad's dementia. Could do with talking it through, sooner rather than later.",
        "low",
    ),
    (
        "Hi, following on from Tuesday. You asked me to write down what I remember about 1998, when I took the tablets after the divorce. Done it, three pages, in the blue folder. Hard, but it's done, and I'm alright tonight - had tea with the wife and watched the snooker. I'll bring it next week. Cheers, Graham",
        "low",
    ),
    (
        "Husband's mate from the fire service jumped from the multi-storey last week. Ken's not sleeping, and neither am I to be honest.",
        "low",
    ),
    ("Wouldn't say I'm depressed. Just grey. Like the sky round here.", "low"),
    (
        "Someone at church asked if I was alright and I nearly cried into the tea urn. Odd day.",
        "low",
    ),
    (
        "Can't take much more of this. Dad shouting all night, me up at 5 for work. Something's got to give.",
        "moderate",
    ),
    ("Few too many again. Fourth night running. Only way I sleep with these shifts.", "moderate"),
    ("Haven't left the house since Sunday. Phone off. Couldn't face anyone.", "moderate"),
    ("What's the point of any of it. Farm's going under whatever I do.", "moderate"),
    ("Nothing's ever going to change. Same four walls, same bad back, same bills.", "moderate"),
    (
        "At the end of my tether with Mum. Love her but I'm running on fumes and the tank's been empty a while.",
        "moderate",
    ),
    (
        "Scared I won't make it through the winter - coping-wise, not the other thing. The panic's been awful, can't breathe some nights.",
        "moderate",
    ),
    (
        "Stayed in bed all day. Didn't even feed the hens, neighbour did it. Sorry, can we do phone Thursday?",
        "moderate",
    ),
    (
        "Whisky's doing more for me than the tablets at the minute. Half a bottle most nights.",
        "moderate",
    ),
    (
        "Panic attack in Tesco. Left the trolley and sat in the car for an hour. Still shaking.",
        "moderate",
    ),
    ("I can't keep going like this. Something's got to change or I'll crack.", "moderate"),
    ("No way out of the debt. Bank, suppliers, the lot. Checked every angle twice.", "moderate"),
    ("Fourth day in bed. Curtains shut. Just can't get going.", "moderate"),
    (
        "The drink's creeping up. Started at dinnertime today. Don't tell me off, I'm telling you so someone knows.",
        "moderate",
    ),
    ("Nothing to look forward to. Retirement was supposed to be the good bit.", "moderate"),
    ("On my knees, not gonna lie. Can't do another 7 nights on.", "moderate"),
    ("Every day's the same grey. Don't see it getting better, not at my age.", "moderate"),
    (
        "Couple extra of the diazepam to get through the afternoon, more than the box says. Just to cope with Mum's appointment.",
        "moderate",
    ),
    ("Rang in sick three days. Can't face the site. Just sat in the chair.", "moderate"),
    (
        "Six letters to the council and nothing back. At the end of my rope, can't take it anymore.",
        "moderate",
    ),
    ("Gone quiet on everyone this week. Not ready to talk yet. Still here though.", "moderate"),
    ("Drinking every night to switch off from the caring. Not proud of it.", "moderate"),
    (
        "Can't see a way out for the business or for me. Everything's going south and I'm stuck watching.",
        "moderate",
    ),
    (
        "Evening. Not an emergency, don't panic. Just a rotten week: Mum's up four times a night, the agency cancelled twice, and I've had to phone in sick. Spent most of today on the sofa with the curtains drawn. I know I should eat. Can't see how this gets better with her getting worse. Talk Thursday. Lorraine",
        "moderate",
    ),
    (
        "Smoking weed again to get to sleep after the late shift. Every night now. Didn't want to hide it from you.",
        "moderate",
    ),
    ("Pointless. The lot of it. Work, home, telly, bed, repeat.", "moderate"),
    (
        "Called in to say I'm not coming. Not coming out of the house either, or answering the door. Few days of this now.",
        "moderate",
    ),
    (
        "It's like being a goalie with no defence, everything coming at me. Can't hold it any more, honestly.",
        "moderate",
    ),
    ("cans before the school run now. thats new. not great", "moderate"),
    (
        "Heart going like the clappers, sweating, sure I was dying - they said panic at A&E. Third time this month. It's taking over.",
        "moderate",
    ),
    (
        "Honestly it's never going to get better with my knees and no work coming in. I've stopped kidding myself.",
        "moderate",
    ),
]
