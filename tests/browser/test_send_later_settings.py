"""In the browser: edit and cancel a scheduled reply; the therapist's settings pages (alerts,
automatic acknowledgement, office hours, presence checklist, a patient's agreement)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from conftest import PASSWORD, make_user, next_totp_token, totp_device
from scripta.accounts.models import Practice, Role, User
from scripta.conversations.actions import do_receive_message
from scripta.patients.models import Channel, Consent, Patient
from scripta.workflow.models import (
    OfficeHours,
    PatientBoundaries,
    PresenceCheck,
    ScheduledReply,
    ScheduledStatus,
    TherapistSettings,
)
from scripta.workflow.scheduling import do_schedule_reply

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db: None) -> dict[str, Any]:
    practice = Practice.objects.create(name="Centro Aurora", emergency_number="112")
    therapist = make_user(
        "bianchi", Role.THERAPIST, practice, first_name="Elena", last_name="Bianchi"
    )
    patient = Patient.objects.create(
        practice=practice, full_name="Giulia Ferraro", language="en", timezone="Europe/London"
    )
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    conversation = do_receive_message(
        patient, channel=Channel.PORTAL, body="Can we move Thursday? Giulia"
    ).message.conversation
    return {"therapist": therapist, "patient": patient, "conversation": conversation}


def log_in(page: Page, base: str, therapist: User) -> None:
    page.goto(f"{base}/account/login/")
    page.fill("#id_auth-username", therapist.username)
    page.fill("#id_auth-password", PASSWORD)
    page.get_by_role("button", name="Next").click()
    page.wait_for_selector("#id_token-otp_token")
    page.fill("#id_token-otp_token", next_totp_token(totp_device(therapist)))
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(lambda url: "/account/login" not in url)


def test_edit_and_cancel_a_scheduled_reply(
    browser: Browser, live_server: Any, world: dict[str, Any], screenshots: Path
) -> None:
    base = live_server.url
    therapist, conversation = world["therapist"], world["conversation"]
    scheduled = do_schedule_reply(
        therapist,
        conversation,
        body="Thursday is fine. E. B.",
        channel=Channel.PORTAL,
        send_at=timezone.now() + timedelta(days=1),
    )
    page = browser.new_page()
    log_in(page, base, therapist)
    page.goto(f"{base}/inbox/{conversation.pk}/")
    listed = page.get_by_test_id("scheduled-list")
    expect(listed).to_contain_text("Europe/Rome")
    expect(listed).to_contain_text("Europe/London")
    listed.get_by_role("link", name="Edit").click()
    page.fill("textarea[name=body]", "Thursday at 18:00 is fine. E. B.")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_test_id("scheduled-list")).to_contain_text("Thursday at 18:00 is fine")
    scheduled.refresh_from_db()
    assert scheduled.body == "Thursday at 18:00 is fine. E. B."
    page.get_by_test_id("scheduled-list").get_by_role("button", name="Cancel").click()
    expect(page.get_by_test_id("scheduled-list")).to_have_count(0)
    scheduled.refresh_from_db()
    assert scheduled.status == ScheduledStatus.CANCELLED


def test_settings_pages(
    browser: Browser, live_server: Any, world: dict[str, Any], screenshots: Path
) -> None:
    base = live_server.url
    therapist, patient = world["therapist"], world["patient"]
    page = browser.new_page()
    log_in(page, base, therapist)

    page.goto(f"{base}/settings/")
    expect(page.locator("textarea[name=auto_ack_text_en]")).to_have_value(
        "Your message has arrived. Replies come during office hours. (Automatic message.)"
    )
    expect(page.locator("input[name=auto_ack_enabled]")).not_to_be_checked()
    page.check("input[name=auto_ack_enabled]")
    page.check("input[name=safety_message_enabled]")
    page.fill("input[name=signature_initials]", "E. B.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("Settings saved")
    page.screenshot(path=str(screenshots / "settings_alerts.png"), full_page=True)
    row = TherapistSettings.objects.get(therapist=therapist)
    assert row.auto_ack_enabled and row.safety_message_enabled
    assert row.signature_initials == "E. B."

    page.goto(f"{base}/settings/office-hours/")
    page.select_option("select[name=form-0-weekday]", "1")
    page.fill("input[name=form-0-starts]", "09:00")
    page.fill("input[name=form-0-ends]", "13:00")
    page.check("input[name=form-0-callback]")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("Office hours saved")
    hours = OfficeHours.objects.get(therapist=therapist)
    assert (hours.weekday, str(hours.starts), hours.callback) == (1, "09:00:00", True)

    page.goto(f"{base}/settings/presence/")
    page.get_by_label("Profile picture chosen with care").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".flash")).to_contain_text("Checklist saved")
    expect(page.locator(".checklist")).to_contain_text("checked on")
    page.screenshot(path=str(screenshots / "settings_presence.png"), full_page=True)
    assert PresenceCheck.objects.filter(therapist=therapist, item="profile_picture").exists()

    page.goto(f"{base}/settings/patients/{patient.pk}/boundaries/")
    expect(page.get_by_test_id("volume")).to_contain_text("1 message in the last 7 days; 7 agreed.")
    receipts = page.locator("input[name=read_receipts]")
    expect(receipts).not_to_be_checked()
    page.fill("input[name=max_messages]", "3")
    page.fill("input[name=agreement_note]", "e-mails only during holidays")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".flash")).to_contain_text("Agreement saved")
    page.screenshot(path=str(screenshots / "settings_boundaries.png"), full_page=True)
    agreed = PatientBoundaries.objects.get(patient=patient)
    assert (agreed.max_messages, agreed.read_receipts) == (3, False)
    assert ScheduledReply.objects.count() == 0
