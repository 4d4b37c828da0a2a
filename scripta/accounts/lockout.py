"""django-axes glue: one username for both the lockout check and the failure record.

The login wizard posts ``auth-username``, while ``authenticate()`` and the
``user_login_failed`` signal carry ``username``. With only ``AXES_USERNAME_FORM_FIELD``
set, failures were recorded under no username and the check before a login looked for the
real one, so a correct password still got in after the limit.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest


def axes_username(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    if credentials:
        value = credentials.get("username") or credentials.get("auth-username")
    else:
        data = getattr(request, "data", request.POST)
        value = data.get("auth-username") or data.get("username")
    return str(value) if value else None
