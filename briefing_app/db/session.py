"""Engines and sessions. SQLite is opened in WAL mode with foreign keys on and
a busy timeout; other URLs (a team's PostgreSQL server) are used as given."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from briefing_app import paths

BUSY_TIMEOUT_MS = 5000


class DatabaseLocationError(ValueError):
    """The database location given by the user cannot be used."""


def resolve_url(location: str | os.PathLike | None = None) -> str:
    """SQLAlchemy URL for ``location`` (a path or URL), ``BRIEFING_APP_DB``, or the default file."""
    raw = str(location) if location else paths.database_override()
    if not raw:
        return f"sqlite:///{paths.default_database_path()}"
    if "://" in raw:
        try:
            make_url(raw)
        except Exception as exc:
            raise DatabaseLocationError(f"not a valid database URL: {raw}") from exc
        return raw
    path = Path(raw).expanduser().resolve()
    if path.is_dir():
        raise DatabaseLocationError(f"{path} is a folder, not a database file")
    if not path.parent.is_dir():
        raise DatabaseLocationError(f"folder {path.parent} does not exist")
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    with contextlib.suppress(Exception):  # read-only file or folder: keep the default journal
        cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """Engine for ``url``; SQLite connections get WAL, foreign keys and a busy timeout."""
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@dataclass
class Database:
    """An open database: its URL, engine and session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        self.engine.dispose()


def connect(url: str) -> Database:
    """Open ``url`` without migrating (see ``db.migrate.open_database`` for that)."""
    engine = make_engine(url)
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
