"""Helpers tests share: CSRF tokens, people, sign-in, catalog skills, running queued jobs.

The people most tests act as are fixtures in tests/conftest.py, built with make_user."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from flask import current_app
from sqlalchemy import select

from smatrx.auth.passwords import hash_password
from smatrx.consent import legal
from smatrx.consent.records import record_required
from smatrx.extensions import db
from smatrx.jobs.worker import build_worker
from smatrx.models import Profile, Skill, SkillCategory, SkillImport, User, UserSkill
from smatrx.models.base import utcnow
from smatrx.profile.steps import STEP_KEYS

PASSWORD = "correct horse battery staple"
HX = {"HX-Request": "true"}  # the header htmx sends with its requests
_CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "no csrf_token in the page"
    return match.group(1)


def csrf_for(client: Any, path: str = "/account") -> str:
    """The CSRF token a page carries (every page's layout has one; sign-in starts a new
    cookie, so a signed-in client must ask again after signing in)."""
    response = client.get(path)
    return csrf_from(response.get_data(as_text=True))


_default_hash: dict[str, str] = {}


def _password_hash(password: str) -> str:
    # argon2 is slow on purpose; one hash of the default password serves the whole run.
    if password != PASSWORD:
        return hash_password(password)
    if "hash" not in _default_hash:
        _default_hash["hash"] = hash_password(PASSWORD)
    return _default_hash["hash"]


def make_user(
    email: str = "ada@example.com",
    role: str = "member",
    *,
    password: str | None = PASSWORD,
    verified: bool = True,
    deactivated: bool = False,
    name: str | None = None,
    onboarded: bool = True,
    accepted_terms: bool = True,
) -> User:
    """A committed user; password=None makes one who cannot sign in with a password;
    onboarded=False leaves the onboarding wizard ahead of them; accepted_terms=False
    leaves the consent gate ahead of them (as for someone who signed up before the texts
    were published)."""
    user = User(
        email=email,
        name=name,
        password_hash=_password_hash(password) if password else None,
        role=role,
        email_verified=utcnow() if verified else None,
        deactivated_at=utcnow() if deactivated else None,
    )
    db.session.add(user)
    if onboarded:
        db.session.flush()
        steps = dict.fromkeys(STEP_KEYS, "done")
        db.session.add(
            Profile(
                user_id=user.id,
                onboarding_steps=steps,
                onboarding_completed=True,
                onboarding_completed_at=utcnow(),
            )
        )
    if accepted_terms:
        db.session.flush()
        record_required(
            db.session, user.id, legal.current_versions(current_app.config["INSTANCE_PATH"])
        )
    db.session.commit()
    return user


def sign_in(client: Any, email: str, password: str = PASSWORD, next_url: str | None = None) -> Any:
    token = csrf_for(client, "/login")
    path = "/login" + (f"?next={next_url}" if next_url else "")
    return client.post(path, data={"email": email, "password": password, "csrf_token": token})


def signed_in(client: Any, user: User) -> Any:
    """The client, signed in as user (the sign-in must succeed)."""
    assert sign_in(client, user.email).status_code == 302
    return client


def post_form(client: Any, page: str, action: str, data: dict | None = None, **kwargs: Any) -> Any:
    """Submit a form the way a browser does: read the page's CSRF token, then post."""
    token = csrf_for(client, page)
    return client.post(action, data={"csrf_token": token, **(data or {})}, **kwargs)


def main_content(response: Any, *replace: str) -> str:
    """The page's <main>, with the given strings and every form token blanked: what two
    answers must share when they may not reveal a difference."""
    html = response.get_data(as_text=True)
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    for text in replace:
        main = main.replace(text, "X")
    return re.sub(r'(value|data-csrf)="[^"]*"', r'\1=""', main)


def catalog_skill(slug: str) -> Skill:
    """A skill of the catalog the session loaded."""
    found = db.session.scalar(select(Skill).where(Skill.slug == slug))
    assert found is not None, f"the loaded catalog has no {slug}"
    return found


def hold(user: User, slug: str, **values: Any) -> UserSkill:
    """A committed skill row of the person's: intermediate, score 40, added by hand unless
    values say otherwise."""
    data: dict[str, Any] = {"level": "intermediate", "proficiency_score": 40, "source": "manual"}
    data.update(values)
    row = UserSkill(user_id=user.id, skill_id=catalog_skill(slug).id, **data)
    db.session.add(row)
    db.session.commit()
    return row


# When the skills verified_python gives were verified (tests compare it after a change).
VERIFIED_AT = datetime(2025, 3, 1, 12, 0)


def verified_python(user: User) -> UserSkill:
    return hold(
        user,
        "python",
        level="intermediate",
        proficiency_score=40,
        verified=True,
        verified_at=VERIFIED_AT,
        verified_by="lead-id",
    )


def make_skill(name: str, **fields: Any) -> Skill:
    """A committed skill outside the shipped catalog (category databases, tag zebraware),
    for tests of what may be seen: pass is_published, proposed_by_id, retired_at, ..."""
    category = db.session.scalar(select(SkillCategory).where(SkillCategory.slug == "databases"))
    skill = Skill(
        name=name,
        slug=name.lower().replace(" ", "-"),
        category=category,
        tags=fields.pop("tags", ["zebraware"]),
        **fields,
    )
    db.session.add(skill)
    db.session.commit()
    return skill


def run_jobs(app: Any) -> None:
    """Run every queued job to the end in this process (an RQ SimpleWorker in burst mode)."""
    with app.app_context():
        build_worker(app, ["default"], fork=False).work(burst=True)


def latest_import(user: User) -> SkillImport | None:
    """The person's newest import, read afresh from the database."""
    db.session.expire_all()
    return db.session.scalar(
        select(SkillImport)
        .where(SkillImport.user_id == user.id)
        .order_by(SkillImport.started_at.desc())
    )


def profile_of(user: User) -> Profile:
    """The person's profile, read afresh from the database."""
    db.session.expire_all()
    return db.session.scalar(select(Profile).where(Profile.user_id == user.id))


_LEVELS = ("beginner", "intermediate", "advanced", "expert")


def hold_many(user: User, count: int) -> list[UserSkill]:
    """count more catalog skills (first by slug, skipping those held) with every field a
    row shows filled in (the heaviest rows)."""
    held = select(UserSkill.skill_id).where(UserSkill.user_id == user.id)
    skills = db.session.scalars(
        select(Skill).where(Skill.id.not_in(held)).order_by(Skill.slug).limit(count)
    ).all()
    rows = [
        UserSkill(
            user_id=user.id,
            skill_id=skill.id,
            level=_LEVELS[number % 4],
            proficiency_score=10 + number % 90,
            years_experience=number % 12,
            last_used=datetime(2025, 1 + number % 12, 1),
            source=("manual", "github", "resume", "linkedin")[number % 4],
        )
        for number, skill in enumerate(skills)
    ]
    db.session.add_all(rows)
    db.session.commit()
    return rows
