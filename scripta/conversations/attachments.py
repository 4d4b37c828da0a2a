"""Attachments: checked for size and type, encrypted, stored under generated names."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from scripta.conversations.models import Attachment, Message
from scripta.core.crypto import decrypt_bytes, encrypt_bytes, rotate_token

# Leading bytes of the types we accept; a declared type whose bytes disagree is refused.
MAGIC = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/webp": (b"RIFF",),
    "application/pdf": (b"%PDF-",),
    "audio/ogg": (b"OggS",),
    "audio/mpeg": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
}


class AttachmentRejected(ValueError):
    pass


def attachment_dir() -> Path:
    path = Path(settings.MEDIA_ROOT) / "attachments"
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_attachment(content: bytes, content_type: str) -> None:
    if len(content) > settings.SCRIPTA_ATTACHMENT_MAX_BYTES:
        raise AttachmentRejected(_("The file is too large."))
    if content_type not in settings.SCRIPTA_ATTACHMENT_TYPES:
        raise AttachmentRejected(_("This type of file is not accepted."))
    signatures = MAGIC.get(content_type)
    if signatures and not content.startswith(signatures):
        raise AttachmentRejected(_("The file's content does not match its type."))


@dataclass(frozen=True)
class IncomingFile:
    content: bytes
    content_type: str
    name: str


def read_upload(upload: UploadedFile) -> IncomingFile:
    limit = settings.SCRIPTA_ATTACHMENT_MAX_BYTES
    if upload.size is not None and upload.size > limit:
        raise AttachmentRejected(_("The file is too large."))
    content = upload.read(limit + 1)
    return IncomingFile(
        content=content, content_type=upload.content_type or "", name=upload.name or "file"
    )


def store_attachment(
    message: Message, *, content: bytes, content_type: str, original_name: str
) -> Attachment:
    check_attachment(content, content_type)
    stored_name = secrets.token_hex(16) + settings.SCRIPTA_ATTACHMENT_TYPES[content_type]
    (attachment_dir() / stored_name).write_bytes(encrypt_bytes(content))
    return Attachment.objects.create(
        message=message,
        stored_name=stored_name,
        original_name=Path(original_name.replace("\\", "/")).name[:200] or "file",
        content_type=content_type,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
    )


def read_attachment(attachment: Attachment) -> bytes:
    return decrypt_bytes((attachment_dir() / attachment.stored_name).read_bytes())


def rotate_attachment_files() -> int:
    count = 0
    for path in attachment_dir().iterdir():
        if path.is_file():
            path.write_bytes(rotate_token(path.read_text("ascii")).encode("ascii"))
            count += 1
    return count
