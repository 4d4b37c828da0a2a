"""The therapist logs in with 2FA, opens a conversation and replies; the patient, on a phone,
reads it and answers; the therapist sees the answer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Browser, Page, expect

from conftest import PASSWORD, make_user, next_totp_token, totp_device
from scripta.accounts.models import Practice, Role
from scripta.conversations.actions import do_receive_message
from scripta.patients.models import Channel, Consent, Patient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def practice_world(transactional_db: None) -> dict[str, Any]:
    practice = Practice.objects.create(name="Centro Aurora", emergency_number="112")
    therapist = make_user(
        "bianchi", Role.THERAPIST, practice, first_name="Elena", last_name="Bianchi", signature="EB"
    )
    patient_user = make_user("giulia", Role.PATIENT, practice, device=False, first_name="Giulia")
    patient = Patient.objects.create(
        practice=practice,
        full_name="Giulia Ferraro",
        preferred_names="Giuli",
        language="en",
        user=patient_user,
    )
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    received = do_receive_message(
        patient,
        channel=Channel.PORTAL,
        body="I could not sleep again and I keep thinking about Thursday. Giuli",
    )
    return {
        "therapist": therapist,
        "patient_user": patient_user,
        "patient": patient,
        "conversation": received.message.conversation,
    }


def _log_in(page: Page, base: str, username: str, token: str | None = None) -> None:
    page.goto(f"{base}/account/login/")
    page.fill("#id_auth-username", username)
    page.fill("#id_auth-password", PASSWORD)
    page.get_by_role("button", name="Next").click()
    if token is not None:
        page.wait_for_selector("#id_token-otp_token")
        page.fill("#id_token-otp_token", token)
        page.get_by_role("button", name="Next").click()


def test_therapist_and_patient_exchange_messages(
    live_server: Any,
    page: Page,
    browser: Browser,
    practice_world: dict[str, Any],
    screenshots: Path,
) -> None:
    base = live_server.url
    therapist = practice_world["therapist"]
    conversation = practice_world["conversation"]
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)

    # 1. The therapist: password, then the TOTP code from the device key.
    _log_in(page, base, therapist.username)
    expect(page.locator("#id_token-otp_token")).to_be_visible()
    page.screenshot(path=str(screenshots / "portal-01-therapist-token-step.png"))
    page.fill("#id_token-otp_token", next_totp_token(totp_device(therapist)))
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(f"{base}/inbox/")
    row = page.locator(f'tr[data-conversation="{conversation.pk}"]')
    expect(row).to_contain_text("Giulia Ferraro")
    expect(row.locator(".badge.unread")).to_have_text("1")
    page.screenshot(path=str(screenshots / "portal-02-therapist-inbox.png"), full_page=True)

    # 2. Opens the conversation and replies from the composer.
    row.get_by_role("link", name="Giulia Ferraro").click()
    page.wait_for_url(f"{base}/inbox/{conversation.pk}/")
    # The stylesheet and htmx really loaded (static files are served, CSP lets them run).
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(247, 249, 251)"
    assert page.evaluate("typeof window.htmx") == "object"
    expect(page.locator("#timeline")).to_contain_text("I could not sleep again")
    page.fill(
        "textarea[name=body]",
        "Thank you for writing, Giulia. We will look at Thursday together on Monday. EB",
    )
    page.locator("#timeline-wrapper button[type=submit][name=send]").click()
    expect(page.locator("#timeline li.msg.out")).to_contain_text(
        "We will look at Thursday together"
    )
    expect(page.locator("textarea[name=body]")).to_have_value("")
    page.screenshot(path=str(screenshots / "portal-03-therapist-replied.png"), full_page=True)

    # 3. The patient, on a phone-sized screen: reads the reply and answers.
    phone = browser.new_context(viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True)
    try:
        mobile = phone.new_page()
        mobile.on(
            "response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None
        )
        _log_in(mobile, base, practice_world["patient_user"].username)
        mobile.wait_for_url(f"{base}/portal/")
        timeline = mobile.locator("#portal-timeline")
        expect(timeline).to_contain_text("We will look at Thursday together")
        expect(timeline).to_contain_text("Elena Bianchi")
        text = timeline.inner_text().lower()
        for marker in ("seen", "read", "online", "delivered"):
            assert marker not in text.split(), marker
        # Nothing wider than the phone: no horizontal scrolling.
        width = mobile.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], width
        mobile.screenshot(
            path=str(screenshots / "portal-04-patient-phone-reply.png"), full_page=True
        )
        mobile.fill("textarea[name=body]", "Thank you. Monday is fine. Giuli")
        mobile.get_by_role("button", name="Send", exact=True).click()
        mobile.wait_for_url(f"{base}/portal/")
        expect(mobile.locator("#portal-timeline")).to_contain_text("Monday is fine")
        mobile.screenshot(
            path=str(screenshots / "portal-05-patient-phone-answered.png"), full_page=True
        )
    finally:
        phone.close()

    # 4. The therapist sees the answer (reload) and the inbox shows it as unread.
    page.goto(f"{base}/inbox/")
    expect(page.locator(f'tr[data-conversation="{conversation.pk}"] .badge.unread')).to_have_text(
        "1"
    )
    page.goto(f"{base}/inbox/{conversation.pk}/")
    expect(page.locator("#timeline li.msg.in").last).to_contain_text("Monday is fine")
    page.screenshot(path=str(screenshots / "portal-06-therapist-sees-answer.png"), full_page=True)
    assert not failed, failed


def test_password_alone_never_reaches_the_inbox(
    live_server: Any, page: Page, practice_world: dict[str, Any]
) -> None:
    base = live_server.url
    _log_in(page, base, practice_world["therapist"].username)
    expect(page.locator("#id_token-otp_token")).to_be_visible()
    page.goto(f"{base}/inbox/")
    assert "/account/login/" in page.url
    expect(page.locator("body")).not_to_contain_text("Giulia Ferraro")


def test_patient_downloads_own_data_on_a_phone(
    live_server: Any, browser: Browser, practice_world: dict[str, Any], screenshots: Path
) -> None:
    """From the portal link: a ZIP with the patient's own messages and access log."""
    import io
    import json
    import zipfile

    base = live_server.url
    phone = browser.new_context(
        viewport=PHONE, locale="en-GB", is_mobile=True, has_touch=True, accept_downloads=True
    )
    try:
        mobile = phone.new_page()
        _log_in(mobile, base, practice_world["patient_user"].username)
        mobile.wait_for_url(f"{base}/portal/")
        mobile.get_by_role("link", name="Download my data").click()
        mobile.wait_for_url(f"{base}/portal/my-data/")
        expect(mobile.locator("main")).to_contain_text("personal notes are not included")
        mobile.screenshot(path=str(screenshots / "portal-06-patient-my-data.png"), full_page=True)
        with mobile.expect_download() as info:
            mobile.locator("#download-my-data").click()
        download = info.value
        assert download.suggested_filename.endswith(".zip"), download.suggested_filename
        archive = zipfile.ZipFile(io.BytesIO(Path(download.path()).read_bytes()))
        names = archive.namelist()
        data = json.loads(archive.read("data.json"))
        bodies = json.dumps(data, ensure_ascii=False)
        assert "I could not sleep again and I keep thinking about Thursday" in bodies
        assert "access-log.csv" in names and "README.txt" in names
        # The access log lists this very visit to the portal.
        log = archive.read("access-log.csv").decode()
        assert log.startswith("at,role,who,action,object") and ",patient,portal.view," in log
    finally:
        phone.close()
