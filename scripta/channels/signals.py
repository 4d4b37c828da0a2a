"""Signal receivers: anymail inbound mail, and read receipts (only when the therapist chose them)."""

from __future__ import annotations

import logging
from typing import Any

from anymail.signals import AnymailInboundEvent, inbound
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
