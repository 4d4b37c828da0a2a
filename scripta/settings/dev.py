"""Development profile used by `make run`: local keys, DEBUG on. Never use it in production."""

from scripta.settings.base import *  # noqa: F403
from scripta.settings.base import VAR_DIR
from scripta.settings.env import env, env_list

DEBUG = True
# Development-only keys, published in the README: fine for the fictional demo practice only.
SECRET_KEY = env("SECRET_KEY", "dev-only-secret-key-not-for-production-0123456789abcdef") or ""
SCRIPTA_ENCRYPTION_KEYS = env_list(
    "SCRIPTA_ENCRYPTION_KEYS", "aA3lbBZfG2PSUIWqJSeFqV7IkGn6OdDtYOQvGbnb1r0="
)
SCRIPTA_BLIND_INDEX_KEY = env("SCRIPTA_BLIND_INDEX_KEY", "dev-only-blind-index-key") or ""
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend") or ""
EMAIL_FILE_PATH = VAR_DIR / "outbox-mail"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
