"""The search indexes' catch-up after a large import (SQLite).

Indexing tens of thousands of new records for search (the FTS5 tables of
migrations 0002 and 0014; the trigram index of 50,000 talking points alone
takes 6 s) is not done inside an import that writes at least ``CATCH_UP_ROWS``
records to a table: its transaction writes the records, keeps the index
triggers, and leaves those records out of the indexes. Until they are in:

- the table's search index is **being built**: :func:`pending` says how many
  records each index still lacks (a record is in an index when its
  ``<index>_docsize`` table has its id), and ``services/search.py`` answers
  that kind with a scan of the table (LIKE, in id order) instead;
- records written meanwhile are indexed by the triggers as always; deleting or
  changing a record the index does not hold yet touches the index not at all
  (migration 0022), the catch-up indexes whatever it holds when it gets there.

:func:`catch_up` indexes the missing records ``STEP_ROWS`` at a time, each
step its own short transaction (``BEGIN IMMEDIATE``), so a writer waits at most
one step and a killed catch-up loses at most one step: the next one resumes
where the indexes are. The command ``briefing-app search-index`` runs it; the
``import`` command starts that in the background after its commit, and the GUI
runs it on its worker pool when it opens such a database or has imported.
Other databases keep their own indexes: nothing is ever pending there.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from briefing_app.db.deferred_triggers import InsertTrigger, insert_triggers

log = logging.getLogger(__name__)

#: An import writing at least this many records to a table leaves their indexing to
#: the catch-up (below it, indexing them takes a fraction of a second).
CATCH_UP_ROWS = 10_000
#: Records indexed per step (one transaction; about 0.2 s of processor time).
STEP_ROWS = 2_000
#: The tables with search indexes, in the order the catch-up takes them.
INDEXED_TABLES = ("organizations", "people", "talking_points")


def _indexes(connection: Connection) -> list[InsertTrigger]:
    """The insert trigger of each search index (it says what the index holds)."""
    if connection.dialect.name != "sqlite":
        return []
    triggers, fts5 = insert_triggers(connection, INDEXED_TABLES)
    return [t for t in triggers if t.target in fts5]


def pending(connection: Connection, indexes: list[InsertTrigger] | None = None) -> dict[str, int]:
    """{search index: records of its table it does not hold yet}, only those lacking
    some (empty when every index is complete, and on other databases). ``indexes``:
    :func:`_indexes`, when the caller has read them already."""
    indexes = _indexes(connection) if indexes is None else indexes
    if not indexes:
        return {}
    counts = ", ".join(
        f"(SELECT count(*) FROM {t.table}) - (SELECT count(*) FROM {t.target}_docsize)"
        for t in indexes
    )
    row = connection.exec_driver_sql(f"SELECT {counts}").one()
    return {t.target: n for t, n in zip(indexes, row, strict=True) if n > 0}


def tables_being_indexed(connection: Connection) -> frozenset[str]:
    """The tables (``INDEXED_TABLES``) whose search indexes are being built.

    Asked by every search: the answer is kept with the driver's connection until
    the database changes (a write of this connection: ``total_changes()``; a commit
    of any other: ``data_version``), so a keystroke costs one tiny query."""
    if connection.dialect.name != "sqlite":
        return frozenset()
    state = connection.exec_driver_sql(_STATE).one()
    info = connection.connection.info
    known = info.get(_KEPT)
    if known is not None and known[0] == tuple(state):
        return known[1]
    try:
        indexes = _indexes(connection)
        missing = pending(connection, indexes)
    except DBAPIError:  # a damaged index of a table (check_database says which): search as before
        log.warning("the search indexes' state cannot be read", exc_info=True)
        return frozenset()
    tables = frozenset(t.table for t in indexes if t.target in missing)
    info[_KEPT] = (tuple(state), tables)
    return tables


_STATE = "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)"
_KEPT = "briefing_app.search_index.being_indexed"


def catch_up(db, progress: Callable[[int, int], None] | None = None) -> int:
    """Index every record the search indexes lack, a step (one transaction) at a time;
    the number of records indexed. ``progress(done, total)`` after each step. Owns its
    transactions (the one service that commits step by step: see the module's text)."""
    if db.read_only:
        return 0
    done, total = 0, None
    while True:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # the write lock first: no stale read
            indexes = _indexes(connection)
            missing = pending(connection, indexes)
            if not missing:
                connection.rollback()
                return done
            total = total or sum(missing.values())
            trigger = next(t for t in indexes if t.target in missing)
            added = connection.exec_driver_sql(trigger.catch_up(), (STEP_ROWS,)).rowcount
            connection.commit()
        done += max(added, 0)
        if progress is not None:
            progress(min(done, total), total)


def start_in_background(database: Path) -> subprocess.Popen:
    """Run ``briefing-app --db DATABASE search-index`` as a process of its own that
    outlives the caller (its output goes to the app's log, not the terminal)."""
    command = [sys.executable] if getattr(sys, "frozen", False) else [
        sys.executable, "-m", "briefing_app"]  # fmt: skip
    kwargs: dict = {"start_new_session": True}
    if os.name == "nt":
        flags = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.DETACHED_PROCESS
        kwargs = {"creationflags": flags}
    return subprocess.Popen(
        [*command, "--db", str(database), "search-index", "--quiet"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **kwargs,
    )
