"""Attachments: size, type and content checked; encrypted on disk; served only as downloads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from scripta.conversations.models import Attachment, Conversation, Message

PNG = b"\x89PNG\r\n\x1a\n" + b"canary-attachment-bytes-7f3e" * 10


@pytest.fixture(autouse=True)
def _media(settings: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings.MEDIA_ROOT = tmp_path
    settings.SCRIPTA_ATTACHMENT_MAX_BYTES = 2048
    # These tests are about files; the reading engine is exercised elsewhere.
    monkeypatch.setattr("scripta.conversations.actions._enqueue_reading", lambda message_id: None)


def _post(client: Client, name: str, content: bytes, content_type: str) -> Any:
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post(
        reverse("portal"), {"body": "a photo of my drawing. Quiri", "attachment": upload}
    )


def test_portal_upload_is_encrypted_and_stored_under_a_generated_name(
    patient_client: Client, conversation: Conversation, tmp_path: Path
) -> None:
    response = _post(patient_client, "../../etc/passwd.png", PNG, "image/png")
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.original_name == "passwd.png"
    assert ".." not in attachment.stored_name and "/" not in attachment.stored_name
    stored = tmp_path / "attachments" / attachment.stored_name
    assert stored.exists()
    assert b"canary-attachment-bytes" not in stored.read_bytes()
    assert attachment.size == len(PNG)


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("big.png", b"\x89PNG\r\n\x1a\n" + b"x" * 4096, "image/png"),  # over the size limit
        ("run.exe", b"MZ\x90\x00", "application/x-msdownload"),  # type not accepted
        ("fake.png", b"<script>alert(1)</script>", "image/png"),  # bytes disagree with the type
    ],
)
def test_refused_files_store_nothing(
    patient_client: Client, conversation: Conversation, name: str, content: bytes, content_type: str
) -> None:
    before = Message.objects.count()
    response = _post(patient_client, name, content, content_type)
    assert response.status_code == 400
    assert Message.objects.count() == before
    assert Attachment.objects.count() == 0


def test_download_is_forced_and_not_sniffed(
    patient_client: Client, verified_client: Client, conversation: Conversation
) -> None:
    _post(patient_client, "drawing.png", PNG, "image/png")
    attachment = Attachment.objects.get()
    url = reverse("conversations:attachment", args=[conversation.pk, attachment.pk])
    response = verified_client.get(url)
    assert response.status_code == 200
    assert response.content == PNG
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    own = patient_client.get(reverse("portal_attachment", args=[attachment.pk]))
    assert own.status_code == 200 and own.content == PNG


def test_outsiders_cannot_download(
    patient_client: Client, conversation: Conversation, other_patient: Any, second_therapist: Any
) -> None:
    from conftest import login_verified

    _post(patient_client, "drawing.png", PNG, "image/png")
    attachment = Attachment.objects.get()
    other_therapist = login_verified(Client(), second_therapist)
    url = reverse("conversations:attachment", args=[conversation.pk, attachment.pk])
    assert other_therapist.get(url).status_code == 404
    other_patient_client = Client()
    other_patient_client.force_login(
        other_patient.user, backend="django.contrib.auth.backends.ModelBackend"
    )
    assert (
        other_patient_client.get(reverse("portal_attachment", args=[attachment.pk])).status_code
        == 404
    )
    assert Client().get(url).status_code == 302
