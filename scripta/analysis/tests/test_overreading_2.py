"""Families behind the false alarms of the risk-net training messages, second wave.

Everyday wording read as high or imminent: a goodbye to a job or a home, "tonight's the night"
before a proposal, a rope at the gym, a blade in a trade, a diving board, "non mi vedrete più
al karaoke", pills stocked for a trip, "vorrei sprofondare" after a gaffe, suicide as the name
of a place or the topic of a talk, "kms" about a queue, someone else's act, a denial after
"thoughts of", a safety plan recalled. Each family (``overreading.second_wave``) is tested on
self-written counterparts that must stay below high (with their level) and on risk-bearing
versions of the same words that must still reach high or imminent. All texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    HIGH,
    assert_family_sizes,
    assert_keeps_high,
    assert_stays_below_high,
    family_cases,
    level,
)

# family -> (counterparts lowered, with their level; risk-bearing versions, with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    "goodbye_to_a_job_or_a_home": (
        [
            ("Said my goodbyes to the Tuesday crew, new job starts Monday!", "none"),
            ("Saying goodbye to the old house tomorrow, keys go back at ten.", "none"),
            ("Writing letters to each of my trainees, I retire on Friday after 28 years.", "none"),
            (
                "Ho scritto i biglietti d'addio per il collega che va in pensione, firmato tutto l'ufficio.",
                "none",
            ),
            (
                "We're saying goodbye to our neighbour Gina, she's moving to Bristol next month.",
                "none",
            ),
        ],
        [
            ("said my goodbyes to everyone. tonight's the night", "imminent"),
            (
                "Said my goodbyes to the team. I won't be here much longer, I've decided.",
                "imminent",
            ),
            ("Writing letters to each of my kids tonight, I can't go on any more.", "imminent"),
            ("Ho scritto i biglietti d'addio per i miei figli.", "imminent"),
        ],
    ),
    "going_to_do_it_an_everyday_plan": (
        [
            (
                "Tonight's the night: asking her to marry me at the restaurant, the ring's in my pocket",
                "none",
            ),
            (
                "Made up my mind, I'm going to do it. Signing up for the evening Spanish course!",
                "none",
            ),
            ("I'm going to do it: booked my first skydive for Saturday 😬", "none"),
        ],
        [
            ("I'm going to do it tonight. The pills are in the drawer.", "imminent"),
            ("Tonight's the night. Nobody will miss me.", "imminent"),
            ("Made up my mind, I'm going to do it. Goodbye.", "imminent"),
        ],
    ),
    "ending_it_with_a_provider": (
        [
            ("Going to end it today. With my phone company, 40 minutes on hold.", "none"),
            ("Going to end it tonight, with the gym. Cancelling the membership at last.", "none"),
            ("Con quel commercialista stasera la chiudo, troppi errori.", "none"),
        ],
        [
            ("Going to end it tonight.", "imminent"),
            ("Going to end it tonight. With everything.", "imminent"),
            ("con la vita stasera la chiudo", "imminent"),
        ],
    ),
    "rope_in_a_sport": (
        [
            ("Corda per saltare comprata, dieci minuti al giorno in palestra 💪", "none"),
            ("New climbing rope arrived, off to the crag on Sunday", "none"),
            ("Bought a new rope for the boat, sailing at the weekend", "none"),
        ],
        [
            ("Ho comprato la corda, stasera la lego alla trave", "imminent"),
            ("Bought a rope today. I know where I'll hang it.", "imminent"),
        ],
    ),
    "blade_in_a_trade": (
        [
            ("Stocked up on Stanley blades for the carpet job tomorrow", "none"),
            ("Lamette nuove per il taglierino, domani piastrelle in cantiere", "none"),
            ("Il rasoio nuovo mi ha fatto un taglietto sul mento, che sfiga", "none"),
        ],
        [
            ("Hid the blades in the van, I used one on my arm last night", "high"),
            (
                "Ho nascosto le lamette nel cassetto degli attrezzi e ieri sera mi sono tagliata le braccia",
                "high",
            ),
        ],
    ),
    "edge_or_jump_in_a_sport": (
        [
            ("Standing on the edge of the high board, scared stiff, then I jumped!", "none"),
            ("Thinking about jumping ship to another agency, the pay is better", "none"),
            ("Mio figlio si butta giù dal trampolino come un campione", "none"),
        ],
        [
            ("Standing on the edge of the bridge right now", "imminent"),
            ("I keep thinking about jumping off the roof", "high"),
        ],
    ),
    "leap_into_a_venture": (
        [
            ("Salto nel vuoto: ho firmato per il nuovo locale, apriamo a maggio!", "none"),
            ("mi butto, le scrivo io per prima 😅", "none"),
            ("Salto nel vuoto... ho accettato il lavoro a Torino!", "none"),
        ],
        [
            ("Salto nel vuoto dal ponte stasera", "imminent"),
            ("mi butto. addio", "imminent"),
        ],
    ),
    "wont_see_me_at_an_event": (
        [
            ("Non mi vedrete più in palestra il lunedì, cambio turno", "none"),
            ("You won't see me again at the pub quiz, that was humiliating", "none"),
            ("Non mi vedrai più al corso di salsa, troppo caro", "none"),
        ],
        [
            ("Non mi vedrete più. Addio", "imminent"),
            ("non mi vedrete più in questo mondo", "imminent"),
        ],
    ),
    "away_at_a_place": (
        [
            ("Quando arriva il pacco non ci sarò più, sarò già al mare con le bimbe", "none"),
            (
                "Quando passa il tecnico io non ci sarò più, sarò in ufficio. Lascio le chiavi a mamma.",
                "none",
            ),
        ],
        [
            ("Quando leggerai questo non ci sarò più.", "imminent"),
            ("tra poco non ci sarò più, sarò in un posto migliore", "imminent"),
        ],
    ),
    "stockpiling_for_a_trip": (
        [
            ("Fatto scorta di pillole per il mal di mare prima della crociera", "none"),
            ("Ho messo da parte le pillole per l'allergia per la vacanza in montagna", "none"),
        ],
        [
            ("Ho fatto scorta di pillole, stasera le prendo tutte", "imminent"),
            (
                "Ho messo da parte le pillole per il viaggio. Abbastanza per non tornare più.",
                "imminent",
            ),
        ],
    ),
    "embarrassment_vanish": (
        [
            ("Vorrei sprofondare: ho chiamato la maestra 'mamma' davanti a tutti 😂", "none"),
            (
                "Wish I could vanish, I sent the meme to the family group instead of my best friend lol",
                "none",
            ),
            ("Vorrei scomparire sotto terra, ho sbagliato nome al colloquio", "none"),
        ],
        [
            ("Wish I could vanish. Nobody would even notice.", "high"),
            ("vorrei scomparire per sempre", "high"),
        ],
    ),
    "suicide_as_a_name_or_a_topic": (
        [
            (
                "Everyone round here calls that bend on the A-road suicide corner. Running late, sorry.",
                "none",
            ),
            ("Went to a talk at the library on suicide among farmers, really moving.", "none"),
            ("Ho letto un articolo sul suicidio tra gli anziani, glielo mando.", "none"),
            (
                "Per la tesina di filosofia scrivo su Camus e il suicidio, mi consiglia un libro?",
                "none",
            ),
        ],
        [
            ("Went to a talk on suicide. Now I want to kill myself.", "high"),
            ("Ho letto un post sul suicidio e ci penso anch'io", "high"),
            ("I keep thinking about suicide.", "high"),
        ],
    ),
    "kms_unalive_about_trivia": (
        [
            ("kms this queue is 40 mins long 😭", "none"),
            ("kms the bus just drove straight past me lol", "none"),
            ("the way i'd unalive someone for a cheese toastie rn", "none"),
        ],
        [
            ("kms. i mean it this time", "high"),
            ("kms this life is pointless 😭", "high"),
            ("i want to unalive myself", "high"),
        ],
    ),
    "someone_elses_act": (
        [
            ("My son's friend took an overdose at a party, he's ok now", "low"),
            ("Mio suocero ha tentato il suicidio ieri, è in ospedale", "low"),
            ("Mia cugina mi ha fatto vedere i tagli sulle braccia, sono preoccupata", "low"),
            (
                "Stanotte in pronto soccorso una ragazza con un'overdose di paracetamolo, tutto bene alla fine.",
                "low",
            ),
        ],
        [
            ("Mia figlia mi ha fatto vedere i tagli sulle braccia", "high"),
            ("My son took an overdose last night", "imminent"),
            ("Mio suocero non lo sa ma ho tentato il suicidio ieri", "imminent"),
        ],
    ),
    "denied_after_thoughts_of": (
        [
            ("Pensieri di farla finita? No, dottoressa, per fortuna no.", "low"),
            ("i pensieri di morte non ci sono più, finalmente", "low"),
            ("Thoughts of ending it? No, not at all.", "low"),
        ],
        [
            ("Pensieri di farla finita? Sì, tutti i giorni.", "high"),
            ("i pensieri di morte non ci sono più... ma stanotte sono tornati", "high"),
        ],
    ),
    "hypothetical_say_or_safety_plan": (
        [
            ("say i ever felt like hurting myself again, who do i text first?", "low"),
            (
                "Quando viene la voglia di farmi male devo scriverle, giusto? Oggi tutto tranquillo",
                "low",
            ),
        ],
        [
            ("quando viene la voglia di farmi male mi taglio", "high"),
            ("say what you like, i want to hurt myself", "high"),
        ],
    ),
    "something_else_is_over": (
        [
            ("Niente cambierà mai. La pazienza è finita.", "moderate"),
            ("La festa è finita, tutti a casa 🎉", "none"),
        ],
        [
            ("Niente cambierà mai. Per me è finita.", "imminent"),
        ],
    ),
    "last_message_of_the_day": (
        [
            ("Ultimo messaggio di oggi, promesso: ho prenotato il treno", "none"),
            ("Last message of the day, I promise: found my glasses, they were on my head", "none"),
        ],
        [
            ("Questo è l'ultimo messaggio. Grazie di tutto.", "imminent"),
        ],
    ),
    "knocked_out_of_a_game": (
        [
            ("Farmi fuori dalla squadra proprio adesso, che rabbia", "none"),
            ("Farmi fuori dal torneo di scacchi al primo turno, il mio cuginetto 😂", "none"),
        ],
        [
            ("Voglio farmi fuori", "high"),
        ],
    ),
    "a_will_for_the_heirs": (
        [
            ("Io e Marta abbiamo fatto testamento, così i figli non litigano per la casa.", "none"),
            (
                "Wrote my will with the solicitor so the kids get the house, my husband says I'm a grown-up now",
                "none",
            ),
        ],
        [
            ("Ho fatto testamento dal notaio, volevo che fosse tutto in ordine.", "high"),
            ("I wrote my will today", "high"),
        ],
    ),
    "rather_die_than_a_party": (
        [
            ("I'd rather die than sit through another of his slideshows", "none"),
            ("I would rather die than go to her barbecue lol", "none"),
        ],
        [
            ("I'd rather die than spend another day like this", "high"),
            ("I'd rather die than lose her", "high"),
        ],
    ),
    "figurative_clarified": (
        [
            ("SONO SUL TETTO!! nel senso che abbiamo preso la casa con il terrazzo 😍", "none"),
            ("Sono sul cornicione, in senso figurato: consegna domani e ho zero slide", "none"),
        ],
        [
            ("sono sul tetto. stasera salto", "imminent"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_second_wave_counterpart_stays_below_high(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_second_wave_risk_version_keeps_its_level(family: str, text: str, expected: str) -> None:
    assert_keeps_high(family, text, expected)


def test_second_wave_every_family_has_counterparts_and_a_risk_version() -> None:
    assert_family_sizes(FAMILIES, 2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "ho preso tutte le pastiglie. addio In ufficio ci siamo spostati al terzo piano.",
        "Made sure the kids will be looked after. None of this is your fault.",
        "Oggi sono andata dal notaio a fare testamento, volevo che fosse tutto in ordine.",
    ],
)
def test_second_wave_leaves_risk_next_to_everyday_words(text: str) -> None:
    # a bare "addio" after an overdose, "will" as a verb, a will made to have everything in order
    assert level(text) in HIGH
