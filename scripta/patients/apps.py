from django.apps import AppConfig


class PatientsConfig(AppConfig):
    name = "scripta.patients"
    label = "patients"
