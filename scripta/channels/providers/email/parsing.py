"""Turn raw MIME into a typed inbound message: sender, ids, trimmed text, sanitised HTML, files."""

from __future__ import annotations

import hashlib
import html as html_lib
import mimetypes
import re
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

import nh3

from scripta.channels.base import InboundMedia, InboundMessage, WebhookRejected

MAX_PARTS = 20

# Lines that open the quoted history, as the common mail clients write them (EN and IT).
QUOTE_OPENERS = [
    re.compile(
        r"^\s*On\b.{0,300}\bwrote:\s*$", re.IGNORECASE | re.DOTALL
    ),  # Gmail, Apple Mail, Thunderbird
    re.compile(
        r"^\s*Il giorno\b.{0,300}\bha scritto:\s*$", re.IGNORECASE | re.DOTALL
    ),  # Gmail/Apple Mail IT
    re.compile(
        r"^\s*In data\b.{0,300}\bha scritto:\s*$", re.IGNORECASE | re.DOTALL
    ),  # Thunderbird IT
    re.compile(
        r"^\s*-{2,}\s*(Original Message|Messaggio originale|Forwarded message|Messaggio inoltrato)\s*-{2,}\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"^\s*_{20,}\s*$"),  # Outlook's rule above the quoted header block
]
HEADER_BLOCK = re.compile(r"^\s*\*?(From|Da)\s*:\*?\s", re.IGNORECASE)
HEADER_NEXT = re.compile(r"^\s*\*?(Sent|Date|Inviato|Data|To|A)\s*:\*?\s", re.IGNORECASE)
SIGNATURE_LINES = re.compile(
    r"^\s*(Sent from my\b|Sent from Outlook|Sent from Mail for Windows|Get Outlook for\b|Inviato da\b|Inviato dal mio\b"
    r"|Scarica Outlook per\b|Inviato con\b|Sent with\b)",
    re.IGNORECASE,
)


def trim_reply(text: str) -> str:
    """The patient's own words: without the quoted history and the mail client's signature."""
    lines = text.replace("\r\n", "\n").split("\n")
    cut = len(lines)
    for i, line in enumerate(lines):
        window = " ".join(lines[i : i + 3])  # Gmail wraps long "On ... wrote:" lines
        if any(p.match(line) for p in QUOTE_OPENERS) or (
            (line.strip().startswith(("On ", "Il giorno ", "In data ")))
            and any(p.match(window) for p in QUOTE_OPENERS[:3])
        ):
            cut = i
            break
        if HEADER_BLOCK.match(line) and any(HEADER_NEXT.match(n) for n in lines[i + 1 : i + 4]):
            cut = i
            break
        if line.startswith(">") and all(not n.strip() or n.startswith(">") for n in lines[i:]):
            cut = i
            break
    kept = lines[:cut]
    for i, line in enumerate(kept):
        if line.rstrip() in ("--", "-- "):  # RFC 3676 signature separator
            kept = kept[:i]
            break
    while kept and (not kept[-1].strip() or SIGNATURE_LINES.match(kept[-1])):
        kept.pop()
    trimmed = "\n".join(kept).strip()
    return trimmed or text.strip()


def sanitise_html(markup: str) -> str:
    """Inert HTML: no scripts, handlers, styles, frames or javascript: URLs (nh3/ammonia)."""
    return nh3.clean(
        markup, url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow"
    )


def html_to_text(markup: str) -> str:
    markup = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>|</tr>|</h\d>", "\n", markup)
    text = html_lib.unescape(nh3.clean(markup, tags=set()))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


@dataclass(frozen=True)
class ParsedMail:
    inbound: InboundMessage
    recipients: tuple[str, ...]
    message: EmailMessage


def _addresses(msg: EmailMessage, *headers: str) -> tuple[str, ...]:
    values: list[str] = []
    for header in headers:
        values += [str(v) for v in msg.get_all(header, [])]
    return tuple(addr.lower() for _name, addr in getaddresses(values) if "@" in addr)


def _date(msg: EmailMessage) -> datetime | None:
    try:
        value = parsedate_to_datetime(str(msg["Date"]))
    except (TypeError, ValueError, IndexError):
        return None
    return value if value.tzinfo is not None else None


def _content_type(part: EmailMessage, filename: str) -> str:
    declared = part.get_content_type()
    if declared == "application/octet-stream" and filename:
        guessed = mimetypes.guess_type(filename)[0]
        return guessed or declared
    return declared


def parse_mime(raw: bytes) -> ParsedMail:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(msg, EmailMessage)
    sender = parseaddr(str(msg.get("From", "")))[1].lower()
    if "@" not in sender:
        raise WebhookRejected("The message has no sender address.", 400)
    message_id = str(msg.get("Message-ID", "")).strip()
    if not message_id:
        message_id = f"<{hashlib.sha256(raw).hexdigest()}@scripta.invalid>"
    plain_part = msg.get_body(preferencelist=("plain",))
    html_part = msg.get_body(preferencelist=("html",))
    html_raw = str(html_part.get_content()) if isinstance(html_part, EmailMessage) else ""
    if isinstance(plain_part, EmailMessage):
        original = str(plain_part.get_content())
    else:
        original = html_to_text(html_raw)
    media: list[InboundMedia] = []
    for part in list(msg.iter_attachments())[:MAX_PARTS]:
        if not isinstance(part, EmailMessage):
            continue
        content = part.get_payload(decode=True)
        if not isinstance(content, bytes):
            continue  # message/rfc822 and other containers are not kept as files
        filename = str(part.get_filename() or "")
        media.append(
            InboundMedia(
                content_type=_content_type(part, filename), filename=filename, content=content
            )
        )
    inbound = InboundMessage(
        provider_message_id=message_id[:255],
        sender=sender,
        recipient="",
        body=trim_reply(original),
        sent_at=_date(msg),
        media=tuple(media),
        original=original,
        html=sanitise_html(html_raw) if html_raw else "",
        raw=raw,
    )
    recipients = _addresses(msg, "Delivered-To", "X-Original-To", "Envelope-To", "To", "Cc")
    return ParsedMail(inbound=inbound, recipients=recipients, message=msg)
