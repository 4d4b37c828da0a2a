from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest


def scripta(request: HttpRequest) -> dict[str, Any]:
    return {"SCRIPTA_DEBUG": settings.DEBUG}
