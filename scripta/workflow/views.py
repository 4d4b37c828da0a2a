"""The therapist's desk: save for session, agenda (page and PDF), no-reply, crisis handled,
the composer's live checks, and the reply templates. Thin views: parse, access, act, render."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from scripta.accounts.decorators import therapist_required
from scripta.audit.actions import record
from scripta.conversations.models import Direction
from scripta.conversations.queries import access_conversation, access_message
from scripta.core.http import AuthedRequest
from scripta.patients.queries import access_patient
from scripta.workflow import agenda, composer, desk
from scripta.workflow.forms import (
    CheckForm,
    HandledForm,
    NoReplyForm,
    ReplyTemplateForm,
    SaveForSessionForm,
)
from scripta.workflow.models import (
    PatientBoundaries,
    ReplyTemplate,
    SavedForSession,
    TherapistSettings,
)
from scripta.workflow.reply_templates import TOPICS, templates_for


def _back_to(conversation_id: int) -> HttpResponse:
    return redirect("conversations:detail", conversation_id=conversation_id)


@therapist_required
@require_POST
def save_for_session(request: AuthedRequest, message_id: int) -> HttpResponse:
    message = access_message(request, message_id)
    form = SaveForSessionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The note is too long."))
        return _back_to(message.conversation_id)
    desk.do_save_for_session(request.user, message, note=form.cleaned_data["note"], request=request)
    messages.success(request, _("Saved for the next session."))
    return _back_to(message.conversation_id)


@therapist_required
@require_POST
def crisis_handled(request: AuthedRequest, message_id: int) -> HttpResponse:
    message = access_message(request, message_id)
    form = HandledForm(request.POST)
    if not form.is_valid():
        record(
            "crisis.handled_refused",
            request=request,
            patient_id=message.conversation.patient_id,
            obj=message,
            detail={"reason": "note_required"},
        )
        messages.error(request, _("Write what you did: the note is required."))
        return _back_to(message.conversation_id)
    try:
        desk.do_handle_crisis(
            request.user, message, note=form.cleaned_data["note"], request=request
        )
    except desk.DeskError:
        messages.error(request, _("This message is not an open crisis."))
    else:
        messages.success(request, _("Marked as handled, with your note."))
    return _back_to(message.conversation_id)


@therapist_required
@require_POST
def no_reply(request: AuthedRequest, conversation_id: int) -> HttpResponse:
    conversation = access_conversation(request, conversation_id)
    form = NoReplyForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The reason is too long."))
        return _back_to(conversation.pk)
    try:
        desk.do_no_reply(
            request.user, conversation, reason=form.cleaned_data["reason"], request=request
        )
    except desk.DeskError:
        messages.error(request, _("There is no message from the patient to leave unanswered."))
    else:
        messages.success(request, _("No reply, deliberately: noted."))
    return _back_to(conversation.pk)


@therapist_required
@require_POST
def send_whatsapp_template(request: AuthedRequest, conversation_id: int) -> HttpResponse:
    """Outside WhatsApp's 24-hour window only an approved template may leave: send the one chosen."""
    from scripta.channels.actions import TemplateNotApproved, do_send_template
    from scripta.conversations.actions import ConsentMissing

    conversation = access_conversation(request, conversation_id)
    name = request.POST.get("name", "")[:200]
    language = request.POST.get("language", "")[:20]
    try:
        do_send_template(request.user, conversation, name=name, language=language, request=request)
    except TemplateNotApproved:
        messages.error(request, _("This template is not among the approved ones."))
    except ConsentMissing:
        messages.error(request, _("The patient has not agreed to be contacted on WhatsApp."))
    else:
        messages.success(request, _("Template queued for WhatsApp."))
    return _back_to(conversation.pk)


@therapist_required
@require_POST
def composer_check(request: AuthedRequest, conversation_id: int) -> HttpResponse:
    """The composer's live advice (htmx, as the therapist types). Advice only: never blocks."""
    conversation = access_conversation(request, conversation_id)
    form = CheckForm(request.POST)
    form.is_valid()
    text: str = form.cleaned_data.get("body", "")
    channel: str = form.cleaned_data.get("channel", "")
    patient = conversation.patient
    choices = composer.signatures(
        request.user,
        TherapistSettings.objects.filter(therapist=request.user).first(),
        PatientBoundaries.objects.filter(patient=patient).first(),
    )
    last_inbound = (
        conversation.messages.filter(direction=Direction.INBOUND).order_by("-created_at").first()
    )
    context = {
        "checks": composer.reply_checks(
            text,
            signature_choices=choices,
            patient=patient,
            patient_message=last_inbound.body if last_inbound else None,
        ),
        "advice": composer.channel_advice(channel, text, conversation),
        "has_text": bool(text.strip()),
    }
    return TemplateResponse(request, "workflow/desk/_checks.html", context)


@therapist_required
@require_GET
def agenda_page(request: AuthedRequest, patient_id: int) -> HttpResponse:
    patient = access_patient(request, patient_id)
    items = list(agenda.agenda_items(request.user, patient))
    record("agenda.view", request=request, patient_id=patient.pk, detail={"items": len(items)})
    context = {
        "patient": patient,
        "appointment": agenda.next_appointment(patient, request.user),
        "items": items,
    }
    return TemplateResponse(request, "workflow/desk/agenda.html", context)


def _no_fetch(url: str, *args: object, **kwargs: object) -> dict[str, object]:
    raise ValueError("the agenda PDF loads nothing from outside")


@therapist_required
@require_GET
def agenda_pdf(request: AuthedRequest, patient_id: int) -> HttpResponse:
    from weasyprint import HTML

    patient = access_patient(request, patient_id)
    items = list(agenda.agenda_items(request.user, patient))
    html = render_to_string(
        "workflow/desk/agenda_pdf.html",
        {
            "patient": patient,
            "appointment": agenda.next_appointment(patient, request.user),
            "items": items,
            "therapist": request.user,
            "printed_at": timezone.now(),
        },
        request=request,
    )
    pdf = HTML(string=html, url_fetcher=_no_fetch).write_pdf()
    record(
        "agenda.export",
        request=request,
        patient_id=patient.pk,
        detail={"format": "pdf", "items": len(items)},
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="agenda-{patient.pk}.pdf"'
    response["Cache-Control"] = "no-store"
    return response


@therapist_required
@require_POST
def mark_discussed(request: AuthedRequest, saved_id: int) -> HttpResponse:
    saved = (
        SavedForSession.objects.select_related("message__conversation")
        .filter(
            pk=saved_id,
            therapist=request.user,
            message__conversation__patient__therapists=request.user,
        )
        .first()
    )
    if saved is None:
        record("access.denied", request=request, detail={"object": "saved", "id": saved_id})
        raise Http404
    desk.do_mark_discussed(request.user, saved, request=request)
    if request.htmx:
        return HttpResponse("")  # the item leaves the agenda
    return redirect("workflow:agenda", patient_id=saved.message.conversation.patient_id)


@therapist_required
@require_GET
def template_list(request: AuthedRequest) -> HttpResponse:
    templates = templates_for(request.user)
    record("templates.view", request=request, detail={"templates": len(templates)})
    return TemplateResponse(
        request, "workflow/desk/templates.html", {"templates": templates, "topics": TOPICS}
    )


def _access_template(request: AuthedRequest, template_id: int) -> ReplyTemplate:
    template = ReplyTemplate.objects.filter(pk=template_id, therapist=request.user).first()
    if template is None:
        record("access.denied", request=request, detail={"object": "template", "id": template_id})
        raise Http404
    return template


def _template_form_view(request: AuthedRequest, template: ReplyTemplate | None) -> HttpResponse:
    initial = None
    if template is not None:
        initial = {
            "topic": template.topic,
            "language": template.language,
            "title": template.title,
            "body": template.body,
        }
    if request.method == "POST" and template is not None and "delete" in request.POST:
        desk.do_delete_template(request.user, template, request=request)
        messages.success(request, _("Template deleted."))
        return redirect("workflow:templates")
    form = ReplyTemplateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        desk.do_save_template(request.user, template, request=request, **form.cleaned_data)
        messages.success(request, _("Template saved."))
        return redirect("workflow:templates")
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(
        request,
        "workflow/desk/template_form.html",
        {"form": form, "template": template},
        status=status,
    )


@therapist_required
@require_http_methods(["GET", "POST"])
def template_new(request: AuthedRequest) -> HttpResponse:
    return _template_form_view(request, None)


@therapist_required
@require_http_methods(["GET", "POST"])
def template_edit(request: AuthedRequest, template_id: int) -> HttpResponse:
    return _template_form_view(request, _access_template(request, template_id))
