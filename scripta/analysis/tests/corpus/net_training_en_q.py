"""Training-only messages for the learned risk net (bench/train_risk_net.py), author Q.

Young people (13-25) and parents of teenagers writing inside an ongoing therapy, by SMS, WhatsApp, voice-to-text and emoji-heavy texts;
US, Canadian, Australian, Indian and Nigerian English voices, with social-media slang, abbreviations, voice-to-text errors and typos.

Written fresh on 2026-11-28 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
299 messages: none 80, low 40, moderate 40, high 69, imminent 70 (one high message dropped: its text was
already a training message of author D).
"""

ROWS: list[tuple[str, str]] = [
    (
        "hey its Maya, running like 10 min late, bus driver is literally crawling 🐌",
        "none",
    ),
    ("This chem homework is killing me fr 💀 anyway can we push tmrw to 5?", "none"),
    ("I'm dead 😂😂 my mom just tried to use the word 'rizz' at dinner", "none"),
    (
        "Mam good morning, Aarav's session on Saturday, we are coming by Ola, kindly share the exact address once more. His father will also join.",
        "none",
    ),
    (
        "Good evening ma. Please is the session still holding on Tuesday? NEPA took light and my phone nearly died, just seeing your message now. Regards, Mrs Adeyemi (Tobi's mum)",
        "none",
    ),
    (
        "my sister said she's gonna murder me if i borrow her hoodie again lmaoo. anyway confirmed for thurs",
        "none",
    ),
    (
        "drama club is doing a play where my character screams 'I'd rather die than marry him' lol 😂 rehearsals all week so can I do zoom instead?",
        "none",
    ),
    (
        "Watched a doc on the opioid crisis for health class, kinda wild. Also I got a B+ on the essay!! 🎉",
        "none",
    ),
    (
        "bro my phone screen is cracked so if I text weird thats why. see u monday",
        "none",
    ),
    ("omw!! traffic on the 401 is dead stopped tho 😤 might be 5 late", "none"),
    (
        "G'day, it's Liam. Footy training got moved so I can't do Wednesday arvo, any chance of Thursday? Cheers",
        "none",
    ),
    (
        "That exam absolutely slaughtered me lol but I think I passed?? we'll see 🤞",
        "none",
    ),
    (
        "Dad here, Rohan forgot his jacket in your waiting room, blue North Face, can we pick it up tomorrow?",
        "none",
    ),
    ("lowkey dying to tell u about the internship thing, I GOT IT 😭😭🎉", "none"),
    (
        "Ma'am I am not able to pay by UPI today, server issue. Will transfer tomorrow morning without fail. Sunita (Ishaan's mother)",
        "none",
    ),
    (
        "ok so I finally did the breathing thing before my presentation and it actually kinda worked?? no panic at all 👍",
        "none",
    ),
    (
        "Update: didn't spend the weekend in bed this time, went to the market with my cousins instead 🙌",
        "none",
    ),
    (
        "Haven't had a drink in 3 weeks now btw, not even at Dami's party. just thought u should know ✌️",
        "none",
    ),
    (
        "my bf is being so dramatic, says he'll 'literally perish' if I don't watch the new Marvel with him tonight 🙄",
        "none",
    ),
    (
        "Please can we do the video call at 6 instead of 5, my data is almost finished and I need to buy at the junction first",
        "none",
    ),
    (
        "I could murder a plate of jollof right now. anyway the form is signed, I'll bring it Thursday",
        "none",
    ),
    (
        "We watched Dead Poets Society in English class and I actually cried lol, it was good tho. Anyways see you tmr",
        "none",
    ),
    (
        "my friend's hamster died and we had a little funeral in her backyard with a shoebox, kinda sweet honestly 🐹",
        "none",
    ),
    ("Yo the link isn't working, it says meeting ID invalid?? 🤔", "none"),
    (
        "My mom is gonna kill me when she sees this report card lol (it's actually fine, just a C in French)",
        "none",
    ),
    (
        "Hi, Priya's mum here. She has her board exams from the 14th so we'd like to pause sessions for two weeks and restart after. Thank you!",
        "none",
    ),
    (
        "last month I was kinda sad about the breakup but honestly im good now, we're even friends again lol",
        "none",
    ),
    (
        "Gonna be at my grandma's in Abuja over Christmas, can we do sessions by WhatsApp video? network there is ok",
        "none",
    ),
    ("I'm so dead, forgot it was picture day and wore my ugliest shirt 💀💀", "none"),
    (
        "can u send the invoice again for my dad's insurance, he says the other one had the wrong date",
        "none",
    ),
    (
        "we're reading Romeo and Juliet rn and ngl the poison scene is kinda dumb, like just text her bro 😭",
        "none",
    ),
    (
        "Shoot, I double booked. Is there any slot next week b4 3pm? school lets out early Wed",
        "none",
    ),
    (
        "Hey Dr. K, Ethan's dad. Just confirming he's got the ADHD med refill sorted, pharmacy had it ready. See you Thursday.",
        "none",
    ),
    (
        "Lol my coach said 'drop that ball again and I'll end you' 😂 we won tho!! 3-1",
        "none",
    ),
    (
        "tried the journaling thing, wrote 3 pages about how annoying my brother is. therapeutic af honestly 😂",
        "none",
    ),
    (
        "we're binging Dead to Me this weekend so I'm def not free Sat at 2 lol, sunday?",
        "none",
    ),
    (
        "My cousin's band is called Overdose on Sunshine 😂 worst name ever, I'm going to their gig Sat so need to swap days",
        "none",
    ),
    ("Abeg I no fit come tomorrow, exam dey for school. Friday dey okay? 🙏", "none"),
    (
        "Sir one doubt, the worksheet you gave, should I fill it daily or only on days I feel anxious? Just asking.",
        "none",
    ),
    (
        "Heaps keen for next week, the uni footy final was unreal, we smashed em 🏉",
        "none",
    ),
    (
        "my nan used to say 'you'll be the death of me' every time I jumped off the shed lol, she said it again today at lunch 😂",
        "none",
    ),
    (
        "ngl thought I'd be a wreck after the results but I'm actually fine? weird. not stressed at all",
        "none",
    ),
    (
        "Hey Ms. Chen, it's Zoe's mum. Zoe got into the regional swim team! She asked me to tell you 😊",
        "none",
    ),
    (
        "The pharmacy says they need a new prescription for the sertraline, can you send it to Shoppers on King St?",
        "none",
    ),
    ("bruh I just got sniped in Fortnite by a 9 year old, I'm retiring 😂", "none"),
    (
        "Running late again sorry, stuck behind a cement truck on Lagos-Ibadan expressway 😩",
        "none",
    ),
    (
        "Jayden in my group project is gonna be the death of me fr. anyway did u get my email about the form?",
        "none",
    ),
    (
        "My brother's Insta bio literally says 'dead inside but caffeinated' 😂 he's 14, he thinks he's deep",
        "none",
    ),
    (
        "sooo I tried the app you recommended, the sleep stories are lowkey good. slept like a rock 😴",
        "none",
    ),
    (
        "Ma'am Rhea's school trip is on the 22nd, she will miss that session. Can she come on 23rd evening?",
        "none",
    ),
    (
        "can we do audio only today? my room is a disaster and my little brother keeps barging in",
        "none",
    ),
    ("Just fyi, my phone got stolen so this is my new number. Same Jess 😅", "none"),
    (
        "We read Do Not Go Gentle in class, the rage against the dying of the light one, my teacher got teary lol. my essay on it got an A-",
        "none",
    ),
    ("I was NOT built for 6am swim practice, I'm a corpse rn 🧟‍♀️ see u at 4", "none"),
    (
        "hey sorry voice text cuz I'm driving lol can we do the session at for thirty instead of for my shift went long",
        "none",
    ),
    (
        "News said there was a big crash on the QEW, my dad's fine, just gonna be late dropping me off",
        "none",
    ),
    (
        "ok I have a crazy story for next session, someone got caught vaping in the bathroom by the principal 😂",
        "none",
    ),
    (
        "I used to feel kinda lonely at the new school but honestly I have a whole squad now 🥹",
        "none",
    ),
    ("Please ignore my last message, it was meant for my mum 😳", "none"),
    ("Sorry is there parking at your new office or should we take the LRT?", "none"),
    (
        "Hello, I am Tunde's father. The receipt for October, please can you issue it in my name for reimbursement. Thank you.",
        "none",
    ),
    ("we watched Inside Out 2 and Anxiety was literally me lol 😭 10/10", "none"),
    ("I nearly died laughing when the sub teacher fell off his chair 😂😂", "none"),
    (
        "Hey! Can u fill the school counsellor form? They need it by Fri. I'll bring it in",
        "none",
    ),
    (
        "my mom says I'm 'killing her' with my 2am TikTok noise lol, so headphones now",
        "none",
    ),
    (
        "Quick q, is it ok to take the melatonin with the allergy tablets? the pharmacist said ask you",
        "none",
    ),
    (
        "We're moving houses this weekend, absolute chaos, boxes everywhere 📦 next week same time?",
        "none",
    ),
    ("Got my L's today!!! 🚗🎉 mum was so stressed lol", "none"),
    ("I'm cooked 💀 forgot my PE kit AGAIN. anyways session still on right?", "none"),
    (
        "can't get I Don't Wanna Live Forever out of my head, it was playing in every shop at the mall 😂",
        "none",
    ),
    (
        "The video in bio was about heroin and the brain, sooo gross. Bio test tomorrow, wish me luck",
        "none",
    ),
    (
        "Good afternoon doctor, kindly note Ananya's new school timing is 8 to 3:30 so 4pm slot is best. Thanks and regards",
        "none",
    ),
    (
        "it's 30 degrees and the aircon broke, I'm literally melting, dying, deceased 🥵",
        "none",
    ),
    ("not sure if u saw but I passed my driving test 2nd try!!! 😎", "none"),
    (
        "can my mum sit in for the first 10 min next time? she wants to ask about the school letter",
        "none",
    ),
    (
        "My dog ate my retainer. $400. my dad is gonna bury me in the backyard lol",
        "none",
    ),
    (
        "I've been going to bed at 11 every night like we said, no doom scrolling. proud of me ngl",
        "none",
    ),
    (
        "Heyy, zoom or in person this week? I'm fine either way, just need to know for the bus",
        "none",
    ),
    (
        "The play's last line is 'and so she walked into the river and was gone' and I have to say it without laughing 😭 opening night is fri!",
        "none",
    ),
    ("Na wa o, this traffic wan kill me 😂 I dey come, 15 mins", "none"),
    ("feeling kinda meh today, idk. nothing happened, just sad 😔", "low"),
    (
        "can we talk b4 thursday? had a rough day with my dad and I just need to vent",
        "low",
    ),
    (
        "my best friend told me she's been cutting again and I don't know what to do, she made me promise not to tell 😟",
        "low",
    ),
    ("no one sat with me at lunch again. whatever I guess 🙃", "low"),
    (
        "just so ur not worried, I'm not gonna hurt myself or anything, I'm just really upset about the grades",
        "low",
    ),
    (
        "back in grade 9 I basically didn't leave my room for a month, weird to think about now",
        "low",
    ),
    (
        "when I was 14 I used to cut on my thighs, never told anyone that before. I'm ok now, just wanted you to know",
        "low",
    ),
    (
        "random q but if I ever felt like I couldn't take it anymore like at 3am, who am I supposed to call? just wanna have it saved",
        "low",
    ),
    (
        "Hi, it's Deepa, Arjun's mum. He's been a bit low since the cricket selection, quieter than usual. Nothing alarming, just letting you know.",
        "low",
    ),
    (
        "homesick af. first semester in Toronto and the cold + no one here knows me 🥶😢",
        "low",
    ),
    (
        "my cousin OD'd last weekend, he's in hospital, they think he'll be ok. I'm just shaken tbh",
        "low",
    ),
    ("i miss my grandpa so much today. it's his birthday 💔", "low"),
    ("I didn't cut last night. wanted to tell u. it was hard but I didn't", "low"),
    (
        "Pls can you call me when you're free? Not an emergency, I just feel really off and want to hear a calm voice",
        "low",
    ),
    (
        "feeling lowkey invisible in my friend group lately. like they'd notice if I left the chat but not rlly care",
        "low",
    ),
    (
        "Good evening aunty, I just dey feel somehow today. My mind no settle. Nothing serious sha 😞",
        "low",
    ),
    (
        "my bf said if I break up with him he'll kill himself. I don't think he means it but it's scaring me",
        "low",
    ),
    (
        "been thinking about what we discussed last time, the stuff from first year when I was drinking every night. feels so far away now but also not?",
        "low",
    ),
    ("sad girl hours 🌧️ phoebe bridgers on repeat and staring at the ceiling", "low"),
    (
        "Mrs. Okafor here. Chidi came home from school and cried in his room, he won't say why. Maybe you can check on him at Thursday's session.",
        "low",
    ),
    (
        "I know I said I was fine but honestly I'm kinda not. just sad a lot lately",
        "low",
    ),
    ("nobody texted me on my birthday except my mom and the dentist 🙂", "low"),
    (
        "Sir I am feeling very down since results came. Papa is not talking to me properly. Can we have one extra session this week please?",
        "low",
    ),
    ("not suicidal or anything dw 😅 just really really tired of school", "low"),
    (
        "my friend posted something really dark on her close friends story, like goodbye vibes. I messaged her and her mom. I'm freaking out a bit",
        "low",
    ),
    ("I wish I had someone to talk to who isn't paid to listen lol. no offence", "low"),
    (
        "can u send me that grounding thing again? feeling shaky and teary after the fight with my sister",
        "low",
    ),
    (
        "moved to Perth and I don't know a single person here 😞 uni starts monday",
        "low",
    ),
    (
        "Hi, it's Jenna's dad. She seems lonely since the move, sitting by herself at recess according to her teacher. Just wanted you to have that before next session.",
        "low",
    ),
    (
        "what happens if I tell you I've had thoughts of hurting myself? like would you have to call my parents? asking hypothetically",
        "low",
    ),
    (
        "breakup hit different today. ate ice cream and watched gilmore girls and cried lol 😭",
        "low",
    ),
    (
        "I'm okay, no thoughts of ending anything, but I'm really sad and I'd like to talk sooner than next week if possible",
        "low",
    ),
    (
        "it's been a year since I stopped self-harming 🥲 kinda emotional about it",
        "low",
    ),
    (
        "my mom has been crying in her room every night since the divorce and I don't know how to help her",
        "low",
    ),
    ("feel like a ghost in my own house lately, everyone's busy with the baby", "low"),
    ("Yo can I call u? Not a crisis, just lonely and weird tonight", "low"),
    (
        "bit flat today, not gonna lie. footy loss plus my mate moving to Brissie. anyway.",
        "low",
    ),
    (
        "Ma'am small request, can you message Sneha once before her exam tomorrow? She's nervous and a bit teary, your words help her.",
        "low",
    ),
    (
        "my teacher told us about a student at her old school who died by suicide and now everyone's being weird and quiet. it's a lot",
        "low",
    ),
    (
        "i'm not gonna do anything stupid, promise. just need to sleep on it and talk to you tmrw",
        "low",
    ),
    (
        "whats even the point of anything anymore. school, friends, all of it. nothing changes",
        "moderate",
    ),
    ("I can't do this anymore fr. every day is the same garbage 😩", "moderate"),
    ("been in bed since friday. haven't showered. phone on dnd", "moderate"),
    (
        "smoked a lot last night just to stop thinking. kinda doing that every night now ngl",
        "moderate",
    ),
    (
        "I'm having a panic attack rn and it won't stop, my hands are numb and I can't breathe properly 😰😰",
        "moderate",
    ),
    (
        "Hello, this is Kunle, Ife's father. She has not left her room for three days, she's not eating with us. We are worried.",
        "moderate",
    ),
    (
        "tbh I don't think I'm gonna make it through this semester. like mentally. idk",
        "moderate",
    ),
    (
        "honestly at the end of my rope with my mom. nothing I do is ever enough, it's never gonna change",
        "moderate",
    ),
    (
        "had like 5 shots alone in my dorm before bed, it's the only way I can sleep lately",
        "moderate",
    ),
    ("skipped school all week. just can't face it. mom thinks I'm sick", "moderate"),
    (
        "Mam I cannot take this pressure anymore. Every day tuition, coaching, tests. Nothing will change till JEE is over and maybe not even then.",
        "moderate",
    ),
    ("whats the point of trying when everything I touch goes wrong 🙃", "moderate"),
    (
        "can't stop shaking, heart going crazy, I'm in the school bathroom, I can't go back to class 😭😭",
        "moderate",
    ),
    (
        "Hi, Marcus's mum. I found vodka bottles under his bed and he admitted he drinks when he's anxious. He's 16. What do I do?",
        "moderate",
    ),
    (
        "nothing's ever gonna get better is it. I keep thinking it will and it just doesn't",
        "moderate",
    ),
    ("Day 4 of not leaving the house. curtains shut. I just can't", "moderate"),
    ("I'm so done. done done. I can't keep living like this", "moderate"),
    (
        "Aunty I no fit cope again o. Everything dey scatter and e no go better 😞",
        "moderate",
    ),
    (
        "mixed my mom's xanax with a couple beers to calm down, it helped. don't judge",
        "moderate",
    ),
    ("I feel like I'm drowning and nothing I do makes the water go down", "moderate"),
    (
        "mate I'm cooked. not the funny way. can't see any way out of this uni debt, it's never ending",
        "moderate",
    ),
    (
        "stayed in bed the whole day again. didn't even eat. just scrolled til 4am",
        "moderate",
    ),
    (
        "She's stopped going to school since Monday and just sleeps. She says nothing will ever get better. I'm at a loss. Anjali (Meera's mum)",
        "moderate",
    ),
    (
        "Everything is pointless. I'm failing, my friends are over me, my parents are over me. Nothing's gonna fix it.",
        "moderate",
    ),
    (
        "vaping like every 10 min now bc it's the only thing that calms me down lol 😬",
        "moderate",
    ),
    (
        "sorry voice text I can't type my hands are shaking so bad I can't breed I don't know what's happening I think it's a panic attack",
        "moderate",
    ),
    (
        "I'm scared I won't make it thru finals. not like dramatic, just like my brain is gonna snap",
        "moderate",
    ),
    (
        "didn't go to work, didn't go to class, haven't answered anyone in 2 days. don't really care",
        "moderate",
    ),
    (
        "no future for me in this town. it's the same for everyone here. what's the point in even applying",
        "moderate",
    ),
    ("got high before school every day this week just to get through it", "moderate"),
    ("i literally cant anymore 😭😭😭 everything is too much", "moderate"),
    (
        "Hi Dr. Patel, it's Lisa, Noah's mom. Noah hasn't gotten out of bed since Saturday except to use the bathroom. He's missed two days of school. Should we come in sooner?",
        "moderate",
    ),
    (
        "Drank the rest of the wine after everyone left. Third night in a row. It's the only off switch I have.",
        "moderate",
    ),
    ("feel like I'm stuck in a hole I'm never climbing out of", "moderate"),
    (
        "I am not able to go to college since last week, just lying in room. Roommates are asking but I don't feel like telling anything.",
        "moderate",
    ),
    (
        "panic attack on the train, had to get off at Central and sit on the floor for 20 min. still can't calm down",
        "moderate",
    ),
    ("every day I wake up and think ugh, again. nothing I do matters", "moderate"),
    (
        "I'm at breaking point with everything, not sleeping, not eating, I just can't cope",
        "moderate",
    ),
    (
        "Good morning ma. Please Damilola has been locking herself in her room since Friday, not eating, not going to school. She said she's tired of everything. Please what should we do?",
        "moderate",
    ),
    (
        "lol my life is a dumpster fire and it's never gonna stop burning 🔥🙂",
        "moderate",
    ),
    (
        "ngl I kinda hope I just don't wake up tmrw. not gonna do anything, it would just be easier",
        "high",
    ),
    ("everyone would be way less stressed if I wasn't around tbh", "high"),
    ("cut again last night. not deep. just needed to feel something", "high"),
    ("been googling stuff I shouldn't be googling. like how many of what", "high"),
    ("sometimes when I cross the road I kinda hope a car doesn't stop", "high"),
    (
        "Hi, it's Carla (Ava's mom). Her school counsellor called, Ava wrote in her journal that she wants to disappear forever and not be here anymore. Can you see her this week?",
        "high",
    ),
    ("I keep thinking about the bridge near school. like just thinking. idk", "high"),
    ("unalive thoughts are loud today 🫠", "high"),
    (
        "burned my arm with a lighter, it's fine, it's small. I just couldn't stop thinking about doing it",
        "high",
    ),
    ("tired of being alive honestly. not in a dramatic way, just tired", "high"),
    (
        "if I died tomorrow I don't think anyone would care that much. kinda a peaceful thought",
        "high",
    ),
    (
        "Mam I am feeling like what is the use of living. Everyone would be better without me, I am only burden to my parents",
        "high",
    ),
    (
        "wrote a letter to my sister, just in case. not planning anything but I wanted it written",
        "high",
    ),
    ("I want to sleep forever. like actually forever", "high"),
    ("Aunty sometimes I just feel make I die rest. Everything don too much 😔", "high"),
    ("the urge to cut is so bad rn, I'm literally sitting on my hands", "high"),
    ("don't see myself making it to 18 tbh. never have", "high"),
    (
        "scratched my wrists until they bled in the bathroom at school. it's not that bad",
        "high",
    ),
    (
        "Hi Dr. Singh, Kabir's father. We found marks on his forearms yesterday, he says the cat did it but they are straight lines. Please advise.",
        "high",
    ),
    (
        "what's the point of being here if I'm just gonna keep messing everything up",
        "high",
    ),
    (
        "been thinking the meds in the cabinet would be enough. not doing anything. it just keeps popping in my head",
        "high",
    ),
    ("I'm so tired of waking up 😞", "high"),
    ("lowkey wish i could just not exist for a while. or ever", "high"),
    (
        "I looked up how tall the parking garage at the mall is. I don't know why I'm telling u",
        "high",
    ),
    (
        "Imagined my funeral again last night. who'd come. felt kinda relieved honestly",
        "high",
    ),
    (
        "reckon everyone'd be better off if I just wasn't around. sorry for the downer text",
        "high",
    ),
    ("I hope the plane goes down on the way to my dad's. is that messed up", "high"),
    (
        "Hi it's Emeka's mum. He told his younger sister he wants to die. He's refusing to talk to us. Please help.",
        "high",
    ),
    ("I relapsed. used the sharpener blade. 6 lines. I'm sorry", "high"),
    ("would it even matter if I was gone", "high"),
    (
        "keep having these thoughts about ending it. not gonna act on them. but they're there all day",
        "high",
    ),
    (
        "hit my head against the wall till it bruised last night. I do it when it gets loud in my head",
        "high",
    ),
    (
        "feel like a burden to literally everyone. my mom would have one less problem",
        "high",
    ),
    (
        "dream about not waking up every single night and honestly it's the best part of my day",
        "high",
    ),
    (
        "I don't want to be alive anymore. I'm not gonna do anything tonight but I needed to say it to someone",
        "high",
    ),
    ("sometimes I stand on the balcony and think about how easy it'd be", "high"),
    ("bruh I'm so over existing. like genuinely. not a joke this time 💀", "high"),
    (
        "Doctor, Tanvi has written in her notebook 'I want to die, no one understands me'. We found it today. She is in school now. Please tell what to do.",
        "high",
    ),
    (
        "punched the mirror on purpose. hands all cut up. it felt good which is the scary part",
        "high",
    ),
    (
        "starting to think everyone's life would be easier without me in it. my little bro would finally get the attention",
        "high",
    ),
    ("searched 'painless ways' at 2am and then deleted my history", "high"),
    ("I keep wishing I'd get sick with something and just... go", "high"),
    ("ngl the idea of dying doesn't scare me anymore. kinda the opposite", "high"),
    (
        "Hi, it's Rachel, Sophie's mum. Sophie has been scratching her legs raw and pulling her hair out. She told me she does it to punish herself.",
        "high",
    ),
    (
        "There's no place for me in this world. I'd rather be dead than keep going like this",
        "high",
    ),
    ("I'd rather not be here. I know that's a lot to text", "high"),
    (
        "Omo I'm just tired. sometimes I wish say I no wake up for morning. Nothing dey for me here",
        "high",
    ),
    (
        "been holding ice cubes until it burns and it's not enough anymore. want to cut so bad",
        "high",
    ),
    (
        "thinking about how I'd do it is like background noise now. I'm not gonna, I just think it",
        "high",
    ),
    (
        "ppl keep saying it gets better. I don't see myself sticking around long enough to find out",
        "high",
    ),
    ("if a bus hit me tomorrow, honestly, fine", "high"),
    (
        "scrolled the reddit where people talk about ending it. for like 3 hours. felt weirdly at home",
        "high",
    ),
    ("i carved his initials on my leg. i know. i know.", "high"),
    (
        "Hello, Tyler's dad here. Tyler said at dinner that he doesn't see himself being around by summer, then laughed it off. His mother and I aren't sure how seriously to take it.",
        "high",
    ),
    ("sometimes I think the world would be a bit lighter without me in it", "high"),
    (
        "I wish I was never born. every day I wish that, and lately I wish I could just stop",
        "high",
    ),
    ("bit my arm till it bled during the exam, nobody noticed", "high"),
    (
        "honestly wouldn't mind if I just didn't wake up, mate. been feeling that way for a fortnight",
        "high",
    ),
    (
        "I think about jumping in front of the train every morning on the platform. I step back. but I think it",
        "high",
    ),
    (
        "told my friend I'd be better off dead and she laughed bc she thought I was joking. I wasn't",
        "high",
    ),
    (
        "Ma'am last night I took the blade from papa's razor and made some cuts on my hand. Not deep. I cleaned it. I didn't tell anyone.",
        "high",
    ),
    ("I want to go to sleep and stay asleep 🌙", "high"),
    (
        "wondering how long it would take for someone to notice if I was gone. like actually gone",
        "high",
    ),
    ("I'm so done with life. Not planning anything. Just done", "high"),
    (
        "looked up how many of my sertraline would be too many. not going to do it. I just wanted to know",
        "high",
    ),
    (
        "The thought of not existing is so comforting lately and that scares me a bit",
        "high",
    ),
    (
        "Hi, Grace here (Ella's mum). Ella's self-harming again, I saw fresh marks on her thighs this morning. She's at school now, seems calm.",
        "high",
    ),
    (
        "I keep having these thoughts that I'd be better off dead and I don't know how to turn them off please can we talk",
        "high",
    ),
    (
        "life's just not worth it anymore is it. I'm not even sad, I'm just finished",
        "high",
    ),
    (
        "took all my pills like 20 min ago. I just wanted you to know it's not your fault",
        "imminent",
    ),
    ("I've got the rope. tonight after everyone's asleep.", "imminent"),
    ("thanks for trying with me. really. this is the last message, bye 💙", "imminent"),
    (
        "I swallowed the whole strip of my mom's sleeping tablets. feeling weird and heavy",
        "imminent",
    ),
    ("I'm on the bridge. I just wanted to say thank you for everything", "imminent"),
    (
        "been saving my meds for 2 weeks. I have enough now. doing it saturday when my parents are at the wedding",
        "imminent",
    ),
    (
        "PLEASE CALL ME. Kai took a bottle of Tylenol, he told me an hour ago, we're in the car to SickKids now",
        "imminent",
    ),
    ("cut too deep, it won't stop bleeding, I don't know what to do 😭", "imminent"),
    ("this is goodbye. gave my cat to my neighbour. don't try to find me", "imminent"),
    ("I'm done. I'm going to do it tonight. I'm sorry", "imminent"),
    (
        "Mam I have decided. Tonight after result comes I will end it. Please tell my parents I am sorry.",
        "imminent",
    ),
    (
        "Aunty thank you for everything. I don tire. By tomorrow I no go dey again. Greet my mummy for me 🙏",
        "imminent",
    ),
    (
        "drank some of the bleach under the sink... i think a lot. my throat is burning",
        "imminent",
    ),
    (
        "I'm sitting on the roof of my building. I'm not coming down this time",
        "imminent",
    ),
    (
        "wrote notes for everyone. they're on my desk. going to the train tracks after school",
        "imminent",
    ),
    (
        "I took the whole thing of Advil and some of my dad's pills I don't know what they are I'm scared I'm sorry",
        "imminent",
    ),
    (
        "Hi this is Funmi, Tolu's mum. Tolu just told me she swallowed rat poison this afternoon. We are going to the General Hospital now. Please pray for us.",
        "imminent",
    ),
    (
        "I gave away all my stuff today. my brother got my PS5. felt weirdly good. see you never I guess ✌️",
        "imminent",
    ),
    (
        "bought the pills today. 3 boxes from 3 different chemists so they wouldn't ask. tonight.",
        "imminent",
    ),
    (
        "I'm in the garage with the car running. I just wanted someone to know",
        "imminent",
    ),
    ("pls don't be mad. I already took them. I'm lying down now", "imminent"),
    (
        "gonna walk into the surf at Bondi tonight and just keep going. ta for trying",
        "imminent",
    ),
    ("tonight's the night. everything's ready. I'm weirdly calm", "imminent"),
    (
        "URGENT it's Jason, Mia's dad. She locked herself in the bathroom with a knife and says she's going to do it. We've called 911. Please call me.",
        "imminent",
    ),
    (
        "I deleted all my socials and put my passwords in a note for my sister. I'm going tonight when the house is quiet",
        "imminent",
    ),
    (
        "the pills are lined up on my bed. I counted 40. just waiting for mum to leave for her shift",
        "imminent",
    ),
    (
        "sorry for wasting ur time all these months. u were good to me. goodbye",
        "imminent",
    ),
    (
        "I'm at the edge of the cliff at the lookout, it's really pretty up here. last sunset",
        "imminent",
    ),
    ("it's already done. I took everything in the med box. I feel sleepy", "imminent"),
    (
        "writing this from the bathroom floor. I cut my wrist properly this time. there's so much",
        "imminent",
    ),
    (
        "Doctor please call immediately, Aditya has consumed some tablets, maybe 15-20 of his medicine. He is vomiting. We are taking him to Apollo.",
        "imminent",
    ),
    (
        "I know where I'm gonna do it and when. friday. the quarry. I just wanted to be honest with you for once",
        "imminent",
    ),
    (
        "I don buy the sniper. Tonight I go drink am. Sorry for everything ma.",
        "imminent",
    ),
    ("hey. I'm taking the pills now. thanks for being nice to me", "imminent"),
    (
        "I won't be at thursday's session. or any session. I've made up my mind and I'm at peace with it",
        "imminent",
    ),
    (
        "Im standing at the train platform and the next one comes in 4 min. I'm not scared anymore",
        "imminent",
    ),
    (
        "my dad's gun is in the closet and I know the code. I'm doing it when they leave for church",
        "imminent",
    ),
    (
        "took like 30 of my gabapentin an hour ago. can't feel my legs properly. idk why im texting u",
        "imminent",
    ),
    (
        "love you mum. tell Jaz I'm sorry. (sending this to you not mum, so you can tell her after)",
        "imminent",
    ),
    (
        "It's Karen, Owen's mom. Owen texted his friend 'see you on the other side' and he's not answering his phone, his car is gone. Police are looking. I'm terrified",
        "imminent",
    ),
    (
        "Im going to jump. im on the overpass above the 401. i cant do this anymore",
        "imminent",
    ),
    (
        "Tied it already. Just sitting here. I wanted to say bye to someone who'd understand",
        "imminent",
    ),
    (
        "swallowed the rest of my lithium with vodka. pls dont call my parents",
        "imminent",
    ),
    (
        "Thank u for everything u did for me. I mean it. Pls don't blame urself. Goodnight forever 🌌",
        "imminent",
    ),
    (
        "I've decided. It's gonna be this weekend while my roommate's in Ottawa. I have everything I need.",
        "imminent",
    ),
    (
        "I'm sorry I lied about being ok. I have the blade in my hand and I'm not stopping this time",
        "imminent",
    ),
    (
        "got the tablets from my nan's cupboard, there's heaps. gonna take them after tea",
        "imminent",
    ),
    ("bleeding a lot more than usual. can't get it to stop. feel dizzy", "imminent"),
    (
        "Mam please don't feel bad when you hear. You tried the most. Tonight itself I will go.",
        "imminent",
    ),
    (
        "i posted my goodbye on close friends. phone's going off after this. thank you for trying",
        "imminent",
    ),
    ("walking to the river now. it's cold. I'm ok with that", "imminent"),
    (
        "I'm not gonna be here tomorrow so don't worry about the appointment okay I'm okay with it I'm really okay",
        "imminent",
    ),
    (
        "Good evening doctor, please come urgently, Chinedu drank something from the garage, he is foaming, we are going to LUTH now. God help us",
        "imminent",
    ),
    (
        "I'm at a hotel. nobody knows I'm here. I brought all the pills from home. I just wanted to tell one person",
        "imminent",
    ),
    (
        "this is my last week. I'm just finishing up stuff. don't make it weird at the session thx",
        "imminent",
    ),
    (
        "the note's in my backpack front pocket. I'm leaving school early today and not going home",
        "imminent",
    ),
    (
        "took a bunch of my antidepressants at lunch. like a lot. in the bathroom stall now",
        "imminent",
    ),
    (
        "I'm gonna end it. not a cry for help. just telling you because you asked me to tell you",
        "imminent",
    ),
    (
        "I mixed all the stuff in the cabinet and drank it. it tasted awful lol. bye",
        "imminent",
    ),
    (
        "Dr. Mehta, Riya's mother here. Riya left a letter saying goodbye and her scooty is missing. She's not picking up. We have informed police. Please help.",
        "imminent",
    ),
    (
        "Decided on the date. Sunday, after my sister's graduation, so I don't ruin it for her",
        "imminent",
    ),
    (
        "took 2 sheets of the paracetamol. waiting. I feel ok actually which is weird",
        "imminent",
    ),
    (
        "I'm in the bath with the razor. I wanted to hear from someone but I don't think I can wait",
        "imminent",
    ),
    (
        "holding the pills right now. counting them again. 52. that's enough right",
        "imminent",
    ),
    (
        "Sorry to dump this on you but I'm going through with it tonight, I've written everything down for the police",
        "imminent",
    ),
    (
        "Hi it's Amara, Jide's mum. Jide sent his group chat 'bye guys it was fun' and he's not in his room. His window is open. Please call me.",
        "imminent",
    ),
    (
        "I'm done fighting. car keys are in my hand and I know which tree. thanks for everything",
        "imminent",
    ),
    ("it's done, all of them, every last one. please don't call anyone 💔", "imminent"),
    ("this time tomorrow I won't exist. I've never been surer of anything", "imminent"),
    (
        "I'm on the 14th floor balcony with my legs over the rail. I can't feel anything",
        "imminent",
    ),
]
