"""Office hours and the optional automatic acknowledgement outside them.

The acknowledgement is off by default, worded by the therapist, never claims the message was
read, goes out at most once per conversation per off-hours window, and is audited.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.db import transaction
from django.forms import BaseModelFormSet
from django.http import HttpRequest

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.audit.models import AuditEntry
from scripta.conversations.actions import ConsentMissing, do_send_reply
from scripta.conversations.models import Conversation, Direction, Message
from scripta.patients.models import Channel, Patient, PatientStatus
from scripta.workflow.models import OfficeHours, TherapistSettings
from scripta.workflow.scheduling import local_to_utc, zone
from scripta.workflow.settings_forms import READ_CLAIMS, TherapistSettingsForm

logger = logging.getLogger(__name__)

__all__ = ["READ_CLAIMS", "auto_acknowledge", "settings_for"]

AUTO_ACK_ACCOUNT = "service:auto-ack"
AUTO_ACK_ACTION = "auto_ack.sent"

# Defaults that never say (or imply) that the message was read.
DEFAULT_AUTO_ACK = {
    "en": "Your message has arrived. Replies come during office hours. (Automatic message.)",
    "it": "Il suo messaggio è arrivato. Le risposte arrivano negli orari di studio. (Messaggio automatico.)",
}
DEFAULT_SAFETY = {
    "en": (
        "If you are in danger or thinking of harming yourself, call {number} now "
        "or go to the nearest emergency department. (Automatic message.)"
    ),
    "it": (
        "Se è in pericolo o pensa di farsi del male, chiami subito il {number} "
        "o vada al pronto soccorso più vicino. (Messaggio automatico.)"
    ),
}


def settings_for(therapist: User) -> TherapistSettings:
    """The therapist's settings, or unsaved defaults (with the default wordings filled in)."""
    current = TherapistSettings.objects.filter(therapist=therapist).first()
    if current is None:
        current = TherapistSettings(therapist=therapist)
    for lang in ("en", "it"):
        if not getattr(current, f"auto_ack_text_{lang}"):
            setattr(current, f"auto_ack_text_{lang}", DEFAULT_AUTO_ACK[lang])
        if not getattr(current, f"safety_message_{lang}"):
            setattr(current, f"safety_message_{lang}", DEFAULT_SAFETY[lang])
    return current


def do_save_therapist_settings(
    therapist: User, form: TherapistSettingsForm, *, request: HttpRequest | None = None
) -> TherapistSettings:
    with transaction.atomic():
        instance = form.save(commit=False)
        instance.therapist = therapist
        instance.alert_phone = form.cleaned_data.get("alert_phone", "")
        instance.save()
        # Field names only: the phone number and the wordings stay out of the audit trail.
        record(
            "settings.changed",
            request=request,
            actor=therapist,
            obj=instance,
            detail={"fields": sorted(form.changed_data)},
        )
    return instance


def do_save_office_hours(
    therapist: User, formset: BaseModelFormSet, *, request: HttpRequest | None = None
) -> list[OfficeHours]:
    with transaction.atomic():
        rows = formset.save(commit=False)
        for row in rows:
            row.therapist = therapist
            row.save()
        for row in formset.deleted_objects:
            row.delete()
        record(
            "office_hours.changed",
            request=request,
            actor=therapist,
            detail={"saved": len(rows), "deleted": len(formset.deleted_objects)},
        )
    return list(therapist.office_hours.all())  # type: ignore[attr-defined]


def in_office_hours(tz_name: str, hours: list[OfficeHours], at: datetime) -> bool:
    local = at.astimezone(zone(tz_name))
    now_time = local.time().replace(tzinfo=None)
    return any(h.weekday == local.weekday() and h.starts <= now_time < h.ends for h in hours)


def off_hours_since(tz_name: str, hours: list[OfficeHours], at: datetime) -> datetime:
    """When the current off-hours window began: the end of the last office slot before ``at``."""
    local_day = at.astimezone(zone(tz_name)).date()
    latest: datetime | None = None
    for back in range(8):
        day = local_day - timedelta(days=back)
        for h in hours:
            if h.weekday != day.weekday():
                continue
            end = local_to_utc(datetime.combine(day, h.ends), tz_name)
            if end <= at and (latest is None or end > latest):
                latest = end
        if latest is not None:
            return latest
    return at - timedelta(days=8)


def ack_text(settings_row: TherapistSettings, language: str) -> str:
    lang = language if language in DEFAULT_AUTO_ACK else "en"
    text = getattr(settings_row, f"auto_ack_text_{lang}", "") or DEFAULT_AUTO_ACK[lang]
    return str(text).strip()


def reply_channel(patient: Patient, wrote_on: str) -> str | None:
    """The channel the patient wrote on if they agreed to it, else the portal, else none."""
    consented = patient.consented_channels()
    if wrote_on in consented:
        return wrote_on
    if Channel.PORTAL in consented:
        return Channel.PORTAL
    return None


def _enqueue(message_id: int) -> None:
    from scripta.workflow.tasks import acknowledge_if_off_hours

    acknowledge_if_off_hours.enqueue(message_id)


def on_message_received(message_id: int) -> None:
    """Called on commit after an inbound message is stored."""
    try:
        _enqueue(message_id)
    except Exception:  # the message is stored; an acknowledgement is never worth an error
        logger.exception("could not enqueue the acknowledgement check message=%s", message_id)


def auto_acknowledge(message_id: int) -> str:
    """Acknowledge an inbound message outside office hours, if a treating therapist chose so."""
    message = (
        Message.objects.select_related("conversation__patient")
        .filter(pk=message_id, direction=Direction.INBOUND)
        .first()
    )
    if message is None:
        return "no_message"
    conversation = message.conversation
    patient = conversation.patient
    if patient.status == PatientStatus.CLOSED:
        return "patient_closed"
    at = message.received_at or message.created_at
    for therapist in patient.therapists.filter(is_active=True).order_by("pk"):
        row = TherapistSettings.objects.filter(therapist=therapist, auto_ack_enabled=True).first()
        if row is None:
            continue
        hours = list(OfficeHours.objects.filter(therapist=therapist))
        if not hours:
            continue  # no office hours to refer to: nothing truthful to say
        if in_office_hours(therapist.timezone, hours, at):
            return "in_office_hours"
        since = off_hours_since(therapist.timezone, hours, at)
        return _send_ack(therapist, row, message, conversation, since)
    return "disabled"


def _send_ack(
    therapist: User,
    row: TherapistSettings,
    message: Message,
    conversation: Conversation,
    since: datetime,
) -> str:
    patient = conversation.patient
    channel = reply_channel(patient, message.channel)
    if channel is None:
        return "no_channel"
    with transaction.atomic():
        # Serialise acknowledgements of one conversation (SQLite: IMMEDIATE already does).
        Conversation.objects.select_for_update().filter(pk=conversation.pk).first()
        # The window is named by its start: one acknowledgement per conversation per window.
        if AuditEntry.objects.filter(
            action=AUTO_ACK_ACTION, patient_id=patient.pk, detail__window=since.isoformat()
        ).exists():
            return "already_acknowledged"
        try:
            sent = do_send_reply(
                therapist,
                conversation,
                body=ack_text(row, patient.language),
                channel=channel,
                automatic_by=AUTO_ACK_ACCOUNT,
            )
        except ConsentMissing:
            return "no_channel"
        record(
            AUTO_ACK_ACTION,
            actor_label=AUTO_ACK_ACCOUNT,
            patient_id=patient.pk,
            obj=sent,
            detail={
                "in_reply_to": message.pk,
                "therapist": therapist.pk,
                "channel": channel,
                "window": since.isoformat(),
            },
        )
    logger.info("auto-acknowledged message=%s with message=%s", message.pk, sent.pk)
    return "sent"
