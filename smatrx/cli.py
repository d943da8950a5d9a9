"""`flask --app smatrx.wsgi smatrx ...` commands."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup

# What a worker runs, imported before it forks its first work horse.
JOB_MODULES = (
    "smatrx.periodic",
    "smatrx.imports.job",
    "smatrx.imports.reaper",
    "smatrx.insights.jobs",
    "smatrx.stats.refresh",
)


def _acting_from_cli() -> None:
    """What a command changes is recorded in the audit log as the CLI's doing."""
    from smatrx.audit import acting_from_cli

    ctx = click.get_current_context()
    ctx.call_on_close(acting_from_cli(ctx.invoked_subcommand or "smatrx"))


smatrx_cli = AppGroup(
    "smatrx",
    help="SMATRX commands: seed the catalog, run a worker and the scheduler.",
    callback=_acting_from_cli,
)


@smatrx_cli.command("seed")
def seed_command() -> None:
    """Load (or update) the skills catalog and the career roles. Safe to run again."""
    from smatrx.seed.loader import load_catalog

    summary = load_catalog()
    click.echo(
        f"Catalog: {summary.categories} categories, {summary.skills_created} skills added, "
        f"{summary.skills_updated} updated, {summary.roles_created} roles added, "
        f"{summary.roles_updated} updated."
    )
    click.echo(
        f"Role requirements: {summary.requirements_added} added, "
        f"{summary.requirements_updated} updated, {summary.requirements_removed} removed"
        + (
            f"; {summary.roles_kept_as_edited} roles kept as an admin edited them."
            if summary.roles_kept_as_edited
            else "."
        )
    )


def _services_or_stop(app: Flask, *, database: bool) -> None:
    """Stop with one line when a service the command needs cannot be reached."""
    from smatrx.preflight import Unreachable, check_services, stop_with

    try:
        check_services(app, database=database)
    except Unreachable as problem:
        stop_with(str(problem))


@smatrx_cli.command("worker")
@click.option("--queue", "queues", multiple=True, help="Queue to work (repeatable).")
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
def worker_command(queues: tuple[str, ...], burst: bool) -> None:
    """Run an RQ worker for background jobs: imports, and the periodic tasks the scheduler
    enqueues (`smatrx scheduler`)."""
    from smatrx.jobs.worker import run_worker

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    _services_or_stop(app, database=True)
    run_worker(app, queues or app.config["RQ_QUEUES"], burst=burst, preload=JOB_MODULES)


@smatrx_cli.command("scheduler")
@click.option("--tick", type=click.FloatRange(0.1, 60), default=1.0, show_default=True, hidden=True)
@click.option(
    "--lock-seconds", type=click.FloatRange(1, 600), default=15.0, show_default=True, hidden=True
)
def scheduler_command(tick: float, lock_seconds: float) -> None:
    """Enqueue the periodic tasks (smatrx/periodic.py) on their periods, for the workers to
    run. Run one or more: one leads (a Redis lock), the others stand by and take over when
    it stops. SIGTERM or Ctrl-C stops it cleanly."""
    import signal

    from smatrx.jobs.queue import get_redis
    from smatrx.periodic import PERIODIC
    from smatrx.scheduler import Scheduler

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    _services_or_stop(app, database=False)  # it only talks to Redis
    scheduler = Scheduler(
        get_redis(app),
        PERIODIC,
        queue_name=app.config["RQ_QUEUES"][0],
        tick_seconds=tick,
        lock_seconds=lock_seconds,
    )

    def stop(signum: int, frame: object) -> None:
        scheduler.stop()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    scheduler.run()


@smatrx_cli.command("create-admin")
@click.argument("email")
def create_admin_command(email: str) -> None:
    """Create an admin account for EMAIL, or make that account an admin.

    The password is asked for (twice, hidden) when the account is new; it is never taken
    as an argument, so it stays out of shell history and process lists.
    """
    from smatrx.auth.passwords import hash_password, password_problems
    from smatrx.auth.services import find_user_by_email, normalise_email
    from smatrx.extensions import db
    from smatrx.models import User
    from smatrx.models.base import utcnow

    try:
        address = normalise_email(email)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="EMAIL") from exc

    user = find_user_by_email(address)
    if user is not None:
        user.role = "admin"
        if user.deactivated_at is not None:
            user.deactivated_at = None
            click.echo(f"{address} was deactivated; it is active again.")
        db.session.commit()
        click.echo(f"{address} is now an admin.")
        return

    while True:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        problems = password_problems(password, address)
        if not problems:
            break
        click.echo(" ".join(problems), err=True)
    db.session.add(
        User(
            email=address,
            password_hash=hash_password(password),
            role="admin",
            email_verified=utcnow(),
        )
    )
    db.session.commit()
    click.echo(f"Created the admin account {address}.")


@smatrx_cli.command("rotate-token-keys")
def rotate_token_keys_command() -> None:
    """Re-encrypt every stored OAuth token with the first TOKEN_ENCRYPTION_KEYS key."""
    from sqlalchemy import text

    from smatrx.crypto import rotate
    from smatrx.extensions import db

    columns = ("access_token", "refresh_token", "id_token")
    # Raw SQL on purpose: the values are moved as ciphertext, never decrypted into Python.
    rows = db.session.execute(
        text('SELECT id, access_token, refresh_token, id_token FROM "Account"')
    )
    count = 0
    for row in rows.all():
        values = {column: rotate(getattr(row, column)) for column in columns}
        db.session.execute(
            text(
                'UPDATE "Account" SET access_token = :access_token, '
                "refresh_token = :refresh_token, id_token = :id_token WHERE id = :id"
            ),
            {**values, "id": row.id},
        )
        count += 1
    db.session.commit()
    click.echo(f"Re-encrypted the tokens of {count} linked account(s) with the first key.")


@smatrx_cli.command("reconcile-imports")
def reconcile_imports_command() -> None:
    """Fail or re-enqueue imports stuck pending/processing without a live job."""
    from smatrx.imports.reaper import reconcile_imports

    outcome = reconcile_imports()
    click.echo(
        f"Imports: {outcome['requeued']} re-enqueued, {outcome['failed']} failed, "
        f"{outcome['waiting']} still waiting for a worker."
    )


@smatrx_cli.command("refresh-stats")
def refresh_stats_command() -> None:
    """Rebuild every kept aggregate (holders and levels per skill, tag and category counts,
    "held together") from the data: after a bulk load that bypassed the triggers."""
    import time

    from smatrx.extensions import db
    from smatrx.stats.refresh import rebuild_all

    started = time.perf_counter()
    rebuild_all(db.session)
    db.session.commit()
    click.echo(f"Kept aggregates rebuilt in {time.perf_counter() - started:.1f} s.")


@smatrx_cli.command("award-achievements")
def award_achievements_command() -> None:
    """Evaluate every achievement rule for every person (run after adding a rule); what
    anyone earns is announced in their notifications."""
    from smatrx.achievements.announce import announce
    from smatrx.achievements.services import award_in_batches
    from smatrx.extensions import db

    checked = awarded = 0
    for people, awards in award_in_batches(announce):
        db.session.commit()  # one commit per batch: a long run keeps what it did
        checked += people
        awarded += awards
    click.echo(f"Achievements: checked {checked} people, awarded {awarded} achievement(s).")


def init_app(app: Flask) -> None:
    from smatrx.backup.commands import COMMANDS as BACKUP_COMMANDS
    from smatrx.retention import purge_command

    for command in BACKUP_COMMANDS:
        smatrx_cli.add_command(command)
    smatrx_cli.add_command(purge_command)
    app.cli.add_command(smatrx_cli)


@smatrx_cli.command("analyse")
@click.argument("email", required=False)
@click.option("--all", "everyone", is_flag=True, help="Analyse every active account.")
@click.option(
    "--processes",
    type=click.IntRange(1, 16),
    default=None,
    help="With --all (default: cores, at most 4).",
)
def analyse_command(email: str | None, everyone: bool, processes: int | None) -> None:
    """Recompute the insights (profile, gap, recommendations) of EMAIL, or of everyone."""
    from sqlalchemy import select

    from smatrx.auth.services import find_user_by_email
    from smatrx.extensions import db
    from smatrx.insights.jobs import analyse_people
    from smatrx.models import User

    if bool(email) == everyone:
        raise click.UsageError("Give one EMAIL, or --all.")
    if email:
        user = find_user_by_email(email.strip())
        if user is None:
            raise click.BadParameter(f"no account for {email}", param_hint="EMAIL")
        analyse_people([user.id])
        click.echo(f"Analysed {user.email}.")
        return
    ids = list(
        db.session.scalars(select(User.id).where(User.deactivated_at.is_(None)).order_by(User.id))
    )
    from smatrx.insights.bulk import analyse_everyone, default_processes

    with click.progressbar(length=len(ids), label="Analysing") as bar:
        done = analyse_everyone(ids, processes or default_processes(), bar.update)
    click.echo(f"Analysed {done} people.")
