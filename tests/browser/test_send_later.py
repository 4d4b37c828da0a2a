"""Send later, end to end: the therapist schedules a reply a few seconds ahead in the composer;
a real ``db_worker`` subprocess (sharing the test database) delivers it; the patient sees it.

The worker needs a database it can open from another process: PostgreSQL's test database, or
on SQLite a file test database (set below). If the session's SQLite test database is already
in memory (this file run after others that created it), the test skips and says so.
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
from django.db import connection
from django.utils import timezone
from playwright.sync_api import Browser, expect

from conftest import PASSWORD, make_user, next_totp_token, totp_device
from scripta.accounts.models import Practice, Role
from scripta.conversations.actions import do_receive_message
from scripta.patients.models import Channel, Consent, Patient
from scripta.workflow.models import ScheduledReply, ScheduledStatus

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[2]
REPLY = "Thank you for writing. We will talk about it on Thursday. E. B."


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "postgresql":
        user = db.get("USER") or "postgres"
        auth = f"{user}:{db['PASSWORD']}" if db.get("PASSWORD") else user
        return f"postgres://{auth}@{db.get('HOST') or '127.0.0.1'}:{db.get('PORT') or 5432}/{db['NAME']}"
    name = str(db["NAME"])
    if connection.vendor != "sqlite" or "memory" in name or not Path(name).exists():
        pytest.skip(
            "the worker subprocess cannot open an in-memory SQLite test database; run this file "
            "alone (it sets a file test database) or on PostgreSQL"
        )
    return f"sqlite:///{name}"


@pytest.fixture
def db_tasks(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def worker(transactional_db: None, db_tasks: None) -> Iterator[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "scripta.settings.test",
        "DATABASE_URL": _database_url(),
        "SCRIPTA_TEST_TASKS_BACKEND": "django_tasks_db.DatabaseBackend",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    process = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "manage.py"),
            "db_worker",
            "--no-reload",
            "--interval",
            "0.5",
            "--no-startup-delay",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    yield process
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def world(transactional_db: None, db_tasks: None) -> dict[str, Any]:
    practice = Practice.objects.create(name="Centro Aurora", emergency_number="112")
    therapist = make_user(
        "bianchi",
        Role.THERAPIST,
        practice,
        first_name="Elena",
        last_name="Bianchi",
        timezone="Europe/Rome",
    )
    patient_user = make_user("giulia", Role.PATIENT, practice, device=False, first_name="Giulia")
    patient = Patient.objects.create(
        practice=practice,
        full_name="Giulia Ferraro",
        language="en",
        timezone="America/New_York",
        user=patient_user,
    )
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    received = do_receive_message(
        patient, channel=Channel.PORTAL, body="I keep thinking about what you said. Giulia"
    )
    return {
        "therapist": therapist,
        "patient_user": patient_user,
        "conversation": received.message.conversation,
    }


def test_a_scheduled_reply_is_delivered_by_the_worker(
    browser: Browser,
    live_server: Any,
    world: dict[str, Any],
    worker: subprocess.Popen[bytes],
    screenshots: Path,
) -> None:
    base = live_server.url
    therapist = world["therapist"]
    conversation = world["conversation"]
    page = browser.new_page()
    page.goto(f"{base}/account/login/")
    page.fill("#id_auth-username", therapist.username)
    page.fill("#id_auth-password", PASSWORD)
    page.get_by_role("button", name="Next").click()
    page.wait_for_selector("#id_token-otp_token")
    page.fill("#id_token-otp_token", next_totp_token(totp_device(therapist)))
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(lambda url: "/account/login" not in url)

    page.goto(f"{base}/inbox/{conversation.pk}/")
    page.fill("textarea[name=body]", REPLY)
    # A few seconds ahead, in the therapist's zone (the picker shows minutes; allow seconds here).
    send_at = timezone.localtime(timezone.now() + timedelta(seconds=6), therapist_zone(therapist))
    field = page.locator("input[name=send_at_local]")
    field.evaluate("el => el.setAttribute('step', '1')")
    field.fill(send_at.strftime("%Y-%m-%dT%H:%M:%S"))
    page.get_by_role("button", name="Schedule reply").click()

    listed = page.get_by_test_id("scheduled-list")
    expect(listed).to_be_visible()
    expect(listed).to_contain_text("Europe/Rome")
    expect(listed).to_contain_text("America/New_York")
    page.screenshot(path=str(screenshots / "send_later_scheduled.png"), full_page=True)
    scheduled = ScheduledReply.objects.get()
    assert scheduled.status == ScheduledStatus.PENDING
    assert abs((scheduled.send_at - send_at).total_seconds()) < 1

    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        scheduled.refresh_from_db()
        if scheduled.status != ScheduledStatus.PENDING:
            break
        assert worker.poll() is None, worker.stdout.read().decode() if worker.stdout else ""
        time.sleep(0.5)
    assert scheduled.status == ScheduledStatus.SENT, scheduled.status
    assert scheduled.sent_message is not None
    assert scheduled.sent_message.created_at >= scheduled.send_at

    page.goto(f"{base}/inbox/{conversation.pk}/")
    expect(page.get_by_test_id("scheduled-list")).to_have_count(0)
    expect(page.locator("body")).to_contain_text(REPLY)

    patient_page = browser.new_page()
    patient_page.goto(f"{base}/account/login/")
    patient_page.fill("#id_auth-username", world["patient_user"].username)
    patient_page.fill("#id_auth-password", PASSWORD)
    patient_page.get_by_role("button", name="Next").click()
    patient_page.goto(f"{base}/portal/")
    expect(patient_page.locator("body")).to_contain_text(REPLY)
    page.screenshot(path=str(screenshots / "send_later_delivered.png"), full_page=True)


def therapist_zone(therapist: Any) -> Any:
    from scripta.workflow.scheduling import zone

    return zone(therapist.timezone)
