"""One module per CLI command; each defines ``register(subparsers)``."""

from __future__ import annotations

from argparse import Namespace

from briefing_app.db.migrate import open_database
from briefing_app.db.session import Database


def database(args: Namespace) -> Database:
    """Open (and upgrade) the database named by ``--db`` / ``BRIEFING_APP_DB`` / the default."""
    return open_database(args.db)
