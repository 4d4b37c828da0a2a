"""One verified entry point per provider kind and account.

Order matters: find the account, refuse oversized bodies, verify the signature, parse, store.
Anything refused gets a clear 4xx and nothing is stored; duplicates and ignored events get 2xx;
if the database cannot store, 503 so that the provider retries (never 200 for what is not stored).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from uuid import UUID

from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse
from django.views.decorators.csrf import csrf_exempt

from scripta.channels.actions import do_apply_status, do_route_inbound
from scripta.channels.base import ChannelError, Event, InboundMessage, Provider, WebhookRejected
from scripta.channels.models import ChannelAccount
from scripta.channels.registry import UnknownKind, get_provider

logger = logging.getLogger(__name__)

MAX_WEBHOOK_BYTES = 512 * 1024


def _plain(text: str, status: int) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


@csrf_exempt
def webhook(request: HttpRequest, kind: str, key: UUID) -> HttpResponse:
    try:
        return _handle(request, kind, key)
    except DatabaseError:
        logger.exception("webhook could not be stored kind=%s", kind)
        return _plain("Temporarily unavailable, retry later.", 503)


def _handle(request: HttpRequest, kind: str, key: UUID) -> HttpResponse:
    try:
        provider = get_provider(kind)
    except UnknownKind:
        return _plain("Unknown channel.", 404)
    account = (
        ChannelAccount.objects.filter(kind=kind, webhook_key=key, is_active=True)
        .select_related("practice")
        .first()
    )
    if account is None or not provider.has_webhook:
        return _plain("Unknown channel account.", 404)
    if request.method == "GET":
        return provider.handshake(request, account)
    if request.method != "POST":
        return _plain("Method not allowed.", 405)
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > MAX_WEBHOOK_BYTES:
        logger.info("webhook refused kind=%s account=%s reason=size", kind, account.pk)
        return _plain("Request too large.", 413)
    try:
        provider.verify(request, account)
        events = provider.parse(request, account)
    except WebhookRejected as exc:
        logger.info(
            "webhook refused kind=%s account=%s status=%s reason=%s",
            kind,
            account.pk,
            exc.status,
            exc.reason,
        )
        return _plain(exc.reason, exc.status)
    for event in events:
        _store(provider, account, event)
    return provider.acknowledge(events)


def _store(provider: Provider, account: ChannelAccount, event: Event) -> None:
    if isinstance(event, InboundMessage):
        media = _fetch_media(provider, account, event)
        missing = len(event.media) - len(media)
        if missing:
            # The text is stored anyway (providers rarely retry); the therapist sees a file is missing.
            note = f"[{missing} attachment(s) could not be retrieved]"
            event = replace(event, body=f"{event.body}\n{note}" if event.body else note)
        outcome = do_route_inbound(account, event, media)
        logger.info(
            "webhook inbound kind=%s account=%s stored=%s message=%s first_contact=%s",
            account.kind,
            account.pk,
            outcome.stored,
            outcome.message_id,
            outcome.first_contact_id,
        )
    else:
        result = do_apply_status(account, event)
        logger.info("webhook status kind=%s account=%s result=%s", account.kind, account.pk, result)


def _fetch_media(
    provider: Provider, account: ChannelAccount, event: InboundMessage
) -> list[tuple[bytes, str, str]]:
    """Download media before the transaction (network calls never hold a database lock)."""
    files: list[tuple[bytes, str, str]] = []
    for index, media in enumerate(event.media):
        try:
            content = provider.fetch_media(media, account)
        except ChannelError as exc:
            logger.warning(
                "inbound media unavailable kind=%s index=%s code=%s", account.kind, index, exc.code
            )
            continue
        files.append((content, media.content_type, media.filename or f"attachment-{index + 1}"))
    return files
