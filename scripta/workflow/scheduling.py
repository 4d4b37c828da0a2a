"""Send later: replies that leave at a chosen time, once, and only if still allowed.

Times are stored in UTC. The quick choices ("tomorrow morning", "after the next session") and
custom local times are computed in the therapist's time zone with zoneinfo, so they survive
daylight-saving changes. A scheduled reply is sent by a task enqueued with ``run_after`` and,
should that task be lost (a restart, a backend that cannot defer), by the sweeper
(``sweep_due``: the ``send_due_replies`` command and a self-renewing task).

Sending claims the row (``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL; SQLite serialises
writers with IMMEDIATE transactions) and moves it from pending to sent in the same transaction
that stores the message, so two workers never send it twice. At send time the patient's consent
on the channel, the patient's status and the therapist's care are checked again (as Zulip does);
a reply more than ``LATENESS`` late is not sent. A reply not sent keeps a reason code and the
therapist is told (an audit entry, a notice beside the conversation, an e-mail without content).
"""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.mail import send_mail
from django.db import connection, transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from scripta.accounts.models import User
from scripta.appointments.models import Appointment, AppointmentStatus
from scripta.audit.actions import record
from scripta.conversations.actions import ConsentMissing, do_send_reply
from scripta.conversations.models import Conversation, Message
from scripta.patients.models import PatientStatus
from scripta.workflow.models import ScheduledReply, ScheduledStatus

logger = logging.getLogger(__name__)

SCHEDULER_ACCOUNT = "service:scheduler"
# A reply this late (a worker down for a day) is not sent: the moment it was meant for is gone.
LATENESS = timedelta(hours=24)
MORNING = time(9, 0)
# Not-sent replies stay visible beside the conversation this long.
NOTICE_DAYS = 14
NOTICE_DAYS_DELTA = timedelta(days=NOTICE_DAYS)

QUICK_IN_2_HOURS = "in_2_hours"
QUICK_TOMORROW_MORNING = "tomorrow_morning"
QUICK_AFTER_NEXT_SESSION = "after_next_session"
QUICK_CUSTOM = "custom"
WHEN_CHOICES = [
    (QUICK_IN_2_HOURS, gettext_lazy("In 2 hours")),
    (QUICK_TOMORROW_MORNING, gettext_lazy("Tomorrow morning (09:00)")),
    (QUICK_AFTER_NEXT_SESSION, gettext_lazy("After the next session")),
    (QUICK_CUSTOM, gettext_lazy("At a time I choose")),
]

REASONS = {
    "consent_withdrawn": gettext_lazy("the patient withdrew consent for this channel"),
    "patient_closed": gettext_lazy("the patient's record was closed"),
    "not_treating": gettext_lazy("you no longer treat this patient"),
    "therapist_inactive": gettext_lazy("your account is no longer active"),
    "too_late": gettext_lazy("it was more than 24 hours late (the server was down)"),
}


class SchedulingError(ValueError):
    """The chosen time cannot be used (in the past, no next session, not a valid local time)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class NotPending(Exception):
    """The scheduled reply already left, was cancelled or was not sent: it can no longer change."""


# --- time ----------------------------------------------------------------------------------


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(settings.TIME_ZONE)


def local_to_utc(local: datetime, tz_name: str) -> datetime:
    """A wall-clock time in ``tz_name`` as an aware UTC datetime.

    A time that does not exist (the hour skipped when clocks go forward) moves forward by the
    gap; a time that happens twice (clocks go back) is the first of the two.
    """
    # PEP 495: with fold=0 a skipped time takes the offset from before the gap (so it lands
    # after the gap, e.g. 02:30 -> 03:30), and a repeated time is its first occurrence.
    aware = local.replace(tzinfo=zone(tz_name), fold=0)
    return aware.astimezone(ZoneInfo("UTC"))


def in_two_hours(now: datetime) -> datetime:
    return now + timedelta(hours=2)


def tomorrow_morning(tz_name: str, now: datetime) -> datetime:
    """09:00 of the next calendar day in the therapist's zone, whatever the offset that day."""
    today: date = now.astimezone(zone(tz_name)).date()
    return local_to_utc(datetime.combine(today + timedelta(days=1), MORNING), tz_name)


def next_session(conversation: Conversation, now: datetime) -> Appointment | None:
    return (
        Appointment.objects.filter(
            patient_id=conversation.patient_id,
            status=AppointmentStatus.PLANNED,
            ends_at__gt=now,
        )
        .order_by("starts_at")
        .first()
    )


def after_next_session(conversation: Conversation, now: datetime) -> datetime:
    appointment = next_session(conversation, now)
    if appointment is None:
        raise SchedulingError("no_session", _("There is no planned session for this patient."))
    return appointment.ends_at


def resolve_send_at(
    when: str,
    *,
    therapist: User,
    conversation: Conversation,
    custom: datetime | None = None,
    now: datetime | None = None,
) -> datetime:
    """The UTC instant for a choice of the send-later menu."""
    now = now or timezone.now()
    if when == QUICK_IN_2_HOURS:
        return in_two_hours(now)
    if when == QUICK_TOMORROW_MORNING:
        return tomorrow_morning(therapist.timezone, now)
    if when == QUICK_AFTER_NEXT_SESSION:
        return after_next_session(conversation, now)
    if when == QUICK_CUSTOM:
        if custom is None:
            raise SchedulingError("no_time", _("Choose a date and time."))
        if timezone.is_aware(custom):
            return custom.astimezone(ZoneInfo("UTC"))
        return local_to_utc(custom, therapist.timezone)
    raise SchedulingError("bad_choice", _("Choose when to send."))


def check_future(send_at: datetime, now: datetime | None = None) -> None:
    if send_at <= (now or timezone.now()):
        raise SchedulingError("in_the_past", _("Choose a time in the future."))


# --- reads ---------------------------------------------------------------------------------


def pending_for(conversation: Conversation) -> list[ScheduledReply]:
    """The conversation's replies waiting to leave, soonest first (for the conversation view)."""
    return list(
        ScheduledReply.objects.filter(conversation=conversation, status=ScheduledStatus.PENDING)
        .select_related("therapist", "conversation__patient")
        .order_by("send_at", "pk")
    )


def not_sent_for(conversation: Conversation, now: datetime | None = None) -> list[ScheduledReply]:
    """Recent replies that were not sent, with their reason: the notice beside the conversation."""
    since = (now or timezone.now()) - NOTICE_DAYS_DELTA
    rows = list(
        ScheduledReply.objects.filter(
            conversation=conversation, status=ScheduledStatus.NOT_SENT, updated_at__gte=since
        )
        .select_related("therapist", "conversation__patient")
        .order_by("-send_at")
    )
    for row in rows:
        row.reason_text = reason_text(row.reason)  # type: ignore[attr-defined]
    return rows


def scheduled_conversation_ids(conversation_ids: list[int]) -> set[int]:
    """Which of these conversations have a reply scheduled (for inbox rows; one query)."""
    return set(
        ScheduledReply.objects.filter(
            conversation_id__in=conversation_ids, status=ScheduledStatus.PENDING
        ).values_list("conversation_id", flat=True)
    )


def not_sent_conversation_ids(conversation_ids: list[int], now: datetime | None = None) -> set[int]:
    """Which of these conversations have a recent reply that was not sent (inbox flag; one query)."""
    since = (now or timezone.now()) - NOTICE_DAYS_DELTA
    return set(
        ScheduledReply.objects.filter(
            conversation_id__in=conversation_ids,
            status=ScheduledStatus.NOT_SENT,
            updated_at__gte=since,
        ).values_list("conversation_id", flat=True)
    )


def reason_text(code: str) -> str:
    return str(REASONS.get(code, code))


# --- writes --------------------------------------------------------------------------------


def _check_can_send(therapist: User, conversation: Conversation, channel: str) -> None:
    patient = conversation.patient
    if patient.status == PatientStatus.CLOSED:
        raise SchedulingError("patient_closed", _("This patient's record is closed."))
    if channel not in patient.consented_channels():
        raise ConsentMissing(channel)


def _enqueue_send(scheduled_id: int, send_at: datetime) -> None:
    from scripta.workflow.tasks import enqueue_scheduled

    enqueue_scheduled(scheduled_id, send_at)


def do_schedule_reply(
    therapist: User,
    conversation: Conversation,
    *,
    body: str,
    channel: str,
    send_at: datetime,
    request: HttpRequest | None = None,
) -> ScheduledReply:
    """Store a reply to be sent at ``send_at`` (UTC). Raises ConsentMissing or SchedulingError."""
    check_future(send_at)
    _check_can_send(therapist, conversation, channel)
    with transaction.atomic():
        scheduled = ScheduledReply.objects.create(
            conversation=conversation,
            therapist=therapist,
            channel=channel,
            body=body,
            send_at=send_at,
        )
        record(
            "reply.scheduled",
            request=request,
            actor=therapist,
            patient_id=conversation.patient_id,
            obj=scheduled,
            detail={"channel": channel, "send_at": send_at.isoformat()},
        )
        transaction.on_commit(partial(_enqueue_send, scheduled.pk, send_at))
    logger.info("reply scheduled id=%s", scheduled.pk)
    return scheduled


def _lock(scheduled_id: int, *, skip_locked: bool) -> ScheduledReply | None:
    qs = ScheduledReply.objects.all()
    if skip_locked and connection.features.has_select_for_update_skip_locked:
        qs = qs.select_for_update(skip_locked=True)
    else:
        qs = qs.select_for_update()
    return qs.filter(pk=scheduled_id).first()


def do_edit_scheduled(
    therapist: User,
    scheduled: ScheduledReply,
    *,
    body: str,
    channel: str,
    send_at: datetime,
    request: HttpRequest | None = None,
) -> ScheduledReply:
    """Change a reply that has not left yet. Raises NotPending if it has."""
    check_future(send_at)
    _check_can_send(therapist, scheduled.conversation, channel)
    with transaction.atomic():
        row = _lock(scheduled.pk, skip_locked=False)
        if row is None or row.status != ScheduledStatus.PENDING:
            raise NotPending
        row.body = body
        row.channel = channel
        row.send_at = send_at
        row.save(update_fields=["body", "channel", "send_at", "updated_at"])
        record(
            "reply.schedule_changed",
            request=request,
            actor=therapist,
            patient_id=row.conversation.patient_id,
            obj=row,
            detail={"channel": channel, "send_at": send_at.isoformat()},
        )
        # The task enqueued for the old time finds the reply not yet due and leaves it.
        transaction.on_commit(partial(_enqueue_send, row.pk, send_at))
    return row


def do_cancel_scheduled(
    therapist: User, scheduled: ScheduledReply, *, request: HttpRequest | None = None
) -> ScheduledReply:
    with transaction.atomic():
        row = _lock(scheduled.pk, skip_locked=False)
        if row is None or row.status != ScheduledStatus.PENDING:
            raise NotPending
        row.status = ScheduledStatus.CANCELLED
        row.save(update_fields=["status", "updated_at"])
        record(
            "reply.schedule_cancelled",
            request=request,
            actor=therapist,
            patient_id=row.conversation.patient_id,
            obj=row,
        )
    return row


def _why_not(row: ScheduledReply, now: datetime) -> str | None:
    if now - row.send_at > LATENESS:
        return "too_late"
    therapist = row.therapist
    patient = row.conversation.patient
    if not therapist.is_active:
        return "therapist_inactive"
    if patient.status == PatientStatus.CLOSED:
        return "patient_closed"
    if not patient.therapists.filter(pk=therapist.pk).exists():
        return "not_treating"
    if row.channel not in patient.consented_channels():
        return "consent_withdrawn"
    return None


def send_due(scheduled_id: int, now: datetime | None = None) -> str:
    """Send one scheduled reply if it is due. Safe to call any number of times, concurrently."""
    now = now or timezone.now()
    with transaction.atomic():
        row = _lock(scheduled_id, skip_locked=True)
        if row is None:
            return "locked_or_missing"
        if row.status != ScheduledStatus.PENDING:
            return "not_pending"
        if row.send_at > now:
            return "not_due"
        row = (
            ScheduledReply.objects.select_related("therapist", "conversation__patient")
            .prefetch_related("conversation__patient__consents")
            .get(pk=row.pk)
        )
        reason = _why_not(row, now)
        if reason is not None:
            _mark_not_sent(row, reason)
            return "not_sent:" + reason
        message: Message = do_send_reply(
            row.therapist, row.conversation, body=row.body, channel=row.channel, mark_read=False
        )
        row.status = ScheduledStatus.SENT
        row.sent_message = message
        row.save(update_fields=["status", "sent_message", "updated_at"])
        record(
            "reply.scheduled_sent",
            actor_label=SCHEDULER_ACCOUNT,
            patient_id=row.conversation.patient_id,
            obj=row,
            detail={
                "message": message.pk,
                "late_seconds": int((now - row.send_at).total_seconds()),
            },
        )
    logger.info("scheduled reply sent id=%s message=%s", scheduled_id, message.pk)
    return "sent"


def _mark_not_sent(row: ScheduledReply, reason: str) -> None:
    row.status = ScheduledStatus.NOT_SENT
    row.reason = reason
    row.save(update_fields=["status", "reason", "updated_at"])
    record(
        "reply.scheduled_not_sent",
        actor_label=SCHEDULER_ACCOUNT,
        patient_id=row.conversation.patient_id,
        obj=row,
        detail={"reason": reason},
    )
    transaction.on_commit(partial(tell_not_sent, row.pk))
    logger.info("scheduled reply not sent id=%s reason=%s", row.pk, reason)


def tell_not_sent(scheduled_id: int) -> None:
    """E-mail the therapist that a scheduled reply did not leave: the reason and a link, no content."""
    row = ScheduledReply.objects.select_related("therapist").get(pk=scheduled_id)
    therapist = row.therapist
    if not therapist.email:
        return
    link = settings.SCRIPTA_PUBLIC_BASE_URL + reverse(
        "conversations:detail", args=[row.conversation_id]
    )
    with translation.override(therapist.language or settings.LANGUAGE_CODE):
        subject = _("Scripta: a scheduled reply was not sent")
        text = _(
            "A reply you scheduled was not sent: %(reason)s.\n\nOpen the conversation: %(link)s"
        ) % {
            "reason": reason_text(row.reason),
            "link": link,
        }
    try:
        send_mail(subject, text, None, [therapist.email])
    except Exception:  # the notice beside the conversation still tells them
        logger.exception("could not e-mail the not-sent notice id=%s", scheduled_id)


def sweep_due(now: datetime | None = None) -> dict[str, int]:
    """Send every pending reply that is due (a lost task, a restart). Returns outcome counts."""
    now = now or timezone.now()
    outcomes: dict[str, int] = {}
    due = ScheduledReply.objects.filter(
        status=ScheduledStatus.PENDING, send_at__lte=now
    ).values_list("pk", flat=True)
    for scheduled_id in list(due):
        outcome = send_due(scheduled_id, now=now)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    if outcomes:
        logger.info("scheduled replies swept %s", outcomes)
    return outcomes
