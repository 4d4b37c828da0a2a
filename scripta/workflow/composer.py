"""The composer's advice: the engine's reply checks and the channel's limits. Advice never blocks.

Also the signatures the therapist may insert (full, initials, per patient) and the templates
rendered for this patient.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.utils.translation import get_language

from scripta.accounts.models import User
from scripta.conversations.models import Conversation
from scripta.patients.models import Channel, Patient
from scripta.workflow import reply_templates
from scripta.workflow.models import OfficeHours, PatientBoundaries, TherapistSettings

logger = logging.getLogger(__name__)

# GSM 03.38 basic character set; the extension set costs two septets each.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")


@dataclass(frozen=True)
class SmsSegments:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int
    per_segment: int
    non_gsm: tuple[str, ...]  # the characters that forced UCS-2 (first few)


def sms_segments(text: str) -> SmsSegments:
    non_gsm = [c for c in text if c not in GSM7_BASIC and c not in GSM7_EXTENDED]
    if not non_gsm:
        units = sum(2 if c in GSM7_EXTENDED else 1 for c in text)
        single, multi, encoding = 160, 153, "GSM-7"
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, multi, encoding = 70, 67, "UCS-2"
    if units == 0:
        segments = 0
    elif units <= single:
        segments = 1
    else:
        segments = -(-units // multi)
    per = single if segments <= 1 else multi
    return SmsSegments(encoding, units, segments, per, tuple(dict.fromkeys(non_gsm))[:5])


@dataclass(frozen=True)
class SignatureChoice:
    kind: str  # "full", "initials", "patient"
    text: str


def signatures(
    therapist: User,
    desk_settings: TherapistSettings | None,
    boundaries: PatientBoundaries | None,
) -> list[SignatureChoice]:
    choices: list[SignatureChoice] = []
    full = therapist.signature or therapist.display_name
    if full:
        choices.append(SignatureChoice("full", full))
    initials = desk_settings.signature_initials if desk_settings else ""
    if initials:
        choices.append(SignatureChoice("initials", initials))
    per_patient = boundaries.signature if boundaries else ""
    if per_patient:
        choices.append(SignatureChoice("patient", per_patient))
    return choices


def primary_signature(choices: list[SignatureChoice]) -> str:
    """The signature the check looks for: the per-patient one if agreed, else the full one."""
    for kind in ("patient", "full", "initials"):
        for choice in choices:
            if choice.kind == kind:
                return choice.text
    return ""


def user_language() -> str:
    return "it" if (get_language() or "en").startswith("it") else "en"


def reply_checks(
    text: str,
    *,
    signature_choices: list[SignatureChoice],
    patient: Patient,
    patient_message: str | None = None,
) -> list[dict[str, Any]]:
    """The engine's checks, explained in the user's language. Empty text: no advice yet."""
    if not text.strip():
        return []
    from scripta.analysis import check_reply

    lang = user_language()
    result = None
    best: list[Any] | None = None
    # Signed with any of the therapist's signatures is signed.
    for choice in signature_choices or [SignatureChoice("full", "")]:
        result = check_reply(
            text,
            choice.text,
            patient.sender_names[0] if patient.sender_names else patient.full_name,
            language=patient.language,
            patient_message=patient_message,
        )
        checks = list(result.checks)
        if best is None or len(checks) < len(best):
            best = checks
    return [
        {
            "code": check.code,
            "explanation": getattr(check.explanation, lang),
            "evidence": [text[s.start : s.end] for s in check.evidence][:3],
        }
        for check in best or []
    ]


def whatsapp_window(conversation: Conversation) -> dict[str, Any] | None:
    """None if the window helper is not there; else whether it is open and the templates on offer."""
    try:
        from scripta.channels.models import ChannelAccount
        from scripta.channels.window import templates_for, window_open
    except ImportError:
        return None
    is_open = window_open(conversation)
    offered: list[dict[str, str]] = []
    if not is_open:
        accounts = ChannelAccount.objects.filter(
            practice_id=conversation.patient.practice_id,
            kind__contains="whatsapp",
            is_active=True,
        )
        for account in accounts:
            try:
                offered.extend(templates_for(account))
            except Exception:  # credentials unreadable: no offer, still a warning
                logger.exception("whatsapp templates unavailable account=%s", account.pk)
    return {"open": is_open, "templates": offered}


def rendered_templates(
    therapist: User,
    patient: Patient,
    *,
    office_hours: list[OfficeHours],
    volume: Any = None,
) -> list[dict[str, Any]]:
    """The therapist's templates with this patient's values, patient's language first."""
    out: list[dict[str, Any]] = []
    for template in reply_templates.templates_for(therapist):
        values: dict[str, object] = {
            "name": patient.sender_names[0] if patient.sender_names else patient.full_name,
            "callback_windows": reply_templates.callback_windows(office_hours, template.language),
        }
        if volume is not None:
            values.update(count=volume.count, allowed=volume.allowed, days=volume.window_days)
        out.append(
            {
                "pk": template.pk,
                "topic": template.topic,
                "topic_label": reply_templates.TOPICS.get(template.topic, template.topic),
                "language": template.language,
                "title": template.title,
                "text": reply_templates.render(template.body, values),
            }
        )
    out.sort(key=lambda t: (t["language"] != patient.language, t["topic"], t["title"]))
    return out


def channel_advice(channel: str, text: str, conversation: Conversation) -> dict[str, Any]:
    advice: dict[str, Any] = {"channel": channel}
    if channel == Channel.SMS:
        advice["sms"] = sms_segments(text)
    if channel == Channel.WHATSAPP:
        advice["whatsapp"] = whatsapp_window(conversation)
    return advice


def desk_context(
    therapist: User, conversation: Conversation, channels: list[str]
) -> dict[str, Any]:
    """Everything the conversation view adds for the desk (a fixed number of queries)."""
    from scripta.workflow import agenda
    from scripta.workflow.forms import HandledForm, NoReplyForm, SaveForSessionForm

    patient = conversation.patient
    panel = agenda.side_panel(therapist, conversation)
    desk_settings = TherapistSettings.objects.filter(therapist=therapist).first()
    signature_choices = signatures(therapist, desk_settings, panel["boundaries"])
    office_hours = list(OfficeHours.objects.filter(therapist=therapist))
    whatsapp = whatsapp_window(conversation) if Channel.WHATSAPP in channels else None
    return {
        "panel": panel,
        "saved_ids": agenda.saved_message_ids(therapist, conversation),
        "signature_choices": signature_choices,
        "reply_templates": rendered_templates(
            therapist, patient, office_hours=office_hours, volume=panel["assessed"]
        ),
        "whatsapp": whatsapp,
        "whatsapp_advice": {"channel": Channel.WHATSAPP, "whatsapp": whatsapp},
        "save_form": SaveForSessionForm(),
        "no_reply_form": NoReplyForm(),
        "handled_form": HandledForm(),
    }
