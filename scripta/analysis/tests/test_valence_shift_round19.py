"""Families behind the valence_shift misreadings of blind round 19 and the older dev ones left.

Over-readings (a smile read against words that are not the sender's mood): a death, a breath or
tears that are the laugh's own under a laughing emoji ("I literally died when ... 😂😂", "so' morto
... 😂", "i can't breathe 😂", "sono morta dal ridere, ho pianto tutto il tempo 😂😂"); a word of the
other language ("my solo was to die for 🥳": the Italian "solo", alone; the Italian "fine", an end,
bare: "che fine ha fatto", "entro fine ottobre"); a death preferred to a trifle ("meglio morto che
juventino! 😂"); a title ("Dead Poets Society 😄"); the flexed arm of effort and resolve
("bruises from the barbell 💪"); a heart for someone missed ("Miss my nan ... the kitchen smelled
right for once ❤️"); not caring about being seen ("le cicatrici si vedevano e non me ne fregava
niente 😊"); a turn to a passing exam mark ("mi ha
distrutta ..., invece 27! 😂").
Miss: drinking to cope under a laugh ("alla seconda bottiglia di rosso, ... l'unico modo che ho per
spegnere la testa 😂"): a distress with no sad word.

Left: "stasera mi sparo pizza, birra e la partita 😄" (dev-it-2218) reads a shift because of its
intent cue ("mi sparo", a risk misreading of other work); seven dark jokes under a laughing emoji
labelled as shifts while siblings of the same shape are not (label doubts, not read). Each family is
tested on fictional texts that are NOT corpus texts: the ones that must read a shift and the ones
that must not.
"""

from __future__ import annotations

import pytest

from scripta.analysis import read_message
from scripta.analysis.tests.readings import SignalFamilies, dev_texts, signal_family_tests

# family -> ("valence_shift", texts that shift, texts that share their words and do not)
FAMILIES: SignalFamilies = {
    # a death, a breath or tears of laughter under a laughing emoji; dead inside, a real death,
    # a panic named, tears at being laughed at, or a plain smile are still a shift
    "laughter_hyperbole": (
        "valence_shift",
        [
            "I'm dead inside 😂",
            "my grandad died last night 😂",
            "sono morta dentro 😂",
            "I can't breathe, another panic attack at work 😂",
            "ho pianto tutta la notte 😂",
            "they laughed at me and I cried 😂",
            "I literally died when my dad tried to floss at the wedding 🙂",
        ],
        [
            "I literally died when my dad tried to floss at the wedding 😂",
            "im dead, the cat just fell in the bath 😂",
            "my brother tripped into the paddling pool, i can't breathe 😂",
            "sono morta, mia nonna ha provato a fare un balletto su TikTok 😂",
            "so' morto quando il prof è scivolato in corridoio 😂",
            "abbiamo riso tanto al matrimonio, ho pianto dal ridere tutta la sera 🤣",
            "I was crying laughing at the dog in the raincoat 😂",
        ],
    ),
    # a valence word of the other language: the English "solo", the Italian bare "fine"; in its own
    # language it keeps its valence
    "word_of_the_other_language": (
        "valence_shift",
        [
            "honestly I'm fine, totally fine 😢",
            "mi sento solo 😂",
            "sto male 😂",
            "fine, tutto bene :(",
        ],
        [
            "Played my first solo at the school concert 😄",
            "Did my first solo hike up Snowdon 😊",
            "che fine ha fatto la mia ricetta? 😟",
            "entro fine ottobre devo traslocare 😩",
            "fine corsa per il mio vecchio motorino 😢",
        ],
    ),
    # a death preferred to a trifle; preferred to living, or on its own, it is a shift
    "death_preferred_to_a_trifle": (
        "valence_shift",
        [
            "meglio morto che vivo così 😂",
            "sarebbe meglio se fossi morta 😂",
            "better dead than alive like this 😂",
            "meglio morta, tanto nessuno se ne accorge 😂",
        ],
        [
            "mio figlio tifa Inter, meglio morto che interista! 😂",
            "meglio morta che in tuta al matrimonio 😂",
            "better dead than seen in crocs 😂",
            "piuttosto morta che tornare con la frangia 😂",
            "meglio morto che romanista, sempre 😂",
        ],
    ),
    # a dark word in a title or a name; at the start of a sentence or lowercase it is the sender's
    "title": (
        "valence_shift",
        [
            "Lost my place in the play today 😄",
            "Got a part in the play but honestly I feel so lost 😄",
            "My dog Lucky died this morning 😄",
            "I HATE MONDAYS :)",
        ],
        [
            "Got cast in Death of a Salesman for the school play 😄",
            "Watched The Walking Dead with my brother all weekend 😄",
            "my band is called Lost Souls and we've got a gig Friday 😄",
            "Finally finished Dead Space on hard mode last night 😄",
        ],
    ),
    # the flexed arm after hard words or a low cue is resolve; a laugh over them, or the flex after
    # a current self-harm, is a shift
    "flexed_arm_of_effort": (
        "valence_shift",
        [
            "sono a pezzi dopo l'allenamento, ho male dappertutto 😂",
            "tired and sore after the half marathon 😂",
            "round two of chemo done, feeling awful 😂",
            "cut my arm again last night 💪",
        ],
        [
            "sono a pezzi dopo l'allenamento, ho male dappertutto 💪",
            "tired and sore after the half marathon 💪",
            "round two of chemo done, feeling awful but still here 💪",
            "Hill sprints today, my legs hurt so bad 💪",
        ],
    ),
    # a heart after a longing for someone is love for them; a laugh after it, tears beside it, or a
    # heart after a wish to die are a shift
    "heart_for_someone_missed": (
        "valence_shift",
        [
            "Miss my grandad so much this week. Made his curry for tea tonight 😂",
            "Mi manca tanto la nonna. Oggi ho fatto la sua torta di mele 😂",
            "Miss my nan so much, I cry every night ❤️",
            "I want to die tonight. Made curry for tea ❤️",
        ],
        [
            "Miss my grandad so much this week. Made his curry for tea tonight ❤️",
            "Mi manca tanto la nonna. Oggi ho fatto la sua torta di mele ❤️",
            "Really miss my mum lately. Found her old recipe book in the loft 💕",
            "still miss my dad. wore his watch to the interview today ❤️",
        ],
    ),
    # not caring about being seen is freedom; not caring about anything or anyone is a shift
    "not_caring_about_being_seen": (
        "valence_shift",
        [
            "non me ne frega più niente di niente 😊",
            "non mi importa più niente di nessuno 😊",
            "nessuno mi guardava e non me ne importava niente, mi sentivo invisibile 😊",
            "non me ne fregava niente della festa, sono rimasta a letto 😊",
        ],
        [
            "al mare le smagliature si vedevano e non me ne importava niente 😊",
            "mi guardavano tutti mentre ballavo e non me ne fregava niente 😄",
            "si vedevano i lividi delle cadute in bici e non me ne importava niente 😊",
            "si vedeva la pancia ma non me ne fregava niente 😊",
        ],
    ),
    # a turn to a passing exam mark is good news; a turn to a failure, or a mark under tears, shifts
    "turn_to_a_passing_mark": (
        "valence_shift",
        [
            "speravo in un 27, invece bocciato 😂",
            "l'orale è andato bene, invece lo scritto un disastro 😂",
            "ho preso 28 ma mi sento uno schifo 😂",
            "l'esame mi ha distrutta, invece 27! 😭",
            "ero in ansia per il treno, invece 20 minuti di ritardo 😂",
        ],
        [
            "l'orale di analisi è stato un incubo, ero distrutto, invece 28! 😂",
            "temevo di essere bocciata a storia, invece ho preso 26 😂",
            "lo scritto mi ha distrutto, pensavo di essere bocciato, invece un 24 😂",
            "il parziale di economia è stato un disastro, invece 25! 😂",
        ],
    ),
    # drinking to cope under a smile or a laugh; drinking to celebrate, or "the only way" that is
    # not coping, is not
    "drinking_to_cope": (
        "valence_shift",
        [
            "Seconda bottiglia di vino stasera, è l'unico modo per non pensare 😂",
            "un'altra bottiglia di grappa per dimenticare la giornata 😄",
            "terzo bicchiere di vino, l'unico modo che ho per staccare la testa 😄",
            "a bottle of red on my own again, the only way to stop thinking about work 😂",
        ],
        [
            "abbiamo aperto una bottiglia di rosso per festeggiare 😄",
            "ho comprato una bottiglia di rosso per la cena di stasera 😄",
            "the only way to the station is the 42 bus 😂",
            "wine tasting is the only way my dad gets out of the house 😂",
        ],
    ),
}

(
    test_valence_r19_family_reads_a_shift,
    test_valence_r19_counterpart_reads_no_shift,
) = signal_family_tests(FAMILIES)


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_valence_r19_family_sizes(family: str) -> None:
    _code, on, off = FAMILIES[family]
    assert len(on) >= 4, family
    assert len(off) >= 4, family


def test_valence_r19_texts_are_not_corpus_texts() -> None:
    corpus = set(dev_texts())
    mine = [t for _c, on, off in FAMILIES.values() for t in (*on, *off)]
    assert not [t for t in mine if t in corpus]


# words that are not the sender's mood raise no masked distress of their own (a counterpart with
# no cue reads none); a smile over hard words still does
MASKED = [
    ("im dead, the cat just fell in the bath 😂", "none"),
    ("Played my first solo at the school concert 😄", "none"),
    ("Got cast in Death of a Salesman for the school play 😄", "none"),
    ("my grandad died last night 😂", "low"),
]


@pytest.mark.parametrize(("text", "expected"), MASKED)
def test_valence_r19_masked_distress_follows_the_shift(text: str, expected: str) -> None:
    assert read_message(text).risk.level == expected, read_message(text).risk.evidence
