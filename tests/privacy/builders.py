"""A person with a row in every table that can hold something about them, both ways
(requests they made and decided, assessments of them and by them), for the export and
erase tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from smatrx.extensions import db
from smatrx.models import (
    Account,
    AccountToken,
    Achievement,
    CareerGoal,
    DataExport,
    Notification,
    SkillAnalysis,
    SkillAssessment,
    SkillImport,
    SkillImportFile,
    TeamInvite,
    TeamMember,
    User,
    VerificationRequest,
)
from smatrx.models.base import utcnow
from tests.helpers import catalog_skill, hold, make_skill, make_user
from tests.teams.builders import make_team


@dataclass
class Cast:
    person: User
    lead: User
    colleague: User
    ids: dict[str, set[str]] = field(default_factory=dict)

    def add(self, table: str, row_id: str) -> None:
        self.ids.setdefault(table, set()).add(row_id)


def rich_person(email: str = "rich@example.com") -> Cast:
    person = make_user(email, name="Rhea Rich")
    # Addresses that do not contain the person's (the erase test searches for it).
    lead = make_user("lead-" + email.replace("@", "@lead."), name="Lee Lead")
    colleague = make_user("colleague-" + email.replace("@", "@colleague."), name="Cole League")
    cast = Cast(person, lead, colleague)
    cast.add("User", person.id)
    python = hold(person, "python")
    sql = hold(person, "postgresql", level="advanced", evidence={"repos": ["rhea/db"]})
    cast.add("UserSkill", python.id)
    cast.add("UserSkill", sql.id)
    theirs = hold(colleague, "python")
    proposed = make_skill("Rhea Lang", is_published=True, proposed_by_id=person.id)
    cast.add("Skill", proposed.id)

    goal = CareerGoal(
        user_id=person.id,
        title="=Lead the data team",
        type="skill",
        status="active",
        priority="high",
        skill_id=catalog_skill("python").id,
        target_level="expert",
    )
    achievement = Achievement(user_id=person.id, type="skill", title="First skill")
    note = Notification(user_id=person.id, kind="info", message="Hello Rhea")
    analysis = SkillAnalysis(user_id=person.id, analysis_type="gap", data={"gaps": ["go"]})
    upload = SkillImport(user_id=person.id, source="resume", status="completed", progress=100)
    account = Account(
        user_id=person.id,
        type="oauth",
        provider="github",
        provider_account_id="4242",
        access_token="secret-access-token",
        profile={"login": "rhea"},
    )
    db.session.add_all([goal, achievement, note, analysis, upload, account])
    db.session.flush()
    upload_file = SkillImportFile(
        import_id=upload.id,
        filename="rhea cv.txt",
        content_type="text/plain",
        byte_size=14,
        sha256="0" * 64,
        data=b"Python, SQL.\n\n",
    )
    token = AccountToken(
        purpose="reset-password",
        token_hash="hash-of-a-secret",
        user_id=person.id,
        email=person.email,
        expires_at=utcnow() + timedelta(hours=1),
    )
    db.session.add_all([upload_file, token])
    db.session.flush()
    for table, row in (
        ("CareerGoal", goal),
        ("Achievement", achievement),
        ("Notification", note),
        ("SkillAnalysis", analysis),
        ("SkillImport", upload),
        ("Account", account),
        ("SkillImportFile", upload_file),
        ("AccountToken", token),
    ):
        cast.add(table, row.id)

    # Verification both ways: Rhea asks the lead; Rhea decides the colleague's request.
    asked = VerificationRequest(
        user_skill_id=python.id,
        user_id=person.id,
        level="intermediate",
        status="approved",
        reviewer_id=lead.id,
        reviewed_at=utcnow(),
    )
    decided = VerificationRequest(
        user_skill_id=theirs.id,
        user_id=colleague.id,
        level="intermediate",
        status="declined",
        reviewer_id=person.id,
        reviewed_at=utcnow(),
        reason="Show me a project first.",
    )
    db.session.add_all([asked, decided])
    db.session.commit()
    cast.add("VerificationRequest", asked.id)
    cast.add("VerificationRequest", decided.id)

    # A team led by the lead, Rhea and the colleague members; assessments both ways; and
    # a team Rhea leads alone with the colleague in it, and one she leads with nobody.
    team = make_team(lead, "Data", person, colleague)
    cast.add("Team", team.id)
    of_her = SkillAssessment(
        user_skill_id=python.id, assessor_id=lead.id, team_id=team.id, level="advanced"
    )
    by_her = SkillAssessment(
        user_skill_id=theirs.id, assessor_id=person.id, team_id=team.id, level="beginner"
    )
    invite = TeamInvite(
        team_id=team.id,
        token_hash="invite-hash",
        email=person.email,
        created_by_id=lead.id,
        expires_at=utcnow() + timedelta(days=1),
    )
    db.session.add_all([of_her, by_her, invite])
    db.session.commit()
    cast.add("SkillAssessment", of_her.id)
    cast.add("SkillAssessment", by_her.id)
    cast.add("TeamInvite", invite.id)
    led = make_team(person, "Rhea's crew", colleague)
    alone = make_team(person, "Rhea alone")
    cast.ids["led_team"] = {led.id}
    cast.ids["alone_team"] = {alone.id}
    for team_id in (led.id, alone.id):
        cast.add("Team", team_id)
    for member in db.session.scalars(db.select(TeamMember).where(TeamMember.user_id == person.id)):
        cast.add("TeamMember", member.id)
    old = DataExport(user_id=person.id, status="expired", created_at=utcnow() - timedelta(days=3))
    db.session.add(old)
    db.session.commit()
    cast.add("DataExport", old.id)
    return cast
