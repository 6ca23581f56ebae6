"""Form rows with a message under the field, for the forms that validate as you type.

The meeting workspace's Details tab and the New meeting dialog both show a field's
problem in red directly under it; this keeps the row layout and the showing in
one place.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget


class FieldErrors:
    """The message labels of one form, by field name."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, name: str, label: str, widget: QWidget) -> QWidget:
        """Add ``widget`` to ``form`` under ``label``, with a hidden message below it."""
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #b00020;")
        error.setWordWrap(True)
        error.hide()
        self.labels[name] = error
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        form.addRow(label, box)
        return widget

    def show(self, problems: dict[str, str], text: Callable[[str], str] = str) -> None:
        """Show each field's problem (``text`` turns a message into the shown one)."""
        for name, label in self.labels.items():
            label.setText(text(problems.get(name, "")))
            label.setVisible(name in problems)

    def shown(self) -> dict[str, str]:
        """Field problems currently shown (name -> message)."""
        return {name: label.text() for name, label in self.labels.items() if label.text()}
