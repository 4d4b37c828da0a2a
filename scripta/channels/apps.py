from django.apps import AppConfig


class ChannelsConfig(AppConfig):
    name = "scripta.channels"
    label = "channels"

    def ready(self) -> None:
        from scripta.channels import signals  # noqa: F401
        from scripta.channels.outbox import enqueue_send
        from scripta.conversations.outbound import register_outbound_sender

        register_outbound_sender(enqueue_send)
