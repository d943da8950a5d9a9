"""Token encryption keys: MultiFernet rotation, and the rotate-token-keys command."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text

from smatrx.config import ConfigError
from smatrx.crypto import build_cipher, derive_key
from smatrx.extensions import db
from smatrx.models import Account
from tests.helpers import make_user


def test_without_keys_one_is_derived_from_the_secret_key():
    cipher = build_cipher("", "a secret key")
    again = build_cipher("", "a secret key")
    assert again.decrypt(cipher.encrypt(b"token")) == b"token"
    assert derive_key("a secret key") != derive_key("another secret key")


def test_new_key_first_old_keys_still_decrypt():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    stored = build_cipher(old, "s").encrypt(b"token")
    rotated = build_cipher(f"{new},{old}", "s")
    assert rotated.decrypt(stored) == b"token"
    assert build_cipher(new, "s").decrypt(rotated.rotate(stored)) == b"token"


def test_bad_keys_are_a_configuration_error():
    with pytest.raises(ConfigError, match="TOKEN_ENCRYPTION_KEYS"):
        build_cipher("not-a-key", "s")


def test_rotate_command_reencrypts_with_the_first_key(app, db_session):
    person = make_user("ada@example.com")
    db.session.add(
        Account(
            user_id=person.id,
            type="oauth",
            provider="github",
            provider_account_id="7",
            access_token="gho_secret",
        )
    )
    db.session.commit()
    old_cipher = app.extensions["smatrx.token_cipher"]
    new_key = Fernet.generate_key().decode()
    derived = derive_key(app.config["SECRET_KEY"]).decode()
    try:
        app.extensions["smatrx.token_cipher"] = build_cipher(f"{new_key},{derived}", "")
        result = app.test_cli_runner().invoke(args=["smatrx", "rotate-token-keys"])
        assert result.exit_code == 0, result.output
        assert "1 linked account" in result.output
        raw = db.session.execute(text('SELECT access_token FROM "Account"')).scalar()
        assert build_cipher(new_key, "").decrypt(raw.encode()) == b"gho_secret"
    finally:
        app.extensions["smatrx.token_cipher"] = old_cipher
