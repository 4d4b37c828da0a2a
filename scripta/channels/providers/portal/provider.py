"""The web portal behind the same interface: no webhook (patients write in the portal view)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scripta.channels.base import Outgoing, Provider

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount


class Portal(Provider):
    kind = "portal"
    channel = "portal"
    label = "Web portal"
    has_webhook = False

    def send(self, message: Outgoing, account: ChannelAccount) -> str:
        # The portal shows the stored message itself: delivering is storing.
        return f"portal-{message.message_id}"
