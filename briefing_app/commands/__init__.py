"""One module per CLI command; each defines ``register(subparsers)``."""

from __future__ import annotations

from argparse import Namespace

from briefing_app.db.migrate import open_database
from briefing_app.db.session import Database


def database(args: Namespace) -> Database:
    """Open (and upgrade) the database named by ``--db`` / ``BRIEFING_APP_DB`` / the default."""
    from briefing_app.services.environment import install_storage_errors

    db = open_database(args.db)
    install_storage_errors(db.engine)  # disk full / read-only: one clear line, exit 2
    return db
