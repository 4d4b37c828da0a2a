"""``assess_volume``: is the number (or length) of a patient's messages excessive?"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from .model import Explanation, Rhythm, VolumeAssessment, VolumeItem

DEFAULT_RHYTHM = Rhythm(max_messages=7, per_days=7, max_email_chars=None)
DEFAULT_LONG_EMAIL_CHARS = 1500  # the long_message threshold for e-mail
LONG_EMAILS_ALLOWED = 1  # more than one long e-mail in the window is excessive


def _aware(dt: datetime) -> datetime:
    return dt if dt.tzinfo is not None and dt.utcoffset() is not None else dt.replace(tzinfo=UTC)


def assess_volume(
    history: Sequence[VolumeItem],
    rhythm: Rhythm | None = None,
    now: datetime | None = None,
) -> VolumeAssessment:
    """Count inbound messages in the last ``rhythm.per_days`` days (ending at ``now``).

    ``now`` defaults to the time of the latest message, so the result is deterministic.
    Excessive when the count exceeds ``rhythm.max_messages`` or when more than one e-mail in
    the window is longer than ``rhythm.max_email_chars`` (default 1,500 characters).
    """
    rhythm = rhythm or DEFAULT_RHYTHM
    days = max(1, int(rhythm.per_days))
    allowed = max(0, int(rhythm.max_messages))
    items = [i for i in history]
    if now is None:
        now = max((_aware(i.sent_at) for i in items), default=datetime(1970, 1, 1, tzinfo=UTC))
    now = _aware(now)
    start = now - timedelta(days=days)
    window = [i for i in items if start < _aware(i.sent_at) <= now]
    count = len(window)
    limit = (
        rhythm.max_email_chars if rhythm.max_email_chars is not None else DEFAULT_LONG_EMAIL_CHARS
    )
    long_emails = sum(1 for i in window if i.channel == "email" and i.length > limit)
    ratio = round(count / allowed, 3) if allowed else (float(count) if count else 0.0)
    too_many = count > allowed
    too_long = long_emails > LONG_EMAILS_ALLOWED
    excessive = too_many or too_long
    msgs_en, msgs_it = _count(count, "message", "messages"), _count(count, "messaggio", "messaggi")
    days_en, days_it = _count(days, "day", "days"), _count(days, "giorno", "giorni")
    if too_many:
        en = f"{msgs_en} in {days_en} against {allowed} agreed ({ratio:.1f}x): the excess is a communication."
        it = f"{msgs_it} in {days_it} contro un limite concordato di {allowed} ({ratio:.1f}x): l'eccesso è una comunicazione."
    else:
        en = f"{msgs_en} in {days_en}, within the {allowed} agreed."
        it = f"{msgs_it} in {days_it}, entro il limite concordato di {allowed}."
    if long_emails:
        en += f" {_count(long_emails, 'long e-mail', 'long e-mails')} over {limit} characters."
        it += f" {_count(long_emails, 'e-mail lunga', 'e-mail lunghe')} oltre {limit} caratteri."
    return VolumeAssessment(
        excessive=excessive,
        count=count,
        allowed=allowed,
        ratio=ratio,
        window_days=days,
        long_emails=long_emails,
        explanation=Explanation(en, it),
    )


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"
