"""The seam between the timeline and the channels' outbox.

The channels app registers the real sender; until a channel is configured, non-portal messages
stay queued (never dropped) and the therapist sees them as queued.
"""

from __future__ import annotations

from collections.abc import Callable

_sender: Callable[[int], None] | None = None


def register_outbound_sender(sender: Callable[[int], None]) -> None:
    global _sender
    _sender = sender


def enqueue_outbound(message_id: int) -> None:
    if _sender is not None:
        _sender(message_id)
