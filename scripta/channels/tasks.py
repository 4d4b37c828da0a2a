"""Background work of the channels (ids in, nothing else)."""

from __future__ import annotations

import logging

from django.apps import apps
from django_tasks import task

from scripta.channels.base import ChannelError
from scripta.channels.models import ChannelAccount
from scripta.channels.registry import get_provider
from scripta.conversations.models import Conversation, Direction

logger = logging.getLogger(__name__)


def patient_allows_receipts(patient_id: int) -> bool:
    """The therapist's per-patient choice (desk settings), when that app is installed; off by default."""
    try:
        boundaries = apps.get_model("workflow", "PatientBoundaries")
    except LookupError:
        return True  # only the account's own opt-in applies
    return bool(boundaries.objects.filter(patient_id=patient_id, read_receipts=True).exists())


@task()
def send_read_receipt(conversation_id: int) -> bool:
    """Mark the patient's latest WhatsApp message read (Meta marks the earlier ones with it)."""
    conversation = Conversation.objects.select_related("patient").filter(pk=conversation_id).first()
    if conversation is None:
        return False
    account = ChannelAccount.objects.filter(
        practice_id=conversation.patient.practice_id,
        kind="meta_whatsapp",
        read_receipts=True,
        is_active=True,
    ).first()
    if account is None:
        return False
    latest = (
        conversation.messages.filter(direction=Direction.INBOUND, provider="meta_whatsapp")
        .order_by("-created_at")
        .values_list("provider_message_id", flat=True)
        .first()
    )
    if not latest or not patient_allows_receipts(conversation.patient_id):
        return False
    try:
        get_provider(account.kind).mark_read(latest, account)
    except ChannelError as exc:
        logger.info("read receipt not sent conversation=%s code=%s", conversation_id, exc.code)
        return False
    return True
