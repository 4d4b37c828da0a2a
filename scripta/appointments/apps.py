from django.apps import AppConfig


class AppointmentsConfig(AppConfig):
    name = "scripta.appointments"
    label = "appointments"
