"""One writer per database file, without Qt (the CLI takes the same lock).

The lock is a small JSON file beside the database (``briefing.db.lock``)
holding who writes: process id, host, user and start time. It is written to a
private file and hard-linked into place (``O_CREAT | O_EXCL`` where there are
no hard links), so exactly one process wins and the lock is never seen empty.
A lock left behind by a crash is recovered when its process is gone on this host (a recycled pid is
recognised by the process start time where the OS tells us). A second app
instance is told who holds the lock and may open the database read-only
(``connect_read_only``), where SQLite itself refuses every write.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import sqlite3
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from briefing_app.db.session import BUSY_TIMEOUT_MS, Database, resolve_url, sqlite_path
from briefing_app.errors import UserError
from briefing_app.services.environment import (
    ReadOnlyDatabaseError,
    install_storage_errors,
    read_only_reason,
)

#: A lock file we cannot read is only treated as stale after this many seconds
#: (its writer may be between creating and filling it).
UNREADABLE_GRACE_SECONDS = 10.0

_held: dict[Path, int] = {}  # lock files this process holds -> nesting depth


class DatabaseLockedError(UserError):
    """Another process is writing to the database; ``holder`` says who."""

    def __init__(self, database: Path, holder: LockInfo | None) -> None:
        self.database, self.holder = database, holder
        who = holder.describe() if holder else "another program (lock file unreadable)"
        super().__init__(
            f"{database} is in use by {who}; close it there first, or open it read-only"
        )


@dataclass(frozen=True)
class LockInfo:
    """Who holds a lock: what the lock file says."""

    pid: int
    host: str
    user: str
    started: str
    proc_start: str = ""

    def describe(self) -> str:
        when = self.started.replace("T", " ")[:16]
        return f"{self.user} on {self.host} (process {self.pid}, since {when})"

    @classmethod
    def for_this_process(cls) -> LockInfo:
        return cls(
            pid=os.getpid(),
            host=host_name(),
            user=_user_name(),
            started=datetime.now().isoformat(timespec="seconds"),
            proc_start=_process_start(os.getpid()),
        )


def host_name() -> str:
    """This computer's name, as ``socket.gethostname()`` says it; from ``os.uname()`` where
    there is one (the socket module is not needed to start the app)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown user"


def _process_start(pid: int) -> str:
    """Start time of ``pid`` in clock ticks since boot (Linux), to spot a recycled pid."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    return stat_line.rsplit(")", 1)[-1].split()[19]


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would send CTRL_C_EVENT there
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    except OSError:  # Windows raises OSError for a pid that is gone
        return False
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32
    query_limited_information, still_active = 0x1000, 259
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def read_lock(path: Path) -> LockInfo | None:
    """The lock file's contents, or None when missing or unreadable."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(**{k: raw[k] for k in ("pid", "host", "user", "started")},
                        proc_start=str(raw.get("proc_start", "")))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(path: Path, info: LockInfo | None) -> bool:
    """True when the lock's holder has certainly gone (same host, process dead or recycled)."""
    if info is None:
        try:
            return time.time() - path.stat().st_mtime > UNREADABLE_GRACE_SECONDS
        except OSError:
            return True
    if info.host != host_name():
        return False  # cannot see processes on another computer
    if not _pid_alive(info.pid):
        return True
    return bool(info.proc_start) and _process_start(info.pid) not in ("", info.proc_start)


@dataclass
class WriterLock:
    """The writer lock on one database file; ``acquire`` raises DatabaseLockedError."""

    database: Path
    path: Path = field(init=False)
    acquired: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        self.database = Path(self.database).resolve()
        self.path = lock_path(self.database)

    def holder(self) -> LockInfo | None:
        return read_lock(self.path)

    def acquire(self) -> WriterLock:
        if self.acquired:
            return self
        if _held.get(self.path):
            _held[self.path] += 1  # this process already writes here (GUI + worker)
            self.acquired = True
            return self
        for _attempt in range(3):
            if self._create():
                _held[self.path] = 1
                self.acquired = True
                return self
            info = read_lock(self.path)
            if not is_stale(self.path, info):
                raise DatabaseLockedError(self.database, info)
            self._remove_stale(info)
        raise DatabaseLockedError(self.database, read_lock(self.path))

    def _remove_stale(self, info: LockInfo | None) -> None:
        """Take a crashed writer's lock away without removing a live one.

        Two processes may judge the same lock stale; the rename is atomic, so only
        one moves it, and if what it moved is no longer the stale lock (another
        process took the lock meanwhile) it is put back.
        """
        grave = self.path.with_name(f"{self.path.name}.stale-{os.getpid()}")
        try:
            os.replace(self.path, grave)
        except FileNotFoundError:
            return
        if read_lock(grave) != info:
            with contextlib.suppress(OSError):
                os.link(grave, self.path)
        grave.unlink(missing_ok=True)

    def _create(self) -> bool:
        """Create the lock file whole or not at all: its contents are written to a
        private file first, which is then hard-linked into place (fails if the lock
        exists). A writer killed meanwhile leaves no empty, unreadable lock (which
        would block everyone for UNREADABLE_GRACE_SECONDS).

        The draft is not fsynced: other processes read it from the page cache, so a
        killed writer is covered without it, and after a system crash an empty lock
        is older than UNREADABLE_GRACE_SECONDS by the time the machine is up again
        (stale). The fsync cost every start 2 to 10 ms of waiting for the disk."""
        data = json.dumps(asdict(LockInfo.for_this_process())).encode()
        draft = self.path.with_name(f"{self.path.name}.new-{os.getpid()}")
        try:
            fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
            try:
                os.write(fd, data)
            finally:
                os.close(fd)
            return self._link(draft, data)
        except OSError as exc:
            raise UserError(
                f"cannot create the lock file {self.path}: {exc.strerror or exc}"
            ) from exc
        finally:
            with contextlib.suppress(OSError):
                draft.unlink()

    def _link(self, draft: Path, data: bytes) -> bool:
        try:
            os.link(draft, self.path)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: exclusive create instead
            try:
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                return False
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        return True

    def release(self) -> None:
        """Drop the lock (the file goes when the outermost holder in this process releases)."""
        if not self.acquired:
            return
        self.acquired = False
        depth = _held.get(self.path, 0) - 1
        if depth > 0:
            _held[self.path] = depth
            return
        _held.pop(self.path, None)
        info = read_lock(self.path)
        if info is None or (info.pid == os.getpid() and info.host == host_name()):
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def __enter__(self) -> WriterLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _database_file(target: Database | Path | str | None) -> Path | None:
    if target is None:
        return None
    if isinstance(target, Database):
        return target.path if target.capabilities.writer_lock else None
    return Path(target)


@contextlib.contextmanager
def writer_lock(target: Database | Path | str | None) -> Iterator[WriterLock | None]:
    """Hold the writer lock on ``target``'s file for the block (no-op for server databases).

    CLI write commands wrap their work in this, so they never write under a
    running app (or another command); the error names who holds the lock.
    """
    path = _database_file(target)
    if path is None:
        yield None
        return
    with WriterLock(path) as held:
        yield held


@contextlib.contextmanager
def command_lock(location: str | None) -> Iterator[WriterLock | None]:
    """``writer_lock`` for a CLI command's ``--db`` value (None = the default database).

    Wrap a write command's whole run in it, migrations included:
    ``with command_lock(args.db): ...``.
    """
    path = sqlite_path(resolve_url(location))
    reason = read_only_reason(path)
    if reason:
        raise ReadOnlyDatabaseError(
            f"this command changes the database, and {reason}; commands that only read "
            "(meetings, participants, export-data, check...) work on it"
        )
    with writer_lock(path) as held:
        yield held


# -- read-only mode -------------------------------------------------------------------------


class ReadOnlyOpenError(UserError):
    """A database that can only be read cannot be used as it is.

    ``code``: ``"read_only_missing"`` (it does not exist and cannot be created)
    or ``"read_only_needs_upgrade"`` (an older schema cannot be upgraded where it
    is); the GUI shows its own translated text for each.
    """

    TEXTS = {
        "read_only_missing": "{path} does not exist and cannot be created: {reason}",
        "read_only_needs_upgrade": "{path} needs to be upgraded to this version of Briefing "
        "App, which cannot be done while it is read-only ({reason}).",
    }

    def __init__(self, code: str, path: Path, reason: str) -> None:
        super().__init__(self.TEXTS[code].format(path=path, reason=reason))
        self.code, self.path, self.reason = code, path, reason
        self.params = {"path": path, "reason": reason}


def open_read_only_database(path: Path, reason: str, warnings: list[str] | None = None) -> Database:
    """The database at ``path`` opened read-only, at this version's schema.

    What the GUI and every CLI command do when ``environment.read_only_reason``
    says the file or its folder cannot be written (a read-only medium
    included: see ``db/read_only.py``). Raises ReadOnlyOpenError, or
    SQLAlchemy's DatabaseError for a file SQLite cannot read.
    """
    from briefing_app.db.migrate import current_revision, head_revision

    path = Path(path)
    if not path.exists():
        raise ReadOnlyOpenError("read_only_missing", path, reason)
    db = connect_read_only(path, reason, warnings)
    try:
        revision = current_revision(db.engine)
    except BaseException:
        db.dispose()
        raise
    if revision != head_revision():
        db.dispose()
        raise ReadOnlyOpenError("read_only_needs_upgrade", path, reason)
    return db


def _read_only_connection(path: Path) -> sqlite3.Connection:
    from briefing_app.db.read_only import open_read_only

    return open_read_only(path, check_same_thread=False)


def _read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def connect_read_only(path: Path, reason: str = "", warnings: list[str] | None = None):
    """A Database on ``path`` that cannot write (SQLite opened with ``mode=ro``)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import sessionmaker
    from sqlalchemy.pool import NullPool

    path = Path(path).resolve()
    engine = create_engine(
        f"sqlite:///{path}", creator=lambda: _read_only_connection(path), poolclass=NullPool
    )
    event.listen(engine, "connect", _read_only_pragmas)
    install_storage_errors(engine)
    sessions = sessionmaker(engine, expire_on_commit=False)
    return Database(
        f"sqlite:///{path}", engine, sessions, read_only=True, read_only_reason=reason,
        warnings=list(warnings or []),
    )  # fmt: skip
