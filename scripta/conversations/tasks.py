from __future__ import annotations

from django_tasks import task

from scripta.conversations.reading import do_read_message


@task()
def read_inbound_message(message_id: int) -> None:
    """Idempotent: reading the same message twice replaces the reading."""
    do_read_message(message_id)
