"""Filter proxy for the library tables: quick text filter over loaded rows.

Sorting is forwarded to the source model, which sorts in SQL (sorting only
the loaded page in the proxy would be wrong for a lazily loaded table).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt


class LibraryProxyModel(QSortFilterProxyModel):
    """Case-insensitive "contains" filter over every column; SQL sorting."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def id_at(self, row: int) -> int | None:
        source_row = self.mapToSource(self.index(row, 0)).row()
        return self.sourceModel().id_at(source_row)

    def row_of(self, record_id: int) -> int:
        source_row = self.sourceModel().row_of(record_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self.sourceModel().index(source_row, 0)).row()
