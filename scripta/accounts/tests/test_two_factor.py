"""Staff log in with password + TOTP through the real login wizard; lockout after N failures."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from conftest import LOGIN_URL, PASSWORD, login_password_only, next_totp_token, wizard_login
from scripta.accounts.models import User


def _logged_in_user_id(client: Client) -> str | None:
    return client.session.get("_auth_user_id")


def test_therapist_without_device_is_sent_to_setup(therapist_without_device: User) -> None:
    client = Client()
    response = wizard_login(client, therapist_without_device.username, PASSWORD)
    assert response.status_code == 302
    response = client.get("/inbox/")
    assert response.status_code == 302
    assert response["Location"] == "/account/two_factor/setup/"
    # Patient pages stay closed until the device is set up.
    assert client.get("/patients/").status_code == 302


def test_password_alone_does_not_log_in_a_therapist_with_a_device(therapist: User) -> None:
    client = Client()
    response = wizard_login(client, therapist.username, PASSWORD)
    assert response.status_code == 200  # the token step
    assert 'name="token-otp_token"' in response.content.decode()
    assert _logged_in_user_id(client) is None
    response = client.get("/inbox/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)


def test_totp_code_logs_in_once_and_cannot_be_reused(therapist: User, therapist_device) -> None:
    token = next_totp_token(therapist_device)
    first = Client()
    response = wizard_login(first, therapist.username, PASSWORD, token)
    assert response.status_code == 302
    assert _logged_in_user_id(first) == str(therapist.pk)
    assert first.get("/inbox/").status_code == 200

    replay = Client()
    response = wizard_login(replay, therapist.username, PASSWORD, token)
    assert response.status_code == 200  # back on the token step with an error
    assert _logged_in_user_id(replay) is None
    assert replay.get("/inbox/").status_code == 302


def test_wrong_totp_code_does_not_log_in(therapist: User, therapist_device) -> None:
    good = next_totp_token(therapist_device)
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    client = Client()
    wizard_login(client, therapist.username, PASSWORD, wrong)
    assert _logged_in_user_id(client) is None


def _backup_login(client: Client, username: str, token: str):
    client.get(LOGIN_URL)
    client.post(
        LOGIN_URL,
        {"auth-username": username, "auth-password": PASSWORD, "login_view-current_step": "auth"},
    )
    return client.post(LOGIN_URL, {"backup-otp_token": token, "login_view-current_step": "backup"})


def test_backup_token_works_once(therapist: User, static_token: str) -> None:
    client = Client()
    response = _backup_login(client, therapist.username, static_token)
    assert response.status_code == 302
    assert _logged_in_user_id(client) == str(therapist.pk)
    assert client.get("/inbox/").status_code == 200

    again = Client()
    _backup_login(again, therapist.username, static_token)
    assert _logged_in_user_id(again) is None
    assert again.get("/inbox/").status_code == 302


def test_patient_logs_in_with_password_only(patient_user: User) -> None:
    client = Client()
    response = wizard_login(client, patient_user.username, PASSWORD)
    assert response.status_code == 302
    assert client.get("/portal/").status_code == 200


@pytest.mark.django_db
def test_lockout_after_repeated_failures_even_with_the_right_password(
    therapist: User, therapist_device, second_therapist: User
) -> None:
    limit = settings.AXES_FAILURE_LIMIT
    client = Client()
    statuses = []
    for _ in range(limit):
        response = wizard_login(client, therapist.username, "wrong-password-123")
        statuses.append(response.status_code)
    assert statuses[0] == 200  # the form again, with an error
    assert _logged_in_user_id(client) is None

    fresh = Client()
    response = wizard_login(fresh, therapist.username, PASSWORD)
    assert response.status_code in (403, 429)
    assert "Account locked" in response.content.decode()
    assert _logged_in_user_id(fresh) is None
    # Even with a valid TOTP code the account stays locked.
    with_code = Client()
    wizard_login(with_code, therapist.username, PASSWORD, next_totp_token(therapist_device))
    assert _logged_in_user_id(with_code) is None
    assert with_code.get("/inbox/")["Location"].startswith(LOGIN_URL)
    # The lock is per user name (and address): a colleague on the same network still gets in.
    colleague = Client()
    response = wizard_login(
        colleague,
        second_therapist.username,
        PASSWORD,
        next_totp_token(second_therapist.totpdevice_set.get()),
    )
    assert response.status_code == 302
    assert _logged_in_user_id(colleague) == str(second_therapist.pk)


def test_failures_below_the_limit_do_not_lock(therapist: User, therapist_device) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        wizard_login(client, therapist.username, "wrong-password-123")
    ok = Client()
    response = wizard_login(ok, therapist.username, PASSWORD, next_totp_token(therapist_device))
    assert response.status_code == 302
    assert _logged_in_user_id(ok) == str(therapist.pk)


def test_password_only_session_cannot_enrol_a_new_device(therapist: User) -> None:
    """Defence in depth: a session that never passed the existing device must not be able to
    register a second one through the setup wizard (and so verify itself)."""
    client = login_password_only(Client(), therapist)
    response = client.post("/account/two_factor/setup/", {"setup_view-current_step": "welcome"})
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)
    assert 'name="generator-token"' not in response.content.decode()
    assert _logged_in_user_id(client) is None
    assert therapist.totpdevice_set.count() == 1


@pytest.mark.parametrize(
    "path", ["/account/two_factor/", "/account/two_factor/qrcode/", "/account/preferences/"]
)
def test_password_only_session_with_a_device_is_logged_out_on_account_pages(
    therapist: User, path: str
) -> None:
    client = login_password_only(Client(), therapist)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_URL)
    assert _logged_in_user_id(client) is None


def test_therapist_without_device_can_still_enrol(therapist_without_device: User) -> None:
    client = login_password_only(Client(), therapist_without_device)
    response = client.post("/account/two_factor/setup/", {"setup_view-current_step": "welcome"})
    assert response.status_code == 200
    assert 'name="generator-token"' in response.content.decode()
    assert client.get("/account/preferences/").status_code == 200


def test_guessing_totp_codes_is_throttled(therapist: User, therapist_device) -> None:
    """Password known, codes guessed: after a few wrong codes even the right one is refused
    for a while (django-otp's exponential throttle), so six digits cannot be brute-forced."""
    client = Client()
    wizard_login(client, therapist.username, PASSWORD)
    good = next_totp_token(therapist_device)
    for guess in ("000000", "111111", "222222"):
        if guess == good:
            continue
        client.post(LOGIN_URL, {"token-otp_token": guess, "login_view-current_step": "token"})
    response = client.post(LOGIN_URL, {"token-otp_token": good, "login_view-current_step": "token"})
    assert response.status_code == 200
    assert _logged_in_user_id(client) is None
    therapist_device.refresh_from_db()
    assert therapist_device.throttling_failure_count >= 1


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/x", "/\\evil.example"])
def test_login_next_parameter_cannot_redirect_off_site(
    target: str, therapist: User, therapist_device
) -> None:
    client = Client()
    url = f"{LOGIN_URL}?next={target}"
    client.get(url)
    client.post(
        url,
        {
            "auth-username": therapist.username,
            "auth-password": PASSWORD,
            "login_view-current_step": "auth",
        },
    )
    response = client.post(
        url,
        {"token-otp_token": next_totp_token(therapist_device), "login_view-current_step": "token"},
    )
    assert response.status_code == 302
    assert "evil" not in response["Location"]
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith("//")


def test_a_therapist_who_disables_2fa_must_set_it_up_again(
    verified_client: Client, therapist: User
) -> None:
    response = verified_client.post("/account/two_factor/disable/", {"understand": "on"})
    assert response.status_code == 302
    assert not therapist.totpdevice_set.exists()
    response = verified_client.get("/inbox/")
    assert response.status_code == 302
    assert response["Location"] == "/account/two_factor/setup/"
    assert verified_client.get(f"/patients/{therapist.pk}/").status_code == 302
