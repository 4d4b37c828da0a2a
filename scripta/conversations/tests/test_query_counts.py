"""The number of queries of the inbox, the conversation view and sending a reply does not grow
with the data: measured with 2 and with 20 conversations / messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from scripta.accounts.models import Practice, User
from scripta.conversations.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    MessageReading,
)
from scripta.patients.models import Channel, Consent, Patient

# Upper bounds, counting the test transaction's savepoints (about a third). The desk panel,
# composer checks and read-receipt lookup add a constant number of queries; the real guard
# against an N+1 is the 2-vs-20 equality, the bounds catch a runaway constant.
MAX_INBOX = 24
MAX_CONVERSATION = 40
MAX_REPLY = 45


def _patient_with_messages(
    practice: Practice, therapist: User, index: int, messages: int
) -> Conversation:
    patient = Patient.objects.create(
        practice=practice, full_name=f"Paziente {index}", language="it"
    )
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    conversation = Conversation.objects.create(patient=patient, last_message_at=timezone.now())
    _add_messages(conversation, therapist, messages)
    return conversation


def _add_messages(conversation: Conversation, therapist: User, count: int) -> None:
    for i in range(count):
        inbound = i % 2 == 0
        message = Message.objects.create(
            conversation=conversation,
            direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
            channel=Channel.PORTAL,
            body=f"message {i}",
            sender=None if inbound else therapist,
            received_at=timezone.now() if inbound else None,
            sent_at=None if inbound else timezone.now(),
            status=DeliveryStatus.RECEIVED if inbound else DeliveryStatus.DELIVERED,
        )
        if inbound:
            MessageReading.objects.create(
                message=message,
                engine_version="test",
                details_json=json.dumps({"risk": {"level": "none"}, "signals": [], "topics": []}),
            )


def _count(client: Client, request: Callable[[Client], Any]) -> int:
    request(client)  # warm up: session, caches
    with CaptureQueriesContext(connection) as ctx:
        response = request(client)
    assert response.status_code in (200, 302)
    return len(ctx.captured_queries)


@pytest.fixture
def inbox_with(practice: Practice, therapist: User) -> Callable[[int], None]:
    def build(conversations: int) -> None:
        existing = Conversation.objects.filter(patient__therapists=therapist).count()
        for i in range(existing, conversations):
            _patient_with_messages(practice, therapist, i, messages=3)

    return build


def test_inbox_queries_do_not_grow(
    inbox_with: Callable[[int], None], verified_client: Client, django_assert_max_num_queries: Any
) -> None:
    def get(client: Client) -> Any:
        return client.get("/inbox/")

    inbox_with(2)
    small = _count(verified_client, get)
    inbox_with(20)
    large = _count(verified_client, get)
    assert len(verified_client.get("/inbox/").context["rows"]) == 20
    assert large == small, f"inbox: {small} queries with 2 conversations, {large} with 20"
    with django_assert_max_num_queries(MAX_INBOX):
        get(verified_client)


def test_unread_badge_queries_do_not_grow(
    inbox_with: Callable[[int], None], verified_client: Client
) -> None:
    def get(client: Client) -> Any:
        return client.get("/inbox/unread/")

    inbox_with(2)
    small = _count(verified_client, get)
    inbox_with(20)
    assert _count(verified_client, get) == small


@pytest.fixture
def one_conversation(practice: Practice, therapist: User) -> Conversation:
    return _patient_with_messages(practice, therapist, 0, messages=2)


def test_conversation_view_queries_do_not_grow(
    one_conversation: Conversation,
    therapist: User,
    verified_client: Client,
    django_assert_max_num_queries: Any,
) -> None:
    def get(client: Client) -> Any:
        return client.get(f"/inbox/{one_conversation.pk}/")

    small = _count(verified_client, get)
    _add_messages(one_conversation, therapist, 18)
    large = _count(verified_client, get)
    assert len(verified_client.get(f"/inbox/{one_conversation.pk}/").context["messages_list"]) == 20
    assert large == small, f"conversation: {small} queries with 2 messages, {large} with 20"
    with django_assert_max_num_queries(MAX_CONVERSATION):
        get(verified_client)


@pytest.mark.parametrize("htmx", [False, True])
def test_sending_a_reply_queries_do_not_grow(
    htmx: bool,
    one_conversation: Conversation,
    therapist: User,
    verified_client: Client,
    django_assert_max_num_queries: Any,
) -> None:
    headers = {"HTTP_HX_REQUEST": "true"} if htmx else {}

    def post(client: Client) -> Any:
        return client.post(
            f"/inbox/{one_conversation.pk}/", {"body": "Reply. EB", "channel": "portal"}, **headers
        )

    small = _count(verified_client, post)
    _add_messages(one_conversation, therapist, 18)
    large = _count(verified_client, post)
    assert large == small, f"reply: {small} queries with few messages, {large} with 20 more"
    with django_assert_max_num_queries(MAX_REPLY):
        post(verified_client)


def test_portal_queries_do_not_grow(
    conversation: Conversation, patient_client: Client, therapist: User
) -> None:
    def get(client: Client) -> Any:
        return client.get("/portal/")

    small = _count(patient_client, get)
    _add_messages(conversation, therapist, 18)
    assert _count(patient_client, get) == small
