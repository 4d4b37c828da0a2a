from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import LogoutView
from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from two_factor.urls import urlpatterns as two_factor_urls

from scripta.accounts import views as account_views
from scripta.conversations import views as conversation_views
from scripta.patients import views as patient_views
from scripta.privacy import views as privacy_views


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path("", account_views.home, name="home"),
    path("", include(two_factor_urls)),
    path("account/logout/", LogoutView.as_view(), name="logout"),
    path("account/preferences/", account_views.preferences, name="preferences"),
    path("invite/<str:token>/", account_views.accept_invitation, name="accept_invitation"),
    path("inbox/", include("scripta.conversations.urls")),
    path("patients/", include("scripta.patients.urls")),
    path("portal/", conversation_views.portal, name="portal"),
    path(
        "portal/attachments/<int:attachment_id>/",
        conversation_views.portal_attachment,
        name="portal_attachment",
    ),
    path("portal/agreement/", patient_views.portal_agreement, name="portal_agreement"),
    path("portal/my-data/", privacy_views.portal_export, name="portal_export"),
    path("privacy/", include("scripta.privacy.urls")),
    path("audit/", include("scripta.audit.urls")),
    path("channels/", include("scripta.channels.urls")),
    path("desk/", include("scripta.workflow.urls")),
    path("settings/", include("scripta.workflow.settings_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
