"""Every career role with its requirements as analysis inputs, in two statements (the
/roles list computes each role's readiness from them)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from smatrx.insights.analysis import Requirement, Role
from smatrx.insights.gather import requirement_of, requirements_statement
from smatrx.models import CareerRole


def all_roles(session: Session) -> list[tuple[CareerRole, Role]]:
    roles = list(session.scalars(select(CareerRole).order_by(CareerRole.title)))
    by_role: dict[str, list[Requirement]] = {role.id: [] for role in roles}
    for row, skill, category in session.execute(requirements_statement()):
        by_role.setdefault(row.role_id, []).append(requirement_of(row, skill, category))
    return [
        (role, Role(slug=role.slug, title=role.title, requirements=tuple(by_role[role.id])))
        for role in roles
    ]
