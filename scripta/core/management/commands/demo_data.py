"""The demo practice's patients and their between-session messages. All fictional, written for Scripta."""

from __future__ import annotations

from scripta.core.management.commands.demo import DemoMessage as M
from scripta.core.management.commands.demo import DemoPatient as P

PATIENTS = [
    P("giulia", "Giulia Ferraro", "Giulia, G.", "individual", "it", "Europe/Rome", "elena", "2001-05-14",
      ("portal", "whatsapp", "email"), (
        M(6, "18:10", "in", "Buonasera dottoressa, volevo dirle che la settimana è andata abbastanza bene. Ho fatto quello che ci eravamo dette. Giulia"),
        M(6, "19:02", "out", "Grazie Giulia, ne parliamo giovedì. Dr. E. Bianchi"),
        M(2, "23:47", "in", "non riesco a dormire... di nuovo... ho passato tutto il giorno a letto... non so perché le scrivo..."),
        M(1, "00:31", "in", "scusi per l'ora. non ce la faccio più a fingere che vada tutto bene"),
      ), portal_user="giulia"),
    P("marco", "Marco Rinaldi", "Marco", "individual", "it", "Europe/Rome", "elena", "1987-11-02",
      ("portal", "sms"), (
        M(3, "08:15", "in", "Buongiorno, purtroppo giovedì ho un impegno di lavoro e non riesco a venire. Possiamo spostare? Marco", "sms"),
        M(3, "12:40", "out", "Buongiorno Marco, grazie di avermi avvisata. Mi chiami martedì tra le 9 e le 10 e fissiamo il prossimo appuntamento. Dr. E. Bianchi", "sms"),
      )),
    P("famiglia_conti", "Famiglia Conti", "Laura, Laura Conti, Stefano", "family", "it", "Europe/Rome", "elena", "1979-03-21",
      ("portal", "email"), (
        M(4, "21:05", "in", "Gentile dottoressa,\nle scrivo perché dopo l'ultimo incontro Matteo si è chiuso in camera e non parla con nessuno. Stefano dice che è normale alla sua età, io non ne sono sicura. Dobbiamo preoccuparci? Non vorrei esagerare.\nUn caro saluto,\nLaura Conti", "email"),
      )),
    P("sara", "Sara Esposito", "Sara", "individual", "it", "Europe/Rome", "elena", "2009-08-30",
      ("portal", "whatsapp"), (
        M(5, "16:20", "in", "ciao dottoressa oggi a scuola è andata benissimo!!! 😊 Sara", "whatsapp"),
        M(0, "07:55", "in", "MIA MADRE NON CAPISCE NIENTE!!! TI ODIO MAMMA 😂😂", "whatsapp"),
      )),
    P("oliver", "Oliver Grant", "Oliver, Ollie, O.", "individual", "en", "Europe/London", "tom", "1995-01-09",
      ("portal", "sms", "email"), (
        M(7, "17:30", "in", "Hi Tom, just to say the breathing exercise helped before the interview. Oliver"),
        M(7, "18:05", "out", "Good to hear, Oliver. We'll pick it up on Tuesday. T.H."),
        M(1, "23:58", "in", "I don't really know why I'm writing. Everyone seems to be better off without me... I keep thinking I'd like to go to sleep and not wake up."),
      ), portal_user="oliver"),
    P("hannah", "Hannah Webb", "Hannah, H.", "individual", "en", "Europe/London", "tom", "1990-06-17",
      ("portal", "email"), (
        M(2, "10:12", "in", "Morning! Just wanted you to know that everything went well at my sister's wedding, I even gave a short speech :) Hannah", "email"),
      )),
    P("daniel", "Daniel Moss", "Daniel, Dan", "individual", "en", "America/New_York", "tom", "1983-09-05",
      ("portal", "sms"), (
        M(3, "14:22", "in", "Quick question: the GP wants to lower my sertraline from 100mg to 50mg. Should I wait until we've talked about it? Dan", "sms"),
        M(0, "09:40", "in", "PLEASE CALL ME BACK TODAY, IT'S URGENT", "sms"),
      )),
    P("carter_family", "The Carter family", "Emma, Emma Carter, Rob", "family", "en", "Europe/London", "tom", "1976-12-01",
      ("portal", "email"), (
        M(8, "20:30", "in", "Dear Tom,\nThank you for Thursday. The kids talked about the session over dinner, which has never happened before. We'd like to keep the same time next month if possible.\nBest wishes,\nEmma", "email"),
        M(8, "21:00", "out", "Dear Emma, thank you for letting me know. The same time works; see you all then. T.H.", "email"),
      )),
]
