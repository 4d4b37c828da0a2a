"""Inbound e-mail, three ways in: raw MIME on stdin, anymail webhooks, IMAP polling."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.utils import timezone

from scripta.channels.actions import do_route_inbound
from scripta.channels.base import WebhookRejected
from scripta.channels.models import ChannelAccount
from scripta.channels.providers.email.parsing import parse_mime

logger = logging.getLogger(__name__)

MAX_MAIL_BYTES = 30 * 1024 * 1024
REPLAY_WINDOW = timedelta(minutes=15)


class UnknownRecipient(LookupError):
    """No active e-mail account of any practice receives at the message's addresses."""


def _canonical(address: str) -> str:
    local, _, domain = address.lower().partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def account_for(recipients: tuple[str, ...]) -> ChannelAccount:
    wanted = {_canonical(a) for a in recipients}
    for account in ChannelAccount.objects.filter(kind="email", is_active=True).order_by("pk"):
        if _canonical(account.address) in wanted:
            return account
    raise UnknownRecipient()


def ingest_raw(raw: bytes, account: ChannelAccount | None = None) -> str:
    """Store one e-mail. Returns "stored", "duplicate" or "first_contact"; raises on refusal.

    Database errors propagate so that the caller answers "try again later" (MTA exit 75 / 5xx).
    """
    if len(raw) > MAX_MAIL_BYTES:
        raise WebhookRejected("The message is too large.", 413)
    parsed = parse_mime(raw)
    if account is None:
        account = account_for(parsed.recipients)
    inbound = replace(parsed.inbound, recipient=account.address)
    media = [(m.content or b"", m.content_type, m.filename or "attachment") for m in inbound.media]
    outcome = do_route_inbound(account, inbound, media)
    if outcome.first_contact_id is not None:
        return "first_contact" if outcome.stored else "duplicate"
    return "stored" if outcome.stored else "duplicate"


def ingest_anymail(event: Any, esp_name: str) -> str:
    """An ESP's inbound webhook (already verified by anymail: basic auth and the ESP signature)."""
    when = getattr(event, "timestamp", None)
    window = timedelta(
        seconds=getattr(
            settings, "SCRIPTA_INBOUND_REPLAY_WINDOW_SECONDS", REPLAY_WINDOW.total_seconds()
        )
    )
    if when is not None and abs(timezone.now() - when) > window:
        logger.warning("anymail inbound outside the replay window esp=%s", esp_name)
        return "stale"
    try:
        return ingest_raw(event.message.as_bytes())
    except UnknownRecipient:
        logger.info("anymail inbound for no configured mailbox esp=%s", esp_name)
        return "unknown_recipient"
    except WebhookRejected as exc:
        logger.info("anymail inbound refused esp=%s reason=%s", esp_name, exc.reason)
        return "refused"
