"""The one way a GUI change reaches the database (as Anki's CollectionOp does).

A view makes one ``WritePath`` for its database and undo stack, saying what to
refresh after an undo or redo (``replayed``) and where to show an error
(``report``). Then:

* ``read(fn, ...)`` / ``write(fn, ...)`` run a service in a session, ``write`` in
  its own transaction (the GUI action owns it; services never commit);
* ``do(text, redo, undo)`` applies ``redo(session)`` now and records the change
  as one undo step; ``record(text, redo, undo)`` records a change the caller has
  just written itself (when it needs more from that transaction, e.g. the new
  record's version and name); ``steps(text, n)`` groups the next steps into one;
* every step is a ``WriteStep``: its undo and redo replay service calls, each in
  a transaction of its own. A replay the database refuses (the record changed or
  went meanwhile: ``ConflictError``, ``ChangedMeanwhileError``...) leaves the
  data as it is, marks the step obsolete and is reported once, titled "Cannot
  undo or redo", with the error in the interface's language
  (``problem_text.error_text``).

A refused first change (``do``/``write``) raises its ``UserError`` to the
caller, which knows what the user was doing (a field to mark, a conflict dialog
showing both versions: ``dialogs/conflict_dialog.py``); nothing is recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from briefing_app.errors import UserError

Step = Callable[[Any], Any]  # a service call taking the session


class WritePath:
    """Transactions and undo steps for one view (see the module docstring)."""

    def __init__(
        self,
        db,
        undo_stack: QUndoStack,
        replayed: Callable[[Any], None],
        report: Callable[[str, str], None],
    ) -> None:
        self.db, self.undo_stack = db, undo_stack
        self.replayed, self.report = replayed, report
        self._macro: str | None = None  # the name of a group of steps not yet begun
        self._macro_open = False

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service that only reads and return its plain result."""
        with self.db.session() as session:
            return fn(session, *args, **kwargs)

    def write(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service in its own transaction; UserError propagates to the caller."""
        with self.db.session() as session, session.begin():
            return fn(session, *args, **kwargs)

    def do(self, text: str, redo: Step, undo: Step) -> Any:
        """Apply ``redo(session)`` now and record it as an undo step named ``text``.

        Raises UserError (nothing recorded) if the change is refused.
        """
        result = self.write(redo)
        self.record(text, redo, undo)
        return result

    def record(self, text: str, redo: Step, undo: Step) -> None:
        """Record a change already written (its first ``redo``) as an undo step."""
        if self._macro is not None:  # the first step of a group that was recorded
            self.undo_stack.beginMacro(self._macro)
            self._macro, self._macro_open = None, True
        self.undo_stack.push(WriteStep(self, text, redo, undo))

    @contextmanager
    def steps(self, text: str, count: int) -> Iterator[None]:
        """Make the ``count`` undo steps recorded inside one step named ``text``
        (when there are several: inviting five organizations is undone at once).
        The group is begun with its first recorded step, so a group whose every
        step was refused leaves no empty step behind."""
        self._macro = text if count > 1 else None
        try:
            yield
        finally:
            if self._macro_open:
                self.undo_stack.endMacro()
            self._macro, self._macro_open = None, False

    def failed(self, exc: UserError) -> None:
        """Report an undo or redo the database refused (see the module docstring)."""
        from briefing_app.ui.views.problem_text import error_text

        title = QCoreApplication.translate("WritePath", "Cannot undo or redo")
        self.report(title, error_text(exc))


class WriteStep(QUndoCommand):
    """One undo step replaying service calls; the first redo already happened."""

    def __init__(self, path: WritePath, text: str, redo: Step, undo: Step) -> None:
        super().__init__(text)
        self._path, self._redo, self._undo = path, redo, undo
        self._applied = True

    def _replay(self, fn: Step) -> None:
        try:
            result = self._path.write(fn)
        except UserError as exc:
            self.setObsolete(True)
            self._path.failed(exc)
            return
        self._path.replayed(result)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._replay(self._redo)

    def undo(self) -> None:
        self._replay(self._undo)
