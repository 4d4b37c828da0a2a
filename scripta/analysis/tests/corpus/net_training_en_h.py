"""Training-only messages for the learned risk net (bench/train_risk_net.py), author H.

Teenagers and people in their twenties texting their therapist (slang, lowercase, emoji, typos),
plus their parents and friends writing about them; crisis words also used in harmless senses.

Written fresh on 2026-11-26 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ imminent
    (
        "ok so i've got all of mum's sleeping pills in my drawer. counted them, 40. tonight after everyone's asleep. just wanted someone to know it wasnt ur fault",
        "imminent",
    ),
    (
        "took the whole strip of paracetamol like an hour ago. stomach really hurts now. idk why im telling u",
        "imminent",
    ),
    ("im on the roof of the multistorey rn. top level. not coming down this time", "imminent"),
    (
        "this is goodbye ig. thank u for trying w me, u were the only adult who actually listened. pls tell my sister i love her",
        "imminent",
    ),
    (
        "cut way deeper than i meant to and it wont stop bleeding, the towel's soaked through 😭",
        "imminent",
    ),
    (
        "Dr. Patel, this is Sandra, Maisie's mum. She's locked herself in the bathroom and says she's swallowed a bottle of my tablets. I've called 999 but please call me, I don't know what to do",
        "imminent",
    ),
    ("drafted my goodbye post and scheduled it for 6am. by then it'll be done", "imminent"),
    (
        "i've decided. saturday when my parents are at the wedding. i know where the rope is in the garage",
        "imminent",
    ),
    (
        "hey. im writing this from the bridge by the train station. i just wanted to say thank u for everything",
        "imminent",
    ),
    (
        "bought new blades today. tonight im going deep enough that its over. dont try to stop me",
        "imminent",
    ),
    (
        "so i've been stockpiling my sertraline for 3 weeks instead of taking it. theres enough now. i'm done",
        "imminent",
    ),
    (
        "gave away my switch and all my hoodies today. they think im just decluttering lol. tomorrow is the day",
        "imminent",
    ),
    (
        "downed half a bottle of vodka and like 20 of my nan's pills. everything's floaty. sorry",
        "imminent",
    ),
    (
        "Our son Ethan (17) left a note on his bed saying goodbye and that he's sorry, and he isn't answering his phone. His car is gone and we've called the police. If he contacts you please tell him to come home. Mark Riley",
        "imminent",
    ),
    (
        "i'm not going to be here for our session thursday. or any session. i've got it all planned out",
        "imminent",
    ),
    (
        "standing on platform 2. the fast train doesnt stop here. next one in 6 mins. im sorry",
        "imminent",
    ),
    ("going to do it tonight. i just needed to type it to someone first", "imminent"),
    (
        "wrote letters to mum, dad and jess, they're under my pillow. doing it when the house goes quiet",
        "imminent",
    ),
    ("i already took them. all of them. thought i'd feel scared but i just feel tired", "imminent"),
    (
        "cant stop the bleeding on my thigh, its been 20 min and its dripping on the floor. i think i need a&e but i cant tell my dad",
        "imminent",
    ),
    (
        "hi, i'm Zara's friend, she gave me ur number ages ago for emergencies. she just posted on close friends 'see u on the other side' with a pic of a pile of pills and now her phone's off. i'm so scared",
        "imminent",
    ),
    (
        "its 3am and the belt's already round the door handle. just wanted to say sorry for wasting ur time all these months",
        "imminent",
    ),
    (
        "i'm at the beach. once it gets dark i'm going to walk into the sea. it's really peaceful here",
        "imminent",
    ),
    (
        "tomorrow after my last exam i'm taking the pills to the woods behind halls. i've thought about it for ages. its not a cry for help",
        "imminent",
    ),
    (
        "i can't do this anymore. bye. seriously. ty for everything u tried, delete my number after",
        "imminent",
    ),
    ("just swallowed all my adhd meds at once. my heart is going crazy", "imminent"),
    ("set an alarm for 2am. thats when i'm going. the knife's already in my room", "imminent"),
    (
        "It's Karen, Jake's mum. Jake texted his brother 'look after mum, I'm ending it tonight' and we can't find him anywhere. Please call me now.",
        "imminent",
    ),
    (
        "i tied it already. it's hanging in the wardrobe. i just wanted to hear from someone one last time",
        "imminent",
    ),
    (
        "if u read this in the morning it's already happened. thank u for putting up with me for a whole year. sorry",
        "imminent",
    ),
    (
        "spent weeks reading up on the best way and i found it. everything got delivered today. this weekend",
        "imminent",
    ),
    (
        "took like 15 of the codeine my dad had left from his back op. im scared now. what do i do",
        "imminent",
    ),
    (
        "this is my last message to anyone. my name, my pronouns, none of it ever mattered to them. i'm done being their disappointment. tonight",
        "imminent",
    ),
    (
        "just finished my goodbye thread for the discord. gonna post it and log off forever. u were always nice to me, thanks",
        "imminent",
    ),
    (
        "on the roof of halls block C. been up here an hour. i'm going to jump i think. actually not i think. i am",
        "imminent",
    ),
    ("i cut my wrist properly this time, not like before. theres so much blood", "imminent"),
    (
        "the pills are lined up on my desk. 32. counted twice. just waiting for my flatmates to go out",
        "imminent",
    ),
    (
        "said bye to everyone today without them knowing. hugged mum extra long. it's tonight",
        "imminent",
    ),
    (
        "Hello, my daughter Priya has just told me she took an overdose of her antidepressants at school today and hid it. We are in the car on the way to A&E. She asked me to let you know. Anil",
        "imminent",
    ),
    ("ok i did it. i took them. im so sorry. dont call my mum", "imminent"),
    (
        "not waiting around for results day. i won't be here for it. i've sorted the how and the when",
        "imminent",
    ),
    ("gg everyone. final boss won. logging off for good, got the stuff ready 🎮", "imminent"),
    (
        "made a playlist for my funeral and im listening to it on the bridge. the river's really high today. climbing over now",
        "imminent",
    ),
    (
        "sorry i lied in session. i do have a plan. friday, when i'm alone at my dad's. i have the pills",
        "imminent",
    ),
    ("so tired. took the rest of my quetiapine with wine. night", "imminent"),
    (
        "hi it's Leo. texting bc i promised i'd tell u if it ever got to this. it's got to this. i've got the blade and i'm in the park and i'm not going home",
        "imminent",
    ),
    (
        "i did it on purpose and now it's gaping open, i think it needs stitches and it keeps bleeding through the plasters. please dont be mad",
        "imminent",
    ),
    (
        "pls tell my counsellor at school it wasn't about her. going to the cliffs tomorrow morning before anyone's up",
        "imminent",
    ),
    (
        "hey it's Ruby, Callum's flatmate, i think he's your patient. he's left his phone and wallet on his desk with a note saying 'sorry for everything, dont look for me'. he's been so low for weeks. pls help",
        "imminent",
    ),
    (
        "scheduled an insta post for midnight. it just says goodbye and thank you. the rest is ready too",
        "imminent",
    ),
    (
        "i'm not scared anymore. i know exactly what i'm doing tonight and where. just wanted to thank u for the last 8 months",
        "imminent",
    ),
    ("just overdosed. lying on the bathroom floor. i regret it. help", "imminent"),
    (
        "wrote my will on the back of my maths homework lol. left all my stuff to my little brother. doing it after the exam tmrw",
        "imminent",
    ),
    (
        "Dr Hughes it's Fiona (Ellie's mum). Ellie has just told me she's been hiding her pills in a sock under her mattress and has 'enough'. I found about 50. She says she was going to take them this week. She's with me now. What do we do?",
        "imminent",
    ),
    (
        "my dad's gun cabinet key is in the kitchen drawer and nobody's home till 7. i'm sorry",
        "imminent",
    ),
    ("it's time. i held on as long as i could for everyone else. goodbye x", "imminent"),
    (
        "asked on the methods thread about doses, worked it all out, bought them from 3 different shops so no one noticed. tonight",
        "imminent",
    ),
    (
        "im in the bath with the razor. gonna do it properly this time. please dont call anyone",
        "imminent",
    ),
    (
        "i'll be gone before my shift would have ended. told my manager i'm sick. going up to the quarry",
        "imminent",
    ),
    (
        "can u tell everyone at group im sorry. i took 60 of my mum's tablets at 10 and i've started being sick",
        "imminent",
    ),
    (
        "this isnt a cry for help. i picked the date, its my birthday, sunday. the rope's in my backpack",
        "imminent",
    ),
    (
        "been sat on the edge of the bridge for like 20 mins. cars keep driving past. i'm going to let go",
        "imminent",
    ),
    (
        "Sorry to text so late. It's Dave, Olly's dad. Olly is in A&E, he cut his arms very badly tonight and needed a transfusion. He told the nurse he wanted to die. The hospital said to let you know.",
        "imminent",
    ),
    ("last night i tried. it snapped. im trying again tonight and doing it right", "imminent"),
    ("decided i'm not waking up tomorrow. took everything in the cabinet. night night", "imminent"),
    (
        "sending this to u too bc u said to reach out. i'm at the canal and i'm going in. love to mum",
        "imminent",
    ),
    (
        "counted them again. 28 of the strong ones plus the sleeping ones. that's my exit. next weds",
        "imminent",
    ),
    (
        "fr this is my last text. left the letter on the kitchen table. love to everyone x",
        "imminent",
    ),
    (
        "it's already done, swallowed the blister packs about an hour ago. just telling u so u dont wonder",
        "imminent",
    ),
    (
        "me and the pills and a bottle of gin in the park. gonna take all of it once the sun goes down. bye",
        "imminent",
    ),
    # ------------------------------------------------------------------ high
    ("i wish i could just go to sleep and never wake up tbh", "high"),
    (
        "been thinking about killing myself a lot lately. not gonna do anything but the thoughts are so loud",
        "high",
    ),
    ("cut again last night. thighs this time so nobody sees at training", "high"),
    (
        "everyone would be so much better off without me. my parents wouldnt have to pay for therapy and my friends wouldnt have to deal w me",
        "high",
    ),
    ("i dont wanna be alive anymore. not in a dramatic way. just. done", "high"),
    (
        "lol imagine getting hit by a bus on the way to my exam. genuinely the dream rn. im not even joking",
        "high",
    ),
    (
        "i keep looking up how many pills it would take. i close the tab every time but then i look again",
        "high",
    ),
    (
        "want to cut so bad rn. got the sharpener blade out. holding off but idk for how long",
        "high",
    ),
    (
        "Dear Dr Moreno, I'm writing because my son Theo (15) told his PE teacher that he wishes he was dead. The school called us this afternoon. He won't talk to us about it. Could we bring the next session forward? Regards, Claire Hartley",
        "high",
    ),
    ("wrote a note, just in case. i'm not planning anything, it's just there in my drawer", "high"),
    ("whats the point of being alive if i'm always gonna be the fat one in the group chat", "high"),
    ("honestly i don't see myself making it to 20", "high"),
    (
        "burned myself with my lighter after the argument. it's blistered. i know i said i'd stop",
        "high",
    ),
    ("sometimes when i cross the road i kind of hope the car doesn't stop", "high"),
    ("i hope the plane crashes on the way to my dad's. i'm so tired of all of it", "high"),
    ("my brain keeps going 'just end it' on a loop while i revise", "high"),
    (
        "they misgendered me all day at school again and i came home and scratched my arms till they bled",
        "high",
    ),
    (
        "i think about dying literally every night before i fall asleep. it's almost comforting",
        "high",
    ),
    ("kms 😂😂 no but fr i think about it every day and it's not funny anymore", "high"),
    ("i dont want to live anymore ngl", "high"),
    ("hit myself again. my face this time. i couldnt stop", "high"),
    (
        "i keep picturing my funeral and everyone finally feeling bad. it makes me calm which is messed up",
        "high",
    ),
    (
        "i have thoughts of ending it. i won't act on them, promise. but they're there all day",
        "high",
    ),
    ("been reading a thread about methods. i know i shouldnt. cant stop scrolling it", "high"),
    (
        "It's Joanne, Freya's mum. I found blood on her sheets and fresh cuts on her arms this morning. She says it's nothing. Please can you see her this week?",
        "high",
    ),
    (
        "i'd honestly rather be dead than walk into that school again. i mean it, i'm not being dramatic",
        "high",
    ),
    ("every time i'm on the platform i think about stepping forward", "high"),
    (
        "if i died nobody in the gc would notice for a week. theyd be relieved tbh. i think about that a lot",
        "high",
    ),
    ("relapsed. 14 days clean and i cut tonight. so angry at myself", "high"),
    (
        "been making myself sick after meals and last night i punched the wall on purpose till my knuckles split",
        "high",
    ),
    ("im not ok. i want to die and i dont know how to say that to my mum", "high"),
    ("ngl i've been googling how high the bridge near uni is", "high"),
    (
        "i just want to stop existing. not like die exactly, just stop. is that the same thing",
        "high",
    ),
    (
        "hi this is Tasha, Jade's girlfriend. she's said a few times this week that she wants to kill herself, and she's your patient. she made me promise not to tell but i'm scared for her",
        "high",
    ),
    ("i dont want to wake up tomorrow. or any day tbh", "high"),
    ("the urge to cut is unreal tonight. it's all i can think about", "high"),
    (
        "i'm such a burden. mum was crying about money again and it's bc of my treatment. she'd be better off without me",
        "high",
    ),
    ("wish i'd never been born. wish i could just be deleted like a save file", "high"),
    (
        "if i crashed the car on the motorway it would look like an accident and mum would get the insurance. i keep thinking about that",
        "high",
    ),
    (
        "carved his initials into my arm after he dumped me. it's kinda deep but it's stopped bleeding",
        "high",
    ),
    (
        "every time my character dies in the game i think, that'd be nice. quiet. i want that",
        "high",
    ),
    (
        "Hi, it's Rob (Sam's dad). Sam has been posting on TikTok about wanting to die and other parents have been messaging us about it. We had no idea. He's 14. Please advise.",
        "high",
    ),
    ("i'm not suicidal suicidal but if i didnt wake up tomorrow i'd be fine with that", "high"),
    (
        "keep thinking about the pills in the bathroom cabinet. not doing anything. just thinking about them all the time",
        "high",
    ),
    ("bit my arm until it bruised in the exam bc i couldnt breathe. i do it loads now", "high"),
    ("started wanting to be dead again. it went away for a bit after xmas but it's back", "high"),
    ("is it weird that when i hear someone died i feel jealous. like i want that too", "high"),
    (
        "sometimes i think i should do everyone a favour and disappear. permanently. not like moving away",
        "high",
    ),
    (
        "didnt go to uni today and i've been thinking about killing myself most of the afternoon",
        "high",
    ),
    ("my thighs are a mess. did it again in the shower at halls, no one knows", "high"),
    ("keep dreaming that i jump and then i wake up disappointed i'm still here", "high"),
    (
        "been holding the scissors for an hour. haven't done anything yet. i really really want to",
        "high",
    ),
    ("i genuinely don't think i'll be alive by the end of this year", "high"),
    (
        "mum found my 'if anything happens to me' letter in my desk. i wrote it months ago but i still feel exactly the same",
        "high",
    ),
    ("lowkey kept thinking how easy it would be to step off the balcony at the party", "high"),
    (
        "posted 'wish i could just not exist' on my private story and deleted it. but i meant it",
        "high",
    ),
    (
        "Dr Shaw, Amelia's school counsellor rang to say Amelia wrote a poem in English about her own death and wanting it, and told a friend afterwards that it wasn't fiction. We are very worried. Helen and Gareth Brooks",
        "high",
    ),
    (
        "been starving myself as punishment and scratching my arms whenever i eat. i want to hurt myself all the time",
        "high",
    ),
    ("i dont want to be here anymore. so tired of fighting my own brain", "high"),
    ("keep thinking about the stuff from that thread. like which way would hurt the least", "high"),
    ("ur going to say it's the depression talking. but i genuinely want to die", "high"),
    ("after the raid last night i couldnt sleep so i cut. like 4 lines. i cleaned them", "high"),
    ("i wish someone would just kill me so i don't have to do it myself", "high"),
    (
        "so sick of being trans in this town. i think about ending it every time someone shouts at me in the street",
        "high",
    ),
    (
        "manager screamed at me again so i went in the freezer room and slammed my hand in the door on purpose. it's all swollen",
        "high",
    ),
    ("i'd be more useful dead. at least the life insurance would help my mum", "high"),
    ("i want to hurt myself. trying the ice cube thing but it isnt working", "high"),
    ("i've been thinking about suicide. there i said it. it's been like 2 weeks", "high"),
    (
        "keep imagining falling asleep in the snow and just not waking up. sounds so peaceful",
        "high",
    ),
    (
        "sorry for the late msg. scratched my arms raw with my nails again. i want to do worse",
        "high",
    ),
    # ------------------------------------------------------------------ moderate
    ("i can't do this anymore. exams, work, mum's stuff. i can't take it", "moderate"),
    ("havent left my room in 3 days. skipping lectures. i just cant face anyone", "moderate"),
    (
        "got absolutely smashed again last night just so i wouldnt think about her. 4th time this week",
        "moderate",
    ),
    ("whats even the point of anything. i revise and i still fail", "moderate"),
    ("nothing's ever going to change. i'll always be the weird kid", "moderate"),
    (
        "been smoking weed every night so i can sleep and not think. it's the only thing that works",
        "moderate",
    ),
    (
        "panic attack in the exam hall, couldnt breathe, thought i was dying, had to leave. still shaking hours later and it won't stop",
        "moderate",
    ),
    ("i'm at the end of my rope with this job and my manager", "moderate"),
    ("i can't keep living like this. something has to change", "moderate"),
    (
        "Hello, it's Sophie's mum. Sophie hasn't got out of bed since Friday, she won't eat with us or go to school. She keeps saying there's no point. Can we talk?",
        "moderate",
    ),
    ("honestly scared i won't make it through this term", "moderate"),
    ("literally no point trying anymore. she's gone, uni's a mess, i'm a mess", "moderate"),
    (
        "drank half a bottle of my dad's whisky alone in my room bc i couldnt deal w today",
        "moderate",
    ),
    ("stayed in bed all day again. didnt answer anyone. didnt eat", "moderate"),
    ("there's no way out of this. i'm stuck in this house with them till i'm 18", "moderate"),
    (
        "been taking extra of my anxiety meds to get through the day. like double what it says",
        "moderate",
    ),
    ("i'm so done. with everything. nothing ever works", "moderate"),
    (
        "my whole future's ruined bc of one screenshot in a group chat. no uni will want me now. it's over",
        "moderate",
    ),
    (
        "the panic won't stop, it's been hours, my chest is so tight i can't think straight",
        "moderate",
    ),
    (
        "called in sick to work 3 days in a row. i just lie there. cant make myself get up",
        "moderate",
    ),
    ("vaping and drinking every night now. it's the only way to shut my brain up", "moderate"),
    (
        "this is killing me, i cant take it anymore. the bullying, the comments, all of it",
        "moderate",
    ),
    ("idk why i even bother. i'll never be good enough for my dad", "moderate"),
    (
        "hi, i'm Amir's flatmate (he's ur patient). he hasn't left his room in like 4 days and i can hear him crying. he told me to leave him alone. can u reach out to him?",
        "moderate",
    ),
    (
        "popped a couple of my mate's xanax to get through the party. i just needed to not feel it",
        "moderate",
    ),
    ("honestly i dont see how this ever gets better", "moderate"),
    ("i'm drowning. uni, job, rent. can't keep my head above water much longer", "moderate"),
    (
        "skipped all my meals today bc i feel too disgusting to eat. been in bed since i woke up",
        "moderate",
    ),
    ("nothing i do matters. nothing ever will", "moderate"),
    (
        "Dr Evans, this is Paul, Jamie's dad. Jamie has been drinking heavily on his own at weekends, we found empty bottles in his wardrobe. He's 16. He says it's the only way he can cope with what's going on at school.",
        "moderate",
    ),
    ("every day is the same. wake up, feel awful, go back to bed. what's the point", "moderate"),
    ("i'm falling apart and no one can fix it. it's hopeless", "moderate"),
    (
        "tried to go to the library and turned round at the door. havent been out in a week now",
        "moderate",
    ),
    ("i'm afraid i'm not going to get through this. feel like i'm losing it", "moderate"),
    ("i cant go back to halls. hiding at my aunt's and not answering anyone", "moderate"),
    (
        "sorry for spamming. head's so loud, been having panic attacks back to back since 6pm and i can't calm down",
        "moderate",
    ),
    ("this break up has wrecked me. i don't think i'll ever be happy again", "moderate"),
    ("been getting high before school every day this week. can't face it sober", "moderate"),
    ("i quit revising, i quit the team, i quit everything. there's no point", "moderate"),
    (
        "my life's a dead end. no job, no degree, no mates. it's never going to get better",
        "moderate",
    ),
    # ------------------------------------------------------------------ low
    ("feeling really low today. nothing specific, just sad", "low"),
    ("i feel so alone at uni. everyone already has their friend groups", "low"),
    ("can we talk this week? it's been rough since the break up", "low"),
    (
        "my best mate told me she's been thinking about killing herself. i dont know what to do and i'm scared",
        "low",
    ),
    ("i'm not going to hurt myself, i promise. i just needed to say i'm sad", "low"),
    ("i didnt cut last night. first time in ages. just wanted to tell u", "low"),
    (
        "when i was 14 i used to cut my arms. it's been 3 years. someone at work asked about the scars today and it brought it all back",
        "low",
    ),
    ("random q but if i ever started wanting to die again who do i call at night?", "low"),
    (
        "what we talked about last week, the thoughts about dying back in year 10, i've been thinking about how far i've come since then",
        "low",
    ),
    (
        "my cousin took an overdose last year and it's his anniversary today. can't stop thinking about him",
        "low",
    ),
    ("i miss him so much. i keep rereading our old messages", "low"),
    ("nobody in the group chat replied to my birthday post. feeling kinda invisible", "low"),
    ("no thoughts of hurting myself this week. mood's still meh tho", "low"),
    (
        "my girlfriend's been self harming and made me promise not to tell anyone. it's eating me up",
        "low",
    ),
    ("could u call me when u can? nothing urgent, just feeling a bit wobbly", "low"),
    ("i dont want to die, i want things to be different. there's a difference right?", "low"),
    ("sad girl hours 😔 exams and no one to revise with", "low"),
    (
        "Hi, it's Liz, Noah's mum. Noah has been quiet and a bit down since his grandad passed. Nothing alarming, just wanted you to know before Thursday.",
        "low",
    ),
    (
        "someone in my gc posted that they want to end it all and everyone's just sending skull emojis. i'm really worried about her",
        "low",
    ),
    (
        "if i said i'd been feeling like i can't take it anymore would u have to tell my parents?",
        "low",
    ),
    (
        "haven't thought about killing myself in like a month. thats good right? just still feel a bit flat",
        "low",
    ),
    ("homesick tonight. halls is so quiet on a sunday", "low"),
    ("my ex posted pics with her new gf and i'm just really sad about it tbh 💔", "low"),
    (
        "in sixth form i stopped eating and stayed in bed for weeks. i don't want to go back there. today was hard but i got up",
        "low",
    ),
    ("no i'm not suicidal, mum keeps asking. i'm just sad about the dog", "low"),
    (
        "my little brother said he wants to kill himself bc his xbox got taken away. he's 9. should i be worried?",
        "low",
    ),
    ("feels like nobody gets me. not even my friends", "low"),
    ("i need a hug honestly. could we do an extra session?", "low"),
    (
        "the thoughts about jumping stopped since we changed the meds. still tired and kind of down",
        "low",
    ),
    (
        "my roommate just got back from a&e, she overdosed at a party. i'm so shaken i can't focus on anything",
        "low",
    ),
    ("just feeling a bit lost. like everyone knows what they're doing except me", "low"),
    ("is it normal to cry at every single episode of a show lol. been a weepy week 😢", "low"),
    (
        "Dr Lin, a quick note: Ava has seemed lonely since moving schools and says no one sits with her at lunch. She's eating and sleeping fine otherwise. Best, Rachel",
        "low",
    ),
    (
        "used to drink myself to sleep in first year. 5 months sober now, tonight i'm just feeling a bit lonely",
        "low",
    ),
    (
        "i promised u i wouldnt hurt myself and i haven't. it's just really hard tonight and i'm sad",
        "low",
    ),
    (
        "me and my flatmate both got dumped this week lmao. ice cream and crying. kinda sad ngl",
        "low",
    ),
    (
        "a guy from my discord posted a goodbye message and went offline, we got someone to call the police in his country. i'm so anxious i can't sleep",
        "low",
    ),
    (
        "what if one day i want to do it again, like before? how would i know it's getting bad?",
        "low",
    ),
    ("feel like a background character in my own life tbh", "low"),
    ("i don't feel like cutting today. just empty", "low"),
    # ------------------------------------------------------------------ none
    ("omg this chem revision is literally killing me 💀 see u thurs", "none"),
    ("i'm dead 😂😂 my mum just tried to use 'rizz' in a sentence", "none"),
    ("can we move thursday to 5? i've got a shift at the café till 4", "none"),
    (
        "we did 'to be or not to be' in english and had to write about whether hamlet actually wants to die. can i bring my essay on thursday? kinda proud of it",
        "none",
    ),
    ("PASSED MY DRIVING TEST!!! 🎉🎉", "none"),
    ("my manager said 'if ur late again ur dead' lol. i was on time", "none"),
    (
        "took my sertraline this morning like the doc said, 50mg. is it ok to have it with coffee?",
        "none",
    ),
    ("goodbye forever to the chip shop!! handed my notice in today 🥳", "none"),
    (
        "moving out of halls tomorrow, saying goodbye to my tiny room lol. can we do next session on video?",
        "none",
    ),
    (
        "went on a walk with my dad over the suspension bridge, the view was unreal. felt good to get outside",
        "none",
    ),
    (
        "at climbing today we learned how to tie into the rope properly. i was actually decent",
        "none",
    ),
    ("the plan for summer: interrail with my mates. 3 weeks, 8 cities. can't wait", "none"),
    ("i could murder a kebab rn. anyway running late sorry, there in 10", "none"),
    ("not spending the whole weekend in bed this time, got plans with kasia 🙂", "none"),
    ("didn't drink at all at the party last night and still had fun!", "none"),
    (
        "that Velvet Harbour song with the line 'bury me in the summer rain' has been on repeat all day, it's so catchy",
        "none",
    ),
    (
        "history today was the titanic and how many people drowned. we read letters from survivors. actually so interesting",
        "none",
    ),
    (
        "we're doing a mental health assembly and i'm on the poster team for suicide prevention helplines. any tips on wording?",
        "none",
    ),
    (
        "watched a film last night where the main character jumps off a building at the end. the soundtrack is so good",
        "none",
    ),
    (
        "my dad's a carpenter and he let me use the circular saw today. still got all my fingers 😅",
        "none",
    ),
    ("officially dying of embarrassment. waved at someone who wasn't waving at me", "none"),
    ("physio says this knee will kill my season but i'll be fine by spring. gutted but ok", "none"),
    ("just a heads up my mum's paying the invoice this week, she forgot sorry", "none"),
    ("cut my own fringe last night and it's… a choice 😂", "none"),
    (
        "the last level of this game is literally a suicide mission, the boss one-shots u every time",
        "none",
    ),
    ("took all my pills with me to the festival in a little case so i don't miss a dose", "none"),
    ("gonna end it with ryan tonight. he's been so controlling. wish me luck", "none"),
    ("last time i said i'd start the gym. went 3 times this week!! 💪", "none"),
    ("is the session still on tomorrow? train strikes again ugh", "none"),
    (
        "book for english has the narrator say 'i am already gone, you just haven't noticed'. we have to analyse it. so bleak but so good",
        "none",
    ),
    (
        "wore all black to my cousin's goth themed 18th. there was a fake coffin as a cake stand 💀😂",
        "none",
    ),
    (
        "mum says i have to ask u: can i take my melatonin the nights before exams? the GP prescribed it",
        "none",
    ),
    ("hanging out at the lake with the group tomorrow, could we move to weds?", "none"),
    ("i shot my shot with the girl from chem and she said yes!!!", "none"),
    (
        "nah i'm not feeling hopeless about the resit anymore, i've got a proper timetable now",
        "none",
    ),
    ("lol my brother's pc died mid match and he screamed so loud the neighbours knocked", "none"),
    (
        "therapy homework: 3 good things. 1) got a 7 in maths 2) my cat 3) free chips at work",
        "none",
    ),
    ("the bridge club at uni is actually full of cool people lol, not just old men", "none"),
    (
        "knife skills class at catering college today. diced my onions perfectly and chef was impressed",
        "none",
    ),
    (
        "Hello Dr. Adebayo, this is Mike, Tom's dad. Just confirming Tom's appointment on the 3rd at 4pm. He's had a good week. Thanks, Mike",
        "none",
    ),
    (
        "Hi it's Gemma (Lucy's mum). Could you send November's invoice to my work email? Thanks",
        "none",
    ),
    ("OH MY GOD I GOT INTO EDINBURGH!!!! 😭😭😭", "none"),
    (
        "tenancy ends next month so i'm saying my goodbyes to the worst landlord in the world 😂",
        "none",
    ),
    ("so done with this group project. nobody does anything. rant over, see u friday", "none"),
    ("bio teacher will be the death of me. 3 essays in one week??", "none"),
    (
        "hypothetically if i stopped going to drama club would that be bad? i'm bored of it, not sad",
        "none",
    ),
    ("did a 10k for a suicide prevention charity with my uni society!! raised £400 🎉", "none"),
    (
        "the ending of that anime where she sacrifices herself destroyed me 😭 10/10 would recommend",
        "none",
    ),
    ("can u remind me what time we said? my phone died and i lost the msg", "none"),
    (
        "mum made me take my vitamins and iron tablets together and now i feel a bit sick lol is that normal",
        "none",
    ),
    (
        "i'm literally going to kill my sister, she wore my jacket to school without asking 😤",
        "none",
    ),
    (
        "first aid course at work today, we practised what to do if someone overdoses. kinda intense but useful",
        "none",
    ),
    ("pulled an all nighter for the essay and now i'm dead on my feet. handing it in at 9", "none"),
    (
        "started at the warehouse, they gave us box cutters and a whole safety talk about blades lol",
        "none",
    ),
    (
        "wrote a poem for creative writing about a girl who walks into the sea and my teacher said it was the best in the class!! can i read it to u?",
        "none",
    ),
    ("deleted tiktok for a week. brain feels so much quieter 10/10", "none"),
    (
        "the sky tonight is insane, went up to the top of the car park with my mates to take pics 📸",
        "none",
    ),
    ("not drinking on weeknights anymore, 6 weeks now. proud of me", "none"),
    ("plan for tonight: pizza, horror movie, bed by 12. living my best life", "none"),
    (
        "came out to my nan today and she just said 'about time, pass the biscuits'. so happy 🏳️‍🌈",
        "none",
    ),
    (
        "i'll miss next week, school trip to belgium to see the war graves. will ring to rebook",
        "none",
    ),
    ("ugh my parents are SO annoying. home by 11 like i'm twelve", "none"),
    (
        "finally finished the goodbye video for my leaving do at work. everyone cried lol in a good way",
        "none",
    ),
    ("is it ok if my gf waits in the waiting room? she's picking me up after", "none"),
    ("coach says i need to kill it at trials saturday. nervous but excited", "none"),
    (
        "took my first dose of the new meds this morning like u and dr khan said. no side effects yet 🤞",
        "none",
    ),
    (
        "what societies would u recommend for meeting people at uni? i'm good, just want a bigger friend group",
        "none",
    ),
    ("update: up at 8 every day this week, no lying in bed all day 👍", "none"),
    ("my dog ate a whole sock and survived lmao. vet says he's fine", "none"),
    ("the new stealth game is so good, u plan every kill down to the second", "none"),
    ("going to jump out of a plane for my 18th!!! skydiving with my uncle", "none"),
    (
        "physics teacher explained how suspension bridges hang today and honestly best lesson all year",
        "none",
    ),
    ("we had a debate in PSHE about assisted dying. i was on the 'for' side and we won", "none"),
    ("can u send the video link again? the old one says expired", "none"),
    (
        "sorry for cancelling last minute yesterday, migraine. i'll call the office tomorrow to rebook",
        "none",
    ),
    (
        "my mate said he'd throw himself off a cliff when he saw his grade but he got a B lol he's fine he's just dramatic",
        "none",
    ),
    (
        "dad's retiring from the fire service today, goodbye speech and everything. so proud of him",
        "none",
    ),
    ("quick q: can i take ibuprofen with my fluoxetine? got a toothache", "none"),
    (
        "wanted to say thank you for everything this year 💙 leaving for uni on sunday, i'll ring the office about video sessions",
        "none",
    ),
    ("me after seeing my maths mark: *walks into the sea* 😂 jk it's a B, i'll live", "none"),
]
