"""Volume of a patient's messages against the agreed rhythm."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scripta.analysis import Rhythm, VolumeItem, assess_volume

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def items(n: int, days: float = 6, channel: str = "whatsapp", length: int = 80) -> list[VolumeItem]:
    step = timedelta(days=days) / max(n, 1)
    return [VolumeItem(NOW - i * step, length, channel) for i in range(n)]


def test_within_rhythm() -> None:
    a = assess_volume(items(3), Rhythm(max_messages=5), now=NOW)
    assert not a.excessive
    assert (a.count, a.allowed, a.window_days, a.long_emails) == (3, 5, 7, 0)
    assert a.ratio == 0.6
    assert a.explanation.en and a.explanation.it


def test_excessive_count_and_ratio() -> None:
    a = assess_volume(items(15), Rhythm(max_messages=5), now=NOW)
    assert a.excessive
    assert a.count == 15
    assert a.ratio == 3.0
    assert "3.0x" in a.explanation.en


def test_window_excludes_old_messages() -> None:
    old = [VolumeItem(NOW - timedelta(days=30), 50, "sms")] * 20
    a = assess_volume(old + items(2), Rhythm(max_messages=3, per_days=7), now=NOW)
    assert a.count == 2 and not a.excessive


def test_long_emails() -> None:
    history = items(3, channel="email", length=5000)
    a = assess_volume(history, Rhythm(max_messages=10, max_email_chars=3000), now=NOW)
    assert a.long_emails == 3
    assert a.excessive
    b = assess_volume(
        items(1, channel="email", length=5000),
        Rhythm(max_messages=10, max_email_chars=3000),
        now=NOW,
    )
    assert b.long_emails == 1 and not b.excessive


def test_defaults_are_deterministic() -> None:
    history = items(9)
    assert assess_volume(history) == assess_volume(list(reversed(history)))
    assert assess_volume(history).allowed == 7
    empty = assess_volume([])
    assert empty.count == 0 and not empty.excessive


def test_naive_times_are_taken_as_utc() -> None:
    naive = [VolumeItem(datetime(2026, 11, 26, 10, 0), 10, "sms")]
    assert assess_volume(naive, now=NOW).count == 1


def test_explanation_uses_singular_and_plural_forms() -> None:
    one = assess_volume(items(1, days=0.5), Rhythm(max_messages=1, per_days=1), now=NOW)
    assert one.explanation.en.startswith("1 message in 1 day,")
    assert one.explanation.it.startswith("1 messaggio in 1 giorno,")
    many = assess_volume(items(3), Rhythm(max_messages=2, per_days=7), now=NOW)
    assert many.explanation.en.startswith("3 messages in 7 days against 2 agreed")
    assert many.explanation.it.startswith("3 messaggi in 7 giorni contro un limite concordato di 2")
    mail = assess_volume(
        items(1, channel="email", length=5000),
        Rhythm(max_messages=5, max_email_chars=3000),
        now=NOW,
    )
    assert "1 long e-mail over 3000" in mail.explanation.en
    assert "1 e-mail lunga oltre 3000" in mail.explanation.it
