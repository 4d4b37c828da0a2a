"""Explicit crises the rules missed in the training authors' messages (both languages).

The act, the method, the means or the self-injury is stated in plain words: a named medicine
with a count taken, a tool on a body part, the sender on a high place now, a burden statement
in SMS spelling. Each family is tested on self-written paraphrases that are not in the
training files (other tenses, persons, means, places, spellings), and on counterparts that
share the words but not the risk: negated, quoted, someone else's, past or everyday. The
counterparts must never reach high. All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    assert_family_sizes,
    assert_stays_below_high,
    family_cases,
    level,
)

# family -> (paraphrases with their level, counterparts with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # a named medicine with a count, taken: the overdose is an act taken
    "named_medicine_taken_en": (
        [
            ("I've swallowed 25 amitriptyline, about twenty minutes ago", "imminent"),
            ("took 18 zopiclone after tea. feeling heavy", "imminent"),
            ("i just downed thirty quetiapine. sorry", "imminent"),
            ("Had 14 co-codamol since breakfast, on purpose. I'm sorry.", "imminent"),
            ("swallowed the lot. dont ring anyone", "imminent"),
            ("I took my whole month of lithium an hour ago", "imminent"),
            ("took the whole strip. the sertraline. 28 of them", "imminent"),
        ],
        [
            ("I've had 2 paracetamol since lunch, the headache is still there", "none"),
            ("took 2 co-codamol for my back this morning as the GP said", "none"),
            # a negated overdose is a negated imminent cue: low (GUIDELINES; round 6, "didn't take the
            # whole strip of zopiclone, put it back")
            ("I didn't take 20 zopiclone, I only thought about it", "low"),
            ("My flatmate took 30 amitriptyline last year, she's fine now", "low"),
            ("The pharmacist gave me a whole strip of lithium to take with me on holiday", "none"),
        ],
    ),
    "named_medicine_taken_it": (
        [
            ("ho gia svuotato il blister di quetiapina, ancora niente", "imminent"),
            ("Tutto il flacone di gocce giù con il vino, dieci minuti fa", "imminent"),
            ("ho preso 30 pasticche di litio, scusami", "imminent"),
            ("mi sono iniettata tutta la penna di insulina, volevo dirlo a qualcuno", "imminent"),
            ("prese le pastiglie, tutte, non chiami nessuno", "imminent"),
        ],
        [
            ("ho preso 2 pasticche per il mal di testa, passato", "none"),
            ("ho svuotato il flacone dello shampoo, ne compro un altro", "none"),
            ("mia sorella ha preso tutte le pasticche due anni fa, ora sta bene", "low"),
            ("non ho preso 30 pasticche di litio, ci ho solo pensato", "low"),
        ],
    ),
    # self-injury with a tool or on purpose on a body part, SMS spelling included
    "self_injury_plain_en": (
        [
            ("did the razor thing on my leg again last night", "high"),
            ("burnt my wrist on the iron on purpose. it's blistered", "high"),
            ("cut myself on friday, its mostly scabbed over now", "high"),
            ("scored my thighs with a pair of scissors after the call", "high"),
            ("used the lighter on my wrist again tonight", "high"),
            ("held my hand over the candle until I couldn't anymore", "high"),
            ("keep punching my legs till they go purple", "high"),
            ("cut a bit again last night. not deep", "high"),
        ],
        [
            ("burnt my arm on the oven tray making tea, ouch", "none"),
            ("cut myself on friday chopping onions, the knife slipped", "none"),
            ("did the compass thing in maths for the circle homework", "none"),
            ("I didn't burn my wrist on purpose, the pan slipped", "low"),
            ("My brother used the lighter on his arm, mum is beside herself", "low"),
            ("when I was 14 I used to cut myself on purpose", "low"),
        ],
    ),
    "self_injury_plain_it": (
        [
            ("stanotte bruciata con la sigaretta sul polso, di nuovo", "high"),
            ("mi sono fatta dei tagli sulla coscia ieri sera", "high"),
            ("ieri ho esagerato con la lametta, brucia ancora", "high"),
            ("mi sono grattata la pelle fino al sangue, apposta", "high"),
            ("mi mordo le mani fino a sanguinare quando litigano", "high"),
            ("ho inciso un taglio sul polso, uno solo", "high"),
        ],
        [
            ("mi gratto fino al sangue per le punture di zanzara", "none"),
            ("ho inciso una linea sul legno del tavolo per il laboratorio", "none"),
            ("il mio amico si e bruciato con l'accendino per scherzo, che scemo", "low"),
            ("non mi sono fatta tagli sulla coscia questa settimana", "none"),
        ],
    ),
    # the sender on a high place now, over the barrier, looking down
    "high_place_now_en": (
        [
            ("Top of the multi-storey and I've climbed over the barrier.", "imminent"),
            ("sat with my legs over the edge of the roof. 9 floors", "imminent"),
            ("im on the car park roof. nobody about", "imminent"),
            ("I'm sitting on the window ledge of the 8th floor. It's cold.", "imminent"),
        ],
        [
            ("on the top floor of the car park, can't find the car", "none"),
            ("climbed over the barrier at the festival to get to the front lol", "none"),
            ("In the film she sits with her legs over the edge of the roof.", "none"),
        ],
    ),
    "high_place_now_it": (
        [
            ("seduto sul parapetto del ponte. fa vento", "imminent"),
            ("ho le gambe fuori dalla ringhiera del balcone", "imminent"),
            ("Tetto del parcheggio, guardo giù da mezz'ora.", "imminent"),
            ("ho scavalcato la ringhiera, sono dall'altra parte", "imminent"),
        ],
        [
            ("il gatto è seduto sul davanzale al sole 😊", "none"),
            ("sul terrazzo a stendere i panni, la richiamo dopo", "none"),
            ("nel romanzo lei scavalca la ringhiera e guarda giù", "none"),
        ],
    ),
    # burden statements, SMS spelling included
    "burden_en": (
        [
            ("they'd all be better off w/o me honestly", "high"),
            ("the world wud be lighter without me", "high"),
            ("it would be cheaper for everyone if i just stopped", "high"),
        ],
        [
            ("We'd be better off without the car, the insurance is mad", "none"),
            (
                "Honestly it'd be easier for everyone if I stopped complaining about the rota",
                "none",
            ),
            ("My sister says the family would be better off w/o her. I'm worried.", "none"),
        ],
    ),
    "burden_it": (
        [
            ("il mondo va meglio senza di me, è evidente", "high"),
            ("mia moglie starebbe meglio senza di me", "high"),
            ("meglio per tutti se tolgo il disturbo", "high"),
        ],
        [
            ("la riunione andrà meglio senza di me, ho la febbre", "none"),
            ("tolgo il disturbo, grazie per il caffè!", "none"),
        ],
    ),
    # a car's exhaust in a closed garage: the method in place, now
    "exhaust_in_garage": (
        [
            ("I'm inside the garage with the engine running. door's down", "imminent"),
            ("the hosepipe is taped to the exhaust and I'm in the driver's seat", "imminent"),
            ("motore acceso nel garage da dieci minuti, la porta è chiusa", "imminent"),
            ("nel garage col motore acceso, volevo solo dirlo a qualcuno", "imminent"),
        ],
        [
            ("left the engine running in the garage to warm it up, it's freezing", "none"),
            ("motore acceso in garage per scaldarlo, poi parto", "none"),
            ("In the film he sits in the garage with the engine running.", "none"),
        ],
    ),
    # a ligature tied and waiting, or already tried
    "ligature_ready": (
        [
            ("the belt is looped over the loft hatch. just sitting here looking at it", "imminent"),
            ("strung myself up on saturday, the hook came out of the ceiling", "imminent"),
            ("practised with the rope again tonight", "imminent"),
            ("ho fatto un nodo con la corda e l'ho legata alla trave", "imminent"),
            (
                "il cavo del caricatore me lo sono avvolto intorno al collo, poi l'ho tolto",
                "imminent",
            ),
        ],
        [
            ("The Christmas lights cord is plugged in by the bannister now", "none"),
            ("ho la sciarpa stretta intorno al collo, fa un freddo cane", "none"),
            ("In the book she practised with the rope for the climbing exam", "none"),
        ],
    ),
    # pills laid out and counted, "that's enough"
    "pills_counted_enough": (
        [
            ("45 mirtazapine on the desk. counted them twice", "imminent"),
            ("30 quetiapine in the bathroom cabinet now. that's enough", "imminent"),
            ("ho 50 compresse contate sul comodino", "imminent"),
        ],
        [
            ("Counted out my tablets into the dosette box for the week", "none"),
            ("le compresse sono sul comodino, le prendo dopo cena", "none"),
            ("30 sertraline in the cabinet now, the pharmacy delivered, that's a relief", "none"),
        ],
    ),
    # dying named as the solution, and the burden that frees the others
    "death_as_solution": (
        [
            ("dying would be the simplest answer to all of it", "high"),
            ("sometimes being dead feels like the only way out", "high"),
            ("mi sembra che morire sarebbe la soluzione più semplice", "high"),
            ("they'd be relieved to have a quiet house without me in it", "high"),
            ("everyone would have an easier time if I wasn't around", "high"),
        ],
        [
            ("Death is the solution to the riddle in chapter three", "none"),
            (
                "My grandad said dying would be a relief, he was in a lot of pain. I miss him.",
                "low",
            ),
            ("dying my hair would be the easiest solution to the grey", "none"),
            (
                "mia nonna diceva che morire sarebbe una liberazione, ma poi ha vissuto fino a 98 anni",
                "low",
            ),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_explicit_family_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_explicit_family_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


def test_explicit_every_family_has_three_paraphrases_and_two_counterparts() -> None:
    assert_family_sizes(FAMILIES, 3, 2)
