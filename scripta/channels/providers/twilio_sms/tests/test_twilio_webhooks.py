"""Signed Twilio webhooks sent to the running app over HTTP (pytest-django's live_server)."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from unittest import mock

import pytest
import requests
from django.db import OperationalError

from scripta.channels.conftest import (
    PATIENT_NUMBER,
    TWILIO_SID,
    TWILIO_TOKEN,
    count,
    hook_path,
    inbound_sms,
    post_twilio,
    twilio_account,
)
from scripta.channels.models import FirstContact, ParkedStatus
from scripta.channels.testing.signing import twilio_signature
from scripta.conversations.models import Attachment, DeliveryStatus, Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
pytestmark = pytest.mark.django_db(transaction=True)


def fixture(name: str, **subst: str) -> dict[str, str]:
    text = (FIXTURES / name).read_text()
    for key, value in subst.items():
        text = text.replace("{" + key + "}", value)
    data = json.loads(text)
    data["AccountSid"] = TWILIO_SID
    return data


def test_documented_signature_example():
    """Twilio's published example (docs: 'Validating requests'): our signer reproduces it."""
    params = {
        "CallSid": "CA1234567890ABCDE",
        "Caller": "+14158675310",
        "Digits": "1234",
        "From": "+14158675310",
        "To": "+18005551212",
    }
    assert (
        twilio_signature("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", params)
        == "GvWf1cFY/Q7PnoempGyD5oXAezc="
    )


@pytest.mark.parametrize("kind", ["twilio_sms", "twilio_whatsapp"])
def test_inbound_fixture_stored_in_patient_timeline(public, practice, patient, kind):
    account = twilio_account(practice, kind)
    params = fixture("inbound_sms.json")
    if kind == "twilio_whatsapp":
        params["From"], params["To"] = "whatsapp:" + params["From"], "whatsapp:" + params["To"]
    response = post_twilio(public, hook_path(account), params)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/xml")
    message = Message.objects.get()
    assert message.conversation.patient == patient
    assert message.provider == kind and message.provider_message_id == params["MessageSid"]
    assert message.body.endswith("🙏")
    assert message.channel == ("sms" if kind == "twilio_sms" else "whatsapp")


def test_inbound_media_fetched_checked_and_stored(public, practice, patient, twilio_stub):
    account = twilio_account(practice, "twilio_whatsapp", twilio_stub)
    params = fixture("inbound_whatsapp_media.json", api=twilio_stub.url)
    response = post_twilio(public, hook_path(account), params)
    assert response.status_code == 200
    attachment = Attachment.objects.get()
    assert attachment.content_type == "image/png"
    assert attachment.message.body == "Ecco il diario della settimana"


def test_unknown_sender_goes_to_first_contact_queue(public, practice, patient, sms_account):
    response = post_twilio(
        public,
        hook_path(sms_account),
        inbound_sms("SMfirst1", sender="+393479999999", body="Salve, vorrei un appuntamento"),
    )
    assert response.status_code == 200
    assert Message.objects.count() == 0
    contact = FirstContact.objects.get()
    assert contact.body == "Salve, vorrei un appuntamento" and contact.sender == "+393479999999"
    # the same sender in another practice's patient list does not match across practices
    assert contact.account == sms_account


FORGERIES = {
    "missing signature": dict(signature=""),
    "garbage signature": dict(signature="bm90IGEgc2lnbmF0dXJl"),
    "wrong auth token": dict(token="another-token"),
    "signed for another host (Host header trick)": dict(public_base="https://evil.example"),
}


@pytest.mark.parametrize("name", list(FORGERIES))
def test_forged_requests_refused_and_nothing_stored(public, practice, patient, sms_account, name):
    response = post_twilio(
        public, hook_path(sms_account), inbound_sms(f"SMforged{len(name)}"), **FORGERIES[name]
    )
    count("twilio forged/malformed tried")
    assert response.status_code == 403
    assert Message.objects.count() == 0 and FirstContact.objects.count() == 0
    count("twilio forged/malformed stored", Message.objects.count() + FirstContact.objects.count())


def test_tampered_and_extra_parameters_refused(public, practice, patient, sms_account):
    path = hook_path(sms_account)
    params = inbound_sms("SMtamper")
    signature = twilio_signature(TWILIO_TOKEN, public + path, params)
    tampered = dict(params, Body="Tampered body")
    extra = dict(params, Injected="1")
    for data in (tampered, extra):
        response = requests.post(
            public + path, data=data, headers={"X-Twilio-Signature": signature}, timeout=10
        )
        count("twilio forged/malformed tried")
        assert response.status_code == 403
    # the Host header is not trusted: same signed request, spoofed Host
    response = requests.post(
        public + path,
        data=params,
        headers={
            "X-Twilio-Signature": twilio_signature(
                TWILIO_TOKEN, "http://evil.example" + path, params
            ),
            "Host": "evil.example",
        },
        timeout=10,
    )
    count("twilio forged/malformed tried")
    assert response.status_code == 403
    assert Message.objects.count() == 0
    count("twilio forged/malformed stored", Message.objects.count())


def test_other_twilio_account_and_malformed_refused(public, practice, patient, sms_account):
    path = hook_path(sms_account)
    cases = [
        (dict(inbound_sms("SMother"), AccountSid="AC" + "9" * 32), 403),
        (
            {k: v for k, v in inbound_sms("SMnosid").items() if k not in ("MessageSid", "SmsSid")},
            400,
        ),
        (dict(inbound_sms("SMnofrom"), From=""), 400),
        (dict(inbound_sms("SMwrongto"), To="+15005550006"), 400),
        (dict(inbound_sms("SMnummedia"), NumMedia="lots"), 400),
    ]
    for params, status in cases:
        response = post_twilio(public, path, params)
        count("twilio forged/malformed tried")
        assert response.status_code == status, params
    # oversized body, JSON instead of a form, unknown account key
    big = inbound_sms("SMbig", body="x" * 600_000)
    response = post_twilio(public, path, big)
    count("twilio forged/malformed tried")
    assert response.status_code == 413
    raw = json.dumps(inbound_sms("SMjson")).encode()
    response = requests.post(
        public + path,
        data=raw,
        headers={"Content-Type": "application/json", "X-Twilio-Signature": "x"},
        timeout=10,
    )
    count("twilio forged/malformed tried")
    assert response.status_code in (403, 415)
    response = post_twilio(
        public,
        "/channels/hook/twilio_sms/00000000-0000-0000-0000-000000000000/",
        inbound_sms("SMnokey"),
    )
    count("twilio forged/malformed tried")
    assert response.status_code == 404
    assert Message.objects.count() == 0 and FirstContact.objects.count() == 0
    count("twilio forged/malformed stored", Message.objects.count() + FirstContact.objects.count())


def test_same_webhook_twice_and_ten_times_concurrently(public, practice, patient, sms_account):
    path = hook_path(sms_account)
    params = inbound_sms("SMreplay0001")
    assert post_twilio(public, path, params).status_code == 200
    assert post_twilio(public, path, params).status_code == 200
    count("twilio replays sent", 2)
    assert Message.objects.count() == 1
    concurrent = inbound_sms("SMconcurrent01")
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(
            pool.map(lambda _: post_twilio(public, path, concurrent).status_code, range(10))
        )
    count("twilio replays sent", 10)
    assert statuses == [200] * 10
    assert Message.objects.filter(provider_message_id="SMconcurrent01").count() == 1
    assert Message.objects.count() == 2
    count("twilio replay rows created", Message.objects.count())


def test_database_down_answers_5xx_then_retry_stores_once(public, practice, patient, sms_account):
    path = hook_path(sms_account)
    params = inbound_sms("SMdbdown01")
    with mock.patch(
        "scripta.channels.webhooks.do_route_inbound",
        side_effect=OperationalError("database is down"),
    ):
        response = post_twilio(public, path, params)
    count("faults injected: database down")
    assert response.status_code == 503
    assert Message.objects.count() == 0
    # the provider retries after recovery: stored once
    assert post_twilio(public, path, params).status_code == 200
    assert post_twilio(public, path, params).status_code == 200
    assert Message.objects.count() == 1
    count("messages lost", 1 - Message.objects.count())


def test_database_down_at_account_lookup_is_5xx(public, practice, patient, sms_account):
    with mock.patch(
        "scripta.channels.webhooks.ChannelAccount.objects.filter",
        side_effect=OperationalError("down"),
    ):
        response = post_twilio(public, hook_path(sms_account), inbound_sms("SMdbdown02"))
    count("faults injected: database down")
    assert response.status_code == 503


def test_unknown_status_callback_parked_then_applied(public, practice, patient, sms_account):
    path = hook_path(sms_account, status=True)
    params = {
        "MessageSid": "SMunknown01",
        "MessageStatus": "delivered",
        "AccountSid": TWILIO_SID,
        "To": PATIENT_NUMBER,
        "From": "+390612345678",
        "ApiVersion": "2010-04-01",
    }
    response = post_twilio(public, path, params)
    assert response.status_code == 200
    assert ParkedStatus.objects.filter(provider_message_id="SMunknown01").count() == 1
    assert Message.objects.filter(status=DeliveryStatus.DELIVERED).count() == 0


def test_inbound_media_unavailable_text_still_stored(public, practice, patient, twilio_stub):
    account = twilio_account(practice, "twilio_whatsapp", twilio_stub)
    params = fixture("inbound_whatsapp_media.json", api=twilio_stub.url)
    params["MediaUrl0"] = params["MediaUrl0"].replace(twilio_stub.url, "https://evil.example")
    response = post_twilio(public, hook_path(account), params)
    assert response.status_code == 200
    message = Message.objects.get()
    assert message.body.startswith("Ecco il diario della settimana")
    assert "1 attachment(s) could not be retrieved" in message.body
    assert Attachment.objects.count() == 0
