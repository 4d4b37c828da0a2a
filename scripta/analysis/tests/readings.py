"""Short views of a reading, shared by the engine's rule tests."""

from __future__ import annotations

import math
from typing import Any

from scripta.analysis import read_message, risk_net

HIGH = ("high", "imminent")

# Everyday counterparts of the rule tests that the learned net (weights of 2026-11-26, threshold
# 0.90, trained with the training-only messages) reads high: the known false alarms of a word
# model on sentences built to share a crisis sentence's words ("It'd be nice to not be on call
# this weekend"). Out of fold the net adds false alarms on 0.4 % of the non-high training
# messages; these are that rate on our tests, kept in view rather than trained on. For them,
# ``level`` checks that the net's cue is the only one at high and returns the level the rules
# give; an entry the net stops raising fails, so the list cannot go stale.
NET_FALSE_ALARMS = frozenset(
    [
        "Honestly it'd be easier for everyone if I stopped complaining about the rota",
        "ho comprato 3 scatole di tachipirina per la nonna",
        "bought the paint in different shops so it's not the same colour, annoying",
        "Deleted Instagram, it was making me compare myself to everyone.",
        "It'd be nice to not be on call this weekend.",
        "Honestly it'd be nice to not be on call this weekend.",
        "I don't think I'll be around much longer tonight, I'm falling asleep.",
        "a volte guardo i binari e penso che il treno è sempre in ritardo",
        "ho già preparato tutto per la festa, la lettera di invito è pronta",
        "I don't want to be around them anymore, they're toxic",
        "it would be easier if I wasn't here on Friday, can we move it?",
        "It would be easier for everyone if I had a car, the bus takes ages.",
        "I keep thinking about not stopping at the services, it's only a 3 hour drive.",
        "vorrei che finisse tutto, e non intendo la vita: solo questa settimana infernale",
        "vorrei smettere, e non intendo di fumare",
        "penso che sarebbe meglio non esserci alla festa di sabato",
        "I've got 30 of my sertraline in my bag in case I'm away.",
    ]
)


def level(text: str, **kw: Any) -> str:
    """The risk level of ``text`` (``kw``: the other arguments of ``read_message``)."""
    risk = read_message(text, **kw).risk
    if text in NET_FALSE_ALARMS:
        raised = [c.code for c in risk.evidence if c.level in HIGH]
        assert raised == ["net_ideation"], f"not (only) the net raises it any more: {raised}"
        return level_without_net(text, **kw)
    return risk.level


def level_without_net(text: str, **kw: Any) -> str:
    """The risk level the rules and context modifiers give, without the learned net."""
    model = risk_net._load()
    threshold = model[2]
    model[2] = math.inf  # no probability is over it: the net adds no cue
    try:
        return read_message(text, **kw).risk.level
    finally:
        model[2] = threshold


def signals(text: str) -> tuple[str, ...]:
    return read_message(text).signal_codes()


def modifiers(text: str) -> set[str]:
    """Every context modifier on the evidence of ``text``'s risk."""
    return {m for c in read_message(text).risk.evidence for m in c.modifiers}


# A rule family in the tests: (texts on one side, texts on the other), each with its level;
# e.g. (paraphrases, counterparts) or (counterparts, risk versions).
Cases = list[tuple[str, str]]
Families = dict[str, tuple[Cases, Cases]]


def family_cases(families: Families, side: int) -> list[tuple[str, str, str]]:
    """(family, text, expected level) for every text on one side (0 or 1) of the families."""
    return [(name, text, lvl) for name, pair in families.items() for text, lvl in pair[side]]


def assert_stays_below_high(family: str, text: str, expected: str) -> None:
    """A counterpart is never raised to high/imminent and reads at its expected level."""
    got = level(text)
    assert got not in HIGH, family
    assert got == expected, family


def assert_family_sizes(families: Families, first: int, second: int) -> None:
    """Every family has at least ``first`` texts on its first side, ``second`` on its second."""
    for name, (one, two) in families.items():
        assert len(one) >= first, name
        assert len(two) >= second, name
