"""The transaction rule: services flush, never commit; the caller that owns the unit of
work — a view, a job step, a CLI command — commits once, so a change and everything it
causes (goals, achievements, notifications) land together or not at all.

What must wait until the change is committed — a mail carrying a link that only works once
its row exists, a job that will read the row — is registered with after_commit(): it runs
after the caller's commit and is dropped when the transaction rolls back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from smatrx.extensions import db

logger = logging.getLogger(__name__)

_PENDING = "smatrx.after_commit"


def after_commit(action: Callable[[], object]) -> None:
    """Run action once the current transaction commits (never if it rolls back)."""
    session = db.session()
    if session.get_transaction() is None:
        session.begin()  # so that a rollback before any statement still drops the action
    session.info.setdefault(_PENDING, []).append(action)


@event.listens_for(Session, "after_commit")
def _run_pending(session: Session) -> None:
    for action in session.info.pop(_PENDING, []):
        action()


@event.listens_for(Session, "after_soft_rollback")
def _drop_pending(session: Session, previous: SessionTransaction) -> None:
    # A rolled-back savepoint (begin_nested) keeps the outer transaction's actions.
    if previous.parent is None:
        session.info.pop(_PENDING, None)
