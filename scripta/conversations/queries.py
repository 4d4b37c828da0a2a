"""Read access to conversations and the inbox query (constant number of queries)."""

from __future__ import annotations

from django.db.models import Count, F, OuterRef, Q, QuerySet, Subquery
from django.http import Http404, HttpRequest

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.conversations.models import Conversation, Direction, Message, ReadState


def conversations_of(user: User) -> QuerySet[Conversation]:
    if not user.is_authenticated or not user.is_active or not user.is_therapist:
        return Conversation.objects.none()
    return Conversation.objects.filter(
        patient__therapists=user,
        patient__restricted_at__isnull=True,
        patient__erased_at__isnull=True,
    )


def _denied(request: HttpRequest, kind: str, object_id: int) -> Http404:
    record("access.denied", request=request, detail={"object": kind, "id": object_id})
    return Http404()


def access_conversation(request: HttpRequest, conversation_id: int) -> Conversation:
    conversation = (
        conversations_of(request.user)  # type: ignore[arg-type]
        .select_related("patient")
        .filter(pk=conversation_id)
        .first()
    )
    if conversation is None:
        raise _denied(request, "conversation", conversation_id)
    return conversation


def access_message(request: HttpRequest, message_id: int) -> Message:
    """A message of one of the therapist's own patients; 404 (audited) for anyone else."""
    message = (
        Message.objects.select_related("conversation__patient", "reading")
        .filter(
            pk=message_id,
            conversation__in=conversations_of(request.user),  # type: ignore[arg-type]
        )
        .first()
    )
    if message is None:
        raise _denied(request, "message", message_id)
    return message


def inbox_rows(user: User) -> QuerySet[Conversation]:
    last_read = ReadState.objects.filter(conversation=OuterRef("pk"), user=user).values(
        "last_read_at"
    )[:1]
    inbound = Q(messages__direction=Direction.INBOUND)
    return (
        conversations_of(user)
        .select_related("patient")
        .annotate(last_read_at=Subquery(last_read))
        .annotate(
            unread=Count(
                "messages",
                filter=inbound
                & (Q(last_read_at__isnull=True) | Q(messages__created_at__gt=F("last_read_at"))),
            )
        )
        .order_by(F("last_message_at").desc(nulls_last=True), "pk")
    )


def unread_total(user: User) -> int:
    """One query, whatever the number of conversations."""
    last_read = ReadState.objects.filter(conversation=OuterRef("conversation"), user=user).values(
        "last_read_at"
    )[:1]
    return (
        Message.objects.filter(conversation__in=conversations_of(user), direction=Direction.INBOUND)
        .annotate(last_read_at=Subquery(last_read))
        .filter(Q(last_read_at__isnull=True) | Q(created_at__gt=F("last_read_at")))
        .count()
    )


def timeline(conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related(
        "reading", "sender", "crisis_handling"
    ).prefetch_related("attachments")
