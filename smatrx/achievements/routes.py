"""/achievements: what I earned (newest first), what is still locked and how close I am."""

from __future__ import annotations

from flask import render_template
from flask_login import current_user

from smatrx.achievements import bp, services
from smatrx.auth.decorators import login_required
from smatrx.extensions import db


@bp.get("")
@login_required
def index() -> str:
    # Catch up first: a rule met before it existed (or before the evaluate command ran)
    # would otherwise show as locked with a full progress bar. Awards are idempotent, and
    # the page itself announces them ("New").
    # The facts are read once and serve both the catch-up and the board (awards do not
    # change them).
    facts, earned = services.facts_for(current_user.id)
    new = {rule.key for rule in services.award(current_user.id, known=(facts, earned))}
    if new:
        db.session.commit()
    return render_template(
        "achievements/index.html", board=services.board_for(current_user.id, facts), new=new
    )
