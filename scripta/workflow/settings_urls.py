"""/settings/: the therapist's settings, send later, and the link of a crisis alert."""

from django.urls import path

from scripta.workflow import settings_views as views

app_name = "desk_settings"
urlpatterns = [
    path("", views.settings_index, name="index"),
    path("office-hours/", views.office_hours, name="office_hours"),
    path("presence/", views.presence, name="presence"),
    path(
        "patients/<int:patient_id>/boundaries/",
        views.patient_boundaries,
        name="boundaries",
    ),
    path("schedule/<int:conversation_id>/", views.schedule, name="schedule"),
    path("scheduled/", views.scheduled_list, name="scheduled"),
    path("scheduled/<int:scheduled_id>/", views.scheduled_edit, name="scheduled_edit"),
    path("scheduled/<int:scheduled_id>/cancel/", views.scheduled_cancel, name="scheduled_cancel"),
    path("alerts/<int:alert_id>/", views.alert_open, name="alert_open"),
]
