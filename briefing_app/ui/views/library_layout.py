"""How a library view is laid out: the filter, count and table on one side, the
editor in a scroll area with its buttons on the other; the columns fitted to
their content and the default sort shown on its column.

A mixin of ``LibraryView``. A light view (the meetings at a fast start's first
paint) shows a snapshot of its rows and no editor until ``complete``: nothing
here touches PySide's ``Qt`` namespace before then (``item_models/roles.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services import list_rows
from briefing_app.ui.icons import icon


class LibraryLayout:
    """The two sides of a library view and their widgets."""

    def _show_model(self) -> None:
        """A light view's table: the model (through the filter) instead of the snapshot
        it was first painted with (the same rows), sorted as shown on its column."""
        snapshot = self.table.model()
        self.table.setModel(self.proxy)
        snapshot.deleteLater()
        self._sort_by_columns()
        self.fit_columns()

    def _sort_by_columns(self) -> None:
        """The default sort shown on its column; a click on a column sorts by it (in SQL;
        the rows loaded are in the default order already)."""
        from PySide6.QtCore import Qt

        keys = list(list_rows.COLUMN_KEYS[self.KIND])
        default = keys.index(list_rows.DEFAULT_SORT[self.KIND])
        self.table.horizontalHeader().setSortIndicator(default, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)

    def _build_table_side(self, light: bool) -> QWidget:
        side = QWidget(self)
        self.filter_edit = QLineEdit(side)
        self.filter_edit.setPlaceholderText(self.tr("Filter the rows shown…"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = QLabel(side)
        self.table = QTableView(side)
        self.table.setObjectName(f"table_{self.KIND}")
        if light:
            self.table.setModel(self.model.snapshot(self))
        else:
            self.table.setModel(self.proxy)
            self._sort_by_columns()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # fit to 40 rows, not all
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        box = QVBoxLayout(side)
        box.setContentsMargins(6, 6, 0, 6)
        box.addLayout(top)
        box.addWidget(self.table)
        return side

    def _build_editor_side(self) -> QWidget:
        """The editor in a scroll area (empty in a light view until ``complete``), its
        buttons below."""
        side = QWidget(self)
        self.editor_scroll = scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        if self.editor is not None:
            self._place_editor()
        self.new_button = QPushButton(icon("new"), self.tr("New"), side)
        self.save_button = QPushButton(icon("save"), self.tr("Save"), side)
        self.revert_button = QPushButton(self.tr("Revert"), side)
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete…"), side)
        self.new_button.clicked.connect(self.new_record)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.setEnabled(False)
        self.revert_button.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.new_button.setEnabled(not self.read_only)
        self.button_row = buttons = QHBoxLayout()
        for b in (self.new_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        box = QVBoxLayout(side)
        box.setContentsMargins(0, 6, 6, 6)
        box.addWidget(scroll, 1)
        box.addLayout(buttons)
        return side

    def _place_editor(self) -> None:
        from PySide6.QtCore import Qt

        scroll = self.editor_scroll
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        # Never narrower than the form: the splitter must not cut fields off on the right.
        scrollbar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(self.editor.minimumSizeHint().width() + scrollbar + 4)

    def fit_columns(self) -> None:
        """Columns as wide as their loaded content, within reason, and as their title with
        room for the sort indicator (which a light view shows only once complete)."""
        header = self.table.horizontalHeader()
        shown = header.isSortIndicatorShown()
        header.setSortIndicatorShown(True)
        for column in range(self.model.columnCount()):
            width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(width + 12, 320))
        header.setSortIndicatorShown(shown)
