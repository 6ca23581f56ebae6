"""Table model of audit-trail entries (``services.history.HistoryEntry``), newest first."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from briefing_app.ui.item_models.plain_rows import PlainRowsModel

_ACTIONS = {
    "created": QT_TRANSLATE_NOOP("history", "created"),
    "changed": QT_TRANSLATE_NOOP("history", "changed"),
    "deleted": QT_TRANSLATE_NOOP("history", "deleted"),
    "restored": QT_TRANSLATE_NOOP("history", "restored"),
}
_ENTITIES = {
    "organizations": QT_TRANSLATE_NOOP("history", "organization"),
    "organization_kinds": QT_TRANSLATE_NOOP("history", "organization kind"),
    "people": QT_TRANSLATE_NOOP("history", "person"),
    "person_photos": QT_TRANSLATE_NOOP("history", "photo"),
    "priorities": QT_TRANSLATE_NOOP("history", "priority"),
    "talking_points": QT_TRANSLATE_NOOP("history", "talking point"),
    "engagements": QT_TRANSLATE_NOOP("history", "engagement"),
    "meetings": QT_TRANSLATE_NOOP("history", "meeting"),
    "agenda_items": QT_TRANSLATE_NOOP("history", "agenda item"),
    "participants": QT_TRANSLATE_NOOP("history", "participant"),
    "seating_plans": QT_TRANSLATE_NOOP("history", "seating plan"),
    "seats": QT_TRANSLATE_NOOP("history", "seat"),
    "meeting_talking_points": QT_TRANSLATE_NOOP("history", "talking point chosen"),
    "pack_versions": QT_TRANSLATE_NOOP("history", "pack version"),
    "review_comments": QT_TRANSLATE_NOOP("history", "review comment"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


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
        self.language = language  # of the record kinds in the "Changes" column

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
            action = _tr(_ACTIONS.get(entry.action, entry.action))
            gap = "" if self.language == "zh" else " "
            return f"{action}{gap}{_tr(_ENTITIES.get(entry.entity, entry.entity))}"
        if column == 3:
            return entry.label
        return "; ".join(entry.details(self.language))
