"""Italian rule families behind the misses and false alarms of blind round 9.

False alarms (no idiom or quoted line reaches high): "per la squadra sarebbe più semplice senza
di me in battuta" (a burden narrowed to a role in a team; the reason it shares with earlier
rounds' "vorrei non esserci più in ufficio", _ESSERCI_ALTROVE, and with round 8's goodbye to a
thing: the cue's scope is narrowed to an everyday domain, so the idiom is written on that
narrowing, not on the team); a guitar given away "tanto a me non serve più da quando suono il
basso" (read high by the net: a thing replaced, an idiom that keeps the net out). Misses: "mi
sento morto anch'io, vorrei esserlo davvero" beside a dead phone; a hose in the boot of the car
parked at the lake; "quante compresse di paracetamolo servono per rovinare il fegato" asked at the
pharmacy (the pharmacy was read as a workplace: the harm named as the purpose now counts as a
risk near); "magari domani non mi sveglio e va bene così"; the car going straight at a bend "non
mi sarebbe dispiaciuto"; a hair straightener pressed on the wrist. Signals: two substances
counted without a verb ("tre spritz e due canne"); "nn dormo e stasera mi sono fatto due canne"
(the "nn" of not sleeping does not negate what comes after "e stasera");
"mi scriverebbe due righe quando può?" (support).

Each family is tested on fictional paraphrases that are NOT in the corpus (other persons, tools,
vehicles, texting spellings) and on texts sharing its words with the other reading (the crisis
version that must keep its level for a false alarm; someone else's, past, quoted, everyday for a
miss). The corpus items themselves are measured by bench/analysis_eval.py.
"""

from __future__ import annotations

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    family_tests,
    lowered_keeps_its_cue_test,
    signal_family_tests,
)

# family -> (paraphrases below high, risk versions that keep high), each with its level
FALSE_ALARMS: Families = {
    # "better without me" narrowed to a place, a role or a day ("senza di me in battuta", "in
    # ufficio", "alla cena di sabato"): a team or an event, not life; "in giro", "al mondo" stay
    "without_me_in_a_role": (
        [
            (
                "Secondo me per il coro sarebbe più semplice senza di me nei soprani, stono sempre. Giovedì però ci vado.",
                "none",
            ),
            (
                "per la squadra sarebbe tutto più facile senza di me in porta, ne ho presi 5 😂",
                "none",
            ),
            (
                "starebbero tutti meglio senza di me in ufficio lunedì, ho un raffreddore tremendo",
                "none",
            ),
            (
                "sarebbe più semplice senza di me alla riunione di domani, tanto nn so niente del progetto",
                "none",
            ),
            (
                "Starebbero meglio senza di me alla cena di sabato, con mio cognato litighiamo sempre.",
                "none",
            ),
        ],
        [
            (
                "Credo che per tutti sarebbe più semplice senza di me. Lo penso da settimane.",
                "high",
            ),
            ("starebbero tutti meglio senza di me in giro, lo penso ogni sera", "high"),
            ("sarebbe tutto più semplice senza di me al mondo", "high"),
            ("starebbero tutti meglio senza di me a rompere le scatole", "high"),
            ("sarebbe più semplice senza di me in questa famiglia", "high"),
            (
                "per la mia famiglia sarebbe più semplice senza di me, in squadra come a casa",
                "high",
            ),
        ],
    ),
    # a thing given away that "non serve più" since something replaced it ("da quando suono il
    # basso", "ora che ho la macchina"): no farewell, the net kept out; a bare one or a decision stays
    "given_away_and_replaced": (
        [
            (
                "ho regalato la bici a mia nipote, tanto non mi serve più da quando ho la macchina 🚗",
                "none",
            ),
            (
                "ho regalato i miei libri a mia cugina, tanto non mi servono più da quando uso il kindle",
                "none",
            ),
            (
                "Ho dato via la chitarra classica, non mi serve più da quando suono l'elettrica.",
                "none",
            ),
            (
                "ho regalato le racchette a mio cugino, tanto a me non servono più da quando gioco a padel",
                "none",
            ),
        ],
        [
            ("ho regalato la chitarra a mio cugino, tanto a me non serve più", "high"),
            (
                "Ho regalato il cane a mia sorella e i libri alla biblioteca, tanto non mi servono più.",
                "high",
            ),
            (
                "ho dato via la chitarra, non mi serve più da quando ho deciso di farla finita",
                "imminent",
            ),
            ("ho regalato tutte le mie cose, tanto nn mi servono più", "high"),
        ],
    ),
}

# family -> (paraphrases at high/imminent, counterparts below high), each with its level
MISSES: Families = {
    # feeling dead and wishing to be so really ("vorrei esserlo davvero", "magari lo fossi"): the
    # wish, beside a dead phone; not tiredness, a sister's, a song
    "feeling_dead_wishing_it_real": (
        [
            ("il telefono è morto e mi sento morto anch'io, vorrei esserlo davvero. Ema", "high"),
            ("mi sento morta dentro e vorrei esserlo sul serio", "high"),
            ("sn morto dentro, vorrei esserlo per davvero", "high"),
            ("Mi sento già morto, magari lo fossi davvero.", "high"),
            ("sono morta dentro, ma vorrei esserlo anche fuori", "high"),
        ],
        [
            ("il telefono è morto e sono stanco morto, vado a dormire", "none"),
            ("mi sento morto dalla stanchezza dopo la partita", "none"),
            (
                "mia sorella dice che si sente morta dentro e vorrebbe esserlo davvero, sono preoccupata",
                "none",
            ),
            ("nella canzone dice «mi sento morto e vorrei esserlo davvero», bellissima", "none"),
        ],
    ),
    # a hose in the car, parked somewhere, or fixed to the exhaust: a method at hand; not a garden
    # hose, a mechanic's exhaust pipe, a film
    "hose_in_the_car": (
        [
            (
                "sono in macchina al parcheggio del lago, il tubo è nel bagagliaio. volevo solo che qualcuno lo sapesse",
                "imminent",
            ),
            ("sto in macchina in garage, il tubo di gomma è già pronto", "imminent"),
            ("sono seduto in auto sotto casa, il tubo ce l'ho sul sedile dietro", "imminent"),
            ("il tubo è già attaccato allo scarico, sono in macchina nel bosco", "imminent"),
        ],
        [
            (
                "sono in macchina al parcheggio del brico, il tubo per l'irrigazione è nel bagagliaio",
                "none",
            ),
            (
                "sono in macchina, il tubo dell'acqua è nel bagagliaio, arrivo tra 10 min per il giardino",
                "none",
            ),
            (
                "il meccanico ha detto che il tubo di scarico è rotto, la macchina resta in officina",
                "none",
            ),
            ("nel film il protagonista è in macchina al lago con il tubo nel bagagliaio", "none"),
        ],
    ),
    # a dose asked at the pharmacy for a harm ("per rovinare il fegato", "per fare danni"): the
    # harm named as the purpose outweighs the pharmacy; not a fever, an inventory, a mother's cure
    "dose_to_harm_asked": (
        [
            (
                "Oggi in farmacia ho chiesto quante compresse di paracetamolo servono per rovinare il fegato. Non era per un quiz.",
                "high",
            ),
            (
                "ho chiesto in farmacia quante pastiglie di tachipirina ci vogliono per fare danni",
                "high",
            ),
            (
                "ieri in farmacia ho domandato quante compresse di tavor bastano per non svegliarsi",
                "high",
            ),
            (
                "In farmacia ho chiesto quante pillole di xanax servono per distruggersi il fegato.",
                "high",
            ),
        ],
        [
            (
                "in farmacia ho chiesto quante compresse di tachipirina servono per la febbre del bimbo",
                "none",
            ),
            (
                "lavoro in farmacia, oggi inventario: quante compresse di paracetamolo ci sono in magazzino",
                "none",
            ),
            (
                "mia madre ha chiesto in farmacia quante compresse servono per la cura, 2 al giorno",
                "none",
            ),
            (
                "ho chiesto in farmacia quante compresse servono per dormire, il medico dice una",
                "none",
            ),
        ],
    ),
    # not waking up tomorrow, and that is fine ("magari ... e va bene così", "pazienza"): a passive
    # wish; not waking early, a train missed, a child's joke
    "not_waking_is_fine": (
        [
            ("magari domani non mi sveglio e va bene così", "high"),
            ("magari stanotte nn mi sveglio più, pazienza", "high"),
            ("spero che domattina non mi risveglio, sarebbe un sollievo", "high"),
            ("magari domani nn mi sveglio e amen", "high"),
        ],
        [
            ("magari domani non mi sveglio presto e va bene così, dormo fino a tardi", "none"),
            (
                "se domani non mi sveglio in tempo per il treno pazienza, prendo il successivo",
                "low",
            ),
            ("magari domani non mi sveglio con il mal di testa, speriamo", "none"),
            ("mio figlio dice magari domani non mi sveglio, così salta la verifica 😂", "none"),
        ],
    ),
    # the car going straight at a bend, into a tree or the guardrail, "non mi sarebbe dispiaciuto":
    # passive ideation; not a near miss, a brother's, a driving lesson
    "car_straight_at_the_bend": (
        [
            (
                "tornando a casa ho pensato che se la macchina andava dritta in curva non mi sarebbe dispiaciuto",
                "high",
            ),
            (
                "ieri in tangenziale pensavo che se l'auto finiva contro il guardrail nn mi sarebbe importato",
                "high",
            ),
            ("se la moto andasse dritta alla prossima curva non mi dispiacerebbe", "high"),
            (
                "Stamattina pensavo: se la macchina fosse andata dritta contro un albero, pazienza.",
                "high",
            ),
        ],
        [
            (
                "se la macchina andava dritta in curva finivamo nel fosso, per fortuna ho frenato",
                "none",
            ),
            (
                "mio fratello dice che se la moto andasse dritta in curva non gli dispiacerebbe",
                "none",
            ),
            (
                "se la macchina andava dritta in curva non mi sarebbe dispiaciuto? no, anzi, ho avuto una paura matta",
                "low",
            ),
            (
                "al corso di guida ci hanno spiegato cosa succede se la macchina va dritta in curva",
                "none",
            ),
        ],
    ),
    # a hot tool (hair straightener, iron, curling tong) pressed on the wrist, arm, thigh:
    # self-harm; not hair styled, an accident, a daughter's, years ago
    "hot_tool_on_the_skin": (
        [
            (
                "stamattina prima del lavoro mi sono premuta la piastra per capelli sul polso, di nuovo.",
                "high",
            ),
            ("ieri sera mi sono appoggiata il ferro da stiro caldo sulla coscia", "high"),
            ("mi sn premuto l'arricciacapelli rovente sul braccio, nessuno lo sa", "high"),
            ("quando sono sola premo la piastra per capelli sul polso finché brucia", "high"),
        ],
        [
            ("mi sono passata la piastra sui capelli e sono pronta per la festa", "none"),
            ("mi sono bruciata con la piastra per sbaglio sul collo mentre mi pettinavo", "none"),
            ("mia figlia si è premuta la piastra sul polso, sono preoccupata", "none"),
            ("anni fa mi premevo la piastra sul polso, ora sto bene da tempo", "none"),
        ],
    ),
}

# signal -> (texts that carry it, texts sharing its words that do not)
SIGNAL_FAMILIES: dict[str, tuple[str, list[str], list[str]]] = {
    # two substances counted side by side, without a verb; a "nn dormo" before "e stasera" does
    # not negate the drinks or the joints that follow
    "substances_counted": (
        "substance_use",
        [
            "Ieri tre spritz e due canne con quelli del paese, oggi ho il cerchio alla testa.",
            "sabato quattro birre e una canna, domenica a letto tutto il giorno",
            "sn due notti che nn dormo e stasera mi sono fatto due canne x calmarmi",
            "non dormo e poi mi sono fatta tre birre per dormire",
        ],
        [
            "ieri tre caffè e due cornetti, che colazione",
            "non ho bevuto tre birre, e stasera sto bene",
            "al bar tre spremute e due cappuccini per il tavolo",
        ],
    ),
    # "mi scriverebbe due righe?" (the conditional of a plea for a few lines); not for the IBAN
    "write_me_a_few_lines": (
        "support_request",
        [
            "La domenica è la peggiore, giro per casa senza sapere che fare. Mi scriverebbe due righe quando può?",
            "mi sento a pezzi, mi scriveresti due righe stasera?",
        ],
        [
            "mi scriverebbe due righe con l'iban per il bonifico?",
            "mio figlio mi ha scritto due righe dal campo scout",
        ],
    ),
}


(
    test_miss_paraphrase_reads_its_level,
    test_miss_counterpart_stays_below_high,
    test_false_alarm_paraphrase_stays_below_high,
    test_false_alarm_risk_version_keeps_its_level,
) = family_tests(MISSES, FALSE_ALARMS)


test_false_alarm_paraphrase_keeps_its_cue_as_evidence = lowered_keeps_its_cue_test(FALSE_ALARMS)


test_signal_family_raises_its_signal, test_signal_family_counterpart_has_no_signal = (
    signal_family_tests(SIGNAL_FAMILIES)
)


def test_every_family_has_paraphrases_and_counterparts() -> None:
    assert_family_sizes(FALSE_ALARMS, 4, 4)
    assert_family_sizes(MISSES, 4, 4)
