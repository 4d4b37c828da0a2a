"""Forms of the therapist's settings and of send later. Only the listed fields are ever written."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from scripta.conversations.forms import MAX_BODY
from scripta.patients.models import Channel
from scripta.workflow.models import OfficeHours, PatientBoundaries, TherapistSettings
from scripta.workflow.scheduling import QUICK_CUSTOM, WHEN_CHOICES

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
# Words an automatic message must not contain: it would tell the patient their message was read.
READ_CLAIMS = (
    "read your",
    "i have read",
    "i've read",
    "seen your",
    "ho letto",
    "letto il tuo",
    "ho visto il tuo",
)
LOCAL_INPUT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"]


class LocalDateTimeField(forms.DateTimeField):
    """A wall-clock time as typed (naive): the action puts it in the therapist's zone."""

    widget = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("input_formats", LOCAL_INPUT_FORMATS)
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> datetime | None:
        if value in self.empty_values:
            return None
        if isinstance(value, datetime):
            return value.replace(tzinfo=None)
        for fmt in self.input_formats:
            try:
                return datetime.strptime(str(value).strip(), fmt)
            except ValueError:
                continue
        raise forms.ValidationError(self.error_messages["invalid"], code="invalid")


class ScheduleForm(forms.Form):
    body = forms.CharField(label=_("Reply"), max_length=MAX_BODY, widget=forms.Textarea)
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    when = forms.ChoiceField(label=_("Send"), choices=WHEN_CHOICES, initial=QUICK_CUSTOM)
    send_at_local = LocalDateTimeField(label=_("Date and time"), required=False)

    def __init__(self, *args: Any, channels: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = set(channels or [Channel.PORTAL])
        self.fields["channel"].choices = [c for c in Channel.choices if c[0] in allowed]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("when") == QUICK_CUSTOM and not data.get("send_at_local"):
            self.add_error("send_at_local", _("Choose a date and time."))
        return data


class EditScheduledForm(forms.Form):
    body = forms.CharField(
        label=_("Reply"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 5})
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)
    send_at_local = LocalDateTimeField(label=_("Date and time (your time zone)"))

    def __init__(self, *args: Any, channels: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        allowed = set(channels or [Channel.PORTAL])
        self.fields["channel"].choices = [c for c in Channel.choices if c[0] in allowed]  # type: ignore[attr-defined]


class TherapistSettingsForm(forms.ModelForm[TherapistSettings]):
    alert_phone = forms.CharField(
        label=_("Your own mobile phone for alerts"),
        max_length=32,
        required=False,
        help_text=_("International format, e.g. +39 333 1234567. Never shown to patients."),
    )

    class Meta:
        model = TherapistSettings
        fields = [
            "alert_by_email",
            "alert_by_sms",
            "alert_phone",
            "safety_message_enabled",
            "safety_message_en",
            "safety_message_it",
            "auto_ack_enabled",
            "auto_ack_text_en",
            "auto_ack_text_it",
            "signature_initials",
        ]
        labels = {
            "alert_by_email": _("Alert me by e-mail"),
            "alert_by_sms": _("Alert me by SMS to my own phone"),
            "safety_message_enabled": _(
                "Send the patient a safety message when a message reads as high or imminent risk"
            ),
            "safety_message_en": _("Safety message (English)"),
            "safety_message_it": _("Safety message (Italian)"),
            "auto_ack_enabled": _("Send an automatic acknowledgement outside office hours"),
            "auto_ack_text_en": _("Acknowledgement (English)"),
            "auto_ack_text_it": _("Acknowledgement (Italian)"),
            "signature_initials": _("Signature initials (e.g. 'E. B.' or 'gmm')"),
        }
        widgets = {
            "safety_message_en": forms.Textarea(attrs={"rows": 3}),
            "safety_message_it": forms.Textarea(attrs={"rows": 3}),
            "auto_ack_text_en": forms.Textarea(attrs={"rows": 2}),
            "auto_ack_text_it": forms.Textarea(attrs={"rows": 2}),
        }

    def clean_alert_phone(self) -> str:
        phone = "".join(self.cleaned_data.get("alert_phone", "").split())
        if phone and (not phone.startswith("+") or not phone[1:].isdigit() or len(phone) < 8):
            raise forms.ValidationError(_("Write the number in international format, e.g. +39…"))
        return phone

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in (
            "auto_ack_text_en",
            "auto_ack_text_it",
            "safety_message_en",
            "safety_message_it",
        ):
            lowered = str(data.get(name) or "").lower()
            if any(claim in lowered for claim in READ_CLAIMS):
                self.add_error(
                    name, _("An automatic message must not say that the message was read.")
                )
        if data.get("alert_by_sms") and not data.get("alert_phone"):
            self.add_error("alert_phone", _("An SMS alert needs your phone number."))
        return data


class OfficeHoursForm(forms.ModelForm[OfficeHours]):
    # An empty first choice: an untouched extra row posts nothing and is skipped.
    weekday = forms.TypedChoiceField(
        label=_("Day"), choices=[("", "—"), *WEEKDAYS], coerce=int, empty_value=None
    )

    class Meta:
        model = OfficeHours
        fields = ["weekday", "starts", "ends", "callback"]
        labels = {
            "starts": _("From"),
            "ends": _("To"),
            "callback": _("Call-back window (patients may call to book)"),
        }
        widgets = {
            "starts": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "ends": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        starts, ends = data.get("starts"), data.get("ends")
        if starts and ends and ends <= starts:
            self.add_error("ends", _("The end must come after the start."))
        return data


OfficeHoursFormSet = forms.modelformset_factory(
    OfficeHours, form=OfficeHoursForm, extra=2, can_delete=True
)


class BoundariesForm(forms.ModelForm[PatientBoundaries]):
    class Meta:
        model = PatientBoundaries
        fields = [
            "max_messages",
            "per_days",
            "max_email_chars",
            "agreement_note",
            "read_receipts",
            "signature",
        ]
        labels = {
            "max_messages": _("At most this many messages"),
            "per_days": _("in this many days"),
            "max_email_chars": _("Long e-mail above (characters)"),
            "agreement_note": _("What was agreed (e.g. 'e-mails only during holidays')"),
            "read_receipts": _(
                "Send read receipts at the provider (WhatsApp blue ticks) for this patient"
            ),
            "signature": _("Signature for this patient (optional)"),
        }
        help_texts = {
            "max_messages": _("Leave empty if no rhythm was agreed."),
            "read_receipts": _(
                "Off by default: the patient does not learn that or when you read a message."
            ),
        }

    def clean_per_days(self) -> int:
        days = int(self.cleaned_data["per_days"])
        if not 1 <= days <= 90:
            raise forms.ValidationError(_("Between 1 and 90 days."))
        return days


class PresenceForm(forms.Form):
    """One checkbox per item of the checklist (items are defined in code)."""

    def __init__(self, *args: Any, items: list[tuple[str, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for key, label in items:
            self.fields[key] = forms.BooleanField(label=label, required=False)
