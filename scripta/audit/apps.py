from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "scripta.audit"
    label = "audit"
