"""The development phone simulator: a message goes in by SMS and WhatsApp, a reply comes out."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import include, path

from scripta import urls as test_urls
from scripta.channels import simulator
from scripta.channels import urls as channel_urls
from scripta.channels.conftest import make_patient
from scripta.conversations.actions import conversation_for, do_send_reply
from scripta.conversations.models import Message

urlpatterns = [p for p in test_urls.urlpatterns if getattr(p, "namespace", None) != "channels"] + [
    path(
        "channels/",
        include(
            (
                [
                    *channel_urls.urlpatterns,
                    path("simulator/", simulator.simulator, name="simulator"),
                ],
                "channels",
            )
        ),
    )
]

pytestmark = pytest.mark.django_db(transaction=True)


def test_simulator_in_and_out(settings, public, practice, therapist):
    settings.DEBUG = True
    settings.ROOT_URLCONF = __name__
    patient = make_patient(practice, therapist, phone="+393331234567", email="")
    client = Client()
    assert client.post("/channels/simulator/", {"action": "setup"}).status_code == 302
    accounts = {a.kind: a for a in simulator.ChannelAccount.objects.all()}
    for kind in ("twilio_sms", "twilio_whatsapp", "meta_whatsapp"):
        client.post(
            "/channels/simulator/",
            {
                "action": "send",
                "account": accounts[kind].pk,
                "sender": "+393331234567",
                "body": f"Ciao via {kind}",
            },
        )
    assert sorted(Message.objects.values_list("body", flat=True)) == [
        "Ciao via meta_whatsapp",
        "Ciao via twilio_sms",
        "Ciao via twilio_whatsapp",
    ]
    do_send_reply(therapist, conversation_for(patient), body="Risposta via SMS", channel="sms")
    do_send_reply(
        therapist, conversation_for(patient), body="Risposta via WhatsApp", channel="whatsapp"
    )
    page = client.get("/channels/simulator/").content.decode()
    assert "Risposta via SMS" in page and "Risposta via WhatsApp" in page


def test_simulator_absent_without_debug(settings, practice):
    settings.DEBUG = False
    settings.ROOT_URLCONF = __name__
    assert Client().get("/channels/simulator/").status_code == 404
