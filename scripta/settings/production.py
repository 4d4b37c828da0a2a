"""Production profile: every secret from the environment, HTTPS everywhere."""

from scripta.settings.base import *  # noqa: F403
from scripta.settings.env import env_bool, env_int, env_list, env_required

DEBUG = False
SECRET_KEY = env_required("SECRET_KEY")
SCRIPTA_ENCRYPTION_KEYS = env_list("SCRIPTA_ENCRYPTION_KEYS") or [
    env_required("SCRIPTA_ENCRYPTION_KEYS")
]
SCRIPTA_BLIND_INDEX_KEY = env_required("SCRIPTA_BLIND_INDEX_KEY")

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
