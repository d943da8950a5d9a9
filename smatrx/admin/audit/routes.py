"""/admin/audit (admins only): one page of the log at a time, newest first; each line links to
the history of the record it is about."""

from __future__ import annotations

from flask import render_template, request
from sqlalchemy import func, select

from smatrx.admin import bp
from smatrx.audit.forms import AuditFilterForm
from smatrx.audit.queries import AuditFilters, audit_page
from smatrx.auth.decorators import role_required
from smatrx.extensions import db
from smatrx.models import User


@bp.get("/audit")
@role_required("admin")
def audit() -> tuple[str, int]:
    form = AuditFilterForm(request.args)
    page = None
    status = 200
    actor_missing = False
    if form.validate():
        actor_id = None
        if form.actor.data:
            actor_id = db.session.scalar(
                select(User.id).where(func.lower(User.email) == form.actor.data.lower())
            ) or (form.actor.data if "@" not in form.actor.data else None)
            actor_missing = actor_id is None
        if not actor_missing:
            page = audit_page(db.session, form.filters(actor_id), request.args.get("after"))
    else:
        status = 422
        page = audit_page(db.session, AuditFilters(), None)
    people = _people(page)
    html = render_template(
        "admin/audit.html", form=form, page=page, people=people, actor_missing=actor_missing
    )
    db.session.commit()
    return html, status


def _people(page: object) -> dict[str, str]:
    """Emails of the actors and subjects on the page (one statement)."""
    lines = getattr(page, "lines", [])
    ids = {line.event.actor_id for line in lines} | {line.event.subject_id for line in lines}
    ids.discard(None)
    if not ids:
        return {}
    rows = db.session.execute(select(User.id, User.email).where(User.id.in_(ids)))
    return {user_id: email or user_id for user_id, email in rows}
