"""Read access to patients. Outsiders get 404, and the refusal is audited."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404, HttpRequest

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.patients.models import Patient


def patients_of(user: User) -> QuerySet[Patient]:
    if not user.is_authenticated or not user.is_active or not user.is_therapist:
        return Patient.objects.none()
    # Restricted and erased records leave the therapist's desk (GDPR art. 17/18): only the
    # practice administrator reaches them, through scripta.privacy.
    return Patient.objects.filter(
        therapists=user, restricted_at__isnull=True, erased_at__isnull=True
    )


def access_patient(request: HttpRequest, patient_id: int) -> Patient:
    user = request.user
    patient = patients_of(user).filter(pk=patient_id).first()  # type: ignore[arg-type]
    if patient is None:
        record("access.denied", request=request, detail={"object": "patient", "id": patient_id})
        raise Http404
    return patient


def patient_of_portal_user(request: HttpRequest) -> Patient:
    user = request.user
    patient = Patient.objects.filter(  # type: ignore[misc]
        user=user, user__is_active=True, erased_at__isnull=True
    ).first()
    if patient is None:
        raise Http404
    return patient
