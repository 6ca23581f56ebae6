"""Table views and delegates the workspace tabs share.

``reorderable_table`` configures a QTableView for moving rows by drag and drop
(an internal move the model persists) and ``move_selected`` does the same from
the keyboard (Move up / Move down buttons, Ctrl+Up / Ctrl+Down).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.ui.item_models.meeting_rows import RowTableModel
from briefing_app.ui.views.common import tr

Buttons = list[tuple[str, Callable[[], object]]]


def reorderable_table(model: RowTableModel, parent: QWidget | None = None) -> QTableView:
    """A table over ``model`` whose rows can be dragged into a new order."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropOverwriteMode(False)
    view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(26)
    return view


def selected_row(view: QTableView) -> int:
    """The current row of ``view`` (-1 when nothing is selected)."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    current = view.currentIndex()
    return current.row() if current.isValid() else -1


def move_selected(view: QTableView, step: int) -> bool:
    """Move the selected row up (-1) or down (+1); keeps it selected."""
    model = view.model()
    row = selected_row(view)
    if row < 0 or not (0 <= row + step < model.rowCount()):
        return False
    row_id = model.index(row, 0).data(RowTableModel.RowIdRole)
    destination = row + step if step < 0 else row + step + 1
    moved = model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)
    new_row = model.row_of(row_id)
    if new_row >= 0:
        view.selectRow(new_row)
    return moved


def move_buttons(view: QTableView) -> Buttons:
    """Move up / Move down buttons for ``view``, with Ctrl+Up / Ctrl+Down on the table."""
    QShortcut(QKeySequence("Ctrl+Up"), view, lambda: move_selected(view, -1))
    QShortcut(QKeySequence("Ctrl+Down"), view, lambda: move_selected(view, +1))
    return [
        (tr("Move &up"), lambda: move_selected(view, -1)),
        (tr("Move do&wn"), lambda: move_selected(view, +1)),
    ]


def button_row(buttons: Buttons) -> QHBoxLayout:
    """A left-aligned row of push buttons, each calling its slot."""
    row = QHBoxLayout()
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        row.addWidget(button)
    row.addStretch(1)
    return row


def table_page(page: QWidget, view: QTableView, buttons: Buttons) -> None:
    """Lay out ``page``: ``buttons`` then Move up / Move down above the table."""
    layout = QVBoxLayout(page)
    layout.addLayout(button_row([*buttons, *move_buttons(view)]))
    layout.addWidget(view)


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a stored vocabulary value (role, RSVP) with a combo box of labels.
    ``choices`` is a list of (value, label), or a function of the edited index
    giving one (the choices differ by row)."""

    def __init__(self, choices, parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        combo = QComboBox(parent)
        choices = self._choices(index) if callable(self._choices) else self._choices
        for value, label in choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class SpeakerDelegate(QStyledItemDelegate):
    """Edits an agenda item's speaker: one of the meeting's people (the pack then
    shows their current name and title) or, typed, anyone else as free text.

    ``choices()`` gives (person id, label); the model receives ``("person", id)``
    for a person and the typed text otherwise."""

    def __init__(self, choices, parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)
        for person_id, label in self._choices():
            combo.addItem(label, person_id)
        combo.view().setMinimumWidth(420)  # whole names and organizations, not "Ms. WANG…"
        combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex | QPersistentModelIndex) -> None:
        person_id = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(person_id) if person_id is not None else -1
        if found > 0:
            editor.setCurrentIndex(found)
        else:
            editor.setEditText(index.data(Qt.ItemDataRole.DisplayRole) or "")

    def setModelData(self, editor: QComboBox, model: QAbstractItemModel, index) -> None:
        text = editor.currentText().strip()
        found = editor.findText(text)
        if found > 0 and editor.itemData(found) is not None:
            model.setData(index, ("person", editor.itemData(found)), Qt.ItemDataRole.EditRole)
        else:
            model.setData(index, text, Qt.ItemDataRole.EditRole)
