"""Context gaps found by colleagues (context.py): each fix with its counter-examples.

All texts are fictional.
"""

from __future__ import annotations

import pytest

from .readings import HIGH, level, modifiers

# 1. a parent naming their child by age or rank is a proxy: the child's risk is the patient's
PROXY = [
    "Our 14 year old says she wants to die.",
    "Our 14-year-old told us she wants to die.",
    "Our 15 year old has been cutting himself again.",
    "Our eldest says he wants to die.",
    "Il nostro ragazzo di 15 anni dice che vuole morire.",
    "La nostra ragazza di 14 anni dice che vuole morire.",
]
# someone else's child or a sibling named by age stays someone else's experience
NOT_PROXY = [
    "My friend's 14 year old has been cutting herself.",
    "My 14 year old sister says she wants to die.",
    "My brother says he wants to kill himself.",
    "Mia madre dice che vuole morire.",
]

# 2. the sender's own first-person cue is not lowered by a third person of another clause
OWN_CUE = [
    "My mum thinks it's just stress, wish I was dead.",
    "She says it's a phase, wish I was dead.",
    "Mia madre pensa che sia stress, penso sempre a farla finita.",
]
# a third person in the cue's own clause, or an Italian article "i", keeps the old reading
OTHER_CUE = [
    "They'd all be happier if I died my hair back to brown.",
    "una ragazza della mia classe si è tagliata i polsi",
    "Mia madre mi dice che vuole farla finita.",
]

# 3. frankness formulas are not conditionals
HONEST = [
    "If I'm honest I want to die.",
    "If I'm being honest I want to kill myself.",
    "If I am honest, I want to die.",
    "Se devo essere sincera voglio morire.",
    "Se sono sincero voglio morire.",
]
CONDITIONAL = [
    "If I want to die, who do I call?",
    "Se sono triste voglio morire?",
]

# 4. Italian hypotheses with the imperfect subjunctive or "nel caso in cui", like "if I ever"
HYPOTHETICAL_IT = [
    "se un giorno pensassi al suicidio, cosa dovrei fare?",
    "e se mi venisse voglia di farmi del male?",
    "nel caso in cui volessi farmi del male, chi chiamo?",
    "If I ever wanted to kill myself, who would I call?",
    # the "if" cut off from its verb by the commas of an aside
    "Dottoressa, se un giorno, per qualche motivo, pensassi al suicidio, cosa dovrei fare?",
    "se per caso, una sera, mi venisse voglia di farmi del male, chi chiamo?",
    "nel caso in cui, una notte, volessi farla finita, chi chiamo?",
    "Qualora, di notte, mi venisse voglia di tagliarmi, cosa faccio?",
    "If, one day, I ever wanted to kill myself, who would I call?",
]
# a subjunctive that is a wish, or a sentence without an "if", stays current
NOT_HYPOTHETICAL = [
    "Vorrei che finisse tutto, penso al suicidio.",
    "Penso al suicidio ogni giorno, anche se sto meglio con gli stessi farmaci.",
    "Se riesce, mi chiami: ieri sera ho pensato di farla finita.",
    "If you ask me, honestly, I want to die.",
]

# 5. a past cue with the present recovered ("much better now") stays past
RECOVERED = [
    "da ragazza pensavo spesso di farla finita, ora sto molto meglio",
    "da ragazza pensavo spesso di farla finita, ora sto decisamente meglio",
    "da ragazza pensavo spesso di farla finita, adesso sto bene",
    "When I was 15 I used to cut myself, I'm much better now.",
    "When I was 15 I used to cut myself, I'm better now.",
    "When I was 15 I used to cut myself, now I'm a lot better.",
    "When I was 16 I tried to kill myself, I'm doing much better now.",
    "da ragazza mi tagliavo, oggi sto davvero bene",
    "anni fa pensavo al suicidio, ora va molto meglio",
]
# the present that brings the past back stays current
CURRENT = [
    "When I was 15 I used to cut myself, and now I do it again.",
    "da ragazza pensavo spesso di farla finita, ora ci penso di nuovo",
    # "not better now" is no recovery
    "When I was 16 I tried to kill myself, I'm not better now.",
    "When I was 16 I tried to kill myself, and now I'm not better.",
    "When I was 16 I tried to kill myself, I'm no better now.",
]


@pytest.mark.parametrize("text", PROXY)
def test_parent_naming_child_by_age_is_proxy(text: str) -> None:
    assert level(text) in HIGH
    assert "other_person" not in modifiers(text)


@pytest.mark.parametrize("text", NOT_PROXY)
def test_someone_else_stays_other_person(text: str) -> None:
    assert level(text) not in HIGH
    assert "other_person" in modifiers(text)


@pytest.mark.parametrize("text", OWN_CUE)
def test_own_cue_not_lowered_by_third_person_of_another_clause(text: str) -> None:
    assert level(text) in HIGH


@pytest.mark.parametrize("text", OTHER_CUE)
def test_third_person_in_the_cue_clause_stays(text: str) -> None:
    assert level(text) not in HIGH


@pytest.mark.parametrize("text", HONEST)
def test_frankness_is_not_hypothetical(text: str) -> None:
    assert level(text) in HIGH
    assert "hypothetical" not in modifiers(text)


@pytest.mark.parametrize("text", CONDITIONAL + HYPOTHETICAL_IT)
def test_conditionals_stay_hypothetical(text: str) -> None:
    assert level(text) not in HIGH
    assert "hypothetical" in modifiers(text)


@pytest.mark.parametrize("text", RECOVERED)
def test_recovered_past_stays_past(text: str) -> None:
    assert level(text) not in HIGH
    assert "past" in modifiers(text)


@pytest.mark.parametrize("text", CURRENT)
def test_past_brought_back_is_current(text: str) -> None:
    assert level(text) in HIGH


@pytest.mark.parametrize("text", NOT_HYPOTHETICAL)
def test_wishes_and_asides_stay_current(text: str) -> None:
    assert level(text) in HIGH
    assert "hypothetical" not in modifiers(text)


# 2b. a third person's negated main clause ("she doesn't get that ...") does not negate the
# sender's own cue after "that"/"che"; the sender's own negation still does
OTHERS_NEGATION = [
    "My sister keeps asking, she doesn't get that I want to die.",
    "My mum doesn't realise that I want to kill myself.",
    "Mia sorella continua a chiedere, lei non capisce che voglio morire.",
    "Mia madre non sa che voglio farla finita.",
]
OWN_NEGATION = [
    "I don't think that I want to die.",
    "My mum doesn't know that I don't want to die.",
    "Non penso che voglio morire.",
    "Mia madre non sa che io non voglio morire.",
    "She doesn't know that he wants to die.",
]


@pytest.mark.parametrize("text", OTHERS_NEGATION)
def test_third_persons_negation_does_not_negate_own_cue(text: str) -> None:
    assert level(text) in HIGH
    assert "negated" not in modifiers(text)


@pytest.mark.parametrize("text", OWN_NEGATION)
def test_own_or_their_negation_still_lowers(text: str) -> None:
    assert level(text) not in HIGH
    assert "negated" in modifiers(text)
