"""The composer: live checks (advice, never a block), channel limits, signatures, templates."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from conftest import login_verified
from scripta.accounts.models import Practice, User
from scripta.audit.models import AuditEntry
from scripta.conversations.models import Conversation, Direction
from scripta.patients.models import Channel, Consent
from scripta.workflow.composer import sms_segments
from scripta.workflow.models import (
    OfficeHours,
    PatientBoundaries,
    ReplyTemplate,
    TherapistSettings,
)
from scripta.workflow.reply_templates import DEFAULTS, callback_windows, render, templates_for
from scripta.workflow.tests.test_desk_inbox import conversation_of, inbound, make_patient


@pytest.fixture
def talk(practice: Practice, therapist: User) -> Conversation:
    therapist.signature = "Dr. E. Bianchi"
    therapist.save(update_fields=["signature"])
    patient = make_patient(practice, therapist, "John Smith")
    conversation = conversation_of(patient)
    inbound(conversation, "I did it again", ago=timedelta(hours=1))
    return conversation


def check(client: Client, conversation: Conversation, body: str, channel: str = "portal") -> str:
    response = client.post(
        f"/desk/conversations/{conversation.pk}/check/",
        {"body": body, "channel": channel},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    return response.content.decode()


def test_live_checks_missing_signature_scolding_and_caps(
    talk: Conversation, verified_client: Client
) -> None:
    html = check(verified_client, talk, "You did something stupid, John!")
    assert 'data-check="missing_signature"' in html
    assert 'data-check="name_scolding"' in html
    assert "Advice only" in html
    html = check(verified_client, talk, "I AM VERY ANGRY WITH THIS SITUATION NOW")
    assert 'data-check="all_caps"' in html


def test_signed_reply_has_no_remark(talk: Conversation, verified_client: Client) -> None:
    html = check(verified_client, talk, "John, we will talk about it on Tuesday.\nDr. E. Bianchi")
    assert "data-check=" not in html
    assert 'data-checks="none"' in html


def test_initials_or_per_patient_signature_count_as_signed(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    TherapistSettings.objects.create(therapist=therapist, signature_initials="gmm")
    PatientBoundaries.objects.create(patient=talk.patient, signature="Elena")
    assert "missing_signature" not in check(verified_client, talk, "See you Tuesday.\ngmm")
    assert "missing_signature" not in check(verified_client, talk, "See you Tuesday.\nElena")


def test_checks_never_block_sending(talk: Conversation, verified_client: Client) -> None:
    response = verified_client.post(
        f"/inbox/{talk.pk}/", {"body": "YOU DID SOMETHING STUPID, JOHN!", "channel": "portal"}
    )
    assert response.status_code == 302
    assert talk.messages.filter(direction=Direction.OUTBOUND).count() == 1


def test_sms_segments_gsm7_and_ucs2() -> None:
    assert sms_segments("a" * 160).segments == 1
    assert sms_segments("a" * 161).segments == 2
    assert sms_segments("a" * 306).segments == 2
    assert sms_segments("a" * 307).segments == 3
    assert sms_segments("€" * 80).units == 160  # extension characters cost two septets
    ucs = sms_segments("ciao 😊")
    assert ucs.encoding == "UCS-2" and ucs.segments == 1 and "😊" in ucs.non_gsm
    assert sms_segments("à" * 70 + "ș").encoding == "UCS-2"
    assert sms_segments("x" * 71 + "ș").segments == 2
    assert sms_segments("").segments == 0


def test_sms_advice_in_the_live_check(talk: Conversation, verified_client: Client) -> None:
    Consent.objects.create(patient=talk.patient, channel=Channel.SMS, granted_at=timezone.now())
    html = check(verified_client, talk, "a" * 200, channel="sms")
    assert 'data-sms-segments="2"' in html and 'data-sms-encoding="GSM-7"' in html
    html = check(verified_client, talk, "ciao 😊", channel="sms")
    assert 'data-sms-encoding="UCS-2"' in html


def test_whatsapp_window_warning(talk: Conversation, verified_client: Client) -> None:
    Consent.objects.create(
        patient=talk.patient, channel=Channel.WHATSAPP, granted_at=timezone.now()
    )
    html = check(verified_client, talk, "hello", channel="whatsapp")
    assert 'data-whatsapp-window="closed"' in html
    # The page preselects the channel the patient last wrote on, and shows that channel's advice.
    talk.messages.all().delete()
    inbound(talk, "written on whatsapp", channel=Channel.WHATSAPP, ago=timedelta(days=2))
    page = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert '<option value="whatsapp" selected>' in page
    assert 'data-whatsapp-window="closed"' in page
    inbound(talk, "written on the portal", channel=Channel.PORTAL, ago=timedelta(days=1))
    page = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert '<option value="portal" selected>' in page
    assert "data-whatsapp-window" not in page  # not while another channel is selected
    assert 'data-whatsapp-window="closed"' in check(verified_client, talk, "hi", "whatsapp")
    inbound(talk, "written on whatsapp", channel=Channel.WHATSAPP)
    html = check(verified_client, talk, "hello", channel="whatsapp")
    assert "data-whatsapp-window" not in html


def test_signature_buttons_insert_on_request_only(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    TherapistSettings.objects.create(therapist=therapist, signature_initials="E.B.")
    PatientBoundaries.objects.create(patient=talk.patient, signature="Dr. Elena")
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    for kind, text in (("full", "Dr. E. Bianchi"), ("initials", "E.B."), ("patient", "Dr. Elena")):
        assert (
            f'data-insert="{text}" data-insert-into="id_body" data-insert-mode="sign" data-signature-kind="{kind}"'
            in html
        )
    # The textarea starts empty: the signature is never added silently.
    assert '"id_body"' in html and "Dr. E. Bianchi</textarea>" not in html
    response = verified_client.post(f"/inbox/{talk.pk}/", {"body": "See you.", "channel": "portal"})
    assert response.status_code == 302
    assert talk.messages.filter(direction=Direction.OUTBOUND).get().body == "See you."


def test_templates_seeded_once_in_both_languages(therapist: User) -> None:
    first = templates_for(therapist)
    assert len(first) == len(DEFAULTS)
    assert {t.language for t in first} == {"en", "it"}
    assert {t.topic for t in first} >= {
        "cancellation",
        "medication",
        "information",
        "support",
        "excess",
    }
    assert len(templates_for(therapist)) == len(DEFAULTS)


def test_callback_windows_from_office_hours(therapist: User) -> None:
    OfficeHours.objects.create(
        therapist=therapist, weekday=1, starts=time(14), ends=time(15), callback=True
    )
    OfficeHours.objects.create(
        therapist=therapist, weekday=3, starts=time(9), ends=time(10), callback=True
    )
    OfficeHours.objects.create(therapist=therapist, weekday=0, starts=time(9), ends=time(18))
    hours = list(OfficeHours.objects.filter(therapist=therapist))
    assert callback_windows(hours, "en") == "Tuesday 14:00-15:00, Thursday 09:00-10:00"
    assert callback_windows(hours, "it") == "martedì 14:00-15:00, giovedì 09:00-10:00"
    assert callback_windows([], "en") == "during my office hours"


def test_render_replaces_known_placeholders_only() -> None:
    assert (
        render("{name}: {callback_windows}", {"name": "Ann", "callback_windows": "Mon"})
        == "Ann: Mon"
    )
    # No format-string attribute access from a therapist-edited template.
    assert render("{name.__class__} {0} {nope}", {"name": "Ann"}) == "{name.__class__} {0} {nope}"


def test_composer_offers_templates_with_the_patients_values(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    OfficeHours.objects.create(
        therapist=therapist, weekday=1, starts=time(14), ends=time(15), callback=True
    )
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert 'data-topic="cancellation"' in html
    assert (
        "John, thank you for letting me know. Please call me to agree on the next appointment: Tuesday 14:00-15:00."
        in html
    )


def test_template_pages_list_edit_create_delete(verified_client: Client, therapist: User) -> None:
    response = verified_client.get("/desk/templates/")
    assert response.status_code == 200
    template = ReplyTemplate.objects.filter(
        therapist=therapist, topic="medication", language="it"
    ).get()
    response = verified_client.post(
        f"/desk/templates/{template.pk}/",
        {
            "topic": "medication",
            "language": "it",
            "title": "Farmaci",
            "body": "{name}, ne parli col medico.",
        },
    )
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.body == "{name}, ne parli col medico."
    response = verified_client.post(
        "/desk/templates/new/",
        {"topic": "support", "language": "en", "title": "Short", "body": "I read you."},
    )
    assert response.status_code == 302
    new = ReplyTemplate.objects.get(title="Short")
    verified_client.post(f"/desk/templates/{new.pk}/", {"delete": "1"})
    assert not ReplyTemplate.objects.filter(pk=new.pk).exists()
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"template.edited", "template.created", "template.deleted"} <= actions
    assert verified_client.post("/desk/templates/new/", {"topic": "x"}).status_code == 400


def test_templates_are_per_therapist(
    verified_client: Client, therapist: User, second_therapist: User
) -> None:
    template = templates_for(therapist)[0]
    client = login_verified(Client(), second_therapist)
    assert client.get(f"/desk/templates/{template.pk}/").status_code == 404
    assert client.post(f"/desk/templates/{template.pk}/", {"delete": "1"}).status_code == 404
    assert ReplyTemplate.objects.filter(pk=template.pk).exists()
    assert template.title not in client.get("/desk/templates/").content.decode() or (
        ReplyTemplate.objects.filter(therapist=second_therapist, title=template.title).exists()
    )


def test_check_needs_csrf(talk: Conversation, therapist: User) -> None:
    client = login_verified(Client(enforce_csrf_checks=True), therapist)
    assert client.post(f"/desk/conversations/{talk.pk}/check/", {"body": "x"}).status_code == 403
    assert client.post("/desk/templates/new/", {}).status_code == 403


def test_excess_template_names_the_figures(
    talk: Conversation, verified_client: Client, therapist: User
) -> None:
    PatientBoundaries.objects.create(patient=talk.patient, max_messages=1, per_days=7)
    inbound(talk, "and again", ago=timedelta(minutes=5))
    html = verified_client.get(f"/inbox/{talk.pk}/").content.decode()
    assert "John, you have written 2 messages in 7 days, where we agreed on 1." in html
