"""Engines and sessions. SQLite is opened in WAL mode with foreign keys on and
a busy timeout; other URLs (a team's PostgreSQL server) are used as given.

SQLAlchemy is imported inside the functions that need it: a ``Database`` can be
made (and its ``url`` and ``path`` read) without it, and creates its engine on
first use. The GUI relies on that to show its window before the ORM is loaded.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from briefing_app.db.open import Capabilities, backend_of, choose_location

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 10

log = logging.getLogger(__name__)


class DatabaseLocationError(ValueError):
    """The database location given by the user cannot be used."""


def resolve_url(location: str | os.PathLike | None = None) -> str:
    """SQLAlchemy URL of the database to open (``db.open.choose_location``: ``location``
    given as ``--db``, then ``BRIEFING_APP_DB``, Preferences, the default file)."""
    raw = choose_location(location).value
    if "://" in raw:
        from sqlalchemy.engine import make_url

        try:
            url = make_url(raw)
        except Exception as exc:
            raise DatabaseLocationError(f"not a valid database URL: {raw}") from exc
        if url.drivername in _LIBPQ_SCHEMES:  # a libpq URL as an administrator writes it
            return url.set(drivername=POSTGRES_DRIVER).render_as_string(hide_password=False)
        return raw
    path = Path(raw).expanduser().resolve()
    if path.is_dir():
        raise DatabaseLocationError(f"{path} is a folder, not a database file")
    if not path.parent.is_dir():
        raise DatabaseLocationError(f"folder {path.parent} does not exist")
    return f"sqlite:///{path}"


_PLAIN_SQLITE = "sqlite:///"
#: The driver the app talks to PostgreSQL with (psycopg 3); plain ``postgresql://`` and
#: ``postgres://`` URLs (libpq's own spelling) are read as this one.
POSTGRES_DRIVER = "postgresql+psycopg"
_LIBPQ_SCHEMES = ("postgresql", "postgres")


def display_location(url: str) -> str:
    """``url`` as shown to users and written to logs: a file's path, or the URL without password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def psycopg_conninfo(url: str, *, with_password: bool = True) -> str:
    """The libpq connection URI of a PostgreSQL URL (for psycopg, pg_dump, pg_restore).

    ``with_password=False`` leaves the password out, for a command line that other
    users of the machine can read; pass it in ``PGPASSWORD`` then (``libpq_environment``).
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url).set(drivername="postgresql")
    if not with_password:
        parsed = parsed.set(password=None)
    return parsed.render_as_string(hide_password=False)


def libpq_environment(url: str) -> dict[str, str]:
    """Environment for a libpq program (pg_dump...): the URL's password, if it has one.

    Without one, libpq looks in ``~/.pgpass`` (``PGPASSFILE``) by itself.
    """
    from sqlalchemy.engine import make_url

    password = make_url(url).password
    env = dict(os.environ)
    if password:
        env["PGPASSWORD"] = str(password)
    return env


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory ones."""
    if url.startswith(_PLAIN_SQLITE) and not any(c in url for c in "?%"):
        database = url[len(_PLAIN_SQLITE) :]  # what make_url gives, without importing it
        return None if database in ("", ":memory:") else Path(database)
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def capabilities_at(location: str | os.PathLike | None = None) -> Capabilities:
    """What the database at ``location`` (see ``resolve_url``) can do, without opening it."""
    url = resolve_url(location)
    return Capabilities.of(url, sqlite_path(url) is not None)


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
    from sqlalchemy import create_engine, event

    if backend_of(url) == "postgresql":
        # A server over the network: a dead connection in the pool is replaced, not
        # reported, and an unreachable server is told within seconds.
        return create_engine(
            url,
            pool_pre_ping=True,
            # prepare_threshold None: psycopg would otherwise prepare a statement run five
            # times, and the server then plans it once for any parameter: a search for a
            # common character (人) got the plan of a rare one and took 300 ms instead of 3.
            connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "prepare_threshold": None},
        )
    engine = create_engine(url, future=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def engine_and_sessions(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """A new engine for ``url`` and its session factory."""
    from sqlalchemy.orm import sessionmaker

    from briefing_app.db import audit

    engine = make_engine(url)
    sessions = sessionmaker(engine, expire_on_commit=False)
    audit.install(sessions)  # who did what, on every flush (docs/history.md)
    return engine, sessions


Opener = Callable[[], "tuple[Engine, sessionmaker[Session]]"]


class Database:
    """An open database: its URL, engine and session factory, and what it can do.

    Given an ``opener`` instead of an engine, the engine and session factory are
    made on first use (``engine``, ``sessions``, ``session()``); ``when_open``
    callbacks run then, before anything can be written.

    As the app opened it: ``read_only`` (with ``read_only_reason``, for the
    user), ``warnings`` shown once the window is up (a network drive), and the
    writer ``lock`` it holds (``services/lock.WriterLock``; ``dispose()``
    releases it). ``capabilities`` (``db.open.Capabilities``) says which
    machinery applies: writer lock, file backups, search kind.
    """

    def __init__(
        self,
        url: str,
        engine: Engine | None = None,
        sessions: sessionmaker[Session] | None = None,
        *,
        opener: Opener | None = None,
        read_only: bool = False,
        read_only_reason: str = "",
        warnings: list[str] | None = None,
        lock=None,
    ) -> None:
        if (engine is None) != (sessions is None) or (engine is None and opener is None):
            raise ValueError("give an engine and its session factory, or an opener")
        self.url = url
        self._engine, self._sessions, self._opener = engine, sessions, opener
        self._on_open: list[Callable[[Database], None]] = []
        self._opening = threading.RLock()  # a callback may read ``sessions``
        self.read_only, self.read_only_reason = read_only, read_only_reason
        self.warnings: list[str] = list(warnings or [])
        self.lock = lock
        #: True when opening it created its schema: a new database, holding no records
        #: (``db.migrate.upgrade``).
        self.created = False

    @property
    def capabilities(self) -> Capabilities:
        """What this database can do (``db.open.Capabilities``); nothing is opened to tell."""
        return Capabilities.of(self.url, self.path is not None, self.read_only)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({display_location(self.url)!r}, open={self.is_open})"

    @property
    def is_open(self) -> bool:
        """True once the engine exists (always, unless made with an ``opener``)."""
        return self._engine is not None

    def open(self) -> None:
        """Make the engine now (it is made on first use anyway)."""
        self._open()

    @property
    def engine(self) -> Engine:
        return self._open()[0]

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self._open()[1]

    def _open(self) -> tuple[Engine, sessionmaker[Session]]:
        with self._opening:
            if self._engine is None:
                self._engine, self._sessions = self._opener()
                callbacks, self._on_open = self._on_open, []
                for callback in callbacks:
                    try:
                        callback(self)
                    except Exception:  # one failing listener must not cost the others
                        log.exception("a callback on opening %s failed", self.url)
        return self._engine, self._sessions

    def when_open(self, callback: Callable[[Database], None]) -> None:
        """Call ``callback(self)`` now if the engine exists, else as soon as it is made."""
        with self._opening:
            if self._engine is None:
                self._on_open.append(callback)
                return
        callback(self)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def session(self) -> Session:
        return self.sessions()

    def dispose(self) -> None:
        """Close the engine's connections and release the writer lock, if held."""
        if self._engine is not None:
            self._engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def connect(url: str, **options) -> Database:
    """Open ``url`` without migrating (see ``db.migrate.open_database`` for that);
    ``options``: what the app knows about it (``lock``, ``warnings``...)."""
    return Database(url, *engine_and_sessions(url), **options)
