"""Crisis alerts: at once, to every treating therapist, once, with no patient content; the
optional safety message; acknowledgement by the link; everything audited."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from conftest import CANARIES, CANARY_BODY, CANARY_NAME, CANARY_PREFERRED, login_verified
from scripta.accounts.models import User
from scripta.audit.models import AuditEntry
from scripta.conversations.actions import do_receive_message
from scripta.conversations.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    MessageReading,
    ReadState,
)
from scripta.patients.models import Channel, Consent, Patient
from scripta.workflow import alerts
from scripta.workflow.alerts import alert_for_message, render_alert
from scripta.workflow.models import CrisisAlert, TherapistSettings

CRISIS_TEXT = "I have the pills ready and I am going to take them all tonight. Goodbye everyone."


class SmsStub:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def __call__(self, phone: str, text: str) -> None:
        self.sent.append((phone, text))


@pytest.fixture
def sms() -> Iterator[SmsStub]:
    stub = SmsStub()
    previous = alerts.sms_sender()
    alerts.register_sms_sender(stub)
    yield stub
    alerts.register_sms_sender(previous)


@pytest.fixture
def no_sms() -> Iterator[None]:
    previous = alerts.sms_sender()
    alerts.register_sms_sender(None)
    yield
    alerts.register_sms_sender(previous)


def with_email(user: User, address: str) -> User:
    user.email = address
    user.save(update_fields=["email"])
    return user


def crisis_message(conversation: Conversation, rank: int = 4, **kw: Any) -> Message:
    now = timezone.now()
    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.INBOUND,
        channel=kw.get("channel", Channel.PORTAL),
        body=CANARY_BODY + " " + CRISIS_TEXT,
        sent_at=now,
        received_at=now,
        status=DeliveryStatus.RECEIVED,
    )
    MessageReading.objects.create(
        message=message, engine_version="t", risk_rank=rank, details_json="{}"
    )
    return message


def assert_no_patient_content(*texts: object) -> None:
    for raw in texts:
        text = str(raw)
        for canary in (*CANARIES, CANARY_PREFERRED, "pills", "tonight", "Quirinella"):
            assert canary not in text, f"alert leaks {canary!r}: {text!r}"


def test_high_risk_alerts_by_email_with_only_a_link(
    therapist: User, conversation: Conversation, no_sms: None
) -> None:
    with_email(therapist, "bianchi@example.org")
    message = crisis_message(conversation, rank=3)
    outcomes = alert_for_message(message.pk)
    assert outcomes[0] == f"alerted:{therapist.pk}:email"
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["bianchi@example.org"]
    assert "needs your attention" in sent.body
    alert = CrisisAlert.objects.get(message=message, therapist=therapist)
    assert f"/settings/alerts/{alert.pk}/" in sent.body
    assert_no_patient_content(sent.subject, sent.body)
    entry = AuditEntry.objects.get(action="crisis_alert.sent")
    assert entry.actor_label == "service:alerts"
    assert entry.detail["routes"] == ["email"]


def test_moderate_risk_does_not_alert(therapist: User, conversation: Conversation) -> None:
    with_email(therapist, "bianchi@example.org")
    message = crisis_message(conversation, rank=2)
    assert alert_for_message(message.pk) == []
    assert not mail.outbox
    assert not CrisisAlert.objects.exists()


def test_every_treating_therapist_once_per_message(
    therapist: User, second_therapist: User, conversation: Conversation, no_sms: None
) -> None:
    with_email(therapist, "bianchi@example.org")
    with_email(second_therapist, "rossi@example.org")
    conversation.patient.therapists.add(second_therapist)
    message = crisis_message(conversation)
    alert_for_message(message.pk)
    again = alert_for_message(message.pk)  # a re-read, or a duplicate task
    assert again[:2] == [f"already:{therapist.pk}", f"already:{second_therapist.pk}"]
    assert sorted(m.to[0] for m in mail.outbox) == ["bianchi@example.org", "rossi@example.org"]
    assert CrisisAlert.objects.filter(message=message).count() == 2


def test_sms_route_to_the_therapists_own_phone(
    therapist: User, conversation: Conversation, sms: SmsStub
) -> None:
    TherapistSettings.objects.create(
        therapist=therapist, alert_by_email=False, alert_by_sms=True, alert_phone="+393470000001"
    )
    message = crisis_message(conversation)
    alert_for_message(message.pk)
    assert len(sms.sent) == 1
    phone, text = sms.sent[0]
    assert phone == "+393470000001"
    assert "needs your attention" in text
    assert_no_patient_content(text)
    assert not mail.outbox
    assert CrisisAlert.objects.get().routes == "sms"


def test_sms_without_a_sender_falls_back_to_email(
    therapist: User, conversation: Conversation, no_sms: None
) -> None:
    with_email(therapist, "bianchi@example.org")
    TherapistSettings.objects.create(
        therapist=therapist, alert_by_email=False, alert_by_sms=True, alert_phone="+393470000001"
    )
    alert_for_message(crisis_message(conversation).pk)
    assert len(mail.outbox) == 1
    assert CrisisAlert.objects.get().routes == "sms_unavailable,email"


@pytest.mark.parametrize("language", ["en", "it"])
def test_every_alert_rendering_carries_no_patient_content(
    therapist: User, conversation: Conversation, language: str, sms: SmsStub
) -> None:
    """Minimum content: render every alert with canary content; the canary never appears."""
    therapist.language = language
    with_email(therapist, "bianchi@example.org")
    TherapistSettings.objects.create(
        therapist=therapist, alert_by_email=True, alert_by_sms=True, alert_phone="+393470000001"
    )
    message = crisis_message(conversation)
    alert_for_message(message.pk)
    alert = CrisisAlert.objects.get()
    rendered = render_alert(therapist, alert)
    assert_no_patient_content(rendered.subject, rendered.text, rendered.sms)
    assert_no_patient_content(*(f"{m.subject} {m.body}" for m in mail.outbox))
    assert_no_patient_content(*(text for _, text in sms.sent))
    assert len(mail.outbox) == 1
    assert len(sms.sent) == 1
    expected = "richiede la tua attenzione" if language == "it" else "needs your attention"
    assert expected in rendered.text
    assert expected in rendered.sms


def test_safety_message_off_by_default(therapist: User, conversation: Conversation) -> None:
    before = conversation.messages.count()
    outcomes = alert_for_message(crisis_message(conversation).pk)
    assert outcomes[-1] == "safety:disabled"
    assert conversation.messages.count() == before + 1  # only the crisis message itself


def test_safety_message_when_enabled(therapist: User, conversation: Conversation) -> None:
    TherapistSettings.objects.create(therapist=therapist, safety_message_enabled=True)
    message = crisis_message(conversation)
    outcomes = alert_for_message(message.pk)
    assert outcomes[-1] == "safety:sent:portal"
    alert = CrisisAlert.objects.get()
    safety = alert.safety_message
    assert safety is not None
    assert safety.direction == Direction.OUTBOUND
    assert safety.channel == Channel.PORTAL
    assert "112" in safety.body
    lowered = safety.body.lower()
    for claim in ("read your", "i have read", "i've read", "seen your"):
        assert claim not in lowered
    # Once per message, and the therapist's reading state is untouched.
    alert_for_message(message.pk)
    assert CrisisAlert.objects.filter(safety_message__isnull=False).count() == 1
    assert not ReadState.objects.filter(conversation=conversation, user=therapist).exists()
    assert AuditEntry.objects.filter(action="safety_message.sent").count() == 1


def test_safety_message_uses_the_channel_the_patient_wrote_on_if_consented(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    patient_record.language = "it"
    patient_record.save(update_fields=["language"])
    TherapistSettings.objects.create(
        therapist=therapist,
        safety_message_enabled=True,
        safety_message_it="Chiama il {number} se sei in pericolo.",
    )
    # SMS without consent: falls back to the portal.
    alert_for_message(crisis_message(conversation, channel=Channel.SMS).pk)
    first = CrisisAlert.objects.get()
    assert first.safety_message is not None
    assert first.safety_message.channel == Channel.PORTAL
    assert first.safety_message.body == "Chiama il 112 se sei in pericolo."
    Consent.objects.create(patient=patient_record, channel=Channel.SMS, granted_at=timezone.now())
    second = crisis_message(conversation, channel=Channel.SMS)
    alert_for_message(second.pk)
    alert = CrisisAlert.objects.get(message=second)
    assert alert.safety_message is not None
    assert alert.safety_message.channel == Channel.SMS
    assert alert.safety_message.status == DeliveryStatus.QUEUED


def test_a_crisis_message_received_alerts_through_the_hook(
    therapist: User,
    patient_record: Patient,
    conversation: Conversation,
    django_capture_on_commit_callbacks: Any,
    no_sms: None,
) -> None:
    """End to end: inbound -> reading (on commit) -> alert (on commit of the reading)."""
    with_email(therapist, "bianchi@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        received = do_receive_message(
            patient_record, channel=Channel.PORTAL, body=CANARY_NAME + ": " + CRISIS_TEXT
        )
    message = received.message
    assert message.reading.risk_rank == 4
    assert CrisisAlert.objects.filter(message=message, therapist=therapist).exists()
    assert len(mail.outbox) == 1
    assert_no_patient_content(mail.outbox[0].subject, mail.outbox[0].body)


def test_the_alert_link_records_the_acknowledgement(
    therapist: User, second_therapist: User, conversation: Conversation, no_sms: None
) -> None:
    alert_for_message(crisis_message(conversation).pk)
    alert = CrisisAlert.objects.get()
    outsider = login_verified(Client(), second_therapist)
    assert outsider.get(f"/settings/alerts/{alert.pk}/").status_code == 404
    client = login_verified(Client(), therapist)
    response = client.get(f"/settings/alerts/{alert.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/inbox/{conversation.pk}/"
    alert.refresh_from_db()
    assert alert.acknowledged_at is not None
    first = alert.acknowledged_at
    client.get(f"/settings/alerts/{alert.pk}/")
    alert.refresh_from_db()
    assert alert.acknowledged_at == first
    assert AuditEntry.objects.filter(action="crisis_alert.acknowledged").count() == 1
    assert AuditEntry.objects.filter(action="crisis_alert.opened").count() == 1


def test_sms_through_the_practices_sms_account(
    therapist: User,
    conversation: Conversation,
    practice: Any,
    no_sms: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scripta.channels.base import Outgoing, PermanentError
    from scripta.channels.models import ChannelAccount

    account = ChannelAccount.objects.create(
        practice=practice, kind="twilio_sms", address="+390612345678"
    )
    sent: list[Outgoing] = []

    class FakeSms:
        channel = "sms"
        fail = False

        def send(self, message: Outgoing, acc: ChannelAccount) -> str:
            assert acc.pk == account.pk
            if self.fail:
                raise PermanentError("rejected")
            sent.append(message)
            return "SM1"

    fake = FakeSms()
    monkeypatch.setattr("scripta.channels.registry.get_provider", lambda kind: fake)
    with_email(therapist, "bianchi@example.org")
    TherapistSettings.objects.create(
        therapist=therapist, alert_by_email=False, alert_by_sms=True, alert_phone="+393470000001"
    )
    alert_for_message(crisis_message(conversation).pk)
    assert [m.to for m in sent] == ["+393470000001"]
    assert_no_patient_content(sent[0].body)
    assert not mail.outbox
    assert CrisisAlert.objects.get().routes == "sms"
    # A refused SMS falls back to e-mail.
    fake.fail = True
    alert_for_message(crisis_message(conversation).pk)
    assert CrisisAlert.objects.order_by("pk").last().routes == "sms_failed,email"  # type: ignore[union-attr]
    assert len(mail.outbox) == 1


def test_a_failed_alert_is_retried_by_the_sweeper(
    therapist: User, conversation: Conversation, no_sms: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from scripta.workflow.tasks import sweep_scheduled_replies

    with_email(therapist, "bianchi@example.org")
    message = crisis_message(conversation)

    def down(*args: Any, **kwargs: Any) -> None:
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("scripta.workflow.alerts.send_mail", down)
    with pytest.raises(ConnectionRefusedError):
        alert_for_message(message.pk)
    assert not CrisisAlert.objects.exists()  # rolled back: nothing claims it was sent
    monkeypatch.undo()
    assert sweep_scheduled_replies.call() == {"alerts_retried": 1}
    assert CrisisAlert.objects.get().routes == "email"
    assert len(mail.outbox) == 1
    assert alerts.sweep_missed() == 0
