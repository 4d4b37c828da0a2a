from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from scripta.accounts.models import Practice
from scripta.core.crypto import EncryptedTextField, blind_index
from scripta.core.models import TimestampedModel


class Channel(models.TextChoices):
    PORTAL = "portal", _("Web portal")
    SMS = "sms", _("SMS")
    WHATSAPP = "whatsapp", _("WhatsApp")
    EMAIL = "email", _("E-mail")


class PatientStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    CLOSED = "closed", _("Closed")


class PatientKind(models.TextChoices):
    INDIVIDUAL = "individual", _("Individual")
    COUPLE = "couple", _("Couple")
    FAMILY = "family", _("Family")


class Patient(TimestampedModel):
    practice = models.ForeignKey(Practice, on_delete=models.PROTECT, related_name="patients")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="patient_record",
    )
    therapists = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="treated_patients",
        verbose_name=_("treating therapists"),
    )
    full_name = models.CharField(_("name"), max_length=200)
    preferred_names = models.CharField(
        _("preferred names"),
        max_length=200,
        blank=True,
        help_text=_("The names the patient may sign with, separated by commas."),
    )
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    kind = models.CharField(
        _("kind"), max_length=16, choices=PatientKind.choices, default=PatientKind.INDIVIDUAL
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="it"
    )
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Rome")
    status = models.CharField(
        _("status"), max_length=16, choices=PatientStatus.choices, default=PatientStatus.ACTIVE
    )
    notes = EncryptedTextField(_("clinical notes"), blank=True, default="")
    # GDPR art. 18 / 17 (scripta.privacy): set only by the administrator's actions, never by a form.
    restricted_at = models.DateTimeField(_("restricted since"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)
    privacy_ground = models.CharField(_("ground"), max_length=32, blank=True)

    class Meta:
        ordering = ["full_name"]

    def __str__(self) -> str:
        return f"Patient #{self.pk}"  # never the name: str() ends up in logs

    @property
    def sender_names(self) -> list[str]:
        names = [n.strip() for n in self.preferred_names.split(",") if n.strip()]
        first = self.full_name.split()[0] if self.full_name.split() else ""
        if first and first not in names:
            names.append(first)
        return names

    @property
    def is_restricted(self) -> bool:
        return self.restricted_at is not None

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None

    def consented_channels(self) -> set[str]:
        # A restricted or erased record may not be written to on any channel (GDPR art. 17/18):
        # every sending path (reply, outbox, scheduler, acknowledgement) asks this one question.
        if self.restricted_at is not None or self.erased_at is not None:
            return set()
        return {c.channel for c in self.consents.all() if c.withdrawn_at is None}


class ContactKind(models.TextChoices):
    PHONE = "phone", _("Mobile phone")
    EMAIL = "email", _("E-mail")


class ContactPoint(models.Model):
    """A phone number or e-mail address, encrypted, with a keyed blind index for routing."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="contact_points")
    kind = models.CharField(max_length=8, choices=ContactKind.choices)
    value = EncryptedTextField()
    lookup = models.CharField(max_length=64, db_index=True, editable=False)

    def save(self, *args: object, **kwargs: object) -> None:
        self.lookup = blind_index(self.kind, self.value)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Consent(models.Model):
    """The patient's agreement to be contacted on one channel; withdrawal ends it."""

    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="consents")
    channel = models.CharField(max_length=16, choices=Channel.choices)
    agreement_version = models.PositiveIntegerField(default=1)
    granted_at = models.DateTimeField()
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["channel", "-granted_at"]


class AgreementTemplate(models.Model):
    """The communication agreement handed out at the first visit, per therapist and language."""

    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agreement_templates"
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    version = models.PositiveIntegerField(default=1)
    body = models.TextField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["therapist", "language"], name="one_agreement_per_language"
            )
        ]


class AgreementAcceptance(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="acceptances")
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    language = models.CharField(max_length=8)
    version = models.PositiveIntegerField()
    body_sha256 = models.CharField(max_length=64)
    accepted_at = models.DateTimeField()
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["-accepted_at"]
