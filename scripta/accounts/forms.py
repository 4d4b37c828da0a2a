from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils.translation import gettext_lazy as _

from scripta.accounts.models import User, timezone_choices


class AcceptInvitationForm(forms.Form):
    username = forms.CharField(label=_("Choose a user name"), max_length=150)
    password1 = forms.CharField(label=_("Password"), widget=forms.PasswordInput)
    password2 = forms.CharField(label=_("Password again"), widget=forms.PasswordInput)

    def clean_username(self) -> str:
        username: str = self.cleaned_data["username"].strip()
        if User.objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("This user name is taken."))
        return username

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password1") != data.get("password2"):
            raise forms.ValidationError(_("The two passwords differ."))
        if data.get("password1"):
            validate_password(data["password1"], User(username=data.get("username", "")))
        return data


class PreferencesForm(forms.ModelForm[User]):
    timezone = forms.ChoiceField(label=_("Time zone"), choices=timezone_choices)

    class Meta:
        model = User
        fields = ["language", "timezone", "signature"]
