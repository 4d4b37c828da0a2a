"""Session lifetime, per-user language and time zone, and two-factor enforcement for staff."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, resolve_url
from django.urls import reverse
from django.utils import timezone, translation
from django_htmx.http import HttpResponseClientRedirect
from two_factor.utils import default_device

from scripta.accounts.signals import SESSION_STARTED_KEY

Handler = Callable[[HttpRequest], HttpResponse]


# Requests a page makes by itself on a timer (htmx polling) carry this header: they are not
# activity, so an open tab cannot keep an idle session alive.
POLL_HEADER = "HTTP_X_SCRIPTA_POLL"
LAST_ACTIVITY_KEY = "scripta_last_activity"


class SessionLifetimeMiddleware:
    """Idle logoff after SESSION_COOKIE_AGE without real activity, and an absolute lifetime
    whatever the activity. Polling refreshes the cookie but is not counted as activity."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if request.user.is_authenticated:
            now = timezone.now().timestamp()
            started = request.session.get(SESSION_STARTED_KEY)
            last_activity = request.session.get(LAST_ACTIVITY_KEY) or started
            if (
                started is None
                or now - float(started) > settings.SCRIPTA_SESSION_ABSOLUTE_SECONDS
                or now - float(last_activity or started) > settings.SESSION_COOKIE_AGE
            ):
                logout(request)
                if request.headers.get("HX-Request"):
                    # An htmx request would swap the login page into a fragment: reload instead.
                    return HttpResponseClientRedirect(resolve_url(settings.LOGIN_URL))
                return redirect(settings.LOGIN_URL)
            if not request.META.get(POLL_HEADER):
                request.session[LAST_ACTIVITY_KEY] = now
        return self.get_response(request)


class UserPreferencesMiddleware:
    """Each user sees the UI in their language and every time in their own time zone."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            try:
                timezone.activate(zoneinfo.ZoneInfo(user.timezone))  # type: ignore[union-attr]
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
            if user.language and not request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME):  # type: ignore[union-attr]
                translation.activate(user.language)  # type: ignore[union-attr]
                request.LANGUAGE_CODE = user.language  # type: ignore[union-attr]
        else:
            timezone.deactivate()
        return self.get_response(request)


# Paths a staff member without a second factor yet may still reach (to set one up).
TWO_FACTOR_EXEMPT_PREFIXES = ("/account/", "/static/", "/i18n/", "/healthz")
# Paths that never need a session: served even to a session that skipped its device.
SESSIONLESS_PREFIXES = ("/static/", "/healthz")


class RequireStaffTwoFactorMiddleware:
    """Therapists and administrators must pass TOTP before anything else answers."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and getattr(user, "needs_two_factor", False)
            and not user.is_verified()  # type: ignore[union-attr,attr-defined]
        ):
            if default_device(user) is not None:
                # A device exists but this session never passed it: start again at login,
                # on the account pages too (else the setup wizard would enrol a second device
                # and mark this session verified).
                if not request.path.startswith(SESSIONLESS_PREFIXES):
                    logout(request)
                    return redirect(settings.LOGIN_URL)
            elif not request.path.startswith(TWO_FACTOR_EXEMPT_PREFIXES):
                return redirect(reverse("two_factor:setup"))
        return self.get_response(request)
