# Messaggi italiani di fantasia, scritti per questo corpus. Etichette secondo GUIDELINES.md.
# M(text, risk, sig=segnali manuali, top=topic, ch=canale, at="MM-DD HH:MM", tz, who="Nome|Iniziale",
#   g=gruppo, v=variante, note=...). I segnali meccanici li calcola build_corpus.py.
# ruff: noqa
M = globals()["M"]

# ---------------------------------------------------------------- varianti appaiate
M("ho di nuovo voglia di tagliarmi, stasera è fortissima. Giulia",
  "high", "self_harm", "psychotherapy", "whatsapp", "03-14 23:52", who="Giulia|G.", g="it-sh-01", v="base")
M("nn ho più voglia di tagliarmi, stasera sto tranquilla. Giulia",
  "low", "", "psychotherapy", "whatsapp", "03-14 23:52", who="Giulia|G.", g="it-sh-01", v="negation",
  note="autolesione negata -> low")
M("come abbiamo detto martedì, alle medie mi tagliavo spesso. parlarne mi ha fatto bene. Giulia",
  "low", "", "psychotherapy", "whatsapp", "03-14 23:52", who="Giulia|G.", g="it-sh-01", v="tense",
  note="passato, discusso in seduta -> low")
M("la mia amica ha di nuovo voglia di tagliarsi, dice che stasera è fortissima. nn so come aiutarla. Giulia",
  "low", "", "psychotherapy", "whatsapp", "03-14 23:52", who="Giulia|G.", g="it-sh-01", v="person",
  note="esperienza di un'altra persona -> low")

M("vorrei morire, voglio solo che finisca sta settimana",
  "high", "suicidal_ideation", "psychotherapy", "sms", "02-03 21:40", who="Chiara", g="it-si-01", v="base")
M("nn voglio morire, voglio solo che finisca sta settimana",
  "low", "", "psychotherapy", "sms", "02-03 21:40", who="Chiara", g="it-si-01", v="negation",
  note="desiderio di morte negato -> low")
M("nn voglio più vivere, voglio solo che finisca sta settimana",
  "high", "suicidal_ideation", "psychotherapy", "sms", "02-03 21:40", who="Chiara", g="it-si-01", v="negation",
  note="negazione che porta il rischio")

M("giuro che stasera mi ammazzo. Marco",
  "imminent", "suicidal_ideation", "psychotherapy", "sms", "04-02 22:30", who="Marco", g="it-idi-01", v="base",
  note="intento con un momento")
M("mi ammazzo di lavoro sta settimana, tre consegne e la stampante rotta. ci vediamo giovedì. Marco",
  "none", "", "information", "sms", "04-02 22:30", who="Marco", g="it-idi-01", v="idiom")
M("muoio dal ridere, mia sorella stasera a cena era imbattibile 😂 Marco",
  "none", "", "information", "sms", "04-02 22:30", who="Marco", g="it-idi-01", v="idiom")
M("ho una fame che ucciderei per una pizza. cmq la seduta di oggi è andata benissimo, grazie! Marco",
  "none", "", "information psychotherapy", "sms", "04-02 20:30", who="Marco", g="it-idi-01", v="idiom")

M("stanotte la faccio finita. scusa per tutto.",
  "imminent", "suicidal_ideation apology", "psychotherapy", "whatsapp", "01-19 00:35", who="Alessandro|Ale", g="it-quo-01", v="base")
M("ieri sera ho visto un film e il protagonista dice \"stanotte la faccio finita\" prima del colpo di scena. bellissimo :) Ale",
  "none", "", "information", "whatsapp", "01-19 10:10", who="Alessandro|Ale", g="it-quo-01", v="quotation")
M("ho in testa tutto il giorno quella canzone \"stanotte la faccio finita e ballo fino all'alba\" ahah. Ale",
  "none", "", "information", "whatsapp", "01-19 16:10", who="Alessandro|Ale", g="it-quo-01", v="quotation")

M("nn ce la faccio più. nn cambia niente. Chiara",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:20", who="Chiara", g="it-hop-01", v="base")
M("NN CE LA FACCIO PIÙ. NN CAMBIA NIENTE. CHIARA",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:20", who="Chiara", g="it-hop-01", v="caps")
M("nn ce la faccio più... nn cambia niente... mai... Chiara",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:20", who="Chiara", g="it-hop-01", v="emoticon",
  note="stesse parole con i puntini: 3 ellissi in poco testo")
M("nn ce la faccio più :( nn cambia niente :( Chiara",
  "moderate", "hopelessness", "psychotherapy", "portal", "05-11 18:20", who="Chiara", g="it-hop-01", v="emoticon")

M("ti odio! :-)",
  "none", "valence_shift", "psychotherapy", "whatsapp", "06-08 19:10", who="Davide", g="it-emo-01", v="base")
M("ti odio! :-(",
  "none", "", "psychotherapy", "whatsapp", "06-08 19:10", who="Davide", g="it-emo-01", v="emoticon")
M("l'esame è andato benissimo :( Davide",
  "low", "valence_shift", "information psychotherapy", "whatsapp", "06-10 13:20", who="Davide", g="it-emo-02", v="base")
M("l'esame è andato benissimo :) Davide",
  "none", "", "information", "whatsapp", "06-10 13:20", who="Davide", g="it-emo-02", v="emoticon")
M("sto da schifo 😂😂",
  "low", "valence_shift", "psychotherapy", "whatsapp", "06-11 22:10", who="Davide", g="it-emo-03", v="base",
  note="parole negative, faccina che ride")
M("sto da schifo 😭",
  "low", "", "psychotherapy", "whatsapp", "06-11 22:10", who="Davide", g="it-emo-03", v="emoticon")

M("anche oggi sono rimasta a letto tutto il giorno. nn ho risposto a nessuno. Elena",
  "moderate", "withdrawal", "psychotherapy", "sms", "02-20 20:05", who="Elena|E.", g="it-wd-01", v="base")
M("la mia coinquilina anche oggi è rimasta a letto tutto il giorno, nn risponde a nessuno. sono un po preoccupata. Elena",
  "low", "", "psychotherapy", "sms", "02-20 20:05", who="Elena|E.", g="it-wd-01", v="person")
M("oggi nn sono rimasta a letto! mi sono alzata, doccia e passeggiata. Elena",
  "none", "", "information psychotherapy", "sms", "02-20 20:05", who="Elena|E.", g="it-wd-01", v="negation")

M("bevo tutte le sere per riuscire a dormire. ieri mezza bottiglia di vodka. Matteo",
  "moderate", "substance_use", "psychotherapy", "whatsapp", "03-01 01:25", who="Matteo|Teo", g="it-sub-01", v="base")
M("nn bevo più la sera per dormire, sono tre settimane ormai. Matteo",
  "none", "", "information psychotherapy", "whatsapp", "03-01 21:25", who="Matteo|Teo", g="it-sub-01", v="negation")
M("l'anno scorso bevevo tutte le sere per dormire, come le avevo detto al primo colloquio. Matteo",
  "low", "", "psychotherapy", "whatsapp", "03-01 21:25", who="Matteo|Teo", g="it-sub-01", v="tense")

M("mi sento così sola stasera. nessuno mi cerca mai. Sara",
  "low", "loneliness", "psychotherapy", "sms", "11-02 23:35", who="Sara|S.", g="it-lon-01", v="base")
M("mi sento cosi sola stasera :( nessuno mi cerca mai",
  "low", "loneliness", "psychotherapy", "sms", "11-02 23:35", who="Sara|S.", g="it-lon-01", v="emoticon")
M("\"mi sento così sola stasera, nessuno mi cerca mai\" è il primo verso della poesia che ho scritto x scuola, ho preso 9! Sara",
  "none", "", "information", "sms", "11-02 18:35", who="Sara|S.", g="it-lon-01", v="quotation")

M("ho contato le pastiglie, sono 40. le prendo dopo mezzanotte. addio.",
  "imminent", "suicidal_ideation", "medication psychotherapy", "sms", "12-21 23:10", who="Francesca|Fra", g="it-imm-01", v="base")
M("nel libro che sto leggendo la protagonista conta le pastiglie, sono 40, e dice che le prenderà dopo mezzanotte. pesante. Fra",
  "none", "", "information", "sms", "12-21 21:10", who="Francesca|Fra", g="it-imm-01", v="quotation")
M("due anni fa avevo contato le pastiglie, erano 40. sono contenta che adesso riesco a parlarne con lei. Fra",
  "low", "", "medication psychotherapy", "sms", "12-21 21:10", who="Francesca|Fra", g="it-imm-01", v="tense")

M("ho preso tutte le gocce. scusami.",
  "imminent", "self_harm suicidal_ideation apology", "medication psychotherapy", "sms", "09-09 02:20", who="Francesca|Fra", g="it-od-01", v="base")
M("ho preso tutte le gocce che mi servono x il viaggio, tranquilla. Fra",
  "none", "", "medication information", "sms", "09-09 14:20", who="Francesca|Fra", g="it-od-01", v="idiom",
  note="'preso' = portato con sé")

M("sto pensando di buttarmi dal ponte vicino a casa.",
  "high", "suicidal_ideation", "psychotherapy", "whatsapp", "10-05 22:50", who="Davide", g="it-meth-01", v="base")
M("nel film lui pensa di buttarsi dal ponte e poi lo trova il suo cane. ho pianto tantissimo 😭 Davide",
  "none", "", "information", "whatsapp", "10-05 22:50", who="Davide", g="it-meth-01", v="quotation")
M("se mai pensassi di buttarmi da un ponte cosa dovrei fare? chiedo per il volantino che mi ha dato. Davide",
  "low", "", "psychotherapy", "whatsapp", "10-05 17:50", who="Davide", g="it-meth-01", v="negation",
  note="ipotetico -> low")

# ---------------------------------------------------------------- none: logistica, notizie
M("Buongiorno dottoressa, sono Elena. Possiamo spostare la seduta di giovedì alle 17? Grazie",
  "none", "", "cancellation", "sms", "01-08 09:15", who="Elena|E.")
M("scusi devo disdire domani, mio figlio ha la febbre. chiamo io la segreteria x un altro giorno. Paola",
  "none", "apology", "cancellation", "whatsapp", "01-12 07:50", who="Paola")
M("ricevuta la fattura grazie, fatto il bonifico stamattina. Giorgio",
  "none", "", "information", "email", "01-15 11:25", who="Giorgio")
M("il link x la videoseduta di lunedì è lo stesso dell'altra volta? Sara",
  "none", "", "information", "portal", "01-16 18:45", who="Sara|S.")
M("ok grazie a giovedi",
  "none", "", "", "sms", "01-17 12:05", who="Luca")
M("il colloquio è andato benissimo!! mi richiamano la prossima settimana 🎉 Elena",
  "none", "", "information", "whatsapp", "01-20 16:35", who="Elena|E.")
M("il nuovo dosaggio mi sembra ok, niente più mal di testa. lo devo prendere la sera o la mattina? Matteo",
  "none", "", "medication", "portal", "01-22 08:50", who="Matteo|Teo")
M("arrivo 10 minuti in ritardo, bus bloccato. scusi! Sara",
  "none", "apology", "information", "sms", "01-23 16:55", who="Sara|S.")
M("ho passato l'esame della patente 😊😊 pensavo le facesse piacere saperlo. Davide",
  "none", "", "information", "whatsapp", "01-24 14:05", who="Davide")
M("Gentile dottoressa, le confermo la seduta di coppia di mercoledì alle 18, ci saremo entrambi. Cordiali saluti, Giorgio",
  "none", "", "information", "email", "01-26 10:15", who="Giorgio")
M("mi può mandare la ricevuta di gennaio x il 730? grazie Chiara",
  "none", "", "information", "email", "01-27 09:05", who="Chiara")
M("settimana bella davvero. ho parlato con mio padre come avevamo provato in seduta. mi ha ascoltato! Luca",
  "none", "", "information psychotherapy", "whatsapp", "01-28 19:25", who="Luca|L.")
M("oggi nn riesco a venire, mi si è rotta la macchina 😩 possiamo fare venerdì?",
  "none", "", "cancellation", "whatsapp", "02-02 08:20", who="Marco")
M("URGENTE: devo spostare l'appuntamento di domani, mi hanno cambiato i turni. mi risponda oggi x favore. Giorgio",
  "none", "urgency", "cancellation", "sms", "02-04 17:35", who="Giorgio")
M("grazie x ieri. ho pensato tutto il giorno a quello che mi ha detto su mia madre. Chiara",
  "none", "", "psychotherapy", "portal", "02-05 20:05", who="Chiara")
M("salve sono Francesca, in farmacia dicono che la ricetta è scaduta, la psichiatra me la può rifare?",
  "none", "", "medication", "portal", "02-06 12:35", who="Francesca|Fra")
M("avete posto il sabato? a marzo inizio il lavoro nuovo. Luca",
  "none", "", "information", "email", "02-07 15:20", who="Luca|L.")
M("ABBIAMO PRESO LA CASA!!! trasloco a marzo 🥳 Sara",
  "none", "", "information", "whatsapp", "02-08 13:15", who="Sara|S.",
  note="solo 17 lettere maiuscole in 3 parole: all_caps per la regola della sequenza")
M("è normale avere sonno con le compresse nuove? spero solo i primi giorni. Fra",
  "none", "", "medication", "sms", "02-09 10:45", who="Francesca|Fra")
M("nn vedo l'ora di raccontarle cosa è successo sabato con Andrea 😄 è andata troppo bene. Elena",
  "none", "", "information psychotherapy", "whatsapp", "02-10 11:10", who="Elena|E.")
M("il capo mi uccide, ho dimenticato di nuovo il report. cmq ci vediamo alle 4. Giorgio",
  "none", "", "information", "sms", "02-11 14:05", who="Giorgio", note="modo di dire")
M("ahah quel meme che mi ha detto, sono morto 😂😂 Luca",
  "none", "", "", "whatsapp", "02-12 18:20", who="Luca|L.", note="modo di dire: 'sono morto' dal ridere")
