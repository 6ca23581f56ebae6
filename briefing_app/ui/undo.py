"""Undo/redo for library edits (QUndoStack commands).

Each command performs its change through ``services.library`` in its own
transaction. The first "redo" happens before the command is pushed (so errors
such as validation failures reach the caller, not Qt's event loop); later
undo/redo steps report failures (e.g. someone else changed the record
meanwhile) through ``on_error`` and mark the command obsolete.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from briefing_app.errors import UserError
from briefing_app.services import library


class _RecordCommand(QUndoCommand):
    """Shared plumbing: a database, the kind, and callbacks to refresh the UI."""

    def __init__(self, db, kind: str, text: str, on_changed: Callable, on_error: Callable):
        super().__init__(text)
        self.db, self.kind = db, kind
        self._on_changed, self._on_error = on_changed, on_error
        self._first = True

    def _run(self, step: Callable[[object], int | None]) -> None:
        try:
            with self.db.session() as s, s.begin():
                record_id = step(s)
        except UserError as exc:
            self.setObsolete(True)
            self._on_error(exc)
            return
        self._on_changed(self.kind, record_id)

    def redo(self) -> None:
        if self._first:  # already done by the caller before push()
            self._first = False
            return
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)


class CreateRecord(_RecordCommand):
    """Undo removes the created record; redo puts the same record back."""

    def __init__(self, db, kind, record_id, text, on_changed, on_error):
        super().__init__(db, kind, text, on_changed, on_error)
        self.record_id = record_id
        self._snapshot = None

    def _undo(self, s) -> None:
        self._snapshot = library.delete(s, self.kind, self.record_id)
        return None

    def _redo(self, s) -> int:
        library.restore(s, self._snapshot)
        return self.record_id


class UpdateRecord(_RecordCommand):
    """Undo writes the old values back; both directions check the version."""

    def __init__(self, db, kind, record_id, old, new, version, text, on_changed, on_error):
        super().__init__(db, kind, text, on_changed, on_error)
        self.record_id, self.old, self.new, self.version = record_id, old, new, version

    def _write(self, s, values: dict) -> int:
        saved = library.update(s, self.kind, self.record_id, values, self.version)
        self.version = saved.version
        return self.record_id

    def _undo(self, s) -> int:
        return self._write(s, self.old)

    def _redo(self, s) -> int:
        return self._write(s, self.new)


class DeleteRecord(_RecordCommand):
    """Undo restores the record and everything deleted with it."""

    def __init__(self, db, kind, snapshot, text, on_changed, on_error):
        super().__init__(db, kind, text, on_changed, on_error)
        self.snapshot = snapshot

    def _undo(self, s) -> int:
        library.restore(s, self.snapshot)
        return self.snapshot.id

    def _redo(self, s) -> None:
        self.snapshot = library.delete(s, self.kind, self.snapshot.id)
        return None
