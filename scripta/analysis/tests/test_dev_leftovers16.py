"""Families behind leftover misreadings of dev messages after round 16 (English and Italian).

Risk: a cliff path timed for "when it's quiet" is a weak farewell (counted in a pair or beside a current cue, as in
dev-en-1836), so that a relative's plan told so reads low (dev-en-1838), and so does its hypothetical question, the cue starting at the times sorted for the train so
that the "if" before "the 6.10" reaches it (dev-en-1837); plasters and a blade found in a bag named by its owner's name read low (dev-en-1866: a friend
of the patient's; the rule with "her bag" stays high); where the pet's food is, told in a goodbye
that a partner forwards ("'sorry for everything, dog food is in the shed'", dev-en-1757), is another; in Italian
the way found told bare ("ho trovato il modo."), a night chosen when everybody sleeps ("stasera quando dormono
tutti.") and the date decided as the right one are weak farewells (dev-it-1768); pills kept "per quando sarà il
momento" are a plan (dev-it-1776, a carer's report); a call "per salutarmi", where the will is kept and a hunting gun
already cleaned, told by a daughter (dev-it-1775), and something dear given to someone who "ci tiene più di me"
beside the date decided (dev-it-1774) are weak farewells; a relative
reporting the patient "non esce da giorni" is read (withdrawal, the patient's under a proxy, someone else's
otherwise), and a son of thirty told by his mother is someone else's, not the patient (dev-it-1806, one line in
context._PROXY); a parent asking to bring "her appointment" forward writes about the patient (dev-en-1780).
Signals: "non riesco a uscire prima delle sette" (a timetable) and "non vedo più nessuno dei vecchi colleghi" (a
life that moved on) are no withdrawal; a sobriety milestone nobody noticed and a line to cry on cue in a play are
no masked distress (dev-en-1927, dev-en-1731); a goodbye forwarded in quotes ("sent me 'sorry for everything'") is
not the sender's apology (dev-en-1757). Each family is tested on self-written paraphrases that are not in
the corpus and on counterparts that share the words but not the reading. All the texts are fictional.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    signal_family_tests,
)

# risk families: (paraphrases with their level, counterparts that stay below high)
FAMILIES: Families = {
    # a cliff path timed for when nobody is there: a weak farewell (a pair reads imminent; lowered alone, low)
    "cliff_path_when_it_is_quiet": (
        [
            (
                "My brother said he was going to walk the cliffs when it's dark. His wife found him in time.",
                "low",
            ),
            (
                "My cousin had it all planned, she'd do the cliff path alone when it's quiet. The coastguard got to her first.",
                "low",
            ),
            (
                "Going to do the cliff path tonight when it's quiet. Thanks for everything.",
                "imminent",
            ),
            (
                "I'll head up the clifftop later when there's no one about. Thank you for everything.",
                "imminent",
            ),
        ],
        [
            ("I'll do the cliff path when it's quiet, early on Sunday.", "none"),
            ("My friends and I walk the cliffs when it's quiet, with the dog.", "none"),
            ("Love doing the cliff walk when it's quiet, just me and the seagulls.", "none"),
            ("If we do the cliff path when it's quiet we might see the seals.", "none"),
        ],
    ),
    # the times sorted for a train, then the cliff path when it's quiet: the cue starts at the times, so that an "if"
    # before "the 6.10" reaches it (dev-en-1837)
    "times_sorted_then_the_cliff_path": (
        [
            (
                "If I ever found myself getting the bus times sorted for the 7.15 to the coast to walk the cliffs when it's dark, who do I call?",
                "low",
            ),
            (
                "What if I got the times sorted for the 5.40 and went to do the cliff path when there's no one about, would you have to tell someone?",
                "low",
            ),
            (
                "My uncle had the train times sorted for the 8.05 to Dover, he'd walk the cliffs when it's quiet. The police found him.",
                "low",
            ),
            (
                "Got the train times sorted for the 6.45 to the coast, I'll do the cliff path when it's quiet. Thanks for everything.",
                "imminent",
            ),
        ],
        [
            (
                "Got the times sorted for the 9.30 to Howth to do the cliff path when it's quiet, with the walking club.",
                "none",
            ),
            (
                "Had the bus times sorted for the 10.15, we'll do the cliff walk when it's quiet and take photos of the puffins.",
                "none",
            ),
            (
                "If I get the times sorted for the 8.20 I'll do the cliff path when it's quiet, then lunch in the pub with Mam.",
                "none",
            ),
            (
                "Sorted the train times for the 7.50 to walk the cliffs when it's quiet, the kids love the seals.",
                "none",
            ),
        ],
    ),
    # where the pet's food is, told in a goodbye ("'sorry for everything, dog food is in the shed'")
    "pet_food_told_in_a_goodbye": (
        [
            ("Sorry for everything. The dog food is in the shed.", "imminent"),
            (
                "It's Jen, Mark's wife. He texted 'thanks for everything, the dog's food is under the sink' and now he won't answer.",
                "imminent",
            ),
            ("dogs food is in the garage. thank you for everything, honestly.", "imminent"),
            ("Thanks for everything. Cat food's in the cupboard, Mam will take her.", "imminent"),
        ],
        [
            ("Thanks for everything! Dog food is in the shed, we're back on Sunday.", "none"),
            (
                "Sorry for everything this week, the dog food is in the shed if you need it while we're away.",
                "none",
            ),
            ("Dog food is in the shed. Thanks for everything you're doing for Ruby.", "none"),
            ("The dog's biscuits are in the pantry, thanks for everything you do for us", "none"),
        ],
    ),
    # the way found told bare, a night chosen when everybody sleeps, the date decided, thanks "x tutto": weak farewells
    "it_way_found_night_chosen_date_decided": (
        [
            ("ho trovato il modo. stasera quando dormono tutti.", "imminent"),
            ("Ho trovato il modo. Grazie di tutto, davvero.", "imminent"),
            ("stanotte quando dormono tutti. grazie per tutto", "imminent"),
            ("ho deciso che sabato è il giorno giusto. grazie di tutto", "imminent"),
            ("Ho deciso che il 12 è la data giusta. Ho trovato il modo.", "imminent"),
            ("mia sorella ha scritto: ho trovato il modo. stasera quando dormono tutti.", "low"),
        ],
        [
            ("Ho trovato il modo! Grazie x tutto, ci vediamo giovedì.", "none"),
            ("Ho trovato il modo di aggiustare la stampante, grazie x tutto", "none"),
            ("stasera quando dormono tutti finisco di incartare i regali", "none"),
            ("ho deciso che il 3 dicembre è la data giusta: prenoto la sala", "none"),
            ("grazie x tutto questo tempo insieme, ci vediamo a settembre", "none"),
            ("Ho trovato il modo, per la bolletta: la pago online.", "none"),
        ],
    ),
    # pills kept "per quando sarà il momento": a plan (a carer or a relative reporting the patient; the sender's own)
    "it_pills_kept_for_when_the_moment_comes": (
        [
            (
                "Ho messo da parte le pastiglie della sera, le tengo per quando sarà il momento.",
                "imminent",
            ),
            (
                "le pastiglie le tengo per quando sarà il momento, ormai ne ho abbastanza",
                "imminent",
            ),
            (
                "Sono la figlia di Anna. Ha nascosto le compresse nel cassetto e dice che le tiene per quando sarà il momento.",
                "imminent",
            ),
            (
                "Buongiorno, sono la badante del signor Aldo. I sonniferi li nasconde nel comodino, dice che li tiene «per quando sarà il momento».",
                "imminent",
            ),
        ],
        [
            ("Le tachipirine le tengo per quando sarà il momento del viaggio", "none"),
            ("i confetti li tengo per quando sarà il momento", "none"),
            ("le gocce le tengo per quando sarà il momento di dormire in aereo", "none"),
            (
                "Le pastiglie per il mal di testa le tengo in borsa, per quando sarà il momento dell'esame.",
                "none",
            ),
        ],
    ),
    # told by a relative: a call made "per salutarmi", where the will is kept, the hunting gun cleaned (weak farewells)
    "it_farewell_call_will_and_gun_told_by_a_relative": (
        [
            (
                "Sono Paolo, il figlio della signora Ada. Mi ha chiamato per salutarmi e mi ha detto dove tiene il testamento.",
                "imminent",
            ),
            (
                "Sono la figlia di Sergio. Ci ha chiamati per salutarci, il suo fucile lo ha già preparato, e ora non risponde più.",
                "imminent",
            ),
            ("Il fucile l'ha già pulito. Mi ha detto dove tiene il testamento.", "imminent"),
            ("Mio padre mi ha chiamata per «salutarmi» e il fucile l'ha già pulito.", "low"),
        ],
        [
            (
                "Mi ha chiamato per salutarmi prima di partire per Lisbona, e mi ha detto dove tiene il testamento, è un tipo ordinato.",
                "none",
            ),
            (
                "Papà il fucile l'ha già pulito per l'apertura della caccia, mi ha chiamato per salutarmi.",
                "none",
            ),
            ("Il notaio mi ha spiegato dove è il testamento del nonno, domani la lettura.", "none"),
            ("Mia zia mi ha chiamata per salutarmi, è tornata dalle vacanze.", "none"),
        ],
    ),
    # something dear already given to someone who "ci tiene più di me" (a weak farewell)
    "it_dear_thing_given_to_who_cares_more": (
        [
            (
                "ho deciso che sabato è il giorno giusto. il cane l'ho lasciato a mia sorella, lei ci tiene più di me",
                "imminent",
            ),
            (
                "Ho trovato il modo. Il pianoforte l'ho dato a mio nipote, lui ci tiene più di me.",
                "imminent",
            ),
            (
                "Ho deciso che il 20 è la data giusta. Le monete del nonno le ho già date a Marco, lui ci tiene più di me.",
                "imminent",
            ),
            (
                "Stanotte quando dormono tutti. Le mie tele le ho regalate a Ines, lei ci tiene più di me.",
                "imminent",
            ),
        ],
        [
            (
                "Il trasloco è sabato. Il divano l'ho dato a mia cugina, lei ci tiene più di me. Ho trovato il modo di far stare tutto nel furgone.",
                "none",
            ),
            (
                "la macchina fotografica l'ho regalata a Giulia, lei ci tiene più di me, io non la uso mai",
                "none",
            ),
            (
                "Il gatto l'ho lasciato a mia madre, lei ci tiene più di me, ci vediamo giovedì.",
                "none",
            ),
            ("Gli appunti li ho dati a Luca, lui ci tiene più di me all'esame.", "none"),
        ],
    ),
    # plasters and a blade found in a bag named by its owner's name (a friend of the patient's, dev-en-1866): low
    "a_blade_found_in_a_named_bag": (
        [
            (
                "Hi, it's Priya, Zara's mum. Zara's friend Ruby stayed over and I found plasters and a craft knife in Ruby's pencil case. Do I tell her parents?",
                "low",
            ),
            (
                "I noticed a craft knife and bandages in Lily's drawer when I was tidying, she's my niece.",
                "low",
            ),
            (
                "My daughter's friend left her bag here; I found plasters and a scalpel in Amy's make-up bag.",
                "low",
            ),
            (
                "Saw some bandages and a craft knife in Leo's wash bag on the school trip, he's in my son's class.",
                "low",
            ),
        ],
        [
            (
                "Found plasters and scissors in Mia's bag, she's doing first aid at Brownies.",
                "none",
            ),
            ("I saw plasters and a Stanley knife in Dad's toolbox.", "none"),
            ("Put plasters and a craft knife in Ellie's pencil case for the art trip.", "none"),
            (
                "Found the plasters and the craft knife in the teacher's drawer, the kids can't reach them.",
                "none",
            ),
        ],
    ),
    # a relative reporting the patient "non esce da giorni" (the patient's under a proxy, someone else's otherwise)
    "it_not_out_for_days_told_by_a_relative": (
        [
            (
                "Dottoressa, sono la sorella di Marco. Non esce da giorni dalla sua stanza e non mangia.",
                "moderate",
            ),
            ("Sono Lucia, la mamma di Viola: non esce da tre giorni e non mangia", "moderate"),
            ("Buongiorno, sono la moglie di Franco. Non esce da una settimana.", "moderate"),
            ("mio fratello non esce da giorni", "low"),
            ("il mio coinquilino non esce più da giorni, sono preoccupata", "low"),
        ],
        [
            ("la macchia non esce da giorni", "none"),
            ("il disco non esce da mesi, che attesa", "none"),
            ("Il sangue dal naso non esce più, tutto a posto.", "none"),
            ("Il film esce da giovedì al cinema, andiamo?", "none"),
        ],
    ),
    # a parent asking to bring "her appointment" forward writes about the patient
    "parent_brings_her_appointment_forward": (
        [
            (
                "Dear Dr Lowe, Amelia hasn't left her room since Friday and is barely eating. Could we bring her appointment forward? Deepa",
                "moderate",
            ),
            (
                "Hello, Noah hasn't left his room since Saturday and won't eat. Can we move his session earlier? Thanks, Priya",
                "moderate",
            ),
            ("Tom says he wants to die. Could we bring his appointment forward? Helen", "high"),
            (
                "Ruby hasn't been out of the house all week. Is it possible to bring her next appointment forward? Sam",
                "moderate",
            ),
        ],
        [
            (
                "My friend hasn't left her room all week, I'm worried. Could we bring my appointment forward?",
                "low",
            ),
            (
                "Could we bring her appointment forward? She's feeling much better, no need to wait. Ana",
                "none",
            ),
            (
                "Evie's been great this week! Could we bring her appointment forward to 3pm because of swimming?",
                "none",
            ),
            (
                "My sister has been in bed all week. Could we bring her appointment forward at her clinic? I don't know.",
                "low",
            ),
        ],
    ),
}

# level over-readings: (texts that stay below high, risk versions that keep their level)
LOWERED: Families = {
    # a son or a daughter of thirty or more told by a parent: someone else's, not the patient's (a proxy is a parent
    # writing about a teenage child, GUIDELINES); a teenage child stays the patient's
    "it_an_adult_child_reported_by_a_parent": (
        [
            ("Mio figlio di 34 anni beve tanto la sera, lo sento al telefono.", "low"),
            ("Mia figlia, 31 anni, non esce di casa da una settimana. Sono in pensiero.", "low"),
            (
                "mio figlio (quello di quarant'anni) ha detto che vuole morire, sono sconvolta",
                "low",
            ),
            ("Mio figlio, 32 anni, dice che vuole farla finita. Io non so cosa fare.", "low"),
        ],
        [
            ("Nostro figlio di 15 anni ha detto che vuole farla finita.", "high"),
            ("Mia figlia di 14 anni si taglia le braccia da settimane.", "high"),
            ("mia figlia ha 16 anni e si taglia di nuovo", "high"),
            ("Mio figlio (il piccolo, quello di 13 anni) dice che vuole morire.", "high"),
        ],
    ),
}

(
    test_leftovers16_family_reads_its_level,
    test_leftovers16_counterpart_stays_below_high,
    test_leftovers16_lowered_stays_below_high,
    test_leftovers16_risk_version_keeps_its_level,
) = family_tests(FAMILIES, LOWERED)


def test_leftovers16_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 4, 4)
    assert_family_sizes(LOWERED, 4, 4)


# signal families: (signal, texts that raise it, counterparts that do not and stay below high)
SIGNAL_FAMILIES: SignalFamilies = {
    # out of work before a time, in time for something: a timetable, not a withdrawal
    "it_not_out_before_a_time": (
        "withdrawal",
        [
            "non riesco a uscire di casa da tre giorni",
            "non riesco più a uscire, sto a letto tutto il giorno",
            "non riesco nemmeno a uscire di casa, resto a letto",
            "non esco di casa da giorni",
        ],
        [
            "Questa settimana non riesco a uscire prima delle sette dall'ufficio, possiamo spostare a giovedì?",
            "non riesco a uscire dal lavoro in tempo per le 18",
            "non riesco a uscire in tempo per la seduta, mi scusi",
            "martedì nn riesco a uscire dal negozio prima delle otto",
        ],
    ),
    # none of a group left behind: a life that moved on, not contact cut off
    "it_none_of_the_old_colleagues": (
        "withdrawal",
        [
            "non vedo più nessuno, sto chiusa in casa",
            "non vedo più nessuno dei miei amici, non ne ho la forza",
            "non rispondo più a nessuno da giorni",
            "Non vedo più nessuno da settimane, non ce la faccio.",
        ],
        [
            "Da quando sono in pensione non vedo più nessuno dei vecchi colleghi, ma sto bene.",
            "non vedo più nessuno delle compagne del liceo, ci siamo perse",
            "da quando ho cambiato città non vedo più nessuno dei colleghi di prima",
            "ho smesso di lavorare e non vedo più nessuno degli ex colleghi, pazienza",
        ],
    ),
    # a sobriety milestone nobody noticed, a line to cry on cue: no masked distress
    "sobriety_unnoticed_and_crying_on_cue": (
        "valence_shift",
        [
            "It was my birthday and nobody even noticed 🙂",
            "Three weeks sober and nobody noticed, nobody cares 🙂",
            "I cry every night lol 😂",
            "I hate my life 😂",
        ],
        [
            "Two months sober today! Had mocktails at the wedding and no one even noticed 😊",
            "Six weeks without a drink! Ordered sparkling water at the pub, nobody clocked it 🎉",
            "I'm playing Juliet and I have to cry on cue in the tomb scene, I just can't 😂",
            "Got the part! I have to cry on cue in act two, wish me luck 😂",
        ],
    ),
    # someone else's goodbye forwarded in quotes ("he's just sent me 'sorry for everything'"): not the sender's apology
    "a_forwarded_sorry": (
        "apology",
        [
            "Sorry for the late message.",
            "sorry, I sent you the wrong form",
            "I sent him 'sorry' and then I felt bad, sorry to bring it up",
            "So sorry I missed Tuesday.",
        ],
        [
            "He's just sent me 'sorry for everything' and his phone is off.",
            "Dad texted 'sorry, running late' lol",
            "She wrote 'sorry for everything' on the card.",
            "My son messaged me 'sorry mum' after the row, we're fine now.",
        ],
    ),
}

(
    test_leftovers16_signal_family_raises_its_signal,
    test_leftovers16_signal_counterpart_has_no_signal,
) = signal_family_tests(SIGNAL_FAMILIES)
