"""Automatic logoff (idle and absolute), logout, session rotation, deactivation."""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

from django.conf import settings
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from conftest import LOGIN_URL, PASSWORD, login_verified, next_totp_token, wizard_login
from scripta.accounts.models import User, UserSession


def _at(moment):
    return mock.patch("django.utils.timezone.now", return_value=moment)


def _is_login_redirect(response) -> bool:
    return response.status_code == 302 and response["Location"].startswith(LOGIN_URL)


def test_idle_limit_is_fifteen_minutes() -> None:
    assert settings.SESSION_COOKIE_AGE == 15 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_idle_session_ends_after_cookie_age_plus_one_second(therapist: User) -> None:
    client = login_verified(Client(), therapist)
    start = timezone.now()
    with _at(start):
        assert client.get("/inbox/").status_code == 200
    # Just before the idle limit the session is still alive (and the request refreshes it).
    just_before = start + timedelta(seconds=settings.SESSION_COOKIE_AGE - 5)
    with _at(just_before):
        assert client.get("/inbox/").status_code == 200
    after = just_before + timedelta(seconds=settings.SESSION_COOKIE_AGE + 1)
    key = client.cookies[settings.SESSION_COOKIE_NAME].value
    # The stored session itself has expired by then (not only our middleware's bookkeeping).
    assert not Session.objects.filter(session_key=key, expire_date__gt=after).exists()
    with _at(after):
        response = client.get("/inbox/")
    assert _is_login_redirect(response)


def test_absolute_lifetime_is_enforced_despite_activity(therapist: User) -> None:
    client = login_verified(Client(), therapist)
    start = timezone.now()
    limit = settings.SCRIPTA_SESSION_ABSOLUTE_SECONDS
    step = timedelta(seconds=settings.SESSION_COOKIE_AGE - 60)  # always active, never idle
    moment = start
    answered = []
    while moment - start < timedelta(seconds=limit + 2 * step.total_seconds()):
        moment += step
        with _at(moment):
            response = client.get("/inbox/")
        answered.append((moment - start, response.status_code))
        if response.status_code != 200:
            break
    elapsed, status = answered[-1]
    assert status == 302, answered
    assert _is_login_redirect(response)
    assert elapsed.total_seconds() > limit
    assert elapsed.total_seconds() <= limit + step.total_seconds()
    # Everything before the limit was served.
    assert all(code == 200 for _, code in answered[:-1])
    assert len(answered) > 10


def test_replayed_cookie_after_logout_is_refused(therapist: User) -> None:
    client = login_verified(Client(), therapist)
    old_cookie = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert client.get("/inbox/").status_code == 200
    response = client.post("/account/logout/")
    assert response.status_code == 302
    assert not Session.objects.filter(session_key=old_cookie).exists()

    replay = Client()
    replay.cookies[settings.SESSION_COOKIE_NAME] = old_cookie
    assert _is_login_redirect(replay.get("/inbox/"))


def test_session_key_rotates_at_login(therapist: User, therapist_device) -> None:
    client = Client()
    client.get(LOGIN_URL)
    client.post(
        LOGIN_URL,
        {
            "auth-username": therapist.username,
            "auth-password": PASSWORD,
            "login_view-current_step": "auth",
        },
    )
    before = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert Session.objects.filter(session_key=before).exists()
    response = client.post(
        LOGIN_URL,
        {"token-otp_token": next_totp_token(therapist_device), "login_view-current_step": "token"},
    )
    assert response.status_code == 302
    after = client.cookies[settings.SESSION_COOKIE_NAME].value
    assert after != before
    assert not Session.objects.filter(session_key=before).exists()
    assert client.get("/inbox/").status_code == 200


def test_pre_login_session_key_cannot_be_fixed(therapist: User, therapist_device) -> None:
    attacker_cookie = Client()
    attacker_cookie.get(LOGIN_URL)
    fixed = attacker_cookie.cookies[settings.SESSION_COOKIE_NAME].value
    victim = Client()
    victim.cookies[settings.SESSION_COOKIE_NAME] = fixed
    wizard_login(victim, therapist.username, PASSWORD, next_totp_token(therapist_device))
    assert victim.get("/inbox/").status_code == 200
    assert _is_login_redirect(attacker_cookie.get("/inbox/"))


def test_deactivating_a_user_ends_all_their_sessions(therapist: User, therapist_device) -> None:
    office = Client()
    wizard_login(office, therapist.username, PASSWORD, next_totp_token(therapist_device))
    laptop = login_verified(Client(), therapist)
    assert office.get("/inbox/").status_code == 200
    assert laptop.get("/inbox/").status_code == 200
    keys = set(UserSession.objects.filter(user=therapist).values_list("session_key", flat=True))
    assert len(keys) == 2

    therapist.is_active = False
    therapist.save()

    assert not Session.objects.filter(session_key__in=keys).exists()
    assert not UserSession.objects.filter(user=therapist).exists()
    assert _is_login_redirect(office.get("/inbox/"))
    assert _is_login_redirect(laptop.get("/inbox/"))


def test_deactivation_by_bulk_update_still_refuses_the_session(therapist: User) -> None:
    client = login_verified(Client(), therapist)
    User.objects.filter(pk=therapist.pk).update(is_active=False)
    assert _is_login_redirect(client.get("/inbox/"))


POLL = {"HTTP_HX_REQUEST": "true", "HTTP_X_SCRIPTA_POLL": "1"}


def test_background_polling_does_not_keep_an_idle_session_alive(therapist: User) -> None:
    """An open inbox tab polls every 20-30 s; that is not activity, and must not defeat the
    automatic logoff."""
    client = login_verified(Client(), therapist)
    start = timezone.now()
    with _at(start):
        assert client.get("/inbox/").status_code == 200
    moment = start
    while moment - start < timedelta(seconds=settings.SESSION_COOKIE_AGE - 30):
        moment += timedelta(seconds=20)
        with _at(moment):
            assert client.get("/inbox/unread/", **POLL).status_code == 200
    # Past the idle limit since the last real request: the poll sends the page to the login.
    with _at(start + timedelta(seconds=settings.SESSION_COOKIE_AGE + 1)):
        response = client.get("/inbox/unread/", **POLL)
        assert response.status_code == 200
        assert response["HX-Redirect"].startswith(LOGIN_URL)
        assert _is_login_redirect(client.get("/inbox/"))


def test_real_requests_keep_the_session_alive(therapist: User) -> None:
    client = login_verified(Client(), therapist)
    start = timezone.now()
    for minutes in (10, 20, 30, 40):
        with _at(start + timedelta(minutes=minutes)):
            assert client.get("/inbox/", HTTP_HX_REQUEST="true").status_code == 200


def test_every_polling_element_is_marked_as_a_poll(verified_client: Client, conversation) -> None:
    import re

    html = verified_client.get("/inbox/").content.decode()
    polling = re.findall(r"<[^>]*hx-trigger=\"[^\"]*every [^>]*>", html)
    assert len(polling) >= 2  # the unread badge and the live inbox list
    for tag in polling:
        assert "X-Scripta-Poll" in tag, tag


def test_every_polling_element_in_every_template_is_marked() -> None:
    """Any template that polls on a timer must send X-Scripta-Poll, or it defeats the idle logoff."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    tags = re.compile(r"<[^<>]*hx-trigger=\"[^\"]*\bevery\b[^<>]*>", re.S)
    offenders = []
    scanned = 0
    for template in root.rglob("*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in tags.findall(text):
            scanned += 1
            if "X-Scripta-Poll" not in tag:
                offenders.append(f"{template.relative_to(root)}: {tag[:80]}")
    assert scanned >= 2
    assert not offenders, offenders
