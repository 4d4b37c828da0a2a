"""The web-portal channel end to end: patient writes, therapist reads and replies, patient reads.

Also: the patient never sees the therapist's reading state, never another patient's
conversation; no mass assignment; CSRF on every state change.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from conftest import MODEL_BACKEND, login_verified
from scripta.accounts.models import User
from scripta.conversations.actions import do_mark_read
from scripta.conversations.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    MessageReading,
    ReadState,
)
from scripta.patients.models import Channel, Patient

HX = {"HTTP_HX_REQUEST": "true"}


def _inbox_row(client: Client, conversation: Conversation) -> Any:
    response = client.get("/inbox/")
    assert response.status_code == 200
    rows = {row.pk: row for row in response.context["rows"]}
    return rows[conversation.pk]


def test_patient_message_reaches_the_therapist_inbox_and_unread_clears_on_opening(
    patient_client: Client,
    patient_user: User,
    patient_record: Patient,
    verified_client: Client,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        response = patient_client.post("/portal/", {"body": "Quiri here: a hard night. Quiri"})
    assert response.status_code == 302
    message = Message.objects.get()
    assert message.direction == Direction.INBOUND
    assert message.channel == Channel.PORTAL
    assert message.sender == patient_user
    assert message.status == DeliveryStatus.RECEIVED
    assert message.conversation.patient == patient_record
    assert message.received_at is not None
    # The reading engine ran after commit (ImmediateBackend in tests).
    assert MessageReading.objects.filter(message=message).exists()

    conversation = message.conversation
    assert _inbox_row(verified_client, conversation).unread == 1
    badge = verified_client.get("/inbox/unread/")
    assert 'data-unread-total="1"' in badge.content.decode()

    page = verified_client.get(f"/inbox/{conversation.pk}/")
    assert page.status_code == 200
    assert "Quiri here: a hard night." in page.content.decode()
    assert _inbox_row(verified_client, conversation).unread == 0
    assert "data-unread-total" not in verified_client.get("/inbox/unread/").content.decode()

    # A new message makes it unread again.
    patient_client.post("/portal/", {"body": "And another thing. Quiri"})
    assert _inbox_row(verified_client, conversation).unread == 1


def test_unread_counts_are_per_therapist(
    conversation: Conversation, verified_client: Client, second_therapist: User
) -> None:
    conversation.patient.therapists.add(second_therapist)
    colleague = login_verified(Client(), second_therapist)
    verified_client.get(f"/inbox/{conversation.pk}/")
    assert _inbox_row(verified_client, conversation).unread == 0
    assert _inbox_row(colleague, conversation).unread == 1


def test_therapist_reply_without_htmx_is_visible_to_the_patient(
    conversation: Conversation, verified_client: Client, patient_client: Client, therapist: User
) -> None:
    response = verified_client.post(
        f"/inbox/{conversation.pk}/", {"body": "See you on Tuesday. EB", "channel": "portal"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/inbox/{conversation.pk}/"
    reply = Message.objects.filter(direction=Direction.OUTBOUND).latest("id")
    assert (reply.sender, reply.channel, reply.status) == (
        therapist,
        "portal",
        DeliveryStatus.DELIVERED,
    )
    portal = patient_client.get("/portal/").content.decode()
    assert "See you on Tuesday. EB" in portal
    assert "Elena Bianchi" in portal


def test_therapist_reply_with_htmx_returns_the_timeline_fragment(
    conversation: Conversation, verified_client: Client, patient_client: Client
) -> None:
    response = verified_client.post(
        f"/inbox/{conversation.pk}/",
        {"body": "Thank you for writing. EB", "channel": "portal"},
        **HX,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert 'id="timeline"' in html
    assert "Thank you for writing. EB" in html
    assert 'name="body"' in html  # a fresh reply box
    assert "Thank you for writing. EB" in patient_client.get("/portal/").content.decode()


def test_reply_on_a_channel_without_consent_is_refused(
    conversation: Conversation, verified_client: Client
) -> None:
    before = Message.objects.count()
    response = verified_client.post(f"/inbox/{conversation.pk}/", {"body": "Hi", "channel": "sms"})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert Message.objects.count() == before


CSRF = re.compile(r'(name="csrfmiddlewaretoken" value="|"X-CSRFToken": ")[^"]+"')
READ_MARKERS = re.compile(
    r"\b(seen|read|unread|online|last seen|delivered|visto|visualizzato|letto|consegnato|in linea)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("language", ["en", "it"])
def test_patient_page_never_shows_read_state(
    language: str,
    conversation: Conversation,
    patient_client: Client,
    patient_user: User,
    therapist: User,
    verified_client: Client,
) -> None:
    patient_user.language = language
    patient_user.save()

    def portal() -> str:
        html = patient_client.get("/portal/").content.decode()
        return CSRF.sub("TOKEN", html)

    before = portal()
    # The therapist opens the conversation, and it is marked read.
    verified_client.get(f"/inbox/{conversation.pk}/")
    assert ReadState.objects.filter(conversation=conversation, user=therapist).exists()
    after = portal()
    assert before == after, "the patient's page changed when the therapist read the conversation"
    visible_text = re.sub(r"<[^>]+>", " ", after)
    assert not READ_MARKERS.search(visible_text), READ_MARKERS.search(visible_text)
    assert "last_read" not in after
    assert "data-unread" not in after


def test_patient_page_shows_no_therapist_presence_after_reply(
    conversation: Conversation, patient_client: Client, therapist: User
) -> None:
    do_mark_read(therapist, conversation)
    therapist.last_login = timezone.now()
    therapist.save()
    html = patient_client.get("/portal/").content.decode()
    visible_text = re.sub(r"<[^>]+>", " ", html)
    assert not READ_MARKERS.search(visible_text)


def test_patient_cannot_see_another_patients_conversation(
    conversation: Conversation, other_patient: Patient, patient_client: Client
) -> None:
    html = patient_client.get("/portal/").content.decode()
    assert "teodoro-secret-55aa" not in html
    assert "Teodoro" not in html
    other_conversation = other_patient.conversation
    assert patient_client.get(f"/inbox/{other_conversation.pk}/").status_code == 404
    # And the other patient does not see ours.
    other = Client()
    other.force_login(other_patient.user, backend=MODEL_BACKEND)
    html = other.get("/portal/").content.decode()
    assert "teodoro-secret-55aa" in html
    assert "canary-body-7f3a" not in html
    assert "Quirinella" not in html


def test_patient_cannot_download_another_patients_attachment(
    conversation: Conversation,
    other_patient: Patient,
    patient_client: Client,
    settings: Any,
    tmp_path: Any,
) -> None:
    from scripta.conversations.attachments import store_attachment

    settings.MEDIA_ROOT = tmp_path
    theirs = store_attachment(
        other_patient.conversation.messages.get(),
        content=b"teodoro-file",
        content_type="text/plain",
        original_name="t.txt",
    )
    assert patient_client.get(f"/portal/attachments/{theirs.pk}/").status_code == 404


def test_no_mass_assignment_on_the_portal(
    conversation: Conversation,
    other_patient: Patient,
    patient_client: Client,
    patient_user: User,
    therapist: User,
    outsider: User,
) -> None:
    response = patient_client.post(
        "/portal/",
        {
            "body": "Only the body counts. Quiri",
            "sender": therapist.pk,
            "direction": "out",
            "channel": "sms",
            "status": "delivered",
            "provider": "twilio",
            "conversation": other_patient.conversation.pk,
            "practice": outsider.practice_id,
            "therapists": [outsider.pk],
            "user": outsider.pk,
        },
    )
    assert response.status_code == 302
    message = Message.objects.latest("id")
    assert message.body == "Only the body counts. Quiri"
    assert message.conversation == conversation
    assert (message.direction, message.channel, message.status, message.provider) == (
        "in",
        "portal",
        "received",
        "portal",
    )
    assert message.sender == patient_user
    patient = conversation.patient
    patient.refresh_from_db()
    assert patient.practice_id == therapist.practice_id
    assert list(patient.therapists.all()) == [therapist]
    assert patient.user == patient_user
    assert other_patient.conversation.messages.count() == 1


def test_no_mass_assignment_on_the_reply(
    conversation: Conversation,
    other_patient: Patient,
    verified_client: Client,
    therapist: User,
    second_therapist: User,
) -> None:
    response = verified_client.post(
        f"/inbox/{conversation.pk}/",
        {
            "body": "Reply. EB",
            "channel": "portal",
            "sender": second_therapist.pk,
            "direction": "in",
            "conversation": other_patient.conversation.pk,
            "status": "queued",
            "delivered_at": "2000-01-01T00:00:00Z",
        },
    )
    assert response.status_code == 302
    reply = Message.objects.latest("id")
    assert (reply.conversation, reply.sender, reply.direction, reply.status) == (
        conversation,
        therapist,
        "out",
        "delivered",
    )
    assert reply.delivered_at.year == timezone.now().year
    assert other_patient.conversation.messages.count() == 1


def _csrf_client(user: User, verified: bool) -> Client:
    client = Client(enforce_csrf_checks=True)
    if verified:
        return login_verified(client, user)
    client.force_login(user, backend=MODEL_BACKEND)
    return client


def test_csrf_is_enforced_on_the_portal(patient_user: User, patient_record: Patient) -> None:
    client = _csrf_client(patient_user, verified=False)
    response = client.post("/portal/", {"body": "no token"})
    assert response.status_code == 403
    assert not Message.objects.exists()
    # With the token from the page, the same post works.
    client.get("/portal/")
    token = client.cookies["csrftoken"].value
    response = client.post("/portal/", {"body": "with token", "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert Message.objects.get().body == "with token"


def test_csrf_is_enforced_on_the_reply_including_htmx(
    conversation: Conversation, therapist: User
) -> None:
    client = _csrf_client(therapist, verified=True)
    before = Message.objects.count()
    assert (
        client.post(f"/inbox/{conversation.pk}/", {"body": "x", "channel": "portal"}).status_code
        == 403
    )
    assert (
        client.post(
            f"/inbox/{conversation.pk}/", {"body": "x", "channel": "portal"}, **HX
        ).status_code
        == 403
    )
    assert Message.objects.count() == before
    page = client.get(f"/inbox/{conversation.pk}/")
    token = re.search(r'"X-CSRFToken": "([^"]+)"', page.content.decode()).group(1)
    response = client.post(
        f"/inbox/{conversation.pk}/",
        {"body": "htmx with header token", "channel": "portal"},
        HTTP_X_CSRFTOKEN=token,
        **HX,
    )
    assert response.status_code == 200
    assert Message.objects.count() == before + 1


@pytest.mark.parametrize(
    ("path", "data"),
    [
        ("/patients/{patient}/", {"notes": "x"}),
        ("/patients/{patient}/consent/", {"channel": "sms", "action": "grant"}),
        ("/patients/{patient}/invite/", {}),
        ("/patients/{patient}/agreement/record/", {}),
        ("/patients/{patient}/edit/", {"full_name": "Changed"}),
        ("/account/preferences/", {"language": "it", "timezone": "Europe/Rome"}),
        ("/account/logout/", {}),
        ("/account/login/", {"auth-username": "bianchi", "login_view-current_step": "auth"}),
        ("/i18n/setlang/", {"language": "it"}),
        ("/account/two_factor/disable/", {"understand": "on"}),
        ("/account/two_factor/backup/tokens/", {}),
    ],
)
def test_csrf_is_enforced_on_therapist_state_changes(
    path: str, data: dict[str, str], patient_record: Patient, therapist: User
) -> None:
    client = _csrf_client(therapist, verified=True)
    response = client.post(path.format(patient=patient_record.pk), data)
    assert response.status_code == 403
    patient_record.refresh_from_db()
    assert patient_record.full_name != "Changed"
    assert client.get("/inbox/").status_code == 200  # still logged in: logout was refused too


def test_patient_cannot_write_once_portal_consent_is_withdrawn(
    conversation: Conversation, patient_client: Client, therapist: User
) -> None:
    from scripta.patients.actions import do_change_consent

    do_change_consent(therapist, conversation.patient, "portal", grant=False)
    before = Message.objects.count()
    page = patient_client.get("/portal/")
    assert page.status_code == 200
    assert 'name="body"' not in page.content.decode()
    response = patient_client.post("/portal/", {"body": "still trying"})
    assert response.status_code == 400
    assert Message.objects.count() == before
    # The therapist cannot reply on the portal either.
    verified = login_verified(Client(), therapist)
    verified.post(f"/inbox/{conversation.pk}/", {"body": "x", "channel": "portal"})
    assert Message.objects.count() == before


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script> I want to die tonight, I CAN'T TAKE IT ANYMORE!!! Quiri",
        '<img src=x onerror="alert(2)"> nobody would miss me... Quiri',
        '<a href="javascript:alert(3)">hopeless</a> "><svg onload=alert(4)> Quiri',
    ],
)
def test_message_html_is_inert_with_and_without_highlighting(
    payload: str,
    patient_client: Client,
    patient_record: Patient,
    verified_client: Client,
    django_capture_on_commit_callbacks: Any,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        patient_client.post("/portal/", {"body": payload})
    message = Message.objects.get()
    assert MessageReading.objects.filter(message=message).exists()
    pages = [
        verified_client.get(f"/inbox/{message.conversation_id}/").content.decode(),
        verified_client.get(
            f"/inbox/{message.conversation_id}/", HTTP_HX_REQUEST="true"
        ).content.decode(),
        patient_client.get("/portal/").content.decode(),
    ]
    for html in pages:
        tags = re.findall(r"<[a-zA-Z][^<>]*>", html)
        for tag in tags:
            lowered = tag.lower()
            assert not re.search(r"\son[a-z]+=", lowered), tag  # no event handler attributes
            assert "javascript:" not in lowered, tag
            assert not lowered.startswith(("<img", "<svg")), tag
            if lowered.startswith("<script"):
                assert " src=" in lowered, tag  # only the page's own static scripts
        assert "&lt;" in html  # the payload is shown, as text


def test_replying_clears_the_unread_count(
    conversation: Conversation, verified_client: Client
) -> None:
    assert _inbox_row(verified_client, conversation).unread == 1
    verified_client.post(f"/inbox/{conversation.pk}/", {"body": "Reply. EB", "channel": "portal"})
    assert _inbox_row(verified_client, conversation).unread == 0


def test_times_are_stored_in_utc(
    patient_client: Client, patient_user: User, patient_record: Patient
) -> None:
    from datetime import UTC, datetime
    from unittest import mock

    from django.db import connection

    patient_user.timezone = "Asia/Tokyo"
    patient_user.save()
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)  # the night Europe/Rome moves its clocks
    with mock.patch("django.utils.timezone.now", return_value=moment):
        patient_client.post("/portal/", {"body": "At night. Quiri"})
    message = Message.objects.get()
    assert message.received_at == moment
    with connection.cursor() as cursor:
        cursor.execute("SELECT received_at FROM conversations_message WHERE id = %s", [message.pk])
        raw = cursor.fetchone()[0]
    text = raw.isoformat() if hasattr(raw, "isoformat") else str(raw)
    assert text.startswith("2026-03-29") and "01:30" in text, text
