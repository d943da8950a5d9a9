"""gunicorn reads this file when started in the checkout without -c (`gunicorn wsgi:app`):
the same settings as an installed wheel's `gunicorn -c python:smatrx.gunicorn_conf`."""

from smatrx.gunicorn_conf import *  # noqa: F403
