"""`scripta poll_imap`: fetch unseen mail from an IMAP mailbox; mark it seen only once stored."""

from __future__ import annotations

import contextlib
import imaplib
import logging
from typing import Any

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from scripta.channels.base import WebhookRejected
from scripta.channels.models import ChannelAccount
from scripta.channels.providers.email.inbound import ingest_raw

logger = logging.getLogger(__name__)


def poll_account(account: ChannelAccount, imap_class: Any = imaplib.IMAP4_SSL) -> dict[str, int]:
    creds = account.credentials
    counts = {"stored": 0, "kept_unseen": 0}
    client = imap_class(creds["imap_host"], int(creds.get("imap_port", 993)))
    try:
        client.login(creds["imap_username"], creds["imap_password"])
        client.select(creds.get("imap_folder", "INBOX"))
        _typ, data = client.uid("SEARCH", None, "UNSEEN")
        for uid in (data[0] or b"").split():
            # BODY.PEEK does not set \\Seen: a crash before storing leaves the mail unseen.
            _typ, fetched = client.uid("FETCH", uid, "(BODY.PEEK[])")
            raw = next((part[1] for part in fetched if isinstance(part, tuple)), None)
            if raw is None:
                continue
            try:
                ingest_raw(raw, account)
            except WebhookRejected as exc:
                logger.info("imap message refused account=%s reason=%s", account.pk, exc.reason)
            except DatabaseError:
                counts["kept_unseen"] += 1
                logger.warning(
                    "imap message kept unseen (database unavailable) account=%s", account.pk
                )
                continue
            client.uid("STORE", uid, "+FLAGS", "(\\Seen)")
            counts["stored"] += 1
    finally:
        with contextlib.suppress(imaplib.IMAP4.error, OSError):
            client.logout()
    return counts


class Command(BaseCommand):
    help = "Poll the IMAP mailboxes of e-mail channel accounts that have IMAP credentials."

    def handle(self, *args: Any, **options: Any) -> None:
        for account in ChannelAccount.objects.filter(kind="email", is_active=True):
            if not account.credentials.get("imap_host"):
                continue
            counts = poll_account(account)
            self.stdout.write(
                f"account #{account.pk}: {counts['stored']} stored, {counts['kept_unseen']} kept for later"
            )
