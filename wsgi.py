"""The checkout's entry point (`gunicorn wsgi:app`, `flask --app wsgi ...`): the same app as
the package's own smatrx.wsgi, which works from any folder."""

from smatrx.wsgi import app

__all__ = ["app"]
