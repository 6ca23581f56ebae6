"""Table model of audit-trail entries (``services.history.HistoryEntry``), newest first."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefing_app.ui.item_models.plain_rows import PlainRowsModel


class HistoryModel(PlainRowsModel):
    """When (UTC), who, what (action, kind of record, its name), and the changes."""

    CONTEXT = "history"
    COLUMNS = (
        QT_TRANSLATE_NOOP("history", "When (UTC)"),
        QT_TRANSLATE_NOOP("history", "Who"),
        QT_TRANSLATE_NOOP("history", "What"),
        QT_TRANSLATE_NOOP("history", "Record"),
        QT_TRANSLATE_NOOP("history", "Changes"),
    )

    def __init__(self, language: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.language = language  # of the "What" and "Changes" columns (the interface's)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        entry = self.row_at(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return "\n".join(entry.details(self.language)) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return entry.at.strftime("%Y-%m-%d %H:%M")
        if column == 1:
            return entry.actor
        if column == 2:
            return entry.action_text(self.language)
        if column == 3:
            return entry.label
        return "; ".join(entry.details(self.language))
