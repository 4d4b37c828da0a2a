"""Frozen data types returned by the reading engine (pure Python, no Django)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

RISK_LEVELS: tuple[str, ...] = ("none", "low", "moderate", "high", "imminent")
RISK_INDEX: dict[str, int] = {level: i for i, level in enumerate(RISK_LEVELS)}

SIGNAL_CODES: tuple[str, ...] = (
    "all_caps",
    "ellipsis_excess",
    "expressive_punctuation",
    "unsigned",
    "emoticon_positive",
    "emoticon_negative",
    "valence_shift",
    "late_night",
    "apology",
    "support_request",
    "urgency",
    "substance_use",
    "loneliness",
    "withdrawal",
    "hopelessness",
    "self_harm",
    "suicidal_ideation",
    "long_message",
)
TOPIC_CODES: tuple[str, ...] = ("medication", "cancellation", "information", "psychotherapy")
REPLY_CHECK_CODES: tuple[str, ...] = (
    "missing_signature",
    "name_scolding",
    "all_caps",
    "reply_too_long",
)

# Triage weight of each signal inside one risk level (see Reading.priority).
_SIGNAL_PRIORITY: dict[str, int] = {
    "suicidal_ideation": 60,
    "self_harm": 60,
    "urgency": 50,
    "hopelessness": 40,
    "late_night": 30,
    "withdrawal": 25,
    "substance_use": 25,
    "support_request": 20,
    "loneliness": 15,
    "all_caps": 5,
    "expressive_punctuation": 3,
    "ellipsis_excess": 3,
    "emoticon_negative": 3,
    "valence_shift": 3,
}


@dataclass(frozen=True)
class Span:
    """Half-open character range ``[start, end)`` in the analysed text."""

    start: int
    end: int


@dataclass(frozen=True)
class Explanation:
    """One line for the UI, in English and Italian."""

    en: str
    it: str

    def to_dict(self) -> dict[str, str]:
        return {"en": self.en, "it": self.it}


@dataclass(frozen=True)
class Signal:
    code: str
    evidence: tuple[Span, ...]
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "evidence": [[s.start, s.end] for s in self.evidence],
            "explanation": self.explanation.to_dict(),
        }


@dataclass(frozen=True)
class RiskCue:
    code: str
    level: str  # level after modifiers
    span: Span
    modifiers: tuple[str, ...]
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "level": self.level,
            "start": self.span.start,
            "end": self.span.end,
            "modifiers": list(self.modifiers),
            "explanation": self.explanation.to_dict(),
        }


@dataclass(frozen=True)
class Risk:
    level: str
    score: float  # in [0, 1], monotone with level
    evidence: tuple[RiskCue, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "score": self.score,
            "evidence": [c.to_dict() for c in self.evidence],
        }


@dataclass(frozen=True)
class Reading:
    language: str
    risk: Risk
    topics: tuple[str, ...]
    signals: tuple[Signal, ...]
    engine_version: str

    def signal_codes(self) -> tuple[str, ...]:
        return tuple(s.code for s in self.signals)

    @property
    def priority(self) -> int:
        """Sortable triage priority: higher is more urgent.

        ``1000 * risk index`` dominates, so any message of a higher level sorts above
        every message of a lower level; within a level the signals add up to 999.
        """
        bonus = sum(_SIGNAL_PRIORITY.get(s.code, 0) for s in self.signals)
        bonus += round(self.risk.score * 100) % 20
        return RISK_INDEX[self.risk.level] * 1000 + min(bonus, 999)

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "risk": self.risk.to_dict(),
            "topics": list(self.topics),
            "signals": [s.to_dict() for s in self.signals],
            "priority": self.priority,
            "engine_version": self.engine_version,
        }


@dataclass(frozen=True)
class ReplyCheck:
    language: str
    checks: tuple[Signal, ...]

    def check_codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.checks)

    def to_dict(self) -> dict[str, Any]:
        return {"language": self.language, "checks": [c.to_dict() for c in self.checks]}


@dataclass(frozen=True)
class VolumeItem:
    sent_at: datetime  # aware
    length: int
    channel: str


@dataclass(frozen=True)
class Rhythm:
    max_messages: int
    per_days: int = 7
    max_email_chars: int | None = None


@dataclass(frozen=True)
class VolumeAssessment:
    excessive: bool
    count: int
    allowed: int
    ratio: float
    window_days: int
    long_emails: int
    explanation: Explanation

    def to_dict(self) -> dict[str, Any]:
        return {
            "excessive": self.excessive,
            "count": self.count,
            "allowed": self.allowed,
            "ratio": self.ratio,
            "window_days": self.window_days,
            "long_emails": self.long_emails,
            "explanation": self.explanation.to_dict(),
        }
