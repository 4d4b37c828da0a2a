"""`scripta channels`: each configured channel account with the URLs to paste in the provider's console."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.urls import reverse

from scripta.channels.links import webhook_url
from scripta.channels.models import ChannelAccount
from scripta.channels.registry import get_provider


class Command(BaseCommand):
    help = "List channel accounts and their webhook URLs (never their credentials)."

    def handle(self, *args: Any, **options: Any) -> None:
        accounts = ChannelAccount.objects.select_related("practice").order_by(
            "practice_id", "kind", "pk"
        )
        if not accounts:
            self.stdout.write("No channel account configured.")
            return
        for account in accounts:
            provider = get_provider(account.kind)
            state = "active" if account.is_active else "inactive"
            self.stdout.write(
                f"#{account.pk} {account.kind} [{state}] practice={account.practice_id} address={account.address}"
            )
            if account.kind in ("twilio_sms", "twilio_whatsapp"):
                self.stdout.write(
                    f"  Twilio 'A message comes in' (HTTP POST): {webhook_url(account)}"
                )
                self.stdout.write(
                    "  Status callbacks: sent automatically with each message (no console setting)."
                )
            elif account.kind == "meta_whatsapp":
                self.stdout.write(f"  Meta callback URL: {webhook_url(account)}")
                self.stdout.write(
                    "  Verify token: the 'verify_token' in this account's credentials; subscribe to 'messages'."
                )
            elif account.kind == "email":
                base = settings.SCRIPTA_PUBLIC_BASE_URL + reverse("channels:accounts").removesuffix(
                    "accounts/"
                )
                self.stdout.write(f"  MTA pipe: scripta ingest_email  (mail for {account.address})")
                self.stdout.write(
                    f"  Anymail inbound: {base}anymail/<esp>/inbound/  (with WEBHOOK_SECRET basic auth)"
                )
                self.stdout.write(
                    "  IMAP: scripta poll_imap (credentials imap_host, imap_username, imap_password)"
                )
            elif not provider.has_webhook:
                self.stdout.write("  No webhook: messages are written in Scripta itself.")
