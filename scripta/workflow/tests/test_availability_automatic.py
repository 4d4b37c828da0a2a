"""An automatic message is not an answer and not a reading."""

from __future__ import annotations

from datetime import time

import pytest
from django.utils import timezone

from scripta.conversations.actions import do_mark_read, do_receive_message
from scripta.conversations.models import Message, ReadState
from scripta.workflow.availability import auto_acknowledge
from scripta.workflow.models import OfficeHours, TherapistSettings
from scripta.workflow.triage import WAITING, triaged_rows


@pytest.mark.django_db
def test_acknowledgement_neither_answers_nor_marks_read(
    patient_record, therapist, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("scripta.conversations.actions._enqueue_reading", lambda message_id: None)
    monkeypatch.setattr("scripta.workflow.availability._enqueue", lambda message_id: None)
    TherapistSettings.objects.create(therapist=therapist, auto_ack_enabled=True)
    now = timezone.now().astimezone(timezone.get_default_timezone())
    # Office hours on another weekday only: now is outside them.
    OfficeHours.objects.create(
        therapist=therapist, weekday=(now.weekday() + 3) % 7, starts=time(9), ends=time(10)
    )
    inbound = do_receive_message(
        patient_record, channel="portal", body="are you there? Quiri"
    ).message
    do_mark_read(therapist, inbound.conversation)
    read_before = ReadState.objects.get(user=therapist).last_read_at
    inbound2 = do_receive_message(
        patient_record, channel="portal", body="hello again. Quiri"
    ).message

    assert auto_acknowledge(inbound2.pk) == "sent"

    ack = Message.objects.get(direction="out")
    assert ack.automatic
    assert ReadState.objects.get(user=therapist).last_read_at == read_before
    (row,) = triaged_rows(therapist)
    assert row.unread == 1
    assert row.group == WAITING  # still unanswered: the acknowledgement is not a reply
