"""Two real ``db_worker`` processes, the same due reply enqueued several times: sent once.

Runs on PostgreSQL (SKIP LOCKED) and on SQLite with a file test database (IMMEDIATE
transactions serialise the claim). No browser: it lives here for the worker fixtures.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone

from conftest import make_user
from scripta.accounts.models import Practice, Role
from scripta.conversations.models import Conversation, Direction
from scripta.patients.models import Channel, Consent, Patient
from scripta.workflow.models import ScheduledReply, ScheduledStatus
from tests.browser.test_send_later import _database_url

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
BODY = "Once, and only once. E. B."


@pytest.fixture
def workers(transactional_db: None, settings: Any) -> Iterator[list[subprocess.Popen[bytes]]]:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scripta.settings.test",
        "DATABASE_URL": _database_url(),
        "SCRIPTA_TEST_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    command = [
        sys.executable,
        str(ROOT / "manage.py"),
        "db_worker",
        "--no-reload",
        "--interval",
        "0.2",
        "--no-startup-delay",
    ]
    processes = [
        subprocess.Popen(
            [*command, "--worker-id", f"w{i}"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for i in range(2)
    ]
    yield processes
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def test_two_worker_processes_send_a_due_reply_once(
    workers: list[subprocess.Popen[bytes]],
) -> None:
    from django_tasks_db.models import DBTaskResult

    from scripta.workflow.tasks import send_scheduled_reply

    practice = Practice.objects.create(name="Centro Aurora")
    therapist = make_user("bianchi", Role.THERAPIST, practice)
    patient = Patient.objects.create(practice=practice, full_name="Giulia Ferraro")
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    conversation = Conversation.objects.create(patient=patient)
    send_at = timezone.now() + timedelta(seconds=5)
    scheduled = ScheduledReply.objects.create(
        conversation=conversation,
        therapist=therapist,
        channel=Channel.PORTAL,
        body=BODY,
        send_at=send_at,
    )
    # The same reply enqueued twenty times (a duplicate enqueue, the sweeper, a restart...).
    for _ in range(20):
        send_scheduled_reply.using(run_after=send_at).enqueue(scheduled.pk)

    deadline = time.monotonic() + 40
    results = DBTaskResult.objects.filter(task_path=send_scheduled_reply.module_path)
    while time.monotonic() < deadline:
        if not results.filter(status__in=["READY", "RUNNING"]).exists():
            break
        assert all(p.poll() is None for p in workers)
        time.sleep(0.3)
    outcomes = sorted(str(r.return_value) for r in results)
    workers_used = {w for r in results for w in r.worker_ids}
    print("two-process outcomes:", outcomes, "workers:", sorted(workers_used))
    assert outcomes.count("sent") == 1, outcomes
    assert set(outcomes) <= {"sent", "not_pending", "locked_or_missing"}
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.SENT
    outbound = [
        m.body for m in conversation.messages.filter(direction=Direction.OUTBOUND).order_by("pk")
    ]
    assert outbound == [BODY]
