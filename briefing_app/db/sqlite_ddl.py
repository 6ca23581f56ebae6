"""SQLite's DDL is transactional, but Python's sqlite3 driver opens a transaction
only before DML, never before DDL: code that drops or creates tables, indexes or
triggers inside the caller's transaction begins it first."""

from __future__ import annotations


def begin_for_ddl(driver) -> None:
    """Begin a transaction on ``driver`` (a ``sqlite3`` connection) unless one is open,
    so that the DDL which follows commits or rolls back with the caller's writes."""
    if not driver.in_transaction:
        driver.execute("BEGIN")
