# Fictional therapists' draft replies, written for this corpus. Checks follow GUIDELINES.md.
# R(text, signature, patient_name, language, checks, patient_message, note)
# ruff: noqa
R = globals()["R"]

EC = "Dr. E. Carter"
JO = "Dr. J. Okafor"
EB = "Dott.ssa E. Bianchi"
GM = "Dott. G. M. Marini"

LONG_EN = (
    "Thank you for letting me know. I've read your message carefully and I want to say a few "
    "things about it, even if we will go into more detail when we meet. First of all, it makes "
    "sense that you feel tired after a week like this one: you had the exam, the argument with "
    "your brother and the news about your grandmother all at once, and each of these would be "
    "a lot on its own. Second, I noticed that you wrote that you 'should' be coping better. "
    "That word comes back often in our sessions and I think it deserves our attention, because "
    "it seems to carry a judgement that you would never apply to a friend in the same position. "
    "Third, please remember the things that helped last time: the walk after dinner, writing "
    "down the three things, and calling your aunt. We can look together at what got in the way "
    "this week. I'm glad you wrote."
)
LONG_IT = (
    "Grazie per avermelo scritto. Ho letto con attenzione il suo messaggio e vorrei dirle "
    "qualche cosa, anche se poi ne parleremo meglio quando ci vediamo. Prima di tutto, è "
    "comprensibile che si senta stanca dopo una settimana così: l'esame, la discussione con suo "
    "fratello e la notizia della nonna tutti insieme, e ognuna di queste cose da sola sarebbe "
    "già molto. In secondo luogo, ho notato che ha scritto che 'dovrebbe' reagire meglio. "
    "Quella parola torna spesso nelle nostre sedute e credo meriti attenzione, perché sembra "
    "portare con sé un giudizio che lei non darebbe mai a un'amica nella stessa situazione. "
    "Infine, si ricordi delle cose che l'hanno aiutata l'ultima volta: la passeggiata dopo cena, "
    "scrivere le tre cose belle, telefonare a sua zia. Possiamo guardare insieme cosa si è messo "
    "di mezzo questa settimana. Sono contenta che mi abbia scritto."
)

# ---------------------------------------------------------------- English
R(
    "Tom, thank you for telling me. Let's talk about it on Thursday.\nDr. E. Carter",
    EC,
    "Tom",
    "en",
    "",
    "I'm not thinking about cutting again. Tonight is calm. Tom",
)
R(
    "Thank you for telling me. Let's talk about it on Thursday.",
    EC,
    "Tom",
    "en",
    "missing_signature",
    "I'm not thinking about cutting again. Tonight is calm. Tom",
)
R(
    "You did something stupid, Jake! We need to talk about it on Tuesday.\nE.C.",
    EC,
    "Jake",
    "en",
    "name_scolding",
    "sorry sorry sorry I completely forgot the session today!!! I'll pay for it of course. so embarrassed. Jake",
)
R(
    "Jake, you did something stupid. We need to talk about it on Tuesday.\nE.C.",
    EC,
    "Jake",
    "en",
    "",
    "sorry sorry sorry I completely forgot the session today!!! I'll pay for it of course. so embarrassed. Jake",
    note="name at the start: solidarity",
)
R(
    "Hi Megan! Thursday at 5pm works. See you then.\nDr. E. Carter",
    EC,
    "Megan",
    "en",
    "",
    "Hi, this is Megan. Can we move Thursday's session to 5pm? Thanks",
    note="greeting with the name and '!' is not a scolding",
)
R(
    "Thursday at 5pm works. See you then. Carter",
    EC,
    "Megan",
    "en",
    "",
    "Hi, this is Megan. Can we move Thursday's session to 5pm? Thanks",
    note="surname is enough",
)
R(
    "Thursday at 5pm works. See you then.\nEmily",
    "Dr. Emily Carter",
    "Megan",
    "en",
    "missing_signature",
    "Hi, this is Megan. Can we move Thursday's session to 5pm? Thanks",
    note="first name alone is not a signature by the rule",
)
R(
    "Thursday at 5pm works. See you then.\nEmily Carter",
    "Dr. Emily Carter",
    "Megan",
    "en",
    "",
    "Hi, this is Megan. Can we move Thursday's session to 5pm? Thanks",
)
R(
    "I told you to call me when it gets like this, Chloe! Please call the number we agreed on tonight.\nDr. E. Carter",
    EC,
    "Chloe",
    "en",
    "name_scolding",
    "please answer me, i need to talk to you now",
)
R(
    "Chloe, I'm here. Please call the number we agreed on tonight, and I'll call you at 9 tomorrow.\nDr. E. Carter",
    EC,
    "Chloe",
    "en",
    "",
    "please answer me, i need to talk to you now",
)
R(
    "PLEASE CALL THE EMERGENCY NUMBER NOW. I'm calling you in five minutes.\nDr. E. Carter",
    EC,
    "Sophie",
    "en",
    "all_caps",
    "This is goodbye. Thank you for trying to help me. Tell my sister I loved her. Sophie",
)
R(
    "Sophie, please call 999 now or go to A&E. I'm calling you in five minutes.\nDr. E. Carter",
    EC,
    "Sophie",
    "en",
    "",
    "This is goodbye. Thank you for trying to help me. Tell my sister I loved her. Sophie",
)
R(
    "ok jake, we'll talk about it on tuesday. e.c.",
    EC,
    "Jake",
    "en",
    "",
    "WHY DIDN'T YOU ANSWER YESTERDAY?!",
    note="lowercase reply deflating capitals; lowercase initials count",
)
R(
    "Received, thank you. Dr. J. O.",
    JO,
    "Daniel",
    "en",
    "",
    "Got the invoice, thank you. Paid by bank transfer this morning. Daniel",
    note="title + initials",
)
R(
    "Received, thank you. JO",
    JO,
    "Daniel",
    "en",
    "",
    "Got the invoice, thank you. Paid by bank transfer this morning. Daniel",
)
R(
    "Received, thank you.\nDr. J. Okafor\nP.S. The new office opens in May.",
    JO,
    "Daniel",
    "en",
    "missing_signature",
    "Got the invoice, thank you. Paid by bank transfer this morning. Daniel",
    note="the draft does not END with the signature",
)
R(
    LONG_EN + "\nDr. J. Okafor",
    JO,
    "Hannah",
    "en",
    "reply_too_long",
    "Today was hard :( but I'm ok. Hannah",
)
R(
    LONG_EN + "\nDr. J. Okafor",
    JO,
    "Hannah",
    "en",
    "",
    None,
    note="no patient message: under 1200 characters",
)
R(
    LONG_EN + " " + LONG_EN + "\nDr. J. Okafor",
    JO,
    "Hannah",
    "en",
    "reply_too_long",
    None,
    note="no patient message: over 1200 characters",
)
R(
    "Dear Daniel, thank you for this long and honest letter. I read it twice. You wrote that you can't see a future, and I take that seriously; I'm also glad you told me that you are not thinking of hurting yourself. Staying in bed for three days is information, not a failure: it tells us how heavy things have become. Could you call the surgery tomorrow morning so we can find a time this week, before Thursday? Keep taking the tablets, and if things get worse tonight, call the crisis line we agreed on.\nDr. J. Okafor",
    JO,
    "Daniel",
    "en",
    "",
    "Hi,\n\nI'm sorry this is going to be a long email, I know we said to keep them for the session, but I don't think I can wait until Thursday to say all this. This week has been bad. I stayed in bed Wednesday, Thursday and Friday. Nothing is going to get better. I'm not thinking of hurting myself. I took the tablets every day.\n\nDaniel",
    note="long reply to a long letter: not too long",
)
R(
    "That's wonderful news, Olivia! Congratulations.\nE. Carter",
    EC,
    "Olivia",
    "en",
    "name_scolding",
    "Just to let you know I got into the master's programme in Edinburgh!!! Starting in September 🎉🎉 Olivia",
    note="by the mechanical rule a name closing a '!' sentence after two or more words is flagged, even in praise; therapists can dismiss it",
)
R(
    "Olivia, that's wonderful news! Congratulations.\nE. Carter",
    EC,
    "Olivia",
    "en",
    "",
    "Just to let you know I got into the master's programme in Edinburgh!!! Starting in September 🎉🎉 Olivia",
)
R(
    "Good morning Ben! Yes, a glass at the wedding is fine; ask the psychiatrist if you have doubts.\nJO",
    JO,
    "Ben",
    "en",
    "",
    "Can I have a glass of wine at my sister's wedding while I'm on sertraline? Ben",
)
R(
    "You can't keep drinking like this, Ben!! We'll talk on Thursday.\nJO",
    JO,
    "Ben",
    "en",
    "name_scolding",
    "I've been drinking every night to get to sleep. Half a bottle of vodka yesterday. Ben",
)
R(
    "Ben, thank you for telling me. We'll talk on Thursday; if you drink tonight, please don't be alone.\nJO",
    JO,
    "Ben",
    "en",
    "",
    "I've been drinking every night to get to sleep. Half a bottle of vodka yesterday. Ben",
)
R(
    "I AM NOT AVAILABLE ON WEEKENDS, AS WE AGREED. See you Monday.\nDr. E. Carter",
    EC,
    "Marcus",
    "en",
    "all_caps",
    "are you there?? are you there?? please",
)
R(
    "Noted, see you on the 8th.",
    EC,
    "Sophie",
    "en",
    "missing_signature",
    "Dear Dr Carter, I promised I would write during the break... See you on the 8th. Sophie",
)
R(
    "Marcus, I hear how angry you are. Let's bring it to Thursday.\n-- Dr. E. Carter",
    EC,
    "Marcus",
    "en",
    "",
    "I'M SO ANGRY WITH YOU FOR CANCELLING LAST WEEK. MARCUS",
)
R(
    "How could you forget again, Jake! This is the third time. YOU NEED TO TAKE THIS SERIOUSLY.",
    EC,
    "Jake",
    "en",
    "missing_signature name_scolding all_caps",
    "sorry sorry sorry I completely forgot the session today!!! I'll pay for it of course. so embarrassed. Jake",
)
R(LONG_EN + "\nDr. E. Carter", EC, "Chloe", "en", "reply_too_long", "ok thanks see you thursday")
R(
    "Thank you, Karen. Please bring Jake on Monday at 4; I'll call you tonight at 8 to talk about what to say to him.\nDr. E. Carter",
    EC,
    "Jake",
    "en",
    "",
    "Dear Dr Carter, I'm writing about Jake... He had been searching for painless ways to die... Could you see him earlier? Karen Hughes (Jake's mum)",
    note="reply to a parent; patient_name is the patient",
)

# ---------------------------------------------------------------- Italiano
R(
    "Luca, grazie di avermelo detto. Ne parliamo giovedì.\nDott.ssa E. Bianchi",
    EB,
    "Luca",
    "it",
    "",
    "settimana bella davvero. ho parlato con mio padre come avevamo provato in seduta. mi ha ascoltato! Luca",
)
R(
    "Grazie di avermelo detto. Ne parliamo giovedì.",
    EB,
    "Luca",
    "it",
    "missing_signature",
    "settimana bella davvero. ho parlato con mio padre come avevamo provato in seduta. mi ha ascoltato! Luca",
)
R(
    "Hai fatto una sciocchezza, Luca! Ne parliamo martedì.\nE.B.",
    EB,
    "Luca",
    "it",
    "name_scolding",
    "mi sono fatto quattro birre prima della seduta di oggi, scusi, nn ce la facevo a venire lucido. Luca",
)
R(
    "Luca, hai fatto una sciocchezza. Ne parliamo martedì.\nE.B.",
    EB,
    "Luca",
    "it",
    "",
    "mi sono fatto quattro birre prima della seduta di oggi, scusi, nn ce la facevo a venire lucido. Luca",
    note="nome all'inizio: solidarietà",
)
R(
    "Ciao Elena! Giovedì alle 17 va bene. A presto.\nDott.ssa E. Bianchi",
    EB,
    "Elena",
    "it",
    "",
    "Buongiorno dottoressa, sono Elena. Possiamo spostare la seduta di giovedì alle 17? Grazie",
)
R(
    "Giovedì alle 17 va bene. A presto. Bianchi",
    EB,
    "Elena",
    "it",
    "",
    "Buongiorno dottoressa, sono Elena. Possiamo spostare la seduta di giovedì alle 17? Grazie",
)
R(
    "Giovedì alle 17 va bene. A presto.\nElisa",
    "Dott.ssa Elisa Bianchi",
    "Elena",
    "it",
    "missing_signature",
    "Buongiorno dottoressa, sono Elena. Possiamo spostare la seduta di giovedì alle 17? Grazie",
    note="il solo nome di battesimo non è una firma per la regola",
)
R(
    "Giovedì alle 17 va bene. A presto.\nElisa Bianchi",
    "Dott.ssa Elisa Bianchi",
    "Elena",
    "it",
    "",
    "Buongiorno dottoressa, sono Elena. Possiamo spostare la seduta di giovedì alle 17? Grazie",
)
R(
    "Ti avevo detto di chiamarmi quando stai così, Sara! Chiama stasera il numero che abbiamo concordato.\nDott.ssa E. Bianchi",
    EB,
    "Sara",
    "it",
    "name_scolding",
    "rispondimi ti prego, devo parlarti adesso",
)
R(
    "Sara, sono qui. Chiama stasera il numero che abbiamo concordato, domattina alle 9 ti chiamo io.\nDott.ssa E. Bianchi",
    EB,
    "Sara",
    "it",
    "",
    "rispondimi ti prego, devo parlarti adesso",
)
R(
    "CHIAMI SUBITO IL 112. La richiamo tra cinque minuti.\nDott.ssa E. Bianchi",
    EB,
    "Chiara",
    "it",
    "all_caps",
    "questo è un addio. grazie x averci provato. dite a mia sorella che le volevo bene. Chiara",
)
R(
    "Chiara, chiami subito il 112 o vada al pronto soccorso. La richiamo tra cinque minuti.\nDott.ssa E. Bianchi",
    EB,
    "Chiara",
    "it",
    "",
    "questo è un addio. grazie x averci provato. dite a mia sorella che le volevo bene. Chiara",
)
R(
    "ok ale, ne parliamo giovedì. gmm",
    GM,
    "Alessandro",
    "it",
    "",
    "XKE IERI NN MI HA RISPOSTO?!",
    note="risposta in minuscolo che sgonfia le maiuscole; iniziali in minuscolo",
)
R(
    "Ricevuto, grazie. Dott. G. M. M.",
    GM,
    "Giorgio",
    "it",
    "",
    "ricevuta la fattura grazie, fatto il bonifico stamattina. Giorgio",
)
R(
    "Ricevuto, grazie. GMM",
    GM,
    "Giorgio",
    "it",
    "",
    "ricevuta la fattura grazie, fatto il bonifico stamattina. Giorgio",
)
R(
    "Ricevuto, grazie.\nDott. G. M. Marini\nP.S. Da maggio lo studio si sposta in via Po.",
    GM,
    "Giorgio",
    "it",
    "missing_signature",
    "ricevuta la fattura grazie, fatto il bonifico stamattina. Giorgio",
    note="la bozza non FINISCE con la firma",
)
R(
    LONG_IT + "\nDott. G. M. Marini",
    GM,
    "Sara",
    "it",
    "reply_too_long",
    "oggi è stata dura :( ma sto bene. Sara",
)
R(
    LONG_IT + "\nDott. G. M. Marini",
    GM,
    "Sara",
    "it",
    "",
    None,
    note="senza messaggio del paziente: sotto i 1200 caratteri",
)
R(
    LONG_IT + " " + LONG_IT + "\nDott. G. M. Marini",
    GM,
    "Sara",
    "it",
    "reply_too_long",
    None,
    note="senza messaggio del paziente: oltre i 1200 caratteri",
)
R(
    "Caro Giorgio, grazie per questa lettera lunga e sincera. L'ho letta due volte. Scrive che non vede un futuro, e lo prendo sul serio; sono anche contento che mi abbia detto che non sta pensando di farsi del male. Tre giorni a letto sono un'informazione, non un fallimento: ci dicono quanto le cose sono diventate pesanti. Può chiamare lo studio domattina così troviamo un orario in settimana, prima di giovedì? Continui a prendere le pastiglie, e se stanotte le cose peggiorano chiami il numero che abbiamo concordato.\nDott. G. M. Marini",
    GM,
    "Giorgio",
    "it",
    "",
    "Salve,\n\nmi scusi, so che sarà una mail lunga e che avevamo detto di tenere queste cose per la seduta, ma nn credo di riuscire ad aspettare giovedì. Questa settimana è andata male. Sono rimasto a letto mercoledì, giovedì e venerdì. Nn migliorerà niente. Nn sto pensando di farmi del male. Le pastiglie le ho prese tutti i giorni.\n\nGiorgio",
    note="risposta lunga a una lettera lunga",
)
R(
    "Che bella notizia, Francesca! Complimenti.\nE. Bianchi",
    EB,
    "Francesca",
    "it",
    "name_scolding",
    "volevo dirle che mi hanno presa al master a Bologna!!! si parte a settembre 🎉🎉 Francesca",
    note="regola meccanica: nome a fine frase con '!' dopo almeno due parole, anche in un complimento",
)
R(
    "Francesca, che bella notizia! Complimenti.\nE. Bianchi",
    EB,
    "Francesca",
    "it",
    "",
    "volevo dirle che mi hanno presa al master a Bologna!!! si parte a settembre 🎉🎉 Francesca",
)
R(
    "Buongiorno Giorgio! Sì, un bicchiere al matrimonio va bene; se ha dubbi chieda alla psichiatra.\ngmm",
    GM,
    "Giorgio",
    "it",
    "",
    "posso bere un bicchiere di vino al matrimonio di mia sorella con la sertralina? Giorgio",
)
R(
    "Così non puoi andare avanti, Matteo!! Ne parliamo giovedì.\ngmm",
    GM,
    "Matteo",
    "it",
    "name_scolding",
    "bevo tutte le sere per riuscire a dormire. ieri mezza bottiglia di vodka. Matteo",
)
R(
    "Matteo, grazie di avermelo scritto. Ne parliamo giovedì; se stasera bevi, non restare da solo.\ngmm",
    GM,
    "Matteo",
    "it",
    "",
    "bevo tutte le sere per riuscire a dormire. ieri mezza bottiglia di vodka. Matteo",
)
R(
    "NEL WEEKEND NON SONO REPERIBILE, COME CONCORDATO. Ci sentiamo lunedì.\nDott.ssa E. Bianchi",
    EB,
    "Chiara",
    "it",
    "all_caps",
    "ci sei?? ci sei?? ti prego",
)
R(
    "Ricevuto, ci vediamo l'8.",
    EB,
    "Elena",
    "it",
    "missing_signature",
    "Cara dottoressa, come promesso le scrivo durante le vacanze... Ci vediamo l'8. Un abbraccio, Elena",
)
R(
    "Davide, sento quanto sei arrabbiato. Portiamolo in seduta giovedì.\n-- Dott.ssa E. Bianchi",
    EB,
    "Davide",
    "it",
    "",
    "SONO ARRABBIATISSIMO CON LEI XKE HA ANNULLATO LA SEDUTA. DAVIDE",
)
R(
    "Come hai fatto a dimenticartene di nuovo, Alessandro! È la terza volta. DEVI PRENDERE LA COSA SUL SERIO.",
    EB,
    "Alessandro",
    "it",
    "missing_signature name_scolding all_caps",
    "scusi scusi scusi mi sono dimenticato completamente della seduta di oggi!!! la pago ovviamente. che figura. Ale",
)
R(LONG_IT + "\nDott.ssa E. Bianchi", EB, "Luca", "it", "reply_too_long", "ok grazie a giovedi")
R(
    "Grazie, signora Paola. Porti Giulia lunedì alle 16; stasera alle 20 la chiamo per parlare di cosa dirle.\nDott.ssa E. Bianchi",
    EB,
    "Giulia",
    "it",
    "",
    "Buonasera dottoressa, sono Paola la mamma di Giulia. È tornata da scuola muta e si è chiusa in camera. Devo preoccuparmi? Possiamo sentirci un attimo? Paola",
    note="risposta a un genitore; patient_name è la paziente",
)
R(
    "va bene, a giovedì. Dott.ssa Bianchi",
    EB,
    "Luca",
    "it",
    "",
    "ok grazie a giovedi",
    note="titolo + cognome termina con il cognome",
)
R(
    "Va bene, a giovedì Luca!",
    EB,
    "Luca",
    "it",
    "missing_signature name_scolding",
    "ok grazie a giovedi",
    note="nessuna firma; nome a fine frase con '!' dopo quattro parole",
)

# ---------------------------------------------------------------- boundary cases
R(
    "OK. See you Thursday.\nDr. E. Carter",
    EC,
    "Jake",
    "en",
    "",
    "ANSWER ME",
    note="'OK' and a capitalised word are not all_caps",
)
R(
    "Well done Tom! See you Thursday.\nDr. E. Carter",
    EC,
    "Tom",
    "en",
    "name_scolding",
    "Did the exposure exercise in the lift today, two whole floors! Tom",
    note="two words before the name and '!': flagged by the mechanical rule even though it is praise",
)
R(
    "See you Thursday. E.C. 🙂",
    EC,
    "Tom",
    "en",
    "",
    "ok thanks see you thursday",
    note="trailing emoji after the initials",
)
R(
    "Brava Giulia! Ci vediamo giovedì.\nE.B.",
    EB,
    "Giulia",
    "it",
    "",
    "ieri sera nn mi sono tagliata, prima volta in un mese! Francesca",
    note="una sola parola prima del nome: non segnalato",
)
R("A giovedì. E.B. 🙂", EB, "Luca", "it", "", "ok grazie a giovedi", note="emoji dopo le iniziali")
R(
    "VA BENE. A giovedì.\nDott.ssa E. Bianchi",
    EB,
    "Luca",
    "it",
    "",
    "ok grazie a giovedi",
    note="7 lettere maiuscole di fila: sotto la soglia di 12",
)
R(
    "I hear you, and I'm glad you wrote. " * 17 + "\nDr. J. Okafor",
    JO,
    "Megan",
    "en",
    "",
    "I've been trying to write this for an hour so I'm just going to send it. I don't really know what's wrong. Work is fine, Sam is fine. But there's this heaviness every afternoon around four, like a fog coming in, and I spend the rest of the evening on the sofa. Megan",
    note="over 600 characters but under three times the patient's message",
)
R(
    "La sento, e sono contento che mi abbia scritto. " * 14 + "\nDott. G. M. Marini",
    GM,
    "Luca",
    "it",
    "reply_too_long",
    "tre notti di fila brutte. mi può chiamare domani? Luca",
    note="oltre 600 caratteri e più di tre volte il messaggio",
)
