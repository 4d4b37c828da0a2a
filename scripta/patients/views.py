from __future__ import annotations

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from scripta.accounts.decorators import patient_required, therapist_required
from scripta.audit.actions import record
from scripta.core.http import AuthedRequest
from scripta.patients.actions import (
    do_accept_agreement,
    do_change_consent,
    do_invite_patient,
    do_save_notes,
    do_save_patient,
)
from scripta.patients.agreement import agreement_pdf, agreement_text
from scripta.patients.forms import ConsentForm, NotesForm, PatientForm
from scripta.patients.models import ContactKind, Patient
from scripta.patients.queries import access_patient, patient_of_portal_user, patients_of


@therapist_required
@require_GET
def patient_list(request: AuthedRequest) -> HttpResponse:
    patients = list(patients_of(request.user).select_related("conversation"))
    record("patient.list", request=request, detail={"count": len(patients)})
    return TemplateResponse(request, "patients/list.html", {"patients": patients})


def _contact_initial(patient: Patient) -> dict[str, str]:
    values = {cp.kind: cp.value for cp in patient.contact_points.all()}
    return {"mobile": values.get(ContactKind.PHONE, ""), "email": values.get(ContactKind.EMAIL, "")}


@therapist_required
@require_http_methods(["GET", "POST"])
def patient_edit(request: AuthedRequest, patient_id: int | None = None) -> HttpResponse:
    patient = (
        access_patient(request, patient_id)
        if patient_id
        else Patient(timezone=request.user.timezone)
    )
    initial = _contact_initial(patient) if patient.pk else {}
    form = PatientForm(request.POST or None, instance=patient, initial=initial)
    if request.method == "POST" and form.is_valid():
        patient = do_save_patient(
            request.user,
            form.save(commit=False),
            mobile=form.cleaned_data["mobile"],
            email=form.cleaned_data["email"],
            request=request,
        )
        messages.success(request, _("Patient record saved."))
        return redirect("patients:detail", patient_id=patient.pk)
    if patient.pk:
        record("patient.view_form", request=request, patient_id=patient.pk, obj=patient)
    return TemplateResponse(request, "patients/edit.html", {"form": form, "patient": patient})


@therapist_required
@require_http_methods(["GET", "POST"])
def patient_detail(request: AuthedRequest, patient_id: int) -> HttpResponse:
    patient = access_patient(request, patient_id)
    notes_form = NotesForm(request.POST or None, initial={"notes": patient.notes})
    if request.method == "POST" and notes_form.is_valid():
        do_save_notes(request.user, patient, notes_form.cleaned_data["notes"], request=request)
        messages.success(request, _("Notes saved."))
        return redirect("patients:detail", patient_id=patient.pk)
    record("patient.view", request=request, patient_id=patient.pk, obj=patient)
    context = {
        "patient": patient,
        "contacts": _contact_initial(patient),
        "consents": list(patient.consents.all()),
        "acceptances": list(patient.acceptances.select_related("therapist")),
        "notes_form": notes_form,
        "consent_form": ConsentForm(),
    }
    return TemplateResponse(request, "patients/detail.html", context)


@therapist_required
@require_POST
def consent_change(request: AuthedRequest, patient_id: int) -> HttpResponse:
    patient = access_patient(request, patient_id)
    form = ConsentForm(request.POST)
    if form.is_valid():
        do_change_consent(
            request.user,
            patient,
            form.cleaned_data["channel"],
            grant=form.cleaned_data["action"] == "grant",
            request=request,
        )
        messages.success(request, _("Consent updated."))
    return redirect("patients:detail", patient_id=patient.pk)


@therapist_required
@require_POST
def invite(request: AuthedRequest, patient_id: int) -> HttpResponse:
    patient = access_patient(request, patient_id)
    link = do_invite_patient(request.user, patient, request)
    return TemplateResponse(request, "patients/invited.html", {"patient": patient, "link": link})


@therapist_required
@require_GET
def agreement(request: AuthedRequest, patient_id: int) -> HttpResponse:
    patient = access_patient(request, patient_id)
    language = request.GET.get("lang") or patient.language
    template, body = agreement_text(patient, request.user, language)
    record("agreement.view", request=request, patient_id=patient.pk, obj=patient)
    if request.GET.get("format") == "pdf":
        record("agreement.export_pdf", request=request, patient_id=patient.pk, obj=patient)
        response = HttpResponse(
            agreement_pdf(patient, request.user, body, template.language),
            content_type="application/pdf",
        )
        response["Content-Disposition"] = (
            f'attachment; filename="agreement-{patient.pk}-{template.language}.pdf"'
        )
        return response
    return TemplateResponse(
        request,
        "patients/agreement.html",
        {
            "patient": patient,
            "paragraphs": body.strip().split("\n"),
            "template": template,
            "portal": False,
        },
    )


@therapist_required
@require_POST
def agreement_record(request: AuthedRequest, patient_id: int) -> HttpResponse:
    """The therapist records an acceptance signed on paper at the first visit."""
    patient = access_patient(request, patient_id)
    do_accept_agreement(
        request.user,
        patient,
        request.user,
        request.POST.get("lang") or patient.language,
        request=request,
    )
    messages.success(request, _("Acceptance recorded."))
    return redirect("patients:detail", patient_id=patient.pk)


@patient_required
@require_http_methods(["GET", "POST"])
def portal_agreement(request: AuthedRequest) -> HttpResponse:
    patient = patient_of_portal_user(request)
    therapist = patient.therapists.order_by("pk").first()
    if therapist is None:
        return redirect("portal")
    if request.method == "POST":
        do_accept_agreement(request.user, patient, therapist, patient.language, request=request)
        messages.success(request, _("Thank you: your acceptance has been recorded."))
        return redirect("portal")
    template, body = agreement_text(patient, therapist)
    record("agreement.view", request=request, patient_id=patient.pk, obj=patient)
    return TemplateResponse(
        request,
        "patients/agreement.html",
        {
            "patient": patient,
            "paragraphs": body.strip().split("\n"),
            "template": template,
            "portal": True,
        },
    )
