"""One patient's data as a ZIP (GDPR art. 15 and 20): ``data.json`` (machine-readable, complete),
``access-log.csv`` (who looked at or changed the record), ``README.txt`` (in the patient's
language) and the attachments, decrypted, under generated names.

Everything is selected by the patient's own ids (their conversation, its messages); nothing is
selected by name or text, so another patient's data cannot slip in.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from scripta.accounts.models import User
from scripta.audit.models import AuditEntry
from scripta.conversations.attachments import read_attachment
from scripta.conversations.models import Conversation, Message
from scripta.core.crypto import DecryptionError
from scripta.patients.models import Patient

FORMAT = "scripta-patient-export"
VERSION = 1


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _person(user: User | None) -> dict[str, str] | None:
    if user is None:
        return None
    return {"role": user.role, "name": user.display_name}


def _conversation(patient: Patient) -> Conversation | None:
    return Conversation.objects.filter(patient=patient).first()


def _patient_part(patient: Patient, include_notes: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": patient.pk,
        "full_name": patient.full_name,
        "preferred_names": patient.preferred_names,
        "date_of_birth": _iso(patient.date_of_birth),
        "kind": patient.kind,
        "language": patient.language,
        "timezone": patient.timezone,
        "status": patient.status,
        "created_at": _iso(patient.created_at),
        "updated_at": _iso(patient.updated_at),
        "restricted_at": _iso(patient.restricted_at),
        "portal_account": patient.user_id is not None,
        "treating_therapists": [_person(t) for t in patient.therapists.order_by("pk")],
        "practice": patient.practice.name,
    }
    if include_notes:
        data["clinical_notes"] = patient.notes
    return data


def _messages(
    conversation: Conversation | None, include_notes: bool, files: dict[str, bytes]
) -> list[dict[str, Any]]:
    if conversation is None:
        return []
    rows = []
    queryset = (
        Message.objects.filter(conversation=conversation)
        .select_related("sender", "reading", "source", "crisis_handling")
        .prefetch_related("attachments")
        .order_by("created_at", "pk")
    )
    for message in queryset:
        rows.append(_message(message, include_notes, files))
    return rows


def _message(message: Message, include_notes: bool, files: dict[str, bytes]) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": message.pk,
        "direction": message.direction,
        "channel": message.channel,
        "body": message.body,
        "from": "patient" if message.is_inbound else _person(message.sender),
        "automatic": message.automatic,
        "held_during_restriction": message.held,
        "status": message.status,
        "error_code": message.error_code,
        "created_at": _iso(message.created_at),
        "sent_at": _iso(message.sent_at),
        "received_at": _iso(message.received_at),
        "delivered_at": _iso(message.delivered_at),
        "attachments": [],
    }
    source = getattr(message, "source", None)
    if source is not None and source.original_text:
        row["original_text"] = source.original_text
    reading = getattr(message, "reading", None)
    if reading is not None:
        row["reading"] = {
            "engine_version": reading.engine_version,
            "risk_rank": reading.risk_rank,
            "priority": reading.priority,
            "details": reading.details,
            "read_at": _iso(reading.read_at),
        }
    handling = getattr(message, "crisis_handling", None)
    if handling is not None:
        row["crisis_handled"] = {"at": _iso(handling.handled_at)}
        if include_notes:
            row["crisis_handled"]["note"] = handling.note
    for number, attachment in enumerate(message.attachments.all(), start=1):
        extension = settings.SCRIPTA_ATTACHMENT_TYPES.get(attachment.content_type, ".bin")
        name = f"attachments/message-{message.pk}-{number}{extension}"
        item = {
            "file": name,
            "original_name": attachment.original_name,
            "content_type": attachment.content_type,
            "size": attachment.size,
            "sha256": attachment.sha256,
        }
        try:
            files[name] = read_attachment(attachment)
        except (OSError, DecryptionError):
            item["file"] = None
            item["missing"] = True
        row["attachments"].append(item)
    return row


def _workflow(
    patient: Patient, conversation: Conversation | None, include_notes: bool
) -> dict[str, Any]:
    from scripta.workflow.models import NoReplyDecision, SavedForSession, ScheduledReply

    data: dict[str, Any] = {"scheduled_replies": [], "saved_for_session": [], "no_reply": []}
    if conversation is None:
        return data
    for scheduled in ScheduledReply.objects.filter(conversation=conversation).order_by("send_at"):
        data["scheduled_replies"].append(
            {
                "channel": scheduled.channel,
                "body": scheduled.body,
                "send_at": _iso(scheduled.send_at),
                "status": scheduled.status,
                "reason": scheduled.reason,
                "sent_message_id": scheduled.sent_message_id,
                "created_at": _iso(scheduled.created_at),
            }
        )
    saved_items = SavedForSession.objects.filter(message__conversation=conversation).order_by("pk")
    for saved in saved_items:
        item: dict[str, Any] = {
            "message_id": saved.message_id,
            "saved_at": _iso(saved.saved_at),
            "discussed_at": _iso(saved.discussed_at),
        }
        if include_notes:
            item["note"] = saved.note
        data["saved_for_session"].append(item)
    for decision in NoReplyDecision.objects.filter(conversation=conversation).order_by("pk"):
        item = {"up_to_message_id": decision.up_to_id, "decided_at": _iso(decision.decided_at)}
        if include_notes:
            item["reason"] = decision.reason
        data["no_reply"].append(item)
    return data


def _agreements(patient: Patient) -> dict[str, Any]:
    from scripta.workflow.models import PatientBoundaries

    boundaries = PatientBoundaries.objects.filter(patient=patient).first()
    return {
        "contact_points": [
            {"kind": c.kind, "value": c.value} for c in patient.contact_points.order_by("pk")
        ],
        "consents": [
            {
                "channel": c.channel,
                "agreement_version": c.agreement_version,
                "granted_at": _iso(c.granted_at),
                "withdrawn_at": _iso(c.withdrawn_at),
            }
            for c in patient.consents.order_by("granted_at", "pk")
        ],
        "agreement_acceptances": [
            {
                "therapist": _person(a.therapist),
                "language": a.language,
                "version": a.version,
                "text_sha256": a.body_sha256,
                "accepted_at": _iso(a.accepted_at),
                "recorded_by": _person(a.recorded_by),
            }
            for a in patient.acceptances.select_related("therapist", "recorded_by").order_by("pk")
        ],
        "boundaries": None
        if boundaries is None
        else {
            "max_messages": boundaries.max_messages,
            "per_days": boundaries.per_days,
            "max_email_chars": boundaries.max_email_chars,
            "agreement_note": boundaries.agreement_note,
            "read_receipts": boundaries.read_receipts,
        },
    }


def _appointments(patient: Patient) -> list[dict[str, Any]]:
    return [
        {
            "starts_at": _iso(a.starts_at),
            "ends_at": _iso(a.ends_at),
            "kind": a.kind,
            "status": a.status,
            "therapist": _person(a.therapist),
        }
        for a in patient.appointments.select_related("therapist").order_by("starts_at")
    ]


def _first_contacts(patient: Patient) -> list[dict[str, Any]]:
    from scripta.channels.models import FirstContact

    return [
        {
            "received_at": _iso(c.received_at),
            "sent_at": _iso(c.sent_at),
            "provider": c.provider,
            "state": c.state,
            "body": c.body,
        }
        for c in FirstContact.objects.filter(patient=patient).order_by("received_at")
    ]


def access_entries(patient: Patient) -> list[AuditEntry]:
    """The audit entries about this patient, and refused attempts to reach their record."""
    conversation = _conversation(patient)
    about = Q(patient_id=patient.pk) | Q(
        action="access.denied", detail__object="patient", detail__id=patient.pk
    )
    if conversation is not None:
        about |= Q(
            action="access.denied", detail__object="conversation", detail__id=conversation.pk
        )
    return list(AuditEntry.objects.filter(about).order_by("at", "pk"))


def access_log(patient: Patient) -> list[dict[str, Any]]:
    """When, who (role and name of staff; the patient themself; a named service), what.

    IP addresses are left out: they are the staff's data and say nothing about the patient.
    """
    entries = access_entries(patient)
    users = User.objects.in_bulk({e.actor_id for e in entries if e.actor_id is not None})
    rows = []
    for entry in entries:
        user = users.get(entry.actor_id) if entry.actor_id is not None else None
        if user is not None and patient.user_id == user.pk:
            who = {"role": "patient", "name": "patient"}
        elif user is not None:
            who = {"role": user.role, "name": user.display_name}
        elif entry.actor_label.startswith("service:"):
            who = {"role": "service", "name": entry.actor_label}
        else:
            who = {"role": "unknown", "name": entry.actor_label}
        rows.append(
            {
                "at": _iso(entry.at),
                "role": who["role"],
                "who": who["name"],
                "action": entry.action,
                "object": f"{entry.object_type} {entry.object_id}".strip(),
            }
        )
    return rows


def collect(patient: Patient, *, include_notes: bool, files: dict[str, bytes]) -> dict[str, Any]:
    conversation = _conversation(patient)
    data: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generated_at": _iso(timezone.now()),
        "clinical_notes_included": include_notes,
        "patient": _patient_part(patient, include_notes),
        **_agreements(patient),
        "messages": _messages(conversation, include_notes, files),
        "appointments": _appointments(patient),
        "first_contacts": _first_contacts(patient),
        **_workflow(patient, conversation, include_notes),
        "access_log": access_log(patient),
    }
    return data


def _csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["at", "role", "who", "action", "object"])
    writer.writeheader()
    for row in rows:
        # A value starting with = + - @ would be a formula in a spreadsheet: neutralise it.
        writer.writerow({k: ("'" + v if str(v)[:1] in "=+-@" else v) for k, v in row.items()})
    return out.getvalue()


def _readme(patient: Patient, data: dict[str, Any], requested_by: str) -> str:
    zone = ZoneInfo(patient.timezone) if patient.timezone else ZoneInfo("UTC")
    with translation.override(patient.language):
        return render_to_string(
            "privacy/export_readme.txt",
            {
                "patient": patient,
                "generated": timezone.localtime(timezone.now(), zone).strftime("%Y-%m-%d %H:%M"),
                "requested_by": requested_by,
                "notes_included": data["clinical_notes_included"],
                "counts": {
                    "messages": len(data["messages"]),
                    "attachments": sum(len(m["attachments"]) for m in data["messages"]),
                    "appointments": len(data["appointments"]),
                    "access": len(data["access_log"]),
                },
            },
        )


def build_zip(patient: Patient, *, include_notes: bool, requested_by: str) -> tuple[bytes, int]:
    """The ZIP's bytes and the number of files inside it."""
    files: dict[str, bytes] = {}
    data = collect(patient, include_notes=include_notes, files=files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", _readme(patient, data, requested_by))
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False, indent=2))
        archive.writestr("access-log.csv", _csv(data["access_log"]))
        for name, content in files.items():
            archive.writestr(name, content)
        count = 3 + len(files)
    return buffer.getvalue(), count
