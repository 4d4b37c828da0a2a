"""Channel accounts (practice administrator) and the first-contact queue (therapists)."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from scripta.accounts.decorators import practice_admin_required, therapist_required
from scripta.audit.actions import record
from scripta.channels.actions import do_convert_first_contact, do_discard_first_contact
from scripta.channels.forms import ChannelAccountForm, ConvertFirstContactForm
from scripta.channels.links import webhook_url
from scripta.channels.models import ChannelAccount, FirstContact, FirstContactState
from scripta.core.http import AuthedRequest


@practice_admin_required
@require_GET
def account_list(request: AuthedRequest) -> HttpResponse:
    accounts = list(ChannelAccount.objects.filter(practice=request.user.practice))
    rows = [(a, webhook_url(a)) for a in accounts]
    return TemplateResponse(request, "channels/accounts.html", {"rows": rows})


@practice_admin_required
@require_http_methods(["GET", "POST"])
def account_edit(request: AuthedRequest, account_id: int | None = None) -> HttpResponse:
    if account_id is None:
        account = ChannelAccount(practice=request.user.practice)
    else:
        found = ChannelAccount.objects.filter(pk=account_id, practice=request.user.practice).first()
        if found is None:
            raise Http404
        account = found
    form = ChannelAccountForm(request.POST or None, instance=account)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            account = form.save(commit=False)
            account.practice = request.user.practice  # type: ignore[assignment]
            if form.cleaned_data["credentials"] is not None:
                account.set_credentials(form.cleaned_data["credentials"])
            account.save()
            # Which keys changed is audited, never their values.
            record(
                "channel_account.saved", request=request, obj=account, detail={"kind": account.kind}
            )
        messages.success(request, _("Channel account saved."))
        return redirect("channels:accounts")
    url = webhook_url(account) if account.pk else ""
    return TemplateResponse(
        request,
        "channels/account_edit.html",
        {"form": form, "account": account, "webhook_url": url},
    )


def _contacts_for(request: AuthedRequest) -> list[FirstContact]:
    return list(
        FirstContact.objects.filter(
            account__practice=request.user.practice, state=FirstContactState.PENDING
        )
        .select_related("account")
        .order_by("-received_at")
    )


@therapist_required
@require_GET
def first_contacts(request: AuthedRequest) -> HttpResponse:
    contacts = _contacts_for(request)
    record("first_contact.list", request=request, detail={"count": len(contacts)})
    return TemplateResponse(
        request,
        "channels/first_contacts.html",
        {"contacts": contacts, "form": ConvertFirstContactForm()},
    )


@therapist_required
@require_POST
def first_contact_action(request: AuthedRequest, contact_id: int) -> HttpResponse:
    contact = (
        FirstContact.objects.filter(
            pk=contact_id, account__practice=request.user.practice, state=FirstContactState.PENDING
        )
        .select_related("account__practice")
        .first()
    )
    if contact is None:
        record(
            "access.denied", request=request, detail={"object": "first_contact", "id": contact_id}
        )
        raise Http404
    form = ConvertFirstContactForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the patient's name to create the record."))
        return redirect("channels:first_contacts")
    if form.cleaned_data["action"] == "convert":
        patient = do_convert_first_contact(
            request.user, contact, full_name=form.cleaned_data["full_name"], request=request
        )
        messages.success(request, _("Patient created; the message is in their conversation."))
        return redirect("patients:detail", patient_id=patient.pk)
    do_discard_first_contact(request.user, contact, request=request)
    messages.success(request, _("Message discarded."))
    return redirect("channels:first_contacts")
