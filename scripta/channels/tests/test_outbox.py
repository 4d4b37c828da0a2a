"""The outbox against the Twilio stub: retries, permanent errors, crashes, consent, callbacks."""

from __future__ import annotations

import random
import threading
import time
from datetime import timedelta
from unittest import mock

import pytest
from django.db import transaction
from django.utils import timezone

from scripta.channels import outbox
from scripta.channels.conftest import (
    count,
    hook_path,
    make_patient,
    post_twilio,
    twilio_status,
)
from scripta.channels.models import (
    AttemptOutcome,
    OutboxEntry,
    OutboxState,
    ParkedStatus,
    SendAttempt,
)
from scripta.conversations.actions import conversation_for, do_send_reply
from scripta.conversations.models import DeliveryStatus, Message
from scripta.patients.actions import do_change_consent

pytestmark = pytest.mark.django_db(transaction=True)


def reply(therapist, patient, body="Ci sentiamo domani alle 10.", channel="sms") -> Message:
    return do_send_reply(therapist, conversation_for(patient), body=body, channel=channel)


def lost_enqueue():
    """The enqueue after commit never happens (process killed between commit and dispatch)."""
    return mock.patch("scripta.conversations.outbound._sender", lambda message_id: None)


def later(minutes: float) -> timezone.datetime:
    return timezone.now() + timedelta(minutes=minutes)


def drain(max_rounds: int = 20, start: float = 0) -> None:
    """Run the sweeper as the clock moves on, as a worker would over time."""
    for round_ in range(max_rounds):
        swept = outbox.sweep(later(start + 70 * (round_ + 1)), send_inline=True)
        if not swept and not Message.objects.filter(status=DeliveryStatus.QUEUED).exists():
            return


def test_reply_is_sent_once_through_the_rest_api(sms_account, therapist, patient, twilio_stub):
    message = reply(therapist, patient)
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    assert len(twilio_stub.accepted) == 1
    sent = twilio_stub.accepted[0]
    assert message.provider == "twilio_sms" and message.provider_message_id == sent["sid"]
    assert sent["to"] == "+393331234567" and sent["from"] == "+390612345678"
    assert sent["status_callback"].endswith(f"/status/?ref={message.pk}")
    assert sent["body"] == "Ci sentiamo domani alle 10."
    # sending again (a duplicate task) does nothing
    assert outbox.deliver(message.pk) == "not_queued"
    assert len(twilio_stub.accepted) == 1


def test_rollback_sends_nothing(sms_account, therapist, patient, twilio_stub):
    with pytest.raises(RuntimeError), transaction.atomic():
        reply(therapist, patient)
        raise RuntimeError("the view failed after storing")
    assert Message.objects.count() == 0
    assert twilio_stub.accepted == []


def test_provider_5xx_and_429_are_retried_with_backoff_then_sent(
    sms_account, therapist, patient, twilio_stub
):
    twilio_stub.fail_next(
        (500, {"code": 20500, "message": "Internal Server Error", "status": 500}),
        (503, {"code": 20503, "message": "Service Unavailable", "status": 503}),
        (429, {"code": 20429, "message": "Too Many Requests", "status": 429}),
    )
    count("faults injected: provider 5xx/429", 3)
    message = reply(therapist, patient)
    entry = OutboxEntry.objects.get(message=message)
    assert entry.state == OutboxState.PENDING and entry.attempts == 1
    first_delay = (entry.next_attempt_at - timezone.now()).total_seconds()
    assert 10 <= first_delay <= 31  # 30 s with jitter
    assert outbox.deliver(message.pk) == "not_due"  # backing off
    drain()
    message.refresh_from_db()
    entry.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    assert entry.attempts == 4
    assert len(twilio_stub.accepted) == 1
    outcomes = list(SendAttempt.objects.filter(entry=entry).values_list("outcome", flat=True))
    assert outcomes == ["temporary", "temporary", "temporary", "accepted"]
    count("messages lost", 0 if message.status == DeliveryStatus.SENT else 1)


def test_backoff_grows_and_is_jittered():
    random.seed(4)
    delays = [outbox.backoff(n).total_seconds() for n in range(1, 9)]
    assert all(
        0.5 * min(3600, 30 * 2 ** (n - 1)) <= d <= min(3600, 30 * 2 ** (n - 1))
        for n, d in zip(range(1, 9), delays, strict=True)
    )
    assert delays[-1] > delays[0]


def test_permanent_error_fails_without_retry_and_says_why(
    sms_account, therapist, patient, twilio_stub
):
    twilio_stub.fail_next(
        (
            400,
            {
                "code": 21211,
                "message": "The 'To' number is not a valid phone number.",
                "status": 400,
            },
        )
    )
    count("faults injected: provider permanent 4xx")
    message = reply(therapist, patient)
    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED
    assert message.error_code == "invalid_recipient"
    assert message.error_message.startswith(
        "Non inviato"
    )  # readable, in the therapist's language (it)
    assert OutboxEntry.objects.get(message=message).attempts == 1
    drain(3)
    assert OutboxEntry.objects.get(message=message).attempts == 1
    assert twilio_stub.accepted == []


def test_timeout_then_retry_gives_at_most_one_duplicate_reconciled(
    public, sms_account, therapist, patient, twilio_stub
):
    """The provider accepts after our client gave up: the retry sends again (one duplicate),
    and the first send's status callback is recognised as that duplicate, not applied."""
    twilio_stub.state.timeout_seconds = 1.0
    twilio_stub.fail_next(("timeout", None))
    count("faults injected: provider timeout")
    message = reply(therapist, patient)
    assert OutboxEntry.objects.get(message=message).state == OutboxState.PENDING
    time.sleep(1.2)  # the stub finishes accepting the timed-out request
    drain()
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    assert len(twilio_stub.accepted) == 2
    first, second = twilio_stub.accepted
    assert message.provider_message_id == second["sid"]
    path = hook_path(sms_account, status=True, ref=message.pk)
    assert post_twilio(public, path, twilio_status(first["sid"], "delivered")).status_code == 200
    assert post_twilio(public, path, twilio_status(second["sid"], "sent")).status_code == 200
    message.refresh_from_db()
    assert (
        message.status == DeliveryStatus.SENT
    )  # the duplicate's "delivered" is not this message's
    assert (
        SendAttempt.objects.filter(
            outcome=AttemptOutcome.DUPLICATE, provider_message_id=first["sid"]
        ).count()
        == 1
    )
    count("messages duplicated (timeout case)", len(twilio_stub.accepted) - 1)


def _kill_after_acceptance():
    return mock.patch.object(outbox, "_record_success", side_effect=SystemExit("worker killed"))


def test_worker_killed_after_acceptance_reconciled_by_callback_without_resend(
    public, sms_account, therapist, patient, twilio_stub
):
    with _kill_after_acceptance():  # the task dies; the immediate backend records it FAILED
        reply(therapist, patient)
    count("faults injected: worker killed after provider acceptance")
    message = Message.objects.get()
    assert message.status == DeliveryStatus.QUEUED and len(twilio_stub.accepted) == 1
    sid = twilio_stub.accepted[0]["sid"]
    # the status callback carries our reference: the send is adopted, not repeated
    assert (
        post_twilio(
            public, hook_path(sms_account, status=True, ref=message.pk), twilio_status(sid, "sent")
        ).status_code
        == 200
    )
    message.refresh_from_db()
    assert message.provider_message_id == sid and message.status == DeliveryStatus.SENT
    assert outbox.sweep(later(10), send_inline=True) == []
    assert len(twilio_stub.accepted) == 1
    count("messages duplicated (killed, callback first)", len(twilio_stub.accepted) - 1)


def test_worker_killed_after_acceptance_then_sweeper_resends_once(
    public, sms_account, therapist, patient, twilio_stub
):
    with _kill_after_acceptance():  # the task dies; the immediate backend records it FAILED
        reply(therapist, patient)
    count("faults injected: worker killed after provider acceptance")
    message = Message.objects.get()
    assert outbox.sweep(later(1), send_inline=True) == []  # the claim is still within its lease
    assert outbox.sweep(later(6), send_inline=True) == [message.pk]
    assert outbox.sweep(later(12), send_inline=True) == []
    assert len(twilio_stub.accepted) == 2
    first, second = twilio_stub.accepted
    message.refresh_from_db()
    assert message.provider_message_id == second["sid"] and message.status == DeliveryStatus.SENT
    path = hook_path(sms_account, status=True, ref=message.pk)
    post_twilio(public, path, twilio_status(first["sid"], "delivered"))
    post_twilio(public, path, twilio_status(second["sid"], "delivered"))
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED
    assert SendAttempt.objects.filter(outcome=AttemptOutcome.DUPLICATE).count() == 1
    count("messages duplicated (killed, sweeper first)", len(twilio_stub.accepted) - 1)


def test_worker_killed_between_commit_and_dispatch_is_still_sent(
    sms_account, therapist, patient, twilio_stub
):
    with lost_enqueue():
        message = reply(therapist, patient)
    count("faults injected: worker killed between commit and dispatch")
    assert not OutboxEntry.objects.filter(message=message).exists()
    assert outbox.sweep(timezone.now(), send_inline=True) == []  # within the grace period
    assert outbox.sweep(later(2), send_inline=True) == [message.pk]
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and len(twilio_stub.accepted) == 1
    count("messages lost", 0 if message.status == DeliveryStatus.SENT else 1)


def test_consent_withdrawn_cancels_queued_message(sms_account, therapist, patient, twilio_stub):
    with lost_enqueue():
        first = reply(therapist, patient)
        second = reply(therapist, patient, channel="whatsapp")
    do_change_consent(therapist, patient, "sms", grant=False)
    first.refresh_from_db()
    assert first.status == DeliveryStatus.CANCELLED
    # consent also re-checked at send time (withdrawn by any path)
    patient.consents.filter(channel="whatsapp").update(withdrawn_at=timezone.now())
    assert outbox.deliver(second.pk) == "cancelled"
    second.refresh_from_db()
    assert second.status == DeliveryStatus.CANCELLED and second.error_code == "consent_withdrawn"
    drain(3)
    assert twilio_stub.accepted == []


def test_out_of_order_callbacks_end_in_the_right_state(
    public, sms_account, therapist, patient, twilio_stub
):
    message = reply(therapist, patient)
    message.refresh_from_db()
    path = hook_path(sms_account, status=True, ref=message.pk)
    for status in ("delivered", "sent", "queued", "sending"):
        assert (
            post_twilio(
                public, path, twilio_status(message.provider_message_id, status)
            ).status_code
            == 200
        )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED and message.delivered_at is not None


def test_callback_before_the_send_is_recorded_is_parked_then_applied(
    public, sms_account, therapist, patient, twilio_stub
):
    twilio_stub.server.app.next_sids.append("SMearlycallback0000000000000000001")
    # the callback overtakes our own bookkeeping (no reference: parked)
    assert (
        post_twilio(
            public,
            hook_path(sms_account, status=True),
            twilio_status("SMearlycallback0000000000000000001", "delivered"),
        ).status_code
        == 200
    )
    assert ParkedStatus.objects.filter(applied_at__isnull=True).count() == 1
    message = reply(therapist, patient)
    message.refresh_from_db()
    assert message.status == DeliveryStatus.DELIVERED
    assert ParkedStatus.objects.filter(applied_at__isnull=False).count() == 1


def test_failed_callback_after_sent(public, sms_account, therapist, patient, twilio_stub):
    message = reply(therapist, patient)
    message.refresh_from_db()
    post_twilio(
        public,
        hook_path(sms_account, status=True, ref=message.pk),
        twilio_status(
            message.provider_message_id,
            "undelivered",
            ErrorCode="30003",
            ErrorMessage="Unreachable destination handset",
        ),
    )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.FAILED and message.error_code == "30003"


def test_thirty_percent_temporary_failures_every_message_sent_once(
    sms_account, practice, therapist, twilio_stub
):
    rng = random.Random(30)
    patients = [
        make_patient(practice, therapist, phone=f"+39333000{i:04d}", email="") for i in range(10)
    ]
    faults = [
        (503, {"code": 20503, "message": "Service Unavailable", "status": 503})
        if rng.random() < 0.3
        else None
        for _ in range(40)
    ]
    with lost_enqueue():
        messages = [reply(therapist, p, body=f"Messaggio {i}") for i, p in enumerate(patients)]
    injected = 0
    for _round in range(30):
        for message in messages:
            fault = faults.pop() if faults else None
            if fault is not None:
                twilio_stub.fail_next(fault)
                injected += 1
            outbox.deliver(message.pk, now=later(24 * 60))
            twilio_stub.state.faults.clear()
        if not Message.objects.filter(status=DeliveryStatus.QUEUED).exists():
            break
    count("faults injected: provider 5xx (30% run)", injected)
    assert Message.objects.filter(status=DeliveryStatus.SENT).count() == 10
    bodies = sorted(a["body"] for a in twilio_stub.accepted)
    assert bodies == sorted(f"Messaggio {i}" for i in range(10))
    count("messages lost", 10 - len(set(bodies)))
    count("messages duplicated (30% run)", len(bodies) - len(set(bodies)))


def test_two_workers_send_once(sms_account, therapist, patient, twilio_stub):
    with lost_enqueue():
        message = reply(therapist, patient)
    barrier = threading.Barrier(2)
    results: list[str] = []

    def worker() -> None:
        from django.db import connection

        barrier.wait()
        try:
            results.append(outbox.deliver(message.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results).count("sent") == 1
    assert len(twilio_stub.accepted) == 1


def test_logs_carry_no_content(public, sms_account, therapist, patient, twilio_stub, caplog):
    """Canary body and the patient's number never appear in any log record, in or out."""
    import logging

    from scripta.channels.conftest import inbound_sms

    caplog.set_level(logging.DEBUG)
    canary = "CANARY-7f3e body text"
    assert (
        post_twilio(
            public, hook_path(sms_account), inbound_sms("SMcanary1", body=canary)
        ).status_code
        == 200
    )
    assert (
        post_twilio(
            public,
            hook_path(sms_account),
            inbound_sms("SMcanary2", body=canary, sender="+393470001234"),
        ).status_code
        == 200
    )
    twilio_stub.fail_next(
        (
            400,
            {
                "code": 21211,
                "message": "The 'To' number +393331234567 is not valid.",
                "status": 400,
            },
        )
    )
    reply(therapist, patient, body=canary)
    reply(therapist, patient, body=canary)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "CANARY-7f3e" not in text
    assert "3331234567" not in text and "3470001234" not in text


def test_channels_sweep_command_sends_a_lost_message(sms_account, therapist, patient, twilio_stub):
    import io

    from django.core.management import call_command

    with lost_enqueue():
        message = reply(therapist, patient)
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(minutes=5))
    out = io.StringIO()
    call_command("channels_sweep", "--inline", stdout=out)
    assert "1 message(s)" in out.getvalue()
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and len(twilio_stub.accepted) == 1
