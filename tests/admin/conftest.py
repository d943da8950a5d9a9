"""Admin test fixtures: signed-in admin and member clients."""

from __future__ import annotations

from typing import Any

import pytest
from flask import Flask

from tests.helpers import make_user, sign_in


@pytest.fixture
def admin(db_session: Any) -> Any:
    return make_user("ada@example.com", "admin", name="Ada Admin")


@pytest.fixture
def admin_client(app: Flask, client: Any, admin: Any) -> Any:
    response = sign_in(client, admin.email)
    assert response.status_code == 302
    return client


@pytest.fixture
def member(db_session: Any) -> Any:
    return make_user("mo@example.com", name="Mo Member")


@pytest.fixture
def member_client(another_client: Any, member: Any) -> Any:
    other = another_client
    response = sign_in(other, member.email)
    assert response.status_code == 302
    return other
