from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from scripta.accounts.forms import AcceptInvitationForm, PreferencesForm
from scripta.accounts.models import Invitation
from scripta.core.http import AuthedRequest
from scripta.patients.actions import InvitationNotUsable, do_accept_invitation


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not user.is_authenticated:
        return redirect("two_factor:login")
    if user.is_patient:  # type: ignore[union-attr]
        return redirect("portal")
    if user.is_practice_admin:  # type: ignore[union-attr]
        return redirect("audit:list")
    return redirect("conversations:inbox")


@require_http_methods(["GET", "POST"])
def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = (
        Invitation.objects.select_related("patient")
        .filter(token_hash=Invitation.hash_token(token))
        .first()
    )
    if invitation is None or not invitation.is_usable:
        return TemplateResponse(request, "accounts/invitation_invalid.html", status=404)
    form = AcceptInvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = do_accept_invitation(
                invitation,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password1"],
                request=request,
            )
        except InvitationNotUsable:
            return TemplateResponse(request, "accounts/invitation_invalid.html", status=404)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("portal_agreement")
    return TemplateResponse(request, "accounts/accept_invitation.html", {"form": form})


@require_http_methods(["GET", "POST"])
def preferences(request: AuthedRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect("two_factor:login")
    form = PreferencesForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        translation.activate(user.language)
        messages.success(request, _("Preferences saved."))
        response = redirect("preferences")
        response.delete_cookie("django_language")
        return response
    return TemplateResponse(request, "accounts/preferences.html", {"form": form})
