"""Merging one catalog skill into another: what a merge would move, and the merge itself
(holdings, goals, import links, names), in the caller's one transaction (it flushes; the
view commits). Two rows of one person become one through skills.holdings.absorb."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import case, delete, func, literal, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from smatrx.admin.catalog.services import CatalogActionRefused, holders_of
from smatrx.extensions import db
from smatrx.models import (
    CareerGoal,
    CareerRole,
    RoleSkill,
    Skill,
    User,
    UserSkill,
    VerificationRequest,
    import_skills,
)
from smatrx.models.base import utcnow
from smatrx.models.choices import IMPORTANCES
from smatrx.notifications.services import notify
from smatrx.skills import holdings
from smatrx.skills.levels import rank
from smatrx.text import clean_list

logger = logging.getLogger(__name__)


def find_skill_by_name(name: str) -> Skill | None:
    """The skill called name (any case), or whose slug it is."""
    name = " ".join(name.split())
    if not name:
        return None
    return db.session.scalar(
        select(Skill).where(or_(func.lower(Skill.name) == name.lower(), Skill.slug == name.lower()))
    )


@dataclass(frozen=True)
class MergePreview:
    holders: int
    both: int
    imports: int


def merge_preview(source: Skill, target: Skill | None = None) -> MergePreview:
    """What a merge would move: holders of the source, people holding both, import links."""
    both = 0
    if target is not None:
        other = select(UserSkill.user_id).where(UserSkill.skill_id == target.id)
        both = (
            db.session.scalar(
                select(func.count(UserSkill.id)).where(
                    UserSkill.skill_id == source.id, UserSkill.user_id.in_(other)
                )
            )
            or 0
        )
    imports = (
        db.session.scalar(
            select(func.count()).select_from(import_skills).where(import_skills.c["A"] == source.id)
        )
        or 0
    )
    return MergePreview(holders=holders_of(source.id), both=both, imports=imports)


def merge_skills(actor: User, source: Skill, target: Skill) -> MergePreview:
    """Move everything of source onto target and delete source (flushed, not committed).

    Holdings: a person holding only the source now holds the target; one holding both
    keeps one row with the stronger values (holdings.absorb, which also decides whether the
    verification survives) and the verification history of both.
    Import links move without repeats; the source's name and aliases become aliases of
    the target. Returns what was moved.
    """
    if source.id == target.id:
        raise CatalogActionRefused("Choose another skill: a skill cannot be merged into itself.")
    # Both rows locked, in id order, so two merges touching the same skills take turns.
    locked = {
        skill.id: skill
        for skill in db.session.scalars(
            select(Skill)
            .where(Skill.id.in_((source.id, target.id)))
            .order_by(Skill.id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
    }
    if len(locked) != 2:
        raise CatalogActionRefused("One of the skills was deleted meanwhile; nothing was merged.")
    preview = merge_preview(source, target)

    # People who hold both: fold the source row into the target row, keep its history.
    moved_alias = UserSkill.__table__.alias("moved")
    pairs = db.session.execute(
        select(UserSkill, moved_alias.c.id)
        .join(moved_alias, moved_alias.c.userId == UserSkill.user_id)
        .where(UserSkill.skill_id == target.id, moved_alias.c.skillId == source.id)
        .with_for_update()
    ).all()
    if pairs:
        moved_rows = {
            row.id: row
            for row in db.session.scalars(
                select(UserSkill).where(UserSkill.id.in_([moved_id for _, moved_id in pairs]))
            )
        }
        for kept, moved_id in pairs:
            holdings.absorb(kept, moved_rows[moved_id])
        kept_for = {moved_id: kept.id for kept, moved_id in pairs}
        db.session.execute(
            update(VerificationRequest)
            .where(VerificationRequest.user_skill_id.in_(list(kept_for)))
            .values(user_skill_id=case(kept_for, value=VerificationRequest.user_skill_id)),
            execution_options={"synchronize_session": False},
        )
        db.session.flush()
        db.session.execute(
            delete(UserSkill).where(UserSkill.id.in_(list(moved_rows))),
            execution_options={"synchronize_session": False},
        )
    # Everyone else's source row becomes a target row.
    db.session.execute(
        update(UserSkill)
        .where(UserSkill.skill_id == source.id)
        .values(skill_id=target.id, updated_at=utcnow()),
        execution_options={"synchronize_session": False},
    )
    # Goals naming the source now name the target (their progress follows at the next
    # skill change of their owner).
    db.session.execute(
        update(CareerGoal)
        .where(CareerGoal.skill_id == source.id)
        .values(skill_id=target.id, updated_at=utcnow()),
        execution_options={"synchronize_session": False},
    )
    _move_role_requirements(source, target)
    # Import links: copied to the target unless already there, then gone with the source.
    db.session.execute(
        pg_insert(import_skills)
        .from_select(
            ["A", "B"],
            select(literal(target.id), import_skills.c["B"]).where(
                import_skills.c["A"] == source.id
            ),
        )
        .on_conflict_do_nothing(index_elements=["A", "B"])
    )
    db.session.execute(delete(import_skills).where(import_skills.c["A"] == source.id))

    target.aliases = clean_list(
        [*target.aliases, source.name, *source.aliases], drop=(target.name,)
    )
    target.tags = clean_list([*target.tags, *source.tags])
    if source.proposed_by_id and not source.is_published:
        notify(
            source.proposed_by_id,
            "catalog.merged",
            f"The skill you proposed, {source.name}, is now part of {target.name}.",
        )
    name = source.name
    db.session.delete(source)
    db.session.flush()
    logger.info(
        "admin %s merged skill %s into %s (%d holders, %d held both, %d import links)",
        actor.id,
        name,
        target.slug,
        preview.holders,
        preview.both,
        preview.imports,
    )
    return preview


def _move_role_requirements(source: Skill, target: Skill) -> None:
    """Roles requiring the source now require the target; a role that required both keeps
    one requirement with the stronger of each value (importance, level, weight)."""
    rows = db.session.scalars(
        select(RoleSkill)
        .where(RoleSkill.skill_id.in_((source.id, target.id)))
        .order_by(RoleSkill.role_id, RoleSkill.id)
        .with_for_update()
    ).all()
    by_role: dict[str, dict[str, RoleSkill]] = {}
    for row in rows:
        by_role.setdefault(row.role_id, {})[row.skill_id] = row
    moved_in: set[str] = set()
    for role_id, pair in by_role.items():
        moved, kept = pair.get(source.id), pair.get(target.id)
        if moved is None:
            continue
        moved_in.add(role_id)
        if kept is None:
            moved.skill_id = target.id
            continue
        kept.importance = min(kept.importance, moved.importance, key=IMPORTANCES.index)
        kept.min_level = max(kept.min_level, moved.min_level, key=rank)
        kept.weight = max(kept.weight, moved.weight)
        db.session.delete(moved)
    if moved_in:
        # A merge is an admin's edit of these lists: the seed must not undo it.
        db.session.execute(
            update(CareerRole)
            .where(CareerRole.id.in_(moved_in))
            .values({CareerRole.requirements_edited_at: utcnow()}),
            execution_options={"synchronize_session": False},
        )
    db.session.flush()
