"""`flask --app wsgi smatrx ...` commands."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup

smatrx_cli = AppGroup("smatrx", help="SMATRX commands: seed the catalog, run a worker.")


@smatrx_cli.command("seed")
def seed_command() -> None:
    """Load (or update) the skills catalog and the career roles. Safe to run again."""
    from smatrx.catalog.loader import load_catalog

    summary = load_catalog()
    click.echo(
        f"Catalog: {summary.categories} categories, {summary.skills_created} skills added, "
        f"{summary.skills_updated} updated, {summary.roles_created} roles added, "
        f"{summary.roles_updated} updated."
    )


@smatrx_cli.command("worker")
@click.option("--queue", "queues", multiple=True, help="Queue to work (repeatable).")
@click.option("--burst", is_flag=True, help="Stop when the queues are empty.")
def worker_command(queues: tuple[str, ...], burst: bool) -> None:
    """Run an RQ worker for background jobs (imports)."""
    from smatrx.jobs.worker import run_worker

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    run_worker(app, queues or app.config["RQ_QUEUES"], burst=burst)


def init_app(app: Flask) -> None:
    app.cli.add_command(smatrx_cli)
