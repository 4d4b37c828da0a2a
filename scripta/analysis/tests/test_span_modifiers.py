"""read_message reads the context modifiers of a cue's span once per message: cues of one span
(rules of one key often match the same words) with the same ``fixed`` and the same modifiers set
before share one call of ``engine._span_modifiers`` (a memo of type ``engine._SPAN_MEMO``).

Checked: with a memo that forgets (every cue read afresh, as before the memo) the readings are
the same, on generated texts (cue sentences of the dev corpus joined, repeated and set after
negations, quotes, reports, hypotheticals and past frames), on the dev corpus and on the speed
benchmark's long e-mails; and the memo is used (fewer calls with it than without).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from scripta.analysis import engine, read_message

from .readings import dev_texts

ROOT = Path(__file__).resolve().parents[3]
FRAMES = [
    "",
    "non ",
    "I don't think ",
    "my sister said ",
    'she wrote "',
    "'",
    "if ",
    "se ",
    "last year ",
    "l'anno scorso ",
    "ha detto che ",
    "in the film ",
    "mio figlio ",
    "I never ",
    "ma ",
]


class _Forgetful(dict[Any, Any]):
    """A memo that never remembers: every cue's modifiers are read afresh."""

    def get(self, key: Any, default: Any = None) -> Any:
        return default


def _generated(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pool = [t for t in dev_texts() if len(t) < 400]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 4)):
            text = rng.choice(pool)
            parts.append(rng.choice(FRAMES) + text)
            if rng.random() < 0.3:  # the same words again, in another frame
                parts.append(rng.choice(FRAMES) + text)
        out.append(rng.choice([" ", ". ", "\n", ", "]).join(parts))
    return out


def _read_all(texts: Iterable[str]) -> list[dict[str, Any]]:
    return [read_message(t, channel="email").to_dict() for t in texts]


def _same_without_memo(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [0]
    real = engine._span_modifiers

    def counted(*args: Any) -> tuple[str, ...]:
        calls[0] += 1
        return real(*args)

    monkeypatch.setattr(engine, "_span_modifiers", counted)
    with_memo = _read_all(texts)
    with_memo_calls, calls[0] = calls[0], 0
    monkeypatch.setattr(engine, "_SPAN_MEMO", _Forgetful)
    afresh = _read_all(texts)
    for text, a, b in zip(texts, with_memo, afresh, strict=True):
        assert a == b, text[:300]
    assert 0 < with_memo_calls < calls[0]  # the memo was used


def test_span_memo_keeps_readings_on_generated_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    _same_without_memo(_generated(800, 11), monkeypatch)


def test_span_memo_keeps_readings_on_the_dev_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    _same_without_memo(list(dev_texts()), monkeypatch)


def test_span_memo_keeps_readings_on_the_benchmark_letters(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import analysis_speed  # type: ignore[import-not-found]

    letters = [analysis_speed.hundred_kb_email()] + [t for _l, t in analysis_speed.long_emails()]
    _same_without_memo(letters, monkeypatch)
