"""Who reaches a patient's privacy actions. Outsiders get 404, and the refusal is audited."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.patients.models import Patient
from scripta.patients.queries import patients_of


def patients_of_practice(user: User) -> QuerySet[Patient]:
    """Every patient of the administrator's practice (restricted and erased ones included)."""
    if (
        not user.is_authenticated
        or not user.is_active
        or not user.is_practice_admin
        or user.practice_id is None
    ):
        return Patient.objects.none()
    return Patient.objects.filter(practice_id=user.practice_id)


def _denied(request: HttpRequest, patient_id: int) -> Http404:
    record("access.denied", request=request, detail={"object": "patient", "id": patient_id})
    return Http404()


def access_patient_as_admin(request: HttpRequest, patient_id: int) -> Patient:
    patient = (
        patients_of_practice(request.user)  # type: ignore[arg-type]
        .select_related("practice")
        .filter(pk=patient_id)
        .first()
    )
    if patient is None:
        raise _denied(request, patient_id)
    return patient


def access_patient_for_export(request: HttpRequest, patient_id: int) -> Patient:
    """The practice administrator, or a treating therapist (not for restricted records)."""
    user: User = request.user  # type: ignore[assignment]
    scope = patients_of_practice(user) if user.is_practice_admin else patients_of(user)
    patient = scope.select_related("practice").filter(pk=patient_id).first()
    if patient is None or patient.is_erased:
        raise _denied(request, patient_id)
    return patient
