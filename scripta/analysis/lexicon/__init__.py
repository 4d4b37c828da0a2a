"""Lexicons of the reading engine, as Python data.

Patterns are regular expressions matched against the *folded* text: lowercase, accents
removed ("più" -> "piu"), typographic apostrophes and quotes normalised ("’" -> "'",
"“" -> '"'). A space in a pattern stands for one or more whitespace characters. Angle
macros (``<IM>``, ``<GAP>``...) are expanded by :mod:`scripta.analysis.rules`.

Every pattern must start with a literal word or a group of literal words (``(?:a|b)``): that
first word is the key used to decide, with one set lookup per message, which rules to try.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    kind: str  # "risk" | "signal" | "topic" | "idiom" | "farewell" | "quantity" | "method"
    code: str
    level: str | None
    signals: tuple[str, ...]
    topics: tuple[str, ...]
    patterns: tuple[str, ...]
    fixed: bool = False  # a negation/hypothesis in the phrase carries the risk itself


def risk(
    code: str,
    level: str,
    signals: tuple[str, ...],
    *patterns: str,
    fixed: bool = False,
    topics: tuple[str, ...] = (),
    kind: str = "risk",
) -> Entry:
    return Entry(kind, code, level, signals, topics, patterns, fixed)


def signal(code: str, *patterns: str) -> Entry:
    return Entry("signal", code, None, (code,), (), patterns)


def topic(code: str, *patterns: str) -> Entry:
    return Entry("topic", code, None, (), (code,), patterns)


def idiom(code: str, *patterns: str) -> Entry:
    return Entry("idiom", code, "none", (), (), patterns)
