"""Short views of a reading, shared by the engine's rule tests."""

from __future__ import annotations

from typing import Any

from scripta.analysis import read_message

HIGH = ("high", "imminent")


def level(text: str, **kw: Any) -> str:
    """The risk level of ``text`` (``kw``: the other arguments of ``read_message``)."""
    return read_message(text, **kw).risk.level


def signals(text: str) -> tuple[str, ...]:
    return read_message(text).signal_codes()


def modifiers(text: str) -> set[str]:
    """Every context modifier on the evidence of ``text``'s risk."""
    return {m for c in read_message(text).risk.evidence for m in c.modifiers}
