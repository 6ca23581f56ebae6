"""Table model of one organization's engagements (plain ``EngagementRow`` rows).

Rows come most recent first from ``services.engagements.list_for`` (the ISO
date column also sorts by date in a proxy); a cell shows
the text in the interface's language, or in the other one when it has none (the
tooltip has both, and the follow-ups).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from briefing_app.domain.bilingual import in_language
from briefing_app.services.engagements import EngagementRow
from briefing_app.ui.item_models.plain_rows import PlainRowsModel
from briefing_app.ui.language import data_language

IdRole = Qt.ItemDataRole.UserRole + 1
VersionRole = Qt.ItemDataRole.UserRole + 2

_CONTEXT = "engagements"


def _first_line(text: str) -> str:
    return text.splitlines()[0] if text else ""


def _both(en: str, zh: str) -> str:
    return "\n".join(t for t in (en, zh) if t)


class EngagementsModel(PlainRowsModel):
    """Date, kind and summary of each engagement; id and version as named roles."""

    ROLE_NAMES = {IdRole: b"engagementId", VersionRole: b"version"}
    CONTEXT = _CONTEXT
    COLUMNS = (
        QT_TRANSLATE_NOOP("engagements", "Date"),
        QT_TRANSLATE_NOOP("engagements", "Kind"),
        QT_TRANSLATE_NOOP("engagements", "Summary"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # The interface's language applies after a restart, so it is read once.
        self._language = data_language()

    def engagement_at(self, row: int) -> EngagementRow | None:
        return self.row_at(row)

    def row_of(self, engagement_id: int) -> int:
        return next((i for i, e in enumerate(self._rows) if e.id == engagement_id), -1)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        e = self.row_at(index.row()) if index.isValid() else None
        if e is None:
            return None
        if role == IdRole:
            return e.id
        if role == VersionRole:
            return e.version
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return e.date.isoformat()
        if column == 1:
            return in_language(self._language, e.kind, e.kind_zh)
        return _first_line(in_language(self._language, e.summary, e.summary_zh))

    def _tooltip(self, e: EngagementRow) -> str:
        parts = [_both(e.kind, e.kind_zh), _both(e.summary, e.summary_zh)]
        follow_ups = _both(e.follow_ups, e.follow_ups_zh)
        if follow_ups:
            label = QCoreApplication.translate("engagements", "Follow-ups:")
            parts.append(f"{label}\n{follow_ups}")
        return "\n\n".join(p for p in parts if p)
