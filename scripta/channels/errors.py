"""What the therapist reads when a message could not be sent, in their language."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

MESSAGES: dict[str, Promise] = {
    "consent_withdrawn": _("Not sent: the patient withdrew consent for this channel."),
    "no_account": _("Not sent: the practice has no active account for this channel."),
    "no_address": _("Not sent: the patient has no number or address for this channel."),
    "invalid_recipient": _("Not sent: the provider refused the patient's number or address."),
    "window_closed": _(
        "Not sent: WhatsApp allows free messages only within 24 hours of the patient's last "
        "message. Send an approved template, or use another channel."
    ),
    "auth_failed": _(
        "Not sent: the provider refused the practice's credentials. Ask the administrator."
    ),
    "blocked": _("Not sent: the recipient cannot receive messages on this channel."),
    "too_many_attempts": _("Not sent: the provider kept failing; we stopped retrying."),
    "rejected": _("Not sent: the provider refused the message."),
    "too_long": _("Not sent: the message is too long for this channel."),
    # E-mail, from the provider's tracking webhook (after the provider accepted the e-mail).
    "bounced": _(
        "Not delivered: the patient's mail server refused the e-mail (the address may be wrong, "
        "or the mailbox full or closed). Check the address with the patient."
    ),
    "suppressed": _(
        "Not sent: the e-mail provider blocks this address after an earlier bounce, spam report "
        "or unsubscribe. Check with the patient, or use another channel."
    ),
    "esp_failed": _("Not sent: the e-mail provider could not send the message."),
    # E-mail notices: the e-mail arrived, but further e-mails may not.
    "complained": _(
        "Delivered, but the patient's mail program reported this e-mail as spam: further "
        "e-mails may not arrive. Ask the patient, or use another channel."
    ),
    "unsubscribed": _(
        "Delivered, but the patient asked to receive no more of these e-mails: further e-mails "
        "may be blocked. Ask the patient, or use another channel."
    ),
}

# Not failures: the message stays delivered, the therapist reads the sentence beside it.
NOTICES = frozenset({"complained", "unsubscribed"})


def describe_error(code: str) -> Promise:
    return MESSAGES.get(code, MESSAGES["rejected"])
