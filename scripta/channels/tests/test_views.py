"""Channel accounts (practice administrator), the first-contact queue (therapists), `scripta channels`."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from scripta.accounts.models import Practice, Role, User
from scripta.channels.conftest import twilio_account
from scripta.channels.models import ChannelAccount, FirstContact, FirstContactState
from scripta.conversations.models import Message
from scripta.patients.models import Patient

pytestmark = pytest.mark.django_db


def logged_in(user: User, client: Client | None = None) -> Client:
    client = client or Client()
    client.force_login(user)
    if user.needs_two_factor:
        device = TOTPDevice.objects.create(user=user, name="default", confirmed=True)
        session = client.session
        session["otp_device_id"] = device.persistent_id
        session.save()
    return client


@pytest.fixture
def admin_user(practice) -> User:
    return User.objects.create_user(
        "admin.test", password="x" * 12, role=Role.ADMIN, practice=practice
    )


@pytest.fixture
def outsider_practice() -> Practice:
    return Practice.objects.create(name="Altro studio")


def test_admin_configures_an_account_credentials_encrypted_and_write_only(admin_user, practice):
    client = logged_in(admin_user)
    response = client.post(
        reverse("channels:account_new"),
        {
            "kind": "twilio_sms",
            "label": "Studio SMS",
            "address": "+390612345678",
            "credentials": '{"account_sid": "ACxyz", "auth_token": "canary-token-4417"}',
            "practice": "999",
        },
    )
    assert response.status_code == 302
    account = ChannelAccount.objects.get()
    assert account.practice == practice  # posted practice ignored (no mass assignment)
    assert account.credentials["auth_token"] == "canary-token-4417"
    assert not account.read_receipts
    with connection.cursor() as cursor:
        cursor.execute("SELECT credentials_json FROM channels_channelaccount")
        assert "canary-token-4417" not in cursor.fetchone()[0]
    page = client.get(reverse("channels:account_edit", args=[account.pk])).content.decode()
    assert "canary-token-4417" not in page
    assert str(account.webhook_key) in page
    listing = client.get(reverse("channels:accounts")).content.decode()
    assert f"/channels/hook/twilio_sms/{account.webhook_key}/" in listing
    # credentials missing a required key are refused
    response = client.post(
        reverse("channels:account_new"),
        {"kind": "meta_whatsapp", "address": "1065", "credentials": '{"access_token": "x"}'},
    )
    assert response.status_code == 200 and ChannelAccount.objects.count() == 1
    assert "app_secret" in response.content.decode()
    # saving without credentials keeps them
    client.post(
        reverse("channels:account_edit", args=[account.pk]),
        {"kind": "twilio_sms", "label": "Nuovo", "address": "+390612345678", "credentials": ""},
    )
    account.refresh_from_db()
    assert account.label == "Nuovo" and account.credentials["auth_token"] == "canary-token-4417"


def test_accounts_pages_refuse_outsiders(admin_user, therapist, practice, outsider_practice):
    other = twilio_account(outsider_practice, "twilio_sms")
    assert (
        logged_in(admin_user).get(reverse("channels:account_edit", args=[other.pk])).status_code
        == 404
    )
    assert logged_in(therapist).get(reverse("channels:accounts")).status_code == 404
    anonymous = Client().get(reverse("channels:accounts"))
    assert anonymous.status_code == 302 and "login" in anonymous["Location"]


def test_first_contact_convert_and_discard(therapist, practice, sms_account):
    a = FirstContact.objects.create(
        account=sms_account,
        sender="+393470000001",
        sender_lookup="x",
        body="Vorrei iniziare una terapia",
        provider="twilio_sms",
        provider_message_id="SMfc1",
    )
    b = FirstContact.objects.create(
        account=sms_account,
        sender="+393470000002",
        sender_lookup="y",
        body="Spam",
        provider="twilio_sms",
        provider_message_id="SMfc2",
    )
    client = logged_in(therapist)
    page = client.get(reverse("channels:first_contacts")).content.decode()
    assert "Vorrei iniziare una terapia" in page
    response = client.post(
        reverse("channels:first_contact_action", args=[a.pk]),
        {"action": "convert", "full_name": "Paola Neri"},
    )
    assert response.status_code == 302
    patient = Patient.objects.get(full_name="Paola Neri")
    assert list(patient.therapists.all()) == [therapist]
    message = Message.objects.get()
    assert message.conversation.patient == patient and message.body == "Vorrei iniziare una terapia"
    assert patient.contact_points.get().value == "+393470000001"
    client.post(reverse("channels:first_contact_action", args=[b.pk]), {"action": "discard"})
    b.refresh_from_db()
    assert b.state == FirstContactState.DISCARDED and b.body == "" and b.sender == ""


def test_first_contacts_refuse_outsiders_and_need_csrf(
    therapist, practice, outsider_practice, sms_account
):
    contact = FirstContact.objects.create(
        account=sms_account,
        sender="+393470000001",
        sender_lookup="x",
        body="Testo riservato",
        provider="twilio_sms",
        provider_message_id="SMfc3",
    )
    stranger = User.objects.create_user(
        "dr.other", password="x" * 12, role=Role.THERAPIST, practice=outsider_practice
    )
    client = logged_in(stranger)
    assert "Testo riservato" not in client.get(reverse("channels:first_contacts")).content.decode()
    assert (
        client.post(
            reverse("channels:first_contact_action", args=[contact.pk]), {"action": "discard"}
        ).status_code
        == 404
    )
    patient_user = User.objects.create_user(
        "paz", password="x" * 12, role=Role.PATIENT, practice=practice
    )
    assert logged_in(patient_user).get(reverse("channels:first_contacts")).status_code == 404
    csrf_client = logged_in(therapist, Client(enforce_csrf_checks=True))
    assert (
        csrf_client.post(
            reverse("channels:first_contact_action", args=[contact.pk]), {"action": "discard"}
        ).status_code
        == 403
    )
    contact.refresh_from_db()
    assert contact.state == FirstContactState.PENDING


def test_channels_command_lists_webhook_urls_without_secrets(settings, practice, sms_account):
    settings.SCRIPTA_PUBLIC_BASE_URL = "https://scripta.studio.example"
    out = io.StringIO()
    call_command("channels", stdout=out)
    text = out.getvalue()
    assert (
        f"https://scripta.studio.example/channels/hook/twilio_sms/{sms_account.webhook_key}/"
        in text
    )
    assert "twilio-test-auth-token" not in text
