"""All models, imported here so Alembic's autogenerate sees every table."""

from smatrx.models.achievement import Achievement
from smatrx.models.analysis import SkillAnalysis
from smatrx.models.audit import AuditEvent
from smatrx.models.consent import Consent
from smatrx.models.goal import CareerGoal
from smatrx.models.imports import SkillImport, SkillImportFile, import_skills
from smatrx.models.notification import Notification
from smatrx.models.privacy import DataExport
from smatrx.models.profile import Profile
from smatrx.models.role import CareerRole, RoleSkill
from smatrx.models.skill import Skill, SkillCategory, UserSkill, VerificationRequest
from smatrx.models.stats import (
    CategoryStat,
    RoleReadinessStat,
    SkillPairStat,
    SkillStat,
    StatRefresh,
    TagStat,
)
from smatrx.models.team import SkillAssessment, Team, TeamInvite, TeamMember, TeamTarget
from smatrx.models.user import Account, AccountToken, Session, User

__all__ = [
    "Account",
    "AccountToken",
    "Achievement",
    "AuditEvent",
    "CareerGoal",
    "CareerRole",
    "CategoryStat",
    "Consent",
    "DataExport",
    "Notification",
    "Profile",
    "RoleReadinessStat",
    "RoleSkill",
    "Session",
    "Skill",
    "SkillAnalysis",
    "SkillAssessment",
    "SkillCategory",
    "SkillImport",
    "SkillImportFile",
    "SkillPairStat",
    "SkillStat",
    "StatRefresh",
    "TagStat",
    "Team",
    "TeamInvite",
    "TeamMember",
    "TeamTarget",
    "User",
    "UserSkill",
    "VerificationRequest",
    "import_skills",
]
