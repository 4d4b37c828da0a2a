from __future__ import annotations

import json
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from scripta.channels.models import ChannelAccount


class ChannelAccountForm(forms.ModelForm[ChannelAccount]):
    """Credentials are write-only: never shown back; left empty, the stored ones are kept."""

    credentials = forms.CharField(
        label=_("Credentials (JSON)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 6, "autocomplete": "off"}),
        help_text=_(
            "Left empty, the stored credentials are kept. See docs/channels.md for the keys of each kind."
        ),
    )

    class Meta:
        model = ChannelAccount
        fields = ["kind", "label", "address", "read_receipts", "is_active"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        credentials = data.get("credentials")
        kind = data.get("kind")
        if isinstance(credentials, dict) and kind:
            from scripta.channels.registry import get_provider

            missing = [k for k in get_provider(kind).required_credentials if not credentials.get(k)]
            if missing:
                self.add_error(
                    "credentials", _("Missing keys: %(keys)s.") % {"keys": ", ".join(missing)}
                )
        return data

    def clean_credentials(self) -> dict[str, Any] | None:
        raw = self.cleaned_data.get("credentials", "").strip()
        if not raw:
            if self.instance.pk is None:
                raise forms.ValidationError(_("A new account needs its credentials."))
            return None
        try:
            value = json.loads(raw)
        except ValueError as exc:
            raise forms.ValidationError(_("This is not valid JSON.")) from exc
        if not isinstance(value, dict):
            raise forms.ValidationError(_('Write a JSON object, e.g. {"auth_token": "..."}.'))
        return value


class ConvertFirstContactForm(forms.Form):
    action = forms.ChoiceField(
        choices=[("convert", _("Create patient")), ("discard", _("Discard"))]
    )
    full_name = forms.CharField(label=_("Patient's name"), max_length=200, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("action") == "convert" and not data.get("full_name", "").strip():
            self.add_error("full_name", _("Write the patient's name."))
        return data
