"""Someone else changed the record you were editing: show both versions, let the user choose.

``ConflictDialog`` lists each field you changed with the value now in the
database ("theirs") beside yours; differing fields are marked. The user takes
theirs (the editor reloads) or keeps mine, which saves the user's values on
top of the current version (never silently: it was their choice): the
library view saves them again through the GUI's one write path, as a new undo
step (``views/library_view.LibraryView._resolve_conflict``).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from briefing_app.services.conflicts import ConflictError
from briefing_app.ui.views.common import tr

MAX_SHOWN_CHARS = 400


def _shown(value) -> str:
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, (list, tuple)):
        value = ", ".join(map(str, value))
    text = str(value)
    return text if len(text) <= MAX_SHOWN_CHARS else text[:MAX_SHOWN_CHARS] + "…"


class ConflictDialog(QDialog):
    """Both versions field by field; ``choice`` is "mine", "theirs" or "" (cancelled)."""

    def __init__(
        self, conflict: ConflictError, labels: dict[str, str] | None = None, parent=None
    ) -> None:
        super().__init__(parent)
        self.conflict, self.labels = conflict, labels or {}
        self.choice = ""
        self.setWindowTitle(tr("Changed by someone else"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro())
        if not conflict.deleted:
            layout.addWidget(self._table())
        layout.addWidget(self._buttons())

    def _intro(self) -> QLabel:
        c = self.conflict
        if c.deleted:
            text = tr("This record was deleted by someone else while you were editing it. "
                      "Your changes cannot be saved to it.")  # fmt: skip
        else:
            text = tr(
                "This record was changed by someone else while you were editing it "
                "(you opened version {mine}, it is now version {theirs}). Choose which "
                "values to keep."
            ).format(mine=c.expected_version, theirs=c.current_version)
        label = QLabel(text, self)
        label.setWordWrap(True)
        return label

    def _table(self) -> QScrollArea:
        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        bold = QFont()
        bold.setBold(True)
        for column, title in enumerate((tr("Field"), tr("Theirs (now saved)"), tr("Mine"))):
            header = QLabel(title, grid_widget)
            header.setFont(bold)
            grid.addWidget(header, 0, column)
        for row, item in enumerate(self.conflict.fields(), start=1):
            name = QLabel(self.labels.get(item.name, item.name), grid_widget)
            theirs = QLabel(_shown(item.theirs), grid_widget)
            mine = QLabel(_shown(item.mine), grid_widget)
            for label in (theirs, mine):
                label.setWordWrap(True)
                label.setObjectName(f"{item.name}_{'theirs' if label is theirs else 'mine'}")
            if item.differs:
                name.setText("● " + name.text())
                name.setFont(bold)
            for column, widget in enumerate((name, theirs, mine)):
                grid.addWidget(widget, row, column)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        return scroll

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        theirs = box.addButton(tr("Take Theirs"), QDialogButtonBox.ButtonRole.ResetRole)
        theirs.setObjectName("take_theirs")
        theirs.clicked.connect(lambda: self._choose("theirs"))
        if not self.conflict.deleted:
            mine = box.addButton(tr("Keep Mine"), QDialogButtonBox.ButtonRole.AcceptRole)
            mine.setObjectName("keep_mine")
            mine.clicked.connect(lambda: self._choose("mine"))
        box.rejected.connect(self.reject)
        return box

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()
