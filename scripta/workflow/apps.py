from django.apps import AppConfig


class WorkflowConfig(AppConfig):
    name = "scripta.workflow"
    label = "workflow"
