"""WhatsApp Business Cloud API (Meta): verify-token handshake, X-Hub-Signature-256, Graph sends.

The signature is an HMAC-SHA256 of the raw request body with the app secret, compared in
constant time; the body is parsed only after it verified. Outbound messages carry our message
id in ``biz_opaque_callback_data``, which Meta echoes in status webhooks (reconciliation).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import requests
from django.conf import settings
from django.http import HttpRequest, HttpResponse

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

GRAPH_API = "https://graph.facebook.com/v21.0"
MEDIA_TYPES = ("image", "audio", "document", "video", "sticker")
STATUS_MAP = {
    "sent": DeliveryStatus.SENT,
    "delivered": DeliveryStatus.DELIVERED,
    "read": DeliveryStatus.DELIVERED,
    "failed": DeliveryStatus.FAILED,
}
# Graph / Cloud API error codes: rate limits and transient faults are retried.
TEMPORARY_CODES = {1, 2, 4, 17, 341, 80007, 130429, 131000, 131016, 131048, 131056, 133004}
PERMANENT_CODES = {
    131047: "window_closed",
    131026: "invalid_recipient",
    131030: "invalid_recipient",
    190: "auth_failed",
    131031: "blocked",
}


def graph_base(account: ChannelAccount) -> str:
    base = str(account.credentials.get("graph_base_url", "") or "")
    if base and (settings.DEBUG or getattr(settings, "SCRIPTA_CHANNELS_ALLOW_API_OVERRIDE", False)):
        return base.rstrip("/")
    return GRAPH_API


def http_timeout() -> float:
    return float(getattr(settings, "SCRIPTA_CHANNELS_HTTP_TIMEOUT", 15))


def expected_signature(app_secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()


def _timestamp(value: Any) -> datetime | None:
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (TypeError, ValueError, OverflowError):
        return None


class MetaWhatsApp(Provider):
    kind = "meta_whatsapp"
    channel = "whatsapp"
    label = "WhatsApp Cloud API"
    credential_fields = ("access_token", "app_secret", "verify_token", "templates")
    required_credentials = ("access_token", "app_secret", "verify_token")
    has_status_webhook = False  # statuses arrive on the same webhook URL

    # --- inbound --------------------------------------------------------------------------------

    def handshake(self, request: HttpRequest, account: ChannelAccount) -> HttpResponse:
        expected = str(account.credentials.get("verify_token", ""))
        token = request.GET.get("hub.verify_token", "")
        challenge = request.GET.get("hub.challenge", "")
        if (
            request.GET.get("hub.mode") == "subscribe"
            and expected
            and hmac.compare_digest(token.encode(), expected.encode())
            and challenge
        ):
            return HttpResponse(challenge, content_type="text/plain")
        return HttpResponse("Verification failed.", status=403, content_type="text/plain")

    def verify(self, request: HttpRequest, account: ChannelAccount) -> None:
        header = request.headers.get("X-Hub-Signature-256", "")
        secret = str(account.credentials.get("app_secret", ""))
        if not header or not secret:
            raise WebhookRejected("Missing X-Hub-Signature-256.", 403)
        if not hmac.compare_digest(
            header.encode(), expected_signature(secret, request.body).encode()
        ):
            raise WebhookRejected("Invalid X-Hub-Signature-256.", 403)

    def parse(self, request: HttpRequest, account: ChannelAccount) -> list[Event]:
        try:
            payload = json.loads(request.body)
        except ValueError as exc:
            raise WebhookRejected("The body is not JSON.", 400) from exc
        if not isinstance(payload, dict) or payload.get("object") != "whatsapp_business_account":
            raise WebhookRejected("Not a WhatsApp Business Account notification.", 400)
        events: list[Event] = []
        try:
            for entry in payload.get("entry", []):
                for change in entry.get("changes", []):
                    if change.get("field") != "messages":
                        continue  # other subscriptions: acknowledged and ignored
                    events += self._parse_value(change["value"], account)
        except (KeyError, TypeError, AttributeError) as exc:
            raise WebhookRejected("Malformed notification.", 400) from exc
        return events

    def _parse_value(self, value: dict[str, Any], account: ChannelAccount) -> list[Event]:
        if str(value["metadata"]["phone_number_id"]) != account.address:
            raise WebhookRejected("The notification is for another phone number.", 400)
        events: list[Event] = []
        for item in value.get("messages", []):
            events.append(self._message(item, value["metadata"]))
        for item in value.get("statuses", []):
            status = STATUS_MAP.get(item["status"])
            if status is None:
                continue
            errors = item.get("errors") or [{}]
            events.append(
                StatusUpdate(
                    provider_message_id=str(item["id"]),
                    status=status,
                    occurred_at=_timestamp(item.get("timestamp")),
                    error_code=str(errors[0].get("code", "")),
                    error_message=str(errors[0].get("title", ""))[:500],
                    reference=str(item.get("biz_opaque_callback_data", "")),
                )
            )
        return events

    def _message(self, item: dict[str, Any], metadata: dict[str, Any]) -> InboundMessage:
        kind = item["type"]
        body = ""
        media: tuple[InboundMedia, ...] = ()
        if kind == "text":
            body = str(item["text"]["body"])
        elif kind in MEDIA_TYPES:
            part = item[kind]
            body = str(part.get("caption", ""))
            media = (
                InboundMedia(
                    content_type=str(part.get("mime_type", "")).split(";")[0],
                    filename=str(part.get("filename", "")),
                    media_id=str(part["id"]),
                ),
            )
        elif kind == "button":
            body = str(item["button"].get("text", ""))
        elif kind == "interactive":
            reply = (
                item["interactive"].get("button_reply")
                or item["interactive"].get("list_reply")
                or {}
            )
            body = str(reply.get("title", ""))
        elif kind == "location":
            loc = item["location"]
            body = f"📍 {loc.get('name', '')} {loc.get('latitude')},{loc.get('longitude')}".strip()
        else:
            body = f"[{kind}]"  # unsupported type: kept as a marker, never dropped silently
        return InboundMessage(
            provider_message_id=str(item["id"]),
            sender="+" + str(item["from"]).lstrip("+"),
            recipient=str(metadata.get("display_phone_number", "")),
            body=body,
            sent_at=_timestamp(item.get("timestamp")),
            media=media,
        )

    def fetch_media(self, media: InboundMedia, account: ChannelAccount) -> bytes:
        headers = {"Authorization": f"Bearer {account.credentials.get('access_token', '')}"}
        try:
            # B113: bandit does not see that http_timeout() is the timeout
            meta = requests.get(  # nosec B113
                f"{graph_base(account)}/{media.media_id}", headers=headers, timeout=http_timeout()
            )
            if meta.status_code != 200:
                raise TemporaryError("media_unavailable", str(meta.status_code))
            url = str(meta.json()["url"])
            # B113, as above
            content = requests.get(url, headers=headers, timeout=http_timeout())  # nosec B113
        except (requests.RequestException, ValueError, KeyError) as exc:
            raise TemporaryError("media_unavailable", type(exc).__name__) from exc
        if content.status_code != 200:
            raise TemporaryError("media_unavailable", str(content.status_code))
        return content.content

    # --- outbound -------------------------------------------------------------------------------

    def _post(self, account: ChannelAccount, payload: dict[str, Any]) -> dict[str, Any]:
        url = f"{graph_base(account)}/{account.address}/messages"
        headers = {"Authorization": f"Bearer {account.credentials.get('access_token', '')}"}
        try:
            # B113: bandit does not see that http_timeout() is the timeout
            response = requests.post(  # nosec B113
                url, json=payload, headers=headers, timeout=http_timeout()
            )
        except requests.RequestException as exc:
            raise TemporaryError("network", type(exc).__name__) from exc
        try:
            data = response.json()
        except ValueError:
            data = {}
        if response.status_code >= 400 or "error" in data:
            raise classify(
                response.status_code, data.get("error", {}) if isinstance(data, dict) else {}
            )
        return data if isinstance(data, dict) else {}

    def send(self, message: Outgoing, account: ChannelAccount) -> str:
        payload: dict[str, Any] = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": message.to.lstrip("+"),
            "biz_opaque_callback_data": str(message.message_id),
        }
        if message.template:
            # Approved templates may be sent outside the 24-hour window.
            payload["type"] = "template"
            payload["template"] = {
                "name": message.template,
                "language": {"code": message.template_language or "it"},
            }
        elif not message.window_open:
            raise PermanentError("window_closed")
        else:
            payload["type"] = "text"
            payload["text"] = {"preview_url": False, "body": message.body}
        data = self._post(account, payload)
        try:
            return str(data["messages"][0]["id"])
        except (KeyError, IndexError, TypeError) as exc:
            raise TemporaryError("bad_response") from exc

    def mark_read(self, provider_message_id: str, account: ChannelAccount) -> None:
        self._post(
            account,
            {"messaging_product": "whatsapp", "status": "read", "message_id": provider_message_id},
        )


def classify(status: int, error: dict[str, Any]) -> ChannelError:
    code = int(error.get("code", 0) or 0)
    if status >= 500 or status == 429 or code in TEMPORARY_CODES:
        return TemporaryError(f"meta_{code or status}")
    return PermanentError(PERMANENT_CODES.get(code, "rejected"), str(code or status))
