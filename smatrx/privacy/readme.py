"""The README inside an export: what each file is and what each field means. Descriptions
by field name first (the same name means the same thing in every table), then the few
that differ by table; a field with neither is still listed, with its type."""

from __future__ import annotations

from sqlalchemy import Table

from smatrx.privacy.collect import OMITTED

TABLES: dict[str, str] = {
    "User": "Your account: name, email address, role, when it was created.",
    "Profile": "Your profile and the answers you gave during onboarding.",
    "Account": "Sign-in providers linked to your account (their tokens are not included).",
    "Session": "Browsers signed in to your account (the session secrets are not included).",
    "AccountToken": "Links we mailed to you or you created (the link secrets are not included).",
    "UserSkill": "The skills you hold, with level, score, evidence and verification.",
    "Skill": "Skills you proposed to the catalog.",
    "VerificationRequest": "Verification requests you made, and the ones you decided.",
    "SkillImport": "Your imports (GitHub, LinkedIn, résumé), with the proposals they found.",
    "SkillImportFile": "Files you uploaded for an import (their bytes are in files/).",
    "_ImportSkills": "Which catalog skills each of your imports proposed (A: skill, B: import).",
    "CareerGoal": "Your goals.",
    "Achievement": "Achievements you earned.",
    "SkillAnalysis": "Analyses computed about your skills (gaps, readiness, suggestions).",
    "Notification": "Notifications sent to you.",
    "Team": "Teams you belong to or created.",
    "TeamMember": "Your team memberships and your role in each team.",
    "TeamInvite": "Team invitations sent to your address, made by you or used by you.",
    "TeamTarget": "Team targets you hold a relation to.",
    "SkillAssessment": "Leads' assessments of your skills, and the assessments you made.",
    "AuditEvent": "The audit log's entries about you or made by you.",
    "DataExport": "Your requests to download your data (like this one).",
    "Consent": "What you agreed to, in which version, and when you withdrew it.",
}

FIELDS: dict[str, str] = {
    "id": "The record's identifier.",
    "userId": "Your account's identifier (the person the record belongs to).",
    "createdAt": "When the record was created (UTC).",
    "updatedAt": "When the record last changed (UTC).",
    "name": "Name.",
    "email": "Email address.",
    "emailVerified": "When the email address was confirmed (UTC).",
    "image": "Picture address.",
    "role": "Role (account: member, verifier or admin; team: lead or member).",
    "deactivatedAt": "When an admin deactivated the account, if ever (UTC).",
    "type": "Kind of record.",
    "provider": "Sign-in provider (github, google, linkedin).",
    "providerAccountId": "Your identifier at the provider.",
    "expires_at": "When the provider's token expires (seconds since 1970).",
    "token_type": "The provider's token type.",
    "scope": "What the provider allowed us to read.",
    "refresh_token_expires_in": "How long the provider's refresh token lasts (seconds).",
    "profile": "What the provider told us about you (name, picture, location, profile link).",
    "expires": "When the session ends (UTC).",
    "lastSeenAt": "When the session was last used (UTC).",
    "userAgent": "The browser (its user-agent string).",
    "lastIp": "The network address the session was last used from.",
    "purpose": "What the link or consent is for.",
    "createdById": "Who created the record.",
    "expiresAt": "When it expires (UTC).",
    "usedAt": "When it was used (UTC).",
    "usedById": "Who used it.",
    "bio": "Your biography.",
    "title": "Title.",
    "company": "Company.",
    "location": "Location.",
    "linkedinUrl": "Your LinkedIn page.",
    "githubUrl": "Your GitHub page.",
    "websiteUrl": "Your website.",
    "yearsExperience": "Years of experience.",
    "careerStage": "Career stage.",
    "availability": "Availability.",
    "industries": "Industries you work in or want to.",
    "languages": "Languages you speak.",
    "preferredLocations": "Where you would like to work.",
    "remotePreference": "Remote-work preference.",
    "salaryExpectation": "Salary expectation.",
    "targetRole": "The role you aim for.",
    "careerTimeline": "When you aim to get there.",
    "willingToRelocate": "Whether you would relocate.",
    "onboardingCompleted": "Whether you finished onboarding.",
    "onboardingCompletedAt": "When you finished onboarding (UTC).",
    "onboardingSteps": "Which onboarding steps you did or skipped.",
    "skillId": "The catalog skill's identifier.",
    "level": "Level: beginner, intermediate, advanced or expert.",
    "proficiencyScore": "Proficiency score, 0 to 100.",
    "lastUsed": "When you last used the skill.",
    "verified": "Whether a verifier confirmed the skill.",
    "verifiedAt": "When it was verified (UTC).",
    "verifiedBy": "Who verified it (an account identifier).",
    "source": "Where it came from (manual, github, linkedin, resume, ...).",
    "evidence": "Evidence behind the level (repositories, positions, text found).",
    "editedAt": "When you last edited it by hand (UTC).",
    "interest": "Whether you want to use the skill more or less.",
    "hiddenFromTeams": "Whether the skill is hidden from your teams.",
    "excludedFromAggregates": (
        "Whether you are left out of aggregate statistics (you withdrew that consent)."
    ),
    "slug": "Short name used in addresses.",
    "description": "Description.",
    "categoryId": "The catalog category's identifier.",
    "tags": "Tags.",
    "marketDemand": "Market demand.",
    "averageSalary": "Average salary figures.",
    "growthTrend": "Growth trend.",
    "aliases": "Other names of the skill.",
    "isPublished": "Whether the skill is published in the catalog.",
    "proposedById": "Who proposed the skill.",
    "retiredAt": "When the skill was retired from the catalog (UTC).",
    "userSkillId": "The skill row's identifier.",
    "note": "Note.",
    "status": "Status.",
    "reviewerId": "Who decided (an account identifier).",
    "reviewedAt": "When it was decided (UTC).",
    "reason": "The reason given with the decision.",
    "progress": "Progress, 0 to 100.",
    "message": "Message.",
    "results": "What the import found (proposals, unknown names, profile facts).",
    "error": "The error, if it failed.",
    "startedAt": "When it started (UTC).",
    "completedAt": "When it finished (UTC).",
    "attempts": "How many times a job picked it up.",
    "heartbeatAt": "When its job last reported (UTC).",
    "importId": "The import's identifier.",
    "filename": "The uploaded file's name.",
    "contentType": "The uploaded file's type.",
    "byteSize": "Size in bytes.",
    "sha256": "The file's SHA-256 digest.",
    "A": "The catalog skill's identifier.",
    "B": "The import's identifier.",
    "targetDate": "Target date.",
    "priority": "Priority.",
    "targetLevel": "The level aimed for.",
    "roleId": "The career role's identifier.",
    "sharedWithTeams": "Whether the goal is shared with your teams.",
    "points": "Points.",
    "badge": "Badge.",
    "earnedAt": "When it was earned (UTC).",
    "ruleKey": "The rule that awarded it.",
    "analysisType": "Kind of analysis.",
    "data": "The analysis's results.",
    "confidence": "Confidence, 0 to 1.",
    "kind": "Kind of notification.",
    "link": "Where the notification leads.",
    "readAt": "When you read it (UTC).",
    "teamId": "The team's identifier.",
    "joinedAt": "When you joined (UTC).",
    "assessorId": "Who assessed (an account identifier).",
    "minLevel": "Minimum level.",
    "needed": "How many people are needed.",
    "at": "When it happened (UTC).",
    "actorId": "Who acted (an account identifier; empty for the system).",
    "actorKind": "What acted: user, admin, job, cli or system.",
    "subjectId": "Whom the entry is about.",
    "action": "What happened (create, update, delete, sign_in, export, ...).",
    "entityType": "The kind of record changed.",
    "entityId": "The record changed.",
    "changes": "What changed (before and after; secrets never recorded).",
    "ip": "The network address the action came from.",
    "requestId": "The web request's identifier.",
    "jobId": "The background job's identifier.",
    "path": "The export file's name.",
    "version": "Version of the text agreed to.",
    "grantedAt": "When consent was given (UTC).",
    "withdrawnAt": "When consent was withdrawn (UTC).",
}

BY_TABLE: dict[tuple[str, str], str] = {
    ("Account", "type"): "Kind of sign-in (oauth).",
    ("Achievement", "type"): "Kind of achievement.",
    ("CareerGoal", "type"): "Kind of goal (skill, role, custom).",
    ("SkillImport", "source"): "What was imported: github, linkedin or resume.",
    ("Profile", "title"): "Your job title.",
}

HEADER = """\
Your data from SMATRX
=====================

Everything this installation holds about you, as of {made_at} UTC.

data/<Table>.json  one file per table: every record about you, as stored, one JSON object
                   per record. Secrets (password and link hashes, sign-in tokens) are left
                   out on purpose; they are useless outside this installation.
skills.csv         your skills, one line each (for a spreadsheet).
goals.csv          your goals, one line each.
files/             the files you uploaded for imports, under their import's identifier.

Dates and times are UTC. Identifiers are this installation's; other people appear only as
identifiers.

Tables and their fields
-----------------------
"""


def describe(table: Table) -> str:
    """One table's section: what it is, then each exported field."""
    lines = [f"data/{table.name}.json — {TABLES.get(table.name, 'Records about you.')}"]
    omitted = OMITTED.get(table.name, ())
    for column in table.columns:
        if column.name in omitted:
            continue
        meaning = BY_TABLE.get((table.name, column.name)) or FIELDS.get(column.name)
        lines.append(f"  {column.name} ({column.type}): {meaning or 'Not described yet.'}")
    return "\n".join(lines)


def readme(tables: list[Table], made_at: str) -> str:
    return HEADER.format(made_at=made_at) + "\n\n".join(describe(t) for t in tables) + "\n"
