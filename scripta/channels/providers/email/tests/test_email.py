"""E-mail in (MTA pipe, anymail, IMAP) and out (a real SMTP server: aiosmtpd), with real-client fixtures."""

from __future__ import annotations

import base64
import io
import socket
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path
from unittest import mock

import pytest
import requests
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.db import OperationalError
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from scripta.channels import outbox
from scripta.channels.conftest import count, make_patient
from scripta.channels.management.commands.poll_imap import poll_account
from scripta.channels.models import ChannelAccount, FirstContact, InboundSource
from scripta.channels.providers.email.inbound import ingest_raw
from scripta.channels.providers.email.parsing import parse_mime, trim_reply
from scripta.channels.testing.signing import mailgun_signature
from scripta.conversations.actions import conversation_for, do_send_reply
from scripta.conversations.models import Attachment, DeliveryStatus, Message

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
STUDIO = "studio@studio-bianchi.example"


def eml(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def mail_account(practice) -> ChannelAccount:
    account = ChannelAccount(practice=practice, kind="email", address=STUDIO)
    account.set_credentials({})
    account.save()
    return account


def people(practice, therapist):
    return {
        "giulia": make_patient(practice, therapist, phone="", email="giulia.r@example.it"),
        "marco": make_patient(practice, therapist, phone="", email="Marco.Verdi@outlook.example"),
        "anna": make_patient(practice, therapist, phone="", email="anna.bianco@icloud.example"),
        "luca": make_patient(practice, therapist, phone="", email="luca.neri@libero.example"),
    }


# --- parsing: each client's quoting and signature ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        (
            "gmail_reply_it.eml",
            "Giovedì alle 18 va benissimo, ci sarò.\n\nGiulia",
            "Possiamo vederci",
        ),
        ("outlook_reply_it.eml", "possiamo spostare a lunedì?\n\nGrazie\nMarco", "Le confermo"),
        ("apple_mail_attachment.eml", "ne parliamo lunedì.", "Inviato da iPhone"),
        (
            "libero_reply.eml",
            "Porterò anche il referto del medico.\nCordiali saluti\nLuca Neri",
            "Le ricordo",
        ),
    ],
)
def test_client_styles_trimmed_original_kept(name, expected, absent):
    parsed = parse_mime(eml(name)).inbound
    assert parsed.body.endswith(expected)
    assert absent not in parsed.body
    assert absent in parsed.original or absent == "Inviato da iPhone"
    assert "Scarica Outlook" not in parsed.body and "Inviato da Libero" not in parsed.body


def test_trim_never_empties_a_message():
    assert trim_reply("> only quoted\n> text") == "> only quoted\n> text"
    assert trim_reply("Ciao\n-- \nDr. Firma") == "Ciao"


XSS_MARKERS = (
    "<script",
    "onerror",
    "onload",
    "javascript:",
    "<iframe",
    "<object",
    "<style",
    "formaction",
    "data:text/html",
)


def test_xss_corpus_is_inert():
    parsed = parse_mime(eml("xss_html_only.eml")).inbound
    lowered = parsed.html.lower()
    for marker in XSS_MARKERS:
        assert marker not in lowered, marker
    assert "Testo visibile" in parsed.body
    assert "<" not in parsed.body.replace("<script>alert('s13')</script>", "")
    count("email XSS payloads checked", 13)


@pytest.mark.django_db
def test_xss_corpus_renders_inert_in_the_timeline(mail_account, practice, therapist):
    patient = make_patient(practice, therapist, phone="", email="giulia.r@example.it")
    assert ingest_raw(eml("xss_html_only.eml")) == "stored"
    request = RequestFactory().get("/inbox/1/")
    request.user = therapist
    html = render_to_string(
        "conversations/_timeline.html",
        {
            "messages_list": list(Message.objects.all()),
            "patient": patient,
            "conversation": conversation_for(patient),
            "form": None,
        },
        request=request,
    )
    assert (
        "<script" not in html.lower()
        and "javascript:" not in html.lower()
        and "onerror=" not in html.lower()
    )
    assert "&lt;script&gt;" in html  # the text the patient typed is shown, as text


# --- inbound: the MTA pipe ----------------------------------------------------------------------


@pytest.mark.django_db
def test_ingest_each_fixture_routes_to_its_patient(mail_account, practice, therapist):
    who = people(practice, therapist)
    for name, person in [
        ("gmail_reply_it.eml", "giulia"),
        ("outlook_reply_it.eml", "marco"),
        ("apple_mail_attachment.eml", "anna"),
        ("libero_reply.eml", "luca"),
    ]:
        assert ingest_raw(eml(name)) == "stored"
        message = Message.objects.latest("pk")
        assert message.conversation.patient == who[person]
        assert message.channel == "email" and message.provider == "email"
        source = InboundSource.objects.get(message=message)
        assert base64.b64decode(source.raw) == eml(name)  # the exact original is kept (encrypted)
    anna = Message.objects.get(
        provider_message_id="<4C1D2E3F-AAAA-BBBB-CCCC-0123456789AB@icloud.example>"
    )
    kept = list(Attachment.objects.filter(message=anna).values_list("content_type", flat=True))
    assert kept == ["application/pdf"]  # the .exe and the zip disguised as .png are refused


@pytest.mark.django_db
def test_ingest_command_exit_codes_and_idempotency(
    mail_account, practice, therapist, monkeypatch, capsys
):
    people(practice, therapist)

    def run(raw: bytes) -> int:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(raw)))
        try:
            call_command("ingest_email")
        except SystemExit as exc:
            return int(exc.code or 0)
        return 0

    assert run(eml("gmail_reply_it.eml")) == 0
    assert run(eml("gmail_reply_it.eml")) == 0  # the MTA delivered twice: one row
    count("email replays sent", 2)
    assert Message.objects.count() == 1
    count("email replay rows created", Message.objects.count())
    assert (
        run(eml("gmail_reply_it.eml").replace(STUDIO.encode(), b"nobody@elsewhere.example")) == 67
    )
    assert run(b"no headers at all") == 65
    count("email malformed tried", 2)
    with mock.patch(
        "scripta.channels.providers.email.inbound.do_route_inbound",
        side_effect=OperationalError("down"),
    ):
        assert run(eml("outlook_reply_it.eml")) == 75  # the MTA keeps it and retries
    count("faults injected: database down")
    assert run(eml("outlook_reply_it.eml")) == 0
    assert Message.objects.count() == 2
    count("email malformed stored", Message.objects.count() - 2)


@pytest.mark.django_db
def test_unknown_sender_goes_to_first_contact(mail_account):
    assert ingest_raw(eml("libero_reply.eml")) == "first_contact"
    contact = FirstContact.objects.get()
    assert contact.sender == "luca.neri@libero.example" and "Porterò" in contact.body


@pytest.mark.django_db
def test_oversized_mail_refused(mail_account, settings):
    from scripta.channels.base import WebhookRejected

    with (
        mock.patch("scripta.channels.providers.email.inbound.MAX_MAIL_BYTES", 100),
        pytest.raises(WebhookRejected),
    ):
        ingest_raw(eml("gmail_reply_it.eml"))
    count("email malformed tried")
    assert Message.objects.count() == 0


# --- inbound: anymail (Mailgun inbound route, raw MIME) -----------------------------------------

SIGNING_KEY = "mailgun-signing-key"


def mailgun_post(
    url: str,
    raw: bytes,
    *,
    auth=("scripta", "hook-secret"),
    timestamp: int | None = None,
    key: str = SIGNING_KEY,
):
    ts = str(timestamp or int(time.time()))
    token = base64.b16encode(raw[:8] + ts.encode()).decode().lower()
    data = {
        "body-mime": raw.decode("utf-8", "replace"),
        "recipient": STUDIO,
        "sender": "giulia.r@example.it",
        "timestamp": ts,
        "token": token,
        "signature": mailgun_signature(key, ts, token),
    }
    return requests.post(url, data=data, auth=auth, timeout=10)


@pytest.mark.django_db(transaction=True)
def test_anymail_mailgun_inbound_verified(settings, live_server, mail_account, practice, therapist):
    settings.ANYMAIL = {
        "WEBHOOK_SECRET": "scripta:hook-secret",
        "MAILGUN_WEBHOOK_SIGNING_KEY": SIGNING_KEY,
    }
    people(practice, therapist)
    url = live_server.url + "/channels/anymail/mailgun/inbound_mime/"
    raw = eml("gmail_reply_it.eml")
    forged = [
        mailgun_post(url, raw, auth=None),
        mailgun_post(url, raw, auth=("scripta", "wrong")),
        mailgun_post(url, raw, key="another-key"),
    ]
    count("email (anymail) forged tried", len(forged))
    assert all(400 <= r.status_code < 500 for r in forged), [r.status_code for r in forged]
    assert Message.objects.count() == 0
    count("email (anymail) forged stored", Message.objects.count())
    stale = mailgun_post(url, raw, timestamp=int(time.time()) - 3600)  # a replay outside the window
    assert stale.status_code == 200 and Message.objects.count() == 0
    count("email (anymail) forged tried")
    assert mailgun_post(url, raw).status_code == 200
    assert mailgun_post(url, raw).status_code == 200
    count("email replays sent", 2)
    assert Message.objects.count() == 1


# --- inbound: IMAP ------------------------------------------------------------------------------


class FakeIMAP:
    """Records the IMAP commands; holds two unseen messages."""

    def __init__(self, host, port):
        self.mails = {b"1": eml("gmail_reply_it.eml"), b"2": eml("outlook_reply_it.eml")}
        self.seen: list[bytes] = []
        self.peeked: list[str] = []
        FakeIMAP.last = self

    def login(self, user, password):
        return "OK", [b"ok"]

    def select(self, folder):
        return "OK", [b"2"]

    def uid(self, command, *args):
        if command == "SEARCH":
            return "OK", [b"1 2"]
        if command == "FETCH":
            self.peeked.append(args[1])
            return "OK", [(b"1 (BODY[] {n}", self.mails[args[0]]), b")"]
        if command == "STORE":
            self.seen.append(args[0])
            return "OK", []
        raise AssertionError(command)

    def logout(self):
        return "BYE", []


@pytest.mark.django_db(transaction=True)
def test_imap_marks_seen_only_after_storing(mail_account, practice, therapist):
    people(practice, therapist)
    mail_account.set_credentials(
        {"imap_host": "imap.example", "imap_username": "u", "imap_password": "p"}
    )
    mail_account.save()
    real = __import__("scripta.channels.actions", fromlist=["do_route_inbound"]).do_route_inbound
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OperationalError("down")
        return real(*args, **kwargs)

    with mock.patch("scripta.channels.providers.email.inbound.do_route_inbound", side_effect=flaky):
        counts = poll_account(mail_account, imap_class=FakeIMAP)
    count("faults injected: database down")
    assert counts == {"stored": 1, "kept_unseen": 1}
    assert FakeIMAP.last.seen == [b"1"] and set(FakeIMAP.last.peeked) == {"(BODY.PEEK[])"}
    counts = poll_account(
        mail_account, imap_class=FakeIMAP
    )  # next poll: both unseen again in the fake
    assert Message.objects.count() == 2
    count("messages lost", 2 - Message.objects.count())


# --- outbound: a real SMTP server ---------------------------------------------------------------


class Sink:
    def __init__(self):
        self.received: list[bytes] = []
        self.fail: list[str] = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.fail and self.fail[0].startswith("RCPT"):
            return self.fail.pop(0).removeprefix("RCPT ")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.fail and self.fail[0].startswith("DATA"):
            return self.fail.pop(0).removeprefix("DATA ")
        self.received.append(envelope.content)
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp():
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield sink, controller.port
    controller.stop()


@pytest.fixture
def smtp_account(mail_account, smtp):
    _sink, port = smtp
    mail_account.set_credentials({"smtp_host": "127.0.0.1", "smtp_port": port})
    mail_account.save()
    return mail_account


@pytest.mark.django_db(transaction=True)
def test_reply_by_email_threads_into_the_patients_thread(smtp, smtp_account, practice, therapist):
    sink, _port = smtp
    who = people(practice, therapist)
    assert ingest_raw(eml("gmail_reply_it.eml")) == "stored"
    message = do_send_reply(
        therapist, conversation_for(who["giulia"]), body="Perfetto, a giovedì.", channel="email"
    )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT
    assert len(sink.received) == 1
    mail = message_from_bytes(sink.received[0], policy=policy.default)
    assert mail["To"] == "giulia.r@example.it"
    assert mail["Message-ID"] == message.provider_message_id
    assert mail["In-Reply-To"] == "<CAGmail0001+abcDEF=xyz@mail.gmail.com>"
    assert "<CAGmail0001+abcDEF=xyz@mail.gmail.com>" in mail["References"]
    assert mail.get_content().strip() == "Perfetto, a giovedì."
    assert "Giulia" not in mail["Subject"]  # minimum content in the subject line
    # the patient answers that e-mail: it threads back (In-Reply-To is our Message-ID)
    answer = (
        eml("gmail_reply_it.eml")
        .replace(b"<CAGmail0001+abcDEF=xyz@mail.gmail.com>", b"<CAGmail0002@mail.gmail.com>")
        .replace(
            b"<scripta.1.aaaaaaaaaaaaaaaa@studio-bianchi.example>",
            message.provider_message_id.encode(),
        )
    )
    assert ingest_raw(answer) == "stored"


@pytest.mark.django_db(transaction=True)
def test_smtp_temporary_then_permanent(smtp, smtp_account, practice, therapist):
    sink, _port = smtp
    who = people(practice, therapist)
    sink.fail = [
        "DATA 451 4.3.0 Mail server temporarily rejected message",
        "RCPT 452 4.2.2 Mailbox full",
    ]
    count("faults injected: SMTP 4xx", 2)
    message = do_send_reply(
        therapist, conversation_for(who["giulia"]), body="Prova", channel="email"
    )
    for minutes in (5, 10, 20):
        outbox.sweep(timezone.now() + timezone.timedelta(minutes=minutes), send_inline=True)
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and len(sink.received) == 1
    sink.fail = ["RCPT 550 5.1.1 User unknown"]
    count("faults injected: SMTP 5xx")
    failed = do_send_reply(
        therapist, conversation_for(who["giulia"]), body="Prova 2", channel="email"
    )
    failed.refresh_from_db()
    assert failed.status == DeliveryStatus.FAILED and failed.error_code == "invalid_recipient"
    assert len(sink.received) == 1


@pytest.mark.django_db(transaction=True)
def test_smtp_server_down_is_retried(mail_account, practice, therapist):
    who = people(practice, therapist)
    mail_account.set_credentials({"smtp_host": "127.0.0.1", "smtp_port": free_port()})
    mail_account.save()
    count("faults injected: SMTP connection refused")
    message = do_send_reply(
        therapist, conversation_for(who["giulia"]), body="Prova", channel="email"
    )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.QUEUED
    assert message.outbox.last_error_code == "network"


@pytest.mark.django_db(transaction=True)
def test_default_backend_through_django_settings(settings, smtp, mail_account, practice, therapist):
    sink, port = smtp
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    who = people(practice, therapist)
    message = do_send_reply(
        therapist, conversation_for(who["luca"]), body="Ricevuto.", channel="email"
    )
    message.refresh_from_db()
    assert message.status == DeliveryStatus.SENT and len(sink.received) == 1


@pytest.mark.django_db
def test_only_configured_esp_inbound_mounted_and_secret_required(settings, client):
    from django.urls import NoReverseMatch, reverse

    settings.ANYMAIL = {}
    assert reverse("channels:anymail:mailgun_inbound_webhook", args=[""])
    assert reverse("channels:anymail:mailgun_tracking_webhook")
    for name in (
        "channels:anymail:postmark_inbound_webhook",
        "channels:anymail:postmark_tracking_webhook",
        "channels:anymail:sparkpost_inbound_webhook",
    ):
        with pytest.raises(NoReverseMatch):
            reverse(name)
    # no WEBHOOK_SECRET: refused before anymail even looks at it
    assert client.post("/channels/anymail/mailgun/inbound/", {}).status_code == 403
    assert client.post("/channels/anymail/mailgun/tracking/", {}).status_code == 403
    count("email (anymail) forged tried")
    # a secret but no signing key: 503 (misconfigured, the ESP retries), never 200
    settings.ANYMAIL = {"WEBHOOK_SECRET": "scripta:hook-secret"}
    assert (
        client.post(
            "/channels/anymail/mailgun/inbound/",
            {},
            HTTP_AUTHORIZATION="Basic c2NyaXB0YTpob29rLXNlY3JldA==",
        ).status_code
        == 503
    )
    assert Message.objects.count() == 0
