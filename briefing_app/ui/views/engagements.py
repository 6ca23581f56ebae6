"""The "Engagements" section of the Organizations view: one organization's history.

A table (date, kind, summary; most recent first, as the pack lists them) with
Add, Edit and Delete. Every change goes through ``services.engagements`` in its
own transaction and onto the view's QUndoStack (the library's undo commands,
kind ``"engagement"``), so Edit ▸ Undo takes it back.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from briefing_app.errors import UserError
from briefing_app.services import engagements
from briefing_app.services.engagements import EngagementRow
from briefing_app.ui import undo
from briefing_app.ui.dialogs.engagement_dialog import EngagementDialog
from briefing_app.ui.icons import icon
from briefing_app.ui.item_models.engagements import EngagementsModel
from briefing_app.ui.views.common import confirm, show_error
from briefing_app.ui.views.problem_text import error_text
from briefing_app.ui.views.record_editor import RecordEditor
from briefing_app.ui.write_path import WritePath

KIND = engagements.KIND


class EngagementsPanel(QGroupBox):
    """The engagements of the organization shown in the editor above it."""

    #: Emitted after a change to the database made here (kind "engagement").
    data_changed = Signal(str)
    #: Emitted with a message for the status bar.
    status = Signal(str)
    #: Undo/redo touched an engagement of another organization: show that one.
    organization_wanted = Signal(int)

    def __init__(self, db, undo_stack, read_only: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Engagements"))
        self.db, self.undo_stack, self.read_only = db, undo_stack, read_only
        self.writes = WritePath(
            db, undo_stack, lambda engagement_id: self._after_undo(KIND, engagement_id),
            self._undo_error,
        )  # fmt: skip
        self.organization_id: int | None = None
        self._wanted: dict[int, int] = {}  # organization id -> engagement to select
        self.model = EngagementsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._build_table()
        self.add_button = QPushButton(icon("new"), self.tr("Add…"), self)
        self.edit_button = QPushButton(icon("open_record"), self.tr("Edit…"), self)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self._update_buttons()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("table_engagements")
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 170)
        header.setStretchLastSection(True)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        table.doubleClicked.connect(lambda _index: self.edit_current())
        return table

    # -- what is shown -------------------------------------------------------
    def set_organization(self, organization_id: int | None) -> None:
        """Show ``organization_id``'s engagements (None: a new or no organization)."""
        self.organization_id = organization_id
        self.reload(self._wanted.pop(organization_id, None))

    def reload(self, select_id: int | None = None) -> None:
        """Re-read the list, keeping ``select_id`` (default: the current row) selected."""
        if select_id is None and (current := self.current()) is not None:
            select_id = current.id
        rows: list[EngagementRow] = []
        if self.organization_id is not None:
            try:
                with self.db.session() as s:
                    rows = engagements.list_for(s, self.organization_id)
            except UserError:  # the organization went (deleted, undone): nothing to list
                self.organization_id = None
        self.model.set_rows(rows)
        if select_id is not None:
            self._select(select_id)
        self._update_buttons()

    def _select(self, engagement_id: int) -> None:
        source_row = self.model.row_of(engagement_id)
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            self.table.selectRow(index.row())

    def current(self) -> EngagementRow | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.engagement_at(self.proxy.mapToSource(index).row())

    def _update_buttons(self) -> None:
        editable = self.organization_id is not None and not self.read_only
        self.add_button.setEnabled(editable)
        chosen = editable and self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- changes ---------------------------------------------------------------
    def add(self) -> None:
        if self.organization_id is None or self.read_only:
            return
        title = self.tr("Add engagement")
        dialog = EngagementDialog(title, engagements.empty_values(), self._create, self)
        dialog.exec()

    def _create(self, editor: RecordEditor) -> None:
        organization_id, values = self.organization_id, editor.values()

        def create(s):
            return engagements.get(s, engagements.create(s, organization_id, values).id)

        row = self.writes.write(create)
        text = self.tr("Add engagement “{name}”").format(name=row.describe())
        self.writes.record(text, *undo.created(KIND, row.id))
        self._changed(row.id, self.tr("Added engagement “{name}”.").format(name=row.describe()))

    def edit_current(self) -> None:
        row = self.current()
        if row is None or self.read_only:
            return
        values = {"id": row.id, "version": row.version, **row.values()}
        dialog = EngagementDialog(self.tr("Edit engagement"), values, self._update, self)
        if dialog.exec() != EngagementDialog.DialogCode.Accepted:
            self.reload(row.id)  # after a conflict the list shows the current version

    def _update(self, editor: RecordEditor) -> None:
        changed = editor.changed_values()
        if not changed:
            return
        old = {k: v for k, v in editor.loaded_values().items() if k in changed}
        record_id, version = editor.record_id, editor.version

        def update(s):
            saved = engagements.update(s, record_id, changed, version)
            return saved, engagements.get(s, saved.id).describe()

        saved, name = self.writes.write(update)
        self.writes.record(
            self.tr("Edit engagement “{name}”").format(name=name),
            *undo.updated(KIND, saved.id, old, changed, saved.version),
        )
        self._changed(saved.id, self.tr("Saved engagement “{name}”.").format(name=name))

    def delete_current(self) -> None:
        row = self.current()
        if row is None or self.read_only:
            return
        name = row.describe()
        message = self.tr("Delete the engagement “{name}”?").format(name=name)
        message += "\n\n" + self.tr("You can undo this with Edit ▸ Undo.")
        if not confirm(self, self.tr("Delete engagement"), message, self.tr("Delete")):
            return
        try:
            snapshot = self.writes.write(engagements.delete, row.id)
        except UserError as exc:
            show_error(self, self.tr("Not deleted"), error_text(exc))
            self.reload()
            return
        text = self.tr("Delete engagement “{name}”").format(name=name)
        self.writes.record(text, *undo.deleted(KIND, snapshot))
        self._changed(None, self.tr("Deleted engagement “{name}”.").format(name=name))

    # -- after changes ---------------------------------------------------------
    def _changed(self, engagement_id: int | None, message: str) -> None:
        self.reload(engagement_id)
        self.status.emit(message)
        self.data_changed.emit(KIND)

    def _after_undo(self, kind: str, engagement_id: int | None) -> None:
        """Undo/redo changed an engagement: show it (its organization may be another)."""
        if engagement_id is not None:
            with self.db.session() as s:
                organization_id = engagements.get(s, engagement_id).organization_id
            if organization_id != self.organization_id:
                self._wanted = {organization_id: engagement_id}  # selected when shown
                self.organization_wanted.emit(organization_id)
        self.reload(engagement_id)
        self.data_changed.emit(kind)

    def _undo_error(self, title: str, message: str) -> None:
        show_error(self, title, message)
        self.reload()
