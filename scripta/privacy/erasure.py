"""What an erasure removes: rows, files and queued work of one patient, selected by their ids.

Erased by default: every table that points at the patient (``Patient._meta.related_objects``)
is emptied for them, so a model added later is erased too unless someone decides otherwise.
The ``Patient`` row stays as a tombstone (no name, no notes, ``erased_at``): the audit trail
refers to its id and the administrator's audit view finds the entries through it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.db.models import Q

from scripta.accounts.models import Invitation, User
from scripta.conversations.attachments import attachment_dir
from scripta.conversations.models import Attachment, Conversation, Message
from scripta.patients.models import Patient

# Every background task of the project and the kind of id its first argument is. A task that
# is missing here fails test_every_task_is_classified: erasure must know what its rows hold.
TASK_ARGUMENTS: dict[str, str | None] = {
    "scripta.conversations.tasks.read_inbound_message": "message",
    "scripta.channels.outbox.send_outbound": "message",
    "scripta.channels.outbox.sweep_outbox": None,
    "scripta.channels.tasks.send_read_receipt": "conversation",
    "scripta.workflow.tasks.send_scheduled_reply": "scheduled",
    "scripta.workflow.tasks.sweep_scheduled_replies": None,
    "scripta.workflow.tasks.send_crisis_alerts": "message",
    "scripta.workflow.tasks.acknowledge_if_off_hours": "message",
    "scripta.privacy.tasks.tell_administrators_about_held_message": "message",
}


@dataclass
class Erased:
    counts: dict[str, int] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)


def _task_rows(ids: dict[str, set[int]]) -> int:
    try:
        from django_tasks_db.models import DBTaskResult
    except ImportError:  # another task backend keeps no rows here
        return 0
    doomed = []
    paths = [path for path, kind in TASK_ARGUMENTS.items() if kind is not None]
    for pk, path, args_kwargs in DBTaskResult.objects.filter(task_path__in=paths).values_list(
        "pk", "task_path", "args_kwargs"
    ):
        args = (args_kwargs or {}).get("args") or []
        kind = TASK_ARGUMENTS[path]
        if args and kind is not None and args[0] in ids[kind]:
            doomed.append(pk)
    DBTaskResult.objects.filter(pk__in=doomed).delete()
    return len(doomed)


def _first_contacts(patient: Patient, lookups: set[str], erased: Erased) -> None:
    from scripta.channels.models import FirstContact, FirstContactFile

    contacts = FirstContact.objects.filter(Q(patient=patient) | Q(sender_lookup__in=lookups))
    erased.files += list(
        FirstContactFile.objects.filter(contact__in=contacts).values_list("stored_name", flat=True)
    )
    erased.counts["first_contacts"] = contacts.delete()[1].get("channels.FirstContact", 0)


def _parked_statuses(provider_ids: list[tuple[str, str]]) -> None:
    from scripta.channels.models import ParkedStatus

    for provider, provider_id in provider_ids:
        ParkedStatus.objects.filter(provider=provider, provider_message_id=provider_id).delete()


def _portal_user(user: User | None, patient: Patient) -> None:
    """Deactivated (which ends every session) and anonymised; the row stays for the audit's ids."""
    if user is None:
        return
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    old_username = user.username
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        model.objects.filter(username=old_username).delete()
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    user.username = f"erased-{patient.pk}-{secrets.token_hex(4)}"
    user.first_name = user.last_name = user.email = user.signature = ""
    user.set_unusable_password()
    user.is_active = False
    user.save()


def erase_rows(patient: Patient) -> Erased:
    """Inside the caller's transaction. Returns what was removed and the files to unlink."""
    erased = Erased()
    conversation = Conversation.objects.filter(patient=patient).first()
    messages = Message.objects.filter(conversation=conversation)
    ids: dict[str, set[int]] = {
        "message": set(messages.values_list("pk", flat=True)),
        "conversation": {conversation.pk} if conversation else set(),
        "scheduled": set(
            conversation.scheduled_replies.values_list("pk", flat=True) if conversation else []
        ),
    }
    erased.files += list(
        Attachment.objects.filter(message__in=messages).values_list("stored_name", flat=True)
    )
    provider_ids = list(
        messages.exclude(provider_message_id=None).values_list("provider", "provider_message_id")
    )
    lookups = set(patient.contact_points.values_list("lookup", flat=True))
    erased.counts["messages"] = len(ids["message"])
    erased.counts["attachments"] = len(erased.files)
    erased.counts["tasks"] = _task_rows(ids)
    _first_contacts(patient, lookups, erased)
    _parked_statuses([(p, i) for p, i in provider_ids if i])
    if conversation is not None:
        conversation.delete()  # messages, readings, attachments' rows, outbox, desk items
    Invitation.objects.filter(patient=patient).delete()
    for relation in Patient._meta.related_objects:
        if relation.many_to_many or relation.related_model in (Conversation, User, Invitation):
            continue
        if relation.on_delete.__name__ != "CASCADE":  # type: ignore[union-attr]
            continue  # SET_NULL links (first contacts) were handled above
        model: Any = relation.related_model
        model._base_manager.filter(**{relation.field.name: patient}).delete()
    patient.therapists.clear()
    _portal_user(patient.user, patient)
    return erased


def scrub_sqlite() -> None:
    """SQLite in WAL mode keeps the old page images in the main file until a checkpoint: copy the
    new (zero-filled, see ``PRAGMA secure_delete`` in apps.py) pages back now and empty the WAL.
    A busy checkpoint (a long reader) completes at the next automatic checkpoint instead."""
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def unlink_files(names: list[str]) -> None:
    directory = attachment_dir()
    for name in names:
        path = directory / Path(name).name  # generated names only, never a path
        path.unlink(missing_ok=True)
