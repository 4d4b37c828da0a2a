"""Writes on the therapist's desk. Each runs in one transaction with its audit entry.

Logs and audit details carry ids, never content: notes and reasons are clinical.
"""

from __future__ import annotations

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.conversations.models import Conversation, Direction, Message
from scripta.workflow.models import (
    CrisisHandling,
    NoReplyDecision,
    ReplyTemplate,
    SavedForSession,
)

HIGH_RANK = 3


class DeskError(Exception):
    """A desk action that does not apply (e.g. 'handled' on a message that is not a crisis)."""


def do_save_for_session(
    therapist: User, message: Message, *, note: str = "", request: HttpRequest | None = None
) -> SavedForSession:
    """Put a message on the next session's agenda (saving again updates the note)."""
    with transaction.atomic():
        saved, created = SavedForSession.objects.get_or_create(
            message=message, therapist=therapist, defaults={"note": note}
        )
        if not created:
            saved.note = note or saved.note
            saved.discussed_at = None  # saved again: back on the agenda
            saved.save(update_fields=["note", "discussed_at"])
        record(
            "session.saved",
            request=request,
            actor=therapist,
            patient_id=message.conversation.patient_id,
            obj=saved,
            detail={"message": message.pk, "with_note": bool(note)},
        )
    return saved


def do_mark_discussed(
    therapist: User, saved: SavedForSession, *, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        saved.discussed_at = timezone.now()
        saved.save(update_fields=["discussed_at"])
        record(
            "session.discussed",
            request=request,
            actor=therapist,
            patient_id=saved.message.conversation.patient_id,
            obj=saved,
            detail={"message": saved.message_id},
        )


def do_no_reply(
    therapist: User,
    conversation: Conversation,
    *,
    reason: str = "",
    request: HttpRequest | None = None,
) -> NoReplyDecision:
    """'No reply, deliberately' up to the latest inbound message: it leaves the unanswered group."""
    last_inbound = (
        conversation.messages.filter(direction=Direction.INBOUND).order_by("-created_at").first()
    )
    if last_inbound is None:
        raise DeskError("nothing to leave unanswered")
    with transaction.atomic():
        decision = NoReplyDecision.objects.create(
            conversation=conversation, therapist=therapist, up_to=last_inbound, reason=reason
        )
        record(
            "conversation.no_reply",
            request=request,
            actor=therapist,
            patient_id=conversation.patient_id,
            obj=decision,
            detail={"up_to": last_inbound.pk, "with_reason": bool(reason)},
        )
    return decision


def do_handle_crisis(
    therapist: User, message: Message, *, note: str, request: HttpRequest | None = None
) -> CrisisHandling:
    """The only way a high/imminent message leaves the top of the inbox: a note is required."""
    note = note.strip()
    if not note:
        raise DeskError("a note is required")
    reading = getattr(message, "reading", None)
    if reading is None or reading.risk_rank < HIGH_RANK:
        raise DeskError("not a crisis message")
    with transaction.atomic():
        handling, created = CrisisHandling.objects.get_or_create(
            message=message, defaults={"therapist": therapist, "note": note}
        )
        if not created:
            raise DeskError("already handled")
        record(
            "crisis.handled",
            request=request,
            actor=therapist,
            patient_id=message.conversation.patient_id,
            obj=handling,
            detail={"message": message.pk, "risk_rank": reading.risk_rank},
        )
    return handling


def do_save_template(
    therapist: User,
    template: ReplyTemplate | None,
    *,
    topic: str,
    language: str,
    title: str,
    body: str,
    request: HttpRequest | None = None,
) -> ReplyTemplate:
    with transaction.atomic():
        created = template is None
        if template is None:
            template = ReplyTemplate(therapist=therapist)
        template.topic, template.language = topic, language
        template.title, template.body = title, body
        template.save()
        record(
            "template.created" if created else "template.edited",
            request=request,
            actor=therapist,
            obj=template,
            detail={"topic": topic, "language": language},
        )
    return template


def do_delete_template(
    therapist: User, template: ReplyTemplate, *, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        record(
            "template.deleted",
            request=request,
            actor=therapist,
            obj=template,
            detail={"topic": template.topic, "language": template.language},
        )
        template.delete()
