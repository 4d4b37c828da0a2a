"""Encryption at rest: canaries absent from a raw dump of every table; key rotation; wrong keys fail."""

from __future__ import annotations

import io
from typing import Any

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from conftest import CANARY_BODY, CANARY_EMAIL, CANARY_NOTES, CANARY_PHONE, CANARY_REPLY
from scripta.conversations.models import Message
from scripta.core.crypto import DecryptionError, blind_index, decrypt_str, encrypt_str
from scripta.patients.models import ContactKind, ContactPoint, Patient

# Strings only the encrypted columns hold (names are not encrypted by design).
SECRETS = {
    "message body": "canary-body-7f3a",
    "reply body": "canary-reply-c41e",
    "clinical notes": "canary-notes-91bd",
    "phone": CANARY_PHONE,
    "phone digits": CANARY_PHONE.lstrip("+"),
    "e-mail": CANARY_EMAIL,
}


def raw_dump() -> str:
    """Every value of every table, read with raw SQL (works on SQLite and PostgreSQL)."""
    chunks: list[str] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                for value in row:
                    if isinstance(value, (bytes, bytearray, memoryview)):
                        chunks.append(bytes(value).decode("utf-8", errors="replace"))
                    else:
                        chunks.append(str(value))
    return "\n".join(chunks)


def test_canaries_are_absent_from_a_raw_dump_of_every_table(
    conversation: Any, patient_record: Patient
) -> None:
    # The ORM gives the plaintext back...
    assert {m.body for m in Message.objects.all()} == {CANARY_BODY, CANARY_REPLY}
    assert Patient.objects.get(pk=patient_record.pk).notes == CANARY_NOTES
    assert {cp.value for cp in ContactPoint.objects.all()} == {CANARY_PHONE, CANARY_EMAIL}
    dump = raw_dump()
    # ...the dump really contains the data (control: the name is stored in clear)...
    assert "Quirinella Zebrowska" in dump
    assert "gAAAAA" in dump  # Fernet tokens
    # ...and none of the encrypted content.
    leaked = [label for label, secret in SECRETS.items() if secret in dump]
    assert not leaked, f"plaintext found in the raw database dump: {leaked}"


def test_raw_columns_hold_fernet_tokens(conversation: Any) -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM conversations_message")
        bodies = [row[0] for row in cursor.fetchall()]
    assert bodies
    for body in bodies:
        assert body.startswith("gAAAAA")
        assert decrypt_str(body) in (CANARY_BODY, CANARY_REPLY)


def test_contact_points_are_found_by_blind_index_not_plaintext(patient_record: Patient) -> None:
    lookup = blind_index(ContactKind.PHONE, "+39 333 123 4567")
    assert ContactPoint.objects.filter(lookup=lookup).get().patient_id == patient_record.pk
    assert CANARY_PHONE not in lookup
    assert blind_index(ContactKind.EMAIL, CANARY_EMAIL.upper()) == blind_index(
        ContactKind.EMAIL, CANARY_EMAIL
    )


def test_blind_index_depends_on_the_key(settings: Any) -> None:
    first = blind_index(ContactKind.PHONE, CANARY_PHONE)
    settings.SCRIPTA_BLIND_INDEX_KEY = "another-key"
    assert blind_index(ContactKind.PHONE, CANARY_PHONE) != first


def _raw(table: str, column: str, pk: int) -> str:
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {connection.ops.quote_name(column)} FROM {connection.ops.quote_name(table)} WHERE id = %s",  # noqa: S608
            [pk],
        )
        return cursor.fetchone()[0]


def test_key_rotation_k1_to_k2(settings: Any, conversation: Any, patient_record: Patient) -> None:
    k1 = Fernet.generate_key().decode()
    k2 = Fernet.generate_key().decode()
    # Start from data encrypted under K1 only.
    settings.SCRIPTA_ENCRYPTION_KEYS = [k1, *settings.SCRIPTA_ENCRYPTION_KEYS]
    call_command("rotate_keys", stdout=io.StringIO())
    settings.SCRIPTA_ENCRYPTION_KEYS = [k1]
    message = Message.objects.order_by("pk").first()
    assert message is not None
    before = _raw("conversations_message", "body", message.pk)
    assert Fernet(k1.encode()).decrypt(before.encode()).decode() == message.body

    settings.SCRIPTA_ENCRYPTION_KEYS = [k2, k1]  # add K2 first
    out = io.StringIO()
    call_command("rotate_keys", stdout=out)
    assert "conversations.Message: 2 rows re-encrypted" in out.getvalue()

    settings.SCRIPTA_ENCRYPTION_KEYS = [k2]  # drop K1
    after = _raw("conversations_message", "body", message.pk)
    assert after != before
    assert {m.body for m in Message.objects.all()} == {CANARY_BODY, CANARY_REPLY}
    assert Patient.objects.get(pk=patient_record.pk).notes == CANARY_NOTES
    assert {cp.value for cp in ContactPoint.objects.all()} == {CANARY_PHONE, CANARY_EMAIL}
    # K1 alone can no longer read what was rotated.
    settings.SCRIPTA_ENCRYPTION_KEYS = [k1]
    with pytest.raises(DecryptionError):
        list(Message.objects.all())


def test_without_rotation_dropping_the_old_key_fails_loudly(
    settings: Any, conversation: Any
) -> None:
    k1 = Fernet.generate_key().decode()
    settings.SCRIPTA_ENCRYPTION_KEYS = [k1, *settings.SCRIPTA_ENCRYPTION_KEYS]
    call_command("rotate_keys", stdout=io.StringIO())
    settings.SCRIPTA_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(DecryptionError):
        Message.objects.get(pk=Message.objects.values_list("pk", flat=True).first())


def test_a_wrong_key_fails_loudly(
    settings: Any, conversation: Any, patient_record: Patient
) -> None:
    settings.SCRIPTA_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(DecryptionError):
        list(Message.objects.all())
    with pytest.raises(DecryptionError):
        Patient.objects.get(pk=patient_record.pk)
    with pytest.raises(DecryptionError):
        decrypt_str(encrypt_str("x")[:-4] + "AAAA")


def test_reading_details_and_attachments_are_encrypted_too(
    conversation: Any, settings: Any, tmp_path: Any
) -> None:
    from scripta.conversations.attachments import attachment_dir, store_attachment
    from scripta.conversations.models import MessageReading
    from scripta.conversations.reading import do_read_message

    settings.MEDIA_ROOT = tmp_path
    inbound = Message.objects.get(direction="in")
    do_read_message(inbound.pk)
    assert MessageReading.objects.get(message=inbound).details  # decrypts
    store_attachment(
        inbound,
        content=b"canary-file-5e0d my diary",
        content_type="text/plain",
        original_name="canary-filename-77aa.txt",
    )
    dump = raw_dump()
    for secret in ("canary-body-7f3a", "bridge again", "canary-filename-77aa", "canary-file-5e0d"):
        assert secret not in dump, secret
    files = list(attachment_dir().iterdir())
    assert len(files) == 1
    assert "canary" not in files[0].name
    assert b"canary-file-5e0d" not in files[0].read_bytes()
