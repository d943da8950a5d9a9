"""The audit log: the trigger records every change of an audited table's rows, with who did
it and secrets redacted, in the change's own transaction; explicit events for sign-in and
sign-out; nothing for a rolled-back change."""

from __future__ import annotations

from typing import Any

from flask import Flask
from sqlalchemy import func, select, text

from smatrx.extensions import db
from smatrx.models import (
    Account,
    AccountToken,
    AuditEvent,
    CareerGoal,
    SkillImport,
    SkillImportFile,
    User,
    UserSkill,
)
from smatrx.models.base import utcnow
from tests.helpers import csrf_for, hold, make_user, sign_in

# Tables with no trigger, and why: the log itself, derived numbers, and sessions (their rows
# are the sign-in and sign-out events).
NOT_AUDITED = {
    "AuditEvent",
    "SkillStat",
    "SkillPairStat",
    "TagStat",
    "CategoryStat",
    "RoleReadinessStat",
    "StatRefresh",
    "Session",
}


def events(**where: Any) -> list[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.at)
    for name, value in where.items():
        query = query.where(getattr(AuditEvent, name) == value)
    return list(db.session.scalars(query))


def test_every_table_has_the_audit_trigger_unless_said_why(db_session: Any) -> None:
    tables = set(db.metadata.tables)
    triggered = set(
        db.session.scalars(
            text(
                "SELECT DISTINCT event_object_table FROM information_schema.triggers"
                " WHERE trigger_name = 'smatrx_audit'"
            )
        )
    )
    assert tables - NOT_AUDITED == triggered


def test_a_created_row_is_recorded_once_with_its_secrets_left_out(db_session: Any) -> None:
    user = make_user("audit@example.com", name="Audit Me")
    (created,) = events(entity_type="User", entity_id=user.id)
    assert created.action == "create" and created.subject_id == user.id
    assert created.changes["email"] == "audit@example.com"
    assert "passwordHash" not in created.changes
    account = Account(
        user_id=user.id,
        type="oauth",
        provider="github",
        provider_account_id="42",
        access_token="gho_secret",
        refresh_token="ghr_secret",
    )
    db.session.add(account)
    db.session.commit()
    (linked,) = events(entity_type="Account")
    assert linked.subject_id == user.id
    assert not {"access_token", "refresh_token", "id_token"} & set(linked.changes)
    assert "gho_secret" not in str(linked.changes)


def test_an_update_records_what_changed_before_and_after(db_session: Any, ada: User) -> None:
    row = hold(ada, "python", level="intermediate")
    row.level = "advanced"
    db.session.commit()
    changed = events(entity_type="UserSkill", action="update")
    assert len(changed) == 1
    assert changed[0].changes == {
        "level": {"before": "intermediate", "after": "advanced"},
        "_about": {"skillId": row.skill_id},
    }
    assert changed[0].subject_id == ada.id
    ada.password_hash = "$argon2id$new"
    db.session.commit()
    (password,) = events(entity_type="User", action="update")
    assert password.changes == {
        "passwordHash": {"changed": True},
        "_about": {"name": "Ada Lovelace"},
    }


def test_a_role_change_is_named_so(db_session: Any, ada: User) -> None:
    ada.role = "verifier"
    db.session.commit()
    (change,) = events(entity_type="User", action="role_change")
    assert change.changes["role"] == {"before": "member", "after": "verifier"}


def test_a_delete_keeps_what_was_deleted(db_session: Any, ada: User) -> None:
    goal = CareerGoal(
        user_id=ada.id, title="Learn Go", type="skill", status="active", priority="low"
    )
    db.session.add(goal)
    db.session.commit()
    db.session.delete(goal)
    db.session.commit()
    (deleted,) = events(entity_type="CareerGoal", action="delete")
    assert deleted.changes["title"] == "Learn Go"


def test_bulk_statements_and_uploads_are_recorded_too(db_session: Any, ada: User) -> None:
    row = SkillImport(user_id=ada.id, source="resume", status="pending")
    db.session.add(row)
    db.session.flush()
    db.session.add(
        SkillImportFile(
            import_id=row.id,
            filename="cv.txt",
            content_type="text/plain",
            byte_size=5,
            sha256="x",
            data=b"hello",
        )
    )
    token = AccountToken(
        purpose="invite", token_hash="hash", email="x@example.com", expires_at=utcnow()
    )
    db.session.add(token)
    db.session.commit()
    (upload,) = events(entity_type="SkillImportFile")
    assert "data" not in upload.changes and upload.changes["filename"] == "cv.txt"
    (invite,) = events(entity_type="AccountToken", action="create")
    assert "tokenHash" not in invite.changes
    db.session.execute(
        UserSkill.__table__.update().where(UserSkill.user_id == ada.id).values(level="expert")
    )
    db.session.execute(AccountToken.__table__.delete().where(AccountToken.id == token.id))
    db.session.commit()
    assert len(events(entity_type="AccountToken", action="delete")) == 1


def test_a_rolled_back_change_leaves_no_audit_row(db_session: Any, ada: User) -> None:
    before = db.session.scalar(select(func.count()).select_from(AuditEvent))
    ada.name = "Changed then undone"
    db.session.flush()
    db.session.rollback()
    assert db.session.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_a_person_editing_a_skill_is_the_actor_with_request_id_and_address(
    ada_client: Any, ada: User
) -> None:
    row = hold(ada, "python", level="intermediate", proficiency_score=40)
    token = csrf_for(ada_client, "/skills")
    data = {
        f"s{row.id}-level": "advanced",
        f"s{row.id}-proficiency_score": "70",
        f"s{row.id}-years_experience": "",
        f"s{row.id}-last_used": "",
        f"s{row.id}-links": "",
        f"s{row.id}-notes": "",
    }
    response = ada_client.post(
        f"/skills/{row.id}",
        data={"csrf_token": token, **data},
        headers={"User-Agent": "AuditTest/1.0", "X-Request-ID": "req-audit-0001"},
    )
    assert response.status_code in (200, 302)
    (edit,) = events(entity_type="UserSkill", action="update")
    assert (edit.actor_id, edit.actor_kind) == (ada.id, "user")
    assert edit.request_id == "req-audit-0001" and edit.user_agent == "AuditTest/1.0"
    assert edit.ip == "127.0.0.1"


def test_sign_in_sign_out_and_failed_sign_ins_are_events(client: Any, ada: User) -> None:
    sign_in(client, ada.email, "wrong password!")
    (failed,) = events(action="sign_in_failed")
    assert failed.changes == {"email": ada.email} and failed.actor_id is None
    assert sign_in(client, ada.email).status_code == 302
    (signed_in,) = events(action="sign_in")
    assert signed_in.actor_id == ada.id == signed_in.subject_id
    token = csrf_for(client, "/account")
    client.post("/logout", data={"csrf_token": token})
    (signed_out,) = events(action="sign_out")
    assert signed_out.actor_id == ada.id


def test_cli_commands_act_as_the_cli(app: Flask, db_session: Any, ada: User) -> None:
    result = app.test_cli_runner().invoke(args=["smatrx", "create-admin", ada.email])
    assert result.exit_code == 0, result.output
    (promoted,) = events(entity_type="User", action="role_change")
    assert (promoted.actor_kind, promoted.actor_id) == ("cli", None)


def test_a_change_outside_any_request_job_or_command_is_the_systems(
    db_session: Any, ada: User
) -> None:
    ada.name = "Ada L."
    db.session.commit()
    (renamed,) = events(entity_type="User", action="update")
    assert renamed.actor_kind == "system"


def test_a_job_acts_as_the_job(app: Flask, db_session: Any, ada: User) -> None:
    from smatrx.jobs.queue import get_queue
    from tests.helpers import run_jobs
    from tests.jobs_for_tests import rename_user

    with app.app_context():
        job = get_queue().enqueue(rename_user, ada.id, "Ada by job")
    run_jobs(app)
    (renamed,) = events(entity_type="User", action="update")
    assert (renamed.actor_kind, renamed.job_id) == ("job", job.id)


def test_my_activity_lists_my_sign_ins_and_changes_in_words(ada_client: Any, ada: User) -> None:
    hold(ada, "python", level="intermediate").level = "advanced"
    db.session.commit()
    page = ada_client.get("/account/activity").get_data(as_text=True)
    assert "Signed in" in page
    assert "Changed skill Python: level intermediate → advanced" in page
    assert "Added skill Python" in page


def test_nobody_sees_anothers_activity(ada_client: Any, member: User) -> None:
    member.name = "Mo's secret rename"
    db.session.commit()
    assert "secret rename" not in ada_client.get("/account/activity").get_data(as_text=True)


def test_the_admin_log_filters_by_who_what_action_and_date(
    admin_client: Any, admin: User, ada: User
) -> None:
    hold(ada, "python")
    page = admin_client.get("/admin/audit?entity=UserSkill&action=create").get_data(as_text=True)
    assert "Added skill Python" in page and '"audit-text">Signed in' not in page
    by_email = admin_client.get(f"/admin/audit?actor={admin.email}").get_data(as_text=True)
    assert '"audit-text">Signed in' in by_email and "Added skill Python" not in by_email
    unknown = admin_client.get("/admin/audit?actor=nobody@example.com")
    assert "No account has the email" in unknown.get_data(as_text=True)
    bad = admin_client.get("/admin/audit?action=explode&since=yesterday&until=2020-01-01")
    assert bad.status_code == 422
    html = bad.get_data(as_text=True)
    assert "Choose from the list." in html and "Enter a date like" in html


def test_the_admin_log_pages_by_keyset(admin_client: Any, ada: User) -> None:
    for n in range(55):
        ada.name = f"Ada {n}"
        db.session.commit()
    first = admin_client.get("/admin/audit?entity=User").get_data(as_text=True)
    assert "Older entries" in first
    import re

    older = re.search(r'href="(/admin/audit\?[^"]*after=[^"]+)"', first).group(1)
    second = admin_client.get(older.replace("&amp;", "&")).get_data(as_text=True)
    assert "Older entries" not in second and "Ada 0" in second
    assert admin_client.get("/admin/audit?after=garbage").status_code == 200


def test_only_admins_read_the_log(ada_client: Any) -> None:
    assert ada_client.get("/admin/audit").status_code == 403
