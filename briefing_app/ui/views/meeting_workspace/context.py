"""What every tab of one meeting workspace shares: the database, the meeting
id, an undo stack, and the GUI's one write path (``ui/write_path.py``).

``read``/``write``/``do``/``steps`` are the write path's: a service in its own
transaction, recorded as an undo step. ``do_create`` and ``do_remove`` record
steps that add or delete a row, and their undo/redo put the very same rows back
(same ids), so later steps that name those rows still apply. An undo or redo
the database refuses is reported through ``error`` (the workspace shows it in
a dialog) and never escapes as a traceback; every tab then reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from briefing_app.errors import ChangedMeanwhileError
from briefing_app.services import record_snapshot
from briefing_app.ui.language import data_language
from briefing_app.ui.write_path import WritePath


class WorkspaceContext(QObject):
    """Shared state of one open meeting."""

    #: Meeting data changed (an edit was saved): refresh the preview.
    changed = Signal()
    #: Data changed behind the views' back (undo/redo, import): reload every tab.
    reloaded = Signal()
    #: (title, message) of an error the user should read.
    error = Signal(str, str)

    def __init__(self, db, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.meeting_id = meeting_id
        #: Names and titles in the tabs' tables and pickers come in this language.
        self.language = data_language()
        self.undo_stack = QUndoStack(self)
        self.writes = WritePath(db, self.undo_stack, self._replayed, self._refused)
        self.read, self.write, self.steps = self.writes.read, self.writes.write, self.writes.steps

    def do(self, text: str, redo: Callable[[Any], Any], undo: Callable[[Any], Any]) -> Any:
        """Apply ``redo(session)`` now and record it as an undoable step.

        Raises UserError (nothing recorded) if the change is refused.
        """
        result = self.writes.do(text, redo, undo)
        self.changed.emit()
        return result

    def _replayed(self, _result) -> None:
        self.reloaded.emit()
        self.changed.emit()

    def _refused(self, title: str, message: str) -> None:
        self.error.emit(title, message)
        self._replayed(None)

    def do_create(self, text: str, create: Callable[[Any], int], table: str) -> int:
        """``create(session)`` adds a ``table`` row and returns its id, as an undoable
        step: undo deletes that row with what the database removes along with it
        (``ON DELETE CASCADE``), redo puts the same rows back."""
        return self.do_create_many(text, lambda session: [create(session)], table)[0]

    def do_create_many(
        self, text: str, create: Callable[[Any], list[int]], table: str
    ) -> list[int]:
        """Like :meth:`do_create` for a ``create`` that adds several rows (their ids)."""
        held: dict[str, Any] = {}

        def redo(session) -> list[int]:
            if "removed" in held:
                for snap in held.pop("removed"):
                    record_snapshot.restore(session, snap)
            else:
                held["ids"] = create(session)
            return held["ids"]

        def undo(session) -> None:
            snaps = [record_snapshot.collect(session, table, i) for i in held["ids"]]
            for snap in snaps:
                self.check_ours(snap)
            held["removed"] = [
                record_snapshot.delete_record(session, table, i) for i in reversed(held["ids"])
            ][::-1]

        return self.do(text, redo, undo)

    def check_ours(self, snap: record_snapshot.Snapshot) -> None:
        """Refuse to delete (as an undo) a row that is gone, that is another meeting's
        (its id was reused), or that something else now uses: the delete would reach
        there too (``ON DELETE CASCADE`` / ``SET NULL``)."""
        meetings = {row.get("meeting_id", self.meeting_id) for _table, row in snap.rows}
        if not snap.rows or meetings != {self.meeting_id} or snap.cleared:
            raise ChangedMeanwhileError(
                snap.table,
                snap.id,
                f"{snap.table} record {snap.id} is gone or is now used elsewhere (another "
                "meeting, or a record that points at it); undoing would remove it there too",
            )

    def do_remove(
        self,
        text: str,
        remove: Callable[[Any], Any],
        table: str,
        record_id: int,
        after_restore: Callable[[Any], Any] | None = None,
    ) -> None:
        """``remove(session)`` deletes ``table`` row ``record_id``, as an undoable step:
        undo restores it and what went with it (same ids), then ``after_restore``."""
        held: dict[str, Any] = {}

        def redo(session) -> None:
            held["removed"] = record_snapshot.collect(session, table, record_id)
            remove(session)

        def undo(session) -> None:
            record_snapshot.restore(session, held["removed"])
            if after_restore is not None:
                after_restore(session)

        self.do(text, redo, undo)
