"""Explicit crises the rules missed in the second wave of training authors (both languages).

The act, the lethal dose asked about, the self-injury, the starving as a punishment, the wish
to die or the method set up now are stated in plain words. Each family is tested on
self-written paraphrases that are not in the training files (other tenses, means, body parts,
spellings), and on counterparts that share the words but not the risk: negated, quoted,
someone else's, past, everyday or a joke about trivia. The counterparts must never reach
high. All the texts are fictional.
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
    # an overdose taken, said with a partitive or after the fact
    "overdose_partitive_en": (
        [
            ("swallowed 22 of the mirtazapine after everyone went to bed", "imminent"),
            ("Took the rest of my sertraline with a glass of wine. Sleepy now.", "imminent"),
            ("I downed what was left of nan's oramorph an hour ago", "imminent"),
            ("a bottle of gin and all of my zopiclone. room's tilting", "imminent"),
            ("it's done. i did it with the tablets, sorry", "imminent"),
        ],
        [
            ("took 2 of the paracetamol for my tooth, it's easing off", "none"),
            ("Mum took the rest of the ibuprofen back to the pharmacy", "none"),
            ("In the play she swallows what was left of the poison", "none"),
            ("gave the rest of my sertraline back to the chemist, the GP changed it", "none"),
        ],
    ),
    "overdose_partitive_it": (
        [
            ("li ho ingoiati tutti, i sonniferi di mio padre", "imminent"),
            ("Tutta l'insulina del flacone me la sono fatta stasera", "imminent"),
            ("ho preso troppe compresse, tipo trenta di Tavor, la stanza gira", "imminent"),
            ("ho preso 3 blister di tachipirina un'ora fa", "imminent"),
        ],
        [
            ("le ho prese tutte le scarpe in saldo, che affare 😂", "none"),
            ("ho comprato 3 scatole di tachipirina per la nonna", "none"),
            ("non le ho prese tutte, le pastiglie, solo quella della sera", "low"),
        ],
    ),
    # the lethal dose asked about, or the pills of the sender with a decision
    "lethal_dose_question": (
        [
            ("how many of the propranolol would it take to not wake up", "high"),
            ("is 50 co-codamol enough? genuinely asking", "high"),
            ("what happens if someone swallowed 60 sertraline, asking for me", "high"),
            ("how long after 35 paracetamol does it kick in", "high"),
            ("ho cercato su google quante pastiglie di Xanax sono letali", "high"),
            ("quante compresse di En ci vogliono per non svegliarsi", "high"),
            ("ho le gocce nel cassetto. stanotte le finisco tutte", "imminent"),
        ],
        [
            ("how many paracetamol can I take in a day with a cold?", "none"),
            ("is 20 paracetamol enough for the holiday or should I buy more", "none"),
            ("what happens if you take 2 ibuprofen by accident, she's 4", "none"),
            ("quante tachipirine posso prendere al giorno con la febbre?", "none"),
            ("le caramelle? stasera le finisco tutte 😋", "none"),
        ],
    ),
    # self-injury by blows, bites, burns or a tool on a body part
    "self_injury_blows_en": (
        [
            ("slammed my fingers in the drawer, on purpose this time", "high"),
            ("held the straighteners against my arm till it hissed", "high"),
            ("keep punching my chest until it bruises", "high"),
            ("scratched the word fat into my hip with a pin", "high"),
            ("been smacking my legs with a hairbrush when it gets bad", "high"),
            ("the cut on my thigh wasn't an accident, I'm sorry", "high"),
        ],
        [
            ("slammed my fingers in the car door, swearing like a sailor", "none"),
            ("burnt my hand on the oven tray, not on purpose obviously", "none"),
            ("been banging my head against the wall with this tax return", "none"),
            ("My flatmate bit her arm till it bled during a seizure, the ambulance came", "low"),
            ("when I was 15 I used to hit my legs with a hairbrush on purpose", "low"),
        ],
    ),
    "self_injury_blows_it": (
        [
            ("ho ripreso la lametta ieri, sulle braccia", "high"),
            ("mi sono data le cinghiate sulla pancia, stasera", "high"),
            ("il taglio sul polso me lo sono fatto da sola", "high"),
            ("ho tenuto il dito sulla fiamma finché non ce la facevo più", "high"),
            ("ho sbattuto la fronte contro il muro più volte, ho un bernoccolo", "high"),
        ],
        [
            ("ho sbattuto la testa contro lo spigolo del pensile, che male", "none"),
            ("ho usato il taglierino sul cartone del trasloco", "none"),
            ("ho rifatto i tagli del vestito per la sfilata", "none"),
            ("mio fratello si dava i pugni in testa da solo da piccolo, adesso sta bene", "low"),
        ],
    ),
    # starving or purging as a punishment
    "starving_as_punishment": (
        [
            ("i don't deserve to eat after today", "high"),
            ("stopped eating on purpose, the scale can go lower", "high"),
            ("nothing since friday. not allowed till i deserve it", "high"),
            ("non mangio da tre giorni apposta", "high"),
            ("non merito di mangiare, oggi ho sbagliato tutto", "high"),
        ],
        [
            ("didn't deserve to eat that whole cake but I did 😂", "none"),
            ("non mangio carne da tre anni, sono vegetariana", "none"),
            ("my friend thinks she doesn't deserve to eat, I'm worried about her", "low"),
        ],
    ),
    # the wish to be dead in plain words, misspelt, clarified or in dialect
    "wish_dead_plainly": (
        [
            ("i wanna dieee no joke", "high"),
            ("I've stopped wanting to wake up, that's where I am", "high"),
            ("honestly I'd love to be dead. that's the update", "high"),
            ("thinking of ending it. not the course. me", "high"),
            ("sono stanca. vorrei morii davvero", "high"),
            ("nun voglio più stare a stu monno", "high"),
            ("me ne voglio andare. non di casa, proprio andare", "high"),
        ],
        [
            ("I wanna dye my hair pink for the gig", "none"),
            ("I'd love to be dead centre in the photo lol", "none"),
            ("ending it. not the relationship, the lease, we move in June", "none"),
            ("kms this lecture is 3 hours long 😭", "none"),
            ("me ne voglio andare in vacanza ad agosto", "none"),
        ],
    ),
    # a method set up now: the gas on, a pipe in the car window, the far side of a railing
    "method_set_up_now": (
        [
            ("put the gas on with the windows shut. just wanted someone to know", "imminent"),
            ("engine on, the hose is through the window now", "imminent"),
            ("I'm on the wrong side of the barrier at the top of the car park", "imminent"),
            ("ho aperto il gas e ho chiuso le finestre, scusa", "imminent"),
            ("sono gia dall'altra parte del parapetto, non chiamare nessuno", "imminent"),
            ("ho la corda intorno al collo e non ce la faccio, aiuto", "imminent"),
        ],
        [
            ("turned the gas on and the windows are steaming up, risotto's nearly done", "none"),
            ("we're on the wrong side of the river for the fireworks", "none"),
            ("ho aperto il gas per cucinare la pasta e chiuso le finestre per il freddo", "none"),
            ("In the novel she walks into the river with her pockets full of stones.", "none"),
        ],
    ),
    # pills counted out and enough, bought in different chemists so nobody asks
    "pills_counted_gathered": (
        [
            ("counted them out onto the bed. 44. that's enough", "imminent"),
            ("bought them in different chemists so nobody asks questions", "imminent"),
            ("ho contato le compresse di Stilnox, sono abbastanza", "imminent"),
            ("prese in farmacie diverse cosi nessuno fa domande", "imminent"),
        ],
        [
            ("counted them out onto the table, 12 cupcakes, that's enough for the class", "none"),
            ("ho contato le pastiglie per la settimana nel portapillole", "none"),
            ("bought the paint in different shops so it's not the same colour, annoying", "none"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_explicit_wave2_reads_the_paraphrase(family: str, text: str, expected: str) -> None:
    assert level(text) == expected, family


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_explicit_wave2_counterpart_is_not_raised(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


def test_explicit_wave2_every_family_has_three_paraphrases_and_two_counterparts() -> None:
    assert_family_sizes(FAMILIES, 3, 2)
