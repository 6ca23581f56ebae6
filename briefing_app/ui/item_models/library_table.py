"""A lazily loaded table of library records (organizations, people, ...).

The model knows only how many rows there are and the pages fetched so far;
``fetchMore`` reads the next page when the view scrolls near the end, so a
table of 50,000 talking points opens as fast as one of 50. Sorting is done by
SQL (``sort`` reloads from the first page). Rows are plain ``ListRow`` values;
no ORM object is kept.

At a fast start the first page is given (``first_page``, read with sqlite3
before SQLAlchemy is loaded) and used for the first load in the default sort;
everything after it is read through ``services.library_lists``. The light view of
a fast start is first painted with a ``snapshot`` of those rows (see ``roles.py``).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

from briefing_app.services import list_rows
from briefing_app.services.list_rows import ListRow
from briefing_app.ui.item_models.roles import DisplayRole, EditRole, ToolTipRole, UserRole
from briefing_app.ui.language import data_language

PAGE_SIZE = 200

IdRole = UserRole + 1
VersionRole = UserRole + 2
SortValueRole = UserRole + 3
_ROLES_ANSWERED = frozenset(
    {IdRole, VersionRole, SortValueRole, DisplayRole, EditRole, ToolTipRole}
)


class LibraryTableModel(QAbstractTableModel):
    """Rows of one library kind, fetched a page at a time from the database."""

    ROLE_NAMES = {IdRole: b"recordId", VersionRole: b"version", SortValueRole: b"sortValue"}

    def __init__(
        self,
        db,
        kind: str,
        headers: list[str],
        labels=None,
        parent=None,
        load: bool = True,
        first_page=None,
    ) -> None:
        super().__init__(parent)
        self._db, self.kind = db, kind
        self._first_page = first_page  # a services.first_page.FirstPage, used once
        self._keys = list(list_rows.COLUMN_KEYS[kind])
        self._headers = headers
        self._labels = labels or {}
        self._rows: list[ListRow] = []
        self._total = 0
        self._sort: str | None = None
        self._descending = False
        self._loaded = False
        #: Names and titles in the interface's language (read once: it changes at a restart).
        self.language = data_language()
        if load:  # a view with sorting enabled loads through sort() instead
            self.reload()

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        """Forget loaded rows and read the count and the first page again."""
        first, self._first_page = self._first_page, None
        self.beginResetModel()
        if (
            first is not None
            and (first.kind, first.language) == (self.kind, self.language)
            and (self._in_default_order())
        ):
            self._total, self._rows = first.total, list(first.rows)
        else:
            from briefing_app.services import library_lists

            with self._db.session() as s:
                self._total = library_lists.count(s, self.kind)
                self._rows = self._page(s, 0)
        self._loaded = True
        self.endResetModel()

    def _in_default_order(self) -> bool:
        return self._sort in (None, list_rows.DEFAULT_SORT[self.kind]) and not self._descending

    def _page(self, session, offset: int) -> list[ListRow]:
        from briefing_app.services import library_lists

        return library_lists.page(
            session, self.kind, offset, PAGE_SIZE, self._sort, self._descending, self.language
        )

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        with self._db.session() as s:
            rows = self._page(s, len(self._rows))
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def total(self) -> int:
        return self._total

    # -- Qt model API ---------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def roleNames(self) -> dict:
        return {**super().roleNames(), **self.ROLE_NAMES}

    def headerData(self, section, orientation, role=DisplayRole):
        from PySide6.QtCore import Qt

        if (
            orientation == Qt.Orientation.Horizontal
            and role == DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index, role=DisplayRole):
        if role not in _ROLES_ANSWERED:  # most asked (font, colours...): none of ours
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return row.id
        if role == VersionRole:
            return row.version
        if not (0 <= index.column() < len(self._keys)):
            return None
        value = row.cells[index.column()]
        if role == DisplayRole:
            return self._display(self._keys[index.column()], value)
        if role in (SortValueRole, EditRole):
            return (
                value
                if isinstance(value, int)
                else self._display(self._keys[index.column()], value)
            )
        if role == ToolTipRole:
            return self._display(self._keys[index.column()], value) or None
        return None

    def _display(self, key: str, value) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        label = self._labels.get(key, {}).get(str(value))
        return label if label is not None else str(value)

    def sort(self, column: int, order=None) -> None:
        """Sort in SQL by the column's key (``order``: a ``Qt.SortOrder``, ascending when not
        given) and reload from the first page; nothing to do when the rows loaded are in
        that order already (the view turning its sorting on)."""
        if not (0 <= column < len(self._keys)):
            return
        from PySide6.QtCore import Qt

        descending = order == Qt.SortOrder.DescendingOrder
        current = (self._sort or list_rows.DEFAULT_SORT[self.kind], self._descending)
        if self._loaded and current == (self._keys[column], descending):
            return
        self._sort, self._descending = self._keys[column], descending
        self.reload()

    def snapshot(self, parent=None):
        """The rows loaded, as ``data`` shows them, and the column titles, in a model held
        by Qt: the light view of a fast start is painted with it, which calls no Python
        (nor ``headerData``, whose ``Qt.Orientation`` would create PySide's ``Qt``: see
        ``roles.py``)."""
        from PySide6.QtGui import QStandardItem, QStandardItemModel

        model = QStandardItemModel(len(self._rows), len(self._keys), parent)
        model.setHorizontalHeaderLabels(self._headers)
        for r, row in enumerate(self._rows):
            for c, (key, value) in enumerate(zip(self._keys, row.cells, strict=True)):
                model.setItem(r, c, QStandardItem(self._display(key, value)))
        return model

    # -- helpers for views ----------------------------------------------------
    def row_of(self, record_id: int) -> int:
        """Row index of a loaded record, or -1."""
        for i, row in enumerate(self._rows):
            if row.id == record_id:
                return i
        return -1

    def id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def persistent(self, row: int) -> QPersistentModelIndex:
        return QPersistentModelIndex(self.index(row, 0))
