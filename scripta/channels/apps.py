from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "scripta.channels"
    label = "channels"
