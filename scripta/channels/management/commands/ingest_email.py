"""`scripta ingest_email < message.eml`: store one e-mail piped by the practice's MTA.

Exit codes follow sendmail's sysexits, which Postfix/Exim pipe transports understand:
0 stored (or a duplicate), 65 malformed, 67 no mailbox configured for the recipient,
75 temporary failure (database unavailable: the MTA keeps the mail and retries).
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand
from django.db import DatabaseError

from scripta.channels.base import WebhookRejected
from scripta.channels.providers.email.inbound import UnknownRecipient, ingest_raw

EX_DATAERR = 65
EX_NOUSER = 67
EX_TEMPFAIL = 75


class Command(BaseCommand):
    help = "Store one raw MIME e-mail read from standard input."

    def handle(self, *args: Any, **options: Any) -> None:
        raw = sys.stdin.buffer.read()
        try:
            result = ingest_raw(raw)
        except UnknownRecipient:
            self.stderr.write("No e-mail channel account receives at this address.")
            sys.exit(EX_NOUSER)
        except WebhookRejected as exc:
            self.stderr.write(f"Refused: {exc.reason}")
            sys.exit(EX_DATAERR)
        except DatabaseError:
            self.stderr.write("Database unavailable: try again later.")
            sys.exit(EX_TEMPFAIL)
        self.stdout.write(result)
