"""The organization editor's kind: a choice from the office's list of kinds, and
"New kind…" to add one (English and Chinese label) without leaving the editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from briefing_app.errors import UserError
from briefing_app.ui.views.choices import add_kind, kind_choices
from briefing_app.ui.views.fields import ChoiceField, FieldWidget
from briefing_app.ui.views.problem_text import error_text


class NewKindDialog(QDialog):
    """Asks for a new kind's English and Chinese labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New kind of organization"))
        self.label_en, self.label_zh = QLineEdit(self), QLineEdit(self)
        self.label_en.setPlaceholderText(self.tr("e.g. Think tank"))
        self.label_zh.setPlaceholderText(self.tr("e.g. 智库"))
        for edit in (self.label_en, self.label_zh):
            edit.setMinimumWidth(260)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name (English) *"), self.label_en)
        form.addRow(self.tr("Name (Chinese)"), self.label_zh)
        form.addRow(buttons)


class KindField(FieldWidget):
    """A kind of organization, from the office's list (which "New kind…" extends)."""

    def __init__(self, db, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self.choice = ChoiceField(kind_choices(db), self)
        self.choice.changed.connect(self.changed)
        self.new = QPushButton(self.tr("New kind…"), self)
        self.new.clicked.connect(self.ask_new_kind)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice, 1)
        layout.addWidget(self.new)

    def value(self):
        return self.choice.value()

    def set_value(self, value) -> None:
        self.choice.set_value(value)

    def focus_widget(self) -> QWidget:
        return self.choice.focus_widget()

    def ask_new_kind(self) -> None:
        dialog = NewKindDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_kind(dialog.label_en.text(), dialog.label_zh.text())

    def add_kind(self, label_en: str, label_zh: str = "") -> str | None:
        """Add the kind to the office's list and choose it; None if refused (shown)."""
        try:
            key = add_kind(self._db, label_en, label_zh)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot add the kind"), error_text(exc))
            return None
        self.choice.set_choices(kind_choices(self._db))
        self.choice.set_value(key)
        self.changed.emit()
        return key
