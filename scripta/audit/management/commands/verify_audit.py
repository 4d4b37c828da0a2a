from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from scripta.audit.actions import verify_chain
from scripta.audit.models import AuditEntry


class Command(BaseCommand):
    help = "Verify the audit hash chain and report the first broken entry."

    def handle(self, *args: Any, **options: Any) -> None:
        broken = verify_chain()
        if broken is not None:
            raise CommandError(f"Audit chain broken at entry #{broken.pk} ({broken.action}).")
        self.stdout.write(f"Audit chain intact: {AuditEntry.objects.count()} entries.")
