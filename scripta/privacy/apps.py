from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


def _sqlite_secure_delete(sender: Any, connection: Any, **kwargs: Any) -> None:
    """SQLite keeps deleted rows in free pages until they are reused: overwrite them with zeros,
    so that an erased patient's name is not left in the database file (GDPR art. 17)."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA secure_delete = ON")


class PrivacyConfig(AppConfig):
    name = "scripta.privacy"
    label = "privacy"

    def ready(self) -> None:
        connection_created.connect(_sqlite_secure_delete, dispatch_uid="scripta_secure_delete")
