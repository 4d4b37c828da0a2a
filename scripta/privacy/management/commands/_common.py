from __future__ import annotations

from django.core.management.base import CommandError

from scripta.accounts.models import User
from scripta.patients.models import Patient


def admin_and_patient(username: str, patient_id: int) -> tuple[User, Patient]:
    """The command runs in the name of a practice administrator of the patient's practice."""
    user = User.objects.filter(username=username, is_active=True).first()
    patient = Patient.objects.filter(pk=patient_id).first()
    if user is None or not user.is_practice_admin:
        raise CommandError("--by must name an active practice administrator.")
    if patient is None or patient.practice_id != user.practice_id:
        raise CommandError("No such patient in that administrator's practice.")
    return user, patient
