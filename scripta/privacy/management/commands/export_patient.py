from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from scripta.privacy.actions import do_export_patient
from scripta.privacy.management.commands._common import admin_and_patient


class Command(BaseCommand):
    help = "Write one patient's data (GDPR art. 15/20) to a ZIP file; audited as --by."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("patient_id", type=int)
        parser.add_argument("--by", required=True, help="user name of a practice administrator")
        parser.add_argument("--include-notes", action="store_true")
        parser.add_argument("--output", help="file to write (default scripta-patient-<id>.zip)")

    def handle(self, *args: Any, **options: Any) -> None:
        admin, patient = admin_and_patient(options["by"], options["patient_id"])
        content = do_export_patient(
            admin, patient, include_notes=options["include_notes"], channel="command"
        )
        path = Path(options["output"] or f"scripta-patient-{patient.pk}.zip")
        # Health data: readable by the owner only.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        self.stdout.write(f"Written {path} ({len(content)} bytes).")
