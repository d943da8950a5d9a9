"""Configuration read from the environment (and a local .env), in one place.

Nothing else in the package reads os.environ at import time: create_app() builds a Config
from the environment it is given, which keeps tests and the zero-config runner in control.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PACKAGE_DIR = Path(__file__).resolve().parent
# The checkout, when the package runs from one (make run, tests, an editable install).
PROJECT_ROOT = PACKAGE_DIR.parent
RUNS_FROM_CHECKOUT = (PROJECT_ROOT / "pyproject.toml").is_file()
# An installed wheel keeps its data in the folder it is started from, never in site-packages.
DEFAULT_INSTANCE_PATH = (PROJECT_ROOT if RUNS_FROM_CHECKOUT else Path.cwd()) / "instance"

_TRUE = {"1", "true", "yes", "on"}

# Per provider: credentials, and every endpoint overridable (GitHub Enterprise Server,
# local test providers). Empty means "use the provider's default or its discovery document".
OAUTH_SETTINGS = tuple(
    f"{provider}_{setting}"
    for provider, settings in {
        "GITHUB": ("BASE_URL", "API_URL", "GRAPHQL_URL", "AUTHORIZE_URL", "TOKEN_URL"),
        "GOOGLE": ("DISCOVERY_URL", "AUTHORIZE_URL", "TOKEN_URL", "USERINFO_URL", "JWKS_URL"),
        "LINKEDIN": (
            "DISCOVERY_URL",
            "AUTHORIZE_URL",
            "TOKEN_URL",
            "USERINFO_URL",
            "JWKS_URL",
            "ISSUER",
        ),
    }.items()
    for setting in ("CLIENT_ID", "CLIENT_SECRET", *settings)
)


def resource_dir(name: str) -> Path:
    """templates, static or migrations: inside the package in a built wheel (setup.py puts
    them there), at the top of the checkout in development."""
    packaged = PACKAGE_DIR / name
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


def dotenv_path() -> Path:
    """The .env read at start-up: the checkout's in development, the current folder's for
    an installed wheel."""
    return (PROJECT_ROOT if RUNS_FROM_CHECKOUT else Path.cwd()) / ".env"


class ConfigError(RuntimeError):
    """The configuration cannot work; the message tells the operator what to set."""


def allowed_networks(setting: str) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
    """METRICS_ALLOW_FROM: comma-separated addresses or networks ("127.0.0.1, 10.0.0.0/8")."""
    networks = []
    for part in setting.split(","):
        part = part.strip()
        if part:
            networks.append(ipaddress.ip_network(part, strict=False))
    return networks


def _metrics(env: Mapping[str, str]) -> dict[str, Any]:
    """METRICS=on exposes /metrics to METRICS_ALLOW_FROM addresses or to METRICS_TOKEN
    bearers; on with neither (or with a short token) cannot work safely: refuse to start."""
    enabled = _bool(env.get("METRICS"), default=False)
    token = env.get("METRICS_TOKEN", "").strip()
    allow_from = env.get("METRICS_ALLOW_FROM", "").strip()
    if not enabled:
        return {"METRICS": False, "METRICS_TOKEN": "", "METRICS_ALLOW_FROM": ""}
    if not token and not allow_from:
        raise ConfigError(
            "METRICS=on needs METRICS_TOKEN (a long random string) or METRICS_ALLOW_FROM "
            "(addresses or networks, e.g. 127.0.0.1,10.0.0.0/8): /metrics would be open to all."
        )
    if token and len(token) < 16:
        raise ConfigError("METRICS_TOKEN is too short: use at least 16 random characters.")
    try:
        allowed_networks(allow_from)
    except ValueError as error:
        raise ConfigError(f"METRICS_ALLOW_FROM is not a list of addresses: {error}") from None
    return {"METRICS": True, "METRICS_TOKEN": token, "METRICS_ALLOW_FROM": allow_from}


def _teams_create(value: str) -> str:
    value = value.strip().lower()
    if value not in ("everyone", "admins"):
        raise ConfigError("TEAMS_CREATE must be 'everyone' (the default) or 'admins'.")
    return value


def normalise_database_url(url: str) -> str:
    """Point any PostgreSQL URL at the psycopg 3 driver (Heroku-style postgres:// included)."""
    for prefix in ("postgres://", "postgresql://", "postgresql+psycopg2://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def _check_redis_url(url: str) -> None:
    """What redis-py would refuse later with a traceback, refused here in one line."""
    scheme, _, rest = url.partition("://")
    if scheme not in ("redis", "rediss", "unix") or not rest:
        raise ConfigError(
            "REDIS_URL must look like redis://host:6379/0 (rediss:// for TLS, "
            f"unix:///path/to/socket), not one starting {scheme!r}."
        )
    database = urlsplit(url).path.strip("/")
    if scheme != "unix" and database and not database.isdigit():
        raise ConfigError(
            f"REDIS_URL's database must be a number (redis://host:6379/0), not {database!r}."
        )


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in _TRUE


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}.") from exc


def instance_secret_key(instance_path: Path) -> str:
    """Return the zero-config secret key kept in instance/, creating it on first use."""
    key_file = instance_path / "secret_key"
    if key_file.exists():
        return key_file.read_text().strip()
    instance_path.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Written with 0600 so other local users cannot read it.
    fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def build_config(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Translate environment variables into Flask config keys.

    SMATRX_ENV=production (the default when FLASK_DEBUG is off and SMATRX_ENV is unset is
    "production") demands an explicit SECRET_KEY; SMATRX_ENV=development or test lets the
    app keep a generated key in instance/secret_key.
    """
    env = dict(os.environ if env is None else env)
    mode = env.get("SMATRX_ENV", "production").strip().lower()
    if mode not in {"production", "development", "test"}:
        raise ConfigError("SMATRX_ENV must be production, development or test.")

    instance_path = Path(env.get("SMATRX_INSTANCE_PATH") or DEFAULT_INSTANCE_PATH)
    secret_key = env.get("SECRET_KEY", "")
    if not secret_key:
        if mode == "production":
            raise ConfigError(
                "SECRET_KEY is not set. Production needs a long random SECRET_KEY, e.g. "
                "SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(48))'). "
                "For a local trial run `make run`, which keeps a generated key in instance/."
            )
        secret_key = instance_secret_key(instance_path)

    database_url = env.get("DATABASE_URL", "")
    if not database_url:
        raise ConfigError(
            "DATABASE_URL is not set. Point it at PostgreSQL "
            "(postgresql://user:password@host:5432/smatrx), or use `make run`, which starts "
            "an embedded PostgreSQL."
        )
    if not normalise_database_url(database_url).startswith("postgresql+psycopg://"):
        raise ConfigError(
            "DATABASE_URL must be a PostgreSQL URL (postgresql://user:password@host:5432/"
            f"smatrx), not one starting {database_url.split(':', 1)[0]!r}."
        )
    redis_url = env.get("REDIS_URL", "")
    if not redis_url:
        raise ConfigError(
            "REDIS_URL is not set. Point it at Redis or Valkey (redis://host:6379/0), or use "
            "`make run`, which starts an embedded Valkey."
        )
    _check_redis_url(redis_url)

    return {
        "SMATRX_ENV": mode,
        "TESTING": mode == "test",
        "SECRET_KEY": secret_key,
        "INSTANCE_PATH": str(instance_path),
        "SQLALCHEMY_DATABASE_URI": normalise_database_url(database_url),
        "SQLALCHEMY_ENGINE_OPTIONS": {
            # Idle connections are pinged before use (smatrx.engine_tuning), not every one.
            "pool_size": _int(env, "DATABASE_POOL_SIZE", 5),
        },
        "REDIS_URL": redis_url,
        "RQ_QUEUES": ["default"],
        "RATELIMIT_STORAGE_URI": redis_url,
        "RATELIMIT_ENABLED": _bool(env.get("RATELIMIT_ENABLED"), default=True),
        # Redis away: the limits keep counting in this process's memory (Flask-Limiter logs
        # it and goes back to Redis when it answers) rather than failing every request.
        "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
        "RATELIMIT_SWALLOW_ERRORS": True,
        "WTF_CSRF_TIME_LIMIT": None,
        "MAX_CONTENT_LENGTH": _int(env, "MAX_UPLOAD_MB", 10) * 1024 * 1024,
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": _bool(env.get("SESSION_COOKIE_SECURE"), default=False),
        "PROXY_FIX_HOPS": _int(env, "PROXY_FIX_HOPS", 0),
        "HEALTHZ_TIMEOUT_SECONDS": 2,
        # Backups: the folder of pg_dump/pg_restore when they are not found by themselves
        # (smatrx/backup/pgtools.py looks in the usual places for the server's version).
        "PG_BIN_DIR": env.get("PG_BIN_DIR", ""),
        "LOG_LEVEL": env.get("LOG_LEVEL", "INFO").upper(),
        # json | text; unset: text in a terminal, JSON otherwise (smatrx/observability/logs.py)
        "LOG_FORMAT": env.get("LOG_FORMAT", "").strip().lower() or None,
        "APP_NAME": env.get("APP_NAME", "SMATRX"),
        # Optional narrative on insights (smatrx/insights/narrative.py): an OpenAI-compatible
        # chat-completions endpoint; off unless LLM_BASE_URL and LLM_MODEL are set.
        "LLM_BASE_URL": env.get("LLM_BASE_URL", ""),
        "LLM_API_KEY": env.get("LLM_API_KEY", ""),
        "LLM_MODEL": env.get("LLM_MODEL", ""),
        "LLM_TIMEOUT_SECONDS": env.get("LLM_TIMEOUT_SECONDS", ""),
        # Accounts
        "PUBLIC_URL": env.get("PUBLIC_URL", "").rstrip("/"),
        "REGISTRATION_OPEN": _bool(env.get("REGISTRATION_OPEN"), default=True),
        "SESSION_LIFETIME_DAYS": _int(env, "SESSION_LIFETIME_DAYS", 30),
        "PERMANENT_SESSION_LIFETIME": timedelta(days=_int(env, "SESSION_LIFETIME_DAYS", 30)),
        # Re-signing the cookie on every response costs every request; smatrx.auth.sessions
        # sends it again when the session row is extended (every TOUCH_INTERVAL).
        "SESSION_REFRESH_EACH_REQUEST": False,
        "VERIFY_LINK_HOURS": _int(env, "VERIFY_LINK_HOURS", 48),
        "RESET_LINK_MINUTES": _int(env, "RESET_LINK_MINUTES", 60),
        "INVITE_LINK_DAYS": _int(env, "INVITE_LINK_DAYS", 7),
        **_metrics(env),
        # Error tracking (Sentry or GlitchTip): off unless SENTRY_DSN is set.
        "SENTRY_DSN": env.get("SENTRY_DSN", "").strip(),
        "SENTRY_ENVIRONMENT": env.get("SENTRY_ENVIRONMENT", mode),
        # Teams: who may create one (everyone | admins); invite links last TEAM_INVITE_DAYS.
        "TEAMS_CREATE": _teams_create(env.get("TEAMS_CREATE", "everyone")),
        "TEAM_INVITE_DAYS": _int(env, "TEAM_INVITE_DAYS", 7),
        # Privacy and retention (issue 19; README "Privacy and retention"): the purge task and
        # `flask smatrx purge` delete what these no longer keep, PURGE_BATCH rows at a time.
        "IMPORT_RETENTION_DAYS": _int(env, "IMPORT_RETENTION_DAYS", 30),
        "NOTIFICATION_RETENTION_DAYS": _int(env, "NOTIFICATION_RETENTION_DAYS", 90),
        "LINK_RETENTION_DAYS": _int(env, "LINK_RETENTION_DAYS", 7),
        "AUDIT_IP_DAYS": _int(env, "AUDIT_IP_DAYS", 90),
        "AUDIT_RETENTION_DAYS": _int(env, "AUDIT_RETENTION_DAYS", 730),
        "PURGE_BATCH": _int(env, "PURGE_BATCH", 1000),
        "RATELIMIT_HEADERS_ENABLED": True,
        # Mail: without MAIL_SERVER, mails (and their links) go to the application log.
        "MAIL_SERVER": env.get("MAIL_SERVER", ""),
        "MAIL_PORT": _int(env, "MAIL_PORT", 587),
        "MAIL_USERNAME": env.get("MAIL_USERNAME", ""),
        "MAIL_PASSWORD": env.get("MAIL_PASSWORD", ""),
        "MAIL_USE_TLS": _bool(env.get("MAIL_USE_TLS"), default=True),
        "MAIL_USE_SSL": _bool(env.get("MAIL_USE_SSL"), default=False),
        "MAIL_FROM": env.get("MAIL_FROM", "SMATRX <no-reply@localhost>"),
        "MAIL_TIMEOUT_SECONDS": _int(env, "MAIL_TIMEOUT_SECONDS", 10),
        # OAuth sign-in: a provider is enabled when its client id and secret are set.
        "TOKEN_ENCRYPTION_KEYS": env.get("TOKEN_ENCRYPTION_KEYS", ""),
        "OAUTH_TIMEOUT_SECONDS": _int(env, "OAUTH_TIMEOUT_SECONDS", 10),
        **{name: env.get(name, "") for name in OAUTH_SETTINGS},
    }
