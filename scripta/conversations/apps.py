from django.apps import AppConfig


class ConversationsConfig(AppConfig):
    name = "scripta.conversations"
    label = "conversations"
