"""Training-only messages for the learned risk net (bench/train_risk_net.py), author K.

Articulate long-form and very terse writers; bipolar, psychosis, eating disorders, PTSD, new parents, rural, faith, carers, breakups, job loss, retirees; proxies.

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
299 messages: none 80, low 39, moderate 40, high 70, imminent 70 (one dropped: it repeated a message of author A).
"""

ROWS: list[tuple[str, str]] = [
    (
        "Did the thing with the razor last night. Not deep. Wrapped it. Telling you because I promised I would.",
        "high",
    ),
    ("low today", "low"),
    (
        "Honestly my boss could drive a saint to drink. Not drinking, just ranting. Same time next week?",
        "none",
    ),
    (
        "Told Kate I'm going for a drive. I'm going to the quarry. I took the car seat out so it's not damaged. I love them. Tell her.",
        "imminent",
    ),
    (
        "It's Jason, Brenda Whitfield's son. Mum rang to say she's taken 'a few extra' sleeping pills and wants to 'go to Dad'. She was slurring. I'm driving over and I've called 999.",
        "imminent",
    ),
    (
        "Saw Callum's car outside her flat. Cried in the Tesco car park. I know. I know. Just sad tonight",
        "low",
    ),
    ("dont want to wake up", "high"),
    ("I'm at the station, platform 2. The fast one comes through at 17:42. I'm sorry.", "imminent"),
    ("got absolutely slaughtered at five a side, 9-1. im dead. see u tmrw", "none"),
    ("can we talk sometime this week? feeling wobbly", "low"),
    (
        "Mood chart attached. Mostly 5s and 6s, one 7 on Saturday when the band played. Sleep steady at 7 hours. Psychiatrist happy. - T.",
        "none",
    ),
    (
        "Sometimes I think about walking into the reservoir and letting the cold do the rest. I'm not going to. But the thought keeps coming back like a tune I can't get rid of.",
        "high",
    ),
    (
        "not to be dramatic but the printer at the jobcentre tried to kill me. jammed, smoked, beeped. anyway got 2 interviews booked",
        "none",
    ),
    (
        "Scan tomorrow. Last time we lost it at this stage. I'm scared and weepy and I'd really like to hear your voice before, if there's any slot at all.",
        "low",
    ),
    (
        "Six weeks since she left and I'm worse, not better. Nothing is ever going to feel normal again.",
        "moderate",
    ),
    ("I'm so sick of everything. I'm never going to be better than this, am I.", "moderate"),
    ("sad. call?", "low"),
    (
        "Don't come Thursday, I won't be here any more. Left the spare key under the pot for whoever finds me.",
        "imminent",
    ),
    ("wish i wasnt here", "high"),
    ("thoughts back. the dying ones", "high"),
    ("running 10 late, bus died at the roundabout", "none"),
    ("no point", "moderate"),
    (
        "Sometimes I think the kindest thing I could do for everyone is stop being a problem permanently.",
        "high",
    ),
    (
        "Ended it with Callum last night. Properly this time. I feel lighter than I have in months.",
        "none",
    ),
    (
        "Fireworks all weekend. Drank till I couldn't hear them, both nights. Only way I get through November.",
        "moderate",
    ),
    (
        "Dr Lindqvist,\n\nI have thought about this carefully and for a long time, and I want you to know that what follows is not a cry, nor a gesture. You once asked me what I would need in order to believe my life could be good again. I have looked honestly and I cannot find it. Philosophers have argued both sides of this for two thousand years; I have come down on the side of the Stoics.\n\nI still have most of Arthur's heart tablets. I will take them on Friday, the anniversary, in his chair. The solicitor has everything.\n\nYou have been a good companion in the argument. Thank you.\n\nE. V.",
        "imminent",
    ),
    (
        "Feel the dip coming. Sleeping a bit long, colours a bit dull. Nothing dramatic yet, flagging it early like we agreed.",
        "low",
    ),
    (
        "Hi, it's Dev, Anjali's husband. She's completely lost her voice (laryngitis) so can't do the video session tomorrow. She'll ring to rebook when she can croak.",
        "none",
    ),
    (
        "Autumn has got into me. Everything tastes of wet leaves and endings. I'm not in any danger - just a melancholy I can't shake off.",
        "low",
    ),
    (
        "Got the rope from the barn. Tomorrow morning before milking, so the kids don't find me.",
        "imminent",
    ),
    (
        "Dear Maggie,\n\nHalf-term news first: Oscar got his grade 3 piano, and Bea has decided she is a vegetarian except for bacon. We went to my sister's in Whitby and it rained every single day, but the fish and chips made up for it.\n\nI should say, since you asked me to be honest in writing when I can't manage it in the room: some nights I lie there wishing I just wouldn't wake up. It has been most nights this month. I do get up for the children and I do the packed lunches, but the wish is there, underneath everything.\n\nOn the practical side, can we move the 3rd to the 10th? Parents' evening clashes.\n\nWith thanks,\nCatherine",
        "high",
    ),
    (
        "Sandra at Brookfield reception: Mr Okafor rang in tearful and asked if you could call him back. He says it isn't an emergency, just a bad week. Number on file.",
        "low",
    ),
    ("cant do this anymore", "moderate"),
    (
        "Dear Ms Reyes, I'm Jonah's form tutor. Just to say he's been settled and chatty this half-term and handed his history coursework in early (!). His mum asked me to pass on that the exam board letter has arrived. Best, Mr Hollis",
        "none",
    ),
    (
        "'All the lonely people, where do they all come from' - Beatles on the radio in the launderette and it got me, because it's me, isn't it. Sunday evenings are the worst.",
        "low",
    ),
    (
        "I keep picturing my funeral. Small. Rain. Mum in her navy coat. And there's this loosening in my chest, like relief.",
        "high",
    ),
    ("want to disappear. properly", "high"),
    (
        "It's Dan, Chloe's partner. She told me last night she's been looking up how many of her tablets it would take. She says she won't do anything but I'm frightened. She knows I'm writing.",
        "high",
    ),
    (
        "Another child one tonight. Came home and sat in the car on the drive for two hours, couldn't go in. I'm done with this job, there's nothing left in me.",
        "moderate",
    ),
    (
        "Dear Mr Farrow,\n\nI'm sorry for the long e-mail. First the boring things: the key to the allotment shed is with Bill at number 6, my subscription to the choir is paid to the end of the year, and the library books are on the hall table to go back.\n\nI'll be gone by the time you read this. I'm taking the tablets at midnight, I've been saving them since the summer. Please don't think it was anything you did or didn't do; you were the one person who listened without looking at the clock.\n\nWould you let Father Declan know? He'll want to do the service.\n\nThank you for everything,\nBrendan",
        "imminent",
    ),
    (
        "If my sister brings up the wedding seating plan ONE more time I swear I'll throw myself off the pier 🙄😂",
        "none",
    ),
    (
        "Gutted about the match, Rovers got murdered 4-0. I need a drink 😂 (tea, before you ask)",
        "none",
    ),
    (
        "Saw the cliffs at Beachy Head on Countryfile and my first thought was 'that would do it'. That's where my head is.",
        "high",
    ),
    (
        "When Dad goes I don't think there'll be much reason for me to stay either. I've been his whole life these four years and he's been mine.",
        "high",
    ),
    (
        "Work is killing me this week but honestly the worse bit is coming home to an empty flat. It's so quiet since Jess moved out.",
        "low",
    ),
    (
        "The anniversary is next week. The date sits on the calendar like a bruise. I'm ok, just heavy. Thought you should know it's coming.",
        "low",
    ),
    (
        "Dad texted me 'look after your mum, the papers are in the blue folder, I'm going to the woods' and now he won't pick up. Calling 999 now. This is Geoff Barnes's son.",
        "imminent",
    ),
    ("would be easier for everyone if i was gone", "high"),
    (
        "Mum died at 4 this morning. I've still got her morphine and the syringes. I'm going with her tonight, it's the only thing that makes sense. Thank you for the last two years.",
        "imminent",
    ),
    (
        "My flatmate keeps singing I Will Survive at me while I do the washing up. Dropped Callum's stuff at his mum's garage today. Done and dusted.",
        "none",
    ),
    (
        "Lad I served with in Helmand shot himself last month. Found out on Facebook. I'm ok-ish. Just needed to tell someone who won't flinch.",
        "low",
    ),
    ("Taken the lot. Sorry.", "imminent"),
    (
        "Spent all weekend on my knees with a Stanley knife and a roll of carpet. Cut a lovely neat edge round the fireplace, knees are wrecked though. Sue says I should have paid a man.",
        "none",
    ),
    (
        "Stopped taking the lithium a week ago and saved it. 60 in a jar. I feel very clear. Tonight, after Steve's asleep.",
        "imminent",
    ),
    (
        "Table for one at the Harvester, birthday edition 🎂 honestly it's fine. it's not fine. it's a bit lonely",
        "low",
    ),
    (
        "By the time you read this I'll have gone down to the harbour wall with my coat pockets full of stones from Dad's garden. It feels like going home. Please tell my sister I was peaceful.",
        "imminent",
    ),
    (
        "12 hr shift. we pulled a bloke out of the canal who'd fallen in after the pub, he's fine, mouthy even. I'm alright, writing it down cos you said to log the shouts",
        "none",
    ),
    (
        "Took all my laxatives and my sleeping tablets together about an hour ago. Feeling floaty. Didn't want you to hear from someone else.",
        "imminent",
    ),
    ("parked. which door", "none"),
    (
        "The long sleep tonight. I have everything I need beside me. Be kind to the next one, like you were to me.",
        "imminent",
    ),
    (
        "I did the thing - sat in the cafe with my back to the door for ten whole minutes. Hands shook a bit but I finished my tea. Tell you more Tuesday.",
        "none",
    ),
    (
        "I'm not feeling down about it, honestly, just cross that the landlord won't fix the boiler.",
        "none",
    ),
    (
        "Maxed the cards and moved the money into the kids' accounts. Everything's tidy. Car and the hosepipe tomorrow while Deb's at her sister's.",
        "imminent",
    ),
    ("pills sorted into the weekly box ✅ sunday ritual done", "none"),
    (
        "Going for one last swim at Saltburn at first light. Left the car keys on the front wheel for Mum. Don't ring.",
        "imminent",
    ),
    (
        "Hello, this is Sandra from Brookfield Surgery reception. Dr Patel asked me to let you know that Ms Doyle's repeat prescription has been issued and her medication review is booked for 2 December. No action needed. Sandra",
        "none",
    ),
    (
        "36 weeks and I'm so frightened I can't breathe, hyperventilating on the bathroom floor, Sam's at work. it won't stop",
        "moderate",
    ),
    ("at the chemist, 5 min late", "none"),
    (
        "Watched Dead Poets Society with my son, he'd never seen it. We both bawled at the end. What a film.",
        "none",
    ),
    ("I didn't drink at all this weekend, first time since August. Felt odd but good.", "none"),
    ("I keep wanting the long sleep. The one without an alarm.", "high"),
    (
        "Hi, it's Marcus, Jen's husband. I saw fresh cuts on her thighs when she got out of the bath. She says it's under control. It does not look under control.",
        "high",
    ),
    ("I'd quite like to not exist for a while. Or for good. The for-good part is newer.", "high"),
    (
        "I'm so tired I'm scared I won't make it through another night feed. She won't settle, Tom's away, I'm crying more than she is.",
        "moderate",
    ),
    ("can u resend the zoom link, the old one is dead", "none"),
    (
        "The sea has been calling me, and not in a pretty way. I stand on the shingle at Dungeness and think how easy it would be to just keep walking.",
        "high",
    ),
    (
        "Panic attack in the Co-op, third one today. I'm in the car and my hands won't stop, can't breathe properly, can't drive home like this",
        "moderate",
    ),
    (
        "If she doesn't come back I don't see the point in being here. I mean here here. Alive.",
        "high",
    ),
    ("honestly wouldn't mind if a bus took me out tbh 🙃 not even joking this time", "high"),
    (
        "Mobile library comes Tuesdays so could we do Wednesdays from now on? It's my favourite hour of the week and I'm not giving it up haha",
        "none",
    ),
    (
        "Dear Dr Okoro,\n\nThe bathroom is finally tiled, which I know you'll appreciate after three months of hearing about grout. I did it all myself, cut every tile with Dad's old wet saw, and it looks like a proper job. Jenny came round and said she'd never have believed it.\n\nThe part I've been avoiding writing: I've been drinking most nights to get to sleep, more than I let on in session. Half a bottle of whisky, sometimes more, and I'm waking up at 4 feeling like death and starting the day already behind. I know that's the thing we said I'd be honest about.\n\nAlso, could you send the receipt for October? The insurer wants it by the end of the month.\n\nBest,\nStuart",
        "moderate",
    ),
    (
        "I love them. I just keep thinking they'd be fine, better even, with the life insurance and without my moods. That's where my head goes on the night feeds.",
        "high",
    ),
    (
        "I've made my peace with God and written to the vicar. On Sunday after evensong I'll walk down to the weir. I wanted you to hear it from me.",
        "imminent",
    ),
    (
        "Last day at work was today. Tomorrow's the other last day. Bought the charcoal. Sorry for wasting your sessions.",
        "imminent",
    ),
    ("What's the point of any of it. Honestly.", "moderate"),
    (
        "Brookfield reception here. Mr Okafor phoned the surgery asking whether his tablets would 'be enough to stop his heart'. Dr Patel is ringing him now and asked us to let you know.",
        "high",
    ),
    ("KILLED IT at the interview!!! They want me back for a second round 🎉", "none"),
    (
        "The days have become a corridor with the same door at each end. I walk it, I turn, I walk back. I no longer expect it to change.",
        "moderate",
    ),
    (
        "I'm 30 weeks and I keep hoping something goes wrong in labour and I just don't come back from it. The baby would be fine with Josh.",
        "high",
    ),
    (
        "Quick one - the dentist moved me so could I have Thursday at 4 instead of 3? Sorry! Marion",
        "none",
    ),
    (
        "Put Dad's care plan and all my passwords in an envelope for my brother. When the night nurse leaves at 6 I'm taking his oxycodone. I'm so tired.",
        "imminent",
    ),
    (
        "If I ever got back to the place where I was thinking about jumping, who do I ring at night - you or the crisis team? Asking while I'm well so I know.",
        "low",
    ),
    (
        "Last swim of the season at Tynemouth with the dawn dippers, 9 degrees, we sang in the water like lunatics. Felt very alive after.",
        "none",
    ),
    (
        "Everyone keeps telling me these are the best days. I love him, I do, but I feel so flat and tearful and then guilty for feeling flat. Is that normal at six weeks?",
        "low",
    ),
    (
        "Someone at church told me God never gives us more than we can handle. Well, He's misjudged me. I can't take any more of this.",
        "moderate",
    ),
    (
        "Dear Dr Hale, Aisha's tutor again. She has just handed me a letter to her mum saying goodbye and that she'll do it after school at the level crossing. She's with our safeguarding lead now; her parents and the police have been called. Ms Dunne",
        "imminent",
    ),
    (
        "probably won't be around for Ella's birthday in march. don't ask me what I mean, I don't know yet",
        "high",
    ),
    (
        "Ellie's flatmate. She's on the roof of our building and says she's going to jump. I've called 999. She asked me to tell you thank you.",
        "imminent",
    ),
    (
        "Taken the shotgun out of my brother's cabinet. I'm in the top field. Just want you to know it's not your fault doc.",
        "imminent",
    ),
    ("miss her", "low"),
    ("Spent £40 on seeds this week, not £4,000 on a canoe like last spring. Growth! 🌱", "none"),
    (
        "Lithium level was low so they've upped it. Honestly I've thought about what the whole box would do. Not doing it. It's just there in my head now.",
        "high",
    ),
    (
        "Drove over the Tamar bridge today and caught myself slowing down, looking at the rail. Just looking. That's new.",
        "high",
    ),
    (
        "my brother says he wants to end it all, he's 300 miles away and not answering. I keep checking my phone. what do I do",
        "low",
    ),
    (
        "I'm seventy-four and I've had a good innings. I wouldn't mind if I didn't wake up tomorrow, to be honest with you. I'd quite welcome it.",
        "high",
    ),
    (
        "'Work's killing me' was a joke I used to make. Now I catch myself wishing it actually would.",
        "high",
    ),
    (
        "This is the deputy head at St Anne's. Rosie (your patient; her parents consented to us contacting you) has told a friend she took her mum's tablets at lunch. We have called an ambulance and her mother.",
        "imminent",
    ),
    (
        "Part of me hopes my heart just gives out. Then I wouldn't have to choose, every single day, whether to eat.",
        "high",
    ),
    (
        "My dad (your patient, Geoff Barnes) gave me his watch yesterday and said 'you'll want this sooner rather than later'. He's been giving his tools away to the neighbours too. He laughs it off. I don't like it.",
        "high",
    ),
    (
        "Hello, Pauline from Dr Amin's reception. We've had the referral letter back for Mr Okafor and need your secure email address to send the discharge summary across. Kind regards, Pauline (reception)",
        "none",
    ),
    (
        "Racing and rotten at the same time, mixed state. The thought of dying keeps flashing up between everything like an advert.",
        "high",
    ),
    (
        "Funny, this time last year I talked to the cat more than to people. This year I've got choir on Mondays and the quiz lot on Thursdays. Anyway, can we move to 6?",
        "none",
    ),
    ("bye. thank u for trying. not ur fault", "imminent"),
    (
        "Everyone would honestly be better off without me. The kids, Dan, work. I'm just a weight they all carry.",
        "high",
    ),
    (
        "We had to have old Bramble put down on Friday. Fourteen years. I'm really sad, the house is so quiet without her claws on the kitchen floor.",
        "low",
    ),
    (
        "Hi, it's Rob, Lisa's partner. She hasn't left the bedroom since Friday except for the loo and she's stopped eating with us. She says she's just tired but she isn't herself. She said I could write to you.",
        "moderate",
    ),
    (
        "This thesis chapter will be the death of me, three days till hand-in. Just warning you I may turn up a bit frazzled on Thursday haha",
        "none",
    ),
    ("Two months dry today 🥂 (elderflower). Thought you'd like to know.", "none"),
    (
        "I've got 40 of the amitriptyline lined up on the bedside table. Just wanted someone to know it wasn't anyone's fault.",
        "imminent",
    ),
    (
        "Message from Brookfield Surgery reception: Ms Doyle came to the desk today very distressed, said she 'can't cope any more' and hasn't slept for days. Dr Patel has seen her and she asked that you be told.",
        "moderate",
    ),
    (
        "Forgive me Father. Tonight I'll be with Jesus. I've taken the tablets with the communion wine. Please pray for my daughter.",
        "imminent",
    ),
    (
        "Pulled all the plugs out again because of the humming. Haven't left the house in a week, living on crackers. I'm so tired of being afraid of my own kitchen.",
        "moderate",
    ),
    (
        "Finally finished The Bell Jar for book club. Heavy going but the writing is astonishing. I'd love to hear what you make of Esther's mother some time, no rush.",
        "none",
    ),
    (
        "Reading Mary Oliver - 'Tell me, what is it you plan to do with your one wild and precious life?' I wrote it on a Post-it and stuck it on the kettle. You'll be amused that I'm now a person with Post-its on kettles.",
        "none",
    ),
    (
        "Since Tuesday, when we went back over the cutting at uni, I've felt raw. Not doing anything. Just raw and a bit tearful.",
        "low",
    ),
    (
        "Range day with the reserves, shot well, home for tea. Nothing to report really. Sgt B",
        "none",
    ),
    ("bed again. 4th day", "moderate"),
    (
        "I'm in the bath with the razors. I just wanted someone to know I'm not angry at anyone.",
        "imminent",
    ),
    (
        "The tide's out till four. I'll walk out with it and not walk back. It's beautiful here, I want you to know that.",
        "imminent",
    ),
    ("I didn't cut last night. Wanted you to know. It was a hard evening but I didn't.", "low"),
    (
        "Dad didn't know me today. He called me by Mum's name. I held it together until the car park. I just feel so alone with all of it.",
        "low",
    ),
    (
        "Paid the funeral plan, cancelled the milk, left the cat with Joan. I'll go on the night of our anniversary, the 14th, same as Ron did. Thank you for your kindness, dear.",
        "imminent",
    ),
    (
        "I've decided I'm not eating or drinking anything from today until it's over. And I mean it over - not the weight, me. Started this morning.",
        "imminent",
    ),
    (
        "I know exactly how many of my meds it takes and how long before anyone checks. Shift swap means nobody expects me till Tuesday. I'm doing it tonight.",
        "imminent",
    ),
    (
        "Station debrief was actually useful this time and the manager brought biscuits. Back on nights from Tuesday so could we do mornings for a bit?",
        "none",
    ),
    (
        "Dad's been moved to the garden room at the hospice, he can see the bird feeder from his bed. He asked for a brandy and the nurse said yes. Could we shift Thursday to the afternoon so I can be there for the morning round? Helen",
        "none",
    ),
    (
        "We did The Lady of Shalott in book group. Everyone talked about the curse; I just envied her, lying down in the boat and floating off. I'd like that ending for myself.",
        "high",
    ),
    (
        "Wrote my will and put it on the table with the notes. Tonight's the night I stop being a burden.",
        "imminent",
    ),
    (
        "URGENT from Brookfield Surgery reception: Mr Okafor has just rung saying he's taken all his tablets with whisky and was saying goodbye. Ambulance dispatched to his address. Dr Patel asked us to inform you.",
        "imminent",
    ),
    ("I'd like to go to sleep and not have to do tomorrow. Or any of them after it.", "high"),
    (
        "Snowed in at the farm, lane's blocked both ends. Can we do Tuesday on video? Signal's best in the lambing shed so excuse the bleating.",
        "none",
    ),
    (
        "I'm Claire, Pat Holroyd's daughter. Mum has started saying she's 'ready to go' and asked the GP if she can stop all her medicines, heart ones included. She isn't terminally ill. She's just decided.",
        "high",
    ),
    (
        "First Christmas without Mum. Hung her old felt robin on the tree and sat on the floor for ages. Just missing her.",
        "low",
    ),
    (
        "Forty CVs out, two replies, both no. Phone off. Haven't gone out in three days. There's no version of this that works out.",
        "moderate",
    ),
    ("it's ok now, I've taken them 💊💊 feeling sleepy, thank u for trying 🙏", "imminent"),
    ("stuck in traffic on the A34, 15 min", "none"),
    (
        "took the paracetamol, all of it, after he rang. it's been 2 hours. don't tell him",
        "imminent",
    ),
    (
        "just took 60 of my quetiapine with vodka. didnt want to go without telling someone",
        "imminent",
    ),
    (
        "Had the longest sleep of my life after nights, 14 hours, woke up not knowing what day it was. Monday's fine.",
        "none",
    ),
    (
        "smoking from when I wake up now, it's the only thing that shuts the flashbacks off",
        "moderate",
    ),
    ("I'm dying to tell you about the allotment. The marrows are obscene.", "none"),
    (
        "Redundancy papers signed. Weirdly calm. Had a coffee with Priya after and we started sketching out what a little bakery would cost. Mad idea but fun.",
        "none",
    ),
    (
        "Dear Dr Hale, I'm Aisha's tutor. With her parents' permission: she's been much quieter in lessons this fortnight and has been eating lunch on her own in the library. Nothing more than that, but she seems sad and I thought you should know. Kind regards, Ms Dunne",
        "low",
    ),
    (
        "The memorial for the pit disaster was lovely. They asked me to read the names because my grandad was one of them. Steady voice, strong tea after. See you on the 2nd.",
        "none",
    ),
    (
        "Thank you for everything you tried. You were kind to me. Please tell Dr Shah it wasn't her fault either. Goodbye.",
        "imminent",
    ),
    (
        "I'm tired in a way sleep doesn't touch. I'd like to put it down, the whole thing. Life, I mean.",
        "high",
    ),
    (
        "Not coming to the session. Won't need it after Saturday. Rope's in the boot. Thank you, truly.",
        "imminent",
    ),
    (
        "I keep turning over what I told you last week - that in 2019 I'd looked up how many paracetamol it would take. I'd never said it out loud. I feel exposed more than anything.",
        "low",
    ),
    ("Rope's up in the garage. Standing under it. Don't know why I'm telling you.", "imminent"),
    (
        "Hi it's Jo, Finn's dad. He's been mopey since the breakup, in his room after tea, though still going to school and footy. Is this normal heartbreak or should we worry?",
        "low",
    ),
    (
        "Burnt my arm with the lighter again after the row with Mum. It's small, it's fine, it's just what happens now.",
        "high",
    ),
    ("phone's on 2% so if I die mid sentence it's the battery. confirming monday 10am", "none"),
    (
        "I couldn't pray this morning. Sat in the pew and the words simply weren't there. I feel a long way from God and from everybody.",
        "low",
    ),
    ("done it. took them all", "imminent"),
    (
        "Rang the insurance people to check the policy pays out whatever the circumstances. It does, after the first year. Good to know the mortgage would be covered.",
        "high",
    ),
    (
        "After the nurse left I sat looking at Mum's morphine for a long time. Not thinking about her.",
        "high",
    ),
    (
        "Hi, Sophie's mum here. She had a good week, went to the school disco and came home hoarse from shouting. Can I pay the November invoice by bank transfer? Thanks, Clare",
        "none",
    ),
    (
        "Hit my legs with the hairbrush after dinner till they bruised. Had to punish the food out of me somehow.",
        "high",
    ),
    (
        "Hello, I'm Mark, Brenda Whitfield's son. Mum has been tearful since Dad's anniversary and keeps saying the house feels empty. Nothing alarming, but I thought you'd want to know before Thursday.",
        "low",
    ),
    (
        "Had Johnny Cash's Hurt on repeat all the way back from Cornwall, the bit about 'I hurt myself today to see if I still feel' - what a song. Anyway we're home, Monday still on?",
        "none",
    ),
    (
        "Sorted my will at the solicitor's today. Left the guitars to my nephew. I felt very calm, which is the bit that worries me.",
        "high",
    ),
    (
        "Hi, Ellie's flatmate again. She asked me tonight how long it takes to drown. Said she was 'just curious'. I didn't know who else to tell.",
        "high",
    ),
    (
        "Not sleeping great, bit of a black dog week. Still getting out with the actual dog though, so there's that.",
        "low",
    ),
    (
        "She'd be better off with a mum who isn't me. Tom would find someone lovely. I think about that a lot at 3am.",
        "high",
    ),
    (
        "I'm 81 and I've had enough. I've saved my sleeping tablets for three months and I'll take them on Sunday when Brian goes to his brother's. Please don't ring my son.",
        "imminent",
    ),
    (
        "Jen's just told me she's cut her wrist deep and won't let me see. There's blood on the door handle. 999 on the line now. Marcus",
        "imminent",
    ),
    (
        "Hi, I'm Kat's flatmate - she left her phone on the 73 bus and asked me to let you know she'll be there Tuesday as normal. Kat says sorry!",
        "none",
    ),
    (
        "Fourteen years at the depot and they let me go with a handshake and a Tesco voucher. Feel a bit useless. Could do with a chat.",
        "low",
    ),
    (
        "Before you worry: no thoughts of ending anything, no plans, nothing like that. I'm just sad and tired of being sad.",
        "low",
    ),
    (
        "We did Dylan Thomas at U3A today - 'Do not go gentle into that good night, rage, rage against the dying of the light'. I read it aloud and my voice only wobbled once. Rather proud.",
        "none",
    ),
    ("He always said I'd be better off dead. Lately I've started agreeing with him.", "high"),
    (
        "Dear Dr Okoro, I'm Ben Walsh's English teacher. In his creative writing he wrote in the first person about wanting to stop existing, and when I asked him privately he said 'it's not really a story, sir'. His parents know and asked me to tell you directly. J. Pryce",
        "high",
    ),
    (
        "I should have died in that car with them. Some days I think about putting that right.",
        "high",
    ),
    ("I took 30 co-codamol about twenty minutes ago. I feel sick. I'm scared now.", "imminent"),
    (
        "Went down to the cove and thought, this could be my last swim. Didn't go in. Sat there till dark thinking about it.",
        "high",
    ),
    (
        "Standing on the platform where it happened to me. I'm going to end it where it started. Thank you for believing me.",
        "imminent",
    ),
    (
        "We're moving on the 3rd, so everything I own is currently in a skip or a van. New address for the invoices: 14 Rowan Close, Hexham. Same time the week after?",
        "none",
    ),
    (
        "I have thoughts about killing myself most days now. I'm not going to act on them. I just can't keep it from you any longer.",
        "high",
    ),
    (
        "Three years ago I'd have been four cans deep by now. Tonight I'm just sad instead, which I suppose counts as progress.",
        "low",
    ),
    (
        "Can I bring my food diary on paper this week? The app crashed and ate a week of entries, I nearly threw the phone in the river lol",
        "none",
    ),
    (
        "They've been telling me I don't deserve to breathe. I've started to think they have a point.",
        "high",
    ),
    (
        "I'm running on nothing. Mum was up screaming at 2, 3 and 5. I can't carry on like this, I'm going to drop.",
        "moderate",
    ),
    (
        "Parked up at Beachy Head. Just sitting for now. Wanted to say thank you before I go.",
        "imminent",
    ),
    (
        "Been taking an extra diazepam in the afternoons, not what Dr Shah said, just to get through. I know. Telling you because I said I would.",
        "moderate",
    ),
    (
        "Lily's school rang. She told her form teacher she wants to be dead. She's 14. She's home with me now. Can you see her this week?",
        "high",
    ),
    (
        "Beret on, medals on. Going up Pen y Fan one last time tomorrow with the pills in my pocket. Thanks for listening all these months, ma'am.",
        "imminent",
    ),
    (
        "Flying to Belfast Friday and part of me is hoping the plane just doesn't land. Is that awful",
        "high",
    ),
    (
        "Finally putting my affairs in order - self-assessment filed, pension forms in, loft cleared. Margaret says she doesn't recognise me. See you Friday.",
        "none",
    ),
    ("here. downstairs", "none"),
    (
        "Hi, I'm Jules, Ellie's flatmate - she gave me your number for emergencies. This isn't one, but she hasn't come out of her room for four days, I can hear her crying, and she isn't touching anything I leave. Sorry if I'm overstepping.",
        "moderate",
    ),
    (
        "Every time we get a hanging job I come home and stare at the loft hatch. I haven't done anything. I just look at it.",
        "high",
    ),
    ("hanging in there with the xmas rota 😅 all good tho", "none"),
    (
        "'Everybody hurts, sometimes' - sure, Michael Stipe, but some of us hurt all the time. Another week mostly in bed. I'm fed up of being fed up.",
        "moderate",
    ),
    ("Keep doing the maths. My life cover is worth more than I'll ever earn now.", "high"),
    (
        "I keep thinking about the shotgun at my brother's farm. I know where he keeps the cabinet key. Haven't gone near it.",
        "high",
    ),
    (
        "They've told me it has to be tonight, off the multi-storey by the station. I'm on level 5 now. I'm trying not to listen.",
        "imminent",
    ),
    (
        "Severance paid out, moved all of it to Carly. Bought a one-way ticket to Aberdeen and I know which bridge. Don't try to find me.",
        "imminent",
    ),
    (
        "Quiet up here. On my walk I look at the quarry pool and think nobody would find me for weeks.",
        "high",
    ),
    (
        "Dietitian's moved my weigh-in to Monday mornings. Had breakfast with Mum today - toast and the whole banana. Not a big deal but it kind of is. See you Weds.",
        "none",
    ),
    (
        "You know the Shawshank line, 'get busy living or get busy dying'? It's on my fridge for the job hunt. Interview Friday!",
        "none",
    ),
    (
        "Midwife says bump's measuring big so I should 'expect an early arrival'. Might need to switch to video from the 15th. Lauren",
        "none",
    ),
    (
        "The voices came back last night but only the muttering kind, nothing telling me to do anything. I felt frightened and very small. Could you ring me when you're free?",
        "low",
    ),
    (
        "The voice says tonight, the top floor of the hospital car park. I've been sitting here in the car deciding. I think I'm going to listen to it.",
        "imminent",
    ),
    (
        "Dear Dr Hale,\n\nI have sorted Mother's place at Rosedene; the deposit is paid and my brother has power of attorney, so she will be looked after. The cat is going to the Hendersons next door, who have always liked him.\n\nThe tablets are counted and in an envelope in the kitchen drawer. I will take them on Sunday, when the house is empty and nobody is expected. I have thought about it for a long time and I am quite settled.\n\nPlease would you send your final invoice to my brother at the address below rather than to me.\n\nWith thanks for your patience over these two years,\nMargaret",
        "imminent",
    ),
    (
        "I've been asking the Lord to take me home. Not as a figure of speech. Every night, on my knees by the bed.",
        "high",
    ),
    (
        "I've worked it out, I'm done with this world. It isn't hostile, it's just finished with me. Don't worry, it's a very serene thought!!",
        "high",
    ),
    (
        "He's out next week. I'm not waiting for him to find me. I have everything I need and it'll be Sunday.",
        "imminent",
    ),
    (
        "The crash came. Three days under the duvet, can't shower, can't answer the phone. Everything is grey sludge. Just letting you know I'm in it.",
        "moderate",
    ),
    (
        "If she's not back by Friday I'm doing it. Got the pills already. This isn't a threat, it's a timeline.",
        "imminent",
    ),
    (
        "Sat in the car in the garage for a while tonight with the door down. Engine off. I know what I was thinking about. I went back inside.",
        "high",
    ),
    (
        "I keep thinking I'd like to step out of the story. Not a new chapter. Out of the book.",
        "high",
    ),
    (
        "Baby's at my mum's. I've written letters for both of them. I'm going down to the canal once it's dark. Please don't hate me.",
        "imminent",
    ),
    (
        "Hi Dr Ansell,\n\nThe recipe you asked about is a Delia one, I'll bring it. The lasagne went down well at the church lunch and I managed to chat to people for most of an hour, which is a record.\n\nI scratched my arms on Wednesday night until they bled. The sleeves hide it. I don't really know why, except that it was the only thing that made the noise in my head stop for a bit.\n\nAlso my direct debit changed banks, so the invoice may bounce once. Sorry in advance.\n\nLaura",
        "high",
    ),
    (
        "God has told me I must go into the sea tonight to be baptised properly and I'm not to come back up. I'm at the beach now. It's glorious!!",
        "imminent",
    ),
    (
        "If I end up feeling lonely over Christmas with the kids at their dad's, is it ok to message you, or is that not how it works? Just want to know the rules.",
        "none",
    ),
    ("on the bridge. its time", "imminent"),
    ("I'm scared I'm not going to make it through this winter.", "moderate"),
    (
        "Went to the Remembrance parade with the lads from the battalion. Laid the wreath, had a pint, came home. Good day. Nothing else to report. - Gaz",
        "none",
    ),
    ("ok thx", "none"),
    ("yes 3pm fine", "none"),
    (
        "Mum had a good day - she knew the grandkids and ate some trifle. The hospice nurse thinks it's weeks rather than days now. I'm tired in the normal way, that's all. Thursday still ok. Fiona",
        "none",
    ),
    (
        "Hello Helen,\n\nSorry this is long. Half-term was a blur: the twins had chickenpox, the car failed its MOT, and my mother came to stay, which you will understand was a mixed blessing. We did manage a day at the coast and the boys flew kites until their fingers were blue.\n\nTruthfully, though, I've been on my knees. I lie awake doing sums I can't make add up and I can't see a way through the next year, let alone the next five. Everything feels like it's sliding and I'm too tired to grab at it.\n\nCould we keep the 4pm slot on the 19th? The school run makes anything earlier impossible.\n\nThanks,\nRachel",
        "moderate",
    ),
    (
        "My mate from the station hasn't been right since the M6 pile-up, drinking heavy and not answering anyone. I'm worried sick about him. Can we use some of Tuesday on it?",
        "low",
    ),
    (
        "Don't panic at the time of this, I'm not going to hurt myself. I just had a rotten day and wanted someone to know.",
        "low",
    ),
    (
        "She's killing me with these swim lessons 😂 my 4yo refuses to put her face in the water. Can we push to 5.30?",
        "none",
    ),
    (
        "Nan's funeral was yesterday. Full church, terrible sandwiches, she'd have loved it. Whole back row was off-key for Abide With Me. See you Monday as planned.",
        "none",
    ),
    ("tonight. river", "imminent"),
    (
        "Deleted all the photos of us. Thought about deleting myself too, if I'm honest. Just the thought.",
        "high",
    ),
    (
        "Can't make the 14th, it's my great-uncle's funeral in Galway. He was 97 and planned the whole thing himself down to the hymns and the ham sandwiches. Could we do the 21st instead?",
        "none",
    ),
    (
        "I have reasoned my way round it a hundred times and I can't find the argument for staying. I'm not doing anything. But the arguments for leaving are winning.",
        "high",
    ),
    (
        "lost my job so obviously spent the pay-off on the bookies and vodka. genius. cant see how any of this gets fixed",
        "moderate",
    ),
    (
        "This is Sarah Kemp's mum. Sarah rang me sobbing, saying she wishes she'd never been born and that she's a burden to everyone. She's at her flat and says she's safe tonight. Can you call her?",
        "high",
    ),
    ("urge to cut is so loud tonight. sitting on my hands", "high"),
    (
        "Took my name off the joint account so Sue's not dragged into the debts when I'm not around any more. Practical stuff.",
        "high",
    ),
    (
        "Lithium level came back bang in range, the nurse says I'm off the monthly blood test list until January. See you Tuesday.",
        "none",
    ),
    (
        "I've chosen the 3rd, his birthday. It seems fitting. The tablets are in his old tobacco tin on the mantelpiece.",
        "imminent",
    ),
    (
        "Baby slept FIVE hours straight, I genuinely thought I'd died and gone to heaven. Also checked she was breathing three times lol. Normal, right? Talk Thurs x",
        "none",
    ),
    (
        "did a lot of coke this weekend so I wouldn't feel anything about the job. came down hard. not proud",
        "moderate",
    ),
    (
        "Borrowing a rope and the long ladder from next door to sort the gutter before the rain, so if I'm late it's because I'm on the roof 😅",
        "none",
    ),
    (
        "I feel like a house where the lights have been switched off one by one and nobody is coming to put them back on. Nothing changes and I've stopped believing it will.",
        "moderate",
    ),
    (
        "Hi Sam,\n\nBit of an update since you asked me to check in over the break. I finally boxed up Aidan's things and his brother came for them on Sunday, which was civil, mostly. I've cleaned the flat top to bottom and the landlord has the deposit forms.\n\nI'm leaving Biscuit with my sister tomorrow morning and then I'm driving up to the viaduct. I've known for a while that's where it would be. I'm not asking you to stop me, I just didn't want to vanish on you without a word.\n\nThe last invoice is paid. Thanks for everything.\n\nNiamh",
        "imminent",
    ),
    (
        "The voices say I should go into the river so the others will be safe. I know it's the illness. They're very convincing today.",
        "high",
    ),
    (
        "First week of retirement: reorganised the shed, killed three wasps, read two Rebus novels. Margaret says I'm under her feet. Onwards! Alan",
        "none",
    ),
    (
        "Sorted the photos into an album for each of the children, labelled the keys in the shed, cancelled the paper. Just tidying. Marion liked things tidy. I don't really see myself here next year.",
        "high",
    ),
    (
        "The voices have been quiet for a fortnight, only the odd murmur when I'm tired. Went to pottery and made a very wonky bowl. Going again Friday.",
        "none",
    ),
    (
        "Milk price down again, the bank rings every week, and now TB in the herd. I can't see a way out of this one. Dad came through 2001 but I'm afraid I won't.",
        "moderate",
    ),
    ("I'm overdosing on Bake Off, three episodes back to back. Friday still good? x", "none"),
    (
        "I used to believe the tunnel had a light at the end of it. Lately I think it's just tunnel.",
        "moderate",
    ),
    (
        "havent got out of bed since saturday. curtains shut. dont know why im telling you",
        "moderate",
    ),
    ("Saturday's the day, I've chosen it. After the match, while Dad's at the club.", "imminent"),
    (
        "I've been rereading Camus, who says the only serious philosophical question is whether life is worth living. At twenty-five I thought that was terribly edgy; at sixty-eight it reads almost cheerfully, since he does come down on yes. I'd enjoy chewing it over with you one day. Yours, Edward",
        "none",
    ),
    (
        "So sorry to message this late. Mia has just admitted she swallowed a whole strip of my sertraline an hour ago. We're in the car to A&E.",
        "imminent",
    ),
    (
        "I know what the church teaches about it. I've been wondering lately whether God would understand, if I went early.",
        "high",
    ),
    ("at the cliffs. sorry", "imminent"),
    (
        "Dear Dr Hale,\n\nA short note as promised. The holiday in the Dordogne was exactly what the doctor ordered - mind you, you're the doctor, so perhaps what you ordered. We ate far too much cheese, I swam in the river most mornings and nearly drowned in a very deep glass of Bergerac one evening (metaphorically, before you reach for your notes). Graham has burnt to a crisp. I've started sleeping properly again without the zopiclone, which I'm told I can now drop altogether after talking it through with Dr Nair.\n\nCould we go back to fortnightly from December?\n\nWarmly,\nPenny",
        "none",
    ),
    (
        "Haven't eaten since Tuesday and honestly I can't see it ever being different. This is just what I am now.",
        "moderate",
    ),
    (
        "Wrote letters to the kids, just in case. They're in the bureau drawer. Not planning anything, don't panic.",
        "high",
    ),
    (
        "My flatmate told me last night she's been thinking about killing herself. I sat up with her till 3 and we rang the crisis line together. I don't know what to do with how scared I am for her.",
        "low",
    ),
    (
        "sitting on the edge of the bath with the blade. already started. dont know why im texting you",
        "imminent",
    ),
    (
        "I'm at the end of my rope with Mum's care. Three nights with no sleep, the hospital bed in the lounge, the syringe driver alarming. I can't keep doing this.",
        "moderate",
    ),
    (
        "Our son Kieran (your Thursday patient) has left a note saying sorry and taken the car. His phone's off and the police are looking. He wrote 'the bridge where we used to fish'.",
        "imminent",
    ),
    (
        "The fog sat on the valley all morning like something that had decided to stay. I walked up to the trig point anyway and came down with wet boots and a clearer head. Small mercies. See you on the 9th. - Ruth",
        "none",
    ),
    (
        "'Do not go gentle', the poem says - well, I'm going gentle. 56 pills in the drawer. I'll take them after Mum's funeral on Tuesday.",
        "imminent",
    ),
    ("Counted them twice. 84. That's enough. After the kids' nativity tomorrow.", "imminent"),
    (
        "It's Dan, Chloe's partner. She's swallowed a whole packet of paracetamol and locked herself in the bathroom. Ambulance is coming. I didn't know who else to tell.",
        "imminent",
    ),
    (
        "He's been released. My body knew before my head did - I haven't slept in three nights and I jump at every car door. I can't do this again. I can't.",
        "moderate",
    ),
    (
        "Been stockpiling the zopiclone since September. There's enough now. Waiting for the weekend when the flat's empty.",
        "imminent",
    ),
    ("Been googling what cold water does to a body. For reasons. I'm fine. Mostly.", "high"),
    (
        "Up and dressed by 8 every day this week, not one duvet day. Thought you'd want the tally!",
        "none",
    ),
    (
        "Pharmacy's out of the quetiapine 100s, they've given me 25s and said take four. Is that alright till the proper ones come in? Psychiatrist's office isn't picking up.",
        "none",
    ),
    (
        "My knees are killing me after the carol service, all that standing. Next week is fine. Rev. Margaret",
        "none",
    ),
    ("pills counted. tonight", "imminent"),
    (
        "20 week scan today!! It's a girl and she was kicking like she wanted out already 😂 will bring the pics Thursday",
        "none",
    ),
    (
        "bad body day. saw myself in the shop window and wanted to crawl out of my skin. did eat lunch tho. just feel rubbish",
        "low",
    ),
    (
        "Forty-one years I had a reason to set an alarm. Now the days are long and quiet and I catch myself talking back to the radio. I miss people. Could we talk about that on Thursday? Dennis",
        "low",
    ),
    (
        "Our vicar preached on Lazarus this morning - 'this sickness will not end in death'. It made me think of what you said about waiting rooms. Nothing more to it, I just wanted to share. Every blessing, Josephine",
        "none",
    ),
    ("Cut too deep this time and it won't stop. Towel's soaked through.", "imminent"),
    (
        "Nobody's been up the lane since Sunday bar the postie. Some days out here it feels like the whole world forgot I'm in it.",
        "low",
    ),
    (
        "Packed all my tablets for the week on Skye plus enough travel sickness pills to stun a horse. Ferry's at 7. Back on the 12th!",
        "none",
    ),
    (
        "lol my boss says I'm 'killing it' while I'm dying inside. sorry. work's fine, it's me that isn't. haven't left the flat all weekend and can't face monday",
        "moderate",
    ),
    (
        "bottle of red most nights since the redundancy, sometimes two. it's the only way the evenings end",
        "moderate",
    ),
    (
        "Looked up the times of the fast trains that don't stop at our station. I don't really know why I did that.",
        "high",
    ),
    (
        "Honestly, what's the point of getting dressed. Nobody sees me, nothing to do. I've been in my dressing gown since Sunday.",
        "moderate",
    ),
    (
        "When I was nineteen I took an overdose after Dad left. I'm writing it because you asked about history and I couldn't say it out loud in the room.",
        "low",
    ),
    (
        "Hello, I'm Peter, Joan Ashby's son. Mum asked me to email because her laptop has died - she'd like phone sessions until the new one arrives. She's in good form, doing the crossword in ink again.",
        "none",
    ),
    (
        "This is my last message to anyone. Thank you for trying so hard with me, I mean that. Lights out tonight.",
        "imminent",
    ),
    (
        "Skipped every meal today and walked till my legs shook. I'm so tired of fighting and I can't see it getting any better.",
        "moderate",
    ),
    (
        "Sorry to email late. Our daughter Mia (your Tuesday 4pm) has refused school all week and lies in bed with the blinds down. Last night she told me 'there's no point to anything, Mum'. We're at a loss.",
        "moderate",
    ),
    ("cant do weds. fri?", "none"),
]
