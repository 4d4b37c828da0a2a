from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from scripta.conversations.attachments import rotate_attachment_files
from scripta.core.crypto import encrypted_fields

BATCH = 500


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted value and attachment under the first key of "
        "SCRIPTA_ENCRYPTION_KEYS. Afterwards the older keys can be removed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for model in apps.get_models():
            fields = encrypted_fields(model)
            if not fields:
                continue
            total = self._rotate_model(model, fields)
            self.stdout.write(f"{model._meta.label}: {total} rows re-encrypted")
        files = rotate_attachment_files()
        self.stdout.write(f"attachments: {files} files re-encrypted")

    def _rotate_model(self, model: Any, fields: list[str]) -> int:
        total = 0
        last_pk = None
        while True:
            queryset = model._base_manager.order_by("pk")
            if last_pk is not None:
                queryset = queryset.filter(pk__gt=last_pk)
            batch = list(queryset[:BATCH])
            if not batch:
                return total
            # Saving re-encrypts under the primary key: values were decrypted on load.
            with transaction.atomic():
                model._base_manager.bulk_update(batch, fields)
            total += len(batch)
            last_pk = batch[-1].pk
