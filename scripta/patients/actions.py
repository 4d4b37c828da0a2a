"""Writes to patient records: one transaction each, audited."""

from __future__ import annotations

import secrets

from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from scripta.accounts.models import Invitation, Role, User
from scripta.audit.actions import record
from scripta.patients.agreement import agreement_text, body_digest
from scripta.patients.models import AgreementAcceptance, Consent, ContactKind, ContactPoint, Patient


def _set_contact(patient: Patient, kind: str, value: str) -> None:
    patient.contact_points.filter(kind=kind).delete()
    if value:
        ContactPoint.objects.create(patient=patient, kind=kind, value=value)


def do_save_patient(
    therapist: User,
    patient: Patient,
    *,
    mobile: str,
    email: str,
    request: HttpRequest | None = None,
) -> Patient:
    with transaction.atomic():
        created = patient.pk is None
        if created:
            patient.practice = therapist.practice  # type: ignore[assignment]
        patient.save()
        if created:
            patient.therapists.add(therapist)
        _set_contact(patient, ContactKind.PHONE, mobile)
        _set_contact(patient, ContactKind.EMAIL, email)
        record(
            "patient.created" if created else "patient.changed",
            request=request,
            actor=therapist,
            patient_id=patient.pk,
            obj=patient,
        )
    return patient


def do_save_notes(
    therapist: User, patient: Patient, notes: str, request: HttpRequest | None = None
) -> None:
    with transaction.atomic():
        patient.notes = notes
        patient.save(update_fields=["notes", "updated_at"])
        record(
            "patient.notes_changed",
            request=request,
            actor=therapist,
            patient_id=patient.pk,
            obj=patient,
        )


def do_change_consent(
    actor: User,
    patient: Patient,
    channel: str,
    *,
    grant: bool,
    version: int = 1,
    request: HttpRequest | None = None,
) -> None:
    now = timezone.now()
    with transaction.atomic():
        current = patient.consents.filter(channel=channel, withdrawn_at__isnull=True)
        if grant and not current.exists():
            Consent.objects.create(
                patient=patient, channel=channel, agreement_version=version, granted_at=now
            )
        elif not grant:
            current.update(withdrawn_at=now)
            from scripta.conversations.models import DeliveryStatus, Message

            # Withdrawn consent stops what is still waiting to go out on that channel.
            Message.objects.filter(
                conversation__patient=patient, channel=channel, status=DeliveryStatus.QUEUED
            ).update(status=DeliveryStatus.CANCELLED, error_code="consent_withdrawn")
        record(
            "consent.granted" if grant else "consent.withdrawn",
            request=request,
            actor=actor,
            patient_id=patient.pk,
            obj=patient,
            detail={"channel": channel},
        )


def do_invite_patient(therapist: User, patient: Patient, request: HttpRequest) -> str:
    """Create a single-use link valid 72 h and e-mail it. Returns the link (shown once to the therapist)."""
    email_point = patient.contact_points.filter(kind=ContactKind.EMAIL).first()
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        patient.invitations.filter(used_at__isnull=True).update(expires_at=timezone.now())
        Invitation.objects.create(
            patient=patient,
            created_by=therapist,
            token_hash=Invitation.hash_token(token),
            expires_at=timezone.now() + Invitation.VALIDITY,
        )
        record(
            "patient.invited", request=request, actor=therapist, patient_id=patient.pk, obj=patient
        )
    from django.conf import settings

    link = settings.SCRIPTA_PUBLIC_BASE_URL + reverse("accept_invitation", args=[token])
    if email_point is not None:
        with override(patient.language):
            # Minimum content: no clinical detail, no name of the therapist's other patients.
            send_mail(
                _("Your invitation to Scripta"),
                _(
                    "You have been invited to write to your therapist through Scripta. Open this link within 72 hours to choose your password:\n\n%(link)s\n"
                )
                % {"link": link},
                None,
                [email_point.value],
            )
    return link


class InvitationNotUsable(Exception):
    """The link was used (or expired) meanwhile: single use holds under concurrent requests."""


def do_accept_invitation(
    invitation: Invitation, *, username: str, password: str, request: HttpRequest
) -> User:
    patient = invitation.patient
    with transaction.atomic():
        # Re-read under a row lock: two requests may both have seen the link as usable.
        invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if not invitation.is_usable:
            raise InvitationNotUsable
        user = User.objects.create_user(
            username=username,
            password=password,
            role=Role.PATIENT,
            practice=patient.practice,
            language=patient.language,
            timezone=patient.timezone,
        )
        patient.user = user
        patient.save(update_fields=["user", "updated_at"])
        invitation.used_at = timezone.now()
        invitation.save(update_fields=["used_at"])
        record(
            "patient.invitation_accepted",
            request=request,
            actor=user,
            patient_id=patient.pk,
            obj=patient,
        )
    return user


def do_accept_agreement(
    recorded_by: User,
    patient: Patient,
    therapist: User,
    language: str,
    request: HttpRequest | None = None,
) -> AgreementAcceptance:
    template, body = agreement_text(patient, therapist, language)
    with transaction.atomic():
        acceptance = AgreementAcceptance.objects.create(
            patient=patient,
            therapist=therapist,
            language=template.language,
            version=template.version,
            body_sha256=body_digest(body),
            accepted_at=timezone.now(),
            recorded_by=recorded_by,
        )
        record(
            "agreement.accepted",
            request=request,
            actor=recorded_by,
            patient_id=patient.pk,
            obj=acceptance,
        )
    return acceptance
