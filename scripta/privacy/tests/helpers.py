"""A patient with canary content in every place the export and the erasure must cover."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.db import connection
from django.utils import timezone

from scripta.accounts.models import User
from scripta.appointments.models import Appointment
from scripta.audit.actions import record
from scripta.channels.models import (
    ChannelAccount,
    FirstContact,
    FirstContactFile,
    InboundSource,
    OutboxEntry,
)
from scripta.conversations.attachments import store_attachment
from scripta.conversations.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    MessageReading,
)
from scripta.core.crypto import blind_index, encrypted_fields
from scripta.patients.actions import do_accept_agreement
from scripta.patients.models import Channel, Consent, ContactKind, ContactPoint, Patient
from scripta.workflow.models import (
    CrisisHandling,
    NoReplyDecision,
    PatientBoundaries,
    SavedForSession,
    ScheduledReply,
)

PNG = b"\x89PNG\r\n\x1a\n"


@dataclass
class Planted:
    patient: Patient
    conversation: Conversation
    inbound: Message
    outbound: Message
    canary: str


def plant(
    patient: Patient, therapist: User, canary: str, *, phone: str = "+393339990001"
) -> Planted:
    """Put ``canary`` in every kind of row, file and queued work that belongs to ``patient``."""
    patient.full_name = f"{canary} Name"
    patient.preferred_names = f"{canary}-pref"
    patient.notes = f"{canary} notes"
    patient.save()
    ContactPoint.objects.create(patient=patient, kind=ContactKind.PHONE, value=phone)
    ContactPoint.objects.create(
        patient=patient, kind=ContactKind.EMAIL, value=f"{canary}@example.org"
    )
    Consent.objects.get_or_create(
        patient=patient, channel=Channel.SMS, defaults={"granted_at": timezone.now()}
    )
    do_accept_agreement(therapist, patient, therapist, "en")
    conversation, _ = Conversation.objects.get_or_create(
        patient=patient, defaults={"last_message_at": timezone.now()}
    )
    now = timezone.now()
    inbound = Message.objects.create(
        conversation=conversation,
        direction=Direction.INBOUND,
        channel=Channel.SMS,
        body=f"{canary} inbound body",
        received_at=now,
        provider="twilio_sms",
        provider_message_id=f"SM-{canary}",
        status=DeliveryStatus.RECEIVED,
    )
    outbound = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTBOUND,
        channel=Channel.SMS,
        body=f"{canary} outbound reply",
        sender=therapist,
        status=DeliveryStatus.QUEUED,
        error_message=f"{canary} provider said",
    )
    OutboxEntry.objects.create(message=outbound, next_attempt_at=now)
    store_attachment(
        inbound,
        content=PNG + f"{canary} file".encode(),
        content_type="image/png",
        original_name=f"{canary}.png",
    )
    MessageReading.objects.create(
        message=inbound, engine_version="t", details_json=json.dumps({"quote": canary})
    )
    InboundSource.objects.create(message=inbound, original_text=f"{canary} original", raw=canary)
    SavedForSession.objects.create(message=inbound, therapist=therapist, note=f"{canary} saved")
    CrisisHandling.objects.create(message=inbound, therapist=therapist, note=f"{canary} handled")
    NoReplyDecision.objects.create(
        conversation=conversation, therapist=therapist, up_to=inbound, reason=f"{canary} why"
    )
    ScheduledReply.objects.create(
        conversation=conversation,
        therapist=therapist,
        channel=Channel.SMS,
        body=f"{canary} later",
        send_at=now + timedelta(hours=3),
    )
    PatientBoundaries.objects.create(patient=patient, agreement_note=f"{canary} rhythm")
    Appointment.objects.create(
        patient=patient, therapist=therapist, starts_at=now, ends_at=now + timedelta(hours=1)
    )
    account = ChannelAccount.objects.get_or_create(
        practice=patient.practice, kind="twilio_sms", defaults={"address": "+390200000000"}
    )[0]
    routed = FirstContact.objects.create(
        account=account,
        sender=phone,
        sender_lookup=blind_index("phone", phone),
        body=f"{canary} first contact",
        provider="twilio_sms",
        provider_message_id=f"FC-{canary}",
        patient=patient,
    )
    FirstContactFile.objects.create(
        contact=routed,
        stored_name=f"fc{canary[-6:]}.png",
        original_name=f"{canary}-fc.png",
        content_type="image/png",
        size=1,
        sha256="0" * 64,
    )
    from scripta.conversations.attachments import attachment_dir
    from scripta.core.crypto import encrypt_bytes

    (attachment_dir() / f"fc{canary[-6:]}.png").write_bytes(encrypt_bytes(canary.encode()))
    from django_tasks_db.models import DBTaskResult

    for path, arg in (
        ("scripta.conversations.tasks.read_inbound_message", inbound.pk),
        ("scripta.channels.outbox.send_outbound", outbound.pk),
        ("scripta.channels.tasks.send_read_receipt", conversation.pk),
    ):
        DBTaskResult.objects.create(
            args_kwargs={"args": [arg], "kwargs": {}},
            task_path=path,
            backend_name="default",
            run_after=now,
            exception_class_path="",
            traceback=f"{canary} in a traceback",
        )
    record("patient.view", actor=therapist, patient_id=patient.pk, obj=patient)
    return Planted(patient, conversation, inbound, outbound, canary)


def text_dump() -> str:
    """Every text, JSON and binary column of every table, as the database returns it."""
    chunks: list[str] = []
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type IN "
                "('text', 'character varying', 'character', 'json', 'jsonb', 'bytea')"
            )
            columns = cursor.fetchall()
            for table, column in columns:
                cursor.execute(
                    f'SELECT "{column}"::text FROM "{table}"'  # noqa: S608 - names from the catalogue
                )
                chunks.extend(str(v) for (v,) in cursor.fetchall() if v is not None)
        else:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            for (table,) in cursor.fetchall():
                cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608 - names from the catalogue
                for row in cursor.fetchall():
                    chunks.extend(
                        v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row
                    )
    return "\n".join(chunks)


def decrypted_values() -> str:
    """Every encrypted field of every model, decrypted."""
    chunks: list[str] = []
    for model in apps.get_models():
        fields = encrypted_fields(model)
        if fields:
            for row in model._base_manager.values_list(*fields):
                chunks.extend(str(v) for v in row)
    return "\n".join(chunks)


def raw_sqlite_bytes() -> bytes:
    """The database file as it lies on disk (with its journal), SQLite only."""
    from pathlib import Path

    name = Path(connection.settings_dict["NAME"])
    data = b""
    for suffix in ("", "-journal", "-wal"):
        path = Path(str(name) + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


def all_files_plaintext(directory: Any) -> list[tuple[str, bytes]]:
    from scripta.core.crypto import decrypt_bytes

    out = []
    for path in directory.iterdir():
        if path.is_file():
            raw = path.read_bytes()
            try:
                out.append((path.name, decrypt_bytes(raw)))
            except Exception:
                out.append((path.name, raw))
    return out
