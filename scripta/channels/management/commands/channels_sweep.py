"""`scripta channels_sweep`: re-enqueue outbound messages whose send was lost. Run every minute (cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from scripta.channels.outbox import sweep


class Command(BaseCommand):
    help = "Re-enqueue QUEUED outbound messages whose task was lost, retries that are due, stale claims."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--inline", action="store_true", help="Send in this process instead of enqueueing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        due = sweep(send_inline=options["inline"])
        self.stdout.write(f"{len(due)} message(s) re-enqueued")
