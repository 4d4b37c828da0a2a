"""Show a message with the engine's evidence highlighted (escaped, then marked)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

register = template.Library()


def _spans(details: dict[str, Any]) -> list[tuple[int, int, str, str]]:
    lang = "it" if (get_language() or "en").startswith("it") else "en"
    spans: list[tuple[int, int, str, str]] = []
    for cue in details.get("risk", {}).get("evidence", []):
        spans.append((cue["start"], cue["end"], "risk-" + cue["level"], cue["explanation"][lang]))
    for signal in details.get("signals", []):
        for start, end in signal.get("evidence", []):
            spans.append((start, end, "signal-" + signal["code"], signal["explanation"][lang]))
    return sorted(spans)


@register.simple_tag
def highlighted(text: str, details: dict[str, Any] | None) -> SafeString:
    if not details:
        return mark_safe(escape(text))
    out: list[str] = []
    cursor = 0
    for start, end, css, title in _spans(details):
        if start < cursor or end <= start or end > len(text):
            continue  # overlapping or stale spans: keep the first, never break the text
        out.append(escape(text[cursor:start]))
        out.append(
            f'<mark class="{escape(css)}" title="{escape(title)}" tabindex="0">{escape(text[start:end])}</mark>'
        )
        cursor = end
    out.append(escape(text[cursor:]))
    return mark_safe("".join(out))
