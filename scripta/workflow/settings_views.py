"""The therapist's settings and send later. Thin views: parse, access, act (audited), render.

Every view is for verified therapists only; objects of other therapists' patients answer 404
(and the refusal is audited by the ``access_*`` helpers).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from scripta.accounts.decorators import therapist_required
from scripta.audit.actions import record
from scripta.conversations.actions import ConsentMissing
from scripta.conversations.models import Conversation
from scripta.conversations.queries import access_conversation
from scripta.core.http import AuthedRequest
from scripta.patients.queries import access_patient
from scripta.workflow import alerts, availability, boundaries, scheduling
from scripta.workflow.models import ScheduledReply, ScheduledStatus
from scripta.workflow.settings_forms import (
    BoundariesForm,
    EditScheduledForm,
    OfficeHoursFormSet,
    PresenceForm,
    ScheduleForm,
    TherapistSettingsForm,
)


def _back_to(request: AuthedRequest, conversation: Conversation) -> HttpResponse:
    url = reverse("conversations:detail", args=[conversation.pk])
    if request.htmx:
        response = HttpResponse(status=204)
        response["HX-Redirect"] = url
        return response
    return redirect(url)


def _local(request: AuthedRequest, when: object) -> str:
    aware = timezone.localtime(when, scheduling.zone(request.user.timezone))  # type: ignore[arg-type]
    return date_format(aware, "DATETIME_FORMAT")


# --- send later ----------------------------------------------------------------------------


@therapist_required
@require_POST
def schedule(request: AuthedRequest, conversation_id: int) -> HttpResponse:
    conversation = access_conversation(request, conversation_id)
    channels = sorted(conversation.patient.consented_channels())
    form = ScheduleForm(request.POST, channels=channels)
    if form.is_valid():
        data = form.cleaned_data
        try:
            send_at = scheduling.resolve_send_at(
                data["when"],
                therapist=request.user,
                conversation=conversation,
                custom=data.get("send_at_local"),
            )
            scheduling.do_schedule_reply(
                request.user,
                conversation,
                body=data["body"],
                channel=data["channel"],
                send_at=send_at,
                request=request,
            )
        except scheduling.SchedulingError as exc:
            form.add_error(None, str(exc))
        except ConsentMissing:
            form.add_error(
                "channel", _("The patient has not agreed to be contacted on this channel.")
            )
        else:
            messages.success(
                request,
                _("Reply scheduled for %(when)s (your time).") % {"when": _local(request, send_at)},
            )
            return _back_to(request, conversation)
    # Keep what the therapist wrote: show the form again with the reason.
    context = {"conversation": conversation, "patient": conversation.patient, "form": form}
    return TemplateResponse(request, "workflow/settings/schedule.html", context, status=400)


def access_scheduled(request: AuthedRequest, scheduled_id: int) -> ScheduledReply:
    """A scheduled reply of the requesting therapist, for a patient they still treat."""
    scheduled = (
        ScheduledReply.objects.select_related("conversation__patient", "therapist")
        .filter(
            pk=scheduled_id,
            therapist=request.user,
            conversation__patient__therapists=request.user,
        )
        .first()
    )
    if scheduled is None:
        record("access.denied", request=request, detail={"object": "scheduled", "id": scheduled_id})
        raise Http404
    return scheduled


@therapist_required
@require_GET
def scheduled_list(request: AuthedRequest) -> HttpResponse:
    mine = ScheduledReply.objects.filter(
        therapist=request.user, conversation__patient__therapists=request.user
    ).select_related("conversation__patient", "therapist")
    pending = list(mine.filter(status=ScheduledStatus.PENDING).order_by("send_at"))
    since = timezone.now() - scheduling.NOTICE_DAYS_DELTA
    not_sent = list(
        mine.filter(status=ScheduledStatus.NOT_SENT, updated_at__gte=since).order_by("-send_at")
    )
    for row in not_sent:
        row.reason_text = scheduling.reason_text(row.reason)  # type: ignore[attr-defined]
    record("scheduled.view", request=request, detail={"pending": len(pending)})
    return TemplateResponse(
        request,
        "workflow/settings/scheduled.html",
        {"scheduled": pending, "not_sent": not_sent},
    )


@therapist_required
@require_http_methods(["GET", "POST"])
def scheduled_edit(request: AuthedRequest, scheduled_id: int) -> HttpResponse:
    scheduled = access_scheduled(request, scheduled_id)
    conversation = scheduled.conversation
    channels = sorted(conversation.patient.consented_channels() | {scheduled.channel})
    if scheduled.status != ScheduledStatus.PENDING:
        messages.error(request, _("This reply has already left or was cancelled."))
        return redirect("conversations:detail", conversation_id=conversation.pk)
    initial = {
        "body": scheduled.body,
        "channel": scheduled.channel,
        "send_at_local": timezone.localtime(
            scheduled.send_at, scheduling.zone(request.user.timezone)
        ).replace(tzinfo=None),
    }
    form = EditScheduledForm(request.POST or None, initial=initial, channels=channels)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            send_at = scheduling.local_to_utc(data["send_at_local"], request.user.timezone)
            try:
                scheduling.do_edit_scheduled(
                    request.user,
                    scheduled,
                    body=data["body"],
                    channel=data["channel"],
                    send_at=send_at,
                    request=request,
                )
            except scheduling.SchedulingError as exc:
                form.add_error(None, str(exc))
            except ConsentMissing:
                form.add_error(
                    "channel", _("The patient has not agreed to be contacted on this channel.")
                )
            except scheduling.NotPending:
                messages.error(request, _("This reply has already left or was cancelled."))
                return _back_to(request, conversation)
            else:
                messages.success(request, _("Scheduled reply changed."))
                return _back_to(request, conversation)
    else:
        record(
            "scheduled.view",
            request=request,
            patient_id=conversation.patient_id,
            obj=scheduled,
        )
    context = {
        "scheduled": scheduled,
        "conversation": conversation,
        "patient": conversation.patient,
        "form": form,
    }
    return TemplateResponse(
        request, "workflow/settings/scheduled_edit.html", context, status=status
    )


@therapist_required
@require_POST
def scheduled_cancel(request: AuthedRequest, scheduled_id: int) -> HttpResponse:
    scheduled = access_scheduled(request, scheduled_id)
    try:
        scheduling.do_cancel_scheduled(request.user, scheduled, request=request)
    except scheduling.NotPending:
        messages.error(request, _("This reply has already left or was cancelled."))
    else:
        messages.success(request, _("Scheduled reply cancelled."))
    return _back_to(request, scheduled.conversation)


# --- crisis alerts -------------------------------------------------------------------------


@therapist_required
@require_GET
def alert_open(request: AuthedRequest, alert_id: int) -> HttpResponse:
    """The link in an alert: records the acknowledgement, then opens the conversation."""
    alert = alerts.access_alert(request, alert_id)
    alerts.do_acknowledge_alert(request.user, alert, request=request)
    return redirect("conversations:detail", conversation_id=alert.message.conversation_id)


# --- settings ------------------------------------------------------------------------------


@therapist_required
@require_http_methods(["GET", "POST"])
def settings_index(request: AuthedRequest) -> HttpResponse:
    current = availability.settings_for(request.user)
    form = TherapistSettingsForm(
        request.POST or None,
        instance=current,
        initial={"alert_phone": current.alert_phone},
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            availability.do_save_therapist_settings(request.user, form, request=request)
            messages.success(request, _("Settings saved."))
            return redirect("desk_settings:index")
        status = 400
    return TemplateResponse(
        request,
        "workflow/settings/index.html",
        {"form": form, "emergency_number": _emergency_number(request)},
        status=status,
    )


def _emergency_number(request: AuthedRequest) -> str:
    practice = request.user.practice
    return practice.emergency_number if practice is not None else ""


@therapist_required
@require_http_methods(["GET", "POST"])
def office_hours(request: AuthedRequest) -> HttpResponse:
    queryset = request.user.office_hours.all()  # type: ignore[attr-defined]
    formset = OfficeHoursFormSet(request.POST or None, queryset=queryset)
    status = 200
    if request.method == "POST":
        if formset.is_valid():
            availability.do_save_office_hours(request.user, formset, request=request)
            messages.success(request, _("Office hours saved."))
            return redirect("desk_settings:office_hours")
        status = 400
    return TemplateResponse(
        request,
        "workflow/settings/office_hours.html",
        {"formset": formset, "timezone_name": request.user.timezone},
        status=status,
    )


@therapist_required
@require_http_methods(["GET", "POST"])
def patient_boundaries(request: AuthedRequest, patient_id: int) -> HttpResponse:
    patient = access_patient(request, patient_id)
    current = boundaries.boundaries_of(patient)
    form = BoundariesForm(request.POST or None, instance=current)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            boundaries.do_save_boundaries(request.user, patient, form, request=request)
            messages.success(request, _("Agreement saved."))
            return redirect("desk_settings:boundaries", patient_id=patient.pk)
        status = 400
    else:
        record("boundaries.view", request=request, patient_id=patient.pk, obj=patient)
    context = {
        "patient": patient,
        "form": form,
        "volume": boundaries.volume_for(patient),
        "daily": boundaries.daily_counts(patient),
    }
    return TemplateResponse(request, "workflow/settings/boundaries.html", context, status=status)


@therapist_required
@require_http_methods(["GET", "POST"])
def presence(request: AuthedRequest) -> HttpResponse:
    items = boundaries.presence_items()
    checks = boundaries.presence_checks(request.user)
    form = PresenceForm(
        request.POST or None,
        items=[(item.key, str(item.label)) for item in items],
        initial={key: True for key in checks},
    )
    if request.method == "POST" and form.is_valid():
        ticked = {key for key, value in form.cleaned_data.items() if value}
        boundaries.do_save_presence(
            request.user, ticked, revisit="revisit" in request.POST, request=request
        )
        messages.success(request, _("Checklist saved."))
        return redirect("desk_settings:presence")
    rows = [(item, form[item.key], checks.get(item.key)) for item in items]
    return TemplateResponse(
        request,
        "workflow/settings/presence.html",
        {"form": form, "rows": rows},
        status=400 if request.method == "POST" else 200,
    )
