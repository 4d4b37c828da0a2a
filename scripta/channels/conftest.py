# ruff: noqa: S105 - fictional test credentials
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from django.urls import reverse
from django.utils import timezone

from scripta.accounts.models import Practice, Role, User
from scripta.channels.models import ChannelAccount
from scripta.channels.testing.signing import twilio_signature
from scripta.channels.testing.stubs import GraphApp, Stub, TwilioApp
from scripta.patients.models import Consent, ContactKind, ContactPoint, Patient

TWILIO_SID = "AC" + "0" * 31 + "1"
TWILIO_TOKEN = "twilio-test-auth-token"
PRACTICE_NUMBER = "+390612345678"
PATIENT_NUMBER = "+393331234567"
PATIENT_EMAIL = "giulia.r@example.it"
META_PHONE_ID = "106540352242922"
META_TOKEN = "EAAG-test-access-token"
META_SECRET = "meta-app-secret"
META_VERIFY = "verify-me-please"

# Figures for the closing report: forged webhooks tried, replays, faults (see REPORT in tests).
FIGURES: Counter[str] = Counter()
_lock = threading.Lock()


def count(key: str, n: int = 1) -> None:
    with _lock:
        FIGURES[key] += n


def pytest_sessionfinish(session: Any, exitstatus: int) -> None:
    if FIGURES:
        lines = [f"  {k}: {v}" for k, v in sorted(FIGURES.items())]
        print("\n[channels figures]\n" + "\n".join(lines))


@pytest.fixture(autouse=True)
def _channel_settings(settings: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # These tests are about transport; the reading of stored messages is tested in conversations.
    monkeypatch.setattr("scripta.conversations.actions._enqueue_reading", lambda message_id: None)
    settings.SCRIPTA_CHANNELS_ALLOW_API_OVERRIDE = True
    settings.SCRIPTA_CHANNELS_HTTP_TIMEOUT = 0.5
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def practice(db: None) -> Practice:
    return Practice.objects.create(name="Studio Test")


@pytest.fixture
def therapist(practice: Practice) -> User:
    return User.objects.create_user(
        "dr.test", password="x" * 12, role=Role.THERAPIST, practice=practice, language="it"
    )


def make_patient(
    practice: Practice,
    therapist: User,
    *,
    phone: str = PATIENT_NUMBER,
    email: str = PATIENT_EMAIL,
    channels: tuple[str, ...] = ("sms", "whatsapp", "email"),
) -> Patient:
    patient = Patient.objects.create(practice=practice, full_name="Giulia Rossi", language="it")
    patient.therapists.add(therapist)
    if phone:
        ContactPoint.objects.create(patient=patient, kind=ContactKind.PHONE, value=phone)
    if email:
        ContactPoint.objects.create(patient=patient, kind=ContactKind.EMAIL, value=email)
    for channel in channels:
        Consent.objects.create(patient=patient, channel=channel, granted_at=timezone.now())
    return patient


@pytest.fixture
def patient(practice: Practice, therapist: User) -> Patient:
    return make_patient(practice, therapist)


@pytest.fixture
def twilio_stub() -> Iterator[Stub]:
    with Stub(TwilioApp(TWILIO_SID, TWILIO_TOKEN)) as stub:
        yield stub


@pytest.fixture
def graph_stub() -> Iterator[Stub]:
    with Stub(GraphApp(META_PHONE_ID, META_TOKEN)) as stub:
        yield stub


def twilio_account(practice: Practice, kind: str, stub: Stub | None = None) -> ChannelAccount:
    account = ChannelAccount(practice=practice, kind=kind, address=PRACTICE_NUMBER)
    creds = {"account_sid": TWILIO_SID, "auth_token": TWILIO_TOKEN}
    if stub is not None:
        creds["api_base_url"] = stub.url
    account.set_credentials(creds)
    account.save()
    return account


@pytest.fixture
def sms_account(practice: Practice, twilio_stub: Stub) -> ChannelAccount:
    return twilio_account(practice, "twilio_sms", twilio_stub)


def meta_account(practice: Practice, stub: Stub | None = None, **extra: Any) -> ChannelAccount:
    account = ChannelAccount(
        practice=practice, kind="meta_whatsapp", address=META_PHONE_ID, **extra
    )
    creds: dict[str, Any] = {
        "access_token": META_TOKEN,
        "app_secret": META_SECRET,
        "verify_token": META_VERIFY,
    }
    if stub is not None:
        creds["graph_base_url"] = stub.url + "/v21.0"
    account.set_credentials(creds)
    account.save()
    return account


@pytest.fixture
def public(settings: Any, live_server: Any) -> str:
    """The running app's URL, configured as the public base URL providers sign against."""
    settings.SCRIPTA_PUBLIC_BASE_URL = live_server.url
    return str(live_server.url)


def hook_path(account: ChannelAccount, status: bool = False, ref: int | None = None) -> str:
    name = "channels:status_webhook" if status else "channels:webhook"
    path = reverse(name, kwargs={"kind": account.kind, "key": account.webhook_key})
    return f"{path}?ref={ref}" if ref is not None else path


def twilio_status(sid: str, status: str, **extra: str) -> dict[str, str]:
    params = {
        "MessageSid": sid,
        "SmsSid": sid,
        "MessageStatus": status,
        "SmsStatus": status,
        "AccountSid": TWILIO_SID,
        "To": PATIENT_NUMBER,
        "From": PRACTICE_NUMBER,
        "ApiVersion": "2010-04-01",
    }
    params.update(extra)
    return params


def post_twilio(
    base_url: str,
    path: str,
    params: dict[str, str],
    *,
    token: str = TWILIO_TOKEN,
    signature: str | None = None,
    public_base: str | None = None,
) -> requests.Response:
    """POST a form to the running app as Twilio does, signed over the public URL."""
    url = (public_base or base_url) + path
    sig = twilio_signature(token, url, params) if signature is None else signature
    headers = {"X-Twilio-Signature": sig} if sig else {}
    return requests.post(base_url + path, data=params, headers=headers, timeout=10)


def inbound_sms(
    sid: str,
    body: str = "Buongiorno dottoressa, posso spostare la seduta?",
    sender: str = PATIENT_NUMBER,
    **extra: str,
) -> dict[str, str]:
    params = {
        "MessageSid": sid,
        "SmsSid": sid,
        "AccountSid": TWILIO_SID,
        "From": sender,
        "To": PRACTICE_NUMBER,
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
        "SmsStatus": "received",
        "ApiVersion": "2010-04-01",
    }
    params.update(extra)
    return params
