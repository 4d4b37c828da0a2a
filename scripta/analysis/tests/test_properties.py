"""Property tests: never crashes, deterministic, evidence spans inside the text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scripta.analysis import (
    REPLY_CHECK_CODES,
    RISK_LEVELS,
    SIGNAL_CODES,
    TOPIC_CODES,
    Reading,
    check_reply,
    read_message,
)

SETTINGS = settings(max_examples=200, deadline=None)
ROOT = Path(__file__).resolve().parents[3]

# pieces that exercise the rules: cues, idioms, emoji sequences, RTL text, punctuation
PIECES = [
    "I want to die",
    "non voglio più vivere",
    "work is killing me",
    "muoio dal ridere",
    "not",
    "nn",
    "if",
    '"',
    "«",
    "»",
    "...",
    "…",
    "!!!",
    "?!",
    ":-(",
    "8-[",
    ":)",
    "💊",
    "👨‍👩‍👧‍👦",
    "🏳️‍🌈",
    "👍🏽",
    "1️⃣",
    "🇮🇹",
    "مرحبا بالعالم",
    "שלום",
    "\u202e",
    "\u200d",
    "\ufe0f",
    "İ",
    "ß",
    "ﬁ",
    "e\u0301",
    "\n",
    " ",
    "CAPITALS EVERYWHERE NOW",
    "my friend",
    "years ago",
    "tonight",
    "all my pills",
    "tutte le pastiglie",
    "Tom",
]
texty = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)), max_size=30).map(
    " ".join
)


def check_reading(text: str, reading: Reading) -> None:
    assert reading.language in ("en", "it")
    assert reading.risk.level in RISK_LEVELS
    assert 0.0 <= reading.risk.score <= 1.0
    assert set(reading.topics) <= set(TOPIC_CODES)
    assert set(reading.signal_codes()) <= set(SIGNAL_CODES)
    for cue in reading.risk.evidence:
        assert 0 <= cue.span.start <= cue.span.end <= len(text)
        assert cue.level in RISK_LEVELS
        assert RISK_LEVELS.index(cue.level) <= RISK_LEVELS.index(reading.risk.level)
    for sig in reading.signals:
        for span in sig.evidence:
            assert 0 <= span.start <= span.end <= len(text)
    assert isinstance(reading.priority, int)


@SETTINGS
@given(st.text())
def test_any_unicode(text: str) -> None:
    check_reading(text, read_message(text))


@SETTINGS
@given(
    texty,
    st.sampled_from(["sms", "whatsapp", "email", "portal", None]),
    st.lists(st.text(max_size=12), max_size=3),
    st.one_of(
        st.none(), st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1))
    ),
    st.sampled_from([None, "Europe/Rome", "America/Toronto", "UTC"]),
)
def test_deterministic_and_spans_inside(
    text: str, channel: str | None, names: list[str], sent_at: datetime | None, tz: str | None
) -> None:
    a = read_message(text, sent_at=sent_at, timezone=tz, channel=channel, sender_names=names)
    b = read_message(text, sent_at=sent_at, timezone=tz, channel=channel, sender_names=names)
    assert a == b
    assert a.to_dict() == b.to_dict()
    check_reading(text, a)


@SETTINGS
@given(
    texty, st.text(max_size=20), st.text(max_size=20), st.one_of(st.none(), st.text(max_size=50))
)
def test_reply_never_crashes(text: str, signature: str, name: str, patient: str | None) -> None:
    result = check_reply(text, signature, name, patient_message=patient)
    assert set(result.check_codes()) <= set(REPLY_CHECK_CODES)
    assert result == check_reply(text, signature, name, patient_message=patient)
    for check in result.checks:
        for span in check.evidence:
            assert 0 <= span.start <= span.end <= len(text)


def test_empty_and_whitespace() -> None:
    for text in ("", " ", "\n\n", "\u200d", "🏳️‍🌈"):
        reading = read_message(text, sender_names=["Tom"])
        check_reading(text, reading)
        assert reading.risk.level == "none"


def test_large_email_is_read() -> None:
    paragraph = (
        "Dear Dr Carter, this week was long... I went to work, came home, cooked dinner 😊 "
        "and thought about what we said in session. Non ce la faccio più a stare così!!! "
    )
    text = paragraph * (100_000 // len(paragraph) + 1)
    reading = read_message(text, channel="email", sender_names=["Hannah"])
    check_reading(text, reading)
    assert "long_message" in reading.signal_codes()
    assert reading.risk.level == "moderate"


def test_pathological_inputs_are_linear() -> None:
    # long runs that could make a backtracking regex explode
    for text in (
        "a " * 50_000,
        "!" * 100_000,
        "." * 100_000,
        "nn " * 30_000,
        ":-(" * 30_000,
        "💊" * 50_000,
    ):
        check_reading(text, read_message(text))


def test_deterministic_across_processes(tmp_path: Path) -> None:
    """Same output whatever the hash seed (set iteration order), caps and long texts included."""
    lines = [
        {
            "text": "I want to die. non voglio più vivere. " * 400,
            "channel": "email",
            "sender_names": ["Tom"],
        },
        {"text": "nn ce la faccio più... mi sento sola 😢 Giulia", "sender_names": ["Giulia"]},
        {"text": 'In the film he says "I want to die" :) work is killing me', "sender_names": []},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "scripta.analysis", str(path)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=120,
            check=True,
        )
        outputs.add(proc.stdout)
    assert len(outputs) == 1


@SETTINGS
@given(st.text(alphabet="ab .!?\n1", max_size=40))
def test_last_sentence_is_the_last_split_piece_with_a_word(region: str) -> None:
    import re

    from scripta.analysis.engine import _last_sentence

    parts = [p for p in re.split(r"[.!?\n]+", region) if re.search(r"[a-z0-9]+", p)]
    assert _last_sentence(region) == (parts[-1] if parts else None)
