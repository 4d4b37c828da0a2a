"""anymail's e-mail webhooks, mounted only for the ESPs the install names, behind a secret.

anymail ships a view for every ESP (inbound and tracking); mounting them all would leave
endpoints that answer 200 or 500 to unsigned requests when an ESP is not configured. Scripta
mounts only the *inbound* and *tracking* views of ``SCRIPTA_INBOUND_EMAIL_ESPS`` and refuses
every request (403) until ``ANYMAIL["WEBHOOK_SECRET"]`` (HTTP basic auth) is set; anymail then
checks the basic auth and the ESP's own signature (400 when wrong). A tracking payload that is
signed but cannot be read is refused with 400 (nothing stored).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from anymail import urls as anymail_urls
from anymail.exceptions import AnymailConfigurationError
from anymail.utils import get_anymail_setting
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.views.decorators.csrf import csrf_exempt

logger = logging.getLogger(__name__)


def secret_configured() -> bool:
    return bool(get_anymail_setting("webhook_secret", default=None))


def guarded(
    view: Callable[..., HttpResponse], *, tracking: bool = False
) -> Callable[..., HttpResponse]:
    @csrf_exempt
    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not secret_configured():
            return HttpResponse(
                "E-mail webhooks are not configured.", status=403, content_type="text/plain"
            )
        try:
            return view(request, *args, **kwargs)
        except (ImproperlyConfigured, AnymailConfigurationError):
            # e.g. the ESP's signing key is missing: nothing stored, the ESP retries later.
            logger.exception("anymail webhook misconfigured")
            return HttpResponse("Temporarily unavailable.", status=503, content_type="text/plain")
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            if not tracking:
                raise  # inbound mail: a 5xx, so that the ESP retries (never lose a message)
            # A status payload anymail verified but cannot read: refused, nothing stored.
            logger.info("anymail webhook unreadable payload error=%s", type(exc).__name__)
            return HttpResponse("Malformed payload.", status=400, content_type="text/plain")

    return wrapped


def inbound_patterns() -> list[URLPattern]:
    """Inbound (``<esp>/inbound/``) and tracking (``<esp>/tracking/``) views of the named ESPs."""
    esps = [
        esp.strip().lower() for esp in getattr(settings, "SCRIPTA_INBOUND_EMAIL_ESPS", ["mailgun"])
    ]
    wanted = {f"{esp}_{kind}_webhook" for esp in esps for kind in ("inbound", "tracking")}
    return [
        URLPattern(
            pattern.pattern,
            guarded(pattern.callback, tracking=str(pattern.name).endswith("_tracking_webhook")),
            name=pattern.name,
        )
        for pattern in anymail_urls.urlpatterns
        if isinstance(pattern, URLPattern) and pattern.name in wanted
    ]
