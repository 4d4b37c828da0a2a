"""Patients are invited by their therapist: e-mail link valid 72 h, single use, minimal content."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from conftest import CANARY_EMAIL, CANARY_NOTES, CANARY_PREFERRED, login_verified
from scripta.accounts.models import Invitation, Role, User
from scripta.audit.models import AuditEntry
from scripta.patients.models import Patient

NEW_PASSWORD = "Sunflower-meadow-42"


@pytest.fixture
def invited(patient_record: Patient, therapist: User) -> dict[str, Any]:
    """The therapist presses "invite" on a patient who has no portal account yet."""
    client = login_verified(Client(), therapist)
    response = client.post(f"/patients/{patient_record.pk}/invite/")
    assert response.status_code == 200
    link = re.search(r'class="invite-link">([^<]+)<', response.content.decode()).group(1)
    return {"link": link, "path": link.split("://", 1)[1].split("/", 1)[1], "page": response}


def _path(invited: dict[str, Any]) -> str:
    return "/" + invited["path"]


def test_invitation_email_has_the_link_and_no_clinical_content(
    invited: dict[str, Any], patient_record: Patient
) -> None:
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [CANARY_EMAIL]
    assert invited["link"] in email.body
    assert "72" in email.body
    everything = f"{email.subject}\n{email.body}"
    for forbidden in (
        CANARY_NOTES,
        "canary-notes",
        "canary-body",
        "Zebrowska",
        CANARY_PREFERRED,
        "Bianchi",
    ):
        assert forbidden not in everything
    assert not email.alternatives or all(
        "canary" not in str(content) for content, _ in email.alternatives
    )


def test_invitation_link_shows_the_form_without_patient_data(invited: dict[str, Any]) -> None:
    response = Client().get(_path(invited))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="username"' in html
    assert "Zebrowska" not in html
    assert "canary" not in html


def test_accepting_creates_a_patient_user_linked_to_the_patient(
    invited: dict[str, Any], patient_record: Patient, django_capture_on_commit_callbacks: Any
) -> None:
    client = Client()
    response = client.post(
        _path(invited),
        {"username": "quirinella", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/portal/agreement/"
    user = User.objects.get(username="quirinella")
    assert user.role == Role.PATIENT
    assert user.practice_id == patient_record.practice_id
    assert user.check_password(NEW_PASSWORD)
    patient_record.refresh_from_db()
    assert patient_record.user == user
    assert Invitation.objects.get().used_at is not None
    assert AuditEntry.objects.filter(
        action="patient.invitation_accepted", actor_id=user.pk
    ).exists()
    # Logged in, on the portal.
    assert client.get("/portal/").status_code == 200


def test_the_link_is_single_use(invited: dict[str, Any]) -> None:
    data = {"username": "quirinella", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    assert Client().post(_path(invited), data).status_code == 302
    again = Client().get(_path(invited))
    assert again.status_code == 404
    assert "This link is not valid" in again.content.decode()
    second = Client().post(_path(invited), {**data, "username": "intruder"})
    assert second.status_code == 404
    assert not User.objects.filter(username="intruder").exists()


def test_the_link_is_valid_for_72_hours(invited: dict[str, Any]) -> None:
    invitation = Invitation.objects.get()
    created = invitation.created_at
    assert abs(invitation.expires_at - created - timedelta(hours=72)) < timedelta(seconds=1)
    with mock.patch(
        "django.utils.timezone.now", return_value=created + timedelta(hours=71, minutes=59)
    ):
        assert Client().get(_path(invited)).status_code == 200
    with mock.patch(
        "django.utils.timezone.now", return_value=created + timedelta(hours=72, seconds=1)
    ):
        expired = Client().get(_path(invited))
        assert expired.status_code == 404
        assert "This link is not valid" in expired.content.decode()
        data = {"username": "late", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
        assert Client().post(_path(invited), data).status_code == 404
    assert not User.objects.filter(username="late").exists()


def test_a_new_invitation_invalidates_the_previous_one(
    invited: dict[str, Any], patient_record: Patient, therapist: User
) -> None:
    first = _path(invited)
    login_verified(Client(), therapist).post(f"/patients/{patient_record.pk}/invite/")
    assert Client().get(first).status_code == 404
    assert Invitation.objects.filter(expires_at__gt=timezone.now()).count() == 1


def test_unknown_token_is_invalid(db: None) -> None:
    response = Client().get("/invite/not-a-real-token/")
    assert response.status_code == 404
    assert "This link is not valid" in response.content.decode()


def test_only_the_token_hash_is_stored(invited: dict[str, Any]) -> None:
    token = invited["path"].rstrip("/").split("/")[-1]
    invitation = Invitation.objects.get()
    assert invitation.token_hash == Invitation.hash_token(token)
    assert token not in invitation.token_hash


def test_mismatched_or_weak_passwords_create_no_user(invited: dict[str, Any]) -> None:
    response = Client().post(
        _path(invited),
        {"username": "quirinella", "password1": NEW_PASSWORD, "password2": "other-Password-1"},
    )
    assert response.status_code == 200
    response = Client().post(
        _path(invited), {"username": "quirinella", "password1": "123", "password2": "123"}
    )
    assert response.status_code == 200
    assert not User.objects.filter(username="quirinella").exists()
    assert Invitation.objects.get().used_at is None


def test_other_therapist_cannot_invite(patient_record: Patient, second_therapist: User) -> None:
    response = login_verified(Client(), second_therapist).post(
        f"/patients/{patient_record.pk}/invite/"
    )
    assert response.status_code == 404
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_no_mass_assignment_when_accepting(invited: dict[str, Any], other_practice: Any) -> None:
    response = Client().post(
        _path(invited),
        {
            "username": "quirinella",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            "role": "therapist",
            "is_staff": "on",
            "is_superuser": "on",
            "practice": other_practice.pk,
        },
    )
    assert response.status_code == 302
    user = User.objects.get(username="quirinella")
    assert (user.role, user.is_staff, user.is_superuser) == (Role.PATIENT, False, False)
    assert user.practice_id != other_practice.pk


def test_no_mass_assignment_on_preferences(
    verified_client: Client, therapist: User, other_practice: Any
) -> None:
    response = verified_client.post(
        "/account/preferences/",
        {
            "language": "it",
            "timezone": "Europe/Rome",
            "signature": "EB",
            "role": "admin",
            "is_staff": "on",
            "is_superuser": "on",
            "is_active": "",
            "practice": other_practice.pk,
            "username": "hijack",
        },
    )
    assert response.status_code == 302
    therapist.refresh_from_db()
    assert therapist.language == "it"
    assert (therapist.role, therapist.is_staff, therapist.is_superuser, therapist.is_active) == (
        Role.THERAPIST,
        False,
        False,
        True,
    )
    assert therapist.practice_id != other_practice.pk
    assert therapist.username == "bianchi"


def test_invitation_email_is_in_the_patients_language(
    patient_record: Patient, therapist: User
) -> None:
    patient_record.language = "it"
    patient_record.save()
    login_verified(Client(), therapist).post(f"/patients/{patient_record.pk}/invite/")
    email = mail.outbox[0]
    assert email.subject.lower() == "il suo invito a scripta"
    assert "72" in email.body
    assert "invited" not in email.body


def test_two_acceptances_racing_on_one_link_create_one_user(
    patient_record: Patient, therapist: User
) -> None:
    """Both requests passed the 'is usable' check before either wrote: the second must lose."""
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from scripta.patients.actions import InvitationNotUsable, do_accept_invitation

    Invitation.objects.create(
        patient=patient_record,
        created_by=therapist,
        token_hash=Invitation.hash_token("race"),
        expires_at=timezone.now() + Invitation.VALIDITY,
    )
    request = RequestFactory().post("/invite/race/")
    request.user = AnonymousUser()
    seen_by_first = Invitation.objects.get()
    seen_by_second = Invitation.objects.get()
    winner = do_accept_invitation(
        seen_by_first, username="first", password=NEW_PASSWORD, request=request
    )
    with pytest.raises(InvitationNotUsable):
        do_accept_invitation(
            seen_by_second, username="second", password=NEW_PASSWORD, request=request
        )
    assert not User.objects.filter(username="second").exists()
    patient_record.refresh_from_db()
    assert patient_record.user == winner
