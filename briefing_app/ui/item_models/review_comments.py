"""Table model of review comments (plain ``CommentInfo`` rows) with a resolved check."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from briefing_app.services.review.comments import CommentInfo

CommentIdRole = Qt.ItemDataRole.UserRole + 1
ResolvedRole = Qt.ItemDataRole.UserRole + 2


class ReviewCommentsModel(QAbstractTableModel):
    """One row per comment: version, what it is about, author, text, resolved."""

    ROLE_NAMES = {CommentIdRole: b"commentId", ResolvedRole: b"resolved"}
    COLUMNS = ("Version", "About", "Author", "Comment", "Resolved")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CommentInfo] = []

    def set_rows(self, rows: list[CommentInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def comment_at(self, row: int) -> CommentInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        c = self._rows[index.row()]
        if role == CommentIdRole:
            return c.id
        if role == ResolvedRole:
            return c.resolved
        if role == Qt.ItemDataRole.FontRole and c.resolved:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return c.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (f"v{c.version}", c.about, c.author, c.text, "yes" if c.resolved else "")
        return values[index.column()] if 0 <= index.column() < len(values) else None
