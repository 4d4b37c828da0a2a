"""The background worker: django-tasks' db_worker plus the periodic sweeps that recover lost work.

A task can be lost (worker killed between commit and enqueue, a crash mid-send): the sweeps find
what is still due in the database and enqueue it again, so a delay never becomes a loss.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import close_old_connections

logger = logging.getLogger(__name__)


def sweep_once() -> None:
    """One pass of every sweep. Each is idempotent; a failing one does not stop the others."""
    from scripta.channels.outbox import sweep as sweep_outbox
    from scripta.conversations.models import Direction, Message
    from scripta.conversations.tasks import read_inbound_message
    from scripta.workflow.tasks import sweep_scheduled_replies

    for name, sweep in (
        ("outbox", sweep_outbox),
        ("scheduled replies", sweep_scheduled_replies.call),
    ):
        try:
            sweep()
        except Exception:
            logger.exception("sweep failed: %s", name)
    # Inbound messages whose reading task was lost or failed are read again.
    unread = Message.objects.filter(direction=Direction.INBOUND, reading__isnull=True)
    for message_id in unread.values_list("pk", flat=True)[:200]:
        read_inbound_message.enqueue(message_id)


class Command(BaseCommand):
    help = "Run the background worker and the periodic sweeps (what `make run` starts)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--sweep-every", type=float, default=60.0, help="Seconds between sweeps."
        )

    def handle(self, *args: Any, sweep_every: float, **options: Any) -> None:
        stop = threading.Event()

        def sweeper() -> None:
            while not stop.wait(sweep_every):
                close_old_connections()
                try:
                    sweep_once()
                finally:
                    close_old_connections()

        thread = threading.Thread(target=sweeper, name="scripta-sweeper", daemon=True)
        sweep_once()
        thread.start()
        try:
            call_command("db_worker", "--no-reload", "--interval", "1")
        finally:
            stop.set()
