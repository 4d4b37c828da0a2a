"""The legal grounds an administrator picks for an erasure or a restriction (codes in the audit trail).

A code, never free text: the audit trail is permanent and must hold no content.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ErasureGround(models.TextChoices):
    NO_LONGER_NECESSARY = "no_longer_necessary", _("No longer necessary (art. 17(1)(a))")
    RETENTION_ENDED = "retention_ended", _("The legal retention period has ended")
    CONSENT_WITHDRAWN = "consent_withdrawn", _("Consent withdrawn (art. 17(1)(b))")
    OBJECTION = "objection", _("Objection (art. 17(1)(c))")
    UNLAWFUL = "unlawful", _("Unlawfully processed (art. 17(1)(d))")
    LEGAL_OBLIGATION = "legal_obligation", _("Legal obligation to erase (art. 17(1)(e))")


class RestrictionGround(models.TextChoices):
    RETENTION_REQUIRED = (
        "retention_required",
        _("Erasure requested, but the law requires keeping the record"),
    )
    ACCURACY_CONTESTED = "accuracy_contested", _("Accuracy contested (art. 18(1)(a))")
    UNLAWFUL_KEEP = "unlawful_keep", _("Unlawful, the patient asks to keep it (art. 18(1)(b))")
    LEGAL_CLAIMS = "legal_claims", _("Needed for legal claims (art. 18(1)(c))")
    OBJECTION_PENDING = "objection_pending", _("Objection being verified (art. 18(1)(d))")
