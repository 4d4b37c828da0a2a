"""Outside WhatsApp's 24-hour window the composer offers the approved templates, and sends one."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import login_verified
from scripta.channels.models import ChannelAccount, OutboxEntry
from scripta.conversations.models import Conversation, DeliveryStatus, Message
from scripta.patients.models import Channel, Consent


@pytest.fixture
def whatsapp_account(conversation: Conversation, monkeypatch: pytest.MonkeyPatch) -> ChannelAccount:
    monkeypatch.setattr("scripta.conversations.outbound.enqueue_outbound", lambda message_id: None)
    patient = conversation.patient
    Consent.objects.create(patient=patient, channel=Channel.WHATSAPP, granted_at=timezone.now())
    account = ChannelAccount(
        practice=patient.practice, kind="meta_whatsapp", address="106540352242922"
    )
    account.set_credentials(
        {
            "access_token": "t",
            "app_secret": "s",
            "verify_token": "v",
            "templates": [{"name": "appointment_reminder", "language": "it", "text": "Promemoria"}],
        }
    )
    account.save()
    return account


@pytest.mark.django_db
def test_closed_window_offers_and_sends_an_approved_template(
    verified_client: Client, conversation: Conversation, whatsapp_account: ChannelAccount
) -> None:
    page = verified_client.get(
        reverse("conversations:detail", args=[conversation.pk])
    ).content.decode()
    assert 'id="wa-template-1"' in page  # the form the template button submits
    # The button comes with the advice for WhatsApp (selected, or chosen in the composer).
    checked = verified_client.post(
        reverse("workflow:check", args=[conversation.pk]), {"body": "", "channel": "whatsapp"}
    ).content.decode()
    assert 'data-whatsapp-window="closed"' in checked
    assert 'form="wa-template-1">appointment_reminder (it)</button>' in checked

    url = reverse("workflow:whatsapp_template", args=[conversation.pk])
    response = verified_client.post(url, {"name": "appointment_reminder", "language": "it"})
    assert response.status_code == 302
    message = Message.objects.get(channel=Channel.WHATSAPP)
    assert message.status == DeliveryStatus.QUEUED
    entry = OutboxEntry.objects.get(message=message)
    assert (entry.template_name, entry.template_language) == ("appointment_reminder", "it")


@pytest.mark.django_db
def test_unapproved_template_and_outsider_send_nothing(
    verified_client: Client,
    conversation: Conversation,
    whatsapp_account: ChannelAccount,
    second_therapist: Any,
) -> None:
    url = reverse("workflow:whatsapp_template", args=[conversation.pk])
    verified_client.post(url, {"name": "anything_i_like", "language": "it"})
    other = login_verified(Client(), second_therapist)
    assert other.post(url, {"name": "appointment_reminder", "language": "it"}).status_code == 404
    assert not Message.objects.filter(channel=Channel.WHATSAPP).exists()
