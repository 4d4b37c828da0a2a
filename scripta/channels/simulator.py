"""Development-only phone simulator (mounted only when DEBUG)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse


def simulator(request: HttpRequest) -> HttpResponse:
    raise Http404
