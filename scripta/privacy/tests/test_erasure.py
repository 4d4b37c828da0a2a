"""After erasure the canary is absent from the database (every text/binary column, decrypted
values, the raw SQLite file), from the attachments directory, the outbox and task payloads;
the audit trail keeps its entries and its chain verifies; the other patient is untouched."""

from __future__ import annotations

import inspect
import io
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django_tasks.base import Task

from conftest import MODEL_BACKEND, login_verified
from scripta.accounts.models import User, UserSession
from scripta.audit.actions import verify_chain
from scripta.audit.models import AuditEntry
from scripta.channels.models import FirstContact, OutboxEntry
from scripta.conversations.attachments import attachment_dir
from scripta.conversations.models import Message
from scripta.patients.models import Patient
from scripta.privacy.erasure import TASK_ARGUMENTS
from scripta.privacy.tests.helpers import (
    all_files_plaintext,
    decrypted_values,
    plant,
    raw_sqlite_bytes,
    text_dump,
)

P = "ecanary-5a9d31"
Q = "kcanary-c02e64"


@pytest.fixture
def planted(
    settings: Any,
    tmp_path: Any,
    patient_record: Patient,
    patient_user: User,
    therapist: User,
    other_patient: Patient,
    second_therapist: User,
) -> dict[str, Any]:
    settings.MEDIA_ROOT = tmp_path
    patient_user.first_name = P
    patient_user.email = f"{P}@example.org"
    patient_user.save()
    portal = Client()
    portal.force_login(patient_user, backend=MODEL_BACKEND)  # a live session to be ended
    return {
        "p": plant(patient_record, therapist, P, phone="+393339990001"),
        "q": plant(other_patient, second_therapist, Q, phone="+393339990002"),
        "portal": portal,
    }


@pytest.mark.django_db(transaction=True)
def test_erasure_leaves_no_canary(planted: dict[str, Any], admin_user: User) -> None:
    patient = planted["p"].patient
    # Positive controls: the checks would see the canary if it were there.
    assert P in text_dump() and P in decrypted_values()
    if connection.vendor == "sqlite":
        assert P.encode() in raw_sqlite_bytes()
    assert any(P.encode() in content for _name, content in all_files_plaintext(attachment_dir()))
    entries_before = AuditEntry.objects.count()
    session_key = planted["portal"].session.session_key
    user_pk = patient.user_id
    assert Session.objects.filter(session_key=session_key).exists()

    client = login_verified(Client(), admin_user)
    response = client.post(
        f"/privacy/patients/{patient.pk}/erase/",
        {
            "ground": "retention_ended",
            "reference": "REQ-2026/17",
            "confirmation": f"ERASE {patient.pk}",
        },
    )
    assert response.status_code == 302

    assert P not in text_dump()
    assert P not in decrypted_values()
    if connection.vendor == "sqlite":
        assert P.encode() not in raw_sqlite_bytes()
    for name, content in all_files_plaintext(attachment_dir()):
        assert P.encode() not in content, name
    # The other patient is untouched: rows, files, queued work.
    assert Q in text_dump() and Q in decrypted_values()
    assert any(Q.encode() in content for _name, content in all_files_plaintext(attachment_dir()))
    q = planted["q"]
    assert Message.objects.filter(pk=q.inbound.pk).exists()
    assert OutboxEntry.objects.filter(message=q.outbound).exists()
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.count() == 3  # Q's three rows; P's three are gone
    assert FirstContact.objects.count() == 1
    # Tombstone, portal account, sessions.
    patient.refresh_from_db()
    assert patient.is_erased and patient.full_name == "" and patient.user_id is None
    user = User.objects.get(pk=user_pk)
    assert (
        not user.is_active
        and user.username.startswith("erased-")
        and not user.has_usable_password()
    )
    assert not UserSession.objects.filter(user=user).exists()
    assert not Session.objects.filter(session_key=session_key).exists()
    assert planted["portal"].get("/portal/").status_code in (302, 404)
    # Audit: entries kept, chain intact, the erasure recorded with its ground.
    assert AuditEntry.objects.count() > entries_before
    assert verify_chain() is None
    out = io.StringIO()
    call_command("verify_audit", stdout=out)
    assert "intact" in out.getvalue()
    entry = AuditEntry.objects.get(action="patient.erased")
    assert entry.patient_id == patient.pk and entry.actor_id == admin_user.pk
    assert (
        entry.detail["ground"] == "retention_ended" and entry.detail["reference"] == "REQ-2026/17"
    )
    # The administrator's page now shows a tombstone; a second erasure is refused.
    page = client.get(f"/privacy/patients/{patient.pk}/")
    assert f"Erased patient #{patient.pk}".encode() in page.content


def test_wrong_confirmation_erases_nothing(planted: dict[str, Any], admin_user: User) -> None:
    patient = planted["p"].patient
    client = login_verified(Client(), admin_user)
    for confirmation in ("", "ERASE", f"ERASE {patient.pk + 1}", patient.full_name):
        response = client.post(
            f"/privacy/patients/{patient.pk}/erase/",
            {"ground": "retention_ended", "confirmation": confirmation},
        )
        assert response.status_code == 400
    response = client.post(
        f"/privacy/patients/{patient.pk}/erase/",
        {
            "ground": "retention_ended",
            "reference": "free text with spaces",
            "confirmation": f"ERASE {patient.pk}",
        },
    )
    assert response.status_code == 400  # the reference may hold no prose
    patient.refresh_from_db()
    assert not patient.is_erased and patient.full_name == f"{P} Name"


def test_treating_therapist_cannot_erase(planted: dict[str, Any], therapist: User) -> None:
    patient = planted["p"].patient
    client = login_verified(Client(), therapist)
    response = client.post(
        f"/privacy/patients/{patient.pk}/erase/",
        {"ground": "retention_ended", "confirmation": f"ERASE {patient.pk}"},
    )
    assert response.status_code == 404
    patient.refresh_from_db()
    assert not patient.is_erased


def test_every_task_is_classified() -> None:
    """Erasure must know what each task's arguments are: a new task fails here until decided."""
    root = Path(__file__).resolve().parents[2]
    found = set()
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if {"tests", "migrations", "analysis", "testing"} & set(parts):
            continue
        if "@task(" not in path.read_text(encoding="utf-8"):
            continue
        module = import_module(".".join(parts))
        for _name, value in inspect.getmembers(module):
            if isinstance(value, Task) and value.module_path.startswith("scripta."):
                found.add(value.module_path)
    assert found == set(TASK_ARGUMENTS)
