"""Run the reading engine on stored messages and keep its reading beside them."""

from __future__ import annotations

import json
import zoneinfo
from functools import partial
from typing import Any

from django.db import transaction

from scripta import analysis
from scripta.audit.actions import record
from scripta.conversations.models import Direction, Message, MessageReading

READER_ACCOUNT = "service:reader"


def do_read_message(message_id: int) -> MessageReading | None:
    message = Message.objects.select_related("conversation__patient").filter(pk=message_id).first()
    if message is None or message.direction != Direction.INBOUND:
        return None
    patient = message.conversation.patient
    try:
        tz: Any = zoneinfo.ZoneInfo(patient.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = None
    reading = analysis.read_message(
        message.body,
        sent_at=message.sent_at or message.received_at,
        timezone=tz,
        channel=message.channel,
        sender_names=tuple(patient.sender_names),
    )
    levels = list(analysis.RISK_LEVELS)
    with transaction.atomic():
        stored, _ = MessageReading.objects.update_or_create(
            message=message,
            defaults={
                "engine_version": reading.engine_version,
                "risk_rank": levels.index(reading.risk.level),
                "priority": reading.priority,
                "details_json": json.dumps(reading.to_dict(), ensure_ascii=False),
            },
        )
        record(
            "message.read_by_engine",
            actor_label=READER_ACCOUNT,
            patient_id=patient.pk,
            obj=message,
            detail={"engine_version": reading.engine_version},
        )
        transaction.on_commit(partial(_after_reading, message.pk, stored.risk_rank))
    return stored


def _after_reading(message_id: int, risk_rank: int) -> None:
    from scripta.workflow.alerts import on_reading_stored

    on_reading_stored(message_id, risk_rank)
