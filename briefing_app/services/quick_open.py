"""The GUI's fast start: open an ordinary database without loading SQLAlchemy first.

``quick_open`` answers only for the common case (no Qt, no SQLAlchemy, no
Alembic): a SQLite file that exists and is not empty, on a local drive, with a
sound header, writable, whose schema is at this app's head revision
(``db.schema_head``, read with ``sqlite3`` in ``mode=ro``) and whose writer
lock is free. It then holds the lock and returns a ``Database`` whose
engine is made on first use, as ``ui.startup`` would have made it (WAL,
foreign keys, storage errors translated). For anything else it returns None
and changes nothing: the caller takes the full path
(``ui.startup.open_database_interactively``), which asks the user, migrates,
opens read-only or offers the backups.

What the full open does besides (the background integrity check, automatic
backups) the GUI starts once the window is shown.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from briefing_app.db.open import choose_location
from briefing_app.db.read_only import open_read_only
from briefing_app.db.schema_head import HEAD_REVISION
from briefing_app.db.session import (
    Database,
    DatabaseLocationError,
    engine_and_sessions,
    resolve_url,
    sqlite_path,
)
from briefing_app.errors import UserError
from briefing_app.services import environment
from briefing_app.services.check import header_problem
from briefing_app.services.lock import WriterLock

log = logging.getLogger(__name__)


def quick_open(location: str | None) -> Database | None:
    """The database at ``location`` with its writer lock held, or None (see module)."""
    found = _ordinary_location(location)
    if found is None:
        return None
    url, path = found
    lock = WriterLock(path)
    try:
        lock.acquire()
    except UserError:  # held by another instance, or the lock file cannot be made
        return None
    if _schema_revision(path) != HEAD_REVISION:
        lock.release()
        return None
    return Database(url, opener=lambda: _open_engine(url), lock=lock)


def head_file(location: str | None) -> Path | None:
    """For a command that only reads: the SQLite file at ``location`` when it is an
    ordinary one (see module) at this app's head revision, else None (the caller
    takes the full path). No lock is taken: a reader needs none."""
    found = _ordinary_location(location)
    if found is None or _schema_revision(found[1]) != HEAD_REVISION:
        return None
    return found[1]


def _ordinary_location(location: str | None) -> tuple[str, Path] | None:
    """The URL and file of the database the front door chooses for ``location``, when
    it is an ordinary SQLite file."""
    location = choose_location(location).value
    if "://" in location:
        return None  # a database server (or a URL for a file): the full path
    try:
        url = resolve_url(location)
    except DatabaseLocationError:
        return None
    path = sqlite_path(url)
    if path is None or not _ordinary_file(path):
        return None
    return url, path


def _ordinary_file(path) -> bool:
    """A non-empty SQLite file on a local, writable drive, whose header looks sound."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    if environment.network_warning(path) or environment.read_only_reason(path):
        return False
    return header_problem(path) is None


def _schema_revision(path) -> str | None:
    """The file's ``alembic_version``, or None when it has none, several, or cannot be read."""
    try:
        with contextlib.closing(open_read_only(path)) as conn:
            rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error as exc:
        log.info("fast start not possible for %s: %s", path, exc)
        return None
    return rows[0][0] if len(rows) == 1 else None


def _open_engine(url: str):
    """The engine and session factory, as the full open makes them."""
    engine, sessions = engine_and_sessions(url)
    environment.install_storage_errors(engine)
    return engine, sessions
