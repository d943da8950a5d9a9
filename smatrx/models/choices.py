"""Enumerated values of the schema: one list each, shared by CHECK constraints and forms.

Pure data, no Flask: the order is the order users see in select boxes.
"""

CAREER_STAGES = ("student", "entry", "mid", "senior", "lead", "executive")
AVAILABILITY = ("full-time", "part-time", "contract", "freelance")
REMOTE_PREFERENCES = ("remote", "hybrid", "onsite")
CAREER_TIMELINES = ("immediate", "3months", "6months", "1year", "exploring")
MARKET_DEMAND = ("high", "medium", "low")
SKILL_LEVELS = ("beginner", "intermediate", "advanced", "expert")
IMPORTANCES = ("core", "important", "bonus")
USER_SKILL_SOURCES = ("github", "linkedin", "resume", "manual", "verified")
IMPORT_SOURCES = ("github", "linkedin", "resume")
IMPORT_STATUSES = ("pending", "processing", "completed", "failed")
GOAL_TYPES = ("skill", "role", "certification", "project")
GOAL_STATUSES = ("active", "completed", "paused", "cancelled")
GOAL_PRIORITIES = ("low", "medium", "high")
ACHIEVEMENT_TYPES = ("skill", "certification", "project", "milestone")
ANALYSIS_TYPES = ("profile", "gap", "recommendation")
USER_ROLES = ("member", "verifier", "admin")
ACCOUNT_TOKEN_PURPOSES = ("verify-email", "reset-password", "invite")
VERIFICATION_STATUSES = ("pending", "approved", "declined")
DATA_EXPORT_STATUSES = ("pending", "processing", "completed", "failed", "expired")

YEARS_EXPERIENCE_RANGE = (0, 50)
PERCENT_RANGE = (0, 100)
REQUIREMENT_WEIGHT_RANGE = (1, 5)
TEAM_ROLES = ("lead", "member")
SKILL_INTERESTS = ("more", "less")  # "want to use more", "would rather not"
TEAM_TARGET_NEEDED_RANGE = (1, 50)
AUDIT_ACTOR_KINDS = ("user", "admin", "job", "cli", "system")
# Issue 19: what a person can consent to (smatrx/consent/records.py says what each covers).
CONSENT_PURPOSES = ("terms", "privacy", "aggregates", "teams", "narrative")
