from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from scripta.accounts.decorators import patient_required, therapist_required
from scripta.audit.actions import record
from scripta.conversations.actions import (
    ConsentMissing,
    conversation_for,
    do_mark_read,
    do_receive_message,
    do_send_reply,
)
from scripta.conversations.attachments import AttachmentRejected, read_attachment, read_upload
from scripta.conversations.forms import InboxFilterForm, PortalMessageForm, ReplyForm
from scripta.conversations.models import Attachment, Conversation, Message
from scripta.conversations.queries import (
    access_conversation,
    timeline,
    unread_total,
)
from scripta.core.http import AuthedRequest
from scripta.patients.models import Channel, Consent
from scripta.patients.queries import patient_of_portal_user
from scripta.workflow.composer import desk_context
from scripta.workflow.triage import InboxFilters, triaged_rows


@therapist_required
@require_GET
def inbox(request: AuthedRequest) -> HttpResponse:
    """The triaged inbox. htmx polls the list part (#inbox-list) to keep it live."""
    patients: list[tuple[int, str]] = []
    form = InboxFilterForm(request.GET or None)
    filters = InboxFilters()
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        filters = InboxFilters(
            signal=data["signal"] or "",
            topic=data["topic"] or "",
            channel=data["channel"] or "",
            patient=data["patient"],
            q=data["q"] or "",
        )
    rows = triaged_rows(request.user, filters, patients=patients)
    form.set_patients(patients)
    polling = bool(request.htmx) and request.htmx.target == "inbox-list"
    if not polling:
        record(
            "inbox.view",
            request=request,
            detail={
                "conversations": len(rows),
                "filtered": filters.active,
                "search": bool(filters.q),
            },
        )
    context = {"rows": rows, "form": form, "filters": filters, "now": timezone.now()}
    template = "conversations/_inbox_list.html" if polling else "conversations/inbox.html"
    return TemplateResponse(request, template, context)


@therapist_required
@require_GET
def unread_badge(request: AuthedRequest) -> HttpResponse:
    return TemplateResponse(
        request, "conversations/_unread_badge.html", {"unread": unread_total(request.user)}
    )


def _existing_template(name: str) -> str | None:
    """Another helper's partial, included only once it exists."""
    try:
        get_template(name)
    except TemplateDoesNotExist:
        return None
    return name


def _scheduled(conversation: Conversation) -> dict[str, list[Any]]:
    """The scheduled replies (pending, and recently not sent) from the scheduling module."""
    try:
        from scripta.workflow.scheduling import not_sent_for, pending_for
    except ImportError:
        return {"scheduled": [], "not_sent": []}
    return {"scheduled": pending_for(conversation), "not_sent": not_sent_for(conversation)}


def _reply_channel(messages: list[Message], channels: list[str]) -> str | None:
    """Answer on the channel the patient last wrote on, when they agreed to it.

    Otherwise the first channel the form offers, so that the advice shown with the page is
    the advice for the channel the browser selects.
    """
    for message in reversed(messages):
        if message.is_inbound and message.channel in channels:
            return message.channel
    return next((value for value, _label in Channel.choices if value in channels), None)


@therapist_required
@require_http_methods(["GET", "POST"])
def conversation_detail(request: AuthedRequest, conversation_id: int) -> HttpResponse:
    conversation = access_conversation(request, conversation_id)
    patient = conversation.patient
    channels = sorted(patient.consented_channels())
    messages_list = list(timeline(conversation))
    reply_on = {"channel": _reply_channel(messages_list, channels)}
    form = ReplyForm(request.POST or None, channels=channels, initial=reply_on)
    if request.method == "POST" and form.is_valid():
        try:
            do_send_reply(
                request.user,
                conversation,
                body=form.cleaned_data["body"],
                channel=form.cleaned_data["channel"],
                request=request,
            )
        except ConsentMissing:
            form.add_error(
                "channel", _("The patient has not agreed to be contacted on this channel.")
            )
        else:
            if not request.htmx:
                return redirect("conversations:detail", conversation_id=conversation.pk)
            messages_list = list(timeline(conversation))
            form = ReplyForm(channels=channels, initial=reply_on)
    else:
        record("conversation.view", request=request, patient_id=patient.pk, obj=conversation)
        do_mark_read(request.user, conversation)
    context = {
        "conversation": conversation,
        "patient": patient,
        "messages_list": messages_list,
        "form": form,
        **desk_context(request.user, conversation, channels),
        **_scheduled(conversation),
        "send_later_template": _existing_template("workflow/_send_later_fields.html"),
        "scheduled_template": _existing_template("workflow/_scheduled_list.html"),
    }
    template = "conversations/detail.html"
    if request.htmx:
        template = "conversations/_timeline.html"
    return TemplateResponse(request, template, context)


@patient_required
@require_http_methods(["GET", "POST"])
def portal(request: AuthedRequest) -> HttpResponse:
    """The patient's side: their conversation, with no read markers and no 'last online'."""
    patient = patient_of_portal_user(request)
    conversation = conversation_for(patient)
    portal_consent = (
        not patient.is_restricted
        and Consent.objects.filter(
            patient=patient, channel=Channel.PORTAL, withdrawn_at__isnull=True
        ).exists()
    )
    form = PortalMessageForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST" and portal_consent and form.is_valid():
        upload = form.cleaned_data.get("attachment")
        try:
            do_receive_message(
                patient,
                channel=Channel.PORTAL,
                body=form.cleaned_data["body"],
                request=request,
                attachments=[read_upload(upload)] if upload else (),
            )
        except AttachmentRejected as exc:
            form.add_error("attachment", str(exc))
            status = 400
        else:
            messages.success(
                request,
                _("Message sent. Your therapist will answer when they decide to, not immediately."),
            )
            return redirect("portal")
    elif request.method == "POST":
        status = 400
    record("portal.view", request=request, patient_id=patient.pk, obj=conversation)
    context = {
        "patient": patient,
        "messages_list": list(
            conversation.messages.select_related("sender").prefetch_related("attachments")
        ),
        "form": form,
        "portal_consent": portal_consent,
    }
    return TemplateResponse(request, "conversations/portal.html", context, status=status)


def _attachment_response(attachment: Attachment) -> HttpResponse:
    response = HttpResponse(read_attachment(attachment), content_type=attachment.content_type)
    # Always a download, never rendered inline: the browser must not sniff or run it.
    response["Content-Disposition"] = f'attachment; filename="{attachment.stored_name}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@therapist_required
@require_GET
def attachment_download(
    request: AuthedRequest, conversation_id: int, attachment_id: int
) -> HttpResponse:
    conversation = access_conversation(request, conversation_id)
    attachment = Attachment.objects.filter(
        pk=attachment_id, message__conversation=conversation
    ).first()
    if attachment is None:
        raise Http404
    record(
        "attachment.download", request=request, patient_id=conversation.patient_id, obj=attachment
    )
    return _attachment_response(attachment)


@patient_required
@require_GET
def portal_attachment(request: AuthedRequest, attachment_id: int) -> HttpResponse:
    patient = patient_of_portal_user(request)
    attachment = Attachment.objects.filter(
        pk=attachment_id, message__conversation__patient=patient
    ).first()
    if attachment is None:
        raise Http404
    record("attachment.download", request=request, patient_id=patient.pk, obj=attachment)
    return _attachment_response(attachment)
