"""The audit log's Python side. Rows changed in an audited table are recorded by the database
trigger of migration 0013_audit; this module tells that trigger who is acting (settings local
to the transaction, set once, just before its first write) and records the events that change
no row of their own: sign-in, failed sign-in, sign-out, export, erase."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from sqlalchemy import TextClause, event, text
from sqlalchemy.orm import ORMExecuteState, Session

from smatrx.extensions import db
from smatrx.models import AuditEvent

_SET = "smatrx.audit_context_set"
_cli_command: ContextVar[str | None] = ContextVar("smatrx_cli_command", default=None)
USER_AGENT_MAX = 300


def acting_from_cli(command: str) -> Callable[[], None]:
    """A CLI command is running: what it changes is recorded as the CLI's doing, until the
    returned function is called."""
    token = _cli_command.set(command)
    return lambda: _cli_command.reset(token)


def current_context() -> dict[str, str | None]:
    """Who is acting, and from where: the signed-in person of the request (an admin or a
    user), the RQ job, the CLI, or the system."""
    from flask import g, has_request_context, request

    context: dict[str, str | None] = {
        "actor_id": None,
        "actor_kind": "system",
        "ip": None,
        "user_agent": None,
        "request_id": None,
        "job_id": None,
    }
    if has_request_context():
        user = g.get("_login_user")
        signed_in = user is not None and getattr(user, "is_authenticated", False)
        context.update(
            actor_id=user.id if signed_in else None,
            actor_kind="admin" if signed_in and user.is_admin else "user",
            ip=request.remote_addr,
            user_agent=(request.user_agent.string or "")[:USER_AGENT_MAX] or None,
            request_id=g.get("request_id"),
        )
        return context
    from rq import get_current_job

    job = get_current_job()
    if job is not None:
        context.update(actor_kind="job", job_id=job.id)
    elif _cli_command.get():
        context.update(actor_kind="cli")
    return context


_SET_CONTEXT = text(
    "SELECT set_config('smatrx.actor_id', :actor_id, true),"
    " set_config('smatrx.actor_kind', :actor_kind, true),"
    " set_config('smatrx.ip', :ip, true),"
    " set_config('smatrx.user_agent', :user_agent, true),"
    " set_config('smatrx.request_id', :request_id, true),"
    " set_config('smatrx.job_id', :job_id, true)"
)


def _tell_the_trigger(session: Session) -> None:
    if session.info.get(_SET):
        return
    session.info[_SET] = True
    values = {key: value or "" for key, value in current_context().items()}
    # The connection, not the session: no ORM events, no recursion.
    session.connection().execute(_SET_CONTEXT, values)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: object, _instances: object) -> None:
    # session.dirty also holds objects merely touched (an attribute set to its own value):
    # only a real change is worth a statement.
    if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
        _tell_the_trigger(session)


_WRITES = ("INSERT", "UPDATE", "DELETE", "MERGE", "WITH")


@event.listens_for(Session, "do_orm_execute")
def _before_statement(state: ORMExecuteState) -> None:
    statement = state.statement
    if state.is_insert or state.is_update or state.is_delete:
        _tell_the_trigger(state.session)
    elif isinstance(statement, TextClause) and statement.text.lstrip().upper().startswith(_WRITES):
        _tell_the_trigger(state.session)  # raw SQL that writes (reads need no context)


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
@event.listens_for(Session, "after_soft_rollback")
def _forget(session: Session, *_args: object) -> None:
    session.info.pop(_SET, None)


def record(
    action: str,
    *,
    subject_id: str | None = None,
    actor_id: str | None = None,
    entity_type: str | None = None,
    entity_id: str | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event that changes no audited row (added to the session: it commits or rolls back
    with the request's transaction). actor_id overrides the context's (a sign-in acts as the
    person signing in, before they are the request's user)."""
    context = current_context()
    if actor_id is not None:
        context["actor_id"] = actor_id
    row = AuditEvent(
        action=action,
        subject_id=subject_id,
        entity_type=entity_type,
        entity_id=entity_id,
        changes=changes,
        **context,
    )
    db.session.add(row)
    return row
