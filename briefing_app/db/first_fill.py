"""The first large write into a SQLite database this process has just created (an
import into a new file) goes through SQLite's rollback journal instead of its WAL.

In WAL mode every page a transaction writes is written twice: into the WAL, then
into the database file by the checkpoint that follows the commit (the whole
scale dataset, about 90 MB, about a third of a second of processor time besides
the disk's). With the rollback journal the pages go into the file once and the
journal keeps the original content of the pages the transaction changes: for a
new database, the few pages of its empty schema. A failure (rollback) or a crash
(the journal is played back when the file is next opened) leaves the empty
database, as in WAL mode; ``synchronous = FULL`` while the journal is in use, so
that a power loss at the wrong moment cannot break that either. Afterwards the
database is in WAL mode again, as every connection the app opens sets it
(``session._sqlite_pragmas``).

Only for a database the opening created (``Database.created``, no records): a
database that holds data keeps WAL, whose commit never blocks its readers. When
the mode cannot be changed (another connection has the file open), nothing
changes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from briefing_app.db.session import Database


@contextlib.contextmanager
def filling_connection(db: Database) -> Iterator[Connection]:
    """A connection of ``db`` for one transaction (bind a session to it); on a new
    SQLite database, in rollback-journal mode until the block ends."""
    with db.engine.connect() as connection:
        journal = db.created and connection.dialect.name == "sqlite"
        journal = journal and _mode(connection, "DELETE", "FULL") == "delete"
        try:
            yield connection
        finally:
            if journal:
                connection.rollback()  # nothing is left open after a failure
                _mode(connection, "WAL", "NORMAL")


def _mode(connection: Connection, journal: str, synchronous: str) -> str:
    """Set the journal mode, and when it took, the sync level, outside any
    transaction; the journal mode now."""
    mode = str(connection.exec_driver_sql(f"PRAGMA journal_mode = {journal}").scalar()).lower()
    if mode == journal.lower():
        connection.exec_driver_sql(f"PRAGMA synchronous = {synchronous}")
    connection.commit()  # SQLAlchemy's own transaction around the pragmas (the driver had none)
    return mode
