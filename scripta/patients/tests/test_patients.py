"""Patient records: creation and editing (no mass assignment), consent, agreement page and PDF."""

from __future__ import annotations

from django.test import Client
from django.utils import timezone

from conftest import CANARY_NOTES, login_verified
from scripta.accounts.models import Practice, User
from scripta.conversations.models import Conversation, DeliveryStatus, Direction, Message
from scripta.patients.agreement import agreement_text, body_digest
from scripta.patients.models import AgreementAcceptance, AgreementTemplate, ContactKind, Patient

BASE_FORM = {
    "full_name": "Nicoletta Vian",
    "preferred_names": "Nico, Nicky",
    "date_of_birth": "1990-04-02",
    "kind": "individual",
    "language": "it",
    "timezone": "Europe/Rome",
    "status": "active",
    "mobile": "+39 347 765 4321",
    "email": "Nico@Example.org",
}


def test_therapist_creates_a_patient_in_their_practice(
    verified_client: Client, therapist: User
) -> None:
    response = verified_client.post("/patients/new/", BASE_FORM)
    assert response.status_code == 302
    patient = Patient.objects.get(full_name="Nicoletta Vian")
    assert response["Location"] == f"/patients/{patient.pk}/"
    assert patient.practice == therapist.practice
    assert list(patient.therapists.all()) == [therapist]
    contacts = {cp.kind: cp.value for cp in patient.contact_points.all()}
    assert contacts[ContactKind.PHONE] == "+393477654321"  # E.164
    assert contacts[ContactKind.EMAIL] == "Nico@Example.org"
    assert patient.sender_names == ["Nico", "Nicky", "Nicoletta"]


def test_invalid_mobile_number_is_refused(verified_client: Client) -> None:
    response = verified_client.post("/patients/new/", {**BASE_FORM, "mobile": "12345"})
    assert response.status_code == 200
    assert "mobile" in response.context["form"].errors
    assert not Patient.objects.exists()


def test_no_mass_assignment_on_patient_create_and_edit(
    verified_client: Client,
    therapist: User,
    outsider: User,
    other_practice: Practice,
    patient_record: Patient,
    patient_user: User,
) -> None:
    extra = {
        "practice": other_practice.pk,
        "therapists": [outsider.pk],
        "user": outsider.pk,
        "notes": "injected",
        "id": 999,
        "created_at": "2000-01-01",
    }
    verified_client.post("/patients/new/", {**BASE_FORM, **extra})
    created = Patient.objects.get(full_name="Nicoletta Vian")
    assert created.pk != 999
    assert created.practice == therapist.practice
    assert list(created.therapists.all()) == [therapist]
    assert created.user is None
    assert created.notes == ""

    response = verified_client.post(
        f"/patients/{patient_record.pk}/edit/", {**BASE_FORM, "full_name": "Renamed", **extra}
    )
    assert response.status_code == 302
    patient_record.refresh_from_db()
    assert patient_record.full_name == "Renamed"
    assert patient_record.practice == therapist.practice
    assert list(patient_record.therapists.all()) == [therapist]
    assert patient_record.user == patient_user
    assert patient_record.notes == CANARY_NOTES


def test_patient_list_shows_only_own_patients(
    verified_client: Client, patient_record: Patient, other_patient: Patient
) -> None:
    response = verified_client.get("/patients/")
    names = [p.full_name for p in response.context["patients"]]
    assert names == [patient_record.full_name]
    assert "Teodoro" not in response.content.decode()


def test_notes_are_saved_and_shown_to_the_treating_therapist(
    verified_client: Client, patient_record: Patient
) -> None:
    response = verified_client.post(
        f"/patients/{patient_record.pk}/", {"notes": "New note: slept better."}
    )
    assert response.status_code == 302
    patient_record.refresh_from_db()
    assert patient_record.notes == "New note: slept better."
    assert (
        "New note: slept better."
        in verified_client.get(f"/patients/{patient_record.pk}/").content.decode()
    )


def test_withdrawing_consent_cancels_queued_messages_on_that_channel(
    verified_client: Client, conversation: Conversation, therapist: User
) -> None:
    patient = conversation.patient
    assert (
        verified_client.post(
            f"/patients/{patient.pk}/consent/", {"channel": "sms", "action": "grant"}
        ).status_code
        == 302
    )
    assert "sms" in patient.consented_channels()
    queued = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTBOUND,
        channel="sms",
        body="queued",
        sender=therapist,
        provider="",
        status=DeliveryStatus.QUEUED,
    )
    verified_client.post(
        f"/patients/{patient.pk}/consent/", {"channel": "sms", "action": "withdraw"}
    )
    assert "sms" not in patient.consented_channels()
    queued.refresh_from_db()
    assert (queued.status, queued.error_code) == (DeliveryStatus.CANCELLED, "consent_withdrawn")
    # The portal message already delivered is untouched.
    assert Message.objects.filter(channel="portal", status=DeliveryStatus.DELIVERED).exists()
    # Replying on the withdrawn channel is refused.
    response = verified_client.post(f"/inbox/{conversation.pk}/", {"body": "x", "channel": "sms"})
    assert response.status_code == 200
    assert not Message.objects.filter(channel="sms", body="x").exists()


def test_agreement_page_in_both_languages(verified_client: Client, patient_record: Patient) -> None:
    english = verified_client.get(
        f"/patients/{patient_record.pk}/agreement/?lang=en"
    ).content.decode()
    assert "How we will keep in touch between sessions" in english
    assert "Call 112" in english
    assert "Web portal" in english
    italian = verified_client.get(
        f"/patients/{patient_record.pk}/agreement/?lang=it"
    ).content.decode()
    assert "Come restiamo in contatto" in italian
    assert "Chiami il 112" in italian
    assert "Portale web" in italian or "portale" in italian.lower()


def test_agreement_pdf(verified_client: Client, patient_record: Patient) -> None:
    response = verified_client.get(f"/patients/{patient_record.pk}/agreement/?format=pdf&lang=it")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="agreement-{patient_record.pk}-it.pdf"'
    )
    assert response.content.startswith(b"%PDF")
    assert len(response.content) > 1000


def test_therapist_edited_template_is_used(
    verified_client: Client, therapist: User, patient_record: Patient
) -> None:
    AgreementTemplate.objects.create(
        therapist=therapist,
        language="en",
        version=3,
        body="My own rules\n\nCall {emergency} if in danger.",
    )
    html = verified_client.get(f"/patients/{patient_record.pk}/agreement/?lang=en").content.decode()
    assert "My own rules" in html
    assert "Call 112 if in danger." in html


def test_acceptance_recorded_by_the_therapist(
    verified_client: Client, therapist: User, patient_record: Patient
) -> None:
    response = verified_client.post(
        f"/patients/{patient_record.pk}/agreement/record/", {"lang": "it"}
    )
    assert response.status_code == 302
    acceptance = AgreementAcceptance.objects.get()
    assert (acceptance.patient, acceptance.therapist, acceptance.recorded_by) == (
        patient_record,
        therapist,
        therapist,
    )
    assert (acceptance.language, acceptance.version) == ("it", 1)
    assert len(acceptance.body_sha256) == 64
    assert acceptance.accepted_at <= timezone.now()


def test_acceptance_by_the_patient_on_the_portal(
    patient_client: Client, patient_user: User, patient_record: Patient, therapist: User
) -> None:
    page = patient_client.get("/portal/agreement/")
    assert page.status_code == 200
    assert "I have read and accept this agreement" in page.content.decode()
    response = patient_client.post("/portal/agreement/")
    assert response.status_code == 302
    acceptance = AgreementAcceptance.objects.get()
    assert (acceptance.patient, acceptance.therapist, acceptance.recorded_by) == (
        patient_record,
        therapist,
        patient_user,
    )
    assert acceptance.language == patient_record.language
    _, body = agreement_text(patient_record, therapist)
    assert acceptance.body_sha256 == body_digest(body)


def test_agreement_of_another_therapists_patient_is_404(
    patient_record: Patient, second_therapist: User
) -> None:
    client = login_verified(Client(), second_therapist)
    assert client.get(f"/patients/{patient_record.pk}/agreement/?format=pdf").status_code == 404
    assert client.post(f"/patients/{patient_record.pk}/agreement/record/").status_code == 404
    assert not AgreementAcceptance.objects.exists()


def test_str_of_a_patient_never_holds_the_name(patient_record: Patient) -> None:
    assert "Zebrowska" not in str(patient_record)
    assert str(patient_record) == f"Patient #{patient_record.pk}"


def test_reply_updates_last_message_time(
    verified_client: Client, conversation: Conversation
) -> None:
    before = conversation.last_message_at
    verified_client.post(f"/inbox/{conversation.pk}/", {"body": "Reply", "channel": "portal"})
    conversation.refresh_from_db()
    assert conversation.last_message_at > before
