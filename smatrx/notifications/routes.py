"""The bell (its unread count in every signed-in page) and the notifications list."""

from __future__ import annotations

from typing import Any

from flask import abort, g, make_response, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from smatrx.auth.decorators import login_required
from smatrx.extensions import db
from smatrx.htmx import is_partial, render_page_or_block
from smatrx.notifications import bp, services


class MarkReadForm(FlaskForm):
    """CSRF only: marking read (one or all) takes no input."""


def _unread_notifications() -> int:
    """The signed-in user's unread count, asked for at most once per request (the bell
    calls it while rendering; pages without a bell never query)."""
    if not current_user.is_authenticated:
        return 0
    if "unread_notifications" not in g:
        loaded = current_user.unread_notifications  # counted with the session, if fresh
        stale = g.get("notifications_changed", False)
        g.unread_notifications = (
            loaded if loaded is not None and not stale else services.unread_count(current_user.id)
        )
    return g.unread_notifications


@bp.app_context_processor
def bell_context() -> dict[str, Any]:
    return {"unread_notifications": _unread_notifications}


@bp.app_template_filter("local_link")
def local_link(link: str | None) -> str | None:
    return services.safe_link(link)


def _forget_count() -> None:
    g.pop("unread_notifications", None)
    g.notifications_changed = True


@bp.get("")
@login_required
def index() -> str:
    page = services.page_of(current_user.id, request.args.get("page", 1, type=int) or 1)
    return render_page_or_block(
        "notifications/index.html", "notifications", result=page, form=MarkReadForm()
    )


def _after_write() -> Response:
    """The list again for HTMX (with the bell out of band), else back to the list."""
    _forget_count()
    back = request.form.get("page", type=int) or 1
    if is_partial():
        result = services.page_of(current_user.id, back)
        html = render_template(
            "notifications/_list.html", result=result, form=MarkReadForm()
        ) + render_template("_bell.html", bell_oob=True)
        return make_response(html)
    return redirect(url_for("notifications.index", page=back if back > 1 else None))


@bp.post("/<notification_id>/read")
@login_required
def read(notification_id: str) -> Response:
    notification = services.get_own(current_user.id, notification_id)
    if notification is None:
        abort(404)
    if not MarkReadForm().validate_on_submit():
        abort(400)
    services.mark_read(notification)
    db.session.commit()
    return _after_write()


@bp.post("/read-all")
@login_required
def read_all() -> Response:
    if not MarkReadForm().validate_on_submit():
        abort(400)
    services.mark_all_read(current_user.id)
    db.session.commit()
    return _after_write()
