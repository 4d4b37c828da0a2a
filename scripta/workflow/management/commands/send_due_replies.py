"""Send scheduled replies that are due and retry crisis alerts that failed: the sweeper
behind the tasks (run it from cron, or keep it running with --every N)."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from scripta.workflow.alerts import sweep_missed
from scripta.workflow.scheduling import sweep_due


class Command(BaseCommand):
    help = "Send every scheduled reply that is due (recovers tasks lost in a restart)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--every",
            type=int,
            default=0,
            help="Keep running, sweeping every N seconds (0: sweep once and exit).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        every = int(options["every"])
        while True:
            outcomes = sweep_due()
            retried = sweep_missed()
            if retried:
                outcomes["alerts_retried"] = retried
            if outcomes or not every:
                self.stdout.write(
                    ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())) or "nothing due"
                )
            if not every:
                return
            time.sleep(every)
