"""The provider interface every channel implements, and its typed values.

A provider verifies an inbound request (first, before anything is parsed or stored), parses it
into typed inbound messages and status updates, and sends one outbound message, raising a
``ChannelError`` that says whether the failure is permanent (stop) or temporary (retry).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from django.http import HttpRequest, HttpResponse

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount


class WebhookRejected(Exception):
    """An inbound request that is forged, malformed, oversized or unsupported: nothing is stored."""

    def __init__(self, reason: str, status: int = 403) -> None:
        super().__init__(reason)
        self.reason = reason
        self.status = status


class ChannelError(Exception):
    """A failed send. ``permanent`` errors are not retried; the therapist sees ``code``."""

    def __init__(self, code: str, detail: str = "", *, permanent: bool) -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail
        self.permanent = permanent


def TemporaryError(code: str, detail: str = "") -> ChannelError:
    return ChannelError(code, detail, permanent=False)


def PermanentError(code: str, detail: str = "") -> ChannelError:
    return ChannelError(code, detail, permanent=True)


@dataclass(frozen=True)
class InboundMedia:
    """A file that came with an inbound message: either its bytes or a provider reference."""

    content_type: str
    filename: str = ""
    content: bytes | None = None
    url: str = ""  # Twilio MediaUrlN
    media_id: str = ""  # Meta media id


@dataclass(frozen=True)
class InboundMessage:
    provider_message_id: str
    sender: str  # E.164 phone number or e-mail address
    recipient: str
    body: str
    sent_at: datetime | None = None
    media: tuple[InboundMedia, ...] = ()
    original: str = ""  # the untrimmed text (e-mail), kept beside the trimmed body
    html: str = ""  # sanitised HTML (e-mail)
    raw: bytes = b""  # the raw source (e-mail MIME)


@dataclass(frozen=True)
class StatusUpdate:
    provider_message_id: str
    status: str  # a DeliveryStatus value
    occurred_at: datetime | None = None
    error_code: str = ""
    error_message: str = ""
    reference: str = ""  # our message id, echoed by the provider (callback URL or opaque data)


Event = InboundMessage | StatusUpdate


@dataclass(frozen=True)
class Outgoing:
    """What the outbox hands a provider: plain values, no model instances."""

    message_id: int
    to: str
    body: str
    language: str = "en"
    status_callback_url: str = ""
    subject: str = ""
    message_id_header: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    window_open: bool = True
    template: str = ""  # an approved template's name (WhatsApp) or Content SID (Twilio)
    template_language: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class Provider:
    """Base class: override what the channel supports."""

    kind: ClassVar[str] = ""
    channel: ClassVar[str] = ""  # a patients.Channel value
    label: ClassVar[str] = ""
    contact_kind: ClassVar[str] = "phone"  # how senders are matched: ContactKind
    credential_fields: ClassVar[tuple[str, ...]] = ()
    required_credentials: ClassVar[tuple[str, ...]] = ()
    has_webhook: ClassVar[bool] = True
    has_status_webhook: ClassVar[bool] = False

    def handshake(self, request: HttpRequest, account: ChannelAccount) -> HttpResponse:
        """Answer a GET on the webhook URL (only Meta has a verification handshake)."""
        return HttpResponse("Method not allowed", status=405, content_type="text/plain")

    def verify(self, request: HttpRequest, account: ChannelAccount) -> None:
        raise WebhookRejected("This channel has no webhook.", status=404)

    def parse(self, request: HttpRequest, account: ChannelAccount) -> list[Event]:
        raise WebhookRejected("This channel has no webhook.", status=404)

    def acknowledge(self, events: list[Event]) -> HttpResponse:
        return HttpResponse("", status=200, content_type="text/plain")

    def send(self, message: Outgoing, account: ChannelAccount) -> str:
        raise PermanentError("unsupported", "This channel cannot send.")

    def fetch_media(self, media: InboundMedia, account: ChannelAccount) -> bytes:
        if media.content is not None:
            return media.content
        raise TemporaryError("media_unavailable")

    def mark_read(self, provider_message_id: str, account: ChannelAccount) -> None:
        """Tell the provider the patient's message was read. Only called when the therapist chose it."""
