"""The worker's sweeps recover work whose task was lost."""

from __future__ import annotations

import pytest

from scripta.conversations.actions import do_receive_message
from scripta.conversations.models import MessageReading
from scripta.core.management.commands.worker import sweep_once
from scripta.patients.models import Channel, Patient


@pytest.mark.django_db(transaction=True)
def test_a_message_whose_reading_task_was_lost_is_read_by_the_sweep(
    patient_record: Patient, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patched:
        # The worker dies before the reading is enqueued: the message is stored, unread.
        patched.setattr("scripta.conversations.actions._enqueue_reading", lambda message_id: None)
        message = do_receive_message(
            patient_record, channel=Channel.PORTAL, body="I can't take it any more..."
        ).message
    assert not MessageReading.objects.filter(message=message).exists()
    sweep_once()  # the test settings run tasks immediately
    reading = MessageReading.objects.get(message=message)
    assert reading.risk_rank >= 2
