"""Restriction (art. 18): kept, but nothing leaves, what arrives is held, the desk loses it."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from conftest import MODEL_BACKEND, login_verified
from scripta.accounts.models import User
from scripta.audit.models import AuditEntry
from scripta.conversations.actions import ConsentMissing, do_receive_message, do_send_reply
from scripta.conversations.models import DeliveryStatus, Message, MessageReading
from scripta.patients.models import Patient
from scripta.privacy.tests.helpers import plant
from scripta.workflow.models import ScheduledReply, ScheduledStatus

P = "rcanary-90ab11"


@pytest.fixture
def restricted(
    settings: Any,
    tmp_path: Any,
    patient_record: Patient,
    patient_user: User,
    therapist: User,
    admin_user: User,
) -> dict[str, Any]:
    settings.MEDIA_ROOT = tmp_path
    planted = plant(patient_record, therapist, P)
    client = login_verified(Client(), admin_user)
    response = client.post(
        f"/privacy/patients/{patient_record.pk}/restrict/", {"ground": "retention_required"}
    )
    assert response.status_code == 302
    patient_record.refresh_from_db()
    return {"planted": planted, "admin": client, "patient": patient_record}


def test_restriction_stops_sending_and_hides_the_record(
    restricted: dict[str, Any], therapist: User
) -> None:
    patient = restricted["patient"]
    planted = restricted["planted"]
    assert patient.is_restricted and patient.privacy_ground == "retention_required"
    planted.outbound.refresh_from_db()
    assert planted.outbound.status == DeliveryStatus.CANCELLED
    assert planted.outbound.error_code == "restricted"
    assert not ScheduledReply.objects.filter(status=ScheduledStatus.PENDING).exists()
    with pytest.raises(ConsentMissing):
        do_send_reply(therapist, planted.conversation, body="x", channel="portal")
    client = login_verified(Client(), therapist)
    assert client.get(f"/patients/{patient.pk}/").status_code == 404
    assert client.get(f"/inbox/{planted.conversation.pk}/").status_code == 404
    assert client.post(f"/patients/{patient.pk}/export/").status_code == 404
    assert P.encode() not in client.get("/inbox/").content
    assert P.encode() not in client.get("/patients/").content
    entry = AuditEntry.objects.get(action="patient.restricted")
    assert entry.detail["ground"] == "retention_required" and entry.detail["cancelled"] == 1


def test_inbound_is_held_unread_and_the_portal_is_read_only(
    restricted: dict[str, Any], patient_user: User, django_capture_on_commit_callbacks: Any
) -> None:
    patient = restricted["patient"]
    with django_capture_on_commit_callbacks(execute=True):
        received = do_receive_message(patient, channel="sms", body=f"{P} while restricted")
    message = received.message
    assert message.held
    assert not MessageReading.objects.filter(message=message).exists()
    assert AuditEntry.objects.filter(action="message.held", object_id=str(message.pk)).exists()
    portal = Client()
    portal.force_login(patient_user, backend=MODEL_BACKEND)
    page = portal.get("/portal/")
    assert b"restricted-notice" in page.content
    before = Message.objects.count()
    assert portal.post("/portal/", {"body": "hello"}).status_code == 400
    assert Message.objects.count() == before
    # The patient keeps the right of access.
    assert portal.post("/portal/my-data/").status_code == 200


def test_held_message_is_told_to_the_administrators_without_content(
    restricted: dict[str, Any],
    admin_user: User,
    mailoutbox: list[Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    patient = restricted["patient"]
    admin_user.email = "office@example.test"
    admin_user.language = "it"
    admin_user.save(update_fields=["email", "language"])
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        first = do_receive_message(patient, channel="sms", body=f"{P} please, anyone")
    assert [m.to for m in mailoutbox] == [["office@example.test"]]
    notice = mailoutbox[0]
    assert notice.subject.startswith("Scripta: un messaggio è trattenuto")
    assert f"cartella paziente n. {patient.pk}" in notice.body
    assert f"/privacy/patients/{patient.pk}/" in notice.body
    everything = notice.subject + notice.body
    assert P not in everything and patient.full_name not in everything
    entry = AuditEntry.objects.get(action="message.held_notice")
    assert entry.object_id == str(first.message.pk) and entry.detail == {"administrators": 1}
    # A second message within 12 hours is held too, without a second notice.
    with django_capture_on_commit_callbacks(execute=True):
        do_receive_message(patient, channel="whatsapp", body=f"{P} again")
    assert len(mailoutbox) == 1
    assert AuditEntry.objects.filter(action="message.held_notice").count() == 1


def test_admin_keeps_read_only_access_and_can_lift(
    restricted: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    patient = restricted["patient"]
    admin = restricted["admin"]
    page = admin.get(f"/privacy/patients/{patient.pk}/")
    assert page.status_code == 200 and b"privacy-state" in page.content
    assert f"{P} inbound body".encode() not in page.content
    assert admin.post(f"/privacy/patients/{patient.pk}/export/").status_code == 200
    held = do_receive_message(patient, channel="sms", body="held one").message
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(f"/privacy/patients/{patient.pk}/lift/")
    assert response.status_code == 302
    patient.refresh_from_db()
    assert not patient.is_restricted
    assert MessageReading.objects.filter(message=held).exists()  # read once lifted
    assert AuditEntry.objects.get(action="patient.restriction_lifted").detail["held"] == 1


def test_restriction_needs_a_ground(
    patient_record: Patient, admin_user: User, therapist: User
) -> None:
    client = login_verified(Client(), admin_user)
    response = client.post(f"/privacy/patients/{patient_record.pk}/restrict/", {"ground": "whim"})
    assert response.status_code == 400
    patient_record.refresh_from_db()
    assert not patient_record.is_restricted
    other = login_verified(Client(), therapist)
    response = other.post(
        f"/privacy/patients/{patient_record.pk}/restrict/", {"ground": "legal_claims"}
    )
    assert response.status_code == 404
