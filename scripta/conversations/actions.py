"""Writes to the timeline. Each runs in one transaction, audits, and enqueues work on commit."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.conversations.attachments import IncomingFile, check_attachment, store_attachment
from scripta.conversations.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    ReadState,
)
from scripta.patients.models import Channel, Patient

logger = logging.getLogger(__name__)


class ConsentMissing(Exception):
    """The patient has not agreed to be contacted on this channel."""


def conversation_for(patient: Patient) -> Conversation:
    conversation, _ = Conversation.objects.get_or_create(patient=patient)
    return conversation


def _enqueue_reading(message_id: int) -> None:
    from scripta.conversations.tasks import read_inbound_message

    read_inbound_message.enqueue(message_id)


def _enqueue_held_notice(message_id: int) -> None:
    from scripta.privacy.tasks import tell_administrators_about_held_message

    tell_administrators_about_held_message.enqueue(message_id)


def _after_receiving(message_id: int) -> None:
    from scripta.workflow.availability import on_message_received

    on_message_received(message_id)


@dataclass(frozen=True)
class Received:
    message: Message
    created: bool


def do_receive_message(
    patient: Patient,
    *,
    channel: str,
    body: str,
    provider: str = "portal",
    provider_message_id: str | None = None,
    sent_at: datetime | None = None,
    request: HttpRequest | None = None,
    actor_label: str | None = None,
    attachments: Sequence[IncomingFile] = (),
) -> Received:
    """Store an inbound message once (idempotent on the provider's id) and have it read after commit.

    Attachments are checked before anything is stored: a refused file stores nothing.
    """
    for incoming in attachments:
        check_attachment(incoming.content, incoming.content_type)
    if provider_message_id:
        existing = Message.objects.filter(
            provider=provider, provider_message_id=provider_message_id
        ).first()
        if existing is not None:
            return Received(existing, created=False)
    now = timezone.now()
    # A restricted record (GDPR art. 18) still stores what arrives (a provider cannot be told
    # "not here", and the message may matter), but held: hidden with the record, not read by the
    # engine, never acknowledged, the conversation not moved to the top of any inbox; the practice's
    # administrators are told (no content) so that someone can decide whether it needs attention.
    held = patient.restricted_at is not None
    try:
        with transaction.atomic():
            conversation = conversation_for(patient)
            message = Message.objects.create(
                conversation=conversation,
                direction=Direction.INBOUND,
                channel=channel,
                body=body,
                sender=patient.user if channel == Channel.PORTAL else None,
                sent_at=sent_at or now,
                received_at=now,
                provider=provider,
                provider_message_id=provider_message_id,
                status=DeliveryStatus.RECEIVED,
                held=held,
            )
            for incoming in attachments:
                store_attachment(
                    message,
                    content=incoming.content,
                    content_type=incoming.content_type,
                    original_name=incoming.name,
                )
            if not held:
                conversation.last_message_at = now
                conversation.last_inbound_at = now
                conversation.save(update_fields=["last_message_at", "last_inbound_at"])
            record(
                "message.held" if held else "message.received",
                request=request,
                actor_label=actor_label,
                patient_id=patient.pk,
                obj=message,
                detail={"channel": channel},
            )
            if held:
                transaction.on_commit(partial(_enqueue_held_notice, message.pk))
            else:
                transaction.on_commit(partial(_enqueue_reading, message.pk))
                transaction.on_commit(partial(_after_receiving, message.pk))
    except IntegrityError:
        # A concurrent delivery of the same provider message won the race: that row is the one.
        existing = Message.objects.filter(
            provider=provider, provider_message_id=provider_message_id
        ).first()
        if existing is None:
            raise
        return Received(existing, created=False)
    logger.info("inbound message stored id=%s channel=%s", message.pk, channel)
    return Received(message, created=True)


def do_send_reply(
    therapist: User,
    conversation: Conversation,
    *,
    body: str,
    channel: str,
    request: HttpRequest | None = None,
    mark_read: bool = True,
    automatic_by: str | None = None,
) -> Message:
    """Store the therapist's reply; the portal delivers at once, other channels go through the outbox.

    ``mark_read=False`` for a reply the scheduler sends (leaving is not reading);
    ``automatic_by`` names the service account of an automatic message (never a reading, never
    an answer, audited to that account).
    """
    patient = conversation.patient
    if channel not in patient.consented_channels():
        raise ConsentMissing(channel)
    now = timezone.now()
    with transaction.atomic():
        is_portal = channel == Channel.PORTAL
        message = Message.objects.create(
            conversation=conversation,
            direction=Direction.OUTBOUND,
            channel=channel,
            body=body,
            sender=therapist,
            sent_at=now if is_portal else None,
            delivered_at=now if is_portal else None,
            provider="portal" if is_portal else "",
            status=DeliveryStatus.DELIVERED if is_portal else DeliveryStatus.QUEUED,
            automatic=automatic_by is not None,
        )
        conversation.last_message_at = now
        conversation.save(update_fields=["last_message_at"])
        if mark_read and automatic_by is None:
            # Replying means the therapist has read the conversation up to now.
            _mark_read(therapist, conversation, now)
        record(
            "message.sent_automatically" if automatic_by else "message.sent",
            request=request,
            actor=None if automatic_by else therapist,
            actor_label=automatic_by,
            patient_id=patient.pk,
            obj=message,
            detail={"channel": channel},
        )
        if not is_portal:
            from scripta.conversations.outbound import enqueue_outbound

            transaction.on_commit(partial(enqueue_outbound, message.pk))
    logger.info("outbound message stored id=%s channel=%s", message.pk, channel)
    return message


def _mark_read(user: User, conversation: Conversation, when: datetime) -> None:
    ReadState.objects.update_or_create(
        conversation=conversation, user=user, defaults={"last_read_at": when}
    )


def do_mark_read(user: User, conversation: Conversation) -> None:
    """Private to the therapist: nothing of it is ever shown to the patient or sent to a provider."""
    with transaction.atomic():
        _mark_read(user, conversation, timezone.now())
