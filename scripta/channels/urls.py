from __future__ import annotations

from django.conf import settings
from django.urls import include, path

from scripta.channels import anymail_inbound, views, webhooks

app_name = "channels"
urlpatterns = [
    path("accounts/", views.account_list, name="accounts"),
    path("accounts/new/", views.account_edit, name="account_new"),
    path("accounts/<int:account_id>/", views.account_edit, name="account_edit"),
    path("first-contacts/", views.first_contacts, name="first_contacts"),
    path(
        "first-contacts/<int:contact_id>/", views.first_contact_action, name="first_contact_action"
    ),
    path("hook/<str:kind>/<uuid:key>/", webhooks.webhook, name="webhook"),
    path("hook/<str:kind>/<uuid:key>/status/", webhooks.webhook, name="status_webhook"),
    # anymail's webhooks (basic auth + the ESP's signature): /channels/anymail/<esp>/inbound/
    # and /channels/anymail/<esp>/tracking/ (delivery statuses of outbound e-mail)
    path("anymail/", include((anymail_inbound.inbound_patterns(), "anymail"))),
]

if settings.DEBUG:
    from scripta.channels import simulator

    urlpatterns += [path("simulator/", simulator.simulator, name="simulator")]
