"""The therapist's desk: decisions about messages, scheduled replies, boundaries and alerts.

Free text written by the therapist (notes, reasons, scheduled bodies) is clinical: encrypted.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from scripta.conversations.models import Conversation, Message
from scripta.core.crypto import EncryptedTextField
from scripta.patients.models import Channel, Patient


class SavedForSession(models.Model):
    """A message brought back into the next session; it leaves the agenda once discussed."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="saved_for_session")
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    note = EncryptedTextField(blank=True, default="")
    saved_at = models.DateTimeField(auto_now_add=True)
    discussed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["message__created_at"]
        constraints = [
            models.UniqueConstraint(fields=["message", "therapist"], name="save_message_once")
        ]


class CrisisHandling(models.Model):
    """The explicit 'handled' on a high or imminent message: the only way it leaves the top of the inbox."""

    message = models.OneToOneField(
        Message, on_delete=models.CASCADE, related_name="crisis_handling"
    )
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    note = EncryptedTextField()
    handled_at = models.DateTimeField(auto_now_add=True)


class NoReplyDecision(models.Model):
    """'No reply, deliberately': the conversation leaves the unanswered group without a message sent."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="no_reply_decisions"
    )
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    up_to = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="+")
    reason = EncryptedTextField(blank=True, default="")
    decided_at = models.DateTimeField(auto_now_add=True)


class ScheduledStatus(models.TextChoices):
    PENDING = "pending", _("Scheduled")
    SENT = "sent", _("Sent")
    CANCELLED = "cancelled", _("Cancelled")
    NOT_SENT = "not_sent", _("Not sent")


class ScheduledReply(models.Model):
    """A reply that leaves at a chosen time. Editable and cancellable until it leaves; sent once."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="scheduled_replies"
    )
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    channel = models.CharField(max_length=16, choices=Channel.choices)
    body = EncryptedTextField()
    send_at = models.DateTimeField(db_index=True)  # UTC
    status = models.CharField(
        max_length=16, choices=ScheduledStatus.choices, default=ScheduledStatus.PENDING
    )
    reason = models.CharField(
        max_length=64, blank=True
    )  # why it was not sent (code, translated in the UI)
    sent_message = models.OneToOneField(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["send_at"]


class ReplyTemplate(models.Model):
    """The therapist's reply templates by topic and language (defaults are seeded from code)."""

    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reply_templates"
    )
    topic = models.CharField(
        max_length=32
    )  # medication, cancellation, information, support, excess
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    title = models.CharField(max_length=120)
    body = models.TextField()

    class Meta:
        ordering = ["topic", "language", "title"]


class PatientBoundaries(models.Model):
    """What was agreed with the patient: rhythm of messages, long e-mails, read receipts, signature."""

    patient = models.OneToOneField(Patient, on_delete=models.CASCADE, related_name="boundaries")
    max_messages = models.PositiveSmallIntegerField(null=True, blank=True)
    per_days = models.PositiveSmallIntegerField(default=7)
    max_email_chars = models.PositiveIntegerField(null=True, blank=True)
    agreement_note = models.CharField(
        max_length=300, blank=True
    )  # e.g. "e-mails only during holidays"
    # Read receipts at the provider: off unless the therapist chooses so for this patient.
    read_receipts = models.BooleanField(default=False)
    signature = models.CharField(max_length=120, blank=True)  # per-patient signature, optional


class TherapistSettings(models.Model):
    therapist = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="desk_settings"
    )
    signature_initials = models.CharField(max_length=20, blank=True)
    auto_ack_enabled = models.BooleanField(default=False)
    auto_ack_text_en = models.TextField(blank=True)
    auto_ack_text_it = models.TextField(blank=True)
    alert_by_email = models.BooleanField(default=True)
    alert_by_sms = models.BooleanField(default=False)
    alert_phone = EncryptedTextField(blank=True, default="")
    safety_message_enabled = models.BooleanField(default=False)
    safety_message_en = models.TextField(blank=True)
    safety_message_it = models.TextField(blank=True)


class OfficeHours(models.Model):
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="office_hours"
    )
    weekday = models.PositiveSmallIntegerField()  # 0 = Monday
    starts = models.TimeField()
    ends = models.TimeField()
    callback = models.BooleanField(
        default=False, help_text=_("A window in which patients may call to book.")
    )

    class Meta:
        ordering = ["weekday", "starts"]


class CrisisAlert(models.Model):
    """An alert sent to the treating therapist: carries no patient content, only a link."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="crisis_alerts")
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    routes = models.CharField(max_length=64)  # "email,sms"
    created_at = models.DateTimeField(auto_now_add=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    safety_message = models.OneToOneField(
        Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["message", "therapist"], name="one_alert_per_message")
        ]


class PresenceCheck(models.Model):
    """The therapist's own checklist for their presence on messaging apps and social networks."""

    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="presence_checks"
    )
    item = models.CharField(max_length=64)
    checked_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["therapist", "item"], name="one_check_per_item")
        ]
