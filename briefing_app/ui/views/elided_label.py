"""A one-line heading that never widens its window: text too long for the room
it is given ends in "…", and its tooltip holds the whole text.

A plain QLabel asks for the width of its whole text; a long meeting title
("title — date — venue") made the main window wider than the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """A QLabel for one line of plain text, shortened with "…" to the width it gets."""

    #: The least room the label asks for, in characters of its font.
    MINIMUM_CHARACTERS = 12
    #: The most room it asks for (a window is never made wider for it).
    PREFERRED_CHARACTERS = 60

    def __init__(self, text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def _update_tooltip(self) -> None:
        self.setToolTip(self.text() if self.is_elided() else "")

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self.MINIMUM_CHARACTERS
        return QSize(min(hint.width(), least), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()  # the whole text: asks for room, but gets what there is
        least = self.fontMetrics().averageCharWidth() * self.PREFERRED_CHARACTERS
        return QSize(min(hint.width(), least), hint.height())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()) | Qt.TextFlag.TextSingleLine, text)
