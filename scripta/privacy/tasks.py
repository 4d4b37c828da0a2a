from __future__ import annotations

from django_tasks import task

from scripta.privacy.notices import notify_held_message


@task()
def tell_administrators_about_held_message(message_id: int) -> None:
    notify_held_message(message_id)
