"""Write audit entries. Call inside the transaction of the change being audited."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from scripta.audit.models import GENESIS_HASH, AuditChainHead, AuditEntry
from scripta.core.http import client_ip


def record(
    action: str,
    *,
    actor: Any = None,
    actor_label: str | None = None,
    patient_id: int | None = None,
    obj: Any = None,
    request: HttpRequest | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. `actor` is a user or None for a named service account (`actor_label`)."""
    if actor is None and request is not None and request.user.is_authenticated:
        actor = request.user
    with transaction.atomic():
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(
            pk=1, defaults={"last_hash": GENESIS_HASH}
        )
        entry = AuditEntry(
            at=timezone.now(),
            actor_id=getattr(actor, "pk", None),
            actor_label=actor_label or (actor.get_username() if actor is not None else "anonymous"),
            action=action,
            patient_id=patient_id,
            object_type=type(obj).__name__ if obj is not None else "",
            object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
            ip=client_ip(request) if request is not None else None,
            detail=detail or {},
            prev_hash=head.last_hash,
        )
        entry.entry_hash = entry.compute_hash()
        entry.save()
        head.last_hash = entry.entry_hash
        head.last_entry_id = entry.pk
        head.save(update_fields=["last_hash", "last_entry_id"])
    return entry


def verify_chain() -> AuditEntry | None:
    """Return the first entry whose hash or link does not hold, or None if the chain is intact."""
    expected_prev = GENESIS_HASH
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        if entry.prev_hash != expected_prev or entry.compute_hash() != entry.entry_hash:
            return entry
        expected_prev = entry.entry_hash
    head = AuditChainHead.objects.filter(pk=1).first()
    if head is not None and head.last_hash != expected_prev:
        # Entries were removed from the end of the chain.
        return AuditEntry(pk=head.last_entry_id, action="(missing)", actor_label="", prev_hash="")
    return None
