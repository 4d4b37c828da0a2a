"""Thin views: parse, access_*, do_*, render. Administrators: /privacy/...; the treating
therapist's export: /patients/<id>/export/; the patient's own download: /portal/my-data/."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from scripta.accounts.decorators import (
    patient_required,
    practice_admin_required,
    therapist_required,
)
from scripta.audit.actions import record
from scripta.conversations.models import Attachment, Message
from scripta.core.http import AuthedRequest
from scripta.patients.models import Patient
from scripta.patients.queries import patient_of_portal_user
from scripta.privacy.actions import (
    PrivacyStateError,
    do_erase_patient,
    do_export_patient,
    do_lift_restriction,
    do_restrict_patient,
)
from scripta.privacy.forms import EraseForm, ExportForm, RestrictForm, confirmation_phrase
from scripta.privacy.queries import (
    access_patient_as_admin,
    access_patient_for_export,
    patients_of_practice,
)


def _zip_response(patient: Patient, content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type="application/zip")
    day = timezone.localdate().isoformat()
    response["Content-Disposition"] = (
        f'attachment; filename="scripta-patient-{patient.pk}-{day}.zip"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "no-store"
    return response


@practice_admin_required
@require_GET
def index(request: AuthedRequest) -> HttpResponse:
    patients = list(patients_of_practice(request.user).order_by("pk"))
    record("privacy.list", request=request, detail={"count": len(patients)})
    return TemplateResponse(request, "privacy/index.html", {"patients": patients})


def _patient_page(
    request: AuthedRequest,
    patient: Patient,
    *,
    restrict_form: RestrictForm | None = None,
    status: int = 200,
) -> HttpResponse:
    messages_qs = Message.objects.filter(conversation__patient=patient)
    context = {
        "patient": patient,
        "counts": {
            "messages": messages_qs.count(),
            "held": messages_qs.filter(held=True).count(),
            "attachments": Attachment.objects.filter(message__in=messages_qs).count(),
        },
        "export_form": ExportForm(),
        "restrict_form": restrict_form or RestrictForm(),
    }
    return TemplateResponse(request, "privacy/patient.html", context, status=status)


@practice_admin_required
@require_GET
def patient(request: AuthedRequest, patient_id: int) -> HttpResponse:
    """Read-only: the record's state and counts, never its content."""
    target = access_patient_as_admin(request, patient_id)
    record("privacy.view", request=request, patient_id=target.pk, obj=target)
    return _patient_page(request, target)


@practice_admin_required
@require_POST
def export(request: AuthedRequest, patient_id: int) -> HttpResponse:
    target = access_patient_as_admin(request, patient_id)
    form = ExportForm(request.POST)
    if target.is_erased or not form.is_valid():
        return redirect("privacy:patient", patient_id=target.pk)
    content = do_export_patient(
        request.user,
        target,
        include_notes=form.cleaned_data["include_notes"],
        request=request,
    )
    return _zip_response(target, content)


@practice_admin_required
@require_POST
def restrict(request: AuthedRequest, patient_id: int) -> HttpResponse:
    target = access_patient_as_admin(request, patient_id)
    form = RestrictForm(request.POST)
    if not form.is_valid():
        return _patient_page(request, target, restrict_form=form, status=400)
    try:
        do_restrict_patient(
            request.user, target, ground=form.cleaned_data["ground"], request=request
        )
    except PrivacyStateError:
        messages.error(request, _("This record cannot be restricted in its current state."))
    else:
        messages.success(request, _("The record is restricted: nothing is sent, nothing is read."))
    return redirect("privacy:patient", patient_id=target.pk)


@practice_admin_required
@require_POST
def lift(request: AuthedRequest, patient_id: int) -> HttpResponse:
    target = access_patient_as_admin(request, patient_id)
    try:
        held = do_lift_restriction(request.user, target, request=request)
    except PrivacyStateError:
        messages.error(request, _("This record is not restricted."))
    else:
        messages.success(
            request,
            _("Restriction lifted. Messages held meanwhile: %(count)s.") % {"count": held},
        )
    return redirect("privacy:patient", patient_id=target.pk)


@practice_admin_required
@require_http_methods(["GET", "POST"])
def erase(request: AuthedRequest, patient_id: int) -> HttpResponse:
    target = access_patient_as_admin(request, patient_id)
    if target.is_erased:
        return redirect("privacy:patient", patient_id=target.pk)
    form = EraseForm(request.POST or None, patient=target)
    if request.method == "POST" and form.is_valid():
        do_erase_patient(
            request.user,
            target,
            ground=form.cleaned_data["ground"],
            reference=form.cleaned_data["reference"],
            request=request,
        )
        messages.success(request, _("The patient's data has been erased."))
        return redirect("privacy:patient", patient_id=target.pk)
    if request.method == "GET":
        record("privacy.erase_form", request=request, patient_id=target.pk, obj=target)
    context = {"patient": target, "form": form, "phrase": confirmation_phrase(target)}
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "privacy/erase.html", context, status=status)


@therapist_required
@require_POST
def therapist_export(request: AuthedRequest, patient_id: int) -> HttpResponse:
    """The treating therapist answers an access request from the patient's record page."""
    target = access_patient_for_export(request, patient_id)
    form = ExportForm(request.POST)
    include_notes = form.is_valid() and form.cleaned_data["include_notes"]
    content = do_export_patient(request.user, target, include_notes=include_notes, request=request)
    return _zip_response(target, content)


@patient_required
@require_http_methods(["GET", "POST"])
def portal_export(request: AuthedRequest) -> HttpResponse:
    """The patient downloads their own data: no id in the URL, so no one else's can be asked for.
    The therapist's personal notes are not included (the patient may ask the practice)."""
    own = patient_of_portal_user(request)
    if request.method == "POST":
        content = do_export_patient(request.user, own, include_notes=False, request=request)
        return _zip_response(own, content)
    return TemplateResponse(request, "privacy/portal_export.html", {"patient": own})
