"""Boundaries: the rhythm agreed with each patient and the excess measured against it; and the
therapist's own boundaries online (the presence checklist).

Volume is computed by the reading engine's ``assess_volume`` over recent inbound messages.
``excess_for_patients`` serves the inbox in a fixed number of queries (three), whatever the
number of patients; only e-mail bodies are decrypted (their length is what counts).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from scripta.accounts.models import User
from scripta.analysis import Rhythm, VolumeAssessment, VolumeItem, assess_volume
from scripta.audit.actions import record
from scripta.conversations.models import Direction, Message
from scripta.patients.models import Channel, Patient
from scripta.workflow.models import PatientBoundaries, PresenceCheck
from scripta.workflow.scheduling import zone
from scripta.workflow.settings_forms import BoundariesForm

# With no agreed rhythm, the engine's default applies (7 messages in 7 days).
DEFAULT_PER_DAYS = 7


def boundaries_of(patient: Patient) -> PatientBoundaries:
    """The agreement with the patient, or unsaved defaults (read receipts off)."""
    return PatientBoundaries.objects.filter(patient=patient).first() or PatientBoundaries(
        patient=patient
    )


def rhythm_of(boundaries: PatientBoundaries | None) -> Rhythm | None:
    if boundaries is None or boundaries.max_messages is None:
        if boundaries is not None and boundaries.max_email_chars:
            return Rhythm(
                max_messages=7,
                per_days=boundaries.per_days or DEFAULT_PER_DAYS,
                max_email_chars=boundaries.max_email_chars,
            )
        return None
    return Rhythm(
        max_messages=boundaries.max_messages,
        per_days=boundaries.per_days or DEFAULT_PER_DAYS,
        max_email_chars=boundaries.max_email_chars,
    )


def _window_days(rhythm: Rhythm | None) -> int:
    return max(1, int(rhythm.per_days)) if rhythm is not None else DEFAULT_PER_DAYS


def _history(patient_ids: list[int], since: datetime) -> dict[int, list[VolumeItem]]:
    """Inbound messages since ``since``, per patient: two queries (e-mails with their bodies)."""
    history: dict[int, list[VolumeItem]] = defaultdict(list)
    base = Message.objects.filter(
        conversation__patient_id__in=patient_ids,
        direction=Direction.INBOUND,
        created_at__gte=since,
    )
    for patient_id, sent_at, received_at, created_at, channel in base.exclude(
        channel=Channel.EMAIL
    ).values_list("conversation__patient_id", "sent_at", "received_at", "created_at", "channel"):
        when = sent_at or received_at or created_at
        history[patient_id].append(VolumeItem(sent_at=when, length=0, channel=channel))
    for message in (
        base.filter(channel=Channel.EMAIL)
        .only("conversation__patient_id", "sent_at", "received_at", "created_at", "channel", "body")
        .select_related("conversation")
    ):
        when = message.sent_at or message.received_at or message.created_at
        history[message.conversation.patient_id].append(
            VolumeItem(sent_at=when, length=len(message.body), channel=message.channel)
        )
    return history


def excess_for_patients(
    patient_ids: Iterable[int], now: datetime | None = None
) -> dict[int, VolumeAssessment]:
    """The volume assessment of every patient given (for the inbox): three queries in all."""
    ids = sorted(set(patient_ids))
    if not ids:
        return {}
    now = now or timezone.now()
    agreed = {b.patient_id: b for b in PatientBoundaries.objects.filter(patient_id__in=ids)}
    rhythms = {pid: rhythm_of(agreed.get(pid)) for pid in ids}
    longest = max(_window_days(r) for r in rhythms.values())
    history = _history(ids, now - timedelta(days=longest, hours=1))
    return {pid: assess_volume(history.get(pid, []), rhythms[pid], now=now) for pid in ids}


def volume_for(patient: Patient, now: datetime | None = None) -> VolumeAssessment:
    return excess_for_patients([patient.pk], now=now)[patient.pk]


def daily_counts(
    patient: Patient, days: int = 14, now: datetime | None = None
) -> list[tuple[date, int]]:
    """Inbound messages per day over the last ``days`` days (the patient's calendar days)."""
    now = now or timezone.now()
    tz = zone(patient.timezone)
    today = now.astimezone(tz).date()
    first = today - timedelta(days=days - 1)
    counts = dict.fromkeys((first + timedelta(days=i) for i in range(days)), 0)
    rows = Message.objects.filter(
        Q(conversation__patient=patient),
        direction=Direction.INBOUND,
        created_at__gte=now - timedelta(days=days + 1),
    ).values_list("sent_at", "received_at", "created_at")
    for sent_at, received_at, created_at in rows:
        day = (sent_at or received_at or created_at).astimezone(tz).date()
        if day in counts:
            counts[day] += 1
    return sorted(counts.items())


def do_save_boundaries(
    therapist: User,
    patient: Patient,
    form: BoundariesForm,
    *,
    request: HttpRequest | None = None,
) -> PatientBoundaries:
    with transaction.atomic():
        boundaries = form.save(commit=False)
        boundaries.patient = patient
        boundaries.save()
        record(
            "boundaries.changed",
            request=request,
            actor=therapist,
            patient_id=patient.pk,
            obj=boundaries,
            detail={"fields": sorted(form.changed_data)},
        )
    return boundaries


# --- the therapist's presence online --------------------------------------------------------


@dataclass(frozen=True)
class PresenceItem:
    """One item of the checklist, in English and Italian (kept in code, not in the catalogue)."""

    key: str
    label_en: str
    label_it: str
    hint_en: str
    hint_it: str

    @property
    def label(self) -> str:
        return self.label_it if (get_language() or "en").startswith("it") else self.label_en

    @property
    def hint(self) -> str:
        return self.hint_it if (get_language() or "en").startswith("it") else self.hint_en


PRESENCE_ITEMS: tuple[PresenceItem, ...] = (
    PresenceItem(
        "profile_picture",
        "Profile picture chosen with care",
        "Immagine del profilo scelta con cura",
        "No family or holiday photos, no jokes: a neutral, professional picture.",
        "Niente foto di famiglia o delle vacanze, niente scherzi: un'immagine neutra e professionale.",
    ),
    PresenceItem(
        "app_privacy",
        "Privacy settings of the messaging apps checked",
        "Impostazioni di privacy delle app di messaggistica controllate",
        "WhatsApp, Telegram, Signal: who may see your picture, status and groups.",
        "WhatsApp, Telegram, Signal: chi può vedere immagine, stato e gruppi.",
    ),
    PresenceItem(
        "last_seen_off",
        "'Last seen' and read receipts turned off",
        "'Ultimo accesso' e conferme di lettura disattivati",
        "Patients should not learn that or when you read a message unless you choose so.",
        "Il paziente non deve sapere se e quando hai letto un messaggio, a meno che tu non lo scelga.",
    ),
    PresenceItem(
        "no_social_connections",
        "No connection with patients on social networks",
        "Nessun collegamento con i pazienti sui social network",
        "Decline friend and follow requests from patients; keep personal profiles private.",
        "Non accettare richieste di amicizia dai pazienti; tieni privati i profili personali.",
    ),
    PresenceItem(
        "searched_own_name",
        "Searched your own name (and namesakes)",
        "Cercato il proprio nome (e gli omonimi)",
        "Patients will search for you: see what they find, including namesakes and common friends.",
        "I pazienti ti cercheranno: guarda cosa trovano, anche omonimi e amici comuni.",
    ),
    PresenceItem(
        "professional_space",
        "A professional space whose content you control",
        "Uno spazio professionale di cui controlli i contenuti",
        "A page or site where patients find what you chose to show.",
        "Una pagina o un sito dove i pazienti trovano ciò che hai scelto di mostrare.",
    ),
)


def presence_items() -> list[PresenceItem]:
    return list(PRESENCE_ITEMS)


def presence_checks(therapist: User) -> dict[str, datetime]:
    """Ticked items and when they were last checked."""
    return dict(PresenceCheck.objects.filter(therapist=therapist).values_list("item", "checked_at"))


def do_save_presence(
    therapist: User,
    ticked: set[str],
    *,
    revisit: bool = False,
    request: HttpRequest | None = None,
) -> dict[str, datetime]:
    """Tick and untick; ``revisit`` stamps every ticked item with today's date again."""
    known = {item.key for item in PRESENCE_ITEMS}
    ticked = ticked & known
    with transaction.atomic():
        existing = set(
            PresenceCheck.objects.filter(therapist=therapist).values_list("item", flat=True)
        )
        PresenceCheck.objects.filter(therapist=therapist).exclude(item__in=ticked).delete()
        for key in ticked - existing:
            PresenceCheck.objects.create(therapist=therapist, item=key)
        if revisit:
            PresenceCheck.objects.filter(therapist=therapist, item__in=ticked).update(
                checked_at=timezone.now()
            )
        record(
            "presence.checked",
            request=request,
            actor=therapist,
            detail={"ticked": sorted(ticked), "revisit": revisit},
        )
    return presence_checks(therapist)
