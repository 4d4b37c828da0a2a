"""Threading headers so that replies land in the patient's thread (RFC 5322 3.6.4)."""

from __future__ import annotations

import hashlib
import hmac
from typing import TYPE_CHECKING

from django.conf import settings

from scripta.conversations.models import Message

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount

MAX_REFERENCES = 10


def message_id_for(message: Message, account: ChannelAccount) -> str:
    """Deterministic: a resend of the same message carries the same Message-ID (clients dedupe)."""
    return _message_id(message.pk, account)


def _message_id(pk: int, account: ChannelAccount) -> str:
    domain = account.address.rpartition("@")[2] or "scripta.invalid"
    tag = hmac.new(
        settings.SECRET_KEY.encode(), f"message:{pk}".encode(), hashlib.sha256
    ).hexdigest()[:16]
    return f"<scripta.{pk}.{tag}@{domain}>"


def thread_headers(message: Message, account: ChannelAccount) -> tuple[str, str, tuple[str, ...]]:
    """(Message-ID, In-Reply-To, References) for an outbound e-mail."""
    earlier = list(
        message.conversation.messages.filter(channel="email", pk__lt=message.pk)
        .exclude(provider_message_id__isnull=True)
        .exclude(provider_message_id="")
        .order_by("-created_at", "-pk")
        .values_list("pk", "direction", "provider_message_id")[:MAX_REFERENCES]
    )
    in_reply_to = next((pid for _pk, direction, pid in earlier if direction == "in" and pid), "")
    # Our own e-mails by the Message-ID they carried (through an ESP, provider_message_id holds
    # the ESP's id, which need not be a Message-ID); the patient's by theirs.
    references = tuple(
        _message_id(pk, account) if direction == "out" else str(pid)
        for pk, direction, pid in reversed(earlier)
        if direction == "out" or (pid and pid.startswith("<"))
    )
    return message_id_for(message, account), in_reply_to or "", references
