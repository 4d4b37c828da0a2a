"""Provider kind -> implementation. One line here for each new channel (see docs/adding-a-channel.md)."""

from __future__ import annotations

from functools import cache

from django.utils.module_loading import import_string

from scripta.channels.base import Provider

PROVIDERS: dict[str, str] = {
    "twilio_sms": "scripta.channels.providers.twilio_sms.provider.TwilioSMS",
    "twilio_whatsapp": "scripta.channels.providers.twilio_whatsapp.provider.TwilioWhatsApp",
    "meta_whatsapp": "scripta.channels.providers.meta_whatsapp.provider.MetaWhatsApp",
    "email": "scripta.channels.providers.email.provider.Email",
    "portal": "scripta.channels.providers.portal.provider.Portal",
}

KIND_CHOICES = [
    ("twilio_sms", "Twilio SMS"),
    ("twilio_whatsapp", "Twilio WhatsApp"),
    ("meta_whatsapp", "WhatsApp Cloud API (Meta)"),
    ("email", "E-mail"),
    ("portal", "Web portal"),
]


class UnknownKind(LookupError):
    pass


@cache
def get_provider(kind: str) -> Provider:
    try:
        path = PROVIDERS[kind]
    except KeyError as exc:
        raise UnknownKind(kind) from exc
    provider: Provider = import_string(path)()
    return provider
