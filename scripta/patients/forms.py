from __future__ import annotations

from typing import Any

import phonenumbers
from django import forms
from django.utils.translation import gettext_lazy as _

from scripta.accounts.models import timezone_choices
from scripta.patients.models import Channel, Patient


class PatientForm(forms.ModelForm[Patient]):
    """Only these fields can be set from a form: no mass assignment of practice or therapists."""

    mobile = forms.CharField(label=_("Mobile number (E.164)"), required=False, max_length=20)
    email = forms.EmailField(label=_("E-mail"), required=False)
    timezone = forms.ChoiceField(label=_("Time zone"), choices=timezone_choices)

    class Meta:
        model = Patient
        fields = [
            "full_name",
            "preferred_names",
            "date_of_birth",
            "kind",
            "language",
            "timezone",
            "status",
        ]
        widgets = {"date_of_birth": forms.DateInput(attrs={"type": "date"})}

    def clean_mobile(self) -> str:
        value = self.cleaned_data.get("mobile", "").strip()
        if not value:
            return ""
        try:
            number = phonenumbers.parse(value, None)
        except phonenumbers.NumberParseException as exc:
            raise forms.ValidationError(
                _("Write the number in international form, e.g. +39 333 1234567.")
            ) from exc
        if not phonenumbers.is_valid_number(number):
            raise forms.ValidationError(_("This is not a valid mobile number."))
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


class NotesForm(forms.Form):
    notes = forms.CharField(
        label=_("Clinical notes"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )


class ConsentForm(forms.Form):
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    action = forms.ChoiceField(
        label=_("Consent"),
        choices=[("grant", _("Record consent")), ("withdraw", _("Withdraw consent"))],
    )

    def clean(self) -> dict[str, Any]:
        return super().clean() or {}
