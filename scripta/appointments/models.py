"""Appointments: the minimum the therapist's desk needs (next session, agenda, 'after the next session').

Video sessions, iCalendar invitations and rescheduling grow here in their own issue.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from scripta.patients.models import Patient


class AppointmentKind(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    VIDEO = "video", _("Video")


class AppointmentStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Held")
    CANCELLED = "cancelled", _("Cancelled")


class Appointment(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.CASCADE, related_name="appointments")
    therapist = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="appointments"
    )
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    kind = models.CharField(
        _("kind"), max_length=16, choices=AppointmentKind.choices, default=AppointmentKind.IN_PERSON
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=AppointmentStatus.choices,
        default=AppointmentStatus.PLANNED,
    )

    class Meta:
        ordering = ["starts_at"]
