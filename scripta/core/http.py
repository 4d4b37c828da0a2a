"""Typed requests for views (mypy sees the user model and htmx details)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

if TYPE_CHECKING:
    from scripta.accounts.models import User


class AuthedRequest(HttpRequest):
    user: User
    htmx: HtmxDetails


def client_ip(request: HttpRequest) -> str | None:
    # REMOTE_ADDR only: behind a proxy, the proxy sets it (X-Forwarded-For is client-controlled).
    return request.META.get("REMOTE_ADDR") or None
