"""Access helpers every blueprint uses: sign-in required, role required."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from flask import abort
from flask_login import current_user, login_required

from smatrx.extensions import login_manager

__all__ = ["gate_applies", "login_required", "role_required"]

View = TypeVar("View", bound=Callable[..., Any])


def role_required(*roles: str) -> Callable[[View], View]:
    """Signed in (else the sign-in page) and holding one of the roles (else 403).
    Admins pass every role check."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if current_user.role not in roles and current_user.role != "admin":
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]

    return decorator


def gate_applies(open_endpoints: set[str], open_blueprints: set[str]) -> bool:
    """A site-wide gate (onboarding, new legal texts) concerns this request: a signed-in
    person on a page that is not left open to them meanwhile."""
    from flask import request

    endpoint = request.endpoint or ""
    return bool(
        endpoint
        and endpoint not in open_endpoints
        and request.blueprint not in open_blueprints
        and current_user.is_authenticated
    )
