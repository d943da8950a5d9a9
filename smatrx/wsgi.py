"""WSGI entry point of the installed package: `gunicorn smatrx.wsgi:app`,
`flask --app smatrx.wsgi ...`, from any folder."""

import sys

from smatrx import create_app
from smatrx.config import ConfigError
from smatrx.preflight import install_excepthook

# gunicorn's "worker failed to boot" code: the master stops instead of restarting workers.
BOOT_ERROR = 3


def _quiet_server_banner() -> None:
    """gunicorn names itself (and nothing is gained by telling) in every response's Server
    header; it reads the name from this module constant when it builds a response."""
    try:
        import gunicorn.http.wsgi as gunicorn_wsgi
    except ImportError:  # another server: nothing to do
        return
    gunicorn_wsgi.SERVER = "SMATRX"


_quiet_server_banner()

try:
    app = create_app()
except ConfigError as error:
    # A configuration mistake is the operator's to fix: say what, without a traceback.
    print(f"SMATRX cannot start: {error}", file=sys.stderr)
    sys.exit(BOOT_ERROR)

# `flask` commands (db upgrade, seed, ...) that die of an unreachable database or Redis say
# so in one line.
install_excepthook(app)
