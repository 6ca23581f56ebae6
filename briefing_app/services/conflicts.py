"""Saving an edit only if nobody changed the record since the editor opened it (no Qt).

Editors remember the ``version`` the record had when they loaded it and save
through ``save_with_version``. If the record's version moved on (another
window, another process, later a team server), ``ConflictError`` carries both
sides field by field so the user can choose; nothing is silently overwritten.
The check happens twice: once by reading the current version, and again in the
UPDATE itself through SQLAlchemy's version counter (``StaleDataError``), which
catches a change that lands between the read and the write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from briefing_app.errors import UserError


@dataclass(frozen=True)
class FieldConflict:
    """One field as it is now in the database ("theirs") and as the user typed it ("mine")."""

    name: str
    theirs: Any
    mine: Any

    @property
    def differs(self) -> bool:
        return self.theirs != self.mine


@dataclass
class ConflictError(UserError):
    """The record changed (or was deleted) after the editor opened it."""

    table: str
    record_id: int
    expected_version: int
    current_version: int | None  # None: the record was deleted
    mine: dict[str, Any]
    theirs: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(self.message())

    @property
    def deleted(self) -> bool:
        return self.current_version is None

    def fields(self) -> list[FieldConflict]:
        return [FieldConflict(n, self.theirs.get(n), v) for n, v in self.mine.items()]

    def message(self) -> str:
        what = f"{self.table} record {self.record_id}"
        if self.deleted:
            return f"{what} was deleted by someone else while you were editing it"
        names = ", ".join(f.name for f in self.fields() if f.differs) or "no field you changed"
        return (
            f"{what} was changed by someone else while you were editing it (you opened "
            f"version {self.expected_version}, it is now version {self.current_version}; "
            f"differences in: {names})"
        )

    def __str__(self) -> str:
        return self.message()


def _check_fields(obj_class: type, changes: dict[str, Any]) -> None:
    columns = {c.key for c in inspect(obj_class).column_attrs}
    unknown = sorted(set(changes) - columns)
    if unknown or {"id", "version"} & set(changes):
        raise ValueError(f"{obj_class.__name__}: cannot save fields {unknown or ['id/version']}")


def _conflict(session: Session, obj_class: type, record_id: int, expected: int, changes: dict):
    """A ConflictError holding the record as it is now in the database.

    Read through a fresh session: the caller's may be mid-flush or already failed.
    """
    with Session(session.get_bind()) as fresh:
        current = fresh.get(obj_class, record_id)
        theirs = {name: getattr(current, name) for name in changes} if current else {}
        version = current.version if current is not None else None
    return ConflictError(
        obj_class.__tablename__, record_id, expected, version, dict(changes), theirs
    )


def save_with_version(
    session: Session, obj_class: type, record_id: int, expected_version: int, changes: dict
) -> int:
    """Apply ``changes`` (column name → value) if the record is still at ``expected_version``.

    Returns the record's new version; raises ConflictError otherwise. Does not commit.
    """
    _check_fields(obj_class, changes)
    record = session.get(obj_class, record_id, populate_existing=True)
    if record is None or record.version != expected_version:
        raise _conflict(session, obj_class, record_id, expected_version, changes)
    for name, value in changes.items():
        setattr(record, name, value)
    try:
        session.flush()
    except StaleDataError:  # the caller's transaction rolls back as this propagates
        raise _conflict(session, obj_class, record_id, expected_version, changes) from None
    return record.version


def keep_mine(session: Session, obj_class: type, conflict: ConflictError) -> int:
    """Save the user's values over the current record (the user chose "keep mine").

    Uses the version the conflict saw, so a third change in between is again reported.
    """
    if conflict.deleted:
        raise UserError(conflict.message() + "; it cannot be saved")
    return save_with_version(
        session, obj_class, conflict.record_id, conflict.current_version, conflict.mine
    )
