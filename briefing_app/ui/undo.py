"""Undo steps of library edits, for ``ui.write_path.WritePath.record``.

Each function returns the ``(redo, undo)`` service calls of one change the
caller has just written through ``services.library``; the write path replays
them, each in its own transaction. Replays return the id of the record to show
afterwards (None when it is gone). Undoing a creation and redoing a deletion
keep a snapshot, so redo puts back the very same record (same id); edits check
the record's version both ways, so a change someone made meanwhile is not
overwritten (the step is reported and dropped instead).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from briefing_app.services import library

Steps = tuple[Callable[[Any], Any], Callable[[Any], Any]]


def created(kind: str, record_id: int) -> Steps:
    """Undo removes the created record; redo puts the same record back."""
    held: dict[str, Any] = {}

    def undo(s) -> None:
        held["snapshot"] = library.delete(s, kind, record_id)

    def redo(s) -> int:
        library.restore(s, held["snapshot"])
        return record_id

    return redo, undo


def updated(kind: str, record_id: int, old: dict, new: dict, version: int) -> Steps:
    """Undo writes the old values back, redo the new ones; both check the version."""
    held = {"version": version}

    def write(s, values: dict) -> int:
        saved = library.update(s, kind, record_id, values, held["version"])
        held["version"] = saved.version
        return record_id

    return (lambda s: write(s, new)), (lambda s: write(s, old))


def deleted(kind: str, snapshot) -> Steps:
    """Undo restores the record and everything deleted with it."""
    held = {"snapshot": snapshot}

    def undo(s) -> int:
        library.restore(s, held["snapshot"])
        return held["snapshot"].id

    def redo(s) -> None:
        held["snapshot"] = library.delete(s, kind, held["snapshot"].id)

    return redo, undo
