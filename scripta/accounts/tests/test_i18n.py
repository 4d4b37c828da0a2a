"""English and Italian UI; every time shown in the user's own time zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.test import Client

from conftest import login_verified
from scripta.accounts.models import User
from scripta.conversations.models import Conversation


def test_italian_inbox(therapist: User, conversation: Conversation) -> None:
    therapist.language = "it"
    therapist.save()
    html = login_verified(Client(), therapist).get("/inbox/").content.decode()
    assert "Posta in arrivo" in html
    assert "Esci" in html  # log out
    assert '<html lang="it">' in html
    assert "Inbox" not in html


def test_english_inbox(verified_client: Client, conversation: Conversation) -> None:
    html = verified_client.get("/inbox/").content.decode()
    assert "<h1>Inbox</h1>" in html
    assert "Posta in arrivo" not in html


def test_italian_login_page(db: None) -> None:
    html = Client().get("/account/login/", HTTP_ACCEPT_LANGUAGE="it").content.decode()
    assert '<html lang="it">' in html
    assert "Nome utente" in html
    assert "Inserisci le tue credenziali" in html


def test_italian_portal(patient_user: User, conversation: Conversation) -> None:
    patient_user.language = "it"
    patient_user.save()
    client = Client()
    client.force_login(patient_user, backend="django.contrib.auth.backends.ModelBackend")
    html = client.get("/portal/").content.decode()
    assert "messaggi con il suo terapeuta" in html.lower()


def test_language_switch(verified_client: Client) -> None:
    response = verified_client.post("/i18n/setlang/", {"language": "it", "next": "/inbox/"})
    assert response.status_code == 302
    assert "Posta in arrivo" in verified_client.get("/inbox/").content.decode()
    verified_client.post("/i18n/setlang/", {"language": "en", "next": "/inbox/"})
    assert "<h1>Inbox</h1>" in verified_client.get("/inbox/").content.decode()


def test_preferences_change_the_language(verified_client: Client, therapist: User) -> None:
    response = verified_client.post(
        "/account/preferences/", {"language": "it", "timezone": "Europe/Rome", "signature": "EB"}
    )
    assert response.status_code == 302
    therapist.refresh_from_db()
    assert therapist.language == "it"
    assert "Posta in arrivo" in verified_client.get("/inbox/").content.decode()


@pytest.mark.parametrize(
    ("zone", "language", "shown"),
    [
        ("Europe/Rome", "en", "1 p.m."),
        ("America/New_York", "en", "7 a.m."),
        ("Asia/Tokyo", "en", "9 p.m."),
        ("Europe/Rome", "it", "13:00"),
        ("America/New_York", "it", "07:00"),
    ],
)
def test_times_are_shown_in_the_users_time_zone(
    zone: str, language: str, shown: str, therapist: User, conversation: Conversation
) -> None:
    moment = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)
    conversation.last_message_at = moment
    conversation.save()
    conversation.messages.update(created_at=moment)
    therapist.timezone = zone
    therapist.language = language
    therapist.save()
    client = login_verified(Client(), therapist)
    inbox = client.get("/inbox/").content.decode()
    assert shown in inbox
    timeline = client.get(f"/inbox/{conversation.pk}/").content.decode()
    assert shown in timeline
    for other in {"1 p.m.", "7 a.m.", "9 p.m.", "13:00", "07:00"} - {shown}:
        assert other not in inbox


def test_patient_sees_times_in_their_own_time_zone(
    patient_user: User, conversation: Conversation
) -> None:
    moment = datetime(2026, 7, 1, 18, 30, tzinfo=UTC)
    conversation.messages.update(created_at=moment, sent_at=moment)
    patient_user.timezone = "America/New_York"
    patient_user.save()
    client = Client()
    client.force_login(patient_user, backend="django.contrib.auth.backends.ModelBackend")
    html = client.get("/portal/").content.decode()
    assert "2:30 p.m." in html
    assert "8:30 p.m." not in html  # Rome time
