"""Table model of a meeting's pack versions (plain ``VersionInfo`` rows)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from briefing_app.services.review.status import STATUS_LABELS
from briefing_app.services.review.versions import VersionInfo

NumberRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

_STATUS_COLOURS = {
    "approved": "#1f6f2e",
    "changes_requested": "#a50021",
    "submitted": "#2e5597",
}


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class ReviewVersionsModel(QAbstractTableModel):
    """One row per pack version, oldest first: number, created, by, status, reviewer, comments."""

    ROLE_NAMES = {NumberRole: b"number", StatusRole: b"status"}
    COLUMNS = ("Version", "Created", "By", "Status", "Reviewer", "Open comments")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[VersionInfo] = []

    def set_rows(self, rows: list[VersionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VersionInfo]:
        return list(self._rows)

    def version_at(self, row: int) -> VersionInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, number: int) -> int:
        return next((i for i, v in enumerate(self._rows) if v.number == number), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def roleNames(self) -> dict:
        return {**super().roleNames(), **self.ROLE_NAMES}

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return self.tr(self.COLUMNS[section])
        return None if orientation == Qt.Orientation.Horizontal else section + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        v = self._rows[index.row()]
        if role == NumberRole:
            return v.number
        if role == StatusRole:
            return v.status
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            colour = _STATUS_COLOURS.get(v.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"sha256 {v.file_hash}\ntemplate {v.template}\nlanguage {v.language}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(v, index.column())

    def _display(self, v: VersionInfo, column: int):
        reviewed = f"{v.reviewer} {_when(v.decided_at)}".strip()
        values = (
            f"v{v.number}",
            _when(v.created_at),
            v.created_by,
            STATUS_LABELS.get(v.status, v.status),
            reviewed,
            str(v.open_comments) if v.comments else "",
        )
        return values[column] if 0 <= column < len(values) else None
