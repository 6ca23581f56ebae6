"""A list of records to tick, with a filter above it: a click anywhere on a row
(or Space) ticks or unticks it, typing in the filter narrows the list, and the
ticked ids come back in the list's own order (order of precedence)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLineEdit, QListView, QVBoxLayout, QWidget

IdRole = Qt.ItemDataRole.UserRole + 1


def _state(ticked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked


class _TickView(QListView):
    """Space ticks the current row (Qt would need a click on the little box)."""

    space = Signal(object)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.space.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CheckList(QWidget):
    """(id, label) items with a check box each; ``changed`` when a tick changes."""

    changed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(placeholder)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter.installEventFilter(self)
        self.view = _TickView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformItemSizes(True)
        self.view.clicked.connect(self.toggle)
        self.view.space.connect(self.toggle)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.filter)
        box.addWidget(self.view, 1)

    def set_items(self, items: list[tuple[int, str]], checked: set[int] = frozenset()) -> None:
        self.source.clear()
        for ident, label in items:
            item = QStandardItem(label)
            item.setData(ident, IdRole)
            item.setToolTip(label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(_state(ident in checked))
            self.source.appendRow(item)

    def toggle(self, index) -> None:
        item = self.source.itemFromIndex(self.proxy.mapToSource(index))
        item.setCheckState(_state(item.checkState() != Qt.CheckState.Checked))
        self.changed.emit()

    def eventFilter(self, watched, event) -> bool:
        """Enter in the filter ticks the one row left (and clears the filter for the
        next); it never reaches the dialog, whose default button it would press."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            if self.proxy.rowCount() == 1:
                self.toggle(self.proxy.index(0, 0))
                self.filter.clear()
            return True
        return super().eventFilter(watched, event)

    def set_checked(self, ids) -> None:
        wanted = set(ids)
        for row in range(self.source.rowCount()):
            item = self.source.item(row)
            item.setCheckState(_state(item.data(IdRole) in wanted))
        self.changed.emit()

    def checked_ids(self) -> list[int]:
        """The ticked ids, in the list's order (filtered out or not)."""
        items = (self.source.item(row) for row in range(self.source.rowCount()))
        return [item.data(IdRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def row_rect(self, ident: int):
        """Where the row of ``ident`` is drawn in the view (for tests and benchmarks)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(IdRole) == ident:
                self.view.scrollTo(index)
                return self.view.visualRect(index)
        return None
