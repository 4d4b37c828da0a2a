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
    return Conversation.objects.filter(patient__therapists=user)


def access_conversation(request: HttpRequest, conversation_id: int) -> Conversation:
    conversation = (
        conversations_of(request.user)  # type: ignore[arg-type]
        .select_related("patient")
        .filter(pk=conversation_id)
        .first()
    )
    if conversation is None:
        record(
            "access.denied",
            request=request,
            detail={"object": "conversation", "id": conversation_id},
        )
        raise Http404
    return conversation


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
    return sum(row.unread for row in inbox_rows(user))  # type: ignore[attr-defined]


def timeline(conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related("reading", "sender").prefetch_related("attachments")
