"""Background work of the desk: scheduled replies, their sweeper, crisis alerts, acknowledgements.

Tasks take ids and are idempotent: the actions they call claim their rows.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.utils import timezone
from django_tasks import default_task_backend, task
from django_tasks.base import TaskResultStatus

logger = logging.getLogger(__name__)

SWEEP_EVERY = timedelta(seconds=60)


def enqueue_scheduled(scheduled_id: int, send_at: datetime) -> None:
    """Ask a worker to send at ``send_at``, and make sure a sweeper is queued behind it.

    A backend that cannot defer (the immediate backend of the tests) leaves it to the sweeper.
    """
    if default_task_backend.supports_defer:
        send_scheduled_reply.using(run_after=send_at).enqueue(scheduled_id)
        ensure_sweeper()
    elif send_at <= timezone.now():
        send_scheduled_reply.enqueue(scheduled_id)


@task()
def send_scheduled_reply(scheduled_id: int) -> str:
    from scripta.workflow.scheduling import send_due

    return send_due(scheduled_id)


def _sweeper_queued() -> bool:
    """Is a sweep already waiting in the database queue? (Avoids a growing chain of sweeps.)"""
    try:
        from django_tasks_db.models import DBTaskResult
    except ImportError:  # another backend: the command is the sweeper
        return True
    return DBTaskResult.objects.filter(
        task_path=sweep_scheduled_replies.module_path, status=TaskResultStatus.READY
    ).exists()


def ensure_sweeper(delay: timedelta = SWEEP_EVERY) -> None:
    if not default_task_backend.supports_defer or _sweeper_queued():
        return
    sweep_scheduled_replies.using(run_after=timezone.now() + delay).enqueue()


@task()
def sweep_scheduled_replies() -> dict[str, int]:
    """Send what is due (a task lost in a restart), then queue the next sweep while work remains."""
    from scripta.workflow.alerts import sweep_missed
    from scripta.workflow.models import ScheduledReply, ScheduledStatus
    from scripta.workflow.scheduling import sweep_due

    outcomes = sweep_due()
    retried = sweep_missed()
    if retried:
        outcomes["alerts_retried"] = retried
    if ScheduledReply.objects.filter(status=ScheduledStatus.PENDING).exists():
        # This task's own row is RUNNING, not READY: the check does not see itself.
        ensure_sweeper()
    return outcomes


@task()
def send_crisis_alerts(message_id: int) -> list[str]:
    from scripta.workflow.alerts import alert_for_message

    return alert_for_message(message_id)


@task()
def acknowledge_if_off_hours(message_id: int) -> str:
    from scripta.workflow.availability import auto_acknowledge

    return auto_acknowledge(message_id)
