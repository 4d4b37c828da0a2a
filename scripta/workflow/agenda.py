"""The session agenda (messages saved for the next session) and the conversation's side panel.

Both read a fixed number of queries whatever the size of the conversation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from scripta.accounts.models import User
from scripta.appointments.models import Appointment, AppointmentStatus
from scripta.conversations.models import Conversation, Direction
from scripta.patients.models import Patient
from scripta.workflow.models import PatientBoundaries, SavedForSession

CHART_DAYS = 14
BAR_STEPS = 10  # CSS classes bar-h-0 .. bar-h-10


def next_appointment(patient: Patient, therapist: User | None = None) -> Appointment | None:
    appointments = Appointment.objects.filter(
        patient=patient, status=AppointmentStatus.PLANNED, starts_at__gte=timezone.now()
    )
    if therapist is not None:
        appointments = appointments.filter(therapist=therapist)
    return appointments.order_by("starts_at").first()


def agenda_items(therapist: User, patient: Patient) -> QuerySet[SavedForSession]:
    """Every message this therapist saved and has not discussed yet, oldest first."""
    return (
        SavedForSession.objects.filter(
            therapist=therapist,
            discussed_at__isnull=True,
            message__conversation__patient=patient,
        )
        .select_related("message", "message__reading")
        .order_by("message__created_at", "pk")
    )


def saved_message_ids(therapist: User, conversation: Conversation) -> set[int]:
    return set(
        SavedForSession.objects.filter(
            therapist=therapist,
            discussed_at__isnull=True,
            message__conversation=conversation,
        ).values_list("message_id", flat=True)
    )


@dataclass(frozen=True)
class Bar:
    day: datetime
    count: int
    height: int  # 0..BAR_STEPS
    over: bool  # above the agreed daily average


def volume_bars(
    dates: list[datetime], *, days: int, per_day_allowed: float | None, now: datetime
) -> list[Bar]:
    local_now = timezone.localtime(now)
    start = (local_now - timedelta(days=days - 1)).date()
    counts: dict[Any, int] = {start + timedelta(days=i): 0 for i in range(days)}
    for moment in dates:
        day = timezone.localtime(moment).date()
        if day in counts:
            counts[day] += 1
    top = max([*counts.values(), 1])
    if per_day_allowed:
        top = max(top, int(per_day_allowed + 0.999))
    return [
        Bar(
            day=datetime.combine(day, datetime.min.time()),
            count=count,
            height=round(count * BAR_STEPS / top),
            over=bool(per_day_allowed is not None and count > per_day_allowed),
        )
        for day, count in counts.items()
    ]


def side_panel(therapist: User, conversation: Conversation) -> dict[str, Any]:
    """Next appointment, agreed rhythm, the last days' volume against it (4 queries)."""
    from scripta.analysis import Rhythm, VolumeItem, assess_volume

    patient = conversation.patient
    now = timezone.now()
    boundaries = PatientBoundaries.objects.filter(patient=patient).first()
    since = now - timedelta(days=max(CHART_DAYS, boundaries.per_days if boundaries else 7))
    recent = list(conversation.messages.filter(direction=Direction.INBOUND, created_at__gt=since))
    rhythm = None
    if boundaries is not None and boundaries.max_messages is not None:
        rhythm = Rhythm(
            max_messages=boundaries.max_messages,
            per_days=boundaries.per_days or 7,
            max_email_chars=boundaries.max_email_chars,
        )
    items = [VolumeItem(m.created_at, len(m.body), m.channel) for m in recent]
    # Without an agreement the engine's default rhythm still gives the figures for templates.
    assessed = assess_volume(items, rhythm, now=now)
    volume = assessed if rhythm is not None else None
    per_day = rhythm.max_messages / rhythm.per_days if rhythm else None
    return {
        "next_appointment": next_appointment(patient, therapist),
        "boundaries": boundaries,
        "rhythm": rhythm,
        "volume": volume,
        "assessed": assessed,
        "bars": volume_bars(
            [m.created_at for m in recent], days=CHART_DAYS, per_day_allowed=per_day, now=now
        ),
        "chart_days": CHART_DAYS,
    }
