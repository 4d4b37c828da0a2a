"""Views of send later and of the therapist's settings: access, CSRF, validation, audit."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone, translation

from conftest import login_verified
from scripta.accounts.models import User
from scripta.audit.models import AuditEntry
from scripta.conversations.models import Conversation
from scripta.patients.models import Channel, Patient
from scripta.workflow import scheduling
from scripta.workflow.models import (
    OfficeHours,
    PatientBoundaries,
    PresenceCheck,
    ScheduledReply,
    ScheduledStatus,
    TherapistSettings,
)

BODY = "Let us talk about it on Tuesday. E. B."


def future_local(days: int = 2) -> str:
    return (timezone.now() + timedelta(days=days)).strftime("%Y-%m-%dT10:00")


def post_schedule(client: Client, conversation: Conversation, **extra: str) -> object:
    data = {
        "body": BODY,
        "channel": Channel.PORTAL,
        "when": "custom",
        "send_at_local": future_local(),
    }
    data.update(extra)
    return client.post(f"/settings/schedule/{conversation.pk}/", data)


def test_schedule_custom_time_in_the_therapists_zone(
    verified_client: Client, therapist: User, conversation: Conversation
) -> None:
    therapist.timezone = "America/New_York"
    therapist.save(update_fields=["timezone"])
    local = future_local(3)
    response = post_schedule(verified_client, conversation, send_at_local=local)
    assert response.status_code == 302  # type: ignore[attr-defined]
    assert response["Location"] == f"/inbox/{conversation.pk}/"  # type: ignore[index]
    scheduled = ScheduledReply.objects.get()
    assert scheduled.therapist == therapist
    assert scheduled.body == BODY
    expected = scheduling.local_to_utc(
        datetime.strptime(local, "%Y-%m-%dT%H:%M"), "America/New_York"
    )
    assert scheduled.send_at == expected
    assert scheduled.send_at.astimezone(UTC).hour in (14, 15)  # 10:00 EDT or EST


def test_schedule_quick_choices(
    verified_client: Client, therapist: User, conversation: Conversation
) -> None:
    post_schedule(verified_client, conversation, when="tomorrow_morning", send_at_local="")
    scheduled = ScheduledReply.objects.get()
    local = scheduled.send_at.astimezone(scheduling.zone("Europe/Rome"))
    assert (local.hour, local.minute) == (9, 0)
    response = post_schedule(
        verified_client, conversation, when="after_next_session", send_at_local=""
    )
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert b"no planned session" in response.content  # type: ignore[attr-defined]


def test_schedule_htmx_redirects_with_a_header(
    verified_client: Client, conversation: Conversation
) -> None:
    response = verified_client.post(
        f"/settings/schedule/{conversation.pk}/",
        {"body": BODY, "channel": "portal", "when": "in_2_hours"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 204
    assert response["HX-Redirect"] == f"/inbox/{conversation.pk}/"


def test_schedule_in_the_past_keeps_the_text(
    verified_client: Client, conversation: Conversation
) -> None:
    past = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = post_schedule(verified_client, conversation, send_at_local=past)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert BODY.encode() in response.content  # type: ignore[attr-defined]
    assert not ScheduledReply.objects.exists()


def test_schedule_on_an_unconsented_channel_is_refused(
    verified_client: Client, conversation: Conversation
) -> None:
    response = post_schedule(verified_client, conversation, channel=Channel.SMS)
    assert response.status_code == 400  # type: ignore[attr-defined]
    assert not ScheduledReply.objects.exists()


def test_outsiders_get_404(
    second_therapist: User, conversation: Conversation, therapist: User
) -> None:
    scheduled = scheduling.do_schedule_reply(
        therapist,
        conversation,
        body=BODY,
        channel="portal",
        send_at=timezone.now() + timedelta(hours=3),
    )
    other = login_verified(Client(), second_therapist)
    assert post_schedule(other, conversation).status_code == 404  # type: ignore[attr-defined]
    assert other.get(f"/settings/scheduled/{scheduled.pk}/").status_code == 404
    assert other.post(f"/settings/scheduled/{scheduled.pk}/cancel/").status_code == 404
    assert other.get(f"/settings/patients/{conversation.patient_id}/boundaries/").status_code == 404
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.PENDING
    assert ScheduledReply.objects.count() == 1
    assert AuditEntry.objects.filter(action="access.denied").count() >= 3


def test_csrf_is_required(therapist: User, conversation: Conversation) -> None:
    client = login_verified(Client(enforce_csrf_checks=True), therapist)
    assert post_schedule(client, conversation).status_code == 403  # type: ignore[attr-defined]
    assert client.post("/settings/", {"alert_by_email": "on"}).status_code == 403
    assert not ScheduledReply.objects.exists()


def test_edit_and_cancel_views(
    verified_client: Client, therapist: User, conversation: Conversation
) -> None:
    post_schedule(verified_client, conversation)
    scheduled = ScheduledReply.objects.get()
    page = verified_client.get(f"/settings/scheduled/{scheduled.pk}/")
    assert page.status_code == 200
    assert BODY in page.content.decode()
    response = verified_client.post(
        f"/settings/scheduled/{scheduled.pk}/",
        {"body": "Changed. E. B.", "channel": "portal", "send_at_local": future_local(4)},
    )
    assert response.status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.body == "Changed. E. B."
    assert verified_client.post(f"/settings/scheduled/{scheduled.pk}/cancel/").status_code == 302
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.CANCELLED
    assert AuditEntry.objects.filter(action="reply.schedule_cancelled").count() == 1
    # Once cancelled, the edit page sends the therapist back.
    assert verified_client.get(f"/settings/scheduled/{scheduled.pk}/").status_code == 302


def test_scheduled_list_shows_both_time_zones(
    therapist: User, conversation: Conversation, patient_record: Patient
) -> None:
    patient_record.timezone = "America/New_York"
    patient_record.save(update_fields=["timezone"])
    send_at = datetime(2026, 3, 30, 7, 0, tzinfo=UTC)  # after both switches to summer time
    ScheduledReply.objects.create(
        conversation=conversation, therapist=therapist, channel="portal", body=BODY, send_at=send_at
    )
    html = render_to_string(
        "workflow/_scheduled_list.html",
        {"scheduled": scheduling.pending_for(conversation), "conversation": conversation},
    )
    assert "09:00 CEST" in html  # the therapist, Europe/Rome
    assert "03:00 EDT" in html  # the patient, America/New_York
    assert "/cancel/" in html


def test_send_later_fields_point_at_the_schedule_view(
    therapist: User, conversation: Conversation
) -> None:
    html = render_to_string(
        "workflow/_send_later_fields.html", {"conversation": conversation, "user": therapist}
    )
    assert f'formaction="/settings/schedule/{conversation.pk}/"' in html
    for value in ("in_2_hours", "tomorrow_morning", "after_next_session", "custom"):
        assert f'value="{value}"' in html


def test_not_sent_notice_in_the_list(therapist: User, conversation: Conversation) -> None:
    row = ScheduledReply.objects.create(
        conversation=conversation,
        therapist=therapist,
        channel="portal",
        body=BODY,
        send_at=timezone.now(),
        status=ScheduledStatus.NOT_SENT,
        reason="consent_withdrawn",
    )
    html = render_to_string(
        "workflow/_scheduled_list.html",
        {"scheduled": [], "not_sent": scheduling.not_sent_for(conversation)},
    )
    assert "was not sent" in html
    assert "withdrew consent" in html
    assert row.pk


# --- settings pages -------------------------------------------------------------------------


def test_settings_defaults_and_save(verified_client: Client, therapist: User) -> None:
    page = verified_client.get("/settings/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Replies come during office hours" in html  # the default wording, shown to edit
    assert "no e-mail address" in html  # the fixture's therapist has none
    assert not TherapistSettings.objects.exists()  # nothing stored by looking
    response = verified_client.post(
        "/settings/",
        {
            "alert_by_email": "on",
            "alert_by_sms": "on",
            "alert_phone": "+39 347 000 0001",
            "safety_message_enabled": "on",
            "safety_message_en": "Call {number} if you are in danger.",
            "safety_message_it": "Chiama il {number} se sei in pericolo.",
            "auto_ack_text_en": "Arrived.",
            "auto_ack_text_it": "Arrivato.",
            "signature_initials": "E. B.",
            "therapist": "999",  # not a field: ignored
        },
    )
    assert response.status_code == 302
    row = TherapistSettings.objects.get()
    assert row.therapist == therapist
    assert row.alert_phone == "+393470000001"
    assert row.auto_ack_enabled is False
    assert row.signature_initials == "E. B."
    entry = AuditEntry.objects.get(action="settings.changed")
    assert "+39" not in str(entry.detail)  # field names only


def test_sms_alert_needs_a_phone(verified_client: Client) -> None:
    response = verified_client.post("/settings/", {"alert_by_sms": "on"})
    assert response.status_code == 400
    assert not TherapistSettings.objects.exists()


def test_office_hours_editor(verified_client: Client, therapist: User) -> None:
    assert verified_client.get("/settings/office-hours/").status_code == 200
    data = {
        "form-TOTAL_FORMS": "2",
        "form-INITIAL_FORMS": "0",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-weekday": "0",
        "form-0-starts": "09:00",
        "form-0-ends": "13:00",
        "form-0-callback": "on",
        "form-1-weekday": "2",
        "form-1-starts": "15:00",
        "form-1-ends": "14:00",  # ends before it starts
    }
    assert verified_client.post("/settings/office-hours/", data).status_code == 400
    data["form-1-ends"] = "19:00"
    assert verified_client.post("/settings/office-hours/", data).status_code == 302
    hours = list(OfficeHours.objects.filter(therapist=therapist))
    assert [(h.weekday, h.callback) for h in hours] == [(0, True), (2, False)]


def test_office_hours_cannot_touch_another_therapists_rows(
    verified_client: Client, second_therapist: User
) -> None:
    theirs = OfficeHours.objects.create(
        therapist=second_therapist, weekday=1, starts="09:00", ends="10:00"
    )
    data = {
        "form-TOTAL_FORMS": "1",
        "form-INITIAL_FORMS": "1",
        "form-MIN_NUM_FORMS": "0",
        "form-MAX_NUM_FORMS": "1000",
        "form-0-id": str(theirs.pk),
        "form-0-weekday": "4",
        "form-0-starts": "08:00",
        "form-0-ends": "09:00",
        "form-0-DELETE": "on",
    }
    verified_client.post("/settings/office-hours/", data)
    theirs.refresh_from_db()
    assert theirs.weekday == 1


def test_boundaries_page_read_receipts_off_by_default(
    verified_client: Client, patient_record: Patient
) -> None:
    url = f"/settings/patients/{patient_record.pk}/boundaries/"
    page = verified_client.get(url)
    assert page.status_code == 200
    assert b"read receipts" in page.content.lower()
    response = verified_client.post(
        url,
        {"max_messages": "3", "per_days": "7", "agreement_note": "e-mails only during holidays"},
    )
    assert response.status_code == 302
    agreed = PatientBoundaries.objects.get(patient=patient_record)
    assert (agreed.max_messages, agreed.per_days, agreed.read_receipts) == (3, 7, False)
    assert AuditEntry.objects.filter(action="boundaries.changed").count() == 1


@pytest.mark.parametrize("language", ["en", "it"])
def test_presence_checklist(verified_client: Client, therapist: User, language: str) -> None:
    therapist.language = language
    therapist.save(update_fields=["language"])
    with translation.override(language):
        page = verified_client.get("/settings/presence/")
    assert page.status_code == 200
    expected = "Immagine del profilo" if language == "it" else "Profile picture chosen with care"
    assert expected in page.content.decode()
    assert (
        verified_client.post(
            "/settings/presence/", {"profile_picture": "on", "searched_own_name": "on"}
        ).status_code
        == 302
    )
    assert set(PresenceCheck.objects.values_list("item", flat=True)) == {
        "profile_picture",
        "searched_own_name",
    }
    page = verified_client.get("/settings/presence/")
    # Ticked items show when they were checked ("checked on 26 Nov 2026").
    assert page.content.decode().count(str(timezone.localdate().year)) >= 2


def test_roles_other_than_therapist_get_404(
    patient_client: Client, admin_user: User, patient_record: Patient
) -> None:
    admin = login_verified(Client(), admin_user)
    for client in (patient_client, admin):
        for url in ("/settings/", "/settings/presence/", "/settings/scheduled/"):
            assert client.get(url).status_code == 404


def test_automatic_wordings_may_not_claim_the_message_was_read(verified_client: Client) -> None:
    response = verified_client.post(
        "/settings/",
        {
            "alert_by_email": "on",
            "auto_ack_enabled": "on",
            "auto_ack_text_en": "I have read your message.",
        },
    )
    assert response.status_code == 400
    assert b"must not say that the message was read" in response.content
    assert not TherapistSettings.objects.exists()
