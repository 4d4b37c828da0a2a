"""The transactional outbox: claim, check consent, send, record; retry with back-off; sweep.

``do_send_reply`` stores the message QUEUED and, on commit, calls ``enqueue_send`` (registered
in ``ChannelsConfig.ready``), which enqueues ``send_outbound`` with the message id. A worker
killed anywhere leaves the message QUEUED with an outbox row the sweeper picks up again.
"""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation
from django_tasks import default_task_backend, task

from scripta.audit.actions import record
from scripta.channels.actions import advance_status, apply_parked
from scripta.channels.base import ChannelError, Outgoing, PermanentError
from scripta.channels.errors import describe_error
from scripta.channels.models import (
    AttemptOutcome,
    ChannelAccount,
    OutboxEntry,
    OutboxState,
    SendAttempt,
)
from scripta.channels.registry import get_provider
from scripta.conversations.models import DeliveryStatus, Direction, Message
from scripta.patients.models import ContactKind

logger = logging.getLogger(__name__)

OUTBOX_ACCOUNT = "service:outbox"
MAX_ATTEMPTS = 8
BASE_DELAY = 30  # seconds
MAX_DELAY = 3600
# A claim older than this belongs to a worker that died: the sweeper may send again.
LEASE = timedelta(minutes=5)
# A QUEUED message without an outbox row this old lost its enqueue (crash after commit).
ENQUEUE_GRACE = timedelta(seconds=60)


def backoff(attempt: int) -> timedelta:
    """Exponential back-off with jitter: 30 s, 60 s, 120 s ... capped at an hour, times 0.5-1."""
    delay = min(MAX_DELAY, BASE_DELAY * 2 ** max(0, attempt - 1))
    return timedelta(seconds=delay * random.uniform(0.5, 1.0))


def enqueue_send(message_id: int, run_after: datetime | None = None) -> None:
    """Ask a worker to send. Safe to call any number of times: the worker claims the message."""
    try:
        if run_after is not None and default_task_backend.supports_defer:
            send_outbound.using(run_after=run_after).enqueue(message_id)
        elif run_after is None:
            send_outbound.enqueue(message_id)
        # A backend that cannot defer: the sweeper sends once next_attempt_at has passed.
    except Exception:  # the message is stored QUEUED: the sweeper will find it
        logger.exception("outbound enqueue failed message=%s (the sweeper will retry)", message_id)


@task()
def send_outbound(message_id: int) -> str:
    return deliver(message_id)


@dataclass
class Claim:
    entry_id: int
    attempt_id: int
    account_id: int
    outgoing: Outgoing


def deliver(message_id: int, now: datetime | None = None) -> str:
    """Claim, send, record. Returns the outcome (for the task result and the tests)."""
    claim_or_outcome = _claim(message_id, now or timezone.now())
    if isinstance(claim_or_outcome, str):
        return claim_or_outcome
    claim = claim_or_outcome
    account = ChannelAccount.objects.get(pk=claim.account_id)
    provider = get_provider(account.kind)
    try:
        provider_id = provider.send(claim.outgoing, account)
    except ChannelError as exc:
        return _record_failure(message_id, claim, exc)
    except Exception as exc:  # an unexpected bug in a provider: retry, never lose the message
        logger.exception("provider %s raised unexpectedly message=%s", account.kind, message_id)
        return _record_failure(
            message_id, claim, ChannelError("internal", type(exc).__name__, permanent=False)
        )
    return _record_success(message_id, claim, account, provider_id)


def _locked(message_id: int) -> Message | None:
    qs = Message.objects.select_related("conversation__patient", "sender")
    if connection.features.has_select_for_update_skip_locked:
        qs = qs.select_for_update(skip_locked=True, of=("self",))
    else:
        qs = qs.select_for_update()
    return qs.filter(pk=message_id).first()


def _claim(message_id: int, now: datetime) -> Claim | str:
    with transaction.atomic():
        message = _locked(message_id)
        if message is None:
            return "locked_or_missing"
        if message.direction != Direction.OUTBOUND or message.status != DeliveryStatus.QUEUED:
            return "not_queued"
        entry, _created = OutboxEntry.objects.get_or_create(
            message=message, defaults={"next_attempt_at": now}
        )
        if (
            entry.state == OutboxState.SENDING
            and entry.claimed_at
            and entry.claimed_at > now - LEASE
        ):
            return "in_flight"
        if entry.state in (OutboxState.DONE, OutboxState.FAILED, OutboxState.CANCELLED):
            return "not_queued"
        if entry.next_attempt_at > now:
            return "not_due"
        patient = message.conversation.patient
        # Consent is checked at send time, not only when the reply was written.
        if message.channel not in patient.consented_channels():
            _cancel(message, entry, "consent_withdrawn")
            return "cancelled"
        try:
            account = account_for(message)
            outgoing = build_outgoing(message, account, entry)
        except ChannelError as exc:
            _fail(message, entry, exc)
            return "failed"
        entry.account = account
        entry.state = OutboxState.SENDING
        entry.claimed_at = now
        entry.attempts += 1
        entry.save(update_fields=["account", "state", "claimed_at", "attempts", "updated_at"])
        attempt = SendAttempt.objects.create(entry=entry, number=entry.attempts, started_at=now)
    return Claim(entry.pk, attempt.pk, account.pk, outgoing)


def account_for_channel(practice_id: int, channel: str) -> ChannelAccount | None:
    """The practice's active account for a channel (the oldest, if several)."""
    accounts = ChannelAccount.objects.filter(practice_id=practice_id, is_active=True).order_by("pk")
    return next((account for account in accounts if account.channel == channel), None)


def account_for(message: Message) -> ChannelAccount:
    account = account_for_channel(message.conversation.patient.practice_id, message.channel)
    if account is None:
        raise PermanentError("no_account")
    return account


def build_outgoing(
    message: Message, account: ChannelAccount, entry: OutboxEntry | None = None
) -> Outgoing:
    provider = get_provider(account.kind)
    patient = message.conversation.patient
    contact_kind = (
        ContactKind.EMAIL if provider.contact_kind == ContactKind.EMAIL else ContactKind.PHONE
    )
    point = patient.contact_points.filter(kind=contact_kind).order_by("pk").first()
    if point is None:
        raise PermanentError("no_address")
    from scripta.channels.links import status_callback_url
    from scripta.channels.window import window_open

    references: tuple[str, ...] = ()
    in_reply_to = ""
    message_id_header = ""
    if provider.channel == "email":
        from scripta.channels.providers.email.threading import thread_headers

        message_id_header, in_reply_to, references = thread_headers(message, account)
    return Outgoing(
        message_id=message.pk,
        to=point.value,
        body=message.body,
        language=patient.language,
        status_callback_url=status_callback_url(account, message.pk)
        if provider.has_status_webhook
        else "",
        message_id_header=message_id_header,
        in_reply_to=in_reply_to,
        references=references,
        window_open=window_open(message.conversation, account)
        if provider.channel == "whatsapp"
        else True,
        template=entry.template_name if entry is not None else "",
        template_language=entry.template_language if entry is not None else "",
    )


def _record_success(
    message_id: int, claim: Claim, account: ChannelAccount, provider_id: str
) -> str:
    now = timezone.now()
    with transaction.atomic():
        message = Message.objects.select_for_update().get(pk=message_id)
        entry = OutboxEntry.objects.select_for_update().get(pk=claim.entry_id)
        SendAttempt.objects.filter(pk=claim.attempt_id).update(
            outcome=AttemptOutcome.ACCEPTED, provider_message_id=provider_id, finished_at=now
        )
        entry.state = OutboxState.DONE
        entry.save(update_fields=["state", "updated_at"])
        if message.provider_message_id and message.provider_message_id != provider_id:
            # A status callback already adopted an earlier send's id: this one is the duplicate.
            SendAttempt.objects.filter(pk=claim.attempt_id).update(outcome=AttemptOutcome.DUPLICATE)
            logger.warning("duplicate send detected message=%s", message_id)
            return "duplicate"
        if not message.provider_message_id:
            message.provider = account.kind
            message.provider_message_id = provider_id
            message.save(update_fields=["provider", "provider_message_id"])
        advance_status(message, DeliveryStatus.SENT, now)
        apply_parked(message)
        record(
            "message.dispatched",
            actor_label=f"service:{account.kind}",
            patient_id=message.conversation.patient_id,
            obj=message,
            detail={"attempt": entry.attempts},
        )
    logger.info(
        "outbound sent message=%s provider=%s attempt=%s", message_id, account.kind, entry.attempts
    )
    return "sent"


def _record_failure(message_id: int, claim: Claim, exc: ChannelError) -> str:
    now = timezone.now()
    with transaction.atomic():
        message = Message.objects.select_for_update().get(pk=message_id)
        entry = OutboxEntry.objects.select_for_update().get(pk=claim.entry_id)
        outcome = AttemptOutcome.PERMANENT if exc.permanent else AttemptOutcome.TEMPORARY
        SendAttempt.objects.filter(pk=claim.attempt_id).update(
            outcome=outcome, error_code=exc.code[:64], finished_at=now
        )
        if message.status != DeliveryStatus.QUEUED:
            return "not_queued"  # cancelled meanwhile, or reconciled by a callback
        if exc.permanent or entry.attempts >= MAX_ATTEMPTS:
            _fail(
                message,
                entry,
                exc if exc.permanent else PermanentError("too_many_attempts", exc.code),
            )
            return "failed"
        entry.state = OutboxState.PENDING
        entry.claimed_at = None
        entry.last_error_code = exc.code[:64]
        entry.next_attempt_at = now + backoff(entry.attempts)
        entry.save(
            update_fields=[
                "state",
                "claimed_at",
                "last_error_code",
                "next_attempt_at",
                "updated_at",
            ]
        )
        transaction.on_commit(partial(enqueue_send, message_id, entry.next_attempt_at))
    logger.info(
        "outbound temporary error message=%s code=%s attempt=%s",
        message_id,
        exc.code,
        entry.attempts,
    )
    return "retry"


def _fail(message: Message, entry: OutboxEntry, exc: ChannelError) -> None:
    language = getattr(message.sender, "language", None) or settings.LANGUAGE_CODE
    with translation.override(language):
        readable = str(describe_error(exc.code))
    message.status = DeliveryStatus.FAILED
    message.error_code = exc.code[:64]
    message.error_message = readable[:500]
    message.save(update_fields=["status", "error_code", "error_message"])
    entry.state = OutboxState.FAILED
    entry.claimed_at = None
    entry.last_error_code = exc.code[:64]
    entry.save(update_fields=["state", "claimed_at", "last_error_code", "updated_at"])
    record(
        "message.failed",
        actor_label=OUTBOX_ACCOUNT,
        patient_id=message.conversation.patient_id,
        obj=message,
        detail={"code": exc.code},
    )
    logger.info("outbound failed message=%s code=%s", message.pk, exc.code)


def _cancel(message: Message, entry: OutboxEntry, code: str) -> None:
    message.status = DeliveryStatus.CANCELLED
    message.error_code = code
    with translation.override(getattr(message.sender, "language", None) or settings.LANGUAGE_CODE):
        message.error_message = str(describe_error(code))[:500]
    message.save(update_fields=["status", "error_code", "error_message"])
    entry.state = OutboxState.CANCELLED
    entry.save(update_fields=["state", "updated_at"])
    record(
        "message.cancelled",
        actor_label=OUTBOX_ACCOUNT,
        patient_id=message.conversation.patient_id,
        obj=message,
        detail={"code": code},
    )


def sweep(now: datetime | None = None, *, send_inline: bool = False) -> list[int]:
    """Find QUEUED messages whose send was lost (no row, due retry, stale claim) and send them."""
    now = now or timezone.now()
    queued = Message.objects.filter(
        status=DeliveryStatus.QUEUED, direction=Direction.OUTBOUND
    ).exclude(channel="portal")
    due: list[int] = []
    for message_id, entry_state, next_at, claimed_at, created_at in queued.values_list(
        "pk", "outbox__state", "outbox__next_attempt_at", "outbox__claimed_at", "created_at"
    ):
        if entry_state is None:
            if created_at <= now - ENQUEUE_GRACE:
                due.append(message_id)
        elif (entry_state == OutboxState.PENDING and next_at <= now) or (
            entry_state == OutboxState.SENDING
            and claimed_at is not None
            and claimed_at <= now - LEASE
        ):
            due.append(message_id)
    for message_id in due:
        if send_inline:
            deliver(message_id, now=now)
        else:
            enqueue_send(message_id)
    if due:
        logger.info("outbox sweep re-enqueued %s message(s)", len(due))
    return due


@task()
def sweep_outbox() -> int:
    return len(sweep())
