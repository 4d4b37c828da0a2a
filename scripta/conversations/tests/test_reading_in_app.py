"""The reading engine in the app: read after commit, stored with its version, re-read, shown."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from django.urls import reverse

from scripta import analysis
from scripta.conversations.actions import do_receive_message
from scripta.conversations.models import MessageReading
from scripta.conversations.templatetags.reading import highlighted
from scripta.patients.models import Channel, Patient

CRISIS = "I keep thinking I want to die... nobody would notice"


@pytest.mark.django_db(transaction=True)
def test_reading_waits_for_the_commit(patient_record: Patient) -> None:
    with transaction.atomic():
        message = do_receive_message(patient_record, channel=Channel.PORTAL, body=CRISIS).message
        # Enqueued on commit: nothing is read from a transaction that could still roll back.
        assert not MessageReading.objects.filter(message=message).exists()
    reading = MessageReading.objects.get(message=message)
    assert reading.engine_version == analysis.ENGINE_VERSION
    assert reading.risk_rank >= analysis.RISK_LEVELS.index("high")
    assert reading.details["risk"]["evidence"]


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_message_is_never_read(patient_record: Patient) -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        do_receive_message(patient_record, channel=Channel.PORTAL, body=CRISIS)
        raise RuntimeError("the request failed after storing")
    assert not MessageReading.objects.exists()


@pytest.mark.django_db
def test_reading_details_are_encrypted_at_rest(
    patient_record: Patient, django_capture_on_commit_callbacks: Any
) -> None:
    from django.db import connection

    with django_capture_on_commit_callbacks(execute=True):
        message = do_receive_message(patient_record, channel=Channel.PORTAL, body=CRISIS).message
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT details_json FROM conversations_messagereading WHERE message_id = %s",
            [message.pk],
        )
        (raw,) = cursor.fetchone()
    assert "suicidal" not in raw and "risk" not in raw


@pytest.mark.django_db
def test_reread_after_an_engine_upgrade(
    patient_record: Patient, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        message = do_receive_message(patient_record, channel=Channel.PORTAL, body=CRISIS).message
    MessageReading.objects.filter(message=message).update(engine_version="0.0.old")
    call_command("reread_messages")
    assert MessageReading.objects.get(message=message).engine_version == analysis.ENGINE_VERSION
    # Up to date: nothing to read again (unless --all).
    from io import StringIO

    out = StringIO()
    call_command("reread_messages", stdout=out)
    assert out.getvalue().startswith("0 messages")


def test_highlight_escapes_and_marks_evidence() -> None:
    text = "<b>I want to die</b>"
    start = text.index("I want")
    details: dict[str, Any] = {
        "risk": {
            "evidence": [
                {
                    "start": start,
                    "end": start + len("I want to die"),
                    "level": "high",
                    "explanation": {"en": "Wish to be dead", "it": "Desiderio di morire"},
                }
            ]
        },
        "signals": [],
    }
    html = str(highlighted(text, details))
    assert "<b>" not in html and "&lt;b&gt;" in html
    assert '<mark class="risk-high"' in html and "I want to die</mark>" in html
    assert 'title="Wish to be dead' in html


@pytest.mark.django_db
def test_conversation_view_shows_the_reading(
    verified_client: Client, patient_record: Patient, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        message = do_receive_message(patient_record, channel=Channel.PORTAL, body=CRISIS).message
    response = verified_client.get(reverse("conversations:detail", args=[message.conversation_id]))
    assert response.status_code == 200
    page = response.content.decode()
    assert "<mark" in page and "want to die</mark>" in page
    assert 'data-signal="suicidal_ideation"' in page
