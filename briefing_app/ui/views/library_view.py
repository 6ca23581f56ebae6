"""One library view: a lazily loaded table with the record editor beside it.

Subclasses (organizations, people, talking points, priorities) declare their
kind, column headers and editor fields. This class does the rest: selecting,
opening a record, guarding unsaved changes whenever the user moves away from
a record, and showing what changed after a save or an undo/redo (through the
shared QUndoStack). Its layout is ``LibraryLayout`` (``library_layout.py``);
creating, saving (with the version the editor opened) and deleting after
saying what else goes are ``LibraryRecordActions`` (``library_records.py``).

Building a view reads nothing through SQLAlchemy (the meetings view is part of
the first paint, before the ORM is loaded): ``services.library`` and the undo
commands are imported where records are read and written.

A view built ``light`` (the meetings at a fast start's first paint) has its table,
showing a ``snapshot`` of its rows, and in the editor's place an empty panel;
``complete`` builds the editor side and puts the model (through the filter) in the
table, sorting shown on its column (the main window calls it right after the first
paint). Until then there is no editor (``editor`` is None) and nothing unsaved, and
nothing touches PySide's ``Qt`` namespace (``item_models/roles.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from briefing_app.errors import UserError
from briefing_app.ui.item_models.library_table import LibraryTableModel
from briefing_app.ui.item_models.proxy import LibraryProxyModel
from briefing_app.ui.language import data_language
from briefing_app.ui.views.common import ask_unsaved, plural, show_error
from briefing_app.ui.views.library_layout import LibraryLayout
from briefing_app.ui.views.library_records import LibraryRecordActions
from briefing_app.ui.write_path import WritePath

if TYPE_CHECKING:
    from briefing_app.ui.views.record_editor import FieldSpec, RecordEditor


class LibraryView(LibraryRecordActions, LibraryLayout, QWidget):
    """Table + editor for one kind of record."""

    KIND = ""
    #: Whether the view can be built ``light`` (its editor side needs no editor to be
    #: built); others are always built whole.
    BUILDS_LIGHT = False
    #: Emitted with a message for the status bar.
    status = Signal(str)
    #: Emitted after any change to the database made from this view (kind).
    data_changed = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, db, undo_stack, parent=None, first_page=None, light=False) -> None:
        super().__init__(parent)
        self.db, self.undo_stack = db, undo_stack
        #: Every change of this view goes through it (transaction, undo step, error text).
        self.writes = WritePath(
            db, undo_stack, lambda record_id: self._after_undo(self.KIND, record_id),
            self._undo_error,
        )  # fmt: skip
        self.stale = False
        #: A database opened read-only (in use elsewhere, read-only file): look, don't touch.
        self.read_only = db.capabilities.read_only
        self.model = LibraryTableModel(
            db, self.KIND, self.headers(), self.cell_labels(), self, first_page=first_page
        )
        self.proxy = LibraryProxyModel(self)
        self.proxy.setSourceModel(self.model)
        light = light and self.BUILDS_LIGHT
        self.completed = False
        self.editor: RecordEditor | None = None if light else self._make_editor()
        self.splitter = QSplitter(parent=self)  # horizontal (QSplitter(self): see roles.py)
        self.splitter.setObjectName(f"splitter_{self.KIND}")
        self.splitter.addWidget(self._build_table_side(light))
        self.splitter.addWidget(self._build_editor_side())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([660, 440])
        QVBoxLayout(self).addWidget(self.splitter)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self._update_count()
        self.fit_columns()
        if not light:
            self.complete()

    def complete(self) -> None:
        """The editor in its place and the model in the table (a light view is built
        without them), the filter's clear button, selecting a row opens it, the
        empty-state hints; once."""
        if self.completed:
            return
        self.completed = True
        if self.editor is None:
            self.editor = self._make_editor()
            self._place_editor()
        if self.table.model() is not self.proxy:
            self._show_model()
        self.editor.load(self._empty_values())
        self.editor.setEnabled(False)
        self.filter_edit.setClearButtonEnabled(True)  # hidden while empty: not needed earlier
        self.proxy.ignore_case()
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        from briefing_app.ui.views.empty_state import attach_empty_state

        attach_empty_state(self)  # what to do next when the table is empty or nothing is open

    def _empty_values(self) -> dict:
        from briefing_app.services.library_fields import empty_values

        return empty_values(self.KIND)

    def _make_editor(self) -> RecordEditor:
        from briefing_app.ui.views.record_editor import RecordEditor

        editor = RecordEditor(self.field_specs(), self)
        editor.dirty_changed.connect(self._on_dirty)
        return editor

    # -- to be provided by each view ---------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def headers(self) -> list[str]:
        raise NotImplementedError

    def field_specs(self) -> list[FieldSpec]:
        raise NotImplementedError

    @staticmethod
    def other_header(chinese: str, english: str) -> str:
        """The header of the column holding the name or title in the other language
        (list_rows' "other_name"/"other_title"): Chinese in an English interface."""
        return english if data_language() == "zh" else chinese

    def cell_labels(self) -> dict[str, dict[str, str]]:
        """Translated labels for coded cell values, per column key."""
        return {}

    def refresh_choices(self) -> None:
        """Reload choice lists that depend on other records (organizations...)."""

    # -- building: LibraryLayout (the table side, the editor side, columns) ------
    def open_first_if_none(self) -> None:
        """Show the first record's details when the view opens with nothing selected."""
        self.complete()
        if self.editor.record_id is None and not self.editor.is_dirty():
            first = self.proxy.id_at(0) if self.proxy.rowCount() else None
            if first is not None:
                self.open_record(first)

    # -- selection and the unsaved-changes guard -----------------------------
    def _on_row_changed(self, current, previous) -> None:
        record_id = self.proxy.id_at(current.row()) if current.isValid() else None
        if record_id is None or record_id == self.editor.record_id:
            return
        if not self.maybe_leave():
            self._select_silently(previous.row())
            return
        self.open_record(record_id)

    def _select_silently(self, row: int) -> None:
        sel = self.table.selectionModel()
        sel.blockSignals(True)
        if row >= 0:
            index = self.proxy.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
            sel.setCurrentIndex(index, flags | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        else:
            sel.clear()
        sel.blockSignals(False)

    def _row_loading(self, record_id: int, max_pages: int = 25) -> int:
        """Row of ``record_id``, fetching further pages (a bounded number) to reach it."""
        row = self.proxy.row_of(record_id)
        while row < 0 and max_pages > 0 and self.model.canFetchMore():
            self.model.fetchMore()
            max_pages -= 1
            row = self.proxy.row_of(record_id)
        return row

    def maybe_leave(self) -> bool:
        """True when it is fine to move away: nothing unsaved, or saved, or discarded."""
        if not self.has_unsaved_changes():
            return True
        answer = ask_unsaved(self)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self.revert()
            return True
        return False

    def has_unsaved_changes(self) -> bool:
        return self.editor is not None and self.editor.is_dirty()

    def discard_changes(self) -> None:
        if self.editor is not None:
            self.revert()

    # -- records (new, save, delete, history: LibraryRecordActions) -----------
    def open_record(self, record_id: int) -> bool:
        """Load ``record_id`` into the editor and select its row if it is loaded."""
        from briefing_app.services import library

        try:
            with self.db.session() as s:
                values = library.get_values(s, self.KIND, record_id)
        except UserError as exc:
            from briefing_app.ui.views.problem_text import error_text

            show_error(self, self.title(), error_text(exc))
            return False
        self.complete()
        self.editor.load(values)
        self.editor.setEnabled(True)
        self.delete_button.setEnabled(not self.read_only)
        self._select_silently(self._row_loading(record_id))
        return True

    # -- after changes ---------------------------------------------------------
    def _changed(self, record_id: int | None, message: str) -> None:
        self.reload(record_id)
        self.status.emit(message)
        self.data_changed.emit(self.KIND)

    def reload(self, record_id: int | None = None) -> None:
        """Re-read the table (keeping the editor's record selected if still there)."""
        self.model.reload()
        self.fit_columns()
        self.stale = False
        self._update_count()
        if record_id is None and self.editor is not None:
            record_id = self.editor.record_id
        keep = record_id
        if keep is not None:
            self._select_silently(self.proxy.row_of(keep))

    def refresh_from_others(self) -> None:
        """Someone else changed records of this kind: re-read the table and, unless it
        is being edited, the record in the form (gone: the form is cleared)."""
        from briefing_app.errors import NotFoundError
        from briefing_app.services import library

        self.reload()
        record_id = self.editor.record_id
        if record_id is None or self.editor.is_dirty():
            return  # saving an edited record reports a collision with both versions
        try:
            with self.db.session() as s:
                values = library.get_values(s, self.KIND, record_id)
        except NotFoundError:
            self._open_undone(None)
            return
        if values["version"] != self.editor.loaded_values().get("version"):
            self.editor.load(values)

    def _after_undo(self, kind: str, record_id: int | None) -> None:
        self.reload()
        self.data_changed.emit(kind)
        self.open_after_undo(record_id)

    def open_after_undo(self, record_id: int | None) -> None:
        """Show the record an undo/redo changed (None: it was removed). Unsaved edits
        in the editor are never dropped: the user is asked first, once the undo step
        has finished (saving records a new step, which must not happen inside one)."""
        if self.editor.is_dirty():
            QTimer.singleShot(0, self, lambda: self.maybe_leave() and self._open_undone(record_id))
        else:
            self._open_undone(record_id)

    def _open_undone(self, record_id: int | None) -> None:
        if record_id is not None:
            self.open_record(record_id)
        elif self.editor.record_id is not None:
            self.editor.load(self._empty_values())
            self.editor.setEnabled(False)
            self.delete_button.setEnabled(False)

    def _undo_error(self, title: str, message: str) -> None:
        show_error(self, title, message)

    def _on_dirty(self, dirty: bool) -> None:
        dirty = dirty and not self.read_only
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
        self.dirty_changed.emit(dirty)

    def _update_count(self) -> None:
        n = self.model.total()
        self.count_label.setText(plural(self.tr("%n record"), self.tr("%n records"), n))
