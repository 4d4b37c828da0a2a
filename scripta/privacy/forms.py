from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from scripta.patients.models import Patient
from scripta.privacy.grounds import ErasureGround, RestrictionGround


class ExportForm(forms.Form):
    include_notes = forms.BooleanField(
        label=_("Include the therapist's clinical notes"),
        required=False,
        help_text=_(
            "Off by default: personal notes may be withheld where the law allows it. "
            "Include them once the treating therapist has reviewed them."
        ),
    )


class RestrictForm(forms.Form):
    ground = forms.ChoiceField(label=_("Ground"), choices=RestrictionGround.choices)


def confirmation_phrase(patient: Patient) -> str:
    return f"ERASE {patient.pk}"


class EraseForm(forms.Form):
    ground = forms.ChoiceField(label=_("Ground"), choices=ErasureGround.choices)
    reference = forms.RegexField(
        label=_("Reference of the request (optional)"),
        regex=r"^[A-Za-z0-9./_-]{0,40}$",
        required=False,
        help_text=_(
            "A file or ticket number only (letters, digits, . / _ -): it is kept in the "
            "audit trail forever, so never write health information here."
        ),
    )
    confirmation = forms.CharField(label=_("Confirmation"), max_length=40)

    def __init__(self, *args: Any, patient: Patient, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.patient = patient

    def clean_confirmation(self) -> str:
        value = " ".join(self.cleaned_data["confirmation"].split())
        if value != confirmation_phrase(self.patient):
            raise forms.ValidationError(
                _("Type %(phrase)s exactly to confirm.")
                % {"phrase": confirmation_phrase(self.patient)}
            )
        return value
