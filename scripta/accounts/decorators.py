"""Role gates for views. A user of the wrong role gets 404: no hint that the page exists."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

View = Callable[..., HttpResponse]


def _role_required(check: Callable[[Any], bool]) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @login_required
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            user = request.user
            if not check(user):
                raise Http404
            if getattr(user, "needs_two_factor", False) and not user.is_verified():  # type: ignore[union-attr,attr-defined]
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


therapist_required = _role_required(lambda u: u.is_active and u.is_therapist)
patient_required = _role_required(lambda u: u.is_active and u.is_patient)
practice_admin_required = _role_required(lambda u: u.is_active and u.is_practice_admin)
