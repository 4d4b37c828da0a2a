"""A message held for a restricted record is told to the practice's administrators.

Restriction (GDPR art. 18) hides the record from the therapists and keeps the engine from
reading what arrives, so a message sent to a restricted record would otherwise be seen by no
one. The administrators get a notice with no content and no name, only the record's number,
the channel and a link to the record's privacy page, where they decide (lift, export, contact
the patient). At most one notice per record every 12 hours: a patient writing many times does
not flood the administrators.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from scripta.accounts.models import Role, User
from scripta.audit.actions import record
from scripta.audit.models import AuditEntry
from scripta.conversations.models import Message

logger = logging.getLogger(__name__)

NOTICE_ACCOUNT = "service:privacy-notices"
NOTICE_ACTION = "message.held_notice"
QUIET_PERIOD = timedelta(hours=12)

# In code, in both languages: the whole text of the notice, built from numbers and a link only.
HELD_TEXTS = {
    "en": (
        "Scripta: a message is held for a restricted record",
        "A message arrived by {channel} for patient record no. {number}, which is restricted.\n"
        "It is stored and held: no therapist sees it and it was not read for risk.\n"
        "If it may need attention, open the record: {link}",
    ),
    "it": (
        "Scripta: un messaggio è trattenuto per una cartella limitata",
        "È arrivato un messaggio ({channel}) per la cartella paziente n. {number}, che è limitata.\n"
        "È conservato e trattenuto: nessun terapeuta lo vede e non è stato letto per il rischio.\n"
        "Se può richiedere attenzione, apra la cartella: {link}",
    ),
}


def render_notice(language: str, channel: str, number: int) -> tuple[str, str]:
    link = settings.SCRIPTA_PUBLIC_BASE_URL + reverse("privacy:patient", args=[number])
    subject, text = HELD_TEXTS[language if language in HELD_TEXTS else "en"]
    return subject, text.format(channel=channel, number=number, link=link)


def notify_held_message(message_id: int) -> int:
    """E-mail the practice's administrators about a held message; returns how many were told."""
    message = (
        Message.objects.filter(pk=message_id, held=True)
        .select_related("conversation__patient")
        .first()
    )
    if message is None:
        return 0
    patient = message.conversation.patient
    with transaction.atomic():
        recent = AuditEntry.objects.filter(
            action=NOTICE_ACTION, patient_id=patient.pk, at__gte=timezone.now() - QUIET_PERIOD
        ).exists()
        if recent:
            return 0
        admins = list(
            User.objects.filter(practice=patient.practice, role=Role.ADMIN, is_active=True)
            .exclude(email="")
            .order_by("pk")
        )
        for admin in admins:
            subject, text = render_notice(admin.language, message.channel, patient.pk)
            send_mail(subject, text, None, [admin.email])
        record(
            NOTICE_ACTION,
            actor_label=NOTICE_ACCOUNT,
            patient_id=patient.pk,
            obj=message,
            detail={"administrators": len(admins)},
        )
    if not admins:
        logger.warning("held message without an administrator to tell patient=%s", patient.pk)
    return len(admins)
