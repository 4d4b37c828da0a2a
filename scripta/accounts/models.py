from __future__ import annotations

import hashlib
from datetime import timedelta
from zoneinfo import available_timezones

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def timezone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(available_timezones()) if "/" in name]


class Practice(models.Model):
    """A centre (or a therapist working alone): the unit that owns channels and patients."""

    name = models.CharField(_("name"), max_length=200)
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Rome")
    emergency_number = models.CharField(_("emergency number"), max_length=40, default="112")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.name


class Role(models.TextChoices):
    THERAPIST = "therapist", _("Therapist")
    PATIENT = "patient", _("Patient")
    ADMIN = "admin", _("Practice administrator")


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.THERAPIST)
    practice = models.ForeignKey(
        Practice, null=True, blank=True, on_delete=models.PROTECT, related_name="users"
    )
    timezone = models.CharField(_("time zone"), max_length=64, default="Europe/Rome")
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    signature = models.CharField(
        _("signature"), max_length=120, blank=True, help_text=_("E.g. 'Dr. E. Bianchi' or 'gmm'.")
    )

    @property
    def is_therapist(self) -> bool:
        return self.role == Role.THERAPIST

    @property
    def is_patient(self) -> bool:
        return self.role == Role.PATIENT

    @property
    def is_practice_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def needs_two_factor(self) -> bool:
        return self.role in (Role.THERAPIST, Role.ADMIN) or self.is_staff

    @property
    def display_name(self) -> str:
        return self.get_full_name() or self.username


class UserSession(models.Model):
    """Which session keys belong to which user, so that deactivation can end them all."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="tracked_sessions")
    session_key = models.CharField(max_length=64, unique=True)
    started_at = models.DateTimeField(default=timezone.now)


class Invitation(models.Model):
    """A single-use link by which a therapist invites a patient to the portal (72 h)."""

    VALIDITY = timedelta(hours=72)

    patient = models.ForeignKey(
        "patients.Patient", on_delete=models.CASCADE, related_name="invitations"
    )
    created_by = models.ForeignKey(User, on_delete=models.PROTECT, related_name="+")
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    used_at = models.DateTimeField(null=True, blank=True)

    @staticmethod
    def hash_token(token: str) -> str:
        return hashlib.sha256(token.encode("utf-8")).hexdigest()

    @property
    def is_usable(self) -> bool:
        return self.used_at is None and timezone.now() < self.expires_at
