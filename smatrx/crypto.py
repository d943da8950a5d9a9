"""Encryption at rest for OAuth tokens (Fernet, with MultiFernet for key rotation).

TOKEN_ENCRYPTION_KEYS is a comma-separated list of Fernet keys: the first encrypts, every
one decrypts. To rotate, put a new key first, deploy, run `flask smatrx rotate-token-keys`
(re-encrypts every stored token with the new key), then drop the old key. Without the
setting, one key is derived from SECRET_KEY (fine for a trial; production should set it,
so SECRET_KEY can change without losing the tokens).
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import Flask, current_app
from sqlalchemy import Text
from sqlalchemy.types import TypeDecorator

from smatrx.config import ConfigError

_EXTENSION_KEY = "smatrx.token_cipher"


def derive_key(secret_key: str) -> bytes:
    """A Fernet key derived from SECRET_KEY (HKDF-SHA256, purpose-bound)."""
    raw = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"smatrx oauth token encryption"
    ).derive(secret_key.encode())
    return base64.urlsafe_b64encode(raw)


def build_cipher(keys_setting: str, secret_key: str) -> MultiFernet:
    keys = [key.strip() for key in keys_setting.split(",") if key.strip()]
    try:
        fernets = [Fernet(key) for key in keys] or [Fernet(derive_key(secret_key))]
    except ValueError as exc:
        raise ConfigError(
            "TOKEN_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64-encoded bytes), "
            "e.g. from: python -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        ) from exc
    return MultiFernet(fernets)


def init_app(app: Flask) -> None:
    app.extensions[_EXTENSION_KEY] = build_cipher(
        app.config.get("TOKEN_ENCRYPTION_KEYS", ""), app.config["SECRET_KEY"]
    )


def cipher() -> MultiFernet:
    return current_app.extensions[_EXTENSION_KEY]


class EncryptedText(TypeDecorator[str]):
    """A text column whose values are Fernet tokens in the database and plain strings in
    Python. A value that cannot be decrypted (a key was dropped too early) reads as None:
    the person signs in again and the token is stored anew."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        return cipher().encrypt(value.encode()).decode()

    def process_result_value(self, value: str | None, dialect: Any) -> str | None:
        if value is None:
            return None
        try:
            return cipher().decrypt(value.encode()).decode()
        except InvalidToken:
            return None


def rotate(value: str | None) -> str | None:
    """Re-encrypt a stored (encrypted) value with the first key."""
    if value is None:
        return None
    return cipher().rotate(value.encode()).decode()
