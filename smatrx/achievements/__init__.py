"""Achievements: rules (rules.py), awards (services.py), announcements and /achievements."""

from flask import Blueprint, Flask

bp = Blueprint("achievements", __name__, url_prefix="/achievements")


def init_app(app: Flask) -> None:
    """Award and announce once every follower of a change has run (changes_settled: a goal
    a skill change completed counts), and tell people after their request. The receiver is
    connected once per process: blinker connects a function only once."""
    from smatrx.achievements import announce
    from smatrx.signals import changes_settled

    changes_settled.connect(announce.award_and_announce)
    announce.init_app(app)


from smatrx.achievements import routes  # noqa: E402, F401
