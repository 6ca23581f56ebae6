"""Table model of review comments (plain ``CommentInfo`` rows) with a resolved check."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from briefing_app.services.review.comments import CommentInfo
from briefing_app.ui.item_models.plain_rows import PlainRowsModel
from briefing_app.ui.views.review_labels import about_of, yes

CommentIdRole = Qt.ItemDataRole.UserRole + 1
ResolvedRole = Qt.ItemDataRole.UserRole + 2


class ReviewCommentsModel(PlainRowsModel):
    """One row per comment: version, what it is about, author, text, resolved."""

    ROLE_NAMES = {CommentIdRole: b"commentId", ResolvedRole: b"resolved"}
    CONTEXT = "review"
    COLUMNS = (
        QT_TRANSLATE_NOOP("review", "Version"),
        QT_TRANSLATE_NOOP("review", "About"),
        QT_TRANSLATE_NOOP("review", "Author"),
        QT_TRANSLATE_NOOP("review", "Comment"),
        QT_TRANSLATE_NOOP("review", "Resolved"),
    )

    def comment_at(self, row: int) -> CommentInfo | None:
        return self.row_at(row)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        c = self.row_at(index.row()) if index.isValid() else None
        if c is None:
            return None
        if role == CommentIdRole:
            return c.id
        if role == ResolvedRole:
            return c.resolved
        if role == Qt.ItemDataRole.FontRole and c.resolved:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return c.text
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (f"v{c.version}", about_of(c), c.author, c.text, yes() if c.resolved else "")
        return values[index.column()] if 0 <= index.column() < len(values) else None
