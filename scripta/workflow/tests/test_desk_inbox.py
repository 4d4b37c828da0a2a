"""The triaged inbox: order by need, filters, search, markers, live parts, query counts."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from conftest import login_verified
from scripta.accounts.models import Practice, User
from scripta.conversations.models import (
    Conversation,
    DeliveryStatus,
    Direction,
    Message,
    MessageReading,
)
from scripta.patients.models import Channel, Consent, Patient
from scripta.workflow.models import (
    CrisisHandling,
    NoReplyDecision,
    ScheduledReply,
    ScheduledStatus,
)
from scripta.workflow.triage import CRISIS, MODERATE, REST, WAITING, InboxFilters, triaged_rows

LEVELS = ("none", "low", "moderate", "high", "imminent")


def make_patient(practice: Practice, therapist: User, name: str, **extra: Any) -> Patient:
    patient = Patient.objects.create(practice=practice, full_name=name, language="en", **extra)
    patient.therapists.add(therapist)
    Consent.objects.create(patient=patient, channel=Channel.PORTAL, granted_at=timezone.now())
    return patient


def conversation_of(patient: Patient) -> Conversation:
    conversation, _ = Conversation.objects.get_or_create(patient=patient)
    return conversation


def inbound(
    conversation: Conversation,
    body: str = "hello",
    *,
    ago: timedelta = timedelta(0),
    level: str | None = "none",
    signals: tuple[str, ...] = (),
    topics: tuple[str, ...] = (),
    channel: str = Channel.PORTAL,
    evidence: list[tuple[int, int]] | None = None,
) -> Message:
    """An inbound message with a reading shaped like the engine's Reading.to_dict()."""
    when = timezone.now() - ago
    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.INBOUND,
        channel=channel,
        body=body,
        received_at=when,
        sent_at=when,
        status=DeliveryStatus.RECEIVED,
    )
    Message.objects.filter(pk=message.pk).update(created_at=when)
    message.refresh_from_db()
    conversation.last_message_at = max(conversation.last_message_at or when, when)
    conversation.last_inbound_at = conversation.last_message_at
    conversation.save(update_fields=["last_message_at", "last_inbound_at"])
    if level is not None:
        span = evidence or [(0, min(len(body), 5))]
        risk_evidence = []
        if level in ("moderate", "high", "imminent"):
            risk_evidence = [
                {
                    "code": "cue",
                    "level": level,
                    "start": span[0][0],
                    "end": span[0][1],
                    "modifiers": [],
                    "explanation": {"en": f"risk cue {level}", "it": f"indizio {level}"},
                }
            ]
        details = {
            "language": "en",
            "risk": {"level": level, "score": 0.5, "evidence": risk_evidence},
            "topics": list(topics),
            "signals": [
                {
                    "code": code,
                    "evidence": [list(span[0])],
                    "explanation": {"en": f"explains {code}", "it": f"spiega {code}"},
                }
                for code in signals
            ],
            "priority": LEVELS.index(level) * 1000,
            "engine_version": "test",
        }
        MessageReading.objects.create(
            message=message,
            engine_version="test",
            risk_rank=LEVELS.index(level),
            priority=LEVELS.index(level) * 1000,
            details_json=json.dumps(details),
        )
    return message


def outbound(conversation: Conversation, therapist: User, body: str = "Reply. EB") -> Message:
    message = Message.objects.create(
        conversation=conversation,
        direction=Direction.OUTBOUND,
        channel=Channel.PORTAL,
        body=body,
        sender=therapist,
        sent_at=timezone.now(),
        delivered_at=timezone.now(),
        status=DeliveryStatus.DELIVERED,
    )
    conversation.last_message_at = timezone.now()
    conversation.save(update_fields=["last_message_at"])
    return message


@pytest.fixture
def world(practice: Practice, therapist: User) -> dict[str, Conversation]:
    """Five conversations, one per triage situation."""
    rest = conversation_of(make_patient(practice, therapist, "Rita Rest"))
    inbound(rest, "all good, Rita", ago=timedelta(hours=30))
    outbound(rest, therapist)
    waiting_old = conversation_of(make_patient(practice, therapist, "Walter Old"))
    inbound(waiting_old, "a question", ago=timedelta(hours=20))
    late = conversation_of(make_patient(practice, therapist, "Lara Late"))
    inbound(late, "can't sleep", ago=timedelta(hours=2), signals=("late_night",))
    moderate = conversation_of(make_patient(practice, therapist, "Mara Moderate"))
    inbound(
        moderate, "I feel so low", ago=timedelta(hours=1), level="moderate", topics=("support",)
    )
    return {"rest": rest, "waiting": waiting_old, "late": late, "moderate": moderate}


def names(rows: list[Any]) -> list[str]:
    return [r.patient.full_name for r in rows]


def test_triage_order_puts_a_fresh_crisis_first(
    world: dict[str, Conversation], practice: Practice, therapist: User
) -> None:
    crisis = conversation_of(make_patient(practice, therapist, "Carla Crisis"))
    inbound(crisis, "I want to end it", level="imminent", signals=("suicidal_ideation",))
    rows = triaged_rows(therapist)
    assert names(rows) == [
        "Carla Crisis",
        "Mara Moderate",
        "Walter Old",  # waiting 20 h: oldest first
        "Lara Late",
        "Rita Rest",
    ]
    assert [r.group for r in rows] == [CRISIS, MODERATE, WAITING, WAITING, REST]
    assert rows[0].risk_level == "imminent"
    assert "suicidal_ideation" in rows[0].signals


def test_imminent_before_high_and_a_reply_does_not_dismiss(
    world: dict[str, Conversation], practice: Practice, therapist: User
) -> None:
    high = conversation_of(make_patient(practice, therapist, "Hugo High"))
    inbound(high, "I cut myself", ago=timedelta(hours=3), level="high")
    imminent = conversation_of(make_patient(practice, therapist, "Ivo Imminent"))
    inbound(imminent, "tonight I end it", level="imminent")
    outbound(high, therapist)  # a reply is not "handled"
    rows = triaged_rows(therapist)
    assert names(rows)[:2] == ["Ivo Imminent", "Hugo High"]


def test_only_handled_with_a_note_leaves_the_top(
    world: dict[str, Conversation], practice: Practice, therapist: User, verified_client: Client
) -> None:
    crisis = conversation_of(make_patient(practice, therapist, "Carla Crisis"))
    message = inbound(crisis, "I want to end it", level="high")
    verified_client.get(f"/inbox/{crisis.pk}/")  # opening it dismisses nothing
    assert triaged_rows(therapist)[0].conversation == crisis
    CrisisHandling.objects.create(message=message, therapist=therapist, note="called her")
    rows = triaged_rows(therapist)
    assert rows[0].conversation != crisis
    # Handled but not answered yet: with the moderate ones, no longer above everything.
    assert next(r for r in rows if r.conversation == crisis).group == MODERATE
    outbound(crisis, therapist)
    assert next(r for r in triaged_rows(therapist) if r.conversation == crisis).group == REST


def test_no_reply_decision_leaves_the_unanswered_group(
    world: dict[str, Conversation], therapist: User
) -> None:
    waiting = world["waiting"]
    NoReplyDecision.objects.create(
        conversation=waiting, therapist=therapist, up_to=waiting.messages.last()
    )
    row = next(r for r in triaged_rows(therapist) if r.conversation == waiting)
    assert row.group == REST
    inbound(waiting, "and another thing")  # a new message waits again
    row = next(r for r in triaged_rows(therapist) if r.conversation == waiting)
    assert row.group == WAITING


def test_filters_by_signal_topic_channel_patient(
    world: dict[str, Conversation], practice: Practice, therapist: User
) -> None:
    sms = conversation_of(make_patient(practice, therapist, "Sara Sms"))
    inbound(sms, "by text", channel=Channel.SMS)
    assert names(triaged_rows(therapist, InboxFilters(signal="late_night"))) == ["Lara Late"]
    assert names(triaged_rows(therapist, InboxFilters(topic="support"))) == ["Mara Moderate"]
    assert names(triaged_rows(therapist, InboxFilters(channel="sms"))) == ["Sara Sms"]
    only = world["rest"].patient_id
    assert names(triaged_rows(therapist, InboxFilters(patient=only))) == ["Rita Rest"]


def test_search_decrypts_only_the_therapists_own_conversations(
    world: dict[str, Conversation],
    practice: Practice,
    therapist: User,
    second_therapist: User,
) -> None:
    theirs = conversation_of(make_patient(practice, second_therapist, "Other Person"))
    inbound(theirs, "the blue bridge again")
    inbound(world["rest"], "I dreamt of the Blue Bridge", ago=timedelta(hours=40))
    rows = triaged_rows(therapist, InboxFilters(q="blue bridge"))
    assert names(rows) == ["Rita Rest"]
    assert rows[0].search_hits == 1
    assert names(triaged_rows(second_therapist, InboxFilters(q="blue bridge"))) == ["Other Person"]


def test_inbox_page_rows_badges_scheduled_and_filters(
    world: dict[str, Conversation], therapist: User, verified_client: Client
) -> None:
    ScheduledReply.objects.create(
        conversation=world["late"],
        therapist=therapist,
        channel=Channel.PORTAL,
        body="later",
        send_at=timezone.now() + timedelta(hours=2),
        status=ScheduledStatus.PENDING,
    )
    response = verified_client.get("/inbox/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-signal="late_night"' in html
    assert "late night" in html  # translated label, code in the data attribute
    assert 'data-scheduled="1"' in html
    table = html[html.index('<table class="inbox') :]
    assert table.index("Mara Moderate") < table.index("Walter Old") < table.index("Rita Rest")
    filtered = verified_client.get("/inbox/", {"signal": "late_night"}).content.decode()
    filtered = filtered[filtered.index('<table class="inbox') :]
    assert "Lara Late" in filtered and "Walter Old" not in filtered
    assert 'hx-trigger="every 30s"' in html


def test_inbox_in_italian_translates_nothing_wrong(
    world: dict[str, Conversation], verified_client: Client, settings: Any
) -> None:
    response = verified_client.get("/inbox/", HTTP_ACCEPT_LANGUAGE="it")
    assert response.status_code == 200


def test_polling_returns_the_list_partial_only(
    world: dict[str, Conversation], verified_client: Client
) -> None:
    response = verified_client.get("/inbox/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="inbox-list")
    html = response.content.decode()
    assert "<table" in html and "<html" not in html


def test_unread_badge_counts_and_clears(
    world: dict[str, Conversation], verified_client: Client
) -> None:
    response = verified_client.get("/inbox/unread/")
    assert 'data-unread-total="4"' in response.content.decode()
    verified_client.get(f"/inbox/{world['late'].pk}/")
    response = verified_client.get("/inbox/unread/")
    assert 'data-unread-total="3"' in response.content.decode()


def test_outsider_sees_none_of_it(world: dict[str, Conversation], outsider: User) -> None:
    client = login_verified(Client(), outsider)
    html = client.get("/inbox/", {"q": "question"}).content.decode()
    assert "Walter Old" not in html
    assert triaged_rows(outsider) == []


def _build(practice: Practice, therapist: User, count: int) -> None:
    existing = Conversation.objects.filter(patient__therapists=therapist).count()
    for i in range(existing, count):
        conversation = conversation_of(make_patient(practice, therapist, f"Paziente {i}"))
        inbound(conversation, "sono qui", ago=timedelta(hours=i), signals=("unsigned",))
        if i % 3 == 0:
            inbound(conversation, "aiuto", level="high")
        if i % 2 == 0:
            outbound(conversation, therapist)
        ScheduledReply.objects.create(
            conversation=conversation,
            therapist=therapist,
            channel=Channel.PORTAL,
            body="x",
            send_at=timezone.now() + timedelta(hours=1),
        )


def _queries(client: Client, url: str, **params: Any) -> int:
    client.get(url, params)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize("params", [{}, {"q": "aiuto"}, {"signal": "unsigned"}])
def test_inbox_queries_constant_2_vs_20(
    practice: Practice,
    therapist: User,
    verified_client: Client,
    django_assert_max_num_queries: Any,
    params: dict[str, str],
) -> None:
    _build(practice, therapist, 2)
    small = _queries(verified_client, "/inbox/", **params)
    _build(practice, therapist, 20)
    large = _queries(verified_client, "/inbox/", **params)
    assert large == small, f"{small} queries with 2 conversations, {large} with 20"
    with django_assert_max_num_queries(small):
        verified_client.get("/inbox/", params)
    assert _queries(verified_client, "/inbox/unread/") <= 8


def test_excess_flag_with_figures(
    practice: Practice, therapist: User, verified_client: Client
) -> None:
    from scripta.workflow.models import PatientBoundaries

    conversation = conversation_of(make_patient(practice, therapist, "Elio Excess"))
    PatientBoundaries.objects.create(patient=conversation.patient, max_messages=2, per_days=7)
    for hours in (30, 20, 10, 1):
        inbound(conversation, "one more thing", ago=timedelta(hours=hours))
    calm = conversation_of(make_patient(practice, therapist, "Carlo Calm"))
    inbound(calm, "thanks")
    rows = {r.patient.full_name: r for r in triaged_rows(therapist)}
    assert rows["Elio Excess"].excess is not None
    assert (rows["Elio Excess"].excess.count, rows["Elio Excess"].excess.allowed) == (4, 2)
    assert rows["Carlo Calm"].excess is None
    html = verified_client.get("/inbox/").content.decode()
    assert 'data-excess="1"' in html and "4 messages in 7 days (2 agreed)" in html


def test_rows_show_every_channel_of_the_conversation(practice: Practice, therapist: User) -> None:
    conversation = conversation_of(make_patient(practice, therapist, "Cora Channels"))
    inbound(conversation, "by sms", channel=Channel.SMS, ago=timedelta(hours=3))
    outbound(conversation, therapist)  # answered: no pending reading, channels still shown
    inbound(conversation, "by mail", channel=Channel.EMAIL, level=None, ago=timedelta(0))
    row = triaged_rows(therapist)[0]
    assert row.channels == ["email", "portal", "sms"]


def test_inbox_says_the_flags_are_suggestions(verified_client: Client) -> None:
    page = verified_client.get("/inbox/").content.decode()
    assert 'data-testid="reading-limits"' in page
    assert "a message without a flag is not a message without risk" in page
    verified_client.cookies["django_language"] = "it"
    page = verified_client.get("/inbox/").content.decode()
    assert "un messaggio senza segnali non è un messaggio senza rischio" in page
