"""The conversation view's desk: reading at a glance, side panel, save, no-reply, handled."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conftest import login_verified
from scripta.accounts.models import Practice, User
from scripta.appointments.models import Appointment
from scripta.audit.models import AuditEntry
from scripta.conversations.models import Conversation
from scripta.workflow.models import (
    CrisisHandling,
    NoReplyDecision,
    PatientBoundaries,
    SavedForSession,
)
from scripta.workflow.tests.test_desk_inbox import (
    conversation_of,
    inbound,
    make_patient,
    outbound,
)
from scripta.workflow.triage import WAITING, triaged_rows


@pytest.fixture
def talk(practice: Practice, therapist: User) -> Conversation:
    conversation = conversation_of(make_patient(practice, therapist, "Nora Needs"))
    inbound(conversation, "I CAN'T DO THIS anymore", level="high", signals=("all_caps",))
    return conversation


def test_reading_at_a_glance_with_evidence_explained(
    talk: Conversation, verified_client: Client
) -> None:
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    # The risk cue wins the overlap; its title also explains the capitals it covers.
    assert (
        '<mark class="risk-high" title="risk cue high · explains all_caps" tabindex="0">I CAN</mark>'
        in html
    )
    assert 'data-signal="all_caps"' in html and ">capitals<" in html
    assert 'title="explains all_caps"' in html
    assert "Mark as handled" in html


def test_explanations_follow_the_users_language(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    verified_client.cookies["django_language"] = "it"
    html = verified_client.get(f"/inbox/{talk.pk}/", HTTP_ACCEPT_LANGUAGE="it").content.decode()
    assert 'title="indizio high · spiega all_caps"' in html


def test_side_panel_next_appointment_rhythm_and_chart(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    patient = talk.patient
    start = timezone.now() + timedelta(days=2)
    appointment = Appointment.objects.create(
        patient=patient, therapist=therapist, starts_at=start, ends_at=start + timedelta(hours=1)
    )
    PatientBoundaries.objects.create(patient=patient, max_messages=1, per_days=7)
    inbound(talk, "again", ago=timedelta(days=1))
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert f'data-next-appointment="{appointment.pk}"' in html
    assert "At most 1 message in 7 days." in html
    assert 'data-excessive="1"' in html
    assert "bar bar-h-" in html and 'style="' not in html
    assert f"/patients/{patient.pk}/" in html
    verified_client.cookies["django_language"] = "it"
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert "Al massimo 1 messaggio in 7 giorni." in html


def test_save_for_session_with_note(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    message = talk.messages.get()
    response = verified_client.post(f"/desk/messages/{message.pk}/save/", {"note": "the capitals"})
    assert response.status_code == 302
    saved = SavedForSession.objects.get()
    assert (saved.message, saved.therapist, saved.note) == (message, therapist, "the capitals")
    assert AuditEntry.objects.filter(action="session.saved", object_id=str(saved.pk)).exists()
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert 'data-saved="1"' in html


def test_no_reply_deliberate(talk: Conversation, verified_client: Client, therapist: User) -> None:
    other = conversation_of(make_patient(talk.patient.practice, therapist, "Otto Other"))
    inbound(other, "just saying hi")
    response = verified_client.post(f"/desk/conversations/{other.pk}/no-reply/", {"reason": ""})
    assert response.status_code == 302
    assert NoReplyDecision.objects.get().up_to == other.messages.get()
    assert AuditEntry.objects.filter(action="conversation.no_reply").exists()
    row = next(r for r in triaged_rows(therapist) if r.conversation == other)
    assert row.group != WAITING
    assert other.messages.count() == 1  # nothing was sent


def test_handled_requires_a_note(talk: Conversation, verified_client: Client) -> None:
    message = talk.messages.get()
    response = verified_client.post(f"/desk/messages/{message.pk}/handled/", {"note": "   "})
    assert response.status_code == 302
    assert not CrisisHandling.objects.exists()
    assert AuditEntry.objects.filter(action="crisis.handled_refused").exists()
    response = verified_client.post(
        f"/desk/messages/{message.pk}/handled/", {"note": "Called her; safety plan agreed."}
    )
    handling = CrisisHandling.objects.get()
    assert handling.note == "Called her; safety plan agreed."
    assert AuditEntry.objects.filter(action="crisis.handled", object_id=str(handling.pk)).exists()
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert "Mark as handled" not in html and "safety plan agreed" in html


def test_handled_refused_on_a_message_without_risk(
    talk: Conversation, verified_client: Client
) -> None:
    calm = inbound(talk, "all fine now")
    verified_client.post(f"/desk/messages/{calm.pk}/handled/", {"note": "n/a"})
    assert not CrisisHandling.objects.exists()


def test_outsiders_get_404_on_every_desk_action(
    talk: Conversation, second_therapist: User, outsider: User
) -> None:
    message = talk.messages.get()
    for user in (second_therapist, outsider):
        client = login_verified(Client(), user)
        for url, data in (
            (f"/desk/messages/{message.pk}/save/", {"note": "x"}),
            (f"/desk/messages/{message.pk}/handled/", {"note": "x"}),
            (f"/desk/conversations/{talk.pk}/no-reply/", {}),
            (f"/desk/conversations/{talk.pk}/check/", {"body": "hi"}),
        ):
            assert client.post(url, data).status_code == 404, url
    assert not SavedForSession.objects.exists()
    assert not CrisisHandling.objects.exists()
    assert not NoReplyDecision.objects.exists()
    assert AuditEntry.objects.filter(action="access.denied").count() >= 8


def test_desk_actions_need_csrf(talk: Conversation, therapist: User) -> None:
    client = login_verified(Client(enforce_csrf_checks=True), therapist)
    message = talk.messages.get()
    assert client.post(f"/desk/messages/{message.pk}/save/", {"note": "x"}).status_code == 403
    assert client.post(f"/desk/messages/{message.pk}/handled/", {"note": "x"}).status_code == 403
    assert client.post(f"/desk/conversations/{talk.pk}/no-reply/", {}).status_code == 403


def test_get_is_refused_on_writes(talk: Conversation, verified_client: Client) -> None:
    message = talk.messages.get()
    assert verified_client.get(f"/desk/messages/{message.pk}/save/").status_code == 405


def _count(client: Client, url: str) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_conversation_view_queries_constant(
    talk: Conversation, therapist: User, verified_client: Client, django_assert_max_num_queries: Any
) -> None:
    url = f"/inbox/{talk.pk}/"
    small = _count(verified_client, url)
    for i in range(18):
        if i % 3 == 0:
            inbound(talk, "I can't", level="high", signals=("unsigned",))
        else:
            inbound(talk, "ok", signals=("late_night",))
        outbound(talk, therapist)
    SavedForSession.objects.create(message=talk.messages.first(), therapist=therapist)
    large = _count(verified_client, url)
    assert large == small, f"{small} queries with 1 message, {large} with 37"
    with django_assert_max_num_queries(small):
        verified_client.get(url)
