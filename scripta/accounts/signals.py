"""Session bookkeeping: track who owns which session, end them all on deactivation."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.models import Session
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils import timezone

from scripta.accounts.models import User, UserSession

SESSION_STARTED_KEY = "scripta_started_at"


@receiver(user_logged_in)
def track_session(sender: Any, request: HttpRequest, user: User, **kwargs: Any) -> None:
    # django.contrib.auth.login() has already cycled the session key (no fixation).
    request.session[SESSION_STARTED_KEY] = timezone.now().timestamp()
    request.session.save()
    if request.session.session_key:
        UserSession.objects.update_or_create(
            session_key=request.session.session_key, defaults={"user": user}
        )


@receiver(pre_save, sender=User)
def end_sessions_of_deactivated_user(sender: Any, instance: User, **kwargs: Any) -> None:
    if instance.pk is None or instance.is_active:
        return
    was_active = User.objects.filter(pk=instance.pk, is_active=True).exists()
    if was_active:
        end_all_sessions(instance)


def end_all_sessions(user: User) -> int:
    keys = list(UserSession.objects.filter(user=user).values_list("session_key", flat=True))
    Session.objects.filter(session_key__in=keys).delete()
    UserSession.objects.filter(user=user).delete()
    return len(keys)
