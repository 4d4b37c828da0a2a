"""The triaged inbox: conversations ordered by need, in a constant number of queries.

Groups, in order:
0. an unhandled ``high``/``imminent`` message (whenever it came: replying does not dismiss it,
   only an explicit "handled" with a note does), imminent first, then oldest first;
1. an unanswered ``moderate`` message (or a handled crisis not yet answered), oldest first;
2. late-night, urgent and other unanswered messages, oldest waiting first;
3. the rest, most recent first.

"Unanswered" means inbound messages after the therapist's last reply and after the last
"no reply, deliberately" decision. Readings are encrypted, so signals and topics are decrypted
here (a fixed number of queries for all rows), never filtered in SQL.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.db.models import (
    DateTimeField,
    Exists,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest
from django.utils import timezone

from scripta.accounts.models import User
from scripta.conversations.models import Conversation, Direction, Message, MessageReading
from scripta.conversations.queries import inbox_rows
from scripta.workflow.models import CrisisHandling, NoReplyDecision, ScheduledReply, ScheduledStatus

logger = logging.getLogger(__name__)

CRISIS, MODERATE, WAITING, REST = 0, 1, 2, 3
HIGH_RANK = 3  # analysis.RISK_LEVELS.index("high")
MODERATE_RANK = 2
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
SEARCH_LIMIT = 2000  # the most recent messages searched (decrypted in memory), per request
SEARCH_MAX_CHARS = 100


@dataclass
class InboxFilters:
    signal: str = ""
    topic: str = ""
    channel: str = ""
    patient: int | None = None
    q: str = ""

    @property
    def active(self) -> bool:
        return bool(self.signal or self.topic or self.channel or self.patient or self.q)


@dataclass
class InboxRow:
    conversation: Conversation
    group: int
    unread: int
    waiting_since: datetime | None
    risk_level: str
    signals: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    scheduled: bool = False
    open_crisis: int = 0
    crisis_rank: int = 0
    crisis_since: datetime | None = None
    excess: Any = None
    search_hits: int = 0

    @property
    def pk(self) -> int:
        return self.conversation.pk

    @property
    def patient(self) -> Any:
        return self.conversation.patient

    @property
    def is_crisis(self) -> bool:
        return self.group == CRISIS


def answered_at(conversation_ref: str = "pk") -> Greatest:
    """When the conversation was last answered: a reply, or a deliberate non-reply."""
    last_out = (
        Message.objects.filter(
            conversation=OuterRef(conversation_ref), direction=Direction.OUTBOUND, automatic=False
        )
        .order_by("-created_at")
        .values("created_at")[:1]
    )
    last_decision = (
        NoReplyDecision.objects.filter(conversation=OuterRef(conversation_ref))
        .order_by("-up_to__created_at")
        .values("up_to__created_at")[:1]
    )
    epoch = Value(EPOCH, output_field=DateTimeField())
    return Greatest(
        Coalesce(Subquery(last_out, output_field=DateTimeField()), epoch),
        Coalesce(Subquery(last_decision, output_field=DateTimeField()), epoch),
        output_field=DateTimeField(),
    )


def _base(user: User, filters: InboxFilters) -> QuerySet[Conversation]:
    scheduled = ScheduledReply.objects.filter(
        conversation=OuterRef("pk"), status=ScheduledStatus.PENDING
    )
    # The plain inbox query (own conversations, unread counts) plus what triage needs.
    qs = inbox_rows(user).annotate(
        answered_at=answered_at(),
        last_inbound=Max("messages__created_at", filter=Q(messages__direction=Direction.INBOUND)),
        has_scheduled=Exists(scheduled),
    )
    if filters.channel:
        qs = qs.filter(
            Exists(Message.objects.filter(conversation=OuterRef("pk"), channel=filters.channel))
        )
    return qs.order_by(F("last_message_at").desc(nulls_last=True), "pk")


def _relevant_readings(conversation_ids: list[int]) -> Iterable[MessageReading]:
    """Readings of unanswered inbound messages and of unhandled high/imminent ones (one query)."""
    return (
        MessageReading.objects.filter(
            message__conversation_id__in=conversation_ids,
            message__direction=Direction.INBOUND,
        )
        .annotate(answered=answered_at("message__conversation"))
        .filter(
            Q(message__created_at__gt=F("answered"))
            | Q(risk_rank__gte=HIGH_RANK, message__crisis_handling__isnull=True)
        )
        .annotate(
            created=F("message__created_at"),
            conversation_id=F("message__conversation_id"),
            channel=F("message__channel"),
            handled=Exists(CrisisHandling.objects.filter(message=OuterRef("message"))),
        )
        .order_by("message__created_at")
    )


def _search(user: User, ids: list[int], q: str) -> dict[int, int]:
    """Case-insensitive search in the therapist's own conversations, decrypted here, bounded."""
    needle = q.strip()[:SEARCH_MAX_CHARS].casefold()
    if not needle:
        return {}
    hits: dict[int, int] = defaultdict(int)
    recent = (
        Message.objects.filter(conversation_id__in=ids)
        .order_by("-created_at")
        .only("pk", "conversation_id", "body")[:SEARCH_LIMIT]
    )
    for message in recent:
        if needle in message.body.casefold():
            hits[message.conversation_id] += 1
    return dict(hits)


def _excess(patient_ids: list[int]) -> dict[int, Any]:
    try:
        from scripta.workflow.boundaries import excess_for_patients
    except ImportError:
        return {}
    try:
        found = dict(excess_for_patients(patient_ids))
        return {pid: a for pid, a in found.items() if a and getattr(a, "excessive", True)}
    except Exception:  # the flag is advice: never let it break the inbox
        logger.exception("excess_for_patients failed")
        return {}


def _classify(row: InboxRow, readings: list[MessageReading], answered: datetime) -> None:
    risk_rank = 0
    crisis_rank = 0
    late_or_urgent = False
    signals: dict[str, None] = {}
    topics: dict[str, None] = {}
    for reading in readings:
        created: datetime = reading.created  # type: ignore[attr-defined]
        pending = created > answered
        details = reading.details
        if reading.risk_rank >= HIGH_RANK and not reading.handled:  # type: ignore[attr-defined]
            # Unhandled crisis, answered or not: it stays on top until "handled".
            row.open_crisis += 1
            crisis_rank = max(crisis_rank, reading.risk_rank)
            if row.crisis_since is None:
                row.crisis_since = created
        if pending:
            risk_rank = max(risk_rank, reading.risk_rank)
            if row.waiting_since is None:
                row.waiting_since = created
        for signal in details.get("signals", []):
            signals[signal["code"]] = None
            if pending and signal["code"] in ("late_night", "urgency"):
                late_or_urgent = True
        for topic in details.get("topics", []):
            topics[topic] = None
        channel: str = reading.channel  # type: ignore[attr-defined]
        if channel not in row.channels:
            row.channels.append(channel)
    row.signals = list(signals)
    row.topics = list(topics)
    from scripta.analysis import RISK_LEVELS

    row.risk_level = RISK_LEVELS[max(risk_rank, crisis_rank)]
    row.crisis_rank = crisis_rank
    last_inbound = row.conversation.last_inbound  # type: ignore[attr-defined]
    unanswered = last_inbound is not None and last_inbound > answered
    if crisis_rank:
        row.group = CRISIS
    elif risk_rank >= MODERATE_RANK:  # moderate, or a handled crisis still unanswered
        row.group = MODERATE
    elif late_or_urgent or unanswered:
        row.group = WAITING
    else:
        row.group = REST
    if unanswered and row.waiting_since is None:
        row.waiting_since = last_inbound  # unread messages without a reading yet


def _sort_key(row: InboxRow) -> tuple[Any, ...]:
    waiting = row.waiting_since.timestamp() if row.waiting_since else float("inf")
    last = row.conversation.last_message_at
    recent = -last.timestamp() if last else float("inf")
    if row.group == CRISIS:
        since = row.crisis_since.timestamp() if row.crisis_since else waiting
        return (row.group, -row.crisis_rank, since, row.pk)
    if row.group in (MODERATE, WAITING):
        return (row.group, 0, waiting, row.pk)
    return (row.group, 0, recent, row.pk)


def triaged_rows(
    user: User, filters: InboxFilters | None = None, patients: list[tuple[int, str]] | None = None
) -> list[InboxRow]:
    """The rows, triaged. ``patients`` (if given) receives every patient of the unfiltered
    list, for the patient filter's choices, without another query."""
    filters = filters or InboxFilters()
    conversations = list(_base(user, filters))
    if patients is not None:
        patients.extend(
            sorted({(c.patient_id, c.patient.full_name) for c in conversations}, key=lambda p: p[1])
        )
    if filters.patient:
        conversations = [c for c in conversations if c.patient_id == filters.patient]
    ids = [c.pk for c in conversations]
    by_conversation: dict[int, list[MessageReading]] = defaultdict(list)
    for reading in _relevant_readings(ids) if ids else []:
        by_conversation[reading.conversation_id].append(reading)  # type: ignore[attr-defined]
    hits = _search(user, ids, filters.q) if filters.q and ids else {}
    channels: dict[int, list[str]] = defaultdict(list)
    pairs = (
        Message.objects.filter(conversation_id__in=ids)
        .values_list("conversation_id", "channel")
        .distinct()
        .order_by("conversation_id", "channel")
        if ids
        else []
    )
    for conversation_id, channel in pairs:
        channels[conversation_id].append(channel)
    excess = _excess([c.patient_id for c in conversations]) if conversations else {}
    rows: list[InboxRow] = []
    for conversation in conversations:
        if filters.q and conversation.pk not in hits:
            continue
        answered: datetime = conversation.answered_at or EPOCH  # type: ignore[attr-defined]
        row = InboxRow(
            conversation=conversation,
            group=REST,
            unread=conversation.unread,  # type: ignore[attr-defined]
            waiting_since=None,
            risk_level="none",
            scheduled=conversation.has_scheduled,  # type: ignore[attr-defined]
            excess=excess.get(conversation.patient_id),
            search_hits=hits.get(conversation.pk, 0),
        )
        readings = by_conversation.get(conversation.pk, [])
        _classify(row, readings, answered)
        row.channels = channels.get(conversation.pk, row.channels)
        if filters.signal and filters.signal not in row.signals:
            continue
        if filters.topic and filters.topic not in row.topics:
            continue
        rows.append(row)
    rows.sort(key=_sort_key)
    return rows


def waiting_label(since: datetime | None, now: datetime | None = None) -> str:
    """Compact waiting time: '45 min', '5 h', '3 d'."""
    if since is None:
        return ""
    seconds = max(0, int(((now or timezone.now()) - since).total_seconds()))
    if seconds < 3600:
        return f"{max(1, seconds // 60)} min"
    if seconds < 86400 * 2:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"
