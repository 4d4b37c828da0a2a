"""Export of patient P: P's data and access log, nothing of patient Q; outsiders get 404."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from django.test import Client

from conftest import MODEL_BACKEND, login_verified, make_user
from scripta.accounts.models import Role, User
from scripta.audit.models import AuditEntry
from scripta.patients.models import Patient
from scripta.privacy.tests.helpers import PNG, plant

P = "pcanary-4e1f0a"
Q = "qcanary-77b2c9"


@pytest.fixture
def two(
    settings: Any,
    tmp_path: Any,
    patient_record: Patient,
    therapist: User,
    other_patient: Patient,
    second_therapist: User,
) -> dict[str, Any]:
    settings.MEDIA_ROOT = tmp_path
    p = plant(patient_record, therapist, P, phone="+393339990001")
    q = plant(other_patient, second_therapist, Q, phone="+393339990002")
    return {"p": p, "q": q}


def unzip(content: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def assert_only_p(files: dict[str, bytes]) -> None:
    for name, content in files.items():
        assert Q.encode() not in content, name
        assert b"Teodoro" not in content, name
        assert b"teodoro-secret-55aa" not in content, name


def test_admin_export_has_p_and_nothing_of_q(
    two: dict[str, Any], admin_user: User, therapist: User
) -> None:
    patient = two["p"].patient
    response = login_verified(Client(), admin_user).post(f"/privacy/patients/{patient.pk}/export/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "no-store"
    files = unzip(response.content)
    assert {"README.txt", "data.json", "access-log.csv"} <= set(files)
    data = json.loads(files["data.json"])
    bodies = [m["body"] for m in data["messages"]]
    assert f"{P} inbound body" in bodies and f"{P} outbound reply" in bodies
    assert data["patient"]["full_name"] == f"{P} Name"
    assert {c["value"] for c in data["contact_points"]} >= {"+393339990001", f"{P}@example.org"}
    assert {c["channel"] for c in data["consents"]} >= {"portal", "sms"}
    assert data["agreement_acceptances"][0]["version"] >= 1
    inbound = next(m for m in data["messages"] if m["direction"] == "in")
    assert inbound["reading"]["details"] == {"quote": P}
    assert inbound["original_text"] == f"{P} original"
    attachment = inbound["attachments"][0]
    assert attachment["original_name"] == f"{P}.png"
    assert attachment["file"].startswith("attachments/message-")
    assert files[attachment["file"]] == PNG + f"{P} file".encode()
    assert data["scheduled_replies"][0]["body"] == f"{P} later"
    assert data["saved_for_session"] and data["appointments"] and data["first_contacts"]
    # Notes are withheld by default, and the summary says so.
    assert data["clinical_notes_included"] is False
    assert "clinical_notes" not in data["patient"]
    assert b"notes" not in files["data.json"].replace(b"clinical_notes_included", b"")
    assert f"{P} saved".encode() not in files["data.json"]
    assert b"not included" in files["README.txt"]
    # The access log names who looked, by role and name.
    log = data["access_log"]
    assert any(
        e["action"] == "patient.view" and e["who"] == "Elena Bianchi" and e["role"] == "therapist"
        for e in log
    )
    assert b"patient.view" in files["access-log.csv"]
    assert_only_p(files)
    entry = AuditEntry.objects.filter(action="patient.export").last()
    assert entry is not None and entry.patient_id == patient.pk and entry.actor_id == admin_user.pk
    assert entry.detail["notes"] is False


def test_notes_are_an_explicit_option(two: dict[str, Any], therapist: User) -> None:
    patient = two["p"].patient
    response = login_verified(Client(), therapist).post(
        f"/patients/{patient.pk}/export/", {"include_notes": "on"}
    )
    assert response.status_code == 200
    files = unzip(response.content)
    data = json.loads(files["data.json"])
    assert data["clinical_notes_included"] is True
    assert data["patient"]["clinical_notes"] == f"{P} notes"
    assert data["saved_for_session"][0]["note"] == f"{P} saved"
    assert b"are included" in files["README.txt"]
    assert_only_p(files)
    assert AuditEntry.objects.filter(action="patient.export").last().detail["notes"] is True  # type: ignore[union-attr]


def test_readme_in_the_patients_language(two: dict[str, Any], admin_user: User) -> None:
    patient = two["p"].patient
    patient.language = "it"
    patient.save(update_fields=["language"])
    response = login_verified(Client(), admin_user).post(f"/privacy/patients/{patient.pk}/export/")
    readme = unzip(response.content)["README.txt"].decode()
    assert "I suoi dati" in readme


def test_patient_downloads_own_data_only(two: dict[str, Any], patient_user: User) -> None:
    client = Client()
    client.force_login(patient_user, backend=MODEL_BACKEND)
    assert client.get("/portal/my-data/").status_code == 200
    response = client.post("/portal/my-data/")
    assert response.status_code == 200
    files = unzip(response.content)
    data = json.loads(files["data.json"])
    assert data["patient"]["id"] == two["p"].patient.pk
    assert "clinical_notes" not in data["patient"]
    assert_only_p(files)
    entry = AuditEntry.objects.filter(action="patient.export").last()
    assert entry is not None and entry.actor_id == patient_user.pk


@pytest.mark.parametrize("who", ["outsider_admin", "outsider", "second_therapist"])
def test_others_get_404(
    two: dict[str, Any],
    who: str,
    outsider: User,
    second_therapist: User,
    other_practice: Any,
) -> None:
    patient = two["p"].patient
    users = {
        "outsider_admin": make_user("altroadmin", Role.ADMIN, other_practice),
        "outsider": outsider,
        "second_therapist": second_therapist,
    }
    client = login_verified(Client(), users[who])
    for url in (f"/privacy/patients/{patient.pk}/export/", f"/patients/{patient.pk}/export/"):
        response = client.post(url)
        assert response.status_code == 404, url
        assert P.encode() not in response.content
    assert not AuditEntry.objects.filter(action="patient.export").exists()
    assert AuditEntry.objects.filter(action="access.denied", actor_id=users[who].pk).exists()


def test_admin_pages_show_no_clinical_content(two: dict[str, Any], admin_user: User) -> None:
    patient = two["p"].patient
    client = login_verified(Client(), admin_user)
    for url in (
        "/privacy/",
        f"/privacy/patients/{patient.pk}/",
        f"/privacy/patients/{patient.pk}/erase/",
    ):
        response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert f"{P} Name" in body  # the name, to know whom the request is about
        for content in ("inbound body", "outbound reply", "notes", "@example.org", "+39333999"):
            assert f"{P} {content}" not in body and f"{P}{content}" not in body
