"""Send later: time choices across DST, sending once, re-checks at send time, the sweeper."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from conftest import CANARY_BODY
from scripta.accounts.models import User
from scripta.appointments.models import Appointment
from scripta.audit.models import AuditEntry
from scripta.conversations.actions import ConsentMissing
from scripta.conversations.models import Conversation, Direction, Message, ReadState
from scripta.patients.models import Channel, Consent, PatientStatus
from scripta.workflow import scheduling
from scripta.workflow.models import ScheduledReply, ScheduledStatus
from scripta.workflow.scheduling import (
    NotPending,
    SchedulingError,
    do_cancel_scheduled,
    do_edit_scheduled,
    do_schedule_reply,
    local_to_utc,
    resolve_send_at,
    send_due,
    sweep_due,
    tomorrow_morning,
)


def bodies(conversation: Conversation) -> list[str]:
    # Bodies are encrypted (no SQL filter on them): compare in Python.
    return [m.body for m in Message.objects.filter(conversation=conversation)]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- time, DST --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tz_name", "now", "expected"),
    [
        # Europe/Rome springs forward on 29 March 2026 (02:00 -> 03:00): 09:00 CEST is 07:00 UTC.
        ("Europe/Rome", utc(2026, 3, 28, 20, 0), utc(2026, 3, 29, 7, 0)),
        # ... and falls back on 25 October 2026: 09:00 CET is 08:00 UTC.
        ("Europe/Rome", utc(2026, 10, 24, 20, 0), utc(2026, 10, 25, 8, 0)),
        # America/New_York springs forward on 8 March 2026: 09:00 EDT is 13:00 UTC.
        ("America/New_York", utc(2026, 3, 7, 23, 0), utc(2026, 3, 8, 13, 0)),
        # ... and falls back on 1 November 2026: 09:00 EST is 14:00 UTC.
        ("America/New_York", utc(2026, 10, 31, 23, 0), utc(2026, 11, 1, 14, 0)),
        # Late evening in New York is already tomorrow in UTC: "tomorrow" is the local one.
        ("America/New_York", utc(2026, 6, 2, 3, 30), utc(2026, 6, 2, 13, 0)),
    ],
)
def test_tomorrow_morning_is_nine_local_across_dst(
    tz_name: str, now: datetime, expected: datetime
) -> None:
    assert tomorrow_morning(tz_name, now) == expected


def test_a_skipped_local_time_moves_past_the_gap() -> None:
    # 02:30 does not exist in Rome on 29 March 2026: it becomes 03:30 CEST = 01:30 UTC.
    assert local_to_utc(datetime(2026, 3, 29, 2, 30), "Europe/Rome") == utc(2026, 3, 29, 1, 30)
    assert local_to_utc(datetime(2026, 3, 8, 2, 30), "America/New_York") == utc(2026, 3, 8, 7, 30)


def test_a_repeated_local_time_is_its_first_occurrence() -> None:
    # 02:30 happens twice in Rome on 25 October 2026: the first is CEST (+2) = 00:30 UTC.
    assert local_to_utc(datetime(2026, 10, 25, 2, 30), "Europe/Rome") == utc(2026, 10, 25, 0, 30)
    assert local_to_utc(datetime(2026, 11, 1, 1, 30), "America/New_York") == utc(2026, 11, 1, 5, 30)


def test_custom_time_is_read_in_the_therapists_zone(
    therapist: User, conversation: Conversation
) -> None:
    therapist.timezone = "America/New_York"
    # 9:00 on the Monday after the switch: EDT, so 13:00 UTC (it would be 14:00 a week earlier).
    got = resolve_send_at(
        "custom",
        therapist=therapist,
        conversation=conversation,
        custom=datetime(2026, 3, 9, 9, 0),
        now=utc(2026, 3, 6, 12, 0),
    )
    assert got == utc(2026, 3, 9, 13, 0)


def test_in_two_hours_and_after_the_next_session(
    therapist: User, conversation: Conversation
) -> None:
    now = timezone.now()
    assert resolve_send_at(
        "in_2_hours", therapist=therapist, conversation=conversation, now=now
    ) == now + timedelta(hours=2)
    with pytest.raises(SchedulingError):
        resolve_send_at("after_next_session", therapist=therapist, conversation=conversation)
    Appointment.objects.create(
        patient=conversation.patient,
        therapist=therapist,
        starts_at=now + timedelta(days=9),
        ends_at=now + timedelta(days=9, hours=1),
    )
    nearer = Appointment.objects.create(
        patient=conversation.patient,
        therapist=therapist,
        starts_at=now + timedelta(days=2),
        ends_at=now + timedelta(days=2, minutes=50),
    )
    assert (
        resolve_send_at(
            "after_next_session", therapist=therapist, conversation=conversation, now=now
        )
        == nearer.ends_at
    )


# --- lifecycle ------------------------------------------------------------------------------


def schedule(therapist: User, conversation: Conversation, **kw: Any) -> ScheduledReply:
    return do_schedule_reply(
        therapist,
        conversation,
        body=kw.pop("body", "See you on Tuesday. E. B."),
        channel=kw.pop("channel", Channel.PORTAL),
        send_at=kw.pop("send_at", timezone.now() + timedelta(hours=1)),
    )


def test_schedule_stores_utc_and_audits_and_does_not_send_early(
    therapist: User, conversation: Conversation
) -> None:
    before = conversation.messages.count()
    scheduled = schedule(therapist, conversation)
    assert scheduled.status == ScheduledStatus.PENDING
    assert scheduled.send_at.utcoffset() == timedelta(0)
    assert conversation.messages.count() == before
    assert send_due(scheduled.pk) == "not_due"
    assert AuditEntry.objects.filter(action="reply.scheduled", object_id=str(scheduled.pk)).exists()


def test_schedule_refuses_the_past_and_unconsented_channels(
    therapist: User, conversation: Conversation
) -> None:
    with pytest.raises(SchedulingError):
        schedule(therapist, conversation, send_at=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ConsentMissing):
        schedule(therapist, conversation, channel=Channel.SMS)


def test_due_reply_is_sent_once(therapist: User, conversation: Conversation) -> None:
    scheduled = schedule(therapist, conversation)
    later = scheduled.send_at + timedelta(seconds=1)
    assert send_due(scheduled.pk, now=later) == "sent"
    assert send_due(scheduled.pk, now=later) == "not_pending"
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.SENT
    message = scheduled.sent_message
    assert message is not None
    assert message.direction == Direction.OUTBOUND
    assert message.body == "See you on Tuesday. E. B."
    assert message.sender == therapist
    assert bodies(conversation).count("See you on Tuesday. E. B.") == 1
    assert AuditEntry.objects.filter(action="reply.scheduled_sent").count() == 1


def test_sending_does_not_mark_the_conversation_read(
    therapist: User, conversation: Conversation
) -> None:
    scheduled = schedule(therapist, conversation)
    assert not ReadState.objects.filter(conversation=conversation, user=therapist).exists()
    send_due(scheduled.pk, now=scheduled.send_at)
    assert not ReadState.objects.filter(conversation=conversation, user=therapist).exists()


def test_edit_and_cancel_until_it_leaves(therapist: User, conversation: Conversation) -> None:
    scheduled = schedule(therapist, conversation)
    new_time = timezone.now() + timedelta(days=1)
    do_edit_scheduled(
        therapist, scheduled, body="Changed. E. B.", channel=Channel.PORTAL, send_at=new_time
    )
    scheduled.refresh_from_db()
    assert scheduled.body == "Changed. E. B."
    assert scheduled.send_at == new_time
    # The task of the old time finds it not due.
    assert send_due(scheduled.pk, now=new_time - timedelta(hours=2)) == "not_due"
    do_cancel_scheduled(therapist, scheduled)
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.CANCELLED
    assert send_due(scheduled.pk, now=new_time) == "not_pending"
    with pytest.raises(NotPending):
        do_cancel_scheduled(therapist, scheduled)
    with pytest.raises(NotPending):
        do_edit_scheduled(therapist, scheduled, body="x", channel=Channel.PORTAL, send_at=new_time)


def test_a_sent_reply_can_no_longer_change(therapist: User, conversation: Conversation) -> None:
    scheduled = schedule(therapist, conversation)
    send_due(scheduled.pk, now=scheduled.send_at)
    with pytest.raises(NotPending):
        do_edit_scheduled(
            therapist,
            scheduled,
            body="too late",
            channel=Channel.PORTAL,
            send_at=timezone.now() + timedelta(hours=1),
        )


def _assert_told(therapist: User, scheduled: ScheduledReply, reason: str) -> None:
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.NOT_SENT
    assert scheduled.reason == reason
    assert scheduled.sent_message is None
    entry = AuditEntry.objects.get(action="reply.scheduled_not_sent", object_id=str(scheduled.pk))
    assert entry.detail == {"reason": reason}
    notices = scheduling.not_sent_for(scheduled.conversation)
    assert [n.pk for n in notices] == [scheduled.pk]
    assert scheduling.not_sent_conversation_ids([scheduled.conversation_id]) == {
        scheduled.conversation_id
    }


def test_consent_withdrawn_meanwhile_is_not_sent_and_the_therapist_is_told(
    therapist: User,
    conversation: Conversation,
    django_capture_on_commit_callbacks: Any,
) -> None:
    therapist.email = "bianchi@example.org"
    therapist.save(update_fields=["email"])
    scheduled = schedule(therapist, conversation, body="canary-scheduled-9e1 see you")
    Consent.objects.filter(patient=conversation.patient, channel=Channel.PORTAL).update(
        withdrawn_at=timezone.now()
    )
    count = conversation.messages.count()
    with django_capture_on_commit_callbacks(execute=True):
        assert send_due(scheduled.pk, now=scheduled.send_at) == "not_sent:consent_withdrawn"
    assert conversation.messages.count() == count
    _assert_told(therapist, scheduled, "consent_withdrawn")
    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["bianchi@example.org"]
    assert "withdrew consent" in sent.body
    assert f"/inbox/{conversation.pk}/" in sent.body
    # The notice carries no content and no name.
    for text in (sent.subject, sent.body):
        assert "canary-scheduled-9e1" not in text
        assert conversation.patient.full_name not in text
        assert CANARY_BODY not in text


def test_closed_patient_is_not_sent(therapist: User, conversation: Conversation) -> None:
    scheduled = schedule(therapist, conversation)
    conversation.patient.status = PatientStatus.CLOSED
    conversation.patient.save(update_fields=["status"])
    assert send_due(scheduled.pk, now=scheduled.send_at) == "not_sent:patient_closed"
    _assert_told(therapist, scheduled, "patient_closed")


def test_therapist_no_longer_treating_is_not_sent(
    therapist: User, conversation: Conversation
) -> None:
    scheduled = schedule(therapist, conversation)
    conversation.patient.therapists.remove(therapist)
    assert send_due(scheduled.pk, now=scheduled.send_at) == "not_sent:not_treating"


def test_more_than_a_day_late_is_not_sent(therapist: User, conversation: Conversation) -> None:
    scheduled = schedule(therapist, conversation)
    late = scheduled.send_at + scheduling.LATENESS + timedelta(seconds=1)
    assert send_due(scheduled.pk, now=late) == "not_sent:too_late"
    _assert_told(therapist, scheduled, "too_late")
    # Within the cut-off it still goes.
    other = schedule(therapist, conversation)
    assert send_due(other.pk, now=other.send_at + timedelta(hours=23)) == "sent"


def test_the_sweeper_sends_what_a_lost_task_left(
    therapist: User, conversation: Conversation
) -> None:
    due = schedule(therapist, conversation, body="first. E. B.")
    not_yet = schedule(
        therapist, conversation, body="second. E. B.", send_at=timezone.now() + timedelta(days=2)
    )
    outcomes = sweep_due(now=due.send_at + timedelta(minutes=5))
    assert outcomes == {"sent": 1}
    due.refresh_from_db()
    not_yet.refresh_from_db()
    assert due.status == ScheduledStatus.SENT
    assert not_yet.status == ScheduledStatus.PENDING
    assert sweep_due(now=due.send_at + timedelta(minutes=6)) == {}


def test_the_command_sweeps(therapist: User, conversation: Conversation) -> None:
    from django.core.management import call_command

    scheduled = schedule(therapist, conversation)
    ScheduledReply.objects.filter(pk=scheduled.pk).update(
        send_at=timezone.now() - timedelta(minutes=1)
    )
    call_command("send_due_replies")
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.SENT


def test_pending_for_lists_only_pending_soonest_first(
    therapist: User, conversation: Conversation
) -> None:
    later = schedule(therapist, conversation, send_at=timezone.now() + timedelta(days=2))
    sooner = schedule(therapist, conversation, send_at=timezone.now() + timedelta(hours=3))
    cancelled = schedule(therapist, conversation)
    do_cancel_scheduled(therapist, cancelled)
    assert [s.pk for s in scheduling.pending_for(conversation)] == [sooner.pk, later.pk]
    assert scheduling.scheduled_conversation_ids([conversation.pk, 999999]) == {conversation.pk}


# --- two workers ----------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="two concurrent workers need a server database; SQLite's IMMEDIATE transactions "
    "serialise writers (covered by test_due_reply_is_sent_once)",
)
def test_two_workers_send_once(therapist: User, conversation: Conversation) -> None:
    scheduled = schedule(therapist, conversation, body="once only. E. B.")
    ScheduledReply.objects.filter(pk=scheduled.pk).update(
        send_at=timezone.now() - timedelta(seconds=1)
    )
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        try:
            barrier.wait()
            outcomes.append(send_due(scheduled.pk))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    print("two-worker outcomes:", sorted(outcomes))
    assert sorted(outcomes).count("sent") == 1, outcomes
    assert set(outcomes) <= {"sent", "locked_or_missing", "not_pending"}
    assert bodies(conversation).count("once only. E. B.") == 1
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.SENT


# --- the queue ------------------------------------------------------------------------------


def test_tasks_are_enqueued_for_the_time_with_one_sweeper_behind(
    therapist: User,
    conversation: Conversation,
    settings: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    from django_tasks_db.models import DBTaskResult

    from scripta.workflow.tasks import send_scheduled_reply, sweep_scheduled_replies

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        first = schedule(therapist, conversation)
    with django_capture_on_commit_callbacks(execute=True):
        schedule(therapist, conversation, send_at=timezone.now() + timedelta(days=1))
    sends = DBTaskResult.objects.filter(task_path=send_scheduled_reply.module_path)
    assert sends.count() == 2
    assert sends.order_by("run_after").first().run_after == first.send_at  # type: ignore[union-attr]
    sweeps = DBTaskResult.objects.filter(task_path=sweep_scheduled_replies.module_path)
    assert sweeps.count() == 1  # not one per scheduled reply
    # A lost task: the sweep sends what is due, and queues the next sweep while work remains.
    ScheduledReply.objects.filter(pk=first.pk).update(send_at=timezone.now() - timedelta(seconds=1))
    sweeps.delete()
    assert sweep_scheduled_replies.call() == {"sent": 1}
    assert DBTaskResult.objects.filter(task_path=sweep_scheduled_replies.module_path).count() == 1
