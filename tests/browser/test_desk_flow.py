"""The therapist's desk in Debian's chromium: triage with a fresh crisis message, evidence
highlighted and explained, the composer's live checks and signature, the agenda and its PDF."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from conftest import PASSWORD, make_user, next_totp_token, totp_device
from scripta.accounts.models import Practice, Role
from scripta.conversations.actions import do_receive_message
from scripta.conversations.models import Conversation, Message
from scripta.patients.models import Channel, Consent, Patient

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _patient(practice: Practice, therapist: Any, name: str, preferred: str = "") -> Patient:
    patient = Patient.objects.create(
        practice=practice, full_name=name, preferred_names=preferred, language="en"
    )
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    return patient


def _receive(patient: Patient, body: str, *, hours_ago: float = 0) -> Message:
    message = do_receive_message(patient, channel=Channel.PORTAL, body=body).message
    if hours_ago:
        when = timezone.now() - timedelta(hours=hours_ago)
        Message.objects.filter(pk=message.pk).update(created_at=when)
    return message


@pytest.fixture
def desk_world(transactional_db: None) -> dict[str, Any]:
    practice = Practice.objects.create(name="Centro Aurora", emergency_number="112")
    therapist = make_user(
        "bianchi",
        Role.THERAPIST,
        practice,
        first_name="Elena",
        last_name="Bianchi",
        signature="Dr. E. Bianchi",
    )
    giulia = _patient(practice, therapist, "Giulia Ferraro", "Giuli")
    _receive(giulia, "Can I move Thursday's session to Friday? Giuli", hours_ago=5)
    marco = _patient(practice, therapist, "Marco Esposito", "Marco")
    _receive(marco, "I CAN NOT TAKE IT ANYMORE... nobody cares", hours_ago=2)
    return {"therapist": therapist, "practice": practice, "giulia": giulia, "marco": marco}


def _log_in(page: Page, base: str, therapist: Any) -> None:
    page.goto(f"{base}/account/login/")
    page.fill("#id_auth-username", therapist.username)
    page.fill("#id_auth-password", PASSWORD)
    page.get_by_role("button", name="Next").click()
    page.wait_for_selector("#id_token-otp_token")
    page.fill("#id_token-otp_token", next_totp_token(totp_device(therapist)))
    page.get_by_role("button", name="Next").click()
    page.wait_for_url(lambda url: "/account/login/" not in url)


def _watch_errors(page: Page) -> list[str]:
    failed: list[str] = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    # Failed loads are caught above, with their URL (the browser's own favicon is not ours).
    page.on(
        "console",
        lambda m: (
            failed.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    return failed


def test_triage_puts_a_fresh_crisis_message_first(
    live_server: Any, page: Page, desk_world: dict[str, Any], screenshots: Path
) -> None:
    failed = _watch_errors(page)
    base = live_server.url
    _log_in(page, base, desk_world["therapist"])
    page.goto(f"{base}/inbox/")
    rows = page.locator("table.triaged tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.nth(0)).to_contain_text("Marco Esposito")  # moderate before a plain question
    expect(rows.nth(0).locator('[data-signal="all_caps"]')).to_have_text("capitals")

    anna = _patient(desk_world["practice"], desk_world["therapist"], "Anna Greco", "Anna")
    _receive(anna, "Tonight I will kill myself, I have the pills ready.")
    page.reload()
    expect(rows).to_have_count(3)
    expect(rows.nth(0)).to_contain_text("Anna Greco")
    expect(rows.nth(0)).to_have_attribute("data-risk", "imminent")
    expect(rows.nth(0).locator("[data-crisis]")).to_contain_text("not handled")
    expect(rows.nth(1)).to_contain_text("Marco Esposito")
    expect(rows.nth(2)).to_contain_text("Giulia Ferraro")
    page.screenshot(
        path=str(screenshots / "desk-01-inbox-triaged-crisis-first.png"), full_page=True
    )

    # Opening it is not handling it: it stays on top until "handled" with a note.
    rows.nth(0).get_by_role("link").click()
    page.wait_for_url("**/inbox/*/")
    page.goto(f"{base}/inbox/")
    expect(rows.nth(0)).to_contain_text("Anna Greco")
    page.goto(f"{base}/inbox/{anna.conversation.pk}/")
    page.fill("textarea[name=note]", "Called her at once; emergency services informed.")
    page.get_by_role("button", name="Mark as handled").click()
    expect(page.locator(".handled")).to_contain_text("emergency services informed")
    page.goto(f"{base}/inbox/")
    expect(rows.nth(0)).not_to_contain_text("Anna Greco")
    page.set_viewport_size({"width": 390, "height": 844})  # on a phone
    page.screenshot(path=str(screenshots / "desk-01b-inbox-phone.png"), full_page=True)
    assert failed == [], failed


def test_evidence_highlighted_and_explained(
    live_server: Any, page: Page, desk_world: dict[str, Any], screenshots: Path
) -> None:
    failed = _watch_errors(page)
    base = live_server.url
    _log_in(page, base, desk_world["therapist"])
    conversation = Conversation.objects.get(patient=desk_world["marco"])
    page.goto(f"{base}/inbox/{conversation.pk}/")
    mark = page.locator("mark.risk-moderate").first
    expect(mark).to_have_text("CAN NOT TAKE IT ANYMORE")
    # The risk cue's explanation first, then the signals it covers (capitals, hopelessness).
    expect(mark).to_have_attribute(
        "title", re.compile(r"^Cannot take it any more \(risk moderate\)\. · .*capitals")
    )
    mark.focus()  # keyboard users reach the explanation too
    expect(mark).to_be_focused()
    mark.hover()
    badge = page.locator('.badge[data-signal="hopelessness"]')
    expect(badge).to_have_attribute("tabindex", "0")
    expect(page.locator(".desk-panel")).to_contain_text("Next appointment")
    expect(page.locator(".desk-panel .bar")).to_have_count(14)
    page.screenshot(path=str(screenshots / "desk-02-conversation-highlighted.png"), full_page=True)

    # In Italian, the same evidence explains itself in Italian.
    page.select_option(".lang-switch select", "it")
    page.wait_for_load_state("load")
    mark = page.locator("mark.risk-moderate").first
    expect(mark).to_have_attribute("title", re.compile(r"^Non ce la fa più \(rischio moderato\)\."))
    mark.focus()
    page.screenshot(path=str(screenshots / "desk-03-conversation-italian.png"), full_page=True)
    assert failed == [], failed


def test_composer_live_checks_and_signature_on_request(
    live_server: Any, page: Page, desk_world: dict[str, Any], screenshots: Path
) -> None:
    failed = _watch_errors(page)
    base = live_server.url
    _log_in(page, base, desk_world["therapist"])
    conversation = Conversation.objects.get(patient=desk_world["giulia"])
    page.goto(f"{base}/inbox/{conversation.pk}/")
    body = page.locator("#id_body")
    expect(body).to_have_value("")  # never signed silently
    body.press_sequentially("You moved it again, Giuli!", delay=10)
    checks = page.locator("#composer-checks")
    expect(checks.locator('[data-check="name_scolding"]')).to_be_visible()
    expect(checks.locator('[data-check="missing_signature"]')).to_be_visible()
    expect(checks).to_contain_text("Advice only")
    page.screenshot(path=str(screenshots / "desk-04-composer-live-checks.png"), full_page=True)

    body.fill("")
    body.press_sequentially("Giuli, of course: call me on Tuesday.", delay=10)
    expect(checks.locator('[data-check="name_scolding"]')).to_have_count(0)
    page.locator('[data-signature-kind="full"]').click()
    expect(body).to_have_value("Giuli, of course: call me on Tuesday.\nDr. E. Bianchi")
    expect(checks.locator('[data-checks="none"]')).to_be_visible()
    page.screenshot(path=str(screenshots / "desk-05-composer-signed.png"), full_page=True)
    page.get_by_role("button", name="Send", exact=True).click()
    expect(page.locator("#timeline")).to_contain_text("Dr. E. Bianchi")
    assert failed == [], failed


def test_save_for_session_agenda_and_pdf(
    live_server: Any, page: Page, desk_world: dict[str, Any], screenshots: Path
) -> None:
    failed = _watch_errors(page)
    base = live_server.url
    _log_in(page, base, desk_world["therapist"])
    patient = desk_world["marco"]
    conversation = Conversation.objects.get(patient=patient)
    page.goto(f"{base}/inbox/{conversation.pk}/")
    page.locator("details.inline-action summary").first.click()
    page.locator("details.inline-action textarea").first.fill("The capitals, and 'nobody'.")
    page.locator("details.inline-action").first.get_by_role("button").click()
    expect(page.locator('.badge[data-saved="1"]')).to_be_visible()
    page.get_by_role("link", name="Session agenda").click()
    expect(page.locator(".agenda-item")).to_have_count(1)
    expect(page.locator(".agenda-item")).to_contain_text("The capitals, and 'nobody'.")
    page.screenshot(path=str(screenshots / "desk-06-agenda.png"), full_page=True)
    with page.expect_download() as download_info:
        page.locator("[data-agenda-pdf]").click()
    pdf = Path(download_info.value.path()).read_bytes()
    assert pdf.startswith(b"%PDF-")
    (screenshots / "desk-07-agenda.pdf").write_bytes(pdf)
    page.get_by_role("button", name="Discussed").click()
    expect(page.locator(".agenda-item")).to_have_count(0)
    page.reload()
    expect(page.locator("#agenda")).to_contain_text("Nothing saved for the next session")
    assert failed == [], failed
