"""Encryption at rest (MultiFernet, keys separate from SECRET_KEY) and keyed blind indexes.

The first key of ``SCRIPTA_ENCRYPTION_KEYS`` encrypts; every key decrypts. Rotation = put the
new key first, run ``scripta rotate-keys``, then drop the old key.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from functools import lru_cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


class DecryptionError(RuntimeError):
    """A stored value cannot be decrypted with any configured key: fail loudly, never show garbage."""


@lru_cache(maxsize=8)
def _fernet_for(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured("SCRIPTA_ENCRYPTION_KEYS is empty: no key to encrypt with.")
    try:
        return MultiFernet([Fernet(key.encode("ascii")) for key in keys])
    except (ValueError, TypeError) as exc:
        raise ImproperlyConfigured("SCRIPTA_ENCRYPTION_KEYS holds a malformed Fernet key.") from exc


def fernet() -> MultiFernet:
    return _fernet_for(tuple(settings.SCRIPTA_ENCRYPTION_KEYS))


def encrypt_bytes(data: bytes) -> bytes:
    return fernet().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return fernet().decrypt(token)
    except InvalidToken as exc:
        raise DecryptionError("Stored data cannot be decrypted with the configured keys.") from exc


def encrypt_str(value: str) -> str:
    return encrypt_bytes(value.encode("utf-8")).decode("ascii")


def decrypt_str(token: str) -> str:
    return decrypt_bytes(token.encode("ascii")).decode("utf-8")


def rotate_token(token: str) -> str:
    """Re-encrypt a token under the primary key (MultiFernet.rotate keeps the original timestamp)."""
    try:
        return fernet().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken as exc:
        raise DecryptionError("Stored data cannot be decrypted with the configured keys.") from exc


def normalise_address(kind: str, value: str) -> str:
    """Canonical form of a routing address: E.164 digits for phones, lower-case for e-mail."""
    value = unicodedata.normalize("NFKC", value).strip()
    if kind == "phone":
        digits = "".join(ch for ch in value if ch.isdigit())
        return f"+{digits}"
    return value.lower()


def blind_index(kind: str, value: str) -> str:
    """Keyed HMAC of a routing address: lets inbound messages be matched without a plaintext lookup."""
    key = settings.SCRIPTA_BLIND_INDEX_KEY
    if not key:
        raise ImproperlyConfigured("SCRIPTA_BLIND_INDEX_KEY is not set.")
    message = f"{kind}:{normalise_address(kind, value)}".encode()
    return hmac.new(key.encode("utf-8"), message, hashlib.sha256).hexdigest()


class EncryptedTextField(models.TextField):
    """A text column stored as a Fernet token. Not searchable or sortable in SQL, by design."""

    description = "Text encrypted at rest"

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        if value is None:
            return value
        return decrypt_str(value)

    def get_prep_value(self, value: Any) -> str | None:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt_str(str(value))


def encrypted_fields(model: type[models.Model]) -> list[str]:
    return [f.name for f in model._meta.get_fields() if isinstance(f, EncryptedTextField)]
