"""What the server refuses a login (roles on PostgreSQL, migration 0016), told to users.

A team's server enforces roles itself (docs/team.md): only members of
``briefing_director`` approve or request changes on a pack version, only
members of ``briefing_admin`` change the organization kinds. The server
answers a refused write with SQLSTATE 42501; ``refused_by_server`` turns that
into a ``NotPermittedError`` carrying the server's one-line reason, so the CLI
prints one line (exit 2) and the GUI shows it like any other user error.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from briefing_app.errors import UserError

INSUFFICIENT_PRIVILEGE = "42501"


class NotPermittedError(UserError):
    """The server refused a change this login's role does not allow."""


def not_permitted(exc: BaseException) -> NotPermittedError | None:
    """The user-facing error for a refusal by the server, or None for anything else."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
        return None
    diag = getattr(orig, "diag", None)
    reason = (getattr(diag, "message_primary", None) or str(orig)).strip().splitlines()[0]
    return NotPermittedError(f"the server refused: {reason}")


@contextlib.contextmanager
def refused_by_server(session: Session) -> Iterator[None]:
    """Flush at the end of the block; a refusal by the server becomes NotPermittedError."""
    try:
        yield
        session.flush()
    except DBAPIError as exc:
        refusal = not_permitted(exc)
        if refusal is None:
            raise
        raise refusal from exc
