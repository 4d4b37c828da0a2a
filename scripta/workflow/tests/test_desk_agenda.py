"""The session agenda: saved messages gather there, leave once discussed, print as a PDF."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from conftest import login_verified
from scripta.accounts.models import Practice, User
from scripta.appointments.models import Appointment, AppointmentStatus
from scripta.audit.models import AuditEntry
from scripta.conversations.models import Conversation
from scripta.workflow.desk import do_save_for_session
from scripta.workflow.models import SavedForSession
from scripta.workflow.tests.test_desk_inbox import conversation_of, inbound, make_patient


@pytest.fixture
def saved(practice: Practice, therapist: User) -> tuple[Conversation, list[SavedForSession]]:
    conversation = conversation_of(make_patient(practice, therapist, "Anna Agenda"))
    first = inbound(conversation, "I stayed in bed all day 😔", ago=timedelta(days=2))
    second = inbound(conversation, "my mother called again", ago=timedelta(days=1))
    inbound(conversation, "not saved")
    items = [
        do_save_for_session(therapist, first, note="bed, alone"),
        do_save_for_session(therapist, second),
    ]
    return conversation, items


def test_agenda_lists_saved_messages_with_notes(
    saved: tuple[Conversation, list[SavedForSession]], verified_client: Client, therapist: User
) -> None:
    conversation, _ = saved
    patient = conversation.patient
    start = timezone.now() + timedelta(days=3)
    Appointment.objects.create(
        patient=patient, therapist=therapist, starts_at=start, ends_at=start + timedelta(hours=1)
    )
    Appointment.objects.create(  # a cancelled one is not "next"
        patient=patient,
        therapist=therapist,
        starts_at=timezone.now() + timedelta(days=1),
        ends_at=timezone.now() + timedelta(days=1, hours=1),
        status=AppointmentStatus.CANCELLED,
    )
    response = verified_client.get(f"/desk/patients/{patient.pk}/agenda/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "I stayed in bed all day" in html and "bed, alone" in html
    assert "my mother called again" in html and "not saved" not in html
    assert "Next appointment" in html
    assert AuditEntry.objects.filter(action="agenda.view", patient_id=patient.pk).exists()


def test_agenda_without_appointment_shows_every_undiscussed(
    saved: tuple[Conversation, list[SavedForSession]], verified_client: Client
) -> None:
    conversation, _ = saved
    html = verified_client.get(f"/desk/patients/{conversation.patient_id}/agenda/").content.decode()
    assert "No appointment planned" in html
    assert html.count('class="card agenda-item"') == 2


def test_discussed_leaves_the_agenda(
    saved: tuple[Conversation, list[SavedForSession]], verified_client: Client
) -> None:
    conversation, items = saved
    url = f"/desk/patients/{conversation.patient_id}/agenda/"
    response = verified_client.post(f"/desk/saved/{items[0].pk}/discussed/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and response.content == b""
    html = verified_client.get(url).content.decode()
    assert "I stayed in bed all day" not in html
    assert "my mother called again" in html
    response = verified_client.post(f"/desk/saved/{items[1].pk}/discussed/")
    assert response.status_code == 302
    assert "Nothing saved for the next session" in verified_client.get(url).content.decode()
    assert AuditEntry.objects.filter(action="session.discussed").count() == 2


def test_agenda_pdf_is_a_pdf_and_is_audited_as_an_export(
    saved: tuple[Conversation, list[SavedForSession]], verified_client: Client
) -> None:
    conversation, _ = saved
    response = verified_client.get(f"/desk/patients/{conversation.patient_id}/agenda.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert "attachment" in response["Content-Disposition"]
    assert response["Cache-Control"] == "no-store"
    entry = AuditEntry.objects.get(action="agenda.export")
    assert entry.patient_id == conversation.patient_id and entry.detail["items"] == 2


def test_outsiders_get_404_on_the_agenda(
    saved: tuple[Conversation, list[SavedForSession]], second_therapist: User, outsider: User
) -> None:
    conversation, items = saved
    for user in (second_therapist, outsider):
        client = login_verified(Client(), user)
        pid = conversation.patient_id
        assert client.get(f"/desk/patients/{pid}/agenda/").status_code == 404
        assert client.get(f"/desk/patients/{pid}/agenda.pdf").status_code == 404
        assert client.post(f"/desk/saved/{items[0].pk}/discussed/").status_code == 404
    assert SavedForSession.objects.filter(discussed_at__isnull=True).count() == 2
    assert not AuditEntry.objects.filter(action="agenda.export").exists()


def test_a_co_therapist_has_their_own_agenda(
    saved: tuple[Conversation, list[SavedForSession]], second_therapist: User
) -> None:
    conversation, _ = saved
    conversation.patient.therapists.add(second_therapist)
    client = login_verified(Client(), second_therapist)
    html = client.get(f"/desk/patients/{conversation.patient_id}/agenda/").content.decode()
    assert "I stayed in bed all day" not in html


def test_discussed_needs_csrf(
    saved: tuple[Conversation, list[SavedForSession]], therapist: User
) -> None:
    _, items = saved
    client = login_verified(Client(enforce_csrf_checks=True), therapist)
    assert client.post(f"/desk/saved/{items[0].pk}/discussed/").status_code == 403
