"""Remove with undo: the row goes at once and comes back exactly (same id, values and
timestamps, and its pending verification requests) while Redis keeps it; after that, or
once the skill is held again, Undo explains why it cannot."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import inspect, select

from smatrx.extensions import db
from smatrx.models import User, UserSkill, VerificationRequest
from smatrx.skills.undo import UNDO_SECONDS, undo_key
from tests.helpers import HX, catalog_skill, csrf_for, make_user, sign_in

# Removed rows wait in Redis; redis_conn empties it after each test.
pytestmark = pytest.mark.usefixtures("redis_conn")


def columns(row: Any) -> dict[str, Any]:
    return {attr.key: getattr(row, attr.key) for attr in inspect(type(row)).column_attrs}


@pytest.fixture
def token(ada_client: Any) -> str:
    return csrf_for(ada_client, "/skills")


@pytest.fixture
def python_row(ada: User) -> UserSkill:
    row = UserSkill(
        user_id=ada.id,
        skill_id=catalog_skill("python").id,
        level="advanced",
        proficiency_score=68,
        years_experience=7,
        last_used=datetime(2024, 3, 4, 5, 6, 7, 123000),
        verified=True,
        verified_at=datetime(2024, 4, 1, 12, 0, 0, 456000),
        verified_by="lead-1",
        source="github",
        evidence={"repos": ["ada/engine"], "links": ["https://example.com"], "notes": "n"},
        created_at=datetime(2023, 1, 2, 3, 4, 5, 678000),
        updated_at=datetime(2023, 6, 7, 8, 9, 10, 11000),
    )
    db.session.add(row)
    db.session.commit()
    return row


def reload(row_id: str) -> UserSkill | None:
    db.session.expire_all()
    return db.session.get(UserSkill, row_id)


def test_remove_deletes_at_once_and_keeps_the_row_in_redis(
    ada_client: Any, ada: User, token: str, python_row: UserSkill, redis_conn: Any
) -> None:
    before = columns(python_row)
    response = ada_client.post(
        f"/skills/{python_row.id}/remove", data={"csrf_token": token}, headers=HX
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<li id="us-{python_row.id}" class="myskill is-removed">')
    assert "Removed <strong>Python</strong>." in html and ">Undo</button>" in html
    assert 'id="skills-summary"' in html and 'hx-swap-oob="true"' in html
    assert "skillsChanged" in response.headers["HX-Trigger"]
    assert reload(before["id"]) is None
    key = undo_key(ada.id, before["id"])
    assert 0 < redis_conn.ttl(key) <= UNDO_SECONDS
    stored = json.loads(redis_conn.get(key))
    assert stored["user_skill"]["created_at"] == "2023-01-02T03:04:05.678000"


def test_undo_restores_every_column_exactly(
    ada_client: Any, ada: User, token: str, python_row: UserSkill, redis_conn: Any
) -> None:
    before = columns(python_row)
    request = VerificationRequest(
        user_skill_id=python_row.id, user_id=ada.id, level="advanced", note="please"
    )
    db.session.add(request)
    db.session.commit()
    request_before = columns(request)
    ada_client.post(f"/skills/{python_row.id}/remove", data={"csrf_token": token}, headers=HX)
    assert (
        db.session.scalar(
            select(VerificationRequest).where(VerificationRequest.id == request_before["id"])
        )
        is None
    )

    response = ada_client.post(
        f"/skills/{before['id']}/undo", data={"csrf_token": token}, headers=HX
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert html.lstrip().startswith(f'<li id="us-{before["id"]}" class="myskill"')
    assert "“Python” is back." in html
    restored = reload(before["id"])
    assert restored is not None
    assert columns(restored) == before
    assert columns(db.session.get(VerificationRequest, request_before["id"])) == request_before
    # Undo is single use.
    assert redis_conn.get(undo_key(ada.id, before["id"])) is None
    again = ada_client.post(f"/skills/{before['id']}/undo", data={"csrf_token": token}, headers=HX)
    assert again.status_code == 404


def test_remove_and_undo_without_javascript(
    ada_client: Any, ada: User, token: str, python_row: UserSkill
) -> None:
    row_id = python_row.id
    response = ada_client.post(f"/skills/{row_id}/remove", data={"csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/skills?removed={row_id}")
    page = ada_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Removed <strong>Python</strong>." in page
    assert f'action="/skills/{row_id}/undo"' in page
    response = ada_client.post(f"/skills/{row_id}/undo", data={"csrf_token": token})
    assert response.status_code == 302
    assert response.headers["Location"].endswith(f"/skills#us-{row_id}")
    assert reload(row_id) is not None
    assert "“Python” is back." in ada_client.get("/skills").get_data(as_text=True)


def test_undo_after_adding_the_skill_again_refuses(
    ada_client: Any, ada: User, token: str, python_row: UserSkill, redis_conn: Any
) -> None:
    row_id = python_row.id
    ada_client.post(f"/skills/{row_id}/remove", data={"csrf_token": token}, headers=HX)
    ada_client.post(
        "/skills", data={"csrf_token": token, "skill_id": catalog_skill("python").id}, headers=HX
    )
    response = ada_client.post(f"/skills/{row_id}/undo", data={"csrf_token": token}, headers=HX)
    assert response.status_code == 409
    assert (
        "You have added Python again since, so the removal cannot be undone."
        in response.get_data(as_text=True)
    )
    rows = db.session.scalars(select(UserSkill).where(UserSkill.user_id == ada.id)).all()
    assert len(rows) == 1 and rows[0].id != row_id and rows[0].source == "manual"
    page = ada_client.post(f"/skills/{row_id}/undo", data={"csrf_token": token})
    assert page.status_code == 302


def test_undo_after_the_time_limit_explains(
    ada_client: Any, ada: User, token: str, python_row: UserSkill, redis_conn: Any
) -> None:
    row_id = python_row.id
    ada_client.post(f"/skills/{row_id}/remove", data={"csrf_token": token}, headers=HX)
    redis_conn.delete(undo_key(ada.id, row_id))  # what the time limit does
    response = ada_client.post(f"/skills/{row_id}/undo", data={"csrf_token": token}, headers=HX)
    assert response.status_code == 404
    assert "can no longer be undone (undo lasts 10 minutes)" in response.get_data(as_text=True)
    page = ada_client.post(f"/skills/{row_id}/undo", data={"csrf_token": token})
    assert page.status_code == 404
    assert "can no longer be undone" in page.get_data(as_text=True)
    assert reload(row_id) is None


def test_nobody_else_can_undo_my_removal(
    ada_client: Any,
    another_client: Any,
    ada: User,
    token: str,
    python_row: UserSkill,
    redis_conn: Any,
) -> None:
    row_id = python_row.id
    ada_client.post(f"/skills/{row_id}/remove", data={"csrf_token": token}, headers=HX)
    make_user("grace@example.com")
    sign_in(another_client, "grace@example.com")
    their_token = csrf_for(another_client, "/skills")
    response = another_client.post(
        f"/skills/{row_id}/undo", data={"csrf_token": their_token}, headers=HX
    )
    assert response.status_code == 404
    assert reload(row_id) is None
    assert redis_conn.get(undo_key(ada.id, row_id)) is not None
