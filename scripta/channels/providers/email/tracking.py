"""E-mail delivery statuses from the ESP's tracking webhook, through anymail's normalised events.

anymail verifies the request (basic auth and the ESP's signature) and turns the ESP's payload
into ``AnymailTrackingEvent`` objects before ``anymail_tracking`` (signals.py) calls
``apply_tracking``. Here only the normalised fields are read: ``event_type``, ``message_id``
(the same id ``message.anymail_status.message_id`` gave at send time), ``reject_reason`` and
``timestamp``. Never the recipient, the MTA's text or the ESP's raw payload: the therapist reads
a sentence of ours, and nothing of the payload is kept.

Opens and clicks are read receipts: Scripta ignores them, stores nothing and logs nothing.
"""

from __future__ import annotations

import logging
from typing import Any

from anymail.signals import EventType, RejectReason
from django.db import transaction

from scripta.audit.actions import record
from scripta.channels.actions import apply_update, park_status
from scripta.channels.base import StatusUpdate
from scripta.conversations.models import DeliveryStatus, Direction, Message

logger = logging.getLogger(__name__)

PROVIDER = "email"  # Message.provider of every e-mail the outbox sent (ChannelAccount.kind)
ACTOR = "service:email"

# anymail event type -> what it means for the message (statuses never move backwards).
STATUSES: dict[str, str] = {
    EventType.QUEUED: DeliveryStatus.QUEUED,
    EventType.SENT: DeliveryStatus.SENT,
    EventType.DEFERRED: DeliveryStatus.SENT,  # a retry is under way: no change after "sent"
    EventType.DELIVERED: DeliveryStatus.DELIVERED,
    EventType.AUTORESPONDED: DeliveryStatus.DELIVERED,  # an auto-reply came: it arrived
    EventType.BOUNCED: DeliveryStatus.FAILED,
    EventType.REJECTED: DeliveryStatus.FAILED,
    EventType.FAILED: DeliveryStatus.FAILED,
}
NOTICE_EVENTS: dict[str, str] = {
    EventType.COMPLAINED: "complained",
    EventType.UNSUBSCRIBED: "unsubscribed",
}
# Opened, clicked (read receipts), subscribed, inbound, unknown: ignored, never stored.

# The ESP refused to send: why (anymail's RejectReason) -> our error code.
REJECTED_CODES: dict[str | None, str] = {
    RejectReason.INVALID: "invalid_recipient",
    RejectReason.BOUNCED: "suppressed",
    RejectReason.TIMED_OUT: "suppressed",
    RejectReason.BLOCKED: "suppressed",
    RejectReason.SPAM: "suppressed",
    RejectReason.UNSUBSCRIBED: "suppressed",
}


def error_code(event_type: str, reject_reason: str | None) -> str:
    if event_type == EventType.BOUNCED:
        return "invalid_recipient" if reject_reason == RejectReason.INVALID else "bounced"
    if event_type == EventType.REJECTED:
        return REJECTED_CODES.get(reject_reason, "rejected")
    if event_type == EventType.FAILED:
        return "esp_failed"
    return ""


def to_update(event: Any) -> StatusUpdate | None:
    """The status update an anymail tracking event means, or None if Scripta ignores it."""
    event_type = str(getattr(event, "event_type", "") or "")
    message_id = str(getattr(event, "message_id", "") or "").strip()
    status = STATUSES.get(event_type) or NOTICE_EVENTS.get(event_type)
    if status is None or not message_id:
        return None
    return StatusUpdate(
        provider_message_id=message_id[:255],
        status=status,
        occurred_at=getattr(event, "timestamp", None),
        error_code=error_code(event_type, getattr(event, "reject_reason", None)),
    )


def candidates(message_id: str) -> set[str]:
    """The id as anymail gave it, with and without angle brackets (ESPs differ on Message-IDs)."""
    bare = message_id.strip().removeprefix("<").removesuffix(">")
    return {message_id, bare, f"<{bare}>"}


def apply_tracking(event: Any, esp_name: str) -> str:
    """Apply one verified tracking event. Returns ignored, applied, stale or parked."""
    update = to_update(event)
    if update is None:
        return "ignored"
    with transaction.atomic():
        message = (
            Message.objects.select_for_update()
            .filter(
                provider=PROVIDER,
                direction=Direction.OUTBOUND,
                provider_message_id__in=candidates(update.provider_message_id),
            )
            .order_by("pk")
            .first()
        )
        if message is None:
            park_status(PROVIDER, update)
            result = "parked"
        elif apply_update(message, update):
            record(
                "message.status",
                actor_label=ACTOR,
                patient_id=message.conversation.patient_id,
                obj=message,
                detail={"status": update.status, "code": update.error_code},
            )
            result = "applied"
        else:
            result = "stale"
    logger.info(
        "anymail tracking esp=%s status=%s code=%s message=%s result=%s",
        esp_name,
        update.status,
        update.error_code,
        message.pk if message is not None else None,
        result,
    )
    return result
