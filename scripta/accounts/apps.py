from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "scripta.accounts"
    label = "accounts"

    def ready(self) -> None:
        from scripta.accounts import signals  # noqa: F401
