from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db.models import Q

from scripta import analysis
from scripta.conversations.models import Direction, Message
from scripta.conversations.reading import do_read_message


class Command(BaseCommand):
    help = "Read inbound messages again with the current engine (those read by an older version, or all)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="Re-read every inbound message.")

    def handle(self, *args: Any, **options: Any) -> None:
        messages = Message.objects.filter(direction=Direction.INBOUND)
        if not options["all"]:
            messages = messages.filter(
                Q(reading__isnull=True) | ~Q(reading__engine_version=analysis.ENGINE_VERSION)
            )
        count = 0
        for message_id in messages.order_by("pk").values_list("pk", flat=True).iterator():
            do_read_message(message_id)
            count += 1
        self.stdout.write(f"{count} messages read with engine {analysis.ENGINE_VERSION}.")
