"""Reply templates by topic, in English and Italian, seeded per therapist on first use.

Placeholders are plain ``{name}`` tokens replaced by a fixed table: a therapist-edited template
is never passed to ``str.format`` (whose attribute access would reach into Python objects).
Templates carry no signature: the therapist adds it on request, never silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import time

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from scripta.accounts.models import User
from scripta.workflow.models import OfficeHours, ReplyTemplate

TOPICS: dict[str, object] = {
    "cancellation": _("Cancellation"),
    "medication": _("Medication"),
    "information": _("Progress and information"),
    "support": _("Support"),
    "excess": _("Too many messages"),
}

PLACEHOLDERS = ("name", "callback_windows", "count", "allowed", "days")
_TOKEN = re.compile(r"\{(" + "|".join(PLACEHOLDERS) + r")\}")

DEFAULTS: tuple[tuple[str, str, str, str], ...] = (
    (
        "cancellation",
        "en",
        "Cancellation: call back to book",
        "{name}, thank you for letting me know. Please call me to agree on the next "
        "appointment: {callback_windows}.",
    ),
    (
        "cancellation",
        "it",
        "Disdetta: richiamare per fissare",
        "{name}, grazie per avermi avvisato. La prego di chiamarmi per concordare il prossimo "
        "appuntamento: {callback_windows}.",
    ),
    (
        "medication",
        "en",
        "Medication: ask the prescribing doctor",
        "{name}, questions about your medication are best answered by the doctor who "
        "prescribed it. Please contact them; we can talk about how it is going in our next "
        "session.",
    ),
    (
        "medication",
        "it",
        "Farmaci: chiedere al medico",
        "{name}, per le domande sui farmaci è meglio rivolgersi al medico che li ha "
        "prescritti. La prego di contattarlo; di come sta andando parleremo nella prossima "
        "seduta.",
    ),
    (
        "information",
        "en",
        "Progress: acknowledged",
        "{name}, thank you for the news. We will come back to it in our next session.",
    ),
    (
        "information",
        "it",
        "Aggiornamento: ricevuto",
        "{name}, grazie per l'aggiornamento. Ne riparleremo nella prossima seduta.",
    ),
    (
        "support",
        "en",
        "Support: I am here",
        "{name}, I have your message. What you are going through matters, and we will work on "
        "it together in our next session. If you feel in danger, call the emergency number.",
    ),
    (
        "support",
        "it",
        "Sostegno: ci sono",
        "{name}, ho ricevuto il suo messaggio. Quello che sta vivendo è importante e ci "
        "lavoreremo insieme nella prossima seduta. Se si sente in pericolo, chiami il numero "
        "di emergenza.",
    ),
    (
        "excess",
        "en",
        "Excess: bring it to the session",
        "{name}, you have written {count} messages in {days} days, where we agreed on "
        "{allowed}. Let us talk about this in our next session.",
    ),
    (
        "excess",
        "it",
        "Eccesso: parlarne in seduta",
        "{name}, mi ha scritto {count} messaggi in {days} giorni, mentre avevamo concordato "
        "{allowed}. Parliamone nella prossima seduta.",
    ),
)

WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
NO_WINDOWS = {
    "en": "during my office hours",
    "it": "durante il mio orario di ricevimento",
}


def templates_for(therapist: User) -> list[ReplyTemplate]:
    """The therapist's templates; the defaults are copied for them the first time."""
    templates = list(ReplyTemplate.objects.filter(therapist=therapist))
    if templates:
        return templates
    with transaction.atomic():
        ReplyTemplate.objects.bulk_create(
            ReplyTemplate(therapist=therapist, topic=t, language=lang, title=title, body=body)
            for t, lang, title, body in DEFAULTS
        )
    return list(ReplyTemplate.objects.filter(therapist=therapist))


def _hm(value: time) -> str:
    return value.strftime("%H:%M")


def callback_windows(hours: Iterable[OfficeHours], language: str) -> str:
    """'Tuesday 14:00-15:00, Thursday 9:00-10:00' from the therapist's call-back windows."""
    days = WEEKDAYS.get(language, WEEKDAYS["en"])
    parts = [
        f"{days[h.weekday % 7]} {_hm(h.starts)}-{_hm(h.ends)}"
        for h in sorted(hours, key=lambda h: (h.weekday, h.starts))
        if h.callback
    ]
    if not parts:
        return NO_WINDOWS.get(language, NO_WINDOWS["en"])
    return ", ".join(parts)


def render(body: str, values: Mapping[str, object]) -> str:
    """Replace the known placeholders only; unknown braces are left as written."""
    return _TOKEN.sub(lambda m: str(values.get(m.group(1), m.group(0))), body)
