"""Known misreadings, each fixed as a small family: the return of an illness before a present
wish, a negated act told sideways, a past drinking habit, and an absence from an event.

Each family is tested on self-written paraphrases and on counterparts that share the words but
not the reading (a true hypothesis, a current act, a wish to be gone). All the texts are fictional.
"""

from __future__ import annotations

import pytest

from scripta.analysis.tests.readings import (
    Families,
    assert_family_sizes,
    assert_stays_below_high,
    family_cases,
    level,
    signals,
)

FAMILIES: Families = {
    # a jump told with its outcome, and a count taken with no pill word (found by the English
    # engineer of round 9, 2026-11-27: both read none)
    "jump_told_with_its_outcome": (
        [
            ("I jumped anyway, I'm in hospital", "imminent"),
            ("i jumped off the multi storey last night. im in icu", "imminent"),
            ("I threw myself off the footbridge. Now I'm in A&E, they won't let me go", "imminent"),
        ],
        [
            ("I jumped at the chance, now I'm in hospital visiting my nan", "none"),
            ("I jumped off the wall and broke my ankle, I'm in A&E now lol", "none"),
            ("My brother jumped into the pool and cracked his head, he's in hospital", "none"),
        ],
    ),
    "a_count_taken_without_a_pill_word": (
        [
            ("I took all 32 when I got home", "imminent"),
            ("swallowed all 40 of them an hour ago", "imminent"),
            ("took every one of thirty last night. sorry", "imminent"),
        ],
        [
            ("I took all 30 photos at the wedding myself", "none"),
            ("we took all 20 of them to the zoo, exhausting", "none"),
            ("I didn't take all 30, I'm fine, they're back in the box", "none"),
        ],
    ),
    # "took all 32 of my sertraline": a count after "all" (found while the English idiom stress set
    # was fixed, 2026-11-27)
    "all_and_a_count_taken": (
        [
            ("took all 32 of my sertraline when I got home", "imminent"),
            ("I've swallowed all twenty of the zopiclone", "imminent"),
            ("popped all 14 of my tablets an hour ago", "imminent"),
        ],
        [
            ("I took all 32 of my students to the science museum", "none"),
            ("didn't take all 28 of my tablets this month, forgot some", "low"),
            ("I need to pick up all 30 of my tablets from the pharmacy tomorrow.", "none"),
        ],
    ),
    # "ho scritto la mia lettera d'addio": the farewell note with a possessive (found while the
    # Italian idiom stress set was fixed, 2026-11-27: the rule knew "la", "una", "il mio")
    "farewell_note_possessive": (
        [
            ("ho scritto la mia lettera d'addio", "imminent"),
            ("Ho lasciato le mie lettere di addio sul tavolo della cucina.", "imminent"),
            ("sto scrivendo la mia lettera d'addio, non so se la finisco stasera", "imminent"),
        ],
        [
            ("Ho letto la sua lettera d'addio alla squadra, che discorso.", "none"),
            ("non ho scritto nessuna lettera d'addio, stia tranquilla", "low"),
            ("Ho scritto la mia lettera di presentazione per il concorso.", "none"),
        ],
    ),
    # "if it comes back I'd rather it took me": a real illness returning, the wish is present
    "illness_returns_wish": (
        [
            ("If it comes back I'd rather it just took me.", "high"),
            ("if it comes back id rather not wake up", "high"),
            ("if the tumour comes back i'd honestly rather it killed me", "high"),
            ("If it gets worse I'd rather be dead.", "high"),
        ],
        [
            ("If I ever felt I'd rather it took me, I'd call you", "low"),
            ("If the thoughts come back I'd rather be dead, what do I do?", "low"),
            ("If I felt I'd rather be dead I would tell you", "low"),
            ("If it comes back I'd call you straight away", "none"),
        ],
    ),
    # "non ho rifatto quella cosa con la lametta": the act negated, the blade inside it too
    "negated_act_sideways": (
        [
            ("non ho rifatto quella cosa con la lametta", "low"),
            ("nn ho più rifatto quella cosa col temperino", "low"),
            ("non ho ricominciato quella cosa con la lametta", "low"),
        ],
        [
            ("ho rifatto quella cosa con la lametta", "high"),
            ("ieri sera ho rifatto quella cosa col temperino", "high"),
            ("ho ricominciato quella cosa con la lametta", "high"),
        ],
    ),
    # "prima bevevo una bottiglia a sera": a past habit, no current substance use
    "past_drinking_habit": (
        [
            ("prima bevevo una bottiglia a sera", "low"),
            ("una volta bevevo una bottiglia a sera", "low"),
            ("anni fa bevevo due bottiglie di vino a sera", "low"),
            ("I used to drink every night to cope", "low"),
        ],
        [
            ("adesso bevo una bottiglia a sera", "moderate"),
            ("ora è una bottiglia a sera, a volte di più", "moderate"),
            (
                "prima bevevo una bottiglia a sera, adesso bevo una bottiglia a sera di nuovo",
                "moderate",
            ),
        ],
    ),
    # "se non ci fossi alla riunione": absent from an event, not a wish to be dead
    "absent_from_event": (
        [
            ("sarebbe meglio per tutti se non ci fossi alla riunione", "none"),
            ("sarebbe meglio se non ci fossi alla cena di natale", "none"),
            ("per loro sarebbe meglio se io non ci fossi al matrimonio", "none"),
        ],
        [
            ("sarebbe meglio per tutti se non ci fossi", "high"),
            ("sarebbe meglio per tutti se non ci fossi al mondo", "high"),
            ("sarebbe meglio per tutti se non ci fossi più, nemmeno alla riunione", "high"),
        ],
    ),
    # "play" after watching someone is the game, not a play on stage: the sender's act after it
    # is not quoted (read none as a quotation; found on 2026-11-27)
    "someone_watched_at_play": (
        [
            ("Watched the boy next door play football and I cut my wrists after", "imminent"),
            ("Saw my brother play rugby on Saturday then went home and cut myself again", "high"),
            ("watched the kids play in the garden and then took all my pills", "imminent"),
        ],
        [
            ("In the play he says he wants to die, it was very intense", "none"),
            (
                "My line in the drama group play is 'I hope I don't wake up tomorrow', any tips?",
                "none",
            ),
            ("Watched my son play football and then had a lovely dinner together", "none"),
        ],
    ),
    # a role named as the subject: the pharmacist's or the carer's count is theirs (read imminent)
    "a_role_counts_the_pills": (
        [
            ("The pharmacist counted all of my tablets into the box", "low"),
            ("the carer counted all of my tablets out onto the tray", "low"),
            ("The pharmacist counted all of my pills twice to be sure", "low"),
        ],
        [
            ("I counted all of my tablets into the box, there's enough now", "imminent"),
            (
                "the pharmacist counted out all of my tablets. I'm taking them all tonight",
                "imminent",
            ),
            (
                "Mum counted all of my tablets into the box and I'm going to take them all",
                "imminent",
            ),
        ],
    ),
    # "them all" when the pills were named just before: the sender's intent (read none)
    "taking_them_all": (
        [
            ("Got my tablets from the chemist, I'm going to take them all tonight", "imminent"),
            ("i've saved 40 of my pills, im going to take them all in one go", "imminent"),
            (
                "picked up the sleeping pills today. I'll swallow them all once everyone's asleep",
                "imminent",
            ),
        ],
        [
            ("Got my tablets for the trip, I'm taking them all with me on holiday", "none"),
            (
                "Collected mum's tablets from the chemist, I'll take them all round to hers later",
                "none",
            ),
            ("picked up my tablets, I'll take them all back to the pharmacy tomorrow", "none"),
        ],
    ),
    # a negation in a first clause reached across "and I" / "e (io)" to the sender's own wish in
    # the next ("I'm not sleeping and I want to die" read low; found by the Italian engineer of
    # round 13, 2026-11-27); the counterparts keep a negation that governs the cue
    "a_negation_ends_where_a_new_subject_starts": (
        [
            ("I'm not sleeping and I want to die", "high"),
            ("my sister is not coping and I want to die", "high"),
            ("non dormo e voglio morire", "high"),
            ("mia sorella ha paura di non farcela e io voglio morire", "high"),
            ("Haven't eaten since Sunday and I want to disappear forever", "high"),
        ],
        [
            ("I'm not going to hurt myself and end it", "low"),
            ("I don't want to die and I won't", "low"),
            ("non voglio morire e io sto meglio", "low"),
            ("I'm not saying I want to die", "low"),
        ],
    ),
    # a wish not to live hedged by a verb of opinion or a doubt (found by the English engineer of
    # round 14, 2026-11-27: "I don't think I want to live anymore", "non credo di voler più vivere"
    # read none)
    "wish_not_to_live_hedged_by_opinion": (
        [
            ("I don't think I want to live anymore", "high"),
            ("honestly i dont reckon i want to be here much longer", "high"),
            ("I don't think I want to go on living, I'm so tired", "high"),
            ("Some nights I don't really think I wanna be alive any more", "high"),
            ("Non credo di voler più vivere, sono stanca", "high"),
            ("nn so se voglio ancora vivere sinceramente", "high"),
            ("Non sono più sicuro di voler continuare a vivere", "high"),
        ],
        [
            ("I don't think I want to live in Leeds anymore, the rent is mad", "none"),
            ("I don't think I want to go on holiday with them this year", "none"),
            ("I didn't think I wanted to live with my parents again, but it's fine", "none"),
            ("In the play she sings I don't think I want to live anymore", "none"),
            ("Non credo di voler vivere con lui dopo il matrimonio", "none"),
            ("non so se voglio vivere a Milano o a Torino", "none"),
            ("Mia cugina dice che non sa se vuole vivere da sola", "none"),
        ],
    ),
}

# families whose first side must stay below high (the second side is the risk version)
_LOWERED = (
    "negated_act_sideways",
    "past_drinking_habit",
    "absent_from_event",
    "a_role_counts_the_pills",
)


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 0))
def test_known_gap_paraphrase_reads_its_level(family: str, text: str, expected: str) -> None:
    if family in _LOWERED:
        assert_stays_below_high(family, text, expected)
    else:
        assert level(text) == expected, family


@pytest.mark.parametrize(("family", "text", "expected"), family_cases(FAMILIES, 1))
def test_known_gap_counterpart_reads_its_level(family: str, text: str, expected: str) -> None:
    if family in _LOWERED:
        assert level(text) == expected, family
    else:
        assert_stays_below_high(family, text, expected)


def test_known_gap_family_sizes() -> None:
    assert_family_sizes(FAMILIES, 3, 3)


@pytest.mark.parametrize("text", [t for t, _e in FAMILIES["past_drinking_habit"][0]])
def test_past_drinking_habit_is_not_substance_use(text: str) -> None:
    assert "substance_use" not in signals(text)


@pytest.mark.parametrize(
    ("text", "shift"),
    [
        # a harm denied is good news: the smile does not reverse it (read as a shift until 2026.11.17)
        ("Questa settimana non mi sono fatta del male, nemmeno dopo la lite 🙂", False),
        ("da un mese non ho più pensieri di farmi del male 💪", False),
        ("I didn't cut at all this week, even after the row 🙂", False),
        # also beside a quoted line (its quote marks are blanked too: both kinds of blank count)
        (
            'Nel film lui dice "voglio morire". Questa settimana non mi sono fatta del male 🙂',
            False,
        ),
        # the harm itself, or sad words beside the denial, under a smile are
        ("I cut again last night 🙂", True),
        ("non mi sono fatta del male ma sto malissimo 🙂", True),
    ],
)
def test_denied_harm_under_a_smile_is_not_a_valence_shift(text: str, shift: bool) -> None:
    assert ("valence_shift" in signals(text)) is shift
