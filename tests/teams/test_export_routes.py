"""Downloading a team's matrix and coverage (CSV and XLSX, opened and read back cell by
cell), the printable view, and who may export."""

from __future__ import annotations

import csv
import io
from typing import Any

import openpyxl
import pytest

from smatrx.extensions import db
from smatrx.models import SkillAssessment, TeamTarget, User
from tests.helpers import catalog_skill, hold, make_user, signed_in
from tests.teams.builders import make_team

EVIL = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def team(ada: User, member: User) -> Any:
    member.name = EVIL
    db.session.commit()
    team = make_team(ada, "Platform", member)
    hold(ada, "python", level="expert", proficiency_score=90, verified=True)
    row = hold(member, "python", level="intermediate", proficiency_score=40)
    hold(member, "go", level="advanced", proficiency_score=60)
    db.session.add(
        SkillAssessment(
            user_skill_id=row.id,
            assessor_id=ada.id,
            team_id=team.id,
            level="advanced",
            note="@cmd|' /C calc'!A0",
        )
    )
    db.session.add(
        TeamTarget(
            team_id=team.id, skill_id=catalog_skill("python").id, min_level="advanced", needed=2
        )
    )
    db.session.commit()
    return team


def _csv(response: Any) -> list[list[str]]:
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 with a BOM, for Excel
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_matrix_csv(ada_client: Any, team: Any) -> None:
    response = ada_client.get(f"/teams/{team.slug}/export?what=matrix&format=csv")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/csv")
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith(
        'attachment; filename="platform-matrix-'
    ) and disposition.endswith('.csv"')
    rows = _csv(response)
    header = rows[0]
    assert header[:2] == ["Member", "Role"]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(by_name) == {"Ada Lovelace", "'" + EVIL}  # the formula is neutralised
    python = next(h for h in header if h.startswith("Python ("))
    go = next(h for h in header if h.startswith("Go ("))
    assert by_name["Ada Lovelace"][python] == "E 90 ✓"
    assert by_name["Ada Lovelace"]["Role"] == "Lead"
    assert by_name["'" + EVIL][python] == "I 40 (lead A)"
    assert by_name["'" + EVIL][go] == "A 60"


def test_matrix_xlsx(ada_client: Any, team: Any) -> None:
    response = ada_client.get(f"/teams/{team.slug}/export?what=matrix&format=xlsx")
    assert response.status_code == 200
    assert response.headers["Content-Disposition"].endswith('.xlsx"')
    book = openpyxl.load_workbook(io.BytesIO(response.get_data()))
    sheet = book["Matrix"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    names = [row[0] for row in values[1:]]
    assert names == ["'" + EVIL, "Ada Lovelace"]  # by name: "'" sorts first
    assert sheet["A2"].data_type == "s"  # text, never a formula
    python = values[0].index(next(h for h in values[0] if h.startswith("Python (")))
    assert values[2][python] == "E 90 ✓" and values[1][python] == "I 40 (lead A)"


def test_coverage_csv_and_xlsx(ada_client: Any, team: Any) -> None:
    rows = _csv(ada_client.get(f"/teams/{team.slug}/export?what=coverage&format=csv"))
    assert rows[0][:6] == ["Skill", "Category", "Minimum level", "Needed", "At level", "Status"]
    assert rows[1][0] == "Python" and rows[1][3:7] == ["2", "1", "Short by 1", "Yes"]
    assert rows[1][7] == "Ada Lovelace"
    assert rows[-1][0] == "Readiness (%)" and rows[-1][5] == "50"
    response = ada_client.get(f"/teams/{team.slug}/export?what=coverage&format=xlsx")
    assert "platform-coverage-" in response.headers["Content-Disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.get_data()))
    assert book.sheetnames == ["Targets", "Lone experts", "Stale ratings"]
    targets = book["Targets"]
    assert (
        targets["A2"].value == "Python"
        and targets["D2"].value == 2
        and targets["F2"].value == "Short by 1"
    )
    lone = [[c.value for c in row] for row in book["Lone experts"].iter_rows(min_row=2)]
    assert [lone[0][0], lone[0][2]] == ["Go", "'" + EVIL]


def test_bad_export_parameters_get_a_clear_400(ada_client: Any, team: Any) -> None:
    for query in ("what=salaries&format=csv", "what=matrix&format=pdf"):
        response = ada_client.get(f"/teams/{team.slug}/export?{query}")
        assert response.status_code == 400
        assert "format=csv or format=xlsx" in response.get_data(
            as_text=True
        ) or "what=matrix" in response.get_data(as_text=True)


def test_the_printable_view(ada_client: Any, team: Any) -> None:
    response = ada_client.get(f"/teams/{team.slug}/print")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "print-matrix" in html and "Short by 1" in html and "E 90 ✓" in html
    assert "&#34;" in html or "&quot;" in html  # the member's name is escaped, not markup


def test_only_members_and_admins_export(app: Any, team: Any, member: User, admin: User) -> None:
    outsider = make_user("out@example.com", name="Out Sider")
    paths = [
        f"/teams/{team.slug}/export?what=matrix&format=csv",
        f"/teams/{team.slug}/export?what=coverage&format=xlsx",
        f"/teams/{team.slug}/print",
    ]
    for person, status in ((outsider, 404), (member, 200), (admin, 200)):
        browser = signed_in(app.test_client(), person)
        for path in paths:
            assert browser.get(path).status_code == status, (person.email, path)
    assert app.test_client().get(paths[0]).status_code in (302, 401)
