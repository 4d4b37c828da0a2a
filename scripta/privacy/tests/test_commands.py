from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from scripta.accounts.models import User
from scripta.audit.models import AuditEntry
from scripta.patients.models import Patient


def test_commands_export_restrict_erase(
    tmp_path: Path, settings: Any, patient_record: Patient, admin_user: User, therapist: User
) -> None:
    settings.MEDIA_ROOT = tmp_path
    out = tmp_path / "p.zip"
    call_command("export_patient", patient_record.pk, by=admin_user.username, output=str(out))
    assert out.stat().st_mode & 0o077 == 0
    with zipfile.ZipFile(out) as archive:
        assert json.loads(archive.read("data.json"))["patient"]["id"] == patient_record.pk
    assert AuditEntry.objects.get(action="patient.export").detail["via"] == "command"
    with pytest.raises(CommandError):
        call_command("export_patient", patient_record.pk, by=therapist.username)
    call_command(
        "restrict_patient", patient_record.pk, by=admin_user.username, ground="legal_claims"
    )
    call_command("restrict_patient", patient_record.pk, by=admin_user.username, lift=True)
    with pytest.raises(CommandError):
        call_command(
            "erase_patient",
            patient_record.pk,
            by=admin_user.username,
            ground="retention_ended",
            confirm="ERASE 0",
        )
    call_command(
        "erase_patient",
        patient_record.pk,
        by=admin_user.username,
        ground="retention_ended",
        confirm=f"ERASE {patient_record.pk}",
        stdout=io.StringIO(),
    )
    patient_record.refresh_from_db()
    assert patient_record.is_erased
