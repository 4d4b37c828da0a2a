"""Twilio WhatsApp: the Twilio Messages API with ``whatsapp:`` addresses; same signatures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from scripta.channels.base import Outgoing, PermanentError
from scripta.channels.providers.twilio_sms.provider import TwilioSMS

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount


class TwilioWhatsApp(TwilioSMS):
    kind = "twilio_whatsapp"
    channel = "whatsapp"
    label = "Twilio WhatsApp"
    address_prefix = "whatsapp:"

    def send(self, message: Outgoing, account: ChannelAccount) -> str:
        if not message.window_open and not message.template:
            raise PermanentError("window_closed")
        return super().send(message, account)
