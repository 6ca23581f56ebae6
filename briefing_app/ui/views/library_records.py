"""A library view's record actions: new, revert, save (create or update with the
version the editor opened; someone else's save shown beside ours), delete after
saying what else goes, and the record's history.

A mixin of ``LibraryView`` (its editor, buttons, model, ``writes`` and signals).
Nothing here reads through SQLAlchemy at import: the services and the undo
commands are imported where records are written (the meetings view is part of
the first paint).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_app.errors import UserError
from briefing_app.ui.views.common import confirm, show_error

if TYPE_CHECKING:
    from briefing_app.services.conflicts import ConflictError


class LibraryRecordActions:
    """Creating, saving, deleting and the history of the record in the editor."""

    def show_history(self) -> None:
        """The open record's audit trail in a dialog (docs/history.md)."""
        from briefing_app.services.history import library_record_history
        from briefing_app.ui.dialogs.history_dialog import HistoryDialog

        record_id = self.editor.record_id
        if record_id is None:
            self.status.emit(self.tr("Open a record to see its history."))
            return

        def load(limit: int) -> list:
            with self.db.session() as s:
                return library_record_history(s, self.KIND, record_id, limit)

        dialog = HistoryDialog(self.tr("History: {title}").format(title=self.title()), load, self)
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.history_dialog = dialog

    def new_record(self) -> None:
        if self.read_only or not self.maybe_leave():
            return
        self.refresh_choices()
        self.editor.load(self._empty_values())
        self.editor.setEnabled(True)
        self.delete_button.setEnabled(False)
        self._select_silently(-1)
        self._on_dirty(True)
        first = next(iter(self.editor.widgets.values()))
        first.focus_widget().setFocus()
        self.status.emit(self.tr("New record: fill in the fields and save (Ctrl+S)."))

    def revert(self) -> None:
        if self.editor.record_id is None:
            self.editor.load(self._empty_values())
            self.editor.setEnabled(False)
            self._on_dirty(False)
        else:
            self.open_record(self.editor.record_id)

    def save(self) -> bool:
        """Create or update from the editor; problems appear beside their fields."""
        from briefing_app.services import library
        from briefing_app.services.conflicts import ConflictError

        if self.read_only:
            return False
        try:
            if self.editor.is_new():
                return self._create()
            return self._update()
        except library.FieldErrors as exc:
            from briefing_app.ui.views.problem_text import problem_text

            self.editor.show_errors({k: problem_text(v) for k, v in exc.fields.items()})
            self.status.emit(self.tr("Not saved: please correct the fields marked in red."))
        except ConflictError as exc:
            return self._resolve_conflict(exc)
        except UserError as exc:
            from briefing_app.ui.views.problem_text import error_text

            show_error(self, self.tr("Not saved"), error_text(exc))
        return False

    def _resolve_conflict(self, conflict: ConflictError) -> bool:
        """Someone else saved first: show both versions; take theirs or save mine on top."""
        from briefing_app.ui.dialogs.conflict_dialog import ConflictDialog

        dialog = ConflictDialog(conflict, self.editor.labels, self)
        dialog.exec()
        if dialog.choice == "theirs" or (dialog.choice and conflict.deleted):
            if conflict.deleted:
                self._after_undo(self.KIND, None)
            else:
                self.open_record(conflict.record_id)
            return True
        if dialog.choice == "mine":
            self.editor.rebase(conflict.current_version, conflict.theirs)
            return self.save()
        return False

    def _create(self) -> bool:
        from briefing_app.services import library
        from briefing_app.ui import undo

        values, language = self.editor.values(), self.model.language

        def create(s):
            saved = library.create(s, self.KIND, values)
            return saved, library.describe(s, self.KIND, saved.id, language)

        saved, name = self.writes.write(create)
        text = self.tr("Create “{name}”").format(name=name)
        self.writes.record(text, *undo.created(self.KIND, saved.id))
        self.editor.mark_saved(saved.id, saved.version)
        self._changed(saved.id, self.tr("Created “{name}”.").format(name=name))
        return True

    def _update(self) -> bool:
        from briefing_app.services import library
        from briefing_app.ui import undo

        changed = self.editor.changed_values()
        if not changed:
            self.editor.mark_saved(self.editor.record_id, self.editor.version)
            return True
        old = {k: v for k, v in self.editor.loaded_values().items() if k in changed}
        record_id, version, language = (
            self.editor.record_id,
            self.editor.version,
            self.model.language,
        )

        def update(s):
            saved = library.update(s, self.KIND, record_id, changed, version)
            return saved, library.describe(s, self.KIND, record_id, language)

        saved, name = self.writes.write(update)
        self.writes.record(
            self.tr("Edit “{name}”").format(name=name),
            *undo.updated(self.KIND, record_id, old, changed, saved.version),
        )
        self.editor.mark_saved(record_id, saved.version)
        self._changed(record_id, self.tr("Saved “{name}”.").format(name=name))
        return True

    def delete_current(self) -> None:
        from briefing_app.services import library
        from briefing_app.ui import undo

        record_id = self.editor.record_id
        if record_id is None or self.read_only:
            return
        with self.db.session() as s:
            name = library.describe(s, self.KIND, record_id, self.model.language)
            affected = library.impact(s, self.KIND, record_id)
        from briefing_app.ui.views.impact import impact_text

        message = self.tr("Delete “{name}”?").format(name=name)
        details = impact_text(affected)
        message += "\n\n" + (details or self.tr("Nothing else is affected."))
        message += "\n\n" + self.tr("You can undo this with Edit ▸ Undo.")
        if not confirm(self, self.tr("Delete"), message, self.tr("Delete")):
            return
        snapshot = self.writes.write(library.delete, self.KIND, record_id)
        text = self.tr("Delete “{name}”").format(name=name)
        self.writes.record(text, *undo.deleted(self.KIND, snapshot))
        self.editor.load(self._empty_values())
        self.editor.setEnabled(False)
        self.delete_button.setEnabled(False)
        self._changed(None, self.tr("Deleted “{name}”.").format(name=name))
