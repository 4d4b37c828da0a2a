"""E-mail: outbound through Django's mail backends, inbound via MTA pipe, anymail or IMAP."""

from __future__ import annotations

import smtplib
import socket
from email.utils import formataddr
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils import translation
from django.utils.translation import gettext as _

from scripta.channels.base import ChannelError, Outgoing, PermanentError, Provider, TemporaryError

if TYPE_CHECKING:
    from scripta.channels.models import ChannelAccount


def smtp_timeout() -> float:
    return float(getattr(settings, "SCRIPTA_CHANNELS_HTTP_TIMEOUT", 15))


class Email(Provider):
    kind = "email"
    channel = "email"
    label = "E-mail"
    contact_kind = "email"
    credential_fields = ("smtp_host", "smtp_port", "smtp_username", "smtp_password", "smtp_use_tls")
    has_webhook = False  # inbound: `scripta ingest-email`, /channels/anymail/<esp>/inbound/, IMAP

    def connection(self, account: ChannelAccount) -> Any:
        creds = account.credentials
        if creds.get("smtp_host"):
            return get_connection(
                "django.core.mail.backends.smtp.EmailBackend",
                host=creds["smtp_host"],
                port=int(creds.get("smtp_port", 587)),
                username=creds.get("smtp_username") or None,
                password=creds.get("smtp_password") or None,
                use_tls=bool(creds.get("smtp_use_tls", False)),
                timeout=smtp_timeout(),
            )
        return get_connection()  # the install's EMAIL_BACKEND (SMTP by default, or anymail)

    def send(self, message: Outgoing, account: ChannelAccount) -> str:
        with translation.override(message.language):
            subject = message.subject or _("A message from %(practice)s") % {
                "practice": account.practice.name
            }
        headers = {"Message-ID": message.message_id_header}
        if message.in_reply_to:
            headers["In-Reply-To"] = message.in_reply_to
        if message.references:
            headers["References"] = " ".join(message.references)
        email = EmailMessage(
            subject=subject,
            body=message.body,
            from_email=formataddr((account.practice.name, account.address)),
            to=[message.to],
            headers=headers,
            connection=self.connection(account),
        )
        try:
            email.send(fail_silently=False)
        except Exception as exc:
            raise classify(exc) from exc
        return provider_id(email, message.message_id_header)


def provider_id(email: EmailMessage, message_id_header: str) -> str:
    """The id the ESP's tracking webhook will name: anymail's ``message_id`` through an anymail
    backend; otherwise (SMTP) our own Message-ID header, which is what an SMTP relay reports."""
    status = getattr(email, "anymail_status", None)
    esp_id = getattr(status, "message_id", None)
    if isinstance(esp_id, str | int) and str(esp_id):
        return str(esp_id)[:255]
    return message_id_header


def _smtp_code(exc: Exception) -> int:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in exc.recipients.values()]
        return min(codes) if codes else 0
    return int(getattr(exc, "smtp_code", 0) or 0)


def classify(exc: Exception) -> ChannelError:
    """SMTP 5xx (and ESP 4xx) are permanent; 4xx SMTP replies, timeouts, refused connections retry."""
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return PermanentError("auth_failed", str(exc.smtp_code))
    if isinstance(
        exc, smtplib.SMTPServerDisconnected | smtplib.SMTPConnectError | socket.timeout | OSError
    ) and not isinstance(exc, smtplib.SMTPResponseException | smtplib.SMTPRecipientsRefused):
        return TemporaryError("network", type(exc).__name__)
    if isinstance(exc, smtplib.SMTPException):
        code = _smtp_code(exc)
        if 400 <= code < 500:
            return TemporaryError(f"smtp_{code}")
        if isinstance(exc, smtplib.SMTPRecipientsRefused):
            return PermanentError("invalid_recipient", str(code))
        return PermanentError("rejected", str(code))
    status = int(getattr(exc, "status_code", 0) or 0)  # anymail's AnymailAPIError
    if (
        status >= 500
        or status == 429
        or (type(exc).__name__ == "AnymailRequestsAPIError" and status == 0)
    ):
        return TemporaryError(f"esp_{status}")
    if type(exc).__name__ == "AnymailRecipientsRefused":
        return PermanentError("invalid_recipient")
    if status:
        return PermanentError("rejected", str(status))
    return TemporaryError("internal", type(exc).__name__)
