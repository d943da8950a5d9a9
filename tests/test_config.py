"""Configuration from the environment: clear failures, generated key for local runs."""

from __future__ import annotations

import stat

import pytest

from smatrx import create_app
from smatrx.config import ConfigError, build_config, normalise_database_url

BASE = {"DATABASE_URL": "postgresql://u@h/db", "REDIS_URL": "redis://h:6379/0"}


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@h:5432/d", "postgresql+psycopg://u:p@h:5432/d"),
        ("postgresql://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql+psycopg2://u@h/d", "postgresql+psycopg://u@h/d"),
        ("postgresql+psycopg://u@h/d", "postgresql+psycopg://u@h/d"),
    ],
)
def test_database_urls_are_pointed_at_psycopg3(given, expected):
    assert normalise_database_url(given) == expected


def test_production_without_secret_key_stops_with_a_clear_message(tmp_path):
    env = BASE | {"SMATRX_INSTANCE_PATH": str(tmp_path)}
    with pytest.raises(ConfigError, match="SECRET_KEY is not set"):
        create_app(env=env)
    assert not (tmp_path / "secret_key").exists()


def test_development_generates_a_secret_key_once_and_keeps_it_private(tmp_path):
    env = BASE | {"SMATRX_ENV": "development", "SMATRX_INSTANCE_PATH": str(tmp_path)}
    first = build_config(env)["SECRET_KEY"]
    second = build_config(env)["SECRET_KEY"]
    assert first == second and len(first) >= 40
    mode = stat.S_IMODE((tmp_path / "secret_key").stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize("missing", ["DATABASE_URL", "REDIS_URL"])
def test_missing_service_urls_are_explained(missing):
    env = {k: v for k, v in BASE.items() if k != missing} | {"SECRET_KEY": "x" * 40}
    with pytest.raises(ConfigError, match=f"{missing} is not set"):
        build_config(env)


def test_unknown_mode_is_refused():
    with pytest.raises(ConfigError, match="SMATRX_ENV"):
        build_config(BASE | {"SMATRX_ENV": "staging", "SECRET_KEY": "k"})


def test_explicit_settings_are_read():
    config = build_config(
        BASE
        | {
            "SECRET_KEY": "k" * 40,
            "MAX_UPLOAD_MB": "3",
            "SESSION_COOKIE_SECURE": "true",
            "PROXY_FIX_HOPS": "1",
        }
    )
    assert config["MAX_CONTENT_LENGTH"] == 3 * 1024 * 1024
    assert config["SESSION_COOKIE_SECURE"] is True
    assert config["PROXY_FIX_HOPS"] == 1
    assert config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://")
    with pytest.raises(ConfigError, match="whole number"):
        build_config(BASE | {"SECRET_KEY": "k", "MAX_UPLOAD_MB": "lots"})


@pytest.mark.parametrize(
    ("module", "from_checkout"), [("wsgi", True), ("smatrx.wsgi", True), ("smatrx.wsgi", False)]
)
def test_the_wsgi_entry_point_explains_a_missing_secret_key(tmp_path, module, from_checkout):
    """The checkout's wsgi.py and the package's own smatrx.wsgi (which works from any
    folder) both stop with the operator's message."""
    import subprocess
    import sys

    from smatrx.config import PROJECT_ROOT

    env = BASE | {"SMATRX_INSTANCE_PATH": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=PROJECT_ROOT if from_checkout else tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 3
    assert "SMATRX cannot start: SECRET_KEY is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_resources_come_from_the_checkout_in_development():
    from smatrx.config import PROJECT_ROOT, resource_dir

    for name in ("templates", "static", "migrations"):
        assert resource_dir(name) == PROJECT_ROOT / name


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("REDIS_URL", "http://h:6379/0", "REDIS_URL must look like redis://"),
        ("REDIS_URL", "h:6379", "REDIS_URL must look like redis://"),
        ("REDIS_URL", "redis://h:6379/zero", "database must be a number"),
        ("DATABASE_URL", "mysql://u@h/db", "DATABASE_URL must be a PostgreSQL URL"),
        ("DATABASE_URL", "sqlite:///x.db", "DATABASE_URL must be a PostgreSQL URL"),
    ],
)
def test_wrong_service_urls_are_refused_in_one_line(name, value, message):
    with pytest.raises(ConfigError, match=message) as refused:
        build_config(BASE | {"SECRET_KEY": "k" * 40, name: value})
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    "url", ["redis://h:6379/0", "rediss://:pw@h:6380/2", "unix:///run/redis.sock", "redis://h"]
)
def test_redis_urls_redis_py_accepts_pass(url):
    assert build_config(BASE | {"SECRET_KEY": "k" * 40, "REDIS_URL": url})["REDIS_URL"] == url
