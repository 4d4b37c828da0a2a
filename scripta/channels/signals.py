"""Signal receivers: anymail inbound mail and tracking events, and read receipts (only when the therapist chose them)."""

from __future__ import annotations

import logging
from typing import Any

from anymail.signals import AnymailInboundEvent, AnymailTrackingEvent, inbound, tracking
from django.dispatch import receiver

logger = logging.getLogger(__name__)


@receiver(inbound, dispatch_uid="scripta_channels_anymail_inbound")
def anymail_inbound(sender: Any, event: AnymailInboundEvent, esp_name: str, **kwargs: Any) -> None:
    """Store mail delivered by an ESP's inbound webhook (anymail verified it before this runs).

    Errors propagate: anymail then answers 5xx and the ESP retries (acknowledge only what is stored).
    """
    from scripta.channels.providers.email.inbound import ingest_anymail

    result = ingest_anymail(event, esp_name)
    logger.info("anymail inbound esp=%s result=%s", esp_name, result)


@receiver(tracking, dispatch_uid="scripta_channels_anymail_tracking")
def anymail_tracking(
    sender: Any, event: AnymailTrackingEvent, esp_name: str, **kwargs: Any
) -> None:
    """Delivery statuses from an ESP's tracking webhook (verified by anymail before this runs).

    Errors propagate (5xx, the ESP retries). Opens and clicks are ignored: no read receipts.
    """
    from scripta.channels.providers.email.tracking import apply_tracking

    apply_tracking(event, esp_name)


def _read_state_saved(sender: Any, instance: Any, **kwargs: Any) -> None:
    """The therapist opened a conversation: if (and only if) an account opted in, tell WhatsApp."""
    from django.db import transaction

    from scripta.channels.models import ChannelAccount

    # One query; only accounts that opted in can match.
    if ChannelAccount.objects.filter(
        practice__patients__conversation__id=instance.conversation_id,
        kind="meta_whatsapp",
        read_receipts=True,
        is_active=True,
    ).exists():
        from scripta.channels.tasks import send_read_receipt

        conversation_id = instance.conversation_id
        transaction.on_commit(lambda: send_read_receipt.enqueue(conversation_id))


def connect() -> None:
    from django.db.models.signals import post_save

    from scripta.conversations.models import ReadState

    post_save.connect(
        _read_state_saved, sender=ReadState, dispatch_uid="scripta_channels_read_receipts"
    )


connect()
