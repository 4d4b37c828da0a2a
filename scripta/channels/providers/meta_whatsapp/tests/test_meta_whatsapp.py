"""Meta WhatsApp Cloud API: handshake, raw-body signatures, idempotency, Graph sends, window."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import requests
from django.utils import timezone

from scripta.channels import outbox
from scripta.channels.conftest import META_SECRET, META_VERIFY, count, hook_path, meta_account
from scripta.channels.models import FirstContact
from scripta.channels.testing.signing import meta_signature
from scripta.channels.window import window_open
from scripta.conversations.actions import conversation_for, do_mark_read, do_send_reply
from scripta.conversations.models import Attachment, DeliveryStatus, Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
pytestmark = pytest.mark.django_db(transaction=True)


def raw(name: str, **subst: str) -> bytes:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    for key, value in subst.items():
        text = text.replace("{" + key + "}", value)
    return text.encode("utf-8")


def post(
    public: str, account, body: bytes, signature: str | None = None, headers: dict | None = None
) -> requests.Response:
    sig = meta_signature(META_SECRET, body) if signature is None else signature
    h = {"Content-Type": "application/json"}
    if sig:
        h["X-Hub-Signature-256"] = sig
    h.update(headers or {})
    return requests.post(public + hook_path(account), data=body, headers=h, timeout=10)


@pytest.fixture
def account(practice, graph_stub):
    return meta_account(practice, graph_stub)


def test_verify_token_handshake(public, account):
    url = public + hook_path(account)
    ok = requests.get(
        url,
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": META_VERIFY,
            "hub.challenge": "1158201444",
        },
        timeout=10,
    )
    assert ok.status_code == 200 and ok.text == "1158201444"
    bad = requests.get(
        url,
        params={
            "hub.mode": "subscribe",
            "hub.verify_token": "wrong",
            "hub.challenge": "1158201444",
        },
        timeout=10,
    )
    assert bad.status_code == 403 and "1158201444" not in bad.text


def test_text_message_with_emoji_and_accents_verifies_on_raw_bytes(public, account, patient):
    body = raw("text_message.json")
    assert post(public, account, body).status_code == 200
    message = Message.objects.get()
    assert message.conversation.patient == patient and message.channel == "whatsapp"
    assert message.body == "Stanotte non ho dormito, però oggi va un po' meglio 😊 — grazie"
    assert message.provider == "meta_whatsapp"


def test_reserialised_payload_fails_signature(public, account, patient):
    body = raw("text_message.json")
    reserialised = json.dumps(json.loads(body)).encode()  # \u escapes: same data, other bytes
    assert reserialised != body
    response = post(public, account, body, signature=meta_signature(META_SECRET, reserialised))
    count("meta forged/malformed tried")
    assert response.status_code == 403
    assert Message.objects.count() == 0
    count("meta forged/malformed stored", Message.objects.count())


def test_forged_and_malformed_refused_nothing_stored(public, account, patient):
    body = raw("text_message.json")
    cases = [
        (dict(signature=""), 403),
        (dict(signature="sha256=" + "0" * 64), 403),
        (dict(signature=meta_signature("another-secret", body)), 403),
        (dict(signature=meta_signature(META_SECRET, body).replace("sha256=", "sha1=")), 403),
    ]
    for kwargs, status in cases:
        assert post(public, account, body, **kwargs).status_code == status
        count("meta forged/malformed tried")
    tampered = body.replace(b"meglio", b"peggio")
    assert (
        post(public, account, tampered, signature=meta_signature(META_SECRET, body)).status_code
        == 403
    )
    count("meta forged/malformed tried")
    # correctly signed but malformed / for another number / not JSON / too large
    for bad, status in [
        (b"not json", 400),
        (b'{"object": "page", "entry": []}', 400),
        (
            b'{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {}}]}]}',
            400,
        ),
        (body.replace(b"106540352242922", b"999999999999999"), 400),
        (
            b'{"object": "whatsapp_business_account", "entry": [{"changes": [{"field": "messages", "value": {"metadata": {"phone_number_id": "106540352242922"}, "messages": [{"id": "x"}]}}]}]}',
            400,
        ),
        (b" " * 600_000 + body, 413),
    ]:
        assert post(public, account, bad).status_code == status, bad[:80]
        count("meta forged/malformed tried")
    stored = Message.objects.count() + FirstContact.objects.count()
    count("meta forged/malformed stored", stored)
    assert stored == 0


def test_same_notification_twice_and_ten_times_concurrently(public, account, patient):
    body = raw("text_message.json")
    assert post(public, account, body).status_code == 200
    assert post(public, account, body).status_code == 200
    other = body.replace(b"MkQ0RTEA", b"MkQ0RTFB")
    assert other != body
    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(lambda _: post(public, account, other).status_code, range(10)))
    count("meta replays sent", 12)
    assert statuses == [200] * 10
    assert Message.objects.count() == 2
    count("meta replay rows created", Message.objects.count())


def test_image_message_media_downloaded_from_graph(public, account, patient, graph_stub):
    assert post(public, account, raw("image_message.json")).status_code == 200
    message = Message.objects.get()
    assert message.body == "Il mio diario"
    assert Attachment.objects.get(message=message).content_type == "image/png"
    paths = [r.path for r in graph_stub.state.requests]
    assert "/v21.0/1479537139650973" in paths


def test_unknown_sender_first_contact(public, account, patient):
    body = raw("text_message.json").replace(b'"from": "393331234567"', b'"from": "393470000000"')
    assert post(public, account, body).status_code == 200
    assert Message.objects.count() == 0 and FirstContact.objects.get().sender == "+393470000000"


def test_reply_inside_window_sent_via_graph_with_reference(
    public, account, therapist, patient, graph_stub
):
    assert post(public, account, raw("text_message.json")).status_code == 200
    conversation = conversation_for(patient)
    assert window_open(conversation)
    message = do_send_reply(
        therapist, conversation, body="Ci sentiamo alle 18.", channel="whatsapp"
    )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    sent = [p for p in graph_stub.accepted if p.get("type") == "text"]
    assert len(sent) == 1
    assert sent[0]["to"] == "393331234567" and sent[0]["text"]["body"] == "Ci sentiamo alle 18."
    assert sent[0]["biz_opaque_callback_data"] == str(message.pk)
    assert message.provider_message_id == sent[0]["id"]
    # out-of-order statuses: read, then delivered, then sent -> delivered
    for status in ("read", "delivered", "sent"):
        assert (
            post(
                public,
                account,
                raw(
                    "status.json",
                    wamid=message.provider_message_id,
                    status=status,
                    ref=str(message.pk),
                ),
            ).status_code
            == 200
        )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED


def test_outside_window_only_template_fails_readably(account, therapist, patient, graph_stub):
    conversation = conversation_for(patient)
    Message.objects.create(
        conversation=conversation,
        direction="in",
        channel="whatsapp",
        body="old",
        provider="meta_whatsapp",
        provider_message_id="wamid.old",
        status="received",
        received_at=timezone.now() - timedelta(hours=25),
    )
    assert not window_open(conversation)
    message = do_send_reply(therapist, conversation, body="Come va?", channel="whatsapp")
    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED and message.error_code == "window_closed"
    assert "24" in message.error_message
    assert graph_stub.accepted == []


def test_graph_errors_temporary_then_permanent(account, therapist, patient, graph_stub):
    conversation = conversation_for(patient)
    Message.objects.create(
        conversation=conversation,
        direction="in",
        channel="whatsapp",
        body="ciao",
        provider="meta_whatsapp",
        provider_message_id="wamid.in1",
        status="received",
        received_at=timezone.now(),
    )
    graph_stub.fail_next(
        (500, {"error": {"message": "Service temporarily unavailable", "code": 2}}),
        (400, {"error": {"message": "Rate limit hit", "code": 130429}}),
    )
    count("faults injected: provider 5xx/429", 2)
    message = do_send_reply(therapist, conversation, body="Arrivo", channel="whatsapp")
    for minutes in (5, 10, 20):
        outbox.sweep(timezone.now() + timedelta(minutes=minutes), send_inline=True)
    message.refresh_from_db()
    assert (
        message.status == DeliveryStatus.SENT
        and len([p for p in graph_stub.accepted if p.get("type") == "text"]) == 1
    )
    graph_stub.fail_next(
        (400, {"error": {"message": "Recipient phone number not in allowed list", "code": 131030}})
    )
    count("faults injected: provider permanent 4xx")
    failed = do_send_reply(therapist, conversation, body="Di nuovo", channel="whatsapp")
    failed.refresh_from_db()
    assert failed.status == DeliveryStatus.FAILED and failed.error_code == "invalid_recipient"


def test_read_receipts_only_when_chosen(public, account, therapist, patient, graph_stub):
    assert post(public, account, raw("text_message.json")).status_code == 200
    conversation = conversation_for(patient)
    do_mark_read(therapist, conversation)
    assert [p for p in graph_stub.accepted if p.get("status") == "read"] == []
    account.read_receipts = True
    account.save(update_fields=["read_receipts"])
    do_mark_read(therapist, conversation)
    # the account allows it, but the therapist has not chosen it for this patient
    assert [p for p in graph_stub.accepted if p.get("status") == "read"] == []
    from django.apps import apps

    apps.get_model("workflow", "PatientBoundaries").objects.create(
        patient=patient, read_receipts=True
    )
    do_mark_read(therapist, conversation)
    receipts = [p for p in graph_stub.accepted if p.get("status") == "read"]
    assert len(receipts) == 1 and receipts[0]["message_id"].startswith("wamid.")


def test_outside_window_an_approved_template_is_sent(practice, therapist, patient, graph_stub):
    from scripta.channels.actions import TemplateNotApproved, do_send_template

    account = meta_account(practice, graph_stub)
    creds = account.credentials
    creds["templates"] = [
        {
            "name": "richiamo_seduta",
            "language": "it",
            "text": "Ha un nuovo messaggio dal suo terapeuta: risponda qui per leggerlo.",
        }
    ]
    account.set_credentials(creds)
    account.save()
    conversation = conversation_for(patient)
    assert not window_open(conversation)
    with pytest.raises(TemplateNotApproved):
        do_send_template(therapist, conversation, name="not_listed", language="it")
    message = do_send_template(therapist, conversation, name="richiamo_seduta", language="it")
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    sent = graph_stub.accepted[-1]
    assert sent["type"] == "template" and sent["template"] == {
        "name": "richiamo_seduta",
        "language": {"code": "it"},
    }
    assert "text" not in sent
    assert message.body.startswith("Ha un nuovo messaggio")


def test_twilio_whatsapp_template_uses_content_sid(practice, therapist, patient, twilio_stub):
    from scripta.channels.actions import do_send_template
    from scripta.channels.conftest import twilio_account

    account = twilio_account(practice, "twilio_whatsapp", twilio_stub)
    creds = account.credentials
    creds["templates"] = [{"name": "HX0123456789abcdef0123456789abcdef", "language": "it"}]
    account.set_credentials(creds)
    account.save()
    message = do_send_template(
        therapist,
        conversation_for(patient),
        name="HX0123456789abcdef0123456789abcdef",
        language="it",
    )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    assert twilio_stub.accepted[-1]["content_sid"] == "HX0123456789abcdef0123456789abcdef"
    assert twilio_stub.accepted[-1]["to"] == "whatsapp:+393331234567"


def test_first_contact_media_kept_encrypted_then_moved_or_erased(
    public, account, therapist, settings
):
    from pathlib import Path

    from scripta.channels.actions import do_convert_first_contact, do_discard_first_contact
    from scripta.channels.models import FirstContactFile

    image = raw("image_message.json").replace(b'"from": "393331234567"', b'"from": "393470000000"')
    assert post(public, account, image).status_code == 200
    contact = FirstContact.objects.get()
    file = FirstContactFile.objects.get(contact=contact)
    stored = Path(settings.MEDIA_ROOT) / "attachments" / file.stored_name
    assert stored.exists() and not stored.read_bytes().startswith(b"\x89PNG")  # encrypted on disk
    patient = do_convert_first_contact(therapist, contact, full_name="Nuova Paziente")
    attachment = Attachment.objects.get()
    assert (
        attachment.message.conversation.patient == patient
        and attachment.stored_name == file.stored_name
    )
    assert not FirstContactFile.objects.exists() and stored.exists()
    second = image.replace(b"RTIA", b"RTJB").replace(
        b'"from": "393470000000"', b'"from": "393470000001"'
    )
    assert post(public, account, second).status_code == 200
    other = FirstContact.objects.get(state="pending")
    other_file = (
        Path(settings.MEDIA_ROOT)
        / "attachments"
        / FirstContactFile.objects.get(contact=other).stored_name
    )
    do_discard_first_contact(therapist, other)
    assert not other_file.exists() and not FirstContactFile.objects.exists()
