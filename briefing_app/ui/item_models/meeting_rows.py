"""A table model over a list of plain row dataclasses, for the meeting workspace.

Columns are declared once (:class:`Column`); edits go through a ``save``
callable and drag-and-drop reordering through a ``reorder`` callable, both
supplied by the view, which run the service in a transaction. The model
itself never touches the database, so it is easy to test with qtmodeltester.
A failed save or reorder (UserError) is reverted and reported through
``errorOccurred``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from briefing_app.errors import UserError
from briefing_app.ui.views.problem_text import error_text

MIME_TYPE = "application/x-briefing-app-rows"
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    """One column: the row attribute it shows, its header, how it shows and edits."""

    key: str
    title: str
    editable: bool = False
    display: Callable[[Any], str] | None = None
    edit: Callable[[Any], Any] | None = None
    #: An editable column's cell is editable only on the rows this says yes to.
    editable_if: Callable[[Any], bool] | None = None

    def editable_on(self, row: Any) -> bool:
        return self.editable and (self.editable_if is None or self.editable_if(row))


class RowTableModel(QAbstractTableModel):
    """Rows (dataclasses with an ``id``) shown in columns; editable and reorderable on demand."""

    RowIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    #: Something was saved (an edit or a new order): the preview should refresh.
    changed = Signal()
    #: A save or reorder was refused; the message is for the user.
    errorOccurred = Signal(str)

    def __init__(
        self,
        columns: Sequence[Column],
        rows: Sequence[Any] = (),
        *,
        save: Callable[[Any, str, Any], Any] | None = None,
        reorder: Callable[[list[int]], Sequence[Any] | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows = list(rows)
        self._save = save
        self._reorder = reorder

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, row_id: int) -> int:
        """Row number of the row with ``row_id`` (-1 if absent)."""
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.display(row) if column.display else getattr(row, column.key)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit(row) if column.edit else getattr(row, column.key)
        if role == self.RowIdRole:
            return row.id
        if role == self.RowRole:
            return row
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._reorder else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._save is not None and self._columns[index.column()].editable_on(
            self._rows[index.row()]
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        if self._reorder is not None:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # -- editing ---------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._save is None:
            return False
        column = self._columns[index.column()]
        old = self._rows[index.row()]
        if not column.editable_on(old):
            return False
        try:
            new = self._save(old, column.key, value)
        except UserError as exc:
            self.errorOccurred.emit(error_text(exc))
            return False
        self._rows[index.row()] = new if new is not None else old
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.changed.emit()
        return True

    # -- reordering ------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps(rows).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._reorder is not None and data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        """Move the dragged row before ``row`` (or onto ``parent``'s row).

        Returns False even when the move succeeded, so the view does not then
        "remove the moved source rows" as it would after a copy-style drop.
        """
        if self._reorder is None or not data.hasFormat(MIME_TYPE):
            return False
        rows = json.loads(bytes(data.data(MIME_TYPE).data()).decode() or "[]")
        if len(rows) != 1:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), row)
        return False

    def moveRows(self, src_parent, src_row: int, count: int, dst_parent, dst_row: int) -> bool:
        """Move rows in memory, then persist the new order through ``reorder``."""
        if self._reorder is None or src_parent.isValid() or dst_parent.isValid():
            return False
        if not (src_row >= 0 and src_row + count <= len(self._rows) and dst_row >= 0):
            return False
        dst_row = min(dst_row, len(self._rows))
        if src_row <= dst_row <= src_row + count:
            return False  # no-op move
        before = list(self._rows)
        self.beginMoveRows(QModelIndex(), src_row, src_row + count - 1, QModelIndex(), dst_row)
        moving = self._rows[src_row : src_row + count]
        rest = self._rows[:src_row] + self._rows[src_row + count :]
        at = dst_row if dst_row < src_row else dst_row - count
        self._rows = rest[:at] + moving + rest[at:]
        self.endMoveRows()
        return self._persist_order(before)

    def _persist_order(self, before: list[Any]) -> bool:
        try:
            fresh = self._reorder([r.id for r in self._rows])
        except UserError as exc:
            self.set_rows(before)
            self.errorOccurred.emit(error_text(exc))
            return False
        if fresh is not None:
            self.set_rows(fresh)
        self.changed.emit()
        return True
