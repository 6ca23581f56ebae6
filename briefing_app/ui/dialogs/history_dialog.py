"""History dialog: who changed what, when, for one record or a whole meeting
(the audit trail, docs/history.md)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from briefing_app.ui.item_models.history import HistoryModel
from briefing_app.ui.language import data_language


class HistoryDialog(QDialog):
    """A table of history entries, newest first; ``load`` returns them (at most
    ``LIMIT``), called once when the dialog opens."""

    LIMIT = 500

    def __init__(self, title: str, load: Callable[[int], list], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = HistoryModel(data_language(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        entries = load(self.LIMIT)
        self.model.set_rows(entries)
        self.table.resizeColumnsToContents()
        if not entries:
            note = self.tr("No changes recorded yet.")
        elif len(entries) >= self.LIMIT:
            note = self.tr("The latest {n} changes.").format(n=self.LIMIT)
        else:
            note = self.tr("{n} changes, newest first.").format(n=len(entries))
        self.note = QLabel(note, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)
