"""Password rules and hashing (pure functions)."""

from __future__ import annotations

import pytest

from smatrx.auth.passwords import (
    common_passwords,
    hash_password,
    needs_rehash,
    password_problems,
    verify_password,
)


@pytest.mark.parametrize(
    ("password", "email", "problem"),
    [
        ("short", None, "at least 10 characters"),
        ("ada@example.com", "Ada@Example.com", "cannot be your email"),
        ("qwertyuiop", None, "too common"),
        ("Password123", None, "too common"),
        ("x" * 257, None, "at most 256"),
    ],
)
def test_password_rules(password, email, problem):
    assert any(problem in p for p in password_problems(password, email))


def test_a_good_password_has_no_problems():
    assert password_problems("correct horse battery staple", "ada@example.com") == []


def test_the_shipped_list_of_common_passwords_is_loaded():
    assert len(common_passwords()) > 1000
    assert "1234567890" in common_passwords()


def test_hashes_are_argon2id_and_verify():
    hashed = hash_password("correct horse battery staple")
    assert hashed.startswith("$argon2id$")
    assert verify_password(hashed, "correct horse battery staple")
    assert not verify_password(hashed, "wrong horse battery staple")
    assert not needs_rehash(hashed)


def test_verifying_against_no_hash_is_false_but_does_the_work():
    assert verify_password(None, "anything at all") is False
    assert verify_password("not-a-hash", "anything at all") is False
