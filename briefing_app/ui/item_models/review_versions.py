"""Table model of a meeting's pack versions (plain ``VersionInfo`` rows)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from briefing_app.services.review.versions import VersionInfo
from briefing_app.ui.item_models.plain_rows import PlainRowsModel
from briefing_app.ui.views.review_labels import version_status_label

NumberRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

_STATUS_COLOURS = {
    "approved": "#1f6f2e",
    "changes_requested": "#a50021",
    "submitted": "#2e5597",
    "pending": "#a50021",
}


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


class ReviewVersionsModel(PlainRowsModel):
    """One row per pack version, oldest first: number, created, by, status, reviewer, comments."""

    ROLE_NAMES = {NumberRole: b"number", StatusRole: b"status"}
    CONTEXT = "review"
    COLUMNS = (
        QT_TRANSLATE_NOOP("review", "Version"),
        QT_TRANSLATE_NOOP("review", "Created"),
        QT_TRANSLATE_NOOP("review", "By"),
        QT_TRANSLATE_NOOP("review", "Status"),
        QT_TRANSLATE_NOOP("review", "Reviewer"),
        QT_TRANSLATE_NOOP("review", "Open comments"),
    )

    def version_at(self, row: int) -> VersionInfo | None:
        return self.row_at(row)

    def row_of(self, number: int) -> int:
        return next((i for i, v in enumerate(self._rows) if v.number == number), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        v = self.row_at(index.row()) if index.isValid() else None
        if v is None:
            return None
        if role == NumberRole:
            return v.number
        if role == StatusRole:
            return v.status
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3:
            colour = _STATUS_COLOURS.get(v.status if v.is_delivered else v.delivery)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate(
                "review", "SHA-256 {hash}\ntemplate {template}\nlanguage {language}"
            )
            languages = ", ".join(v.files) or v.language  # every file made of it
            text = text.format(hash=v.file_hash, template=v.template, language=languages)
            if not v.is_delivered:
                text += "\n" + QCoreApplication.translate(
                    "review",
                    "Making this pack was interrupted before its file was confirmed: "
                    "it cannot be reviewed. Export the pack again.",
                )
            return text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(v, index.column())

    def _display(self, v: VersionInfo, column: int):
        reviewed = f"{v.reviewer} {_when(v.decided_at)}".strip()
        values = (
            f"v{v.number}",
            _when(v.created_at),
            v.created_by,
            version_status_label(v),
            reviewed,
            str(v.open_comments) if v.comments else "",
        )
        return values[column] if 0 <= column < len(values) else None
