"""Training-only messages for the learned risk net (bench/train_risk_net.py), author G.

English patients and parents of all ages, SMS to long e-mails: risk buried mid-letter, substances (coping,
social, medical, overdose, past relapse), and harmless look-alikes (idioms, quotes, history, games, dark humour).

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ imminent
    (
        "Dear Dr Castellano,\n"
        "I'm writing because I said I'd send you an update after half-term. The cottage was lovely in the end. "
        "Ruth's boys built a dam in the stream every single day and came back soaked to the knees, and we did the "
        "long walk to the lighthouse on the Wednesday when the rain finally stopped. I managed to read two of the "
        "books on my list, which felt like a small victory. The drive home was awful, four hours of traffic, and the "
        "house felt very cold and very empty when I unlocked it.\n"
        "I'm going to be honest because you always ask me to be. About twenty minutes ago I swallowed everything that "
        "was left in the blister packs, the zopiclone and the codeine, with what was left of the gin. I'm sitting at "
        "the kitchen table and I feel quite calm, which I suppose is the strangest part.\n"
        "I've left the spare key under the blue pot for whoever comes. Please tell Ruth the boys' drawings are in the "
        "folder on the dresser. Thank you for listening to me all these months; it mattered more than I ever said.\n"
        "Marian",
        "imminent",
    ),
    (
        "Hi Dr Adebayo,\n"
        "Quick admin first: the invoice you sent for October has the wrong postcode on it, it should be LS6 not LS8, "
        "would you mind re-sending it? My employer reimburses half now, which is a relief.\n"
        "Work has been mad. We moved offices on Monday and half the team still can't log on to the printers, and my "
        "manager has decided this is the month to restructure the whole department, so everyone is walking round like "
        "it's a funeral. I've been keeping my head down and doing my bit.\n"
        "I've been thinking about what you said about telling you things instead of carrying them alone, so here it "
        "is. I've been putting aside my quetiapine since September. There are about ninety tablets in a shoebox under "
        "my bed now. I've picked the date, the 3rd, the night after Lily's recital, because I want to hear her play "
        "first. I'm not telling you so you'll talk me out of it. I'm telling you because you're the only person I "
        "promised.\n"
        "Anyway, the postcode. LS6. Thanks.\n"
        "Owen",
        "imminent",
    ),
    (
        "hey, sorry this is long, I know you said emails should be short.\n"
        "Exams started this week. Statistics went okay I think, I actually understood the regression question, and "
        "the organic chemistry paper was the horror show everyone expected. My flatmate Deji has taken over the "
        "kitchen with his sourdough experiment and the whole flat smells of vinegar. Mum rang on Sunday and asked if "
        "I was eating properly and I lied and said yes.\n"
        "I've worked something out and I think I have to tell someone. I looked up the timetable and the 23:40 "
        "express goes through our station without stopping. I've been down there twice this week at that time to see "
        "where the cameras are and where the platform ends. I'm going to be there on Friday when it comes through. "
        "I've already written to Mum, the letter is in my desk drawer.\n"
        "I don't really know what I'm asking for by sending this. Maybe nothing. You've been kind to me since first "
        "year and I didn't want you to find out from someone else.\n"
        "Thanks for everything.\n"
        "Kofi",
        "imminent",
    ),
    (
        "Dear Dr Lindqvist,\n"
        "I hope this is the right address, I couldn't find the one for urgent matters on the website. I'm Poppy's "
        "mother, Helen.\n"
        "The good news first, because there is some: Poppy has settled better than we feared at the new school. She "
        "has joined the art club, there's a girl called Marnie she walks home with, and on Saturday she came to the "
        "garden centre with me voluntarily, which hasn't happened in a year.\n"
        "But last night I was putting her laundry away and I found a make-up bag at the back of her wardrobe. Inside "
        "there were about sixty of my antidepressants (I had no idea they had been going missing), a letter addressed "
        "to me, and on the envelope she had written a date. This Friday. I haven't said anything to her yet. I've "
        "locked the rest of my medication in the car. My husband is away until Thursday and I don't know whether to "
        "confront her or call an ambulance or what.\n"
        "Please ring me as soon as you read this. 07700 900418.\n"
        "Helen Marsh",
        "imminent",
    ),
    (
        "Dear Dr Whitcombe,\n"
        "Thank you for your letter of the 4th and for the leaflet on bereavement groups. I did go to one of the "
        "meetings at the church hall. The people were kind, and there was a man called Geoffrey who had also been "
        "married for fifty years, and we talked about allotments for most of the tea break. I'm sorry I couldn't "
        "bring myself to go back.\n"
        "The garden is nearly put to bed for the winter. I lifted the dahlias on Sunday and wrapped them in newspaper "
        "the way Marjorie always did, and put them in the shed. I think she would be pleased with how tidy it is.\n"
        "I have made up my mind about something and I would rather you heard it from me. I have kept my tablets since "
        "the funeral, and Marjorie's too, and I will take them all on Sunday, which would have been our anniversary. "
        "My affairs are in order and the solicitor has everything. I am not frightened.\n"
        "Please don't think it was anything you did or didn't do. You were very patient with a stubborn old man.\n"
        "With thanks and kind regards,\n"
        "Arthur Penrose",
        "imminent",
    ),
    (
        "ok so the concert was actually amazing, I'll give it that. We were right at the barrier, Shannon lost her "
        "voice by the third song and the drummer threw a stick that landed about a metre from me, I nearly cried. Got "
        "the last train back and walked from the station with my ears ringing. Shannon's mum gave us a lift the last bit "
        "and kept asking which song was our favourite, and we couldn't agree, so we sang both in the back of the car.\n"
        "And then I got home and everything went flat again, like someone turned the sound off. Mum and Gary were "
        "shouting downstairs about money again. I sat on my bed for ages.\n"
        "I took all 28 of my mirtazapine with half a bottle of rum from Gary's cupboard about forty minutes ago. I'm "
        "not saying this for attention. I feel really heavy and my hands are tingling. I just didn't want the last "
        "thing I wrote to be a story about a concert.\n"
        "sorry Dr Quinn\n"
        "Tasha",
        "imminent",
    ),
    (
        "Hi Dr Nowak,\n"
        "Just an update since our last session. The mediation finally happened and it was as bad as I expected. "
        "Claire's solicitor wants the house sold by spring, and the kids will be with her in the week and with me "
        "every other weekend. Ethan didn't say a word the whole drive back on Sunday. Maisie asked if she could still "
        "bring her guinea pig here. I said of course.\n"
        "Work have been decent about it, to be fair. My manager told me to take Friday off and I did, and I spent it "
        "going round chemists: the one on Marsh Lane, the big one at the retail park, the one by the station, two "
        "packets each so nobody would look twice. I've got enough now. I'll take them Tuesday night, after the kids "
        "have gone back to Claire's, so they won't be the ones to find me.\n"
        "I know how this reads. I've thought about it carefully and I'm not asking you to fix anything. I wanted to "
        "say thank you for trying, and to ask you to look out for Ethan if you ever get the chance. He's more like me "
        "than he lets on. He keeps things in, he makes jokes when he's upset, he goes quiet in the car. You'll know what "
        "I mean.\n"
        "The other practical thing is the house. I've put the deeds, the insurance papers and the passwords for the "
        "bank in a blue folder in the top drawer of the desk in the spare room, and written Claire's name on it. My "
        "brother Pete knows where it is. I've cancelled the gym and the magazine subscriptions, which sounds daft, "
        "but I didn't want her dealing with that sort of thing.\n"
        "I'm sorry to put this on you at the end of a working week.\n"
        "Rob",
        "imminent",
    ),
    (
        "Counted them twice. 38 sleeping tablets plus what was in Mum's cabinet. Tonight after everyone's asleep. It's not your fault. — Rory",
        "imminent",
    ),
    (
        "took like 15 of my mums tramadol with vodka idk why im telling u. everything feels floaty",
        "imminent",
    ),
    (
        "I'm on the top level of the Quay Street car park. I'm not coming down this time. Thank you for trying with me, Dr Harlow.",
        "imminent",
    ),
    (
        "this is my last message to anyone. tell my sister the cat goes to her. sorry for everything",
        "imminent",
    ),
    (
        "i cut way deeper than normal and it wont stop, theres blood all over the bathroom floor and i feel dizzy. i dont want mum to see",
        "imminent",
    ),
    (
        "Dr Okafor, Mia has just told me she swallowed a whole packet of paracetamol about an hour ago. We're in the car on the way to A&E. Please call me. Dev (Mia's dad)",
        "imminent",
    ),
    (
        "Bought the rope at the hardware shop on my lunch break. I know which beam in the garage. Saturday, when Ellen is at her mother's.",
        "imminent",
    ),
    (
        "The letters are on the kitchen table, one for each of them. Tonight's the night. Please don't send anyone, I just wanted one person to know I was grateful.",
        "imminent",
    ),
    (
        "I've decided to go to sleep for good tonight. Everything is arranged, the dog's with Paul and the bills are paid. Thank you for the two years. Hannah",
        "imminent",
    ),
    (
        "Eleven months sober and tonight I bought two bottles. My whole month of lithium is lined up on the table. Once the second bottle's open I'm taking the lot.",
        "imminent",
    ),
    ("Goodbye Sam. You were the only one who ever listened. I'm at the bridge now.", "imminent"),
    (
        "Just swallowed everything in the drawer. Lorazepam, the codeine, whatever else was in there. Don't know why I'm texting you. Sorry.",
        "imminent",
    ),
    (
        "I'm going to do it this weekend. I'm telling you because I promised I'd tell you first, not so you can stop me.",
        "imminent",
    ),
    (
        "Won't need the Thursday appointment. I won't be here by then. It's all sorted. Thanks for everything, J.",
        "imminent",
    ),
    (
        "gg. that's what we say at the end of a match right. the pills are already in me. thanks for the sessions dr k, you were alright",
        "imminent",
    ),
    (
        "I'm sitting in the car in the garage with the engine running. I wanted to say thank you before it gets too hard to type.",
        "imminent",
    ),
    (
        "ive got the blade and im going deep tonight, not like the usual times. im done with all of it",
        "imminent",
    ),
    (
        "Dad's gun cabinet key is in the kitchen drawer and I know where he keeps the cartridges. Tonight, when he's on nights. I'm sorry.",
        "imminent",
    ),
    (
        "3am. took the rest of the ketamine and all my sertraline. room's spinning. i just want it to stop forever",
        "imminent",
    ),
    ("Tonight. I'm done pretending. The note's in my jacket pocket.", "imminent"),
    (
        "Hi it's Callum. I walked out to Harrow Point. Tide's coming in and I'm going to walk into it. Thank you for everything, you did try.",
        "imminent",
    ),
    (
        "I drank a bottle of wine and took half a box of my sleeping pills about an hour ago. I thought I wanted to sleep forever but now I'm scared. I'm on my own in the flat.",
        "imminent",
    ),
    (
        "Dr Ansah, our son Theo has left a note saying goodbye and his bike is gone. He took his dad's insulin pens. We've called 999. Please ring me. Lorraine",
        "imminent",
    ),
    (
        "Sorry for the state of this. I've cut my wrist and I can't make it stop, it's soaking through the towel.",
        "imminent",
    ),
    (
        "Giving my guitar to Lewis and my books to the library. I won't need them after Friday. I've made my peace with it.",
        "imminent",
    ),
    ("Don't reply. By the time you read this I'll have done it.", "imminent"),
    (
        "Got the hose and the tape in the boot. Driving up to the forest car park after work. This is goodbye. Clare",
        "imminent",
    ),
    (
        "i just took 20 of my adhd meds and some of my brothers pills. my heart is going so fast. dont tell my dad",
        "imminent",
    ),
    (
        "I won't be around after tonight. I've paid your last invoice so nobody has to deal with it afterwards. Thanks for the sessions, genuinely.",
        "imminent",
    ),
    (
        "I keep rereading the goodbye letter. It's good. I'm taking the pills at midnight when the house is quiet.",
        "imminent",
    ),
    (
        "Going to jump tonight. The footbridge over the bypass, I've walked it three times this week to check. Please tell Amira I loved her.",
        "imminent",
    ),
    (
        "Found a way out that's permanent and I'm taking it tomorrow morning before anyone's up. Nobody will have to worry about me any more.",
        "imminent",
    ),
    (
        "Just injected way more than I usually would. On purpose this time. Wanted someone to know.",
        "imminent",
    ),
    (
        "I know you'll be annoyed but I've stopped fighting it. It's set for Christmas Eve. I'll make sure the kids don't find me.",
        "imminent",
    ),
    (
        "This is my last check-in. I've rehomed the cat, given notice on the flat, and I'm driving to the coast tonight to end it. Thank you, Dr Mensah. Jonah",
        "imminent",
    ),
    (
        "took the whole strip of amitriptyline at 10. it's half 11 now. feel heavy. not going to ring anyone",
        "imminent",
    ),
    (
        "the belt is round the door handle already. i just wanted to hear something from someone first",
        "imminent",
    ),
    (
        "I'm on the roof of my building. Been up here an hour. When the phone dies I'm going.",
        "imminent",
    ),
    (
        "i've got the razor from dad's bathroom and i'm going to finish it tonight. sorry for wasting your time",
        "imminent",
    ),
    (
        "Tomorrow on the way back from Leeds I'm going to drive into a bridge pillar on the dual carriageway. It'll look like an accident so Mum gets the insurance.",
        "imminent",
    ),
    (
        "Had a few drinks and I'm finishing it tonight. The pills I've saved are on the bedside table. Forty-two. I counted.",
        "imminent",
    ),
    (
        "lol guess this is it. bought the stuff i read about online and it's not for a party. tonight.",
        "imminent",
    ),
    (
        "Will's signed, I've written to my brother, and I'm swimming out past the buoys tomorrow at first light. I'm at peace with it.",
        "imminent",
    ),
    ("I did it. I took the tablets. All of them. I'm sorry.", "imminent"),
    (
        "Overdosed on my insulin about half an hour ago. Shaky and sweating. I don't want help, I just didn't want to vanish without telling someone.",
        "imminent",
    ),
    (
        "Cut again and it's bad this time, it's deep and gaping and I feel faint. I'm locked in the staff toilet at work.",
        "imminent",
    ),
    (
        "I won't be coming to see you again. I've put my affairs in order and tonight I shall take the tablets I've kept all these years, with a glass of sherry. Thank you for your kindness. Edith",
        "imminent",
    ),
    (
        "standing on the tracks behind the industrial estate. train's due in ten minutes. bye",
        "imminent",
    ),
    ("final message. sorry mum. sorry everyone. the pills are working now.", "imminent"),
    (
        "you made me promise to text before I did anything. this is the text. im doing it at 2",
        "imminent",
    ),
    (
        "Won't make Monday's session. I've made my decision and I'm going through with it tonight. The letters are stamped.",
        "imminent",
    ),
    ("Last drink done. Now the pills. Bye.", "imminent"),
    (
        "I'm on the ferry. When we're halfway across I'm going over the rail. Sorry you'll read this in the morning.",
        "imminent",
    ),
    ("PLEASE CALL ME NOW. I took all my mum's sleeping pills and I'm scared", "imminent"),
    (
        "It's the 30th. Train tickets to Scotland are booked, I know which loch, and I've told everyone I'm going hiking. I'm not coming back. You're the only one who knows.",
        "imminent",
    ),
    (
        "My goodbye post is sitting in drafts. I'll post it at midnight and then do it. The vodka's helping.",
        "imminent",
    ),
    (
        "Dear Dr Ferreira, this will be my last email. Thank you for your patience these two years. I've decided to end my life this weekend and everything is arranged. Please don't blame yourself. Nadia",
        "imminent",
    ),
    (
        "swallowed the cleaning stuff from under the sink. throat's burning. dont tell anyone",
        "imminent",
    ),
    (
        "The date is my birthday. Seems fitting. I've got the pills. I'm not telling you so you'll stop me.",
        "imminent",
    ),
    (
        "Tying the knot tonight, and not the wedding kind. Everything's ready in the shed. Thanks for putting up with me.",
        "imminent",
    ),
    (
        "I'm checking out tonight. Not the hotel kind. The tablets are counted and the door's locked.",
        "imminent",
    ),
    (
        "Our daughter Grace (15) has just told us she took a bottle of her nan's tablets after school. She's very drowsy. Ambulance is on its way. Please call when you can. Mark Ellis",
        "imminent",
    ),
    (
        "Tonight I'm finally going to stop being a problem for everyone. I've saved up enough of my meds. Goodbye x",
        "imminent",
    ),
    # ------------------------------------------------------------------ high
    (
        "Hi Dr Farouk,\n"
        "Sorry this is a bit of a ramble. Book club was on Tuesday and we finally did the Ishiguro, which I loved and "
        "Pam thought was far too slow. We nearly came to blows over it, in the nicest possible way. I hosted this "
        "time, so I made the lemon cake you suggested I stop apologising for, and I didn't apologise for it once, so "
        "that's progress.\n"
        "The other thing, which I've been putting off saying for two sessions: I've been having thoughts about "
        "killing myself most days since August. Not a plan. More like a channel that's always on in the background "
        "when I'm washing up or waiting for the kettle. Some days it's quieter. I thought it would go away if I "
        "ignored it, and it hasn't.\n"
        "I'd like to talk about it properly on Thursday if we can. I also need to ask about moving to an earlier slot "
        "in December because of the school nativity.\n"
        "Best wishes,\n"
        "Janet",
        "high",
    ),
    (
        "Dear Dr Achebe,\n"
        "The new job started on Monday. A proper desk, a proper lanyard, a manager who says good morning. They've put "
        "me on the logistics team, which basically means a lot of spreadsheets and a lot of phone calls with "
        "warehouses in Rotterdam. The canteen does a curry on Wednesdays that is genuinely dangerous. Everyone keeps "
        "saying it's a great opportunity and I keep agreeing.\n"
        "And yet. I sat on the train home on Tuesday and the thought came back, the one we talked about when I first "
        "came to see you: that the world would be lighter without me in it, that Sara and the kids would be freer if "
        "I wasn't dragging along behind them. It isn't a loud thought. It's calm and reasonable-sounding, which is "
        "what scares me a bit.\n"
        "I'm not in danger tonight, I just didn't want to sit on it until our next appointment. The journey is about "
        "40 minutes each way if you want me to do any of the reading you mentioned.\n"
        "Regards,\n"
        "Dominic",
        "high",
    ),
    (
        "Dear Dr Lowe,\n"
        "The grandchildren came on Saturday and we planted the garlic on the allotment. Little Freya insisted on "
        "naming every clove, so we now have a row that includes Barbara, Sparkly and Mr Nibbles. Ken next door gave "
        "me a bag of his windfall apples and I made a crumble that I couldn't eat more than two spoonfuls of.\n"
        "I want to tell you something and I don't want you to worry more than necessary. Since Frank died I don't "
        "think I want to go on living. I won't do anything silly, I couldn't do that to the children, but most "
        "mornings I wake up and I'm sorry that I did. I lie there listening to the radio and thinking how nice it "
        "would be just to not.\n"
        "The other thing, a practical one: the surgery has changed my blood pressure tablets and I wonder whether "
        "they could be making me feel flatter. I'll bring the box on Wednesday.\n"
        "Thank you for reading all this.\n"
        "Yours,\n"
        "Maureen Cole",
        "high",
    ),
    (
        "Hi Dr Singh,\n"
        "Loads to tell you. The move happened! We got the van for the whole day and Jamie's brother helped, so we "
        "were in by six, and we ate chips sitting on boxes. The new place gets sun in the kitchen in the morning and I "
        "stood there on Sunday with my coffee like some kind of advert. Also, and I can't quite believe it, I got the "
        "promotion: team lead from January.\n"
        "Since you asked me to be honest with you even when things are good: I cut myself on Saturday night, on my "
        "upper arm, the first time in two years. It was after Jamie and I had a stupid argument about where the sofa "
        "should go, and suddenly I was in the bathroom with the razor. I cleaned it and it's healing. I haven't told "
        "Jamie.\n"
        "I'm a bit ashamed writing it down next to the good news. Can we talk about it first thing on Tuesday, before "
        "the promotion stuff?\n"
        "Ellie",
        "high",
    ),
    (
        "Dr Mbeki,\n"
        "Quick update before Thursday. Toby's team won on Saturday, 3-1, and he scored the third with his left foot, "
        "which he's been practising in the garden all summer. He ran over to me afterwards and I had to pretend I had "
        "something in my eye. I've also finally finished the shelves in the alcove, only eighteen months after I "
        "promised Gemma. She stood back, looked at them for a long time and said they were nearly level, which from her "
        "is high praise.\n"
        "The thing I've been meaning to say: when I was up in the loft getting the Christmas boxes down, I kept "
        "looking at the beam and thinking how easy it would be. I've thought about it every time I've gone up there "
        "since. I'm not going to, I would never do that to the boys, but the thought sits there and doesn't leave.\n"
        "I also wanted to check whether the sessions from January are still at the same rate.\n"
        "Cheers,\n"
        "Lewis",
        "high",
    ),
    (
        "Hello Dr Varga,\n"
        "Greetings from very cold Utrecht. The lectures are in English and mostly fine, except for one professor who "
        "speaks so fast that half the room records him and listens back at 0.75 speed. I've joined a rowing club, "
        "which means getting up at 5:30 three times a week to freeze on a canal, and somehow I like it. My Dutch is "
        "still at the level of ordering coffee and apologising for my bike.\n"
        "I need to be honest though. Twice last week, on Wednesday and again on Sunday, I stood at the open window of "
        "my room on the fourth floor and thought about jumping. I didn't, obviously, I shut it and went to bed. But "
        "I've started thinking about it in the daytime too, every time I walk past the building.\n"
        "I know we're on video sessions every two weeks now. Could we do one sooner? Whatever time suits you, I'm an "
        "hour ahead of you.\n"
        "Best,\n"
        "Marta",
        "high",
    ),
    (
        "I keep wishing I'd just not wake up. Every morning it's a small disappointment that I did.",
        "high",
    ),
    (
        "everyone would be better off without me honestly. mum wouldnt have to pay for all this therapy",
        "high",
    ),
    (
        "I've been thinking about how I'd do it. Not planning, just thinking. The bridge on the way to work keeps coming into my head.",
        "high",
    ),
    ("cut my thighs last night, not deep. just needed it to be quiet in my head for a bit", "high"),
    (
        "Wrote a note last night, just in case. I'm not planning anything, I promise. I just wanted it written.",
        "high",
    ),
    (
        "what's the point of being alive if I'm just going to keep failing at everything I try",
        "high",
    ),
    ("I don't want to live anymore. I don't know how else to put it.", "high"),
    (
        "Sometimes on the platform I think how easy it would be to take one step forward. I always step back.",
        "high",
    ),
    (
        "Ben told his PE teacher he wants to die. He's 13. The school rang me this morning and I don't know what to do. — Kerry (Ben's mum)",
        "high",
    ),
    (
        "I have thoughts of ending my life. I won't act on them, but they're there every night when I turn the light off.",
        "high",
    ),
    ("really want to cut rn. 40 days clean and the urge is so loud tonight", "high"),
    (
        "If the plane went down on the way back from Malaga I honestly think I'd feel relieved.",
        "high",
    ),
    ("Wrote my will this afternoon. Felt oddly calm doing it.", "high"),
    ("I don't see myself still being here next Christmas.", "high"),
    ("joke's on me, I've been googling 'painless ways' at 2am again haha", "high"),
    ("I keep picturing my own funeral. Who'd turn up. It's the only time I feel calm.", "high"),
    (
        "been scratching my arm with my compass again in maths. nobody notices. it's deep enough to bleed",
        "high",
    ),
    (
        "That song you asked about, the one that goes 'I just want to disappear'. I've had it on repeat because that's exactly it. I don't want to be here any more.",
        "high",
    ),
    (
        "Burned my arm with a lighter after the row with Dad. It's blistered. Please don't be cross with me.",
        "high",
    ),
    ("I'm so tired of being alive. Not sleepy tired. Alive tired.", "high"),
    ("There's a part of me that wants to die and it's getting louder every week.", "high"),
    (
        "Sometimes I stand at the kitchen window, 9th floor, and wonder whether it would hurt.",
        "high",
    ),
    ("i hate myself so much i want to hurt myself. i havent yet tonight", "high"),
    (
        "Can I be honest? I've been thinking about suicide a lot this week. I'm safe right now, I'm at my sister's. But it's there.",
        "high",
    ),
    ("I wish I'd never been born. I wish I could just stop existing, quietly.", "high"),
    ("sometimes in the bath i hold my breath and think about just not coming back up", "high"),
    (
        "Dr Shah, I found fresh cuts on Ellie's forearms this morning. She says it was the cat. It wasn't the cat. — Priti",
        "high",
    ),
    (
        "My kids would have a better life with a dad who isn't me. I actually believe that now.",
        "high",
    ),
    ("Not planning anything, but if a bus hit me tomorrow I'd be fine with it.", "high"),
    (
        "I looked up how many of my tablets would be too many. I closed the tab. But I looked.",
        "high",
    ),
    (
        "Been banging my head against the wall when the panic comes. There's a bruise on my forehead now.",
        "high",
    ),
    ("I want to sleep and never wake up. That's all. Goodnight.", "high"),
    (
        "People say 'I could just die' about embarrassing stuff. I mean it literally. I want to die.",
        "high",
    ),
    ("I'd like to just not be here any more. Not go somewhere else. Just not be.", "high"),
    (
        "been picking at my skin until it bleeds, on purpose. it's the only thing that takes the edge off",
        "high",
    ),
    ("I don't want to be alive for whatever goes wrong next.", "high"),
    (
        "punched the wall till my knuckles split. on purpose. wanted to feel something other than this",
        "high",
    ),
    (
        "The thought of killing myself has been there constantly since the redundancy. Like a radio left on in another room.",
        "high",
    ),
    ("Honestly the only reason I haven't is Biscuit. Who'd feed him.", "high"),
    (
        "Dr Chen, I checked Kai's laptop and he's been searching how to hang himself. He says it was research for a story. He's 16. Could you see him this week? — Mei (Kai's mum)",
        "high",
    ),
    (
        "I'm a burden on everyone. Sophie cancels her plans to babysit me. They'd all be freer if I wasn't around.",
        "high",
    ),
    (
        "It would be easier to be dead than to keep doing this. I think it every single day now.",
        "high",
    ),
    ("Used the craft knife on my stomach where nobody looks. Three lines. I cleaned them.", "high"),
    ("what's the point of even being alive. genuinely asking", "high"),
    (
        "Had the thought again at the station. Same spot, same train. Stood there until it passed.",
        "high",
    ),
    ("i want to die lol. no but actually", "high"),
    (
        "told the lads I'd 'take a long walk off a short pier' and everyone laughed. thing is I wasn't really joking",
        "high",
    ),
    ("Can't stop thinking about dying. It's not scary any more, it's almost comforting.", "high"),
    (
        "scratched my wrists with my nails in the school toilets till they bled. i want to do it properly with something sharp",
        "high",
    ),
    ("just want to disappear permanently. not run away. disappear.", "high"),
    (
        "I had the thoughts again today, the dying ones. Mum thinks I'm fine because I went to school.",
        "high",
    ),
    ("I think I'd be relieved if the consultant told me the scan showed something bad.", "high"),
    (
        "Aisha wrote in her diary that she'd be better off dead. I know I shouldn't have read it. What do I do? — Farida",
        "high",
    ),
    (
        "I hurt myself again yesterday. Same as before. I know we said I'd phone the line instead.",
        "high",
    ),
    (
        "There's been a voice saying 'end it' all day. I'm not listening to it but it's exhausting.",
        "high",
    ),
    (
        "drank a lot tonight and now i keep thinking about the pills in the cupboard. not doing anything. just thinking about them",
        "high",
    ),
    ("I deserve to be dead. I know you'll say I don't.", "high"),
    ("I'm not going to kill myself. I just wish I was already dead, if that makes sense.", "high"),
    ("some nights i pray i won't wake up", "high"),
    (
        "Keep thinking the family would get the life insurance and be fine. Better than fine.",
        "high",
    ),
    (
        "Bit my arm till it bled during the argument. I wanted to hurt myself more than he was hurting me.",
        "high",
    ),
    (
        "my coping skill this week is apparently 'stare at the motorway bridge and think about it' 🙃 sorry. bad joke. but I do keep stopping there",
        "high",
    ),
    (
        "Work's fine, flat's fine, Mum's hip is healing. Oh and I've been wanting to die again. Anyway how was your week",
        "high",
    ),
    (
        "The weed isn't helping any more. Last night I smoked until I couldn't feel my face and I still wanted to be dead.",
        "high",
    ),
    # ------------------------------------------------------------------ moderate
    (
        "Hi Dr Park,\n"
        "Sorry I've gone quiet. This deadline is murder: the tender for the hospital contract is due on the 30th and "
        "we're rewriting the whole costing section because the client moved the goalposts again. I've been in the "
        "office until nine most nights, and on Sunday too. Nadia brought in pastries on Friday, which briefly made "
        "everyone human.\n"
        "I want to flag something rather than pretend it isn't happening. I've been drinking most of a bottle of wine "
        "every night when I get in, sometimes a bit more. It's the only way I can stop my brain running through the "
        "numbers and get to sleep. I know it's not a solution and I know it makes the mornings worse. It's just "
        "become the routine without me really deciding it.\n"
        "I'm not in a bad place otherwise, just exhausted. Could we spend some of next session on it? I'll be there, "
        "though possibly late if the client call overruns.\n"
        "Thanks,\n"
        "Harriet",
        "moderate",
    ),
    (
        "Dear Dr Hughes,\n"
        "We're back from Crete. I promised a report, so here it is: the villa was lovely, the pool was freezing, and "
        "Andy got sunburnt on day one because he refuses to believe in factor 50. The boys discovered octopus and now "
        "want it for every meal, which the supermarket is not going to help with. We did a boat trip to a little "
        "island with a ruined fort and I swam in water so clear I could see my own feet ten metres down.\n"
        "Coming back has been much harder than I expected. When we landed I felt the whole weight settle on me "
        "again, and I couldn't get out of bed for two days. Andy took the boys to school and told them I had a "
        "migraine. I just lay there looking at the curtains and couldn't make myself care about anything.\n"
        "Today I'm up and dressed and I've done a wash, so it's not all bad. But I'd like to talk about it on "
        "Monday.\n"
        "Warmly,\n"
        "Clare",
        "moderate",
    ),
    (
        "Hi Dr Evans,\n"
        "The book club did The Murder at the Vicarage this month, which felt very cosy after the last two. Priya was "
        "convinced from chapter three that the curate did it, and when she turned out to be wrong she threatened to "
        "poison the next host's tea, which got a big laugh. We're doing something gloomy and Scandinavian next, "
        "with at least three bodies in the first fifty pages, apparently.\n"
        "On a personal note, I've been in bed most of this week. I only got up properly for book club because Priya "
        "would have come round to check on me otherwise. Work think I've got flu. The truth is I just can't face "
        "anything, and every morning feels like wading through wet concrete. The washing-up has been in the sink "
        "since Monday.\n"
        "I'll see you on Wednesday. Sorry this one turns into a bit of a downer after the funny part.\n"
        "Rachel",
        "moderate",
    ),
    (
        "Hey Dr Osei,\n"
        "Big update on the uni front: I switched from economics to geography in the end, and it was the right call. "
        "The fieldwork trip to the Lake District is next month and my tutor actually seems to like me. I also moved "
        "out of halls into a house with four people from my course, and one of them, Fin, cooks for everyone on "
        "Sundays, which is frankly life-changing.\n"
        "The part I have to be honest about: I've been using coke most weekends. It started as a party thing and now "
        "it's how I get through anything social, because without it I just stand in a corner and feel like everyone "
        "can see straight through me. Then the comedown wipes me out until about Tuesday and I miss my Monday "
        "seminars. I haven't told anyone in the house how often it is.\n"
        "I don't want to make it a big dramatic thing. I just know it's becoming a crutch and I'd rather talk about it "
        "with you before it gets worse.\n"
        "Sam",
        "moderate",
    ),
    (
        "I can't take it any more. Everything keeps piling up and nothing I do makes a dent.",
        "moderate",
    ),
    ("Spent all Sunday and most of today in bed. Didn't even open the curtains.", "moderate"),
    (
        "had four beers before bed every night this week just so my brain would switch off",
        "moderate",
    ),
    ("nothing's ever going to change. I'll be this person forever.", "moderate"),
    (
        "I'm at the end of my rope with all of this. I honestly don't know how much longer I can keep going like this.",
        "moderate",
    ),
    ("Smoking every night again just to get to sleep. I know, I know.", "moderate"),
    (
        "haven't left the flat since thursday. ordered food, ignored the door, ignored everyone",
        "moderate",
    ),
    (
        "I'm afraid I won't make it through this winter. Not like that, I mean I don't know how I'll cope.",
        "moderate",
    ),
    (
        "Panic attack on the bus so bad I got off three stops early and sat on the pavement shaking for an hour. I still can't breathe properly.",
        "moderate",
    ),
    ("What's the point of anything. Seriously.", "moderate"),
    (
        "Took two extra diazepam today to get through the day. Not to hurt myself. I know it's more than Dr Reeves said.",
        "moderate",
    ),
    (
        "skipped school again, stayed in my room all day. didnt want to see anyone. sorry",
        "moderate",
    ),
    ("I can't keep living like this. Something has to give.", "moderate"),
    (
        "Relapsed. Three nights on the sofa with vodka. Today's the first day I've managed a shower.",
        "moderate",
    ),
    (
        "I'm dying to see you Thursday, honestly. This week I've been getting through the evenings with far too much gin.",
        "moderate",
    ),
    (
        "There's no way out of this debt. I've done the maths a hundred times and it never works.",
        "moderate",
    ),
    (
        "Jacob hasn't come out of his room since Saturday, not even to eat with us. He won't talk to me through the door. — Sue (Jacob's mum)",
        "moderate",
    ),
    (
        "Every evening I take an edible just to stop feeling anything. Now it's creeping into the afternoons.",
        "moderate",
    ),
    ("I'm so done. Done trying, done hoping. Nothing works.", "moderate"),
    ("Called in sick Monday to Wednesday. Wasn't sick. Just couldn't face anyone.", "moderate"),
    (
        "The panic won't stop. Walls closing in, can't get air, it's been like this since I woke up.",
        "moderate",
    ),
    ("Things will never get better for me. I've accepted that.", "moderate"),
    (
        "Drank till I blacked out on Saturday because I didn't want to think about the anniversary.",
        "moderate",
    ),
    (
        "Killed it at the presentation, apparently. Nobody knows I've been getting to sleep every night with my tablet and half a bottle of wine.",
        "moderate",
    ),
    ("I'm barely holding on. Every day is the same and I can't see a way through.", "moderate"),
    ("turned my phone off for three days. didnt want anyone", "moderate"),
    ("Pointless. All of it. The job, the flat, the therapy. Nothing moves.", "moderate"),
    ("I'm scared I won't get through exam season. I'm cracking and I can't stop it.", "moderate"),
    (
        "I've started having a couple of whiskies at lunch to get through the afternoons. That's new and I don't like it.",
        "moderate",
    ),
    ("Smoked a joint before work just to feel human. Third time this week.", "moderate"),
    (
        "This week is killing me. I've stayed home since Monday, haven't answered anyone, barely eaten.",
        "moderate",
    ),
    ("I can't see any future where I'm OK.", "moderate"),
    ("I feel like I'm drowning and nobody can see it. In bed since Friday.", "moderate"),
    ("honestly what is even the point. of school, of trying, of any of it", "moderate"),
    ("Slept 14 hours and then stayed in bed the rest of the day. Third day like this.", "moderate"),
    (
        "Mum's wine keeps going down and it's me. I drink it when she's at work so I don't have to feel anything. I'm 15.",
        "moderate",
    ),
    # ------------------------------------------------------------------ low
    (
        "Hi Dr Collins,\n"
        "Christmas survived, just about. We went to Mum and Dad's on the 24th and stayed until Boxing Day. The good "
        "bits: my niece Rosie is at the age where everything is magic, and she made everyone wear paper crowns for "
        "the entire meal, even Grandad. We played charades and my brother did an impression of his boss that nearly "
        "killed us all.\n"
        "The harder bit: Dad's drinking was worse than last year. He was asleep on the sofa by four on Christmas Day "
        "with a glass still in his hand, and Mum pretended it was the turkey. Nobody said anything. I went for a walk "
        "on my own and cried for a bit behind the bus shelter, which felt ridiculous.\n"
        "I'm back home now and feeling low but OK. I'd like to use some of our next session to talk about Dad, if "
        "that's all right.\n"
        "Thanks,\n"
        "Nadia",
        "low",
    ),
    (
        "Dear Dr Ibrahim,\n"
        "The wedding was on Saturday. Lauren looked beautiful, the speeches were funny and only slightly too long, "
        "and the venue was one of those old barns with fairy lights everywhere. I danced with my aunt to Abba and got "
        "told off by the photographer for blinking in every picture.\n"
        "As you know, two years ago I spent a whole winter drinking myself to sleep every night after the divorce, "
        "and the last family wedding I went to was the one where I ended up in the car park at midnight. So this one "
        "was a big test. I drank orange juice and elderflower all night and nobody even noticed.\n"
        "What I didn't expect was how lonely I would feel watching everyone else at the bar, laughing and leaning on "
        "each other. I drove home at eleven and sat in the car outside my flat for a while before going in. Nothing "
        "dramatic, just a kind of ache.\n"
        "I'm proud of myself and sad at the same time. See you Thursday.\n"
        "Chris",
        "low",
    ),
    (
        "Hello Dr Martin,\n"
        "I'm writing from a café in Bologna with a cappuccino the size of a thimble. The conference was useful and my "
        "talk went fine. One man in the front row fell asleep, but he'd fallen asleep in the keynote too, so I don't "
        "take it personally. I've walked miles: the porticoes go on forever, and I climbed the tower with the 498 "
        "steps, which nearly finished me off. The view from the top was worth every one of them, all red roofs and "
        "hills going blue in the distance.\n"
        "I want to be honest that some of the evenings were hard. Eating alone in restaurants full of families and "
        "couples, I felt very lonely and quite a long way from everyone. I rang Dan twice but he was busy with the "
        "kids. I'm fine, I'm taking my tablets, I'm sleeping; it's just an ache I noticed and wanted to tell you "
        "about.\n"
        "Back on Sunday. Could we keep our usual slot on Tuesday?\n"
        "Best wishes,\n"
        "Gillian",
        "low",
    ),
    (
        "hi Dr Abara, sorry it's a long one. School is ok, we got our mock results back and I got a 7 in English which "
        "I'm actually proud of. Netball is going well, we're through to the county semi, and Coach says I might start "
        "at centre if Hollie's ankle isn't better.\n"
        "But the thing I really wanted to tell you is about Ruby. She took an overdose at the weekend and she's been "
        "in hospital since Sunday. Her mum told my mum. She's ok now they think, but I keep thinking about how she was "
        "totally normal in art on Friday and I didn't notice anything. I feel like I should have known. I keep "
        "reading our old messages to see if I missed something, and I haven't slept properly since.\n"
        "I'm not feeling like that myself, don't worry. I just feel really sad and sort of guilty. Can we talk about "
        "it on Thursday?\n"
        "Aimee",
        "low",
    ),
    ("Feeling really low today. No reason, just grey.", "low"),
    ("I'm not going to hurt myself, I promise. I just feel flat and heavy.", "low"),
    (
        "My best friend tried to kill herself last weekend. She's in hospital. I can't stop shaking.",
        "low",
    ),
    (
        "When I was 16 I used to cut. I haven't in years. The scars showed at the gym today and someone asked, and it threw me.",
        "low",
    ),
    (
        "If I ever got to the point of thinking about suicide, who would I call out of hours? Just want the number saved.",
        "low",
    ),
    ("I feel so alone in this city. Nobody ever texts first.", "low"),
    (
        "Could we talk for five minutes this week? Nothing urgent, I just need to hear a calm voice.",
        "low",
    ),
    ("I didn't cut last night. I wanted you to know.", "low"),
    ("My brother says he wants to kill himself. I don't know what to do with that.", "low"),
    (
        "What we talked about on Tuesday, the thoughts of dying I had at uni: I've been thinking about how far I've come since then. Bit emotional.",
        "low",
    ),
    ("No thoughts of suicide, just so you know. I'm just sad.", "low"),
    ("Missing my grandmother a lot this week. The anniversary is Friday.", "low"),
    ("My flatmate hasn't left her room in four days and I'm really worried about her.", "low"),
    (
        "Our English teacher read out a poem about wanting to die and I had to leave the room because it reminded me of last year.",
        "low",
    ),
    ("feeling a bit lonely since Sam moved out. nothing dramatic", "low"),
    ("Not suicidal, nothing like that. Just really, really tired and sad.", "low"),
    ("I'm not going to do anything stupid. I just needed to write it down somewhere.", "low"),
    (
        "my mate jordan posted something really dark on his story like he wants to end it all. should i tell someone??",
        "low",
    ),
    (
        "Hypothetically, if someone were saving up their pills, would a pharmacist notice? It's for a story I'm writing for class.",
        "low",
    ),
    ("Had a cry in the car after work. Just one of those days.", "low"),
    (
        "After Mum died I spent whole weekends in bed. That was three years ago. This weekend I went to the market and it felt strange, and I cried a bit by the flower stall.",
        "low",
    ),
    ("Can you hold me in mind this week? It's the first week without the kids.", "low"),
    ("Just sad. Could I have an extra session?", "low"),
    ("Thought I'd feel worse after seeing Dad in hospital. Mostly numb, and a bit lonely.", "low"),
    (
        "My cousin overdosed last month (he's OK now). The family's a mess. I'm holding it together but barely sleeping.",
        "low",
    ),
    ("lonely tonight. the house is too quiet.", "low"),
    ("Someone from our support group died by suicide last week. I keep thinking about her.", "low"),
    (
        "No thoughts of hurting myself this week, first time in ages. Still feeling low though.",
        "low",
    ),
    (
        "I won't take more than the prescribed dose, I know we discussed it. It's just been a heavy week emotionally.",
        "low",
    ),
    ("I miss my wife terribly. Some days the silence in the house is hard.", "low"),
    (
        "What would happen if I told you I was having suicidal thoughts? Would you have to tell my parents? I'm not, I'm just asking.",
        "low",
    ),
    ("Read my old journal from when I wanted to die every day. Glad that girl made it.", "low"),
    (
        "Worried about Leo. He's been quieter than usual since the match and he's hardly eating at dinner. — Paula (Leo's mum)",
        "low",
    ),
    ("Watched my dad cry for the first time today. Feeling really down about it.", "low"),
    (
        "A colleague mentioned her friend who jumped from a bridge and it hit me harder than I expected. I'm OK, just shaky.",
        "low",
    ),
    (
        "Our dog was put to sleep yesterday. She was 16 and it was peaceful, but I'm really sad. Could we talk about her on Tuesday?",
        "low",
    ),
    # ------------------------------------------------------------------ none
    (
        "Hi Dr Moreau,\n"
        "Just confirming Thursday at 6 works. Meanwhile, a report from the book club, because you asked how hosting "
        "went. We did Anna Karenina, all 800 pages of it, and only three of the seven actually finished. There was a "
        "heated argument about whether Anna throwing herself under the train was inevitable from the very first "
        "chapter, when the railway worker is killed, or whether Tolstoy just couldn't think of another ending. Derek "
        "called it the original death by public transport, which got a laugh and a glare from Margaret.\n"
        "I did the thing we practised: I said my opinion out loud, first, before anyone else, and didn't take it back "
        "when Margaret disagreed. I even made the cheesecake from scratch and didn't apologise for the cracked top. "
        "Next month is something lighter, a Wodehouse, thank goodness.\n"
        "The only practical thing: I'll be coming straight from work on Thursday, so I might be five minutes late.\n"
        "Best,\n"
        "Philippa",
        "none",
    ),
    (
        "Dear Dr Kaye,\n"
        "Sorry for missing your call on Monday, I was on the training course all week. It was the new overdose "
        "response module for the ambulance service: naloxone, airway management, the lot. Two full days of scenarios "
        "with actors pretending to be unconscious in a fake bedsit, one of whom was so convincing that the trainee "
        "with me burst into tears when he stopped breathing. Then a day on mental health crisis calls, how to talk to "
        "someone on a bridge, what not to say. It was heavy but genuinely useful, and I passed the assessment with "
        "the top mark in the group, which I'm quietly smug about.\n"
        "On my side things are steady. I'm sleeping, I'm running twice a week again, and the night shifts are less of "
        "a shock to the system than last year.\n"
        "Could we move next week's appointment to Friday morning? I'm on lates Monday to Thursday. Any time before 11 "
        "is fine.\n"
        "Thanks,\n"
        "Kieran",
        "none",
    ),
    (
        "Hi Dr Ahmed,\n"
        "Thought I'd send an update before next week since so much happened. The big news: they killed the project. "
        "Eighteen months of work, and the board pulled the plug on Tuesday in a ten-minute meeting. My manager said "
        "we'd all been hung out to dry, and someone in finance called it death by committee, which was fair. For "
        "about a day the whole floor felt like a wake.\n"
        "But here's the surprising part: I was fine. Better than fine. I went home, cooked, slept, and on Wednesday I "
        "put my hand up to lead the replacement pilot, which would have been unthinkable a year ago. I used the thing "
        "we worked on, separating what I did from how it turned out.\n"
        "The only wobble was Thursday's all-hands, where the CEO said heads would roll and I felt my heart go. I did "
        "the breathing and it passed in a minute.\n"
        "Our session is still on for Monday at 8, yes?\n"
        "Best,\n"
        "Ifeoma",
        "none",
    ),
    (
        "Hi Dr Bennett, Mum said it was OK to email you this. For English we had to write a short story about a "
        "character at a turning point, and mine is about an old lighthouse keeper called Ezra whose wife has died. In "
        "the middle he walks out onto the bridge over the estuary in a storm and thinks about jumping, and then he "
        "sees that the lighthouse has gone dark and remembers there's a ship coming in, so he runs back to light it. "
        "Ms Pereira said it was the best in the class and she's putting it in the school magazine!!\n"
        "I wanted to tell you because we talked about me never sharing my writing with anyone, and I read it out "
        "loud in front of everyone. My hands were shaking but I did it.\n"
        "Also, Mum asks if the session on the 12th can be at 4:30 instead of 4 because of my dentist.\n"
        "From Oscar",
        "none",
    ),
    (
        "Hello Dr Ruiz,\n"
        "Back from the islands! Ten days, three ferries, one seasick husband. The crossing to the smallest island was "
        "the roughest, and I stood at the rail the whole way because it was the only place I didn't feel queasy, "
        "watching the dolphins race the bow. The kids were beside themselves. We stayed in a cottage with no wifi, "
        "which I thought I would hate and loved.\n"
        "You asked me to keep an eye on the medication while away: I packed the weekly organiser and took the tablets "
        "every morning at breakfast as Dr Hall prescribed, no missed doses. The new sleep routine held up too, apart "
        "from one night with a thunderstorm. I also managed the hotel restaurant on the last night without checking "
        "the exits, which I know sounds small but felt huge.\n"
        "So: a good trip. I'll bring photos, or at least one of the dolphins, on Tuesday.\n"
        "Kind regards,\n"
        "Bernadette",
        "none",
    ),
    (
        "Dear Dr Oyelaran,\n"
        "We've planned it all now: the date, the route, the place. We're leaving this flat for good on the 28th and "
        "driving up to Inverness in one go, with the cat in a carrier and a van following with everything else. "
        "Matt's new job starts on the 2nd, and the house there has a garden, a proper one, and a spare room that will "
        "finally be an office rather than a corridor with a desk in it.\n"
        "I've said my goodbyes at work. They gave me a card signed by forty people and a cactus, which seems symbolic "
        "of something. I cried at the leaving drinks, but good crying.\n"
        "That leaves the practical part: I'd like to keep our sessions going by video, at least until I find someone "
        "local. Could we keep the Wednesday slot at 7? I'm told the internet up there is fine, but I'll test it before "
        "our first call.\n"
        "Thank you for all of this year.\n"
        "Holly",
        "none",
    ),
    (
        "Hi Dr Campbell, this is Arjun. You said I could email about school stuff that made me proud. We're doing the "
        "Romans in history and I had to do a presentation on how Julius Caesar died. I explained the whole thing, the "
        "Ides of March, the senators with daggers, 'Et tu, Brute?', and then Mr Fowler said Caesar probably never "
        "said that, Shakespeare made it up, which blew everyone's mind. I also did a bit about Mark Antony and "
        "Cleopatra and how they both killed themselves after losing the battle, and Ellis asked if the snake was "
        "real, and I said historians still argue about it.\n"
        "I got the top mark in the class and I didn't stutter once, even when Ellis asked the question. I used the "
        "thing where I breathe before I start a sentence.\n"
        "Mum says to tell you she can't drive me on Tuesday, so could it be a video one?\n"
        "Arjun",
        "none",
    ),
    (
        "Hi Dr Leclerc, weekend report as promised! Went to Jay's for game night and for once I didn't leave early. "
        "We played that co-op horror game where you all get hunted through an abandoned hospital, and I died first "
        "every single round, so the others started calling me the sacrifice. Jay kept yelling I'm dead, I'm so dead "
        "every time the monster came round the corner, and then got killed by a door. Genuinely the hardest I've "
        "laughed in months. Then we got pizza and argued about whether pineapple on it should be a war crime.\n"
        "The big thing is I stayed until midnight and actually talked to Jay's sister without rehearsing it in my "
        "head first. We talked about a band we both like for about twenty minutes and I didn't check my phone once to "
        "look busy. On the way home I noticed I wasn't replaying every sentence, which is usually what happens for "
        "hours after anything social. I just put music on and walked. Mum asked how it went and I said good and "
        "actually meant it.\n"
        "Could we move Thursday to 5:30? The bus times changed.\n"
        "Noah",
        "none",
    ),
    ("I could kill for a coffee right now. Running ten minutes late, sorry!", "none"),
    ("This deadline is murder. Could we move Thursday to 5 instead of 4? — Priya", "none"),
    ("Ha, I'm dead 😂 sorry, that was meant for my sister, not you! See you Tuesday.", "none"),
    (
        "Just to confirm I've taken the sertraline every day as prescribed. The nausea has gone. Still 50mg?",
        "none",
    ),
    (
        "We did the Tower of London in history today, Henry VIII beheaded SO many people. Anyway can I move to 5 on Wednesday?",
        "none",
    ),
    (
        "Putting up the new climbing ropes at the wall for the juniors' session, so I'll be 10 min late. — Tom",
        "none",
    ),
    (
        "Sorry my hands looked a mess on the video call, new knives at the restaurant and the whole kitchen has been nicking themselves. Nothing to worry about!",
        "none",
    ),
    (
        "Walked the bridge trail over the gorge with the dog this morning. Stunning. Feeling good about Thursday.",
        "none",
    ),
    (
        "Last day at the firm today! Said goodbye to everyone, cake and a few tears. New chapter on Monday.",
        "none",
    ),
    ("Handed back the keys to the old flat. Goodbye damp bathroom, I will not miss you.", "none"),
    (
        "Plan for the weekend: train to the coast Saturday morning, back Sunday night. So I'll miss Monday 9am, could we do 4?",
        "none",
    ),
    (
        "Gaming with my brother last night, died about 40 times on the final boss lol. See you Thursday.",
        "none",
    ),
    (
        "The song for our school concert is so dark: 'I'm falling down and I won't get up'. Ms Hart says it's about a breakup 🙄",
        "none",
    ),
    (
        "Watched Suicide Squad with the kids. Terrible film. Is the session still on for Monday?",
        "none",
    ),
    (
        "If I have to sit through one more quarterly review I'll shoot myself 🙄😂 (joking!!) Can we do Friday at 6?",
        "none",
    ),
    ("Killed it at the interview!!! They want me to start on the 3rd 🎉", "none"),
    ("Mum is going to murder me, I got a tattoo. A small one. Tell you Thursday 😅", "none"),
    ("Could I have the invoice for October when you get a chance? Thanks, Grace", "none"),
    (
        "Can I take my propranolol before the session or will it make me drowsy? Dr Ahmed prescribed 10mg as needed.",
        "none",
    ),
    ("I'm dying to tell you what happened with Lucy. Good news for once!", "none"),
    (
        "The cold medicine knocked me out, slept 12 hours straight. Think the flu is passing. See you next week.",
        "none",
    ),
    ("Finished the Sylvia Plath essay! 2,000 words on 'Lady Lazarus'. Huge weight off.", "none"),
    ("the bus driver drove like he had a death wish 😂 made it on time though", "none"),
    (
        "Heads up, I'm flying to Lisbon on the 12th so I'll need to skip that week. Back on the 20th.",
        "none",
    ),
    ("Nan's 90th was brilliant, we laughed till we cried. Sorry I missed your call!", "none"),
    ("That hike nearly killed me, my legs are jelly 😂 so worth it though", "none"),
    ("Took all my pills with me on the trip, don't worry, I packed the weekly organiser.", "none"),
    (
        "I'm going to end it with Marcus tonight. I'm calm about it, relieved actually. Can we talk about it Tuesday?",
        "none",
    ),
    (
        "Dr Reyes increased my quetiapine to 100 at night. Should I tell you the details or is that just for her?",
        "none",
    ),
    (
        "We learned about Cleopatra and the asp today. Mr Dunn made us act it out and I was the asp 🐍😂",
        "none",
    ),
    (
        "Our band's new song is called Overdose On You lol. First gig is Friday, nervous but excited",
        "none",
    ),
    (
        "Stop, I'm literally crying 😂😂 the dog stole the whole roast chicken off the counter",
        "none",
    ),
    (
        "Had a joint at Leah's party on Saturday, first time in months. It was fine, didn't feel like I needed another.",
        "none",
    ),
    ("Can I pay by bank transfer this time? My card's been blocked.", "none"),
    (
        "I'm on antibiotics that say no alcohol, does that include one glass of champagne at my sister's wedding? Asking for a friend (me)",
        "none",
    ),
    (
        "Had two glasses of wine at dinner with Hannah, a really nice evening. We talked about the stuff from our session and it felt good.",
        "none",
    ),
    ("Scalpel skills improving! Second week of anatomy lab and I didn't faint.", "none"),
    (
        "Surgeon says the cut will heal in two weeks. Stitches out on Friday, so I need to move our session.",
        "none",
    ),
    ("Can't make it today, car's dead. Battery. So annoying. Could we do video?", "none"),
    ("I could murder a curry. Long day. See you Wednesday.", "none"),
    ("My manager said 'if this report is late we're all dead'. It wasn't late. Small win.", "none"),
    (
        "Deadline hell this week, the project is killing me. Three pitches by Friday. I'm fine, just busy. Can we keep Thursday?",
        "none",
    ),
    (
        "Finally beat the level where you have to jump off the tower to progress. Took me three hours lol",
        "none",
    ),
    (
        "Film last night had the line 'there's no point going on' and Dad said it in a dramatic voice all through dinner. Dad jokes.",
        "none",
    ),
    ("Pub quiz: the answer was Hamlet, 'to be or not to be'. We won a bottle of prosecco!", "none"),
    ("Could you resend the Zoom link for tomorrow? Mine's expired.", "none"),
    (
        "My neurologist has prescribed CBD oil for the seizures, so if I seem mellow on Thursday that's why.",
        "none",
    ),
    (
        "Goodbye forever, old phone 💀 dropped it in the canal. This is my new number. — Niamh",
        "none",
    ),
    ("I'm done!!! Last exam finished 🎉🎉 Free at last", "none"),
    (
        "We're doing Romeo and Juliet and I'm Juliet, so I have to pretend to stab myself at the end 😂 so awkward",
        "none",
    ),
    (
        "I've made a plan, finally! Monday gym, Wednesday pottery, Friday no screens. Proud of myself.",
        "none",
    ),
    (
        "Can I bring my partner to the next session? She has some questions about the couples work.",
        "none",
    ),
    ("Dead end after dead end with the roadworks. Ten minutes late, sorry.", "none"),
    (
        "my little brother says he'll 'literally die' if he doesn't get the new console for his birthday lol. kids",
        "none",
    ),
    (
        "The new tablets from Dr Bell are fine. Slight headache the first two days, gone now.",
        "none",
    ),
    ("Last winter I felt lonely a lot, but this year the choir has changed everything.", "none"),
    ("I didn't spend the day in bed today! Got up, showered, went to the shops.", "none"),
    ("Not drinking in the evenings any more. Three weeks now.", "none"),
    ("Weirdly good week. Not hopeless at all, for once.", "none"),
    (
        "lmao the group chat is killing me, someone photoshopped our maths teacher as the grim reaper 💀💀",
        "none",
    ),
    (
        "Rope access life: spent the day abseiling down a wind turbine 80m up. Knackered but happy. Video on Thursday?",
        "none",
    ),
    (
        "History essay on the fall of Masada done. Grim but fascinating. Mrs Osei gave me an A-.",
        "none",
    ),
    (
        "My cat is such a drama queen, acts like she's dying whenever the bowl is half empty 😂",
        "none",
    ),
    (
        "Reading Hamlet for A-level. The Ophelia drowning speech is so beautifully written, I might do my coursework on it.",
        "none",
    ),
    ("I'd die for a week off. So I booked Cornwall for August!", "none"),
    ("Sorry I missed Thursday, I had a migraine. Could we rebook for next week?", "none"),
    (
        "Sandra here, Chloe's mum. Chloe's had a great week, she asked me to tell you she got into the netball team! See you Friday.",
        "none",
    ),
    (
        "'Tomorrow, and tomorrow, and tomorrow': had to memorise it for drama. I'll recite it for you on Monday lol",
        "none",
    ),
    ("Tried the breathing at the dentist and it worked. No panic at all.", "none"),
    (
        "Grandpa told the war story again at lunch, how his whole platoon nearly died at the river crossing. He's 94 and sharp as a tack.",
        "none",
    ),
    (
        "Bought a new rope for the tyre swing in the garden, the kids have been on it all afternoon.",
        "none",
    ),
    ("Got my flu jab and my booster on the same day. Arm's dead, otherwise fine.", "none"),
]
