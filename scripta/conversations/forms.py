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
    attachment = forms.FileField(label=_("Attach a file (optional)"), required=False)
    body = forms.CharField(
        label=_("Your message"), max_length=MAX_BODY, widget=forms.Textarea(attrs={"rows": 5})
    )
