"""E-mail delivery statuses: anymail's tracking webhook (Mailgun payloads), replayed over HTTP.

Outbound mail goes through anymail's real Mailgun backend to a stub of Mailgun's messages API
(``testing/stubs.py``), so the id stored at send time is the one the ESP returned; the tracking
webhooks are Mailgun's documented payloads (``fixtures/mailgun_tracking/``), signed as Mailgun
documents (HMAC-SHA256 of timestamp + token) and posted to the running app.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from anymail.signals import AnymailTrackingEvent, EventType, RejectReason
from django.template.loader import render_to_string
from django.test import RequestFactory

from scripta.audit.models import AuditEntry
from scripta.channels import outbox
from scripta.channels.conftest import count, make_patient
from scripta.channels.models import ChannelAccount, ParkedStatus
from scripta.channels.providers.email.tracking import to_update
from scripta.channels.testing.signing import mailgun_signature
from scripta.channels.testing.stubs import MailgunApp, Stub
from scripta.conversations.actions import conversation_for, do_send_reply
from scripta.conversations.models import DeliveryStatus, Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "mailgun_tracking"
STUDIO = "studio@studio-bianchi.example"
PATIENT = "giulia.r@example.it"
API_KEY = "mailgun-api-key"
SIGNING_KEY = "mailgun-signing-key"
SECRET = ("scripta", "hook-secret")
TRACKING = "/channels/anymail/mailgun/tracking/"


@pytest.fixture
def mailgun(settings: Any) -> Iterator[Stub]:
    with Stub(MailgunApp(API_KEY)) as stub:
        settings.EMAIL_BACKEND = "anymail.backends.mailgun.EmailBackend"
        settings.ANYMAIL = {
            "WEBHOOK_SECRET": ":".join(SECRET),
            "MAILGUN_API_KEY": API_KEY,
            "MAILGUN_API_URL": stub.url + "/v3",
            "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY,
        }
        yield stub


@pytest.fixture
def mail_account(practice) -> ChannelAccount:
    account = ChannelAccount(practice=practice, kind="email", address=STUDIO)
    account.set_credentials({})
    account.save()
    return account


def payload(name: str, message_id: str, *, key: str = SIGNING_KEY) -> dict[str, Any]:
    """A fixture with the message's id (as Mailgun writes it: no angle brackets), freshly signed."""
    data = json.loads((FIXTURES / f"{name}.json").read_text())
    data["event-data"]["message"]["headers"]["message-id"] = message_id.strip("<>")
    ts, token = str(int(time.time())), secrets.token_hex(25)
    data["signature"] = {
        "timestamp": ts,
        "token": token,
        "signature": mailgun_signature(key, ts, token),
    }
    return data


def post(base: str, data: Any, *, auth: Any = SECRET) -> requests.Response:
    body = data if isinstance(data, bytes) else json.dumps(data).encode()
    return requests.post(
        base + TRACKING,
        data=body,
        headers={"Content-Type": "application/json"},
        auth=auth,
        timeout=10,
    )


def send(therapist, patient, body: str = "Ci vediamo giovedì.") -> Message:
    message = do_send_reply(therapist, conversation_for(patient), body=body, channel="email")
    message.refresh_from_db()
    return message


def statuses() -> int:
    return AuditEntry.objects.filter(action="message.status").count()


@pytest.mark.django_db(transaction=True)
def test_anymail_send_stores_the_esp_id(mailgun, mail_account, practice, therapist):
    patient = make_patient(practice, therapist, phone="", email=PATIENT)
    message = send(therapist, patient)
    assert message.status == DeliveryStatus.SENT
    assert message.provider == "email"
    assert message.provider_message_id == mailgun.accepted[0]["id"]  # the ESP's id, not ours
    assert message.provider_message_id.endswith("@studio-bianchi.example>")


@pytest.mark.django_db(transaction=True)
def test_forged_and_malformed_tracking_refused_and_nothing_stored(
    mailgun, live_server, mail_account, practice, therapist
):
    patient = make_patient(practice, therapist, phone="", email=PATIENT)
    message = send(therapist, patient)
    before = (statuses(), AuditEntry.objects.count())
    delivered = payload("delivered", message.provider_message_id)
    unsigned = dict(delivered, signature={})
    malformed = payload("delivered", message.provider_message_id)
    del malformed["event-data"]["event"]  # signed by the ESP, but not a readable event
    answers = [
        post(live_server.url, delivered, auth=None),
        post(live_server.url, delivered, auth=("scripta", "wrong")),
        post(live_server.url, payload("delivered", message.provider_message_id, key="other")),
        post(live_server.url, unsigned),
        post(live_server.url, b"{not json"),
        post(live_server.url, malformed),
    ]
    count("email tracking forged tried", len(answers))
    assert all(400 <= r.status_code < 500 for r in answers), [r.status_code for r in answers]
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    assert ParkedStatus.objects.count() == 0
    assert (statuses(), AuditEntry.objects.count()) == before
    count("email tracking forged stored", ParkedStatus.objects.count())


@pytest.mark.django_db(transaction=True)
def test_statuses_forward_only_idempotent_opens_ignored(
    mailgun, live_server, mail_account, practice, therapist, caplog
):
    caplog.set_level(logging.INFO)
    patient = make_patient(practice, therapist, phone="", email=PATIENT)
    message = send(therapist, patient)
    pid = message.provider_message_id

    # Opens and clicks: read receipts. Answered 200, nothing stored, nothing audited.
    for name in ("opened", "clicked"):
        assert post(live_server.url, payload(name, pid)).status_code == 200
        assert (
            post(live_server.url, payload(name, "<unknown.1@mailgun.example>")).status_code == 200
        )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and statuses() == 0
    assert ParkedStatus.objects.count() == 0

    # A soft bounce (retry under way) does not move anything.
    assert post(live_server.url, payload("failed_temporary", pid)).status_code == 200
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and not message.error_code

    # Delivered, then the same webhook again, then a late hard bounce: stays delivered.
    for name in ("delivered", "delivered", "failed_permanent"):
        assert post(live_server.url, payload(name, pid)).status_code == 200
    count("email tracking replays sent", 1)
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED and message.delivered_at is not None
    assert statuses() == 1
    entry = AuditEntry.objects.get(action="message.status")
    assert entry.actor_label == "service:email" and entry.patient_id == patient.pk
    assert entry.detail == {"status": "delivered", "code": ""}

    # A spam complaint: still delivered, the therapist reads why further e-mails may not arrive.
    for _ in range(2):
        assert post(live_server.url, payload("complained", pid)).status_code == 200
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED
    assert message.error_code == "complained"
    assert "spam" in message.error_message and "Consegnato" in message.error_message
    assert statuses() == 2

    # Logs: ids and codes only, never the address or the text.
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "anymail tracking esp=Mailgun status=delivered" in text
    assert PATIENT not in text and "giovedì" not in text and "550 5.1.1" not in text
    assert "opened" not in text and "clicked" not in text


@pytest.mark.django_db(transaction=True)
def test_hard_bounce_fails_with_a_reason_in_the_therapists_language(
    mailgun, live_server, mail_account, practice, therapist
):
    patient = make_patient(practice, therapist, phone="", email=PATIENT)
    message = send(therapist, patient)
    assert post(live_server.url, payload("failed_permanent", message.provider_message_id)).ok
    assert post(live_server.url, payload("delivered", message.provider_message_id)).ok
    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED
    assert message.error_code == "bounced"
    assert message.error_message.startswith("Non consegnato")  # therapist.language == "it"
    assert (
        "example.it" not in message.error_message
    )  # the MTA's text (with the address) is not kept
    request = RequestFactory().get("/inbox/1/")
    request.user = therapist
    html = render_to_string(
        "conversations/_timeline.html",
        {"messages_list": [message], "patient": patient, "conversation": message.conversation},
        request=request,
    )
    assert 'data-error="bounced"' in html and "Non consegnato" in html

    rejected = send(therapist, patient, body="Seconda prova.")
    assert post(live_server.url, payload("rejected", rejected.provider_message_id)).ok
    rejected.refresh_from_db()
    assert rejected.status == DeliveryStatus.FAILED and rejected.error_code == "rejected"


@pytest.mark.django_db(transaction=True)
def test_unknown_id_parked_then_applied_when_the_send_is_recorded(
    mailgun, live_server, mail_account, practice, therapist
):
    """The webhook can beat the worker's bookkeeping: parked, applied when the id appears."""
    patient = make_patient(practice, therapist, phone="", email=PATIENT)
    early = "<20260101120000.early@studio-bianchi.example>"
    assert post(live_server.url, payload("delivered", early)).status_code == 200
    assert post(live_server.url, payload("opened", early)).status_code == 200
    parked = ParkedStatus.objects.get()
    assert (parked.provider, parked.provider_message_id, parked.status) == (
        "email",
        early,
        "delivered",
    )
    mailgun.server.app.next_ids.append(early)  # type: ignore[attr-defined]
    message = send(therapist, patient)
    assert message.provider_message_id == early
    assert message.status == DeliveryStatus.DELIVERED
    parked.refresh_from_db()
    assert parked.applied_at is not None

    # A complaint parked for a message not recorded yet is applied the same way.
    later = "<20260101120001.later@studio-bianchi.example>"
    assert post(live_server.url, payload("complained", later)).ok
    mailgun.server.app.next_ids.append(later)  # type: ignore[attr-defined]
    second = send(therapist, patient, body="Altro.")
    assert second.status == DeliveryStatus.DELIVERED and second.error_code == "complained"


@pytest.mark.django_db
def test_smtp_path_matches_our_message_id(settings, mail_account, practice, therapist):
    """Through SMTP (e.g. an ESP's SMTP relay) the stored id is our Message-ID header."""
    from scripta.channels.providers.email.tracking import apply_tracking

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    patient = make_patient(practice, therapist, phone="", email=PATIENT)
    message = send(therapist, patient)
    assert outbox.deliver(message.pk) == "sent"  # no commit in this test: deliver by hand
    message.refresh_from_db()
    assert message.provider_message_id.startswith("<scripta.")
    event = AnymailTrackingEvent(
        event_type=EventType.DELIVERED, message_id=message.provider_message_id.strip("<>")
    )
    assert apply_tracking(event, "Mailgun") == "applied"
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED
    assert outbox.sweep() == []


@pytest.mark.parametrize(
    ("event_type", "reason", "expected"),
    [
        (EventType.QUEUED, None, ("queued", "")),
        (EventType.SENT, None, ("sent", "")),
        (EventType.DEFERRED, None, ("sent", "")),
        (EventType.DELIVERED, None, ("delivered", "")),
        (EventType.AUTORESPONDED, None, ("delivered", "")),
        (EventType.BOUNCED, RejectReason.BOUNCED, ("failed", "bounced")),
        (EventType.BOUNCED, RejectReason.INVALID, ("failed", "invalid_recipient")),
        (EventType.REJECTED, RejectReason.SPAM, ("failed", "suppressed")),
        (EventType.REJECTED, RejectReason.INVALID, ("failed", "invalid_recipient")),
        (EventType.REJECTED, RejectReason.OTHER, ("failed", "rejected")),
        (EventType.FAILED, None, ("failed", "esp_failed")),
        (EventType.COMPLAINED, None, ("complained", "")),
        (EventType.UNSUBSCRIBED, None, ("unsubscribed", "")),
        (EventType.OPENED, None, None),
        (EventType.CLICKED, None, None),
        (EventType.SUBSCRIBED, None, None),
        (EventType.UNKNOWN, None, None),
    ],
)
def test_event_types_map_to_statuses(event_type, reason, expected):
    event = AnymailTrackingEvent(
        event_type=event_type, message_id="<a@b>", reject_reason=reason, recipient=PATIENT
    )
    update = to_update(event)
    assert (None if update is None else (update.status, update.error_code)) == expected
    # without a message id there is nothing to match: ignored
    assert to_update(AnymailTrackingEvent(event_type=event_type)) is None
