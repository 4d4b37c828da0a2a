"""Crisis alerts: a message read as high or imminent risk alerts every treating therapist at once.

The alert carries no patient content: no name, no text, no risk words; only "a message needs
your attention" and a link (which records the acknowledgement, then opens the conversation).
Routes are the therapist's choice: e-mail and/or SMS to their own phone. One alert per message
per therapist (a unique constraint), every alert and acknowledgement audited.

If the therapist enabled it, the patient receives a safety message with the emergency number
(on the channel they wrote on if they agreed to it, else the portal) that never claims the
therapist has read their message. At most one safety message per message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import timezone

from scripta.accounts.models import User
from scripta.audit.actions import record
from scripta.conversations.actions import ConsentMissing, do_send_reply
from scripta.conversations.models import Direction, Message, MessageReading
from scripta.patients.models import PatientStatus
from scripta.workflow.availability import DEFAULT_SAFETY, reply_channel, settings_for
from scripta.workflow.models import CrisisAlert, TherapistSettings

logger = logging.getLogger(__name__)

ALERTS_ACCOUNT = "service:alerts"
ALERT_RANK = 3  # high; imminent is 4
RETRY_WINDOW = timedelta(hours=24)

# The SMS route: by default the practice's SMS account (``_practice_sms``); a function may be
# registered instead (tests, or a dedicated notification provider).
SmsSender = Callable[[str, str], None]
_sms_sender: SmsSender | None = None


def register_sms_sender(sender: SmsSender | None) -> None:
    global _sms_sender
    _sms_sender = sender


def sms_sender() -> SmsSender | None:
    return _sms_sender


@dataclass(frozen=True)
class RenderedAlert:
    subject: str
    text: str
    sms: str


def alert_link(alert: CrisisAlert) -> str:
    return settings.SCRIPTA_PUBLIC_BASE_URL + reverse("desk_settings:alert_open", args=[alert.pk])


# In code, in both languages: the whole text of an alert, whatever the state of the catalogue.
ALERT_TEXTS = {
    "en": (
        "Scripta: a message needs your attention",
        "A message needs your attention.\n\nOpen it in Scripta: {link}",
        "Scripta: a message needs your attention. {link}",
    ),
    "it": (
        "Scripta: un messaggio richiede la tua attenzione",
        "Un messaggio richiede la tua attenzione.\n\nAprilo in Scripta: {link}",
        "Scripta: un messaggio richiede la tua attenzione. {link}",
    ),
}


def render_alert(therapist: User, alert: CrisisAlert) -> RenderedAlert:
    """The whole content of an alert: built from the link alone, never from the message."""
    link = alert_link(alert)
    language = therapist.language if therapist.language in ALERT_TEXTS else "en"
    subject, text, sms = ALERT_TEXTS[language]
    return RenderedAlert(subject=subject, text=text.format(link=link), sms=sms.format(link=link))


def _practice_sms(therapist: User, phone: str, text: str) -> str:
    """Send a system SMS through the practice's own SMS account (the channels' provider
    interface, outside the patient outbox: no Message row, no patient). Returns the route."""
    from scripta.channels.base import ChannelError, Outgoing
    from scripta.channels.models import ChannelAccount
    from scripta.channels.registry import get_provider

    if therapist.practice_id is None:
        return "sms_unavailable"
    accounts = ChannelAccount.objects.filter(
        practice_id=therapist.practice_id, is_active=True
    ).order_by("pk")
    account = next((a for a in accounts if a.channel == "sms"), None)
    if account is None:
        return "sms_unavailable"
    try:
        get_provider(account.kind).send(
            Outgoing(message_id=0, to=phone, body=text, language=therapist.language), account
        )
    except ChannelError as exc:
        logger.warning("crisis alert SMS failed code=%s", exc.code)
        return "sms_failed"
    return "sms"


def _deliver(therapist: User, prefs: TherapistSettings, alert: CrisisAlert) -> list[str]:
    """Send through the chosen routes; an SMS that cannot leave falls back to e-mail."""
    rendered = render_alert(therapist, alert)
    routes: list[str] = []
    want_email = prefs.alert_by_email
    if prefs.alert_by_sms and prefs.alert_phone:
        sender = sms_sender()
        if sender is not None:
            sender(prefs.alert_phone, rendered.sms)
            route = "sms"
        else:
            route = _practice_sms(therapist, prefs.alert_phone, rendered.sms)
        routes.append(route)
        if route != "sms":
            want_email = True
    if (want_email or not routes) and therapist.email:
        send_mail(rendered.subject, rendered.text, None, [therapist.email])
        routes.append("email")
    return routes


def alert_for_message(message_id: int) -> list[str]:
    """Alert every treating therapist once for this message; returns what was done, per step."""
    message = (
        Message.objects.select_related("conversation__patient", "reading")
        .filter(pk=message_id)
        .first()
    )
    reading = getattr(message, "reading", None) if message is not None else None
    if message is None or reading is None or reading.risk_rank < ALERT_RANK:
        return []
    patient = message.conversation.patient
    outcomes: list[str] = []
    for therapist in patient.therapists.filter(is_active=True).order_by("pk"):
        outcomes.append(_alert_one(therapist, message))
    if patient.status != PatientStatus.CLOSED:
        outcomes.append(_safety_message(message))
    return outcomes


def _alert_one(therapist: User, message: Message) -> str:
    prefs = settings_for(therapist)
    try:
        with transaction.atomic():
            alert = CrisisAlert.objects.create(message=message, therapist=therapist, routes="")
            # Sent inside the transaction: a failure rolls the row back so a retry alerts again.
            routes = _deliver(therapist, prefs, alert)
            alert.routes = ",".join(routes)
            alert.save(update_fields=["routes"])
            record(
                "crisis_alert.sent",
                actor_label=ALERTS_ACCOUNT,
                patient_id=message.conversation.patient_id,
                obj=alert,
                detail={"message": message.pk, "therapist": therapist.pk, "routes": routes},
            )
    except IntegrityError:
        return f"already:{therapist.pk}"
    logger.info("crisis alert id=%s message=%s routes=%s", alert.pk, message.pk, alert.routes)
    return f"alerted:{therapist.pk}:{alert.routes}"


def safety_text(prefs: TherapistSettings, language: str, number: str) -> str:
    lang = language if language in DEFAULT_SAFETY else "en"
    text = str(getattr(prefs, f"safety_message_{lang}", "") or DEFAULT_SAFETY[lang]).strip()
    text = text.replace("{number}", number)
    if number and number not in text:
        label = "Numero di emergenza" if lang == "it" else "Emergency number"
        text = f"{text}\n{label}: {number}"
    return text


def _safety_message(message: Message) -> str:
    patient = message.conversation.patient
    for therapist in patient.therapists.filter(is_active=True).order_by("pk"):
        prefs = TherapistSettings.objects.filter(
            therapist=therapist, safety_message_enabled=True
        ).first()
        if prefs is not None:
            break
    else:
        return "safety:disabled"
    channel = reply_channel(patient, message.channel)
    if channel is None:
        return "safety:no_channel"
    number = patient.practice.emergency_number
    conversation = message.conversation
    with transaction.atomic():
        alert = (
            CrisisAlert.objects.select_for_update()
            .filter(message=message, therapist=therapist)
            .first()
        )
        if alert is None:
            return "safety:no_alert"
        if CrisisAlert.objects.filter(message=message, safety_message__isnull=False).exists():
            return "safety:already"
        try:
            sent = do_send_reply(
                therapist,
                conversation,
                body=safety_text(prefs, patient.language, number),
                channel=channel,
                automatic_by=ALERTS_ACCOUNT,
            )
        except ConsentMissing:
            return "safety:no_channel"
        alert.safety_message = sent
        alert.save(update_fields=["safety_message"])
        record(
            "safety_message.sent",
            actor_label=ALERTS_ACCOUNT,
            patient_id=patient.pk,
            obj=sent,
            detail={"in_reply_to": message.pk, "therapist": therapist.pk, "channel": channel},
        )
    return f"safety:sent:{channel}"


def _enqueue(message_id: int) -> None:
    from scripta.workflow.tasks import ensure_sweeper, send_crisis_alerts

    send_crisis_alerts.enqueue(message_id)
    # Should sending fail (mail server down), the next sweep tries again.
    ensure_sweeper()


def sweep_missed(now: datetime | None = None) -> int:
    """Alert for high-risk messages of the last day that a treating therapist was not alerted
    for (a failed send rolled its alert back). Returns how many messages were retried."""
    since = (now or timezone.now()) - RETRY_WINDOW
    readings = MessageReading.objects.filter(
        risk_rank__gte=ALERT_RANK,
        read_at__gte=since,
        message__direction=Direction.INBOUND,
    ).values_list("message_id", "message__conversation__patient_id")
    retried = 0
    for message_id, patient_id in readings:
        treating = set(
            User.objects.filter(treated_patients=patient_id, is_active=True).values_list(
                "pk", flat=True
            )
        )
        alerted = set(
            CrisisAlert.objects.filter(message_id=message_id).values_list("therapist_id", flat=True)
        )
        if treating - alerted:
            try:
                alert_for_message(message_id)
            except Exception:
                logger.exception("crisis alert retry failed message=%s", message_id)
            retried += 1
    return retried


def on_reading_stored(message_id: int, risk_rank: int) -> None:
    """Called on commit after a reading is stored: alert at once if the risk is high."""
    if risk_rank < ALERT_RANK:
        return
    try:
        _enqueue(message_id)
    except Exception:  # never lose an alert to a queue hiccup: send it here instead
        logger.exception("could not enqueue crisis alerts message=%s; sending inline", message_id)
        alert_for_message(message_id)


def access_alert(request: HttpRequest, alert_id: int) -> CrisisAlert:
    user = request.user
    alert = (
        CrisisAlert.objects.select_related("message")
        .filter(pk=alert_id, therapist=user, message__conversation__patient__therapists=user)  # type: ignore[misc]
        .first()
    )
    if alert is None:
        record("access.denied", request=request, detail={"object": "crisis_alert", "id": alert_id})
        raise Http404
    return alert


def do_acknowledge_alert(
    therapist: User, alert: CrisisAlert, *, request: HttpRequest | None = None
) -> CrisisAlert:
    """The therapist opened the alert: stamped once, audited every time it is opened."""
    with transaction.atomic():
        first = alert.acknowledged_at is None
        if first:
            alert.acknowledged_at = timezone.now()
            alert.save(update_fields=["acknowledged_at"])
        record(
            "crisis_alert.acknowledged" if first else "crisis_alert.opened",
            request=request,
            actor=therapist,
            patient_id=alert.message.conversation.patient_id,
            obj=alert,
        )
    return alert
