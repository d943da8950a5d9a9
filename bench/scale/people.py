"""People for the scale dataset: users, profiles, skills, goals, imports, achievements and
notifications, as rows ready for COPY (tuples in the column order of COLUMNS).

Pure (no Flask, no database): everything the rows depend on comes in a World. Values respect
the schema's CHECK constraints and unique indexes, levels and scores agree with the bands of
smatrx.skills.levels, and achievements are exactly what the rules award for the facts
generated, so no page awards anything on its first view.
"""

from __future__ import annotations

import random
import string
from bisect import bisect
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import accumulate
from typing import Any

from psycopg.types.json import Jsonb

from smatrx.achievements.rules import RULES, Facts
from smatrx.models.choices import (
    AVAILABILITY,
    CAREER_STAGES,
    CAREER_TIMELINES,
    GOAL_PRIORITIES,
    REMOTE_PREFERENCES,
)
from smatrx.profile.steps import STEP_KEYS
from smatrx.skills.levels import BANDS, LEVELS

COLUMNS: dict[str, tuple[str, ...]] = {
    "User": (
        "id", "name", "email", "emailVerified", "createdAt", "updatedAt", "passwordHash",
        "role",
    ),
    "Profile": (
        "id", "userId", "bio", "title", "company", "location", "yearsExperience", "careerStage",
        "industries", "languages", "availability", "remotePreference", "targetRole",
        "careerTimeline", "onboardingCompleted", "onboardingCompletedAt", "createdAt",
        "updatedAt", "onboardingSteps",
    ),
    "UserSkill": (
        "id", "userId", "skillId", "level", "proficiencyScore", "yearsExperience", "lastUsed",
        "verified", "verifiedAt", "verifiedBy", "source", "evidence", "createdAt", "updatedAt",
        "editedAt",
    ),
    "CareerGoal": (
        "id", "userId", "title", "description", "type", "targetDate", "status", "priority",
        "progress", "createdAt", "updatedAt", "skillId", "targetLevel", "roleId",
    ),
    "SkillImport": (
        "id", "userId", "source", "status", "progress", "message", "results", "error",
        "startedAt", "completedAt", "attempts", "heartbeatAt",
    ),
    "_ImportSkills": ("A", "B"),
    "Achievement": (
        "id", "userId", "type", "title", "description", "points", "badge", "earnedAt", "ruleKey",
    ),
    "Notification": ("id", "userId", "kind", "message", "link", "readAt", "createdAt"),
}  # fmt: skip

FIRST = [
    "Ada",
    "Ben",
    "Chloe",
    "Dev",
    "Elif",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kemi",
    "Liam",
    "Mei",
    "Noor",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tariq",
    "Uma",
    "Vera",
    "Wei",
    "Xavi",
    "Yara",
    "Zane",
]
LAST = [
    "Abara",
    "Berg",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jansen",
    "Kowalski",
    "Larsen",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quist",
    "Rossi",
    "Sato",
    "Tanaka",
    "Uribe",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
]
TITLES = [
    "Software Engineer",
    "Senior Software Engineer",
    "Data Analyst",
    "Product Designer",
    "DevOps Engineer",
    "Engineering Manager",
    "Data Scientist",
    "QA Engineer",
    "Frontend Developer",
    "Backend Developer",
]
COMPANIES = [
    "Acme Corp",
    "Globex",
    "Initech",
    "Umbrella Labs",
    "Stark Industries",
    "Wayne Enterprises",
    "Hooli",
    "Vandelay Industries",
]
CITIES = [
    "Berlin",
    "London",
    "Lisbon",
    "Toronto",
    "Austin",
    "Bangalore",
    "Singapore",
    "Nairobi",
    "Warsaw",
    "Remote",
]
INDUSTRIES = [
    "Software",
    "Finance",
    "Healthcare",
    "Retail",
    "Education",
    "Manufacturing",
    "Media",
    "Government",
]
LANGUAGES = ["English", "German", "Spanish", "French", "Hindi", "Mandarin", "Portuguese", "Polish"]
LEVEL_WEIGHTS = (25, 35, 27, 13)
SOURCE_WEIGHTS = {"manual": 50, "resume": 20, "github": 15, "linkedin": 15}
IMPORT_LABELS = {
    "github": "your GitHub repositories",
    "linkedin": "your LinkedIn export",
    "resume": "your résumé",
}
YEARS_BY_LEVEL = {
    "beginner": (0, 2),
    "intermediate": (1, 5),
    "advanced": (3, 10),
    "expert": (5, 20),
}
_ID_ALPHABET = string.ascii_lowercase + string.digits


def new_id(rng: random.Random) -> str:
    """A cuid2-shaped id (25 characters, a letter first); the app's generator is ~80 µs an id,
    too slow for half a million rows."""
    return rng.choice(string.ascii_lowercase) + "".join(rng.choices(_ID_ALPHABET, k=24))


def inclusion_probabilities(count: int, picks: int, top: float = 0.7) -> list[float]:
    """Zipf-like chances that a person holds the skill of each popularity rank: top for rank
    1, falling as rank^-s with s chosen so that a person holds `picks` of them on average."""
    picks = min(picks, int(top * count))

    def total(s: float) -> float:
        return sum(min(1.0, top * rank**-s) for rank in range(1, count + 1))

    low, high = 0.0, 8.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if total(middle) > picks else (low, middle)
    return [min(1.0, top * rank**-low) for rank in range(1, count + 1)]


@dataclass
class World:
    """What people's rows refer to."""

    real_skills: list[str]  # skill ids, most popular first
    synthetic_skills: list[str]  # skill ids, most popular first
    skill_names: dict[str, str]
    skill_categories: dict[str, str]  # skill id → category id
    category_count: int
    role_ids: list[str]
    role_titles: dict[str, str]
    password_hash: str
    import_link: str  # "/imports/{}"
    now: datetime
    skills_per_person: int
    real_share: float = 0.85
    real_chances: list[float] = field(default_factory=list)
    synthetic_weights: list[float] = field(default_factory=list)


def prepare(world: World) -> World:
    real = min(len(world.real_skills), round(world.skills_per_person * world.real_share))
    world.real_chances = inclusion_probabilities(len(world.real_skills), real)
    # Synthetic skills: a flatter head (rank + 10), so the most popular has hundreds of holders.
    world.synthetic_weights = list(
        accumulate(1 / (rank + 10) for rank in range(len(world.synthetic_skills)))
    )
    return world


class PersonMaker:
    def __init__(self, world: World, seed: int) -> None:
        self.world = prepare(world)
        self.rng = random.Random(seed)
        self.order = list(range(len(world.real_skills)))

    def _ago(self, days: float) -> datetime:
        return self.world.now - timedelta(days=self.rng.uniform(0, days))

    def _held_skills(self) -> list[str]:
        """Exactly skills_per_person distinct skills: real ones by systematic sampling with
        the Zipf-like chances (in a fresh random order, so no two skills are tied), the rest
        synthetic, drawn by popularity."""
        world, rng = self.world, self.rng
        rng.shuffle(self.order)
        chosen: list[str] = []
        point, running = rng.random(), 0.0
        for index in self.order:
            running += world.real_chances[index]
            if running > point:
                chosen.append(world.real_skills[index])
                point += 1.0
        wanted = min(world.skills_per_person, len(world.real_skills) + len(world.synthetic_skills))
        seen = set(chosen)
        pool = world.synthetic_skills or world.real_skills
        weights = world.synthetic_weights if world.synthetic_skills else None
        while len(chosen) < wanted:
            if weights:
                skill = pool[bisect(weights, rng.random() * weights[-1])]
            else:
                skill = rng.choice(pool)
            if skill not in seen:
                seen.add(skill)
                chosen.append(skill)
        return chosen[:wanted]

    def person(self, number: int, verifiers: list[str]) -> dict[str, list[tuple[Any, ...]]]:
        """Every row of person `number`; verifiers are people who may have verified skills."""
        world, rng = self.world, self.rng
        rows: dict[str, list[tuple[Any, ...]]] = {table: [] for table in COLUMNS}
        user_id = new_id(rng)
        joined = self._ago(730)
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        role = "admin" if number == 0 else ("verifier" if number % 50 == 1 else "member")
        email = f"person{number}@bench.example"
        rows["User"].append(
            (user_id, name, email, joined, joined, joined, world.password_hash, role)
        )
        onboarded = joined + timedelta(minutes=rng.randint(2, 60))
        stage = rng.choice(CAREER_STAGES)
        rows["Profile"].append((
            new_id(rng), user_id, f"{name} works on {rng.choice(TITLES).lower()} things.",
            rng.choice(TITLES), rng.choice(COMPANIES), rng.choice(CITIES), rng.randint(0, 30),
            stage, rng.sample(INDUSTRIES, 2), rng.sample(LANGUAGES, rng.randint(1, 3)),
            rng.choice(AVAILABILITY), rng.choice(REMOTE_PREFERENCES),
            world.role_titles[rng.choice(world.role_ids)], rng.choice(CAREER_TIMELINES), True,
            onboarded, joined, onboarded, Jsonb(dict.fromkeys(STEP_KEYS, "done")),
        ))  # fmt: skip

        held = self._held_skills()
        imports = self._imports(user_id, held, joined, rows)
        levels: dict[str, str] = {}
        verified = experts = 0
        for skill_id in held:
            level = rng.choices(LEVELS, LEVEL_WEIGHTS)[0]
            levels[skill_id] = level
            experts += level == "expert"
            low, high = BANDS[level]
            years = rng.randint(*YEARS_BY_LEVEL[level])
            source = rng.choices(list(SOURCE_WEIGHTS), list(SOURCE_WEIGHTS.values()))[0]
            evidence = None
            if source != "manual" and source in imports:
                import_id = imports[source]
                lines = [f"Line {rng.randint(1, 80)}: used {world.skill_names[skill_id]}"]
                evidence = Jsonb(
                    {"imports": [{"import": import_id, "source": source, "lines": lines}]}
                )
            elif source != "manual":
                source = "manual"
            added = self._ago((world.now - joined).days)
            is_verified = bool(verifiers) and rng.random() < 0.08
            verified += is_verified
            rows["UserSkill"].append((
                new_id(rng), user_id, skill_id, level, rng.randint(low, high), years,
                self._ago(1000) if rng.random() < 0.8 else None, is_verified,
                added + timedelta(days=3) if is_verified else None,
                rng.choice(verifiers) if is_verified else None, source, evidence, added, added,
                added if source == "manual" else None,
            ))  # fmt: skip
        completed_goals = self._goals(user_id, held, levels, joined, rows)
        facts = Facts(
            onboarding_completed=True,
            skills=len(held),
            verified_skills=verified,
            expert_skills=experts,
            categories_held=len({world.skill_categories[skill] for skill in held}),
            categories_total=world.category_count,
            completed_imports=len(imports),
            completed_goals=completed_goals,
        )
        self._achievements(user_id, facts, joined, rows)
        return rows

    def _imports(
        self, user_id: str, held: list[str], joined: datetime, rows: dict[str, list]
    ) -> dict[str, str]:
        """0 to 3 finished imports (most completed, some failed); the completed ones by source."""
        world, rng = self.world, self.rng
        completed: dict[str, str] = {}
        for source in rng.sample(
            list(IMPORT_LABELS), rng.choices((0, 1, 2, 3), (25, 40, 25, 10))[0]
        ):
            import_id = new_id(rng)
            started = self._ago(max(1, (world.now - joined).days))
            finished = started + timedelta(seconds=rng.randint(3, 40))
            label = IMPORT_LABELS[source]
            if rng.random() < 0.15:
                error = f"We could not read {label}."
                rows["SkillImport"].append((
                    import_id, user_id, source, "failed", 100, error, Jsonb({"request": {}}),
                    error, started, finished, 1, finished,
                ))  # fmt: skip
                continue
            completed[source] = import_id
            found = rng.sample(held, min(len(held), rng.randint(5, 15)))
            proposals = [self._proposal(skill_id) for skill_id in found]
            message = f"Found {len(found)} skills in {label}."
            results = {"proposals": proposals, "unknown": ["Frobnicator"], "profile": {}}
            rows["SkillImport"].append((
                import_id, user_id, source, "completed", 100, message, Jsonb(results), None,
                started, finished, 1, finished,
            ))  # fmt: skip
            rows["_ImportSkills"].extend((skill_id, import_id) for skill_id in found)
            self._notify(
                user_id,
                "import.completed",
                message + " Review them to add them to your skills.",
                world.import_link.format(import_id),
                finished,
                rows,
            )
        return completed

    def _proposal(self, skill_id: str) -> dict[str, Any]:
        rng = self.rng
        level = rng.choice(LEVELS)
        return {
            "skill_id": skill_id,
            "name": self.world.skill_names[skill_id],
            "level": level,
            "score": rng.randint(*BANDS[level]),
            "years": rng.randint(0, 12),
            "last_used": self._ago(900).date().isoformat(),
            "evidence": [f"Line {rng.randint(1, 80)}: {self.world.skill_names[skill_id]}"],
            "fuzzy": rng.random() < 0.1,
        }

    def _goals(
        self,
        user_id: str,
        held: list[str],
        levels: dict[str, str],
        joined: datetime,
        rows: dict[str, list],
    ) -> int:
        """A few goals of every type and status; skill goals aim above the level held."""
        world, rng = self.world, self.rng
        completed = 0
        for _ in range(rng.choices((0, 1, 2, 3, 4, 6), (10, 20, 25, 25, 12, 8))[0]):
            kind = rng.choices(("skill", "role", "certification", "project"), (45, 15, 20, 20))[0]
            status = rng.choices(("active", "completed", "paused", "cancelled"), (50, 30, 12, 8))[0]
            skill_id = target = role_id = None
            if kind == "skill":
                skill_id = rng.choice(held)
                rank = LEVELS.index(levels[skill_id])
                target = LEVELS[min(len(LEVELS) - 1, rank + 1)]
                title = f"Reach {target} in {world.skill_names[skill_id]}"
            elif kind == "role":
                role_id = rng.choice(world.role_ids)
                title = f"Become a {world.role_titles[role_id]}"
            elif kind == "certification":
                title = f"Get certified in {world.skill_names[rng.choice(held)]}"
            else:
                title = f"Ship a side project with {world.skill_names[rng.choice(held)]}"
            created = self._ago(max(1, (world.now - joined).days))
            done = status == "completed"
            completed += done
            due = created + timedelta(days=rng.randint(30, 365))
            if status == "active" and due < world.now:
                due = world.now + timedelta(days=rng.randint(10, 200))
            rows["CareerGoal"].append((
                new_id(rng), user_id, title, None, kind, due if rng.random() < 0.7 else None,
                status, rng.choice(GOAL_PRIORITIES), 100 if done else rng.randint(0, 90),
                created, created + timedelta(days=rng.randint(0, 30)) if done else created,
                skill_id, target, role_id,
            ))  # fmt: skip
        return completed

    def _achievements(
        self, user_id: str, facts: Facts, joined: datetime, rows: dict[str, list]
    ) -> None:
        for rule in RULES:
            if not rule.is_met(facts):
                continue
            earned = joined + timedelta(days=self.rng.uniform(0, (self.world.now - joined).days))
            rows["Achievement"].append((
                new_id(self.rng), user_id, rule.type, rule.title, rule.description, rule.points,
                rule.badge, earned, rule.key,
            ))  # fmt: skip
            message = f"Achievement unlocked: {rule.title} (+{rule.points} points)."
            self._notify(user_id, "achievement.earned", message, "/achievements", earned, rows)

    def _notify(
        self,
        user_id: str,
        kind: str,
        message: str,
        link: str,
        at: datetime,
        rows: dict[str, list],
    ) -> None:
        read = at + timedelta(hours=1) if self.rng.random() < 0.7 else None
        rows["Notification"].append((new_id(self.rng), user_id, kind, message, link, read, at))
