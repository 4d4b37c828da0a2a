from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from scripta.privacy.actions import PrivacyStateError, do_erase_patient
from scripta.privacy.forms import EraseForm, confirmation_phrase
from scripta.privacy.grounds import ErasureGround
from scripta.privacy.management.commands._common import admin_and_patient


class Command(BaseCommand):
    help = (
        "Erase one patient's data (GDPR art. 17); audited as --by. Where the law requires "
        "keeping the record, use restrict_patient instead."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("patient_id", type=int)
        parser.add_argument("--by", required=True, help="user name of a practice administrator")
        parser.add_argument("--ground", required=True, choices=ErasureGround.values)
        parser.add_argument("--reference", default="", help="file or ticket number, no prose")
        parser.add_argument("--confirm", help='"ERASE <patient id>"; asked for when missing')

    def handle(self, *args: Any, **options: Any) -> None:
        admin, patient = admin_and_patient(options["by"], options["patient_id"])
        phrase = confirmation_phrase(patient)
        confirmation = options["confirm"] or input(f"Type {phrase} to erase: ")
        form = EraseForm(
            {
                "ground": options["ground"],
                "reference": options["reference"],
                "confirmation": confirmation,
            },
            patient=patient,
        )
        if not form.is_valid():
            raise CommandError("; ".join(str(e) for errors in form.errors.values() for e in errors))
        try:
            counts = do_erase_patient(
                admin,
                patient,
                ground=form.cleaned_data["ground"],
                reference=form.cleaned_data["reference"],
            )
        except PrivacyStateError as exc:
            raise CommandError("This patient has already been erased.") from exc
        self.stdout.write(f"Patient {patient.pk} erased: {counts}")
