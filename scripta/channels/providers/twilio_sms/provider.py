"""Twilio Programmable Messaging (SMS): signed inbound webhooks, status callbacks, REST sends."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, ClassVar

import requests
from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from twilio.base.exceptions import TwilioRestException
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from scripta.channels.base import (
    ChannelError,
    Event,
    InboundMedia,
    InboundMessage,
    Outgoing,
    PermanentError,
    Provider,
    StatusUpdate,
    TemporaryError,
    WebhookRejected,
)
from scripta.conversations.models import DeliveryStatus

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount

logger = logging.getLogger(__name__)

TWILIO_API = "https://api.twilio.com"
TIMEOUT = 15


def http_timeout() -> float:
    return float(getattr(settings, "SCRIPTA_CHANNELS_HTTP_TIMEOUT", TIMEOUT))


STATUS_MAP = {
    "accepted": DeliveryStatus.QUEUED,
    "scheduled": DeliveryStatus.QUEUED,
    "queued": DeliveryStatus.QUEUED,
    "sending": DeliveryStatus.SENT,
    "sent": DeliveryStatus.SENT,
    "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.DELIVERED,
    "undelivered": DeliveryStatus.FAILED,
    "failed": DeliveryStatus.FAILED,
    "canceled": DeliveryStatus.CANCELLED,
}

# Twilio error codes that are worth naming to the therapist; the rest are "rejected".
PERMANENT_CODES = {
    21211: "invalid_recipient",
    21614: "invalid_recipient",
    21610: "blocked",
    21408: "blocked",
    20003: "auth_failed",
    21617: "too_long",
    63016: "window_closed",
}
TEMPORARY_CODES = {20429, 63018}


class _BaseURLHttpClient(TwilioHttpClient):
    """Sends the library's requests to another base URL (a local stub in tests and the demo)."""

    def __init__(self, base_url: str, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.base_url = base_url.rstrip("/")

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Response:
        if url.startswith(TWILIO_API):
            url = self.base_url + url[len(TWILIO_API) :]
        return super().request(method, url, *args, **kwargs)


def api_base_override(account: ChannelAccount) -> str:
    """A non-default API base is honoured only where the settings allow it (tests, the demo)."""
    base = str(account.credentials.get("api_base_url", "") or "")
    if base and (settings.DEBUG or getattr(settings, "SCRIPTA_CHANNELS_ALLOW_API_OVERRIDE", False)):
        return base
    return ""


class TwilioSMS(Provider):
    kind = "twilio_sms"
    channel = "sms"
    label = "Twilio SMS"
    credential_fields = ("account_sid", "auth_token", "messaging_service_sid")
    required_credentials = ("account_sid", "auth_token")
    has_status_webhook = True
    address_prefix: ClassVar[str] = ""

    # --- inbound --------------------------------------------------------------------------------

    def verify(self, request: HttpRequest, account: ChannelAccount) -> None:
        signature = request.headers.get("X-Twilio-Signature", "")
        if not signature:
            raise WebhookRejected("Missing X-Twilio-Signature.", 403)
        token = str(account.credentials.get("auth_token", ""))
        if not token:
            raise WebhookRejected("The account has no auth token configured.", 403)
        if request.content_type != "application/x-www-form-urlencoded":
            raise WebhookRejected("Unsupported content type.", 415)
        # The URL Twilio signed is the public one we gave it, never the Host header the client chose.
        url = settings.SCRIPTA_PUBLIC_BASE_URL + request.get_full_path()
        params = {key: request.POST.getlist(key) for key in request.POST}
        flat: dict[str, Any] = {k: v[0] if len(v) == 1 else v for k, v in params.items()}
        if not RequestValidator(token).validate(url, flat, signature):
            raise WebhookRejected("Invalid X-Twilio-Signature.", 403)
        if request.POST.get("AccountSid") != account.credentials.get("account_sid"):
            raise WebhookRejected("The request is for another Twilio account.", 403)

    def parse(self, request: HttpRequest, account: ChannelAccount) -> list[Event]:
        data = request.POST
        sid = data.get("MessageSid") or data.get("SmsSid") or ""
        if not sid:
            raise WebhookRejected("MessageSid is missing.", 400)
        if "MessageStatus" in data:
            status = STATUS_MAP.get(data["MessageStatus"])
            if status is None:
                return []  # a status we do not track: acknowledged, ignored
            return [
                StatusUpdate(
                    provider_message_id=sid,
                    status=status,
                    occurred_at=timezone.now(),
                    error_code=str(data.get("ErrorCode", "") or ""),
                    error_message=str(data.get("ErrorMessage", "") or ""),
                    reference=request.GET.get("ref", ""),
                )
            ]
        sender = self.strip(data.get("From", ""))
        recipient = self.strip(data.get("To", ""))
        if not sender or not recipient:
            raise WebhookRejected("From or To is missing.", 400)
        if not self.matches(recipient, account.address):
            raise WebhookRejected("The message is for another number.", 400)
        try:
            count = min(int(data.get("NumMedia", "0") or 0), 10)
        except ValueError as exc:
            raise WebhookRejected("NumMedia is not a number.", 400) from exc
        media = tuple(
            InboundMedia(
                content_type=data.get(f"MediaContentType{i}", ""), url=data.get(f"MediaUrl{i}", "")
            )
            for i in range(count)
            if data.get(f"MediaUrl{i}")
        )
        body = data.get("Body", "")
        if not body and not media:
            raise WebhookRejected("Empty message.", 400)
        return [
            InboundMessage(
                provider_message_id=sid, sender=sender, recipient=recipient, body=body, media=media
            )
        ]

    def strip(self, address: str) -> str:
        return address.removeprefix("whatsapp:").strip()

    @staticmethod
    def matches(recipient: str, configured: str) -> bool:
        digits = "".join(c for c in recipient if c.isdigit())
        return digits == "".join(c for c in configured if c.isdigit())

    def acknowledge(self, events: list[Event]) -> HttpResponse:
        # Empty TwiML: no automatic reply, ever (the therapist decides when to answer).
        return HttpResponse(
            '<?xml version="1.0" encoding="UTF-8"?><Response></Response>', content_type="text/xml"
        )

    def fetch_media(self, media: InboundMedia, account: ChannelAccount) -> bytes:
        base = api_base_override(account) or TWILIO_API
        if not media.url.startswith((TWILIO_API + "/", base + "/")):
            raise PermanentError("media_unavailable", "unexpected media host")
        creds = account.credentials
        try:
            # B113: bandit does not see that http_timeout() is the timeout
            response = requests.get(  # nosec B113
                media.url,
                auth=(creds.get("account_sid", ""), creds.get("auth_token", "")),
                timeout=http_timeout(),
            )
        except requests.RequestException as exc:
            raise TemporaryError("media_unavailable", type(exc).__name__) from exc
        if response.status_code != 200:
            raise TemporaryError("media_unavailable", str(response.status_code))
        return response.content

    # --- outbound -------------------------------------------------------------------------------

    def client(self, account: ChannelAccount) -> Client:
        creds = account.credentials
        base = api_base_override(account)
        http_client = (
            _BaseURLHttpClient(base, http_timeout())
            if base
            else TwilioHttpClient(timeout=http_timeout())
        )
        return Client(creds.get("account_sid"), creds.get("auth_token"), http_client=http_client)

    def address(self, number: str) -> str:
        return self.address_prefix + number

    def send(self, message: Outgoing, account: ChannelAccount) -> str:
        creds = account.credentials
        kwargs: dict[str, Any] = {"to": self.address(message.to)}
        if message.template:
            kwargs["content_sid"] = message.template  # a Twilio Content template (HX...)
        else:
            kwargs["body"] = message.body
        if creds.get("messaging_service_sid"):
            kwargs["messaging_service_sid"] = creds["messaging_service_sid"]
        else:
            kwargs["from_"] = self.address(account.address)
        if message.status_callback_url:
            kwargs["status_callback"] = message.status_callback_url
        try:
            created = self.client(account).messages.create(**kwargs)
        except TwilioRestException as exc:
            raise classify(exc) from exc
        except requests.RequestException as exc:  # timeouts, refused connections
            raise TemporaryError("network", type(exc).__name__) from exc
        return str(created.sid)


def classify(exc: TwilioRestException) -> ChannelError:
    status = exc.status or 0
    code = int(exc.code or 0)
    if status >= 500 or status == 429 or code in TEMPORARY_CODES:
        return TemporaryError(f"http_{status}", str(code))
    return PermanentError(PERMANENT_CODES.get(code, "rejected"), str(code))
