"""Filter proxy for the library tables: quick text filter over loaded rows.

Sorting is forwarded to the source model, which sorts in SQL (sorting only
the loaded page in the proxy would be wrong for a lazily loaded table).
Making one does not touch ``Qt`` (a light view makes one before its first paint:
see ``roles.py``); the view makes its filter ignore case once complete.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel


class LibraryProxyModel(QSortFilterProxyModel):
    """ "Contains" filter over every column (``ignore_case``); SQL sorting."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterKeyColumn(-1)

    def ignore_case(self) -> None:
        from PySide6.QtCore import Qt

        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def sort(self, column: int, order=None) -> None:
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
