"""Channel accounts (credentials encrypted at rest), the outbox, parked callbacks, first contacts."""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from scripta.accounts.models import Practice
from scripta.channels.registry import KIND_CHOICES
from scripta.conversations.models import Message
from scripta.core.crypto import EncryptedTextField
from scripta.patients.models import Patient


class ChannelAccount(models.Model):
    """One number, WhatsApp line or mailbox of a practice, and the credentials to use it."""

    practice = models.ForeignKey(
        Practice, on_delete=models.CASCADE, related_name="channel_accounts"
    )
    kind = models.CharField(_("kind"), max_length=32, choices=KIND_CHOICES)
    label = models.CharField(_("label"), max_length=100, blank=True)
    address = models.CharField(
        _("receiving address"),
        max_length=255,
        help_text=_("The number (E.164), the e-mail address, or the Meta phone-number id."),
    )
    webhook_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    credentials_json = EncryptedTextField(default="{}")
    read_receipts = models.BooleanField(
        _("send read receipts"),
        default=False,
        help_text=_(
            "Tell the patient's app when you have read their message. Off unless you choose it."
        ),
    )
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "address"], name="one_account_per_address")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pk}"

    @property
    def credentials(self) -> dict[str, Any]:
        data = json.loads(self.credentials_json or "{}")
        return data if isinstance(data, dict) else {}

    def set_credentials(self, values: dict[str, Any]) -> None:
        self.credentials_json = json.dumps(values)

    @property
    def channel(self) -> str:
        from scripta.channels.registry import get_provider

        return get_provider(self.kind).channel


class OutboxState(models.TextChoices):
    PENDING = "pending", _("Waiting to be sent")
    SENDING = "sending", _("Being sent")
    DONE = "done", _("Accepted by the provider")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


class OutboxEntry(models.Model):
    """The send bookkeeping of one outbound message: attempts, back-off, the worker's claim."""

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="outbox")
    account = models.ForeignKey(ChannelAccount, null=True, blank=True, on_delete=models.SET_NULL)
    state = models.CharField(
        max_length=16, choices=OutboxState.choices, default=OutboxState.PENDING
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error_code = models.CharField(max_length=64, blank=True)
    # WhatsApp outside the 24-hour window: an approved template instead of free text.
    template_name = models.CharField(max_length=128, blank=True)
    template_language = models.CharField(max_length=16, blank=True)
    updated_at = models.DateTimeField(auto_now=True)


class AttemptOutcome(models.TextChoices):
    STARTED = "started", _("Started")
    ACCEPTED = "accepted", _("Accepted")
    TEMPORARY = "temporary", _("Temporary error")
    PERMANENT = "permanent", _("Permanent error")
    DUPLICATE = "duplicate", _("Duplicate found by a status callback")


class SendAttempt(models.Model):
    entry = models.ForeignKey(OutboxEntry, on_delete=models.CASCADE, related_name="attempt_rows")
    number = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(
        max_length=16, choices=AttemptOutcome.choices, default=AttemptOutcome.STARTED
    )
    provider_message_id = models.CharField(max_length=255, blank=True)
    error_code = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["entry", "number", "pk"]


class ParkedStatus(models.Model):
    """A status callback for an id we do not know (yet): applied when the id appears."""

    provider = models.CharField(max_length=32)
    provider_message_id = models.CharField(max_length=255, db_index=True)
    status = models.CharField(max_length=16)
    occurred_at = models.DateTimeField(null=True, blank=True)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.CharField(max_length=500, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)


class FirstContactState(models.TextChoices):
    PENDING = "pending", _("Waiting")
    CONVERTED = "converted", _("Patient created")
    DISCARDED = "discarded", _("Discarded")


class FirstContact(models.Model):
    """A message from an unknown sender. Already clinical information: encrypted, shown to therapists."""

    account = models.ForeignKey(
        ChannelAccount, on_delete=models.CASCADE, related_name="first_contacts"
    )
    sender = EncryptedTextField()
    sender_lookup = models.CharField(max_length=64, db_index=True)
    body = EncryptedTextField(blank=True, default="")
    provider = models.CharField(max_length=32)
    provider_message_id = models.CharField(max_length=255)
    sent_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(auto_now_add=True)
    state = models.CharField(
        max_length=16, choices=FirstContactState.choices, default=FirstContactState.PENDING
    )
    patient = models.ForeignKey(
        Patient, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_message_id"], name="one_first_contact_per_message"
            )
        ]


class InboundSource(models.Model):
    """The original of an inbound message whose body was trimmed for reading (e-mail)."""

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="source")
    original_text = EncryptedTextField(blank=True, default="")
    html = EncryptedTextField(blank=True, default="")
    raw = EncryptedTextField(blank=True, default="")


class FirstContactFile(models.Model):
    """A file sent with a first contact: checked and encrypted like any attachment."""

    contact = models.ForeignKey(FirstContact, on_delete=models.CASCADE, related_name="files")
    stored_name = models.CharField(max_length=100, unique=True)
    original_name = EncryptedTextField()
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
