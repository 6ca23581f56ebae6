"""The search field in the toolbar: search-as-you-type with a short pause.

Built for the first paint: ``Qt`` is imported where a key or focus needs it (see
``item_models/roles.py``)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from briefing_app.ui.icons import icon

#: Milliseconds of quiet typing before searching (each search itself takes a few ms).
DEBOUNCE_MS = 80


class SearchBox(QLineEdit):
    """Emits ``query_changed`` after typing pauses; Down moves into the results."""

    query_changed = Signal(str)
    go_down = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("search")  # its clear button: MainWindow.complete_build
        self.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.setPlaceholderText(
            self.tr("Search meetings, organizations, people, talking points (Ctrl+F)")
        )
        self.setMinimumWidth(380)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.query_changed.emit(self.text().strip()))
        self.textChanged.connect(lambda _t: self._timer.start())

    def focus(self) -> None:
        from PySide6.QtCore import Qt

        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Down:
            self.go_down.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return
        super().keyPressEvent(event)
