"""Transport security, quiet errors, no content in logs, protective headers."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from unittest import mock

from cryptography.fernet import Fernet
from django.test import Client

from conftest import (
    CANARY_BODY,
    CANARY_EMAIL,
    CANARY_NAME,
    CANARY_NOTES,
    CANARY_PHONE,
    CANARY_REPLY,
    login_verified,
)
from scripta.accounts.models import User
from scripta.conversations.models import Conversation
from scripta.patients.models import Patient

REPO = Path(__file__).resolve().parents[3]


def _production_env(tmp_path: Path) -> dict[str, str]:
    # A clean environment: the test session sets variables (e.g. DJANGO_ALLOW_ASYNC_UNSAFE for
    # the browser tests) that a deployment must not have.
    inherited = {
        k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR")
    }
    env = {
        **inherited,
        "DJANGO_SETTINGS_MODULE": "scripta.settings.production",
        "SECRET_KEY": "p" * 10 + Fernet.generate_key().decode() + "q" * 10,
        "SCRIPTA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
        "SCRIPTA_BLIND_INDEX_KEY": "blind-index-key-for-the-check",
        "ALLOWED_HOSTS": "scripta.example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'check.sqlite3'}",
        "SCRIPTA_VAR_DIR": str(tmp_path),
    }
    return env


def test_check_deploy_is_clean_under_production_settings(tmp_path: Path) -> None:
    env = _production_env(tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_collectstatic_under_production_settings(tmp_path: Path) -> None:
    """The stylesheet, htmx and scripta.js are collected and hashed for WhiteNoise."""
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=REPO,
        env=_production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    static = tmp_path / "static"
    manifest = (static / "staticfiles.json").read_text(encoding="utf-8")
    for name in ("scripta/scripta.css", "scripta/scripta.js", "vendor/htmx-2.0.11.min.js"):
        assert (static / name).exists(), name
        assert f'"{name}"' in manifest, name


def test_forced_error_gives_a_generic_500_without_data(
    verified_client: Client, conversation: Conversation
) -> None:
    client = Client(raise_request_exception=False)
    client.cookies = verified_client.cookies
    with mock.patch(
        "scripta.conversations.views.access_conversation",
        side_effect=RuntimeError(f"boom {CANARY_BODY}"),
    ):
        response = client.get(f"/inbox/{conversation.pk}/")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Traceback" not in html
    assert "RuntimeError" not in html
    assert "canary" not in html
    assert CANARY_NAME not in html


def test_logs_hold_no_patient_content(
    caplog: Any,
    patient_client: Client,
    verified_client: Client,
    conversation: Conversation,
    patient_record: Patient,
    outsider: User,
    django_capture_on_commit_callbacks: Any,
) -> None:
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        patient_client.post("/portal/", {"body": f"{CANARY_BODY} from the portal"})
    verified_client.get(f"/inbox/{conversation.pk}/")
    verified_client.post(
        f"/inbox/{conversation.pk}/", {"body": f"{CANARY_REPLY} again", "channel": "portal"}
    )
    verified_client.post(f"/patients/{patient_record.pk}/", {"notes": f"{CANARY_NOTES} more"})
    verified_client.post(f"/patients/{patient_record.pk}/invite/")
    login_verified(Client(), outsider).get(f"/patients/{patient_record.pk}/")  # a 404, logged
    assert caplog.records, "nothing was logged: the test would prove nothing"
    text = caplog.text
    for canary in (
        "canary-body-7f3a",
        "canary-reply-c41e",
        "canary-notes-91bd",
        CANARY_NAME,
        "Zebrowska",
        CANARY_EMAIL,
        CANARY_PHONE,
    ):
        assert canary not in text, f"{canary!r} reached the logs"


def test_protective_headers_and_cookies(verified_client: Client) -> None:
    response = verified_client.get("/inbox/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp
    assert "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    session = verified_client.cookies["sessionid"]
    assert session["httponly"]
    assert session["samesite"] == "Lax"


def test_crlf_in_user_input_cannot_forge_log_lines() -> None:
    from scripta.core.logging import OneLineFilter

    console = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, OneLineFilter) for f in handler.filters)
    )
    stream = io.StringIO()
    probe = logging.StreamHandler(stream)
    probe.setFormatter(console.formatter)
    for log_filter in console.filters:
        probe.addFilter(log_filter)
    logger = logging.getLogger("scripta.tests.crlf")
    logger.addHandler(probe)
    try:
        logger.warning("login failed for %s", "bob\r\n2026-01-01 INFO admin logged in")
    finally:
        logger.removeHandler(probe)
    output = stream.getvalue()
    assert output.count("\n") == 1, output
    assert "\r" not in output
    assert "\\n2026-01-01 INFO admin logged in" in output
