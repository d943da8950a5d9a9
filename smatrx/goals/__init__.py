"""Career goals: the board at /goals, skill goals that follow the skills they name."""

from flask import Blueprint, Flask

bp = Blueprint("goals", __name__, url_prefix="/goals")


def init_app(app: Flask) -> None:
    """Connect goals' receiver: skill goals follow skills_changed. Once per process: blinker
    connects a function only once, however many apps are created."""
    from smatrx.goals.services import follow_skills
    from smatrx.signals import skills_changed

    skills_changed.connect(follow_skills)


from smatrx.goals import routes  # noqa: E402, F401
