"""The front door to the data: which database, and what it can do.

``choose_location`` is the one place that decides where the database is, for
the GUI and the CLI alike: ``--db`` (the value given), then the environment
(``BRIEFING_APP_DB``), then the database chosen in Preferences (the
``database`` setting of ``settings.json``, read without Qt), then the default
file in the data folder. ``session.resolve_url`` turns the choice into a URL.

``Capabilities`` says what an open ``session.Database`` can do, so callers ask
``db.capabilities.writer_lock`` instead of checking a backend or a path:
SQLite-only machinery (the writer lock file, backups by file copy, read-only
media, the fast start, FTS5 search) sits behind these flags.

Standard library only (plus ``paths`` and ``settings``): the GUI's first
paint and every CLI command start here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from briefing_app import paths
from briefing_app.settings import Settings

#: Where a location came from, in the order they are consulted.
SOURCES = ("--db", "BRIEFING_APP_DB", "preferences", "default")

#: How each backend searches names and text (``services/search.py``).
SEARCH_KINDS = {"sqlite": "fts5", "postgresql": "pg_trgm"}


@dataclass(frozen=True)
class Location:
    """A database location as the user gave it (file path or URL) and where from."""

    value: str
    source: str

    @property
    def is_default(self) -> bool:
        """True for the default file of the data folder (nothing chose another)."""
        return self.source == "default"


def choose_location(given: str | os.PathLike | None = None, settings=None) -> Location:
    """The database to open: ``given`` (``--db``), ``BRIEFING_APP_DB``, Preferences, default.

    ``settings`` (a ``Settings``) saves reading ``settings.json`` again when the
    caller has it loaded.
    """
    if given:
        return Location(str(given), "--db")
    if paths.database_override():
        return Location(paths.database_override(), "BRIEFING_APP_DB")
    chosen = (settings or Settings.load()).database.strip()
    if chosen:
        return Location(chosen, "preferences")
    return Location(str(paths.default_database_path()), "default")


def without_password(location: str) -> str:
    """``location`` fit to show: a URL's password replaced by ``***`` (standard library
    only: the window title and status bar are made before SQLAlchemy is imported)."""
    if not url_has_password(location):
        return location
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(location)
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.netloc.rsplit("@", 1)[0].split(":", 1)[0]
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def url_has_password(location: str) -> bool:
    """Whether a database URL carries a password: one never to be stored in the settings
    (libpq reads it from ``~/.pgpass`` or ``PGPASSWORD``; docs/team.md)."""
    if "://" not in location:
        return False
    from urllib.parse import urlsplit

    try:
        return bool(urlsplit(location).password)
    except ValueError:
        return False


def backend_of(url: str) -> str:
    """``"sqlite"``, ``"postgresql"``... for a SQLAlchemy URL, without importing SQLAlchemy."""
    scheme = url.split("://", 1)[0] if "://" in url else "sqlite"
    backend = scheme.split("+", 1)[0].lower()
    return "postgresql" if backend in ("postgres", "postgresql") else backend


@dataclass(frozen=True)
class Capabilities:
    """What an open database can do; ``session.Database.capabilities`` gives them."""

    #: SQLAlchemy dialect: "sqlite" or "postgresql".
    backend: str
    #: Nothing can be saved (read-only file, folder or medium; another copy of the app writes).
    read_only: bool
    #: One writer at a time is ensured by a lock file beside the database (SQLite files);
    #: a database server arbitrates by itself.
    writer_lock: bool
    #: Backups, restore and the integrity check work on the file (copies of a SQLite file).
    file_backup: bool
    #: How search finds names: "fts5" (SQLite), "pg_trgm" (PostgreSQL) or "like".
    search_kind: str

    @classmethod
    def of(cls, url: str, has_file: bool, read_only: bool = False) -> Capabilities:
        """The capabilities of the database at ``url``; ``has_file``: a SQLite file."""
        backend = backend_of(url)
        return cls(
            backend=backend,
            read_only=read_only,
            writer_lock=has_file,
            file_backup=has_file,
            search_kind=SEARCH_KINDS.get(backend, "like"),
        )
