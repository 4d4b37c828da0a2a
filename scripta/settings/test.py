"""Test profile: fixed keys, fast hashing, plain static storage (no collectstatic needed)."""

import os

from scripta.settings.base import *  # noqa: F403
from scripta.settings.env import env

SECRET_KEY = "test-secret-key-0123456789abcdef0123456789abcdef"  # noqa: S105
SCRIPTA_ENCRYPTION_KEYS = [
    "aA3lbBZfG2PSUIWqJSeFqV7IkGn6OdDtYOQvGbnb1r0=",
]
SCRIPTA_BLIND_INDEX_KEY = "test-blind-index-key"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
TASKS = {
    "default": {
        "BACKEND": env("SCRIPTA_TEST_TASKS_BACKEND")
        or "django_tasks.backends.immediate.ImmediateBackend"
    }
}
STATIC_ROOT = None  # type: ignore[assignment]  # tests serve static files through the finders, never from a collected tree
WHITENOISE_USE_FINDERS = True

# SQLite tests use a file database, not one shared in-memory connection: the live server's
# threads then get their own connections (as in a real deployment), and a worker subprocess can
# open the same database. One file per test process, so parallel runs do not collide.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    VAR_DIR.mkdir(parents=True, exist_ok=True)  # noqa: F405  # a clean clone has no var/ yet
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(VAR_DIR / f"test-{os.getpid()}.sqlite3")  # noqa: F405
    }
