"""Forms of the therapist's desk (the composer's own form lives in conversations.forms)."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from scripta.conversations.forms import MAX_BODY
from scripta.patients.models import Channel
from scripta.workflow.reply_templates import TOPICS

MAX_NOTE = 4000


class SaveForSessionForm(forms.Form):
    note = forms.CharField(
        label=_("Note for the session (optional)"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class NoReplyForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional, only you see it)"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class HandledForm(forms.Form):
    note = forms.CharField(
        label=_("What you did (required)"),
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean_note(self) -> str:
        note: str = self.cleaned_data["note"].strip()
        if not note:
            raise forms.ValidationError(_("Write what you did: the note is required."))
        return note


class CheckForm(forms.Form):
    body = forms.CharField(required=False, max_length=MAX_BODY, strip=False)
    channel = forms.ChoiceField(choices=Channel.choices, required=False)


class ReplyTemplateForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), choices=list(TOPICS.items()))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    title = forms.CharField(label=_("Title"), max_length=120)
    body = forms.CharField(
        label=_("Text"),
        max_length=MAX_BODY,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Placeholders: {name}, {callback_windows}, {count}, {allowed}, {days}. "
            "No signature: you add it when you reply."
        ),
    )
