"""Office hours and the automatic acknowledgement: off by default, never 'read', once per window."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from django.utils import timezone

from scripta.accounts.models import User
from scripta.audit.models import AuditEntry
from scripta.conversations.actions import do_receive_message
from scripta.conversations.models import Conversation, DeliveryStatus, Direction, Message
from scripta.patients.models import Channel, Consent, Patient, PatientStatus
from scripta.workflow.availability import (
    DEFAULT_AUTO_ACK,
    READ_CLAIMS,
    auto_acknowledge,
    in_office_hours,
    off_hours_since,
    settings_for,
)
from scripta.workflow.models import OfficeHours, TherapistSettings


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def weekdays_9_to_17(therapist: User) -> list[OfficeHours]:
    return [
        OfficeHours.objects.create(therapist=therapist, weekday=d, starts=time(9), ends=time(17))
        for d in range(5)
    ]


def inbound(conversation: Conversation, at: datetime, channel: str = Channel.PORTAL) -> Message:
    return Message.objects.create(
        conversation=conversation,
        direction=Direction.INBOUND,
        channel=channel,
        body="Are you there?",
        sent_at=at,
        received_at=at,
        status=DeliveryStatus.RECEIVED,
    )


def enable(therapist: User, **kw: Any) -> TherapistSettings:
    return TherapistSettings.objects.create(therapist=therapist, auto_ack_enabled=True, **kw)


def acks(conversation: Conversation) -> list[Message]:
    return list(conversation.messages.filter(direction=Direction.OUTBOUND).order_by("pk"))[1:]


def test_office_hours_in_the_therapists_zone_across_dst(
    therapist: User, weekdays_9_to_17: list[OfficeHours]
) -> None:
    hours = weekdays_9_to_17
    # Monday 30 March 2026 (CEST, +2): 07:30 UTC is 09:30 in Rome.
    assert in_office_hours("Europe/Rome", hours, utc(2026, 3, 30, 7, 30))
    # Monday 23 March 2026 (CET, +1): 07:30 UTC is 08:30 in Rome.
    assert not in_office_hours("Europe/Rome", hours, utc(2026, 3, 23, 7, 30))
    assert not in_office_hours("Europe/Rome", hours, utc(2026, 3, 28, 10, 0))  # Saturday
    # New York, Monday 9 March 2026 (EDT, -4): 13:30 UTC is 09:30.
    assert in_office_hours("America/New_York", hours, utc(2026, 3, 9, 13, 30))
    # The window opened when Friday's hours ended.
    assert off_hours_since("Europe/Rome", hours, utc(2026, 3, 28, 10, 0)) == utc(2026, 3, 27, 16)


def test_auto_ack_is_off_by_default(
    therapist: User, conversation: Conversation, weekdays_9_to_17: list[OfficeHours]
) -> None:
    assert settings_for(therapist).auto_ack_enabled is False
    message = inbound(conversation, utc(2026, 3, 28, 22, 0))
    assert auto_acknowledge(message.pk) == "disabled"
    assert acks(conversation) == []


def test_default_wordings_never_claim_the_message_was_read() -> None:
    for text in DEFAULT_AUTO_ACK.values():
        lowered = text.lower()
        assert not any(claim in lowered for claim in READ_CLAIMS)
        assert "read" not in lowered.replace("already", "")
        assert "lett" not in lowered


def test_auto_ack_outside_hours_once_per_window(
    therapist: User, conversation: Conversation, weekdays_9_to_17: list[OfficeHours]
) -> None:
    enable(therapist)
    saturday_night = utc(2026, 3, 28, 22, 0)
    assert auto_acknowledge(inbound(conversation, saturday_night).pk) == "sent"
    sent = acks(conversation)
    assert len(sent) == 1
    assert sent[0].body == DEFAULT_AUTO_ACK["en"]
    assert sent[0].channel == Channel.PORTAL
    entry = AuditEntry.objects.get(action="auto_ack.sent")
    assert entry.actor_label == "service:auto-ack"
    # A second message in the same off-hours window: no second acknowledgement.
    assert (
        auto_acknowledge(inbound(conversation, saturday_night + timedelta(hours=1)).pk)
        == "already_acknowledged"
    )
    assert len(acks(conversation)) == 1


def test_no_ack_during_office_hours(
    therapist: User, conversation: Conversation, weekdays_9_to_17: list[OfficeHours]
) -> None:
    enable(therapist)
    assert auto_acknowledge(inbound(conversation, utc(2026, 3, 30, 8, 0)).pk) == "in_office_hours"


def test_a_new_window_acknowledges_again(
    therapist: User, conversation: Conversation, weekdays_9_to_17: list[OfficeHours]
) -> None:
    enable(therapist)
    assert auto_acknowledge(inbound(conversation, utc(2026, 3, 28, 22, 0)).pk) == "sent"
    # Monday's office hours came and went: Monday evening is a new window (since 17:00 CEST).
    assert auto_acknowledge(inbound(conversation, utc(2026, 3, 30, 20, 0)).pk) == "sent"
    assert len(acks(conversation)) == 2
    windows = [e.detail["window"] for e in AuditEntry.objects.filter(action="auto_ack.sent")]
    assert windows == ["2026-03-27T16:00:00+00:00", "2026-03-30T15:00:00+00:00"]


def test_patient_language_and_therapist_wording(
    therapist: User,
    conversation: Conversation,
    patient_record: Patient,
    weekdays_9_to_17: list[OfficeHours],
) -> None:
    patient_record.language = "it"
    patient_record.save(update_fields=["language"])
    enable(therapist, auto_ack_text_it="Messaggio arrivato. Rispondo negli orari di studio. E.B.")
    auto_acknowledge(inbound(conversation, utc(2026, 3, 28, 22, 0)).pk)
    assert acks(conversation)[0].body == "Messaggio arrivato. Rispondo negli orari di studio. E.B."


def test_no_ack_without_office_hours_or_for_closed_patients(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    enable(therapist)
    assert auto_acknowledge(inbound(conversation, utc(2026, 3, 28, 22, 0)).pk) == "disabled"
    patient_record.status = PatientStatus.CLOSED
    patient_record.save(update_fields=["status"])
    assert auto_acknowledge(inbound(conversation, utc(2026, 3, 28, 23, 0)).pk) == "patient_closed"


def test_ack_goes_back_on_the_channel_the_patient_wrote_on(
    therapist: User,
    conversation: Conversation,
    patient_record: Patient,
    weekdays_9_to_17: list[OfficeHours],
) -> None:
    enable(therapist)
    Consent.objects.create(patient=patient_record, channel=Channel.SMS, granted_at=timezone.now())
    auto_acknowledge(inbound(conversation, utc(2026, 3, 28, 22, 0), channel=Channel.SMS).pk)
    ack = acks(conversation)[0]
    assert ack.channel == Channel.SMS
    assert ack.status == DeliveryStatus.QUEUED  # through the outbox like any reply


def test_hook_after_an_inbound_message(
    therapist: User,
    patient_record: Patient,
    conversation: Conversation,
    django_capture_on_commit_callbacks: Any,
) -> None:
    enable(therapist)
    # Office hours that are never "now": the whole week closed except a minute on Sunday night.
    OfficeHours.objects.create(therapist=therapist, weekday=6, starts=time(3, 0), ends=time(3, 1))
    with django_capture_on_commit_callbacks(execute=True):
        do_receive_message(patient_record, channel=Channel.PORTAL, body="Hello, a question. Q.")
    assert len(acks(conversation)) == 1
