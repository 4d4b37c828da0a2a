"""WhatsApp's 24-hour customer-service window: outside it, only an approved template may be sent."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from django.utils import timezone

from scripta.conversations.models import Conversation, Direction

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount

WINDOW = timedelta(hours=24)


def window_open(conversation: Conversation, account: ChannelAccount | None = None) -> bool:
    """True if the patient wrote on WhatsApp in the last 24 hours (on this account's provider)."""
    messages = conversation.messages.filter(direction=Direction.INBOUND, channel="whatsapp")
    if account is not None:
        messages = messages.filter(provider=account.kind)
    last = messages.order_by("-received_at").values_list("received_at", flat=True).first()
    return last is not None and last > timezone.now() - WINDOW


def templates_for(account: ChannelAccount) -> list[dict[str, str]]:
    """The approved templates the administrator listed for this account (name and language)."""
    templates = account.credentials.get("templates", [])
    return [t for t in templates if isinstance(t, dict) and "name" in t]
