"""A read-only table model over a list of plain dataclass rows.

The review tables (versions, comments) share everything but how a row is
shown: the row list, counts, role names and translated column headers.
Subclasses set ``COLUMNS`` (marked with ``QT_TRANSLATE_NOOP(CONTEXT, ...)``),
``CONTEXT`` and ``ROLE_NAMES`` and implement ``data``.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class PlainRowsModel(QAbstractTableModel):
    """Rows of plain data set at once with ``set_rows``; headers translated."""

    COLUMNS: tuple[str, ...] = ()
    CONTEXT = ""
    ROLE_NAMES: dict = {}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_at(self, row: int):
        """The row's data, or None outside the table."""
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
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None if orientation == Qt.Orientation.Horizontal else section + 1
