from __future__ import annotations

import json
from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from scripta.core.crypto import EncryptedTextField
from scripta.patients.models import Channel, Patient


class Conversation(models.Model):
    """One timeline per patient, across every channel."""

    patient = models.OneToOneField(Patient, on_delete=models.CASCADE, related_name="conversation")
    last_message_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_inbound_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Conversation #{self.pk}"


class Direction(models.TextChoices):
    INBOUND = "in", _("From the patient")
    OUTBOUND = "out", _("From the therapist")


class DeliveryStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    FAILED = "failed", _("Failed")
    CANCELLED = "cancelled", _("Cancelled")


# Status callbacks may arrive out of order: a status never moves back to a lower rank.
STATUS_RANK = {
    DeliveryStatus.QUEUED: 1,
    DeliveryStatus.SENT: 2,
    DeliveryStatus.DELIVERED: 3,
    DeliveryStatus.FAILED: 3,
    DeliveryStatus.CANCELLED: 3,
    DeliveryStatus.RECEIVED: 3,
}


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="messages"
    )
    direction = models.CharField(max_length=3, choices=Direction.choices)
    channel = models.CharField(max_length=16, choices=Channel.choices)
    body = EncryptedTextField()
    sender = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    received_at = models.DateTimeField(_("received at"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    provider = models.CharField(max_length=32, default="portal")
    provider_message_id = models.CharField(max_length=255, null=True, blank=True)  # noqa: DJ001 - unique only when present
    status = models.CharField(max_length=16, choices=DeliveryStatus.choices)
    error_code = models.CharField(max_length=64, blank=True)
    error_message = models.CharField(max_length=500, blank=True)
    # Sent by Scripta on the therapist's behalf (an acknowledgement, a safety message): not a
    # reply, so it neither answers the conversation nor marks it read.
    automatic = models.BooleanField(default=False)
    # Arrived while the patient's record was restricted (GDPR art. 18): stored encrypted, hidden
    # from the therapist with the record, not read by the engine, never acknowledged.
    held = models.BooleanField(default=False)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "provider_message_id"],
                condition=Q(provider_message_id__isnull=False),
                name="unique_provider_message_id",
            )
        ]
        indexes = [models.Index(fields=["conversation", "direction", "created_at"])]

    def __str__(self) -> str:
        return f"Message #{self.pk} ({self.direction}, {self.channel})"

    @property
    def is_inbound(self) -> bool:
        return self.direction == Direction.INBOUND


class Attachment(models.Model):
    """A file sent with a message: encrypted on disk under a generated name."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    stored_name = models.CharField(max_length=100, unique=True)
    original_name = EncryptedTextField()
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)


class ReadState(models.Model):
    """The therapist's private reading state. Never shown to the patient, in any form."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="read_states"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    last_read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["conversation", "user"], name="one_read_state")
        ]


class MessageReading(models.Model):
    """What the reading engine found in an inbound message (details encrypted: they are clinical)."""

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="reading")
    engine_version = models.CharField(max_length=32)
    risk_rank = models.PositiveSmallIntegerField(default=0, db_index=True)
    priority = models.IntegerField(default=0, db_index=True)
    details_json = EncryptedTextField()
    read_at = models.DateTimeField(auto_now=True)

    @property
    def details(self) -> dict[str, Any]:
        return json.loads(self.details_json)  # type: ignore[no-any-return]
