"""Load a fictional practice so a newcomer sees Scripta working at once.

Every person, message and number here is invented. The TOTP secrets are published in the README:
this data is for trying Scripta on your own machine only.
"""

from __future__ import annotations

import base64
import binascii
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from scripta.accounts.models import Practice, Role, User
from scripta.conversations.actions import do_receive_message, do_send_reply
from scripta.conversations.models import Message
from scripta.patients.actions import do_accept_agreement, do_change_consent
from scripta.patients.models import ContactKind, ContactPoint, Patient, PatientKind

PRACTICE_NAME = "Centro Demo Scripta (fictional)"
DEMO_PASSWORD = "scripta-demo-2026"  # noqa: S105 - published demo credential, fictional data only
# 20-byte TOTP keys (hex) for the two demo therapists; their base32 form goes in an authenticator app.
THERAPIST_KEYS = {
    "elena": "3132333435363738393031323334353637383930",
    "tom": "4a6f686e446f6544656d6f5363726970746131aa",
    "admin": "41646d696e44656d6f5363726970746132303236",
}
BACKUP_CODES = {
    "elena": ["elena111", "elena222", "elena333"],
    "tom": ["tom11111", "tom22222", "tom33333"],
}


@dataclass(frozen=True)
class DemoMessage:
    days_ago: int
    local_time: str  # HH:MM in the patient's own time zone
    direction: str  # "in" or "out"
    body: str
    channel: str = "portal"


@dataclass(frozen=True)
class DemoPatient:
    key: str
    full_name: str
    preferred: str
    kind: str
    language: str
    tz: str
    therapist: str
    born: str
    channels: tuple[str, ...]
    messages: tuple[DemoMessage, ...]
    portal_user: str | None = None


def _patients() -> list[DemoPatient]:
    from scripta.core.management.commands.demo_data import PATIENTS

    return PATIENTS


def base32_of(hex_key: str) -> str:
    return base64.b32encode(binascii.unhexlify(hex_key)).decode("ascii")


class Command(BaseCommand):
    help = "Load the fictional demo practice (skipped if it is already there) and print the demo logins."

    def handle(self, *args: Any, **options: Any) -> None:
        if not Practice.objects.filter(name=PRACTICE_NAME).exists():
            with transaction.atomic():
                self._load()
            self.stdout.write(self.style.SUCCESS("Demo practice loaded."))
        else:
            self.stdout.write("Demo practice already present.")
        self._print_logins()

    def _load(self) -> None:
        practice = Practice.objects.create(
            name=PRACTICE_NAME, timezone="Europe/Rome", emergency_number="112"
        )
        therapists = {
            "elena": self._therapist(
                practice, "elena", "Elena", "Bianchi", "it", "Europe/Rome", "Dr. E. Bianchi"
            ),
            "tom": self._therapist(practice, "tom", "Tom", "Harlow", "en", "Europe/London", "T.H."),
        }
        admin = User.objects.create_user(
            "admin",
            password=DEMO_PASSWORD,
            role=Role.ADMIN,
            practice=practice,
            first_name="Paola",
            last_name="Segreteria",
            language="it",
        )
        TOTPDevice.objects.create(
            user=admin, name="default", key=THERAPIST_KEYS["admin"], confirmed=True
        )
        for therapist in therapists.values():
            self._office_hours(therapist)
        for index, spec in enumerate(_patients()):
            patient = self._patient(practice, therapists[spec.therapist], spec)
            self._desk(patient, therapists[spec.therapist], spec, index)

    def _office_hours(self, therapist: User) -> None:
        from datetime import time

        from scripta.workflow.models import OfficeHours

        for weekday in range(5):
            OfficeHours.objects.create(
                therapist=therapist, weekday=weekday, starts=time(9), ends=time(18)
            )
        # Windows in which patients may call to book or move an appointment.
        OfficeHours.objects.create(
            therapist=therapist, weekday=1, starts=time(9), ends=time(10), callback=True
        )
        OfficeHours.objects.create(
            therapist=therapist, weekday=3, starts=time(13), ends=time(14), callback=True
        )

    def _desk(self, patient: Patient, therapist: User, spec: DemoPatient, index: int) -> None:
        from scripta.appointments.models import Appointment, AppointmentKind
        from scripta.workflow.models import PatientBoundaries

        tz = ZoneInfo(spec.tz)
        day = timezone.now().astimezone(tz).date() + timedelta(days=1 + index % 5)
        start = datetime(day.year, day.month, day.day, 10 + index % 7, 0, tzinfo=tz)
        Appointment.objects.create(
            patient=patient,
            therapist=therapist,
            starts_at=start,
            ends_at=start + timedelta(minutes=50),
            kind=AppointmentKind.VIDEO if index % 3 == 2 else AppointmentKind.IN_PERSON,
        )
        PatientBoundaries.objects.create(
            patient=patient,
            max_messages=3 if spec.kind == PatientKind.INDIVIDUAL else 2,
            per_days=7,
            max_email_chars=2000,
            agreement_note="",
        )

    def _therapist(
        self,
        practice: Practice,
        username: str,
        first: str,
        last: str,
        lang: str,
        tz: str,
        signature: str,
    ) -> User:
        user = User.objects.create_user(
            username,
            password=DEMO_PASSWORD,
            role=Role.THERAPIST,
            practice=practice,
            first_name=first,
            last_name=last,
            language=lang,
            timezone=tz,
            signature=signature,
        )
        TOTPDevice.objects.create(
            user=user, name="default", key=THERAPIST_KEYS[username], confirmed=True
        )
        static = StaticDevice.objects.create(user=user, name="backup", confirmed=True)
        for code in BACKUP_CODES[username]:
            StaticToken.objects.create(device=static, token=code)
        return user

    def _patient(self, practice: Practice, therapist: User, spec: DemoPatient) -> Patient:
        patient = Patient.objects.create(
            practice=practice,
            full_name=spec.full_name,
            preferred_names=spec.preferred,
            kind=spec.kind,
            language=spec.language,
            timezone=spec.tz,
            date_of_birth=datetime.strptime(spec.born, "%Y-%m-%d").date(),
        )
        patient.therapists.add(therapist)
        slug = spec.key.replace("_", ".")
        ContactPoint.objects.create(
            patient=patient, kind=ContactKind.EMAIL, value=f"{slug}@example.org"
        )
        ContactPoint.objects.create(
            patient=patient,
            kind=ContactKind.PHONE,
            value=f"+39333{zlib.crc32(spec.key.encode()) % 10_000_000:07d}",
        )
        for channel in spec.channels:
            do_change_consent(therapist, patient, channel, grant=True)
        do_accept_agreement(therapist, patient, therapist, spec.language)
        if spec.portal_user:
            patient.user = User.objects.create_user(
                spec.portal_user,
                password=DEMO_PASSWORD,
                role=Role.PATIENT,
                practice=practice,
                first_name=spec.full_name.split()[0],
                language=spec.language,
                timezone=spec.tz,
            )
            patient.save(update_fields=["user"])
        tz = ZoneInfo(spec.tz)
        today = timezone.now().astimezone(tz).date()
        for item in spec.messages:
            hour, minute = (int(x) for x in item.local_time.split(":"))
            day = today - timedelta(days=item.days_ago)
            when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)
            if item.direction == "in":
                message = do_receive_message(
                    patient,
                    channel=item.channel,
                    body=item.body,
                    sent_at=when,
                    actor_label="service:demo",
                ).message
            else:
                message = do_send_reply(
                    therapist, patient.conversation, body=item.body, channel=item.channel
                )
            # Back-date the demo history so the timeline reads like the past days.
            Message.objects.filter(pk=message.pk).update(
                created_at=when,
                sent_at=when,
                received_at=when if item.direction == "in" else None,
                delivered_at=None if item.direction == "in" else when,
                status="received" if item.direction == "in" else "delivered",
            )
        last = patient.conversation.messages.order_by("-created_at").first()
        if last is not None:
            conv = patient.conversation
            conv.last_message_at = last.created_at
            inbound = conv.messages.filter(direction="in").order_by("-created_at").first()
            conv.last_inbound_at = inbound.created_at if inbound else None
            conv.save(update_fields=["last_message_at", "last_inbound_at"])
        return patient

    def _print_logins(self) -> None:
        w = self.stdout.write
        w("")
        w(f"Demo logins (fictional practice; password for everyone: {DEMO_PASSWORD})")
        for name in ("elena", "tom"):
            w(
                f"  therapist {name:6}  TOTP secret (base32) {base32_of(THERAPIST_KEYS[name])}"
                f"  backup codes {', '.join(BACKUP_CODES[name])}"
            )
        w(
            f"  admin            practice administrator, TOTP secret (base32) {base32_of(THERAPIST_KEYS['admin'])}"
        )
        w("  giulia, oliver   patients (portal; no second factor)")
        w("  Current TOTP codes: scripta totp elena | scripta totp tom | scripta totp admin")
