"""Webhook signatures computed as the providers document them (independently of our verifier)."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping


def twilio_signature(auth_token: str, url: str, params: Mapping[str, str]) -> str:
    """Twilio: HMAC-SHA1(auth token, URL + each POST key+value sorted by key), base64."""
    data = url + "".join(f"{key}{params[key]}" for key in sorted(params))
    digest = hmac.new(auth_token.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def meta_signature(app_secret: str, raw_body: bytes) -> str:
    """Meta: ``sha256=`` + HMAC-SHA256(app secret, raw request body), hex."""
    return "sha256=" + hmac.new(app_secret.encode(), raw_body, hashlib.sha256).hexdigest()


def mailgun_signature(signing_key: str, timestamp: str, token: str) -> str:
    """Mailgun (used through anymail): HMAC-SHA256(signing key, timestamp + token), hex."""
    return hmac.new(
        signing_key.encode(), f"{timestamp}{token}".encode(), hashlib.sha256
    ).hexdigest()
