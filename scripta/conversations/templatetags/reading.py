"""Show a message with the engine's evidence highlighted (escaped, then marked)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

register = template.Library()


RISK_ORDER = {"imminent": 0, "high": 1, "moderate": 2, "low": 3, "none": 4}


def _spans(details: dict[str, Any], length: int) -> list[tuple[int, int, str, str]]:
    """Non-overlapping marks: risk cues win (highest level first), then signals. A mark's title
    also explains the evidence it covers that lost the overlap, so nothing goes unexplained."""
    lang = "it" if (get_language() or "en").startswith("it") else "en"
    candidates: list[tuple[tuple[int, int], int, int, str, str]] = []
    for cue in details.get("risk", {}).get("evidence", []):
        rank = (0, RISK_ORDER.get(cue["level"], 5))
        css = "risk-" + cue["level"]
        candidates.append((rank, cue["start"], cue["end"], css, cue["explanation"].get(lang, "")))
    for signal in details.get("signals", []):
        for start, end in signal.get("evidence", []):
            css = "signal-" + signal["code"]
            candidates.append(((1, 0), start, end, css, signal["explanation"].get(lang, "")))
    chosen: list[list[Any]] = []
    for _rank, start, end, css, title in sorted(candidates, key=lambda c: (c[0], c[1])):
        if not (0 <= start < end <= length):
            continue  # a stale span never breaks the text
        overlapping = [c for c in chosen if start < c[1] and c[0] < end]
        if overlapping:
            for c in overlapping:
                if title and title not in c[3]:
                    c[3] = f"{c[3]} · {title}"
            continue
        chosen.append([start, end, css, title])
    return sorted((c[0], c[1], c[2], c[3]) for c in chosen)


@register.simple_tag
def highlighted(text: str, details: dict[str, Any] | None) -> SafeString:
    if not details:
        return escape(text)
    out: list[SafeString] = []
    cursor = 0
    for start, end, css, title in _spans(details, len(text)):
        out.append(escape(text[cursor:start]))
        out.append(
            format_html(
                '<mark class="{}" title="{}" tabindex="0">{}</mark>', css, title, text[start:end]
            )
        )
        cursor = end
    out.append(escape(text[cursor:]))
    # Every piece is already safe (escaped or built by format_html): joined as it is.
    return format_html_join("", "{}", ((piece,) for piece in out))


# Translated labels for the engine's codes (the codes stay in data attributes).
SIGNAL_LABELS: dict[str, Any] = {
    "all_caps": _("capitals"),
    "ellipsis_excess": _("ellipses"),
    "expressive_punctuation": _("punctuation"),
    "unsigned": _("unsigned"),
    "emoticon_positive": _("positive emoticon"),
    "emoticon_negative": _("negative emoticon"),
    "valence_shift": _("emoticon reverses words"),
    "late_night": _("late night"),
    "apology": _("apology"),
    "support_request": _("asks for support"),
    "urgency": _("urgent"),
    "substance_use": _("substances"),
    "loneliness": _("loneliness"),
    "withdrawal": _("withdrawal"),
    "hopelessness": _("hopelessness"),
    "self_harm": _("self-harm"),
    "suicidal_ideation": _("suicidal ideation"),
    "long_message": _("long message"),
}
TOPIC_LABELS: dict[str, Any] = {
    "medication": _("medication"),
    "cancellation": _("cancellation"),
    "information": _("information"),
    "psychotherapy": _("psychotherapy"),
    "support": _("support"),
    "excess": _("excess"),
}
RISK_LABELS: dict[str, Any] = {
    "none": _("no risk"),
    "low": _("low risk"),
    "moderate": _("moderate risk"),
    "high": _("high risk"),
    "imminent": _("imminent risk"),
}
CHECK_LABELS: dict[str, Any] = {
    "missing_signature": _("No signature"),
    "name_scolding": _("Name placed as a scolding"),
    "all_caps": _("Capitals"),
    "reply_too_long": _("Long reply"),
}


@register.filter
def signal_label(code: str) -> str:
    return str(SIGNAL_LABELS.get(code, code.replace("_", " ")))


@register.filter
def topic_label(code: str) -> str:
    return str(TOPIC_LABELS.get(code, code))


@register.filter
def risk_label(level: str) -> str:
    return str(RISK_LABELS.get(level, level))


@register.filter
def check_label(code: str) -> str:
    return str(CHECK_LABELS.get(code, code.replace("_", " ")))


@register.filter
def explained(explanation: Any) -> str:
    """The explanation in the user's language (a dict or the engine's Explanation)."""
    if not explanation:
        return ""
    lang = "it" if (get_language() or "en").startswith("it") else "en"
    if isinstance(explanation, dict):
        return str(explanation.get(lang) or explanation.get("en", ""))
    return str(getattr(explanation, lang, "") or getattr(explanation, "en", ""))


@register.filter
def waiting(since: Any) -> str:
    from scripta.workflow.triage import waiting_label

    return waiting_label(since)


@register.filter
def slice_text(text: str, cue: dict[str, Any]) -> str:
    """The words a risk cue points at (empty if the span is stale)."""
    start, end = cue.get("start", 0), cue.get("end", 0)
    if not (0 <= start < end <= len(text)):
        return ""
    return text[start:end]
