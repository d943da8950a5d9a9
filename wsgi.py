"""WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi ...`."""

from smatrx import create_app

app = create_app()
