"""Export, restriction and erasure of one patient: each in one transaction, audited inside it."""

from __future__ import annotations

import logging
from functools import partial

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.conversations.models import DeliveryStatus, Direction, Message
from scripta.patients.models import Patient, PatientStatus
from scripta.privacy.erasure import erase_rows, scrub_sqlite, unlink_files
from scripta.privacy.export import build_zip

logger = logging.getLogger(__name__)


class PrivacyStateError(Exception):
    """The record is not in a state that allows this (e.g. already erased)."""


def do_export_patient(
    actor: User,
    patient: Patient,
    *,
    include_notes: bool = False,
    request: HttpRequest | None = None,
    channel: str = "web",
) -> bytes:
    """Build the ZIP; the export is audited (who, whether notes were included) before it leaves."""
    if patient.is_erased:
        raise PrivacyStateError("erased")
    requested_by = (
        "patient" if actor.is_patient else f"{actor.get_role_display()} {actor.display_name}"
    )
    with transaction.atomic():
        content, files = build_zip(patient, include_notes=include_notes, requested_by=requested_by)
        record(
            "patient.export",
            request=request,
            actor=actor,
            patient_id=patient.pk,
            obj=patient,
            detail={"notes": include_notes, "files": files, "via": channel},
        )
    logger.info("patient export patient=%s files=%s", patient.pk, files)
    return content


def do_restrict_patient(
    admin: User, patient: Patient, *, ground: str, request: HttpRequest | None = None
) -> None:
    """Art. 18: keep, but stop processing. Nothing leaves; what arrives is held; therapists lose
    the record from their desk; the administrator keeps a read-only page and the export."""
    with transaction.atomic():
        patient = Patient.objects.select_for_update().get(pk=patient.pk)
        if patient.is_erased or patient.is_restricted:
            raise PrivacyStateError("erased" if patient.is_erased else "restricted")
        now = timezone.now()
        patient.restricted_at = now
        patient.privacy_ground = ground
        patient.save(update_fields=["restricted_at", "privacy_ground", "updated_at"])
        cancelled = Message.objects.filter(
            conversation__patient=patient,
            direction=Direction.OUTBOUND,
            status=DeliveryStatus.QUEUED,
        ).update(status=DeliveryStatus.CANCELLED, error_code="restricted")
        from scripta.workflow.models import ScheduledReply, ScheduledStatus

        unscheduled = ScheduledReply.objects.filter(
            conversation__patient=patient, status=ScheduledStatus.PENDING
        ).update(status=ScheduledStatus.CANCELLED, reason="restricted")
        record(
            "patient.restricted",
            request=request,
            actor=admin,
            patient_id=patient.pk,
            obj=patient,
            detail={"ground": ground, "cancelled": cancelled, "unscheduled": unscheduled},
        )


def _read_held(message_ids: list[int]) -> None:
    from scripta.conversations.tasks import read_inbound_message

    for message_id in message_ids:
        read_inbound_message.enqueue(message_id)


def do_lift_restriction(
    admin: User, patient: Patient, *, request: HttpRequest | None = None
) -> int:
    """Back to normal processing (tell the patient before, art. 18(3)). Held messages join the
    timeline (still marked as held) and are read by the engine. Returns how many were held."""
    with transaction.atomic():
        patient = Patient.objects.select_for_update().get(pk=patient.pk)
        if not patient.is_restricted or patient.is_erased:
            raise PrivacyStateError("not_restricted")
        patient.restricted_at = None
        patient.privacy_ground = ""
        patient.save(update_fields=["restricted_at", "privacy_ground", "updated_at"])
        held = list(
            Message.objects.filter(conversation__patient=patient, held=True)
            .filter(reading__isnull=True)
            .values_list("pk", flat=True)
        )
        latest = (
            Message.objects.filter(conversation__patient=patient).order_by("-created_at").first()
        )
        if latest is not None:
            conversation = latest.conversation
            conversation.last_message_at = latest.created_at
            conversation.save(update_fields=["last_message_at"])
        record(
            "patient.restriction_lifted",
            request=request,
            actor=admin,
            patient_id=patient.pk,
            obj=patient,
            detail={"held": len(held)},
        )
        transaction.on_commit(partial(_read_held, held))
    return len(held)


def do_erase_patient(
    admin: User,
    patient: Patient,
    *,
    ground: str,
    reference: str = "",
    request: HttpRequest | None = None,
) -> dict[str, int]:
    """Art. 17: remove the patient's content everywhere; keep a tombstone and the audit trail.

    Files are unlinked after the commit (a rollback must not leave rows without their files).
    """
    with transaction.atomic():
        patient = Patient.objects.select_for_update().get(pk=patient.pk)
        if patient.is_erased:
            raise PrivacyStateError("erased")
        erased = erase_rows(patient)
        user = patient.user
        patient.full_name = ""
        patient.preferred_names = ""
        patient.date_of_birth = None
        patient.notes = ""
        patient.user = None
        patient.status = PatientStatus.CLOSED
        patient.restricted_at = None
        patient.erased_at = timezone.now()
        patient.privacy_ground = ground
        patient.save()
        record(
            "patient.erased",
            request=request,
            actor=admin,
            patient_id=patient.pk,
            obj=patient,
            detail={
                "ground": ground,
                "reference": reference,
                "portal_user": user.pk if user else None,
                **erased.counts,
            },
        )
        transaction.on_commit(partial(unlink_files, erased.files))
        transaction.on_commit(scrub_sqlite)
    logger.info("patient erased patient=%s", patient.pk)
    return erased.counts
