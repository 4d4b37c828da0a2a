"""Boundaries and volume: the agreed rhythm, the excess with its figures, bounded queries."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from scripta.accounts.models import Practice, User
from scripta.conversations.models import Conversation, DeliveryStatus, Direction, Message
from scripta.patients.models import Channel, Patient
from scripta.workflow.boundaries import (
    daily_counts,
    do_save_presence,
    excess_for_patients,
    presence_checks,
    volume_for,
)
from scripta.workflow.models import PatientBoundaries


def write(conversation: Conversation, n: int, *, ago: timedelta, **kw: Any) -> None:
    at = timezone.now() - ago
    for i in range(n):
        Message.objects.create(
            conversation=conversation,
            direction=Direction.INBOUND,
            channel=kw.get("channel", Channel.PORTAL),
            body=kw.get("body", f"message {i}"),
            sent_at=at,
            received_at=at,
            status=DeliveryStatus.RECEIVED,
        )


def patient_with_conversation(practice: Practice, therapist: User, name: str) -> Conversation:
    patient = Patient.objects.create(practice=practice, full_name=name)
    patient.therapists.add(therapist)
    return Conversation.objects.create(patient=patient)


def test_excess_against_the_agreed_rhythm_with_figures(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    PatientBoundaries.objects.create(patient=patient_record, max_messages=3, per_days=7)
    write(conversation, 5, ago=timedelta(days=1))
    write(conversation, 4, ago=timedelta(days=10))  # outside the window
    volume = volume_for(patient_record)
    assert volume.excessive
    # The fixture's conversation already holds one inbound message (just now): 6 in 7 days.
    assert (volume.count, volume.allowed, volume.window_days) == (6, 3, 7)
    assert "6 messages in 7 days against 3 agreed" in volume.explanation.en


def test_within_the_rhythm_and_without_one(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    write(conversation, 2, ago=timedelta(hours=3))
    volume = volume_for(patient_record)  # no agreement: the engine's default (7 in 7 days)
    assert not volume.excessive
    assert volume.allowed == 7
    PatientBoundaries.objects.create(patient=patient_record, max_messages=10, per_days=3)
    assert volume_for(patient_record).allowed == 10


def test_long_emails_count_against_the_agreement(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    PatientBoundaries.objects.create(
        patient=patient_record, max_messages=10, per_days=7, max_email_chars=200
    )
    write(conversation, 2, ago=timedelta(days=2), channel=Channel.EMAIL, body="x" * 500)
    volume = volume_for(patient_record)
    assert volume.long_emails == 2
    assert volume.excessive


def test_excess_for_the_inbox_in_a_fixed_number_of_queries(
    practice: Practice,
    therapist: User,
    conversation: Conversation,
    patient_record: Patient,
    django_assert_num_queries: Any,
) -> None:
    conversations = [conversation] + [
        patient_with_conversation(practice, therapist, f"Patient {i}") for i in range(6)
    ]
    for i, conv in enumerate(conversations):
        write(conv, i + 1, ago=timedelta(days=1))
        write(conv, 1, ago=timedelta(days=1), channel=Channel.EMAIL, body="y" * 2000)
        PatientBoundaries.objects.create(patient=conv.patient, max_messages=3, per_days=7 + i)
    ids = [c.patient_id for c in conversations]
    with django_assert_num_queries(3):
        result = excess_for_patients(ids)
    assert set(result) == set(ids)
    assert [result[i].excessive for i in ids] == [False, False, True, True, True, True, True]
    assert excess_for_patients([]) == {}


def test_daily_counts_for_the_side_panel(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    write(conversation, 3, ago=timedelta(days=2))
    counts = daily_counts(patient_record, days=14)
    assert len(counts) == 14
    assert sum(n for _, n in counts) == 4
    assert counts[-1][1] >= 1  # the fixture's message, today


def test_presence_checklist_tick_and_revisit(therapist: User) -> None:
    checks = do_save_presence(therapist, {"profile_picture", "last_seen_off", "not-an-item"})
    assert set(checks) == {"profile_picture", "last_seen_off"}
    first = checks["profile_picture"]
    checks = do_save_presence(therapist, {"profile_picture"})
    assert set(checks) == {"profile_picture"}
    assert checks["profile_picture"] == first  # untouched until revisited
    checks = do_save_presence(therapist, {"profile_picture"}, revisit=True)
    assert checks["profile_picture"] >= first
    assert presence_checks(therapist) == checks
