from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from scripta.privacy.actions import PrivacyStateError, do_lift_restriction, do_restrict_patient
from scripta.privacy.grounds import RestrictionGround
from scripta.privacy.management.commands._common import admin_and_patient


class Command(BaseCommand):
    help = "Restrict one patient's record (GDPR art. 18), or lift the restriction with --lift."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("patient_id", type=int)
        parser.add_argument("--by", required=True, help="user name of a practice administrator")
        parser.add_argument("--ground", choices=RestrictionGround.values)
        parser.add_argument("--lift", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        admin, patient = admin_and_patient(options["by"], options["patient_id"])
        try:
            if options["lift"]:
                held = do_lift_restriction(admin, patient)
                self.stdout.write(f"Restriction lifted; {held} held message(s) will be read.")
                return
            if not options["ground"]:
                raise CommandError("--ground is required to restrict.")
            do_restrict_patient(admin, patient, ground=options["ground"])
        except PrivacyStateError as exc:
            raise CommandError(f"Not possible in the record's state ({exc}).") from exc
        self.stdout.write(f"Patient {patient.pk} restricted.")
