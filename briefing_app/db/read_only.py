"""Opening a SQLite file so that nothing can be written: the one place that decides how.

``mode=ro`` first: SQLite refuses every write and still sees the changes a
writer commits meanwhile (through the ``-wal`` and ``-shm`` files beside the
database). A WAL database on a read-only medium or in a folder we may not
write (a CD, a read-only share, a locked-down folder) cannot get its ``-shm``,
and ``mode=ro`` fails there with "unable to open database file". Then the
file is opened with ``immutable=1``: SQLite reads it as it is, without locks,
which is right because nobody can change a file nobody may write. If such a
file still has a ``-wal`` with content (the app that wrote it did not close
cleanly), its last changes live only there and cannot be read this way: the
user is told to copy both files to a writable folder, never shown stale data.

Standard library only: the GUI's first paint, ``check`` and the backups use it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from briefing_app.errors import UserError


class UnreadableWalError(UserError):
    """A read-only WAL database whose -wal still holds changes SQLite cannot read there."""


def _wal_has_content(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def cannot_write_beside(path: Path) -> bool:
    """True when SQLite cannot make the -shm beside ``path`` (read-only folder or medium)."""
    shm = path.with_name(path.name + "-shm")
    if shm.exists():
        return not os.access(shm, os.W_OK)
    return not os.access(path.parent, os.W_OK)


def open_read_only(path: Path | str, *, check_same_thread: bool = True) -> sqlite3.Connection:
    """A ``sqlite3`` connection to ``path`` that cannot write (see the module docstring)."""
    path = Path(path).resolve()
    uri = path.as_uri()
    conn = None
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, check_same_thread=check_same_thread)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        if conn is not None:
            conn.close()
        if not (path.is_file() and cannot_write_beside(path)):
            raise
    if _wal_has_content(path):
        raise UnreadableWalError(
            f"{path} cannot be read where it is: its last changes are still in "
            f"{path.name}-wal, which SQLite can only read in a folder it may write to; "
            "copy both files to such a folder and open the copy"
        )
    return sqlite3.connect(f"{uri}?immutable=1", uri=True, check_same_thread=check_same_thread)
