"""Italian rule families behind the misses, level misreadings and false alarms of blind round 15.

Misses (high or imminent read below high): "mi sparerei" in the conditional, beside "mi ammazzerei";
a wish to die of last year carried into this one ("e quest'anno sarà uguale"); a farewell disguised
as a cancellation (letters for the children, the bank's papers in order, "non vengo, e neanche
dopo", "è stato un piacere conoscerla": weak farewells that count together); charcoal with tape or
a sealed room; parents writing together ("mia moglie ed io le scriviamo") as proxies; a pet's care
asked for "nel caso mi succedesse qualcosa", the request before the if; God or death asked to come
and take the sender (God the subject of the sender's cue); a way out kept "se proprio va male".
Levels: sedatives counted beyond the usual; days in bed or on the sofa told as a span; a panic
attack going on, or stopping the sender where they are; mild low mood ("svuotata", "provata", "una
giornata un po' grigia") and grief for someone dead ("mi manca da matti"); a weekday with its part
of the day as the time of a method ("sabato sera", "domenica all'alba"); "in una volta" (all at
once) no longer read as "una volta" (once, long ago); a whole bottle swallowed all at once; pills
laid out and counted; pills swallowed, "tutte quelle che c'erano" (a parent's report); a whole pack
swallowed with drinks; scratching until blood. False alarms: "giù di corda" (low mood, not a
rope); a cut with a work tool or at work. Signals: asking what to do ("che faccio??") beside a cue
is a request for support; a heart that goes with a thanks is not a valence shift; tears of joy or
of a moving film are not masked distress.

An intent told as a recurring thought ("a volte penso che mi ammazzo e basta") is read as suicidal
thoughts (high), not imminent.

Left: looking down from the balcony (a plan for high); the imminent cases the net reads high (a date chosen with
possessions given away, a relative's report of a firearm or a stockpile, a plan and a thanks); an
adult son's drinking reported by his mother (the proxy reading).

Each family is tested on fictional paraphrases that are NOT in the corpus and on texts sharing its
words with the other reading. The corpus items themselves are measured by bench/analysis_eval.py.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import (
    Families,
    SignalFamilies,
    assert_family_sizes,
    family_tests,
    level,
    lowered_keeps_its_cue_test,
    signal_family_tests,
)

# family -> (paraphrases at their level, counterparts below high), each with its level
MISSES: Families = {
    # the conditional of shooting or hanging oneself, as "mi ammazzerei"; an object, a nuisance or a
    # cause after it is not ("mi sparerei una serie", "piuttosto che", "dal ridere")
    "conditional_shoot_or_hang_oneself": (
        [
            ("stanotte mi sparerei, lo dico sul serio", "high"),
            ("certe sere mi impiccherei, davvero", "high"),
            ("mi sparerei in testa, non ne posso più", "high"),
            ("oggi mi sparerei e basta", "high"),
        ],
        [
            ("mi sparerei una serie intera stasera", "none"),
            ("mi sparerei volentieri un caffè doppio", "none"),
            ("mi sparerei piuttosto che rifare quell'esame", "none"),
            ("mi sparerei dal ridere con quel video", "none"),
        ],
    ),
    # a wish to die of a past season carried into this year ("e quest'anno sarà uguale", "anche
    # quest'anno è così"); this year told as better or different stays past
    "past_wish_carried_into_this_year": (
        [
            ("l'estate scorsa volevo morire e quest'anno sarà uguale", "high"),
            ("due anni fa a Pasqua volevo morire, anche quest'anno è così", "high"),
            (
                "l'anno scorso a Capodanno pensavo di farla finita e quest'anno sarà lo stesso",
                "high",
            ),
            ("il Natale scorso volevo sparire per sempre, quest'anno è uguale", "high"),
        ],
        [
            ("l'anno scorso volevo morire, quest'anno invece sto meglio", "low"),
            ("l'anno scorso a Natale volevo morire, quest'anno è diverso", "low"),
            ("due anni fa volevo morire, anche quest'anno sto bene", "low"),
            ("l'anno scorso volevo morire ma adesso sto bene", "low"),
        ],
    ),
    # a farewell disguised as a cancellation: letters for the children, the bank's papers in order,
    # "non vengo, e neanche dopo", "è stato un piacere conoscerla" (weak farewells: two together make a
    # farewell); each alone, or with a move or an errand, is an everyday phrase
    "farewell_disguised_as_a_cancellation": (
        [
            (
                "ho scritto le lettere per i bambini e messo in ordine i documenti della banca. è stato un piacere conoscerla",
                "imminent",
            ),
            (
                "ho lasciato una lettera per i figli. venerdì non vengo e nemmeno le prossime.",
                "imminent",
            ),
            (
                "ho sistemato i conti della banca. non verrò alla seduta, e neanche dopo. è stato un onore conoscerla.",
                "imminent",
            ),
            ("ho scritto le lettere per i ragazzi. è stato un piacere conoscerla.", "imminent"),
        ],
        [
            ("ho scritto le lettere per i bambini della classe, domani è Natale", "none"),
            ("ci trasferiamo a Torino, è stato un piacere conoscerla", "none"),
            ("ho messo in ordine le carte della banca, che fatica", "none"),
            ("domani non vengo alla seduta, ho il dentista", "none"),
        ],
    ),
    # charcoal with tape, or a room sealed: the means of a charcoal death gathered; a barbecue, a
    # stove, a move, a shower's silicone are not
    "charcoal_and_tape": (
        [
            ("ho comprato il carbone e lo scotch, domenica la cantina è libera", "imminent"),
            ("la carbonella e il silicone li ho nel bagagliaio, sabato resto solo", "imminent"),
            (
                "ho preso il braciere e il nastro adesivo per chiudere le fessure della camera",
                "imminent",
            ),
            ("nastro americano e carbonella, ho preso tutto, i miei sono via", "imminent"),
        ],
        [
            ("ho preso la carbonella per il barbecue di domenica e lo scotch per i pacchi", "none"),
            ("carbonella e nastro adesivo per la grigliata di ferragosto", "none"),
            ("ho comprato il carbone per la stufa e il silicone per la doccia", "none"),
            ("nastro da pacchi e carbonella per il trasloco e la grigliata di saluto", "none"),
        ],
    ),
    # parents writing together ("mia moglie ed io le scriviamo") report the patient's state; the
    # same couple writing about a brother-in-law, a neighbour, a friend reports someone else's
    "parents_writing_together": (
        [
            (
                "io e mio marito le scriviamo perché Luca scrive nel diario che vorrebbe morire",
                "high",
            ),
            (
                "mio marito ed io volevamo dirle che Anna vorrebbe addormentarsi e non svegliarsi più",
                "high",
            ),
            (
                "io e mia moglie le scriviamo perché Marco ha detto a scuola che vuole farla finita",
                "high",
            ),
            ("mio marito ed io le scriviamo perché Chiara dice che sarebbe meglio morire", "high"),
        ],
        [
            ("io e mia moglie le scriviamo perché mio cognato dice che vorrebbe morire", "low"),
            (
                "io e mio marito volevamo dirle che la nostra vicina vorrebbe morire, ci ha spaventati",
                "low",
            ),
            ("io e mia moglie le scriviamo perché la sua amica Giada dice che vuole morire", "low"),
            ("mia moglie ed io le scriviamo per spostare la seduta di Luca a venerdì", "none"),
        ],
    ),
    # a pet's care asked for "nel caso mi succedesse qualcosa", the request told before the if:
    # preparation; an operation, a trip, a holiday named are not
    "care_asked_for_if_something_happens": (
        [
            (
                "ho chiesto a mia sorella se, nel caso mi succedesse qualcosa, si prenderebbe cura del gatto",
                "high",
            ),
            (
                "ho domandato alla vicina se, qualora mi capitasse qualcosa, terrebbe lei il cane",
                "high",
            ),
            ("ho detto a Paolo che se mi succede qualcosa si occupa lui dei pesci", "high"),
            (
                "ho chiesto a mio fratello se, in caso mi succedesse qualcosa, baderebbe lui a Fido. Ha detto di sì",
                "high",
            ),
        ],
        [
            (
                "ho chiesto a mia sorella se, nel caso mi succedesse qualcosa durante l'operazione, si occuperebbe del gatto",
                "none",
            ),
            (
                "ho chiesto alla vicina se, nel caso mi succedesse qualcosa in viaggio, terrebbe lei il cane",
                "none",
            ),
            (
                "ho chiesto a mio cugino se si occuperebbe lui del cane ad agosto, quando sono in ferie",
                "none",
            ),
            (
                "ho chiesto a Marta se, nel caso mi capitasse qualcosa in trasferta, baderebbe lei alle piante",
                "none",
            ),
        ],
    ),
    # God or death asked to come and take the sender: a passive wish to die; a lift to a place, a
    # headache taken away are not
    "god_asked_to_come_and_take_me": (
        [
            ("prego il Signore che venga a prendermi presto, sono stanca", "high"),
            ("ogni sera chiedo a Dio perché non viene a prendermi", "high"),
            ("dico alla Madonna di portarmi via, non ce la faccio più", "high"),
            ("spero che la morte venga a prendermi nel sonno", "high"),
        ],
        [
            ("ringrazio il Signore che mio figlio viene a prendermi alla stazione", "none"),
            ("chiedo a Dio la forza, poi mio marito viene a prendermi al lavoro", "none"),
            ("speriamo che la Madonna mi porti via questo mal di testa", "none"),
            ("mio fratello non si decide a venirmi a prendere, Dio che pazienza", "none"),
        ],
    ),
    # a way out the sender keeps "se va male" ("una via d'uscita ce l'ho sempre, lei mi capisce"); the
    # hope that there is always a way out, or an exit explained (a job, savings, a contract), is not
    "a_way_out_kept_in_reserve": (
        [
            ("tanto la scappatoia ce l'ho sempre, se va male", "high"),
            ("ho sempre una via di fuga, lei sa cosa intendo", "high"),
            ("se le cose vanno male, l'uscita di sicurezza la tengo da parte", "high"),
            ("se proprio va male una via d'uscita ce l'ho sempre, lei mi capisce", "high"),
        ],
        [
            ("c'è sempre una via d'uscita, me lo ripete sempre lei", "none"),
            (
                "se il lavoro va male una via d'uscita ce l'ho sempre: torno dai miei in negozio",
                "none",
            ),
            ("una porta d'uscita ce l'ho sempre, ho i risparmi da parte", "none"),
            ("la scappatoia ce l'ho sempre: il contratto scade a giugno", "none"),
        ],
    ),
    # sedatives counted beyond the usual, to get through something: use to cope (moderate); an
    # extra dose the doctor told, a fever's paracetamol are not
    "sedatives_beyond_the_usual": (
        [
            (
                "Oggi ho preso tre gocce di Lexotan in più perché non reggevo la cena dai suoceri",
                "moderate",
            ),
            ("ieri sera ho preso un Tavor di troppo per dormire", "moderate"),
            ("ho preso due Xanax in più per arrivare a fine giornata", "moderate"),
            ("stamattina ho preso mezzo Rivotril in più, non reggevo l'ansia", "moderate"),
        ],
        [
            ("ho preso una pastiglia di Xanax in più, come mi ha detto la psichiatra", "none"),
            ("ho preso due Xanax in più del solito, me l'ha consigliato il medico", "none"),
            ("ho preso due tachipirine in più per la febbre", "none"),
            ("ho preso un ombrello in più per la gita", "none"),
        ],
    ),
    # days in bed or on the sofa told as a span, shutters down (withdrawal, moderate); an illness,
    # an injury or a pastime told beside it is not
    "days_in_bed_or_on_the_sofa": (
        [
            ("passo tutta la giornata a letto, non apro neanche le persiane", "moderate"),
            ("trascorro le giornate sotto le coperte, esco solo per il pane", "moderate"),
            ("sono chiusa in camera da tre giorni, non rispondo a nessuno", "moderate"),
            ("sono sul divano da lunedì, ho detto al capo che sto male ma non è vero", "moderate"),
        ],
        [
            ("passo le giornate a letto con l'influenza, che noia", "none"),
            ("sono sul divano da domenica con la gamba ingessata", "none"),
            ("sono sul divano da sabato a guardare le Olimpiadi", "none"),
            ("passo le giornate al mare con i bambini", "none"),
        ],
    ),
    # a panic attack going on for a while, or stopping the sender where they are (moderate); one told
    # as past, or read about, is not
    "panic_attack_going_on": (
        [
            (
                "sono in macchina davanti all'ufficio, attacco di panico da venti minuti, non riesco a scendere",
                "moderate",
            ),
            ("al supermercato mi è venuto un attacco di panico, non riesco a muovermi", "moderate"),
            ("attacco d'ansia da un'ora, sono chiusa in bagno", "moderate"),
            ("crisi di panico da stamattina, non riesco a calmarmi", "moderate"),
        ],
        [
            ("il mese scorso ho avuto un attacco di panico da mezz'ora, ora va meglio", "low"),
            ("due anni fa ho avuto un attacco di panico da mezz'ora in metro", "low"),
            ("ho letto un articolo sull'attacco di panico da stress", "none"),
            ("la lezione sull'attacco di panico dura da mezz'ora", "none"),
        ],
    ),
    # mild low mood ("svuotata", "provata", "una giornata un po' grigia") and grief for someone dead
    # ("mi manca da matti"): low; the weather, a move, someone away are not
    "mild_low_mood_and_grief": (
        [
            ("giornata un po' grigia oggi, niente di che", "low"),
            ("è morta la mia gatta a maggio e mi manca tantissimo", "low"),
            ("dopo il turno di notte sono provata ma sto bene", "low"),
            ("mi sento un po' svuotata dopo la seduta di ieri", "low"),
        ],
        [
            ("giornata grigia, piove da stamattina", "none"),
            ("mi manca da matti il mare", "none"),
            ("il mio ragazzo è in Erasmus, mi manca da matti", "none"),
            ("sono svuotato dal trasloco", "none"),
        ],
    ),
    # a weekday with its part of the day ("sabato sera", "domenica all'alba") is the time of a method,
    # as "stasera" (a plan); the same times with a purpose at the place are not a method at all
    "weekday_with_its_part_of_the_day": (
        [
            ("sabato sera salgo sul cavalcavia della tangenziale.", "imminent"),
            ("venerdì notte vado ai binari della stazione vecchia.", "imminent"),
            ("domenica all'alba vado al viadotto della statale.", "imminent"),
            ("giovedì sera salgo sul cavalcavia della circonvallazione.", "imminent"),
            # the place told more closely ("..., quello sopra la ferrovia")
            (
                "sabato sera salgo sul viadotto della superstrada, quello sopra la ferrovia. Ho deciso.",
                "imminent",
            ),
            ("venerdì notte salgo sul viadotto del raccordo, quello più alto.", "imminent"),
        ],
        [
            ("domenica mattina salgo sul ponte per fotografare l'alba", "none"),
            ("sabato mattina salgo sul tetto per sistemare l'antenna", "none"),
            ("venerdì sera andiamo sul ponte a vedere i fuochi", "none"),
            ("domenica mattina vado al fiume a pescare con mio padre", "none"),
            (
                "salgo sul viadotto della superstrada, quello sopra la ferrovia, per fare le foto",
                "none",
            ),
            (
                "domenica mattina vado al cavalcavia della statale, quello vicino al cimitero, con mio figlio a vedere i treni",
                "none",
            ),
        ],
    ),
    # "in una volta" (all at once) is how the act was done, not "una volta" (once, long ago)
    "all_at_once_is_not_once_upon_a_time": (
        [
            ("ho bevuto tutta la boccetta di Minias in una volta", "imminent"),
            ("ho preso tutte le pastiglie in una volta sola", "imminent"),
            ("ho mandato giù tutto il blister tutto in una volta", "imminent"),
            ("stasera ho ingoiato tutte le compresse in una volta", "imminent"),
        ],
        [
            ("una volta ho bevuto tutta la boccetta di Minias, tanti anni fa", "low"),
            ("una volta, da ragazza, ho preso tutte le pastiglie", "low"),
            ("una volta ho preso tutte le pastiglie di mia madre, avevo sedici anni", "low"),
            ("una volta ho mandato giù tutto il blister, poi sono guarita", "low"),
        ],
    ),
    # a whole bottle of drops or a box of pills swallowed all at once ("l'ho buttata giù tutta
    # insieme"): the act done; a syrup, biscuits, throat lozenges, eye drops are not
    "whole_bottle_swallowed_at_once": (
        [
            ("la scatola di Xanax l'ho mandata giù in una volta sola", "imminent"),
            ("il blister di Tavor, li ho presi tutti insieme", "imminent"),
            ("ho aperto la confezione di pastiglie e le ho ingoiate tutte insieme", "imminent"),
            ("il flacone intero di gocce per dormire l'ho bevuto d'un fiato", "imminent"),
        ],
        [
            ("la boccetta di sciroppo l'ho bevuta tutta insieme", "none"),
            ("la scatola di biscotti l'ho mangiata tutta in una volta", "none"),
            (
                "la confezione di pastiglie per la gola le ho prese tutte insieme nel weekend",
                "none",
            ),
            ("la boccetta di gocce oculari l'ho finita in una settimana", "none"),
        ],
    ),
    # the packs or the pills laid out and counted ("le ho tutte qui sul tavolo, contate"): a plan; a
    # stocktake, a trip, expired packs for the chemist are not
    "pills_laid_out_and_counted": (
        [
            ("le pastiglie le ho tutte qui sul comodino, contate", "imminent"),
            ("i blister di Tavor li ho tutti in fila sul letto, contati", "imminent"),
            ("le scatole di sonniferi le ho qui davanti a me, già contate", "imminent"),
            (
                "le compresse della psichiatra le ho tutte sulla scrivania, contate. grazie di tutto",
                "imminent",
            ),
        ],
        [
            ("le confezioni del negozio le ho tutte qui, contate per l'inventario", "none"),
            ("le compresse le ho tutte qui in valigia, contate, parto domani per Madrid", "none"),
            ("le medicine scadute le ho tutte qui, contate, da riportare in farmacia", "none"),
            ("le scatole del trasloco le ho tutte qui, contate", "none"),
            ("le confezioni di biscotti le ho tutte qui, contate", "none"),
        ],
    ),
    # pills swallowed, "tutte quelle che c'erano": the act, the sender's or (a parent writing) the
    # patient's; pills fetched from the chemist or a cupboard, or someone else's act, are not
    "all_the_pills_there_were": (
        [
            ("ho preso le pastiglie di mia madre, tutte quelle che c'erano", "imminent"),
            (
                "ieri sera ho ingoiato le compresse del nonno, tutte quelle che erano nel cassetto",
                "imminent",
            ),
            (
                "sono la mamma di Luca: stanotte ha mandato giù le gocce del padre, tutte quelle che restavano",
                "imminent",
            ),
            ("stanotte ho preso i sonniferi, tutti quelli che avevo", "imminent"),
        ],
        [
            (
                "ho preso le pastiglie dall'armadietto, tutte quelle che c'erano, per portarle alla nonna in ospedale",
                "none",
            ),
            ("ho preso le medicine dalla farmacia, tutte quelle che c'erano sulla lista", "none"),
            ("ho preso le pastiglie in farmacia, tutte quelle che c'erano nella ricetta", "none"),
            (
                "mia cugina ha preso le pastiglie della zia, tutte quelle che c'erano, l'hanno portata in ospedale",
                "low",
            ),
        ],
    ),
    # a whole pack swallowed with drinks counted ("tutto il blister nuovo con un paio di bicchieri di
    # vino"): the act, the drink part of it; a pack of food with a drink is not
    "whole_pack_with_drinks": (
        [
            ("ho preso tutto il flacone con due birre", "imminent"),
            ("ho mandato giù tutta la scatola con mezza bottiglia di rosso", "imminent"),
            ("ho ingoiato l'intero blister insieme a qualche bicchierino", "imminent"),
            (
                "ha preso tutta la confezione di Tavor con tre amari, sono la mamma di Sara",
                "imminent",
            ),
        ],
        [
            ("ho preso tutta la confezione di biscotti con un bicchiere di latte", "none"),
            ("ho finito tutta la scatola di cioccolatini con due bicchieri di vino", "none"),
            ("ho aperto tutta la confezione di crackers con una birra", "none"),
            ("ha mangiato tutta la confezione di patatine con tre birre", "none"),
        ],
    ),
    # scratching, pinching or biting until blood: self-harm (high); an itch named (mosquitoes, hives)
    # or a dog's scratching is not
    "scratching_until_blood": (
        [
            ("mi graffio le braccia fino a sanguinare quando sono in ansia", "high"),
            ("la notte mi gratto fino a farmi uscire il sangue", "high"),
            ("mi pizzico fino a farmi male, non riesco a smettere", "high"),
            ("quando litighiamo mi mordo le mani fino a farmi sangue", "high"),
        ],
        [
            ("mi gratto fino a farmi sangue per le punture di zanzara", "none"),
            ("il cane si gratta fino a farsi sangue", "none"),
            ("mi gratto fino a farmi sangue, è l'orticaria", "none"),
            ("mi gratto la testa fino a capire il problema", "none"),
        ],
    ),
}

# family -> (over-readings that stay below high, risk versions that keep their level)
FALSE_ALARMS: Families = {
    # "giù di corda" is low mood (low), the rope an idiom; a rope with a current cue stays a plan
    "giu_di_corda": (
        [
            ("sono un po' giù di corda ultimamente", "low"),
            ("mi sento giù di corda, forse è il tempo", "low"),
            ("questa settimana sono giù di corda, passerà", "low"),
            ("oggi un po' giù di corda :/ sarà il buio", "low"),
        ],
        [
            ("sono giù di corda e ho comprato una corda per impiccarmi", "imminent"),
            ("ho la corda in cantina, stanotte la faccio finita", "imminent"),
            ("voglio morire, ho comprato la corda", "imminent"),
            ("ho preparato la corda, voglio farla finita", "imminent"),
        ],
    ),
    # a cut with a work tool, or at work, told with the place or the tool: an accident; a blade, a
    # wrist, "apposta", "di nuovo" stay self-harm
    "cut_with_a_work_tool": (
        [
            ("al lavoro mi sono tagliata con l'affettatrice, cinque punti", "none"),
            ("mi sono ferito con la smerigliatrice in officina, niente di grave", "none"),
            ("in cantiere mi sono ferito con la flex, mi hanno dato tre punti", "none"),
            ("mi sono tagliata col coltello da pane, due punti in ps", "none"),
        ],
        [
            ("al lavoro mi sono tagliato di nuovo, apposta, col taglierino", "high"),
            ("mi sono tagliata con la lametta sulla coscia stanotte", "high"),
            ("in cucina mi sono tagliata i polsi", "imminent"),
            ("ho tagliato il braccio con il coltello del pane, apposta", "high"),
        ],
    ),
}

# family -> (signal, texts that raise it, counterparts that do not)
SIGNALS: SignalFamilies = {
    # asking what to do ("che faccio??", "cosa devo fare?") beside a cue is a request for support; the
    # same question about a book, dinner or a rainy Sunday is not
    "asking_what_to_do": (
        "support_request",
        [
            "mi sono tagliata, cosa devo fare?",
            "sto male, che faccio??",
            "voglio morire, cosa faccio adesso?",
            "mia figlia dice che si taglia, cosa devo fare?",
            "non smette di sanguinare, non volevo tagliare così a fondo, che faccio??",
        ],
        [
            "ho finito il libro, che faccio adesso?",
            "stasera cosa facciamo?",
            "il frigo è vuoto, che faccio per cena?",
            "piove, cosa facciamo domenica?",
            # someone else's worry (GUIDELINES.md: the sender's or, for a parent, the child's feelings)
            "il mio collega dice che vuole morire, che faccio?",
        ],
    ),
    # a heart that goes with a thanks ("grazie x tutto davvero ❤️") is the thanks' affection, not a
    # shift over the cue before it; a heart or a smile right after the cue is
    "heart_with_thanks_is_not_a_shift": (
        "valence_shift",
        [
            "non ce la faccio più ❤️",
            "sono a pezzi 😊",
            "sono distrutta ❤️ ma vabbè",
            "non reggo più 💕",
        ],
        [
            "non ce la faccio più, grazie di esserci sempre ❤️",
            "sono distrutta, grazie di tutto davvero 💙",
            "non reggo più, grazie per oggi 💕",
            "sono allo stremo, grazie x tutto ❤️",
        ],
    ),
    # tears of joy or of a moving film ("ho pianto come una fontana ma in senso buono 😊") are not
    # distress masked by a smile; tears of a night or of anger are
    "tears_of_joy_are_not_masked": (
        "valence_shift",
        [
            "ho pianto tutta la notte 🙂",
            "piango sempre 😊",
            "ho pianto di rabbia 😊",
            "ho pianto in macchina 🙂",
        ],
        [
            "ho pianto tutto il film ma di gioia 😊",
            "alla laurea di mia figlia ho pianto dalla commozione 🥰",
            "lacrimoni di felicità al matrimonio 😍",
            "ho pianto come un bambino ma in senso buono 🙂",
        ],
    ),
}


# an intent told as a recurring thought ("a volte penso che mi ammazzo e basta") is suicidal thoughts
# (high), not an intent announced (imminent); with a time or a decision it stays imminent
THOUGHT_OF_INTENT: list[tuple[str, str]] = [
    ("certe sere mi dico che mi uccido e la smetto", "high"),
    ("ogni tanto penso che la faccio finita, poi passa", "high"),
    ("spesso penso che mi ammazzo", "high"),
    ("di notte mi viene da pensare che mi ammazzo e basta", "high"),
    ("stasera mi ammazzo", "imminent"),
    ("penso che stasera mi ammazzo", "imminent"),
    ("ho deciso, stanotte mi ammazzo", "imminent"),
    ("a volte penso che mi ammazzo, e stasera lo faccio", "imminent"),
]


@pytest.mark.parametrize(("text", "expected"), THOUGHT_OF_INTENT)
def test_intent_told_as_a_recurring_thought(text: str, expected: str) -> None:
    assert level(text) == expected, read_message(text).risk.evidence


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


test_false_alarm_paraphrase_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(FALSE_ALARMS)

test_signal_family_raises_its_signal, test_signal_family_counterpart_has_no_signal = (
    signal_family_tests(SIGNALS)
)


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
    for name, (_code, on, off) in SIGNALS.items():
        assert len(on) >= 4 and len(off) >= 4, name
