"""Development-only phone simulator: act as a patient texting by SMS or WhatsApp.

Mounted only when DEBUG. It sends properly signed webhooks to the app over HTTP (exactly as
Twilio and Meta do) and shows what the in-process provider stubs received from the outbox.
"""

from __future__ import annotations

import json
import secrets
import time
from typing import Any

import requests
from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from scripta.accounts.models import Practice
from scripta.channels.links import webhook_url
from scripta.channels.models import ChannelAccount
from scripta.channels.outbox import deliver
from scripta.channels.testing.signing import meta_signature, twilio_signature
from scripta.channels.testing.stubs import GraphApp, Stub, TwilioApp
from scripta.conversations.models import DeliveryStatus, Direction, Message

DEMO_SID = "AC" + "d" * 32
DEMO_TOKEN = "demo-auth-token"  # noqa: S105 - fictional, for the local stub only
DEMO_META_ID = "100000000000001"
DEMO_META_TOKEN = "demo-access-token"  # noqa: S105
DEMO_META_SECRET = "demo-app-secret"  # noqa: S105
DEMO_NUMBER = "+390600000000"

_stubs: dict[str, Stub] = {}


def stubs() -> dict[str, Stub]:
    """The Twilio and Graph stubs, started once per process on 127.0.0.1."""
    if not _stubs:
        _stubs["twilio"] = Stub(TwilioApp(DEMO_SID, DEMO_TOKEN)).__enter__()
        _stubs["graph"] = Stub(GraphApp(DEMO_META_ID, DEMO_META_TOKEN)).__enter__()
    return _stubs


def setup_demo_accounts(practice: Practice) -> list[ChannelAccount]:
    s = stubs()
    specs: list[tuple[str, str, dict[str, Any]]] = [
        (
            "twilio_sms",
            DEMO_NUMBER,
            {"account_sid": DEMO_SID, "auth_token": DEMO_TOKEN, "api_base_url": s["twilio"].url},
        ),
        (
            "twilio_whatsapp",
            DEMO_NUMBER,
            {"account_sid": DEMO_SID, "auth_token": DEMO_TOKEN, "api_base_url": s["twilio"].url},
        ),
        (
            "meta_whatsapp",
            DEMO_META_ID,
            {
                "access_token": DEMO_META_TOKEN,
                "app_secret": DEMO_META_SECRET,
                "verify_token": "demo",
                "graph_base_url": s["graph"].url + "/v21.0",
            },
        ),
    ]
    accounts = []
    with transaction.atomic():
        for kind, address, creds in specs:
            account, _created = ChannelAccount.objects.get_or_create(
                kind=kind,
                address=address,
                defaults={"practice": practice, "label": "Demo (simulator)"},
            )
            account.set_credentials(creds)  # the stubs' ports change with every run
            account.save(update_fields=["credentials_json"])
            accounts.append(account)
    return accounts


def send_as_patient(account: ChannelAccount, sender: str, body: str) -> int:
    """POST a signed inbound webhook to the app, as the provider would. Returns the HTTP status."""
    url = webhook_url(account)
    creds = account.credentials
    if account.kind in ("twilio_sms", "twilio_whatsapp"):
        prefix = "whatsapp:" if account.kind == "twilio_whatsapp" else ""
        sid = "SM" + secrets.token_hex(16)
        params = {
            "MessageSid": sid,
            "SmsSid": sid,
            "AccountSid": creds["account_sid"],
            "From": prefix + sender,
            "To": prefix + account.address,
            "Body": body,
            "NumMedia": "0",
            "ApiVersion": "2010-04-01",
        }
        signature = twilio_signature(creds["auth_token"], url, params)
        return requests.post(
            url, data=params, headers={"X-Twilio-Signature": signature}, timeout=10
        ).status_code
    payload = {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": "0",
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": account.address,
                                "phone_number_id": account.address,
                            },
                            "contacts": [
                                {"profile": {"name": "Simulator"}, "wa_id": sender.lstrip("+")}
                            ],
                            "messages": [
                                {
                                    "from": sender.lstrip("+"),
                                    "id": "wamid.SIM" + secrets.token_hex(12),
                                    "timestamp": str(int(time.time())),
                                    "type": "text",
                                    "text": {"body": body},
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }
    raw = json.dumps(payload, ensure_ascii=False).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Hub-Signature-256": meta_signature(creds["app_secret"], raw),
    }
    return requests.post(url, data=raw, headers=headers, timeout=10).status_code


def _practice(request: HttpRequest) -> Practice | None:
    practice = getattr(request.user, "practice", None)
    return practice if isinstance(practice, Practice) else Practice.objects.order_by("pk").first()


@require_http_methods(["GET", "POST"])
def simulator(request: HttpRequest) -> HttpResponse:
    if not settings.DEBUG:
        raise Http404
    practice = _practice(request)
    if practice is None:
        raise Http404
    action = request.POST.get("action")
    if action == "setup":
        setup_demo_accounts(practice)
        messages.success(
            request,
            "Demo channels ready (SMS, WhatsApp via Twilio and Meta), talking to local stubs.",
        )
        return redirect("channels:simulator")
    accounts = list(
        ChannelAccount.objects.filter(
            practice=practice,
            kind__in=["twilio_sms", "twilio_whatsapp", "meta_whatsapp"],
            is_active=True,
        )
    )
    if action == "send":
        account = next((a for a in accounts if str(a.pk) == request.POST.get("account")), None)
        sender, body = request.POST.get("sender", "").strip(), request.POST.get("body", "").strip()
        if account is None or not sender or not body:
            messages.error(request, "Choose a channel, a sender number and a text.")
        else:
            status = send_as_patient(account, sender, body)
            messages.info(request, f"Webhook delivered: HTTP {status}.")
        return redirect("channels:simulator")
    if action == "flush":
        queued = Message.objects.filter(
            direction=Direction.OUTBOUND, status=DeliveryStatus.QUEUED
        ).exclude(channel="portal")
        results = [deliver(pk) for pk in queued.values_list("pk", flat=True)]
        messages.info(request, f"Outbox run: {', '.join(results) or 'nothing queued'}.")
        return redirect("channels:simulator")
    received = []
    if _stubs:
        for item in _stubs["twilio"].accepted:
            received.append(
                {
                    "provider": "Twilio",
                    "to": item.get("to"),
                    "body": item.get("body"),
                    "id": item.get("sid"),
                }
            )
        for item in _stubs["graph"].accepted:
            if item.get("type") == "text":
                received.append(
                    {
                        "provider": "Meta",
                        "to": item.get("to"),
                        "body": item["text"]["body"],
                        "id": item.get("id"),
                    }
                )
    return TemplateResponse(
        request, "channels/simulator.html", {"accounts": accounts, "received": received}
    )
