"""What happened to a person's data: the signals (blinker, as Flask's own) that the services
changing it send, declared in one place.

A service sends with send(signal, user_id) inside the transaction of the change, so
everything the receivers do commits or rolls back with it. Two kinds of receiver, in a
fixed order that does not depend on who connected first:

- followers connect to the data signals and keep derived data in step; they may send
  further signals (goals: skill goals follow skills_changed and may complete, which sends
  goals_completed);
- judges connect to changes_settled, sent once after every follower of a change has run,
  with the names of all the signals the change set off (achievements award and announce).

Receivers are connected by their package's init_app (goals, achievements), which
create_app calls; connecting the same function again is a no-op, so several apps in one
process still run each receiver once. This module sits below every feature package: it
imports none of them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from blinker import NamedSignal, Namespace

from smatrx.extensions import db

_signals = Namespace()

onboarding_completed = _signals.signal(
    "onboarding", doc="A person finished onboarding. Sender: their user id."
)
skills_changed = _signals.signal(
    "skills",
    doc="A person's skills changed (added, edited, removed, restored, imported, verified). "
    "Sender: their user id.",
)
imports_completed = _signals.signal(
    "imports", doc="One of a person's imports completed. Sender: their user id."
)
goals_completed = _signals.signal(
    "goals", doc="One or more of a person's goals completed. Sender: their user id."
)
DATA_SIGNALS: tuple[NamedSignal, ...] = (
    onboarding_completed,
    skills_changed,
    imports_completed,
    goals_completed,
)

changes_settled = _signals.signal(
    "changes-settled",
    doc="Every follower of a change has run. Sender: the user id; events: the frozenset of "
    "the names of the data signals the change set off.",
)

# Per person, the names of the data signals sent by the change being reported (None outside
# a send). A send made by a follower joins the outer one instead of settling on its own.
_in_flight: ContextVar[dict[str, set[str]] | None] = ContextVar("smatrx_signals", default=None)


def send(signal: NamedSignal, user_id: str) -> None:
    """Tell the receivers that signal happened to user_id: flush (their queries must see the
    change), run the followers, then, for the outermost send only, changes_settled."""
    if signal not in DATA_SIGNALS:
        raise ValueError(f"{signal.name!r} is not a data signal")
    db.session.flush()
    with _collecting(user_id) as (names, outermost):
        names.add(signal.name)
        signal.send(user_id)
    if outermost:
        changes_settled.send(user_id, events=frozenset(names))


@contextmanager
def _collecting(user_id: str) -> Iterator[tuple[set[str], bool]]:
    current = _in_flight.get()
    if current is not None and user_id in current:
        yield current[user_id], False
        return
    names: set[str] = set()
    token = _in_flight.set({**(current or {}), user_id: names})
    try:
        yield names, True
    finally:
        _in_flight.reset(token)
