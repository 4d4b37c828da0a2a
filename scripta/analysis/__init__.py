"""Scripta's message-reading engine: pure Python, deterministic, offline.

Reads patients' messages as a trained therapist would (risk first), in English and Italian,
with evidence spans and one-line explanations. No Django import anywhere in this package.
"""

from __future__ import annotations

from .engine import ENGINE_VERSION, read_message
from .model import (
    REPLY_CHECK_CODES,
    RISK_LEVELS,
    SIGNAL_CODES,
    TOPIC_CODES,
    Explanation,
    Reading,
    ReplyCheck,
    Rhythm,
    Risk,
    RiskCue,
    Signal,
    Span,
    VolumeAssessment,
    VolumeItem,
)
from .reply import check_reply
from .volume import assess_volume

__all__ = [
    "ENGINE_VERSION",
    "REPLY_CHECK_CODES",
    "RISK_LEVELS",
    "SIGNAL_CODES",
    "TOPIC_CODES",
    "Explanation",
    "Reading",
    "ReplyCheck",
    "Rhythm",
    "Risk",
    "RiskCue",
    "Signal",
    "Span",
    "VolumeAssessment",
    "VolumeItem",
    "assess_volume",
    "check_reply",
    "read_message",
]
