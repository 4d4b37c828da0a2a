"""The public URLs providers call (built on SCRIPTA_PUBLIC_BASE_URL, never the Host header)."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse

from scripta.channels.models import ChannelAccount


def webhook_url(account: ChannelAccount) -> str:
    path = reverse("channels:webhook", kwargs={"kind": account.kind, "key": account.webhook_key})
    return settings.SCRIPTA_PUBLIC_BASE_URL + path


def status_callback_url(account: ChannelAccount, message_id: int) -> str:
    path = reverse(
        "channels:status_webhook", kwargs={"kind": account.kind, "key": account.webhook_key}
    )
    return f"{settings.SCRIPTA_PUBLIC_BASE_URL}{path}?ref={message_id}"
