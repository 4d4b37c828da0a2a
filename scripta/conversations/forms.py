from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from scripta.patients.models import Channel

MAX_BODY = 20_000


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 4})
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=Channel.choices)

    def __init__(self, *args: object, channels: list[str] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        allowed = set(channels or [Channel.PORTAL])
        self.fields["channel"].choices = [c for c in Channel.choices if c[0] in allowed]  # type: ignore[attr-defined]


class PortalMessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 5})
    )
    attachment = forms.FileField(label=_("Attach a file (optional)"), required=False)


def _choices(labels: dict[str, object]) -> list[tuple[str, object]]:
    return [("", "—"), *labels.items()]


class InboxFilterForm(forms.Form):
    """Filters of the triaged inbox. Search runs in the therapist's own conversations only."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    signal = forms.ChoiceField(label=_("Signal"), required=False)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    channel = forms.ChoiceField(label=_("Channel"), required=False)
    patient = forms.IntegerField(label=_("Patient"), required=False, min_value=1)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        from scripta.conversations.templatetags.reading import SIGNAL_LABELS, TOPIC_LABELS

        self.fields["signal"].choices = _choices(SIGNAL_LABELS)  # type: ignore[attr-defined]
        self.fields["topic"].choices = _choices(TOPIC_LABELS)  # type: ignore[attr-defined]
        self.fields["channel"].choices = [("", "—"), *Channel.choices]  # type: ignore[attr-defined]

    def set_patients(self, patients: list[tuple[int, str]]) -> None:
        """The patient filter as a list of the therapist's own patients (known after the query)."""
        self.fields["patient"].widget = forms.Select(choices=[("", "—"), *patients])
