"""Families behind the false alarms of the risk-net training messages (over-readings).

The rules read everyday, past, someone else's or study wording as high or imminent. Each
family (``overreading.py``) lowers a cue only in its own context. It is tested on
self-written counterparts that must stay below high (with their level), and on the
risk-bearing versions of the same words that must still reach high or imminent.
All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis import overreading, read_message
from scripta.analysis.engine import WordIndex
from scripta.analysis.tests.readings import (
    assert_family_sizes,
    assert_keeps_high,
    assert_stays_below_high,
    dev_texts,
    family_cases,
    modifiers,
)
from scripta.analysis.text import WORD_RE, fold

# family -> (counterparts lowered, with their level; risk-bearing versions, with their level)
FAMILIES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # a past year or age with a present-state contrast ("I'm 43 now", "adesso è un altro mondo")
    "past_anchor_present_contrast": (
        [
            (
                "2009 was the year I tried to kill myself. I'm fine now, it feels like another life.",
                "low",
            ),
            (
                "At sixteen I took an overdose. I'm 38 now and it hardly ever crosses my mind.",
                "low",
            ),
            ("Aged 19 I took an overdose. These days I'm in a good place.", "low"),
            (
                "a 15 anni mi tagliavo, adesso è un'altra vita. oggi ci ho ripensato guardando le foto",
                "low",
            ),
            (
                "Negli anni del liceo ho tentato il suicidio. Ora sto bene, è uscito il discorso a cena.",
                "low",
            ),
        ],
        [
            ("I took an overdose last night", "imminent"),
            ("I'm 43 and I took an overdose tonight", "imminent"),
            (
                "In 2015 I cut myself for the first time. I'm okay, but I cut myself again last night.",
                "high",
            ),
            (
                "I'm okay. At seventeen I started cutting myself and I still cut myself most weeks.",
                "high",
            ),
            ("a 17 anni mi tagliavo e ieri sera mi sono tagliata di nuovo", "high"),
        ],
    ),
    # the cue is the topic of a therapy talk ("the session about...", "le ho raccontato dei...")
    "therapy_talk_topic": (
        [
            ("After the session about my brother's overdose I went straight to bed.", "low"),
            (
                "Since the session on the suicidal thoughts I had at school I've felt lighter.",
                "low",
            ),
            ("Ripenso spesso a quello che ci siamo detti lunedì sui pensieri di morte.", "low"),
            ("mi ha fatto bene quando le ho raccontato dei tagli sulle braccia del liceo", "low"),
        ],
        [
            ("After the session about my mum I wanted to die.", "high"),
            ("After the session I cut myself.", "high"),
            ("Dopo la seduta di martedì mi sono tagliata.", "high"),
            ("Le ho raccontato dei pensieri di morte e stanotte sono tornati.", "high"),
        ],
    ),
    # a recovery count ("six months free of cutting", "da dieci giorni non mi faccio niente")
    "recovery_count": (
        [
            ("Three weeks clean from self-harm today and my sister bought me cake!", "low"),
            ("Two months free of self-harm now, and I gave the blades to my GP.", "low"),
            (
                "Il rasoio l'ho buttato e da tre settimane non mi faccio niente. Un po' giù, ma regge.",
                "low",
            ),
            ("One year free of cutting today!!! 🎉", "low"),
        ],
        [
            ("Six months free of cutting, but tonight I want to cut so badly.", "high"),
            ("I was clean for a month and relapsed last night with the razor.", "high"),
            ("Da dieci giorni non mi facevo niente, ieri sera mi sono tagliata di nuovo.", "high"),
            ("da tre settimane non mi taglio ma stasera ho ripreso in mano la lametta", "high"),
        ],
    ),
    # a cue named as a question or a topic, then denied
    "named_then_denied": (
        [
            ("Hurting myself? No. Just really tired this week.", "low"),
            ("Suicidal thoughts: none this week, just a lot of sadness.", "low"),
            ("farmi del male? no, figurati. solo tanta stanchezza", "low"),
            ("Pensieri di morte: per fortuna non ce ne sono stati. Giornate pesanti però.", "low"),
        ],
        [
            ("Killing myself? Yes. I think about it every night.", "high"),
            ("Hurting myself? No one would even notice.", "high"),
            ("farmi del male, non riesco a smettere di pensarci", "high"),
            ("Pensieri di morte: non ce ne sono stati mai così tanti.", "high"),
            ("Overdose? no, not yet. tomorrow.", "imminent"),
            ("Killing myself? no. not today. tomorrow maybe", "high"),
            ("ho preso tutta la scatola di sonniferi\n\nnn voglio + vivere", "imminent"),
            ("farmi del male? nn voglio + vivere così", "high"),
        ],
    ),
    # a third-person subject the context module did not list (a bare noun, "il mio ex", "il coinquilino")
    "third_person_subject": (
        [
            ("Coworker overdosed on Friday, he's stable now. Everyone at work is shaken.", "low"),
            ("Il mio ex ha tentato il suicidio a marzo, adesso è fuori pericolo.", "low"),
            (
                "La collega stamattina mi ha confidato che pensa al suicidio. Come posso aiutarla?",
                "low",
            ),
            ("Flatmate took an overdose last night, she's in hospital and ok.", "low"),
        ],
        [
            ("My colleague found me after I took an overdose last night.", "imminent"),
            ("Since my ex left I overdosed twice this week.", "imminent"),
            ("Il mio ex mi ha lasciata e stasera ho tentato il suicidio.", "imminent"),
            ("il coinquilino non lo sa ma penso al suicidio", "high"),
        ],
    ),
    # someone's suicide or overdose ("my uncle's suicide", "people who...", "il suicidio di mio zio")
    "someone_elses_suicide": (
        [
            ("It's ten years since my uncle's suicide and I miss him.", "low"),
            (
                "Do people who survive an overdose usually remember it? Asking because of my cousin.",
                "low",
            ),
            ("Il suicidio di mio zio è ancora un argomento tabù in famiglia.", "low"),
        ],
        [
            ("I keep thinking about suicide.", "high"),
            ("It's suicide or nothing for me now.", "high"),
            ("Penso al suicidio ogni sera.", "high"),
            ("Writing about my son Sam: Sam's overdose last night was paracetamol.", "imminent"),
            (
                "Le scrivo per mia figlia: l'overdose di Giulia ieri sera ci ha sconvolti.",
                "imminent",
            ),
        ],
    ),
    # suicide or an overdose as a study or training topic
    "study_topic": (
        [
            (
                "Revising for my pharmacology exam: paracetamol overdose, liver damage, antidotes. Wish me luck!",
                "none",
            ),
            (
                "Lecture on suicide prevention for the nursing course today, really interesting.",
                "none",
            ),
            (
                "Corso di primo soccorso stamattina: emorragie, ustioni, overdose da oppioidi.",
                "none",
            ),
        ],
        [
            ("Studying for my exam and thinking about suicide.", "high"),
            ("Studying for my exam, suicide is all I think about.", "high"),
            ("Sto studiando per l'esame ma penso solo al suicidio", "high"),
        ],
    ),
    # "mi butto" into an everyday venture (a job application, a race, a course)
    "mi_butto_venture": (
        [
            ("Mi butto! Ho mandato la candidatura per il master, incrociamo le dita 🤞", "none"),
            ("mi butto... nel mondo del nuoto, iscritta al corso!", "none"),
            ("Ok mi butto. Mi sono iscritta alla gara di salsa 😄", "none"),
        ],
        [
            ("mi butto dal ponte stasera", "imminent"),
            ("mi butto. addio", "imminent"),
            ("Mi butto sotto il treno, incrociamo le dita che sia veloce", "imminent"),
            ("Mi butto giù dal balcone stasera.", "imminent"),
        ],
    ),
    # "suicidio professionale", "career suicide": a figure of speech
    "suicide_compound_idiom": (
        [
            (
                "Presentarsi senza slide è stato un suicidio politico, ma ce l'abbiamo fatta 😅",
                "none",
            ),
            ("Replying-all with that joke was career suicide lol", "none"),
            ("Wearing white to her wedding would be social suicide", "none"),
        ],
        [
            ("I think about suicide after every meeting", "high"),
            ("la riunione è andata malissimo e penso al suicidio", "high"),
            ("Professional life is fine, but suicide is on my mind every day.", "high"),
        ],
    ),
    # "rather die than <an everyday chore>"
    "rather_die_than_a_chore": (
        [
            ("I would rather die than go to the dentist on my birthday", "none"),
            ("I'd sooner die than wear those shoes", "none"),
            ("Preferirei morire che fare l'inventario di sabato 😂", "none"),
        ],
        [
            ("I'd rather die than go on like this", "high"),
            ("I'd rather die than spend another day feeling this way", "high"),
            ("Preferirei morire piuttosto che continuare a vivere così", "high"),
        ],
    ),
    # "<this day> can go jump off a cliff": the wish aimed at something else
    "go_jump_off_a_cliff": (
        [
            ("Monday can go jump off a cliff honestly", "none"),
            ("The printer can go and jump off a cliff", "none"),
            ("Tax returns can go jump off a cliff.", "none"),
        ],
        [
            ("I might go jump off a cliff tonight", "imminent"),
            ("I want to jump off a cliff", "high"),
        ],
    ),
    # "ignore the last message": the previous message, not a farewell
    "previous_message": (
        [
            ("Please ignore my last message, it was for my sister!", "none"),
            ("Sorry about the last message, wrong chat 🙈", "none"),
            ("Did you get my last message about Thursday?", "none"),
        ],
        [
            ("This is my last message. Thank you for everything.", "imminent"),
        ],
    ),
    # "con Davide stasera la chiudo": ending a relationship
    "ending_with_someone": (
        [
            ("Con lui stasera la chiudo, merito di meglio.", "none"),
            ("con marta domani la chiudo definitivamente, troppe bugie", "none"),
            ("Con Paolo oggi la chiudo. Finalmente!", "none"),
        ],
        [
            ("stasera la chiudo", "imminent"),
            ("con tutto stasera la chiudo", "imminent"),
        ],
    ),
    # "mi brucia", "mi ferisce": it stings, it hurts me (not the sender's act)
    "it_stings": (
        [
            ("Mi brucia ancora quella bocciatura.", "none"),
            ("Quello che ha detto mia suocera mi ferisce ancora.", "none"),
            ("Non mi hanno invitata, un po' mi brucia.", "none"),
        ],
        [
            ("Mi brucio le braccia con l'accendino.", "high"),
            ("stasera mi taglio", "high"),
        ],
    ),
    # a razor for shaving, an old blade thrown away, an electric razor as a present
    "everyday_razor": (
        [
            ("Bought an electric razor, the disposable ones kept giving me a rash", "none"),
            ("Ho cambiato la lametta vecchia, mi dava irritazione.", "none"),
            ("Regalato un rasoio elettrico a papà per il compleanno 🎁", "none"),
        ],
        [
            ("I used the old razor on my arm again", "high"),
            ("Ho nascosto la lametta vecchia sotto il materasso", "high"),
            ("bought a new razor tonight, you know what for", "high"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 0),
)
def test_overreading_counterpart_stays_below_high(family: str, text: str, expected: str) -> None:
    assert_stays_below_high(family, text, expected)


@pytest.mark.parametrize(
    ("family", "text", "expected"),
    family_cases(FAMILIES, 1),
)
def test_overreading_risk_version_keeps_its_level(family: str, text: str, expected: str) -> None:
    assert_keeps_high(family, text, expected)


def test_overreading_every_family_has_counterparts_and_a_risk_version() -> None:
    assert_family_sizes(FAMILIES, 3, 1)


def test_overreading_cue_stays_visible_with_its_modifier() -> None:
    # the lowered cue is kept as evidence, with the modifier of its family
    reading = read_message("At seventeen I took an overdose. I'm 43 now and doing fine.")
    assert [(c.code, c.level, c.modifiers) for c in reading.risk.evidence] == [
        ("act_taken", "low", ("past",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Three days without food and I won't eat until I've earned it.",
        "Two weeks without sleeping properly, I'm exhausted.",
    ],
)
def test_overreading_days_without_food_or_sleep_is_not_a_recovery(text: str) -> None:
    # "N days without" is a recovery count only before self-harm ("two weeks without cutting")
    assert "negated" not in modifiers(text)


# _contrast finds _CONTRAST from literal anchors (a fast scan of long letters): it must give the
# answer of the plain search, or a long letter's past cues are read otherwise
_CONTRAST_TEXTS = [
    *(
        f"{pre}i{ap}m {state}"
        for pre in ("", "now ", "these days ", "today ")
        for ap in ("", "'")
        for state in ("43 now", "forty-something now", "fine", "in a better place", "ok")
    ),
    "it hardly ever crosses my mind",
    "that's all behind me",
    "its in the past",
    "another different life",
    "a lifetime ago",
    "the anniversary",
    "l'anniversario",
    "adesso mi sembra davvero un'altra persona",
    "ora e lontano",
    "acqua passata",
    "oggi sto bene",
    "oggi mi sono tornati in mente",
    "sono passati dieci anni",
    "it's been 12 years",
    "ho 43 anni adesso",
    "ho quarantatre anni ora",
    "him, who, other, the past, sto, tornare, lontre",
    "x" * 30_000,
    "",
]


def test_overreading_contrast_anchors_find_what_the_search_finds() -> None:
    texts = [*_CONTRAST_TEXTS, *dev_texts()]
    texts.append(" ".join(texts))  # a long letter
    for text in texts:
        folded = fold(text)
        found = overreading._contrast_anywhere(folded)
        assert found == (overreading._CONTRAST.search(folded) is not None), text[:80]
        words = set(WORD_RE.findall(folded))  # the anchors whose word is absent are skipped
        assert overreading._contrast_anywhere(folded, words) == found, text[:80]
        for i in range(0, len(folded), 7):  # every anchor cut at the text's start
            tail = folded[i : i + 60]
            found = overreading._contrast_anywhere(tail)
            assert found == (overreading._CONTRAST.search(tail) is not None), tail
            assert overreading._contrast_anywhere(tail, set(WORD_RE.findall(tail))) == found, tail


def _at_word_starts(folded: str, literal: str) -> list[int]:
    out, k = [], folded.find(literal)
    while k >= 0:
        if k == 0 or not folded[k - 1].isalnum():
            out.append(k)
        k = folded.find(literal, k + 1)
    return out


def test_overreading_contrast_2_skips_only_literals_whose_first_word_is_absent() -> None:
    texts = [
        *_CONTRAST_TEXTS,
        "Now he is fine, after all these years.",
        "ora no, grazie",
        *dev_texts(),
    ]
    found_any = False
    for text in texts:
        folded = fold(text)
        expected = any(
            overreading._CONTRAST_2.match(folded, k) is not None
            for literal in overreading._CONTRAST_2_LITERALS
            for k in _at_word_starts(folded, literal)
        )
        found_any = found_any or expected
        overreading._CONTRAST_2_MEMO[0] = ("", False)
        assert overreading._contrast_2(folded, set(WORD_RE.findall(folded))) == expected, text[:80]
        # a long text's word offsets: the literals tried only where their first word occurs
        index = WordIndex(folded)
        overreading._CONTRAST_2_MEMO[0] = ("", False)
        assert overreading._contrast_2(folded, index.words, index) == expected, text[:80]
    assert found_any
