"""Writes made by the channels: inbound routing, status callbacks, the first-contact queue.

Each write runs in one transaction with its audit entry, attributed to ``service:<provider kind>``.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone, translation

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.channels.base import InboundMessage, StatusUpdate
from scripta.channels.errors import MESSAGES, NOTICES, describe_error
from scripta.channels.models import (
    AttemptOutcome,
    ChannelAccount,
    FirstContact,
    FirstContactFile,
    FirstContactState,
    InboundSource,
    OutboxEntry,
    OutboxState,
    ParkedStatus,
    SendAttempt,
)
from scripta.channels.registry import get_provider
from scripta.conversations.actions import do_receive_message, do_send_reply
from scripta.conversations.attachments import (
    AttachmentRejected,
    attachment_dir,
    check_attachment,
    store_attachment,
)
from scripta.conversations.models import (
    STATUS_RANK,
    Attachment,
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
)
from scripta.core.crypto import blind_index, encrypt_bytes
from scripta.patients.models import ContactPoint, Patient

logger = logging.getLogger(__name__)


def service(account: ChannelAccount) -> str:
    return f"service:{account.kind}"


@dataclass(frozen=True)
class InboundOutcome:
    stored: bool  # a new row was created (False for a duplicate)
    message_id: int | None = None
    first_contact_id: int | None = None


def find_patient(account: ChannelAccount, sender: str) -> Patient | None:
    """Match by the blind index of the sender's address, within the receiving account's practice."""
    kind = get_provider(account.kind).contact_kind
    lookup = blind_index(kind, sender)
    point = (
        ContactPoint.objects.filter(kind=kind, lookup=lookup, patient__practice=account.practice)
        .select_related("patient")
        .order_by("pk")
        .first()
    )
    return point.patient if point is not None else None


def do_route_inbound(
    account: ChannelAccount,
    inbound: InboundMessage,
    media: list[tuple[bytes, str, str]] | None = None,
) -> InboundOutcome:
    """Store an inbound message once: in the patient's timeline, or in the first-contact queue."""
    patient = find_patient(account, inbound.sender)
    if patient is None:
        return _store_first_contact(account, inbound, media or [])
    with transaction.atomic():
        received = do_receive_message(
            patient,
            channel=account.channel,
            body=inbound.body,
            provider=account.kind,
            provider_message_id=inbound.provider_message_id,
            sent_at=inbound.sent_at,
            actor_label=service(account),
        )
        if received.created:
            _store_extras(received.message, inbound, media or [])
    return InboundOutcome(stored=received.created, message_id=received.message.pk)


def _store_extras(
    message: Message, inbound: InboundMessage, media: list[tuple[bytes, str, str]]
) -> None:
    if inbound.original or inbound.html or inbound.raw:
        InboundSource.objects.create(
            message=message,
            original_text=inbound.original,
            html=inbound.html,
            raw=base64.b64encode(inbound.raw).decode("ascii"),  # the exact bytes, encrypted
        )
    for content, content_type, name in media:
        try:
            store_attachment(
                message, content=content, content_type=content_type, original_name=name
            )
        except AttachmentRejected as exc:
            logger.info(
                "inbound attachment refused message=%s type=%s reason=%s",
                message.pk,
                content_type,
                exc,
            )


def _store_first_contact(
    account: ChannelAccount, inbound: InboundMessage, media: list[tuple[bytes, str, str]]
) -> InboundOutcome:
    kind = get_provider(account.kind).contact_kind
    existing = FirstContact.objects.filter(
        provider=account.kind, provider_message_id=inbound.provider_message_id
    ).first()
    if existing is not None:
        return InboundOutcome(stored=False, first_contact_id=existing.pk)
    try:
        with transaction.atomic():
            contact = FirstContact.objects.create(
                account=account,
                sender=inbound.sender,
                sender_lookup=blind_index(kind, inbound.sender),
                body=inbound.body,
                provider=account.kind,
                provider_message_id=inbound.provider_message_id,
                sent_at=inbound.sent_at,
            )
            for content, content_type, name in media:
                _store_first_contact_file(contact, content, content_type, name)
            record("first_contact.received", actor_label=service(account), obj=contact)
    except IntegrityError:
        existing = FirstContact.objects.filter(
            provider=account.kind, provider_message_id=inbound.provider_message_id
        ).first()
        if existing is None:
            raise
        return InboundOutcome(stored=False, first_contact_id=existing.pk)
    logger.info("first contact stored id=%s account=%s", contact.pk, account.pk)
    return InboundOutcome(stored=True, first_contact_id=contact.pk)


def _store_first_contact_file(
    contact: FirstContact, content: bytes, content_type: str, name: str
) -> None:
    try:
        check_attachment(content, content_type)
    except AttachmentRejected as exc:
        logger.info(
            "first-contact file refused contact=%s type=%s reason=%s", contact.pk, content_type, exc
        )
        return
    stored_name = secrets.token_hex(16) + settings.SCRIPTA_ATTACHMENT_TYPES[content_type]
    (attachment_dir() / stored_name).write_bytes(encrypt_bytes(content))
    FirstContactFile.objects.create(
        contact=contact,
        stored_name=stored_name,
        original_name=Path(name.replace("\\", "/")).name[:200] or "file",
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )


# --- status callbacks -------------------------------------------------------------------------


def advance_status(
    message: Message,
    status: str,
    occurred_at: datetime | None,
    error_code: str = "",
    error_message: str = "",
) -> bool:
    """Move a message's status forward only (callbacks arrive out of order). Returns True if changed."""
    current = STATUS_RANK.get(DeliveryStatus(message.status), 0)
    new = STATUS_RANK.get(DeliveryStatus(status), 0)
    if new <= current:
        return False
    message.status = status
    fields = ["status"]
    when = occurred_at or timezone.now()
    if status in (DeliveryStatus.SENT, DeliveryStatus.DELIVERED) and message.sent_at is None:
        message.sent_at = when
        fields.append("sent_at")
    if status == DeliveryStatus.DELIVERED:
        message.delivered_at = when
        fields.append("delivered_at")
    if status == DeliveryStatus.FAILED:
        message.error_code = error_code[:64] or "failed"
        message.error_message = error_message[:500]
        fields += ["error_code", "error_message"]
    message.save(update_fields=fields)
    return True


def do_apply_status(account: ChannelAccount, update: StatusUpdate) -> str:
    """Apply one status callback. Returns what happened: applied, stale, parked, reconciled, duplicate."""
    with transaction.atomic():
        message = (
            Message.objects.select_for_update()
            .filter(provider=account.kind, provider_message_id=update.provider_message_id)
            .first()
        )
        outcome = "applied"
        if message is None and update.reference.isdigit():
            message, outcome = _reconcile(account, update)
            if outcome == "duplicate":
                return outcome
        if message is None:
            park_status(account.kind, update)
            return "parked"
        changed = apply_update(message, update)
        if changed:
            record(
                "message.status",
                actor_label=service(account),
                patient_id=message.conversation.patient_id,
                obj=message,
                detail={"status": update.status},
            )
        return outcome if changed or outcome != "applied" else "stale"


def park_status(provider: str, update: StatusUpdate) -> None:
    """Keep a callback for an id we do not know yet (ids and codes only): applied when it appears."""
    ParkedStatus.objects.create(
        provider=provider,
        provider_message_id=update.provider_message_id[:255],
        status=update.status,
        occurred_at=update.occurred_at,
        error_code=update.error_code[:64],
        error_message=update.error_message[:500],
    )
    logger.info("status parked provider=%s", provider)


def _readable(message: Message, code: str) -> str:
    """The sentence the therapist reads for ``code``, in the therapist's language."""
    language = getattr(message.sender, "language", None) or settings.LANGUAGE_CODE
    with translation.override(language):
        return str(describe_error(code))


def apply_notice(message: Message, code: str, occurred_at: datetime | None) -> bool:
    """E-mail: the patient's provider reported a spam complaint or an unsubscribe.

    The e-mail did arrive (delivered), and the therapist is told on the message itself that
    further e-mails may be blocked. A failure is never overwritten; a repeat changes nothing.
    """
    if message.status == DeliveryStatus.FAILED or message.error_code == code:
        return False
    advance_status(message, DeliveryStatus.DELIVERED, occurred_at)
    message.error_code = code
    message.error_message = _readable(message, code)[:500]
    message.save(update_fields=["error_code", "error_message"])
    return True


def apply_update(message: Message, update: StatusUpdate) -> bool:
    """Apply a status (or an e-mail notice) to a message, never backwards. True if it changed."""
    if update.status in NOTICES:
        return apply_notice(message, update.status, update.occurred_at)
    error_message = update.error_message
    if not error_message and update.error_code in MESSAGES:
        error_message = _readable(message, update.error_code)
    return advance_status(
        message, update.status, update.occurred_at, update.error_code, error_message
    )


def _reconcile(account: ChannelAccount, update: StatusUpdate) -> tuple[Message | None, str]:
    """A callback names one of our messages by reference, with a provider id we did not record.

    Either the worker died after the provider accepted (we adopt the id: no resend needed), or
    a resend already got another id (the first send was a duplicate: noted, status untouched).
    """
    message = (
        Message.objects.select_for_update()
        .filter(
            pk=int(update.reference),
            direction=Direction.OUTBOUND,
            conversation__patient__practice=account.practice,
        )
        .first()
    )
    if message is None:
        return None, "parked"
    entry = OutboxEntry.objects.filter(message=message).first()
    if message.provider_message_id and message.provider_message_id != update.provider_message_id:
        if (
            entry is not None
            and not entry.attempt_rows.filter(
                provider_message_id=update.provider_message_id
            ).exists()
        ):
            SendAttempt.objects.create(
                entry=entry,
                number=0,
                started_at=timezone.now(),
                finished_at=timezone.now(),
                outcome=AttemptOutcome.DUPLICATE,
                provider_message_id=update.provider_message_id,
            )
            logger.warning("duplicate send detected message=%s", message.pk)
        return None, "duplicate"
    if message.status not in (DeliveryStatus.QUEUED,):
        return None, "parked"
    message.provider = account.kind
    message.provider_message_id = update.provider_message_id
    message.save(update_fields=["provider", "provider_message_id"])
    if entry is not None:
        entry.state = OutboxState.DONE
        entry.save(update_fields=["state", "updated_at"])
        attempt = (
            entry.attempt_rows.filter(outcome=AttemptOutcome.STARTED).order_by("-number").first()
        )
        if attempt is not None:
            attempt.outcome = AttemptOutcome.ACCEPTED
            attempt.provider_message_id = update.provider_message_id
            attempt.finished_at = timezone.now()
            attempt.save(update_fields=["outcome", "provider_message_id", "finished_at"])
    advance_status(message, DeliveryStatus.SENT, update.occurred_at)
    record(
        "message.reconciled",
        actor_label=service(account),
        patient_id=message.conversation.patient_id,
        obj=message,
    )
    return message, "reconciled"


def apply_parked(message: Message) -> int:
    """Apply the callbacks that arrived before we knew the message's provider id. Inside a transaction."""
    parked = list(
        ParkedStatus.objects.select_for_update().filter(
            provider=message.provider,
            provider_message_id=message.provider_message_id,
            applied_at__isnull=True,
        )
    )
    for item in parked:
        apply_update(
            message,
            StatusUpdate(
                provider_message_id=item.provider_message_id,
                status=item.status,
                occurred_at=item.occurred_at,
                error_code=item.error_code,
                error_message=item.error_message,
            ),
        )
    if parked:
        ParkedStatus.objects.filter(pk__in=[p.pk for p in parked]).update(applied_at=timezone.now())
    return len(parked)


# --- first-contact queue ------------------------------------------------------------------------


def do_convert_first_contact(
    therapist: User, contact: FirstContact, *, full_name: str, request: HttpRequest | None = None
) -> Patient:
    """Create a patient from an unknown sender and move the first message into their timeline."""
    account = contact.account
    provider = get_provider(account.kind)
    with transaction.atomic():
        patient = Patient.objects.create(practice=account.practice, full_name=full_name)
        patient.therapists.add(therapist)
        ContactPoint.objects.create(
            patient=patient, kind=provider.contact_kind, value=contact.sender
        )
        record(
            "patient.created",
            request=request,
            actor=therapist,
            patient_id=patient.pk,
            obj=patient,
            detail={"from": "first_contact"},
        )
        received = do_receive_message(
            patient,
            channel=account.channel,
            body=contact.body,
            provider=contact.provider,
            provider_message_id=contact.provider_message_id,
            sent_at=contact.sent_at,
            request=request,
        )
        for file in contact.files.all():  # the encrypted file stays where it is, now the message's
            Attachment.objects.create(
                message=received.message,
                stored_name=file.stored_name,
                original_name=file.original_name,
                content_type=file.content_type,
                size=file.size,
                sha256=file.sha256,
            )
        contact.files.all().delete()
        contact.state = FirstContactState.CONVERTED
        contact.patient = patient
        contact.handled_by = therapist
        contact.handled_at = timezone.now()
        contact.save(update_fields=["state", "patient", "handled_by", "handled_at"])
        record(
            "first_contact.converted",
            request=request,
            actor=therapist,
            patient_id=patient.pk,
            obj=contact,
        )
    return patient


def do_discard_first_contact(
    therapist: User, contact: FirstContact, request: HttpRequest | None = None
) -> None:
    """Discard: the content is erased, the bare fact of the contact stays for the audit trail."""
    with transaction.atomic():
        contact.state = FirstContactState.DISCARDED
        contact.body = ""
        contact.sender = ""
        contact.handled_by = therapist
        contact.handled_at = timezone.now()
        contact.save(update_fields=["state", "body", "sender", "handled_by", "handled_at"])
        names = list(contact.files.values_list("stored_name", flat=True))
        contact.files.all().delete()
        record("first_contact.discarded", request=request, actor=therapist, obj=contact)
        transaction.on_commit(lambda: _remove_files(names))


def _remove_files(names: list[str]) -> None:
    for name in names:
        (attachment_dir() / name).unlink(missing_ok=True)


# --- WhatsApp templates (outside the 24-hour window) ------------------------------------------


class TemplateNotApproved(ValueError):
    """The template is not among those the administrator listed for the practice's account."""


def do_send_template(
    therapist: User,
    conversation: Conversation,
    *,
    name: str,
    language: str,
    request: HttpRequest | None = None,
) -> Message:
    """Send an approved WhatsApp template: the only thing WhatsApp allows outside the window.

    The message is stored like any reply (``do_send_reply``: consent checked, audited, QUEUED)
    and its outbox row names the template, in the same transaction.
    """
    from scripta.channels.outbox import account_for_channel
    from scripta.channels.window import templates_for

    account = account_for_channel(conversation.patient.practice_id, "whatsapp")
    if account is None:
        raise TemplateNotApproved(name)
    approved = next(
        (
            t
            for t in templates_for(account)
            if t["name"] == name and t.get("language", language) == language
        ),
        None,
    )
    if approved is None:
        raise TemplateNotApproved(name)
    body = str(approved.get("text") or f"[{name} ({language})]")
    with transaction.atomic():
        message = do_send_reply(
            therapist, conversation, body=body, channel="whatsapp", request=request
        )
        OutboxEntry.objects.create(
            message=message,
            next_attempt_at=timezone.now(),
            template_name=name,
            template_language=language,
        )
    return message
