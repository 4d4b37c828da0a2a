"""Audit trail: views write attributed entries; the hash chain names a tampered row; append-only."""

from __future__ import annotations

import io
import itertools
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from conftest import CANARIES, CANARY_NAME, login_verified
from scripta.accounts.models import User
from scripta.audit.actions import record, verify_chain
from scripta.audit.models import AuditEntry
from scripta.patients.models import Patient


def _actions_for(user: User) -> list[str]:
    return list(AuditEntry.objects.filter(actor_id=user.pk).values_list("action", flat=True))


def test_views_write_entries_attributed_to_the_user(
    verified_client: Client, therapist: User, patient_record: Patient, conversation: Any
) -> None:
    assert verified_client.get(f"/patients/{patient_record.pk}/").status_code == 200
    assert verified_client.get(f"/inbox/{conversation.pk}/").status_code == 200
    assert verified_client.get("/inbox/").status_code == 200
    response = verified_client.post(
        f"/patients/{patient_record.pk}/", {"notes": "canary-notes-91bd updated"}
    )
    assert response.status_code == 302
    response = verified_client.post(
        f"/inbox/{conversation.pk}/", {"body": "canary-reply-c41e again", "channel": "portal"}
    )
    assert response.status_code == 302

    view = AuditEntry.objects.get(action="patient.view")
    assert view.actor_id == therapist.pk
    assert view.actor_label == therapist.username
    assert view.patient_id == patient_record.pk
    assert view.ip == "127.0.0.1"
    assert view.at is not None
    actions = _actions_for(therapist)
    for expected in (
        "patient.view",
        "conversation.view",
        "inbox.view",
        "patient.notes_changed",
        "message.sent",
    ):
        assert expected in actions
    conv_view = AuditEntry.objects.get(action="conversation.view")
    assert conv_view.patient_id == patient_record.pk


def test_pdf_export_is_audited(
    verified_client: Client, therapist: User, patient_record: Patient
) -> None:
    response = verified_client.get(f"/patients/{patient_record.pk}/agreement/?format=pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    entry = AuditEntry.objects.get(action="agreement.export_pdf")
    assert (entry.actor_id, entry.patient_id) == (therapist.pk, patient_record.pk)


def test_patient_portal_view_is_audited(
    patient_client: Client, patient_user: User, patient_record: Patient
) -> None:
    assert patient_client.get("/portal/").status_code == 200
    entry = AuditEntry.objects.get(action="portal.view")
    assert (entry.actor_id, entry.patient_id) == (patient_user.pk, patient_record.pk)


def test_no_patient_content_in_the_audit_trail(
    verified_client: Client, patient_client: Client, patient_record: Patient, conversation: Any
) -> None:
    verified_client.get(f"/patients/{patient_record.pk}/")
    verified_client.post(f"/patients/{patient_record.pk}/", {"notes": "canary-notes-91bd more"})
    verified_client.post(
        f"/inbox/{conversation.pk}/", {"body": "canary-reply-c41e more", "channel": "portal"}
    )
    verified_client.post(
        f"/patients/{patient_record.pk}/consent/", {"channel": "sms", "action": "grant"}
    )
    verified_client.get(f"/patients/{patient_record.pk}/agreement/")
    patient_client.post("/portal/", {"body": "canary-body-7f3a from the portal"})
    assert AuditEntry.objects.count() >= 6
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM audit_auditentry")
        rows = "\n".join(str(value) for row in cursor.fetchall() for value in row)
    for canary in (*CANARIES, CANARY_NAME.split()[0]):
        assert canary not in rows


@pytest.fixture
def chain(db: None, therapist: User) -> list[AuditEntry]:
    return [
        record(f"test.step{i}", actor=therapist, patient_id=i, detail={"n": i}) for i in range(5)
    ]


def test_intact_chain_verifies(chain: list[AuditEntry]) -> None:
    out = io.StringIO()
    call_command("verify_audit", stdout=out)
    assert "intact" in out.getvalue()
    assert f"{len(chain)} entries" in out.getvalue()
    for earlier, later in itertools.pairwise(chain):
        assert later.prev_hash == earlier.entry_hash


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor_label", "someone-else"),
        ("action", "test.innocent"),
        ("patient_id", 999),
        ("detail", '{"n": 99}'),
    ],
)
def test_tampering_with_one_row_is_named(chain: list[AuditEntry], column: str, value: Any) -> None:
    victim = chain[2]
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE audit_auditentry SET {column} = %s WHERE id = %s",  # noqa: S608 - fixed column names
            [value, victim.pk],
        )
    with pytest.raises(CommandError) as excinfo:
        call_command("verify_audit", stdout=io.StringIO())
    assert f"#{victim.pk}" in str(excinfo.value)
    assert verify_chain().pk == victim.pk


def test_recomputing_the_hash_of_a_tampered_row_breaks_the_next_link(
    chain: list[AuditEntry],
) -> None:
    victim = AuditEntry.objects.get(pk=chain[1].pk)
    victim.actor_label = "forged"
    forged_hash = victim.compute_hash()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE audit_auditentry SET actor_label = %s, entry_hash = %s WHERE id = %s",
            ["forged", forged_hash, victim.pk],
        )
    with pytest.raises(CommandError) as excinfo:
        call_command("verify_audit", stdout=io.StringIO())
    assert f"#{chain[2].pk}" in str(excinfo.value)


def test_deleting_a_row_is_detected(chain: list[AuditEntry]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [chain[1].pk])
    with pytest.raises(CommandError) as excinfo:
        call_command("verify_audit", stdout=io.StringIO())
    assert f"#{chain[2].pk}" in str(excinfo.value)


def test_truncating_the_end_of_the_chain_is_detected(chain: list[AuditEntry]) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM audit_auditentry WHERE id = %s", [chain[-1].pk])
    with pytest.raises(CommandError) as excinfo:
        call_command("verify_audit", stdout=io.StringIO())
    assert f"#{chain[-1].pk}" in str(excinfo.value)


def test_model_level_update_and_delete_are_refused(chain: list[AuditEntry]) -> None:
    entry = AuditEntry.objects.get(pk=chain[0].pk)
    entry.action = "changed"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(action="changed")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
    assert AuditEntry.objects.get(pk=entry.pk).action == "test.step0"
    assert AuditEntry.objects.count() == len(chain)
    assert verify_chain() is None


def test_admin_browses_and_filters_the_trail(
    admin_user: User, chain: list[AuditEntry], therapist: User
) -> None:
    record("other.action", actor=therapist, patient_id=42)
    client = login_verified(Client(), admin_user)
    response = client.get("/audit/", {"action": "test.step"})
    assert response.status_code == 200
    page = response.context["page"]
    assert {e.action for e in page.object_list} == {f"test.step{i}" for i in range(5)}
    response = client.get("/audit/", {"patient": "42"})
    assert [e.action for e in response.context["page"].object_list] == ["other.action"]
    # Browsing the trail is itself audited.
    assert AuditEntry.objects.filter(action="audit.view", actor_id=admin_user.pk).count() == 2


def test_therapist_cannot_browse_the_trail(verified_client: Client) -> None:
    assert verified_client.get("/audit/").status_code == 404


def test_admin_sees_only_their_practice_in_the_trail(
    admin_user: User, therapist: User, outsider: User, patient_record: Patient, other_practice: Any
) -> None:
    other_patient = Patient.objects.create(practice=other_practice, full_name="Elsewhere")
    ours = record("patient.view", actor=therapist, patient_id=patient_record.pk)
    by_service = record(
        "message.read_by_engine", actor_label="service:reader", patient_id=patient_record.pk
    )
    theirs = record("patient.view", actor=outsider, patient_id=other_patient.pk)
    their_service = record(
        "message.read_by_engine", actor_label="service:reader", patient_id=other_patient.pk
    )
    client = login_verified(Client(), admin_user)
    shown = {e.pk for e in client.get("/audit/").context["page"].object_list}
    assert {ours.pk, by_service.pk} <= shown
    assert theirs.pk not in shown
    assert their_service.pk not in shown
    # Filtering by another practice's patient id shows nothing either.
    response = client.get("/audit/", {"patient": str(other_patient.pk)})
    assert list(response.context["page"].object_list) == []
    assert "esterno" not in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_never_fork_the_chain() -> None:
    """The chain head is locked while an entry is appended: parallel writers stay one chain."""
    import threading

    if connection.vendor == "sqlite" and ":memory:" in str(
        connection.settings_dict["TEST"].get("NAME")
    ):
        pytest.skip("an in-memory SQLite test database is one shared connection")
    from django.db import connections

    errors: list[BaseException] = []
    start = threading.Barrier(8)

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(5):
                record(f"test.parallel{n}.{i}", actor_label=f"service:test{n}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert AuditEntry.objects.count() == 40
    assert verify_chain() is None
    hashes = list(AuditEntry.objects.values_list("prev_hash", flat=True))
    assert len(set(hashes)) == 40  # no two entries share a predecessor: no fork
