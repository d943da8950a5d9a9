"""The three analyses run for a person and kept as "SkillAnalysis" rows.

A new row is written only when a result changed, except that the gap analysis is written
once a day for people who were active (the daily snapshot), so readiness has a history.
The latest row of each type is one index range ("SkillAnalysis_userId_analysisType_
createdAt_idx"); old rows are thinned: the latest of each type, one a day for 90 days,
then one a month. Services flush; the job or command that runs them commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, select, text
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.orm import Session

from smatrx.consent.records import is_granted
from smatrx.insights.analysis import gap_analysis, profile_analysis, recommend
from smatrx.insights.gather import gather
from smatrx.insights.narrative import NarrativeSettings, narrate
from smatrx.models import SkillAnalysis, User
from smatrx.models.base import utcnow

HISTORY_DAYS = 90
KINDS = ("profile", "gap", "recommendation")


@cache
def _latest_statement() -> Select:
    """Each type's newest row for one person: DISTINCT ON over the person's index range."""
    return (
        select(SkillAnalysis)
        .where(SkillAnalysis.user_id == bindparam("user_id"))
        .ext(distinct_on(SkillAnalysis.analysis_type))
        .order_by(SkillAnalysis.analysis_type, SkillAnalysis.created_at.desc())
    )


def latest(session: Session, user_id: str) -> dict[str, SkillAnalysis]:
    """The person's newest analysis of each type (absent types missing)."""
    rows = session.scalars(_latest_statement(), {"user_id": user_id})
    return {row.analysis_type: row for row in rows}


@dataclass(frozen=True)
class Card:
    """What /home shows of the insights: the newest gap's readiness and role title, and
    the newest recommendations' first three items — read as JSON fragments, not whole rows
    (a person's stored analyses hold every number behind every sentence)."""

    readiness: int | None
    role_title: str | None
    recommendations: list[dict[str, Any]]


@cache
def _card_statement() -> Any:
    return text(
        """
        SELECT DISTINCT ON ("analysisType") "analysisType",
               "data"->'readiness', "data"->'role'->>'title',
               jsonb_path_query_array("data", '$.items[0 to 2]')
        FROM "SkillAnalysis"
        WHERE "userId" = :user_id AND "analysisType" IN ('gap', 'recommendation')
        ORDER BY "analysisType", "createdAt" DESC
        """
    )


def card(session: Session, user_id: str) -> dict[str, Card]:
    """The home card's fragments, by analysis type (one statement, on the person's index)."""
    found = {}
    for kind, readiness, title, items in session.execute(_card_statement(), {"user_id": user_id}):
        found[kind] = Card(
            readiness if isinstance(readiness, int) else None,
            title,
            items if isinstance(items, list) else [],
        )
    return found


def readiness_of(row: SkillAnalysis | None) -> int | None:
    value = row.data.get("readiness") if row is not None and isinstance(row.data, dict) else None
    return value if isinstance(value, int) else None


@dataclass(frozen=True)
class Point:
    day: date
    readiness: int
    confidence: float | None


@cache
def _history_statement() -> Select:
    return (
        select(SkillAnalysis.created_at, SkillAnalysis.data, SkillAnalysis.confidence)
        .where(
            SkillAnalysis.user_id == bindparam("user_id"),
            SkillAnalysis.analysis_type == "gap",
            SkillAnalysis.role_id == bindparam("role_id"),
            SkillAnalysis.created_at >= bindparam("since"),
        )
        .order_by(SkillAnalysis.created_at)
    )


def history(session: Session, user_id: str, role_id: str, days: int = HISTORY_DAYS) -> list[Point]:
    """Readiness for the role, one point a day (the day's last), oldest first."""
    since = utcnow() - timedelta(days=days)
    by_day: dict[date, Point] = {}
    for created_at, data, confidence in session.execute(
        _history_statement(), {"user_id": user_id, "role_id": role_id, "since": since}
    ):
        readiness = data.get("readiness") if isinstance(data, dict) else None
        if isinstance(readiness, int):
            day = created_at.date()
            by_day[day] = Point(day, readiness, confidence)
    return [by_day[day] for day in sorted(by_day)]


NARRATIVE = "narrative"
# Which analyses may carry a narrative, and the kind the narrative module knows them by.
NARRATED = {"gap": "gap", "recommendation": "recommendations"}


def _without_narrative(data: Any) -> Any:
    if isinstance(data, dict) and NARRATIVE in data:
        return {key: value for key, value in data.items() if key != NARRATIVE}
    return data


def run(
    session: Session,
    user_id: str,
    today: date,
    *,
    snapshot: bool = False,
    narrative: NarrativeSettings | None = None,
) -> list[str]:
    """Analyse the person now; add a row for each result that changed (and, with
    snapshot, a gap row if none was written today). Returns the types written. With
    narrative settings and the person's "narrative" consent, a new gap or recommendation row
    may carry a generated narrative (computed numbers and skill names only; none when the
    endpoint fails)."""
    current = latest(session, user_id)
    # Someone left out of the aggregates is not in the peers' histogram: nothing of theirs
    # to take out of it (issue 19).
    counted = not session.scalar(select(User.excluded_from_aggregates).where(User.id == user_id))
    mine = readiness_of(current.get("gap")) if counted else None
    found = gather(session, user_id, my_latest_readiness=mine)
    if narrative is not None and not is_granted(session, user_id, "narrative"):
        narrative = None  # opt-in: nothing about the person is sent without it
    gap = gap_analysis(found.role, found.held, today) if found.role is not None else None
    profile = profile_analysis(
        found.held,
        found.markets,
        found.peers,
        gap.readiness if gap is not None else None,
        today,
    )
    recommendations = recommend(found.role, found.held, found.candidates, today)
    results: dict[str, Any] = {
        "profile": (profile, None),
        "gap": (gap, found.role_id),
        "recommendation": (recommendations, found.role_id),
    }
    written = []
    for kind, (result, role_id) in results.items():
        if result is None:
            continue
        data = result.to_data()
        previous = current.get(kind)
        unchanged = (
            previous is not None
            and _without_narrative(previous.data) == data
            and previous.role_id == role_id
        )
        daily = (
            snapshot and kind == "gap" and (previous is None or previous.created_at.date() < today)
        )
        if unchanged and not daily:
            continue
        if narrative is not None and kind in NARRATED:
            told = narrate(narrative, NARRATED[kind], data)
            if told is not None:
                data = {**data, NARRATIVE: told.to_data()}
        session.add(
            SkillAnalysis(
                user_id=user_id,
                analysis_type=kind,
                data=data,
                confidence=result.confidence.value,
                role_id=role_id,
            )
        )
        written.append(kind)
    session.flush()
    return written


THIN = text(
    """
    DELETE FROM "SkillAnalysis" a
    USING (
        SELECT id, "createdAt",
               row_number() OVER (PARTITION BY "userId", "analysisType"
                                  ORDER BY "createdAt" DESC) AS newest,
               row_number() OVER (PARTITION BY "userId", "analysisType",
                                  date_trunc('day', "createdAt")
                                  ORDER BY "createdAt" DESC) AS in_day,
               row_number() OVER (PARTITION BY "userId", "analysisType",
                                  date_trunc('month', "createdAt")
                                  ORDER BY "createdAt" DESC) AS in_month
        FROM "SkillAnalysis"
        WHERE "createdAt" < :today
    ) r
    WHERE a.id = r.id
      AND r.newest > 1
      AND NOT (
        (r."createdAt" >= :recent AND r.in_day = 1)
        OR (r."createdAt" < :recent AND r.in_month = 1)
      )
    """
)


def thin(session: Session, now: datetime | None = None) -> int:
    """Drop old rows: keep each type's latest, one a day for HISTORY_DAYS, then one a
    month (today's rows are left alone). Returns how many went."""
    now = now or utcnow()
    today = datetime(now.year, now.month, now.day)
    result = session.execute(THIN, {"today": today, "recent": today - timedelta(days=HISTORY_DAYS)})
    return result.rowcount or 0


REFRESH_READINESS = (
    text('DELETE FROM "RoleReadinessStat"'),
    text(
        """
        INSERT INTO "RoleReadinessStat" ("roleId", "readiness", "people")
        SELECT "roleId", readiness, count(*)
        FROM (
            SELECT DISTINCT ON ("userId") "userId", "roleId",
                   ("data"->>'readiness')::integer AS readiness
            FROM "SkillAnalysis"
            WHERE "analysisType" = 'gap'
            ORDER BY "userId", "createdAt" DESC
        ) newest
        WHERE "roleId" IS NOT NULL AND readiness IS NOT NULL
          -- People who withdrew their "aggregates" consent are nobody's peers (issue 19).
          AND "userId" NOT IN (SELECT id FROM "User" WHERE "excludedFromAggregates")
        GROUP BY "roleId", readiness
        """
    ),
)


def refresh_role_readiness(session: Session) -> None:
    """Rebuild the per-role readiness histogram from everyone's latest gap analysis."""
    for statement in REFRESH_READINESS:
        session.execute(statement)
