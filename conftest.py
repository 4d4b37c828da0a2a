"""Shared fixtures: a practice, its people, a patient with canary content, and login helpers.

The canary strings below are planted in patient data; access-control and encryption tests
assert that they never appear where they must not (responses, raw database rows, e-mails).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from scripta.accounts.models import Practice, Role, User
from scripta.conversations.models import Conversation, DeliveryStatus, Direction, Message
from scripta.patients.models import Channel, Consent, ContactKind, ContactPoint, Patient

PASSWORD = "Vlt-7q!horse-battery"  # noqa: S105 - a test password
CANARY_NAME = "Quirinella Zebrowska"
CANARY_PREFERRED = "Quiri"
CANARY_BODY = "canary-body-7f3a I dreamt about the bridge again"
CANARY_REPLY = "canary-reply-c41e Let us talk about it on Tuesday"
CANARY_NOTES = "canary-notes-91bd avoidant attachment, sleeps badly"
CANARY_PHONE = "+393331234567"
CANARY_EMAIL = "quirinella.canary@example.org"
# What must never leak to someone who is not the patient or a treating, verified therapist.
CANARIES = (CANARY_NAME, "canary-body-7f3a", "canary-reply-c41e", "canary-notes-91bd", CANARY_EMAIL)

LOGIN_URL = "/account/login/"
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def make_user(
    username: str, role: str, practice: Practice | None, *, device: bool = True, **extra: Any
) -> User:
    user = User.objects.create_user(
        username=username,
        password=PASSWORD,
        role=role,
        practice=practice,
        first_name=extra.pop("first_name", username.capitalize()),
        **extra,
    )
    if device:
        TOTPDevice.objects.create(user=user, name="default", confirmed=True)
    return user


def totp_device(user: User) -> TOTPDevice:
    return TOTPDevice.objects.get(user=user, confirmed=True)


def next_totp_token(device: TOTPDevice) -> str:
    """A token the device accepts now: the current step, or the next one (within tolerance)
    if the current step was already used (TOTP codes are single use)."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if device.last_t >= totp.t():
        steps_ahead = device.last_t - totp.t() + 1
        assert steps_ahead <= device.tolerance, "no unused TOTP step within tolerance"
        totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def wizard_login(client: Client, username: str, password: str, token: str | None = None) -> Any:
    """Log in through the real two-factor login wizard. Returns the last response."""
    client.get(LOGIN_URL)
    response = client.post(
        LOGIN_URL,
        {"auth-username": username, "auth-password": password, "login_view-current_step": "auth"},
    )
    if token is None:
        return response
    return client.post(LOGIN_URL, {"token-otp_token": token, "login_view-current_step": "token"})


def login_verified(client: Client, user: User) -> Client:
    """force_login, then mark the session as having passed the user's TOTP device."""
    client.force_login(user, backend=MODEL_BACKEND)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is not None:
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


def login_password_only(client: Client, user: User) -> Client:
    """A session that passed the password but never the second factor."""
    client.force_login(user, backend=MODEL_BACKEND)
    return client


@pytest.fixture(autouse=True)
def _english_ui(settings: Any) -> None:
    """Tests read English strings unless they switch language themselves."""
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def practice(db: None) -> Practice:
    return Practice.objects.create(name="Centro Aurora", emergency_number="112")


@pytest.fixture
def other_practice(db: None) -> Practice:
    return Practice.objects.create(name="Studio Altrove", emergency_number="112")


@pytest.fixture
def therapist(practice: Practice) -> User:
    return make_user(
        "bianchi",
        Role.THERAPIST,
        practice,
        first_name="Elena",
        last_name="Bianchi",
        timezone="Europe/Rome",
    )


@pytest.fixture
def therapist_device(therapist: User) -> TOTPDevice:
    return totp_device(therapist)


@pytest.fixture
def second_therapist(practice: Practice) -> User:
    return make_user("rossi", Role.THERAPIST, practice, first_name="Marco", last_name="Rossi")


@pytest.fixture
def outsider(other_practice: Practice) -> User:
    return make_user(
        "esterno", Role.THERAPIST, other_practice, first_name="Ugo", last_name="Esterno"
    )


@pytest.fixture
def admin_user(practice: Practice) -> User:
    return make_user("amministra", Role.ADMIN, practice, first_name="Ada", last_name="Admin")


@pytest.fixture
def therapist_without_device(practice: Practice) -> User:
    return make_user("nuovo", Role.THERAPIST, practice, device=False)


@pytest.fixture
def patient_record(practice: Practice, therapist: User) -> Patient:
    patient = Patient.objects.create(
        practice=practice,
        full_name=CANARY_NAME,
        preferred_names=CANARY_PREFERRED,
        language="en",
        timezone="Europe/Rome",
        notes=CANARY_NOTES,
    )
    patient.therapists.add(therapist)
    ContactPoint.objects.create(patient=patient, kind=ContactKind.PHONE, value=CANARY_PHONE)
    ContactPoint.objects.create(patient=patient, kind=ContactKind.EMAIL, value=CANARY_EMAIL)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    return patient


@pytest.fixture
def patient_user(patient_record: Patient, practice: Practice) -> User:
    user = make_user("quiri", Role.PATIENT, practice, device=False, first_name="Quiri")
    patient_record.user = user
    patient_record.save(update_fields=["user"])
    return user


@pytest.fixture
def conversation(patient_record: Patient, patient_user: User, therapist: User) -> Conversation:
    conversation = Conversation.objects.create(
        patient=patient_record, last_message_at=timezone.now()
    )
    now = timezone.now()
    Message.objects.create(
        conversation=conversation,
        direction=Direction.INBOUND,
        channel=Channel.PORTAL,
        body=CANARY_BODY,
        sender=patient_user,
        sent_at=now,
        received_at=now,
        status=DeliveryStatus.RECEIVED,
    )
    Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTBOUND,
        channel=Channel.PORTAL,
        body=CANARY_REPLY,
        sender=therapist,
        sent_at=now,
        delivered_at=now,
        status=DeliveryStatus.DELIVERED,
    )
    return conversation


@pytest.fixture
def other_patient(practice: Practice, second_therapist: User) -> Patient:
    """A patient of the second therapist, with their own portal login and conversation."""
    patient = Patient.objects.create(practice=practice, full_name="Teodoro Altrui", language="en")
    patient.therapists.add(second_therapist)
    patient.user = make_user("teo", Role.PATIENT, practice, device=False)
    patient.save(update_fields=["user"])
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    conversation = Conversation.objects.create(patient=patient, last_message_at=timezone.now())
    Message.objects.create(
        conversation=conversation,
        direction=Direction.INBOUND,
        channel=Channel.PORTAL,
        body="teodoro-secret-55aa",
        sender=patient.user,
        received_at=timezone.now(),
        status=DeliveryStatus.RECEIVED,
    )
    return patient


@pytest.fixture
def verified_client(therapist: User) -> Client:
    """The treating therapist, logged in with a verified second factor."""
    return login_verified(Client(), therapist)


@pytest.fixture
def patient_client(patient_user: User) -> Client:
    client = Client()
    client.force_login(patient_user, backend=MODEL_BACKEND)
    return client


@pytest.fixture
def static_token(therapist: User) -> str:
    device = StaticDevice.objects.create(user=therapist, name="backup", confirmed=True)
    token = StaticToken.random_token()
    device.token_set.create(token=token)
    return token


@pytest.fixture
def login_url() -> str:
    return reverse("two_factor:login")


@pytest.fixture
def wizard() -> Callable[..., Any]:
    return wizard_login
