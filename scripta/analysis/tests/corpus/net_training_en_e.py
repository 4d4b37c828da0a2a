"""Training-only messages for the learned risk net (bench/train_risk_net.py), author E.

English everyday messages (level none) that use the words and turns of phrase of crisis messages in
their everyday sense (a schedule, a trip, a move, a project ended, ordinary medication).
Written fresh on 2026-11-26 by an author who read only GUIDELINES.md (never the engine, its
lexicon, its tests or the corpus sources); fictional. Not part of the labelled corpus.
224 messages, all none.
"""

ROWS: list[tuple[str, str]] = [
    (
        "Honestly it would be easier if I wasn't here on Friday, the office is being repainted and I can work from my sister's flat. Could we do Friday's session by video instead?",
        "none",
    ),
    (
        "I don't want to be around them anymore. Marco and Jess spend every dinner mocking whoever isn't there, and I've noticed I come home irritated. I'm going to stop saying yes to their invitations.",
        "none",
    ),
    (
        "Three weeks of not being on call!! I actually get to switch my phone off at night now 🎉",
        "none",
    ),
    (
        "Don't book me for the 14th please, I'll be gone by then. Flight to Lisbon on the 12th, back on the 22nd.",
        "none",
    ),
    (
        "Tomorrow is the last time I hear that 5am alarm. New job starts at 9 and it's a ten minute walk 😁",
        "none",
    ),
    (
        "Deleted my Instagram account this morning. Best decision of the month, I've read two chapters of my book already instead of scrolling.",
        "none",
    ),
    (
        "I've decided how and when to tell them: Sunday lunch, both my parents at the table, ultrasound photo in an envelope. They're going to be grandparents!",
        "none",
    ),
    ("finally finished it!!! 40 hours of gameplay and the ending was worth every minute", "none"),
    (
        "We're ending it amicably, Dan and I agreed last night. No drama, we just want different cities. I'll bring it up on Tuesday but I'm honestly fine.",
        "none",
    ),
    ("Done with it. The thesis is printed, bound, and handed in. Pub at 6?", "none"),
    (
        "Sorting out my things this weekend before the move, the garage alone has eleven boxes of cables I've never used.",
        "none",
    ),
    (
        "Giving away my old baby clothes to the neighbour downstairs, she's due in March. Feels nice that they'll get used again.",
        "none",
    ),
    (
        "Spent the evening writing letters to each of my students, it's my last week before retirement and 32 years deserves a proper goodbye to each class.",
        "none",
    ),
    (
        "Saying goodbye to the old flat today. Keys go back at noon, then pizza on the floor of the new one 🍕",
        "none",
    ),
    (
        "Quick question about the tablets: Dr. Okafor changed me from 50 to 75 mg. Should I take the new dose in the morning like before, or does it not matter?",
        "none",
    ),
    (
        "Is it OK to take the pills with coffee or should I wait half an hour? The leaflet doesn't say.",
        "none",
    ),
    (
        "Ran out of my allergy tablets, pharmacy says the repeat prescription needs your surgery's stamp. Can someone send it over?",
        "none",
    ),
    (
        "The bridge on Elm Road is closed for resurfacing so I might be 10 minutes late tomorrow, going round by the ring road.",
        "none",
    ),
    (
        "Train tracks are flooded between Reading and Didcot, replacement bus service. Starting our call from the bus if that's alright!",
        "none",
    ),
    (
        "Been up on the roof all morning clearing leaves from the gutter, knees are complaining but the rain finally drains properly.",
        "none",
    ),
    (
        "Sitting on the balcony with a coffee watching the swifts, first warm morning of the year ☀️",
        "none",
    ),
    (
        "Bought a climbing rope for the course with Nadia next month, 60 metres, bright orange. Absolutely terrified and excited.",
        "none",
    ),
    (
        "Sharpened the kitchen knife properly for the first time ever and tomatoes are a completely different experience now lol",
        "none",
    ),
    (
        "new razor from the subscription box finally came, no more shaving cuts every morning haha",
        "none",
    ),
    (
        "Can't wait to disappear for a week. Cabin, no wifi, lake, books. See you on the 9th!",
        "none",
    ),
    (
        "i could sleep forever after that night shift tbh, 14 hours on the ward. back to normal tomorrow",
        "none",
    ),
    (
        "I want it all to stop: the drilling next door started at 7am AGAIN. Third week of their kitchen renovation. Earplugs ordered.",
        "none",
    ),
    (
        "This rain, I just want it to stop so the kids can go outside and burn some energy 😅",
        "none",
    ),
    (
        "Better off without the car, turns out. Sold it in June and I've saved a fortune and I cycle everywhere now.",
        "none",
    ),
    (
        "Ngl I'm better off without my ex's Netflix password, was watching way too much telly",
        "none",
    ),
    (
        "There's no point in me joining the 3pm meeting, it's all budget stuff for the other team. I'll read the minutes.",
        "none",
    ),
    (
        "I'M DEAD 😂😂 my dad just tried to use a QR code by scanning the menu with the TV remote",
        "none",
    ),
    ("dying laughing at the photo you sent, the cat in the salad bowl is iconic", "none"),
    (
        "Killing it at work this month: closed two contracts and my manager mentioned a promotion in the review 💪",
        "none",
    ),
    (
        "Wish I could vanish after what happened at the wedding. I called the groom by the bride's ex's name during my speech. Everyone laughed though, including him, thank god.",
        "none",
    ),
    (
        "This is my last message before the summer break, just to say thanks for the sessions this term. See you on 4 September!",
        "none",
    ),
    (
        "Last day at the bakery today! Off to culinary school in two weeks and they gave me a cake with my name on it",
        "none",
    ),
    (
        "Our last session before the summer is on the 28th, right? Just checking so I can book my train.",
        "none",
    ),
    (
        "Goodbye to my old phone, it finally died after seven years. The new one's camera is unreal.",
        "none",
    ),
    (
        "Finishing my last shift at the call centre tomorrow, after that I'm done with headsets forever 🙌",
        "none",
    ),
    (
        "Can I ask something practical: if I forget the evening dose, do I take it the next morning or just skip it?",
        "none",
    ),
    (
        "End of an era. My grandma's house sold today, we cleared out the attic and found Grandad's love letters from 1961. Mum cried, in the good way.",
        "none",
    ),
    (
        "I give up on the sourdough. Third loaf, third brick. Buying bread like a normal person from now on 😂",
        "none",
    ),
    (
        "Pretty sure nobody would notice if I skipped the quiz night, there are twelve of us on the team. Going to stay in and watch the match.",
        "none",
    ),
    (
        "Not going to be around much next week, conference in Glasgow Monday to Thursday. Emails only, sorry!",
        "none",
    ),
    ("My plan for tonight: hot bath, takeaway, and in bed by ten. Huge week.", "none"),
    (
        "Wrote my goodbye email to the whole department, it's my last day on Friday and I tried not to make it cheesy. Failed. 😅",
        "none",
    ),
    (
        "Thinking about jumping ship to the competitor. Better salary, shorter commute. Can we talk it through in Thursday's session as a decision thing?",
        "none",
    ),
    (
        "Jumped off the pier into the sea this morning with the open-water club, 12 degrees, screamed the whole way down, loved it",
        "none",
    ),
    (
        "Pills organiser question: my new blister packs are a different colour from the old ones. The pharmacist says it's the same medicine from another maker, just want to double check with you.",
        "none",
    ),
    (
        "Overdosed on chocolate at the Easter egg hunt, the kids won and I'm paying for it 🍫",
        "none",
    ),
    ("hey, can I move my appt from tues to weds? same time if poss. thx", "none"),
    (
        "Cutting ties with the gym. £60 a month and I've been twice since January. Running outside is free.",
        "none",
    ),
    ("I cut my hair really short yesterday!! Took 15 years to be brave enough. Love it.", "none"),
    (
        "Had to say goodbye to our old fridge today, it was making a noise like a jet engine. The new one is silent, it's eerie.",
        "none",
    ),
    ("Signed the papers, it's over! Mortgage paid off after 25 years 🥳", "none"),
    ("The end is near... for my driving lessons! Test is on Monday, fingers crossed.", "none"),
    (
        "Let me just disappear into the garden for the afternoon, the tomatoes need tying up and the kids are at their dad's.",
        "none",
    ),
    ("Gone fishing. Literally. Back Sunday evening, phone will be off.", "none"),
    (
        "Last chance to tell you before Friday: I passed the interview and they want me to start in October!",
        "none",
    ),
    (
        "Nothing left to do but wait for the exam results now. Feeling pretty relaxed about it actually.",
        "none",
    ),
    (
        "Stuck at the barrier: there's no way out of the car park at the hospital on a Monday, I've been queueing for 20 min. Running late for the 11 o'clock, sorry!",
        "none",
    ),
    (
        "Took the tablets with food like you said and the nausea is gone. Thanks for the tip about that.",
        "none",
    ),
    (
        "I'm finally letting go of the idea that I have to host Christmas every year. My brother's doing it this time and I'm just bringing dessert.",
        "none",
    ),
    (
        "Just so you know, I won't be here next month, I'm doing the Camino with my cousin. 800 km of walking. Ask me in October whether that was a good idea lol",
        "none",
    ),
    (
        "Can't stand the smell of that new office cleaning stuff, headache every afternoon. Asking facilities to switch brands.",
        "none",
    ),
    (
        "Put the razor blades for the scraper on the shopping list, the bathroom tiles still have old paint on them.",
        "none",
    ),
    (
        "Hanging the rope swing on the oak tree for the kids this weekend, Dad's bringing his ladder.",
        "none",
    ),
    (
        "Balcony door is stuck again, landlord says he'll fix it Thursday. Anyway, see you Wednesday as usual.",
        "none",
    ),
    (
        "Sleeping pills question: the GP gave me a few for the long-haul flight. Is it fine to take one on the plane if I'm also on the sertraline? Just want to be safe.",
        "none",
    ),
    ("FREE at last!! Last exam done, uni is OVER 🎓🎉", "none"),
    (
        "Tell everyone I said bye, I'm off on the 6:40 ferry and won't have signal till Tuesday.",
        "none",
    ),
    (
        "Ending the lease at the end of June, found a place near the park with a real kitchen.",
        "none",
    ),
    (
        "We buried the time capsule at the school today, to be opened in 2050. The kids put in a fidget spinner and a letter to their future selves 😄",
        "none",
    ),
    (
        "That film was so bad I wanted to walk out after twenty minutes. Never letting Ben pick again.",
        "none",
    ),
    (
        "Unsubscribed from every mailing list I'm on. Inbox zero for the first time in years ✨",
        "none",
    ),
    (
        "Could you resend the invoice for May? I think I deleted it by mistake while clearing my inbox.",
        "none",
    ),
    (
        "Shut down the Etsy shop today. It was fun for three years but I'd rather do commissions for friends now.",
        "none",
    ),
    (
        "Ugh the neighbour's dog has been barking since 6, I just want it to be quiet for ONE Sunday morning haha",
        "none",
    ),
    (
        "Hid in the toilets at the office party for ten minutes because my boss started karaoke. Wish the floor had swallowed me, but honestly it was hilarious.",
        "none",
    ),
    (
        "I'm so done with this group chat, 400 messages about where to go for brunch. Muting it.",
        "none",
    ),
    ("Left the house at 5am to catch the sunrise from the hill. Worth it 🌅", "none"),
    (
        "Planning my exit from the committee: I'll tell the chair after the AGM and hand over the treasurer's files by September.",
        "none",
    ),
    ("My final answer is yes!! Accepted the job in Manchester 😊", "none"),
    (
        "Can't go on like this with my old laptop, it takes four minutes to open a spreadsheet. New one arrives Friday.",
        "none",
    ),
    (
        "Honestly? No reason to keep that old sofa. Giving it to the charity shop, they're collecting Tuesday.",
        "none",
    ),
    (
        "Goodbye Tuesday evenings, hello Saturday mornings: my running club changed days so I need to move our slot if possible.",
        "none",
    ),
    (
        "lol I'm dead, Priya just sent the voice note of her toddler singing the national anthem",
        "none",
    ),
    ("Killed it at the 10k!! 52 minutes, personal best by almost three minutes 🏃\u200d♀️", "none"),
    (
        "Your joke on Tuesday about the parking meter still has me dying, I told my husband and he didn't get it at all",
        "none",
    ),
    ("Murdered a massive burrito after the match. Zero regrets.", "none"),
    ("Everything hurts after the first pilates class. In a good way. Mostly.", "none"),
    (
        "The kids are killing me with this slime craze, there's slime in the carpet, the sofa, the dog.",
        "none",
    ),
    ("Bye bye braces!!! Teeth are free after two years 😁", "none"),
    (
        "Need to get rid of all these old school books before the move. Anyone you know want GCSE revision guides? Asking everyone lol",
        "none",
    ),
    (
        "All packed. Handing in my notice tomorrow, new chapter starting in Bristol in two weeks.",
        "none",
    ),
    (
        "Final appointment with the physio today, knee is fully healed and she signed me off.",
        "none",
    ),
    (
        "Just finished the whole series in one weekend, the final episode wrapped everything up perfectly.",
        "none",
    ),
    (
        "Won't be needing the Thursday slot anymore from September, my contract changes and I'll be free on Mondays. Is Monday 5pm still open?",
        "none",
    ),
    (
        "Hi, it's Greta: the video link from last week isn't working today. Can you resend it?",
        "none",
    ),
    (
        "The last straw was them eating my labelled yoghurt again 😂 Flat meeting tonight, wish me luck.",
        "none",
    ),
    (
        "Came off the antihistamines today like the GP said, no more drowsiness in the afternoons.",
        "none",
    ),
    (
        "How many of the melatonin should I take for jet lag? The box says one or two and I'd rather ask.",
        "none",
    ),
    (
        "Hopped on the wrong bus and ended up at the end of the line in a village with one pub and three sheep. Lovely afternoon actually.",
        "none",
    ),
    (
        "I've finally made up my mind. I'm going to do it: I'm signing up for the pottery course on Thursdays!",
        "none",
    ),
    (
        "Tonight's the night. Proposing at the restaurant where we had our first date, the ring's in my coat pocket 💍",
        "none",
    ),
    (
        "Counting down the days: 6 more mornings of commuting and then I'm on paternity leave 👶",
        "none",
    ),
    (
        "Said my goodbyes at the care home today, Mum moved to the new one closer to us. The staff made her a card, she loved it.",
        "none",
    ),
    ("Getting rid of the landline! Nobody calls it except people selling windows.", "none"),
    (
        "Moving out of the shared house at last. Gave away the pots, the rug and the sad fern to the new tenants.",
        "none",
    ),
    (
        "No more late nights for me, the new shop closes at six. Home in time for dinner every day 🙌",
        "none",
    ),
    (
        "Not sure if there's any point in bringing the paperwork on Monday, the insurance already approved the sessions. Shall I leave it at home?",
        "none",
    ),
    (
        "Cancelling Wednesday please, my daughter has her school play and she's a singing carrot. Can't miss that.",
        "none",
    ),
    (
        "I'm out. Of milk, coffee and patience with this supermarket app. Anyway, see you at 4!",
        "none",
    ),
    (
        "oh my god I could just die of embarrassment, I waved at a man I thought was my brother and he was a total stranger. he waved back though",
        "none",
    ),
    ("My last cigarette was exactly one year ago today!! 365 days smoke free", "none"),
    (
        "This week is killing me: three deadlines, a parents' evening and the boiler broke. Still on for Friday though.",
        "none",
    ),
    (
        "Fell off the ladder painting the hallway, only a bruise on my shin but my pride is destroyed 😂",
        "none",
    ),
    (
        "Stepping down as captain of the five-a-side team after this season. Someone younger can do the admin now.",
        "none",
    ),
    (
        "Disappeared for an hour into the bookshop, came out with six books and no money. Classic.",
        "none",
    ),
    (
        "Dropping the Spanish class, it clashes with my new shifts. Will pick it up again in January.",
        "none",
    ),
    ("Had my final driving lesson. Instructor says I'm ready. Test in ten days.", "none"),
    (
        "just a heads up, won't be reachable this weekend, we're going camping in the Peak District and there's zero signal",
        "none",
    ),
    (
        "I'm going under on Thursday, just the wisdom teeth, local anaesthetic. Might be a bit puffy in Friday's session lol",
        "none",
    ),
    (
        "Heights make my legs go wobbly but we did the glass skywalk at the tower anyway! Photos below.",
        "none",
    ),
    (
        "The dosage on the new label says 20 mg but the old box was 10 mg. Did the psychiatrist increase it or is it a pharmacy mistake? I haven't started the new box yet.",
        "none",
    ),
    (
        "Bridge club is moving to Wednesdays, so I'd love to switch our session to Thursday if there's room.",
        "none",
    ),
    (
        "Grabbed some painkillers for the toothache, dentist on Monday. Is ibuprofen OK with what I'm on?",
        "none",
    ),
    (
        "Can you believe it, my last payslip from the old company came with a bonus. Lovely surprise.",
        "none",
    ),
    (
        "Walked along the railway line path to the next village, they've turned the old tracks into a cycle route. Gorgeous.",
        "none",
    ),
    (
        "Finally ended my gym contract AND my phone contract in one afternoon. Adulting level: expert.",
        "none",
    ),
    ("Don't bother waiting for me at the station, I'll grab a taxi. Lands at 10:15.", "none"),
    (
        "Knife skills class tonight with my partner, a birthday present. Hoping to keep all ten fingers haha",
        "none",
    ),
    (
        "My brother is killing it on his new YouTube channel, 10k subscribers in a month. So proud of him.",
        "none",
    ),
    ("Gave my notice to the landlord today. Goodbye, mould. Hello, south-facing flat.", "none"),
    (
        "I wrote a letter to my future self in the journaling workshop, open it in five years. Fun exercise!",
        "none",
    ),
    (
        "Shaving my head for charity on Saturday, £800 raised so far! Any donation welcome, link below.",
        "none",
    ),
    (
        "Dear Dr. Hale, I am writing to let you know that I will be away from 3 to 17 August and will therefore miss two sessions. I would be grateful if we could resume on the 19th. Kind regards, Thomas Reed",
        "none",
    ),
    (
        "Good morning, this is Aisha's mum. Aisha has a school trip on Thursday so she'll miss her appointment. Could we move it to the following Monday? Thanks, Farah",
        "none",
    ),
    ("Ok", "none"),
    ("Running 5 min late!", "none"),
    ("thx for today, really useful 👍", "none"),
    (
        "Parked on the roof level of the shopping centre, only free space left. See you in a bit.",
        "none",
    ),
    (
        "Well, that's the end of my career as a backing singer: the choir disbanded after the concert. We went out with a bang though.",
        "none",
    ),
    ("Finito! Tiled the whole bathroom myself. Grout everywhere but it looks pro.", "none"),
    (
        "Whoever invented early morning team meetings should be banned from inventing things 🙄",
        "none",
    ),
    (
        "Drowning in paperwork for the visa application, but the appointment is booked. Nearly there!",
        "none",
    ),
    (
        "Burning the candle at both ends this week with rehearsals, but opening night is Saturday and I'm buzzing.",
        "none",
    ),
    (
        "Kill me now, my sister just signed us both up for a 5am bootcamp 😂 (kidding, I'm actually kind of excited)",
        "none",
    ),
    ("Hanging out with the cousins at the lake all weekend. Back Monday!", "none"),
    ("Quick one: can I pay for the last three sessions by bank transfer instead of card?", "none"),
    (
        "I've been meaning to say: the breathing thing you showed me works brilliantly on the tube.",
        "none",
    ),
    (
        "Cleared out my wardrobe and gave three bags to the charity shop. Room to breathe at last.",
        "none",
    ),
    (
        "Pulled the plug on the podcast. 40 episodes, 12 loyal listeners, lots of fun. Time for something new.",
        "none",
    ),
    (
        "Time to say farewell to the old allotment, the council is moving us to the plot by the river. Much better soil.",
        "none",
    ),
    ("Drove over the Severn Bridge for the first time today, the view was amazing.", "none"),
    (
        "Up on the church roof with the bell-ringers for the annual inspection. Best view in town.",
        "none",
    ),
    (
        "Threw out the old sleeping bag, it was held together by duct tape. New one is ridiculously warm.",
        "none",
    ),
    (
        "We're saying goodbye to our neighbour Mr. Patel on Sunday, he's moving to Leicester to be near his grandkids. Baking him a lemon drizzle.",
        "none",
    ),
    (
        "Had a lovely farewell lunch for Sandra from accounts, 40 years in the company! She cried, we all cried, then she ordered tiramisu.",
        "none",
    ),
    (
        "My tablets box says 'may cause drowsiness', is it ok to drive to our appointment after taking one? It's a 40 minute drive.",
        "none",
    ),
    (
        "The new dose is much better, no headaches at all this week. Just reporting back like you asked.",
        "none",
    ),
    ("Blood test results are all normal! GP says the thyroid pills are working perfectly.", "none"),
    (
        "Pharmacy query: is it normal for them to give me 56 tablets instead of 28? I think they've given me two months at once, which is handy.",
        "none",
    ),
    (
        "Have to go off the pill for the surgery next month, the nurse says it's routine. Just letting you know in case I'm a bit off.",
        "none",
    ),
    (
        "Confession: I've been stockpiling… cereal. Three boxes were on offer. My cupboard is a shrine to bran flakes 😄",
        "none",
    ),
    (
        "Slept 11 hours last night. Felt like I could have slept forever, but woke up properly rested for once!",
        "none",
    ),
    ("So sleepy after the wedding, we danced till 2. Happy tired.", "none"),
    ("Over this heatwave already. Bring back the drizzle.", "none"),
    (
        "This cold is the worst, I sound like a foghorn. Can we do a phone session tomorrow instead of in person so I don't give it to you?",
        "none",
    ),
    (
        "Silence is golden: the renovation upstairs finally finished and the flat is quiet for the first time since March.",
        "none",
    ),
    (
        "If the trains strike on Monday I won't be able to make it in. Could we keep video as a backup?",
        "none",
    ),
    (
        "When the baby's asleep I just want everything to stop for ten minutes and drink a tea while it's hot. Managed it today! Small wins ☕",
        "none",
    ),
    ("Nobody tell my mum but I'm dyeing my hair blue for the festival 💙", "none"),
    (
        "My flatmate has decided to 'disappear' to Bali for three months and asked me to water his 47 plants. Send help. (Not really, it's fine.)",
        "none",
    ),
    (
        "Made a list of everything I want to do before I turn 40: learn to surf, see the northern lights, finally read War and Peace.",
        "none",
    ),
    ("Bucket list item ticked: swam with dolphins in Portugal 🐬", "none"),
    ("Aaaand the printer's dead. Again. Could I bring the form to you by hand on Tuesday?", "none"),
    (
        "Laptop died mid-presentation, battery at 1% while I was plugged into a dead socket. Somehow everyone laughed and it was fine.",
        "none",
    ),
    ("Lost my voice shouting at the football. Worth it, we won 3-1!", "none"),
    ("r u still ok for 6? train's delayed but shld be there by 6:10", "none"),
    ("omw!! 2 mins", "none"),
    ("cnt make it tmrw srry, car in garage. cn we do thurs?", "none"),
    ("Haha, no worries at all. Same time next week 😊", "none"),
    (
        "The hedge is gone! Tree surgeon took it down in one morning and the garden has light now.",
        "none",
    ),
    ("Done and dusted: tax return submitted a whole month early. Who even am I.", "none"),
    ("I'm quitting coffee for Lent. Day 2 and everyone at work is avoiding me.", "none"),
    (
        "After the recital I just want to crawl into bed and sleep for a week, but a good week, with pancakes.",
        "none",
    ),
    (
        "Writing thank-you cards to everyone who came to the christening. 34 cards, my hand is cramping.",
        "none",
    ),
    (
        "Listed the flat for sale today and started boxing up my books. Exciting and chaotic in equal measure.",
        "none",
    ),
    (
        "Passed on my dad's old tools to my nephew, he's starting a carpentry apprenticeship. Dad would have loved that.",
        "none",
    ),
    (
        "Emptied my desk drawers at the old office, found a sandwich from 2019. I'm leaving on a high note.",
        "none",
    ),
    (
        "Retiring on the 30th!!! The team's throwing a party and I've been told to prepare a speech. Help 😅",
        "none",
    ),
    (
        "On the last page of my notebook from therapy, bought a new one with ducks on it for next term.",
        "none",
    ),
    ("You won't hear from me till the 20th, honeymoon in Crete 🥰", "none"),
    (
        "Switched my phone off for the whole of Sunday as an experiment. Read, cooked, napped. Doing it again.",
        "none",
    ),
    (
        "Blocking my ex-colleague on LinkedIn was the most satisfying click of the year. He kept endorsing me for 'Excel'.",
        "none",
    ),
    (
        "Jess and I are done with the book club. Seven months of the same three people not reading the book. Starting our own, with wine.",
        "none",
    ),
    (
        "I have a confession: I finished the whole tub of ice cream while watching the finale. No regrets.",
        "none",
    ),
    (
        "Thank you for everything this year, the card is from both of us. Merry Christmas and see you in January! 🎄",
        "none",
    ),
    (
        "Really sorry, I have to cancel tomorrow, my boiler engineer can only come between 12 and 4.",
        "none",
    ),
    (
        "It's over between me and that dentist, he charged me £90 for a polish. Found a new one round the corner.",
        "none",
    ),
    (
        "Ended up at the ER with my son last night, sprained wrist from the trampoline, home by midnight and he's showing off the sling.",
        "none",
    ),
    ("Swapped the kitchen knives for a proper set as a housewarming present to myself.", "none"),
    (
        "Nearly dropped my keys off the balcony, caught them mid-air like a goalkeeper, I'm still proud.",
        "none",
    ),
    (
        "The cliff walk at the weekend was spectacular, wildflowers everywhere and seals on the rocks below.",
        "none",
    ),
    (
        "Standing on the edge of the diving board for the first time since I was 12. Jumped! Belly flop, but I did it 😂",
        "none",
    ),
    (
        "Counting pills for the pill organiser every Sunday is my new ritual, it really helps me not forget. Thanks for suggesting it.",
        "none",
    ),
    (
        "Is the double dose on the first day normal for antibiotics? The GP said 'loading dose', I just want to be sure I understood.",
        "none",
    ),
    (
        "Could we talk about the invoice at the start of next session? I think I've been charged twice for March.",
        "none",
    ),
    (
        "Can't believe this is the last session before I go to uni. I'll send a postcard from Edinburgh!",
        "none",
    ),
    (
        "If I were you I'd skip the buffet, the lasagne was a crime. Anyway, lovely conference otherwise.",
        "none",
    ),
    (
        "Wish I'd never agreed to run the bake sale. 200 cupcakes. Kitchen looks like a crime scene. Kids are thrilled though.",
        "none",
    ),
    ("Absolutely nothing to report, lovely quiet week. See you Thursday!", "none"),
    (
        "My husband and I are finally taking a weekend away without the kids, grandparents on duty. Can't wait to disappear!",
        "none",
    ),
    (
        "Decided to let go of the allotment and the choir, too much on. Keeping Tuesdays for myself now, and it feels great.",
        "none",
    ),
    (
        "The app crashed and wiped my whole reading list. Starting fresh, maybe that's a sign.",
        "none",
    ),
    ("Going dark on social media for Lent, so if you need me it's email or phone only.", "none"),
    (
        "Wrapping up the project this week. Last report goes to the client Friday, then two weeks of holiday.",
        "none",
    ),
    ("Final chapter of the novel written!! 90,000 words. Now the editing hell begins 😄", "none"),
    (
        "Tied the knot! Registry office, twelve guests, chips on the beach afterwards. Perfect.",
        "none",
    ),
    (
        "Noise from the building site starts at 7 every day. Getting white noise headphones, recommendations welcome!",
        "none",
    ),
    (
        "Who knew a cheap bus ticket to Edinburgh could end in 11 hours of motorway and a sunrise over Arthur's Seat. Knackered but happy.",
        "none",
    ),
    (
        "Totally dead on my feet after the move, but the bed's assembled and the kettle's on.",
        "none",
    ),
]
