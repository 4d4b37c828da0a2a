"""Training-only messages for the learned risk net (bench/train_risk_net.py), author N.

Second-language writers of English living in the UK, Ireland and the US (Polish, Romanian, Nigerian, Filipino, Pakistani,
Brazilian, Ukrainian), gig and night-shift workers, new fathers, men who minimise feelings with sport, gym, work or military
metaphors; voice-to-text errors, messages sent as several short bubbles joined by line breaks, risk mixed with logistics
(rescheduling, invoices, forms).

Written fresh on 2026-11-27 by an author who read only GUIDELINES.md and the practice guide
(never the engine, its lexicon, its tests or the corpus sources), labelled by GUIDELINES.md;
fictional. Not part of the labelled corpus and not used for the figures of analysis_eval.py.
300 messages: none 80, low 40, moderate 40, high 70, imminent 70.
"""

ROWS: list[tuple[str, str]] = [
    (
        "The urge to burn myself with the lighter is very loud tonight. I've put the lighter in the car. Texting you instead",
        "high",
    ),
    (
        "Baby's three months and I still haven't bonded, I love her but I feel flat when I hold her. Is that normal for dads? Feel rubbish about it",
        "low",
    ),
    (
        "My mate said if City lose again he's jumping off the stadium roof 😂 they won 3-1 so he lives another week. Running late btw, 10 mins",
        "none",
    ),
    (
        "Swallowed the lot about an hour ago. Lying down now. Tell Mam it's nobody's fault",
        "imminent",
    ),
    (
        "Did it. Took a shedload of pills at 9. It's 11 now and I feel sick and heavy. I dont know if I want help or not",
        "imminent",
    ),
    (
        "Missing my kids in Cebu so much today po, the video call cut off and I cried in the staff toilet. Ok na ako now. Thank you for listening always",
        "low",
    ),
    (
        "Punched the wall till my knuckles split, on purpose, I wanted it to hurt. Hand's wrapped now. I'll tell work it was the bag at the gym",
        "high",
    ),
    (
        "Hi, it's Paulo's dad. He cut his wrist in the shower, it's deep, we're driving to A&E now. He asked me to let you know",
        "imminent",
    ),
    (
        "Did you see on the news they closed the Victoria bridge for repairs? My bus route is chaos now so I might be late tomorrow, just warning you",
        "none",
    ),
    (
        "Mood's been flat a couple of weeks. Not injured, just off form, like playing through a knock. Wife made me text you so here I am",
        "low",
    ),
    (
        "Hello, my husband will come with me next time for the couple session like we discuss. He ask if he should bring anything or only himself",
        "none",
    ),
    (
        "Sometimes when I am on the scaffolding I think if I fall it will be okay. Not that I jump. Only if it happen, fine. Is that bad?",
        "high",
    ),
    (
        "Could you sign section 4 of the PIP form? I'll drop it at reception tomorrow morning in an envelope",
        "none",
    ),
    (
        "My wife asked what I'd do if the dark thoughts came back. I didn't know what to say to her. Can we make a plan in session just in case",
        "low",
    ),
    (
        "Been self-medicating with rum like the old days. Not proud. Three nights in a row. Figured you'd want the sitrep",
        "moderate",
    ),
    (
        "So tired of fighting. Every day a battle and I'm losing every one of them. I don't think it gets better from here",
        "moderate",
    ),
    (
        "My girlfriend told me she's been cutting again. I don't know how to help her. Should she contact you or her own GP?",
        "low",
    ),
    (
        "Everything is arranged. The letter to my mother is posted. By the time it reaches Enugu I will be gone. Thank you Doctor for your patience",
        "imminent",
    ),
    (
        "At 4am on the ward I count the insulin in the fridge in my head. I don't touch it. But I count",
        "high",
    ),
    (
        "I keep thinking about the pills in the bathroom cabinet. My wife's, not mine. Just thinking about them, how many are in there",
        "high",
    ),
    (
        "This commute is honestly killing me, two buses and a train that never comes. Running ten min late, be there about 5 past",
        "none",
    ),
    (
        "I'm smoking weed from the morning now, not just at night. It's the only way I get through the shifts",
        "moderate",
    ),
    (
        "Game's up for me I reckon. Don't see the point playing the second half of this life",
        "high",
    ),
    (
        "Overdose awareness day at the pharmacy where I work, we had a stall with naloxone kits and leaflets. Lots of people stopped by. Just sharing something I'm proud of",
        "none",
    ),
    (
        "Had a few more than a few last night. And the night before. It's the only thing that switches my head off",
        "moderate",
    ),
    (
        "Sorry for everything. I go to the river tonight. Tell my mother in Poland I love her",
        "imminent",
    ),
    (
        "Could you send me one line today. Anything. Feeling very alone since the divorce papers came",
        "low",
    ),
    (
        "I'm going to end it with the gym, honestly the membership is a rip-off for what you get. Switching to running in the park. Also could I get a receipt for October please",
        "none",
    ),
    (
        "Today is one year since we left home. I am quiet, I cry a little. My son is ok. I wanted to tell somebody",
        "low",
    ),
    (
        "It's 3am, shift's over, the pills are in my pocket and I'm walking to the park. Just wanted to say you tried, really you did",
        "imminent",
    ),
    (
        "When I cross the road I don't look anymore. If a car hits me, it hits me",
        "high",
    ),
    (
        "Lads at the club think I'm grand. I'm mostly grand. Bit of a rough patch, low. Didn't tell them that obviously",
        "low",
    ),
    (
        "Nothing is ever going to change for me. Same job, same debts, same damp flat. Whats the point of any of it",
        "moderate",
    ),
    (
        "Grand so, see you Thursday. The young lad's christening went off well, the craic was mighty and nobody fell out for once",
        "none",
    ),
    (
        "Paternity blues, is that a thing for dads? I go weepy at adverts lol. Can we talk about it",
        "low",
    ),
    (
        "Sometimes I think my family would get more from my insurance than from my salary po. Then I feel bad for thinking it",
        "high",
    ),
    ("I don't see me alive next Christmas. I don't know how to explain better", "high"),
    (
        "Po, I'm scared of myself. The thought of jumping from the top floor of the care home comes every shift. I don't do it",
        "high",
    ),
    (
        "Work's a warzone and I'm losing it. Haven't slept more than three hours in a week and I'm drinking to get those three. Not sustainable",
        "moderate",
    ),
    (
        "I counted out the oxy I saved from the surgery. Sixty. Taking them tonight after the kids are asleep. Don't send the cops",
        "imminent",
    ),
    (
        "Dzień dobry, I send the payment again because the first one bounced, the bank change my card. Please check you dont have two now. Kasia",
        "none",
    ),
    (
        "I'm dead serious about the walking group you mentioned, found one in Clapham on Sundays at 9. Going this weekend",
        "none",
    ),
    (
        "Not cancelling, just a heads up for Thursday. I've been nicking myself with the blade from the pencil sharpener, thighs mostly, since the weekend. Feel a bit stupid typing it",
        "high",
    ),
    (
        "It's Marta, Pawel's wife. He said last night he doesn't want to be alive anymore. He is at work now. He doesn't know I write you",
        "high",
    ),
    (
        "Is there any chance of an extra session this week? Things with Ana are bad and I feel lost. Not danger, just need to talk",
        "low",
    ),
    (
        "My father is in hospital in Lahore and I can't travel because of the visa. I feel very helpless and sad. Please keep Tuesday for me",
        "low",
    ),
    (
        "Please cancel all my future sessions, I won't need them. I'm paid up to date. I'm ending things this weekend, it's decided. Thank you for your patience with me",
        "imminent",
    ),
    (
        "Honestly I've been reading about how to make it look like an accident so my family has no shame. I'm not doing it. Just reading",
        "high",
    ),
    (
        "This is Dominika, Kamil's partner. He's locked in the bathroom saying he has a knife and he's going to do it. I called 999. I don't know what else to do",
        "imminent",
    ),
    (
        "Netflix kept pushing 13 Reasons Why at me so I tried one episode and noped out, not for me. You said to tell you when I avoid stuff, so there you go",
        "none",
    ),
    (
        "Could you call me for 5 minutes today? Nothing dangerous, I'm low and hearing your voice helps",
        "low",
    ),
    (
        "I've written letters to the baby for each birthday and left them with my brother. I'm going tonight. Please look after my wife if she comes to you",
        "imminent",
    ),
    (
        "Started the sertraline 50mg like the GP said, one every morning with breakfast. Bit of a headache the first three days but gone now. Just an update, no questions",
        "none",
    ),
    (
        "I am on the roof of my building. I wanted to say goodbye to somebody. You are the one I trust",
        "imminent",
    ),
    (
        "I feel down because the boss say I am slow. I try my best every day. Maybe I am not good enough. Piotr",
        "low",
    ),
    (
        "I'm parked at the overlook on Route 9. Gonna drive off it when it's dark enough. Just wanted one person to know I tried",
        "imminent",
    ),
    (
        "Got my Uber rating back up to 4.9, I know it's silly but it honestly made my week. Nothing else to report, see you Tuesday",
        "none",
    ),
    (
        "This is my last message. I have left my bank details and passwords for my brother on the table. I cannot carry the shame. Allah hafiz",
        "imminent",
    ),
    (
        "Is it ok if I pay cash this week? My card got cloned and the bank is posting a new one",
        "none",
    ),
    (
        "I am in the forest near the motorway with the rope. I don't want them to find me quickly. I just want to thank you before the battery dies",
        "imminent",
    ),
    (
        "We buried my uncle in Karachi last month, as I told you. The prayers are finished now and the family has gone home. I feel more settled. Can we go back to weekly?",
        "none",
    ),
    (
        "Told my brother-in-law I'd rather die than watch another Arsenal match with him 😂 and now he's coming for Christmas. Might need to book an extra January session for that alone haha",
        "none",
    ),
    (
        "Hi its Chris voice texting. I'm on the bridge over the m25 right now. Gonna jump when the traffic clears. Sorry for every thing",
        "imminent",
    ),
    (
        "Mission accomplished: I asked my boss for the afternoon off for our session and he said yes no questions. Small victory. See you at 3. Dave",
        "none",
    ),
    (
        "Final sitrep. Kit squared away, letters written, the bridge at 0300. Don't send anyone. It's been an honour Doc",
        "imminent",
    ),
    (
        "Hey its Lucas voice typing. Stuck in traffic on the M6 will be there a court a past. Sorry sorry",
        "none",
    ),
    (
        "I did not take my son to school today, I could not stand up from the bed. My neighbour took him. Third time this week",
        "moderate",
    ),
    (
        "Doing the night feeds so my wife can sleep, got a proper system now, bottles lined up like ammo on the counter. Feeling good actually",
        "none",
    ),
    (
        "Hi, the security company changed my rota to nights from next month, 10pm to 6am. So mornings are no good for me anymore, anything after 2 works",
        "none",
    ),
    (
        "Packed the kids, the dog and half the medicine cabinet for the camping trip lol, you know me. Back Monday night, I'll text to confirm Wednesday",
        "none",
    ),
    (
        "Honestly they'd be better off with the life insurance than with me. The baby won't even remember me",
        "high",
    ),
    (
        "Hi can you email me the letter for the DWP? Also I don't really want to be alive lately. Just so it's on record",
        "high",
    ),
    (
        "If I got the diagnosis my uncle got I think I'd be relieved. That's where my head is at",
        "high",
    ),
    (
        "I'm not ok. I drink a whole bottle of wine alone every night now to sleep. I know. I know what you will say.",
        "moderate",
    ),
    (
        "Old army mate visiting this weekend so we'll have a couple of pints on Saturday, nothing mad. Being upfront like we agreed. See you Monday",
        "none",
    ),
    (
        "sorry late\ncan't sleep\nkeep thinking I'd rather be dead than go back to that job monday\nI mean it a bit",
        "high",
    ),
    (
        "Is no point anymore. Every month the same, I send money home and nothing left for me. Nothing will be better. Sorry for writing this",
        "moderate",
    ),
    (
        "Every time I ride across the bridge on the bike I look at the railings and think about it. I keep pedalling. But every single time",
        "high",
    ),
    (
        "I wish I'd died in that crash in 2019. Would have saved everyone a lot of hassle",
        "high",
    ),
    (
        "Bit embarrassing, I ordered a rope ladder for the kids' treehouse and it got delivered to your office because of my old address on Amazon. Can I pick it up Thursday?",
        "none",
    ),
    (
        "I have been in bed since Sunday, I told work I have malaria but I don't. I just cannot.",
        "moderate",
    ),
    ("Want to go to sleep for a year. Or forever. Forever sounds good tbh", "high"),
    (
        "I took insulin from work. Enough of it. Tonight after duty. I am sorry for being a bad patient po",
        "imminent",
    ),
    (
        "Brass polished, uniform pressed, note on the table. 2200 tonight. No regrets about the work we did, you were solid",
        "imminent",
    ),
    (
        "I can't do this anymore. The crying, no sleep, the job on top. I'm not going to do anything stupid, I just can't keep going like this",
        "moderate",
    ),
    (
        "Keep getting this picture of walking into the sea at Brighton and just carrying on walking. Baby's fine, wife's fine, it's just me",
        "high",
    ),
    (
        "Baby finally slept four hours in a row last night!! Felt like winning the lottery. See you Weds. Tom",
        "none",
    ),
    (
        "its happening again\ncan't breathe\nI'm on the kitchen floor\nwhat was the breathing thing\n4 in 7 hold?",
        "moderate",
    ),
    (
        "Po I don't want to live anymore. But I have to send money every month. So I keep going for them only",
        "high",
    ),
    (
        "Hi, its Marek. I cant make thursday, site manager put me on overtime till 8 because the concrete is coming late. Can we do next week same hour? Sorry for short notice",
        "none",
    ),
    (
        "I've the car parked at the end of the pier at Howth. When the tide's in I'm driving off. Sorry for the trouble",
        "imminent",
    ),
    (
        "Doctor I am feeling down this week because of the job rejection. I know it will pass. Just telling you so you know before Monday",
        "low",
    ),
    (
        "Lost my phone on the night bus last week so if you texted I never got it. This is the new number. Jakub",
        "none",
    ),
    (
        "My sister in Dnipro wrote to me that she does not want to live anymore, there is bombing every night there. I am so scared for her. What can I do from this far?",
        "low",
    ),
    (
        "Need to cancel Thursday sorry. Truth is I haven't got out of bed since Tuesday except for the toilet. Could you ring instead?",
        "moderate",
    ),
    (
        "I cut my thigh and it's gaping open, I can see the fat, it won't close. Pressing a towel on it. Is this A&E or can I tape it",
        "imminent",
    ),
    (
        "Wouldn't mind not waking up tomorrow. That's the honest answer to how are you",
        "high",
    ),
    (
        "Hanging up the gloves for good tonight. Not boxing. Me. Got everything I need in the flat. Cheers for the rounds we had",
        "imminent",
    ),
    (
        "I'm at the beach, I'm going to walk into the water when it gets dark. Please don't call. Obrigada por tudo",
        "imminent",
    ),
    (
        "Saudade is the word. Everything reminds me of home today, the rain, the bread, everything. Just sad, nothing more",
        "low",
    ),
    (
        "Hello Doctor this is Femi please I'm using voice. The session on Monday can I bring my wife she wants to meet you full stop thank you",
        "none",
    ),
    (
        "Doctor, my mind keeps telling me to end everything. I rebuke it but it keeps coming back. Please pray for me also",
        "high",
    ),
    (
        "I cut my arm last night after the call with my father. Not deep, I cleaned it. Telling you because we said I would",
        "high",
    ),
    (
        "A guy at the warehouse got taken by ambulance on Tuesday, they say he took something on purpose. Everyone is quiet. I keep thinking about him and his kids",
        "low",
    ),
    ("I don't want to be here anymore. Not the city. Here here", "high"),
    (
        "I looked up the train times at the level crossing near me. Not to catch one",
        "high",
    ),
    (
        "Parked the bike on the bridge. Phone at 4%. Just wanted someone to know it wasn't an accident",
        "imminent",
    ),
    (
        "Can we move to Friday? Also, the thoughts about ending things are back, most nights. Thought you should know before the session",
        "high",
    ),
    (
        "Sir I have written letters for my wife and for my parents. In case something happens. I am not planning. I thought you should know",
        "high",
    ),
    (
        "Watched Dead Poets Society again with my son last night, that ending still gets me every time. Anyway wanted to tell you we had a proper chat after, first one in ages. Good sign I think",
        "none",
    ),
    (
        "u there\nit's bad tonight\nkeep thinking everyone's better off\nwithout me in the picture",
        "high",
    ),
    (
        "Dying to tell you about the weekend, loads happened, all good stuff. Is Saturday at 10 still on?",
        "none",
    ),
    (
        "I'm going out to the cliffs early tomorrow. Not coming back this time. The dog is with my sister. Thanks for the listening",
        "imminent",
    ),
    (
        "Doc, I keep thinking about my old service pistol. Handed it in years ago. But the thought of it is there every night",
        "high",
    ),
    (
        "Night shift at the depot, 3am, nobody to talk to except the forklift. Feeling a bit lonely tbh. Not an emergency, just saying it out loud",
        "low",
    ),
    (
        "Hi yeah it's Kyle sorry voice text. I ain't been out the house since Tuesday the weekend I mean since the weekend. Curtains shut. Just thought I'd say before you ask",
        "moderate",
    ),
    (
        "Good morning, I am Ioana. My employer need a letter that I attend sessions, for the hours off. Is possible you write one? Only the dates, nothing private please",
        "none",
    ),
    (
        "My cousin's band played a gig last night, the song 'Kill Your Darlings' is stuck in my head now. Anyway back to reality, forms attached",
        "none",
    ),
    (
        "I have the tablets ready, three boxes. Tonight after my flatmate goes to sleep. I want only to say thank you for trying with me. Marek",
        "imminent",
    ),
    (
        "I have locked myself in my room since Saturday, only come out when everyone sleeps. I cannot face my family",
        "moderate",
    ),
    (
        "Emeka's wife writing. He has drunk the insecticide. We are rushing to the hospital. Please pray and advise us what to tell the doctors",
        "imminent",
    ),
    (
        "Panic again on the night bus, had to get off four stops early and walk. Heart going mad, still shaking at home. It's getting worse every week and I can't control it",
        "moderate",
    ),
    (
        "Good afternoon Doctor, I have paid the invoice for October by bank transfer, the reference is my surname. Kindly confirm receipt when you are free. God bless. Chidi",
        "none",
    ),
    (
        "Leaving for good on Friday! Moving to Dublin for the new job. Thanks a million for all the help this year. My GP has the referral letter for someone over there",
        "none",
    ),
    (
        "My husband's brother tried to kill himself last week and he is in hospital. The whole family is upside down. I am ok but I don't sleep well",
        "low",
    ),
    (
        "My son starts at the new school on Monday so I'll come after drop-off, maybe ten minutes late. He is very excited, he has new shoes",
        "none",
    ),
    (
        "Feels like I'm 4-0 down at half time every single day and the ref won't blow the whistle. Can't see any way back into this game",
        "moderate",
    ),
    (
        "Sent my sister the code to my phone and the cat's vet details. Going up to the quarry tonight. Don't want anyone else finding me",
        "imminent",
    ),
    (
        "Last delivery done. Left the bag and the bike outside the depot for whoever wants them. Heading to the tracks behind the big Tesco. You were good to me",
        "imminent",
    ),
    (
        "Can we talk sooner than next week? I'm a bit wobbly since my ex came round. Not in danger or anything",
        "low",
    ),
    (
        "I took the old tablets back to the pharmacy like we agreed, nothing stored at home now. Just feeling quite low today. See you Thursday",
        "low",
    ),
    (
        "I've decided. When she takes the baby to her mum's on Friday I'll do it. Everything's arranged. Please don't ring her before then",
        "imminent",
    ),
    (
        "doc you awake\nI've done something stupid\nswallowed a load of paracetamol\nlike 30\ncan't feel my hands",
        "imminent",
    ),
    (
        "Cortei fundo. I cut deep, the towel is all red and it's not stopping. I'm scared now",
        "imminent",
    ),
    (
        "Off nights now till January 🙌 finally a normal human being again. Do you have any evening slots?",
        "none",
    ),
    (
        "Paternity leave finishes Monday so I'm back at the depot. Could we shift to the 7pm slot from now on?",
        "none",
    ),
    (
        "Told my mate I'm fine at the gym. Then sat in the sauna thinking nobody would notice if I just stopped existing",
        "high",
    ),
    (
        "Stacked every pill in the house on the counter like a pre-workout. Last set. Going for it in a minute",
        "imminent",
    ),
    (
        "I've taken about 15 of my quetiapine with vodka. I don't know why I'm texting you",
        "imminent",
    ),
    (
        "Driving the night route I catch myself thinking a lorry could just take me out and that'd be alright. Don't panic. Just telling you",
        "high",
    ),
    (
        "Have to cancel today sorry, the little one has a temperature of 39 and we're off to the GP. I'll ring in your phone hours tomorrow to rebook",
        "none",
    ),
    (
        "A delivery rider from my zone got killed by a bus last week. My first thought was lucky him. That's not normal right",
        "high",
    ),
    (
        "My younger brother in Abuja keeps saying he is tired of life. I don't know if I should fly home. I cannot concentrate at work",
        "low",
    ),
    (
        "I didn't go to my shift yesterday and today, I just lie down. Manager called ten times. I cannot face anyone po",
        "moderate",
    ),
    (
        "Re: Thursday, don't hold the slot. I've got the tablets saved and I'm doing it tonight. Invoice is paid. You did your best with me",
        "imminent",
    ),
    (
        "Sir my shifts at the taxi firm are going to nights from the 1st, so I can only do mornings now, 10 or 11 best for me",
        "none",
    ),
    ("I drank the bleach po. It burns. I am scared. I am sorry", "imminent"),
    (
        "I have hang the belt on the door already. I am sitting next to it. I don't know why I write you",
        "imminent",
    ),
    (
        "PB on deadlift today, 180kg 💪 told you I'd get there by Christmas. Also 2pm is fine",
        "none",
    ),
    (
        "Having a panic attack in the Tesco car park, cant breathe right, hands gone numb, I can't get out of the car. Please text back",
        "moderate",
    ),
    (
        "Leg day absolutely destroyed me, I'm dead 💀 can barely climb stairs so heads up if I'm slow getting up to your office",
        "none",
    ),
    (
        "Good eve po, my tita is visiting from Manila so I will take her around London on Saturday. Is it ok to move to Monday? Salamat po",
        "none",
    ),
    (
        "Moved to Galway for the job and I know nobody. Weekends are long. Lonely, really. Anyway, how's your week",
        "low",
    ),
    (
        "Sliced my thumb chopping onions for the kids' tea, three stitches at the walk-in. Typing with one hand so sorry for typos, still coming tomorrow",
        "none",
    ),
    (
        "Last shift done. Handed my keys and badge in. Going up the multi-storey after. You were decent to me, cheers",
        "imminent",
    ),
    (
        "Tis an awful thing to say but I'd be glad if I didn't wake up. There, I said it",
        "high",
    ),
    (
        "Tell my son when he's older that his dad loved him. I can't stay. Tonight I'm finishing it",
        "imminent",
    ),
    (
        "Christmas with no family here this year. The flat is very quiet. I'll be fine, just lonely",
        "low",
    ),
    (
        "It's Kevin, Lara's husband. She took an overdose of her antidepressants about half an hour ago, she just told me. Ambulance is coming. Should I tell them what she's on?",
        "imminent",
    ),
    (
        "Asking for a friend, genuinely: if someone is drinking every night to cope, is AA the right first step or the GP?",
        "low",
    ),
    (
        "Sometimes I want to disappear forever. Not travel. Disappear. You understand what I mean",
        "high",
    ),
    (
        "The psychiatrist put the quetiapine up to 100 at night, I take it at 10 and I'm sleeping much better. She asked me to let you know",
        "none",
    ),
    (
        "Back in Helmand there were nights I didn't care if I came home. Years ago now. Talking about it Tuesday stirred the pot a bit, that's all",
        "low",
    ),
    (
        "On my last round tonight I'm going up on the roof of the building I guard. Nobody comes till 7. You gave it a good go with me, fair play",
        "imminent",
    ),
    (
        "Doctor I am tired of living. I don't say I will do something. I only wish God will take me",
        "high",
    ),
    (
        "The thought comes: take all the pills from the box and finish. I gave the box to my neighbour. But the thought stays",
        "high",
    ),
    (
        "Doctor good evening, my pastor asked if he can come to one session with me, to understand what we do. Is that allowed? We can discuss Tuesday",
        "none",
    ),
    (
        "Standing on the platform at 5am after shift I step a bit closer to the edge each time, just to see. I'm home now",
        "high",
    ),
    (
        "Customer screamed at me over a cold pizza today. Sat in the car after and felt like rubbish. I'm ok. Just needed someone to know",
        "low",
    ),
    (
        "Flying to Lagos on Sunday for my cousin's wedding, back on the 14th. Got my malaria tablets and my usual meds packed, so all sorted. I'll book the next one when I land",
        "none",
    ),
    (
        "I want to sleep and not wake. Every night I pray for this. I don't tell my husband",
        "high",
    ),
    (
        "Been scrolling which ways are painless. I know, I know. I stopped. Can I come earlier on Tuesday?",
        "high",
    ),
    (
        "heyy\nu free for a quick call later?\nnothing serious\njust a crap day and I miss talking to someone who gets it",
        "low",
    ),
    (
        "Did my will online tonight, forty quid. Making sure the kids are sorted if anything happens. Not planning anything",
        "high",
    ),
    (
        "done with everything. I'm on the railway bridge on Station Rd. train in 10 min. sorry mate",
        "imminent",
    ),
    (
        "I'm sorry po. Goodbye. The charcoal and the tape are in my room and I will do it tonight while my housemates are at the party",
        "imminent",
    ),
    (
        "Lol autocorrect changed 'session' to 'obsession' in my calendar. See you at your obsession on Tuesday 😂",
        "none",
    ),
    (
        "For the weekly form: no thoughts of killing myself this week, no self harm. Mood maybe 4 out of 10. Sleep bad",
        "low",
    ),
    (
        "Hi it's Raj voice typing in the car. Bit of a rough day. Feeling quite down. Would you have a gap to speak Friday. Thanks",
        "low",
    ),
    (
        "Just checked my statement and I paid you twice in September. No rush at all but could you put the extra towards November?",
        "none",
    ),
    (
        "Some nights on the interstate I think about just letting go of the wheel. Haven't. Won't on this run. But the thought keeps coming",
        "high",
    ),
    (
        "What's the point in being alive if it's just this. Work, sleep, bills, repeat",
        "high",
    ),
    (
        "Good evening po, I am Rhea, Mark's partner. He was burning his arm with cigarettes last night, I saw the marks this morning. He says it is nothing",
        "high",
    ),
    (
        "hi\nsorry for the hour\nI'm at the top of the car park\nlevel 7\njust wanted to say goodbye properly",
        "imminent",
    ),
    (
        "The old itch is back. You know the one. Bought new plasters just in case and that scared me more than anything",
        "high",
    ),
    (
        "I served, I come back, I cannot live with it. Tonight I use my hunting rifle. Please tell my wife it was not her",
        "imminent",
    ),
    (
        "On shift till 11 tonight, the app keeps sending me to the other side of the city lol. Can I ring you tmrw for the check in instead?",
        "none",
    ),
    (
        "sorry for typos doing voice. Basically I've started cutting again. Two nights. Superficial. Wanted you to know before Tuesday",
        "high",
    ),
    (
        "When I first came to England I drank every night, you know that story. Two years sober now. On lonely nights I miss it, but I don't touch it",
        "low",
    ),
    (
        "Our Sunday league team lost the final on penalties, gutted for about an hour then we had pizza. Life goes on. Saturday still ok?",
        "none",
    ),
    (
        "Held my hand on the hob for a few seconds last night. Felt calmer after. I know that's messed up",
        "high",
    ),
    (
        "I did not eat today, and yesterday only bread. No energy for nothing, I stay in bed. Sorry for the message so late",
        "moderate",
    ),
    (
        "Doctor I have swallowed the rat poison. Please tell my wife I am sorry. Forgive me",
        "imminent",
    ),
    (
        "The counselling, the tablets, the gym, the walks. Tried the lot. Still the same. Starting to think I'm broken for good",
        "moderate",
    ),
    (
        "I think it would be easier if I was not alive. My son would go to my sister. She is a better mother anyway",
        "high",
    ),
    (
        "I already decide. Friday after work, the garage, the car. I write so somebody know the reason is not the boss or the wife, is me",
        "imminent",
    ),
    (
        "When the sirens were on the news today I thought, I should be there under them. Better to die there than live like this here",
        "high",
    ),
    (
        "Watched a documentary about Kharkiv last night, heavy but good. Made me call my mum. She is fine, the building is fine, the cat is fat",
        "none",
    ),
    (
        "I could murder a kebab after the week I've had. Payday is Friday so I'll settle the last two sessions then, if thats alright",
        "none",
    ),
    (
        "Honestly what is the point of therapy. Six months and nothing has changed. Maybe some people can't be fixed",
        "moderate",
    ),
    (
        "Sometimes I think the baby deserves a dad who isn't around. A replacement would be an upgrade honestly",
        "high",
    ),
    (
        "The landlord finally fixed the boiler, three weeks later. Small wins. Also can you send the address for the new clinic on Harbour St?",
        "none",
    ),
    (
        "Haven't seen daylight in four days. Sleep all day, work all night, then just lie there. Not answering anyone. Proper hermit",
        "moderate",
    ),
    (
        "Feels like I'm the dead weight in the family unit. Slowing everyone down. They'd march faster without me",
        "high",
    ),
    (
        "Keep picturing my funeral, who'd turn up, and it feels like relief. Weird thing to say to a therapist",
        "high",
    ),
    (
        "I buy the rope today from B&Q. I know where. Sunday when Ion is at work. I tell you because you were kind to me",
        "imminent",
    ),
    (
        "I collected the pills for two months, I have enough now. Tonight it ends. I fed the cat and left the door open for the neighbour",
        "imminent",
    ),
    (
        "My brother died at the front in spring. I think I should be with him. I am not doing anything, I only think it all the time",
        "high",
    ),
    (
        "My wife says hello and thanks for the leaflet on couples work. We read it together on Sunday over coffee. Simon",
        "none",
    ),
    (
        "Finished the antibiotics, chest infection is gone. Back to normal, see you Wednesday",
        "none",
    ),
    (
        "My boss will kill me if I leave early again, any chance we can do 6 instead of 5?",
        "none",
    ),
    (
        "Morale's low in the ranks this week, Doc. Nothing the troops can't handle. Might need a debrief Monday",
        "low",
    ),
    (
        "Final whistle for me. Drove out to the reservoir, got the hose on the exhaust. Cheers for being in my corner",
        "imminent",
    ),
    (
        "Po I took two strips of paracetamol here in the dorm. I am sleepy now. Please don't tell the agency. Salamat for everything",
        "imminent",
    ),
    (
        "Flying to Warsaw on Sunday. Part of me hopes the plane doesn't land. Sorry, dark one. That's the truth",
        "high",
    ),
    (
        "Hello, I am Zosia mama. She write in her diary she want to be dead. I found it cleaning her room. She don't know I read. What I do?",
        "high",
    ),
    (
        "I have the pesticide from my uncle's shop. Tonight I will drink it. Forgive me for wasting your time sir",
        "imminent",
    ),
    (
        "Honestly sir I am at the end of my rope with the visa and the job and the pressure from family. I don't see how it works out",
        "moderate",
    ),
    (
        "yeah its me again voice sorry. I took them. All of them. the box from the bathroom. Feeling weird now. Bye",
        "imminent",
    ),
    (
        "Invoice attached for the insurance claim. Separate thing: I've started to think I'd be more use to them dead. Sorry to drop that in an email about money",
        "high",
    ),
    (
        "Hi its mo voice to text. I been having thoughts of killing my self this week not gonna lie. At work now I'm fine. Call me after 6 if you can",
        "high",
    ),
    (
        "Doctor this is Mrs Adeyemi, Tolu's mother. She has taken a whole packet of my blood pressure tablets. We are in the ambulance going to the hospital now",
        "imminent",
    ),
    (
        "I scratch my legs with the nails until bleeding, when my husband shout. Last night also. I hide it with trousers",
        "high",
    ),
    ("Ive tied the rope up in the loft. Just needed to tell someone first", "imminent"),
    (
        "Reading The Bell Jar for my evening English course, its heavy going for a second language. Do you have any recommendation for something lighter lol",
        "none",
    ),
    (
        "I wrote a goodbye letter to my son and put it in his schoolbag. I will do it when he is in school tomorrow. Forgive me, I cannot more",
        "imminent",
    ),
    (
        "Paid the invoice. Also, honestly, I've been drinking most nights since the redundancy. More than I'd admit to anyone else",
        "moderate",
    ),
    (
        "The insurance form asks for the date of my first consultation, was it 3 March or 10 March? Need to post it today before 5",
        "none",
    ),
    (
        "Hello po! Just finished my night duty, 12 hrs straight. Dead on my feet but ok 😅 can we move tomorrow to 4pm instead of 10am so I can sleep first? Thank you po, Marites",
        "none",
    ),
    (
        "Pharmacy gave me three months of my tablets in one go because of the holidays, first time ever. The bag rattles like maracas haha. All fine otherwise",
        "none",
    ),
    (
        "Ai, I forgot my umbrella in your waiting room, the pink one with flowers. Can you keep it until next week? Beijos, Fernanda",
        "none",
    ),
    (
        "Whatever I try the walls close in. Rent up again, hours cut again. There is no way out of this hole for someone like me",
        "moderate",
    ),
    (
        "Been thinking about what we said Monday, the time I wanted to die after the accident. It feels far away now, which is strange. Good strange I think",
        "low",
    ),
    (
        "Before you worry: I'm not going to hurt myself. I'm just angry and tired and needed to type it somewhere that isn't my group chat",
        "low",
    ),
    (
        "Drowning in paperwork at the office this week lol, end of quarter. Can I confirm Friday on Thursday when I know my hours?",
        "none",
    ),
    (
        "Our baby girl arrived at 3:12 this morning, 3.4kg, mum and baby doing great!! I won't make Thursday obviously 😂 will be in touch next week",
        "none",
    ),
    (
        "Assalam o alaikum, I am Sana, Bilal's wife. He locked himself in the car in the garage with the engine on, I cannot open it. Police are coming. Please call him, he listens to you",
        "imminent",
    ),
    (
        "Tenho vontade de sumir. Sorry, Portuguese. I want to vanish, not exist. Every day this week",
        "high",
    ),
    (
        "Hi it's Andre I'm driving so using the voice thing. Can you send me the lincoln for the video call tomorrow the link I mean. Cheers",
        "none",
    ),
    (
        "Good evening Doctor, this is Mrs Okafor, Ada's mother. Ada told her sister she wants to die and she has been scratching her arms with a compass. Please advise us",
        "high",
    ),
    (
        "Two nights of coke at the weekend so I wouldn't feel anything. Back at work today feeling like garbage. Don't judge me please",
        "moderate",
    ),
    ("sitrep\nnot good\nthoughts of topping myself\nno plan\nstill on my feet", "high"),
    (
        "I looked up on google how many of my tablets would be too much. I closed it. But I looked",
        "high",
    ),
    (
        "Hello, Ionut's wife here. He told me he wishes he was dead because of the debts. He refuses to go to GP. Can he see you sooner?",
        "high",
    ),
    (
        "Cant get 'I don't wanna live forever' out of my head since the gym playlist this morning haha. Quick q is this weeks session on zoom or in person?",
        "none",
    ),
    (
        "Drew up the morphine from ward stock, it's in my bag. After handover at 8 I'm going home to use it. Sorry to put this on you",
        "imminent",
    ),
    (
        "The safety cut-off on the new press at work jammed today and we lost half a shift. Nothing to do with me, just means I could be late Thursday as we're catching up",
        "none",
    ),
    (
        "Everything I do is for nothing po. Sixty hours a week and still not enough for my family back home. No future here for me",
        "moderate",
    ),
    (
        "Quick one: which door is open on Saturdays? Last time the main one was locked and I went round the back",
        "none",
    ),
    (
        "Haven't been to the gym in three weeks. Haven't been anywhere really. Couch, bed, couch. Nothing feels worth getting up for",
        "moderate",
    ),
    (
        "Took all my seroquel and my roommate's xanax. Typing is hard. Dont want to wake up",
        "imminent",
    ),
    (
        "Yeah hi it's Dean. Voice text. Been thinking about suicide a lot this week like more than normal. Not doing anything. Can we talk Monday",
        "high",
    ),
    (
        "Hi, today is just heavy. Nothing happen, only sad. Missing my mama in Poland very much. We talk Thursday. Agnieszka",
        "low",
    ),
    (
        "The warehouse scanner died on me three times tonight and the supervisor completely lost his mind. Funny now looking back. Confirming Friday 6pm",
        "none",
    ),
    (
        "Googled whether dads get postnatal depression and then how long it takes to drown. Deleted the history. Scaring myself",
        "high",
    ),
    (
        "My little one sings Let It Go at 3am and frankly I'm ready to move to an ice palace myself 😂 tired dad stuff, all good really",
        "none",
    ),
    (
        "hey\nsoz\ni cant do the session\ncant face getting dressed\nbeen in bed 2 days\nnot dangerous just empty",
        "moderate",
    ),
    (
        "New rota at the fulfilment centre is brutal but the money is better. I'll keep Tuesdays clear for our sessions whatever happens",
        "none",
    ),
    (
        "I take extra sleeping tablets now, two not one, because I cannot stop the thinking at night. Not to hurt myself, only to sleep",
        "moderate",
    ),
    (
        "I not leave the flat since Friday. I call in sick to work. Curtains closed all day. You say this is a sign so I tell you. Łukasz",
        "moderate",
    ),
    (
        "took all the sertraline and the co-codamol about 20 min ago. feel sick. im sorry x",
        "imminent",
    ),
    (
        "Hello, I want to ask about the receipt for my health insurance, they need your registration number also. Thank you very much, Tomasz",
        "none",
    ),
    (
        "Doc, I'm done soldiering on. Got the shotgun out of the cabinet tonight and it's loaded. Wanted you to hear it from me",
        "imminent",
    ),
    (
        "I hit my head on the wall when the anxiety comes, many times, today also. My forehead is red. Nobody knows",
        "high",
    ),
    (
        "Took my wife's tablets, the whole strip, an hour ago. Baby is with her at her mum's. I'm so sorry, I'm so tired",
        "imminent",
    ),
    (
        "Shot myself in the foot today, sent the angry email to my boss instead of my wife 🙈 we laughed about it in the end. Lesson learned",
        "none",
    ),
    (
        "I cannot take it anymore. News every morning, my husband at the front, no call for five days. I am at the edge",
        "moderate",
    ),
    (
        "Doc. Thinking about checking out. Not today. But it's on the table for the first time since I got back",
        "high",
    ),
    (
        "What we went over last week, the cutting when I was nineteen, it's been in my head since. More like a memory than wanting to. Can we carry on with it Tuesday",
        "low",
    ),
    (
        "Transferred the last payment plus a bit extra for any cancellation fees. I won't be around after tonight. It wasn't your fault, please believe that",
        "imminent",
    ),
    (
        "Running on fumes Doc. No reserves left in the tank. Spent Sunday and Monday in bed with the phone off",
        "moderate",
    ),
    ("I'm done\nsaved 40 of the zopiclone\ntonight\ndon't try", "imminent"),
    (
        "Assalam o alaikum, my brother will drop me to the session so I may be ten minutes early, is there somewhere to wait inside? Regards, Imran",
        "none",
    ),
    (
        "I stand on the bridge now. Very cold here. I want to finish it. Thank you for all the sessions",
        "imminent",
    ),
    (
        "I made my decision, it's tonight. I left a letter for my mother and my passport on the bed so they can send me home",
        "imminent",
    ),
    (
        "Hi it's Ryan voice text sorry. I'm sat in the garage with the engine running. Just wanted to tell someone. Don't be mad",
        "imminent",
    ),
    (
        "Doctor I am tired, tired, tired. Nothing I do is working. I fear I will not make it this time",
        "moderate",
    ),
    (
        "I took the pills and I drink the palinka on top. I want to sleep forever. Sorry for this",
        "imminent",
    ),
    (
        "I feel like a burden for everybody here. My boyfriend, my flatmates. They would breathe easier without me",
        "high",
    ),
    (
        "So tomorrow is our last session, can't quite believe it's been a year. Thank you for everything, really. I'll bring the discharge form for the GP to sign",
        "none",
    ),
    (
        "We got murdered 5-0 on Saturday, the lads are devastated haha. Anyway I did the homework, wrote my three good things every night like you said",
        "none",
    ),
    (
        "Hi ma'am, Joy here. Reception said my next appointment is 5 Dec but I wrote 3 Dec in my notes? Which one po",
        "none",
    ),
    (
        "Bought a gun at the show today. Nobody checked a thing. Tomorrow morning when the house is empty. I'm not asking for help, just letting somebody know",
        "imminent",
    ),
    (
        "Guess who KILLED it at the interview today!! They said they'll ring Monday. Had to tell someone and you're top of the list 🎉",
        "none",
    ),
    (
        "Feeling blue today, no sun since October and the flat is cold. Just venting 🙁",
        "low",
    ),
    (
        "A lad I served with posted something dark on Facebook last night, read like a goodbye. I rang him and his missus says he's safe now, but it's rattled me. What do I do if he does it again?",
        "low",
    ),
    (
        "Oi! Just to let you know I will be in Brazil for Christmas, three weeks from the 18th. Can we do video from there? Time difference is only 3 hours",
        "none",
    ),
    ("cut too deep its everywhere it wont stop bleeding what do I do", "imminent"),
    (
        "Everyone asks how the baby is. Nobody asks how I am. Feeling a bit invisible lately. Can we talk about that Weds",
        "low",
    ),
    (
        "My daughter has a school project on mental health and needs a list of UK helplines for the poster. Is there an official page she can use?",
        "none",
    ),
    (
        "Wife took the baby to her mum's for the weekend. I haven't moved off the sofa since. Pizza boxes everywhere. Phone was off until now",
        "moderate",
    ),
    (
        "finished shift, came home, had 6 cans before 9am to knock myself out. thats been every morning this week",
        "moderate",
    ),
    (
        "Rang the insurance company today to ask if the policy pays out for suicide. Told them it was for a friend",
        "high",
    ),
    (
        "I can't keep living like this, the debts, the double shifts, the noise through the wall every night",
        "moderate",
    ),
    (
        "Random question and I'm ok, but if one day I started thinking about ending it, is there a number to ring at night here or is it just 999? Want it in my phone",
        "low",
    ),
    (
        "My daughter's choir is doing Bridge Over Troubled Water at the Christmas concert and I'm on sound. Can we do 5pm on the 12th instead of 6?",
        "none",
    ),
    (
        "I have booked a hotel room for Saturday night. Not for a holiday. I have everything I need with me. Don't worry about the next session",
        "imminent",
    ),
    (
        "Can't go on like this mate. Baby screams, wife screams, boss screams. Something has to give",
        "moderate",
    ),
    (
        "Logged off the app after three orders, couldn't do it. Sat in the car park crying for two hours. I'm scared I won't make it through this month",
        "moderate",
    ),
    (
        "Hello, my Home Office appointment is moved to the 17th, same day and time as our session. Can we change to another day? Very sorry about this. Olena",
        "none",
    ),
]
